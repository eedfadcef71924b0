"""RDF view of the knowledge graph, with PROV-O provenance and one named graph per article.

``kgo:`` is the ontology namespace (relation ids are its local names), ``kgr:``
the resource namespace. The view has two parts.

**Per-article named graphs** (``kgr:graph/<doc>``, see :func:`graph_iri`) hold
what one article says, and nothing else:

- the article: ``kgr:article/<doc> a kgo:Article`` with ``dcterms:identifier``,
  ``dcterms:title``, ``dcterms:date`` and ``schema:url``;
- one ``kgo:Mention`` per assertion, a reified statement
  (``rdf:subject`` / ``rdf:predicate`` / ``rdf:object``) with the sentence, its
  character offsets, the rule that fired, modality, negation, confidence,
  attribution (``kgo:attributedTo`` an actor), its date (``dcterms:date``) and
  ``kgo:inArticle``.

Replacing or removing an article is replacing or dropping its graph; the
mentions are also what a later ``kg build --append`` reads back
(:func:`kg.store.load_knowledge_graph`), so the store is self-contained.

**The default graph** is derived from all the mentions, and is recomputed on
every build:

- actors: ``kgr:Q159 a kgo:Country; rdfs:label "Russia"; skos:altLabel ...;
  owl:sameAs wd:Q159`` (and ``kgo:unknownActor true`` for actors the
  gazetteer does not know);
- direct triples for facts: ``kgr:Q159 kgo:strategic-partner kgr:Q423``.
  Only evidence that is not negated and is ``asserted`` or ``reported`` makes a
  direct triple; negated, alleged, intended and hypothetical assertions stay
  queryable as statement and mention nodes with their modality. Symmetric
  relations are stated in both directions;
- standing relations (``kgo:StandingRelation``): one node per (subject,
  relation, object, polarity) with first/last evidence dates;
- events (``kgo:Event``): one node per (subject, relation, object, polarity,
  ISO week of the date). Repeated reports of the same event in the same ISO week
  (Monday to Sunday), across articles, are one event with a mention count; an
  assertion without any date goes to an "undated" event. The ISO week is a
  fixed calendar bucket, so an event's IRI depends only on its own evidence,
  never on the order articles arrive in or on other events;
- both carry ``kgo:subject``/``kgo:relation``/``kgo:object``, ``kgo:negated``,
  ``kgo:modality`` (the strongest among the evidence: asserted, reported,
  alleged, intended, hypothetical; so a direct triple exists exactly when one
  of its statements is asserted or reported and not negated),
  ``kgo:evidenceCount`` (distinct articles),
  ``kgo:mentionCount`` (mentions), ``kgo:confidence``, first/last date, the
  relation's CAMEO/PLOVER codes and Goldstein weight, ``kgo:attributedTo``,
  ``prov:wasDerivedFrom`` each supporting mention and
  ``prov:hadPrimarySource`` each supporting article.

The store also holds the ontology the graph was built with, in the named graph
``kgr:ontology`` (:func:`ontology_quads`; not in ``graph.ttl``). No triple is
in two graphs, so querying the union of all graphs (what ``kg query`` and ``kg
serve`` do) sees every triple exactly once. IRIs are derived
from content (ids and hashes), never from counters, so the same input always
gives the same graph.
"""
from __future__ import annotations

import datetime
import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import quote, unquote

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS

from kg.graph.model import Edge, KnowledgeGraph
from kg.model import Article, Assertion
from kg.ontology import NAMESPACE, Ontology

KGO = Namespace(NAMESPACE)
KGR = Namespace("https://w3id.org/geokg/id/")
WD = Namespace("http://www.wikidata.org/entity/")
SCHEMA = Namespace("https://schema.org/")

#: Prefixes bound in every serialisation and predeclared in every query.
PREFIXES: dict[str, str] = {
    "kgo": str(KGO), "kgr": str(KGR), "rdf": str(RDF), "rdfs": str(RDFS), "owl": str(OWL),
    "skos": str(SKOS), "prov": str(PROV), "xsd": str(XSD), "wd": str(WD), "dcterms": str(DCTERMS),
    "schema": str(SCHEMA),
}

MODALITY_INDIVIDUALS = {
    "asserted": KGO.Asserted, "reported": KGO.Reported, "alleged": KGO.Alleged,
    "intended": KGO.Intended, "hypothetical": KGO.Hypothetical,
}
MODALITY_NAMES = {iri: name for name, iri in MODALITY_INDIVIDUALS.items()}

#: Modalities whose (non-negated) evidence becomes a direct ``actor kgo:rel actor`` triple.
FACT_MODALITIES = frozenset({"asserted", "reported"})

