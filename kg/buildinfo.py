"""``build.json``: the record, next to ``graph.ttl``, of what a graph was built from.

It lists the inputs, the model and every ontology extension and gazetteer file
with its SHA-256, and is tied to the ``triples.jsonl`` it describes by that
file's SHA-256, so a later build that does not rewrite it makes it stale.
``kg.build`` writes it inside the build's output transaction; ``kg.api``
reads it to reload a graph with the ontology it was built with.
"""
from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Union

__all__ = ["BUILD_INFO", "build_info_json", "read_build_info", "file_sha256"]

PathLike = Union[str, os.PathLike]

#: The file, next to ``graph.ttl``, that records what a graph was built from.
BUILD_INFO = "build.json"


def build_info_json(triples: str | bytes, *, inputs: Sequence[PathLike] = (),
                    ontology_files: Sequence[PathLike] = (), gazetteer_files: Sequence[PathLike] = (),
                    model: str | None = None, previous: Mapping[str, Any] | None = None) -> str:
    """The text of ``build.json`` for a build whose ``triples.jsonl`` is ``triples``.

    Paths are kept as given; each extension and gazetteer file comes with its
    SHA-256, and ``triples_sha256`` ties the record to the ``triples.jsonl``
    it describes (a later build that does not rewrite ``build.json`` makes it
    stale, and :func:`read_build_info` then ignores it). ``previous`` (the
    record of the graph an ``--append`` build added to) keeps its inputs and
    files in front of the new ones. Nothing depends on the time or the
    machine, so the same build gives the same file.
    """
    from kg import __version__

    previous = previous or {}

    def files(paths: Sequence[PathLike], key: str) -> list[dict[str, str]]:
        entries = list(previous.get(key, []))
        for path in paths:
            entry = {"path": str(path), "sha256": file_sha256(Path(path))}
            if entry not in entries:
                entries.append(entry)
        return entries

    data = triples.encode("utf-8") if isinstance(triples, str) else triples
    info = {
        "kg_version": __version__,
        "inputs": list(dict.fromkeys([*previous.get("inputs", []), *map(str, inputs)])),
        "model": model or "en_core_web_sm",
        "ontology_files": files(ontology_files, "ontology_files"),
        "gazetteer_files": files(gazetteer_files, "gazetteer_files"),
        "triples_sha256": hashlib.sha256(data).hexdigest(),
    }
    return json.dumps(info, indent=2, ensure_ascii=False) + "\n"


def read_build_info(out: PathLike) -> dict[str, Any]:
    """``out/build.json`` as a dict; ``{}`` when it is missing, unreadable or stale."""
    out = Path(out)
    try:
        info = json.loads((out / BUILD_INFO).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    triples = out / "triples.jsonl"
    if not isinstance(info, dict) or not triples.is_file() or info.get("triples_sha256") != file_sha256(triples):
        return {}
    return info


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file, read in blocks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
