"""CLI subcommands other than ``build``.

Each module defines ``register(app: typer.Typer) -> None`` that adds its
command(s); :mod:`kg.cli` registers every module found here. Commands stay thin:
parse options, call a library function, print its result.
"""
