"""plan21: changes whose base the grammar lost to a word that looks like a figure.

* a plan's name is no duration: the 五年 of 第N个五年计划/规划 is part of the name (比第六个五年计划期间的A增长X%
  compares with the level A stated right after the name), never a quantity of five years;
* 到了 after a verb of the value reached (从1985年的A，增加到了1988年的B): the transition is the one 增加到 states,
  so a change restated by 即 before it (共增加了D，即从…增加到了…) is checked against its two levels.

The wordings are the tests' own (budget and work reports, old and modern).
"""
from conftest import consistency_codes, ledger_verdicts


def test_plan_name_five_years_is_no_figure(consistency_rules):
    # 1,284 / 756 = 1.698: 增长百分之七十 holds, 百分之八十 does not
    good = "今后五年，全省用于农田水利建设的资金计划为一千二百八十四亿元，比第六个五年计划期间的七百五十六亿元增长百分之七十。"
    bad = "今后五年，全省用于农田水利建设的资金计划为一千二百八十四亿元，比第六个五年计划期间的七百五十六亿元增长百分之八十。"
    assert consistency_codes(consistency_rules, good) == []
    assert consistency_codes(consistency_rules, bad) == ["LG201"]
    assert ledger_verdicts(consistency_rules, bad, "百分之八十")[-1] is False


def test_modern_plan_name_with_arabic_figures(consistency_rules):
    # 3,450 / 2,300 = 1.5: 增长50%
    good = "“十五五”时期全市科技投入预计为3450亿元，比第十四个五年规划期间的2300亿元增长50%。"
    bad = "“十五五”时期全市科技投入预计为3450亿元，比第十四个五年规划期间的2300亿元增长65%。"
    assert consistency_codes(consistency_rules, good) == []
    assert consistency_codes(consistency_rules, bad) == ["LG201"]


def test_plan_name_delta(consistency_rules):
    # 860 - 610 = 250
    good = "教育经费支出安排八百六十亿元，比第七个五年计划期间的六百一十亿元增加二百五十亿元。"
    bad = "教育经费支出安排八百六十亿元，比第七个五年计划期间的六百一十亿元增加三百五十亿元。"
    assert consistency_codes(consistency_rules, good) == []
    assert consistency_codes(consistency_rules, bad) == ["LG201"]


def test_five_years_outside_a_plan_name_stays_a_span(consistency_rules):
    # 今后五年 / 五年内: a span; the average over it has no levels at both ends stated: silent either way
    text = "今后五年，全省粮食产量年均增长百分之四，五年内新建水库十二座。"
    assert consistency_codes(consistency_rules, text) == []


def test_plan_name_without_its_level_stays_silent(consistency_rules):
    # the sixth plan's amount is not stated: nothing to recompute
    text = "国家财政将拨出三十亿元专项资金支援边远地区建设，比第六个五年计划期间增加十八亿元。"
    assert consistency_codes(consistency_rules, text) == []


def test_restated_transition_with_le(consistency_rules):
    # 3,052 - 2,137 = 915
    good = "全省财政收入在过去三年中共增加了九百一十五亿元，即从一九八五年的二千一百三十七亿元，增加到了一九八八年的三千零五十二亿元。"
    bad = "全省财政收入在过去三年中共增加了八百一十五亿元，即从一九八五年的二千一百三十七亿元，增加到了一九八八年的三千零五十二亿元。"
    assert consistency_codes(consistency_rules, good) == []
    assert consistency_codes(consistency_rules, bad) == ["LG201"]
    assert ledger_verdicts(consistency_rules, bad, "八百一十五亿元")[-1] is False


def test_transition_with_le_growth_rate(consistency_rules):
    # 4,680 / 3,600 = 1.30
    good = "全区城镇新增就业人数由2021年的3600人提高到了2024年的4680人，增长30%。"
    bad = "全区城镇新增就业人数由2021年的3600人提高到了2024年的4680人，增长40%。"
    assert consistency_codes(consistency_rules, good) == []
    assert consistency_codes(consistency_rules, bad) == ["LG201"]


