#!/usr/bin/env python3
"""False-alarm budget per rule per shared corpus (issue 12).

    .venv/bin/python benches/corpus_budget.py            # counts, compared with the budget
    .venv/bin/python benches/corpus_budget.py --record   # write the current counts as the budget
    .venv/bin/python benches/corpus_budget.py --list LG801 --corpus full   # the findings of one rule

Runs ``lintgov check --output-format json`` with the default rules of the numbering, script,
encoding, sections, number-usage, typography and temporal families (the arithmetic and yoy
families have their own validity study) over the ``.txt``
files of ``../shared/corpus/full``, ``../shared/corpus/gwr`` and ``../shared/seeds``, counts the
errors and warnings of each rule, and compares them with ``benches/corpus_budget.json``: the
counts measured after the findings were reviewed by hand (every error and warning on
``corpus/full`` judged true or false; see the rule family's tests for the patterns). A rule that
exceeds its budget has started to fire on text it did not fire on, which is a regression until
someone reviews the new findings and records a new budget consciously (``--record``).
Notes are counted but not budgeted. The corpora are read in place and never copied.

Exit status: 0 within budget, 1 over budget, 2 when ``../shared`` is absent.
"""
from __future__ import annotations

import argparse
import collections
import glob
import json
import os
import subprocess
import sys
from typing import Dict, List

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared")
BUDGET = os.path.join(ROOT, "benches", "corpus_budget.json")
CORPORA = {"full": ("corpus", "full"), "gwr": ("corpus", "gwr"), "seeds": ("seeds",)}
#: the rule families whose false alarms this budget tracks (the arithmetic and yoy families have the
#: validity study; other families record their own budgets)
SELECT = "numbering,script,encoding,sections,number-usage,typography,temporal"


def corpus_files(name: str) -> List[str]:
    # subfolders too: corpus/gwr/resolutions holds the 20 NPC resolutions on the reports
    return sorted(glob.glob(os.path.join(SHARED, *CORPORA[name], "**", "*.txt"), recursive=True))


def run(name: str) -> List[dict]:
    files = corpus_files(name)
    if not files:
        return []
    cmd = [sys.executable, "-m", "lintgov", "check", "--isolated", "--no-plugins", "--output-format", "json",
           "--select", SELECT, "--exit-zero", *files]
    out = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    if out.returncode not in (0, 1):
        raise RuntimeError(f"lintgov failed on {name}: {out.stderr[-2000:]}")
    return json.loads(out.stdout)["findings"]


def counts(findings: List[dict]) -> Dict[str, int]:
    c = collections.Counter(f["code"] for f in findings if f["level"] in ("error", "warning"))
    return dict(sorted(c.items()))


def measure() -> Dict[str, Dict[str, int]]:
    return {name: counts(run(name)) for name in CORPORA if corpus_files(name)}


def over_budget(measured: Dict[str, Dict[str, int]], budget: Dict[str, Dict[str, int]]) -> List[str]:
    out = []
    for corpus, got in measured.items():
        allowed = budget.get(corpus, {})
        for code, n in got.items():
            if n > allowed.get(code, 0):
                out.append(f"{corpus}: {code} {n} > budget {allowed.get(code, 0)}")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--record", action="store_true", help="write the measured counts as the new budget")
    ap.add_argument("--list", metavar="CODE", help="print the findings of one rule")
    ap.add_argument("--corpus", default="full", choices=sorted(CORPORA))
    args = ap.parse_args()
    if not os.path.isdir(SHARED):
        print("../shared is absent: nothing to measure")
        return 2
    if args.list:
        for f in run(args.corpus):
            if f["code"] == args.list:
                loc = f["location"]
                print(f"{os.path.basename(loc['path'])}:{loc['line']}:{loc['column']} [{f['level']}] "
                      f"{f['message']} | {loc['text'][:60]!r}")
        return 0
    measured = measure()
    budget = json.load(open(BUDGET, encoding="utf-8"))["budget"] if os.path.exists(BUDGET) else {}
    codes = sorted({c for d in list(measured.values()) + list(budget.values()) for c in d})
    print(f"{'rule':8}" + "".join(f"{c + ' (now/budget)':>24}" for c in measured))
    for code in codes:
        print(f"{code:8}" + "".join(f"{measured[c].get(code, 0):>14}/{budget.get(c, {}).get(code, 0):<9}"
                                    for c in measured))
    if args.record:
        with open(BUDGET, "w", encoding="utf-8") as fh:
            json.dump({"select": SELECT, "levels": ["error", "warning"], "budget": measured}, fh,
                      ensure_ascii=False, indent=1, sort_keys=True)
            fh.write("\n")
        print(f"recorded {BUDGET}")
        return 0
    bad = over_budget(measured, budget)
    for line in bad:
        print("OVER BUDGET", line)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
