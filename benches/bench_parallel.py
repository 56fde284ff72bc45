#!/usr/bin/env python3
"""Bulk runs: ``-j1`` against ``-jN`` (paired, interleaved), peak memory against the number of
files, and the cost of a re-run over an unchanged archive (the cache).

    .venv/bin/python benches/bench_parallel.py [--runs 5] [--jobs 2] [--corpus DIR ...]
                                               [--memory] [--cache] [--skip-speed]

Speed: for each corpus (default ``../shared/corpus/gwr`` and ``../shared/corpus/full``) each
round runs ``lintgov check --no-cache -j1`` and ``-jN`` one after the other (the order
alternates between rounds, so drift in the machine's load affects both alike); reported are
the median wall and CPU seconds (CPU of the process and its workers) and the ratio of the
medians -j1 / -jN (the speed-up).  Issue 14 asks for -j2 on two free cores; the ratio says what
this machine gave, with its load average.

Memory (``--memory``): peak RSS of ``lintgov check -j1 --no-cache -o FILE`` (``os.wait4``: that
process alone), for each output format (``--formats``; default text, json, sarif, csv, github),
over the 72 files of corpus/gwr and over 1,000 files (corpus/gwr copied into 14 folders,
the last one cut: the same largest document, so only the number of files differs; each copy's
reports of consecutive years pair as in the original); the target is the two within 10%.
Reported for SARIF output (what a bulk audit writes) and for ``--statistics`` (records only, no
report of every finding), since the report itself grows with the findings.  Also with ``-j2`` (the parent's and the largest worker's
peak are not separated there: ``wait4`` gives the parent; workers are measured by ``-j1``).

Cache (``--cache``): the same 1,000 files with an empty cache, then again (every result from
the cache), then ``--no-cache``: wall seconds of each (medians of the rounds).

Measured 2026-12-04 05:27 (main b6bd28a, load 2.5–3.2, ``--memory --skip-speed --runs 2``): -j1 SARIF
87.3 → 111.7 MiB (×1.28), -j1 --statistics 87.1 → 109.9 MiB (×1.26), -j2 parent SARIF 81.3 → 86.7 MiB
(×1.07).  Target (≤ 1.10 with -j1) not met.
Measured 2026-12-04 08:20 (reports streamed, bulk part 1, load 5.4, ``--memory --skip-speed --runs 2``, -o FILE):
-j1 text 87.6 → 92.2 MiB (×1.052), json 87.2 → 90.6 (×1.039), sarif 86.8 → 93.0 (×1.071), csv 86.5 → 91.7
(×1.059), github 86.5 → 91.5 (×1.058), --statistics 86.5 → 91.1 (×1.053); -j2 parent sarif 78.7 → 87.0 (×1.106).
Target met for every format with -j1.
Measured 2026-12-04 09:20 (main 0d58e52, load 2.2–3.4, same command): -j1 text ×1.020, json 85.5 → 91.6 (×1.071),
sarif 85.6 → 89.2 (×1.041), csv ×1.039, github ×1.039, --statistics ×1.034; -j2 parent 79.3 → 83.5 (×1.053).
"""
from __future__ import annotations

import argparse
import glob
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.dirname(sys.executable)
LINTGOV = os.path.join(BIN, "lintgov")
SHARED = os.path.join(ROOT, "..", "shared", "corpus")


def run(cmd, cwd=None):
    """(wall seconds, CPU seconds of the process tree, peak RSS in MiB of the process itself)."""
    t = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=cwd)
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t
    p.returncode = os.waitstatus_to_exitcode(status)
    err = p.stderr.read().decode(errors="replace")
    p.stderr.close()
    if p.returncode not in (0, 1, 3):
        sys.exit(f"{' '.join(cmd[:4])} failed ({p.returncode}): {err[-600:]}")
    # ru covers the process and the children it waited for (pool workers)
    return wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024


def speed(corpus: str, jobs: int, runs: int) -> None:
    files = sorted(glob.glob(os.path.join(corpus, "**", "*.txt"), recursive=True))
    chars = sum(len(open(f, encoding="utf-8", errors="replace").read()) for f in files)
    base = [LINTGOV, "check", "-q", "--exit-zero", "--no-cache", "--output-format", "sarif", corpus]
    cmds = {"-j1": base[:2] + ["-j1"] + base[2:], f"-j{jobs}": base[:2] + [f"-j{jobs}"] + base[2:]}
    for c in cmds.values():
        run(c)  # warm-up
    times = {k: [] for k in cmds}
    for i in range(runs):
        order = list(cmds) if i % 2 == 0 else list(reversed(cmds))
        for k in order:
            times[k].append(run(cmds[k]))
    med = statistics.median
    print(f"{os.path.relpath(corpus, ROOT)}: {len(files)} files, {chars:,} characters, {runs} rounds, "
          f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}")
    w1 = med(t[0] for t in times["-j1"])
    for k, ts in times.items():
        w, c = med(t[0] for t in ts), med(t[1] for t in ts)
        print(f"  {k:<5} wall {w:7.2f} s  cpu {c:7.2f} s  {chars / w / 1e6:5.2f} Mchar/s  speed-up {w1 / w:4.2f}×")


