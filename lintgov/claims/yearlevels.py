"""Levels by metric, measure and year (part of the claims layer): the one index a figure over a period asks for the
level of its metric at either end of that period, wherever the report states it.

A report states a metric's level of a year in several places and ways; :func:`year_levels` reads them once per
document:

* both ends of a from–to change, each with the year written with it (地区生产总值由2015年的1708.4亿元增至2020年的2375.3
  亿元); an end with no year of its own takes the year the text gives it: the later end of a change whose first end
  names a year is the level of the year reviewed (由2010年的A增加到B in a report on 2015), and a change of the five-year
  review that names no year runs over the span the review names (由85亿元增至137亿元 under 五年来 in a report on 2020:
  2015 and 2020; :func:`span_years`);
* a level under a year's label (2020年，全市社会消费品零售总额为186.4亿元 / 2015年为A), the label read by the grammar's
  index of period labels (:func:`lintgov.claims.grammar._prior_values`: never a label inside 比2015年);
* a plain level of the year reviewed in the review part (全年外贸进出口总额达4万亿元): the figures year.

Each entry keeps the metric key of the words naming it (:func:`lintgov.claims.metric.metric_key`, the verbs of a level
reached taken off) and the scope words of its sentence beyond the report's own (全国, 城镇…).  :func:`levels_at` answers
one question — the levels of a metric, measure and year, nearest first, at most a few — and the readers of a change or
an average over a period (LG208) compute from what it gives.  A metric is the same when its keys are
(:func:`lintgov.claims.metric.same_metric`), close (:func:`lintgov.claims.metric.key_match` ≥ 0.8) and neither names a
kind of the other (新能源汽车产量 is not 汽车产量), or both are names of one main total (进出口总额 / 外贸进出口).

:func:`span_years` resolves the years a figure over a period spans from the words of its sentence, its paragraph or the
part of the review it stands in: a range of years (2016—2020年), a year it runs from (2016年以来), a span in words
(五年来, 过去五年, 近三年, “十三五”时期, “十四五”以来), the five-year review (:func:`lintgov.claims.horizons.horizons`);
the span words (:data:`SPAN_WORDS`, :func:`span_n_of`) are the ones LG208's own readings use.

Cost: one pass over the transitions, the period labels and the figures of the review (linear); a look-up scans the
entries of one measure, bounded by the few it returns.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Dict, FrozenSet, List, Optional, Set, Tuple

from .. import lazyre
from .grammar import _cache, folded_text

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document
    from ..quantities import Quantity
    from .grammar import Change

__all__ = ["YearLevel", "year_levels", "levels_at", "span_ends", "span_years", "SPAN_WORDS", "span_n_of", "PLAN_START",
           "keys_agree", "level_key", "scope_at", "names_nothing",
           "SPAN_END", "span_end_year", "passage_key", "stated_priors", "named_year_priors", "far_levels", "FarLevel"]

_CN = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
#: the first year of each five-year plan
PLAN_START = {"十五": 2001, "十一五": 2006, "十二五": 2011, "十三五": 2016, "十四五": 2021, "十五五": 2026}
#: how reports name a span: 五年来, 过去五年, 近五年, 五年间, 五年时间, “十三五”时期 (five years), “十四五”以来, “十四五”前三年
#: (the years in words are read whole: 二十六年间 is 26 years, 近十五年来 15 — never 六年间, 五年来)
SPAN_WORDS = lazyre.compile(r"(?:过去|近|这|最近)?(?P<n>[二三四五六七八九]?十[一二三四五六七八九]?|[两二三四五六七八九十]|\d{1,2})年"
                            r"(?:来|间|时间|中|里|(?=累计|累計|合计|合計|共计|共計))|"
                            r"(?:过去|最近|近)(?P<n2>[二三四五六七八九]?十[一二三四五六七八九]?|[两二三四五六七八九十]|\d{1,2})(?:个)?年|"
                            r"(?P<plan>十[一二三四五]五)[”\"’]?(?P<since>以来|开局以来|实施以来)?"
                            r"(?:(?:时期|期间)?的?前(?P<first>[两二三四]|\d)(?:个)?年)?")


def _n(s: str) -> Optional[int]:
    """A number of years in digits or Chinese numerals (5, 五, 两, 十五, 二十六)."""
    if s.isdigit():
        return int(s)
    if s in _CN:
        return _CN[s]
    from .grammar import parse_cn_number
    got = parse_cn_number(s)
    return int(got[0]) if got else None


def span_n_of(g, fy: Optional[int] = None) -> Optional[int]:
    """The years a match of :data:`SPAN_WORDS` names, from its groups (n, n2, plan, since, first): 五年来 5; “十三五”时期
    5; “十四五”前三年 3; “十四五”以来 the years from 2021 to the year the report's figures are about (unknown without it)."""
    n = g[0] or g[1] or g[4]
    if n:
        return _n(n)
    if g[3]:
        start = PLAN_START.get(g[2])
        if fy is None or start is None or fy < start:
            return None
        return fy - start + 1
    return 5


#: the end of an earlier span named instead of its year (五年前, “十三五”末, “十二五”期末)
SPAN_END = lazyre.compile(r"(?P<n>[两二三四五六七八九十])年前|[“\"]?(?P<plan>十[一二三四]五)[”\"]?(?:期末|末期|末)")


def span_end_year(m, fy: int) -> Optional[int]:
    """The year a match of :data:`SPAN_END` names in a report on ``fy``: 五年前 fy − 5, “十三五”末 2020."""
    if m.group("n"):
        return fy - _n(m.group("n"))
    start = PLAN_START.get(m.group("plan"))
    return start + 4 if start else None


#: a range of years (2016—2020年, 2016年至2020年) and a year a span runs from (2016年以来)
_RANGE = lazyre.compile(r"((?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3})\s*(?:年)?\s*[-—–~至到]\s*"
                        r"((?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3})\s*年")
_SINCE = lazyre.compile(r"((?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3})\s*年(?:底|末)?以来")
_YEAR = lazyre.compile(r"(?<!\d)((?:19|20)\d{2})\s*年(?!均|度?预算|以来|底以来|末以来)")
#: a year in digits or in Chinese numerals (2015年, 一九五七年)
_YEAR4 = r"((?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3})\s*年"
_YEAR_ANY = lazyre.compile(_YEAR4 + r"(?!均|度?预算|以来|底以来|末以来)")
_CN_DIGIT = {"〇": "0", "○": "0", "零": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7",
             "八": "8", "九": "9"}


def year_int(y: str) -> int:
    """2015 / 一九五七 as a number."""
    return int(y) if y.isdigit() else int("".join(_CN_DIGIT[c] for c in y))


def span_years(doc: "Document", lo: int, pos: int, para_lo: Optional[int] = None) -> Set[Tuple[int, int]]:
    """The (first, last) years a figure at ``pos`` over a period may span (its level at ``first`` is the base, at
    ``last`` the one reached), read from the words of its sentence (``lo``: its start): a range of years (2016—2020年:
    2015 or 2016 to 2020), a year it runs from (2016年以来: 2015 or 2016 to the figures year), a span in words (五年来,
    过去五年, “十三五”时期: the figures year and N years before; a named plan: its own years); else those of its paragraph
    (``para_lo``), else the five-year review the figure stands in (:func:`lintgov.claims.horizons.horizons`).  Empty
    when none is read or the report's year is not known where it is needed."""
    from ..kind import figures_year
    text = folded_text(doc)
    fy = figures_year(doc)
    for a in (lo, para_lo):
        if a is None:
            continue
        got: Set[Tuple[int, int]] = set()
        for m in _RANGE.finditer(text, a, pos):
            y0, y1 = year_int(m.group(1)), year_int(m.group(2))
            if 1 <= y1 - y0 <= 30:
                got |= {(y0, y1), (y0 - 1, y1)}
        if got:
            return got
        for m in _SINCE.finditer(text, a, pos):
            y0 = year_int(m.group(1))
            if fy and 1 <= fy - y0 <= 30:
                got |= {(y0, fy), (y0 - 1, fy)}
        if got:
            return got
        for m in SPAN_WORDS.finditer(text, a, pos):
            g = (m.group("n"), m.group("n2"), m.group("plan"), m.group("since"), m.group("first"))
            plan = m.group("plan")
            if plan and not m.group("since") and not m.group("first"):
                start = PLAN_START.get(plan)
                if start is not None:
                    got.add((start - 1, start + 4))      # “十三五”时期: 2015 to 2020
                continue
            k = span_n_of(g, fy)
            if k and 1 < k <= 30 and fy:
                got.add((fy - k, fy))
        if got:
            return got
    if fy:
        from .horizons import horizons
        for s, e, period in horizons(doc):
            if s <= pos < e:
                if period == "span":
                    return {(fy - 5, fy)}
                break
    return set()


@dataclass(frozen=True)
class YearLevel:
    """A level of a metric in a year: the figure, the year, the metric key of the words naming it, the scope words of
    its sentence beyond the report's own, and how it was read (``from`` / ``to``: an end of a from–to change,
    ``label``: under a year's label, ``year``: a plain level of the year reviewed)."""

    q: "Quantity"
    year: int
    key: str
    scope: FrozenSet[str]
    how: str


