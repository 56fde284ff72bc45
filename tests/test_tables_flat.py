"""Tables flattened into text (lintgov.claims.tables): a header and its rows on one line, name–value records on
one line, and one row without its header (LG110's lone-row readings) — each once consistent and once with one
wrong cell; lines of figures that are not tables stay unread or silent."""
import pytest

from lintgov.claims.tables import lone_rows, tables_of
from lintgov.document import Document
from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]

# (consistent text, figure as printed, wrong figure, finding key)
PAIRS = [
    # growth under 上年 本年 增幅, one row on the header's line
    ("指标 上年 本年 增幅 行政复议收案（件） 412 486 18.0%", "18.0%", "24.0%", "growth"),
    # 本年 before 上年, a change column
    ("指标名称 本年 上年 增减 纠错率（%） 14.6 11.2 3.4", "3.4", "8.4", "delta"),
    # a 合计 row of a two-column table
    ("收入项目 金额（亿元） 税收收入 152.8 非税收入 33.6 合计 186.4", "33.6", "43.6", "default"),
    # 占比 against the 合计 row
    ("类别 件数 占比 维持 268 64.1% 纠错 86 20.6% 其他 64 15.3% 合计 418 100%", "20.6%", "26.6%", "share"),
    # 完成率 over the one other column (目标), one row
    ("项目 目标 完成 完成率 新增城镇就业（万人） 5.0 5.62 112.4%", "112.4%", "102.4%", "rate"),
    # 办结率 over 受理, thousands separators
    ("区域 受理 办结 办结率 凤凰街道 1,204 1,188 98.7% 马田街道 986 951 96.5%", "96.5%", "90.5%", "rate"),
    # a 单位 column between the name and the figures
    ("指标 单位 2022年 2023年 增长率 进出口总额 亿元 582.4 631.9 8.5%", "8.5%", "14.5%", "growth"),
    # 序号 before each row
    ("序号 指标 上年 本年 增减 1 一般公共预算收入（亿元） 218.4 236.8 18.4 2 税收收入（亿元） 182.6 190.3 7.7",
     "7.7", "12.7", "delta"),
    # a completion rate over the plan column (计划 实际 完成率)
    ("项目 计划 实际 完成率 新建学校（所） 20 23 115.0%", "115.0%", "105.0%", "rate"),
    # a label and its bracketed unit as two words, an unnamed label column
    ("上年 本年 增长 行政复议案件 （件） 312 398 27.6%", "27.6%", "21.0%", "growth"),
    # records of name–value pairs on one line
    ("行政诉讼 一审审结 142 败诉 9 败诉率 6.3% 二审审结 58 败诉 2 败诉率 3.4%", "3.4%", "9.4%", "rate"),
    ("受理 1204 办结 1188 办结率 98.7%", "98.7%", "90.7%", "rate"),
    ("复议 120 诉讼 80 合计 200", "200", "210", "rowsum"),
    # one row without its header: the growth of either level to the other
    ("全年行政复议情况如下。\n行政复议 312 398 27.6%\n", "27.6%", "24.6%", "lone"),
    ("全年办结情况如下。\n马田街道 986 951 96.5%\n", "96.5%", "90.5%", "lone"),
    ("全年行政复议情况如下。\n行政复议 312件 398件 27.6%\n", "27.6%", "24.6%", "lone"),
]


@pytest.mark.parametrize("good,fig,wrong,key", PAIRS)
def test_flattened_tables_are_checked(good, fig, wrong, key):
    assert lint_text(good + "\n", RULES, registry=REG) == []
    found = lint_text(good.replace(fig, wrong, 1) + "\n", RULES, registry=REG)
    assert [(f.code, f.key) for f in found] == [("LG110", key)], [f.message("en") for f in found]
    f = found[0]
    at = good.index(fig)        # the wrong figure is the flagged cell or one of its operands
    assert f.evidence and any(a <= at < b for a, b in [(f.start, f.end)] + [(r.start, r.end) for r in f.related])


@pytest.mark.parametrize("text", [
    # a row of a real indicators table: achieved growth beside the target, no % in the cells
    "地区生产总值3003亿元\t8.8\t8.5-9.0\n",
    # products table without a base column
    "产品名称\t计量单位\t产量\t较上年±%\n饮料酒\t千升\t15767\t18.64\n塑料制品\t吨\t183946\t26.63\n",
    # a phone number, a list of years, a date, a page number
    "联系电话 0771 2345678 转 8001\n",
    "2019 2020 2021 2022 2023\n",
    "2023 年 12 月 31 日\n",
    "第 12 页 共 30 页\n",
    # a row with a cell missing: the header names three columns after the label
    "指标 上年 本年 增幅 行政复议收案（件） 412 486\n",
    # a sentence with spaces is not a row
    "全年审结案件 312 件，其中维持 208 件，纠错 86 件，占 27.6%。\n",
])
def test_lines_of_figures_that_are_not_tables(text):
    doc = Document(text)
    assert tables_of(doc) == [] and lone_rows(doc) == []
    assert lint_text(text, RULES, registry=REG) == []


@pytest.mark.parametrize("text", [
    # 398 falling to 312 is −21.6% (a 降幅 column): a reading
    "全年情况如下。\n行政复议 312 398 21.6%\n",
    # a ratio of the two (网办量 ÷ 办件量), its complement, the share of the two, a difference in points
    "全年情况如下。\n甲区 1200 1080 90.0%\n",
    "全年情况如下。\n甲区 1200 1080 10.0%\n",
    "全年情况如下。\n甲区 1200 1080 47.4%\n",
    "全年情况如下。\n纠错率（%） 11.2 14.6 3.4%\n",
    # levels of different sizes are not a growth row (a count and an amount)
    "全年情况如下。\n行政复议 312 5000 21.6%\n",
    # years, not levels
    "全年情况如下。\n时间 2019年 2021年 12%\n",
    # a block of rows without a header: any columns
    "行政复议 312 398 24.6%\n行政诉讼 208 230 31.0%\n",
])
def test_lone_rows_stay_silent_when_a_reading_fits(text):
    assert lint_text(text, RULES, registry=REG) == []


def test_flattened_line_is_read_as_the_same_table():
    g, = tables_of(Document("类别 件数 占比 维持 268 64.1% 纠错 86 20.6% 其他 64 15.3% 合计 418 100%\n"))
    assert [c.head for c in g.columns] == ["类别", "件数", "占比"]
    assert [c.kind for c in g.columns] == ["label", "count", "share"]
    assert [l for l in g.labels[1:]] == ["维持", "纠错", "其他", "合计"]
    g, = tables_of(Document("序号 指标 上年 本年 增减 1 一般公共预算收入（亿元） 218.4 236.8 18.4 2 税收收入（亿元） 182.6 190.3 7.7\n"))
    assert [c.kind for c in g.columns] == ["label", "count", "count", "delta"]
    assert [c.period for c in g.columns[1:3]] == ["prior", "current"]
