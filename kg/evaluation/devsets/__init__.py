"""Dev sets in common form, and the runner that scores the pipeline and the baseline on them.

Names (:data:`DEVSETS`):

``sample``
    the sample article against ``<shared>/eval/gold`` (:mod:`.sample`);
``petrarch``
    PETRARCH2 real-actor validation records, relation level (:mod:`.petrarch`);
``re3d``
    re3d relations between geopolitical actors, per segment (:mod:`.re3d`);
``conflibert``
    ConfliBERT CAMEO pentaclass test sentences (:mod:`.conflibert`);
``heldout``
    project-written articles about other countries, gold annotated before
    the first run (:mod:`.heldout`).

:func:`run_devset` parses every article once with the pipeline; the pipeline's
assertions and the baseline's triples (:mod:`kg.evaluation.baseline`) come
from the same spaCy Doc. The baseline's time is its own extraction time on
those parsed Docs (parsing is counted for the pipeline only).

Run ``python -m kg.evaluation.devsets [NAME ...] [--limit N] [--json]`` for
the reports.
"""
from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from kg.evaluation.devsets import conflibert, heldout, petrarch, re3d, sample
from kg.evaluation.devsets.common import DevSet, restrict_scope, shared_dir
from kg.evaluation.gold import Gold, GoldItem, PathLike, find_aliases, load_gold
from kg.evaluation.report import DevsetReport
from kg.evaluation.scoring import evaluate
from kg.model import Article

__all__ = ["DEVSETS", "DevSet", "evaluate_articles", "load_devset", "run_devset", "run_systems", "shared_dir"]

DEVSETS: tuple[str, ...] = ("sample", "petrarch", "re3d", "conflibert", "heldout")


def load_devset(name: str, *, shared: PathLike | None = None, limit: int | None = None,
                gazetteer: Any = None, ontology: Any = None) -> DevSet:
    """The dev set ``name`` in common form (see the module docstring)."""
    if name == "sample":
        return sample.load(shared, limit)
    if name == "petrarch":
        return petrarch.load(shared, limit, gazetteer=gazetteer, ontology=ontology)
    if name == "re3d":
        return re3d.load(shared, limit)
    if name == "conflibert":
        return conflibert.load(shared, limit)
    if name == "heldout":
        return heldout.load(shared, limit)
    raise ValueError(f"Unknown dev set {name!r}. Choose one of: {', '.join(DEVSETS)}.")


def _components(nlp: Any) -> tuple[Any, Any]:
    """The gazetteer and ontology the pipeline's relation extractor uses (so both systems share them)."""
    gazetteer = ontology = None
    if "kg_relation_extractor" in getattr(nlp, "pipe_names", ()):
        extractor = nlp.get_pipe("kg_relation_extractor")
        gazetteer = getattr(extractor, "gazetteer", None)
        ontology = getattr(extractor, "ontology", None)
    if gazetteer is None:
        from kg.gazetteer import default_gazetteer

        gazetteer = default_gazetteer()
    if ontology is None:
        from kg.ontology import load_ontology

        ontology = load_ontology()
    return gazetteer, ontology


def run_systems(nlp: Any, articles: Sequence[Article], *, baseline: bool = True, keep_docs: bool = False,
                engine: str | None = None, batch_size: int = 32
                ) -> tuple[dict[str, list[dict[str, Any]]], dict[str, Any], dict[str, float]]:
    """Parse ``articles`` once; return predictions per system, the Docs (if kept) and seconds per system."""
    from kg.evaluation.baseline import Baseline
    from kg.pipeline import assertions_of, make_doc

    gazetteer, ontology = _components(nlp)
    base = Baseline(ontology=ontology, gazetteer=gazetteer, engine=engine) if baseline else None
    predictions: dict[str, list[dict[str, Any]]] = {"pipeline": []}
    if base is not None:
        predictions["baseline"] = []
    seconds = {name: 0.0 for name in predictions}
    docs: dict[str, Any] = {}
    started = time.perf_counter()
    stream = nlp.pipe((make_doc(nlp, a) for a in articles), batch_size=batch_size)
    for article in articles:
        doc = next(stream)
        predictions["pipeline"].extend(a.to_dict() for a in assertions_of(doc))
        if base is not None:
            t0 = time.perf_counter()
            predictions["baseline"].extend(base(doc, article.id, article.date))
            seconds["baseline"] += time.perf_counter() - t0
        if keep_docs:
            docs[article.id] = doc
    seconds["pipeline"] = time.perf_counter() - started - seconds.get("baseline", 0.0)
    return predictions, docs, seconds


