"""Growth over a span (LG208): 由A增加到B、年均增长g% (compound), 年均提高N个百分点 and 平均每年增加N
(arithmetic), against the two levels and the span the text gives; a cumulative total and its yearly mean; a year's
total and its mean per day, week or month (全年…1241万人次，日均3.4万人次)."""
from __future__ import annotations

import bisect
import math
import re
from typing import List, Optional, Set

from lintgov import hookimpl, lazyre
from lintgov.quantities import quantity_starts
from lintgov.claims.periods import plan_span_before
from lintgov.claims.apart import BY_YEAR, CHANGE_TO_AVG, NOTE_AFTER, POST_YEAR_LEVEL, SPAN_BEFORE_AVERAGE, SPAN_WORDS_TAIL
from lintgov.claims import ledger, record
from lintgov.claims.grammar import _cache as _claims_cache
from lintgov.claims.grammar import (QFILL, QTOK, QUALIFIERS, changes, first_and_count_before, folded_text, found_in,
                                    groups_before, qualifier_near, PARTS_OPEN,
                                    real_growth_metric, skeleton, space_run,
                                    transitions)
from lintgov.claims.lookback import bare_key, elided_subject, refers_back
from lintgov.claims.yearlevels import PLAN_START, SPAN_END, SPAN_WORDS, span_end_year, span_n_of
from lintgov.claims.yearlevels import _n as _years_n
from lintgov.claims.values import amount_text, interval_of, is_whole, measure, unit_of
from lintgov.rule import Related, Rule, bad, good

_AVG = lazyre.compile(r"(?P<lead>年均复合|年均|年平均|平均每年|每年平均|年复合|(?P<nyears>[两二三四五六七八九十]|\d{1,2})年平均)"
                      r"(?P<verb>增长|增加|提高|提升|上升|递增|新增|净增|增速|增幅|增|下降|减少|降低|降幅|递减)(?:率|速度)?"
                      r"(?:[（(][^（）()\n]{1,14}[）)])?(?:了|为|是|达到|达)?\s*$")
#: what stands between a change over a span and its yearly mean in one sentence (，/ 、/ ，即 / ，也就是)
_TO_AVG = lazyre.compile(r"[\s，,、]*(?:即|亦即|也就是|也即)?")


def _avg_before(doc, text: str) -> dict:
    """figure start → the match of :data:`_AVG` in the 10 characters before the figure (``text``: the folded text), for
    every figure of ``doc`` that has one: read once per document for the five readings that ask it of every figure.
    Kept with the claims layer's caches (dropped with the folded text its matches hold)."""
    c = _claims_cache(doc)
    got = c.get("avg_before")
    if got is None:
        got = {}
        for q in doc.quantities:
            m = _AVG.search(text, max(0, q.start - 10), q.start)
            if m is None and text.find("）", max(0, q.start - 6), q.start) >= 0:
                # 年均增速（2020—2024年）为9.6%: the span in brackets between the average's words and its figure
                m = _AVG.search(text, max(0, q.start - 28), q.start)
            if m is not None:
                got[q.start] = m
        c["avg_before"] = got
    return got  # type: ignore[return-value]


#: growth said to be at current prices (按现价计算年均增长9.1%): the growth of the nominal levels printed, whatever the
#: metric — never with a word of real growth or comparable prices in the same clause
_NOMINAL = lazyre.compile(r"(?:按|以)(?:现价|當年價|当年价格?|现行价格?)|现价计算|名义增长|名義增長")
_REAL_WORDS = lazyre.compile(r"可比|不变价|不變價|实际|實際|扣除|剔除")


def _real_at(doc, pos: int, q) -> bool:
    """Whether the growth ``q`` of the metric named before ``pos`` is real growth (grammar.real_growth_metric: 地区生产总值,
    增加值), unless the clause of ``q`` says it is at current prices (按现价计算年均增长9.1%: nominal, recomputable)."""
    if not real_growth_metric(doc, pos):
        return False
    text = folded_text(doc)
    lo = max(0, q.start - 24)
    cut = max(text.rfind(c, lo, q.start) for c in "，,；;。\n")
    clause = text[cut + 1 if cut >= 0 else lo:q.start]
    # (年均增长5.5%（按现价计算）: the note in brackets right after the growth says so too)
    note = NOTE_AFTER.match(text, q.end)
    if note is not None:
        clause += note.group()
    return not (_NOMINAL.search(clause) and not _REAL_WORDS.search(clause))



def _finite(xs):
    """Evidence values JSON can hold: an open end of a bound (年均增长10%以上) is None."""
    return [x if x == x and abs(x) != float("inf") else None for x in xs]


def _shown(q, mid: float, tol: float, unit: str = "") -> dict:
    """``recomputed`` and ``tol`` of a message: a rate (``unit`` % or 个百分点) with two decimals and its tolerance, an
    amount in the scale the stated figure uses (13.2亿元, ±0.05亿元 — not 1320000000.00元, ±5e+06)."""
    if q.is_percent or unit in ("%", "个百分点"):
        return {"recomputed": f"{mid:.2f}{unit or '%'}", "tol": f"{tol:g}"}
    return {"recomputed": amount_text(mid, q, 4), "tol": amount_text(tol, q, 4)}


def _tol(q, lo: float, hi: float) -> float:
    """Half the width of a stated figure's interval, or half a unit of its last digit when it is a bound."""
    w = (hi - lo) / 2
    return w if w != float("inf") else q.half_unit


#: the longest span an average over a span the text does not name is tried with
_UNKNOWN_SPAN_MAX = 30
_YEAR = lazyre.compile(r"((?:19|20)\d{2})\s*年")
#: how reports name a span (五年来, 过去五年, “十三五”时期…), the first year of each five-year plan, and the years a span
#: word names: one vocabulary with the claims layer's reading of periods (claims.yearlevels)
_SPAN_WORDS = SPAN_WORDS
#: what one attempt of _SPAN_WORDS reads at most (近十五年来 / “十四五”开局以来 and the lookahead of 累计), and one more
_SPAN_WORDS_WIDTH = 14
_PLAN_START = PLAN_START
_span_n_of = span_n_of


def _span_n(m, fy: Optional[int] = None) -> Optional[int]:
    """The years a span word names: 五年来 5; “十三五”时期 5; “十四五”以来 the years from 2021 to the year the
    report's figures are about (a work report or a communiqué: kind.figures_year), unknown otherwise."""
    return _span_n_of((m.group("n"), m.group("n2"), m.group("plan"), m.group("since"), m.group("first")), fy)


def _n(s: str) -> Optional[int]:
    return _years_n(s)


_SPAN_GAP = lazyre.compile(r"[\s，,、]*(?:(?:19|20)\d{2}\s*年(?:底|末)?以来|(?:过去|近|这)?[两二三四五六七八九十]年(?:来|间)?|"
                           r"[“\"]?十[一二三四五]五[”\"]?(?:以来|时期|期间))[\s，,、]*")
_SINCE_YEAR = lazyre.compile(r"((?:19|20)\d{2})\s*年(?:底|末)?以来")
_TARGET_WORDS = lazyre.compile(r"力争|目标|预期|预计|计划|规划|将|要|确保|到(?:19|20)\d{2}年")


def _spans(doc, text: str, t, s, p) -> Set[int]:
    """Candidate spans (years) for a transition: the years written with its two values (由2019年的A增加到2023年的B:
    4); a range of years before it in its sentence (2019年至2024年，…从A增加到B: 5, or 6 when the range counts
    the years inclusively); one year with the first value in a work report or communiqué (由2019年的A增加到B in
    the review of 2023: 4, or 5 — the report may speak of the year it is delivered in); else the span words of
    its sentence, its paragraph or the 1,500 characters before (a five-year review).  The words from the sentence's
    or the paragraph's start are read once per sentence or paragraph (grammar.groups_before / found_in): linear in the
    transitions of a long sentence."""
    sent_start, sent_lim = (s.start, max(s.end, t.end)) if s else (t.start, t.end)
    para_start, para_lim = (p.start, max(p.end, t.end)) if p else (t.start, t.end)
    ws = space_run(doc)
    years = _years_in(text, t.start, t.end)
    if len(years) >= 2 and years[-1] > years[0]:
        return {years[-1] - years[0]}
    if len(years) == 2 and years[0] > years[1] and t.base.start > t.current.start:
        return {years[0] - years[1]}     # 2023年达到B，2019年为A: the later year's value first
    ranges = {int(b) - int(a) for a, b in groups_before(doc, _YEAR_RANGE, text, sent_start, t.start, sent_lim,
                                                        12 + 4 * ws)}
    if not ranges:
        ranges = {int(b) - int(a) for a, b in groups_before(doc, _BASIS_YEARS, text, sent_start, t.start, sent_lim,
                                                            16 + 4 * ws)}
    ranges = {k for k in ranges if 1 <= k <= 20}
    if len(ranges) == 1:
        k = ranges.pop()
        return {k, k + 1}
    if ranges:
        return set()
    fy = _figures_year(doc)
    se = min([x for x in (text.find(ch, t.end, t.end + 60) for ch in "。；;\n") if x >= 0] or [t.end + 60])
    lim = max(sent_lim, se)
    since = {int(y) for y in groups_before(doc, _SINCE_YEAR, text, sent_start, se, lim, 10 + ws)}
    if not years and len(since) == 1 and fy and not found_in(doc, _TARGET_WORDS, text, sent_start, se, lim):
        k = fy - since.pop()       # 由A增加到B，2019年以来年均增长X%: from 2019 (or its end) to the figures year
        return {k, k + 1} if 1 <= k <= 20 else set()
    if len(years) == 1 and fy and not found_in(doc, _TARGET_WORDS, text, sent_start, t.end, sent_lim) \
            and re.match(r"(?:19|20)\d{2}\s*年(?:底|末)?的", text[t.start:t.end].lstrip("由从")) is not None:
        k = fy - years[0]
        return {k, k + 1} if 1 <= k <= 20 else set()
    out: Set[int] = set()
    for lo, limit in ((sent_start, sent_lim), (para_start, para_lim), (max(0, t.start - 1500), None)):
        found = groups_before(doc, _SPAN_WORDS, text, lo, t.end, limit, _SPAN_WORDS_WIDTH) if limit is not None \
            else set(_SPAN_WORDS.findall(text, lo, t.end))     # (a window of its own: bounded)
        for g in found:
            k = _span_n_of(g, fy)
            if k is None and g[2]:
                return set()      # “十四五”以来 in a report whose year is not known
            if k and 1 < k <= 20:
                out.add(k)
        if out:
            return out
    return out


_YEAR_CN_OR_AR = lazyre.compile(r"((?:19|20)\d{2})\s*年|([一二][〇○零一二三四五六七八九]{3})年")
_CN_DIGIT = {"〇": "0", "○": "0", "零": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7",
             "八": "8", "九": "9"}


def _year_int(y: str) -> int:
    """2019 / 一九七八 as a number."""
    return int(y) if y.isdigit() else int("".join(_CN_DIGIT[c] for c in y))


def _years_in(text: str, lo: int, hi: int) -> List[int]:
    """The years written in text[lo:hi], in order: 2019年 and 二〇一九年."""
    return [_year_int(a or b) for a, b in _YEAR_CN_OR_AR.findall(text, lo, hi)]


def _years_before(doc, text: str, lo: int, hi: int, limit: int) -> Set[int]:
    """``set(_years_in(text, lo, hi))`` for many ``hi`` after one ``lo`` (grammar.groups_before: linear)."""
    w = 6 + space_run(doc)
    return {_year_int(a or b)
            for a, b in groups_before(doc, _YEAR_CN_OR_AR, text, lo, hi, limit, w)}


def _figures_year(doc) -> Optional[int]:
    figures_year = _late_kind.figures_year
    return figures_year(doc)


_Q = QTOK + QFILL + "*"
# 五年来累计新增市场主体12.5万户，平均每年新增2.5万户: a total over the span and its yearly mean
#: (or the total of the span stated with 共 and a verb of a flow, 合计/总计, or as the span's 总规模/总额/总投资: “十三五”期间共建成
#: 保障性住房6万套，年均建成1.2万套 / 近5年全社会固定资产投资总规模达1170亿元，年均约234亿元 — never 共有, a stock)
_CUMULATIVE = lazyre.compile(r"(?P<lead>累计|合计|合計|总计|總計|总规模|總規模|总额|總額|总投资|總投資|"
                             r"共(?=新增|新建|建成|建设|建設|完成|投入|引进|引進|培育|实施|實施|改造|筹集|籌集|供应|供應|解决|解決|"
                             r"帮助|幫助|转移|轉移|发放|發放|减免|減免|开工|開工|新开工|争取|爭取|拨付|撥付|吸引|签约|簽約|"
                             r"招引|整治|治理|培训|培訓|带动|帶動|新登记|新登記|认定|認定|创建|創建|植树|植樹|造林|"
                             r"实现|實現|办理|辦理|接待|举办|舉辦|帮扶|幫扶|扶持|救助|资助|資助|安置))"
                             r"(?P<v1>[\u4e00-\u9fff“”A-Za-z]{0,14}?)(?P<total>" + _Q + r")(?P<mid>[^。；;\n\ue010\ue011]{0,30}?)"
                             r"(?:平均每年|年均|每年平均)(?P<v2>[\u4e00-\u9fff]{0,6}?)(?P<avg>" + _Q + r")")
#: the yearly mean first and the total after it (全市年均新增城镇就业10.6万人，四年累计新增42.4万人): the span in words right
#: before 累计 (``n``) or named by the sentence
_CUMULATIVE_AFTER = lazyre.compile(r"(?:平均每年|年均|每年平均)(?P<v2>[\u4e00-\u9fff]{0,10}?)(?P<avg>" + _Q + r")"
                                   r"(?P<mid>[，,、]\s*(?:(?:过去|近|这)?(?:(?P<n>[两二三四五六七八九十]|\d{1,2})年|(?P<nq>" + QTOK + QFILL
                                   + r"*))(?:来|间)?)?)"
                                   r"(?P<lead>累计|累計|合计|合計|共计|共計)(?P<v1>[\u4e00-\u9fff“”]{0,10}?)(?P<total>" + _Q + r")")
#: 2021—2024年，全市新增城镇就业50.0万人，平均每年12.5万人: a sentence opening with a range of years, a flow over it
#: (no 累计 needed: the range is the span) and its yearly mean
_RANGE_FLOW = lazyre.compile(r"(?:^|(?<=[。；;\n]))\s*(?P<y1>(?:19|20)\d{2})\s*年?\s*[—–\-~至到]\s*(?P<y2>(?:19|20)\d{2})\s*年"
                             r"(?:间|期间)?(?:[两二三四五六七八九十]|\d{1,2})?(?:年间|年来|年)?[，,]\s*(?P<lead>)"
                             r"(?P<v1>[\u4e00-\u9fff“”A-Za-z]{0,14}?)(?P<total>" + _Q + r")"
                             r"(?P<mid>[^。；;\n\ue010\ue011]{0,30}?)(?:平均每年|年均|每年平均)(?P<v2>[\u4e00-\u9fff]{0,6}?)(?P<avg>" + _Q + r")")
#: the flows a range's total may be (the things added or done over the years, never a level reached)
_RANGE_FLOW_VERB = lazyre.compile(r"新增|新建|建成|完成|投入|引进|培育|实施|改造|筹集|供应|解决|转移|发放|减免|新开工|开工|"
                                  r"争取|拨付|吸引|签约|招引|整治|培训|带动|新登记|认定|创建|植树|造林|办理|接待|举办|净增|增加|"
                                  r"帮扶|扶持|救助|资助|安置")


#: the change of a transition restated before its average (…到4500公里，五年增加1300公里，年均增加260公里)
_RESTATED = lazyre.compile(r"[\s，,、]*(?:" + _Q + r"(?:间|来)?)?(?:累计|共)?"
                           r"(?:增加|增长|减少|下降|提高|降低|新增|净增)了?" + _Q + r"[\s，,、]*")
_YEAR_RANGE = lazyre.compile(r"((?:19|20)\d{2})\s*(?:年)?\s*[-—–~至到]\s*((?:19|20)\d{2})\s*年")
#: a basis year, then the year of the figures after it (与2019年相比，2023年全市…由A增加到B): the span's two ends
_BASIS_YEARS = lazyre.compile(r"(?:与|同|和|跟|较|比)((?:19|20)\d{2})\s*年(?:相比|比较)?[，,]\s*((?:19|20)\d{2})\s*年")


