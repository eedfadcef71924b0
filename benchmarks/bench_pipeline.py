#!/usr/bin/env python3
"""Benchmark (not a test): pipeline words per second against bare spaCy parsing.

Both runs parse the same texts in the same process, with the same model,
batch size and number of processes; the figure that matters is the ratio
(pipeline speed / bare parsing speed), which is stable across machines.

The machines this runs on change speed by half for seconds at a time, so the
two are interleaved finely: each round walks the corpus in chunks (``--chunk``
articles, one batch by default) and times bare parsing and the pipeline on
each chunk back to back, the one first on one chunk and the other on the next,
so that both see the same machine. A round's ratio is its total bare time over
its total pipeline time; the reported ratio is the median over the rounds
(the best rounds of each kind are printed too).

    python benchmarks/bench_pipeline.py [--corpus ../shared/data/news_corpus.jsonl]
        [--limit 400] [--n-process 1] [--rounds 5] [--chunk 32]

The BBC corpus is research-use only: it is read from ../shared, never copied.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from spacy.language import Language

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kg.model import Article  # noqa: E402
from kg.nlp.loading import load_model  # noqa: E402
from kg.pipeline import build_nlp, extract_articles  # noqa: E402


def read_corpus(path: Path, limit: int | None) -> list[Article]:
    articles = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record.get("duplicate_of"):
                continue
            articles.append(Article(str(record["id"]), record["text"], record.get("title")))
            if limit and len(articles) >= limit:
                break
    return articles


def count_words(articles: list[Article]) -> int:
    return sum(len(a.text.split()) for a in articles)


def time_bare(nlp: Language, articles: list[Article], n_process: int, batch_size: int) -> float:
    started = time.perf_counter()
    for _ in nlp.pipe((a.text for a in articles), n_process=n_process, batch_size=batch_size):
        pass
    return time.perf_counter() - started


def time_pipeline(nlp: Language, articles: list[Article], n_process: int, batch_size: int) -> tuple[float, int]:
    started = time.perf_counter()
    assertions = sum(len(r.assertions) for r in extract_articles(nlp, articles, n_process=n_process,
                                                                    batch_size=batch_size))
    return time.perf_counter() - started, assertions


def chunks(articles: list[Article], size: int) -> list[list[Article]]:
    return [articles[i:i + size] for i in range(0, len(articles), size)]


def run_round(bare: Language, pipeline: Language, articles: list[Article], chunk: int, n_process: int,
              batch_size: int) -> tuple[float, float, int]:
    """Total bare and pipeline seconds over the chunks, and the pipeline's assertions."""
    bare_seconds = pipe_seconds = 0.0
    assertions = 0
    for number, part in enumerate(chunks(articles, chunk)):
        order = (True, False) if number % 2 == 0 else (False, True)  # alternate which goes first
        for is_bare in order:
            if is_bare:
                bare_seconds += time_bare(bare, part, n_process, batch_size)
            else:
                seconds, found = time_pipeline(pipeline, part, n_process, batch_size)
                pipe_seconds += seconds
                assertions += found
    return bare_seconds, pipe_seconds, assertions


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "data" / "news_corpus.jsonl")
    parser.add_argument("--limit", type=int, default=400, help="articles to use (0 = all unique articles)")
    parser.add_argument("--model", default=None)
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--rounds", type=int, default=5,
                        help="rounds over the corpus, each giving one ratio; the median is reported")
    parser.add_argument("--chunk", type=int, default=None,
                        help="articles timed back to back by each (default: one batch with one process, "
                             "the whole corpus with several, which start their processes on each call)")
    args = parser.parse_args()
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    if args.chunk is not None and args.chunk < 1:
        parser.error("--chunk must be at least 1")
    if not args.corpus.exists():
        sys.exit(f"{args.corpus}: corpus not found; pass --corpus with the BBC news_corpus.jsonl")
    articles = read_corpus(args.corpus, args.limit or None)
    words = count_words(articles)
    chunk = args.chunk or (args.batch_size if args.n_process == 1 else len(articles))
    print(f"corpus: {len(articles)} articles, {words} words; n_process={args.n_process}, "
          f"batch_size={args.batch_size}, chunk={chunk}, rounds={args.rounds}")
    bare = load_model(args.model)
    pipeline = build_nlp(args.model, keep_intermediate=args.n_process == 1)
    bare_times, pipe_times, assertions = [], [], 0
    for round_no in range(1, args.rounds + 1):
        bare_seconds, pipe_seconds, assertions = run_round(bare, pipeline, articles, chunk, args.n_process,
                                                           args.batch_size)
        bare_times.append(bare_seconds)
        pipe_times.append(pipe_seconds)
        print(f"round {round_no}: bare {bare_seconds:.1f} s, pipeline {pipe_seconds:.1f} s, "
              f"ratio {bare_seconds / pipe_seconds:.2f}")
    bare_wps, pipe_wps = words / min(bare_times), words / min(pipe_times)
    ratios = sorted(bare / pipe for bare, pipe in zip(bare_times, pipe_times))
    print(f"bare spaCy parsing : {bare_wps:8.0f} words/s (best round)")
    print(f"kg pipeline        : {pipe_wps:8.0f} words/s (best round; {assertions} assertions)")
    print(f"ratio of best rounds: {pipe_wps / bare_wps:.2f}")
    print(f"ratio, median of {len(ratios)} rounds: {statistics.median(ratios):.2f} "
          f"(rounds {ratios[0]:.2f}-{ratios[-1]:.2f}; aim >= 0.80)")


if __name__ == "__main__":
    main()