#: the verbs of a level reached closing a metric's words (增至, 提高到, 达到, 突破…): no part of its name
_REACHED = lazyre.compile(r"(?:(?:增加|增长|提高|提升|上升|扩大|下降|减少|降低|缩小|回落|跃升|攀升|发展)(?:到|至)|[增升降减]至|达到|达|为|是|"
                          r"实现|完成|突破|超过)+$")
#: words of a level's clause that make it no plain level of its metric (a part, a share, a mean, a plan, a change)
_NOT_PLAIN = lazyre.compile(r"其中|年均|平均|累计|目标|计划|预期(?!寿命)|力争|预计|分别|占|以来|期间|同比|比(?!例|重)|较|增长|增加|减少|"
                            r"下降|提高|降低|新增|净增|首次|上半年|下半年|季度|月")
#: words of a sentence that make its figures a plan's
_PLAN = lazyre.compile(r"力争|目标|预期(?!寿命)|预计|计划|规划|确保|争取|(?<![即必])将(?!近)|(?<![主重需只必])要(?!求|素|点|件)|到(?:19|20)\d{2}年")
#: words of a sentence that make its figures a span's, not the year's (五年来, 累计, 年均)
_SPAN_SENT = lazyre.compile(r"年来|以来|期间|累计|年均|平均每年|[两二三四五六七八九十]年(?:间|中|里|时间)|\d{1,2}年间|十[一二三四五]?五")


#: a year in Chinese numerals that labels what follows (not one a comparison or a from–to change names: 比一九五七年,
#: 由一九五七年的)
_CN_LABEL = lazyre.compile(r"([一二](?<![比较与同和于是为及、由从到至][一二])[〇○零一二三四五六七八九]{3})\s*年(?:末|底|全年|度)?"
                           r"(?!以来|比|较|同|与|[至到—－-])")
#: :data:`_CN_LABEL` written plainly (the lookbehind first: ``re`` tried it at every character; above, the first character's
#: class opens the pattern and the lookbehind reads the character before it — the same matches)
CN_LABEL_PLAIN = (r"(?<![比较与同和于是为及、由从到至])([一二][〇○零一二三四五六七八九]{3})\s*年(?:末|底|全年|度)?"
                  r"(?!以来|比|较|同|与|[至到—－-])")
#: words a key keeps that name no metric: a year in Chinese numerals, a causative or a preposition opening it (使钢产量)
#: (the key has lost the 〇 of 二〇二〇年, no Han character: 二二年)
#: (全社会 names the whole of the report's own area, as 全市 does: 全社会研发投入 is the 研发投入 of the report)
_KEY_OFF = lazyre.compile(r"[一二][〇○零一二三四五六七八九]{1,3}年(?:末|底|全年|度)?|^(?:使|把|将|让|对|在|就|又|再|也|还)|^全社会")


def names_nothing(key: str) -> bool:
    """Whether a metric key names no metric of its own: none, a verb alone (:func:`lintgov.claims.lookback.bare_key`),
    or words pointing back (这一数字, 该指标)."""
    _ANAPHORA, _REACH_TAIL, bare_key = _late_lookback._ANAPHORA, _late_lookback._REACH_TAIL, _late_lookback.bare_key
    k = _REACH_TAIL.sub("", key)
    return bare_key(k) or _ANAPHORA.match(k) is not None


def _para_lo(doc: "Document", pos: int) -> int:
    p = doc.paragraph_at(pos)
    return p.start if p is not None else max(0, pos - 200)


def passage_key(doc: "Document", pos: int, lo: int) -> str:
    """The metric a passage is about, for a figure at ``pos`` whose own words name none (这一总量在2020年为…, 2020年至
    2024年年均增长6.7%): the key of the last level before it, after ``lo`` (its paragraph's start), whose words name one
    (:func:`level_key`); "" when none does.  Bounded: the figures of the stretch, nearest first, at most eight."""
    from ..quantities import quantity_starts
    from . import claims_of
    qs, starts = doc.quantities, quantity_starts(doc)
    cl = claims_of(doc)
    k = bisect.bisect_left(starts, pos) - 1
    for _ in range(8):
        if k < 0 or qs[k].start < lo:
            break
        f = cl.at(qs[k].start)
        if f is not None and f.role in _LEVEL_ROLES:
            key = level_key(doc, qs[k].start)
            if not names_nothing(key):
                return key
        k -= 1
    return ""


def level_key(doc: "Document", pos: int) -> str:
    """The metric key of a level at ``pos`` (:func:`lintgov.claims.metric.metric_key`) less the verbs of a level
    reached, the from–to words (由…增至), a year in Chinese numerals and a causative opening it (使钢产量由…:
    钢产量): 地区生产总值由亿元增至 → 地区生产总值."""
    metric_key = _late_metric.metric_key
    k = metric_key(doc, pos)
    if len(k) < 2:
        # 基本建设投资额（包括经济、文教、行政方面的基本建设）共为８６．３亿元: a gloss in brackets between the name and its
        # verb — the name is the words before the bracket
        g = _GLOSS_BEFORE.search(folded_text(doc), max(0, pos - 60), pos)
        if g is not None:
            k = metric_key(doc, g.start())
    elif _SET_VERB.fullmatch(k):
        # 一九八八年的农田水利投资额，拟定为A: the name closes the clause before the verb of the figure set
        g = _SET_AFTER_NAME.search(folded_text(doc), max(0, pos - 12), pos)
        if g is not None:
            k = metric_key(doc, g.start()) or k
    k = re.sub(r"(?:由|从).*$", "", k) or k
    return _REACHED.sub("", _KEY_OFF.sub("", k))


#: the verb of a figure a plan or a budget sets, alone as a level's key (…投资额，拟定为A)
_SET_VERB = lazyre.compile(r"(?:拟定|规定|确定|预定|核定)")
#: that verb after a comma, right before the level
_SET_AFTER_NAME = lazyre.compile(r"[，,]\s*(?:拟定|规定|确定|预定|核定)(?:为|是)?\s*$")


#: a bracketed gloss closing a metric's name, then its verb, right before a level (…投资额（包括…）共为)
_GLOSS_BEFORE = lazyre.compile(r"[（(][^（）()\n]{1,40}[）)](?:共|合计|总计|累计)?(?:为|是|有|达到|达)?\s*$")


def _total(key: str) -> Optional[str]:
    _total_key = _late_horizons._total_key
    try:
        return _total_key(key)
    except Exception:      # pragma: no cover - (a name the total readers cannot key)
        return None


def keys_agree(a: str, b: str) -> bool:
    """Whether two metric keys name one metric for the levels of a period: the same keys (:func:`same_metric`), close
    ones of which neither names a kind of the other (:func:`key_match` ≥ 0.8), or two names of one main total."""
    key_match, names_a_kind, same_metric = _late_metric.key_match, _late_metric.names_a_kind, _late_metric.same_metric
    if len(a) < 2 or len(b) < 2:
        return False
    if a == b or same_metric(a, b):
        return True
    ta, tb = _total(a), _total(b)
    if ta is not None and ta == tb:
        return True
    return key_match(a, b) >= 0.8 and not names_a_kind(a, b)


def scope_at(doc: "Document", lo: int, pos: int) -> FrozenSet[str]:
    _WIDE_SCOPE, _self_scope = _late_grammar._WIDE_SCOPE, _late_grammar._self_scope
    text = folded_text(doc)
    # (国家预算规定国防费支出为A: 国家 names the budget, the account a figure is of, not a wider scope than the report's)
    return frozenset(m.group() for m in _WIDE_SCOPE.finditer(text, lo, pos)
                     if not (m.group() == "国家" and text.startswith(("预算", "决算"), m.end()))) - _self_scope(doc)


