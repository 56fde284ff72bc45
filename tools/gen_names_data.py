"""Regenerate the two derived tables under ``lintgov/data``:

* ``confusion.tsv`` — for every character of the built-in protected terms, law and policy
  titles (``terms.txt``, ``laws.tsv``, ``policies.tsv``), the characters that sound the same
  (any tone) and those that look alike, taken from pycorrector's ``same_pinyin.txt`` and
  ``same_stroke.txt`` (Apache-2.0; see ``NOTICE-confusion.md``).  Only those characters are
  kept: the table is a subset, not a copy.
* ``places.tsv`` — province → prefecture-level names, from the 国家统计局 2023 统计用区划
  as packaged by modood/Administrative-divisions-of-China (WTFPL);
* ``counties.tsv`` — prefecture-level division (the province for a 直辖市) → its county-level names, same source.

Usage (the sources are not part of the project; ``../shared`` holds them during development)::

    python tools/gen_names_data.py --confusion ../shared/research/data/confusion \\
        --divisions ../shared/research/data/divisions
"""
from __future__ import annotations

import argparse
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "lintgov", "data")
sys.path.insert(0, os.path.join(HERE, ".."))


def _chars() -> set:
    from lintgov.data import builtin_terms, law_titles, policy_titles
    from lintgov.data import places
    pl = places()
    text = "".join(builtin_terms()) + "".join(t.title for t in law_titles()) + "".join(p.title for p in policy_titles())
    text += "".join(pl.provinces) + "".join(pl.prefectures)  # issuers' and places' names
    return {c for c in text if "\u4e00" <= c <= "\u9fff"}


def gen_confusion(folder: str) -> None:
    sound = {}
    with open(os.path.join(folder, "same_pinyin.txt"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            parts = line.rstrip("\n").split("\t")
            if parts and parts[0]:
                sound[parts[0]] = "".join(parts[1:3]).replace(" ", "")
    shape = {}
    with open(os.path.join(folder, "same_stroke.txt"), encoding="utf-8") as f:
        for line in f:
            group = line.split()
            for c in group:
                shape.setdefault(c, set()).update(g for g in group if g != c)
    out = os.path.join(DATA, "confusion.tsv")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Derived from pycorrector same_pinyin.txt / same_stroke.txt (Apache-2.0, see NOTICE-confusion.md),\n"
                "# restricted to the characters of lintgov's built-in terms, titles and place names by tools/gen_names_data.py.\n"
                "# char\tsame_sound\tsimilar_shape\n")
        for c in sorted(_chars()):
            s = "".join(dict.fromkeys(x for x in sound.get(c, "") if x != c))
            h = "".join(sorted(shape.get(c, ())))
            if s or h:
                f.write(f"{c}\t{s}\t{h}\n")
    print("wrote", out)


def gen_places(folder: str) -> None:
    with open(os.path.join(folder, "provinces.csv"), encoding="utf-8") as f:
        provinces = {r["code"]: r["name"] for r in csv.DictReader(f)}
    cities = {}
    with open(os.path.join(folder, "cities.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["name"] in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
                continue
            cities.setdefault(r["provinceCode"], []).append(r["name"])
    out = os.path.join(DATA, "places.tsv")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Province → prefecture-level divisions (国家统计局 2023年统计用区划代码, as of 2023-06-30),\n"
                "# derived from modood/Administrative-divisions-of-China (WTFPL) by tools/gen_names_data.py.\n"
                "# province\tprefectures (space-separated)\n")
        for code in sorted(provinces):
            f.write(f"{provinces[code]}\t{' '.join(cities.get(code, []))}\n")
    print("wrote", out)


def gen_counties(folder: str) -> None:
    with open(os.path.join(folder, "provinces.csv"), encoding="utf-8") as f:
        provinces = {r["code"]: r["name"] for r in csv.DictReader(f)}
    with open(os.path.join(folder, "cities.csv"), encoding="utf-8") as f:
        cities = {r["code"]: r for r in csv.DictReader(f)}
    held = {}
    with open(os.path.join(folder, "areas.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            c = cities.get(r["cityCode"])
            # (the counties of a 直辖市, or those governed by the province directly, are held by the province)
            if c is None or c["name"] in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
                holder = provinces[r["provinceCode"]]
            else:
                holder = c["name"]
            held.setdefault(holder, []).append(r["name"])
    out = os.path.join(DATA, "counties.tsv")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Prefecture-level division (the province for a 直辖市 or counties it governs directly) → county-level\n"
                "# divisions (国家统计局 2023年统计用区划代码, as of 2023-06-30), derived from\n"
                "# modood/Administrative-divisions-of-China (WTFPL) by tools/gen_names_data.py.\n"
                "# prefecture\tcounties (space-separated)\n")
        for holder in sorted(held):
            f.write(f"{holder}\t{' '.join(held[holder])}\n")
    print("wrote", out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--confusion", help="folder with same_pinyin.txt and same_stroke.txt")
    ap.add_argument("--divisions", help="folder with provinces.csv and cities.csv")
    a = ap.parse_args()
    if a.confusion:
        gen_confusion(a.confusion)
    if a.divisions:
        gen_places(a.divisions)
        gen_counties(a.divisions)


if __name__ == "__main__":
    main()
