"""Wholes stated in another sentence of the same section (part of the claims layer).

A figure named as a part whose whole stands sentences, a paragraph break or a sub-heading before it in the same
section (``binding``: 全市共有行政执法人员2,400名。…持证执法人员2,160名): :func:`earlier_wholes` returns the one figure of
the section that is the same metric — a whole count of the part's measure, stated exactly, for the same period, part
of the year and scope, named as the relation needs, and not itself a part (其中 before it, a share of its own after
it).  :func:`report_whole` finds the known base of a rate (受理 for 办结率, 审结 for 纠错率) stated beyond its section.
Nothing is decided here: the rules check what is returned.  (The operands of a rate or share stated before it in its
part of the report are read by :mod:`lintgov.claims.reach`, which took over ``section_whole``.)

Precision: when the candidates that fit give two values, or one of them is itself a part (其中 before it, a share of
its own after it), none is returned (which one the figure is over is not ours to guess); a figure of a plan, a sum
over years, last year's or a part of the year is never a whole of this year's figure; 全市 / 市本级 / 全区 … must agree
when both name one.

Cost: the section is found by bisection over the heading starts (built once per document); the candidates are the
last ``_SCAN`` quantities before the window (``rates.recent``), so a figure costs a bounded amount of work — nothing
is quadratic in the figures of a section.
"""
from __future__ import annotations

import bisect
import re
from typing import Callable, List, Optional, Tuple

from .. import lazyre
from ..quantities import Quantity
from ..quantities import quantity_starts
from .rates import context_before, count_interval, denominator_fits, is_count, is_delta, measure_of, recent
from .rates import _not_this_years
from .roles import clause_start

__all__ = ["earlier_wholes", "name_words", "section_floor", "shares_words"]

#: how far back a section is read at most (characters), and how many figures before the window are looked at
_REACH = 1500
_SCAN = 40
#: scopes a figure can be of: two figures naming different ones are not of one metric
_SCOPE = lazyre.compile(r"全市|市本级|市本級|市级|市級|全区|全區|区本级|區本級|区级|區級|全省|省本级|省级|省級|全县|全縣|县级|縣級|"
                        r"全国|全國|全镇|全鎮|全街道|街道级")
#: parts of the year: a figure for one is not the year's
_SUBPERIOD = lazyre.compile(r"[一二三四1-4]季度|上半年|下半年|前三季度|前[两二三四五六七八九十]个?月|\d{1,2}\s*[-—–~至到]\s*\d{1,2}\s*月|"
                            r"[一二三四五六七八九十]{1,2}月份|\d{1,2}月份|月末|月底|年初")
#: a figure that is itself a part: 其中 in its clause before it, or a share of its own after it (…，占…%)
_PART_BEFORE = lazyre.compile(r"其中|其內|其内")
_SHARE_AFTER = lazyre.compile(r"[，,、]?\s*(?:占|佔|约占|約佔|比重|占比)")
#: words of a name that say nothing of the metric (scope, time, verbs of reaching, totals)
_GENERIC = lazyre.compile(r"全年|全市|全区|全區|全省|全县|全縣|全国|全國|本年|当年|當年|今年|年内|年內|年度|共有|共计|共計|合计|合計|"
                          r"总计|總計|累计|累計|共|总|總|有|达到|達到|达|達|为|為|是|完成|实现|實現|了|其中|各类|各類|全部|"
                          r"截至|年底|年末|已|已经|已經|\d+")


def section_floor(doc, off: int) -> int:
    """Where the section holding ``off`` starts: its innermost numbered heading of level 1 or 2 (一、 / （一）; a
    sub-heading 1. or （1） is inside the section), but at most ``_REACH`` characters back."""
    starts = doc.__dict__.get("_lintgov_section_starts")
    if starts is None:
        starts = [h.start for h in doc.headings if h.level <= 2]
        doc.__dict__["_lintgov_section_starts"] = starts
    k = bisect.bisect_right(starts, off)
    head = starts[k - 1] if k else 0
    return max(head, off - _REACH, 0)


def name_words(masked: str, q: Quantity, floor: int, width: int = 16) -> str:
    """The words naming ``q`` (the clause before it, ``rates.context_before``) less scope, time, totals and verbs."""
    return _GENERIC.sub("", context_before(masked, q, floor, width).rsplit("\n", 1)[-1])