def year_levels(doc: "Document") -> Dict[Tuple[str, bool], List[YearLevel]]:
    """Every level of a year the report states (the module's readings: the ends of a from–to change, a level under a
    year's label, the year reviewed's plain level, a plain level of its sentence's or its passage's year), by (measure,
    percent), in document order (cached)."""
    c = _cache(doc)
    if "year_levels" in c:
        return c["year_levels"]  # type: ignore[return-value]
    from . import claims_of
    from ..kind import figures_year
    from .grammar import _prior_values, transitions
    from .review import review_part
    from .lookback import bare_key
    from .values import measure, unit_of
    from .grammar import TIME_UNITS
    text = folded_text(doc)
    fy = figures_year(doc)
    end, known = review_part(doc)
    cl = claims_of(doc)
    out: Dict[Tuple[str, bool], List[YearLevel]] = {}
    seen: Set[int] = set()

    def sentence_lo(pos: int) -> int:
        s = doc.sentence_at(pos)
        return s.start if s is not None else max(0, pos - 120)

    def add(q, year, key, how, lo) -> None:
        if q.start in seen or q.approx not in (None, "≈") or len(key) < 2 or not (1900 < year < 2100) \
                or unit_of(q) in TIME_UNITS or bare_key(key):
            return
        seen.add(q.start)
        out.setdefault((measure(q), q.is_percent), []).append(YearLevel(q, year, key, scope_at(doc, lo, q.start), how))

    # (1) the two ends of a from–to change
    for t in transitions(doc):
        lo = sentence_lo(t.start)
        if _PLAN.search(text, lo, t.end):
            continue
        key = level_key(doc, t.start)
        if len(key) < 2 or _NOT_PLAIN.search(text, max(lo, t.start - 12), t.start):
            continue
        ym0 = _YEAR_ANY.search(text, max(lo, t.start), t.base.start)
        y0 = year_int(ym0.group(1)) if ym0 else None
        if y0 is None and fy:
            em = SPAN_END.search(text, max(lo, t.start), t.base.start)     # 由五年前的A / 从“十二五”末的A
            if em is not None:
                y0 = span_end_year(em, fy)
        ym = _YEAR_ANY.search(text, t.verb_start, t.current.start)
        y1 = year_int(ym.group(1)) if ym else None
        if y0 is None and y1 is None:
            if not fy or (known and t.start >= end):
                continue
            p = doc.paragraph_at(t.start)
            spans = span_years(doc, lo, t.start, p.start if p is not None else None)
            if len(spans) != 1 or _YEAR_ANY.search(text, lo, t.start):
                continue
            y0, y1 = next(iter(spans))
        elif y1 is None:
            # (由2010年的A增加到B: B is the level of the year the report's figures are about — not in a plan, nor when a
            # year follows the change, 由A增加到B，2018年…)
            if not fy or y0 >= fy or _YEAR_ANY.search(text, t.end, t.end + 12):
                continue
            y1 = fy
        if y0 is not None:
            add(t.base, y0, key, "from", lo)
        add(t.current, y1, key, "to", lo)
    # (2) a level under a year's label
    starts, vals = _prior_values(doc)
    last: Tuple[int, str] = (-1, "")        # (sentence start, key) of the last labelled level named
    for q, lab, _ls, keypos in vals:
        ym = re.match(r"((?:19|20)\d{2})\s*年", lab)
        if ym is None or q.start in seen:
            continue
        f = cl.at(q.start)
        if f is None or f.role not in _LEVEL_ROLES:
            continue
        lo = sentence_lo(q.start)
        if _PLAN.search(text, lo, q.start):
            continue
        key = level_key(doc, keypos if keypos < q.start else q.start)
        if names_nothing(key) and last[0] == lo:
            key = last[1]     # 2020年全市专利授权量为12,532件，2016年为8,216件: the metric the sentence named
        elif names_nothing(key):
            # 这一总量在2020年为186.4亿元: the metric the level stated last before it in its paragraph names
            key = passage_key(doc, q.start, _para_lo(doc, q.start))
        else:
            last = (lo, key)
        add(q, int(ym.group(1)), key, "label", lo)
    # (2b) a level under a year written in Chinese numerals (我国的钢产量在一九五二年是一百三十五万吨): the grammar's
    # labels are years in digits; the figures after such a year up to the end of its sentence or the next year,
    # each in a clause that states nothing else of it
    if "九" in text or "〇" in text or "○" in text:
        from .grammar import _clause_start, skeleton, values_after
        skel, _by_start = skeleton(doc)
        for m, q in values_after(doc, list(_CN_LABEL.finditer(text)), "。；;\n"):
            f = cl.at(q.start)
            if f is None or f.role not in _LEVEL_ROLES or q.start in seen:
                continue
            cs = max(_clause_start(skel, q.start), m.end())
            if _NOT_PLAIN.search(text, cs, q.start) or _PLAN.search(text, sentence_lo(q.start), q.start):
                continue
            key = level_key(doc, q.start)
            if names_nothing(key):
                key = level_key(doc, m.start())
            add(q, year_int(m.group(1)), key, "label", sentence_lo(q.start))
    # (3) a plain level of the year reviewed
    if fy and known:
        from .grammar import _clause_start, skeleton
        skel, _ = skeleton(doc)
        for f in cl.figures:
            q = f.quantity
            if q.start >= end:
                break
            if q.start in seen or f.role not in _LEVEL_ROLES or f.role == "prior" or f.time != "current":
                continue
            lo = sentence_lo(q.start)
            cs = _clause_start(skel, q.start)
            if _NOT_PLAIN.search(text, cs, q.start) or _PLAN.search(text, lo, q.start) \
                    or _SPAN_SENT.search(text, lo, q.start):
                continue
            years = {int(y) for y in _YEAR.findall(text, lo, q.start)}
            if years - {fy}:
                continue
            if re.match(r"\s*(?:的|左右|[、和及与]\s*\d)", text[q.end:q.end + 3]):
                continue      # (a modifier, one of several figures of one name)
            add(q, fy, level_key(doc, q.start), "year", lo)
    # (4) a plain level no reading above took: of the one year its sentence names before it, none compared with
    # (为/比/同 1955年), else of its passage — the year an earlier sentence of its paragraph names as its own
    # (１９５５年全国绝大部分地区的农业获得了丰收。粮食总产量达到３，６８０亿斤…。棉花产量达到３，０３６万担: both 1955's), the
    # sentences between naming no year of their own (比1954年增长 names a year compared with); never in a plan, a span
    # or a part of the year
    from .grammar import _clause_start, skeleton
    skel = None
    for f in cl.figures:
        q = f.quantity
        if q.start in seen or f.role not in _LEVEL_ROLES or f.role == "prior" or f.time != "current":
            continue
        s = doc.sentence_at(q.start)
        p = doc.paragraph_at(q.start)
        if s is None or p is None:
            continue
        if _planned(text, s.start, q.start) or _SPAN_SENT.search(text, s.start, q.start) \
                or _SINCE.search(text, s.start, q.start) or _RANGE.search(text, s.start, q.start) \
                or _PART_OF_YEAR.search(text, s.start, q.start):
            continue
        ys = list(_ANY_YEAR.finditer(text, s.start, q.start))
        if skel is None:
            skel, _ = skeleton(doc)
        if _NOT_PLAIN.search(text, _plain_from(text, skel, s.start, q.start), q.start) \
                or re.match(r"\s*(?:的|左右|[、和及与]\s*\d)", text[q.end:q.end + 3]):
            continue
        if ys:
            # １９５５年完成的基本建设投资额（包括…）共为８６．３亿元: the one year the sentence names, none compared with
            own = {year_int(y.group(1)) for y in ys}
            if len(own) != 1 or any(_NOT_OWN_BEFORE.search(text, max(s.start, y.start() - 4), y.start()) for y in ys):
                continue
            year: Optional[int] = own.pop()
        else:
            year = passage_year(doc, text, s.start, p.start)
        if year is not None:
            add(q, year, level_key(doc, q.start), "passage", s.start)
    for v in out.values():
        v.sort(key=lambda e: e.q.start)
    c["year_levels"] = out
    return out


#: a note in brackets (（实际完成的统计数字，要在以后才能作出）)
_BRACKET_NOTE = lazyre.compile(r"[（(][^（）()\n]{0,60}[）)]")


def estimate_levels(doc: "Document") -> Dict[Tuple[str, bool], List[YearLevel]]:
    """The levels a report states as a year's estimate (根据预计数字，一九五七年…总投资额完成了A / 2024年收入预计完成A):
    a plain level in a sentence whose one plan word is 预计 and which names one year of its own — the estimate of that
    year, what a later comparison names 比Y年的预计数 (:func:`named_year_priors`, whose basis check asks the level's
    sentence to name 预计 and nothing else).  Kept apart from :func:`year_levels`: an estimate is never the year's
    level for a comparison that does not name it.  Cached."""
    c = _cache(doc)
    if "estimate_levels" in c:
        return c["estimate_levels"]  # type: ignore[return-value]
    from . import claims_of
    from .grammar import _clause_start, skeleton
    from .lookback import bare_key
    from .values import measure, unit_of
    from .grammar import TIME_UNITS
    out: Dict[Tuple[str, bool], List[YearLevel]] = {}
    c["estimate_levels"] = out
    text = folded_text(doc)
    if "预计" not in text:
        return out
    skel = None
    for f in claims_of(doc).figures:
        q = f.quantity
        if f.role not in _LEVEL_ROLES or f.role == "prior" or f.time != "current" or q.is_percent \
                or q.approx is not None:
            continue
        s = doc.sentence_at(q.start)
        if s is None or "预计" not in text[s.start:q.start]:
            continue
        # (根据预计数字（实际完成的统计数字，要在以后才能作出），…: a note in brackets is no word of the sentence's own)
        words = _BRACKET_NOTE.sub("", text[s.start:q.start])
        if any(m.group() != "预计" for m in _PLAN.finditer(words)) \
                or _SPAN_SENT.search(text, s.start, q.start) or _SINCE.search(text, s.start, q.start) \
                or _RANGE.search(text, s.start, q.start) or _PART_OF_YEAR.search(text, s.start, q.start):
            continue
        ys = list(_ANY_YEAR.finditer(text, s.start, q.start))
        own = {year_int(y.group(1)) for y in ys}
        if len(own) != 1 or any(_NOT_OWN_BEFORE.search(text, max(s.start, y.start() - 4), y.start()) for y in ys):
            continue
        if skel is None:
            skel, _ = skeleton(doc)
        if _NOT_PLAIN.search(text[_plain_from(text, skel, s.start, q.start):q.start].replace("预计", "")) \
                or re.match(r"\s*(?:的|左右|[、和及与]\s*\d)", text[q.end:q.end + 3]):
            continue
        key = level_key(doc, q.start)
        year = own.pop()
        if len(key) < 2 or not (1900 < year < 2100) or unit_of(q) in TIME_UNITS or bare_key(key):
            continue
        out.setdefault((measure(q), False), []).append(YearLevel(q, year, key, scope_at(doc, s.start, q.start),
                                                                 "estimate"))
    return out


