"""Dev-set adapters with the real gazetteer, and the runner on a handful of records."""
from __future__ import annotations

import json

import pytest

from kg.evaluation import evaluate, evaluate_articles, format_report, run_devset
from kg.evaluation.devsets import load_devset, run_systems
from kg.evaluation.devsets import petrarch, re3d
from kg.evaluation.report import DevsetReport, EvaluationReport, PentaclassReport
from kg.model import Article


@pytest.fixture(scope="module")
def gazetteer():
    from kg.gazetteer import default_gazetteer

    return default_gazetteer()


@pytest.fixture(scope="module")
def petrarch_codes(shared):
    return petrarch.ActorCodes(shared / "data" / petrarch.CODES_FILE)


@pytest.mark.parametrize("code, label", [
    ("USAGOV", "United States"),   # ISO-3 prefix, role block dropped
    ("PRK", "North Korea"),
    ("KUWGOV", "Kuwait"),          # the validation dictionary's non-ISO code
    ("NZE", "New Zealand"),
    ("IGOEEU", "European Union"),  # the validation dictionary's own name for the IGO code
    ("IGOAFR", "African Union"),
    ("IGOUNO", "United Nations"),  # igo_codes.tsv
    ("IMGMOSALQ", None),           # non-state group: no actor
    ("---EDU", None),              # unknown country
    ('"INJURY TOLL"', None),       # literal text
])
def test_petrarch_actor_codes(code, label, gazetteer, petrarch_codes):
    actor = petrarch.resolve_actor_code(code, gazetteer, petrarch_codes)
    assert (actor.label if actor else None) == label


def test_petrarch_devset_maps_cameo_codes_and_counts_the_rest(shared, gazetteer):
    devset = load_devset("petrarch", shared=shared, gazetteer=gazetteer)
    counts = devset.counts
    assert counts["records"] == len(devset.articles) >= 40
    assert all(a.date and len(a.date) == 10 for a in devset.articles)
    assert counts["events_no_core_relation"] > 0 and counts["events_invalid_cameo"] > 0
    assert counts["gold_lines"] + counts["events_no_core_relation"] + counts["events_invalid_cameo"] \
        + counts.get("events_unmapped_actor", 0) + counts.get("events_duplicate", 0) \
        + counts.get("events_same_actor", 0) == counts["events"]
    lines = {(i.doc, i.subject, i.object): i for i in devset.gold.items}
    attack = lines[("petrarch2-unittest:ACTOR-12", ("United States",), ("South Korea",))]
    assert set(attack.relation) == {"attacks", "fights"} and "cameo:19" in attack.categories
    agree = [i for i in devset.gold.items if i.doc == "petrarch2-unittest:COMPOUND-38"]
    assert agree and all(i.relation == ("agrees-with",) for i in agree)  # 030 -> agrees-with
    assert "03" in devset.extra["unmapped_roots"]  # 032 and the rest of root 03 have no relation
    assert devset.scope and "leader-of" not in devset.scope


def test_re3d_gold_from_gazetteer_lookup(shared, gazetteer):
    devset = re3d.load(shared, limit=40)
    gold = devset.gold_for(None, gazetteer)
    found = [i for i in gold.items if i.subject == ("Syria",) and i.object == ("Israel",)]
    assert found and "accuses" in found[0].relation and "re3d:Dislikes" in found[0].categories
    assert devset.counts["skipped_not_actors"] > 0 and devset.counts["gold_lines"] == len(gold.items)
    assert {i.doc for i in gold.items} <= {a.id for a in devset.articles}


def test_re3d_span_resolution_uses_the_pipeline_only_for_the_span_itself(nlp, gazetteer):
    from kg.pipeline import make_doc

    text = "Syrian government forces attacked Syrian opposition forces near Aleppo."
    doc = nlp(make_doc(nlp, Article("t", text, date="2016-01-01")))
    first, second = text.index("Syrian government forces"), text.index("Syrian opposition forces")
    actor = re3d.resolve_span("Syrian government forces", (first, first + 24), doc, gazetteer)
    assert actor is not None and actor.label == "Syria"
    assert re3d.resolve_span("Syrian opposition forces", (second, second + 24), doc, gazetteer) is None
    assert re3d.resolve_span("the Syrian Arab Republic", None, None, gazetteer).label == "Syria"


def test_re3d_agent_noun_phrase_with_a_name(nlp, gazetteer):
    from kg.pipeline import make_doc

    text = "U.S. forces and ISIL fighters clashed near Mosul."
    doc = nlp(make_doc(nlp, Article("t", text, date="2016-01-01")))
    assert re3d.resolve_span("U.S. forces", (0, 11), doc, gazetteer).label == "United States"
    start = text.index("ISIL fighters")
    assert re3d.resolve_span("ISIL fighters", (start, start + 13), doc, gazetteer) is None


def test_pipeline_on_the_sample_matches_the_reference_scorer(nlp, shared, tmp_path, reference_score):
    devset = load_devset("sample", shared=shared)
    predictions, _, _ = run_systems(nlp, devset.articles)
    for system, lines in predictions.items():
        path = tmp_path / f"{system}.jsonl"
        path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
        ref = reference_score(shared / "eval" / "gold", path, shared / "eval" / "aliases.tsv")
        mine = evaluate(shared / "eval" / "gold", path, categories=False)
        assert (mine.to_dict()["precision"], mine.to_dict()["recall"], mine.to_dict()["f1"]) == \
            (ref["precision"], ref["recall"], ref["f1"]), system


def test_run_devset_sample_and_evaluate_articles(nlp, shared, repo):
    report = run_devset("sample", nlp, shared=shared)
    assert isinstance(report, DevsetReport) and set(report.systems) == {"pipeline", "baseline"}
    pipeline = report.systems["pipeline"]
    assert pipeline.must == 15 and pipeline.recall > 0.5
    same = evaluate_articles(shared / "eval" / "gold", [repo / "pipelines" / "sample"], nlp=nlp, baseline=False)
    assert set(same.systems) == {"pipeline"}
    assert (same.systems["pipeline"].precision, same.systems["pipeline"].recall) == \
        (pipeline.precision, pipeline.recall)
    text = format_report(report)
    assert "pipeline" in text and "baseline" in text and "Per gold category" in text


@pytest.mark.parametrize("name, limit, kind", [
    ("petrarch", 15, EvaluationReport),
    ("re3d", 8, EvaluationReport),
    ("conflibert", 10, PentaclassReport),
])
def test_run_devset_on_a_few_records(name, limit, kind, nlp, shared):
    report = run_devset(name, nlp, limit, shared=shared)
    assert set(report.systems) == {"pipeline", "baseline"}
    assert all(isinstance(s, kind) for s in report.systems.values())
    json.dumps(report.to_dict())
    assert report.name in format_report(report)
    if kind is PentaclassReport:
        assert all(s.total == limit for s in report.systems.values())
    else:
        assert all("out_of_scope" in s.ignored for s in report.systems.values())


def test_script_rejects_unknown_names():
    from kg.evaluation.devsets.__main__ import main

    with pytest.raises(SystemExit) as err:
        main(["nope"])
    assert err.value.code == 2
