"""Changes whose prior stands after them or whose list mixes directions, each consistent (silent) and wrong (found):
- a 分别 list of changes with their own verbs (分别增长A%和下降B%, 分别增加N件、减少M件), priors as 上年分别为… after;
- 净增/净减/净增加 and other deltas against a prior in brackets or after, labelled 上年末/上年底;
- 比YEAR增长N倍 / 增长X% with that year's value after (，YEAR为A) — and a value of another year is not taken."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]
GWR = "2024年政府工作报告\n一、2023年工作回顾\n"


def codes(text):
    return sorted({f.code for f in lint_text(text + "\n", RULES, registry=REG)})


MIXED = [
    # (template, consistent values, wrong values)
    ("全年受理、办结信访事项分别为{a}件、{b}件，分别比上年增长{g1}%和下降{g2}%，上年分别为{pa}件和{pb}件。",
     dict(a=552, b=304, g1=15, g2=5, pa=480, pb=320), dict(g2=15)),
    ("全年接待游客{a}万人次、实现旅游收入{b}亿元，分别比上年增长{g1}%和减少{g2}%，上年分别为{pa}万人次和{pb}亿元。",
     dict(a="1438.2", b="98.6", g1="15.0", g2="4.6", pa="1250.6", pb="103.4"), dict(g2="9.6")),
    ("全年登记、注销市场主体分别为{a}万户和{b}万户，分别增长{g1}%、下降{g2}%。上年分别为{pa}万户和{pb}万户。",
     dict(a="1.26", b="0.32", g1=20, g2=20, pa="1.05", pb="0.40"), dict(g2=30)),
    ("全年新设企业、吊销企业分别为{a}户和{b}户，同比分别增长{g1}%和下降{g2}%，上年分别为{pa}户和{pb}户。",
     dict(a=12600, b=3200, g1=20, g2=20, pa=10500, pb=4000), dict(g1=30)),
    ("全年调解纠纷、化解积案分别为{a}件和{b}件，分别比上年减少{g1}%和增长{g2}%，上年分别为{pa}件和{pb}件。",
     dict(a=900, b=260, g1=10, g2=30, pa=1000, pb=200), dict(g1=20)),
]


@pytest.mark.parametrize("tpl,good,wrong", MIXED)
def test_a_list_of_changes_with_their_own_directions(tpl, good, wrong):
    assert codes(tpl.format(**good)) == [], tpl.format(**good)
    bad = tpl.format(**{**good, **wrong})
    assert codes(bad), bad


NET = [
    ("年末实有市场主体9187户，较上年末净增775户（上年末8412户）。", "年末实有市场主体9187户，较上年末净增875户（上年末8412户）。"),
    ("年末全市常住人口325.6万人，比上年末净减1.4万人（上年末327.0万人）。", "年末全市常住人口325.6万人，比上年末净减2.4万人（上年末327.0万人）。"),
    ("年末登记失业人员1.82万人，较上年末净增加0.21万人（上年末1.61万人）。", "年末登记失业人员1.82万人，较上年末净增加0.51万人（上年末1.61万人）。"),
    ("年末实有市场主体9187户，比上年末净增775户，上年末为8412户。", "年末实有市场主体9187户，比上年末净增975户，上年末为8412户。"),
    ("年末机动车保有量52.4万辆（上年底48.9万辆），比上年底增加3.5万辆。", "年末机动车保有量52.4万辆（上年底48.9万辆），比上年底增加4.5万辆。"),
    ("年末实有市场主体9187户，较上年末增长9.2%（上年末8412户）。", "年末实有市场主体9187户，较上年末增长19.2%（上年末8412户）。"),
    ("年末存款余额1250亿元，较上年末增长12.6%，上年末为1110亿元。", "年末存款余额1250亿元，较上年末增长16.2%，上年末为1110亿元。"),
]


@pytest.mark.parametrize("good,bad", NET)
def test_a_delta_against_a_year_end_prior_after_it(good, bad):
    assert codes(good) == [], good
    assert codes(bad), bad


YEAR_AFTER = [
    ("全市高新技术企业达到1313家，比2015年增长1倍，2015年为660家。", "全市高新技术企业达到1313家，比2015年增长2倍，2015年为660家。"),
    ("全年进出口总额达到1980亿元，比2012年增长1.2倍，2012年为900亿元。", "全年进出口总额达到1980亿元，比2012年增长2.2倍，2012年为900亿元。"),
    ("全市公园数量达到96个，比2018年增长2倍，2018年为32个。", "全市公园数量达到96个，比2018年增长3倍，2018年为32个。"),
    ("全年受理案件460件，比2019年增长15%，2019年为400件。", "全年受理案件460件，比2019年增长25%，2019年为400件。"),
]


@pytest.mark.parametrize("good,bad", YEAR_AFTER)
@pytest.mark.parametrize("head", ["", GWR])
def test_a_change_against_a_named_year_whose_value_follows(good, bad, head):
    assert codes(head + good) == [], good
    assert codes(head + bad), bad


@pytest.mark.parametrize("text", [
    "全年进出口总额达到1980亿元，比2012年增长2.2倍，2013年为900亿元。",     # another year's value: not the base
    "全年受理案件460件，比2019年增长25%，2020年为400件。",
    GWR + "全年受理案件460件，比上年增长25%，2019年为400件。",             # 2019 is not the year before 2023
])
def test_a_value_of_another_year_is_not_the_base(text):
    assert codes(text) == [], text


ADVERBS = [
    ("全年受理行政复议案件460件，同比大幅增长15%，上年为400件。", "全年受理行政复议案件460件，同比大幅增长25%，上年为400件。"),
    ("全年办结信访事项1242件，稳步提高8.0%（上年1150件）。", "全年办结信访事项1242件，稳步提高18.0%（上年1150件）。"),
    ("全年受理行政复议案件460件，增幅达到15%，上年为400件。", "全年受理行政复议案件460件，增幅达到25%，上年为400件。"),
    ("全年调解矛盾纠纷3312件，较上年小幅下降8.0%，上年为3600件。", "全年调解矛盾纠纷3312件，较上年小幅下降18.0%，上年为3600件。"),
    ("全市城镇化率为63.5%，比上年进一步提高1.2个百分点，上年为62.3%。", "全市城镇化率为63.5%，比上年进一步提高2.2个百分点，上年为62.3%。"),
    # 增速 as the growth rate itself
    ("全年受理案件460件，增速为15%，上年为400件。", "全年受理案件460件，增速为25%，上年为400件。"),
    ("全年固定资产投资达到86.4亿元，同比增速达12.5%（上年76.8亿元）。", "全年固定资产投资达到86.4亿元，同比增速达21.5%（上年76.8亿元）。"),
]


@pytest.mark.parametrize("good,bad", ADVERBS)
def test_an_adverb_before_the_verb_zengfu_dadao_and_zengsu(good, bad):
    assert codes(good) == [], good
    assert codes(bad), bad


TARGET_MULTIPLES = [
    ("全年完成造林面积3.6万亩，是年度任务3万亩的1.2倍。", "全年完成造林面积3.6万亩，是年度任务3万亩的1.5倍。"),
    ("全年新增城镇就业2.45万人，为省下达目标任务1.4万人的1.75倍。", "全年新增城镇就业2.45万人，为省下达目标任务1.4万人的2.75倍。"),
    ("全年招商引资到位资金86.4亿元，是年度目标40亿元的2.16倍。", "全年招商引资到位资金86.4亿元，是年度目标40亿元的3.16倍。"),
]


@pytest.mark.parametrize("good,bad", TARGET_MULTIPLES)
def test_a_multiple_of_a_stated_target(good, bad):
    # the target is exact as set (年度任务3万亩 is 30000 亩, not 2.5万–3.5万)
    assert codes(good) == [], good
    assert codes(bad) == ["LG205"], bad


@pytest.mark.parametrize("text", ["全年完成造林面积3.6万亩，是年度任务的1.5倍。", "全年完成造林面积3.6万亩，是计划的1.5倍。",
                                  "全年完成造林面积3.6万亩，是年度任务3万公顷的1.5倍。"])
def test_a_multiple_of_a_target_without_its_value_or_measure_is_not_checked(text):
    assert codes(text) == [], text


MORE_LESS_ACTION = [
    ("全年受理案件460件，比上年的400件多受理60件。", "全年受理案件460件，比上年的400件多受理70件。"),
    ("全年发生安全生产事故37起，比上年的40起少发生3起。", "全年发生安全生产事故37起，比上年的40起少发生5起。"),
    ("全年化解矛盾纠纷1250件，比上年多化解150件，上年为1100件。", "全年化解矛盾纠纷1250件，比上年多化解250件，上年为1100件。"),
    ("全年办结信访事项982件，较上年的905件多办结77件。", "全年办结信访事项982件，较上年的905件多办结87件。"),
]


@pytest.mark.parametrize("good,bad", MORE_LESS_ACTION)
def test_more_or_fewer_with_the_action_named(good, bad):
    assert codes(good) == [], good
    assert codes(bad), bad


ESTIMATES = [
    ("全年一般公共预算收入完成186.4亿元，比上年预计数增长8.2%，上年预计数为172.3亿元。",
     "全年一般公共预算收入完成186.4亿元，比上年预计数增长12.2%，上年预计数为172.3亿元。"),
    ("全年一般公共预算支出312.6亿元，比上年预计执行数增长5.1%（上年预计执行数297.4亿元）。",
     "全年一般公共预算支出312.6亿元，比上年预计执行数增长9.1%（上年预计执行数297.4亿元）。"),
]


@pytest.mark.parametrize("good,bad", ESTIMATES)
def test_a_growth_over_last_years_estimate_stated_after(good, bad):
    assert codes(good) == [], good
    assert codes(bad), bad


@pytest.mark.parametrize("text", [
    # the basis is last year's final figure, the value after is the estimate (or the reverse): not that basis
    "全年一般公共预算收入完成186.4亿元，比上年增长12.2%，上年预计数为172.3亿元。",
    "全年一般公共预算收入完成186.4亿元，比上年预计数增长12.2%，上年为172.3亿元。",
])
def test_an_estimate_is_not_last_years_figure(text):
    assert codes(GWR + text) == [], text
