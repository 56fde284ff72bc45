"""A sentence of the parts (其中，…) takes the span of the sentence before it (issue 10, g17g): 1957年比1952年，总产值增长
C%，即平均每年递增X%。其中，A增长C'%，即平均每年递增X'% — X' = ((1 + C')^(1/5) − 1) × 100.  Never when the sentence of
the parts names a year of its own.  Wordings written for these tests."""
import pytest

from tests.conftest import consistency_codes

SILENT = [
    "2023年与2018年相比，全省农业总产值增长28.6%，即年均增长5.2%。其中，渔业产值增长40.3%，即年均增长7.0%。",
    "一九六五年比一九六〇年，全国发电量增长百分之四十四，即平均每年递增百分之七点六。其中，水力发电量增长百分之六十一点一，"
    "即平均每年递增百分之十。",
    # a year of its own in the sentence of the parts: another span, not read
    "2023年与2018年相比，全省农业总产值增长28.6%，即年均增长5.2%。其中，2022年渔业产值增长40.3%，即年均增长8.0%。",
]
FOUND = [
    "2023年与2018年相比，全省农业总产值增长28.6%，即年均增长5.2%。其中，渔业产值增长40.3%，即年均增长8.0%。",
    "一九六五年比一九六〇年，全国发电量增长百分之四十四，即平均每年递增百分之七点六。其中，水力发电量增长百分之六十一点一，"
    "即平均每年递增百分之十二。",
]


@pytest.mark.parametrize("text", SILENT)
def test_parts_span_consistent(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == []


@pytest.mark.parametrize("text", FOUND)
def test_parts_span_wrong(consistency_rules, text):
    assert "LG208" in consistency_codes(consistency_rules, text)
