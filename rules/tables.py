"""Tables checked as figures (LG110): the cells of a column add up to its 合计 row, the cells of a row to
its 合计 column, an 占比 column matches its counts over the column total (or the whole's row: 全市 under 占全市比重, the
row whose share is 100; or, row by row, two cells of its row: 网办量 ÷ 办件量; a 率 column too: 结案 ÷ 收案, 决算 ÷
预算), a 同比/增长 column matches the 本年 and 上年 (or two year) columns (or 本年 less the increase column), a change in
points the two rate columns of a period, a 年均增长 column two year columns over their span, and a 差距 column the
difference of the two columns before it.  Tables come from :mod:`lintgov.claims.tables` (.docx, .html, .md
tables, and tables flattened into plain text when their header names the columns); every printed figure
stands for its rounding interval (whole counts are exact) and a cell is flagged only when no reading of
the table explains it (with or without the 其中 rows; of the block's 小计 or of the grand total)."""
from __future__ import annotations

import re
from typing import Iterator, List, Optional, Sequence, Tuple

from lintgov import hookimpl, lazyre
from lintgov.claims import record
from lintgov.claims.rates import count_interval, is_count, measure_of
from lintgov.claims.tables import SCOPE_TOTAL_LABEL, Cell, Grid, LoneRow, lone_rows, tables_of
from lintgov.quantities import quantities_in
from lintgov.rule import Related, Rule, bad, good
from lintgov.rules.arithmetic import fmt_num
from lintgov.claims.grammar import digits_masked

_DOWN_HEAD = lazyre.compile(r"下降|减少|減少|降幅|减幅|減幅")
#: a share of a wider total than the table's (占全省比重 in a table of the province's cities)
_WIDER = lazyre.compile(r"全国|全國|全省|全市|全区|全區|全县|全縣|全球|世界|国内|國內")
#: growth that is real (at comparable prices), not the ratio of the nominal levels beside it
_REAL_GROWTH = lazyre.compile(r"生产总值|生產總值|GDP|增加值|可比价|可比價|不变价|不變價")
#: a note under a table saying its growth is not the ratio of its levels (可比价格, 可比口径, 扣除价格因素)
_REAL_NOTE = lazyre.compile(r"可比|不变价|不變價|扣除|剔除|同口径|同口徑")


def _iv(cell: Cell, exact: bool) -> Tuple[float, float]:
    return cell.interval(exact)


def _fmt(x: float, dec: int) -> str:
    if dec <= 0 and abs(x - round(x)) < 1e-9:
        return f"{int(round(x)):d}"
    return f"{x:.{max(dec, 0)}f}"


def _blocks(g: Grid) -> List[Tuple[int, List[int]]]:
    """(total row, the rows it totals): the rows since the previous total, or — for a total right under
    the header — the rows after it up to the next total."""
    out: List[Tuple[int, List[int]]] = []
    parts: List[int] = []
    pending: Optional[int] = None
    for r in g.data_rows():
        if g.is_total(r):
            if pending is not None:
                out.append((pending, parts))
                parts = []
                pending = None
            if parts:
                out.append((r, parts))
                parts = []
            else:
                pending = r
        else:
            parts.append(r)
    if pending is not None and parts:
        out.append((pending, parts))
    return out


def _readings(g: Grid, rows: Sequence[int]) -> List[List[int]]:
    """The ways a total may add up its rows: every row but 其中 rows and subtotals, the subtotals only,
    every row but subtotals."""
    plain = [r for r in rows if not g.is_subtotal(r) and not g.is_sub_row(r)]
    subs = [r for r in rows if g.is_subtotal(r)]
    allr = [r for r in rows if not g.is_subtotal(r)]
    out = []
    for x in (plain, subs, allr):
        if len(x) >= 2 and x not in out:
            out.append(x)
    return out


