"""Rates and shares whose counts follow them (LG101), a rate in 件次 over cases (LG101), a scope's total after
its parts (LG103) and a part of a part named with 在…中 (LG103): each consistent statement is silent and each
wrong one is found. Bounds are read in their direction: 超过/以上 (at least), 不足 (below), 近 (a little below:
for a figure in digits at most 3 units of its last digit or 5% of it below, for 近六成/近一半 a fifth)."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry
from lintgov.quantities import Quantity
from lintgov.rules.arithmetic import stated_interval

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def codes(text):
    return [(f.code, f.key) for f in lint_text(text, RULES, registry=REG)]


# (template, consistent value, wrong value, expected finding)
CASES = [
    # the rate first, then the whole and the part
    ("全年不动产登记业务即时办结率超过97%，受理登记申请8,640件，即时办结{}件。", "8,452", "7,980", "LG101"),
    ("全区政务服务事项网上可办率达到95%以上，全部事项1,320项，网上可办{}项。", "1,268", "1,150", "LG101"),
    ("执法人员持证率达96%以上，全县共有执法人员1,540人，持证上岗{}人。", "1,490", "1,380", "LG101"),
    ("辅警持证率超过九成，全市共有辅警2,860人，持证上岗{}人。", "2,610", "2,380", "LG101"),
    ("信访事项按期办结率近98%，在受理的1,250件中，按期办结{}件。", "1,220", "1,090", "LG101"),
    ("来电满意率超过八成，共回访来电群众3,600人，表示满意的{}人。", "3,020", "2,610", "LG101"),
    # a share whose part and whole follow it
    ("涉企纠纷约占四分之一，全年调处矛盾纠纷1,600件，其中涉企纠纷{}件。", "410", "720", "LG101"),
    ("线上调解占比近七成，全年调解纠纷2,000件，其中线上调解{}件。", "1,350", "1,050", "LG101"),
    # the part before the share, the whole after it stated as a total
    ("网上申请{}件，占比不足三成，全年共受理申请4,200件。", "1,150", "1,860", "LG101"),
    ("掌上办理事项{}件，占比超过四成，全年共办理事项9,000件。", "3,960", "2,700", "LG101"),
    # a rate named by a qualifier and a verb (网上办理率, 即时办理率), the counts in the next sentence or after 。其中
    ("线上办理率达到八成以上。全年共办理不动产登记业务12,000件，其中线上办理{}件。", "10,150", "8,900", "LG101"),
    ("全年共受理企业开办申请3,200件，即时办理率超过95%。其中即时办理{}件。", "3,120", "2,800", "LG101"),
    # a qualified rate (按期办结率, 当场受理率) over the unqualified action: 办结N件 is a whole of 按期办结M件
    ("全年办结群众来信2,450件，按期办结{}件，按期办结率超过97%。", "2,401", "2,210", "LG101"),
    ("受理企业登记申请3,600件，当场受理{}件，当场受理率为95%。", "3,420", "3,240", "LG101"),
    # a rate in 件次 over cases in 件: at most their ratio
    ("负责人出庭应诉{}件次，应出庭应诉案件240件，出庭应诉率为95%。", "236", "205", "LG101"),
    ("行政机关负责人出庭应诉率达到100%，应出庭案件130件，负责人出庭{}件次。", "152", "118", "LG101"),
    # a scope's total after the parts, with the words of what each part did
    ("城区新建充电桩640个，乡镇新建310个，全县共计新建{}个。", "950", "1,050", "LG103"),
    ("市本级累计审结案件218件，各县区累计审结案件1,036件，全市累计审结{}件。", "1,254", "1,354", "LG103"),
    # a part of a part after a 其中 list, named with 在…中
    ("全年受理投诉举报3,100件，其中食品类960件、药品类420件；在食品类投诉中，涉及网络订餐的{}件。", "380", "1,120", "LG103"),
    ("新登记市场主体1.8万户，其中企业6,200户、个体工商户1.2万户；在新登记企业中，民营企业{}户。", "5,900", "6,600",
     "LG103"),
]


@pytest.mark.parametrize("template,ok,wrong,code", CASES)
def test_consistent_is_silent(template, ok, wrong, code):
    assert codes(template.format(ok)) == []


@pytest.mark.parametrize("template,ok,wrong,code", CASES)
def test_wrong_is_found(template, ok, wrong, code):
    assert code in [c for c, _ in codes(template.format(wrong))]


def _pct(value, decimals=0, approx="<", word="近", chinese=False):
    return Quantity(start=0, end=1, num_start=0, num_end=1, value=value, mantissa=value, decimals=decimals, scale=1,
                    unit="%", approx=approx, approx_word=word, chinese=chinese)


def test_near_in_digits_is_a_little_below():
    lo, hi = stated_interval(_pct(99.0))
    assert 93.0 < lo < 95.0 and hi == 99.5
    lo, hi = stated_interval(_pct(60.0))
    assert 56.0 < lo < 57.5
    # in words (近六成) a tenth of the value below it, as 近X everywhere (values.NEAR_LOW): 54%–60%
    lo, _ = stated_interval(_pct(60.0, chinese=True))
    assert 53.0 < lo < 54.0
    # 超过/不足 leave one side open
    assert stated_interval(_pct(98.0, approx=">", word="超过"))[1] == float("inf")
    assert stated_interval(_pct(60.0, approx="<", word="不足"))[0] == float("-inf")


def test_times_over_units_is_one_sided():
    # 件次 may exceed the cases: any rate up to their ratio is a consistent reading
    for rate in ("60%", "75%", "87.5%"):
        assert codes(f"负责人出庭应诉210件次，应出庭案件240件，出庭率为{rate}。") == []
    assert ("LG101", "default") in codes("负责人出庭应诉210件次，应出庭案件240件，出庭率为92%。")
    # 人次 over 人 (training may reach a person twice): never above the ratio claimed, so 100% is silent
    assert codes("培训执法人员3,200人次，全市共有执法人员2,000人，培训覆盖率100%。") == []


SECTIONS = "一、2023年工作回顾\n{}\n（一）{}\n{}"


@pytest.mark.parametrize("bound,exact_ok,exact_wrong", [
    # one metric, its words in another order, a bound in one section and the exact figure in another (LG105)
    ("全年新增城镇就业逾4.6万人。", "全年城镇新增就业46,310人。", "全年城镇新增就业45,120人。"),
    ("全年引进高层次人才超过1,200人。", "全年高层次人才引进1,236人。", "全年高层次人才引进1,150人。"),
    ("全年城镇新增就业不足3万人。", "全年新增城镇就业29,400人。", "全年新增城镇就业30,800人。"),
])
def test_bound_restated_in_another_order(bound, exact_ok, exact_wrong):
    assert codes(SECTIONS.format(bound, "工作", exact_ok)) == []
    assert ("LG105", "default") in codes(SECTIONS.format(bound, "工作", exact_wrong))


@pytest.mark.parametrize("text", [
    # what was added in the year is not the stock a rate measures
    "全市共有行政执法人员3,260人，持证率98.2%，全年新增持证人员120人。",
    "全县共有辅警1,480人，持证率96.5%，其中新申领执法证件68人。",
    "全区参保率稳定在97%以上，应参保人数24.6万人，新增参保人员3,200人。",
])
def test_increments_are_not_the_numerator_of_a_stock(text):
    assert codes(text) == []


def test_the_stock_is_still_checked():
    assert ("LG101", "default") in codes("全市共有行政执法人员3,260人，持证人员2,950人，持证率98.2%。")
    assert codes("全市共有行政执法人员3,260人，持证人员3,201人，持证率98.2%。") == []


@pytest.mark.parametrize("template,ok,wrong", [
    # a share after its part, the whole in the next sentence stated as a total
    ("涉企行政复议案件{}件，占比超过四成。全年受理行政复议案件900件。", "430", "330"),
    ("网上申请3,120件，占全部申请的{}。全年共受理申请5,000件。", "62.4%", "68.4%"),
    # the part restated right after the share, the whole stated as a total after a ；
    ("农民工案件约占三分之一，达{}件；全年共办理法律援助案件1,506件。", "512", "812"),
    # the subject's count after the share, the whole stated for the year before it
    ("全年一般公共预算支出320亿元，民生支出占比达到{}，民生支出256.6亿元。", "80.2%", "85.2%"),
])
def test_shares_with_their_whole_elsewhere(template, ok, wrong):
    assert codes(template.format(ok)) == []
    assert ("LG101", "default") in codes(template.format(wrong))


def test_a_share_naming_its_own_subject_is_not_the_count_before():
    # 产业项目数占比 is not 重大项目1,678个 over a count of another sentence
    text = "安排重大项目1,678个、年度投资1.1万亿元，产业项目数占比达到58%。全年共谋划招引项目3,000个。"
    assert codes(text) == []


def test_share_list_blames_the_share_that_disagrees_with_the_stated_whole():
    # (the whole 3,100 is stated before 其中: the share that disagrees with it is the one reported)
    text = "全年服务3,100件，其中援助案件420件、代写文书380件，分别占23.5%、12.3%。"
    found = [f for f in lint_text(text, RULES, registry=REG) if f.code == "LG107"]
    assert len(found) == 1 and text[found[0].start:found[0].end] == "23.5%"
    text = "全年服务3,100件，其中援助案件420件、代写文书380件，分别占13.5%、22.3%。"
    found = [f for f in lint_text(text, RULES, registry=REG) if f.code == "LG107"]
    assert len(found) == 1 and text[found[0].start:found[0].end] == "22.3%"


@pytest.mark.parametrize("ok,wrong", [
    # a bare magnitude without a unit takes the unit of the exact figure right after it (LG105)
    ("常住人口超过百万，达到102.6万人。", "常住人口超过百万，达到98.6万人。"),
    ("旅游总收入突破百亿，达到103亿元。", "旅游总收入突破百亿，达到96亿元。"),
    ("常住人口不足百万，为98.6万人。", "常住人口不足百万，为102.6万人。"),
])
def test_bare_magnitude_bound_takes_the_unit_after_it(ok, wrong):
    assert codes(ok) == []
    assert ("LG105", "default") in codes(wrong)


def test_bare_magnitude_is_not_paired_across_other_words():
    assert codes("全年投资超过百亿，带动就业9.8万人。") == []


@pytest.mark.parametrize("text", [
    # the subject's count must name the subject itself, not a part of it
    "全年地区生产总值1,860亿元，数字经济占比达到42%，数字经济核心产业增加值320亿元。",
    "数字经济占比超过四成，全年地区生产总值1,860亿元，其中数字经济核心产业增加值320亿元。",
    "涉企案件约占三分之一，全年受理行政复议案件900件，其中涉企案件中的行政处罚案件120件。",
    "全年一般公共预算支出320亿元，民生支出占比达到80.2%，民生支出中教育支出96亿元。",
])
def test_a_part_of_the_subject_is_not_the_subject(text):
    assert codes(text) == []


def test_a_whole_after_must_share_a_word_of_its_own_with_the_part():
    # 涉企案件 and 行政应诉案件 share only the head 案件: another total, not the whole
    assert codes("涉企案件186件，占比超过四成。全年共办理行政应诉案件620件。") == []


def test_a_qualified_rate_over_the_unqualified_action_is_one_sided():
    # over 办结 the rate is 93.9%; over what was received (not stated, at least 办结) it may be lower
    for rate in ("85%", "90.2%", "93.9%"):
        assert codes(f"全年办结信访事项1,280件，按期办结1,202件，按期办结率{rate}。") == []
    assert ("LG101", "default") in codes("全年办结信访事项1,280件，按期办结1,202件，按期办结率96.5%。")


@pytest.mark.parametrize("text,expected", [
    # a scope's total: equal to parts whose scopes make it up, not more than parts of unnamed towns, and never read
    # over a comparison or another period
    ("城区新增停车位1,200个，郊区新增860个，全市共计新增2,160个。", ("LG103", "sum")),
    ("城区新增停车位1,200个，乙镇新增860个，全市共计新增1,960个。", ("LG103", "exceeds")),
    ("城区新增停车位1,200个，乙镇新增860个，全市共计新增2,560个。", None),
    ("城区新增停车位1,200个，比上年多新增300个，郊区新增960个，全市共计新增2,160个。", None),
    ("今年城区新增停车位1,200个，去年新增860个，全市共计新增2,160个。", None),
])
def test_scope_totals(text, expected):
    found = codes(text)
    assert (expected in found) if expected else found == []
