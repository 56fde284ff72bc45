"""One-passage relations of real reports (session real20).

* Compositions (LG107, ``claims.compositions``): the shares of one named whole listed clause after clause — also as the
  level each share moves to (的比重将上升到 / 所占的比重由2020年的59%上升到63%) — add up to at most 100%, and to 100% when the
  words say the list leaves nothing out (a last part contrasted with 而, 其余); the shares moved from, when every item
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
    # 所有制结构: four shares of a named whole, the last contrasted with 而 (the one part left): = 100
    ("全市规模以上工业总产值中，国有企业占38.6%，集体企业占5.2%，股份制企业占51.7%，而个体私营企业则只占4.5%。",
     "全市规模以上工业总产值中，国有企业占38.6%，集体企业占5.2%，股份制企业占51.7%，而个体私营企业则只占2.5%。"),
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

AVERAGE_TRAPS = [
    # a plan with no span named anywhere: the years are unknown
    "在这个期间，全市进出口总额计划增长22%，平均每年递增5.3%。",
    # the paragraph names another span after the plan: the plan's years are not the sentence's
    "“十五五”时期，我们要推动高质量发展。今后十年内，全市进出口总额计划增长22%，平均每年递增5.3%。",
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
    assert exhaustive(comps[0]) is not None
