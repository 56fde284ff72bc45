"""One metric across its mentions and periods (session growth13): a change whose own sentence states no operand is
bound to the levels its paragraph states before it (claims.grammar._earlier_operands: the base labelled with the
period compared with, this period's level the one value of the measure no other period labels, named as the claim's
subject); a change bound to the level closing the sentence before across remarks that state no figure
(_figure_closing_sentence) or after clauses saying why (_level_closing_before); named years in brackets for 上年 in a
text naming no report year (_claim_year); multiples 为上年末的N倍 / 为二〇二〇年的三倍; and a report split into year
parts (claims.horizons.year_parts: （一）2023年回顾 … （二）2024年工作), whose levels of one metric are two periods' —
never one figure stated twice (LG210) — and the base of the later part's change (_year_part_base).
Wordings written for the test, varied (order, Chinese numerals, a clause between, the base sentences earlier):
consistent is silent, one wrong figure is found; traps stay silent."""
import pytest

from lintgov.document import Document
from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def codes(text):
    return sorted({f.code for f in lint_text(text + "\n", RULES, registry=REG)})


# (consistent, wrong)
PAIRS = [
    # the base and this year's level in the sentences before, a remark between
    ("全年受理行政复议案件460件。案件类型日趋多样。上年为400件。与上年相比，增长15.0%。",
     "全年受理行政复议案件460件。案件类型日趋多样。上年为400件。与上年相比，增长25.0%。"),
    # a multiple named by its subject's action, the base under a named year
    ("今年全区共调解矛盾纠纷2,760件。2021年调解纠纷920件。目前的调解量已是2021年的3倍。",
     "今年全区共调解矛盾纠纷2,760件。2021年调解纠纷920件。目前的调解量已是2021年的4倍。"),
    # 年末 against 上年末
    ("年末全市充电桩达到1.8万个。上年末仅有6,000个。今年末为上年末的3倍。",
     "年末全市充电桩达到1.8万个。上年末仅有6,000个。今年末为上年末的5倍。"),
    # a difference, the prior named by its verb with the object left off
    ("全年新登记市场主体3.2万户。上年新登记2.9万户。同比增加0.3万户。",
     "全年新登记市场主体3.2万户。上年新登记2.9万户。同比增加0.8万户。"),
    # Chinese numerals and a Chinese year
    ("全年培训基层干部四千二百人次。二〇二〇年培训一千四百人次。今年为二〇二〇年的三倍。",
     "全年培训基层干部四千二百人次。二〇二〇年培训一千四百人次。今年为二〇二〇年的五倍。"),
    # named years in brackets, the claim's sentence opening with its year
    ("2024年全县信访总量同比下降9.6%（2024年3,812件次，2023年4,217件次）。",
     "2024年全县信访总量同比下降14.6%（2024年3,812件次，2023年4,217件次）。"),
    # the level two sentences before, a remark stating no figure between, the base in the comparison
    ("全年一般公共预算收入完成28.64亿元。收入质量稳步提升，结构持续优化。与上年的26.91亿元相比，增长6.4%。",
     "全年一般公共预算收入完成28.64亿元。收入质量稳步提升，结构持续优化。与上年的26.91亿元相比，增长11.4%。"),
    # a clause saying why before the claim's own
    ("全年实现利润总额23.47亿元。受市场需求减弱影响，利润同比下降4.2%。上年同期为24.50亿元。",
     "全年实现利润总额23.47亿元。受市场需求减弱影响，利润同比下降9.2%。上年同期为24.50亿元。"),
    # a remark clause inside the claim's sentence, the prior after under the year before
    ("2024年全年参训14,620人次。与上年相比，培训规模持续扩大，增加3,180人次。2023年为11,440人次。",
     "2024年全年参训14,620人次。与上年相比，培训规模持续扩大，增加4,180人次。2023年为11,440人次。"),
    # a claim naming no metric goes on about the one level its sentences before state
    ("2023年受理146件。2024年，通过强化源头治理，降至118件，减少28件。",
     "2023年受理146件。2024年，通过强化源头治理，降至118件，减少38件。"),
    # a multiple of two things named by one word each, their values after it named by the names' heads
    ("线上办件量是线下的1.8倍：线上2,340件，线下1,300件。",
     "线上办件量是线下的2.8倍：线上2,340件，线下1,300件。"),
    ("城区学校数量为农村的1.5倍，城区36所，农村24所。",
     "城区学校数量为农村的2.5倍，城区36所，农村24所。"),
    # the report's year parts
    ("（一）2023年回顾\n全年调解纠纷3,412件。\n（二）2024年工作\n全年调解纠纷3,958件，比上年增长16.0%。",
     "（一）2023年回顾\n全年调解纠纷3,412件。\n（二）2024年工作\n全年调解纠纷3,958件，比上年增长21.0%。"),
    ("一、2022年情况\n全市办理公证一万零二百件。\n二、2023年情况\n全市办理公证11,220件，同比增加1,020件。",
     "一、2022年情况\n全市办理公证一万零二百件。\n二、2023年情况\n全市办理公证11,220件，同比增加1,520件。"),
]


