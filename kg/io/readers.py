"""Read news articles from ``.txt``/``.md`` files and ``.jsonl`` collections.

Public API:

* :func:`iter_articles` -- the articles of any mix of files and folders, in a
  stable order, with problems reported one line each and the bad input skipped.
* :func:`count_articles` -- a cheap upper bound of that number, for a progress
  bar total.
* :func:`find_input_files` -- the files that the two above read, in order.

Rules (see the coded messages in :mod:`kg.errors`):

* Folders are walked recursively; names are sorted (by path components, so
  ``a/z.txt`` comes before ``a.txt`` and ``b/``), hidden files and folders
  (``.name``) are skipped, and only ``.txt``, ``.md`` and ``.jsonl`` files are
  picked (suffixes compared case-insensitively). A file given explicitly with
  another suffix is reported (E008) and skipped; a hidden file given
  explicitly is read. The same file reached twice (say, a folder and a file in
  it) is read once.
* Any missing path raises ``KGError(E001)`` when :func:`iter_articles` is
  *called*, before anything is read.
* ``.txt``/``.md``: one article; id = file name without its extension;
  optional YAML front matter between a first line ``---`` and the next
  ``---`` line with ``title``, ``date``, ``url`` (other keys ignored). The
  text is the body after the front matter with its leading line breaks
  removed and everything else kept exactly (character offsets are computed on
  it); a file without front matter is taken whole. A UTF-8 byte-order mark is
  dropped.
* ``.jsonl``: one article per non-blank line with ``id`` (string or integer),
  ``text`` and optional ``title``, ``date``, ``url``. The text is kept exactly
  as given; the id is stripped of surrounding white space. A line that is not
  valid UTF-8 is reported (E003, naming the line) and skipped; the other lines
  of the file are still read.
* Dates are normalised to ``YYYY-MM-DD``; a full ISO 8601 date-time keeps its
  date part (as written, no time-zone conversion). Anything else is reported
  (E009) and the article is kept without a date.
* A document id seen before is reported (E011) and the later copy skipped.
"""
from __future__ import annotations

import datetime as _dt
import json
import os
import re
import warnings
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import yaml

from kg.errors import Errors, KGError, KGWarning
from kg.model import Article

__all__ = ["SUFFIXES", "count_articles", "find_input_files", "iter_articles"]

#: File suffixes that are read (compared in lower case).
SUFFIXES: tuple[str, ...] = (".txt", ".md", ".jsonl")

ProblemHandler = Callable[[str], None]

_BOM = b"\xef\xbb\xbf"
_ISO_DATE = re.compile(
    r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"
    r"(?:[Tt ](?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,]\d+)?)?"
    r"\s*(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?)?"
)


# --------------------------------------------------------------------------- #
# Public API
# --------------------------------------------------------------------------- #
def iter_articles(
    paths: Sequence[str | os.PathLike[str]],
    on_problem: ProblemHandler | None = None,
) -> Iterator[Article]:
    """Yield the articles found in ``paths`` (files and/or folders), in order.

    All paths are checked when this function is called, so a missing one
    raises ``KGError`` (E001) before any file is read. Problems with single
    inputs are passed to ``on_problem`` as one-line messages (by default
    issued as :class:`~kg.errors.KGWarning`) and the input is skipped.
    """
    report = on_problem if on_problem is not None else _warn
    files = find_input_files(paths, on_problem=report)
    return _iter_files(files, report)


def count_articles(paths: Sequence[str | os.PathLike[str]]) -> int:
    """Return an upper bound of the number of articles :func:`iter_articles` yields.

    Counts one per ``.txt``/``.md`` file and one per non-blank ``.jsonl``
    line, without parsing anything, so that it is cheap enough for a progress
    bar total; inputs that turn out to be skipped are included. Raises
    ``KGError`` (E001) for a missing path; reports nothing else.
    """
    total = 0
    for path in find_input_files(paths, on_problem=lambda message: None):
        if path.suffix.lower() != ".jsonl":
            total += 1
            continue
        try:
            with path.open("rb") as handle:
                total += sum(1 for raw in handle if raw.strip())
        except OSError:
            continue
    return total


