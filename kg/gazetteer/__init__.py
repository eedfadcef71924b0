"""Actor gazetteer: countries, places, organisations, leaders and their dated roles.

The data are plain TSV files in ``kg/gazetteer/data/`` built by ``scripts/build_gazetteer.py``
from public sources and small hand-curated tables (see ``kg/gazetteer/SOURCES.md`` for columns,
sources and licences). This module only reads them (plain text splitting, no pandas).

>>> gaz = default_gazetteer()
>>> gaz.lookup("the U.S.").id
'Q30'
>>> [r.person for r in gaz.office_holders("Q30", "effective", on=datetime.date(2005, 6, 1))]
['person/george-w-bush']
"""
from __future__ import annotations

import datetime
import functools
import gc
import itertools
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
    "regional_groups.tsv": ("adjective", "label", "members", "note"),
}
LOAD_ORDER = ("countries.tsv", "places.tsv", "organizations.tsv", "leaders.tsv", "demonyms.tsv", "seats.tsv",
              "roles.tsv", "role_titles.tsv", "surname_stoplist.tsv", "regional_groups.tsv")

ACTOR_TYPES = ("Country", "Person", "InternationalOrganization", "Organization", "ArmedGroup", "City", "Region")
# lookup() prefers, for a name shared by actors of different types, the first type here
_TYPE_RANK = {t: i for i, t in enumerate(
    ("Country", "InternationalOrganization", "ArmedGroup", "Organization", "Person", "Region", "City"))}
