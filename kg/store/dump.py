"""Export a graph store: RDF serialisations, a network for graph tools, a CSV table.

* ``ttl``, ``nt``, ``jsonld``: every triple of the default graph and the
  article graphs, merged (the same triples as ``graph.ttl``);
* ``trig``, ``nq``: the dataset with its named graphs (one per article, and
  the ontology graph);
* ``graphml``, ``gexf``: a NetworkX ``MultiDiGraph`` of the actors (id,
  label, type, Wikidata id, unknown flag) and one edge per statement (standing
  relation or event) with its relation, layer, dates, counts, modality,
  negation, confidence, Goldstein weight and whether it is a direct fact;
* ``csv``: the same statements as a table, one row each.
"""
from __future__ import annotations

import csv
import io

import networkx as nx
import pyoxigraph as ox

from kg.graph.rdf import ONTOLOGY_GRAPH, PREFIXES
from kg.store.query import compact

__all__ = ["EXPORT_FORMATS", "export_bytes", "statement_rows", "actor_rows", "to_network"]

EXPORT_FORMATS = ("ttl", "nt", "jsonld", "trig", "nq", "graphml", "gexf", "csv")

_RDF_FORMATS = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
                "trig": ox.RdfFormat.TRIG, "nq": ox.RdfFormat.N_QUADS}

_ACTORS = """
SELECT ?a ?label ?type ?wikidata ?unknown WHERE {
  ?a rdfs:label ?label ; a ?type .
  FILTER (STRSTARTS(STR(?a), STR(kgr:)))
  OPTIONAL { ?a owl:sameAs ?wikidata }
  OPTIONAL { ?a kgo:unknownActor ?unknown }
} ORDER BY ?a"""

_STATEMENTS = """
SELECT ?statement ?layer ?s ?subject ?relation ?o ?object ?negated ?modality ?first ?last ?mentions ?articles
       ?confidence ?goldstein (GROUP_CONCAT(DISTINCT ?cameo; separator=" ") AS ?cameo_codes)
       (GROUP_CONCAT(DISTINCT ?plover; separator=" ") AS ?plover_codes) ?fact
WHERE {
  ?statement a ?layer ; kgo:subject ?s ; kgo:relation ?relation ; kgo:object ?o ; kgo:negated ?negated ;
             kgo:modality ?modality ; kgo:mentionCount ?mentions ; kgo:evidenceCount ?articles ;
             kgo:confidence ?confidence .
  FILTER (?layer IN (kgo:Event, kgo:StandingRelation))
  ?s rdfs:label ?subject . ?o rdfs:label ?object .
  OPTIONAL { ?statement kgo:firstDate ?first } OPTIONAL { ?statement kgo:lastDate ?last }
  OPTIONAL { ?statement kgo:goldstein ?goldstein }
  OPTIONAL { ?statement kgo:cameoCode ?cameo } OPTIONAL { ?statement kgo:ploverCode ?plover }
  BIND (EXISTS { ?s ?relation ?o } AS ?fact)
}
GROUP BY ?statement ?layer ?s ?subject ?relation ?o ?object ?negated ?modality ?first ?last ?mentions
         ?articles ?confidence ?goldstein ?fact
ORDER BY ?s ?relation ?o ?first ?statement"""

STATEMENT_COLUMNS = ("statement", "layer", "subject_id", "subject", "relation", "object_id", "object",
                     "negated", "modality", "fact", "first_date", "last_date", "mentions", "articles",
                     "confidence", "goldstein", "cameo", "plover")


def _local(value: str, namespace: str) -> str:
    return value[len(namespace):] if value.startswith(namespace) else value


def _value(term) -> str:
    return "" if term is None else term.value


def actor_rows(store: ox.Store) -> list[dict[str, object]]:
    rows = []
    for r in store.query(_ACTORS, prefixes=PREFIXES):
        rows.append({"id": _local(r["a"].value, PREFIXES["kgr"]), "iri": r["a"].value,
                     "label": r["label"].value, "type": _local(r["type"].value, PREFIXES["kgo"]),
                     "wikidata": _local(_value(r["wikidata"]), PREFIXES["wd"]),
                     "unknown": _value(r["unknown"]) == "true"})
    return rows


def statement_rows(store: ox.Store) -> list[dict[str, object]]:
    """One dict per statement (default graph), with :data:`STATEMENT_COLUMNS` keys."""
    rows = []
    for r in store.query(_STATEMENTS, prefixes=PREFIXES):
        rows.append({
            "statement": compact(r["statement"]),
            "layer": "event" if r["layer"].value.endswith("#Event") else "standing",
            "subject_id": _local(r["s"].value, PREFIXES["kgr"]), "subject": r["subject"].value,
            "relation": _local(r["relation"].value, PREFIXES["kgo"]),
            "object_id": _local(r["o"].value, PREFIXES["kgr"]), "object": r["object"].value,
            "negated": r["negated"].value == "true",
            "modality": _local(r["modality"].value, PREFIXES["kgo"]).lower(),
            "fact": _value(r["fact"]) == "true",
            "first_date": _value(r["first"]), "last_date": _value(r["last"]),
            "mentions": int(r["mentions"].value), "articles": int(r["articles"].value),
            "confidence": float(r["confidence"].value),
            "goldstein": float(r["goldstein"].value) if r["goldstein"] is not None else None,
            "cameo": _value(r["cameo_codes"]), "plover": _value(r["plover_codes"]),
        })
    return rows


def to_network(store: ox.Store) -> nx.MultiDiGraph:
    """Actors as nodes, statements as edges (keyed by statement IRI); attributes are scalars."""
    graph = nx.MultiDiGraph()
    for actor in actor_rows(store):
        graph.add_node(actor["id"], **{k: v for k, v in actor.items() if k != "id" and v not in (None, "")})
    for row in statement_rows(store):
        attrs = {k: v for k, v in row.items()
                 if k not in ("subject_id", "object_id", "statement") and v not in (None, "")}
        graph.add_edge(row["subject_id"], row["object_id"], key=row["statement"], id=row["statement"], **attrs)
    return graph


def _triples(store: ox.Store):
    for quad in store:
        graph = quad.graph_name
        if isinstance(graph, ox.NamedNode) and graph.value == str(ONTOLOGY_GRAPH):
            continue
        yield ox.Triple(quad.subject, quad.predicate, quad.object)


def export_bytes(store: ox.Store, fmt: str) -> bytes:
    """The graph in ``fmt`` (one of :data:`EXPORT_FORMATS`)."""
    if fmt in ("trig", "nq"):
        return store.dump(format=_RDF_FORMATS[fmt], prefixes=PREFIXES if fmt == "trig" else None) or b""
    if fmt in _RDF_FORMATS:
        prefixes = PREFIXES if fmt == "ttl" else None
        return ox.serialize(_triples(store), format=_RDF_FORMATS[fmt], prefixes=prefixes) or b""
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=STATEMENT_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for row in statement_rows(store):
            writer.writerow({k: ("" if v is None else str(v).lower() if isinstance(v, bool) else v)
                             for k, v in row.items()})
        return buffer.getvalue().encode("utf-8")
    if fmt == "graphml":
        buffer = io.BytesIO()
        nx.write_graphml(to_network(store), buffer, encoding="utf-8")
        return buffer.getvalue()
    if fmt == "gexf":
        buffer = io.BytesIO()
        nx.write_gexf(to_network(store), buffer, encoding="utf-8")
        return buffer.getvalue()
    raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
