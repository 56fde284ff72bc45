"""The parts of a whole split completely (structure9, ``lintgov.claims.wholes``): the whole's growth lies between its
parts' growths (LG201), the parts' changes add up to the whole's (LG103), and the shares of the sides of a split listed
before 分别占 or joined by 、 add up to 100% (LG107).  Wordings are lintgov's own, varied on purpose."""
import pytest

from lintgov.claims.wholes import growth_range, respective_split, split_changes
from lintgov.document import Document
from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
HEAD = "2024年国民经济和社会发展统计公报\n"


#: LG201's reading of split wholes (option split-wholes, on by default)
OPTIONS = {"LG201": {"split-wholes": True}}


def codes(text, code):
    rules = [r(OPTIONS.get(code, {})) for r in REG.rules if r.code == code]
    return [f.code for f in lint_text(HEAD + text, rules, registry=REG)]


# -- the service --------------------------------------------------------------------------------------------------
def test_split_changes_reads_whole_parts_and_reason():
    doc = Document("全年货物进出口总值812.6亿元，比上年增长7.4%。其中，出口值503.2亿元，增长11.9%；进口值309.4亿元，增长0.8%。")
    (sc,) = split_changes(doc)
    assert sc.kind == "percent"
    assert sc.part_names == ("出口值", "进口值")
    assert "出口/进口" in str(sc.why)
    lo, hi = growth_range(sc)
    assert lo == pytest.approx(0.75) and hi == pytest.approx(11.95)


def test_split_changes_skips_nested_part_and_reads_the_sectors():
    doc = Document("全县生产总值增长5.8%。分产业看，第一产业增加值增长3.2%，第二产业增加值增长6.6%，其中工业增加值增长8.1%，"
                   "第三产业增加值增长5.5%。")
    (sc,) = split_changes(doc)
    assert sc.part_names == ("第一产业增加值", "第二产业增加值", "第三产业增加值")


@pytest.mark.parametrize("text", [
    # a side with a modifier of its own: trade with one country, not the parts of all trade
    "全年进出口总额增长6.1%，其中对东盟出口增长19.8%，自东盟进口增长1.2%。",
    # per-capita: the weights move with the people
    "全体居民人均可支配收入增长8.9%，其中城镇居民增长6.1%，农村居民增长7.5%。",
    # loans by term leave 票据融资 out
    "各项贷款余额增长12%，其中短期贷款增长5%，中长期贷款增长8%。",
    # a plan
    "预计明年进出口总额增长12%左右，其中出口增长9%，进口增长3%。",
    # the three sectors are not all of the power used (城乡居民生活用电), listed or not
    "全社会用电量增长8.1%，其中第一产业用电增长5%，第二产业用电增长6%，第三产业用电增长7%，城乡居民生活用电增长15%。",
    "全社会用电量增长8.1%，其中第一产业用电增长5%，第二产业用电增长6%，第三产业用电增长7%。",
    # 肉类 holds other meats than the four
    "全年肉类总产量增长9.0%，其中猪肉产量增长2.1%，牛肉产量增长5.5%，羊肉产量增长6.0%，禽肉产量增长8.4%。",
    # people named alone: a per-capita figure left unnamed, or one named in the sentence
    "城镇居民增长6.1%，农村居民增长7.5%，城乡居民增长9.9%。",
    "全体居民人均可支配收入32,456元。城镇增长6.1%，乡村增长7.5%，全体增长9.9%。",
    # one part in another currency
    "全年进出口总额增长12.1%，其中出口增长9.8%（以美元计），进口增长1.2%。",
    # siblings in a list of sectors, no whole of theirs
    "房地产业增加值增长3.3%；营利性服务业增加值增长2.9%；非营利性服务业增加值增长4.7%。",
])
def test_split_changes_not_read(text):
    assert split_changes(Document(text)) == []


