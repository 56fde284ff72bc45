"""The growth shapes of round 30 of the validity study, in phrasings of lintgov's own (not sentences of the corpus):

* a span's cumulative growth and its yearly average written with 累计 (五年累计增长C%，年均增长X% / 过去五年，…累计增长C%，
  年均增长X%): (1+C) = (1+X)^N (LG208); a cumulative difference after the level (达到B，五年累计增加D，年均增长X%); the
  mean of a cumulative total (累计增加D，年均增加M) is read once, by the cumulative reader;
* 分别 lists of stocks against last year's end (分别为A1、A2，分别比年初/比上年末增加D1、D2，分别增长x1、x2): each position's
  level, difference and growth (LG201); last year's values in the sentence before a 分别 list of values under the same
  names; a list of transitions and the list of changes right after it (分别从A1、A2增加到B1、B2，分别增长x1、x2);
* the evidence of an amount is written in the scale the text uses (上年应为0.81万亿元, 重算为30.26亿元 — not
  810000000000元 or 3026000000.00元).

Consistent phrasings stay silent, wrong ones are found; the traps stay silent: a qualifier between the span and the
average (按可比价格), a plan period's sum (累计达800亿元左右、年均增长约5%), 分别 growths since the start of the year with
no prior and no difference, a plan's 比年初计划."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]

HEAD = "一、过去五年工作回顾\n\n"
YEAR = "一、2023年工作回顾\n\n"


def findings(text):
    return lint_text(text, RULES, registry=REG)


def codes(text):
    return [f.code for f in findings(text)]


# (consistent, inconsistent, the rule that must find the second)
PAIRS = [
    (HEAD + "过去五年，全区一般公共预算收入累计增长65.5%，年均增长10.6%。",
     HEAD + "过去五年，全区一般公共预算收入累计增长65.5%，年均增长12.6%。", "LG208"),
    (HEAD + "全市税收收入五年累计增长48.2%，年均增长8.2%。",
     HEAD + "全市税收收入五年累计增长48.2%，年均增长9.2%。", "LG208"),
    (HEAD + "近三年，全区社会消费品零售总额累计增长27.3%，年均增长8.4%。",
     HEAD + "近三年，全区社会消费品零售总额累计增长27.3%，年均增长9.4%。", "LG208"),
    (HEAD + "一般公共预算收入达到186亿元，五年累计增加66亿元，年均增长9.2%。",
     HEAD + "一般公共预算收入达到186亿元，五年累计增加66亿元，年均增长12.6%。", "LG208"),
    (YEAR + "过去一年，金融机构存款余额、贷款余额分别为1.43万亿元和1.12万亿元，分别比年初增加0.15万亿元和0.11万亿元，"
            "分别增长11.7%和10.9%。",
     YEAR + "过去一年，金融机构存款余额、贷款余额分别为1.43万亿元和1.12万亿元，分别比年初增加0.25万亿元和0.11万亿元，"
            "分别增长11.7%和10.9%。", "LG201"),
    (YEAR + "过去一年，住户存款和企业存款余额分别为3298.25亿元、1105.82亿元，分别比上年末增加493.16亿元、48.25亿元，"
            "分别增长17.6%、4.6%。",
     YEAR + "过去一年，住户存款和企业存款余额分别为3298.25亿元、1105.82亿元，分别比上年末增加493.16亿元、48.25亿元，"
            "分别增长17.6%、6.4%。", "LG201"),
]


@pytest.mark.parametrize("good,bad,code", PAIRS)
def test_consistent_silent_inconsistent_found(good, bad, code):
    assert codes(good) == [], good
    assert code in codes(bad), bad


SILENT = [
    # a qualifier between the span and the average: the average is another measure of the growth
    HEAD + "一般公共预算收入五年累计增长65.5%，按可比价格计算年均增长12.6%。",
    # a plan: a five-year sum beside a yearly growth, not a cumulative growth
    HEAD + "未来五年主要目标是：一般公共预算收入累计达800亿元左右、年均增长约5%。",
    # 分别 growths since the start of the year with no prior and no difference
    YEAR + "过去一年，金融机构本外币存款余额7070亿元，贷款余额5434亿元，分别比年初增长19.5%和23.4%。",
    YEAR + "过去一年，年末金融机构本外币存贷款余额分别为1.43万亿元和1.12万亿元，分别比年初增长12%和11%。",
    # a plan at the start of the year is no stock at last year's end
    YEAR + "过去一年，普惠性幼儿园和公办幼儿园分别为35所、21所，分别比年初计划增加15所、6所，分别增长75%、40%。",
    # a cumulative rise with no start level
    HEAD + "千人学位数达到111.5座，累计提高8.2%，千人医生数达到1.8人，累计提高30%。",
]


@pytest.mark.parametrize("text", SILENT)
def test_traps_stay_silent(text):
    assert codes(text) == [], text


def test_cumulative_mean_is_reported_once():
    """累计增加D，年均增加M: the cumulative reader's finding, not a second one of the span reader."""
    fs = findings(HEAD + "一般公共预算收入五年累计增加66亿元，年均增加15.2亿元。")
    assert [f.code for f in fs] == ["LG208"]
    assert "13.2亿元" in fs[0].message("zh")


