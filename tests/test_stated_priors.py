"""A change against last year stated with this year's level only (今年安排X亿元，比上年增加D亿元) whose prior the report
states elsewhere — in the review part, for a figure of the part of plans; labelled with the year before, for a figure of
the review — is checked against that prior (claims.yearlevels.stated_priors, LG201).  Only the same metric in the same
words, the same quoted name and scope, one value for last year, a plain comparison with last year (never a budget)."""
import pytest

from conftest import consistency_codes

_HEAD = "政府工作报告\n——2021年1月18日在{who}第五次会议上\n\n一、2020年工作回顾\n"
_PLAN = "二、2021年工作安排\n"


def _report(review, plan, who="市第十六届人民代表大会"):
    return _HEAD.format(who=who) + review + "\n" + _PLAN + plan


@pytest.mark.parametrize("review,plan,bad_plan", [
    # a city: the plan's allocation against the year's spending reviewed (812.6 + 97.4 = 910)
    ("过去一年，全市经济平稳运行。全年市财政用于“三农”的投入812.6亿元，农村面貌持续改善。",
     "今年市财政拟安排“三农”投入910亿元，比上年增加97.4亿元。",
     "今年市财政拟安排“三农”投入910亿元，比上年增加79.4亿元。"),
    # a county's wording: 比去年, 万元, a subject with no quotation marks (1,986 + 214 = 2,200)
    ("一年来，我们坚持民生优先。县财政安排义务教育经费1,986万元，学校条件明显改善。",
     "县财政安排义务教育经费2,200万元，比去年增加214万元，重点保障农村学校。",
     "县财政安排义务教育经费2,200万元，比去年增加241万元，重点保障农村学校。"),
    # a province: a growth rate (46.2 → 53.1: +14.9%)
    ("过去一年，全省上下攻坚克难。全年省级财政科技投入46.2亿元，创新能力持续增强。",
     "省级财政科技投入53.1亿元，比上年增长14.9%，重点支持关键核心技术攻关。",
     "省级财政科技投入53.1亿元，比上年增长19.4%，重点支持关键核心技术攻关。"),
])
def test_plan_change_against_the_year_reviewed(consistency_rules, review, plan, bad_plan):
    assert consistency_codes(consistency_rules, _report(review, plan)) == []
    assert consistency_codes(consistency_rules, _report(review, bad_plan)) == ["LG201"]


@pytest.mark.parametrize("review,plan", [
    # compared with last year's budget, not with what was spent
    ("全年市财政用于“三农”的投入812.6亿元，农村面貌持续改善。",
     "今年市财政拟安排“三农”投入910亿元，比上年预算增加150亿元。"),
    # another quoted name: the 两新 funds are not the 三农 spending
    ("全年市财政用于“三农”的投入812.6亿元，农村面貌持续改善。",
     "今年市财政拟安排“两新”投入910亿元，比上年增加150亿元。"),
    # another metric in close words: a subsidy of the central budget is not all it allocated
    ("中央财政安排51亿元，支持城乡医疗救助。",
     "今年中央财政安排补助资金101亿元，比去年增加58亿元。"),
    # two values of last year's level: which one is meant is not ours to guess
    ("全年县财政安排义务教育经费1,986万元。下半年追加后，县财政安排义务教育经费2,050万元。",
     "县财政安排义务教育经费2,200万元，比去年增加214万元。"),
    # the level of the plan part names another year: no plain comparison with the year reviewed
    ("全年市财政用于“三农”的投入812.6亿元，农村面貌持续改善。",
     "到2023年，市财政“三农”投入1100亿元，比上年增加150亿元。"),
    # a bare growth (no 比上年): what it is against is not said
    ("全年省级财政科技投入46.2亿元，创新能力持续增强。",
     "省级财政科技投入53.1亿元，增长25%，重点支持关键核心技术攻关。"),
])
def test_near_misses_stay_silent(consistency_rules, review, plan):
    assert consistency_codes(consistency_rules, _report(review, plan)) == []


def test_finding_shows_the_prior_it_was_bound_to(consistency_rules):
    from lintgov.engine import lint_text
    text = _report("全年市财政用于“三农”的投入812.6亿元，农村面貌持续改善。",
                   "今年市财政拟安排“三农”投入910亿元，比上年增加79.4亿元。") + "\n"
    fs = [f for f in lint_text(text, consistency_rules) if f.code == "LG201"]
    assert len(fs) == 1
    ev = fs[0].evidence
    assert ev["base"] == pytest.approx(812.6e8) and ev["current"] == pytest.approx(910e8)
    assert ev["formula"] == "B-A"
    assert text[fs[0].related[0].start:fs[0].related[0].end] == "812.6亿元"


@pytest.mark.parametrize("growth,codes", [
    ("比上年增长10.4%", []),        # 1,250 → 1,380: +10.4%
    ("比上年增长14.0%", ["LG201"]),
    ("比上年增加130万人次", []),
    ("比上年增加310万人次", ["LG201"]),
])
def test_review_change_against_a_level_labelled_the_year_before(consistency_rules, growth, codes):
    review = ("2019年，全区接待游客1,250万人次，旅游业受到较大冲击。\n"
              "过去一年，我们推动文旅融合发展。全年全区接待游客1,380万人次，" + growth + "，夜间消费持续活跃。")
    assert consistency_codes(consistency_rules, _report(review, "今年要办好十件民生实事。",
                                                        who="区第七届人民代表大会")) == codes
