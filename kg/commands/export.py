"""``kg export``: the graph in another format."""
from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer


class ExportFormat(str, Enum):
    ttl = "ttl"
    nt = "nt"
    jsonld = "jsonld"
    trig = "trig"
    nq = "nq"
    graphml = "graphml"
    gexf = "gexf"
    csv = "csv"


def register(app: typer.Typer) -> None:
    @app.command("export")
    def export(
        fmt: Annotated[ExportFormat, typer.Option("--format", help=(
            "ttl, nt, jsonld: all triples (default graph and article graphs merged); trig, nq: with the "
            "named graphs (one per article, and the ontology); graphml, gexf: the actor network for "
            "graph tools; csv: one row per statement (standing relation or event)."))],
        graph: Annotated[Path, typer.Option("--graph", "-g", help="A build's output folder.")] = Path("output"),
        out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Write here (default: standard "
                                                                        "output).", show_default=False)] = None,
    ) -> None:
        """Export the graph as RDF (ttl, nt, jsonld, trig, nq), a network (graphml, gexf) or a table (csv)."""
        import sys

        from kg.io.atomic import atomic_write_bytes
        from kg.store import open_store
        from kg.store.dump import export_bytes

        data = export_bytes(open_store(graph), fmt.value)
        if out is None:
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
        else:
            atomic_write_bytes(out, data)
            typer.echo(f"wrote {out} ({len(data)} bytes)", err=True)
