"""NetworkX view of the knowledge graph: a ``MultiDiGraph`` keyed by relation.

Nodes are actor ids with ``label``, ``type``, ``wikidata``, ``iri`` and
``mentions``; edges go subject -> object with key ``relation`` (or
``relation:negated``) and carry the evidence. Symmetric relations appear once,
between sorted ends, with ``symmetric=True``.
"""
from __future__ import annotations

import networkx as nx

from kg.graph.model import KnowledgeGraph
from kg.graph.rdf import actor_iri
from kg.ontology import Ontology

MAX_EVIDENCE = 50  # per edge in the view; the RDF graph keeps all


def to_networkx(graph: KnowledgeGraph, ontology: Ontology) -> nx.MultiDiGraph:
    """Build the NetworkX view.

    >>> from kg.ontology import load_ontology
    >>> view = to_networkx(KnowledgeGraph(), load_ontology())
    >>> view.number_of_nodes(), view.number_of_edges()
    (0, 0)
    """
    view = nx.MultiDiGraph()
    articles = {a.id: a for a in graph.articles}
    for actor in graph.actors():
        view.add_node(actor.id, label=actor.label, type=actor.type, wikidata=actor.wikidata,
                      iri=str(actor_iri(actor.id)), mentions=actor.mentions, known=actor.known)
    for edge in graph.edges():
        relation = ontology.relations.get(edge.relation)
        evidence = []
        for a in edge.evidence[:MAX_EVIDENCE]:
            article = articles.get(a.doc)
            evidence.append({
                "doc": a.doc, "title": article.title if article else None, "url": article.url if article else None,
                "sentence": a.sentence, "start_char": a.start_char, "end_char": a.end_char,
                "modality": a.modality, "negated": a.negated, "attributed_to": a.attributed_to,
                "confidence": a.confidence, "date": a.date, "rule": a.rule,
            })
        view.add_edge(
            edge.subject, edge.object, key=edge.key,
            relation=edge.relation,
            label=relation.label if relation else edge.relation,
            layer=relation.layer if relation else "event",
            symmetric=bool(relation and relation.symmetric),
            goldstein=relation.goldstein if relation else None,
            cameo=relation.cameo[0] if relation and relation.cameo else None,
            evidence_count=edge.evidence_count,
            first_date=edge.first_date, last_date=edge.last_date,
            confidence=edge.confidence, negated=edge.negated, modality=edge.modality,
            attributed_to=list(edge.attributed_to), articles=list(edge.articles),
            evidence=evidence,
        )
    return view
