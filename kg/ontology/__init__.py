"""The ontology: relation types, actor classes and lexical cues, read from Turtle.

``core.ttl`` (next to this file) is the single source of truth for what the
extractor looks for. Nothing in the code lists relation ids, cue words or
NER-label mappings; they all come from the loaded graph. Users extend the
vocabulary with their own Turtle files, without touching code::

    @prefix kgo:  <https://w3id.org/geokg/ontology#> .
    @prefix owl:  <http://www.w3.org/2002/07/owl#> .
    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

    kgo:recognises a owl:ObjectProperty ;
        rdfs:label "recognises"@en ;
        kgo:layer kgo:EventLayer ;
        kgo:verbCue "recognise" , "recognize" ;
        kgo:nounCue "recognition" .

    kgo:meets-with kgo:verbCue "huddle" .      # more cues for a core relation

>>> onto = load_ontology(["my-relations.ttl"])          # doctest: +SKIP
>>> onto.relation("recognises").layer                   # doctest: +SKIP
'event'

Rules for extension files (checked on load; a broken file raises
:class:`~kg.errors.KGError`, naming the file and the relation):

* a relation is an ``owl:ObjectProperty`` in the ``kgo:`` namespace (other
  than the graph-model properties, typed ``kgo:GraphModelProperty``); its id
  is the IRI's local name;
* it needs one English ``rdfs:label`` and one ``kgo:layer``
  (``kgo:StandingLayer`` or ``kgo:EventLayer``);
* ``rdfs:domain`` / ``rdfs:range`` name declared actor or place classes, or an
  ``owl:unionOf`` list of them; they default to ``kgo:Actor``;
* a later file may add cues, prepositions and codes to a relation defined
  earlier, but may not change its layer, symmetry, domain, range, label,
  definition or Goldstein weight: define a new relation id instead;
* cues are non-empty, space-separated lemmas without hyphens (spaCy splits
  hyphenated words into several tokens). They are lower-cased on load.

Loading the core takes a few hundredths of a second and is done once per
process; extension files are parsed on every call, so that a notebook can edit
a file and rebuild.
"""
from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Union

import rdflib
from rdflib import OWL, RDF, RDFS, SKOS, BNode, Literal, URIRef
from rdflib.collection import Collection
from rdflib.util import guess_format

from kg.errors import Errors, KGError

__all__ = [
    "NAMESPACE",
    "CORE_PATH",
    "RelationType",
    "ActorClass",
    "ModalityCues",
    "Ontology",
    "load_ontology",
]

NAMESPACE = "https://w3id.org/geokg/ontology#"
CORE_PATH: Path = Path(__file__).resolve().with_name("core.ttl")

KGO = rdflib.Namespace(NAMESPACE)
_WIKIDATA_PROPERTY = re.compile(r"^P[1-9][0-9]*$")
_CAMEO = re.compile(r"^[0-9]{2,4}$")
_LAYERS = {KGO.StandingLayer: "standing", KGO.EventLayer: "event"}

# Predicates that only make sense on a relation: a subject that carries one of
# them but is not a declared relation is a typo or a forgotten declaration.
RELATION_ONLY_PREDICATES = (
    KGO.layer, KGO.verbCue, KGO.nounCue, KGO.objectPreposition, KGO.agentPreposition,
    KGO.participantPreposition, KGO.cameoCode, KGO.ploverCode, KGO.goldstein,
    KGO.wikidataProperty, KGO.wikidataInverseProperty, KGO.clausalObject, KGO.infinitivalObject,
    KGO.excludedModifier, KGO.capitalMetonymy, KGO.obligationMarker, KGO.conditionMarker, KGO.jointAct,
    KGO.cueOwnerObject, KGO.personObjectCue, KGO.peopleObject, KGO.reportedPredicate,
    KGO.thingObjectCue, KGO.locativeObject, KGO.modifierObject, KGO.cueConditionMarker, KGO.questionObject,
    KGO.weaponSubjectCue, KGO.forceSubjectCue, KGO.refusedActObject, KGO.refusalMarker, KGO.memberListCue,
    KGO.hostVerb, KGO.armedGroupObjectCue, KGO.bodyObjectCue, KGO.presenceRelation, KGO.bodyTitle, KGO.envoyTitle,
    KGO.bareCue, KGO.namingPredicate, KGO.undoes, KGO.infringedNoun, KGO.betweenPeopleCue,
)

PathLike = Union[str, Path]


# --------------------------------------------------------------------------- #
# Public data types
# --------------------------------------------------------------------------- #


