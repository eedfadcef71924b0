"""Held-out articles written for this project, with gold annotated before the pipeline saw them.

Articles: ``<repo>/pipelines/heldout/*.txt`` (about other countries than the
sample: Ethiopia, Somalia, Egypt, Turkey; Brazil, Argentina, Uruguay...);
gold: ``kg/evaluation/data/heldout_gold.jsonl`` in the format of
``<shared>/eval/gold``; aliases: ``<shared>/eval/aliases.tsv``. The gold
uses the core relations of ``<shared>/spec/core-relations.tsv`` only, so
only predictions of those relations are scored, and a finer relation that is
an ``rdfs:subPropertyOf`` of a core one counts as that one
(denies-accusations-by as rejects). The git history shows that
each gold file was committed before the first run of the pipeline on its
article (see the README for the figures of that first run).
"""
from __future__ import annotations

import csv
from pathlib import Path

from kg.evaluation.devsets.common import REPO_ROOT, DevSet, shared_dir
from kg.evaluation.gold import load_gold
from kg.io.readers import iter_articles

__all__ = ["load", "HELDOUT_DIR", "GOLD_FILE"]

HELDOUT_DIR = REPO_ROOT / "pipelines" / "heldout"
GOLD_FILE = Path(__file__).resolve().parents[1] / "data" / "heldout_gold.jsonl"


def load(shared: str | Path | None = None, limit: int | None = None) -> DevSet:
    root = shared_dir(shared)
    gold = load_gold(GOLD_FILE)
    articles = sorted(iter_articles([HELDOUT_DIR]), key=lambda a: a.id)
    if limit is not None:
        articles = articles[:limit]
    scored = {a.id for a in articles}
    gold.items = [item for item in gold.items if item.doc in scored]
    with (root / "spec" / "core-relations.tsv").open(encoding="utf-8") as handle:
        core = frozenset(row["id"] for row in csv.DictReader(handle, delimiter="\t"))
    counts = {"articles": len(articles), "gold_lines": len(gold.items),
              "must": sum(1 for i in gold.items if i.tier == "must")}
    return DevSet("heldout", "triples", articles, gold=gold, aliases=root / "eval" / "aliases.tsv",
                  counts=counts, scope=core,
                  notes=["Project-written articles about other countries; gold committed before the first "
                         "run. Only core-relation predictions are scored."])
