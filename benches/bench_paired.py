#!/usr/bin/env python3
"""A/B speed check: this checkout against another checkout, paired and interleaved, on the shared corpora.

    .venv/bin/python benches/bench_paired.py --baseline /work/wt-base/.venv/bin/lintgov [--runs 7]
        [--corpus ../shared/corpus/gwr ../shared/corpus/full] [--select arithmetic,yoy] [--check-output]

Each round runs ``lintgov check --no-cache -j1 --exit-zero --output-format json`` over one corpus with the
baseline's console script and with this checkout's, in alternating order (A B, then B A), so that drift in the
machine's load falls on both alike.  Measured: the CPU seconds of the child (user + system; the machine is
shared, and CPU time does not count waits for a core).  Reported per corpus: the median CPU seconds of each, the
median of the per-round ratios (this / baseline) and its spread (lowest and highest ratio).  With
``--check-output`` the two JSON outputs of the first round are compared and a difference is reported (a speed
change is expected to keep the output byte-identical).

This is how a change is shown not to slow the corpus run (issue 10: "not slower than today"; issue 14's hot
spots).  Ratios under 1 mean this checkout is faster.
"""
import argparse
import os
import resource
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LINTGOV = os.path.join(os.path.dirname(sys.executable), "lintgov")
SHARED = os.path.join(ROOT, "..", "shared", "corpus")
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _run(exe, args):
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    p = subprocess.run([exe] + args, capture_output=True, env=ENV)
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    if p.returncode not in (0, 1):
        sys.exit(f"{exe} failed ({p.returncode}): {p.stderr.decode(errors='replace')[-400:]}")
    return r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime, p.stdout


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--baseline", required=True, help="the other checkout's lintgov console script")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--corpus", nargs="+",
                    default=[os.path.join(SHARED, "gwr"), os.path.join(SHARED, "full")])
    ap.add_argument("--select", default=None, help="passed to --select (default: the default rules)")
    ap.add_argument("--check-output", action="store_true")
    a = ap.parse_args()
    for corpus in a.corpus:
        if not os.path.isdir(corpus):
            print(f"corpus absent: {corpus}")
            continue
        args = ["check", "--no-cache", "-j1", "--exit-zero", "-q", "--output-format", "json"]
        if a.select:
            args += ["--select", a.select]
        args.append(corpus)
        ta, tb, ratios = [], [], []
        _run(LINTGOV, args), _run(a.baseline, args)            # warm both: bytecode, OS caches
        for i in range(a.runs):
            order = (a.baseline, LINTGOV) if i % 2 == 0 else (LINTGOV, a.baseline)
            got = {}
            for exe in order:
                got[exe] = _run(exe, args)
            tb.append(got[a.baseline][0])
            ta.append(got[LINTGOV][0])
            ratios.append(ta[-1] / tb[-1])
            if a.check_output and i == 0 and got[a.baseline][1] != got[LINTGOV][1]:
                print(f"  OUTPUT DIFFERS on {corpus}")
        print(f"{os.path.basename(os.path.normpath(corpus))}: {a.runs} paired rounds, CPU s: this "
              f"{statistics.median(ta):.2f}, baseline {statistics.median(tb):.2f}; ratio (median of rounds) "
              f"{statistics.median(ratios):.3f} [{min(ratios):.3f}–{max(ratios):.3f}]")


if __name__ == "__main__":
    main()
