"""LG101: a share of 全省… in a province's work report is a share of the report's own total (全省 is the own scope of a
body at the level of a province, as 全市 is a city's and 全区 a district's: ``claims.rates._LOCAL_SCOPE``), and the
whole is the province's own figure named without the scope word.  In a city's report 全省 names the wider province and
the share stays unread.  Phrasings are lintgov's own."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]
PROVINCE = "2025年政府工作报告\n各位代表：\n现在，我代表省人民政府，向大会报告工作。\n一、2024年工作回顾\n"
CITY = "2025年政府工作报告\n各位代表：\n现在，我代表市人民政府，向大会报告工作。\n一、2024年工作回顾\n"
PLAN = "\n二、2025年工作安排\n地区生产总值增长5%左右。\n"


def codes(text):
    return [f.code for f in lint_text(text, RULES, registry=REG)]


BODY = "全年实现地区生产总值5.12万亿元，增长5.4%。\n数字经济核心产业增加值5,120亿元，占全省地区生产总值的比重为{}。"
BODY2 = "全年一般公共预算收入3,480亿元，增长4.1%。\n其中税收收入2,610亿元，占全省一般公共预算收入的{}。"


@pytest.mark.parametrize("body,ok,wrong", [(BODY, "10.0%", "15.0%"), (BODY2, "75.0%", "82.0%")])
def test_a_share_of_the_provinces_own_total(body, ok, wrong):
    assert "LG101" not in codes(PROVINCE + body.format(ok) + PLAN)
    assert "LG101" in codes(PROVINCE + body.format(wrong) + PLAN)


def test_in_a_citys_report_the_province_is_a_wider_whole():
    assert "LG101" not in codes(CITY + BODY.format("15.0%") + PLAN)
