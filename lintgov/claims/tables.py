"""Tables read as figures (part of the claims layer): rows, columns, header, 合计/总计/小计 rows and
columns, 占比 columns, 同比/增长 columns, 上年 and 本年 (or two year) columns.

    from lintgov.claims.tables import tables_of
    for g in tables_of(doc):          # cached on the document
        g.columns[i].kind             # label, count, share, growth, delta, average, rate, other
        g.cell(r, c).value            # a number read from the cell (None when the cell holds none)

Two sources:

* tables the readers found (.docx, .html, .md: :attr:`Document.tables`), read only when every row has
  as many cells as the header (merged cells leave the columns uncertain: such a table is not read);
* tables flattened into plain text: a header line naming the columns (项目 2022年 2023年 增长) followed by
  rows whose cells are separated by whitespace (行政复议 312 398 27.6%), read only when every row has
  exactly as many cells as the header names (or one more: an unnamed label column), its first cell is a
  label and all the others are numbers.

The service reads; the checks (sums of columns and rows against 合计, shares against the column total,
growth against the two period columns) are the rule :mod:`lintgov.rules.tables`.  Linear in the size of
the tables: every cell is read once.
"""
from __future__ import annotations

import bisect
import itertools
import operator
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Dict, List, Optional, Sequence, Tuple

from ..quantities import cn_to_number
from ..textfold import fullwidth_text
from .values import COUNT_UNITS

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document

__all__ = ["Cell", "Column", "Grid", "LoneRow", "tables_of", "lone_rows", "cell_roles", "TOTAL_LABEL", "SUBTOTAL_LABEL"]

#: a label that names the total of its column (合计, 总计, 全市合计, 共计) or a subtotal (小计)
TOTAL_LABEL = re.compile(r"^(?:全[市省区區县縣州]|总|總)?\s*(?:合\s*[计計]|总\s*[计計]|總\s*[计計]|共\s*[计計]|总\s*数|總\s*數|"
                         r"总\s*额|總\s*額|合\s*[计計]\s*数|全[市省区區县縣州])$")
#: a total row named by the whole area only (全市, 全省), not 合计: the rows above it may be a selection of its parts
SCOPE_TOTAL_LABEL = re.compile(r"^全\s*[市省区區县縣州国國镇鎮]$")
SUBTOTAL_LABEL = re.compile(r"^小\s*[计計]$")
#: a row that breaks down the row before it (其中：…, a bracketed or indented label)
_SUB_ROW = re.compile(r"^(?:其中|其\s*中|[（(]|[-－—–·•]|\s)")
#: a percentage in Chinese numerals, as a cell of its own (百分之二十四点零, 百分之一百): read by the number service's
#: :func:`~lintgov.quantities.cn_to_number`, with the decimals printed after 点
_CN_PERCENT = r"百分之(?P<cn>[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?)"
_NUMBER = re.compile(r"^\s*(?:([+\-−－]?)\s*(\d[\d,，]*(?:\.\d+)?)\s*([%％‰]|个百分点|個百分點|个千分点|個千分點|[\u4e00-\u9fff]{1,3})?|"
                     + _CN_PERCENT + r")\s*$")
_HEAD_UNIT = re.compile(r"[（(]\s*([%％‰]|[万亿萬億]?[\u4e00-\u9fff]{1,3}|[%％])\s*[）)]\s*$")
_SHARE_HEAD = re.compile(r"占比|佔比|比重|构成|構成|占[\u4e00-\u9fff]{0,8}(?:的)?(?:比例|%|％)|所占比例|百分比")
_GROWTH_HEAD = re.compile(r"同比|增长|增長|增幅|增速|增减|增減|比上年|较上年|較上年|比去年|升降|变动|變動|"
                          r"^(?:提高|提升|下降|降低|增加|减少|減少)(?:[（(][^）)]*[）)])?$")
_RATE_HEAD = re.compile(r"率")
#: a column of average yearly growth (年均增长, 年均增速, 年平均增长率, 年均递增)
_AVERAGE_HEAD = re.compile(r"年均|年平均|平均每年|平均年")
#: a span of years named in a head (年均增长（2020—2024年）)
_SPAN = re.compile(r"((?:19|20)\d{2})\s*年?\s*[—－\-–~～至到]+\s*((?:19|20)\d{2})")
#: a column a 合计 row does not add up: a mean, a price, a density, an index or a rank
_NOT_SUMMABLE = re.compile(r"人均|平均|均价|均價|单价|單價|每|密度|指数|指數|排名|名次|排序|年龄|年齡|价格|價格|均值|单产|單產|亩产|畝產|"
                           r"浓度|濃度|强度|強度|系数|係數|倍数|倍數|[/／][\u4e00-\u9fff]|"
                           r"(?<![同环環占佔])比(?:值)?\s*(?:[（(][^）)]*[）)])?\s*$")
#: (the last two: a unit per something, 单产（公斤/亩）, 能耗（吨标准煤/万元）, and a ratio named 比 — 生师比, 医护比, 性别比 —
#: not 占比, 同比, 环比: a ratio of the row, its total row a mean)
#: a note under a table (注：…, 说明：…)
_NOTE = re.compile(r"[ \t\u3000]*(?:注|说明|說明|备注|備註)\s*[:：\d１-９]")
#: a column of the difference of two other columns of its row (目标值 实际值 差距, 计划 完成 差额)
_GAP_HEAD = re.compile(r"差距|差額|差额|差值|相差|缺口")
_PRIOR_HEAD = re.compile(r"上年|去年|上期|上年同期|前一年")
_CURRENT_HEAD = re.compile(r"本年|今年|本期|当年|當年|本年度")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年?")
#: a column head that names what its numbers measure (a two-column flattened table needs one)
_MEASURE_HEAD = re.compile(r"[数數额額量]|金额|金額|合计|合計|占比|比重|同比|增长|增長|(?:19|20)\d{2}|[（(].+[)）]$")
_CELL_SPLIT = re.compile(r"[ \t\u3000]*[|｜][ \t\u3000]*|[ \t\u3000]+")   # spaces, tabs, or a pipe (| 税收收入 | 118.3 |)
#: a run of cell breaks (:data:`_CELL_SPLIT`'s characters) and the character after it, which is none and no line end
#: (the pattern opens with a class: re skips to its characters in C)
_BREAK_RUN = re.compile(r"[ \t\u3000|｜]+[^ \t\u3000|｜\n]")
#: what cannot stand right before a break that separates two cells
_NO_CELL = frozenset(" \t\u3000|｜\n")


