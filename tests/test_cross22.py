"""Changes and averages whose operands are stated in another clause or sentence (session 22): an average at current
prices said in a note after it (（按现价计算）) or before it (按现价计算年均增长); a span reviewed that a year reached opens
(到2023年，…达到B，年均增长g%); a plan's name between the levels and the average (“十四五”以来); the span in brackets
between the average's words and its figure (年均增速（2019—2023年）为); a change against a named year with both levels
right before the average (比2020年的A增加D，三年年均增长g%); last year's level labelled with its year in the sentence
before (2022年…A件。2023年…B件，同比增长g% / 2023年…B，增长g%); a note in brackets between a rate and last year's
rate (适用率为r%（审结…），上年为p%，同比提高N个百分点).  Each reading has its consistent form and its traps that stay
silent: real growth, a plan, another year, another scope or metric, a span in words that disagrees."""
from __future__ import annotations

import pytest

from lintgov.engine import lint_text

_RULES = []


def _codes(text: str):
    if not _RULES:
        _RULES.extend(_build())
    return [(f.code, text[f.start:f.end]) for f in lint_text(text, _RULES)]


def _build():
    from lintgov.config import Settings
    from lintgov.engine import instantiate_rules
    from lintgov.plugins import build_registry
    reg = build_registry(load_entry_points=False, strict=True)
    return [r for r in instantiate_rules(reg, Settings(), {}, select=["ALL"]) if r.category in ("arithmetic", "yoy")]


