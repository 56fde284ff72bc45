"""Reference data for the protected-names rules (LGA…): law and policy titles, protected
terms, a character confusion table, province → prefecture names.

Built-in files (written for lintgov or derived, see the README section "Reference data"):

* ``laws.tsv`` — national laws and administrative regulations 法治政府 reports cite most,
  with level, date, status, repeal date and what replaced them;
* ``policies.tsv`` — central policy documents and Party regulations with exact titles;
* ``terms.txt`` — protected terms;
* ``confusion.tsv`` — same-sound / similar-shape characters for the characters of those
  terms and titles (derived from pycorrector, Apache-2.0, ``NOTICE-confusion.md``);
* ``places.tsv`` — province → prefecture-level names (国家统计局 2023, WTFPL source);
* ``counties.tsv`` — prefecture-level division → county-level names (same source).

Users add their own lists through ``[tool.lintgov.data]`` (see :data:`DATA_KEYS`): TSV, CSV,
TOML or plain text files they maintain, read when a rule first needs them and cached.
"""
from __future__ import annotations

import csv
import io
import os
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from collections.abc import Mapping as _AbcMapping
from typing import Dict, FrozenSet, Iterable, Iterator, List, Mapping, Optional, Sequence, Set, Tuple

#: the date the built-in lists were last checked (shown by ``lintgov rule CODE``)
DATA_DATE = "2026-12-03"

#: keys of ``[tool.lintgov.data]``: name → (kind, help)
DATA_KEYS = {
    "laws": ("paths", "files of law/regulation titles (TSV/CSV with a title column, or TOML [[law]] tables)"),
    "terms": ("paths", "files of protected terms (one a line, or the first column of a TSV/CSV, or TOML terms = [...])"),
    "extra-terms": ("strings", "protected terms written inline"),
    "divisions": ("paths", "province/prefecture/county lists: a folder or files in the modood CSV layout "
                           "(provinces.csv, cities.csv, areas.csv), or a TSV province<TAB>prefecture<TAB>county"),
    "extra-places": ("strings", "places written inline as 省/市 or 省/市/县 (湖南省/张家界市/慈利县)"),
    "confusion": ("paths", "confusion sets: pycorrector same_pinyin.txt / same_stroke.txt, or a TSV "
                           "char<TAB>same-sound<TAB>similar-shape"),
}

_HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "中华人民共和国"


def _builtin(name: str) -> str:
    return os.path.join(_HERE, name)


def _lines(path: str) -> List[str]:
    with open(path, encoding="utf-8-sig") as f:
        return [line.rstrip("\r\n") for line in f]


def _toml_load(path: str) -> dict:
    from lintgov.config import _toml
    with open(path, "rb") as f:
        return _toml().load(f)


def read_rows(path: str) -> List[Dict[str, str]]:
    """Rows of a user table as dicts: TSV/CSV with a header row (``#`` comment lines skipped;
    a header may start with ``# ``), or TOML (the first array of tables found)."""
    if path.lower().endswith(".toml"):
        data = _toml_load(path)
        for v in data.values():
            if isinstance(v, list) and v and all(isinstance(x, dict) for x in v):
                return [{str(k): str(x) for k, x in row.items()} for row in v]
        return []
    lines = _lines(path)
    header: Optional[List[str]] = None
    body: List[str] = []
    delim = "," if path.lower().endswith(".csv") else "\t"
    for line in lines:
        if not line.strip():
            continue
        if line.startswith("#"):
            cand = line.lstrip("# ").split(delim)
            if header is None and len(cand) > 1 and "title" in [c.strip() for c in cand]:
                header = [c.strip() for c in cand]
            continue
        if header is None:
            header = [c.strip().strip('"') for c in next(csv.reader([line], delimiter=delim))]
            continue
        body.append(line)
    if header is None:
        return []
    out = []
    for rec in csv.reader(io.StringIO("\n".join(body)), delimiter=delim):
        out.append({h: (rec[i].strip() if i < len(rec) else "") for i, h in enumerate(header)})
    return out


# -- law titles ------------------------------------------------------------------------------