def _cumulative_spans(doc, text: str, lo: int, hi: int, para_lo: int, fy: Optional[int] = None,
                      limits=(None, None)) -> Set[int]:
    """Spans (years) for a cumulative total: an inclusive range of years (2019—2023年: 5), else 五年来,
    过去五年, “十三五” in the sentence or the paragraph (``limits``: their ends; the words from their starts are read
    once for every figure of a long sentence — grammar.groups_before)."""
    ws = space_run(doc)
    for a, b, lim in ((lo, hi, limits[0]), (para_lo, hi, limits[1])):
        lim = max(lim, b) if lim is not None else b
        out: Set[int] = set()
        for y1, y2 in groups_before(doc, _YEAR_RANGE, text, a, b, lim, 12 + 4 * ws):
            k = int(y2) - int(y1) + 1
            if 1 < k <= 20:
                out.add(k)
        ranged = bool(out)
        for g in groups_before(doc, _SPAN_WORDS, text, a, b, lim, _SPAN_WORDS_WIDTH):
            k = _span_n_of(g, fy)
            if k is None and g[2]:
                if ranged:
                    continue      # “十四五”以来（2021—2024年）: the range it names fixes the span
                return set()      # “十四五”以来 in a report whose year is not known: the span is not known
            if k and 1 < k <= 20:
                out.add(k)
        if out:
            return out
    return set()


# a year's total and its mean per day, week or month: 全年接待游客1241万人次，日均3.4万人次 / 日均新登记126户，全年新登记4.6万户
_PER = r"(?P<per>日均|平均每个?工作日|每个?工作日平均|平均每天|平均每日|每天平均|每日平均|月均|平均每月|每月平均|[周週]均|平均每[周週]|每[周週]平均)"
_YEAR_TOTAL = r"(?P<year>全年|一年|年内|今年|去年|本年|(?:19|20)\d{2}年(?![末底初])|第?[一二三四]季度|[上下]半年|前三季度|[前第]\ue010\ue011{1,3})"
#: (全年12345热线受理诉求86.7万件: a number the skeleton masks, \ue000, is part of the name)
_PER_AFTER = lazyre.compile(_YEAR_TOTAL + r"(?P<v1>[\u4e00-\u9fff“”\ue000]{0,18}?)(?P<total>" + _Q + r")"
                            r"(?P<mid>[^。；;\n\ue010\ue011]{0,20}?)" + _PER + r"(?P<v2>[\u4e00-\u9fff]{0,10}?)(?P<avg>" + _Q + r")")
_PER_BEFORE = lazyre.compile(_PER + r"(?P<v2>[\u4e00-\u9fff]{0,10}?)(?P<avg>" + _Q + r")(?P<mid>[^。；;\n\ue010\ue011]{0,12}?)"
                             r"(?P<year>全年|一年|年内)(?P<v1>[\u4e00-\u9fff“”]{0,14}?)(?P<total>" + _Q + r")")
_PER_MARK = lazyre.compile(r"日均|平均每[天日月周週]|每[天日月周週]平均|月均|[周週]均")
#: a mean per working day (平均每个工作日, 每个工作日平均), looked for only in a text that says 工作日
_WORKDAY_MARK = lazyre.compile(r"平均每个?工作日|每个?工作日平均")
#: how far before a mean's word the year's total may start (year word, 14 characters, the figure, 20 characters) and
#: how far after it the mean's figure may end
_PER_BACK, _PER_AHEAD = 90, 60
#: words that make the mean another figure: a peak, a rate, a share, a part, a holiday's days
_PER_NOT = lazyre.compile(r"最高|最多|最大|峰值|高峰|峰|增长|增加|提高|下降|减少|率|占|比重|其中|分别|人均|比|较|节|假|期间|黄金周|"
                          r"累计|以来|年均")
#: work a mean per day may be of working days (about 245–252 a year), not of calendar days
_WORKING_DAYS = lazyre.compile(r"工作日|办|审批|受理|业务|窗口|交易|成交|政务|服务|登记")
_PER_DIVISORS = {"日": ((365, 366),), "月": ((12, 12),), "周": ((52, 53),)}


#: a part of the year a total is of (一季度, 上半年, 前三季度, 三月份, 1至5月): its days and months
_SPAN = lazyre.compile(r"第?(?P<q>[一二三四])季度|(?P<h>[上下])半年|(?P<q3>前三季度)|"
                       r"(?P<m1>1[0-2]|[1-9]|十[一二]|[一二三四五六七八九十])(?:[至到—\-～~－](?P<m2>1[0-2]|[1-9]|十[一二]|[一二三四五六七八九十]))?月份?")
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_CN_MONTH = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}


def _span_divisors(m, kind: str):
    """The (lo, hi) divisors of a total over a part of the year: days (February 28 or 29) or months; none for weeks."""
    if m.group("q"):
        a = _CN_MONTH[m.group("q")] * 3 - 2
        b = a + 2
    elif m.group("h"):
        a, b = (1, 6) if m.group("h") == "上" else (7, 12)
    elif m.group("q3"):
        a, b = 1, 9
    else:
        a = int(m.group("m1")) if m.group("m1").isdigit() else _CN_MONTH[m.group("m1")]
        b = m.group("m2")
        b = a if b is None else (int(b) if b.isdigit() else _CN_MONTH[b])
    if not 1 <= a <= b <= 12:
        return []
    if kind == "月":
        return [(b - a + 1, b - a + 1)]
    if kind != "日":
        return []
    days = sum(_MONTH_DAYS[a - 1:b])
    return [(days, days + (1 if a <= 2 <= b else 0))]


def _per_period_findings(self, doc):
    """全年接待游客1241万人次，日均3.4万人次 (or the mean first: 日均新登记126户，全年新登记4.6万户): the year's total over
    its days (365 or 366; for office work also its ~240–252 working days), weeks (52–53) or months (12) against the
    stated mean.  Only a total said to be the year's (全年, 一年, 2023年…, never a year-end stock), of the mean's
    measure, with no other figure between them, and naming what the mean names when both name something."""
    skel, by_start = skeleton(doc)
    if "均" not in skel:
        return
    text = folded_text(doc)
    seen = set()
    # the statements are read around each word of a mean (rare: a few a report), never by trying the patterns, whose
    # first characters (年, 全, 日…) are everywhere, at every place of the text
    marks = list(lazyre.finditer(_PER_MARK, skel))
    if "工作日" in skel:
        marks = sorted(marks + list(lazyre.finditer(_WORKDAY_MARK, skel)), key=lambda m: m.start())
    for mark in marks:
        p0 = mark.start()
        found = [m for m in _PER_AFTER.finditer(skel, max(0, p0 - _PER_BACK), p0 + _PER_AHEAD) if m.start("per") == p0]
        m = _PER_BEFORE.match(skel, p0)
        if m is not None:
            found.append(m)
        for m in found:
            total, avg = by_start[m.start("total")], by_start[m.start("avg")]
            if avg.start in seen:
                continue
            if total.is_percent or avg.is_percent or measure(total) != measure(avg) or not measure(total):
                continue
            if total.approx not in (None, "≈") or avg.approx not in (None, "≈"):
                continue
            v1, v2 = m.group("v1"), m.group("v2")
            v1 = v1.replace("\ue000", "")
            if m.group("year") and v1.startswith("累计") and m.group("year") != "一年":
                v1 = v1[2:]         # 全年累计办件量达到73.2万件: the year's total
            if _PER_NOT.search(v2) or _PER_NOT.search(m.group("mid")) or _PER_NOT.search(v1):
                continue
            if v1 and v2 and not any(v2[i:i + 2] in v1 for i in range(len(v2) - 1)):
                continue            # 全年接待游客…，日均客运量…: the mean of another figure
            per = m.group("per")
            kind = "日" if ("日" in per or "天" in per) else ("月" if "月" in per else "周")   # 週 is a week too
            ranges = list(_PER_DIVISORS[kind])
            year = text[m.start("year"):m.end("year")]     # (前三季度 may be a number of the skeleton: read the text)
            span = _SPAN.search(year + v1)
            if span is None and "\ue010" in m.group("year"):
                continue          # 第5届…: no part of the year
            if span is not None:
                # 2023年一季度受理诉求9万件，日均1,000件: the total of a part of the year, over that part's days or months
                ranges = _span_divisors(span, kind)
                if not ranges or "工作日" in per or m.group("year") in ("全年", "一年"):
                    continue      # (a week of a quarter, working days of a month, 全年 beside a month: not read)
            s = doc.sentence_at(avg.start)
            if "工作日" in per:
                ranges = [(240, 252)]   # 平均每个工作日接待72人次: over the year's working days only
            elif kind == "日" and span is None and _WORKING_DAYS.search(v1 + v2 + (text[s.start:s.end] if s else "")):
                ranges.append((240, 252))
            t, a = interval_of(total), interval_of(avg)
            if is_whole(avg):
                a = (a[0] - 0.5, a[1] + 0.5)    # a mean of counts is a quotient printed rounded: 平均每月2次 is 1.5–2.5
            ok = any(t[0] / hi - 1e-9 <= a[1] and a[0] <= t[1] / lo + 1e-9 for lo, hi in ranges)
            record(doc, self.code, "average-growth", avg, ok, "T/days", (total,))
            seen.add(avg.start)
            if ok:
                continue
            lo_d, hi_d = ranges[0]
            rec = (t[0] + t[1]) / 2 / ((lo_d + hi_d) / 2)
            days = f"{lo_d}" if lo_d == hi_d else f"{lo_d}–{hi_d}"
            yield self.finding(
                doc, avg.start, avg.end, "per-period" if span is None else "per-span",
                related=[Related(total.start, total.end, {"zh": "全年总数", "en": "the year's total"} if span is None
                                 else {"zh": "时段总数", "en": "the period's total"})],
                evidence={"recomputed": rec, "stated": list(a), "periods": [list(r) for r in ranges],
                          "formula": f"T/{days}", "tolerance": (a[1] - a[0]) / 2},
                stated=doc.text[m.start("per"):avg.end].strip(),
                total=doc.text[total.start:total.end], periods=days, unit_zh=kind, unit_en={"日": "days", "月": "months", "周": "weeks"}[kind],
                recomputed=f"{rec:.{max(avg.decimals, 1)}f}{avg.unit}", span=span.group() if span is not None else "全年")


#: the reading of an average per year between two levels: compound growth for a percentage, the mean change otherwise
_AVERAGE_FORMULA = {True: "((B/A)^(1/N)-1)*100", False: "(B-A)/N"}


#: the verbs of an average that falls: its figure is a negative change
_DOWN_VERBS = ("下降", "减少", "降低", "降幅", "递减")


def _mean_interval(q):
    """The interval of a stated mean: a mean of counts is a quotient printed rounded, so a whole count stands for ±0.5
    (年均增加322家 from 861家 to 2,150家 over four years is 322.25, printed 322), every other figure for its own
    interval (interval_of)."""
    lo, hi = interval_of(q)
    return (lo - 0.5, hi + 0.5) if is_whole(q) else (lo, hi)


def _stated(q, verb):
    """The interval of a stated average (:func:`_mean_interval`), negative for a fall (年均下降3%: −3)."""
    qlo, qhi = _mean_interval(q)
    return (-qhi, -qlo) if verb in _DOWN_VERBS else (qlo, qhi)


def _check_between(rule, doc, q, verb, base, cur, n):
    """A stated average against two levels ``n`` years apart, recorded in the ledger: (consistent, the recomputed
    interval, the stated one), or None when the levels give no average (a non-positive base of a compound growth)."""
    qlo, qhi = _stated(q, verb)
    r = _average_between(interval_of(base), interval_of(cur), n, q.is_percent)
    if r is None:
        return None
    lo, hi = r
    ok = lo - 1e-9 <= qhi and qlo <= hi + 1e-9
    record(doc, rule.code, "average-growth", q, ok, _AVERAGE_FORMULA[q.is_percent], (base, cur))
    return ok, lo, hi, qlo, qhi


def _average_between(a, b, n, percent):
    """The interval of the average per year from level interval ``a`` to ``b`` over ``n`` years: compound growth in
    percent (None when the first level is not positive or the last negative), else the mean change per year."""
    if percent:
        if a[0] <= 0 or b[0] < 0:
            return None
        return ((b[0] / a[1]) ** (1 / n) - 1) * 100, ((b[1] / a[0]) ** (1 / n) - 1) * 100
    return (b[0] - a[1]) / n, (b[1] - a[0]) / n


