"""The two parts of what is under construction (part of the claims layer).

What a plan or a year has under construction is, by what the words mean, what is started in the period and what goes
on from before it — or, looking forward, what is completed in the period and what is carried over to the next:

* 施工的限额以上建设单位共有964个，其中本年开始建设的271个，继续建设的693个 (units under construction in a year: those
  begun this year and those continued), also 在建项目/施工项目 with 新开工/本年开工 and 续建/继续建设;
* 全市煤矿建设总规模将达2.2亿吨。计划在年底前建成投产8000万吨，结转到下一时期继续建设的有1.4亿吨 (a scale under
  construction: the part completed and put into production in the period, and the part carried over).

The two parts are all of the whole: they add up to it (within each figure's rounding).  Read only when the whole's
words say it is under construction (施工, 在建, 建设总规模/施工规模), the two parts follow it in the same or the next
sentence with nothing else between (no figure, no other part), one names a start or a completion within the period
(本年开始建设, 新开工, 建成投产) and the other what goes on (继续建设, 续建, 结转), all three of one measure.
Linear in the occurrences of 续建/继续建设.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, List, Tuple

from lintgov import lazyre
from lintgov.claims.partition import Why

if TYPE_CHECKING:  # pragma: no cover
    from lintgov.document import Document
    from lintgov.quantities import Quantity

__all__ = ["ConstructionSplit", "construction_splits"]

_T = "\ue010\ue011*"
#: units under construction in a period, begun in it or continued: 施工的…共有A个，其中本年开始建设的B个，继续建设的C个
_STARTED = lazyre.compile(
    r"(?P<ww>(?:施工|在建)[\u4e00-\u9fff“”]{0,16}?)(?:共有|共计|共計|共|有|为|為|达到|达)?(?P<w>" + _T + r")[，,]\s*"
    r"(?:其中)?[，,]?\s*(?:本年|当年|當年|今年|年内|年內)?(?:新开工|新開工|开始建设|開始建設|开工|開工|新建)的?(?:项目|項目|单位|單位)?"
    r"(?:有|为|為)?(?P<a>" + _T + r")[，,、]\s*"
    r"(?:继续建设|繼續建設|续建|續建)的?(?:项目|項目|单位|單位)?(?:有|为|為)?(?P<b>" + _T + r")")
#: a scale under construction, completed in the period or carried over: 建设总规模A。…建成投产B，结转…继续建设的有C
_CARRIED = lazyre.compile(
    r"(?P<ww>(?:建设|建設|施工|在建)总?规模|(?:建设|建設|施工|在建)總?規模)(?:将|將)?(?:达到|達到|达|達|为|為|是)?(?P<w>" + _T + r")[。；;，,]\s*"
    r"[\u4e00-\u9fff“”0-9]{0,24}?(?:建成投产|建成投產|建成|竣工)(?P<a>" + _T + r")[，,]\s*"
    r"(?:结转|結轉|转入|轉入)[\u4e00-\u9fff“”0-9\ue010\ue011]{0,20}?(?:继续建设|繼續建設|续建|續建)的?(?:有|为|為|是)?(?P<b>" + _T + r")")


#: the end of the sentence or clause the parts close
_STOP = lazyre.compile(r"[。；;！？!?\n]")


@dataclass(frozen=True)
class ConstructionSplit:
    whole: "Quantity"
    parts: Tuple["Quantity", ...]
    why: Why


def construction_splits(doc: "Document") -> List[ConstructionSplit]:
    from lintgov.claims.grammar import _cache, skeleton
    from lintgov.claims.values import measure
    c = _cache(doc)
    if "construction_splits" in c:
        return c["construction_splits"]  # type: ignore[return-value]
    out: List[ConstructionSplit] = []
    skel, by_start = skeleton(doc)
    if "续建" in skel or "继续建设" in skel or "續建" in skel or "繼續建設" in skel:
        for pat, why in ((_STARTED, Why("begun in the period + continued from before = all under construction",
                                        "本期开始建设的与继续建设的合为全部施工项目")),
                         (_CARRIED, Why("completed in the period + carried over = the whole scale under construction",
                                        "期内建成投产的与结转续建的合为建设总规模"))):
            for m in pat.finditer(skel):
                w, a, b = (by_start.get(m.start(g)) for g in ("w", "a", "b"))
                if w is None or a is None or b is None or any(q.is_percent for q in (w, a, b)):
                    continue
                if not measure(w) or measure(a) != measure(w) or measure(b) != measure(w):
                    continue
                if any(q.approx not in (None, "≈") for q in (w, a, b)):
                    continue
                stop = _STOP.search(skel, b.end)
                if "\ue010" in skel[b.end:stop.start() if stop else len(skel)]:
                    continue      # (…，续建150个，预备项目30个: a third part after them — not these two alone)
                out.append(ConstructionSplit(w, (a, b), why))
    c["construction_splits"] = out
    return out