@dataclass(frozen=True)
class LawTitle:
    """A law or regulation of the reference list: its title, level, dates and status."""
    title: str                 # full official title
    level: str = ""            # 法律, 行政法规, 司法解释, 党内法规, 规范性文件…
    date: str = ""             # first adopted or promulgated
    in_force: str = ""
    status: str = ""           # 现行有效, 已废止, 已到期…
    repealed: str = ""         # date the repeal took effect (YYYY-MM-DD)
    replaced_by: str = ""
    source: str = "built-in"

    @property
    def short(self) -> str:
        return self.title[len(PREFIX):] if self.title.startswith(PREFIX) and len(self.title) > len(PREFIX) else self.title

    @property
    def repealed_year_start(self) -> Optional[Tuple[int, int, int]]:
        m = re.match(r"(\d{4})-(\d{2})-(\d{2})", self.repealed)
        return (int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


_DATE_IN_CLAUSE = re.compile(r"自(\d{4})年(\d{1,2})月(\d{1,2})日起施行")


def _law_from_row(row: Mapping[str, str], source: str) -> List[LawTitle]:
    if row.get("repealed_title"):  # a repeal-clause list: repealed_title, repealed_by, clause, same_title_superseded
        if row.get("same_title_superseded", "0") == "1":
            return []
        m = _DATE_IN_CLAUSE.search(row.get("clause", ""))
        date = f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}" if m else ""
        if not date:
            return []  # 自公布之日起施行: the date is not in the clause; not enough to warn
        return [LawTitle(row["repealed_title"], status="已废止", repealed=date,
                         replaced_by=row.get("repealed_by", ""), source=source)]
    title = (row.get("title") or row.get("name") or "").strip()
    if not title:
        return []
    status = row.get("status", "")
    return [LawTitle(title, level=row.get("level", ""), date=row.get("date") or row.get("publish_date", ""),
                     in_force=row.get("in_force", ""), status=status, repealed=row.get("repealed", ""),
                     replaced_by=row.get("replaced_by", ""), source=source)]


@lru_cache(maxsize=None)
def law_titles(paths: Tuple[str, ...] = ()) -> Tuple[LawTitle, ...]:
    out: List[LawTitle] = []
    for row in read_rows(_builtin("laws.tsv")):
        out += _law_from_row(row, "built-in")
    for p in paths:
        for row in read_rows(p):
            out += _law_from_row(row, p)
    return tuple(out)


@dataclass(frozen=True)
class LawIndex:
    """The law titles by name and short name, and the repealed ones."""
    #: every known title and short title → the entries under that name
    names: Mapping[str, Tuple[LawTitle, ...]]
    #: repealed titles (full and short) → the repeal entry
    repealed: Mapping[str, LawTitle]

    def known(self, name: str) -> bool:
        return name in self.names or name in self.repealed


@lru_cache(maxsize=None)
def law_index(paths: Tuple[str, ...] = ()) -> LawIndex:
    names: Dict[str, List[LawTitle]] = {}
    repealed: Dict[str, LawTitle] = {}
    for t in law_titles(paths):
        if t.repealed:
            for n in {t.title, t.short}:
                repealed.setdefault(n, t)
        for n in {t.title, t.short}:
            names.setdefault(n, []).append(t)
    # a title whose name is also current in some list (国家安全法 1993 renamed, 2015 new law): not repealed
    for n in list(repealed):
        if any(not t.repealed and t.status != "已废止" for t in names.get(n, ())):
            del repealed[n]
    return LawIndex({k: tuple(v) for k, v in names.items()}, repealed)


@dataclass(frozen=True)
class PolicyTitle:
    """A policy document of the reference list: its title, issuer, date and status."""
    title: str
    issuer: str = ""
    issued: str = ""
    status: str = ""
    replaced_by: str = ""

    @cached_property
    def stem(self) -> str:
        # (kept once read: every check of a document reads the stem of every title; cached_property writes the
        # instance's __dict__, which a frozen dataclass allows)
        return re.sub(r"（[^（）]*）$", "", self.title)


@lru_cache(maxsize=None)
def policy_titles() -> Tuple[PolicyTitle, ...]:
    return tuple(PolicyTitle(r["title"], r.get("issuer", ""), r.get("issued", ""), r.get("status", ""),
                             r.get("replaced_by", "")) for r in read_rows(_builtin("policies.tsv")))


# -- protected terms -----------------------------------------------------------------------