def shares_words(a: str, b: str) -> bool:
    """Whether two names share a word of two characters (执法人员 / 持证执法人员: 执法)."""
    if len(a) < 2 or len(b) < 2:
        return False
    grams = {a[i:i + 2] for i in range(len(a) - 1)}
    return any(b[i:i + 2] in grams for i in range(len(b) - 1))


#: words of a rate's or share's clause that make it no closed relation of this period's counts
_NOT_CLOSED = lazyre.compile(r"分别|分別|上年|去年|同期|年均|累计|累計|预计|預計|力争|力爭|目标|目標|计划|計劃|预算|預算|人均|平均")


def _scope(masked: str, lo: int, hi: int) -> Optional[str]:
    m = None
    for m in _SCOPE.finditer(masked, lo, hi):
        pass
    return m.group() if m else None


def _clause_end(masked: str, lo: int, hi: int) -> int:
    ks = [k for k in (masked.find(ch, lo, hi) for ch in "，,；;：:") if k >= 0]
    return min(ks) if ks else hi


def _count_index(doc) -> dict:
    """The positions in ``doc.quantities`` of its counts (``rates.is_count``), by ``rates.measure_of`` (built once per
    list of quantities: a figure's measure and whether it counts things are its own)."""
    qs = doc.quantities
    got = doc.__dict__.get("_lintgov_count_index")
    if got is None or got[0] is not qs:
        by: dict = {}
        for i, c in enumerate(qs):
            if is_count(c):
                by.setdefault(measure_of(c), []).append(i)
        got = (qs, by)
        doc.__dict__["_lintgov_count_index"] = got
    return got[1]


def recent_counts(doc, lo: int, hi: int, n: int, meas: str) -> List[Quantity]:
    """``[c for c in rates.recent(doc, lo, hi, n) if is_count(c) and measure_of(c) == meas]``, in that order, read
    from :func:`_count_index` (the figures of other measures are not looked at)."""
    qs = doc.quantities
    starts = quantity_starts(doc)
    i_hi = bisect.bisect_left(starts, hi)
    i_lo = max(bisect.bisect_left(starts, lo), i_hi - n)
    # (rates.recent reads quantities_in from the start of the i_lo-th figure: from the first figure starting there)
    i = bisect.bisect_left(starts, qs[i_lo].start if i_lo < len(qs) else hi)
    j = max(i, bisect.bisect_left(starts, hi))
    idx = _count_index(doc).get(meas)
    if not idx or i >= j:
        return []
    return [qs[k] for k in idx[bisect.bisect_left(idx, i):bisect.bisect_left(idx, j)] if qs[k].end <= hi]


def earlier_wholes(doc, masked: str, q: Quantity, part: Quantity, window_lo: int,
                   fits: Callable[[Quantity, str], bool], at_least: bool = True,
                   beyond: Optional[Callable[[], List[Quantity]]] = None,
                   then: Optional[Callable[[Quantity, str], bool]] = None) -> List[Quantity]:
    """The whole of ``q`` (a rate or share) whose part ``part`` stands in its own window ``[window_lo, q)``: the
    figures of the section before the window that are exact counts of the part's measure, at least the part, not a
    change, plan, sum over years or last year's (``rates._not_this_years``), not themselves a part, of the same part of
    the year and scope as the figure's sentence, and that ``fits(c, words)`` accepts (``words``: the words naming
    ``c``, from :func:`name_words`).  The nearest one, as a list; empty when none fits or those that fit give two
    values.  ``at_least=False`` keeps the figures smaller than the part (a part checked against its whole: the
    whole is found by its name, whatever its value).  ``beyond``: asked when the section states no count of the part's
    measure the figure could be over (none fits, none is a part): the whole stated beyond the section.  ``then`` (never
    with ``beyond``): a second ``fits``, asked of the same figures when ``fits`` leaves none or two values — what a
    second call with it would return, without testing the section's figures again (no test but ``fits`` depends on it)."""
    floor = section_floor(doc, window_lo)
    if floor >= window_lo:
        return beyond() if beyond is not None else []
    s = doc.sentence_at(q.start)
    s_lo = s.start if s is not None else window_lo
    own_sub = _SUBPERIOD.search(masked, s_lo, q.start)
    own_scope = _scope(masked, clause_start(doc, masked, part.start, s_lo), q.start)
    lo_p, hi_p = count_interval(part)
    meas = measure_of(part)
    found: List[Quantity] = []
    passed: List[Tuple[Quantity, str]] = []
    for c in reversed(recent_counts(doc, floor, window_lo, _SCAN, meas)):
        if c.approx is not None if at_least else c.approx not in (None, "≈"):
            continue
        if at_least and count_interval(c)[1] < lo_p:
            continue
        if is_delta(masked, c) or _not_this_years(masked, c, floor):
            continue
        cs = clause_start(doc, masked, c.start, floor)
        if _PART_BEFORE.search(masked, cs, c.start) is not None or _SHARE_AFTER.match(masked, c.end) is not None:
            return []         # a count of the measure that is itself a part (其中…, or a share of its own after it):
            # the figure may be over it or over the whole it is of — which one is not ours to guess
        sub = _SUBPERIOD.search(masked, clause_start(doc, masked, cs - 1, floor) if cs > floor else cs, c.start)
        if (sub is None) != (own_sub is None) or (sub is not None and sub.group() != own_sub.group()):
            continue          # 上半年… against the year's figure
        sc = _scope(masked, cs, c.start)
        if sc is not None and own_scope is not None and sc != own_scope:
            continue          # 市本级 against 全市
        words = name_words(masked, c, floor)
        if then is not None:
            passed.append((c, words))
        if not fits(c, words):
            continue
        found.append(c)
    if not found and beyond is not None:
        return beyond()
    if not found or len({count_interval(c) for c in found}) > 1:
        if then is None:
            return []
        found = [c for c, words in passed if then(c, words)]
        if not found or len({count_interval(c) for c in found}) > 1:
            return []
    return [found[0]]


