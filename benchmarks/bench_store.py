"""Store benchmark (not a test): load time and named-query latency on a synthetic graph.

    python benchmarks/bench_store.py [--triples 1000000] [--rdflib-timeout 30] [--runs 5]

A synthetic corpus shaped like real output (articles with dated assertions
between countries, people, organisations, cities and unknown actors; a few hub
actors; every relation type of the ontology, respecting domains and ranges;
negated, reported, alleged, ... assertions with attributions) is turned into
the graph's quads by the same code as ``kg build`` (:func:`kg.graph.rdf.iter_quads`),
until there are at least ``--triples`` of them. The same quads are then loaded

* into the Oxigraph store on disk (``kg.store.write_store``, what ``kg build``
  writes), and every named query of ``kg/queries/`` is run on it, read-only,
  as ``kg query --name`` runs it (prefixes predeclared, parameters bound in the
  query's VALUES clause, the dataset as stored);
* into rdflib's in-memory ``Dataset`` (the same named graphs), where the same
  query texts run, each in a forked process killed after ``--rdflib-timeout``
  seconds (reported as "> N s").

Query latency is the median of ``--runs`` runs, results fully consumed.
"""
from __future__ import annotations

import argparse
import datetime
import gc
import multiprocessing
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.graph.model import KnowledgeGraph  # noqa: E402
from kg.graph.rdf import PREFIXES, iter_quads, ontology_quads  # noqa: E402
from kg.model import MODALITIES, Article, Assertion  # noqa: E402
from kg.ontology import load_ontology  # noqa: E402

HUBS = ["Russia", "North Korea", "United States", "China", "Ukraine", "Iran", "Israel", "Germany",
        "France", "United Kingdom", "Japan", "South Korea", "India", "Turkey", "Poland"]

#: (label, named query, parameters): hub actors (Russia is in ~7% of the assertions) and ordinary ones.
CASES = [
    ("partners (hub: Russia)", "partners", {"actor": "Russia"}),
    ("partners (Country 40)", "partners", {"actor": "Country 40"}),
    ("meetings (one month)", "meetings", {"start": "2025-03-01", "end": "2025-03-31"}),
    ("evidence (Russia, North Korea)", "evidence",
     {"subject": "Russia", "relation": "strategic-partner", "object": "North Korea"}),
    ("cooperation-conflict (hubs)", "cooperation-conflict", {"actor1": "Russia", "actor2": "Ukraine"}),
    ("cooperation-conflict (others)", "cooperation-conflict", {"actor1": "Country 40", "actor2": "Country 41"}),
    ("centrality (all actors)", "centrality", {}),
    ("path (up to 3 hops)", "path", {"source": "Unknown Militia 3", "target": "Minister 1500"}),
    ("unknown-actors", "unknown-actors", {"min": "2"}),
]


# --------------------------------------------------------------------------- #
# Synthetic data
# --------------------------------------------------------------------------- #

def make_actors(rng: random.Random) -> list[tuple[str, str, str, float]]:
    """(id, label, type, weight): a few hubs, a long tail."""
    actors = []
    for i in range(195):
        label = HUBS[i] if i < len(HUBS) else f"Country {i}"
        actors.append((f"Q{1000 + i}", label, "Country", 60.0 / (i + 1) + 0.2))
    for i in range(3000):
        actors.append((f"person/p{i}", f"Minister {i}", "Person", 3.0 / (1 + i % 500) + 0.05))
    for i in range(300):
        actors.append((f"org/o{i}", f"Organisation {i}", "InternationalOrganization" if i % 3 == 0 else "Organization",
                       1.0 / (i + 1) + 0.05))
    for i in range(100):
        actors.append((f"armed/a{i}", f"Armed Group {i}", "ArmedGroup", 0.2))
    for i in range(600):
        actors.append((f"city/c{i}", f"City {i}", "City", 0.1))
    for i in range(100):
        actors.append((f"region/r{i}", f"Region {i}", "Region", 0.1))
    for i in range(1500):
        actors.append((f"unk/armedgroup/militia-{i}", f"Unknown Militia {i}", "ArmedGroup", 0.3 / (1 + i % 50)))
    rng.shuffle(actors)
    return actors


