"""A report's main indicators stated in one paragraph, their parts in another (round 34, cross engineer): the level a
from–to change of the five-year review reaches in the year reviewed is that year's value of the indicator (地区生产总值
从2020年的…提高到2025年的… against the year's 文化产业增加值); the fixed-asset investment named 固定资产投资完成额, with
基本建设/更新改造投资 among its kinds; a sentence saying a goal was met (圆满完成了…确定的目标任务, 高于年初增长目标) is no
plan.  Phrasings are lintgov's own (round 34 of the validity study holds the real ones); each consistent report stays
silent, each wrong one is found, and the traps stay silent: a goal still to meet (完成今年目标任务), a from–to change
ending in another year, a new-infrastructure investment.  The retail sales and the foreign trade are main indicators as well:
their parts by city and countryside, by the units' size, the catering receipts; the exports, the imports and the trade of
a kind (一般贸易), the exports of a kind of goods — never 网上零售额, 服务贸易 or a bare 出口 named by its clause alone, nor a
part in another currency; nor a whole whose sentence names an area inside the report's (片区…固定资产投资完成额)."""
import pytest

from lintgov.claims.classes import indicator_key, indicator_part
from lintgov.claims.horizons import reached_levels
from lintgov.claims.indicators import indicator_parts
from lintgov.document import Document
from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]

HEAD = "一、2024年工作回顾\n"
PLAN = "\n二、2025年工作安排\n全区地区生产总值力争增长6%。\n"
# a provincial report of 2026: the five-year review and the year's paragraphs
HEAD26 = "2026年政府工作报告\n各位代表：\n现在，我代表省人民政府，向大会报告工作。\n一、2025年和“十四五”时期工作回顾\n"


def five_first(five, year):
    return HEAD26 + "“十四五”时期是极不平凡的五年。" + five + "\n刚刚过去的2025年，我们攻坚克难。" + year + \
        "\n二、2026年工作安排\n全省地区生产总值增长5%左右。\n"


def codes(text):
    return [f.code for f in lint_text(text, RULES, registry=REG)]


# (consistent, wrong): the wrong one makes the part larger than its whole
PAIRS = [
    # the fixed-asset investment named 完成额 in the summary, an area's investment in a later section
    (HEAD + "——经济稳中有进。固定资产投资完成额达826亿元、增长9.5%。\n（三）城区建设提速。重点片区投资完成412亿元，增长12%。" + PLAN,
     HEAD + "——经济稳中有进。固定资产投资完成额达826亿元、增长9.5%。\n（三）城区建设提速。重点片区投资完成1,412亿元，增长12%。" + PLAN),
    # capital construction, a kind of the fixed-asset investment, a paragraph later
    (HEAD + "全社会固定资产投资2,315.8亿元，增长7.2%。\n交通建设提速，全年基本建设投资达到1,106.4亿元。" + PLAN,
     HEAD + "全社会固定资产投资2,315.8亿元，增长7.2%。\n交通建设提速，全年基本建设投资达到3,106.4亿元。" + PLAN),
    # the GDP in a sentence saying the year's goals were met
    (HEAD + "我们圆满完成了区六届人大二次会议确定的目标任务，全年实现地区生产总值1,287.3亿元，增长6.1%。\n"
            "产业升级。全年实现工业增加值602.5亿元。" + PLAN,
     HEAD + "我们圆满完成了区六届人大二次会议确定的目标任务，全年实现地区生产总值1,287.3亿元，增长6.1%。\n"
            "产业升级。全年实现工业增加值1,602.5亿元。" + PLAN),
    # the investment after a growth said to be above its target
    (HEAD + "地区生产总值1,560亿元、增长6.3%，高于年初增长目标；固定资产投资完成额达640亿元。\n投资结构优化，工业投资完成285亿元。" + PLAN,
     HEAD + "地区生产总值1,560亿元、增长6.3%，高于年初增长目标；固定资产投资完成额达640亿元。\n投资结构优化，工业投资完成885亿元。" + PLAN),
    # the GDP the five-year review reaches in 2025, the value added of the year's paragraphs
    (five_first("地区生产总值从2020年的2.41万亿元提高到2025年的3.12万亿元，年均增长5.2%。", "文化产业增加值达2,150亿元、增长7%。"),
     five_first("地区生产总值从2020年的2.41万亿元提高到2025年的3.12万亿元，年均增长5.2%。", "文化产业增加值达3.25万亿元、增长7%。")),
    # …with no year written at the from–to change, and the part reached in the same review
    (five_first("地区生产总值由2.41万亿元增加到3.12万亿元。数字经济核心产业增加值从0.58万亿元提高到0.93万亿元。",
                "城镇新增就业62万人。"),
     five_first("地区生产总值由2.41万亿元增加到3.12万亿元。数字经济核心产业增加值从0.58万亿元提高到3.93万亿元。",
                "城镇新增就业62万人。")),
]

