"""The scorer: same figures as the reference ``score.py``, plus the breakdowns."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.evaluation import evaluate, format_report, load_aliases, normalize_label
from kg.evaluation.gold import find_aliases, load_gold
from kg.model import Assertion

GOLD_A = [
    {"doc": "a", "tier": "must", "subject": ["Vladimir Putin", "Russia"], "relation": ["meets-with"],
     "object": ["Kim Jong Un", "North Korea"]},
    {"doc": "a", "tier": "must", "subject": ["United States"], "relation": ["accuses"], "object": ["Russia"],
     "evidence": "the United States has alleged that the Kremlin is lying", "category": "attribution"},
    {"doc": "a", "tier": "must", "subject": ["Russia"], "relation": ["strategic-partner", "ally-of"],
     "object": ["North Korea"]},
    {"doc": "a", "tier": "ok", "subject": ["Russia", "North Korea"], "relation": ["cooperates-with"],
     "object": ["Russia", "North Korea"]},
    {"doc": "b", "tier": "must", "subject": ["China"], "relation": ["sanctions"], "object": ["Taiwan"],
     "phenomenon": ["verb", "coordination"]},
    {"doc": "b", "tier": "must", "subject": ["Xi Jinping"], "relation": ["leader-of"], "object": ["China"]},
]
GOLD_C = [
    {"doc": "c", "tier": "must", "subject": ["EU"], "relation": ["criticizes"], "object": ["Iran"]},
]

PREDICTIONS = {
    "mixed": [
        # symmetric relation predicted the other way round: correct
        {"doc": "a", "subject": "North Korea", "relation": "meets-with", "object": "Russia"},
        # aliases on both sides, possessive and article
        {"doc": "a", "subject": "the U.S.", "relation": "accuses", "object": "Russian Federation's"},
        # non-symmetric relation reversed: wrong
        {"doc": "a", "subject": "Russia", "relation": "accuses", "object": "United States"},
        # negated: ignored, even though it would be correct
        {"doc": "a", "subject": "DPRK", "relation": "ally-of", "object": "Russia", "negated": True},
        # an "ok" line: correct, no recall
        {"doc": "a", "subject": "North Korea", "relation": "cooperates-with", "object": "Russia"},
        # subject equals object after normalisation: never correct
        {"doc": "a", "subject": "Russia", "relation": "cooperates-with", "object": "Russian Federation"},
        # a document without gold: ignored
        {"doc": "zzz", "subject": "Mars", "relation": "attacks", "object": "Venus"},
        # the same triple twice after normalisation counts once
        {"doc": "b", "subject": "China", "relation": "sanctions", "object": "Taiwan", "rule": "verb:sanction"},
        {"doc": "b", "subject": "People's Republic of China", "relation": "sanctions", "object": "Republic of China",
         "rule": "noun:sanction"},
        # punctuation and case
        {"doc": "b", "subject": "XI JINPING!", "relation": "leader-of", "object": "china"},
        {"doc": "b", "subject": "Xi", "relation": "leader-of", "object": "China"},
        {"doc": "c", "subject": "E.U.", "relation": "criticizes", "object": "Iran"},
    ],
    "symmetric_only": [
        {"doc": "a", "subject": "Kim Jong Un", "relation": "meets-with", "object": "Vladimir Putin"},
        {"doc": "a", "subject": "North Korea", "relation": "ally-of", "object": "Russia"},
        {"doc": "a", "subject": "North Korea", "relation": "strategic-partner", "object": "Russia", "negated": False},
    ],
    "negated_only": [
        {"doc": "a", "subject": "Russia", "relation": "meets-with", "object": "North Korea", "negated": True},
    ],
    "no_gold_docs": [
        {"doc": "x", "subject": "Russia", "relation": "meets-with", "object": "North Korea"},
        {"doc": 7, "subject": "Russia", "relation": "meets-with", "object": "North Korea"},
    ],
    "empty": [],
}

FIELDS = ("precision", "recall", "f1", "predicted", "correct", "must", "must_found", "docs_scored",
          "docs_with_predictions")


def _gold_folder(write_jsonl) -> Path:
    path = write_jsonl("gold/a_b.jsonl", GOLD_A)
    write_jsonl("gold/c.jsonl", GOLD_C)
    return path.parent


def _compare(mine, ref: dict) -> None:
    ours = mine.to_dict()
    for key in FIELDS:
        assert ours[key] == ref[key], (key, ours[key], ref[key])
    assert sorted((m["doc"], json.dumps(m["gold"], sort_keys=True)) for m in ours["missed"]) == \
        sorted((m["doc"], json.dumps(m["gold"], sort_keys=True)) for m in ref["missed"])
    assert sorted((f["doc"], tuple(f["triple"])) for f in ours["false_positives"]) == \
        sorted((f["doc"], tuple(f["triple"])) for f in ref["false_positives"])
    for doc, cell in ref["docs"].items():
        mine_doc = ours["per_doc"][doc]
        assert (mine_doc["predicted"], mine_doc["correct"], mine_doc["must"], mine_doc["must_found"]) == \
            (cell["predicted"], cell["correct"], cell["must"], cell["must_found"])


@pytest.mark.parametrize("case", sorted(PREDICTIONS))
@pytest.mark.parametrize("with_aliases", [True, False])
def test_parity_with_reference_scorer(case, with_aliases, shared, write_jsonl, reference_score):
    gold = _gold_folder(write_jsonl)
    pred = write_jsonl(f"{case}.jsonl", PREDICTIONS[case])
    aliases = shared / "eval" / "aliases.tsv" if with_aliases else None
    ref = reference_score(gold, pred, aliases)
    mine = evaluate(gold, pred, aliases=aliases, categories=False)
    _compare(mine, ref)


def test_parity_on_the_sample_gold_with_a_custom_alias_table(shared, tmp_path, write_jsonl, reference_score):
    aliases = tmp_path / "aliases.tsv"
    aliases.write_text("# test table\nRussia\tRussian Federation|RF\nRF\tRussland\n\nNorth Korea\tDPRK|N. Korea\n",
                       encoding="utf-8")
    pred = write_jsonl("p.jsonl", [
        {"doc": "putin-kim-beijing", "subject": "RF", "relation": "strategic-partner", "object": "N. Korea"},
        {"doc": "putin-kim-beijing", "subject": "Russland", "relation": "fights", "object": "Ukraine"},
        {"doc": "putin-kim-beijing", "subject": "Xi Jinping", "relation": "leader-of", "object": "China"},
        {"doc": "putin-kim-beijing", "subject": "Beijing", "relation": "capital-of", "object": "China"},
        {"doc": "putin-kim-beijing", "subject": "Trump", "relation": "accuses", "object": "China"},
    ])
    gold = shared / "eval" / "gold"
    _compare(evaluate(gold, pred, aliases=aliases, categories=False), reference_score(gold, pred, aliases))


def test_default_aliases_are_found_beside_the_gold_like_the_reference(shared, write_jsonl, reference_score):
    gold = shared / "eval" / "gold"
    assert find_aliases(gold) == shared / "eval" / "aliases.tsv"
    pred = write_jsonl("p.jsonl", [
        {"doc": "putin-kim-beijing", "subject": "Donald J. Trump", "relation": "accuses", "object": "PRC"}])
    ref = reference_score(gold, pred, shared / "eval" / "aliases.tsv")
    _compare(evaluate(gold, pred, categories=False), ref)
    assert ref["correct"] == 1


def test_assertions_and_dicts_are_accepted(shared):
    gold = load_gold(shared / "eval" / "gold")
    line = Assertion("putin-kim-beijing", "Xi Jinping", "q/xi", "Person", "leader-of", "China", "q/chn",
                     "Country", "Chinese President Xi Jinping", 0, 10)
    report = evaluate(gold, [line], aliases=None, categories=False)
    assert (report.predicted, report.correct, report.must_found) == (1, 1, 1)
    report = evaluate(gold, [line.to_dict()], aliases=None, categories=False)
    assert report.correct == 1


def test_normalisation_matches_the_reference_rules(shared):
    assert normalize_label("The Kremlin\u2019s") == "kremlin"
    assert normalize_label("  U.S.A. ") == "u s a"
    assert normalize_label("Kim Jong-un") == "kim jong-un"
    aliases = load_aliases(shared / "eval" / "aliases.tsv")
    assert normalize_label("U.S.", aliases) == "united states"
    assert normalize_label("the Netherlands", aliases) == "netherlands"


def test_breakdowns_and_lists(shared, write_jsonl):
    gold = _gold_folder(write_jsonl)
    report = evaluate(gold, PREDICTIONS["mixed"], aliases=shared / "eval" / "aliases.tsv", categories=False)
    # per relation: predictions under their relation, gold under its first relation
    accuses = report.per_relation["accuses"]
    assert (accuses.predicted, accuses.correct, accuses.must, accuses.must_found) == (2, 1, 1, 1)
    assert report.per_relation["strategic-partner"].must == 1
    # explicit categories from "category" and "phenomenon"
    assert report.per_category["attribution"].must == 1
    assert report.per_category["coordination"].must == 1
    # rule categories use the rule's kind ("verb:sanction" -> "rule:verb")
    assert report.per_rule["rule:verb"].predicted == 1 and report.per_rule["rule:noun"].correct == 1
    assert report.ignored == {"negated": 1, "unscored_doc": 1}
    fp = {f.triple for f in report.false_positives}
    assert ("russia", "accuses", "united states") in fp
    text = format_report(report)
    assert "Per relation" in text and "False positives" in text and "Missed" in text
    json.dumps(report.to_dict())


def test_derived_categories_from_evidence(shared, spacy_model):
    report = evaluate(shared / "eval" / "gold", [], nlp=spacy_model)
    cats = report.per_category
    assert cats["layer:standing"].must == 5 and cats["layer:event"].must == 10
    assert cats["cue:title"].must == 4
    assert cats["syntax:coordination"].must >= 3
    assert cats["args:named"].must + cats["args:indirect"].must == report.must


def test_extra_scored_documents_count_their_predictions():
    from kg.evaluation.gold import Gold, GoldItem

    item = GoldItem.from_dict(GOLD_C[0])
    predictions = [{"doc": "c", "subject": "EU", "relation": "criticizes", "object": "Iran"},
                   {"doc": "quiet", "subject": "Iran", "relation": "attacks", "object": "Iraq"}]
    plain = evaluate(Gold([item]), predictions, aliases=None, categories=False)
    assert (plain.predicted, plain.docs_scored) == (1, 1)
    wider = evaluate(Gold([item], docs=frozenset({"quiet"})), predictions, aliases=None, categories=False)
    assert (wider.predicted, wider.correct, wider.docs_scored) == (2, 1, 2)