def synthetic_graph(target_triples: int, seed: int = 7) -> tuple[KnowledgeGraph, int]:
    rng = random.Random(seed)
    ontology = load_ontology()
    actors = make_actors(rng)
    relations = list(ontology.relations.values())
    candidates = {}
    for rel in relations:
        subjects = [a for a in actors if any(ontology.is_a(a[2], c) for c in rel.domain)]
        objects = [a for a in actors if any(ontology.is_a(a[2], c) for c in rel.range)]
        candidates[rel.id] = (subjects, [a[3] for a in subjects], objects, [a[3] for a in objects])
    # Event relations are most of the news; standing ones less frequent.
    weights = [3.0 if rel.layer == "event" else 1.0 for rel in relations]
    start = datetime.date(2023, 1, 1)
    kg = KnowledgeGraph(symmetric=(r.id for r in relations if r.symmetric))
    triples_per_assertion = 31.0  # mention triples + a share of statement and actor triples (measured)
    wanted = int(target_triples / triples_per_assertion)
    articles, made = 0, 0
    while made < wanted:
        doc = f"article-{articles:06d}"
        date = (start + datetime.timedelta(days=rng.randrange(3 * 365))).isoformat()
        assertions = []
        for k in range(rng.randint(4, 16)):
            rel = rng.choices(relations, weights)[0]
            subjects, sw, objects, ow = candidates[rel.id]
            s = rng.choices(subjects, sw)[0]
            o = rng.choices(objects, ow)[0]
            if s[0] == o[0]:
                continue
            modality = rng.choices(MODALITIES, [70, 15, 7, 5, 3])[0]
            attributed = rng.choice(actors)[1] if modality in ("reported", "alleged") else None
            sentence = f"{s[1]} and {o[1]}: sentence {k} of {doc} about {rel.label}, with some padding words."
            begin = k * 120
            assertions.append(Assertion(doc, s[1], s[0], s[2], rel.id, o[1], o[0], o[2], sentence, begin,
                                        begin + len(sentence), negated=rng.random() < 0.05,
                                        modality=modality, attributed_to=attributed,
                                        confidence=round(rng.uniform(0.5, 0.99), 3), date=date,
                                        rule=f"verb:{rel.id}"))
        # one famous fact the evidence query can find
        if articles % 500 == 0:
            assertions.append(Assertion(doc, "Russia", "Q1000", "Country", "strategic-partner", "North Korea",
                                        "Q1001", "Country", "Both nations signed a strategic partnership.",
                                        5000, 5044, date=date, rule="noun-light-verb:partnership"))
        kg.add_article(Article(doc, "", title=f"Synthetic article {articles}", date=date,
                               url=f"https://news.example.org/{doc}"), assertions)
        articles += 1
        made += len(assertions)
    return kg, articles


def all_quads(kg: KnowledgeGraph, target: int) -> list:
    ontology = load_ontology()
    quads = list(iter_quads(kg, ontology)) + list(ontology_quads(ontology))
    return quads


# --------------------------------------------------------------------------- #
# Timing
# --------------------------------------------------------------------------- #

def median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def _rdflib_worker(dataset, text, runs, conn) -> None:
    try:
        times, rows = [], 0
        for _ in range(runs):
            t = time.perf_counter()
            rows = len(list(dataset.query(text, initNs=PREFIXES)))
            times.append((time.perf_counter() - t) * 1000)
        conn.send(("ok", statistics.median(times), rows))
    except Exception as exc:  # noqa: BLE001 - reported in the table
        conn.send(("error", f"{type(exc).__name__}: {exc}", 0))