def _plain_from(text: str, skel: str, ss: int, pos: int) -> int:
    """Where the words read for a level at ``pos`` start (:data:`_NOT_PLAIN`): its clause (grammar._clause_start) — past
    the 其中 opening its sentence ``ss`` when the level's clause is that opening one (。其中，教育支出A；…: a list of parts
    in its own sentence, each a level of its own name, of the account the sentence before states — the frame readers
    take its state from there, :func:`named_year_priors`).  A 其中 standing alone opens the clause after it
    (grammar._clause_start, split22), so its list's first part reads as the others do, not as a part of its clause."""
    from .grammar import _clause_start
    cs = _clause_start(skel, pos)
    m = _PARTS_OPEN.match(text, ss)
    if m is not None and m.end() > ss and cs <= m.end() <= pos:
        return m.end()
    return cs


def _planned(text: str, lo: int, hi: int) -> bool:
    """Whether the words ``text[lo:hi]`` make figures a plan's (:data:`_PLAN`) — the plan a figure completed (完成年度计划的
    102%, 超额完成计划), or whose execution it reports (国民经济计划执行的结果表明), is no plan of them."""
    for m in _PLAN.finditer(text, lo, hi):
        if not (m.group() == "计划" and ("完成" in text[max(lo, m.start() - 4):m.start()]
                                         or text.startswith(("执行", "的执行", "完成情况"), m.end()))):
            return True
    return False


#: how many sentences back a passage's year is looked for (:func:`passage_year`)
_PASSAGE_BACK = 4


def passage_year(doc: "Document", text: str, lo: int, para_lo: int) -> Optional[int]:
    """The year of the passage a sentence starting at ``lo`` (naming no year itself) belongs to: the one year the
    nearest earlier sentence of its paragraph (from ``para_lo``) that names a year of its own names — the years a
    comparison names (比1954年, 同…相比) are not a sentence's own; None when that sentence names several, a span (以来,
    五年来, 累计), a plan (将, 计划, 目标), or none of the :data:`_PASSAGE_BACK` sentences before names one."""
    at = lo
    for _ in range(_PASSAGE_BACK):
        if at <= para_lo:
            return None
        ps = doc.sentence_at(at - 1)
        if ps is None or ps.start < para_lo:
            return None
        if _planned(text, ps.start, ps.end) or _SPAN_SENT.search(text, ps.start, ps.end) \
                or _SINCE.search(text, ps.start, ps.end) or _RANGE.search(text, ps.start, ps.end):
            return None
        own = {year_int(m.group(1)) for m in _ANY_YEAR.finditer(text, ps.start, ps.end)
               if not _NOT_OWN_BEFORE.search(text, max(ps.start, m.start() - 4), m.start())}
        if own:
            return own.pop() if len(own) == 1 else None
        at = ps.start
    return None


#: the roles of a figure that may be a level of its year (a rate is the level of a rate: 城镇化率为67.85%)
_LEVEL_ROLES = ("level", "prior", "rate")
#: how many levels of one metric and year a look-up returns at most (the nearest)
_NEAREST = 3


def levels_at(doc: "Document", key: str, meas: str, percent: bool, year: int, pos: int,
              scope: FrozenSet[str] = frozenset(), not_at: Tuple[int, ...] = ()) -> List[YearLevel]:
    """The levels the report states for the metric ``key`` of measure ``meas`` (a rate when ``percent``) in ``year``,
    with the scope words ``scope``, nearest to ``pos`` first, at most :data:`_NEAREST` (never the figures at
    ``not_at``)."""
    got = []
    for e in year_levels(doc).get((meas, percent), ()):
        if e.year != year or e.q.start in not_at or e.scope != scope or not keys_agree(e.key, key):
            continue
        got.append(e)
    got.sort(key=lambda e: abs(e.q.start - pos))
    return got[:_NEAREST]


def span_ends(doc: "Document", key: str, meas: str, percent: bool, y0: int, y1: int, pos: int,
              scope: FrozenSet[str] = frozenset(), cur: Optional["Quantity"] = None
              ) -> Tuple[List["Quantity"], List["Quantity"]]:
    """The levels at the two ends of the span ``y0``–``y1`` of the metric ``key`` (:func:`levels_at`, nearest to
    ``pos`` first): (starts, ends).  The end is ``cur`` when the statement gives its own level, else the levels of
    ``y1``; the starts are the levels of ``y0`` other than the ends.  No end: ([], [])."""
    ends = [cur] if cur is not None else [e.q for e in levels_at(doc, key, meas, percent, y1, pos, scope)]
    if not ends:
        return [], []
    starts = [e.q for e in levels_at(doc, key, meas, percent, y0, pos, scope, not_at=tuple(x.start for x in ends))]
    return starts, ends


#: a comparison with last year's budget or its opening (比去年预算, 比上年年初预算): not last year's level
_BUDGET_CMP = lazyre.compile(r"预算|年初|计划|目标")
#: a key that names the total of what its sentence named before (…增设6万张，总数达到33.9万张)
_TOTAL_OF = lazyre.compile(r"总数|总量|总额|总计|合计|总规模")
#: the verb of an addition closing a metric's words (病床将增设): no part of its name
_ADDED_END = lazyre.compile(r"(?:将|要)?(?:增设|新增|增加|新建|添置|增)$")
#: the verb of an addition opening a metric's words (新增养老床位): no part of its name
_ADDED_OPEN = lazyre.compile(r"^(?:将|要)?(?:增设|新?增|新建|增加|添置)")
#: money a government's finance spends, named as 投入 or as 支出 (中央财政“三农”投入 / 中央财政用于“三农”的支出)
_INPUT_END = lazyre.compile(r"投入$")
_FINANCE = lazyre.compile(r"财政")


def sentence_lo_of(doc: "Document", pos: int) -> int:
    s = doc.sentence_at(pos)
    return s.start if s is not None else max(0, pos - 120)


def _money_key(text: str, key: str, lo: int, pos: int) -> str:
    """A metric key with a finance's 投入 named as its 支出 when the words before ``pos`` in its sentence (from ``lo``)
    name the finance spending it (财政): 中央财政拟安排“三农”投入 and 中央财政用于“三农”的支出 are one metric."""
    if _INPUT_END.search(key) and _FINANCE.search(text, lo, pos):
        return key[:-2] + "支出"
    return key


#: the words of a target (主要预期目标是：地区生产总值725亿元，同比增长9%): a target's growth is set, not computed
_TARGET = lazyre.compile(r"目标|预期(?!寿命)|力争|争取")
#: a part of a year (1—6月, 上半年, 一季度, 前三季度): its change against last year is against the same part
_PART_OF_YEAR = lazyre.compile(r"[季月旬]|半年|前三|年初以来")
#: a name in quotation marks in a level's clause (“三农”投入): part of what the metric is
_QUOTED = lazyre.compile(r"“[^“”\n]{1,12}”")
#: a year written in a sentence before a level (2021年, 二〇二一年): the level may be another year's than the part's
_ANY_YEAR = lazyre.compile(_YEAR4)


