"""The average span between things counted over the year (LG108, ``claims.ratios.per_intervals``; validity round 17):
全年共举办各类展会72个，平均每5天一个展会 — the year (365 or 366 days, in the span's unit) over the count stated before it
in the sentence.  Sentences of our own: spans in days, minutes and weeks, written in digits, in words or unwritten
(每周一场); and consistent look-alikes that must stay silent (a part of the year, several years, a plan, a span with no
count, a count of other things beside the right one).  Also the good days of a year over the days monitored (LG101):
a count of good days above 366 in a sentence of one year is no reading at all."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.code == "LG108"]
HEAD = "2024年政府工作报告\n一、2023年工作回顾\n"


def codes(text):
    return sorted({f.code for f in lint_text(HEAD + text + "\n", RULES, registry=REG, path="example.txt")})


FOUND = [
    "全年共举办各类展会94个，平均每5天一个展会。",
    "全年新登记企业15.2万户，平均每5.5分钟诞生一家企业。",
    "全年共举办大型赛事活动26场，平均每周一场。",
    "全年新增上市公司18家，平均每12天就有一家企业上市。",
    "全年新开工项目120个，平均每5天开工一个项目。",
    "去年全区共发生安全生产事故46起，平均每两天一起。",
    "全年共出版社区报24期，平均每月一期。",
]
SILENT = [
    "全年共举办各类展会72个，平均每5天一个展会。",
    "全年新登记企业15.2万户，平均每3.5分钟诞生一家企业。",
    "全年共举办大型赛事活动52场，平均每周一场。",
    "全年新增上市公司18家，平均每20天就有一家企业上市。",
    "全年新开工项目120个，平均每3天开工一个项目。",
    "全年共出版社区报12期，平均每月一期。",
    # (a part of the year: 181 days over 36)
    "上半年共举办展会36个，平均每5天一个展会。",
    # (several years)
    "五年来累计举办展会300个，平均每6天一个。",
    # (a plan)
    "今年力争举办展会100个，平均每3天一个。",
    # (no count stated)
    "平均每5天一个展会。",
    # (two counts: the span fits the one it names, 30 international fairs)
    "全年共举办展会72个，其中国际性展会30个，平均每12天一个国际展会。",
]


@pytest.mark.parametrize("text", FOUND)
def test_found(text):
    assert codes(text) == ["LG108"]


@pytest.mark.parametrize("text", SILENT)
def test_silent(text):
    assert codes(text) == []


# the good days of a year over the days monitored (LG101): more good days than a year has is never a reading
LG101 = [r({}) for r in REG.rules if r.code == "LG101"]


def codes101(text):
    return sorted({f.code for f in lint_text(HEAD + text + "\n", LG101, registry=REG, path="example.txt")})


DAYS_FOUND = [
    "全年空气质量优良天数450天、优良率96.4%。",
    "空气质量优良天数436天，优良率91.8%，PM2.5平均浓度23微克/立方米。",
    "全区环境空气质量优良天数463天，优良率为97.5%。",
    "去年空气质量优良天数374天、优良率79.1%。",
    "全年空气质量优良天数335天、优良率81.8%。",
]
DAYS_SILENT = [
    "全年空气质量优良天数346天、优良率96.4%。",
    "空气质量优良天数335天，优良率91.8%，PM2.5平均浓度23微克/立方米。",
    # (several years: the days add up over them)
    "五年来空气质量优良天数累计1650天、优良率90.4%。",
    "2016—2020年空气质量优良天数1700天，优良率93.1%。",
    "空气质量优良天数年均345天，优良率94.5%。",
]


@pytest.mark.parametrize("text", DAYS_FOUND)
def test_days_found(text):
    assert codes101(text) == ["LG101"]


@pytest.mark.parametrize("text", DAYS_SILENT)
def test_days_silent(text):
    assert codes101(text) == []