@dataclass(frozen=True)
class RelationType:
    """One relation type, with everything the extractor and builder need.

    ``domain`` and ``range`` are class local names, unions expanded
    (``("Country", "Organization")``). Cues are tuples of lemmas:
    ``verb_cues`` start with the head verb, ``noun_cues`` end with the head
    noun. ``source`` is the file that declared the relation.
    ``participant_prepositions`` (symmetric relations only) introduce both
    sides ("talks between X and Y"); ``clausal_object`` says the object may be
    the subject of a cue verb's clausal complement ("alleged that X ...");
    ``infinitival_object`` that it may be the object of its infinitival
    complement ("threatened to expel X"); ``excluded_modifiers`` are lemmas
    that, modifying a noun cue, make it something else ("trade war");
    ``capital_metonymy`` says a capital city as the object stands for its
    country ("fired shells at Seoul" attacks South Korea); ``obligation_markers``
    are modal auxiliaries that, in a clause reported by a speech verb, make the
    speaker the subject and the clause's subject the object ("Russia said
    Israel must end the strikes" demands); ``joint_act`` says coordinated
    subjects of a symmetric relation are parties to each other as well ("A and
    B signed a deal with C"); ``condition_markers`` are conjunctions that, after
    a refusal, make the refuser the subject and the clause's subject the object
    ("Russia will not negotiate unless Ukraine withdraws" demands);
    ``cue_condition_markers`` do so on the relation's own verb cue ("threatened
    to strike if the US continues the drills" threatens the US);
    ``cue_owner_object`` says the owner of a verb cue's own noun is the object
    ("Iran rejected Netanyahu's accusations", "accusations by the US");
    ``person_object_cues`` are verbs that are cues only with a person as direct
    object and no object predicate ("called Putin on Tuesday" is a phone call,
    "called Putin a killer" is not); ``broader`` are the relations it is an
    ``rdfs:subPropertyOf`` (denies-accusations-by is a kind of rejects);
    ``people_object`` says a demonym names the country of the people acted on
    even when they are no state's agents ("freed 30 Palestinian prisoners");
    ``reported_predicates`` are adjectives or prepositions that, predicated of
    an actor in a clause reported by a speech verb, make the speaker the
    subject and that actor the object ("Kyiv said Moscow was behind the attack");
    ``thing_object_cues`` are (verb, preposition) pairs: the verb is a cue only
    with a direct object that names no actor, the object actor following the
    preposition ("returned two paintings to Brazil", not "returned to Kabul";
    "discussed security with Yoon"); ``locative_object`` says that, with no
    other object, the country the act takes place "in" is the object
    ("humanitarian assistance in Iraq"); ``question_object`` says that the
    subject of a "whether" clause is the object ("investigating whether Iran
    supplied the drones"); ``weapon_subject_cues`` are verbs that are cues only
    when their subject is a weapon or one of the relation's own nouns ("Russian
    missiles hit Kyiv", not "the US hit China with tariffs"); ``force_subject_cues``
    are verbs that are cues of the relation, and of no other, when their subject is
    a force (kgo:forceNoun: "US troops arrived in Nepal" deploys them, it is no
    visit); ``refused_act_object``
    says that refusing (with a verb cue of the relation that is also a negation
    verb) a cooperative act on an actor is this relation towards that actor
    ("Russia refused to join NATO" rejects NATO); ``member_list_cues`` are verbs whose
    organisation subject lists its members as objects ("the AES groups Mali, Burkina
    Faso and Niger": each is a member of it); ``infringed_nouns`` name what a
    wrong infringes, whose owner is its victim and not the relation's object
    ("condemned a violation of Qatar's sovereignty"); ``between_people_cues`` are
    other relations' cue words that state this relation between two people ("Duda
    clashed with Tusk" criticises); ``refusal_markers`` are modal
    auxiliaries that, negated on a cooperative act, state such a refusal ("Japan
    will not hold talks with China" rejects China); ``host_verbs`` are verbs whose
    guest, a person (the direct object, or the subject of the passive), is the
    subject and whose place after one of the relation's object prepositions is the
    object ("Mitsotakis hosted Erdogan in Athens", "Xi was received in Riyadh":
    each visits the place); ``armed_group_object_cues`` are verbs that are cues
    only with an armed group as the one acted on ("vowed to crush Boko Haram";
    "Spain crushed France" is a match or a vote); ``body_object_cues`` are verbs that
    are cues only with an international organisation as the one acted on, and a
    state or body acting ("Niger quit ECOWAS", "withdrew from the ICC"; a person
    who "left NATO" left a post); ``presence_relations`` are the
    relations (visits) that a participant who holds office in another state than
    the place has to the place the relation happens in ("Deby met Putin in
    Moscow": Deby visits Moscow); ``undoes`` are the relations whose noun cue
    inside one of this relation's verb cues does not hold ("halted its aid to
    Ukraine" cuts aid and gives none); ``body_titles`` are noun cues that name the
    head of an organisation, never of a country ("CIA Director William Burns";
    "British director Mike Leigh" leads nothing); ``envoy_titles`` are noun cues for
    those who serve abroad, whose state no context of the place or story tells
    ("Ambassador Jessica Svardstrom" in a story about Iraq is Sweden's).
    """

    id: str
    iri: str
    label: str
    definition: str
    layer: str  # "standing" | "event"
    symmetric: bool
    domain: tuple[str, ...]
    range: tuple[str, ...]
    cameo: tuple[str, ...]
    plover: tuple[str, ...]
    goldstein: float | None
    wikidata: tuple[str, ...]
    wikidata_inverse: tuple[str, ...]
    verb_cues: tuple[tuple[str, ...], ...]
    noun_cues: tuple[tuple[str, ...], ...]
    object_prepositions: tuple[str, ...]
    agent_prepositions: tuple[str, ...]
    source: str
    participant_prepositions: tuple[str, ...] = ()
    clausal_object: bool = False
    infinitival_object: bool = False
    excluded_modifiers: tuple[str, ...] = ()
    capital_metonymy: bool = False
    obligation_markers: tuple[str, ...] = ()
    joint_act: bool = False
    cue_owner_object: bool = False
    person_object_cues: tuple[str, ...] = ()
    member_list_cues: tuple[str, ...] = ()
    weapon_subject_cues: tuple[str, ...] = ()
    force_subject_cues: tuple[str, ...] = ()
    host_verbs: tuple[str, ...] = ()
    armed_group_object_cues: tuple[str, ...] = ()
    body_object_cues: tuple[str, ...] = ()
    presence_relations: tuple[str, ...] = ()
    undoes: tuple[str, ...] = ()
    body_titles: tuple[tuple[str, ...], ...] = ()
    envoy_titles: tuple[tuple[str, ...], ...] = ()
    # kgo:bareCue: verb cues that hold only on a verb with no clause or "for" phrase of its own ("called on
    # Modi"), and then in place of other relations' same cue ("called on Russia to withdraw" requests).
    bare_cues: tuple[tuple[str, ...], ...] = ()
    # kgo:namingPredicate: each is also a verb cue with every naming verb ("call unacceptable").
    naming_predicates: tuple[str, ...] = ()
    broader: tuple[str, ...] = ()
    people_object: bool = False
    reported_predicates: tuple[str, ...] = ()
    thing_object_cues: tuple[tuple[str, str], ...] = ()
    condition_markers: tuple[str, ...] = ()
    cue_condition_markers: tuple[str, ...] = ()
    locative_object: bool = False
    modifier_object: bool = False
    question_object: bool = False
    refused_act_object: bool = False
    refusal_markers: tuple[str, ...] = ()
    infringed_nouns: tuple[str, ...] = ()
    between_people_cues: tuple[str, ...] = ()


    @property
    def verbal(self) -> bool:
        """True if every CAMEO code is a verbal act (roots 01-05 and 09-13): said, not done.

        >>> from kg.ontology import load_ontology
        >>> relations = load_ontology().relations
        >>> relations["accuses"].verbal, relations["attacks"].verbal, relations["leader-of"].verbal
        (True, False, False)
        """
        roots = {code[:2] for code in self.cameo}
        return bool(roots) and all(1 <= int(r) <= 5 or 9 <= int(r) <= 13 for r in roots)

    @property
    def hostile(self) -> bool:
        """True if the relation's Goldstein weight is negative (conflict, not cooperation).

        >>> from kg.ontology import load_ontology
        >>> relations = load_ontology().relations
        >>> relations["accuses"].hostile, relations["praises"].hostile, relations["leader-of"].hostile
        (True, False, False)
        """
        return (self.goldstein or 0) < 0


@dataclass(frozen=True)
class ActorClass:
    """An actor or place class. ``parents`` are its direct ``kgo:`` superclasses."""

    id: str
    iri: str
    label: str
    parents: tuple[str, ...]
    ner_labels: tuple[str, ...]


@dataclass(frozen=True)
class ModalityCues:
    """Lemmas that change an assertion's modality or polarity.

    ``verbs`` maps a governing verb's or adjective's lemma to a modality
    (``"say" -> "reported"``, ``"ready" -> "intended"``); ``markers`` maps a
    function word's lemma to a modality (``"if" -> "hypothetical"``); ``nouns``
    maps a noun whose infinitive states the act to a modality (``"plan" ->
    "intended"``: "announced a plan to send troops"); ``concluding`` are verbs
    whose direct object is done, not planned (kgo:concludingVerb: "agreed a
    trade deal").
    """

    verbs: dict[str, str]
    markers: dict[str, str]
    negation_markers: frozenset[str]
    negation_verbs: frozenset[str]
    negation_prepositions: frozenset[str] = field(default=frozenset())
    modalities: tuple[str, ...] = field(default=())
    nouns: dict[str, str] = field(default_factory=dict)
    concluding: frozenset[str] = field(default=frozenset())


# --------------------------------------------------------------------------- #
# The ontology
# --------------------------------------------------------------------------- #