def _term_lines(path: str) -> List[str]:
    if path.lower().endswith(".toml"):
        data = _toml_load(path)
        v = data.get("terms", [])
        return [str(x) for x in v] if isinstance(v, list) else []
    delim = "," if path.lower().endswith(".csv") else "\t"
    out = []
    for line in _lines(path):
        if not line.strip() or line.startswith("#"):
            continue
        out.append(line.split(delim)[0].strip().strip('"'))
    return out


@lru_cache(maxsize=None)
def builtin_terms() -> Tuple[str, ...]:
    return tuple(_term_lines(_builtin("terms.txt")))


@lru_cache(maxsize=None)
def terms(paths: Tuple[str, ...] = (), extra: Tuple[str, ...] = ()) -> Tuple[str, ...]:
    out = list(builtin_terms())
    for p in paths:
        out += _term_lines(p)
    out += [e.strip() for e in extra if e.strip()]
    return tuple(dict.fromkeys(t for t in out if len(t) >= 2))


# -- confusion sets ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Confusion:
    """Characters easily confused by sound or by shape."""
    sound: Mapping[str, FrozenSet[str]]
    shape: Mapping[str, FrozenSet[str]]

    def kind(self, a: str, b: str) -> Optional[str]:
        """``sound`` or ``shape`` when ``b`` is a likely slip for ``a`` (either direction), else None."""
        if b in self.sound.get(a, ()) or a in self.sound.get(b, ()):
            return "sound"
        if b in self.shape.get(a, ()) or a in self.shape.get(b, ()):
            return "shape"
        return None


def _add(d: Dict[str, List[str]], c: str, others: Iterable[str]) -> None:
    # a column of the table is already the string: joining it character by character made a new object per
    # CJK character (~16 M instructions for the built-in table's 684 lines at every start)
    d.setdefault(c, []).append(others if type(others) is str else "".join(others))


class _CharSets(_AbcMapping):
    """character → frozenset of the other characters listed with it (not itself, no spaces),
    built for a character when it is first looked up: a check of one file looks up a few
    characters of the 3,000-line table, and building every set costs 20 ms at each start."""

    def __init__(self, raw: Dict[str, List[str]]) -> None:
        self._raw = raw
        self._sets: Dict[str, FrozenSet[str]] = {}

    def __getitem__(self, c: str) -> FrozenSet[str]:
        got = self._sets.get(c)
        if got is None:
            got = self._sets[c] = frozenset(o for o in set("".join(self._raw[c])) if o != c and not o.isspace())
        return got

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)


@lru_cache(maxsize=None)
def confusion(paths: Tuple[str, ...] = ()) -> Confusion:
    sound: Dict[str, List[str]] = {}
    shape: Dict[str, List[str]] = {}
    for line in _lines(_builtin("confusion.tsv")):
        if line.startswith("#") or not line:
            continue
        parts = line.split("\t") + ["", ""]
        _add(sound, parts[0], parts[1])
        _add(shape, parts[0], parts[2])
    for p in paths:
        base = os.path.basename(p)
        for line in _lines(p):
            if line.startswith("#") or not line.strip():
                continue
            parts = line.split("\t")
            if "stroke" in base:                      # pycorrector same_stroke.txt: one group a line
                group = [c for c in "".join(parts) if not c.isspace()]
                for c in group:
                    _add(shape, c, group)
            elif "pinyin" in base:                    # pycorrector same_pinyin.txt: char, same tone, other tone
                _add(sound, parts[0], "".join(parts[1:3]))
            else:                                     # lintgov layout: char, same sound, similar shape
                parts += ["", ""]
                _add(sound, parts[0], parts[1])
                _add(shape, parts[0], parts[2])
    return Confusion(_CharSets(sound), _CharSets(shape))


# -- places --------------------------------------------------------------------------------------

_PROV_SUFFIX = re.compile(r"(?:壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|省|市)$")
_UNIT_SUFFIX = re.compile(r"(?:自治州|地区|盟|市|州|自治县|自治旗|县|区|旗|特区|林区)$")


def short_place(name: str) -> str:
    """湖北省 → 湖北, 张家界市 → 张家界, 广西壮族自治区 → 广西 (kept when the rest is one character)."""
    s = _PROV_SUFFIX.sub("", name)
    if s == name:
        s = _UNIT_SUFFIX.sub("", name)
    return s if len(s) >= 2 else name


