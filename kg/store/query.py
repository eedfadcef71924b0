"""Run SPARQL queries on a graph store and format their results.

Every query is evaluated with the common prefixes predeclared
(:data:`kg.graph.rdf.PREFIXES`: ``kgo:``, ``kgr:``, ``rdf:``, ``rdfs:``,
``owl:``, ``skos:``, ``prov:``, ``xsd:``, ``wd:``, ``dcterms:``, ``schema:``)
and with the union of all graphs as the default graph, so a query sees the
derived facts, the per-article mentions and the ontology without ``GRAPH``
clauses (``GRAPH ?g { ... }`` still works to tell them apart).

Parameters of named queries are typed RDF terms bound in a ``VALUES`` clause
(see :mod:`kg.store.named`).

Errors are :class:`~kg.errors.KGError` with a code: a syntax error names its
line and column and shows the line (E603); an update is refused (E604).
"""
from __future__ import annotations

import csv
import io
import re
import shutil
from dataclasses import dataclass

import pyoxigraph as ox

from kg.graph.rdf import PREFIXES
from kg.store.errors import StoreErrors, store_error

__all__ = ["FORMATS", "QueryOutcome", "execute", "format_results", "is_update", "compact"]

FORMATS = ("table", "csv", "json")

_UPDATE_KEYWORDS = re.compile(
    r"^\s*(?:INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.IGNORECASE)
_PROLOGUE = re.compile(r"^\s*(?:(?:PREFIX\s+[^\s:]*:\s*<[^>]*>)|(?:BASE\s+<[^>]*>))", re.IGNORECASE)
_ERROR_AT = re.compile(r"error at (\d+):(\d+):\s*(.*)", re.DOTALL)


def _strip_comments(text: str) -> str:
    """The query without ``#`` comments (outside IRIs and strings), for keyword sniffing."""
    out: list[str] = []
    quote: str | None = None
    in_iri = False
    i = 0
    while i < len(text):
        ch = text[i]
        if quote:
            out.append(ch)
            if ch == "\\":
                out.append(text[i + 1:i + 2])
                i += 2
                continue
            if text.startswith(quote, i):
                out.append(text[i + 1:i + len(quote)])
                i += len(quote)
                quote = None
                continue
        elif in_iri:
            out.append(ch)
            in_iri = ch != ">"
        elif ch == "#":
            while i < len(text) and text[i] != "\n":
                i += 1
            continue
        elif ch in "\"'":
            quote = ch * 3 if text.startswith(ch * 3, i) else ch
            out.append(quote)
            i += len(quote)
            continue
        elif ch == "<" and re.match(r"<[^<>\"{}|^`\\\s]*>", text[i:]):
            in_iri = True
            out.append(ch)
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def is_update(text: str) -> bool:
    """True if ``text`` is a SPARQL update (INSERT, DELETE, LOAD, CLEAR, DROP, ...)."""
    body = _strip_comments(text)
    while True:
        match = _PROLOGUE.match(body)
        if not match:
            break
        body = body[match.end():]
    return bool(_UPDATE_KEYWORDS.match(body))


def syntax_error(text: str, exc: SyntaxError) -> Exception:
    """E603 with the line and column of a pyoxigraph syntax error, and the line itself."""
    message = str(exc.args[0] if exc.args else exc)
    match = _ERROR_AT.match(message)
    if not match:
        return store_error(StoreErrors.E603, line="?", column="?", detail=_short(message), context="")
    line, column, detail = int(match.group(1)), int(match.group(2)), match.group(3)
    lines = text.splitlines() or [""]
    source = lines[line - 1] if 0 < line <= len(lines) else ""
    context = f"  {source}\n  {' ' * max(column - 1, 0)}^" if source.strip() else ""
    return store_error(StoreErrors.E603, line=line, column=column, detail=_short(detail), context=context)


def _short(detail: str) -> str:
    """pyoxigraph lists every expected token; unknown prefixes read better said plainly."""
    detail = " ".join(detail.split())
    if "Prefix not found" in detail:
        return "unknown prefix (declare it with PREFIX, or use one of: " + ", ".join(
            f"{p}:" for p in PREFIXES) + ")"
    if len(detail) > 200:
        detail = detail[:200].rsplit(",", 1)[0] + ", ..."
    return detail


@dataclass
class QueryOutcome:
    """A query's results: ``kind`` is "select", "ask" or "graph" (CONSTRUCT/DESCRIBE)."""

    kind: str
    results: object

    @property
    def variables(self) -> list[str]:
        return [v.value for v in self.results.variables] if self.kind == "select" else []


def execute(store: ox.Store, text: str, union: bool = True) -> QueryOutcome:
    """Evaluate ``text`` on ``store`` (read-only; see the module docstring).

    ``union=False`` evaluates on the dataset as stored: the default graph is
    the derived graph only, and the article and ontology graphs are reached
    with ``GRAPH``; named queries are written that way, which lets the engine
    use the default graph's own indexes (about three times faster).
    """
    if is_update(text):
        raise store_error(StoreErrors.E604)
    try:
        results = store.query(text, prefixes=PREFIXES, use_default_graph_as_union=union)
    except SyntaxError as exc:
        raise syntax_error(text, exc) from None
    except RuntimeError as exc:
        raise store_error(StoreErrors.E606, problem=f"The query failed: {exc}") from None
    if isinstance(results, ox.QuerySolutions):
        return QueryOutcome("select", results)
    if isinstance(results, ox.QueryBoolean):
        return QueryOutcome("ask", results)
    return QueryOutcome("graph", results)


# --------------------------------------------------------------------------- #
# Formatting
# --------------------------------------------------------------------------- #

_NAMESPACES = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))


