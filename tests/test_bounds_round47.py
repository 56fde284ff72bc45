"""Round 47 (bounds engineer): thresholds passed and comparisons against levels printed elsewhere.

LG105 — a threshold a main indicator passed anywhere in the review (GDP突破700亿元 / 年度固定资产投资突破300亿元, after the
indicator's own growth, joined by 、 to another threshold) against the one value the review gives that indicator
(claims.indicators.passed_levels over the metric index); a threshold any metric passed in a five-year review (粮食产量
跃上500亿斤台阶) against the year's level of the same words; a bound held for years running against the year's level
followed by a deed (119.3万吨、超额完成任务) or before it (1400亿元，连续三年超千亿元); a step verb before a list of
thresholds (连续跨越3000、4000亿元台阶，达到…); 高于全市X%的平均水平 and an approximate level (40%左右，远高于…); a share in tenths of a main indicator (超过全区固定资产投资总额的四成 / 占全区固投比重近九成: claims.indicators.
tenth_shares over the metric index, which also holds a text's GDP when no other indicator is named).
LG209 — 大大低于GDP增长速度 / 增幅仅为3.3% (a degree word, a growth named 增幅); 超过GDP增速.  Phrasings of our own."""
import pytest

from lintgov.claims.indicators import passed_levels
from lintgov.document import Document
from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]

DISTRICT = "政府工作报告\n各位代表：现在，我代表光明区人民政府，向大会报告工作。\n一、2023年工作回顾\n"
PROVINCE = ("2026年政府工作报告\n各位代表：现在，我代表省人民政府，向大会报告工作。\n一、2025年和“十四五”时期工作回顾\n"
            "2025年是“十四五”收官之年。")


def codes(text):
    return [f.code for f in lint_text(text, RULES, registry=REG)]


def _year(gdp="812亿元", fai="356亿元"):
    return DISTRICT + f"全年实现地区生产总值{gdp}，增长6.2%；固定资产投资{fai}，增长8.1%；社会消费品零售总额135亿元。\n"


FOUND = [
    # a threshold of the GDP and of the fixed-asset investment in another sentence of the review
    (_year() + "经济规模再上台阶。GDP突破900亿元，年度固定资产投资突破300亿元。\n", "LG105"),
    (_year() + "经济规模再上台阶。GDP突破800亿元，年度固定资产投资突破400亿元。\n", "LG105"),
    # the threshold opens its clause after the indicator's own growth
    (_year("3812亿元") + "过去五年，地区生产总值年均增长7.5%，连续突破3000亿、4000亿大关。\n", "LG105"),
    # a threshold joined by 、 to a count of steps
    (_year("5912亿元") + "过去五年，经济总量跨过两个千亿元大关、超过6000亿元。\n", "LG105"),
    # a threshold any metric passed in the five-year review, the year's level of the same words
    (PROVINCE + "全年粮食产量486.2亿斤、创历史新高。\n这五年，我们守牢粮食安全底线，粮食产量跃上500亿斤台阶。\n", "LG105"),
    # a bound held for years running, the year's level followed by a deed
    (DISTRICT + "全年粮食总产量92.6万吨、超额完成任务。\n（二）农业\n粮食总产量连续12年保持在100万吨以上。\n", "LG105"),
    # another area's average printed after the comparison; an approximate level
    ("全区森林覆盖率达38.6%，高于全市41.2%的平均水平。", "LG105"),
    ("平均土地贡献率达到25%左右，远高于全市28%的平均水平。", "LG105"),
    # a bound held for years running after the year's level; the step verb before a list of thresholds
    ("全年签约项目186个、协议投资额880亿元，连续三年超千亿元。", "LG105"),
    ("本区生产总值连续跨越3000、4000亿元台阶，达到3926.9亿元。", "LG105"),
    # a share in tenths of a main indicator the review gives elsewhere (the report's own scope taken off)
    (_year() + "城市更新项目完成投资95.6亿元，超过全区固定资产投资总额的三成。\n", "LG105"),
    (_year() + "其中民间投资256亿元、增长9%、占全区固投比重近九成。\n", "LG105"),
    # a GDP-only text: the index holds the GDP
    ("一、2023年工作回顾\n全年实现地区生产总值812亿元，增长6.2%。\n经济规模再上台阶，经济总量突破900亿元。", "LG105"),
    # 超过 as a comparison with the GDP growth
    (DISTRICT + "全年实现地区生产总值增长6.5%。居民人均可支配收入增长5.2%，超过GDP增速。", "LG209"),
    # a degree word before the comparison, a growth named 增幅
    (DISTRICT + "全年实现地区生产总值增长6.5%。全区用水量增幅仅为8.3%，大大低于GDP增长速度。", "LG209"),
]

