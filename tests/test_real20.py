"""One-passage relations of real reports (session real20).

* Compositions (LG107, ``claims.compositions``): the shares of one named whole listed clause after clause — also as the
  level each share moves to (的比重将上升到 / 所占的比重由2020年的59%上升到63%) — add up to at most 100%, and to 100% when the
  words say the list leaves nothing out (其余, 其他 + the others' head, a known split); the shares moved from, when every item
  gives one of one year, are a composition of that year too.
* Averages over a span (LG208): a plan's change over its five years and its yearly mean right after it (计划增长21.7%，平均
  每年递增4%), the span read from the five-year plan the paragraph names (第十五个五年计划期间 / “十五五”时期); a change
  against a named year and its yearly mean, with a later clause comparing another span's mean (高于2000年至2025年平均每年
  递增2.6%的水平) — that clause's years are its own.

Wordings written for the test (municipal reports, communiqués, plans); each consistent statement is silent, its variant
with one wrong figure is found; the near-misses (no whole named, selections, shares of different years or wholes, a
list that may leave parts out, a plan with no span, approximations) stay silent."""
import pytest

from fresh_set import codes

COMPOSITIONS = [
    # 所有制结构: four shares of a named whole, the last contrasted with 而: never above 100
    ("全市规模以上工业总产值中，国有企业占38.6%，集体企业占5.2%，股份制企业占51.7%，而个体私营企业则只占4.5%。",
     "全市规模以上工业总产值中，国有企业占38.6%，集体企业占5.2%，股份制企业占51.7%，而个体私营企业则只占9.5%。"),
    ("全市规模以上工业总产值中，国有企业占38.6%，集体企业占5.2%，股份制企业占51.7%，而个体私营企业则只占4.5%。",
     "全市规模以上工业总产值中，国有企业占38.6%，集体企业占5.2%，股份制企业占57.1%，而个体私营企业则只占4.5%。"),
    # the levels the shares move to, the whole named before them (a plan's structure)
    ("预计到2030年，在全市社会消费品零售总额中，国有商业的比重将下降到18.5%，集体商业的比重将下降到6.5%，"
     "民营商业的比重将上升到66.9%，而外资商业将占8.1%。",
     "预计到2030年，在全市社会消费品零售总额中，国有商业的比重将下降到18.5%，集体商业的比重将下降到9.5%，"
     "民营商业的比重将上升到69.9%，而外资商业将占8.1%。"),
    # 三次产业结构 with the whole in the first item: at most 100
    ("到规划期末，第三产业在全区地区生产总值中所占的比重将上升到62.5%，第二产业所占的比重将下降为34.2%，"
     "第一产业所占的比重将下降为3.3%。",
     "到规划期末，第三产业在全区地区生产总值中所占的比重将上升到62.5%，第二产业所占的比重将下降为36.2%，"
     "第一产业所占的比重将下降为3.3%。"),
    # each item from a share of a named year to a new one: the new shares, and the shares of that year, add up
    ("在全县工业增加值中，国有工业所占的比重由2020年的31%下降到27%，集体工业所占的比重由2020年的6%下降到4%，"
     "民营工业所占的比重由2020年的52%上升到60%；外资工业所占的比重则由2020年的11%下降为9%。",
     "在全县工业增加值中，国有工业所占的比重由2020年的31%下降到27%，集体工业所占的比重由2020年的6%下降到4%，"
     "民营工业所占的比重由2020年的52%上升到60%；外资工业所占的比重则由2020年的11%下降为14%。"),
    ("在全县工业增加值中，国有工业所占的比重由2020年的31%下降到27%，集体工业所占的比重由2020年的6%下降到4%，"
     "民营工业所占的比重由2020年的52%上升到60%；外资工业所占的比重则由2020年的11%下降为9%。",
     "在全县工业增加值中，国有工业所占的比重由2020年的31%下降到27%，集体工业所占的比重由2020年的9%下降到4%，"
     "民营工业所占的比重由2020年的52%上升到60%；外资工业所占的比重则由2020年的11%下降为9%。"),
    # 城乡构成 in a communiqué, the two sides of a split moving apart: they add up to 100
    ("在全市常住人口中，城镇人口的比重上升到71.4%，乡村人口的比重下降到28.6%。",
     "在全市常住人口中，城镇人口的比重上升到75.4%，乡村人口的比重下降到28.6%。"),
    ("在全市常住人口中，城镇人口的比重上升到71.4%，乡村人口的比重下降到28.6%。",
     "在全市常住人口中，城镇人口的比重上升到71.4%，乡村人口的比重下降到25.6%。"),
    # the last part takes the rest (其余)
    ("全区新增市场主体中，个体工商户占62.3%，私营企业占30.4%，其余占7.3%。",
     "全区新增市场主体中，个体工商户占62.3%，私营企业占30.4%，其余占4.3%。"),
]

