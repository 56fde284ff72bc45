"""The rate-share and bound families of issue 10 (cover engineer, 2026-12-04 evening), on the fresh set in
``tests/cover_round4_set.py``: every consistent statement (and every trap) gives no arithmetic or year-over-year
finding; every statement with one wrong figure gives one.  The set was written before the code of this round was
changed; at main c659b4c it measured 25/43 wrong statements found, 0/59 consistent flagged (per-10,000 ratios 0/7,
bounds 6/9, targets 4/7).  Statements still missed are in ``KNOWN_MISSES``, marked xfail(strict): the day one is found,
the test says so.  Below the set, each grammar part of the round in other words than the set's."""
import pytest

from fresh_set import codes, wrong_params
from cover_round4_set import SET, SET2

#: wrong statements no rule finds yet (why, in a few words)
KNOWN_MISSES = {
    "c4-30": "占全市进出口总额 with the total stated without 全市 and no issuer naming the report's own scope: a city's "
             "total in a district's report is never taken",
    "c4-31": "相当于…的29.4% is not read as a share",
}


@pytest.mark.parametrize("ident,family,good,bad", SET, ids=[x[0] for x in SET])
def test_consistent_is_silent(ident, family, good, bad):
    assert codes(good) == []


WRONG = wrong_params(SET, KNOWN_MISSES)


@pytest.mark.parametrize("ident,family,bad", WRONG)
def test_wrong_is_found(ident, family, bad):
    assert codes(bad) != []


def test_the_set_is_large_and_paired():
    assert sum(1 for x in SET if x[3] is not None) >= 30
    assert sum(1 for x in SET if x[3] is None) >= 10
    assert len({x[0] for x in SET}) == len(SET)
    for ident, family, good, bad in SET:
        assert good != bad, ident


# -- ratios per N people (claims.ratios.per_people, LG108): a count named by the ratio's words in its paragraph over a
# population stated in the report (常住/户籍, ±2%); silent for plans, without a population, or when one reading fits
PER_SILENT = [
    "全县户籍人口48万人。全县共有注册志愿者6.1万人，每万人拥有注册志愿者1,271人。",
    "到2025年，每万人口发明专利拥有量达到30件。全市有效发明专利9,026件，常住人口368.4万人。",
    "全市常住人口120万人，共有公共图书馆藏书96万册，每百人拥有公共图书藏书80册。",
    "每万人口拥有社会组织7.2个，全市登记社会组织3,600个，常住人口500万人。",
    "全市共有执业律师2,860人，每万人拥有律师7.5名。",
    "年末常住人口500万人。新增社会组织200个，全市登记社会组织3,600个，每万人口拥有社会组织7.2个。",
]
PER_FOUND = [
    "全县户籍人口48万人。全县共有注册志愿者6.1万人，每万人拥有注册志愿者1,571人。",
    "全市常住人口120万人，共有公共图书馆藏书96万册，每百人拥有公共图书藏书95册。",
    "每万人口拥有社会组织9.2个，全市登记社会组织3,600个，常住人口500万人。",
]


@pytest.mark.parametrize("text", PER_SILENT)
def test_per_people_silent(text):
    assert codes(text) == []


@pytest.mark.parametrize("text", PER_FOUND)
def test_per_people_found(text):
    assert "LG108" in codes(text)


def test_per_people_grammar():
    from lintgov.claims.ratios import per_people
    from lintgov.document import Document

    def read(t):
        return [(p.per, p.base, p.name) for p in per_people(Document(t + "\n"))]
    assert read("每万人口执业（助理）医师34.6人") == [(10000, "人口", "执业助理医师")]
    assert read("每千名老年人拥有养老床位38张") == [(1000, "老年人", "养老床位")]
    assert read("万人发明专利拥有量24.5件") == [(10000, "人", "发明专利")]
    assert read("千人口床位数6.8张") == [(1000, "人口", "床位")]
    assert read("千人计划专家12人") == []
    assert read("每万人口刑事案件发案率12.5%") == []


# -- bounds with the year's total of the bound's own deed after them (不足5,000条，全年共公开4,812条; 全年累计, never a
# 累计 over years), a threshold passed with 新台阶
BOUND_SILENT = [
    "受理投诉举报超过2,000件，全年共受理2,136件。",
    "发放创业担保贷款不足10亿元，全年累计发放9.6亿元。",
    "主动公开政府信息不足5,000条，五年累计公开12,000条。",
    "地区生产总值迈上500亿元新台阶，达到512亿元。",
]
BOUND_FOUND = [
    "受理投诉举报超过2,000件，全年共受理1,936件。",
    "发放创业担保贷款不足10亿元，全年累计发放10.6亿元。",
    "地区生产总值迈上500亿元新台阶，达到486亿元。",
]


@pytest.mark.parametrize("text", BOUND_SILENT)
def test_bound_silent(text):
    assert codes(text) == []


@pytest.mark.parametrize("text", BOUND_FOUND)
def test_bound_found(text):
    assert "LG105" in codes(text)


