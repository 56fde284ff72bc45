"""levels19: figures the engine read as plain levels although the words state a relation — a total, then the clause
after it counting some of its things without 其中 (有N项获得…, 已经…的N件).  Wordings written for these tests (numbers and
names of no report), each checked both ways — consistent and read (a relation in the ledger), inconsistent and reported
— with near-misses that must stay silent."""
import pytest

from fresh_set import RULES, codes
from lintgov.claims import ledger
from lintgov.document import Document
from lintgov.engine import Context


def checked(text):
    """(figure, rule, consistent) of every relation the arithmetic and year-over-year rules checked on ``text``."""
    doc = Document(text + "\n", "example.txt")
    for r in RULES:
        if r.scope == "document":
            list(r.check(doc, Context()))
    return [(doc.text[c.start:c.end], c.rule, c.consistent) for c in ledger(doc)]


# -- a total, then how many of its things did something (no 其中) -------------------------------------------------
UNMARKED_PARTS = [
    # (consistent, inconsistent, the part as printed in the consistent text)
    ("去年全市共评审科技项目二百四十项，有三十六项获得市级科技进步奖。",
     "去年全市共评审科技项目二百四十项，有三百一十二项获得市级科技进步奖。", "三十六项"),
    ("年内共排查各类安全隐患1,860处，已经整改到位的1,712处。",
     "年内共排查各类安全隐患1,860处，已经整改到位的2,418处。", "1,712处"),
    ("全县共有农家书屋326个，已完成数字化改造的298个，其余正在推进。",
     "全县共有农家书屋326个，已完成数字化改造的424个，其余正在推进。", "298个"),
    ("三年来累计申报非物质文化遗产项目五十八个，有二十一个被评为省级项目。",
     "三年来累计申报非物质文化遗产项目五十八个，有七十六个被评为省级项目。", "二十一个"),
    ("本届政府任期内共承办人大代表建议1,204件，有1,150件得到落实或列入计划。",
     "本届政府任期内共承办人大代表建议1,204件，有1,566件得到落实或列入计划。", "1,150件"),
]


@pytest.mark.parametrize("good,bad,at", UNMARKED_PARTS)
def test_a_part_after_a_total_is_read_both_ways(good, bad, at):
    assert codes(good) == []
    rows = checked(good)
    assert (at, "LG103", True) in rows, rows
    assert "LG103" in codes(bad)


def test_the_finding_names_the_total_and_the_deed():
    from lintgov.config import Settings  # noqa: F401  (the registry's settings)
    from lintgov.engine import lint_text
    from fresh_set import REG
    text = "去年全市共评审科技项目二百四十项，有三百一十二项获得市级科技进步奖。\n"
    fs = [f for f in lint_text(text, RULES, path="example.txt", registry=REG) if f.code == "LG103"]
    assert len(fs) == 1
    f = fs[0]
    assert text[f.start:f.end] == "三百一十二项"
    assert f.evidence["part"] == 312 and f.evidence["whole"] == 240
    assert f.evidence["deed"] == "获得"
    assert any(text[r.start:r.end] == "二百四十项" for r in f.related)


