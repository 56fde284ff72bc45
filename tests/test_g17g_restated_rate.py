"""A difference restated as a rate right after it, with no verb of its own (issue 10, g17g): B，比上年增产D，即X% — X is
the growth D makes of the level before it, D ÷ (B − D) × 100 (a fall alike with 减少).  Wordings written for these tests
(a 1970s review in Chinese numerals, a city's trade figures in digits)."""
import pytest

from tests.conftest import consistency_codes

SILENT = [
    "一九七九年全国棉花总产量达到四千四百一十万担，比上一年增产九百四十万担，即百分之二十七点一。",
    "全年外贸进出口总额达到1,286亿元，比上年增加126亿元，即10.9%。",
    "全年外贸进出口总额达到1,286亿元，比上年减少126亿元，即8.9%。",
    # a rate of another thing after 即 is not read: 即占全省的三成 has a verb of its own
    "全年外贸进出口总额达到1,286亿元，比上年增加126亿元，即占全省的30%。",
]
FOUND = [
    "一九七九年全国棉花总产量达到四千四百一十万担，比上一年增产九百四十万担，即百分之三十二点一。",
    "一九七九年全国棉花总产量达到四千四百一十万担，比上一年增产一千一百四十万担，即百分之二十七点一。",
    "全年外贸进出口总额达到1,286亿元，比上年增加126亿元，即12.9%。",
]


@pytest.mark.parametrize("text", SILENT)
def test_consistent_restated_rate_is_silent(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == []


@pytest.mark.parametrize("text", FOUND)
def test_wrong_restated_rate_is_found(consistency_rules, text):
    assert "LG201" in consistency_codes(consistency_rules, text)
