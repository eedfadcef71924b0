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

A negated cooperative assertion is a refusal, CAMEO 12 (class 3): "will not
lift the ban"; a negated hostile one has no class.

Per sentence, the predictions considered are those with a class. The sentence is *covered* if there is one; the
*chosen* prediction is the one with the highest confidence (the first in
output order on a tie); the sentence is *correct* if the label is among the
chosen relation's classes. ``correct_any`` counts sentences where any
considered prediction's classes include the label (an upper bound, as if the
right relation were always picked). Accuracy is reported on covered sentences
and on all sentences. Actor spans are not checked there.

Relation level (:func:`labelled_pairs`): about half the sentences have a
single coded actor or a target that is no geopolitical actor ("killed
civilians", "rejected the request"), and a triple needs two actors. The
*two-actor sentences* are those whose labelled source and target (or two
reciprocal actors) resolve to two different geopolitical actors, by the same
span resolution as re3d (:func:`kg.evaluation.devsets.re3d.resolve_span`).
On them a prediction counts only if it links a labelled pair (source to
target; either way for reciprocal actors and symmetric relations); the most
confident such prediction is right if its class is the label. Precision is
right / sentences with such a prediction, recall right / two-actor sentences.
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

__all__ = ["load", "score_pentaclass", "choose", "labelled_pairs"]

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
    spans = {r["id"]: {"text": r["text"], "sources": list(r.get("sources") or []),
                       "targets": list(r.get("targets") or []),
                       "reciprocal": list(r.get("reciprocal_actors") or [])} for r in test}
    return DevSet("conflibert", "pentaclass", articles, labels=labels, counts=counts, notes=notes,
                  extra={"texts": {r["id"]: r["text"] for r in test}, "spans": spans})


def labelled_pairs(spans: Mapping[str, Mapping[str, Any]], docs: Mapping[str, Any], gazetteer: Any
                   ) -> dict[str, frozenset[tuple[str, str]]]:
    """Sentence id -> the (subject, object) actor labels its annotation allows (two-actor sentences only)."""
    from kg.evaluation.devsets.re3d import resolve_span

    out: dict[str, frozenset[tuple[str, str]]] = {}
    for doc_id, record in spans.items():
        text = str(record["text"])

        def resolved(phrases: Iterable[str]) -> set[str]:
            found = set()
            for phrase in phrases:
                start = text.find(phrase)
                span = (start, start + len(phrase)) if start >= 0 else None
                actor = resolve_span(phrase, span, docs.get(doc_id), gazetteer)
                if actor is not None:
                    found.add(actor.label)
            return found

        sources, targets = resolved(record["sources"]), resolved(record["targets"])
        reciprocal = resolved(record["reciprocal"])
        pairs = {(s, t) for s in sources for t in targets if s != t}
        pairs |= {(a, b) for a in reciprocal for b in reciprocal if a != b}
        if pairs:
            out[doc_id] = frozenset(pairs)
    return out


def choose(lines: Iterable[Mapping[str, Any]], ontology: Ontology
           ) -> tuple[Mapping[str, Any] | None, list[tuple[Mapping[str, Any], frozenset[int]]]]:
    """The chosen prediction of a sentence and all considered ones with their classes."""
    considered = []
    for line in lines:
        rel = ontology.relations.get(str(line.get("relation")))
        classes = (assertion_pentaclasses(rel, line.get("modality"), bool(line.get("negated")))
                   if rel is not None else frozenset())
        if classes:
            considered.append((line, classes))
    if not considered:
        return None, []
    best = max(range(len(considered)), key=lambda k: (float(considered[k][0].get("confidence", 0) or 0), -k))
    return considered[best][0], considered


def score_pentaclass(labels: Mapping[str, int], predictions: Mapping[str, Iterable[Mapping[str, Any]]],
                     *, ontology: Ontology | None = None, texts: Mapping[str, str] | None = None,
                     title: str = "", pairs: Mapping[str, frozenset[tuple[str, str]]] | None = None
                     ) -> PentaclassReport:
    """Agreement of the predictions' classes with the sentence labels (see the module docstring).

    ``pairs``: the two-actor sentences and their labelled pairs
    (:func:`labelled_pairs`), for the relation-level figures.
    """
    ontology = ontology or load_ontology()
    report = PentaclassReport(total=len(labels), covered=0, correct=0, correct_any=0, title=title)
    choices = {doc: choose(predictions.get(doc, ()), ontology) for doc in labels}
    for doc, allowed in (pairs or {}).items():
        if doc not in labels:
            continue
        report.pairs += 1
        _, considered = choices[doc]
        linking = [(line, classes) for line, classes in considered
                   if (str(line.get("subject")), str(line.get("object"))) in allowed
                   or (_is_symmetric(line, ontology)
                       and (str(line.get("object")), str(line.get("subject"))) in allowed)]
        if linking:
            report.pairs_predicted += 1
            best = max(range(len(linking)), key=lambda k: (float(linking[k][0].get("confidence", 0) or 0), -k))
            report.pair_outcomes[doc] = labels[doc] in linking[best][1]
            report.pairs_correct += report.pair_outcomes[doc]
    for label in range(5):
        report.confusion[label] = {}
        report.per_label[label] = Counts()
    for doc, label in labels.items():
        cell = report.per_label.setdefault(label, Counts())
        cell.must += 1
        chosen, considered = choices[doc]
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


def _is_symmetric(line: Mapping[str, Any], ontology: Ontology) -> bool:
    relation = ontology.relations.get(str(line.get("relation")))
    return relation is not None and relation.symmetric
