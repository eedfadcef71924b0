"""Minted actor ids: one slug function for every place that mints them.

>>> slugify("José Ramos-Horta")
'jose-ramos-horta'
>>> slugify("???", default="actor")
'actor'
"""
from __future__ import annotations

import re
import unicodedata


def slugify(text: str, default: str = "x") -> str:
    """Lower-case ASCII words joined by hyphens; accents are folded, not dropped."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-") or default
