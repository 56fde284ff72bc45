"""Tables as figures (lintgov.claims.tables, LG110): the same tables as .docx, .html, .md and flattened into
.txt, once consistent and once with one wrong cell — sums of columns and rows against 合计, shares against the
column total, growth and change against the two period columns."""
import os
import sys

import pytest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from lintgov.claims import ledger  # noqa: E402
from lintgov.claims.tables import tables_of  # noqa: E402
from lintgov.engine import Context, lint_documents, read_document  # noqa: E402
from lintgov.plugins import build_registry  # noqa: E402

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]

INTRO = "2023年行政复议和行政应诉情况如下。"

# (name, rows (header first), expected findings as (key, text of the flagged cell) on the table)
TABLES = [
    ("sum-ok", [["类别", "件数", "占比"], ["行政复议", "312", "60.0%"], ["行政诉讼", "208", "40.0%"],
                ["合计", "520", "100%"]], []),
    ("sum-bad", [["类别", "件数", "占比"], ["行政复议", "312", "60.0%"], ["行政诉讼", "208", "40.0%"],
                 ["合计", "530", "100%"]], [("default", "530")]),
    ("share-bad", [["类别", "件数", "占比"], ["行政复议", "312", "64.0%"], ["行政诉讼", "208", "40.0%"],
                   ["合计", "520", "100%"]], [("share", "64.0%")]),
    ("total-first", [["类别", "件数（件）", "占比（%）"], ["合计", "1250", "100"], ["行政复议", "486", "38.9"],
                     ["行政应诉", "389", "31.1"], ["行政调解", "375", "30.0"]], []),
    ("total-first-bad", [["类别", "件数（件）", "占比（%）"], ["合计", "1150", "100"], ["行政复议", "486", "42.3"],
                         ["行政应诉", "389", "33.8"], ["行政调解", "375", "32.6"]], [("default", "1150")]),
    ("growth-ok", [["项目", "2022年", "2023年", "同比增长"], ["行政复议", "312", "398", "27.6%"],
                   ["行政诉讼", "208", "230", "10.6%"], ["合计", "520", "628", "20.8%"]], []),
    ("growth-bad", [["项目", "2022年", "2023年", "同比增长"], ["行政复议", "312", "398", "21.6%"],
                    ["行政诉讼", "208", "230", "10.6%"], ["合计", "520", "628", "20.8%"]], [("growth", "21.6%")]),
    ("decline", [["项目", "上年", "本年", "增减（%）"], ["信访件", "860", "774", "-10.0"], ["来访人次", "1200", "1104", "-8.0"]],
     []),
    ("decline-bad", [["项目", "上年", "本年", "增减（%）"], ["信访件", "860", "774", "-12.0"],
                     ["来访人次", "1200", "1104", "-8.0"]], [("growth", "-12.0")]),
    ("delta-bad", [["项目", "上年", "本年", "增减（件）"], ["受理", "560", "612", "52"], ["审结", "540", "598", "68"]],
     [("delta", "68")]),
    ("rowsum-ok", [["单位", "男", "女", "合计"], ["公务员", "1260", "830", "2090"], ["事业人员", "3120", "4410", "7530"]], []),
    ("rowsum-bad", [["单位", "男", "女", "合计"], ["公务员", "1260", "830", "2190"], ["事业人员", "3120", "4410", "7530"]],
     [("rowsum", "2190")]),
    ("money-subtotals", [["项目", "金额（万元）"], ["工资福利", "1234.5"], ["商品服务", "765.5"], ["小计", "2000.0"],
                         ["基建", "300.2"], ["设备", "99.8"], ["小计", "400.0"], ["合计", "2400.0"]], []),
    ("qizhong-rows", [["类别", "件数"], ["行政复议", "312"], ["其中：维持", "200"], ["行政诉讼", "208"],
                      ["合计", "520"]], []),
    ("no-total", [["类别", "件数", "占比"], ["行政复议", "312", "60.0%"], ["行政诉讼", "208", "40.0%"]], []),
    ("no-total-bad", [["类别", "件数", "占比"], ["行政复议", "312", "62.0%"], ["行政诉讼", "208", "38.0%"]],
     [("share", "62.0%"), ("share", "38.0%")]),
    # a 率 column that is one cell of the row over another (结案率 beside 收案 and 结案)
    ("row-rate-ok", [["案件类型", "收案", "结案", "结案率"], ["行政复议", "312", "298", "95.5%"],
                     ["行政诉讼", "186", "171", "91.9%"], ["合计", "498", "469", "94.2%"]], []),
    ("row-rate-bad", [["案件类型", "收案", "结案", "结案率"], ["行政复议", "312", "298", "95.5%"],
                      ["行政诉讼", "186", "171", "81.9%"], ["合计", "498", "469", "94.2%"]], [("rate", "81.9%")]),
    # two rows: the head names the numerator (结案率 → 结案), so one row that fits is enough
    ("row-rate-named-bad", [["案件类型", "收案（件）", "结案（件）", "结案率"], ["行政复议", "312", "298", "95.5%"],
                            ["行政诉讼", "186", "171", "81.9%"]], [("rate", "81.9%")]),
    # an 占比 column of the row (网办量 ÷ 办件量), not of the column total: was flagged on every row
    ("row-share-ok", [["区县", "办件量", "网办量", "网办占比"], ["甲区", "1200", "1080", "90.0%"],
                      ["乙区", "800", "600", "75.0%"], ["合计", "2000", "1680", "84.0%"]], []),
    ("row-share-bad", [["区县", "办件量", "网办量", "网办占比"], ["甲区", "1200", "1080", "90.0%"],
                       ["乙区", "800", "600", "65.0%"], ["合计", "2000", "1680", "84.0%"]], [("rate", "65.0%")]),
    # the complement of a row's ratio (不合格率 beside 抽查 and 合格)
    ("row-complement-ok", [["单位", "抽查（卷）", "合格（卷）", "不合格率"], ["甲局", "120", "114", "5.0%"],
                           ["乙局", "80", "72", "10.0%"], ["合计", "200", "186", "7.0%"]], []),
    ("row-complement-bad", [["单位", "抽查（卷）", "合格（卷）", "不合格率"], ["甲局", "120", "114", "5.0%"],
                            ["乙局", "80", "72", "12.0%"], ["合计", "200", "186", "7.0%"]], [("rate", "12.0%")]),
    # a rate no pair of the row explains in two rows (毛入学率 of a population not in the table): no reading, silent
    ("row-rate-unexplained", [["学段", "在校生（人）", "教师（人）", "毛入学率"], ["小学", "18620", "1103", "104.2%"],
                              ["初中", "8410", "702", "101.3%"], ["高中", "5230", "468", "92.6%"]], []),
    # -- round 63: a column's role read once from its head (tables of my own, in layouts the written sets lack) --
    # a change in points between two period columns of rates (上年（%）/本年（%）, or cells with %)
    ("points-ok", [["指标", "2023年（%）", "2024年（%）", "提高（百分点）"], ["行政复议纠错率", "14.2", "16.8", "2.6"],
                   ["调解结案率", "31.5", "29.9", "-1.6"]], []),
    ("points-bad", [["指标", "2023年（%）", "2024年（%）", "提高（百分点）"], ["行政复议纠错率", "14.2", "16.8", "4.6"],
                    ["调解结案率", "31.5", "29.9", "-1.6"]], [("delta", "4.6")]),
    ("points-cells-bad", [["项目", "本年", "上年", "增减（个百分点）"], ["城镇化率", "68.1%", "66.8%", "1.3"],
                          ["森林覆盖率", "43.4%", "42.6%", "2.8"]], [("delta", "2.8")]),
    # a share of the whole printed as a row (全区 under 占全区比重)
    ("share-whole-row-ok", [["街道", "常住人口（万人）", "占全区比重（%）"], ["新安", "12.4", "38.3"], ["西乡", "9.8", "30.2"],
                            ["福永", "10.2", "31.5"], ["全区", "32.4", "100.0"]], []),
    ("share-whole-row-bad", [["街道", "常住人口（万人）", "占全区比重（%）"], ["新安", "12.4", "38.3"], ["西乡", "9.8", "36.2"],
                             ["福永", "10.2", "31.5"], ["全区", "32.4", "100.0"]], [("share", "36.2")]),
    # average growth over the span of the two year columns (5 years; 4 years with three year columns)
    ("avg-growth-ok", [["指标", "2019年", "2024年", "年均增长（%）"], ["专利授权量（件）", "3120", "5460", "11.8"],
                       ["市场主体（万户）", "12.6", "18.9", "8.4"]], []),
    ("avg-growth-bad", [["指标", "2019年", "2024年", "年均增长（%）"], ["专利授权量（件）", "3120", "5460", "16.8"],
                        ["市场主体（万户）", "12.6", "18.9", "8.4"]], [("average", "16.8")]),
    ("avg-growth-three-years-bad", [["指标", "2020年", "2022年", "2024年", "年均增速"], ["研发人员（人）", "850", "1020", "1240", "14.9%"],
                                    ["研发经费（亿元）", "31.5", "38.2", "46.0", "9.9%"]], [("average", "14.9%")]),
    # a rate of two cells of each row under a header whose first head holds 、 (区（县、市）)
    ("row-rate-comma-head-bad", [["区（县、市）", "申请（件）", "按期答复（件）", "按期答复率（%）"], ["城东区", "2310", "2236", "90.8"],
                                 ["城西区", "1562", "1481", "94.8"]], [("rate", "90.8")]),
    # a gap between two columns of the row (actual − target or target − actual)
    ("gap-ok", [["指标", "目标值", "实际值", "差距"], ["接待游客（万人次）", "1200", "1286", "86"], ["旅游收入（亿元）", "150.0", "146.2", "-3.8"]],
     []),
    ("gap-other-sign-ok", [["项目", "计划（个）", "完成（个）", "差额（个）"], ["新建公园", "30", "26", "4"], ["改造公园", "20", "20", "0"]], []),
    ("gap-bad", [["指标", "目标值", "实际值", "差距"], ["接待游客（万人次）", "1200", "1286", "96"], ["旅游收入（亿元）", "150.0", "146.2", "-3.8"]],
     [("gap", "96")]),
    # a budget's execution: 决算 over 年初预算
    ("budget-ok", [["科目", "年初预算（万元）", "决算（万元）", "执行率（%）"], ["一般公共服务", "5120.0", "4862.5", "95.0"],
                   ["教育", "420.0", "386.4", "92.0"]], []),
    ("budget-bad", [["科目", "年初预算（万元）", "决算（万元）", "执行率（%）"], ["一般公共服务", "5120.0", "4862.5", "95.0"],
                    ["教育", "420.0", "386.4", "98.0"]], [("rate", "98.0")]),
    # the prior level is the level less the increase (本年 / 比上年增加 / 增长)
    ("increase-base-ok", [["指标", "2024年", "比上年增加", "增长（%）"], ["户籍人口（万人）", "126.4", "8.6", "7.3"],
                          ["常住人口（万人）", "48.2", "3.1", "6.9"]], []),
    ("increase-base-bad", [["指标", "2024年", "比上年增加", "增长（%）"], ["户籍人口（万人）", "126.4", "8.6", "12.3"],
                           ["常住人口（万人）", "48.2", "3.1", "6.9"]], [("growth", "12.3")]),
    # a communiqué's table without 合计: the row whose share is 100 is the whole (其中 rows and a second breakdown)
    ("share-100-row-ok", [["指标", "年末数（万人）", "比重（%）"], ["常住人口", "4527.98", "100.0"], ["其中：城镇", "2810.52", "62.07"],
                          ["乡村", "1717.46", "37.93"], ["男性", "2291.20", "50.60"], ["女性", "2236.78", "49.40"]], []),
    ("share-100-row-bad", [["指标", "年末数（万人）", "比重（%）"], ["常住人口", "4527.98", "100.0"], ["其中：城镇", "2810.52", "62.07"],
                           ["乡村", "1717.46", "32.93"], ["男性", "2291.20", "50.60"], ["女性", "2236.78", "49.40"]],
     [("share", "32.93")]),
    # a 其中 row's share may be of the row it breaks down
    ("qizhong-share-of-parent-ok", [["类别", "件数", "占比"], ["行政复议", "300", "60.0%"], ["其中：维持", "200", "66.7%"],
                                    ["行政诉讼", "200", "40.0%"], ["合计", "500", "100%"]], []),
    ("qizhong-share-bad", [["类别", "件数", "占比"], ["行政复议", "300", "60.0%"], ["其中：维持", "200", "56.7%"],
                           ["行政诉讼", "200", "40.0%"], ["合计", "500", "100%"]], [("share", "56.7%")]),
    # a change head of one word (提高) over two year columns of rates
    ("change-word-head-bad", [["指标", "2023年", "2024年", "提高"], ["城镇化率（%）", "66.8", "68.1", "3.3"],
                              ["森林覆盖率（%）", "42.6", "43.4", "0.8"]], [("delta", "3.3")]),
    # a completion rate over the plan its head names (调整预算 of two budgets); 完成预算 may be over either budget
    ("completion-named-plan-bad", [["指标", "年初预算", "调整预算", "决算", "完成调整预算（%）"],
                                   ["一般公共预算支出（亿元）", "420.0", "436.5", "428.1", "92.1"],
                                   ["税收返还（亿元）", "20.0", "22.0", "21.5", "97.7"]], [("rate", "92.1")]),
    ("completion-either-plan-ok", [["指标", "预算", "调整预算", "决算", "完成预算（%）"],
                                   ["一般公共预算支出（亿元）", "420.0", "436.5", "428.1", "98.1"],
                                   ["税收返还（亿元）", "20.0", "22.0", "21.5", "97.7"]], []),
    # silent: an average span named in the head whose first year is no column; a 全市 share in a table of a 全区 row
    ("avg-span-elsewhere", [["指标", "2022年", "2024年", "年均增长（2015—2024年，%）"], ["专利授权量（件）", "3120", "5460", "9.0"],
                            ["市场主体（万户）", "12.6", "18.9", "6.1"]], []),
    ("gap-one-level", [["指标", "本年", "增减"], ["受理（件）", "312", "26"], ["办结（件）", "298", "-4"]], []),
]


