"""A share whose whole's value stands in brackets inside 占…的 (占一般公共预算支出（218.4亿元）的18.9%): the bracket
counts as one word of the share's name, and its value is the whole."""
import pytest

from conftest import consistency_codes


@pytest.mark.parametrize("text", [
    "全年卫生健康支出25.6亿元，占全区一般公共预算支出（196.35亿元）的17.1%。",
    "其中网上办理事项1,240项，占全市依申请政务服务事项总数（1,630项）的91.4%。",
    "全年科技支出12.2亿元，占全区一般公共预算支出（196.35亿元）的十分之一以上。",
])
def test_wrong_is_found(consistency_rules, text):
    assert "LG101" in consistency_codes(consistency_rules, text), text


@pytest.mark.parametrize("text", [
    "全年卫生健康支出25.6亿元，占全区一般公共预算支出（196.35亿元）的13.0%。",
    "其中网上办理事项1,240项，占全市依申请政务服务事项总数（1,630项）的76.1%。",
    "全年科技支出21.2亿元，占全区一般公共预算支出（196.35亿元）的十分之一以上。",
])
def test_right_is_silent(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == [], text
