"""restated17 (issue 10): one metric stated twice (LG210) read from what each statement names, and counts with the items
listed after them (LG103).  Each reading is tested with a wrong statement that must be flagged and the consistent one
that must stay silent, in wordings of other offices than the battery's (benches/battery/restated17_a.py, set A), with
Chinese numerals, a table and near misses (a zone, a revision, a sub-kind, another agent, a plan column) that must stay
silent."""
import pytest

from conftest import consistency_codes


def _pair(rules, text, right, wrong):
    assert right in text
    return consistency_codes(rules, text), consistency_codes(rules, text.replace(right, wrong, 1))


@pytest.mark.parametrize("text,right,wrong", [
    # the deed word at a name's edge (实现…, …完成) names no other metric: 实现社会消费品零售总额 is 社会消费品零售总额
    ("全年实现社会消费品零售总额1,126亿元，同比增长6.9%。\n\n消费市场回暖，社会消费品零售总额增长6.9%。", "6.9%", "9.6%"),
    ("全年税收收入完成52.3亿元，占一般公共预算收入的七成以上。\n\n财政运行平稳，全年税收收入52.3亿元。", "52.3亿元", "53.2亿元"),
    ("全年达到进出口总额312.5亿元。\n\n外贸稳中提质，全年进出口总额312.5亿元，其中出口186.2亿元。", "312.5亿元", "321.5亿元"),
])
def test_deed_word_at_the_edge_of_a_name(consistency_rules, text, right, wrong):
    good, bad = _pair(consistency_rules, text, right, wrong)
    assert good == [] and "LG210" in bad


@pytest.mark.parametrize("text,right,wrong", [
    # 各类 says all kinds are counted, and who does the action is no other metric: 公证机构办理各类公证事项 / 办理公证事项
    ("全年共办理公证事项4,216件。\n\n公共法律服务方面，公证机构全年办理各类公证事项4,216件。", "4,216件", "4,612件"),
    # an agent and its action before a name stated elsewhere without them (信访部门办理群众来信 / 群众来信)
    ("本年度信访部门办理群众来信2,341件。\n\n（二）信访工作\n\n全年群众来信2,341件，均已按期答复。", "2,341件", "2,314件"),
])
def test_agent_and_action_do_not_change_the_metric(consistency_rules, text, right, wrong):
    good, bad = _pair(consistency_rules, text, right, wrong)
    assert good == [] and "LG210" in bad


@pytest.mark.parametrize("text,right,wrong", [
    # 收到…，依法受理N件: the action's object is the one named in the clause before
    ("全年共收到行政复议申请386件，依法受理352件。\n\n在复议办理方面，全年受理行政复议申请352件，审结301件。", "352件", "325件"),
    ("全年共收到行政复议申请三百八十六件，依法受理三百五十二件。\n\n在复议办理方面，全年受理行政复议申请352件，审结301件。",
     "三百五十二件", "三百二十五件"),
])
def test_object_carried_from_the_clause_before(consistency_rules, text, right, wrong):
    good, bad = _pair(consistency_rules, text, right, wrong)
    assert good == [] and "LG210" in bad


def test_a_short_rate_name_takes_the_object_of_the_clause_before(consistency_rules):
    # 接待来访群众…人次，满意率N%: the rate is 来访群众满意率, stated again in another paragraph
    text = "全年接待来访群众1.2万人次，满意率98.1%。\n\n信访工作方面，来访群众满意率为98.1%，比上年提高0.6个百分点。"
    good, bad = _pair(consistency_rules, text, "98.1%", "91.8%")
    assert good == [] and "LG210" in bad
    # a rate of another thing (网上信访满意率) stays silent
    other = "全年接待来访群众1.2万人次，满意率98.1%。\n\n全年办理网上信访事项8,600件，网上信访满意率为91.8%。"
    assert consistency_codes(consistency_rules, other) == []


_TABLE = ("全年一般公共预算支出完成128.6亿元，增长4.2%。\n\n| 项目 | 执行数（亿元） | 增长（%） |\n|---|---|---|\n"
          "| 一般公共预算支出 | 128.6 | 4.2 |\n| 教育支出 | 21.4 | 6.1 |")


@pytest.mark.parametrize("right,wrong", [("| 128.6 |", "| 126.8 |"), ("| 4.2 |", "| 2.4 |"), ("128.6亿元", "182.6亿元")])
def test_a_figure_of_the_text_and_its_table_cell(consistency_rules, right, wrong):
    good, bad = _pair(consistency_rules, _TABLE, right, wrong)
    assert good == [] and "LG210" in bad


