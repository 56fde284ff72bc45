"""LG101 / LG102, session rates11: a rate, a share or a target whose counts stand beyond the readings of its own
window — in the clause, the sentence, the paragraph or the paragraphs above under the same level-1 heading, named by
what they are (``claims.reach.rate_readings`` / ``target_readings``).  Wordings are lintgov's own, varied: word order,
Chinese numerals, brackets, a clause or a sentence between, a sub-heading between, 万 scales.

Each consistent wording is *checked* (the ledger holds a consistent relation for the figure) and silent; a wrong
figure is reported when one reading is certain; traps (a wider area's base, a plan, a base not stated, another
period) are neither checked inconsistent nor reported."""
import pytest

from conftest import ledger_verdicts
from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.code in ("LG101", "LG102")]
HEAD = "2025年法治政府建设年度报告\n现将本市2025年法治政府建设情况报告如下。\n一、主要工作\n"


def codes(text):
    return [f.code for f in lint_text(text, RULES, registry=REG)]


def verdict(text, figure):
    return ledger_verdicts(RULES, text, figure)


FOUND = [
    # the base a paragraph earlier, the numerator in the rate's clause
    ("全市在册执法人员10,240人。\n全年组织两轮轮训，参训9,830人，参训率{}%。", "96.0", "90.0"),
    # the base under a sub-heading above (another level-2 part of the same level-1 part)
    ("（一）执法队伍\n本年度共有执法人员1,600名，分布在30个部门。\n（二）执法监督\n注销执法证件80名，占执法人员总数的{}%。",
     "5.0", "8.0"),
    # the base two sentences before, another sentence between
    ("全年受理来信来访3,200件次，同比基本持平。各部门加强源头治理，完善工作机制。反映征地问题的480件次，占全部事项的{}%。",
     "15.0", "25.0"),
    # the rate in a sentence of its own after both counts, each in its own sentence
    ("判决行政机关败诉的18件。\n一审审结被诉案件共计240件。\n全年败诉率为{}%。", "7.5", "9.5"),
    # the numerator before the base, the base a frame (…件案件中)
    ("经复议后起诉的60件案件中，法院判决维持51件，复议后应诉胜诉率为{}%。", "85.0", None),
    # a named rate over a named base in the paragraph, a sub-heading between
    ("户籍人口40.0万人，其中城镇人口16.8万人。\n（二）城镇化\n户籍人口城镇化率达到{}%。", "42.0", None),
    # the complement after the rate
    ("共排查各类矛盾纠纷2,400件。落实包案责任。化解率{}%，未化解的84件已依法分流。", "96.5", None),
    # 万 scale, another measure's figure between
    ("全区常住人口52.6万人，比上年增加0.4万人。\n强化社会保障，财政投入3.2亿元。全年参保人数51.2万人，参保率{}%。", "97.3", None),
    # the base a sentence before, with a clause on other matters between
    ("全年受理行政复议申请480件。各部门认真办理，依法纠正违法或不当行为。审结456件，审结率{}%。", "95.0", "90.0"),
    # a bracketed note between a name and its count
    ("全年受理行政复议申请（含听证案件）480件。\n加强案件办理。审结（含终止）456件，审结率{}%。", "95.0", "90.0"),
    # Chinese numerals for the counts
    ("全年共受理行政复议申请五百二十件。\n坚持应收尽收、应审尽审。\n全年审结四百九十四件，结案率{}%。", "95.0", None),
]


@pytest.mark.parametrize("body,ok,wrong", FOUND)
def test_a_rate_over_counts_stated_beyond_its_window_is_checked(body, ok, wrong):
    text = HEAD + body.format(ok)
    assert "LG101" not in codes(text)
    assert verdict(text, ok + "%") == [True]
    if wrong is not None:
        assert "LG101" in codes(HEAD + body.format(wrong))


def test_the_base_in_the_part_before_when_the_rate_opens_its_part():
    # (a count of the part before is a reading that keeps the figure silent, never a certain one: not reported)
    text = HEAD + "新收行政复议案件520件，加上上年结转30件，共需办理550件。\n二、审结情况\n审结506件，结案率{}%。"
    assert verdict(text.format("92.0"), "92.0%") == [True]
    assert "LG101" not in codes(text.format("96.0"))
    assert verdict(text.format("96.0"), "96.0%") == []
    # (since rates13) unless the numerator's frame names it: 在已受理的案件中 over 受理396件, not 申请428件
    framed = HEAD + "全年收到行政复议申请428件，依法受理396件。\n二、审理情况\n在已受理的案件中，纠错59件，纠错率{}%。"
    assert verdict(framed.format("14.9"), "14.9%") == [True]
    assert "LG101" in codes(framed.format("24.9"))
    # the part before, when the rate does not open its part: never read
    far = HEAD + "在受理的案件中，依法受理396件。\n二、审理情况\n" + "全年依法加强行政复议规范化建设，" * 14 + \
        "在已受理的案件中，纠错59件，纠错率{}%。"
    assert "LG101" not in codes(far.format("24.9"))


