"""kg_fixed_phrases_v1 and kg_fixed_phrase_heads_v1: foreign fixed phrases are one word to the parser."""
from __future__ import annotations

import pytest

from kg.nlp.components.fixed_phrases import FixedPhrases


def test_phrases_are_merged_before_the_model_and_names_reattached_after_the_parser(nlp):
    names = nlp.pipe_names
    assert names[0] == "kg_fixed_phrases"
    assert names.index("parser") < names.index("kg_fixed_phrase_heads") < names.index("kg_actor_ruler")


def test_the_ontology_lists_the_phrases(nlp):
    assert "persona non grata" in nlp.get_pipe("kg_fixed_phrases").phrases


def test_merging_keeps_text_and_offsets(nlp):
    text = "Quito declared Mexican ambassador Raquel Serur Persona Non Grata on Thursday."
    doc = nlp(text)
    phrase = next(t for t in doc if " " in t.text)
    assert (phrase.text, phrase.lemma_) == ("Persona Non Grata", "persona_non_grata")
    assert text[phrase.idx:phrase.idx + len(phrase.text)] == phrase.text
    assert doc.text == text


def test_a_name_the_parser_put_under_the_phrase_heads_it_again(nlp):
    doc = nlp("Quito declared Mexican ambassador Raquel Serur persona non grata.")
    serur = next(t for t in doc if t.text == "Serur")
    assert (serur.dep_, serur.head.text) == ("dobj", "declared")
    assert "persona non grata" not in {e.text for e in doc.ents}


def test_one_word_values_are_not_phrases(nlp):
    assert FixedPhrases(nlp, ["grata"]).phrases == []


@pytest.mark.parametrize(("text", "triple"), [
    ("Quito declared Mexican ambassador Raquel Serur persona non grata.", ("Ecuador", "expels", "Raquel Serur")),
    ("Russia declared two Polish diplomats persona non grata.", ("Russia", "expels", "Poland")),
    ("The Polish consul was declared persona non grata by Belarus.", ("Belarus", "expels", "Poland")),
])
def test_declaring_someone_persona_non_grata_expels_them(triples, text, triple):
    assert triple in triples(text, "2024-04-07")
