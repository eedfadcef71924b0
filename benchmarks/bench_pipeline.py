#!/usr/bin/env python3
"""Benchmark (not a test): pipeline words per second against bare spaCy parsing.

Both runs parse the same texts in the same process, with the same model,
batch size and number of processes; the figure that matters is the ratio
(pipeline speed / bare parsing speed), which is stable across machines.
Each round times bare parsing and then the pipeline, back to back, and
gives one ratio; the reported ratio is the median over the rounds, so one
round slowed by the machine does not decide it (the best times of each
kind are printed too).

    python benchmarks/bench_pipeline.py [--corpus ../shared/data/news_corpus.jsonl]
        [--limit 400] [--n-process 1] [--rounds 5]

The BBC corpus is research-use only: it is read from ../shared, never copied.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

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


def time_bare(articles: list[Article], model: str | None, n_process: int, batch_size: int) -> float:
    nlp = load_model(model)
    started = time.perf_counter()
    for _ in nlp.pipe((a.text for a in articles), n_process=n_process, batch_size=batch_size):
        pass
    return time.perf_counter() - started


def time_pipeline(articles: list[Article], model: str | None, n_process: int, batch_size: int) -> tuple[float, int]:
    nlp = build_nlp(model, keep_intermediate=n_process == 1)
    started = time.perf_counter()
    assertions = sum(len(r.assertions) for r in extract_articles(nlp, articles, n_process=n_process,
                                                                    batch_size=batch_size))
    return time.perf_counter() - started, assertions


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "data" / "news_corpus.jsonl")
    parser.add_argument("--limit", type=int, default=400, help="articles to use (0 = all unique articles)")
    parser.add_argument("--model", default=None)
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--rounds", type=int, default=5,
                        help="alternating rounds, each giving one ratio; the median is reported")
    args = parser.parse_args()
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    if not args.corpus.exists():
        sys.exit(f"{args.corpus}: corpus not found; pass --corpus with the BBC news_corpus.jsonl")
    articles = read_corpus(args.corpus, args.limit or None)
    words = count_words(articles)
    print(f"corpus: {len(articles)} articles, {words} words; n_process={args.n_process}, "
          f"batch_size={args.batch_size}, rounds={args.rounds}")
    bare_times, pipe_times, assertions = [], [], 0
    for round_no in range(1, args.rounds + 1):
        bare_times.append(time_bare(articles, args.model, args.n_process, args.batch_size))
        seconds, assertions = time_pipeline(articles, args.model, args.n_process, args.batch_size)
        pipe_times.append(seconds)
        print(f"round {round_no}: bare {bare_times[-1]:.1f} s, pipeline {pipe_times[-1]:.1f} s, "
              f"ratio {bare_times[-1] / pipe_times[-1]:.2f}")
    bare_wps, pipe_wps = words / min(bare_times), words / min(pipe_times)
    ratios = sorted(bare / pipe for bare, pipe in zip(bare_times, pipe_times))
    print(f"bare spaCy parsing : {bare_wps:8.0f} words/s (best round)")
    print(f"kg pipeline        : {pipe_wps:8.0f} words/s (best round; {assertions} assertions)")
    print(f"ratio of best rounds: {pipe_wps / bare_wps:.2f}")
    print(f"ratio, median of {len(ratios)} rounds: {statistics.median(ratios):.2f} "
          f"(rounds {ratios[0]:.2f}-{ratios[-1]:.2f}; aim >= 0.80)")


if __name__ == "__main__":
    main()
