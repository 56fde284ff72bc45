"""Check the arithmetic of a written set (default ``written_w1.py``) from the ``# chk:`` comments.

For each entry the relations of its chk comment are evaluated with ``F`` = the value of the figure
as printed: every relation of at least one reading (readings split by ``||``, relations by ``;``)
must hold at the printed precision; with ``F`` = the wrong figure every reading must break clearly
(``~%``: 3+ points; ``~``: 3+% of the larger side; inequalities: violated). Also checks ids, that
the figure occurs in the text, and counts pairs and traps by family. Exit status 1 on any failure.
"""
import math
import re
import sys
from collections import Counter
from pathlib import Path

CN = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
UNIT = {"十": 10, "百": 100, "千": 1000}


def cn_int(s):
    total, section, digit = 0, 0, None
    for ch in s:
        if ch in CN:
            digit = CN[ch]
        elif ch in UNIT:
            section += (1 if digit is None else digit) * UNIT[ch]
            digit = None
        elif ch == "万":
            total += (section + (digit or 0)) * 10000
            section, digit = 0, None
    return total + section + (digit or 0)


def value(fig):
    m = re.search(r"\d[\d,]*(?:\.\d+)?", fig)
    if m:
        return float(m.group().replace(",", "")), m.group()
    body = fig.replace("百分之", "")
    body = "".join(ch for ch in body if ch in CN or ch in UNIT or ch in "万点")
    if "点" in body:
        a, b = body.split("点")
        frac = "".join(str(CN[c]) for c in b)
        return float(f"{cn_int(a)}.{frac}"), f"0.{frac}"
    return float(cn_int(body)), "0"


def decimals(numstr):
    return len(numstr.split(".")[1]) if "." in numstr else 0


def g(a, b):
    return (b / a - 1) * 100


def cagr(a, b, n):
    return ((b / a) ** (1 / n) - 1) * 100


OPS = ["~%", ">=", "<=", "~", ">", "<"]


def evaluate(rel, F, fstr):
    """Return (holds, clearly_broken)."""
    rel, _, slack = rel.partition("@")
    slack = float(slack) if slack.strip() else 0.0
    for op in OPS:
        if op in rel:
            lhs_s, rhs_s = (x.strip() for x in rel.split(op, 1))
            break
    else:
        raise ValueError(rel)
    env = {"F": F, "g": g, "cagr": cagr, "math": math}
    lhs, rhs = eval(lhs_s, env), eval(rhs_s, env)
    if op in (">", ">=", "<", "<="):
        ok = eval(f"{lhs!r} {op} {rhs!r}")
        return ok, not ok
    if rhs_s == "F":
        d = decimals(fstr)
    elif re.fullmatch(r"-?\d+(\.\d+)?", rhs_s):
        d = decimals(rhs_s)
    elif re.fullmatch(r"-?\d+(\.\d+)?", lhs_s):
        d = decimals(lhs_s)
    else:
        d = decimals(fstr)
    tol = 0.5 * 10 ** -d + slack + 1e-9
    diff = abs(lhs - rhs)
    clear = diff >= 3 if op == "~%" else diff >= 0.03 * max(abs(lhs), abs(rhs))
    return diff <= tol, clear


def readings(chk):
    return [[r for r in part.split(";") if r.strip()] for part in chk.split("||")]


def clearly_wrong(rel, F, fstr):
    """Whether relation ``rel`` breaks clearly with ``F`` (w1's bar: ``~%`` 3+ points, ``~`` 3+%, inequalities violated)."""
    return evaluate(rel, F, fstr)[1]


def check_set(path, prefix, value=value, clear=clearly_wrong, glued=None):
    """Check a written set whose ids are ``prefix`` + three digits (w1-, w3a-, w3b-): ids ascend (a gap is an entry
    removed after review, never reused); a trap carries no figure and its chk, if any, holds; each figure is in its
    text (and, with ``glued``, its first occurrence is no part of a longer number); the chk comment holds with the
    printed figure in at least one reading and every reading breaks ``clear``-ly with the wrong one.  Prints the counts
    by family and the failures; returns the exit status (1 on any failure).  ``value`` reads a figure as printed."""
    src = Path(path).read_text(encoding="utf-8")
    ns = {}
    exec(compile(src, path, "exec"), ns)
    entries = ns["STATEMENTS"]
    chk_of = {}
    for c in re.split(r'(?=\("' + prefix + r'\d{3}")', src):
        m = re.match(r'\("(' + prefix + r'\d{3})"', c)
        if m:
            found = re.findall(r"# chk:([^\n]*)", c)
            chk_of[m.group(1)] = re.split(r"\s{2,}\(", found[0])[0].strip() if found else None
    bad, ids, fam, last = [], set(), Counter(), 0
    for sid, family, text, fig, wrong in entries:
        n = int(sid[len(prefix):]) if sid.startswith(prefix) and sid[len(prefix):].isdigit() else -1
        if n <= last or sid in ids:
            bad.append(f"{sid}: id out of sequence")
        last = max(last, n)
        ids.add(sid)
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
        if glued is not None and glued(text, fig):
            bad.append(f"{sid}: first occurrence of {fig!r} is part of a longer number")
        if not chk:
            bad.append(f"{sid}: no chk comment")
            continue
        F, fstr = value(fig)
        W, wstr = value(wrong)
        if not any(all(evaluate(r, F, fstr)[0] for r in rd) for rd in readings(chk)):
            bad.append(f"{sid}: consistent text fails: {chk} (F={F})")
        if not all(any(clear(r, W, wstr) for r in rd) for rd in readings(chk)):
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


def main(path):
    return check_set(path, "w1-")

if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else str(Path(__file__).with_name("written_w1.py"))))