@pytest.mark.parametrize("text,shown", [
    (YEAR + "过去一年，金融机构贷款余额1.12万亿元，比年初增加0.31万亿元，增长11%。", "0.81万亿元"),
    (YEAR + "过去一年，全市一般公共预算收入达到1236.4亿元，比上年增加213.5亿元，增长25.1%。", "1022.9亿元"),
    (YEAR + "过去一年，全区户籍人口达到56.3万人，比上年增加2.1万人，增长9.5%。", "54.2万人"),
    (YEAR + "过去一年，受理案件460件，比上年增加60件，增长25%。", "400件"),
    (HEAD + "过去五年，全区一般公共预算收入由2020年的312.4亿元增加到2025年的463.7亿元，平均每年增加32.3亿元。",
     "30.26亿元"),
    (HEAD + "一般公共预算收入五年共增加66亿元，年均增加15.2亿元。", "13.2亿元"),
])
def test_amounts_are_written_in_the_texts_scale(text, shown):
    fs = findings(text)
    assert fs, text
    msg = fs[0].message("zh")
    assert shown in msg, msg
    assert "0000元" not in msg and "e+" not in msg, msg


# last year's values in the sentence before a 分别 list of values: under the same names, as one list or each named
PRIOR_BEFORE = [
    ("上年全区一般公共预算收入和税收收入分别为86.4亿元、62.3亿元。过去一年，全区一般公共预算收入和税收收入分别达到93.6亿元、"
     "68.8亿元，分别增长8.3%、10.4%。",
     "上年全区一般公共预算收入和税收收入分别为86.4亿元、62.3亿元。过去一年，全区一般公共预算收入和税收收入分别达到93.6亿元、"
     "68.8亿元，分别增长8.3%、15.4%。"),
    ("上年全区一般公共预算收入86.4亿元，税收收入62.3亿元。过去一年，全区一般公共预算收入和税收收入分别达到93.6亿元、"
     "68.8亿元，分别增长8.3%、10.4%。",
     "上年全区一般公共预算收入86.4亿元，税收收入62.3亿元。过去一年，全区一般公共预算收入和税收收入分别达到93.6亿元、"
     "68.8亿元，分别增长6.3%、10.4%。"),
    ("去年接待游客和旅游收入分别为1250.6万人次、112.9亿元。今年接待游客、旅游收入分别达到1438.2万人次、126.5亿元，"
     "分别增长15%、12%。",
     "去年接待游客和旅游收入分别为1250.6万人次、112.9亿元。今年接待游客、旅游收入分别达到1438.2万人次、126.5亿元，"
     "分别增长15%、21%。"),
]


@pytest.mark.parametrize("good,bad", PRIOR_BEFORE)
def test_prior_list_in_the_sentence_before(good, bad):
    assert codes(YEAR + good) == [], good
    assert "LG201" in codes(YEAR + bad), bad


