"""kg.io.atomic: single files written atomically, and all-or-nothing output folders."""
from __future__ import annotations

import os
import stat

import pytest

from kg.errors import KGError
from kg.io import atomic
from kg.io.atomic import STAGING_PREFIX, OutputTransaction, atomic_write_bytes, atomic_write_text


# --------------------------------------------------------------------------- #
# atomic_write_*
# --------------------------------------------------------------------------- #
def test_atomic_write_text_creates_and_replaces(tmp_path):
    target = tmp_path / "sub" / "graph.ttl"
    atomic_write_text(target, "first \u201cquoted\u201d\r\n")
    assert target.read_bytes() == "first \u201cquoted\u201d\r\n".encode()
    atomic_write_text(target, "second\n")
    assert target.read_text(encoding="utf-8") == "second\n"
    assert sorted(p.name for p in target.parent.iterdir()) == ["graph.ttl"]  # no temp files left


def test_atomic_write_uses_normal_permissions(tmp_path):
    old = os.umask(0o022)
    try:
        atomic_write_bytes(tmp_path / "f.bin", b"\x00\x01")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "f.bin").stat().st_mode) == 0o644


def test_failed_replace_leaves_target_and_no_temp_file(tmp_path, monkeypatch):
    target = tmp_path / "stats.json"
    target.write_bytes(b"old")

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic.os, "replace", refuse)
    with pytest.raises(KGError) as info:
        atomic_write_text(target, "new")
    assert info.value.code == "E401"
    assert "Permission denied" in str(info.value)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["stats.json"]


def test_unwritable_location_raises_e401(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(KGError) as info:
        atomic_write_text(blocker / "out.txt", "x")
    assert info.value.code == "E401" and str(blocker) in str(info.value)


# --------------------------------------------------------------------------- #
# OutputTransaction
# --------------------------------------------------------------------------- #
def test_transaction_publishes_staged_files(tmp_path, snapshot):
    out = tmp_path / "output"
    out.mkdir()
    (out / "keep.txt").write_bytes(b"not part of this build")
    (out / "graph.ttl").write_bytes(b"old graph")
    with OutputTransaction(out) as tx:
        staged = tx.path("graph.ttl")
        assert staged.parent.parent == out and staged.parent.name.startswith(STAGING_PREFIX)
        staged.write_text("new graph")
        tx.write_text("html/index.html", "<html></html>")
        tx.write_bytes("triples.jsonl", b"{}\n")
        assert (out / "graph.ttl").read_bytes() == b"old graph"  # nothing published yet
    assert snapshot(out) == {
        "graph.ttl": b"new graph",
        "html/index.html": b"<html></html>",
        "keep.txt": b"not part of this build",
        "triples.jsonl": b"{}\n",
    }


def test_transaction_creates_missing_out_dir(tmp_path):
    out = tmp_path / "deep" / "output"
    with OutputTransaction(out) as tx:
        tx.write_text("a.txt", "a")
    assert (out / "a.txt").read_text() == "a"
    assert [p.name for p in out.iterdir()] == ["a.txt"]


def test_exception_leaves_existing_out_dir_byte_identical(tmp_path, snapshot):
    out = tmp_path / "output"
    (out / "html").mkdir(parents=True)
    (out / "graph.ttl").write_bytes(b"old graph \xe2\x80\x9c")
    (out / "html" / "index.html").write_bytes(b"<p>old</p>")
    before = snapshot(out)
    mtimes = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}

    with pytest.raises(RuntimeError, match="extraction failed"):
        with OutputTransaction(out) as tx:
            tx.write_text("graph.ttl", "half a graph")
            tx.write_text("html/index.html", "new page")
            tx.write_text("new.txt", "new")
            raise RuntimeError("extraction failed")

    assert snapshot(out) == before
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()} == mtimes
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no staging folder behind


def test_exception_removes_out_dir_it_created(tmp_path):
    out = tmp_path / "fresh"
    with pytest.raises(KeyboardInterrupt):
        with OutputTransaction(out) as tx:
            tx.write_text("a.txt", "a")
            raise KeyboardInterrupt
    assert not out.exists()


def test_kg_error_inside_transaction_propagates_unchanged(tmp_path):
    with pytest.raises(KGError) as info:
        with OutputTransaction(tmp_path / "out"):
            raise KGError("custom {x}", x=1)
    assert str(info.value) == "[E000] custom 1"


def test_unwritable_out_dir_raises_e401(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(KGError) as info:
        with OutputTransaction(blocker):
            pass
    assert info.value.code == "E401"
    with pytest.raises(KGError) as info:
        with OutputTransaction(blocker / "below"):
            pass
    assert info.value.code == "E401"
    assert blocker.read_text() == "x"


def test_publish_failure_raises_e401_and_cleans_staging(tmp_path):
    out = tmp_path / "out"
    (out / "graph.ttl").mkdir(parents=True)  # a folder where a file should go
    with pytest.raises(KGError) as info:
        with OutputTransaction(out) as tx:
            tx.write_text("graph.ttl", "x")
    assert info.value.code == "E401"
    assert sorted(p.name for p in out.iterdir()) == ["graph.ttl"]


@pytest.mark.parametrize("name", ["../escape.txt", "/abs.txt", "a/../../b.txt", ""])
def test_staging_names_must_stay_inside(tmp_path, name):
    with OutputTransaction(tmp_path / "out") as tx:
        with pytest.raises(ValueError):
            tx.path(name)


def test_path_outside_the_with_block_is_an_error(tmp_path):
    tx = OutputTransaction(tmp_path / "out")
    with pytest.raises(RuntimeError):
        tx.path("a.txt")
    with tx:
        pass
    with pytest.raises(RuntimeError):
        tx.path("a.txt")