class TableMismatch(Rule):
    code = "LG110"
    name = "table-mismatch"
    category = "arithmetic"
    level = "error"
    summary = {"zh": "表格中的合计、占比或增幅与各单元格不符",
               "en": "A table's total, share or growth does not match its cells"}
    description = {
        "zh": "读取 .docx、.html、.md 中的表格（以及纯文本中表头写明各列、各行以空白分隔的表格）：各行之和应等于合计行，"
              "各列之和应等于合计列；占比列应等于该行数值除以合计（或各行之和）；同比/增长列应与本年、上年（或相邻两年）两列相符。"
              "纯文本表格的行名可含空格和括号内的单位，表头可有“单位”列，年份列顺序不限（取最近一年与其上一年），"
              "表头写明年份或增幅时一行也可核对。“率”或“占比”列若逐行等于本行两个数值之比（结案率＝结案÷收案，网办占比＝网办量÷办件量，"
              "或其补数：不合格率＝1−合格÷抽查），按该读法核对（须除至多一行外各行都符合，或表头点明分子且其余各行符合）。“比年初计划增多N”“超年初计划N”“超年初计划的N倍”与完成数、计划数"
              "（同一行的计划栏或句中“计划…”）核对。“变动（百分点）”列与上年、本年两个比率列之差核对；“年均增长”列与两个年份列"
              "（或表头写明的起止年份）按年数开方核对；“差距/差额”列与其前两列之差（任一方向）核对；只有本年和增减量两列时，上年数"
              "取本年减增减量；“执行率/完成率”可除以“预算”列；“占全市比重”以全市行为总体，无合计行时以占比为100的行为总体；"
              "人均、平均、排名等列不求和；表下注明按可比价格或可比口径计算的增长不核对；相隔数年的两个年份列（2020年、2024年）旁的增长"
              "按累计增长或年均增长核对（表头写“同比/比上年”的不核对）；表头第二行只列单位时并入表头。一行中表题（及“单位：件”）可在表头之前，各格以空格或“｜”分隔。“人均/平均”列若逐行等于本行两数之比（人均＝办案数÷人员）、"
              "“累计”列若逐行等于上一行累计加本行数值，按该读法核对（须除至多一行外各行都符合）。每个数字按其印刷精度取区间，只有任何读法都解释不了时才报告。",
        "en": "Reads the tables of .docx, .html and .md files (and tables flattened into plain text whose header line "
              "names the columns): the rows must add up to the 合计 row and the columns to a 合计 column; an 占比 "
              "column must equal the row's value over the total (or the sum of the rows); a 同比/增长 column must "
              "match the 本年 and 上年 (or two consecutive years, in either order: the latest year against the year "
              "before it) columns. In plain text a row name may hold spaces and its unit in brackets, the header may "
              "have a 单位 column, and one row is read under a header naming years or growth. A 率 or 占比 column that is, row "
              "by row, one count cell of the row over another (结案率 = 结案 ÷ 收案, 网办占比 = 网办量 ÷ 办件量, or the "
              "complement: 不合格率 = 1 − 合格 ÷ 抽查) is checked against that pair when it explains every row but at most "
              "one (or the head names the numerator). A result compared with its plan "
              "(比年初计划增多N, 超年初计划N, 超年初计划的N倍) is checked against the result before it and the plan (the row's "
              "plan cell on the line before, or 计划… in the sentence; a plan is exact as set). A change in points (变动（百分点）) is "
              "checked against two rate columns of a period; 年均增长 against two year columns (or the span its head names), "
              "(later / earlier)^(1/years) − 1; a 差距/差额 column against the difference of the two columns before it (either "
              "order); with only 本年 and an increase column, the prior level is the level less the increase; an execution or "
              "completion rate may be over a 预算 column; an 占全市比重 column is over the 全市 row and, without a 合计 row, over "
              "the row whose share is 100. Mean, rank and index columns are not added up; growth that a note under the table "
              "says is at comparable prices or on a comparable basis is not checked. A growth beside two year columns years apart is "
              "the growth over the span or its yearly average (not under a 同比/比上年 head); a header's second text line of units "
              "is read into the heads. On one line a caption (and its 单位：件 note) may stand before the header, cells split by "
              "spaces or ｜. A 人均/平均 column that is, row by row, one count of the row over another, and a 累计 column "
              "that is the row before's 累计 plus the row's value, are checked so when that reading explains every row "
              "but at most one. Every figure stands for its rounding "
              "interval; a cell is flagged only when no reading of the table explains it.",
    }
    authority = "逻辑一致；《党政机关公文处理工作条例》数字准确的要求；统计表合计与分项一致"
    messages = {
        "default": {"zh": "表格“{col}”列各行之和为{sum}，与{total_label}{total}不符：{formula}",
                "en": "column “{col}” adds up to {sum}, not {total_label} {total}: {formula}"},
        "rowsum": {"zh": "表格“{row}”行各列之和为{sum}，与合计{total}不符：{formula}",
                   "en": "row “{row}” adds up to {sum}, not the total {total}: {formula}"},
        "share": {"zh": "表格“{row}”行占比{stated}与数值不符：{part}÷{whole} = {recomputed}（容差±{tol}）",
                  "en": "the share {stated} of row “{row}” does not match: {part} ÷ {whole} = {recomputed} (±{tol})"},
        "growth": {"zh": "表格“{row}”行增幅{stated}与两年数值不符：{cur}÷{prior}−1 = {recomputed}（容差±{tol}）",
                   "en": "the growth {stated} of row “{row}” does not match: {cur} ÷ {prior} − 1 = {recomputed} (±{tol})"},
        "plan": {"zh": "与计划相比的{stated}与完成数{result}、计划数{plan}不符：{formula} = {recomputed}",
                 "en": "{stated} against the plan does not match the result {result} and the plan {plan}: {formula} = {recomputed}"},
        "rate": {"zh": "表格“{row}”行“{col}”{stated}与本行数值不符：{comp}{part}（{num}）÷{whole}（{den}）= {recomputed}（容差±{tol}）",
                 "en": "“{col}” {stated} of row “{row}” does not match the row: {comp}{part} ({num}) ÷ {whole} ({den}) = {recomputed} (±{tol})"},
        "rate-row": {"zh": "表格“{row}”行“{col}”列{stated}与该列数值不符：{part}（{num}）÷{whole}（{den}）= {recomputed}（容差±{tol}）",
                     "en": "row “{row}”, column “{col}”: {stated} does not match the column: {part} ({num}) ÷ {whole} ({den}) = {recomputed} (±{tol})"},
        "lone": {"zh": "“{row}”行的{stated}与{first}、{second}两个数值的任何读法都不符：{first}→{second}增长{g1}，"
                         "{second}→{first}增长{g2}，{second}÷{first} = {ratio}（容差±{tol}）",
                 "en": "the {stated} of row “{row}” fits no reading of {first} and {second}: growth {first} → {second} "
                       "= {g1}, {second} → {first} = {g2}, {second} ÷ {first} = {ratio} (±{tol})"},
        "delta": {"zh": "表格“{row}”行增减{stated}与两年数值不符：{cur}−{prior} = {recomputed}",
                  "en": "the change {stated} of row “{row}” does not match: {cur} − {prior} = {recomputed}"},
        "average": {"zh": "表格“{row}”行年均增长{stated}与首末两年数值不符：({last}÷{first})^(1/{n})−1 = {recomputed}"
                           "（容差±{tol}）",
                    "en": "the average growth {stated} of row “{row}” does not match: ({last} ÷ {first})^(1/{n}) − 1 = "
                          "{recomputed} (±{tol})"},
        "mean": {"zh": "表格“{row}”行“{col}”{stated}与本行数值不符：{part}（{num}）÷{whole}（{den}）= {recomputed}（容差±{tol}）",
                 "en": "“{col}” {stated} of row “{row}” does not match the row: {part} ({num}) ÷ {whole} ({den}) = {recomputed} (±{tol})"},
        "cumulative": {"zh": "表格“{row}”行“{col}”{stated}与上一行累计数加本行数值不符：{prev}（{prev_row}）+{inc}（{inc_col}）= {recomputed}",
                       "en": "“{col}” {stated} of row “{row}” is not the row before's running total plus the row's value: "
                             "{prev} ({prev_row}) + {inc} ({inc_col}) = {recomputed}"},
        "gap": {"zh": "表格“{row}”行“{col}”{stated}与本行{a}{first}、{b}{second}之差不符：{second}−{first} = {recomputed}",
                "en": "“{col}” {stated} of row “{row}” is not the difference of {a} {first} and {b} {second}: "
                      "{second} − {first} = {recomputed}"},
    }
    examples = (
        bad("类别 件数 占比\n行政复议 312 60.0%\n行政诉讼 208 40.0%\n合计 530 100%",
            note="a flattened table: 312+208 = 520, not 530"),
        good("类别 件数 占比\n行政复议 312 60.0%\n行政诉讼 208 40.0%\n合计 520 100%"),
        bad("类别 2022年 2023年 同比增长\n行政复议 312 398 21.6%\n行政诉讼 208 230 10.6%",
            note="398 ÷ 312 − 1 = 27.6%, not 21.6%"),
        good("类别 2022年 2023年 同比增长\n行政复议 312 398 27.6%\n行政诉讼 208 230 10.6%"),
        bad("类别 件数 占比\n行政复议 312 62.4%\n行政诉讼 208 37.6%\n合计 520 100%",
            note="312 ÷ 520 = 60.0%"),
        good("全年审结案件 312 件，其中维持 208 件。", note="prose with spaces is not a table"),
        bad("指标 单位 2023年 2024年 增长率\n行政复议案件 件 312 398 21.6%\n行政诉讼案件 件 208 230 10.6%",
            note="a 单位 column between the names and the figures"),
        bad("项目 2024年 2023年 增减\n行政复议 398 312 76\n行政诉讼 230 208 22",
            note="years in either order: 398 − 312 = 86"),
        bad("指标 2023年 2024年 增长率\n行政复议案件 （件） 312 398 21.6%", note="one row under a header of years"),
        good("指标 2023年 2024年 增长率\n行政复议案件 （件） 312 398 27.6%"),
        bad("1\n\t新建20所普惠性幼儿园\n\t超额完成，新建普惠性幼儿园35所，比年初计划增多18所。",
            note="a result against the plan in the row's plan cell: 35 − 20 = 15"),
        good("1\n\t新建20所普惠性幼儿园\n\t超额完成，新建普惠性幼儿园35所，比年初计划增多15所。"),
        bad("计划新建学校20所，实际建成35所，比计划多18所。", note="the plan after 计划 in the sentence"),
        bad("序号 指标 2023年 2024年 增长率\n1 行政复议案件 312 398 21.6%\n2 行政诉讼案件 208 230 10.6%",
            note="a 序号 column is set aside"),
        bad("案件类型 收案 结案 结案率\n行政复议 312 298 95.5%\n行政诉讼 186 171 81.9%\n合计 498 469 94.2%",
            note="a rate of two cells of its row: 171 ÷ 186 = 91.9%"),
        good("区县 办件量 网办量 网办占比\n甲区 1200 1080 90.0%\n乙区 800 600 75.0%\n合计 2000 1680 84.0%",
             note="网办量 ÷ 办件量 of each row, not a share of the column total"),
        bad("类别 件数 占比 维持 268 64.1% 纠错 86 26.6% 其他 64 15.3% 合计 418 100%",
            note="a table flattened into one line: 86 ÷ 418 = 20.6%"),
        good("类别 件数 占比 维持 268 64.1% 纠错 86 20.6% 其他 64 15.3% 合计 418 100%"),
        bad("全年行政复议情况如下。\n行政复议 312 398 24.6%\n", note="one row without its header: 398 ÷ 312 − 1 = 27.6%, "
            "312 ÷ 398 − 1 = −21.6%, 312 ÷ 398 = 78.4%: no reading gives 24.6%"),
        good("全年行政复议情况如下。\n行政复议 312 398 21.6%\n", note="398 falling to 312 is −21.6% (a 降幅 column)"),
        good("全年行政复议情况如下。\n行政复议 312 398 27.6%\n", note="the growth of 312 to 398"),
        good("全年办结情况如下。\n马田街道 986 951 96.5%\n", note="951 ÷ 986: a rate, another reading of the row"),
        bad("年份 收件 办结 办结率\n2022 2,140 2,052 95.9%\n2023 2,388 1,902 97.5%\n2024 2,506 2,471 98.6%",
            note="rows named by a bare year under 年份: 1,902 ÷ 2,388 = 79.6%"),
        good("年份 收件 办结 办结率\n2022 2,140 2,052 95.9%\n2023 2,388 2,329 97.5%\n2024 2,506 2,471 98.6%"),
        good("编号 收件 办结 办结率\n2022 2,140 2,052 91.0%\n2023 2,388 1,902 97.5%",
             note="a first column that does not name years: its numbers are not row names, the lines are no table"),
        bad("指标 本年 上年\n审结（件） 398 351\n纠错（件） 61 47\n纠错率 18.3% 13.4%",
            note="a rate row over two count rows, column by column: 61 ÷ 398 = 15.3% (上年 47 ÷ 351 = 13.4% fixes the reading)"),
        good("指标 本年 上年\n审结（件） 398 351\n纠错（件） 61 47\n纠错率 15.3% 13.4%"),
        good("指标 本年 上年\n新收（件） 412 365\n纠错（件） 61 47\n纠错率 15.3% 13.4%",
             note="no row of the table is the base in any column (审结 is not printed): nothing to check"),
        bad("指标 上年（%） 本年（%） 变动（百分点）\n城镇化率 66.8 68.1 3.3\n森林覆盖率 42.6 43.4 0.8",
            note="a change in points: 68.1 − 66.8 = 1.3"),
        good("指标 上年（%） 本年（%） 变动（百分点）\n城镇化率 66.8 68.1 1.3\n森林覆盖率 42.6 43.4 0.8"),
        bad("指标 2019年 2024年 年均增长（%）\n专利授权量（件） 3120 5460 16.8",
            note="average growth over five years: (5460 ÷ 3120)^(1/5) − 1 = 11.8%"),
        good("指标 2019年 2024年 年均增长（%）\n专利授权量（件） 3120 5460 11.8"),
        bad("指标 目标值 实际值 差距\n接待游客（万人次） 1200 1286 96\n旅游收入（亿元） 150.0 146.2 -3.8",
            note="a gap column: 1286 − 1200 = 86"),
        good("指标 本年 增减量 增长（%）\n常住人口（万人） 1046.3 8.2 0.8\n城镇人口（万人） 786.4 12.6 1.6",
             note="the prior level is the level less the increase: 8.2 ÷ 1038.1 = 0.8%"),
        bad("表2 各季度复议案件办理情况（单位：件） 季度 新收 累计新收 一季度 40 40 二季度 55 95 三季度 60 165 四季度 48 203",
            note="a caption before the header; a running total: 95 + 60 = 155, not 165"),
        bad("各中队办案情况｜中队｜人员（人）｜办案数（件）｜人均（件）｜一中队｜15｜135｜9.0｜二中队｜12｜96｜9.0｜三中队｜10｜105｜10.5",
            note="a mean column: 96 ÷ 12 = 8.0"),
        good("各中队办案情况｜中队｜人员（人）｜办案数（件）｜人均（件）｜一中队｜15｜135｜9.0｜二中队｜12｜96｜8.0｜三中队｜10｜105｜10.5"),
    )

    def check(self, doc, ctx):
        for g in tables_of(doc):
            yield from self._column_sums(doc, g)
            yield from self._row_sums(doc, g)
            yield from self._shares(doc, g)
            yield from self._row_rates(doc, g)
            yield from self._rate_rows(doc, g)
            yield from self._growth(doc, g)
            yield from self._growth_down_years(doc, g)
            yield from self._average(doc, g)
            yield from self._row_means(doc, g)
            yield from self._cumulative(doc, g)
        yield from self._plan_rows(doc)
        for row in lone_rows(doc):
            yield from self._lone_row(doc, row)

    # -- one row without its header ------------------------------------------------------------------
    def _lone_row(self, doc, row: LoneRow) -> Iterator:
        """行政复议 312 398 21.6%: a row whose header is only implied.  Its percentage may be the growth of the first
        level to the second or of the second to the first (signed or not: a fall under a 降幅 head), either level over
        the other (a rate, or its complement), either level's share of the two, or their difference in points; it is
        flagged only when the two levels are of one size (neither more than three times the other: a growth row) and
        no reading gives it."""
        a, b, r = row.a, row.b, row.r
        alo, ahi = _iv(a, False)
        blo, bhi = _iv(b, False)
        if alo <= 0 or blo <= 0 or not (1 / 3 <= b.value / a.value <= 3) or abs(r.value) > 200:
            return
        h = 0.5 * 10 ** (-r.decimals)
        readings = [
            (100 * (blo / ahi - 1), 100 * (bhi / alo - 1)),          # growth a → b
            (100 * (alo / bhi - 1), 100 * (ahi / blo - 1)),          # growth b → a
            (100 * blo / ahi, 100 * bhi / alo), (100 * alo / bhi, 100 * ahi / blo),          # ratios
            (100 * alo / (ahi + bhi), 100 * ahi / (alo + blo)), (100 * blo / (ahi + bhi), 100 * bhi / (alo + blo)),
            (alo - bhi, ahi - blo), (blo - ahi, bhi - alo),          # points
        ]
        readings += [(100 - hi, 100 - lo) for lo, hi in readings[2:6]]      # complements
        ok = False
        for lo, hi in readings:
            for v in ((r.value, -r.value) if r.value else (0.0,)):
                if lo <= v + h + 1e-9 and v - h <= hi + 1e-9:
                    ok = True
        g1, g2 = 100 * (b.value / a.value - 1), 100 * (a.value / b.value - 1)
        record(doc, self.code, "table-growth", r, ok, "growth of either level to the other (or a ratio)", [a, b])
        if ok:
            return
        dec = max(r.decimals, 1)
        yield self.finding(
            doc, r.start, r.end, "lone",
            related=[Related(a.start, a.end, {"zh": "第一个数值", "en": "first value"}),
                     Related(b.start, b.end, {"zh": "第二个数值", "en": "second value"})],
            evidence={"row": row.label.strip(), "stated": r.value, "first": a.value, "second": b.value,
                      "growth_first_to_second": round(g1, 6), "growth_second_to_first": round(g2, 6),
                      "ratio": round(100 * b.value / a.value, 6), "tolerance": h,
                      "formula": "second / first − 1, first / second − 1, ratios, shares of the two, difference"},
            row=row.label.strip(), stated=r.text.strip(), first=_fmt(a.value, a.decimals),
            second=_fmt(b.value, b.decimals), g1=f"{g1:.{dec}f}%", g2=f"{g2:.{dec}f}%",
            ratio=f"{100 * b.value / a.value:.{dec}f}%", tol=f"{h:g}")

    # -- plan and result ---------------------------------------------------------------------------
    def _plan_rows(self, doc) -> Iterator:
        """A result set against its plan: 比年初计划增多15所 / 超年初计划10场 (result − plan) and 超年初计划的两倍
        (result ÷ plan at least 2), with the result right before in the sentence and the plan either in the line
        before (the plan cell of a 民生实事 table row: 再创建20所普惠制幼儿园) or in the sentence after 计划/目标;
        plan and result must count the same thing (same measure word, two characters of the noun in common)."""
        masked = digits_masked(doc)
        for m in lazyre.finditer(_PLAN_CMP, masked):
            si = doc.sentence_index(m.start())
            if si < 0:
                continue
            sent = doc.sentences[si]
            stated = next(iter(quantities_in(doc, m.end(), min(sent.end, m.end() + 12))), None)
            if stated is None or stated.start - m.end() > 3 or stated.approx:
                continue
            multiple = stated.unit == "倍"
            before = [q for q in quantities_in(doc, sent.start, m.start())
                      if is_count(q) and q.unit != "倍" and not q.approx]
            if multiple:
                done = before[-1] if before else None
            else:
                done = next((q for q in reversed(before) if measure_of(q) == measure_of(stated)), None)
            if done is None or m.start() - done.end > 12:
                continue
            plan = _plan_figure(doc, masked, sent, done)
            if plan is None:
                continue
            dlo, dhi = count_interval(done)
            plo = phi = plan.base_value        # a plan is exact as set (1万个 is 10000)
            if multiple:
                if plo <= 0:
                    continue
                # 超计划的两倍: more than twice the plan on the weakest reading (超出两倍 would be three times)
                lo_r, hi_r = dlo / phi, dhi / plo
                ok = hi_r + 1e-9 >= stated.value
                formula, rec = "result / plan >= N", f"{done.value / plan.value:.2f}倍"
            else:
                slo, shi = count_interval(stated)
                ok = dlo - phi <= shi + 1e-9 and slo <= dhi - plo + 1e-9
                formula, rec = "result - plan", fmt_num((done.value - plan.value) / (stated.value / stated.mantissa
                                                                                       if stated.mantissa else 1))
            record(doc, self.code, "table-plan", stated, ok, formula, [done, plan])
            if ok:
                continue
            yield self.finding(
                doc, stated.start, stated.end, "plan",
                related=[Related(done.start, done.end, {"zh": "完成数", "en": "result"}),
                         Related(plan.start, plan.end, {"zh": "计划数", "en": "plan"})],
                evidence={"stated": stated.value, "result": done.value, "plan": plan.value, "formula": formula,
                          "recomputed": rec, "tolerance": 0.0 if not multiple else "lower bound"},
                stated=doc.text[stated.start:stated.end], result=doc.text[done.start:done.end],
                plan=doc.text[plan.start:plan.end], formula=formula, recomputed=rec)

    # -- sums ------------------------------------------------------------------------------------
    def _column_sums(self, doc, g: Grid) -> Iterator:
        for col in g.columns:
            if col.kind not in ("count", "delta") or not col.summable:
                continue
            c = col.index
            for t, rows in _blocks(g):
                total = g.cell(t, c)
                if not total.number:
                    continue
                tiv = _iv(total, col.exact)
                tried = []
                ok = False
                for reading in _readings(g, rows):
                    cells = [g.cell(r, c) for r in reading]
                    if not all(x.number for x in cells):
                        continue
                    lo = sum(_iv(x, col.exact)[0] for x in cells)
                    hi = sum(_iv(x, col.exact)[1] for x in cells)
                    tried.append((cells, lo, hi))
                    if lo <= tiv[1] + 1e-9 and tiv[0] <= hi + 1e-9:
                        ok = True
                        record(doc, self.code, "table-sum", total, True, "sum of the column = 合计", cells)
                        break
                if ok or not tried:
                    continue
                if SCOPE_TOTAL_LABEL.match(g.labels[t].strip()) and all(h < tiv[0] for _, _, h in tried):
                    continue      # 全市 under two districts' rows: the whole area, of which the rows may be a selection
                    #               (only rows adding up to more than it contradict it)
                cells, lo, hi = tried[0]
                record(doc, self.code, "table-sum", total, False, "sum of the column = 合计", cells)
                dec = max([total.decimals] + [x.decimals for x in cells])
                formula = "+".join(_fmt(x.value, x.decimals) for x in cells) + f" = {_fmt((lo + hi) / 2, dec)}"
                yield self.finding(
                    doc, total.start, total.end, "default",
                    related=[Related(x.start, x.end, {"zh": f"第{i + 1}项", "en": f"part {i + 1}"})
                             for i, x in enumerate(cells)],
                    evidence={"column": col.head, "total": total.value, "sum": (lo + hi) / 2, "sum_interval": [lo, hi],
                              "parts": [x.value for x in cells], "formula": formula,
                              "tolerance": (tiv[1] - tiv[0]) / 2 + (hi - lo) / 2},
                    col=col.head or str(c + 1), sum=_fmt((lo + hi) / 2, dec), total=_fmt(total.value, total.decimals),
                    total_label=g.labels[t].strip(), formula=formula)

    def _row_sums(self, doc, g: Grid) -> Iterator:
        totals = [col for col in g.columns if col.total and col.kind == "count" and col.summable]
        if len(totals) != 1:
            return
        tc = totals[0]
        parts = [col for col in g.columns if col.kind == "count" and not col.total and col.unit == tc.unit and col.summable]
        if len(parts) < 2 or any(col.period for col in parts):
            return
        for r in g.data_rows():
            total = g.cell(r, tc.index)
            cells = [g.cell(r, col.index) for col in parts]
            if not total.number or not all(x.number for x in cells):
                continue
            tiv = _iv(total, tc.exact)
            lo = sum(_iv(x, col.exact)[0] for x, col in zip(cells, parts))
            hi = sum(_iv(x, col.exact)[1] for x, col in zip(cells, parts))
            ok = lo <= tiv[1] + 1e-9 and tiv[0] <= hi + 1e-9
            record(doc, self.code, "table-sum", total, ok, "sum of the row = 合计", cells)
            if ok:
                continue
            dec = max([total.decimals] + [x.decimals for x in cells])
            formula = "+".join(_fmt(x.value, x.decimals) for x in cells) + f" = {_fmt((lo + hi) / 2, dec)}"
            yield self.finding(
                doc, total.start, total.end, "rowsum",
                related=[Related(x.start, x.end, {"zh": col.head, "en": col.head}) for x, col in zip(cells, parts)],
                evidence={"row": g.labels[r].strip(), "total": total.value, "sum": (lo + hi) / 2,
                          "parts": [x.value for x in cells], "formula": formula},
                row=g.labels[r].strip(), sum=_fmt((lo + hi) / 2, dec), total=_fmt(total.value, total.decimals),
                formula=formula)

    # -- shares ----------------------------------------------------------------------------------
    def _shares(self, doc, g: Grid) -> Iterator:
        for sc in g.columns:
            if sc.kind != "share":
                continue
            row_ok, _, established = _row_ratios(g, sc)
            if established:
                continue      # 办件量 网办量 网办占比: a ratio of two cells of each row (_row_rates), not of the column total
            base = next((col for col in reversed(g.columns[:sc.index]) if col.kind == "count"), None)
            if base is None:
                continue
            b = base.index
            whole_dec = base_dec(g, b)          # once per column: the findings below stay linear in the rows
            grand = [t for t in g.data_rows() if g.is_total(t) and not g.is_subtotal(t) and g.cell(t, b).number]
            if not _blocks(g):
                # no 合计 row: the one row whose share is 100 is the whole (全省常住人口 4527.98 100.0)
                hundred = [r for r in g.data_rows() if g.cell(r, sc.index).number and g.cell(r, b).number
                           and abs(g.cell(r, sc.index).value - 100) <= 0.5 * 10 ** -g.cell(r, sc.index).decimals]
                if len(hundred) == 1:
                    yield from self._whole_row_shares(doc, g, sc, base, hundred[0], row_ok, whole_dec)
                    continue
            blocks = _blocks(g) or [(None, [r for r in g.data_rows()])]
            for t, rows in blocks:
                dens = []
                if t is not None and g.cell(t, b).number:
                    dens.append(_iv(g.cell(t, b), base.exact))
                dens += [_iv(g.cell(x, b), base.exact) for x in grand if x != t]
                # the sum of the rows is a reading of the whole too (a wrong 合计 is the sum check's finding)
                for reading in _readings(g, rows):
                    cells = [g.cell(r, b) for r in reading]
                    if all(x.number for x in cells):
                        dens.append((sum(_iv(x, base.exact)[0] for x in cells), sum(_iv(x, base.exact)[1] for x in cells)))
                wider = _WIDER.search(sc.head)
                if t is None or (wider and wider.group(0) not in g.labels[t]):
                    # no total row, or a share of a wider total (占全省比重): the rows are the whole only when
                    # their shares add up to 100
                    dens = []
                    shares = [g.cell(r, sc.index) for r in rows if not g.is_sub_row(r)]
                    vals = [g.cell(r, b) for r in rows if not g.is_sub_row(r)]
                    if not shares or not all(x.number for x in shares + vals):
                        continue
                    slo = sum(x.value - 0.5 * 10 ** -x.decimals for x in shares)
                    shi = sum(x.value + 0.5 * 10 ** -x.decimals for x in shares)
                    if not (slo <= 100 <= shi):
                        continue
                    dens.append((sum(_iv(x, base.exact)[0] for x in vals), sum(_iv(x, base.exact)[1] for x in vals)))
                if not dens:
                    continue
                for r in list(rows) + ([t] if t is not None else []):
                    s, v = g.cell(r, sc.index), g.cell(r, b)
                    if not s.number or not v.number:
                        continue
                    h = 0.5 * 10 ** (-s.decimals)
                    vlo, vhi = _iv(v, base.exact)
                    best = None
                    ok = False
                    row_dens = dens
                    if g.is_sub_row(r):
                        # a 其中 row's share may be of the row it breaks down (the nearest row above that is no 其中 row)
                        parent = next((p for p in range(r - 1, max(g.header_rows, r - _PARENT_REACH) - 1, -1)
                                       if not g.is_sub_row(p)), None)
                        if parent is not None and g.cell(parent, b).number:
                            row_dens = dens + [_iv(g.cell(parent, b), base.exact)]
                    for dlo, dhi in row_dens:
                        if dlo <= 0:
                            continue
                        rlo, rhi = 100 * vlo / dhi, 100 * vhi / dlo
                        if rlo <= s.value + h + 1e-9 and s.value - h <= rhi + 1e-9:
                            ok = True
                            break
                        if best is None:
                            best = ((rlo + rhi) / 2, (dlo + dhi) / 2)
                    if best is None and not ok:
                        continue
                    ok = ok or r in row_ok        # another reading: two cells of the row (网办量 ÷ 办件量)
                    total_cell = g.cell(t, b) if t is not None else v
                    record(doc, self.code, "table-share", s, ok, "value / column total", [v, total_cell])
                    if ok:
                        continue
                    rec, den = best
                    yield self.finding(
                        doc, s.start, s.end, "share",
                        related=[Related(v.start, v.end, {"zh": "数值", "en": "value"}),
                                 Related(total_cell.start, total_cell.end, {"zh": "合计", "en": "total"})],
                        evidence={"row": g.labels[r].strip(), "stated": s.value, "part": v.value, "whole": den,
                                  "recomputed": round(rec, 6), "tolerance": h, "formula": "value / total × 100"},
                        row=g.labels[r].strip(), stated=_fmt(s.value, s.decimals) + "%", part=_fmt(v.value, v.decimals),
                        whole=_fmt(den, whole_dec), recomputed=f"{rec:.{max(s.decimals, 1)}f}%", tol=f"{h:g}")

    def _whole_row_shares(self, doc, g: Grid, sc, base, w: int, row_ok: set, whole_dec: int) -> Iterator:
        """A share column whose whole is the row whose share is 100 (a communiqué's 表1: 全省常住人口 4527.98 100.0,
        其中：城镇 2810.52 62.07 …): each other row's share is its value over the whole's, or — a nested row — over
        the nearest row above it that is larger (its parent); flagged only when neither reading fits."""
        b = base.index
        whole = g.cell(w, b)
        wlo, whi = _iv(whole, base.exact)
        if wlo <= 0:
            return
        for r in g.data_rows():
            s, v = g.cell(r, sc.index), g.cell(r, b)
            if r == w or not s.number or not v.number:
                continue
            h = 0.5 * 10 ** (-s.decimals)
            vlo, vhi = _iv(v, base.exact)
            dens = [(wlo, whi)]
            parent = next((p for p in range(r - 1, max(g.header_rows, r - _PARENT_REACH) - 1, -1) if p != w and g.cell(p, b).number
                           and not g.is_sub_row(p) and g.cell(p, b).value > v.value), None)
            if parent is not None:
                dens.append(_iv(g.cell(parent, b), base.exact))
            ok = r in row_ok or any(100 * vlo / dhi <= s.value + h + 1e-9 and s.value - h <= 100 * vhi / dlo + 1e-9
                                    for dlo, dhi in dens if dlo > 0)
            record(doc, self.code, "table-share", s, ok, "value / the whole's row", [v, whole])
            if ok:
                continue
            rec = 100 * v.value / whole.value
            yield self.finding(
                doc, s.start, s.end, "share",
                related=[Related(v.start, v.end, {"zh": "数值", "en": "value"}),
                         Related(whole.start, whole.end, {"zh": "总体", "en": "whole"})],
                evidence={"row": g.labels[r].strip(), "stated": s.value, "part": v.value, "whole": whole.value,
                          "whole_row": g.labels[w].strip(), "recomputed": round(rec, 6), "tolerance": h,
                          "formula": "value / the value of the row whose share is 100 × 100"},
                row=g.labels[r].strip(), stated=_fmt(s.value, s.decimals) + "%", part=_fmt(v.value, v.decimals),
                whole=_fmt(whole.value, whole_dec), recomputed=f"{rec:.{max(s.decimals, 1)}f}%", tol=f"{h:g}")

    # -- rates of two cells of a row ---------------------------------------------------------------
    def _row_rates(self, doc, g: Grid) -> Iterator:
        """收案 结案 结案率 / 办件量 网办量 网办占比: a 率 or 占比 column that is, row by row, one count cell of the
        row over another.  The pair of columns is the table's when it explains every row but at most one (at
        least two), or when the column's head names its numerator (结案率 beside 结案) and it explains all rows but
        one; a row is flagged only when no pair of the row's count columns (nor its complement, 不合格率 beside
        抽查 and 合格) explains its figure."""
        for sc in g.columns:
            if sc.kind not in ("rate", "share"):
                continue
            row_ok, best, established = _row_ratios(g, sc)
            if not established:
                continue
            a, b, comp = best
            formula = f"100 − {a.head} / {b.head} × 100" if comp else f"{a.head} / {b.head} × 100"
            for r in g.data_rows():
                s, x, y = g.cell(r, sc.index), g.cell(r, a.index), g.cell(r, b.index)
                fit = _ratio_fit(s, x, a, y, b)
                if fit is None:
                    continue
                ok = r in row_ok
                record(doc, self.code, "table-rate", s, ok, formula, [x, y])
                if ok:
                    continue
                h = 0.5 * 10 ** (-s.decimals)
                rec = 100 - fit[2] if comp else fit[2]
                yield self.finding(
                    doc, s.start, s.end, "rate",
                    related=[Related(x.start, x.end, {"zh": a.head, "en": a.head}),
                             Related(y.start, y.end, {"zh": b.head, "en": b.head})],
                    evidence={"row": g.labels[r].strip(), "stated": s.value, "part": x.value, "whole": y.value,
                              "recomputed": round(rec, 6), "tolerance": h,
                              "formula": formula},
                    row=g.labels[r].strip(), col=sc.head, stated=_fmt(s.value, s.decimals) + "%",
                    part=_fmt(x.value, x.decimals), whole=_fmt(y.value, y.decimals), num=a.head, den=b.head,
                    comp="100 − " if comp else "",
                    recomputed=f"{rec:.{max(s.decimals, 1)}f}%", tol=f"{h:g}")

    def _rate_rows(self, doc, g: Grid) -> Iterator:
        """指标 本年 上年 / 审结（件） 398 351 / 纠错（件） 61 47 / 纠错率 15.3% 13.4%: a 率 row that is, period column by
        period column, a count row named by the rate's stem (纠错 for 纠错率) over another count row of the table.  The
        reading is the table's when one denominator row explains all period columns but one (at least one); a column
        is flagged only when no count row explains it.  Silent when the stem names no row or two."""
        cols = [c for c in g.columns if c.kind != "label" and (c.period or c.year is not None)]
        if not cols:
            return
        rows = list(g.data_rows())
        names = {r: _ROW_NAME.sub("", g.labels[r]).strip() for r in rows}
        for r in rows:
            m = _RATE_ROW.fullmatch(names[r])
            if m is None:
                continue
            cells = [g.cell(r, c.index) for c in cols]
            if not all(x.number and 0 <= x.value <= 100 for x in cells):
                continue
            counts = [k for k in rows if k != r and not _RATE_ROW.fullmatch(names[k])
                      and all(g.cell(k, c.index).number and not g.cell(k, c.index).percent for c in cols)]
            nums = [k for k in counts if m.group("stem") and m.group("stem") in names[k]]
            if len(nums) != 1:
                continue
            n = nums[0]
            exact = {k: _ROW_UNIT.search(g.labels[k]) is not None for k in counts}
            fits = {}
            for d in counts:
                if d == n:
                    continue
                fits[d] = [_row_fit(g.cell(r, c.index), g.cell(n, c.index), exact[n], g.cell(d, c.index), exact[d])
                           for c in cols]
            good = {d: f for d, f in fits.items() if None not in f}
            if not good:
                continue
            best = max(good, key=lambda d: sum(ok for ok, _ in good[d]))
            if sum(ok for ok, _ in good[best]) < max(1, len(cols) - 1):
                continue         # no count row is the table's denominator: the base may be one the table does not hold
            formula = f"{names[n]} / {names[best]} × 100"
            for j, c in enumerate(cols):
                s_, x, y = cells[j], g.cell(n, c.index), g.cell(best, c.index)
                ok = any(good[d][j][0] for d in good)
                record(doc, self.code, "table-rate", s_, ok, formula, [x, y])
                if ok:
                    continue
                h = 0.5 * 10 ** (-s_.decimals)
                rec = good[best][j][1]
                yield self.finding(
                    doc, s_.start, s_.end, "rate-row",
                    related=[Related(x.start, x.end, {"zh": names[n], "en": names[n]}),
                             Related(y.start, y.end, {"zh": names[best], "en": names[best]})],
                    evidence={"row": names[r], "column": c.head, "stated": s_.value, "part": x.value, "whole": y.value,
                              "recomputed": round(rec, 6), "tolerance": h, "formula": formula},
                    row=names[r], col=c.head, stated=_fmt(s_.value, s_.decimals) + "%",
                    part=_fmt(x.value, x.decimals), whole=_fmt(y.value, y.decimals), num=names[n], den=names[best],
                    recomputed=f"{rec:.{max(s_.decimals, 1)}f}%", tol=f"{h:g}")

    # -- means and running totals, row by row -----------------------------------------------------
    def _row_means(self, doc, g: Grid) -> Iterator:
        """人均（件） beside 执法人员（人） and 办案数（件）: a mean column that is, row by row, one count cell of the row
        over another (no ×100).  The pair is the table's when it explains every data row but at most one, two at
        least; a row is flagged only when no pair of the row's count columns explains its figure, never a 合计 row
        (its mean may be the mean of the rows' means)."""
        for mc in g.columns:
            if mc.kind != "count" or not _MEAN_HEAD.search(mc.head) or _MEAN_NOT.search(mc.head):
                continue
            counts = [col for col in g.columns if col.kind == "count" and col is not mc and not col.total
                      and not _MEAN_HEAD.search(col.head)][:_MAX_PAIRED]
            rows = [r for r in g.data_rows() if g.cell(r, mc.index).number]
            fits = {}
            for a in counts:
                for b in counts:
                    if a is b:
                        continue
                    f = [_mean_fit(g.cell(r, mc.index), g.cell(r, a.index), a, g.cell(r, b.index), b) for r in rows]
                    if None not in f:
                        fits[(a.index, b.index)] = f
            if not fits:
                continue
            best = max(fits, key=lambda k: sum(ok for ok, _ in fits[k]))
            n_ok = sum(ok for ok, _ in fits[best])
            plain = [i for i, r in enumerate(rows) if not g.is_total(r) and not g.is_subtotal(r)]
            if n_ok < 2 or n_ok < len(rows) - 1 or not plain:
                continue
            a, b = g.columns[best[0]], g.columns[best[1]]
            formula = f"{a.head} / {b.head}"
            for i, r in enumerate(rows):
                s_, x, y = g.cell(r, mc.index), g.cell(r, a.index), g.cell(r, b.index)
                ok = any(f[i][0] for f in fits.values())
                if not ok and (g.is_total(r) or g.is_subtotal(r)):
                    continue
                record(doc, self.code, "table-mean", s_, ok, formula, [x, y])
                if ok:
                    continue
                h = 0.5 * 10 ** (-s_.decimals)
                rec = fits[best][i][1]
                dec = max(s_.decimals, 1)
                yield self.finding(
                    doc, s_.start, s_.end, "mean",
                    related=[Related(x.start, x.end, {"zh": a.head, "en": a.head}),
                             Related(y.start, y.end, {"zh": b.head, "en": b.head})],
                    evidence={"row": g.labels[r].strip(), "stated": s_.value, "part": x.value, "whole": y.value,
                              "recomputed": round(rec, 6), "tolerance": h, "formula": formula},
                    row=g.labels[r].strip(), col=mc.head, stated=_fmt(s_.value, s_.decimals),
                    part=_fmt(x.value, x.decimals), whole=_fmt(y.value, y.decimals), num=a.head, den=b.head,
                    recomputed=f"{rec:.{dec}f}", tol=f"{h:g}")

    def _cumulative(self, doc, g: Grid) -> Iterator:
        """季度 当季受理 累计受理 / 一季度 40 40 / 二季度 55 95: a 累计 column whose cell is, row after row, the row
        before's running total plus the row's cell of another count column.  That column is the table's reading when
        it explains every step but at most one, two at least (其中, 小计 and 合计 rows aside); a step is flagged only
        when no count column explains it."""
        rows = [r for r in g.data_rows() if not g.is_total(r) and not g.is_subtotal(r) and not g.is_sub_row(r)]
        if len(rows) < 3:
            return
        for cc in g.columns:
            if cc.kind != "count" or not _CUMULATIVE_HEAD.search(cc.head):
                continue
            incs = [col for col in g.columns if col.kind == "count" and col is not cc and not col.total
                    and not _CUMULATIVE_HEAD.search(col.head) and not _MEAN_HEAD.search(col.head)
                    and col.unit == cc.unit][:_MAX_PAIRED]
            fits = {}
            for ic in incs:
                f = []
                first = g.cell(rows[0], cc.index)
                if not first.number:
                    continue
                # the running total from the first row's (one wrong cell breaks only its own step, not the next)
                alo, ahi = _iv(first, cc.exact)
                for r0, r1 in zip(rows, rows[1:]):
                    p, c, x = g.cell(r0, cc.index), g.cell(r1, ic.index), g.cell(r1, cc.index)
                    if not (p.number and c.number and x.number):
                        f = None
                        break
                    plo, phi = _iv(p, cc.exact)
                    clo, chi = _iv(c, ic.exact)
                    xlo, xhi = _iv(x, cc.exact)
                    alo, ahi = alo + clo, ahi + chi
                    step = plo + clo <= xhi + 1e-9 and xlo <= phi + chi + 1e-9
                    run = alo <= xhi + 1e-9 and xlo <= ahi + 1e-9
                    f.append((step or run, p.value + c.value))
                if f:
                    fits[ic.index] = f
            if not fits:
                continue
            best = max(fits, key=lambda k: sum(ok for ok, _ in fits[k]))
            n_ok = sum(ok for ok, _ in fits[best])
            if n_ok < 2 or n_ok < len(rows) - 2:
                continue             # every step but one, two at least
            ic = g.columns[best]
            formula = f"previous {cc.head} + {ic.head}"
            for i, (r0, r1) in enumerate(zip(rows, rows[1:])):
                p, c, x = g.cell(r0, cc.index), g.cell(r1, ic.index), g.cell(r1, cc.index)
                ok = any(f[i][0] for f in fits.values())
                record(doc, self.code, "table-cumulative", x, ok, formula, [p, c])
                if ok:
                    continue
                dec = max(p.decimals, c.decimals)
                yield self.finding(
                    doc, x.start, x.end, "cumulative",
                    related=[Related(p.start, p.end, {"zh": "上一行累计", "en": "running total before"}),
                             Related(c.start, c.end, {"zh": ic.head, "en": ic.head})],
                    evidence={"row": g.labels[r1].strip(), "stated": x.value, "previous": p.value, "increment": c.value,
                              "recomputed": fits[best][i][1], "formula": formula},
                    row=g.labels[r1].strip(), col=cc.head, stated=_fmt(x.value, x.decimals),
                    prev=_fmt(p.value, p.decimals), prev_row=g.labels[r0].strip(), inc=_fmt(c.value, c.decimals),
                    inc_col=ic.head, recomputed=_fmt(fits[best][i][1], dec))

    # -- average growth over a span -------------------------------------------------------------
    def _average(self, doc, g: Grid) -> Iterator:
        """年均增长（%） beside two or more year columns: the average yearly growth from an earlier year's level to a
        later one's, (later / earlier) ^ (1 / years) − 1, over the span the head names (年均增长（2020—2024年）: both
        years must be columns, else the column is not checked) or any two year columns of the row (the first and the
        last, or any other pair: silent when one fits)."""
        for ac in g.columns:
            if ac.kind != "average" or _REAL_GROWTH.search(ac.head) or _REAL_NOTE.search(g.note):
                continue
            dated = [col for col in _levels(g.columns) if col.kind == "count" and col.year is not None]
            if ac.span:
                pairs = [(a, b) for a in dated for b in dated if (a.year, b.year) == ac.span]
            else:
                pairs = [(a, b) for a in dated for b in dated if a.year < b.year and a.unit == b.unit]
            pairs.sort(key=lambda ab: ab[0].year - ab[1].year)          # the widest span first
            if not pairs:
                continue
            for r in g.data_rows():
                x = g.cell(r, ac.index)
                if not x.number or _REAL_GROWTH.search(g.labels[r]):
                    continue
                h = 0.5 * 10 ** (-x.decimals)
                ok, tried = False, []
                for a, b in pairs:
                    c0, c1 = g.cell(r, a.index), g.cell(r, b.index)
                    if not (c0.number and c1.number):
                        continue
                    lo0, hi0 = _iv(c0, a.exact)
                    lo1, hi1 = _iv(c1, b.exact)
                    if lo0 <= 0 or lo1 <= 0:
                        continue
                    n = b.year - a.year
                    lo, hi = 100 * ((lo1 / hi0) ** (1 / n) - 1), 100 * ((hi1 / lo0) ** (1 / n) - 1)
                    tried.append((a, b, c0, c1, n))
                    if lo <= x.value + h + 1e-9 and x.value - h <= hi + 1e-9:
                        ok = True
                        break
                if not tried:
                    continue
                a, b, c0, c1, n = tried[0]
                record(doc, self.code, "table-average", x, ok, "(later / earlier) ^ (1 / years) − 1", [c0, c1])
                if ok:
                    continue
                rec = 100 * ((c1.value / c0.value) ** (1 / n) - 1)
                yield self.finding(
                    doc, x.start, x.end, "average",
                    related=[Related(c0.start, c0.end, {"zh": a.head, "en": a.head}),
                             Related(c1.start, c1.end, {"zh": b.head, "en": b.head})],
                    evidence={"row": g.labels[r].strip(), "stated": x.value, "earlier": c0.value, "later": c1.value,
                              "years": n, "spans_tried": [[a.year, b.year] for a, b, *_ in tried],
                              "recomputed": round(rec, 6), "tolerance": h,
                              "formula": "(later / earlier) ^ (1 / years) − 1"},
                    row=g.labels[r].strip(), stated=x.text.strip(), first=_fmt(c0.value, c0.decimals),
                    last=_fmt(c1.value, c1.decimals), n=n, recomputed=f"{rec:.{max(x.decimals, 1)}f}%", tol=f"{h:g}")

    # -- a gap between two columns of the row -----------------------------------------------------
    def _gap(self, doc, g: Grid, gc) -> Iterator:
        """差距 / 差额 beside two level columns of no period (目标值 实际值 差距): the difference of the two, in either
        order (actual − target or target − actual); checked only when exactly two such columns stand before it."""
        pair = [col for col in _levels(g.columns[:gc.index]) if not col.period and col.year is None]
        if len(pair) != 2 or pair[0].unit != pair[1].unit:
            return
        a, b = pair
        for r in g.data_rows():
            x, ca, cb = g.cell(r, gc.index), g.cell(r, a.index), g.cell(r, b.index)
            if not (x.number and ca.number and cb.number):
                continue
            h = 0.5 * 10 ** (-x.decimals)
            alo, ahi = _iv(ca, a.exact)
            blo, bhi = _iv(cb, b.exact)
            ok = any(lo <= x.value + h + 1e-9 and x.value - h <= hi + 1e-9
                     for lo, hi in ((blo - ahi, bhi - alo), (alo - bhi, ahi - blo)))
            record(doc, self.code, "table-delta", x, ok, "second − first (or first − second)", [cb, ca])
            if ok:
                continue
            dec = max(ca.decimals, cb.decimals)
            yield self.finding(
                doc, x.start, x.end, "gap",
                related=[Related(ca.start, ca.end, {"zh": a.head, "en": a.head}),
                         Related(cb.start, cb.end, {"zh": b.head, "en": b.head})],
                evidence={"row": g.labels[r].strip(), "stated": x.value, "first": ca.value, "second": cb.value,
                          "recomputed": [round(cb.value - ca.value, 6), round(ca.value - cb.value, 6)], "tolerance": h,
                          "formula": "second − first, or first − second"},
                row=g.labels[r].strip(), col=gc.head, stated=x.text.strip(), a=a.head, b=b.head,
                first=_fmt(ca.value, ca.decimals), second=_fmt(cb.value, cb.decimals),
                recomputed=_fmt(cb.value - ca.value, dec))

    # -- growth ----------------------------------------------------------------------------------
    def _growth(self, doc, g: Grid) -> Iterator:
        for gc in g.columns:
            if gc.kind not in ("growth", "delta"):
                continue
            if gc.gap:
                yield from self._gap(doc, g, gc)
                continue
            left = _levels(g.columns[:gc.index])
            cur = next((col for col in reversed(left) if col.period == "current"), None)
            pri = next((col for col in reversed(left) if col.period == "prior"), None)
            dated = [col for col in left if col.year is not None]
            if dated:
                # year columns: the latest year against the year before it (2022年 2023年 2024年 增长 → 2024/2023)
                cur = max(dated, key=lambda col: col.year)
                pri = next((col for col in dated if col.year == cur.year - 1), None)
            span = 1
            if pri is None and len(dated) == 2 and cur.year - min(col.year for col in dated) >= 2 \
                    and not _YEAR_ON_YEAR.search(gc.head):
                # 2020年 2024年 增长（%）: the change over the span of the two columns (cumulative, or its yearly average)
                pri = min(dated, key=lambda col: col.year)
                span = cur.year - pri.year
            inc = None
            if cur is not None and pri is None and gc.kind == "growth":
                # 本年 增减量 增长（%）: the prior level is the level less the increase of the row
                incs = [col for col in g.columns if col.kind == "delta" and not col.gap and col is not gc
                        and (not col.unit or not cur.unit or col.unit == cur.unit)]
                if len(incs) == 1 and not _OTHER_BASE.search(incs[0].head + gc.head):
                    inc = incs[0]
            if cur is None or (pri is None and inc is None) or (pri is not None and cur.unit != pri.unit):
                continue
            sign = -1.0 if _DOWN_HEAD.search(gc.head) and not re.search(r"增", gc.head) else 1.0
            if gc.kind == "growth" and (_REAL_GROWTH.search(gc.head) or _REAL_NOTE.search(g.note)):
                continue          # growth at comparable prices (in the head, or the note under the table)
            for r in g.data_rows():
                if gc.kind == "growth" and _REAL_GROWTH.search(g.labels[r]):
                    continue          # 地区生产总值 grows at comparable prices, its levels are nominal
                x, c = g.cell(r, gc.index), g.cell(r, cur.index)
                p = g.cell(r, (pri or inc).index)
                if not (x.number and c.number and p.number):
                    continue
                h = 0.5 * 10 ** (-x.decimals)
                clo, chi = _iv(c, cur.exact)
                if inc is not None:
                    dlo, dhi = _iv(p, inc.exact)
                    plo, phi = clo - dhi, chi - dlo          # the prior level: the level less the increase
                else:
                    plo, phi = _iv(p, pri.exact)
                stated = sign * x.value
                if gc.kind == "growth":
                    if plo <= 0:
                        continue
                    lo, hi = 100 * (clo / phi - 1), 100 * (chi / plo - 1)
                    pv = c.value - p.value if inc is not None else p.value
                    mid = 100 * (c.value / pv - 1) if pv else (lo + hi) / 2
                    formula = "current / (current − increase) − 1" if inc is not None else "current / prior − 1"
                else:
                    lo, hi = clo - phi, chi - plo
                    mid = c.value - p.value
                    formula = "current − prior"
                ok = lo <= stated + h + 1e-9 and stated - h <= hi + 1e-9
                if not ok and gc.kind == "growth" and span > 1:
                    # growth over a span of years may be stated as its yearly average
                    alo, ahi = 100 * ((clo / phi) ** (1 / span) - 1), 100 * ((chi / plo) ** (1 / span) - 1)
                    ok = alo <= stated + h + 1e-9 and stated - h <= ahi + 1e-9
                if not ok and gc.kind == "growth" and not x.percent and (c.percent or p.percent or _RATE_ROW.search(g.labels[r])):
                    # a rate's row (纠错率（%） 12.5 14.0 1.5): its change may be given in points, the other reading
                    ok = clo - phi <= stated + h + 1e-9 and stated - h <= chi - plo + 1e-9
                if not ok and inc is None and _cell_says_other(gc.kind, x):
                    # the cell's own unit names the other kind of change (增减 | 0.6% beside 增减 | 1.9; 增长（%） |
                    # 0.14个百分点 on a rate's row): the row's change read as its cell says
                    if gc.kind == "delta":
                        ok = plo > 0 and 100 * (clo / phi - 1) <= stated + h + 1e-9 \
                            and stated - h <= 100 * (chi / plo - 1) + 1e-9
                    else:
                        ok = clo - phi <= stated + h + 1e-9 and stated - h <= chi - plo + 1e-9
                record(doc, self.code, "table-growth" if gc.kind == "growth" else "table-delta", x, ok, formula, [c, p])
                if ok:
                    continue
                key = gc.kind
                ph = (pri or inc).head
                yield self.finding(
                    doc, x.start, x.end, key,
                    related=[Related(c.start, c.end, {"zh": cur.head, "en": cur.head}),
                             Related(p.start, p.end, {"zh": ph, "en": ph})],
                    evidence={"row": g.labels[r].strip(), "stated": x.value, "current": c.value,
                              "prior": c.value - p.value if inc is not None else p.value,
                              **({"increase": p.value} if inc is not None else {}),
                              "recomputed": round(mid, 6), "tolerance": h, "formula": formula},
                    row=g.labels[r].strip(), stated=x.text.strip(), cur=_fmt(c.value, c.decimals),
                    prior=(_fmt(c.value - p.value, max(c.decimals, p.decimals)) if inc is not None
                           else _fmt(p.value, p.decimals)),
                    recomputed=(f"{mid:.{max(x.decimals, 1)}f}%" if key == "growth" else _fmt(mid, max(c.decimals, p.decimals))),
                    tol=f"{h:g}")

    def _growth_down_years(self, doc, g: Grid) -> Iterator:
        """Rows named by consecutive years (2023年, 2024年) and a growth or change column with no period columns
        beside it: each row's growth is its level over the level of the row of the year before.  The level column is
        the one the growth column's head names, else any level column before it (the nearest shown): a cell is
        flagged only when no candidate explains it."""
        years = {}
        for r in g.data_rows():
            m = _ROW_YEAR.fullmatch(g.labels[r].strip())
            if m is None or int(m.group(1)) in years:
                return
            years[int(m.group(1))] = r
        if len(years) < 2:
            return
        for gc in g.columns:
            if gc.kind not in ("growth", "delta") or gc.gap or gc.period or gc.year is not None \
                    or _REAL_GROWTH.search(gc.head) or _REAL_NOTE.search(g.note) or _OTHER_BASE.search(gc.head):
                continue
            left = _levels(g.columns[:gc.index])
            if not left or any(col.period or col.year is not None for col in left):
                continue          # 本年/上年 or year columns: _growth's reading
            named = [col for col in left if col.head.strip() and col.head.strip() in gc.head]
            cands = named or left[::-1]     # (the nearest first; any that explains the cell keeps it silent)
            if gc.kind == "growth" and any(_REAL_GROWTH.search(col.head) for col in cands):
                continue          # 地区生产总值（亿元） 增长（%）: real growth beside nominal levels
            sign = -1.0 if _DOWN_HEAD.search(gc.head) and not re.search(r"增", gc.head) else 1.0
            for y, r in years.items():
                rp = years.get(y - 1)
                x = g.cell(r, gc.index)
                if rp is None or not x.number:
                    continue
                h = 0.5 * 10 ** (-x.decimals)
                stated = sign * x.value
                tried = []
                ok = False
                for col in cands:
                    c, p = g.cell(r, col.index), g.cell(rp, col.index)
                    if not (c.number and p.number):
                        continue
                    clo, chi = _iv(c, col.exact)
                    plo, phi = _iv(p, col.exact)
                    if gc.kind == "growth":
                        if plo <= 0:
                            continue
                        lo, hi = 100 * (clo / phi - 1), 100 * (chi / plo - 1)
                        if not x.percent and (c.percent or p.percent or _RATE_ROW.search(col.head)):
                            lo, hi = min(lo, clo - phi), max(hi, chi - plo)     # a rate's change may be in points
                    else:
                        lo, hi = clo - phi, chi - plo
                    tried.append((col, c, p))
                    if lo <= stated + h + 1e-9 and stated - h <= hi + 1e-9:
                        ok = True
                        break
                if not tried:
                    continue
                col, c, p = tried[0]
                formula = "current / prior − 1" if gc.kind == "growth" else "current − prior"
                record(doc, self.code, "table-growth" if gc.kind == "growth" else "table-delta", x, ok, formula, [c, p])
                if ok or len(tried) != len(cands):
                    continue
                mid = 100 * (c.value / p.value - 1) if gc.kind == "growth" else c.value - p.value
                yield self.finding(
                    doc, x.start, x.end, gc.kind,
                    related=[Related(c.start, c.end, {"zh": g.labels[r].strip() + col.head, "en": g.labels[r].strip() + col.head}),
                             Related(p.start, p.end, {"zh": g.labels[rp].strip() + col.head, "en": g.labels[rp].strip() + col.head})],
                    evidence={"row": g.labels[r].strip(), "column": col.head, "stated": x.value, "current": c.value,
                              "prior": p.value, "prior_row": g.labels[rp].strip(), "recomputed": round(mid, 6),
                              "tolerance": h, "formula": formula},
                    row=g.labels[r].strip(), stated=x.text.strip(), cur=_fmt(c.value, c.decimals),
                    prior=_fmt(p.value, p.decimals),
                    recomputed=(f"{mid:.{max(x.decimals, 1)}f}%" if gc.kind == "growth" else _fmt(mid, max(c.decimals, p.decimals))),
                    tol=f"{h:g}")


