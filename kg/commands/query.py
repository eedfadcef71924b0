"""``kg query``: SPARQL on a built graph, from the command line."""
from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer


class OutputFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


def register(app: typer.Typer) -> None:
    @app.command("query")
    def query(
        text: Annotated[Optional[str], typer.Argument(
            metavar="[QUERY]", help="A SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE). The prefixes kgo:, kgr:, "
                                    "rdf:, rdfs:, owl:, skos:, prov:, xsd:, wd:, dcterms: and schema: are "
                                    "predeclared.", show_default=False)] = None,
        graph: Annotated[Path, typer.Option("--graph", "-g", help="A build's output folder (its store/, "
                                                                    "or graph.ttl).")] = Path("output"),
        file: Annotated[Optional[Path], typer.Option("--file", "-f", help="Read the query from a .rq file.",
                                                     show_default=False)] = None,
        name: Annotated[Optional[str], typer.Option("--name", "-n", help="Run a named query (see --list).",
                                                    show_default=False)] = None,
        param: Annotated[Optional[list[str]], typer.Option(
            "--param", "-p", help="A named query's parameter, NAME=VALUE. Repeatable.",
            show_default=False)] = None,
        fmt: Annotated[OutputFormat, typer.Option(
            "--format", help="table (readable), csv or json (SPARQL 1.1 results formats; "
                             "N-Triples / JSON-LD for CONSTRUCT).")] = OutputFormat.table,
        list_queries: Annotated[bool, typer.Option("--list", help="List the named queries with their "
                                                                  "documentation and exit.")] = False,
    ) -> None:
        """Run a SPARQL query on the graph (read-only) and print the results.

        Examples:

          kg query "SELECT ?l WHERE { ?r rdfs:label 'Russia' ; kgo:strategic-partner/rdfs:label ?l }"

          kg query --name evidence --param subject=Russia --param relation=strategic-partner \\
              --param object="North Korea"
        """
        from kg.store.errors import StoreErrors, store_error
        from kg.store.named import describe_all

        if list_queries:
            typer.echo(describe_all(), nl=False)
            return
        given = [x for x in (text, file, name) if x is not None]
        if len(given) != 1:
            raise store_error(StoreErrors.E607)
        if param and name is None:
            raise store_error(StoreErrors.E606, problem="--param only applies to named queries (--name)")

        from kg.store import open_store
        from kg.store.named import bind_params, get_named_query, parse_param_options, render
        from kg.store.query import execute, format_results

        if name is not None:
            from kg.api import graph_ontology

            named = get_named_query(name)
            ontology = graph_ontology(graph)  # core plus the extensions the graph was built with
            sparql = render(named, bind_params(named, parse_param_options(param or []),
                                               frozenset(ontology.relations), frozenset(ontology.classes)))
        elif file is not None:
            try:
                sparql = file.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise store_error(StoreErrors.E608, path=file,
                                  detail=getattr(exc, "strerror", None) or str(exc)) from None
        else:
            sparql = text or ""
        store = open_store(graph)
        outcome = execute(store, sparql, union=name is None)
        output = format_results(outcome, fmt.value)
        sys.stdout.write(output)
        sys.stdout.flush()
