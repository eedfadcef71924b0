"""End to end: ``kg build`` on the bundled sample, scored with the reference scorer."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.build import build
from kg.model import Assertion
from tests.conftest import SAMPLE_DIR

CONTRACT_FIELDS = list(Assertion.__dataclass_fields__)


@pytest.fixture(scope="module")
def sample_build(tmp_path_factory, nlp):
    out = tmp_path_factory.mktemp("out")
    report = build([SAMPLE_DIR], out, progress=False)
    return out, report


def test_outputs_written(sample_build):
    out, report = sample_build
    for name in ("graph.ttl", "triples.jsonl", "graph.html"):
        assert (out / name).stat().st_size > 0
    assert report.articles == 1 and report.sentences > 10 and report.actors >= 8
    assert not [p for p in out.iterdir() if p.name.startswith(".")], "staging folder left behind"


def test_triples_follow_the_contract(sample_build):
    out, _ = sample_build
    text = (SAMPLE_DIR / "putin-kim-beijing.txt").read_text(encoding="utf-8").split("---\n", 2)[2]
    lines = (out / "triples.jsonl").read_text(encoding="utf-8").splitlines()
    assert lines
    for line in lines:
        record = json.loads(line)
        assert list(record) == CONTRACT_FIELDS
        assert record["doc"] == "putin-kim-beijing" and record["date"] == "2025-09-03"
        assert text[record["start_char"]:record["end_char"]] == record["sentence"]
        assert record["modality"] in {"asserted", "reported", "alleged", "intended", "hypothetical"}


def test_sample_scores_with_reference_scorer(sample_build, shared):
    out, _ = sample_build
    result = subprocess.run(
        [sys.executable, str(shared / "eval" / "score.py"), "--gold", str(shared / "eval" / "gold"),
         "--pred", str(out / "triples.jsonl"), "--json"],
        capture_output=True, text=True, check=True)
    score = json.loads(result.stdout)
    assert score["precision"] >= 0.85, score["false_positives"]
    assert score["recall"] >= 0.80, score["missed"]


def test_graph_views_agree(sample_build):
    from rdflib import Graph, Namespace, RDFS, Literal

    out, _ = sample_build
    g = Graph().parse(out / "graph.ttl")
    kgo = Namespace("https://w3id.org/geokg/ontology#")
    russia = next(g.subjects(RDFS.label, Literal("Russia")))
    partners = {str(g.value(p, RDFS.label)) for p in g.objects(russia, kgo["strategic-partner"])}
    assert "North Korea" in partners


def test_build_is_reproducible(sample_build, tmp_path):
    out, _ = sample_build
    build([SAMPLE_DIR], tmp_path, progress=False)
    for name in ("graph.ttl", "triples.jsonl", "graph.html"):
        assert (tmp_path / name).read_bytes() == (out / name).read_bytes(), name


def test_failed_build_leaves_previous_outputs(tmp_path, monkeypatch):
    import kg.build as build_module

    build([SAMPLE_DIR], tmp_path, progress=False)
    before = snapshot(tmp_path)

    def boom(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(build_module, "write_html", boom)
    with pytest.raises(RuntimeError):
        build([SAMPLE_DIR], tmp_path, progress=False)
    assert snapshot(tmp_path) == before


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder``, the store's included, by relative path."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_unknown_actors_are_kept_and_reported(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Mayor Johanna Vandermeer criticised Russia on Monday.", encoding="utf-8")
    report = build([article], tmp_path / "out", progress=False)
    assert ("Johanna Vandermeer", "Person", 1) in report.unknown_actors
    assert "Johanna Vandermeer" in report.summary()
    lines = (tmp_path / "out" / "triples.jsonl").read_text(encoding="utf-8")
    assert '"subject_id": "unk/person/johanna-vandermeer"' in lines
