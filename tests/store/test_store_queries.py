"""SPARQL on the store: prefixes, errors, named queries and their parameters, on the sample graph."""
from __future__ import annotations

import json

import pytest

from kg.errors import KGError
from kg.ontology import load_ontology
from kg.store.named import (bind_params, get_named_query, named_queries, parse_named_query, parse_param_options,
                            render, values_clause)
from kg.store.query import csv_rows, execute, format_results, is_update, rows_as_dicts

RELATIONS = frozenset(load_ontology().relations)
CLASSES = frozenset(load_ontology().classes)
DONE_QUERY = ("SELECT ?l WHERE { ?r rdfs:label ?n . FILTER(str(?n) = 'Russia') "
              "?r kgo:strategic-partner ?p . ?p rdfs:label ?l }")


def run(store, name, **params):
    query = get_named_query(name)
    rows = rows_as_dicts(execute(store, render(query, bind_params(query, params, RELATIONS, CLASSES)), union=False))
    # the same results where the default graph is the union of all graphs (as in kg serve)
    union = rows_as_dicts(execute(store, render(query, bind_params(query, params, RELATIONS, CLASSES))))
    assert union == rows, name
    return rows


def test_predeclared_prefixes_and_the_done_query(sample_store):
    assert rows_as_dicts(execute(sample_store, DONE_QUERY)) == [{"l": "North Korea"}]


