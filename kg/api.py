"""The notebook API: build, load, query, extend and show a knowledge graph in a few calls.

Everything here is also available from the package itself (``kg.load_graph``,
``kg.sparql``, ...); the names are imported on first use, so ``import kg``
stays cheap. A session in a notebook looks like this::

    import kg

    graph = kg.rebuild(["pipelines/sample"], "output/notebooks/demo")  # articles in, graph out
    kg.sparql(graph, "meetings")                        # a named query, as a pandas DataFrame
    kg.sparql(graph, "partners", actor="Russia")        # ... with parameters
    kg.sparql(graph, "SELECT ?l WHERE { ?a kgo:meets-with ?b . ?b rdfs:label ?l }")
    view = kg.networkx_view(graph)                      # NetworkX MultiDiGraph
    kg.show(graph)                                      # the interactive page, inline

    problems = kg.validate_ontology_extension("my-relations.ttl")   # [] when it is fine
    graph = kg.rebuild(["articles/"], "output/notebooks/demo",
                       ontology_files=["my-relations.ttl"], gazetteer_files=["my-actors.tsv"])

Building needs the spaCy model; loading, querying and showing a built graph
do not load it.

Which extension files a graph was built with is recorded in ``build.json``
next to the other outputs (see :func:`rebuild`) and read back by
:func:`load_graph`; a graph built by ``kg build`` without that file still
comes back with its extension relations, read from the ontology the build
stored with the graph.
"""
from __future__ import annotations

import atexit
import dataclasses
import datetime
import gc
import hashlib
import html
import json
import os
import re
import shutil
import sys
import tempfile
import weakref
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Union

from kg import _API_NAMES
from kg.buildinfo import BUILD_INFO, file_sha256, read_build_info
from kg.errors import Errors, KGError
from kg.ids import slugify
from kg.ontology import Ontology, load_ontology
from kg.ontology.validate import Problem, check_extension, errors_only

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx
    import pandas as pd
    import pyoxigraph as ox

    from kg.build import BuildReport
    from kg.graph.model import KnowledgeGraph

# The names kg re-exports lazily (kg._API_NAMES), plus the build.json file name.
__all__ = [*_API_NAMES, "BUILD_INFO"]

PathLike = Union[str, os.PathLike]

