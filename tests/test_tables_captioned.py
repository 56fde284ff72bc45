"""Tables on one line with their caption before the header (spaces or ｜ between cells), and two more column kinds
LG110 checks row by row: a mean column (人均 = one count of the row over another) and a running total (累计 = the
row before's 累计 + the row's value).  Each once consistent and once with one wrong cell; traps stay silent."""
import pytest

from lintgov.claims.tables import tables_of
from lintgov.document import Document
from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]

# (consistent text, figure as printed, wrong figure, finding key)
PAIRS = [
    # a caption, a table number and a unit note before the header
    ("表3 2025年信访事项办理情况（单位：件） 渠道 登记 办结 来信 152 149 来访 87 85 网上信访 310 306 合计 549 540",
     "540", "544", "default"),
    # cells between ｜, a caption first, a rate column
    ("各镇街12345热线办理情况｜镇街｜转办（件）｜办结（件）｜办结率｜城南街道｜2,400｜2,352｜98.0%｜城北街道｜1,600｜1,520｜95.0%",
     "95.0%", "97.0%", "rate"),
    # a caption of several words before a header naming no measure
    ("二〇二五年 行政执法 情况表 执法领域 检查 处罚 生态环境 64 12 交通运输 48 9 城市管理 120 35 合计 232 56",
     "56", "66", "default"),
    # the caption's unit note makes the counts exact: a sum one off is wrong
    ("2025年信访事项办理情况（单位：件）｜渠道｜登记｜办结｜来信｜152｜149｜来访｜87｜85｜合计｜239｜234", "234", "235", "default"),
    # a share column and a 合计 row at 100%, a caption first
    ("行政应诉案件结果分布 结果 件数 比重 驳回 156 78.0% 撤销 24 12.0% 其他 20 10.0% 合计 200 100.0%",
     "12.0%", "15.0%", "share"),
    # a mean column (办案数 ÷ 人员), the header on its own line
    ("执法单位 人员（人） 办案数（件） 人均办案（件）\n一中队 15 135 9.0\n二中队 12 96 8.0\n三中队 10 105 10.5\n",
     "8.0", "8.6", "mean"),
    # a mean column with its denominator after the numerator, flattened, a caption before
    ("各所人均结案情况 法庭 结案（件） 法官（人） 平均每人结案（件） 城关法庭 420 6 70.0 河西法庭 315 5 63.0 山区法庭 180 3 60.0",
     "63.0", "65.0", "mean"),
    # a running total, quarters in Chinese numerals, the header on its own line
    ("时段 本季新增 累计新增\n第一季度 12 12\n第二季度 18 30\n第三季度 25 55\n第四季度 20 75\n", "55", "59", "cumulative"),
    # counts in 件: exact, so a running total one off is wrong
    ("季度 新收（件） 累计新收（件）\n一季度 40 40\n二季度 55 95\n三季度 60 155\n四季度 48 203\n", "155", "156", "cumulative"),
    # a running total flattened on one line, a header naming no measure
    ("季度 当季办结 累计办结 一季度 30 30 二季度 26 56 三季度 41 97 四季度 35 132", "97", "103", "cumulative"),
]


@pytest.mark.parametrize("good,fig,wrong,key", PAIRS)
def test_captioned_and_row_kinds_are_checked(good, fig, wrong, key):
    assert lint_text(good + "\n", RULES, registry=REG) == []
    bad = good[::-1].replace(fig[::-1], wrong[::-1], 1)[::-1]       # the last occurrence
    found = lint_text(bad + "\n", RULES, registry=REG)
    keys = [(f.code, f.key) for f in found]
    assert ("LG110", key) in keys and all(k[0] == "LG110" for k in keys), [f.message("en") for f in found]
    f = next(f for f in found if f.key == key)
    assert f.evidence and "formula" in f.evidence


def test_captioned_line_is_read_with_its_caption():
    g, = tables_of(Document("表3 2025年信访事项办理情况（单位：件） 渠道 登记 办结 来信 152 149 来访 87 85 合计 239 234\n"))
    assert [c.head for c in g.columns] == ["渠道", "登记", "办结"]
    assert g.labels[1:] == ["来信", "来访", "合计"]
    assert "信访事项办理情况" in g.caption
    g, = tables_of(Document("各镇街办理情况｜镇街｜转办（件）｜办结（件）｜城南街道｜2,400｜2,352｜城北街道｜1,600｜1,520\n"))
    assert [c.head for c in g.columns] == ["镇街", "转办（件）", "办结（件）"]
    assert g.caption == "各镇街办理情况"


@pytest.mark.parametrize("text", [
    # a mean whose operands are of other scales (万元 over 人: 元 per person): no pair of the row explains it
    "区县 总收入（万元） 人口（人） 人均收入（元）\n东区 5,200 1,300 40,000\n西区 3,600 1,200 30,000\n南区 2,000 800 25,000\n",
    # a mean column no pair of columns explains (the mean of something the table does not hold)
    "单位 人员 案件 人均结案\n一队 10 80 6.2\n二队 12 90 5.9\n三队 8 70 7.1\n",
    # a 合计 row whose mean is the mean of the rows' means, not total over total
    "单位 人员 案件 人均\n一队 10 80 8.0\n二队 20 100 5.0\n合计 30 180 6.5\n",
    # 累计 over items, not periods: no running total
    "指标 本月 累计\n受理 30 310\n办结 28 296\n督办 5 47\n",
    # 1-月累计 beside 本月 for indicators of a month
    "指标 本月 1-5月累计\n行政许可 120 610\n行政处罚 45 230\n行政检查 300 1,420\n",
    # a running total that starts afresh: only one step of three explained, no reading of the table
    "季度 当季 累计\n一季度 40 40\n二季度 55 60\n三季度 60 80\n四季度 45 70\n",
    # a caption and a header with one row only: no table read by structure alone
    "各区情况 区县 受理 办结 东区 12 11\n",
    # words then numbers that are a sentence, not rows (no second row of as many numbers)
    "全市 共有 执法 人员 1,200 人 其中 一线 800\n",
])
def test_traps_stay_silent(text):
    assert lint_text(text, RULES, registry=REG) == []


def test_a_caption_that_names_means_does_not_make_a_whole_row():
    # the first row names a whole only when the table adds up; a 人均 caption says it does not
    g, = tables_of(Document("表5 城乡居民人均可支配收入 指标 2024年 2023年 全体居民 42,100 40,300 城镇居民 51,800 49,900 农村居民 23,400 22,000\n"))
    assert g.whole_first() == -1
