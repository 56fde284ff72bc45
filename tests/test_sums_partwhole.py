"""Part > whole in shapes that need no proof that the list is complete (LG103): kinds of one thing after 其中
(types of school, kinds of banking institution) whose sum exceeds the total, in one sentence or after 。其中，; and a
single part after 其中 whose whole of the same unit stands before figures of other units (an amount, a growth
rate). Thresholds that qualify a noun (过亿元的企业, 50亿元以上项目) are not parts; steps that hold other steps
(普通中学 holds 初中 and 高中) are never summed with them."""
import pytest

from lintgov.claims.classes import exclusive, one_scale
from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def codes(text):
    return [(f.code, f.key) for f in lint_text(text, RULES, registry=REG)]


SCHOOLS = "幼儿园{part}所、小学41所、普通中学22所、中等职业学校9所"
BANKS = "国有商业银行网点{part}个、股份制商业银行网点152个、城市商业银行网点98个、农村商业银行网点64个"

KINDS = [
    # (template with {total} and {part}, a consistent total, a total the parts exceed)
    ("全县共有各级各类学校{total}所，其中" + SCHOOLS + "。", 136, 126),
    ("全县共有各级各类学校{total}所。其中，" + SCHOOLS.replace("、", "，") + "。", 140, 120),
    ("年末全市有学校{total}所，其中：" + SCHOOLS.replace("、", "；") + "。", 131, 129),
    ("全市共有银行业金融机构网点{total}个，其中" + BANKS + "。", 520, 480),
    ("全市银行网点{total}个。其中，" + BANKS.replace("、", "，") + "。", 600, 490),
]


@pytest.mark.parametrize("template,ok,wrong", KINDS)
def test_kinds_after_among(template, ok, wrong):
    part = 58 if "所" in template else 186
    assert codes(template.format(total=ok, part=part)) == []
    assert ("LG103", "exceeds") in codes(template.format(total=wrong, part=part))


def test_kinds_are_exclusive_by_name():
    assert exclusive(["幼儿园", "小学", "普通中学", "中等职业学校"])
    assert exclusive(["普通高中", "普通初中", "特殊教育学校"])
    assert exclusive(["国有商业银行网点", "股份制商业银行网点", "城市商业银行网点"])
    assert exclusive(["综合性本科院校", "高等职业院校", "成人高校"])
    # a step that holds another: 普通中学 = 初中 + 高中, 高等学校 holds 高职
    assert not one_scale(["小学", "普通中学", "初中", "高中"])
    assert exclusive(["小学", "普通中学", "初中"]) is None
    assert exclusive(["普通高校", "高职院校"]) is None


NESTED_SILENT = [
    "全县共有学校126所，其中小学41所、普通中学42所、初中22所、高中20所。",
    "全市共有中学60所，其中初级中学38所、普通中学22所、高级中学12所。",
    "全市共有高等学校12所，其中普通高校9所、高职院校6所。",
]


@pytest.mark.parametrize("text", NESTED_SILENT)
def test_steps_holding_others_are_not_summed(text):
    assert ("LG103", "exceeds") not in codes(text)


SEPARATED = [
    # the whole of the part (same unit) stands before an amount and a growth rate
    "新增商事主体3,260户，认缴投资总额528.6亿元，增长12.4%，其中注册资本过亿元的企业{}户。",
    "全年新设立企业1,850家，注册资本总额326亿元，同比增长8.2%，其中外资企业{}家。",
    "全市引进重大项目86个，总投资1,260亿元，增长15.3%，其中百亿元以上项目{}个。",
    "全年新登记市场主体2.6万户，新增注册资本410亿元，其中企业{}万户。",
]


@pytest.mark.parametrize("template", SEPARATED)
def test_single_part_against_a_whole_separated_by_other_units(template):
    ok, wrong = ("0.9", "3.1") if "万户" in template else ("52", "3,520")
    assert codes(template.format(ok)) == []
    assert ("LG103", "default") in codes(template.format(wrong))


THRESHOLDS = [
    # a figure that qualifies the noun after it is no part of an amount before it
    "完成投资43.4亿元，亿元项目8个，其中50亿元以上项目3个。",
    "完成投资43.4亿元，新开工项目8个，其中投资超过50亿元的项目3个。",
    "新增商事主体4058户，认缴投资总额443.26亿元，增长136.5%，其中注册资本过500亿元的企业22户。",
    "签约项目32个，协议投资额28.5亿元，其中单体投资超50亿元的项目2个。",
    "引进项目45个，总投资38亿元，其中100亿元级项目1个。",
]


