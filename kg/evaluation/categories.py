"""Categories for the error analysis: what kind of statement a gold line or a prediction is.

A *category* is a label that groups gold lines (for recall) or predictions
(for precision) so that a report can say which kinds of statement the
extractor finds and which it misses. There are two families, kept apart in
the report because they answer different questions:

Gold categories (recall side; counted over ``must`` lines)
    1. Categories written on the gold line itself: the ``category``,
       ``categories``, ``phenomenon`` or ``phenomena`` field, used verbatim.
       The dev-set adapters write their own here (``petrarch:VERB``,
       ``cameo:19``, ``re3d:Dislikes``...).
    2. Derived categories, prefixed by their dimension:

       ``layer:event`` / ``layer:standing``
           the ontology layer of the line's first relation;
       ``cue:verb`` / ``cue:noun`` / ``cue:title`` / ``cue:none``
           how the evidence expresses the relation: a verb cue of one of the
           line's relations ("accused"), a noun cue ("invitation",
           "assistance"), a title noun of a leader-of/official-of line
           ("President Vladimir Putin"), or no cue of the line's relations at
           all (the relation has to be inferred: "Kursk" located-in Russia);
       ``syntax:coordination`` / ``syntax:passive`` / ``syntax:clausal`` / ``syntax:possessive``
           the evidence coordinates names ("China, Russia and North Korea"),
           is passive, has a clausal complement ("alleged that the Kremlin
           ...") or a possessive ("North Korea's assistance");
       ``args:named`` / ``args:indirect``
           both ends of the line appear in the evidence by one of their
           acceptable names, or at least one end is referred to indirectly
           (surname alone, demonym, role noun, capital or seat, pronoun).

       ``cue:``, ``syntax:`` and ``args:`` need the line's ``evidence`` text
       (parsed with spaCy); lines without evidence get ``layer:`` only. A
       line may carry several ``syntax:`` categories, so per-category counts
       do not add up to the total.

Prediction categories (precision side; counted over distinct predicted triples)
    ``rule:<kind>`` and ``modality:<modality>`` from the ``rule`` and
    ``modality`` fields of the prediction lines behind a triple; the rule's
    kind is the part before the first colon (the pipeline writes
    ``verb:accuse``, ``title:president``; the baseline ``svo:accuse``). A
    triple produced by several lines counts under each of their kinds.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache

from kg.evaluation.gold import GoldItem, normalize_label
from kg.ontology import Ontology, RelationType

__all__ = ["EvidenceParser", "default_parser", "gold_categories", "prediction_categories"]

VERB_POS = frozenset({"VERB", "AUX"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
NAME_POS = frozenset({"PROPN"})

#: A callable that parses evidence text into a spaCy ``Doc`` (or None when unavailable).
EvidenceParser = Callable[[str], object]


@lru_cache(maxsize=1)
def _base_model():
    from kg.nlp.loading import load_model

    return load_model()


def default_parser(nlp=None) -> EvidenceParser | None:
    """A parser for evidence strings: ``nlp`` with the project's components disabled.

    With no ``nlp``, the default spaCy model is loaded (once per process). Returns
    None if no model can be loaded; evidence categories are then left out.
    """
    if nlp is None:
        try:
            nlp = _base_model()
        except Exception:  # no model installed: evidence categories are optional
            return None
    own = [name for name in nlp.pipe_names if name.startswith("kg_")]
    cache: dict[str, object] = {}

    def parse(text: str):
        if text not in cache:
            with nlp.select_pipes(disable=own):
                cache[text] = nlp(text)
        return cache[text]

    return parse


def _title_relations(ontology: Ontology) -> frozenset[str]:
    return frozenset(r.id for r in ontology.relations.values()
                     if r.layer == "standing" and r.domain == ("Person",))


def _verb_cue_at(token, cue: tuple[str, ...]) -> bool:
    if token.pos_ not in VERB_POS or token.lemma_.lower() != cue[0]:
        return False
    rest = set(cue[1:])
    if not rest:
        return True
    near = {t.lemma_.lower() for child in token.children for t in (child, *child.children)}
    return rest <= near


def _noun_cue_at(doc, i: int, cue: tuple[str, ...]) -> bool:
    token = doc[i]
    if token.pos_ not in NOUN_POS or token.lemma_.lower() != cue[-1]:
        return False
    start = i - len(cue) + 1
    if start < 0:
        return False
    return [t.lemma_.lower() for t in doc[start:i]] == list(cue[:-1])


def _cue_categories(doc, relations: list[RelationType], titles: frozenset[str]) -> list[str]:
    found: list[str] = []
    for rel in relations:
        for token in doc:
            if any(_verb_cue_at(token, cue) for cue in rel.verb_cues):
                found.append("cue:verb")
            if any(_noun_cue_at(doc, token.i, cue) for cue in rel.noun_cues):
                found.append("cue:title" if rel.id in titles else "cue:noun")
    out = sorted(set(found))
    return out or ["cue:none"]


def _syntax_categories(doc) -> list[str]:
    out: list[str] = []
    if any(t.dep_ == "conj" and (t.pos_ in NAME_POS or t.head.pos_ in NAME_POS) for t in doc):
        out.append("syntax:coordination")
    if any(t.dep_ in {"nsubjpass", "auxpass"} for t in doc):
        out.append("syntax:passive")
    if any(t.dep_ == "ccomp" for t in doc):
        out.append("syntax:clausal")
    if any(t.dep_ == "poss" and t.pos_ in NAME_POS for t in doc):
        out.append("syntax:possessive")
    return out


def _named_in(evidence: str, names: Iterable[str]) -> bool:
    padded = f" {normalize_label(evidence)} "
    return any(f" {normalize_label(n)} " in padded for n in names if normalize_label(n))


def gold_categories(item: GoldItem, ontology: Ontology, parse: EvidenceParser | None = None) -> tuple[str, ...]:
    """The categories of one gold line: its own, then the derived ones (see the module docstring)."""
    out = list(item.categories)
    known = [ontology.relations[r] for r in item.relation if r in ontology.relations]
    if known:
        out.append(f"layer:{known[0].layer}")
    if item.evidence and parse is not None:
        doc = parse(item.evidence)
        if doc is not None:
            out += _cue_categories(doc, known, _title_relations(ontology))
            out += _syntax_categories(doc)
        named = _named_in(item.evidence, item.subject) and _named_in(item.evidence, item.object)
        out.append("args:named" if named else "args:indirect")
    seen: list[str] = []
    for category in out:
        if category not in seen:
            seen.append(category)
    return tuple(seen)


def prediction_categories(lines: Iterable[dict]) -> tuple[str, ...]:
    """``rule:...`` and ``modality:...`` of the prediction lines behind one triple."""
    out: set[str] = set()
    for line in lines:
        rule = str(line.get("rule") or "").split(":", 1)[0]
        out.add(f"rule:{rule}" if rule else "rule:(none)")
        out.add(f"modality:{line.get('modality') or 'asserted'}")
    return tuple(sorted(out))
