"""A share of the GDP whose part is dated by the year its sentence opens with (2002年，…投入3366亿元，占国内生产总值的
比重…), the GDP stated earlier in the report only as the end of a change to that year (国内生产总值从…增加到2002年的…):
the share is over that end (claims.rates._far_whole, _opening_year).  The start of the GDP's change is never the
whole.  Numbers and wordings made up."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]

GDP = "经济平稳较快发展。国内生产总值从2012年的54.0万亿元增加到2017年的82.7万亿元，年均增长7.1%。\n"


def codes(text):
    return [f.rule.code for f in lint_text(text + "\n", RULES, registry=REG)]


GOOD = [
    GDP + "2017年，全国财政性教育经费投入3.42万亿元，占国内生产总值的比重为4.1%。",
    GDP + "2017年，全国财政性教育经费投入3.42万亿元，是2012年的1.5倍，占国内生产总值的比重从4.3%下降到4.1%。",
    GDP + "2017年，国防支出1.02万亿元，占国内生产总值的比重为1.2%左右。",
    GDP + "2017年，全社会研究与试验发展以外的科技投入1.65万亿元，比2012年增长58%，占国内生产总值的比重为2.0%。",
]


@pytest.mark.parametrize("text", GOOD)
def test_consistent_is_silent(text):
    assert codes(text) == []


@pytest.mark.parametrize("i,old,new", [
    (0, "4.1%", "5.1%"),
    (0, "3.42万亿元", "4.42万亿元"),
    (1, "4.1%。", "3.1%。"),
    (0, "82.7万亿元", "62.7万亿元"),
    (3, "2.0%。", "2.6%。"),
])
def test_wrong_share_is_found(i, old, new):
    text = GOOD[i].replace(old, new, 1) if not old.endswith("。") else GOOD[i].replace(old, new)
    assert "LG101" in codes(text)


@pytest.mark.parametrize("text", [
    # the part of another year than the GDP's end: not over it
    GDP + "2016年，全国财政性教育经费投入3.14万亿元，占国内生产总值的比重为5.2%。",
    # no year opening the sentence: the report's GDP of which year is not said
    GDP + "全国财政性教育经费投入3.42万亿元，占国内生产总值的比重为5.2%。",
    # the starting value of the GDP's change is no whole of this year's part
    "国内生产总值从2012年的54.0万亿元增加到2017年的82.7万亿元。\n2012年，全国财政性教育经费投入2.20万亿元，占国内生产总值的比重为4.1%。",
])
def test_other_years_stay_silent(text):
    assert "LG101" not in codes(text)
