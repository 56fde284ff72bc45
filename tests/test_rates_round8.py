"""Rates, complements, bounds, averages and targets of the rates engineer's round 8 (2026-12-05 05:50 UTC), on the
fresh set in ``tests/rates_round8_set.py``: every consistent statement (and every trap) gives no arithmetic or
year-over-year finding; every statement with one wrong figure gives one.  The set was written before the code of this
round was changed; at main 6dc15c9 it measured 34/51 wrong statements found (33/51 before r8-b1 was corrected, see the set), 3/75 consistent flagged.  Statements
still missed are in ``KNOWN_MISSES`` and the consistent ones still flagged in ``KNOWN_ALARMS``, both xfail(strict):
the day one changes, the test says so."""
import pytest

from fresh_set import check_set_shape, codes, good_params, wrong_params
from rates_round8_set import SET

#: wrong statements no rule finds yet (why, in a few words)
KNOWN_MISSES = {
    "r8-a5": "a part before 占 with the whole inside 占全县N个…的",
    "r8-a9": "a whole made of two counts (建议A件、提案B件) under one 按期办复率",
    "r8-a12": "立案查处…已结案…结案率: the whole named by another verb",
    "r8-b4": "尚有M个未通…通气率 among N个 closed by 中",
    "r8-b5": "N项…仅有M项未完成，完成率",
    "r8-b9": "受理率 closing its sentence, 收到…不予受理 in the next",
    "r8-c1": "办结率超过99% over 受理/办结 counts",
    "r8-c7": "占比突破八成 before its whole and 其中 part",
    "r8-c9": "满意率近98% over 问卷/满意 counts",
    "r8-c10": "覆盖率超过95% with 共有N个，已有M个 in the next sentence",
    "r8-d1": "人均 of a total over 保障对象N人",
    "r8-d2": "户均 of a total over N户",
    "r8-d5": "平均每个社区 of a total over N个社区",
    "r8-d8": "平均每家 of a total over N家",
    "r8-d9": "人均 N学时 of 累计培训 over N人",
    "r8-d10": "日均 of a total over a stated span of days",
    "r8-e2": "计划N，实际完成M，完成率",
}

#: consistent statements still flagged (why)
KNOWN_ALARMS = {
    "r8-t2": "不合格率 read as 合格率 over the complement of 不合格",
    "r8-t15": "合格率 over a 其中 subset (农产品800) with the 不合格 count of the whole",
    "r8-t22": "未按期办结 read as the numerator of 办结率",
}


@pytest.mark.parametrize("ident,family,good", good_params(SET, KNOWN_ALARMS))
def test_consistent_is_silent(ident, family, good):
    assert codes(good) == []


@pytest.mark.parametrize("ident,family,bad", wrong_params(SET, KNOWN_MISSES))
def test_wrong_is_found(ident, family, bad):
    assert codes(bad) != []


def test_the_set_is_large_and_paired():
    check_set_shape(SET, KNOWN_MISSES, pairs=50, traps=24)
