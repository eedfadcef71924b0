"""``kg validate``: check a built graph against its SHACL shapes."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer


def register(app: typer.Typer) -> None:
    @app.command("validate")
    def validate(
        graph: Annotated[Path, typer.Option("--graph", "-g", help="A build's output folder.")] = Path("output"),
        ontology: Annotated[Optional[list[Path]], typer.Option(
            "--ontology", help="Extra ontology Turtle file(s) the graph was built with. Repeatable. Default: "
                               "the extensions recorded with the graph.")] = None,
    ) -> None:
        """Validate the graph with SHACL (pySHACL): domain and range of every relation, one label per
        actor, dates, provenance. Prints every violation with its focus node; exit code 1 if any."""
        from kg.ontology import load_ontology
        from kg.shapes import validate_store
        from kg.store import open_store

        store = open_store(graph)
        if ontology:
            onto = load_ontology(ontology)
        else:
            from kg.api import graph_ontology

            onto = graph_ontology(graph)  # core plus the extensions the graph was built with
        violations = validate_store(store, onto)
        for violation in violations:
            typer.echo(str(violation))
        errors = [v for v in violations if v.severity == "Violation"]
        if violations:
            typer.echo(f"{len(errors)} violation(s), {len(violations) - len(errors)} warning(s) in {graph}",
                       err=True)
        else:
            typer.echo(f"{graph}: the graph conforms to its SHACL shapes.")
        if errors:
            raise typer.Exit(1)
