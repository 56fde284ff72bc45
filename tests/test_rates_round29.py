"""Rates and per-capita figures in the orders and forms round 29 (rates engineer) named: a rate with a colon opening
its counts, a rate named in the clause before its value (…率较上年提高N个百分点，达X%), a share named only by a demonstrative (这一比例), a rate whose whole is what was done and what is left undone
(覆盖…户，覆盖率…，尚有…户未覆盖), the three sectors' shares with each sector named in full, and per-capita figures stated as approximate (约/左右), over an approximate total or
population, over a population stated as a change (常住人口由上年A增加到B) or as the end of a change (人均地区生产总值从A增至B).

Phrasings of our own, written from how the reports of ../shared/corpus/full state rates and per-capita figures (the
numbers are made up; the arithmetic is in the comment).  Each pair is once consistent (no arithmetic or year-over-year
finding) and once with one wrong figure (at least one finding of the rule named).  The traps are consistent statements
a naive reading would flag: they must stay silent."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def findings(text):
    return lint_text(text + "\n", RULES, registry=REG)


# (id, consistent text, the figure as printed, the wrong figure, the rule that must find the wrong one)
PAIRS = [
    # -- a colon after the rate opens its counts -------------------------------------------------------------------
    ("c1", "行政复议纠错率为14.5%：在审结的352件案件中，直接纠错51件。", "14.5%", "19.5%", "LG101"),  # 51/352 = 14.49
    ("c2", "办结率达99.1%：全年受理各类案件1,064件，办结1,054件。", "99.1%", "94.1%", "LG101"),  # 1054/1064 = 99.06
    ("c3", "群众满意率为96.0%：共回访群众2,150人，表示满意2,064人。", "2,064人", "1,864人", "LG101"),  # 2064/2150 = 96.0
    # -- a demonstrative names the share of the part just stated ----------------------------------------------------
    ("d1", "全年审结行政复议案件352件，其中直接纠错51件，这一比例为14.5%。", "14.5%", "19.5%", "LG101"),  # 51/352
    ("d2", "全区共有中小学校120所，其中公办学校96所，该比例达80%。", "80%", "70%", "LG101"),  # 96/120 = 80
    # -- the whole is what was done and what is left undone ---------------------------------------------------------
    ("r1", "农村饮水安全工程覆盖18.6万户，覆盖率93.0%，尚有1.4万户未覆盖。", "93.0%", "98.0%", "LG101"),  # 18.6/20.0
    ("r2", "已完成改造1,180户，完成率94.4%，尚有70户未完成。", "94.4%", "89.4%", "LG101"),  # 1180/1250 = 94.4
    ("r3", "排查发现的问题已整改236个，整改率98.3%，还有4个未整改。", "98.3%", "93.3%", "LG101"),  # 236/240 = 98.33
    # -- per-capita figures stated as approximate, or over approximate operands -------------------------------------
    ("p1", "全市地区生产总值3120亿元，年末常住人口386万人，人均地区生产总值约8.08万元。",
     "8.08万元", "9.08万元", "LG108"),  # 3120/386 = 8.083
    ("p2", "全市地区生产总值3120亿元，年末常住人口386万人，人均地区生产总值8.1万元左右。",
     "8.1万元", "9.1万元", "LG108"),
    ("p3", "全市地区生产总值约3120亿元，年末常住人口386万人，人均地区生产总值8.08万元。",
     "8.08万元", "9.08万元", "LG108"),
    ("p4", "全县地区生产总值262.6亿元，常住人口约36万人，人均地区生产总值7.3万元。",
     "7.3万元", "8.3万元", "LG108"),  # 262.6/36 = 7.29
    # -- the population as a change over the year; the per-capita figure as the end of a change ---------------------
    ("p5", "全年实现地区生产总值5696亿元，增长5.3%。常住人口由上年729万人增加到732万人。"
           "这五年，人均地区生产总值从5.6万元增至7.8万元。", "7.8万元", "10.1万元", "LG108"),  # 5696/730.5 = 7.80
    ("p6", "全年实现地区生产总值5696亿元，增长5.3%。常住人口由上年729万人增加到732万人。人均地区生产总值约7.8万元。",
     "7.8万元", "8.3万元", "LG108"),
    # -- the rate named in the clause before its value, with its change (…率较上年提高N个百分点，达X%) --------------------
    ("v1", "全年审结行政复议案件398件，直接纠错58件，纠错率较上年提高2.1个百分点，达14.6%。",
     "14.6%", "19.6%", "LG101"),  # 58/398 = 14.57
    ("v2", "全年受理各类案件1064件，办结1054件，办结率比上年提高1.2个百分点，达99.1%。", "99.1%", "94.1%", "LG101"),
    ("v3", "城镇人口52.3万人，乡村人口30.1万人，城镇化率较上年提高0.8个百分点，达63.5%。",
     "63.5%", "68.5%", "LG101"),  # 52.3/82.4 = 63.47
    # -- the three sectors' shares of one whole, each sector named in full before 分别 --------------------------------
    ("s1", "第一产业、第二产业和第三产业增加值占地区生产总值的比重分别为7.4%、39.6%和53.0%。",
     "53.0%", "63.0%", "LG106"),  # 7.4 + 39.6 + 53.0 = 100
]


@pytest.mark.parametrize("pid,text,fig,wrong,code", PAIRS, ids=[p[0] for p in PAIRS])
def test_consistent_is_silent(pid, text, fig, wrong, code):
    assert findings(text) == []


@pytest.mark.parametrize("pid,text,fig,wrong,code", PAIRS, ids=[p[0] for p in PAIRS])
def test_wrong_figure_is_found(pid, text, fig, wrong, code):
    assert fig in text
    got = findings(text.replace(fig, wrong, 1))
    assert code in {f.code for f in got}, (pid, [(f.code, f.message) for f in got])


TRAPS = [
    # 满意率 over the questionnaires returned who were satisfied (not printed), not 1,150/1,200
    ("t1", "满意率达99%：共发放问卷1,200份，回收1,150份。"),
    # 3万名 重点人群 is a subgroup of those not signed: the whole is not 12 + 3
    ("t2", "全区家庭医生签约12万人，签约率60%，尚有3万名重点人群未签约。"),
    # 正在整改 is not 未整改: the 12 may be among the 236 or beside them; nothing says the whole is 248
    ("t3", "排查发现的问题已整改236个，整改率90%，另有12个正在整改。"),
    # 不予受理 is one decision among others (转送, 告知): the rate is at most (520 − 26)/520 = 95%
    ("t4", "全年收到政府信息公开申请520件，不予受理26件，受理率为90%。"),
    # 约8.0万元 stands for 7.85–8.15万元: 3120/386 = 8.08 lies inside (as printed, 7.95–8.05, it would not)
    ("t5", "全市地区生产总值3120亿元，年末常住人口386万人，人均地区生产总值约8.0万元。"),
    # the per-capita figure of 2020 in a change whose years are named: only the year's figure is read, and not here
    ("t6", "全年实现地区生产总值5696亿元。年末常住人口732万人。人均地区生产总值从2020年的5.6万元增至2025年的9.8万元。"),
    # the population before the change is last year's: the mean lies between the two year-ends (5696/729 = 7.81)
    ("t7", "全年实现地区生产总值5696亿元。常住人口由上年729万人增加到732万人，人均地区生产总值7.8万元。"),
    # the counts are of the year before; the rate that rose from them is this year's (1054/1064 = 99.06%, not 99.6%)
    ("t8", "2023年受理各类案件1064件，办结1054件。2024年办结率较上年提高0.5个百分点，达99.6%。"),
    ("t9", "上年受理各类案件1064件，办结1054件；今年办结率比上年提高0.5个百分点，达99.6%。"),
]


@pytest.mark.parametrize("tid,text", TRAPS, ids=[t[0] for t in TRAPS])
def test_trap_is_silent(tid, text):
    assert findings(text) == [], [(f.code, f.message) for f in findings(text)]