def _next_two_cells(text: str, pos: int) -> int:
    """Where the first break at or after ``pos`` that has a cell on either side within its line starts (-1: none).  A
    line holds one exactly when :func:`_tokens` finds two cells or more in it."""
    while True:
        m = _BREAK_RUN.search(text, pos)
        if m is None:
            return -1
        s = m.start()
        if s > 0 and text[s - 1] not in _NO_CELL:
            return s
        pos = m.end() - 1     # a break at a line's start (or at pos): the next one, after the cell it opens
#: a header line's cell: a word (项目, 件数, 同比增长) or a year (2023年), never a bare number
_HEAD_TOKEN = re.compile(r"^(?!\s*" + _CN_PERCENT + r"\s*$)(?:(?:19|20)\d{2}\s*年?[\u4e00-\u9fff（）()%％]*(?:(?:19|20)\d{2}年?[\u4e00-\u9fff（）()%％]*)?|"
                         r"(?:[\u4e00-\u9fff（）()%％A-Za-z/]|[（(][^（）()\s]{1,20}[）)])+)$")


@dataclass(frozen=True)
class Cell:
    """One cell: ``start``/``end`` span its number in ``doc.text`` (the whole cell when it holds none)."""

    start: int
    end: int
    text: str
    value: Optional[float] = None
    decimals: int = 0
    percent: bool = False
    unit: str = ""

    @property
    def number(self) -> bool:
        return self.value is not None

    def interval(self, exact: bool) -> Tuple[float, float]:
        """The true values the printed number stands for (exact for whole counts)."""
        if self.value is None:
            raise ValueError("not a number")
        if exact and self.decimals == 0:
            return self.value, self.value
        h = 0.5 * 10 ** (-self.decimals)
        return self.value - h, self.value + h


@dataclass
class Column:
    """A column of a table: its index, head, kind and unit."""
    index: int
    head: str
    #: label, count (summable), share, growth (%), delta (a difference: of two periods, in points, or a 差距 of two
    #: columns), average (年均增长 over a span of years), rate, other
    kind: str = "other"
    unit: str = ""
    #: "current", "prior" or "" (from 本年/上年 or two years in the header)
    period: str = ""
    year: Optional[int] = None
    total: bool = False           # a 合计 column
    #: the years an average growth column names as its span (年均增长（2020—2024年）), else None
    span: Optional[Tuple[int, int]] = None
    #: a delta column of two other columns of its row, of no period (差距 beside 目标值 and 实际值)
    gap: bool = False

    @property
    def summable(self) -> bool:
        """Whether a 合计 row (or column) adds this column up: not for means, prices, densities, indices, ranks or
        amounts per unit (人均收入, 平均房价, 排名, 单产（公斤/亩）), whose total row holds a mean or nothing."""
        return not _NOT_SUMMABLE.search(self.head)

    @property
    def level(self) -> bool:
        """A column of levels: counts or amounts, or rates of a named period or year (上年（%）, 2024年（%）), whose
        change, growth or average growth another column may state."""
        return self.kind == "count" or (self.kind == "rate" and (bool(self.period) or self.year is not None))

    @property
    def exact(self) -> bool:
        """Whole numbers in this column are exact counts (件, 人, 个…), not rounded amounts (a column whose unit
        is not known may be rounded: 亿元 printed without decimals)."""
        return self.unit in COUNT_UNITS


@dataclass
class Grid:
    """A table as rows of cells with its columns read from the header."""

    rows: List[List[Cell]]
    header_rows: int
    columns: List[Column]
    source: str                                    # "table" (a reader's table) or "text" (flattened)
    start: int = 0
    end: int = 0
    labels: List[str] = field(default_factory=list)   # each row's label (first cell's text)
    #: the note printed right under the table (注：增长速度按可比价格计算), "" when none
    note: str = ""
    #: the line right above the table (表5 城乡居民人均可支配收入), "" when none
    caption: str = ""

    def cell(self, r: int, c: int) -> Cell:
        return self.rows[r][c]

    def data_rows(self) -> range:
        return range(self.header_rows, len(self.rows))

    def is_total(self, r: int) -> bool:
        return bool(TOTAL_LABEL.match(self.labels[r].strip())) or r == self.whole_first()

    def whole_first(self) -> int:
        """The first data row when it is the whole of every row under it by what the labels name (地区生产总值 over
        第一产业, 第二产业, 第三产业; 进出口总额 over 出口, 进口): the rows a split that leaves nothing out
        (:func:`lintgov.claims.partition.complete`) whose sides the whole holds by name or by the statistics'
        definitions (:func:`lintgov.claims.wholes.holds_split`) — 其中 rows aside, no 合计 row among them; else -1."""
        cached = self.__dict__.get("_whole_first")
        if cached is None:
            cached = -1
            r0 = self.header_rows
            rest = [r for r in range(r0 + 1, len(self.rows)) if not self.is_sub_row(r)]
            # (a table of means or rates — 表5 城乡居民人均可支配收入 — has no whole row: 全体居民 is no sum)
            additive = not _NOT_ADDITIVE_TABLE.search(self.caption + "".join(c.head for c in self.columns))
            if additive and len(rest) >= 2 and len(self.labels) == len(self.rows) and not any(
                    TOTAL_LABEL.match(self.labels[r].strip()) or SUBTOTAL_LABEL.match(self.labels[r].strip())
                    for r in range(r0, len(self.rows))):
                from .wholes import holds_split
                if holds_split(self.labels[r0].strip(), [self.labels[r].strip() for r in rest]):
                    cached = r0
            self.__dict__["_whole_first"] = cached
        return cached

    def is_subtotal(self, r: int) -> bool:
        return bool(SUBTOTAL_LABEL.match(self.labels[r].strip()))

    def is_sub_row(self, r: int) -> bool:
        return bool(_SUB_ROW.match(self.labels[r]))


