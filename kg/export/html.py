"""The interactive graph page: one self-contained, offline HTML file.

This module turns the NetworkX view into vis-network node and edge records, with positions
computed once in Python (:func:`kg.export.layout.force_layout`; the browser runs no
physics), and fills ``kg/export/templates/page.html`` with them, the stylesheet
``page.css``, the script ``page.js`` (search, filters, details) and the vis-network build
that pyvis ships, all inlined. Nothing on the page is loaded from the network: there is no
``src``/``href`` to a remote resource, and a Content-Security-Policy (scripts allowed only
by hash, no fetches, images only as ``data:``) makes the browser enforce it.

Safety: graph data is embedded as JSON in a ``<script type="application/json">`` block
with ``<``, ``>``, ``&``, ``'`` escaped as ``\\uXXXX``, and ``page.js`` puts every label,
sentence and title into the page with ``textContent``. Only http(s) URLs are kept, and
shown as links. Text that this module writes into HTML itself (the page title, the legend)
is escaped with :func:`html.escape`.

The output is deterministic: nodes and edges are sorted, JSON keys are sorted, the layout
is seeded and nothing time-dependent is embedded.
"""
from __future__ import annotations

import base64
import copy
import hashlib
import html
import json
import math
import re
from collections.abc import Hashable, Iterable, Mapping
from functools import lru_cache
from importlib import resources
from pathlib import Path
from string import Template
from typing import Any

import networkx as nx

from kg.export.layout import force_layout
from kg.graph.nx import QUAD_CLASSES, quad_class
from kg.io.atomic import atomic_write_text

__all__ = ["DEFAULT_TITLE", "render_html", "write_html"]

DEFAULT_TITLE = "Geopolitical knowledge graph"

#: Evidence sentences longer than this are cut (with an ellipsis).
SENTENCE_MAX_CHARS = 600

#: Actor type -> (vis-network shape, colour, legend glyph).
NODE_STYLES: dict[str, tuple[str, str, str]] = {
    "Country": ("dot", "#4e79a7", "\u25cf"),
    "Person": ("diamond", "#f28e2b", "\u25c6"),
    "Organization": ("square", "#b07aa1", "\u25a0"),
    "InternationalOrganization": ("hexagon", "#76b7b2", "\u2b22"),
    "ArmedGroup": ("triangle", "#9c755f", "\u25b2"),
    "City": ("star", "#edc948", "\u2605"),
    "Region": ("triangleDown", "#ff9da7", "\u25bc"),
    "Place": ("dot", "#bab0ac", "\u25cf"),
}
OTHER_NODE_STYLE = ("dot", "#d4d4d4", "\u25cf")

#: Edge colour by CAMEO quad class (None: standing relation or tone unknown).
QUAD_COLOURS: dict[str | None, str] = {
    "material-cooperation": "#1a7f37",
    "verbal-cooperation": "#73c26b",
    "verbal-conflict": "#f08c3c",
    "material-conflict": "#cf222e",
    None: "#9e9e9e",
}
NEUTRAL_COLOUR = QUAD_COLOURS[None]
#: Above this many edges, edges are hidden while the view is dragged or zoomed, and edge
#: labels are shown only for the selected actor's relations (drawing 20,000 labels, even
#: when zoomed out too far to read them, takes vis-network seconds per frame).
LARGE_GRAPH_EDGES = 2000

#: vis-network options; ``interaction.hideEdgesOn*`` are switched on for large graphs.
VIS_OPTIONS: dict[str, Any] = {
    "layout": {"improvedLayout": False},
    "physics": {"enabled": False},
    "nodes": {
        "borderWidth": 1,
        "font": {"size": 14, "strokeWidth": 3, "strokeColor": "#ffffff"},
        # labels are drawn only once zoomed in far enough to read them
        "scaling": {"min": 8, "max": 36, "label": {"enabled": False, "drawThreshold": 7}},
    },
    "edges": {
        "smooth": False,
        "arrows": {"to": {"enabled": False, "scaleFactor": 0.6}},
        "arrowStrikethrough": False,
        "font": {"size": 10, "color": "#555555", "strokeWidth": 3, "align": "middle"},
        "scaling": {"label": {"drawThreshold": 7}},
        "selectionWidth": 2,
    },
    "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": False,
                    "hideEdgesOnZoom": False, "keyboard": False},
}