#: a row named by its year (2023年, 2023年度, 2023)
_ROW_YEAR = lazyre.compile(r"((?:19|20)\d{2})\s*年?度?")
#: a change against the year before (同比, 比上年): not the change over a span of the table's years
_YEAR_ON_YEAR = lazyre.compile(r"同比|上年|去年|前一年|环比|環比")
#: how many rows above a nested row its parent is looked for (the search stays linear in the rows)
_PARENT_REACH = 20
#: a row of rates or shares (its change may be given in percentage points)
_RATE_ROW = lazyre.compile(r"[（(]\s*[%％‰]\s*[）)]|率|比重|占比|佔比")
#: a change against another base than the prior period's level (比年初, 环比, 比上月): not a level less its increase
_OTHER_BASE = lazyre.compile(r"年初|月初|环比|環比|上月|上季|季度|目标|目標|计划|計劃|预算|預算")


def _cell_says_other(kind: str, x) -> bool:
    """Whether a change cell's own unit names the other kind of change than its column: a cell in % in a column of
    differences (增减, 比上年), or a cell in points (个百分点) in a growth column."""
    if kind == "delta":
        return x.percent
    return kind == "growth" and x.unit in ("个百分点", "個百分點")


def _levels(cols) -> list:
    """The level columns among ``cols`` (counts or amounts; rates of a named period or year only when the table has
    no count level: 上年（%） 本年（%） 变动（百分点））."""
    lv = [col for col in cols if col.level]
    counts = [col for col in lv if col.kind == "count"]
    return counts or lv


