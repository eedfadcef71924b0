"""Report types of the evaluation and their text and JSON forms.

* :class:`EvaluationReport` -- triple scoring (precision, recall, F1; per
  relation, per category, per rule; misses and false positives).
* :class:`PentaclassReport` -- sentence classification into the five CAMEO
  classes (the ConfliBERT dev set).
* :class:`DevsetReport` -- one dev set, several systems (the pipeline and the
  baseline) side by side, with counts and notes about the data.

:func:`format_report` renders any of them as a readable plain-text table;
every report has ``to_dict()`` for JSON.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Union

__all__ = [
    "Counts",
    "DevsetReport",
    "EvaluationReport",
    "FalsePositive",
    "Miss",
    "PentaclassReport",
    "format_report",
]


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Counts:
    """Prediction-side (predicted, correct) and gold-side (must, must_found) counts."""

    predicted: int = 0
    correct: int = 0
    must: int = 0
    must_found: int = 0

    @property
    def precision(self) -> float:
        return _ratio(self.correct, self.predicted)

    @property
    def recall(self) -> float:
        return _ratio(self.must_found, self.must)

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    def to_dict(self) -> dict[str, Any]:
        return {"predicted": self.predicted, "correct": self.correct, "must": self.must,
                "must_found": self.must_found, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass(frozen=True)
class Miss:
    """A ``must`` gold line that no prediction matched."""

    doc: str
    gold: dict[str, Any]
    categories: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"doc": self.doc, "gold": self.gold, "categories": list(self.categories)}

    def describe(self) -> str:
        g = self.gold
        evidence = str(g.get("trigger") or g.get("evidence") or "")
        evidence = f"   [{evidence[:120]}{'...' if len(evidence) > 120 else ''}]" if evidence else ""
        return (f"{self.doc}: {_first(g.get('subject'))} -{_first(g.get('relation'))}-> "
                f"{_first(g.get('object'))}{evidence}")


@dataclass(frozen=True)
class FalsePositive:
    """A predicted (normalised) triple that matches no gold line of its document.

    ``lines`` are the prediction lines behind it (subject/object as written,
    rule, modality, sentence), for the error analysis.
    """

    doc: str
    triple: tuple[str, str, str]
    lines: tuple[dict[str, Any], ...] = ()
    categories: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"doc": self.doc, "triple": list(self.triple), "categories": list(self.categories),
                "lines": [dict(x) for x in self.lines]}

    def describe(self) -> str:
        s, r, o = self.triple
        line = self.lines[0] if self.lines else {}
        rule = f" ({line['rule']})" if line.get("rule") else ""
        sentence = line.get("sentence") or ""
        sentence = f"   [{sentence[:120]}{'...' if len(sentence) > 120 else ''}]" if sentence else ""
        return f"{self.doc}: {s} -{r}-> {o}{rule}{sentence}"


def _first(values: Any) -> str:
    if isinstance(values, (list, tuple)):
        return str(values[0]) if values else ""
    return str(values or "")


@dataclass
class EvaluationReport:
    """The result of :func:`kg.evaluation.scoring.evaluate`.

    The headline figures are those of the reference scorer: precision over
    distinct (normalised) predicted triples of scored documents, recall over
    ``must`` gold lines, F1 of the two.
    """

    precision: float
    recall: float
    f1: float
    predicted: int
    correct: int
    must: int
    must_found: int
    docs_scored: int
    docs_with_predictions: int
    per_doc: dict[str, Counts] = field(default_factory=dict)
    per_relation: dict[str, Counts] = field(default_factory=dict)
    per_category: dict[str, Counts] = field(default_factory=dict)
    per_rule: dict[str, Counts] = field(default_factory=dict)
    misses: list[Miss] = field(default_factory=list)
    false_positives: list[FalsePositive] = field(default_factory=list)
    ignored: dict[str, int] = field(default_factory=dict)
    title: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
            "predicted": self.predicted, "correct": self.correct, "must": self.must,
            "must_found": self.must_found, "docs_scored": self.docs_scored,
            "docs_with_predictions": self.docs_with_predictions,
            "ignored": dict(self.ignored),
            "per_doc": {k: v.to_dict() for k, v in self.per_doc.items()},
            "per_relation": {k: v.to_dict() for k, v in self.per_relation.items()},
            "per_category": {k: v.to_dict() for k, v in self.per_category.items()},
            "per_rule": {k: v.to_dict() for k, v in self.per_rule.items()},
            "missed": [m.to_dict() for m in self.misses],
            "false_positives": [f.to_dict() for f in self.false_positives],
        }


@dataclass
class PentaclassReport:
    """Sentence-level CAMEO pentaclass agreement (see :mod:`kg.evaluation.devsets.conflibert`).

    ``covered``: sentences with at least one prediction that has a class.
    ``correct``: covered sentences whose chosen prediction's class set
    contains the label; ``correct_any``: covered sentences where any
    prediction's class set contains it (an upper bound).
    ``confusion[label][predicted]`` counts the chosen predictions (``"-"``:
    none).

    Relation level, on the *two-actor sentences* (whose labelled source and
    target resolve to two geopolitical actors): ``pairs`` such sentences,
    ``pairs_predicted`` those with a prediction between a labelled pair,
    ``pairs_correct`` those whose most confident such prediction has the
    label's class. Precision is correct / predicted, recall correct / pairs.
    ``pair_outcomes``: for each predicted two-actor sentence, whether it is
    right, so that systems can be compared on the sentences they all predict.
    """

    total: int
    covered: int
    correct: int
    correct_any: int
    confusion: dict[int, dict[str, int]] = field(default_factory=dict)
    per_label: dict[int, Counts] = field(default_factory=dict)
    per_relation: dict[str, dict[int, int]] = field(default_factory=dict)
    errors: list[dict[str, Any]] = field(default_factory=list)
    title: str = ""
    pairs: int = 0
    pairs_predicted: int = 0
    pairs_correct: int = 0
    pair_outcomes: dict[str, bool] = field(default_factory=dict)

    @property
    def pair_precision(self) -> float:
        return _ratio(self.pairs_correct, self.pairs_predicted)

    @property
    def pair_recall(self) -> float:
        return _ratio(self.pairs_correct, self.pairs)

    @property
    def coverage(self) -> float:
        return _ratio(self.covered, self.total)

    @property
    def accuracy_covered(self) -> float:
        return _ratio(self.correct, self.covered)

    @property
    def accuracy_all(self) -> float:
        return _ratio(self.correct, self.total)

    @property
    def accuracy_any_covered(self) -> float:
        return _ratio(self.correct_any, self.covered)

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title, "total": self.total, "covered": self.covered, "correct": self.correct,
            "correct_any": self.correct_any, "coverage": round(self.coverage, 4),
            "accuracy_covered": round(self.accuracy_covered, 4), "accuracy_all": round(self.accuracy_all, 4),
            "accuracy_any_covered": round(self.accuracy_any_covered, 4),
            "pairs": self.pairs, "pairs_predicted": self.pairs_predicted, "pairs_correct": self.pairs_correct,
            "pair_precision": round(self.pair_precision, 4), "pair_recall": round(self.pair_recall, 4),
            "pair_outcomes": dict(sorted(self.pair_outcomes.items())),
            "confusion": {str(k): dict(v) for k, v in self.confusion.items()},
            "per_label": {str(k): {"sentences": v.must, "covered": v.predicted, "correct": v.correct}
                          for k, v in self.per_label.items()},
            "per_relation": {k: {str(lab): n for lab, n in v.items()} for k, v in self.per_relation.items()},
            "errors": list(self.errors),
        }


SystemReport = Union[EvaluationReport, PentaclassReport]


@dataclass
class DevsetReport:
    """One dev set scored for several systems (``"pipeline"``, ``"baseline"``)."""

    name: str
    systems: dict[str, SystemReport]
    counts: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "counts": dict(self.counts), "notes": list(self.notes),
                "seconds": {k: round(v, 2) for k, v in self.seconds.items()},
                "systems": {k: v.to_dict() for k, v in self.systems.items()}}


# --------------------------------------------------------------------------- #
# Text rendering
# --------------------------------------------------------------------------- #


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w)
                       for i, (c, w) in enumerate(zip(row, widths))).rstrip()
             for row in [header, *rows]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return lines


def _pct(num: int, den: int) -> str:
    return f"{num / den:.3f}" if den else "-"


def _format_evaluation(r: EvaluationReport, max_items: int) -> list[str]:
    out = []
    if r.title:
        out += [r.title, "=" * len(r.title)]
    out.append(f"docs {r.docs_with_predictions}/{r.docs_scored}  predicted {r.predicted}  "
               f"correct {r.correct}  must {r.must_found}/{r.must}")
    out.append(f"precision {r.precision:.3f}  recall {r.recall:.3f}  f1 {r.f1:.3f}")
    if r.ignored:
        out.append("ignored: " + ", ".join(f"{k} {v}" for k, v in sorted(r.ignored.items())))
    out += ["", "Per relation (predictions by predicted relation; gold by its first relation)"]
    rows = [[rel, str(c.predicted), str(c.correct), _pct(c.correct, c.predicted),
             f"{c.must_found}/{c.must}", _pct(c.must_found, c.must)]
            for rel, c in sorted(r.per_relation.items())]
    out += _table(["relation", "pred", "correct", "P", "found/must", "R"], rows) if rows else ["(none)"]
    if r.per_category:
        out += ["", "Per gold category (recall over must lines)"]
        rows = [[cat, f"{c.must_found}/{c.must}", _pct(c.must_found, c.must)]
                for cat, c in sorted(r.per_category.items())]
        out += _table(["category", "found/must", "R"], rows)
    if r.per_rule:
        out += ["", "Per extraction rule and modality (precision over predicted triples)"]
        rows = [[cat, str(c.predicted), str(c.correct), _pct(c.correct, c.predicted)]
                for cat, c in sorted(r.per_rule.items())]
        out += _table(["rule", "pred", "correct", "P"], rows)
    for label, items in (("Missed", r.misses), ("False positives", r.false_positives)):
        out += ["", f"{label} ({len(items)})"]
        for item in items[:max_items]:
            out.append("  " + item.describe())
        if len(items) > max_items:
            out.append(f"  ... {len(items) - max_items} more (see to_dict())")
    return out


def _format_pentaclass(r: PentaclassReport, max_items: int) -> list[str]:
    out = []
    if r.title:
        out += [r.title, "=" * len(r.title)]
    out.append(f"sentences {r.total}  covered {r.covered} ({r.coverage:.3f})  correct {r.correct}")
    out.append(f"accuracy on covered {r.accuracy_covered:.3f}  on all {r.accuracy_all:.3f}  "
               f"(any prediction right, on covered: {r.accuracy_any_covered:.3f})")
    if r.pairs:
        out.append(f"two-actor sentences {r.pairs}: predicted between the labelled actors {r.pairs_predicted}, "
                   f"right class {r.pairs_correct}  P {r.pair_precision:.3f}  R {r.pair_recall:.3f}")
    labels = sorted(r.per_label)
    columns = [str(x) for x in range(5)] + ["-"]
    rows = [[str(lab), *[str(r.confusion.get(lab, {}).get(c, 0)) for c in columns],
             _pct(r.per_label[lab].correct, r.per_label[lab].must)] for lab in labels]
    out += ["", "Confusion (rows: label; columns: class of the chosen prediction, '-' none)"]
    out += _table(["label", *columns, "acc"], rows)
    if r.per_relation:
        out += ["", "Chosen relation -> labels of its sentences"]
        rows = [[rel, *[str(v.get(x, 0)) for x in range(5)]] for rel, v in sorted(r.per_relation.items())]
        out += _table(["relation", *[str(x) for x in range(5)]], rows)
    if r.errors:
        out += ["", f"Wrong class ({len(r.errors)})"]
        for e in r.errors[:max_items]:
            out.append(f"  {e['id']}: label {e['label']}, {e['relation']} -> {e['predicted']}  "
                       f"[{e['text'][:110]}]")
        if len(r.errors) > max_items:
            out.append(f"  ... {len(r.errors) - max_items} more")
    return out


def common_pair_results(reports: Sequence[PentaclassReport]) -> tuple[int, list[int]]:
    """The number of two-actor sentences every report predicts a labelled pair on, and how many of those
    each gets right: precision on common ground, where a system that predicts on few sentences is not
    compared with one that predicts on many.

    >>> a = PentaclassReport(0, 0, 0, 0, pair_outcomes={"s1": True, "s2": True, "s3": False})
    >>> b = PentaclassReport(0, 0, 0, 0, pair_outcomes={"s2": True, "s3": True})
    >>> common_pair_results([a, b])
    (2, [1, 2])
    """
    shared = set.intersection(*(set(r.pair_outcomes) for r in reports)) if reports else set()
    return len(shared), [sum(r.pair_outcomes[doc] for doc in shared) for r in reports]


def _common_pairs(systems: Sequence[tuple[str, PentaclassReport]]) -> list[str]:
    if len(systems) < 2:
        return []
    shared, right = common_pair_results([s for _, s in systems])
    if not shared:
        return []
    scores = ", ".join(f"{name} {n}/{shared} ({_pct(n, shared)})" for (name, _), n in zip(systems, right))
    return ["", f"On the {shared} two-actor sentences every system predicts a labelled pair on: {scores}"]


def _format_devset(r: DevsetReport, max_items: int) -> list[str]:
    title = f"Dev set: {r.name}"
    out = [title, "=" * len(title)]
    if r.counts:
        out.append(", ".join(f"{k} {v}" for k, v in r.counts.items()))
    out += [f"note: {n}" for n in r.notes]
    systems = list(r.systems.items())
    out.append("")
    if systems and all(isinstance(s, EvaluationReport) for _, s in systems):
        rows = [[name, str(s.predicted), str(s.correct), f"{s.must_found}/{s.must}",
                 f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", f"{r.seconds.get(name, 0):.1f}"]
                for name, s in systems]
        out += _table(["system", "pred", "correct", "found/must", "P", "R", "F1", "s"], rows)
        # relation table, side by side
        relations = sorted({rel for _, s in systems for rel in s.per_relation})
        if relations:
            out += ["", "Per relation: P and R per system"]
            header = ["relation"] + [f"{name} {m}" for name, _ in systems for m in ("P", "R")]
            rows = []
            for rel in relations:
                row = [rel]
                for _, s in systems:
                    c = s.per_relation.get(rel, Counts())
                    row += [f"{_pct(c.correct, c.predicted)} ({c.correct}/{c.predicted})",
                            f"{_pct(c.must_found, c.must)} ({c.must_found}/{c.must})"]
                rows.append(row)
            out += _table(header, rows)
        categories = sorted({c for _, s in systems for c in s.per_category})
        if categories:
            out += ["", "Per gold category: recall per system"]
            rows = [[cat, *[(lambda c: f"{_pct(c.must_found, c.must)} ({c.must_found}/{c.must})")(
                s.per_category.get(cat, Counts())) for _, s in systems]] for cat in categories]
            out += _table(["category", *[name for name, _ in systems]], rows)
    elif systems and all(isinstance(s, PentaclassReport) for _, s in systems):
        rows = [[name, str(s.total), f"{s.covered} ({s.coverage:.3f})", str(s.correct),
                 f"{s.accuracy_covered:.3f}", f"{s.accuracy_all:.3f}", f"{s.accuracy_any_covered:.3f}",
                 f"{s.pairs_correct}/{s.pairs_predicted}/{s.pairs}", f"{s.pair_precision:.3f}",
                 f"{s.pair_recall:.3f}", f"{r.seconds.get(name, 0):.1f}"] for name, s in systems]
        out += _table(["system", "sentences", "covered", "correct", "acc covered", "acc all",
                       "any covered", "pairs ok/pred/all", "pairs P", "pairs R", "s"], rows)
        out += _common_pairs(systems)
    for name, system in systems:
        out += ["", f"--- {name} ---"]
        out += format_report(system, max_items=max_items).splitlines()
    return out


def format_report(report: "EvaluationReport | PentaclassReport | DevsetReport | Mapping[str, Any]",
                  *, max_items: int = 25) -> str:
    """A readable plain-text rendering of any report (misses and false positives cut at ``max_items``)."""
    if isinstance(report, EvaluationReport):
        lines = _format_evaluation(report, max_items)
    elif isinstance(report, PentaclassReport):
        lines = _format_pentaclass(report, max_items)
    elif isinstance(report, DevsetReport):
        lines = _format_devset(report, max_items)
    else:
        raise TypeError(f"format_report: cannot render {type(report).__name__}; pass a report object")
    return "\n".join(lines) + "\n"