_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGER_TYPES = {_XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                                     "positiveInteger", "negativeInteger", "nonPositiveInteger",
                                     "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}
_FLOAT_TYPES = {_XSD + t for t in ("decimal", "double", "float")}


def _pandas():
    """pandas, which the tables need (it is not a dependency of the pipeline itself)."""
    try:
        import pandas
    except ImportError:  # pragma: no cover - pandas is in the dev extra
        raise ImportError("the notebook API returns pandas DataFrames: install pandas "
                          "(pip install 'pandas>=2.1,<4')") from None
    return pandas


# --------------------------------------------------------------------------- #
# Where things are
# --------------------------------------------------------------------------- #

def project_root(start: PathLike | None = None) -> Path:
    """The geopol-kg checkout: the folder holding ``kg/`` and ``pipelines/``.

    Looked for from ``start`` (default: the working directory) upwards, then
    beside the installed package. ``KG_PROJECT_ROOT`` overrides both.

    >>> (project_root() / "pipelines" / "sample").is_dir()    # doctest: +SKIP
    True
    """
    override = os.environ.get("KG_PROJECT_ROOT")
    if override:
        return Path(override).expanduser().resolve()
    here = Path(start or Path.cwd()).resolve()
    package_parent = Path(__file__).resolve().parents[1]
    for folder in [here, *here.parents, package_parent]:
        if (folder / "kg" / "__init__.py").is_file() and (folder / "pipelines").is_dir():
            return folder
    raise FileNotFoundError(f"no geopol-kg checkout (a folder with kg/ and pipelines/) above {here}; "
                            f"set KG_PROJECT_ROOT to it")


# --------------------------------------------------------------------------- #
# The built graph
# --------------------------------------------------------------------------- #

class BuiltGraph:
    """A build's output folder, loaded: the :class:`~kg.graph.KnowledgeGraph`, the
    ontology it was built with and the SPARQL store.

    Get one with :func:`load_graph` or :func:`rebuild`. ``kg`` holds the
    articles and assertions, ``ontology`` the relation types (core plus
    extensions), ``store`` the read-only pyoxigraph store (opened on first
    use; :meth:`close` releases it), ``info`` what ``build.json`` records
    (inputs, extension files, model) and ``report`` the
    :class:`~kg.build.BuildReport` when the graph was just built.
    """

    def __init__(self, path: Path, knowledge: KnowledgeGraph, ontology: Ontology,
                 info: dict[str, Any] | None = None, report: BuildReport | None = None) -> None:
        self.path = path
        self.kg = knowledge
        self.ontology = ontology
        self.info = info or {}
        self.report = report
        self._store: ox.Store | None = None
        _LIVE.add(self)

    # -- basics ---------------------------------------------------------------- #
    def __repr__(self) -> str:
        stats = self.kg.stats()
        extensions = [Path(f).name for f in self.ontology.files[1:]]
        onto = "core" + "".join(f" + {name}" for name in extensions)
        return (f"<BuiltGraph {self.path}: {stats['articles']} article(s), {stats['actors']} actors, "
                f"{stats['relations']} relations; ontology {onto}>")

    def __enter__(self) -> BuiltGraph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def store(self) -> ox.Store:
        """The graph's SPARQL store (``out/store``, read-only; or ``graph.ttl`` loaded in memory)."""
        if self._store is None:
            from kg.store import open_store

            self._store = open_store(self.path)
        return self._store

    def close(self) -> None:
        """Release the store (a later query opens it again)."""
        if self._store is not None:
            self._store = None
            gc.collect()  # pyoxigraph closes the database when the object goes away

    @property
    def extensions(self) -> list[str]:
        """Ids of the relations that extension files added to the core."""
        core = load_ontology()
        return [rid for rid in self.ontology.relations if rid not in core.relations]

    # -- views ------------------------------------------------------------------ #
    def sparql(self, query: str | PathLike, /, **params: Any) -> pd.DataFrame | bool:
        """:func:`sparql` on this graph."""
        return sparql(self, query, **params)

    def networkx(self, *, simple: bool = False, facts_only: bool = False) -> nx.Graph:
        """:func:`networkx_view` of this graph."""
        return networkx_view(self, simple=simple, facts_only=facts_only)

    def show(self, *, height: int = 650) -> Page:
        """:func:`show` this graph's page."""
        return show(self, height=height)

    def page(self) -> str:
        """The interactive page (the build's ``graph.html``) as an HTML string."""
        page = self.path / "graph.html"
        if page.is_file():
            return page.read_text(encoding="utf-8")
        from kg.export.html import render_html

        return render_html(self.networkx())

    def actors(self) -> pd.DataFrame:
        """One row per actor: id, label, type, wikidata, known, mentions."""
        pd = _pandas()

        rows = [dataclasses.asdict(actor) for actor in self.kg.actors()]
        return pd.DataFrame(rows, columns=["id", "label", "type", "wikidata", "known", "mentions"])

    def assertions(self) -> pd.DataFrame:
        """One row per extracted assertion (the fields of ``triples.jsonl``), plus the relation's
        ``layer``, ``goldstein`` weight and CAMEO ``quad`` class."""
        pd = _pandas()

        from kg.graph.nx import quad_class

        rows = []
        for a in self.kg.assertions():
            row = a.to_dict()
            relation = self.ontology.relations.get(a.relation)
            goldstein = relation.goldstein if relation else None
            layer = relation.layer if relation else "event"
            cameo = relation.cameo[0] if relation and relation.cameo else None
            row.update(layer=layer, goldstein=goldstein,
                       quad=quad_class(cameo, goldstein) if layer == "event" else None)
            rows.append(row)
        columns = list(rows[0]) if rows else ["doc", "subject", "subject_id", "subject_type", "relation",
                                              "object", "object_id", "object_type", "layer", "goldstein",
                                              "quad"]
        return pd.DataFrame(rows, columns=columns)

    def edges(self) -> pd.DataFrame:
        """One row per edge of the graph (all the evidence for a subject, relation, object and
        polarity): labels, evidence count, articles, first and last date, confidence, modality."""
        pd = _pandas()

        labels = {actor.id: actor.label for actor in self.kg.actors()}
        rows = []
        for edge in self.kg.edges():
            rows.append({
                "subject": labels.get(edge.subject, edge.subject), "relation": edge.relation,
                "object": labels.get(edge.object, edge.object), "negated": edge.negated,
                "modality": edge.modality, "evidence": edge.evidence_count, "articles": len(edge.articles),
                "first_date": edge.first_date, "last_date": edge.last_date, "confidence": edge.confidence,
                "subject_id": edge.subject, "object_id": edge.object,
            })
        return pd.DataFrame(rows, columns=["subject", "relation", "object", "negated", "modality", "evidence",
                                           "articles", "first_date", "last_date", "confidence", "subject_id",
                                           "object_id"])

    def unknown_actors(self) -> pd.DataFrame:
        """:func:`unknown_actors` of this graph."""
        return unknown_actors(self)


_LIVE: weakref.WeakSet[BuiltGraph] = weakref.WeakSet()


def _release_stores(out: Path) -> None:
    """Close the stores of loaded graphs of ``out`` before a build replaces it."""
    target = out.resolve()
    for graph in list(_LIVE):
        if graph._store is not None and graph.path.resolve() == target:
            graph.close()


def load_graph(out_dir: PathLike = "output", *, ontology_files: Sequence[PathLike] | None = None) -> BuiltGraph:
    """Load a build's output folder (``kg build --out DIR`` or :func:`rebuild`).

    The articles and assertions are read from the store (``DIR/store``), or
    from ``triples.jsonl`` when there is no store. The ontology is the one
    the graph was built with: the extension files ``build.json`` lists (when
    they are unchanged), else the ontology stored with the graph, else the
    core. ``ontology_files`` overrides that choice.

    >>> graph = load_graph("output")                        # doctest: +SKIP
    >>> graph                                               # doctest: +SKIP
    <BuiltGraph output: 1 article(s), 13 actors, 25 relations; ontology core>
    >>> graph.actors().head(3)                              # doctest: +SKIP
    """
    out = Path(out_dir)
    if not (out / "store").is_dir() and not (out / "triples.jsonl").is_file():
        from kg.store import open_store

        open_store(out)  # raises the store's "no graph here" error (a graph.ttl alone is only queryable)
    info = read_build_info(out)
    if ontology_files is not None:
        ontology = load_ontology(list(ontology_files))
    else:
        ontology = _ontology_of(out, info)
    knowledge = _read_knowledge_graph(out, ontology)
    return BuiltGraph(out, knowledge, ontology, info)


def _read_knowledge_graph(out: Path, ontology: Ontology) -> KnowledgeGraph:
    from kg.graph.model import KnowledgeGraph
    from kg.model import Article, Assertion

    if (out / "store").is_dir():
        from kg.store import load_knowledge_graph, open_store

        store = open_store(out)
        try:
            return load_knowledge_graph(store, ontology)
        finally:
            del store
            gc.collect()
    graph = KnowledgeGraph(symmetric=(r.id for r in ontology.relations.values() if r.symmetric))
    by_doc: dict[str, list[Assertion]] = {}
    for line in (out / "triples.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            a = Assertion.from_dict(json.loads(line))
            by_doc.setdefault(a.doc, []).append(a)
    for doc, assertions in sorted(by_doc.items()):
        dates = sorted({a.date for a in assertions if a.date})
        graph.add_article(Article(doc, "", date=dates[0] if len(dates) == 1 else None), assertions)
    return graph


def graph_ontology(out_dir: PathLike) -> Ontology:
    """The ontology the graph in ``out_dir`` was built with (see :func:`load_graph`).

    For commands that read a built graph (``kg query`` checking a relation
    id, ``kg validate``) without the user repeating ``--ontology``.

    >>> graph_ontology("output").relations.keys()            # doctest: +SKIP
    """
    return _ontology_of(Path(out_dir), read_build_info(out_dir))


def _ontology_of(out: Path, info: Mapping[str, Any]) -> Ontology:
    """The ontology a graph was built with (see :func:`load_graph`)."""
    recorded = info.get("ontology_files") or []
    if recorded and all(_unchanged(entry) for entry in recorded):
        return load_ontology([entry["path"] for entry in recorded])
    if (out / "store").is_dir():
        stored = _stored_ontology(out)
        if stored is not None:
            return stored
    return load_ontology()


def _unchanged(entry: Mapping[str, Any]) -> bool:
    path = Path(entry.get("path", ""))
    return path.is_file() and file_sha256(path) == entry.get("sha256")


def _stored_ontology(out: Path) -> Ontology | None:
    """The ontology in the store's ``kgr:ontology`` graph, when it has relations the core lacks."""
    import pyoxigraph as ox

    from kg.graph.rdf import ONTOLOGY_GRAPH, PREFIXES
    from kg.store import open_store

    graph = f"<{ONTOLOGY_GRAPH}>"
    store = open_store(out)
    try:
        ids = {row["r"].value for row in store.query(
            f"SELECT DISTINCT ?r WHERE {{ GRAPH {graph} {{ ?r kgo:layer ?layer }} }}", prefixes=PREFIXES)}
        core = {r.iri for r in load_ontology().relations.values()}
        if not ids - core:
            return None
        triples = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}")
        data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    finally:
        del store
        gc.collect()
    path = _scratch_dir() / f"ontology-of-{hashlib.sha256(data).hexdigest()[:12]}.nt"
    if not path.exists():
        path.write_bytes(data)
    return load_ontology([path])


# --------------------------------------------------------------------------- #
# Building
# --------------------------------------------------------------------------- #

def rebuild(inputs: PathLike | Sequence[PathLike], out: PathLike, *,
            ontology_files: Sequence[PathLike] = (), gazetteer_files: Sequence[PathLike] = (),
            model: str | None = None, append: bool = False, n_process: int = 1,
            quiet: bool = False) -> BuiltGraph:
    """Build the graph of ``inputs`` into ``out`` and load it (see :func:`load_graph`).

    ``inputs`` are article files and folders as for ``kg build``;
    ``ontology_files`` extension Turtle files (``kg build --ontology``);
    ``gazetteer_files`` extra gazetteer TSVs in any of the data-file formats
    (see :func:`write_gazetteer_extra` and ``kg/gazetteer/SOURCES.md``);
    ``append`` adds the articles to the graph already in ``out``. Input
    problems are printed as warnings (``quiet`` silences them). Besides the
    usual outputs, ``out/build.json`` records the inputs and the extension
    and gazetteer files (with their SHA-256), so that :func:`load_graph`
    reloads the same ontology.

    >>> graph = rebuild("pipelines/sample", "/tmp/kg-demo")          # doctest: +SKIP
    >>> graph.report.relations_by_type["meets-with"]                # doctest: +SKIP
    1
    """
    inputs = [inputs] if isinstance(inputs, (str, os.PathLike)) else list(inputs)
    ontology_files = _paths(ontology_files)
    gazetteer_files = _paths(gazetteer_files)
    out = Path(out)

    def warn(message: str) -> None:
        if not quiet:
            print(f"warning: {message}", file=sys.stderr)

    from kg import build as build_module

    _release_stores(out)
    options = dict(model=model, ontology_files=ontology_files, n_process=n_process, progress=False,
                   on_problem=warn, append=append)
    report = build_module.build(inputs, out, gazetteer_files=gazetteer_files, **options)  # writes build.json
    graph = load_graph(out)
    graph.report = report
    return graph


def _paths(paths: Sequence[PathLike] | PathLike) -> list[Path]:
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    return [Path(p).expanduser() for p in paths]


# --------------------------------------------------------------------------- #
# SPARQL
# --------------------------------------------------------------------------- #

def sparql(source: BuiltGraph | PathLike | ox.Store, query: str | PathLike, /, **params: Any) -> pd.DataFrame | bool:
    """Run a SPARQL query on a graph and return the results as a pandas DataFrame.

    ``source`` is a :class:`BuiltGraph`, a build's output folder or a
    pyoxigraph store. ``query`` is the name of a named query (``kg query
    --list``; see :func:`list_queries`), a ``.rq`` file or SPARQL text, with
    the prefixes ``kgo:``, ``kgr:``, ``rdf:``, ``rdfs:``, ``owl:``, ``skos:``,
    ``prov:``, ``xsd:``, ``wd:``, ``dcterms:`` and ``schema:`` predeclared.
    Keyword arguments are a named query's parameters (``actor="Russia"``),
    checked against their types; for other queries they bind the variables of
    the same name, in a ``VALUES`` block at the start of the ``WHERE`` clause
    (strings become plain literals, numbers, booleans and dates typed
    literals; use :func:`iri` for an IRI).

    Columns are the query's variables. IRIs are shown prefixed
    (``kgr:Q159``); numbers and booleans become Python numbers and booleans;
    other literals (dates included) their text. ASK queries return a bool;
    CONSTRUCT and DESCRIBE a DataFrame of ``subject``, ``predicate``, ``object``.
    Ad-hoc queries see the union of all graphs, named queries the dataset as
    stored (as ``kg query`` runs them).

    >>> sparql("output", "partners", actor="Russia")[["other", "stance"]]       # doctest: +SKIP
             other   stance
    0  North Korea  partner
    >>> sparql("output", "SELECT (COUNT(*) AS ?n) WHERE { ?a a kgo:Country }")   # doctest: +SKIP
        n
    0   5
    >>> sparql("output", "SELECT ?l WHERE { ?a rdfs:label ?l }", l="Russia")     # doctest: +SKIP
    """
    if isinstance(source, (str, os.PathLike)):
        from kg.store import open_store

        folder = Path(source)
        store = open_store(folder)
        try:
            return _sparql(store, lambda: _ontology_of(folder, read_build_info(folder)), query, params)
        finally:
            del store
            gc.collect()
    if isinstance(source, BuiltGraph):
        return _sparql(source.store, lambda: source.ontology, query, params)
    return _sparql(source, load_ontology, query, params)


def _sparql(store: ox.Store, ontology_of, query: str | PathLike, params: Mapping[str, Any]):
    from kg.store.named import bind_params, named_queries, render
    from kg.store.query import execute

    text: str
    named = named_queries().get(query) if isinstance(query, str) else None
    if named is not None:
        ontology = ontology_of() if params else load_ontology()
        values = {name: _param_text(value) for name, value in params.items()}
        bound = bind_params(named, values, frozenset(ontology.relations), frozenset(ontology.classes))
        outcome = execute(store, render(named, bound), union=False)
        return _frame(outcome)
    if isinstance(query, os.PathLike) or (isinstance(query, str) and query.endswith(".rq")
                                          and "\n" not in query and Path(query).is_file()):
        text = Path(query).read_text(encoding="utf-8")
    elif isinstance(query, str) and re.fullmatch(r"[a-z][a-z0-9-]*", query.strip()):
        from kg.store.named import get_named_query

        get_named_query(query)  # raises the store's "unknown named query" error
    else:
        text = str(query)
    if not params:
        return _frame(execute(store, text))
    return _frame(_execute_with(store, text, params))


def _execute_with(store: ox.Store, text: str, params: Mapping[str, Any]):
    """Like :func:`kg.store.query.execute` (union of all graphs), with variables bound.

    The values go into a ``VALUES`` block at the start of the ``WHERE``
    clause, so the whole pattern (its ``FILTER``s included) sees them, as in
    the named queries. Each value is written by pyoxigraph as an RDF term,
    never pasted as text.
    """
    from kg.store.errors import store_error
    from kg.store.query import execute

    for name in params:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise ValueError(f"{name!r} is not a SPARQL variable name")
    at = _where_group_start(text)
    if at is None:
        raise store_error("{problem}", problem=(
            "cannot bind parameters: the query has no WHERE { ... } clause"))
    names = " ".join(f"?{name}" for name in params)
    row = " ".join(str(_term(value)) for value in params.values())
    return execute(store, f"{text[:at]} VALUES ({names}) {{ ({row}) }}{text[at:]}")


_IRI = re.compile(r"<[^<>\"{}|^`\\\s]*>")
_WORD = re.compile(r"[A-Za-z_]+")


def _where_group_start(text: str) -> int | None:
    """The index just after the ``{`` that opens the query's WHERE clause.

    Comments, strings and IRIs are skipped. The clause is the first top-level
    group after the keyword ``WHERE``, or, for queries written without the
    keyword (``SELECT * { ... }``, ``ASK { ... }``), the first top-level group.
    """
    i, depth, seen_where, form = 0, 0, False, None
    first_group = None
    while i < len(text):
        ch = text[i]
        if ch == "#":
            end = text.find("\n", i)
            i = len(text) if end < 0 else end
            continue
        if ch in "\"'":
            quote = ch * 3 if text.startswith(ch * 3, i) else ch
            j = i + len(quote)
            while j < len(text) and not text.startswith(quote, j):
                j += 2 if text[j] == "\\" else 1
            i = j + len(quote)
            continue
        if ch == "<":
            match = _IRI.match(text, i)
            if match:
                i = match.end()
                continue
        if ch == "{":
            if depth == 0:
                if seen_where:
                    return i + 1
                if first_group is None and form in ("SELECT", "ASK", "DESCRIBE"):
                    first_group = i + 1
            depth += 1
        elif ch == "}":
            depth -= 1
        elif depth == 0 and (ch.isalpha() or ch == "_") and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "_?$:")):
            word = _WORD.match(text, i).group(0)
            upper = word.upper()
            if upper == "WHERE":
                seen_where = True
            elif upper in ("SELECT", "ASK", "DESCRIBE", "CONSTRUCT") and form is None:
                form = upper
            i += len(word)
            continue
        i += 1
    return first_group


