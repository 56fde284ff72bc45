"""The numerators a finding suggests are all of them: listed when few, else their range (a wide tolerance such as
四分之一's ±5 points allows 96 to 144 over 480, not only the first five)."""
from lintgov.engine import lint_text
from lintgov.plugins import build_registry
from lintgov.rules.arithmetic import grim_numerators, grim_words

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def test_few_numerators_are_listed():
    assert grim_words((24.5, 25.5), (480, 480)) == ("118或119或120或121或122", "118 or 119 or 120 or 121 or 122")


def test_many_numerators_are_a_range():
    zh, en = grim_words((20.0, 30.0), (480, 480))
    assert zh == "96至144之间的整数" and en == "a whole number from 96 to 144"
    assert grim_numerators((20.0, 30.0), (480, 480)) == [96, 97, 98, 99, 100]     # the evidence keeps five


def test_none_when_the_denominator_is_not_exact_or_no_whole_fits():
    assert grim_words((20.0, 30.0), (470, 490)) == ("", "")
    assert grim_words((33.4, 33.5), (3, 3)) == ("", "")


def test_finding_shows_the_whole_range():
    fs = lint_text("办结消费投诉480件，其中180件通过诉前调解化解，占四分之一。\n", RULES, registry=REG)
    msg = next(f.message() for f in fs if f.code == "LG101")
    assert "96至144之间的整数" in msg
