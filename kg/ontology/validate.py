"""Check an ontology extension file and report every problem at once.

:func:`kg.ontology.load_ontology` stops at the first broken relation with a
:class:`~kg.errors.KGError`. That is right for a build, but while writing an
extension (in a notebook, say) it is handier to see all problems together,
and a few warnings the loader has no reason to raise: a cue that an earlier
relation already owns and that can therefore never fire, an event relation
without a Goldstein weight (it then counts for nothing in cooperation–conflict
scores), a relation without any cue.

>>> for problem in check_extension("my-relations.ttl"):      # doctest: +SKIP
...     print(problem)
error: [E203] my-relations.ttl: relation 'mediates': has no kgo:layer; add 'kgo:layer kgo:EventLayer' ...

Each :class:`Problem` carries the loader's error code (E201 syntax, E202
missing file, E203 invalid relation), a short ``kind`` for programs and a
message that says how to fix it. Errors make :func:`load_ontology` (and so
``kg build --ontology``) fail; warnings do not. The loader's own verdict is
always included: if it refuses the file for a reason not listed above, that
reason is reported too, so an empty list of errors means the file loads.
"""
from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Union

import rdflib
from rdflib import OWL, RDF, RDFS, SKOS, BNode, Literal, URIRef
from rdflib.collection import Collection
from rdflib.util import guess_format

from kg.errors import KGError
from kg.ontology import NAMESPACE, RELATION_ONLY_PREDICATES, RelationType, load_ontology

__all__ = ["Problem", "check_extension", "errors_only"]

PathLike = Union[str, Path]

KGO = rdflib.Namespace(NAMESPACE)
_LAYERS = {KGO.EventLayer: "event", KGO.StandingLayer: "standing"}
_CAMEO = re.compile(r"^[0-9]{2,4}$")
_CUE_PREDICATES = (KGO.verbCue, KGO.nounCue)
_PREPOSITION_PREDICATES = (KGO.objectPreposition, KGO.agentPreposition, KGO.participantPreposition)
# Predicates that only a relation carries.
_RELATION_ONLY = RELATION_ONLY_PREDICATES


@dataclass(frozen=True)
class Problem:
    """One problem in an extension file.

    ``severity`` is ``"error"`` (the loader refuses the file) or ``"warning"``;
    ``code`` the error-catalogue code; ``kind`` a short name such as
    ``"clashes-with-core"``, ``"missing-label"``, ``"missing-layer"``,
    ``"undeclared-class"``, ``"empty-cue"`` or ``"shadowed-cue"``;
    ``relation`` the relation id concerned (None for the whole file).
    """

    severity: str
    code: str
    kind: str
    relation: str | None
    message: str
    file: str

    def __str__(self) -> str:
        where = f"relation {self.relation!r}: " if self.relation else ""
        return f"{self.severity}: [{self.code}] {self.file}: {where}{self.message}"

    def as_dict(self) -> dict[str, str | None]:
        return {"severity": self.severity, "code": self.code, "kind": self.kind,
                "relation": self.relation, "message": self.message, "file": self.file}


def errors_only(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]


def check_extension(path: PathLike, base: Sequence[PathLike] = (), *,
                    display_name: str | None = None) -> list[Problem]:
    """All problems of the extension file ``path``, loaded after the core and ``base``.

    ``base`` lists extension files that are loaded before this one (so that
    relations and classes they declare count as known); ``display_name``
    replaces the path in messages (for text written to a temporary file).
    The list is empty when the file is fine; it is sorted errors first.
    """
    path = Path(path)
    name = display_name or str(path)
    checker = _Checker(path, name, base)
    problems = checker.run()
    problems.sort(key=lambda p: (p.severity != "error", p.relation or "", p.kind))
    return problems