def stated_priors(doc: "Document") -> List[Tuple["Change", "Quantity"]]:
    """Each change against last year stated with this year's level and no prior of its own (今年中央财政拟安排“三农”
    投入7161亿元，比上年增加1206亿元 / 全年财政收入3.93万亿元，比上年增长24.2%) and the level of the same metric the
    report states for last year elsewhere (the review part's 全年中央财政用于“三农”的投入5955亿元 for a figure of the
    plans; a level labelled with the year before the one reviewed): (change, prior).  The year of the change's level is
    the one its part of the report is about — the year reviewed in the review part, the next one in the part of plans —
    and the prior is a level of the year before it in :func:`year_levels`.

    Precision: the comparison names last year's level plainly (比上年, 比去年, 同比 — never 比去年预算, 年初, 计划); the
    level and the change are exact figures in one measure, no year is written in the level's sentence, the metric keys
    are the same words (:func:`lintgov.claims.metric.same_metric`, no looser match), the names in quotation marks of the
    two clauses are the same, the scope words agree, and the report gives exactly one value for last year's level.
    Bounded work: one look-up in the index per change."""
    c = _cache(doc)
    if "stated_priors" in c:
        return c["stated_priors"]  # type: ignore[return-value]
    from ..kind import figures_year
    from .grammar import _LAST_YEAR_CMP, _clause_start, changes, skeleton
    from .review import review_part
    from .values import measure, value_of
    same_metric, stated_name = _late_metric.same_metric, _late_metric.stated_name
    out: List[Tuple["Change", "Quantity"]] = []
    c["stated_priors"] = out
    fy = figures_year(doc)
    end, known = review_part(doc)
    text = folded_text(doc)
    skel = None
    for ch in changes(doc):
        cur, amt = ch.current, ch.amount
        if ch.kind not in ("amount", "percent") or cur is None or amt is None or ch.base is not None \
                or ch.transition is not None or ch.delta is not None or ch.listed:
            continue
        if cur.is_percent or cur.approx is not None or amt.approx is not None or cur.start >= amt.start:
            continue
        bare = not ch.comparison
        if (not bare and not _LAST_YEAR_CMP.match(ch.comparison)) or _BUDGET_CMP.search(text, cur.end, ch.verb_start):
            continue
        meas = measure(cur)
        if not meas or (ch.kind == "amount" and measure(amt) != meas):
            continue
        s = doc.sentence_at(cur.start)
        lo = s.start if s is not None else max(0, cur.start - 120)
        years = {year_int(y) for y in _ANY_YEAR.findall(text, lo, cur.start)}
        if years:
            # 2024年，全市公交客运量达到1.55亿人次，比上年增长9.9%: last year is the year before the one the sentence names
            # as its own (one year, none compared with, not a part of the year or a span)
            if len(years) != 1 or _PART_OF_YEAR.search(text, lo, cur.start) or _SPAN_SENT.search(text, lo, cur.start) \
                    or _TARGET.search(text, lo, cur.start) \
                    or any(_NOT_OWN_BEFORE.search(text, max(lo, m.start() - 4), m.start())
                           for m in _ANY_YEAR.finditer(text, lo, cur.start)):
                continue
            year = years.pop()
        elif bare:
            continue      # (a change naming no base is last year's only where its sentence names its own year)
        elif not fy or (_PLAN.search(text, lo, cur.start) and cur.start < end):
            continue
        else:
            year = fy + 1 if known and cur.start >= end else fy
        key = level_key(doc, cur.start)
        if _TOTAL_OF.fullmatch(key):
            key = _ADDED_END.sub("", passage_key(doc, cur.start, lo))    # 病床将增设6万张，总数达到33.9万张: 病床
        if len(key) < 2 or names_nothing(key):
            continue
        nk = _money_key(text, key, lo, cur.start)
        scope = scope_at(doc, lo, cur.start)
        if skel is None:
            skel, _ = skeleton(doc)
        quoted = set(_QUOTED.findall(text, _clause_start(skel, cur.start), cur.start))
        got = [e for e in year_levels(doc).get((meas, False), ())
               if e.year == year - 1 and e.q.start != cur.start and e.scope == scope
               and (e.key == key or same_metric(e.key, key) or same_metric(stated_name(e.key), stated_name(key))
                    or (quoted or len(nk) > 2) and nk != key
                    and _money_key(text, e.key, sentence_lo_of(doc, e.q.start), e.q.start) == nk)]
        if not got or len({value_of(e.q) for e in got}) != 1:
            continue
        p = got[0].q
        ps = doc.sentence_at(p.start)
        plo = ps.start if ps is not None else max(0, p.start - 120)
        if {year_int(y) for y in _ANY_YEAR.findall(text, plo, p.start)} - {year - 1, year}:
            continue      # 1986年同1978年相比，国民收入由3010亿元增加到7790亿元: the index's year of a from–to end is a guess
        if quoted != set(_QUOTED.findall(text, _clause_start(skel, p.start), p.start)):
            continue
        out.append((ch, p))
    return out


#: a comparison with a year it names (比1956年, 同一九五五年相比, 较2020年, 比一九八〇年的决算数): the year and the state
#: of the account the base is (预计 / 决算 / 预算: the base is that state's figure of the year, never another's)
_NAMED_CMP = lazyre.compile(r"^(?:比|较之?|与|同)" + _YEAR4 + r"(?:同期)?的?(?:国家)?(?P<basis>预计(?:完成|执行)?数?|决算数?|"
                            r"(?:年初)?预算数?|实际数|执行数)?(?:相比|相较|比较)?$")
#: the states of an account a figure may be (a budget, an estimate, a final account): a base of one state is never a
#: figure of another
_BASIS = lazyre.compile(r"预算|预计|决算|执行数|计划|草案")
#: the names of the budgets (一般公共预算收入 is a metric, not a budget's figure of it)
_BUDGET_NAMES = lazyre.compile(r"(?:一般公共|政府性基金|国有资本经营|社会保险基金|公共财政|国家)预算(?=收入|支出|收支)")


#: a sentence opening a list of parts (其中，教育支出A；…): its parts are of the whole the sentence before states
_PARTS_OPEN = lazyre.compile(r"\s*其中[，,：:]?")


def _basis_of(text: str, lo: int, hi: int) -> Set[str]:
    """The states of an account the words ``text[lo:hi]`` name (预算, 预计, 决算, 执行数, 计划, 草案), the names of the
    budgets taken off."""
    return set(_BASIS.findall(_BUDGET_NAMES.sub("", text[lo:hi])))
#: words that make a growth a real one (at constant or comparable prices, prices taken out): never recomputed from the
#: nominal levels a report prints
_REAL_PRICES = lazyre.compile(r"不变价格?|可比价格?|扣除(?:物价|价格)|按可比口径|实际增长|实际下降")
#: a plan's auxiliary closing a metric's words (社会商品零售总额将 / 工业总产值预计): no part of its name
_AUX_END = lazyre.compile(r"(?:将要|将会|将|预计|计划|要)+$")
#: the report's own area opening a metric's words (我国工业总产值, 我省粮食产量): the metric is the same without it; so
#: is the whole economy's (国民经济各部门基本建设总投资额 is the 基本建设总投资额) and a budget's verb (预算安排, 国家预算规定)
_OWN_OPEN = lazyre.compile(r"^(?:我国|我省|我市|我区|我县)的?|^(?:(?:年初)?预算|拟)?安排|^(?:国家|年初)?预算规定|^国民经济(?:各部门)?的?(?=.{3})")


#: the state of an account closing a metric's words (收入决算数, 收入预算, 收入预计完成): the metric is the same; the
#: state is compared apart (:data:`_BASIS`)
_BASIS_END = lazyre.compile(r"(?:(?:年初|调整后?)?(?:预算|预计完成|预计执行|预计|决算|执行|实际))数?$")
#: a crop's or a product's 总产量 is its 产量 (粮食总产量 / 粮食产量): one metric
_TOTAL_OUTPUT = lazyre.compile(r"总产量$")


def _bare(key: str) -> str:
    """A metric key without a plan's auxiliary or the state of an account closing it, or the report's own area or a
    budget's verb opening it (我国工业总产值将 → 工业总产值; 一般公共预算收入决算数 → 一般公共预算收入; 预算安排城市维护建设支出
    → 城市维护建设支出)."""
    k = _OWN_OPEN.sub("", _BASIS_END.sub("", _AUX_END.sub("", key))) or key
    return _TOTAL_OUTPUT.sub("产量", k) if len(k) > 3 else k


def _own_year(doc: "Document", text: str, lo: int, at: int) -> Optional[int]:
    """The one year the words of a sentence before ``at`` name (from ``lo``), else the one the sentence before it in
    its paragraph names as its own (1957年的工业总产值比1956年将增长…。农业总产值比1956年将增长…: 1957 for both) —
    never a year a comparison names (比1956年); None when none or several."""
    years = {year_int(y) for y in _ANY_YEAR.findall(text, lo, at)}
    if years:
        return years.pop() if len(years) == 1 else None
    p = doc.paragraph_at(lo)
    ps = doc.sentence_at(lo - 1) if lo > 0 else None
    if ps is None or p is None or ps.start < p.start:
        return None
    own = {year_int(m.group(1)) for m in _ANY_YEAR.finditer(text, ps.start, lo)
           if not _CMP_BEFORE.search(text, max(ps.start, m.start() - 2), m.start())}
    return own.pop() if len(own) == 1 else None


#: a comparison word right before a year (比1956年, 同一九五五年): the year is compared with, not the sentence's own
_CMP_BEFORE = lazyre.compile(r"(?:比|较|同|与|和|跟|于|由|从)的?$")
#: the words before a year that make it no year of the sentence's own: a comparison, the start of a from–to change, or
#: the year a figure is a share or a multiple of (为1955年的98.88%, 是2020年的1.5倍, 相当于1957年的)
_NOT_OWN_BEFORE = lazyre.compile(r"(?:比|较|同|与|和|跟|于|由|从|为|是|相当于|超过|低于|高于)的?$")


