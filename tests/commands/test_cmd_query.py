"""`kg query` as a real process."""
from __future__ import annotations

import csv
import io
import json

DONE_QUERY = ("SELECT ?l WHERE { ?r rdfs:label ?n . FILTER(str(?n) = 'Russia') "
              "?r kgo:strategic-partner ?p . ?p rdfs:label ?l }")


def test_done_query_lists_north_korea(kg, sample_out):
    result = kg("query", "--graph", str(sample_out), DONE_QUERY)
    assert result.returncode == 0, result.stderr
    assert "North Korea" in result.stdout and "(1 row)" in result.stdout


def test_formats(kg, sample_out):
    as_json = kg("query", "-g", str(sample_out), "--format", "json", DONE_QUERY)
    assert json.loads(as_json.stdout)["results"]["bindings"] == [{"l": {"type": "literal", "value": "North Korea"}}]
    as_csv = kg("query", "-g", str(sample_out), "--format", "csv", DONE_QUERY)
    assert list(csv.DictReader(io.StringIO(as_csv.stdout))) == [{"l": "North Korea"}]


def test_query_from_a_file(kg, sample_out, tmp_path):
    query = tmp_path / "q.rq"
    query.write_text("# which countries?\nSELECT ?l WHERE { ?c a kgo:Country ; rdfs:label ?l } ORDER BY ?l\n",
                     encoding="utf-8")
    result = kg("query", "-g", str(sample_out), "--file", str(query), "--format", "csv")
    assert result.returncode == 0
    assert "Russia" in result.stdout and "North Korea" in result.stdout


def test_syntax_error_has_line_and_column_and_no_traceback(kg, sample_out):
    result = kg("query", "-g", str(sample_out), "SELECT ?x WHERE {\n ?x rdfs:label ?y .\n FILTER(?y = ) }")
    assert result.returncode == 2
    assert "E603" in result.stderr and "line 3, column" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_update_is_refused(kg, sample_out):
    result = kg("query", "-g", str(sample_out), "DELETE WHERE { ?s ?p ?o }")
    assert result.returncode == 2 and "E604" in result.stderr and "Traceback" not in result.stderr
    again = kg("query", "-g", str(sample_out), DONE_QUERY)
    assert "North Korea" in again.stdout


def test_named_query_with_parameters(kg, sample_out):
    result = kg("query", "-g", str(sample_out), "--name", "evidence", "--param", "subject=Russia",
                "--param", "relation=strategic-partner", "--param", "object=North Korea", "--format", "json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)["results"]["bindings"]
    assert len(rows) == 1 and "strategic partnership" in rows[0]["sentence"]["value"]


def test_named_query_errors(kg, sample_out):
    unknown = kg("query", "-g", str(sample_out), "--name", "nope")
    assert unknown.returncode == 2 and "E605" in unknown.stderr and "partners" in unknown.stderr
    missing = kg("query", "-g", str(sample_out), "--name", "partners")
    assert missing.returncode == 2 and "--param actor=" in missing.stderr
    both = kg("query", "-g", str(sample_out), "--name", "partners", DONE_QUERY)
    assert both.returncode == 2 and "E607" in both.stderr


def test_list_documents_the_named_queries(kg):
    result = kg("query", "--list")
    assert result.returncode == 0
    for name in ("partners", "meetings", "evidence", "cooperation-conflict", "centrality", "path",
                 "unknown-actors"):
        assert f"{name}:" in result.stdout
    assert "--param actor=<string>" in result.stdout


def test_missing_graph_is_one_line(kg, tmp_path):
    result = kg("query", "-g", str(tmp_path / "none"), "ASK {}")
    assert result.returncode == 2 and "E601" in result.stderr
    assert result.stderr.strip().count("\n") == 0
