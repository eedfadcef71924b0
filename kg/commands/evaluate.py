"""``kg evaluate``: score predictions (or a fresh build) against gold annotations."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from kg.errors import Errors, KGError


def evaluate_command(
    gold: Annotated[Optional[Path], typer.Argument(help="Gold annotations: a .jsonl file or a folder of them "
                                                        "(the format of ../shared/eval/gold).",
                                                   show_default=False)] = None,
    pred: Annotated[Optional[Path], typer.Option("--pred", help="Predictions to score (triples.jsonl).")] = None,
    inputs: Annotated[Optional[list[Path]], typer.Option(
        "--input", help="Articles to extract first (files or folders, as for kg build); repeatable. "
                        "Also scores the textacy subject-verb-object baseline.")] = None,
    aliases: Annotated[Optional[Path], typer.Option(
        help="Alias table (canonical<TAB>variant|variant). Default: aliases.tsv beside the gold, if any.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the full report as JSON.")] = False,
    max_items: Annotated[int, typer.Option(help="Misses and false positives listed at most.")] = 25,
    devset: Annotated[Optional[list[str]], typer.Option(
        help="Instead of GOLD: a bundled dev set read from ../shared (sample, petrarch, re3d, conflibert, heldout); "
             "repeatable. Scores the pipeline and the textacy baseline side by side.")] = None,
    limit: Annotated[Optional[int], typer.Option(help="With --devset: at most N articles per dev set.")] = None,
) -> None:
    """Precision, recall and F1 overall, per relation and per category, with misses and false positives.

    Matching follows ../shared/eval/score.py: labels normalised, aliases applied,
    symmetric relations match either way, negated predictions ignored, recall
    over "must" gold lines only.
    """
    from kg.evaluation import evaluate, evaluate_articles, format_report

    if devset:
        from kg.evaluation.devsets import run_devset

        reports = [run_devset(name, limit=limit) for name in devset]
        if as_json:
            typer.echo(json.dumps([r.to_dict() for r in reports], indent=2, ensure_ascii=False))
        else:
            typer.echo("\n\n".join(format_report(r, max_items=max_items) for r in reports))
        return
    if gold is None:
        raise typer.BadParameter("pass GOLD (with --pred or --input) or --devset NAME")
    if not gold.exists():
        raise KGError(Errors.E503, path=gold)
    if (pred is None) == (not inputs):
        raise typer.BadParameter("pass exactly one of --pred FILE or --input ARTICLES")
    alias_table = str(aliases) if aliases else "auto"
    if pred is not None:
        if not pred.exists():
            raise KGError(Errors.E503, path=pred)
        report = evaluate(gold, pred, aliases=alias_table, title=str(pred))
    else:
        report = evaluate_articles(gold, inputs, aliases=alias_table)
    if as_json:
        typer.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        typer.echo(format_report(report, max_items=max_items))


def register(app: typer.Typer) -> None:
    app.command("evaluate")(evaluate_command)
