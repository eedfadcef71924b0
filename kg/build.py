"""``kg build``: articles in, ``graph.ttl``, ``triples.jsonl``, ``graph.html`` and the store out.

The library function :func:`build` does all the work; the CLI only parses
arguments and prints. Outputs are staged and moved into ``out`` only when the
whole build succeeded, so an interrupted or failed build leaves the previous
outputs as they were: the files go through :class:`~kg.io.atomic.OutputTransaction`,
the store (``out/store``, see :mod:`kg.store`) is written into a hidden sibling
folder and swapped in by renames once everything else was written.

With ``append=True`` the graph already in ``out`` (read back from its store)
is kept and the new articles are added to it; an article whose id is already
there replaces the old one. All outputs are then re-derived from the whole
graph, so ``triples.jsonl``, ``graph.ttl``, ``graph.html`` and the store always
describe the same articles.
"""
from __future__ import annotations

import gc
import itertools
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from kg.buildinfo import BUILD_INFO, build_info_json, read_build_info
from kg.errors import Errors, KGError
from kg.export.html import write_html
from kg.gazetteer import Gazetteer, default_gazetteer
from kg.graph.model import KnowledgeGraph
from kg.graph.nx import to_networkx
from kg.graph.rdf import add_quads, iter_quads, new_graph, ontology_quads, serialize_turtle
from kg.io.atomic import OutputTransaction
from kg.io.readers import iter_articles
from kg.model import Article, Assertion
from kg.ontology import Ontology, load_ontology
from kg.pipeline import build_nlp, extract_articles

UNKNOWN_SHOWN = 5  # unknown actors named in the summary
OUTPUT_FILES = ("triples.jsonl", "graph.ttl", "graph.html")
STORE_DIRNAME = "store"


@dataclass
class BuildReport:
    """What a build did, for the summary line and for tests."""

    out: Path
    articles: int = 0
    skipped: list[str] = field(default_factory=list)
    sentences: int = 0
    words: int = 0
    actors: int = 0
    assertions: int = 0
    relations_by_type: dict[str, int] = field(default_factory=dict)
    unknown_actors: list[tuple[str, str, int]] = field(default_factory=list)  # (label, type, assertions)
    seconds: float = 0.0
    files: list[Path] = field(default_factory=list)
    appended_to: int | None = None   # articles already in the graph (append mode)
    total_articles: int = 0
    triples: int = 0

    def summary(self) -> str:
        """A few lines for the terminal: counts, relations by type, time."""
        lines = [f"{self.articles} article(s), {self.sentences} sentences, {self.words} words -> "
                 f"{self.actors} actors, {self.assertions} assertions, "
                 f"{sum(self.relations_by_type.values())} relations in {self.seconds:.1f} s",
                 *(f"  {name:<22} {count}" for name, count in self.relations_by_type.items())]
        if self.appended_to is not None:
            lines.append(f"appended to {self.appended_to} article(s) already in {self.out}: the graph now has "
                         f"{self.total_articles} article(s), {self.triples} triples")
        if self.unknown_actors:
            shown = ", ".join(f"{label} ({kind}, {count})" for label, kind, count in self.unknown_actors[:UNKNOWN_SHOWN])
            lines.append(f"actors missing from the gazetteer, most frequent first: {shown}"
                         f" -- see `kg query --name unknown-actors`")
        if self.skipped:
            lines.append(f"{len(self.skipped)} input problem(s) reported above")
        lines.append(f"wrote {', '.join(str(f) for f in self.files)}")
        return "\n".join(lines)


def triples_jsonl(graph: KnowledgeGraph) -> str:
    """One assertion per line, in the contract's field order, sorted."""
    return "".join(json.dumps(a.to_dict(), ensure_ascii=False) + "\n" for a in graph.assertions())


