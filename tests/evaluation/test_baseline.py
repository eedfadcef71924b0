"""The SVO baseline on a few hand-written sentences (a small fake gazetteer keeps it exact)."""
from __future__ import annotations

import pytest

from kg.evaluation.baseline import Baseline, available_engine, svo_triples

ENGINES = ["spacy", pytest.param("textacy", marks=pytest.mark.skipif(
    available_engine() != "textacy", reason="textacy is not installed (pip install 'textacy>=0.13,<0.14')"))]


def _triples(baseline, doc):
    return {(a["subject"], a["relation"], a["object"], a["negated"]) for a in baseline(doc, "t")}


@pytest.mark.parametrize("engine", ENGINES)
def test_active_verb_with_cue_and_coordinated_subjects(engine, spacy_model, fake_gazetteer):
    baseline = Baseline(gazetteer=fake_gazetteer, engine=engine)
    found = _triples(baseline, spacy_model("Russia and China accused Ukraine on Monday."))
    assert ("Russia", "accuses", "Ukraine", False) in found
    assert ("China", "accuses", "Ukraine", False) in found


@pytest.mark.parametrize("engine", ENGINES)
def test_demonym_and_name_inside_a_longer_phrase(engine, spacy_model, fake_gazetteer):
    baseline = Baseline(gazetteer=fake_gazetteer, engine=engine)
    found = _triples(baseline, spacy_model("The Russian government condemned President Xi Jinping."))
    assert found == {("Russia", "criticizes", "Xi Jinping", False)}


@pytest.mark.parametrize("engine", ENGINES)
def test_no_cue_no_actor_and_negation(engine, spacy_model, fake_gazetteer):
    baseline = Baseline(gazetteer=fake_gazetteer, engine=engine)
    assert _triples(baseline, spacy_model("Russia bought oil from Ukraine.")) == set()  # no cue verb
    assert _triples(baseline, spacy_model("Russia attacked Moscow.")) == set()  # a place is not an actor
    assert _triples(baseline, spacy_model("Russia did not attack Ukraine.")) == {
        ("Russia", "attacks", "Ukraine", True)}


@pytest.mark.parametrize("engine", ENGINES)
def test_function_words_are_no_acronyms(engine, spacy_model, fake_gazetteer):
    """The gazetteer lookup ignores case; "who" must not become the WHO."""
    baseline = Baseline(gazetteer=fake_gazetteer, engine=engine)
    found = _triples(baseline, spacy_model("Putin, who condemned Ukraine, spoke on Monday."))
    assert not any(t[0] == "World Health Organization" for t in found), found
    found = _triples(baseline, spacy_model("The WHO condemned Russia."))
    assert ("World Health Organization", "criticizes", "Russia", False) in found


def test_spacy_engine_ignores_prepositional_objects_and_passives(spacy_model, fake_gazetteer):
    baseline = Baseline(gazetteer=fake_gazetteer, engine="spacy")
    assert _triples(baseline, spacy_model("Vladimir Putin met with Xi Jinping.")) == set()
    assert _triples(baseline, spacy_model("Ukraine was attacked by Russia.")) == set()
    assert svo_triples(spacy_model("Russia attacked Ukraine."), "spacy")


def test_output_follows_the_triples_contract(spacy_model, fake_gazetteer):
    from kg.model import Assertion

    [line] = Baseline(gazetteer=fake_gazetteer, engine="spacy")(spacy_model("Russia threatened Ukraine."), "d1")
    assertion = Assertion.from_dict(line)
    assert (assertion.doc, assertion.relation, assertion.rule) == ("d1", "threatens", "svo:threaten")
    with pytest.raises(ValueError, match="Unknown baseline engine"):
        Baseline(gazetteer=fake_gazetteer, engine="nope")
