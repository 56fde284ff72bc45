"""LG101: the whole of a share read far away (claims.rates._far_whole) is never a total stated for another period,
as a plan, a sum over years or an average (预计完成…, 计划完成…, 累计完成…, 上年…, 上半年…).  Until 2026-12-05
_far_whole read the period labels alone (a pattern defined twice, the later binding ran), so a plan's or a sum's
total was taken as this year's whole: the first four traps below were flagged on main 6c24fd7.  Figures made up;
the shapes are those of the reviews of corpus/full (九大类民生支出…占一般公共预算支出的…)."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def findings(text):
    return [f for f in lint_text(text + "\n", RULES, registry=REG) if f.code == "LG101"]


# a total of another period, a plan or a sum over years before the share: its whole is not stated, stay silent
TRAPS = [
    "一般公共预算支出预计完成74.9亿元。\n民生支出58.6亿元，占一般公共预算支出的90%。",
    "全年一般公共预算支出计划完成74.9亿元。\n民生支出58.6亿元，占一般公共预算支出的90%。",
    "一般公共预算支出累计完成374.9亿元。\n民生支出58.6亿元，占一般公共预算支出的90%。",
    "年初安排一般公共预算支出74.9亿元。\n民生支出58.6亿元，占一般公共预算支出的90%。",
    "上年一般公共预算支出74.9亿元。\n民生支出58.6亿元，占一般公共预算支出的90%。",
    "上半年一般公共预算支出34.9亿元。\n民生支出58.6亿元，占一般公共预算支出的90%。",
]

# this year's total stated before the share: still read, the wrong share still found
FOUND = [
    "全年一般公共预算支出74.9亿元。\n民生支出58.6亿元，占一般公共预算支出的90%。",
    "今年一般公共预算支出74.9亿元。\n民生支出58.6亿元，占一般公共预算支出的90%。",
]


@pytest.mark.parametrize("text", TRAPS)
def test_whole_of_another_period_or_plan_is_not_read(text):
    assert findings(text) == []


@pytest.mark.parametrize("text", FOUND)
def test_this_years_whole_is_read(text):
    fs = findings(text)
    assert len(fs) == 1 and "74.9" in str(fs[0].message())
    assert findings(text.replace("90%", "78.2%")) == []


# a plan's word in the clause before the total names something else (the target the GDP beat; a preliminary estimate
# of the year as a whole): the total is still this year's and the wrong share is found (shapes of 064 and 108)
OWN_CLAUSE = [
    ("全年国内生产总值1908亿元，增长13.2%，高出预期目标1.2个百分点；规模以上工业总产值2880亿元，增长17.4%。\n"
     "高新技术产品产值1321亿元，增长24.1%，占工业总产值的比重达45.9%。", "45.9%", "52.8%"),
    ("初步预计，全年新区实现地区生产总值372亿元，同比增长13%。\n"
     "新能源汽车、生物医药等产业全年实现增加值167.25亿元，占新区地区生产总值的45%。", "45%", "52%"),
]


@pytest.mark.parametrize("text, good, bad", OWN_CLAUSE)
def test_plan_word_of_the_clause_before_leaves_the_total(text, good, bad):
    assert findings(text) == []
    assert len(findings(text.replace(good, bad))) == 1
