#!/usr/bin/env python3
"""Propose near-miss relations among the figures of each paragraph of real reports: candidates for a person to read
(issue 10, "defects found by hand in published reports"; the verified ones are in
``benches/validity/published_defects.md``).

    .venv/bin/python benches/defect_hunt.py [CORPUS ...]     # relations the words state (levels, deltas, 由…到…, 占)
    .venv/bin/python benches/defect_hunt.py --pairs [--top N] # any pair of same-measure figures near a percentage
    .venv/bin/python benches/defect_hunt.py --deltas | --grim | --annual | --twice
      (增加D…增长p% against every level of D's measure in the sentence; a whole count with a rate no whole prior
       gives; 由A到B、年均增长p% implying a non-whole number of years; one metric stated twice with different values)

2026-12-07 (main 771c76b), full + gwr: the structured search 45 candidates, --deltas 5, --grim 148 (20 with the
count right before its rate), --annual 5, --twice 217; read by hand, 2 new defects (宝安 2024: 210家/76家/24.5%,
2951家/797家/36.7%) — the rest real against nominal growth, rounding, new ones (新增) against a stock, plans against
results, other scopes. See benches/validity/published_defects.md.

For every paragraph, with lintgov's quantities:

* a percentage that almost, but not within the rounding of the three figures, equals a/b, (b−a)/a, d/(L−d), d/L or
  a/(a+b) of two same-measure figures near it (within 60 characters), and that no pair of the paragraph recomputes
  exactly;
* a 个百分点 change that almost equals the difference of two percentages near it;
* a figure followed (within its sentence) by 2–8 figures of its measure whose sum almost equals it or exceeds it.

Surprise = how close the miss is in units of the stated figure's rounding (a miss of a few rounding steps of a precise
figure is rarer by chance than a miss of a rough one), raised when the operands share the figure's sentence.
A hit is a reading aid: most are coincidences, real growth against nominal levels, subsets, or other bases.
"""
from __future__ import annotations

import argparse
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from lintgov.document import Document  # noqa: E402

POINTS = ("个百分点", "百分点", "個百分點")
REAL = ("生产总值", "GDP", "增加值", "实际增长", "可比价", "不变价", "生產總值")
WIN = 60
GROW = ("增长", "增加", "提高", "下降", "减少", "上升", "降低", "增幅", "降幅", "增速", "扩大", "缩小", "减", "增")
SHARE = ("占", "比重", "比例", "率", "的")
KINDS = {"growth": ("(b-a)/a", "(a-b)/a", "(a-b)/b", "a/(b-a)", "b/(a-b)"), "share": ("a/b", "b/a", "a/(a+b)", "b/(a+b)")}


def iv(q):
    lo, hi = q.interval()
    if q.approx in (">", ">=", "<", "<="):
        return None
    return lo, hi


def rels(a, b):
    """Candidate percentages two same-measure figures make, as intervals with a name."""
    (alo, ahi), (blo, bhi) = a, b
    out = []
    if alo > 0:
        out.append(("b/a", blo / ahi * 100, bhi / alo * 100))
        out.append(("(b-a)/a", (blo / ahi - 1) * 100, (bhi / alo - 1) * 100))
        out.append(("(a-b)/a", (1 - bhi / alo) * 100, (1 - blo / ahi) * 100))
    if blo > 0:
        out.append(("a/b", alo / bhi * 100, ahi / blo * 100))
        out.append(("(a-b)/b", (alo / bhi - 1) * 100, (ahi / blo - 1) * 100))
    if alo + blo > 0:
        out.append(("a/(a+b)", alo / (ahi + bhi) * 100, ahi / (alo + blo) * 100))
        out.append(("b/(a+b)", blo / (ahi + bhi) * 100, bhi / (alo + blo) * 100))
    if blo - ahi > 0:  # a is a delta of level b: growth a/(b-a)
        out.append(("a/(b-a)", alo / (bhi - alo) * 100, ahi / (blo - ahi) * 100))
    if alo - bhi > 0:
        out.append(("b/(a-b)", blo / (ahi - blo) * 100, bhi / (alo - bhi) * 100))
    return [r for r in out if r[1] > 0]


