#!/usr/bin/env python3
"""Recall and false alarms of the consistency rules on the lead's phrasing battery
(benches/battery/statements.py): each statement once consistent (a finding of category
arithmetic or yoy anywhere in it is a false alarm) and once with one figure wrong (a
finding is a hit).

    .venv/bin/python benches/bench_battery.py [-v]
"""
import collections
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "battery"))
from statements import STATEMENTS  # noqa: E402

from lintgov.config import Settings  # noqa: E402
from lintgov.engine import instantiate_rules, lint_text  # noqa: E402
from lintgov.plugins import build_registry  # noqa: E402


def main():
    verbose = "-v" in sys.argv
    reg = build_registry(load_entry_points=False, strict=True)
    rules = [r for r in instantiate_rules(reg, Settings(), {}, select=["ALL"])
             if r.category in ("arithmetic", "yoy")]
    by = collections.defaultdict(lambda: [0, 0, 0, 0])     # hits, wrong total, false alarms, good total
    for sid, fam, good, fig, wrong in STATEMENTS:
        assert fig in good, sid
        bad = good.replace(fig, wrong, 1)
        fg = lint_text(good + "\n", rules)
        fb = lint_text(bad + "\n", rules)
        row = by[fam]
        row[1] += 1
        row[3] += 1
        if fb:
            row[0] += 1
        if fg:
            row[2] += 1
        if verbose and (not fb or fg):
            print(f"{sid} {fam}: {'MISS' if not fb else ''} {'FALSE ALARM ' + fg[0].code + ' ' + fg[0].message('en') if fg else ''}")
    tot = [sum(r[i] for r in by.values()) for i in range(4)]
    print(f"{'family':<10}{'recall':>12}{'false alarms':>16}")
    for fam, (h, n, fa, g) in sorted(by.items()):
        print(f"{fam:<10}{h:>5}/{n:<3}{100 * h / n:>4.0f}%{fa:>9}/{g:<3}")
    print(f"{'total':<10}{tot[0]:>5}/{tot[1]:<3}{100 * tot[0] / tot[1]:>4.0f}%{tot[2]:>9}/{tot[3]:<3}")


if __name__ == "__main__":
    main()
