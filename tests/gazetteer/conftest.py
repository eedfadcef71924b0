"""Shared fixtures for the gazetteer tests.

The raw sources live outside the repository, in ``../shared`` relative to the repository root
(CI provides it there). Tests that need them are skipped when it is absent.
"""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from kg.gazetteer import DATA_DIR, Gazetteer, default_gazetteer

REPO_ROOT = Path(__file__).resolve().parents[2]
SHARED_DIR = REPO_ROOT.parent / "shared"
RAW_DIR = SHARED_DIR / "data" / "gazetteer" / "raw"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA_DIR


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not RAW_DIR.is_dir():
        pytest.skip(f"shared raw data not found at {RAW_DIR}")
    return SHARED_DIR


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    return default_gazetteer()


def read_rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


@pytest.fixture(scope="session")
def tables(data_dir: Path) -> dict[str, list[dict[str, str]]]:
    return {p.name: read_rows(p) for p in sorted(data_dir.glob("*.tsv"))}