class Ontology:
    """The loaded, validated ontology. Build it with :func:`load_ontology`.

    ``agent_nouns`` are lemmas that, modified by a country's name or demonym,
    stand for that country ("North Korean troops"); other classes have their
    own (``agent_nouns_of("ArmedGroup")``: "Taliban fighters"); ``group_nouns`` maps a
    lemma that refers back to a group of actors ("both nations") to the kind
    of actor it accepts: the lower-cased class name ("country", "person"), or
    "any" for kgo:Actor.

    The object returned for the core alone is shared by every caller in the
    process: treat it, its dicts and its graph as read-only.
    """

    def __init__(
        self,
        graph: rdflib.Graph,
        files: tuple[str, ...],
        relations: dict[str, RelationType],
        classes: dict[str, ActorClass],
        modality: ModalityCues,
        ancestors: dict[str, frozenset[str]],
        ner_map: dict[str, str],
        agent_nouns_by_class: dict[str, frozenset[str]] | None = None,
        group_nouns: dict[str, str] | None = None,
        light_verbs: frozenset[str] = frozenset(),
        receiving_verbs: frozenset[str] = frozenset(),
        non_state_nouns: frozenset[str] = frozenset(),
        resident_nouns: frozenset[str] = frozenset(),
        representative_nouns: frozenset[str] = frozenset(),
        equipment_nouns: frozenset[str] = frozenset(),
        force_nouns: frozenset[str] = frozenset(),
        counterpart_nouns: frozenset[str] = frozenset(),
        epithet_nouns: frozenset[str] = frozenset(),
        leader_body_nouns: frozenset[str] = frozenset(),
        delegation_nouns: frozenset[str] = frozenset(),
        relative_nouns: frozenset[str] = frozenset(),
        succession_nouns: frozenset[str] = frozenset(),
        naming_verbs: frozenset[str] = frozenset(),
        act_nouns: frozenset[str] = frozenset(),
        decision_verbs: frozenset[str] = frozenset(),
        author_verbs: frozenset[str] = frozenset(),
        fixed_phrases: tuple[str, ...] = (),
    ) -> None:
        self.graph = graph
        self.files = files
        self.relations = relations
        self.classes = classes
        self.modality = modality
        self.agent_nouns_by_class = agent_nouns_by_class or {}
        self.group_nouns = group_nouns or {}
        self.light_verbs = light_verbs
        self.receiving_verbs = receiving_verbs
        self.non_state_nouns = non_state_nouns
        self.resident_nouns = resident_nouns
        self.representative_nouns = representative_nouns
        self.equipment_nouns = equipment_nouns
        self.force_nouns = force_nouns
        self.counterpart_nouns = counterpart_nouns
        self.epithet_nouns = epithet_nouns
        self.leader_body_nouns = leader_body_nouns
        # "Moscow's team was led by X": groups a state sends, whose leader is its official, not its head.
        self.delegation_nouns = delegation_nouns
        # "his wife Emine": a person the gazetteer lacks, named as a relative, is no actor.
        self.relative_nouns = relative_nouns
        # "his predecessor Joko Widodo": the person named held the office the owner holds.
        self.succession_nouns = succession_nouns
        # "called the raid a violation", "described X as corrupt": verbs whose predicate judges the object.
        self.naming_verbs = naming_verbs
        # "called the decision disproportionate": a noun for whatever act was last done to the speaker.
        self.act_nouns = act_nouns
        # "voted to authorise ... welcomed the vote": verbs by which an actor takes the decision an act noun names.
        self.decision_verbs = decision_verbs
        # "vetoed a U.S.-drafted resolution": verbs whose hyphenated actor owns the thing it wrote or put forward.
        self.author_verbs = author_verbs
        self.fixed_phrases = fixed_phrases
        self._ancestors = ancestors
        self._ner_map = ner_map
        self._verb_index: dict[str, list[tuple[RelationType, tuple[str, ...]]]] | None = None
        self._noun_index: dict[str, list[tuple[RelationType, tuple[str, ...]]]] | None = None
        self._by_cameo: dict[str, list[RelationType]] | None = None
        self._agent_nouns_cache: dict[str, frozenset[str]] = {}
        self.agent_nouns = self.agent_nouns_of("Country")

    def __repr__(self) -> str:
        return (f"<Ontology {len(self.relations)} relations, {len(self.classes)} classes, "
                f"{len(self.files)} file(s)>")

    # -- look-ups ----------------------------------------------------------- #

    def generalize(self, relation_id: str, allowed: Iterable[str]) -> str | None:
        """``relation_id`` if it is in ``allowed``, else its nearest rdfs:subPropertyOf ancestor
        there, else None: how a gold set written in the core vocabulary sees a finer relation.

        >>> onto = load_ontology()
        >>> onto.generalize("denies-accusations-by", {"rejects", "accuses"})
        'rejects'
        >>> onto.generalize("cuts-aid-to", {"rejects"}) is None
        True
        """
        allowed = set(allowed)
        if relation_id in allowed:
            return relation_id
        if relation_id not in self.relations:
            return None
        return next((r for r in _broader_closure(relation_id, self.relations) if r in allowed), None)

    def relation(self, id: str) -> RelationType:
        """The relation with this id (or full IRI); a KGError lists the valid ids."""
        key = _local_name(id) if id.startswith(NAMESPACE) else id
        if key.startswith("kgo:"):
            key = key[4:]
        try:
            return self.relations[key]
        except KeyError:
            pass
        close = [rid for rid in self.relations if key and rid.startswith(key)][:1]
        close = close or difflib.get_close_matches(key, list(self.relations), n=1)
        hint = f" Did you mean {close[0]!r}?" if close else ""
        raise KGError(
            Errors.E203, path=self._files_label(), relation=id,
            problem=(f"unknown relation id.{hint} Valid ids: "
                     + ", ".join(sorted(self.relations))),
        )

    def is_a(self, cls: str, ancestor: str) -> bool:
        """True if ``cls`` is ``ancestor`` or a (transitive) subclass of it.

        Both are local names (``"Country"``) or full IRIs.
        """
        cls, ancestor = _local_name(cls), _local_name(ancestor)
        return cls == ancestor or ancestor in self._ancestors.get(cls, ())

    def non_state_modified(self, head_lemma: str, modifier_lemmas: Iterable[str]) -> bool:
        """True if a modifier makes the noun phrase non-state people: "Syrian rebel soldiers", not "a
        Russian fighter jet" (kgo:equipmentNoun: "fighter" names the jet's type).

        >>> from kg.ontology import load_ontology
        >>> onto = load_ontology()
        >>> onto.non_state_modified("soldier", ["rebel"]), onto.non_state_modified("jet", ["fighter"])
        (True, False)
        """
        return head_lemma not in self.equipment_nouns and any(m in self.non_state_nouns for m in modifier_lemmas)

    def agent_nouns_of(self, cls: str) -> frozenset[str]:
        """Agent-noun lemmas declared on ``cls`` or any of its ancestors.

        >>> nouns = load_ontology().agent_nouns_of("ArmedGroup")
        >>> "fighter" in nouns, "negotiator" in nouns  # its own, and those of any organisation
        (True, True)
        """
        cls = _local_name(cls)
        cached = self._agent_nouns_cache.get(cls)
        if cached is None:
            names = (cls, *self._ancestors.get(cls, ()))
            cached = frozenset().union(*(self.agent_nouns_by_class.get(name, frozenset()) for name in names))
            self._agent_nouns_cache[cls] = cached
        return cached

    def class_for_ner_label(self, label: str) -> str | None:
        """The class a spaCy NER label maps to (``"GPE"`` -> ``"Country"``), or None."""
        return self._ner_map.get(label.upper())

    def verb_cue_index(self) -> dict[str, list[tuple[RelationType, tuple[str, ...]]]]:
        """Head verb lemma -> ``(relation, cue)`` pairs, longest cue first.

        Ties keep relation order, so the result is deterministic.
        """
        if self._verb_index is None:
            self._verb_index = self._cue_index(lambda rel: rel.verb_cues, head=0)
        return {head: list(pairs) for head, pairs in self._verb_index.items()}

    def noun_cue_index(self) -> dict[str, list[tuple[RelationType, tuple[str, ...]]]]:
        """Head noun lemma (the cue's last lemma) -> ``(relation, cue)`` pairs, longest first."""
        if self._noun_index is None:
            self._noun_index = self._cue_index(lambda rel: rel.noun_cues, head=-1)
        return {head: list(pairs) for head, pairs in self._noun_index.items()}

    def relations_by_cameo(self, code: str) -> list[RelationType]:
        """Relations for a CAMEO code, by longest-prefix match.

        The code itself is tried first, then ever shorter prefixes; the first
        prefix that some relation lists wins, and all relations listing it are
        returned (in relation order). So "0431" finds nothing at "0431", "043"
        or "04" and returns ``[]``; "0521" falls back to the root "05"
        (supports); "195" falls back to "19" (attacks, fights); "190" matches
        attacks exactly. Matching only goes up the CAMEO hierarchy, never
        down: "04" does not return meets-with (040), because a root is broader
        than any of its base codes.
        """
        if self._by_cameo is None:
            table: dict[str, list[RelationType]] = {}
            for rel in self.relations.values():
                for c in rel.cameo:
                    table.setdefault(c, []).append(rel)
            self._by_cameo = table
        code = str(code).strip()
        for end in range(len(code), 0, -1):
            found = self._by_cameo.get(code[:end])
            if found:
                return list(found)
        return []

    # -- helpers ------------------------------------------------------------ #

    def _cue_index(self, cues_of, head: int) -> dict[str, list[tuple[RelationType, tuple[str, ...]]]]:
        order = {rid: i for i, rid in enumerate(self.relations)}
        index: dict[str, list[tuple[RelationType, tuple[str, ...]]]] = {}
        for rel in self.relations.values():
            for cue in cues_of(rel):
                index.setdefault(cue[head], []).append((rel, cue))
        for pairs in index.values():
            pairs.sort(key=lambda pair: (-len(pair[1]), order[pair[0].id]))
        return index

    def _files_label(self) -> str:
        return ", ".join(Path(f).name for f in self.files)


