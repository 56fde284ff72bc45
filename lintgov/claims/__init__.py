"""The claims layer: what every figure of a document says, built once per document.

    from lintgov.claims import claims_of
    cl = claims_of(doc)              # cached on the document (doc.claims)
    for f in cl.figures:             # every figure, in document order
        f.role, f.metric, f.time, f.basis, f.quantity.value, f.quantity.unit

A :class:`Figure` is a :class:`~lintgov.quantities.Quantity` (value, unit and
scale, printed precision, approximation or bound) read in its sentence:

* ``role`` — ``level`` (审结案件300件), ``delta`` (增加17件), ``growth`` (增长12.2%),
  ``points`` (提高2.5个百分点), ``multiple`` (增长1.5倍, 是上年的2倍, 翻一番), ``rate``
  (纠错率12.5%), ``share`` (占28.5%), ``target`` (完成目标的112.5%), ``prior``
  (上年为420件: a level of an earlier period), ``average`` (年均增长6%: a growth
  over a span);
* ``bound`` — the comparator of 超过/以上/不足/近/逾/余 (``>``, ``>=``, ``<``, ``<=``,
  ``≈``) or ``None`` when exact as printed;
* ``metric`` — the words naming what it measures, normalised for matching
  (:func:`lintgov.claims.metric.metric_key`): 受理行政复议申请, 纠错率 …;
* ``time`` — ``current``, ``prior`` (上年, 去年, an earlier named year), ``span``
  (年均, 平均每年, 两年平均, N年间), ``period`` (环比);
* ``basis`` — the comparison phrase of a change (同比, 比上年, 较2019年 …).

Relations the text states (由A增至B, B比上年的A增长X%, 其中, 分别, 合计, 占 …)
are read by the grammar parts: :mod:`lintgov.claims.grammar` (change verbs,
basis phrases, transitions, the document skeleton the others read),
:mod:`lintgov.claims.stocks` (additions to a stock, thresholds, items done of a
list, the rest of a whole), :mod:`lintgov.claims.lists` (grades, 分别 lists of
names, enumerations), :mod:`lintgov.claims.announced` (a count announced and the
items listed after it: 出台三项制度：《…》《…》《…》, 分别设在A、B、C, 一是…二是…), :mod:`lintgov.claims.ratios` (per-people ratios, parts
among a whole closed by 中, shares of a larger area, per-unit averages),
:mod:`lintgov.claims.rates` (which counts a stated rate or share is over: numerators named
like the rate, bases, complements, the whole of a share; the words of a target), :mod:`lintgov.claims.reach` (the
operands of a rate, share or target those readings leave unchecked, found by what they are from the clause to the
paragraphs above in the figure's part, the readings of respective lists of rates),
:mod:`lintgov.claims.indicators` (the parts a main indicator holds by definition,
stated anywhere in the review: 金融业增加值 and the GDP), :mod:`lintgov.claims.tables` and :mod:`lintgov.claims.classes` (which parts
exclude each other), :mod:`lintgov.claims.partition` (whether parts are all of their whole: a count of kinds announced
and as many given, a split, a thing and its negation, a last part 其他, a total word after them — and why),
:mod:`lintgov.claims.wholes` (the changes of a whole split into all its parts: its growth between theirs, its change
their sum, the growth their levels imply; the shares of the sides of a split listed before 分别占),
:mod:`lintgov.claims.implied` (the whole a part and its share imply — 各项税收为139.8亿元，占本年收入的47.02% —, the
shares of one named whole far apart that must imply one whole, and that whole stated by its name elsewhere); and by the
rules that check them; each check is
written to the document's *ledger* (:func:`record`), so that ``lintgov claims``
and the run summary can say which figures were verified
(:func:`coverage`: relations checked, inconsistent, figures not checkable).

Everything here is linear in the size of the document: each figure is read
from a bounded window before it; relations are looked up by position or by
metric and unit, never by trying all pairs of figures of a paragraph.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Dict, Iterable, List, Optional, Sequence, Tuple

from .grammar import changes, folded_text, transitions
from .metric import metric_key
from .roles import rate_context
from .values import interval_of, is_count, measure, value_of
from .. import lazyre
from ..compact import SLOTS
from .grammar import digits_masked

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document
    from ..quantities import Quantity

__all__ = ["Figure", "Claims", "Check", "claims_of", "record", "note", "ledger", "coverage", "doc_coverage",
           "words_figures", "verdicts", "interval_of", "value_of", "measure", "is_count"]

#: roles of figures that state a relation (checkable in principle)
RELATIONAL = ("growth", "points", "multiple", "rate", "share", "target", "average", "delta")

_PRIOR_BEFORE = re.compile(r"(?:上一?年|去年|上年同期|同期|前一年)(?:度|末|底)?(?:为|是|有|共|的)?[\u4e00-\u9fff]{0,8}$")
_SPAN_BEFORE = re.compile(r"年均|年平均|平均每年|每年平均|两年平均|三年平均|(?<![〇○零一二三四五六七八九])[两二三四五六七八九十]年(?:间|来|内)?(?:累计)?"
                          r"|\d+年(?:间|来)|期间|以来|累计")
_TARGET_BEFORE = re.compile(r"(?:目标|任务|计划)[^，,。；;]{0,16}的$|(?:为|是)(?:年度|全年)?(?:目标|任务|计划)的$")
_PERIOD_BEFORE = re.compile(r"环比")


@dataclass(frozen=True, **SLOTS)
class Figure:
    """A figure of the text with its role, metric, time and basis (the claims layer)."""
    quantity: "Quantity"
    role: str
    metric: str
    time: str = "current"
    basis: str = ""
    #: what a rate or a share is named (纠错率, 占全国的比重)
    name: str = ""

    @property
    def start(self) -> int:
        return self.quantity.start

    @property
    def end(self) -> int:
        return self.quantity.end

    @property
    def bound(self) -> Optional[str]:
        return self.quantity.approx


@dataclass(frozen=True, **SLOTS)
class Check:
    """One relation a rule checked: the stated figure, the operands, the formula, the verdict."""

    rule: str
    family: str
    start: int
    end: int
    consistent: bool
    formula: str = ""
    operands: Tuple[Tuple[int, int], ...] = ()


@dataclass
class Claims:
    """The figures of a document, with a look-up by start offset."""
    figures: List[Figure]
    _by_start: Dict[int, Figure] = field(default_factory=dict)

    def at(self, start: int) -> Optional[Figure]:
        return self._by_start.get(start)

    def index(self) -> Dict[Tuple[str, str], List[Figure]]:
        """Figures by (metric, measure): how a figure finds the same metric named earlier."""
        out: Dict[Tuple[str, str], List[Figure]] = {}
        for f in self.figures:
            if f.metric:
                out.setdefault((f.metric, measure(f.quantity)), []).append(f)
        return out


#: patterns of build, compiled once (a call of re's module functions looked each one up in
#: re's cache on every call, and compiled it again once other patterns had pushed it out)
_BUILD_RE1 = lazyre.compile(r"(?:增长|增速|增幅|下降|降幅)(?:为|达到?|了)?$")
#: what joins two items of a list of figures (3.5%、2.9% / 13.1%和17.7%)
_LIST_JOIN = lazyre.compile(r"\s*(?:、|和|及|与|以及)\s*")
#: a list of changes: 分别 and a change verb right before its first figure (分别下降, 分别比上年增长, 分别压减)
_LIST_CHANGE = lazyre.compile(r"分别(?:比上年|比去年|同比|较上年)?(?:增长|下降|提高|降低|减少|增加|上升|回落|压减|压缩|削减|缩减|扩大)(?:了)?\s*$")


def build(doc: "Document") -> Claims:
    text = folded_text(doc)
    masked = digits_masked(doc)
    roles: Dict[int, Tuple[str, str, str]] = {}      # start → (role, basis, time)
    from .review import review_part
    rend, rknown = review_part(doc, lines=True)   # (the parts the plan-level reading reads)
    for ch in changes(doc):
        amt = ch.amount
        if amt is not None:
            role = {"percent": "growth", "points": "points", "amount": "delta", "times": "multiple",
                    "times_to": "multiple", "fan": "multiple"}.get(ch.kind, "growth")
            roles[amt.start] = (role, ch.comparison, "")
        if ch.base is not None and not (rknown and ch.current is not None and ch.base.start < rend <= ch.current.start):
            # (a plan's base is the level the review states for the year reviewed: this period's level, not a prior)
            roles.setdefault(ch.base.start, ("prior", "", "prior"))
    for t in transitions(doc):
        roles.setdefault(t.base.start, ("prior", "", "prior"))
    from .tables import cell_roles
    for start, role in cell_roles(doc).items():      # a table cell's role comes from its column (占比, 同比…)
        roles.setdefault(start, (role, "", ""))
    figures: List[Figure] = []
    words: Dict[str, str] = {}    # (memory: one object for each distinct metric key and name of the document)
    listed: set = set()           # starts of the percent figures of a 分别 list of changes (分别下降3.5%、2.9%)
    for q in doc.quantities:
        before = text[max(0, q.start - 12):q.start]
        role, basis, time = roles.get(q.start, ("", "", ""))
        name = ""
        if not role:
            if q.is_percent:
                rc = rate_context(doc, masked, q)
                if rc is not None:
                    name, kind, _closed = rc
                    role = kind
                elif _TARGET_BEFORE.search(before):
                    role = "target"
            if not role:
                role = "level"
        if role == "level" and q.is_percent and not q.approx:
            if _LIST_CHANGE.search(text, max(0, q.start - 16), q.start):
                # 城乡低保标准分别提高13.1%和17.7%: the first figure of a 分别 list of changes is a change
                role = "growth"
                listed.add(q.start)
            elif figures and figures[-1].quantity.start in listed \
                    and _LIST_JOIN.fullmatch(text, figures[-1].quantity.end, q.start):
                # 二氧化硫、化学需氧量排放量分别下降3.5%、2.9%: the items after the first are changes too (the grammar's
                # change claim is the first item's), with its basis
                role, basis = "growth", figures[-1].basis
                listed.add(q.start)
        elif role == "growth" and q.is_percent and _LIST_CHANGE.search(text, max(0, q.start - 16), q.start):
            listed.add(q.start)
        if not time:
            if _PERIOD_BEFORE.search(basis or before):
                time = "period"
            elif _SPAN_BEFORE.search(before):
                time = "span"
                if role == "growth":
                    role = "average"
            elif role == "level" and _PRIOR_BEFORE.search(before):
                time, role = "prior", "prior"
            else:
                time = "current"
        if role == "level" and q.is_percent and _BUILD_RE1.search(before):
            role = "growth"
        metric = metric_key(doc, q.start)
        figures.append(Figure(q, role, words.setdefault(metric, metric), time, basis, words.setdefault(name, name)))
    return Claims(figures, {f.start: f for f in figures})


def claims_of(doc: "Document") -> Claims:
    c = doc.__dict__.get("_lintgov_claims")
    if c is None:
        c = build(doc)
        doc.__dict__["_lintgov_claims"] = c
    return c


def words_figures(doc: "Document") -> List[Figure]:
    """The shares and changes written in tenths or as fractions (六成, 不足三分之一, 近半数, 增长近三成:
    :func:`~lintgov.claims.roles.cheng_figures`) that the extractor reads as no quantity and LG101/LG103 check: as
    figures of ``lintgov claims`` and of the coverage summary, never of :func:`claims_of` (the rules' figures).  The
    role is the change's when one states it as its amount (:func:`~lintgov.claims.grammar.changes`), else the rate's
    or the share's its words name (:func:`~lintgov.claims.roles.rate_context`), else a share when a rule checked it;
    a figure of none of these is left out.  Cached per document."""
    c = doc.__dict__.get("_lintgov_words_figures")
    if c is not None:
        return c
    out: List[Figure] = []
    masked = digits_masked(doc)
    if "成" in masked or "分之" in masked or "半" in masked:
        import bisect
        from .roles import cheng_figures
        from ..quantities import quantity_starts
        qs = doc.quantities
        starts = quantity_starts(doc)
        amounts = {}
        checked = {c.start for c in ledger(doc)}
        for q in cheng_figures(doc):
            k = bisect.bisect_left(starts, q.start)
            if (k < len(starts) and starts[k] < q.end) or (k > 0 and qs[k - 1].end > q.start):
                continue      # (overlaps a quantity the extractor read: a figure of claims_of)
            if not amounts:
                amounts = {ch.amount.start: ch for ch in changes(doc) if ch.amount is not None} or {-1: None}
            ch = amounts.get(q.start)
            role, basis, name = "", "", ""
            if ch is not None:
                role, basis = {"percent": "growth", "points": "points", "amount": "delta"}.get(ch.kind, "multiple"), \
                    ch.comparison
            else:
                rc = rate_context(doc, masked, q)
                if rc is not None:
                    name, role = rc[0], rc[1]
                elif q.start in checked:
                    role = "share"
            if role:
                out.append(Figure(q, role, metric_key(doc, q.start), "current", basis or "", name))
    doc.__dict__["_lintgov_words_figures"] = out
    return out


# -- the ledger: which relations were checked ------------------------------------------------------
def ledger(doc: "Document") -> List[Check]:
    return doc.__dict__.setdefault("_lintgov_ledger", [])


def record(doc: "Document", rule: str, family: str, stated: "Quantity", consistent: bool, formula: str = "",
           operands: Iterable["Quantity"] = ()) -> None:
    """Write one checked relation to the document's ledger (rules call this for every figure they verify,
    consistent or not)."""
    ledger(doc).append(Check(rule, family, stated.start, stated.end, consistent, formula,
                             tuple((o.start, o.end) for o in operands if o is not None)))


def note(doc: "Document", stated: "Quantity", why: str) -> None:
    """A check that ran on ``stated`` and could neither confirm it nor report it (last year's report gives another
    level of an amount: statistics are revised): not a checked relation, but the reason ``lintgov claims`` gives."""
    doc.__dict__.setdefault("_lintgov_notes", {})[stated.start] = why


def verdicts(doc: "Document") -> Dict[int, List[Check]]:
    """Checks by the start of the figure they verified."""
    out: Dict[int, List[Check]] = {}
    for c in ledger(doc):
        out.setdefault(c.start, []).append(c)
    return out


#: a figure of a plan or a target, not a statement of what was reached (力争…达到50%, 预期目标…, 到2025年…)
_PLAN_CLAUSE = re.compile(r"力争|力爭|预期|預期|目标|目標|确保|確保|计划|計劃|规划|規劃|(?<![即必])将(?!近)|(?<![即必])將(?!近)|"
                          r"(?<![主重需只必])要(?!求|素|点|點|件|闻|聞)|争取|爭取|不低于|不低於|(?<![加高升降长長大少低小])到20\d\d年|20\d\d年(?:前|底前)")
#: a target named as reached or as what a figure is compared with (完成全年主要目标任务, 超额完成年度计划, 高出预期目标1.2个百分点,
#: 提前实现“十二五”规划1.5万亿元的目标 — the object of the verb runs to the clause's end) or as a frame (目标任务体系): the
#: words of a statement of what was reached, not of a plan — never an aim (为实现…目标, 要完成, 考虑实现2035年远景目标, 努力实现)
_PLAN_DONE = re.compile(r"(?<![为為要虑慮保争爭力以将將])"
                        r"(?:完成|实现|實現|达到|達到|超过|超過|高出|高于|高於|超出|好于|好於|优于|優於|快于|快於)[^，,；;。]{0,20}?"
                        r"(?:目标|目標|计划|計劃|任务|任務|规划|規劃)[^，,；;。]*|(?:目标|目標)任务(?:体系|體系)")
#: a short name in quotation marks (“孔雀计划”团队, “强基计划”, “双95%”目标 is outside): a plan word inside names a programme
_QUOTED_NAME = re.compile(r"“[^“”\n，,；;。]{1,12}”")


def plan_free(words: str) -> str:
    """``words`` (the words of a sentence before a figure) without those that name a plan without making the sentence
    one: a target reached or compared with (:data:`_PLAN_DONE`) and a programme named in quotation marks (“孔雀计划”团队).
    The plan readings (:data:`_PLAN_WORDS`, :data:`_PLAN_CLAUSE`) search what is left."""
    if "“" in words:
        words = _QUOTED_NAME.sub("", words)
    return _PLAN_DONE.sub("", words)
_WIDER_SCOPE = re.compile(r"(?:占|佔)[^，,；;。]{0,4}(?P<w>全国|全國|全省|全球|世界|国家|國家|全市|全区|全區|全县|全縣|全州|全港|全行业|同类|同類)")


def why_not(f: Figure, doc: Optional["Document"] = None) -> str:
    """Why a relational figure was not checked (for ``lintgov claims``); with the document, a rate or share also
    says when it is a plan or a target, or a share of a wider total."""
    q = f.quantity
    noted = doc.__dict__.get("_lintgov_notes", {}).get(q.start) if doc is not None else None
    if noted:
        return noted
    if f.role in ("growth", "points", "delta", "multiple"):
        if f.time == "period":
            return "环比: the previous period's value is not stated"
        if doc is not None:
            why = _why_change(f, doc)
            if why:
                return why
        return "no prior value stated in the report (a prior report, --prior, can supply it)"
    if f.role == "average":
        if doc is not None:
            masked = digits_masked(doc)
            k = max(masked.rfind(c, max(0, q.start - 120), q.start) for c in "。；;\n")
            sent = masked[k + 1 if k >= 0 else max(0, q.start - 120):q.start]
            if _REAL_GROWTH.search(sent[-60:]):
                return "real growth over a span (地区生产总值, 增加值: at comparable prices), not recomputable from the levels printed"
        return "average over a span: the values at both ends of the span are not stated"
    if f.role in ("rate", "share"):
        from .rates import is_own_scope

        def wider(m) -> bool:
            # (全国 in the State Council's report is its own scope, as 全区 is in a district's: no wider total)
            return m is not None and not (doc is not None and is_own_scope(doc, m.group("w")))
        if f.name and wider(re.search(r"(?P<w>全国|全省|全球|世界|国家)", f.name)):
            return "share of a wider total the report does not state"
        if doc is not None:
            masked = digits_masked(doc)
            cut = max(masked.rfind(c, max(0, q.start - 60), q.start) for c in "，,；;。\n")
            clause = masked[cut + 1:q.start] if cut >= 0 else masked[max(0, q.start - 60):q.start]
            if wider(_WIDER_SCOPE.search(clause)):
                return "share of a wider total the report does not state"
            k = max(masked.rfind(c, max(0, q.start - 200), q.start) for c in "。；;\n")
            sent = masked[k + 1 if k >= 0 else max(0, q.start - 200):q.start]
            if _PLAN_WORDS.search(plan_free(sent)) or q.after_word in ("左右", "以上", "以下", "以内") \
                    or masked[q.end:q.end + 2] in ("左右", "以上"):
                return "a plan or a target, or a bound (力争…, 目标…, …左右/以上): nothing stated to recompute"
        if doc is not None and f.role == "share":
            from .implied import implied_shares
            r = next((r for r in implied_shares(doc) if r.share.start == q.start), None)
            if r is not None:
                from .values import amount_text
                lo, hi = r.interval
                return (f"its part is stated, its whole ({r.whole_words}, implied {amount_text(lo, r.part)}–"
                        f"{amount_text(hi, r.part)}) is not stated by "
                        f"that name, and no other share of it with a part stated implies one")
        return "the counts it is computed from are not stated nearby"
    if f.role == "target":
        return "the target value is not stated"
    if q.approx in (">", ">=", "<", "<="):
        return "a bound"
    return "nothing to compare"


#: growth that no pair of printed levels gives: real growth (at comparable prices), prices and indices
_REAL_GROWTH = re.compile(r"生产总值|生產總值|GDP|增加值|可比价|可比價|实际增长|實際增長|价格|價格|物价|物價|指数|指數|涨幅|漲幅|CPI|"
                          r"能耗|水耗|电耗|電耗|强度|強度")
#: a change against an earlier year or over a span (比2010年, 五年, 比“十三五”时期): that base's level is not stated
_OLD_BASE = re.compile(r"(?:比|较|較|与|與)(?:19|20)\d\d年|(?:比|较|較)“?十[一二三四五]五|[两二三四五六七八九十\d]年(?:来|間|间|内|內)?"
                       r"(?:累计|累計)?(?:增长|增長|增加|下降|减少|減少|提高|翻)|五年前|十年前|上个五年|上個五年")
#: a difference to the rate of a wider body the report does not state (高于全国1.4个百分点)
_WIDER_RATE = re.compile(r"(?:高于|高於|低于|低於|快于|快於|慢于|慢於|超过|超過|比)(?:全国|全國|全省|全市|全区|全區|全球|平均|同期|预期|預期|"
                         r"目标|目標|控制|计划|計劃)")


#: words of a plan in the sentence of a change (主要/重要 are not 要, 即将 is not a plan)
#: (到2025年 is a deadline; 增加到2015年的7.28万亿元 names the year of the level a change reached)
_PLAN_WORDS = re.compile(r"力争|力爭|预期|預期|目标|目標|确保|確保|计划|計劃|规划|規劃|争取|爭取|不低于|不低於|(?<![加高升降长長大少低小])到20\d\d年|"
                         r"20\d\d年(?:前|底前)|"
                         r"(?<![主重需只必])要(?!求|素|点|點|件|闻|聞)|(?<![即必])将(?!近)|(?<![即必])將(?!近)|今年|明年")


#: a basis naming a year (比2020年, 较1952年同期)
_BASIS_YEAR = re.compile(r"(?:比|较|較|与|與|同)(?:19|20)\d\d年")


def _why_change(f: Figure, doc: "Document") -> str:
    """The reason a growth, points, delta or multiple figure was not checked, read from its sentence."""
    q = f.quantity
    masked = digits_masked(doc)
    k = max(masked.rfind(c, max(0, q.start - 200), q.start) for c in "。；;\n")
    sent = masked[k + 1 if k >= 0 else max(0, q.start - 200):q.start]
    cut = max(sent.rfind(c) for c in "，,")
    clause = sent[cut + 1:]
    if _BASIS_YEAR.match(f.basis or "") and _OLD_BASE.search(sent[-40:]):
        # (a plan's change against a year it names states its own relation: what is missing is that year's level)
        return "a change against an earlier year or over years: the base year's level is not stated"
    if _PLAN_CLAUSE.search(plan_free(sent)) or q.after_word in ("左右", "以上", "以下", "以内") \
            or masked[q.end:q.end + 2] in ("左右", "以上", "以下", "以内"):
        return "a plan or a target (预期目标, 力争, …左右/以上): nothing achieved to recompute"
    if f.role == "points" and _WIDER_RATE.search(clause):
        return "a difference to a rate the report does not state (高于全国…个百分点)"
    if _OLD_BASE.search(sent[-40:]):
        return "a change against an earlier year or over years: the base year's level is not stated"
    if f.role in ("growth", "multiple") and _REAL_GROWTH.search(sent[-30:]):
        return "real growth, a price or an intensity: not recomputable from the levels printed"
    if f.role in ("growth", "delta") and re.search(r"\d\s*(?:万|萬|亿|億)?[\u4e00-\u9fff]{0,3}[，,、]\s*(?:同比|比上年)?[\u4e00-\u9fff]{0,2}$", sent):
        return ("this year's level is stated, last year's is not (last year's report, --prior, can supply it; amounts "
                "are not compared across reports: statistics are revised)")
    return ""


def doc_coverage(doc: "Document") -> Tuple[int, int, Tuple[int, ...]]:
    """(relations checked, inconsistent, starts of the relational figures no check covered) of one document's
    ledger: a relation is a (figure, family, rule) checked, inconsistent when any of its checks is; the relational
    figures are those of :func:`claims_of` and the shares and changes in words (:func:`words_figures`)."""
    seen: Dict[Tuple[int, str, str], bool] = {}
    for c in ledger(doc):
        k = (c.start, c.family, c.rule)
        seen[k] = seen.get(k, True) and c.consistent
    covered = {c.start for c in ledger(doc)}
    open_ = tuple(f.start for f in claims_of(doc).figures if f.role in RELATIONAL and f.start not in covered) \
        + tuple(f.start for f in words_figures(doc) if f.start not in covered)
    return len(seen), sum(1 for v in seen.values() if not v), open_


def coverage(docs: Sequence["Document"]) -> Dict[str, int]:
    """``relations_checked``, ``inconsistent``, ``not_checkable`` (relational figures no rule verified, shares and
    changes in words among them: :func:`words_figures`), over the documents of a run (:func:`doc_coverage`)."""
    checked = inconsistent = not_checkable = 0
    for d in docs:
        n, bad, open_ = doc_coverage(d)
        checked += n
        inconsistent += bad
        not_checkable += len(open_)
    return {"relations_checked": checked, "inconsistent": inconsistent, "not_checkable": not_checkable}


# names the claims modules read at call time from modules that import them (cycles kept those imports inside the
# functions, where each ran at every call: ~1.3 µs for a `from … import`, ~25,000 a run of corpus/gwr): each module
# is bound once here, after every submodule is complete (a module bound before that would change the import order)
from .. import claims as _late_claims  # noqa: E402
from .. import data as _late_data  # noqa: E402
from .. import kind as _late_kind  # noqa: E402
from . import classes as _late_classes  # noqa: E402
from . import grammar as _late_grammar  # noqa: E402
from . import horizons as _late_horizons  # noqa: E402
from . import indicators as _late_indicators  # noqa: E402
from . import levels as _late_levels  # noqa: E402
from . import lookback as _late_lookback  # noqa: E402
from . import metric as _late_metric  # noqa: E402
from . import ratios as _late_ratios  # noqa: E402
from . import review as _late_review  # noqa: E402
from . import stocks as _late_stocks  # noqa: E402
from . import grammar as _late_mod  # noqa: E402
_late_mod._late_classes = _late_classes
_late_mod._late_indicators = _late_indicators
_late_mod._late_horizons = _late_horizons
_late_mod._late_kind = _late_kind
_late_mod._late_levels = _late_levels
_late_mod._late_lookback = _late_lookback
_late_mod._late_metric = _late_metric
_late_mod._late_review = _late_review
_late_mod._late_stocks = _late_stocks
from . import horizons as _late_mod  # noqa: E402
_late_mod._late_claims = _late_claims
_late_mod._late_kind = _late_kind
_late_mod._late_classes = _late_classes
_late_mod._late_indicators = _late_indicators
_late_mod._late_metric = _late_metric
from . import levels as _late_mod  # noqa: E402
_late_mod._late_metric = _late_metric
from . import lists as _late_mod  # noqa: E402
_late_mod._late_data = _late_data
from . import lookback as _late_mod  # noqa: E402
_late_mod._late_metric = _late_metric
from . import rates as _late_mod  # noqa: E402
_late_mod._late_metric = _late_metric
_late_mod._late_ratios = _late_ratios
from . import parts as _late_parts  # noqa: E402
_late_mod._late_parts = _late_parts
from . import review as _late_mod  # noqa: E402
_late_mod._late_kind = _late_kind
from . import totals as _late_mod  # noqa: E402
_late_mod._late_claims = _late_claims
from . import yearlevels as _late_mod  # noqa: E402
_late_mod._late_grammar = _late_grammar
_late_mod._late_horizons = _late_horizons
_late_mod._late_lookback = _late_lookback
_late_mod._late_metric = _late_metric
del _late_mod