COMPOSITION_TRAPS = [
    # no whole named: shares of what?
    "第三产业所占的比重将上升到62.5%，第二产业所占的比重将下降为36.2%，第一产业所占的比重将下降为3.3%。",
    # a list that may leave parts out (no 而, no 其余): less than 100 is no error
    "全市规模以上工业总产值中，国有企业占38.6%，集体企业占5.2%，股份制企业占41.7%。",
    # two ways of classifying one whole: they overlap
    "全市规模以上工业总产值中，国有企业占38.6%，大型企业占72.4%，私营企业占21.0%。",
    # shares of different years in one sentence are of different wholes
    "全市工业总产值中，2020年国有企业占38.6%，2025年国有企业占72.4%。",
    # approximations and bounds
    "在全市社会消费品零售总额中，国有商业的比重将下降到60%左右，民营商业的比重将上升到45%左右。",
    # items of a selection after 其中 break down the item before
    "在全市常住人口中，城镇人口的比重上升到71.4%，其中中心城区人口的比重上升到45.1%。",
    # a share of a wider whole (占全国的) is no part of this list
    "在全省出口总额中，机电产品占58.2%，高新技术产品占全国的31.5%，劳动密集型产品占14.0%。",
]

AVERAGES = [
    # a plan's change over its five years and its yearly mean, the plan named in the sentence
    ("第十五个五年规划期间，全市社会消费品零售总额计划增长40.3%，平均每年递增7%。",
     "第十五个五年规划期间，全市社会消费品零售总额计划增长40.3%，平均每年递增9%。"),
    # the plan named earlier in the paragraph, a sentence of its own with no span
    ("“十五五”时期，我们要推动高质量发展。在这个期间，全省地区生产总值计划增长34%，平均每年递增6%。城乡居民人均可支配收入"
     "计划提高27.6%，平均每年递增5%。",
     "“十五五”时期，我们要推动高质量发展。在这个期间，全省地区生产总值计划增长34%，平均每年递增6%。城乡居民人均可支配收入"
     "计划提高27.6%，平均每年递增6.5%。"),
    ("“十五五”时期，我们要推动高质量发展。在这个期间，全省地区生产总值计划增长34%，平均每年递增6%。",
     "“十五五”时期，我们要推动高质量发展。在这个期间，全省地区生产总值计划增长34%，平均每年递增8%。"),
    # a change against a named year and its mean, a later clause comparing another span's mean
    ("到二○三○年，全市居民人均消费支出将比二○二五年增长百分之二十二，平均每年递增百分之四点一，高于二○○○年至二○二五年"
     "平均每年递增百分之二点六的水平。",
     "到二○三○年，全市居民人均消费支出将比二○二五年增长百分之二十二，平均每年递增百分之五点三，高于二○○○年至二○二五年"
     "平均每年递增百分之二点六的水平。"),
]