def iri(name: str) -> ox.NamedNode:
    """An IRI for a query parameter: a full IRI or a prefixed name (``"kgr:Q159"``, ``"kgo:aids"``).

    >>> iri("kgr:Q159")
    <NamedNode value=https://w3id.org/geokg/id/Q159>
    """
    import pyoxigraph as ox

    from kg.graph.rdf import PREFIXES

    prefix, sep, local = name.partition(":")
    if sep and prefix in PREFIXES and not local.startswith("//"):
        return ox.NamedNode(PREFIXES[prefix] + local)
    return ox.NamedNode(name)


def _param_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()[:10]
    return str(value)


def _term(value: Any):
    import pyoxigraph as ox

    if isinstance(value, (ox.NamedNode, ox.BlankNode, ox.Literal)):
        return value
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode(_XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(_XSD + "integer"))
    if isinstance(value, (float, Decimal)):
        return ox.Literal(str(value), datatype=ox.NamedNode(_XSD + "decimal"))
    if isinstance(value, (datetime.date, datetime.datetime)):
        return ox.Literal(value.isoformat()[:10], datatype=ox.NamedNode(_XSD + "date"))
    return ox.Literal(str(value))


def _value(term: Any) -> Any:
    """A result term as a Python value (see :func:`sparql`)."""
    import pyoxigraph as ox

    from kg.store.query import compact

    if term is None:
        return None
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value if term.datatype is not None else ""
        try:
            if datatype in _INTEGER_TYPES:
                return int(term.value)
            if datatype in _FLOAT_TYPES:
                return float(term.value)
        except ValueError:
            return term.value
        if datatype == _XSD + "boolean":
            return term.value in ("true", "1")
        return term.value
    return compact(term)


