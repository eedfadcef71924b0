"""The ``kg`` command: help, bad input handling, exit codes (run as a real process)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO


def kg(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True,
                          cwd=cwd or REPO, timeout=600)


def test_help_lists_build():
    result = kg("--help")
    assert result.returncode == 0 and "build" in result.stdout


def test_build_help_documents_the_contract():
    result = kg("build", "--help")
    assert result.returncode == 0
    for option in ("--out", "--model", "--ontology", ".jsonl", "front matter"):
        assert option in result.stdout


def test_missing_path_is_one_line_and_writes_nothing(tmp_path):
    out = tmp_path / "out"
    result = kg("build", str(tmp_path / "nope.txt"), "--out", str(out))
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "E001" in result.stderr and "nope.txt" in result.stderr
    assert "Traceback" not in result.stderr and not out.exists()


def test_unknown_model_is_a_clear_error(tmp_path):
    (tmp_path / "a.txt").write_text("Russia attacked Ukraine.", encoding="utf-8")
    result = kg("build", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"), "--model", "xx_no_such_model")
    assert result.returncode == 2 and "E101" in result.stderr and "xx_no_such_model" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_inputs_are_skipped_with_their_file_and_line(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "empty.txt").write_text("   \n", encoding="utf-8")
    (inputs / "latin1.txt").write_bytes("Caf\xe9 news about Russia.".encode("latin-1"))
    (inputs / "batch.jsonl").write_text(
        '{"id": "ok1", "text": "Russia accused Ukraine of shelling Kursk.", "date": "2024-08-10"}\n'
        'not json\n'
        '{"id": "notext"}\n', encoding="utf-8")
    out = tmp_path / "out"
    result = kg("build", str(inputs), "--out", str(out), "--quiet")
    assert result.returncode == 0, result.stderr
    assert "empty.txt" in result.stderr and "E002" in result.stderr
    assert "latin1.txt" in result.stderr and "E003" in result.stderr
    assert "batch.jsonl:2" in result.stderr and "E004" in result.stderr
    assert "batch.jsonl:3" in result.stderr and "E005" in result.stderr
    assert "Traceback" not in result.stderr
    docs = {json.loads(line)["doc"] for line in (out / "triples.jsonl").read_text().splitlines()}
    assert docs == {"ok1"}


def test_all_inputs_bad_stops_without_writing(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_text("previous", encoding="utf-8")
    result = kg("build", str(tmp_path / "empty.txt"), "--out", str(out))
    assert result.returncode == 2 and "E010" in result.stderr
    assert (out / "graph.ttl").read_text() == "previous"


def test_evaluate_prints_the_reference_figures(tmp_path, shared):
    pred = tmp_path / "triples.jsonl"
    pred.write_text(
        '{"doc": "putin-kim-beijing", "subject": "Putin", "relation": "meets-with", "object": "Kim Jong Un"}\n'
        '{"doc": "putin-kim-beijing", "subject": "Vladimir Putin", "relation": "meets-with", "object": "Kim Jong Un"}\n'
        '{"doc": "putin-kim-beijing", "subject": "Russia", "relation": "attacks", "object": "Japan"}\n',
        encoding="utf-8")
    reference = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), "--gold",
                                str(shared / "eval" / "gold"), "--pred", str(pred), "--json"],
                               capture_output=True, text=True, check=True)
    expected = json.loads(reference.stdout)
    result = kg("evaluate", str(shared / "eval" / "gold"), "--pred", str(pred), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    text = json.dumps(report)
    for key in ("precision", "recall"):
        assert f'"{key}": {expected[key]}' in text
    human = kg("evaluate", str(shared / "eval" / "gold"), "--pred", str(pred))
    assert "false positive" in human.stdout.lower() and "attacks" in human.stdout


def test_evaluate_needs_predictions_or_input(shared):
    result = kg("evaluate", str(shared / "eval" / "gold"))
    assert result.returncode != 0 and "Traceback" not in result.stderr
