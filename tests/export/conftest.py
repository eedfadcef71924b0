"""Fixtures for the HTML export tests: a small graph carrying hostile text."""
from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import networkx as nx
import pytest

XSS_SCRIPT = "<script>alert(1)</script>"
XSS_IMG = "<img src=x onerror=alert(1)>"
XSS_URL = "javascript:alert(1)"


def evidence(doc: str, sentence: str, **extra: Any) -> dict[str, Any]:
    record = {"doc": doc, "title": None, "url": None, "sentence": sentence,
              "modality": "asserted", "negated": False, "attributed_to": None,
              "confidence": 0.9, "date": "2025-09-03", "rule": "test"}
    record.update(extra)
    return record


def add_relation(graph: nx.MultiDiGraph, subject: str, obj: str, relation: str, **attrs: Any) -> None:
    values: dict[str, Any] = {
        "relation": relation, "label": relation.replace("-", " "), "layer": "event",
        "symmetric": False, "goldstein": None, "evidence_count": 1, "first_date": None,
        "last_date": None, "confidence": 0.8, "negated": False, "modality": "asserted",
        "evidence": [],
    }
    values.update(attrs)
    graph.add_edge(subject, obj, key=relation, **values)


@pytest.fixture
def xss() -> dict[str, str]:
    """The hostile strings that small_graph carries."""
    return {"script": XSS_SCRIPT, "img": XSS_IMG, "url": XSS_URL}


@pytest.fixture(name="add_relation")
def add_relation_fixture() -> Callable[..., None]:
    """``add_relation(graph, subject, object, relation, **attrs)`` with defaults for the rest."""
    return add_relation


@pytest.fixture
def small_graph() -> nx.MultiDiGraph:
    """Six actors, six relations; labels, sentences, titles and URLs carry XSS payloads."""
    g = nx.MultiDiGraph()
    actors = [
        ("Q159", "Russia", "Country", "Q159", 12),
        ("Q423", "North Korea", "Country", "Q423", 7),
        ("person/vladimir-putin", "Vladimir Putin", "Person", "Q7747", 9),
        ("person/kim-jong-un", "Kim Jong Un " + XSS_SCRIPT, "Person", "Q56226", 8),
        ("org/wagner", "Wagner & Sons " + XSS_IMG, "ArmedGroup", None, 0),
        ("Q1490", "Kursk region", "Region", "not-a-qid\" onmouseover=\"x", 2),
    ]
    for node_id, label, kind, qid, mentions in actors:
        g.add_node(node_id, label=label, type=kind, wikidata=qid,
                   iri=f"https://example.org/kg/{node_id}", mentions=mentions)
    add_relation(
        g, "person/vladimir-putin", "person/kim-jong-un", "meets-with",
        label="meets with", symmetric=True, goldstein=1.0, evidence_count=7,
        first_date="2025-09-03", last_date="2025-09-04",
        evidence=[evidence(f"doc-{i}", f"Putin met Kim, sentence {i}.",
                           title="Putin \u201cmeets\u201d Kim " + XSS_SCRIPT,
                           url="https://news.example/a?x=1&y=2") for i in range(7)],
    )
    add_relation(
        g, "Q159", "Q423", "praises", goldstein=3.4, evidence_count=1,
        evidence=[evidence("putin-kim", "Putin said " + XSS_IMG + " was brave.", url=XSS_URL,
                           title="Title with " + XSS_IMG)],
    )
    add_relation(g, "Q423", "Q1490", "deploys-forces-to", goldstein=-7.5, evidence_count=2,
                 modality="reported", evidence=[evidence("d2", XSS_SCRIPT, modality="reported",
                                                         attributed_to="KCNA")])
    add_relation(g, "Q159", "org/wagner", "attacks", goldstein=-10.0, negated=True)
    add_relation(g, "person/vladimir-putin", "Q159", "leader-of", label="leader of",
                 layer="standing", evidence_count=40, confidence=1.0)
    add_relation(g, "Q159", "Q423", "ally-of", label="ally of", layer="standing",
                 symmetric=True, goldstein=float("nan"), evidence_count=3)
    return g


@pytest.fixture
def embedded_data() -> Callable[[str], dict[str, Any]]:
    """Parse the JSON graph data embedded in a rendered page."""

    def _parse(page: str) -> dict[str, Any]:
        match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
        assert match, "no embedded graph data"
        return json.loads(match.group(1))

    return _parse
