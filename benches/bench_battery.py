#!/usr/bin/env python3
"""Recall and false alarms of the consistency rules on a battery of written statements:
each statement once consistent (a finding of category arithmetic or yoy anywhere in it is a
false alarm) and, unless it is a trap, once with one figure wrong (a finding is a hit).

    .venv/bin/python benches/bench_battery.py [-v] [--file PATH] [--json OUT]

The default set is the lead's phrasing battery (benches/battery/statements.py). A set is a
Python file defining STATEMENTS, a list of (id, family, consistent text, figure as printed,
wrong figure); the wrong text replaces the first occurrence of the figure. A trap has
figure and wrong figure None: only its false alarms are counted.
"""
import argparse
import collections
import importlib.util
import json
import os

from lintgov.config import Settings
from lintgov.engine import instantiate_rules, lint_text
from lintgov.plugins import build_registry

HERE = os.path.dirname(os.path.abspath(__file__))


def load_set(path):
    spec = importlib.util.spec_from_file_location("battery_set", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.STATEMENTS


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", action="store_true", help="print every miss and false alarm")
    ap.add_argument("--file", default=os.path.join(HERE, "battery", "statements.py"))
    ap.add_argument("--json", help="write per-statement results here")
    args = ap.parse_args()
    reg = build_registry(load_entry_points=False, strict=True)
    rules = [r for r in instantiate_rules(reg, Settings(), {}, select=["ALL"])
             if r.category in ("arithmetic", "yoy")]
    by = collections.defaultdict(lambda: [0, 0, 0, 0])     # hits, wrong total, false alarms, good total
    rows = []
    seen = set()
    for sid, fam, good, fig, wrong in load_set(args.file):
        assert sid not in seen, f"duplicate id {sid}"
        seen.add(sid)
        row = by[fam]
        fg = lint_text(good + "\n", rules)
        row[3] += 1
        row[2] += bool(fg)
        hit = None
        if fig is not None:
            assert fig in good, sid
            assert wrong != fig, sid
            fb = lint_text(good.replace(fig, wrong, 1) + "\n", rules)
            row[1] += 1
            hit = bool(fb)
            row[0] += hit
        rows.append({"id": sid, "family": fam, "trap": fig is None, "hit": hit,
                     "false_alarm": [f"{f.code} {f.message('en')}" for f in fg]})
        if args.v and (hit is False or fg):
            print(f"{sid} {fam}: {'MISS ' if hit is False else ''}"
                  f"{'FALSE ALARM ' + fg[0].code + ' ' + fg[0].message('en') if fg else ''}")
    tot = [sum(r[i] for r in by.values()) for i in range(4)]
    print(f"{'family':<14}{'recall':>12}{'false alarms':>16}")
    for fam, (h, n, fa, g) in sorted(by.items()):
        pct = f"{100 * h / n:>4.0f}%" if n else "    -"
        print(f"{fam:<14}{h:>5}/{n:<3}{pct}{fa:>9}/{g:<3}")
    pct = f"{100 * tot[0] / tot[1]:>4.0f}%" if tot[1] else "    -"
    print(f"{'total':<14}{tot[0]:>5}/{tot[1]:<3}{pct}{tot[2]:>9}/{tot[3]:<3}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump({"file": args.file, "statements": rows,
                       "total": {"hits": tot[0], "planted": tot[1], "false_alarms": tot[2],
                                 "consistent": tot[3]}}, fh, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
