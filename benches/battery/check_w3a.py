"""Check the arithmetic of written set w3a (``written_w3a.py``) from its ``# chk:`` comments.

Same chk syntax as ``check_written_w1.py`` (whose parsing helpers it imports), with a stricter bar
for the wrong figure: a ``~%`` relation must break by 5+ percentage points (w1: 3); ``~`` by 3+% of
the larger side; inequalities must be violated. A consistent text must hold, in at least one
reading, at its printed precision. Also checks ids (w3a-NNN ascending), that the figure occurs in the
text, that traps carry no figure, and counts pairs and traps by family. Exit status 1 on any failure.
"""
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from check_written_w1 import evaluate, readings, value  # noqa: E402


def broken(rel, F, fstr):
    """Clearly broken: w1's test, with ~% raised to 5 points."""
    holds, clear = evaluate(rel, F, fstr)
    if "~%" in rel and not holds:
        # re-evaluate the distance with the 5-point bar
        body = rel.partition("@")[0]
        lhs_s, rhs_s = (x.strip() for x in body.split("~%", 1))
        from check_written_w1 import g, cagr
        import math
        env = {"F": F, "g": g, "cagr": cagr, "math": math}
        return abs(eval(lhs_s, env) - eval(rhs_s, env)) >= 5
    return clear


def main(path):
    src = Path(path).read_text(encoding="utf-8")
    ns = {}
    exec(compile(src, path, "exec"), ns)
    entries = ns["STATEMENTS"]
    chk_of = {}
    for c in re.split(r'(?=\("w3a-\d{3}")', src):
        m = re.match(r'\("(w3a-\d{3})"', c)
        if m:
            found = re.findall(r"# chk:([^\n]*)", c)
            chk_of[m.group(1)] = re.split(r"\s{2,}\(", found[0])[0].strip() if found else None
    bad, ids, fam, last = [], set(), Counter(), 0
    for sid, family, text, fig, wrong in entries:
        n = int(sid[4:]) if sid.startswith("w3a-") and sid[4:].isdigit() else -1
        if n <= last or sid in ids:
            bad.append(f"{sid}: id out of sequence")
        last, ids = max(last, n), ids | {sid}
        fam[family] += 1
        chk = chk_of.get(sid)
        if fig is None:
            if wrong is not None or not family.startswith("trap-"):
                bad.append(f"{sid}: trap malformed")
            if chk and not any(all(evaluate(r, 0.0, "0")[0] for r in rd) for rd in readings(chk)):
                bad.append(f"{sid}: trap arithmetic does not hold: {chk}")
            continue
        if fig not in text:
            bad.append(f"{sid}: figure {fig!r} not in text")
            continue
        if not chk:
            bad.append(f"{sid}: no chk comment")
            continue
        F, fstr = value(fig)
        W, wstr = value(wrong)
        if not any(all(evaluate(r, F, fstr)[0] for r in rd) for rd in readings(chk)):
            bad.append(f"{sid}: consistent text fails: {chk} (F={F})")
        if not all(any(broken(r, W, wstr) for r in rd) for rd in readings(chk)):
            bad.append(f"{sid}: wrong figure not clearly wrong: {chk} (F={W})")
        if text.count(fig) > 1:
            print(f"note {sid}: figure occurs {text.count(fig)} times; the first is replaced")
    pairs = sum(v for k, v in fam.items() if not k.startswith("trap-"))
    print(f"{len(entries)} entries: {pairs} pairs, {len(entries) - pairs} traps")
    for k, v in sorted(fam.items()):
        print(f"  {k:20s} {v}")
    for b in bad:
        print("FAIL", b)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else str(Path(__file__).with_name("written_w3a.py"))))