#: a result compared with its plan: 比年初计划增多15所, 超年初计划10场, 超年初计划的两倍, 比计划多
_PLAN_CMP = lazyre.compile(r"(?:比|较|較|超|超出|超过|超過)(?:年初|年度|原)?(?:计划|計劃|目标|目標)(?:的)?"
                           r"(?:增多|多出|多|增加|超出|超额|超額)?")
#: words that put a figure as the plan (计划新建20所, 目标为…)
_PLAN_WORD = lazyre.compile(r"计划|計劃|目标|目標|任务|任務")
#: a column head that names the plan a completion or execution rate is over (年度目标, 年初预算, 预算数)
_PLAN_HEAD = lazyre.compile(_PLAN_WORD.pattern + r"|预算|預算")


def _noun_chars(masked: str, q, floor: int, ceil: int) -> str:
    """The words around a figure (eight characters each side, within [floor, ceil))."""
    return re.sub(r"[^\u4e00-\u9fff]", "", masked[max(floor, q.start - 8):q.start] + masked[q.end:min(ceil, q.end + 8)])


def _shares_noun(x: str, y: str) -> bool:
    return any(x[i:i + 2] in y for i in range(len(x) - 1))


def _plan_figure(doc, masked: str, sent, done):
    """The plan a result is compared with: in the sentence, a count after 计划/目标; else the last count of the
    line before the result's line (a table's plan cell), of the same measure, naming the same thing."""
    meas = measure_of(done)
    near_done = _noun_chars(masked, done, sent.start, sent.end)
    for q in reversed(quantities_in(doc, sent.start, done.start)):
        if is_count(q) and measure_of(q) == meas and _PLAN_WORD.search(masked[max(sent.start, q.start - 8):q.start]):
            return q
    line_start = masked.rfind("\n", 0, done.start) + 1
    prev_start = masked.rfind("\n", 0, max(0, line_start - 1)) + 1
    if line_start == 0 or line_start - prev_start > 200:
        return None
    cands = [q for q in quantities_in(doc, prev_start, line_start - 1) if is_count(q) and measure_of(q) == meas]
    if len(cands) != 1 or cands[0].approx:
        return None
    plan = cands[0]
    if not _shares_noun(_noun_chars(masked, plan, prev_start, line_start - 1), near_done):
        return None
    return plan