def gap(lo, hi, plo, phi):
    if hi < plo:
        return plo - hi
    if lo > phi:
        return lo - phi
    return 0.0


def hunt(path):
    text = open(path, encoding="utf-8").read()
    doc = Document(text, path)
    qs = doc.quantities
    out = []
    for para in doc.paragraphs:
        pq = [q for q in qs if para.start <= q.start < para.end]
        if len(pq) < 3:
            continue
        ptext = text[para.start:para.end]
        for i, p in enumerate(pq):
            if p.is_percent or p.unit in POINTS:
                piv = iv(p)
                if piv is None or p.value <= 0:
                    continue
                plo, phi = piv
                step = phi - plo
                near = [q for q in pq if q is not p and abs(q.start - p.start) < WIN]
                if p.unit in POINTS:
                    ops = [q for q in near if q.is_percent and iv(q)]
                    cands = []
                    for x in range(len(ops)):
                        for y in range(x + 1, len(ops)):
                            (alo, ahi), (blo, bhi) = iv(ops[x]), iv(ops[y])
                            cands.append(("pts", ops[x], ops[y], abs(blo - ahi) if blo > ahi else abs(alo - bhi),
                                          max(bhi - alo, ahi - blo)))
                    # the difference interval: [min |a-b|, max |a-b|]
                    cs = []
                    for name, a, b, lo, hi in cands:
                        (alo, ahi), (blo, bhi) = iv(a), iv(b)
                        lo = max(0.0, min(abs(x - y) for x in (alo, ahi) for y in (blo, bhi)))
                        hi = max(abs(x - y) for x in (alo, ahi) for y in (blo, bhi))
                        cs.append((name, a, b, lo, hi))
                else:
                    ops = [q for q in near if not q.is_percent and q.unit not in POINTS and q.value > 0 and iv(q)]
                    cs = []
                    before = text[max(para.start, p.start - 8):p.start]
                    kind = "growth" if any(w in before for w in GROW) else \
                        "share" if any(w in before for w in SHARE) else "any"
                    for x in range(len(ops)):
                        for y in range(x + 1, len(ops)):
                            a, b = ops[x], ops[y]
                            if a.measure != b.measure:
                                continue
                            for name, lo, hi in rels(iv(a), iv(b)):
                                if kind == "any" or name in KINDS[kind]:
                                    cs.append((name, a, b, lo, hi))
                if not cs:
                    continue
                if any(gap(lo, hi, plo, phi) == 0 for *_, lo, hi in cs):
                    continue
                best = min(cs, key=lambda c: gap(c[3], c[4], plo, phi))
                g = gap(best[3], best[4], plo, phi)
                if g > max(0.5, 0.08 * p.value):
                    continue
                sent = doc.sentence_at(p.start)
                same = sent is not None and all(sent.start <= o.start < sent.end for o in best[1:3])
                if not same:
                    continue
                score = g / max(step, 0.05)
                ctx = text[max(para.start, min(best[1].start, best[2].start, p.start) - 40):
                           min(para.end, max(best[1].end, best[2].end, p.end) + 20)]
                real = any(w in ctx for w in REAL)
                out.append((score + (5 if real else 0), "pct" if p.unit not in POINTS else "pts", path,
                            doc.position(p.start)[0], text[p.start:p.end], best[0], text[best[1].start:best[1].end],
                            text[best[2].start:best[2].end], f"{(best[3] + best[4]) / 2:.3f}", ctx.replace("\n", " ")))
            elif not p.is_percent and p.value > 0 and p.approx is None:
                sent = doc.sentence_at(p.start)
                if sent is None:
                    continue
                after = text[p.end:p.end + 12]
                if not any(w in after for w in ("其中", "分别", "包括", "含", "：")):
                    continue
                parts = [q for q in pq[i + 1:] if q.start < sent.end and q.measure == p.measure
                         and not q.is_percent and q.approx is None][:8]
                if len(parts) < 2:
                    continue
                plo, phi = iv(p)
                for k in range(len(parts), 1, -1):
                    s_lo = sum(iv(q)[0] for q in parts[:k])
                    s_hi = sum(iv(q)[1] for q in parts[:k])
                    if s_lo <= phi and s_hi >= plo:
                        break
                    g = gap(s_lo, s_hi, plo, phi)
                    if s_lo > phi and g <= 0.1 * p.value or (s_hi < plo and g <= 0.02 * p.value):
                        ctx = text[p.start:parts[k - 1].end + 5]
                        out.append((g / max(phi - plo, 1e-9) / (3.0 if s_lo > phi else 1.0), "sum", path,
                                    doc.position(p.start)[0], text[p.start:p.end], f"{k} parts",
                                    "+".join(text[q.start:q.end] for q in parts[:k]), "", f"{(s_lo + s_hi) / 2:g}",
                                    ctx.replace("\n", " ")[:300]))
                        break
    return out


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("corpora", nargs="*", default=["/work/shared/corpus/full", "/work/shared/corpus/gwr"])
    ap.add_argument("--top", type=int, default=300)
    args = ap.parse_args(argv)
    rows = []
    for c in args.corpora:
        for f in sorted(os.listdir(c)):
            if f.endswith(".txt"):
                rows.extend(hunt(os.path.join(c, f)))
    rows.sort(key=lambda r: r[0])
    for r in rows[:args.top]:
        print(f"{r[0]:.2f}\t{r[1]}\t{os.path.basename(r[2])}:{r[3]}\t{r[4]}\t{r[5]}\t{r[6]}\t{r[7]}\t={r[8]}\t{r[9]}")
    print(f"{len(rows)} candidates", file=sys.stderr)