def test_transition_down_with_le(consistency_rules):
    # 96 - 132 = -36
    good = "全市安全生产事故起数从上年的132起，下降到了96起，减少36起。"
    bad = "全市安全生产事故起数从上年的132起，下降到了96起，减少46起。"
    assert consistency_codes(consistency_rules, good) == []
    assert consistency_codes(consistency_rules, bad) == ["LG201"]


def test_le_after_reached_without_transition_stays_silent(consistency_rules):
    # no 从/由: 到了2025年 is a time reached, no transition; the growth has no prior stated
    text = "全县森林覆盖率稳步提高，到了2025年达到百分之六十二，比上年提高一点五个百分点。"
    assert consistency_codes(consistency_rules, text) == []


FILL = "\n".join(f"第{i}方面的工作扎实推进，各项措施落实到位，群众满意度持续提高。" for i in range(1, 25))


def far(review: str, plan: str) -> str:
    return review + "\n" + FILL + "\n" + plan


# the final account's state (决算) named by the sentence before the 其中 list only
FINAL = ("2023年全区决算支出占预算数的98.40%，比预算数1,250,000万元少支20,000万元。其中，教育支出310,000万元，"
         "占预算数的97.20%；卫生健康支出150,000万元，占预算数的95.10%。")


def test_parts_of_a_final_account_named_before_their_list(consistency_rules):
    # 325,500 / 310,000 = 1.05
    good = "2024年预算安排教育支出为325,500万元，比上年教育支出决算数增长5%。"
    bad = "2024年预算安排教育支出为325,500万元，比上年教育支出决算数增长9%。"
    assert consistency_codes(consistency_rules, far(FINAL, good)) == []
    assert consistency_codes(consistency_rules, far(FINAL, bad)) == ["LG201"]
    assert ledger_verdicts(consistency_rules, far(FINAL, bad), "9%")[-1] is False


def test_parts_of_a_budget_are_no_final_account(consistency_rules):
    # the list is of the 2023 budget (预算 only before it): never the base of a change against the 决算
    budget = "2023年全区预算支出安排1,250,000万元。其中，教育支出310,000万元，卫生健康支出150,000万元。"
    text = "2024年预算安排教育支出为325,500万元，比上年教育支出决算数增长9%。"
    assert consistency_codes(consistency_rules, far(budget, text)) == []


def test_parts_list_in_its_own_paragraph_reads_no_state(consistency_rules):
    # 其中 opening a paragraph: no sentence before it in the paragraph names the state of the account
    review = "2023年全区决算支出占预算数的98.40%。\n其中，教育支出310,000万元，卫生健康支出150,000万元。"
    text = "2024年预算安排教育支出为325,500万元，比上年教育支出决算数增长9%。"
    assert consistency_codes(consistency_rules, far(review, text)) == []


def test_change_against_a_years_estimate(consistency_rules):
    # 1,350.0 - 1,286.5 = 63.5 (the 2024 figure stated as an estimate, the comparison naming the estimate)
    review = "根据预计数字，2024年全市一般公共预算收入完成1,286.5亿元，比上年增长5.2%。"
    good = "2025年全市一般公共预算收入为1,350.0亿元，比2024年的预计数增加63.5亿元。"
    bad = "2025年全市一般公共预算收入为1,350.0亿元，比2024年的预计数增加83.5亿元。"
    assert consistency_codes(consistency_rules, far(review, good)) == []
    assert consistency_codes(consistency_rules, far(review, bad)) == ["LG201"]
    assert False in ledger_verdicts(consistency_rules, far(review, bad), "83.5亿元")