def _frame(outcome) -> pd.DataFrame | bool:
    pd = _pandas()

    from kg.store.query import compact

    if outcome.kind == "ask":
        return bool(outcome.results)
    if outcome.kind == "graph":
        rows = [(compact(t.subject), compact(t.predicate), _value(t.object)) for t in outcome.results]
        return pd.DataFrame(rows, columns=["subject", "predicate", "object"])
    variables = outcome.variables
    rows = [[_value(solution[v]) for v in variables] for solution in outcome.results]
    return pd.DataFrame(rows, columns=variables)


def list_queries() -> pd.DataFrame:
    """The named queries (``kg query --list``): name, summary and parameters."""
    pd = _pandas()

    from kg.store.named import named_queries

    rows = [{"name": q.name, "summary": q.summary,
             "parameters": ", ".join(f"{p.name} ({p.type}{'' if p.required else ', default ' + p.default})"
                                     for p in q.params)}
            for q in named_queries().values()]
    return pd.DataFrame(rows, columns=["name", "summary", "parameters"])


# --------------------------------------------------------------------------- #
# NetworkX
# --------------------------------------------------------------------------- #

def networkx_view(source: BuiltGraph | PathLike | KnowledgeGraph, *, simple: bool = False,
                  facts_only: bool = False, ontology: Ontology | None = None) -> nx.Graph:
    """The graph as NetworkX (see :func:`kg.graph.nx.to_networkx` for the attributes).

    By default a ``MultiDiGraph``: actors keyed by id (with ``label``,
    ``type``, ``known``, ...), one edge per relation, keyed by relation id,
    with its evidence. ``facts_only`` drops negated edges and edges only
    alleged, intended or hypothetical. ``simple`` collapses everything into
    an undirected ``Graph`` (one edge per pair of actors, ``weight`` = pieces
    of evidence, ``relations`` = the relation ids), the shape most NetworkX
    algorithms (centrality, communities, paths) expect.

    >>> view = networkx_view("output", simple=True)              # doctest: +SKIP
    >>> import networkx as nx; nx.shortest_path(view, "Q30", "Q423")   # doctest: +SKIP
    ['Q30', 'Q159', 'Q423']
    """
    import networkx as nx

    from kg.graph.model import KnowledgeGraph
    from kg.graph.nx import to_networkx

    if isinstance(source, (str, os.PathLike)):
        source = load_graph(source)
    if isinstance(source, BuiltGraph):
        knowledge, ontology = source.kg, ontology or source.ontology
    elif isinstance(source, KnowledgeGraph):
        knowledge, ontology = source, ontology or load_ontology()
    else:
        raise TypeError(f"networkx_view() takes a BuiltGraph, an output folder or a KnowledgeGraph, "
                        f"not {type(source).__name__}")
    view = to_networkx(knowledge, ontology)
    if facts_only:
        drop = [(u, v, k) for u, v, k, d in view.edges(keys=True, data=True)
                if d.get("negated") or d.get("modality") not in ("asserted", "reported")]
        view.remove_edges_from(drop)
    if not simple:
        return view
    simple_view = nx.Graph()
    simple_view.add_nodes_from(view.nodes(data=True))
    for u, v, data in view.edges(data=True):
        if u == v:
            continue
        if simple_view.has_edge(u, v):
            attrs = simple_view[u][v]
            attrs["weight"] += data.get("evidence_count", 1)
            attrs["relations"] = sorted(set(attrs["relations"]) | {data["relation"]})
        else:
            simple_view.add_edge(u, v, weight=data.get("evidence_count", 1), relations=[data["relation"]])
    return simple_view


