#!/usr/bin/env python3
"""Build the actor gazetteer data files in ``kg/gazetteer/data/``.

Inputs (read only):

* ``<shared>/data/gazetteer/raw/``: opensanctions rigour (MIT), datasets/country-codes (PDDL),
  CIA World Factbook JSON (public domain; ``latest/`` plus the monthly snapshot archive),
  mledoze countries (ODbL; demonyms only), supraverden (CC BY-SA 4.0; organisation names,
  acronyms and Wikidata ids only) and REIGN (research use; only facts: name, country, dates).
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
    out = {}
    with open(raw / "opensanctions_rigour" / "territories_data.jsonl", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            a3 = (rec.get("alpha3") or "").upper()
            if a3 and not rec.get("parent"):
                out[a3] = rec
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
SOURCE_PRIORITY = {"curated": 3, "factbook": 2, "reign": 1}


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
                if not overlaps(s, r):
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


def build_persons(spells: list[Spell], people: PersonIndex) -> dict[str, Person]:
    """Person records for every person key used by a role; ids are slugs of the label."""
    info: dict[str, dict] = {}
    for s in sorted(spells, key=lambda s: (s.lo, s.of, s.office, s.person)):
        d = info.setdefault(s.person, {"names": set(), "surname": None, "first_of": s.of})
        d["names"] |= s.names
        d["surname"] = d["surname"] or s.surname
    slugs: dict[str, list[str]] = defaultdict(list)
    for key in info:
        slugs[slugify(key_label(key))].append(key)
    persons: dict[str, Person] = {}
    for key, d in sorted(info.items()):
        label = key_label(key)
        slug = slugify(label)
        pid = f"person/{slug}" if len(slugs[slug]) == 1 else f"person/{slug}-{d['first_of'].lower()}"
        cur = people.curated.get(label)
        if cur:
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
        persons[key] = Person(pid, label, uniq(fold_variants(surnames)), uniq(aliases))
    return persons


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
    return orgs


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


def resolve_clashes(actors: list[tuple[str, str, str, list[str], set[str]]]) -> dict[str, set[str]]:
    """actors: (id, type, label, names, curated names). Returns names to drop per actor id."""
    claims: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
    for aid, typ, label, names, curated in actors:
        for n in names:
            strength = 3 if n == label else (2 if n in curated else 1)
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
    for aid, typ, label, names, curated in actors:
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
    countries = build_countries(src)
    places = build_places(src, countries)
    demonyms = build_demonyms(src, countries)
    orgs = build_organizations(src)
    titles = {r["title"]: r["office"] for r in read_curated("role_titles.tsv")}

    people = PersonIndex()
    fb, first_titles = factbook_spells(src, countries, people, titles)
    reign = read_reign(raw)
    cow = read_cow()
    table = build_effective_table(countries, fb, reign, cow)
    spells = curated_spells(countries, people) + fb + reign_spells(reign, cow, table, fb, first_titles, people,
                                                                   countries)
    spells = merge_spells(spells)
    persons = build_persons(spells, people)

    iso_to_qid = {c.iso3: c.qid for c in countries.values()}

    def actor_of(of: str) -> str:
        return iso_to_qid.get(of, of)

    # name clashes
    entries = []
    for c in countries.values():
        entries.append((c.qid, "Country", c.label, [c.label] + c.aliases, set(c.curated_aliases)))
    for p in places.values():
        entries.append((p.id, p.type, p.label, [p.label] + p.aliases, set(p.aliases) if "curated" in p.source else set()))
    for o in orgs.values():
        entries.append((o.id, o.type, o.label, [o.label] + o.acronyms + o.aliases,
                        set(o.acronyms + o.aliases) if "curated" in o.source else set()))
    for key, p in persons.items():
        cur = people.curated.get(p.label)
        entries.append((p.id, "Person", p.label, [p.label] + p.aliases, set(split_multi(cur["aliases"])) if cur else set()))
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
