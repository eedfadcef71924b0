"""The RDF view: two layers, event merging by ISO week, named graphs per article, provenance."""
from __future__ import annotations

import random

import pytest
from rdflib import RDF, RDFS, Literal
from rdflib.namespace import OWL, PROV

from kg.graph.model import KnowledgeGraph
from kg.graph.rdf import (KGO, KGR, ONTOLOGY_GRAPH, actor_iri, article_iri, event_window, graph_iri,
                          iter_quads, mention_iri, ontology_quads, to_rdf)
from kg.model import Article
from kg.ontology import load_ontology
from tests.graph.conftest import assertion as A

ONTOLOGY = load_ontology()
SYMMETRIC = [r.id for r in ONTOLOGY.relations.values() if r.symmetric]


def graph_of(*articles):
    """articles: (Article, [assertions]) pairs."""
    kg = KnowledgeGraph(symmetric=SYMMETRIC)
    for article, assertions in articles:
        kg.add_article(article, assertions)
    return kg


def events(g, relation):
    return sorted(g.subjects(KGO.relation, KGO[relation]), key=str)


def test_event_window_is_the_iso_week():
    assert event_window("2025-09-01") == event_window("2025-09-07") == "2025-W36"  # Monday .. Sunday
    assert event_window("2025-09-08") == "2025-W37"
    assert event_window("2024-12-30") == "2025-W01"
    assert event_window(None) == event_window("not a date") == "undated"


def test_repeated_reports_in_one_week_are_one_event():
    kg = graph_of(
        (Article("a1", "", date="2025-09-03"), [A("a1", "person/vladimir-putin", "meets-with", "person/kim-jong-un")]),
        (Article("a2", "", date="2025-09-05"), [A("a2", "person/kim-jong-un", "meets-with", "person/vladimir-putin",
                                                   date="2025-09-05")]),
        (Article("a3", "", date="2025-09-05"), [A("a3", "person/vladimir-putin", "meets-with", "person/kim-jong-un",
                                                   date="2025-09-05", start=10),
                                                 A("a3", "person/vladimir-putin", "meets-with", "person/kim-jong-un",
                                                   date="2025-09-05", start=50)]),
        (Article("a4", "", date="2025-10-20"), [A("a4", "person/vladimir-putin", "meets-with", "person/kim-jong-un",
                                                   date="2025-10-20")]),
    )
    g = to_rdf(kg, ONTOLOGY)
    meetings = events(g, "meets-with")
    assert len(meetings) == 2
    first = next(e for e in meetings if str(g.value(e, KGO.firstDate)) == "2025-09-03")
    assert (first, RDF.type, KGO.Event) in g
    assert g.value(first, KGO.mentionCount).toPython() == 4
    assert g.value(first, KGO.evidenceCount).toPython() == 3
    assert str(g.value(first, KGO.lastDate)) == "2025-09-05"
    assert len(set(g.objects(first, PROV.wasDerivedFrom))) == 4
    assert {str(a) for a in g.objects(first, PROV.hadPrimarySource)} == {str(article_iri(d)) for d in ("a1", "a2", "a3")}
    assert g.value(first, KGO.goldstein).toPython() == pytest.approx(1.0)
    assert {str(c) for c in g.objects(first, KGO.cameoCode)} == {"040", "044"}
    # the direct triple is stated once per direction, whatever the number of events
    putin, kim = actor_iri("person/vladimir-putin"), actor_iri("person/kim-jong-un")
    assert (putin, KGO["meets-with"], kim) in g and (kim, KGO["meets-with"], putin) in g


def test_standing_relation_is_one_node_with_first_and_last_dates():
    kg = graph_of(
        (Article("a1", "", date="2024-06-19"), [A("a1", "Q159", "strategic-partner", "Q423", date="2024-06-19")]),
        (Article("a2", "", date="2025-09-03"), [A("a2", "Q423", "strategic-partner", "Q159")]),
    )
    g = to_rdf(kg, ONTOLOGY)
    nodes = events(g, "strategic-partner")
    assert len(nodes) == 1 and (nodes[0], RDF.type, KGO.StandingRelation) in g
    assert (str(g.value(nodes[0], KGO.firstDate)), str(g.value(nodes[0], KGO.lastDate))) == ("2024-06-19", "2025-09-03")
    assert (actor_iri("Q159"), KGO["strategic-partner"], actor_iri("Q423")) in g
    assert (actor_iri("Q423"), KGO["strategic-partner"], actor_iri("Q159")) in g


