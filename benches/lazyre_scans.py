#!/usr/bin/env python3
"""How many passes over the text a run makes through ``lintgov.lazyre`` (a measuring aid, not a test).

    .venv/bin/python benches/lazyre_scans.py [--top 60] -- <lintgov check arguments>
    .venv/bin/python benches/lazyre_scans.py -- --no-cache -j1 --output-format json -o /dev/null ../shared/corpus/gwr

Wraps ``lazyre.finditer``, ``stretch_finditer`` and ``run_finditer`` (the whole-text scans of the services and rules)
and the anchor reader ``_hit_starts``, runs ``lintgov check`` in this process (``-j1``), then prints per pattern: the
thread CPU of its scans (its matches collected, as the callers do), the calls, the characters scanned, the matches
and the functions that called it; per anchor: the calls, those served from the shared hit list, the characters read
and the hits (the places a pattern is tried).  Passes per document = calls / documents.

Measured 2026-12-06 22:45 (main e26927c, corpus/gwr, 72 reports, 1.12 M characters; shared machine, so read the counts
and the shares, not the milliseconds): 4,712 scans (65 a report, 79 M characters), 0.76 s of the run's 4.5 s thread CPU
(17%); the quantity scans (``run_finditer``, 0.10 s) and the change grammar's rescan (``stretch_finditer``, 0.08 s) lead,
then ~60 patterns of 5–25 ms each; 433,234 anchor hits (the places patterns are tried).
"""
import argparse
import collections
import os
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)


def main() -> None:
    argv = sys.argv[1:]
    ours, theirs = (argv[:argv.index("--")], argv[argv.index("--") + 1:]) if "--" in argv else ([], argv)
    ap = argparse.ArgumentParser()
    ap.add_argument("--top", type=int, default=60)
    a = ap.parse_args(ours)
    from lintgov import cli, lazyre
    clock = time.thread_time
    scans: dict = collections.defaultdict(lambda: [0, 0, 0, 0.0, set()])   # calls, chars, matches, CPU, callers
    anchors: dict = collections.defaultdict(lambda: [0, 0, 0, 0, 0.0])     # calls, shared, chars read, hits, CPU

    def wrap(name):
        orig = getattr(lazyre, name)

        def scan(pattern, text, *args, **kw):
            p = lazyre._compiled(pattern)
            f = sys._getframe(1)
            g = f.f_back
            caller = f"{os.path.basename(f.f_code.co_filename)}:{f.f_code.co_name}" + (f"<{g.f_code.co_name}" if g else "")
            t0 = clock()
            out = list(orig(pattern, text, *args, **kw))
            s = scans[(name, getattr(p, "pattern", repr(p)))]
            s[0] += 1
            s[1] += len(text)
            s[2] += len(out)
            s[3] += clock() - t0
            s[4].add(caller)
            return iter(out)
        setattr(lazyre, name, scan)

    for name in ("finditer", "stretch_finditer", "run_finditer"):
        wrap(name)
    hit_starts = lazyre._hit_starts

    def hits(anchor, text):
        got = lazyre._HITS.get(anchor)
        shared = got is not None and got[0] is text
        t0 = clock()
        r = hit_starts(anchor, text)
        h = anchors[anchor.pattern]
        h[0] += 1
        h[1] += shared
        h[2] += 0 if shared else len(text)
        h[3] += len(r)
        h[4] += clock() - t0
        return r
    lazyre._hit_starts = hits
    import gc
    gc.freeze()
    gc.set_threshold(50_000, 20, 100)
    sys.argv = ["lintgov", "check"] + [x for x in theirs if x != "check"]
    t0 = clock()
    try:
        cli.main()
    finally:
        total = clock() - t0
        out = sys.stderr
        n = sum(s[0] for s in scans.values())
        print(f"\nrun: {total:.3f} s thread CPU; lazyre scans: {n} calls, {sum(s[1] for s in scans.values()) / 1e6:.1f} M "
              f"characters, {sum(s[3] for s in scans.values()):.3f} s; anchors: {sum(h[3] for h in anchors.values())} hits",
              file=out)
        print(f"{'CPU ms':>8} {'calls':>6} {'M chars':>8} {'matches':>8}  entry   pattern / callers", file=out)
        for (name, pat), s in sorted(scans.items(), key=lambda kv: -kv[1][3])[:a.top]:
            print(f"{s[3] * 1000:8.1f} {s[0]:6d} {s[1] / 1e6:8.2f} {s[2]:8d}  {name[:6]:6s}  {pat[:70]!r}  "
                  f"{', '.join(sorted(s[4]))[:120]}", file=out)
        print(f"{'CPU ms':>8} {'calls':>6} {'shared':>6} {'M chars':>8} {'hits':>8}  anchor", file=out)
        for pat, h in sorted(anchors.items(), key=lambda kv: -kv[1][4])[:a.top // 2]:
            print(f"{h[4] * 1000:8.1f} {h[0]:6d} {h[1]:6d} {h[2] / 1e6:8.2f} {h[3]:8d}  {pat[:80]!r}", file=out)


if __name__ == "__main__":
    main()
