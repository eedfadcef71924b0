"""kg_actor_ruler_v1: gazetteer names as spans, and a tokenizer left as the model had it."""
from __future__ import annotations

import pytest

from kg.model import Article
from kg.nlp.components.actor_ruler import SPAN_KEY
from kg.nlp.loading import load_model
from kg.pipeline import make_doc

TEXTS = [
    "Russia's foreign minister didn't rule out talks in the U.S. capital.",
    "Kim Jong Un arrived in Beijing on Tuesday, KCNA said; e-mails aren't enough.",
    "The N.Y.-based group can't say what the E.U. will do at 5 p.m. today!",
]


def test_gazetteer_names_become_spans_with_actor_ids(nlp):
    doc = nlp(make_doc(nlp, Article("t", "Vladimir Putin flew to Pyongyang.", date="2024-06-19")))
    found = {(span.text, span.label_) for span in doc.spans[SPAN_KEY]}
    assert ("Vladimir Putin", "Person") in found and ("Pyongyang", "City") in found
    assert all(span.id_ for span in doc.spans[SPAN_KEY])


@pytest.mark.parametrize("text", TEXTS)
def test_tokenizer_splits_as_the_bare_model_does(nlp, text):
    # The ruler empties the tokenizer's cache after tokenising its patterns (a full cache
    # stops caching); reloading the rules must keep every special case ("didn't", "U.S.").
    bare = load_model(None)
    for _ in range(2):  # the second pass reads from the cache
        assert [t.text for t in nlp.make_doc(text)] == [t.text for t in bare.make_doc(text)]
