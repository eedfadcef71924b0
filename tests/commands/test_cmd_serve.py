"""`kg serve` over HTTP with a real client, the server started and stopped in each test module."""
from __future__ import annotations

import csv
import io
import os
import signal
import socket
import subprocess
import sys
import time
import xml.etree.ElementTree as ET

import httpx
import pytest

from tests.conftest import REPO

DONE_QUERY = ("SELECT ?l WHERE { ?r rdfs:label ?n . FILTER(str(?n) = 'Russia') "
              "?r kgo:strategic-partner ?p . ?p rdfs:label ?l }")
# Oxigraph cancels the first by itself; the second it does not, and the front kills the engine.
SLOW_QUERIES = ["SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
                "SELECT ?a WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c LIMIT 1"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(graph, *extra: str):
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "serve", "--graph", str(graph), "--port", str(port), *extra],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"kg serve exited: {process.stderr.read()}")
        try:
            httpx.get(url + "/sparql", timeout=1)
            return process, url
        except httpx.TransportError:
            time.sleep(0.1)
    process.kill()
    raise AssertionError("kg serve did not start")


def stop_server(process) -> None:
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=15)
    finally:
        if process.poll() is None:
            process.kill()
        process.stdout.close()
        process.stderr.close()


@pytest.fixture(scope="module")
def server(sample_out):
    process, url = start_server(sample_out, "--timeout", "2", "--limit", "5")
    try:
        with httpx.Client(base_url=url, timeout=30) as client:
            yield client
    finally:
        stop_server(process)


def json_rows(response) -> list[dict]:
    return [{k: v["value"] for k, v in b.items()} for b in response.json()["results"]["bindings"]]


def test_get_and_post_answer_the_done_query(server):
    got = server.get("/sparql", params={"query": DONE_QUERY})
    assert got.status_code == 200 and got.headers["content-type"].startswith("application/sparql-results+json")
    assert json_rows(got) == [{"l": "North Korea"}]
    form = server.post("/sparql", data={"query": DONE_QUERY})
    assert json_rows(form) == [{"l": "North Korea"}]
    direct = server.post("/sparql", content=DONE_QUERY.encode(),
                         headers={"Content-Type": "application/sparql-query"})
    assert json_rows(direct) == [{"l": "North Korea"}]


def test_content_negotiation(server):
    xml = server.get("/sparql", params={"query": DONE_QUERY}, headers={"Accept": "application/sparql-results+xml"})
    assert xml.headers["content-type"].startswith("application/sparql-results+xml")
    literals = [e.text for e in ET.fromstring(xml.content).iter("{http://www.w3.org/2005/sparql-results#}literal")]
    assert literals == ["North Korea"]
    as_csv = server.get("/sparql", params={"query": DONE_QUERY}, headers={"Accept": "text/csv"})
    assert list(csv.DictReader(io.StringIO(as_csv.text))) == [{"l": "North Korea"}]
    tsv = server.get("/sparql", params={"query": DONE_QUERY},
                     headers={"Accept": "text/html;q=0.9, text/tab-separated-values"})
    assert tsv.headers["content-type"].startswith("text/tab-separated-values")
    assert tsv.text.splitlines() == ["?l", '"North Korea"']
    ask = server.get("/sparql", params={"query": "ASK { ?c a kgo:Country }"})
    assert ask.json()["boolean"] is True
    turtle = server.get("/sparql", params={"query": "CONSTRUCT WHERE { ?c a kgo:Country }"},
                        headers={"Accept": "text/turtle"})
    assert turtle.status_code == 200 and "kgo:Country" in turtle.text
    refused = server.get("/sparql", params={"query": DONE_QUERY}, headers={"Accept": "image/png"})
    assert refused.status_code == 406


def test_updates_are_rejected(server):
    update = "INSERT DATA { <urn:a> <urn:b> <urn:c> }"
    assert server.post("/sparql", data={"update": update}).status_code == 403
    assert server.post("/sparql", content=update.encode(),
                       headers={"Content-Type": "application/sparql-update"}).status_code == 403
    assert server.post("/sparql", data={"query": update}).status_code == 403
    assert server.post("/update", data={"update": update}).status_code == 403
    assert server.put("/sparql", content=b"x").status_code == 405
    count = server.get("/sparql", params={"query": "ASK { <urn:a> <urn:b> <urn:c> }"})
    assert count.json()["boolean"] is False


def test_syntax_error_is_400_with_the_users_line_and_column(server):
    response = server.get("/sparql", params={"query": "SELECT ?x WHERE { ?x ?p }"})
    assert response.status_code == 400
    assert "1:" in response.text and int(response.text.split("1:")[1].split(":")[0]) <= 26


def test_results_are_limited(server):
    response = server.get("/sparql", params={"query": "SELECT ?s WHERE { ?s ?p ?o }"})
    assert response.status_code == 200 and len(json_rows(response)) == 5
    assert response.headers["x-kg-truncated"] == "true"
    small = server.get("/sparql", params={"query": DONE_QUERY})
    assert "x-kg-truncated" not in small.headers


@pytest.mark.parametrize("query", SLOW_QUERIES)
def test_slow_queries_time_out(server, query):
    started = time.monotonic()
    response = server.get("/sparql", params={"query": query})
    assert response.status_code == 503 and "cancelled" in response.text
    assert time.monotonic() - started < 15
    assert json_rows(server.get("/sparql", params={"query": DONE_QUERY})) == [{"l": "North Korea"}]


def test_graph_page_at_root(server, sample_out):
    page = server.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert page.content == (sample_out / "graph.html").read_bytes()
    assert server.get("/nothing-here").status_code == 404


def children_of(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = open(f"/proc/{entry}/stat", encoding="utf-8").read()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry))
    return found


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="needs /proc to find the engine process")
def test_server_binds_loopback_and_stops_its_engine(sample_out):
    process, url = start_server(sample_out)
    try:
        assert url.startswith("http://127.0.0.1:")
        children = children_of(process.pid)
        assert children, "the oxigraph engine runs as a child process"
    finally:
        stop_server(process)
    time.sleep(0.5)
    for pid in children:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


def test_missing_store_is_a_clear_error(kg, tmp_path):
    result = kg("serve", "--graph", str(tmp_path), "--port", str(free_port()), timeout=60)
    assert result.returncode == 2 and "E601" in result.stderr and "Traceback" not in result.stderr


def test_a_rebuilt_store_is_picked_up(sample_out, tmp_path):
    import shutil

    import pyoxigraph as ox

    from kg.store import StagedStore

    graph = tmp_path / "output"
    shutil.copytree(sample_out, graph)
    process, url = start_server(graph)
    try:
        assert json_rows(httpx.get(url + "/sparql", params={"query": DONE_QUERY}, timeout=30)) == [{"l": "North Korea"}]
        old = ox.Store.read_only(str(graph / "store"))
        kept = [q for q in old if not q.predicate.value.endswith("#strategic-partner")]
        del old
        with StagedStore(graph) as staged:  # what `kg build` does: write aside, then swap
            new = ox.Store(str(staged.path))
            new.extend(kept)
            new.flush()
            del new
            staged.publish()
        after = httpx.get(url + "/sparql", params={"query": DONE_QUERY}, timeout=30)
        assert after.status_code == 200 and json_rows(after) == []
    finally:
        stop_server(process)
