"""coverage9: figures whose operands the text states but whose reading failed (wordings invented for these tests).

* a comparison with a target (高出预期目标0.7个百分点, 提前实现…规划确定的目标), a programme's name in quotation marks
  (“凤凰计划”团队) and the year of a level a change reached (增加到2023年的) are no plan words
  (:func:`lintgov.claims.plan_free`, :data:`lintgov.claims._PLAN_WORDS`);
* the level the review states, taken as the base of a plan's growth, is still the report's own year's level, and a level
  stated in the part of plans is no level of the year (LG206's facts of last year's report)."""
import pytest

from lintgov.claims import _PLAN_CLAUSE, _PLAN_WORDS, ledger, plan_free
from lintgov.document import Document
from types import SimpleNamespace
from lintgov.rules import yoy


def _gwr(year: int, text: str, path: str) -> Document:
    head = f"各位代表：\n现在，我代表长宁区人民政府向大会作政府工作报告，请予审议。\n一、{year}年工作回顾\n"
    return Document(head + text + "\n", path, source_path=path)


def _confirmed(this_text, prior_text):
    prior = _gwr(2023, prior_text, "长宁区2024年政府工作报告.txt")
    doc = _gwr(2024, this_text, "长宁区2025年政府工作报告.txt")
    ctx = SimpleNamespace(settings={"prior_documents": [prior]})
    found = list(yoy.GrowthVsPriorReport({}).check_corpus([doc], ctx))
    ok = [doc.text[c.start:c.end] for c in ledger(doc) if c.family == "growth-vs-prior-level" and c.consistent]
    return found, ok


@pytest.mark.parametrize("words", [
    "地区生产总值增长7.2%，高出预期目标0.7个百分点；外贸出口总额",
    "税收收入增速快于年初计划2个百分点，税收总额",
    "提前两年实现“十四五”规划确定的目标；税收总额",
    "超额完成省下达的年度任务，",
    "新引进“凤凰计划”团队12个，全年共引进各类人才",
    "全区国家高新技术企业从2019年的1,200家增加到2023年的",
    "城镇化率由2020年的61%提高到2023年的",
])
def test_words_that_name_a_target_reached_or_a_programme_are_no_plan(words):
    assert not _PLAN_WORDS.search(plan_free(words))
    assert not _PLAN_CLAUSE.search(plan_free(words))


@pytest.mark.parametrize("words", [
    "力争实现地区生产总值增长6%的目标，",
    "确保完成全年目标任务，一般公共预算收入",
    "到2025年，全区研发投入强度",
    "主要预期目标是：社会消费品零售总额",
    "今年要完成固定资产投资",
    "计划新建学校5所，",
    "综合考虑实现2035年远景目标、扛牢责任担当，提出地区生产总值年均增长",
    "为实现全年目标任务，全区固定资产投资",
    "要完成年度计划，社会消费品零售总额",
])
def test_plans_stay_plans(words):
    assert _PLAN_WORDS.search(plan_free(words))


@pytest.mark.parametrize("this_text,prior_text,growth", [
    # last year's level in a sentence that compares the year's growth with its target
    ("外贸出口总额301.5亿美元，增长5.4%。",
     "地区生产总值增长7.2%，高出预期目标0.7个百分点；外贸出口总额286亿美元，增长9%。", "5.4%"),
    ("全区税收总额80.3亿元，比上年增长9.3%。",
     "提前两年实现“十四五”规划确定的目标；税收总额73.5亿元，增长4%。", "9.3%"),
    # a programme named in quotation marks before last year's level
    ("全年共引进各类人才5.10万名，增长10.4%。",
     "新引进“凤凰计划”团队12个，全年共引进各类人才4.62万名。", "10.4%"),
    # 增加到2023年的: the year of a level reached, in last year's sentence
    ("技术合同成交额95.2亿元，增长10.2%。",
     "全区国家高新技术企业从2019年的1,200家增加到2023年的2,000家，技术合同成交额86.4亿元。", "10.2%"),
])
def test_last_years_level_beside_a_target_reached_is_a_level(this_text, prior_text, growth):
    found, ok = _confirmed(this_text, prior_text)
    assert found == []
    assert ok == [growth]


@pytest.mark.parametrize("this_text,prior_text,growth", [
    # the review's level is the base of the plan's growth (超1100亿元、增长12%以上): still the year's level
    ("工业投资1126.3亿元，增长14.9%。",
     "全年完成工业投资980亿元，增长12%。\n二、2024年工作安排\n今年主要预期目标是：工业投资超1100亿元、增长12%以上。",
     "14.9%"),
    # the plan's level of the same metric (545亿元) is no second value of last year's level
    ("社会消费品零售总额548.3亿元，增长7.0%。",
     "社会消费品零售总额512.4亿元，增长6%。\n二、2024年工作安排\n全年社会消费品零售总额545亿元，增长6.5%。", "7.0%"),
    ("全年一般公共预算收入63.8亿元，同比增长8.1%。",
     "全年一般公共预算收入59.0亿元。\n二、2024年工作安排\n一般公共预算收入62亿元，增长5%。", "8.1%"),
])
def test_the_plan_part_of_last_years_report_gives_no_level_of_its_year(this_text, prior_text, growth):
    found, ok = _confirmed(this_text, prior_text)
    assert found == []
    assert ok == [growth]


