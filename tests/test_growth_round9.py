"""Issue 10, growth round 9 (growth engineer, 2026-12-05), on the fresh set in ``tests/growth_round9_set.py``: every
consistent statement (and every trap) gives no arithmetic or year-over-year finding; every statement with one wrong
figure gives one.  The set was written before the code of this round was changed and measured on main 440703f first: 10/42 wrong
statements found, 2/66 consistent statements flagged (g9-t17, g9-t22).
Statements still missed are in ``KNOWN_MISSES`` and consistent statements still flagged in ``KNOWN_ALARMS``, marked
xfail(strict): the day one is fixed, the test says so."""
import pytest

from fresh_set import check_set_shape, codes, good_params, wrong_params
from growth_round9_set import SET

#: wrong statements no rule finds yet (why, in a few words)
KNOWN_MISSES = {
    "g9-a07": "a clause with a bound of another figure (市场主体总量突破20万户) between the flow and its change: not passed over",
    "g9-c05": "two base years' levels in a 分别 list with years, the level after them without its name: not read",
    "g9-e03": "a level stated without 全年 or the year in its sentence is not read (plans and five-year figures share its words)",
}
#: consistent statements still flagged (why)
KNOWN_ALARMS = {
}


@pytest.mark.parametrize("ident,family,good", good_params(SET, KNOWN_ALARMS))
def test_consistent_is_silent(ident, family, good):
    assert codes(good) == []


@pytest.mark.parametrize("ident,family,bad", wrong_params(SET, KNOWN_MISSES))
def test_wrong_is_found(ident, family, bad):
    assert codes(bad) != []


def test_the_set_is_large_and_paired():
    check_set_shape(SET, KNOWN_MISSES, pairs=40, traps=20)