SILENT = [
    _year() + "经济规模再上台阶。GDP突破800亿元，年度固定资产投资突破300亿元。\n",
    _year("3812亿元") + "过去五年，地区生产总值年均增长7.5%，连续突破2000亿、3000亿大关。\n",
    _year("6212亿元") + "过去五年，经济总量跨过两个千亿元大关、超过6000亿元。\n",
    # a plan's threshold, another area's, a named other year's, an increment, 美元 against 元
    _year() + "力争明年GDP突破900亿元。\n",
    _year() + "光明科学城片区建设提速，片区GDP突破900亿元。\n",
    _year() + "回顾2019年，GDP突破900亿元。\n",
    _year() + "GDP年增量突破100亿元。\n",
    _year() + "出口总额突破900亿美元。\n",
    # the threshold and the level side by side: the neighbours' reading, never twice
    DISTRICT + "地区生产总值突破800亿元，达到812亿元，增长6.2%。\n",
    PROVINCE + "全年粮食产量516.2亿斤、创历史新高。\n这五年，我们守牢粮食安全底线，粮食产量跃上500亿斤台阶。\n",
    # a threshold of another year's plan stated in the review of the span
    PROVINCE + "全年粮食产量486.2亿斤。\n这五年，粮食生产稳定发展，力争到2027年粮食产量跃上500亿斤台阶。\n",
    DISTRICT + "全年粮食总产量112.6万吨、超额完成任务。\n（二）农业\n粮食总产量连续12年保持在100万吨以上。\n",
    # the year's level is one of a list: not read as the bound's
    DISTRICT + "全年粮食总产量92.6万吨、油料产量12.1万吨。\n（二）农业\n粮食总产量连续12年保持在100万吨以上。\n",
    "全年签约项目186个、协议投资额1280亿元，连续三年超千亿元。",
    "本区生产总值连续跨越3000、4000亿元台阶，达到4926.9亿元。",
    _year() + "城市更新项目完成投资115.6亿元，超过全区固定资产投资总额的三成。\n",
    _year() + "其中民间投资306亿元、增长9%、占全区固投比重近九成。\n",
    # the city's total in a district's report, a sum over years
    _year() + "城市更新项目完成投资95.6亿元，超过全市固定资产投资总额的三成。\n",
    _year() + "五年来城市更新项目累计完成投资295.6亿元，超过全区固定资产投资总额的三成。\n",
    "一、2023年工作回顾\n全年实现地区生产总值812亿元，增长6.2%。\n经济规模再上台阶，经济总量突破800亿元。",
    DISTRICT + "全年实现地区生产总值增长6.5%。居民人均可支配收入增长7.2%，超过GDP增速。",
    "全区森林覆盖率达43.6%，高于全市41.2%的平均水平。",
    "平均土地贡献率达到40%左右，远高于全市28%的平均水平。",
    DISTRICT + "全年实现地区生产总值增长6.5%。全区用水量增幅仅为3.3%，大大低于GDP增长速度。",
]


@pytest.mark.parametrize("text,code", FOUND)
def test_found(text, code):
    assert code in codes(text)


@pytest.mark.parametrize("text", SILENT)
def test_silent(text):
    assert not [c for c in codes(text) if c in ("LG105", "LG209")]


def test_passed_levels_pairs_the_index_value():
    doc = Document(_year() + "经济规模再上台阶。GDP突破800亿元，年度固定资产投资突破300亿元。\n")
    got = {(p.name, p.value, doc.text[p.level.start:p.level.end]) for p in passed_levels(doc)}
    assert got == {("GDP", 8e10, "812亿元"), ("固定资产投资", 3e10, "356亿元")}
