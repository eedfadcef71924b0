"""Fixtures shared by the whole suite: paths, the loaded pipeline, an extraction helper."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.model import Article, Assertion

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SAMPLE_DIR = REPO / "pipelines" / "sample"
SAMPLE_ARTICLE = SAMPLE_DIR / "putin-kim-beijing.txt"


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.exists():
        pytest.fail(f"{SHARED} is missing: the tests read ground truth from ../shared beside the repo")
    return SHARED


@pytest.fixture(scope="session")
def nlp():
    from kg.pipeline import build_nlp

    return build_nlp()


@pytest.fixture(scope="session")
def extract(nlp):
    """extract(text, date=...) -> list of assertions of a one-off article."""
    from kg.pipeline import extract_article

    def run(text: str, date: str | None = "2025-09-03", doc_id: str = "t") -> list[Assertion]:
        return extract_article(nlp, Article(doc_id, text, date=date))

    return run


@pytest.fixture(scope="session")
def triples(extract):
    """triples(text) -> set of (subject, relation, object) of non-negated assertions."""

    def run(text: str, date: str | None = "2025-09-03") -> set[tuple[str, str, str]]:
        return {(a.subject, a.relation, a.object) for a in extract(text, date) if not a.negated}

    return run


@pytest.fixture(scope="session")
def assert_extracted(triples):
    """assert_extracted(text, date, (subject, relation, object)): found, either way if symmetric."""
    from kg.ontology import load_ontology

    symmetric = {r.id for r in load_ontology().relations.values() if r.symmetric}

    def check(text: str, date: str | None, expected: tuple[str, str, str]) -> None:
        found = triples(text, date)
        subject, relation, obj = expected
        assert expected in found or (relation in symmetric and (obj, relation, subject) in found), found

    return check


@pytest.fixture(scope="session")
def spec_relations(shared) -> frozenset[str]:
    """The relation ids of ../shared/spec/core-relations.tsv."""
    import csv

    with (shared / "spec" / "core-relations.tsv").open(encoding="utf-8") as handle:
        return frozenset(row["id"] for row in csv.DictReader(handle, delimiter="\t"))


@pytest.fixture(scope="session")
def resolve(nlp):
    """resolve(text, date) -> the processed Doc (mentions in doc._.kg_mentions)."""
    from kg.pipeline import make_doc

    def run(text: str, date: str | None = "2025-09-03"):
        return nlp(make_doc(nlp, Article("t", text, date=date)))

    return run


@pytest.fixture(scope="session")
def actor_of():
    """actor_of(doc, word, nth=0) -> label of the first actor resolved for that token."""
    return _actor_of


def _actor_of(doc, word: str, nth: int = 0) -> str | None:
    tokens = [t for t in doc if t.text == word]
    if len(tokens) <= nth:
        raise AssertionError(f"{word!r} not in {doc.text!r}")
    mentions = (doc._.kg_token_actors or {}).get(tokens[nth].i, ())
    return mentions[0].label if mentions else None
