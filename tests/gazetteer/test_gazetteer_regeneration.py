"""The committed data files are exactly what the build script produces from ../shared."""
from __future__ import annotations

import subprocess
import sys

from kg.gazetteer import FILE_COLUMNS


def test_build_reproduces_committed_files(repo_root, shared_dir, data_dir, tmp_path):
    out = tmp_path / "data"
    proc = subprocess.run([sys.executable, str(repo_root / "scripts" / "build_gazetteer.py"),
                           "--shared", str(shared_dir), "--out", str(out)],
                          cwd=repo_root, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    produced = sorted(p.name for p in out.glob("*.tsv"))
    assert produced == sorted(FILE_COLUMNS)
    for name in produced:
        assert (out / name).read_bytes() == (data_dir / name).read_bytes(), \
            f"{name} differs from a fresh build: run scripts/build_gazetteer.py and commit the result"