def named_year_priors(doc: "Document") -> List[Tuple["Change", "Quantity"]]:
    """Each change against a year the comparison names (比1956年, 同一九五五年相比, 较2020年, 比一九八〇年的决算数)
    stated with its own level and no prior of its own in its sentence (一九五九年的社会商品零售总额将达到六百五十亿元，比
    一九五八年增长…), and the level of the same metric the report states for that year elsewhere — as far away as the
    review part is from the plans (:func:`year_levels`: a level under the year's label in digits or Chinese numerals, an
    end of a from–to change with its year, a plain level of the year reviewed): (change, prior).

    The binding is by the year, the metric words and the measure, never by a value that fits.  Precision: the level and
    the change are exact figures of one measure; the metric keys are the same words (:func:`same_metric`, no looser
    match), the names in quotation marks and the scope words agree; the state of the account (预算 / 预计 / 决算 /
    执行数 / 计划) the comparison names is the one the level's sentence names, and a comparison naming none takes only a
    level whose sentence names none; a growth at constant or comparable prices (按不变价格, 扣除物价因素, 实际增长) or a
    level so stated is never read against the other; the level's sentence names no year but the base's and the
    change's own; every level of that year the report gives for the metric is the same value (else silent).  Bounded:
    one look-up in the index per change."""
    c = _cache(doc)
    if "named_year_priors" in c:
        return c["named_year_priors"]  # type: ignore[return-value]
    from .grammar import _OUTPUT_VALUE, _clause_start, changes, skeleton
    from .values import measure, value_of
    same_metric = _late_metric.same_metric
    out: List[Tuple["Change", "Quantity"]] = []
    c["named_year_priors"] = out
    text = folded_text(doc)
    skel = None
    idx = None
    for ch in changes(doc):
        cur, amt = ch.current, ch.amount
        if ch.kind not in ("amount", "percent") or cur is None or amt is None or ch.base is not None \
                or ch.transition is not None or ch.listed or not ch.comparison:
            continue
        cm = _NAMED_CMP.match(ch.comparison)
        if cm is None or cur.is_percent or cur.approx is not None or amt.approx is not None:
            continue
        meas = measure(cur)
        if not meas or (ch.kind == "amount" and measure(amt) != meas):
            continue
        if idx is None:
            idx = year_levels(doc)
        y = year_int(cm.group(1))
        s = doc.sentence_at(cur.start)
        lo = s.start if s is not None else max(0, cur.start - 120)
        hi = max(ch.end, amt.end)
        if _REAL_PRICES.search(text, lo, hi):
            continue
        # (the years a comparison before names are not the sentence's own: 粮食产量将要达到A，比1955年增长8.4%；棉花产量将要
        # 达到B，比1955年增长17.1%)
        own = {year_int(m.group(1)) for m in _ANY_YEAR.finditer(text, lo, min(cur.start, ch.start))
               if not _NOT_OWN_BEFORE.search(text, max(lo, m.start() - 4), m.start())}
        if y in own:
            continue      # 1958年比1957年增长…: the change's own level is of the year compared with, or a span's
        if skel is None:
            skel, _ = skeleton(doc)
        key = _bare(level_key(doc, cur.start))
        if len(key) < 2 or names_nothing(key) or (ch.kind == "percent" and _OUTPUT_VALUE.search(key)):
            continue      # (工业总产值增长4.5%: an output value grows at comparable prices, a level apart may be nominal)
        cs = _clause_start(skel, min(cur.start, ch.start))
        basis = set(_BASIS.findall(cm.group("basis") or ""))
        scope = scope_at(doc, lo, cur.start)
        quoted = set(_QUOTED.findall(text, cs, cur.start))
        got = []
        pool = idx.get((meas, False), ())
        if basis == {"预计"}:
            # 比一九五七年的预计数增加了D: the level stated as that year's estimate (:func:`estimate_levels`)
            pool = list(pool) + list(estimate_levels(doc).get((meas, False), ()))
        for e in pool:
            if e.year != y or e.q.start == cur.start or e.scope != scope or e.q.approx is not None:
                continue
            ek = _bare(e.key)
            if not (ek == key or same_metric(ek, key)):
                continue
            got.append(e)
        if not got or len({value_of(e.q) for e in got}) != 1:
            continue
        ok = True
        for e in got:
            ps = doc.sentence_at(e.q.start)
            plo = ps.start if ps is not None else max(0, e.q.start - 120)
            if _basis_of(text, plo, e.q.start) != basis or _REAL_PRICES.search(text, plo, e.q.end + 12) \
                    or {year_int(x) for x in _ANY_YEAR.findall(text, plo, e.q.start)} - {y} - own \
                    or set(_QUOTED.findall(text, _clause_start(skel, e.q.start), e.q.start)) != quoted:
                ok = False
                break
        if ok:
            out.append((ch, got[0].q))
    return out



#: a comparison naming the period and then the metric again before its verb, after the level it compares (１９５６年新建铁路
#: 铺轨１，９８５公里，比１９５５年铺轨里数增加６２％ / …为６１亿元，比上年国防费决算数减少了５．５２％): the period, the words
#: restating the metric and the state of the account named
_CMP_METRIC = lazyre.compile(r"^[\s，,]*(?:比|较)(?:(?P<y>" + _YEAR4 + r")|(?P<last>上一?年|去年))(?P<w>[\u4e00-\u9fff]{2,12}?)"
                             r"(?P<basis>决算数?|预算数?|预计数|实际数|执行数)?$")
#: the words of a measure closing a metric's name restated (铺轨里数, 投资额, 学生人数): no part of what is measured
_MEASURE_END = lazyre.compile(r"(?:里数|人数|数量|总数|总量|总额|数额|数|额|量)$")


def _shared_run(a: str, b: str, n: int = 2) -> bool:
    """Whether the words ``a`` and ``b`` share a run of ``n`` characters (Han only)."""
    return any(a[i:i + n] in b for i in range(len(a) - n + 1) if re.fullmatch(r"[\u4e00-\u9fff]+", a[i:i + n]))


def metric_cmp_priors(doc: "Document") -> List[Tuple["Change", "Quantity", "Quantity"]]:
    """Each change whose comparison names a period and restates its metric before the verb (…１，９８５公里，比１９５５年铺轨
    里数增加６２％; 比上年国防费决算数减少了５．５２％), read by the grammar with no level of its own, and the level it compares:
    the figure closing the clause before (the level of the sentence's own year), with the level of the same metric the
    report states elsewhere for the period named (比Y年: Y; 比上年: the year before the sentence's own) — (change, prior,
    current).

    Precision: the current level and its prior are exact figures of one measure whose metric keys are the same words
    (:func:`same_metric`), the words restated in the comparison share a run of two characters with them; the scope words,
    the names in quotation marks and the state of the account (预算 / 决算 / 预计) agree as in :func:`named_year_priors`;
    never at constant prices; every level of that year the report gives for the metric is the same value.  Bounded: one
    match before each change's verb and one look-up in the index."""
    c = _cache(doc)
    if "metric_cmp_priors" in c:
        return c["metric_cmp_priors"]  # type: ignore[return-value]
    from . import claims_of
    from .grammar import _clause_start, changes, skeleton
    from ..quantities import quantity_starts
    from .values import measure, value_of
    same_metric = _late_metric.same_metric
    out: List[Tuple["Change", "Quantity", "Quantity"]] = []
    c["metric_cmp_priors"] = out
    text = folded_text(doc)
    qs = None
    skel = None
    for ch in changes(doc):
        amt = ch.amount
        if ch.kind not in ("amount", "percent") or amt is None or ch.current is not None or ch.base is not None \
                or ch.transition is not None or ch.delta is not None or ch.listed or ch.comparison \
                or amt.approx is not None:
            continue
        s = doc.sentence_at(ch.verb_start)
        lo = s.start if s is not None else max(0, ch.verb_start - 120)
        if qs is None:
            qs, starts = doc.quantities, quantity_starts(doc)
            cl = claims_of(doc)
        k = bisect.bisect_left(starts, ch.verb_start) - 1
        if k < 0 or qs[k].start < lo:
            continue
        cur = qs[k]
        m = _CMP_METRIC.match(text[cur.end:ch.verb_start])
        if m is None or cur.is_percent or cur.approx is not None:
            continue
        f = cl.at(cur.start)
        meas = measure(cur)
        if f is None or f.role not in _LEVEL_ROLES or not meas or (ch.kind == "amount" and measure(amt) != meas):
            continue
        if _REAL_PRICES.search(text, lo, ch.end):
            continue
        own = {year_int(x.group(1)) for x in _ANY_YEAR.finditer(text, lo, cur.start)
               if not _NOT_OWN_BEFORE.search(text, max(lo, x.start() - 4), x.start())}
        if m.group("y"):
            y = year_int(m.group(2))
            if y in own:
                continue
        elif len(own) == 1:
            y = next(iter(own)) - 1
        else:
            continue
        key = _bare(level_key(doc, cur.start))
        words = _MEASURE_END.sub("", m.group("w"))
        if len(key) < 2 or names_nothing(key) or len(words) < 2 or not _shared_run(words, key):
            continue
        if skel is None:
            skel, _ = skeleton(doc)
        basis = set(_BASIS.findall(m.group("basis") or ""))
        scope = scope_at(doc, lo, cur.start)
        quoted = set(_QUOTED.findall(text, _clause_start(skel, cur.start), cur.start))
        got = [e for e in year_levels(doc).get((meas, False), ())
               if e.year == y and e.q.start != cur.start and e.scope == scope and e.q.approx is None
               and (_bare(e.key) == key or same_metric(_bare(e.key), key)
                    or len(m.group("w")) >= 4 and keys_agree(m.group("w"), _bare(e.key)))]
        if not got or len({value_of(e.q) for e in got}) != 1:
            continue
        ok = True
        for e in got:
            ps = doc.sentence_at(e.q.start)
            plo = ps.start if ps is not None else max(0, e.q.start - 120)
            blo = plo
            if ps is not None and _PARTS_OPEN.match(text, plo) and plo > 0 and text[plo - 1] not in "\n":
                # 决算支出占预算数的98.4%…。其中，教育支出A: the parts a 其中 opens are of the account the sentence
                # before names (its state, 决算, is named there only)
                prev = doc.sentence_at(plo - 1)
                if prev is not None:
                    blo = prev.start
            if _basis_of(text, _clause_start(skel, e.q.start), e.q.start) - basis \
                    or basis - _basis_of(text, blo, e.q.start) \
                    or _REAL_PRICES.search(text, plo, e.q.end + 12) \
                    or {year_int(x) for x in _ANY_YEAR.findall(text, plo, e.q.start)} - {y} - own \
                    or set(_QUOTED.findall(text, _clause_start(skel, e.q.start), e.q.start)) != quoted:
                ok = False
                break
        if ok:
            out.append((ch, got[0].q, cur))
    return out


