"""A naive subject-verb-object baseline to measure the pipeline against.

Idea: take the subject-verb-object triples of each sentence, keep those whose
verb is a verb cue of an ontology relation, and whose subject and object name
gazetteer actors. Everything the pipeline adds on top -- noun cues, titles,
prepositional and clausal objects, inherited subjects, coreference,
modality, attribution -- is absent on purpose.

Engines:

``"textacy"`` (default when the package is installed)
    ``textacy.extract.subject_verb_object_triples`` (textacy 0.13) on the same
    spaCy Doc the pipeline parsed. Note how textacy treats the passive: it
    returns the passive subject as the *subject* and the ``by``-agent as the
    *object* ("Ukraine was attacked by Russia" -> Ukraine, attacked, Russia),
    so passive triples point the wrong way; the baseline keeps them as they
    come, as a naive user of the library would.
``"spacy"`` (fallback when textacy is not installed, or on request)
    the same idea on spaCy's dependency parse alone: ``nsubj`` -- verb --
    ``dobj``, with conjuncts of both; no prepositional objects, no passive,
    no attribution.

Mapping:

* verb -> relations: the lemma of the verb's head token through the ontology's
  verb-cue index; a multi-word cue matches only if its other lemmas are in the
  verb group or are particles of the verb ("turn down"); the longest matching
  cues win, and every relation that has one is emitted;
* subject/object -> actors: each contiguous run of tokens in the argument is
  looked up in the gazetteer (``lookup``; the whole run, then its sub-spans,
  longest first, so "President Xi Jinping" finds "Xi Jinping"); if nothing is
  found, a demonym among the run's tokens or the head's modifiers names the
  country ("the Russian government" -> Russia). Places are not actors.
* a verb with a ``neg`` child gives ``negated: true`` (which the scorer
  ignores). Confidence is a flat 0.5; ``rule`` is ``svo:<verb lemma>``.

>>> from kg.pipeline import build_nlp
>>> from kg.evaluation.baseline import Baseline
>>> nlp = build_nlp()
>>> [(a["subject"], a["relation"], a["object"]) for a in Baseline()(nlp("Russia accused Ukraine."))]
[('Russia', 'accuses', 'Ukraine')]
"""
from __future__ import annotations

import importlib.util
from collections.abc import Iterable, Sequence
from typing import Any

from spacy.tokens import Doc, Token

from kg.evaluation.actors import is_actor, lookup_actor
from kg.ontology import Ontology, RelationType, load_ontology

__all__ = ["Baseline", "ENGINES", "available_engine", "svo_triples"]

ENGINES = ("textacy", "spacy")
CONFIDENCE = 0.5
SUBJECT_DEPS = frozenset({"nsubj"})
OBJECT_DEPS = frozenset({"dobj"})
MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})


def available_engine() -> str:
    """``"textacy"`` if it can be imported, else ``"spacy"``."""
    return "textacy" if importlib.util.find_spec("textacy") is not None else "spacy"


# --------------------------------------------------------------------------- #
# SVO triples
# --------------------------------------------------------------------------- #

Triple = tuple[list[Token], list[Token], list[Token]]


def _with_conjuncts(token: Token) -> list[Token]:
    out = [token]
    for child in token.children:
        if child.dep_ == "conj":
            out.extend(_with_conjuncts(child))
    return out


def _name_tokens(token: Token) -> list[Token]:
    """The token with its compound modifiers ("Xi" "Jinping"), in order."""
    parts = [c for c in token.lefts if c.dep_ == "compound"] + [token]
    return sorted(parts, key=lambda t: t.i)


def _spacy_triples(doc: Doc) -> list[Triple]:
    out: list[Triple] = []
    for verb in doc:
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        if any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
            continue
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
        if not subjects or not objects:
            continue
        subj = [t for s in subjects for head in _with_conjuncts(s) for t in _name_tokens(head)]
        obj = [t for o in objects for head in _with_conjuncts(o) for t in _name_tokens(head)]
        group = [verb, *(c for c in verb.children if c.dep_ == "prt")]
        out.append((sorted(subj, key=lambda t: t.i), sorted(group, key=lambda t: t.i),
                    sorted(obj, key=lambda t: t.i)))
    return out


def svo_triples(doc: Doc, engine: str | None = None) -> list[Triple]:
    """(subject tokens, verb tokens, object tokens) of ``doc`` with the chosen engine."""
    engine = engine or available_engine()
    if engine == "textacy":
        from textacy.extract import subject_verb_object_triples

        return [(list(t.subject), list(t.verb), list(t.object)) for t in subject_verb_object_triples(doc)]
    if engine == "spacy":
        return _spacy_triples(doc)
    raise ValueError(f"Unknown baseline engine {engine!r}. Use one of: {', '.join(ENGINES)}.")


# --------------------------------------------------------------------------- #
# Mapping to relations and actors
# --------------------------------------------------------------------------- #


def _runs(tokens: Sequence[Token]) -> list[list[Token]]:
    runs: list[list[Token]] = []
    for token in sorted(tokens, key=lambda t: t.i):
        if runs and token.i == runs[-1][-1].i + 1:
            runs[-1].append(token)
        else:
            runs.append([token])
    return runs


