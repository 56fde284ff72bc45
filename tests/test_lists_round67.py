"""Parallel lists read as one figure per item, round 67 (lists engineer).  Phrasings are lintgov's own.

A parallel list pairs names with values by position (A、B分别为x、y / A、B、C依次为… / two items 各达x和y).  The list
service (``claims.lists.respective_members`` → ``list_figure``) reads each value as an ordinary figure of its item —
the item's name, its value, its role (level, growth, points, share, rate, multiple) — and the readings of rates and
shares name a list's values by their items instead of by the words right before each value (which, for a list, are
those of the whole list for the first value and none for the others).  A share of one item over the list's total
(其中B占总量的…, 后者占两者总和的…) is ``claims.lists.item_share``.  Misaligned lists and names the text does not fix
stay silent."""
import pytest

from lintgov.claims.lists import item_share, list_figure, respective_members
from lintgov.engine import lint_text, read_document
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RATES = [r({}) for r in REG.rules if r.code == "LG101"]


def codes(text):
    return [f.code for f in lint_text(text + "\n", RATES, registry=REG)]


def doc_of(text):
    return read_document("x.txt", "x.txt", REG, (text + "\n").encode("utf-8"))


def fig(doc, shown):
    q = next(q for q in doc.quantities if doc.text[q.start:q.end] == shown)
    return list_figure(doc, q)


# (text with {}, consistent figure, wrong figure)
PAIRS = [
    # a rate over two items of one list
    ("受理、办结信访事项分别为1,250件和1,180件，办结率{}。", "94.4%", "90.4%"),
    ("全年受理行政复议申请、审结复议案件分别为640件和602件，审结率{}。", "94.1%", "88.1%"),
    # 依次 pairs by position as 分别 does
    ("全年收到、受理、办结投诉依次为980件、952件、940件，办结率{}。", "98.7%", "93.7%"),
    # a share named by one item's words, the whole the other item
    ("地方一般公共预算收入、税收收入分别完成58.6亿元和45.3亿元，税收占比{}。", "77.3%", "71.3%"),
    # one item over the list's total
    ("市中心、8个镇街分中心分别受理求助2,450件、5,130件，其中镇街分中心受理量占总量的{}。", "67.7%", "72.7%"),
    ("线上与线下调解案件分别为2,340件和860件，后者占两者总和的{}。", "26.9%", "31.9%"),
    ("法律援助中心、6个工作站、2个联络点全年分别办理援助案件410件、930件、160件，其中工作站办理量占总数的{}。",
     "62.0%", "67.0%"),
]


@pytest.mark.parametrize("body,ok,wrong", PAIRS)
def test_list_items_are_operands_of_rates_and_shares(body, ok, wrong):
    assert "LG101" not in codes(body.format(ok))
    assert "LG101" in codes(body.format(wrong))


SILENT = [
    # the rate names a member whose counts the list does not give
    "市、区两级受理案件分别为120件和360件，区级审结率95.0%。",
    # 后者/两者 of a list of three: which two is not fixed
    "线上、线下和电话调解案件分别为2,340件、860件和500件，后者占两者总和的26.9%。",
    # a subject naming no one item (案件 is every item's head)
    "行政案件、民事案件分别为300件、200件，其中案件占总量的60.1%。",
    # a share of a whole the list does not hold
    "区公共法律服务中心、12个司法所分别接待3,475人次、6,385人次，其中司法所接待量占全市的20.1%。",
    # values of another period: multiples of last year's, no levels
    "受理、审结案件分别为上年的1.2倍和1.1倍，审结率95%。",
    # more names than values: not paired
    "受理、审结、纠错案件分别为526件和498件，审结率80.0%。",
    # an abbreviation list
    "“一府两院”分别报告工作3次、5次，办理率100%。",
    # names ending alike are whole names, not a shared noun (市中心 is not 市街分中心)
    "市中心、8个镇街分中心分别受理求助2,450件、5,130件，其中市中心受理量占总量的32.3%。",
]


