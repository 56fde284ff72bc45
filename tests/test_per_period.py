"""A year's total and its mean per day, week or month (LG208 per-period): each statement once consistent (silent) and
once with the mean clearly wrong (found), in both orders and several wordings; means of a peak, a holiday, a change or
another figure, and year-end stocks, stay silent."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]
HEAD = "2024年政府工作报告\n一、2023年工作回顾\n"


def codes(text):
    return sorted({f.code for f in lint_text(HEAD + text + "\n", RULES, registry=REG)})


PAIRS = [
    ("全年接待游客{t}万人次，日均{a}万人次。", "1241", "3.4", "4.4"),
    ("2023年全市日均接待游客{a}万人次，全年接待游客{t}万人次。", "1241", "3.4", "4.6"),
    ("全年受理群众投诉{t}件，月均{a}件。", "1,200", "100", "150"),
    ("全年受理群众投诉{t}件，平均每月受理{a}件。", "1,200", "100", "130"),
    ("全年地铁客运量{t}亿人次，日均客运量{a}万人次。", "18.6", "510", "610"),
    ("全年政务服务大厅办件{t}万件，日均办件{a}件。", "62.5", "2,500", "3,500"),
    ("全年处理市民服务热线来电{t}万件，平均每天{a}件。", "146", "4,000", "8,000"),
    ("2023年全市共发放创业担保贷款{t}笔，周均{a}笔。", "5,200", "100", "130"),
]


@pytest.mark.parametrize("tpl,t,good,bad", PAIRS)
def test_consistent_mean_is_silent(tpl, t, good, bad):
    assert codes(tpl.format(t=t, a=good)) == []


@pytest.mark.parametrize("tpl,t,good,bad", PAIRS)
def test_wrong_mean_is_found(tpl, t, good, bad):
    assert "LG208" in codes(tpl.format(t=t, a=bad))


@pytest.mark.parametrize("text", [
    "全年接待游客1,241万人次，日均客流最高达12万人次。",          # a peak
    "全年接待游客1,241万人次，国庆假期日均接待游客12万人次。",    # a holiday
    "全年接待游客1,241万人次，日均客运量12万人次。",              # another figure
    "2023年末全市机动车保有量365万辆，日均新增1,000辆。",         # a year-end stock and a flow
    "全年新登记市场主体增长21.6%，平均每天新增1.2万户。",          # no total
    "全年接待游客1,241万人次，其中入境游客日均0.3万人次。",       # a part's mean
    "上半年接待游客612万人次，日均3.4万人次。",                    # half a year, not the year
    "全年完成投资312亿元，月均增长8.5%。",                          # a rate
])
def test_other_means_stay_silent(text):
    assert codes(text) == []


def test_finding_shows_the_division():
    text = HEAD + "全年接待游客1241万人次，日均4.4万人次。\n"
    (f,) = [f for f in lint_text(text, RULES, registry=REG) if f.code == "LG208"]
    assert f.evidence["formula"] == "T/365–366"
    assert f.evidence["recomputed"] == pytest.approx(12410000 / 365.5, rel=1e-3)
    assert "1241万人次" in f.message() and "365–366" in f.message()
