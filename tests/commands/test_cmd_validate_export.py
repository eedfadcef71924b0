"""`kg validate` and `kg export` as real processes."""
from __future__ import annotations

import csv
import io

import networkx as nx
import pytest
from rdflib import Dataset, Graph


def test_sample_graph_conforms(kg, sample_out):
    result = kg("validate", "--graph", str(sample_out))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "conforms" in result.stdout


def test_violations_are_reported_with_their_focus_node(kg, sample_out, tmp_path):
    import pyoxigraph as ox

    from kg.graph.rdf import KGO

    source = ox.Store.read_only(str(sample_out / "store"))
    quads = []
    for q in source:
        if q.predicate.value == "http://www.w3.org/2000/01/rdf-schema#label" and q.subject.value.endswith("/Q159"):
            continue  # Russia loses its label
        quads.append(q)
    bad = ox.Quad(ox.NamedNode("https://w3id.org/geokg/id/city/beijing"), ox.NamedNode(str(KGO["leader-of"])),
                  ox.NamedNode("https://w3id.org/geokg/id/Q148"))
    out = tmp_path / "broken"
    out.mkdir()
    store = ox.Store(str(out / "store"))
    store.extend(quads + [bad])
    store.flush()
    del store
    result = kg("validate", "--graph", str(out))
    assert result.returncode == 1
    assert "kgr:Q159 rdfs:label" in result.stdout
    assert "kgr:city/beijing" in result.stdout and "kgo:leader-of" in result.stdout
    assert "violation(s)" in result.stderr


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.parametrize("fmt,parse", [
    ("ttl", lambda data: Graph().parse(data=data, format="turtle")),
    ("nt", lambda data: Graph().parse(data=data, format="nt")),
    ("jsonld", lambda data: Graph().parse(data=data, format="json-ld")),
    ("trig", lambda data: Dataset().parse(data=data, format="trig")),
    ("nq", lambda data: Dataset().parse(data=data, format="nquads")),
])
def test_rdf_exports(kg, sample_out, tmp_path, fmt, parse):
    target = tmp_path / f"graph.{fmt}"
    result = kg("export", "--graph", str(sample_out), "--format", fmt, "--out", str(target))
    assert result.returncode == 0, result.stderr
    parsed = parse(target.read_text(encoding="utf-8"))
    reference = Graph().parse(sample_out / "graph.ttl")
    if fmt in ("trig", "nq"):
        contexts = {str(c.identifier) for c in parsed.graphs()}
        assert "https://w3id.org/geokg/id/graph/putin-kim-beijing" in contexts
        assert "https://w3id.org/geokg/id/ontology" in contexts
    else:
        assert len(parsed) == len(reference)


def test_network_and_table_exports(kg, sample_out, tmp_path):
    for fmt, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        target = tmp_path / f"graph.{fmt}"
        assert kg("export", "-g", str(sample_out), "--format", fmt, "-o", str(target)).returncode == 0
        network = reader(target)
        labels = {data.get("label") for _, data in network.nodes(data=True)}
        assert {"Russia", "North Korea", "Vladimir Putin"} <= labels
        assert network.number_of_edges() >= 20
    result = kg("export", "-g", str(sample_out), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    partner = [r for r in rows if r["relation"] == "strategic-partner"]
    assert partner and partner[0]["fact"] == "true" and partner[0]["layer"] == "standing"
    assert {r["layer"] for r in rows} == {"event", "standing"}


def test_unknown_format_is_rejected(kg, sample_out):
    result = kg("export", "-g", str(sample_out), "--format", "xlsx")
    assert result.returncode == 2 and "Traceback" not in result.stderr
