"""Score predicted triples against gold lines, with the reference scorer's semantics.

The matching rules are those of ``../shared/eval/score.py`` (this is an
independent implementation; a test runs both on the same inputs and compares
precision, recall and F1):

* labels are normalised (:func:`kg.evaluation.gold.normalize_label`) and
  mapped through the alias table; relations are compared as written;
* prediction lines with a true ``negated`` field are ignored (a negated
  relation is not a fact), and so are lines of documents that have no gold
  (only scored documents count);
* predictions are distinct ``(subject, relation, object)`` triples per
  document, after normalisation;
* a triple is correct if it matches any gold line of its document, ``must``
  or ``ok``: its relation is one of the line's relations, and its subject and
  object are among the line's subjects and objects -- or, for a symmetric
  relation, among its objects and subjects -- and subject and object differ;
* recall counts only ``must`` lines: a ``must`` line is found if any triple of
  its document matches it;
* precision = correct / predicted; recall = found / must; F1 their harmonic
  mean (0 when undefined).

Beyond the reference scorer, the report breaks the figures down per relation
(predictions under their relation, gold lines under their first relation),
per gold category and per extraction rule (see
:mod:`kg.evaluation.categories`), and lists misses and false positives with
the prediction lines behind them.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from kg.evaluation.categories import EvidenceParser, default_parser, gold_categories, prediction_categories
from kg.evaluation.gold import (
    Gold,
    GoldItem,
    PathLike,
    find_aliases,
    load_aliases,
    load_gold,
    load_predictions,
    normalize_label,
)
from kg.evaluation.report import Counts, EvaluationReport, FalsePositive, Miss
from kg.model import Assertion
from kg.ontology import Ontology, load_ontology

__all__ = ["REFERENCE_SYMMETRIC", "evaluate", "matches", "symmetric_relations"]

#: The symmetric relations hard-coded in the reference scorer.
REFERENCE_SYMMETRIC = frozenset({
    "meets-with", "strategic-partner", "ally-of", "cooperates-with",
    "fights", "signs-agreement-with", "at-war-with", "negotiates-with",
})

Triple = tuple[str, str, str]
AUTO = "auto"


def symmetric_relations(ontology: Ontology | None = None) -> frozenset[str]:
    """The reference scorer's symmetric relations plus those the ontology declares symmetric.

    For the core ontology the two sets agree (the reference list also names
    ``at-war-with``, which the core does not define); an extension that adds
    a symmetric relation is matched either way too.
    """
    ontology = ontology or load_ontology()
    return REFERENCE_SYMMETRIC | {r.id for r in ontology.relations.values() if r.symmetric}


class _PreparedGold:
    __slots__ = ("item", "subject", "relation", "object", "categories")

    def __init__(self, item: GoldItem, aliases: Mapping[str, str], categories: tuple[str, ...]) -> None:
        self.item = item
        self.subject = frozenset(normalize_label(x, aliases) for x in item.subject)
        self.relation = frozenset(item.relation)
        self.object = frozenset(normalize_label(x, aliases) for x in item.object)
        self.categories = categories


def matches(triple: Triple, gold: "_PreparedGold", symmetric: frozenset[str]) -> bool:
    """Does a normalised triple match a prepared gold line (see the module docstring)?"""
    s, r, o = triple
    if r not in gold.relation:
        return False
    if s in gold.subject and o in gold.object:
        return s != o
    return r in symmetric and o in gold.subject and s in gold.object and s != o


def _resolve_aliases(aliases: Any, gold_source: Any) -> dict[str, str]:
    if aliases is None:
        return {}
    if isinstance(aliases, Mapping):
        return dict(aliases)
    if aliases == AUTO:
        if isinstance(gold_source, (str, Path)):
            found = find_aliases(gold_source)
            return load_aliases(found) if found else {}
        return {}
    return load_aliases(aliases)


def evaluate(
    gold: "Gold | PathLike | Iterable[Mapping[str, Any] | GoldItem]",
    predictions: "PathLike | Iterable[Assertion | Mapping[str, Any]]",
    *,
    aliases: "PathLike | Mapping[str, str] | None" = AUTO,
    ontology: Ontology | None = None,
    symmetric: Iterable[str] | None = None,
    categories: bool = True,
    parser: EvidenceParser | None = None,
    nlp=None,
    title: str = "",
) -> EvaluationReport:
    """Score ``predictions`` against ``gold``; see the module docstring for the rules.

    ``gold``: a gold ``.jsonl`` file or folder, a :class:`~kg.evaluation.gold.Gold`,
    or gold-line dicts. ``predictions``: a ``triples.jsonl`` file, Assertions or
    dicts. ``aliases``: an alias table path or mapping; ``"auto"`` (default)
    uses the ``aliases.tsv`` beside a gold path (as the reference scorer does
    for its own folder), None uses none. ``symmetric`` overrides the symmetric
    relations (default :func:`symmetric_relations`). ``categories=False``
    skips derived gold categories; otherwise evidence is parsed with
    ``parser``, or ``nlp`` (its ``kg_*`` components disabled), or the default
    spaCy model.
    """
    gold_set = load_gold(gold)
    alias_table = _resolve_aliases(aliases, gold)
    ontology = ontology or load_ontology()
    sym = frozenset(symmetric) if symmetric is not None else symmetric_relations(ontology)
    if categories and parser is None and any(item.evidence for item in gold_set.items):
        parser = default_parser(nlp)

    by_doc: dict[str, list[_PreparedGold]] = {doc: [] for doc in gold_set.scored_docs()}
    for item in gold_set.items:
        cats = gold_categories(item, ontology, parser) if categories else tuple(item.categories)
        by_doc[item.doc].append(_PreparedGold(item, alias_table, cats))

    ignored = {"negated": 0, "unscored_doc": 0}
    found: dict[str, dict[Triple, list[dict[str, Any]]]] = {}
    for line in load_predictions(predictions):
        if line.get("negated"):
            ignored["negated"] += 1
            continue
        doc = str(line.get("doc", ""))
        if doc not in by_doc:
            ignored["unscored_doc"] += 1
            continue
        triple = (normalize_label(line["subject"], alias_table), str(line["relation"]),
                  normalize_label(line["object"], alias_table))
        found.setdefault(doc, {}).setdefault(triple, []).append(line)

    report = EvaluationReport(0.0, 0.0, 0.0, 0, 0, 0, 0, len(by_doc), 0, ignored=ignored, title=title)
    total = Counts()
    for doc in sorted(by_doc):
        items = by_doc[doc]
        triples = found.get(doc, {})
        counts = Counts()
        for triple in sorted(triples):
            lines = triples[triple]
            relation = report.per_relation.setdefault(triple[1], Counts())
            rule_keys = prediction_categories(lines)
            ok = any(matches(triple, g, sym) for g in items)
            counts.predicted += 1
            relation.predicted += 1
            for key in rule_keys:
                report.per_rule.setdefault(key, Counts()).predicted += 1
            if ok:
                counts.correct += 1
                relation.correct += 1
                for key in rule_keys:
                    report.per_rule[key].correct += 1
            else:
                report.false_positives.append(FalsePositive(
                    doc, triple, tuple(_brief(x) for x in lines), rule_keys))
        for g in items:
            if g.item.tier != "must":
                continue
            hit = any(matches(t, g, sym) for t in triples)
            counts.must += 1
            relation = report.per_relation.setdefault(g.item.primary_relation, Counts())
            relation.must += 1
            relation.must_found += hit
            for cat in g.categories:
                cell = report.per_category.setdefault(cat, Counts())
                cell.must += 1
                cell.must_found += hit
            if hit:
                counts.must_found += 1
            else:
                report.misses.append(Miss(doc, g.item.to_dict(), g.categories))
        report.per_doc[doc] = counts
        total.predicted += counts.predicted
        total.correct += counts.correct
        total.must += counts.must
        total.must_found += counts.must_found
        if triples:
            report.docs_with_predictions += 1
    report.predicted, report.correct = total.predicted, total.correct
    report.must, report.must_found = total.must, total.must_found
    report.precision, report.recall, report.f1 = total.precision, total.recall, total.f1
    return report


_BRIEF_FIELDS = ("subject", "subject_id", "relation", "object", "object_id", "rule", "modality",
                 "attributed_to", "confidence", "sentence", "start_char", "end_char")


def _brief(line: Mapping[str, Any]) -> dict[str, Any]:
    return {k: line[k] for k in _BRIEF_FIELDS if k in line}
