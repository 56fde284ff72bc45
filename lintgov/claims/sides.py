"""Two shares of one whole moving opposite ways in parallel clauses (part of the claims layer).

Reports state how a whole divides between two sides by giving each side's share at two dates, the second side in
the clause right after the first, its share named by 比重 alone (the whole is the first clause's)::

    A在工业总产值中所占的比重，由一九四九年的百分之三十六点七上升到一九五二年的百分之六十一，
    而B所占的比重，则由一九四九年的百分之六十三点三下降为一九五二年的百分之三十九
    消费在国民收入中的比重，由1978年的63.5%上升到今年的70%左右；积累所占的比重，相应地由36.5%降到30%左右

:func:`share_sides` gives each such pair of transitions (``claims.grammar.transitions``): both of percentages, one
rising and one falling, the first named a 比重 in its clause, the second's 比重 with no whole of its own (no 占, no
…中, no figure between the two), at the same dates when the text names them.  Whether the two sides are all of the
whole is for the rule to decide from the figures (they add up to 100 at one of the dates).  Linear in the
transitions of the document.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, List

from .. import lazyre
from ..quantities import quantities_in
from .grammar import _cache, folded_text, transitions

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document
    from .grammar import Transition

__all__ = ["ShareSides", "share_sides"]

#: between the first transition and the second: a clause break, the second side, its bare 比重, a linking word
_SECOND = lazyre.compile(r"[，,；;]\s*(?:而|同时|同時)?(?P<name>[\u4e00-\u9fff“”（）()、，,]{1,40}?)(?:所占的?|的)?(?:比重|比例)"
                         r"[，,]?\s*(?:则|則|相应地?|相應地?|也|亦|已|将|將)?\s*(?:相应地?|相應地?)?\s*$")
#: words that would give the second share a whole of its own, or make it no side of the first's whole
_NOT_SECOND = lazyre.compile(r"占|佔|中|其中|全国|全國|全省|全市|世界|全球")
_SHARE_WORD = lazyre.compile(r"比重|比例")


@dataclass(frozen=True)
class ShareSides:
    """``first`` and ``second``: the transitions of the two sides' shares, in text order."""

    first: "Transition"
    second: "Transition"


def _pct(t: "Transition") -> bool:
    return all(q.is_percent and q.approx not in (">", ">=", "<", "<=") for q in (t.base, t.current))


def share_sides(doc: "Document") -> List[ShareSides]:
    c = _cache(doc)
    if "share_sides" in c:
        return c["share_sides"]  # type: ignore[return-value]
    masked = folded_text(doc)
    ts = sorted((t for t in transitions(doc) if _pct(t)), key=lambda t: t.start)
    out: List[ShareSides] = []
    for t1, t2 in zip(ts, ts[1:]):
        if t1.direction * t2.direction != -1 or t2.start - t1.end > 48:
            continue
        s = doc.sentence_at(t1.start)
        if s is None or t2.end > s.end or quantities_in(doc, t1.end, t2.start):
            continue
        m = _SECOND.match(masked, t1.end, t2.start)
        if m is None or _NOT_SECOND.search(m.group("name")):
            continue
        if not _SHARE_WORD.search(masked, max(s.start, t1.start - 80), t1.start):
            continue
        if t1.base_label and t2.base_label and t1.base_label != t2.base_label:
            continue
        out.append(ShareSides(t1, t2))
    c["share_sides"] = out
    return out