# (consistent text, figure as printed, a wrong figure, the code the wrong figure must raise)
PAIRS = [
    # an average at current prices: the note after it
    ("全区地区生产总值由2018年的420.5亿元增长到2023年的561.2亿元，年均增长5.9%（按现价计算）。", "5.9%", "8.9%", "LG208"),
    # at current prices, before it, with the first level in the sentence before and a year reached opening the last
    ("2018年，全区地区生产总值为420.5亿元。到2023年，全区地区生产总值达到561.2亿元，按现价计算年均增长5.9%。",
     "5.9%", "8.9%", "LG208"),
    # a year reached opening the last level of a span reviewed
    ("2019年，全县城乡居民基本养老保险参保人数为18.4万人。到2023年，全县城乡居民基本养老保险参保人数达到21.6万人，年均增长4.1%。",
     "4.1%", "6.1%", "LG208"),
    ("2019年末，全市注册志愿者为32.5万人。到2023年末，全市注册志愿者增至47.8万人，年均增加3.8万人。",
     "3.8万人", "5.8万人", "LG208"),
    # a plan's name between the levels and the average
    ("全市专利授权量由2020年的8,216件增加到2024年的12,532件，“十四五”以来年均增长11.1%。", "11.1%", "15.1%", "LG208"),
    # the span in brackets between the average's words and its figure
    ("全区快递业务量年均增速（2019—2023年）为11.2%，由2019年的1.86亿件增长到2023年的2.84亿件。", "11.2%", "15.2%",
     "LG208"),
    # a change against a named year, both levels stated, right before the average
    ("2023年，全县城乡居民储蓄存款余额达到326.8亿元，比2020年的248.5亿元增加78.3亿元，三年年均增长9.6%。",
     "9.6%", "13.4%", "LG208"),
    ("2024年，全市技术合同成交额为86.0亿元，较2021年的52.0亿元增加34.0亿元，年均增长18.3%。", "18.3%", "24.3%", "LG208"),
    # the last level right after the average, labelled with its year; the first under its year in a sentence before
    ("“十三五”末的2020年，全县农村居民人均可支配收入为16,820元。此后四年年均增长7.4%，2024年达到22,372元。",
     "7.4%", "9.4%", "LG208"),
    ("2019年，全市快递业务量为1.86亿件。此后四年年均增长11.2%，2023年增至2.84亿件。", "11.2%", "15.2%", "LG208"),
    # last year's level labelled with its year in the sentence before (同比 / a bare 增长 of a level of a named year)
    ("2022年，全市法院共受理各类案件48,620件。2023年，受理案件52,114件，同比增长7.2%。", "7.2%", "12.2%", "LG201"),
    ("2022年，全区规模以上文化企业营业收入为86.4亿元。2023年，全区规模以上文化企业营业收入达到95.2亿元，增长10.2%。",
     "10.2%", "15.2%", "LG201"),
    ("2023年，全县共办理公证事项3,120件。2024年，全县共办理公证事项3,498件，比上年增加378件。", "378件", "418件", "LG201"),
    # last year's value after a ；
    ("全年办结信访事项2,146件；上年同期为1,980件，同比增长8.4%。", "8.4%", "18.4%", "LG201"),
    # a note in brackets between a rate and last year's
    ("全市刑事案件认罪认罚从宽制度适用率为88.6%（审结2,140人，适用1,896人），上年为84.1%，同比提高4.5个百分点。",
     "4.5个百分点", "6.5个百分点", "LG201"),
    ("全县义务教育巩固率达到98.2%（全县共有适龄儿童少年21,460人），去年为97.4%，比上年提高0.8个百分点。",
     "0.8个百分点", "1.8个百分点", "LG201"),
    # a rate whose whole closes the sentence before (its only figure), its part the only figure of its own sentence
    ("全县林业有害生物发生面积12.6万亩。经过统防统治，全年完成防治面积11.9万亩，防治率达到94.4%。", "94.4%", "88.4%",
     "LG101"),
    ("全市纳入监测的重点排污单位186家。全年完成自行监测信息公开179家，公开率96.2%。", "96.2%", "90.2%", "LG101"),
    ("全区应参加健康体检的食品从业人员2,400人。截至年底，已参加体检2,280人，体检率95.0%。", "95.0%", "91.0%", "LG101"),
    # the gap to a target in points: the rate, then the target with its value, then the target named again
    ("全县城镇调查失业率为4.6%，省下达的控制目标为5.5%以内，低于控制目标0.9个百分点。", "0.9个百分点", "1.9个百分点",
     "LG209"),
    ("全市空气质量优良天数比例为86.3%，年度目标为82.0%，高于目标4.3个百分点。", "4.3个百分点", "2.3个百分点", "LG209"),
    ("全区农村生活污水治理率达到68.5%，市定目标值为65%，超过目标3.5个百分点。", "3.5个百分点", "6.5个百分点", "LG209"),
    # a multiple of a budget or a plan whose value is stated right after it under the same words
    ("审计发现，某单位公务接待费实际支出48.6万元，是年初预算的3.6倍，年初预算仅为13.5万元。", "3.6倍", "4.6倍", "LG205"),
    ("全区土地出让收入完成28.4亿元，是年度计划的1.6倍，年度计划为17.5亿元。", "1.6倍", "2.6倍", "LG205"),
    # a multiple of a span of years ago with its base in brackets, 约 before the verb (a tenth each side)
    ("年末全市新能源汽车保有量为12.86万辆，约为三年前（3.02万辆）的4.3倍。", "4.3倍", "5.3倍", "LG205"),
    ("全区托育机构托位达到3,960个，约为五年前（820个）的4.8倍。", "4.8倍", "6.8倍", "LG205"),
    # two rates named again as 前者 and 后者
    ("全市食品抽检合格率为97.6%，药品抽检合格率为99.4%，后者高出前者1.8个百分点。", "1.8个百分点", "2.8个百分点", "LG209"),
    ("城镇职工医保住院费用报销比例为86.2%，城乡居民医保为71.5%，前者比后者高14.7个百分点。", "14.7个百分点",
     "12.7个百分点", "LG209"),
]


@pytest.mark.parametrize("text,fig,wrong,code", PAIRS)
def test_consistent_is_silent(text, fig, wrong, code):
    assert _codes(text) == []


@pytest.mark.parametrize("text,fig,wrong,code", PAIRS)
def test_wrong_figure_is_flagged(text, fig, wrong, code):
    assert fig in text
    bad = text.replace(fig, wrong, 1)
    got = _codes(bad)
    assert any(c == code and wrong in s for c, s in got), got


