"""plan20: changes checked against levels the report states in another passage.

* claims.yearlevels.year_levels reading (4): a plain level in a sentence naming no year takes the year of its passage —
  the one year the nearest earlier sentence of its paragraph names as its own (a year after 比/同/与 is compared with,
  not the sentence's own); never across a plan, a span or a sentence naming two years;
* a crop's 总产量 is its 产量 (one metric named longer);
* named_year_priors: a change's own years are those its sentence names uncompared (the clause before may compare with
  the same year: 粮食产量将要达到A，比2019年增长X%；棉花产量将要达到B，比2019年增长Y%).

The wordings are the tests' own; the filler puts the review and the plans more than twenty paragraphs apart.
"""
from conftest import consistency_codes, ledger_verdicts

FILL = "\n".join(f"第{i}方面的工作扎实推进，各项措施落实到位，群众满意度持续提高。" for i in range(1, 25))


def far(review: str, plan: str) -> str:
    return review + "\n" + FILL + "\n" + plan


# the review: the year named once, at the paragraph's opening; the levels in the sentences after it
REVIEW = ("2019年全县大部分乡镇风调雨顺，农业喜获丰收。粮食总产量达到52.0万吨，完成年度计划的104%，比2018年增长3%。"
          "油料产量达到4.0万吨，完成年度计划的110%，比2018年增长8%。")


def test_plan_growth_against_passage_year_level(consistency_rules):
    # 4.6 / 4.0 = 1.15; the clause before compares with the same year (比2019年): no own year of the sentence
    good = "2020年全县粮食产量将要达到54.6万吨，比2019年增长5%；油料产量将要达到4.6万吨，比2019年增长15%。"
    bad = "2020年全县粮食产量将要达到54.6万吨，比2019年增长5%；油料产量将要达到4.6万吨，比2019年增长25%。"
    assert consistency_codes(consistency_rules, far(REVIEW, good)) == []
    assert consistency_codes(consistency_rules, far(REVIEW, bad)) == ["LG201"]
    assert ledger_verdicts(consistency_rules, far(REVIEW, bad), "25%")[-1] is False


def test_total_output_is_the_output(consistency_rules):
    # 粮食产量 / 粮食总产量: 54.6 / 52.0 = 1.05
    good = "2020年全县粮食产量将要达到54.6万吨，比2019年增长5%。"
    bad = "2020年全县粮食产量将要达到54.6万吨，比2019年增长9%。"
    assert consistency_codes(consistency_rules, far(REVIEW, good)) == []
    assert consistency_codes(consistency_rules, far(REVIEW, bad)) == ["LG201"]


def test_chinese_numeral_years_budget_report(consistency_rules):
    review = "一九八〇年全省经济形势良好。钢产量达到一百二十万吨，比上年增长百分之六。"
    good = "一九八一年全省钢产量计划达到一百三十二万吨，比一九八〇年增长百分之十。"
    bad = "一九八一年全省钢产量计划达到一百三十二万吨，比一九八〇年增长百分之十六。"
    assert consistency_codes(consistency_rules, far(review, good)) == []
    assert consistency_codes(consistency_rules, far(review, bad)) == ["LG201"]


# -- near misses that stay silent -----------------------------------------------------------------------------------

def test_passage_of_another_year_stays_silent(consistency_rules):
    # the passage is 2018's: the plan compares with 2019, whose level the report does not give
    review = REVIEW.replace("2019年全县", "2018年全县").replace("比2018年", "比2017年")
    plan = "2020年全县油料产量将要达到4.6万吨，比2019年增长25%。"
    assert consistency_codes(consistency_rules, far(review, plan)) == []


def test_passage_opened_by_a_plan_stays_silent(consistency_rules):
    # the sentence naming the year is a plan's: the levels after it are targets, not 2019's
    review = "2019年全县力争农业再获丰收。油料产量达到4.0万吨。"
    plan = "2020年全县油料产量将要达到4.6万吨，比2019年增长25%。"
    assert consistency_codes(consistency_rules, far(review, plan)) == []


def test_passage_opened_by_two_years_stays_silent(consistency_rules):
    review = "2018年和2019年全县农业连续丰收。油料产量达到4.0万吨。"
    plan = "2020年全县油料产量将要达到4.6万吨，比2019年增长25%。"
    assert consistency_codes(consistency_rules, far(review, plan)) == []


