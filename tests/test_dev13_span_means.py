"""A total over a span and its yearly mean (dev13, issue 10): the span given as a range of years with its length in
words after it (2023年至2025年三年间), a flow of help (帮扶, 救助, 资助, 安置) counted with 共, and a name that holds Latin
letters (A级旅游景区, 5G基站): total ÷ years against the mean."""
import pytest

from conftest import consistency_codes


@pytest.mark.parametrize("text", [
    "2023年至2025年三年间，全市共帮扶退役军人就业创业6,420人，平均每年2,540人。",
    "2021—2025年，全区累计新增A级旅游景区15家，平均每年新增5家。",
    "2022年至2025年四年间，全县共救助困难群众1.2万人次，年均救助3,600人次。",
    "2021—2024年，全市累计建成LNG加气站84个，平均每年建成26个。",
])
def test_wrong_mean_is_found(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == ["LG208"]


@pytest.mark.parametrize("text", [
    "2023年至2025年三年间，全市共帮扶退役军人就业创业6,420人，平均每年2,140人。",
    "2021—2025年，全区累计新增A级旅游景区15家，平均每年新增3家。",
    "2022年至2025年四年间，全县共救助困难群众1.2万人次，年均救助3,000人次。",
    "2021—2024年，全市累计建成LNG加气站84个，平均每年建成21个。",
    # a level reached, not a flow over the span: no mean of it
    "2021—2025年，全区A级旅游景区达到45家，平均每年新增3家。",
    # a mean of a rate, not of the total
    "2023年至2025年三年间，全市共帮扶退役军人就业创业6,420人，年均增长8.5%。",
])
def test_consistent_or_unread_stays_silent(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == []
