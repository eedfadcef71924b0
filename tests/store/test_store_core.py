"""The store: writing, staged swap, crash recovery, reading the graph back."""
from __future__ import annotations

import os

import pyoxigraph as ox
import pytest

from kg.build import triples_jsonl
from kg.errors import KGError
from kg.graph.model import KnowledgeGraph
from kg.graph.rdf import iter_quads
from kg.model import Article
from kg.ontology import load_ontology
from kg.store import (NEW_PREFIX, OLD_PREFIX, StagedStore, load_knowledge_graph, open_store, recover,
                      write_store)
from tests.graph.conftest import assertion as A

ONTOLOGY = load_ontology()


def small_graph() -> KnowledgeGraph:
    kg = KnowledgeGraph(symmetric=[r.id for r in ONTOLOGY.relations.values() if r.symmetric])
    kg.add_article(Article("a1", "", title="T1", date="2025-09-03", url="https://example.org/a1"), [
        A("a1", "Q159", "strategic-partner", "Q423"),
        A("a1", "Q159", "aids", "Q423", modality="alleged", attributed_to="United States", start=40),
        A("a1", "Q30", "attacks", "Q212", negated=True, start=80, confidence=0.55),
        A("a1", "unk/person/ivan-petrov", "accuses", "Q159", start=120, attributed_to="Some Unknown Body"),
    ])
    kg.add_article(Article("a2", "", date="2025-09-10"), [
        A("a2", "person/vladimir-putin", "meets-with", "person/kim-jong-un", date="2025-09-09")])
    kg.add_article(Article("empty", "", title="No relations"), [])
    return kg


def test_round_trip_through_the_store_is_lossless(tmp_path):
    kg = small_graph()
    count = write_store(iter_quads(kg, ONTOLOGY), tmp_path / "store")
    store = open_store(tmp_path)
    assert len(store) == count > 0
    back = load_knowledge_graph(store, ONTOLOGY)
    assert triples_jsonl(back) == triples_jsonl(kg)
    assert back.articles == [Article(a.id, "", title=a.title, date=a.date, url=a.url) for a in kg.articles]
    assert set(iter_quads(back, ONTOLOGY)) == set(iter_quads(kg, ONTOLOGY))


def test_staged_store_is_swapped_in_only_on_publish(tmp_path):
    with StagedStore(tmp_path) as staged:
        write_store(iter_quads(small_graph(), ONTOLOGY), staged.path)
        staged.publish()
    first = len(open_store(tmp_path))
    with pytest.raises(RuntimeError):
        with StagedStore(tmp_path) as staged:
            write_store([], staged.path)
            raise RuntimeError("interrupted before the swap")
    assert len(open_store(tmp_path)) == first
    assert [p.name for p in tmp_path.iterdir()] == ["store"]


def test_recover_undoes_a_swap_interrupted_between_the_renames(tmp_path):
    write_store(iter_quads(small_graph(), ONTOLOGY), tmp_path / "store")
    expected = len(open_store(tmp_path))
    os.rename(tmp_path / "store", tmp_path / f"{OLD_PREFIX}abc")  # crash after the first rename
    (tmp_path / f"{NEW_PREFIX}def").mkdir()                      # and a half-written new store
    assert len(open_store(tmp_path)) == expected                  # readers repair it
    recover(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store"]


def test_open_store_falls_back_to_graph_ttl_and_reports_missing_graphs(tmp_path):
    with pytest.raises(KGError) as info:
        open_store(tmp_path)
    assert info.value.code == "E601" and str(tmp_path) in info.value.message
    (tmp_path / "graph.ttl").write_text(
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n<urn:x> rdfs:label \"x\" .\n", encoding="utf-8")
    assert len(open_store(tmp_path)) == 1


def test_sample_store_matches_the_sample_files(sample_out, sample_store):
    from rdflib import Graph

    kg = load_knowledge_graph(sample_store, ONTOLOGY)
    assert triples_jsonl(kg) == (sample_out / "triples.jsonl").read_text(encoding="utf-8")
    turtle = Graph().parse(sample_out / "graph.ttl")
    union = {(q.subject.value, q.predicate.value) for q in sample_store
             if not (isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value.endswith("/ontology"))}
    assert len(turtle) == len([q for q in sample_store if not (
        isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value.endswith("/ontology"))])
    assert {(str(s), str(p)) for s, p, _ in turtle} == union


def test_unknown_actors_query_finds_minted_actors(tmp_path):
    from kg.graph.rdf import ontology_quads
    from kg.store.named import bind_params, get_named_query, render
    from kg.store.query import execute, rows_as_dicts

    write_store(list(iter_quads(small_graph(), ONTOLOGY)) + list(ontology_quads(ONTOLOGY)), tmp_path / "store")
    store = open_store(tmp_path)
    query = get_named_query("unknown-actors")
    rows = rows_as_dicts(execute(store, render(query, bind_params(query, {}, frozenset(ONTOLOGY.relations))),
                                 union=False))
    found = {r["actor"]: r for r in rows}
    assert set(found) == {"Ivan Petrov", "Some Unknown Body"}
    assert found["Ivan Petrov"]["class"] == "Person" and found["Ivan Petrov"]["mentions"] == "1"
    assert found["Ivan Petrov"]["example"].startswith("Ivan Petrov accuses")
    assert found["Some Unknown Body"]["class"] == "Actor"
    rows = rows_as_dicts(execute(store, render(query, bind_params(query, {"min": "2"}, frozenset())), union=False))
    assert rows == []