def test_a_rate_in_a_table_of_values_and_in_the_text(consistency_rules):
    text = ("| 指标 | 数值 |\n|---|---|\n| 案件按期办结率 | 97.2% |\n| 群众满意率 | 95.1% |\n\n"
            "全年案件按期办结率为97.2%，群众满意率95.1%。")
    good, bad = _pair(consistency_rules, text, "97.2%", "92.7%")
    assert good == [] and "LG210" in bad


@pytest.mark.parametrize("text", [
    # a plan or budget column is another figure than the year's own
    "全年一般公共预算收入完成86.4亿元。\n\n| 项目 | 预算数（亿元） | 执行数（亿元） |\n|---|---|---|\n| 一般公共预算收入 | 84.0 | 86.4 |",
    # two tables stating one row (two scopes may be meant): not read
    "全年一般公共预算收入完成86.4亿元。\n\n| 项目 | 执行数（亿元） |\n|---|---|\n| 一般公共预算收入 | 86.4 |\n\n"
    "| 项目 | 执行数（亿元） |\n|---|---|\n| 一般公共预算收入 | 12.6 |",
    # a zone of the area named in the sentence
    "全年完成固定资产投资860亿元。\n\n高新区建设提速，全年完成固定资产投资120亿元。",
    "全年完成固定资产投资860亿元。\n\n自贸片区开发加快，全年实现固定资产投资120亿元。",
    # a revised estimate
    "全年地区生产总值2,150亿元。\n\n经第五次全国经济普查修订，全年地区生产总值为2,188亿元。",
    "据快报，全年地区生产总值2,150亿元。\n\n全年地区生产总值2,188亿元，增长5.1%。",
    # a sub-kind (涉企) and two agents of two levels
    "全年受理行政复议申请386件。\n\n全年受理涉企行政复议申请126件。",
    "全年市级公证机构办理公证事项1,216件。\n\n全年区级公证机构办理公证事项3,000件。",
    # the object carried over only from the clause right before: 审结 of another thing after a sentence break
    "全年共收到行政复议申请386件，依法受理352件。全年审结各类案件1,120件。\n\n全年审结行政复议申请330件。",
])
def test_near_misses_stay_silent(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == []


@pytest.mark.parametrize("text,right,wrong", [
    # a grade in the noun (三甲, 二级) is no count of its own: the count is the one before it
    ("全市共有4家三甲医院，即市人民医院、市中医院、市妇幼保健院和市第一医院。", "4家", "5家"),
])
def test_a_grade_in_the_noun_is_no_count(consistency_rules, text, right, wrong):
    good, bad = _pair(consistency_rules, text, right, wrong)
    assert good == [] and "LG103" in bad


@pytest.mark.parametrize("text", [
    "全县有3所二级医院，即县人民医院、县中医院、县妇幼保健院。",
    "全区共有5家三甲医院，即区人民医院、区中医院、区妇幼保健院、区第二人民医院、区骨科医院。",
    "区内2家三级医院和5所二级医院均通过等级复审。",
])
def test_a_grade_in_the_noun_stays_silent(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == []


@pytest.mark.parametrize("text,right,wrong", [
    # a short bracket glossing the noun before the colon, in digits and in Chinese numerals
    ("全县共6个乡镇（街道）：城关镇、河口镇、石门乡、白沙乡、东街街道、西街街道。", "6个", "7个"),
    ("全县共六个乡镇（街道）：城关镇、河口镇、石门乡、白沙乡、东街街道、西街街道。", "六个", "七个"),
    # the names up to a comma before words saying something of every item (均/都/全部)
    ("全县共六个乡镇（街道）：城关镇、河口镇、石门乡、白沙乡、东街街道、西街街道，都已建成便民服务中心。", "六个", "七个"),
    ("新建4个口袋公园：滨河公园、樱花公园、文体公园、清风公园，全部免费开放。", "4个", "5个"),
])
def test_count_and_names_after_a_colon(consistency_rules, text, right, wrong):
    good, bad = _pair(consistency_rules, text, right, wrong)
    assert good == [] and "LG103" in bad


@pytest.mark.parametrize("text", [
    # names and a description of each after the comma: not a predicate of all of them
    "全县共6个乡镇（街道）：城关镇、河口镇，分别建成便民服务中心。",
    "全县共6个乡镇（街道）：城关镇、河口镇等，均已建成便民服务中心。",
])
def test_count_near_misses_stay_silent(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == []
