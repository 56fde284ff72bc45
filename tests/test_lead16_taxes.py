"""Kinds of tax as exclusive parts (claims.classes.taxes_apart): the taxes of China's tax laws (增值税, 企业所得税,
个人所得税, 契税…) exclude each other — one payment is of one tax — so the taxes listed under a tax revenue add up to no
more than it, whatever the order, connective or scale.  所得税 alone (the group of two), a bracketed share of a tax
(增值税（50%部分）) and refunds (退税) are not taxes of the list and leave the parts unread."""
import pytest

from conftest import consistency_codes
from lintgov.claims.classes import exclusive, taxes_apart


CONSISTENT = [
    "全年税收收入152.3亿元，其中增值税61.7亿元、企业所得税40.4亿元。",
    "全年完成税收收入152.3亿元，增长6.1%。其中，国内增值税61.7亿元，增长5.2%；企业所得税40.4亿元；个人所得税12.2亿元。",
    "全县地方税收入完成9.86亿元，其中契税2.31亿元，房产税1.05亿元，城镇土地使用税0.88亿元，印花税0.42亿元。",
    "税务部门组织税收收入152.3亿元，其中增值税61.7亿元。全年办理出口退税120.4亿元，增值税留抵退税40.1亿元。",
    # 所得税 is the group of 企业所得税 and 个人所得税: the parts overlap, nothing is added
    "全年税收收入52.3亿元，其中所得税30.1亿元、企业所得税25.2亿元。",
]

WRONG = [
    "全年税收收入152.3亿元，其中增值税61.7亿元、企业所得税100.4亿元。",
    "全年完成税收收入一百五十二亿元，其中，增值税六十一亿元；企业所得税四十亿元；个人所得税七十亿元。",
    "全县地方税收入完成9.86亿元，其中契税5.31亿元，房产税1.05亿元，城镇土地使用税2.88亿元，印花税1.42亿元。",
    "全市税收收入完成58,600万元。其中增值税32,100万元、个人所得税9,800万元、消费税18,500万元。",
]


@pytest.mark.parametrize("text", CONSISTENT)
def test_consistent_is_silent(text, consistency_rules):
    assert consistency_codes(consistency_rules, text) == []


@pytest.mark.parametrize("text", WRONG)
def test_parts_over_the_tax_revenue_are_flagged(text, consistency_rules):
    assert "LG103" in consistency_codes(consistency_rules, text)


def test_taxes_apart():
    assert taxes_apart(["增值税", "企业所得税", "个人所得税"])
    assert taxes_apart(["国内增值税", "进口环节增值税"])
    assert taxes_apart(["契税收入", "房产税收入"])
    assert exclusive(["增值税", "企业所得税"]) is not None
    assert not taxes_apart(["所得税", "企业所得税"])          # a group and its member
    assert not taxes_apart(["增值税", "增值税"])              # one tax twice
    assert not taxes_apart(["增值税", "非税收入"])
    assert not taxes_apart(["增值税（50%部分）", "企业所得税"])
    assert not taxes_apart(["增值税"])