#: Window label of events whose evidence has no date at all.
UNDATED = "undated"

Triple = tuple[URIRef, URIRef, object]
Quad = tuple[URIRef, URIRef, object, "URIRef | None"]


# --------------------------------------------------------------------------- #
# IRIs
# --------------------------------------------------------------------------- #

def actor_iri(actor_id: str) -> URIRef:
    return KGR[quote(actor_id, safe="/")]


def actor_id_of(iri: str) -> str:
    """Inverse of :func:`actor_iri`."""
    return unquote(str(iri)[len(str(KGR)):])


def article_iri(doc_id: str) -> URIRef:
    return KGR["article/" + quote(doc_id, safe="")]


def graph_iri(doc_id: str) -> URIRef:
    """The named graph that holds one article and its mentions."""
    return KGR["graph/" + quote(doc_id, safe="")]


#: The named graph that holds the ontology the graph was built with (relation labels, layers,
#: symmetry, Goldstein weights, class hierarchy), so that queries can use them.
ONTOLOGY_GRAPH = KGR["ontology"]


def doc_id_of_graph(iri: str) -> str | None:
    prefix = str(KGR) + "graph/"
    return unquote(str(iri)[len(prefix):]) if str(iri).startswith(prefix) else None


def _digest(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def event_window(date: str | None) -> str:
    """The ISO week an event date falls in (``"2025-W36"``), or ``"undated"``.

    >>> event_window("2025-09-03"), event_window("2025-09-07"), event_window("2025-09-08")
    ('2025-W36', '2025-W36', '2025-W37')
    """
    if not date:
        return UNDATED
    try:
        day = datetime.date.fromisoformat(date[:10])
    except ValueError:
        return UNDATED
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def statement_iri(edge: Edge, window: str | None = None) -> URIRef:
    """IRI of a standing relation (``window`` None) or of one event (``window`` an ISO week)."""
    parts: list[object] = [edge.subject, edge.relation, edge.object, edge.negated]
    if window is not None:
        parts.append(window)
    return KGR["statement/" + _digest(*parts)]


def mention_iri(a: Assertion) -> URIRef:
    """One IRI per distinct assertion (all of its fields count)."""
    return KGR["mention/" + _digest(a.doc, a.start_char, a.end_char, a.subject_id, a.relation,
                                    a.object_id, a.negated, a.rule, a.modality, a.attributed_to or "",
                                    a.confidence, a.date or "")]


# --------------------------------------------------------------------------- #
# Statements: standing relations and events
# --------------------------------------------------------------------------- #

@dataclass(frozen=True)
class Statement:
    """One reified relation: a standing relation, or one event (an edge's evidence in one ISO week)."""

    edge: Edge
    layer: str                 # "standing" | "event"
    window: str | None         # ISO week for events, None for standing relations

    @property
    def iri(self) -> URIRef:
        return statement_iri(self.edge, self.window)


def statements(kg: KnowledgeGraph, ontology: Ontology) -> Iterator[Statement]:
    """Standing relations and events, in a deterministic order."""
    for edge in kg.edges():
        yield from split_edge(edge, ontology)


def split_edge(edge: Edge, ontology: Ontology) -> list[Statement]:
    relation = ontology.relations.get(edge.relation)
    layer = relation.layer if relation else "event"
    if layer != "event":
        return [Statement(edge, layer, None)]
    windows: dict[str, list[Assertion]] = {}
    for a in edge.evidence:
        windows.setdefault(event_window(a.date), []).append(a)
    return [Statement(Edge(edge.subject, edge.relation, edge.object, edge.negated, tuple(ev)), layer, w)
            for w, ev in sorted(windows.items())]


_STRENGTH = ("asserted", "reported", "alleged", "intended", "hypothetical")


def statement_modality(edge: Edge) -> str:
    """The strongest modality among the evidence: asserted, then reported, alleged, intended,
    hypothetical. A statement with any asserted or reported evidence is thus a fact."""
    present = {a.modality for a in edge.evidence}
    return next((m for m in _STRENGTH if m in present), edge.modality)


def is_fact(edge: Edge) -> bool:
    """True if the edge becomes a direct triple (see the module docstring)."""
    return not edge.negated and any(a.modality in FACT_MODALITIES for a in edge.evidence)


# --------------------------------------------------------------------------- #
# The view
# --------------------------------------------------------------------------- #

class _Actors:
    """Actor ids, labels and types of the graph, plus actors that only attribute statements."""

    def __init__(self, kg: KnowledgeGraph, gazetteer=None) -> None:
        self.gazetteer = gazetteer
        self.nodes = {a.id: a for a in kg.actors()}
        self.by_label: dict[str, str] = {}
        for actor in self.nodes.values():
            self.by_label.setdefault(actor.label, actor.id)
        self.extra: dict[str, tuple[str, str, str | None]] = {}   # id -> (label, type, wikidata)
        for a in kg.assertions():
            if a.attributed_to:
                self.attribution_id(a.attributed_to)

    def attribution_id(self, name: str) -> str:
        """The actor a statement is attributed to: an actor of the graph with that label, the
        gazetteer's actor whose label it is, or an unknown actor minted from the name."""
        found = self.by_label.get(name)
        if found is not None:
            return found
        entry = self.gazetteer.lookup(name) if self.gazetteer is not None else None
        slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "x"
        if entry is not None and entry.label == name and entry.id not in self.nodes \
                and entry.id not in self.extra:
            actor_id, kind, wikidata = entry.id, entry.type, entry.wikidata
        else:
            actor_id, kind, wikidata = f"unk/actor/{slug}", "Actor", None
            taken = self.nodes.get(actor_id) or self.extra.get(actor_id)
            if taken is not None:  # another name minted the same id: keep them apart
                actor_id = f"unk/actor/{slug}-{_digest(name)[:6]}"
        self.extra.setdefault(actor_id, (name, kind, wikidata))
        self.by_label[name] = actor_id
        return actor_id


def ontology_quads(ontology: Ontology) -> Iterator[Quad]:
    """The ontology's triples, in the :data:`ONTOLOGY_GRAPH` named graph."""
    for s, p, o in ontology.graph:
        yield s, p, o, ONTOLOGY_GRAPH


def iter_quads(kg: KnowledgeGraph, ontology: Ontology, gazetteer=None) -> Iterator[Quad]:
    """Every quad of the view: ``(s, p, o, graph)``, ``graph`` None for the default graph.

    ``gazetteer`` (optional) adds aliases as ``skos:altLabel`` and ISO codes.
    The ontology graph is not included (see :func:`ontology_quads`).
    """
    actors = _Actors(kg, gazetteer)
    for actor in actors.nodes.values():
        for s, p, o in _actor_triples(actor.id, actor.label, actor.type, actor.wikidata, actor.known,
                                      ontology, gazetteer):
            yield s, p, o, None
    for actor_id, (label, kind, wikidata) in sorted(actors.extra.items()):
        for s, p, o in _actor_triples(actor_id, label, kind, wikidata, not actor_id.startswith("unk/"),
                                      ontology, gazetteer):
            yield s, p, o, None

    by_doc: dict[str, Article] = {a.id: a for a in kg.articles}
    docs = sorted(set(by_doc) | {a.doc for a in kg.assertions()})
    for doc in docs:
        graph = graph_iri(doc)
        for s, p, o in _article_triples(doc, by_doc.get(doc)):
            yield s, p, o, graph
    for a in kg.assertions():
        graph = graph_iri(a.doc)
        for s, p, o in _mention_triples(a, ontology, actors):
            yield s, p, o, graph

    for edge in kg.edges():
        for s, p, o in _edge_triples(edge, ontology, actors):
            yield s, p, o, None


def _actor_triples(actor_id: str, label: str, kind: str, wikidata: str | None, known: bool,
                   ontology: Ontology, gazetteer) -> Iterator[Triple]:
    node = actor_iri(actor_id)
    cls = ontology.classes.get(kind)
    yield node, RDF.type, URIRef(cls.iri) if cls else KGO.Actor
    yield node, RDFS.label, Literal(label)
    if wikidata:
        yield node, OWL.sameAs, WD[wikidata]
    if not known:
        yield node, KGO.unknownActor, Literal(True)
    entry = gazetteer.get(actor_id) if gazetteer is not None else None
    if entry is not None:
        for alias in sorted(set(entry.aliases)):
            if alias != label:
                yield node, SKOS.altLabel, Literal(alias)
        if entry.iso3:
            yield node, KGO.iso3, Literal(entry.iso3)


def _article_triples(doc: str, article: Article | None) -> Iterator[Triple]:
    node = article_iri(doc)
    yield node, RDF.type, KGO.Article
    yield node, DCTERMS.identifier, Literal(doc)
    if article is None:
        return
    if article.title:
        yield node, DCTERMS.title, Literal(article.title)
    if article.date:
        yield node, DCTERMS.date, Literal(article.date, datatype=XSD.date)
    if article.url:
        yield node, SCHEMA.url, Literal(article.url, datatype=XSD.anyURI)


def _predicate(relation_id: str, ontology: Ontology) -> URIRef:
    relation = ontology.relations.get(relation_id)
    return URIRef(relation.iri) if relation else KGO[relation_id]


def _mention_triples(a: Assertion, ontology: Ontology, actors: _Actors) -> Iterator[Triple]:
    mention = mention_iri(a)
    yield mention, RDF.type, KGO.Mention
    yield mention, RDF.subject, actor_iri(a.subject_id)
    yield mention, RDF.predicate, _predicate(a.relation, ontology)
    yield mention, RDF.object, actor_iri(a.object_id)
    yield mention, KGO.inArticle, article_iri(a.doc)
    yield mention, KGO.sentence, Literal(a.sentence)
    yield mention, KGO.startChar, Literal(a.start_char)
    yield mention, KGO.endChar, Literal(a.end_char)
    yield mention, KGO.rule, Literal(a.rule)
    yield mention, KGO.modality, MODALITY_INDIVIDUALS.get(a.modality, KGO.Asserted)
    yield mention, KGO.negated, Literal(a.negated)
    yield mention, KGO.confidence, Literal(a.confidence, datatype=XSD.decimal)
    if a.date:
        yield mention, DCTERMS.date, Literal(a.date, datatype=XSD.date)
    if a.attributed_to:
        yield mention, KGO.attributedTo, actor_iri(actors.attribution_id(a.attributed_to))


def _edge_triples(edge: Edge, ontology: Ontology, actors: _Actors) -> Iterator[Triple]:
    relation = ontology.relations.get(edge.relation)
    predicate = _predicate(edge.relation, ontology)
    subject, obj = actor_iri(edge.subject), actor_iri(edge.object)
    if is_fact(edge):
        yield subject, predicate, obj
        if relation is not None and relation.symmetric:
            yield obj, predicate, subject
    for statement in split_edge(edge, ontology):
        yield from _statement_triples(statement, predicate, relation, actors)


def _statement_triples(statement: Statement, predicate: URIRef, relation, actors: _Actors) -> Iterator[Triple]:
    edge = statement.edge
    node = statement.iri
    yield node, RDF.type, KGO.Event if statement.layer == "event" else KGO.StandingRelation
    yield node, KGO.subject, actor_iri(edge.subject)
    yield node, KGO.relation, predicate
    yield node, KGO.object, actor_iri(edge.object)
    yield node, KGO.negated, Literal(edge.negated)
    yield node, KGO.modality, MODALITY_INDIVIDUALS.get(statement_modality(edge), KGO.Asserted)
    yield node, KGO.evidenceCount, Literal(len(edge.articles))
    yield node, KGO.mentionCount, Literal(edge.evidence_count)
    yield node, KGO.confidence, Literal(edge.confidence, datatype=XSD.decimal)
    if edge.first_date:
        yield node, KGO.firstDate, Literal(edge.first_date, datatype=XSD.date)
    if edge.last_date:
        yield node, KGO.lastDate, Literal(edge.last_date, datatype=XSD.date)
    if relation is not None:
        for code in relation.cameo:
            yield node, KGO.cameoCode, Literal(code)
        for code in relation.plover:
            yield node, KGO.ploverCode, Literal(code)
        if relation.goldstein is not None:
            yield node, KGO.goldstein, Literal(relation.goldstein, datatype=XSD.decimal)
    for name in edge.attributed_to:
        yield node, KGO.attributedTo, actor_iri(actors.attribution_id(name))
    for doc in edge.articles:
        yield node, PROV.hadPrimarySource, article_iri(doc)
    for mention in sorted({mention_iri(a) for a in edge.evidence}):
        yield node, PROV.wasDerivedFrom, mention


# --------------------------------------------------------------------------- #
# rdflib graphs
# --------------------------------------------------------------------------- #

def new_graph() -> Graph:
    graph = Graph(bind_namespaces="core")
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, Namespace(namespace))
    return graph


def to_rdf(kg: KnowledgeGraph, ontology: Ontology, gazetteer=None) -> Graph:
    """The whole view as one rdflib graph (the union of the default and the article graphs)."""
    g = new_graph()
    for s, p, o, _ in iter_quads(kg, ontology, gazetteer):
        g.add((s, p, o))
    return g


def add_quads(graph: Graph, quads: Iterable[Quad]) -> Graph:
    for s, p, o, _ in quads:
        graph.add((s, p, o))
    return graph


def serialize_turtle(g: Graph) -> str:
    """Turtle with subjects and predicates in sorted order (rdflib sorts them), no blank nodes."""
    return g.serialize(format="turtle")