_QID = re.compile(r"^Q\d+$")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})
_LETTERS = str.maketrans({"ø": "o", "Ø": "O", "ß": "ss", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "æ": "ae",
                          "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "‐": "-", "‑": "-", "–": "-", "—": "-"})


def _fold(text: str) -> str:
    if text.isascii():                      # fast path: most names (NFKD leaves ASCII unchanged)
        return text.replace("`", "'")
    text = text.translate(_APOSTROPHES).translate(_LETTERS)
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def normalise_name(text: str) -> str:
    """The key used by :meth:`Gazetteer.lookup`: case- and accent-insensitive, without dots ("U.S." =
    "US"), apostrophes ("Kurdistan Workers Party" = "Kurdistan Workers' Party") and a leading "the".

    >>> normalise_name("The Kurdistan Workers’ Party") == normalise_name("Kurdistan Workers Party")
    True
    """
    text = " ".join(_fold(text).lower().replace(".", "").replace("'", "").split())
    return text[4:] if text.startswith("the ") else text


def _split(value: str) -> tuple[str, ...]:
    return tuple(filter(None, value.split("|"))) if value else ()


@functools.lru_cache(maxsize=None)
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


# Offices whose holder leads the state or organisation (leader-of).
LEADING_OFFICES = frozenset({"head_of_state", "head_of_government", "secretary_general"})


@dataclass(frozen=True)
class Role:
    person: str          # actor id
    of: str              # country/organisation actor id
    office: str          # head_of_state | head_of_government | foreign_minister | defence_minister | secretary_general
                         # | vice_president
                         # | government | military (any government post / defence or armed-forces post, Phoenix)
    title: str           # "President"
    effective: bool      # the country's effective leader ("the Russian leader") while in this role
    start: datetime.date | None
    end: datetime.date | None   # None = incumbent; the end day itself is no longer part of the role
    source: str

    @property
    def leads(self) -> bool:
        """Whether the holder leads ``of``: its head of state or government, secretary-general, or effective
        leader (a crown prince who is also prime minister leads; a foreign minister does not)."""
        return self.effective or self.office in LEADING_OFFICES

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
    # lower-case adjective ("baltic", "central asian") -> member country ids: "the Baltic states" are all three
    regional_groups: dict[str, tuple[str, ...]] = field(default_factory=dict)

    # ---------------------------------------------------------------- loading
    @classmethod
    def load(cls, data_dir: Path | None = None, extra_files: Sequence[Path] = ()) -> "Gazetteer":
        """Load the package data (or ``data_dir``), then ``extra_files`` (TSVs in any of the data-file
        formats, recognised by their header row; rows with an existing id replace it)."""
        data_dir = Path(data_dir) if data_dir is not None else DATA_DIR
        # Loading makes some 100,000 small objects and no reference cycles: pausing the cyclic garbage
        # collector meanwhile saves it from scanning them again and again (about a fifth of the load time).
        collecting = gc.isenabled()
        gc.disable()
        try:
            tables: dict[str, list[tuple[str, ...]]] = {name: [] for name in FILE_COLUMNS}
            for name in LOAD_ORDER:
                path = data_dir / name
                if path.exists():
                    tables[name].extend(_read_tsv(path, FILE_COLUMNS[name]))
            for path in extra_files:
                kind, rows = _read_any(Path(path))
                tables[kind].extend(rows)
            return cls._from_tables(tables)
        finally:
            if collecting:
                gc.enable()

    @classmethod
    def _from_tables(cls, t: dict[str, list[tuple[str, ...]]]) -> "Gazetteer":
        """Build from rows (tuples in the column order of ``FILE_COLUMNS``)."""
        demonyms: dict[str, list[str]] = {}
        for country, _, forms in t["demonyms.tsv"]:
            demonyms.setdefault(country, []).extend(_split(forms))
        actors: dict[str, GazetteerActor] = {}
        for aid, label, _, iso2, iso3, _, capital, aliases, _, _ in t["countries.tsv"]:
            actors[aid] = GazetteerActor(
                id=aid, label=label, type="Country", wikidata=_wikidata(aid), aliases=_split(aliases),
                demonyms=tuple(dict.fromkeys(demonyms.get(aid, ()))), capital=capital or None, iso2=iso2 or None,
                iso3=iso3 or None)
        for aid, label, kind, country, aliases, _, _ in t["places.tsv"]:
            actors[aid] = GazetteerActor(id=aid, label=label, type=kind, wikidata=_wikidata(aid),
                                         aliases=_split(aliases), country=country or None)
        for aid, label, kind, acronyms, aliases, _ in t["organizations.tsv"]:
            actors[aid] = GazetteerActor(id=aid, label=label, type=kind, wikidata=_wikidata(aid),
                                         aliases=tuple(dict.fromkeys(_split(acronyms) + _split(aliases))))
        surname_variants: dict[str, tuple[str, ...]] = {}
        for aid, label, surname, aliases in t["leaders.tsv"]:
            surnames = _split(surname)
            surname_variants[aid] = surnames
            actors[aid] = GazetteerActor(id=aid, label=label, type="Person", wikidata=_wikidata(aid),
                                         aliases=_split(aliases), surname=surnames[0] if surnames else None)
        # unique rows sorted by (of, office, start, person); ISO date strings sort like dates, "" first
        rows = sorted({(of, office, start, person, title, effective, end, source)
                       for person, of, office, title, effective, start, end, source in t["roles.tsv"]})
        roles = [Role(person, of, office, title, effective == "yes", _date(start), _date(end), source)
                 for of, office, start, person, title, effective, end, source in rows]
        gaz = cls(actors=actors, roles=roles,
                  seats={seat: actor for seat, actor, _, _ in t["seats.tsv"]},
                  titles={title.lower(): office for title, office in t["role_titles.tsv"]},
                  surname_variants=surname_variants,
                  surname_stoplist=frozenset(word for (word,) in t["surname_stoplist.tsv"]),
                  regional_groups={adjective.lower(): _split(members)
                                   for adjective, _, members, _ in t["regional_groups.tsv"]})
        gaz._index()
        return gaz

    def _index(self) -> None:
        # A name shared by several actors goes to the lowest type rank, then to a label over an alias, then
        # to the smallest id: visiting actors in (rank, id) order, labels before aliases, the first one wins.
        best: dict[str, str] = {}
        ordered = sorted(self.actors.values(), key=lambda a: (_TYPE_RANK.get(a.type, 99), a.id))
        for _, group in itertools.groupby(ordered, key=lambda a: _TYPE_RANK.get(a.type, 99)):
            group = list(group)
            for actor in group:
                key = normalise_name(actor.label)
                if key:
                    best.setdefault(key, actor.id)
            for actor in group:
                for name in actor.aliases:
                    key = normalise_name(name)
                    if key:
                        best.setdefault(key, actor.id)
        self._by_name = best
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

    def title_heads(self) -> frozenset[str]:
        """The last words of the titles, which a name may follow: "minister" of "defence minister"."""
        return frozenset(title.split()[-1].lower() for title in self.titles)

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
        apostrophe variants and "the"-less forms; names of international bodies of three words or more
        also match in lower case ("the international criminal court"). Apart from ``Surname``, a text
        that would map to two ids within one kind is left out. Surname-only person labels (e.g. older
        REIGN entries) and surnames shorter than three letters or in ``surname_stoplist.tsv`` are not
        emitted.
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
                if actor.type == "InternationalOrganization" and _spelled_lowercase(n):
                    add(actor.type, n.lower(), actor.id)
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


def _spelled_lowercase(name: str) -> bool:
    """Whether a house style may write ``name`` in lower case: some papers do so for international
    bodies with long names ("the international criminal court"). Three words at least, so that no
    common phrase ("world bank", "african union") turns into a name."""
    words = name.split()
    return len(words) >= 3 and all(w.isalpha() for w in words) and any(w[0].isupper() for w in words)


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


def _wikidata(actor_id: str) -> str | None:
    return actor_id if actor_id[:1] == "Q" and _QID.match(actor_id) else None


def _read_tsv(path: Path, columns: Iterable[str]) -> list[tuple[str, ...]]:
    """Rows of a data file as tuples in ``columns`` order (short rows padded with ""). The files are plain
    tab-separated text without quoting (the build script never writes tabs or line breaks inside a cell),
    so splitting is enough, and much faster than csv."""
    with open(path, encoding="utf-8", newline="") as fh:
        lines = fh.read().split("\n")
    header = lines[0].rstrip("\r")
    if not header:
        return []
    columns = tuple(columns)
    if tuple(header.split("\t")) != columns:
        raise ValueError(f"{path}: expected columns {columns}, found {tuple(header.split(chr(9)))}")
    width = len(columns)
    rows = []
    for line in lines[1:]:
        line = line.rstrip("\r")
        if not line:
            continue
        cells = line.split("\t")
        if len(cells) != width:
            if len(cells) > width:
                raise ValueError(f"{path}: more than {width} cells in {line!r}")
            cells += [""] * (width - len(cells))
        rows.append(tuple(cells))
    return rows


def _read_any(path: Path) -> tuple[str, list[tuple[str, ...]]]:
    with open(path, encoding="utf-8", newline="") as fh:
        header = tuple(fh.readline().rstrip("\r\n").split("\t"))
    for name, columns in FILE_COLUMNS.items():
        if header == columns:
            return name, _read_tsv(path, columns)
    raise ValueError(f"{path}: header {header} matches no gazetteer file format "
                     f"(expected one of: {', '.join(FILE_COLUMNS)})")


@functools.lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The gazetteer from the package data, loaded once."""
    return Gazetteer.load()