#: words of a rate's name that say nothing of what it is of (综合纠错率 is 纠错率 of the same cases)
_RATE_GENERIC = lazyre.compile(r"综合|綜合|总体|總體|整体|整體|全年|全市|全区|全區|全县|全縣|全省|年度|案件|事项|事項|工作|平均")


def rate_subject(name: str) -> str:
    """What a rate with a known base is of, from its name: the words before the rate's own action, less qualifiers
    (按期, 当场) and generic words (行政复议综合纠错率 → 行政复议, 诉求办结率 → 诉求, 按期办结率 → ""); ``""`` when the
    name says nothing of it."""
    from .rates import _DENOMINATOR_WORDS, QUALIFIER, rate_stem
    stem = rate_stem(name)
    for pat, _ in _DENOMINATOR_WORDS:
        m = pat.search(stem)
        if m is not None:
            stem = stem[:m.start()]
            break
    return _RATE_GENERIC.sub("", QUALIFIER.sub("", stem))


#: a copula closing a rate's clause before its figure (纠错率为 / 办结率达到)
_RATE_VERB_TAIL = lazyre.compile(r"(?:为|為|达到|達到|达|達|是|约|約|近|超过|超過)+\s*$")
#: how many indexed counts a rate's base may be among before the reading gives up (bounded work; a report stating so
#: many counts under the base's actions names no one of them by the action alone)
_BEYOND_MAX = 48


def _part_start(doc, off: int) -> int:
    """Where the level-1 part of the report holding ``off`` starts (its heading 一、/ 二、), else 0."""
    starts = doc.__dict__.get("_lintgov_part_starts")
    if starts is None:
        starts = [h.start for h in doc.headings if h.level <= 1]
        doc.__dict__["_lintgov_part_starts"] = starts
    k = bisect.bisect_right(starts, off)
    return starts[k - 1] if k else 0


