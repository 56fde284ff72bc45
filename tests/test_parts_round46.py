"""LG103, round 46 (parts engineer): parts and wholes stated apart or in stages.  Phrasings are lintgov's own.

- a key area's investment (中心区, 新城, 重点区域, 产业带, a hyphen-joined or quoted name) is part of the report's
  fixed-asset investment stated in another paragraph (``claims.classes`` _INDICATOR_PARTS, ``claims.indicators``);
  the whole may be named 固定资产投资规模, and a goal met ahead of time (提前三年实现翻一番目标) is no plan;
- additions within a stock: 新入库 enterprises, a total reached in a named year (2020年公园总数), a total named by the
  added thing's own name after a clause with no figure (``claims.stocks.additions``);
- stages of one list: what is to be finished (力争完成 / 年内完工) out of what is begun (启动 / 全面动工)
  (``claims.classes.later_stage``) — never completions against new starts (新开工…，力争竣工…)."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.code == "LG103"]
HEAD = "2019年政府工作报告\n各位代表：\n现在，我代表区人民政府，向大会报告工作。\n一、2018年工作回顾\n"
PLAN = "\n二、2019年工作安排\n地区生产总值增长7%左右。\n"


def codes(text):
    return [f.code for f in lint_text(text, RULES, registry=REG)]


AREA = [
    ("全年完成固定资产投资620亿元，增长18.5%。\n片区建设提速。中心区完成投资{}亿元，滨海新城完成投资96亿元。", "128", "728"),
    ("全年完成固定资产投资620亿元，增长18.5%。\n重点片区建设提速。滨海新城完成投资{}亿元。", "96", "696"),
    ("初步核算，全区地区生产总值2150.3亿元，固定资产投资规模410.6亿元。\n东湖-西岭片区全年完成投资{}亿元，同比增长12%。",
     "135.2", "435.2"),
    ("全区地区生产总值3120.5亿元，增长8.1%，提前三年实现翻一番目标；固定资产投资总额880.4亿元，增长16.0%。\n"
     "“3+1”重点区域完成年度固定资产投资{}亿元，增长31.2%。", "302.7", "902.7"),
]


@pytest.mark.parametrize("body,ok,wrong", AREA)
def test_a_key_areas_investment_within_the_fixed_asset_investment(body, ok, wrong):
    assert "LG103" not in codes(HEAD + body.format(ok) + PLAN)
    assert "LG103" in codes(HEAD + body.format(wrong) + PLAN)


def test_an_areas_cumulative_or_planned_investment_is_no_part_of_the_year():
    body = "全年完成固定资产投资620亿元。\n滨海新城累计完成投资900亿元，中心区计划投资700亿元。"
    assert "LG103" not in codes(HEAD + body + PLAN)


ADDITIONS = [
    ("预计新入库“四上”企业{}家，总数达3150家。", "860", "3860"),
    ("新建{}座公园，改造提升40座公园，2020年公园总数达到138座。", "18", "180"),
    ("全年新建公园{}个，同步配建健身步道和儿童游乐设施，公园总数达到196个。", "37", "237"),
]


@pytest.mark.parametrize("body,ok,wrong", ADDITIONS)
def test_additions_within_the_stock(body, ok, wrong):
    assert "LG103" not in codes(HEAD + body.format(ok))
    assert "LG103" in codes(HEAD + body.format(wrong))


@pytest.mark.parametrize("body", [
    "全年新建公园370个，同步配建健身步道，绿道总长度达到196公里。",      # another measure
    "新增充电站860个、充电桩2.1万个，累计建成超充站120座。",             # a kind of the added, not its total
    "新建公园37个，改造提升40座公园，2015年公园总数达到30座。",            # a total of an earlier year
])
def test_additions_beside_another_stock_stay_silent(body):
    assert "LG103" not in codes("2021年政府工作报告\n一、2020年工作回顾\n" + body)


STAGES = [
    ("完成2家社康标准化改造，启动11家环境提升项目，力争完成{}家。", "7", "17"),
    ("东部片区36个项目全面动工，年内完工{}个。", "15", "45"),
    ("完成60个试点台区老旧电气改造，投入18亿元启动剩余820个台区改造，年内再完成{}个。", "160", "1600"),
]


@pytest.mark.parametrize("body,ok,wrong", STAGES)
def test_what_is_finished_out_of_what_is_begun(body, ok, wrong):
    assert "LG103" not in codes(HEAD + body.format(ok))
    assert "LG103" in codes(HEAD + body.format(wrong))


@pytest.mark.parametrize("body", [
    "新开工人才安居房和保障性住房380套，力争竣工920套。",       # completions of earlier starts
    "启动8个城中村、力争完成15个老住宅区环境提升项目。",          # another kind named after the count
    "新开工道路9条、完工18条、打通断头路6条以上。",               # completions of roads begun before
    "启动12个地面坍塌隐患整治项目，完成96个内涝点整治。",
    "启动12个城中村综合整治，将完成30个。",                      # no word of the year or the plan: not read
])
def test_completions_of_other_things_stay_silent(body):
    assert "LG103" not in codes(HEAD + body)