# consistent or not recomputable statements near those readings: each wrong for its reading, none may be flagged
TRAPS = [
    # real growth: no note of current prices (or one of comparable prices)
    "全区地区生产总值由2018年的420.5亿元增长到2023年的561.2亿元，年均增长8.9%。",
    "全区地区生产总值由2018年的420.5亿元增长到2023年的561.2亿元，年均增长8.9%（按可比价格计算）。",
    "2018年，全区地区生产总值为420.5亿元。到2023年，全区地区生产总值达到561.2亿元，年均增长8.9%。",
    # a plan: the year reached with a plan's word
    "2019年，全县城乡居民基本养老保险参保人数为18.4万人。力争到2027年，参保人数达到25.0万人，年均增长6.0%。",
    "2019年，全县城乡居民基本养老保险参保人数为18.4万人。到2027年，参保人数将达到25.0万人，年均增长6.0%。",
    # a span in words that is not the years between the levels
    "2023年，全县城乡居民储蓄存款余额达到326.8亿元，比2020年的248.5亿元增加78.3亿元，两年年均增长14.7%。",
    # a plan's level after its average (将, 力争)
    "2020年，全市一般公共预算收入为50亿元。此后五年年均增长7%，2025年将达到80亿元。",
    "2020年，全市一般公共预算收入为50亿元。今后五年力争年均增长7%，2025年达到80亿元。",
    # the span in words is not the years between; the first level is the other side of a split (城镇 / 农村)
    "2020年，全县农村居民人均可支配收入为16,820元。此后三年年均增长9.4%，2024年达到22,372元。",
    "2020年，全县城镇居民人均可支配收入为16,820元。农村居民人均可支配收入此后四年年均增长9.4%，2024年达到22,372元。",
    "2020年，全县城镇居民人均可支配收入为16,820元。2024年，农村居民人均可支配收入达到22,372元，年均增长9.4%。",
    # last year's level: another year, another scope, another metric, no year of the change's own, real growth
    "2021年，全区规模以上文化企业营业收入为86.4亿元。2023年，全区规模以上文化企业营业收入达到95.2亿元，增长15.2%。",
    "2022年，全省法院共受理各类案件48,620件。2023年，全市法院受理案件52,114件，同比增长12.2%。",
    "2022年，全市法院共审结各类案件48,620件。2023年，受理案件52,114件，同比增长12.2%。",
    "2022年，全区规模以上文化企业营业收入为86.4亿元。全年规模以上文化企业营业收入达到95.2亿元，增长15.2%。",
    "2022年，全市地区生产总值为1,200亿元。2023年，全市地区生产总值达到1,300亿元，增长5.2%。",
    "2022年，全区规模以上文化企业营业收入为86.4亿元。2023年1—6月，全区规模以上文化企业营业收入52.3亿元，增长15.2%。",
    # the bracket holds the rate of the year compared with: that is the prior
    "全县义务教育巩固率达到98.2%（2022年为97.9%），比2022年提高0.3个百分点。",
    # a whole of another period, a part added this year, a count carried on: not the rate's operands
    "上年全县林业有害生物发生面积12.6万亩。全年完成防治面积11.9万亩，防治率达到88.4%。",
    "全县建档立卡脱贫户1,426户。今年新增产业帮扶覆盖862户，覆盖率达到98.3%。",
    "全市养老机构87家。今年又有6家达到二级以上标准，达标率90.8%。",
    # the gap to a target not stated, or to another body's target than the one stated
    "全县城镇调查失业率为4.6%，上年为5.5%，低于控制目标0.9个百分点。",
    "全县城镇调查失业率为4.6%，县定控制目标为5.0%，低于省控制目标0.9个百分点。",
    # a multiple of a plan whose value is not the one stated after it (last year's, an adjusted budget's)
    "全区土地出让收入完成28.4亿元，是年度计划的2.6倍，上年为17.5亿元。",
    "审计发现，某单位公务接待费实际支出48.6万元，是年初预算的4.6倍，调整预算为13.5万元。",
    # 约 allows a tenth either side
    "年末全市新能源汽车保有量为12.86万辆，约为三年前（3.02万辆）的4.5倍。",
    # a note in brackets, then a change with no prior stated: nothing to recompute
    "全市刑事案件认罪认罚从宽制度适用率为88.6%（审结2,140人，适用1,896人），同比提高6.5个百分点。",
]


@pytest.mark.parametrize("text", TRAPS)
def test_traps_stay_silent(text):
    assert _codes(text) == []
