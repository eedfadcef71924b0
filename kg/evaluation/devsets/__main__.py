"""``python -m kg.evaluation.devsets [NAME ...] [--limit N] [--json] [--no-baseline] [--engine E]``: dev-set reports."""
from __future__ import annotations

import argparse
import json
import sys

from kg.evaluation.devsets import DEVSETS, run_devset
from kg.evaluation.report import format_report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m kg.evaluation.devsets",
        description="Score the pipeline and the SVO baseline on the dev sets (all four by default).")
    parser.add_argument("names", nargs="*", metavar="NAME",
                        help=f"dev sets to run: {', '.join(DEVSETS)} (default: all)")
    parser.add_argument("--limit", type=int, default=None, help="at most N articles per dev set")
    parser.add_argument("--shared", default=None, help="the shared data folder (default: <repo>/../shared)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of tables")
    parser.add_argument("--no-baseline", action="store_true", help="score the pipeline only")
    parser.add_argument("--engine", choices=["textacy", "spacy"], default=None,
                        help="baseline engine (default: textacy if installed, else spacy)")
    parser.add_argument("--max-items", type=int, default=25, help="misses/false positives listed per system")
    args = parser.parse_args(argv)
    unknown = [n for n in args.names if n not in DEVSETS]
    if unknown:
        parser.error(f"unknown dev set(s) {', '.join(unknown)}; choose from {', '.join(DEVSETS)}")

    from kg.pipeline import build_nlp

    nlp = build_nlp()
    reports = {}
    for name in args.names or DEVSETS:
        report = run_devset(name, nlp, args.limit, shared=args.shared, baseline=not args.no_baseline,
                            engine=args.engine)
        reports[name] = report
        if not args.json:
            print(format_report(report, max_items=args.max_items))
            sys.stdout.flush()
    if args.json:
        print(json.dumps({k: v.to_dict() for k, v in reports.items()}, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