def test_estimate_with_a_set_figure_named_before_its_comma(consistency_rules):
    # 36.4亿 - 32.4亿 = 4亿; the plan's figure after …投资额，拟定为
    review = "根据预计数字（实际完成的统计数字以后才能得出），一九八七年全省农田水利投资额完成了三十二亿四千万元，超过了年度计划。"
    good = "一九八八年的农田水利投资额，拟定为三十六亿四千万元，比一九八七年的预计数增加了四亿元。"
    bad = "一九八八年的农田水利投资额，拟定为三十六亿四千万元，比一九八七年的预计数增加了六亿元。"
    assert consistency_codes(consistency_rules, far(review, good)) == []
    assert consistency_codes(consistency_rules, far(review, bad)) == ["LG201"]


def test_forecast_of_a_later_year_is_no_estimate_base(consistency_rules):
    # 预计 with 将 (a plan's forecast) or a span: no level of the year's estimate
    review = "预计到2024年全市一般公共预算收入将达到1,286.5亿元。"
    text = "2025年全市一般公共预算收入为1,350.0亿元，比2024年的预计数增加83.5亿元。"
    assert consistency_codes(consistency_rules, far(review, text)) == []


def test_final_account_comparison_ignores_the_estimate(consistency_rules):
    # the comparison names the 决算: the estimate is another state of the account
    review = "根据预计数字，2024年全市一般公共预算收入完成1,286.5亿元。"
    text = "2025年全市一般公共预算收入为1,350.0亿元，比2024年的决算数增加83.5亿元。"
    assert consistency_codes(consistency_rules, far(review, text)) == []


def test_budget_sets_a_part_of_last_years_final_account(consistency_rules):
    # 国家预算规定 names the budget, no wider scope; 305,040 / 312,000 = 0.9777: 减少2.23%
    review = ("2023年全国决算支出占预算数的98.40%，比预算数1,250,000万元少支20,000万元。其中，国防费支出312,000万元，"
              "占预算数的97.20%；行政管理费支出150,000万元，占预算数的95.10%。")
    good = "2024年国家预算规定国防费支出为305,040万元，比上年国防费决算数减少了2.23%。"
    bad = "2024年国家预算规定国防费支出为305,040万元，比上年国防费决算数减少了3.23%。"
    assert consistency_codes(consistency_rules, far(review, good)) == []
    assert consistency_codes(consistency_rules, far(review, bad)) == ["LG201"]


def test_budget_figure_against_a_budget_list_stays_silent(consistency_rules):
    # the list is of last year's budget: never the 决算 base
    review = "2023年国家预算支出安排1,250,000万元。其中，国防费支出312,000万元，行政管理费支出150,000万元。"
    text = "2024年国家预算规定国防费支出为305,040万元，比上年国防费决算数减少了3.23%。"
    assert consistency_codes(consistency_rules, far(review, text)) == []


def test_estimate_with_a_note_in_brackets_and_the_whole_economy(consistency_rules):
    # the note's 要 is no plan word of the sentence; 国民经济各部门…投资额 is the 投资额: 186.0 / 150.0 = 1.24
    review = ("根据预计数字（正式的统计数字要在明年年初才能公布），一九六三年国民经济各部门更新改造投资额完成了"
              "一百五十亿元，比原定的年度计划有所超过。")
    good = "一九六四年的更新改造投资额，拟定为一百八十六亿元，比一九六三年的预计数增长百分之二十四。"
    bad = "一九六四年的更新改造投资额，拟定为一百八十六亿元，比一九六三年的预计数增长百分之三十四。"
    assert consistency_codes(consistency_rules, far(review, good)) == []
    assert consistency_codes(consistency_rules, far(review, bad)) == ["LG201"]


def test_plan_note_outside_brackets_is_no_estimate(consistency_rules):
    # 要 outside the brackets: the sentence sets a plan, its figure no estimate of the year
    review = "根据预计数字，一九六三年国民经济各部门更新改造投资额要完成一百五十亿元。"
    text = "一九六四年的更新改造投资额，拟定为一百八十六亿元，比一九六三年的预计数增长百分之三十四。"
    assert consistency_codes(consistency_rules, far(review, text)) == []