class AverageGrowthMismatch(Rule):
    code = "LG208"
    name = "average-growth-mismatch"
    category = "yoy"
    level = "error"
    summary = {"zh": "年均增长率、年均增减量与首尾两年的数值和年数不符",
               "en": "An average annual growth does not match the two levels and the span"}
    description = {
        "zh": "“由A增加到B、年均增长g%”（两端数值也可写在年均之后：年均增长g%，2018年为A，2023年为B）：按复利 ((B/A)^(1/N)−1)×100% 重算；“年均提高N个百分点”“平均每年增加N件”："
              "按 (B−A)/N 重算。年数 N 取自两端的年份（从2020年的A…到2024年的B），否则取同句、同段或前文的"
              "“五年来、过去五年、近三年、‘十三五’时期”等；有几种可能的年数时，只要一种相符就不报。"
              "文中未写明年数时（从新区成立前的12.6%提升至42.6%，年均提高10个百分点），“年均提高N个百分点”“平均每年增加N”"
              "只在1至30年中任何整数年数都得不出该值时才报告（复合增长不核验）。“年均增长10%以上”等界限按其所允许的区间核验。"
              "地区生产总值、增加值等的增速是按可比价格计算的实际增长，不能由现价数值推出，不核验。"
              "“五年来累计新增12.5万户，平均每年新增2.5万户”：累计值（也可写作同句写明年数的“共建成”“合计”“总规模”，"
              "“共有”是存量，不算）除以年数；平均数写作“不到78亿元”等界限时按其区间核验。"
              "“2020年增长6.0%，2021年增长8.0%，两年平均增长7.0%”（或“2020年、2021年分别增长6.0%和8.0%”）：逐句写明且年份相连的各年增幅的几何平均"
              "（((1+a)(1+b))^(1/2)−1）或算术平均，任一相符即不报；“比2019年增长11.2%，两年平均增长5.5%”：按复利开方。"
              "“全年接待游客1241万人次，日均3.4万人次”（或日均在前）：全年总数除以365或366天（办件、审批、受理等也可按约240—252个工作日）、"
              "52—53周或12个月；须写明是全年总数（全年、一年、2023年，年末存量不算），与日均同计量单位且中间无其他数字；"
              "高峰、假期、增量等的日均不核验。",
        "en": "由A增加到B、年均增长g% (or both levels after the average, each with its year: 年均增长g%，2018年为A，2023年为B): "
              "recomputed as compound growth ((B/A)^(1/N)−1)×100; 年均提高N个百分点 and 平均每年增加N "
              "as (B−A)/N. The span N comes from the years written with the two values, else from 五年来, 过去五年, 近三年, "
              "“十三五”时期 in the sentence, the paragraph or the text before; if several spans are possible, one that fits "
              "is enough. When the text names no span (从新区成立前的12.6%提升至42.6%，年均提高10个百分点), an arithmetic "
              "average (points, 平均每年增加N) is reported only when no whole number of years from 1 to 30 gives it "
              "(compound growth is not checked then). A bound (年均增长10%以上) is the half-open interval it allows. "
              "Growth of GDP and value added is real growth and is not recomputed from nominal levels. "
              "五年来累计新增12.5万户，平均每年新增2.5万户: the total (also 共建成, 合计, 总规模 with the span in its "
              "sentence; never 共有, a stock) over the years; a mean stated as a bound (年均不到78亿元) is read as its "
              "interval. 2020年增长6.0%，2021年增长8.0%，两年平均增长7.0%: the geometric ((1+a)(1+b))^(1/2)−1 or the "
              "arithmetic mean of the growths of consecutive years, one clause each (or a 分别 list of the two years), either fitting; 比2019年增长11.2%，"
              "两年平均增长5.5%: the compound root. "
              "全年接待游客1241万人次，日均3.4万人次 (or the mean first): the year's total over 365 or 366 days (office work — "
              "办件, 审批, 受理 — also over about 240–252 working days), 52–53 weeks or 12 months; only a total said to be "
              "the year's (全年, 一年, 2023年; never a year-end stock), of the mean's measure, with no figure between; the mean "
              "of a peak, a holiday or a change is not checked.",
    }
    authority = "国家统计局 统计知识：平均发展速度（水平法）=（末期水平/基期水平）^(1/n)；平均增长速度=平均发展速度−1"
    messages = {"default": {
        "zh": "“{stated}”与首尾数值不符：由{base}到{current}经{n}年，重算为{recomputed}（容差±{tol}）",
        "en": "“{stated}” does not match the levels: {base} to {current} over {n} years recomputes to {recomputed} "
              "(tolerance ±{tol})"},
        "any-span": {"zh": "“{stated}”与首尾数值不符：由{base}到{current}，无论经过几年（1—{max_n}年）都得不出该平均值"
                             "（最接近的{n}年为{recomputed}，容差±{tol}）",
                     "en": "“{stated}” does not match the levels: {base} to {current} gives no such yearly average over any "
                           "whole number of years (1–{max_n}; the nearest, {n} years, gives {recomputed}, tolerance ±{tol})"},
        "listed-mean": {"zh": "“{stated}”与各年数值不符：{total}，{n}年平均为{recomputed}",
                        "en": "“{stated}” does not match the values of the years: {total}, {n} years' mean is {recomputed}"},
        "cumulative": {"zh": "“{stated}”与累计值不符：累计{total}，{n}年平均为{recomputed}",
                       "en": "“{stated}” does not match the total: {total} over {n} years is {recomputed} a year"},
        "per-period": {"zh": "“{stated}”与全年总数不符：{total}÷{periods}{unit_zh} = {recomputed}",
                       "en": "“{stated}” does not match the year's total: {total} over {periods} {unit_en} is {recomputed}"},
        "per-span": {"zh": "“{stated}”与{span}总数不符：{total}÷{periods}{unit_zh} = {recomputed}",
                     "en": "“{stated}” does not match the total of {span}: {total} over {periods} {unit_en} is {recomputed}"},
        "span-change": {"zh": "“{stated}”与“{change}”不符：{n}年平均为{recomputed}（容差±{tol}）",
                        "en": "“{stated}” does not match “{change}”: over {n} years the average is {recomputed} "
                              "(tolerance ±{tol})"},
        "since-year": {"zh": "“{stated}”与“比{y0}年{change}”不符：{n}年平均为{recomputed}（容差±{tol}）",
                       "en": "“{stated}” does not match “{change}” since {y0}: over {n} years the average is "
                             "{recomputed} (tolerance ±{tol})"},
        "yearly-average": {"zh": "“{stated}”与{first}—{last_year}年各年增幅不符：几何平均（或算术平均）为{recomputed}（容差±{tol}）",
                           "en": "“{stated}” does not match the growths of {first}–{last_year}: their geometric (or "
                                 "arithmetic) mean is {recomputed} (tolerance ±{tol})"},
        "year-levels": {"zh": "“{stated}”与{y0}年、{y1}年的数值不符：由{base}到{current}，重算为{recomputed}（容差±{tol}）",
                        "en": "“{stated}” does not match the levels of {y0} and {y1}: {base} to {current} recomputes to "
                              "{recomputed} (tolerance ±{tol})"},
        "compound": {"zh": "“{stated}”与“比{y0}年{growth}”不符：{n}年复合平均为{recomputed}（容差±{tol}）",
                     "en": "“{stated}” does not match “{growth}” since {y0}: over {n} years the compound average is "
                           "{recomputed} (tolerance ±{tol})"}}
    examples = (
        bad("五年来，全市居民人均可支配收入由2.57万元增加到3.52万元、年均增长9.5%。"),
        good("五年来，全市居民人均可支配收入由2.57万元增加到3.52万元、年均增长6.5%。"),
        good("税收收入从2020年的1510.8亿元增至2024年的2453.1亿元、年均增长12.9%。"),
        good("全市地区生产总值由1.2万亿元增加到1.8万亿元，年均增长6.5%。", note="real growth of GDP: not recomputed"),
        bad("管网覆盖率从2011年的12.6%提升至2014年的42.6%，年均提高15个百分点。"),
        bad("管网覆盖率从新区成立前的12.6%提升至42.6%，年均提高13个百分点。",
            note="no span named: 30 points over 2 years is 15, over 3 years 10 — no whole number of years gives 13"),
        good("管网覆盖率从新区成立前的12.6%提升至42.6%，年均提高10个百分点。"),
        bad("2019年至2024年，全市一般公共预算收入从120亿元增加到186亿元，年均增长12.2%。",
            note="a range of years before the levels: 5 years (or 6, counted inclusively) → 9.2%"),
        bad("全市专利授权量年均增长15.1%，由2019年的8216件增加到2023年的12532件。", note="levels after the average"),
        good("全市专利授权量年均增长11.1%，由2019年的8216件增加到2023年的12532件。"),
        good("“十四五”以来，累计建成高标准农田45万亩，年均建成15万亩。",
             note="the report's year is not known: the span of 十四五以来 is not known"),
        bad("2023年，全市地方一般公共预算收入达到186亿元，比2019年增长55%，年均增长14.6%。",
            note="(1.55)^(1/4) − 1 = 11.6%"),
        good("2023年，全市地方一般公共预算收入达到186亿元，比2019年增长55%，年均增长11.6%。"),
        bad("地方一般公共预算收入达到186亿元，五年增加66亿元，年均增长12.2%。",
            note="B = 186, A = 186 − 66 = 120: (186/120)^(1/5) − 1 = 9.2%"),
        good("地方一般公共预算收入达到186亿元，五年增长55%，年均增长9.2%。"),
        bad("与2019年相比，全市城镇常住人口增加42万人，平均每年增加10.4万人，2024年达到486万人。",
            note="the basis year before the change, the level's year after it: 42 ÷ 5 = 8.4"),
        good("与2019年相比，全市城镇常住人口增加42万人，平均每年增加8.4万人，2024年达到486万人。"),
        bad("全市进出口总额2019年为620亿元，2024年达到980亿元，年均增长12.6%。",
            note="two years' levels in consecutive clauses: (980/620)^(1/5) − 1 = 9.6%"),
        good("全市进出口总额2019年为620亿元，2024年达到980亿元，年均增长9.6%。"),
        bad("“十三五”期间，全市共建成保障性住房6万套，年均建成1.8万套。", note="6万套 ÷ 5 = 1.2万套"),
        good("五年来，全市共有学校80所，年均新增3所。", note="共有 is a stock, no total over the span"),
        bad("全市社会消费品零售总额2020年增长6.0%，2021年增长8.0%，两年平均增长9.0%。",
            note="((1.06)(1.08))^(1/2) − 1 = 7.0%, (6.0 + 8.0)/2 = 7.0%"),
        good("全市社会消费品零售总额2020年增长6.0%，2021年增长8.0%，两年平均增长7.0%。"),
        bad("五年来累计新增市场主体12.5万户，平均每年新增3.5万户。"),
        good("五年来累计新增市场主体12.5万户，平均每年新增2.5万户。"),
        bad("2018年全市接待游客812.4万人次。2023年全市接待游客1195.6万人次，年均增长10.0%。",
            note="the two levels in two sentences, each with its year: (1195.6/812.4)^(1/5) − 1 = 8.0%"),
        good("2018年全市接待游客812.4万人次。2023年全市接待游客1195.6万人次，年均增长8.0%。"),
        bad("全县城乡居民储蓄存款余额三年年均增长10.4%（2020年末1012.6亿元，2023年末1268.4亿元）。",
            note="both levels after the average, each with its year: (1268.4/1012.6)^(1/3) − 1 = 7.8%"),
        good("外贸进出口总额年均增长7.2%，2023年1562亿元，2018年1104亿元。"),
        bad("全年接待游客1241万人次，日均4.4万人次。", note="1241万 ÷ 365 = 3.4万"),
        good("2023年全市日均接待游客3.4万人次，全年接待游客1241万人次。"),
        bad("全年受理投诉1200件，月均150件。", note="1200 ÷ 12 = 100"),
        good("全年政务服务大厅办件62.5万件，日均办件2500件。", note="office work: 62.5万 ÷ 250 working days"),
        good("全年接待游客1241万人次，国庆假期日均接待游客12万人次。", note="a holiday's mean, not the year's"),
    )

    def check(self, doc, ctx):
        yield from _cumulative_findings(self, doc)
        yield from _per_period_findings(self, doc)
        yield from _compound_findings(self, doc)
        yield from _span_change_findings(self, doc)
        yield from _levels_apart_findings(self, doc)
        yield from _levels_after_findings(self, doc)
        yield from _yearly_average_findings(self, doc)
        yield from _listed_average_findings(self, doc)
        yield from _listed_mean_findings(self, doc)
        yield from _span_fan_findings(self, doc)
        yield from _plan_average_findings(self, doc)
        yield from _span_total_findings(self, doc)
        yield from _transition_findings(self, doc)
        # last: the averages and changes over a period no reading above checked, their levels looked up in the
        # report's index of levels by metric and year (claims.yearlevels)
        yield from _indexed_findings(self, doc)


def _transition_findings(self, doc):
    """由A增加到B、年均增长g% (the levels of a from–to change before or after the average, or of a change against a
    named year right after it) over the span the text names."""
    text = folded_text(doc)
    skel, _ = skeleton(doc)
    trs = transitions(doc)
    after_avg = _year_changes(doc)
    if not trs and not after_avg:
        return
    ends = [t.end for t in trs]
    starts = [t.start for t in trs]
    import bisect
    for q in doc.quantities:
        m = _avg_before(doc, text).get(q.start)
        # 年均增长10%以上 / 超过10%: a bound, read as the half-open interval it allows
        if not m or (q.approx not in (None, "≈") and not (q.before_word or q.after_word)):
            continue
        k = bisect.bisect_right(ends, q.start) - 1
        t = trs[k] if k >= 0 else None
        restated = None
        forced = None
        if t is not None and len(text[t.end:m.start()]) > 6 and _RESTATED.fullmatch(skel, t.end, m.start()):
            # 从3200公里增加到4500公里，五年增加1300公里，年均增加260公里: the change restated between, with its span
            restated = re.search(r"([两二三四五六七八九十]|\d{1,2})年", text[t.end:m.start()])
        elif t is not None and _SPAN_GAP.fullmatch(text, t.end, m.start()):
            # 由A增加到B，2019年以来年均增长X% / …，五年来年均增长X% / …，五年年均增长X%: the span named between
            restated = re.search(r"([两二三四五六七八九十])年", text[t.end:m.start()])
        elif t is None or len(text[t.end:m.start()]) > 6 or re.search(r"[。；;]", text[t.end:m.start()]):
            # 年均增长11.1%，由2019年的8216件增加到2023年的12532件: the levels right after the average
            j = bisect.bisect_left(starts, q.end)
            t = trs[j] if j < len(trs) and re.fullmatch(r"[\s，,、]{0,2}", text[q.end:trs[j].start]) else None
        if t is None and after_avg:
            # 年均增长X%，2023年达到B，比2018年的A增加D: a change against a named year's level right after the average
            t, forced = _change_after_average(doc, text, q, after_avg)
        if t is None and after_avg:
            # 2024年达到B，比2021年的A增加D，三年年均增长X%: the same change right before the average
            t, forced = _change_before_average(doc, text, m, after_avg)
        if t is None:
            continue
        if t.direction == 0:
            # 从2019年的620亿元到2024年的980亿元 / 发展到 / 达到: no direction word; the values must clearly move
            a0, b0 = interval_of(t.base), interval_of(t.current)
            if not (b0[0] > a0[1] or b0[1] < a0[0]):
                continue
        if not (t.base.approx in (None, "≈", "<", "<=", ">", ">=") and measure(t.base) == measure(t.current)):
            continue
        down = m.group("verb") in _DOWN_VERBS
        points = unit_of(q) in ("个百分点", "百分点")
        if q.is_percent and (t.base.is_percent or _real_at(doc, t.start, q) or qualifier_near(doc, t.start, t.end)):
            continue      # the average growth of a rate, or real growth: not from these values
        if not q.is_percent and not points and measure(q) != measure(t.current):
            continue
        if points and not t.base.is_percent:
            continue
        s = doc.sentence_at(t.start)
        p = doc.paragraph_at(t.start)
        if forced is not None:
            spans = forced
        elif m.group("nyears") or (restated is not None and _n(restated.group(1))):
            spans = [_n(m.group("nyears") or restated.group(1))]
            ys = _years_in(text, t.start, t.end)
            if len(ys) >= 2 and ys[-1] - ys[0] + 1 == spans[0]:
                # 2019年为612亿元，2023年达到886亿元，五年间年均增长9.7%: 五年 counts the years inclusively, the
                # average runs over the four years between the levels — both readings
                spans = [spans[0] - 1, spans[0]]
        else:
            spans = sorted(_spans(doc, text, t, s, p))
        unknown = not spans
        if unknown:
            if q.is_percent or found_in(doc, _TARGET_WORDS, text, s.start if s else t.start, q.end,
                                        max(s.end, q.end) if s else q.end):
                continue
            # 从新区成立前的12.6%提升至42.6%，年均提高10个百分点: a span the text does not name is still a whole
            # number of years; an arithmetic average (points, 平均每年增加N) is reported only when none fits
            spans = list(range(1, _UNKNOWN_SPAN_MAX + 1))
        a, b = interval_of(t.base), interval_of(t.current)
        qlo, qhi = _mean_interval(q)
        if down:
            qlo, qhi = -qhi, -qlo
        recs: List[tuple] = []
        for n in spans:
            r = _average_between(a, b, n, q.is_percent)
            if r is None:
                break
            recs.append((n,) + r)
        if not recs:
            continue
        ok = any(lo - 1e-9 <= qhi and qlo <= hi + 1e-9 for _, lo, hi in recs)
        formula = _AVERAGE_FORMULA[q.is_percent]
        record(doc, self.code, "average-growth", q, ok, formula, (t.base, t.current))
        if ok:
            continue
        n, lo, hi = min(recs, key=lambda r: min(abs(r[1] - (qlo + qhi) / 2), abs(r[2] - (qlo + qhi) / 2)))
        mid = (lo + hi) / 2
        unit = "%" if q.is_percent else ("个百分点" if points else measure(q))
        if unknown:
            yield self.finding(
                doc, q.start, q.end, "any-span",
                related=[Related(t.base.start, t.base.end, {"zh": "起点值", "en": "first value"}),
                         Related(t.current.start, t.current.end, {"zh": "终点值", "en": "last value"})],
                evidence={"recomputed": _finite([lo, hi]), "stated": _finite([qlo, qhi]), "span_years": None,
                          "spans_tried": [1, _UNKNOWN_SPAN_MAX], "formula": formula, "tolerance": _tol(q, qlo, qhi)},
                stated=doc.text[m.start():q.end] if m.start() >= q.start - 10 else doc.text[q.start:q.end],
                base=doc.text[t.base.start:t.base.end], current=doc.text[t.current.start:t.current.end],
                n=n, **_shown(q, mid, _tol(q, qlo, qhi), unit), max_n=_UNKNOWN_SPAN_MAX)
            continue
        yield self.finding(
            doc, q.start, q.end,
            related=[Related(t.base.start, t.base.end, {"zh": "起点值", "en": "first value"}),
                     Related(t.current.start, t.current.end, {"zh": "终点值", "en": "last value"})],
            evidence={"recomputed": _finite([lo, hi]), "stated": _finite([qlo, qhi]), "span_years": n, "spans_tried": spans,
                      "formula": formula, "tolerance": _tol(q, qlo, qhi)},
            stated=doc.text[m.start():q.end] if m.start() >= q.start - 10 else doc.text[q.start:q.end],
            base=doc.text[t.base.start:t.base.end], current=doc.text[t.current.start:t.current.end], n=n,
            **_shown(q, mid, _tol(q, qlo, qhi), unit))


#: a year in digits or in Chinese numerals (一九七八年): read by :func:`_year_int`
_YEAR4 = r"((?:19|20)\d{2}|(?:一九|二〇|二○|二零)[〇○零一二三四五六七八九]{2})"
_CMP_YEAR = lazyre.compile(r"(?:比|较之?|与|同)" + _YEAR4 + r"\s*年")
#: what may stand between an average and the level a change after it is about: 年均增长X%，2023年达到B，比2018年…
_AVG_TO_LEVEL = lazyre.compile(r"[\s，,、]{0,2}(?:((?:19|20)\d{2})\s*年(?:底|末)?)?(?:已经|已)?(?:达到|达|为|增加到|增长到|增至|提高到)?\s*")


def _year_changes(doc) -> dict:
    """Changes whose two levels are stated and whose basis names a year (2023年达到B，比2018年的A增加D), by the start
    of the level they are about (cached)."""
    c = doc.__dict__.get("_lintgov_year_changes")
    if c is None:
        c = {}
        for ch in changes(doc):
            if ch.base is not None and ch.current is not None and ch.current.start == ch.start \
                    and ch.transition is None and _CMP_YEAR.match(ch.comparison or ""):
                c.setdefault(ch.start, ch)
        doc.__dict__["_lintgov_year_changes"] = c
    return c