# a total over the span named with 合计 and its yearly mean; a plan's level for a later year from a year's level stated
# (2020年为A，2025年将达到B) and the yearly increase it means
AVERAGES += [
    ("全区五年合计建成保障性住房三万一千套，平均每年六千二百套。",
     "全区五年合计建成保障性住房三万一千套，平均每年八千零六十套。"),
    ("全市职工工资总额二○二○年为七百七十三亿元，二○二五年将达到九百八十三亿元，平均每年增加四十二亿元。",
     "全市职工工资总额二○二○年为七百七十三亿元，二○二五年将达到九百八十三亿元，平均每年增加五十五亿元。"),
    ("全县农民专业合作社2021年为420家，2026年将达到620家，平均每年增加40家。",
     "全县农民专业合作社2021年为420家，2026年将达到620家，平均每年增加50家。"),
]

AVERAGE_TRAPS = [
    # a plan with no span named anywhere: the years are unknown
    "在这个期间，全市进出口总额计划增长22%，平均每年递增5.3%。",
    # the paragraph names another span after the plan: the plan's years are not the sentence's
    "“十五五”时期，我们要推动高质量发展。今后十年内，全市进出口总额计划增长22%，平均每年递增5.3%。",
    # a total with 合计 whose sentence names no span; a plan level with no year for the first level
    "全区合计建成保障性住房三万一千套，平均每年六千二百套。",
    "全县农民专业合作社现有420家，2026年将达到620家，平均每年增加50家。",
    # a year's plan and a two years' mean: the year's growth, not the span's
    "“十五五”时期，我们要推动高质量发展。今年全市地区生产总值计划增长6%，两年平均增长5.5%。",
]


@pytest.mark.parametrize("good,bad", COMPOSITIONS)
def test_composition_consistent_is_silent(good, bad):
    assert "LG107" not in codes(good), good


@pytest.mark.parametrize("good,bad", COMPOSITIONS)
def test_composition_wrong_is_found(good, bad):
    assert "LG107" in codes(bad), bad


@pytest.mark.parametrize("text", COMPOSITION_TRAPS)
def test_composition_traps_stay_silent(text):
    assert "LG107" not in codes(text), text


@pytest.mark.parametrize("good,bad", AVERAGES)
def test_average_consistent_is_silent(good, bad):
    assert "LG208" not in codes(good), good


@pytest.mark.parametrize("good,bad", AVERAGES)
def test_average_wrong_is_found(good, bad):
    assert "LG208" in codes(bad), bad


@pytest.mark.parametrize("text", AVERAGE_TRAPS)
def test_average_traps_stay_silent(text):
    assert "LG208" not in codes(text), text


def test_composition_reading_names_whole_and_reason():
    from lintgov.claims.compositions import compositions, exhaustive
    from lintgov.document import Document
    d = Document("全市规模以上工业总产值中，国有企业占38.6%，集体企业占5.2%，股份制企业占51.7%，而个体私营企业则只占4.5%。\n",
                 path="x.txt")
    comps = compositions(d)
    assert len(comps) == 1
    assert comps[0].names == ["国有企业", "集体企业", "股份制企业", "个体私营企业"]
    assert "规模以上工业总产值" in comps[0].whole
    # 而 contrasts the smallest part named; others (外资, 港澳台) may be left out: not a closed list
    assert exhaustive(comps[0]) is None


def test_contrast_with_er_does_not_close_the_list():
    """A drafter may contrast the smallest part named with 而 and leave others out (外资, 港澳台 beside 国有/集体/股份制):
    shares summing below 100 stay silent; above 100 is an error whatever the list leaves out."""
    below = "全市规模以上工业总产值中，国有企业占38.6%，集体企业占5.2%，股份制企业占51.7%，而个体私营企业则只占2.5%。"
    assert "LG107" not in codes(below), below
    above = "全市规模以上工业总产值中，国有企业占38.6%，集体企业占5.2%，股份制企业占51.7%，而个体私营企业则只占9.5%。"
    assert "LG107" in codes(above), above