@pytest.mark.parametrize("text", SILENT)
def test_lists_the_text_does_not_fix_stay_silent(text):
    assert "LG101" not in codes(text)


def test_each_value_is_a_figure_of_its_item():
    doc = doc_of("一般公共预算收入、税收收入分别完成186.4亿元和152.8亿元，分别增长6.2%和4.8%。")
    f = fig(doc, "152.8亿元")
    assert (f.member, f.name, f.role, f.index, f.size) == ("税收收入", "税收收入", "level", 1, 2)
    g = fig(doc, "4.8%")
    assert (g.member, g.role, g.index) == ("税收收入", "growth", 1)


def test_a_noun_shared_by_the_names_completes_each():
    doc = doc_of("国家级、部级创新平台分别达到22家、182家。")
    assert fig(doc, "22家").name == "国家级创新平台"
    assert fig(doc, "182家").name == "部级创新平台"
    doc = doc_of("全年主动公开与依申请公开政府信息分别为18,420条和1,386条。")
    (rl,) = respective_members(doc)
    assert rl.members == ("主动公开", "依申请公开")
    assert rl.names == ("主动公开政府信息", "依申请公开政府信息")
    doc = doc_of("一、二、三产业增加值分别增长3.1%、6.8%、5.4%。")
    f = fig(doc, "6.8%")
    assert (f.member, f.name, f.role) == ("二产", "二产业增加值", "growth")


def test_names_are_not_cut_by_length_alone():
    # 高校、科研院所人才: 高校 is no modifier of 院所人才 — the names stay as written
    (rl,) = respective_members(doc_of("高校、科研院所人才分别为120人、80人。"))
    assert rl.names == ("高校", "科研院所人才")


def test_roles_and_ge_lists():
    doc = doc_of("城关街道、河西街道两个试点的诉求办结率各达98.4%和95.0%。")
    assert fig(doc, "95.0%").role == "rate" and fig(doc, "95.0%").member == "河西街道"
    doc = doc_of("城镇、农村低保标准分别提高1.2个和0.8个百分点。")
    assert fig(doc, "0.8个百分点").role == "points"  # (the unit written once, after the last value)
    # 各 followed by one value is no list of values (每项同为N): nothing paired by position
    assert respective_members(doc_of("建成篮球场、足球场各100个。")) == []


def test_item_share_reads_the_list_total():
    doc = doc_of("线上与线下调解案件分别为2,340件和860件，后者占两者总和的26.9%。")
    q = next(q for q in doc.quantities if q.is_percent)
    part, items = item_share(doc, q)
    assert doc.text[part.start:part.end] == "860件" and len(items) == 2


SUMS = [r({}) for r in REG.rules if r.code == "LG103"]


# a count in digits and the names of what it counts after a colon (or names after a colon closed by 共N个)
COUNTS = [
    ("今年认定区级法治示范单位{}：区司法局；区人社局；区住建局；沙河街道。", "4家", "5家"),
    ("新增省级专精特新企业{}：远航科技、华新电子和北辰精工。", "3家", "5家"),
    ("建成口袋公园{}：榕树公园、荔园、紫荆园、滨河公园。", "4个", "6个"),
    ("全年获评省级特色小镇：陶瓷小镇、茶香小镇，共{}。", "2个", "3个"),
]


@pytest.mark.parametrize("body,ok,wrong", COUNTS)
def test_counts_with_names_after_a_colon(body, ok, wrong):
    assert "LG103" not in [f.code for f in lint_text(body.format(ok) + "\n", SUMS, registry=REG)]
    assert "LG103" in [f.code for f in lint_text(body.format(wrong) + "\n", SUMS, registry=REG)]


COUNT_SILENT = [
    "新增省级专精特新企业5家：远航科技、华新电子等。",                     # partial: 等
    "排名前3家：远航科技、华新电子、北辰精工、东方数控。",                  # a rank, not a count of the names
    "抓好以下8项改革：（1）深化商事制度改革；（2）推进“放管服”改革。",       # numbered tasks, not names
    "新增企业3家：远航科技，主营数控机床。",                                # a description after the colon
]


