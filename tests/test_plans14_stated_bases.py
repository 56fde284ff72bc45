"""A plan's level and its change against a year it names, read against the level the report states for that year
(plans14).  A plan's figure keeps its role for achievement (never compared with what was reached), but the relation a
plan states of itself — 到1957年…将达到B，比1952年增长X% with 1952年…为A stated elsewhere — is a relation among stated
figures: B/A − 1 = X%.  Three general readings make it visible:

* a year written in Chinese numerals is a year (一九五二年 is 1952年: ``claims.grammar.folded_text``), never a span of
  two years (…五二年 is no 二年);
* the adverb of a plan or an emphasis before the verb of the value (将达到, 要达到, 力争达到, 就达到, 计划达到) and a
  deadline (到2025年) are no part of the metric's name (``claims.metric.words_key``);
* plan words in the clause of a planned level do not hide the base a change names by its year
  (``claims.grammar._base_earlier``).

Wordings invented for these tests, varied: Chinese and Arabic numerals, 将/要/力争/计划规定, the deadline before or
after, the change before or after the level, a clause or a paragraph between, a multiple and an amount; each once
consistent and once with the derived figure wrong.  Traps stay silent: another metric's base, a bound, a base year
stated with two values, a span of years in Chinese numerals."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def codes(text):
    return sorted({f.code for f in lint_text(text + "\n", RULES, registry=REG)})


# (consistent text, the derived figure, a wrong one, the code the wrong one must raise)
CASES = [
    ("一九五二年，全国原煤产量为六千三百五十万吨。\n\n按照计划，一九五七年原煤产量将达到一亿一千二百九十八万吨，"
     "比一九五二年增长百分之七十七点九。", "百分之七十七点九", "百分之九十七点九", "LG201"),
    ("1952年全国原煤产量为6350万吨。\n\n计划规定，到1957年原煤产量要达到11298万吨，比1952年增长77.9%。",
     "77.9%", "87.9%", "LG201"),
    ("二〇二〇年，全省粮食产量为六百二十三亿斤。\n\n到二〇二五年，全省粮食产量力争达到六百五十一亿斤，比二〇二〇年增加二十八亿斤。",
     "二十八亿斤", "三十八亿斤", "LG201"),
    ("二〇二〇年，全省粮食产量为620亿斤。\n\n到二〇二五年，全省粮食产量力争达到650亿斤，比二〇二〇年增长4.8%。",
     "4.8%", "6.8%", "LG201"),
    ("一九五二年发电量为七十三亿度。\n\n一九五七年发电量将增加到一百五十九亿度，比一九五二年增长一点二倍。",
     "一点二倍", "二点二倍", "LG205"),
    ("一九五二年，全国棉花产量达到二千六百万担。\n\n五年计划规定，一九五七年棉花产量将比一九五二年增长百分之二十五点八，"
     "达到三千二百七十万担。", "百分之二十五点八", "百分之三十五点八", "LG201"),
    ("2020年全市高新技术企业为1200家。今后五年，我们要加快创新驱动。\n\n到2025年，全市高新技术企业将达到2000家，比2020年增加800家。",
     "增加800家", "增加900家", "LG201"),
]


@pytest.mark.parametrize("text,fig,bad,code", CASES)
def test_plan_change_against_the_named_years_level(text, fig, bad, code):
    assert codes(text) == []
    wrong = text.replace(fig, bad)
    assert wrong != text
    assert code in codes(wrong)


TRAPS = [
    # the base year's level of another metric: no base
    "一九五二年，全国原煤产量为六千三百五十万吨。\n\n一九五七年钢产量将达到四百一十二万吨，比一九五二年增长百分之二百零五点二。",
    # a bound on the plan (以上): the growth is a bound too, 2000/1200 − 1 = 66.7% ≥ 66%
    "2020年全市高新技术企业为1200家。\n\n到2025年，全市高新技术企业将达到2000家以上，比2020年增长66%以上。",
    # the base year stated with two values: no one base
    "2020年全市高新技术企业为1200家。2020年全市高新技术企业为1300家。\n\n到2025年，全市高新技术企业将达到2000家，比2020年增长60%。",
    # two years ago in Chinese numerals is a span, not a year
    "全市高新技术企业为1200家，比二年前增长20%。",
    # a plan's growth against last year (比上年) stays with the plan readings of the review (no 上年 level named here)
    "2020年全市高新技术企业为1200家。\n\n今年全市高新技术企业力争达到2000家，比上年增长10%。",
]


@pytest.mark.parametrize("text", TRAPS)
def test_traps_stay_silent(text):
    assert codes(text) == []


def test_chinese_year_is_a_year_not_a_span():
    from lintgov.claims import claims_of
    from lintgov.engine import read_document
    text = "一九五七年棉花产量达到三千二百七十万担，比一九五二年增长百分之二十五点八。\n"
    doc = read_document("t.txt", "t.txt", REG, text.encode("utf-8"))
    growth = [f for f in claims_of(doc).figures if f.quantity.unit == "%"]
    assert [f.role for f in growth] == ["growth"]
    assert growth[0].time == "current"
    assert growth[0].basis == "比1952年"


def test_plan_adverb_and_deadline_are_not_the_metric():
    from lintgov.claims.metric import words_key
    assert words_key("粮食产量将达到") == words_key("粮食产量达到") == "粮食产量"
    assert words_key("到2025年全省粮食产量力争达到") == words_key("全省粮食产量")
    assert words_key("原煤产量要达到") == "原煤产量"
    # 就业 and 要素 keep their characters: only an adverb right before the verb (or the end) is dropped
    assert "就业" in words_key("城镇新增就业")
    assert "要素" in words_key("要素市场交易额")


# A list of targets (or of results) opens with the real growth of the GDP; the items after it name their own metric
# and level, and their growth is read against the review's level of that metric (claims.grammar.real_growth_metric).
REVIEW = "某市2025年政府工作报告\n\n一、2024年工作回顾\n\n2024年，全市一般公共预算收入83亿元。全市固定资产投资517亿元。\n\n二、2025年工作安排\n\n"
LISTS = [
    ("今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入达到89.2亿元、增长7.5%，固定资产投资569亿元、增长10%以上。",
     "增长7.5%", "增长9.5%"),
    ("今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入达到89.2亿元、增长7.5%，固定资产投资569亿元、增长10%以上。",
     "增长10%以上", "增长15%以上"),
    ("今年主要目标：全市生产总值增长百分之六左右，一般公共预算收入八十九点二亿元，增长百分之七点五。",
     "百分之七点五", "百分之九点五"),
]


@pytest.mark.parametrize("plan,fig,bad", LISTS)
def test_target_list_items_after_the_gdp(plan, fig, bad):
    assert codes(REVIEW + plan) == []
    assert "LG201" in codes(REVIEW + plan.replace(fig, bad))


LIST_TRAPS = [
    # the real metric's own level and growth: real growth, never from the nominal levels
    "今年主要预期目标是：地区生产总值达到1300亿元，增长6%左右。",
    # a value added after the GDP is real growth too
    "今年主要预期目标是：地区生产总值增长6%左右，规模以上工业增加值达到500亿元、增长9%。",
]


@pytest.mark.parametrize("plan", LIST_TRAPS)
def test_target_list_traps(plan):
    review = REVIEW.replace("全市固定资产投资517亿元。", "全市地区生产总值1200亿元。规模以上工业增加值450亿元。")
    assert codes(review + plan) == []


# A growth over a plan's span restated as its yearly mean (即平均每年递增, 平均每年递增): the compound mean of the growth
# over the years the text names (递增 is a growth verb; 即 may join the two).
AVERAGES = [
    ("一九五七年比一九五二年，全市工业总产值将增长百分之九十八点三，即平均每年递增百分之十四点七。", "百分之十四点七", "百分之十六点七"),
    ("到一九八五年，进出口贸易总额将达到八百五十五亿元，比一九八○年增长百分之五十一点八，平均每年递增百分之八点七。",
     "百分之八点七", "百分之九点七"),
    ("五年内，全省社会商品零售额将增长百分之八十，平均每年递增百分之十二点五。", "百分之十二点五", "百分之十四点五"),
    ("2025年比2020年，全区税收收入计划增长46.9%，也就是平均每年递增8%。", "8%", "9%"),
]


@pytest.mark.parametrize("text,fig,bad", AVERAGES)
def test_plan_growth_and_its_yearly_mean(text, fig, bad):
    assert codes(text) == []
    assert "LG208" in codes(text.replace(fig, bad))


def test_yearly_decline_is_a_decline():
    # 递减: a yearly mean of a decline over the span, 1 − 0.8^(1/5) = 4.4%
    text = "2025年比2020年，全市单位生产总值能耗计划下降百分之二十，即平均每年递减百分之四点四。"
    assert codes(text) == []
    assert "LG208" in codes(text.replace("百分之四点四", "百分之六点四"))


# The change first, then the level under the metric's head word (总额, 总量, 规模): …增长20%以上，总额1100亿元左右.
HEADS = [
    ("固定资产投资增长20%以上，总额1100亿元左右", "增长20%以上", "增长40%以上"),
    ("社会消费品零售总额增长百分之八，总量七百零五亿元", "百分之八", "百分之十"),
    ("固定资产投资预计增长二成以上，规模1100亿元左右", None, None),
]


@pytest.mark.parametrize("plan,fig,bad", [h for h in HEADS if h[1]])
def test_change_then_the_level_under_its_head_word(plan, fig, bad):
    review = ("某区2017年政府工作报告\n\n一、2016年工作回顾\n\n2016年，全区固定资产投资总额888亿元。全区社会消费品零售总额653亿元。"
              "\n\n二、2017年工作安排\n\n今年主要预期目标：地区生产总值增长8%左右，")
    assert codes(review + plan + "。") == []
    assert "LG201" in codes(review + plan.replace(fig, bad) + "。")


def test_a_cumulative_total_after_a_change_is_no_level_of_it():
    # 累计 after a change is a total over years, never the level the year's change reached
    text = "全区固定资产投资888亿元。今年全区固定资产投资增长10%，累计1300亿元。"
    assert codes(text) == []


def test_names_ending_like_an_adverb_keep_it():
    from lintgov.claims.metric import words_key
    # 许可, 纲要 close names; only an adverb before the verb of the value is dropped
    assert words_key("办理行政许可").endswith("许可")
    assert words_key("编制发展纲要").endswith("纲要")
    assert words_key("粮食产量计划达到") == "粮食产量"
    assert words_key("粮食产量可达") == "粮食产量"
    assert words_key("粮食产量预计") == "粮食产量"


def test_why_a_plan_against_a_named_year_is_not_checked():
    # the plan states its relation (比1952年增长…); what is missing is the base year's level — not "a plan: nothing to
    # recompute" — while a bare target keeps the plan's reason
    from lintgov.claims import claims_of, why_not
    from lintgov.engine import read_document
    text = "到1957年，生铁产量将达到467万吨，比1952年增长144%。今年地区生产总值增长6%左右。\n"
    doc = read_document("t.txt", "t.txt", REG, text.encode("utf-8"))
    whys = {f.quantity.value: why_not(f, doc) for f in claims_of(doc).figures if f.quantity.unit == "%"}
    assert "base year's level is not stated" in whys[144.0]
    assert "plan or a target" in whys[6.0]