MULTIPLES = [
    # a note in brackets on the level between the two levels and the multiple they make
    ("全市规模以上工业企业由2015年的一千九百五十多家增加到三千七百七十多家（不包括个体工商户），增加近一倍。",
     "全市规模以上工业企业由2015年的一千九百五十多家增加到三千七百七十多家（不包括个体工商户），增加近二倍。"),
    ("全省高新技术企业由2020年的2,150家增加到6,480家（含已通过复审的企业），增长两倍。",
     "全省高新技术企业由2020年的2,150家增加到6,480家（含已通过复审的企业），增长三倍。"),
]


@pytest.mark.parametrize("good,bad", MULTIPLES)
def test_multiple_after_bracket_note(good, bad):
    assert "LG205" not in codes(good), good
    assert "LG205" in codes(bad), bad


def test_bracket_of_prices_is_no_note():
    # (按可比价格计算 qualifies the change: not recomputed from the levels)
    assert "LG205" not in codes("全市工业增加值由2015年的1,950亿元增加到5,770亿元（按可比价格计算），增长一倍。")


PARTS = [
    # a part among a whole closed by 中, a modal before 有 (预计可以有 / 将有)
    ("在全市的52种主要工业产品中，预计可以有31种达到或者超过年度计划的生产水平。",
     "在全市的52种主要工业产品中，预计可以有61种达到或者超过年度计划的生产水平。"),
    ("全县128个行政村中，预计将有96个村通过美丽乡村验收。",
     "全县128个行政村中，预计将有136个村通过美丽乡村验收。"),
    # a part, the rest named after 加上 with no figure, the total's name opening the next clause before 共
    ("全年市属国有林场完成造林8.2万亩，加上乡镇林场造林、企业造林和义务植树，全市完成造林共达21.6万亩。",
     "全年市属国有林场完成造林28.2万亩，加上乡镇林场造林、企业造林和义务植树，全市完成造林共达21.6万亩。"),
]

PARTS += [
    # the total in Chinese numerals, long enough to end far after 加上
    ("计划市属林场造林三百二十万亩，加上乡镇林场造林、企业造林和义务植树，全市完成造林共达一千一百七十三万五千亩。",
     "计划市属林场造林二千三百二十万亩，加上乡镇林场造林、企业造林和义务植树，全市完成造林共达一千一百七十三万五千亩。"),
]

PART_TRAPS = [
    # another noun after the modal: 街道 and 社区 are different things
    "在全市46个街道中，预计可以有社区86个建成养老服务站。",
    # a figure given to the rest: the sum is another reading, the part alone is no finding
    "全年市属国有林场完成造林8.2万亩，加上乡镇林场造林3.1万亩，全市完成造林共达11.3万亩。",
]


@pytest.mark.parametrize("good,bad", PARTS)
def test_part_of_whole(good, bad):
    assert "LG103" not in codes(good), good
    assert "LG103" in codes(bad), bad


@pytest.mark.parametrize("text", PART_TRAPS)
def test_part_traps_stay_silent(text):
    assert "LG103" not in codes(text), text


CONSTRUCTION = [
    # units under construction in a year: begun this year + continued from before
    ("全年施工的重大项目共有486个，其中本年新开工的203个，续建的283个。",
     "全年施工的重大项目共有486个，其中本年新开工的203个，续建的293个。"),
    ("全县在建项目共有152个，其中新开工项目61个，续建项目91个；全年完成投资86.4亿元。",
     "全县在建项目共有162个，其中新开工项目61个，续建项目91个；全年完成投资86.4亿元。"),
    # a scale under construction: completed in the period + carried over to the next
    ("全省抽水蓄能电站建设总规模为一千八百万千瓦。计划在二○三○年底前建成投产七百二十万千瓦，结转到下一个五年规划期间"
     "继续建设的有一千零八十万千瓦。",
     "全省抽水蓄能电站建设总规模为一千八百万千瓦。计划在二○三○年底前建成投产七百二十万千瓦，结转到下一个五年规划期间"
     "继续建设的有一千二百八十万千瓦。"),
]

