"""The graph page in a real browser (playwright + Debian's chromium at /usr/bin/chromium).

Every test waits for the page's own signals (``data-kg-ready`` once vis-network has drawn,
``data-kg-focused`` once a search has moved the view), never for fixed delays.

A screenshot of the sample graph is saved as ``tests/artifacts/graph-page.png``; with
``KG_UPDATE_SCREENSHOT=1`` it is also written to ``docs/graph-page.png`` for the README, as
does running this file as a script::

    KG_UPDATE_SCREENSHOT=1 python -m pytest tests/export/test_page_browser.py -k screenshot
    python tests/export/test_page_browser.py
"""
from __future__ import annotations

import functools
import http.server
import json
import os
import re
import shutil
import struct
import sys
import threading
import zlib
from pathlib import Path

import networkx as nx
import pytest

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:  # when run as a script
    sys.path.insert(0, str(REPO))

from kg.build import build  # noqa: E402
from kg.export.html import render_html, write_html  # noqa: E402

sync_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
VIEWPORT = {"width": 1400, "height": 850}
ARTIFACTS = REPO / "tests" / "artifacts"
DOCS_SCREENSHOT = REPO / "docs" / "graph-page.png"
XSS = ["<script>window.__xss = 1; alert(1)</script>", "<img src=x onerror=\"window.__xss = 1; alert(2)\">",
       "javascript:window.__xss=1", "<svg onload=alert(3)>", "\"><iframe src=javascript:alert(4)>"]
XSS_ARTICLE = f"""---
title: 'Payload {XSS[0]} {XSS[1]}'
date: 2025-09-03
url: '{XSS[2]}'
---
Russia accused Ukraine of {XSS[0]} sabotage.
Vladimir Putin praised North Korea {XSS[1]} for its help {XSS[3]}.
"""

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed")


# --------------------------------------------------------------------------- #
# Browser plumbing
# --------------------------------------------------------------------------- #
@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Visit:
    """One page opened in a fresh page, with everything it logged, requested or popped up."""

    def __init__(self, browser, url: str) -> None:
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page = browser.new_page(viewport=VIEWPORT)
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type in ("error", "warning") else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", self._dialog)
        self.url = url
        self.page.goto(url)
        self.page.wait_for_selector("body[data-kg-ready]", state="attached", timeout=30_000)

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def shown_relations(self) -> list[str]:
        return sorted(self.js("kg.edges.get({filter: e => !e.hidden}).map(e => e.info.relation)"))

    def shown_nodes(self) -> list[str]:
        return sorted(self.js("kg.nodes.get({filter: n => !n.hidden}).map(n => n.id)"))

    def click_edge(self, edge_id: str) -> None:
        """A real mouse click on a point of the edge that vis-network attributes to it alone."""
        point = self.js("""id => {
            const e = kg.edges.get(id), p = kg.network.getPositions([e.from, e.to]);
            for (const t of [0.5, 0.4, 0.6, 0.3, 0.7]) {
                const dom = kg.network.canvasToDOM({x: p[e.from].x + t * (p[e.to].x - p[e.from].x),
                                                    y: p[e.from].y + t * (p[e.to].y - p[e.from].y)});
                if (kg.network.getNodeAt(dom) === undefined && kg.network.getEdgeAt(dom) === id) {
                    const box = document.getElementById('kg-network').getBoundingClientRect();
                    return {x: box.left + dom.x, y: box.top + dom.y};
                }
            }
            return null;
        }""", edge_id)
        assert point, f"no point of edge {edge_id} can be clicked alone"
        self.page.mouse.click(point["x"], point["y"])

    def close(self) -> None:
        self.page.close()


@pytest.fixture
def visit(browser):
    opened: list[Visit] = []

    def open_page(path_or_url) -> Visit:
        url = path_or_url if isinstance(path_or_url, str) else path_or_url.as_uri()
        opened.append(Visit(browser, url))
        return opened[-1]

    yield open_page
    for v in opened:
        v.close()


def assert_clean(v: Visit) -> None:
    assert v.errors == [], v.errors
    assert v.requests == [v.url], v.requests  # the file itself and nothing else
    assert v.dialogs == []
    assert v.js("typeof window.__xss") == "undefined"


