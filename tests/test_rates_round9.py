"""Bounds with their counts, rates with their operands after them, averages, structure percentages and levels said to
exceed a target, on the rates engineer's fresh set of session 6 (``tests/rates_round9_set.py``, written before the
code of the session was changed): every consistent statement (and every trap) gives no arithmetic or year-over-year
finding; every statement with one wrong figure gives one.  Statements still missed are in ``KNOWN_MISSES`` and the
consistent ones still flagged in ``KNOWN_ALARMS``, both xfail(strict): the day one changes, the test says so."""
import pytest

from fresh_set import check_set_shape, codes, good_params, wrong_params
from rates_round9_set import SET

#: wrong statements no rule finds yet (why, in a few words)
KNOWN_MISSES = {
    "r9-b4": "a share in tenths with its part and whole in a bracket after its clause (调解结案N件，共受理M件)",
    "r9-b5": "a share in tenths naming its things without 的 (逾八成企业…), the part among its whole after it",
    "r9-b6": "a bare share between the whole closed by 中 and its part stated as a total after it (共办结M件)",
    "r9-b7": "a bounded share in digits with its subject (进度滞后的不足5%) between the whole and the part after it",
    "r9-b13": "a bare share between the whole closed by 中 and its part stated as a total after it (共有M家)",
    "r9-b14": "a bare share between the whole closed by 中 and its part stated as a total after it (共M件)",
    "r9-f3": "应参保人数 / 实际参保 after the rate: an eligible population and its actual part",
    "r9-f4": "应到 / 实到 after 出席率",
    "r9-f7": "资产负债率 = 负债总额 / 资产总额, both after the rate",
    "r9-v2": "the average first, then the count of its units and the total in one clause after it",
    "r9-v3": "户均 over a count in 家",
    "r9-v7": "a count of 个 whose noun has a modifier (126个老旧小区) for 平均每个小区",
    "r9-s1": "bands of a scale named in words (本科及以上 / 大专 / 高中及以下) read as attributes",
    "r9-g1": "a level said to exceed a target it falls short of (超过年度目标2万亩)",
    "r9-g2": "a rate said to be better than a target it falls short of (优于…85%的目标)",
    "r9-g3": "a level said to exceed a plan it falls short of (超出年度计划200亿元)",
}

#: consistent statements still flagged (why)
KNOWN_ALARMS = {
    "r9-t12": "a mean of counts read as an exact count: 平均每月2次 against 26次 ÷ 12 = 2.17",
}


@pytest.mark.parametrize("ident,family,good", good_params(SET, KNOWN_ALARMS))
def test_consistent_is_silent(ident, family, good):
    assert codes(good) == []


@pytest.mark.parametrize("ident,family,bad", wrong_params(SET, KNOWN_MISSES))
def test_wrong_is_found(ident, family, bad):
    assert codes(bad) != []


def test_the_set_is_large_and_paired():
    check_set_shape(SET, KNOWN_MISSES, pairs=40, traps=20)
