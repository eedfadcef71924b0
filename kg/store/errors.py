"""Coded errors of the store, query, serve, validate and export commands (E6xx).

They are :class:`~kg.errors.KGError` instances, so the CLI prints them as one
line (or a short block) without a traceback and exits with code 2.
"""
from __future__ import annotations

from kg.errors import KGError


class StoreErrors:
    E601 = ("No graph in {path}: it has neither a store/ folder nor graph.ttl. Build one with "
            "`kg build INPUT --out {path}` or pass --graph with a build's output folder.")
    E602 = "Cannot open the graph store {path}: {detail}."
    E603 = "SPARQL syntax error at line {line}, column {column}: {detail}\n{context}"
    E604 = ("Updates are not allowed: the graph is read-only here. Rebuild it with `kg build` "
            "(use --append to add articles).")
    E605 = "Unknown named query {name!r}. Named queries: {names}. See `kg query --list`."
    E606 = "{problem}"
    E607 = "Give exactly one of QUERY, --file or --name (or --list)."
    E608 = "Cannot read the query file {path}: {detail}."
    E609 = "Cannot read the existing graph in {path} for --append: {detail}."


def store_error(template: str, **kwargs: object) -> KGError:
    """A KGError carrying this module's code (``[E60x] ...``)."""
    code = next((name for name, value in vars(StoreErrors).items() if value == template), "E600")
    error = KGError(template, **kwargs)
    error.code = code
    error.message = f"[{code}] " + template.format(**kwargs)
    error.args = (error.message,)
    return error
