"""kg_name_norms_v1: gazetteer acronyms that spell a word are read as names by the model."""
from __future__ import annotations

import spacy

from kg.gazetteer import default_gazetteer
from kg.nlp.components.name_norms import NameNorms, word_like_names


def test_component_runs_before_the_models_own_components(nlp):
    names = nlp.pipe_names
    assert names.index("kg_name_norms") < names.index("tok2vec")


def test_only_word_like_acronyms_of_non_country_actors_are_renormed():
    norms = word_like_names(default_gazetteer())
    assert norms["IS"] == "isis"  # another acronym of the same actor that is no word
    assert norms["WHO"] == "organization"  # none: the last word of the label
    assert "US" not in norms  # countries are read well by the model already
    assert "NATO" not in norms and "UN" not in norms  # not words


def test_a_capitalised_headline_keeps_its_words():
    nlp = spacy.blank("en")
    norms = NameNorms({"IS": "isis"})
    headline = norms(nlp("WHAT IS NEXT"))
    running = norms(nlp("The army is fighting IS in the north."))
    assert headline[1].norm_ == "is"
    assert [t.norm_ for t in running if t.text == "IS"] == ["isis"]
    assert running[2].norm_ == "is"  # the verb itself is untouched


def test_the_islamic_state_as_an_object_is_parsed_as_a_name(nlp):
    doc = nlp("Iraqi troops pushed IS out of Mosul.")
    acronym = [t for t in doc if t.text == "IS"][0]
    assert acronym.pos_ == "PROPN" and acronym.dep_ == "dobj"


def test_an_ally_fighting_the_islamic_state(triples):
    text = "They were related to a tribal leader fighting IS alongside Iraqi government forces."
    assert ("Iraq", "fights", "Islamic State") in triples(text, "2016-06-01")


def test_a_persons_name_that_opens_with_a_word_gets_a_given_names_norm():
    nlp = spacy.blank("en")
    norms = NameNorms({}, {("To", "Lam"): "jose"})
    doc = norms(nlp("To meet To Lam, he flew to Hanoi."))
    assert [t.norm_ for t in doc][:4] == ["to", "meet", "jose", "lam"]
    assert doc[7].norm_ == "to"  # the word itself is untouched


def test_talks_with_a_leader_whose_name_opens_with_a_word(triples):
    text = "Chinese President Xi Jinping held talks with To Lam, general secretary of the Communist Party of Vietnam."
    assert ("Xi Jinping", "meets-with", "To Lam") in triples(text, "2025-04-14")