# --------------------------------------------------------------------------- #
# Loading
# --------------------------------------------------------------------------- #


def load_ontology(extra: Sequence[PathLike] | PathLike = ()) -> Ontology:
    """Load the core ontology plus any extension files, validated and composed.

    ``extra`` is a sequence of Turtle files (a single path is accepted too;
    a directory stands for the ``*.ttl`` files in it, in name order). With
    no extensions the cached core ontology is returned.

    Errors (:class:`~kg.errors.KGError`): E202 a file does not exist; E201 a
    file is not valid Turtle (with the line); E203 a relation is invalid.
    """
    paths = _expand_paths(extra)
    if not paths:
        return _core_ontology()
    parts = [(str(CORE_PATH), _core_graph())]
    parts += [(str(p), _parse(p)) for p in paths]
    merged = rdflib.Graph()
    _bind_prefixes(merged)
    for _, g in parts:
        for triple in g:
            merged.add(triple)
    return _build(parts, merged)


@lru_cache(maxsize=1)
def _core_graph() -> rdflib.Graph:
    if not CORE_PATH.is_file():  # only if the package is broken
        raise KGError(Errors.E202, path=str(CORE_PATH))
    return _parse(CORE_PATH)


@lru_cache(maxsize=1)
def _core_ontology() -> Ontology:
    graph = _core_graph()
    return _build([(str(CORE_PATH), graph)], graph)


def _expand_paths(extra: Sequence[PathLike] | PathLike) -> list[Path]:
    if isinstance(extra, (str, Path)):
        extra = [extra]
    paths: list[Path] = []
    for item in extra:
        path = Path(item).expanduser()
        if path.is_dir():
            found = sorted(path.glob("*.ttl"))
            if not found:
                raise KGError(Errors.E202, path=f"{path}{'/' if not str(path).endswith('/') else ''}*.ttl")
            paths.extend(found)
        elif path.is_file():
            paths.append(path)
        else:
            raise KGError(Errors.E202, path=str(item))
    return paths


def _parse(path: Path) -> rdflib.Graph:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        detail = f"not valid UTF-8 ({err.reason} at byte {err.start})"
        raise KGError(Errors.E201, path=str(path), detail=detail) from None
    except OSError as err:
        raise KGError(Errors.E202, path=f"{path} ({err.strerror})") from None
    fmt = guess_format(str(path)) or "turtle"
    graph = rdflib.Graph()
    try:
        graph.parse(data=text, format=fmt, publicID=path.resolve().as_uri())
    except Exception as err:  # rdflib raises BadSyntax, ValueError, ...
        raise KGError(Errors.E201, path=str(path), detail=_syntax_detail(err, text)) from None
    return graph


def _syntax_detail(err: Exception, text: str) -> str:
    """'line 12: expected '.' ... (near: kgo:x ...)' from an rdflib parse error."""
    why = getattr(err, "_why", None)
    lines = getattr(err, "lines", None)
    if isinstance(lines, int):
        line_no = lines + 1  # BadSyntax counts lines from 0
        src = text.splitlines()
        near = src[line_no - 1].strip() if 0 < line_no <= len(src) else ""
        detail = f"line {line_no}: {why or 'bad syntax'}"
        return f"{detail} (near: {near[:80]})" if near else detail
    message = " ".join(str(err).split())
    return message[:300] or type(err).__name__


def _bind_prefixes(graph: rdflib.Graph) -> None:
    graph.bind("kgo", KGO)
    graph.bind("skos", SKOS)
    graph.bind("prov", rdflib.Namespace("http://www.w3.org/ns/prov#"))
    graph.bind("wdt", rdflib.Namespace("http://www.wikidata.org/prop/direct/"))


# --------------------------------------------------------------------------- #
# Building and validation
# --------------------------------------------------------------------------- #


def _local_name(iri: object) -> str:
    text = str(iri)
    if text.startswith(NAMESPACE):
        return text[len(NAMESPACE):]
    return text


def _in_namespace(term: object) -> bool:
    return isinstance(term, URIRef) and str(term).startswith(NAMESPACE) and len(term) > len(NAMESPACE)


