"""Last year's rate that a rate of this year or of a plan is compared with (part of the claims layer).

A plan states its growth target against last year's actual growth as often as a review states this year's growth
against last year's: 上年全市社会消费品零售总额增长4.6%。今年预期增长6%，比上年提高1.4个百分点 / 去年规模以上工业增加值增长
5.8%，今年目标增长7%，比上年实际增速提高1.2个百分点.  The difference in points (LG209) needs the rate compared with,
which the comparison names only as 上年 (上年实际, 上年实际增速, 去年): :func:`last_year_rates` returns the rates the
paragraph states for last year before the difference — in its sentence or the sentence before, a clause naming last
year (上年, 去年, or the year before the one the sentence names) and stating a growth or a rate of the same metric.

Precision: the metric must agree (the words of both clauses, less the words of time, plan and change, the same, one
left out — 今年预期增长6% after 上年全市社会消费品零售总额增长4.6% — or the later a short form of the earlier; a later
name that adds words names a kind, another rate: 户籍人口城镇化率 after 城镇化率); a rate of last year's *target* (上年目标, 上年预期) is
another rate and is returned with the others, so that a difference fitting it is read as consistent (the rule keeps the
reading closest to the difference stated).  Nothing is returned for a bound (以上, 以下) or a rate of a part of the
year.  Bounded: two sentences before the figure, one pattern pass.
"""
from __future__ import annotations

import re
from typing import List

from .. import lazyre
from ..quantities import Quantity
from .grammar import QFILL, QTOK, folded_text, skeleton

_Q = QTOK + QFILL + "*"
#: a clause stating last year's rate: its label, the words naming the metric, the verb of a growth or a level, the rate
_LAST_YEAR_RATE = lazyre.compile(
    r"(?:^|(?<=[，,；;。：:（(\n]))\s*(?P<lab>上一?年|去年|前一年|(?P<y>(?:19|20)\d{2})\s*年)(?:度|全年)?[，,]?"
    r"(?P<w>[^，,；;。：:\n\ue010\ue011]{0,24}?)"
    r"(?:同比)?(?:增长|增速为|增速达|增速|增幅为|增幅|上涨|涨幅为|涨幅|下降|降幅为|降幅|为|是|达到|达)\s*(?P<r>" + _Q + r")")
#: words that say nothing of which metric a clause is about: time, plan, actual, change, scope of the report
_NOT_NAME = lazyre.compile(r"(?:19|20)\d{2}\s*年度?|今年|明年|上一?年|去年|前一年|全年|年度|本年|当年|实际|预期|目标|力争|计划|"
                           r"争取|确保|预计|控制在?|同比|增长|增速|增幅|上涨|涨幅|下降|降幅|提高|达到|为|是|达|的|了|"
                           r"[全本我](?:市|区|县|省|州)|[，,\s]")
#: words of a rate that is no year's own (a part of the year, a span, a bound written before it)
_NOT_YEARS = lazyre.compile(r"[一二三四1-4]季度|上半年|前三季度|\d{1,2}\s*[-—–~至到]\s*\d{1,2}\s*月|年均|平均|累计|以来")


def _name(words: str) -> str:
    return _NOT_NAME.sub("", words)


def last_year_rates(doc, x: Quantity) -> List[Quantity]:
    """The rates stated for last year before ``x`` in its sentence or the sentence before it (same paragraph) whose
    metric agrees with the words before ``x`` in its clause; [] when none or when ``x`` is itself last year's."""
    text = folded_text(doc)
    skel, by_start = skeleton(doc)
    s = doc.sentence_at(x.start)
    if s is None:
        return []
    lo = s.start
    si = doc.sentence_index(x.start)
    if si > 0 and doc.sentences[si - 1].paragraph == s.paragraph:
        lo = doc.sentences[si - 1].start
    cut = max(skel.rfind(ch, s.start, x.start) for ch in "，,；;。\n")
    xw = text[cut + 1 if cut >= 0 else s.start:x.start]
    if re.search(r"上一?年|去年|前一年", xw) or _NOT_YEARS.search(xw):
        return []
    ym = None
    for ym in re.finditer(r"((?:19|20)\d{2})\s*年", text[s.start:x.start]):
        pass      # (the year the sentence names last before the figure: the figure's)
    xname = _name(xw)
    out: List[Quantity] = []
    for m in _LAST_YEAR_RATE.finditer(skel, lo, x.start):
        r = by_start.get(m.start("r"))
        if r is None or r is x or r.unit != x.unit or r.approx not in (None, "≈"):
            continue
        if m.group("y") and (ym is None or int(m.group("y")) != int(ym.group(1)) - 1):
            continue      # (a year other than the one before the year the sentence names)
        w = text[m.start("w"):m.end("w")]
        if _NOT_YEARS.search(w):
            continue
        name = _name(w)
        if name and xname and xname not in name:
            continue      # (a later name that adds words names a kind: 户籍人口城镇化率 after 城镇化率 is another rate)
        out.append(r)
    return out