# --- structured search: relations the text states by its words (levels, deltas, 由…到…, 占, 百分点) ---------------
import re  # noqa: E402

UP = ("增长", "增加", "提高", "上升", "提升", "扩大", "多", "增")
DOWN = ("下降", "减少", "降低", "缩小", "少", "减", "压缩", "缩减", "降")


def _between(text, a, b):
    return text[a.end:b.start]


def structured(path):
    text = open(path, encoding="utf-8").read()
    doc = Document(text, path)
    qs = doc.quantities
    out = []
    n = len(qs)
    for i, q in enumerate(qs):
        sent = doc.sentence_at(q.start)
        if sent is None:
            continue
        nxt = [r for r in qs[i + 1:i + 6] if r.start < sent.end]
        # A: level L, then a delta D of its measure after a verb, then a percentage (比上年增加D，增长p%)
        if not q.is_percent and q.unit not in POINTS and q.value > 0:
            for j, d in enumerate(nxt):
                if d.is_percent or d.measure != q.measure or d.start - q.end > 30:
                    continue
                gap1 = _between(text, q, d)
                if not re.search(r"(增加|减少|增|减|多|少|下降|提高|降低|上升)了?$", gap1[-4:]) or "，" not in gap1 and "、" not in gap1 and "比" not in gap1:
                    continue
                for p in nxt[j + 1:j + 2]:
                    if not p.is_percent or p.start - d.end > 14:
                        continue
                    L, D, P = iv(q), iv(d), iv(p)
                    if not (L and D and P):
                        continue
                    down = any(w in gap1[-4:] for w in ("减", "少", "下降", "降低"))
                    if down:  # previous = L + D, p = D/(L+D)
                        lo, hi = D[0] / (L[1] + D[0]) * 100, D[1] / (L[0] + D[1]) * 100
                    else:
                        if L[0] - D[1] <= 0:
                            continue
                        lo, hi = D[0] / (L[1] - D[0]) * 100, D[1] / (L[0] - D[1]) * 100
                    g = gap(lo, hi, *P)
                    if g > 0:
                        out.append((g / max(P[1] - P[0], 0.05), "LDp", path, doc.position(p.start)[0],
                                    text[p.start:p.end], f"{(lo + hi) / 2:.2f}", text[q.start:q.end],
                                    text[d.start:d.end], "", text[q.start:p.end].replace("\n", " ")))
        # B: 由A…到/至B then p% / x个百分点 / N倍 within the sentence
        pre = text[max(sent.start, q.start - 6):q.start]
        if ("由" in pre or "从" in pre) and q.value > 0:
            for j, b in enumerate(nxt):
                if b.measure != q.measure or b.is_percent != q.is_percent or b.start - q.end > 40:
                    continue
                mid = _between(text, q, b)
                if not re.search(r"[到至为]$|[到至]了?$|增至$|降至$|提高到$|下降到$", mid[-3:]) or "由" in mid or "从" in mid:
                    break
                A, B = iv(q), iv(b)
                if not (A and B):
                    break
                for p in nxt[j + 1:j + 2]:
                    if p.start - b.end > 16:
                        continue
                    P = iv(p)
                    if not P:
                        continue
                    if p.unit in POINTS and q.is_percent:
                        lo = max(0.0, min(abs(x - y) for x in A for y in B))
                        hi = max(abs(x - y) for x in A for y in B)
                    elif p.is_percent and not q.is_percent and A[0] > 0:
                        lo, hi = abs(B[0] / A[1] - 1) * 100, abs(B[1] / A[0] - 1) * 100
                        lo, hi = min(lo, hi), max(lo, hi)
                    elif p.unit in ("倍",) and not q.is_percent and A[0] > 0:
                        lo, hi = B[0] / A[1], B[1] / A[0]
                        lo2, hi2 = lo - 1, hi - 1
                        if gap(lo2, hi2, *P) == 0:
                            continue
                    else:
                        continue
                    g = gap(lo, hi, *P)
                    if g > 0:
                        out.append((g / max(P[1] - P[0], 0.05), "fromto", path, doc.position(p.start)[0],
                                    text[p.start:p.end], f"{(lo + hi) / 2:.3f}", text[q.start:q.end],
                                    text[b.start:b.end], "", text[max(sent.start, q.start - 20):p.end + 5].replace("\n", " ")))
                break
        # C: a part stated with 占p%, its whole earlier in the sentence with the same measure
        if q.is_percent:
            before = text[max(sent.start, q.start - 4):q.start]
            if "占" in before:
                parts = [r for r in qs[max(0, i - 4):i] if r.start >= sent.start and not r.is_percent
                         and r.unit not in POINTS and q.start - r.end < 12]
                if parts:
                    part = parts[-1]
                    wholes = [r for r in qs[max(0, i - 12):i] if r.start >= sent.start and r is not part
                              and r.measure == part.measure and not r.is_percent and r.value > part.value]
                    Pp, P = iv(part), iv(q)
                    if wholes and Pp and P:
                        best = None
                        for w in wholes:
                            W = iv(w)
                            if not W or W[0] <= 0:
                                continue
                            lo, hi = Pp[0] / W[1] * 100, Pp[1] / W[0] * 100
                            g = gap(lo, hi, *P)
                            if best is None or g < best[0]:
                                best = (g, w, lo, hi)
                        if best and best[0] > 0 and best[0] < 0.15 * q.value:
                            g, w, lo, hi = best
                            out.append((g / max(P[1] - P[0], 0.05), "share", path, doc.position(q.start)[0],
                                        text[q.start:q.end], f"{(lo + hi) / 2:.3f}", text[part.start:part.end],
                                        text[w.start:w.end], "", text[w.start:q.end + 5].replace("\n", " ")))
    return out