# -- reading cells --------------------------------------------------------------------------------
def _cell(text: str, start: int, end: int) -> Cell:
    seg = text[start:end]
    m = _NUMBER.match(seg)
    if not m:
        return Cell(start, end, seg)
    if m.group("cn"):
        v = cn_to_number(m.group("cn"))
        if v is None:
            return Cell(start, end, seg)
        dec = len(m.group("cn").partition("点")[2])
        return Cell(start + m.start("cn") - 3, start + m.end("cn"), seg, v, dec, True, "%")
    sign, digits, unit = m.group(1), m.group(2).replace(",", "").replace("，", ""), m.group(3) or ""
    try:
        v = float(digits)
    except ValueError:
        return Cell(start, end, seg)
    if sign and sign != "+":
        v = -v
    dec = len(digits.split(".", 1)[1]) if "." in digits else 0
    a = start + m.start(1) if sign else start + m.start(2)
    b = start + (m.end(3) if unit else m.end(2))
    return Cell(a, b, seg, v, dec, unit in ("%", "％"), unit)


def _head_unit(head: str) -> str:
    m = _HEAD_UNIT.search(head)
    if not m:
        return ""
    u = m.group(1)
    return "%" if u in ("%", "％") else u


def _columns(heads: Sequence[str], rows: List[List[Cell]], header_rows: int) -> List[Column]:
    cols = []
    for i, head in enumerate(heads):
        h = re.sub(r"\s+", "", head)
        col = Column(i, h, unit=_head_unit(h))
        data = [rows[r][i] for r in range(header_rows, len(rows))]
        nums = [c for c in data if c.number]
        if i == 0 or len(nums) * 3 < len(data) * 2 or not nums:
            col.kind = "label" if i == 0 else "other"
            cols.append(col)
            continue
        units = {c.unit for c in nums}
        if not col.unit and len(units) == 1:
            col.unit = units.pop()
        pct = col.unit in ("%", "％") or all(c.percent for c in nums) or bool(re.search(r"[（(][^（）()]*[%％][）)]$", h))
        y = _YEAR.search(h)
        col.year = int(y.group(1)) if y else None
        if TOTAL_LABEL.match(h):
            col.total = True
        if _SHARE_HEAD.search(h):
            col.kind = "share"
        elif _AVERAGE_HEAD.search(h) and re.search(r"增长|增長|增速|递增|遞增|增幅", h) and pct:
            col.kind = "average"
            sp = _SPAN.search(h)
            if sp:
                col.span = (int(sp.group(1)), int(sp.group(2)))
            col.year = None
        elif _GAP_HEAD.search(h):
            col.kind = "delta"
            col.gap = True
        elif re.search(r"百分[点點]", h):
            col.kind = "delta"           # a change in points (提高（百分点）, 变动（百分点）)
        elif _GROWTH_HEAD.search(h):
            col.kind = "growth" if (pct or re.search(r"幅|速|率|%|％", h)) else "delta"
        elif _RATE_HEAD.search(h) or pct:
            col.kind = "rate"
            # a rate of a named period (上年（%）, 本年（%）): a level whose change in points another column may state
            if _PRIOR_HEAD.search(h):
                col.period = "prior"
            elif _CURRENT_HEAD.search(h):
                col.period = "current"
        else:
            col.kind = "count"
            if _PRIOR_HEAD.search(h):
                col.period = "prior"
            elif _CURRENT_HEAD.search(h):
                col.period = "current"
        cols.append(col)
    # two count columns of consecutive years (in either order): the earlier is the prior period, the later the
    # current one
    years = sorted((c for c in cols if c.kind in ("count", "rate") and c.year is not None and not c.period),
                   key=lambda c: (c.kind, c.year))
    for a, b in zip(years, years[1:]):
        if b.kind == a.kind and b.year == a.year + 1:
            a.period = a.period or "prior"
            b.period = "current"
    return cols


#: words of a table's caption or heads that make its figures means or rates, which no row adds up
_NOT_ADDITIVE_TABLE = re.compile(r"人均|户均|平均|均价|均價|率|比重|指数|指數|密度|单价|單價")


#: a caption's unit note, at its end: （单位：件）, 单位：亿元 (one unit, not 万元、%)
_CAPTION_UNIT = re.compile(r"(?:计量)?单位\s*[:：]\s*([万亿千百]?[\u4e00-\u9fff]{1,3})\s*[）)]?\s*$")


def _grid(text: str, cell_spans: List[List[Tuple[int, int]]], header_rows: int, source: str,
          min_rows: int = 2) -> Optional[Grid]:
    if header_rows < 1 or len(cell_spans) < header_rows + min_rows:
        return None
    n = len(cell_spans[0])
    if n < 2 or any(len(r) != n for r in cell_spans):
        return None                     # merged cells: the columns are uncertain
    rows = [[_cell(text, a, b) for a, b in r] for r in cell_spans]
    heads = [" ".join(text[cell_spans[h][i][0]:cell_spans[h][i][1]].strip() for h in range(header_rows)).strip()
             for i in range(n)]
    cols = _columns(heads, rows, header_rows)
    labels = [text[r[0][0]:r[0][1]] for r in cell_spans]
    start = cell_spans[0][0][0]
    above = text.rfind("\n", 0, max(0, start - 1))
    caption = text[above + 1:start].strip()[-80:] if start > 0 and text[start - 1:start] == "\n" else ""
    own = text[text.rfind("\n", 0, start) + 1:start].strip(" \t\u3000|｜")
    if own:
        caption = own[-80:]             # a caption before the header on its line
    # the caption's unit note (（单位：件）, 单位：亿元) is the unit of the count columns that name none
    cu = _CAPTION_UNIT.search(caption)
    if cu:
        for col in cols:
            if col.kind == "count" and not col.unit:
                col.unit = cu.group(1)
    return Grid(rows, header_rows, cols, source, start, cell_spans[-1][-1][1], labels, caption=caption)


# -- flattened tables in plain text ----------------------------------------------------------------
def _tokens(text: str, a: int, b: int) -> List[Tuple[int, int]]:
    out, pos = [], a
    for m in _CELL_SPLIT.finditer(text, a, b):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < b:
        out.append((pos, b))
    return out


#: a header cell naming a column of units (单位, 计量单位)
_UNIT_HEAD = re.compile(r"^(?:计量|計量)?单位$|^(?:计量|計量)?單位$")
#: a unit cell of a row (件, 亿元, 万人次, %)
_UNIT_CELL = re.compile(r"^(?:[%％‰]|[万亿萬億千百]?[\u4e00-\u9fff]{1,3}(?:/[\u4e00-\u9fff]{1,2})?)$")


