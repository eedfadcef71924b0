"""Actor gazetteer: countries, places, organisations, leaders and their dated roles.

The data are plain TSV files in ``kg/gazetteer/data/`` built by ``scripts/build_gazetteer.py``
from public sources and small hand-curated tables (see ``kg/gazetteer/SOURCES.md`` for columns,
sources and licences). This module only reads them (``csv`` module, no pandas).

>>> gaz = default_gazetteer()
>>> gaz.lookup("the U.S.").id
'Q30'
>>> [r.person for r in gaz.office_holders("Q30", "effective", on=datetime.date(2005, 6, 1))]
['person/george-w-bush']
"""
from __future__ import annotations

import csv
import datetime
import functools
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

__all__ = ["GazetteerActor", "Role", "Gazetteer", "default_gazetteer", "DATA_DIR", "normalise_name"]

DATA_DIR = Path(__file__).resolve().parent / "data"

# Columns of each data file (the build script writes exactly these headers).
FILE_COLUMNS: dict[str, tuple[str, ...]] = {
    "countries.tsv": ("id", "label", "official_name", "iso2", "iso3", "un_status", "capital", "aliases",
                      "other_qids", "fips"),
    "demonyms.tsv": ("country", "label", "demonyms"),
    "places.tsv": ("id", "label", "type", "country", "aliases", "note", "source"),
    "seats.tsv": ("seat", "actor", "actor_label", "note"),
    "organizations.tsv": ("id", "label", "type", "acronyms", "aliases", "source"),
    "leaders.tsv": ("id", "label", "surname", "aliases"),
    "roles.tsv": ("person", "of", "office", "title", "effective", "start", "end", "source"),
    "role_titles.tsv": ("title", "office"),
    "effective_offices.tsv": ("country", "office", "start", "end", "basis"),
    "surname_stoplist.tsv": ("word",),
}
LOAD_ORDER = ("countries.tsv", "places.tsv", "organizations.tsv", "leaders.tsv", "demonyms.tsv", "seats.tsv",
              "roles.tsv", "role_titles.tsv", "surname_stoplist.tsv")

ACTOR_TYPES = ("Country", "Person", "InternationalOrganization", "Organization", "ArmedGroup", "City", "Region")
# lookup() prefers, for a name shared by actors of different types, the first type here
_TYPE_RANK = {t: i for i, t in enumerate(
    ("Country", "InternationalOrganization", "ArmedGroup", "Organization", "Person", "Region", "City"))}
_QID = re.compile(r"^Q\d+$")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})


def _fold(text: str) -> str:
    text = text.translate(_APOSTROPHES)
    text = text.translate(str.maketrans({"ø": "o", "Ø": "O", "ß": "ss", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
                                         "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "‐": "-", "‑": "-",
                                         "–": "-", "—": "-"}))
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def normalise_name(text: str) -> str:
    """The key used by :meth:`Gazetteer.lookup`: case-, accent- and apostrophe-insensitive,
    without dots ("U.S." = "US") and without a leading "the"."""
    text = _fold(text).lower().replace(".", "")
    text = " ".join(text.split())
    return re.sub(r"^the\s+", "", text)


def _split(value: str) -> tuple[str, ...]:
    return tuple(v for v in (value or "").split("|") if v)


def _date(value: str) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


@dataclass(frozen=True)
class GazetteerActor:
    id: str                  # "Q159", or minted "person/vladimir-putin", "city/pyongyang", "org/g7"
    label: str               # canonical label
    type: str                # Country | Person | InternationalOrganization | Organization | ArmedGroup | City | Region
    wikidata: str | None     # "Q159" or None
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()     # countries only
    country: str | None = None         # City/Region: id of the country it lies in
    capital: str | None = None         # Country: id of its capital (a City actor)
    iso2: str | None = None
    iso3: str | None = None
    surname: str | None = None         # Person only


@dataclass(frozen=True)
class Role:
    person: str          # actor id
    of: str              # country/organisation actor id
    office: str          # head_of_state | head_of_government | foreign_minister | defence_minister | secretary_general
    title: str           # "President"
    effective: bool      # the country's effective leader ("the Russian leader") while in this role
    start: datetime.date | None
    end: datetime.date | None   # None = incumbent; the end day itself is no longer part of the role
    source: str

    def active_on(self, day: datetime.date | None) -> bool:
        """Whether the role is held on ``day`` (start <= day < end). ``None`` means now: incumbents."""
        if day is None:
            return self.end is None
        if self.start is not None and day < self.start:
            return False
        return self.end is None or day < self.end


