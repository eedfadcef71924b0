"""`kg build` with the store: --append, replacing an article, interrupted builds."""
from __future__ import annotations

import json

import pytest

import kg.build as build_module
from kg.build import build
from kg.store import open_store
from tests.conftest import SAMPLE_DIR

FILES = ("triples.jsonl", "graph.ttl", "graph.html")

SECOND = """---
title: Russia strikes Ukraine
date: 2025-10-14
---
Russia attacked Ukraine on Tuesday. Ukrainian President Volodymyr Zelensky accused Russia of targeting power plants.
"""


def snapshot(folder):
    """Every file under ``folder`` (the store's files included), by relative path."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def docs_of(out):
    return {json.loads(line)["doc"] for line in (out / "triples.jsonl").read_text(encoding="utf-8").splitlines()}


def test_append_of_the_same_article_changes_nothing(sample_copy, sample_out):
    before = len(open_store(sample_out))
    report = build([SAMPLE_DIR], sample_copy, progress=False, append=True)
    assert report.appended_to == 1 and report.total_articles == 1
    assert len(open_store(sample_copy)) == before
    for name in FILES:
        assert (sample_copy / name).read_bytes() == (sample_out / name).read_bytes(), name
    assert not [p for p in sample_copy.iterdir() if p.name.startswith(".")]


def test_append_equals_building_everything_at_once(sample_copy, tmp_path):
    second = tmp_path / "in" / "russia-strikes.txt"
    second.parent.mkdir()
    second.write_text(SECOND, encoding="utf-8")
    report = build([second], sample_copy, progress=False, append=True)
    assert report.total_articles == 2
    assert docs_of(sample_copy) == {"putin-kim-beijing", "russia-strikes"}
    together = tmp_path / "together"
    build([SAMPLE_DIR, second], together, progress=False)
    for name in ("triples.jsonl", "graph.ttl"):
        assert (sample_copy / name).read_bytes() == (together / name).read_bytes(), name
    assert len(open_store(sample_copy)) == len(open_store(together))


def test_reingesting_an_article_replaces_its_assertions(tmp_path):
    source = tmp_path / "in" / "story.txt"
    source.parent.mkdir()
    source.write_text("---\ndate: 2025-10-14\n---\nRussia attacked Ukraine on Tuesday.\n", encoding="utf-8")
    out = tmp_path / "out"
    build([source], out, progress=False)
    assert any(json.loads(l)["relation"] == "attacks" for l in (out / "triples.jsonl").read_text().splitlines())
    source.write_text("---\ndate: 2025-10-15\n---\nChina criticized the United States on Wednesday.\n",
                      encoding="utf-8")
    build([source], out, progress=False, append=True)
    records = [json.loads(l) for l in (out / "triples.jsonl").read_text().splitlines()]
    assert records and {r["relation"] for r in records} == {"criticizes"}
    assert {r["date"] for r in records} == {"2025-10-15"}


@pytest.mark.parametrize("where", ["write_html", "write_store"])
@pytest.mark.parametrize("append", [False, True])
def test_interrupted_build_leaves_the_previous_graph(sample_copy, monkeypatch, where, append):
    before = snapshot(sample_copy)

    def boom(*args, **kwargs):
        raise KeyboardInterrupt

    if where == "write_store":
        import kg.store as store_module

        real = store_module.write_store

        def half_written(quads, path):
            real(list(quads)[:10], path)  # part of the new store exists when the build dies
            raise KeyboardInterrupt

        monkeypatch.setattr(store_module, "write_store", half_written)
    else:
        monkeypatch.setattr(build_module, "write_html", boom)
    with pytest.raises(KeyboardInterrupt):
        build([SAMPLE_DIR], sample_copy, progress=False, append=append)
    assert snapshot(sample_copy) == before
    assert sorted(p.name for p in sample_copy.iterdir()) == ["build.json", "graph.html", "graph.ttl", "store", "triples.jsonl"]


def test_append_to_an_empty_folder_is_a_normal_build(tmp_path, sample_out):
    out = tmp_path / "new"
    build([SAMPLE_DIR], out, progress=False, append=True)
    assert (out / "triples.jsonl").read_bytes() == (sample_out / "triples.jsonl").read_bytes()


def test_append_to_an_output_without_store_reads_triples_jsonl(sample_copy, sample_out):
    import shutil

    shutil.rmtree(sample_copy / "store")
    build([SAMPLE_DIR], sample_copy, progress=False, append=True)
    assert (sample_copy / "triples.jsonl").read_bytes() == (sample_out / "triples.jsonl").read_bytes()
    assert len(open_store(sample_copy)) == len(open_store(sample_out))