class _Builder:
    """Reads one composed graph; knows which file each triple came from."""

    def __init__(self, parts: list[tuple[str, rdflib.Graph]], merged: rdflib.Graph) -> None:
        self.parts = parts
        self.g = merged

    # -- provenance of triples ---------------------------------------------- #

    def files_with(self, s, p, o=None) -> list[str]:
        return [path for path, g in self.parts if (s, p, o) in g]

    def last_file_with(self, s, p, o=None) -> str:
        found = self.files_with(s, p, o)
        return found[-1] if found else self.parts[-1][0]

    def last_file_with_any(self, s, predicates, o=None) -> str:
        found = {path for p in predicates for path in self.files_with(s, p, o)}
        latest = [path for path, _ in self.parts if path in found]
        return latest[-1] if latest else self.parts[-1][0]

    def error(self, path: str, rel: str, problem: str) -> KGError:
        return KGError(Errors.E203, path=path, relation=rel, problem=problem)

    @functools.cached_property
    def naming_verbs(self) -> tuple[str, ...]:
        """The kgo:namingVerb lemmas of all files, sorted: the verbs a kgo:namingPredicate combines with."""
        return tuple(sorted(self.lemma_list(KGO.namingVerb, "kgo:namingVerb")))

    # -- classes ------------------------------------------------------------ #

    def classes(self) -> tuple[dict[str, ActorClass], dict[str, frozenset[str]], dict[str, str]]:
        g = self.g
        candidates: list[URIRef] = []
        seen: set[URIRef] = set()
        for _, part in self.parts:
            for s in list(part.subjects(RDF.type, OWL.Class)) + list(part.subjects(RDFS.subClassOf, None)):
                if _in_namespace(s) and s not in seen:
                    seen.add(s)
                    candidates.append(s)
        parents = {
            _local_name(c): tuple(sorted({
                _local_name(p) for p in g.objects(c, RDFS.subClassOf) if _in_namespace(p)
            }))
            for c in candidates
        }
        ancestors: dict[str, frozenset[str]] = {}
        for name in parents:
            found: set[str] = set()
            stack = list(parents[name])
            while stack:
                parent = stack.pop()
                if parent not in found:
                    found.add(parent)
                    stack.extend(parents.get(parent, ()))
            found.discard(name)
            ancestors[name] = frozenset(found)

        actor_classes: dict[str, ActorClass] = {}
        ner_map: dict[str, str] = {}
        ner_claims: list[tuple[int, str, str]] = []  # (file index, label, class)
        for c in candidates:
            name = _local_name(c)
            if not ({name} | ancestors[name]) & {"Actor", "Place"}:
                continue
            ner = tuple(dict.fromkeys(str(v).strip().upper() for v in g.objects(c, KGO.nerLabel)
                                      if isinstance(v, Literal) and str(v).strip()))
            actor_classes[name] = ActorClass(
                id=name, iri=str(c), label=self.label(c) or name, parents=parents[name], ner_labels=ner,
            )
            for label in ner:
                files = self.files_with(c, KGO.nerLabel, None)
                index = max((i for i, (path, _) in enumerate(self.parts) if path in files), default=0)
                ner_claims.append((index, label, name))
        # A later file may re-map a NER label; within one file the more specific class wins.
        for _, label, name in sorted(ner_claims, key=lambda t: (t[0], len(ancestors[t[2]]))):
            ner_map[label] = name
        return actor_classes, ancestors, ner_map

    def actor_nouns(self, actor_classes: dict[str, ActorClass],
                    ancestors: dict[str, frozenset[str]]) -> tuple[dict[str, frozenset[str]], dict[str, str]]:
        """Agent nouns per class (as declared), and group nouns with the kind of actor each accepts.

        A later file may re-map a group noun; within a file the more specific
        class wins.
        """
        agents: dict[str, set[str]] = {}
        groups: dict[str, str] = {}
        by_specificity = sorted(actor_classes, key=lambda name: len(ancestors.get(name, ())))
        for path, part in self.parts:
            for name in by_specificity:
                node = URIRef(actor_classes[name].iri)
                for value in part.objects(node, KGO.agentNoun):
                    agents.setdefault(name, set()).update(self._single_lemmas(value, path, name, "kgo:agentNoun"))
                kind = "any" if name == "Actor" else name.lower()
                for value in part.objects(node, KGO.groupNoun):
                    for lemma in self._single_lemmas(value, path, name, "kgo:groupNoun"):
                        groups[lemma] = kind
        return {name: frozenset(nouns) for name, nouns in agents.items()}, groups

    def lemma_list(self, prop: URIRef, name: str) -> frozenset[str]:
        """All single-lemma values of ``prop`` anywhere in the files (light verbs, non-state nouns)."""
        lemmas: set[str] = set()
        for path, part in self.parts:
            for subject, value in part.subject_objects(prop):
                lemmas.update(self._single_lemmas(value, path, _local_name(subject), name))
        return frozenset(lemmas)

    def phrase_list(self, prop: URIRef, name: str) -> tuple[str, ...]:
        """All multiword values of ``prop`` anywhere in the files, lower case, sorted (fixed phrases)."""
        phrases: set[str] = set()
        for path, part in self.parts:
            for subject, value in part.subject_objects(prop):
                words = str(value).lower().split() if isinstance(value, Literal) else []
                if len(words) < 2:
                    raise self.error(path, _local_name(subject), f"{name} {value.n3()} must have two words or more")
                phrases.add(" ".join(words))
        return tuple(sorted(phrases))

    # -- literals ----------------------------------------------------------- #

    def english(self, s, p) -> list[str]:
        values = [v for v in self.g.objects(s, p) if isinstance(v, Literal)]
        chosen = [v for v in values if (v.language or "en").lower().startswith("en")]
        return sorted({" ".join(str(v).split()) for v in chosen})

    def label(self, s) -> str | None:
        labels = self.english(s, RDFS.label)
        return labels[0] if labels else None

    # -- relations ---------------------------------------------------------- #

    def relation_subjects(self) -> list[tuple[URIRef, str]]:
        """Relation IRIs in load order, each with the file that declared it."""
        g = self.g
        out: dict[URIRef, str] = {}
        for path, part in self.parts:
            for kind in (OWL.ObjectProperty, OWL.SymmetricProperty):
                for s in part.subjects(RDF.type, kind):
                    if s in out or (s, RDF.type, KGO.GraphModelProperty) in g:
                        continue
                    if _in_namespace(s):
                        out[s] = path
                    elif (s, KGO.layer, None) in g:
                        raise self.error(path, _short(s), (
                            f"relations must be in the kgo: namespace <{NAMESPACE}>; "
                            f"write kgo:{_short(s)} instead of <{s}>"))
        # Cues or codes on something that is neither a declared relation nor a
        # modality / negation individual: a typo or a forgotten declaration.
        cue_holders = set(g.subjects(RDF.type, KGO.Modality)) | {KGO.Negation}
        known = [_local_name(r) for r in out] + [_local_name(h) for h in cue_holders]
        modality_only = (KGO.markerCue, KGO.adjectiveCue, KGO.concludingVerb)
        for pred in RELATION_ONLY_PREDICATES + modality_only:
            for s in g.subjects(pred, None):
                if s in cue_holders or (s in out and pred not in modality_only):
                    continue
                path = self.last_file_with(s, pred)
                hint = difflib.get_close_matches(_local_name(s), known, n=1)
                extra = f" (did you mean kgo:{hint[0]}?)" if hint else ""
                if pred in modality_only:
                    problem = (f"has {self.g.qname(pred)} but is neither a kgo:Modality individual nor "
                               f"kgo:Negation{extra}")
                else:
                    problem = (f"has {self.g.qname(pred)} but is not declared as an owl:ObjectProperty"
                               f"{extra}; declare it with 'a owl:ObjectProperty' or fix the name")
                raise self.error(path, _local_name(s) if _in_namespace(s) else str(s), problem)
        return list(out.items())

    def relation(self, s: URIRef, defined_in: str, actor_classes: dict[str, ActorClass]) -> RelationType:
        rid = _local_name(s)
        g = self.g

        def fail(problem: str, path: str = defined_in) -> KGError:
            return self.error(path, rid, problem)

        # label and definition: exactly one / at most one English value
        labels = self.english(s, RDFS.label)
        if not labels:
            raise fail('has no rdfs:label; add rdfs:label "..."@en')
        if len(labels) > 1:
            shown = ", ".join(map(repr, labels))
            raise fail(f"has {len(labels)} English rdfs:label values ({shown}); keep one",
                       self.last_file_with(s, RDFS.label))
        definitions = self.english(s, SKOS.definition)
        if len(definitions) > 1:
            raise fail(f"has {len(definitions)} English skos:definition values; keep one",
                       self.last_file_with(s, SKOS.definition))

        # layer
        layers = list(dict.fromkeys(g.objects(s, KGO.layer)))
        if not layers:
            raise fail("has no kgo:layer; add 'kgo:layer kgo:EventLayer' or 'kgo:layer kgo:StandingLayer'")
        for value in layers:
            if value not in _LAYERS:
                shown = f'"{value}"' if isinstance(value, Literal) else _short(value)
                raise fail(f"kgo:layer {shown} is not a layer; use kgo:EventLayer or kgo:StandingLayer",
                           self.last_file_with(s, KGO.layer, value))
        if len(layers) > 1:
            first = self._defined_value(s, KGO.layer, defined_in, layers)
            other = next(v for v in layers if v != first)
            blamed = self.last_file_with(s, KGO.layer, other)
            if blamed == defined_in:
                raise fail("has two kgo:layer values; a relation belongs to one layer")
            raise fail(
                f"redefines the layer of a relation declared in {defined_in} "
                f"({_LAYERS[first]!r} -> {_LAYERS[other]!r}); a later file may add cues but not change "
                f"the layer or symmetry: define a new relation id instead", blamed)
        layer = _LAYERS[layers[0]]

        # symmetry may only be declared by the defining file
        symmetric = (s, RDF.type, OWL.SymmetricProperty) in g
        if symmetric:
            declaring = self.files_with(s, RDF.type, OWL.SymmetricProperty)
            if defined_in not in declaring:
                raise fail(
                    f"declares as symmetric a relation that {defined_in} defines as not symmetric; "
                    f"a later file may add cues but not change the layer or symmetry: define a new "
                    f"relation id instead", declaring[0])

        # label / definition / goldstein / domain / range may not be redefined by later files
        domain = self.class_list(s, RDFS.domain, defined_in, actor_classes, rid)
        range_ = self.class_list(s, RDFS.range, defined_in, actor_classes, rid)

        cameo = tuple(self.codes(s, KGO.cameoCode, rid, _CAMEO,
                                 'a CAMEO code of 2 to 4 digits, quoted ("040")'))
        plover = tuple(v.upper() for v in self.codes(s, KGO.ploverCode, rid, None, "a PLOVER type"))
        goldstein = self.goldstein(s, rid)
        wikidata = self.wikidata(s, KGO.wikidataProperty, rid)
        wikidata_inverse = self.wikidata(s, KGO.wikidataInverseProperty, rid)

        verb_cues = self.cues(s, KGO.verbCue, rid)
        naming_predicates = self.cues(s, KGO.namingPredicate, rid)
        if naming_predicates:
            if len(stray := max(naming_predicates, key=len)) > 1:
                raise fail(f"kgo:namingPredicate {' '.join(stray)!r} must be one lemma; a naming verb's "
                           "predicate is one word", self.last_file_with(s, KGO.namingPredicate))
            # "call violation", "describe violation", ...: the extractor reads the predicate wherever a
            # naming verb puts it (object predicate, "as" object, or their modifier).
            verb_cues += tuple(cue for (word,) in naming_predicates for verb in self.naming_verbs
                               if (cue := (verb, word)) not in verb_cues)
        noun_cues = self.cues(s, KGO.nounCue, rid)
        bare_cues = self.cues(s, KGO.bareCue, rid)
        body_titles = self.cues(s, KGO.bodyTitle, rid)
        envoy_titles = self.cues(s, KGO.envoyTitle, rid)
        # Each of these picks out some of the relation's own cues.
        for prop, chosen, kind, cues in ((KGO.bareCue, bare_cues, "kgo:verbCue", verb_cues),
                                         (KGO.bodyTitle, body_titles, "kgo:nounCue", noun_cues),
                                         (KGO.envoyTitle, envoy_titles, "kgo:nounCue", noun_cues)):
            if set(chosen) - set(cues):
                stray = " ".join(sorted(set(chosen) - set(cues))[0])
                raise fail(f"kgo:{_local_name(prop)} {stray!r} is no {kind} of the relation; add it as one or "
                           "remove it", self.last_file_with(s, prop))
        object_preps = self.prepositions(s, KGO.objectPreposition, rid)
        agent_preps = self.prepositions(s, KGO.agentPreposition, rid)
        participant_preps = self.prepositions(s, KGO.participantPreposition, rid)

        def single_lemmas(prop: URIRef) -> tuple[str, ...]:
            """The relation's one-word values of ``prop``, from every file, in load order."""
            name = f"kgo:{_local_name(prop)}"
            return tuple(dict.fromkeys(lemma for path, part in self.parts for value in part.objects(s, prop)
                                       for lemma in self._single_lemmas(value, path, rid, name)))

        excluded = single_lemmas(KGO.excludedModifier)  # "trade" in "trade war"
        obligations = single_lemmas(KGO.obligationMarker)  # "must"
        refusals = single_lemmas(KGO.refusalMarker)  # "will" (not)
        infringed = single_lemmas(KGO.infringedNoun)  # "sovereignty" (a violation of Qatar's)
        between_people = single_lemmas(KGO.betweenPeopleCue)  # "clash" (Duda clashed with Tusk)
        conditions = single_lemmas(KGO.conditionMarker)  # "until", "unless"
        cue_conditions = single_lemmas(KGO.cueConditionMarker)  # "if" (threatened to strike if ...)
        person_object_cues = single_lemmas(KGO.personObjectCue)  # "call" (a phone call)
        member_list_cues = single_lemmas(KGO.memberListCue)  # "group" ("the AES groups Mali and Niger")
        weapon_subject_cues = single_lemmas(KGO.weaponSubjectCue)  # "hit" ("Russian missiles hit Kyiv")
        force_subject_cues = single_lemmas(KGO.forceSubjectCue)  # "arrive" ("US troops arrived in Nepal")
        host_verbs = single_lemmas(KGO.hostVerb)  # "host" ("hosted Erdogan in Athens": a visit)
        armed_group_object_cues = single_lemmas(KGO.armedGroupObjectCue)  # "crush" ("to crush Boko Haram")
        body_object_cues = single_lemmas(KGO.bodyObjectCue)  # "quit" ("Niger quit ECOWAS")
        reported_predicates = single_lemmas(KGO.reportedPredicate)  # "responsible", "behind"
        thing_object_cues = tuple(dict.fromkeys(  # "return to" (property handed back)
            self._verb_preposition(value, path, rid, "kgo:thingObjectCue")
            for path, part in self.parts for value in part.objects(s, KGO.thingObjectCue)))
        both = sorted(set(object_preps) & set(agent_preps))
        if both:
            raise fail(f"preposition {both[0]!r} is both a kgo:objectPreposition and a kgo:agentPreposition; "
                       f"keep it in one list", self.last_file_with_any(
                           s, (KGO.objectPreposition, KGO.agentPreposition), Literal(both[0])))
        if participant_preps and not symmetric:
            raise fail("has kgo:participantPreposition but is not an owl:SymmetricProperty; "
                       "participant prepositions name both sides, which only fits symmetric relations",
                       self.last_file_with(s, KGO.participantPreposition))

        def flag(prop: URIRef, name: str) -> bool:
            values = set()
            for value in g.objects(s, prop):
                if not (isinstance(value, Literal) and isinstance(value.toPython(), bool)):
                    raise fail(f"{name} {value.n3()} must be true or false", self.last_file_with(s, prop, value))
                values.add(value.toPython())
            if len(values) > 1:
                raise fail(f"has both {name} true and false; keep one", self.last_file_with(s, prop))
            return values == {True}

        joint_act = flag(KGO.jointAct, "kgo:jointAct")
        if joint_act and not symmetric:
            raise fail("has kgo:jointAct true but is not an owl:SymmetricProperty; only the parties of a "
                       "symmetric relation act jointly", self.last_file_with(s, KGO.jointAct))
        return RelationType(
            id=rid, iri=str(s), label=labels[0], definition=definitions[0] if definitions else "",
            layer=layer, symmetric=symmetric, domain=domain, range=range_,
            cameo=cameo, plover=plover, goldstein=goldstein,
            wikidata=wikidata, wikidata_inverse=wikidata_inverse,
            verb_cues=verb_cues, noun_cues=noun_cues,
            object_prepositions=object_preps, agent_prepositions=agent_preps,
            source=defined_in, participant_prepositions=participant_preps,
            clausal_object=flag(KGO.clausalObject, "kgo:clausalObject"),
            infinitival_object=flag(KGO.infinitivalObject, "kgo:infinitivalObject"),
            capital_metonymy=flag(KGO.capitalMetonymy, "kgo:capitalMetonymy"),
            joint_act=joint_act,
            cue_owner_object=flag(KGO.cueOwnerObject, "kgo:cueOwnerObject"),
            person_object_cues=person_object_cues,
            member_list_cues=member_list_cues,
            weapon_subject_cues=weapon_subject_cues,
            force_subject_cues=force_subject_cues,
            host_verbs=host_verbs,
            armed_group_object_cues=armed_group_object_cues,
            body_object_cues=body_object_cues,
            body_titles=body_titles,
            envoy_titles=envoy_titles,
            bare_cues=bare_cues,
            naming_predicates=tuple(word for (word,) in naming_predicates),
            people_object=flag(KGO.peopleObject, "kgo:peopleObject"),
            locative_object=flag(KGO.locativeObject, "kgo:locativeObject"),
            modifier_object=flag(KGO.modifierObject, "kgo:modifierObject"),
            question_object=flag(KGO.questionObject, "kgo:questionObject"),
            refused_act_object=flag(KGO.refusedActObject, "kgo:refusedActObject"),
            reported_predicates=reported_predicates,
            thing_object_cues=thing_object_cues,
            broader=tuple(sorted({_local_name(o) for o in g.objects(s, RDFS.subPropertyOf) if _in_namespace(o)})),
            presence_relations=tuple(sorted({_local_name(o) for o in g.objects(s, KGO.presenceRelation)
                                             if _in_namespace(o)})),
            undoes=tuple(sorted({_local_name(o) for o in g.objects(s, KGO.undoes) if _in_namespace(o)})),
            excluded_modifiers=excluded,
            obligation_markers=obligations,
            refusal_markers=refusals,
            infringed_nouns=infringed,
            between_people_cues=between_people,
            condition_markers=conditions,
            cue_condition_markers=cue_conditions,
        )

    def _defined_value(self, s, p, defined_in: str, values: list) -> object:
        for value in values:
            if defined_in in self.files_with(s, p, value):
                return value
        return values[0]

    def class_list(self, s, p, defined_in: str, actor_classes: dict[str, ActorClass],
                   rid: str) -> tuple[str, ...]:
        name = "domain" if p == RDFS.domain else "range"
        expansions: dict[tuple[str, ...], str] = {}
        for path, part in self.parts:
            for value in part.objects(s, p):
                expansions.setdefault(self._expand_class(value, path, rid, name, actor_classes), path)
        if not expansions:
            return ("Actor",)
        if len(expansions) > 1:
            ordered = list(expansions.items())
            first = next((cls for cls, path in ordered if path == defined_in), ordered[0][0])
            other, path = next((cls, path) for cls, path in ordered if cls != first)
            if path == defined_in:
                problem = (f"has {len(expansions)} rdfs:{name} statements; give one class or one "
                           f"owl:unionOf list")
            else:
                problem = (f"redefines the {name} of a relation declared in {defined_in} "
                           f"({'|'.join(first)} -> {'|'.join(other)}); define a new relation id instead")
            raise self.error(path, rid, problem)
        return next(iter(expansions))

    def _expand_class(self, value, path: str, rid: str, name: str,
                      actor_classes: dict[str, ActorClass]) -> tuple[str, ...]:
        if isinstance(value, URIRef):
            local = _local_name(value)
            if _in_namespace(value) and local in actor_classes:
                return (local,)
            shown = f"kgo:{local}" if _in_namespace(value) else f"<{value}>"
            raise self.error(path, rid, (
                f"rdfs:{name} {shown} is not a declared actor or place class; declare it "
                f"(a owl:Class ; rdfs:subClassOf kgo:Actor) or use one of: "
                + ", ".join(sorted(actor_classes))))
        if isinstance(value, BNode):
            members = self.g.value(value, OWL.unionOf)
            if members is not None:
                out: list[str] = []
                for member in Collection(self.g, members):
                    for cls in self._expand_class(member, path, rid, name, actor_classes):
                        if cls not in out:
                            out.append(cls)
                if out:
                    return tuple(out)
        raise self.error(path, rid, (
            f"rdfs:{name} must be a class or [ owl:unionOf ( ... ) ] of classes; "
            f"other class expressions are not supported"))

    def codes(self, s, p, rid: str, pattern: re.Pattern | None, what: str) -> list[str]:
        out: list[str] = []
        for value in self.g.objects(s, p):
            text = str(value).strip()
            ok = isinstance(value, Literal) and text and (
                value.datatype is None or value.datatype == rdflib.XSD.string)
            if ok and pattern is not None:
                ok = bool(pattern.match(text))
            if not ok:
                raise self.error(self.last_file_with(s, p, value), rid,
                                 f"{self.g.qname(p)} {value.n3()} is not {what}")
            if text not in out:
                out.append(text)
        return sorted(out)

    def goldstein(self, s, rid: str) -> float | None:
        values = sorted({float(v) for v in self._numbers(s, KGO.goldstein, rid)})
        if len(values) > 1:
            raise self.error(self.last_file_with(s, KGO.goldstein), rid,
                             f"has {len(values)} kgo:goldstein values "
                             f"({', '.join(map(str, values))}); keep one")
        if values and not -10.0 <= values[0] <= 10.0:
            raise self.error(self.last_file_with(s, KGO.goldstein), rid,
                             f"kgo:goldstein {values[0]} is outside -10..10")
        return values[0] if values else None

    def _numbers(self, s, p, rid: str) -> Iterable[float]:
        for value in self.g.objects(s, p):
            try:
                yield float(value)
            except (TypeError, ValueError):
                raise self.error(self.last_file_with(s, p, value), rid,
                                 f"kgo:goldstein {value.n3()} is not a number") from None

    def wikidata(self, s, p, rid: str) -> tuple[str, ...]:
        out: list[str] = []
        for value in self.g.objects(s, p):
            pid = str(value).rstrip("/").rsplit("/", 1)[-1].strip()
            if not _WIKIDATA_PROPERTY.match(pid):
                raise self.error(self.last_file_with(s, p, value), rid,
                                 f"{self.g.qname(p)} {value.n3()} is not a Wikidata property "
                                 f"(use wdt:P463, i.e. <http://www.wikidata.org/prop/direct/P463>)")
            if pid not in out:
                out.append(pid)
        return tuple(out)

    def cues(self, s, p, rid: str) -> tuple[tuple[str, ...], ...]:
        out: list[tuple[str, ...]] = []
        for path, part in self.parts:  # file order, then the order rdflib keeps
            for value in part.objects(s, p):
                cue = self.cue(value, path, rid, self.g.qname(p))
                if cue not in out:
                    out.append(cue)
        return tuple(out)

    def cue(self, value, path: str, rid: str, pred: str) -> tuple[str, ...]:
        if not isinstance(value, Literal):
            raise self.error(path, rid, f"{pred} {value.n3()} must be a string of lemmas")
        lemmas = tuple(str(value).lower().split())
        if not lemmas:
            raise self.error(path, rid, f'empty {pred} ""; give one or more lemmas, or remove it')
        for lemma in lemmas:
            if "-" in lemma.strip("-") and len(lemma) > 1:
                raise self.error(path, rid, (
                    f"{pred} {str(value)!r}: spaCy splits {lemma!r} at the hyphen, so it never "
                    f"matches; write {' '.join(lemma.replace('-', ' ').split())!r}"))
        return lemmas

    def prepositions(self, s, p, rid: str) -> tuple[str, ...]:
        out: list[str] = []
        for path, part in self.parts:
            for value in part.objects(s, p):
                words = str(value).lower().split() if isinstance(value, Literal) else []
                if len(words) != 1:
                    raise self.error(path, rid, f"{self.g.qname(p)} {value.n3()} must be one preposition")
                if words[0] not in out:
                    out.append(words[0])
        return tuple(out)

    # -- modality ----------------------------------------------------------- #

    def modality(self) -> ModalityCues:
        g = self.g
        verbs: dict[str, str] = {}
        markers: dict[str, str] = {}
        nouns: dict[str, str] = {}
        concluding: set[str] = set()
        names: list[str] = []
        for _, part in self.parts:
            for ind in part.subjects(RDF.type, KGO.Modality):
                notation = g.value(ind, SKOS.notation)
                if notation is None or not str(notation).strip():
                    raise self.error(self.last_file_with(ind, RDF.type, KGO.Modality), _local_name(ind),
                                     "modality has no skos:notation")
                name = str(notation).strip()
                if name in names:
                    continue
                names.append(name)
                for pred, table in ((KGO.verbCue, verbs), (KGO.adjectiveCue, verbs), (KGO.markerCue, markers),
                                    (KGO.nounCue, nouns)):
                    for value in g.objects(ind, pred):
                        path = self.last_file_with(ind, pred, value)
                        for lemma in self._single_lemmas(value, path, _local_name(ind), g.qname(pred)):
                            if table.get(lemma, name) != name:
                                raise self.error(path, _local_name(ind), (
                                    f"{g.qname(pred)} {lemma!r} is already a cue of modality "
                                    f"{table[lemma]!r}; a lemma can signal one modality only"))
                            table[lemma] = name
                for value in g.objects(ind, KGO.concludingVerb):
                    path = self.last_file_with(ind, KGO.concludingVerb, value)
                    for lemma in self._single_lemmas(value, path, _local_name(ind), g.qname(KGO.concludingVerb)):
                        if verbs.get(lemma) != name:
                            raise self.error(path, _local_name(ind), (
                                f"kgo:concludingVerb {lemma!r} is no kgo:verbCue of this modality; add it as "
                                f"a verb cue too or remove it"))
                        concluding.add(lemma)

        def negation_cues(pred: URIRef) -> frozenset[str]:
            return frozenset(lemma for v in g.objects(KGO.Negation, pred)
                             for lemma in self._single_lemmas(v, self.last_file_with(KGO.Negation, pred, v),
                                                              "Negation", g.qname(pred)))

        return ModalityCues(verbs=verbs, markers=markers, negation_markers=negation_cues(KGO.markerCue),
                            negation_verbs=negation_cues(KGO.verbCue),
                            negation_prepositions=negation_cues(KGO.prepositionCue),
                            modalities=tuple(names), nouns=nouns, concluding=frozenset(concluding))

    def _verb_preposition(self, value, path: str, owner: str, pred: str) -> tuple[str, str]:
        words = str(value).lower().split() if isinstance(value, Literal) else []
        if len(words) != 2:
            raise self.error(path, owner, f"{pred} {value.n3()} must be a verb lemma and the preposition that "
                                          f"introduces the object, as in \"return to\"")
        return words[0], words[1]

    def _single_lemmas(self, value, path: str, owner: str, pred: str) -> tuple[str]:
        words = str(value).lower().split() if isinstance(value, Literal) else []
        if len(words) != 1:
            raise self.error(path, owner, f"{pred} {value.n3()} must be a single lemma")
        return (words[0],)