@pytest.mark.parametrize("good,bad", PAIRS)
def test_operands_across_mentions(good, bad):
    assert codes(good) == [], good
    assert codes(bad), bad


TRAPS = [
    # named years in brackets, no year of the claim or the report known: the brackets may be of two years before
    "信访总量同比下降15.6%（2024年3,812件次，2023年4,217件次）。",
    # a base of the whole area for a level not said to be of it (a part of the area, a field of the cases)
    "上年全市受理案件400件。今年市区受理案件460件，增长25%。",
    "全年市场监管领域案件150件。上年全区受理案件400件。同比增长10%。",
    # a plan's level against the review's under year parts: _review_level's reading (a budget's base may be last
    # year's budget)
    "一、2024年工作回顾\n一般公共预算支出120亿元，增长3%。\n二、2025年工作安排\n一般公共预算支出150亿元，增长5%。",
    # the claim is about another count of the same things (审结, not 受理)
    "全年受理案件460件。上年为400件。今年审结案件增长5%。",
    # two levels of the measure before: which one is compared is open
    "全年受理案件460件，审结430件。上年为400件。同比增长8%。",
    # a part's change
    "全年受理案件460件。上年为400件。其中行政案件增长5%。",
    # another year than the one compared with
    "全年受理案件460件。2020年为100件。今年是2021年的2倍。",
    # a plan
    "全年受理案件460件。上年为400件。力争明年增长20%。",
    # a part of the year
    "全年受理案件460件。上半年为200件。同比增长30%。",
    # the base sentence holds a change of its own: its figures are that change's
    "全年受理案件460件，比上年增长5%。上年为438件。全年审结案件是上年的1.2倍。",
    # named years in brackets that are not the claim's year and the one before
    "2023年信访总量同比下降9.6%（2022年3,812件次，2021年4,217件次）。",
    # a base of another area
    "全年受理案件460件。上年全省为4,000件。同比增长15%。",
    # a qualified growth
    "全年收入8.6亿元。上年为6.0亿元。按可比口径计算，同比增长3%。",
    # an approximate level
    "全年受理案件约460件。上年为400件。同比增长5%。",
    # a remark turning to another subject between the level and the claim
    "全年一般公共预算收入完成28.64亿元。另外，税收收入稳步提升。与上年的20.91亿元相比，增长6.4%。",
    # the values after a multiple of another metric of the two things (咨询, not 办件)
    "线上办件量是线下的1.8倍。线上咨询2,000件，线下咨询1,500件。",
    # year parts: one metric in two years is two statements, not one stated twice
    "（一）2023年回顾\n全年调解纠纷3,412件。\n（二）2024年工作\n全年调解纠纷3,958件。",
    # year parts: the later part's growth over a qualified basis
    "（一）2023年回顾\n全年收入8.6亿元。\n（二）2024年工作\n全年收入9.0亿元，按可比口径增长8.0%。",
    # year parts of years that are not consecutive
    "（一）2021年回顾\n全年调解纠纷3,412件。\n（二）2024年工作\n全年调解纠纷3,958件，比上年增长8.0%。",
]


