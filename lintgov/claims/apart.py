"""Words around figures whose operands are stated apart from them (part of the claims layer): the patterns the readers
of averages over a span (LG208, ``rules/spans.py``) and of differences of rates (LG209, ``rules/points.py``) share.

* :data:`NOTE_AFTER` — a note in brackets right after a growth (年均增长5.5%（按现价计算）): it says the price basis as
  the words before would;
* :data:`BY_YEAR` — a year reached opening a level (到2024年): a plan's target year, or the last year of a span
  reviewed — which one is decided against the year the report's figures are about;
* :data:`CHANGE_TO_AVG` — what may stand between a change against a named year and the yearly average after it (，三年);
* :data:`RATE_THEN_TARGET` — a rate reached, the target then stated with its value, the points under or over the target
  named again (城镇调查失业率为4.6%，省下达的控制目标为5.5%，低于控制目标0.9个百分点).
"""
from __future__ import annotations

from lintgov import lazyre

from .grammar import QFILL, QTOK

__all__ = ["NOTE_AFTER", "BY_YEAR", "CHANGE_TO_AVG", "RATE_THEN_TARGET", "POST_YEAR_LEVEL", "SPAN_BEFORE_AVERAGE", "SPAN_WORDS_TAIL"]

_Q = QTOK + QFILL + "*"

#: a note in brackets right after a growth (（按现价计算）, （名义增长）)
NOTE_AFTER = lazyre.compile(r"\s*[（(][^（）()\n]{1,16}[）)]")
#: a year reached, opening a level (到2024年)
BY_YEAR = lazyre.compile(r"到((?:19|20)\d{2})年")
#: what may stand between a change against a named year and the average after it: a comma, the span in words (三年)
CHANGE_TO_AVG = lazyre.compile(r"[\s，,、]{1,2}(?:(?:这|近)?(?P<n>[两二三四五六七八九十]|\d{1,2})年(?:来|间|中)?)?")
#: the rate reached (x), the target's words (tw) and value (y, a bound set as the target: 控制在5.5%以内), the comparison
#: naming the target again (cmp, tw2, v) and the points (z)
RATE_THEN_TARGET = lazyre.compile(
    r"(?P<x>" + _Q + r")[，,、]\s*(?P<tw>[\u4e00-\u9fff]{0,10}?)(?:目标|目标值|计划)(?:值)?(?:为|是|定为|设定为|确定为)?"
    r"(?P<bw>控制在|保持在|不高于|不超过|不低于)?\s*(?P<y>" + _Q + r")[，,、]\s*(?P<cmp>高于|低于|超过|超出|高出|比|较)"
    r"(?:年度|全年|预期)?(?P<tw2>[\u4e00-\u9fff]{0,6}?)(?:目标|目标值|计划)(?:值)?(?P<v>高出|高|低|提高|降低|多|少)?了?\s*(?P<z>"
    + _Q + r")")
#: the last level of a span right after its average, labelled with its year and naming nothing else (…年均增长7.4%，
#: 2024年达到22,372元): over the skeleton
POST_YEAR_LEVEL = lazyre.compile(r"[，,]\s*(?P<y>(?:19|20)\d{2})\s*年(?:底|末)?(?:已经|已)?(?:达到|达|增至|增加到|增长到|提高到|升至|为)"
                                 r"(?P<b>" + _Q + r")(?=[，,。；;\n]|$)")
#: the span in words right before an average's words (此后四年年均, 三年平均): its number of years
SPAN_BEFORE_AVERAGE = lazyre.compile(r"(?P<n>[两二三四五六七八九十]|\d{1,2})(?:个)?年(?:来|间|中)?$")
#: the span in words closing or opening the words before an average (此后四年, 近三年来): no part of a metric's name
SPAN_WORDS_TAIL = lazyre.compile(r"(?:^(?:此后|之后|其后)|(?:此后|之后|其后|过去|近)?(?:[两二三四五六七八九十]|\d{1,2})(?:个)?年(?:来|间|中)?$)")
