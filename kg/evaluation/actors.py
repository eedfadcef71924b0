"""Gazetteer look-ups shared by the dev-set adapters and the baseline.

Only the gazetteer's public API is used: ``lookup(text)``, ``get(id)``,
``country_by_demonym(word)`` and ``actors`` (id -> actor with ``id``,
``label``, ``type`` and, for countries, ``iso3``).
"""
from __future__ import annotations

from typing import Any

__all__ = ["ACTOR_TYPES", "country_by_iso3", "is_actor", "lookup_actor"]

#: Gazetteer actor types that count as geopolitical actors (cities and regions do not).
ACTOR_TYPES = frozenset({"Country", "InternationalOrganization", "Organization", "ArmedGroup", "Person"})
_DETERMINERS = ("the ", "a ", "an ")
_ISO3_INDEX: dict[int, dict[str, Any]] = {}


def country_by_iso3(gazetteer: Any, iso3: str) -> Any | None:
    """The gazetteer country whose ``iso3`` is ``iso3`` (upper case), or None."""
    key = id(gazetteer)
    index = _ISO3_INDEX.get(key)
    if index is None:
        index = {}
        for actor in gazetteer.actors.values():
            code = getattr(actor, "iso3", None)
            if code and getattr(actor, "type", "Country") == "Country":
                index.setdefault(str(code).upper(), actor)
        _ISO3_INDEX[key] = index
    return index.get(iso3.upper())


def is_actor(actor: Any) -> bool:
    return actor is not None and getattr(actor, "type", None) in ACTOR_TYPES


def lookup_actor(gazetteer: Any, text: str) -> Any | None:
    """``gazetteer.lookup`` on the text, then without a leading article or final possessive.

    Only geopolitical actors (countries, organisations, armed groups, people)
    are returned; a city or region name gives None.
    """
    candidates = [text.strip()]
    bare = text.strip().replace("\u2019", "'")
    if bare.endswith("'s"):
        bare = bare[:-2]
    for det in _DETERMINERS:
        if bare.lower().startswith(det):
            bare = bare[len(det):]
            break
    if bare and bare not in candidates:
        candidates.append(bare)
    for candidate in candidates:
        try:
            actor = gazetteer.lookup(candidate)
        except Exception:  # a lookup that rejects odd input is a miss, not a crash
            actor = None
        if is_actor(actor):
            return actor
    return None
