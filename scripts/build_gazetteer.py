#!/usr/bin/env python3
"""Build the actor gazetteer data files in ``kg/gazetteer/data/``.

Inputs (read only):

* ``<shared>/data/gazetteer/raw/``: opensanctions rigour (MIT), datasets/country-codes (PDDL),
  CIA World Factbook JSON (public domain; ``latest/`` plus the monthly snapshot archive),
  mledoze countries (ODbL; demonyms only), supraverden (CC BY-SA 4.0; organisation names,
  acronyms and Wikidata ids only) and REIGN (research use; only facts: name, country, dates).
* ``<shared>/data/raw/petrarch2/Phoenix.*.actors.txt``: the PETRARCH2 Phoenix actor dictionaries (MIT):
  dated government roles of persons, international organisations, armed groups, country names.
* ``kg/gazetteer/curated/*.tsv``: small hand-written tables for what no source has.

Outputs: tab-separated files with a header row, rows sorted, UTF-8, ``\\n`` line ends,
multi-values joined by ``|``. The build is deterministic: running it twice gives
byte-identical files. See ``kg/gazetteer/SOURCES.md`` for columns and licences.

Usage::

    python scripts/build_gazetteer.py [--shared ../shared] [--out kg/gazetteer/data]
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import html
import io
import json
import lzma
import re
import sys
import tarfile
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import yaml

REPO_ROOT = Path(__file__).resolve().parents[1]
CURATED_DIR = REPO_ROOT / "kg" / "gazetteer" / "curated"
DEFAULT_OUT = REPO_ROOT / "kg" / "gazetteer" / "data"
DEFAULT_SHARED = REPO_ROOT.parent / "shared"

HOS = "head_of_state"
HOG = "head_of_government"
OFFICES = (HOS, HOG)
# Offices many people hold at once (cabinet members, spokespeople, generals): spells of different persons never
# clip each other.
MULTI_HOLDER_OFFICES = ("government", "military")

# Files written, with their columns (the loader checks the same headers).
COLUMNS: dict[str, list[str]] = {
    "countries.tsv": ["id", "label", "official_name", "iso2", "iso3", "un_status", "capital",
                      "aliases", "other_qids", "fips"],
    "demonyms.tsv": ["country", "label", "demonyms"],
    "places.tsv": ["id", "label", "type", "country", "aliases", "note", "source"],
    "seats.tsv": ["seat", "actor", "actor_label", "note"],
    "organizations.tsv": ["id", "label", "type", "acronyms", "aliases", "source"],
    "leaders.tsv": ["id", "label", "surname", "aliases"],
    "roles.tsv": ["person", "of", "office", "title", "effective", "start", "end", "source"],
    "role_titles.tsv": ["title", "office"],
    "effective_offices.tsv": ["country", "office", "start", "end", "basis"],
    "surname_stoplist.tsv": ["word"],
    "regional_groups.tsv": ["adjective", "label", "members", "note"],
}
CALENDAR_WORDS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                  "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# --------------------------------------------------------------------------------------
# Small text helpers
# --------------------------------------------------------------------------------------

_SPECIAL_FOLD = str.maketrans({
    "ø": "o", "Ø": "O", "ß": "ss", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "æ": "ae", "Æ": "AE",
    "œ": "oe", "Œ": "OE", "ı": "i", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th",
    "’": "'", "‘": "'", "ʼ": "'", "`": "'", "‐": "-", "‑": "-", "–": "-", "—": "-",
})


def fold(text: str) -> str:
    """ASCII-fold Latin text: drop accents, map a few special letters; keep other scripts."""
    text = text.translate(_SPECIAL_FOLD)
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def slugify(text: str) -> str:
    text = fold(text).lower().replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def name_key(text: str) -> str:
    """Loose key for matching names across sources (case, accents, punctuation ignored)."""
    text = fold(text).lower().replace("'", "")
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return " ".join(text.split())


def clean_text(text: str) -> str:
    text = html.unescape(text or "")
    text = re.sub(r"<[^>]+>", " ", text)
    text = text.replace("\u00a0", " ")
    return " ".join(text.split())


def is_latin(text: str) -> bool:
    return all(ord(c) < 0x250 or unicodedata.category(c).startswith("P") for c in text)


def uniq(items: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        item = " ".join((item or "").split())
        if item and item not in seen:
            seen.add(item)
            out.append(item)
    return out


def join_multi(items: Iterable[str]) -> str:
    values = uniq(items)
    for v in values:
        if "|" in v or "\t" in v:
            raise ValueError(f"value contains a separator: {v!r}")
    return "|".join(values)


def iso_date(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def parse_iso(text: str) -> dt.date | None:
    text = (text or "").strip()
    return dt.date.fromisoformat(text) if text else None


# --------------------------------------------------------------------------------------
# TSV in/out
# --------------------------------------------------------------------------------------

def read_curated(name: str) -> list[dict[str, str]]:
    """Read a curated TSV (``#`` lines are comments; first other line is the header)."""
    path = CURATED_DIR / name
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    header = lines[0].split("\t")
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        while len(cells) > len(header) and not cells[-1].strip():
            cells.pop()
        if len(cells) > len(header):
            raise ValueError(f"{name}: too many cells in row {number}: {line!r}")
        cells += [""] * (len(header) - len(cells))
        rows.append({h: c.strip() for h, c in zip(header, cells)})
    return rows


def split_multi(text: str) -> list[str]:
    return [p.strip() for p in (text or "").split("|") if p.strip()]


def write_tsv(path: Path, header: list[str], rows: Iterable[list[str]]) -> int:
    clean_rows = []
    for row in rows:
        if len(row) != len(header):
            raise ValueError(f"{path.name}: row has {len(row)} cells, header {len(header)}: {row}")
        cells = []
        for cell in row:
            cell = "" if cell is None else str(cell)
            if "\t" in cell or "\n" in cell or "\r" in cell:
                raise ValueError(f"{path.name}: bad cell {cell!r}")
            cells.append(cell.strip())
        clean_rows.append(cells)
    clean_rows = sorted(set(tuple(r) for r in clean_rows))
    text = "\t".join(header) + "\n" + "".join("\t".join(r) + "\n" for r in clean_rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    return len(clean_rows)


# --------------------------------------------------------------------------------------
# Raw source readers
# --------------------------------------------------------------------------------------

@dataclass
class Sources:
    raw: Path
    country_codes: dict[str, dict[str, str]] = field(default_factory=dict)   # iso3 -> row
    rigour: dict[str, dict] = field(default_factory=dict)                   # iso3 -> record
    factbook: dict[str, dict] = field(default_factory=dict)                 # fips code -> profile (latest)
    fips_to_iso3: dict[str, str] = field(default_factory=dict)
    mledoze: dict[str, dict] = field(default_factory=dict)                  # iso3 -> record
    supraverden: dict[str, dict] = field(default_factory=dict)


def read_country_codes(raw: Path) -> dict[str, dict[str, str]]:
    path = raw / "datasets_country-codes" / "country-codes.csv"
    with open(path, encoding="utf-8", newline="") as fh:
        # csv keeps "NA" (Namibia) as a string; no NA-guessing here.
        return {r["ISO3166-1-Alpha-3"].strip(): r for r in csv.DictReader(fh) if r["ISO3166-1-Alpha-3"].strip()}


def read_rigour(raw: Path) -> dict[str, dict]:
    """Top-level territories by ISO3, plus every territory under ``code:<rigour code>``."""
    out = {}
    with open(raw / "opensanctions_rigour" / "territories_data.jsonl", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            a3 = (rec.get("alpha3") or "").upper()
            if a3 and not rec.get("parent"):
                out[a3] = rec
            if rec.get("code"):
                out[f"code:{rec['code']}"] = rec
    return out


def read_factbook_latest(raw: Path) -> dict[str, dict]:
    out = {}
    for path in sorted((raw / "factbook_json" / "latest").glob("*/*.json")):
        if path.parent.name == "meta":
            continue
        out[path.stem] = json.loads(path.read_text(encoding="utf-8"))
    return out


def read_mledoze(raw: Path) -> dict[str, dict]:
    data = json.loads((raw / "mledoze_countries" / "countries.json").read_text(encoding="utf-8"))
    return {rec["cca3"]: rec for rec in data}


def read_supraverden(raw: Path) -> dict[str, dict]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(raw / "supraverden" / "general_list.yaml", encoding="utf-8") as fh:
        return yaml.load(fh, Loader=loader)


def fb_get(profile: dict, *keys: str) -> str:
    node = profile
    for key in keys:
        if not isinstance(node, dict):
            return ""
        node = node.get(key)
    if isinstance(node, dict):
        node = node.get("text")
    return clean_text(node) if isinstance(node, str) else ""


def load_sources(raw: Path) -> Sources:
    src = Sources(raw=raw)
    src.country_codes = read_country_codes(raw)
    src.rigour = read_rigour(raw)
    src.factbook = read_factbook_latest(raw)
    src.mledoze = read_mledoze(raw)
    src.supraverden = read_supraverden(raw)
    for iso3, row in sorted(src.country_codes.items()):
        for code in row.get("FIPS", "").split(","):
            code = code.strip().lower()
            if code and code in src.factbook:
                src.fips_to_iso3.setdefault(code, iso3)
    for row in read_curated("factbook_codes.tsv"):
        src.fips_to_iso3[row["code"]] = row["iso3"]
    return src


# --------------------------------------------------------------------------------------
# Factbook executive-branch parsing ("President Vladimir Vladimirovich PUTIN (since 7 May 2012)")
# --------------------------------------------------------------------------------------

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9

# Words that belong to a title or honorific, never to a personal name.
TITLE_WORDS = {
    "president", "vice", "prime", "minister", "ministers", "premier", "king", "queen", "chancellor", "supreme",
    "leader", "emperor", "amir", "emir", "sultan", "pope", "prince", "princess", "grand", "duke", "crown",
    "chairman", "chairperson", "chair", "of", "the", "and", "council", "state", "affairs", "commission",
    "people's", "assembly", "transition", "transitional", "interim", "acting", "caretaker", "co-prince",
    "general", "gen", "col", "capt", "sr", "dr", "sir", "dame", "taoiseach", "governor", "governor-general",
    "presidential", "presidency", "sovereign", "commander-in-chief", "armed", "forces", "government",
    "executive", "yuan", "cnsp", "gnu", "chief", "administrator", "captain", "captains", "regent", "lord",
    "his", "her", "majesty", "highness", "sheikh", "archbishop", "cardinal", "co-vice", "federal",
    "national", "safeguard", "homeland", "sudanese", "overall", "taliban", "so-called", "lieutenant",
    "colonel", "major", "marshal", "field", "air", "vice-marshal", "mayor", "high", "commissioner",
    "premier's", "spa", "mr", "mrs", "ms", "for", "in", "on", "lt", "maj", "brig", "de facto",
    "president-elect", "in-chief", "commander", "presidents", "co-chiefs", "is", "was", "republic", "islamic",
    "federation", "union", "confederation", "kingdom", "principality", "swiss", "territorial", "provisional",
}
HONORIFICS = {"sr", "gen", "dr", "col", "capt", "sir", "dame", "sheikh", "lt", "maj", "brig", "ratu", "mr", "mrs",
              "ms", "general", "marshal", "colonel", "major", "cardinal", "archbishop"}
ROMAN = re.compile(r"^[IVXLC]+$")
# lower-case name particles allowed inside a name; LOWER_PARTICLES are lower-cased when written in capitals
PARTICLES = {"bin", "bint", "ibn", "ibni", "al", "el", "de", "da", "do", "dos", "das", "du", "van", "von",
             "der", "den", "la", "le", "y", "e", "i", "di", "del", "ter", "ten", "af", "zu", "ould", "wa"}
LOWER_PARTICLES = {"bin", "bint", "ibn", "ibni", "al", "el", "de", "da", "do", "dos", "das", "du", "der", "den",
                   "von", "la", "le", "di", "del"}
PATRONYMIC = re.compile(r"(ovich|evich|yevich|ovna|evna|ich|ogly|oglu|uly|kyzy)$", re.I)
SUFFIXES = {"Jr.", "Jr", "Sr.", "Sr"}


DATE_RE = re.compile(r"(?:(\d{1,2})\s*)?\b([A-Za-z]{3,9})\.?\s*(\d{4})\b|\b(\d{4})\b")


def parse_date_text(text: str) -> dt.date | None:
    """First date in ``text``: "7 May 2012", "30 July2020", "April 2018", "1997" (month/day default to 1)."""
    for m in DATE_RE.finditer(text):
        if m.group(4):
            return dt.date(int(m.group(4)), 1, 1)
        month = m.group(2).lower()
        if month not in MONTHS:
            continue
        day = int(m.group(1)) if m.group(1) else 1
        try:
            return dt.date(int(m.group(3)), MONTHS[month], day)
        except ValueError:
            return None
    return None


def parse_since(text: str) -> dt.date | None:
    m = re.search(r"\bsince\b(.*)", text, re.I)
    return parse_date_text(m.group(1) if m else text)


def _caps_part(part: str) -> bool:
    letters = [c for c in part if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def is_caps_token(tok: str) -> bool:
    core = tok.strip(",.;:()[]")
    if not core or core.lower().strip(".") in TITLE_WORDS:
        return False
    return any(_caps_part(p) for p in re.split(r"[-'’]", core))


def is_caps_title_word(tok: str) -> bool:
    """A title word written in capitals ("SHEIKH"): a name part, never a title, next to the upper-case name."""
    core = tok.strip(",.;:()[]")
    return core.lower() in TITLE_WORDS and _caps_part(core)


def is_regnal(tok: str) -> bool:
    return bool(ROMAN.match(tok.strip(",.;:")))


def _case_part(part: str, first: bool) -> str:
    if not part:
        return part
    if _caps_part(part) or part.isupper():
        low = part.lower()
        if not first and low in LOWER_PARTICLES:
            return low
        return low[:1].upper() + low[1:]
    return part


def normalise_name_token(tok: str, first: bool, regnal: bool = False) -> str:
    tok = tok.strip(",;:")
    if regnal:
        return tok
    if tok.lower() in LOWER_PARTICLES and not first:
        return tok.lower()
    pieces = re.split(r"([-'’])", tok)
    out = []
    for i, piece in enumerate(pieces):
        if piece and piece in "-'’":
            out.append(piece)
        elif i >= 2 and pieces[i - 1] in "'’" and len(pieces[i - 2]) > 2 and _caps_part(piece):
            out.append(piece.lower())            # "TUIMALEALI'IFANO" -> "Tuimaleali'ifano" (but "D'Alema")
        else:
            out.append(_case_part(piece, first and i == 0))
    return "".join(out)


@dataclass
class Holder:
    title: str
    name: str            # normalised full name as written by the Factbook ("Vladimir Vladimirovich Putin")
    surname: str         # the upper-case part, normalised ("Putin", "Kim")
    label: str           # default common form ("Vladimir Putin", "Kim Jong Un")
    since: dt.date | None
    surname_first: bool


def _is_name_token(tok: str) -> bool:
    bare = tok.strip(".").lower()
    if tok.endswith(",") or bare in TITLE_WORDS:
        return False
    return tok[:1].isupper() or bare in PARTICLES or bool(re.match(r"^[a-z]{1,2}['’][A-Z]", tok)) or \
        bool(re.match(r"^(al|el|ad|ar|as|at|an|ash|ibn|bin|abd|abu|de|da|di|du|del|van|von)-\w", tok))


def parse_holder(text: str) -> Holder | str | None:
    """Parse one executive-branch entry. Returns a Holder, ``"vacant"``, or None when unparseable."""
    t = clean_text(text)
    if not t:
        return None
    if re.search(r"\bvacant\b", t[:40], re.I):
        return "vacant"
    if re.match(r"^(on|0n|formerly|there are)\b", t, re.I):
        return None
    since = None
    cut = len(t)
    for m in re.finditer(r"\(([^()]*)\)", t):
        inner = m.group(1)
        if re.search(r"\bsince\b", inner, re.I) or re.search(r"\d{4}", inner):
            since, cut = parse_since(inner), m.start()
            break
    prefix = t[:cut]
    prefix = prefix.split(";")[0]
    prefix = re.split(r",?\s*represented by\b", prefix)[0]
    prefix = re.sub(r"\"[^\"]*\"|“[^”]*”", " ", prefix)
    prefix = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", prefix)
    prefix = re.sub(r"\b(also spelled|also referred to as|note)\b.*$", " ", prefix, flags=re.I)
    tokens = prefix.split()
    caps = [False] * len(tokens)
    regnal = [False] * len(tokens)
    for i, tok in enumerate(tokens):
        if is_regnal(tok) and i > 0 and (caps[i - 1] or (tokens[i - 1][:1].isupper() and
                                                          tokens[i - 1].strip(".,").lower() not in TITLE_WORDS)):
            regnal[i] = True          # "CHARLES III", "LEO XIV"
        elif is_caps_token(tok):
            caps[i] = True            # includes "XI" in "XI Jinping"
    for i, tok in enumerate(tokens):
        # A title word in capitals is a name here (the Factbook writes titles in mixed case): within the
        # upper-case name ("HASSAN SHEIKH Mohamud"), between a given name and it ("Hassan SHEIKH MOHAMUD"),
        # or as the only upper-case word after a given name ("John KING").
        if i == 0 or caps[i] or regnal[i] or not is_caps_title_word(tok) or tokens[i - 1].endswith(","):
            continue
        after_given = _is_name_token(tokens[i - 1])
        if caps[i - 1] or (after_given and i + 1 < len(tokens) and caps[i + 1]) or \
                (after_given and i + 1 == len(tokens) and not any(caps)):
            caps[i] = True
    first_caps = next((i for i, c in enumerate(caps) if c), None)
    if first_caps is None:
        # Fallback for entries written without an upper-case surname ("Prime Minister Milos Vucevic").
        start = next((i for i, tok in enumerate(tokens) if _is_name_token(tok) and
                      all(_is_name_token(x) for x in tokens[i:])), None)
        if start is None or len(tokens) - start < 2:
            return None
        first_caps = end_caps = len(tokens) - 1
    else:
        start = first_caps
        while start > 0 and _is_name_token(tokens[start - 1]) and \
                not (start > 1 and tokens[start - 2].lower() == "of"):     # "President of China XI ..."
            start -= 1
        end_caps = first_caps
        while end_caps + 1 < len(tokens) and caps[end_caps + 1]:
            end_caps += 1
        # drop narrative after the name ("... AKHUNDZADA serves as the head of ...")
        stop = end_caps + 1
        while stop < len(tokens) and (regnal[stop] or _is_name_token(tokens[stop]) or tokens[stop] in SUFFIXES):
            stop += 1
        tokens, caps, regnal = tokens[:stop], caps[:stop], regnal[:stop]
    title = " ".join(tokens[:start]).strip(" ,")
    if re.search(r"\d", title) or re.search(r"\belect\b|-elect\b", title, re.I) or len(title.split()) > 16:
        return None
    name_tokens, name_regnal = [], []
    for tok, reg in zip(tokens[start:], regnal[start:]):
        if tok.strip(","):
            name_tokens.append(tok.strip(","))
            name_regnal.append(reg)
    rel_first, rel_last = first_caps - start, end_caps - start
    normalised = [normalise_name_token(tok, i == 0 or i == rel_first, reg)
                  for i, (tok, reg) in enumerate(zip(name_tokens, name_regnal))]
    surname = " ".join(normalised[rel_first: rel_last + 1])
    surname_first = rel_first == 0
    if surname_first:
        label_tokens = normalised
    else:
        given = normalised[:rel_first]
        kept = [g for g in given if not re.fullmatch(r"[A-Z]\.", g)]
        if len(kept) > 1:
            kept = [kept[0]] + [g for g in kept[1:] if not PATRONYMIC.search(g)]
        tail = [tok for tok, reg in zip(normalised[rel_last + 1:], name_regnal[rel_last + 1:])
                if tok in SUFFIXES or reg]
        label_tokens = kept + normalised[rel_first: rel_last + 1] + tail
    return Holder(title=title, name=" ".join(normalised), surname=surname, label=" ".join(label_tokens),
                  since=since, surname_first=surname_first)


MONARCH_WORDS = re.compile(r"\b(king|queen|emperor|empress|pope|prince|princess|grand duke|sultan|amir|emir|"
                           r"co-prince|lord of mann)\b", re.I)
EXEC_RE = {
    HOS: re.compile(r'"chief of state"\s*:\s*\{\s*"text"\s*:\s*"((?:[^"\\]|\\.)*)"'),
    HOG: re.compile(r'"head of government"\s*:\s*\{\s*"text"\s*:\s*"((?:[^"\\]|\\.)*)"'),
}


def holder_surname(holder: Holder) -> str | None:
    if MONARCH_WORDS.search(holder.title):
        return None
    if holder.surname_first and len(holder.surname.split()) > 1:
        return None
    return holder.surname


def read_snapshot_manifest(raw: Path) -> dict[str, dt.date]:
    out = {}
    with open(raw / "factbook_json" / "snapshots_manifest.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            out[row["snapshot_dir"]] = dt.date.fromisoformat(row["commit_date_utc"][:10])
    return out


def iter_snapshot_executives(raw: Path, wanted: set[str]) -> Iterator[tuple[str, str, str, str]]:
    """Yield (snapshot_dir, fips code, office, text) from the monthly snapshot archive (streamed)."""
    archive = raw / "factbook_json" / "snapshots_monthly_2020-11_to_2026-01.tar.xz"
    with lzma.open(archive) as xz, tarfile.open(fileobj=xz, mode="r|") as tar:
        for member in tar:
            if not member.isfile() or not member.name.endswith(".json"):
                continue
            parts = Path(member.name).parts
            code = Path(member.name).stem
            if code not in wanted:
                continue
            snapshot = parts[1] if parts[0] == "." else parts[0]
            fh = tar.extractfile(member)
            if fh is None:
                continue
            text = fh.read().decode("utf-8", errors="replace")
            pos = text.find('"Executive branch"')
            if pos < 0:
                continue
            section = text[pos: pos + 20000]
            for office, regex in EXEC_RE.items():
                m = regex.search(section)
                if m:
                    yield snapshot, code, office, json.loads('"' + m.group(1) + '"')


# --------------------------------------------------------------------------------------
# Countries, capitals, demonyms
# --------------------------------------------------------------------------------------

@dataclass
class Country:
    iso3: str
    qid: str
    label: str
    official_name: str
    iso2: str
    un_status: str
    capital_name: str = ""
    capital_id: str = ""
    aliases: list[str] = field(default_factory=list)
    curated_aliases: list[str] = field(default_factory=list)
    phoenix_aliases: list[str] = field(default_factory=list)
    other_qids: list[str] = field(default_factory=list)
    fips: list[str] = field(default_factory=list)
    gov_type: str = ""

    @property
    def sovereign(self) -> bool:
        return self.un_status in ("un_member", "un_observer") or self.iso3 in ("TWN", "XKX")


def qid_from_url(text: str) -> str:
    m = re.search(r"(Q\d+)\s*$", text or "")
    return m.group(1) if m else ""


def clean_unterm(text: str) -> str:
    text = re.sub(r"\s*\*+\s*$", "", text or "").strip()
    text = re.sub(r"\s*\(the\)\s*$", "", text)
    text = re.sub(r"^the\s+", "", text)
    return text.strip()


def usable_source_alias(text: str) -> bool:
    return bool(text) and is_latin(text) and not re.search(r"[()\[\],;*]", text) and text.lower() != "none" \
        and len(text) <= 80


def fold_variants(names: Iterable[str]) -> list[str]:
    out = []
    for name in names:
        out.append(name)
        folded = fold(name)
        if folded != name and is_latin(name):
            out.append(folded)
    return uniq(out)


def build_countries(src: Sources) -> dict[str, Country]:
    overrides = {r["iso3"]: r for r in read_curated("country_overrides.tsv")}
    fb_by_iso3: dict[str, list[str]] = defaultdict(list)
    for code, iso3 in src.fips_to_iso3.items():
        fb_by_iso3[iso3].append(code)
    iso3s = set(src.country_codes) | {"XKX"}
    countries: dict[str, Country] = {}
    for iso3 in sorted(iso3s):
        cc = src.country_codes.get(iso3, {})
        rg = src.rigour.get(iso3, {})
        ov = overrides.get(iso3, {})
        fb_codes = sorted(fb_by_iso3.get(iso3, []))
        fb = src.factbook.get(fb_codes[0], {}) if fb_codes else {}
        cc_qid = qid_from_url(cc.get("wikidata_id", ""))
        qid = ov.get("qid") or rg.get("qid") or cc_qid
        if not qid:
            raise ValueError(f"no Wikidata id for {iso3}")
        others = [q for q in [rg.get("qid", ""), cc_qid] + list(rg.get("other_qids") or []) if q and q != qid]
        label = ov.get("label") or rg.get("name") or cc.get("CLDR display name") or cc.get("official_name_en")
        official = ov.get("official_name") or rg.get("full_name") or cc.get("official_name_en") or clean_unterm(cc.get("UNTERM English Formal", ""))
        iso2 = cc.get("ISO3166-1-Alpha-2", "").strip() or ("XK" if iso3 == "XKX" else "")
        io_text = fb_get(fb, "Government", "International organization participation")
        io_tokens = [t.strip() for t in io_text.split(",")]
        un_status = ov.get("un_status") or ("un_member" if "UN" in io_tokens else "other")
        source_aliases = [
            rg.get("name", ""), rg.get("full_name", ""), cc.get("official_name_en", ""),
            clean_unterm(cc.get("UNTERM English Short", "")), clean_unterm(cc.get("UNTERM English Formal", "")),
            cc.get("CLDR display name", ""),
            fb_get(fb, "Government", "Country name", "conventional long form").split(";")[0],
            fb_get(fb, "Government", "Country name", "conventional short form").split(";")[0],
        ] + [a for a in re.split(r";|\bor\b|,", fb_get(fb, "Government", "Country name", "abbreviation"))
             if len(a.strip()) >= 3]
        drop = {lookup_key(a) for a in split_multi(ov.get("drop_aliases", ""))}
        curated = split_multi(ov.get("add_aliases", ""))
        aliases = [a for a in source_aliases if usable_source_alias(a.strip())] + curated
        aliases = [a for a in fold_variants(aliases) if lookup_key(a) not in drop and a != label]
        capital = ov.get("capital") or cc.get("Capital", "").strip()
        if not capital and fb:
            capital = fb_get(fb, "Government", "Capital", "name")
            capital = re.split(r"[;(]", capital)[0].strip()
            capital = "" if capital.lower() in ("none", "no official capital") else capital
        countries[iso3] = Country(
            iso3=iso3, qid=qid, label=label, official_name=official, iso2=iso2, un_status=un_status,
            capital_name=capital, aliases=uniq(aliases), curated_aliases=curated, other_qids=uniq(others),
            fips=fb_codes, gov_type=fb_get(fb, "Government", "Government type"))
    for row in read_curated("breakaway_states.tsv"):
        rg = src.rigour.get(f"code:{row['code']}")
        if rg is None or not rg.get("qid"):
            raise ValueError(f"breakaway_states.tsv: no rigour territory with a QID for {row['code']!r}")
        label = row.get("label") or rg["name"]
        names = [rg.get("name", ""), rg.get("full_name", ""), *(rg.get("names_strong") or [])]
        aliases = [a for a in fold_variants(n for n in names if usable_source_alias(n.strip())) if a != label]
        key = row["code"].upper()  # not an ISO code: these have none
        countries[key] = Country(
            iso3="", qid=rg["qid"], label=label, official_name=rg.get("full_name") or label, iso2="",
            un_status="unrecognised", capital_name=row.get("capital", ""), aliases=uniq(aliases),
            other_qids=uniq(q for q in (rg.get("other_qids") or []) if q != rg["qid"]))
    return countries


def saint_variants(name: str) -> list[str]:
    out = [name]
    for a, b in (("St. ", "Saint "), ("St ", "Saint "), ("Saint ", "St. "), ("Saint-", "St-")):
        if name.startswith(a):
            out.append(b + name[len(a):])
    return out


@dataclass
class Place:
    id: str
    label: str
    type: str
    country: str          # actor id or ""
    aliases: list[str] = field(default_factory=list)
    note: str = ""
    source: str = ""


def build_places(src: Sources, countries: dict[str, Country]) -> dict[str, Place]:
    """Capital cities (from country-codes / Factbook) plus curated regions and cities."""
    places: dict[str, Place] = {}
    # capitals: sovereign states first so that they keep the plain slug
    order = sorted(countries.values(), key=lambda c: (not c.sovereign, c.iso3))
    used: set[str] = set()
    for c in order:
        if not c.capital_name:
            continue
        slug = slugify(c.capital_name)
        pid = f"city/{slug}" if f"city/{slug}" not in used else f"city/{slug}-{c.iso2.lower() or c.iso3.lower()}"
        used.add(pid)
        aliases = saint_variants(c.capital_name)
        fb = src.factbook.get(c.fips[0], {}) if c.fips else {}
        fb_cap = fb_get(fb, "Government", "Capital", "name")
        if fb_cap:
            # the Factbook spelling, when it is a variant of the same name ("Washington, DC", "Tirane")
            main = re.split(r"[;(]", fb_cap)[0].strip()
            same = lambda a, b: name_key(a.replace("St. ", "Saint "))[:4] == name_key(b.replace("St. ", "Saint "))[:4]
            if main and same(main, c.capital_name) and (usable_source_alias(main) or
                                                        re.fullmatch(r"[A-Z][\w' .-]+, D\.?C\.?", main)):
                aliases.extend(saint_variants(main))
        aliases = [a for a in fold_variants(aliases) if a != c.capital_name]
        places[pid] = Place(pid, c.capital_name, "City", c.qid, uniq(aliases), "", "capital")
        c.capital_id = pid
    by_label = {(p.label, p.country): p for p in places.values()}
    for row in read_curated("places.tsv"):
        country = resolve_ref(row["country"], countries) if row["country"] else ""
        key = (row["label"], country)
        aliases = split_multi(row["aliases"])
        if key in by_label:                       # extra aliases / note for a capital
            p = by_label[key]
            p.aliases = uniq(p.aliases + fold_variants(aliases))
            p.note = row.get("note", "") or p.note
            p.source = "capital+curated"
            continue
        kind = row["type"]
        if kind not in ("City", "Region"):
            raise ValueError(f"places.tsv: bad type {kind!r}")
        pid = row.get("id") or f"{'city' if kind == 'City' else 'region'}/{slugify(row['label'])}"
        if pid in places:
            raise ValueError(f"places.tsv: duplicate id {pid}")
        places[pid] = Place(pid, row["label"], kind, country,
                            [a for a in fold_variants(aliases) if a != row["label"]], row.get("note", ""), "curated")
    return places


def resolve_ref(ref: str, countries: dict[str, Country]) -> str:
    """Curated files name countries by ISO3 and other actors by id."""
    ref = ref.strip()
    if re.fullmatch(r"[A-Z]{3}", ref):
        if ref not in countries:
            raise ValueError(f"unknown ISO3 code {ref}")
        return countries[ref].qid
    return ref


PLURAL_KEEP = re.compile(r"(ese|ish|ch|sh|ss|s|x|z|i|y|Ni-Vanuatu)$")


def plural_of(word: str) -> str | None:
    if " " in word and word.split()[-1] in ("Islander", "Islanders"):
        return word + "s" if not word.endswith("s") else None
    if PLURAL_KEEP.search(word) and not word.endswith(("i",)):
        return None
    return word + "s"


def parse_nationality(text: str) -> list[str]:
    text = re.split(r";\s*note\b|\bnote\s*[-:]", text)[0]
    out: list[str] = []

    def repl(m: re.Match) -> str:
        base, suffix = m.group(1), m.group(2)
        if suffix in ("men", "women"):          # "Dutchman(men)" -> Dutchman, Dutchmen
            out.extend([base, re.sub(r"(wo)?man$", lambda x: (x.group(1) or "") + "men", base)])
            return base
        out.extend([base, base + suffix])
        return base

    text = re.sub(r"([A-Z][\w'’ -]*?)\((s|es|men|women)\)", repl, text)
    text = re.sub(r"\([^)]*\)", " ", text)
    for part in re.split(r",|\bor\b|\band\b(?! [A-Z][a-z]+ Islander)", text):
        part = " ".join(part.split())
        if part and part[0].isupper() and len(part.split()) <= 4 and re.fullmatch(r"[\w'’ -]+", part):
            out.append(part)
    return uniq(out)


def build_demonyms(src: Sources, countries: dict[str, Country]) -> dict[str, list[str]]:
    claims: dict[str, set[str]] = defaultdict(set)        # demonym -> iso3s
    for iso3, c in countries.items():
        forms: list[str] = []
        rec = src.mledoze.get("UNK" if iso3 == "XKX" else iso3, {})
        eng = (rec.get("demonyms") or {}).get("eng") or {}
        for g in ("m", "f"):
            w = (eng.get(g) or "").strip()
            if w:
                forms.append(w)
                p = plural_of(w)
                if p:
                    forms.append(p)
        fb = src.factbook.get(c.fips[0], {}) if c.fips else {}
        for key in ("noun", "adjective"):
            forms.extend(parse_nationality(fb_get(fb, "People and Society", "Nationality", key)))
        for f in fold_variants(forms):
            claims[f].add(iso3)
    overrides = read_curated("demonym_overrides.tsv")
    dropped = {(r["iso3"], d) for r in overrides for d in split_multi(r["drop"])}
    forced: dict[str, str] = {}
    for r in overrides:
        for d in split_multi(r["add"]):
            forced[d] = r["iso3"]
    names = {name_key(n) for c in countries.values() for n in [c.label] + c.aliases}
    out: dict[str, list[str]] = defaultdict(list)
    for form, owners in claims.items():
        owners = {o for o in owners if (o, form) not in dropped}
        if form in forced or not owners or name_key(form) in names:
            continue
        if len(owners) > 1:
            sovereign = {o for o in owners if countries[o].sovereign}
            if len(sovereign) != 1:
                continue                           # ambiguous ("Korean", "Congolese")
            owners = sovereign
        out[next(iter(owners))].append(form)
    for form, iso3 in forced.items():
        out[iso3].append(form)
    return {iso3: sorted(set(forms)) for iso3, forms in out.items()}


# --------------------------------------------------------------------------------------
# Leaders and dated roles
# --------------------------------------------------------------------------------------

FIRST_SNAPSHOT_YEAR_END = dt.date(2021, 12, 31)
REIGN_FROM = dt.date(2000, 1, 1)          # REIGN spells ending before this are not imported
EAST_ASIAN = {"CHN", "TWN", "PRK", "KOR", "HKG", "MAC", "VNM", "KHM"}
MAX_DAY = dt.date(9999, 12, 31)
MIN_DAY = dt.date(1, 1, 1)
SOURCE_PRIORITY = {"curated": 3, "factbook": 2, "reign": 1, "phoenix": 0}


@dataclass
class Spell:
    person: str                 # person key (see PersonIndex)
    of: str                     # ISO3 for countries, actor id for organisations
    office: str
    title: str
    start: dt.date | None
    end: dt.date | None
    sources: set[str]
    names: set[str] = field(default_factory=set)       # source spellings of the person's name
    surname: str | None = None
    effective: bool | None = None                      # set for Phoenix spells: no effective-office lookup

    @property
    def priority(self) -> int:
        return max(SOURCE_PRIORITY[s] for s in self.sources)

    @property
    def lo(self) -> dt.date:
        return self.start or MIN_DAY

    @property
    def hi(self) -> dt.date:
        return self.end or MAX_DAY


def overlaps(a: Spell, b: Spell) -> bool:
    return a.lo < b.hi and b.lo < a.hi


class PersonIndex:
    """Recognises people across sources; curated people.tsv rows win."""

    def __init__(self) -> None:
        self.curated: dict[str, dict[str, str]] = {}
        self.by_key: dict[str, str] = {}
        self.auto: dict[str, str] = {}
        for row in read_curated("people.tsv"):
            self.curated[row["label"]] = row
            for n in [row["label"]] + split_multi(row["aliases"]) + split_multi(row["match_names"]):
                k = name_key(n)
                if k in self.by_key and self.by_key[k] != row["label"]:
                    raise ValueError(f"people.tsv: {n!r} names two people")
                self.by_key[k] = row["label"]

    def find(self, *names: str) -> str | None:
        for n in names:
            label = self.by_key.get(name_key(n))
            if label:
                return label
        return None

    def key_for(self, label: str, of: str, *names: str) -> str:
        found = self.find(label, *names)
        if found:
            return found
        key = label if len(label.split()) > 1 else f"{label}@{of}"
        loose = name_key(key) + ("@" + of if "@" in key else "")
        # spellings that differ only in accents or case ("Vučić" / "Vucic") are one person
        return self.auto.setdefault(loose, key)


def key_label(key: str) -> str:
    return key.split("@")[0]


def normalise_title(raw: str, office: str, titles: dict[str, str]) -> str:
    low = " " + re.sub(r"[^a-z' -]+", " ", fold(raw).lower()) + " "
    low = " ".join(low.split())
    found = [(t, o) for t, o in titles.items() if re.search(rf"(^|\s){re.escape(t)}($|\s)", low)]
    if found:
        found.sort(key=lambda x: (x[1] == office, len(x[0])), reverse=True)
        phrase = found[0][0]
        words = [w if w in ("of", "the") else "-".join(p.capitalize() for p in w.split("-")) for w in phrase.split()]
        return " ".join(words)
    words = raw.split()
    while words and words[-1].strip(".,").lower() in HONORIFICS:
        words.pop()                                    # trailing honorifics ("Sr. Gen.", "Dr.")
    raw = " ".join(words).strip(" ,")
    if raw and len(raw.split()) <= 5 and not re.search(r"\d", raw):
        return raw
    return {HOS: "Head of State", HOG: "Head of Government"}.get(office, "")


def factbook_spells(src: Sources, countries: dict[str, Country], people: PersonIndex,
                    titles: dict[str, str]) -> tuple[list[Spell], dict[tuple[str, str], str]]:
    """Spells per (country, office) from the monthly snapshots; end = successor's start.

    Also returns the normalised title each office had in the earliest snapshot (for REIGN spells).
    """
    manifest = read_snapshot_manifest(src.raw)
    exclusions = {(r["country"], r["office"]) for r in read_curated("factbook_exclusions.tsv")}
    wanted = {code for code, iso3 in src.fips_to_iso3.items() if countries[iso3].sovereign}
    observed: dict[tuple[str, str], dict[dt.date, Holder | str]] = defaultdict(dict)
    present: dict[tuple[str, str], set[dt.date]] = defaultdict(set)
    for snapshot, code, office, text in iter_snapshot_executives(src.raw, wanted):
        iso3 = src.fips_to_iso3[code]
        if (iso3, office) in exclusions:
            continue
        day = manifest[snapshot]
        present[(iso3, office)].add(day)
        holder = parse_holder(text)
        if holder is not None:
            observed[(iso3, office)][day] = holder
    first_titles: dict[tuple[str, str], str] = {}
    spells: list[Spell] = []
    for (iso3, office), by_day in sorted(observed.items()):
        days = sorted(by_day)
        for d in days:
            if isinstance(by_day[d], Holder) and by_day[d].title:
                first_titles[(iso3, office)] = normalise_title(by_day[d].title, office, titles)
                break
        current: dict | None = None
        finished: list[dict] = []
        last_title = ""
        for day in days:
            h = by_day[day]
            if h == "vacant":
                if current and not current.get("vacant"):
                    current["vacant"] = day
                continue
            if h.title:
                last_title = h.title
            title = h.title or last_title
            key = people.key_for(h.label, iso3, h.name)
            if current is not None and same_holder(current, key, h):
                current["names"].update([h.name, h.label])
                current["title"] = title or current["title"]
                current["key"] = key
                current["holder"] = h
                current["vacant"] = None
                if h.since and h.since != current["since"]:
                    if current["since"] is None or h.since < current["since"] or h.since < current["since_seen"]:
                        # an earlier date, or a correction (the new date was already past when the old one
                        # was first shown); a later date shown later is a new term of the same tenure
                        current["since"], current["since_seen"] = h.since, day
                current["last"] = day
                continue
            previous = current
            current = {"key": key, "surname": h.surname, "names": {h.name, h.label}, "title": title,
                       "since": h.since, "since_seen": day, "first": day, "last": day, "end": None, "holder": h,
                       "vacant": None}
            if previous:
                previous["successor"], previous["successor_day"] = current, day
                finished.append(previous)
        if current:
            later = sorted(d for d in present[(iso3, office)] if d > current["last"])
            current["end"] = current.get("vacant") or (later[0] if later else None)
            finished.append(current)
        for f in finished:
            start = f["since"] or f["first"]
            succ = f.get("successor")
            if succ is not None:
                since, day, vacant = succ["since"], f["successor_day"], f.get("vacant")
                if since and start < since <= day and (vacant is None or since <= vacant + dt.timedelta(days=60)):
                    f["end"] = since        # the successor's start (also right after a short vacancy)
                else:
                    f["end"] = vacant or day  # first snapshot showing the office vacant / someone else
            end = f["end"]
            if end is not None and end <= start:
                end = start + dt.timedelta(days=1)
            spells.append(Spell(person=f["key"], of=iso3, office=office,
                                title=normalise_title(f["title"], office, titles), start=start, end=end,
                                sources={"factbook"}, names=set(f["names"]), surname=holder_surname(f["holder"])))
    return spells, first_titles


def same_holder(current: dict, key: str, h: Holder) -> bool:
    """Is snapshot entry ``h`` the person of the running spell (spelling changes allowed)?"""
    if key == current["key"]:
        return True
    prev: Holder = current["holder"]
    if name_key(h.surname) == name_key(prev.surname):
        # same surname: same person only if the given name or the start date agrees (not "Keith" -> "Dickon")
        if h.surname_first or prev.surname_first or (h.since and h.since == current["since"]):
            return True
        return name_key(h.label).split()[:1] == name_key(prev.label).split()[:1]
    a, b = name_key(h.surname), name_key(prev.surname)
    same_given = name_key(h.label).split()[:1] == name_key(prev.label).split()[:1]
    return same_given and (a.startswith(b) or b.startswith(a))        # "Osmani" -> "Osmani-Sadriu"


def fix_mojibake(text: str) -> str:
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeDecodeError, UnicodeEncodeError):
        return text


def read_reign(raw: Path) -> list[dict]:
    """REIGN leader spells as (ccode, leader, start date, end month/year); facts only."""
    data = (raw / "reign" / "leaderlist_3_21.csv").read_bytes().decode("latin-1")
    rows = []
    for rec in csv.DictReader(io.StringIO(data)):
        try:
            start = dt.date(int(rec["syear"]), int(rec["smonth"]), int(rec["sdate"]))
        except ValueError:
            continue
        end_ym = (int(rec["eyear"]), int(rec["emonth"])) if rec["eyear"].strip() else None
        name = fix_mojibake(rec["leader"])
        name = re.sub(r"\((acting|f|\d+(st|nd|rd|th) time|[^)]*)\)", " ", name)
        rows.append({"ccode": rec["ccode"].strip(), "name": " ".join(name.split()), "start": start, "end_ym": end_ym})
    return rows


def names_match(a: str, b_names: Iterable[str], b_surname: str | None) -> bool:
    ta = set(name_key(a).split())
    for b in b_names:
        tb = set(name_key(b).split())
        if ta and ta <= tb:
            return True
    if b_surname:
        ts = set(name_key(b_surname).split())
        if ts and ts <= ta:
            return True
    return False


@dataclass
class EffectiveRow:
    country: str
    office: str
    start: dt.date | None
    end: dt.date | None
    reign_office: str
    basis: str


def heuristic_effective(c: Country, fb_spells: list[Spell]) -> str:
    latest = {}
    for s in fb_spells:
        if s.of == c.iso3 and s.end is None:
            latest[s.office] = s.person
    if latest.get(HOS) and latest.get(HOS) == latest.get(HOG):
        return HOS
    t = c.gov_type.lower()
    if "semi-presidential" in t:
        return HOS
    if "parliamentary" in t:
        return HOG
    return HOS


def build_effective_table(countries: dict[str, Country], fb_spells: list[Spell], reign: list[dict],
                          cow: dict[str, dict]) -> dict[str, list[EffectiveRow]]:
    table: dict[str, list[EffectiveRow]] = defaultdict(list)
    for row in read_curated("effective_office.tsv"):
        of = row["country"]
        table[of].append(EffectiveRow(of, row["office"], parse_iso(row["start"]), parse_iso(row["end"]),
                                      row["reign_office"] or row["office"], "curated"))
    # REIGN's last (ongoing) leader per country, matched against the Factbook's first snapshots
    last_reign: dict[str, dict] = {}
    for rec in reign:
        iso3 = cow_iso3(cow, rec)
        if iso3 and (iso3 not in last_reign or rec["start"] > last_reign[iso3]["start"]):
            last_reign[iso3] = rec
    for iso3, c in countries.items():
        if not c.sovereign or iso3 in table:
            continue
        office, basis = None, ""
        rec = last_reign.get(iso3)
        if rec:
            window = Spell("", iso3, "", "", max(rec["start"], dt.date(2020, 11, 1)), FIRST_SNAPSHOT_YEAR_END, set())
            for cand in (HOS, HOG):
                for s in fb_spells:
                    if s.of == iso3 and s.office == cand and overlaps(s, window) and \
                            names_match(rec["name"], s.names | {key_label(s.person)}, s.surname):
                        office, basis = cand, "reign"
                        break
                if office:
                    break
        if not office:
            office, basis = heuristic_effective(c, fb_spells), "factbook-government-type"
        table[iso3].append(EffectiveRow(iso3, office, None, None, office, basis))
    return table


def effective_on(table: dict[str, list[EffectiveRow]], of: str, day: dt.date | None) -> EffectiveRow | None:
    day = day or dt.date.today()
    for row in table.get(of, []):
        if (row.start is None or row.start <= day) and (row.end is None or day < row.end):
            return row
    return None


def read_cow() -> dict[str, dict]:
    return {r["cow_code"]: r for r in read_curated("cow_iso3.tsv")}


def cow_iso3(cow: dict[str, dict], rec: dict) -> str | None:
    row = cow.get(rec["ccode"])
    if not row or row["use"] != "yes":
        return None
    if row["from"] and rec["start"] < parse_iso(row["from"]):
        return None
    if row["to"] and rec["start"] >= parse_iso(row["to"]):
        return None
    return row["iso3"]


def reign_spells(reign: list[dict], cow: dict[str, dict], table: dict[str, list[EffectiveRow]],
                 fb_spells: list[Spell], first_titles: dict[tuple[str, str], str], people: PersonIndex,
                 countries: dict[str, Country]) -> list[Spell]:
    overrides = {(r["iso3"], r["reign_name"]): r["label"] for r in read_curated("reign_names.tsv")}
    by_country: dict[str, list[dict]] = defaultdict(list)
    for rec in reign:
        iso3 = cow_iso3(cow, rec)
        if iso3 and iso3 in countries:
            by_country[iso3].append(rec)
    out = []
    for iso3, recs in sorted(by_country.items()):
        recs.sort(key=lambda r: r["start"])
        for i, rec in enumerate(recs):
            end = recs[i + 1]["start"] if i + 1 < len(recs) else None
            if end is not None and end <= REIGN_FROM:
                continue
            eff = effective_on(table, iso3, rec["start"])
            if eff is None or eff.office == "none" or eff.reign_office == "none":
                continue
            office = eff.reign_office
            probe = Spell("", iso3, office, "", rec["start"], end, {"reign"})
            label = overrides.get((iso3, rec["name"]))
            key = None
            if label:
                key = people.key_for(label, iso3)
            else:
                for s in fb_spells:
                    if s.of == iso3 and overlaps(s, probe) and names_match(rec["name"], s.names, s.surname):
                        key = s.person
                        break
                if key is None:
                    key = people.key_for(rec["name"][:1].upper() + rec["name"][1:], iso3)
            title = first_titles.get((iso3, office)) or {HOS: "President", HOG: "Prime Minister"}[office]
            name = rec["name"]
            names = {name[:1].upper() + name[1:]} if not label and len(name.split()) > 1 else set()
            out.append(Spell(person=key, of=iso3, office=office, title=title, start=rec["start"], end=end,
                             sources={"reign"}, names=names))
    return out


def curated_spells(countries: dict[str, Country], people: PersonIndex) -> list[Spell]:
    out = []
    for row in read_curated("roles.tsv"):
        of = row["of"]
        key = people.key_for(row["person"], of)
        out.append(Spell(person=key, of=of, office=row["office"], title=row["title"], start=parse_iso(row["start"]),
                         end=parse_iso(row["end"]), sources={"curated"}, names={row["person"]}))
    return out


def merge_spells(spells: list[Spell]) -> list[Spell]:
    """Combine sources per (of, office): curated > Factbook > REIGN (see SOURCES.md)."""
    groups: dict[tuple[str, str], list[Spell]] = defaultdict(list)
    for s in spells:
        groups[(s.of, s.office)].append(s)
    result: list[Spell] = []
    for _, group in sorted(groups.items()):
        curated = [s for s in group if "curated" in s.sources]
        accepted: list[Spell] = []
        ordered = sorted(group, key=lambda s: (-s.priority, s.lo, s.person))
        for s in ordered:
            if s.sources == {"reign"} and any(overlaps(s, c) for c in curated):
                continue                                   # curated coverage replaces REIGN
            keep = True
            for r in accepted:
                if not overlaps(s, r) or (r.person != s.person and s.office in MULTI_HOLDER_OFFICES):
                    continue
                if r.person == s.person:
                    if "curated" not in r.sources and s.start and r.start and (r.start - s.start).days > 60:
                        r.start = s.start                  # REIGN knows an earlier start of the same tenure
                    if r.end is None and s.end is not None and "curated" in r.sources and "factbook" in s.sources:
                        r.end = s.end
                    elif s.priority == r.priority and r.end is not None:
                        r.end = None if s.end is None else max(r.end, s.end)   # one source seen twice
                        r.start = min(r.lo, s.lo) if (r.start and s.start) else (r.start or s.start)
                    r.sources |= s.sources
                    r.names |= s.names
                    r.surname = r.surname or s.surname
                    keep = False
                    break
                if s.lo < r.lo:
                    s.end = r.start if s.end is None or s.end > r.lo else s.end
                elif r.end is not None and (s.end is None or s.end > r.end):
                    s.start = r.end
                else:
                    keep = False
                    break
                if s.start and s.end and s.start >= s.end:
                    keep = False
                    break
            if keep:
                accepted.append(s)
        # same-source spells of one person that touch are one tenure (REIGN re-codings, Factbook re-appointments)
        accepted.sort(key=lambda s: (s.person, s.lo))
        merged: list[Spell] = []
        for s in accepted:
            prev = merged[-1] if merged else None
            if prev and prev.person == s.person and prev.end == s.start and prev.title == s.title \
                    and "curated" not in prev.sources | s.sources:
                prev.end = s.end
                prev.sources |= s.sources
                prev.names |= s.names
                continue
            merged.append(s)
        result.extend(merged)
    return result


@dataclass
class Person:
    id: str
    label: str
    surnames: list[str]
    aliases: list[str]


def build_persons(spells: list[Spell], people: PersonIndex,
                  new_people: dict[str, list[str]] | None = None) -> dict[str, Person]:
    """Person records for every person key used by a role; ids are slugs of the label.

    ``new_people``: keys of persons known only from Phoenix, with their surnames (possibly none). They
    never take an id an earlier source's person has: on a clash they get the country suffix."""
    new_people = new_people or {}
    info: dict[str, dict] = {}
    for s in sorted(spells, key=lambda s: (s.sources == {"phoenix"}, s.lo, s.of, s.office, s.person)):
        d = info.setdefault(s.person, {"names": set(), "surname": None, "first_of": s.of})
        d["names"] |= s.names
        d["surname"] = d["surname"] or s.surname
    slugs: dict[str, list[str]] = defaultdict(list)
    for key in info:
        if key not in new_people:
            slugs[slugify(key_label(key))].append(key)
    ids: dict[str, str] = {}
    for key in sorted(k for k in info if k not in new_people):
        slug = slugify(key_label(key))
        ids[key] = f"person/{slug}" if len(slugs[slug]) == 1 else f"person/{slug}-{info[key]['first_of'].lower()}"
    taken = set(ids.values())
    new_slugs: dict[str, list[str]] = defaultdict(list)
    for key in new_people:
        new_slugs[slugify(key_label(key))].append(key)
    for key in sorted(new_people):
        slug = slugify(key_label(key))
        pid = f"person/{slug}"
        if pid in taken or len(new_slugs[slug]) > 1:
            pid = f"person/{slug}-{info[key]['first_of'].lower()}"
        number = 2
        while pid in taken:
            pid = f"person/{slug}-{info[key]['first_of'].lower()}-{number}"
            number += 1
        taken.add(pid)
        ids[key] = pid
    persons: dict[str, Person] = {}
    for key, d in sorted(info.items()):
        label = key_label(key)
        pid = ids[key]
        cur = None if key in new_people else people.curated.get(label)
        if key in new_people:
            surnames = list(new_people[key])
            curated = people.curated.get(label)  # a Phoenix-only person given a curated label
            aliases = split_multi(curated["aliases"]) if curated else []
        elif cur:
            surnames = split_multi(cur["surname"])
            aliases = split_multi(cur["aliases"])
        else:
            if d["surname"]:
                surnames = [d["surname"]]
            elif len(label.split()) == 1:
                surnames = [label]
            else:
                toks = label.split()
                surnames = [toks[0] if d["first_of"] in EAST_ASIAN else toks[-1]]
            aliases = []
        blocked = {name_key(n) for n in split_multi(cur["match_names"])} if cur else set()
        for n in sorted(d["names"]):
            if len(n.split()) > 1 and name_key(n) not in blocked and not re.search(r"[()\d]", n):
                aliases.append(n)
        aliases = [a for a in fold_variants(aliases + [label]) if a != label]
        label, aliases = full_name_label(label, aliases)
        persons[key] = Person(pid, label, uniq(fold_variants(surnames)), uniq(aliases))
    return persons


def full_name_label(label: str, aliases: list[str]) -> tuple[str, list[str]]:
    """A surname-only label (REIGN names most leaders so) gives way to the shortest alias ending in it.

    The graph page and SPARQL results show labels; "Bouteflika" alone is how news refers back to
    him, not how it introduces him. The id stays the slug of the old label, which stays the surname
    (a lone word is never an alias: the surname patterns, bound to the document, read it).

    >>> full_name_label("Bouteflika", ["Abdelaziz Bouteflika"])
    ('Abdelaziz Bouteflika', [])
    >>> full_name_label("Naruhito", ["Emperor Naruhito"])
    ('Naruhito', ['Emperor Naruhito'])
    >>> full_name_label("Suharto", ["Haji Mohammad Soeharto"])
    ('Suharto', ['Haji Mohammad Soeharto'])
    """
    if len(label.split()) != 1:
        return label, aliases
    full = sorted((a for a in aliases if len(a.split()) > 1 and fold(a.split()[-1]) == fold(label)
                   and a.split()[0].strip(".").lower() not in TITLE_WORDS),  # not "Emperor Naruhito"
                  key=lambda a: (len(a.split()), a))
    if not full:
        return label, aliases
    return full[0], [a for a in aliases if a != full[0]]


# --------------------------------------------------------------------------------------
# Organisations and seats
# --------------------------------------------------------------------------------------

@dataclass
class Org:
    id: str
    label: str
    type: str
    acronyms: list[str]
    aliases: list[str]
    source: str
    phoenix_names: set[str] = field(default_factory=set)     # names added from Phoenix (never curated-strength)


def spelling_variants(name: str) -> list[str]:
    out = [name]
    for a, b in (("Organisation", "Organization"), ("Organization", "Organisation")):
        if a in name:
            out.append(name.replace(a, b))
    return out


def build_organizations(src: Sources) -> dict[str, Org]:
    orgs: dict[str, Org] = {}
    for key, rec in sorted(src.supraverden.items()):
        name = (rec.get("Name_en") or key).strip()
        qid = str(rec.get("Wikidata_code") or "").strip()
        oid = qid if re.fullmatch(r"Q\d+", qid) else f"org/{slugify(name)}"
        acronyms = [str(rec.get(k) or "").strip() for k in
                    ("Abbreviation_en", "Abbreviation_other_en", "Abbreviation_other_2_en")]
        acronyms = [a for a in acronyms if len(a) >= 2 and re.fullmatch(r"[A-Z0-9][A-Za-z0-9&.+-]*[A-Z0-9.]", a)
                    and sum(c.isupper() for c in a) >= 2]
        aliases = [str(rec.get(k) or "").strip() for k in sorted(rec) if re.fullmatch(r"Name_(other|former)(_\d)?_en", k)]
        aliases = [a for n in aliases if usable_source_alias(n) for a in spelling_variants(n)]
        aliases += spelling_variants(name)[1:]
        if oid in orgs:                              # the same body listed twice
            o = orgs[oid]
            o.acronyms = uniq(o.acronyms + acronyms)
            o.aliases = uniq(o.aliases + [name] + aliases)
            continue
        orgs[oid] = Org(oid, name, "InternationalOrganization", uniq(acronyms),
                        uniq(a for a in fold_variants(aliases) if a != name), "supraverden")
    for row in read_curated("organizations.tsv"):
        oid = row["id"] or f"org/{slugify(row['label'])}"
        acr = split_multi(row["acronyms"])
        ali = fold_variants(split_multi(row["aliases"]))
        if oid in orgs:
            o = orgs[oid]
            if row["label"] != o.label:
                ali = [o.label] + ali
            o.label, o.type = row["label"], row["type"]
            o.acronyms = uniq(acr + o.acronyms)
            o.aliases = uniq(a for a in ali + o.aliases if a != o.label)
            o.source = "supraverden+curated"
        else:
            if row["id"] and not row["id"].startswith("org/"):
                raise ValueError(f"organizations.tsv: {row['id']} is not in supraverden; never invent identifiers")
            orgs[oid] = Org(oid, row["label"], row["type"], acr, [a for a in ali if a != row["label"]], "curated")
    for o in orgs.values():
        o.aliases = uniq(o.aliases + [v for a in [o.label, *o.aliases] for v in dotted_un_variants(a)
                                      if v != o.label])
    return orgs


def dotted_un_variants(name: str) -> list[str]:
    """"UN General Assembly" -> ["U.N. General Assembly"]: wire services (AP, Reuters until 2024) write the
    United Nations' acronym with dots, and a U.N. body's name no source spells that way is still its name.

    >>> dotted_un_variants("UN General Assembly"), dotted_un_variants("UNESCO")
    (['U.N. General Assembly'], [])
    """
    return [f"U.N. {name[3:]}"] if name.startswith("UN ") and len(name) > 3 else []


# --------------------------------------------------------------------------------------
# Phoenix actor dictionaries (PETRARCH2, MIT): dated government roles, organisations, armed groups,
# country names. Format: "NAME_WITH_UNDERSCORES [CODE]" entries, "+SYNONYM" lines, "[CODE yymmdd-yymmdd]"
# code lines; name lines without a code before the first code line belong to the same entry.
# --------------------------------------------------------------------------------------

PHOENIX_FILES = {"countries": "Phoenix.Countries.actors.txt", "international": "Phoenix.International.actors.txt",
                 "nonstate": "Phoenix.MilNonState.actors.txt"}
PHOENIX_FROM = dt.date(1980, 1, 1)          # Phoenix spells ending before this are not imported
PHOENIX_COUNTRY_FROM = {"RUS": dt.date(1991, 12, 26)}   # earlier RUS codes are offices of the Soviet Union
# Countries (the G20 members, which include the P5) whose Phoenix cabinet members of every sector are imported;
# elsewhere only posts without a sector (heads, foreign and interior ministers...), economy and defence posts.
PHOENIX_ALL_SECTORS = {"ARG", "AUS", "BRA", "CAN", "CHN", "DEU", "FRA", "GBR", "IDN", "IND", "ITA", "JPN", "KOR",
                       "MEX", "RUS", "SAU", "TUR", "USA", "ZAF"}
PHOENIX_CORE_SECTORS = {"", "BUS", "MIL"}
# Phoenix agent sector (the block after GOV) -> words for the role title
PHOENIX_SECTORS = {"AGR": "agriculture", "BUS": "economy", "COP": "police", "DEV": "development",
                   "EDU": "education", "ENV": "environment", "HLH": "health", "HRI": "human rights",
                   "JUD": "justice", "LAB": "labour", "LEG": "legislature", "MED": "media", "REF": "refugees",
                   "REL": "religion", "MUS": "religion", "SPY": "intelligence", "PTY": "party"}
_PHX_CODE = re.compile(r"\[([^\]]*)\]")
_PHX_NAME_CHARS = re.compile(r"[A-Z0-9_ .'&()/-]+")
VOWELS = set("AEIOUY")


@dataclass
class PhxCode:
    code: str
    start: dt.date | None
    end: dt.date | None
    dated: bool
    open_end: bool = False       # ">yymmdd": from that day on, end unknown


@dataclass
class PhxEntry:
    file: str
    line: int
    names: list[str]             # raw names, the entry's own name first ("TURGUT_OZAL", "+OZAL_" -> "OZAL")
    codes: list[PhxCode] = field(default_factory=list)
    closed: bool = False

    @property
    def key(self) -> str:
        return self.names[0]


def phoenix_date(text: str) -> dt.date | None:
    """"990809" (two-digit years up to 30 are 20xx) or "19990809"."""
    if len(text) == 6:
        year = int(text[:2])
        year += 2000 if year <= 30 else 1900
    elif len(text) == 8:
        year = int(text[:4])
    else:
        return None
    try:
        return dt.date(year, int(text[-4:-2]), int(text[-2:]))
    except ValueError:
        return None


def parse_phoenix_code(text: str) -> PhxCode | None:
    m = re.fullmatch(r"\s*([A-Z-]+)\s*(.*?)\s*", text)
    if not m:
        return None
    code, rest = m.group(1), m.group(2).replace(" ", "")
    if not rest:
        return PhxCode(code, None, None, False)
    span = re.fullmatch(r"(\d+)-(\d+)", rest)
    if span:
        start, end = phoenix_date(span.group(1)), phoenix_date(span.group(2))
        return PhxCode(code, start, end, True) if start and end else None
    if rest[0] in "<>" and rest[1:].isdigit():
        day = phoenix_date(rest[1:])
        if day is None:
            return None
        return PhxCode(code, day, None, True, True) if rest[0] == ">" else PhxCode(code, None, day, True)
    return None


def clean_phoenix_name(raw: str) -> str:
    return " ".join(raw.split()).strip(" _")


def read_phoenix(path: Path) -> list[PhxEntry]:
    entries: list[PhxEntry] = []
    current: PhxEntry | None = None
    text = path.read_bytes().decode("utf-8", errors="replace")
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("["):
            if current is not None:
                current.codes += [c for c in map(parse_phoenix_code, _PHX_CODE.findall(line)) if c]
                current.closed = True
            continue
        if line.startswith("+"):
            if current is not None:      # "+A_+_B_" lists two synonyms
                current.names += [clean_phoenix_name(n) for n in line[1:].split("+") if clean_phoenix_name(n)]
            continue
        codes = _PHX_CODE.findall(line)
        name = clean_phoenix_name(_PHX_CODE.sub(" ", line))
        if current is None or current.closed:
            current = PhxEntry(path.name, number, [])
            entries.append(current)
        if name:
            current.names.append(name)
        if codes:
            current.codes += [c for c in map(parse_phoenix_code, codes) if c]
            current.closed = True
    return [e for e in entries if e.names]


def phoenix_tokens(raw: str) -> list[str] | None:
    """Words of a Phoenix name, or None when it is not a plain name (odd characters, digits)."""
    if not _PHX_NAME_CHARS.fullmatch(raw):
        return None
    return [t for t in re.split(r"[_\s]+", raw) if t]


def is_initials(tok: str) -> bool:
    return bool(re.fullmatch(r"(?:[A-Z]\.)+|[A-Z]", tok))


def is_roman(tok: str) -> bool:
    return len(tok) >= 2 and bool(re.fullmatch(r"[IVX]+", tok))


def looks_acronym(tok: str) -> bool:
    """"UN", "U.N.", "PKK", "NATO"-like tokens that keep their capitals (no vowel, or dotted)."""
    bare = tok.replace(".", "").replace("&", "")
    if "." in tok and re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?", tok):
        return True
    return len(bare) >= 2 and bare.isalpha() and not (set(bare) & VOWELS)


def capitalise(word: str) -> str:
    """"NUSRA" -> "Nusra", "CHILDREN'S" -> "Children's", "O'NEILL" -> "O'Neill", "D'ALEMA" -> "D'Alema"."""
    parts = word.split("'")
    out = [parts[0][:1].upper() + parts[0][1:].lower()]
    for part in parts[1:]:
        out.append(part[:1].upper() + part[1:].lower() if len(parts[0]) == 1 else part.lower())
    return "'".join(out)


ARABIC_ARTICLES = {"AL", "EL", "ASH", "AZ", "AD", "AR", "ADH", "ATH"}
ORG_LOWER = {"OF", "THE", "AND", "FOR", "IN", "ON", "AT", "TO", "BY", "WITH", "AGAINST", "FROM", "DE", "DU", "DES",
             "LA", "LE", "LES", "ET", "Y", "DEL", "A", "AN", "OR", "INTO", "UNDER", "PER", "POUR", "WA", "WAL"}
PERSON_PARTICLES = {"BIN", "BINT", "IBN", "DE", "DA", "DO", "DOS", "DAS", "DU", "DEL", "DELLA", "DI", "VAN", "VON",
                    "DER", "DEN", "TER", "Y", "E", "ZU"}
CAPITAL_PARTICLE_COUNTRIES = {"BEL", "ITA", "VNM"}   # "Van Rompuy", "De Gasperi", "Di Pietro", "Phan Van Khai"
FRENCH_APOSTROPHE_COUNTRIES = {"FRA", "BEL", "CHE", "LUX", "MCO", "HTI", "CAN"}   # "Giscard d'Estaing"


def case_phoenix(tokens: list[str], kind: str, iso3: str = "", acronyms: frozenset[str] = frozenset()) -> str:
    """Mixed-case form of an upper-case Phoenix name (kind "person" or "org")."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        tok, first, last = tokens[i], i == 0, i == len(tokens) - 1
        if tok in ARABIC_ARTICLES and not first and not last:            # "AL_NUSRA" -> "al-Nusra"
            out.append(tok.lower() + "-" + case_phoenix([tokens[i + 1]], kind, iso3, acronyms))
            i += 2
            continue
        i += 1
        if kind == "org":
            if tok in ("INTER", "ANTI") and not last:          # "INTER_PARLIAMENTARY" -> "Inter-Parliamentary"
                out.append(capitalise(tok) + "-" + case_phoenix([tokens[i]], kind, iso3, acronyms))
                i += 1
            elif tok in acronyms or looks_acronym(tok):
                out.append(tok)
            elif tok in ORG_LOWER and not first:
                out.append(tok.lower())
            else:
                out.append("-".join(_case_org_part(p, j == 0 and first) for j, p in enumerate(tok.split("-"))))
            continue
        if is_roman(tok) and not first:
            out.append(tok)
        elif tok in ("JR", "JR.", "SR", "SR."):
            out.append(tok[:2].capitalize() + ".")
        elif is_initials(tok):
            out.append(tok if tok.endswith(".") or iso3 == "MMR" else tok + ".")
        elif (tok in PERSON_PARTICLES or tok in ("LA", "LAS", "LOS") and tokens[i - 2] in ("DE", "Y")) and \
                not first and not last:                               # "de la Rua" (tokens[i - 2]: the word before)
            out.append(tok.capitalize() if iso3 in CAPITAL_PARTICLE_COUNTRIES else tok.lower())
        else:
            out.append("-".join(_case_person_part(p, j, first, iso3) for j, p in enumerate(tok.split("-"))))
    return " ".join(out)


HYPHEN_LOWER = {"E", "I", "UL", "UD", "US", "O", "Y"}     # "LASHKAR-E-TAIBA" -> "Lashkar-e-Taiba"


def _case_org_part(part: str, first: bool) -> str:
    if (part in ARABIC_ARTICLES or part in HYPHEN_LOWER) and not first:
        return part.lower()
    return capitalise(part)


def _case_person_part(part: str, index: int, first: bool, iso3: str) -> str:
    if not part:
        return part
    if part in ARABIC_ARTICLES and not (first and index == 0):
        return part.lower()
    if index > 0 and iso3 == "KOR":
        return part.lower()                     # "KI-MOON" -> "Ki-moon"
    if part.startswith("MC") and len(part) > 3:
        return "Mc" + part[2].upper() + part[3:].lower()
    if re.match(r"^D'.", part) and iso3 in FRENCH_APOSTROPHE_COUNTRIES and not first:
        return "d'" + capitalise(part[2:])
    return capitalise(part)


# Words that make a Phoenix name a description, not a person's name ("PRESIDENT_KARZAI", "GORBACHEV_ADMINISTRATION")
PERSON_DESCRIPTORS = {
    "PRESIDENT", "PRESIDENTE", "VICE", "MINISTER", "MINISTERS", "MINISTRY", "SECRETARY", "SECRETARY-GENERAL", "SECY",
    "SEC.", "PRIME", "PREMIER", "LEADER", "CHIEF", "FORMER", "ADMINISTRATION", "GOVERNMENT", "CHAIRMAN",
    "CHAIRWOMAN", "CHAIR", "DEPUTY", "ACTING", "AMBASSADOR", "ENVOY", "SPOKESMAN", "SPOKESWOMAN", "GENERAL",
    "COMMANDER", "KING", "QUEEN", "PRINCE", "PRINCESS", "CROWN", "EMPEROR", "TENNO", "OFFICIAL", "FOREIGN",
    "DEFENSE", "DEFENCE", "INTERIOR", "FINANCE", "PARTY", "ARMY", "COUNCIL", "ASSEMBLY", "COMMITTEE", "FRONT",
    "FORCES", "REPUBLIC", "OFFICE", "DEPARTMENT", "AGENCY", "BANK", "COURT", "POLICE", "MILITARY", "MP", "SENATOR",
    "GOVERNOR", "MAYOR", "JUDGE", "JUSTICE", "ATTORNEY", "DIRECTOR", "HEAD", "SPEAKER", "REGIME", "FAMILY",
    "GROUP", "MOVEMENT", "UNION", "STATE", "NATIONAL", "PEOPLE", "PEOPLE'S", "SOVIET", "COMMUNIST", "LEADERSHIP",
    "CABINET", "PRESIDENCY", "JUNTA", "REGENT", "REGENCY", "COUNCILLOR", "ADVISER", "ADVISOR", "AIDE",
    "AUTHORITY", "ORGANIZATION", "ORGANISATION", "ASSOCIATION", "COMMISSION", "INSTITUTE", "UNIVERSITY",
    "COMPANY", "CORPORATION", "BUREAU", "SERVICE", "SERVICES", "DIVISION", "DIRECTORATE", "BOARD", "FEDERATION",
    "LEAGUE", "ALLIANCE", "COALITION", "BRIGADE", "BRIGADES", "MILITIA", "REBELS", "FACTION", "CENTER", "CENTRE",
    "FOUNDATION", "FUND", "PROGRAM", "PROGRAMME", "PROJECT", "MISSION", "EMBASSY", "CONSULATE", "PARLIAMENT",
    "SENATE", "CONGRESS", "OPPOSITION", "ELITE", "ELITES", "CLAN", "TRIBE", "DYNASTY", "HOUSE", "PALACE",
    "AND", "OF", "THE", "FOR", "AGAINST", "WITH",
    "MR", "MR.", "MRS", "MRS.", "MS", "DR", "DR.", "SIR", "DAME", "LADY", "LORD", "BARONESS", "BARON",
    "GOV", "GOV.", "SEN", "SEN.", "REP", "REP.", "PRES", "PRES.", "AMB", "AMB.", "HON", "HON.", "MS.",
    "CHANCELLOR", "BUNDESKANZLER", "KANZLER", "COLONEL", "DUKE", "GRAND", "HOJATOLISLAM", "HOJATOLESLAM",
    "AYATOLLAH", "MULLAH",
}
# Forms of address dropped at the start of a name when at least two words remain
PERSON_HONORIFICS = {
    "MR", "MR.", "MRS", "MRS.", "MS", "DR", "DR.", "SIR", "DAME", "LADY", "LORD", "BARON", "BARONESS", "MULLAH",
    "MAWLAWI", "MAULVI", "MAULAWI", "MAWLAVI", "HAJI", "HAJJI", "ALHAJI", "ALHAJ", "SHEIKH", "SHAIKH", "SHEIK",
    "GEN", "GEN.", "LT", "LT.", "COL", "COL.", "MAJ", "MAJ.", "CAPT", "CAPT.", "ADM", "ADM.", "BRIG", "MARSHAL",
    "DASHO", "LYONPO", "U", "DAW", "CHIEF", "PROF", "PROF.", "PROFESSOR", "REV", "REV.", "AYATOLLAH",
    "HOJATOLESLAM", "HOJATOLISLAM", "PRINCE", "PRINCESS", "KING", "QUEEN", "EMIR", "SAMDECH",
}


def phoenix_person_name(raw: str, iso3: str, not_names: frozenset[str] = frozenset(),
                        single: bool = False) -> str | None:
    """Mixed-case personal name of a Phoenix name, or None when it cannot be labelled sensibly.
    ``not_names``: lower-case words that cannot start a name (demonyms); ``single``: accept one-word names
    ("SUHARTO"; only for the entries of ``curated/phoenix_leaders.tsv``)."""
    tokens = phoenix_tokens(raw)
    if not tokens or any(c in raw for c in "()&/,"):
        return None
    if tokens[0].lower() in not_names or " ".join(tokens).lower() in not_names:
        return None                                       # "PALESTINIAN_AUTHORITY", "AFGHAN_GOVERNMENT"
    while len(tokens) > 2 and tokens[0] in PERSON_HONORIFICS:
        tokens = tokens[1:]
    if len(tokens) == 2 and tokens[0] in PERSON_HONORIFICS - {"SHEIKH", "SHAIKH", "SHEIK", "U", "DAW"}:
        tokens = tokens[1:]
    if len(tokens) < 2 and not (single and len(tokens) == 1 and len(tokens[0]) > 3):
        return None
    for tok in tokens:
        parts = [p for p in tok.split("-") if p]
        if tok in PERSON_DESCRIPTORS or any(p in PERSON_DESCRIPTORS for p in parts) or tok.startswith("EX-"):
            return None
        if re.search(r"\d", tok) or tok.count(".") > 3 or not tok[0].isalpha():
            return None
        if not is_initials(tok) and not is_roman(tok) and tok not in ("JR", "JR.", "SR", "SR.") and \
                not set(tok) & VOWELS:
            return None                                   # an acronym, not a name
    if all(is_initials(t) for t in tokens[:-1]) and len(tokens[-1]) <= 2:
        return None
    return case_phoenix(tokens, "person", iso3)


def korean_variants(name: str, iso3: str) -> list[str]:
    """South Korean three-syllable names are written "Chun Doo-hwan" in English news."""
    toks = name.split()
    if iso3 == "KOR" and len(toks) == 3 and all("-" not in t and "." not in t for t in toks):
        return [f"{toks[0]} {toks[1]}-{toks[2].lower()}", name]
    return [name]


@dataclass
class PhxPerson:
    iso3: str
    label: str
    names: list[str]                                       # mixed-case full names, label first
    raw: set[str]                                          # raw Phoenix names of the merged entries
    codes: list[PhxCode]                                   # dated codes of this country


def phoenix_government_code(code: str, iso3: str) -> tuple[str, str] | None:
    """(office, title) for a Phoenix role code of ``iso3`` ("RUSGOV", "FRAGOVMIL", "USAMIL"), else None."""
    if not code.startswith(iso3):
        return None
    agent = code[len(iso3):]
    if agent in ("GOVMIL", "GOVMILSPY"):
        return "military", "Defence official"
    if agent.startswith("MIL"):
        return "military", "Military officer"
    if agent.startswith("GOV"):
        if agent[3:6] not in PHOENIX_CORE_SECTORS and iso3 not in PHOENIX_ALL_SECTORS:
            return None
        sector = PHOENIX_SECTORS.get(agent[3:6], "")
        return "government", f"Government official ({sector})" if sector else "Government official"
    return None


def phoenix_persons(entries: list[PhxEntry], countries: dict[str, Country], excluded: set[str],
                    not_names: frozenset[str], leaders: set[str] = frozenset()) -> list[PhxPerson]:
    """People of the Countries dictionary with dated government or military codes of a sovereign state.

    Entries of one country whose names agree (same last word and a similar first word, or one name's words
    inside the other's) are one person ("THABO_MBEKI" / "THABO_MVUYELWA_MBEKI")."""
    found: list[PhxPerson] = []
    for e in entries:
        if e.key in excluded:
            continue
        by_country: dict[str, list[PhxCode]] = defaultdict(list)
        for c in e.codes:
            iso3 = c.code[:3]
            if c.dated and c.start and iso3 in countries and countries[iso3].sovereign and \
                    phoenix_government_code(c.code, iso3):
                by_country[iso3].append(c)
        for iso3, codes in sorted(by_country.items()):
            single = e.key in leaders
            names = uniq(v for n in e.names for base in [phoenix_person_name(n, iso3, not_names, single)] if base
                         for v in korean_variants(base, iso3))
            if not names:
                continue
            found.append(PhxPerson(iso3, names[0], names, {e.key}, codes))
    merged: list[PhxPerson] = []
    by_last: dict[tuple[str, str], list[PhxPerson]] = defaultdict(list)
    for p in found:
        p_keys = [name_key(n).split() for n in p.names]
        candidates = [q for k in p_keys if k for q in by_last[(p.iso3, k[-1])]]
        same = next((q for q in candidates if _same_phoenix_person(p_keys, p, q)), None)
        if same is None:
            same = p
            merged.append(p)
        else:
            same.names = uniq(same.names + p.names)
            same.raw |= p.raw
            same.codes += p.codes
        for k in p_keys:
            if k and same not in by_last[(p.iso3, k[-1])]:
                by_last[(p.iso3, k[-1])].append(same)
    return merged


def _same_phoenix_person(ka: list[list[str]], a: PhxPerson, b: PhxPerson) -> bool:
    kb = [name_key(n).split() for n in b.names]
    for x in ka:
        for y in kb:
            if not x or not y:
                continue
            if x == y:
                return True
            if x[-1] != y[-1]:
                continue
            if set(x) <= set(y) or set(y) <= set(x):
                if x[0] == y[0] and _codes_overlap(a, b):
                    return True                              # "THABO_MBEKI" / "THABO_MVUYELWA_MBEKI"
            elif x[0] != y[0] and len(x) == len(y) == 2 and len(x[0]) > 3 and len(x[0]) == len(y[0]) and \
                    sum(p != q for p, q in zip(x[0], y[0])) <= 1 and \
                    {(c.code, c.start, c.end) for c in a.codes} == {(c.code, c.start, c.end) for c in b.codes}:
                return True                                  # "AMENA_AFZALI" / "AMINA_AFZALI", same record
    return False


def _codes_overlap(a: PhxPerson, b: PhxPerson) -> bool:
    """Do two entries have dated codes at the same time (not "GEORGE_BUSH" 1981-1993 / "GEORGE_W._BUSH")?"""
    return any(x.start < (y.end or MAX_DAY) and y.start < (x.end or MAX_DAY)
               for x in a.codes for y in b.codes if x.start and y.start)


def subtract_intervals(lo: dt.date, hi: dt.date,
                       cuts: Iterable[tuple[dt.date, dt.date]]) -> list[tuple[dt.date, dt.date]]:
    """[lo, hi) without the ``cuts`` intervals, as pieces in order."""
    pieces = [(lo, hi)]
    for c_lo, c_hi in sorted(cuts):
        nxt = []
        for p_lo, p_hi in pieces:
            if c_hi <= p_lo or c_lo >= p_hi:
                nxt.append((p_lo, p_hi))
                continue
            if p_lo < c_lo:
                nxt.append((p_lo, c_lo))
            if c_hi < p_hi:
                nxt.append((c_hi, p_hi))
        pieces = nxt
    return [(a, b) for a, b in pieces if a < b]


NAME_PARTICLES = {"bin", "bint", "ibn", "al", "el", "de", "da", "do", "dos", "das", "du", "del", "di", "van", "von",
                  "der", "den", "la", "le", "y", "e"}


class ExistingPeople:
    """Persons of the earlier sources, indexed by country and name, to recognise them in Phoenix."""

    def __init__(self, spells: list[Spell], people: PersonIndex) -> None:
        self.by_name: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.by_surname: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.name_tokens: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        self.spells: dict[str, list[Spell]] = defaultdict(list)
        self.names_anywhere: set[str] = set()
        for s in spells:
            label = key_label(s.person)
            names = set(s.names) | {label}
            cur = people.curated.get(label)
            if cur:
                names |= set(split_multi(cur["aliases"])) | set(split_multi(cur["match_names"]))
            self.spells[s.person].append(s)
            for n in names:
                k = name_key(n)
                if not k:
                    continue
                self.by_name[(s.of, k)].add(s.person)
                if len(k.split()) > 1:
                    self.names_anywhere.add(k)
                toks = tuple(t for t in k.split() if t not in NAME_PARTICLES)
                if toks:
                    self.by_surname[(s.of, toks[-1])].add(s.person)
                    self.name_tokens[s.person].add(toks)
            surnames = split_multi(cur["surname"]) if cur else [s.surname or ""]
            for sn in surnames:
                if sn:
                    self.by_surname[(s.of, name_key(sn).split()[-1])].add(s.person)

    def exact(self, iso3: str, names: Iterable[str]) -> set[str]:
        """Persons of ``iso3`` known under one of ``names``."""
        return {k for n in names for k in self.by_name.get((iso3, name_key(n)), ())}

    def similar(self, iso3: str, label: str, spans: list[tuple[dt.date, dt.date]]) -> set[str]:
        """Persons of ``iso3`` with the same surname and a compatible given name ("A. Nastase", or a surname-only
        REIGN label) whose roles there overlap ``spans`` by half a year or more. Not for East Asian names."""
        toks = tuple(t for t in name_key(label).split() if t not in NAME_PARTICLES)
        if iso3 in EAST_ASIAN or len(toks) < 2:
            return set()
        found = set()
        for key in self.by_surname.get((iso3, toks[-1]), ()):
            mine = [s for s in self.spells[key] if s.of == iso3]
            overlap = max((min(s.hi, hi) - max(s.lo, lo)).days for s in mine for lo, hi in spans)
            if overlap < 180:
                continue                                         # not in office together: another person
            aligned = any(abs((s.lo - lo).days) <= 120 or (s.end and abs((s.hi - hi).days) <= 120)
                          for s in mine for lo, hi in spans)
            for other in self.name_tokens[key]:
                short, long_ = sorted((toks, other), key=len)
                if (len(other) == 1 and aligned) or (      # a surname-only label: the same tenure
                        other[-1] == toks[-1] and _given_names_agree(short[0], long_[0]) and
                        set(short[1:]) <= set(long_)):
                    found.add(key)
                    break
        return found


def _given_names_agree(a: str, b: str) -> bool:
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def phoenix_close_date(entries: list[PhxEntry]) -> dt.date:
    """The latest day the dictionary mentions (2015-02-17): open-ended codes (">yymmdd") are closed on it.
    Phoenix only says the post was held from the start on; ending there keeps such roles from looking current."""
    return max(d for e in entries for c in e.codes for d in (c.start, c.end) if d)


def phoenix_code_spans(p: PhxPerson, close: dt.date) -> list[tuple[PhxCode, str, str, dt.date, dt.date, bool]]:
    """(code, office, title, start, end, open) of the person's government/military codes, from 1980 on."""
    out = []
    for c in p.codes:
        kind = phoenix_government_code(c.code, p.iso3)
        if kind is None or c.start is None:
            continue
        start = max(c.start, PHOENIX_COUNTRY_FROM.get(p.iso3, c.start))
        end = c.end if c.end is not None else max(close, start + dt.timedelta(days=1))
        if end <= PHOENIX_FROM or end <= start:
            continue
        out.append((c, kind[0], kind[1], start, end, c.open_end))
    return out


def phoenix_spells(entries: list[PhxEntry], existing_spells: list[Spell], countries: dict[str, Country],
                   people: PersonIndex, demonyms: dict[str, list[str]]
                   ) -> tuple[list[Spell], dict[str, list[str]], dict[str, set[str]]]:
    """Phoenix roles: curated head-of-state/government spells (``curated/phoenix_leaders.tsv``) and
    ``government`` / ``military`` spells of everyone else. Earlier sources win: a Phoenix spell is cut where
    the same person already holds a role in that country, or where another person holds the same office.
    Returns the new spells (existing spells get Phoenix name spellings and, where Phoenix agrees, the
    source), the surnames of persons known only from Phoenix, and the (ASCII-folded) names Phoenix added to
    earlier sources' persons."""
    excluded = {r["phoenix"] for r in read_curated("phoenix_exclusions.tsv") if r["kind"] == "person"}
    index = ExistingPeople(existing_spells, people)
    not_names = frozenset(n.lower() for forms in demonyms.values() for n in forms if " " not in n)
    leader_rows = read_curated("phoenix_leaders.tsv")
    close = phoenix_close_date(entries)
    persons = phoenix_persons(entries, countries, excluded, not_names, {r["phoenix"] for r in leader_rows})
    leaders: dict[tuple[str, str, dt.date], dict[str, str]] = {}
    for row in leader_rows:
        leaders[(row["iso3"], row["phoenix"], dt.date.fromisoformat(row["start"]))] = row
    existing_surnames = {surname for _, surname in index.by_surname}
    # Recognise earlier sources' persons: by an exact name, else by a similar name with overlapping tenure,
    # provided no other Phoenix person claims the same person that way ("Etta Banda" / "Joyce Banda").
    plans = []
    claims: dict[str, int] = defaultdict(int)
    for p in persons:
        spans = phoenix_code_spans(p, close)
        if not spans:
            continue
        rows = [leaders[k] for c, *_ in spans for raw in sorted(p.raw) for k in [(p.iso3, raw, c.start)]
                if k in leaders]
        label = rows[0]["label"] or p.label if rows else p.label
        key = people.find(label) if rows else None
        similar: set[str] = set()
        if key not in index.spells:                   # a hand-given label alone identifies the person: Phoenix
            known = [label] if rows and rows[0]["label"] else [label] + p.names   # calls George H. W. Bush
            exact = index.exact(p.iso3, known)                                     # "George Bush"
            key = next(iter(exact)) if len(exact) == 1 else None
            if not exact:
                similar = index.similar(p.iso3, label, [(sp[3], sp[4]) for sp in spans])
                for k in similar:
                    claims[k] += 1
        plans.append((p, spans, rows, label, key, similar))
    new_people: dict[str, list[str]] = {}
    added: dict[str, set[str]] = defaultdict(set)
    out: list[Spell] = []
    used_rows: set[tuple[str, str, dt.date]] = set()
    for p, spans, rows, label, key, similar in plans:
        names = uniq([label] + p.names)
        if key is None and len(similar) == 1 and claims[next(iter(similar))] == 1:
            key = next(iter(similar))
        if key is None and not rows:
            # A person known only to Phoenix whose common English form is curated (people.tsv matches
            # "Mohammad Zarif Khonsari" to "Mohammad Javad Zarif"): the curated label names them.
            label = people.find(label, *p.names) or label
            names = uniq([label] + p.names)
        if key is None:
            if name_key(label) in index.names_anywhere:
                if rows:
                    raise ValueError(f"phoenix_leaders.tsv: {label} is another person's name; give a label")
                continue                      # the name of an earlier source's person: keep theirs
            names = [n for n in names if name_key(n) not in index.names_anywhere]
            key = f"{label}@{p.iso3}"
            surname = ""
            if rows and rows[0]["surname"] != "-":
                toks = label.split()
                surname = rows[0]["surname"] or (label if len(toks) == 1 else
                                                 toks[0] if p.iso3 in EAST_ASIAN else toks[-1])
                if name_key(surname).split()[-1] in existing_surnames:
                    surname = ""              # would make an earlier source's surname ambiguous ("Bush")
            new_people[key] = [surname] if surname else []
            if label in people.curated:
                new_people[key] = split_multi(people.curated[label]["surname"])
        else:
            carrier = min(index.spells[key], key=lambda s: (s.lo, s.of, s.office))
            before = {fold(n) for s in index.spells[key] for n in s.names} | {fold(key_label(key))}
            added[key] |= {fold(n) for n in names} - before
            carrier.names |= set(names)
        mine = [s for s in index.spells.get(key, []) if s.of == p.iso3]
        for c, office, title, start, end, is_open in spans:
            row = next((leaders[k] for raw in sorted(p.raw) for k in [(p.iso3, raw, c.start)] if k in leaders), None)
            if row is not None:
                used_rows.add((p.iso3, row["phoenix"], c.start))
                for off in split_multi(row["office"]):
                    out.append(Spell(key, p.iso3, off, row["title"], start, None if is_open else end, {"phoenix"},
                                     set(names), effective=row["effective"] == "yes"))
                continue
            for lo, hi in subtract_intervals(start, end, [(s.lo, s.hi) for s in mine]):
                out.append(Spell(key, p.iso3, office, title, lo, hi, {"phoenix"}, set(names), effective=False))
    out = join_touching(out)
    missing = set(leaders) - used_rows
    if missing:
        raise ValueError(f"phoenix_leaders.tsv: no such Phoenix code: {sorted(missing)[:5]}")
    return settle_phoenix_spells(out, existing_spells, close), new_people, added


def join_touching(spells: list[Spell]) -> list[Spell]:
    """One spell for overlapping or touching Phoenix codes of one person, office and title."""
    groups: dict[tuple, list[Spell]] = defaultdict(list)
    for s in spells:
        groups[(s.person, s.of, s.office, s.title, s.effective)].append(s)
    out: list[Spell] = []
    for _, group in sorted(groups.items(), key=lambda kv: tuple(str(x) for x in kv[0])):
        group.sort(key=lambda s: (s.start, s.end or MAX_DAY))
        for s in group:
            prev = out[-1] if out and out[-1].person == s.person and out[-1].of == s.of and \
                out[-1].office == s.office and out[-1].title == s.title else None
            if prev is not None and prev.end is not None and s.start <= prev.end:
                prev.end = None if s.end is None else max(prev.end, s.end)
                prev.names |= s.names
                continue
            out.append(s)
    return out


def settle_phoenix_spells(spells: list[Spell], existing: list[Spell], close: dt.date) -> list[Spell]:
    """Cut Phoenix spells against earlier sources and each other (per country and office)."""
    by_office: dict[tuple[str, str], list[Spell]] = defaultdict(list)
    for s in existing:
        by_office[(s.of, s.office)].append(s)
    result: list[Spell] = []
    groups: dict[tuple[str, str], list[Spell]] = defaultdict(list)
    for s in spells:
        groups[(s.of, s.office)].append(s)
    for (of, office), group in sorted(groups.items()):
        earlier = by_office.get((of, office), [])
        multi = office in MULTI_HOLDER_OFFICES
        group.sort(key=lambda s: (s.start, s.person))
        for s in group:
            if s.end is None:                          # open-ended leader spell: until the successor
                nxt = [e.lo for e in earlier if e.lo > s.start and not multi] + \
                      [o.start for o in group if o.start > s.start and o.person != s.person]
                s.end = min(nxt) if nxt else max(close, s.start + dt.timedelta(days=1))
        pieces: list[Spell] = []
        for s in group:
            same = [e for e in earlier if e.person == s.person and e.lo < s.end and s.start < e.hi]
            for e in same:
                e.sources.add("phoenix")                # Phoenix agrees with the earlier source
                e.names |= s.names
            # Another holder of a post many hold at once replaces no one.
            cuts = [(e.lo, e.hi) for e in earlier if not multi or e.person == s.person]
            for lo, hi in subtract_intervals(s.start, s.end, cuts):
                pieces.append(Spell(s.person, of, office, s.title, lo, hi, set(s.sources), set(s.names),
                                    effective=s.effective))
        pieces.sort(key=lambda s: (s.start, s.end, s.person))
        kept: list[Spell] = []
        for s in pieces:                               # overlapping Phoenix spells of other persons
            if kept and kept[-1].person != s.person and kept[-1].end > s.start:
                if office in MULTI_HOLDER_OFFICES:
                    kept.append(s)                     # many people hold government posts at once
                    continue
                kept[-1].end = s.start
                if kept[-1].end <= kept[-1].start:
                    kept.pop()
            kept.append(s)
        result.extend(kept)
    return result


# -- organisations and armed groups ----------------------------------------------------------------

ORG_HEADS = {"ORGANIZATION", "ORGANISATION", "UNION", "COUNCIL", "COMMISSION", "COMMITTEE", "BANK", "FUND",
             "AGENCY", "PROGRAM", "PROGRAMME", "COURT", "TRIBUNAL", "ASSEMBLY", "PARLIAMENT", "SECRETARIAT",
             "ASSOCIATION", "COMMUNITY", "FORUM", "GROUP", "CONFERENCE", "INSTITUTE", "OFFICE", "MISSION", "FORCE",
             "PANEL", "LEAGUE", "ALLIANCE", "COOPERATION", "CO-OPERATION", "PARTNERSHIP", "AUTHORITY", "CENTRE",
             "CENTER", "FEDERATION", "SOCIETY", "BOARD", "AREA", "MARKET", "SYSTEM", "FRANCOPHONIE", "COMMONWEALTH",
             "COALITION", "BUREAU", "DIRECTORATE", "OBSERVATORY", "PARLACEN"}
ORG_DESCRIPTORS = {"SECRETARY", "SECRETARY-GENERAL", "SECY", "SEC.", "GEN.", "PRESIDENT", "CHIEF", "MINISTER",
                   "MINISTERS", "ENVOY", "SPOKESMAN", "SPOKESWOMAN", "SPOKESPERSON", "OFFICIAL", "OFFICIALS",
                   "REPRESENTATIVE", "AMBASSADOR", "DIRECTOR", "CHAIRMAN", "HEAD", "MEMBER", "MEMBERS", "COUNTRIES",
                   "DELEGATE", "DELEGATION", "TROOPS", "SOLDIER", "SOLDIERS", "PEACEKEEPER", "PEACEKEEPERS",
                   "MONITOR", "MONITORS", "INSPECTOR", "INSPECTORS", "OBSERVER", "OBSERVERS", "STAFF", "WORKER",
                   "WORKERS", "SUMMIT", "MEETING", "CONTINGENT", "BODIES", "RESIDENT", "LEADER", "LEADERS",
                   "COMMANDER", "RAPPORTEUR", "FIGHTERS", "MILITANTS", "REBELS", "GUNMEN", "SUPPORTERS", "FORMER",
                   "CELL", "CELLS", "BASED", "HAGUE-BASED", "UNIT", "OPERATIVE", "OPERATIVES", "EMIR", "FOUNDER",
                   "SUSPECTED", "LINKED", "AFFILIATE", "AFFILIATED", "SYMPATHIZERS", "SPLINTER", "WING", "RESOLUTION",
                   "INITIATIVE", "PROJECT", "DECLARATION", "ACCORD", "AGREEMENT"}
ORG_STOP = {"OF", "THE", "AND", "FOR", "IN", "ON", "AT", "TO", "BY", "AL", "EL", "ASH", "AZ", "AD", "AR", "DE",
            "LA", "LE", "DU", "DES", "ET", "Y", "DEL", "A", "AN", "WA", "WAL", "FI", "OR"}


@dataclass
class PhxOrg:
    raw: str                     # the entry's own name
    label_tokens: list[str]
    full: list[list[str]]        # token lists of the full names (label first)
    acronyms: list[str]          # as written ("UN", "U.N.", "AAIA")


def org_names(entry: PhxEntry) -> tuple[list[list[str]], list[str]]:
    """Full names (token lists) and acronyms of an entry; "ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)" gives both."""
    full: list[list[str]] = []
    acronyms: list[str] = []
    for raw in entry.names:
        m = re.search(r"\(([A-Z][A-Z.&-]{1,9})\)", raw)
        if m:
            if is_acronym_text(m.group(1)):
                acronyms.append(m.group(1))
            raw = (raw[:m.start()] + raw[m.end():]).strip(" _")
        if "(" in raw or ")" in raw or "," in raw or "/" in raw:
            continue
        tokens = phoenix_tokens(raw)
        if not tokens:
            continue
        while tokens and tokens[0] == "THE":
            tokens = tokens[1:]
        if not tokens or any(t in ORG_DESCRIPTORS or re.search(r"\d", t) for t in tokens):
            continue
        if len(tokens) == 1 and is_acronym_text(tokens[0]):
            acronyms.append(tokens[0])
        else:
            full.append(tokens)
    return full, acronyms


def is_acronym_text(text: str) -> bool:
    """"PKK", "U.N.", "ETA": dotted capitals, or at most four capitals, or capitals without a vowel."""
    bare = text.replace(".", "").replace("&", "").replace("-", "")
    return bare.isalpha() and bare.isupper() and (
        "." in text or len(bare) <= 4 or not set(bare) & VOWELS)


def org_head(tokens: list[str]) -> str:
    """Head word: the last word before the first preposition ("COMMISSION" in "ECONOMIC_..._COMMISSION_FOR_ASIA")."""
    for i, t in enumerate(tokens):
        if t in ("OF", "FOR", "ON", "IN", "TO", "AGAINST") and i > 0:
            return tokens[i - 1]
    return tokens[-1]


def significant(tokens: list[str]) -> set[str]:
    return {re.sub(r"^(AL|EL|ASH|AZ|AD|AR)-", "", t).replace("'", "") for t in tokens if t not in ORG_STOP}


def initials_of(tokens: list[str]) -> str:
    return "".join(t.replace(".", "") if looks_acronym(t) else t[0] for t in tokens
                   if t not in ORG_STOP and t[:1].isalpha())


# Words of names that describe rather than name a group: a name made only of these (and place words) is too
# generic to stand for one group ("REVOLUTIONARY_ARMY", "PALESTINIAN_RESISTANCE", "ISLAMIC_PARTY")
GENERIC_GROUP_WORDS = {
    "REVOLUTIONARY", "POPULAR", "RESISTANCE", "ARMY", "ARMIES", "BRIGADE", "BRIGADES", "FRONT", "LEFT", "RIGHT",
    "STRUGGLE", "JUSTICE", "SOCIAL", "SOCIALIST", "SOCIALISTS", "PEOPLE'S", "PEOPLES", "PEOPLE", "COMMAND",
    "NUCLEI", "NUCLEUS", "MUJAHIDEEN", "MUJAHIDIN", "MUJAHEDIN", "JIHAD", "JIHADIST", "COMMITTEE", "COMMITTEES",
    "ISLAMIC", "ISLAMI", "ISLAM", "MUSLIM", "MUSLIMS", "ANARCHIST", "ANARCHISTS", "FACTION", "ANTI-STATE", "ACTION",
    "DEFENSE", "DEFENCE", "LIBERATION", "BATTALION", "BATTALIONS", "NATIONAL", "NATIONALIST", "WARRIORS",
    "GUERRILLA", "GUERRILLAS", "RED", "BLACK", "WHITE", "GREEN", "GROUP", "GROUPS", "ORGANIZATION", "ORGANISATION",
    "MOVEMENT", "COMMANDOS", "COMMANDO", "MILITIA", "MILITIAS", "LEGION", "COUNCIL", "PATRIOTS", "PATRIOT", "UNITED",
    "FORCES", "FORCE", "PARTY", "UNION", "ALLIANCE", "LEAGUE", "SECRET", "ARMED", "CELL", "CELLS", "SQUAD",
    "SQUADS", "FIGHTERS", "COMMUNIST", "COMMUNISTS", "MARXIST", "LENINIST", "WORKERS", "PROLETARIAN", "FEDAYEEN",
    "MARTYRS", "NEW", "FREE", "FREEDOM", "INDEPENDENCE", "UNITY", "SOLIDARITY", "HOLY", "WAR", "GOD", "GOD'S",
    "ANTI-COMMUNIST", "ANTI-IMPERIALIST", "ANTI-FASCIST", "INTERNATIONAL", "WORLD", "GLOBAL", "ARAB", "ARABS",
    "SPECIAL", "DEATH", "YOUTH", "STUDENTS", "REVENGE", "VENGEANCE", "AVENGERS", "ORDER", "NETWORK", "COMMUNITY",
    "MESSAGE", "BASE", "KNIGHTS", "EAGLES", "TIGERS", "LIONS", "WOLVES", "HAWKS", "FALCONS", "SONS", "SOLDIERS",
    "SYNDICATE", "GANG", "RESISTANT", "RESISTERS", "COMBATANTS", "COMBATANT", "MILITANT", "MILITANTS", "ACTIVE",
    "SEPTEMBER", "OCTOBER", "MAY", "JUNE", "APRIL",
}


def generic_name(tokens: list[str], place_words: frozenset[str], keep: frozenset[str] = frozenset()) -> bool:
    """One or two words that only describe ("REVOLUTIONARY_ARMY"); longer names of such words ("REVOLUTIONARY_
    UNITED_FRONT", "NEW_PEOPLE'S_ARMY") are proper names. ``keep``: names exempted by hand ("BLACK_SEPTEMBER")."""
    words = significant(tokens)
    return "_".join(tokens) not in keep and len(words) <= 2 and \
        all(w in GENERIC_GROUP_WORDS or w.lower() in place_words for w in words)


# Words that make a name a group's name ("...ARMY", "JAISH_...") when it shares no word with the entry's own name
ARMED_GROUP_WORDS = {
    "ORGANIZATION", "ORGANISATION", "ARMY", "FRONT", "BRIGADE", "BRIGADES", "MOVEMENT", "GROUP", "GROUPS", "PARTY",
    "FORCE", "FORCES", "LEAGUE", "COMMAND", "UNION", "ALLIANCE", "COUNCIL", "COMMITTEE", "COMMANDOS", "FACTION",
    "TIGERS", "MILITIA", "JIHAD", "JAMAAT", "JAMAAH", "JAMAA", "JAISH", "JAYSH", "LASHKAR", "HARAKAT", "HARAKAH",
    "HIZB", "HEZB", "ANSAR", "KATAIB", "KATA'IB", "LIWA", "LIWAA", "JABHAT", "JUND", "TANZIM", "TEHRIK",
    "TEHREEK", "SIPAH", "MUJAHIDEEN", "MUJAHIDIN", "FEDAYEEN", "REVOLUTIONARY", "LIBERATION", "RESISTANCE",
    "GUERRILLA", "GUERRILLAS", "BATTALION", "BATTALIONS", "LEGION", "SQUAD", "SQUADS", "ARMED", "NUCLEI",
}


def org_alias_ok(tokens: list[str], main: list[str], kind: str, place_words: frozenset[str],
                 keep: frozenset[str] = frozenset()) -> bool:
    """May a Phoenix synonym of an organisation become its alias? Single words only as acronyms; a person's
    name, a name with a place the entry's own name lacks ("AL_QAEDA_IN_IRAQ" for "AL_QAEDA") and, for IGOs
    and rebel entries of the Countries dictionary, a name sharing no word with the entry's own name are not."""
    if len(tokens) < 2 or generic_name(tokens, place_words, keep):
        return False
    sig, keep = significant(tokens), significant(main)
    if sig - keep and any(t.lower() in place_words for t in sig - keep):
        return False
    shared = bool(sig & keep)
    if not shared and phoenix_person_name("_".join(tokens), "") is not None:
        return False
    if kind in ("igo", "rebels"):
        return shared
    return shared or bool(set(tokens) & ARMED_GROUP_WORDS)


def phoenix_org_candidates(entries: list[PhxEntry], kind: str, place_words: frozenset[str],
                           keep: frozenset[str] = frozenset()) -> list[PhxOrg]:
    """International organisations (``kind`` "igo": undated IGO codes of the International dictionary) or
    armed groups ("nonstate": the MilNonState dictionary; "rebels": undated REB codes of the Countries
    dictionary, where Phoenix also lists commanders and allied brigades as synonyms)."""
    out = []
    for e in entries:
        codes = [c.code for c in e.codes]
        if kind == "igo":
            if not codes or any(c.dated for c in e.codes) or not all(c.startswith("IGO") for c in codes):
                continue
        elif kind == "rebels":
            if not codes or any(c.dated for c in e.codes) or not all(re.fullmatch(r"[A-Z]{3}REB[A-Z]*", c)
                                                                    for c in codes):
                continue
        full, acronyms = org_names(e)
        if not full:
            continue
        main = full[0]
        if kind == "igo" and org_head(main) not in ORG_HEADS:
            continue
        if kind != "igo" and phoenix_person_name("_".join(main), "") is not None and \
                not set(main) & ARMED_GROUP_WORDS and "_".join(main) not in keep:
            continue                                     # a person ("OSAMA_BIN_LADEN")
        if kind != "igo" and generic_name(main, place_words, keep):
            continue
        full = [main] + [f for f in full[1:] if org_alias_ok(f, main, kind, place_words, keep)]
        acronyms = [a for a in acronyms if len(a.replace(".", "")) >= 3]
        if kind in ("igo", "rebels"):
            acronyms = [a for a in acronyms if a.replace(".", "") in {initials_of(f) for f in full}]
        out.append(PhxOrg(e.key, main, full, uniq(acronyms)))
    return out


GROUP_KIND = {"InternationalOrganization": "igo", "Organization": "group", "ArmedGroup": "group"}
ORG_MATCH_WORDS = {"organisation": "organization", "labour": "labor", "programme": "program", "centre": "center",
                   "defence": "defense", "telecommunications": "telecommunication", "un": "united nations"}
ORG_MATCH_STOP = {"of", "the", "and", "for", "on", "in", "to", "a", "an"}


def org_match_key(text: str) -> str:
    """Loose key for recognising a body under another word order or spelling ("Secretariat of the UN" =
    "United Nations Secretariat", "Co-operation" = "Cooperation"): the sorted bag of its content words."""
    words = []
    for w in name_key(text).replace("co operation", "cooperation").split():
        words.extend(ORG_MATCH_WORDS.get(w, w).split())
    return " ".join(sorted(w for w in words if w not in ORG_MATCH_STOP))


def phoenix_organizations(orgs: dict[str, Org], entries: dict[str, list[PhxEntry]],
                          countries: dict[str, Country], demonyms: dict[str, list[str]]) -> None:
    """Add Phoenix IGOs and armed groups to ``orgs`` (in place): names of bodies already there become their
    aliases/acronyms (never their label or type); other bodies get a minted ``org/<slug>`` id."""
    exclusions = read_curated("phoenix_exclusions.tsv")
    skip = {r["phoenix"] for r in exclusions if r["kind"] == "org"}
    keep = frozenset(r["phoenix"] for r in exclusions if r["kind"] == "keep")
    banned = {lookup_key(r["phoenix"]) for r in exclusions if r["kind"] == "alias"}
    acronyms_known = frozenset(a.upper() for o in orgs.values() for a in o.acronyms if a.isupper()) | \
        frozenset(a for c in countries.values() for a in c.aliases if a.isupper() and len(a) <= 4)
    country_names = {lookup_key(n) for c in countries.values() for n in [c.label] + c.aliases}
    place_words = frozenset(w for c in countries.values() for w in name_key(c.label).split()) | \
        frozenset(name_key(d) for forms in demonyms.values() for d in forms if " " not in d)
    place_words -= {"united", "states", "republic", "islands", "island", "saint", "new", "south", "north",
                    "east", "west", "central", "democratic", "of", "the", "and", "guinea"}
    exact: dict[str, set[str]] = defaultdict(set)
    loose: dict[str, set[str]] = defaultdict(set)

    def wordy(name: str) -> bool:
        return len(name_key(name).split()) > 1

    def index(o: Org) -> None:
        for n in [o.label] + o.acronyms + o.aliases:
            exact[lookup_key(n)].add(o.id)
            if wordy(n):
                loose[org_match_key(n)].add(o.id)

    for o in orgs.values():
        index(o)
    batches = [("igo", entries["international"], "InternationalOrganization"),
               ("nonstate", entries["nonstate"], "ArmedGroup"), ("rebels", entries["countries"], "ArmedGroup")]
    candidates = [(kind, typ, cand) for kind, source, typ in batches
                  for cand in phoenix_org_candidates(source, kind, place_words, keep) if cand.raw not in skip]
    acronyms_known |= {a for _, _, cand in candidates for a in cand.acronyms}      # "Real IRA", not "Real Ira"
    for kind, typ, cand in candidates:
        full = [case_phoenix(t, "org", acronyms=acronyms_known) for t in cand.full]
        names = [n for n in full + cand.acronyms
                 if lookup_key(n) not in banned and lookup_key(n) not in country_names]
        if not names or names[0] != full[0]:
            continue
        # recognise a known body of the same kind (IGO / group) by a full name, or by an acronym of the
        # same type (the Greek "ELA" is not the European Labour Authority)
        kind_of = GROUP_KIND[typ]
        hits = {oid for n in names for oid in exact.get(lookup_key(n), ())
                if GROUP_KIND[orgs[oid].type] == kind_of and (wordy(n) or orgs[oid].type == typ)}
        hits |= {oid for n in names if wordy(n) for oid in loose.get(org_match_key(n), ())
                 if GROUP_KIND[orgs[oid].type] == kind_of}
        if len(hits) > 1:
            continue                                   # names of two known bodies: leave it
        acr = [a for a in cand.acronyms if a in names]
        ali = [a for a in fold_variants(spelling_variants_all([f for f in full if f in names]))
               if lookup_key(a) not in banned]
        if hits:
            o = orgs[next(iter(hits))]
            known = {lookup_key(n) for n in [o.label] + o.acronyms + o.aliases}
            add_acr = [a for a in acr if lookup_key(a) not in known]
            add_ali = [a for a in ali if lookup_key(a) not in known]
            if not add_acr and not add_ali:
                continue
            o.acronyms = uniq(o.acronyms + add_acr)
            o.aliases = uniq(o.aliases + add_ali)
            o.phoenix_names |= set(add_acr + add_ali)
            if "phoenix" not in o.source:
                o.source += "+phoenix"
        else:
            label = full[0]
            oid = f"org/{slugify(label)}"
            if oid in orgs or exact.get(lookup_key(label)):
                continue                                   # the name of a known body (of another kind)
            o = Org(oid, label, typ, acr, uniq(a for a in ali if a != label), "phoenix")
            orgs[oid] = o
        index(o)


def spelling_variants_all(names: list[str]) -> list[str]:
    return [v for n in names for v in spelling_variants(n)]


def phoenix_country_aliases(countries: dict[str, Country], entries: list[PhxEntry]) -> None:
    """Add the hand-picked Phoenix country synonyms (``curated/phoenix_country_aliases.tsv``): each must be
    listed under that country's entry in the Phoenix dictionary."""
    synonyms: dict[str, set[str]] = defaultdict(set)
    for e in entries:                                # country entries: "BELARUS_ ... [BLR >911221]"
        states = {c.code for c in e.codes if re.fullmatch(r"[A-Z]{3}", c.code)}
        if len(states) == 1:
            synonyms[states.pop()] |= set(e.names)
    for row in read_curated("phoenix_country_aliases.tsv"):
        iso3 = row["iso3"]
        if row["phoenix"] not in synonyms.get(iso3, ()):
            raise ValueError(f"phoenix_country_aliases.tsv: {row['phoenix']} is not a Phoenix name of {iso3}")
        c = countries[iso3]
        new = [a for a in fold_variants([row["alias"]]) if a != c.label and a not in c.aliases]
        c.aliases = uniq(c.aliases + new)
        c.phoenix_aliases = uniq(c.phoenix_aliases + new)


# --------------------------------------------------------------------------------------
# Name clash resolution (an alias may not name two actors of the same kind)
# --------------------------------------------------------------------------------------

def lookup_key(text: str) -> str:
    """Same normalisation as kg.gazetteer.Gazetteer.lookup."""
    text = fold(text).lower()
    text = text.replace(".", "")
    text = re.sub(r"^the\s+", "", " ".join(text.split()))
    return text


GROUP = {"Country": "Country", "Person": "Person", "City": "Place", "Region": "Place",
         "InternationalOrganization": "Org", "Organization": "Org", "ArmedGroup": "Org"}


def resolve_clashes(actors: list[tuple[str, str, str, list[str], set[str], set[str]]]) -> dict[str, set[str]]:
    """actors: (id, type, label, names, curated names, weak names). Returns names to drop per actor id.

    Weak names (from Phoenix) lose to every other source's name; a weak label is kept but wins nothing."""
    claims: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
    for aid, typ, label, names, curated, weak in actors:
        for n in names:
            strength = 0 if n in weak else 3 if n == label else (2 if n in curated else 1)
            claims[(GROUP[typ], lookup_key(n))].append((strength, aid))
    drop: dict[str, set[str]] = defaultdict(set)
    losing: set[tuple[str, str]] = set()
    for (group, key), cl in claims.items():
        ids = {aid for _, aid in cl}
        if len(ids) < 2:
            continue
        best = max(s for s, _ in cl)
        winners = {aid for s, aid in cl if s == best}
        for s, aid in cl:
            if s < 3 and (aid not in winners or len(winners) > 1):
                losing.add((aid, key))
    for aid, typ, label, names, curated, weak in actors:
        for n in names:
            if n != label and (aid, lookup_key(n)) in losing:
                drop[aid].add(n)
    return drop


# --------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------

def build(shared: Path, out: Path) -> dict[str, int]:
    raw = shared / "data" / "gazetteer" / "raw"
    if not raw.is_dir():
        raise SystemExit(f"raw gazetteer sources not found: {raw} (pass --shared)")
    src = load_sources(raw)
    phoenix_dir = shared / "data" / "raw" / "petrarch2"
    if not phoenix_dir.is_dir():
        raise SystemExit(f"Phoenix dictionaries not found: {phoenix_dir} (pass --shared)")
    phoenix = {kind: read_phoenix(phoenix_dir / name) for kind, name in PHOENIX_FILES.items()}
    countries = build_countries(src)
    places = build_places(src, countries)
    demonyms = build_demonyms(src, countries)
    phoenix_country_aliases(countries, phoenix["countries"])
    orgs = build_organizations(src)
    phoenix_organizations(orgs, phoenix, countries, demonyms)
    titles = {r["title"]: r["office"] for r in read_curated("role_titles.tsv")}

    people = PersonIndex()
    fb, first_titles = factbook_spells(src, countries, people, titles)
    reign = read_reign(raw)
    cow = read_cow()
    table = build_effective_table(countries, fb, reign, cow)
    spells = curated_spells(countries, people) + fb + reign_spells(reign, cow, table, fb, first_titles, people,
                                                                   countries)
    spells = merge_spells(spells)
    phoenix_roles, new_people, phoenix_added = phoenix_spells(phoenix["countries"], spells, countries, people,
                                                              demonyms)
    spells = spells + phoenix_roles
    persons = build_persons(spells, people, new_people)

    iso_to_qid = {c.iso3: c.qid for c in countries.values()}

    def actor_of(of: str) -> str:
        return iso_to_qid.get(of, of)

    # name clashes
    entries = []
    for c in countries.values():
        entries.append((c.qid, "Country", c.label, [c.label] + c.aliases, set(c.curated_aliases),
                        set(c.phoenix_aliases)))
    for p in places.values():
        curated = set(p.aliases) if "curated" in p.source else set()
        entries.append((p.id, p.type, p.label, [p.label] + p.aliases, curated, set()))
    for o in orgs.values():
        names = [o.label] + o.acronyms + o.aliases
        weak = set(names) if o.source == "phoenix" else o.phoenix_names
        entries.append((o.id, o.type, o.label, names,
                        set(o.acronyms + o.aliases) - o.phoenix_names if "curated" in o.source else set(), weak))
    for key, p in persons.items():
        cur = people.curated.get(p.label)
        names = [p.label] + p.aliases
        weak = set(names) if key in new_people else {n for n in names if fold(n) in phoenix_added.get(key, ())}
        entries.append((p.id, "Person", p.label, names, set(split_multi(cur["aliases"])) if cur else set(), weak))
    drop = resolve_clashes(entries)

    def keep(aid: str, names: list[str]) -> list[str]:
        return [n for n in names if n not in drop.get(aid, set())]

    counts = {}
    counts["countries.tsv"] = write_tsv(out / "countries.tsv", COLUMNS["countries.tsv"], [
        [c.qid, c.label, c.official_name, c.iso2, c.iso3, c.un_status, c.capital_id,
         join_multi(keep(c.qid, c.aliases)), join_multi(c.other_qids), join_multi(c.fips)]
        for c in countries.values()])
    counts["demonyms.tsv"] = write_tsv(out / "demonyms.tsv", COLUMNS["demonyms.tsv"], [
        [countries[iso3].qid, countries[iso3].label, join_multi(forms)] for iso3, forms in demonyms.items() if forms])
    counts["places.tsv"] = write_tsv(out / "places.tsv", COLUMNS["places.tsv"], [
        [p.id, p.label, p.type, p.country, join_multi(keep(p.id, p.aliases)), p.note, p.source] for p in places.values()])
    seat_rows = []
    labels = {c.qid: c.label for c in countries.values()} | {o.id: o.label for o in orgs.values()}
    for row in read_curated("seats.tsv"):
        aid = resolve_ref(row["actor"], countries)
        if aid not in labels:
            raise ValueError(f"seats.tsv: unknown actor {row['actor']}")
        seat_rows.append([row["seat"], aid, labels[aid], row["note"]])
    counts["seats.tsv"] = write_tsv(out / "seats.tsv", COLUMNS["seats.tsv"], seat_rows)
    group_rows = []
    for row in read_curated("regional_groups.tsv"):
        members = [resolve_ref(ref, countries) for ref in split_multi(row["members"])]
        if len(members) < 2:
            raise ValueError(f"regional_groups.tsv: {row['adjective']!r} needs two or more members")
        group_rows.append([row["adjective"], row["label"], join_multi(members), row["note"]])
    counts["regional_groups.tsv"] = write_tsv(out / "regional_groups.tsv", COLUMNS["regional_groups.tsv"],
                                              group_rows)
    counts["organizations.tsv"] = write_tsv(out / "organizations.tsv", COLUMNS["organizations.tsv"], [
        [o.id, o.label, o.type, join_multi(keep(o.id, o.acronyms)), join_multi(keep(o.id, o.aliases)), o.source]
        for o in orgs.values()])
    counts["leaders.tsv"] = write_tsv(out / "leaders.tsv", COLUMNS["leaders.tsv"], [
        [p.id, p.label, join_multi(p.surnames), join_multi(keep(p.id, p.aliases))] for p in persons.values()])
    role_rows = []
    for s in spells:
        of = actor_of(s.of)
        eff = effective_on(table, s.of, s.start or s.end)
        effective = "yes" if eff is not None and eff.office == s.office else "no"
        if s.effective is not None:                    # Phoenix spells: only where phoenix_leaders.tsv says so
            effective = "yes" if s.effective else "no"
        source = "+".join(sorted(s.sources, key=lambda x: -SOURCE_PRIORITY[x]))
        role_rows.append([persons[s.person].id, of, s.office, s.title, effective, iso_date(s.start), iso_date(s.end),
                          source])
    counts["roles.tsv"] = write_tsv(out / "roles.tsv", COLUMNS["roles.tsv"], role_rows)
    counts["role_titles.tsv"] = write_tsv(out / "role_titles.tsv", COLUMNS["role_titles.tsv"],
                                          [[t, o] for t, o in titles.items()])
    eff_rows = []
    for of, rows in table.items():
        for r in rows:
            eff_rows.append([actor_of(of), r.office, iso_date(r.start), iso_date(r.end), r.basis])
    counts["effective_offices.tsv"] = write_tsv(out / "effective_offices.tsv", COLUMNS["effective_offices.tsv"],
                                                eff_rows)
    stop = [r["word"] for r in read_curated("surname_stoplist.tsv")] + CALENDAR_WORDS
    counts["surname_stoplist.tsv"] = write_tsv(out / "surname_stoplist.tsv", COLUMNS["surname_stoplist.tsv"],
                                               [[w] for w in stop])
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED,
                        help="the shared data folder (default: ../shared next to the repository)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: kg/gazetteer/data)")
    args = parser.parse_args(argv)
    counts = build(args.shared.resolve(), args.out)
    for name, n in counts.items():
        print(f"{name}\t{n} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
