#!/usr/bin/env python3
"""Claims-layer benchmark (not a test: run it by hand and read the ratios).

    .venv/bin/python benches/bench_claims.py                       # scaling only
    .venv/bin/python benches/bench_claims.py --baseline /path/to/other/venv/bin/lintgov --runs 9

1. Scaling, in process: one report repeated 1×, 2×, 4× … 64× (``--report``, default the first
   seed), each built into a fresh Document and checked by the arithmetic and year-over-year
   rules (the claims layer, the grammar and every check over it).  Prints seconds and the
   ratio t(k) / (k · t(1)): about 1 for linear work.
2. One sentence with 400, 800 and 1,600 figures (a long 其中 list of counts and growth
   rates), and three 、 lists paired by 分别 of as many figures: seconds and t(1600)/t(800),
   about 2 for linear work.
3. One sentence of mixed figures (:data:`MIXED_UNIT`: growth, points against a metric named elsewhere, 分别 lists,
   a prior with 与…相比, 环比, a quarter) of 25·k clause groups, 1× to 64× (17,600 figures), every built-in document
   rule: CPU seconds and the exponent of t ∝ size^b (target ≤ 1.05; ``--mixed-only`` runs just this), then one sentence
   of transitions and averages (:data:`TRANSITIONS_UNIT`: 由A增加到B and 年均, levels after an average, per-capita
   figures and their totals, 比2019年…年均, 累计…平均每年) the same way.
4. With ``--baseline``: ``lintgov check --select arithmetic,yoy`` over ../shared/corpus/gwr,
   this checkout's console script and the baseline's run alternately (paired, interleaved),
   medians and their ratio (this / baseline).
"""
import argparse
import glob
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
CORPUS = os.path.join(ROOT, "..", "shared", "corpus", "gwr")
LINTGOV = os.path.join(os.path.dirname(sys.executable), "lintgov")
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _rules():
    from lintgov.plugins import build_registry
    reg = build_registry(load_entry_points=False, strict=True)
    return [r({}) for r in reg.rules if r.category in ("arithmetic", "yoy") and r.scope == "document"]


def _build_and_check(text, rules):
    from lintgov.claims import claims_of
    from lintgov.document import Document
    from lintgov.engine import Context
    doc = Document(text)
    t = time.perf_counter()
    claims_of(doc)
    for r in rules:
        list(r.check(doc, Context()))
    return time.perf_counter() - t


def best_of(n, fn, *a):
    return min(fn(*a) for _ in range(n))