@pytest.mark.parametrize("text", COUNT_SILENT)
def test_colon_lists_that_are_not_names_stay_silent(text):
    assert "LG103" not in [f.code for f in lint_text(text + "\n", SUMS, registry=REG)]


YOY = [r({}) for r in REG.rules if r.code == "LG201"]


# each item's growth against its two levels, stated by lists of the same members in other clauses or sentences
GROWTH = [
    ("2023年全区受理、办结信访事项分别为2,400件、2,280件。2024年分别为2,640件、2,470件，分别增长10.0%、{}。", "8.3%", "12.3%"),
    ("全市刑事案件、治安案件分别为1,200起和3,400起，分别增长5.0%和下降{}；上年分别为1,143起和4,000起。", "15.0%", "10.0%"),
    ("城镇和农村居民人均可支配收入分别增长5.2%和{}，达到52,460元和26,180元；上年分别为49,867元和24,444元。", "7.1%", "12.1%"),
]


@pytest.mark.parametrize("body,ok,wrong", GROWTH)
def test_each_items_growth_against_its_levels(body, ok, wrong):
    assert "LG201" not in [f.code for f in lint_text(body.format(ok) + "\n", YOY, registry=REG)]
    assert "LG201" in [f.code for f in lint_text(body.format(wrong) + "\n", YOY, registry=REG)]


GROWTH_SILENT = [
    # two years apart: the growth is no year's
    "2022年全区受理、办结信访事项分别为2,400件、2,280件。2024年分别为2,640件、2,470件，分别增长20.0%、12.3%。",
    # a list with no period of its own and another year's list: which is the prior is not fixed
    "全区受理、办结信访事项分别为2,400件、2,280件。2022年分别为2,640件、2,470件，分别增长9.1%、11.6%。",
    # an average growth is no year's change
    "2023年全区受理、办结信访事项分别为2,400件、2,280件。2024年分别为2,640件、2,470件，分别年均增长10.0%、12.3%。",
    # more values than members in the later list: not paired
    "2023年全区受理、办结信访事项分别为2,400件、2,280件。2024年分别为2,640件、2,470件、300件，分别增长10.0%、12.3%。",
]


@pytest.mark.parametrize("text", GROWTH_SILENT)
def test_list_growths_the_text_does_not_fix_stay_silent(text):
    assert "LG201" not in [f.code for f in lint_text(text + "\n", YOY, registry=REG)]


# 各: one value for each item, the total of the items right after it
EACH = [
    ("两个国家级园区各实现产值186亿元，合计{}。", "372亿元", "412亿元"),
    ("甲校和乙校各新增学位900个，共新增{}。", "1,800个", "2,000个"),
    ("3家龙头企业各投资12亿元，合计{}。", "36亿元", "40亿元"),
]


@pytest.mark.parametrize("body,ok,wrong", EACH)
def test_each_value_times_the_items_is_the_total(body, ok, wrong):
    assert "LG103" not in [f.code for f in lint_text(body.format(ok) + "\n", SUMS, registry=REG)]
    assert "LG103" in [f.code for f in lint_text(body.format(wrong) + "\n", SUMS, registry=REG)]


EACH_SILENT = [
    "中国企业500强、民营企业500强中各有20家企业上榜，共38家。",   # groups a firm may be in both of
    "建成篮球场、足球场各100个，全区共有体育场地2,600个。",        # a total of another thing, not after 各
    "三家企业各投资约5亿元，合计16亿元。",                          # an approximate value
    "各地各部门新增就业岗位1.2万个，共计3.5万个。",                 # items the text does not count
]


@pytest.mark.parametrize("text", EACH_SILENT)
def test_each_values_the_text_does_not_total_stay_silent(text):
    assert "LG103" not in [f.code for f in lint_text(text + "\n", SUMS, registry=REG)]
