"""LG101, round 51 (cross engineer): a rate or share whose whole stands earlier in the same section
(``claims.lookback.earlier_wholes``; the rate readings now ``claims.reach``, which took over ``section_whole``).  Phrasings are lintgov's own.

The figure's own sentence holds its part and no whole; the whole is stated sentences, a paragraph break or a
sub-heading before, in the same section, named as the relation needs (the rate's known base; the whole a share names;
else the part's own name, the whole being its head).  Silent when the whole is of another period, part of the year or
scope, a plan, itself a part, of a wider area (占全市 in a district's report), or when two wholes of one metric give two
values."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.code == "LG101"]
HEAD = "2024年法治政府建设情况报告\n现将我区2024年法治政府建设情况报告如下。\n一、主要工作\n"


def codes(text):
    return [f.code for f in lint_text(text, RULES, registry=REG)]


# (text with {} for the derived figure, consistent value, wrong value)
FOUND = [
    # a rate two sentences after its base (another sentence between)
    ("全年受理群众投诉举报3,482件，同比增长5%。各部门加强督办，完善考核办法。截至年底已办结3,397件，办结率{}%。",
     "97.6", "92.6"),
    # a rate after a paragraph break and a sub-heading of the same section
    ("（一）畅通复议渠道\n全年收到行政复议申请530件，较上年增加12%。\n1.规范受理程序。\n加强窗口建设，依法受理500件，受理率{}%。",
     "94.3", "90.3"),
    # a share with no whole named: the part's name is the whole's with a qualifier
    ("全市共有行政执法人员2,400名。加强执法培训，组织集中考试3次。持证执法人员2,160名，占比{}%。", "90", "80"),
    ("全区共有中小学200所，在校生15.2万人。优化学位供给。公办中小学120所，占比{}%。", "60", "70"),
    # a share naming its whole
    ("全区共有执法人员2,400名。\n加强执法培训，组织考试3次。持证执法人员2,160名，占全区执法人员的{}%。", "90", "80"),
    # a part with no qualifier of its head: 企业 within 企业
    ("全区共有企业5,000家。强化企业服务。高新技术企业1,200家，占比{}%。", "24", "30"),
]


@pytest.mark.parametrize("body,ok,wrong", FOUND)
def test_a_rate_or_share_over_a_whole_stated_earlier_in_the_section(body, ok, wrong):
    assert "LG101" not in codes(HEAD + body.format(ok))
    assert "LG101" in codes(HEAD + body.format(wrong))


SILENT = [
    # a wider area's total (占全市 in a district's report): not printed here
    "全区共有企业5,000家。强化企业服务。国家高新技术企业1,200家，占全市30%。",
    # the whole of another part of the year
    "上半年受理群众投诉举报1,200件。加强督办。全年办结1,900件，办结率80%。",
    # last year's whole
    "上年受理群众投诉举报2,400件。加强督办。办结1,900件，办结率80%。",
    # another scope
    "市本级共有行政执法人员800名。加强执法培训。全市持证执法人员2,160名，占比30%。",
    # two wholes of one metric with two values
    "全区共有执法人员2,400名。区直部门共有执法人员2,000名。加强执法培训。持证执法人员1,800名，占比70%。",
    # the figure's clause names its own subject: the count before is not its part
    "全区共有幼儿园学位8,000个。优化学位供给。新增幼儿园学位450个，公办幼儿园学位占比达60%。",
    # a completion against a budget, not a closed share
    "全年一般公共预算支出80亿元。加强预算管理。民生支出60亿元，占预算数的95%。",
    # a whole that is itself a part (其中 before it): the rate may be over the part (800/1,000) or the whole
    "全年受理案件3,000件，其中行政复议案件1,000件。加强办理。审结800件，审结率80%。",
    "全年受理案件3,000件，其中行政复议案件1,000件。加强办理。审结800件，审结率70%。",
    # the section ends at the next heading of the same level
    "全年受理群众投诉举报3,482件。\n二、存在的问题\n各部门加强督办。截至年底已办结3,397件，办结率80%。",
    # a plan: not the year's figure
    "全区共有中小学200所。力争公办中小学达到120所，占比70%。",
]


@pytest.mark.parametrize("body", SILENT)
def test_silent_when_the_earlier_figure_is_not_the_whole(body):
    assert "LG101" not in codes(HEAD + body)


def test_the_finding_names_the_whole_stated_earlier():
    text = HEAD + "全年受理群众投诉举报3,482件，同比增长5%。各部门加强督办。截至年底已办结3,397件，办结率92.6%。"
    fs = [f for f in lint_text(text, RULES, registry=REG) if f.code == "LG101"]
    assert len(fs) == 1
    ev = fs[0].evidence
    assert ev["numerator"] == 3397 and ev["denominator"] == 3482
    assert any(text[r.start:r.end] == "3,482件" for r in fs[0].related)


def test_the_evidence_says_the_whole_was_looked_back_for():
    text = HEAD + "全年受理群众投诉举报3,482件，同比增长5%。各部门加强督办。截至年底已办结3,397件，办结率92.6%。"
    f = next(f for f in lint_text(text, RULES, registry=REG) if f.code == "LG101")
    # (the whole two sentences back is the denominator shown; section_whole was retired into claims.reach)
    assert f.evidence["denominator"] == 3482 and f.evidence["numerator"] == 3397


# -- LG103: a figure named as a whole stated earlier in the section, with a qualifier in front -------------------------
PARTS = [r({}) for r in REG.rules if r.code == "LG103"]


def parts_codes(text):
    return [f.code for f in lint_text(text, PARTS, registry=REG)]


NARROWER = [
    ("全年水产品总产量19,291吨，养殖产量16,586吨。特种水产品养殖产量{}吨，品种以泥鳅、黄鳝为主。", "7,706", "27,706"),
    ("全年完成工业投资301.5亿元，增长34.3%。优化营商环境，落实惠企政策。民营工业投资{}亿元，增长12%。", "143.2", "443.2"),
    ("全区共有幼儿园151所，在园幼儿4.2万人。\n推进托幼一体化。托幼一体化幼儿园{}所。", "35", "235"),
]


@pytest.mark.parametrize("body,ok,wrong", NARROWER)
def test_a_part_named_narrower_than_a_whole_stated_earlier(body, ok, wrong):
    assert "LG103" not in parts_codes(HEAD + body.format(ok))
    assert "LG103" in parts_codes(HEAD + body.format(wrong))


NOT_NARROWER = [
    # the whole's subject is elided and differs from the qualifier (开发区…，实现营业收入 / 规上服务业企业营业收入)
    "开发区工业增加值增长7.9%，实现营业收入4,474.5亿元。加强服务。规模以上服务业企业营业收入5,306.6亿元。",
    # a per-capita figure is no part of the overall one
    "居民人均可支配收入3.2万元。城镇居民人均可支配收入4.3万元。",
    # another period, a plan, a complement
    "全年完成工业投资301.5亿元。上年民营工业投资320.4亿元。",
    "全年完成工业投资301.5亿元。力争明年民营工业投资达到320.4亿元。",
    "全年完成工业投资301.5亿元。非民营工业投资320.4亿元。",
    # the whole is of another scope
    "市本级工业投资301.5亿元。全市民营工业投资320.4亿元。",
    # a deed, not a metric (遵循…五项)
    "坚持和平共处五项原则。各国遵循和平共处七项原则。",
]


@pytest.mark.parametrize("body", NOT_NARROWER)
def test_silent_when_the_narrower_name_is_not_a_part(body):
    assert "LG103" not in parts_codes(HEAD + body)


# -- a sentence that names no metric of its own: the sentence before names it (claims.lookback.elided_subject) -----------
GROWTH = [r({}) for r in REG.rules if r.code in ("LG201", "LG208")]


def growth_codes(text):
    return [f.code for f in lint_text(text, GROWTH, registry=REG)]


ELIDED = [
    # a growth against last year's level stated in the sentence before, under its year
    ("2023年全区办理行政处罚案件5,126件。2024年办理6,038件，增长{}%，其中简易程序案件占比有所下降。", "17.8", "23.8"),
    ("2023年全市接待游客1,250.6万人次。2024年接待1,412.3万人次，增长{}%。", "12.9", "18.9"),
    # an average growth over the years between two levels, the later one's metric elided
    ("2021年全区一般公共预算收入为312.5亿元。2024年达到397.6亿元，三年年均增长{}%。", "8.4", "13.4"),
]


@pytest.mark.parametrize("body,ok,wrong", ELIDED)
def test_a_growth_whose_metric_the_sentence_before_names(body, ok, wrong):
    assert growth_codes(HEAD + body.format(ok)) == []
    assert growth_codes(HEAD + body.format(wrong)) != []


NOT_ELIDED = [
    # the sentence names another metric with the same verb
    "2023年全区办理行政处罚案件5,126件。2024年办理行政复议案件6,038件，增长23.8%。",
    # a real growth (value added) is not recomputed from nominal levels, named or elided
    "2021年全区规上工业增加值为312.5亿元。2024年达到397.6亿元，三年年均增长13.4%。",
    # the sentence before opens with no time label: not a year's statement of a series
    "全区办理行政处罚案件5,126件。2024年办理6,038件，增长23.8%。",
    # another measure
    "2023年全区办理行政处罚案件5,126件。2024年办理6,038人次，增长23.8%。",
]


@pytest.mark.parametrize("body", NOT_ELIDED)
def test_silent_when_the_sentence_before_is_not_the_metric(body):
    assert growth_codes(HEAD + body) == []
