"""The period a plan's sentence is about when it names none of its own (part of the claims layer).

A work report that lays out a five-year plan names its period once (第六个五年计划期间，我们要… / “十四五”时期 / 在今后五年
内) and then states the plan's figures sentence after sentence with no span of their own (在这个期间，工农业总产值计划增长
21.7%，平均每年递增4% / 城乡居民的消费水平计划提高22%，平均每年递增4.1%).  :func:`plan_span_before` gives the number of
years of that period: the periods named before the sentence in its paragraph, when they are all five-year plans
(第N个五年计划/规划, “N五”, 五年计划) and no other span is named between them and the sentence (十年, 两年, 1983年到1987年:
another span; then nothing is read).  Linear in the length of the paragraph before the sentence.

The period of a document that is no work report (an office's annual report, a review of one year): :func:`only_year`,
the one year it names (2024年，全市共收到… with no other year, no 今年/去年), is the year its statements without a year
word are of; :func:`one_period`, whether it names no span of several years, so that two statements of one metric that
name no period are of one period (LG210 compares them).
"""
from __future__ import annotations

from typing import Optional

from lintgov import lazyre

__all__ = ["one_period", "only_year", "plan_span_before"]

#: a five-year plan's period named in words
_FIVE_YEAR_PLAN = lazyre.compile(r"第[一二三四五六七八九十]{1,3}个五年(?:计划|計劃|规划|規劃)|五年(?:计划|計劃|规划|規劃)"
                                 r"|[“\"]?十[一二三四五六七八九]?五[”\"]?(?:计划|計劃|规划|規劃|期间|期間|时期|時期)"
                                 r"|[“\"][一二三四五六七八九]五[”\"](?:计划|計劃|规划|規劃|期间|期間|时期|時期)?")
#: any other span named in words or years (十年, 两年, 1983年到1987年, 二十八年中)
_OTHER_SPAN = lazyre.compile(r"(?<![第个個])(?:[两二三四六七八九十]|\d{1,2}|十[一二三四五六七八九]|[二三]十[一二三四五六七八九]?)年"
                             r"(?:来|间|間|中|内|內|里|裡|时间|時間|以来)"
                             r"|(?:19|20)\d{2}\s*年?\s*[-—–~至到]\s*(?:19|20)\d{2}\s*年"
                             r"|[一二三四五六七八九○〇零]{4}年?(?:至|到)[一二三四五六七八九○〇零]{4}年")


def plan_span_before(text: str, lo: int, pos: int) -> Optional[int]:
    """The years of the five-year plan named in ``text[lo:pos]`` (the paragraph before a sentence), or None: at least one
    five-year plan named, none of another span after the first of them."""
    first = _FIVE_YEAR_PLAN.search(text, lo, pos)
    if first is None:
        return None
    if _OTHER_SPAN.search(text, first.start(), pos):
        return None
    return 5


#: a year named (2024年)
_YEAR_NAMED = lazyre.compile(r"((?:19|20)\d{2})\s*年")
#: words of a document that review more than one year (过去五年, 五年来, “十四五”时期, 2021—2025年): its plain figures may be
#: the span's
_MANY_YEARS = lazyre.compile(r"[二三四五六七八九十两]年来|过去[二三四五六七八九十两]年|十[一二三四五六]五|(?:19|20)\d{2}\s*[—－\-–~～至到]\s*(?:19|20)\d{2}")


def one_period(text: str, own_year) -> bool:
    """Whether every plain figure of the document (no word naming its period) is of one period: the document is no
    work report or communiqué with a part for the year reviewed (``own_year`` unknown: an annual report of an office,
    a review of one year; the caller also asks that no heading names a review or plans) and names no span of several
    years (:data:`_MANY_YEARS`: 过去五年, “十四五”以来) — then two statements of one metric without a year word are the
    same period's, as a statement and its restatement."""
    return not own_year and _MANY_YEARS.search(text) is None


#: a year named as a deadline or a start (到2025年, 至2030年, 2020年以来, 2025年前): no year a document reports on
_YEAR_NOT_REPORTED = lazyre.compile(r"(?:到|至|截至|截止到?)\s*$")
#: (and a stock compared with the start of the year, 比年初/较年初: the text states two moments, and the year it names
#: may be the start's — 2022年…余额4,200亿元 … 年末…余额4,578亿元，比年初增长9.0%)
_RELATIVE_YEAR = lazyre.compile(r"今年|去年|上一?年|明年|前年|次年|翌年|来年|(?:比|较|较之|与)年初")
_YEAR_AFTER_SPAN = lazyre.compile(r"\s*(?:以来|前|底前|以前|以后|起)")


def only_year(text: str):
    """The year a document that is no work report reports on, when it names one year only, never as a deadline or a
    start, and names no year relatively (今年, 去年, 上年, 比年初: then the year named may be another) — 2024年，全市共收到…, with no
    other year in the text: its statements naming that year and those naming none are of one period; else ``None``."""
    if _RELATIVE_YEAR.search(text) is not None:
        return None     # 2023年…61.84亿元。今年以来…: the year named may be the one before the report's
    ys = set()
    for m in _YEAR_NAMED.finditer(text):
        if _YEAR_NOT_REPORTED.search(text, max(0, m.start() - 4), m.start()) or _YEAR_AFTER_SPAN.match(text, m.end()):
            return None
        ys.add(m.group(1))
        if len(ys) > 1:
            return None
    return int(ys.pop()) if ys else None
