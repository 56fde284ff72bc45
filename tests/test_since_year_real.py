"""A growth against a named year and its yearly mean (比2020年增长X%，年均增长Y%) compound alike even for real growth
(地区生产总值, 增加值): only a mean recomputed from levels is left alone for those."""
import pytest

from conftest import consistency_codes


@pytest.mark.parametrize("text", [
    "2024年全市地区生产总值达到5,120亿元，比2019年增长38.6%，年均增长9.2%。",
    "2025年与2020年相比，全省规模以上工业增加值增长41.2%，年均增长5.1%。",
    "一九八二年全国工农业总产值达到八千二百九十一亿元，比一九七八年增长百分之三十二点六，平均每年增长百分之九点五。",
])
def test_wrong_is_found(consistency_rules, text):
    assert "LG208" in consistency_codes(consistency_rules, text), text


@pytest.mark.parametrize("text", [
    "2024年全市地区生产总值达到5,120亿元，比2019年增长38.6%，年均增长6.7%。",
    "2025年与2020年相比，全省规模以上工业增加值增长41.2%，年均增长7.1%。",
    "一九八二年全国工农业总产值达到八千二百九十一亿元，比一九七八年增长百分之三十二点六，平均每年增长百分之七点三。",
    # from levels, real growth stays unchecked (prices changed over the span)
    "2024年全市地区生产总值达到5,120亿元，比2019年增加1,600亿元，年均增长3.0%。",
])
def test_right_is_silent(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == [], text


def test_two_year_mean_of_real_growth(consistency_rules):
    wrong = "2021年，全市规模以上工业增加值比2019年增长11.2%，两年平均增长7.5%。"
    right = "2021年，全市规模以上工业增加值比2019年增长11.2%，两年平均增长5.4%。"
    assert "LG208" in consistency_codes(consistency_rules, wrong)
    assert consistency_codes(consistency_rules, right) == []