@pytest.mark.parametrize("text", THRESHOLDS)
def test_thresholds_are_not_parts(text):
    assert codes(text) == []


def test_parts_followed_by_words_are_still_parts():
    # 其中36项全国领先 / 其中15家建成投产: the count is the part, words after it say what it did
    assert ("LG103", "default") in codes("新推出制度创新举措106项，其中136项全国领先。")
    assert ("LG103", "default") in codes("新能源汽车基地引进企业18家，其中25家建成投产。")
    assert codes("新能源汽车基地引进企业18家，其中15家建成投产。") == []


INDUSTRY = ("全年第三产业增加值{}亿元，增长5.1%。其中，批发和零售业增加值612.4亿元，增长6.0%；交通运输、仓储和邮政业增加值"
            "288.1亿元，增长3.2%；住宿和餐饮业增加值97.6亿元，增长2.4%；金融业增加值402.9亿元，增长4.8%。")


def test_sections_of_the_industrial_classification_do_not_exceed_their_whole():
    # four sections of 第三产业 listed (the rest left out): not more than the whole (612.4+288.1+97.6+402.9 = 1401.0)
    assert codes(INDUSTRY.format("2,860.5")) == []
    assert ("LG103", "exceeds") in codes(INDUSTRY.format("1,286.5"))
    assert exclusive(["批发和零售业增加值", "仓储和邮政业增加值", "住宿和餐饮业增加值", "金融业增加值"])
    # 工业 holds 制造业: never summed with it
    assert exclusive(["工业增加值", "制造业增加值"]) is None
    assert codes("全年第二产业增加值1,200亿元，其中工业增加值980亿元，制造业增加值860亿元，建筑业增加值220亿元。") == []


@pytest.mark.parametrize("template,ok,wrong", [
    # kinds counted in the unit of a whole stated before an amount of money (and a ； before 其中)
    ("全年查处食品安全案件{}件，罚没款1,460万元；其中简易程序案件320件，一般程序案件590件。", "980", "860"),
    ("全年发生各类生产安全事故{}起，直接经济损失860万元，其中工矿商贸事故142起、道路运输事故38起。", "196", "170"),
    # where a legal-education event was held: one place each
    # the city level and the districts (市本级 / 各区) after 。其中，
    ("全年审结行政复议案件{}件。其中，市本级审结152件；各区审结286件。", "438", "420"),
    ("全年开展法治宣传活动{}场次，覆盖群众6.8万人次；其中进企业86场次、进社区142场次、进学校95场次。", "340", "300"),
])
def test_kinds_against_a_whole_before_other_units(template, ok, wrong):
    assert codes(template.format(ok)) == []
    assert ("LG103", "exceeds") in codes(template.format(wrong))


@pytest.mark.parametrize("template,ok,wrong", [
    # a stock stated with 全区有 / 现有 closing a sentence, its kinds in the next sentence without 其中
    ("全区有中小学校{}所。小学41所，初中15所，九年一贯制学校6所。", "62", "58"),
    ("全县现有医疗卫生机构{}个。医院9个，基层医疗卫生机构226个，专业公共卫生机构5个。", "240", "236"),
])
def test_kinds_in_the_next_sentence_of_a_stock(template, ok, wrong):
    assert codes(template.format(ok)) == []
    assert ("LG103", "exceeds") in codes(template.format(wrong))


@pytest.mark.parametrize("template,ok,wrong", [
    # the whole closes the sentence before; the sentence of 其中 names it again before an amount and a rate
    ("全年新设立企业1,850家。新设企业注册资本总额326亿元，同比增长8.2%，其中外资企业{}家。", "210", "2,100"),
    ("年末全市共有民办学校86所。民办学校在校生3.2万人，其中民办幼儿园{}所。", "52", "96"),
])
def test_single_part_against_a_whole_closing_the_sentence_before(template, ok, wrong):
    assert codes(template.format(ok)) == []
    assert ("LG103", "default") in codes(template.format(wrong))


def test_a_whole_named_only_by_a_head_word_is_not_read_across_sentences():
    assert codes("全年新设立企业1,850家。企业注册资本总额326亿元，其中外资企业2,100家。") == []
    assert codes("全年新设立企业1,850家。全市规上工业增加值326亿元，同比增长8.2%，其中规上企业2,100家。") == []
