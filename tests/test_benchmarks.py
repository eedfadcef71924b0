"""The pipeline benchmark's bookkeeping (its timings are not tested: it is a benchmark)."""
from __future__ import annotations

import importlib.util
import sys

import pytest

from kg.model import Article
from kg.nlp.loading import load_model
from kg.pipeline import extract_article


@pytest.fixture(scope="module")
def bench(repo):
    path = repo / "benchmarks" / "bench_pipeline.py"
    spec = importlib.util.spec_from_file_location("bench_pipeline", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


ARTICLES = [
    Article("a", "Vladimir Putin met Kim Jong Un in Beijing.", date="2025-09-03"),
    Article("b", "Russia accused Ukraine of shelling Kursk.", date="2024-08-10"),
    Article("c", "China and Russia signed a trade agreement.", date="2025-05-08"),
]


def test_chunks_cover_the_corpus_in_order(bench):
    parts = bench.chunks(ARTICLES, 2)
    assert [[a.id for a in part] for part in parts] == [["a", "b"], ["c"]]


def test_a_round_times_both_runs_on_every_chunk(bench, nlp):
    bare_seconds, pipe_seconds, assertions = bench.run_round(load_model(None), nlp, ARTICLES, chunk=2,
                                                             n_process=1, batch_size=2)
    assert bare_seconds > 0 and pipe_seconds > 0
    assert assertions == sum(len(extract_article(nlp, a)) for a in ARTICLES) > 0
