"""Fixtures for the input readers and atomic output tests."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from kg.io.readers import iter_articles
from kg.model import Article


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, str | bytes], Path]:
    """Create a file under tmp_path (parents included) from text (UTF-8, newlines as given) or bytes."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return path

    return _write


@pytest.fixture
def read() -> Callable[..., tuple[list[Article], list[str]]]:
    """Read paths with iter_articles; return (articles, problem messages)."""

    def _read(*paths: Path | str) -> tuple[list[Article], list[str]]:
        problems: list[str] = []
        articles = list(iter_articles(list(paths), on_problem=problems.append))
        return articles, problems

    return _read


@pytest.fixture
def snapshot() -> Callable[[Path], dict[str, bytes]]:
    """Every file below a folder (hidden ones included) with its bytes, keyed by relative path."""

    def _snapshot(folder: Path) -> dict[str, bytes]:
        return {p.relative_to(folder).as_posix(): p.read_bytes()
                for p in sorted(folder.rglob("*")) if p.is_file()}

    return _snapshot
