"""The reasons `lintgov claims` and benches/claims_coverage.py give for figures no check verified
(benches/validity/coverage_audit.md: 12 of a hand-read sample of 200 had a wrong reason)."""
import pytest

from lintgov.claims import claims_of, why_not
from lintgov.document import Document


def _why(text, figure):
    d = Document(text)
    i = text.index(figure)
    f = claims_of(d).at(i)
    assert f is not None, figure
    return why_not(f, d)


@pytest.mark.parametrize("text,figure", [
    ("S3公路等重要基础设施投入使用，全社会固定资产投资突破1万亿元、增长13.8%。", "13.8%"),
    ("聚焦目标任务体系，顶压前行，社会消费品零售总额增长5.6%。", "5.6%"),
    ("全年超额完成年度计划，社会消费品零售总额增长7.5%。", "7.5%"),
])
def test_words_that_are_no_plan_do_not_make_a_plan(text, figure):
    assert "plan" not in _why(text, figure)


@pytest.mark.parametrize("text,figure", [
    ("今年全区主要发展目标是：社会消费品零售总额增长8%。", "8%"),
    ("要力争固定资产投资增长10%。", "10%"),
])
def test_plans_stay_plans(text, figure):
    assert "plan" in _why(text, figure)


def test_an_average_of_gdp_with_both_ends_stated_is_real_growth():
    text = "地区生产总值由2015年的1708.4亿元增至2020年的2375.3亿元，年均增长6.2%。"
    assert "real growth" in _why(text, "6.2%")


def test_an_average_without_ends_keeps_its_reason():
    assert "both ends" in _why("全社会研发经费投入年均增长9.5%。", "9.5%")