def _added_total_re():
    from .grammar import _Q
    return lazyre.compile(r"(?P<verb>增设|新增|新建|增加|增添)了?[\u4e00-\u9fff“”]{0,10}?(?P<n>" + _Q + r")[，,]\s*(?:总数|总量|总规模|合计)"
                          r"(?:将)?(?:达到|达|为|增至|增加到)(?P<b>" + _Q + r")")


#: an addition and the total it brings (病床将增设6万张，总数达到33.9万张): built at the first call (the quantity
#: token is grammar's)
_ADDED_TOTAL = None


def added_totals(doc: "Document") -> List["Change"]:
    """Each addition stated with the total it brings (…病床将增设6万张，总数达到33.9万张; 新增养老床位500张，总数达到3,200张)
    whose prior — the total less the addition — is the level of the same metric the report states for the year before
    (the year before the one the sentence names, else before the figures year as :func:`stated_priors` reads it), as a
    change claim (amount: the addition, base: that level, current: the total) LG201 recomputes.

    Precision: the three figures are exact, of one measure; the metric is the words before the addition less its verb,
    the same words as the level's (:func:`same_metric`); the scope words and the names in quotation marks agree; never a
    part of the year, a span or a target; every level of that year the report gives for the metric is the same value.
    Bounded: one scan of the skeleton, one look-up in the index per addition."""
    global _ADDED_TOTAL
    c = _cache(doc)
    if "added_totals" in c:
        return c["added_totals"]  # type: ignore[return-value]
    from ..kind import figures_year
    from .grammar import Change, _clause_start, skeleton
    from .review import review_part
    from .values import measure, value_of
    same_metric = _late_metric.same_metric
    out: List["Change"] = []
    c["added_totals"] = out
    skel, by_start = skeleton(doc)
    if "总" not in skel and "合计" not in skel:
        return out
    if _ADDED_TOTAL is None:
        _ADDED_TOTAL = _added_total_re()
    text = folded_text(doc)
    fy = None
    for m in _ADDED_TOTAL.finditer(skel):
        n, b = by_start.get(m.start("n")), by_start.get(m.start("b"))
        if n is None or b is None or n.approx is not None or b.approx is not None or n.is_percent \
                or not measure(n) or measure(n) != measure(b):
            continue
        lo = sentence_lo_of(doc, n.start)
        if _PART_OF_YEAR.search(text, lo, b.start) or _SPAN_SENT.search(text, lo, b.start) \
                or _TARGET.search(text, lo, b.start) or _REAL_PRICES.search(text, lo, b.end) \
                or "计划" in text[lo:b.start]:
            continue      # (今年计划新增床位500张，总数…: the total of a plan's list may be another's)
        ys = list(_ANY_YEAR.finditer(text, lo, n.start))
        own = {year_int(y.group(1)) for y in ys}
        if len(own) > 1 or any(_NOT_OWN_BEFORE.search(text, max(lo, y.start() - 4), y.start()) for y in ys):
            continue
        if own:
            year = own.pop()
        else:
            if fy is None:
                fy = figures_year(doc) or 0
                end, known = review_part(doc)
            if not fy or (_PLAN.search(text, lo, n.start) and n.start < end):
                continue
            year = fy + 1 if known and n.start >= end else fy
        key = _ADDED_OPEN.sub("", _ADDED_END.sub("", _AUX_END.sub("", _ADDED_END.sub("", level_key(doc, n.start)))))
        if len(key) < 2 or names_nothing(key):
            continue
        scope = scope_at(doc, lo, n.start)
        quoted = set(_QUOTED.findall(text, _clause_start(skel, n.start), n.start))
        got = [e for e in year_levels(doc).get((measure(b), False), ())
               if e.year == year - 1 and e.q.start not in (n.start, b.start) and e.scope == scope
               and e.q.approx is None and (e.key == key or same_metric(e.key, key))]
        if not got or len({value_of(e.q) for e in got}) != 1:
            continue
        p = got[0].q
        ps = doc.sentence_at(p.start)
        plo = ps.start if ps is not None else max(0, p.start - 120)
        if {year_int(y) for y in _ANY_YEAR.findall(text, plo, p.start)} - {year - 1, year} \
                or set(_QUOTED.findall(text, _clause_start(skel, p.start), p.start)) != quoted:
            continue
        out.append(Change(start=n.start, end=b.end, verb=m.group("verb"), verb_start=m.start("verb"),
                          verb_end=m.end("verb"), direction=1, kind="amount", amount=n, comparison="比上年",
                          base=p, base_label="上年", current=b))
    return out


#: a comparison framing the changes after it with the year it names (同１９５５年国家决算比较，本年收入增长９．２９％): the
#: year and the state of the account named
_FRAME_OPEN = lazyre.compile(r"(?:同|与|和|跟)(?P<y>" + _YEAR4 + r")(?:的)?(?:国家)?(?P<basis>决算|预算|预计数?|实际数)?"
                             r"(?:数字|数)?(?:相)?(?:比较|相比|对比)[，,]")


def frame_pairs(doc: "Document") -> List[Tuple["Change", "Quantity", "Quantity"]]:
    """Each change with no level of its own, of a metric named right before its verb, after a comparison framing it with
    a year (同１９５５年国家决算比较，本年收入增长９．２９％), and the two levels of that metric the report states: for the
    year framed and for the year of the change's passage (the one year its sentence names as its own, else its
    paragraph's, :func:`passage_year`) — (change, prior, current), both from the index (:func:`year_levels`).

    Precision: the metric key is the same words as both levels' (:func:`same_metric`); one value for each year (else
    silent); the state of the account the frame names (决算) is named in the prior's sentence; never at constant prices
    or real (实际增长); no scope words in the change's clause or either level's; the change's clause names no other figure.  Bounded: one
    search of the sentence before each change's verb, two look-ups in the index."""
    c = _cache(doc)
    if "frame_pairs" in c:
        return c["frame_pairs"]  # type: ignore[return-value]
    from .grammar import _clause_start, changes, skeleton
    from .values import measure, value_of
    same_metric = _late_metric.same_metric
    out: List[Tuple["Change", "Quantity", "Quantity"]] = []
    c["frame_pairs"] = out
    text = folded_text(doc)
    skel = None
    for ch in changes(doc):
        amt = ch.amount
        if ch.kind != "percent" or amt is None or ch.current is not None or ch.base is not None \
                or ch.transition is not None or ch.delta is not None or ch.listed or ch.comparison \
                or amt.approx is not None:
            continue
        s = doc.sentence_at(ch.verb_start)
        p = doc.paragraph_at(ch.verb_start)
        if s is None or p is None:
            continue
        fr = None
        for fr in _FRAME_OPEN.finditer(text, s.start, ch.verb_start):
            pass
        if fr is None or _REAL_PRICES.search(text, s.start, ch.end) or scope_at(doc, fr.end(), ch.verb_start):
            continue
        if skel is None:
            skel, _ = skeleton(doc)
        cs = max(_clause_start(skel, ch.verb_start), fr.end())
        if "\ue010" in skel[cs:ch.verb_start] or _ANY_YEAR.search(text, cs, ch.verb_start):
            continue
        y0 = year_int(fr.group(2))
        ys = [m for m in _ANY_YEAR.finditer(text, s.start, ch.verb_start) if m.start() != fr.start("y")]
        own = {year_int(m.group(1)) for m in ys
               if not _NOT_OWN_BEFORE.search(text, max(s.start, m.start() - 4), m.start())}
        if len(own) > 1:
            continue
        y1 = own.pop() if own else passage_year(doc, text, s.start, p.start)
        if y1 is None or y1 <= y0:
            continue
        key = _bare(level_key(doc, ch.verb_start))
        if len(key) < 2 or names_nothing(key):
            continue
        ends = []
        for y in (y0, y1):
            got: List[YearLevel] = []
            for (meas, pct), v in year_levels(doc).items():
                if pct:
                    continue
                # (the scope words of the level's own clause: 国家决算的收支总数如下：…本年收入合计A names the account)
                got += [e for e in v if e.year == y and e.q.approx is None
                        and (_bare(e.key) == key or same_metric(_bare(e.key), key))
                        and not scope_at(doc, _clause_start(skel, e.q.start), e.q.start)]
            if not got or len({value_of(e.q) for e in got}) != 1 or len({measure(e.q) for e in got}) != 1:
                break
            ends.append(got[0].q)
        if len(ends) != 2 or measure(ends[0]) != measure(ends[1]):
            continue
        a, b = ends
        ps = doc.sentence_at(a.start)
        plo = ps.start if ps is not None else max(0, a.start - 120)
        basis = set(_BASIS.findall(fr.group("basis") or ""))
        if basis - _basis_of(text, plo, a.end) or _REAL_PRICES.search(text, plo, a.end + 12):
            continue
        out.append((ch, a, b))
    return out

