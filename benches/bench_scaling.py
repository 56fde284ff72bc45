#!/usr/bin/env python3
"""Scaling benchmark (issue 14): is the time of a lint linear in the size of the input?

    .venv/bin/python benches/bench_scaling.py                 # the three series and the 50 MB file
    .venv/bin/python benches/bench_scaling.py --no-big        # the series only
    .venv/bin/python benches/bench_scaling.py --big-only --big-mb 50

1. Three series, in process, every built-in document rule on one Document (the services it
   builds included), sizes 1×, 2×, 4× … 64×, timed in CPU seconds of the process (the machine
   is shared: CPU time does not count the waits for a core):
   * ``distinct``: distinct reports of ../shared/corpus/full concatenated to k times the length of
     the median report (a long compilation of different reports);
   * ``repeated``: the median report repeated k times;
   * ``sentence``: one sentence with 25·k figures (a 其中 list of counts, then growth rates), up to
     1,600 figures.
   Each size is timed ``--reps`` times (best of: the machine is shared); printed: seconds, the
   ratio t(k) / (k·t(1)) (1 for linear work) and the exponent b of t ∝ size^b, from 1× to 64×
   (log t(64)/t(1) / log 64) and fitted over all sizes.  Target: b ≤ 1.05.
2. One 50 MB file (distinct reports of corpus/full in turn, UTF-8) checked by ``lintgov check``
   in a child process with the limits raised in a configuration file (``file-size``,
   ``text-size`` and ``rule-time`` would refuse or stop it otherwise): wall seconds and the
   child's peak resident memory.  Target: ≤ 40 s and ≤ 500 MB.

Measured 2026-12-04 05:30 (main b6bd28a, load 2.9, ``--reps 1``): exponents distinct 0.978, repeated
0.988, sentence 0.790 (met); 50 MB file 107.4 s wall, 70.4 s CPU, peak RSS 1,110 MiB (not met).
Measured 2026-12-04 14:08 (``--no-big --reps 1``, load 2.6–3.0), main 9c91f75 against the bulk branch (compact
records, later a32a4fc): distinct 0.974 / 0.971, repeated 0.988 / 0.983, sentence (25→1,600 figures) 0.764 / 0.776
(met). ``--big-only``: a32a4fc 69.7 s wall, 47.5 s CPU, peak RSS 684 MiB (14:31, load 3.9–4.1); with the text
copies dropped after the last rule 58.8 s wall, 46.5 s CPU, 611 MiB (14:35, load 2.4–2.9) (≤ 500 MB not met).
Measured 2026-12-04 15:14 (main 80e5126, ``--reps 1``, load 1.9–2.4): distinct 0.991, repeated 0.982, sentence 0.788;
50 MB file 47.5 s wall, 47.0 s CPU, peak RSS 577 MiB.
Measured 2026-12-04 17:07 (speed, main 0ce47ae + LG905 on the text as written, LG105 and sentence starts as
machine integers; the same ``lintgov check`` as here with ``--no-cache -j1``, load 5.5–5.8): 77.7 s wall,
38.1 s CPU, peak RSS 544 MiB (the peak was 582 MiB inside LG905 before; now inside LG105).
"""
import argparse
import glob
import math
import os
import resource
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
FULL = os.path.join(ROOT, "..", "shared", "corpus", "full")
LINTGOV = os.path.join(os.path.dirname(sys.executable), "lintgov")
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
SIZES = (1, 2, 4, 8, 16, 32, 64)


def _reports():
    files = sorted(glob.glob(os.path.join(FULL, "*.txt")))
    if not files:
        sys.exit(f"no reports under {FULL}")
    return [open(f, encoding="utf-8", errors="replace").read() for f in files]


def _rules():
    from lintgov.config import Settings
    from lintgov.engine import Context, instantiate_rules
    from lintgov.plugins import build_registry
    reg = build_registry(load_entry_points=False, strict=True)
    settings = Settings()
    rules = [r for r in instantiate_rules(reg, settings, {}) if r.scope == "document"]
    return rules, Context(settings=settings.run_settings(), registry=reg)


def lint_seconds(text, rules, ctx):
    """CPU seconds to build the document and run every document rule over it (findings drained)."""
    from lintgov import limits
    from lintgov.document import Document
    from lintgov.engine import _run_rule
    with limits.using(limits.Limits(rule_time=3600.0, findings_per_rule=10 ** 9)):
        t = time.process_time()
        doc = Document(text, "bench.txt")
        notes = []
        for r in rules:
            _run_rule(r, r.check, (doc, ctx), doc.path, notes, (doc,))
        dt = time.process_time() - t
    for n in notes:
        print(f"    note: {n.message}")
    return dt


