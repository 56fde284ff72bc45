"""An average over years whose two levels are stated in different sentences of a paragraph, each with its year
(rules/spans.py _levels_apart_findings): consistent silent, wrong found; and the readings that must stay silent — a
span in words that disagrees with the years, another metric, a plan, real growth, two candidate first levels."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]
GWR = "2024年政府工作报告\n一、2023年工作回顾\n"


def codes(text):
    return sorted({f.code for f in lint_text(text + "\n", RULES, registry=REG)})


CASES = [
    # compound growth: (117.8/80.2)^(1/5) − 1 = 8.0%
    ("2018年全市地方一般公共预算收入为80.2亿元。2023年地方一般公共预算收入达到117.8亿元，五年年均增长{x}%。", "8", "12"),
    ("2018年全市接待游客812.4万人次。2023年全市接待游客1195.6万人次，年均增长{x}%。", "8.0", "10.0"),
    ("2018年，全市实有市场主体41236户。2023年，全市实有市场主体达到60592户，年均增长{x}%。", "8.0", "6.0"),
    # arithmetic mean of a change: (362.4 − 312.4)/4 = 12.5
    ("2019年全市常住人口为312.4万人。2023年末全市常住人口362.4万人，平均每年增加{x}万人。", "12.5", "15.5"),
    ("2020年全市建成区绿地面积为2864公顷。2023年建成区绿地面积3185公顷，年均增加{x}公顷。", "107", "127"),
    # the second of two averages in one sentence, after ；
    ("2018年全市接待游客812.4万人次，旅游收入90.1亿元。2023年全市接待游客1195.6万人次，年均增长8.0%；"
     "旅游收入132.4亿元，年均增长{x}%。", "8.0", "10.0"),
]


@pytest.mark.parametrize("tpl,good,bad", CASES)
@pytest.mark.parametrize("head", ["", GWR])
def test_an_average_over_levels_in_other_sentences(tpl, good, bad, head):
    assert codes(head + tpl.format(x=good)) == [], tpl.format(x=good)
    assert "LG208" in codes(head + tpl.format(x=bad)), tpl.format(x=bad)


@pytest.mark.parametrize("text", [
    # 四年 in words against levels five years apart: another span than the years say
    "2018年全市地方一般公共预算收入为80.2亿元。2023年地方一般公共预算收入达到117.8亿元，四年年均增长12%。",
    # a narrower metric (入境游客) is not the same metric
    "2018年全市接待入境游客12.4万人次。2023年全市接待游客1195.6万人次，年均增长9.0%。",
    # a plan, not a statement of what was reached
    "2018年全市接待游客812.4万人次。2023年全市接待游客1195.6万人次，力争年均增长10.0%。",
    # real growth of GDP is not recomputed from nominal levels
    "2018年全市地区生产总值为802亿元。2023年全市地区生产总值1178亿元，年均增长6.5%。",
    # two different first levels of the metric: which one is meant is unclear
    "2018年全市接待游客812.4万人次，2018年全市接待游客790.2万人次。2023年全市接待游客1195.6万人次，年均增长10.0%。",
    # comparable prices: not from these levels
    "2018年全市工业总产值802亿元。按可比价格计算，2023年全市工业总产值1178亿元，年均增长6.5%。",
])
def test_readings_that_stay_silent(text):
    assert codes(GWR + text) == [], text
