"""Shares of the GDP whose whole stands elsewhere in the report (validity round 17, rates engineer, 2026-12-05):

- a figure per person or per km2 (人均GDP超过23万元, 地均) between the GDP and the share is never the share's whole;
- a GDP stated as the end of a change (地区生产总值从2020年的…提高到2025年的… / 由…增至…) is the whole of a part stated the
  same way (the end of a change to the same year); the value before a change never is, nor a plan's (到2030年…);
- R&D spending over the GDP is read with the band of a spending reported a year late or over a revised GDP (×0.95–1.15
  of the ratio), never for the two ends of a change;
- a GDP stated only after the share (the opening summary before the figures) is its whole when every statement of the
  report's GDP gives one value;
- a lower bound right before a share of the GDP (研发经费支出超过2500亿元、占…) is its part: the share is at least the bound
  over the GDP (never a threshold passed, 突破八百亿元大关); figures per km2 and the later values of a 分别 list the GDP's
  name opens are no GDP.

Each part: sentences of our own that must be found, and consistent look-alikes that must stay silent."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.code == "LG101"]
HEAD = "2024年政府工作报告\n一、2023年工作回顾\n"


def codes(text):
    return sorted({f.code for f in lint_text(HEAD + text + "\n", RULES, registry=REG, path="example.txt")})


# the per-unit figure between the GDP and the share (人均GDP超过…, 地均…, 人均地区生产总值约…)
PER_UNIT_FOUND = [
    "全区实现地区生产总值1850.6亿元，增长6.1%，人均GDP超过18万元。全年进出口总额620.3亿美元。软件业实现增加值402.7亿元，增长9%，占地区生产总值比重达25.6%。",
    "本县生产总值386.2亿元，人均地区生产总值约7.1万元。外贸出口52亿美元。旅游业增加值41.3亿元，占地区生产总值比重达13.9%。",
    "初步核算，全市地区生产总值2960亿元，地均GDP超过30亿元。全年实际使用外资8.2亿美元。数字经济核心产业增加值530亿元，占地区生产总值比重达22.1%。",
    "实现地区生产总值3256.24亿元，同比增长9.0%，人均GDP超过23万元。实现进出口总额1186.55亿美元。金融业实现增加值1109.49亿元，增长13.2%，占地区生产总值比重达39.2%。",
    "全市地区生产总值4210亿元，每平方公里产出GDP超过10亿元。口岸进出口总额860亿美元。海洋经济增加值640亿元，占地区生产总值比重达19.5%。",
]
PER_UNIT_SILENT = [
    "全区实现地区生产总值1850.6亿元，增长6.1%，人均GDP超过18万元。全年进出口总额620.3亿美元。软件业实现增加值402.7亿元，增长9%，占地区生产总值比重达21.8%。",
    "本县生产总值386.2亿元，人均地区生产总值约7.1万元。外贸出口52亿美元。旅游业增加值41.3亿元，占地区生产总值比重达10.7%。",
    "初步核算，全市地区生产总值2960亿元，地均GDP超过30亿元。全年实际使用外资8.2亿美元。数字经济核心产业增加值530亿元，占地区生产总值比重达17.9%。",
    "全市地区生产总值4210亿元，每平方公里产出GDP超过10亿元。口岸进出口总额860亿美元。海洋经济增加值640亿元，占地区生产总值比重达15.2%。",
]

# the GDP stated as the end of a change
CHANGE_END_FOUND = [
    "地区生产总值从2020年的2.83万亿元提高到2025年的3.87万亿元，年均增长5.5%。战略性新兴产业增加值从2020年的1.03万亿元提高到2025年的1.67万亿元，占地区生产总值比重提高至49.5%。",
    "地区生产总值由2.83万亿元增至3.87万亿元。数字经济核心产业增加值由0.6万亿元增至0.9万亿元，占地区生产总值比重提高到31.5%。",
    "全区地区生产总值由2015年的680亿元增加到2020年的1080亿元。\n海洋经济增加值由2015年的120亿元增加到2020年的215亿元，占地区生产总值的比重提升至25.9%。",
    "五年来，GDP由4200亿元增至5600亿元。先进制造业增加值由1100亿元增至1650亿元，占地区生产总值比重提高到35.2%。",
    "全市生产总值从2019年的960亿元提升到2024年的1350亿元。文化产业增加值从2019年的52亿元提升到2024年的88亿元，占地区生产总值比重达到8.5%。",
]
CHANGE_END_SILENT = [
    "地区生产总值从2020年的2.83万亿元提高到2025年的3.87万亿元，年均增长5.5%。战略性新兴产业增加值从2020年的1.03万亿元提高到2025年的1.67万亿元，占地区生产总值比重提高至43.0%。",
    # (the value before the change is no whole: 0.9/2.83 = 31.8%, 0.9/3.87 = 23.3%)
    "地区生产总值由2.83万亿元增至3.87万亿元。数字经济核心产业增加值由0.6万亿元增至0.9万亿元，占地区生产总值比重提高到23.3%。",
    "全区地区生产总值由2015年的680亿元增加到2020年的1080亿元。\n海洋经济增加值由2015年的120亿元增加到2020年的215亿元，占地区生产总值的比重提升至19.9%。",
    # (the part's change ends in another year than the GDP's: not the same period)
    "地区生产总值从2020年的2.83万亿元提高到2025年的3.87万亿元。战略性新兴产业增加值从2019年的0.9万亿元提高到2024年的1.5万亿元，占地区生产总值比重提高至49.5%。",
    # (a plan's GDP is not the year's)
    "到2030年，地区生产总值由3.87万亿元提高到5万亿元。战略性新兴产业增加值达到2.5万亿元，占地区生产总值比重提高至60%。",
]

# R&D spending over the GDP: the band of the year before
RD_FOUND = [
    "全省地区生产总值达13.57万亿元、增长4.8%。全省研发经费支出约4600亿元、占地区生产总值比重达6.39%。",
    "全市生产总值3200亿元，增长5.2%。全社会研发投入145亿元，占地区生产总值比重达6.1%。",
    "全县地区生产总值3800亿元。研究与试验发展经费支出98亿元，占GDP比重为2.1%。",
    "全区地区生产总值1420亿元，增长7%。全社会R&D经费投入52亿元，占地区生产总值的比重为5.2%。",
    "全市地区生产总值2600亿元。科研经费投入75亿元，占地区生产总值比重达到1.9%。",
]
RD_SILENT = [
    "全省地区生产总值达13.57万亿元、增长4.8%。全省研发经费支出约4600亿元、占地区生产总值比重达3.39%。",
    # (2800/107700 = 2.60%: a spending of the year before over that year's GDP gives 2.8%)
    "全省地区生产总值达10.77万亿元、增长6.2%。预计全省研发经费支出2800亿元、占地区生产总值比重达2.8%。",
    "全市生产总值3200亿元，增长5.2%。全社会研发投入145亿元，占地区生产总值比重达4.9%。",
    "全县地区生产总值3800亿元。研究与试验发展经费支出98亿元，占GDP比重为2.5%。",
    # (the two ends of a change: the report's GDP of the start year is no whole of the end's share)
    "全市地区生产总值2015年为2500亿元，2020年超过3600亿元。全社会研发经费从80亿元增加到145亿元，占地区生产总值比重从3.2%提高到4.0%。",
]

# the GDP stated only after the share
AFTER_FOUND = [
    "全省研发经费支出约4600亿元、占地区生产总值比重达6.39%，区域创新综合能力连续7年全国第一。\n　　这一年，地区生产总值达到13.57万亿元、增长4.8%。",
    "全市海洋经济增加值达到312亿元、占地区生产总值比重达12.5%。\n　　全年地区生产总值2300亿元，增长6%。",
    "全年文化产业增加值达到96.5亿元，占地区生产总值比重达6.8%。\n　　全区地区生产总值1850亿元，增长5%。",
    "数字经济核心产业增加值突破，达到412亿元，占地区生产总值比重达19.0%。\n　　全县实现地区生产总值2630亿元，比上年增长6.3%。",
    "旅游业增加值48.2亿元，占地区生产总值比重达9.9%。\n　　本县生产总值612.5亿元，增长5.5%。",
]
AFTER_SILENT = [
    "全省研发经费支出约4600亿元、占地区生产总值比重达3.39%，区域创新综合能力连续7年全国第一。\n　　这一年，地区生产总值达到13.57万亿元、增长4.8%。",
    "全年文化产业增加值达到96.5亿元，占地区生产总值比重达5.2%。\n　　全区地区生产总值1850亿元，增长5%。",
    # (two GDP values stated after the share: which one is its whole is not ours to guess)
    "全市海洋经济增加值达到312亿元、占地区生产总值比重达12.5%。\n　　全年地区生产总值2300亿元，增长6%。\n　　上年地区生产总值2170亿元。",
    # (a plan's GDP is never a whole)
    "旅游业增加值48.2亿元，占地区生产总值比重达9.9%。\n　　明年地区生产总值预期达到612.5亿元。",
]


# a lower bound as the part of a share of the GDP
BOUND_FOUND = [
    "全省地区生产总值达9.73万亿元、同比增长6.8%。全省研发经费支出超过3250亿元、占地区生产总值比重达2.65%。",
    "初步核算，2016年本市生产总值19492.6亿元，同比增长9%。全社会研发投入超过1040亿元，占GDP比重提高至4.1%。",
    "全市地区生产总值3200亿元。数字经济核心产业增加值超过800亿元，占地区生产总值比重达20.5%。",
    "全区地区生产总值1560亿元，增长5.8%。海洋经济增加值突破400亿元，占地区生产总值比重达22.1%。",
    "全县生产总值420亿元。旅游业增加值逾60亿元，占地区生产总值比重为12.1%。",
]
BOUND_SILENT = [
    "全省地区生产总值达9.73万亿元、同比增长6.8%。全省研发经费支出超过2500亿元、占地区生产总值比重达2.65%。",
    "初步核算，2016年本市生产总值19492.6亿元，同比增长9%。全社会研发投入超过800亿元，占GDP比重提高至4.1%。",
    "全市地区生产总值3200亿元。数字经济核心产业增加值超过800亿元，占地区生产总值比重达28.5%。",
    # (a threshold passed is no part)
    "全市地区生产总值3200亿元。数字经济核心产业增加值突破八百亿元大关，占地区生产总值比重达20.5%。",
    # (figures per km2 are no GDP: 643/2.8亿 is no reading)
    "全市每平方公里产出GDP、财政收入分别达8亿元和2.8亿元。全社会研发投入达到643亿元，占GDP的4.02%。",
]


@pytest.mark.parametrize("text", PER_UNIT_FOUND + CHANGE_END_FOUND + RD_FOUND + AFTER_FOUND + BOUND_FOUND)
def test_found(text):
    assert codes(text) == ["LG101"]


@pytest.mark.parametrize("text", PER_UNIT_SILENT + CHANGE_END_SILENT + RD_SILENT + AFTER_SILENT + BOUND_SILENT)
def test_silent(text):
    assert codes(text) == []


def test_bounded_part_evidence_is_json():
    """a share at least the bound over the GDP: the finding says so (≥…) and its evidence has no infinity (JSON)"""
    import json
    text = HEAD + "全市地区生产总值3200亿元。数字经济核心产业增加值超过800亿元，占地区生产总值比重达20.5%。\n"
    found = [f for f in lint_text(text, RULES, registry=REG, path="example.txt")]
    assert len(found) == 1
    # (800 at least, 3200 exact to its digits since 63d6ef3: 800 / 3200.5 = 24.996%, shown to two decimals)
    assert "≥25.00%" in found[0].message("en")
    json.dumps(found[0].evidence, allow_nan=False)


# digit groups (main f3646ba, task 0 of round 22): a rewrite that only groups the digits of a figure (1,800 / １，８００ /
# 1\u202f800 / 1\u2009800) reads as the ungrouped text does — the R&D change ends 从1,800亿元增加到3,200亿元 were read as a
# level over the GDP (the words before 3,200 were cut at the group comma, so 研发 was never seen)
GROUPED_RD_SILENT = "全省地区生产总值达到7.5万亿元。\n全省研发经费支出从1800亿元增加到3200亿元，占地区生产总值比重从2.4%提高到2.9%。"
GROUPED_RD_FOUND = "全省地区生产总值达到7.5万亿元。\n全省研发经费支出达到3200亿元，占地区生产总值比重达到6.9%。"
_SEPARATORS = [",", "\u202f", "\u2009", "fullwidth"]
_FW = str.maketrans("0123456789.", "０１２３４５６７８９．")


def grouped(text, sep):
    """``text`` with every figure of four or more digits grouped by threes (years, 2025年, are left as they are)."""
    import re

    def one(m):
        whole, frac = m.group(1), m.group(2) or ""
        head = len(whole) % 3 or 3
        parts = [whole[:head]] + [whole[i:i + 3] for i in range(head, len(whole), 3)]
        if sep == "fullwidth":
            return "，".join(parts).translate(_FW) + frac.translate(_FW)
        return sep.join(parts) + frac
    out = re.sub(r"(?<![\d.])(\d{4,})(\.\d+)?(?![\d年])", one, text)
    assert out != text
    return out


@pytest.mark.parametrize("sep", _SEPARATORS)
def test_grouped_change_ends_of_rd_are_silent(sep):
    assert codes(GROUPED_RD_SILENT) == []
    assert codes(grouped(GROUPED_RD_SILENT, sep)) == []


@pytest.mark.parametrize("sep", _SEPARATORS)
def test_grouped_rd_level_is_found(sep):
    assert codes(GROUPED_RD_FOUND) == ["LG101"]
    assert codes(grouped(GROUPED_RD_FOUND, sep)) == ["LG101"]


_GROUPABLE = [t for t in PER_UNIT_FOUND + CHANGE_END_FOUND + RD_FOUND + AFTER_FOUND + BOUND_FOUND
              + PER_UNIT_SILENT + CHANGE_END_SILENT + RD_SILENT + AFTER_SILENT + BOUND_SILENT
              if __import__("re").search(r"(?<![\d.])\d{4,}(?![\d年])", t)]


@pytest.mark.parametrize("sep", _SEPARATORS)
@pytest.mark.parametrize("text", _GROUPABLE)
def test_grouped_reads_as_ungrouped(text, sep):
    assert codes(grouped(text, sep)) == codes(text)


# one reading of the GDP for LG101 and LG103 (lintgov.claims.indicators.gdp_figures, round 22): the level after the
# thresholds it passed is the whole of a share; the ocean economy's 海洋生产总值 never is
GDP_READ_FOUND = [
    "本市生产总值连续跨越3000、4000亿元台阶，达到4926.9亿元。高新技术产品增加值1400亿元，占本市生产总值31.4%。",
    "全区地区生产总值突破两千亿元大关，达2,105亿元。数字经济核心产业增加值520亿元，占地区生产总值比重达28.7%。",
]
GDP_READ_SILENT = [
    "本市生产总值连续跨越3000、4000亿元台阶，达到4926.9亿元。高新技术产品增加值1400亿元，占本市生产总值28.4%。",
    "全区地区生产总值突破两千亿元大关，达2,105亿元。数字经济核心产业增加值520亿元，占地区生产总值比重达24.7%。",
    # (the ocean economy's output is no GDP: 900/5200 would be 17.3%; the report's GDP is not stated here)
    "全省海洋生产总值5200亿元，增长8%。海洋装备制造业增加值900亿元，占地区生产总值比重达2.5%。",
]


@pytest.mark.parametrize("text", GDP_READ_FOUND)
def test_gdp_read_found(text):
    assert codes(text) == ["LG101"]


@pytest.mark.parametrize("text", GDP_READ_SILENT)
def test_gdp_read_silent(text):
    assert codes(text) == []