def test_a_plan_level_of_last_years_report_is_not_confirmed_against():
    # this year's growth recomputes from last year's plan (545), not from its level (512.4): nothing confirmed
    found, ok = _confirmed("社会消费品零售总额580.9亿元，增长6.6%。",
                           "社会消费品零售总额512.4亿元，增长6%。\n二、2024年工作安排\n全年社会消费品零售总额545亿元，增长6.5%。")
    assert found == [] and ok == []


# -- a level opening its clause with 达/达到 after a clause that names its metric and what it passed or set ------------
from lintgov.claims.metric import clause_subject, words_key  # noqa: E402


def _level_at(text, printed):
    d = Document(text)
    q = next(q for q in d.quantities if text[q.start:q.end] == printed)
    return d, q


@pytest.mark.parametrize("text,printed,name", [
    ("全区税收收入首次突破五百亿元，达512.6亿元，增长8.3%。", "达512.6亿元", "全区税收收入"),
    ("港口货物吞吐量再创历史新高，达到2.31亿吨，比上年增长4.2%。", "2.31亿吨", "港口货物吞吐量"),
    ("接待过夜游客一举跨越千万人次大关，达1,086万人次。", "达1,086万人次", "接待过夜游客"),
    ("区级财政收入一年净增12.4亿元，达86.9亿元。", "达86.9亿元", "区级财政收入"),
    ("科技创新投入突破百亿元，达到120亿元。", "120亿元", "科技创新投入"),
])
def test_the_level_after_a_threshold_or_record_is_named_by_the_clause_before(text, printed, name):
    d, q = _level_at(text, printed)
    assert clause_subject(d, q.start) == words_key(name)


@pytest.mark.parametrize("text,printed", [
    ("全年经济运行总体平稳，达到4.2万亿元。", "4.2万亿元"),           # no verb of passing or setting: whose level?
    ("税收收入突破五百亿元，其中区级收入86.9亿元。", "86.9亿元"),      # a part, not a level reached
    ("全年完成1870亿元、增长9.5%。", "1870亿元"),                      # no clause before
    ("营业收入突破五百亿元，利润达到36亿元。", "36亿元"),               # named in its own clause
])
def test_no_subject_is_carried_where_the_clause_does_not_open_with_a_level_reached(text, printed):
    d, q = _level_at(text, printed)
    assert clause_subject(d, q.start) == ""


@pytest.mark.parametrize("this_text,prior_text,growth", [
    ("全区税收收入首次突破五百亿元，达512.6亿元，增长8.3%。", "全年税收收入473.3亿元，增长5%。", "8.3%"),
    ("全年税收收入512.6亿元，增长8.3%。", "全区税收收入首次突破四百亿元，达473.3亿元，增长5%。", "8.3%"),
    ("港口货物吞吐量再创历史新高，达到2.31亿吨，比上年增长4.2%。", "港口货物吞吐量2.217亿吨。", "4.2%"),
])
def test_a_level_named_by_the_clause_before_is_confirmed_against_last_years(this_text, prior_text, growth):
    found, ok = _confirmed(this_text, prior_text)
    assert found == []
    assert ok == [growth]


@pytest.mark.parametrize("this_text,prior_text,growth", [
    # a level of each item of a 分别 list, each with its own name
    ("全区税收收入512.6亿元、一般公共预算收入96.4亿元，分别增长8.3%和6.1%。",
     "全年税收收入473.3亿元，一般公共预算收入90.9亿元。", "6.1%"),
    ("接待游客1,226万人次，实现旅游总收入98.7亿元，分别比上年增长11.2%、9.0%。",
     "全年接待游客1,102.5万人次，旅游总收入90.5亿元。", "9.0%"),
    # the same total under another name (外贸出口 / 出口总额) or its words in another order
    ("出口总额1,361.2亿美元，增长12.4%。", "全年外贸出口1,211亿美元，增长5%。", "12.4%"),
    ("重大项目投资完成486.3亿元，增长11.6%。", "重大项目完成投资435.8亿元。", "11.6%"),
])
def test_levels_named_in_lists_or_otherwise_are_confirmed(this_text, prior_text, growth):
    found, ok = _confirmed(this_text, prior_text)
    assert found == []
    assert growth in ok


def test_a_list_whose_names_stand_before_it_confirms_nothing():
    # 城镇和农村居民人均可支配收入分别增长: no level of either item is stated
    found, ok = _confirmed("城镇和农村居民人均可支配收入分别增长5.1%和7.2%。",
                           "城镇居民人均可支配收入61,200元，农村居民人均可支配收入32,180元。")
    assert found == [] and ok == []


def test_a_plan_is_compared_with_last_years_plan():
    # this year's budget (in the part of plans) against last year's budget, not last year's outturn
    this_text = ("全年完成区级政府投资1188亿元。\n二、2025年工作安排\n区级政府投资安排1263亿元，比去年增加60亿元。")
    prior_text = ("全年完成区级政府投资1127亿元。\n二、2024年工作安排\n区级政府投资安排1203亿元，比去年增加80亿元。")
    found, ok = _confirmed(this_text, prior_text)
    assert found == []
    assert ok == ["60亿元"]