# --------------------------------------------------------------------------- #
# Pages under test
# --------------------------------------------------------------------------- #
@pytest.fixture(scope="module")
def sample_build(nlp, tmp_path_factory):
    """The bundled sample article built through the library (``nlp`` warms the model once)."""
    out = tmp_path_factory.mktemp("sample")
    report = build([REPO / "pipelines" / "sample"], out, progress=False)
    return report, out / "graph.html"


@pytest.fixture(scope="module")
def xss_build(nlp, tmp_path_factory):
    folder = tmp_path_factory.mktemp("xss-in")
    (folder / "payload.md").write_text(XSS_ARTICLE, encoding="utf-8")
    out = tmp_path_factory.mktemp("xss-out")
    build([folder], out, progress=False)
    return out / "graph.html"


def embedded(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    return json.loads(re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', text, re.S).group(1))


# --------------------------------------------------------------------------- #
# Rendering, offline
# --------------------------------------------------------------------------- #
def test_sample_graph_renders_every_node_and_edge_offline(sample_build, visit):
    report, path = sample_build
    data = embedded(path)
    v = visit(path)
    assert v.js("kg.nodes.length") == len(data["nodes"]) == report.actors > 5
    assert v.js("kg.edges.length") == len(data["edges"]) >= sum(report.relations_by_type.values())
    # what vis-network actually holds and draws
    assert v.js("Object.keys(kg.network.body.nodes).length") == len(data["nodes"])
    assert v.js("kg.network.body.edgeIndices.length") == len(data["edges"])
    assert v.js("kg.shown()") == {"nodes": len(data["nodes"]), "edges": len(data["edges"])}
    assert v.js("document.querySelectorAll('#kg-network canvas').length") == 1
    assert_clean(v)


def test_page_works_when_served_over_http(sample_build, visit):
    _report, path = sample_build
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(path.parent))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        v = visit(f"http://127.0.0.1:{server.server_address[1]}/graph.html")
        assert v.js("kg.edges.length") == len(embedded(path)["edges"])
        assert_clean(v)
    finally:
        server.shutdown()
        server.server_close()


def test_empty_graph_renders(tmp_path, visit):
    path = tmp_path / "empty.html"
    write_html(nx.MultiDiGraph(), path)
    v = visit(path)
    assert v.js("kg.shown()") == {"nodes": 0, "edges": 0}
    assert_clean(v)


# --------------------------------------------------------------------------- #
# Explore: filters, evidence, search, focus
# --------------------------------------------------------------------------- #
@pytest.fixture
def small_page(small_graph, tmp_path):
    path = tmp_path / "small.html"
    write_html(small_graph, path, title="Small")
    return path


def test_filters_hide_the_edges_they_should(small_page, visit):
    v = visit(small_page)
    everything = ["ally-of", "attacks", "deploys-forces-to", "leader-of", "meets-with", "praises"]
    assert v.shown_relations() == everything
    form = v.page.locator("#kg-filters")

    form.locator("input[name=layer][value=standing]").uncheck()
    assert v.shown_relations() == ["attacks", "deploys-forces-to", "meets-with", "praises"]
    assert "showing 6 actors, 4 relations" in v.page.locator("#kg-status").inner_text()
    form.locator("input[name=hide-negated]").check()
    assert v.shown_relations() == ["deploys-forces-to", "meets-with", "praises"]
    assert "org/wagner" not in v.shown_nodes()  # its only relation is hidden
    form.locator("input[name=hide-unconfirmed]").check()
    assert v.shown_relations() == ["meets-with", "praises"]  # deploys-forces-to is "reported"
    form.locator("#kg-reset").click()
    assert v.shown_relations() == everything

    form.locator("input[name=quad][value=material-conflict]").uncheck()
    assert v.shown_relations() == ["ally-of", "leader-of", "meets-with", "praises"]
    form.locator("input[name=quad][value=none]").uncheck()
    assert v.shown_relations() == ["meets-with", "praises"]
    form.locator("#kg-reset").click()
    assert v.shown_relations() == everything

    form.locator("input[name=min-evidence]").fill("3")
    assert v.shown_relations() == ["ally-of", "leader-of", "meets-with"]
    form.locator("input[name=min-evidence]").fill("1")
    form.locator("input[name=min-confidence]").fill("0.9")
    assert v.shown_relations() == ["leader-of"]
    form.locator("input[name=min-confidence]").fill("0")
    form.locator("input[name=date-from]").fill("2025-09-04")
    assert v.shown_relations() == ["meets-with"]  # 3–4 Sept; the others are undated
    form.locator("input[name=date-from]").fill("")

    form.locator("button[data-relations=none]").click()
    assert v.shown_relations() == [] and v.shown_nodes() == []
    form.locator("input[name=relation][value=praises]").check()
    assert v.shown_relations() == ["praises"] and v.shown_nodes() == ["Q159", "Q423"]
    assert_clean(v)


def test_hovering_an_actor_shows_a_summary(small_page, visit):
    v = visit(small_page)
    point = v.js("() => kg.network.canvasToDOM(kg.network.getPositions(['Q159']).Q159)")
    box = v.page.locator("#kg-network").bounding_box()
    v.page.mouse.move(box["x"] + point["x"], box["y"] + point["y"])
    tip = v.page.locator("#kg-tooltip")
    tip.wait_for(state="visible")
    assert tip.inner_text() == "Russia \u00b7 Country \u00b7 4 relations"
    v.page.mouse.move(box["x"] + 2, box["y"] + 2)
    tip.wait_for(state="hidden")
    assert_clean(v)


def test_clicking_an_edge_shows_its_evidence_with_the_actors_highlighted(sample_build, visit):
    _report, path = sample_build
    v = visit(path)
    edge = v.js("""() => {
        const straight = kg.data.edges.filter(e => !e.smooth && e.info.evidence.some(
            ev => ev.subject_spans.length && ev.object_spans.length));
        return straight.find(e => e.info.relation === 'praises') || straight[0];
    }""")
    assert edge, "the sample graph should have a straight edge whose sentences name both actors"
    v.click_edge(edge["id"])
    assert v.js("kg.network.getSelectedEdges()") == [edge["id"]]
    details = v.page.locator("#kg-details")
    labels = v.js("ids => ids.map(id => kg.nodes.get(id).label)", [edge["from"], edge["to"]])
    arrow = " \u2014 " if edge["info"]["symmetric"] else " \u2192 "
    assert details.locator(".kg-card-title").inner_text() == arrow.join([labels[0], edge["label"], labels[1]])
    evidence = edge["info"]["evidence"]
    assert details.locator("ol.kg-evidence > li").count() == len(evidence) >= 1
    text = details.inner_text()
    for ev in evidence:
        assert ev["sentence"] in text
    assert "putin-kim-beijing" in text and "Putin thanks Kim Jong Un" in text  # article id and title
    for row in ("Relation", "Layer", "Tone", "Modality", "Dates", "Confidence", "Evidence"):
        assert row in text
    first = next(ev for ev in evidence if ev["subject_spans"] and ev["object_spans"])
    item = details.locator("ol.kg-evidence > li").nth(evidence.index(first))
    (s0, s1), (o0, o1) = first["subject_spans"][0], first["object_spans"][0]
    assert item.locator("mark.kg-subject").first.inner_text() == first["sentence"][s0:s1]
    assert item.locator("mark.kg-object").first.inner_text() == first["sentence"][o0:o1]
    assert_clean(v)


def test_search_focuses_an_actor_and_its_neighbourhood(sample_build, visit):
    _report, path = sample_build
    v = visit(path)
    search = v.page.locator("#kg-search")
    search.fill("russ")
    assert v.page.locator("#kg-matches button").first.inner_text().startswith("Russia")
    search.press("Enter")
    v.page.wait_for_selector("body[data-kg-focused='Q159']", state="attached")
    assert v.js("kg.network.getSelectedNodes()") == ["Q159"]
    view = v.js("kg.network.getViewPosition()")
    node = v.js("kg.network.getPositions(['Q159']).Q159")
    assert abs(view["x"] - node["x"]) < 2 and abs(view["y"] - node["y"]) < 2
    assert v.js("kg.network.getScale()") >= 1.2 - 1e-6
    card = v.page.locator("#kg-details")
    assert card.locator(".kg-card-title").inner_text() == "Russia"
    assert card.locator("a").first.get_attribute("href") == "https://www.wikidata.org/wiki/Q159"
    groups = card.locator("h3").all_inner_texts()
    assert any(g.startswith("accuses (") for g in groups) and any(g.startswith("capital of (") for g in groups)

    neighbours = v.js("""() => { const s = new Set(['Q159']);
        kg.data.edges.forEach(e => { if (e.from === 'Q159') s.add(e.to); if (e.to === 'Q159') s.add(e.from); });
        return Array.from(s).sort(); }""")
    card.get_by_role("button", name="Show only its neighbourhood").click()
    assert v.shown_nodes() == neighbours and len(neighbours) < v.js("kg.nodes.length")
    assert "Neighbourhood of Russia" in v.page.locator("#kg-focus").inner_text()
    v.page.locator("#kg-focus-clear").click()
    assert len(v.shown_nodes()) == v.js("kg.nodes.length")

    search.fill("no such actor")
    search.press("Enter")
    assert "no actor matches" in v.page.locator("#kg-status").inner_text()
    assert_clean(v)


def test_large_graphs_label_only_the_selected_actors_relations(tmp_path, visit):
    g = nx.MultiDiGraph()
    for i in range(700):
        for k in range(3):
            g.add_edge(f"n{i}", f"n{(i * 7 + k * 13 + 1) % 700}", key=f"r{k}", relation="aids", label="aids")
    g.add_edge("n0", "n1", key="hub", relation="praises", label="praises")
    path = tmp_path / "large.html"
    write_html(g, path)
    v = visit(path)
    assert v.js("kg.data.large") is True
    assert v.js("kg.edges.get({filter: e => e.label && e.label.trim()}).length") == 0
    v.js("kg.showNode('n0', false)")
    labelled = v.js("kg.edges.get({filter: e => e.label && e.label.trim()}).map(e => e.label)")
    assert sorted(labelled) == sorted(["aids"] * v.js("kg.data.edges.filter(e => e.from === 'n0' || e.to === 'n0').length - 1") + ["praises"])
    v.js("kg.showNode('n5', false)")
    assert v.js("kg.edges.get({filter: e => e.label && e.label.trim() && e.from !== 'n5' && e.to !== 'n5'}).length") == 0
    assert_clean(v)


# --------------------------------------------------------------------------- #
# Safety
# --------------------------------------------------------------------------- #
def exercise_everything(v: Visit) -> None:
    """Open every card, hover every node, search for the payloads."""
    v.js("() => { kg.data.nodes.forEach(n => kg.showNode(n.id, false)); kg.data.edges.forEach(e => kg.showEdge(e.id)); }")
    for point in v.js("() => Object.values(kg.network.getPositions()).map(p => kg.network.canvasToDOM(p))"):
        box = v.page.locator("#kg-network").bounding_box()
        v.page.mouse.move(box["x"] + point["x"], box["y"] + point["y"])
    for query in ("<script", "<img", "onerror", "javascript"):
        v.page.locator("#kg-search").fill(query)
        v.page.locator("#kg-search").press("Enter")


def assert_inert(v: Visit) -> None:
    assert v.dialogs == []
    assert v.js("typeof window.__xss") == "undefined"
    assert v.js("document.querySelectorAll('img, iframe, svg, object, embed').length") == 0
    assert v.js("document.scripts.length") == 3
    hrefs = v.js("Array.from(document.querySelectorAll('a[href]'), a => a.href)")
    assert all(h.startswith(("http://", "https://")) for h in hrefs), hrefs


def test_an_article_carrying_scripts_runs_none(xss_build, visit):
    data = embedded(xss_build)
    sentences = [ev["sentence"] for e in data["edges"] for ev in e["info"]["evidence"]]
    assert any(XSS[0] in s for s in sentences)  # the payload made it into the graph, as text
    v = visit(xss_build)
    exercise_everything(v)
    details = v.page.locator("#kg-details")
    edge = next(e for e in data["edges"] if any(XSS[0] in ev["sentence"] for ev in e["info"]["evidence"]))
    v.js("id => kg.showEdge(id)", edge["id"])
    assert XSS[0] in details.inner_text()  # shown verbatim
    assert details.locator("a").count() == 0  # the javascript: URL is not a link
    assert_inert(v)
    assert_clean(v)


@pytest.mark.parametrize("csp", [True, False], ids=["with-csp", "without-csp"])
def test_hostile_labels_titles_and_urls_run_nothing(small_graph, tmp_path, visit, csp):
    """Also without the Content-Security-Policy: the page itself never parses data as markup."""
    small_graph.add_node("evil", label=XSS[3] + XSS[4], type=XSS[1], wikidata="Q1\"><script>", mentions=1)
    small_graph.add_edge("evil", "Q159", key="praises", relation="praises", label=XSS[0], layer=XSS[1],
                         modality=XSS[0], attributed_to=[XSS[1]], first_date=XSS[0],
                         evidence=[{"doc": XSS[1], "title": XSS[0], "url": XSS[2], "sentence": XSS[1],
                                    "attributed_to": XSS[3], "rule": XSS[4], "date": XSS[0],
                                    "subject_spans": [[0, 4]], "object_spans": [[5, 9]]}])
    page = render_html(small_graph, title=XSS[0])
    if not csp:
        page, removed = re.subn(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page)
        assert removed == 1
    path = tmp_path / "hostile.html"
    path.write_text(page, encoding="utf-8")
    v = visit(path)
    exercise_everything(v)
    v.js("kg.showNode('evil', false)")
    assert (XSS[3] + XSS[4]) in v.page.locator("#kg-details").inner_text()
    v.js("kg.showEdge(kg.data.edges.find(e => e.from === 'evil').id)")
    assert XSS[1] in v.page.locator("#kg-details").inner_text()
    assert_inert(v)
    assert_clean(v)


# --------------------------------------------------------------------------- #
# Screenshot
# --------------------------------------------------------------------------- #
def save_screenshot(browser, page_path: Path, target: Path) -> Path:
    """Open ``page_path``, select its most-evidenced straight event edge (so the evidence
    panel is filled) and save a screenshot of the whole page to ``target``."""
    v = Visit(browser, page_path.as_uri())
    try:
        edge = v.js("""() => kg.data.edges.filter(e => e.info.layer === 'event' && !e.smooth)
            .sort((a, b) => b.info.evidence_count - a.info.evidence_count || (a.id < b.id ? -1 : 1))[0]""")
        if edge:
            v.js("id => kg.showEdge(id)", edge["id"])
        v.page.mouse.move(0, 0)
        target.parent.mkdir(parents=True, exist_ok=True)
        v.page.screenshot(path=str(target))
        return target
    finally:
        v.close()


def png_pixels(data: bytes) -> tuple[int, int, list[bytes], int]:
    """(width, height, rows of raw pixel bytes, bytes per pixel) of an 8-bit RGB(A) PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    at, chunks, header = 8, [], None
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        body = data[at + 8:at + 8 + length]
        at += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            chunks.append(body)
    width, height, depth, colour, _compression, _filter, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, header
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(b"".join(chunks))
    stride, rows, previous = width * bpp, [], bytearray(width * bpp)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - bpp] if i >= bpp else 0
            up, corner = previous[i], previous[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 0xFF
        rows.append(bytes(line))
        previous = line
    return width, height, rows, bpp


def picture_stats(png: bytes) -> tuple[int, float]:
    """(number of distinct colours, share of pixels that are not near-white)."""
    width, height, rows, bpp = png_pixels(png)
    colours, dark = set(), 0
    for row in rows:
        for x in range(0, width * bpp, bpp):
            pixel = row[x:x + 3]
            colours.add(pixel)
            dark += min(pixel) < 235
    return len(colours), dark / (width * height)


def test_screenshot_of_the_sample_graph_is_not_blank(sample_build, browser):
    _report, path = sample_build
    shot = save_screenshot(browser, path, ARTIFACTS / "graph-page.png")
    colours, ink = picture_stats(shot.read_bytes())
    assert colours > 50 and ink > 0.03, (colours, ink)
    if os.environ.get("KG_UPDATE_SCREENSHOT") == "1":
        DOCS_SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shot, DOCS_SCREENSHOT)


def main() -> None:
    """Build the sample graph and write ``docs/graph-page.png``."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp, sync_api.sync_playwright() as playwright:
        build([REPO / "pipelines" / "sample"], tmp, progress=False)
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            print(save_screenshot(chromium, Path(tmp) / "graph.html", DOCS_SCREENSHOT))
        finally:
            chromium.close()


if __name__ == "__main__":
    main()
