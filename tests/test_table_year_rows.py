"""Tables whose rows are years (2022年, 2023年 …): a rate column over two count columns of the row, and a growth or
change column over the row of the year before (LG110). Flattened into text and as markdown; each table once
consistent and once with one cell wrong, plus tables that must stay silent."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def codes(text):
    return sorted({f.code for f in lint_text(text + "\n", RULES, registry=REG)})


CASES = [
    # rows of years, a rate column of two counts of the row
    ("单位：件\n年度 受理 办结 办结率\n2022年 1,204 1,186 98.5%\n2023年 1,356 1,342 99.0%\n2024年 1,498 1,487 99.3%",
     "1,342", "1,018"),
    ("年份 申请 受理 受理率\n2023年度 640 596 93.1%\n2024年度 712 690 96.9%", "96.9%", "86.9%"),
    # a growth column: each row over the year before
    ("年度 受理案件 同比增长\n2022年 1,204 8.1%\n2023年 1,356 12.6%\n2024年 1,498 10.5%", "10.5%", "20.5%"),
    ("年份 收入（亿元） 支出（亿元） 增长（%）\n2022年 12.5 11.2 3.0\n2023年 13.1 12.0 7.1", "7.1", "9.8"),
    ("年份 收案（件） 增减（件）\n2023年 1,204 52\n2024年 1,356 152", "152", "252"),
    # the years in descending order
    ("年度 调解案件（件） 增长（%）\n2024年 2,310 10.0\n2023年 2,100 5.0\n2022年 2,000 -", "10.0", "16.0"),
]


@pytest.mark.parametrize("text,printed,wrong", CASES)
def test_consistent_table_is_silent(text, printed, wrong):
    assert codes(text) == []


@pytest.mark.parametrize("text,printed,wrong", CASES)
def test_wrong_cell_is_found(text, printed, wrong):
    assert printed in text
    assert "LG110" in codes(text.replace(printed, wrong, 1))


def test_markdown_table_of_years():
    good = "| 年份 | 受理 | 增减（件） |\n|---|---|---|\n| 2023年 | 1,204 | 52 |\n| 2024年 | 1,356 | 152 |"
    assert codes(good) == []
    assert "LG110" in codes(good.replace("152", "252"))


SILENT = [
    # real growth of GDP beside its nominal levels
    "年度 地区生产总值（亿元） 增长（%）\n2023年 1,200 5.0\n2024年 1,300 5.5",
    # the growth column may be of either level column: one reading fits
    "年份 收入（亿元） 支出（亿元） 增长（%）\n2022年 12.5 11.2 3.0\n2023年 13.1 12.0 4.8",
    # years not consecutive: no row of the year before
    "年份 受理案件 增长（%）\n2020年 1,000 8.0\n2024年 1,500 9.0",
    # a growth against the plan, not the year before
    "年份 完成投资（亿元） 比计划增长（%）\n2023年 100 5.0\n2024年 120 8.0",
]


@pytest.mark.parametrize("text", SILENT)
def test_stays_silent(text):
    assert codes(text) == []