def test_passage_level_of_another_scope_stays_silent(consistency_rules):
    review = "2019年全国农业喜获丰收。全国油料产量达到3,400万吨。"
    plan = "2020年全县油料产量将要达到4.6万吨，比2019年增长25%。"
    assert consistency_codes(consistency_rules, far(review, plan)) == []


def test_passage_year_two_levels_one_consistent_stays_silent(consistency_rules):
    # two values for 2019 (one gives 15%): silent
    review = REVIEW + "\n" + FILL + "\n2019年全县农业形势平稳。油料产量达到3.8万吨。"
    plan = "2020年全县油料产量将要达到4.6万吨，比2019年增长15%。"
    assert "LG201" not in consistency_codes(consistency_rules, far(review, plan))


def test_real_growth_against_passage_level_stays_silent(consistency_rules):
    review = "2019年全市经济运行平稳。工业产值达到400亿元。"
    plan = "2020年全市工业产值将要达到450亿元，按可比价格计算比2019年增长20%。"
    assert consistency_codes(consistency_rules, far(review, plan)) == []


# -- a comparison naming the period and restating the metric before its verb -------------------------------------------

RAIL = "2022年全省新建铁路铺轨1,200公里，完成年度计划的105%。"


def test_comparison_restating_metric_named_year(consistency_rules):
    # 1,560 / 1,200 = 1.30
    good = "2023年全省新建铁路铺轨1,560公里，比2022年铺轨里数增加30%。"
    bad = "2023年全省新建铁路铺轨1,560公里，比2022年铺轨里数增加36%。"
    assert consistency_codes(consistency_rules, far(RAIL, good)) == []
    assert consistency_codes(consistency_rules, far(RAIL, bad)) == ["LG201"]
    assert ledger_verdicts(consistency_rules, far(RAIL, bad), "36%")[-1] is False


def test_comparison_restating_metric_last_year_budget_report(consistency_rules):
    # a municipal budget report: last year's final account far before, this year's budget against it (4.6 / 5.0 = 0.92)
    review = "2023年全市城市维护建设支出决算为5.0亿元。"
    good = "2024年全市预算安排城市维护建设支出4.6亿元，比上年城市维护建设支出决算数减少8%。"
    bad = "2024年全市预算安排城市维护建设支出4.6亿元，比上年城市维护建设支出决算数减少12%。"
    assert consistency_codes(consistency_rules, far(review, good)) == []
    assert consistency_codes(consistency_rules, far(review, bad)) == ["LG201"]


def test_comparison_restating_metric_budget_not_final_account_silent(consistency_rules):
    # the comparison names the final account; the report gives last year's budget only: silent
    review = "2023年全市城市维护建设支出预算为5.0亿元。"
    plan = "2024年全市预算安排城市维护建设支出4.6亿元，比上年城市维护建设支出决算数减少12%。"
    assert consistency_codes(consistency_rules, far(review, plan)) == []


def test_comparison_restating_metric_other_year_silent(consistency_rules):
    plan = "2023年全省新建铁路铺轨1,560公里，比2021年铺轨里数增加36%。"
    assert consistency_codes(consistency_rules, far(RAIL, plan)) == []


def test_comparison_restating_metric_other_scope_silent(consistency_rules):
    review = "2022年全国新建铁路铺轨4,100公里。"
    plan = "2023年全省新建铁路铺轨1,560公里，比2022年铺轨里数增加36%。"
    assert consistency_codes(consistency_rules, far(review, plan)) == []


def test_comparison_restating_another_metric_silent(consistency_rules):
    # the words restated name another metric (公路) than the level compared (铁路铺轨): no pairing
    review = RAIL + "全省新建公路1,200公里。"
    plan = "2023年全省新建铁路铺轨1,560公里，比2022年公路里数增加36%。"
    assert consistency_codes(consistency_rules, far(review, plan)) == []


def test_comparison_restating_metric_real_growth_silent(consistency_rules):
    review = "2022年全市工业产值达到400亿元。"
    plan = "2023年全市工业产值达到456亿元，按可比价格计算比2022年工业产值增长20%。"
    assert consistency_codes(consistency_rules, far(review, plan)) == []