#: a row label that is a year (2023年, 2023年度): the name of its row, not a figure
_YEAR_LABEL = re.compile(r"(?:19|20)\d{2}\s*年度?")
#: a bare year naming its row (2023) under a header whose first column names years (年份 受理 办结 办结率)
_BARE_YEAR = re.compile(r"(?:19|20)\d{2}")
#: the head of a column of years
_YEAR_HEAD = re.compile(r"年份|年度|年份?[（(]年[）)]|年")


def _row_cells(text: str, toks: List[Tuple[int, int]], unit_col: bool,
               year_rows: bool = False) -> Optional[List[Tuple[int, int]]]:
    """A flattened row as cells: the label (its words may be separated by spaces: 行政复议案件 （件）), the unit
    when the header has a 单位 column, then the numbers; None when the line is not such a row.  ``year_rows``: the
    header's first column names years (年份), so a bare year (2023) names its row."""
    k = len(toks)
    while k > 0 and _NUMBER.match(text[toks[k - 1][0]:toks[k - 1][1]]):
        k -= 1
    if k == 0 and len(toks) > 1 and (_YEAR_LABEL.fullmatch(text, *toks[0])
                                      or (year_rows and _BARE_YEAR.fullmatch(text, *toks[0]))):
        k = 1                           # 2023年 1,356 1,342 99.0%: a row named by its year
    if k == len(toks) or k == 0:
        return None
    cells = toks[k:]
    if unit_col:
        if k < 2 or not _UNIT_CELL.match(text[toks[k - 1][0]:toks[k - 1][1]]):
            return None
        cells = [toks[k - 1]] + cells
        k -= 1
    if any(re.search(r"[。；;！？]", text[x:y]) for x, y in toks[:k]):
        return None                     # a sentence, not a row label
    return [(toks[0][0], toks[k - 1][1])] + cells


#: the rule line under a pipe table's header (|---|:---:|, ｜—｜—｜)
_RULE_LINE = re.compile(r"[ \t]*[|｜]?(?:[ \t]*:?[-—－]{3,}:?[ \t]*[|｜])+[ \t]*:?[-—－]{0,}:?[ \t]*")


def _text_tables(doc: "Document") -> List[Grid]:
    """Header line + rows of whitespace-separated cells, as many as the header names (or one more)."""
    text = fullwidth_text(doc)
    out: List[Grid] = []
    # each line's (start, end), made in C (a Python step per line was a third of this function on a report of
    # paragraphs)
    lens = list(map(len, text.split("\n")))
    starts = list(itertools.accumulate(map(operator.add, lens, itertools.repeat(1)), initial=0))
    lines = list(zip(starts, map(operator.add, starts, lens)))
    i = 0
    nxt = -2
    while i < len(lines):
        a, b = lines[i]
        if nxt < a:
            nxt = _next_two_cells(text, a)
            if nxt < 0:
                break
        if nxt >= b:
            # a line of one cell or none opens no table (nothing below but i += 1): on to the next line that holds two
            # cells (most lines of a report are one paragraph each)
            i = bisect.bisect_right(starts, nxt) - 1
            a, b = lines[i]
        toks = _tokens(text, a, b)
        if len(toks) < 2 or len(toks) > 30 or not all(_HEAD_TOKEN.match(text[x:y]) for x, y in toks) \
                or (len(toks) == 2 and not _MEASURE_HEAD.search(text[toks[1][0]:toks[1][1]])):
            if 4 <= len(toks) <= 400:
                flat = _flat_line(text, toks)
                g = _grid(text, flat, 1, "text", min_rows=1) if flat else _pair_line(text, toks)
                if g is not None:
                    out.append(g)
            i += 1
            continue
        # a 序号 column (1, 2, 3 before each row's name) carries no figure: set it aside
        numbered = text[toks[0][0]:toks[0][1]] in ("序号", "序號", "编号", "編號")
        if numbered:
            toks = toks[1:]
        n = len(toks)
        unit_col = next((k for k, (x, y) in enumerate(toks) if k and _UNIT_HEAD.match(text[x:y])), None)
        year_rows = bool(_YEAR_HEAD.fullmatch(text, *toks[0]))
        rows: List[List[Tuple[int, int]]] = []
        j = i + 1
        width = None
        # a header spread over two lines: the second holds only the columns' units (（亿元） （亿元） （%）), under the
        # last columns
        units: Optional[List[Tuple[int, int]]] = None
        if j < len(lines) and _RULE_LINE.fullmatch(text, *lines[j]):
            j += 1        # the rule under a pipe table's header (|---|---|)
        if j < len(lines):
            utoks = _tokens(text, *lines[j])
            if utoks and len(utoks) in (n - 1, n) and all(_UNIT_ROW_CELL.match(text[x:y]) for x, y in utoks):
                units = [(utoks[0][0], utoks[0][0])] * (n - len(utoks)) + utoks
                j += 1
        while j < len(lines):
            ra, rb = lines[j]
            rtoks = _tokens(text, ra, rb)
            if numbered:
                if not rtoks or not re.fullmatch(r"\d{1,3}[.、．]?", text[rtoks[0][0]:rtoks[0][1]]):
                    break
                rtoks = rtoks[1:]
            rt = _row_cells(text, rtoks, unit_col is not None, year_rows)
            if rt is None:
                break
            if width is None:
                if len(rt) not in (n, n + 1):
                    break
                width = len(rt)
            if len(rt) != width or not (re.search(r"[\u4e00-\u9fff]", text[rt[0][0]:rt[0][1]])
                                        or (year_rows and _BARE_YEAR.fullmatch(text, *rt[0]))):
                break
            rows.append(rt)
            j += 1
        # one row is a table when its header names periods or a growth/share/rate column (指标 2023年 2024年 增长率)
        if len(rows) >= 2 or (rows and n >= 3 and any(_ONE_ROW_HEAD.search(text[x:y]) for x, y in toks[1:])):
            head = toks if width == n else [(a, a)] + toks
            if units is not None:
                units = units if width == n else [(a, a)] + units
                g = _grid(text, [head, units] + rows, 2, "text", min_rows=1)
            else:
                g = _grid(text, [head] + rows, 1, "text", min_rows=1)
            if g is not None:
                out.append(g)
            i = j
        else:
            i += 1
    return out


#: a head that makes one row a table: periods (2023年, 上年, 本年), growth, share or rate columns
_ONE_ROW_HEAD = re.compile(r"^(?:19|20)\d{2}|[（(]\s*[%％]\s*[）)]$|" + _GROWTH_HEAD.pattern + "|" + _SHARE_HEAD.pattern + "|" + _RATE_HEAD.pattern
                           + "|" + _PRIOR_HEAD.pattern + "|" + _CURRENT_HEAD.pattern)
