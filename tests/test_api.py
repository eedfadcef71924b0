"""The notebook API (kg/api.py), re-exported from ``kg``.

Two small builds are shared by the module: ``plain`` (core ontology and
gazetteer) and ``extended`` (the two shipped extensions plus an extra
gazetteer file), from three short articles written here.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest

import kg
from kg import api
from kg.errors import KGError

REPO = Path(__file__).resolve().parents[1]


def store_code(start: str) -> str:
    """The code of the store error whose message starts with ``start`` (codes may be renumbered)."""
    from kg.store.errors import StoreErrors

    return next(name for name, value in vars(StoreErrors).items()
                if isinstance(value, str) and value.startswith(start))
EXTENSIONS = REPO / "pipelines" / "extensions"
MEDIATION = EXTENSIONS / "mediation.ttl"
RECOGNITION = EXTENSIONS / "recognition.ttl"

PREFIXES = """\
@prefix kgo:  <https://w3id.org/geokg/ontology#> .
@prefix owl:  <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix wdt:  <http://www.wikidata.org/prop/direct/> .
"""

ARTICLES = {
    "recognition.txt": """---
title: Three countries recognise Palestine
date: 2024-05-28
---
Spain, Ireland and Norway formally recognised Palestine as a state on Tuesday.
Qatar mediated between Israel and Hamas.
""",
    "mozambique.txt": """---
title: Peace talks in Rome
date: 1992-10-04
---
The Community of Sant'Egidio mediated between the government of Mozambique and Renamo.
""",
    "kyiv.txt": """---
