"""LG103 over :func:`lintgov.claims.indicators.indicator_parts` and the 分别 lists of
:func:`lintgov.claims.stocks.implied_parts`: the value added of an industry or group of the economy is part of the GDP,
advanced manufacturing part of the above-scale industry, the investment of a kind part of the fixed-asset investment,
technical renovation part of the industrial investment — wherever the review states them (sentences or paragraphs
apart, before or after, in a 分别 list), against the one value the review gives the main indicator.  Phrasings are
lintgov's own (round 16 and round 13 of the validity study hold the real ones); the traps stay silent: a whole stated
with two values, a whole of another period or scope, a plan, a bound, an output or revenue (not value added), a
per-capita figure, a threshold or a new-infrastructure investment."""
import pytest

from lintgov.claims.classes import indicator_key, indicator_part, indicator_words
from lintgov.claims.indicators import indicator_parts
from lintgov.document import Document
from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def codes(text):
    return [f.code for f in lint_text(text, RULES, registry=REG)]


HEAD = "一、2023年工作回顾\n"
PLAN = "\n二、2024年工作安排\n全区地区生产总值力争增长6%。\n"

# (consistent, wrong): the wrong one changes the part (or the whole) so that the part exceeds the whole
PAIRS = [
    # an industry's value added a paragraph after the GDP
    ("全年实现地区生产总值1,450.6亿元，增长6.2%。\n金融产业提质增效。预计金融业增加值520亿元左右、增长5%。",
     "全年实现地区生产总值1,450.6亿元，增长6.2%。\n金融产业提质增效。预计金融业增加值1,520亿元左右、增长5%。"),
    # the value added before the GDP, sentences apart
    ("数字经济核心产业增加值达到312.4亿元。消费市场回暖。全区GDP完成905.3亿元，同比增长5.1%。",
     "数字经济核心产业增加值达到1,312.4亿元。消费市场回暖。全区GDP完成905.3亿元，同比增长5.1%。"),
    # 实现 inside the name, the GDP named 本区生产总值
    ("本区生产总值812亿元，增长7%。文化产业实现增加值96.5亿元，占比提高。",
     "本区生产总值812亿元，增长7%。文化产业实现增加值896.5亿元，占比提高。"),
    # advanced manufacturing within the above-scale industry (both far below the GDP)
    ("地区生产总值6,200亿元。实现规上工业增加值1,420亿元，增长8.1%。高技术制造业增加值960亿元。",
     "地区生产总值6,200亿元。实现规上工业增加值1,420亿元，增长8.1%。高技术制造业增加值1,960亿元。"),
    # technical renovation sentences after the industrial investment
    ("固定资产投资总额完成640亿元，增长9%；工业投资175亿元、增长31%。新开工项目42个。全年技改投资68亿元，增长12%。",
     "固定资产投资总额完成640亿元，增长9%；工业投资175亿元、增长31%。新开工项目42个。全年技改投资268亿元，增长12%。"),
    # a kind of investment a paragraph before its whole
    ("民间投资完成215亿元。\n投资结构优化，全年完成固定资产投资530亿元。",
     "民间投资完成715亿元。\n投资结构优化，全年完成固定资产投资530亿元。"),
    # a 分别 list of the industrial investment and its technical renovation
    ("全年工业投资、工业技改投资分别为26.40亿元、9.75亿元。",
     "全年工业投资、工业技改投资分别为26.40亿元、29.75亿元。"),
    # a sector within the tertiary industry (below the GDP either way)
    ("全区生产总值1,210.5亿元，第三产业增加值702.3亿元。全年金融业增加值215.8亿元，房地产业增加值96.4亿元。",
     "全区生产总值1,210.5亿元，第三产业增加值702.3亿元。全年金融业增加值815.8亿元，房地产业增加值96.4亿元。"),
    ("服务业增加值412亿元，增长6%。现代服务业增加值实现268亿元。",
     "服务业增加值412亿元，增长6%。现代服务业增加值实现468亿元。"),
    # the value added in a county's 万元
    ("全县生产总值1,385,600万元。全年完成工业增加值512,300万元。",
     "全县生产总值1,385,600万元。全年完成工业增加值1,512,300万元。"),
]

