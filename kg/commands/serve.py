"""``kg serve``: a read-only SPARQL endpoint and the graph page over HTTP."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    from kg.store.server import DEFAULT_LIMIT, DEFAULT_PORT, DEFAULT_TIMEOUT

    @app.command("serve")
    def serve(
        graph: Annotated[Path, typer.Option("--graph", "-g", help="A build's output folder (with store/).")]
        = Path("output"),
        host: Annotated[str, typer.Option(help="Address to listen on. Loopback by default; anything else "
                                               "exposes the graph to the network.")] = "127.0.0.1",
        port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on (0: any free port).")]
        = DEFAULT_PORT,
        timeout: Annotated[float, typer.Option(min=1, help="Seconds a query may run before it is cancelled "
                                                           "(HTTP 503).")] = DEFAULT_TIMEOUT,
        limit: Annotated[int, typer.Option(min=1, help="Most results (rows, or triples) one query returns; "
                                                       "more are cut (X-KG-Truncated: true).")] = DEFAULT_LIMIT,
    ) -> None:
        """Serve the graph: SPARQL 1.1 Protocol at /sparql (GET and POST; JSON, XML, CSV, TSV results
        by content negotiation; updates refused) and the graph page at /."""
        from kg.store.server import run

        run(graph, host, port, timeout, limit, announce=typer.echo)