title: A visit to Kyiv
date: 2025-03-01
---
Jan Kowalczyk met with Volodymyr Zelensky in Kyiv.
Russia did not attack Finland.
""",
}
SANT_EGIDIO = kg.NewActor("Community of Sant'Egidio", "Organization", aliases=("Sant'Egidio",))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("api-corpus")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def gazetteer_files(tmp_path_factory) -> list[Path]:
    return kg.write_gazetteer_extra(tmp_path_factory.mktemp("api-gazetteer"), [SANT_EGIDIO])


@pytest.fixture(scope="module")
def plain(corpus, tmp_path_factory) -> kg.BuiltGraph:
    return kg.rebuild([corpus], tmp_path_factory.mktemp("api-plain") / "out", quiet=True)


@pytest.fixture(scope="module")
def extended(corpus, gazetteer_files, tmp_path_factory) -> kg.BuiltGraph:
    return kg.rebuild([corpus], tmp_path_factory.mktemp("api-extended") / "out", quiet=True,
                      ontology_files=[MEDIATION, RECOGNITION], gazetteer_files=gazetteer_files)


def write(tmp_path: Path, body: str, name: str = "ext.ttl") -> Path:
    path = tmp_path / name
    path.write_text(PREFIXES + body, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- #
# The package re-exports
# --------------------------------------------------------------------------- #

def test_api_is_reexported_lazily():
    assert kg.load_graph is api.load_graph and kg.sparql is api.sparql and kg.show is api.show
    for name in kg._API_NAMES:
        assert getattr(kg, name) is getattr(api, name)
        assert name in dir(kg)
    # Both directions: every public name of kg.api reaches kg, except the file-name constant.
    assert set(api.__all__) - set(kg._API_NAMES) == {"BUILD_INFO"}
    with pytest.raises(AttributeError):
        kg.no_such_thing  # noqa: B018
    code = ("import sys, kg; assert 'kg.api' not in sys.modules and 'pandas' not in sys.modules; "
            "from kg import errors; kg.sparql; assert 'kg.api' in sys.modules; print(kg.__version__)")
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == kg.__version__


def test_every_public_name_has_a_docstring():
    for name in api.__all__:
        value = getattr(api, name)
        if callable(value):
            assert (value.__doc__ or "").strip(), name


def test_project_root(monkeypatch, tmp_path):
    assert (kg.project_root() / "pipelines" / "sample").is_dir()
    assert kg.project_root(tmp_path) == REPO  # falls back to the package's checkout
    monkeypatch.setenv("KG_PROJECT_ROOT", str(tmp_path))
    assert kg.project_root() == tmp_path.resolve()


# --------------------------------------------------------------------------- #
# Validating extensions
# --------------------------------------------------------------------------- #

def kinds(problems) -> set[tuple[str, str, str | None]]:
    return {(p.severity, p.kind, p.relation) for p in problems}


def test_shipped_extensions_are_valid_alone_and_together():
    assert kg.validate_ontology_extension(MEDIATION) == []
    assert kg.validate_ontology_extension(RECOGNITION) == []
    assert kg.validate_ontology_extension(RECOGNITION, base=[MEDIATION]) == []


def test_relation_id_that_clashes_with_a_core_relation(tmp_path):
    path = write(tmp_path, 'kgo:meets-with a owl:ObjectProperty ; rdfs:label "encounters"@en ;\n'
                           '    kgo:layer kgo:StandingLayer ; kgo:goldstein 3.0 .\n')
    problems = kg.validate_ontology_extension(path)
    assert {p.kind for p in problems} == {"clashes-with-core"} and len(problems) == 3
    assert all(p.severity == "error" and p.relation == "meets-with" and p.code == "E203" for p in problems)
    assert any("'meets with' -> 'encounters'" in p.message and "new relation id" in p.message for p in problems)
    with pytest.raises(KGError):
        kg.load_ontology([path])


def test_adding_cues_to_a_core_relation_is_fine(tmp_path):
    path = write(tmp_path, 'kgo:meets-with kgo:verbCue "huddle" ; kgo:nounCue "tete a tete" .\n'
                           'kgo:meets-with a owl:ObjectProperty ; rdfs:label "meets with"@en .\n')
    assert kg.validate_ontology_extension(path) == []


@pytest.mark.parametrize("body, kind", [
    ('kgo:x a owl:ObjectProperty ; kgo:layer kgo:EventLayer ; kgo:goldstein 1.0 ; kgo:verbCue "x" .', "missing-label"),
    ('kgo:x a owl:ObjectProperty ; rdfs:label "x"@en ; kgo:verbCue "x" .', "missing-layer"),
    ('kgo:x a owl:ObjectProperty ; rdfs:label "x"@en ; kgo:layer kgo:Events ; kgo:verbCue "x" .', "bad-layer"),
    ('kgo:x a owl:ObjectProperty ; rdfs:label "x"@en ; kgo:layer kgo:StandingLayer ; '
     'rdfs:range kgo:Mediator ; kgo:verbCue "x" .', "undeclared-class"),
    ('kgo:x a owl:ObjectProperty ; rdfs:label "x"@en ; kgo:layer kgo:StandingLayer ; kgo:verbCue "" .',
     "empty-cue"),
    ('kgo:x a owl:ObjectProperty ; rdfs:label "x"@en ; kgo:layer kgo:StandingLayer ; kgo:nounCue "co-host" .',
     "hyphenated-cue"),
    ('kgo:x a owl:ObjectProperty ; rdfs:label "x"@en ; kgo:layer kgo:EventLayer ; kgo:goldstein 12 ; '
     'kgo:verbCue "x" .', "bad-goldstein"),
    ('kgo:x a owl:ObjectProperty ; rdfs:label "x"@en ; kgo:layer kgo:EventLayer ; kgo:goldstein 1 ; '
     'kgo:cameoCode "45a" ; kgo:verbCue "x" .', "bad-code"),
    ('kgo:x a owl:ObjectProperty ; rdfs:label "x"@en ; kgo:layer kgo:StandingLayer ; kgo:verbCue "x" ; '
     'kgo:objectPreposition "by" ; kgo:agentPreposition "by" .', "preposition-both-ways"),
    ('kgo:meets-wiht kgo:verbCue "huddle" .', "undeclared-relation"),
])
def test_each_error_is_reported_and_the_loader_refuses_the_file(tmp_path, body, kind):
    path = write(tmp_path, body + "\n")
    problems = kg.validate_ontology_extension(path)
    errors = [p for p in problems if p.severity == "error"]
    assert kind in {p.kind for p in errors}, problems
    assert all(str(path) in str(p) and p.message for p in problems)
    with pytest.raises(KGError):
        kg.load_ontology([path])


def test_all_problems_at_once_and_the_typo_hint(tmp_path):
    path = write(tmp_path, """
