"""Periods (part of the claims layer): the period a figure is stated for, read once per figure, and the one question
every relation between two figures asks of them — are they of the same period?

A report states figures of several periods side by side: this year's (the report's own period, named or not), last
year's (上年/去年/上一年), a named year (2023年), a part of the year (一季度, 上半年, 1-9月), a sum over years (累计), and
what was added in the year beside a stock (新增/新建…).  A rate, a share or a part is never over a figure of another
period (去年全区败诉率为9.2%。今年审结240件，败诉18件: last year's rate is not over this year's counts; 2023年审结案件300件，
纠错40件；2024年纠错率20.5%: the rate names a period its numerator does not).  What is read, here and nowhere else:

* :data:`LABEL` — the period labels a figure's words may name (2023年, 上年, 去年, 同期, 今年, 本年, 一季度, 上半年…);
* :func:`frame_of` — the period a clause of the figure's sentence opens with (去年全区…, 今年…, 2023年…), which frames
  every figure after it in the sentence ("prior", "current", or the year as printed);
* :class:`Period` / :func:`period_of` — the reading of one figure: the labels in the words right before it, whether it
  is a sum over years (累计), whether its clause says it was added in the year (新增/新建…), and its frame;
* :func:`periods_differ` — the one "same period?" question: two figures differ when both name periods and not the same
  ones, when one is cumulative or added and the other not, or when their sentences are framed by different periods;
  when the first is the relation's own figure (a rate read over its clause), a label its operand names that the
  relation does not (other than this year's) makes them differ too;
* the parts of a year: :data:`SUBPERIOD` (a part of the year: a figure for it is not the year's), :func:`subperiod_of`
  (the sub-period word governing a value: 二季度, 11月), :func:`subperiod_rank` (which quarter, month or half),
  :func:`same_subperiod`.

The readers of rates and shares (:mod:`lintgov.claims.rates`), LG101 (``rules/arithmetic.py``) and the grammar of
changes (:mod:`lintgov.claims.grammar`: the level of another sub-period before a 环比 change) ask here.
"""
from __future__ import annotations

from typing import Any, Dict, FrozenSet, NamedTuple, Optional, Tuple

from .. import lazyre

#: a year or period label before a figure: the figure may be of another period than a figure labelled otherwise
_LABEL = r"(?:19|20)\d{2}年|上年|去年|上一年|同期|今年|本年|[一二三四]季度|上半年|下半年"
LABEL = lazyre.compile(_LABEL)
#: a label (上年同期 as one) as the period of what follows it — or, after one of :data:`_COMPARED`, the period compared
#: with (比上年, 较去年同期, 与2023年, 是上年的), which is not the period of the figure after it (较上年提高1.5个百分点，
#: 全年共办结…1,027件)
_LABEL_RUN = lazyre.compile(r"(?P<l>" + _LABEL + r")(?:同期)?")
_COMPARED = frozenset("比较較与與同跟于於是为為")
#: a sum over years (累计): never of one year's period
CUMULATIVE = lazyre.compile(r"累计|累計")
#: what was added in the year (新增, 新建, 新认定…): no part of a stock's share, nor its whole
ADDED = lazyre.compile(r"新增|新建|新设|新設|新开|新開|新引进|新引進|新认定|新認定|新培育|新创建|新創建|增加|新招|新录|新錄")
#: how far before a figure its own words are read for a label (a figure's clause rarely names its period further back)
REACH = 24

#: a period a clause opens with (去年全区…, 2023年…, ，今年…): the period of the figures after it in its sentence — never
#: 去年以来 / 上年结转 / 上年末 (a span up to now, what was carried over, a date), nor a year compared (2023年与…, 比2023年)
_PERIOD_FRAME = lazyre.compile(r"(?:^|(?<=[，,；;：:。\n]))[\s　]*(?:在|截至|截止)?(?P<p>上年|去年|上一年|前一年|今年|本年|(?:19|20)\d{2}年)"
                               r"(?!以来|以來|结转|結轉|末|底|[与與比较較同]|[—\-－~～至到]|\d)")
_PRIOR_FRAME = ("上年", "去年", "上一年", "前一年")