def _copies(tmp: str, n_files: int, corpus: str = "full") -> str:
    src = sorted(glob.glob(os.path.join(SHARED, corpus, "**", "*.txt"), recursive=True))
    dest = os.path.join(tmp, f"{corpus}{n_files}")
    os.makedirs(dest)
    k = 0
    while k < n_files:
        folder = os.path.join(dest, f"copy{k // len(src)}")
        os.makedirs(folder, exist_ok=True)
        for f in src:
            if k >= n_files:
                break
            target = os.path.join(folder, os.path.relpath(f, os.path.join(SHARED, corpus)))
            os.makedirs(os.path.dirname(target), exist_ok=True)
            shutil.copy(f, target)
            k += 1
    return dest


def memory(runs: int, formats) -> None:
    tmp = tempfile.mkdtemp(prefix="lintgov-bench-")
    try:
        sets = {72: _copies(tmp, 72, "gwr"), 1000: _copies(tmp, 1000, "gwr")}
        configs = [(1, ["--output-format", f]) for f in formats] + [(1, ["--statistics"]), (2, ["--output-format", "sarif"])]
        print(f"peak RSS, 72 files of corpus/gwr against 1,000 (the same largest document), medians of {runs}; "
              f"load average {os.getloadavg()[0]:.2f}")
        for jobs, out in configs:
            peaks = {n: [] for n in sets}
            for _ in range(runs):
                for n, d in sets.items():
                    peaks[n].append(run([LINTGOV, "check", "-q", "--exit-zero", "--no-cache", f"-j{jobs}"] + out +
                                        ["-o", os.path.join(tmp, "report.out"), d])[2])
            a, b = statistics.median(peaks[72]), statistics.median(peaks[1000])
            who = "the process" if jobs == 1 else "the parent (workers not counted)"
            print(f"  -j{jobs} {' '.join(out):<24} ({who}): 72 files {a:6.1f} MiB, 1,000 files {b:6.1f} MiB, "
                  f"ratio {b / a:.3f} (target ≤ 1.10 with -j1)", flush=True)
        print(f"  load average at the end {os.getloadavg()[0]:.2f}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def cache(runs: int) -> None:
    tmp = tempfile.mkdtemp(prefix="lintgov-bench-")
    try:
        d = _copies(tmp, 1000)
        cold, warm, none = [], [], []
        for i in range(runs):
            cdir = os.path.join(tmp, f"cache{i}")
            base = [LINTGOV, "check", "-q", "--exit-zero", "-j1", "--output-format", "sarif", d]
            cold.append(run(base[:2] + ["--cache-dir", cdir] + base[2:])[0])
            warm.append(run(base[:2] + ["--cache-dir", cdir] + base[2:])[0])
            none.append(run(base[:2] + ["--no-cache"] + base[2:])[0])
        med = statistics.median
        print(f"cache, 1,000 files, -j1: empty cache {med(cold):.2f} s, unchanged archive {med(warm):.2f} s, "
              f"--no-cache {med(none):.2f} s (re-run / no cache {med(warm) / med(none):.3f})")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--corpus", nargs="*", default=[os.path.join(SHARED, "gwr"), os.path.join(SHARED, "full")])
    ap.add_argument("--memory", action="store_true")
    ap.add_argument("--cache", action="store_true")
    ap.add_argument("--skip-speed", action="store_true")
    ap.add_argument("--formats", nargs="*", default=["text", "json", "sarif", "csv", "github"],
                    help="output formats measured by --memory (each with -j1)")
    a = ap.parse_args()
    if not os.path.isdir(SHARED):
        sys.exit(f"{SHARED} not found (the shared corpora)")
    if not a.skip_speed:
        for c in a.corpus:
            speed(os.path.abspath(c), a.jobs, a.runs)
    if a.memory:
        memory(max(1, a.runs // 2), a.formats)
    if a.cache:
        cache(max(1, a.runs // 2))


if __name__ == "__main__":
    main()