#: a comparison a sentence frames with two years (以1957年的计划数字同1952年的实际数字作比较 / 同1952年相比): the year
#: compared with
_FRAME_CMP = lazyre.compile(r"(?:同|与|和|跟|比)" + _YEAR4 + r"(?:的)?[\u4e00-\u9fff]{0,6}?(?:作|相)?(?:比较|相比|对比)")
#: words that make a sentence's figures a plan's or an estimate's (将增长, 计划数字, 如果完成, 预计)
_PLANNED = lazyre.compile(r"(?<![即必])将(?!近)|计划|规划|预计|草案|如果完成|如能完成|要求")


@dataclass(frozen=True)
class FarLevel:
    """A growth (or a multiple) and the difference stated with it against a year the sentence names (比1952年将增长26%，
    即增加一百二十七亿六千万元), with no level of their own, and the level of their metric the report states elsewhere
    for the year the change reaches (…农业总产值比1956年将增长4.9%，达到六百一十一亿元): ``growth``, ``delta`` (its
    direction), ``level``, the year reached and the year compared with."""

    growth: "Change"
    delta: "Quantity"
    delta_direction: int
    level: "Quantity"
    year: int
    base_year: int


def _reached_levels(doc: "Document") -> Dict[Tuple[str, int], List[Tuple["Quantity", str, bool]]]:
    """The levels the changes of the report reach in a year their sentence names (1957年的工业总产值比1956年将增长
    4.5%，达到六百零三亿元: 工业总产值, 1957), with those of :func:`year_levels`: by (measure, year), each as
    (figure, metric key, a plan's or an estimate's).  Cached."""
    c = _cache(doc)
    if "reached_levels" in c:
        return c["reached_levels"]  # type: ignore[return-value]
    from .grammar import _LIST_AFTER, _post_cur, changes, skeleton
    from .values import measure
    text = folded_text(doc)
    out: Dict[Tuple[str, int], List[Tuple["Quantity", str, bool]]] = {}
    c["reached_levels"] = out
    for (meas, pct), v in year_levels(doc).items():
        if not pct:
            for e in v:
                if not e.scope:
                    out.setdefault((meas, e.year), []).append((e.q, _bare(e.key), False))
    seen = {q.start for v in out.values() for q, _k, _p in v}
    skel, by_start = skeleton(doc)
    for ch in changes(doc):
        cur = ch.current
        if cur is None and ch.base is None and ch.amount is not None and ch.kind in ("percent", "times") \
                and ch.amount.end <= ch.end:
            # 2030年的棉花产量比2025年将增长5%，达到42万吨: the level reached, written after the change
            pc = _post_cur(skel, text, ch.end, ch.amount, by_start)
            if pc is not None and pc.group("cur") and "达" in text[ch.end:pc.start("cur") + 1] \
                    and not _LIST_AFTER.match(skel, pc.end()):
                cur = by_start.get(pc.start("cur"))
        if cur is None or cur.is_percent or cur.approx is not None or cur.start in seen or ch.listed \
                or not ch.comparison or ch.transition is not None:
            continue
        cm = _NAMED_CMP.match(ch.comparison)
        s = doc.sentence_at(cur.start)
        lo = s.start if s is not None else max(0, cur.start - 120)
        if cm is None or scope_at(doc, lo, cur.start):
            continue
        at = text.rfind(ch.comparison, lo, ch.verb_start)
        if at < 0:
            continue
        y1 = _own_year(doc, text, lo, at)
        if y1 is None or y1 == year_int(cm.group(1)) or _SPAN_SENT.search(text, lo, ch.verb_start) \
                or _REAL_PRICES.search(text, lo, ch.end):
            continue
        key = _bare(level_key(doc, at))
        if len(key) < 2 or names_nothing(key):
            continue
        seen.add(cur.start)
        out.setdefault((measure(cur), y1), []).append((cur, key, _PLANNED.search(text, lo, ch.end) is not None))
    return out


def far_levels(doc: "Document") -> List[FarLevel]:
    """Each growth or multiple stated with its difference (增长26%，即增加一百二十七亿六千万元 / 增长一点二倍，即增加三百三
    十三亿元) against a year its comparison or its sentence names (比1952年, 同1952年的实际数字作比较), with no level of
    its own, and the level of the same metric the report states for the one other year the sentence names (1957年的…
    如果完成 / 以1957年的计划数字…) — a level of the review, or the one a change of the plans reaches (:func:`_reached_levels`).

    Precision: the metric keys are the same words (:func:`same_metric`); the level and the pair are both a plan's (将,
    计划, 预计, 如果完成) or both not; no scope words on either; neither is at constant prices; every level of that year
    the report gives for the metric is the same value (else none).  Bounded: one look-up per pair."""
    c = _cache(doc)
    if "far_levels" in c:
        return c["far_levels"]  # type: ignore[return-value]
    from .grammar import changes
    from .values import measure, value_of
    same_metric = _late_metric.same_metric
    text = folded_text(doc)
    out: List[FarLevel] = []
    c["far_levels"] = out
    cs = changes(doc)
    for i in range(len(cs) - 1):
        g, d = cs[i], cs[i + 1]
        if g.kind not in ("percent", "times") or d.kind != "amount" or g.amount is None or d.amount is None:
            continue
        if any(x.current is not None or x.base is not None or x.transition is not None or x.delta is not None
               or x.listed for x in (g, d)):
            continue
        if g.direction != d.direction or d.amount.is_percent or not measure(d.amount) or d.comparison \
                or g.amount.approx is not None or d.amount.approx is not None:
            continue
        if not re.fullmatch(r"[\s，,]*(?:即|也就是说|就是说)?[\s，,]*", text[g.amount.end:d.verb_start]):
            continue
        s = doc.sentence_at(g.verb_start)
        lo = s.start if s is not None else max(0, g.verb_start - 120)
        cm = _NAMED_CMP.match(g.comparison or "")
        if cm is None and g.comparison:
            continue
        if cm is not None:
            y0, cpos = year_int(cm.group(1)), text.rfind(g.comparison, lo, g.verb_start)
            fr = None
        else:
            fr = None
            for fr in _FRAME_CMP.finditer(text, lo, g.verb_start):
                pass
            if fr is None:
                continue
            y0, cpos = year_int(fr.group(1)), fr.start()
        years = {year_int(y) for y in _ANY_YEAR.findall(text, lo, g.verb_start)} - {y0}
        if len(years) != 1 or _SPAN_SENT.search(text, lo, g.verb_start) or _REAL_PRICES.search(text, lo, d.end) \
                or scope_at(doc, lo, g.verb_start):
            continue
        y1 = years.pop()
        if not 0 < y1 - y0 <= 30:
            continue
        # the metric: the words before the comparison (农业总产值比1952年), else before the verb (我国的工业总产值增长)
        kpos = cpos if cm is not None else g.verb_start
        key = _bare(level_key(doc, kpos))
        if len(key) < 2 or names_nothing(key):
            continue
        planned = _PLANNED.search(text, lo, d.end) is not None
        got = [(q, k, p) for q, k, p in _reached_levels(doc).get((measure(d.amount), y1), ())
               if (k == key or same_metric(k, key)) and q.start < lo or (k == key or same_metric(k, key)) and q.start > d.end]
        if not got or len({value_of(q) for q, _k, _p in got}) != 1 or any(p != planned for _q, _k, p in got):
            continue
        out.append(FarLevel(g, d.amount, d.direction, got[0][0], y1, y0))
    return out


# modules this one's functions read at call time and cannot import at the top (they import this one): bound by
# lintgov.claims once every submodule is complete (an import statement in the function ran at every call)
_late_grammar = None
_late_horizons = None
_late_lookback = None
_late_metric = None