def test_comparison_restating_metric_two_levels_one_consistent_silent(consistency_rules):
    review = RAIL + "\n" + FILL + "\n2022年全省新建铁路铺轨1,147公里。"
    plan = "2023年全省新建铁路铺轨1,560公里，比2022年铺轨里数增加36%。"
    assert "LG201" not in consistency_codes(consistency_rules, far(review, plan))


# -- a change against last year, last year's level in the review in other words ---------------------------------------

def test_finance_input_is_its_spending(consistency_rules):
    # a provincial work report: this year's plan (投入) against the review's level (支出) of one quoted programme
    review = "2023年，全省民生保障有力。全年省级财政用于“菜篮子”工程的支出38亿元，比上年增长9%。"
    good = "2024年省级财政拟安排“菜篮子”工程投入45亿元，比上年增加7亿元。"
    bad = "2024年省级财政拟安排“菜篮子”工程投入45亿元，比上年增加9亿元。"
    assert consistency_codes(consistency_rules, far(review, good)) == []
    assert consistency_codes(consistency_rules, far(review, bad)) == ["LG201"]


def test_input_of_another_programme_silent(consistency_rules):
    review = "2023年，全省民生保障有力。全年省级财政用于“米袋子”工程的支出38亿元，比上年增长9%。"
    plan = "2024年省级财政拟安排“菜篮子”工程投入45亿元，比上年增加9亿元。"
    assert consistency_codes(consistency_rules, far(review, plan)) == []


def test_input_not_of_a_finance_silent(consistency_rules):
    # 社会投入 is no finance's spending: not read as the finance's 支出
    review = "2023年，全省民生保障有力。全年省级财政用于“菜篮子”工程的支出38亿元，比上年增长9%。"
    plan = "2024年带动社会资本“菜篮子”工程投入45亿元，比上年增加9亿元。"
    assert consistency_codes(consistency_rules, far(review, plan)) == []


def test_total_after_an_addition_names_what_was_added(consistency_rules):
    # a 1950s-style plan with no figures year: 比上年 is the year before the sentence's own
    review = "2022年全县养老机构床位达到1.25万张，比上年增加了8%。"
    good = "2023年全县养老机构床位将增设0.25万张，总数达到1.50万张，比上年增长20%。"
    bad = "2023年全县养老机构床位将增设0.25万张，总数达到1.50万张，比上年增长25%。"
    assert consistency_codes(consistency_rules, far(review, good)) == []
    assert consistency_codes(consistency_rules, far(review, bad)) == ["LG201"]


def test_last_year_of_a_part_of_the_year_silent(consistency_rules):
    # 1—6月 compares with last year's first half, not with last year's level
    review = "2022年全县养老机构床位达到1.25万张，比上年增加了8%。"
    plan = "2023年1—6月全县养老机构床位达到1.50万张，比上年增长25%。"
    assert consistency_codes(consistency_rules, far(review, plan)) == []



# -- an addition and the total it brings, last year's level elsewhere --------------------------------------------------

def test_addition_and_total_against_last_years_level(consistency_rules):
    # a municipal work report: 3,200 − 500 = 2,700, last year's level stated in the review
    review = "2022年全市养老床位达到2,700张，比上年增加了6%。"
    good = "2023年全市新增养老床位500张，总数达到3,200张。"
    bad = "2023年全市新增养老床位800张，总数达到3,200张。"
    assert consistency_codes(consistency_rules, far(review, good)) == []
    assert consistency_codes(consistency_rules, far(review, bad)) == ["LG201"]


def test_addition_and_total_metric_before_verb(consistency_rules):
    review = "2022年全县公共充电桩达到1.25万个。"
    good = "2023年全县公共充电桩将增设0.35万个，总数达到1.60万个。"
    bad = "2023年全县公共充电桩将增设0.55万个，总数达到1.60万个。"
    assert consistency_codes(consistency_rules, far(review, good)) == []
    assert consistency_codes(consistency_rules, far(review, bad)) == ["LG201"]


def test_addition_and_total_other_year_or_scope_silent(consistency_rules):
    plan = "2023年全县公共充电桩将增设0.55万个，总数达到1.60万个。"
    assert consistency_codes(consistency_rules, far("2021年全县公共充电桩达到1.25万个。", plan)) == []
    assert consistency_codes(consistency_rules, far("2022年全省公共充电桩达到1.25万个。", plan)) == []


