"""kg.nlp.syntax: repairs of the small model's coordination errors."""
from __future__ import annotations

import pytest

from kg.nlp.syntax import coordinated, expletive_it, stranded_conjuncts


def _token(doc, text):
    return next(t for t in doc if t.text == text)


def test_stranded_first_name_of_a_coordination_is_found(nlp):
    doc = nlp.make_doc("Yoon and Japanese Prime Minister Fumio Kishida held talks over dinner.")
    for _, component in nlp.pipeline:
        if not _.startswith("kg_"):
            doc = component(doc)
    kishida = _token(doc, "Kishida")
    yoon = _token(doc, "Yoon")
    if yoon.dep_ == "conj" or kishida in yoon.conjuncts:  # a future model may parse it right
        assert yoon in coordinated(kishida)
    else:
        assert stranded_conjuncts(kishida) == [yoon]
        assert yoon in coordinated(kishida)


def test_plain_modifiers_are_not_conjuncts(nlp):
    doc = nlp("Japanese Prime Minister Fumio Kishida held talks.")
    assert stranded_conjuncts(_token(doc, "Kishida")) == []
    doc = nlp("Russia and China signed a deal.")
    russia = _token(doc, "Russia")
    assert [t.text for t in coordinated(russia)] == ["China"]


@pytest.mark.parametrize(("text", "expected"), [
    ("It is important for France to stay.", True),
    ("It is clear that Russia wants war.", True),
    ("It was time for China to act.", True),
    ("It would be a mistake for Japan to leave.", True),
    ("It seems that Iran will attack.", True),
    ("It is believed that Iran supplied the drones.", True),
    ("It is ready to sign the deal.", False),  # no subject of its own in the clause
    ("It said that Russia wants war.", False),  # a speaker, not a verb that extraposes
    ("It was attacked by Russia.", False),
])
def test_expletive_it_stands_for_a_clause_with_its_own_subject(nlp, text, expected):
    assert expletive_it(nlp(text)[0]) is expected
