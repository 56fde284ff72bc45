"""cross15: relations whose operands stand in other sentences or paragraphs (set A, ``benches/battery/cross15_a.py``; set B,
held out while building, ``benches/battery/cross15_b.py``; ``benches/bench_battery.py --file`` runs either as a bench).

Every consistent text is silent (arithmetic and yoy rules); every wrong text the engine reads is flagged; the traps —
consistent statements a reading too sure of its operands would flag (a base naming the whole before a kind, another
area's rate, an average over another kind of unit) — stay silent.  The few pairs the engine does not read yet are
listed in ``NOT_YET`` and asserted missed, so that reading one is noticed (move it out of the list then).
"""
import importlib.util
import os

import pytest

from lintgov.engine import lint_text

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("cross15_setA", os.path.join(HERE, os.pardir, "benches", "battery", "cross15_a.py"))
_mod = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_mod)
STATEMENTS = _mod.STATEMENTS
_spec_b = importlib.util.spec_from_file_location("cross15_setB", os.path.join(HERE, os.pardir, "benches", "battery", "cross15_b.py"))
_mod_b = importlib.util.module_from_spec(_spec_b)
_spec_b.loader.exec_module(_mod_b)
#: set B, held out while building (committed at the end): the same assertions, its misses listed as not read yet
SET_B = _mod_b.STATEMENTS

#: pairs not read yet (a growth after a 今年以来 remark clause, a rate named by another verb than its counts', a breakdown under 按…分 or in a list paragraph,
#: a flow's change across clauses, a 本年度 claim, a bracketed note inside a name)
NOT_YET = {"a-011", "a-032", "a-034", "a-035", "a-036", "a-039"}
#: (a-002, 上年全县…18650元。今年以来，…，全年…20142元: read since split22 — a base naming the area (全县) is no wider than
#: a level naming the same metric without it, claims.grammar._wider_base)
KNOWN_FA: set = set()
#: set B's pairs not read (at 2f0549a and after cross15 alike)
NOT_YET |= {"b-003", "b-006", "b-010", "b-019", "b-025", "b-030", "b-031", "b-034"}

#: wordings written while building (not part of set A's measure): the same readings with other words, order and breaks
EXTRA = [
    ("x-01", "trap", "上年全市汽车产量为10.0万辆。今年全市新能源汽车产量达到4.2万辆，比上年增长40%。", None, None),
    ("x-02", "trap", "全市一般公共预算收入86.4亿元，比上年增长8.0%。\n上年，市本级一般公共预算收入40.0亿元。", None, None),
    ("x-03", "trap", "全市接待游客1250万人次，比上年增长25.0%。\n上年，全市接待入境游客10.0万人次。", None, None),
    ("x-04", "trap", "全省行政复议纠错率为12.4%，全市行政复议纠错率为11.6%。全市全年审结行政复议案件250件，其中纠错29件。", None, None),
    ("x-05", "trap", "2022年全区城镇居民人均可支配收入为4.5万元。2023年全区居民人均可支配收入4.0万元，增长6.0%。", None, None),
    ("x-06", "trap", "全市社会消费品零售总额450亿元，比上年增长9.0%。\n上年全市限额以上社会消费品零售总额212.8亿元。", None, None),
    ("x-07", "trap", "全市常住人口250万人，比上年增加1.2万人。\n上年全市户籍人口232万人。", None, None),
    ("x-08", "trap", "全县共有医疗卫生机构412个。\n全县共有执业医师1,650人，平均每所乡镇卫生院12人。", None, None),
    ("x-09", "cross", "2022年全区城镇居民人均可支配收入为4.5万元。2023年全区城镇居民人均可支配收入4.77万元，增长6.0%。", "6.0%", "9.0%"),
    ("x-10", "cross", "全县规上工业企业营业收入320亿元，比上年增长10.0%。\n上年全县规上工业企业营业收入290.9亿元。", "10.0%", "16.0%"),
    ("x-11", "cross", "全区共有村级综合服务站86个。\n按建设类型分，新建52个，改扩建30个，提升4个。", "52个", "62个"),
    ("x-12", "trap", "全区共有村级综合服务站86个。\n全区共有卫生室92个，其中新建12个。", None, None),
]


@pytest.fixture(scope="module")
def rules(consistency_rules):
    """The consistency engine's rules (conftest's session fixture)."""
    return consistency_rules


@pytest.mark.parametrize("sid,fam,good,fig,wrong", [s for s in STATEMENTS + EXTRA + SET_B if s[0] not in KNOWN_FA],
                         ids=[s[0] for s in STATEMENTS + EXTRA + SET_B if s[0] not in KNOWN_FA])
def test_consistent_silent(rules, sid, fam, good, fig, wrong):
    found = lint_text(good + "\n", rules)
    assert not found, [f"{f.code} {f.message('en')}" for f in found]


@pytest.mark.parametrize("sid,fam,good,fig,wrong", [s for s in STATEMENTS + EXTRA + SET_B if s[3] is not None],
                         ids=[s[0] for s in STATEMENTS + EXTRA + SET_B if s[3] is not None])
def test_wrong_flagged(rules, sid, fam, good, fig, wrong):
    assert fig in good and wrong != fig
    found = lint_text(good.replace(fig, wrong, 1) + "\n", rules)
    if sid in NOT_YET:
        assert not found, f"{sid} is now read: move it out of NOT_YET"
    else:
        assert found, f"{sid}: the wrong figure {wrong} passed"


def test_known_false_alarm_still_listed(rules):
    for sid, fam, good, fig, wrong in STATEMENTS:
        if sid in KNOWN_FA:
            assert lint_text(good + "\n", rules), f"{sid} is silent now: take it out of KNOWN_FA"
