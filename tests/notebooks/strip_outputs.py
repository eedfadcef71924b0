"""Strip outputs from notebooks before committing them.

    python tests/notebooks/strip_outputs.py notebooks/*.ipynb          # rewrite in place
    python tests/notebooks/strip_outputs.py --check notebooks/*.ipynb  # exit 1 if any has outputs

Removes every code cell's outputs, execution count and execution metadata,
and notebook metadata other than the kernel spec and language info (without
the Python version, which differs from machine to machine). Cell ids
and sources are kept, so a stripped notebook only changes where its code or
text changed. ``test_notebooks.py`` fails while a committed notebook has
outputs.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import nbformat

KEEP_NOTEBOOK_METADATA = ("kernelspec", "language_info")
DROP_CELL_METADATA = ("execution", "collapsed", "scrolled", "ExecuteTime")


def strip(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """``nb`` without outputs (changed in place, and returned)."""
    nb.metadata = nbformat.NotebookNode({key: nb.metadata[key] for key in KEEP_NOTEBOOK_METADATA
                                         if key in nb.metadata})
    nb.metadata.get("language_info", {}).pop("version", None)
    for cell in nb.cells:
        for key in DROP_CELL_METADATA:
            cell.metadata.pop(key, None)
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    return nb


def stripped_text(path: Path) -> str:
    nb = nbformat.read(path, as_version=4)
    text = nbformat.writes(strip(nb), version=4)
    return text if text.endswith("\n") else text + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="+", type=Path)
    parser.add_argument("--check", action="store_true", help="only report notebooks that have outputs")
    args = parser.parse_args(argv)
    dirty = []
    for path in args.notebooks:
        text = stripped_text(path)
        if text != path.read_text(encoding="utf-8"):
            dirty.append(path)
            if not args.check:
                path.write_text(text, encoding="utf-8", newline="\n")
    for path in dirty:
        print(f"{'has outputs' if args.check else 'stripped'}: {path}")
    return 1 if args.check and dirty else 0


if __name__ == "__main__":
    sys.exit(main())