kgo:mediates a owl:ObjectProperty ;
    rdfs:domain kgo:Mediator ;
    kgo:verbCue "" , "host" .
kgo:meets-wiht kgo:verbCue "huddle" .
""")
    problems = kg.validate_ontology_extension(path)
    assert kinds(problems) >= {
        ("error", "missing-label", "mediates"), ("error", "missing-layer", "mediates"),
        ("error", "undeclared-class", "mediates"), ("error", "empty-cue", "mediates"),
        ("error", "undeclared-relation", "meets-wiht"), ("warning", "shadowed-cue", "mediates"),
        ("warning", "missing-definition", "mediates")}
    assert [p.severity for p in problems] == sorted(p.severity for p in problems)  # errors first
    assert "did you mean kgo:meets-with?" in next(p.message for p in problems if p.kind == "undeclared-relation")
    assert "meets-with" in next(p.message for p in problems if p.kind == "shadowed-cue")


def test_warnings_alone_do_not_stop_loading(tmp_path):
    path = write(tmp_path, 'kgo:x a owl:ObjectProperty ; rdfs:label "x"@en ; kgo:layer kgo:EventLayer .\n')
    problems = kg.validate_ontology_extension(path)
    assert kinds(problems) == {("warning", "missing-goldstein", "x"), ("warning", "no-cues", "x"),
                               ("warning", "missing-definition", "x")}
    assert "x" in kg.load_ontology([path]).relations


def test_syntax_error_missing_file_and_loader_only_errors(tmp_path):
    [syntax] = kg.validate_ontology_extension(write(tmp_path, 'kgo:x a owl:ObjectProperty ; rdfs:label "x"\n'))
    assert (syntax.code, syntax.kind) == ("E201", "syntax") and "line" in syntax.message
    [missing] = kg.validate_ontology_extension(tmp_path / "nope.ttl")
    assert (missing.code, missing.kind) == ("E202", "missing-file")
    # a rule only the loader checks still makes the file invalid
    path = write(tmp_path, 'kgo:x a owl:ObjectProperty ; rdfs:label "x"@en ; kgo:layer kgo:StandingLayer ;\n'
                           '    kgo:verbCue "x" ; kgo:wikidataProperty "not a property" .\n')
    [loader] = [p for p in kg.validate_ontology_extension(path) if p.severity == "error"]
    assert loader.kind == "loader" and "Wikidata" in loader.message


def test_validate_turtle_text_and_its_name():
    text = PREFIXES + 'kgo:x a owl:ObjectProperty ; kgo:layer kgo:EventLayer ; kgo:goldstein 1.0 ; kgo:verbCue "x" .\n'
    problem, warning = kg.validate_ontology_extension(text, name="mine.ttl")
    assert warning.kind == "missing-definition" and warning.severity == "warning"
    assert problem.kind == "missing-label" and problem.file == "mine.ttl"
    assert str(problem).startswith("error: [E203] mine.ttl: relation 'x': has no rdfs:label")
    assert problem.as_dict()["kind"] == "missing-label"


def test_second_extension_may_build_on_the_first(tmp_path):
    more = write(tmp_path, 'kgo:mediates-between kgo:verbCue "arbitrate" .\n', name="more.ttl")
    assert [p.kind for p in kg.validate_ontology_extension(more)] == ["undeclared-relation"]
    assert kg.validate_ontology_extension(more, base=[MEDIATION]) == []
    onto = kg.extend_ontology(MEDIATION, more)
    assert ("arbitrate",) in onto.relation("mediates-between").verb_cues


# --------------------------------------------------------------------------- #
# extend_ontology, save_extension, relations_table
# --------------------------------------------------------------------------- #

def test_extend_ontology_composes_files_and_text():
    core = kg.load_ontology()
    onto = kg.extend_ontology(MEDIATION, RECOGNITION.read_text(encoding="utf-8"))
    assert set(onto.relations) - set(core.relations) == {"mediates-between", "recognises"}
    rel = onto.relation("mediates-between")
    assert (rel.layer, rel.cameo, rel.plover, rel.goldstein) == ("event", ("045",), ("CONSULT",), 5.0)
    assert ("mediate",) in rel.verb_cues and rel.object_prepositions == ("between",)
    assert onto.relation("recognises").cameo == ("054",)
    assert "mediates-between" not in kg.load_ontology().relations  # the cached core is untouched


def test_extend_ontology_raises_with_every_problem(tmp_path):
    path = write(tmp_path, 'kgo:x a owl:ObjectProperty ; rdfs:domain kgo:Nope .\n')
    with pytest.raises(kg.ExtensionError) as caught:
        kg.extend_ontology(path)
    error = caught.value
    assert isinstance(error, KGError) and error.code == "E203"
    assert {"missing-label", "missing-layer", "undeclared-class"} <= {p.kind for p in error.problems}
    assert error.message.startswith("3 error(s) in the ontology extension")


def test_save_extension(tmp_path):
    text = MEDIATION.read_text(encoding="utf-8")
    target = kg.save_extension(text, tmp_path / "sub" / "mediation.ttl")
    assert target.read_text(encoding="utf-8") == text
    with pytest.raises(kg.ExtensionError):
        kg.save_extension(PREFIXES + "kgo:x a owl:ObjectProperty .\n", tmp_path / "bad.ttl")
    assert not (tmp_path / "bad.ttl").exists()


def test_relations_table():
    table = kg.relations_table(kg.extend_ontology(MEDIATION), ["meets-with", "mediates-between"])
    assert list(table.id) == ["meets-with", "mediates-between"]
    assert table.set_index("id").loc["mediates-between", "source"] == "mediation.ttl"
    assert len(kg.relations_table()) == len(kg.load_ontology().relations)


# --------------------------------------------------------------------------- #
# rebuild and load_graph
# --------------------------------------------------------------------------- #

def test_rebuild_uses_extensions_and_gazetteer(extended, plain):
    triples = [json.loads(line) for line in (extended.path / "triples.jsonl").read_text(encoding="utf-8").splitlines()]
    found = {(t["subject"], t["relation"], t["object"]) for t in triples}
    assert {("Spain", "recognises", "Palestine"), ("Qatar", "mediates-between", "Israel"),
            ("Community of Sant'Egidio", "mediates-between", "Mozambique")} <= found
    sant_egidio = next(t for t in triples if t["subject"] == "Community of Sant'Egidio")
    assert sant_egidio["subject_id"] == "org/community-of-sant-egidio"
    assert sorted(extended.extensions) == ["mediates-between", "recognises"]
    assert extended.report.relations_by_type["recognises"] == 3
    plain_relations = {json.loads(line)["relation"] for line in
                       (plain.path / "triples.jsonl").read_text(encoding="utf-8").splitlines()}
    assert not plain_relations & {"recognises", "mediates-between"}
    assert plain.extensions == [] and "core>" in repr(plain)


def test_build_info_records_the_files(extended, gazetteer_files):
    info = json.loads((extended.path / api.BUILD_INFO).read_text(encoding="utf-8"))
    assert [e["path"] for e in info["ontology_files"]] == [str(MEDIATION), str(RECOGNITION)]
    assert [e["path"] for e in info["gazetteer_files"]] == [str(p) for p in gazetteer_files]
    assert all(len(e["sha256"]) == 64 for e in info["ontology_files"] + info["gazetteer_files"])
    assert extended.info == info


def test_load_graph_reloads_the_ontology_it_was_built_with(extended):
    graph = kg.load_graph(extended.path)
    assert sorted(graph.extensions) == ["mediates-between", "recognises"]
    assert [Path(f).name for f in graph.ontology.files] == ["core.ttl", "mediation.ttl", "recognition.ttl"]
    assert graph.kg.stats() == extended.kg.stats()
    assert "mediation.ttl + recognition.ttl" in repr(graph)


def test_load_graph_without_build_info_reads_the_stored_ontology(extended, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(extended.path, copy)
    (copy / api.BUILD_INFO).unlink()
    graph = kg.load_graph(copy)
    assert graph.info == {}
    assert sorted(graph.extensions) == ["mediates-between", "recognises"]
    assert graph.ontology.relation("mediates-between").goldstein == 5.0


def test_stale_build_info_is_ignored(extended, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(extended.path, copy)
    with open(copy / "triples.jsonl", "a", encoding="utf-8") as handle:
        handle.write("\n")
    assert api.read_build_info(copy) == {}
    assert sorted(kg.load_graph(copy).extensions) == ["mediates-between", "recognises"]  # from the store


def test_load_graph_from_triples_only(extended, tmp_path):
    (tmp_path / "triples.jsonl").write_bytes((extended.path / "triples.jsonl").read_bytes())
    graph = kg.load_graph(tmp_path, ontology_files=[MEDIATION, RECOGNITION])
    assert graph.kg.stats()["assertions"] == extended.kg.stats()["assertions"]


def test_load_graph_of_an_empty_folder(tmp_path):
    with pytest.raises(KGError) as caught:
        kg.load_graph(tmp_path)
    assert caught.value.code == store_code("No graph in")


def test_rebuild_refuses_missing_or_bad_files(corpus, tmp_path):
    with pytest.raises(KGError) as caught:
        kg.rebuild([corpus], tmp_path / "out", ontology_files=[tmp_path / "nope.ttl"])
    assert caught.value.code == "E202"
    bad = tmp_path / "bad.tsv"
    bad.write_text("name\tkind\nX\tY\n", encoding="utf-8")
    with pytest.raises(KGError) as caught:
        kg.rebuild([corpus], tmp_path / "out", gazetteer_files=[bad])
    assert caught.value.code == "E301" and "matches no gazetteer file format" in caught.value.message
    assert not (tmp_path / "out").exists()


def test_graph_tables(extended):
    actors = extended.actors()
    assert list(actors.columns) == ["id", "label", "type", "wikidata", "known", "mentions"]
    assert actors.set_index("label").loc["Spain", "id"] == "Q29"
    assertions = extended.assertions()
    row = assertions[assertions.relation == "recognises"].iloc[0]
    assert (row.layer, row.goldstein, row.quad) == ("event", 6.0, "verbal-cooperation")
    edges = extended.edges()
    assert {"subject", "relation", "object", "evidence", "first_date"} <= set(edges.columns)
    assert edges[edges.negated].relation.tolist() == ["attacks"]


# --------------------------------------------------------------------------- #
# SPARQL
# --------------------------------------------------------------------------- #

def test_named_query_with_parameters(extended):
    frame = kg.sparql(extended, "evidence", subject="Qatar", relation="mediates-between", object="Hamas")
    assert isinstance(frame, pd.DataFrame) and len(frame) == 1
    assert frame.loc[0, "sentence"] == "Qatar mediated between Israel and Hamas."
    assert frame.loc[0, "date"] == "2024-05-28"
    meetings = kg.sparql(extended.path, "meetings", start="2025-01-01")
    assert [sorted(pair) for pair in meetings[["actor", "other"]].itertuples(index=False, name=None)] == [
        ["Jan Kowalczyk", "Volodymyr Zelensky"]]
    assert meetings.loc[0, "mentions"] == 1  # integers come back as int


def test_named_query_parameters_are_checked(extended):
    with pytest.raises(KGError) as caught:
        kg.sparql(extended, "evidence", subject="Qatar", relation="mediates", object="Hamas")
    assert caught.value.code == store_code("{problem}") and "unknown relation" in caught.value.message
    with pytest.raises(KGError) as caught:
        kg.sparql(extended, "meetings", start="yesterday")
    assert caught.value.code == store_code("{problem}")
    with pytest.raises(KGError) as caught:
        kg.sparql(extended, "no-such-query")
    assert caught.value.code == store_code("Unknown named query")


def test_named_query_parameter_names_do_not_clash_with_arguments(extended):
    paths = kg.sparql(extended, "path", source="Spain", target="Palestine")
    assert paths.loc[0, "hops"] == 1


def test_ad_hoc_query_with_bound_variables(extended):
    query = """
    SELECT ?who ?whom WHERE {
      ?a kgo:recognises ?b . ?a rdfs:label ?who . ?b rdfs:label ?whom .
      FILTER (?who != ?skip)
    } ORDER BY ?who"""
    frame = kg.sparql(extended, query, skip="Ireland")
    assert frame.to_dict("list") == {"who": ["Norway", "Spain"], "whom": ["Palestine", "Palestine"]}
    count = kg.sparql(extended, "SELECT (COUNT(*) AS ?n) WHERE { ?a kgo:mediates-between ?b }")
    # Qatar -> Israel, Hamas; Sant'Egidio -> Mozambique, Renamo (both parties of "between the government of ...")
    assert count.loc[0, "n"] == 4 and count.n.dtype.kind == "i"
    iri = kg.sparql(extended, "SELECT ?a WHERE { ?a rdfs:label ?l }", l="Qatar")
    assert iri.a.tolist() == ["kgr:Q846"]
    assert kg.sparql(extended, "SELECT ?l WHERE { ?a rdfs:label ?l }", a=kg.iri("kgr:Q846")).l.tolist() == ["Qatar"]


def test_ask_construct_and_store_source(extended):
    assert kg.sparql(extended, "ASK { ?a kgo:recognises ?b }") is True
    assert kg.sparql(extended.store, "ASK { ?a kgo:no-such-relation ?b }") is False
    frame = kg.sparql(extended, "CONSTRUCT { ?a kgo:recognises ?b } WHERE { ?a kgo:recognises ?b }")
    assert list(frame.columns) == ["subject", "predicate", "object"] and len(frame) == 3
    assert set(frame.predicate) == {"kgo:recognises"}


def test_query_errors(extended, tmp_path):
    with pytest.raises(KGError) as caught:
        kg.sparql(extended, "INSERT DATA { kgr:a kgr:b kgr:c }")
    assert caught.value.code == store_code("Updates are not allowed")
    with pytest.raises(KGError) as caught:
        kg.sparql(extended, "SELECT ?a WHERE { ?a ?b }")
    assert caught.value.code == store_code("SPARQL syntax error")
    query = tmp_path / "count.rq"
    query.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?a kgo:recognises ?b }", encoding="utf-8")
    assert kg.sparql(extended, query).loc[0, "n"] == 3


@pytest.mark.parametrize("query, before", [
    ("SELECT ?a WHERE { ?a ?b ?c }", "SELECT ?a WHERE {"),
    ("SELECT * { ?a ?b ?c }", "SELECT * {"),
    ("CONSTRUCT { ?a ?b ?c } WHERE { ?a ?b ?c }", "CONSTRUCT { ?a ?b ?c } WHERE {"),
    ('ASK { ?a ?b "WHERE {" }', "ASK {"),
    ("# WHERE {\nSELECT ?where WHERE { ?a <http://x/y> ?c }", "# WHERE {\nSELECT ?where WHERE {"),
    ("PREFIX x: <http://x/> SELECT (COUNT(*) AS ?n) WHERE {?a a x:C}", "PREFIX x: <http://x/> SELECT (COUNT(*) AS ?n) WHERE {"),
])
def test_where_clause_is_found(query, before):
    assert query[:api._where_group_start(query)] == before


def test_list_queries():
    queries = kg.list_queries()
    assert {"meetings", "partners", "evidence", "unknown-actors"} <= set(queries.name)
    assert "actor (string)" in queries.set_index("name").loc["partners", "parameters"]


# --------------------------------------------------------------------------- #
# NetworkX, unknown actors, gazetteer extras
# --------------------------------------------------------------------------- #

def test_networkx_views(extended):
    view = kg.networkx_view(extended)
    assert isinstance(view, nx.MultiDiGraph)
    spain = next(n for n, d in view.nodes(data=True) if d["label"] == "Spain")
    assert any(d["relation"] == "recognises" for _, _, d in view.out_edges(spain, data=True))
    assert any(d.get("negated") for _, _, d in view.edges(data=True))
    facts = kg.networkx_view(extended, facts_only=True)
    assert not any(d.get("negated") for _, _, d in facts.edges(data=True))
    assert facts.number_of_edges() < view.number_of_edges()
    simple = extended.networkx(simple=True)
    assert type(simple) is nx.Graph and simple.number_of_nodes() == view.number_of_nodes()
    u, v, data = next(iter(simple.edges(data=True)))
    assert data["weight"] >= 1 and data["relations"]
    from_kg = kg.networkx_view(extended.kg, ontology=extended.ontology)
    assert from_kg.number_of_edges() == view.number_of_edges()
    with pytest.raises(TypeError):
        kg.networkx_view(42)


def test_unknown_actors(plain, extended):
    before = kg.unknown_actors(plain)
    assert list(before.columns) == ["id", "label", "type", "mentions", "articles", "example"]
    assert "unk/person/jan-kowalczyk" in set(before.id)
    after = kg.unknown_actors(extended.path)
    assert "Community of Sant'Egidio" not in set(after.label)
    named = kg.sparql(plain, "unknown-actors")
    assert set(before.label) <= set(named.actor)


def test_write_gazetteer_extra(tmp_path):
    from kg.gazetteer import Gazetteer

    files = kg.write_gazetteer_extra(tmp_path, [
        kg.NewActor("Steve Witkoff", "Person", aliases=("Steven Witkoff",)),
        kg.NewActor("Rosneft", "Organization", acronyms=("RN",)),
        kg.NewActor("Ryazan", "Region", country="Q159"),
        kg.NewActor("Jan Kowalczyk", "Person", id="person/jan-kowalczyk-pl", surname="Kowalczyk"),
    ])
    assert [p.name for p in files] == ["organizations.tsv", "people.tsv", "places.tsv"]
    assert (tmp_path / "people.tsv").read_text(encoding="utf-8").splitlines() == [
        "id\tlabel\tsurname\taliases",
        "person/jan-kowalczyk-pl\tJan Kowalczyk\tKowalczyk\t",
        "person/steve-witkoff\tSteve Witkoff\tWitkoff\tSteven Witkoff",
    ]
    gazetteer = Gazetteer.load(extra_files=files)
    assert gazetteer.lookup("Steven Witkoff").id == "person/steve-witkoff"
    assert gazetteer.lookup("RN").id == "org/rosneft"
    assert gazetteer.get("region/ryazan").country == "Q159"


def test_new_actor_checks_its_fields():
    with pytest.raises(ValueError, match="type"):
        kg.NewActor("Russia", "Country")
    with pytest.raises(ValueError, match="tab"):
        kg.NewActor("A\tB", "Person")
    with pytest.raises(ValueError, match="empty"):
        kg.NewActor(" ", "Person")


def test_minted_ids_do_not_take_an_existing_actor(tmp_path):
    from kg.gazetteer import default_gazetteer

    existing = default_gazetteer().get("person/vladimir-putin")
    [path] = kg.write_gazetteer_extra(tmp_path, [kg.NewActor("Vladimir  Putin", "Person")])
    row = path.read_text(encoding="utf-8").splitlines()[1]
    assert existing is not None and row.startswith("person/vladimir-putin-2\t")


# --------------------------------------------------------------------------- #
# The page
# --------------------------------------------------------------------------- #

def test_show_a_built_graph(extended):
    page = kg.show(extended, height=400)
    assert page.html == (extended.path / "graph.html").read_text(encoding="utf-8")
    frame = page._repr_html_()
    assert frame.startswith('<iframe srcdoc="&lt;!DOCTYPE html&gt;') and 'sandbox="allow-scripts"' in frame
    assert "height: 400px" in frame and "mediates between" in frame and "<script" not in frame
    assert kg.show(extended.path).html == page.html
    assert kg.show(extended.path / "graph.html").html == page.html
    assert kg.show(page.html).html == page.html


def test_show_a_view_and_save_it(extended, tmp_path):
    view = extended.networkx()
    sub = view.edge_subgraph([(u, v, k) for u, v, k, d in view.edges(keys=True, data=True)
                              if d["relation"] == "recognises"])
    page = kg.show(sub, title="Recognition <2024>")
    assert "recognises" in page.html and "Recognition &lt;2024&gt;" in page.html
    saved = page.save(tmp_path / "page.html")
    assert saved.read_text(encoding="utf-8") == page.html
    assert "Page:" in repr(page)


CHROMIUM = Path("/usr/bin/chromium")


@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed")
def test_inline_page_renders_in_a_sandboxed_frame(extended, tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api")
    host = tmp_path / "notebook.html"
    host.write_text("<!DOCTYPE html><html><body><p>a notebook</p>" + kg.show(extended)._repr_html_()
                    + "</body></html>", encoding="utf-8")
    errors: list[str] = []
    requests: list[str] = []
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM),
                                             args=["--headless", "--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page()
            page.on("console", lambda m: errors.append(m.text) if m.type in ("error", "warning") else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("request", lambda r: requests.append(r.url))
            page.goto(host.as_uri())
            frame = page.frames[1]
            frame.wait_for_selector("body[data-kg-ready]", state="attached", timeout=30_000)
            relations = frame.evaluate("kg.edges.get().map(e => e.info.relation)")
        finally:
            browser.close()
    assert "mediates-between" in relations and "recognises" in relations
    assert errors == [] and requests == [host.as_uri()]


def test_rebuild_closes_open_stores_of_its_folder(corpus, tmp_path):
    first = kg.rebuild([corpus], tmp_path / "out", quiet=True)
    assert kg.sparql(first, "ASK { ?a rdfs:label 'Volodymyr Zelensky' }") is True  # the store is open now
    assert first._store is not None
    second = kg.rebuild([corpus], tmp_path / "out", quiet=True, ontology_files=[MEDIATION])
    assert first._store is None  # released before the build swapped the store
    assert kg.sparql(second, "ASK { ?a kgo:mediates-between ?b }") is True
    assert kg.sparql(first, "ASK { ?a kgo:mediates-between ?b }") is True  # reopened: the new store
    assert kg.sparql(str(tmp_path / "out"), "evidence", subject="Qatar", relation="mediates-between",
                     object="Israel").shape[0] == 1


def test_graph_ontology(extended, plain):
    assert sorted(set(kg.graph_ontology(extended.path).relations) - set(plain.ontology.relations)) == [
        "mediates-between", "recognises"]
    assert kg.graph_ontology(plain.path) is kg.load_ontology()  # the cached core


def test_a_folder_of_extensions(tmp_path):
    assert kg.validate_ontology_extension(EXTENSIONS) == []
    onto = kg.extend_ontology(EXTENSIONS)
    assert {"mediates-between", "recognises"} <= set(onto.relations)
    [missing] = kg.validate_ontology_extension(tmp_path)
    assert missing.kind == "missing-file"
