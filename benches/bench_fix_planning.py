#!/usr/bin/env python3
"""Fix planning and --diff scale linearly with the number of fixes (issue 11: a 2 MB file's
--diff took 86 s because choosing fixes compared each with every one taken before).

    .venv/bin/python benches/bench_fix_planning.py

Builds a report of N lines each with a stray space (one safe fix per line, as LG801 offers)
for N = 5k, 10k, 20k, 40k, 80k, and times plan_fixes + unified_diff (median of 5 runs,
interleaved); prints seconds per size and the ratio to the previous size (≈2 when linear,
≈4 when quadratic)."""
import statistics
import time

from lintgov.document import Document
from lintgov.fixes import plan_fixes, unified_diff
from lintgov.rule import Edit, Finding, Fix, Rule


class Space(Rule):
    code = "B001"
    messages = {"default": {"zh": "x", "en": "x"}}


LINE = "本区全面推进依法行政 ，行政复议案件办理质量持续提升。\n"


def case(n):
    text = LINE * n
    doc = Document(text, "big.txt")
    r = Space()
    fs = []
    for i in range(n):
        a = i * len(LINE) + LINE.index(" ")
        fs.append(Finding(r, doc, a, a + 1, fix=Fix((Edit(a, a + 1, ""),), {"zh": "删", "en": "del"})))
    return fs


def once(fs):
    t0 = time.perf_counter()
    (plan,) = plan_fixes(fs, include_unwritable=True)
    d = unified_diff(plan)
    assert len(plan.edits) == len(fs) and d
    return time.perf_counter() - t0


def main():
    sizes = [5000, 10000, 20000, 40000, 80000]
    cases = {n: case(n) for n in sizes}
    times = {n: [] for n in sizes}
    for _ in range(5):
        for n in sizes:  # interleaved
            times[n].append(once(cases[n]))
    prev = None
    print("| fixes | file MB | plan + diff s (median of 5) | ratio to previous |")
    print("|---|---|---|---|")
    for n in sizes:
        m = statistics.median(times[n])
        mb = len((LINE * n).encode("utf-8")) / 1e6
        print(f"| {n} | {mb:.1f} | {m:.3f} | {'' if prev is None else f'{m / prev:.2f}'} |")
        prev = m


if __name__ == "__main__":
    main()
