"""Averages whose total and count stand around them (session bounds12): claims.reach.average_operands finds the count
of the units and the total of an average per unit by what they are — their measure and the words they share with the
average or with each other — in the average's paragraph, the paragraphs above it under its heading (the part before
when the average opens its part) and the sentence after it; claims.ratios.per_unit reads averages of durations per
case (平均审理期限为38天, 平均办理时长15天) over a sum of days named as one (累计审理天数, 累计用时) and the cases counted.

Wordings written for the test: each consistent statement is silent and recorded as checked; its variant with one wrong
figure is found; the traps (a time limit, a count of another period or scope, people who are not the doers, two
counts either of which may be the base, a count of other things, an approximate average) stay silent."""
import pytest

from fresh_set import codes
from lintgov.claims import ledger
from lintgov.document import Document
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULE = next(r({}) for r in REG.rules if r.code == "LG108")

PAIRS = [
    # a duration per case, its count and total in the sentence after, in Chinese numerals
    ("全市行政复议案件平均审理期限为41天。全年共审结案件三百二十件，累计审理天数13,120天。",
     "全市行政复议案件平均审理期限为51天。全年共审结案件三百二十件，累计审理天数13,120天。"),
    ("全年审结案件二百一十件，累计审理天数7,980天。\n复议案件平均审理期限为38天。",
     "全年审结案件二百一十件，累计审理天数7,980天。\n复议案件平均审理期限为28天。"),
    # the count a paragraph before with a bracketed note, the total after the average
    ("全年审结（含终止）行政复议案件180件。\n办案效率持续提高，平均审结时长为22天，累计用时3,960天。",
     "全年审结（含终止）行政复议案件180件。\n办案效率持续提高，平均审结时长为25天，累计用时3,960天。"),
    ("全年办结行政复议案件1,300件（含终止）。平均办理时长为13.5天，累计用时17,550天。",
     "全年办结行政复议案件1,300件（含终止）。平均办理时长为15.5天，累计用时17,550天。"),
    # 人均 over the people the total's clause names, stated a sentence or a paragraph before
    ("全区共有公证员46名。全年公证员共办理公证事项13,800件，人均办理300件。",
     "全区共有公证员46名。全年公证员共办理公证事项13,800件，人均办理260件。"),
    ("现有执业律师220名。\n律师队伍不断壮大。全年律师共办理各类法律事务9,900件，人均办理45件。",
     "现有执业律师220名。\n律师队伍不断壮大。全年律师共办理各类法律事务9,900件，人均办理35件。"),
    # the count under the part before (the average opens its part)
    ("一、行政执法\n全年作出行政处罚决定1,300件，同比增长5%。\n二、罚没管理\n全年罚没款总额2,145万元，平均每件1.65万元。",
     "一、行政执法\n全年作出行政处罚决定1,300件，同比增长5%。\n二、罚没管理\n全年罚没款总额2,145万元，平均每件2.65万元。"),
    # events counted in 场次, the total a paragraph before the average
    ("普法活动1,600场，覆盖群众43万人次。\n各地创新形式。\n平均每场覆盖群众约269人次。",
     "普法活动1,600场，覆盖群众43万人次。\n各地创新形式。\n平均每场覆盖群众约369人次。"),
    ("全年开展送法下乡活动850场次，受益群众25.5万人次。平均每场受益群众300人次。",
     "全年开展送法下乡活动850场次，受益群众25.5万人次。平均每场受益群众400人次。"),
    # the lawyers added in the year are no count of all the lawyers
    ("全市共有律师520名，新增律师40名。全年律师共办理各类法律事务9,900件，人均办理19件。",
     "全市共有律师520名，新增律师40名。全年律师共办理各类法律事务9,900件，人均办理45件。"),
    # a bound on an average, checked in its direction (不到, 超过, 逾, 以上, 不足)
    ("平均办理时长不到15天：全年办结的1,300件案件累计用时17,550天。",
     "平均办理时长不到12天：全年办结的1,300件案件累计用时17,550天。"),
    ("全年办结案件1,300件，累计用时17,550天，平均办理时长超过12天。",
     "全年办结案件1,300件，累计用时17,550天，平均办理时长超过15天。"),
    ("全年罚没款总额2,145万元，涉及案件1,300件，平均每件逾1.6万元。",
     "全年罚没款总额2,145万元，涉及案件1,300件，平均每件逾1.9万元。"),
    ("全年罚没款总额2,145万元，涉及案件1,300件，平均每件1.6万元以上。",
     "全年罚没款总额2,145万元，涉及案件1,300件，平均每件1.9万元以上。"),
    ("全年罚没款总额2,145万元，涉及案件1,300件，平均每件不足1.9万元。",
     "全年罚没款总额2,145万元，涉及案件1,300件，平均每件不足1.4万元。"),
    ("全区共有公证员46名。全年公证员共办理公证事项13,800件，人均办理超过280件。",
     "全区共有公证员46名。全年公证员共办理公证事项13,800件，人均办理超过310件。"),
]

TRAPS = [
    # a time limit is no sum of days
    "全年审结案件210件。法定审理期限60天，平均审理期限为38天。",
    # a count of a wider scope, of last year
    "全省审结案件2,100件。全市复议案件平均审理期限为58天，累计审理天数7,980天。",
    "上年审结案件180件。平均审理期限为38天，累计审理天数7,980天。",
    # people who are not the doers; two counts of people (all and the new ones)
    "全市常住人口220万人。全年律师共办理各类法律事务9,900件，人均办理45件。",
    # two counts of cases, either may be the base
    "全年受理案件300件，审结案件210件。平均审理期限为48天，累计审理天数7,980天。",
    # a change of the average, an approximate average
    "平均审理期限由45天缩短至38天。全年审结案件210件，累计审理天数7,980天。",
    "全年审结案件210件，累计审理天数7,980天，平均审理期限为38天左右。",
    # a count of other things than the average's (no word of theirs shared)
    "全年受理信访事项1,300件。\n全年罚没款总额2,145万元，平均每件罚没2.65万元。",
    "全年办理法律援助案件1,300件。全年发放补贴2,145万元，平均每件补贴2.65万元。",
    # 近 is just under, no bound this reads; a bound of a plan
    "全年办结案件1,300件，累计用时17,550天，平均办理时长近15天。",
    "力争全年平均办理时长不超过10天。全年办结案件1,300件，累计用时17,550天。",
]


@pytest.mark.parametrize("good,bad", PAIRS)
def test_consistent_is_silent_and_checked(good, bad):
    assert "LG108" not in codes(good), good
    d = Document(good + "\n", path="example.txt")
    list(RULE.check(d, None))
    assert any(c.rule == "LG108" and c.consistent for c in ledger(d)), good


@pytest.mark.parametrize("good,bad", PAIRS)
def test_wrong_is_found(good, bad):
    assert "LG108" in codes(bad), bad


@pytest.mark.parametrize("text", TRAPS)
def test_traps_stay_silent(text):
    assert "LG108" not in codes(text), text