def rdflib_query_ms(dataset, text, runs, timeout) -> tuple[str, int | None]:
    context = multiprocessing.get_context("fork")
    parent, child = context.Pipe(duplex=False)
    process = context.Process(target=_rdflib_worker, args=(dataset, text, runs, child))
    process.start()
    child.close()
    process.join(timeout * runs)
    if process.is_alive():
        process.kill()
        process.join()
        return f"> {timeout * runs:g} s ({runs} runs)" if runs > 1 else f"> {timeout:g} s", None
    if not parent.poll():
        return "crashed", None
    status, value, rows = parent.recv()
    if status != "ok":
        return value, None
    return f"{value:.0f} ms", rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rdflib-runs", type=int, default=1)
    parser.add_argument("--rdflib-timeout", type=float, default=60.0)
    parser.add_argument("--skip-rdflib", action="store_true")
    args = parser.parse_args()

    from rdflib import Dataset

    from kg.store import open_store, write_store
    from kg.store.named import bind_params, named_queries, render
    from kg.store.query import execute

    t = time.perf_counter()
    kg, n_articles = synthetic_graph(args.triples)
    quads = all_quads(kg, args.triples)
    generate = time.perf_counter() - t
    print(f"synthetic graph: {n_articles} articles, {sum(1 for _ in kg.assertions())} assertions, "
          f"{len(kg.actors())} actors, {len(quads)} triples (generated in {generate:.1f} s)")

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        t = time.perf_counter()
        write_store(quads, Path(tmp) / "store")
        load_ox = time.perf_counter() - t
        size = sum(f.stat().st_size for f in (Path(tmp) / "store").iterdir())
        store = open_store(tmp)
        print(f"oxigraph store: loaded in {load_ox:.1f} s ({size / 1e6:.0f} MB on disk, {len(store)} quads)")

        ontology = load_ontology()
        relation_ids, class_ids = frozenset(ontology.relations), frozenset(ontology.classes)
        results: dict[str, list[str]] = {}
        bindings_of = {}
        queries = named_queries()
        for name, query_name, params in CASES:
            query = queries[query_name]
            terms = bind_params(query, params, relation_ids, class_ids)
            bindings_of[name] = render(query, terms)
            text = render(query, terms)
            rows = len(list(execute(store, text, union=False).results))
            ms = median_ms(lambda: list(execute(store, text, union=False).results), args.runs)
            results[name] = [f"{ms:.1f} ms", str(rows)]
            print(f"  {name:32} {ms:8.1f} ms  {rows:6d} rows", flush=True)
        del store
        gc.collect()

    if not args.skip_rdflib:
        t = time.perf_counter()
        dataset = Dataset(default_union=False)
        for s, p, o, g in quads:
            dataset.graph(g).add((s, p, o)) if g is not None else dataset.add((s, p, o))
        load_rdflib = time.perf_counter() - t
        print(f"rdflib Dataset (memory): loaded in {load_rdflib:.1f} s")
        for name, text in bindings_of.items():
            shown, rows = rdflib_query_ms(dataset, text, args.rdflib_runs, args.rdflib_timeout)
            results[name] += [shown, "" if rows is None else str(rows)]
            print(f"  {name:32} {shown:>14}  {'' if rows is None else rows}", flush=True)
    else:
        load_rdflib = float("nan")

    print()
    print("| | Oxigraph store (kg) | rdflib in memory |")
    print("|---|---|---|")
    rdflib_load = "-" if args.skip_rdflib else f"{load_rdflib:.1f} s"
    print(f"| load {len(quads):,} triples | {load_ox:.1f} s | {rdflib_load} |")
    for name, cells in results.items():
        rdf = cells[2] if len(cells) > 2 else "-"
        print(f"| {name}, {cells[1]} rows | {cells[0]} | {rdf} |")
    print(f"\nPython {sys.version.split()[0]}, {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()
