"""ConfliBERT CAMEO pentaclass sentences -> articles and class labels; sentence-level agreement.

Input: ``<shared>/data/cameo_confilbert_pentaclass.jsonl``, test split only
(451 sentences). Each sentence is one article; its label is the ``pentaclass``
(0 statement/appeal = CAMEO 01-02, 1 verbal cooperation = 03-05, 2 material
cooperation = 06-08, 3 verbal conflict = 09-13, 4 material conflict = 14-20;
``data/pentaclass.tsv``).

A relation's classes are those of its CAMEO codes' roots
(:func:`kg.evaluation.mappings.relation_pentaclasses`): ``accuses`` (112) ->
{3}, ``deploys-forces-to`` (062, 074, 154) -> {2, 4}; relations without CAMEO
codes (leader-of, located-in...) have none and are ignored here. An
assertion in the ``intended`` modality takes the class CAMEO gives the
announcement instead (:func:`kg.evaluation.mappings.assertion_pentaclasses`):
"agreed to help" is 03 (class 1), "vowed to strike" 13 (class 3).

Per sentence, the predictions considered are the non-negated ones whose
relation has a class. The sentence is *covered* if there is one; the
*chosen* prediction is the one with the highest confidence (the first in
output order on a tie); the sentence is *correct* if the label is among the
chosen relation's classes. ``correct_any`` counts sentences where any
considered prediction's classes include the label (an upper bound, as if the
right relation were always picked). Accuracy is reported on covered sentences
and on all sentences. Actor spans are not checked.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from kg.evaluation.devsets.common import DevSet, shared_dir, spread
from kg.evaluation.mappings import assertion_pentaclasses
from kg.evaluation.report import Counts, PentaclassReport
from kg.model import Article
from kg.ontology import Ontology, load_ontology

__all__ = ["load", "score_pentaclass", "choose"]

FILE = "cameo_confilbert_pentaclass.jsonl"


def load(shared: str | Path | None = None, limit: int | None = None) -> DevSet:
    """The test sentences (``limit``: N sentences spread evenly over the file, so every class is in)."""
    root = shared_dir(shared)
    records = [json.loads(line) for line in (root / "data" / FILE).read_text(encoding="utf-8").splitlines()
               if line.strip()]
    test = [r for r in records if r.get("split") == "test" and r.get("pentaclass") is not None]
    test = spread(test, limit)
    articles = [Article(r["id"], r["text"], source=FILE) for r in test]
    labels = {r["id"]: int(r["pentaclass"]) for r in test}
    counts = {"sentences": len(test)}
    for label in range(5):
        counts[f"label_{label}"] = sum(1 for v in labels.values() if v == label)
    notes = ["Test split; the class of a prediction is that of its relation's CAMEO codes. Class 0 "
             "(01-02) is reachable only through 'requests' (02) and 'expresses-sympathy-with' (018): "
             "plain statements ('said') are not relations."]
    return DevSet("conflibert", "pentaclass", articles, labels=labels, counts=counts, notes=notes,
                  extra={"texts": {r["id"]: r["text"] for r in test}})


def choose(lines: Iterable[Mapping[str, Any]], ontology: Ontology
           ) -> tuple[Mapping[str, Any] | None, list[tuple[Mapping[str, Any], frozenset[int]]]]:
    """The chosen prediction of a sentence and all considered ones with their classes."""
    considered = []
    for line in lines:
        if line.get("negated"):
            continue
        rel = ontology.relations.get(str(line.get("relation")))
        classes = assertion_pentaclasses(rel, line.get("modality")) if rel is not None else frozenset()
        if classes:
            considered.append((line, classes))
    if not considered:
        return None, []
    best = max(range(len(considered)), key=lambda k: (float(considered[k][0].get("confidence", 0) or 0), -k))
    return considered[best][0], considered


def score_pentaclass(labels: Mapping[str, int], predictions: Mapping[str, Iterable[Mapping[str, Any]]],
                     *, ontology: Ontology | None = None, texts: Mapping[str, str] | None = None,
                     title: str = "") -> PentaclassReport:
    """Agreement of the predictions' classes with the sentence labels (see the module docstring)."""
    ontology = ontology or load_ontology()
    report = PentaclassReport(total=len(labels), covered=0, correct=0, correct_any=0, title=title)
    for label in range(5):
        report.confusion[label] = {}
        report.per_label[label] = Counts()
    for doc, label in labels.items():
        cell = report.per_label.setdefault(label, Counts())
        cell.must += 1
        chosen, considered = choose(predictions.get(doc, ()), ontology)
        row = report.confusion.setdefault(label, {})
        if chosen is None:
            row["-"] = row.get("-", 0) + 1
            continue
        report.covered += 1
        cell.predicted += 1
        classes = next(c for line, c in considered if line is chosen)
        predicted = label if label in classes else min(classes)
        row[str(predicted)] = row.get(str(predicted), 0) + 1
        relation = str(chosen.get("relation"))
        by_label = report.per_relation.setdefault(relation, {})
        by_label[label] = by_label.get(label, 0) + 1
        if label in classes:
            report.correct += 1
            cell.correct += 1
        else:
            report.errors.append({"id": doc, "label": label, "predicted": predicted, "relation": relation,
                                  "subject": chosen.get("subject"), "object": chosen.get("object"),
                                  "rule": chosen.get("rule"), "text": (texts or {}).get(doc, "")})
        if any(label in c for _, c in considered):
            report.correct_any += 1
    return report
