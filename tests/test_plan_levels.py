"""A plan's level and growth against the level the review states for the year reviewed (LG201, and LG208 for a
five-year plan's average), and a year's net increase before the level it brings a stock to (LG201): the base of a
plan for the report's year is the figures year, whose level the review part prints under the same name
(claims.grammar._review_level).  Phrasings are lintgov's own."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]
HEAD = "2025年政府工作报告\n各位代表：\n现在，我代表市人民政府，向大会报告工作。\n一、2024年工作回顾\n"
PLAN = "\n二、2025年工作安排\n"


def codes(text):
    return [f.code for f in lint_text(text, RULES, registry=REG)]


REVIEW = ("全年实现地区生产总值3126亿元，增长6.1%；全社会固定资产投资812亿元，增长9.4%；外贸进出口总额436亿美元，"
          "增长3.2%；税收收入287.4亿元，增长5.5%。\n城市建设扎实推进。")


@pytest.mark.parametrize("plan,ok,wrong", [
    ("今年主要预期目标是：全社会固定资产投资{}，增长8%。", "877亿元", "957亿元"),
    # the same total under another of its names; the growth before 左右
    ("今年主要预期目标是：进出口总额{}，增长5%左右。", "458亿美元", "498亿美元"),
    # the plan's verbs around the name (确保…, 力争…完成)
    ("确保全年税收收入{}，增长6%。", "304.6亿元", "331.5亿元"),
    ("全年固定资产投资力争完成{}、增长8%。", "877亿元", "957亿元"),
])
def test_a_plans_level_against_the_reviews(plan, ok, wrong):
    assert "LG201" not in codes(HEAD + REVIEW + PLAN + plan.format(ok))
    assert "LG201" in codes(HEAD + REVIEW + PLAN + plan.format(wrong))


def test_a_lower_bound_level_fits_any_growth_it_allows():
    # 超过900亿元 at 8%: 812 × 1.08 = 877 is not above 900, but 超过 with 8% cannot both hold — found; 超过850 fits
    assert "LG201" not in codes(HEAD + REVIEW + PLAN + "全社会固定资产投资超过850亿元、增长8%。")
    assert "LG201" in codes(HEAD + REVIEW + PLAN + "全社会固定资产投资超过1050亿元、增长8%。")


@pytest.mark.parametrize("plan", [
    "地区生产总值3390亿元，增长5%。",                       # real growth: 3390 / 3126 = 8.4% nominal
    "一般公共预算收入同口径增长3%，税收收入320亿元，同口径增长3%。",   # a comparable basis, not the printed level's
    "安排民生支出330亿元，增长20%。",                       # a budget: its base may be last year's budget
    "加快中心片区建设，完成固定资产投资100亿元，增长25%。",        # an area's investment, not the city's
    "全年安排重大项目120个，完成投资400亿元，增长30%。",          # the projects' investment
    "力争到2030年全社会固定资产投资1200亿元。",                 # a level with no growth
])
def test_silent_where_the_plan_is_not_the_reviewed_metric(plan):
    assert "LG201" not in codes(HEAD + REVIEW + PLAN + plan)


def test_the_review_level_must_be_of_the_year_reviewed():
    review = "2022年全社会固定资产投资700亿元。2024年城市建设扎实推进。"
    assert "LG201" not in codes(HEAD + review + PLAN + "全社会固定资产投资877亿元，增长8%。")


def test_several_review_levels_that_differ_give_none():
    review = REVIEW + "\n全社会固定资产投资835亿元，其中工业投资212亿元。"
    assert "LG201" not in codes(HEAD + review + PLAN + "全社会固定资产投资957亿元，增长8%。")


def test_price_bases_must_agree():
    review = "规模以上工业总产值4221亿元（1990年不变价），增长24.2%。"
    # both at 1990 prices: compared (4940 / 4221 = 17.0%)
    assert "LG201" not in codes(HEAD + review + PLAN + "规模以上工业总产值（1990年价）4940亿元，增长17%。")
    assert "LG201" in codes(HEAD + review + PLAN + "规模以上工业总产值（1990年价）4940亿元，增长25%。")
    # the plan at current prices: not the review's constant-price level
    assert "LG201" not in codes(HEAD + review + PLAN + "规模以上工业总产值5400亿元，增长10%。")


def test_without_a_known_review_part_nothing_is_read():
    text = "全社会固定资产投资812亿元，增长9.4%。\n全社会固定资产投资957亿元，增长8%。"
    assert "LG201" not in codes(text)


def test_a_five_year_plans_average_against_the_reviews_level():
    ok = "到2029年外贸进出口总额达到530亿美元，年均增长4%。"      # 436 × 1.04^5 = 530.5
    wrong = "到2029年外贸进出口总额达到530亿美元，年均增长7%。"
    assert "LG208" not in codes(HEAD + REVIEW + PLAN + ok)
    assert "LG208" in codes(HEAD + REVIEW + PLAN + wrong)
    # a lower bound: 超过600 at 4% cannot hold (436 × 1.045^5 = 543)
    assert "LG208" in codes(HEAD + REVIEW + PLAN + "到2029年外贸进出口总额超过600亿美元，年均增长4%。")
    assert "LG208" not in codes(HEAD + REVIEW + PLAN + "到2029年外贸进出口总额超过500亿美元，年均增长4%。")
    # real growth of the GDP: not from nominal levels
    assert "LG208" not in codes(HEAD + REVIEW + PLAN + "到2029年地区生产总值达到4800亿元，年均增长6%。")


@pytest.mark.parametrize("text,found", [
    ("地方一般公共预算收入一年净增157亿元，达658亿元，增长31.3%。", False),     # 157 / 501
    ("地方一般公共预算收入一年净增157亿元，达658亿元，增长21.3%。", True),
    ("地方一般公共预算收入净增57亿元，达458亿元，增长14.2%。", False),        # 57 / 401
    ("地方一般公共预算收入净增57亿元，达458亿元，增长24.2%。", True),
    # a span's net increase: the growth after it may be the year's
    ("市场主体五年净增60万户，达160万户，增长12%。", False),
])
def test_a_net_increase_before_the_level(text, found):
    assert ("LG201" in codes(HEAD + text + PLAN)) is found


def test_two_levels_at_the_same_constant_prices_are_compared():
    review = "工业总产值（90年不变价）达2575.6亿元，增长22.8%。"
    plan = "工业总产值（90年不变价）3013亿元，增长{}。"
    assert "LG201" not in codes(HEAD + review + PLAN + plan.format("17%"))
    assert "LG201" in codes(HEAD + review + PLAN + plan.format("20%"))
    # one level at constant prices, the other not said: the growth is not derived
    assert "LG201" not in codes(HEAD + "工业总产值达2575.6亿元，增长22.8%。" + PLAN + plan.format("20%"))


# parts named by lines of their own that carry no number (区 reports: 2024年工作回顾 … 2025年工作安排)
OPEN = "各位代表：\n现在，我代表区人民政府向大会报告工作。\n2024年工作回顾\n2024年，我们扎实推进各项工作。\n"
LIST = "主要指标：社会消费品零售总额540亿元，增长6.3%；进出口总额215亿美元，增长4%。\n民生保障持续加强。\n"


@pytest.mark.parametrize("plan_line", ["2025年工作安排", "2025年主要工作", "今后一个时期的主要任务"])
def test_unnumbered_part_lines_name_the_review_and_the_plans(plan_line):
    plan = "\n" + plan_line + "\n今年主要预期目标：社会消费品零售总额{}，增长5%。"
    assert "LG201" not in codes(OPEN + LIST + plan.format("567亿元"))       # 540 × 1.05
    assert "LG201" in codes(OPEN + LIST + plan.format("610亿元"))


def test_unnumbered_lines_need_the_review_named_first():
    # no line names the review: where the plans begin is not known, nothing is read
    text = "各位代表：\n现在，我代表区人民政府向大会报告工作。\n" + LIST + "\n2025年工作安排\n社会消费品零售总额610亿元，增长5%。"
    assert "LG201" not in codes(text)
    # a sentence that mentions the plans is no part's name
    text = OPEN + LIST + "今年的工作安排如下，社会消费品零售总额610亿元，增长5%。"
    assert "LG201" not in codes(text)


@pytest.mark.parametrize("name", ["一般公共预算收入", "公共财政预算收入"])
def test_a_revenue_named_by_its_budget_account_is_revenue(name):
    review = f"{name}82.6亿元，增长7.1%。\n城市建设扎实推进。"
    assert "LG201" not in codes(HEAD + review + PLAN + f"{name}88亿元，增长6.5%。")     # 82.6 × 1.065 = 87.97
    assert "LG201" in codes(HEAD + review + PLAN + f"{name}95亿元，增长6.5%。")


def test_a_budget_of_spending_stays_unread():
    review = "一般公共预算支出120亿元，增长3%。\n城市建设扎实推进。"
    assert "LG201" not in codes(HEAD + review + PLAN + "一般公共预算支出150亿元，增长5%。")
    review = "一般公共预算收入82.6亿元，增长7.1%。\n城市建设扎实推进。"
    assert "LG201" not in codes(HEAD + review + PLAN + "一般公共预算收入预算安排95亿元，增长6.5%。")


def test_a_scope_word_in_the_name_when_the_review_uses_the_same_words():
    review = "辖区税收480亿元，增长9%。\n城市建设扎实推进。"
    assert "LG201" not in codes(HEAD + review + PLAN + "辖区税收528亿元，增长10%。")     # 480 × 1.10
    assert "LG201" in codes(HEAD + review + PLAN + "辖区税收580亿元，增长10%。")
    # the bare noun under other words: not the review's metric
    assert "LG201" not in codes(HEAD + review + PLAN + "税收580亿元，增长10%。")