@dataclass(frozen=True)
class Places:
    """The administrative divisions: provinces, prefectures and counties."""
    #: province full name → short name
    provinces: Mapping[str, str]
    #: prefecture name (full) → provinces
    prefectures: Mapping[str, FrozenSet[str]]
    #: county name (full) → (province, prefecture) pairs; empty unless a divisions list is configured
    counties: Mapping[str, FrozenSet[Tuple[str, str]]]

    def province_of(self, name: str) -> Optional[str]:
        if name in self.provinces:
            return name
        for full, short in self.provinces.items():
            if name == short:
                return full
        return None


def _read_divisions(path: str, provs: Dict[str, str], prefs: Dict[str, Set[str]],
                    counties: Dict[str, Set[Tuple[str, str]]]) -> None:
    if os.path.isdir(path):
        files = [os.path.join(path, n) for n in ("provinces.csv", "cities.csv", "areas.csv")]
        if all(os.path.isfile(f) for f in files):
            pcode = {r["code"]: r["name"] for r in read_rows(files[0])}
            ccode = {}
            for r in read_rows(files[1]):
                prov = pcode.get(r.get("provinceCode", ""), "")
                ccode[r["code"]] = (prov, r["name"])
                if prov and r["name"] not in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
                    prefs.setdefault(r["name"], set()).add(prov)
            for p in pcode.values():
                provs.setdefault(p, short_place(p))
            for r in read_rows(files[2]):
                prov, city = ccode.get(r.get("cityCode", ""), (pcode.get(r.get("provinceCode", ""), ""), ""))
                if prov:
                    counties.setdefault(r["name"], set()).add((prov, city))
        return
    for line in _lines(path):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in re.split(r"[\t,/]", line)]
        _add_place(parts, provs, prefs, counties)


def _add_place(parts: Sequence[str], provs: Dict[str, str], prefs: Dict[str, Set[str]],
               counties: Dict[str, Set[Tuple[str, str]]]) -> None:
    parts = [p for p in parts if p]
    if not parts:
        return
    prov = parts[0]
    provs.setdefault(prov, short_place(prov))
    if len(parts) >= 2 and parts[1] not in ("市辖区", "县"):
        for pref in parts[1].split():
            prefs.setdefault(pref, set()).add(prov)
    if len(parts) >= 3:
        counties.setdefault(parts[2], set()).add((prov, parts[1]))


@lru_cache(maxsize=None)
def places(paths: Tuple[str, ...] = (), extra: Tuple[str, ...] = ()) -> Places:
    provs: Dict[str, str] = {}
    prefs: Dict[str, Set[str]] = {}
    counties: Dict[str, Set[Tuple[str, str]]] = {}
    for line in _lines(_builtin("places.tsv")):
        if line.startswith("#") or not line.strip():
            continue
        prov, _, rest = line.partition("\t")
        _add_place([prov, rest], provs, prefs, counties)
    for p in paths:
        _read_divisions(p, provs, prefs, counties)
    for e in extra:
        _add_place([x.strip() for x in e.split("/")], provs, prefs, counties)
    return Places(provs, {k: frozenset(v) for k, v in prefs.items()},
                  {k: frozenset(v) for k, v in counties.items()})


@lru_cache(maxsize=None)
def builtin_counties() -> Mapping[str, Tuple[str, ...]]:
    """The county-level divisions of ``counties.tsv`` by the prefecture-level division holding them (the province for a
    直辖市 and for the counties a province governs directly), full names (深圳市 → 罗湖区, 福田区, …).  Unlike
    :func:`places`, whose ``counties`` stay empty unless a divisions list is configured, these are always there: the
    claims layer reads them to tell the level of a place named (:mod:`lintgov.claims.lists`)."""
    out: Dict[str, Tuple[str, ...]] = {}
    for line in _lines(_builtin("counties.tsv")):
        if line.startswith("#") or not line.strip():
            continue
        holder, _, rest = line.partition("\t")
        out[holder] = tuple(rest.split())
    return out


def data_settings(ctx) -> Dict[str, Tuple[str, ...]]:
    """The ``[tool.lintgov.data]`` table of a run (paths already resolved), as tuples."""
    data = (getattr(ctx, "settings", None) or {}).get("data") or {}
    return {k: tuple(data.get(k) or ()) for k in DATA_KEYS}