def _change_after_average(doc, text, q, by_start):
    """The levels of a change against a named year right after an average (年均增长X%，2023年达到B，比2018年的A增加D) as
    a transition, with the spans it allows: the year before B (else the figures year, or the next) less the basis
    year.  (None, None) when there is none."""
    import bisect
    from lintgov.claims.grammar import Transition
    keys = doc.__dict__.get("_lintgov_year_change_keys")
    if keys is None:
        keys = sorted(by_start)
        doc.__dict__["_lintgov_year_change_keys"] = keys
    k = bisect.bisect_left(keys, q.end)
    if k >= len(keys) or keys[k] - q.end > 24:
        return None, None
    ch = by_start[keys[k]]
    g = _AVG_TO_LEVEL.fullmatch(text, q.end, ch.start)
    if g is None:
        return None, None
    y0 = _year_int(_CMP_YEAR.match(ch.comparison).group(1))
    if g.group(1):
        ns = {int(g.group(1)) - y0}
    else:
        fy = _figures_year(doc)
        ns = {fy - y0, fy + 1 - y0} if fy else set()
    ns = sorted(n for n in ns if 1 <= n <= 30)
    if not ns:
        return None, None
    t = Transition(ch.start, ch.end, ch.base, ch.current, ch.verb, ch.verb_start, ch.direction, f"{y0}年")
    return t, ns


def _change_before_average(doc, text, m, by_start):
    """The levels of a change against a named year with both levels stated, right before an average (``m``: its
    words) — 2024年达到B，比2021年的A增加D，三年年均增长X% — as a transition, with the span it allows: the one year its
    sentence names before B as its own (else the figures year, or the next) less the basis year; a span in words
    between must be that span.  (None, None) when there is none."""
    import bisect
    from lintgov.claims.grammar import Transition
    ends = doc.__dict__.get("_lintgov_year_change_ends")
    if ends is None:
        ends = sorted((max(ch.end, ch.amount.end if ch.amount is not None else ch.end), ch.start)
                      for ch in by_start.values())
        doc.__dict__["_lintgov_year_change_ends"] = ends
    k = bisect.bisect_right(ends, (m.start(), float("inf"))) - 1
    if k < 0 or m.start() - ends[k][0] > 8:
        return None, None
    ch = by_start[ends[k][1]]
    g = CHANGE_TO_AVG.fullmatch(text, ends[k][0], m.start())
    if g is None or ch.base is None or ch.current is None or ch.base.start < ch.current.start:
        return None, None
    y0 = _year_int(_CMP_YEAR.match(ch.comparison).group(1))
    s = doc.sentence_at(ch.start)
    lo = s.start if s is not None else max(0, ch.start - 60)
    own = {y for y in _years_in(text, lo, ch.start)}
    if len(own) > 1 or found_in(doc, _TARGET_WORDS, text, lo, m.end(), m.end()):
        return None, None
    if own:
        ns = {own.pop() - y0}
    else:
        fy = _figures_year(doc)
        ns = {fy - y0, fy + 1 - y0} if fy else set()
    if g.group("n"):
        ns &= {_n(g.group("n"))}
    ns = sorted(n for n in ns if 1 <= n <= 30)
    if not ns:
        return None, None
    t = Transition(ch.start, ch.end, ch.base, ch.current, ch.verb, ch.verb_start, ch.direction, f"{y0}年")
    return t, ns


#: B，五年增加D、年均增长X% / B，五年增长C%，年均增长X% / 五年增加D，年均增加M: a change over N years and its average
_SPAN_CHANGE = lazyre.compile(r"(?:(?P<cur>" + _Q + r")[\s，,、]*)?(?P<n>" + _Q + r")(?:间|来|时间|内)?"
                              # 近五年，全区公路通车里程增加了186公里: the span opening the sentence, the metric after it
                              r"(?:(?P<open>[，,])(?P<w>[\u4e00-\u9fff“”]{2,16}?))?(?P<cum>累计|共)?"
                              r"(?P<verb>增加|增长|减少|下降|提高)了?(?P<d>" + _Q + r")[\s，,、]*(?:即|也就是)?"
                              r"(?P<lead>年均|年平均|平均每年|每年平均)(?P<v2>增长|增加|提高|下降|减少|降低|新增|递增|递减)了?"
                              r"(?P<x>" + _Q + r")")
_SPAN_CHANGE_LEAD = lazyre.compile(r"年均|年平均|平均每年|每年平均")
#: words that make the change after a span opening its sentence another statement (a part, a list, a share, a plan)
_SPAN_OPEN_NOT = lazyre.compile(r"其中|分别|占|比|较|同比|年均|平均|人均|累计|目标|计划|预计|力争|新增|以上|以下")


def _qualified_span(doc, m) -> bool:
    """A meaning-changing qualifier (按可比价格, 扣除价格因素…) between the span and the average of a
    :data:`_SPAN_CHANGE` match — not the 累计 of the change itself (五年累计增长65.5%, 过去五年，…累计增长65.5%: the
    growth over the span the average is of, which 累计 names)."""
    if not m.group("cum"):
        return qualifier_near(doc, m.start(), m.start("lead")) is not None
    return qualifier_near(doc, m.start(), m.start("cum")) is not None \
        or qualifier_near(doc, m.end("cum"), m.start("lead")) is not None


def _span_change_findings(self, doc):
    """A change over N years stated with its yearly average: 地方一般公共预算收入达到186亿元，五年增加66亿元，年均增长
    9.2% ((B/(B−D))^(1/N) − 1); 五年增长55%，年均增长9.2% ((1+C)^(1/N) − 1); 五年增加1300公里，年均增加260公里 (D/N).
    Growth of GDP and value added from levels is real growth: not recomputed from B and D."""
    skel, by_start = skeleton(doc)
    # (tried only up to 100 characters before a 年均/平均每年: the average closes every match)
    for m in lazyre.anchored_finditer(_SPAN_CHANGE, skel, _SPAN_CHANGE_LEAD, back=100):
        nq, d, x = by_start[m.start("n")], by_start[m.start("d")], by_start[m.start("x")]
        cur = by_start[m.start("cur")] if m.group("cur") else None
        if nq.unit != "年" or nq.decimals or not 1 < nq.value <= 30:
            continue
        if m.group("open") and (cur is not None or _SPAN_OPEN_NOT.search(m.group("w"))
                                or skel[m.start("n") - 1:m.start("n")] not in ("", "近", "这", "\n", "。", "；", "，")
                                and skel[max(0, m.start("n") - 2):m.start("n")] not in ("过去", "最近")):
            continue      # (the span must open its sentence or clause: 近五年，… / 过去五年，…)
        if any(q.approx not in (None, "≈") for q in (d, x)) or _qualified_span(doc, m):
            continue
        n = int(nq.value)
        down1 = m.group("verb") in ("减少", "下降")
        down2 = m.group("v2") in ("下降", "减少", "降低", "递减")
        xlo, xhi = interval_of(x)
        if down2:
            xlo, xhi = -xhi, -xlo
        dlo, dhi = interval_of(d)
        if down1:
            dlo, dhi = -dhi, -dlo
        if d.is_percent and x.is_percent:
            if 1 + dlo / 100 <= 0:
                continue
            lo, hi = ((1 + dlo / 100) ** (1 / n) - 1) * 100, ((1 + dhi / 100) ** (1 / n) - 1) * 100
            formula, ops = "((1+C)^(1/N)-1)*100", (d,)
        elif not d.is_percent and x.is_percent and cur is not None and measure(cur) == measure(d) \
                and not cur.is_percent and cur.approx in (None, "≈"):
            if real_growth_metric(doc, cur.start):
                continue
            b = interval_of(cur)
            a = (b[0] - dhi, b[1] - dlo)
            if a[0] <= 0:
                continue
            lo, hi = ((b[0] / a[1]) ** (1 / n) - 1) * 100, ((b[1] / a[0]) ** (1 / n) - 1) * 100
            formula, ops = "((B/(B-D))^(1/N)-1)*100", (cur, d)
        elif not d.is_percent and not x.is_percent and measure(x) == measure(d) and measure(d):
            if m.group("cum") == "累计":
                continue  # a cumulative total and its mean: _cumulative_findings reads it
            lo, hi = dlo / n, dhi / n
            formula, ops = "D/N", (d,)
        else:
            continue
        ok = lo - 1e-9 <= xhi and xlo <= hi + 1e-9
        if not ok and m.group("open") and n > 2:
            # 近五年，… a span opening its sentence may count the years of the levels (2019 to 2023: four changes)
            k = n - 1
            if formula == "D/N":
                lo2, hi2 = dlo / k, dhi / k
            elif formula == "((1+C)^(1/N)-1)*100":
                lo2, hi2 = ((1 + dlo / 100) ** (1 / k) - 1) * 100, ((1 + dhi / 100) ** (1 / k) - 1) * 100
            else:
                lo2, hi2 = ((b[0] / a[1]) ** (1 / k) - 1) * 100, ((b[1] / a[0]) ** (1 / k) - 1) * 100
            ok = lo2 - 1e-9 <= xhi and xlo <= hi2 + 1e-9
        record(doc, self.code, "average-growth", x, ok, formula, ops)
        if ok:
            continue
        yield self.finding(
            doc, x.start, x.end, "span-change",
            related=[Related(q.start, q.end, {"zh": "所述数值", "en": "stated figure"}) for q in ops],
            evidence={"recomputed": [lo, hi], "stated": [xlo, xhi], "span_years": n, "formula": formula,
                      "tolerance": (xhi - xlo) / 2},
            stated=doc.text[m.start("lead"):x.end], change=doc.text[m.start("n"):d.end], n=n,
            **_shown(x, (lo + hi) / 2, (xhi - xlo) / 2))


#: 五年翻了一番，年均增长14.9% / 近五年来翻了两番多，年均增长32%: a doubling over N years and its yearly average
_SPAN_FAN = lazyre.compile(r"(?P<n>" + _Q + r")(?:间|来|时间|内|以来)?(?:[，,](?P<w>[\u4e00-\u9fff“”]{2,20}?))?"
                           r"(?:累计)?[\s，,]*(?:实现了?|已经|已)?"
                           r"翻了?(?:(?P<k>一|两|二|三|四)番|(?P<kq>" + _Q + r"))(?P<post>多|以上|还多|有余)?[\s，,、]*"
                           r"(?P<lead>年均|年平均|平均每年|每年平均)(?P<v2>增长|增長|递增|遞增)(?:了|为|為|达到|達到|达|達)?(?P<x>"
                           + _Q + r")")
_FAN_K = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4}


def _span_fan_findings(self, doc):
    """A doubling over N years stated with its yearly average: 五年翻了一番，年均增长14.9% — (2^k)^(1/N) − 1; 翻了一番多
    (more than double) allows any average above that.  The span must open the doubling (五年, 近五年来, 五年间): the
    years are those the words name."""
    if "番" not in doc.text:
        return
    skel, by_start = skeleton(doc)
    for m in lazyre.anchored_finditer(_SPAN_FAN, skel, _SPAN_CHANGE_LEAD, back=60):
        nq, x = by_start[m.start("n")], by_start[m.start("x")]
        if nq.unit != "年" or nq.decimals or not 1 < nq.value <= 30 or not x.is_percent or x.approx not in (None, "≈"):
            continue
        if qualifier_near(doc, m.start(), m.start("lead")) is not None:
            continue
        if m.group("w") and (_SPAN_OPEN_NOT.search(m.group("w"))
                             or skel[m.start("n") - 1:m.start("n")] not in ("", "近", "这", "\n", "。", "；", "，")
                             and skel[max(0, m.start("n") - 2):m.start("n")] not in ("过去", "最近")):
            continue      # (五年来，全市…翻了一番: the span opens its sentence or clause, the metric after it)
        if m.group("kq"):   # (一番 is a quantity of the skeleton: its unit is 番)
            kq = by_start[m.start("kq")]
            if kq.unit != "番" or kq.decimals or not 1 <= kq.value <= 4:
                continue
            k = int(kq.value)
        else:
            k = _FAN_K[m.group("k")]
        n = int(nq.value)
        lo = hi = ((2 ** k) ** (1 / n) - 1) * 100
        if m.group("post"):
            hi = float("inf")     # 翻了一番多: more than double
        xlo, xhi = interval_of(x)
        ok = lo - 1e-9 <= xhi and xlo <= hi + 1e-9
        record(doc, self.code, "average-growth", x, ok, "((2^k)^(1/N)-1)*100", ())
        if ok:
            continue
        yield self.finding(
            doc, x.start, x.end, "span-change",
            related=[Related(m.start("n"), m.start("lead"), {"zh": "翻番", "en": "doubling"})],
            evidence={"recomputed": _finite([lo, hi]), "stated": [xlo, xhi], "span_years": n,
                      "formula": "((2^k)^(1/N)-1)*100", "tolerance": (xhi - xlo) / 2},
            stated=doc.text[m.start("lead"):x.end], change=doc.text[m.start("n"):m.start("lead")].rstrip("，,、 "), n=n,
            **_shown(x, lo, (xhi - xlo) / 2))


#: a basis year written before the change it is for: 与2019年相比，…增加42万人 / 同2018年比，… / 较2020年，…
_FRONT_YEAR = lazyre.compile(r"(?:与|同|和|跟)" + _YEAR4 + r"\s*年(?:底|末)?(?:相比|比较|比)|(?:比|较)" + _YEAR4 + r"\s*年(?:底|末)?[，,]")
#: what between a basis year opening the sentence and the change makes the change another statement's
_FRONT_NOT = lazyre.compile(r"[；;]|其中|分别|占|比重")
#: a year written in a sentence (not inside a range 2019年至2024年 or a basis)
_ANY_YEAR = lazyre.compile(_YEAR4 + r"\s*年")


def _before_next_average(doc, text: str, q, end: int) -> int:
    """The start of the clause of the next average after ``q`` before ``end`` (高于…平均每年递增2.6%的水平), else ``end``."""
    avg = _avg_before(doc, text)
    qs = quantity_starts(doc)
    i = bisect.bisect_right(qs, q.start)
    for k in qs[i:i + 8]:
        if k >= end:
            break
        m = avg.get(k)
        if m is not None:
            cl = max(text.rfind(ch, q.end, m.start()) for ch in "，,；;")
            return cl if cl >= q.end else end
    return end


