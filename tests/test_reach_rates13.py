"""LG101 / LG102 / LG209, session rates13: operands read by what they are wherever they stand — after the figure, a
heading above, a frame naming the base, what was due and what was done, a completion's budget after it, last year's
change in its own verb (``claims.reach``, ``claims.rates.noun_share``, ``rules/points.py``).  Wordings are lintgov's
own and varied (word order, a sentence or a heading between, 万/亿, Chinese numerals, brackets).

Each consistent wording is *checked* (the ledger holds a consistent relation for the figure) and silent; each wrong one
is reported; the traps (another period's rate, another budget, a fall printed as a positive figure, two wholes) are
never reported."""
import pytest

from conftest import ledger_verdicts
from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.code in ("LG101", "LG102", "LG209")]
HEAD = "2025年法治政府建设年度报告\n现将本市2025年法治政府建设情况报告如下。\n一、主要工作\n"


def codes(text):
    return [f.code for f in lint_text(text, RULES, registry=REG)]


def verdict(text, figure):
    return ledger_verdicts(RULES, text, figure)


FOUND = [
    # the complement before the rate, the base a sentence later (胜诉 at most 审结 − 败诉: a higher rate is wrong)
    ("LG101", "行政机关败诉6件，胜诉率为{}%。全年共审结一审行政诉讼案件80件。", "92.5", "97.5"),
    ("LG101", "一审行政案件中败诉的有五件，胜诉率{}%；从总量看，全年审结一审行政诉讼案件共计80件。", "93.8", "98.8"),
    # the rate first, the base last, 同期 after the figure is its own period
    ("LG101", "以调解方式结案52件，调解率{}%，比上年有所提高；同期共审结各类案件240件。", "21.7", "31.7"),
    # a frame opening the numerator's sentence names the base, under the next heading
    ("LG101", "全年收到行政复议申请428件，依法受理396件。\n二、审理情况\n在已受理的案件中，纠错59件，纠错率{}%。", "14.9", "24.9"),
    ("LG101", "全年共受理复议申请1,320件，其中不予受理的48件。\n二、审理\n已受理的案件当中，调解结案286件，调解率{}%。",
     "21.7", "28.7"),
    # a share naming no whole: its part the clause after it, the whole the metric's other count (before or after)
    ("LG101", "高技术制造业增加值占比为{}%，实现增加值122.5亿元；全县规模以上工业增加值684.5亿元。", "17.9", "27.9"),
    ("LG101", "全县规模以上工业增加值684.5亿元。战略性新兴产业增加值占比{}%，完成增加值205.3亿元。", "30.0", "36.0"),
    # what was due and what was done after a share before its noun (a bound in its direction)
    ("LG101", "{}%以上的处罚决定已公示，应公示1,480件中已公示1,423件。", "95", "98"),
    ("LG101", "近{}%的行政许可决定已在网上公开。全年应公开2,150件，实际公开2,036件。", "95", "90"),
    # completions: a budget after the figure, a colon opening the operands, 完成率 over the tasks set
    ("LG102", "全年一般公共预算收入42.6亿元，完成预算的{}%。年初预算为45亿元。", "94.7", "84.7"),
    ("LG102", "完成年度目标任务的{}%：全年新增规上企业50家，年度目标任务为40家。", "125", "145"),
    ("LG102", "年初确定的重点项目36项，已完成34项，完成率{}%。", "94.4", "84.4"),
    # last year's change in a rise's own verb after the difference
    ("LG209", "居民消费价格上涨2.1%，涨幅比上年回落{}个百分点；上年上涨3.5%。", "1.4", "3.4"),
]


@pytest.mark.parametrize("code,body,ok,wrong", FOUND)
def test_operands_read_where_they_stand(code, body, ok, wrong):
    text = HEAD + body.format(ok)
    assert codes(text) == []
    assert True in verdict(text, ok)
    bad = HEAD + body.format(wrong)
    assert True not in verdict(bad, wrong)
    assert code in codes(bad)


TRAPS = [
    # last year's rate is never over this year's counts
    "全年审结案件200件，纠错30件。上年纠错率为12.0%。",
    "全年审结案件200件，纠错30件，纠错率15.0%。上年纠错率为10.0%，比上年高出5.0个百分点。",
    "去年同期的按期办结率为91.0%，今年受理信访事项850件，按期办结833件。",
    # another period named between the rate and the counts after it
    "2023年全县信访事项按期办结率为93.0%，2024年受理信访事项850件，按期办结833件。",
    # another budget than the one stated (调整预算 is not 年初预算), a shortfall is no target
    "全年一般公共预算收入42.6亿元，完成调整预算的98.6%。年初预算为45亿元。",
    "本年收入完成预算的96.98%，比预算数280亿元少8.46亿元。各项税收共收到127亿元，完成预算数的92.49%。",
    # a fall printed as a positive figure: its sign is not read
    "居民消费价格下降0.5%，比上年回落1.2个百分点。上年上涨0.7%。",
    # the difference against another body's change, not last year's
    "居民消费价格上涨2.1%，涨幅比上年回落1.4个百分点；全省上涨2.8%。",
    # two wholes of the measure in the part before: either may be the base
    "新收行政复议案件520件，共需办理550件；全年共接待来访群众600件。\n二、审结情况\n审结506件，结案率96.0%。",
    # what 其中 breaks down after a rate is a part of its numerator, never the numerator (in % and in ‰)
    "全年审结行政复议案件250件，纠错率24.0%，其中直接纠错38件。",
    "全年作出行政处罚决定25,000件，被纠错率2.4‰，其中复议纠错38件。",
    # a share whose part after it is named by something its subject does not say
    "高技术制造业增加值占比为25.0%，其中电子信息制造业增加值126.0亿元；全县规模以上工业增加值681.0亿元。",
]


@pytest.mark.parametrize("body", TRAPS)
def test_traps_are_silent(body):
    assert codes(HEAD + body) == []


PER_MILLE = [
    ("行政处罚被纠错率为{}‰（全年作出处罚决定14,300件，被撤销、变更或确认违法的40件）。", "2.8", "5.8"),
    ("全年作出行政处罚决定25,000件，被复议、诉讼纠错的60件，被纠错率{}‰。", "2.4", "4.4"),
]


@pytest.mark.parametrize("body,ok,wrong", PER_MILLE)
def test_a_rate_in_per_mille_is_checked(body, ok, wrong):
    text = HEAD + body.format(ok)
    assert codes(text) == []
    assert True in verdict(text, ok + "‰")
    bad = [f for f in lint_text(HEAD + body.format(wrong), RULES, registry=REG) if f.code == "LG101"]
    assert bad and wrong + "‰" in bad[0].message()


def test_vital_rates_in_per_mille_are_not_rates_of_counts():
    # (出生率 is over the mean population, LG108's; never read by LG101 over the counts around it)
    assert codes(HEAD + "全年出生人口2.86万人，出生率9.4‰，年平均常住人口386.4万人。") == []
