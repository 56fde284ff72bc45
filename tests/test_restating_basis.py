"""A change restated after 即, a basis of a named year's estimate (比一九五七年的预计数), and amounts and tolerances
written in the figure's own scale in the evidence."""
import pytest

from conftest import consistency_codes
from lintgov.engine import lint_text

WRONG = [
    # 即 before a change that restates the clause before it
    "今年棉花产量为五百二十万担，比上年增加六十万担，即增长百分之十八点五。",
    "全年货运量完成8,460万吨，较上年增加640万吨，即增长11.9%。",
    "财政收入增加了一百二十亿元，即由四百一十亿元增加到五百八十亿元。",
    "职工人数减少了3.5万人，即从48.2万人减少到42.7万人。",
    # the basis is a named year's estimate, with 的
    "2026年预算安排卫生支出86.4亿元，比2025年的预计数增加9.6亿元，增长15.3%。",
    "一九五八年基本建设投资拟定为二百二十八亿元，比一九五七年的预计执行数增加四十二亿元，增长百分之三十。",
]
RIGHT = [
    "今年棉花产量为五百二十万担，比上年增加六十万担，即增长百分之十三。",
    "全年货运量完成8,460万吨，较上年增加640万吨，即增长8.2%。",
    "财政收入增加了一百七十亿元，即由四百一十亿元增加到五百八十亿元。",
    "职工人数减少了5.5万人，即从48.2万人减少到42.7万人。",
    "2026年预算安排卫生支出86.4亿元，比2025年的预计数增加9.6亿元，增长12.5%。",
    "一九五八年基本建设投资拟定为二百二十八亿元，比一九五七年的预计执行数增加四十二亿元，增长百分之二十二点六。",
    # 即 that names a year or a thing, not a change
    "第一个五年计划的最后一年，即1957年，钢产量达到535万吨，比上年增长20%。",
]


@pytest.mark.parametrize("text", WRONG)
def test_wrong_is_found(consistency_rules, text):
    assert consistency_codes(consistency_rules, text), text


@pytest.mark.parametrize("text", RIGHT)
def test_right_is_silent(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == [], text


def test_evidence_in_the_figures_scale(consistency_rules):
    (f,) = [f for f in lint_text("全年财政支出拟定为一百四十五亿七千七百万元，比上年的预计数增加了二十二亿元，增长百分之二十三点一。\n",
                                 consistency_rules)]
    msg = f.message("zh") if callable(getattr(f, "message", None)) else str(f)
    assert "123.77亿元" in msg and "1237700万元" not in msg


def test_tolerance_in_the_amounts_scale(consistency_rules):
    (f,) = lint_text("粮食产量增加了2476亿斤，即从3496亿斤增加到5401亿斤。\n", consistency_rules)
    msg = f.message("zh") if callable(getattr(f, "message", None)) else str(f)
    assert "±0.5亿斤" in msg and "50000000" not in msg