#: what a 率/占比 head adds to the name of its numerator column (结案率 → 结案, 网办占比 → 网办)
_RATE_SUFFIX = lazyre.compile(r"[（(][^）)]*[）)]|率|占比|佔比|比重|比例|[%％]")
#: what a count column's head adds to the name of what it counts (网办量, 出庭数, 办件数量)
_MEASURE_SUFFIX = lazyre.compile(r"(?:数量|數量|件数|件數|人数|人數|金额|金額|量|数|數|额|額)$")
#: a rate of a plan's completion (完成率, 执行率): what was done over the plan
_COMPLETION_HEAD = lazyre.compile(r"(?:完成|执行|執行|实现|實現|达成|達成)(?:率|进度|進度)|"
                                  r"(?:完成|执行|執行|实现|實現|达成|達成)(?:年度|全年|年初|调整)?(?:计划|計劃|目标|目標|预算|預算|任务|任務)")
#: a rate of what did not happen (不合格率, 未结率): the complement of the column it negates
_NEGATION = lazyre.compile(r"^(?:不|未|非)")
#: at most this many count columns are paired (a table's pairs stay a small constant per row)
_MAX_PAIRED = 8


#: a row of rates named by what they count (纠错率, 结案率, 调解成功率): the stem is its numerator row's name; never a
#: growth, a share of a wider total or an open rate
_RATE_ROW = lazyre.compile(r"(?P<stem>[\u4e00-\u9fff]{1,8}?)(?:成功)?率")
#: a row label's unit or remark in brackets (纠错（件）, 纠错率（%）): not part of its name
_ROW_NAME = lazyre.compile(r"[（(][^（）()]*[）)]|\s+")
#: a row of whole counts (its label names 件, 人, 个…)
_ROW_UNIT = lazyre.compile(r"[（(](?:件|人|个|個|家|户|戶|项|項|宗|起|次|人次|件次|所|座|名)[）)]")


