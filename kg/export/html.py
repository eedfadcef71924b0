"""The interactive graph page: one self-contained, offline HTML file.

pyvis builds the vis-network node and edge records and supplies its vendored
vis-network build; the page itself comes from ``kg/export/templates/``
(``page.html`` with ``$placeholders``, plus ``page.css`` and ``page.js``, all
inlined at render time). Nothing on the page is loaded from the network: there
is no ``src``/``href`` to a remote resource, and a Content-Security-Policy
(scripts allowed only by hash, no fetches, images only as ``data:``) makes the
browser enforce it.

Safety: graph data is embedded as JSON in a ``<script type="application/json">``
block with ``<``, ``>``, ``&``, ``'`` escaped as ``\\uXXXX``, and ``page.js``
puts every label, sentence and title into the page with ``textContent``,
passing tooltips to vis-network as DOM elements (not HTML strings). Only
http(s) URLs are kept, and shown as links. Text that this module writes into
HTML itself (the page title, the legend) is escaped with :func:`html.escape`.

The output is deterministic: nodes and edges are sorted, JSON keys are sorted
and nothing random or time-dependent is embedded.
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from importlib import resources
from pathlib import Path
from string import Template
from typing import Any

import networkx as nx
from pyvis.network import Network

from kg.io.atomic import atomic_write_text

__all__ = ["DEFAULT_TITLE", "render_html", "write_html"]

DEFAULT_TITLE = "Geopolitical knowledge graph"

#: How many evidence sentences an edge tooltip shows, and how long each may be.
EVIDENCE_SHOWN = 5
SENTENCE_MAX_CHARS = 400

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

COOPERATION_COLOUR = "#2e9e4f"
CONFLICT_COLOUR = "#d62728"
NEUTRAL_COLOUR = "#9e9e9e"

#: vis-network options (passed through pyvis). Strings here must not contain
#: spaces: pyvis's ``set_options`` strips them.
VIS_OPTIONS: dict[str, Any] = {
    "layout": {"randomSeed": 7},
    "nodes": {
        "borderWidth": 1,
        "font": {"size": 14},
        "scaling": {"min": 10, "max": 40, "label": {"enabled": False}},
    },
    "edges": {
        "smooth": {"enabled": True, "type": "dynamic"},
        "font": {"size": 10, "color": "#555555", "strokeWidth": 3, "align": "middle"},
        "arrowStrikethrough": False,
        "selectionWidth": 2,
    },
    "physics": {
        "enabled": True,
        "solver": "forceAtlas2Based",
        "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120,
                             "springConstant": 0.06, "avoidOverlap": 0.3},
        "minVelocity": 0.75,
        "stabilization": {"enabled": True, "iterations": 600, "updateInterval": 25, "fit": True},
    },
    "interaction": {"hover": True, "tooltipDelay": 150},
}

_VIS_ASSETS = "templates/lib/vis-9.1.2"
_HTTP_URL = re.compile(r"https?://[^\s\x00-\x1f\x7f]+", re.IGNORECASE)
_QID = re.compile(r"Q[1-9][0-9]*")
_SCRIPT_JSON_ESCAPES = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                                      "'": "\\u0027", "\u2028": "\\u2028", "\u2029": "\\u2029"})


# --------------------------------------------------------------------------- #
# Public API
# --------------------------------------------------------------------------- #
def write_html(graph: nx.MultiDiGraph, path: str | Path, *, title: str = DEFAULT_TITLE) -> None:
    """Render ``graph`` (see :func:`render_html`) and write it to ``path`` atomically."""
    atomic_write_text(path, render_html(graph, title=title))


def render_html(graph: nx.MultiDiGraph, *, title: str = DEFAULT_TITLE) -> str:
    """Return the interactive page for ``graph`` as one self-contained HTML string.

    ``graph`` is the project's NetworkX view: nodes keyed by actor id with
    ``label``, ``type``, ``wikidata``, ``mentions``; edges keyed by relation id
    with ``relation``, ``label``, ``layer``, ``symmetric``, ``goldstein``,
    ``evidence_count``, ``first_date``, ``last_date``, ``confidence``,
    ``negated``, ``modality`` and ``evidence`` (a list of dicts). Missing
    attributes get neutral defaults. Nothing is written anywhere.
    """
    net = Network(directed=True, cdn_resources="in_line", height="100%", width="100%")
    for node_id, attrs in sorted(graph.nodes(data=True), key=lambda item: str(item[0])):
        net.add_node(node_id, **_node_record(node_id, attrs, graph.degree(node_id)))
    for index, (source, target, attrs) in enumerate(_sorted_edges(graph)):
        net.add_edge(source, target, **_edge_record(index, attrs))
    net.set_options(json.dumps(VIS_OPTIONS))
    nodes, edges, _heading, _height, _width, options = net.get_network_data()

    data = _script_json({"nodes": nodes, "edges": edges, "options": json.loads(options)})
    vis_js, vis_css = _vis_assets()
    page_js = _template("page.js")
    return Template(_template("page.html")).substitute(
        title=html.escape(title),
        summary=html.escape(_summary(len(nodes), len(edges))),
        csp=html.escape(_content_security_policy([vis_js, page_js])),
        legend=_legend_html(),
        data=data,
        vis_css=vis_css,
        page_css=_template("page.css"),
        vis_js=vis_js,
        page_js=page_js,
    )


# --------------------------------------------------------------------------- #
# Graph -> vis-network records
# --------------------------------------------------------------------------- #
def _node_record(node_id: Any, attrs: Mapping[str, Any], degree: int) -> dict[str, Any]:
    actor_type = _text(attrs.get("type"))
    shape, colour, _glyph = NODE_STYLES.get(actor_type or "", OTHER_NODE_STYLE)
    mentions = _count(attrs.get("mentions"))
    wikidata = _text(attrs.get("wikidata"))
    return {
        "label": _text(attrs.get("label")) or str(node_id),
        "shape": shape,
        "color": colour,
        "value": max(1, mentions or degree),
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


def _edge_record(index: int, attrs: Mapping[str, Any]) -> dict[str, Any]:
    relation = _text(attrs.get("relation")) or "related-to"
    label = _text(attrs.get("label")) or relation.replace("-", " ")
    layer = _text(attrs.get("layer")) or "event"
    symmetric = bool(attrs.get("symmetric"))
    negated = bool(attrs.get("negated"))
    modality = _text(attrs.get("modality")) or "asserted"
    goldstein = _number(attrs.get("goldstein"))
    evidence = [e for e in (attrs.get("evidence") or []) if isinstance(e, Mapping)]
    evidence_count = max(_count(attrs.get("evidence_count")), len(evidence))
    return {
        "id": f"e{index}",
        "label": f"not {label}" if negated else label,
        "color": _edge_colour(layer, goldstein),
        "width": round(min(8.0, 1.0 + 1.5 * math.log2(max(1, evidence_count))), 2),
        "dashes": negated or modality != "asserted",
        "arrows": {"to": {"enabled": not symmetric, "scaleFactor": 0.7}},
        "info": {
            "relation": relation,
            "label": label,
            "layer": layer,
            "symmetric": symmetric,
            "goldstein": goldstein,
            "evidence_count": evidence_count,
            "first_date": _text(attrs.get("first_date")),
            "last_date": _text(attrs.get("last_date")),
            "confidence": _number(attrs.get("confidence")),
            "negated": negated,
            "modality": modality,
            "evidence": [_evidence_record(e) for e in evidence[:EVIDENCE_SHOWN]],
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
    }


def _edge_colour(layer: str, goldstein: float | None) -> str:
    if layer == "standing" or goldstein is None or goldstein == 0:
        return NEUTRAL_COLOUR
    return COOPERATION_COLOUR if goldstein > 0 else CONFLICT_COLOUR


# --------------------------------------------------------------------------- #
# Value cleaning: everything embedded is plain JSON (str, finite number, bool, None)
# --------------------------------------------------------------------------- #
def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value) if math.isfinite(value) else None


def _count(value: Any) -> int:
    number = _number(value)
    return int(number) if number is not None and number > 0 else 0


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

    actors = [item(glyph(colour, char), name) for name, (_s, colour, char) in NODE_STYLES.items()]
    actors.append(item(glyph(OTHER_NODE_STYLE[1], OTHER_NODE_STYLE[2]), "other"))
    relations = [
        item(line(COOPERATION_COLOUR), "cooperation (Goldstein > 0)"),
        item(line(CONFLICT_COLOUR), "conflict (Goldstein < 0)"),
        item(line(NEUTRAL_COLOUR), "standing relation or tone unknown"),
        item(line(NEUTRAL_COLOUR, dashed=True), "negated, or reported/alleged/intended/hypothetical"),
        item(glyph(NEUTRAL_COLOUR, "\u2192"), "directed; no arrowhead: symmetric"),
        item(glyph(NEUTRAL_COLOUR, "\u2261"), "line width: number of evidence sentences"),
        item(glyph(NEUTRAL_COLOUR, "\u25cf"), "node size: mentions"),
    ]
    return ('<section class="kg-legend" aria-label="Legend">\n<h2>Actors</h2>\n<ul>\n'
            + "\n".join(actors) + "\n</ul>\n<h2>Relations</h2>\n<ul>\n"
            + "\n".join(relations) + "\n</ul>\n</section>")


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