# -- LG201: a whole grows between its parts -------------------------------------------------------------------------
GROWTH = [
    # whole, then 其中 and the parts with their levels, ；between
    ("全年外贸进出口总额达到860亿元，增长{}，其中出口520亿元，增长9.8%；进口340亿元，下降1.2%。", "5.4%", "12.1%"),
    # the parts in the next sentence after a classification
    ("社会消费品零售总额1,236.5亿元，比上年增长{}。按经营地分，城镇消费品零售额增长7.1%，乡村消费品零售额增长8.3%。",
     "7.4%", "10.2%"),
    # the three sectors, the whole slower than every one
    ("初步核算，全市地区生产总值增长{}，其中第一产业增加值增长3.1%，第二产业增加值增长6.2%，第三产业增加值增长7.0%。",
     "6.3%", "2.5%"),
    # a fall of the whole while both parts rose
    ("接待游客人次同比{}，其中国内游客增长12%；入境游客增长25%。", "增长13%", "下降3%"),
    # taxes and the rest
    ("一般公共预算收入完成54.3亿元，同比增长{}，其中税收收入增长8.1%，非税收入下降3.0%。", "4.6%", "9.6%"),
    # a remark between the whole and its parts
    ("全年猪牛羊禽肉总产量12.6万吨，比上年增长{}，创近年新高。其中，猪肉产量增长2.1%，牛肉产量增长5.5%，羊肉产量增长6.0%，"
     "禽肉产量增长8.4%。", "3.0%", "9.0%"),
    # the parts in a bracket
    ("全年进出口总额增长{}（其中出口增长9.8%，进口增长1.2%）。", "6.1%", "16.1%"),
    # 分城乡看, the parts named by a word of their own
    ("全县社会消费品零售总额增长{}，分城乡看，城镇市场增长7.1%，乡村市场增长8.3%。", "7.6%", "10.6%"),
    # the whole after its parts, its name holding the sides
    ("全年出口增长9.8%，进口增长1.2%，外贸进出口总额增长{}。", "6.1%", "12.1%"),
    # the whole after its parts, named by the words they share
    ("城镇消费品零售额增长7.1%，乡村消费品零售额增长8.3%，全县社会消费品零售总额增长{}。", "7.6%", "10.6%"),
    # a 分别 list, the whole's name holding both sides
    ("全年进出口总额增长{}，出口、进口分别增长9.8%和1.2%。", "6.1%", "12.1%"),
    # a 分别 list of the sectors' value added, parts of the GDP by definition
    ("全市生产总值增长{}，一产、二产、三产增加值分别增长3.1%、6.2%和7.0%。", "6.4%", "9.6%"),
    # a 分别 list, the parts sharing the whole's words, one with its own verb
    ("社会消费品零售总额增长{}，城镇和乡村消费品零售额分别增长7.1%和下降0.3%。", "5.8%", "10.2%"),
]


@pytest.mark.parametrize("text,good,bad", GROWTH)
def test_growth_between_parts(text, good, bad):
    assert "LG201" not in codes(text.format(good), "LG201")
    assert "LG201" in codes(text.format(bad), "LG201")


def test_growth_between_parts_evidence():
    text = "全年外贸进出口总额增长12.1%，其中出口增长9.8%，进口增长1.2%。"
    rules = [r(OPTIONS["LG201"]) for r in REG.rules if r.code == "LG201"]
    (f,) = [f for f in lint_text(HEAD + text, rules, registry=REG) if f.key == "split"]
    assert f.evidence["range"] == pytest.approx([1.15, 9.85])
    assert f.evidence["parts"] == ["出口", "进口"]
    assert "出口/进口" in f.evidence["complete_because"]


@pytest.mark.parametrize("text", [
    "全年进出口总额增长6.1%，其中对东盟出口增长19.8%，自东盟进口增长1.2%。",
    "全体居民人均可支配收入增长9.9%，其中城镇居民增长6.1%，农村居民增长7.5%。",
    "全年一般公共预算收入同比增长9.1%（同口径增长12.5%），其中税收收入增长1.1%，非税收入增长11.9%。",
    # at the rounding edge: 9.85 may be the fastest part's true value
    "全年外贸进出口总额增长9.8%，其中出口增长9.8%，进口增长1.2%。",
])
def test_growth_between_parts_silent(text):
    assert "LG201" not in codes(text, "LG201")


# -- LG103: the changes of a complete split add up ------------------------------------------------------------------
CHANGES = [
    ("全年进出口总额增加120亿元，其中出口增加80亿元，进口增加{}亿元。", "40", "10"),
    ("年末常住人口比上年末减少0.6万人，其中城镇人口增加1.2万人，乡村人口减少{}万人。", "1.8", "0.8"),
    ("一般公共预算收入比上年增收1.4亿元。其中税收收入增收0.1亿元，非税收入增收{}亿元。", "1.3", "1.9"),
    ("全年外贸进出口总额减少20亿元，其中出口、进口分别增加5亿元和减少{}亿元。", "25", "15"),
]


@pytest.mark.parametrize("text,good,bad", CHANGES)
def test_changes_of_a_split_add_up(text, good, bad):
    assert "LG103" not in codes(text.format(good), "LG103")
    assert "LG103" in codes(text.format(bad), "LG103")


# -- LG107: shares of the sides of a split ---------------------------------------------------------------------------
SHARES = [
    ("全市常住人口中，城镇、农村分别占62%和{}。", "38%", "45%"),
    ("年末户籍人口86.2万人，其中男性占52.1%、女性占{}。", "47.9%", "52.9%"),
    ("从城乡看，城镇人口和乡村人口分别占64.5%、{}。", "35.5%", "30.5%"),
    ("全年出口、进口分别占进出口总额的58%和{}。", "42%", "40%"),
    # a last part taking the rest, bare or with the others' head
    ("全年审结案件中，维持、撤销、其他分别占71.2%、12.5%和{}。", "16.3%", "6.3%"),
    ("其中，行政处罚类、行政许可类和其他类分别占48.2%、31.5%和{}。", "20.3%", "10.3%"),
    # the kinds announced in the clause before 分别
    ("全年受理案件按申请方式分为当面申请、网上申请、邮寄申请三类，分别占30%、50%和{}。", "20%", "10%"),
]