def _row_fit(s: Cell, x: Cell, xe: bool, y: Cell, ye: bool) -> Optional[Tuple[bool, float]]:
    """Whether the rate cell ``s`` is ``x / y × 100`` within every figure's rounding, and the ratio recomputed; None
    when a cell holds no number or the denominator is not above the numerator."""
    if not (s.number and x.number and y.number) or y.value <= 0 or y.value < x.value:
        return None
    xlo, xhi = x.interval(xe)
    ylo, yhi = y.interval(ye)
    lo, hi = 100 * xlo / yhi, 100 * xhi / ylo
    h = 0.5 * 10 ** (-s.decimals)
    return lo <= s.value + h + 1e-9 and s.value - h <= hi + 1e-9, 100 * x.value / y.value


#: a column of means (人均（件）, 户均, 平均每人): one count of its row over another
_MEAN_HEAD = lazyre.compile(r"人均|户均|戶均|平均|每人|每户|每戶")
#: a mean column that is no ratio of two cells of its row (平均增长, 年均, 平均价格)
_MEAN_NOT = lazyre.compile(r"增长|增長|增速|增幅|年均|价|價|率|%|％|指数|指數")
#: a running total (累计受理, 累計)
_CUMULATIVE_HEAD = lazyre.compile(r"累计|累計")