#: a cell of a header's second line that holds only a unit in brackets (（亿元）, （%）, （件）)
_UNIT_ROW_CELL = re.compile(r"^[（(]\s*(?:[%％‰]|[万亿萬億千百]?[\u4e00-\u9fff]{1,4}(?:/[\u4e00-\u9fff]{1,3})?|个百分点|百分点)\s*[）)]$")
#: a label's second word: its unit in brackets (行政复议案件 （件）)
_BRACKET_UNIT = re.compile(r"^[（(][^）)]{1,6}[）)]$")
#: a 序号 head
_SEQ_HEAD = ("序号", "序號", "编号", "編號")


def _flat_line(text: str, toks: List[Tuple[int, int]]) -> Optional[List[List[Tuple[int, int]]]]:
    """A table flattened into one line (a paragraph copied from a PDF or a web page): the header's column names,
    then rows of a label (one word, or a word and its bracketed unit), the unit when the header has a 单位 column,
    and as many numbers as the header names columns after the label (序号 before each row when the header starts
    with one).  The whole line must be header and rows; the cell spans (header first), or None."""
    kinds = []                      # "w" a word (a head or a label), "n" a number, "" neither
    for x, y in toks:
        t = text[x:y]
        if _HEAD_TOKEN.match(t) and not t.isdigit():
            kinds.append("w")
        elif _NUMBER.match(t):
            kinds.append("n")
        else:
            kinds.append("")
    # a caption may stand before the header (表2 2024年…情况（单位：件） 类别 受理 审结 公安 90 88 …): cells of any
    # words before the run of words that the first number ends; after it, only words and numbers
    first = next((i for i, kd in enumerate(kinds) if kd == "n"), None)
    if first is None or "" in kinds[first:]:
        return None
    c0 = first
    while c0 > 0 and kinds[c0 - 1] == "w":
        c0 -= 1
    if c0:
        return _captioned(text, toks, kinds, first)
    k = len(toks)
    numbered = text[toks[0][0]:toks[0][1]] in _SEQ_HEAD
    w = 0
    while w < k and kinds[w] == "w":
        w += 1
    m = w
    while m < k and kinds[m] == "n":
        m += 1
    m -= w                                  # the numbers after the first run of words
    if w < 2 or m < 1:
        return None
    head_words = toks[1:w] if numbered else toks[:w]
    unit_col = any(_UNIT_HEAD.match(text[x:y]) for x, y in head_words[1:])
    if numbered:
        # 序号 指标 上年 本年 增减 1 一般公共预算收入（亿元） 218.4 236.8 18.4 2 …: the header is every word, the
        # first number is the first row's 序号
        if m != 1 or not re.fullmatch(r"1[.、．]?", text[toks[w][0]:toks[w][1]]):
            return None
        h = len(head_words)
        width = h - 1 - (1 if unit_col else 0)
        header = head_words
        pos = w
    else:
        # the label's words (a word, or a word and its bracketed unit) and the unit cell end the first run of words;
        # the header is the words before them, one per column (or one fewer: no head over the labels)
        width = m
        u = 1 if unit_col else 0
        label_words = 2 if w - u >= 2 and _BRACKET_UNIT.match(text[toks[w - u - 1][0]:toks[w - u - 1][1]]) else 1
        h = w - u - label_words
        if h > m + u + 1 and not u:
            return _captioned(text, toks, kinds, first)
        if h not in (m + u, m + u + 1) or h < 2:
            return None
        header = toks[:h]
        pos = h
    if width < 1:
        return None
    heads = [text[x:y] for x, y in header]
    # a header that names no measure (当季受理 累计受理) is one by its structure alone: two rows at least, each of
    # two numbers or more
    named = any(_ONE_ROW_HEAD.search(t) or _MEASURE_HEAD.search(t) for t in heads[1:] or heads)
    if len(heads) == 2 and not _MEASURE_HEAD.search(heads[1]):
        return None
    rows: List[List[Tuple[int, int]]] = []
    while pos < k:
        if numbered:
            if kinds[pos] != "n" or not re.fullmatch(rf"{len(rows) + 1}[.、．]?", text[toks[pos][0]:toks[pos][1]]):
                return None
            pos += 1
        a = pos
        while pos < k and kinds[pos] == "w":
            pos += 1
        words = pos - a - (1 if unit_col else 0)
        if words == 2 and not _BRACKET_UNIT.match(text[toks[a + 1][0]:toks[a + 1][1]]):
            return None
        if words not in (1, 2) or not re.search(r"[\u4e00-\u9fff]", text[toks[a][0]:toks[a][1]]):
            return None
        cells = [(toks[a][0], toks[a + words - 1][1])]
        if unit_col:
            if not _UNIT_CELL.match(text[toks[a + words][0]:toks[a + words][1]]):
                return None
            cells.append(toks[a + words])
        b = pos
        while pos < k and kinds[pos] == "n" and pos - b < width:
            pos += 1
        if pos - b != width:
            return None
        cells += toks[b:pos]
        rows.append(cells)
    if not rows or (len(rows) == 1 and (len(heads) < 3 or not any(_ONE_ROW_HEAD.search(t) for t in heads[1:]))):
        return None
    if not named and (len(rows) < 2 or width < 2):
        return None
    n = len(rows[0])
    if len(header) == n - 1:
        header = [(header[0][0], header[0][0])] + list(header)
    if len(header) != n:
        return None
    return [list(header)] + rows