def _docx(rows):
    from test_formats import make_docx, para, table
    return make_docx(para(INTRO) + table([[para(c) for c in r] for r in rows]) + para("以上为全年情况。"))


def _html(rows):
    head = "".join(f"<th>{c}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows[1:])
    return (f"<html><head><meta charset='utf-8'><title>报告</title></head><body><p>{INTRO}</p>"
            f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table><p>以上为全年情况。</p></body></html>")


def _md(rows):
    out = [INTRO, "", "| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    return "\n".join(out + ["", "以上为全年情况。", ""])


def _txt(rows):
    return "\n".join([INTRO] + [" ".join(r) for r in rows] + ["以上为全年情况。", ""])


def _tsv(rows):
    return "\n".join([INTRO] + ["\t".join(r) for r in rows] + ["以上为全年情况。", ""])


FORMATS = {"docx": lambda r: _docx(r), "html": lambda r: _html(r).encode("utf-8"),
           "md": lambda r: _md(r).encode("utf-8"), "txt": lambda r: _txt(r).encode("utf-8"),
           "tsv": lambda r: _tsv(r).encode("utf-8")}


def _lint(tmp_path, fmt, rows):
    path = tmp_path / f"t.{'txt' if fmt == 'tsv' else fmt}"
    path.write_bytes(FORMATS[fmt](rows))
    doc = read_document(str(path), path.name, REG)
    found, notes = lint_documents([doc], RULES, Context(registry=REG))
    assert not notes
    return doc, found


@pytest.mark.parametrize("fmt", sorted(FORMATS))
@pytest.mark.parametrize("name,rows,expected", TABLES, ids=[t[0] for t in TABLES])
def test_tables_in_every_format(tmp_path, fmt, name, rows, expected):
    doc, found = _lint(tmp_path, fmt, rows)
    (g,) = tables_of(doc)
    assert len(g.rows) == len(rows)
    got = sorted((f.key, doc.text[f.start:f.end]) for f in found)
    assert got == sorted(expected), [f.message("en") for f in found]


def test_checked_cells_are_in_the_ledger(tmp_path):
    doc, found = _lint(tmp_path, "md", TABLES[5][1])      # growth-ok
    assert not found
    checks = [c for c in ledger(doc) if c.rule == "LG110"]
    families = {c.family for c in checks}
    assert families == {"table-sum", "table-growth"}
    assert all(c.consistent for c in checks)
    assert {doc.text[c.start:c.end] for c in checks if c.family == "table-growth"} == {"27.6%", "10.6%", "20.8%"}


def test_finding_shows_its_evidence(tmp_path):
    doc, found = _lint(tmp_path, "html", TABLES[1][1])     # sum-bad
    (f,) = found
    assert f.evidence["parts"] == [312, 208] and f.evidence["total"] == 530
    assert "312+208 = 520" in f.message("en")
    assert [doc.text[r.start:r.end] for r in f.related] == ["312", "208"]


@pytest.mark.parametrize("text", [
    # prose with spaces, a header line without rows, rows that do not match the header: not tables
    "全年审结案件 312 件，其中维持 208 件。\n他说 123 456 789 都不对\n",
    "类别 件数 占比\n全年审结案件312件。\n",
    "类别 件数 占比\n行政复议 312 60.0% 多余\n行政诉讼 208 40.0%\n合计 530 100%\n",
    "一季度 二季度 三季度\n12 13 14\n15 16 17\n",
])
def test_text_is_read_as_a_table_only_when_the_header_says_so(text):
    from lintgov.document import Document
    assert tables_of(Document(text)) == []


def test_merged_cells_leave_the_table_unread(tmp_path):
    page = ("<html><body><p>情况如下。</p><table><tr><th>类别</th><th colspan='2'>件数</th></tr>"
            "<tr><td>复议</td><td>3</td><td>4</td></tr><tr><td>合计</td><td>9</td><td>9</td></tr></table></body></html>")
    path = tmp_path / "m.html"
    path.write_text(page, encoding="utf-8")
    doc = read_document(str(path), path.name, REG)
    assert doc.tables and tables_of(doc) == []


def test_table_cells_take_their_role_from_the_column(tmp_path):
    from lintgov.claims import claims_of, coverage
    doc, found = _lint(tmp_path, "docx", TABLES[3][1])     # total-first: 件数（件） and 占比（%）
    assert not found
    roles = {doc.text[f.start:f.end]: f.role for f in claims_of(doc).figures}
    assert roles["38.9"] == "share" and roles["486"] == "level"
    cov = coverage([doc])
    assert cov["inconsistent"] == 0 and cov["relations_checked"] >= 4
    # every share cell of the table was checked, so none is counted as not checkable
    assert cov["not_checkable"] == 0


@pytest.mark.parametrize("total,expected", [("300", []), ("310", [("default", "310")])])
def test_a_title_row_above_the_header_is_set_aside(tmp_path, total, expected):
    page = ("<html><head><meta charset='utf-8'><title>x</title></head><body><p>情况如下。</p><table>"
            "<tr><th colspan='3'>表1 2023年行政复议案件情况（单位：件）</th></tr>"
            "<tr><th>类别</th><th>件数</th><th>占比</th></tr>"
            "<tr><td>维持</td><td>180</td><td>60.0%</td></tr><tr><td>撤销</td><td>120</td><td>40.0%</td></tr>"
            f"<tr><td>合计</td><td>{total}</td><td>100%</td></tr></table></body></html>")
    path = tmp_path / "t.html"
    path.write_text(page, encoding="utf-8")
    doc = read_document(str(path), path.name, REG)
    found, _ = lint_documents([doc], RULES, Context(registry=REG))
    (g,) = tables_of(doc)
    assert [c.head for c in g.columns] == ["类别", "件数", "占比"]
    assert sorted((f.key, doc.text[f.start:f.end]) for f in found) == expected


@pytest.mark.parametrize("text,flagged", [
    # a share of a wider total than the table's (占全省比重) is not a share of its 合计
    ("城市 地区生产总值（亿元） 占全省比重\n甲市 3120.5 10.2%\n乙市 2210.3 7.2%\n合计 5330.8 17.4%\n", []),
    # 地区生产总值 grows at comparable prices: not the ratio of its nominal levels
    ("指标 2022年 2023年 增长（%）\n地区生产总值 4512.3 4830.6 5.2\n一般公共预算收入 312.5 336.1 7.6\n", []),
    ("指标 2022年 2023年 增长（%）\n地区生产总值 4512.3 4830.6 5.2\n一般公共预算收入 312.5 336.1 9.6\n", ["9.6"]),
    # amounts of unknown unit may be rounded: 12 + 35 against 48 is within rounding
    ("项目 金额 占比\n工资 12 25.5%\n商品 35 74.5%\n合计 48 100%\n", []),
    ("项目 金额 占比\n工资 12 25.5%\n商品 35 74.5%\n合计 58 100%\n", ["58"]),
    # a note under the table: growth at comparable prices or on a comparable basis is not the ratio of the levels
    ("指标 2023年 2024年 增长（%）\n一般公共预算收入 312.5 336.1 9.6\n税收收入 250.2 262.0 8.1\n注：增长速度按可比口径计算。\n", []),
    ("指标 2019年 2024年 年均增长（%）\n工业总产值 812.5 1120.4 9.6\n\n说明：增速按可比价格计算。\n", []),
    ("指标 2019年 2024年 年均增长（%）\n工业总产值 812.5 1120.4 9.6\n\n以上为全年情况。\n", ["9.6"]),
    # a mean column is not added up by the 合计 row (its 合计 is the mean of all), a count column is
    ("区县 人口（万人） 人均可支配收入（元）\n甲县 10.2 30120\n乙县 20.4 36480\n合计 30.6 34360\n", []),
    ("区县 人口（万人） 人均可支配收入（元）\n甲县 10.2 30120\n乙县 20.4 36480\n合计 31.6 34360\n", ["31.6"]),
    # a 占全市 share in a table whose whole row is 合计 of some districts: the rows are the whole only when their
    # shares add up to 100
    ("区域 企业数（家） 占全市比重（%）\n高新区 1180 30.2\n经开区 620 15.9\n合计 1800 46.1\n", []),
    # a header spread over two lines: the units under the columns
    ("指标\t2023年\t2024年\t增长\n\t（亿元）\t（亿元）\t（%）\n一般公共预算收入\t186.4\t198.6\t6.5\n税收收入\t148.2\t156.3\t10.5\n",
     ["10.5"]),
    ("项目 上年 本年 变动\n（%） （%） （百分点）\n城镇化率 66.8 68.1 1.3\n森林覆盖率 42.6 43.4 0.8\n", []),
    ("项目 上年 本年 变动\n（%） （%） （百分点）\n城镇化率 66.8 68.1 3.3\n森林覆盖率 42.6 43.4 0.8\n", ["3.3"]),
    # two year columns years apart: the growth over the span, or its yearly average; a 比上年 head is of the year before
    ("指标 2020年 2024年 增长（%）\n研发经费（亿元） 52.8 86.4 63.6\n高新技术企业（家） 1068 2460 23.2\n", []),
    ("指标 2020年 2024年 增长（%）\n研发经费（亿元） 52.8 86.4 73.6\n高新技术企业（家） 1068 2460 130.3\n", ["73.6"]),
    ("指标 2020年 2024年 比上年增长（%）\n研发经费（亿元） 52.8 86.4 9.1\n高新技术企业（家） 1068 2460 12.0\n", []),
])

def test_readings_that_keep_a_table_silent(text, flagged):
    from lintgov.engine import lint_text
    found = lint_text(text, RULES, registry=REG)
    assert [text[f.start:f.end] for f in found] == flagged, [f.message("en") for f in found]


@pytest.mark.parametrize("name", ["points-ok", "share-whole-row-ok", "avg-growth-ok", "row-rate-comma-head-bad", "gap-ok",
                                  "budget-ok", "increase-base-ok"])
def test_column_roles_agree_across_formats(tmp_path, name):
    """One model for every source: the same table as .docx, .html, .md, spaces and tabs gets the same column roles."""
    rows = next(t[1] for t in TABLES if t[0] == name)
    seen = set()
    for fmt in sorted(FORMATS):
        doc, _ = _lint(tmp_path, fmt, rows)
        (g,) = tables_of(doc)
        seen.add(tuple((c.head, c.kind, c.period, c.year, c.span, c.gap) for c in g.columns))
    assert len(seen) == 1, seen
