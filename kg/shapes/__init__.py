"""SHACL shapes for the graph, and validation with pySHACL.

* ``graph.ttl`` (next to this file) holds the hand-written shapes: one label
  per actor, what statements, events, mentions and articles carry, provenance
  (every statement is derived from mentions in articles), every event has a
  date or an article date, and every direct fact is backed by a non-negated,
  asserted or reported statement.
* :func:`relation_shapes` generates the domain and range shapes of every
  relation type from the loaded ontology (core plus extensions) for the direct
  triples (``actor kgo:rel actor``); ``graph.ttl`` checks the statement nodes
  (which also cover negated and alleged statements) against the same
  ``rdfs:domain``/``rdfs:range``, read from the ontology at validation time.
* :func:`validate` checks a data graph against both, with the ontology mixed
  in for the class hierarchy; :func:`validate_store` does so for a store's
  union of the default graph and the article graphs.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rdflib import RDF, BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection

from kg.graph.rdf import ONTOLOGY_GRAPH, PREFIXES
from kg.ontology import Ontology

SH = Namespace("http://www.w3.org/ns/shacl#")
KGS = Namespace("https://w3id.org/geokg/shapes#")
SHAPES_ONTOLOGY = URIRef("https://w3id.org/geokg/shapes")

__all__ = ["Violation", "relation_shapes", "shapes_graph", "validate", "validate_store"]


@lru_cache(maxsize=1)
def _static_shapes_text() -> str:
    return resources.files("kg.shapes").joinpath("graph.ttl").read_text(encoding="utf-8")


def _class_constraint(g: Graph, shape, classes: tuple[str, ...], ontology: Ontology) -> None:
    iris = [URIRef(ontology.classes[c].iri) if c in ontology.classes else URIRef(PREFIXES["kgo"] + c)
            for c in classes]
    if len(iris) == 1:
        g.add((shape, SH["class"], iris[0]))
        return
    members = []
    for iri in iris:
        member = BNode()
        g.add((member, SH["class"], iri))
        members.append(member)
    head = BNode()
    Collection(g, head, members)
    g.add((shape, SH["or"], head))


def relation_shapes(ontology: Ontology) -> Graph:
    """Domain and range shapes of every relation type, generated from ``ontology``."""
    g = Graph()
    g.bind("sh", SH)
    g.bind("kgs", KGS)
    for rel in ontology.relations.values():
        predicate = URIRef(rel.iri)
        for side, classes, target in (("domain", rel.domain, SH.targetSubjectsOf),
                                      ("range", rel.range, SH.targetObjectsOf)):
            shape = KGS[f"{rel.id}-{side}"]
            g.add((shape, RDF.type, SH.NodeShape))
            g.add((shape, target, predicate))
            _class_constraint(g, shape, classes, ontology)
            g.add((shape, SH.message, Literal(
                f"The {'subject' if side == 'domain' else 'object'} of kgo:{rel.id} must be a "
                + " or ".join(f"kgo:{c}" for c in classes) + f" (its rdfs:{side}).")))
    return g


def shapes_graph(ontology: Ontology) -> Graph:
    """The hand-written shapes plus the generated relation shapes."""
    g = Graph()
    g.parse(data=_static_shapes_text(), format="turtle")
    for triple in relation_shapes(ontology):
        g.add(triple)
    return g


@dataclass(frozen=True)
class Violation:
    severity: str
    focus: str
    path: str
    value: str
    message: str
    shape: str

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        value = f" (value: {self.value})" if self.value else ""
        return f"{self.severity}: {self.focus}{where}: {self.message}{value} [{self.shape}]"


def _show(term, graph: Graph) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        text = str(term)
        for prefix, namespace in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
            if text.startswith(namespace) and len(text) > len(namespace):
                return f"{prefix}:{text[len(namespace):]}"
        if text.startswith(str(KGS)):
            return "kgs:" + text[len(str(KGS)):]
        return f"<{text}>"
    if isinstance(term, BNode):
        # A property path such as ( prov:hadPrimarySource dcterms:date ), or an anonymous shape.
        items = list(Collection(graph, term)) if (term, RDF.first, None) in graph else []
        return "/".join(_show(i, graph) for i in items) if items else "(anonymous shape)"
    return str(term)


def validate(data: Graph, ontology: Ontology) -> list[Violation]:
    """Every SHACL violation of ``data`` (warnings and infos too), sorted by focus node."""
    import pyshacl

    shapes = shapes_graph(ontology)
    _conforms, report, _text = pyshacl.validate(
        data, shacl_graph=shapes, ont_graph=ontology.graph, inference="none",
        abort_on_first=False, allow_warnings=True, advanced=False, meta_shacl=False)
    if not isinstance(report, Graph):  # pyshacl refused the shapes themselves
        raise RuntimeError(f"SHACL validation could not run: {_text}")
    found: list[Violation] = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        severity = report.value(result, SH.resultSeverity)
        shape = report.value(result, SH.sourceShape)
        message = report.value(result, SH.resultMessage)
        if shape is not None and message is None:
            message = shapes.value(shape, SH.message)
        found.append(Violation(
            severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
            focus=_show(report.value(result, SH.focusNode), report),
            path=_show(report.value(result, SH.resultPath), report),
            value=_show(report.value(result, SH.value), report),
            message=str(message) if message is not None else "constraint not met",
            shape=_show(shape, shapes) if isinstance(shape, URIRef) else
            _show(report.value(result, SH.sourceConstraintComponent), report)))
    return sorted(found, key=lambda v: (v.focus, v.path, v.message, v.value))


def data_graph(store) -> Graph:
    """The union of a store's default graph and article graphs (not the ontology graph), in rdflib."""
    import pyoxigraph as ox

    triples = (ox.Triple(q.subject, q.predicate, q.object) for q in store
               if not (isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value == str(ONTOLOGY_GRAPH)))
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    g = Graph()
    g.parse(data=data.decode("utf-8"), format="nt")
    return g


def validate_store(store, ontology: Ontology) -> list[Violation]:
    return validate(data_graph(store), ontology)
