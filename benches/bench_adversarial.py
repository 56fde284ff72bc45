#!/usr/bin/env python3
"""Time and peak memory of lintgov on each adversarial case of issue 11.

    .venv/bin/python benches/bench_adversarial.py [--small] [--format sarif] [--dir DIR]

Builds the folder with tools/make_adversarial.py (in a temporary directory unless
--dir is given), then runs ``lintgov check`` on each case alone, in its own process,
and prints a Markdown table: case, expected outcome, exit code, outcome seen (read /
LG001 / skipped), wall seconds, peak RSS (MiB, from wait4) and the size of the report.
Budget (issue 11): every case ≤ 30 s and ≤ 1 GiB.  /dev/zero is added as a case.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tools"))
import make_adversarial  # noqa: E402

BUDGET_S, BUDGET_MIB = 30.0, 1024.0


def lintgov_cmd():
    exe = os.path.join(os.path.dirname(sys.executable), "lintgov")
    return [exe] if os.path.exists(exe) else [sys.executable, "-m", "lintgov"]


def run_case(folder, name, fmt, timeout):
    out = os.path.join(tempfile.gettempdir(), f"lintgov-adv-{os.getpid()}.out")
    cmd = lintgov_cmd() + ["check", "--no-plugins", "--isolated", "--output-format", fmt, "-o", out, name]
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = t0 + timeout
    while True:
        pid, status, ru = os.wait4(p.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            p.kill()
            pid, status, ru = os.wait4(p.pid, 0)
            break
        time.sleep(0.01)
    wall = time.perf_counter() - t0
    code = os.waitstatus_to_exitcode(status)
    err = p.stderr.read().decode("utf-8", "replace")
    size = os.path.getsize(out) if os.path.exists(out) else 0
    seen = "?"
    if os.path.exists(out) and fmt == "json":
        with open(out, encoding="utf-8") as f:
            data = json.load(f)
        lg = [f for f in data["findings"] if f["code"] == "LG001"]
        seen = "LG001" if lg else ("read" if data["files"] else "skipped")
        if lg:
            seen += ": " + lg[0]["message"][:60]
    if os.path.exists(out):
        os.remove(out)
    return {"exit": code, "wall": wall, "rss_mib": ru.ru_maxrss / 1024, "size": size, "seen": seen,
            "traceback": "Traceback" in err, "stderr": err.strip().splitlines()[-1:] }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--small", action="store_true", help="leave out the 50 MB file")
    ap.add_argument("--format", default="json", help="output format of each run (json shows the outcome; sarif measures SARIF size)")
    ap.add_argument("--dir", help="build the cases here (default: a temporary directory)")
    ap.add_argument("--timeout", type=float, default=120)
    args = ap.parse_args()
    folder = args.dir or tempfile.mkdtemp(prefix="lintgov-adv-")
    manifest = make_adversarial.write(folder, small=args.small)
    manifest.append({"file": "/dev/zero", "expect": "lg001", "owner": "safety", "what": "/dev/zero read without bound"})
    print(f"| case | expect | exit | seen | time s | peak MiB | {args.format} bytes | within budget |")
    print("|---|---|---|---|---|---|---|---|")
    over = 0
    for c in manifest:
        r = run_case(folder, c["file"], args.format, args.timeout)
        ok = r["wall"] <= BUDGET_S and r["rss_mib"] <= BUDGET_MIB and not r["traceback"] and r["exit"] in (0, 1, 3)
        over += not ok
        name = c["file"].encode("unicode_escape").decode("ascii")
        print(f"| `{name}` | {c['expect']} | {r['exit']} | {r['seen']} | {r['wall']:.2f} | {r['rss_mib']:.0f} | "
              f"{r['size']} | {'yes' if ok else 'NO ' + ' '.join(r['stderr'])[:80]} |", flush=True)
    print(f"\n{len(manifest)} cases, {over} over budget or failing (budget {BUDGET_S:g} s, {BUDGET_MIB:g} MiB)")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