def _short(term: object) -> str:
    text = str(term)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1] or text


def _broader_closure(relation_id: str, relations: dict[str, RelationType]) -> list[str]:
    """Every relation above ``relation_id`` through rdfs:subPropertyOf, nearest first."""
    out: list[str] = []
    queue = list(relations[relation_id].broader)
    while queue:
        parent = queue.pop(0)
        if parent in out or parent not in relations:
            continue
        out.append(parent)
        if parent != relation_id:
            queue.extend(relations[parent].broader)
    return out


def _build(parts: list[tuple[str, rdflib.Graph]], merged: rdflib.Graph) -> Ontology:
    builder = _Builder(parts, merged)
    classes, ancestors, ner_map = builder.classes()
    relations: dict[str, RelationType] = {}
    for s, defined_in in builder.relation_subjects():
        rel = builder.relation(s, defined_in, classes)
        relations[rel.id] = rel
    for rel in relations.values():
        for parent in rel.broader:
            if parent not in relations:
                raise builder.error(builder.last_file_with(URIRef(rel.iri), RDFS.subPropertyOf, KGO[parent]), rel.id,
                                    f"is rdfs:subPropertyOf kgo:{parent}, which is no declared relation; "
                                    f"valid: {', '.join(sorted(relations))}")
        for prop, named in ((KGO.presenceRelation, rel.presence_relations), (KGO.undoes, rel.undoes)):
            for implied in named:
                if implied not in relations:
                    raise builder.error(builder.last_file_with(URIRef(rel.iri), prop, KGO[implied]), rel.id,
                                        f"has kgo:{_local_name(prop)} kgo:{implied}, which is no declared "
                                        f"relation; valid: {', '.join(sorted(relations))}")
        if rel.id in _broader_closure(rel.id, relations):
            raise builder.error(rel.source, rel.id, "is its own rdfs:subPropertyOf through a cycle; "
                                "remove one of the rdfs:subPropertyOf links")
    modality = builder.modality()
    agent_nouns_by_class, group_nouns = builder.actor_nouns(classes, ancestors)
    return Ontology(
        graph=merged,
        files=tuple(path for path, _ in parts),
        relations=relations,
        classes=classes,
        modality=modality,
        ancestors=ancestors,
        ner_map=ner_map,
        agent_nouns_by_class=agent_nouns_by_class,
        group_nouns=group_nouns,
        light_verbs=builder.lemma_list(KGO.lightVerb, "kgo:lightVerb"),
        receiving_verbs=builder.lemma_list(KGO.receivingVerb, "kgo:receivingVerb"),
        non_state_nouns=builder.lemma_list(KGO.nonStateNoun, "kgo:nonStateNoun"),
        resident_nouns=builder.lemma_list(KGO.residentNoun, "kgo:residentNoun"),
        representative_nouns=builder.lemma_list(KGO.representativeNoun, "kgo:representativeNoun"),
        equipment_nouns=builder.lemma_list(KGO.equipmentNoun, "kgo:equipmentNoun"),
        force_nouns=builder.lemma_list(KGO.forceNoun, "kgo:forceNoun"),
        counterpart_nouns=builder.lemma_list(KGO.counterpartNoun, "kgo:counterpartNoun"),
        epithet_nouns=builder.lemma_list(KGO.epithetNoun, "kgo:epithetNoun"),
        leader_body_nouns=builder.lemma_list(KGO.leaderBodyNoun, "kgo:leaderBodyNoun"),
        delegation_nouns=builder.lemma_list(KGO.delegationNoun, "kgo:delegationNoun"),
        relative_nouns=builder.lemma_list(KGO.relativeNoun, "kgo:relativeNoun"),
        succession_nouns=builder.lemma_list(KGO.successionNoun, "kgo:successionNoun"),
        naming_verbs=frozenset(builder.naming_verbs),
        act_nouns=builder.lemma_list(KGO.actNoun, "kgo:actNoun"),
        decision_verbs=builder.lemma_list(KGO.decisionVerb, "kgo:decisionVerb"),
        author_verbs=builder.lemma_list(KGO.authorVerb, "kgo:authorVerb"),
        fixed_phrases=builder.phrase_list(KGO.fixedPhrase, "kgo:fixedPhrase"),
    )
