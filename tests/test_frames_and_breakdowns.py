"""Two readings that were false alarms on a private written set (re-worded here):

* a rate stated for last year (去年…败诉率为9.2%) is not over this year's counts in the next sentence
  (`lintgov.claims.rates.frames_differ`);
* a whole broken down twice (按来源分…；按内容分…) has two breakdowns: the parts of the second are never summed with
  the first's (`lintgov.claims.parts.CLASSIFICATION_OPEN`).
"""
import pytest

from conftest import consistency_codes as codes


@pytest.fixture(scope="module")
def rules(consistency_rules):
    return consistency_rules


RATES = [
    "去年全区行政诉讼败诉率为9.2%。今年一审审结案件240件，败诉18件，败诉率7.5%，下降1.7个百分点。",
    "上年全市行政复议纠错率为13.1%。本年审结案件412件，直接纠错61件，纠错率14.8%。",
    "2023年全县信访事项按期办结率为96.4%，2024年受理信访事项850件，按期办结833件，按期办结率98.0%。",
]


@pytest.mark.parametrize("text", RATES)
def test_last_years_rate_is_not_over_this_years_counts(rules, text):
    assert codes(rules, text) == []


@pytest.mark.parametrize("text,old,new", [
    (RATES[0], "败诉18件", "败诉28件"),
    (RATES[1], "直接纠错61件", "直接纠错81件"),
    (RATES[2], "按期办结833件", "按期办结733件"),
])
def test_this_years_rate_is_still_checked(rules, text, old, new):
    assert "LG101" in codes(rules, text.replace(old, new))


BREAKDOWNS = [
    "全年共接到群众来电来信5.62万件。按来源分，热线电话3.81万件；按内容分，求助类2.95万件、建议类1.46万件。",
    "全年共接到群众来电来信5.62万件，按来源分，热线电话3.81万件；按内容分，求助类2.95万件、建议类1.46万件。",
    "全区共受理行政复议案件386件。从申请事项看，涉及行政处罚的151件、行政强制的42件；从被申请人看，区政府部门217件、镇（街道）169件。",
]


@pytest.mark.parametrize("text", BREAKDOWNS)
def test_two_breakdowns_are_not_summed(rules, text):
    assert codes(rules, text) == []


@pytest.mark.parametrize("text,old,new", [
    (BREAKDOWNS[2], "行政强制的42件", "行政强制的342件"),
    ("全年共接到群众来电来信5.62万件。从来源看，热线电话3.81万件、网络留言1.81万件；从内容看，求助类2.95万件、建议类2.67万件。",
     "网络留言1.81万件", "网络留言2.81万件"),
])
def test_each_breakdown_is_still_checked(rules, text, old, new):
    assert codes(rules, text) == []
    assert "LG103" in codes(rules, text.replace(old, new))


def test_last_years_whole_is_not_this_years_base(rules):
    # 上年 frames the whole: this year's 民生支出 is not over last year's total (148.8 ÷ 170 = 87.5%)
    assert codes(rules, "上年全县一般公共预算支出170亿元。全年民生支出148.8亿元，占一般公共预算支出的80%。") == []
    # this year's total in the sentence before is still the base
    assert "LG101" in codes(rules, "全年一般公共预算支出186亿元。全年民生支出148.8亿元，占一般公共预算支出的90%。")


def test_a_part_of_the_bounds_metric_is_not_its_exact_figure(rules):
    # 出口 is a part of 进出口总额 (claims.classes.implied_part), not the deed of the bound
    assert codes(rules, "全年外贸进出口总额突破800亿元，出口512亿元。") == []
    assert "LG105" in codes(rules, "全年主动公开政府信息不足5,000条，全年共公开5,812条。")


def test_a_named_year_after_a_change_of_no_stated_basis_is_not_last_year(rules):
    # 增长8.3% names no basis: 2021年 may be any earlier year (only 同比/比上年… take a bracketed year as last year)
    assert codes(rules, "全年办理仲裁案件2,640件，增长8.3%，2021年为2,060件。") == []