def report_whole(doc, masked: str, q: Quantity, part: Quantity, name: str) -> List[Quantity]:
    """The base of the rate ``q`` (``name``, a rate with a known base: 受理 for 办结率, 审结 for 纠错率) stated beyond its
    section, anywhere in the report before it (行政复议综合纠错率为16.7%，直接纠错76件 in the summary after 全年共收到行政复议
    申请512件，受理480件，审结456件 in the section on 复议): a count of the report-level index
    (:func:`lintgov.claims.indicators.action_counts`) of the part's measure, named by an action the rate's base allows,
    at least the part, of the figure's scope, this period and no part of the year — and, when the rate names what it is
    of (:func:`rate_subject`: 行政复议), in a sentence naming it before the count — else in the rate's own level-1 part
    of the report (:func:`_part_start`).  All the counts of the report (before
    the rate or after it) that fit must give one value; else none (which one is meant is not ours to guess)."""
    from .indicators import action_counts
    from .rates import _DENOMINATOR_WORDS
    words = next((w for pat, w in _DENOMINATOR_WORDS if pat.search(name)), None)
    if words is None or q.is_percent is False:
        return []
    s = doc.sentence_at(q.start)
    s_lo = s.start if s is not None else max(0, q.start - 120)
    if _SUBPERIOD.search(masked, s_lo, q.start) or _NOT_CLOSED.search(masked, s_lo, q.end):
        return []
    meas = measure_of(part)
    index = action_counts(doc)
    seen = {}
    for (m, act), es in index.items():
        if m == meas and words.search(act):
            for e in es:
                seen[e.quantity.start] = e
                if len(seen) > _BEYOND_MAX:
                    return []
    # (what the rate is of: the words of its clause before it, 行政复议纠错率为 → 行政复议; the name read by the rate's
    # context is its short form, 纠错率)
    qs = clause_start(doc, masked, q.start, s_lo)
    subject = rate_subject(_RATE_VERB_TAIL.sub("", masked[qs:q.start]))
    own_scope = _scope(masked, clause_start(doc, masked, part.start, s_lo), q.start)
    lo_p = count_interval(part)[0]
    # a rate that names nothing of what it is of (按期办结率) is of what its part of the report is about: the counts of
    # its level-1 part only (二、存在的问题 after the counts opens another)
    part_lo = 0 if subject else _part_start(doc, q.start)
    found: List[Quantity] = []
    for st in sorted(seen):
        e = seen[st]
        c = e.quantity
        if c is part or c.start == q.start or count_interval(c)[1] < lo_p:
            continue
        if not denominator_fits(name, context_before(masked, c, max(0, c.start - 20), 14), strict=True):
            continue
        if subject and (len(subject) < 2 or subject not in masked[e.sentence_start:c.start]):
            continue
        if c.start < part_lo:
            continue
        sc = _scope(masked, e.sentence_start, c.start)
        if sc is not None and own_scope is not None and sc != own_scope:
            continue
        found.append(c)
    if not found or len({count_interval(c) for c in found}) > 1:
        return []
    before = [c for c in found if c.end <= s_lo]
    return [before[-1]] if before else []


#: words of a part's qualifier that make it no subset of the whole named after it: a comparison, another period, a
#: plan, a change, a mean, a complement (非/未/其他), a per-unit figure, a share
_NOT_SUBSET = lazyre.compile(r"非|未|不|其他|其它|其余|其餘|除|上年|去年|同期|上一年|前一年|以来|以來|累计|累計|年均|平均|人均|"
                             r"预计|預計|计划|計劃|目标|目標|力争|力爭|预期|預期|增加|增长|增長|减少|減少|下降|提高|降低|"
                             r"占|佔|比|较|較|每|单位|單位|率|密度|指数|指數|价格|價格|\d")
#: the whole's name: at least three characters, and never a rate, mean, per-unit figure or bare generic head — nor a
#: value added or output, whose parts the statistics' definitions decide (claims.classes.indicator_part: the
#: above-scale industry's value added is from other statistics than all industry's, 全年工业增加值412亿元。规上工业增加值
#: 420亿元 is no contradiction)
_WHOLE_NOT = lazyre.compile(r"率|人均|平均|年均|每|单位|單位|密度|指数|指數|价格|價格|比重|比例|占比|增加值|生产总值|生產總值|产值|產值")
#: measures whose figures add up (things counted, money, mass, area, length, volume): a part is at most its whole
_ADDITIVE = lazyre.compile(r"^(?:个|個|家|户|戶|件|项|項|人|名|所|座|套|宗|辆|輛|台|张|張|条|條|元|美元|港元|吨|噸|公斤|千克|"
                           r"平方米|平方公里|亩|畝|公顷|公頃|千公顷|公里|千米|米|立方米|千瓦时|千瓦|人次|标箱|艘|场|場)$")
#: what a name of a metric never holds: figures, punctuation, time, money words (亿元生产值…死亡人数 is a rate), and
#: verbs or function words (我们将认真落实…, 遵循和平共处五项, 规划建设10个: a deed, not a metric's name)
_NOT_NAME = lazyre.compile(r"[\d\s—\-–·…/（）()《》、，,；;：:]|年|元|亿|億|万|萬|届|屆|第|将|將|在|于|於|把|对|對|由|从|從|向|也|都|否|"
                           r"应|應|要|如果|关键|關鍵|遵|落实|落實|围绕|圍繞|根据|根據|坚持|堅持|批准|规划|規劃|建设|建設|提高|"
                           r"推进|推進|加快|实施|實施|开展|開展|举办|舉辦|我们|我們|认真|認真")


#: a sentence opening with a time label (2024年 / 到2024年 / 今年 / 年末): a year's statement in a series of them
_TIME_OPEN = lazyre.compile(r"[\s\u3000]*(?:到|至|截至|截止)?(?:(?:19|20)\d{2}\s*年(?:末|底|全年|度)?|今年|本年|全年|去年|上年|年末|年底)")
#: what a clause naming no metric of its own holds before its figure: a time label, a verb of reaching or doing
_BARE_VERBS = lazyre.compile(r"完成|实现|實現|达到|達到|累计|累計|共计|共計|合计|合計")


def bare_key(key: str) -> bool:
    """Whether a metric key (``claims.metric.metric_key``) names no metric: empty, one character, or a verb alone
    (办理, 完成, 接待)."""
    _ACTIONS = _late_metric._ACTIONS
    return len(key) < 2 or _ACTIONS.fullmatch(key) is not None or _BARE_VERBS.fullmatch(key) is not None


#: words that point back to the figure named before instead of naming a metric (2024年，这一数字攀升至132.5万人次 /
#: 该指标达到… / 上述数量): the metric is the one the sentence before names
_ANAPHORA = lazyre.compile(r"^(?:这一|這一|这个|這個|该|該|此|上述|前述)(?:数字|數字|数据|數據|数值|數值|指标|指標|数量|數量|规模|規模|总量|總量|"
                           r"比例|比重|比率|占比|佔比|水平|标准|標準|额度|額度|金额|金額|数|數|项|項)")
#: the words of a rate per head and period closing a key (这一标准提高到每人每月 → 这一标准提高到): the level's unit, no
#: part of its metric's name
_PER_TAIL = lazyre.compile(r"(?:(?:平均)?每(?:人|户|戶|年|月|日|天|周|週))+$")
#: verbs of a level reached closing a clause's words (攀升至, 增至, 增长到): no part of a metric's name
_REACH_TAIL = lazyre.compile(r"(?:攀升|跃升|躍升|增加|增长|增長|提高|提升|上升|扩大|擴大|下降|减少|減少|降低|缩小|縮小|回落|发展|發展)?"
                             r"(?:到|至)$|[增升降减減]至$")


def refers_back(key: str) -> bool:
    """Whether the metric key ``key`` (``claims.metric.metric_key``) may stand for a metric named before it: it names
    none (:func:`bare_key`), points back (:data:`_ANAPHORA`: 这一数字, 该指标), or may be the head of a longer name
    (产量 for 新能源汽车产量; checked against the earlier name by :func:`elided_subject`)."""
    k = _REACH_TAIL.sub("", _PER_TAIL.sub("", key))
    return bare_key(k) or _ANAPHORA.match(k) is not None or len(k) <= 3


def _head_of(own: str, full: str) -> bool:
    """Whether the key ``own`` is the earlier key ``full`` named by its head (产量 / 新能源汽车产量, 办证量 / 公证办证量):
    a head of two or three characters (a longer one names a metric of its own: 汽车产量 is not 新能源汽车产量, it holds
    it), ``full`` ends with it and what ``full`` adds before it is two characters or more with no word of scope or kind
    (出口额 is no head of 进出口额; 增加值 none of 规模以上工业增加值: ``claims.metric._SCOPE_WORDS``)."""
    from .metric import _SCOPE_WORDS
    if not 2 <= len(own) <= 3 or len(full) <= len(own) or not full.endswith(own):
        return False
    rest = full[:-len(own)]
    return len(rest) >= 2 and _SCOPE_WORDS.search(rest) is None


#: a sentence's opening time label and the comma after it (2024年，/ 2020年，): the label frames the sentence
_TIME_OPEN_COMMA = lazyre.compile(r"[\s\u3000]*(?:到|至|截至|截止)?(?:(?:19|20)\d{2}\s*年(?:末|底|全年|度)?|今年|本年|全年|去年|上年|年末|年底)"
                                  r"\s*[，,]")


def _first_clause_from(masked: str, start: int) -> int:
    """Where the words of a sentence's first clause start: after its opening time label and comma (2024年，这一数字…),
    else the sentence's start."""
    m = _TIME_OPEN_COMMA.match(masked, start)
    return m.end() if m is not None else start


