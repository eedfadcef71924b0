"""Fixtures for the evaluation tests.

The ground truth is read from ``<repo root>/../shared`` through the top-level
``shared`` fixture; the reference scorer is ``<shared>/eval/score.py``, run as
a subprocess. ``spacy_model`` is the bare spaCy model (no project components),
for tests that only need a parse; ``nlp`` (top-level) is the full pipeline.
"""
from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def score_py(shared: Path) -> Path:
    path = shared / "eval" / "score.py"
    if not path.is_file():
        pytest.fail(f"{path} is missing: the parity tests run the reference scorer")
    return path


@pytest.fixture(scope="session")
def reference_score(score_py: Path):
    """reference_score(gold, pred, aliases) -> the reference scorer's JSON report."""

    def run(gold: Path, pred: Path, aliases: Path | None) -> dict:
        cmd = [sys.executable, str(score_py), "--gold", str(gold), "--pred", str(pred), "--json"]
        cmd += ["--aliases", str(aliases) if aliases else "/nonexistent/aliases.tsv"]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=60, check=False)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    return run


@pytest.fixture
def write_jsonl(tmp_path: Path):
    """write_jsonl(name, rows) -> path of a JSONL file in the test's tmp folder."""

    def write(name: str, rows: list[dict]) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        return path

    return write


@pytest.fixture(scope="session")
def spacy_model():
    from kg.nlp.loading import load_model

    return load_model()


@dataclass(frozen=True)
class FakeActor:
    id: str
    label: str
    type: str
    iso3: str | None = None


class FakeGazetteer:
    """A few actors with the gazetteer API the evaluation uses (lookup, get, actors, country_by_demonym)."""

    def __init__(self) -> None:
        rows = [
            FakeActor("c/rus", "Russia", "Country", "RUS"),
            FakeActor("c/ukr", "Ukraine", "Country", "UKR"),
            FakeActor("c/chn", "China", "Country", "CHN"),
            FakeActor("c/usa", "United States", "Country", "USA"),
            FakeActor("c/kwt", "Kuwait", "Country", "KWT"),
            FakeActor("o/un", "United Nations", "Organization"),
            FakeActor("o/eu", "European Union", "Organization"),
            FakeActor("o/who", "World Health Organization", "Organization"),
            FakeActor("p/putin", "Vladimir Putin", "Person"),
            FakeActor("p/xi", "Xi Jinping", "Person"),
            FakeActor("city/moscow", "Moscow", "City"),
        ]
        self.actors = {a.id: a for a in rows}
        self.names = {a.label.lower(): a for a in rows}
        self.names.update({"u.s.": self.actors["c/usa"], "un": self.actors["o/un"], "eu": self.actors["o/eu"],
                           "who": self.actors["o/who"]})
        self.demonyms = {"russian": self.actors["c/rus"], "ukrainian": self.actors["c/ukr"],
                         "chinese": self.actors["c/chn"]}

    def lookup(self, text: str):
        return self.names.get(text.lower())

    def get(self, actor_id: str):
        return self.actors.get(actor_id)

    def country_by_demonym(self, word: str):
        return self.demonyms.get(word.lower())


@pytest.fixture(scope="session")
def fake_gazetteer() -> FakeGazetteer:
    return FakeGazetteer()
