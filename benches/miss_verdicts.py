"""Why plants are missed: the engine's own verdict on the derived figure of every missed plant, counted.

Reads the JSON a run of ``validity_study.py --json`` or ``bench_battery.py --json`` wrote, rebuilds each missed plant
(the study's planted document; the battery's wrong text), runs ``lintgov claims --format json`` on it and counts the
verdict (role, verdict, reason) of the figure the plant is about: for a study label its derived figure, for a written
pair the figure replaced.  Counting verdicts says which *cause* a held-out set's misses share (operands not found,
no prior, read as a plain level, a weaker check passing) without reading its statements; ``--show`` lists them.

    .venv/bin/python benches/miss_verdicts.py study --labels LABELS.jsonl --corpus ../shared/corpus/gwr STUDY.json
    .venv/bin/python benches/miss_verdicts.py battery --file SET.py BATTERY.json [--show]
"""
from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)


def lintgov_cmd():
    exe = os.path.join(os.path.dirname(sys.executable), "lintgov")
    return [exe] if os.path.exists(exe) else [sys.executable, "-m", "lintgov"]


def claims(text: str):
    with tempfile.TemporaryDirectory() as d:
        p = os.path.join(d, "x.txt")
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(text)
        out = subprocess.run(lintgov_cmd() + ["claims", "--format", "json", p], capture_output=True, text=True).stdout
    return json.loads(out)["documents"][0]["figures"]


def figure_at(figs, text: str, pos: int):
    """The figure read at (or right before) offset ``pos`` of ``text``."""
    line = text.count("\n", 0, pos) + 1
    col = pos - (text.rfind("\n", 0, pos) + 1) + 1
    best = None
    for f in figs:
        if f["line"] == line and f["column"] <= col + 1 and (best is None or f["column"] > best["column"]):
            best = f
    return best


def verdict(f) -> str:
    if f is None:
        return "no figure read"
    why = (f.get("why") or "").split(":")[0][:70]     # the reason, not the figures of its formula
    return f"{f['verdict']} | {f['role']} | {why}"


def study_misses(labels_path: str, corpus: str, result_path: str):
    import validity_study as vs
    with open(labels_path, encoding="utf-8") as fh:
        labels = {lab["id"]: lab for lab in map(json.loads, fh)}
    with open(result_path, encoding="utf-8") as fh:
        res = json.load(fh)
    texts = {}
    for det in res["details"]:
        lab = labels[det["id"]]
        for p in det.get("plants") or []:
            if p["found"]:
                continue
            if lab["file"] not in texts:
                with open(os.path.join(corpus, lab["file"]), encoding="utf-8") as fh:
                    texts[lab["file"]] = fh.read()
            for which, a, b, new in vs.plants(lab) + vs.plants2(lab):
                if which == p["which"] and new == p["to"]:
                    break
            else:
                yield lab["id"], lab["family"], p["which"], "(plant not rebuilt)", ""
                continue
            t2, _ = vs.planted_text(texts[lab["file"]], lab, which, a, b, new)
            q, d = lab["quote"], lab["derived"]
            m = vs._last_number(d)
            i = vs.locate(q, d, m)
            if i < 0 or m is None:
                yield lab["id"], lab["family"], which, "(derived figure not located)", q
                continue
            dpos = lab["start"] + i + m.start()
            if which == "operand" and a < i + m.start():
                dpos += len(new) - (b - a)
            yield lab["id"], lab["family"], which, verdict(figure_at(claims(t2), t2, dpos)), q


def battery_misses(set_path: str, result_path: str):
    spec = importlib.util.spec_from_file_location("statements", set_path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    by_id = {s[0]: s for s in mod.STATEMENTS}
    with open(result_path, encoding="utf-8") as fh:
        res = json.load(fh)
    for st in res["statements"]:
        if st["trap"] or st["hit"]:
            continue
        sid, fam, good, fig, wrong = by_id[st["id"]]
        bad = good.replace(fig, wrong, 1)
        yield sid, fam, "", verdict(figure_at(claims(bad + "\n"), bad, good.index(fig))), bad


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("kind", choices=("study", "battery"))
    ap.add_argument("result", help="the JSON the study or the battery wrote")
    ap.add_argument("--labels", help="the study's labels (JSON lines)")
    ap.add_argument("--corpus", default=os.path.join(HERE, "..", "..", "shared", "corpus", "full"))
    ap.add_argument("--file", help="the battery's statements file")
    ap.add_argument("--show", action="store_true", help="one line per miss, with its text")
    a = ap.parse_args(argv)
    if a.kind == "study":
        if not a.labels:
            ap.error("study needs --labels")
        rows = study_misses(a.labels, a.corpus, a.result)
    else:
        if not a.file:
            ap.error("battery needs --file")
        rows = battery_misses(a.file, a.result)
    by_verdict = collections.Counter()
    by_family = collections.Counter()
    for sid, fam, which, v, text in rows:
        by_verdict[v] += 1
        by_family[(fam, v)] += 1
        if a.show:
            print(f"{sid} {fam} {which} {v} | {text[:90]}")
    for v, n in by_verdict.most_common():
        print(f"{n:5d}  {v}")
    print(f"total {sum(by_verdict.values())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