TARGETS = [
    ("年初确定新增就业2.4万人的目标。全年加强就业服务。全年新增2.7万人，完成年度目标的{}%。", "112.5", None),
    ("完成棚户区改造4,840户，完成省下达任务的{}%。省下达任务数为4,000户。", "121.0", "110.0"),
    ("年初确定化解信访积案140件，已化解119件，完成目标任务的{}%。", "85.0", "95.0"),
]


@pytest.mark.parametrize("body,ok,wrong", TARGETS)
def test_a_completion_whose_target_stands_elsewhere_is_checked(body, ok, wrong):
    text = HEAD + body.format(ok)
    assert "LG102" not in codes(text)
    assert verdict(text, ok + "%") == [True]
    if wrong is not None:
        assert "LG102" in codes(HEAD + body.format(wrong))


SILENT = [
    # a share of a wider area whose total is not printed (占全省)
    "全市在册执法人员10,240人。\n参训执法人员9,830人，占全省的3.2%。",
    # a plan: nothing achieved to recompute
    "全市在册执法人员10,240人。\n力争参训率达到99.0%。",
    # the rate's base is not stated (only another measure around)
    "全年投入培训经费120万元。\n全年组织轮训，参训率96.0%。",
    # a rate of last year
    "全市在册执法人员10,240人。\n参训9,830人，上年参训率为90.0%。",
    # two bases of the measure, the rate over the one not named as a total: any reading that fits keeps it silent
    "全市在册执法人员10,240人，其中综合执法人员6,000人。\n全年组织轮训，参训5,000人，参训率83.3%。",
    # two bases both named as wholes: neither is certain
    "全市共有执法人员10,240人，全区共有执法人员6,000人。\n加强执法培训。全年组织轮训，参训5,000人，参训率58.0%。",
]


@pytest.mark.parametrize("text", SILENT)
def test_no_reading_is_invented(text):
    assert "LG101" not in codes(HEAD + text)


RESPECTIVE = [
    # two lists of counts, then the list of rates
    ("两个街道调解纠纷分别为400件和300件，调解成功分别为388件和285件，调解成功率分别为{}%和95.0%。", "97.0", "92.0"),
    # three items, 、 between the values, the second rate wrong
    ("三个乡镇受理申请分别为200件、150件和100件，办结分别为190件、147件和100件，办结率分别为95.0%、{}%和100%。",
     "98.0", "90.0"),
]


@pytest.mark.parametrize("body,ok,wrong", RESPECTIVE)
def test_a_respective_list_of_rates_over_respective_lists_of_counts(body, ok, wrong):
    text = HEAD + body.format(ok)
    assert "LG101" not in codes(text)
    assert verdict(text, ok + "%") == [True]
    assert "LG101" in codes(HEAD + body.format(wrong))


def test_respective_lists_of_other_lengths_are_not_paired():
    text = HEAD + "两个街道调解纠纷分别为400件和300件，调解成功分别为388件、285件和100件，调解成功率分别为90.0%和80.0%。"
    assert "LG101" not in codes(text)


def test_readings_that_are_none_check_nothing():
    # 五类 names a class, not a count; a count of the next sentence is no numerator of the rate before it; what follows
    # a share of money is no complement of it
    for body, figure in (
            ("对全省343座桥梁进行改造（三类桥136座，四类桥173座，五类桥34座），新发现四、五类桥梁处治率100%。", "100%"),
            ("实现省级宜居社区创建率100%。试点创建3个生态社区，新增三个公园。", "100%"),
            ("企业研发投入占全社会研发投入比重94.0%。新增高新技术企业2043家，总量超2.3万家。", "94.0%")):
        assert verdict(HEAD + body, figure) == []


def test_a_complement_is_read_within_the_rounding_of_both_counts():
    # (2.3万 − 2043) ÷ 2.3万 is 90.9%–91.3%, never 94%
    body = "全市共有企业2.3万家。加强企业服务。其中未纳入统计的2043家，纳入率{}%。"
    assert verdict(HEAD + body.format("91.1"), "91.1%") == [True]
    assert True not in verdict(HEAD + body.format("94.0"), "94.0%")
