"""The two horizons of a review (:mod:`lintgov.claims.horizons`): the five-year review and the year's paragraphs of a
work report, and the relations across them — the year's figure within the five years' total (LG103), a bound the
five-year review states for every year or a threshold the level passed against the year's level (LG105).  The
phrasings are lintgov's own; each consistent report stays silent, each wrong one is found once."""
import pytest

from lintgov.claims.horizons import horizons, span_bounds, span_parts
from lintgov.document import Document
from lintgov.engine import lint_text

from horizon_reports import HEAD, REG, RULES, codes, report, report_five_first


FOUND = [
    # the year's figure above the five years' total (LG103)
    ("LG103", report("城镇新增就业62.6万人。", "城镇新增就业58.3万人。")),
    ("LG103", report("新建高标准农田910万亩。", "新建高标准农田856万亩，相当于前十年总和。")),
    ("LG103", report_five_first("城镇新增就业121.7万人。", "民生福祉不断增进。城镇新增就业103.7万人。")),
    ("LG103", report("新增上市公司66家。", "城镇累计新增就业239.2万人，新增上市公司48家、总量达122家。")),
    ("LG103", report("农村劳动力外出务工335.9万人次。", "累计农村劳动力外出务工161万人次。")),
    ("LG103", report("改造城镇老旧小区6210个。", "五年改造城镇老旧小区5074个。")),
    ("LG103", HEAD + "2025年是“十四五”收官之年。城镇新增就业62.6万人。\n2021年以来，我们坚持就业优先。城镇新增就业58.3万人。\n"),
    # a bound of every year of the span, a threshold the level passed (LG105)
    ("LG105", report("城镇新增就业38.1万人。", "每年城镇新增就业40万人以上。")),
    ("LG105", report("粮食产量1250.6亿斤。", "粮食总产量连续9年稳定在1300亿斤以上。")),
    ("LG105", report("全省地区生产总值48765亿元。", "经济总量连跨4万亿元、5万亿元两个台阶。")),
    ("LG105", report("全省地区生产总值4.8万亿元。", "地区生产总值迈上5万亿台阶。")),
    ("LG105", report("货物进出口总额8.5万亿元。", "进出口总额接连突破8万亿元、9万亿元。")),
]

SILENT = [
    report("城镇新增就业62.6万人。", "城镇新增就业308.3万人。"),
    report_five_first("城镇新增就业121.7万人。", "民生福祉不断增进。城镇新增就业603.7万人。"),
    # a yearly average, a per-year bound, a list under 年均: no total
    report("城镇新增就业62.6万人。", "年均新增城镇就业58.3万人。"),
    report("城镇新增就业31.7万人、输转城乡富余劳动力515.3万人。", "年均新增城镇就业30万人、输转城乡富余劳动力500万人以上。"),
    report("城镇新增就业62.6万人。", "城镇新增就业每年超过58万人。"),
    # a total stated as a lower bound bounds nothing
    report("城镇新增就业149.4万人。", "城镇累计新增就业超100万人。"),
    # a level of another year, the start of a change
    report("城镇新增就业62.6万人。", "2021年城镇新增就业58.3万人。"),
    report("新增上市公司66家。", "上市公司从48家增加到122家。"),
    # the plans after the review (今年…, 2026年重点工作): not the five years'
    report("城镇新增就业62.6万人。", "城镇新增就业308.3万人。", "今年经济社会发展的主要预期目标是：城镇新增就业60万人。"),
    report("城镇新增就业62.6万人。", "民生福祉持续增进。", "2026年重点工作\n三是稳就业，城镇新增就业58万人。"),
    # a problems paragraph belongs to neither period
    report("城镇新增就业62.6万人。", "城镇新增就业308.3万人。\n我们也清醒看到，城镇新增就业58万人的压力仍然较大。"),
    # ages, days: levels that never add up
    report("人均预期寿命达到79.6岁。", "人均预期寿命达到79.4岁。"),
    # the bound holds; the threshold is passed
    report("城镇新增就业44.1万人。", "每年城镇新增就业40万人以上。"),
    report("粮食产量1350.97亿斤。", "粮食总产量连续9年稳定在1300亿斤以上。"),
    report("全省地区生产总值60199.45亿元。", "经济总量连跨5万亿元、6万亿元两个台阶。"),
    # another area's total, a threshold of a named year, a plan, a modifier
    report("实现地区生产总值67665亿元。", "成渝地区双城经济圈建设走深走实，经济总量超9万亿元。"),
    report("实现地区生产总值67665亿元。", "2023年进出口总额突破9万亿元，经济总量迈上7万亿元台阶。"),
    report("实现地区生产总值67665亿元。", "力争经济总量迈上8万亿元台阶。"),
    report("实现地区生产总值67665亿元。", "惠州博罗成为生产总值超千亿元县，全省工业经济总量突破8万亿元。"),
]


@pytest.mark.parametrize("code,text", FOUND)
def test_found(code, text):
    assert codes(text) == [code], text


@pytest.mark.parametrize("text", SILENT)
def test_silent(text):
    assert codes(text) == [], text


def test_periods_follow_the_opening_paragraphs():
    doc = Document(report("城镇新增就业62.6万人。", "城镇新增就业308.3万人。", "今年要稳就业。\n城镇新增就业60万人。"))
    kinds = [k for _, _, k in horizons(doc)]
    assert "year" in kinds and "span" in kinds
    # the plans are read as neither
    plan = doc.text.index("今年要稳就业")
    assert all(s < plan for s, _, _ in horizons(doc))


def test_no_relation_without_a_known_year():
    """A 法治 report or a text whose figures' year is unknown has no horizons."""
    text = "过去五年，城镇新增就业58.3万人。\n一年来，城镇新增就业62.6万人。\n"
    doc = Document(text)
    assert horizons(doc) == [] and span_parts(doc) == [] and span_bounds(doc) == []
    assert codes(text) == []


def test_the_finding_shows_both_figures():
    text = report("城镇新增就业62.6万人。", "城镇新增就业58.3万人。")
    (f,) = lint_text(text, RULES, registry=REG)
    assert text[f.start:f.end] == "62.6万人"
    assert any(text[r.start:r.end] == "58.3万人" for r in f.related)
