"""``python -m kg.evaluation``: the same as ``python -m kg.evaluation.devsets``."""
from __future__ import annotations

from kg.evaluation.devsets.__main__ import main

if __name__ == "__main__":
    raise SystemExit(main())
