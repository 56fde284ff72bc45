"""Comparisons in drafters' phrasings (validity round 55, comparisons engineer): a multiple whose base is the level the
sentence itself states for the period it names (是三年前的2.1倍，三年前为6.0万辆 / 2020年…为3,200个，今年达到1.12万个，
为2020年的3.5倍; Chinese numerals, 2倍多 as a range), points between two rates both written (高于上年的91.3%，提升5.2个
百分点 / 两者相差 / 高于目标), a share's change from the part's and the whole's growth, a yearly mean over a range named in
brackets after “十四五”以来 or opening the sentence, growth against the sentence before headed by the year before,
and 环比 against the period right before when the claim names only its period.  The phrasings are
lintgov's own; each consistent one stays silent, each wrong one is found by the rule named, and the readings stay
silent where the text does not fix them."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def codes(text):
    return [f.code for f in lint_text(text + "\n", RULES, registry=REG)]


PAIRS = [
    # (rule, consistent, wrong)
    ("LG205", "城市轨道交通运营里程达到186.4公里，是五年前的二点四倍，五年前为77.5公里。",
     "城市轨道交通运营里程达到186.4公里，是五年前的三点四倍，五年前为77.5公里。"),
    ("LG205", "2019年全区公共充电桩为2,450个，今年达到0.98万个，为2019年的4倍。",
     "2019年全区公共充电桩为2,450个，今年达到0.98万个，为2019年的3倍。"),
    ("LG205", "实有市场主体达到36.2万户，是十年前的2倍多，十年前为15.1万户。",
     "实有市场主体达到36.2万户，是十年前的3倍多，十年前为15.1万户。"),
    ("LG209", "政务服务好评率达到98.2%，高于上年的95.6%，提升2.6个百分点。",
     "政务服务好评率达到98.2%，高于上年的95.6%，提升3.6个百分点。"),
    ("LG209", "一审行政案件败诉率为7.4%，二审改判率为3.1%，两者相差4.3个百分点。",
     "一审行政案件败诉率为7.4%，二审改判率为3.1%，两者相差2.3个百分点。"),
    ("LG209", "群众满意度目标为92%，实际达到95.3%，高于目标3.3个百分点。",
     "群众满意度目标为92%，实际达到95.3%，高于目标5.3个百分点。"),
    ("LG209", "制造业投资增长9.6%，其中高技术制造业投资增长21.4%，占制造业投资的30.2%，比上年提高2.9个百分点。",
     "制造业投资增长9.6%，其中高技术制造业投资增长21.4%，占制造业投资的30.2%，比上年提高5.9个百分点。"),
    ("LG208", "“十三五”以来（2016—2020年），全区累计新增就业岗位8.5万个，平均每年1.7万个。",
     "“十三五”以来（2016—2020年），全区累计新增就业岗位8.5万个，平均每年2.7万个。"),
    ("LG208", "2019—2023年，全区新增市场主体6.5万户，平均每年1.3万户。",
     "2019—2023年，全区新增市场主体6.5万户，平均每年2.3万户。"),
    ("LG201", "三季度全市用电量为452.1亿千瓦时，四季度完成486.3亿千瓦时，环比增长7.6%。",
     "三季度全市用电量为452.1亿千瓦时，四季度完成486.3亿千瓦时，环比增长12.6%。"),
    ("LG201", "10月份全市社会消费品零售总额为82.4亿元。11月份完成88.6亿元，环比增长7.5%。",
     "10月份全市社会消费品零售总额为82.4亿元。11月份完成88.6亿元，环比增长12.5%。"),
    ("LG209", "网上办事满意率达到96.5%，高出上年同期的91.3%，上升5.2个百分点。",
     "网上办事满意率达到96.5%，高出上年同期的91.3%，上升3.2个百分点。"),
    ("LG201", "2022年全市受理劳动人事争议案件3,840件。2023年受理4,412件，增长14.9%。",
     "2022年全市受理劳动人事争议案件3,840件。2023年受理4,412件，增长19.9%。"),
]


@pytest.mark.parametrize("rule,good,bad", PAIRS)
def test_consistent_statements_are_silent(rule, good, bad):
    assert codes(good) == [], good


@pytest.mark.parametrize("rule,good,bad", PAIRS)
def test_wrong_statements_are_found(rule, good, bad):
    assert rule in codes(bad), bad


@pytest.mark.parametrize("text", [
    # the labelled clause names another metric than the multiple's
    "2020年全市充电桩数量为3,200个，今年充电站达到1.52万个，为2020年的3.5倍。",
    # two clauses state a level for the year named: which one is the base is not known
    "2020年充电桩为3,200个，2020年充电站为1,900个，今年达到1.52万个，为2020年的3.5倍。",
    # a multiple of a year whose level is not printed
    "新能源汽车保有量达到18.6万辆，是三年前的二点一倍。",
    # points against a rate of another body or year not printed
    "本科上线率66.58%，高于全市5.23个百分点。",
    # 高于上年的 with a change in the other direction: the words disagree, nothing is read
    "好评率达到98.2%，高于上年的95.6%，下降1.6个百分点。",
    # three rates before 两者相差: which two is not known
    "受理率为96.1%，办结率为92.4%，满意率为88.5%，两者相差3.7个百分点。",
    # the share of a real-growth whole (value added): a share of nominal values does not move with real growths
    "工业增加值增长8.2%，其中高技术制造业增加值增长15.1%，占工业增加值的32.4%，比上年提高4.5个百分点。",
    # the whole's growth under other words than the share names
    "全年固定资产投资增长9.8%，民间投资增长8.4%，占全部投资的70%，占比比上年下降3.9个百分点。",
    # a range and “十四五”以来 in a report of unknown year, the total not cumulative: nothing read
    "全区新增就业岗位8.5万个，平均每年2.7万个。",
    # 环比 with the metric named once: the period before must be the one right before (二季度 is not 四季度's)
    "二季度全市用电量为452.1亿千瓦时，四季度完成486.3亿千瓦时，环比增长12.6%。",
    # two values of the earlier period: which one is the base is not known
    "三季度全市用电量为452.1亿千瓦时，售电量为420.3亿千瓦时，四季度完成486.3亿千瓦时，环比增长12.6%。",
    # a range of years, then a level reached (not a flow over the range)
    "2019—2023年，全区市场主体达到26.5万户，平均每年1.3万户。",
    # the sentence before is headed by the year before but names another metric
    "2022年全市受理劳动人事争议案件3,840件。2023年办结4,412件，增长19.9%。",
    # the sentence before is headed by an earlier year, not the year before
    "2021年全市受理劳动人事争议案件3,840件。2023年受理4,412件，增长19.9%。",
])
def test_unfixed_readings_stay_silent(text):
    assert codes(text) == [], text
