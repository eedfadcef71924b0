"""Dev-set loaders and the pentaclass scorer, without running the pipeline."""
from __future__ import annotations

import pytest

from kg.evaluation.devsets import DEVSETS, load_devset
from kg.evaluation.devsets.common import restrict_scope, shared_dir, spread
from kg.evaluation.devsets.conflibert import score_pentaclass


def test_shared_dir_is_beside_the_repo(shared):
    assert shared_dir() == shared
    with pytest.raises(ValueError, match="Dev-set data not found"):
        shared_dir(shared / "nope")


def test_unknown_devset():
    with pytest.raises(ValueError, match="Choose one of"):
        load_devset("nope")
    assert DEVSETS == ("sample", "petrarch", "re3d", "conflibert", "heldout")


def test_sample_devset_reads_front_matter_and_gold(shared):
    devset = load_devset("sample", shared=shared)
    [article] = devset.articles
    assert article.id == "putin-kim-beijing" and article.date and not article.text.startswith("---")
    assert devset.counts["must"] == 15 and devset.aliases == shared / "eval" / "aliases.tsv"


def test_conflibert_devset_spreads_the_limit_over_classes(shared):
    devset = load_devset("conflibert", shared=shared, limit=10)
    assert len(devset.articles) == 10 and devset.kind == "pentaclass"
    assert len(set(devset.labels.values())) == 5
    full = load_devset("conflibert", shared=shared)
    assert full.counts["sentences"] == 451


def test_pentaclass_scoring():
    labels = {"s1": 3, "s2": 4, "s3": 0, "s4": 2, "s5": 3}
    predictions = {
        # the chosen (most confident) prediction decides; a standing relation has no class
        "s1": [{"relation": "leader-of", "confidence": 0.99},
               {"relation": "accuses", "confidence": 0.9},
               {"relation": "meets-with", "confidence": 0.5}],
        # wrong class chosen, but another prediction had the right one
        "s2": [{"relation": "meets-with", "confidence": 0.9}, {"relation": "attacks", "confidence": 0.8}],
        # a negated hostile act is no event -> not covered
        "s3": [{"relation": "attacks", "confidence": 0.9, "negated": True}],
        # a relation with two classes is right if the label is either
        "s4": [{"relation": "deploys-forces-to", "confidence": 0.7}],
        # a negated cooperative act is a refusal (CAMEO 12, class 3): "will not lift the ban"
        "s5": [{"relation": "eases-sanctions-on", "confidence": 0.9, "negated": True}],
    }
    report = score_pentaclass(labels, predictions)
    assert (report.total, report.covered, report.correct, report.correct_any) == (5, 4, 3, 4)
    assert report.confusion[4] == {"1": 1} and report.confusion[0] == {"-": 1}
    assert round(report.accuracy_all, 2) == 0.6 and round(report.accuracy_covered, 3) == 0.75
    assert [e["id"] for e in report.errors] == ["s2"]


def test_pentaclass_scoring_at_the_relation_level():
    """On two-actor sentences only a prediction between the labelled actors counts."""
    labels = {"s1": 3, "s2": 4, "s3": 1}
    pairs = {"s1": frozenset({("Russia", "Ukraine")}), "s2": frozenset({("Israel", "Syria")}),
             "s3": frozenset({("Japan", "India"), ("India", "Japan")})}
    predictions = {
        "s1": [{"subject": "Russia", "relation": "accuses", "object": "Ukraine", "confidence": 0.8}],
        # right class, wrong actors: not predicted at the relation level
        "s2": [{"subject": "Iran", "relation": "attacks", "object": "Syria", "confidence": 0.9}],
        # symmetric relations match either way; intended cooperation is class 1
        "s3": [{"subject": "India", "relation": "meets-with", "object": "Japan", "confidence": 0.7,
                "modality": "intended"}],
    }
    report = score_pentaclass(labels, predictions, pairs=pairs)
    assert (report.pairs, report.pairs_predicted, report.pairs_correct) == (3, 2, 2)
    assert report.pair_precision == 1.0 and round(report.pair_recall, 3) == 0.667
    assert report.pair_outcomes == {"s1": True, "s3": True}


def test_systems_are_compared_on_the_two_actor_sentences_they_all_predict():
    from kg.evaluation.report import DevsetReport, format_report

    labels = {"s1": 3, "s2": 4, "s3": 1}
    pairs = {doc: frozenset({("Russia", "Ukraine")}) for doc in labels}

    def line(relation: str) -> list[dict]:
        return [{"subject": "Russia", "relation": relation, "object": "Ukraine", "confidence": 0.8}]

    # The first system predicts on all three (one wrong), the second only on s1, rightly.
    wide = score_pentaclass(labels, {"s1": line("accuses"), "s2": line("meets-with"), "s3": line("meets-with")},
                            pairs=pairs)
    narrow = score_pentaclass(labels, {"s1": line("accuses")}, pairs=pairs)
    assert (wide.pairs_correct, wide.pairs_predicted, narrow.pairs_correct, narrow.pairs_predicted) == (2, 3, 1, 1)
    text = format_report(DevsetReport(name="toy", systems={"wide": wide, "narrow": narrow}))
    assert "On the 1 two-actor sentences every system predicts a labelled pair on: wide 1/1" in text
    assert "narrow 1/1" in text


def test_labelled_pairs_resolve_the_annotated_spans():
    from kg.evaluation.devsets.conflibert import labelled_pairs
    from kg.gazetteer import default_gazetteer

    spans = {"a": {"text": "Russia accused Ukraine.", "sources": ["Russia"], "targets": ["Ukraine"], "reciprocal": []},
             "b": {"text": "Police arrested protesters.", "sources": ["Police"], "targets": ["protesters"],
                   "reciprocal": []},
             "c": {"text": "Chile and Peru met.", "sources": [], "targets": [], "reciprocal": ["Chile", "Peru"]}}
    pairs = labelled_pairs(spans, {}, default_gazetteer())
    assert pairs == {"a": frozenset({("Russia", "Ukraine")}), "c": frozenset({("Chile", "Peru"), ("Peru", "Chile")})}


def test_helpers():
    assert spread(list(range(10)), 3) == [0, 3, 6]
    assert spread([1, 2], None) == [1, 2]
    kept, out = restrict_scope([{"relation": "a"}, {"relation": "b"}], frozenset({"a"}))
    assert kept == [{"relation": "a"}] and out == 1


def test_scope_reads_a_finer_relation_as_its_core_ancestor():
    from kg.ontology import load_ontology

    lines = [{"relation": "denies-accusations-by", "subject": "Iran"}, {"relation": "cuts-aid-to"}]
    kept, out = restrict_scope(lines, frozenset({"rejects"}), load_ontology())
    assert kept == [{"relation": "rejects", "subject": "Iran"}] and out == 1