_VIS_ASSETS = "templates/lib/vis-9.1.2"
_HTTP_URL = re.compile(r"https?://[^\s\x00-\x1f\x7f]+", re.IGNORECASE)
_QID = re.compile(r"Q[1-9][0-9]*")
_SCRIPT_JSON_ESCAPES = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                                      "'": "\\u0027", "\u2028": "\\u2028", "\u2029": "\\u2029"})


# --------------------------------------------------------------------------- #
# Public API
# --------------------------------------------------------------------------- #
def write_html(graph: nx.MultiDiGraph, path: str | Path, *, title: str = DEFAULT_TITLE,
               positions: Mapping[Hashable, tuple[float, float]] | None = None) -> None:
    """Render ``graph`` (see :func:`render_html`) and write it to ``path`` atomically."""
    atomic_write_text(path, render_html(graph, title=title, positions=positions))


def render_html(graph: nx.MultiDiGraph, *, title: str = DEFAULT_TITLE,
                positions: Mapping[Hashable, tuple[float, float]] | None = None) -> str:
    """Return the interactive page for ``graph`` as one self-contained HTML string.

    ``graph`` is the project's NetworkX view (:func:`kg.graph.nx.to_networkx`): nodes keyed
    by actor id with ``label``, ``type``, ``wikidata``, ``mentions``; edges keyed by
    relation id with ``relation``, ``label``, ``layer``, ``symmetric``, ``goldstein``,
    ``quad`` (or ``cameo``), ``evidence_count``, ``first_date``, ``last_date``,
    ``confidence``, ``negated``, ``modality``, ``attributed_to``, ``articles`` and
    ``evidence`` (a list of dicts). Missing attributes get neutral defaults.
    ``positions`` maps every node to ``(x, y)`` in pixels; by default they are computed
    with :func:`~kg.export.layout.force_layout`. Nothing is written anywhere.
    """
    if positions is None:
        positions = force_layout(graph)
    nodes = [_node_record(node_id, attrs, graph.degree(node_id), positions[node_id])
             for node_id, attrs in sorted(graph.nodes(data=True), key=lambda item: str(item[0]))]
    edges = [_edge_record(index, u, v, attrs) for index, (u, v, attrs) in enumerate(_sorted_edges(graph))]
    _curve_parallel_edges(edges)
    options = copy.deepcopy(VIS_OPTIONS)
    large = len(edges) > LARGE_GRAPH_EDGES
    options["interaction"].update(hideEdgesOnDrag=large, hideEdgesOnZoom=large)
    if large:
        for edge in edges:
            del edge["label"]

    vis_js, vis_css = _vis_assets()
    page_js = _template("page.js")
    return Template(_template("page.html")).substitute(
        title=html.escape(title),
        summary=html.escape(_summary(len(nodes), len(edges))),
        csp=html.escape(_content_security_policy([vis_js, page_js])),
        legend=_legend_html(),
        data=_script_json({"nodes": nodes, "edges": edges, "options": options, "large": large}),
        vis_css=vis_css,
        page_css=_template("page.css"),
        vis_js=vis_js,
        page_js=page_js,
    )


# --------------------------------------------------------------------------- #
# Graph -> vis-network records
# --------------------------------------------------------------------------- #
def _node_record(node_id: Any, attrs: Mapping[str, Any], degree: int,
                 position: tuple[float, float]) -> dict[str, Any]:
    actor_type = _text(attrs.get("type"))
    shape, colour, _glyph = NODE_STYLES.get(actor_type or "", OTHER_NODE_STYLE)
    mentions = _count(attrs.get("mentions"))
    wikidata = _text(attrs.get("wikidata"))
    return {
        "id": _json_id(node_id),
        "label": _text(attrs.get("label")) or str(node_id),
        "shape": shape,
        "color": colour,
        "value": max(1, mentions or degree),
        "x": round(float(position[0]), 1),
        "y": round(float(position[1]), 1),
        "info": {
            "type": actor_type or "unknown",
            "wikidata": wikidata if wikidata and _QID.fullmatch(wikidata) else None,
            "mentions": mentions,
            "degree": degree,
        },
    }


def _sorted_edges(graph: nx.Graph) -> list[tuple[Any, Any, Mapping[str, Any]]]:
    if graph.is_multigraph():
        edges = graph.edges(keys=True, data=True)
    else:
        edges = ((u, v, attrs.get("relation"), attrs) for u, v, attrs in graph.edges(data=True))
    ordered = sorted(edges, key=lambda e: (str(e[0]), str(e[1]), str(e[2])))
    return [(u, v, attrs) for u, v, _key, attrs in ordered]