class Baseline:
    """The SVO baseline; call it on a parsed Doc to get ``triples.jsonl``-like dicts."""

    def __init__(self, ontology: Ontology | None = None, gazetteer: Any = None, engine: str | None = None) -> None:
        self.ontology = ontology or load_ontology()
        if gazetteer is None:
            from kg.gazetteer import default_gazetteer

            gazetteer = default_gazetteer()
        self.gazetteer = gazetteer
        self.engine = engine or available_engine()
        if self.engine not in ENGINES:
            raise ValueError(f"Unknown baseline engine {self.engine!r}. Use one of: {', '.join(ENGINES)}.")
        self.verb_index = self.ontology.verb_cue_index()
        self._cache: dict[str, Any] = {}

    # -- relations -------------------------------------------------------------
    def relations_for(self, verb: Sequence[Token]) -> list[RelationType]:
        heads = [t for t in verb if t.pos_ == "VERB"] or list(verb)
        if not heads:
            return []
        head = heads[-1]
        lemmas = {t.lemma_.lower() for t in verb}
        lemmas |= {c.lemma_.lower() for c in head.children if c.dep_ == "prt"}
        matched = [(rel, cue) for rel, cue in self.verb_index.get(head.lemma_.lower(), [])
                   if set(cue[1:]) <= lemmas]
        longest = max((len(cue) for _, cue in matched), default=0)
        out: list[RelationType] = []
        for rel, cue in matched:
            if len(cue) == longest and rel not in out:
                out.append(rel)
        return out

    # -- actors ----------------------------------------------------------------
    def _lookup(self, text: str) -> Any | None:
        if text not in self._cache:
            self._cache[text] = lookup_actor(self.gazetteer, text)
        return self._cache[text]

    def _demonym(self, token: Token) -> Any | None:
        """The country a demonym token names ("Russian" -> Russia), via the gazetteer."""
        if not token.text[:1].isupper():
            return None
        finder = getattr(self.gazetteer, "country_by_demonym", None)
        if callable(finder):
            actor = finder(token.text)
            return actor if is_actor(actor) else None
        actor = self._lookup(token.text)
        return actor if actor is not None and getattr(actor, "type", None) == "Country" else None

    def actors_for(self, tokens: Sequence[Token]) -> list[Any]:
        out: list[Any] = []
        for run in _runs(tokens):
            actor = None
            for size in range(len(run), 0, -1):
                for start in range(0, len(run) - size + 1):
                    part = run[start:start + size]
                    if all(t.is_stop and t.is_lower for t in part):
                        continue  # "who" is no WHO, "us" no US: the lookup ignores case
                    actor = self._lookup(part[0].doc[part[0].i:part[-1].i + 1].text)
                    if actor is not None:
                        break
                if actor is not None:
                    break
            if actor is None:
                head = max(run, key=lambda t: (t.head.i not in {x.i for x in run}, -t.i))
                for token in [*run, *(c for c in head.children if c.dep_ in MODIFIER_DEPS)]:
                    actor = self._demonym(token)
                    if actor is not None:
                        break
            if actor is not None and all(getattr(a, "id", a) != getattr(actor, "id", actor) for a in out):
                out.append(actor)
        return out

    # -- entry point -------------------------------------------------------------
    def __call__(self, doc: Doc, doc_id: str | None = None, date: str | None = None) -> list[dict[str, Any]]:
        article = getattr(doc._, "kg_article", None) if Doc.has_extension("kg_article") else None
        article = article or {}
        doc_id = doc_id if doc_id is not None else str(article.get("id", ""))
        date = date if date is not None else article.get("date")
        out: list[dict[str, Any]] = []
        seen: set[tuple] = set()
        for subject, verb, obj in svo_triples(doc, self.engine):
            if not verb:
                continue
            relations = self.relations_for(verb)
            if not relations:
                continue
            subjects, objects = self.actors_for(subject), self.actors_for(obj)
            head = ([t for t in verb if t.pos_ == "VERB"] or list(verb))[-1]
            negated = any(c.dep_ == "neg" for c in head.children) or any(t.dep_ == "neg" for t in verb)
            sent = head.sent
            for rel in relations:
                for s in subjects:
                    for o in objects:
                        if s.id == o.id:
                            continue
                        key = (s.id, rel.id, o.id, negated, sent.start)
                        if key in seen:
                            continue
                        seen.add(key)
                        out.append({
                            "doc": doc_id, "subject": s.label, "subject_id": s.id,
                            "subject_type": s.type, "relation": rel.id, "object": o.label,
                            "object_id": o.id, "object_type": o.type, "sentence": sent.text,
                            "start_char": sent.start_char, "end_char": sent.end_char,
                            "negated": negated, "modality": "asserted", "attributed_to": None,
                            "confidence": CONFIDENCE, "date": date, "rule": f"svo:{head.lemma_.lower()}",
                        })
        return out

    def run_all(self, docs: Iterable[Doc]) -> list[dict[str, Any]]:
        return [line for doc in docs for line in self(doc)]