def test_only_non_negated_asserted_or_reported_evidence_makes_direct_triples():
    kg = graph_of((Article("d", "", date="2025-09-03"), [
        A("d", "Q30", "attacks", "Q212", negated=True, start=0),
        A("d", "Q159", "aids", "Q423", modality="alleged", attributed_to="United States", start=10),
        A("d", "Q423", "deploys-forces-to", "Q159", modality="reported", attributed_to="North Korea", start=20),
        A("d", "Q159", "sanctions", "Q212", modality="intended", start=30),
        A("d", "Q159", "invites", "Q30", modality="hypothetical", start=40),
    ]))
    g = to_rdf(kg, ONTOLOGY)
    direct = {(s, p, o) for s, p, o in g if str(p).startswith(str(KGO)) and p in
              {KGO.attacks, KGO.aids, KGO["deploys-forces-to"], KGO.sanctions, KGO.invites}}
    assert direct == {(actor_iri("Q423"), KGO["deploys-forces-to"], actor_iri("Q159"))}
    # the others stay queryable as statements with their modality and polarity
    attack = events(g, "attacks")[0]
    assert g.value(attack, KGO.negated).toPython() is True
    aid = events(g, "aids")[0]
    assert g.value(aid, KGO.modality) == KGO.Alleged
    assert g.value(aid, KGO.attributedTo) == actor_iri("Q30")


def test_statement_modality_is_the_strongest_evidence():
    kg = graph_of((Article("d", "", date="2025-09-03"), [
        A("d", "Q423", "aids", "Q159", modality="hypothetical", start=0),
        A("d", "Q423", "aids", "Q159", modality="reported", start=10)]))
    g = to_rdf(kg, ONTOLOGY)
    assert g.value(events(g, "aids")[0], KGO.modality) == KGO.Reported
    assert (actor_iri("Q423"), KGO.aids, actor_iri("Q159")) in g


def test_actors_have_one_label_class_and_wikidata():
    kg = graph_of((Article("d", ""), [A("d", "Q159", "accuses", "unk/person/ivan-petrov")]))
    g = to_rdf(kg, ONTOLOGY)
    russia, ivan = actor_iri("Q159"), actor_iri("unk/person/ivan-petrov")
    assert list(g.objects(russia, RDFS.label)) == [Literal("Russia")]
    assert (russia, RDF.type, KGO.Country) in g
    assert str(g.value(russia, KGO.iso3) or "") == ""  # no gazetteer given: no aliases, no codes
    assert (russia, PROV.wasDerivedFrom, None) not in g
    assert str(g.value(russia, OWL.sameAs)) == "http://www.wikidata.org/entity/Q159"
    assert g.value(ivan, KGO.unknownActor).toPython() is True and (ivan, RDF.type, KGO.Person) in g


def test_gazetteer_adds_aliases():
    from kg.gazetteer import default_gazetteer
    from rdflib.namespace import SKOS

    kg = graph_of((Article("d", ""), [A("d", "Q423", "accuses", "Q30")]))
    g = to_rdf(kg, ONTOLOGY, default_gazetteer())
    aliases = {str(a) for a in g.objects(actor_iri("Q423"), SKOS.altLabel)}
    assert "DPRK" in aliases and "North Korea" not in aliases


def test_each_article_has_its_own_named_graph_and_no_triple_is_in_two_graphs():
    kg = graph_of(
        (Article("a1", "", title="First", date="2025-09-03", url="https://example.org/1"),
         [A("a1", "Q159", "accuses", "Q212")]),
        (Article("a2", "", date="2025-09-04"), [A("a2", "Q159", "accuses", "Q212", date="2025-09-04")]),
    )
    quads = list(iter_quads(kg, ONTOLOGY))
    by_graph: dict = {}
    for s, p, o, graph in quads:
        by_graph.setdefault(graph, set()).add((s, p, o))
    assert set(by_graph) == {None, graph_iri("a1"), graph_iri("a2")}
    a1 = by_graph[graph_iri("a1")]
    assert (article_iri("a1"), RDF.type, KGO.Article) in a1
    assert any(p == KGO.sentence for _, p, _ in a1)
    assert all(not (set_a & set_b) for ga, set_a in by_graph.items() for gb, set_b in by_graph.items() if ga != gb)
    assert len(quads) == sum(len(v) for v in by_graph.values())
    mentions = {s for s, p, o in a1 if p == RDF.type and o == KGO.Mention}
    assert len(mentions) == 1
    m = next(iter(mentions))
    assert (m, KGO.inArticle, article_iri("a1")) in a1 and (m, RDF.predicate, KGO.accuses) in a1
    assert all(s != m for s, _, _ in by_graph[None])  # mentions live only in their article's graph
    onto = {g for *_, g in ontology_quads(ONTOLOGY)}
    assert onto == {ONTOLOGY_GRAPH}


def test_view_is_order_independent_and_idempotent():
    pairs = [(Article(f"a{i}", "", date=f"2025-09-0{i}"),
              [A(f"a{i}", "Q159", "meets-with", "Q423", date=f"2025-09-0{i}"),
               A(f"a{i}", "Q30", "sanctions", "Q159", start=5, date=f"2025-09-0{i}")]) for i in range(1, 8)]
    reference = set(iter_quads(graph_of(*pairs), ONTOLOGY))
    shuffled = pairs[:] + pairs[:2]
    random.Random(3).shuffle(shuffled)
    assert set(iter_quads(graph_of(*shuffled), ONTOLOGY)) == reference


def test_mention_iri_covers_every_field():
    a = A("d", "Q159", "aids", "Q423")
    b = A("d", "Q159", "aids", "Q423", modality="alleged")
    assert mention_iri(a) != mention_iri(b)
    assert str(mention_iri(a)).startswith(str(KGR) + "mention/")
