"""The excess over a set figure written in its own phrase (issue 10, g17g): 超过原定计划A的X% / 超过国家规定造价A的X% /
超过年度计划A的X% — X = (B − A) ÷ A × 100, B the achieved figure of the same measure before the phrase.  Read only when
the phrase writes the set figure (a plan, a rule, a quota, a standard, a budget); 超过…的X% with no figure in it may be a
share (超过全省总量的20%) and stays silent.  Wordings written for these tests, in digits and in Chinese numerals."""
import pytest

from tests.conftest import consistency_codes

SILENT = [
    "全年完成固定资产投资286亿元，超过年度计划250亿元的14.4%。",
    "一九六五年全省造林面积为八十四万亩，超过原定计划七十万亩的百分之二十。",
    "新建校舍每平方米实际造价为九百六十元，超过省定额标准八百元的百分之二十。",
    "全县全年一般公共预算支出达到52.8亿元，超过年初预算48亿元的10%。",
    # no set figure in the phrase: a share or a bound, not read
    "全年完成固定资产投资286亿元，超过年度计划的14.4%。",
    "全市粮食产量达到120万吨，超过全省标准的20%。",
]

FOUND = [
    "全年完成固定资产投资286亿元，超过年度计划250亿元的16.4%。",
    "一九六五年全省造林面积为八十四万亩，超过原定计划七十万亩的百分之三十。",
    "新建校舍每平方米实际造价为一千零四十元，超过省定额标准八百元的百分之二十。",
    "全县全年一般公共预算支出达到52.8亿元，超过年初预算44亿元的10%。",
]


@pytest.mark.parametrize("text", SILENT)
def test_consistent_or_unread_stays_silent(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == []


@pytest.mark.parametrize("text", FOUND)
def test_wrong_excess_is_found(consistency_rules, text):
    assert "LG102" in consistency_codes(consistency_rules, text)
