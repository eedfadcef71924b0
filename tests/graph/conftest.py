"""Fixtures for the RDF view tests: hand-made assertions, no spaCy."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import Assertion

ACTORS = {
    "Q159": ("Russia", "Country"), "Q423": ("North Korea", "Country"), "Q30": ("United States", "Country"),
    "Q212": ("Ukraine", "Country"), "person/vladimir-putin": ("Vladimir Putin", "Person"),
    "person/kim-jong-un": ("Kim Jong Un", "Person"), "unk/person/ivan-petrov": ("Ivan Petrov", "Person"),
}


def assertion(doc: str, subject: str, relation: str, obj: str, *, start: int = 0, date: str | None = "2025-09-03",
              negated: bool = False, modality: str = "asserted", attributed_to: str | None = None,
              confidence: float = 0.9, rule: str = "test", sentence: str | None = None) -> Assertion:
    s_label, s_type = ACTORS[subject]
    o_label, o_type = ACTORS[obj]
    text = sentence or f"{s_label} {relation} {o_label}."
    return Assertion(doc, s_label, subject, s_type, relation, o_label, obj, o_type, text, start,
                     start + len(text), negated=negated, modality=modality, attributed_to=attributed_to,
                     confidence=confidence, date=date, rule=rule)


@pytest.fixture
def make() -> Callable[..., Assertion]:
    """make(doc, subject_id, relation, object_id, **fields) -> Assertion."""
    return assertion
