"""``kg build``: articles in, ``graph.ttl``, ``triples.jsonl`` and ``graph.html`` out.

The library function :func:`build` does all the work; the CLI only parses
arguments and prints. Outputs are staged and moved into ``out`` only when the
whole build succeeded, so an interrupted or failed build leaves the previous
outputs as they were.
"""
from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from kg.errors import Errors, KGError
from kg.export.html import write_html
from kg.gazetteer import default_gazetteer
from kg.graph.model import KnowledgeGraph
from kg.graph.nx import to_networkx
from kg.graph.rdf import serialize_turtle, to_rdf
from kg.io.atomic import OutputTransaction
from kg.io.readers import iter_articles
from kg.model import Article
from kg.ontology import load_ontology
from kg.pipeline import build_nlp, extract_articles

OUTPUT_FILES = ("triples.jsonl", "graph.ttl", "graph.html")


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
    seconds: float = 0.0
    files: list[Path] = field(default_factory=list)

    def summary(self) -> str:
        """A few lines for the terminal: counts, relations by type, time."""
        lines = [f"{self.articles} article(s), {self.sentences} sentences, {self.words} words -> "
                 f"{self.actors} actors, {self.assertions} assertions, "
                 f"{sum(self.relations_by_type.values())} relations in {self.seconds:.1f} s",
                 *(f"  {name:<22} {count}" for name, count in self.relations_by_type.items())]
        if self.skipped:
            lines.append(f"{len(self.skipped)} input problem(s) reported above")
        lines.append(f"wrote {', '.join(str(f) for f in self.files)}")
        return "\n".join(lines)


def triples_jsonl(graph: KnowledgeGraph) -> str:
    """One assertion per line, in the contract's field order, sorted."""
    return "".join(json.dumps(a.to_dict(), ensure_ascii=False) + "\n" for a in graph.assertions())


def build(inputs: Sequence[str | Path], out: str | Path = "output", *, model: str | None = None,
          ontology_files: Sequence[str | Path] = (), n_process: int = 1, batch_size: int = 16,
          progress: bool = True, on_problem: Callable[[str], None] | None = None) -> BuildReport:
    """Build the graph from ``inputs`` (files and folders) into ``out``."""
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
    nlp = build_nlp(model, ontology_files=ontology_files, keep_intermediate=n_process == 1)
    graph = KnowledgeGraph(symmetric=(r.id for r in ontology.relations.values() if r.symmetric))
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
    title = articles[0].title if len(articles) == 1 and articles[0].title else "Geopolitical knowledge graph"
    with OutputTransaction(out) as tx:
        tx.path("triples.jsonl").write_text(triples_jsonl(graph), encoding="utf-8")
        rdf = to_rdf(graph, ontology, default_gazetteer())
        tx.path("graph.ttl").write_text(serialize_turtle(rdf), encoding="utf-8")
        write_html(to_networkx(graph, ontology), tx.path("graph.html"), title=title)
    report.files = [out / name for name in OUTPUT_FILES]
    report.seconds = time.perf_counter() - started
    return report