NEAR_MISSES = [
    # another measure word: another kind of thing
    "全区共有中小学48所，有50家企业获得助学表彰。",
    # a noun of its own between the figure and the deed: not the total's things
    "全镇共有行政村32个，有40个合作社获得财政补贴。",
    # the total is only a lower bound: no part is provably too large
    "全市共有规上企业超过300家，有320家获得技术改造补助。",
    # 公共/共享 are no total words
    "新建公共厕所12座，有15座通过星级验收。",
    "新增共享单车停放点80个，有95个达到规范化标准。",
    # the deed clause with a time of its own is another count (不是这些中的一部分)
    "今年共新开工项目60个，去年已经开工的85个。",
    # a clause between the total and the part
    "共受理投诉2,480件，比上年增加12%，已经办结的2,600件。",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_stay_silent(text):
    assert codes(text) == []


# -- a part after 其中 stated as 近N / 将近N / 接近N: at least 0.9·N, a part all the same ------------------------------
NEAR_PARTS = [
    ("全年共接待游客860万人次，其中过夜游客近300万人次。",
     "全年共接待游客860万人次，其中过夜游客近1000万人次。", "近300万人次"),
    ("全省共有各类企业一千二百家，其中民营企业将近一千家。",
     "全省共有各类企业一千二百家，其中民营企业将近一千五百家。", "将近一千家"),
    ("五年累计投入水利建设资金3.2亿元，其中用于农田灌溉接近1.1亿元。",
     "五年累计投入水利建设资金3.2亿元，其中用于农田灌溉接近4亿元。", "接近1.1亿元"),
]


@pytest.mark.parametrize("good,bad,at", NEAR_PARTS)
def test_a_near_part_after_qizhong_is_read_both_ways(good, bad, at):
    assert codes(good) == []
    assert any(f.endswith(at[-4:]) and rule == "LG103" and ok for f, rule, ok in checked(good)), checked(good)
    assert "LG103" in codes(bad)


@pytest.mark.parametrize("text", [
    # 近900万 may be 810万–900万: 860万 is in it
    "全年共接待游客860万人次，其中过夜游客近900万人次。",
    # 不足/以下 are upper bounds only
    "全年共接待游客860万人次，其中过夜游客不足900万人次。",
])
def test_near_parts_that_may_fit_stay_silent(text):
    assert codes(text) == []


# -- a total, what of it is done, what is left: rest = total - done ---------------------------------------------------
REMAINDERS = [
    ("我县欠省财政的周转资金共计二千四百五十万元，已经分期归还了一千八百万元，剩下的六百五十万元。",
     "我县欠省财政的周转资金共计二千四百五十万元，已经分期归还了一千八百万元，剩下的九百五十万元。", "六百五十万元"),
    ("全年共征收集体土地1,260亩，已完成补偿安置1,085亩，剩余175亩正在协商。",
     "全年共征收集体土地1,260亩，已完成补偿安置1,085亩，剩余235亩正在协商。", "175亩"),
    ("今年共排查整治隐患86处，已整改销号79处，还有7处正在整改。",
     "今年共排查整治隐患86处，已整改销号79处，还有12处正在整改。", "7处"),
    ("专项债券资金合计3.6亿元，已拨付到项目2.75亿元，尚余0.85亿元待拨付。",
     "专项债券资金合计3.6亿元，已拨付到项目2.75亿元，尚余1.35亿元待拨付。", "0.85亿元"),
]


@pytest.mark.parametrize("good,bad,at", REMAINDERS)
def test_a_remainder_is_read_both_ways(good, bad, at):
    assert codes(good) == []
    assert (at, "LG103", True) in checked(good), checked(good)
    assert "LG103" in codes(bad)


def test_a_wrong_total_or_done_figure_is_reported_too():
    assert "LG103" in codes("全年共征收集体土地1,640亩，已完成补偿安置1,085亩，剩余175亩正在协商。")
    assert "LG103" in codes("全年共征收集体土地1,260亩，已完成补偿安置1,410亩，剩余175亩正在协商。")


@pytest.mark.parametrize("text", [
    # within the printed rounding: 3.2 (3.15–3.25) = 2.15 + 1.1 (1.05–1.15)
    "共安排建设资金3.2亿元，已拨付2.15亿元，剩余1.1亿元。",
    # 还有 N without 未/正在…: other things, not the rest
    "全区共建成公园12个，已开放8个，还有5个社区公园。",
    # another measure word
    "全年共征收集体土地1,260亩，已完成补偿安置1,085户，剩余235亩正在协商。",
    # a bound
    "全年共征收集体土地1,260亩，已完成补偿安置1,085亩，剩余不到300亩。",
])
def test_remainder_near_misses_stay_silent(text):
    assert codes(text) == []


def test_a_remainder_in_a_currency_of_another_country():
    # 新卢布 is a currency (the rouble after 1961): its figures are amounts of money like 美元
    good = "所欠贷款本息共计八亿四千五百万新卢布，已经偿还了六亿二千万新卢布，剩下的二亿二千五百万新卢布。"
    assert codes(good) == []
    assert ("二亿二千五百万新卢布", "LG103", True) in checked(good)
    assert "LG103" in codes(good.replace("剩下的二亿二千五百万", "剩下的三亿二千五百万"))


# -- 其中包括: the parts listed as after 其中 alone ------------------------------------------------------------------
INCLUDING_LISTS = [
    ("全县共有医疗卫生机构86个，其中包括乡镇卫生院21个，社区卫生服务中心9个，民营医院14个。",
     "全县共有医疗卫生机构86个，其中包括乡镇卫生院21个，社区卫生服务中心59个，民营医院14个。"),
    ("全年共发生火灾事故一百二十起，其中包括住宅火灾四十六起，车辆火灾二十八起。",
     "全年共发生火灾事故一百二十起，其中包括住宅火灾四十六起，车辆火灾九十八起。"),
]


@pytest.mark.parametrize("good,bad", INCLUDING_LISTS)
def test_parts_after_qizhong_baokuo_add_up_to_at_most_the_whole(good, bad):
    assert codes(good) == []
    assert any(rule == "LG103" and ok and f in ("86个", "一百二十起") for f, rule, ok in checked(good)), checked(good)
    assert "LG103" in codes(bad)


@pytest.mark.parametrize("text", [
    # thresholds nest (above 1亿 is above 5000万): not summed
    "全县共有工业企业30家，其中包括产值亿元以上企业18家，产值5000万元以上企业26家。",
    # 包括…在内: another reading
    "全县共有医疗卫生机构86个，其中包括乡镇卫生院在内的公立机构70个，民营医院34个。",
])
def test_including_near_misses_stay_silent(text):
    assert codes(text) == []


# -- this time's count, then the cumulative count of the same things -------------------------------------------------
CUMULATIVE = [
    ("今年评定省级文明村镇十八个，累计达到六十五个。",
     "今年评定省级文明村镇八十八个，累计达到六十五个。", "十八个"),
    ("本年度列入省重点项目的有23个，累计达到94个。",
     "本年度列入省重点项目的有123个，累计达到94个。", "23个"),
    ("全县市级龙头企业14家，累计达到37家。",
     "全县市级龙头企业54家，累计达到37家。", "14家"),
    ("年度实施的城市更新项目9个，总数41个。",
     "年度实施的城市更新项目49个，总数41个。", "9个"),
]


@pytest.mark.parametrize("good,bad,at", CUMULATIVE)
def test_this_time_is_at_most_the_cumulative_count_after_it(good, bad, at):
    assert codes(good) == []
    assert (at, "LG103", True) in checked(good), checked(good)
    assert "LG103" in codes(bad)


@pytest.mark.parametrize("text", [
    # another deed after 累计: other people
    "促进城镇居民就业710人，累计帮扶残疾人就业213人。",
    # a fall is no part of the stock
    "减少落后产能企业30家，累计达12家。",
    # an average a year
    "年均新增高新技术企业300家，总数达1,200家。",
    # the cumulative only a lower bound
    "新增商事主体5.2万户，总量超过4万户。",
])
def test_cumulative_near_misses_stay_silent(text):
    assert codes(text) == []


def test_one_item_of_a_list_of_figures_is_not_read_against_the_cumulative():
    # 院士工作站3家、博士后工作站12家，累计达10家: the cumulative may count one item or all (the sum reader decides)
    from lintgov.claims.subsets import added_then_cumulative
    doc = Document("新增院士工作站3家、博士后工作站12家，累计达10家。\n", "example.txt")
    assert added_then_cumulative(doc) == []
    doc = Document("全区省级专精特新企业12家，累计达30家。\n", "example.txt")
    assert [doc.text[a.added.start:a.added.end] for a in added_then_cumulative(doc)] == ["12家"]


@pytest.mark.parametrize("good,bad,at", [
    ("去年开工的四十个重点项目，有二十六个是民生工程。", "去年开工的四十个重点项目，有五十二个是民生工程。", "二十六个"),
    ("全区评出的18家示范单位，有11家是民营企业。", "全区评出的18家示范单位，有23家是民营企业。", "11家"),
])
def test_how_many_of_them_are_something(good, bad, at):
    assert codes(good) == []
    assert (at, "LG103", True) in checked(good), checked(good)
    assert "LG103" in codes(bad)


@pytest.mark.parametrize("text", [
    # a noun of its own between the figure and 是: other things
    "新建学校12所，有15所学校是九年一贯制。",
    # 获得 without a total word: those awarded may be of all the schools, not only the new ones
    "今年新建学校12所，有15所获得省级示范称号。",
])
def test_some_are_near_misses_stay_silent(text):
    assert codes(text) == []


@pytest.mark.parametrize("good,bad,at", [
    # no unit on either figure: an increase, then the total it brings the same thing to
    ("城乡居民养老保险参保人数增加2860万，总计达到4.35亿。", "城乡居民养老保险参保人数增加5.86亿，总计达到4.35亿。", "2860万"),
    # a length whose total names the same road again
    ("其中一级公路380公里，一级公路总里程达1,460公里。", "其中一级公路1,980公里，一级公路总里程达1,460公里。", "380公里"),
])
def test_an_increase_or_a_length_within_the_total_after_it(good, bad, at):
    assert codes(good) == []
    assert (at, "LG103", True) in checked(good), checked(good)
    assert "LG103" in codes(bad)


@pytest.mark.parametrize("text", [
    # the total names other roads
    "新建一级公路1,980公里，国道总里程达1,460公里。",
    # no unit and no increase: the first figure may be anything
    "城乡居民养老保险参保人数5.86亿，总计达到4.35亿。",
])
def test_increase_and_length_near_misses_stay_silent(text):
    assert codes(text) == []


@pytest.mark.parametrize("text", [
    # a count of a plan or a target before a bare total: the total counts the things there are, not those planned
    "今年计划新增养老床位500张，总数320张。",
    "年度目标新建口袋公园60个，累计建成45个。",
    "拟新增充电桩1200个，总量达到900个。",
])
def test_a_planned_count_before_a_total_stays_silent(text):
    assert codes(text) == []


def test_a_plan_after_the_stock_stays_silent_and_a_real_addition_is_still_reported():
    assert codes("现有养老床位320张，计划新增500张。") == []
    assert codes("新增养老床位500张，总数320张。") == ["LG103"]


def test_items_added_to_a_plans_list_are_part_of_its_total():
    # 计划项目 names the things added (items of a plan's list); the plan word is not before the deed
    assert codes("年度新增计划项目7个，总数47个。") == []
    assert codes("年度新增计划项目70个，总数47个。") == ["LG103"]
    assert codes("本年度新增重点督办事项12件，总数达到9件。") == ["LG103"]
