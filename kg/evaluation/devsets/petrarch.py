"""PETRARCH2 validation records with real-world actors -> articles and relation-level gold.

Input: ``<shared>/data/petrarch_validation.jsonl`` and
``<shared>/data/petrarch_actor_codes.json``.

Which records: those with ``uses_fictional_actors`` false and no
``expected_error`` (dateline and discard tests check the coder's input
handling, not events). Each record is one article; its ``date`` (YYYYMMDD)
becomes the article date, so roles resolve as of that day.

Each expected event becomes one ``must`` gold line (subject country, core
relations, object country):

* relations: the event's CAMEO code through the ontology's CAMEO annotations
  (:meth:`kg.ontology.Ontology.relations_by_cameo`, longest prefix). Events whose
  code is not valid CAMEO (the test suite's synthetic codes) and events whose
  code maps to no core relation are left out of recall and counted, the
  latter per CAMEO root.
* actors (:func:`resolve_actor_code`): an ``IGO...`` code by the validation
  dictionary's own name for it, else by ``data/igo_codes.tsv``; any other code
  by its first three letters: the gazetteer country with that ISO 3166 alpha-3
  code, or -- for the validation dictionary's non-ISO codes (``KUW`` Kuwait,
  ``NZE`` New Zealand) -- the dictionary's name looked up in the gazetteer.
  Role blocks (``GOV``, ``MIL``, ``EDU``...) are dropped: ``USAGOV`` is the
  United States. Unknown-country codes (``---``), non-state groups
  (``IMG...``) and quoted literal text have no actor; such events are left out
  and counted.

Scored documents are those with at least one gold line (the reference
scorer's rule). Only predictions of event relations with CAMEO codes are
scored (``scope``): the records code events, never standing relations.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from kg.evaluation.actors import country_by_iso3, is_actor, lookup_actor
from kg.evaluation.devsets.common import DevSet, shared_dir
from kg.evaluation.gold import Gold, GoldItem
from kg.evaluation.mappings import cameo_root, load_igo_codes
from kg.model import Article
from kg.ontology import Ontology, load_ontology

__all__ = ["load", "resolve_actor_code", "ActorCodes"]

FILE = "petrarch_validation.jsonl"
CODES_FILE = "petrarch_actor_codes.json"


class ActorCodes:
    """The PETRARCH actor dictionaries, read once."""

    def __init__(self, path: Path) -> None:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        self.validation: dict[str, list[str]] = data.get("validation_actor_codes", {})
        self.phoenix_countries: dict[str, Any] = data.get("phoenix_country_codes", {})
        self.validation_non_iso = set(data.get("validation_codes_not_matching_phoenix_country", {}))


def _by_names(gazetteer: Any, names: list[str]) -> Any | None:
    for name in names:
        for form in (name, name.title()):
            actor = lookup_actor(gazetteer, form)
            if actor is not None:
                return actor
    return None


def resolve_actor_code(code: str, gazetteer: Any, codes: ActorCodes) -> Any | None:
    """The gazetteer actor for a PETRARCH actor code, or None (see the module docstring)."""
    code = str(code).strip()
    if not code or code.startswith('"') or not code[:3].isalpha():
        return None
    if code.startswith("IGO"):
        if code in codes.validation:
            actor = _by_names(gazetteer, codes.validation[code])
            if actor is not None:
                return actor
        table = load_igo_codes()
        for end in range(len(code), 5, -3):
            name = table.get(code[:end])
            if name:
                return lookup_actor(gazetteer, name)
        return None
    country = code[:3].upper()
    if country not in codes.validation_non_iso:
        actor = country_by_iso3(gazetteer, country)
        if is_actor(actor):
            return actor
    if country in codes.validation:
        return _by_names(gazetteer, codes.validation[country])
    return None


def _iso_date(value: Any) -> str | None:
    text = str(value or "")
    if len(text) == 8 and text.isdigit():
        return f"{text[:4]}-{text[4:6]}-{text[6:]}"
    return None


def load(shared: str | Path | None = None, limit: int | None = None, *, gazetteer: Any = None,
         ontology: Ontology | None = None) -> DevSet:
    """The PETRARCH dev set (``limit``: the first N real-actor records)."""
    root = shared_dir(shared)
    ontology = ontology or load_ontology()
    if gazetteer is None:
        from kg.gazetteer import default_gazetteer

        gazetteer = default_gazetteer()
    codes = ActorCodes(root / "data" / CODES_FILE)
    records = [json.loads(line) for line in (root / "data" / FILE).read_text(encoding="utf-8").splitlines()
               if line.strip()]
    real = [r for r in records if not r.get("uses_fictional_actors") and not r.get("expected_error")]
    if limit is not None:
        real = real[:limit]
    counts: Counter[str] = Counter(records=len(real))
    unmapped_roots: Counter[str] = Counter()
    unmapped_actors: Counter[str] = Counter()
    articles, items = [], []
    for record in real:
        doc = record["id"]
        articles.append(Article(doc, record["text"], date=_iso_date(record.get("date")), source=FILE))
        if record.get("noevents") or not record.get("expected"):
            counts["records_without_events"] += 1
        seen: set[tuple] = set()
        for event in record.get("expected", []):
            counts["events"] += 1
            if not event.get("cameo_valid", True):
                counts["events_invalid_cameo"] += 1
                continue
            relations = tuple(r.id for r in ontology.relations_by_cameo(event["code"]))
            if not relations:
                counts["events_no_core_relation"] += 1
                unmapped_roots[cameo_root(event["code"]) or "?"] += 1
                continue
            subject = resolve_actor_code(event["source"], gazetteer, codes)
            obj = resolve_actor_code(event["target"], gazetteer, codes)
            if subject is None or obj is None:
                counts["events_unmapped_actor"] += 1
                for code, actor in ((event["source"], subject), (event["target"], obj)):
                    if actor is None:
                        unmapped_actors[code] += 1
                continue
            if subject.label == obj.label:
                counts["events_same_actor"] += 1
                continue
            key = (subject.label, relations, obj.label)
            if key in seen:
                counts["events_duplicate"] += 1
                continue
            seen.add(key)
            root_code = cameo_root(event["code"]) or "?"
            items.append(GoldItem.from_dict({
                "doc": doc, "tier": "must", "subject": [subject.label], "relation": list(relations),
                "object": [obj.label], "evidence": record["text"],
                "category": [f"petrarch:{record.get('category', '?')}", f"cameo:{root_code}"],
                "cameo": event["code"], "source_code": event["source"], "target_code": event["target"],
            }))
    counts["gold_lines"] = len(items)
    counts["docs_scored"] = len({i.doc for i in items})
    scope = frozenset(r.id for r in ontology.relations.values() if r.cameo)
    notes = [
        "Real-actor PETRARCH2 unit-test records (not semantic gold: codes come from toy dictionaries).",
        "Recall excludes events whose CAMEO code maps to no core relation: "
        + (", ".join(f"root {k}: {v}" for k, v in sorted(unmapped_roots.items())) or "none") + ".",
    ]
    if unmapped_actors:
        notes.append("Events without an actor mapping (excluded): "
                     + ", ".join(f"{k} x{v}" for k, v in sorted(unmapped_actors.items())) + ".")
    notes.append("Only predictions of CAMEO-coded (event) relations are scored.")
    return DevSet("petrarch", "triples", articles, gold=Gold(items, source=FILE), scope=scope,
                  counts=dict(counts), notes=notes,
                  extra={"unmapped_roots": dict(unmapped_roots), "unmapped_actors": dict(unmapped_actors)})
