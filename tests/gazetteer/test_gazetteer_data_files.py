"""Every data file parses with the declared columns, is sorted, unique and cleanly formatted."""
from __future__ import annotations

import re

import pytest

from kg.gazetteer import FILE_COLUMNS

DATA_FILES = sorted(FILE_COLUMNS)


@pytest.mark.parametrize("name", DATA_FILES)
def test_file_format(data_dir, name):
    path = data_dir / name
    raw = path.read_bytes()
    text = raw.decode("utf-8")                       # valid UTF-8
    assert "\r" not in text and text.endswith("\n") and not text.endswith("\n\n")
    lines = text[:-1].split("\n")
    assert tuple(lines[0].split("\t")) == FILE_COLUMNS[name]
    body = lines[1:]
    assert body, f"{name} is empty"
    assert body == sorted(body), f"{name} is not sorted"
    assert len(body) == len(set(body)), f"{name} has duplicate rows"
    width = len(FILE_COLUMNS[name])
    for line in body:
        cells = line.split("\t")
        assert len(cells) == width, f"{name}: {line!r}"
        for cell in cells:
            assert cell == cell.strip(), f"{name}: whitespace around {cell!r}"
            assert "||" not in cell and not cell.startswith("|") and not cell.endswith("|"), f"{name}: {cell!r}"


def test_no_unexpected_files(data_dir):
    assert sorted(p.name for p in data_dir.glob("*.tsv")) == DATA_FILES


def test_ids_unique_and_well_formed(tables):
    ids = []
    for name in ("countries.tsv", "places.tsv", "organizations.tsv", "leaders.tsv"):
        ids += [r["id"] for r in tables[name]]
    assert len(ids) == len(set(ids))
    for i in ids:
        assert re.fullmatch(r"Q\d+|(person|city|region|org)/[a-z0-9]+(-[a-z0-9]+)*", i), i


def test_references_resolve(tables):
    ids = {r["id"] for name in ("countries.tsv", "places.tsv", "organizations.tsv", "leaders.tsv")
           for r in tables[name]}
    countries = {r["id"] for r in tables["countries.tsv"]}
    for r in tables["countries.tsv"]:
        assert not r["capital"] or r["capital"] in ids
    for r in tables["places.tsv"]:
        assert not r["country"] or r["country"] in countries
        assert r["type"] in ("City", "Region")
    for r in tables["seats.tsv"]:
        assert r["actor"] in ids
    for r in tables["demonyms.tsv"]:
        assert r["country"] in countries
    for r in tables["regional_groups.tsv"]:
        members = r["members"].split("|")
        assert len(members) >= 2 and set(members) <= countries, r
    for r in tables["roles.tsv"]:
        assert r["person"] in ids and r["person"].startswith("person/")
        assert r["of"] in ids
    for r in tables["effective_offices.tsv"]:
        assert r["country"] in ids


def test_roles_well_formed(tables):
    offices = {"head_of_state", "head_of_government", "foreign_minister", "defence_minister", "secretary_general",
               "vice_president", "government", "military"}
    for r in tables["roles.tsv"]:
        assert r["office"] in offices
        assert r["effective"] in ("yes", "no")
        assert r["title"]
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["start"]), r
        assert r["end"] == "" or (re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["end"]) and r["end"] > r["start"]), r
        assert set(r["source"].split("+")) <= {"curated", "factbook", "reign", "phoenix"}


def test_role_titles(tables):
    titles = {r["title"]: r["office"] for r in tables["role_titles.tsv"]}
    assert titles["president"] == "head_of_state"
    assert titles["prime minister"] == titles["premier"] == titles["chancellor"] == "head_of_government"
    for t in ("king", "queen", "emperor", "emir", "supreme leader"):
        assert titles[t] == "head_of_state"
    assert titles["leader"] == "effective"
    assert titles["foreign minister"] == titles["foreign secretary"] == titles["secretary of state"] == "foreign_minister"
    assert titles["defence minister"] == titles["defense secretary"] == "defence_minister"
    assert titles["secretary-general"] == "secretary_general"
    assert all(t == t.lower() for t in titles)
