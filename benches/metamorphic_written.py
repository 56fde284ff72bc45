#!/usr/bin/env python3
"""Wording robustness on written sets: the metamorphic transformations applied to battery statements.

For a battery file (``benches/battery/README.md``: ``STATEMENTS = [(id, family, consistent, figure, wrong), ...]``,
traps have figure None), every pair whose wrong text lintgov flags (and whose consistent text it does not) is
rewritten by each transformation of ``benches/metamorphic.py`` (imported, not copied) that applies to the consistent
text; the same transformation is applied to the wrong text.  A pair whose wrong text the transformation does not take
the same way (not applied, the rewritten wrong text equal to the rewritten consistent one, or another shape once the
figures are masked) is *not transferable* and counted apart.  Both rewritten texts are linted as
``benches/bench_battery.py`` lints a text (one document per text, the arithmetic and yoy rules) and counted, per
transformation:

* applies: transferable pairs the transformation applies to;
* kept / lost: the rewritten wrong text still flagged / no longer flagged;
* FA: rewritten consistent texts (of pairs and of traps) flagged whose original is not flagged.

Usage (from the repository root)::

    .venv/bin/python benches/metamorphic_written.py --files benches/battery/written_w1.py benches/battery/written_w3a.py
    .venv/bin/python benches/metamorphic_written.py --only cn_counts,tongbi --json /tmp/out.json

Deterministic: no randomness; each distinct text is linted once.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import OrderedDict
from typing import Any, Callable, Dict, List, Optional, Sequence

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import metamorphic as mm  # noqa: E402
from bench_battery import load_set  # noqa: E402

#: runs of figures (Arabic, full-width, Chinese numerals, separators, scales) masked to compare the shape of two texts
_FIGURE_RUN = re.compile(r"[0-9０-９.．,%％〇零一二三四五六七八九十百千万亿两点]+")


def shape(text: str) -> str:
    """The text with every run of figures masked: two texts of one shape differ only in their figures."""
    return _FIGURE_RUN.sub("#", text)


def transferred(good: str, wrong: str, tgood: Optional[str], twrong: Optional[str]) -> bool:
    """Whether the transformation took the wrong text the same way as the consistent one."""
    if tgood is None or twrong is None or twrong == wrong or twrong == tgood:
        return False
    if shape(good) == shape(wrong):
        return shape(tgood) == shape(twrong)
    return True


class Linter:
    """lint_text of the arithmetic and yoy rules, as bench_battery; one lint per distinct text."""

    def __init__(self) -> None:
        from lintgov.config import Settings
        from lintgov.engine import instantiate_rules, lint_text
        from lintgov.plugins import build_registry
        reg = build_registry(load_entry_points=False, strict=True)
        self.rules = [r for r in instantiate_rules(reg, Settings(), {}, select=["ALL"])
                      if r.category in ("arithmetic", "yoy")]
        self._lint = lint_text
        self.cache: Dict[str, List[str]] = {}
        self.calls = 0

    def findings(self, text: str) -> List[str]:
        if text not in self.cache:
            self.calls += 1
            self.cache[text] = [f"{f.code} {f.message('en')}" for f in self._lint(text + "\n", self.rules)]
        return self.cache[text]

    def flags(self, text: str) -> bool:
        return bool(self.findings(text))


def load_statements(files: Sequence[str]) -> List[tuple]:
    """The statements of the files, ids prefixed by the file's stem (ids repeat across sets)."""
    out = []
    for path in files:
        stem = os.path.splitext(os.path.basename(path))[0]
        for sid, fam, good, fig, wrong in load_set(path):
            out.append((f"{stem}:{sid}", fam, good, fig, wrong))
    return out