@pytest.mark.parametrize("text", TRAPS)
def test_traps_silent(text):
    assert codes(text) == [], text


def test_year_parts_read():
    from lintgov.claims.horizons import part_year, year_parts
    t = "（一）2023年回顾\n全年调解纠纷3,412件。\n（二）2024年工作\n全年调解纠纷3,958件。\n"
    d = Document(t)
    assert [y for _s, _e, y in year_parts(d)] == [2023, 2024]
    assert part_year(d, t.find("3,412")) == 2023 and part_year(d, t.find("3,958")) == 2024
    # one heading naming a year: no year parts
    t2 = "一、2023年工作回顾\n全年调解纠纷3,412件。\n二、主要做法\n全年调解纠纷3,958件。\n"
    assert year_parts(Document(t2)) == []
    # a heading naming a span is no year part
    t3 = "（一）2021年以来\n调解纠纷3,412件。\n（二）2024年工作\n调解纠纷3,958件。\n"
    assert year_parts(Document(t3)) == []


GWR = "2025年政府工作报告\n一、2024年工作回顾\n"

# average growth whose levels stand in the sentences before it (rules/spans.py: _range_average_findings for a span named
# by its two years with no level of its own; _levels_apart_findings for a level named only by the verb it was reached by)
AVG_PAIRS = [
    ("2024年全市社会消费品零售总额241.2亿元。这一总量在2020年为186.4亿元。2020年至2024年年均增长6.7%。",
     "2024年全市社会消费品零售总额241.2亿元。这一总量在2020年为186.4亿元。2020年至2024年年均增长9.7%。"),
    ("2024年全市社会消费品零售总额241.2亿元。2020年社会消费品零售总额为186.4亿元。2020—2024年，零售总额年均增长6.7%。",
     "2024年全市社会消费品零售总额241.2亿元。2020年社会消费品零售总额为186.4亿元。2020—2024年，零售总额年均增长8.7%。"),
    ("2021年全市市场主体52.0万户。三年来持续优化营商环境，2024年增至78.6万户，年均增长14.8%。",
     "2021年全市市场主体52.0万户。三年来持续优化营商环境，2024年增至78.6万户，年均增长18.8%。"),
]


@pytest.mark.parametrize("good,bad", AVG_PAIRS)
def test_average_levels_before(good, bad):
    assert codes(GWR + good) == [], good
    assert "LG208" in codes(GWR + bad), bad


AVG_TRAPS = [
    # the two years' levels are two metrics'
    "2024年全市税收收入241.2亿元。2020年社会消费品零售总额为186.4亿元。2020年至2024年年均增长9.7%。",
    # real growth (GDP at comparable prices)
    "2024年全市地区生产总值241.2亿元。2020年为186.4亿元。2020年至2024年年均增长9.7%。",
    # two values of the first year: which one is meant is open
    "2024年全市社会消费品零售总额241.2亿元。2020年零售总额为186.4亿元，网上零售额为20.1亿元。2020年至2024年年均增长9.7%。",
    # a target
    "2024年全市社会消费品零售总额241.2亿元。2020年为186.4亿元。力争2020年至2026年年均增长9.7%。",
    # a level reached by its verb only, two earlier years' levels: the span is open
    "2021年全市市场主体52.0万户。2022年市场主体60.0万户。2024年增至78.6万户，年均增长18.8%。",
]


@pytest.mark.parametrize("text", AVG_TRAPS)
def test_average_traps_silent(text):
    assert codes(GWR + text) == [], text
