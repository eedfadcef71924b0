"""NetworkX view of the knowledge graph: a ``MultiDiGraph`` keyed by relation.

Nodes are actor ids with ``label``, ``type``, ``wikidata``, ``iri``, ``mentions`` and
``known``; edges go subject -> object with key ``relation`` (or ``relation:negated``) and
carry the evidence. Symmetric relations appear once, between sorted ends, with
``symmetric=True``. Each edge also has ``quad``, its CAMEO quad class (see
:func:`quad_class`), and each piece of evidence the spans of the sentence that name its
subject and object (``subject_spans``, ``object_spans``: ``[start, end]`` offsets into
``sentence``), found by name, alias, demonym, surname, capital or seat of government.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

import networkx as nx

from kg.gazetteer import Gazetteer, default_gazetteer
from kg.graph.model import ActorNode, KnowledgeGraph
from kg.graph.rdf import actor_iri
from kg.ontology import Ontology

__all__ = ["MAX_EVIDENCE", "QUAD_CLASSES", "quad_class", "to_networkx"]

MAX_EVIDENCE = 50  # per edge in the view; the RDF graph keeps all

#: CAMEO quad classes, by the root (first two digits) of an event code.
QUAD_CLASSES = ("verbal-cooperation", "material-cooperation", "verbal-conflict", "material-conflict")
_QUAD_OF_ROOT = {**{r: QUAD_CLASSES[0] for r in range(1, 6)}, **{r: QUAD_CLASSES[1] for r in range(6, 9)},
                 **{r: QUAD_CLASSES[2] for r in range(9, 14)}, **{r: QUAD_CLASSES[3] for r in range(14, 21)}}
#: Without a CAMEO code, a Goldstein weight at least this far from 0 counts as material.
MATERIAL_GOLDSTEIN = 6.0


def quad_class(cameo: str | None, goldstein: float | None = None) -> str | None:
    """The CAMEO quad class of an event code (roots 01–05 verbal cooperation, 06–08 material
    cooperation, 09–13 verbal conflict, 14–20 material conflict); without a usable code it is
    estimated from the Goldstein weight; None for neither (standing relations).

    >>> quad_class("051"), quad_class("19"), quad_class(None, -7.0), quad_class(None, None)
    ('verbal-cooperation', 'material-conflict', 'material-conflict', None)
    """
    if cameo and cameo[:2].isdigit() and int(cameo[:2]) in _QUAD_OF_ROOT:
        return _QUAD_OF_ROOT[int(cameo[:2])]
    if goldstein is None or goldstein != goldstein or goldstein == 0:  # None, NaN or neutral
        return None
    material = abs(goldstein) >= MATERIAL_GOLDSTEIN
    if goldstein > 0:
        return QUAD_CLASSES[1] if material else QUAD_CLASSES[0]
    return QUAD_CLASSES[3] if material else QUAD_CLASSES[2]


def to_networkx(graph: KnowledgeGraph, ontology: Ontology, gazetteer: Gazetteer | None = None) -> nx.MultiDiGraph:
    """Build the NetworkX view (``gazetteer``, default the package one, supplies the names
    looked for in evidence sentences).

    >>> from kg.ontology import load_ontology
    >>> view = to_networkx(KnowledgeGraph(), load_ontology())
    >>> view.number_of_nodes(), view.number_of_edges()
    (0, 0)
    """
    view = nx.MultiDiGraph()
    articles = {a.id: a for a in graph.articles}
    actors = {actor.id: actor for actor in graph.actors()}
    for actor in actors.values():
        view.add_node(actor.id, label=actor.label, type=actor.type, wikidata=actor.wikidata,
                      iri=str(actor_iri(actor.id)), mentions=actor.mentions, known=actor.known)
    edges = graph.edges()
    finder = _NameFinder(gazetteer if gazetteer is not None or not edges else default_gazetteer(), actors)
    for edge in edges:
        relation = ontology.relations.get(edge.relation)
        goldstein = relation.goldstein if relation else None
        cameo = relation.cameo[0] if relation and relation.cameo else None
        evidence = []
        for a in edge.evidence[:MAX_EVIDENCE]:
            article = articles.get(a.doc)
            evidence.append({
                "doc": a.doc, "title": article.title if article else None, "url": article.url if article else None,
                "sentence": a.sentence, "start_char": a.start_char, "end_char": a.end_char,
                "modality": a.modality, "negated": a.negated, "attributed_to": a.attributed_to,
                "confidence": a.confidence, "date": a.date, "rule": a.rule,
                "subject": a.subject, "object": a.object,
                "subject_spans": finder.spans(a.sentence, a.subject_id, a.subject),
                "object_spans": finder.spans(a.sentence, a.object_id, a.object),
            })
        view.add_edge(
            edge.subject, edge.object, key=edge.key,
            relation=edge.relation,
            label=relation.label if relation else edge.relation,
            layer=relation.layer if relation else "event",
            symmetric=bool(relation and relation.symmetric),
            goldstein=goldstein, cameo=cameo,
            quad=quad_class(cameo, goldstein) if not relation or relation.layer == "event" else None,
            evidence_count=edge.evidence_count,
            first_date=edge.first_date, last_date=edge.last_date,
            confidence=edge.confidence, negated=edge.negated, modality=edge.modality,
            attributed_to=list(edge.attributed_to), articles=list(edge.articles),
            evidence=evidence,
        )
    return view


class _NameFinder:
    """Finds where a sentence names an actor: whole-word, case-sensitive matches of its
    label, and of its aliases, demonyms, surnames, capital and seats from the gazetteer."""

    def __init__(self, gazetteer: Gazetteer | None, actors: dict[str, ActorNode]) -> None:
        self.gazetteer = gazetteer
        self.actors = actors
        self.seats: dict[str, list[str]] = {}
        if gazetteer is not None:
            for seat, actor_id in gazetteer.seats.items():
                self.seats.setdefault(actor_id, []).append(seat)
        self._patterns: dict[tuple[str, str], re.Pattern[str] | None] = {}

    def spans(self, sentence: str, actor_id: str, label: str) -> list[list[int]]:
        key = (actor_id, label)
        if key not in self._patterns:
            self._patterns[key] = _pattern(self._names(actor_id, label))
        pattern = self._patterns[key]
        return [[m.start(), m.end()] for m in pattern.finditer(sentence)] if pattern else []

    def _names(self, actor_id: str, label: str) -> Iterable[str]:
        yield label
        node = self.actors.get(actor_id)
        if node is not None:
            yield node.label
        entry = self.gazetteer.get(actor_id) if self.gazetteer is not None else None
        if entry is None:
            if node is not None and node.type == "Person" and " " in node.label:
                yield node.label.rsplit(" ", 1)[1]  # surname of an actor the gazetteer lacks
            return
        yield from entry.aliases
        yield from entry.demonyms
        yield from self.gazetteer.surname_variants.get(actor_id, ())
        yield from self.seats.get(actor_id, ())
        capital = self.gazetteer.get(entry.capital) if entry.capital else None
        if capital is not None:
            yield capital.label


def _pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    variants = set()
    for name in names:
        name = name.strip()
        if len(name) >= 2:
            variants.update({name, name.replace("'", "\u2019"), name.replace("\u2019", "'")})
    if not variants:
        return None
    alternatives = "|".join(re.escape(v) for v in sorted(variants, key=lambda v: (-len(v), v)))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")
