#!/usr/bin/env python3
"""Coverage of the consistency checks on the work reports of ``../shared/corpus/full``: which
share of the percent and growth figures a real check verified.

    .venv/bin/python benches/claims_coverage.py [--corpus ../shared/corpus/full] [--kind gwr] [-v]

The work reports (``kind`` = ``gwr`` in the corpus index) are linted together, as
``lintgov claims FILES…`` does, so reports of consecutive years of one body pair for the
cross-report checks (LG206/LG207). A *percent/growth figure* is a figure printed with % or
个百分点, or read as a growth, points, multiple or average; it is *checked* when a rule wrote a
check with it as the stated figure to the ledger (verdict ``consistent`` or ``inconsistent``).
Prints the share overall, per rule, and the reasons the rest were not checkable.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import re
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from lintgov.claims import claims_of, ledger, why_not  # noqa: E402
from lintgov.config import Settings  # noqa: E402
from lintgov.engine import lint_paths  # noqa: E402
from lintgov.plugins import build_registry  # noqa: E402

GROWTH_ROLES = ("growth", "points", "multiple", "average")


_LIST = re.compile(r"分别|分別|均")
_CHANGE = re.compile(r"增长|增長|下降|增加|减少|減少|提高|降低|上升|压缩|壓縮|压减|壓減|减|減|降|增|涨|漲|节省|節省|缩短|縮短")


def why_level(f, d) -> str:
    """Why a percent figure read as a level (or an earlier period's level) states no relation a check could use."""
    from lintgov.claims import _PLAN_WORDS, _WIDER_RATE
    q = f.quantity
    masked = d.masked()
    k = max(masked.rfind(c, max(0, q.start - 200), q.start) for c in "。；;\n")
    sent = masked[k + 1 if k >= 0 else max(0, q.start - 200):q.start]
    if f.role == "prior":
        return "an earlier period's level (由A提高到B) with no change stated"
    if _PLAN_WORDS.search(sent) or masked[q.end:q.end + 2] in ("左右", "以上", "以下", "以内") or q.approx:
        return "a plan, a target or a bound"
    if q.unit in ("个百分点", "百分点", "個百分點") and _WIDER_RATE.search(sent[-30:]):
        return "a difference to a rate the report does not state (高于全国…个百分点)"
    if _LIST.search(sent[-60:]) and _CHANGE.search(sent[-60:]):
        return "an item of a list of changes (分别下降a、b、c): no levels stated"
    if _CHANGE.search(sent[-12:]):
        return "a change read as a level: no levels stated"
    return "a percentage stating no relation (失业率, 100%达标, 占比 of an unnamed whole)"


def is_target(f) -> bool:
    q = f.quantity
    return q.is_percent or q.unit in ("个百分点", "百分点", "個百分點") or f.role in GROWTH_ROLES


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=os.path.join(HERE, "..", "..", "shared", "corpus", "full"))
    ap.add_argument("--kind", default="gwr", help="corpus index kind to include (default gwr: work reports)")
    ap.add_argument("-v", action="store_true", help="list the checked figures")
    args = ap.parse_args(argv)
    idx = json.load(open(os.path.join(args.corpus, "index.json"), encoding="utf-8"))["documents"]
    paths = [os.path.join(args.corpus, e["file"]) for e in idx if e["kind"] == args.kind]
    reg = build_registry(load_entry_points=False)
    settings = Settings()
    settings.select = ["arithmetic", "yoy"]
    t0 = time.perf_counter()
    run = lint_paths(paths, reg, settings, {})
    total = checked = bad = 0
    by_rule: collections.Counter = collections.Counter()
    why: collections.Counter = collections.Counter()
    for d in run.documents:
        stated = collections.defaultdict(list)
        for c in ledger(d):
            stated[c.start].append(c)
        for f in claims_of(d).figures:
            if not is_target(f):
                continue
            total += 1
            own = stated.get(f.start)
            if own:
                checked += 1
                bad += any(not c.consistent for c in own)
                for r in sorted({c.rule for c in own}):
                    by_rule[r] += 1
                if args.v:
                    line, col = d.position(f.start)
                    print(f"{d.path}:{line}:{col}: {d.text[f.start:f.end]} {[(c.rule, c.consistent) for c in own]}")
            else:
                why[f.role + ": " + (why_not(f, d) if f.role not in ("level", "prior") else why_level(f, d))] += 1
    print(f"work reports: {len(run.documents)} ({args.kind}); percent/growth figures: {total}; "
          f"checked: {checked} ({100 * checked / max(total, 1):.1f}%); inconsistent: {bad}; "
          f"time {time.perf_counter() - t0:.1f} s")
    print("checked by rule: " + ", ".join(f"{r} {n}" for r, n in sorted(by_rule.items())))
    print("not checked, why:")
    for w, n in why.most_common():
        print(f"  {n:6d}  {100 * n / max(total, 1):5.1f}%  {w}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
