"""Check the arithmetic of written set w3a (``written_w3a.py``) from its ``# chk:`` comments.

Same chk syntax as ``check_written_w1.py`` (whose parsing helpers it imports), with a stricter bar
for the wrong figure: a ``~%`` relation must break by 5+ percentage points (w1: 3); ``~`` by 3+% of
the larger side; inequalities must be violated. A consistent text must hold, in at least one
reading, at its printed precision. Also checks ids (w3a-NNN ascending), that the figure occurs in the
text, that traps carry no figure, and counts pairs and traps by family. Exit status 1 on any failure.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from check_written_w1 import check_set, evaluate  # noqa: E402


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
    return check_set(path, "w3a-", clear=broken)

if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else str(Path(__file__).with_name("written_w3a.py"))))
