"""kg_datelines_v1: a wire dateline is cut off the first sentence before the parser runs."""
from __future__ import annotations

import pytest


def test_component_runs_before_the_parser(nlp):
    names = nlp.pipe_names
    assert names.index("kg_datelines") < names.index("parser")


@pytest.mark.parametrize(("text", "first_word"), [
    ("BANGKOK/PHNOM PENH, July 29 - Thailand accused Cambodia on Tuesday of violating a ceasefire.", "Thailand"),
    ("KYIV, Ukraine (AP) \u2014 Russia launched drones at Kyiv overnight.", "Russia"),
    ("The talks ended.\nRABAT, Aug 1 - Morocco said it welcomed the French decision.", "Morocco"),
])
def test_the_sentence_starts_after_the_dateline(nlp, text, first_word):
    starts = [t.text for t in nlp(text) if t.is_sent_start]
    assert first_word in starts, starts


@pytest.mark.parametrize("text", ["NATO - the alliance - met in Brussels.", "US - China talks resumed."])
def test_no_dateline_without_a_place_in_capitals_and_a_capitalised_word(nlp, text):
    assert not any(t.is_sent_start for t in nlp(text)[1:4] if t.text in {"the", "China"})


def test_the_dateline_city_is_no_subject(triples):
    text = "BANGKOK/PHNOM PENH, July 29 - Thailand accused Cambodia on Tuesday of violating a ceasefire."
    assert ("Thailand", "accuses", "Cambodia") in triples(text, "2025-07-29")


def test_the_sentence_after_the_dateline_stays_whole(nlp, assert_extracted):
    """The small parser, given the start, would split "Greece | and | Turkey signed ..."."""
    text = ("ATHENS, Dec 7 - Greece and Turkey signed a declaration on friendly relations on Thursday during a visit "
            "to Athens by Turkish President Recep Tayyip Erdogan. It was his first visit since 2017.")
    starts = [t.text for t in nlp(text) if t.is_sent_start]
    assert starts == ["ATHENS", "Greece", "It"]
    assert_extracted(text, "2023-12-07", ("Greece", "signs-agreement-with", "Turkey"))