class _Checker:
    def __init__(self, path: Path, name: str, base: Sequence[PathLike]) -> None:
        self.path = path
        self.name = name
        self.base_files = list(base)
        self.problems: list[Problem] = []

    # -- reporting ---------------------------------------------------------- #

    def error(self, kind: str, relation: str | None, message: str, code: str = "E203") -> None:
        self.problems.append(Problem("error", code, kind, relation, message, self.name))

    def warn(self, kind: str, relation: str | None, message: str, code: str = "E203") -> None:
        self.problems.append(Problem("warning", code, kind, relation, message, self.name))

    # -- the checks --------------------------------------------------------- #

    def run(self) -> list[Problem]:
        try:
            self.base = load_ontology(self.base_files)
        except KGError as exc:
            self.error("base", None, f"the files loaded before this one do not load: {exc.message}",
                       exc.code)
            return self.problems
        verdict = self.loader_verdict()
        if verdict is not None and verdict.code == "E202":
            self.error("missing-file", None, "file not found; pass an existing Turtle file", "E202")
            return self.problems
        if verdict is not None and verdict.code == "E201":
            message = _strip_code(verdict.message)
            message = message.split(": ", 1)[1] if message.startswith(str(self.path)) else message
            self.error("syntax", None, message, "E201")
            return self.problems
        graph = self.parse()
        if graph is None:
            return self.problems
        self.g = graph
        self.known_classes = self.class_names()
        declared = self.declared_relations()
        self.undeclared_cue_holders(declared)
        for node in declared:
            self.relation(node)
        self.cue_overlaps(declared)
        if not declared and not any((None, p, None) in graph for p in _RELATION_ONLY):
            self.warn("empty-extension", None, "declares no relation and adds no cue; nothing changes")
        if verdict is not None and not errors_only(self.problems):
            # The loader refuses the file for a reason the checks above do not know: report it as is.
            message = _strip_code(verdict.message).replace(str(self.path), self.name)
            self.error("loader", None, message, verdict.code)
        return self.problems

    def loader_verdict(self) -> KGError | None:
        try:
            load_ontology([*self.base_files, self.path])
        except KGError as exc:
            return exc
        return None

    def parse(self) -> rdflib.Graph | None:
        graph = rdflib.Graph()
        try:
            graph.parse(self.path, format=guess_format(str(self.path)) or "turtle")
        except Exception as exc:  # the loader accepted it, so this is unexpected
            self.error("syntax", None, f"cannot parse: {exc}", "E201")
            return None
        return graph

    def class_names(self) -> set[str]:
        """Actor and place classes: the base's, plus classes this file declares under them."""
        known = set(self.base.classes)
        declared = {s for s in self.g.subjects(RDF.type, OWL.Class)} | set(self.g.subjects(RDFS.subClassOf))
        changed = True
        while changed:  # a class counts once one of its superclasses does
            changed = False
            for cls in declared:
                local = _local(cls)
                if local is None or local in known:
                    continue
                if any(_local(parent) in known for parent in self.g.objects(cls, RDFS.subClassOf)):
                    known.add(local)
                    changed = True
        return known

    def declared_relations(self) -> list[URIRef]:
        out: list[URIRef] = []
        for kind in (OWL.ObjectProperty, OWL.SymmetricProperty):
            for s in self.g.subjects(RDF.type, kind):
                if s in out or (s, RDF.type, KGO.GraphModelProperty) in self.g \
                        or (s, RDF.type, KGO.GraphModelProperty) in self.base.graph:
                    continue
                if _local(s) is None:
                    if any((s, p, None) in self.g for p in _RELATION_ONLY):
                        self.error("namespace", _short(s), (
                            f"relations must be in the kgo: namespace <{NAMESPACE}>; write "
                            f"kgo:{_short(s)} instead of <{s}>"))
                    continue
                out.append(s)
        return sorted(out, key=str)

    def undeclared_cue_holders(self, declared: list[URIRef]) -> None:
        known = set(self.base.relations)
        holders = set(self.g.subjects(RDF.type, KGO.Modality)) | set(self.base.graph.subjects(RDF.type, KGO.Modality))
        holders |= {KGO.Negation}
        seen: set = set()
        for pred in _RELATION_ONLY:
            for s in self.g.subjects(pred, None):
                if s in seen or s in declared or s in holders or (_local(s) in known):
                    continue
                seen.add(s)
                rid = _local(s) or str(s)
                hint = difflib.get_close_matches(rid, sorted(known | {_local(d) for d in declared}), n=1)
                extra = f" (did you mean kgo:{hint[0]}?)" if hint else ""
                self.error("undeclared-relation", rid, (
                    f"has {_kgo(pred)} but is neither a relation of the core (or an earlier "
                    f"extension) nor declared here{extra}; declare it with 'a owl:ObjectProperty' or fix "
                    f"the name"))

    # -- one relation ------------------------------------------------------- #

    def relation(self, node: URIRef) -> None:
        rid = _local(node)
        existing = self.base.relations.get(rid)
        if existing is not None:
            self.redefinition(node, rid, existing)
        else:
            self.new_relation(node, rid)
        self.cues(node, rid)
        self.prepositions(node, rid)
        self.codes(node, rid)

    def redefinition(self, node: URIRef, rid: str, existing: RelationType) -> None:
        where = Path(existing.source).name
        clash = (f"kgo:{rid} is already defined in {where}; an extension may add cues, prepositions "
                 f"and codes to it but not change its")
        fix = f"define a new relation id instead (for example kgo:{rid}-2), or leave the {{what}} out"
        labels = _english(self.g, node, RDFS.label)
        if labels and labels != [existing.label]:
            self.error("clashes-with-core", rid, f"{clash} label ({existing.label!r} -> {labels[0]!r}); "
                       + fix.format(what="label"))
        definitions = _english(self.g, node, SKOS.definition)
        if definitions and existing.definition and definitions != [existing.definition]:
            self.error("clashes-with-core", rid, f"{clash} definition; " + fix.format(what="definition"))
        for value in self.g.objects(node, KGO.layer):
            if _LAYERS.get(value) != existing.layer:
                shown = _LAYERS.get(value) or _short(value)
                self.error("clashes-with-core", rid, f"{clash} layer ({existing.layer!r} -> {shown!r}); "
                           + fix.format(what="layer"))
        if (node, RDF.type, OWL.SymmetricProperty) in self.g and not existing.symmetric:
            self.error("clashes-with-core", rid, f"{clash} symmetry; " + fix.format(what="symmetry"))
        for pred, current, what in ((RDFS.domain, existing.domain, "domain"), (RDFS.range, existing.range, "range")):
            for value in self.g.objects(node, pred):
                classes = self.class_expression(value, rid, what)
                if classes is not None and set(classes) != set(current):
                    self.error("clashes-with-core", rid, (
                        f"{clash} {what} ({'|'.join(current)} -> {'|'.join(classes)}); "
                        + fix.format(what=what)))
        for value in self.g.objects(node, KGO.goldstein):
            number = _number(value)
            if number is not None and existing.goldstein is not None and number != existing.goldstein:
                self.error("clashes-with-core", rid, f"{clash} Goldstein weight ({existing.goldstein} -> "
                           f"{number}); " + fix.format(what="weight"))

    def new_relation(self, node: URIRef, rid: str) -> None:
        labels = _english(self.g, node, RDFS.label)
        if not labels:
            self.error("missing-label", rid, 'has no rdfs:label; add rdfs:label "..."@en')
        elif len(labels) > 1:
            self.error("several-labels", rid, f"has {len(labels)} English rdfs:label values "
                       f"({', '.join(map(repr, labels))}); keep one")
        if not _english(self.g, node, SKOS.definition):
            self.warn("missing-definition", rid, 'has no skos:definition; add one sentence saying what the '
                      'relation means (skos:definition "..."@en)')
        layers = list(self.g.objects(node, KGO.layer))
        if not layers:
            self.error("missing-layer", rid, "has no kgo:layer; add 'kgo:layer kgo:EventLayer' (dated "
                       "interactions) or 'kgo:layer kgo:StandingLayer' (long-lived facts)")
        for value in layers:
            if value not in _LAYERS:
                shown = f'"{value}"' if isinstance(value, Literal) else _short(value)
                self.error("bad-layer", rid, f"kgo:layer {shown} is not a layer; use kgo:EventLayer or "
                           f"kgo:StandingLayer")
        if len(set(layers)) > 1:
            self.error("several-layers", rid, "has two kgo:layer values; a relation belongs to one layer")
        for pred, what in ((RDFS.domain, "domain"), (RDFS.range, "range")):
            values = list(self.g.objects(node, pred))
            if len(values) > 1:
                self.error("several-classes", rid, f"has {len(values)} rdfs:{what} statements; give one "
                           f"class or one [ owl:unionOf ( ... ) ] list")
            for value in values:
                self.class_expression(value, rid, what)
        is_event = any(_LAYERS.get(v) == "event" for v in layers)
        if is_event and not list(self.g.objects(node, KGO.goldstein)):
            self.warn("missing-goldstein", rid, "is an event relation without kgo:goldstein: its events "
                      "get no edge colour and count for nothing in cooperation-conflict scores; add the "
                      "weight of its CAMEO code (-10 .. +10)")
        if not any(True for p in _CUE_PREDICATES for _ in self.g.objects(node, p)):
            self.warn("no-cues", rid, "has no kgo:verbCue or kgo:nounCue, so the extractor never finds it")
        participant = list(self.g.objects(node, KGO.participantPreposition))
        if participant and (node, RDF.type, OWL.SymmetricProperty) not in self.g:
            self.error("participant-preposition", rid, "has kgo:participantPreposition but is not an "
                       "owl:SymmetricProperty; participant prepositions name both sides, which only fits "
                       "symmetric relations")

    def class_expression(self, value, rid: str, what: str) -> tuple[str, ...] | None:
        if isinstance(value, URIRef):
            local = _local(value)
            if local is not None and local in self.known_classes:
                return (local,)
            shown = f"kgo:{local}" if local is not None else f"<{value}>"
            self.error("undeclared-class", rid, (
                f"rdfs:{what} {shown} is not a declared actor or place class; use one of "
                f"{', '.join(sorted(self.known_classes))}, or declare it here (a owl:Class ; "
                f"rdfs:subClassOf kgo:Actor)"))
            return None
        if isinstance(value, BNode):
            members = self.g.value(value, OWL.unionOf)
            if members is not None:
                out: list[str] = []
                for member in Collection(self.g, members):
                    found = self.class_expression(member, rid, what)
                    if found is None:
                        return None
                    out.extend(c for c in found if c not in out)
                return tuple(out)
        self.error("undeclared-class", rid, f"rdfs:{what} must be a class or [ owl:unionOf ( ... ) ] of "
                   f"classes; other class expressions are not supported")
        return None

    def cues(self, node: URIRef, rid: str) -> None:
        for pred in _CUE_PREDICATES:
            for value in self.g.objects(node, pred):
                qname = _kgo(pred)
                if not isinstance(value, Literal):
                    self.error("bad-cue", rid, f"{qname} {value.n3()} must be a string of lemmas")
                    continue
                lemmas = str(value).lower().split()
                if not lemmas:
                    self.error("empty-cue", rid, f'empty {qname} ""; give one or more lemmas, or remove it')
                for lemma in lemmas:
                    if "-" in lemma.strip("-") and len(lemma) > 1:
                        self.error("hyphenated-cue", rid, (
                            f"{qname} {str(value)!r}: spaCy splits {lemma!r} at the hyphen, so it never "
                            f"matches; write {' '.join(lemma.replace('-', ' ').split())!r}"))

    def prepositions(self, node: URIRef, rid: str) -> None:
        found: dict[URIRef, set[str]] = {}
        for pred in _PREPOSITION_PREDICATES:
            for value in self.g.objects(node, pred):
                words = str(value).lower().split() if isinstance(value, Literal) else []
                if len(words) != 1:
                    self.error("bad-preposition", rid, f"{_kgo(pred)} {value.n3()} must be one "
                               f"preposition")
                    continue
                found.setdefault(pred, set()).add(words[0])
        existing = self.base.relations.get(rid)
        objects = found.get(KGO.objectPreposition, set()) | set(existing.object_prepositions if existing else ())
        agents = found.get(KGO.agentPreposition, set()) | set(existing.agent_prepositions if existing else ())
        for word in sorted(objects & agents):
            self.error("preposition-both-ways", rid, f"preposition {word!r} is both a kgo:objectPreposition "
                       f"and a kgo:agentPreposition; keep it in one list")

    def codes(self, node: URIRef, rid: str) -> None:
        for value in self.g.objects(node, KGO.cameoCode):
            text = str(value).strip()
            if not (isinstance(value, Literal) and _CAMEO.match(text)):
                self.error("bad-code", rid, f'kgo:cameoCode {value.n3()} is not a CAMEO code of 2 to 4 digits, '
                           f'quoted ("045")')
        values = [v for v in (_number(x) for x in self.g.objects(node, KGO.goldstein))]
        if any(v is None for v in values):
            self.error("bad-goldstein", rid, "kgo:goldstein must be a number from -10 to 10")
        numbers = sorted({v for v in values if v is not None})
        if len(numbers) > 1:
            self.error("bad-goldstein", rid, f"has {len(numbers)} kgo:goldstein values; keep one")
        for number in numbers:
            if not -10.0 <= number <= 10.0:
                self.error("bad-goldstein", rid, f"kgo:goldstein {number} is outside -10..10")

    # -- cues that can never fire -------------------------------------------- #

    def cue_overlaps(self, declared: list[URIRef]) -> None:
        """A cue equal to a cue of a relation loaded earlier never fires for this one."""
        owners: dict[tuple[str, tuple[str, ...]], str] = {}
        for rel in self.base.relations.values():
            for cue in rel.verb_cues:
                owners.setdefault(("verb", cue), rel.id)
            for cue in rel.noun_cues:
                owners.setdefault(("noun", cue), rel.id)
        subjects = list(declared) + [s for s in set(self.g.subjects(KGO.verbCue)) | set(self.g.subjects(KGO.nounCue))
                                     if s not in declared and _local(s) in self.base.relations]
        for node in sorted(subjects, key=str):
            rid = _local(node)
            for pred, kind in ((KGO.verbCue, "verb"), (KGO.nounCue, "noun")):
                for value in sorted(self.g.objects(node, pred), key=str):
                    cue = tuple(str(value).lower().split())
                    if not cue:
                        continue
                    owner = owners.setdefault((kind, cue), rid)
                    if owner != rid:
                        self.warn("shadowed-cue", rid, (
                            f"{kind} cue {' '.join(cue)!r} is already a cue of kgo:{owner}, which is "
                            f"loaded first and wins for the same cue, so it never yields kgo:{rid}; "
                            f"use a longer cue (a longer matching cue wins) or drop it"))


# --------------------------------------------------------------------------- #
# Helpers
# --------------------------------------------------------------------------- #

def _local(term: object) -> str | None:
    text = str(term)
    if isinstance(term, URIRef) and text.startswith(NAMESPACE) and len(text) > len(NAMESPACE):
        return text[len(NAMESPACE):]
    return None


def _kgo(term: object) -> str:
    local = _local(term)
    return f"kgo:{local}" if local is not None else f"<{term}>"


def _short(term: object) -> str:
    text = str(term)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1] or text


def _english(g: rdflib.Graph, node, pred) -> list[str]:
    values = [v for v in g.objects(node, pred) if isinstance(v, Literal)]
    return sorted({" ".join(str(v).split()) for v in values if (v.language or "en").lower().startswith("en")})


def _number(value) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _strip_code(message: str) -> str:
    return re.sub(r"^\[E\d+\]\s*", "", message)

