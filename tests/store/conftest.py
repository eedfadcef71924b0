"""Fixtures for the store tests: the sample built once, and small hand-made graphs."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import SAMPLE_DIR


@pytest.fixture(scope="session")
def sample_out(tmp_path_factory, nlp) -> Path:
    """The sample article built with `kg build` (read-only for tests: copy it to change it)."""
    from kg.build import build

    out = tmp_path_factory.mktemp("sample") / "output"
    build([SAMPLE_DIR], out, progress=False)
    return out


@pytest.fixture
def sample_copy(sample_out, tmp_path) -> Path:
    """A private copy of the sample output folder."""
    target = tmp_path / "output"
    shutil.copytree(sample_out, target)
    return target


@pytest.fixture(scope="session")
def sample_store(sample_out):
    from kg.store import open_store

    return open_store(sample_out)
