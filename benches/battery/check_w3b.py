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
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from check_written_w1 import check_set  # noqa: E402
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


def glued(text, fig):
    """True when the first occurrence of fig continues a longer number on either side."""
    i = text.index(fig)
    before = text[i - 1] if i else ""
    after = text[i + len(fig)] if i + len(fig) < len(text) else ""
    return (fig[0] in DIGITS and before and before in DIGITS) or (fig[-1] in DIGITS and after and after in DIGITS)


def main(path):
    return check_set(path, PREFIX, value=value, glued=glued)

if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else str(Path(__file__).with_name("written_w3b.py"))))
