"""The period a plan's sentence is about when it names none of its own (part of the claims layer).

A work report that lays out a five-year plan names its period once (第六个五年计划期间，我们要… / “十四五”时期 / 在今后五年
内) and then states the plan's figures sentence after sentence with no span of their own (在这个期间，工农业总产值计划增长
21.7%，平均每年递增4% / 城乡居民的消费水平计划提高22%，平均每年递增4.1%).  :func:`plan_span_before` gives the number of
years of that period: the periods named before the sentence in its paragraph, when they are all five-year plans
(第N个五年计划/规划, “N五”, 五年计划) and no other span is named between them and the sentence (十年, 两年, 1983年到1987年:
another span; then nothing is read).  Linear in the length of the paragraph before the sentence.
"""
from __future__ import annotations

from typing import Optional

from lintgov import lazyre

__all__ = ["plan_span_before"]

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