def _mean_fit(s: Cell, x: Cell, a, y: Cell, b) -> Optional[Tuple[bool, float]]:
    """Whether the mean cell ``s`` is ``x / y`` within every figure's rounding, and the ratio recomputed; None when a
    cell holds no number, a percentage, or the denominator is not positive."""
    if not (s.number and x.number and y.number) or s.percent or x.percent or y.percent:
        return None
    xlo, xhi = _iv(x, a.exact)
    ylo, yhi = _iv(y, b.exact)
    if ylo <= 0 or y.value <= 0 or xlo < 0:
        return None
    lo, hi = xlo / yhi, xhi / ylo
    h = 0.5 * 10 ** (-s.decimals)
    return lo <= s.value + h + 1e-9 and s.value - h <= hi + 1e-9, x.value / y.value


def _ratio_fit(s: Cell, x: Cell, a, y: Cell, b) -> Optional[Tuple[bool, bool, float]]:
    """Whether the rate cell ``s`` is ``x / y × 100``, whether it is its complement ``100 − x / y × 100`` (不合格率
    beside 抽查 and 合格), each within every figure's rounding, and the ratio recomputed from the printed figures;
    None when a cell holds no number or the denominator is not positive."""
    if not (s.number and x.number and y.number):
        return None
    xlo, xhi = _iv(x, a.exact)
    ylo, yhi = _iv(y, b.exact)
    if ylo <= 0 or y.value <= 0:
        return None
    lo, hi = 100 * xlo / yhi, 100 * xhi / ylo
    h = 0.5 * 10 ** (-s.decimals)
    return (lo <= s.value + h + 1e-9 and s.value - h <= hi + 1e-9,
            100 - hi <= s.value + h + 1e-9 and s.value - h <= 100 - lo + 1e-9, 100 * x.value / y.value)