def _compound_findings(self, doc):
    """A change since a named year and its yearly average, over the years between the basis year and the year of the
    level: …达到186亿元，比2019年增长55%，年均增长11.6% ((1 + C)^(1/N) − 1); 与2019年相比，全市城镇常住人口增加42万人，
    平均每年增加8.4万人，2024年达到486万人 (D/N); 与2020年相比，森林覆盖率提高4.8个百分点，平均每年提高1.2个百分点
    (D/N).  The basis year is in the claim (比2019年) or opens its sentence (与2019年相比，); the level's year is the one
    other year of the sentence, else the year the report's figures are about (then that year or the next)."""
    text = folded_text(doc)
    by_end = {}
    for c in changes(doc):
        # a change against a named year (比2019年增长55%) or against none written in the claim (与2019年相比，…增加42万人)
        if c.kind in ("percent", "amount", "points") and c.amount is not None and c.base is None \
                and c.transition is None and (not c.comparison or _CMP_YEAR.match(c.comparison)):
            by_end[c.amount.end] = c
    if not by_end:
        return
    fy = None
    sent_years: dict = {}
    for q in doc.quantities:
        if q.approx not in (None, "≈"):
            continue
        m = _avg_before(doc, text).get(q.start)
        if not m:
            continue
        # (…增长98.3%，即平均每年递增14.7%: 即 restates the change as its yearly mean)
        c = next((by_end[k] for k in range(m.start(), max(0, m.start() - 6), -1)
                  if k in by_end and _TO_AVG.fullmatch(text, k, m.start())), None)
        if c is None or c.amount.approx not in (None, "≈"):
            continue
        # 两年平均 after a change against a named year: the span the words name must be the years between
        nyears = _n(m.group("nyears")) if m.group("nyears") else None
        # (比2019年增长11.2%，两年平均增长5.4%: the change over the span the words name, compounded over its years)
        if m.group("nyears") and (nyears is None or c.kind not in ("amount", "percent") or not q.is_percent):
            continue
        d = c.amount
        points = unit_of(q) in ("个百分点", "百分点")
        # 达到86.4万吨，较2021年增加6.2万吨，两年平均增长3.8%: compound growth from the level and the change
        level = c.current if q.is_percent and c.kind == "amount" and c.current is not None \
            and measure(c.current) == measure(d) and not c.current.is_percent \
            and c.current.approx in (None, "≈") and not d.is_percent else None
        if q.is_percent:
            if c.kind != "percent" and level is None:
                continue
        elif points:
            if c.kind != "points":
                continue
        elif c.kind != "amount" or measure(d) != measure(q) or not measure(q):
            continue
        s = doc.sentence_at(c.verb_start)
        ss = s.start if s else max(0, c.start - 80)
        se = s.end if s else q.end + 40
        cm = _CMP_YEAR.match(c.comparison or "")
        lim = max(se, c.verb_start)
        ys, ye = ss, se          # the sentence whose years give the span
        if cm:
            y0 = _year_int(cm.group(1))
        else:
            # (the words from the sentence's start, and from its one basis year: read once per sentence — linear)
            front, nf = first_and_count_before(doc, _FRONT_YEAR, text, ss, c.verb_start, lim, 12 + space_run(doc))
            if nf == 0 and PARTS_OPEN.match(text, ss):
                # 1957年比1952年，工业总产值增长98.3%，即平均每年递增14.7%。其中，现代工业增长104.1%，即平均每年递增
                # 15.3%: a sentence of the parts takes the span of the sentence before it, in its paragraph
                ps = doc.sentence_at(ss - 1) if ss > 0 else None
                if ps is None or ps.start >= ss or (s is not None and doc.paragraph_at(ps.start) is not doc.paragraph_at(ss)):
                    continue
                fronts = list(_FRONT_YEAR.finditer(text, ps.start, ps.end))
                if len(fronts) != 1 or _CMP_YEAR.search(text, fronts[0].end(), ps.end) \
                        or _FRONT_NOT.search(text, fronts[0].end(), ps.end):
                    continue
                y0 = _year_int(fronts[0].group(1) or fronts[0].group(2))
                ys, ye = ps.start, ps.end
            else:
                if nf != 1 or found_in(doc, _CMP_YEAR, text, front.end(), c.verb_start, lim):
                    continue
                y0 = _year_int(front.group(1) or front.group(2))
                if found_in(doc, _FRONT_NOT, text, front.end(), c.verb_start, lim):
                    continue
        # (real growth, 地区生产总值/增加值, is not recomputed from levels; a growth over the span and its yearly mean are
        # both real and compound alike: 比2002年增长65.5%，年均增长10.6%)
        if qualifier_near(doc, ss, c.verb_start) or (q.is_percent and level is not None
                                                     and real_growth_metric(doc, c.verb_start)):
            continue
        # (…增长22%，平均每年递增4.1%，高于1953年至1980年平均每年递增2.6%的水平: the clause of a later average names the
        # years of its own span, not this one's — the sentence's years are read up to it)
        if (ys, ye) != (ss, se) and _ANY_YEAR.search(text, ss, se):
            continue         # (a year of its own in the sentence of the parts: another span)
        ye = _before_next_average(doc, text, q, ye)
        yr = sent_years.get((ys, ye))
        if yr is None:       # the years of the sentence, found once per sentence
            yr = sent_years[(ys, ye)] = ({_year_int(y) for y in _ANY_YEAR.findall(text, ys, ye)},
                                         _YEAR_RANGE.search(text, ys, ye) is not None)
        others = yr[0] - {y0}
        if len(others) > 1 or yr[1]:
            continue
        if others:
            ns = {others.pop() - y0}
        else:
            if fy is None:
                fy = _figures_year(doc) or 0
            ns = {fy - y0, fy + 1 - y0} if fy else set()
        ns = sorted(n for n in ns if 1 <= n <= 30)
        if nyears is not None:
            ns = [n for n in ns if n == nyears]
        if not ns:
            continue
        clo, chi = interval_of(d)
        if c.direction < 0:
            clo, chi = -chi, -clo
        qlo, qhi = _stated(q, m.group("verb"))
        if level is not None:
            b = interval_of(level)
            a = (b[0] - chi, b[1] - clo)
            if a[0] <= 0:
                continue
            formula = "((B/(B-D))^(1/N)-1)*100"
            recs = [(n, ((b[0] / a[1]) ** (1 / n) - 1) * 100, ((b[1] / a[0]) ** (1 / n) - 1) * 100) for n in ns]
        elif q.is_percent:
            if 1 + clo / 100 <= 0:
                continue
            formula = "((1+C)^(1/N)-1)*100"
            recs = [(n, ((1 + clo / 100) ** (1 / n) - 1) * 100, ((1 + chi / 100) ** (1 / n) - 1) * 100) for n in ns]
        else:
            formula = "D/N"
            recs = [(n, clo / n, chi / n) for n in ns]
        ok = any(lo - 1e-9 <= qhi and qlo <= hi + 1e-9 for _, lo, hi in recs)
        record(doc, self.code, "average-growth", q, ok, formula, (level, d) if level is not None else (d,))
        if ok:
            continue
        n, lo, hi = min(recs, key=lambda r: abs((r[1] + r[2]) / 2 - (qlo + qhi) / 2))
        unit = "%" if q.is_percent else ("个百分点" if points else measure(q))
        yield self.finding(
            doc, q.start, q.end, "compound" if q.is_percent else "since-year",
            related=[Related(d.start, d.end, {"zh": "累计变化", "en": "change over the span"})],
            evidence={"recomputed": [lo, hi], "stated": [qlo, qhi], "span_years": n, "spans_tried": ns,
                      "formula": formula, "tolerance": (qhi - qlo) / 2},
            stated=doc.text[m.start():q.end], growth=doc.text[c.verb_start:d.end], change=doc.text[c.verb_start:d.end],
            y0=y0, n=n, **_shown(q, (lo + hi) / 2, (qhi - qlo) / 2, unit))


_APART_MAX = 32
#: words before the last level that make it something else than a level of the metric (a part, a share, a change)
_APART_NOT = lazyre.compile(r"其中|分别|占|比重|累计|比|较|由|从")
#: what may stand between the last level and its average: nothing, a comma, or the span in words (五年 / 五年来)
_LEVEL_GAP = lazyre.compile(r"[\s，,、]*(?:(?P<n>[两二三四五六七八九十]|\d{1,2})年(?:来|间)?)?[\s，,、]*"
                            r"(?:(?:按|以)(?:现价|当年价格?|现行价格?)计算[\s，,]*)?")


#: the first level right after an average, labelled with its year: …，年均增长X%，2019年为A / （2019年为A）
_POST_LEVEL = lazyre.compile(r"\s*(?:[（(]|[，,；;]\s*)(?P<y>(?:19|20)\d{2})\s*年(?:底|末)?(?:为|是)?(?P<a>" + _Q
                             + r")(?:[）)]|(?=[，,。；;\n]|$))")


#: how far before an average's paragraph the paragraphs of its passage are read for its first level
_APART_BACK = 300


_SCOPE_WORD = lazyre.compile(r"全(?:国|國|省|市|区|區|县|縣|州|镇|鎮|乡|鄉)")


def _scopes_differ(text: str, a: int, b: int) -> bool:
    """Whether the clauses before ``a`` and ``b`` name different scopes (全省 / 全市), each the last it names."""
    def scope(pos):
        lo = max(0, pos - 30)
        cut = max(text.rfind(c, lo, pos) for c in "。；;\n")
        found = _SCOPE_WORD.findall(text, cut + 1 if cut >= 0 else lo, pos)
        return found[-1] if found else None
    sa, sb = scope(a), scope(b)
    return sa is not None and sb is not None and sa != sb


def _passage_start(doc, p) -> int:
    """The start of the passage a paragraph ends: the paragraphs right before it (at most two) that start within
    :data:`_APART_BACK` characters before it — a passage written one sentence a line."""
    ps = doc.paragraphs
    i = p.index
    lo = p.start
    for k in (i - 1, i - 2):
        if k < 0 or ps[k].start < p.start - _APART_BACK:
            break
        lo = ps[k].start
    return lo


#: a level's words that are only the verb of a level reached (增至, 达到): no name of a metric
_REACHED_ONLY = lazyre.compile(r"(?:增|升|降|减|增加|增长|提高|提升|上升|下降|降低|减少)(?:至|到)|达到|达")


def _planned_at(doc, text: str, lo: int, hi: int) -> bool:
    """Whether the words ``text[lo:hi]`` (a sentence up to an average) make its figures a plan's (:data:`_TARGET_WORDS`):
    a year reached (到2024年) is a plan's target year only when it is later than the year the report's figures are about
    — 到2024年，全市地区生产总值达到A，年均增长g% in a review of 2024 is the span reviewed; with no year of the figures
    known, a year reached with no other plan word (力争, 将, 预计…) in the sentence is read as reviewed too."""
    fy = None
    for m in _TARGET_WORDS.finditer(text, lo, hi):
        y = BY_YEAR.fullmatch(m.group())
        if y is None:
            return True
        if fy is None:
            fy = _figures_year(doc) or 0
        if fy and int(y.group(1)) > fy:
            return True
    return False


def _levels_apart_findings(self, doc):
    """An average over years whose two levels are stated in different sentences of the paragraph, each with its year:
    2018年全市接待游客812.4万人次。2023年全市接待游客1195.6万人次，年均增长8.0% (compound over 2023 − 2018 = 5 years);
    …，平均每年增加N (arithmetic).  The last level stands right before the average (or with the span in words between,
    which must agree); its year is the one year written before it in its sentence, else the year the report's figures
    are about; the first level is the one value of the same metric (:func:`~lintgov.claims.metric.key_match`) and
    measure stated under an earlier year's label in an earlier sentence of the paragraph (grammar's index of values
    by their period labels; the last :data:`_APART_MAX` of them: linear).  Real growth, prices and rates' averages
    in % are not recomputed."""
    import bisect
    from lintgov.claims.grammar import _prior_values
    from lintgov.claims.metric import key_match, metric_key, names_a_kind
    from lintgov.claims.rates import opposite_sides
    text = folded_text(doc)
    qs = doc.quantities
    if not qs:
        return
    skel, by_start = skeleton(doc)
    trs = transitions(doc)
    tcur = {t.current.start for t in trs}
    qstarts = quantity_starts(doc)
    pstarts, pvals = None, None
    fy = None
    for i, q in enumerate(qs):
        if q.approx not in (None, "≈"):
            continue
        m = _avg_before(doc, text).get(q.start)
        if not m:
            continue
        # the last level: the quantity right before the average (a span in words, 五年, may stand between)
        j = bisect.bisect_left(qstarts, m.start()) - 1
        while j >= 0 and unit_of(qs[j]) in ("年",) and qs[j].start >= m.start() - 4:
            j -= 1
        if j < 0:
            continue
        cur = qs[j]
        g = _LEVEL_GAP.fullmatch(text, cur.end, m.start())
        words_n = None
        if g is None:
            # “十三五”末的2020年，…为16,820元。此后四年年均增长7.4%，2024年达到22,372元: the last level right after the
            # average, labelled with its year (the span in words before the average must be the years between)
            pc = POST_YEAR_LEVEL.match(skel, q.end)
            if pc is None:
                continue
            if fy is None:
                fy = _figures_year(doc) or 0
            qs_ = doc.sentence_at(q.start)
            if (fy and int(pc.group("y")) > fy) \
                    or _TARGET_WORDS.search(text, qs_.start if qs_ is not None else max(0, m.start() - 40), pc.end()):
                continue      # (…年均增长7%，2025年达到B in a report on 2020: a plan's target)
            cur = by_start[pc.start("b")]
            wn = SPAN_BEFORE_AVERAGE.search(text, max(0, m.start() - 6), m.start())
            words_n = _n(wn.group("n")) if wn is not None else None
            g = _LEVEL_GAP.fullmatch("")
        if g is None or cur.start in tcur or cur.approx not in (None, "≈") or cur.is_percent:
            continue
        points = unit_of(q) in ("个百分点", "百分点")
        if points or (not q.is_percent and measure(q) != measure(cur)):
            continue          # (an average of points is of a rate: its levels are rates, read by the main loop)
        s = doc.sentence_at(cur.start)
        p = doc.paragraph_at(cur.start)
        if s is None or p is None:
            continue
        # a qualifier of the levels (按可比价格, 扣除…) in the sentence before the average; an earlier average of another
        # metric (…年均增长8.0%；旅游收入132.4亿元，年均增长10.0%) is not one
        # (the words from the sentence's start: read once per sentence, grammar.groups_before / found_in — linear in
        # the averages of a long sentence)
        lim = max(s.end, q.end)
        if any(not re.match(r"年均|年平均|平均每年|每年平均|平均增长", w)
               for w in groups_before(doc, QUALIFIERS, text, s.start, m.start(), lim, 6)) \
                or (q.is_percent and _real_at(doc, cur.start, q)):
            continue
        if (found_in(doc, _TARGET_WORDS, text, s.start, q.end, lim) and _planned_at(doc, text, s.start, q.end)) \
                or found_in(doc, _APART_NOT, text, s.start, cur.start, lim):
            continue
        years = _years_before(doc, text, s.start, cur.start, lim)
        if len(years) > 1 or found_in(doc, _YEAR_RANGE, text, s.start, q.end, lim):
            continue
        if years:
            y1 = years.pop()
        else:
            if fy is None:
                fy = _figures_year(doc) or 0
            if not fy:
                continue
            y1 = fy
        key = metric_key(doc, cur.start)
        if refers_back(key):
            # 2021年全区一般公共预算收入为312.5亿元。到2024年达到397.6亿元，三年年均增长8.4%: the sentence names no metric of
            # its own — the sentence before does (claims.lookback.elided_subject); a real growth there is not recomputed
            es = elided_subject(doc, cur)
            if es is not None:
                if q.is_percent and _real_at(doc, es.start, q):
                    continue
                key = metric_key(doc, es.start)
        # (此后连续四年保持增长，2024年达到11,820件: a level naming no metric of its own, nor the sentence before it,
        # continues the passage's metric — read only when one earlier labelled value of its measure is there)
        # (2024年增至78.6万户 / 达到…: the verb of the level reached names no metric)
        if words_n is not None or (g.group(0) == "" and cur.start > q.start):
            # (the last level after the average names nothing: the metric is the one the average's own words name —
            # 农村居民人均可支配收入此后四年年均增长…，2024年达到B — else the passage's)
            key = SPAN_WORDS_TAIL.sub("", metric_key(doc, m.start()))
        elided = len(key) < 2 or _REACHED_ONLY.fullmatch(key) is not None
        if elided and not re.fullmatch(r"[\s，,]*(?:(?:19|20)\d{2}\s*年(?:底|末)?)?[，,]?\s*(?:已经|已|则|再|又|进一步)?"
                                       r"(?:达到|达|增至|增加到|增长到|提高到|上升到|为)?",
                                       re.split(r"[，,]", text[max(s.start, cur.start - 16):cur.start])[-1]):
            continue
        found = []
        pm = _POST_LEVEL.match(skel, q.end)
        if pm is not None:
            # B，两年平均增长X%，2021年为A / …年均增长X%（2019年为A）: the first level right after the average
            pq = by_start[pm.start("a")]
            if measure(pq) == measure(cur) and not pq.is_percent and pq.approx in (None, "≈") \
                    and 1 <= y1 - int(pm.group("y")) <= 20:
                found.append((int(pm.group("y")), pq))
        if pstarts is None:
            pstarts, pvals = _prior_values(doc)
        hi_k = bisect.bisect_left(pstarts, s.start) if not found else 0
        # the last _APART_MAX values stated under a period label in the paragraph before the sentence (bounded work:
        # a long paragraph of such statements stays linear)
        # (the paragraph may be one sentence of a passage written a line each — 2020年，热线接听量为6.0万人次。\n2024年，
        # …，四年年均增长13.6%: the paragraphs right before it within _APART_BACK characters are read too)
        plo = _passage_start(doc, p)
        for k in range(max(bisect.bisect_left(pstarts, plo), hi_k - _APART_MAX), hi_k):
            pq, lab, _ls, keypos = pvals[k]
            ly = re.match(r"((?:19|20)\d{2})\s*年", lab)
            if not ly or not (1 <= y1 - int(ly.group(1)) <= 20):
                continue
            if measure(pq) != measure(cur) or pq.is_percent or pq.approx not in (None, "≈"):
                continue
            pkey = re.sub(r"分别", "", metric_key(doc, keypos))
            if not elided and (key_match(pkey, key) < 0.8 or names_a_kind(pkey, key) or opposite_sides(pkey, key)):
                continue      # (新能源汽车产量 is no level of 汽车产量: claims.metric.names_a_kind; 城镇居民… is no
                # level of 农村居民…: claims.rates.opposite_sides)
            if elided and len(pkey) < 2:
                continue
            if _scopes_differ(text, keypos, cur.start):
                continue      # (全省…60.0万人次 is no level of 全市…: the metric keys hold no place words)
            found.append((int(ly.group(1)), pq))
        if len({(y, interval_of(pq)) for y, pq in found}) != 1:
            continue          # none, or several values that could be meant
        y0, base = found[-1]
        n = y1 - y0
        if (g.group("n") and _n(g.group("n")) != n) or (m.group("nyears") and _n(m.group("nyears")) != n) \
                or (words_n is not None and words_n != n):
            continue          # 五年年均… / 三年平均… over levels four years apart: another span than the one read
        checked = _check_between(self, doc, q, m.group("verb"), base, cur, n)
        if checked is None or checked[0]:
            continue
        _, lo, hi, qlo, qhi = checked
        unit = "%" if q.is_percent else measure(q)
        yield self.finding(
            doc, q.start, q.end,
            related=[Related(base.start, base.end, {"zh": "起点值", "en": "first value"}),
                     Related(cur.start, cur.end, {"zh": "终点值", "en": "last value"})],
            evidence={"recomputed": [lo, hi], "stated": [qlo, qhi], "span_years": n, "spans_tried": [n],
                      "formula": _AVERAGE_FORMULA[q.is_percent], "tolerance": (qhi - qlo) / 2},
            stated=doc.text[m.start():q.end], base=doc.text[base.start:base.end], current=doc.text[cur.start:cur.end],
            n=n, **_shown(q, (lo + hi) / 2, (qhi - qlo) / 2, unit))


