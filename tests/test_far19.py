"""far19: a change against a year the report names, that year's level stated far away in the report.

* a plan's change written with 将 after its comparison (产值比2020年将增长…) is a change claim like any other;
* claims.yearlevels.named_year_priors: 比Y年 / 同Y年相比 / 比Y年决算数, the level of Y stated elsewhere in the same words
  (预计 / 决算 / 预算 kept apart, never at constant prices, another scope or another year's level);
* claims.yearlevels.far_levels: a growth or a multiple with its 即增加 difference against a year, and no level of its
  own, bound to the level of the year it reaches stated elsewhere (D/(B−D)).

The wordings are the tests' own; the filler puts the two passages more than twenty paragraphs apart.
"""
from conftest import consistency_codes, ledger_verdicts

FILL = "\n".join(f"第{i}方面的工作扎实推进，各项措施落实到位，群众满意度持续提高。" for i in range(1, 25))


def far(review: str, plan: str) -> str:
    return review + "\n" + FILL + "\n" + plan


# -- a plan's change written with 将 --------------------------------------------------------------------------------

def test_plan_change_with_will_binds_far_level(consistency_rules):
    review = "2020年，全县蔬菜产量为50.0万吨，比上年有所增加。"
    good = far(review, "2025年全县蔬菜产量比2020年将增长20%，达到60.0万吨。")
    bad = far(review, "2025年全县蔬菜产量比2020年将增长30%，达到60.0万吨。")
    assert consistency_codes(consistency_rules, good) == []
    assert consistency_codes(consistency_rules, bad) == ["LG201"]
    assert ledger_verdicts(consistency_rules, bad, "30%")[-1] is False


# -- a change against a named year, the level of that year far before --------------------------------------------------

def test_budget_report_final_account_named(consistency_rules):
    review = "2022年全省一般公共预算收入决算数为1,250亿元。"
    good = "2024年全省一般公共预算收入预算为1,400亿元，比2022年决算数增长12%。"
    bad = "2024年全省一般公共预算收入预算为1,400亿元，比2022年决算数增长18%。"
    assert consistency_codes(consistency_rules, far(review, good)) == []
    assert consistency_codes(consistency_rules, far(review, bad)) == ["LG201"]


def test_estimate_is_not_the_final_account(consistency_rules):
    # the comparison names the final account; the report gives only the estimate of that year: silent
    review = "2022年全省一般公共预算收入预计完成1,250亿元。"
    plan = "2024年全省一般公共预算收入预算为1,400亿元，比2022年决算数增长18%。"
    assert consistency_codes(consistency_rules, far(review, plan)) == []


def test_five_year_plan_chinese_numerals(consistency_rules):
    review = "一九八〇年，全区粮食产量为二百四十万吨。"
    good = "一九八五年全区粮食产量计划达到三百万吨，比一九八〇年增长百分之二十五。"
    bad = "一九八五年全区粮食产量计划达到三百万吨，比一九八〇年增长百分之四十。"
    assert consistency_codes(consistency_rules, far(review, good)) == []
    assert consistency_codes(consistency_rules, far(review, bad)) == ["LG201"]


def test_provincial_report_difference_against_named_year(consistency_rules):
    review = "2019年，全省森林面积为820万公顷。"
    good = "2023年全省森林面积达到868万公顷，比2019年增加48万公顷。"
    bad = "2023年全省森林面积达到868万公顷，比2019年增加68万公顷。"
    assert consistency_codes(consistency_rules, far(review, good)) == []
    assert consistency_codes(consistency_rules, far(review, bad)) == ["LG201"]


def test_another_scope_stays_silent(consistency_rules):
    # the level far before is the nation's, the change is the province's own
    review = "2019年，全国森林面积为22,045万公顷。"
    plan = "2023年全省森林面积达到868万公顷，比2019年增加68万公顷。"
    assert consistency_codes(consistency_rules, far(review, plan)) == []


def test_constant_prices_stay_silent(consistency_rules):
    review = "2018年，全市工业产值为400亿元。"
    plan = "2023年全市工业产值达到560亿元，按不变价格计算比2018年增长25%。"
    assert consistency_codes(consistency_rules, far(review, plan)) == []


def test_level_of_another_year_same_words_stays_silent(consistency_rules):
    # the report states the level of 2018, the change compares with 2017
    review = "2018年，全市工业产值为400亿元。"
    plan = "2023年全市工业产值达到560亿元，比2017年增长60%。"
    assert consistency_codes(consistency_rules, far(review, plan)) == []


def test_two_different_levels_of_the_year_stay_silent(consistency_rules):
    # two values of the year's level (one consistent): which is meant is not ours to say (LG210 may note the two)
    review = "2019年，全省森林面积为820万公顷。\n" + FILL + "\n2019年，全省森林面积为800万公顷。"
    plan = "2023年全省森林面积达到868万公顷，比2019年增加68万公顷。"
    assert "LG201" not in consistency_codes(consistency_rules, far(review, plan))


# -- a growth and its difference, the level of the year reached stated elsewhere ---------------------------------------

def _plan_paragraph(growth: str) -> str:
    return ("2030年的全市棉花产量比2025年将增长百分之五，达到四十二万吨。\n" + FILL + "\n"
            f"2030年的计划如果完成，全市棉花产量比2020年将增长{growth}，即增加十二万吨。")


def test_growth_and_difference_with_level_reached_elsewhere(consistency_rules):
    # 12 / (42 − 12) = 40%
    assert consistency_codes(consistency_rules, _plan_paragraph("百分之四十")) == []
    assert consistency_codes(consistency_rules, _plan_paragraph("百分之五十五")) == ["LG201"]
    assert ledger_verdicts(consistency_rules, _plan_paragraph("百分之五十五"), "百分之五十五")[-1] is False


def test_multiple_and_difference_framed_by_two_years(consistency_rules):
    head = "2030年的全市工业产值比2025年将增长百分之八，达到九百一十二亿元。\n" + FILL + "\n"
    # 608 / (912 − 608) = 2.0: 增长二倍 (×3)
    good = head + "以2030年的计划数字同2020年的实际数字作比较，全市的工业产值增长二倍，即增加六百零八亿元。"
    bad = head + "以2030年的计划数字同2020年的实际数字作比较，全市的工业产值增长二点六倍，即增加六百零八亿元。"
    assert consistency_codes(consistency_rules, good) == []
    assert consistency_codes(consistency_rules, bad) == ["LG205"]


def test_actual_level_not_read_for_a_plan_pair(consistency_rules):
    # the level of 2030 the report states is no plan's (a statistics communiqué's actual): the plan's pair stays silent
    text = ("2030年，全市棉花产量为四十二万吨。\n" + FILL + "\n"
            "2030年的计划如果完成，全市棉花产量比2020年将增长百分之五十五，即增加十二万吨。")
    assert consistency_codes(consistency_rules, text) == []


def test_plan_growth_of_output_value_stays_silent(consistency_rules):
    # a plan's growth of an output value is at the planners' comparable prices: the review's level of the year compared
    # with, stated apart, may be in another price basis (5% here would need 571.4, the review states 580)
    review = "2029年，全市工业总产值达到五百八十亿元。"
    plan = "2030年的全市工业总产值比2029年将增长百分之五，达到六百亿元。"
    assert consistency_codes(consistency_rules, far(review, plan)) == []
