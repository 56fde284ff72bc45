"""The review part of a report (part of the claims layer): where the past year's (or five years') review ends and the
plans begin.  Figures of the review are this period's; the same words after a plan heading are targets.  Read from
the level-1 headings (:mod:`lintgov.headings`) and the year the report's figures are of (:mod:`lintgov.kind`)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Tuple

from .. import lazyre
from .grammar import fold

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document

#: a level-1 heading naming plans, tasks or problems (二、2024年工作安排, 三、存在的不足)
_PLAN_HEAD = lazyre.compile(r"安排|任务|目标|计划|打算|展望|思路|部署|建议|下一步|今后|下一年|努力方向|重点工作|工作重点|要求|"
                            r"不足|问题|短板")
#: a level-1 heading naming the review of the year (一、2023年工作回顾, 一、过去一年的工作; a 法治 report's
#: 一、2023年法治政府建设主要举措和成效)
_REVIEW_HEAD = lazyre.compile(r"回顾|过去一年|过去五年|工作总结|主要工作|成效|主要举措")
#: a heading naming what became of tasks or plans (二、重点工作推进情况, 三、目标任务完成情况): the review, not the plans
_DONE_HEAD = lazyre.compile(r"(?:推进|完成|落实|进展|执行)情况|取得的成效|进展成效")


def _plan_head(t: str, year) -> bool:
    """Whether a level-1 heading's title names plans, tasks or problems (or the year after the one reviewed), and not
    what became of the tasks it names (重点工作推进情况: the review's)."""
    if year and f"{year + 1}年" in t:
        return True
    return _PLAN_HEAD.search(t) is not None and _DONE_HEAD.search(t) is None


def review_part(doc: "Document", lines: bool = False) -> Tuple[int, bool]:
    """(end, known): where the review part of a report ends — the first level-1 heading naming plans, tasks or
    problems (二、2024年工作安排, 三、存在的不足) or the year after the one reviewed, else the end of the text — and
    whether that end is known: a plan heading was found, or a level-1 heading names the review (一、2023年工作回顾)
    and no plan heading follows it (a review read on its own).  Where no level-1 heading decides, the parts may be
    named by lines of their own that the headings do not number (2014年工作回顾 … 2015年工作安排 / 2023年主要工作):
    a line naming the review, then a line naming plans or the next year (:func:`_part_lines`) — read only when
    ``lines`` (the plan-level reading, claims.grammar._review_level): such reports may close on an appendix table of
    the year's results after the plans (宝安 2017's 主要经济指标 table), which other readings take as the review's."""
    figures_year = _late_kind.figures_year
    year = figures_year(doc) or doc.report_year
    review = False
    for h in doc.headings.at_level(1):
        t = fold(h.title(doc))
        if _plan_head(t, year):
            return h.start, True
        review = review or _REVIEW_HEAD.search(t) is not None
    if lines and not review:
        end = _part_lines(doc, year)
        if end is not None:
            return end, True
    return len(doc.text), review


#: a line of its own, short and with no sentence punctuation (2014年工作回顾, 2015年工作安排): a part's name
_PART_LINE = lazyre.compile(r"(?m)^[ \t\u3000]*([^\n。，,；;：:！!？?\t]{4,30}?)[ \t\u3000]*$")
#: an unnumbered line naming the review of the year or of the term (2023年工作回顾, 本届政府工作回顾)
_REVIEW_LINE = lazyre.compile(r"工作回顾|过去一年|过去五年")


def _part_lines(doc: "Document", year) -> "int | None":
    """Where the plans begin when the parts are named by unnumbered lines: the first line naming plans (or the year
    after the one reviewed, 2016年主要工作) after a line naming the review (2015年工作回顾); ``None`` when there is no
    such pair.  One pass over the text per document (cached)."""
    c = doc.__dict__.setdefault("_lintgov_changes", {})
    if "part_lines" in c:
        return c["part_lines"]  # type: ignore[return-value]
    end = None
    seen_review = False
    for m in _PART_LINE.finditer(doc.text):
        t = fold(m.group(1))
        if not seen_review:
            seen_review = _REVIEW_LINE.search(t) is not None
        elif _plan_head(t, year):
            end = m.start(1)
            break
    c["part_lines"] = end
    return end


def review_end(doc: "Document") -> int:
    """Where the review part of a report ends (:func:`review_part`)."""
    return review_part(doc)[0]


# modules this one's functions read at call time and cannot import at the top (they import this one): bound by
# lintgov.claims once every submodule is complete (an import statement in the function ran at every call)
_late_kind = None