# -- targets named after the completion: in the next sentence opening with the plan (。年度计划1.5万亩), in the clause
# right after an excess (，年度目标任务120公里), and 完成率 after a target named 计划投资
TARGET_SILENT = [
    "全年完成造林1.8万亩，为年度计划的120%。年度计划1.5万亩。",
    "全年完成固定资产投资468亿元，为年度计划的104.0%。上年完成投资420亿元。",
    "新建农村公路138公里，超出年度目标任务15%，年度目标任务120公里。",
    "年度计划投资80亿元，实际完成投资92亿元，投资完成率115%。",
]
TARGET_FOUND = [
    "全年完成造林1.8万亩，为年度计划的130%。年度计划1.5万亩。",
    "新建农村公路138公里，超出年度目标任务25%，年度目标任务120公里。",
    "年度计划投资80亿元，实际完成投资92亿元，投资完成率105%。",
]


@pytest.mark.parametrize("text", TARGET_SILENT)
def test_target_silent(text):
    assert codes(text) == []


@pytest.mark.parametrize("text", TARGET_FOUND)
def test_target_found(text):
    assert "LG102" in codes(text)


# -- a part among a whole closed by 中 (claims.ratios.among) as the numerator of a rate stated before them: the whole
# shares a word with the rate's name, the part is named by the rate's own word (or, for coverage, another word of it)
AMONG_SILENT = [
    "农村卫生厕所普及率达到90.0%，全镇4,200户农户中已有3,780户使用卫生厕所。",
    "一审胜诉率为89.8%，一审审结的215件案件中胜诉193件。",
    "调解成功率为95.0%，在受理的400件纠纷中调解成功380件。",
    "森林覆盖率达到60%，全市1,000个村中已有800个建成村级公园。",
    "行政村光纤覆盖率达到90.9%，全市860个行政村中已有782个通光纤。",
]
AMONG_FOUND = [
    "农村卫生厕所普及率达到96.0%，全镇4,200户农户中已有3,780户使用卫生厕所。",
    "一审胜诉率为80.0%，一审审结的215件案件中胜诉193件。",
    "行政村光纤覆盖率达到95.9%，全市860个行政村中已有782个通光纤。",
]


@pytest.mark.parametrize("text", AMONG_SILENT)
def test_among_silent(text):
    assert codes(text) == []


@pytest.mark.parametrize("text", AMONG_FOUND)
def test_among_found(text):
    assert "LG101" in codes(text)


# -- a share of a total stated in another paragraph: never the wider total whose name holds the whole's (出口 in
# 外贸进出口总额: both were false alarms before), a plan share never over the year's GDP, a bound (超千亿元) is no operand
# of a share printed to a decimal, 占全区GDP比重 in a district's report is of the district's own GDP
WHOLE_SILENT = [
    "全市外贸进出口总额872亿美元，其中出口总额466亿美元。\n高新技术产品出口157亿美元，占全市出口总额的33.7%。",
    "全市进出口总额1,520亿元，出口920亿元。\n机电产品出口610亿元，占全市出口总额的66.3%。",
    "我代表罗湖区人民政府作报告。\n全区地区生产总值2808.19亿元，增长5%。\n预计明年数字经济核心产业增加值320亿元，占全区GDP比重达12%。",
    "全区地区生产总值1,650亿元。\n文化产业增加值99亿元、总量全市第三，占GDP比重6.0%。超高清视频、智能终端等集群产值超千亿元。",
]
WHOLE_FOUND = [
    "我代表龙岗区人民政府作报告。\n全区地区生产总值4,500亿元，增长5%。\n数字经济核心产业增加值900亿元，占全区GDP比重达25.0%。",
    "全区地区生产总值1,650亿元。\n文化产业增加值99亿元、总量全市第三，占GDP比重8.0%。超高清视频、智能终端等集群产值超千亿元。",
    "我代表深圳市人民政府作报告。\n全市外贸进出口总额872亿美元，其中出口总额466亿美元。\n高新技术产品出口157亿美元，占全市出口总额的38.8%。",
]


@pytest.mark.parametrize("text", WHOLE_SILENT)
def test_whole_elsewhere_silent(text):
    assert codes(text) == []


@pytest.mark.parametrize("text", WHOLE_FOUND)
def test_whole_elsewhere_found(text):
    assert "LG101" in codes(text)



@pytest.mark.parametrize("ident,family,good,bad", SET2, ids=[x[0] for x in SET2])
def test_second_set_silent(ident, family, good, bad):
    assert codes(good) == []


@pytest.mark.parametrize("ident,family,good,bad", [x for x in SET2 if x[3] is not None], ids=[x[0] for x in SET2 if x[3] is not None])
def test_second_set_found(ident, family, good, bad):
    assert codes(bad) != []


def test_bound_bracket_with_the_deed():
    assert codes("帮助企业融资不足50亿元（全年融资57亿元）。") == ["LG105"]
    assert codes("帮助企业融资超过50亿元（其中贷款30亿元）。") == []
    assert codes("帮助企业融资超过50亿元（实际贷款47亿元）。") == []
