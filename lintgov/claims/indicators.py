"""The main indicators of a report and the parts their definitions hold, stated anywhere in its review (part of the
claims layer): 全年地区生产总值（GDP）2808.19亿元 … (a paragraph later) 预计金融业增加值1000亿元左右; 工业投资562亿元，增长
102% … (four sentences later) 全年技改投资114亿元.  A report states its GDP, its above-scale industry's value added, its
fixed-asset and industrial investment once for its period; the value added of any industry or group of the economy, the
investment of a kind, are parts of them by the statistics' definitions (:func:`lintgov.claims.classes.indicator_part`),
wherever the report states them.  The readers of a part in the clause right after its whole are
:func:`lintgov.claims.stocks.implied_parts`; this one pairs a part with the one value the review gives its whole.

Linear: the figures read are those right after the literal names (str.find), each named from a bounded window before
it; the wholes are grouped by key once per document.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Dict, List, Optional, Tuple

from .. import lazyre
from .grammar import QFILL, QTOK, _cache, folded_text, skeleton
from .values import interval_of, measure

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document
    from ..quantities import Quantity


@dataclass(frozen=True)
class IndicatorPart:
    """A figure whose name is part of a main indicator by definition, and the one value the report's review states
    for that indicator (``whole``): the part is never more than the whole."""

    whole: "Quantity"
    part: "Quantity"
    whole_name: str
    part_name: str


#: the literal words every name read here holds (where figures are looked for; 增加值 and 投资 hold 规上工业增加值,
#: 固定资产投资 and 工业投资 as well as the parts)
_LITERALS = ("生产总值", "GDP", "经济总量", "增加值", "投资", "固投")
#: the words of a figure's clause before it: from the last clause break (a figure, 、 and brackets other than （GDP）
#: stop it too)
_CLAUSE_TAIL = lazyre.compile(r"[^,，。；;：:！？!?、\n]{0,40}$")
#: words that put a figure in another period, a span, a plan or another scope (or make it a comparison, a share, a
#: from-value): the name must hold none of them
_NOT_OWN = lazyre.compile(r"上年|去年|同期|上半年|下半年|季度|\d+月|[一二三四五六七八九十两]年|十[一二三四五]五|期间|以来|累计|年均|"
                          r"人均|新增|增量|目标|预期|力争|争取|计划|确保|全[国省市区县州镇]|我国|中国|国内|全球|世界|"
                          r"[占比由从较到至的]")
#: words of a plan in the sentence before a figure (the claims layer's words of a plan)
_PLAN = lazyre.compile(r"力争|预期|目标|确保|计划|规划|争取|到20\d\d年|明年|(?<![主重需只必])要(?!求|素|点|件|闻)|(?<![即必])将(?!近)")


def _named_figures(doc: "Document", end: int, literals) -> List[Tuple[str, "Quantity"]]:
    """(name, figure) of each amount right after one of the ``literals`` before ``end`` (the review's end): the
    name read from its clause, the report's own scope and the verbs taken off; only this period's levels."""
    from . import claims_of
    from .classes import indicator_words
    from .stocks import own_scope_word
    text = folded_text(doc)
    skel, by_start = skeleton(doc)
    qs = doc.quantities
    starts = doc.__dict__.get("_lintgov_quantity_starts")     # (shared with the arithmetic rules' lookups)
    if starts is None:
        starts = [q.start for q in qs]
        doc.__dict__["_lintgov_quantity_starts"] = starts
    own = own_scope_word(doc)
    cand: Dict[int, "Quantity"] = {}
    for lit in literals:
        i = text.find(lit, 0, end)
        while i >= 0:
            e = i + len(lit)
            k = bisect.bisect_left(starts, e)
            if k < len(qs) and qs[k].start - e <= 8 and qs[k].start < end and qs[k].start in by_start:
                cand[qs[k].start] = qs[k]
            i = text.find(lit, e, end)
    out: List[Tuple[str, "Quantity"]] = []
    cl = claims_of(doc)
    for s in sorted(cand):
        q = cand[s]
        f = cl.at(s)
        if q.is_percent or f is None or f.role != "level" or f.time != "current" or measure(q) != "元":
            continue
        m = _CLAUSE_TAIL.search(skel, max(0, s - 40), s)
        tail = m.group() if m else ""
        if QTOK in tail or QFILL in tail:
            continue        # another figure in the clause before (2015年全区GDP…, 1-11月…): not named by its words alone
        name = tail.strip()
        # the report's own scope word (全区 in a district's report; when the text does not say, 全区/全县, which never
        # name an area wider than the report's)
        name = re.sub("^(?:全年)?(?:" + (own or "全区|全县") + ")", "", name)
        name = indicator_words(name)
        if len(name) < 2 or _NOT_OWN.search(name) or "分别" in name or not re.fullmatch(r"[\u4e00-\u9fff“”]+(?:（GDP）|\(GDP\))?|GDP", name):
            continue
        k0 = max(skel.rfind(c, max(0, s - 200), s) for c in "。\n")
        if _PLAN.search(text, k0 + 1 if k0 >= 0 else max(0, s - 200), s):
            continue        # a plan or target in the sentence (力争…, 要…): no value of the report's period
        out.append((name, q))
    return out


def indicator_parts(doc: "Document") -> List[IndicatorPart]:
    """Every figure of the review named as a part of a main indicator (:func:`lintgov.claims.classes.indicator_part`)
    with the one value the review states for that indicator (every mention of it as this period's level gives one
    value; none when they disagree or there is none), in document order (cached)."""
    c = _cache(doc)
    if "indicator_parts" in c:
        return c["indicator_parts"]  # type: ignore[return-value]
    out: List[IndicatorPart] = []
    text = folded_text(doc)
    if "增加值" in text or "投资" in text:
        from .classes import indicator_key, indicator_part
        from .review import review_end
        named = _named_figures(doc, review_end(doc), _LITERALS)
        wholes: Dict[str, List[Tuple[str, "Quantity"]]] = {}
        for name, q in named:
            k = indicator_key(name)
            if k is not None:
                wholes.setdefault(k, []).append((name, q))
        one: Dict[str, Tuple[str, "Quantity"]] = {}
        for k, ws in wholes.items():
            if len({interval_of(q) for _, q in ws}) == 1:
                one[k] = ws[0]
        for k, (wn, w) in one.items():
            for name, q in named:
                if q is not w and indicator_part(wn, name):
                    out.append(IndicatorPart(w, q, wn, name))
        out.sort(key=lambda ip: ip.part.start)
    c["indicator_parts"] = out
    return out
