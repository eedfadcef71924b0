"""What every dev-set adapter shares: where the data is, the DevSet form, actor helpers.

A dev set in common form is a :class:`DevSet`: the articles to run, and either
gold lines (``kind="triples"``, scored by :func:`kg.evaluation.scoring.evaluate`)
or sentence labels (``kind="pentaclass"``). Gold that needs the processed
documents (re3d resolves its entity spans with the pipeline's mentions) is built
by ``build_gold(docs, gazetteer)`` after the pipeline has run.

The shared data folder is ``<repository root>/../shared`` unless the caller
passes another one or sets ``KG_SHARED``. Research-use data is read from there
at run time and never copied.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.evaluation.gold import Gold
from kg.model import Article
from kg.ontology import Ontology

__all__ = ["DevSet", "REPO_ROOT", "restrict_scope", "shared_dir", "spread"]

REPO_ROOT = Path(__file__).resolve().parents[3]


def shared_dir(shared: str | os.PathLike[str] | None = None) -> Path:
    """The shared data folder: ``shared``, else ``$KG_SHARED``, else ``<repo root>/../shared``."""
    path = Path(shared or os.environ.get("KG_SHARED") or REPO_ROOT.parent / "shared")
    if not (path / "data").is_dir() and not (path / "eval").is_dir():
        raise ValueError(f"Dev-set data not found: {path}. Put the shared data folder beside the "
                         f"repository (../shared) or set KG_SHARED to it.")
    return path


@dataclass
class DevSet:
    """A dev set in common form (see the module docstring)."""

    name: str
    kind: str  # "triples" | "pentaclass"
    articles: list[Article]
    gold: Gold | None = None
    build_gold: Callable[[Mapping[str, Any] | None, Any], Gold] | None = None
    scope: frozenset[str] | None = None
    labels: dict[str, int] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    aliases: Path | None = None

    def gold_for(self, docs: Mapping[str, Any] | None = None, gazetteer: Any = None) -> Gold:
        if self.gold is not None:
            return self.gold
        if self.build_gold is None:
            raise ValueError(f"dev set {self.name!r} has no gold lines (kind {self.kind!r})")
        self.gold = self.build_gold(docs, gazetteer)
        return self.gold


def spread(items: list, limit: int | None) -> list:
    """``limit`` items evenly spread over ``items`` (all of them for None), order kept."""
    if limit is None or limit >= len(items):
        return list(items)
    if limit <= 0:
        return []
    step = len(items) / limit
    return [items[int(k * step)] for k in range(limit)]


def restrict_scope(predictions: Iterable[Mapping[str, Any]], scope: frozenset[str] | None,
                   ontology: Ontology | None = None) -> tuple[list[Mapping[str, Any]], int]:
    """Keep predictions whose relation the gold can express; return them and the number left out.

    With ``ontology``, a relation outside the scope counts as its nearest
    rdfs:subPropertyOf ancestor inside it (denies-accusations-by as rejects).
    """
    kept: list[Mapping[str, Any]] = []
    out = 0
    for line in predictions:
        relation = str(line.get("relation"))
        if scope is None or relation in scope:
            kept.append(line)
        elif ontology is not None and (broader := ontology.generalize(relation, scope)) is not None:
            kept.append({**line, "relation": broader})
        else:
            out += 1
    return kept, out
