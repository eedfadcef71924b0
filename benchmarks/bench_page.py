#!/usr/bin/env python3
"""Benchmark (not a test): how long the graph page takes to build and to show, by graph size.

For synthetic graphs shaped like the real NetworkX view (a few heavily connected countries,
many actors mentioned once, about four relations per actor, real relation types, one to a few
evidence sentences per relation), it measures

* layout: :func:`kg.export.layout.force_layout` (Python);
* page: :func:`kg.export.html.render_html` with those positions (Python), and the page size;
* first render: in headless Chromium, from the start of navigation to the page's first
  ``afterDrawing`` (the ``data-kg-ready`` signal), i.e. parsing, building the vis DataSets
  and drawing the whole graph;
* filter: from unticking "standing relations" to the end of the redraw.

and prints a Markdown table (medians of ``--rounds`` runs)::

    python benchmarks/bench_page.py [--sizes 200 1000 5000] [--rounds 3] [--keep DIR]

It needs playwright (the ``dev`` extra) and Debian's chromium at /usr/bin/chromium.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import networkx as nx
import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kg.export.html import render_html  # noqa: E402
from kg.export.layout import force_layout  # noqa: E402
from kg.graph.nx import quad_class  # noqa: E402
from kg.ontology import load_ontology  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
TYPES = ["Country", "Person", "Person", "Organization", "InternationalOrganization", "ArmedGroup",
         "City", "Region", "Person", "Organization"]
MODALITIES = ["asserted"] * 17 + ["reported", "alleged", "intended"]


def synthetic_view(n: int, relations_per_actor: float = 4.0, seed: int = 0) -> nx.MultiDiGraph:
    """A view like :func:`kg.graph.nx.to_networkx` makes, with ``n`` actors.

    Actor i has weight 1/(i+1)^0.9: each actor first links to an earlier one chosen by weight
    (so the graph is connected and hub-shaped), then relations between weight-chosen pairs
    are added until there are about ``relations_per_actor`` × n edges; repeats of the same
    (subject, relation, object) add evidence instead.
    """
    rng = np.random.default_rng(seed)
    relations = sorted(load_ontology().relations.values(), key=lambda r: r.id)
    weight = 1.0 / np.arange(1, n + 1) ** 0.9
    view = nx.MultiDiGraph()
    for i in range(n):
        kind = "Country" if i < max(3, n // 50) else TYPES[i % len(TYPES)]
        view.add_node(f"a{i}", label=f"{kind} {i}", type=kind, wikidata=f"Q{1000 + i}" if kind == "Country" else None,
                      iri=f"https://example.org/kg/a{i}", mentions=0, known=True)
    pairs = [(i, int(rng.choice(i, p=weight[:i] / weight[:i].sum()))) for i in range(1, n)]
    extra = int(relations_per_actor * n) - len(pairs)
    p = weight / weight.sum()
    pairs += [(int(a), int(b)) for a, b in zip(rng.choice(n, extra, p=p), rng.choice(n, extra, p=p)) if a != b]
    start = date(2024, 1, 1)
    for number, (a, b) in enumerate(pairs):
        relation = relations[int(rng.integers(len(relations)))]
        negated = rng.random() < 0.04
        u, v = (f"a{a}", f"a{b}")
        if relation.symmetric and v < u:
            u, v = v, u
        key = f"{relation.id}:negated" if negated else relation.id
        day = (start + timedelta(days=int(rng.integers(730)))).isoformat()
        subject, obj = view.nodes[u]["label"], view.nodes[v]["label"]
        sentence = (f"On {day}, {subject} {'did not ' if negated else ''}{relation.label} {obj}, "
                    f"officials said in a statement after talks that lasted late into the night.")
        start_s = sentence.index(subject)
        start_o = sentence.index(obj, start_s + len(subject))
        evidence = {"doc": f"doc-{number // 8}", "title": f"Synthetic article {number // 8}",
                    "url": f"https://news.example/{number // 8}", "sentence": sentence,
                    "start_char": 0, "end_char": len(sentence), "modality": MODALITIES[number % 20],
                    "negated": negated, "attributed_to": None, "confidence": round(0.5 + 0.49 * rng.random(), 3),
                    "date": day, "rule": "synthetic", "subject": subject, "object": obj,
                    "subject_spans": [[start_s, start_s + len(subject)]],
                    "object_spans": [[start_o, start_o + len(obj)]]}
        view.nodes[u]["mentions"] += 1
        view.nodes[v]["mentions"] += 1
        if view.has_edge(u, v, key):
            attrs = view.edges[u, v, key]
            attrs["evidence"].append(evidence)
            attrs["evidence_count"] += 1
            attrs["first_date"], attrs["last_date"] = min(attrs["first_date"], day), max(attrs["last_date"], day)
            continue
        goldstein = relation.goldstein
        cameo = relation.cameo[0] if relation.cameo else None
        view.add_edge(u, v, key=key, relation=relation.id, label=relation.label, layer=relation.layer,
                      symmetric=relation.symmetric, goldstein=goldstein, cameo=cameo,
                      quad=quad_class(cameo, goldstein) if relation.layer == "event" else None,
                      evidence_count=1, first_date=day, last_date=day, confidence=evidence["confidence"],
                      negated=negated, modality=evidence["modality"], attributed_to=[],
                      articles=[evidence["doc"]], evidence=[evidence])
    return view


FILTER_REDRAW_JS = """() => new Promise(resolve => {
  const box = document.querySelector('input[name=layer][value=standing]');
  const started = performance.now();
  kg.network.once('afterDrawing', () => resolve(performance.now() - started));
  box.click();
})"""


def measure_browser(browser, page_path: Path) -> tuple[float, float]:
    """(seconds from navigation start to first drawing, ms from a filter click to its redraw)."""
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    try:
        page.goto(page_path.as_uri(), wait_until="commit")
        page.wait_for_selector("body[data-kg-ready]", state="attached", timeout=300_000)
        render_ms = page.evaluate("kg.timing.renderMs")
        filter_ms = page.evaluate(FILTER_REDRAW_JS)
        return render_ms / 1000, filter_ms
    finally:
        page.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 1000, 5000])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="also write the pages into this folder")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for n in args.sizes:
            view = synthetic_view(n)
            layout_s, page_s, render_s, filter_ms = [], [], [], []
            for _ in range(args.rounds):
                started = time.perf_counter()
                positions = force_layout(view)
                layout_s.append(time.perf_counter() - started)
                started = time.perf_counter()
                page = render_html(view, title=f"Synthetic graph, {n} actors", positions=positions)
                page_s.append(time.perf_counter() - started)
            path = Path(tmp) / f"graph-{n}.html"
            path.write_text(page, encoding="utf-8")
            if args.keep:
                args.keep.mkdir(parents=True, exist_ok=True)
                (args.keep / path.name).write_text(page, encoding="utf-8")
            for _ in range(args.rounds):
                render, filtered = measure_browser(browser, path)
                render_s.append(render)
                filter_ms.append(filtered)
            rows.append((n, view.number_of_edges(), statistics.median(layout_s), statistics.median(page_s),
                         len(page.encode("utf-8")) / 1e6, statistics.median(render_s), statistics.median(filter_ms)))
            print(f"{n} actors done", file=sys.stderr, flush=True)
        browser.close()

    print("| actors | relations | layout (s) | page build (s) | page size (MB) | first render (s) "
          "| filter + redraw (ms) |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for n, m, layout, build, size, render, filtered in rows:
        print(f"| {n:,} | {m:,} | {layout:.2f} | {build:.2f} | {size:.1f} | {render:.2f} | {filtered:.0f} |")


if __name__ == "__main__":
    main()
