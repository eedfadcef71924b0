"""Plain data types shared by every stage: articles in, assertions out.

These are deliberately small, frozen dataclasses with no behaviour beyond
(de)serialisation, so that extraction stays a pure function
``Article -> list[Assertion]`` that can run in any worker process.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Modality = Literal["asserted", "reported", "alleged", "intended", "hypothetical"]
MODALITIES: tuple[str, ...] = ("asserted", "reported", "alleged", "intended", "hypothetical")


@dataclass(frozen=True)
class Article:
    """One news article.

    ``id`` is the document id (file name without extension, or the ``id``
    field of a JSONL line); ``date`` is an ISO 8601 date string or None.
    ``source`` names the file (and line) it came from, for messages.
    """

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class Assertion:
    """One extracted subject–relation–object assertion: a line of ``triples.jsonl``.

    The field order is the published contract of ``triples.jsonl``.
    """

    doc: str
    subject: str
    subject_id: str
    subject_type: str
    relation: str
    object: str
    object_id: str
    object_type: str
    sentence: str
    start_char: int
    end_char: int
    negated: bool = False
    modality: str = "asserted"
    attributed_to: str | None = None
    confidence: float = 1.0
    date: str | None = None
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Assertion":
        names = cls.__dataclass_fields__.keys()
        return cls(**{k: data[k] for k in names if k in data})

    def sort_key(self) -> tuple:
        return (self.doc, self.start_char, self.subject_id, self.relation, self.object_id,
                self.negated, self.modality, self.rule)