def compact(term) -> str:
    """A readable rendering of an RDF term: prefixed IRIs, plain literal values."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        value = term.value
        for prefix, namespace in _NAMESPACES:
            if value.startswith(namespace) and len(value) > len(namespace):
                return f"{prefix}:{value[len(namespace):]}"
        return f"<{value}>"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return term.value + (f"@{term.language}" if term.language else "")
    return str(term)


def format_results(outcome: QueryOutcome, fmt: str = "table", width: int | None = None) -> str:
    """Render results: ``table`` (aligned columns, or one record per block when too wide),
    ``csv`` (SPARQL 1.1 CSV; N-Triples for CONSTRUCT) or ``json`` (SPARQL 1.1 JSON results;
    JSON-LD for CONSTRUCT)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if outcome.kind == "ask":
        if fmt == "json":
            return outcome.results.serialize(format=ox.QueryResultsFormat.JSON).decode("utf-8") + "\n"
        return ("true" if bool(outcome.results) else "false") + "\n"
    if outcome.kind == "graph":
        if fmt == "json":
            return outcome.results.serialize(format=ox.RdfFormat.JSON_LD).decode("utf-8") + "\n"
        if fmt == "csv":
            return outcome.results.serialize(format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
        return ox.serialize(list(outcome.results), format=ox.RdfFormat.TURTLE,
                            prefixes=PREFIXES).decode("utf-8")
    if fmt == "json":
        return outcome.results.serialize(format=ox.QueryResultsFormat.JSON).decode("utf-8") + "\n"
    if fmt == "csv":
        return outcome.results.serialize(format=ox.QueryResultsFormat.CSV).decode("utf-8")
    variables = outcome.variables
    rows = [[compact(solution[v]) for v in variables] for solution in outcome.results]
    return render_table(variables, rows, width)


def render_table(headers: list[str], rows: list[list[str]], width: int | None = None) -> str:
    width = width or shutil.get_terminal_size((120, 24)).columns
    footer = f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n"
    if not headers:
        return footer
    cells = [[cell.replace("\n", " ") for cell in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    if sum(widths) + 3 * (len(widths) - 1) <= width or not cells:
        def line(values: list[str]) -> str:
            return " | ".join(v.ljust(w) for v, w in zip(values, widths)).rstrip()
        out = [line(headers), "-+-".join("-" * w for w in widths)]
        out += [line(r) for r in cells]
        return "\n".join(out) + "\n" + footer
    # Too wide for the terminal: one block per row, one field per line.
    name_width = max(len(h) for h in headers)
    out = []
    for number, row in enumerate(cells, 1):
        out.append(f"-[ row {number} ]" + "-" * max(0, min(width, 60) - 12 - len(str(number))))
        out += [f"{h.ljust(name_width)} | {v}" for h, v in zip(headers, row)]
    return "\n".join(out) + "\n" + footer


def rows_as_dicts(outcome: QueryOutcome) -> list[dict[str, str]]:
    """SELECT results as ``[{variable: compact value}]`` (for tests and scripts)."""
    variables = outcome.variables
    return [{v: compact(s[v]) for v in variables if s[v] is not None} for s in outcome.results]


def csv_rows(text: str) -> list[dict[str, str]]:
    """Parse SPARQL CSV results (helper for tests)."""
    return list(csv.DictReader(io.StringIO(text)))

