"""The evaluation's mapping tables (``kg/evaluation/data/*.tsv``) and CAMEO helpers.

* ``igo_codes.tsv`` -- CAMEO/Phoenix international-organisation codes
  (``IGOUNO``...) -> organisation names, resolved through the gazetteer.
* ``re3d_relations.tsv`` -- re3d relation types -> sets of acceptable core relations.
* ``pentaclass.tsv`` -- CAMEO root codes -> the five ConfliBERT classes.

Each file is tab-separated with a header row; lines starting with ``#`` are
comments. :func:`check_mappings` lists relation ids that the loaded ontology
does not define (the tests require none).
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.ontology import Ontology, RelationType

__all__ = [
    "DATA_DIR",
    "Re3dMapping",
    "assertion_pentaclasses",
    "cameo_pentaclass",
    "cameo_root",
    "check_mappings",
    "load_igo_codes",
    "load_pentaclasses",
    "load_re3d_mapping",
    "read_table",
    "relation_pentaclasses",
]

DATA_DIR = Path(__file__).resolve().parent / "data"


def read_table(path: Path) -> list[dict[str, str]]:
    """Rows of a TSV file with a header, skipping blank and ``#`` lines; cells stripped."""
    lines = [line for line in Path(path).read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = []
    for number, row in enumerate(reader, 2):
        if None in row or any(v is None for v in row.values()):
            raise ValueError(f"{path}: data row {number - 1} has {len(row)} cells, not "
                             f"{len(reader.fieldnames or [])}; fix its tabs.")
        rows.append({k.strip(): (v or "").strip() for k, v in row.items()})
    return rows


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())


@lru_cache(maxsize=None)
def load_igo_codes(path: Path | None = None) -> dict[str, str]:
    """``{"IGOUNO": "United Nations", ...}``."""
    return {row["code"]: row["organisation"] for row in read_table(path or DATA_DIR / "igo_codes.tsv")}


@dataclass(frozen=True)
class Re3dMapping:
    """One re3d relation type: the acceptable core relations (empty: not evaluated)."""

    type: str
    relations: tuple[str, ...]
    direction: str  # "either" | "as-annotated"
    note: str = ""

    @property
    def evaluated(self) -> bool:
        return bool(self.relations)


@lru_cache(maxsize=None)
def load_re3d_mapping(path: Path | None = None) -> dict[str, Re3dMapping]:
    out = {}
    for row in read_table(path or DATA_DIR / "re3d_relations.tsv"):
        direction = row["direction"] or "as-annotated"
        if direction not in {"either", "as-annotated"}:
            raise ValueError(f"re3d_relations.tsv: {row['re3d_type']}: direction {direction!r} is not "
                             f"'either' or 'as-annotated'.")
        out[row["re3d_type"]] = Re3dMapping(row["re3d_type"], _split(row["relations"]), direction, row["note"])
    return out


@lru_cache(maxsize=None)
def load_pentaclasses(path: Path | None = None) -> dict[str, int]:
    """CAMEO root (``"01"``..``"20"``) -> class 0..4."""
    out: dict[str, int] = {}
    for row in read_table(path or DATA_DIR / "pentaclass.tsv"):
        for root in _split(row["roots"]):
            out[root] = int(row["class"])
    return out


def cameo_root(code: str) -> str | None:
    """``"0431"`` -> ``"04"``; None for codes that are not numeric CAMEO codes."""
    code = str(code).strip()
    if len(code) < 2 or not code[:2].isdigit():
        return None
    return code[:2]


def cameo_pentaclass(code: str) -> int | None:
    root = cameo_root(code)
    return load_pentaclasses().get(root) if root else None


def relation_pentaclasses(relation: RelationType) -> frozenset[int]:
    """The classes of a relation's CAMEO codes (``deploys-forces-to``: 062, 074, 154 -> {2, 4})."""
    return frozenset(c for c in (cameo_pentaclass(code) for code in relation.cameo) if c is not None)


def assertion_pentaclasses(relation: RelationType, modality: str | None, negated: bool = False) -> frozenset[int]:
    """The classes of an assertion: its relation's, except for announced intentions and refusals.

    CAMEO codes an intention by what it announces, not by the act: "agreed to
    help", "plans to send troops" are 03 (Express intent to cooperate, class 1)
    when the act is cooperative (positive Goldstein weight), and 13 (Threaten,
    class 3) when it is hostile ("vowed to strike"). A negated cooperative act
    is a refusal, 12 (Reject): "refused to lift sanctions", "will not lift the
    ban", "failed to reach agreement". A negated hostile act ("did not attack")
    is no event and has no class. A hypothetical cooperative act ("is
    considering sending aid", "could help") is talk of a policy option, 014
    (Consider policy option, class 0); a hypothetical hostile act keeps its
    relation's classes. CAMEO 03 has no intent to make a statement or an
    appeal, so an announced statement or appeal (roots 01 and 02: "said he
    would call on the Security Council") keeps its own class.

    >>> from kg.ontology import load_ontology
    >>> onto = load_ontology()
    >>> sorted(assertion_pentaclasses(onto.relations["eases-sanctions-on"], "asserted", negated=True))
    [3]
    >>> sorted(assertion_pentaclasses(onto.relations["attacks"], "asserted", negated=True))
    []
    """
    classes = relation_pentaclasses(relation)
    if not classes or relation.goldstein is None:
        return classes if not negated else frozenset()
    if negated:
        return frozenset({cameo_pentaclass("12")}) - {None} if relation.goldstein > 0 else frozenset()
    if modality == "hypothetical" and relation.goldstein > 0:
        return frozenset({cameo_pentaclass("014")}) - {None}
    if modality != "intended" or all(code[:2] in {"01", "02"} for code in relation.cameo):
        return classes
    return frozenset({cameo_pentaclass("03") if relation.goldstein > 0 else cameo_pentaclass("13")}) - {None}


def check_mappings(ontology: Ontology) -> list[str]:
    """Problems with the mapping files against ``ontology`` (empty when all is well)."""
    problems = []
    for mapping in load_re3d_mapping().values():
        for rel in mapping.relations:
            if rel not in ontology.relations:
                problems.append(f"re3d_relations.tsv: {mapping.type}: unknown relation {rel!r}")
    classes = load_pentaclasses()
    missing = [f"{n:02d}" for n in range(1, 21) if f"{n:02d}" not in classes]
    if missing:
        problems.append(f"pentaclass.tsv: CAMEO roots without a class: {', '.join(missing)}")
    for code in load_igo_codes():
        if not code.startswith("IGO") or len(code) % 3:
            problems.append(f"igo_codes.tsv: {code!r} is not an IGO code of 3-letter blocks")
    return problems
