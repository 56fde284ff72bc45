#!/usr/bin/env python3
"""Start-up and throughput benchmark (not a test: run it by hand or in CI and read the ratios).

    .venv/bin/python benches/bench_startup.py [--runs 15]

1. ``lintgov check`` on one seed vs the baseline ``python -c "import opencc, regex,
   pluggy; opencc.OpenCC('s2t')"`` (the import cost of the dependencies plus loading
   one OpenCC configuration).  Budget: ratio <= 1.6.
2. ``lintgov check`` over all seeds and over ../shared/corpus/gwr (if present):
   characters per second.
Wall-clock medians over several runs; the first run of each command is discarded.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.dirname(sys.executable)
LINTGOV = os.path.join(BIN, "lintgov")
SEED = os.path.join(ROOT, "seeds", "000_db1df324d5669997.txt")
CORPUS = os.path.join(ROOT, "..", "shared", "corpus", "gwr")


def timed(cmd, runs):
    subprocess.run(cmd, capture_output=True)  # warm the file cache
    ts = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, capture_output=True)
        ts.append(time.perf_counter() - t)
    return statistics.median(ts)


def chars(path):
    total = 0
    for dp, _, fs in os.walk(path):
        for f in fs:
            if f.endswith((".txt", ".md")):
                with open(os.path.join(dp, f), encoding="utf-8", errors="replace") as fh:
                    total += len(fh.read())
    return total


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=15)
    a = ap.parse_args()
    base = timed([sys.executable, "-c", "import opencc, regex, pluggy; opencc.OpenCC('s2t')"], a.runs)
    one = timed([LINTGOV, "check", "--exit-zero", SEED], a.runs)
    print(f"baseline (import opencc, regex, pluggy + one OpenCC config): {base * 1000:7.1f} ms")
    print(f"lintgov check on one seed:                                  {one * 1000:7.1f} ms")
    print(f"ratio: {one / base:.2f}  (budget 1.60)")
    seeds = os.path.join(ROOT, "seeds")
    t = timed([LINTGOV, "check", "--exit-zero", seeds], max(3, a.runs // 3))
    print(f"all seeds ({chars(seeds)} chars): {t * 1000:.0f} ms")
    if os.path.isdir(CORPUS):
        n = chars(CORPUS)
        t = timed([LINTGOV, "check", "--exit-zero", CORPUS], 3)
        print(f"corpus/gwr ({n} chars): {t:.2f} s, {n / t / 1000:.0f}k chars/s")


if __name__ == "__main__":
    main()