CONSTRUCTION_TRAPS = [
    # a third kind listed after the two: the two are not all of the whole
    "全县在建项目共有182个，其中新开工项目61个，续建项目91个，预备项目30个。",
    # a whole that is not what is under construction (重点项目 hold projects in preparation too)
    "全年安排重点项目300个，其中新开工项目120个，续建项目150个。",
    # a part stated as a bound
    "全年施工的重大项目共有486个，其中本年新开工的200多个，续建的283个。",
]


@pytest.mark.parametrize("good,bad", CONSTRUCTION)
def test_construction_split(good, bad):
    assert "LG103" not in codes(good), good
    assert "LG103" in codes(bad), bad


@pytest.mark.parametrize("text", CONSTRUCTION_TRAPS)
def test_construction_traps_stay_silent(text):
    assert "LG103" not in codes(text), text


AGE_AND_PLAIN = [
    # 年龄构成 of a communiqué: bands that hold every age add up to 100
    ("全区常住人口中，0—14岁人口占13.8%，15—59岁人口占62.9%，60岁及以上人口占23.3%。",
     "全区常住人口中，0—14岁人口占13.8%，15—59岁人口占60.9%，60岁及以上人口占23.3%。"),
    ("在全县户籍人口中，60岁以下人口的比重下降到70.6%，60岁及以上人口的比重上升到29.4%。",
     "在全县户籍人口中，60岁以下人口的比重下降到70.6%，60岁及以上人口的比重上升到27.4%。"),
    # 三次产业 stated with 的比重为, the whole named before them
    ("全市地区生产总值中，第一产业增加值的比重为3.6%，第二产业增加值的比重为41.8%，第三产业增加值的比重为54.6%。",
     "全市地区生产总值中，第一产业增加值的比重为3.6%，第二产业增加值的比重为41.8%，第三产业增加值的比重为51.6%。"),
]

AGE_AND_PLAIN_TRAPS = [
    # bands that leave ages out (15—59岁 not given): less than 100 is no error
    "全区常住人口中，0—14岁人口占13.8%，60岁及以上人口占23.3%。",
    # a band inside another, after 其中
    "全区常住人口中，0—14岁人口占13.8%，15—59岁人口占62.9%，60岁及以上人口占23.3%，其中65岁及以上人口占16.2%。",
    # shares with 比重为 and no whole named
    "第一产业增加值的比重为3.6%，第二产业增加值的比重为41.8%，第三产业增加值的比重为51.6%。",
]


@pytest.mark.parametrize("good,bad", AGE_AND_PLAIN)
def test_age_bands_and_plain_shares(good, bad):
    assert "LG107" not in codes(good), good
    assert "LG107" in codes(bad), bad


@pytest.mark.parametrize("text", AGE_AND_PLAIN_TRAPS)
def test_age_bands_and_plain_traps(text):
    assert "LG107" not in codes(text), text


def test_bands_complete():
    from lintgov.claims.compositions import bands_complete
    assert bands_complete(["0—14岁人口", "15—59岁人口", "60岁及以上人口"])
    assert bands_complete(["60岁以下人口", "60岁及以上人口"])
    assert not bands_complete(["0—14岁人口", "60岁及以上人口"])
    assert not bands_complete(["15—59岁人口", "60岁及以上人口"])


def test_one_part_in_two_wholes_is_no_list():
    # the same part's share of two wholes (批发 and 零售): no composition
    assert "LG107" not in codes("2025年，国有商业在全市商品批发中的比重达到63%，在社会消费品零售中的比重达到54%。")


def test_plus_rest_total_word_right_after_comma():
    # (the rest named after 加上, a comma, then the total word at once: still read)
    assert "LG103" in codes("全年新建学校48所，加上改扩建学校，共计43所。")
    assert "LG103" not in codes("全年新建学校18所，加上改扩建学校，共计43所。")