def scaling(report, reps):
    rules = _rules()
    text = open(report, encoding="utf-8").read()
    t1 = best_of(reps, _build_and_check, text, rules)
    print(f"scaling: {os.path.basename(report)}, {len(text)} characters")
    print(f"  {'×':>4} {'chars':>9} {'seconds':>9} {'t/(k·t1)':>9}")
    for k in (1, 2, 4, 8, 16, 32, 64):
        t = t1 if k == 1 else best_of(max(1, reps // 2), _build_and_check, "\n".join([text] * k), rules)
        print(f"  {k:>4} {len(text) * k:>9} {t:>9.3f} {t / (k * t1):>9.2f}")


def long_sentence(reps):
    rules = _rules()
    out = {}
    for n in (400, 800, 1600):
        items = "、".join(f"第{i % 9 + 1}类事项{100 + i}件" for i in range(n // 2))
        growth = "，".join(f"增长{(i % 50) + 0.5}%" for i in range(n // 2))
        text = f"共办理事项{sum(100 + i for i in range(n // 2))}件，其中{items}，{growth}。"
        out[n] = best_of(reps, _build_and_check, text, rules)
        print(f"  sentence with {n} figures: {out[n]:.3f} s")
    print(f"  t(1600)/t(800) = {out[1600] / out[800]:.2f}, t(800)/t(400) = {out[800] / out[400]:.2f}")
    # bare 、 lists paired by 分别 and a 上年分别为 list (the list grammar must start from a list's first item)
    for n in (400, 800, 1600):
        k = n // 3
        text = ("受理、审结案件分别为" + "、".join(f"{i + 1}件" for i in range(k)) + "，分别增长"
                + "、".join(f"{i % 9 + 1}%" for i in range(k)) + "。上年分别为" + "、".join(f"{i + 2}件" for i in range(k)) + "。")
        out[n] = best_of(reps, _build_and_check, text, rules)
        print(f"  分别 lists with {n} figures: {out[n]:.3f} s")
    print(f"  t(1600)/t(800) = {out[1600] / out[800]:.2f}, t(800)/t(400) = {out[800] / out[400]:.2f}")


#: one clause group of many kinds of figure (growth, points against a metric named, 分别 lists, a prior with 与…相比, 环比,
#: a quarter): repeated inside ONE sentence, every figure's words start at the sentence's start
MIXED_UNIT = ("全区一般财政预算收入增长35.55%，高于地区生产总值{i}个百分点，接待游客{i}万人次、实现旅游收入{i}.4亿元，"
              "分别增长12.4%和15.7%，与上年的{i}件相比，受理案件{j}件，环比增长11.7%，二季度为{i}件，地区生产总值增长9.{k}%，")


def mixed_sentence(units):
    return "".join(MIXED_UNIT.format(i=100 + i, j=200 + i, k=i % 10) for i in range(units)) + "。\n"


#: one clause group of transitions and averages (由A增加到B、年均增长g%, levels right after an average, a per-capita
#: figure and its total, a change since a named year and its average, a cumulative total and its yearly mean, an
#: average against a basis year opening the sentence): repeated inside ONE sentence opened by a span (五年来)
TRANSITIONS_UNIT = ("全市专利授权量由{a}件增加到{b}件，年均增长11.{k}%，旅游收入{i}亿元，年均增长8.{k}%，"
                    "体育场地总面积{i}万平方米，人均体育场地面积2.{k}平方米，管网覆盖率从12.{k}%提升至42.6%，年均提高10个百分点，"
                    "地方一般公共预算收入达到{i}亿元，比2019年增长5{k}%，年均增长11.{k}%，与2019年相比，城镇常住人口增加42万人，"
                    "平均每年增加8.4万人，累计新增市场主体12.{k}万户，平均每年新增2.5万户，")


def transitions_sentence(units):
    return "五年来，" + "".join(TRANSITIONS_UNIT.format(a=8000 + i, b=12000 + i, i=100 + i, k=i % 10)
                               for i in range(units)) + "。\n"


def _lint_cpu(text, rules):
    """CPU seconds of this process to build a Document, its claims and run ``rules`` (the machine is shared: CPU
    time does not count the waits for a core)."""
    from lintgov import limits
    from lintgov.claims import claims_of
    from lintgov.document import Document
    from lintgov.engine import Context
    with limits.using(limits.Limits(rule_time=3600.0, findings_per_rule=10 ** 9)):
        t = time.process_time()
        doc = Document(text)
        claims_of(doc)
        for r in rules:
            list(r.check(doc, Context()))
        return time.process_time() - t


def mixed_scaling(reps, base_units=25, sentence=None, label=None, per_unit=11):
    """The mixed sentence of ``base_units`` × k clause groups (11 figures each; 64× = 1,600 groups, 17,600 figures in
    one sentence), every built-in document rule: CPU seconds, t(k)/(k·t(1)) and the exponent from 1× to 64×."""
    import math
    from lintgov.plugins import build_registry
    sentence = sentence or mixed_sentence
    reg = build_registry(load_entry_points=False, strict=True)
    rules = [r({}) for r in reg.rules if r.scope == "document"]
    _lint_cpu(sentence(4), rules)          # warm-up: lazy patterns, data
    print(label or f"mixed sentence ({base_units} groups of {per_unit} figures at 1×), every document rule, CPU seconds:")
    print(f"  {'×':>4} {'figures':>8} {'chars':>9} {'seconds':>9} {'t/(k·t1)':>9}")
    pts = []
    for k in (1, 2, 4, 8, 16, 32, 64):
        text = sentence(base_units * k)
        t = min(_lint_cpu(text, rules) for _ in range(reps if k <= 16 else max(1, reps - 1)))
        pts.append((len(text), t))
        print(f"  {k:>4} {per_unit * base_units * k:>8} {len(text):>9} {t:>9.3f} {t / (k * pts[0][1]):>9.2f}")
    (n1, t1), (nk, tk) = pts[0], pts[-1]
    print(f"  exponent 1× to 64×: {math.log(tk / t1) / math.log(nk / n1):.3f} (target ≤ 1.05)")


def paired_corpus(baseline, runs):
    files = sorted(glob.glob(os.path.join(CORPUS, "*.txt")))
    if not files:
        print("corpus absent: ../shared/corpus/gwr")
        return
    args = ["check", "--select", "arithmetic,yoy", "--exit-zero", "-q"] + files

    def once(exe):
        t = time.perf_counter()
        subprocess.run([exe] + args, capture_output=True, env=ENV)
        return time.perf_counter() - t

    once(LINTGOV), once(baseline)
    a, b = [], []
    for _ in range(runs):
        b.append(once(baseline))
        a.append(once(LINTGOV))
    ma, mb = statistics.median(a), statistics.median(b)
    print(f"corpus gwr ({len(files)} files), arithmetic+yoy, {runs} paired runs: this {ma:.2f} s, "
          f"baseline {mb:.2f} s, ratio {ma / mb:.2f}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--report", default=sorted(glob.glob(os.path.join(ROOT, "seeds", "*.txt")))[0])
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--baseline", help="another checkout's lintgov console script")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--mixed-only", action="store_true", help="only the mixed sentence series")
    a = ap.parse_args()
    if not a.mixed_only:
        scaling(a.report, a.reps)
        print("long sentence:")
        long_sentence(a.reps)
    mixed_scaling(a.reps)
    mixed_scaling(a.reps, sentence=transitions_sentence, per_unit=18,
                  label="transitions and averages (25 groups of 18 figures at 1×), every document rule, CPU seconds:")
    if a.baseline:
        paired_corpus(a.baseline, a.runs)


if __name__ == "__main__":
    main()