def main2(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("corpora", nargs="*", default=["/work/shared/corpus/full", "/work/shared/corpus/gwr"])
    ap.add_argument("--top", type=int, default=400)
    args = ap.parse_args(argv)
    rows = []
    for c in args.corpora:
        for f in sorted(os.listdir(c)):
            if f.endswith(".txt"):
                rows.extend(structured(os.path.join(c, f)))
    rows.sort(key=lambda r: r[0])
    for r in rows[:args.top]:
        print(f"{r[0]:.2f}\t{r[1]}\t{os.path.basename(r[2])}:{r[3]}\t{r[4]}\t={r[5]}\t{r[6]}\t{r[7]}\t{r[9]}")
    print(f"{len(rows)} candidates", file=sys.stderr)


_GUARDS = ("其中", "分别", "人均", "累计", "以来", "年均", "预期", "目标", "力争", "争取", "计划", "确保", "预计", "规划",
           "将", "要", "左右", "以上", "上半年", "季度", "月", "五年", "十四五", "十三五", "十二五", "同口径", "可比", "扣除")


def twice(path):
    """The same metric (equal lintgov metric key, same measure) stated twice in a report with different values."""
    from lintgov.claims.metric import metric_key
    text = open(path, encoding="utf-8").read()
    doc = Document(text, path)
    groups = {}
    for q in doc.quantities:
        if q.approx is not None or q.value <= 0:
            continue
        sent = doc.sentence_at(q.start)
        if sent is None:
            continue
        pre = text[max(sent.start, q.start - 30):q.start]
        if any(w in pre for w in _GUARDS):
            continue
        try:
            key = metric_key(doc, q.start)
        except Exception:
            continue
        if len(key) < 4:
            continue
        groups.setdefault((key, q.measure), []).append(q)
    out = []
    for (key, m), qs in groups.items():
        if len(qs) < 2 or len(qs) > 4:
            continue
        vals = {round(q.value, 6) for q in qs}
        if len(vals) < 2:
            continue
        a, b = qs[0], qs[1]
        for b in qs[1:]:
            A, B = iv(a), iv(b)
            if not A or not B or gap(*A, *B) == 0:
                continue
            r = max(a.value, b.value) / min(a.value, b.value)
            if r > 1.5:
                continue
            out.append((r, "twice", path, doc.position(a.start)[0], text[a.start:a.end], key,
                        f"line {doc.position(b.start)[0]}", text[b.start:b.end], "",
                        text[max(0, a.start - 40):a.end + 10].replace("\n", " ") + " || "
                        + text[max(0, b.start - 40):b.end + 10].replace("\n", " ")))
    return out


def annual(path):
    """从A增加到B、年均增长p%: the years p implies (ln(B/A)/ln(1+p)) far from a whole number."""
    import math
    text = open(path, encoding="utf-8").read()
    doc = Document(text, path)
    qs = doc.quantities
    out = []
    for i, q in enumerate(qs[:-2]):
        pre = text[max(0, q.start - 4):q.start]
        if not ("由" in pre or "从" in pre) or q.is_percent or q.value <= 0:
            continue
        b, p = qs[i + 1], qs[i + 2]
        if b.measure != q.measure or not p.is_percent or b.start - q.end > 30 or p.start - b.end > 16:
            continue
        if "年均" not in text[b.end:p.start] and "每年" not in text[b.end:p.start]:
            continue
        A, B, P = iv(q), iv(b), iv(p)
        if not (A and B and P) or P[0] <= 0 or B[0] <= A[1]:
            continue
        lo = math.log(B[0] / A[1]) / math.log(1 + P[1] / 100)
        hi = math.log(B[1] / A[0]) / math.log(1 + P[0] / 100)
        k = round((lo + hi) / 2)
        if lo <= k <= hi or any(lo <= n <= hi for n in range(1, 30)):
            continue
        out.append((min(abs(lo - round(lo)), abs(hi - round(hi))), "annual", path, doc.position(q.start)[0],
                    text[p.start:p.end], f"n={lo:.2f}-{hi:.2f}", text[q.start:q.end], text[b.start:b.end], "",
                    text[max(0, q.start - 60):p.end + 10].replace("\n", " ")))
    return out


def deltas(path):
    """增加/减少D … 增长/下降p%: no level L of D's measure in the sentence gives p = D/(L∓D) (or D/L as the base)."""
    text = open(path, encoding="utf-8").read()
    doc = Document(text, path)
    qs = doc.quantities
    out = []
    for i, p in enumerate(qs):
        if not p.is_percent or i == 0:
            continue
        d = qs[i - 1]
        if d.is_percent or d.unit in POINTS or p.start - d.end > 14 or d.value <= 0:
            continue
        before_d = text[max(0, d.start - 5):d.start]
        m = re.search(r"(增加|减少|新增|净增|增|减|多|少|下降|提高|降低|上升|增收|减收|增支|减支)了?$", before_d)
        if not m:
            continue
        if not re.search(r"(增长|下降|增加|减少|提高|降低|上升|增幅|降幅|增速)[了为达]?$", text[d.end:p.start]):
            continue
        sent = doc.sentence_at(p.start)
        if sent is None:
            continue
        down = m.group(1) in ("减少", "减", "少", "下降", "降低", "减收", "减支")
        P, D = iv(p), iv(d)
        if not P or not D:
            continue
        Ls = [q for q in qs[max(0, i - 8):i + 4] if q is not d and q.start >= sent.start and q.start < sent.end
              and q.measure == d.measure and not q.is_percent and iv(q) and abs(q.start - d.start) < 60]
        if not Ls:
            continue
        best = None
        for q in Ls:
            L = iv(q)
            cands = []
            if down:
                cands.append((D[0] / (L[1] + D[0]) * 100, D[1] / (L[0] + D[1]) * 100))
            elif L[0] - D[1] > 0:
                cands.append((D[0] / (L[1] - D[0]) * 100, D[1] / (L[0] - D[1]) * 100))
            if L[0] > 0:
                cands.append((D[0] / L[1] * 100, D[1] / L[0] * 100))
            for lo, hi in cands:
                g = gap(lo, hi, *P)
                if best is None or g < best[0]:
                    best = (g, q, lo, hi)
        if best is None or best[0] == 0:
            continue
        g, q, lo, hi = best
        if g > 0.3 * p.value:
            continue
        out.append((g / max(P[1] - P[0], 0.05), "delta", path, doc.position(p.start)[0], text[p.start:p.end],
                    f"={(lo + hi) / 2:.2f}", text[q.start:q.end], text[d.start:d.end], "",
                    text[max(sent.start, min(q.start, d.start) - 30):p.end + 5].replace("\n", " ")))
    return out


def grim(path):
    """An exact count N with a growth or share p% right after it (N…增长p%, N…占p%) that no whole previous count
    (or whole base) can give: N/prev − 1 or N/base never falls in p's rounding interval."""
    import math
    text = open(path, encoding="utf-8").read()
    doc = Document(text, path)
    qs = doc.quantities
    out = []
    for i, q in enumerate(qs[:-1]):
        p = qs[i + 1]
        if not q.is_whole_count or q.value < 1 or q.value > 5000 or not p.is_percent or p.approx is not None:
            continue
        mid = text[q.end:p.start]
        if len(mid) > 12 or re.search(r"[。；]", mid):
            continue
        grow = re.search(r"(增长|增加|提高|上升|下降|减少|降低)[了为达]?$", mid)
        if not grow:
            continue
        P = iv(p)
        down = grow.group(1) in ("下降", "减少", "降低")
        N = q.value
        lo_r, hi_r = (1 - P[1] / 100, 1 - P[0] / 100) if down else (1 + P[0] / 100, 1 + P[1] / 100)
        if lo_r <= 0:
            continue
        # previous counts: N / hi_r … N / lo_r must hold a whole number
        a, b = N / hi_r, N / lo_r
        if math.floor(b) >= math.ceil(a - 1e-9):
            continue
        prev = round(N / ((lo_r + hi_r) / 2))
        near = [x for x in (math.floor(a), math.ceil(b)) if x > 0]
        rec = [f"{x}→{((N / x - 1) * 100 if not down else (1 - N / x) * 100):.2f}%" for x in near]
        out.append((abs(b - a), "grim", path, doc.position(p.start)[0], text[p.start:p.end], " ".join(rec),
                    text[q.start:q.end], "", "", text[max(0, q.start - 50):p.end + 5].replace("\n", " ")))
    return out


def main3(fn):
    rows = []
    for c in ["/work/shared/corpus/full", "/work/shared/corpus/gwr"]:
        for f in sorted(os.listdir(c)):
            if f.endswith(".txt"):
                rows.extend(fn(os.path.join(c, f)))
    rows.sort(key=lambda r: r[0])
    for r in rows:
        print(f"{r[0]:.2f}\t{r[1]}\t{os.path.basename(r[2])}:{r[3]}\t{r[4]}\t{r[5]}\t{r[6]}\t{r[7]}\t{r[9]}")


if __name__ == "__main__":
    if "--twice" in sys.argv:
        main3(twice)
        sys.exit()
    if "--deltas" in sys.argv:
        main3(deltas)
        sys.exit()
    if "--grim" in sys.argv:
        main3(grim)
        sys.exit()
    if "--annual" in sys.argv:
        main3(annual)
        sys.exit()
    if "--pairs" in sys.argv:
        sys.argv.remove("--pairs")
        main()
    else:
        main2()