def find_input_files(
    paths: Sequence[str | os.PathLike[str]],
    on_problem: ProblemHandler | None = None,
) -> list[Path]:
    """Return the files that would be read from ``paths``, in reading order.

    Raises ``KGError`` (E001) if any path is missing; reports (E008) a file
    given explicitly whose suffix is not one of :data:`SUFFIXES`.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    report = on_problem if on_problem is not None else _warn
    given = [Path(p) for p in paths]
    for path in given:
        try:
            present = path.exists()
        except OSError:  # e.g. a folder on the way that may not be searched
            present = False
        if not present:
            raise KGError(Errors.E001, path=path)

    files: list[Path] = []
    seen: set[Path] = set()

    def add(file: Path) -> None:
        key = file.resolve()
        if key not in seen:
            seen.add(key)
            files.append(file)

    for path in given:
        if path.is_dir():
            for file in _walk(path):
                add(file)
        elif path.suffix.lower() in SUFFIXES:
            add(path)
        else:
            report(_message(Errors.E008, path=path, suffix=path.suffix))
    return files


# --------------------------------------------------------------------------- #
# Walking and dispatch
# --------------------------------------------------------------------------- #
def _walk(folder: Path) -> list[Path]:
    found: list[Path] = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            if not name.startswith(".") and os.path.splitext(name)[1].lower() in SUFFIXES:
                found.append(Path(root, name))
    return sorted(found, key=lambda p: p.relative_to(folder).parts)


def _iter_files(files: list[Path], report: ProblemHandler) -> Iterator[Article]:
    first_seen: dict[str, str] = {}
    for path in files:
        reader = _read_jsonl if path.suffix.lower() == ".jsonl" else _read_document
        for raw in reader(path, report):
            if raw.id in first_seen:
                report(_message(Errors.E011, path=path, where=raw.where, doc=raw.id,
                                first=first_seen[raw.id]))
                continue
            first_seen[raw.id] = raw.source
            yield Article(
                id=raw.id,
                text=raw.text,
                title=_field_text(raw.fields.get("title")),
                date=_field_date(raw.fields.get("date"), path, raw.where, report),
                url=_field_text(raw.fields.get("url")),
                source=raw.source,
            )


class _Raw(NamedTuple):
    """An article as read, before its optional fields are checked."""

    id: str
    text: str
    fields: Mapping[str, Any]  # title, date, url as found (other keys ignored)
    source: str  # "path" or "path:line"
    where: str  # "" or ":line", for messages


# --------------------------------------------------------------------------- #
# .txt / .md
# --------------------------------------------------------------------------- #
def _read_document(path: Path, report: ProblemHandler) -> Iterator[_Raw]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        report(_message(Errors.E012, path=path, detail=exc.strerror or exc))
        return
    offset = 0
    if data.startswith(_BOM):
        data, offset = data[len(_BOM):], len(_BOM)
    try:
        content = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        report(_message(Errors.E003, path=path, detail=_decode_detail(data, exc, offset)))
        return

    meta: dict[str, Any] = {}
    text = content
    if _is_fence(content.split("\n", 1)[0]):
        try:
            meta, text = _split_front_matter(content)
        except _FrontMatterError as exc:
            report(_message(Errors.E007, path=path, detail=str(exc)))
            return

    if not text.strip():
        report(_message(Errors.E002, path=path))
        return
    yield _Raw(id=path.stem, text=text, fields=meta, source=str(path), where="")


class _FrontMatterError(ValueError):
    pass


class _FrontMatterLoader(yaml.SafeLoader):
    """Safe YAML loader that leaves timestamps as strings; dates are checked by us."""


_FrontMatterLoader.add_constructor(
    "tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node)
)


def _is_fence(line: str) -> bool:
    return line.rstrip() == "---"


def _split_front_matter(content: str) -> tuple[dict[str, Any], str]:
    """Split ``---``-fenced YAML front matter from the body (first line is a fence)."""
    lines = content.split("\n")
    for index in range(1, len(lines)):
        if _is_fence(lines[index]):
            break
    else:
        raise _FrontMatterError("no closing '---' line")
    block = "\n".join(lines[1:index])
    body = "\n".join(lines[index + 1:]) if index + 1 < len(lines) else ""
    try:
        meta = yaml.load(block, Loader=_FrontMatterLoader)  # noqa: S506 - safe loader subclass
    except yaml.MarkedYAMLError as exc:
        problem = exc.problem or exc.context or "syntax error"
        mark = exc.problem_mark or exc.context_mark
        where = f" at line {mark.line + 2}" if mark is not None else ""
        raise _FrontMatterError(f"{problem}{where}") from None
    except (yaml.YAMLError, ValueError, TypeError) as exc:
        raise _FrontMatterError(str(exc) or type(exc).__name__) from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise _FrontMatterError(f"expected 'key: value' lines, got a {type(meta).__name__}")
    return meta, body.lstrip("\r\n")


# --------------------------------------------------------------------------- #
# .jsonl
# --------------------------------------------------------------------------- #
def _read_jsonl(path: Path, report: ProblemHandler) -> Iterator[_Raw]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        report(_message(Errors.E012, path=path, detail=exc.strerror or exc))
        return
    with handle:
        offset = 0
        for number, data in enumerate(handle, start=1):
            start, offset = offset, offset + len(data)
            if number == 1 and data.startswith(_BOM):
                data, start = data[len(_BOM):], start + len(_BOM)
            try:
                line = data.decode("utf-8")
            except UnicodeDecodeError as exc:
                report(_message(Errors.E003, path=f"{path}:{number}",
                                detail=_decode_detail(data, exc, start, in_line=True)))
                continue
            if line.strip():
                raw = _parse_jsonl_line(line, path, number, report)
                if raw is not None:
                    yield raw


def _parse_jsonl_line(line: str, path: Path, number: int, report: ProblemHandler) -> _Raw | None:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        report(_message(Errors.E004, path=path, line=number,
                        detail=f"{exc.msg} at column {exc.colno}"))
        return None
    if not isinstance(record, dict):
        report(_message(Errors.E004, path=path, line=number,
                        detail=f"found {_json_kind(record)}"))
        return None
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        report(_message(Errors.E005, path=path, line=number))
        return None
    doc_id = record.get("id")
    if isinstance(doc_id, bool) or not isinstance(doc_id, (str, int)) or not str(doc_id).strip():
        report(_message(Errors.E006, path=path, line=number))
        return None
    return _Raw(id=str(doc_id).strip(), text=text, fields=record, source=f"{path}:{number}",
                where=f":{number}")


def _json_kind(value: object) -> str:
    if isinstance(value, list):
        return "an array"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, bool):
        return "true/false"
    if value is None:
        return "null"
    return "a number"


# --------------------------------------------------------------------------- #
# Fields and messages
# --------------------------------------------------------------------------- #
def _field_text(value: object) -> str | None:
    """A title or URL as text; None when absent, empty or not a plain value."""
    if value is None or isinstance(value, (dict, list)):
        return None
    text = str(value).strip()
    return text or None


def _field_date(value: object, path: Path, where: str, report: ProblemHandler) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    date = normalise_date(value)
    if date is None:
        report(_message(Errors.E009, path=path, where=where, value=value))
    return date


def normalise_date(value: object) -> str | None:
    """Return ``value`` as ``YYYY-MM-DD``, or None if it is not an ISO 8601 date.

    Accepts ``datetime.date``/``datetime.datetime`` objects and strings such
    as ``2024-03-01``, ``2024-03-01T10:15:00Z`` or ``2024-03-01 10:15+02:00``
    (the date part is kept as written).
    """
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    match = _ISO_DATE.fullmatch(value.strip())
    if match is None:
        return None
    try:
        date = _dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        return None
    if match["H"] is not None:
        hour, minute, second = int(match["H"]), int(match["M"]), int(match["S"] or 0)
        if hour > 24 or minute > 59 or second > 60:
            return None
    return date.isoformat()


def _decode_detail(data: bytes, exc: UnicodeDecodeError, base: int, in_line: bool = False) -> str:
    """Describe where decoding failed: the byte, its offset in the file and its line."""
    bad = data[exc.start:exc.start + 1].hex()
    position = base + exc.start
    detail = f"byte 0x{bad} at byte offset {position}"
    if not in_line:
        line = data.count(b"\n", 0, exc.start) + 1
        detail += f", line {line}"
    return detail


def _message(template: str, **fields: object) -> str:
    """Format a catalogue message with its ``[Exxx]`` code, on one line."""
    return _one_line(KGError(template, **fields).message)


def _one_line(message: str) -> str:
    return " ".join(message.split()) if ("\n" in message or "\r" in message) else message


def _warn(message: str) -> None:
    warnings.warn(message, KGWarning, stacklevel=2)