def _captioned(text: str, toks: List[Tuple[int, int]], kinds: List[str], first: int) -> Optional[List[List[Tuple[int, int]]]]:
    """A flattened table whose caption stands before its header on the same line (表2 2024年复议案件办理情况（单位：件）
    类别 受理 审结 公安 90 88 …, or 各区工单办结情况｜区县｜受理（件）｜…): ``first`` is the first number's cell.  The
    header is the words before the first row's label, one per number of that row and one over the labels (none
    over them when fewer words stand there); what stands before the header is the caption, which must be there.
    At least two rows, each a label (a word, or a word and its bracketed unit) and as many numbers as the first;
    the cell spans (header first), or None."""
    k = len(toks)
    m = 0
    while first + m < k and kinds[first + m] == "n":
        m += 1
    c0 = first
    while c0 > 0 and kinds[c0 - 1] == "w":
        c0 -= 1
    label_words = 2 if first - c0 >= 2 and _BRACKET_UNIT.match(text[toks[first - 1][0]:toks[first - 1][1]]) else 1
    a0 = first - label_words                 # the first row's label
    if a0 - c0 > m:
        h0 = a0 - m - 1                      # a head over the labels
    elif a0 - c0 == m and c0 > 0:
        h0 = c0                              # no head over the labels
    else:
        return None
    if h0 < 1:
        return None                          # no caption: :func:`_flat_line` reads it
    header = list(toks[h0:a0])
    if any(_UNIT_HEAD.match(text[x:y]) or text[x:y] in _SEQ_HEAD for x, y in header):
        return None
    rows: List[List[Tuple[int, int]]] = []
    pos = a0
    while pos < k:
        a = pos
        while pos < k and kinds[pos] == "w":
            pos += 1
        words = pos - a
        if words not in (1, 2) or (words == 2 and not _BRACKET_UNIT.match(text[toks[a + 1][0]:toks[a + 1][1]])) \
                or not re.search(r"[\u4e00-\u9fff]", text[toks[a][0]:toks[a][1]]):
            return None
        b = pos
        while pos < k and kinds[pos] == "n" and pos - b < m:
            pos += 1
        if pos - b != m:
            return None
        rows.append([(toks[a][0], toks[a + words - 1][1])] + list(toks[b:pos]))
    if len(rows) < 2:
        return None
    if len(header) == m:
        header = [(header[0][0], header[0][0])] + header
    return [header] + rows


@dataclass(frozen=True)
class LoneRow:
    """A line that is one table row without its header (行政复议 312 398 21.6%): a label, two levels and a
    percentage whose column is only implied."""

    label: str
    start: int
    end: int
    a: Cell
    b: Cell
    r: Cell


#: a line that holds figures in whitespace-separated cells (a row of a table whose header is not printed)
_ROW_LIKE = re.compile(r"\S[ \t\u3000]+[+\-−－]?\d[\d,，.]*[%％]?(?:[ \t\u3000]|$)")


#: a unit two levels of a lone row may carry (312件 398件, 2.4亿元 2.9亿元): counts and amounts, never a date's or a page's
#: (the units of one length in a fixed order: a set's order changes with the hash seed, and a new pattern text is
#: compiled again and rewrites the pattern cache at every start)
_LEVEL_UNIT = re.compile(r"^[万亿萬億千百]?(?:" + "|".join(sorted(COUNT_UNITS, key=lambda u: (-len(u), u)))
                         + r"|元|吨|噸|亩|畝|公里|千米|平方米|立方米|千瓦|千瓦时|千瓦時|美元)$")


def _row_like_lines(text: str, starts: List[int], lens: List[int]) -> "set[int]":
    """The lines (indices; ``starts``/``lens`` their offsets and lengths) of at most 80 characters that hold a run of
    figures (:data:`_ROW_LIKE`): only those lines are searched, picked in C (every line of every report was searched,
    the paragraphs too, and its length tested after)."""
    search = _ROW_LIKE.search
    short = itertools.compress(range(len(lens)), map((80).__ge__, lens))
    return {i for i in short if search(text, starts[i], starts[i] + lens[i])}


def lone_rows(doc: "Document") -> List[LoneRow]:
    """Lines that are one table row and nothing else: a label (a word, or a word and its bracketed unit), two
    positive numbers without a percent sign and of the same form, and a percentage (行政复议 312 398 21.6%), the
    lines before and after it not rows of figures too (a block of rows without a header may be of any columns), and
    no table read over it.  Which column the percentage is (growth either way, a ratio, points) is the rule's
    reading; the service only says the line is such a row (cached, linear in the lines)."""
    got = doc.__dict__.get("_lintgov_lone_rows")
    if got is not None:
        return got
    text = fullwidth_text(doc)
    out: List[LoneRow] = []
    spans = [(g.start, g.end) for g in tables_of(doc)]
    lens = list(map(len, text.split("\n")))
    starts = list(itertools.accumulate(map(operator.add, lens, itertools.repeat(1)), initial=0))
    row_like = _row_like_lines(text, starts, lens)
    for i in sorted(row_like):
        if i - 1 in row_like or i + 1 in row_like:
            continue
        a = starts[i]
        b = a + lens[i]
        toks = _tokens(text, a, b)
        if len(toks) not in (4, 5):
            continue
        words = len(toks) - 3
        label = text[toks[0][0]:toks[words - 1][1]]
        if not re.search(r"[\u4e00-\u9fff]", text[toks[0][0]:toks[0][1]]) or not _HEAD_TOKEN.match(text[toks[0][0]:toks[0][1]]) \
                or _YEAR.match(label) or (words == 2 and not _BRACKET_UNIT.match(text[toks[1][0]:toks[1][1]])):
            continue
        cells = [_cell(text, x, y) for x, y in toks[words:]]
        x, y, r = cells
        if not all(c.number for c in cells) or not r.percent or x.percent or y.percent or x.unit != y.unit \
                or (x.unit and not _LEVEL_UNIT.match(x.unit)) or x.value <= 0 or y.value <= 0:
            continue
        if any(g0 <= toks[0][0] < g1 for g0, g1 in spans):
            continue
        out.append(LoneRow(label, toks[0][0], toks[-1][1], x, y, r))
    doc.__dict__["_lintgov_lone_rows"] = out
    return out


