"""Tables in plain text that were not read: pipe-separated rows (with or without the |---| rule under the header),
a change column in percentage points (+1.9个百分点), and a 率 row over two count rows of the table."""
import pytest

from conftest import consistency_codes as codes


@pytest.fixture(scope="module")
def rules(consistency_rules):
    return consistency_rules


PIPES = "表3 主要收入完成情况\n项目 | 2024年（万元） | 2023年（万元） | 增长\n土地出让收入 | 86,420 | 72,310 | 19.5%\n" \
        "国有资本经营收入 | 3,150 | 2,980 | 5.7%\n合计 | 89,570 | 75,290 | 19.0%"
MARKDOWN = "| 项目 | 2024年 | 2023年 | 增长 |\n|---|---|---|---|\n| 税收收入 | 118.3 | 110.6 | 7.0% |\n" \
           "| 非税收入 | 34.3 | 33.1 | 3.6% |\n| 合计 | 152.6 | 143.7 | 6.2% |"
POINTS = "行政复议案件办理情况\n指标 本年 上年 增减\n新收（件） 412 365 +47\n审结（件） 398 351 +47\n纠错（件） 61 47 +14\n" \
         "纠错率 15.3% 13.4% +1.9个百分点"


@pytest.mark.parametrize("text,old,new", [
    (PIPES, "| 19.5%", "| 29.5%"),
    (PIPES, "| 89,570 |", "| 99,570 |"),
    (MARKDOWN, "| 3.6% |", "| 9.6% |"),
    (POINTS, "+1.9个百分点", "+3.9个百分点"),
    (POINTS, "纠错率 15.3%", "纠错率 18.3%"),
    (POINTS, "纠错（件） 61 47 +14", "纠错（件） 81 47 +14"),
])
def test_table_read_and_checked(rules, text, old, new):
    assert codes(rules, text) == []
    assert "LG110" in codes(rules, text.replace(old, new))


def test_rate_row_without_its_base_in_the_table_is_silent(rules):
    # 纠错率 is over 审结, which this table does not print: no row explains any column, nothing is flagged
    text = "指标 本年 上年\n新收（件） 412 365\n纠错（件） 61 47\n纠错率 15.3% 13.4%"
    assert codes(rules, text) == []
