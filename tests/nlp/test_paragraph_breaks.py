"""kg_paragraph_breaks_v1: blank lines end sentences before the parser runs."""
from __future__ import annotations


def test_component_runs_before_the_parser(nlp):
    names = nlp.pipe_names
    assert names.index("kg_paragraph_breaks") < names.index("parser")


def test_a_list_after_a_blank_line_is_its_own_sentence(nlp):
    text = ("This weekend's game could turn out to be a battle to avoid the wooden spoon.\n\n"
            "- M Blair (Edinburgh), A Craig (Glasgow), C Cusiter (Borders), S Danielli (Borders)")
    doc = nlp(text)
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences[0].endswith("wooden spoon.")
    assert all("battle" not in s for s in sentences[1:])


def test_no_relation_between_names_of_a_list(triples):
    text = ("Both sides could be in for a battle this weekend.\n\n"
            "- M Blair (Edinburgh), A Craig (Glasgow), C Cusiter (Borders), S Danielli (Borders), "
            "R Lamont (Glasgow), D Parks (Glasgow), C Paterson (Edinburgh), G Ross (Leeds)")
    assert not [t for t in triples(text, "2005-02-20") if t[1] == "fights"]


def test_single_line_breaks_do_not_split(nlp):
    doc = nlp("Putin met Kim in Beijing.\nThe two leaders talked.")
    assert len(list(doc.sents)) == 2  # the parser's own split, unchanged