# --------------------------------------------------------------------------- #
# Ontology extensions
# --------------------------------------------------------------------------- #

class ExtensionError(KGError):
    """An extension with errors; ``problems`` lists them all (warnings included)."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        errors = errors_only(problems)
        first = errors[0]
        super().__init__(Errors.E203, path=first.file, relation=first.relation or "-", problem=first.message)
        self.code = first.code
        self.problems = list(problems)
        more = "".join(f"\n  {p}" for p in errors[1:])
        self.message = f"{len(errors)} error(s) in the ontology extension:\n  {first}{more}"
        self.args = (self.message,)


def _is_turtle_text(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    head = value.lstrip()
    return "\n" in value or head.startswith(("@prefix", "@base", "PREFIX", "BASE", "kgo:", "<", "#"))


def _scratch_dir() -> Path:
    """A private temporary folder for Turtle given as text, removed when Python exits."""
    global _SCRATCH
    if _SCRATCH is None or not _SCRATCH.is_dir():
        _SCRATCH = Path(tempfile.mkdtemp(prefix="kg-notebook-"))
        atexit.register(shutil.rmtree, _SCRATCH, ignore_errors=True)
    return _SCRATCH


_SCRATCH: Path | None = None


def _as_file(extension: str | PathLike, name: str | None = None) -> tuple[Path, str]:
    """(a file holding the extension, the name to show in messages)."""
    if _is_turtle_text(extension):
        text = str(extension)
        stem = name or f"extension-{hashlib.sha256(text.encode('utf-8')).hexdigest()[:10]}"
        stem = stem[:-4] if stem.endswith(".ttl") else stem
        path = _scratch_dir() / hashlib.sha256(text.encode("utf-8")).hexdigest()[:10] / f"{stem}.ttl"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path, f"{stem}.ttl"
    path = Path(extension).expanduser()
    return path, str(extension)


def _extension_parts(extension: str | PathLike, name: str | None = None) -> list[tuple[Path, str]]:
    """(file, name to show) of an extension: Turtle text, a file, or a folder of ``*.ttl`` files."""
    path, shown = _as_file(extension, name)
    if path.is_dir():
        return [(file, str(file)) for file in sorted(path.glob("*.ttl"))] or [(path / "*.ttl", f"{path}/*.ttl")]
    return [(path, shown)]


def _extension_files(items: Iterable[str | PathLike]) -> list[Path]:
    return [path for item in items for path, _ in _extension_parts(item)]


def validate_ontology_extension(extension: str | PathLike, *, base: Sequence[str | PathLike] = (),
                                name: str | None = None) -> list[Problem]:
    """Every problem of an extension (a Turtle file, or Turtle text), errors first.

    ``base`` are extensions (files or text) loaded before this one, so that
    two extensions can be checked together; a folder stands for its ``*.ttl``
    files in name order, each checked with the ones before it as its base. Errors: Turtle syntax (E201), a
    missing file (E202) and, per relation (E203), a relation id that clashes
    with a core relation (a different label, definition, layer, symmetry,
    domain, range or Goldstein weight), a missing ``rdfs:label`` or
    ``kgo:layer``, a domain or range that is not a declared actor or place
    class, an empty or hyphenated cue, cues on an undeclared relation, bad
    CAMEO codes or Goldstein weights. Warnings: no definition, no cues, no
    Goldstein weight on an event relation, a cue an earlier relation already
    has (it would never fire). An empty list means the extension is fine.

    >>> validate_ontology_extension('''
    ... @prefix kgo: <https://w3id.org/geokg/ontology#> .
    ... @prefix owl: <http://www.w3.org/2002/07/owl#> .
    ... kgo:mediates a owl:ObjectProperty ; kgo:verbCue "mediate" .
    ... ''')[0].kind
    'missing-label'
    """
    base_files = _extension_files(base)
    problems: list[Problem] = []
    for path, shown in _extension_parts(extension, name):
        problems += check_extension(path, base_files, display_name=shown)
        base_files.append(path)
    return problems


def extend_ontology(*extensions: str | PathLike, base: Sequence[str | PathLike] = ()) -> Ontology:
    """The core ontology plus ``extensions`` (files or Turtle text), in that order.

    Each extension is validated first (with the ones before it as its base);
    errors raise :class:`ExtensionError` listing every problem.

    >>> onto = extend_ontology("pipelines/extensions/mediation.ttl")   # doctest: +SKIP
    >>> onto.relation("mediates-between").cameo                         # doctest: +SKIP
    ('045',)
    """
    files = _extension_files(base)
    for extension in extensions:
        for path, shown in _extension_parts(extension):
            problems = check_extension(path, files, display_name=shown)
            if errors_only(problems):
                raise ExtensionError(problems)
            files.append(path)
    return load_ontology(files)


def save_extension(extension: str | PathLike, path: PathLike, *, base: Sequence[str | PathLike] = ()) -> Path:
    """Validate an extension and write it to ``path`` (a ``.ttl`` file ``kg build --ontology`` loads).

    Raises :class:`ExtensionError` (nothing is written) when it has errors.

    >>> save_extension(MY_TURTLE, "pipelines/extensions/mine.ttl")     # doctest: +SKIP
    PosixPath('pipelines/extensions/mine.ttl')
    """
    from kg.io.atomic import atomic_write_text

    source, shown = _as_file(extension, Path(path).name)
    problems = check_extension(source, [_as_file(item)[0] for item in base], display_name=shown)
    if errors_only(problems):
        raise ExtensionError(problems)
    target = Path(path)
    atomic_write_text(target, source.read_text(encoding="utf-8"))
    return target


def relations_table(ontology: Ontology | None = None, ids: Iterable[str] | None = None) -> pd.DataFrame:
    """The relation types of ``ontology`` (default: the core) as a table, one row per relation."""
    pd = _pandas()

    ontology = ontology or load_ontology()
    rows = []
    for rid in ids if ids is not None else ontology.relations:
        rel = ontology.relation(rid)
        rows.append({
            "id": rel.id, "label": rel.label, "layer": rel.layer, "symmetric": rel.symmetric,
            "domain": "|".join(rel.domain), "range": "|".join(rel.range), "cameo": "|".join(rel.cameo),
            "plover": "|".join(rel.plover), "goldstein": rel.goldstein,
            "verb_cues": ", ".join(" ".join(c) for c in rel.verb_cues),
            "noun_cues": ", ".join(" ".join(c) for c in rel.noun_cues),
            "prepositions": ", ".join([f"obj:{p}" for p in rel.object_prepositions]
                                      + [f"agent:{p}" for p in rel.agent_prepositions]),
            "definition": rel.definition, "source": Path(rel.source).name,
        })
    return pd.DataFrame(rows)


# --------------------------------------------------------------------------- #
# Gazetteer extras
# --------------------------------------------------------------------------- #

_KIND_OF_TYPE = {"Person": "people", "Organization": "organizations", "InternationalOrganization": "organizations",
                 "ArmedGroup": "organizations", "City": "places", "Region": "places"}
_ID_PREFIX = {"Person": "person", "Organization": "org", "InternationalOrganization": "org",
              "ArmedGroup": "org", "City": "city", "Region": "region"}
_COLUMNS = {
    "people": ("id", "label", "surname", "aliases"),
    "organizations": ("id", "label", "type", "acronyms", "aliases", "source"),
    "places": ("id", "label", "type", "country", "aliases", "note", "source"),
}


@dataclass(frozen=True)
class NewActor:
    """An actor to add to the gazetteer (see :func:`write_gazetteer_extra`).

    ``type`` is one of Person, Organization, InternationalOrganization,
    ArmedGroup, City, Region. ``id`` defaults to a minted one
    (``person/steve-witkoff``, ``org/rosneft``); use the Wikidata QID where
    you know it. ``surname`` (people; default the last word of the label)
    lets later mentions by surname alone resolve; ``acronyms``
    (organisations) and ``country`` (places: the QID of the country) as in
    the gazetteer files.
    """

    label: str
    type: str
    aliases: tuple[str, ...] = ()
    id: str | None = None
    surname: str | None = None
    acronyms: tuple[str, ...] = ()
    country: str | None = None

    def __post_init__(self) -> None:
        if self.type not in _KIND_OF_TYPE:
            raise ValueError(f"NewActor {self.label!r}: type {self.type!r} is not one of "
                             f"{', '.join(_KIND_OF_TYPE)} (countries are in kg/gazetteer/data/countries.tsv)")
        if not self.label.strip():
            raise ValueError("NewActor: empty label")
        for value in (self.label, self.id or "", self.surname or "", self.country or "",
                      *self.aliases, *self.acronyms):
            if any(ch in value for ch in "\t\n\r|"):
                raise ValueError(f"NewActor {self.label!r}: {value!r} contains a tab, line break or '|'")
        object.__setattr__(self, "aliases", tuple(self.aliases))
        object.__setattr__(self, "acronyms", tuple(self.acronyms))


def write_gazetteer_extra(folder: PathLike, actors: Iterable[NewActor]) -> list[Path]:
    """Write ``actors`` as extra gazetteer files in ``folder``; return the files written.

    People go to ``people.tsv`` (the format of ``leaders.tsv``), organisations
    to ``organizations.tsv``, cities and regions to ``places.tsv``, each with
    its header row so that ``Gazetteer.load(extra_files=...)`` (and
    :func:`rebuild` with ``gazetteer_files``) recognises it. Rows are sorted;
    an existing file of the same name is replaced.

    >>> write_gazetteer_extra("my-gazetteer", [                                  # doctest: +SKIP
    ...     NewActor("Steve Witkoff", "Person", aliases=("Steven Witkoff",)),
    ...     NewActor("Rosneft", "Organization")])
    [PosixPath('my-gazetteer/organizations.tsv'), PosixPath('my-gazetteer/people.tsv')]
    """
    from kg.gazetteer import Gazetteer, default_gazetteer
    from kg.io.atomic import atomic_write_text

    folder = Path(folder)
    known = default_gazetteer()
    rows: dict[str, list[tuple[str, ...]]] = {}
    taken: set[str] = set()
    for actor in actors:
        actor_id = actor.id or f"{_ID_PREFIX[actor.type]}/{slugify(actor.label, default='actor')}"
        if actor.id is None:
            base, n = actor_id, 2
            while actor_id in taken or (known.get(actor_id) is not None and known.get(actor_id).label != actor.label):
                actor_id, n = f"{base}-{n}", n + 1
        taken.add(actor_id)
        aliases = "|".join(dict.fromkeys(a for a in actor.aliases if a != actor.label))
        kind = _KIND_OF_TYPE[actor.type]
        if kind == "people":
            words = actor.label.split()
            surname = actor.surname if actor.surname is not None else (words[-1] if len(words) > 1 else "")
            row = (actor_id, actor.label, surname, aliases)
        elif kind == "organizations":
            row = (actor_id, actor.label, actor.type, "|".join(actor.acronyms), aliases, "notebook")
        else:
            row = (actor_id, actor.label, actor.type, actor.country or "", aliases, "", "notebook")
        rows.setdefault(kind, []).append(row)
    written = []
    for kind in sorted(rows):
        path = folder / f"{kind}.tsv"
        lines = ["\t".join(_COLUMNS[kind])] + ["\t".join(r) for r in sorted(set(rows[kind]))]
        atomic_write_text(path, "\n".join(lines) + "\n")
        written.append(path)
    Gazetteer.load(extra_files=written)  # fails loudly if a file is not in a gazetteer format
    return written


def unknown_actors(source: BuiltGraph | PathLike | KnowledgeGraph) -> pd.DataFrame:
    """Actors the gazetteer does not know (ids ``unk/...``), most mentioned first.

    Columns: ``id``, ``label``, ``type``, ``mentions`` (assertions naming
    the actor as subject or object), ``articles`` and an ``example``
    sentence: candidates for :func:`write_gazetteer_extra`. (The named query
    ``unknown-actors`` gives the same list from SPARQL, counting attributions
    too.)
    """
    pd = _pandas()

    from kg.graph.model import KnowledgeGraph

    if isinstance(source, (str, os.PathLike)):
        source = load_graph(source)
    knowledge = source.kg if isinstance(source, BuiltGraph) else source
    if not isinstance(knowledge, KnowledgeGraph):
        raise TypeError(f"unknown_actors() takes a BuiltGraph, an output folder or a KnowledgeGraph, "
                        f"not {type(source).__name__}")
    mentions: Counter[str] = Counter()
    articles: dict[str, set[str]] = {}
    examples: dict[str, str] = {}
    info: dict[str, tuple[str, str]] = {}
    for a in knowledge.assertions():
        for actor_id, label, kind in ((a.subject_id, a.subject, a.subject_type),
                                      (a.object_id, a.object, a.object_type)):
            if not actor_id.startswith("unk/"):
                continue
            mentions[actor_id] += 1
            articles.setdefault(actor_id, set()).add(a.doc)
            info.setdefault(actor_id, (label, kind))
            if actor_id not in examples or a.sentence < examples[actor_id]:
                examples[actor_id] = a.sentence
    rows = [{"id": actor_id, "label": info[actor_id][0], "type": info[actor_id][1], "mentions": count,
             "articles": len(articles[actor_id]), "example": examples[actor_id]}
            for actor_id, count in mentions.items()]
    rows.sort(key=lambda r: (-r["mentions"], r["label"]))
    return pd.DataFrame(rows, columns=["id", "label", "type", "mentions", "articles", "example"])


# --------------------------------------------------------------------------- #
# The page, inline
# --------------------------------------------------------------------------- #

class Page:
    """An interactive graph page that Jupyter shows inline (in a sandboxed iframe).

    ``html`` is the whole self-contained page; :meth:`save` writes it to a file.
    """

    def __init__(self, page: str, *, height: int = 650) -> None:
        self.html = page
        self.height = height

    def __repr__(self) -> str:
        return f"<Page: {len(self.html):,} characters; display it in Jupyter or .save() it>"

    def _repr_html_(self) -> str:
        # srcdoc keeps the page self-contained: no file or server is needed, and the page's own
        # Content-Security-Policy still applies inside the frame.
        return (f'<iframe srcdoc="{html.escape(self.html, quote=True)}" sandbox="allow-scripts" '
                f'style="width: 100%; height: {int(self.height)}px; border: 1px solid #ccc;" '
                f'title="geopol-kg graph page"></iframe>')

    def save(self, path: PathLike) -> Path:
        from kg.io.atomic import atomic_write_text

        atomic_write_text(path, self.html)
        return Path(path)


def show(source: BuiltGraph | PathLike | nx.MultiDiGraph | str, *, height: int = 650,
         title: str | None = None) -> Page:
    """The interactive page of a graph, for display in Jupyter (the last expression of a cell).

    ``source`` is a :class:`BuiltGraph`, a build's output folder (its
    ``graph.html``), an ``.html`` file, a NetworkX view (rendered with
    :func:`kg.export.html.render_html`, e.g. a subgraph you selected) or a
    page's HTML text.

    >>> show("output")                                       # doctest: +SKIP
    >>> view = networkx_view("output")                       # doctest: +SKIP
    >>> show(view.subgraph(["Q159", "Q423"]), title="Russia and North Korea")   # doctest: +SKIP
    """
    if isinstance(source, BuiltGraph):
        return Page(source.page(), height=height)
    if isinstance(source, str) and source.lstrip()[:15].lower().startswith(("<!doctype", "<html")):
        return Page(source, height=height)
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        page = path if path.suffix == ".html" else path / "graph.html"
        if not page.is_file():
            return Page(load_graph(path).page(), height=height)
        return Page(page.read_text(encoding="utf-8"), height=height)
    from kg.export.html import DEFAULT_TITLE, render_html

    return Page(render_html(source, title=title or DEFAULT_TITLE), height=height)