def _norm(label: str) -> str:
    """A period label as the one period it names: "prior" (上年, 去年…), "current" (今年, 本年), else as printed."""
    return "prior" if label in _PRIOR_FRAME else "current" if label in ("今年", "本年") else label


def _cache(doc: Any) -> Dict[Any, Any]:
    return doc.__dict__.setdefault("_lintgov_periods", {})


def frame_of(doc: Any, masked: str, pos: int) -> Optional[str]:
    """The period the figure at ``pos`` is framed by: the last period opening a clause of its sentence before it
    ("prior" for 去年/上年…, "current" for 今年/本年, else the year as printed), None when its sentence names none."""
    c = _cache(doc)
    key = ("frame", pos)
    if key in c:
        return c[key]
    s = doc.sentence_at(pos)
    last = None
    if s is not None:
        for m in _PERIOD_FRAME.finditer(masked, s.start, pos):
            last = m.group("p")
    out = None if last is None else _norm(last)
    c[key] = out
    return out


class Period(NamedTuple):
    """The period one figure is stated for, as its words say it: ``labels`` — the periods the labels (:data:`LABEL`) in
    the words read before it name ("prior", "current", or as printed: 2023年, 同期, 一季度); ``cumulative`` — 累计 among them; ``added`` — its clause says it was added in the year;
    ``frame`` — the period its sentence's clause opens with (:func:`frame_of`)."""

    labels: FrozenSet[str]
    cumulative: bool
    added: bool
    frame: Optional[str]


def period_of(doc: Any, masked: str, q: Any, lo: int, reach: Optional[int] = REACH) -> Period:
    """The period of figure ``q`` read from ``masked[max(lo, q.start - reach):q.start]`` (``reach`` None: from ``lo``,
    the whole clause of a relation's own figure) within its own sentence, cached per figure and window."""
    from .roles import clause_start
    w0 = lo if reach is None else max(lo, q.start - reach)
    s = doc.sentence_at(q.start)
    if s is not None and s.start > w0:
        w0 = s.start      # (a label of the sentence before frames nothing of this one: 上年…为13.1%。本年审结案件412件)
    c = _cache(doc)
    key = (q.start, w0)
    p = c.get(key)
    if p is None:
        words = masked[w0:q.start]
        cs = clause_start(None, masked, q.start, w0)
        # (the word before a label may stand before the window: 较|上年提高…)
        labels = frozenset(_norm(m.group("l")) for m in _LABEL_RUN.finditer(masked, w0, q.start)
                           if masked[m.start() - 1:m.start()] not in _COMPARED)
        p = c[key] = Period(labels, CUMULATIVE.search(words) is not None,
                            ADDED.search(masked, cs, q.start) is not None, frame_of(doc, masked, q.start))
    return p


def _frames_differ(fa: Optional[str], fb: Optional[str]) -> bool:
    if fa == fb:
        return False
    if fa is None or fb is None:
        return (fa or fb) == "prior"    # last year's against the report's own period (no frame, or this year)
    return True


def periods_differ(a: Period, b: Period, own: bool = False) -> bool:
    """Whether two figures are of different periods: both name periods (in their words, else by their sentence's
    frame) and not the same, one is cumulative (累计) or added in the year and the other not, or their sentences are
    framed by different periods (last year's against this year's or none).  ``own``: ``a`` is the relation's own figure
    (a rate, read over its clause), whose words name it and not its operands — an operand naming a period the relation
    does not name (other than this year) is of another period (纠错率为15.4%；2023年审结案件484件，其中纠错60件), and
    累计/新增 are the operands' own."""
    # (a figure whose words name no period is of the period its clause's frame names: 2023年全县…为96.4%，2024年受理
    # 信访事项850件，按期办结833件，按期办结率98.0%)
    na = a.labels or (frozenset((a.frame,)) if a.frame else a.labels)
    nb = b.labels or (frozenset((b.frame,)) if b.frame else b.labels)
    if na and nb and na != nb:
        return True
    if own:
        # (the relation's words are its own name, not its operands': 累计/新增 of an operand says nothing of it)
        if not na and nb - {"current"}:
            return True
    elif a.cumulative != b.cumulative or a.added != b.added:
        return True
    return _frames_differ(a.frame, b.frame)