def run(statements: Sequence[tuple], names: Sequence[str], linter: Linter,
        transforms: Optional[Dict[str, Callable[[str], Optional[str]]]] = None) -> Dict[str, Any]:
    transforms = transforms if transforms is not None else mm.TRANSFORMS
    pairs, traps = [], []
    base = {"pairs": 0, "caught": 0, "both_flagged": 0, "traps": 0, "trap_fa": 0}
    for sid, fam, good, fig, wrong in statements:
        if fig is None:
            base["traps"] += 1
            if linter.flags(good):
                base["trap_fa"] += 1
            else:
                traps.append((sid, fam, good))
            continue
        assert fig in good and wrong != fig, sid
        base["pairs"] += 1
        bad = good.replace(fig, wrong, 1)
        if not linter.flags(bad):
            continue
        if linter.flags(good):
            base["both_flagged"] += 1       # a false alarm of the set itself: its hit says nothing
            continue
        base["caught"] += 1
        pairs.append((sid, fam, good, bad))
    rows: "OrderedDict[str, Dict[str, Any]]" = OrderedDict()
    for name in names:
        tr = transforms[name]
        row = {"applies": 0, "kept": 0, "not_transferable": 0, "false_alarms": 0, "trap_applies": 0,
               "lost": [], "alarms": []}
        for sid, fam, good, bad in pairs:
            tg = tr(good)
            if tg is None or tg == good:
                continue
            tb = tr(bad)
            if not transferred(good, bad, tg, tb):
                row["not_transferable"] += 1
                continue
            row["applies"] += 1
            if linter.flags(tg):
                row["false_alarms"] += 1
                row["alarms"].append({"id": sid, "family": fam, "text": tg, "findings": linter.findings(tg)})
            if linter.flags(tb):
                row["kept"] += 1
            else:
                row["lost"].append({"id": sid, "family": fam, "text": tb, "consistent": tg})
        for sid, fam, good in traps:
            tg = tr(good)
            if tg is None or tg == good:
                continue
            row["trap_applies"] += 1
            if linter.flags(tg):
                row["false_alarms"] += 1
                row["alarms"].append({"id": sid, "family": fam, "text": tg, "findings": linter.findings(tg)})
        rows[name] = row
    return {"base": base, "transforms": rows, "lint_calls": linter.calls}


def _pct(a: int, n: int) -> str:
    return f"{100 * a / n:.0f}%" if n else "-"


def table(res: Dict[str, Any]) -> str:
    b = res["base"]
    head = (f"{'transformation':<20}{'applies':>8}{'kept':>6}{'lost':>6}{'loss':>6}{'n/t':>5}"
            f"{'traps':>7}{'FA':>5}")
    lines = [f"pairs caught: {b['caught']}/{b['pairs']} ({b['both_flagged']} flagged both ways, left out); "
             f"traps: {b['traps']} ({b['trap_fa']} flagged as written, left out)", head, "-" * len(head)]
    tot = {"applies": 0, "kept": 0, "not_transferable": 0, "trap_applies": 0, "false_alarms": 0}
    for name, r in res["transforms"].items():
        lost = r["applies"] - r["kept"]
        lines.append(f"{name:<20}{r['applies']:>8}{r['kept']:>6}{lost:>6}{_pct(lost, r['applies']):>6}"
                     f"{r['not_transferable']:>5}{r['trap_applies']:>7}{r['false_alarms']:>5}")
        for k in tot:
            tot[k] += r[k]
    lines.append("-" * len(head))
    lost = tot["applies"] - tot["kept"]
    lines.append(f"{'all':<20}{tot['applies']:>8}{tot['kept']:>6}{lost:>6}{_pct(lost, tot['applies']):>6}"
                 f"{tot['not_transferable']:>5}{tot['trap_applies']:>7}{tot['false_alarms']:>5}")
    lines.append("applies: caught pairs it rewrites alike; kept/lost: rewritten wrong text flagged or not; "
                 "n/t: not transferable; traps: traps it rewrites; FA: rewritten consistent texts (pairs and traps) "
                 "flagged")
    return "\n".join(lines)


def main(argv: Optional[List[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--files", nargs="+", default=[os.path.join(HERE, "battery", "written_w1.py")],
                    help="battery files (default: written_w1.py)")
    ap.add_argument("--only", default=None, help="comma-separated transformation names")
    ap.add_argument("--json", default=None, help="write the rows with every loss and false alarm here")
    args = ap.parse_args(argv)
    names = args.only.split(",") if args.only else list(mm.TRANSFORMS)
    for n in names:
        if n not in mm.TRANSFORMS:
            print(f"unknown transformation: {n}", file=sys.stderr)
            return 2
    t0 = time.perf_counter()
    res = run(load_statements(args.files), names, Linter())
    res["files"] = args.files
    res["seconds"] = round(time.perf_counter() - t0, 1)
    print(table(res))
    print(f"lint runs: {res['lint_calls']}; time: {res['seconds']} s")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(res, f, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