def _edge_record(index: int, source: Any, target: Any, attrs: Mapping[str, Any]) -> dict[str, Any]:
    relation = _text(attrs.get("relation")) or "related-to"
    label = _text(attrs.get("label")) or relation.replace("-", " ")
    layer = "standing" if _text(attrs.get("layer")) == "standing" else "event"
    symmetric = bool(attrs.get("symmetric"))
    negated = bool(attrs.get("negated"))
    modality = _text(attrs.get("modality")) or "asserted"
    goldstein = _number(attrs.get("goldstein"))
    quad = _text(attrs.get("quad")) if "quad" in attrs else quad_class(_text(attrs.get("cameo")), goldstein)
    if layer == "standing" or quad not in QUAD_CLASSES:
        quad = None
    evidence = [e for e in (attrs.get("evidence") or []) if isinstance(e, Mapping)]
    evidence_count = max(_count(attrs.get("evidence_count")), len(evidence))
    articles = set(_texts(attrs.get("articles"))) or {str(e["doc"]) for e in evidence if e.get("doc")}
    return {
        "id": f"e{index}",
        "from": _json_id(source),
        "to": _json_id(target),
        "label": f"not {label}" if negated else label,
        "color": QUAD_COLOURS[quad],
        "width": round(min(8.0, 1.0 + 1.5 * math.log2(max(1, evidence_count))), 2),
        "dashes": negated or modality != "asserted",
        "arrows": "" if symmetric else "to",
        "info": {
            "relation": relation,
            "label": label,
            "layer": layer,
            "symmetric": symmetric,
            "goldstein": goldstein,
            "quad": quad,
            "evidence_count": evidence_count,
            "articles": len(articles),
            "first_date": _text(attrs.get("first_date")),
            "last_date": _text(attrs.get("last_date")),
            "confidence": _number(attrs.get("confidence")),
            "negated": negated,
            "modality": modality,
            "attributed_to": _texts(attrs.get("attributed_to")),
            "evidence": [_evidence_record(e) for e in evidence],
        },
    }


def _evidence_record(ev: Mapping[str, Any]) -> dict[str, Any]:
    sentence = _text(ev.get("sentence")) or ""
    if len(sentence) > SENTENCE_MAX_CHARS:
        sentence = sentence[: SENTENCE_MAX_CHARS - 1].rstrip() + "\u2026"
    return {
        "doc": _text(ev.get("doc")) or "",
        "title": _text(ev.get("title")),
        "url": _http_url(ev.get("url")),
        "sentence": sentence,
        "date": _text(ev.get("date")),
        "modality": _text(ev.get("modality")),
        "negated": bool(ev.get("negated")),
        "attributed_to": _text(ev.get("attributed_to")),
        "confidence": _number(ev.get("confidence")),
        "rule": _text(ev.get("rule")),
        "subject_spans": _spans(ev.get("subject_spans"), len(sentence)),
        "object_spans": _spans(ev.get("object_spans"), len(sentence)),
    }


def _curve_parallel_edges(edges: list[dict[str, Any]]) -> None:
    """Edges between the same two actors (either way) bend apart instead of overlapping."""
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for edge in edges:
        ends = (str(edge["from"]), str(edge["to"]))
        groups.setdefault((min(ends), max(ends)), []).append(edge)
    for (first, _second), group in groups.items():
        for rank, edge in enumerate(group[1:], start=1):
            clockwise = rank % 2 == 1
            if str(edge["from"]) != first:  # the same side seen from the other end
                clockwise = not clockwise
            edge["smooth"] = {"enabled": True, "type": "curvedCW" if clockwise else "curvedCCW",
                              "roundness": round(0.2 * ((rank + 1) // 2), 2)}


# --------------------------------------------------------------------------- #
# Value cleaning: everything embedded is plain JSON (str, finite number, bool, None)
# --------------------------------------------------------------------------- #
def _json_id(value: Any) -> str | int:
    return value if isinstance(value, int) and not isinstance(value, bool) else str(value)


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _texts(value: Any) -> list[str]:
    if value is None or isinstance(value, (str, bytes)):
        items: Iterable[Any] = [value] if value else []
    else:
        items = value if isinstance(value, Iterable) else [value]
    return sorted({t for t in map(_text, items) if t})


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value) if math.isfinite(value) else None


def _count(value: Any) -> int:
    number = _number(value)
    return int(number) if number is not None and number > 0 else 0


def _spans(value: Any, length: int) -> list[list[int]]:
    """Valid ``[start, end]`` character spans within a (possibly shortened) sentence."""
    spans = []
    for item in value if isinstance(value, (list, tuple)) else []:
        if isinstance(item, (list, tuple)) and len(item) == 2 and all(type(i) is int for i in item):
            start, end = item[0], min(item[1], length)
            if 0 <= start < end:
                spans.append([start, end])
    return sorted(spans)


def _http_url(value: Any) -> str | None:
    """``value`` if it is an absolute http(s) URL without spaces or control characters."""
    if not isinstance(value, str):
        return None
    url = value.strip()
    return url if _HTTP_URL.fullmatch(url) else None


# --------------------------------------------------------------------------- #
# Page assembly
# --------------------------------------------------------------------------- #
def _script_json(value: Any) -> str:
    """JSON that is safe inside a <script> element (cannot close it or start markup)."""
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, allow_nan=False,
                      separators=(",", ":"))
    return text.translate(_SCRIPT_JSON_ESCAPES)


def _content_security_policy(scripts: Iterable[str]) -> str:
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'"
        for s in scripts
    )
    return ("default-src 'none'; "
            f"script-src {hashes}; "
            "style-src 'unsafe-inline'; img-src data:; font-src data:; "
            "base-uri 'none'; form-action 'none'")