def operands_apart(doc: Any, masked: str, a: Any, b: Any, lo: int) -> bool:
    """Two operands of one relation (a numerator and a base, a part and its whole) of different periods, each read
    from the words right before it, not before ``lo``: 2023年 vs 2024年, 累计 vs the year's, what was added in the year
    vs a stock (全市共有学校120所…新建公办学校6所), last year's frame vs this year's."""
    return periods_differ(period_of(doc, masked, a, lo), period_of(doc, masked, b, lo))


def operand_apart(doc: Any, masked: str, q: Any, clause: int, n: Any, lo: int) -> bool:
    """A relation's own figure ``q`` (a rate or share, its words read from a little before its clause's start
    ``clause``) and an operand ``n`` of another period (2023年审结案件300件，纠错40件；2024年纠错率20.5%; 去年全区败诉率为
    9.2%。今年审结240件，败诉18件), neither read before ``lo``."""
    return periods_differ(period_of(doc, masked, q, max(lo, clause - 8), None), period_of(doc, masked, n, lo), own=True)


# -- parts of the year --------------------------------------------------------------------------------------------
#: a part of the year: a figure for it is not the year's (一季度, 上半年, 1-9月, 11月份)
SUBPERIOD = lazyre.compile(r"[一二三四1-4]季度|第[一二三四]季度|上半年|下半年|前三季度|前[两二三四五六七八九十]个?月|"
                           r"\d{1,2}\s*[-—–~至到]\s*\d{1,2}\s*月|[一二三四五六七八九十]{1,2}月份?|\d{1,2}月份?|月末|月底|年初")
#: a sub-period word governing a value (二季度 read as a quantity is checked by its unit)
_SUBPERIOD_WORD = lazyre.compile(r"上一?个?(?:季度|月)|第?[一二三四1-4]季度|\d{1,2}\s*月份?(?:末|底)?|"
                                 r"[一二三四五六七八九十]{1,3}月份?(?:末|底)?")
#: a single quarter, month or half of the year (not a cumulative span: 前三季度, 1-9月, 上半年 is the first half only)
_ONE_SUBPERIOD = lazyre.compile(r"(?<![前\d\-—–~至到])(?:第?(?P<q>[一二三四1-4])季度|(?P<m>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?"
                                r"(?![\d\-—–~至到])|(?P<h>[上下])半年)")
#: how many of each part a year holds (quarters, months, halves)
CYCLE = {"q": 4, "m": 12, "h": 2}
_CN_ORD = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}


def strip_subperiods(words: str) -> str:
    """``words`` with their sub-period words left out (the metric named for any part of the year)."""
    return _SUBPERIOD_WORD.sub("", words)


def subperiod_of(text: str, lo: int, pos: int) -> Optional[str]:
    """The sub-period word governing the value at ``pos`` (the last one in text[lo:pos], within 30 characters), or
    None."""
    last = None
    for m in _SUBPERIOD_WORD.finditer(text, max(lo, pos - 30), pos):
        last = m
    return last.group().replace("第", "").replace("份", "") if last else None


def subperiod_rank(text: str, lo: int, hi: int) -> Optional[Tuple[str, int]]:
    """The last single quarter, month or half of the year named in ``text[lo:hi]`` as (kind, ordinal) — ("q", 2) for
    二季度, ("m", 11) for 11月 — or None when none is named."""
    last = None
    for m in _ONE_SUBPERIOD.finditer(text, lo, hi):
        last = m
    if last is None:
        return None
    for kind in ("q", "m", "h"):
        g = last.group(kind)
        if g:
            if kind == "h":
                return ("h", 1 if g == "上" else 2)
            return (kind, int(g) if g.isdigit() else _CN_ORD[g])
    return None


def same_subperiod(text: str, a0: int, a1: int, b0: int, b1: int) -> bool:
    """Whether two stretches name the same part of the year (none, or the same 一季度/上半年/1-9月)."""
    return sorted(SUBPERIOD.findall(text, a0, a1)) == sorted(SUBPERIOD.findall(text, b0, b1))
