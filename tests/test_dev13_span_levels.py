"""An average over a span whose levels are written with a rate per head and period (dev13, issue 10).

* 由2020年的每人每月640元提高到2025年的每人每月820元，年均提高…: the year and the words of a rate per head and per
  period (每人每月, 每户每年) may stand together before either level of a change.
* 2020年，…标准为每月640元。2025年，这一标准提高到每月820元: 这一标准 (this standard), like 这一数字, points back to the
  metric the sentence before names.
"""
import pytest

from conftest import consistency_codes


@pytest.mark.parametrize("text", [
    "全市城市低保标准由2020年的每人每月640元提高到2025年的每人每月820元，年均提高10.4%。",
    "全县农村特困人员基本生活标准由2021年的每人每年7,200元提高到2025年的每人每年9,600元，年均提高9.6%。",
    "2020年，全市城市低保标准为每人每月640元。2025年，这一标准提高到每人每月820元，年均提高10.4%。",
])
def test_wrong_average_is_found(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == ["LG208"]


@pytest.mark.parametrize("text", [
    "全市城市低保标准由2020年的每人每月640元提高到2025年的每人每月820元，年均提高5.1%。",
    "全县农村特困人员基本生活标准由2021年的每人每年7,200元提高到2025年的每人每年9,600元，年均提高7.5%。",
    "2020年，全市城市低保标准为每人每月640元。2025年，这一标准提高到每人每月820元，年均提高5.1%。",
    # a plan to a future year: not recomputed
    "2020年，全市城市低保标准为每人每月640元。到2027年，这一标准力争提高到每人每月900元，年均提高10.4%。",
])
def test_consistent_or_plan_stays_silent(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == []
