"""The level a stated difference and growth describe (part of the claims layer): 达N，比上年增加D，增长P% says the
prior is N − D and P = D ÷ (N − D), wherever the three stand.

The grammar (:func:`lintgov.claims.grammar.changes`) ties a difference and a growth to their level when the three
are written in one run (156件，较上年增加17件，增长12.2% / 比上年增加40件，达到520件，增长8.3%).  Reports also write the
pair apart from its level, and this reader binds it by what the level is — a figure of this year in the difference's
measure, the one the pair's clause is about — wherever it stands::

    全年受理行政复议案件156件，创历史新高，较上年增加17件，增长12.2%。     (a remark between: no figure)
    全年受理行政复议案件156件。与上年相比，增加17件，增长12.2%。          (the level one sentence earlier)
    受理行政复议案件156件（比上年增加17件，增长12.2%）。                  (the pair in brackets)
    全年受理行政复议案件同比增长12.2%，增加17件，共156件。               (the growth first, the level after: 共/达到)
    与上年相比，…增加17件，达到156件，增长12.2%。                        (the level between the two)
    旅游总收入126.5亿元，同比增长12.1%（增加13.65亿元）。                 (the difference in brackets after the growth)

:func:`delta_growths` returns each pair (``DeltaGrowth``) with the levels it may describe; LG201 checks that one of
them gives the stated growth.  Nothing here decides a finding.

Precision: the pair is two consecutive claims of one comparison (同比 / 比上年, never two base periods), one a
difference in a measure (件, 亿元) and the other a growth in %, in the same direction, with only punctuation,
brackets and adverbs between them — or one clause stating a level of the difference's measure (达到N / 共N).  The
level before the pair is the figure that stands last before it, with no other figure between (a share of the level,
占全市28.3%, is another figure: the pair may be about it), and only when the pair's clause names no subject of its
own (利润总额增长31%: another metric); a level before a sentence break only when the pair opens its sentence (with at
most a comparison phrase before it) in the same paragraph.  Never a plan (力争, 目标…), a level of another period
(上年, 年均, a span) or a percentage; the rule skips approximate and bound figures and qualified claims (按可比价格).

Cost: one pass over the change claims; each looks at a bounded stretch of the skeleton around it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, List, Optional, Tuple

from .. import lazyre
from .grammar import (QFILL, QTOK, _ADVERB_END, _LIST_AFTER, _bases_differ, _cache, _clause_start, changes, folded_text,
                      net_of_gross,
                      skeleton)
from .values import measure, value_of

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document
    from ..quantities import Quantity
    from .grammar import Change

__all__ = ["DeltaGrowth", "delta_growths"]


@dataclass(frozen=True)
class DeltaGrowth:
    """A growth claim and the difference stated with it, and the levels (this year's) the two may describe."""

    growth: "Change"
    delta: "Quantity"
    delta_direction: int
    levels: Tuple["Quantity", ...]


#: what may stand between the two claims of a pair: punctuation, brackets, spaces
_GAP_PUNCT = lazyre.compile(r"[\s，,、（()）]*")
#: one clause between them stating the level reached (，达到156件，/ ，共156件，)
#: the verbs of a level reached (达到156件, 共156件, 增至156件) and the total words that may name it before them
_REACH = "达到|达|共计|共|合计|增至|增加到|增加至|升至"
_TOTAL_NAME = "总量|总数|总额|总计|规模"
_GAP_LEVEL = lazyre.compile(r"[\s，,、]*(?:" + _TOTAL_NAME + r"|累计)?(?:" + _REACH + r"|为)\s*"
                            r"(?P<cur>" + QTOK + r")")
#: the verb of a level that opens the second claim (，达到156件，增长12.2%)
_LEVEL_VERB_TAIL = lazyre.compile(r"(?:" + _TOTAL_NAME + r"|累计)?(?:" + _REACH + r"|为)\s*$")
#: a level right after the pair (，共156件 / ，达到156件 / ，总数达495家; never 为: 为 opens another figure's clause)
_AFTER_LEVEL = lazyre.compile(r"[\s，,、）)]*(?:" + _TOTAL_NAME + r")?(?:" + _REACH + r")\s*(?P<cur>" + QTOK + r")")
#: the words a pair's clause may open with and still name no subject of its own: comparisons, time words, adverbs
_NO_SUBJECT = lazyre.compile(r"(?:与上一?年相比|与去年相比|与上年同期相比|同比|比上一?年(?:同期)?|较上一?年(?:同期)?|比去年(?:同期)?|较去年(?:同期)?|"
                             r"比上年末|较上年末|全年|今年|当年|年内|一年来|一年内|一年间|一年|过去一年|这一年|其中|共|累计|已|再|又|并|还|也|继续|进一步|"
                             r"大幅度|大幅|小幅|稳步|持续|明显|显著|快速|较快|迅速|平稳|有所|略有|名义|分别|[\s，,、（(])*")
#: a comparison phrase opening the second claim (，同比增长12.2%)
_CMP_WORDS = lazyre.compile(r"与上一?年相比|与去年相比|同比|比上一?年(?:同期)?|较上一?年(?:同期)?|比去年(?:同期)?|较去年(?:同期)?")
#: a sentence may open with a comparison phrase before its pair (与上年相比，增加17件，增长12.2%), or with the span the
#: pair is over (。全年增加60所，增长16.7% / 。一年来增加…: the year the level closing the sentence before was reached in)
_OPENS = lazyre.compile(r"[\s]*(?:与上一?年相比|与去年相比|与上年同期相比|同比|全年|年内|一年来|一年内|一年间|一年|过去一年|这一年)?[\s，,]*")
#: words between a level and the pair after it that may make the pair another figure's: a part (其中), a share, a
#: mean, a change of another metric with no figure (利润总额大幅提升，比上年增加17亿元: the profit's)
_REMARK_BAD = lazyre.compile(r"其中|占|分别|人均|平均|年均|累计|以上|以下|增|降|减|提高|提升|上升|扩大|缩小|下滑|回落|翻")
#: words of a plan before the pair in its sentence: the pair is no statement of what was reached
_PLAN = lazyre.compile(r"力争|预期|目标|确保|计划|规划|争取|预计|(?<![即必])将(?!近)|(?<![主重需只必])要(?!求|素|点|件)")
_STOPS = "。；;\n！？!?"
#: a sentence about a span of years: its growth and difference are not last year's
_SPAN = lazyre.compile(r"年来|以来|期间|累计|年均|平均每年|[两二三四五六七八九十]年(?:间|中|里|时间)|\d{1,2}年间|五年|十年")


def _figure_before(skel: str, by_start, pos: int, floor: int) -> Optional["Quantity"]:
    """The last quantity before ``pos`` and after ``floor`` (skeleton offsets), or None."""
    k = skel.rfind(QTOK, floor, pos)
    return by_start.get(k) if k >= 0 else None


def delta_growths(doc: "Document") -> List[DeltaGrowth]:
    """Each growth stated with a difference whose level the grammar did not bind, with the levels they may describe
    (cached per document)."""
    c = _cache(doc)
    if "delta_growths" in c:
        return c["delta_growths"]  # type: ignore[return-value]
    from . import claims_of
    skel, by_start = skeleton(doc)
    text = folded_text(doc)
    cl = claims_of(doc)
    cs = changes(doc)
    out: List[DeltaGrowth] = []

    def level_ok(q, d) -> bool:
        f = cl.at(q.start)
        return f is not None and f.role == "level" and f.time == "current" and not q.is_percent \
            and measure(q) == measure(d) and not _LIST_AFTER.match(skel, q.end)

    for i in range(len(cs) - 1):
        a, b = cs[i], cs[i + 1]
        if {a.kind, b.kind} != {"amount", "percent"} or a.listed or b.listed:
            continue
        if any(x.base is not None or x.transition is not None or x.delta is not None or x.amount is None
               for x in (a, b)):
            continue
        g, d = (a, b) if a.kind == "percent" else (b, a)
        if not g.amount.is_percent or d.amount.is_percent or not measure(d.amount) or g.direction != d.direction:
            continue
        if _bases_differ(doc, a.comparison, b.comparison):
            continue
        if g.current is not None and d.current is not None and g.current is not d.current:
            continue
        a_open = min(a.start, a.verb_start)
        b_open = b.start if b.start >= a.end else b.verb_start
        if b_open < a.end:
            continue
        raw = skel[a.end:b_open]
        gap = _CMP_WORDS.sub("", raw)
        if b.current is not None and b.start == b.current.start:
            gap = _LEVEL_VERB_TAIL.sub("", gap)     # 增加17件，达到156件，增长12.2%: the level the growth is about
        s0 = max(skel.rfind(ch, max(0, a_open - 300), a_open) for ch in _STOPS) + 1
        if _PLAN.search(text, s0, b.end):
            continue
        levels: List["Quantity"] = []
        for x in (g, d):
            if x.current is not None and level_ok(x.current, d.amount) and x.current not in levels:
                levels.append(x.current)
        if g.current is None and d.current is None:
            gm = _GAP_LEVEL.match(raw)
            if gm is not None:
                q = by_start.get(a.end + gm.start("cur"))
                rest = _CMP_WORDS.sub("", raw[gm.end("cur"):].lstrip(QFILL))
                if q is not None and level_ok(q, d.amount) and _GAP_PUNCT.fullmatch(rest):
                    levels.append(q)
            elif not _GAP_PUNCT.fullmatch(_ADVERB_END.sub("", gap.rstrip())):
                continue
            if not levels:
                am = _AFTER_LEVEL.match(skel, b.end)
                if am is not None:
                    q = by_start.get(am.start("cur"))
                    if q is not None and level_ok(q, d.amount):
                        levels.append(q)
            if not levels:
                cs0 = max(_clause_start(skel, a_open), skel.rfind("（", s0, a_open) + 1, skel.rfind("(", s0, a_open) + 1)
                if not _NO_SUBJECT.fullmatch(skel, cs0, a_open):
                    continue        # 利润总额增长31%: the pair names a metric of its own
                q = _figure_before(skel, by_start, a_open, s0)
                if q is None and _OPENS.fullmatch(skel, s0, a_open) and s0 > 0 and skel[s0 - 1] != "\n":
                    p0 = max(skel.rfind(ch, max(0, s0 - 1 - 300), s0 - 1) for ch in _STOPS) + 1
                    q = _figure_before(skel, by_start, s0 - 1, p0)
                if q is not None and level_ok(q, d.amount) and not _REMARK_BAD.search(skel, q.end, a_open) \
                        and not net_of_gross(skel, text, d.verb, q):
                    levels.append(q)
        elif not _GAP_PUNCT.fullmatch(_ADVERB_END.sub("", gap.rstrip())):
            continue
        if levels:
            out.append(DeltaGrowth(g, d.amount, d.direction, tuple(levels)))
    paired = {dg.growth.amount.start for dg in out} | {dg.delta.start for dg in out}
    out.extend(_apart(doc, cs, paired))
    c["delta_growths"] = out
    return out


#: how many mentions of one metric, nearest first, a lone growth or difference is paired with
_APART_REACH = 3


def _tail(key: str) -> str:
    """The last three characters of a metric key once the words saying how it is counted are dropped: keys
    :func:`lintgov.claims.metric.same_metric` pairs share them (an index bucket, so a lone claim is compared with the
    mentions of its own metric only, not with every mention of the document)."""
    _NEUTRAL = _late_metric._NEUTRAL
    k = _NEUTRAL.sub("", key) if len(key) > 3 else key
    return k[-3:]


def _apart(doc: "Document", cs: List["Change"], paired: set) -> List[DeltaGrowth]:
    """The growth and the difference of one metric stated in different sentences (农村居民人均可支配收入21,000元，增长7.0%。
    ……农村居民人均可支配收入比上年增加1,374元 / 旅游收入增长12%。……全年旅游收入126.5亿元，比上年增加13.6亿元): one
    mention states the level with one of the two, another the other one with no level of its own; the two name one metric
    (:func:`lintgov.claims.metric.same_metric` of the words before the level and before the lone claim), in the same
    section, both over last year, of the same measure, scope and part of the year, neither a plan, listed or qualified.
    The lone claim takes the levels of the nearest mentions (at most :data:`_APART_REACH`); LG201 reports only when
    one level is read and it gives another growth.  One pass over the change claims with an index by metric (linear)."""
    from . import claims_of
    from .grammar import QUALIFIERS, _LAST_YEAR_CMP, _SUBPERIOD, _WIDE_SCOPE, _self_scope
    from .lookback import section_floor
    from .metric import metric_key, same_metric
    from .review import review_part
    text = folded_text(doc)
    skel, _ = skeleton(doc)
    cl = claims_of(doc)
    end, known = review_part(doc)
    own = _self_scope(doc)

    def plain(ch) -> bool:
        if ch.listed or ch.base is not None or ch.transition is not None or ch.delta is not None or ch.amount is None:
            return False
        if ch.comparison and not _LAST_YEAR_CMP.match(ch.comparison):
            return False
        if (ch.amount.start in paired) or (ch.kind == "percent") == (not ch.amount.is_percent):
            return False
        if known and ch.amount.start >= end:
            return False
        s0 = lazyre.rfind_any(skel, _STOPS, max(0, ch.start - 200), ch.start) + 1
        return not _PLAN.search(text, s0, ch.end) and not QUALIFIERS.search(text, s0, ch.end) \
            and not _SPAN.search(text, s0, ch.end)

    def frame(pos: int):
        s0 = max(skel.rfind(x, max(0, pos - 200), pos) for x in _STOPS) + 1
        return (tuple(sorted(set(_WIDE_SCOPE.findall(text, s0, pos)) - own)),
                tuple(sorted(_SUBPERIOD.findall(text, s0, pos))))

    # the mentions stating a level with a growth or a difference, by metric key
    with_level = {}
    lone = []
    for ch in cs:
        if ch.kind not in ("percent", "amount") or not plain(ch):
            continue
        if ch.current is not None:
            f = cl.at(ch.current.start)
            if f is None or f.role != "level" or f.time != "current" or ch.current.is_percent \
                    or ch.current.approx not in (None, "≈"):
                continue
            key = metric_key(doc, ch.current.start)
            if len(key) >= 3:
                # (bucketed by the end of the key as metric.same_metric compares it: two keys it pairs end alike)
                with_level.setdefault((ch.kind, measure(ch.current), _tail(key)), []).append((key, ch))
        else:
            k0 = ch.start
            if text[k0:ch.verb_start].strip() and not ch.comparison:
                continue
            key = metric_key(doc, k0)
            # (the lone claim names its metric in its own clause: 农村居民人均可支配收入比上年增加1,374元)
            cs0 = max(skel.rfind(x, max(0, k0 - 40), k0) for x in "，,；;。\n：:") + 1
            if len(key) >= 3 and _NO_SUBJECT.fullmatch(skel, cs0, k0) is None:
                lone.append((key, ch))
    out: List[DeltaGrowth] = []
    for key, ch in lone:
        other = "percent" if ch.kind == "amount" else "amount"
        meas = measure(ch.amount) if ch.kind == "amount" else None
        cands = []
        floor = section_floor(doc, ch.start)
        fr = frame(ch.start)
        pool = [(k, x) for (kind, m_, t_), xs in with_level.items()
                if kind == other and (meas is None or m_ == meas) and t_ == _tail(key) for k, x in xs]
        for k, x in sorted(pool, key=lambda kx: abs(kx[1].start - ch.start)):
            if len(cands) >= _APART_REACH:
                break
            if not same_metric(k, key) or x.direction != ch.direction or _bases_differ(doc, x.comparison, ch.comparison):
                continue
            if section_floor(doc, x.start) != floor or frame(x.current.start) != fr:
                continue
            lv = x.current
            if ch.kind == "percent" and measure(lv) != measure(x.amount):
                continue
            if ch.kind == "amount" and measure(lv) != meas:
                continue
            cands.append(x)
        if not cands:
            continue
        levels = tuple(x.current for x in cands)
        if len({(x.current.value, x.amount.value) for x in cands}) > 1:
            continue     # (mentions that disagree among themselves: LG210's, not a reading of this claim)
        x = cands[0]
        g, d = (ch, x) if ch.kind == "percent" else (x, ch)
        out.append(DeltaGrowth(g, d.amount, d.direction, levels[:1]))
    return out


#: words of a clause that refer back to the metric of the mention before (这一比例提高到93.0% / 该指标达到… / 这一数字降至…)
_REFERS_BACK = lazyre.compile(r"(?:这一|這一|该|該|此|上述|这个|這個)(?:比例|比率|比重|指标|指標|数字|數字|数据|數據|数值|數值|水平|率)")
#: the verb of a value reached, right before it (提高到93.0%, 减少至340个, 达到…)
_REACHED = lazyre.compile(r"(?:提高|提升|上升|增加|增长|增長|扩大|下降|减少|減少|降低|缩小|縮小|回落)(?:到|至)$|[增升降减減]至$|达到$|達到$")
#: a clause's words that make its figure no plain level of the metric (a part, a share, a plan, a change, a mean)
_NOT_LEVEL = lazyre.compile(r"其中|分别|分別|占|佔|人均|平均|年均|累计|累計|目标|目標|计划|計劃|力争|力爭|预计|預計|比上|较上|較上|同比|"
                            r"增长|增加|下降|减少|提高|降低|以上|以下|左右")
#: how far back (characters, within the paragraph and its section) the levels of a change's metric are looked for
_PERIOD_REACH = 400


def period_pairs(doc: "Document") -> List[Tuple["Change", "Quantity", "Quantity"]]:
    """Each change claim stated with no value of its own (两年相比，网上可办率提升12.5个百分点 / 与上年相比，执法主体减少
    60个) and the two levels of its metric the sentences before it state for two periods: one labelled with a year
    (2022年，全县网上可办率为80.5%) and one of a later year, or reached with no year after it (这一比例提高到93.0% — the
    words 这一比例 refer back to the mention before): (change, earlier, later).  The levels are the mentions of the
    metric (:func:`lintgov.claims.metric.same_metric` of the words before each, or words that refer back) in the
    change's paragraph, at most :data:`_PERIOD_REACH` characters back, of the
    change's kind (a rate for points, the difference's measure); only when exactly one value is read for each of the two
    periods, the earlier period the one the comparison names (比上年: the year before; 较2022年: 2022), and the change
    no plan, no part, no mean.  Bounded work per change (the figures of a window before it)."""
    c = _cache(doc)
    if "period_pairs" in c:
        return c["period_pairs"]  # type: ignore[return-value]
    from . import claims_of
    from .grammar import _CMP_YEAR, _LAST_YEAR_CMP, _doc_year, _period_word, _starts, QUALIFIERS
    from .lookback import section_floor
    from .metric import metric_key, same_metric
    import bisect
    from .grammar import _SUBPERIOD, _WIDE_SCOPE, _self_scope
    text = folded_text(doc)
    skel, by_start = skeleton(doc)
    cl = claims_of(doc)
    fy = _doc_year(doc)
    own = _self_scope(doc)

    def scope_of(lo_: int, hi_: int):
        return frozenset(_WIDE_SCOPE.findall(text, lo_, hi_)) - own
    qs = _starts(doc)
    out: List[Tuple["Change", "Quantity", "Quantity"]] = []
    for ch in changes(doc):
        if ch.kind not in ("points", "amount", "percent") or ch.amount is None or ch.listed:
            continue
        if ch.base is not None or ch.current is not None or ch.transition is not None or ch.delta is not None:
            continue
        if ch.amount.approx is not None:
            continue
        cy = _CMP_YEAR.fullmatch(ch.comparison or "")
        if ch.comparison and not cy and not _LAST_YEAR_CMP.match(ch.comparison):
            continue
        s0 = lazyre.rfind_any(skel, _STOPS, max(0, ch.start - 200), ch.start) + 1
        cs0 = lazyre.rfind_any(skel, "，,；;。\n：:", max(0, ch.start - 40), ch.start) + 1
        if _PLAN.search(text, s0, ch.end) or QUALIFIERS.search(text, s0, ch.end) or _NOT_LEVEL.search(text, cs0, ch.start):
            continue
        key = metric_key(doc, ch.start)
        key = _CMP_WORDS.sub("", key)
        if len(key) < 3 or _SUBPERIOD.search(text, s0, ch.start):
            continue
        scope = scope_of(s0, ch.start)
        want_pct = ch.kind == "points"
        meas = measure(ch.amount) if ch.kind == "amount" else None
        lo = max(section_floor(doc, ch.start), ch.start - _PERIOD_REACH)
        # (the paragraph of the change)
        lo = max(lo, skel.rfind("\n", 0, ch.start) + 1)
        mentions = []     # (q, period): period a year, or "later" (reached with no year)
        prev_name = ""
        for k in range(bisect.bisect_left(qs, lo), bisect.bisect_left(qs, s0)):
            q = by_start[qs[k]]
            if q.is_percent != want_pct or q.approx is not None:
                continue
            if want_pct is False and ch.kind == "amount" and measure(q) != meas:
                continue
            f = cl.at(q.start)
            if f is None or f.role in ("growth", "delta", "points", "multiple", "average", "target"):
                continue
            qcs = max(skel.rfind(x, max(0, q.start - 40), q.start) for x in "，,；;。\n：:") + 1
            words = text[qcs:q.start]
            reached = _REACHED.search(words) is not None
            if _NOT_LEVEL.search(_REACHED_TAIL.sub("", words) if reached else words):
                continue
            name = metric_key(doc, q.start)
            if reached:
                name = _REACHED_TAIL.sub("", name)
            if _REFERS_BACK.search(words):
                name = prev_name
            elif len(name) < 2:
                continue
            prev_name = name
            if not (name == key or same_metric(name, key)):
                continue
            qs0 = max(skel.rfind(x, max(0, q.start - 200), q.start) for x in _STOPS) + 1
            if scope_of(qs0, q.start) != scope or _SUBPERIOD.search(text, qs0, q.start):
                continue     # (全省的 / 一季度的: another scope's or a part of the year's level)
            tm = _period_word(doc, text, qs0, q.start)
            if tm is not None and tm.group("since"):
                continue
            if tm is not None and tm.group("year"):
                period = int(tm.group("year"))
            elif tm is not None and tm.group("prior"):
                if fy is None:
                    continue
                period = fy - 1
            elif reached and (tm is None or tm.group("now")):
                period = "later"
            else:
                continue
            mentions.append((q, period))
        years = {p for _q, p in mentions if p != "later"}
        if len(years) == 0 or len(years) > 2:
            continue
        y0 = min(years)
        if cy is not None and int(cy.group(1)) != y0:
            continue
        early = [q for q, p in mentions if p == y0]
        late = [q for q, p in mentions if p != y0 and (p == "later" or p > y0)]
        if ch.comparison and not cy and len(years) == 2 and max(years) - y0 != 1:
            continue     # 比上年: the two years a year apart
        if len({value_of(q) for q in early}) != 1 or len({value_of(q) for q in late}) != 1:
            continue
        a, b = early[-1], late[-1]
        if b.start < a.start or measure(a) != measure(b):
            continue
        out.append((ch, a, b))
    c["period_pairs"] = out
    return out


#: the verb of a value reached closing a metric's words (网上可办率提高到 → 网上可办率)
_REACHED_TAIL = lazyre.compile(r"(?:提高|提升|上升|增加|增长|增長|扩大|下降|减少|減少|降低|缩小|縮小|回落)(?:到|至)?$|[增升降减減]至$|达到$|達到$|达$")


# modules this one's functions read at call time and cannot import at the top (they import this one): bound by
# lintgov.claims once every submodule is complete (an import statement in the function ran at every call)
_late_metric = None
