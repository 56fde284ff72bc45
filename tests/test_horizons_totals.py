"""The year's figure inside a span's total stated in a summary paragraph (:mod:`lintgov.claims.horizons`): the
paragraph that says the year closes the plan and goes on to review the plan (收官之年。…目标任务圆满完成 / 经过5年),
a year's heading that makes good a 短板 (an achievement, not a problems paragraph), the “十五” plan (2001–2005), and
the names of one metric stated two ways (五年生产原煤 / 原煤产量, 吸引 / 引进外商直接投资, 各类违建 / 违建, “十五”期间).
The phrasings are lintgov's own; each consistent report stays silent, each wrong one is found once."""
import pytest

from lintgov.claims.horizons import horizons, span_parts
from lintgov.document import Document
from horizon_reports import codes

HEAD_2021 = "2021年政府工作报告\n各位代表：\n现在，我代表区人民政府，向大会报告工作。\n一、2020年工作回顾\n"


def closing(year, five, goes_on="经过全区上下共同努力，“十三五”目标任务圆满完成。"):
    """A district report of 2021: the year's paragraphs (一年来…), then a paragraph saying 2020 closed the plan that goes
    on to review the plan (``goes_on``), then the plan's summary in dashed paragraphs (``five``)."""
    return (HEAD_2021 + "一年来，我们主要做了以下工作。\n（一）城区建设提质提速。" + year + "\n"
            "各位代表，过去的一年也是“十三五”规划的收官之年。" + goes_on + "\n——城区面貌持续改善。" + five + "\n"
            "二、2021年工作安排\n今年要继续打通断头路。\n")


HEAD_2018 = "2018年政府工作报告\n各位代表：\n现在，我代表省人民政府，向大会报告工作。\n一、过去五年工作回顾\n"


def short_board(year, five, heading="（二）着力补齐民生领域短板。"):
    """A report of 2018: the five years first, then 2017 under headings, one of them making good a 短板."""
    return (HEAD_2018 + "过去的五年，我们攻坚克难。" + five + "\n2017年是本届政府的收官之年，各项工作取得新进展。\n"
            "（一）推进产业升级。规上工业增加值增长7.2%。\n" + heading + year + "\n")


ATTACKED = "（二）攻坚短板弱项，社会民生事业全面进步\n"


HEAD_2006 = "2006年政府工作报告\n各位代表：\n现在，我代表市人民政府，向大会报告工作。\n一、“十五”工作回顾和2005年基本情况\n"


def tenth_plan(year, five):
    """A report of 2006: the “十五” plan (2001–2005) reviewed first, then 2005."""
    return (HEAD_2006 + "“十五”时期是我市转型发展的重要时期。" + five + "\n刚刚过去的2005年，我们狠抓落实。" + year + "\n")


def report_2026(year, five):
    return ("2026年政府工作报告\n各位代表：\n现在，我代表省人民政府，向大会报告工作。\n一、“十四五”时期工作回顾\n"
            "“十四五”时期是极不平凡的五年。" + five + "\n刚刚过去的2025年，我们攻坚克难。" + year + "\n")


FOUND = [
    # the plan's summary after a 收官之年 paragraph that goes on to review the plan
    closing("打通断头路21条。", "打通断头路18条。"),
    closing("整备土地684公顷。", "整备土地520.5公顷。", goes_on="经过5年持续奋斗，全区发展取得长足进步。"),
    closing("新增病床位1791张。", "新增病床位1500张。", goes_on="回顾过去五年，我们倍感振奋。"),
    closing("拆除消化违建638.8万平方米。", "拆除消化各类违建520.3万平方米。"),
    # a year's heading making good a 短板 is the year's, not a problems paragraph
    short_board("城镇新增就业148.9万人。", "城镇新增就业累计120.2万人。"),
    # a heading attacking the 短板 (攻坚短板弱项) is the year's; 违法建筑 / 违建 one vocabulary; 支出完成 / 累计支出
    short_board("城镇新增就业148.9万人。", "城镇新增就业累计120.2万人。", heading=ATTACKED),
    closing("拆除消化违法建筑638.8万平方米。", "拆除消化各类违建520.3万平方米。"),
    report_2026("九大类民生支出完成96.2亿元。", "九大类民生累计支出86.6亿元。"),
    # the “十五” plan, 吸引 / 引进, “十五”期间
    tenth_plan("全年实际引进外商直接投资29.69亿美元。", "“十五”期间吸引外商直接投资累计24.5亿美元。"),
    # 五年生产原煤 / 规上原煤产量
    report_2026("全年规上原煤产量13.05亿吨、增长2.1%。", "能源保供有力，五年生产原煤11亿吨。"),
]