def _summary(n_nodes: int, n_edges: int) -> str:
    actors = "actor" if n_nodes == 1 else "actors"
    relations = "relation" if n_edges == 1 else "relations"
    return f"{n_nodes} {actors}, {n_edges} {relations}"


def _legend_html() -> str:
    def item(marker: str, text: str) -> str:
        return f"<li>{marker}<span>{html.escape(text)}</span></li>"

    def glyph(colour: str, char: str) -> str:
        return f'<span class="kg-glyph" style="color:{colour}">{char}</span>'

    def line(colour: str, dashed: bool = False) -> str:
        cls = "kg-line kg-dashed" if dashed else "kg-line"
        return f'<span class="{cls}" style="border-top-color:{colour}"></span>'

    actors = [item(glyph(colour, char), _words(name)) for name, (_s, colour, char) in NODE_STYLES.items()]
    actors.append(item(glyph(OTHER_NODE_STYLE[1], OTHER_NODE_STYLE[2]), "other"))
    tones = [item(line(QUAD_COLOURS[quad]), quad.replace("-", " ")) for quad in QUAD_CLASSES]
    relations = [
        *tones,
        item(line(NEUTRAL_COLOUR), "standing relation, or tone unknown"),
        item(line(NEUTRAL_COLOUR, dashed=True), "negated, or reported/alleged/intended/hypothetical"),
        item(glyph(NEUTRAL_COLOUR, "\u2192"), "directed; no arrowhead: symmetric"),
        item(glyph(NEUTRAL_COLOUR, "\u2261"), "line width: number of evidence sentences"),
        item(glyph(NEUTRAL_COLOUR, "\u25cf"), "node size: mentions"),
    ]
    return ('<section class="kg-legend" aria-label="Legend">\n<h2>Actors</h2>\n<ul>\n'
            + "\n".join(actors) + "\n</ul>\n<h2>Relations (tone: CAMEO quad class)</h2>\n<ul>\n"
            + "\n".join(relations) + "\n</ul>\n</section>")


def _words(class_name: str) -> str:
    """"InternationalOrganization" -> "international organization"."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", class_name).lower()


@lru_cache(maxsize=None)
def _template(name: str) -> str:
    """A file of ``kg/export/templates``; scripts and styles are checked for inlining."""
    text = resources.files("kg.export").joinpath("templates", name).read_text(encoding="utf-8")
    return text if name.endswith(".html") else _inline_safe(text, name)


@lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    """The vis-network script and stylesheet that pyvis ships (inlined, never fetched)."""
    folder = resources.files("pyvis").joinpath(*_VIS_ASSETS.split("/"))
    js = folder.joinpath("vis-network.min.js").read_text(encoding="utf-8")
    css = folder.joinpath("vis-network.css").read_text(encoding="utf-8")
    return _inline_safe(js, "vis-network.min.js"), _inline_safe(css, "vis-network.css")


def _inline_safe(text: str, name: str) -> str:
    """Normalise line endings (script hashes are computed on what the browser sees)
    and refuse an asset that would end its own <script>/<style> element early."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lowered = text.lower()
    if "</script" in lowered or "</style" in lowered or "<!--" in lowered:
        raise ValueError(f"{name} cannot be inlined: it contains '</script', '</style' or '<!--'")
    return text