_YL = r"(?:19|20)\d{2}"
_LV_VERB = r"(?:为|是|达到|达|增至|增加到|增长到|提高到|上升到|降至|下降到|减少到)?"
#: both levels after an average, each labelled with its year: （2020年末A，2023年末B） / ，2023年B，2018年A /
#: ，2021年、2023年分别为A、B — also opening the next sentence, naming nothing of their own (。2023年达到A，2018年为B)
_POST_LEVELS = lazyre.compile(
    r"\s*(?:[（(](?P<y1>" + _YL + r")\s*年(?:底|末)?(?:为|是)?(?P<a1>" + _Q + r")[，,、；;]\s*(?P<y2>" + _YL
    + r")\s*年(?:底|末)?" + _LV_VERB + r"(?P<b1>" + _Q + r")[）)]"
    r"|[，,；;。]\s*(?P<y3>" + _YL + r")\s*年(?:底|末)?" + _LV_VERB + r"(?P<a2>" + _Q + r")[，,；;]\s*(?P<y4>" + _YL
    + r")\s*年(?:底|末)?" + _LV_VERB + r"(?P<b2>" + _Q + r")(?=[，,。；;\n]|$)"
    r"|[，,；;。]\s*(?P<y5>" + _YL + r")\s*年(?:底|末)?(?:[、和与及]|以及)(?P<y6>" + _YL + r")\s*年(?:底|末)?分别(?:为|是|达到)?"
    r"(?P<a3>" + _Q + r")\s*(?:[、和与及]|以及)\s*(?P<b3>" + _Q + r")(?=[，,。；;\n]|$))")


def _levels_after_findings(self, doc):
    """An average whose two levels both follow it, each labelled with its year: 全县城乡居民储蓄存款余额三年年均增长
    7.8%（2020年末1012.6亿元，2023年末1268.4亿元）/ 外贸进出口总额年均增长7.2%，2023年1562亿元，2018年1104亿元 / 两年平均
    增长10.6%，2021年、2023年分别为1520万人次、1860万人次: compound over the years between (or (B − A)/N for 年均增加N and
    年均提高N个百分点 between two rates).  The span in words (三年, 两年平均) must be the years between; real growth (GDP,
    value added), qualified statements (按可比价格) and targets are not recomputed; a transition right after the average
    is the main reading's (AverageGrowthMismatch.check)."""
    text = folded_text(doc)
    if "年" not in text:
        return
    skel, by_start = skeleton(doc)
    trs_start = {t.start for t in transitions(doc)}
    for q in doc.quantities:
        if q.approx not in (None, "≈"):
            continue
        m = _avg_before(doc, text).get(q.start)
        if not m:
            continue
        pm = _POST_LEVELS.match(skel, q.end)
        if pm is None:
            continue
        k = next(i for i in (1, 2, 3) if pm.group(f"a{i}"))
        ya, yb = int(pm.group(f"y{2 * k - 1}")), int(pm.group(f"y{2 * k}"))
        qa, qb = by_start[pm.start(f"a{k}")], by_start[pm.start(f"b{k}")]
        if any(p in trs_start for p in range(q.end, pm.end())) and not text[q.end:pm.end()].lstrip().startswith("。"):
            continue          # a transition after the average: read by the main loop (in the average's sentence only)
        if ya == yb:
            continue
        (y0, base), (y1, cur) = sorted([(ya, qa), (yb, qb)], key=lambda r: r[0])
        n = y1 - y0
        if not 1 <= n <= 30 or (m.group("nyears") and _n(m.group("nyears")) != n):
            continue
        if base.approx not in (None, "≈") or cur.approx not in (None, "≈") or measure(base) != measure(cur) \
                or base.is_percent != cur.is_percent:
            continue
        points = unit_of(q) in ("个百分点", "百分点")
        if points != base.is_percent or (not q.is_percent and not points and measure(q) != measure(cur)):
            continue          # 年均提高N个百分点 between rates; 年均增加N件 between counts; 年均增长X% between levels
        if q.is_percent and base.is_percent:
            continue          # the average growth of a rate in %: not from these values
        s = doc.sentence_at(q.start)
        ss = s.start if s else max(0, m.start() - 60)
        if (q.is_percent and _real_at(doc, m.start(), q)) or qualifier_near(doc, ss, m.start()) \
                and any(not re.match(r"年均|年平均|平均每年|每年平均|平均增长", w.group())
                        for w in QUALIFIERS.finditer(text, max(ss, m.start() - 80), m.start())):
            continue
        if _TARGET_WORDS.search(text, max(ss, m.start() - 80), pm.end()):
            continue
        checked = _check_between(self, doc, q, m.group("verb"), base, cur, n)
        if checked is None or checked[0]:
            continue
        _, lo, hi, qlo, qhi = checked
        unit = "%" if q.is_percent else ("个百分点" if points else measure(q))
        yield self.finding(
            doc, q.start, q.end,
            related=[Related(base.start, base.end, {"zh": "起点值", "en": "first value"}),
                     Related(cur.start, cur.end, {"zh": "终点值", "en": "last value"})],
            evidence={"recomputed": [lo, hi], "stated": [qlo, qhi], "span_years": n, "spans_tried": [n],
                      "formula": _AVERAGE_FORMULA[q.is_percent], "tolerance": (qhi - qlo) / 2},
            stated=doc.text[m.start():q.end], base=doc.text[base.start:base.end], current=doc.text[cur.start:cur.end],
            n=n, **_shown(q, (lo + hi) / 2, (qhi - qlo) / 2, unit))


def _plan_average_findings(self, doc):
    """A plan's level for a later year and its average growth (到2005年进出口总额超过850亿美元，年均增长6%，其中出口485亿美元，
    年均增长7%), against the level the review states for the year reviewed (进出口总额639.4亿美元, the review part of the
    same report: grammar's plan-to-review reading, the same metric, measure, scope and price basis, one value only):
    compound over the target year less the figures year.  The target year is the one later year written in the plan's
    sentence before the level; real growth (GDP, value added) and qualified statements are not recomputed, a level or
    an average stated as a bound (超过, 以上) is taken as the half-open interval it allows."""
    from lintgov.claims.grammar import _REACHED_END, _clause_start, _price_key_pos, _review_level
    from lintgov.claims.metric import metric_key
    from lintgov.claims.review import review_part
    end, known = review_part(doc)
    fy = _figures_year(doc)
    text = folded_text(doc)
    if not known or not fy or "年均" not in text[end:]:
        return
    import bisect
    qs = doc.quantities
    qstarts = quantity_starts(doc)
    skel, _ = skeleton(doc)
    for q in qs[bisect.bisect_left(qstarts, end):]:
        if not q.is_percent:
            continue
        m = _avg_before(doc, text).get(q.start)
        if not m or m.group("nyears") or unit_of(q) in ("个百分点", "百分点"):
            continue
        j = bisect.bisect_left(qstarts, m.start()) - 1
        if j < 0 or qs[j].start < end:
            continue
        cur = qs[j]
        if cur.is_percent or _LEVEL_GAP.fullmatch(text, cur.end, m.start()) is None \
                or cur.approx in ("<", "<=") or measure(cur) not in ("元", "美元"):
            continue
        s = doc.sentence_at(cur.start)
        if s is None or real_growth_metric(doc, cur.start):
            continue
        if any(not re.match(r"年均|年平均|平均每年|每年平均|平均增长", w.group())
               for w in QUALIFIERS.finditer(text, s.start, q.end)):
            continue
        years = {int(y) for y in _YEAR.findall(text, s.start, cur.start)}
        if len(years) != 1 or min(years) <= fy:
            continue
        n = years.pop() - fy
        if not 1 <= n <= 10:
            continue
        key = _REACHED_END.sub("", metric_key(doc, _price_key_pos(text, cur.start)))
        cs = _clause_start(skel, cur.start)
        rl = _review_level(doc, skel, text, cur, key, s.start, text[cs:cur.start], span_ok=True)
        if rl is None:
            continue
        base = rl[1]
        checked = _check_between(self, doc, q, m.group("verb"), base, cur, n)
        if checked is None or checked[0]:
            continue
        _, lo, hi, qlo, qhi = checked
        yield self.finding(
            doc, q.start, q.end,
            related=[Related(base.start, base.end, {"zh": "起点值", "en": "first value"}),
                     Related(cur.start, cur.end, {"zh": "终点值", "en": "last value"})],
            evidence=_finite_evidence(lo, hi, qlo, qhi, n),
            stated=doc.text[m.start():q.end], base=doc.text[base.start:base.end], current=doc.text[cur.start:cur.end],
            n=n, **_shown(q, (lo + hi) / 2 if hi != float("inf") else lo, _tol(q, qlo, qhi), "%"))


def _finite_evidence(lo, hi, qlo, qhi, n):
    """The evidence of a compound average between a plan's level and the review's (bounds open at one end: None)."""
    return {"recomputed": _finite([lo, hi]), "stated": _finite([qlo, qhi]), "span_years": n, "spans_tried": [n],
            "formula": _AVERAGE_FORMULA[True], "tolerance": None if qhi == float("inf") else (qhi - qlo) / 2}


def _cumulative_findings(self, doc):
    """累计新增12.5万户，平均每年新增2.5万户: total ÷ N against the yearly mean."""
    skel, by_start = skeleton(doc)
    text = folded_text(doc)
    ranged = [m for m in lazyre.finditer(_RANGE_FLOW, skel) if _RANGE_FLOW_VERB.search(m.group("v1"))
              and not re.search(r"达到|达|为|是|总量|总数|规模|年末|年底", m.group("v1"))] if "年" in skel else []
    cum = list(_CUMULATIVE.finditer(skel))
    taken = {m.start("avg") for m in cum}
    after = [m for m in lazyre.finditer(_CUMULATIVE_AFTER, skel) if m.start("avg") not in taken] \
        if ("累计" in skel or "合计" in skel or "共计" in skel) else []
    taken |= {m.start("avg") for m in after}
    for m in cum + after + [r for r in ranged if r.start("avg") not in taken]:
        total, avg = by_start[m.start("total")], by_start[m.start("avg")]
        if total.is_percent or avg.is_percent or measure(total) != measure(avg) or not measure(total):
            continue
        if re.search(r"增长|提高|下降|降低|减少|增速|率", m.group("v2")) or re.search(r"其中|分别|占|人均|比|较", m.group("mid")):
            continue   # 年均增长8%: a rate; 年均减少…: of another quantity; 其中…: a part
        if total.approx not in (None, "≈"):
            continue
        # (年均不到78亿元 / 年均超过200亿元: a mean stated as a bound is read as the interval it opens)
        s = doc.sentence_at(total.start)
        p = doc.paragraph_at(total.start)
        if m.group("lead") != "累计":
            p = s         # a total stated with 共/合计/总规模 is over a span only when its sentence names the span
        if "y1" in m.groupdict():       # a range of years opens the sentence: its years are the span
            k = int(m.group("y2")) - int(m.group("y1")) + 1
            spans = [k] if 1 < k <= 20 else []
        elif "n" in m.groupdict() and (m.group("n") or m.group("nq")):     # …，四年累计新增42.4万人: the span of the total
            if m.group("nq"):
                nq = by_start[m.start("nq")]
                k = int(nq.value) if nq.unit == "年" and not nq.decimals else None
            else:
                k = _n(m.group("n"))
            spans = [k] if k and 1 < k <= 20 else []
        elif "n" in m.groupdict():
            # (the mean first, then 累计 with no span of its own: the span the sentence names before the mean)
            spans = sorted(_cumulative_spans(doc, text, s.start if s else m.start(), m.start("avg"), s.start if s else m.start(),
                                             _figures_year(doc), (s.end if s else None, s.end if s else None)))
        else:
            spans = sorted(_cumulative_spans(doc, text, s.start if s else m.start(), m.start("avg"),
                                             p.start if p else m.start(), _figures_year(doc),
                                             (s.end if s else None, p.end if p else None)))
        if not spans:
            continue
        t, a = interval_of(total), interval_of(avg)
        recs = [(n, t[0] / n, t[1] / n) for n in spans]
        ok = any(lo - 1e-9 <= a[1] and a[0] <= hi + 1e-9 for _, lo, hi in recs)
        record(doc, self.code, "average-growth", avg, ok, "T/N", (total,))
        if ok:
            continue
        n, lo, hi = min(recs, key=lambda r: abs((r[1] + r[2]) / 2 - (a[0] + a[1]) / 2))
        yield self.finding(
            doc, avg.start, avg.end, "cumulative",
            related=[Related(total.start, total.end, {"zh": "累计值", "en": "cumulative total"})],
            evidence={"recomputed": [lo, hi], "stated": _finite(list(a)), "span_years": n, "spans_tried": spans,
                      "formula": "T/N",
                      # (a mean stated as a bound has no tolerance: ``stated`` is the interval it opens)
                      "tolerance": None if avg.approx in ("<", "<=", ">", ">=") else (a[1] - a[0]) / 2},
            stated=doc.text[avg.start:avg.end], total=doc.text[total.start:total.end], n=n,
            recomputed=amount_text((lo + hi) / 2, avg, 4))



#: an average over N years after the N yearly growths it is the mean of (2020年增长6.0%，2021年增长8.0%，两年平均增长7.0% /
#: 一九八一年比一九八○年增长百分之五点七，一九八二年预计比一九八一年增长百分之五，两年平均每年递增百分之五点三)
_N_YEARS_AVG = lazyre.compile(r"(?P<nyears>[两二三四五]|\d)年平均(?:每年)?(?P<verb>增长|增長|递增|遞增|提高|下降|降低|递减|遞減)"
                              r"(?:了|为|為|是|达到|達到|达|達)?\s*$")
#: 2020年、2021年分别增长6.0%和8.0%，: the growths of two consecutive years listed with 分别, right before 两年平均
_TWO_YEARS_SPLIT = lazyre.compile(r"(?P<y1>(?:19|20)\d{2})年?[、和与與及](?P<y2>(?:19|20)\d{2})年[\u4e00-\u9fff“”]{0,20}?分别(?:比上年)?"
                                  r"(?:增长|增長)(?P<a>\d+(?:\.\d+)?)[%％][、和与與及](?P<b>\d+(?:\.\d+)?)[%％][\s，,、]*$")


def _split_growths(doc, text: str, lo: int, hi: int):
    """(the two growths, their years) of a 分别 list of two consecutive years ending right before ``hi``, or None."""
    sm = _TWO_YEARS_SPLIT.search(text, max(lo, hi - 60), hi)
    if sm is None or int(sm.group("y2")) != int(sm.group("y1")) + 1:
        return None
    qa = next((x for x in doc.quantities if x.num_start == sm.start("a") and x.is_percent), None)
    qb = next((x for x in doc.quantities if x.num_start == sm.start("b") and x.is_percent), None)
    if qa is None or qb is None or qa.approx not in (None, "≈") or qb.approx not in (None, "≈"):
        return None
    return [qa, qb], [int(sm.group("y1")), int(sm.group("y2"))]


