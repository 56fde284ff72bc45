"""Check the arithmetic of written set w3b (``written_w3b.py``) from its ``# chk:`` comments.

Same chk syntax and the same evaluation as ``check_written_w1.py`` (whose helpers it imports): with
``F`` = the printed figure every relation of at least one reading holds at the printed precision;
with ``F`` = the wrong figure every reading breaks clearly (``~%``: 3+ points; ``~``: 3+% of the
larger side; inequalities violated). Also checks ids, that the figure occurs in the text and that
its first occurrence is not the tail or head of a longer number (the wrong text replaces the first
occurrence), and counts pairs and traps by family. Exit status 1 on any failure.

    python3 benches/battery/check_w3b.py
"""
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from check_written_w1 import evaluate, readings  # noqa: E402
from check_written_w1 import value as _value  # noqa: E402

PREFIX = "w3b-"
DIGITS = "0123456789０１２３４５６７８９.,．零〇一二两三四五六七八九十百千万点"


def value(fig):
    """w1's value, after dropping 个百分点/个千分点 (their 百 and 点 would read as numerals) and
    reading full-width digits; a Chinese decimal before 万 is read in 万."""
    fig = re.sub(r"个?[百千]分点", "", fig)
    if re.search(r"点[零一二三四五六七八九]+万", fig):     # 一点八万吨: value in 万, as its chk reads it
        fig = fig.replace("万", "", 1)
    fig = fig.translate(str.maketrans("０１２３４５６７８９．", "0123456789."))
    return _value(fig)


def chk_comments(src):
    out = {}
    for chunk in re.split(r'(?=\("' + PREFIX + r'\d{3}")', src):
        m = re.match(r'\("(' + PREFIX + r'\d{3})"', chunk)
        if m:
            found = re.findall(r"# chk:([^\n]*)", chunk)
            out[m.group(1)] = re.split(r"\s{2,}\(", found[0])[0].strip() if found else None
    return out


def glued(text, fig):
    """True when the first occurrence of fig continues a longer number on either side."""
    i = text.index(fig)
    before = text[i - 1] if i else ""
    after = text[i + len(fig)] if i + len(fig) < len(text) else ""
    return (fig[0] in DIGITS and before and before in DIGITS) or (fig[-1] in DIGITS and after and after in DIGITS)


def main(path):
    src = Path(path).read_text(encoding="utf-8")
    ns = {}
    exec(compile(src, path, "exec"), ns)
    entries = ns["STATEMENTS"]
    chk_of = chk_comments(src)
    bad, fam, ids, last = [], Counter(), set(), 0
    for sid, family, text, fig, wrong in entries:
        n = int(sid[len(PREFIX):]) if sid.startswith(PREFIX) else -1
        if n <= last or sid in ids:
            bad.append(f"{sid}: id out of sequence")
        last, _ = max(last, n), ids.add(sid)
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
        if glued(text, fig):
            bad.append(f"{sid}: first occurrence of {fig!r} is part of a longer number")
        if not chk:
            bad.append(f"{sid}: no chk comment")
            continue
        F, fstr = value(fig)
        W, wstr = value(wrong)
        if not any(all(evaluate(r, F, fstr)[0] for r in rd) for rd in readings(chk)):
            bad.append(f"{sid}: consistent text fails: {chk} (F={F})")
        if not all(any(evaluate(r, W, wstr)[1] for r in rd) for rd in readings(chk)):
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
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else str(Path(__file__).with_name("written_w3b.py"))))