def _pair_line(text: str, toks: List[Tuple[int, int]]) -> Optional[Grid]:
    """A record flattened into name–value pairs (a web page's figures copied as text): ``受理 1204 办结 1188 办结率
    98.7%``, or several records on one line whose names repeat (``一审审结 142 败诉 9 败诉率 6.3% 二审审结 58 败诉 2
    败诉率 3.4%``), after at most one title word.  Each record is a row, each name a column (a first name that
    differs from record to record, 一审审结 / 二审审结, labels its row; its column is headed by what the names share:
    审结).  Every record must hold the same names in the same order; None otherwise."""
    k = len(toks)
    words = [bool(_HEAD_TOKEN.match(text[x:y])) and not _YEAR.match(text[x:y]) for x, y in toks]
    nums = [not w and bool(_NUMBER.match(text[x:y])) for w, (x, y) in zip(words, toks)]
    lead = 1 if k % 2 else 0
    if k - lead < 6 or (lead and not words[0]):
        return None
    if not all(words[i] and nums[i + 1] for i in range(lead, k, 2)):
        return None
    pairs = [(text[toks[i][0]:toks[i][1]], toks[i], toks[i + 1]) for i in range(lead, k, 2)]
    keys = [p[0] for p in pairs]
    # records: a new one starts where a name of the current one comes again
    again = next((j for j in range(1, len(keys)) if keys[j] in keys[:j]), None)
    width = len(keys) if again is None else again - keys.index(keys[again])
    if width < 2 or len(keys) % width:
        return None
    recs = [pairs[j:j + width] for j in range(0, len(pairs), width)]
    if any([p[0] for p in r[1:]] != keys[1:width] for r in recs):
        return None
    firsts = [r[0][0] for r in recs]
    varying = len(set(firsts)) > 1
    if varying:
        # 一审审结 / 二审审结: the first name labels the row; they must share the measure (审结)
        common = ""
        while all(len(f) > len(common) for f in firsts) and len({f[len(f) - len(common) - 1] for f in firsts}) == 1:
            common = firsts[0][len(firsts[0]) - len(common) - 1] + common
        if len(common) < 2:
            return None
    elif len(recs) > 1:
        return None
    heads = [r[1] for r in recs[0]]
    if varying:
        rows = [[r[0][1], r[0][2]] + [p[2] for p in r[1:]] for r in recs]
        header = [(heads[0][0], heads[0][0])] + heads
    else:
        label = toks[0] if lead else (toks[0][0], toks[0][0])
        rows = [[label] + [p[2] for p in recs[0]]]
        header = [(label[0], label[0])] + heads
    g = _grid(text, [header] + rows, 1, "text", min_rows=1)
    if g is not None and varying:
        g.columns[1].head = common
    return g


#: the role a figure of a table cell plays, by the kind of its column (for the claims layer)
_ROLE_OF_KIND = {"share": "share", "growth": "growth", "delta": "delta", "rate": "rate", "average": "average"}


def cell_roles(doc: "Document") -> Dict[int, str]:
    """Start of each number in a share, growth, change, average growth or rate column → its role (share, growth,
    delta or points, average, rate)."""
    out: Dict[int, str] = {}
    for g in tables_of(doc):
        for col in g.columns:
            role = _ROLE_OF_KIND.get(col.kind)
            if role is None:
                continue
            if role == "delta" and re.search(r"百分[点點]", col.head):
                role = "points"
            for r in g.data_rows():
                c = g.cell(r, col.index)
                if c.number:
                    out[c.start] = role
                    if c.text.lstrip()[:1] in ("+", "-", "−", "－"):
                        out.setdefault(c.start + 1, role)     # a signed number (-10.0) may be read from its digits
    return out


def cell_names(doc: "Document") -> Dict[int, str]:
    """Start of each number cell of a table → what names it: its row's label and its column's head (2023年 · 办结率),
    for the ledger (``lintgov claims``)."""
    out: Dict[int, str] = {}
    for g in tables_of(doc):
        for r in g.data_rows():
            label = " ".join(g.labels[r].split())
            for col in g.columns:
                if col.index == 0:
                    continue
                c = g.cell(r, col.index)
                if c.number:
                    head = " ".join(col.head.split())
                    out[c.start] = f"{label} · {head}" if label and head else label or head
    return out


def tables_of(doc: "Document") -> List[Grid]:
    """Every table of the document read as a grid (cached)."""
    got = doc.__dict__.get("_lintgov_tables")
    if got is not None:
        return got
    out: List[Grid] = []
    for t in doc.tables:
        spans = [[(c.start, c.end) for c in row] for row in t.rows]
        # a title or unit row spanning the table (表1 … / 单位：件) stands above the header: set it aside
        width = max((len(r) for r in spans), default=0)
        top = 0
        while top < min(2, len(spans)) and len(spans[top]) < width:
            top += 1
        # one data row is a table too (a growth row under 指标 2023年 2024年 增长率), unless rows had to be set aside
        # above the header (then the header itself is uncertain)
        g = _grid(fullwidth_text(doc), spans[top:], max(1, (t.header_rows or 1) - top), "table", min_rows=1 if top == 0 else 2)
        if g is not None:
            out.append(g)
    if not doc.tables:
        out.extend(_text_tables(doc))
    text = fullwidth_text(doc)
    for g in out:
        # the note right under the table (its next line, or the next but one after a blank line)
        i = g.end
        for _ in range(2):
            j = text.find("\n", i)
            if j < 0:
                break
            k = text.find("\n", j + 1)
            line = text[j + 1:k if k >= 0 else len(text)]
            if _NOTE.match(line):
                g.note = line.strip()
                break
            if line.strip():
                break
            i = j + 1
    doc.__dict__["_lintgov_tables"] = out
    return out


#: a column head naming another figure than the period's own level or change (a plan, a budget, last year's, a span's)
_OTHER_FIGURE_HEAD = re.compile(r"计划|目标|预算|预期|预计|任务|上年|去年|同期|累计|年均|排名|位次|人均|户均|平均|比重|占")
#: the names of the budget accounts (一般公共预算, 政府性基金预算…): a metric's name, not a column of budgeted figures
_BUDGET_ACCOUNT = re.compile(r"一般公共预算|公共预算|一般预算|政府性基金预算|国有资本经营预算|社会保险基金预算")
#: words of a caption or a head saying the rows are some units only or a part (重点, 部分, 主要, 其中, 前十)
_SOME_UNITS = re.compile(r"重点|部分|主要|其中|前[一二三四五六七八九十\d]|排名|试点|典型|示范")
#: a row label naming an area or a body (甲区, 城关镇, 市属企业, 市人民医院): rows of units, whose total may leave some out
#: (市本级 beside the districts)
_UNIT_ROW = re.compile(r"(?:省|市|区|县|镇|乡|街道|村|社区|局|院|所|中心|公司|企业|单位|部门)$")
#: a row naming the kinds not listed (其他, 其它, 其他类): the rows cover every kind
_OTHER_ROW = re.compile(r"^其[他它](?:类|方面|事项|案件)?$")


