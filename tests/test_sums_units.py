"""A list whose items count in several units (人次, 件, 次) under one total in a compound unit (件（次）, 人次（件）):
the items of the total's unit are a subset of the list chosen by unit, not the list — they may fall short of the
total (LG103 stays silent) but never exceed it (LG103 reports that). The share rules (LG101, LG107) must not
read such a subset as the whole either."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def codes(text):
    return [(f.code, f.key) for f in lint_text(text, RULES, registry=REG)]


SILENT = [
    # the total after the list counts every item, in any of its units
    "提供法律咨询2,300人次、代写法律文书420件、调解纠纷380次，合计3,100件（次）。",
    "提供法律咨询2,300人次、代写法律文书420件、调解纠纷380次，合计3,100人次（件）。",
    "开展执法检查1,200次、培训执法人员3,500人次、办理案件860件，合计5,560件（次）。",
    "接待群众来访4,120人次、受理网上诉求965件、开展上门走访218次，共计5,303件（次）。",
    "受理投诉举报1,806件，接听热线电话9,450人次，开展现场核查612次，总计11,868件（次）。",
    # a total in the sentence after the list
    "市本级开展执法检查215次；各区办理案件593件、培训执法人员2,000人次。全市合计2,808件（次）。",
    "受理群众诉求860件，接待来访3,500人次。开展上门服务1,200次。全市合计5,560件（次）。",
    # a colon list after the total, items of another unit after those of the total's
    "全年合计服务群众3,100件（次）：援助案件420件；调解纠纷380次；法律咨询2,300人次。",
    "全年合计服务群众3,100件（次）：援助案件420件；调解纠纷380次；法律咨询2,300人次；代写文书50件。",
    # the share paths over the same lists
    "全年提供法律咨询2,300人次、办理援助案件420件、调解纠纷380次，共计3,100件（次），其中援助案件占13.5%。",
    "全年提供法律咨询2,300人次、办理援助案件420件、调解纠纷380次，援助案件占比13.5%。",
    "全年提供法律咨询2,300人次、办理援助案件420件、调解纠纷380次，分别占74.2%、13.5%、12.3%。",
    "办理援助案件420件、代写文书380件、提供法律咨询2,300人次，分别占13.5%、12.3%、74.2%。",
    "全年服务3,100件（人次），其中援助案件420件、代写文书380件，分别占13.5%、12.3%。",
    "全年服务3,100件（人次），其中援助案件420件、代写文书380件，合计占25.8%。",
    # one unit throughout: the sum is still checked as equal (and these are equal)
    "开展执法检查1,200次、专项督查160次，合计1,360次。",
    "审查规范性文件168件、合同协议1,024份、重大行政决策86件，合计1,278件（份）。",
]

FOUND = [
    # the items of the total's units alone exceed it: 420 + 380 > 700
    ("提供法律咨询2,300人次、代写法律文书420件、调解纠纷380次，合计700件（次）。", ("LG103", "exceeds")),
    ("接待来访3,500人次、受理诉求860件、上门服务1,200次，共计1,900件（次）。", ("LG103", "exceeds")),
    ("培训执法人员3,500人次，办理案件860件，开展执法检查1,200次，总计1,980件（次）。", ("LG103", "exceeds")),
    ("全年合计服务群众700件（次）：援助案件420件；调解纠纷380次；法律咨询2,300人次。", ("LG103", "exceeds")),
    # every item in the total's units: a complete list still adds up to it exactly
    ("开展执法检查1,200次、办理案件860件，合计2,000件（次）。", ("LG103", "sum")),
    ("审查规范性文件168件、合同协议1,024份、重大行政决策86件，合计1,378件（份）。", ("LG103", "sum")),
    ("开展执法检查1,200次、专项督查160次，合计1,460次。", ("LG103", "sum")),
    # a figure of another unit inside the first item's name is not an item of the list
    ("全县5所中心卫生院现有在编人员312人，聘用人员96人，合计428人。", ("LG103", "sum")),
    ("3个分中心共受理申请860件、转办412件。全市合计1,372件。", ("LG103", "sum")),
    # shares of the stated compound total that do not match it
    ("全年服务3,100件（人次），其中援助案件420件、代写文书380件，分别占23.5%、12.3%。", ("LG107", "default")),
    ("办理援助案件420件、代写文书380件、提供法律咨询2,300人次，共计3,100件（人次），分别占23.5%、12.3%、74.2%。",
     ("LG103", "shares")),
]


@pytest.mark.parametrize("text", SILENT)
def test_mixed_units_consistent_is_silent(text):
    assert codes(text) == []


@pytest.mark.parametrize("text,expected", FOUND)
def test_mixed_units_inconsistent_is_found(text, expected):
    assert expected in codes(text)


def test_a_subset_by_unit_never_falls_short():
    # whatever the total, a list with items of another unit never yields "the parts fall short"
    base = "提供法律咨询2,300人次、代写法律文书420件、调解纠纷380次，合计{}件（次）。"
    for total in (800, 1_000, 2_700, 3_100, 9_999):
        assert ("LG103", "sum") not in codes(base.format(f"{total:,}"))
    assert ("LG103", "exceeds") in codes(base.format("799"))


@pytest.mark.parametrize("template,ok,wrong", [
    # a 分别 list whose unit is written once, after the last figure, then its total
    ("全年审结行政复议案件分别为维持{}、撤销36和驳回58件，共计302件。", "208", "238"),
    ("民生支出分别为教育52.6、卫生健康{}和社会保障29.4亿元，合计113.4亿元。", "31.4", "36.4"),
    ("三类纠纷分别为{}、410、95件，总计1,025件。", "520", "560"),
])
def test_bare_figures_of_a_list_before_its_total(template, ok, wrong):
    assert codes(template.format(ok)) == []
    assert ("LG103", "sum") in codes(template.format(wrong))


def test_evidence_shows_a_part_of_another_scale_exactly():
    """860户 beside 2.9万户 in a total of 3.2万户: the formula writes 860 as 0.086 in the total's scale, not 0.1."""
    text = "2024年政府工作报告\n一、2023年工作回顾\n全市共有经营主体3.2万户，分别为企业860户、个体工商户2.9万户。\n"
    (f,) = [f for f in lint_text(text, RULES, registry=REG) if f.code == "LG103"]
    assert "0.086+2.9 = 2.986" in f.message()
    assert f.evidence["parts"][0] == 860