SILENT = [
    closing("打通断头路21条。", "打通断头路67条。"),
    closing("整备土地684公顷。", "整备土地2492.4公顷。", goes_on="经过5年持续奋斗，全区发展取得长足进步。"),
    closing("拆除消化违建638.8万平方米。", "拆除消化各类违建2636.9万平方米。"),
    short_board("城镇新增就业148.9万人。", "城镇新增就业累计775.6万人。"),
    tenth_plan("全年实际引进外商直接投资29.69亿美元。", "“十五”期间吸引外商直接投资累计147.24亿美元。"),
    report_2026("全年规上原煤产量13.05亿吨、增长2.1%。", "能源保供有力，五年生产原煤65亿吨。"),
    short_board("城镇新增就业148.9万人。", "城镇新增就业累计775.6万人。", heading=ATTACKED),
    closing("拆除消化违法建筑56.2万平方米。", "拆除消化各类违建257.1万平方米。"),
    report_2026("九大类民生支出完成56.2亿元。", "九大类民生累计支出256.6亿元。"),
    # the 收官之年 paragraph that goes on with the year (一年来 first): the dashed paragraphs stay the year's
    closing("打通断头路21条。", "打通断头路18条。", goes_on="一年来，“十三五”目标任务圆满完成。"),
    # a 收官之年 paragraph that says nothing of the plan after it: the year's
    closing("打通断头路21条。", "打通断头路18条。", goes_on="我们走过一段极不平凡的历程。"),
    # a total stated as a lower bound bounds nothing
    tenth_plan("全年实际引进外商直接投资29.69亿美元。", "“十五”期间吸引外商直接投资累计超过20亿美元。"),
    # 生产总值 is no output (产量) of anything
    report_2026("全省生产总值达到5.2万亿元。", "五年生产总值年均增长5.5%。"),
]


@pytest.mark.parametrize("text", FOUND)
def test_found(text):
    assert codes(text) == ["LG103"], text


@pytest.mark.parametrize("text", SILENT)
def test_silent(text):
    assert codes(text) == [], text


def test_closing_paragraph_opens_the_span():
    text = closing("打通断头路21条。", "打通断头路67条。")
    doc = Document(text)
    def kind_at(words):
        at = text.index(words)
        return [k for s, e, k in horizons(doc) if s <= at < e]

    assert kind_at("（一）城区建设提质提速") == ["year"]
    assert kind_at("过去的一年也是") == ["span"] and kind_at("——城区面貌持续改善") == ["span"]
    assert kind_at("今年要继续打通断头路") == []
    (p,) = span_parts(doc)
    assert text[p.part.start:p.part.end] == "21条" and text[p.whole.start:p.whole.end] == "67条"


def test_short_board_of_problems_is_neither():
    """短板 with nothing made good (发展短板依然明显) still opens a problems paragraph: its figures are no period's."""
    text = short_board("城镇新增就业148.9万人。", "城镇新增就业累计775.6万人。") + \
        "我们也要看到，发展短板依然明显，城镇新增就业900万人的任务仍然艰巨。\n"
    doc = Document(text)
    at = text.index("我们也要看到")
    assert all(not (s <= at < e) for s, e, _ in horizons(doc))
    assert codes(text) == []
