"""kg.export.html: the offline, self-contained, injection-safe graph page."""
from __future__ import annotations

import base64
import hashlib
import re
import shutil
import subprocess
from html.parser import HTMLParser

import networkx as nx
import pytest
from kg.export.html import (
    LARGE_GRAPH_EDGES,
    NEUTRAL_COLOUR,
    NODE_STYLES,
    QUAD_COLOURS,
    render_html,
    write_html,
)


class TagCollector(HTMLParser):
    """Collects start tags with their attributes and the text of <script> elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script = True
            self.scripts.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data


def parse(page: str) -> TagCollector:
    collector = TagCollector()
    collector.feed(page)
    collector.close()
    return collector


@pytest.fixture
def page(small_graph, xss) -> str:
    return render_html(small_graph, title="Test graph " + xss["script"])


# --------------------------------------------------------------------------- #
# Content
# --------------------------------------------------------------------------- #
def test_page_embeds_every_node_and_edge(page, small_graph, embedded_data):
    data = embedded_data(page)
    assert len(data["nodes"]) == small_graph.number_of_nodes() == 6
    assert len(data["edges"]) == small_graph.number_of_edges() == 6
    assert {n["label"] for n in data["nodes"]} == {a["label"] for _, a in small_graph.nodes(data=True)}
    assert {n["id"] for n in data["nodes"]} == set(small_graph.nodes)
    pairs = sorted((e["from"], e["to"], e["info"]["relation"]) for e in data["edges"])
    assert pairs == sorted((u, v, k) for u, v, k in small_graph.edges(keys=True))
    for label in ("Russia", "North Korea", "Vladimir Putin", "Kursk region"):
        assert f'"label":"{label}"' in page


def test_node_style_follows_actor_type_and_mentions(page, embedded_data):
    nodes = {n["id"]: n for n in embedded_data(page)["nodes"]}
    assert nodes["Q159"]["shape"] == NODE_STYLES["Country"][0]
    assert nodes["Q159"]["color"] == NODE_STYLES["Country"][1]
    assert nodes["person/vladimir-putin"]["shape"] == NODE_STYLES["Person"][0]
    assert nodes["org/wagner"]["shape"] == NODE_STYLES["ArmedGroup"][0]
    assert nodes["Q159"]["value"] == 12
    assert nodes["org/wagner"]["value"] == 1  # no mentions: falls back to its one relation
    assert nodes["Q159"]["info"] == {"type": "Country", "wikidata": "Q159", "mentions": 12, "degree": 4}
    assert nodes["Q1490"]["info"]["wikidata"] is None  # not a QID: dropped


def test_nodes_carry_precomputed_positions(page, embedded_data, small_graph):
    data = embedded_data(page)
    points = {(n["x"], n["y"]) for n in data["nodes"]}
    assert len(points) == small_graph.number_of_nodes()  # all distinct
    assert all(isinstance(c, float) for point in points for c in point)
    given = {node: (float(i), 2.0 * i) for i, node in enumerate(sorted(small_graph.nodes))}
    placed = embedded_data(render_html(small_graph, positions=given))["nodes"]
    assert {n["id"]: (n["x"], n["y"]) for n in placed} == given


def test_edge_style_follows_tone_evidence_symmetry_and_modality(page, embedded_data):
    edges = {e["info"]["relation"]: e for e in embedded_data(page)["edges"]}
    # no CAMEO code in the fixture: the quad class comes from the Goldstein weight
    assert edges["praises"]["info"]["quad"] == "verbal-cooperation"
    assert edges["praises"]["color"] == QUAD_COLOURS["verbal-cooperation"]
    assert edges["deploys-forces-to"]["info"]["quad"] == "material-conflict"
    assert edges["deploys-forces-to"]["color"] == QUAD_COLOURS["material-conflict"]
    assert edges["leader-of"]["color"] == NEUTRAL_COLOUR  # standing layer
    assert edges["leader-of"]["info"]["quad"] is None
    assert edges["ally-of"]["color"] == NEUTRAL_COLOUR  # NaN Goldstein: unknown
    assert edges["ally-of"]["info"]["goldstein"] is None
    assert edges["meets-with"]["arrows"] == ""  # symmetric
    assert edges["praises"]["arrows"] == "to"
    assert edges["attacks"]["dashes"] is True and edges["attacks"]["label"] == "not attacks"
    assert edges["deploys-forces-to"]["dashes"] is True  # reported
    assert edges["praises"]["dashes"] is False
    widths = [edges[r]["width"] for r in ("praises", "deploys-forces-to", "meets-with", "leader-of")]
    assert widths == sorted(widths) and widths[0] < widths[-1] <= 8


def test_quad_class_comes_from_the_view_or_the_cameo_code(embedded_data, add_relation):
    g = nx.MultiDiGraph()
    add_relation(g, "a", "b", "aids", cameo="07", goldstein=7.0)
    add_relation(g, "b", "a", "threatens", cameo="13", goldstein=-6.0)  # verbal although |w| >= 6
    add_relation(g, "a", "c", "custom", quad="material-conflict")
    add_relation(g, "c", "a", "odd", quad="<b>not a class</b>", goldstein=-9.0)
    edges = {e["info"]["relation"]: e["info"]["quad"] for e in embedded_data(render_html(g))["edges"]}
    assert edges == {"aids": "material-cooperation", "threatens": "verbal-conflict",
                     "custom": "material-conflict", "odd": None}


def test_edge_data_holds_every_evidence_item_and_its_context(page, embedded_data):
    meets = next(e for e in embedded_data(page)["edges"] if e["info"]["relation"] == "meets-with")
    info = meets["info"]
    assert info["evidence_count"] == 7 and info["articles"] == 7
    assert [ev["doc"] for ev in info["evidence"]] == [f"doc-{i}" for i in range(7)]
    assert info["evidence"][0]["url"] == "https://news.example/a?x=1&y=2"
    assert (info["first_date"], info["last_date"], info["modality"]) == ("2025-09-03", "2025-09-04", "asserted")
    assert info["confidence"] == 0.8 and info["label"] == "meets with"
    assert info["evidence"][0]["rule"] == "test"
    deploys = next(e for e in embedded_data(page)["edges"] if e["info"]["relation"] == "deploys-forces-to")
    assert deploys["info"]["evidence"][0]["attributed_to"] == "KCNA"


def test_attribution_and_articles_are_lists_of_text(embedded_data, add_relation):
    g = nx.MultiDiGraph()
    add_relation(g, "a", "b", "accuses", attributed_to=["KCNA", "the Kremlin", "KCNA", None],
                 articles=["d1", "d2"], evidence=[{"doc": "d1", "sentence": "s"}])
    add_relation(g, "b", "a", "praises", attributed_to="Reuters")
    infos = {e["info"]["relation"]: e["info"] for e in embedded_data(render_html(g))["edges"]}
    assert infos["accuses"]["attributed_to"] == ["KCNA", "the Kremlin"]
    assert infos["accuses"]["articles"] == 2
    assert infos["praises"]["attributed_to"] == ["Reuters"]


def test_highlight_spans_are_kept_only_when_valid(embedded_data, add_relation):
    g = nx.MultiDiGraph()
    sentence = "Putin met Kim in Vladivostok."
    add_relation(g, "a", "b", "meets-with", evidence=[{
        "doc": "d", "sentence": sentence, "subject_spans": [[0, 5], [3, 99], [-1, 2], ["0", 1], [4, 4]],
        "object_spans": [[10, 13]]}])
    ev = embedded_data(render_html(g))["edges"][0]["info"]["evidence"][0]
    assert ev["subject_spans"] == [[0, 5], [3, len(sentence)]]  # clipped, bad ones dropped
    assert ev["object_spans"] == [[10, 13]]


def test_long_sentences_are_shortened(small_graph, embedded_data, add_relation):
    add_relation(small_graph, "Q423", "Q159", "thanks",
                 evidence=[{"doc": "long", "sentence": "word " * 500, "subject_spans": [[590, 700]]}])
    data = embedded_data(render_html(small_graph))
    thanks = next(e for e in data["edges"] if e["info"]["relation"] == "thanks")
    evidence = thanks["info"]["evidence"][0]
    assert len(evidence["sentence"]) <= 600 and evidence["sentence"].endswith("\u2026")
    assert evidence["subject_spans"] == [[590, 600]]


def test_parallel_edges_bend_apart(embedded_data, add_relation):
    g = nx.MultiDiGraph()
    for relation in ("aids", "praises", "visits"):
        add_relation(g, "a", "b", relation)
    add_relation(g, "b", "a", "thanks")
    edges = {e["info"]["relation"]: e for e in embedded_data(render_html(g))["edges"]}
    assert "smooth" not in edges["aids"]  # the first one stays straight
    bends = [(edges[r]["smooth"]["type"], edges[r]["smooth"]["roundness"]) for r in ("praises", "visits")]
    assert bends == [("curvedCW", 0.2), ("curvedCCW", 0.2)]
    # the fourth bends to the side of the second, further out; drawn from b, that side is
    # counter-clockwise
    assert (edges["thanks"]["smooth"]["type"], edges["thanks"]["smooth"]["roundness"]) == ("curvedCCW", 0.4)


def test_page_has_title_legend_and_no_physics(page, embedded_data):
    assert "<title>Test graph &lt;script&gt;alert(1)&lt;/script&gt;</title>" in page
    for name in ("country", "person", "international organization", "armed group", "city", "region"):
        assert f"<span>{name}</span>" in page
    for quad in ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict"):
        assert f"<span>{quad}</span>" in page
    data = embedded_data(page)
    assert data["options"]["physics"]["enabled"] is False  # positions come from Python
    assert data["options"]["layout"]["improvedLayout"] is False
    assert data["large"] is False and all("label" in e for e in data["edges"])
    assert data["options"]["interaction"]["hideEdgesOnDrag"] is False


def test_large_graphs_leave_out_edge_labels(embedded_data):
    g = nx.MultiDiGraph()
    for i in range(LARGE_GRAPH_EDGES + 1):
        g.add_edge(f"n{i % 300}", f"m{i % 7}", key=f"r{i}", relation="aids", label="aids")
    data = embedded_data(render_html(g))
    assert data["large"] is True
    assert not any("label" in e for e in data["edges"])
    assert all(e["info"]["label"] == "aids" for e in data["edges"])
    assert data["options"]["interaction"]["hideEdgesOnDrag"] is True


# --------------------------------------------------------------------------- #
# Offline and safe
# --------------------------------------------------------------------------- #
def test_no_resource_is_loaded_from_anywhere(page):
    parsed = parse(page)
    for tag, attrs in parsed.tags:
        assert "src" not in attrs, (tag, attrs)
        assert "href" not in attrs, (tag, attrs)
        assert tag not in {"link", "img", "iframe", "object", "embed", "base"}, tag
    assert not re.search(r"<script[^>]*\ssrc\s*=", page, re.I)
    assert not re.search(r"<link[^>]*href\s*=\s*[\"']?https?:", page, re.I)
    assert not re.search(r"@import|url\(\s*[\"']?(?:https?:)?//", page, re.I)
    assert "bootstrap" not in page.lower() and "cdn.jsdelivr" not in page and "cdnjs" not in page


def test_content_security_policy_allows_exactly_the_inline_scripts(page):
    parsed = parse(page)
    [csp] = [a["content"] for t, a in parsed.tags
             if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert "default-src 'none'" in csp and "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]
    scripts = [(a, text) for (t, a), text in zip([x for x in parsed.tags if x[0] == "script"], parsed.scripts)]
    executable = [text for attrs, text in scripts if attrs.get("type") != "application/json"]
    assert len(executable) == 2  # vis-network, page.js
    for text in executable:
        digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in csp


def test_xss_payloads_appear_only_escaped(page, embedded_data, xss):
    assert xss["script"] not in page
    assert "<script>alert" not in page
    assert xss["img"] not in page and "<img" not in page
    assert "onerror=alert(1)>" not in page
    assert xss["url"] not in page  # non-http URLs are dropped, not shown
    assert 'onmouseover="x' not in page
    assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in page
    assert "\\u003cimg src=x onerror=alert(1)\\u003e" in page
    # exactly three <script> elements: data, vis-network, page.js; none injected
    assert [t for t, _ in parse(page).tags].count("script") == 3
    data = embedded_data(page)
    texts = [n["label"] for n in data["nodes"]] + [
        ev["sentence"] for e in data["edges"] for ev in e["info"]["evidence"]]
    assert "Kim Jong Un " + xss["script"] in texts  # shown verbatim, as text
    praises = next(e for e in data["edges"] if e["info"]["relation"] == "praises")
    assert praises["info"]["evidence"][0]["url"] is None


def test_page_script_never_uses_html_sinks(page):
    script = parse(page).scripts[-1]
    assert "innerHTML" not in script and "outerHTML" not in script
    assert "insertAdjacentHTML" not in script and "document.write" not in script


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_page_script_is_valid_javascript(page, tmp_path):
    script = tmp_path / "page.js"
    script.write_text(parse(page).scripts[-1], encoding="utf-8")
    result = subprocess.run(["node", "--check", str(script)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


# --------------------------------------------------------------------------- #
# Determinism and writing
# --------------------------------------------------------------------------- #
def test_rendering_is_deterministic(small_graph):
    first = render_html(small_graph)
    assert render_html(small_graph) == first
    shuffled = nx.MultiDiGraph()
    shuffled.add_nodes_from(reversed(list(small_graph.nodes(data=True))))
    shuffled.add_edges_from(reversed(list(small_graph.edges(keys=True, data=True))))
    assert render_html(shuffled) == first


def test_write_html_writes_the_page_and_nothing_else(small_graph, tmp_path, monkeypatch):
    workdir = tmp_path / "cwd"
    workdir.mkdir()
    monkeypatch.chdir(workdir)
    target = tmp_path / "out" / "graph.html"
    write_html(small_graph, target, title="T")
    assert target.read_bytes() == render_html(small_graph, title="T").encode("utf-8")
    assert list(workdir.iterdir()) == []  # no pyvis lib/ folder
    assert [p.name for p in target.parent.iterdir()] == ["graph.html"]
    write_html(small_graph, "relative.html")
    assert [p.name for p in workdir.iterdir()] == ["relative.html"]


def test_empty_graph_renders(embedded_data):
    page = render_html(nx.MultiDiGraph())
    data = embedded_data(page)
    assert data["nodes"] == [] and data["edges"] == []
    assert "0 actors, 0 relations" in page


def test_missing_attributes_get_defaults(embedded_data):
    g = nx.MultiDiGraph()
    g.add_edge("a", "b", key="x")
    data = embedded_data(render_html(g))
    assert [n["label"] for n in data["nodes"]] == ["a", "b"]
    [edge] = data["edges"]
    assert edge["label"] == "related to" and edge["color"] == NEUTRAL_COLOUR