def _yearly_average_findings(self, doc):
    """两年平均增长X% after the growths of those two years, one clause each, the years named and consecutive, each
    against the year before it: the stated average must be their geometric mean (the statistical average growth,
    ((1+a)(1+b))^(1/2) − 1) or their arithmetic mean ((a+b)/2, as some reports write it) — either reading fits, both
    taken over the intervals the printed growths allow."""
    text = folded_text(doc)
    if "年平均" not in text:
        return
    chs = [c for c in changes(doc) if c.kind == "percent" and c.amount is not None and c.transition is None
           and c.base is None and c.amount.approx in (None, "≈")]
    import bisect
    ends = [c.amount.end for c in chs]
    for q in doc.quantities:
        if not q.is_percent or q.approx not in (None, "≈"):
            continue
        m = _N_YEARS_AVG.search(text, max(0, q.start - 16), q.start)
        if m is None:
            continue
        n = _n(m.group("nyears"))
        s = doc.sentence_at(q.start)
        if not n or not 2 <= n <= 5 or s is None:
            continue
        split = _split_growths(doc, text, s.start, m.start()) if n == 2 else None
        if split is not None:
            # 2020年、2021年分别增长6.0%和8.0%，两年平均增长7.0%
            amounts, years = split
            if qualifier_near(doc, s.start, m.start()) is not None:
                continue
            ivs = [interval_of(x) for x in amounts]
            yield from _yearly_check(self, doc, q, m, n, ivs, amounts, years)
            continue
        k = bisect.bisect_right(ends, m.start())
        last = chs[max(0, k - n):k]
        if len(last) < n or last[0].start < s.start \
                or not re.fullmatch(r"[\s，,、；;]*", text[last[-1].amount.end:m.start()]):
            continue
        years, lo_c = [], s.start
        for c in last:
            # the year opening the change's clause (after the change before it), and its comparison: the year before
            ys = _years_in(text, lo_c, c.verb_start)
            y = ys[0] if ys else None
            cy = _years_in(c.comparison or "", 0, len(c.comparison or ""))
            if y is None or (cy and cy[0] != y - 1) \
                    or (c.comparison and not cy and not re.search(r"上年|去年|同比", c.comparison)):
                years = []
                break
            years.append(y)
            lo_c = c.amount.end
        if len(years) != n or any(b - a != 1 for a, b in zip(years, years[1:])):
            continue
        if qualifier_near(doc, s.start, m.start()) is not None:
            continue      # (按可比价格 in one clause, not in the other: the growths may not be of one basis)
        ivs = []
        for c in last:
            lo, hi = interval_of(c.amount)
            ivs.append((-hi, -lo) if c.direction < 0 else (lo, hi))
        yield from _yearly_check(self, doc, q, m, n, ivs, [c.amount for c in last], years)


#: the growths of the years of a span listed with 分别, right before its average (三年间分别增长12.0%、18.0%和9.0%，三年年均增长
#: 12.9%): the list and what may stand between it and the average's words (a comma, the span in words)
_GROWTH_LIST = lazyre.compile(r"分别(?:比上年|较上年|同比)?(?:增长|增長)(?P<list>\d+(?:\.\d+)?[%％](?:\s*(?:[、和与與及，,]|以及)\s*"
                              r"\d+(?:\.\d+)?[%％]){1,9})(?P<gap>[\s，,、；;]*(?:(?:这|近|过去)?(?P<n>[两二三四五六七八九十]|\d{1,2})"
                              r"年(?:间|来|中|里)?)?[\s，,、]*)$")
#: the span a sentence names before such a list (三年间, 近三年, 2021—2023年)
_LIST_SPAN = lazyre.compile(r"(?:(?P<n>[两二三四五六七八九十]|\d{1,2})年(?:间|来|中|里|内)|(?:近|过去|这)(?P<n2>[两二三四五六七八九十]|\d{1,2})年)")


def _listed_average_findings(self, doc):
    """An average growth over N years right after the N yearly growths of the span listed with 分别 (近三年，全市法律服务业
    收入分别增长12.0%、18.0%和9.0%，三年年均增长12.9%): the stated average must be their geometric mean (((1+a)(1+b)(1+c))^(1/N)
    − 1, the statistical average growth) or their arithmetic mean (as some reports write it), over the intervals the printed
    growths allow.  N is the number of growths listed; a span the sentence names (三年间, 三年年均, 三年平均) must be N.
    Never with a qualifier (按可比价格) in one place and not the other, nor for a plan."""
    text = folded_text(doc)
    if "分别" not in text:
        return
    done = {c.start for c in ledger(doc) if c.rule == self.code}
    avg = _avg_before(doc, text)
    for q in doc.quantities:
        m = avg.get(q.start)
        if m is None or not q.is_percent or q.approx not in (None, "≈") or q.start in done \
                or m.group("verb") not in ("增长", "递增", "增速", "增幅", "提高"):
            continue
        s = doc.sentence_at(q.start)
        if s is None:
            continue
        lm = _GROWTH_LIST.search(text, max(s.start, m.start() - 120), m.start())
        if lm is None:
            continue
        amounts = [x for x in doc.quantities[bisect.bisect_left(quantity_starts(doc), lm.start("list")):
                                             bisect.bisect_left(quantity_starts(doc), lm.end("list"))] if x.is_percent]
        n = len(amounts)
        if n < 2 or any(x.approx not in (None, "≈") for x in amounts):
            continue
        # the list is of the years of a span its sentence names before it (三年间, 近三年, 2021—2023年), of one subject:
        # 律师、公证收入分别增长12.0%和18.0% lists things, not years
        head = text[s.start:lm.start()]
        spans_named = [_n(sm.group("n") or sm.group("n2")) for sm in _LIST_SPAN.finditer(head)]
        yr = _YEAR_RANGE.search(head)
        if yr is not None:
            spans_named.append(int(yr.group(2)) - int(yr.group(1)) + 1)      # 2021—2023年分别增长…: three years
        elif _years_in(text, s.start, lm.start()):
            continue         # (a year of its own: the list may be of other things than years)
        if not spans_named or re.search(r"[、和与與及]", head[head.rfind("，") + 1:] if "，" in head else head):
            continue
        named = spans_named + [_n(x) for x in (m.group("nyears"), lm.group("n")) if x]
        if any(k != n for k in named):
            continue
        if _TARGET_WORDS.search(text, s.start, q.end) or any(
                not re.match(r"年均|年平均|平均每年|每年平均|平均增长", w.group())
                for w in QUALIFIERS.finditer(text, s.start, q.end)):
            continue
        yield from _yearly_check(self, doc, q, m, n, [interval_of(x) for x in amounts], amounts, list(range(1, n + 1)))


#: what may stand between an average and the change over its whole span in one sentence (，总量增长一倍 / 、累计增长85%):
#: a comma and words naming the same total, never a part, a list, a share, a mean or another figure
_TOTAL_GAP = lazyre.compile(r"[\s，,、]*(?:(?:[两二三四五六七八九十]|\d{1,2})年(?:来|间|間)?)?"
                            r"(?:总量|總量|总额|總額|总体|總體|规模|規模|累计|累計|共|合计|合計|实现|實現|已经|已)*[\s，,、]*")
#: the span words of a sentence (十年间, 五年来, 近三年, 这五年)
_TOTAL_SPAN = lazyre.compile(r"(?:过去|近|这|最近)?(?P<n>[两二三四五六七八九十]|\d{1,2})年(?:来|间|中|里|时间)|(?:过去|近|这|最近)(?P<n2>[两二三四五六七八九十]|\d{1,2})年")


def _total_multiple(ch):
    """The multiple a change over a whole span states (翻一番 ×2, 增长一倍 ×2, 增长1.5倍 ×2.5, 增长85% ×1.85) as an
    interval, or None."""
    if ch.direction <= 0:
        return None
    if ch.kind == "fan":
        # (翻一番 is a round statement: ±5%, as LG205 reads it against two levels — fan_tolerance)
        return (ch.factor[0] * 0.95, ch.factor[1] * 1.05) if ch.factor else None
    if ch.kind == "times":
        if ch.amount is not None and ch.factor is None:
            if ch.amount.approx not in (None, "≈"):
                return None
            lo, hi = interval_of(ch.amount)
        elif ch.factor is not None:
            lo, hi = ch.factor
            if ch.approx:
                hi = lo + 1
        else:
            return None
        return lo + 1, hi + 1
    if ch.kind == "percent" and ch.amount is not None and ch.amount.approx in (None, "≈"):
        lo, hi = interval_of(ch.amount)
        return 1 + lo / 100, 1 + hi / 100
    return None


def _span_total_findings(self, doc):
    """An average growth and the change of the same total over the whole span in one sentence, in either order
    (2012年至2022年十年间，进出口总额年均增长7.2%，总量增长一倍 / 五年来，研发投入增长85%，年均增长13.1%): over N years,
    (1 + g)^N is the multiple the change states (翻k番 2^k, 增长M倍 M + 1, 增长X% 1 + X).  N is the span the sentence names in
    words (十年间, 五年来, 三年平均) or its range of years (2012年至2022年: 10, or 11 counted inclusively): silent when any
    reading fits.  Never a change against two levels (read by the other readers), a qualifier (按可比价格) on one side only,
    a plan, a bound."""
    text = folded_text(doc)
    avg = _avg_before(doc, text)
    if not avg:
        return
    done = {c.start for c in ledger(doc) if c.rule == self.code}
    chs = [c for c in changes(doc) if c.kind in ("fan", "times", "percent") and c.base is None
           and c.transition is None and c.direction > 0]
    if not chs:
        return
    by_end = {}
    by_verb = {}
    for c in chs:
        e = c.amount.end if c.amount is not None else c.end
        by_end[e] = c
        by_verb[c.verb_start] = c
    for q in doc.quantities:
        m = avg.get(q.start)
        if m is None or not q.is_percent or q.approx not in (None, "≈") or q.start in done \
                or m.group("verb") not in ("增长", "增長", "递增", "遞增", "增速", "增幅"):
            continue
        s = doc.sentence_at(q.start)
        if s is None:
            continue
        # the change right after the average (，总量增长一倍) or right before it (，增长一倍，年均增长7.2%)
        c = None
        g = _TOTAL_GAP.match(text, q.end)
        if g is not None and g.end() < s.end:
            c = by_verb.get(g.end())
            if c is None:
                c = next((by_verb[k] for k in range(g.end(), min(s.end, g.end() + 4)) if k in by_verb), None)
                if c is not None and not re.fullmatch(r"(?:增长|增長|增加|翻)?了?", text[g.end():c.verb_start]):
                    c = None
        if c is None:
            c = next((by_end[k] for k in range(m.start(), max(s.start, m.start() - 12), -1)
                      if k in by_end and _TOTAL_GAP.fullmatch(text, k, m.start())), None)
        if c is None or c.start < s.start:
            continue
        mult = _total_multiple(c)
        if mult is None or c.comparison and not re.match(r"(?:比|较|較|与|與|同)?(?:19|20)\d{2}年", c.comparison):
            continue
        cl = max(text.rfind(ch, s.start, c.verb_start) for ch in "，,；;：:") + 1 or s.start
        if re.search(r"上一?年|去年|同比|今年|全年|当年|年度|(?:19|20)\d{2}\s*年", text[max(cl, s.start):c.verb_start]):
            continue          # (去年增长85% / 2023年增长6.7%: a year's growth, not the span's)
        lo_s, hi_s = min(c.start, m.start()), max(q.end, c.end)
        # (a plan's change over its span and the yearly mean right after it, 计划增长21.7%，平均每年递增4%: both are the
        # plan's, and agree with each other whatever is achieved)
        plan_pair = c.start < q.start and c.amount is not None and c.amount.is_percent \
            and re.fullmatch(r"[\s，,]*", text[c.amount.end:m.start()]) is not None
        if re.search(r"其中|分别|占|人均|比重", text[lo_s:hi_s]) \
                or (not plan_pair and _TARGET_WORDS.search(text, s.start, hi_s)):
            continue
        quals = {w.group() for w in QUALIFIERS.finditer(text, s.start, hi_s)
                 if not re.match(r"年均|年平均|平均每年|每年平均|平均增长|累计增长|递增|遞增", w.group())}
        if quals:
            continue
        # the span must be named before both (十年间, 五年来, 2012年至2022年, or 五年 right before the change): 两年平均
        # alone names the average's span, not the change's (地区生产总值3.07万亿元、增长6.7%，两年平均增长4.9%: the
        # year's growth)
        head = text[s.start:lo_s] + (text[q.end:c.verb_start] if c.start > q.start else "")
        spans = set()
        for sm in _TOTAL_SPAN.finditer(head):
            k = _n(sm.group("n") or sm.group("n2"))
            if k:
                spans.add(k)
        for sm in re.finditer(r"(?:^|[，,、\s])(?P<n>[两二三四五六七八九十]|\d{1,2})年", text[q.end:c.verb_start] if c.start > q.start else ""):
            spans.add(_n(sm.group("n")))
        yr = _YEAR_RANGE.search(head)
        if yr is not None:
            k = int(yr.group(2)) - int(yr.group(1))
            if spans and not spans & {k, k + 1}:
                continue          # (words and years naming different spans)
            spans = spans & {k, k + 1} if spans else {k, k + 1}
        if m.group("nyears") and spans and _n(m.group("nyears")) not in spans:
            continue
        if not spans and not yr and plan_pair and not m.group("nyears") \
                and not re.search(r"(?:19|20)\d{2}\s*年|[一二三四五六七八九○〇零]{4}年", text[s.start:hi_s]):
            # (城乡居民的消费水平计划提高22%，平均每年递增4.1%, in the paragraph of 第六个五年计划期间: the plan's five years)
            p = doc.paragraph_at(s.start)
            k = plan_span_before(text, p.start, lo_s) if p is not None else None
            if k:
                spans = {k}
        spans = {k for k in spans if k and 2 <= k <= 30}
        if not spans or len(spans) > 2:
            continue
        qlo, qhi = interval_of(q)
        tlo, thi = mult
        ok = any((1 + qlo / 100) ** n <= thi + 1e-9 and (1 + qhi / 100) ** n >= tlo - 1e-9 for n in spans)
        record(doc, self.code, "average-growth", q, ok, "(1+g)^N = multiple", (c.amount,) if c.amount is not None else ())
        if ok:
            continue
        n = min(spans)
        lo, hi = ((tlo ** (1 / n)) - 1) * 100, ((thi ** (1 / n)) - 1) * 100
        yield self.finding(
            doc, q.start, q.end, "span-change",
            related=[Related(c.verb_start, c.end, {"zh": "总的增长", "en": "change over the span"})],
            evidence={"recomputed": _finite([lo, hi]), "stated": [qlo, qhi], "span_years": n, "spans_tried": sorted(spans),
                      "formula": "(multiple^(1/N)-1)*100", "tolerance": (qhi - qlo) / 2},
            stated=doc.text[m.start():q.end], change=doc.text[c.verb_start:c.end], n=n,
            **_shown(q, (lo + hi) / 2, (qhi - qlo) / 2))


#: the values of the years of a span listed with 分别 and their yearly mean right after (2022、2023、2024年分别化解信访积案
#: 54件、60件和72件，年平均化解62件)
_LEVEL_LIST_MEAN = lazyre.compile(r"分别(?P<w>[\u4e00-\u9fff“”]{0,12}?)(?P<list>" + _Q + r"(?:\s*(?:[、和与與及，,]|以及)\s*" + _Q + r"){1,9})"
                                  r"[\s，,、；;]*(?:年平均|平均每年|每年平均|年均)(?P<v>[\u4e00-\u9fff]{0,8}?)(?P<avg>" + _Q + r")")
#: the years a list is of, written before it: 2022、2023、2024年 / 2022—2024年 / 近三年 / 三年来
_YEARS_LISTED = lazyre.compile(r"(?P<ys>(?:(?:19|20)\d{2}\s*年?\s*[、和与與及]\s*)+(?:19|20)\d{2}\s*年)")


