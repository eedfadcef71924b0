"""re3d relations between geopolitical actors -> per-segment articles and gold.

Input: ``<shared>/data/re3d_relations.jsonl`` (one text segment per record).
Each segment is one article (id = the record id); it is scored on its own.

Which relations: those whose type has a non-empty mapping in
``data/re3d_relations.tsv`` (FightingAgainst, AlliesOf, CommWith, Likes,
Dislikes, InChargeOf), with annotation confidence >= 0.5, not crossing a
segment boundary, and with **both ends resolved to geopolitical actors**
(a country, an organisation or a person of the gazetteer; places do not
count). An end (the annotated character span) is resolved by:

1. the gazetteer's ``lookup`` on the span text, then on it without a leading
   article or final possessive ("the United States", "Syria's");
2. otherwise the pipeline's resolution of the span's syntactic head: the
   actor the pipeline attached to that token, if it was found from the
   span's own words -- a gazetteer name, a demonym with its agent noun
   ("Syrian government forces" -> Syria), a seat, a capital used as an
   agent, or a surname. Resolutions that depend on context (pronouns, role
   nouns, group nouns, quote speakers) are not used, so that the gold does
   not inherit the pipeline's coreference guesses. A demonym resolution is
   used only when the span names the state's own organs: it must not contain
   a non-state word ("opposition", "rebels", "militia"...) or another
   capitalised word that is neither a demonym nor a state-organ word
   ("Syrian opposition forces", "Syrian Arab forces" are not Syria; "the
   Iraqi government", "Iraqi Security Forces" are Iraq);
3. otherwise, if the span's head is one of the ontology's agent nouns
   ("forces", "government", "troops"...) and exactly one actor is named
   inside the span by a gazetteer name or demonym, that actor, under the
   same state-organ condition ("U.S. forces", "the Government of Iraq" ->
   the country; "ISIL fighters" is not covered: "fighter" is no agent noun).
   This step is the evaluation's own reading of the span, so the gold can
   hold ends that the pipeline itself does not resolve.

An end the two steps do not resolve drops the relation (counted). The gold
line's relations are the mapped set; a pair annotated in both directions of
an ``either`` type becomes one line accepting either direction; a pair whose
two ends resolve to the same actor is dropped (counted). Categories:
``re3d:<type>`` and ``re3d-source:<source>``; the line's evidence is the
segment text (the derived categories are computed on it), the annotated
trigger is kept in ``trigger``.

Scored documents are the segments with at least one gold line; only
predictions of relations that some mapping names are scored (``scope``).
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from kg.evaluation.actors import is_actor, lookup_actor
from kg.evaluation.devsets.common import DevSet, shared_dir
from kg.evaluation.gold import Gold, GoldItem
from kg.evaluation.mappings import load_re3d_mapping
from kg.model import Article

__all__ = ["load", "resolve_span", "MIN_CONFIDENCE", "CONTEXT_FREE_METHODS"]

FILE = "re3d_relations.jsonl"
MIN_CONFIDENCE = 0.5
#: Pipeline resolution methods that use only the span's own words.
CONTEXT_FREE_METHODS = frozenset({"gazetteer", "demonym", "seat", "metonym", "surname", "surname-office", "region"})
#: Words that make a demonym phrase a non-state actor ("Syrian opposition forces").
NON_STATE_WORDS = frozenset({"opposition", "rebel", "militia", "insurgent", "dissident", "protester", "activist",
                             "jihadist", "opponent", "exile", "separatist", "tribe", "tribal", "guerrilla",
                             "militant", "terrorist", "faction", "group", "party", "movement"})
#: Capitalised words that may stand in a state-organ phrase ("Iraqi Security Forces").
STATE_WORDS = frozenset({"security", "armed", "air", "naval", "special", "federal", "national", "regular",
                         "defence", "defense", "force", "forces", "army", "government", "navy", "military"})


def _names_the_state(chars: Any, gazetteer: Any, skip: frozenset[int] = frozenset()) -> bool:
    """Is a phrase with a demonym or a name about the state itself (see the module docstring)?

    Tokens in ``skip`` (the name's own tokens) are not checked.
    """
    from kg.ontology import load_ontology

    agent_nouns = load_ontology().agent_nouns
    finder = getattr(gazetteer, "country_by_demonym", None)
    for token in chars:
        if token.i in skip or token.is_punct or token.lower_ in {"the", "a", "an", "'s", "of"}:
            continue
        lemma = token.lemma_.lower()
        if lemma in NON_STATE_WORDS or token.lower_ in NON_STATE_WORDS:
            return False
        if token.text[:1].isupper():
            is_demonym = callable(finder) and finder(token.text) is not None
            if not is_demonym and lemma not in agent_nouns and token.lower_ not in STATE_WORDS \
                    and lemma not in STATE_WORDS:
                return False
    return True


def _pipeline_actor(doc: Any, span: tuple[int, int], gazetteer: Any) -> Any | None:
    if doc is None:
        return None
    chars = doc.char_span(span[0], span[1], alignment_mode="expand")
    if chars is None or len(chars) == 0:
        return None
    token_actors = getattr(doc._, "kg_token_actors", None) or {}

    def usable(mention: Any) -> Any | None:
        if not getattr(mention, "known", True) or mention.method not in CONTEXT_FREE_METHODS:
            return None
        actor = gazetteer.get(mention.actor_id) if hasattr(gazetteer, "get") else None
        return actor if actor is not None and is_actor(actor) else None

    for mention in token_actors.get(chars.root.i, ()):
        actor = usable(mention)
        if actor is None or (mention.method == "demonym" and not _names_the_state(chars, gazetteer)):
            continue
        return actor
    # An agent-noun phrase naming one actor: "U.S. forces", "the Government of Iraq".
    from kg.ontology import load_ontology

    root = chars.root
    if root.lemma_.lower() not in load_ontology().agent_nouns and root.lower_ not in load_ontology().agent_nouns:
        return None
    found: dict[str, Any] = {}
    name_tokens: set[int] = set()
    for token in chars:
        if token.i == root.i:
            continue
        for mention in token_actors.get(token.i, ()):
            actor = usable(mention)
            if actor is not None and mention.method in {"gazetteer", "demonym"}:
                found[actor.id] = actor
                name_tokens.add(token.i)
    if len(found) == 1 and _names_the_state(chars, gazetteer, frozenset(name_tokens)):
        return next(iter(found.values()))
    return None


def resolve_span(text: str, span: tuple[int, int] | None, doc: Any, gazetteer: Any) -> Any | None:
    """The geopolitical actor an annotated re3d span stands for, or None (see the module docstring)."""
    actor = lookup_actor(gazetteer, text)
    if actor is not None:
        return actor
    if span is not None:
        return _pipeline_actor(doc, (int(span[0]), int(span[1])), gazetteer)
    return None


def load(shared: str | Path | None = None, limit: int | None = None) -> DevSet:
    """The re3d dev set (``limit``: the first N segments that have a relation of a mapped type)."""
    root = shared_dir(shared)
    mapping = load_re3d_mapping()
    records = [json.loads(line) for line in (root / "data" / FILE).read_text(encoding="utf-8").splitlines()
               if line.strip()]
    evaluated = {t for t, m in mapping.items() if m.evaluated}
    candidates = [r for r in records if any(rel["type"] in evaluated for rel in r.get("relations", []))]
    if limit is not None:
        candidates = candidates[:limit]
    articles = [Article(r["id"], r["text"], title=r.get("doc_title"), source=FILE) for r in candidates]
    by_id = {r["id"]: r for r in candidates}
    scope = frozenset(rel for m in mapping.values() for rel in m.relations)
    devset = DevSet("re3d", "triples", articles, scope=scope,
                    counts={"segments": len(candidates)},
                    notes=[
                        "Relations of types FightingAgainst, AlliesOf, CommWith, Likes, Dislikes, InChargeOf "
                        "(mapped to sets of core relations) whose two ends resolve to geopolitical actors.",
                        "Only predictions of relations named by the mapping are scored; re3d is not "
                        "exhaustive, so some false positives are unannotated true relations.",
                    ])

    def build(docs: Mapping[str, Any] | None, gazetteer: Any) -> Gold:
        if gazetteer is None:
            from kg.gazetteer import default_gazetteer

            gazetteer = default_gazetteer()
        counts: Counter[str] = Counter()
        items: list[GoldItem] = []
        for seg_id, record in by_id.items():
            doc = (docs or {}).get(seg_id)
            pairs: dict[tuple[str, str, str], dict[str, Any]] = {}
            for rel in record.get("relations", []):
                m = mapping.get(rel["type"])
                if m is None or not m.evaluated:
                    continue
                counts["relations"] += 1
                if rel.get("cross_segment"):
                    counts["skipped_cross_segment"] += 1
                    continue
                if float(rel.get("confidence", 1.0)) < MIN_CONFIDENCE:
                    counts["skipped_low_confidence"] += 1
                    continue
                subject = resolve_span(rel["source"], rel.get("source_span"), doc, gazetteer)
                obj = resolve_span(rel["target"], rel.get("target_span"), doc, gazetteer)
                if subject is None or obj is None:
                    counts["skipped_not_actors"] += 1
                    continue
                if subject.label == obj.label:
                    counts["skipped_same_actor"] += 1
                    continue
                key = (rel["type"], subject.label, obj.label)
                if key in pairs:
                    counts["duplicates"] += 1
                    continue
                pairs[key] = {"rel": rel, "mapping": m}
            done: set[tuple[str, str, str]] = set()
            for (rtype, s, o), info in pairs.items():
                if (rtype, s, o) in done:
                    continue
                both = info["mapping"].direction == "either" and (rtype, o, s) in pairs
                done.add((rtype, s, o))
                if both:
                    done.add((rtype, o, s))
                    counts["merged_both_directions"] += 1
                rel = info["rel"]
                items.append(GoldItem.from_dict({
                    "doc": seg_id, "tier": "must",
                    "subject": [s, o] if both else [s],
                    "relation": list(info["mapping"].relations),
                    "object": [o, s] if both else [o],
                    "evidence": record["text"],
                    "trigger": rel.get("trigger") or "",
                    "category": [f"re3d:{rtype}", f"re3d-source:{record.get('source_name', '?')}"],
                    "re3d": {"type": rtype, "source": rel["source"], "target": rel["target"],
                             "confidence": rel.get("confidence")},
                }))
        counts["gold_lines"] = len(items)
        counts["docs_scored"] = len({i.doc for i in items})
        devset.counts.update(counts)
        return Gold(items, source=FILE)

    devset.build_gold = build
    return devset
