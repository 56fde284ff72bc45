"""claims.thresholds: one vocabulary of bounds and thresholds passed, read by LG105 (rules/bounds.py), the GDP reading
(claims.indicators) and the five-year review (claims.horizons).  The phrasings are lintgov's own, after the shapes of
corpus/full (迈上1000亿斤新台阶, 跨越5000亿元大关, 连跨5万亿元、6万亿元两个台阶, 跨过3万亿元, 突破三千亿大关, 超千亿元,
迈上万亿元台阶); the traps — a count of steps (跨越3个千亿元台阶, 连跨两个万亿元台阶), a threshold naming the things counted
(超千亿元的企业15家), 通过/经过 — stay unread."""
import pytest

from lintgov.claims.indicators import gdp_statements
from lintgov.claims.thresholds import (BARE, PASSED_AMOUNTS, amount_value, magnitude_value, passed, step_after,
                                       step_verb_before)
from lintgov.document import Document
from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def codes(text):
    return [f.code for f in lint_text(text, RULES, registry=REG)]


@pytest.mark.parametrize("text, num", [
    ("迈上1000亿斤新台阶", "1000"), ("跨越5000亿元大关", "5000"), ("站上1万亿元大关", "1"), ("跨过3万亿元", "3"),
    ("连跨5万亿元、6万亿元两个台阶", "6"), ("突破4万亿元", "4"), ("登上100亿元台阶", "100"), ("跃上2000亿元新台阶", "2000"),
    ("越过500亿元关口", "500"), ("迈过千亿大关，达1020亿元", None),
])
def test_passed_words(text, num):
    if num is None:
        assert BARE.search(text)
        return
    k = text.index(num)
    end = k + len(num) + (4 if text[k + len(num):].startswith("万亿元") else 2 if text[k + len(num):].startswith("亿元") else 0)
    assert passed(text, k, end) or step_after(text, end), text


@pytest.mark.parametrize("text", ["全年通过3000件", "经过1000人次", "地区生产总值3000亿元", "地区生产总值达到3000亿元，增长5%"])
def test_not_passed(text):
    k = next(i for i, c in enumerate(text) if c.isdigit())
    assert not passed(text, k, k + 4)


def test_step_verb_and_noun():
    assert step_verb_before("迈上 ", 3).group().strip() == "迈上"
    assert step_verb_before("增长", 2) is None
    assert step_after("亿元一个新的台阶", 2)
    assert step_after("，台阶", 0) is None


@pytest.mark.parametrize("text, value", [
    ("超千亿元", 1e11), ("迈上万亿元台阶", 1e12), ("突破三千亿大关", 3e11), ("跨越五千亿元大关", 5e11), ("突破5万亿元", 5e12),
])
def test_amounts(text, value):
    m = PASSED_AMOUNTS.search(text)
    assert m is not None and amount_value(m.group("nums")) == value


@pytest.mark.parametrize("text", ["跨越3个千亿元台阶", "连跨两个万亿元台阶", "跨越千亿级台阶"])
def test_counts_of_steps_are_no_amount(text):
    assert PASSED_AMOUNTS.search(text) is None
    assert BARE.search(text) is None


def test_magnitudes():
    assert magnitude_value("", "千亿") == 1e11
    assert magnitude_value("三", "千亿") == 3e11
    assert magnitude_value("一千四", "百亿") == 1.4e11


def _doc(text):
    return Document(text)


@pytest.mark.parametrize("text", [
    "过去五年，经济总量连跨5万亿元、6万亿元两个台阶。",
    "过去五年，地区生产总值跨过3万亿元、年均增长5.2%。",
])
def test_gdp_threshold_is_no_level(text):
    # the amount a threshold verb governs states no GDP
    assert gdp_statements(_doc(text)) == []


def test_gdp_level_still_read():
    assert [e for _, e in gdp_statements(_doc("全年地区生产总值3003亿元，增长5%。"))] == [True]


REVIEW = ("2026年政府工作报告\n一、2025年和“十四五”时期工作回顾\n2025年是“十四五”收官之年。全省地区生产总值{level}亿元。\n"
          "过去五年，我们推动高质量发展，经济总量{passed}。\n")


@pytest.mark.parametrize("passed_words", ["迈上万亿元台阶", "超万亿元", "跨越万亿元大关", "登上万亿元新台阶"])
def test_five_year_threshold_in_words(passed_words):
    # a Chinese-numeral threshold (no digit: 万亿元) a main total passed holds for the year's level
    assert "LG105" in codes(REVIEW.format(level="9800", passed=passed_words))
    assert "LG105" not in codes(REVIEW.format(level="10800", passed=passed_words))


@pytest.mark.parametrize("text", [
    "全区规上工业总产值达到980亿元，站上千亿元台阶。",
    "全区规上工业总产值站上千亿元台阶，达到980亿元。",
    "全区外贸进出口总额跃上千亿元新台阶，达到960亿元。",
])
def test_step_verbs_with_bare_magnitudes(text):
    assert "LG105" in codes(text)
    assert "LG105" not in codes(text.replace("980", "1080").replace("960", "1060"))


@pytest.mark.parametrize("text", [
    "年主营业务收入超千亿元的企业达15家。",
    "全市过亿元项目86个，完成投资1200亿元。",
    "五年来，地区生产总值跨越3个千亿元台阶，达到5500亿元。",
    "全省通过千亿元项目审批，完成投资980亿元。",
])
def test_traps_stay_silent(text):
    assert "LG105" not in codes(text)



@pytest.mark.parametrize("clause, gap, exact, alike", [
    # the exact figure's clause names the bound's metric again, in any order, with time, scope and a verb aside
    ("全区接待观众突破80万人次", "，全年观众接待量", "83.2万人次", True),
    ("全区文化场馆接待观众突破80万人次", "，全年观众接待量", "83.2万人次", False),   # (文化场馆: the bound's own word)
    ("全县农产品网络销售额超过9亿元", "，实际完成", "9.47亿元", True),
    # another object, another part, a plan: never the bound's metric
    ("全区引进项目超过40个", "，引进人才", "52人", False),
    ("城镇常住人口突破60万人", "，常住人口", "91万人", False),
    ("目标招商引资超过30亿元", "，实际完成", "31.5亿元", False),
    ("全市新增市场主体超过1万户", "，其中新增企业", "3200户", False),
])
def test_named_alike_reads_the_metric_named_again(clause, gap, exact, alike):
    from lintgov.claims.thresholds import named_alike
    text = clause + gap + exact + "。"
    bs = clause.rfind("超过") + 2 if "超过" in clause else clause.rfind("突破") + 2
    assert named_alike(text, gap, bs, len(clause) + len(gap) + len(exact)) is alike


@pytest.mark.parametrize("clause, gap, same", [
    ("今年累计培训退役军人将近3000人次", "，实际培训", True),
    ("合同引进外资超过8亿美元", "，实际利用外资", False),
])
def test_actual_same_verb_is_the_bounds_own_deed(clause, gap, same):
    from lintgov.claims.thresholds import actual_same_verb
    text = clause + gap + "2,870人次。"
    bs = max(clause.rfind("将近") + 2, clause.rfind("超过") + 2)
    assert actual_same_verb(text, gap, bs) is same


def test_own_clause_stops_at_the_last_break():
    from lintgov.claims.thresholds import own_clause
    text = "上年为7亿元；全县税收收入突破8亿元"
    assert own_clause(text, text.index("8亿")) == "全县税收收入突破"
