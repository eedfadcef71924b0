"""Gold annotations and predictions in one common form, and the label normalisation.

The common gold form is the one of ``../shared/eval/gold/*.jsonl``: one JSON
object per line with ``doc``, ``tier`` (``"must"`` or ``"ok"``) and
``subject`` / ``relation`` / ``object`` as lists of acceptable values, plus
optional ``evidence`` and an optional category field (``category``,
``categories``, ``phenomenon`` or ``phenomena``; a string or a list). The dev-set
adapters (:mod:`kg.evaluation.devsets`) produce the same form in memory.

Predictions are lines of ``triples.jsonl`` (see :class:`kg.model.Assertion`),
:class:`~kg.model.Assertion` objects, or plain dicts with at least ``doc``,
``subject``, ``relation`` and ``object``.

Label normalisation (:func:`normalize_label`) follows the reference scorer
``../shared/eval/score.py`` step by step: lower case; typographic apostrophe to
``'``; a final ``'s`` dropped; every character that is neither a word
character, white space nor ``-`` replaced by a space; runs of white space
collapsed and the ends stripped; a leading ``the `` dropped; finally the
alias table maps a variant to its canonical form.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Union

from kg.model import Assertion

__all__ = [
    "Gold",
    "GoldItem",
    "PathLike",
    "find_aliases",
    "load_aliases",
    "load_gold",
    "load_predictions",
    "normalize_label",
    "read_jsonl",
]

PathLike = Union[str, Path]

#: Fields a gold line may use to name its category or linguistic phenomenon.
CATEGORY_FIELDS = ("category", "categories", "phenomenon", "phenomena")
TIERS = ("must", "ok")

_FINAL_POSSESSIVE = re.compile(r"'s$")
_NOT_LABEL_CHAR = re.compile(r"[^\w\s-]")
_SPACES = re.compile(r"\s+")
_LEADING_THE = re.compile(r"^the ")


# --------------------------------------------------------------------------- #
# Normalisation and aliases
# --------------------------------------------------------------------------- #


def normalize_label(label: object, aliases: Mapping[str, str] | None = None) -> str:
    """The comparable form of an actor label (see the module docstring).

    >>> normalize_label("The U.S.", {"u s": "united states"})
    'united states'
    >>> normalize_label("Russia\u2019s")
    'russia'
    """
    text = str(label).lower().replace("\u2019", "'")
    text = _FINAL_POSSESSIVE.sub("", text)
    text = _NOT_LABEL_CHAR.sub(" ", text)
    text = _SPACES.sub(" ", text).strip()
    text = _LEADING_THE.sub("", text)
    if aliases:
        return aliases.get(text, text)
    return text


def load_aliases(path: PathLike | None) -> dict[str, str]:
    """Read an alias table: ``canonical<TAB>variant|variant`` per line.

    Blank lines and lines starting with ``#`` are skipped. Keys and values are
    normalised (without aliases); the canonical form maps to itself. A later
    line wins over an earlier one for the same key. A missing file (or None)
    gives an empty table, as in the reference scorer.
    """
    table: dict[str, str] = {}
    if path is None:
        return table
    path = Path(path)
    if not path.is_file():
        return table
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        canonical, _, variants = line.partition("\t")
        key = normalize_label(canonical)
        table[key] = key
        for variant in variants.split("|"):
            if variant.strip():
                table[normalize_label(variant)] = key
    return table


def find_aliases(gold_path: PathLike) -> Path | None:
    """The ``aliases.tsv`` that belongs to a gold file or folder, if any.

    Looked for in the folder itself (for a folder), then in the parent and the
    grandparent of the path: ``eval/gold/x.jsonl`` and ``eval/gold`` both find
    ``eval/aliases.tsv``, the table the reference scorer uses by default.
    """
    path = Path(gold_path)
    candidates = [path] if path.is_dir() else []
    candidates += [path.parent, path.parent.parent]
    for folder in candidates:
        table = folder / "aliases.tsv"
        if table.is_file():
            return table
    return None


# --------------------------------------------------------------------------- #
# JSONL
# --------------------------------------------------------------------------- #


def read_jsonl(path: PathLike) -> Iterator[dict[str, Any]]:
    """The objects of a ``.jsonl`` file, or of every ``*.jsonl`` in a folder (name order).

    Blank lines are skipped. A line that is not JSON raises ``ValueError``
    naming the file and line.
    """
    path = Path(path)
    if not path.exists():
        raise ValueError(f"Gold or prediction path not found: {path}. Pass an existing .jsonl file or folder.")
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    for file in files:
        for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as err:
                raise ValueError(f"{file}:{number}: not JSON ({err}). Fix or delete that line.") from None


# --------------------------------------------------------------------------- #
# Gold
# --------------------------------------------------------------------------- #


def _as_tuple(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, (str, int, float)):
        return (str(value),)
    return tuple(str(v) for v in value)


@dataclass(frozen=True)
class GoldItem:
    """One gold line: any subject x any relation x any object is acceptable.

    ``categories`` are the categories given on the line itself (see
    :data:`CATEGORY_FIELDS`); derived categories are added at scoring time
    (:mod:`kg.evaluation.categories`).
    """

    doc: str
    tier: str
    subject: tuple[str, ...]
    relation: tuple[str, ...]
    object: tuple[str, ...]
    evidence: str = ""
    categories: tuple[str, ...] = ()
    raw: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False, repr=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "GoldItem":
        missing = [k for k in ("doc", "tier", "subject", "relation", "object") if k not in data]
        if missing:
            raise ValueError(f"gold line {dict(data)!r} lacks {', '.join(missing)}; each gold line needs "
                             f"doc, tier, subject, relation and object.")
        categories: list[str] = []
        for name in CATEGORY_FIELDS:
            for value in _as_tuple(data.get(name)):
                if value and value not in categories:
                    categories.append(value)
        return cls(
            doc=str(data["doc"]),
            tier=str(data["tier"]),
            subject=_as_tuple(data["subject"]),
            relation=_as_tuple(data["relation"]),
            object=_as_tuple(data["object"]),
            evidence=str(data.get("evidence") or ""),
            categories=tuple(categories),
            raw=dict(data),
        )

    def to_dict(self) -> dict[str, Any]:
        if self.raw:
            return dict(self.raw)
        out: dict[str, Any] = {"doc": self.doc, "tier": self.tier, "subject": list(self.subject),
                               "relation": list(self.relation), "object": list(self.object)}
        if self.evidence:
            out["evidence"] = self.evidence
        if self.categories:
            out["category"] = list(self.categories)
        return out

    @property
    def primary_relation(self) -> str:
        """The first acceptable relation: the one a gold line is counted under per relation."""
        return self.relation[0] if self.relation else ""


@dataclass
class Gold:
    """Gold lines plus the set of documents that are scored.

    ``docs=None`` means "the documents that have gold lines", the reference
    scorer's rule. A dev-set adapter may list more documents (say, PETRARCH
    sentences that code no event): every prediction there is then a false
    positive.
    """

    items: list[GoldItem]
    docs: frozenset[str] | None = None
    source: str = ""

    def scored_docs(self) -> list[str]:
        docs = set(self.docs) if self.docs is not None else set()
        docs.update(item.doc for item in self.items)
        return sorted(docs)

    def by_doc(self) -> dict[str, list[GoldItem]]:
        out: dict[str, list[GoldItem]] = {doc: [] for doc in self.scored_docs()}
        for item in self.items:
            out[item.doc].append(item)
        return out

    def to_jsonl(self) -> str:
        return "".join(json.dumps(item.to_dict(), ensure_ascii=False) + "\n" for item in self.items)


def load_gold(source: "Gold | PathLike | Iterable[Mapping[str, Any] | GoldItem]") -> Gold:
    """A :class:`Gold` from a file or folder of JSONL, an iterable of dicts, or a Gold (returned as is)."""
    if isinstance(source, Gold):
        return source
    if isinstance(source, (str, Path)):
        return Gold([GoldItem.from_dict(line) for line in read_jsonl(source)], source=str(source))
    items = [x if isinstance(x, GoldItem) else GoldItem.from_dict(x) for x in source]
    return Gold(items)


# --------------------------------------------------------------------------- #
# Predictions
# --------------------------------------------------------------------------- #


def load_predictions(source: "PathLike | Iterable[Assertion | Mapping[str, Any]]") -> list[dict[str, Any]]:
    """Prediction lines as dicts, from ``triples.jsonl``, Assertions or dicts."""
    if isinstance(source, (str, Path)):
        rows = list(read_jsonl(source))
    else:
        rows = [x.to_dict() if isinstance(x, Assertion) else dict(x) for x in source]
    for row in rows:
        missing = [k for k in ("subject", "relation", "object") if k not in row]
        if missing:
            raise ValueError(f"prediction {row!r} lacks {', '.join(missing)}; prediction lines need "
                             f"doc, subject, relation and object (see triples.jsonl).")
    return rows
