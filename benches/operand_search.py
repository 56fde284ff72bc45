#!/usr/bin/env python3
"""Search for the operands of the figures no check verified, by their values: which unchecked percent/growth figures
of the work reports of ``../shared/corpus/full`` some pair of printed figures would recompute (issue 10).

    .venv/bin/python benches/operand_search.py [--corpus ../shared/corpus/full] [--near 70] [-v]

Two searches, both reading aids for a person (a pair that recomputes a figure may be a coincidence; read each hit):

* **within a paragraph** — every figure :mod:`benches.claims_coverage` counts and no check verified, against the pairs
  of figures of its paragraph: for a growth or a percentage, two levels of one measure whose ratio, growth or
  delta ÷ (level − delta) gives it; for 个百分点, two percentages whose difference gives it (within the rounding of
  the three; an approximate figure ±3%).  Hits whose two operands stand within ``--near`` characters of the figure
  are printed with ``-v``.
* **across reports** — every unchecked growth stated with this year's level (社会消费品零售总额548.3亿元，增长7.0%)
  in a report paired with last year's (:func:`rules.yoy.pair_documents`), against the levels of one measure last
  year's report prints: those that recompute it within the rounding of both levels (a range under 2 points), with
  the metric words of both and their similarity.

2026-12-06, corpus/full: within a paragraph, 563 unchecked figures hit, 146 with both operands within 70 characters
(main 5293fe6); the 72 of those whose operands share the figure's sentence, read by hand, hold one relation the text
states (在2022年完成1708亿元高基数的情况下，全年完成1870亿元、增长9.5%) — the rest are coincidences of unrelated figures, plans, or the shares of a split whole (structure9).
Across reports, 95 of 762 unchecked growths with a level recompute from a level of last year's report on 5293fe6,
61 of 728 after coverage9 (LG206 confirms 38 more growths and changes); most of the rest are metrics renamed or
re-scoped between the years (公共财政预算收入 / 一般公共预算收入, 实际利用外资 / 实际使用外资, 九大类民生支出 /
九大类重点民生领域支出), real growth, or coincidences.

2026-12-07 (session real22, main 2220c79): corpus/full 568 unchecked figures hit, 145 with both operands within 70
characters; odd-year gwr (a folder of links with an index of kind gwr) 34, 11.  Read by hand, the near hits no longer
hold a relation the words state within one sentence: they are comparisons with a level the text does not print
(高于全国0.3个百分点), plans and rates beside unrelated levels, or coincidences; the one statement of a growth over two
levels is across sentences (1952年…446元，1956年提高到610元。在四年中间，提高了将近37%).  Across reports 66 of 730
(the same kinds as above; LG206 only confirms across reports, by design).
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)

from claims_coverage import is_target  # noqa: E402
from lintgov.claims import claims_of, interval_of, ledger, measure  # noqa: E402
from lintgov.claims.grammar import changes  # noqa: E402
from lintgov.claims.metric import key_similarity, metric_key  # noqa: E402
from lintgov.config import Settings  # noqa: E402
from lintgov.engine import lint_paths  # noqa: E402
from lintgov.plugins import build_registry  # noqa: E402

POINTS = ("个百分点", "百分点", "個百分點")


def _iv(q):
    lo, hi = interval_of(q)
    return (lo * 0.97, hi * 1.03) if q.approx else (lo, hi)


def _meets(x, y, glo, ghi, width):
    return x - 1e-9 <= ghi and glo <= y + 1e-9 and y - x < width


def within(doc, near: int, verbose: bool) -> collections.Counter:
    """Unchecked figures some pair of figures of their paragraph recomputes: (all hits, hits near the figure)."""
    stated = {c.start for c in ledger(doc)}
    figs = claims_of(doc).figures
    n = collections.Counter()
    for f in figs:
        q = f.quantity
        if not is_target(f) or f.start in stated or q.value <= 0:
            continue
        para = doc.paragraph_at(q.start)
        lo = max(para.start if para is not None else 0, q.start - 400)
        hi = min(para.end if para is not None else len(doc.text), q.end + 150)
        glo, ghi = (q.value * 0.95, q.value * 1.05) if q.approx else q.interval()
        ops = [g.quantity for g in figs if lo <= g.start < hi and g is not f]
        hits = []
        if q.unit in POINTS:
            pc = [g for g in ops if g.is_percent]
            for i, a in enumerate(pc):
                for b in pc[i + 1:]:
                    (alo, ahi), (blo, bhi) = _iv(a), _iv(b)
                    d = sorted((abs(blo - ahi), abs(bhi - alo), abs(blo - alo), abs(bhi - ahi)))
                    if _meets(d[0], d[-1], glo, ghi, 2.0):
                        hits.append(("points", a, b))
        elif q.is_percent:
            groups = collections.defaultdict(list)
            for g in ops:
                if not g.is_percent and g.unit not in POINTS and g.value > 0:
                    groups[measure(g)].append(g)
            for gs in groups.values():
                if len(gs) > 25:
                    continue
                for a in gs:
                    for b in gs:
                        if a is b:
                            continue
                        (alo, ahi), (blo, bhi) = _iv(a), _iv(b)
                        if alo <= 0:
                            continue
                        r = (blo / ahi * 100, bhi / alo * 100)
                        width = max(2.0, 0.2 * q.value)
                        if _meets(*r, glo, ghi, width):
                            hits.append(("ratio", a, b))
                        elif _meets(r[0] - 100, r[1] - 100, glo, ghi, width):
                            hits.append(("growth", a, b))
                        elif ahi > blo and alo > bhi and _meets(blo / (ahi - blo) * 100, bhi / (alo - bhi) * 100,
                                                                 glo, ghi, width):
                            hits.append(("delta/(level-delta)", a, b))
        if not hits:
            continue
        n["hits"] += 1
        close = [h for h in hits if abs(h[1].start - q.start) < near and abs(h[2].start - q.start) < near]
        if close:
            n["near"] += 1
            if verbose:
                kind, a, b = close[0]
                s = max(0, min(a.start, b.start, q.start) - 30)
                print(f"  {os.path.basename(doc.path)}:{doc.position(q.start)[0]} {doc.text[q.start:q.end]} "
                      f"[{f.role}] {kind}: {doc.text[a.start:a.end]}, {doc.text[b.start:b.end]} | "
                      + doc.text[s:q.end].replace("\n", " "))
    return n


def across(doc, prior, verbose: bool) -> collections.Counter:
    """Unchecked growths with this year's level that some level of last year's report recomputes."""
    stated = {c.start for c in ledger(doc)}
    n = collections.Counter()
    for ch in changes(doc):
        g, cur = ch.amount, ch.current
        if g is None or cur is None or cur.is_percent or ch.kind != "percent" or g.start in stated:
            continue
        n["growths with a level"] += 1
        glo, ghi = g.interval()
        if ch.direction < 0:
            glo, ghi = -ghi, -glo
        clo, chi = interval_of(cur)
        best = None
        for p in prior.quantities:
            if p.is_percent or measure(p) != measure(cur):
                continue
            plo, phi = interval_of(p)
            if plo > 0 and _meets((clo / phi - 1) * 100, (chi / plo - 1) * 100, glo, ghi, 2.0):
                sim = key_similarity(metric_key(prior, p.start), metric_key(doc, cur.start))
                if best is None or sim > best[0]:
                    best = (sim, p)
        if best is None:
            continue
        n["recomputed by a level of last year's report"] += 1
        if verbose:
            sim, p = best
            print(f"  {os.path.basename(doc.path)}:{doc.position(cur.start)[0]} {metric_key(doc, cur.start)}"
                  f"={doc.text[cur.start:cur.end]} {doc.text[g.start:g.end]} ← {os.path.basename(prior.path)} "
                  f"{metric_key(prior, p.start)}={prior.text[p.start:p.end]} (similarity {sim:.2f})")
    return n


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=os.path.join(HERE, "..", "..", "shared", "corpus", "full"))
    ap.add_argument("--kind", default="gwr")
    ap.add_argument("--near", type=int, default=70, help="characters from the figure both operands stand within")
    ap.add_argument("-v", action="store_true", help="list the hits")
    args = ap.parse_args(argv)
    sys.path.insert(0, os.path.join(os.path.dirname(HERE), "rules"))
    from yoy import pair_documents  # noqa: E402
    idx = json.load(open(os.path.join(args.corpus, "index.json"), encoding="utf-8"))["documents"]
    paths = [os.path.join(args.corpus, e["file"]) for e in idx if e["kind"] == args.kind]
    settings = Settings()
    settings.select = ["arithmetic", "yoy"]
    run = lint_paths(paths, build_registry(load_entry_points=False, strict=True), settings, {})

    class _Ctx:
        settings: dict = {}
    prior_of = {id(d): p for d, p in pair_documents(run.documents, _Ctx())}
    if args.v:
        print("within a paragraph, operands near the figure:")
    w = collections.Counter()
    for d in run.documents:
        w += within(d, args.near, args.v)
    if args.v:
        print("across reports:")
    x = collections.Counter()
    for d in run.documents:
        p = prior_of.get(id(d))
        if p is not None:
            x += across(d, p, args.v)
    print(f"within a paragraph: {w['hits']} unchecked figures recomputed by a pair of their paragraph's figures, "
          f"{w['near']} with both within {args.near} characters")
    print("across reports: " + ", ".join(f"{k} {v}" for k, v in x.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
