#!/usr/bin/env python3
"""Coverage of the consistency checks on the work reports of ``../shared/corpus/full``: which
share of the percent and growth figures a real check verified.

    .venv/bin/python benches/claims_coverage.py [--corpus ../shared/corpus/full] [--kind gwr] [-v]
    .venv/bin/python benches/claims_coverage.py --sample 200 --seed 10    # the audit sample

``--sample N --seed S`` prints a seeded random sample of N figures the bench calls not checkable, each with its
file, line:column, offset, reason and sentence, and — as reading aids, not verdicts — the figures of the same
measure earlier in its paragraph and the figures of last year's paired report whose metric is alike
(similarity >= 0.6), so that a reader can say by hand whether the operands are in the text
(``benches/validity/coverage_audit.md``).

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


_CHANGE_WORDS = (r"增长|增長|下降|增加|减少|減少|提高|降低|上升|提升|压缩|壓縮|压减|壓減|减|減|降|增|涨|漲|节省|節省|缩短|縮短")
#: the figure is an item of a list of changes: 分别下降25.7%、37.9%、 / 均增长 (not 平均, 人均)
_LIST_ITEM = re.compile(r"(?:分别|分別|(?<![平人年])均)(?:比上年|同比|较上年|累计|累計)?(?:" + _CHANGE_WORDS + r")了?"
                        r"(?:\s*[\d.．]+\s*(?:%|％|个百分点|個百分點)?\s*[、和及与與]\s*)*$")
#: the figure right after a change word: 增长12% read as a level
_CHANGE_JUST_BEFORE = re.compile(r"(?:" + _CHANGE_WORDS + r")(?:了|为|為|达到|達到|达|達|幅度?为?)?$")
#: the figure a change reached: 提高到62.5%, 由A上升至B
_TO_LEVEL = re.compile(r"(?:" + _CHANGE_WORDS + r"|优化|優化)(?:到|至|为|為)$")
#: the figure a change started from: 从2010年的65%, 由81%
_FROM_LEVEL = re.compile(r"(?:从|從|由)[^，,；;。]{0,12}$")
#: a growth stated as a percentage before 增长 (实现15%的高增长)
_GROWTH_AFTER = re.compile(r"的?[\u4e00-\u9fff]{0,3}(?:增长|增長|增幅|降幅|涨幅|漲幅)")
_COMPLETION = re.compile(r"完成(?:了|率)?(?:为|為|达|達)?$")


def why_level(f, d) -> str:
    """Why a percent figure read as a level (or an earlier period's level) states no relation a check could use."""
    from lintgov.claims import _PLAN_WORDS, _WIDER_RATE, plan_free
    q = f.quantity
    masked = d.masked()
    k = max(masked.rfind(c, max(0, q.start - 200), q.start) for c in "。；;\n")
    sent = masked[k + 1 if k >= 0 else max(0, q.start - 200):q.start]
    if f.role == "prior":
        return "an earlier period's level (由A提高到B) with no change stated"
    if _PLAN_WORDS.search(plan_free(sent)) or masked[q.end:q.end + 2] in ("左右", "以上", "以下", "以内") or q.approx:
        return "a plan, a target or a bound"
    if q.unit in ("个百分点", "百分点", "個百分點") and _WIDER_RATE.search(sent[-30:]):
        return "a difference to a rate the report does not state (高于全国…个百分点)"
    if _LIST_ITEM.search(sent[-60:]):
        return "an item of a list of changes (分别下降a、b、c): no levels stated"
    if _TO_LEVEL.search(sent[-4:]):
        return "the level a change reached (提高到B, 由A上升至B) with no change stated"
    if _FROM_LEVEL.search(sent[-14:]):
        return "an earlier period's level (由A提高到B) with no change stated"
    if _COMPLETION.search(sent[-6:]):
        return "a completion of a target the report does not state (完成102.4%)"
    if _CHANGE_JUST_BEFORE.search(sent[-8:]):
        return "a change read as a level: no levels stated"
    if _GROWTH_AFTER.match(masked, q.end):
        return "a growth stated before its verb (实现15%的增长): no levels stated"
    return "a percentage stating no relation (失业率, 100%达标, 占比 of an unnamed whole)"


def is_target(f) -> bool:
    q = f.quantity
    return q.is_percent or q.unit in ("个百分点", "百分点", "個百分點") or f.role in GROWTH_ROLES


_CHANGE_TAIL = re.compile(r"(?:同比|比上年|较上年)?(?:增长|增長|下降|增加|减少|減少|提高|降低|上升|增速|增幅|降幅)[为达了]?$")


def print_sample(docs, missed, n, seed) -> None:
    """The audit sample: ``n`` figures not checked, drawn with ``random.Random(seed)``, in drawn order."""
    import random
    from lintgov.claims import measure
    from lintgov.claims.metric import key_similarity, metric_key
    sys.path.insert(0, os.path.join(os.path.dirname(HERE), "rules"))
    from yoy import pair_documents  # noqa: E402

    class _Ctx:
        settings: dict = {}
    prior_of = {id(d): p for d, p in pair_documents(docs, _Ctx())}
    facts: dict = {}
    pick = random.Random(seed).sample(missed, min(n, len(missed)))
    for i, (d, f, reason) in enumerate(pick, 1):
        q = f.quantity
        line, col = d.position(q.start)
        s = d.sentence_at(q.start)
        sent = d.text[s.start:s.end] if s is not None else d.text[max(0, q.start - 80):q.end + 40]
        print(f"#{i} {os.path.basename(d.path)}:{line}:{col} @{q.start} {d.text[q.start:q.end]!r} "
              f"metric={f.metric!r} [{reason}]")
        print("   S: " + sent.replace("\n", " ").strip())
        para = d.paragraph_at(q.start)
        lo = para.start if para is not None else max(0, q.start - 400)
        same = [o for o in d.quantities if lo <= o.start < (s.start if s is not None else q.start)
                and measure(o) == measure(q) and not o.is_percent]
        if same:
            print("   P: " + "; ".join(f"{metric_key(d, o.start)}={d.text[o.start:o.end]}" for o in same[-6:]))
        p = prior_of.get(id(d))
        key = _CHANGE_TAIL.sub("", f.metric)
        cur = [o for o in d.quantities if (s.start if s is not None else q.start - 80) <= o.start < q.start
               and not o.is_percent and o.unit not in ("个百分点", "百分点")]
        want = None
        if cur and f.role in GROWTH_ROLES and q.start - cur[-1].end <= 20:
            key, want = metric_key(d, cur[-1].start), measure(cur[-1])      # the level the growth is stated of
            print(f"   level: {key}={d.text[cur[-1].start:cur[-1].end]}")
        if p is not None and len(key) >= 2:
            if id(p) not in facts:
                facts[id(p)] = [(metric_key(p, o.start), o) for o in p.quantities]
            cands = sorted(((key_similarity(k, key), k, o) for k, o in facts[id(p)]
                            if want is None or measure(o) == want), key=lambda t: -t[0])
            cands = [c for c in cands if c[0] >= 0.6][:4]
            print(f"   prior {os.path.basename(p.path)}: " + ("; ".join(
                f"{k}={p.text[o.start:o.end]} ({sim:.2f})" for sim, k, o in cands) or "-"))
        elif p is None:
            print("   prior: no paired report")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=os.path.join(HERE, "..", "..", "shared", "corpus", "full"))
    ap.add_argument("--kind", default="gwr", help="corpus index kind to include (default gwr: work reports)")
    ap.add_argument("-v", action="store_true", help="list the checked figures")
    ap.add_argument("--sample", type=int, default=0, help="print a random sample of N figures not checked")
    ap.add_argument("--seed", type=int, default=10, help="seed of --sample")
    args = ap.parse_args(argv)
    idx = json.load(open(os.path.join(args.corpus, "index.json"), encoding="utf-8"))["documents"]
    paths = [os.path.join(args.corpus, e["file"]) for e in idx if e["kind"] == args.kind]
    reg = build_registry(load_entry_points=False, strict=True)
    settings = Settings()
    settings.select = ["arithmetic", "yoy"]
    t0 = time.perf_counter()
    run = lint_paths(paths, reg, settings, {})
    total = checked = bad = 0
    by_rule: collections.Counter = collections.Counter()
    why: collections.Counter = collections.Counter()
    missed = []
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
                reason = f.role + ": " + (why_not(f, d) if f.role not in ("level", "prior") else why_level(f, d))
                if "last year's report (" in reason:
                    reason = (f.role + ": last year's report gives another level: the growth does not recompute "
                              "(revised statistics or a re-scoped metric: not reported)")
                why[reason] += 1
                missed.append((d, f, reason))
    if args.sample:
        print_sample(run.documents, missed, args.sample, args.seed)
        return 0
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
