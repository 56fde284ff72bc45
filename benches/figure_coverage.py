#!/usr/bin/env python3
"""Which numerals of the corpus the quantity service does not read as figures, and why.

    .venv/bin/python benches/figure_coverage.py [--corpus DIR …] [--top 25] [--json out.json]

For each document of the corpora (default ``../shared/corpus/gwr`` and ``../shared/corpus/full``), every run of
digits (ASCII or full-width) or of Chinese numerals is looked up among the document's quantities
(``doc.quantities``, what ``lintgov claims`` lists). A run no quantity covers is *unread*; it is put in one
class by what stands around it, with the characters after it:

* ``masked``: inside a masked span (document numbers, phone numbers, titles, URLs);
* ``year/date/time``: 2023年, 二〇二三年, 3月5日, 10时 (rightly not figures);
* ``ordinal/marker``: 第三, 一是, （一）, 1. at a paragraph start (rightly not figures);
* ``word``: a Chinese numeral that is part of a word or name (一批, 三大, 十四五, 统一, 两会; rightly not figures);
* ``form not parsed``: a Chinese numeral before a known unit that the numeral parser refuses;
* ``unit not known (digits)``: digits right before a CJK character that is no unit the service reads;
* ``word or unit not known (Chinese numeral)``: the same after a Chinese numeral (mostly words: 十二大, 十五届).

A second table counts the figures read *without a unit* although a CJK character follows the number (a measure
word the service may not know), by the characters after it. Run it on the branch before and after a change to
the quantity service and compare the counts (``--json``).
"""
from __future__ import annotations

import argparse
import bisect
import collections
import json
import os
import re
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from lintgov.document import MASK_CHAR  # noqa: E402
from lintgov.engine import read_document  # noqa: E402
from lintgov.plugins import build_registry  # noqa: E402
from lintgov.quantities import UNITS, cn_to_number  # noqa: E402

_ROOT = os.path.dirname(os.path.dirname(HERE))
DEFAULT_CORPORA = (os.path.join(_ROOT, "shared", "corpus", "gwr"), os.path.join(_ROOT, "shared", "corpus", "full"))

#: a numeral: digits (a decimal point or group comma between them), Chinese numerals, and 多/余 inside it
#: before a scale word (二十五億七千多萬, 3万多亿)
_RUN = re.compile(r"(?:[0-9０-９]+(?:[.．,，][0-9０-９]+)*|[零〇一二两兩三四五六七八九十百千万萬亿億廿卅]"
                  r"|[多余餘](?=[十百千万萬亿億]))+")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_UNIT_AT = re.compile("|".join(map(re.escape, UNITS)))
_DATE_AFTER = re.compile(r"(?:年|月|日|号|號|时|時|点|點|時|分(?!钟|鐘|之)|秒|世纪|世紀|年代)")
_YEAR_RUN = re.compile(r"(?:1[6-9]|20)\d{2}|[〇零一二三四五六七八九]{4}")
_ORD_AFTER = re.compile(r"(?:是|要|则|則|来|來|方面|、|）|\)|\.|．)")
_ORD_BEFORE = set("第初周週星其之每逐（(〔[【")


def classify(text: str, a: int, b: int, run: str, para_start: bool) -> str:
    prev = text[a - 1] if a else ""
    after = text[b:b + 2]
    if MASK_CHAR in text[a:b] or prev == MASK_CHAR or after[:1] == MASK_CHAR:
        return "masked"
    ascii_run = run.translate(str.maketrans("０１２３４５６７８９．，", "0123456789.,"))
    if _YEAR_RUN.fullmatch(ascii_run) or _DATE_AFTER.match(after) or prev in "月":
        return "year/date/time"
    if prev in _ORD_BEFORE or para_start or _ORD_AFTER.match(after):
        return "ordinal/marker"
    chinese = not ascii_run[:1].isdigit()
    if chinese:
        if _UNIT_AT.match(text, b) and len(run) > 1 and cn_to_number(run) is None:
            return "form not parsed"
        if len(run) == 1 or not _CJK.match(after[:1]) or _UNIT_AT.match(text, b):
            return "word"
        return "word or unit not known (Chinese numeral)"
    if _UNIT_AT.match(text, b):
        return "other (unit known)"
    if _CJK.match(after[:1]):
        return "unit not known (digits)"
    return "other"


def audit(paths, top: int):
    registry = build_registry(strict=True)
    unread = collections.Counter()
    by_after = collections.defaultdict(collections.Counter)
    examples = {}
    no_unit = collections.Counter()
    runs = figures = 0
    for path in paths:
        doc = read_document(path, path, registry)
        text = doc.text
        qs = doc.quantities
        figures += len(qs)
        # the spans of the figures the service reads (number, scale and unit), in order
        spans = sorted((q.start, q.end) for q in qs)
        starts = [s for s, _ in spans]
        para_starts = [p.start for p in doc.paragraphs]
        for q in qs:
            if not q.unit and q.end < len(text) and _CJK.match(text[q.end]) and text[q.end] not in "年月日":
                no_unit[text[q.end:q.end + 2]] += 1
        for m in _RUN.finditer(text):
            a, b = m.span()
            runs += 1
            i = bisect.bisect_right(starts, b - 1) - 1
            if i >= 0 and spans[i][1] > a or i >= 1 and spans[i - 1][1] > a:
                continue                       # (part of it) inside a figure read
            j = bisect.bisect_right(para_starts, a) - 1
            ps = j >= 0 and not text[para_starts[j]:a].strip(" \t\u3000")
            cls = classify(text, a, b, m.group(), ps)
            unread[cls] += 1
            key = text[b:b + 2].replace("\n", "⏎")
            by_after[cls][key] += 1
            examples.setdefault((cls, key), text[max(0, a - 8):b + 6].replace("\n", "⏎"))
    return {"documents": len(paths), "runs": runs, "figures": figures, "unread": dict(unread),
            "after": {c: dict(cnt.most_common(top)) for c, cnt in by_after.items()},
            "examples": {f"{c}|{k}": v for (c, k), v in examples.items()},
            "read_without_unit": dict(no_unit.most_common(top)), "read_without_unit_total": sum(no_unit.values())}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", action="append", help="a folder of reports (repeatable)")
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--json", help="write the counts here")
    args = ap.parse_args(argv)
    paths = []
    for d in args.corpus or DEFAULT_CORPORA:
        paths += sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith((".txt", ".md", ".docx")))
    t = time.perf_counter()
    r = audit(paths, args.top)
    print(f"{r['documents']} documents, {r['runs']} numeral runs, {r['figures']} figures read "
          f"({time.perf_counter() - t:.1f} s)")
    total = sum(r["unread"].values())
    print(f"numeral runs inside no figure: {total}")
    for cls, n in sorted(r["unread"].items(), key=lambda kv: -kv[1]):
        print(f"  {cls:20} {n:6}")
    for cls in ("unit not known (digits)", "word or unit not known (Chinese numeral)", "form not parsed",
                "other (unit known)", "other", "word"):
        if cls in r["after"]:
            print(f"\n{cls} — by the characters after the run:")
            for k, n in r["after"][cls].items():
                print(f"  {k:6} {n:5}   {r['examples'].get(cls + '|' + k, '')}")
    print(f"\nfigures read without a unit, a CJK character after them: {r['read_without_unit_total']}")
    for k, n in r["read_without_unit"].items():
        print(f"  {k:6} {n:5}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(r, f, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
