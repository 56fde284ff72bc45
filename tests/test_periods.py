"""claims.periods: the period a figure is stated for (read once per figure) and the one "same period?" question the
relations ask (rates and shares over counts, LG101, the grammar's sub-periods).  Wordings are our own, varied: the
period in a clause's frame or right before the figure, 上年 / 去年 / a named year, a sentence between, Chinese
numerals, brackets."""
import pytest

from conftest import consistency_codes as codes
from lintgov.claims.grammar import folded_text
from lintgov.claims.periods import (Period, frame_of, operand_apart, operands_apart, period_of, periods_differ,
                                    same_subperiod, subperiod_of, subperiod_rank)
from lintgov.document import Document
from lintgov.quantities import quantities_in


@pytest.fixture(scope="module")
def rules(consistency_rules):
    return consistency_rules


def _doc(text):
    doc = Document(text + "\n")
    return doc, folded_text(doc), {doc.text[q.start:q.end]: q for q in quantities_in(doc, 0, len(doc.text))}


def test_period_of_reads_labels_frame_span_and_addition():
    doc, masked, qs = _doc("去年全市累计建成公园42个。2024年新建口袋公园9个，共有公园51个。")
    p42 = period_of(doc, masked, qs["42个"], 0)
    assert p42.frame == "prior" and p42.cumulative and "prior" in p42.labels
    p9 = period_of(doc, masked, qs["9个"], 0)
    # (the label of the sentence before frames nothing of this one: only 2024年 is read)
    assert p9.labels == frozenset({"2024年"}) and p9.added and p9.frame == "2024年"
    assert period_of(doc, masked, qs["9个"], 0) is p9          # read once per figure and window


def test_last_year_named_two_ways_is_one_period():
    doc, masked, qs = _doc("上年受理投诉1,200件，去年办结投诉1,150件。")
    a, b = period_of(doc, masked, qs["1,200件"], 0), period_of(doc, masked, qs["1,150件"], 0)
    assert a.labels == b.labels == frozenset({"prior"}) and not periods_differ(a, b)


@pytest.mark.parametrize("a, b, own, differ", [
    (Period(frozenset({"2023年"}), False, False, None), Period(frozenset({"2024年"}), False, False, None), False, True),
    (Period(frozenset(), False, False, None), Period(frozenset(), True, False, None), False, True),     # 累计 vs year
    (Period(frozenset(), False, False, None), Period(frozenset(), False, True, None), False, True),     # 新增 vs stock
    (Period(frozenset(), False, False, None), Period(frozenset(), False, False, "prior"), False, True),  # frames
    (Period(frozenset(), False, False, "current"), Period(frozenset(), False, False, None), False, False),
    # a relation's own figure naming no period: an operand of a named year is another's, this year's is its own
    (Period(frozenset(), False, False, None), Period(frozenset({"2023年"}), False, False, None), True, True),
    (Period(frozenset(), False, False, None), Period(frozenset({"current"}), False, False, None), True, False),
    # the relation's own words say nothing of its operands' 累计/新增
    (Period(frozenset(), False, False, None), Period(frozenset(), True, True, None), True, False),
    # a figure naming no period is of the period its clause's frame names
    (Period(frozenset(), False, False, "2024年"), Period(frozenset({"2024年"}), False, False, "2024年"), True, False),
])
def test_periods_differ(a, b, own, differ):
    assert periods_differ(a, b, own) is differ


def test_operands_and_relation_apart_in_a_text():
    doc, masked, qs = _doc("2023年审结案件三百件，纠错40件；2024年纠错率为20.5%。")
    rate = qs["20.5%"]
    floor = masked.index("2024年")
    assert operand_apart(doc, masked, rate, floor, qs["40件"], 0)
    doc, masked, qs = _doc("全区审结案件300件，其中纠错45件，纠错率15%。")
    floor = masked.index("纠错率")
    assert not operand_apart(doc, masked, qs["15%"], floor, qs["45件"], 0)
    assert not operands_apart(doc, masked, qs["45件"], qs["300件"], 0)


def test_frame_of_reads_the_clause_that_opens_with_a_period():
    doc, masked, qs = _doc("据统计，2023年（全年）全县接待游客86万人次，去年以来新增民宿12家。")
    assert frame_of(doc, masked, qs["86万人次"].start) == "2023年"
    # (去年以来: a span up to now, no frame of its own)
    assert frame_of(doc, masked, qs["12家"].start) == "2023年"


def test_subperiods():
    text = "二季度全市用电量112.4亿千瓦时，第三季度125.5亿千瓦时；11月份为40.2亿千瓦时。"
    assert subperiod_of(text, 0, text.index("125.5")) == "三季度"
    assert subperiod_rank(text, 0, text.index("125.5")) == ("q", 3)
    assert subperiod_rank(text, 0, text.index("40.2")) == ("m", 11)
    assert not same_subperiod(text, 0, text.index("112.4"), text.index("，"), text.index("125.5"))
    assert same_subperiod(text, text.index("全市"), text.index("112.4"), text.index("亿千瓦时"), text.index("，"))


# -- end to end: a rate is never over counts of another period, and is still checked over its own ---------------
SILENT = [
    "去年全县行政复议纠错率为十一点二%。今年审结案件250件，纠错20件，纠错率8.0%。",
    "2023年全区投诉按期办结率96.5%；2024年受理投诉1,600件，按期办结1,568件，按期办结率98.0%。",
    "上年度信访事项及时受理率（全市）为97.1%。本年受理信访事项820件，及时受理816件，及时受理率99.5%。",
]


@pytest.mark.parametrize("text", SILENT)
def test_a_rate_of_another_period_is_silent(rules, text):
    assert codes(rules, text) == []


@pytest.mark.parametrize("text, old, new", [
    (SILENT[0], "纠错20件", "纠错30件"),
    (SILENT[1], "按期办结1,568件", "按期办结1,468件"),
    (SILENT[2], "及时受理816件", "及时受理786件"),
])
def test_the_rate_of_its_own_period_is_checked(rules, text, old, new):
    assert "LG101" in codes(rules, text.replace(old, new))


@pytest.mark.parametrize("text", [
    # the period a comparison names (较上年, 比去年同期) is not the period of the figures after it
    "及时答复率为93.5%，比去年提高2.1个百分点，全年共答复人大代表建议400件，其中及时答复374件。",
    "全年办结政府信息公开申请六百件，较上年同期增加45件，其中按期办结582件，按期办结率97.0%。",
])
def test_a_period_compared_with_is_no_label_of_the_figure_after(rules, text):
    assert codes(rules, text) == []
    wrong = text.replace("93.5%", "83.5%").replace("97.0%", "91.0%")
    assert "LG101" in codes(rules, wrong)


def test_label_read_after_a_comparison_word_before_the_window():
    doc, masked, qs = _doc("按期办结率为96.2%，较上年提高1.5个百分点，全年共办结依申请公开事项1,027件。")
    assert period_of(doc, masked, qs["1,027件"], 0).labels == frozenset()
    doc, masked, qs = _doc("上年同期受理案件210件，今年受理案件230件。")
    assert period_of(doc, masked, qs["210件"], 0).labels == frozenset({"prior"})