def build(inputs: Sequence[str | Path], out: str | Path = "output", *, model: str | None = None,
          ontology_files: Sequence[str | Path] = (), gazetteer_files: Sequence[str | Path] = (),
          n_process: int = 1, batch_size: int = 16,
          progress: bool = True, on_problem: Callable[[str], None] | None = None,
          append: bool = False) -> BuildReport:
    """Build the graph from ``inputs`` (files and folders) into ``out``.

    ``gazetteer_files``: extra gazetteer TSVs (any of the data-file formats,
    recognised by their header row) loaded on top of the package data.
    ``append``: keep the graph already in ``out`` and add (or replace, by
    document id) the new articles. ``out/build.json`` records the inputs and
    the extension and gazetteer files (see :func:`kg.buildinfo.build_info_json`).
    """
    started = time.perf_counter()
    out = Path(out)
    report = BuildReport(out=out)

    def problem(message: str) -> None:
        report.skipped.append(message)
        if on_problem is not None:
            on_problem(message)

    articles: list[Article] = list(iter_articles(inputs, problem))
    if not articles:
        raise KGError(Errors.E010, paths=", ".join(map(str, inputs)), out=out)
    ontology = load_ontology(ontology_files)
    gazetteer = load_gazetteer(gazetteer_files)
    if append:
        graph = existing_graph(out, ontology)
        report.appended_to = len(graph.articles)
    else:
        graph = KnowledgeGraph(symmetric=(r.id for r in ontology.relations.values() if r.symmetric))
    nlp = build_nlp(model, ontology_files=ontology_files, gazetteer_files=gazetteer_files,
                    keep_intermediate=n_process == 1)
    results = extract_articles(nlp, articles, n_process=n_process, batch_size=batch_size)
    bar = tqdm(results, total=len(articles), unit="article", disable=not progress or len(articles) < 2)
    for result in bar:
        graph.add_article(result.article, result.assertions)
        report.sentences += result.sentences
        report.words += result.words
    stats = graph.stats()
    report.articles = len(articles)
    report.actors = int(stats["actors"])
    report.assertions = int(stats["assertions"])
    report.relations_by_type = dict(stats["relations_by_type"])
    report.unknown_actors = sorted(((a.label, a.type, a.mentions) for a in graph.actors() if not a.known),
                                   key=lambda item: (-item[2], item[0]))
    report.total_articles = len(graph.articles)

    info = {"inputs": list(inputs), "ontology_files": list(ontology_files),
            "gazetteer_files": list(gazetteer_files), "model": model,
            "previous": read_build_info(out) if append else None}
    report.triples = write_outputs(graph, ontology, out, gazetteer=gazetteer, build_info=info)
    report.files = [out / name for name in OUTPUT_FILES] + [out / STORE_DIRNAME]
    report.seconds = time.perf_counter() - started
    return report


def load_gazetteer(extra_files: Sequence[str | Path] = ()) -> Gazetteer:
    """The package gazetteer plus ``extra_files``; a file in no gazetteer format raises E301."""
    if not extra_files:
        return default_gazetteer()
    for path in extra_files:
        if not Path(path).is_file():
            raise KGError(Errors.E301, path=path, line=0, problem="gazetteer file not found")
    try:
        return Gazetteer.load(extra_files=[Path(p) for p in extra_files])
    except (ValueError, KeyError) as exc:
        raise KGError(Errors.E301, path=", ".join(map(str, extra_files)), line=1, problem=str(exc)) from None


def write_outputs(graph: KnowledgeGraph, ontology: Ontology, out: str | Path, *,
                  gazetteer: Gazetteer | None = None, build_info: dict | None = None) -> int:
    """Write every view of ``graph`` into ``out`` (all or nothing); return the store's triple count.

    ``gazetteer`` (default: the package one) supplies aliases and codes;
    ``build_info`` (the keyword arguments of :func:`kg.buildinfo.build_info_json`
    but the triples) adds ``build.json``.
    """
    from kg.store import StagedStore, write_store

    out = Path(out)
    gazetteer = gazetteer or default_gazetteer()
    articles = graph.articles
    title = articles[0].title if len(articles) == 1 and articles[0].title else "Geopolitical knowledge graph"
    with OutputTransaction(out) as tx:
        with StagedStore(out) as staged:
            triples = triples_jsonl(graph)
            tx.path("triples.jsonl").write_text(triples, encoding="utf-8")
            if build_info is not None:

                tx.path(BUILD_INFO).write_text(build_info_json(triples, **build_info), encoding="utf-8")
            rdf = add_quads(new_graph(), iter_quads(graph, ontology, gazetteer))
            tx.path("graph.ttl").write_text(serialize_turtle(rdf), encoding="utf-8")
            write_html(to_networkx(graph, ontology), tx.path("graph.html"), title=title)
            quads = itertools.chain(iter_quads(graph, ontology, gazetteer), ontology_quads(ontology))
            triples = write_store(quads, staged.path)
            staged.publish()
    return triples


def existing_graph(out: str | Path, ontology: Ontology) -> KnowledgeGraph:
    """The graph already in ``out``: from its store, else from its ``triples.jsonl``, else empty."""
    from kg.store import load_knowledge_graph, open_store, recover, store_dir
    from kg.store.errors import StoreErrors, store_error

    out = Path(out)
    graph = KnowledgeGraph(symmetric=(r.id for r in ontology.relations.values() if r.symmetric))
    recover(out)
    if store_dir(out).is_dir():
        store = open_store(out)
        try:
            return load_knowledge_graph(store, ontology)
        finally:
            del store
            gc.collect()  # close the database before the build swaps it
    jsonl = out / "triples.jsonl"
    if jsonl.is_file():
        by_doc: dict[str, list[Assertion]] = {}
        try:
            for number, line in enumerate(jsonl.read_text(encoding="utf-8").splitlines(), 1):
                if line.strip():
                    a = Assertion.from_dict(json.loads(line))
                    by_doc.setdefault(a.doc, []).append(a)
        except (OSError, ValueError, TypeError) as exc:
            raise store_error(StoreErrors.E509, path=out, detail=f"triples.jsonl: {exc}") from None
        for doc, assertions in sorted(by_doc.items()):
            dates = sorted({a.date for a in assertions if a.date})
            graph.add_article(Article(doc, "", date=dates[0] if len(dates) == 1 else None), assertions)
    return graph