def test_addition_and_total_of_a_half_year_silent(consistency_rules):
    review = "2022年全县公共充电桩达到1.25万个。"
    plan = "2023年上半年全县公共充电桩增设0.55万个，总数达到1.60万个。"
    assert consistency_codes(consistency_rules, far(review, plan)) == []


def test_addition_and_total_two_levels_one_consistent_silent(consistency_rules):
    review = "2022年全县公共充电桩达到1.25万个。\n" + FILL + "\n2022年全县公共充电桩达到1.05万个。"
    plan = "2023年全县公共充电桩将增设0.55万个，总数达到1.60万个。"
    assert "LG201" not in consistency_codes(consistency_rules, far(review, plan))


def test_year_a_share_is_of_is_no_passage_year(consistency_rules):
    # 为2022年的98% names the year a figure is a share of: the passage after it is still 2023's
    review = "2023年全县预算执行良好。农业税收入为3.0亿元，为2022年的98%。此外，盐税收入为1.0亿元。"
    plan = "2024年全县盐税收入将要达到1.5亿元，比2022年增长25%。"
    assert consistency_codes(consistency_rules, far(review, plan)) == []
    # (the same passage compared with its own year is read: 1.5 / 1.0)
    good = "2024年全县盐税收入将要达到1.5亿元，比2023年增长50%。"
    bad = "2024年全县盐税收入将要达到1.5亿元，比2023年增长25%。"
    assert consistency_codes(consistency_rules, far(review, good)) == []
    assert consistency_codes(consistency_rules, far(review, bad)) == ["LG201"]


# -- a change framed by a year (同2022年决算比较，…增长X%), both levels from the report's index -----------------------------

FRAME_REVIEW = "2022年全市决算的收支总数如下：本年收入合计48.0亿元，本年支出合计52.0亿元。"


def test_frame_change_both_levels_elsewhere(consistency_rules):
    # a municipal budget report: 54.0 / 48.0 = 1.125
    good = "2023年全市预算规定，本年收入为54.0亿元。同2022年决算比较，本年收入增长12.5%。"
    bad = "2023年全市预算规定，本年收入为54.0亿元。同2022年决算比较，本年收入增长15.5%。"
    assert consistency_codes(consistency_rules, far(FRAME_REVIEW, good)) == []
    assert consistency_codes(consistency_rules, far(FRAME_REVIEW, bad)) == ["LG201"]


def test_frame_change_final_account_not_stated_silent(consistency_rules):
    # the frame names the final account, the report gives last year's budget: silent
    review = "2022年全市预算的收支总数如下：本年收入合计48.0亿元，本年支出合计52.0亿元。"
    plan = "2023年全市预算规定，本年收入为54.0亿元。同2022年决算比较，本年收入增长15.5%。"
    assert consistency_codes(consistency_rules, far(review, plan)) == []


def test_frame_change_real_growth_silent(consistency_rules):
    plan = "2023年全市预算规定，本年收入为54.0亿元。同2022年决算比较，扣除不可比因素，本年收入实际增长15.5%。"
    assert consistency_codes(consistency_rules, far(FRAME_REVIEW, plan)) == []


def test_frame_change_two_levels_of_the_year_silent(consistency_rules):
    # two values of this year's 本年收入, one of which gives the 15.5% stated (55.44 / 48.0): silent
    plan = ("2023年全市预算规定，本年收入为54.0亿元。同2022年决算比较，本年收入增长15.5%。\n" + FILL
            + "\n2023年全市预算规定，本年收入为55.44亿元。")
    assert "LG201" not in consistency_codes(consistency_rules, far(FRAME_REVIEW, plan))


def test_named_year_level_against_the_word_reported(consistency_rules):
    # the level of the year compared with, far before in its passage, is above this year's: 增长 contradicts the levels
    # (LG202 reads the pairing as LG201 does)
    review = "2022年全县农业喜获丰收。油料产量达到5.2万吨。"
    plan = "2023年全县油料产量将要达到4.6万吨，比2022年增长15%。"
    assert "LG202" in consistency_codes(consistency_rules, far(review, plan))
    # the word agreeing with the levels: LG201 recomputes the size (4.6 / 5.2 = 0.885)
    good = "2023年全县油料产量将要达到4.6万吨，比2022年下降11.5%。"
    assert consistency_codes(consistency_rules, far(review, good)) == []
