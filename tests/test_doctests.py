"""The runnable examples in the library's docstrings stay true.

Examples marked ``# doctest: +SKIP`` need files or a server and are read, not run.
"""
from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest

KG = Path(__file__).resolve().parents[1] / "kg"
MODULES = sorted(
    ".".join(path.relative_to(KG.parent).with_suffix("").parts).removesuffix(".__init__")
    for path in KG.rglob("*.py") if ">>>" in path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} docstring example(s) of {name} failed (run python -m doctest -v)"