def _listed_mean_findings(self, doc):
    """The yearly mean of the values of the years of a span listed with 分别 (2022、2023、2024年分别化解信访积案54件、60件和
    72件，年平均化解62件 / 近三年分别培训1,200人次、1,350人次和1,500人次，年均培训1,350人次): their arithmetic mean, within the
    printed precision of the mean and of the values.  The years must be as many as the values: a list of years, a range
    (2022—2024年) or a span in words (近三年) before the list; never a mean of a change (年均增长) or a list of things."""
    if "分别" not in doc.text:
        return
    skel, by_start = skeleton(doc)
    text = folded_text(doc)
    for m in lazyre.anchored_finditer(_LEVEL_LIST_MEAN, skel, _SPAN_CHANGE_LEAD, back=120):
        avg = by_start[m.start("avg")]
        if avg.is_percent or avg.approx not in (None, "≈") or re.search(r"增|减|減|降|提高|率", m.group("v") + m.group("w")):
            continue
        vals = [by_start[k] for k in sorted(by_start) if m.start("list") <= k < m.end("list")]
        if len(vals) < 2 or any(v.is_percent or v.approx not in (None, "≈") or measure(v) != measure(avg) for v in vals):
            continue
        s = doc.sentence_at(avg.start)
        if s is None:
            continue
        head = text[s.start:m.start()]
        cl = head[max(head.rfind("，"), head.rfind(","), head.rfind("；")) + 1:]
        k = None
        yl = _YEARS_LISTED.search(head)
        yr = _YEAR_RANGE.search(head)
        if yl is not None:
            k = len(re.findall(r"(?:19|20)\d{2}", yl.group("ys")))
        elif yr is not None:
            k = int(yr.group(2)) - int(yr.group(1)) + 1
        else:
            sm = list(_LIST_SPAN.finditer(head))
            if sm:
                k = _n(sm[-1].group("n") or sm[-1].group("n2"))
        if k != len(vals) or re.search(r"[、和与與及]", re.sub(r"(?:19|20)\d{2}\s*年?", "", _YEARS_LISTED.sub("", cl))) \
                or _TARGET_WORDS.search(text, s.start, avg.end):
            continue
        n = len(vals)
        ivs = [interval_of(v) for v in vals]
        lo, hi = sum(a for a, _ in ivs) / n, sum(b for _, b in ivs) / n
        alo, ahi = _mean_interval(avg)
        ok = lo - 1e-9 <= ahi and alo <= hi + 1e-9
        record(doc, self.code, "average-growth", avg, ok, "(a+b+…)/N", tuple(vals))
        if ok:
            continue
        yield self.finding(
            doc, avg.start, avg.end, "listed-mean",
            related=[Related(v.start, v.end, {"zh": "各年数值", "en": "value of a year"}) for v in vals],
            evidence={"recomputed": [lo, hi], "stated": [alo, ahi], "span_years": n, "spans_tried": [n],
                      "formula": "(a+b+…)/N", "tolerance": (ahi - alo) / 2},
            stated=doc.text[avg.start:avg.end], total="、".join(doc.text[v.start:v.end] for v in vals), n=n,
            recomputed=amount_text((lo + hi) / 2, avg, 4))


def _yearly_check(self, doc, q, m, n, ivs, amounts, years):
    """The stated N-year average ``q`` against the yearly growths ``ivs`` (their intervals, in %): geometric or
    arithmetic mean, either fitting; recorded, and a finding when neither does."""
    if any(lo <= -100 for lo, _ in ivs):
        return
    glo = (math.prod(1 + lo / 100 for lo, _ in ivs) ** (1 / n) - 1) * 100
    ghi = (math.prod(1 + hi / 100 for _, hi in ivs) ** (1 / n) - 1) * 100
    alo, ahi = sum(lo for lo, _ in ivs) / n, sum(hi for _, hi in ivs) / n
    qlo, qhi = _stated(q, m.group("verb"))
    ok = (glo - 1e-9 <= qhi and qlo <= ghi + 1e-9) or (alo - 1e-9 <= qhi and qlo <= ahi + 1e-9)
    record(doc, self.code, "average-growth", q, ok, "(((1+a)(1+b))^(1/N)-1)*100 or (a+b)/N", tuple(amounts))
    if ok:
        return
    yield self.finding(
        doc, q.start, q.end, "yearly-average",
        related=[Related(x.start, x.end, {"zh": f"{y}年增幅", "en": f"growth of {y}"})
                 for x, y in zip(amounts, years)],
        evidence={"recomputed_geometric": [glo, ghi], "recomputed_arithmetic": [alo, ahi], "stated": [qlo, qhi],
                  "years": years, "formula": "(((1+a)(1+b))^(1/N)-1)*100 or (a+b)/N",
                  "tolerance": (qhi - qlo) / 2},
        stated=doc.text[m.start():q.end], n=n, first=years[0], last_year=years[-1],
        **_shown(q, (glo + ghi) / 2, (qhi - qlo) / 2))


@hookimpl
def lintgov_rules():
    return [AverageGrowthMismatch]


#: a basis naming the end of an earlier span (比五年前 / 是五年前的 / 较“十三五”末 / 比“十二五”期末): the year it names
_CMP_SPAN_END = lazyre.compile(r"(?:比|较之?|與|与|同|是|为)(?:" + SPAN_END.pattern + r")(?:的)?")
#: the formula of a change against the level of a named year, by kind
_CHANGE_FORMULA = {"percent": "(B/A-1)*100", "amount": "B-A", "points": "B-A", "times": "B/A-1", "times_to": "B/A"}


def _change_between(kind: str, a, b):
    """The interval a change of ``kind`` between the level intervals ``a`` (the base year's) and ``b`` gives, signed
    (a fall negative), or None (a base that is not positive for a ratio)."""
    if kind in ("amount", "points"):
        return b[0] - a[1], b[1] - a[0]
    if a[0] <= 0 or b[0] < 0:
        return None
    lo, hi = b[0] / a[1], b[1] / a[0]
    if kind == "percent":
        return (lo - 1) * 100, (hi - 1) * 100
    if kind == "times":
        return lo - 1, hi - 1
    return lo, hi


def _indexed_findings(self, doc):
    """An average over a period (年均增长X%, 平均每年增加N, 年均提高N个百分点) or a change against a named year (比2015年增长
    X%, 较2020年增加N, 是2015年的2.3倍) that no reading above checked, against the levels of its metric at the period's
    ends the report states elsewhere — a from–to change of the review, a level under a year's label, the year's plain
    level, in any sentence, paragraph or part (:func:`lintgov.claims.yearlevels.span_ends`, nearest first, a few).  The
    period: the years the sentence, its paragraph or the five-year review names (:func:`~lintgov.claims.yearlevels.
    span_years`), the basis year of the change and the year of its level (the one other year of its sentence, else the
    figures year).  The level the average's or the change's own clause states is used as its end when there is one.
    Silent when any reading of the operands fits; reported only when one level is read at each end, the span is one,
    and none fits.  Real growth (GDP, value added), qualified statements (按可比价格), plans and bounds are not read."""
    from lintgov.claims.yearlevels import level_key, names_nothing, passage_key, scope_at, span_ends, span_years, year_levels
    idx = year_levels(doc)
    if not idx:
        return
    text = folded_text(doc)
    done = {c.start for c in ledger(doc)}
    fy = _figures_year(doc)
    qs = doc.quantities
    qstarts = quantity_starts(doc)
    avg = _avg_before(doc, text)
    for q in qs:
        m = avg.get(q.start)
        if m is None or q.start in done or q.approx not in (None, "≈"):
            continue
        s = doc.sentence_at(q.start)
        p = doc.paragraph_at(q.start)
        if s is None:
            continue
        points = unit_of(q) in ("个百分点", "百分点")
        if not q.is_percent and not points and not measure(q):
            continue
        lim = max(s.end, q.end)
        if found_in(doc, _TARGET_WORDS, text, s.start, q.end, lim) \
                or any(not re.match(r"年均|年平均|平均每年|每年平均|平均增长", w)
                       for w in groups_before(doc, QUALIFIERS, text, s.start, m.start(), lim, 6)):
            continue
        if q.is_percent and _real_at(doc, m.start(), q):
            continue
        key = level_key(doc, m.start())
        cur = None
        j = bisect.bisect_left(qstarts, m.start()) - 1
        while j >= 0 and unit_of(qs[j]) == "年" and qs[j].start >= m.start() - 4:
            j -= 1
        if j >= 0 and qs[j].start >= s.start and _LEVEL_GAP.fullmatch(text, qs[j].end, m.start()):
            c0 = qs[j]
            fits = c0.is_percent if points else (not c0.is_percent and (q.is_percent or measure(q) == measure(c0)))
            if not fits or c0.approx not in (None, "≈"):
                continue      # (the figure before the average is another one's: a bound, a rate, another measure)
            cur = c0
            if names_nothing(key) or len(key) < 2:
                key = level_key(doc, c0.start)
        if names_nothing(key) or cur is None:
            # 2020年至2024年年均增长6.7% after the levels of a passage: an average naming no metric is the passage's, the
            # one the level stated last before it in its paragraph names; one naming it by its head is too (零售总额 after
            # 社会消费品零售总额)
            pk = passage_key(doc, m.start(), p.start if p is not None else s.start)
            if names_nothing(key) or (len(key) >= 2 and len(pk) > len(key) and pk.endswith(key)):
                key = pk
            if names_nothing(key):
                continue
        if q.is_percent and real_growth_metric(doc, cur.start if cur is not None else m.start()):
            continue
        spans = span_years(doc, s.start, m.start(), p.start if p is not None else None)
        if m.group("nyears"):
            spans = {(a, b) for a, b in spans if b - a == _n(m.group("nyears"))}
        spans = {(a, b) for a, b in spans if 1 <= b - a <= 30 and (cur is None or fy is None or b == fy)}
        if not spans:
            continue
        scope = scope_at(doc, s.start, m.start())
        if q.is_percent:
            meas_keys = [k for k in idx if not k[1]] if cur is None else [(measure(cur), False)]
        else:
            meas_keys = [(measure(cur), cur.is_percent)] if cur is not None else [("%" if points else measure(q), points)]
        recs, firsts, lasts = [], set(), set()
        for y0, y1 in sorted(spans):
            for mk in meas_keys:
                starts, ends = span_ends(doc, key, mk[0], mk[1], y0, y1, q.start, scope, cur)
                for a in starts:
                    for b in ends:
                        if b.start == a.start or (q.is_percent and (_real_at(doc, a.start, q) or _real_at(doc, b.start, q))):
                            continue
                        r = _average_between(interval_of(a), interval_of(b), y1 - y0, q.is_percent)
                        if r is not None:
                            recs.append((y1 - y0, a, b) + r)
                            firsts.add(interval_of(a))
                            lasts.add(interval_of(b))
        if not recs:
            continue
        qlo, qhi = _stated(q, m.group("verb"))
        ok = any(lo - 1e-9 <= qhi and qlo <= hi + 1e-9 for _n_, _a, _b, lo, hi in recs)
        n, base, cur_, lo, hi = recs[0]
        record(doc, self.code, "average-growth", q, ok, _AVERAGE_FORMULA[q.is_percent], (base, cur_))
        if ok or len({r[0] for r in recs}) != 1 or len(firsts) != 1 or len(lasts) != 1:
            continue      # (one span read with levels at both ends, one value at each)
        unit = "%" if q.is_percent else ("个百分点" if points else measure(q))
        yield self.finding(
            doc, q.start, q.end,
            related=[Related(base.start, base.end, {"zh": "起点值", "en": "first value"}),
                     Related(cur_.start, cur_.end, {"zh": "终点值", "en": "last value"})],
            evidence={"recomputed": _finite([lo, hi]), "stated": [qlo, qhi], "span_years": n, "spans_tried": [n],
                      "formula": _AVERAGE_FORMULA[q.is_percent], "tolerance": (qhi - qlo) / 2},
            stated=doc.text[m.start():q.end], base=doc.text[base.start:base.end], current=doc.text[cur_.start:cur_.end],
            n=n, **_shown(q, (lo + hi) / 2, (qhi - qlo) / 2, unit))
    yield from _indexed_change_findings(self, doc, done, fy)


def _indexed_change_findings(self, doc, done, fy):
    """A change against a named year (比2015年增长X%, 较2020年增加N, 是2015年的2.3倍) whose base year's level the report
    states elsewhere (:func:`_indexed_findings`)."""
    from lintgov.claims.review import review_part
    from lintgov.claims.yearlevels import level_key, names_nothing, scope_at, span_ends, year_levels
    idx = year_levels(doc)
    text = folded_text(doc)
    end, known = review_part(doc)
    for ch in changes(doc):
        if ch.kind not in _CHANGE_FORMULA or ch.amount is None or ch.base is not None or ch.transition is not None \
                or ch.delta is not None or ch.listed or ch.amount.start in done or ch.amount.approx not in (None, "≈"):
            continue
        s = doc.sentence_at(ch.verb_start)
        if s is None:
            continue
        cm = _CMP_YEAR.match(ch.comparison or "")
        if cm is not None:
            y0 = _year_int(cm.group(1))
        else:
            # 比五年前增长66.8% / 是五年前的1.9倍 / 较“十三五”末增加…: the year the words name
            bm = _CMP_SPAN_END.search(text, max(s.start, ch.verb_start - 16), ch.verb_start + 4)
            y0 = span_end_year(bm, fy) if bm is not None and fy else None
            if y0 is None:
                continue
        lim = max(s.end, ch.end)
        if found_in(doc, _TARGET_WORDS, text, s.start, ch.end, lim) or qualifier_near(doc, s.start, ch.end):
            continue
        if ch.kind in ("percent", "times", "times_to") and real_growth_metric(doc, ch.verb_start):
            continue
        others = {y for y in _years_in(text, s.start, ch.start) if y != y0}
        if len(others) > 1:
            continue
        if others:
            y1 = others.pop()
        elif fy and (not known or ch.start < end):
            y1 = fy
        else:
            continue
        if not 1 <= y1 - y0 <= 30:
            continue
        key = level_key(doc, ch.start)
        cur = ch.current
        if cur is not None and (cur.approx not in (None, "≈") or (cur.is_percent != (ch.kind == "points"))):
            continue
        if names_nothing(key) and cur is not None:
            key = level_key(doc, cur.start)
        if names_nothing(key):
            key = _subject_clause(doc, text, ch.start, s.start)
            if names_nothing(key):
                continue
        scope = scope_at(doc, s.start, ch.start)
        pct = ch.kind == "points"
        if cur is not None:
            meas_keys = [(measure(cur), cur.is_percent)]
        elif ch.kind == "amount":
            meas_keys = [(measure(ch.amount), False)]
        elif pct:
            meas_keys = [("%", True)]
        else:
            meas_keys = [k for k in idx if not k[1]]
        recs, firsts, lasts = [], set(), set()
        for mk in meas_keys:
            starts, ends = span_ends(doc, key, mk[0], mk[1], y0, y1, ch.start, scope, cur)
            for a in starts:
                for b in ends:
                    r = _change_between(ch.kind, interval_of(a), interval_of(b))
                    if r is not None:
                        recs.append((a, b) + r)
                        firsts.add(interval_of(a))
                        lasts.add(interval_of(b))
        if not recs:
            continue
        slo, shi = interval_of(ch.amount)
        if ch.direction < 0 and ch.kind in ("percent", "amount", "points"):
            slo, shi = -shi, -slo
        ok = any(lo - 1e-9 <= shi and slo <= hi + 1e-9 for _a, _b, lo, hi in recs)
        base, cur_, lo, hi = recs[0]
        formula = _CHANGE_FORMULA[ch.kind]
        record(doc, self.code, "growth", ch.amount, ok, formula, (base, cur_))
        if ok or len(firsts) != 1 or len(lasts) != 1:
            continue
        q = ch.amount
        unit = {"percent": "%", "points": "个百分点"}.get(ch.kind, "倍" if ch.kind in ("times", "times_to") else measure(q))
        yield self.finding(
            doc, q.start, q.end, "year-levels",
            related=[Related(base.start, base.end, {"zh": f"{y0}年数值", "en": f"level of {y0}"}),
                     Related(cur_.start, cur_.end, {"zh": f"{y1}年数值", "en": f"level of {y1}"})],
            evidence={"recomputed": _finite([lo, hi]), "stated": [slo, shi], "years": [y0, y1], "formula": formula,
                      "tolerance": (shi - slo) / 2},
            stated=doc.text[ch.verb_start:q.end], base=doc.text[base.start:base.end],
            current=doc.text[cur_.start:cur_.end], y0=y0, y1=y1,
            **_shown(q, (lo + hi) / 2, (shi - slo) / 2, unit if unit in ("%", "个百分点") else ""))


#: a clause naming a metric and nothing else (钢的产量，): the subject of the clause after it
_BARE_SUBJECT = lazyre.compile(r"[\u4e00-\u9fff“”]{2,12}")


def _subject_clause(doc, text: str, pos: int, lo: int) -> str:
    """The metric key of the clause right before the clause of ``pos`` when it holds words only (钢的产量，一九五八年比
    一九五七年增长了…: 钢产量), in the sentence (``lo``: its start); else ""."""
    from lintgov.claims.metric import words_key
    cut = max(text.rfind(c, lo, pos) for c in "，,")
    if cut < 0:
        return ""
    prev = max(text.rfind(c, lo, cut) for c in "，,；;：:")
    words = text[(prev + 1 if prev >= 0 else lo):cut].strip()
    return words_key(words) if _BARE_SUBJECT.fullmatch(words) else ""


# modules the functions above read at call time, bound once here (an import statement in a function ran at
# every call: ~1.3 µs for a `from … import`; cycles between these modules keep them out of the imports at
# the top, and a module object is bound even while its own module is still being imported)
from lintgov import kind as _late_kind  # noqa: E402
