"""Fixtures for the command tests: the sample output folder and a `kg` runner (real processes)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, SAMPLE_DIR


@pytest.fixture(scope="session")
def sample_out(tmp_path_factory, nlp) -> Path:
    from kg.build import build

    out = tmp_path_factory.mktemp("cmd-sample") / "output"
    build([SAMPLE_DIR], out, progress=False)
    return out


@pytest.fixture(scope="session")
def kg():
    """kg(*args) -> CompletedProcess of `python -m kg.cli ARGS`."""

    def run(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True,
                              cwd=REPO, timeout=timeout, encoding="utf-8")

    return run
