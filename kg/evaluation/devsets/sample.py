"""The sample article and its hand-written gold.

Articles: ``<repo>/pipelines/sample/*.txt`` (YAML front matter with the date),
read with :func:`kg.io.readers.iter_articles`. Gold: ``<shared>/eval/gold``;
aliases: ``<shared>/eval/aliases.tsv`` -- exactly what the reference scorer
uses. Every predicted relation is scored (no scope).
"""
from __future__ import annotations

from pathlib import Path

from kg.evaluation.devsets.common import REPO_ROOT, DevSet, shared_dir
from kg.evaluation.gold import load_gold
from kg.io.readers import iter_articles

__all__ = ["load", "SAMPLE_DIR"]

SAMPLE_DIR = REPO_ROOT / "pipelines" / "sample"


def load(shared: str | Path | None = None, limit: int | None = None, *,
         articles_dir: str | Path | None = None) -> DevSet:
    root = shared_dir(shared)
    gold = load_gold(root / "eval" / "gold")
    articles = list(iter_articles([Path(articles_dir or SAMPLE_DIR)]))
    if limit is not None:
        articles = articles[:limit]
    scored = {a.id for a in articles}
    gold.items = [item for item in gold.items if item.doc in scored]
    counts = {"articles": len(articles), "gold_lines": len(gold.items),
              "must": sum(1 for i in gold.items if i.tier == "must")}
    return DevSet("sample", "triples", articles, gold=gold, aliases=root / "eval" / "aliases.tsv",
                  counts=counts, notes=["Hand-written gold of the sample article; reference scorer semantics."])