SILENT = [
    # the GDP stated with two values in the review (a revision, another scope): no one whole
    "地区生产总值905.3亿元。按新口径，地区生产总值1,020亿元。金融业增加值980亿元。",
    # a whole of another period or another area
    "2019年地区生产总值850亿元。全年金融业增加值980亿元。",
    "全区地区生产总值905亿元。全市金融业增加值4,800亿元，占全省的三成。",
    # a bound as the whole (超): no part is provably larger
    "全区地区生产总值超900亿元。现代服务业增加值超950亿元。",
    # a plan: next year's value is no value of the review's period
    HEAD + "地区生产总值905.3亿元。" + "\n二、2024年工作安排\n力争战略性新兴产业增加值达到1,000亿元。\n",
    # an output or a revenue is not value added; a per-capita figure; a new-infrastructure investment
    "地区生产总值905.3亿元。规上工业总产值3,200亿元。",
    "地区生产总值905.3亿元。规上服务业营业收入1,150亿元。",
    "固定资产投资530亿元。新型基础设施投资600亿元。",
    # a threshold qualifying projects, not an investment of a kind
    "固定资产投资530亿元。新开工工业投资10亿元以上项目12个。",
    # industry against the secondary industry or all industry: two statistical sources (a county's communiqué)
    "第二产业增加值526,858万元。全年完成工业增加值544,350万元，其中规模以上工业增加值530,000万元。",
    "全年工业增加值412亿元。规上工业增加值420亿元。",
    # a five-year sum of a part against one year's whole
    "固定资产投资530亿元。五年累计完成工业投资1,380亿元。",
]


@pytest.mark.parametrize("ok,wrong", PAIRS)
def test_consistent_is_silent_and_the_wrong_part_is_found(ok, wrong):
    assert "LG103" not in codes(HEAD + ok + PLAN), ok
    assert "LG103" in codes(HEAD + wrong + PLAN), wrong


@pytest.mark.parametrize("text", SILENT)
def test_traps_stay_silent(text):
    assert "LG103" not in codes(text), text


def test_names_and_keys():
    assert indicator_words("全年完成固定资产投资") == "固定资产投资"
    assert indicator_words("金融业预计实现增加值约") == "金融业增加值"
    assert indicator_key("地区生产总值（GDP）") == "GDP" and indicator_key("本市生产总值") == "GDP"
    assert indicator_key("工业技改投资") is None
    assert indicator_part("地区生产总值", "战略性新兴产业增加值")
    assert indicator_part("工业投资", "技改投资") and indicator_part("固定资产投资总额", "技改投资")
    assert indicator_part("规上工业增加值", "先进制造业增加值")
    assert not indicator_part("地区生产总值", "人均增加值")
    assert not indicator_part("地区生产总值", "规上工业总产值")
    assert not indicator_part("固定资产投资", "新型基础设施投资")
    assert not indicator_part("工业投资", "基础设施投资")


def test_reader_pairs_a_part_with_the_one_whole():
    doc = Document(HEAD + "全区地区生产总值1,080亿元。规上工业增加值691亿元。战略性新兴产业增加值653亿元。" + PLAN)
    got = [(ip.whole_name, ip.part_name) for ip in indicator_parts(doc)]
    assert ("地区生产总值", "规上工业增加值") in got and ("地区生产总值", "战略性新兴产业增加值") in got
    assert not indicator_parts(Document("规上工业增加值691亿元。战略性新兴产业增加值653亿元。"))  # no whole stated


# the one reading of the GDP (lintgov.claims.indicators.gdp_statements, round 22): the GDP's level after the threshold
# it passed or its growth, or a lower bound (超…: no part is provably larger, SILENT above); never the ocean economy's
# 海洋生产总值
GDP_PAIRS = [
    # the level after the threshold passed (突破…大关，达…)
    ("辖区地区生产总值突破三千亿元大关，达3,126.5亿元，增长6.8%。\n金融业实现增加值1,210亿元，增长7.1%。",
     "辖区地区生产总值突破三千亿元大关，达3,126.5亿元，增长6.8%。\n金融业实现增加值3,210亿元，增长7.1%。"),
    # the level after the GDP's own growth
    ("地区生产总值增长5.2%，达到1,876亿元。\n战略性新兴产业增加值720亿元，增长9.4%。",
     "地区生产总值增长5.2%，达到1,876亿元。\n战略性新兴产业增加值1,920亿元，增长9.4%。"),
]
GDP_SILENT = [
    # the ocean economy's output is no GDP (a part above it is not above the GDP)
    "全省海洋生产总值达1.2万亿元。先进制造业增加值1.6万亿元，增长9%。",
]


@pytest.mark.parametrize("ok,wrong", GDP_PAIRS)
def test_gdp_read_once_for_the_parts(ok, wrong):
    assert "LG103" not in codes(HEAD + ok + PLAN), ok
    assert "LG103" in codes(HEAD + wrong + PLAN), wrong


@pytest.mark.parametrize("text", GDP_SILENT)
def test_gdp_look_alikes_stay_silent(text):
    assert codes(HEAD + text + PLAN) == [], text


def test_gdp_statements_read_levels_and_bounds():
    from lintgov.claims.indicators import gdp_figures, gdp_statements
    doc = Document(HEAD + "全省海洋生产总值达1.2万亿元。辖区地区生产总值突破三千亿元大关，达3,126.5亿元。"
                   "地区生产总值超3,000亿元。每平方公里产出GDP达8亿元。\n")
    got = [(doc.text[q.start:q.end], exact) for q, exact in gdp_statements(doc)]
    assert got == [("达3,126.5亿元", True), ("超3,000亿元", False)]
    assert [doc.text[q.start:q.end] for q in gdp_figures(doc)] == ["达3,126.5亿元"]
