"""Evaluation of extraction quality: scoring, dev-set adapters, a baseline and reports.

Public API (the CLI calls these):

* :func:`evaluate` -- score predictions (``triples.jsonl``, Assertions or dicts)
  against gold lines with the reference scorer's semantics -> :class:`EvaluationReport`.
* :func:`evaluate_articles` -- run the pipeline (and the baseline) on articles and
  score them against a gold file -> :class:`DevsetReport`.
* :func:`run_devset` -- one of the dev sets ``sample``, ``petrarch``, ``re3d``,
  ``conflibert``, pipeline and baseline side by side -> :class:`DevsetReport`.
* :func:`format_report` -- any report as a readable table; every report has ``to_dict()``.

``python -m kg.evaluation`` (or ``python -m kg.evaluation.devsets``) prints all four
dev-set reports.
"""
from __future__ import annotations

from kg.evaluation.gold import Gold, GoldItem, load_aliases, load_gold, load_predictions, normalize_label
from kg.evaluation.report import (
    Counts,
    DevsetReport,
    EvaluationReport,
    FalsePositive,
    Miss,
    PentaclassReport,
    format_report,
)
from kg.evaluation.scoring import REFERENCE_SYMMETRIC, evaluate

__all__ = [
    "Counts",
    "DevsetReport",
    "EvaluationReport",
    "FalsePositive",
    "Gold",
    "GoldItem",
    "Miss",
    "PentaclassReport",
    "REFERENCE_SYMMETRIC",
    "DEVSETS",
    "evaluate",
    "evaluate_articles",
    "format_report",
    "load_aliases",
    "load_gold",
    "load_predictions",
    "normalize_label",
    "run_devset",
]


def __getattr__(name: str):
    # The dev-set runners import the pipeline (spaCy, the gazetteer): load them on first use.
    if name in {"run_devset", "evaluate_articles", "DEVSETS"}:
        from kg.evaluation import devsets

        return getattr(devsets, name)
    raise AttributeError(f"module 'kg.evaluation' has no attribute {name!r}")
