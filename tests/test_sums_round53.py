"""Sums, parts and 分别 lists, round 53 (sums engineer).  Phrasings are lintgov's own, not the written set's.

- a year's case load split into the cases received this year and those carried over (新收/旧存, 上年结转) is complete
  (``claims.classes.SPLITS``); a secondary school named alone (中学) is a step of the school scale beside 小学/幼儿园;
  the kinds of administrative enforcement acts (行政许可/行政处罚/行政强制/行政检查…) exclude each other;
- a total named by the count of its parts (三项支出N, 以上四项合计N, 两者合计N) is the sum of exactly as many figures
  right before it (``claims.parts.COUNT_NAMED_TOTAL``, LG103 ``_count_named_total``);
- a 分别 list binds each value to its member (``claims.lists.respective_members``): the three industries then
  地区生产总值达T, the four quarters then 全年完成…T, and a rate naming one member (区级…率, 二审改判率) reads that member's
  values only (LG101)."""
import pytest

from lintgov.engine import lint_text, read_document
from lintgov.plugins import build_registry
from lintgov.claims.lists import bound_name, respective_members

REG = build_registry(load_entry_points=False)
SUMS = [r({}) for r in REG.rules if r.code == "LG103"]
RATES = [r({}) for r in REG.rules if r.code == "LG101"]


def codes(text, rules):
    return [f.code for f in lint_text(text + "\n", rules, registry=REG)]


# (text with {}, consistent figure, wrong figure)
PARTS = [
    ("本年度办理行政复议案件260件，其中新收{}件、旧存28件。", "232", "262"),
    ("全年受理劳动人事争议仲裁案件1,150件，其中新收1,085件，上年结转{}件。", "65", "95"),
    ("新建中小学和幼儿园18所，其中中学4所、小学{}所、幼儿园7所。", "7", "11"),
    ("全年办理行政执法案件2,460件，包括行政许可1,320件、行政处罚{}件、行政检查410件。", "730", "930"),
]


@pytest.mark.parametrize("body,ok,wrong", PARTS)
def test_complete_and_exclusive_parts(body, ok, wrong):
    assert "LG103" not in codes(body.format(ok), SUMS)
    assert "LG103" in codes(body.format(wrong), SUMS)


COUNTED = [
    ("区级财政支出52.6亿元，农林水支出4.8亿元，城乡社区支出6.1亿元，节能环保支出2.3亿元，三项支出{}亿元。", "13.2", "15.2"),
    ("发放养老补贴3,200万元，医疗救助1,150万元，临时救助460万元，以上三项合计{}万元。", "4,810", "5,810"),
    ("全年办理人大代表建议138件、政协提案96件，两者合计{}件。", "234", "254"),
]


@pytest.mark.parametrize("body,ok,wrong", COUNTED)
def test_a_total_named_by_the_count_of_its_parts(body, ok, wrong):
    assert "LG103" not in codes(body.format(ok), SUMS)
    assert "LG103" in codes(body.format(wrong), SUMS)


COUNTED_SILENT = [
    # a count inside a name (残疾人两项补贴 is one programme), not a total of the figures before it
    "发放高龄补贴32亿元、残疾人两项补贴12.4亿元。",
    # fewer figures than the count names: not read
    "教育支出14.2亿元，三项支出33.6亿元。",
    # the writer counts the parts otherwise (三项 after a whole and two parts that add up): a reading
    "区级财政支出52.6亿元，农林水支出4.8亿元，城乡社区支出6.1亿元，三项支出10.9亿元。",
    # the noun of the total is not the parts' noun: not read
    "全年新增就业2.1万人，新增培训1.4万人，两项工作合计投入资金1.2亿元。",
]


@pytest.mark.parametrize("text", COUNTED_SILENT)
def test_a_count_that_names_no_sum_is_silent(text):
    assert "LG103" not in codes(text, SUMS)


RESPECTIVE = [
    ("第一、二、三产业增加值分别为35.2亿元、{}亿元、402.5亿元，地区生产总值达688.3亿元。", "250.6", "290.6"),
    ("一季度、二季度、三季度、四季度分别完成投资92亿元、118亿元、{}亿元和140亿元，全年完成投资486亿元。", "136", "166"),
]


@pytest.mark.parametrize("body,ok,wrong", RESPECTIVE)
def test_a_whole_after_a_respective_list(body, ok, wrong):
    assert "LG103" not in codes(body.format(ok), SUMS)
    assert "LG103" in codes(body.format(wrong), SUMS)


MEMBER_RATES = [
    ("市、区两级行政机关负责人出庭应诉案件分别为64件和238件，区级应出庭案件245件，区级出庭应诉率{}。", "97.1%", "91.1%"),
    ("全市两级法院审结一审、二审案件分别为210件和75件，其中改判分别为12件和4件，二审改判率{}。", "5.3%", "8.3%"),
]


@pytest.mark.parametrize("body,ok,wrong", MEMBER_RATES)
def test_a_rate_of_one_member_of_a_respective_list(body, ok, wrong):
    assert "LG101" not in codes(body.format(ok), RATES)
    assert "LG101" in codes(body.format(wrong), RATES)


def test_respective_members_binds_values_to_names():
    t = "市、区两级行政机关负责人出庭应诉案件分别为64件和238件，区级应出庭案件245件。\n"
    doc = read_document("x.txt", "x.txt", REG, t.encode("utf-8"))
    (rl,) = respective_members(doc)
    assert rl.members == ("市级", "区级")
    q238 = next(q for q in doc.quantities if t[q.start:q.end] == "238件")
    assert bound_name(doc, q238) == "区级行政机关负责人出庭应诉案件"
    t2 = "审结一审、二审案件分别为210件和75件，其中改判分别为12件和4件。\n"
    doc2 = read_document("y.txt", "y.txt", REG, t2.encode("utf-8"))
    (rl2,) = respective_members(doc2)
    assert rl2.members == ("一审", "二审")
    assert [len(v) for v in rl2.values] == [2, 2]
    q4 = next(q for q in doc2.quantities if t2[q.start:q.end] == "4件")
    assert bound_name(doc2, q4) == "二审改判"