# the retail sales and the foreign trade (社会消费品零售总额, 进出口总额, 出口总额) with their parts by definition
PAIRS += [
    (HEAD + "社会消费品零售总额完成1,286.4亿元，增长5.2%。\n消费提质扩容。限额以上单位消费品零售额512.3亿元，餐饮收入138.6亿元。" + PLAN,
     HEAD + "社会消费品零售总额完成1,286.4亿元，增长5.2%。\n消费提质扩容。限额以上单位消费品零售额1,512.3亿元，餐饮收入138.6亿元。" + PLAN),
    (HEAD + "外贸进出口总额3,284亿元、增长6.8%。\n开放型经济提质。一般贸易进出口1,962亿元，占比提高。" + PLAN,
     HEAD + "外贸进出口总额3,284亿元、增长6.8%。\n开放型经济提质。一般贸易进出口3,962亿元，占比提高。" + PLAN),
    (HEAD + "出口总额达812亿美元，增长4%。\n外贸结构优化，高新技术产品出口405亿美元。" + PLAN,
     HEAD + "出口总额达812亿美元，增长4%。\n外贸结构优化，高新技术产品出口1,005亿美元。" + PLAN),
]

SILENT = [
    # another currency: the exports in dollars are never compared with the trade in yuan
    HEAD + "进出口总额达620亿元。\n外贸出口总额812亿美元。" + PLAN,
    # exports named by their clause alone (software: services, counted apart from the goods trade)
    HEAD + "进出口总额达120亿美元。\n软件业实现产值291亿元，出口135亿美元。" + PLAN,
    # online retail sales hold services and sales elsewhere; the services trade is counted apart from the goods trade
    HEAD + "社会消费品零售总额860亿元。\n网上零售额920亿元，增长15%。" + PLAN,
    HEAD + "外贸进出口总额1,200亿元。\n服务贸易进出口1,450亿元。" + PLAN,
    # an area's investment, its area named as the subject of the sentence: no whole of the district's parts
    HEAD + "前海片区建设提速，改革成效显著。片区地区生产总值520亿元、增长10%，固定资产投资完成额300亿元。\n"
           "投资结构优化，全年工业投资420亿元。" + PLAN,
    # a goal still to meet: the GDP of that sentence is a plan's, not the whole of the year's parts
    HEAD + "力争完成今年目标任务，全年地区生产总值达到1,500亿元。\n全年实现工业增加值1,620亿元。" + PLAN,
    # a from–to change ending in another year than the one reviewed
    five_first("地区生产总值从2015年的1.8万亿元提高到2020年的2.41万亿元。", "先进制造业增加值达2.6万亿元、增长9%。"),
    # new infrastructure holds spending that is no fixed asset
    HEAD + "固定资产投资完成额达640亿元。\n新型基础设施投资700亿元。" + PLAN,
    # the GDP reached as a lower bound (超): no part is provably larger
    five_first("经济总量从2020年的2.4万亿元提高到2025年的超3万亿元。", "文化产业增加值达3.2万亿元。"),
]


@pytest.mark.parametrize("ok,wrong", PAIRS)
def test_consistent_is_silent_and_the_wrong_part_is_found(ok, wrong):
    assert "LG103" not in codes(ok), ok
    assert "LG103" in codes(wrong), wrong


@pytest.mark.parametrize("text", SILENT)
def test_traps_stay_silent(text):
    assert "LG103" not in codes(text), text


def test_names_of_the_fixed_asset_investment_and_its_kinds():
    assert indicator_key("固定资产投资完成额") == "固定资产投资" == indicator_key("全社会固定资产投资")
    assert indicator_part("固定资产投资完成额", "重点片区投资")
    assert indicator_part("全社会固定资产投资", "基本建设投资") and indicator_part("固定资产投资", "更新改造投资")
    assert not indicator_part("固定资产投资完成额", "新型基础设施投资")
    assert indicator_key("全社会消费品零售总额") == "社会消费品零售总额" and indicator_key("外贸进出口总值") == "进出口总额"
    assert indicator_part("社会消费品零售总额", "限额以上单位消费品零售额") and indicator_part("进出口总额", "出口总额")
    assert indicator_part("出口总额", "高新技术产品出口") and not indicator_part("进出口总额", "出口")
    assert not indicator_part("社会消费品零售总额", "网上零售额") and not indicator_part("进出口总额", "服务贸易进出口")


def test_the_level_reached_is_the_years_whole():
    doc = Document(five_first("地区生产总值从2020年的2.41万亿元提高到2025年的3.12万亿元，年均增长5.2%。",
                              "文化产业增加值达2,150亿元、增长7%。"))
    assert [(doc.text[q.start:q.end], w) for q, w in reached_levels(doc)] == [("3.12万亿元", "地区生产总值")]
    got = [(doc.text[ip.whole.start:ip.whole.end], ip.part_name) for ip in indicator_parts(doc)]
    assert got == [("3.12万亿元", "文化产业增加值")]
