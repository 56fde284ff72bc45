"""A sentence opening with the total of the parts stated in the sentences before it, the parts counted by a
demonstrative (这两部分共计…, 此三项合计…: claims.parts.TOTAL_OPENS): they add up to it.  Numbers and wordings made
up, in Chinese and Arabic numerals."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def codes(text):
    return [f.rule.code for f in lint_text(text + "\n", RULES, registry=REG)]


GOOD = [
    "三年来，国家提高粮食收购价格，共计减少财政收入三百四十亿元，增加了农民收入。城镇新增就业人员的工资和奖金，"
    "使国家增加开支二百一十五亿元。这两部分共计减收增支五百五十五亿元，比原来设想的多出三成。",
    "全年减免小微企业税费1,260亿元。对困难行业实行缓缴社会保险费，涉及资金480亿元。这两部分合计1,740亿元。",
    "中央财政下达就业补助资金68亿元。地方财政安排配套资金35亿元。社会捐助资金7亿元。此三项合计110亿元。",
]


@pytest.mark.parametrize("text", GOOD)
def test_consistent_is_silent(text):
    assert codes(text) == []


@pytest.mark.parametrize("i,old,new", [
    (0, "五百五十五亿元", "六百五十五亿元"),
    (0, "二百一十五亿元", "三百一十五亿元"),
    (1, "1,740亿元", "1,840亿元"),
    (2, "35亿元", "45亿元"),
])
def test_wrong_total_is_found(i, old, new):
    assert "LG103" in codes(GOOD[i].replace(old, new))


@pytest.mark.parametrize("text", [
    # as many parts announced as figures given, but the count says three: not read (a part's figure missing)
    "全年减免小微企业税费1,260亿元。对困难行业实行缓缴社会保险费，涉及资金480亿元。这三部分合计2,000亿元。",
    # a total not opening its sentence with the count: not this reading
    "全年减免小微企业税费1,260亿元。缓缴社会保险费480亿元，加上其他措施，全年为企业减负合计2,000亿元。",
])
def test_other_totals_stay_silent(text):
    assert "LG103" not in codes(text)