def _score(devset: DevSet, predictions: dict[str, list[dict[str, Any]]], docs: dict[str, Any],
           nlp: Any, gazetteer: Any, ontology: Any) -> dict[str, Any]:
    from kg.evaluation.categories import default_parser

    systems: dict[str, Any] = {}
    if devset.kind == "pentaclass":
        pairs = (conflibert.labelled_pairs(devset.extra["spans"], docs, gazetteer)
                 if "spans" in devset.extra and docs else None)
        if pairs is not None:
            devset.counts["two_actor_sentences"] = len(pairs)
        for name, lines in predictions.items():
            by_doc: dict[str, list[dict[str, Any]]] = {}
            for line in lines:
                by_doc.setdefault(str(line.get("doc", "")), []).append(line)
            systems[name] = conflibert.score_pentaclass(devset.labels, by_doc, ontology=ontology,
                                                        texts=devset.extra.get("texts"),
                                                        title=f"{devset.name} / {name}", pairs=pairs)
        return systems
    gold = devset.gold_for(docs, gazetteer)
    parser = default_parser(nlp)
    for name, lines in predictions.items():
        kept, out = restrict_scope(lines, devset.scope, ontology)
        report = evaluate(gold, kept, aliases=devset.aliases, ontology=ontology, parser=parser,
                          title=f"{devset.name} / {name}")
        if devset.scope is not None:
            report.ignored["out_of_scope"] = out
        systems[name] = report
    return systems


def run_devset(name: str, nlp: Any = None, limit: int | None = None, *, shared: PathLike | None = None,
               baseline: bool = True, engine: str | None = None) -> DevsetReport:
    """Score the pipeline (and the baseline) on the dev set ``name``.

    ``nlp``: a pipeline from :func:`kg.pipeline.build_nlp` (built if None;
    it must keep intermediate results, the default, for re3d's span
    resolution). ``limit``: at most that many articles (see each adapter for
    which). ``shared``: the shared data folder (default ``<repo>/../shared``).
    """
    if nlp is None:
        from kg.pipeline import build_nlp

        nlp = build_nlp()
    gazetteer, ontology = _components(nlp)
    devset = load_devset(name, shared=shared, limit=limit, gazetteer=gazetteer, ontology=ontology)
    predictions, docs, seconds = run_systems(nlp, devset.articles, baseline=baseline,
                                             keep_docs=devset.build_gold is not None or "spans" in devset.extra,
                                             engine=engine)
    systems = _score(devset, predictions, docs, nlp, gazetteer, ontology)
    notes = list(devset.notes)
    if baseline:
        from kg.evaluation.baseline import available_engine

        notes.append(f"baseline engine: {engine or available_engine()} (same spaCy parse as the pipeline)")
    return DevsetReport(devset.name, systems, counts=dict(devset.counts), notes=notes, seconds=seconds)


def evaluate_articles(gold: "Gold | PathLike | Iterable[dict | GoldItem]", inputs: Sequence[PathLike], *,
                      nlp: Any = None, aliases: Any = "auto", baseline: bool = True,
                      name: str = "articles") -> DevsetReport:
    """Run the pipeline (and the baseline) on the articles in ``inputs`` and score them against ``gold``.

    ``inputs``: files and folders as for ``kg build`` (read with
    :func:`kg.io.readers.iter_articles`). ``aliases``: as in
    :func:`kg.evaluation.scoring.evaluate` (``"auto"``: the ``aliases.tsv``
    beside a gold path).
    """
    from kg.io.readers import iter_articles

    if nlp is None:
        from kg.pipeline import build_nlp

        nlp = build_nlp()
    alias_path = None
    if aliases == "auto":
        alias_path = find_aliases(gold) if isinstance(gold, (str, Path)) else None
    elif aliases is not None:
        alias_path = aliases
    gold_set = load_gold(gold)
    articles = list(iter_articles([Path(p) for p in inputs]))
    devset = DevSet(name, "triples", articles, gold=gold_set, aliases=alias_path,
                    counts={"articles": len(articles), "gold_lines": len(gold_set.items)})
    gazetteer, ontology = _components(nlp)
    predictions, docs, seconds = run_systems(nlp, articles, baseline=baseline)
    systems = _score(devset, predictions, docs, nlp, gazetteer, ontology)
    return DevsetReport(name, systems, counts=devset.counts, notes=devset.notes, seconds=seconds)