def _kinds_partition(g) -> bool:
    """Whether the data rows of ``g`` are kinds that cover the whole (行政处罚类 | 行政许可类 | 其他): no row is an area
    or a body (a table of districts may leave 市本级 out) and a row names the kinds not listed, or every row ends with
    类 — so the total row is the whole the text states."""
    labels = [g.labels[r].strip() for r in g.data_rows() if not _TOTAL_ROW.match(g.labels[r].strip())]
    if not labels or any(_UNIT_ROW.search(x) for x in labels):
        return False
    return any(_OTHER_ROW.match(x) for x in labels) or all(x.endswith("类") for x in labels)


#: a row label naming the total of the rows above (合计, 总计, 合 计)
_TOTAL_ROW = re.compile(r"^(?:合\s*计|总\s*计|總\s*計|合\s*計)$")
#: a column head that names no metric, only what kind of figure the column holds (数值, 绝对数, 本年, 完成数…)
_GENERIC_HEAD = re.compile(r"^(?:数值|數值|绝对数|絕對數|数量|數量|金额|金額|本年|本期|当年|完成数|完成|实际|实际数|合计|总计|"
                           r"(?:19|20)\d{2}年?(?:度)?|人数|件数|个数|户数|总数|总量|规模)?$")
#: the basis of a growth column's head (比上年增长（%）, 较上年同期增减): this year's change on last year, no figure of last year
_ON_LAST_YEAR = re.compile(r"(?:比|较|同比)(?:上年|去年)(?:同期)?(?=增|减|下降|提高|上升)")
#: a row label that is a part (其中, 内:) or holds a figure or a bracket of its own
_PART_LABEL = re.compile(r"^\s*(?:其中|内[:：]|#|[-—－])|\d|[（(]")
_SCALES = (("万亿", 10 ** 12), ("亿", 10 ** 8), ("万", 10 ** 4))
#: the unit a row label ends with, in brackets (规模以上工业增加值（亿元）, 在校学生（万人）): the row's unit, not a part
_LABEL_UNIT = re.compile(r"[（(]\s*((?:万亿|亿|万|千|百)?(?:元|人|户|件|个|家|吨|辆|套|张|所|起|次|人次|平方米|公里|千米|"
                         r"公顷|亩|千瓦|千瓦时|立方米|美元)|%)\s*[）)]\s*$")
#: a row naming a rate (纠错率, 比重, 占比)
_RATE_LABEL = re.compile(r"(?:率|比重|比例|占比)$")


def stated_cells(doc: "Document", year: Optional[int]) -> List[Tuple[str, str, "object"]]:
    """The cells of the document's tables that state the period's own figure of their row's metric, as
    ``(label, role, quantity)``: role ``level`` (a count or amount column), ``rate`` / ``share`` (a rate or share
    column; the row names the rate: 行政复议案件纠错率 | 12.3%) or ``growth`` (a growth column, in %); the quantity in base
    units with the column's unit (完成数（亿元） | 86.4 is 86.4亿元), so that it compares with the figure of the text that
    states it.  Only columns of no other period (上年, a plan, a budget, a cumulative or mean figure, another year than
    ``year``), rows that name a metric (no 其中 part, no figure or bracket in the label), cells with a number."""
    from ..quantities import Quantity
    out: List[Tuple[str, str, object]] = []
    for g in tables_of(doc):
        if len(g.labels) != len(g.rows):
            continue
        # a column of units (指标 | 单位 | 数值): each row's unit, for the count columns that name none
        unit_col = next((c.index for c in g.columns if _UNIT_HEAD.match(c.head.strip())), None)
        for ci, col in enumerate(g.columns):
            if ci == 0 or col.kind not in ("count", "rate", "share", "growth") or col.period not in ("", "current"):
                continue
            head = _ON_LAST_YEAR.sub("", col.head) if col.kind == "growth" else col.head
            head = _BUDGET_ACCOUNT.sub("", head)     # (一般公共预算支出（亿元）: an account's name, no budget column)
            if (col.year is not None and col.year != year) or _OTHER_FIGURE_HEAD.search(head):
                continue
            for r in g.data_rows():
                if ci >= len(g.rows[r]):
                    continue
                label = g.labels[r].strip()
                c = g.rows[r][ci]
                lu = _LABEL_UNIT.search(label)
                if lu is not None:
                    label = label[:lu.start()].rstrip()
                if _TOTAL_ROW.match(label):
                    # the total row of a column naming a metric (| 合计 | 512 | under 行政复议申请（件）): the column's
                    # metric, as the text states its total — unless the table lists some units only (重点镇街, 主要
                    # 企业, 前十位: its total is theirs) or the column is a part (其中…)
                    label = _HEAD_UNIT.sub("", col.head).strip()
                    if _GENERIC_HEAD.match(label) or col.total or _SOME_UNITS.search(g.caption + label) \
                            or not _kinds_partition(g):
                        continue
                if c.value is None or not 2 <= len(label) <= 30 or _PART_LABEL.search(label):
                    continue
                unit = col.unit
                if unit_col is not None and not unit and unit_col < len(g.rows[r]) and col.kind == "count":
                    ru = g.rows[r][unit_col].text.strip()
                    if _LABEL_UNIT.fullmatch("（" + ru + "）") is None:
                        continue      # a unit the row names that is not one of a count or %, or none
                    unit = ru         # (城镇登记失业率 | % | 2.6: a rate, when its label names one)
                if lu is not None and col.kind == "count":
                    # (指标 | 绝对数 with the unit in the row's label: 规模以上工业增加值（亿元） | 812.6 is 812.6亿元)
                    if unit and unit != lu.group(1):
                        continue
                    unit = lu.group(1)
                pct = col.kind in ("rate", "share", "growth") or c.percent or unit == "%"
                if pct and unit not in ("", "%"):
                    continue
                role = "level" if col.kind == "count" else col.kind
                if pct and role == "level":
                    # (a column of values of several kinds, 指标 | 数值: a percentage is a rate when its row names one)
                    if not _RATE_LABEL.search(label):
                        continue
                    role = "rate"
                elif not pct and role != "level":
                    continue
                # (as the text's quantities hold it: 86.4 in a column of 亿元 is 86.4亿元, its scale apart from its unit)
                scale, base = 1, "%" if pct else unit
                for w, f in _SCALES:
                    if not pct and unit.startswith(w) and len(unit) > len(w):
                        scale, base = f, unit[len(w):]
                        break
                q = Quantity(c.start, c.end, c.start, c.end, c.value * scale, c.value, c.decimals, scale, base)
                out.append((label, role, q))
    return out