@dataclass
class Gazetteer:
    actors: dict[str, GazetteerActor] = field(default_factory=dict)
    roles: list[Role] = field(default_factory=list)
    seats: dict[str, str] = field(default_factory=dict)       # seat text ("Kremlin") -> actor id
    titles: dict[str, str] = field(default_factory=dict)      # lower-case title phrase -> office
    surname_variants: dict[str, tuple[str, ...]] = field(default_factory=dict)   # person id -> all surname forms
    surname_stoplist: frozenset[str] = frozenset()

    # ---------------------------------------------------------------- loading
    @classmethod
    def load(cls, data_dir: Path | None = None, extra_files: Sequence[Path] = ()) -> "Gazetteer":
        """Load the package data (or ``data_dir``), then ``extra_files`` (TSVs in any of the data-file
        formats, recognised by their header row; rows with an existing id replace it)."""
        data_dir = Path(data_dir) if data_dir is not None else DATA_DIR
        tables: dict[str, list[dict[str, str]]] = {name: [] for name in FILE_COLUMNS}
        for name in LOAD_ORDER:
            path = data_dir / name
            if path.exists():
                tables[name].extend(_read_tsv(path, FILE_COLUMNS[name]))
        for path in extra_files:
            kind, rows = _read_any(Path(path))
            tables[kind].extend(rows)
        return cls._from_tables(tables)

    @classmethod
    def _from_tables(cls, t: dict[str, list[dict[str, str]]]) -> "Gazetteer":
        demonyms: dict[str, list[str]] = {}
        for r in t["demonyms.tsv"]:
            demonyms.setdefault(r["country"], []).extend(_split(r["demonyms"]))
        actors: dict[str, GazetteerActor] = {}
        for r in t["countries.tsv"]:
            actors[r["id"]] = GazetteerActor(
                id=r["id"], label=r["label"], type="Country", wikidata=r["id"] if _QID.match(r["id"]) else None,
                aliases=_split(r["aliases"]), demonyms=tuple(dict.fromkeys(demonyms.get(r["id"], ()))),
                capital=r["capital"] or None, iso2=r["iso2"] or None, iso3=r["iso3"] or None)
        for r in t["places.tsv"]:
            actors[r["id"]] = GazetteerActor(
                id=r["id"], label=r["label"], type=r["type"], wikidata=r["id"] if _QID.match(r["id"]) else None,
                aliases=_split(r["aliases"]), country=r["country"] or None)
        for r in t["organizations.tsv"]:
            actors[r["id"]] = GazetteerActor(
                id=r["id"], label=r["label"], type=r["type"], wikidata=r["id"] if _QID.match(r["id"]) else None,
                aliases=tuple(dict.fromkeys(_split(r["acronyms"]) + _split(r["aliases"]))))
        surname_variants: dict[str, tuple[str, ...]] = {}
        for r in t["leaders.tsv"]:
            surnames = _split(r["surname"])
            surname_variants[r["id"]] = surnames
            actors[r["id"]] = GazetteerActor(
                id=r["id"], label=r["label"], type="Person", wikidata=r["id"] if _QID.match(r["id"]) else None,
                aliases=_split(r["aliases"]), surname=surnames[0] if surnames else None)
        roles = sorted({Role(person=r["person"], of=r["of"], office=r["office"], title=r["title"],
                             effective=r["effective"] == "yes", start=_date(r["start"]), end=_date(r["end"]),
                             source=r["source"]) for r in t["roles.tsv"]},
                       key=lambda x: (x.of, x.office, x.start or datetime.date.min, x.person))
        gaz = cls(actors=actors, roles=roles,
                  seats={r["seat"]: r["actor"] for r in t["seats.tsv"]},
                  titles={r["title"].lower(): r["office"] for r in t["role_titles.tsv"]},
                  surname_variants=surname_variants,
                  surname_stoplist=frozenset(r["word"] for r in t["surname_stoplist.tsv"]))
        gaz._index()
        return gaz

    def _index(self) -> None:
        best: dict[str, tuple[tuple[int, int, str], str]] = {}
        for actor in self.actors.values():
            rank = _TYPE_RANK.get(actor.type, 99)
            for i, name in enumerate((actor.label,) + actor.aliases):
                key = normalise_name(name)
                score = (rank, 0 if i == 0 else 1, actor.id)
                if key and (key not in best or score < best[key][0]):
                    best[key] = (score, actor.id)
        self._by_name = {k: v for k, (_, v) in best.items()}
        self._by_demonym: dict[str, str] = {}
        for actor in self.actors.values():
            for d in actor.demonyms:
                self._by_demonym.setdefault(normalise_name(d), actor.id)
        self._capital_of = {a.capital: a.id for a in self.actors.values() if a.type == "Country" and a.capital}
        self._roles_by_person: dict[str, list[Role]] = {}
        self._roles_by_of: dict[str, list[Role]] = {}
        for role in self.roles:
            self._roles_by_person.setdefault(role.person, []).append(role)
            self._roles_by_of.setdefault(role.of, []).append(role)
        self._patterns: list[dict] | None = None

    # ---------------------------------------------------------------- queries
    def get(self, actor_id: str) -> GazetteerActor | None:
        return self.actors.get(actor_id)

    def lookup(self, name: str) -> GazetteerActor | None:
        """Actor by label, alias or acronym (case-insensitive; accents, curly apostrophes, dots as in
        "U.S." and a leading "the" are ignored). A name shared by actors of different types resolves to
        the Country, then organisation, person, region, city."""
        aid = self._by_name.get(normalise_name(name or ""))
        return self.actors.get(aid) if aid else None

    def country_by_demonym(self, word: str) -> GazetteerActor | None:
        aid = self._by_demonym.get(normalise_name(word or ""))
        return self.actors.get(aid) if aid else None

    def country_of_capital(self, city_id: str) -> GazetteerActor | None:
        aid = self._capital_of.get(city_id)
        return self.actors.get(aid) if aid else None

    def roles_of(self, person_id: str) -> list[Role]:
        return list(self._roles_by_person.get(person_id, ()))

    def office_holders(self, of: str, office: str | None = None, on: datetime.date | None = None) -> list[Role]:
        """Roles of ``of`` (a country/organisation id) in ``office`` (``"effective"``: the effective
        leader's roles; None: every office), held on day ``on`` (None: incumbents), sorted by start."""
        out = []
        for role in self._roles_by_of.get(of, ()):
            if office == "effective":
                if not role.effective:
                    continue
            elif office is not None and role.office != office:
                continue
            if role.active_on(on):
                out.append(role)
        return sorted(out, key=lambda r: (r.start or datetime.date.min, r.office, r.person))

    # ---------------------------------------------------------------- spaCy patterns
    def ruler_patterns(self) -> list[dict]:
        """Phrase patterns for spaCy's SpanRuler: ``{"label": kind, "pattern": text, "id": actor id}``.

        Kinds: the actor type (names, aliases, acronyms), ``Demonym`` (id = country), ``Seat`` (id = the
        actor the seat stands for) and ``Surname`` (id = person; ambiguous surnames such as "Kim" are
        emitted for every bearer). Patterns are exact, case-sensitive strings with straight and curly
        apostrophe variants and "the"-less forms. Apart from ``Surname``, a text that would map to two
        ids within one kind is left out. Surname-only person labels (e.g. older REIGN entries) and
        surnames shorter than three letters or in ``surname_stoplist.tsv`` are not emitted.
        """
        if self._patterns is None:
            self._patterns = self._build_patterns()
        return [dict(p) for p in self._patterns]

    def _build_patterns(self) -> list[dict]:
        by_kind: dict[str, dict[str, set[str]]] = {}

        def add(kind: str, text: str, aid: str) -> None:
            for variant in _text_variants(text):
                by_kind.setdefault(kind, {}).setdefault(variant, set()).add(aid)

        other_names: set[str] = set()
        for actor in self.actors.values():
            names = (actor.label,) + actor.aliases
            if actor.type == "Person":
                full = " " in actor.label
                names = tuple(n for n in names if " " in n or (full and n in actor.aliases))
            else:
                other_names.update(names)
            for n in names:
                add(actor.type, n, actor.id)
            for d in actor.demonyms:
                add("Demonym", d, actor.id)
                other_names.add(d)
        for seat, aid in self.seats.items():
            add("Seat", seat, aid)
        # city/region names equal to a country name are left to the country
        countries = set(by_kind.get("Country", {}))
        for kind in ("City", "Region"):
            for text in list(by_kind.get(kind, {})):
                if text in countries:
                    del by_kind[kind][text]
        stop = {w.lower() for w in self.surname_stoplist} | {t for t in self.titles}
        for actor in self.actors.values():
            if actor.type != "Person" or " " not in actor.label:
                continue
            for s in self.surname_variants.get(actor.id, ()):
                letters = sum(c.isalpha() for c in s)
                if letters >= 3 and s[:1].isupper() and s.lower() not in stop and s not in other_names:
                    add("Surname", s, actor.id)
        patterns = []
        for kind, texts in by_kind.items():
            for text, ids in texts.items():
                if len(ids) > 1 and kind != "Surname":
                    continue
                for aid in sorted(ids):
                    patterns.append({"label": kind, "pattern": text, "id": aid})
        patterns.sort(key=lambda p: (p["label"], p["pattern"], p["id"]))
        return patterns


def _text_variants(text: str) -> list[str]:
    out = [text]
    m = re.match(r"^(the|The)\s+(.+)$", text)
    if m:
        out.append(m.group(2))
    more = []
    for t in out:
        if "'" in t:
            more.append(t.replace("'", "’"))
        if "’" in t:
            more.append(t.replace("’", "'"))
    return list(dict.fromkeys(out + more))


def _read_tsv(path: Path, columns: Iterable[str]) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, None)
        if header is None:
            return []
        columns = tuple(columns)
        if tuple(header) != columns:
            raise ValueError(f"{path}: expected columns {columns}, found {tuple(header)}")
        return [dict(zip(columns, row)) for row in reader if row]


def _read_any(path: Path) -> tuple[str, list[dict[str, str]]]:
    with open(path, encoding="utf-8", newline="") as fh:
        header = tuple(fh.readline().rstrip("\n").split("\t"))
    for name, columns in FILE_COLUMNS.items():
        if header == columns:
            return name, _read_tsv(path, columns)
    raise ValueError(f"{path}: header {header} matches no gazetteer file format "
                     f"(expected one of: {', '.join(FILE_COLUMNS)})")


@functools.lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The gazetteer from the package data, loaded once."""
    return Gazetteer.load()