def test_default_graph_is_the_union_of_all_graphs(sample_store):
    outcome = execute(sample_store, "SELECT (COUNT(*) AS ?n) WHERE { ?m a kgo:Mention ; kgo:sentence ?s }")
    assert int(rows_as_dicts(outcome)[0]["n"]) > 10
    graphs = rows_as_dicts(execute(sample_store, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"))
    assert [g["g"] for g in graphs] == ["kgr:graph/putin-kim-beijing", "kgr:ontology"]


def test_syntax_errors_name_line_and_column(sample_store):
    with pytest.raises(KGError) as info:
        execute(sample_store, "SELECT ?x WHERE {\n  ?x rdfs:label ?y .\n  FILTER(?y = ) }")
    assert info.value.code == "E603"
    assert "line 3, column " in info.value.message and "FILTER(?y = )" in info.value.message
    assert info.value.message.rstrip().endswith("^")
    with pytest.raises(KGError) as info:
        execute(sample_store, "SELECT * WHERE { ?s nope:p ?o }")
    assert "unknown prefix" in info.value.message


@pytest.mark.parametrize("text", [
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "PREFIX x: <urn:x#>\n# a comment\nDELETE WHERE { ?s ?p ?o }",
    "  drop all", "CLEAR DEFAULT", "LOAD <http://example.org/x.ttl>",
])
def test_updates_are_refused(sample_store, text):
    assert is_update(text)
    with pytest.raises(KGError) as info:
        execute(sample_store, text)
    assert info.value.code == "E604"


def test_a_query_mentioning_insert_in_a_string_is_not_an_update():
    assert not is_update("SELECT ?x WHERE { ?x rdfs:label \"INSERT\" } # DELETE")
    assert not is_update("# INSERT DATA\nASK {}")


def test_formats(sample_store):
    table = format_results(execute(sample_store, DONE_QUERY), "table")
    assert "North Korea" in table and table.rstrip().endswith("(1 row)")
    data = json.loads(format_results(execute(sample_store, DONE_QUERY), "json"))
    assert data["results"]["bindings"][0]["l"]["value"] == "North Korea"
    assert csv_rows(format_results(execute(sample_store, DONE_QUERY), "csv")) == [{"l": "North Korea"}]
    assert format_results(execute(sample_store, "ASK { ?x a kgo:Country }"), "table") == "true\n"
    turtle = format_results(execute(sample_store, "CONSTRUCT WHERE { ?x a kgo:Country }"), "table")
    assert "kgo:Country" in turtle


def test_every_named_query_is_documented():
    queries = named_queries()
    assert {"partners", "meetings", "evidence", "cooperation-conflict", "centrality", "path",
            "unknown-actors"} <= set(queries)
    for query in queries.values():
        assert query.summary and query.summary != query.name and query.doc, query.name
        for param in query.params:
            assert param.doc, (query.name, param.name)


def test_partners_and_adversaries(sample_store):
    rows = {r["other"]: r for r in run(sample_store, "partners", actor="Russia")}
    assert rows["North Korea"]["stance"] == "partner" and "strategic-partner" in rows["North Korea"]["relations"]
    assert rows["United States"]["stance"] == "adversary"
    assert all(r["actor"] == "Russia" for r in rows.values())
    assert run(sample_store, "partners", actor="DPRK")  # aliases work too


def test_meetings_in_a_date_range(sample_store):
    rows = run(sample_store, "meetings", start="2025-09-01", end="2025-09-30")
    assert [(r["actor"], r["other"]) for r in rows] == [("Kim Jong Un", "Vladimir Putin")]
    assert run(sample_store, "meetings", start="2024-01-01", end="2024-12-31") == []
    assert len(run(sample_store, "meetings")) == 1  # defaults: all dates


def test_evidence_returns_the_supporting_sentence(sample_store):
    rows = run(sample_store, "evidence", subject="Russia", relation="strategic-partner", object="North Korea")
    assert len(rows) == 1
    assert "strategic partnership" in rows[0]["sentence"]
    assert rows[0]["article"] == "putin-kim-beijing" and rows[0]["date"] == "2025-09-03"
    assert rows[0]["rule"] and int(rows[0]["start"]) < int(rows[0]["end"])
    # symmetric: either order; asymmetric: only the given direction
    assert len(run(sample_store, "evidence", subject="North Korea", relation="strategic-partner", object="Russia")) == 1
    assert run(sample_store, "evidence", subject="China", relation="accuses", object="Donald Trump") == []


def test_cooperation_conflict_per_month(sample_store):
    rows = run(sample_store, "cooperation-conflict", actor1="North Korea", actor2="Russia")
    assert [r["month"] for r in rows] == ["2025-09"]
    assert float(rows[0]["goldstein"]) > 0 and int(rows[0]["events"]) >= 1
    rows = run(sample_store, "cooperation-conflict", actor1="United States", actor2="Russia")
    assert float(rows[0]["goldstein"]) < 0


def test_centrality(sample_store):
    rows = run(sample_store, "centrality")
    assert rows[0]["actor"] in ("Russia", "North Korea")
    degrees = [int(r["degree"]) for r in rows]
    assert degrees == sorted(degrees, reverse=True)
    people = run(sample_store, "centrality", type="Person")
    assert people and {r["class"] for r in people} == {"Person"}


def test_path_between_two_actors(sample_store):
    rows = run(sample_store, "path", source="United States", target="North Korea")
    assert rows and int(rows[0]["hops"]) == 2
    assert {r.get("via1") for r in rows if r["hops"] == "2"} >= {"Russia"}
    assert run(sample_store, "path", source="Xi Jinping", target="China")[0]["hops"] == "1"


def test_unknown_actors_query_runs(sample_store):
    assert isinstance(run(sample_store, "unknown-actors"), list)


def test_parameters_are_typed_and_checked():
    evidence = get_named_query("evidence")
    with pytest.raises(KGError, match="needs --param relation"):
        bind_params(evidence, {"subject": "a", "object": "b"}, RELATIONS)
    with pytest.raises(KGError, match="unknown relation"):
        bind_params(evidence, {"subject": "a", "relation": "hugs", "object": "b"}, RELATIONS)
    with pytest.raises(KGError, match="has no parameter"):
        bind_params(evidence, {"subject": "a", "relation": "aids", "object": "b", "x": "1"}, RELATIONS)
    with pytest.raises(KGError, match="not a date"):
        bind_params(get_named_query("meetings"), {"start": "yesterday"}, RELATIONS)
    with pytest.raises(KGError, match="not an integer"):
        bind_params(get_named_query("unknown-actors"), {"min": "1; DROP ALL"}, RELATIONS)
    with pytest.raises(KGError, match="NAME=VALUE"):
        parse_param_options(["actor"])
    assert parse_param_options(["actor=North Korea", "x=a=b"]) == {"actor": "North Korea", "x": "a=b"}


def test_hostile_parameter_values_are_just_literals(sample_store):
    hostile = 'Russia") } ?s ?p ?o } # \\" \n DROP ALL ; SELECT * WHERE { ?s ?p "'
    query = get_named_query("partners")
    text = render(query, bind_params(query, {"actor": hostile}, RELATIONS))
    start, end, variables = values_clause(text)
    assert variables == ["actor"] and text[end:] == query.text[values_clause(query.text)[1]:]
    assert rows_as_dicts(execute(sample_store, text, union=False)) == []
    assert run(sample_store, "partners", actor="Russia")  # the store is untouched


def test_every_parameter_type_renders_as_a_typed_term():
    meetings = get_named_query("meetings")
    text = render(meetings, bind_params(meetings, {"start": "2025-01-01"}, RELATIONS))
    assert '("2025-01-01"^^<http://www.w3.org/2001/XMLSchema#date> "9999-12-31"^^<http' in text
    evidence = get_named_query("evidence")
    text = render(evidence, bind_params(evidence, {"subject": "a", "relation": "kgo:aids", "object": "b"},
                                        RELATIONS))
    assert '("a" <https://w3id.org/geokg/ontology#aids> "b")' in text


def test_named_query_headers_are_checked():
    with pytest.raises(ValueError, match="VALUES"):
        parse_named_query("bad", "# Bad.\n# @param x string  X.\nSELECT ?y WHERE { ?y ?p ?x }\n")
    with pytest.raises(ValueError, match="header declares"):
        parse_named_query("bad", "# Bad.\n# @param x string  X.\nSELECT ?y WHERE { VALUES (?z) { (1) } ?y ?p ?x }\n")
    with pytest.raises(ValueError, match="unknown type"):
        parse_named_query("bad", "# Bad.\n# @param x colour  X.\nSELECT ?x WHERE { ?y ?p ?x }\n")
    # a VALUES inside a comment or a string does not count
    assert values_clause('# VALUES (?a) { (1) }\nSELECT * { ?s ?p "VALUES (?b) { (2) }" VALUES (?c) { ("}") } }')[2] == ["c"]


def test_finer_relations_are_reached_through_sub_property_paths(sample_store):
    """The ontology graph says which relations are kinds of which (rdfs:subPropertyOf)."""
    rows = rows_as_dicts(execute(sample_store, "SELECT ?p WHERE { ?p rdfs:subPropertyOf+ kgo:rejects }"))
    assert [r["p"] for r in rows] == ["kgo:denies-accusations-by"]
