"""RDF view of the knowledge graph (rdflib), with PROV-O provenance.

Layout (``kgo:`` is the ontology namespace, ``kgr:`` the resource namespace):

- actors: ``kgr:Q159 a kgo:Country; rdfs:label "Russia"; skos:altLabel ...;
  owl:sameAs wd:Q159``;
- direct triples for facts that some evidence asserts without negation:
  ``kgr:Q159 kgo:strategic-partner kgr:Q423`` (symmetric ones both ways);
- one statement node per (subject, relation, object, polarity), typed
  ``kgo:Event`` or ``kgo:StandingRelation``, with counts, first/last dates,
  confidence, modality, CAMEO/PLOVER codes and Goldstein weight, and
  ``prov:wasDerivedFrom`` each supporting mention;
- mentions (``kgo:Mention``) with the sentence, its character offsets, the
  rule that fired and the article (``kgo:Article``, with title, date, URL).

IRIs are derived from content (ids and hashes), never from counters, so the
same input always gives the same graph.
"""
from __future__ import annotations

import hashlib
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS

from kg.graph.model import Edge, KnowledgeGraph
from kg.model import Assertion
from kg.ontology import NAMESPACE, Ontology

KGO = Namespace(NAMESPACE)
KGR = Namespace("https://w3id.org/geokg/id/")
WD = Namespace("http://www.wikidata.org/entity/")
SCHEMA = Namespace("https://schema.org/")

MODALITY_INDIVIDUALS = {
    "asserted": KGO.Asserted, "reported": KGO.Reported, "alleged": KGO.Alleged,
    "intended": KGO.Intended, "hypothetical": KGO.Hypothetical,
}


def actor_iri(actor_id: str) -> URIRef:
    return KGR[quote(actor_id, safe="/")]


def article_iri(doc_id: str) -> URIRef:
    return KGR["article/" + quote(doc_id, safe="")]


def _digest(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def statement_iri(edge: Edge) -> URIRef:
    return KGR["statement/" + _digest(edge.subject, edge.relation, edge.object, edge.negated)]


def mention_iri(a: Assertion) -> URIRef:
    return KGR["mention/" + _digest(a.doc, a.start_char, a.end_char, a.subject_id, a.relation,
                                    a.object_id, a.negated, a.rule)]


def new_graph() -> Graph:
    graph = Graph(bind_namespaces="core")
    for prefix, namespace in (("kgo", KGO), ("kgr", KGR), ("wd", WD), ("owl", OWL), ("skos", SKOS),
                              ("prov", PROV), ("dcterms", DCTERMS), ("schema", SCHEMA), ("xsd", XSD)):
        graph.bind(prefix, namespace)
    return graph


def to_rdf(kg: KnowledgeGraph, ontology: Ontology, gazetteer=None) -> Graph:
    """Build the RDF view. ``gazetteer`` (optional) adds aliases as ``skos:altLabel``."""
    g = new_graph()
    for actor in kg.actors():
        node = actor_iri(actor.id)
        cls = ontology.classes.get(actor.type)
        g.add((node, RDF.type, URIRef(cls.iri) if cls else KGO.Actor))
        g.add((node, RDFS.label, Literal(actor.label)))
        if actor.wikidata:
            g.add((node, OWL.sameAs, WD[actor.wikidata]))
        if not actor.known:
            g.add((node, KGO.unknownActor, Literal(True)))
        entry = gazetteer.get(actor.id) if gazetteer is not None else None
        if entry is not None:
            for alias in entry.aliases:
                if alias != actor.label:
                    g.add((node, SKOS.altLabel, Literal(alias)))
            if entry.iso3:
                g.add((node, KGO.iso3, Literal(entry.iso3)))
    for article in kg.articles:
        node = article_iri(article.id)
        g.add((node, RDF.type, KGO.Article))
        g.add((node, DCTERMS.identifier, Literal(article.id)))
        if article.title:
            g.add((node, DCTERMS.title, Literal(article.title)))
        if article.date:
            g.add((node, DCTERMS.date, Literal(article.date, datatype=XSD.date)))
        if article.url:
            g.add((node, SCHEMA.url, Literal(article.url, datatype=XSD.anyURI)))
    for edge in kg.edges():
        _add_edge(g, edge, ontology)
    return g


def _add_edge(g: Graph, edge: Edge, ontology: Ontology) -> None:
    relation = ontology.relations.get(edge.relation)
    predicate = URIRef(relation.iri) if relation else KGO[edge.relation]
    subject, obj = actor_iri(edge.subject), actor_iri(edge.object)
    if not edge.negated and any(a.modality == "asserted" or a.modality == "reported" for a in edge.evidence):
        g.add((subject, predicate, obj))
        if relation is not None and relation.symmetric:
            g.add((obj, predicate, subject))
    node = statement_iri(edge)
    layer = relation.layer if relation else "event"
    g.add((node, RDF.type, KGO.Event if layer == "event" else KGO.StandingRelation))
    g.add((node, KGO.subject, subject))
    g.add((node, KGO.relation, predicate))
    g.add((node, KGO.object, obj))
    g.add((node, KGO.negated, Literal(edge.negated)))
    g.add((node, KGO.modality, MODALITY_INDIVIDUALS.get(edge.modality, KGO.Asserted)))
    g.add((node, KGO.evidenceCount, Literal(edge.evidence_count)))
    g.add((node, KGO.mentionCount, Literal(len(edge.articles))))
    g.add((node, KGO.confidence, Literal(edge.confidence, datatype=XSD.decimal)))
    if edge.first_date:
        g.add((node, KGO.firstDate, Literal(edge.first_date, datatype=XSD.date)))
    if edge.last_date:
        g.add((node, KGO.lastDate, Literal(edge.last_date, datatype=XSD.date)))
    if relation is not None:
        for code in relation.cameo:
            g.add((node, KGO.cameoCode, Literal(code)))
        for code in relation.plover:
            g.add((node, KGO.ploverCode, Literal(code)))
        if relation.goldstein is not None:
            g.add((node, KGO.goldstein, Literal(relation.goldstein, datatype=XSD.decimal)))
    for a in edge.evidence:
        mention = mention_iri(a)
        g.add((node, PROV.wasDerivedFrom, mention))
        g.add((mention, RDF.type, KGO.Mention))
        g.add((mention, KGO.inArticle, article_iri(a.doc)))
        g.add((mention, KGO.sentence, Literal(a.sentence)))
        g.add((mention, KGO.startChar, Literal(a.start_char)))
        g.add((mention, KGO.endChar, Literal(a.end_char)))
        g.add((mention, KGO.rule, Literal(a.rule)))
        g.add((mention, KGO.modality, MODALITY_INDIVIDUALS.get(a.modality, KGO.Asserted)))
        g.add((mention, KGO.negated, Literal(a.negated)))
        g.add((mention, KGO.confidence, Literal(a.confidence, datatype=XSD.decimal)))
        if a.attributed_to:
            g.add((mention, KGO.attributedTo, Literal(a.attributed_to)))


def serialize_turtle(g: Graph) -> str:
    """Turtle with subjects and predicates in sorted order (rdflib sorts them), no blank nodes."""
    return g.serialize(format="turtle")