@pytest.mark.parametrize("text,good,bad", SHARES)
def test_shares_of_a_split(text, good, bad):
    assert "LG107" not in codes(text.format(good), "LG107")
    assert "LG107" in codes(text.format(bad), "LG107")


@pytest.mark.parametrize("text", [
    "其中城镇和农村分别占61.2%和38.7%。",            # 99.9 by rounding
    "城镇、农村低保对象分别占城镇、农村人口的3%和8%。",   # each share of its own side
    "出口、进口分别占全省的30%、25%。",                 # shares of a wider total
    "按申请方式分，当面申请、网上申请、邮寄申请分别占30%、50%和10%。",   # a classification, no count: at most 100%
    "全年受理案件主要涉及行政处罚、行政许可等三类，分别占30%、50%和10%。",   # an open list
])
def test_shares_of_a_split_silent(text):
    assert "LG107" not in codes(text, "LG107")
    assert "LG103" not in codes(text, "LG103")


def test_complete_share_list_is_one_rule():
    # LG103's 'at most 100%' leaves a complete split to LG107's '= 100%': one finding, not two
    text = "年末常住人口中，城镇人口和乡村人口分别占64.5%、39.5%。"
    assert codes(text, "LG107") == ["LG107"]
    assert codes(text, "LG103") == []


def test_respective_split_reads_names_and_base():
    masked = "城镇、农村分别占进出口"
    assert respective_split("城镇、农村分别占", 0, 5, 2) is not None
    assert respective_split("城镇、农村分别占", 0, 5, 3) is None
    assert respective_split("城镇、农村分别占", 0, 5, 2, "城镇、农村人口的") is None
    assert masked


# -- LG201: the whole's growth its parts' levels and growths imply ---------------------------------------------------
LEVELS = [
    # inside the parts' range, but not what the levels give: 606.1/1.183 + 405.4/1.046 = 899.9 → +12.4%
    ("全年进出口总额1011.5亿元，增长{}，其中出口606.1亿元，增长18.3%，进口405.4亿元，增长4.6%。", "12.4%", "15.4%"),
    # the parts in the next sentence after a classification, a ；between them
    ("全年社会消费品零售总额517.6亿元，比上年增长{}。按经营地分，城镇消费品零售额437.3亿元，增长8.6%；"
     "乡村消费品零售额80.3亿元，增长4.1%。", "7.9%", "5.9%"),
    # people, a fall of one part
    ("年末常住人口263.8万人，比上年末增长{}，其中城镇人口176.2万人，增长2.9%；乡村人口87.6万人，下降3.4%。",
     "0.7%", "2.4%"),
]


@pytest.mark.parametrize("text,good,bad", LEVELS)
def test_growth_from_parts_levels(text, good, bad):
    assert "LG201" not in codes(text.format(good), "LG201")
    assert "LG201" in codes(text.format(bad), "LG201")


def test_growth_from_parts_levels_not_for_real_growth():
    # value added grows at comparable prices: the levels are current prices, only the range is read
    text = ("全市地区生产总值5012.3亿元，增长6.8%，其中第一产业增加值402.3亿元，增长3%，第二产业增加值2009.4亿元，增长5%，"
            "第三产业增加值2600.6亿元，增长6.9%。")
    assert "LG201" not in codes(text, "LG201")


def test_the_odd_part_is_blamed():
    # 入境 grew 8.0% (1250.6/1.053 = 1187.6 last year; 1180.4/1.051 = 1123.1 of it): 98.0% is the odd figure, not the
    # whole's growth — correcting it brings the three growths together, correcting the whole would not
    text = "全年接待游客1250.6万人次，增长5.3%，其中国内游客1180.4万人次，增长5.1%；入境游客70.2万人次，增长{}。"
    rules = [r(OPTIONS["LG201"]) for r in REG.rules if r.code == "LG201"]
    assert not [f for f in lint_text(HEAD + text.format("8.0%"), rules, registry=REG) if f.key.startswith("split")]
    (f,) = [f for f in lint_text(HEAD + text.format("98.0%"), rules, registry=REG) if f.key.startswith("split")]
    assert f.key == "split_part"
    assert f.evidence["odd_one"] == "入境游客"
    assert f.evidence["corrected"] == pytest.approx(8.0, abs=1.0)
    assert (HEAD + text.format("98.0%"))[f.start:f.end] == "98.0%"


def test_split_wholes_on_by_default_and_can_be_turned_off():
    text = "全年外贸进出口总额增长12.1%，其中出口增长9.8%，进口增长1.2%。"
    lg201 = [r for r in REG.rules if r.code == "LG201"]
    assert "LG201" in [f.code for f in lint_text(HEAD + text, [r({}) for r in lg201], registry=REG)]
    assert "LG201" not in [f.code for f in lint_text(HEAD + text, [r({"split-wholes": False}) for r in lg201],
                                                     registry=REG)]
