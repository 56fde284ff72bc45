"""What the tests of a fresh set share (tests/test_cover_round4.py, tests/test_sums_round4.py): the arithmetic and
year-over-year rules run on one statement, and the wrong statements as parameters, those no rule finds yet marked
xfail(strict) with the reason."""
import pytest

from lintgov.engine import lint_text, validate_finding
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def codes(text):
    """Codes of the arithmetic and year-over-year findings on one statement (a table of rows opening with | is
    read as Markdown); each finding is checked as the engine checks it before reporting (one it refuses is lost in a
    real run: lint_text alone does not say so)."""
    path = "example.md" if text.startswith("|") else "example.txt"
    out = []
    for f in lint_text(text + "\n", RULES, path=path, registry=REG):
        why = validate_finding(f, f.rule, [f.doc])
        assert why is None, (f.code, why)
        out.append(f.code)
    return out


def wrong_params(statements, known_misses):
    """(ident, family, bad) of every statement with a wrong variant; a known miss is xfail(strict)."""
    return [pytest.param(i, f, b, id=i, marks=[pytest.mark.xfail(strict=True, reason=known_misses[i])]
                         if i in known_misses else [])
            for i, f, g, b in statements if b is not None]


def good_params(statements, known_alarms):
    """(ident, family, good) of every statement; a consistent one still flagged is xfail(strict)."""
    return [pytest.param(i, f, g, id=i, marks=[pytest.mark.xfail(strict=True, reason=known_alarms[i])]
                         if i in known_alarms else [])
            for i, f, g, b in statements]


def check_set_shape(statements, known_misses, pairs=40, traps=20):
    """A fresh set holds at least ``pairs`` statements with a wrong variant and ``traps`` consistent-only ones, unique
    identifiers, a wrong variant that differs from its consistent one, and known misses only among the pairs."""
    assert sum(1 for x in statements if x[3] is not None) >= pairs
    assert sum(1 for x in statements if x[3] is None) >= traps
    assert len({x[0] for x in statements}) == len(statements)
    for ident, family, good, bad in statements:
        assert good != bad, ident
    assert set(known_misses) <= {x[0] for x in statements if x[3] is not None}


def code_checks(code, silent, wrong):
    """The two tests of a set of statements for one rule: each of ``silent`` gives no finding of ``code``, each of
    ``wrong`` gives one (assign them to ``test_silent, test_found`` in the test module)."""
    @pytest.mark.parametrize("text", silent)
    def test_silent(text):
        assert code not in codes(text), text

    @pytest.mark.parametrize("text", wrong)
    def test_found(text):
        assert code in codes(text), text

    return test_silent, test_found