def _row_ratios(g: Grid, sc) -> Tuple[set, Optional[tuple], bool]:
    """For a 率/占比 column: the rows that some pair of the row's count columns explains (directly or as the
    complement), the reading that explains most rows (numerator column, denominator column, complement or not), and
    whether that reading is the table's.  Rows × pairs of at most :data:`_MAX_PAIRED` columns: linear in the rows."""
    counts = [col for col in g.columns if col.kind == "count" and col.index != sc.index][:_MAX_PAIRED]
    pairs = [(a, b) for a in counts for b in counts if a is not b and a.unit == b.unit]
    if not pairs:
        return set(), None, False
    stem = _RATE_SUFFIX.sub("", sc.head)
    # the head names its numerator: 结案率 beside 结案, 网办占比 beside 网办量, 出庭率 beside 出庭（件）; or the
    # complement's: 不合格率 beside 合格
    named = {col.index for col in counts if stem and _MEASURE_SUFFIX.sub("", _RATE_SUFFIX.sub("", col.head)) == stem}
    if _COMPLETION_HEAD.search(sc.head) and not named:
        # 计划 实际 完成率 / 目标 完成数 完成率: a completion rate is the one other column over the plan's
        plans = [col for col in counts if _PLAN_HEAD.search(col.head) and not col.period]
        if len(plans) > 1:
            # 年初预算 调整预算 决算 完成调整预算（%）: the plan the head names (not one whose name is inside another
            # plan's: 完成预算 beside 预算 and 调整预算 may be over either)
            stems = {col.index: _RATE_SUFFIX.sub("", _MEASURE_SUFFIX.sub("", col.head)) for col in plans}
            named_plans = [col for col in plans if stems[col.index] and stems[col.index] in sc.head]
            if len(named_plans) == 1 and not any(stems[named_plans[0].index] in stems[col.index]
                                                 for col in plans if col is not named_plans[0]):
                plans = named_plans
        others = [col for col in counts if plans and col is not plans[0] and col.unit == plans[0].unit
                  and not _PLAN_HEAD.search(col.head)]
        if len(plans) == 1 and len(others) == 1 and not others[0].period:
            named = {others[0].index}
    comp_stem = _NEGATION.sub("", stem, count=1)
    named_comp = {col.index for col in counts if comp_stem != stem and comp_stem
                  and _MEASURE_SUFFIX.sub("", _RATE_SUFFIX.sub("", col.head)) == comp_stem}
    row_ok: set = set()
    best, best_key, best_rows = None, (False, -1), 0
    for a, b in pairs:
        n = [0, 0]
        rows = 0
        for r in g.data_rows():
            fit = _ratio_fit(g.cell(r, sc.index), g.cell(r, a.index), a, g.cell(r, b.index), b)
            if fit is None:
                continue
            rows += 1
            n[0] += fit[0]
            n[1] += fit[1]
            if fit[0] or fit[1]:
                row_ok.add(r)
        for comp in (False, True):
            key = (a.index in (named_comp if comp else named), n[comp])
            if key > best_key:
                best, best_key, best_rows = (a, b, comp), key, rows
    best_named, best_n = best_key
    # the head names its numerator and the table has one column it can be over, not a period's (目标 完成 完成率,
    # 受理 办结 办结率): that pair is the column's reading even when its one row does not fit
    sole = best_named and best is not None and not best[1].period \
        and sum(1 for a, b in pairs if a is best[0]) == 1
    established = best is not None and best_n >= best_rows - 1 and (best_n >= 2 or (best_named and best_n >= 1) or sole)
    return row_ok, best, established


def base_dec(g: Grid, c: int) -> int:
    return max((g.cell(r, c).decimals for r in g.data_rows() if g.cell(r, c).number), default=0)


@hookimpl
def lintgov_rules():
    return [TableMismatch]
