"""LG101: a rate with a known base (审结 for 纠错率, 受理 for 办结率) whose base is stated beyond its section — the summary
after the section on each work, another numbered part of the report — read from the report-level index of counts by
the action naming them (``claims.indicators.action_counts``, ``claims.lookback.report_whole``).  Wordings are lintgov's
own (cross9).  Silent when the counts that fit give two values, when the rate names what it is of and the count's
sentence does not, for another period, part of the year, a plan or a count that is itself a part."""
import pytest

from lintgov.claims.lookback import rate_subject
from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.code == "LG101"]
HEAD = "2024年法治政府建设情况报告\n一、主要工作\n"


def codes(text):
    return [f.code for f in lint_text(HEAD + text + "\n", RULES, registry=REG)]


FOUND = [
    # the part right after the rate, the base in another numbered part of the report
    ("（一）行政复议\n全年共收到行政复议申请512件，受理480件，审结456件。\n（二）行政应诉\n全年审结行政诉讼案件128件。\n"
     "二、总体成效\n行政复议纠错率为{}%，直接纠错76件。", "16.7", "18.9"),
    # the other rate of the same report: its subject picks the other count
    ("（一）行政复议\n全年共收到行政复议申请512件，受理480件，审结456件。\n（二）行政应诉\n全年审结行政诉讼案件128件。\n"
     "二、总体成效\n行政诉讼败诉率为{}%，败诉16件。", "12.5", "18.5"),
    # the part before the rate, the base under another sub-heading, in 万件
    ("全年受理群众诉求18.6万件。\n（三）诉求办理\n各部门加强督办，按期办结17.9万件，按期办结率为{}%。", "96.2", "92.2"),
    # Chinese numerals, the base after a paragraph of other work
    ("（一）复议\n一年来审结行政复议案件三百二十件。\n（二）普法\n开展普法活动一百二十场。\n二、成效\n行政复议纠错率达{}%，纠错四十二件。",
     "13.1", "18.1"),
]


@pytest.mark.parametrize("body,ok,wrong", FOUND)
def test_a_rate_over_a_base_stated_beyond_its_section(body, ok, wrong):
    assert codes(body.format(ok)) == []
    assert codes(body.format(wrong)) == ["LG101"]


SILENT = [
    # no subject named and two counts of the base's action with two values
    "（一）行政复议\n全年共收到行政复议申请512件，受理480件，审结456件。\n（二）行政应诉\n全年审结行政诉讼案件128件。\n"
    "二、总体成效\n纠错率为18.9%，直接纠错76件。",
    # last year's count; a part of the year; a plan
    "（一）行政复议\n上年审结行政复议案件400件。\n二、总体成效\n行政复议纠错率为15.2%，直接纠错76件。",
    "（一）行政复议\n全年共收到行政复议申请512件，上半年审结216件。\n二、总体成效\n行政复议纠错率为15.2%，直接纠错76件。",
    "（一）行政复议\n计划审结行政复议案件500件。\n二、总体成效\n行政复议纠错率为15.2%，直接纠错76件。",
    # the count that fits is itself a part
    "（一）行政复议\n全年共收到行政复议申请512件，其中审结456件。\n二、总体成效\n行政复议纠错率为25.2%，直接纠错76件。",
    # two counts of the subject under the action, two values
    "（一）行政复议\n全年审结行政复议案件456件。\n（二）行政复议监督\n对区级行政复议机关审结的行政复议案件300件开展抽查。\n"
    "二、总体成效\n行政复议纠错率为25.3%，直接纠错76件。",
    # the rate names a subject no sentence of a count names
    "（一）行政复议\n全年审结行政复议案件456件。\n二、总体成效\n信访事项办结率为35.2%，办结76件。",
]


@pytest.mark.parametrize("body", SILENT)
def test_silent_when_the_report_gives_no_one_base(body):
    assert codes(body) == []


def test_rate_subject():
    assert rate_subject("行政复议纠错率") == "行政复议"
    assert rate_subject("行政复议综合纠错率") == "行政复议"
    assert rate_subject("按期办结率") == ""
    assert rate_subject("全市诉求办结率") == "诉求"


# LG101: a share whose part follows it (…的比重为30.2%，达到56.2亿元) and whose whole, named in full after 占, is stated in
# another paragraph (claims.rates._part_after_share over _whole_by_name: the one value the report gives that name)
SHARE_FOUND = [
    ("全市一般公共预算收入186.4亿元，增长6.2%。\n民生保障持续加强。全年民生支出142.5亿元。教育支出占一般公共预算收入的比重为{}%，"
     "达到56.2亿元。", "30.2", "25.0"),
    ("全市社会消费品零售总额860亿元。\n消费市场回暖。网上零售额占社会消费品零售总额的比重为{}%，达215亿元。", "25.0", "30.0"),
]


@pytest.mark.parametrize("body,ok,wrong", SHARE_FOUND)
def test_a_share_whose_part_follows_it_over_a_whole_named_elsewhere(body, ok, wrong):
    assert codes(body.format(ok)) == []
    assert codes(body.format(wrong)) == ["LG101"]


SHARE_SILENT = [
    # two scopes give the name two values
    "全市一般公共预算收入186.4亿元。\n区本级一般公共预算收入90亿元。\n教育支出占一般公共预算收入的比重为62.4%，达到56.2亿元。",
    # a plan's share
    "全市一般公共预算收入186.4亿元。\n民生保障持续加强。力争教育支出占一般公共预算收入的比重达到35%，达到65.2亿元。",
    # a share of a wider area's total
    "全市一般公共预算收入186.4亿元。\n教育支出占全省一般公共预算收入的比重为1.2%，达到56.2亿元。",
]


@pytest.mark.parametrize("body", SHARE_SILENT)
def test_silent_when_the_named_whole_has_no_one_value(body):
    assert codes(body) == []
