"""kg.graph.nx: what the NetworkX view adds for the page (quad class, names to highlight)."""
from __future__ import annotations

import pytest
from kg.graph.model import KnowledgeGraph
from kg.graph.nx import QUAD_CLASSES, quad_class, to_networkx
from kg.model import Article, Assertion
from kg.ontology import load_ontology


@pytest.mark.parametrize("cameo, goldstein, expected", [
    ("010", None, "verbal-cooperation"), ("057", 8.0, "verbal-cooperation"),
    ("06", None, "material-cooperation"), ("074", 7.4, "material-cooperation"),
    ("09", None, "verbal-conflict"), ("13", -6.0, "verbal-conflict"),
    ("14", None, "material-conflict"), ("190", -10.0, "material-conflict"), ("20", None, "material-conflict"),
    (None, 3.4, "verbal-cooperation"), (None, 7.0, "material-cooperation"),
    (None, -2.0, "verbal-conflict"), (None, -6.0, "material-conflict"),
    (None, 0.0, None), (None, None, None), (None, float("nan"), None), ("21", None, None), ("x1", None, None),
])
def test_quad_class(cameo, goldstein, expected):
    assert quad_class(cameo, goldstein) == expected
    assert expected is None or expected in QUAD_CLASSES


def assertion(subject, subject_id, subject_type, relation, obj, object_id, object_type, sentence, **extra):
    return Assertion("d1", subject, subject_id, subject_type, relation, obj, object_id, object_type,
                     sentence, 0, len(sentence), **extra)


@pytest.fixture(scope="module")
def view():
    ontology = load_ontology()
    graph = KnowledgeGraph(symmetric=(r.id for r in ontology.relations.values() if r.symmetric))
    graph.add_article(Article("d1", "...", title="Summit", url="https://news.example/1", date="2025-09-03"), [
        assertion("Vladimir Putin", "person/vladimir-putin", "Person", "meets-with", "Kim Jong Un",
                  "person/kim-jong-un", "Person", "Putin met Kim in Vladivostok, and Putin smiled."),
        assertion("North Korea", "Q423", "Country", "deploys-forces-to", "Russia", "Q159", "Country",
                  "Pyongyang sent troops to help the Russian army, the Kremlin said.", modality="reported",
                  attributed_to="Russia"),
        assertion("Vladimir Putin", "person/vladimir-putin", "Person", "leader-of", "Russia", "Q159", "Country",
                  "The Russian leader spoke."),
        assertion("Ivan Nobody", "unk/person/ivan-nobody", "Person", "criticizes", "Russia", "Q159", "Country",
                  "Nobody criticized Moscow's policy."),
    ])
    return to_networkx(graph, ontology)


def texts(evidence, side):
    return [evidence["sentence"][s:e] for s, e in evidence[f"{side}_spans"]]


def test_edges_carry_their_quad_class(view):
    assert view.edges["person/kim-jong-un", "person/vladimir-putin", "meets-with"]["quad"] == "verbal-cooperation"
    assert view.edges["Q423", "Q159", "deploys-forces-to"]["quad"] == "material-cooperation"  # CAMEO 062
    assert view.edges["unk/person/ivan-nobody", "Q159", "criticizes"]["quad"] == "verbal-conflict"
    assert view.edges["person/vladimir-putin", "Q159", "leader-of"]["quad"] is None  # standing


def test_evidence_names_the_actors_where_the_sentence_does(view):
    [meets] = view.edges["person/kim-jong-un", "person/vladimir-putin", "meets-with"]["evidence"]
    assert texts(meets, "subject") == ["Putin", "Putin"] and texts(meets, "object") == ["Kim"]
    assert (meets["subject"], meets["object"]) == ("Vladimir Putin", "Kim Jong Un")
    [deploys] = view.edges["Q423", "Q159", "deploys-forces-to"]["evidence"]
    assert texts(deploys, "subject") == ["Pyongyang"]  # the capital
    assert texts(deploys, "object") == ["Russian", "Kremlin"]  # demonym and seat
    assert (deploys["title"], deploys["url"], deploys["date"]) == ("Summit", "https://news.example/1", "2025-09-03")
    [leads] = view.edges["person/vladimir-putin", "Q159", "leader-of"]["evidence"]
    assert texts(leads, "subject") == [] and texts(leads, "object") == ["Russian"]


def test_actors_unknown_to_the_gazetteer_are_found_by_label_and_surname(view):
    [criticizes] = view.edges["unk/person/ivan-nobody", "Q159", "criticizes"]["evidence"]
    assert texts(criticizes, "subject") == ["Nobody"]
    assert texts(criticizes, "object") == ["Moscow"]  # "Moscow's": the apostrophe ends the word