def elided_subject(doc, q: Quantity) -> Optional[Quantity]:
    """The figure whose metric a sentence leaves unnamed, stated in the sentence before: ``q`` is the first figure of
    its sentence, in its first clause (an opening time label and its comma aside: 2024年，这一数字…), which names no
    metric (:func:`bare_key`: 2024年办理6,038件 / 到2024年达到397.6亿元), points back to it (这一数字攀升至132.5万人次) or
    names it by its head (2024年产量达到13.6万辆 after 2019年全市新能源汽车产量为2.1万辆); its sentence and the one before (of
    its paragraph, or the line right before) open with a time label; the sentence before names the metric at its first
    figure (2023年全区办理行政处罚案件5,126件, 2020年，全市公证办证量为8,620件), of ``q``'s measure, with ``q``'s verb if
    it has one.  That first figure, else None."""
    from .grammar import folded_text
    from .metric import metric_key
    if q.is_percent:
        return None
    si = doc.sentence_index(q.start)
    if si <= 0:
        return None
    s, ps = doc.sentences[si], doc.sentences[si - 1]
    masked = folded_text(doc)
    if recent(doc, s.start, q.start, 1) or re.search(r"[，,；;：:]", masked[_first_clause_from(masked, s.start):q.start]):
        return None           # not the first figure of the sentence's first clause
    if ps.paragraph != s.paragraph and masked[ps.end:s.start].strip(" \u3000\n") != "":
        return None
    if not _TIME_OPEN.match(masked, s.start) or not _TIME_OPEN.match(masked, ps.start):
        return None
    own = _REACH_TAIL.sub("", _PER_TAIL.sub("", metric_key(doc, q.start)))
    anaphora = _ANAPHORA.match(own)
    if anaphora is not None:
        own = own[anaphora.end():]
    first = [c for c in recent(doc, ps.start, ps.end, 64)][:1]
    if not first:
        return None
    pq = first[0]
    if pq.is_percent or measure_of(pq) != measure_of(q) \
            or re.search(r"[，,；;：:]", masked[_first_clause_from(masked, ps.start):pq.start]):
        return None
    pk = metric_key(doc, pq.start)
    if bare_key(pk):
        return None
    if anaphora is not None and (bare_key(own) or own == pk):
        return pq             # 这一数字 / 这一数字达到: the figure named before
    if not bare_key(own):
        return pq if _head_of(own, pk) else None
    if own and len(own) >= 2 and not pk.startswith(own) and own not in pk:
        return None
    return pq


#: a change's own words in a metric key (比增长 of 今年比上年增长65%): no name of a metric
_CHANGE_WORDS = lazyre.compile(r"同比|比|较|較|增长|增長|增加|下降|减少|減少|提高|降低|上升|回落|今年|本年|全年|当年|當年|又")


def sentence_subject(doc, q: Quantity) -> Optional[Quantity]:
    """The figure whose metric ``q``'s clause leaves unnamed, stated in the first clause of ``q``'s own sentence
    (全市高校在校生上年为44万人，今年比上年增长65%，达到66万人): the sentence's first figure, of ``q``'s measure, named by a
    metric of its own in the sentence's first clause, with only figures naming no metric between it and ``q`` (the
    change's own: 比上年增长65%; never 今年招生比上年增长65%, which names another).  That figure, else None."""
    from .grammar import folded_text
    from .metric import metric_key
    if q.is_percent:
        return None
    s = doc.sentence_at(q.start)
    if s is None:
        return None
    qs = recent(doc, s.start, q.start, 8)
    if not qs or len(qs) == 8:
        return None
    pq = qs[0]
    if pq.is_percent or measure_of(pq) != measure_of(q) or bare_key(metric_key(doc, pq.start)):
        return None
    masked = folded_text(doc)
    if re.search(r"[，,；;：:]", masked[_first_clause_from(masked, s.start):pq.start]):
        return None           # (the sentence's first figure, in its first clause)
    subject = metric_key(doc, pq.start)
    for x in qs[1:] + [q]:
        # (nothing named, or only the subject's own verb: 今年受理1,968件 after …受理案件1,640件; never 审结420件 after
        # 受理…460件, which names its own metric)
        own = _CHANGE_WORDS.sub("", _REACH_TAIL.sub("", metric_key(doc, x.start)))
        if len(own) > 1 and not (bare_key(own) and own in subject):
            return None
    return pq


# modules this one's functions read at call time and cannot import at the top (they import this one): bound by
# lintgov.claims once every submodule is complete (an import statement in the function ran at every call)
_late_metric = None