SILENT_PRIOR_BEFORE = [
    # other names: 非税收入 is not 税收收入
    "上年全区一般公共预算收入和税收收入分别为86.4亿元、62.3亿元。过去一年，全区一般公共预算收入和非税收入分别达到93.6亿元、"
    "24.8亿元，分别增长8.3%、15.4%。",
    # last year's first half before the year's values
    "上年上半年全区一般公共预算收入和税收收入分别为46.4亿元、32.3亿元。过去一年，全区一般公共预算收入和税收收入分别达到"
    "93.6亿元、68.8亿元，分别增长8.3%、15.4%。",
    # the claim names a year: which year 上年 is before is not certain
    "上年全区一般公共预算收入和税收收入分别为86.4亿元、62.3亿元。2019年，全区一般公共预算收入和税收收入分别达到93.6亿元、"
    "68.8亿元，分别增长8.3%、15.4%。",
    # a cumulative over a span is no year's value
    "上年全区一般公共预算收入和税收收入分别为86.4亿元、62.3亿元。五年来，全区一般公共预算收入和税收收入累计分别达到393.6亿元、"
    "268.8亿元，分别增长8.3%、15.4%。",
    # another paragraph
    "上年全区一般公共预算收入和税收收入分别为86.4亿元、62.3亿元。\n\n过去一年，全区一般公共预算收入和税收收入分别达到93.6亿元、"
    "68.8亿元，分别增长8.3%、15.4%。",
    # more values in the sentence before than in the list
    "上年全区一般公共预算收入86.4亿元，税收收入62.3亿元，非税收入24.1亿元。过去一年，全区一般公共预算收入和税收收入分别达到"
    "93.6亿元、68.8亿元，分别增长8.3%、15.4%。",
]


@pytest.mark.parametrize("text", SILENT_PRIOR_BEFORE)
def test_prior_list_before_traps(text):
    assert codes(YEAR + text) == [], text


# a list of transitions and the list of changes right after it, paired by position
TRANSITION_LISTS = [
    ("受理、审结案件分别从400件、350件增加到460件、420件，分别增长15%、20%。",
     "受理、审结案件分别从400件、350件增加到460件、420件，分别增长25%、20%。"),
    ("受理、审结案件分别由400件和350件增至460件和420件，增幅分别为15%和20%。",
     "受理、审结案件分别由400件和350件增至460件和420件，增幅分别为15%和30%。"),
    ("城乡低保标准分别从每月645元、430元提高到801元、560元，分别提高156元、130元。",
     "城乡低保标准分别从每月645元、430元提高到801元、560元，分别提高156元、140元。"),
    ("优良天数比例和达标率分别从86.5%、90.2%提高到91.4%、95.3%，分别提高4.9个、5.1个百分点。",
     "优良天数比例和达标率分别从86.5%、90.2%提高到91.4%、95.3%，分别提高4.9个、6.1个百分点。"),
    ("高新技术企业、专精特新企业分别从2020年的7642家、1665家增加到2025年的1.2万家、4942家，分别增长57%、197%。",
     "高新技术企业、专精特新企业分别从2020年的7642家、1665家增加到2025年的1.2万家、4942家，分别增长57%、97%。"),
]


@pytest.mark.parametrize("good,bad", TRANSITION_LISTS)
def test_transition_lists(good, bad):
    assert codes(YEAR + "过去一年，" + good) == [], good
    assert "LG201" in codes(YEAR + "过去一年，" + bad), bad


SILENT_TRANSITION_LISTS = [
    # real growth: GDP and per-capita GDP grow at comparable prices, not as their nominal levels
    "地区生产总值和人均地区生产总值分别从3003亿元、9.4万元增加到3206亿元、9.8万元，分别增长8.8%、7.5%。",
    # a yearly average after the transitions: another relation (LG208 reads the span)
    "一般公共预算收入和税收收入分别从2020年的312.4亿元、245.1亿元增加到2025年的463.7亿元、350.2亿元，分别年均增长8.2%、7.4%。",
    # lists of different lengths
    "受理、审结案件分别从400件、350件增加到460件、420件，分别增长15%、20%、18%。",
    # the transitions without changes
    "城镇、农村低保补助补差水平分别从每月333元、147元提高到374元、172元。",
]


@pytest.mark.parametrize("text", SILENT_TRANSITION_LISTS)
def test_transition_list_traps(text):
    assert codes(YEAR + "过去一年，" + text) == [], text