def _distinct(reports, n):
    out, size, i = [], 0, 0
    while size < n:
        r = reports[i % len(reports)]
        out.append(r)
        size += len(r) + 1
        i += 1
    return "\n".join(out)[:n]


def _sentence(figures):
    half = figures // 2
    items = "、".join(f"第{i % 9 + 1}类事项{100 + i}件" for i in range(half))
    growth = "，".join(f"增长{(i % 50) + 0.5}%" for i in range(figures - half))
    return f"共办理事项{sum(100 + i for i in range(half))}件，其中{items}，{growth}。"


def series(name, make, rules, ctx, reps, max_k):
    print(f"{name}:")
    print(f"  {'×':>4} {'chars':>10} {'seconds':>9} {'t/(k·t1)':>9}")
    pts = []
    for k in SIZES:
        if k > max_k:
            break
        text = make(k)
        t = min(lint_seconds(text, rules, ctx) for _ in range(reps + 2 if k <= 4 else reps if k <= 16 else max(1, reps - 1)))
        pts.append((len(text), t))
        print(f"  {k:>4} {len(text):>10,} {t:>9.3f} {t / (k * pts[0][1]):>9.2f}")
    (n1, t1), (nk, tk) = pts[0], pts[-1]
    end = math.log(tk / t1) / math.log(nk / n1)
    xs = [math.log(n) for n, _ in pts]
    ys = [math.log(t) for _, t in pts]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    fit = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
    print(f"  exponent {name}: {end:.3f} (1× to {SIZES[len(pts) - 1]}×), fitted {fit:.3f}")
    return end


def big_file(reports, mb):
    target = mb * 1024 * 1024
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "big.txt")
        size, i = 0, 0
        with open(path, "w", encoding="utf-8") as fh:
            while size < target:
                chunk = reports[i % len(reports)] + "\n"
                fh.write(chunk)
                size += len(chunk.encode("utf-8"))
                i += 1
        chars = len(open(path, encoding="utf-8").read())
        cfg = os.path.join(tmp, "lintgov.toml")
        with open(cfg, "w", encoding="utf-8") as fh:
            fh.write("[limits]\nfile-size = 268435456\ntext-size = 100000000\nrule-time = 3600\n"
                     "findings-per-rule = 10000000\nfindings-per-file = 10000000\n")
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        p = subprocess.run([LINTGOV, "check", "--config", cfg, "--no-plugins", "--exit-zero", "--output-format", "json",
                            "-o", os.path.join(tmp, "out.json"), path], capture_output=True, env=ENV)
        wall = time.perf_counter() - t
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime
        peak = r1.ru_maxrss / 1024  # KiB on Linux
        err = p.stderr.decode(errors="replace").strip()
        print(f"{mb} MB file ({size:,} bytes, {chars:,} characters, {i} reports): exit {p.returncode}, "
              f"{wall:.1f} s wall, {cpu:.1f} s CPU, peak RSS {peak:.0f} MiB (target ≤ 40 s, ≤ 500 MB)")
        if err:
            print("  stderr:", err[-600:])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--max", type=int, default=64, help="largest multiple (1, 2, 4 … 64)")
    ap.add_argument("--big-mb", type=int, default=50)
    ap.add_argument("--no-big", action="store_true")
    ap.add_argument("--big-only", action="store_true")
    a = ap.parse_args()
    reports = _reports()
    if not a.big_only:
        rules, ctx = _rules()
        base = sorted(reports, key=len)[len(reports) // 2]        # a report of median length
        lint_seconds("\n".join(reports[:3]) + _sentence(50), rules, ctx)   # warm-up: lazy patterns, data
        print(f"{len(rules)} document rules; one report = {len(base):,} characters (the median of corpus/full)")
        series("distinct", lambda k: _distinct(reports, k * len(base)), rules, ctx, a.reps, a.max)
        series("repeated", lambda k: "\n".join([base] * k), rules, ctx, a.reps, a.max)
        series("sentence", lambda k: _sentence(25 * k), rules, ctx, a.reps, a.max)
    if not a.no_big:
        big_file(reports, a.big_mb)


if __name__ == "__main__":
    main()
