"""Year-over-year coherence (LG2xx): growth claims against the values they describe,
within one report and across the same body's reports of consecutive years.

Within a report (all built on the claims layer, :mod:`lintgov.claims`):

* LG201 growth-mismatch — 由A增至B（增长X%）, B件，比上年的A件增长X%: recompute.
* LG202 growth-direction — 增长 while the value fell, 下降 while it rose, 增长-5%.
* LG203 growth-impossible-count — B件，同比增长X% with no prior: some whole prior
  count must give X% at the printed precision (GRIM for growth).
* LG204 percent-vs-points — a change between two rates in % where it is a point
  difference (or the reverse); counts never change by 个百分点.
* LG205 multiple-wording — 减少N倍; 增长N倍 (×(N+1)) / 增长到N倍 (×N) / 翻N番 (×2ⁿ)
  against the values.

Across reports (corpus scope, pairing documents by issuer and consecutive years,
or a ``--prior`` report):

* LG206 growth-vs-prior-report — this year's 同比 growth against last year's figure.
* LG207 prior-figure-mismatch — a figure this year attributes to last year
  against what last year's report said.

Tolerance (domain-rules §3.3): every printed number stands for an interval
(half a unit of its last digit, scaled by 万/亿); a claim is reported only when
no value inside the intervals makes it true.
"""
from __future__ import annotations

import dataclasses
import math
import os
import re
from typing import Any, List, Optional, Sequence, Tuple

from lintgov import hookimpl
from lintgov.claims import claims_of, note, record
from lintgov.claims.levels import delta_growths, period_pairs
from lintgov.claims.yearlevels import (added_totals, far_levels, frame_pairs, metric_cmp_priors, named_year_priors,
                                       stated_priors)
from lintgov.claims.grammar import (QUALIFIERS, Change, changes, down_times, fold, folded_text, qualifier_near,
                                    real_growth_metric, skeleton, subject_pos, transitions, MEAN_WORDS)
from lintgov.claims.metric import clause_subject, key_similarity, metric_key, total_names
from lintgov.claims import values as _values
from lintgov.claims.values import (amount_text, interval_of, is_count, is_whole, measure, points_of, rate_unit,
                                   signed_interval, signed_value, unit_of, value_of,
                                   written_negative)
from lintgov.rule import Option, Related, Rule, bad, good
from lintgov import lazyre
from lintgov.claims.grammar import digits_masked

EPS = 1e-9
AUTH_TJ = "国家统计局 统计知识：同比增长率=(本期数−同期数)/同期数×100%；百分点为百分数形式的相对指标的变动幅度"

Interval = Tuple[float, float]


# -- interval helpers ---------------------------------------------------------------------------
def _overlap(a: Interval, b: Interval, tol: float = 0.0) -> bool:
    return a[0] - tol <= b[1] + EPS and b[0] - tol <= a[1] + EPS


def _ratio(base: Interval, cur: Interval) -> Optional[Interval]:
    """cur/base over the intervals (None when the base may be zero or negative)."""
    if base[0] <= 0:
        return None
    lo = cur[0] / base[1] if cur[0] >= 0 else cur[0] / base[0]
    hi = cur[1] / base[0] if cur[1] >= 0 else cur[1] / base[1]
    return lo, hi


def _growth(base: Interval, cur: Interval) -> Optional[Interval]:
    r = _ratio(base, cur)
    return None if r is None else ((r[0] - 1) * 100, (r[1] - 1) * 100)


def _diff(base: Interval, cur: Interval) -> Interval:
    return cur[0] - base[1], cur[1] - base[0]


#: 近X / 将近X / 接近X: just under X — at most a tenth below (claims.values.NEAR_LOW; shares such as 近一半 are read by
#: rules/arithmetic.py)
NEAR_WORDS, NEAR_LOW = _values.NEAR_WORDS, _values.NEAR_LOW


def _signed(ch: Change) -> Optional[Interval]:
    """The stated change as a signed interval (下降5% → [−5.5, −4.5] for 5 printed as an integer; 近30% →
    [26.5, 30.5])."""
    if ch.amount is None:
        return None
    lo, hi = interval_of(ch.amount)
    return (lo, hi) if ch.direction > 0 else (-hi, -lo)


def _ratio_words(base, current, ratio: Interval) -> dict:
    """The ratio of two printed values for a message: the ratio of the values as printed, and — when their printed
    precision leaves it wide (600万 and 1200万 read as round figures) — the interval checked, so that the figure
    shown is never a midpoint no reading gives (×2.021 for 1200万 ÷ 600万)."""
    point = current.base_value / base.base_value if base.base_value else _mid(ratio)
    if math.isinf(ratio[1]) or ratio[1] - ratio[0] <= 0.002 * max(abs(point), 1e-9):
        return {"ratio": _num(point, 3), "ratio_en": _num(point, 3)}
    lo, hi = _num(ratio[0], 3), _num(ratio[1], 3)
    return {"ratio": f"{_num(point, 3)}（按印刷精度{lo}–{hi}）",
            "ratio_en": f"{_num(point, 3)} ({lo}–{hi} at the printed precision)"}


def _shown(point: str, lo: str, hi: str, wide: bool) -> Tuple[str, str]:
    """A recomputed value for a message (zh, en): the value the printed figures give, and — when their printed
    precision leaves a wide interval (round figures such as 600万) — that interval, so that the figure shown is never
    a midpoint no reading gives."""
    if not wide:
        return point, point
    return f"{point}（按印刷精度{lo}至{hi}）", f"{point} ({lo} to {hi} at the printed precision)"


def _mid(iv: Interval) -> float:
    if math.isinf(iv[0]) or math.isinf(iv[1]):
        return iv[0] if math.isinf(iv[1]) else iv[1]
    return (iv[0] + iv[1]) / 2


def _num(x: float, digits: int = 2) -> str:
    if math.isinf(x):
        return "∞" if x > 0 else "−∞"
    s = f"{x:.{digits}f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def _pct(x: float) -> str:
    return _num(x, 2) + "%"


def _spct(x: float) -> str:
    """A signed change: +15%, −3.2%."""
    return ("+" if x > 0 else "") + _pct(x)


def _q(doc: Any, q: Any) -> str:
    """The figure as printed, with the minus sign of a negative level (-2.4%)."""
    return ("-" if written_negative(doc.text, q) and q.start == q.num_start else "") + doc.text[q.start:q.end]


def _fine(q: Any) -> bool:
    """A value precise enough to compute with (约 widens it; 逾/近/以上 open it: skip)."""
    return q is not None and q.approx in (None, "≈")


def _same_measure(a: Any, b: Any) -> bool:
    return measure(a) == measure(b) and (a.is_percent == b.is_percent)


def _levels(text: str, ch: Change) -> Tuple[Interval, Interval]:
    """The prior and current values of ``ch`` as intervals, a level printed with a minus sign negative
    (由上年的-2.4%回升至3.1%: from −2.4 to 3.1)."""
    return signed_interval(text, ch.base), signed_interval(text, ch.current)


def _values_move(text: str, ch: Change) -> int:
    """+1 when the values certainly rose, −1 when they certainly fell, 0 otherwise."""
    a, b = _levels(text, ch)
    if b[0] > a[1] + EPS:
        return 1
    if b[1] < a[0] - EPS:
        return -1
    return 0


def _bounded(q: Any) -> bool:
    """A value usable as an interval: exact, 约 (widened), or a bound (超过, 不到, 2500多, 以上) taken as the
    half-open interval it allows — a claim is then reported only when no value in it fits."""
    return q is not None and q.approx in (None, "≈", ">", ">=", "<", "<=")


def _reads_values(doc: Any, ch: Change) -> bool:
    """Whether a change claim is checked against its prior and current values (``ch.base``, ``ch.current``, found by
    the grammar or paired by the claims layer: claims.levels.period_pairs, claims.yearlevels.stated_priors): LG201
    recomputes its size, LG202 its direction, over the same pairings and on the same guards."""
    if ch.kind not in ("percent", "points", "amount") or ch.amount is None or not _checkable(doc, ch):
        return False
    if _years_apart(doc.text, ch):
        return False  # 2021年…为1,862亿元；2023年达到2,136亿元，比上年增长5.8%: last year's value is 2022's, not stated
    if not _bounded(ch.amount):
        return False
    if ch.kind == "percent" and not (ch.base.is_percent and ch.current.is_percent) \
            and real_growth_metric(doc, subject_pos(ch)):
        return False  # GDP / value added: growth at comparable prices, not from nominal values
    return True


def _paired_changes(doc: Any) -> List[Change]:
    """The change claims stated with no value of their own that the claims layer pairs with the levels of their metric
    stated elsewhere (claims.levels.period_pairs: the two periods' levels before 两年相比; claims.yearlevels.
    stated_priors: last year's level in the review for a change of the plans; named_year_priors, metric_cmp_priors,
    added_totals, frame_pairs: the level of a year named or framed), with those levels, kept where LG201 reads them
    (:func:`_reads_values`): LG201 recomputes their size, LG202 their direction, LG204 their unit."""
    out = [dataclasses.replace(c0, base=a, current=b) for c0, a, b in period_pairs(doc)] \
        + [dataclasses.replace(c0, base=a) for c0, a in stated_priors(doc)] \
        + [dataclasses.replace(c0, base=a) for c0, a in named_year_priors(doc)] \
        + [dataclasses.replace(c0, base=a, current=b) for c0, a, b in metric_cmp_priors(doc)] \
        + added_totals(doc) \
        + [dataclasses.replace(c0, base=a, current=b) for c0, a, b in frame_pairs(doc)]
    return [ch for ch in out if _reads_values(doc, ch)]


def _checkable(doc: Any, ch: Change) -> bool:
    return (ch.has_values and _bounded(ch.base) and _bounded(ch.current) and _same_measure(ch.base, ch.current)
            and not _qualified(doc, ch))


def _qualified(doc: Any, ch: Change) -> bool:
    """A meaning-changing qualifier (按可比价格, 实际增长, 年均…) in the claim, or before it in its sentence (at most 60
    characters back): 按可比口径计算，…增长9.8%，达到B，上年为A / 扣除价格因素实际增长4.1%，达到B，上年为A.  Never a
    price basis both levels are stated at (工业总产值（90年不变价）3013亿元，增长17% against 工业总产值（90年不变价）达
    2575.6亿元: the growth between two levels at the same constant prices is theirs)."""
    text = folded_text(doc)
    at = min(ch.start, ch.verb_start)
    lo = max(0, at - 60)
    cut = max(text.rfind(c, lo, at) for c in "。；;\n")
    near = QUALIFIERS.finditer(text, max(ch.start, ch.end - 80), ch.end) if qualifier_near(doc, ch.start, ch.end) else ()
    # before the claim only the price and basis qualifiers: 年平均工资 names a metric, not an average growth
    words = [m.group() for m in near] + [m.group() for m in _PRICE_QUALIFIERS.finditer(
        text, max(lo, cut + 1), max(at, ch.verb_end))]
    if not words:
        return False
    if ch.base is not None and ch.current is not None and ch.base.start > ch.current.start:
        # 平均每年增加253亿元，比此前平均每年增加49亿元，高出四倍多: the qualifier names what both figures compared are
        # (written in the clause of each), not how the change is counted
        both = _qual_kinds(_own_clause(text, ch.current.start)) & _qual_kinds(_own_clause(text, ch.base.start))
        if {MEAN_WORDS.sub("年均", w) for w in words} <= both:
            return False
    return not (all(_CONSTANT_PRICES.fullmatch(w) for w in words) and _same_constant_prices(doc, ch))


def _qual_kinds(words: str) -> set:
    """The qualifiers written in ``words``, the words of a yearly mean as one (年均)."""
    return {MEAN_WORDS.sub("年均", m.group()) for m in QUALIFIERS.finditer(words)}


def _own_clause(text: str, pos: int) -> str:
    """The words of the clause before ``pos`` (from the last ，；。 or line break, at most 30 characters back)."""
    lo = max(0, pos - 30)
    cut = max(text.rfind(c, lo, pos) for c in "，,；;。\n")
    return text[(cut + 1 if cut >= 0 else lo):pos]


#: the words of a constant price basis (（1990年不变价）, （可比价）)
_CONSTANT_PRICES = lazyre.compile(r"不变价|可比价格?")


_YEAR_IN_CLAUSE = lazyre.compile(r"((?:19|20)\d{2})年[^，,；;。：:\d]{0,16}$")


def _years_apart(text: str, ch: Change) -> bool:
    """Whether a change over last year (比上年, 同比) reads a prior and a current value each labelled by a year in its
    clause, the years not consecutive (2021年…1,862亿元；2023年达到2,136亿元，比上年增长5.8%): last year's value is
    another one, not stated."""
    if ch.base is None or ch.current is None or not ch.comparison or not _LAST_YEAR_CMP.match(ch.comparison):
        return False
    yb = _YEAR_IN_CLAUSE.search(text, max(0, ch.base.start - 24), ch.base.start)
    yc = _YEAR_IN_CLAUSE.search(text, max(0, ch.current.start - 24), ch.current.start)
    return yb is not None and yc is not None and int(yc.group(1)) - int(yb.group(1)) != 1


def _same_constant_prices(doc: Any, ch: Change) -> bool:
    """Whether both levels of ``ch`` are stated at a constant price basis, each in its own words (a bracket before or
    after the figure, or its clause): grammar's reading of a figure's price basis."""
    if ch.base is None or ch.current is None:
        return False
    from lintgov.claims.grammar import _price_of
    text = folded_text(doc)
    skel, _ = skeleton(doc)
    return _price_of(text, skel, ch.base) == "不变价" == _price_of(text, skel, ch.current)


_PRICE_QUALIFIERS = lazyre.compile(r"可比价格?|可比口径|同口径|(?<!加计)扣除|剔除|实际增长|不变价|价格因素|物价因素")


def _tol_kw(ch: Change, extra: float) -> dict:
    """The tolerance for messages: ``tol_zh`` and ``tol`` (English); a percent claim's
    tolerance is in percentage points."""
    if ch.amount is None:
        return {"tol_zh": "", "tol": ""}
    lo, hi = interval_of(ch.amount)
    x = _num((hi - lo) / 2 + extra, 4)
    if ch.amount.is_percent:
        return {"tol_zh": x + "个百分点", "tol": x + " percentage points"}
    # (in the amount's own scale: ±0.5亿斤, not ±50000000斤)
    x = amount_text((hi - lo) / 2 + extra, ch.amount, 4)
    return {"tol_zh": x, "tol": x}


_LAST_YEAR_CMP = lazyre.compile(r"^(?:同比|(?:同比|比|较之?|与|同|相比)(?:上一?年(?:度)?|去年|前一年)(?:同期)?(?:相比|相较|比较)?(?:同比)?)$")
_LAST_YEAR_LABEL = lazyre.compile(r"^(?:上一?年(?:度|同期)?|去年(?:同期)?|比上一?年|较之?上一?年|比去年|较去年)")


#: durations in minutes (a day of 24 hours or a working day of 8: both readings)
_MINUTES = {"秒": (1 / 60,), "秒钟": (1 / 60,), "分钟": (1.0,), "小时": (60.0,), "个小时": (60.0,), "天": (1440.0, 480.0),
            "日": (1440.0, 480.0), "工作日": (480.0, 1440.0), "个工作日": (480.0, 1440.0)}


#: points beyond the printed rounding before a whole's growth is said to leave its parts' range, or to differ from the
#: growth its parts' levels and growths imply (statistics compare with last year's revised levels)
_SPLIT_SLACK = 0.2
_LEVELS_SLACK = 0.5


def _part_change(doc: Any, p: Any) -> str:
    """A part's change as written (增长9.8%), its verb supplied when a 分别 list wrote it once for all (9.8%)."""
    if p.verb_start < p.amount.start:
        return doc.text[p.verb_start:p.amount.end]
    return ("下降" if p.direction < 0 else "增长") + doc.text[p.amount.start:p.amount.end]


# -- LG201 ----------------------------------------------------------------------------------------
class GrowthMismatch(Rule):
    code = "LG201"
    name = "growth-mismatch"
    category = "yoy"
    level = "error"
    summary = {"zh": "增减幅度与文中给出的前后数值不符。",
               "en": "A stated change does not match the prior and current values given with it."}
    description = {
        "zh": "对“由A增至B，增长X%”“B件，比上年的A件增长X%”“上年为A件……增加N件”“由a%提高到b%，提高X个百分点”等"
              "同时给出基期值和本期值的表述，按 (B−A)/A×100%（百分点为 B−A，数量为 B−A）重新计算，"
              "各数按其印刷精度取区间（半个末位单位，万/亿同比例放大），重算区间与所述幅度区间不相交时报告。"
              "写明“按可比价格计算”“年均”“扣除价格因素”等口径的表述不核验。",
        "en": "For claims that give both the prior and the current value (由A增至B，增长X%; B件，比上年的A件增长X%; "
              "由a%提高到b%，提高X个百分点), recompute (B−A)/A (B−A for points and for counts) over the intervals "
              "the printed numbers stand for and report when the stated change lies outside. Claims qualified by "
              "按可比价格计算, 年均, 扣除价格因素 are not checked.",
    }
    authority = AUTH_TJ
    messages = {
        "default": {"zh": "“{stated}”与数值不符：由{base}到{current}，重算{what}为{recomputed}（容差±{tol_zh}）",
                    "en": "“{stated}” does not match the values: from {base} to {current} the {what_en} "
                          "recomputes to {recomputed_en} (tolerance ±{tol})"},
        "split": {"zh": "“{stated}”不在各分项增幅之间：{whole}由{parts}组成（{why}），整体增幅是各分项增幅的加权平均，"
                           "应在{lo}至{hi}之间（按各数印刷精度，另加0.2个百分点）",
                  "en": "“{stated}” is not between its parts' growths: {whole} is made of {parts} ({why_en}), so its "
                        "growth is a weighted mean of theirs and lies between {lo} and {hi} (at the printed precision)"},
        "split_levels": {"zh": "“{stated}”与各分项的本期值和增幅不符：{whole}{wlevel}由{parts}组成（{why}），上年各分项之和"
                                  "推出整体应{recomputed}（{lo}至{hi}，按各数印刷精度，另加0.5个百分点）",
                         "en": "“{stated}” does not match its parts' levels and growths: {whole} {wlevel} is made of "
                               "{parts} ({why_en}); last year's parts add up to a whole that grew {recomputed} ({lo} to "
                               "{hi}, at the printed precision)"},
        "split_part": {"zh": "{name}“{stated}”与整体及其他分项不符：{whole}{wlevel}（{wchange}）由{parts}组成（{why}），"
                                "上年各项须相加一致，{name}应{recomputed}左右（整体按各分项应为{lo}至{hi}，按各数印刷精度，另加0.5个百分点）",
                       "en": "{name} “{stated}” does not fit the whole and the other parts: {whole} {wlevel} ({wchange}) is "
                             "made of {parts} ({why_en}); for last year's figures to add up {name} would grow about "
                             "{recomputed} (the whole, from its parts: {lo} to {hi}, at the printed precision)"},
        "delta": {"zh": "“{stated}”与增减量不符：本期{current}、增减{delta}，上年应为{base}，重算为{recomputed}（容差±{tol_zh}）",
                  "en": "“{stated}” does not match the difference: {current} now and a change of {delta} "
                        "put last year at {base}, which recomputes to {recomputed} (tolerance ±{tol})"},
        "delta-year": {"zh": "“{stated}”与增减量不符：{year}年{current}、增减{delta}，{base_year}年应为{base}，重算为{recomputed}"
                             "（容差±{tol_zh}）",
                       "en": "“{stated}” does not match the difference: {current} in {year} and a change of {delta} "
                             "put {base_year} at {base}, which recomputes to {recomputed} (tolerance ±{tol})"},
    }
    options = {"tolerance": Option(0.0, "extra tolerance, in the stated change's unit (percentage points for %)"),
               # (on: on the shared corpora it adds one finding, a real error — 万载 2022, 本地农民工增长122.93% against a
               # total's 8.55% and 外出's 10.28%, validity label v277, inconsistent as published)
               "split-wholes": Option(True, "also check the growth of a whole split into all its parts against its "
                                            "parts' growths and levels (claims.wholes)")}
    examples = (
        bad("办理行政复议案件512件，比上年的420件增长18.5%。", note="(512−420)/420 = 21.9%"),
        bad("受理行政复议申请由300件增至360件，增长25%。"),
        bad("行政复议纠错率由12.5%提高到15.0%，提高2.2个百分点。"),
        bad("收案120件（上年为100件），同比增加30件。"),
        bad("办理行政复议案件156件，较上年增加17件，增长21.2%。", note="156−17 = 139; 17/139 = 12.2%"),
        good("办理行政复议案件156件，较上年增加17件，增长12.2%。"),
        good("办理行政复议案件512件，比上年的420件增长21.9%。"),
        bad("全年接待游客1438.2万人次，增长25%；旅游收入126.5亿元，增长12%。上年接待游客1250.6万人次，旅游收入112.9亿元。",
            note="last year's levels in the next sentence, under one 上年: 1438.2/1250.6 = +15%"),
        good("全年接待游客1438.2万人次，增长15%；旅游收入126.5亿元，增长12%。上年接待游客1250.6万人次，旅游收入112.9亿元。"),
        bad("全年人口出生率为8.5‰，比上年下降1.6个千分点，上年为9.1‰。", note="‰ rates differ by 个千分点: 0.6"),
        bad("受理案件由100件增至129件，增长近40%。", note="近X: just under X (at most a tenth below); 29% is not near 40%"),
        good("受理案件由100件增至129件，增长近30%。"),
        good("受理行政复议申请由300件增至360件，增长20%。"),
        good("由1121亿元增加到2220亿元，增长98%。", note="rounded amounts: intervals"),
        good("由3480亿元增加到9380亿元，按可比价格计算增长102%。", note="qualified rate: not checked"),
        good("行政复议纠错率由12.5%提高到15.0%，提高2.5个百分点。"),
        bad("全年受理行政复议申请460件，增长15%，审结420件，增长30%。上年受理400件，审结350件。",
            note="priors in the next sentence, named short (受理 / 受理行政复议申请): paired one to one; 420/350 = +20%"),
        good("全年受理行政复议申请460件，增长15%，审结420件，增长20%。上年受理400件，审结350件。"),
        bad("三季度全市用电量125.5亿千瓦时，环比增长17.7%，二季度为112.4亿千瓦时。",
            note="环比 with the previous period's level after it: +11.7%"),
        good("三季度全市用电量125.5亿千瓦时，环比增长11.7%，二季度为112.4亿千瓦时。"),
        bad("政务服务好评率提高了6.2个百分点，由93.1%提高到97.3%。", note="the levels after the claim: 97.3 − 93.1 = 4.2"),
        good("政务服务好评率提高了4.2个百分点，由93.1%提高到97.3%。"),
        bad("旅游总收入增长18.4%，全年实现旅游总收入86.5亿元，而上年为76.96亿元。",
            note="last year's level after the claim: 86.5/76.96 − 1 = 12.4%"),
        good("旅游总收入增长12.4%，全年实现旅游总收入86.5亿元，而上年为76.96亿元。"),
        bad("积压案件由年初的380件减少到年底的95件，减少305件。", note="380 − 95 = 285"),
        good("积压案件由年初的380件减少到年底的95件，减少285件。"),
        bad("全年发生生产安全事故86起、死亡43人，较上年（100起、50人）分别下降14%、24%。",
            note="priors in brackets after the basis, paired in order: 43/50 = −14%"),
        good("全年发生生产安全事故86起、死亡43人，较上年（100起、50人）分别下降14%、14%。"),
        bad("全年受理行政复议案件203件，创历史新高。与上年相比，增加17件，增长12.2%。",
            note="the level a sentence before the difference and the growth (claims.levels): 17/(203−17) = 9.1%"),
        good("全年受理行政复议案件156件，创历史新高。与上年相比，增加17件，增长12.2%。"),
        bad("全年受理行政复议案件同比增长12.2%，增加17件，共203件。", note="the level after the pair: 17/186 = 9.1%"),
        bad("全年外贸进出口总额增长12.1%，其中出口增长9.8%，进口增长1.2%。",
            note="a whole split completely grows between its parts (claims.wholes.split_changes)"),
        good("全年外贸进出口总额增长6.1%，其中出口增长9.8%，进口增长1.2%。"),
        good("全体居民人均可支配收入增长8.9%，其中城镇居民增长6.1%，农村居民增长7.5%。",
             note="per-capita: the weights move with the people, never read"),
    )

    def check(self, doc, ctx):
        tol = self.settings["tolerance"]
        for ch in changes(doc):
            if ch.delta is not None:
                f = self._check_delta(doc, ch, tol)
                if f is not None:
                    yield f
                continue
            if ch.kind == "percent" and ch.has_values and measure(ch.base) != measure(ch.current) \
                    and measure(ch.base) in _MINUTES and measure(ch.current) in _MINUTES:
                f = self._check_time_units(doc, ch, tol)
                if f is not None:
                    yield f
                continue
            f = self._check_values(doc, ch, tol)
            if f is not None:
                yield f
        # 2022年，全县网上可办率为80.5%。…这一比例提高到93.0%。两年相比，网上可办率提升12.5个百分点: a change stated
        # with no value of its own, the two levels of its metric stated for two periods in the sentences before it
        # (claims.levels.period_pairs)
        for ch0, a, b in period_pairs(doc):
            f = self._check_values(doc, dataclasses.replace(ch0, base=a, current=b), tol)
            if f is not None:
                yield f
        # 今年拟安排“三农”投入7161亿元，比上年增加1206亿元 with 全年…“三农”的投入5955亿元 in the review: a change against last
        # year whose prior the report states elsewhere, the same metric in the same words (claims.yearlevels.stated_priors)
        for ch0, a in stated_priors(doc):
            f = self._check_values(doc, dataclasses.replace(ch0, base=a), tol)
            if f is not None:
                yield f
        # 一九五九年的社会商品零售总额将达到六百五十亿元，比一九五八年增长… with 一九五八年…社会商品零售总额…五百四十八亿元
        # far before: a change against a year the comparison names, that year's level stated elsewhere in the same words
        # (claims.yearlevels.named_year_priors)
        for ch0, a in named_year_priors(doc):
            f = self._check_values(doc, dataclasses.replace(ch0, base=a), tol)
            if f is not None:
                yield f
        # １９５６年新建铁路铺轨１，９８５公里，比１９５５年铺轨里数增加６２％ with １９５５年新建铁路铺轨１，２２２公里 far before: a
        # comparison naming the period and restating the metric, the level it compares closing the clause before
        # (claims.yearlevels.metric_cmp_priors)
        for ch0, a, b in metric_cmp_priors(doc):
            f = self._check_values(doc, dataclasses.replace(ch0, base=a, current=b), tol)
            if f is not None:
                yield f
        # 同１９５５年国家决算比较，本年收入增长９．２９％ with both years' 本年收入 stated elsewhere: a change framed by a year,
        # its two levels from the report's index of levels (claims.yearlevels.frame_pairs)
        for ch0, a, b in frame_pairs(doc):
            f = self._check_values(doc, dataclasses.replace(ch0, base=a, current=b), tol)
            if f is not None:
                yield f
        # 病床将增设6万张，总数达到33.9万张 with last year's 病床达到27.9万张 elsewhere: the addition against the total less
        # last year's level (claims.yearlevels.added_totals)
        for ch0 in added_totals(doc):
            f = self._check_values(doc, ch0, tol)
            if f is not None:
                yield f
        # 农业总产值比1952年将增长26%，即增加一百二十七亿六千万元 with …农业总产值…达到六百一十一亿元 (the level of the year the
        # change reaches) elsewhere: the prior is the level less the difference (claims.yearlevels.far_levels)
        for fl in far_levels(doc):
            if fl.growth.kind == "percent":
                f = self._check_delta(doc, dataclasses.replace(fl.growth, current=fl.level, delta=fl.delta,
                                                               delta_direction=fl.delta_direction), tol,
                                      (fl.year, fl.base_year))
                if f is not None:
                    yield f
        yield from self._check_bound_levels(doc, tol)
        if self.settings["split-wholes"]:
            yield from self._check_split_growths(doc, tol)

    def _check_values(self, doc, ch, tol):
        """One change claim whose prior and current values are known (``ch.base``, ``ch.current``): the finding when
        the stated change does not meet the values, else None; the relation is written to the ledger."""
        if not _reads_values(doc, ch) or _values_move(doc.text, ch) == -ch.direction:
            return None  # (direction contradictions are LG202's, on the same pairings: GrowthDirection.check)
        stated = _signed(ch)
        both_rates = bool(rate_unit(ch.base)) and rate_unit(ch.base) == rate_unit(ch.current)
        a, b = _levels(doc.text, ch)
        record(doc, self.code, "growth", ch.amount, True, "(B-A)/A*100" if ch.kind == "percent" else "B-A",
               (ch.base, ch.current))
        if ch.kind == "percent":
            rec = _growth(a, b)
            if rec is None or _overlap(rec, stated, tol):
                return None
            if both_rates and _overlap(_diff(a, b), stated, tol):
                return None  # % written for points: LG204
            va, vb = signed_value(doc.text, ch.base), signed_value(doc.text, ch.current)
            what, what_en = "增幅", "growth rate"
            pg = 100 * (vb / va - 1) if va else _mid(rec)
            shown = _shown(_spct(pg), _spct(rec[0]), _spct(rec[1]), rec[1] - rec[0] > max(1.0, 0.1 * abs(pg)))
        elif ch.kind == "points":
            if not both_rates or points_of(rate_unit(ch.base)).lstrip("个") != unit_of(ch.amount).lstrip("个"):
                return None  # counts by 个百分点: LG204; ‰ rates by 个千分点, % rates by 个百分点
            rec = _diff(a, b)
            if _overlap(rec, stated, tol):
                return None
            g = _growth(a, b)
            if g is not None and _overlap(g, stated, tol):
                return None  # relative change written in points: LG204
            pu = points_of(rate_unit(ch.base))
            what, what_en = "变动", "difference"
            shown = _shown(_num(signed_value(doc.text, ch.current) - signed_value(doc.text, ch.base)) + pu, _num(rec[0]) + pu, _num(rec[1]) + pu,
                           rec[1] - rec[0] > 0.5)
        else:
            if ch.amount.is_percent or measure(ch.amount) != measure(ch.current) or not measure(ch.amount):
                return None
            rec = _diff(a, b)
            if _overlap(rec, stated, tol):
                return None
            point = signed_value(doc.text, ch.current) - signed_value(doc.text, ch.base)
            what, what_en = "增减量", "difference"
            shown = _shown(amount_text(point, ch.amount), amount_text(rec[0], ch.amount), amount_text(rec[1], ch.amount),
                           rec[1] - rec[0] > 0.1 * max(abs(point), 1e-9))
        record(doc, self.code, "growth", ch.amount, False, "(B-A)/A*100" if ch.kind == "percent" else "B-A",
               (ch.base, ch.current))
        return self.finding(
            doc, ch.amount.start, ch.amount.end,
            related=[Related(ch.base.start, ch.base.end, {"zh": "基期值", "en": "prior value"}),
                     Related(ch.current.start, ch.current.end, {"zh": "本期值", "en": "current value"})],
            evidence={"recomputed": [rec[0], rec[1]], "stated": [stated[0], stated[1]], "tolerance": tol,
                      "formula": "(B-A)/A*100" if ch.kind == "percent" else "B-A",
                      "base": signed_value(doc.text, ch.base), "current": signed_value(doc.text, ch.current)},
            what=what, what_en=what_en, stated=doc.text[ch.verb_start:ch.amount.end], base=_q(doc, ch.base),
            current=_q(doc, ch.current), recomputed=shown[0], recomputed_en=shown[1], **_tol_kw(ch, tol))

    def _check_split_growths(self, doc, tol):
        """进出口总额增长6.1%，其中出口增长9.8%，进口增长1.2%: the growth of a whole split into all its parts
        (:func:`lintgov.claims.wholes.split_changes`) lies between its parts' growths; with every level stated, it is
        the growth last year's parts imply (:func:`lintgov.claims.wholes.implied_growth`), and the finding stands on the
        figure whose correction leaves the growths closest together (:func:`lintgov.claims.wholes.odd_one`)."""
        from lintgov.claims.wholes import growth_range, implied_growth, odd_one, signed, split_changes
        for sc in split_changes(doc):
            if sc.kind != "percent":
                continue
            w = sc.whole
            lo, hi = growth_range(sc)
            st = signed(w)
            imp = implied_growth(doc, sc)
            # (a margin beyond the printed rounding: a communiqué may compare each figure with last year's revised
            # level; the errors this reads are points apart, never tenths)
            if imp is not None:
                ok = st[1] >= imp[0] - tol - _LEVELS_SLACK - EPS and st[0] <= imp[1] + tol + _LEVELS_SLACK + EPS
                record(doc, self.code, "growth", w.amount, ok, "W / sum(P/(1+g)) - 1",
                       [w.current] + [x for p in sc.parts for x in (p.current, p.amount)])
            else:
                ok = st[1] >= lo - tol - _SPLIT_SLACK - EPS and st[0] <= hi + tol + _SPLIT_SLACK + EPS
                record(doc, self.code, "growth", w.amount, ok, "min(parts) <= whole <= max(parts)",
                       [p.amount for p in sc.parts])
            if ok:
                continue
            if imp is None:
                yield self.finding(
                    doc, w.amount.start, w.amount.end, "split",
                    related=[Related(p.amount.start, p.amount.end, {"zh": f"分项“{n}”增幅", "en": f"growth of the part {n}"})
                             for p, n in zip(sc.parts, sc.part_names)],
                    evidence={"whole": sc.whole_name, "parts": list(sc.part_names), "stated": list(st),
                              "part_growths": [list(signed(p)) for p in sc.parts], "range": [lo, hi],
                              "tolerance": tol + _SPLIT_SLACK,
                              "formula": "min(parts) <= whole <= max(parts)", "complete_because": str(sc.why)},
                    stated=doc.text[w.verb_start:w.amount.end], whole=sc.whole_name,
                    parts="、".join(f"{n}（{_part_change(doc, p)}）" for n, p in zip(sc.part_names, sc.parts)),
                    why=sc.why.zh, why_en=str(sc.why), lo=_spct(lo), hi=_spct(hi))
                continue
            odd = odd_one(sc)
            k, value = odd if odd is not None else (-1, (imp[0] + imp[1]) / 2)
            at = w if k == -1 else sc.parts[k]
            figures = [(sc.whole_name, w)] + list(zip(sc.part_names, sc.parts))
            yield self.finding(
                doc, at.amount.start, at.amount.end, "split_levels" if k == -1 else "split_part",
                related=[Related(p.current.start, p.current.end, {"zh": f"“{n}”本期值", "en": f"level of {n}"})
                         for n, p in figures]
                + [Related(p.amount.start, p.amount.end, {"zh": f"“{n}”增幅", "en": f"growth of {n}"})
                   for n, p in figures if p is not at],
                evidence={"whole": sc.whole_name, "parts": list(sc.part_names), "stated": list(st),
                          "recomputed": list(imp), "tolerance": tol + _LEVELS_SLACK, "formula": "W / sum(P/(1+g)) - 1",
                          "odd_one": sc.whole_name if k == -1 else sc.part_names[k], "corrected": value,
                          "complete_because": str(sc.why)},
                stated=doc.text[at.verb_start:at.amount.end] if at.verb_start < at.amount.start else _part_change(doc, at),
                whole=sc.whole_name, name=sc.whole_name if k == -1 else sc.part_names[k],
                parts="、".join(f"{n}{_q(doc, p.current)}（{_part_change(doc, p)}）" for n, p in zip(sc.part_names, sc.parts)),
                wlevel=_q(doc, w.current), wchange=_part_change(doc, w), why=sc.why.zh, why_en=str(sc.why),
                recomputed=_spct(value), lo=_spct(imp[0]), hi=_spct(imp[1]))

    def _check_time_units(self, doc, ch, tol):
        """由2小时压缩至30分钟，压缩75%: two durations in different units, each in minutes (a day is 24 or 8 hours, a
        working day 8 or 24: every reading is tried, and any that fits keeps the claim silent)."""
        if not (_fine(ch.base) and _fine(ch.current) and _fine(ch.amount)) or _qualified(doc, ch):
            return None
        ia, ib = interval_of(ch.base), interval_of(ch.current)
        stated = _signed(ch)
        recs = []
        for fa in _MINUTES[measure(ch.base)]:
            for fb in _MINUTES[measure(ch.current)]:
                rec = _growth((ia[0] * fa, ia[1] * fa), (ib[0] * fb, ib[1] * fb))
                if rec is not None:
                    recs.append(rec)
        if not recs:
            return None
        ok = any(_overlap(r, stated, tol) for r in recs)
        record(doc, self.code, "growth", ch.amount, ok, "(B-A)/A*100, in minutes", (ch.base, ch.current))
        if ok:
            return None
        rec = min(recs, key=lambda r: abs(_mid(r) - _mid(stated)))
        return self.finding(
            doc, ch.amount.start, ch.amount.end,
            related=[Related(ch.base.start, ch.base.end, {"zh": "基期值", "en": "prior value"}),
                     Related(ch.current.start, ch.current.end, {"zh": "本期值", "en": "current value"})],
            evidence={"recomputed": [rec[0], rec[1]], "stated": [stated[0], stated[1]], "tolerance": tol,
                      "formula": "(B-A)/A*100, in minutes", "base": value_of(ch.base), "current": value_of(ch.current),
                      "minutes": {"base": _MINUTES[measure(ch.base)], "current": _MINUTES[measure(ch.current)]}},
            what="增幅", what_en="growth rate", stated=doc.text[ch.verb_start:ch.amount.end], base=_q(doc, ch.base),
            current=_q(doc, ch.current), recomputed=_spct(_mid(rec)), **_tol_kw(ch, tol))

    @staticmethod
    def _delta_reading(doc, ch):
        """较上年增加17件，增长12.2%: (the recomputed growth D/(B−D), the prior B − D, the stated growth) with the prior
        current − 17, or None when the three cannot be computed with."""
        cur, d, amt = ch.current, ch.delta, ch.amount
        if ch.kind != "percent" or amt is None or cur is None or ch.direction != ch.delta_direction:
            return None
        if real_growth_metric(doc, cur.start) or _qualified(doc, ch):
            return None  # 人均GDP…增加2.11万元，增长8.5%: real growth, not from the nominal difference
        if not (_fine(cur) and _fine(d) and _fine(amt)) or measure(d) != measure(cur) or cur.is_percent:
            return None
        c, dv = interval_of(cur), interval_of(d)
        if ch.delta_direction < 0:
            dv = (-dv[1], -dv[0])
        base = (c[0] - dv[1], c[1] - dv[0])
        if base[0] <= 0:
            return None
        rec = (dv[0] / base[1] * 100 if dv[0] >= 0 else dv[0] / base[0] * 100,
               dv[1] / base[0] * 100 if dv[1] >= 0 else dv[1] / base[1] * 100)
        return rec, base, _signed(ch)

    def _check_bound_levels(self, doc, tol):
        """A difference and a growth stated apart from their level (…156件，创历史新高，较上年增加17件，增长12.2% / 156件。
        与上年相比，增加17件，增长12.2% / 同比增长12.2%，增加17件，共156件): the levels :func:`lintgov.claims.levels.
        delta_growths` binds them to; reported only when none of them gives the stated growth."""
        for dg in delta_growths(doc):
            readings = []
            for lv in dg.levels:
                ch = dataclasses.replace(dg.growth, current=lv, delta=dg.delta, delta_direction=dg.delta_direction)
                r = self._delta_reading(doc, ch)
                if r is not None:
                    readings.append((ch, r))
            if not readings:
                continue
            ok = any(_overlap(rec, stated, tol) for _, (rec, _b, stated) in readings)
            ch, (rec, base, stated) = readings[-1]
            record(doc, self.code, "growth", ch.amount, ok, "D/(B-D)*100", (ch.delta, ch.current))
            if ok or len(readings) > 1:
                continue     # (two levels it may describe, none fitting: which one is wrong is not ours to say)
            yield self._delta_finding(doc, ch, tol, rec, base, stated)

    def _check_delta(self, doc, ch, tol, years=None):
        """较上年增加17件，增长12.2%: the prior is current − 17 (``years``: the year of the level and the year compared
        with, when they are not this year and last)."""
        r = self._delta_reading(doc, ch)
        if r is None:
            return None
        rec, base, stated = r
        d, cur, amt = ch.delta, ch.current, ch.amount
        record(doc, self.code, "growth", amt, _overlap(rec, stated, tol), "D/(B-D)*100", (d, cur))
        if _overlap(rec, stated, tol):
            return None
        return self._delta_finding(doc, ch, tol, rec, base, stated, years)

    def _delta_finding(self, doc, ch, tol, rec, base, stated, years=None):
        d, cur, amt = ch.delta, ch.current, ch.amount
        kw = {} if years is None else {"year": years[0], "base_year": years[1]}
        return self.finding(
            doc, amt.start, amt.end, "delta" if years is None else "delta-year", **kw,
            related=[Related(d.start, d.end, {"zh": "所述增减量", "en": "stated difference"}),
                     Related(cur.start, cur.end, {"zh": "本期值", "en": "current value"})],
            evidence={"recomputed": list(rec), "stated": list(stated), "tolerance": tol,
                      "formula": "D/(B-D)*100", "current": value_of(cur), "difference": value_of(d), **kw},
            stated=doc.text[ch.verb_start:amt.end], delta=_q(doc, d),
            current=_q(doc, cur), base=amount_text(_mid(base), cur), recomputed=_spct(_mid(rec)),
            **_tol_kw(ch, tol))


# -- LG202 ----------------------------------------------------------------------------------------
class GrowthDirection(Rule):
    code = "LG202"
    name = "growth-direction"
    category = "yoy"
    level = "error"
    summary = {"zh": "增减方向与数值相反。",
               "en": "The direction word contradicts the values."}
    description = {
        "zh": "“增长/增加/上升/提高/增至”而数值实际下降，或“下降/减少/降低/降至”而数值实际上升；"
              "或同一句先说增加、后说下降。数值按印刷精度取区间，只有区间确定地反向时才报告。"
              "“增长-5%”这类方向词与负号叠用的写法不是数值矛盾（统计公报常这样写），由 LG907 提示。",
        "en": "增长/增加/提高/增至 while the value fell, 下降/减少/降低/降至 while it rose (both values given), "
              "or a stated increase followed by a fall. Values are taken as intervals; only a certain "
              "contradiction is reported. A change word followed by a negative number (增长-5%) contradicts no "
              "figure (statistical communiqués write it so): LG907 notes it.",
    }
    authority = AUTH_TJ
    messages = {
        "default": {"zh": "“{verb}”与数值方向相反：由{base}到{current}实际为{actual}",
                    "en": "“{verb}” contradicts the values: from {base} to {current} is {actual_en}"},
        "mixed": {"zh": "“{verb}”与前面所述的增减（{delta}）方向相反",
                  "en": "“{verb}” contradicts the direction of the change stated just before ({delta})"},
    }
    examples = (
        bad("行政诉讼案件由85件增至72件。"),
        bad("受理案件72件，比上年的85件增长15.3%。"),
        bad("办理行政复议案件156件，较上年增加17件，下降12.2%。"),
        good("行政诉讼案件由85件降至72件。"),
        good("受理案件72件，比上年的85件下降15.3%。"),
        good("行政复议申请同比下降5%。"),
        good("经济增长率为-5%。", note="a rate, not a change word"),
        good("行政复议申请同比增长-5%。", note="a double sign contradicts no figure: LG907 notes it"),
    )

    def check(self, doc, ctx):
        reported = set()
        for t in transitions(doc):
            if t.direction == 0 or not (_fine(t.base) and _fine(t.current) and _same_measure(t.base, t.current)):
                continue
            a, b = signed_interval(doc.text, t.base), signed_interval(doc.text, t.current)
            move = 1 if b[0] > a[1] + EPS else -1 if b[1] < a[0] - EPS else 0
            if move == -t.direction:
                reported.add(t.start)
                yield self._dir(doc, t.verb_start, t.verb_start + len(t.verb), t.verb, t.base, t.current, move)
        for ch in changes(doc):
            if not _checkable(doc, ch) or ch.kind == "fan":
                continue
            if ch.transition is not None and ch.transition.start in reported:
                continue
            move = _values_move(doc.text, ch)
            if move and move == -ch.direction:
                yield self._dir(doc, ch.verb_start, ch.verb_end, ch.verb, ch.base, ch.current, move)
        # a change paired by the claims layer with the levels of its metric stated elsewhere (两年相比…提升12.5个百分点
        # after the two years' levels; 比上年增加1206亿元 with last year's level in the review): LG201 recomputes its
        # size over these pairings, so a direction no value inside the printed intervals gives is reported here
        for ch in _paired_changes(doc):
            if ch.kind == "fan":
                continue
            move = _values_move(doc.text, ch)
            if move and move == -ch.direction:
                yield self._dir(doc, ch.verb_start, ch.verb_end, ch.verb, ch.base, ch.current, move)
        for ch in changes(doc):
            if ch.delta is not None and ch.delta_direction and ch.direction != ch.delta_direction:
                yield self.finding(doc, ch.verb_start, ch.verb_end, "mixed",
                                   related=[Related(ch.delta.start, ch.delta.end,
                                                    {"zh": "所述增减量", "en": "stated difference"})],
                                   evidence={"first": ch.delta_direction, "second": ch.direction},
                                   verb=ch.verb, delta=_q(doc, ch.delta))

    def _dir(self, doc, s, e, verb, base, cur, move):
        return self.finding(doc, s, e,
                            related=[Related(base.start, base.end, {"zh": "基期值", "en": "prior value"}),
                                     Related(cur.start, cur.end, {"zh": "本期值", "en": "current value"})],
                            evidence={"base": signed_value(doc.text, base), "current": signed_value(doc.text, cur),
                                      "moved": move},
                            verb=verb, base=_q(doc, base), current=_q(doc, cur),
                            actual="上升" if move > 0 else "下降", actual_en="a rise" if move > 0 else "a fall")


# -- LG203 ----------------------------------------------------------------------------------------
def grim_priors(current: int, stated: float, half: float, direction: int) -> Tuple[List[int], Interval]:
    """Whole prior counts A ≥ 1 whose change to ``current`` rounds to ``stated`` (± ``half``),
    and the interval of real priors that would give it.  A = B / (1 + r/100) falls as r rises."""
    lo_rate, hi_rate = stated - half, stated + half
    if direction < 0:
        lo_rate, hi_rate = -hi_rate, -lo_rate
    f_small, f_large = 1 + lo_rate / 100, 1 + hi_rate / 100
    if f_large <= 0 or current <= 0:
        return [], (math.inf, math.inf)
    a_min = current / f_large
    a_max = current / f_small if f_small > 0 else math.inf
    first = max(1, math.ceil(a_min - 1e-7))
    if math.isinf(a_max):
        return [first], (a_min, a_max)
    return list(range(first, math.floor(a_max + 1e-7) + 1)), (a_min, a_max)


#: a comparison with an earlier year (同比, 比上年, 较2015年): a growth of the count over it
_YEAR_CMP = lazyre.compile(r"同比|(?:比|较)(?:上一?年|去年|(?:19|20)\d{2}年)(?:同期|底|末)?")
#: what makes a count after the growth something else than the level it reached (以上, a noun and 的 after it, a share)
_NOT_A_LEVEL_AFTER = lazyre.compile(r"\s*(?:以上|左右|多|余|[\u4e00-\u9fff]{0,6}的|[%％‰])")
#: counts of what is new this year (a flow): a growth rate after them may be the stock's
_NEW_FLOW = lazyre.compile(r"新增|净增|新引进|新登记|新设立|新认定|新培育|新开工|新建|新签约|新落户|新入驻|新注册|新发展")
#: a count named by the change itself (增加企业120家, 比上年增加120家, 减少网点8个): a difference, not this year's level
_DELTA_NAMED = lazyre.compile(r"(?:增加|增多|减少|净减|多了|少了)(?!值)")


#: the comparison of a multiple over time (上年, 去年, 2015年, 同期, 十年前): 是上年的3倍 and 比2015年增长5倍 are the count's own
#: earlier level; a multiple of another body (是全市的2.2倍, 相当于全国的N倍) or with no comparison after 是 is not
_TIMES_TIME = lazyre.compile(r"(?:同比|(?:比|较)?(?:上一?年|去年|(?:19|20)\d{2}年|[一二两三四五六七八九十\d]+年前)(?:同期|底|末)?)")


def _stock_growth_fits(added: int, rate: float, half: float) -> bool:
    """Whether some whole stock S >= 1 rose by a whole D, 1 <= D <= ``added``, with D/S*100 within ``rate`` ± ``half``
    (新增N家，增长X% read as the growth of the stock the N were added to; some may have left).  Bounded: once the
    interval S·[lo, hi] is a unit wide it holds a whole D, so S runs to 1/(hi − lo) at most."""
    lo, hi = (rate - half) / 100, (rate + half) / 100
    if lo <= 0:
        return True
    s_max = math.floor(added / lo + 1e-9)
    s_wide = math.ceil(1 / (hi - lo)) if hi > lo else s_max
    for s in range(1, min(s_max, s_wide) + 1):
        if math.ceil(s * lo - 1e-9) <= min(added, math.floor(s * hi + 1e-9)):
            return True
    return False


_BOUND_AFTER_TIMES = lazyre.compile(r"多|余|餘|以上|以下|左右|上下|之多")


def _times_over_time(text: str, cur, ch) -> bool:
    """Whether a multiple claim (``times`` / ``times_to``) compares the count with its own earlier level: 增长N倍
    with no comparison or a year's, 是/为/相当于 + a year's label + 的N倍 (the label right after the verb)."""
    if ch.kind == "times":
        return not ch.comparison or _TIMES_TIME.fullmatch(ch.comparison) is not None
    return bool(ch.comparison) and _TIMES_TIME.fullmatch(ch.comparison) is not None \
        and re.fullmatch(r"(?:是|为|相当于)" + re.escape(ch.comparison) + r"(?:同期)?的",
                         text[ch.verb_start:ch.amount.start]) is not None


#: a change in percent (增长517%, 同比下降3.2%): what a whole before 其中 states of itself
_PCT_CHANGE = lazyre.compile(r"(?:增长|增長|下降|增加|减少|減少|提高|降低)(?:了)?\s*\d+(?:\.\d+)?\s*[%％]")


def _whole_change_stated(text: str, qizhong: int) -> bool:
    """Whether the whole a 其中 opens a part of states its own change in percent, in the clauses right before 其中 in its
    sentence (新增项目284个、增长517%，其中…; or before the ； that 其中 follows): then a change after the part is the
    part's, not the whole's again."""
    stop = qizhong - 1 if qizhong and text[qizhong - 1] in "；;" else qizhong   # (…增长8%；其中…: the whole before ；)
    lo = max(text.rfind(c, max(0, qizhong - 80), stop) for c in "。；;\n") + 1
    return _PCT_CHANGE.search(text, lo, qizhong) is not None


class GrowthImpossibleCount(Rule):
    code = "LG203"
    name = "growth-impossible-count"
    category = "yoy"
    level = "warning"
    summary = {"zh": "本期为整数件数时，没有任何整数的上年件数能得出所述增减幅度。",
               "en": "No whole-number prior count gives the stated growth of a whole-number count."}
    description = {
        "zh": "“受理案件27件，同比增长285%”：上年件数A必须是整数，且 (27−A)/A 按所印精度四舍五入后等于285%。"
              "A=7 得285.7%（约286%），A=8 得237.5%，没有整数满足，说明增幅或件数有误（统计学中的 GRIM 检验）。"
              "只核验紧接在整数件数之后的增减幅度；金额、带万/亿或“约、余、近”的数值不是整数件数，不核验。"
              "倍数同理：“公办幼儿园增至126所，增长22倍”要求126/A−1按所印精度等于22（A=5得24.2倍、6得20倍，不可能）；"
              "“是上年的N倍”为126/A=N；只核验与本指标较早年份的比较（不核验“是全市的N倍”），“近N倍”“N倍多”不核验。",
        "en": "“27件，同比增长285%”: last year's count A must be a whole number with (27−A)/A rounding to 285% at "
              "the printed precision; 7 gives 285.7%, 8 gives 237.5%, so no A works (a GRIM test for growth). "
              "Only growth right after a whole-number count is checked; money, values with 万/亿 and approximate "
              "values are not whole counts. Multiples alike: 增至126所，增长22倍 needs 126/A − 1 to round to 22 "
              "(5 gives 24.2, 6 gives 20: impossible), 是上年的N倍 126/A = N; only against the count's own earlier "
              "year (never 是全市的N倍), never 近N倍 or N倍多.",
    }
    authority = AUTH_TJ + "；GRIM 检验（Brown & Heathers, 2017）"
    messages = {
        "default": {"zh": "{current}“{claim}”不可能：没有整数的上年数能得出该幅度（最接近的{near}），容差±{tol_zh}",
                    "en": "{current} and “{claim}” cannot both hold: no whole prior count gives that rate "
                          "(nearest: {near_en}), tolerance ±{tol}"},
        "new-flow": {"zh": "{current}“{claim}”不可能：作为新增数本身的增幅，没有整数的上年数能得出（最接近的{near}）；"
                           "作为总量的增幅，总量增加不超过新增数时也没有整数的上年总量能得出，容差±{tol_zh}",
                     "en": "{current} and “{claim}” cannot both hold: as the growth of what was added, no whole prior "
                           "count gives that rate (nearest: {near_en}); as the growth of the stock it was added to (a "
                           "rise of at most that many), no whole prior stock gives it either; tolerance ±{tol}"},
        "times-new-flow": {"zh": "{current}“{claim}”不可能：作为新增数本身的倍数，没有整数的基期数能得出（最接近的{near}）；"
                                 "作为总量的倍数，总量增加不超过新增数时也没有整数的基期总量能得出，容差±{tol_zh}",
                           "en": "{current} and “{claim}” cannot both hold: as a multiple of what was added, no whole "
                                 "earlier count gives it (nearest: {near_en}); as the stock's, with a rise of at most "
                                 "that many, no whole earlier stock gives it either; tolerance ±{tol}"},
        "times": {"zh": "{current}“{claim}”不可能：没有整数的基期数能得出该倍数（最接近的{near}），容差±{tol_zh}",
                  "en": "{current} and “{claim}” cannot both hold: no whole earlier count gives that multiple "
                        "(nearest: {near_en}), tolerance ±{tol}"},
    }
    options = {"tolerance": Option(0.0, "extra tolerance in percentage points")}
    examples = (
        bad("2024年共受理行政复议案件27件，同比增长285%。", note="7 → 285.7%, 8 → 237.5%"),
        bad("收到信访件13件，同比下降40%。", note="21 → −38.1%, 22 → −40.9%"),
        bad("全年受理、审结行政复议案件分别为27件、24件，分别同比增长285%、20%。", note="paired by 分别: 27件 and 285%"),
        good("全年受理、审结行政复议案件分别为460件、420件，分别同比增长15%、20%。", note="400 → 15%, 350 → 20%"),
        good("全年共收到行政复议申请1113件，同比增长99.5%。", note="558 → 99.46%"),
        good("办理行政诉讼案件285件，同比增长43.2%。", note="199 → 43.22%"),
        good("实际利用外资1.98亿美元，同比增长149.6%。", note="money with 亿: not a whole count"),
        good("受理案件27件，涉案金额同比增长285%。", note="the growth is about another subject"),
        good("共受理案件300件，其中行政处罚类27件，同比增长285%。", note="the rate may be the total's"),
        bad("公办幼儿园增至126所，增长22倍。", note="×23: 126/5 = 25.2, 126/6 = 21 — no whole earlier count"),
        good("公办幼儿园增至126所，增长17倍。", note="7 → 126 is ×18"),
        good("高新技术企业达135家，是2015年的5倍。", note="27 → 135 is ×5"),
    )

    def check(self, doc, ctx):
        tol = self.settings["tolerance"]
        text = folded_text(doc)
        for ch in changes(doc):
            cur, amt = ch.current, ch.amount
            if ch.base is not None or ch.transition is not None or cur is None or amt is None:
                continue
            if ch.kind == "percent":
                if not amt.is_percent:
                    continue
            elif ch.kind not in ("times", "times_to") or amt.unit != "倍" or ch.direction < 0 \
                    or not _times_over_time(text, cur, ch):
                continue  # 增长17倍 / 是上年的3倍 of the count itself over an earlier year, never 是全市的N倍
            if not is_whole(cur) or amt.approx is not None or ch.approx:
                continue  # 2.7万件, 27余件, 二千八百件 (Chinese numerals elide zeros): not exact counts
            fc = claims_of(doc).at(cur.start)
            if fc is not None and fc.role == "prior":
                continue  # 败诉14件。上年败诉20件，下降30%: last year's level, the base of the change, not what it reached
            if ch.kind != "percent" and _BOUND_AFTER_TIMES.match(text, amt.end):
                continue  # 增长5倍多 / 3倍以上 / 两倍左右: a range of multiples
            after = cur.start >= amt.end
            if after:
                # the count the growth reached, after it (专利代理机构增长19.7%，达91家; 比2015年增长…，达到91家): a
                # comparison with an earlier year only, never a bound or a noun after the count (达91家以上, 91家企业的…)
                if ch.listed or ch.delta is not None or (ch.comparison and not _YEAR_CMP.fullmatch(ch.comparison)) \
                        or _NOT_A_LEVEL_AFTER.match(text, cur.end) or qualifier_near(doc, ch.verb_start, cur.end):
                    continue
            elif not ch.listed and (ch.verb_start - cur.end > 30 or ch.delta is not None
                                    or qualifier_near(doc, cur.end, ch.end)):
                continue  # only a claim right after its count (a chain of claims shares one current value)
            elif not ch.listed and re.sub(r"[\s，,、。]", "", text[cur.end:ch.verb_start]) != (
                    "" if ch.kind == "times_to" else ch.comparison):
                continue  # only a comparison word between the count and the change (or two 分别 lists; 是上年的N倍
                # names its comparison after the verb; …达到91家。增长19.7%: a change opening the next sentence with no
                # subject of its own, bound to the count closing this one — claims.grammar._operands_around)
            at = ch.verb_start if after else cur.start
            clause = re.split(r"[，,；;。：:\n]", text[max(0, at - 40):at])[-1]
            if "其中" in clause and not _whole_change_stated(text, at - len(clause) + clause.rindex("其中")):
                continue  # 共300件，其中…27件，同比增长…: the rate may be the total's — unless the total's own change
                # stands before 其中 (项目284个、增长517%，其中…项目4个、增长100%: the second growth is the part's)
            new_flow = _NEW_FLOW.search(clause) is not None or (not after and _DELTA_NAMED.search(clause) is not None)
            if new_flow and ch.direction < 0:
                continue  # 新增企业122家，下降9%: a stock may fall by any number while 122 were added
            B = int(round(cur.value))
            half = amt.half_unit * 1.1 + tol   # a rate rounded twice (13.9466 → 13.95 → 14.0) is still consistent
            if ch.kind == "percent":
                rate, rate_half, formula = amt.value, half, "(B-A)/A*100, A whole"
            else:  # 增长N倍 is a growth of N×100%, 是上年的N倍 one of (N−1)×100% (the multiple's own rounding, ×100)
                rate = (amt.value if ch.kind == "times" else amt.value - 1) * 100
                rate_half = (amt.half_unit * 1.1) * 100 + tol
                formula = "B/A-1, A whole" if ch.kind == "times" else "B/A, A whole"
            found, (a_lo, a_hi) = grim_priors(B, rate, rate_half, ch.direction)
            if new_flow:
                # 新增企业122家，增长90.3%: the growth of what was added this year over last year's additions, or of
                # the stock they were added to (some may have left: a rise of D <= 122 over a whole stock S)
                formula += "; or the stock's D/S*100, D <= B"
                found = found or _stock_growth_fits(B, rate, rate_half)
            record(doc, self.code, "growth-grim", amt, bool(found) or B == 0, formula, (cur,))
            if found or B == 0:
                continue
            sign = 1 if ch.direction > 0 else -1
            near = []
            if math.isinf(a_lo):
                continue
            centre = (a_lo + a_hi) / 2
            cands = sorted({max(1, math.floor(centre)), max(1, math.ceil(centre))})
            if len(cands) == 1:
                cands.append(cands[0] + 1)
            if ch.kind == "percent":
                for a in cands:
                    near.append((a, (B - a) / a * 100))
                near_zh = "、".join(f"{a}得{_pct(r)}" for a, r in near)
                near_en = ", ".join(f"{a} gives {_pct(r)}" for a, r in near)
                variant = "new-flow" if new_flow else "default"
                tol_zh, tol_en = _num(half, 4) + "个百分点", _num(half, 4) + " percentage points"
            else:
                shift = 1 if ch.kind == "times" else 0
                for a in cands:
                    near.append((a, B / a - shift))
                near_zh = "、".join(f"{a}得{_num(r, 3)}倍" for a, r in near)
                near_en = ", ".join(f"{a} gives {_num(r, 3)}" for a, r in near)
                variant, tol_zh, tol_en = "times-new-flow" if new_flow else "times", _num(half, 4) + "倍", _num(half, 4)
            yield self.finding(
                doc, ch.verb_start, amt.end, variant,
                related=[Related(cur.start, cur.end, {"zh": "本期整数件数", "en": "current whole count"})],
                evidence={"current": B, "stated": sign * amt.value, "tolerance": half,
                          "prior_interval": [a_lo, a_hi], "nearest": [[a, r] for a, r in near],
                          "formula": formula},
                current=_q(doc, cur), claim=doc.text[ch.verb_start:amt.end],
                near=near_zh, near_en=near_en, tol_zh=tol_zh, tol=tol_en)


# -- LG204 ----------------------------------------------------------------------------------------
_COUNT_SUBJECT = lazyre.compile(r"(?:数量|件数|人数|户数|家数|个数|次数|案件量|受案量|收案量|案件数)$")
#: an amount named right before its change (居民人均可支配收入增长6.8个百分点 / 一般公共预算收入同比增长): never by points
_AMOUNT_SUBJECT = lazyre.compile(r"(?:收入|产值|生产总值|总额|金额|投资|销售额|营业额|利润|税收|存款余额|贷款余额|支出)"
                                 r"(?:同比|比上年|较上年|比去年)?$")
_RATE_WORD = lazyre.compile(r"率|比重|占比|比例|份额|增速|增幅|速度|指数|水平|程度|满意度|覆盖面")
#: a contribution to another figure's growth (消费拉动地区生产总值增长3.5个百分点, 带动…增长): in points, by definition
_PULL_WORD = lazyre.compile(r"拉动|拉動|带动|帶動|贡献|貢獻|推动|推動|支撑|支撐|拖累|下拉|拉低|拉高|影响|影響")


class PercentVsPoints(Rule):
    code = "LG204"
    name = "percent-vs-points"
    category = "yoy"
    level = "error"
    summary = {"zh": "两个百分数之间的变动应以“个百分点”表述；件数等绝对数不以“个百分点”变动。",
               "en": "A change between two rates is expressed in 个百分点; counts never change by 个百分点."}
    description = {
        "zh": "“纠错率由12.5%提高到15.0%，提高2.5%”：2.5 是两个比率之差，应写“提高2.5个百分点”；"
              "写“%”时数值应为相对变化 (15.0/12.5−1=20%)。反之，写“个百分点”的数值若只等于相对变化也报告。"
              "“案件数量同比下降3个百分点”：件数是绝对数，只能以“%”或件数表述变化。",
        "en": "“由12.5%提高到15.0%，提高2.5%”: 2.5 is the difference of two rates and must be written 2.5个百分点; "
              "with % the number must be the relative change (20%). The reverse (points equal to the relative "
              "change only) is reported too. Counts (案件数量…下降3个百分点) never change by percentage points.",
    }
    authority = "国家统计局 统计知识：百分点是指不同时期以百分数形式表示的相对指标的变动幅度"
    messages = {
        "default": {"zh": "{stated}是两个百分数之差（{base}→{current}，差{points}个百分点），应写作“个百分点”；"
                          "相对变化为{relative}",
                    "en": "{stated} is the difference of two rates ({base}→{current}: {points} points); write "
                          "个百分点 — the relative change is {relative}"},
        "points-relative": {"zh": "{stated}等于相对变化{relative}而不是两个百分数之差（{points}个百分点）",
                            "en": "{stated} equals the relative change {relative}, not the difference of the "
                                  "two rates ({points} points)"},
        "count": {"zh": "绝对数（{subject}）不以“个百分点”表述变化：{stated}",
                  "en": "a count ({subject}) does not change by percentage points: {stated}"},
        "amount": {"zh": "金额等绝对数（{subject}）不以“个百分点”表述变化：{stated}（增幅应写作“%”）",
                   "en": "an amount ({subject}) does not change by percentage points: {stated} (a growth rate is in %)"},
    }
    options = {"tolerance": Option(0.0, "extra tolerance in percentage points")}
    examples = (
        bad("行政复议纠错率由12.5%提高到15.0%，提高2.5%。"),
        bad("行政诉讼案件数量同比下降3个百分点。"),
        bad("受理行政复议申请300件，同比增长3个百分点。"),
        good("行政复议纠错率由12.5%提高到15.0%，提高2.5个百分点。"),
        good("行政复议纠错率由12.5%提高到15.0%，提高20.0%。", note="relative change"),
        good("受理行政复议申请300件，纠错率同比提高3个百分点。"),
        bad("城镇居民人均可支配收入52360元，增长6.8个百分点。", note="an amount of money: its change is in % or 元"),
        good("城镇居民人均可支配收入52360元，增长6.8%，增速比上年提高0.6个百分点。"),
        good("城镇化率达到65.2%，比上年提高0.9个百分点。"),
        bad("一般公共预算收入由100.6亿元增长到113.7亿元，增长13.0个百分点。",
            note="the relative change of two amounts (13.0%) written in points"),
        good("一般公共预算收入由100.6亿元增长到113.7亿元，增长13.0%。"),
        bad("全市一般公共预算收入137.2亿元，比上年提高6.8个百分点，上年为128.5亿元。",
            note="the prior after the change: 137.2/128.5 − 1 = 6.8% written in points"),
        good("全市一般公共预算收入137.2亿元，增速比上年提高6.8个百分点，上年为128.5亿元。",
             note="the points are the growth rate's"),
    )

    def check(self, doc, ctx):
        tol = self.settings["tolerance"]
        text = folded_text(doc)
        # (with the changes paired with levels stated elsewhere, which LG201 leaves to this rule when the stated change
        # is the other unit's: 两年相比，网上可办率提高7.4% after the two years' rates)
        for ch in list(changes(doc)) + _paired_changes(doc):
            amt = ch.amount
            if amt is None or ch.kind not in ("percent", "points") or not _fine(amt):
                continue
            cur = ch.current
            if ch.kind == "points" and cur is not None and (is_count(cur) or measure(cur) == "元") and not cur.is_percent \
                    and ch.base is None and ch.delta is None \
                    and re.sub(r"[\s，,、]", "", text[cur.end:ch.verb_start]) == ch.comparison:
                # 受理行政复议申请300件，同比增长3个百分点 / 城镇居民人均可支配收入52360元，增长6.8个百分点: a count or an
                # amount of money right before the change, nothing between but the basis
                yield self.finding(doc, amt.start, amt.end, "count" if is_count(cur) else "amount",
                                   related=[Related(ch.current.start, ch.current.end, {"zh": "绝对数", "en": "count"})],
                                   subject=_q(doc, ch.current), stated=doc.text[ch.verb_start:amt.end])
                continue
            if ch.kind == "points" and ch.current is None and ch.base is None:
                lo = max(0, ch.start - 30)
                subj = re.split(r"[，,；;：:。、（(）)]", text[lo:ch.start])[-1]
                # (影响地方收入增幅11个百分点: the verb 增幅 is the rate's — a rate changes by points)
                if (_COUNT_SUBJECT.search(subj) or (_AMOUNT_SUBJECT.search(subj) and not _RATE_WORD.search(ch.verb))) \
                        and not _RATE_WORD.search(subj) and not _PULL_WORD.search(subj):
                    yield self.finding(doc, amt.start, amt.end, "count" if _COUNT_SUBJECT.search(subj) else "amount",
                                       subject=subj[-6:],
                                       stated=doc.text[ch.verb_start:amt.end])
                continue
            if ch.kind == "points" and _checkable(doc, ch) and not ch.base.is_percent and not ch.current.is_percent \
                    and _same_measure(ch.base, ch.current) \
                    and (ch.transition is not None or not _RATE_WORD.search(text, min(ch.current.end, ch.verb_start),
                                                                              ch.verb_start)):
                # 由100.6亿元增长到113.7亿元，增长13.0个百分点 / 137.2亿元，比上年提高6.8个百分点，上年为128.5亿元: the
                # relative change of two amounts written in points (not a rate's: 137.2亿元，增速提高…)
                rel = _growth(interval_of(ch.base), interval_of(ch.current))
                if rel is not None and _values_move(doc.text, ch) != -ch.direction and _overlap(rel, _signed(ch), tol):
                    yield self.finding(doc, amt.start, amt.end, "count",
                                       related=[Related(ch.base.start, ch.base.end, {"zh": "基期值", "en": "prior value"}),
                                                Related(ch.current.start, ch.current.end,
                                                        {"zh": "本期值", "en": "current value"})],
                                       evidence={"relative": list(rel), "stated": list(_signed(ch))},
                                       subject=_q(doc, ch.current), stated=doc.text[ch.verb_start:amt.end])
                continue
            if not _checkable(doc, ch) or not (ch.base.is_percent and ch.current.is_percent):
                continue
            if _values_move(doc.text, ch) == -ch.direction:
                continue
            a, b = interval_of(ch.base), interval_of(ch.current)
            stated = _signed(ch)
            diff, rel = _diff(a, b), _growth(a, b)
            if rel is None:
                continue
            d_ok, r_ok = _overlap(diff, stated, tol), _overlap(rel, stated, tol)
            params = dict(stated=_q(doc, amt), base=_q(doc, ch.base), current=_q(doc, ch.current),
                          points=_num(_mid(diff)), relative=_pct(_mid(rel)))
            rel_ = [Related(ch.base.start, ch.base.end, {"zh": "基期比率", "en": "prior rate"}),
                    Related(ch.current.start, ch.current.end, {"zh": "本期比率", "en": "current rate"})]
            ev = {"difference": list(diff), "relative": list(rel), "stated": list(stated), "tolerance": tol}
            if ch.kind == "percent" and d_ok and not r_ok:
                yield self.finding(doc, amt.start, amt.end, related=rel_, evidence=ev, **params)
            elif ch.kind == "points" and r_ok and not d_ok:
                yield self.finding(doc, amt.start, amt.end, "points-relative", related=rel_, evidence=ev, **params)


# -- LG205 ----------------------------------------------------------------------------------------
class MultipleWording(Rule):
    code = "LG205"
    name = "multiple-wording"
    category = "yoy"
    level = "error"
    summary = {"zh": "倍数、翻番表述与数值不符，或用“倍”表示减少。",
               "en": "A multiple (倍, 翻番) does not match the values, or a decrease is written as a multiple."}
    description = {
        "zh": "“增长（了）N倍”指增加后为原来的N+1倍，“增长到N倍”“是上年的N倍”指为原来的N倍，"
              "“翻一番/翻两番”“倍增”指×2/×4；“实现‘三大倍增’：A由a增至b；B…”的总述对其后每一项都是×2（项数须与总述相符）；"
              "给出前后数值时按区间核验。减少不能用倍数表示，"
              "“减少N倍”“降低N倍”“压缩N倍”一律报告（应改用百分数或“减少到原来的几分之一”）。",
        "en": "增长N倍 means ×(N+1), 增长到N倍 / 是上年的N倍 mean ×N, 翻一番/翻两番 and 倍增 mean ×2/×4 (a heading "
              "实现“三大倍增”： over a list of as many 由a增至b items means ×2 for each); checked when both "
              "values are given. A decrease cannot be a multiple: 减少N倍 / 降低N倍 / 压缩N倍 are always reported "
              "(use a percentage or 减少到原来的几分之一).",
    }
    authority = ("国家统计局 统计知识：百分数…既可以表示数量的增加，也可以表示数量的减少（倍数只用于增加）；"
                 "翻一番即增加100%，翻两番即增加300%")
    messages = {
        "default": {"zh": "“{stated}”意为×{expected}，而由{base}到{current}为×{ratio}（容差±{tol_zh}）",
                    "en": "“{stated}” means ×{expected}, but {base} to {current} is ×{ratio_en} (tolerance ±{tol})"},
        "down": {"zh": "减少不能用倍数表示：“{stated}”；应改用百分数（如“减少50%”）或“减少到原来的几分之一”",
                 "en": "a decrease cannot be a multiple: “{stated}”; use a percentage (减少50%) or "
                       "减少到原来的几分之一"},
        "fan-growth": {"zh": "“{stated}”意为×{expected}，与所述{growth}（×{ratio}）不符",
                       "en": "“{stated}” means ×{expected}, which does not match the stated {growth} (×{ratio})"},
    }
    options = {"fan_tolerance": Option(0.05, "relative tolerance for 翻番 (0.05 = ±5%)")}
    examples = (
        bad("案件量由100件增加到300件，增加了3倍。"),
        bad("全市城镇常住居民人均可支配收入是农村常住居民的2.60倍。全年城镇常住居民人均可支配收入48,620元，农村常住居民人均可支配"
            "收入22,400元。", note="the two named in the sentence after: 48,620 ÷ 22,400 = 2.17; the name held whole (城镇常住居民…) "
            "outranks the one it only resembles (农村常住居民…)"),
        good("全市城镇常住居民人均可支配收入是农村常住居民的2.17倍。全年城镇常住居民人均可支配收入48,620元，农村常住居民人均可支配"
             "收入22,400元。"),
        bad("办理时限压缩了2倍。"),
        bad("由120件增至360件，翻了两番。"),
        bad("同比增长60%，实现翻番。"),
        good("案件量由100件增加到300件，增加了2倍。"),
        good("案件量由100件增加到300件，增加到3倍。"),
        good("由120件增至480件，翻了两番。"),
        good("办理时限压缩了66.7%。"),
        good("到2020年实现国内生产总值比2010年翻一番。", note="a target: no values"),
        good("增加值达到480亿元，较2019年的160亿元翻了一番多。", note="一番多: more than ×2, fewer than ×4"),
        bad("增加值由1,600亿元增加到2,710亿元，翻了一番多。", note="×1.69 is not more than a doubling"),
        bad("由1,200件增至1,510件，接近翻一番。", note="×1.26 is not near ×2"),
        bad("实现“两大倍增”：外贸进出口额从120亿元增至246亿元；实际使用外资从3.2亿美元增至5.1亿美元。",
            note="the heading counts two doublings: 5.1/3.2 = ×1.59"),
        good("全区规上工业企业由2018年的420家增至865家，实现倍增。"),
        bad("新能源汽车保有量达到18.6万辆，是三年前的二点一倍，三年前为6.0万辆。",
            note="the base the sentence states for the period named: 18.6/6.0 = ×3.1"),
        good("2020年全市充电桩数量为3,200个，今年达到1.12万个，为2020年的3.5倍。"),
        bad("城镇居民人均消费支出是农村居民的2.9倍，分别为34,260元和18,040元。",
            note="two named quantities, their values after the multiple: 34,260/18,040 = ×1.9"),
        good("城镇居民人均消费支出是农村居民的1.9倍，分别为34,260元和18,040元。"),
        bad("每千人口执业医师数由2.1人提高到3.4人，提高到原来的2.6倍。", note="3.4/2.1 = ×1.6"),
    )

    def check(self, doc, ctx):
        ftol = self.settings["fan_tolerance"]
        for d in down_times(doc):
            yield self.finding(doc, d.start, d.end, "down", evidence={"verb": d.verb, "number": d.number},
                               stated=doc.text[d.start:d.end])
        chs = changes(doc)
        skel, _ = skeleton(doc)
        for i, ch in enumerate(chs):
            if ch.kind not in ("times", "times_to", "fan") or ch.direction < 0:
                continue
            if ch.kind == "fan" and not ch.has_values:
                if ch.approx:
                    continue
                prev = chs[i - 1] if i else None
                if prev is not None and prev.kind == "percent" and prev.direction > 0 and prev.amount is not None \
                        and _fine(prev.amount) and prev.end <= ch.start \
                        and re.fullmatch(r"[\s，,]*(?:实现|达到|已经|已)*了?", skel[prev.end:ch.start]):
                    g = interval_of(prev.amount)
                    ratio = (1 + g[0] / 100, 1 + g[1] / 100)
                    exp = ch.factor[0]
                    if not _overlap(ratio, (exp * (1 - ftol), exp * (1 + ftol))):
                        yield self.finding(doc, ch.verb_start, ch.end, "fan-growth",
                                           related=[Related(prev.amount.start, prev.amount.end,
                                                            {"zh": "所述增幅", "en": "stated growth"})],
                                           evidence={"ratio": list(ratio), "expected": exp, "tolerance": ftol},
                                           stated=doc.text[ch.verb_start:ch.end], expected=_num(exp),
                                           growth=_q(doc, prev.amount), ratio=_num(_mid(ratio), 3))
                continue
            # values with bounds (2500多亿元, 6200亿元以上) and multiples with bounds (近5倍, 超过120倍)
            # are taken as the intervals they allow
            if not (ch.has_values and _same_measure(ch.base, ch.current)) or _qualified(doc, ch):
                continue
            # 地区生产总值…翻了一番: a doubling at comparable prices; the nominal levels printed bound it from above only
            # (prices rise: a nominal ×2.27 may be a real ×2.0, a nominal ×1.69 is no real doubling)
            real = ch.kind == "fan" and not ch.current.is_percent and real_growth_metric(doc, ch.current.start)
            a, b = interval_of(ch.base), interval_of(ch.current)
            if ch.base.approx is None and re.search(r"目标|任务|计划", ch.base_label or ""):
                # a target is set as a round figure and means it exactly (年度任务3万亩 is 30000, not 2.5万–3.5万)
                a = (ch.base.base_value, ch.base.base_value)
            ratio = _ratio(a, b)
            if ratio is None:
                continue
            exp_txt = ""
            if ch.kind == "fan":
                # the qualifier of a range (翻一番多, 接近翻一番) is in the range itself
                t = ftol * 3 if ch.approx and ch.factor[1] == ch.factor[0] else ftol
                exp_iv = (ch.factor[0] * (1 - t), ch.factor[1] * (1 + t))
                tol_txt = f"{_num(ftol * 100)}%"
                s, e = ch.verb_start, ch.end
                if ch.verb_start < ch.start:      # 实现“三大倍增”：…，B从9432件增至16976件: the item, under its heading
                    # (翻了一番，由A增加到B: the values after the verb; the change's own span may end at the verb)
                    s, e = ch.start, max(ch.end, ch.current.end)
                if ch.factor[1] > ch.factor[0]:   # 翻一番多: a range of multiples, said as one
                    exp_txt = f"{_num(ch.factor[0], 3)}–{_num(ch.factor[1], 3)}"
            else:
                if ch.amount is not None and ch.factor is not None:
                    lo, hi = ch.factor                       # 约为…的三倍, 两倍多: the bound the words put on it
                    s, e = ch.verb_start, ch.amount.end
                elif ch.amount is not None:
                    lo, hi = interval_of(ch.amount)     # 近2.5倍: at most a tenth below
                    s, e = ch.verb_start, ch.amount.end
                else:
                    lo, hi = ch.factor
                    if ch.approx:       # 增长一点五倍多
                        hi = lo + 1
                    s, e = ch.verb_start, ch.end
                exp_iv = (lo + 1, hi + 1) if ch.kind == "times" else (lo, hi)
                tol_txt = _num((hi - lo) / 2, 4)
                if ch.amount is None and ch.approx and hi > lo:     # 增加一倍多: a range of multiples, said as one
                    exp_txt = f"{_num(exp_iv[0], 3)}–{_num(exp_iv[1], 3)}"
            if real and ratio[1] >= exp_iv[0]:
                continue
            record(doc, self.code, "multiple", ch.amount or ch.current, _overlap(ratio, exp_iv), "B/A", (ch.base, ch.current))
            if _overlap(ratio, exp_iv):
                continue
            heading = ch.verb_start < ch.start
            yield self.finding(doc, s, e,
                               related=[Related(ch.base.start, ch.base.end, {"zh": "基期值", "en": "prior value"}),
                                        Related(ch.current.start, ch.current.end,
                                                {"zh": "本期值", "en": "current value"})]
                               + ([Related(ch.verb_start, ch.verb_end, {"zh": "倍增的总述", "en": "the doubling stated"})]
                                  if heading else []),
                               evidence={"ratio": list(ratio), "expected": list(exp_iv), "kind": ch.kind},
                               stated=doc.text[ch.verb_start:ch.verb_end] if heading else doc.text[s:e], expected=exp_txt or _num(_mid(exp_iv), 3), base=_q(doc, ch.base),
                               current=_q(doc, ch.current), tol=tol_txt, tol_zh=tol_txt,
                               **_ratio_words(ch.base, ch.current, ratio))
        yield from self._check_far_levels(doc)

    def _check_far_levels(self, doc):
        """我国的工业总产值增长一点二倍，即增加三百三十三亿元 against 1952, with the level of the year it reaches stated
        elsewhere (…达到六百零三亿元: :func:`lintgov.claims.yearlevels.far_levels`): the multiple the difference gives
        over the prior (level − difference), D/(B−D), against the stated N of 增长N倍."""
        for fl in far_levels(doc):
            ch, cur, d = fl.growth, fl.level, fl.delta
            if ch.kind != "times" or ch.direction < 0 or ch.factor is not None or ch.approx \
                    or measure(d) != measure(cur) or not (_fine(cur) and _fine(d)):
                continue
            c, dv = interval_of(cur), interval_of(d)
            if c[0] - dv[1] <= 0 or dv[0] <= 0:
                continue
            rec = (dv[0] / (c[1] - dv[0]), dv[1] / (c[0] - dv[1]))
            lo, hi = interval_of(ch.amount)
            ok = _overlap(rec, (lo, hi))
            record(doc, self.code, "multiple", ch.amount, ok, "D/(B-D)", (d, cur))
            if ok:
                continue
            base = value_of(cur) - value_of(d)
            ratio = (rec[0] + 1, rec[1] + 1)
            yield self.finding(doc, ch.verb_start, ch.amount.end,
                               related=[Related(d.start, d.end, {"zh": "所述增减量", "en": "stated difference"}),
                                        Related(cur.start, cur.end, {"zh": "本期值", "en": "current value"})],
                               evidence={"ratio": list(ratio), "expected": [lo + 1, hi + 1], "kind": ch.kind,
                                         "formula": "B/(B-D)", "current": value_of(cur), "difference": value_of(d),
                                         "year": fl.year, "base_year": fl.base_year},
                               stated=doc.text[ch.verb_start:ch.amount.end], expected=_num((lo + hi) / 2 + 1, 3),
                               base=amount_text(base, cur), current=_q(doc, cur), tol=_num((hi - lo) / 2, 4),
                               tol_zh=_num((hi - lo) / 2, 4), ratio=_num(_mid(ratio), 3), ratio_en=_num(_mid(ratio), 3))


# -- pairing reports of consecutive years ------------------------------------------------------
_PLACE = lazyre.compile(r"([\u4e00-\u9fff]{1,10}?(?:自治区|自治州|自治县|特别行政区|新区|开发区|省|市|区|县|州|盟|旗|镇|乡|街道))")
_BODY_SUFFIX = lazyre.compile(r"(?:人民政府|政府|办公室|委员会)$")


#: patterns of issuer_key, compiled once (a call of re's module functions looked each one up in
#: re's cache on every call, and compiled it again once other patterns had pushed it out)
_ISSUER_KEY_RE1 = lazyre.compile(r"^中共")


def issuer_key(name: Optional[str]) -> str:
    """A comparable form of an issuing body: the innermost place name (北京市通州区人民政府 → 通州区)
    plus the department words after it (…司法局), folded to simplified."""
    if not name:
        return ""
    n = fold(name)
    n = _ISSUER_KEY_RE1.sub("", n)
    n = _BODY_SUFFIX.sub("", n.strip())
    places = list(_PLACE.finditer(n))
    if places:
        last = places[-1]
        return last.group(1) + n[last.end():]
    return n


def _last_lines(text: str, k: int, size: int = 4096) -> List[str]:
    """``text.rstrip().split("\\n")[-k:]`` from the end of ``text`` only (not a copy of every line of a long text)."""
    while True:
        tail = text[-size:] if size < len(text) else text
        s = tail.rstrip()
        if tail is text or s.count("\n") >= k:
            return s.rsplit("\n", k)[-k:]
        size *= 4


#: patterns of _issuer_from_text, compiled once (a call of re's module functions looked each one up in
#: re's cache on every call, and compiled it again once other patterns had pushed it out)
_ISSUER_FROM_TEXT_RE1 = lazyre.compile(r"\s*(?:(?:19|20)\d{2}年(?:度|以来)?[，,]\s*)(?:在[^，,。]{0,40}[，,]\s*)*"
                 r"([\u4e00-\u9fff]{2,14}?(?:人民政府|政府|区|县|市|省|局|委|镇|乡|街道))"
                 r"(?:坚持|坚决|深入|认真|全面|始终|以|紧紧|持续|聚焦|围绕|在)")
_ISSUER_FROM_TEXT_RE2 = lazyre.compile(r"[\u4e00-\u9fff]{2,28}(?:人民政府|委员会|局|厅|办公室|政府)")


def _issuer_from_text(doc: Any) -> str:
    """Robust fallback when :attr:`Document.issuer` finds nothing: the subject of the opening
    sentence (2023年，通州区坚持…) or a signature line, on folded text."""
    text = folded_text(doc)
    m = _ISSUER_FROM_TEXT_RE1.match(text[:400])
    if m:
        return m.group(1)
    for line in reversed(_last_lines(text, 5)):
        t = line.strip()
        if 2 < len(t) <= 30 and _ISSUER_FROM_TEXT_RE2.fullmatch(t):
            return t
    return ""


def doc_issuer(doc: Any, override: Optional[str] = None) -> str:
    if override:
        return issuer_key(override)
    figures_year, work_report_issuer = _late_kind.figures_year, _late_kind.work_report_issuer
    if figures_year(doc):   # a work report or communiqué: its opening names the body, not a signature line
        return issuer_key(work_report_issuer(doc) or doc.issuer or _issuer_from_text(doc))
    return issuer_key(doc.issuer or work_report_issuer(doc) or _issuer_from_text(doc))


_FILE_NOISE = lazyre.compile(r"(?:19|20)\d{2}\s*年?度?|\d+|政府工作报告|工作报告|国民经济和社会发展统计公报|统计公报|报告|公报|"
                             r"管理委员会|管委会|人民政府|政府|gwr|tjgb|fzzf|report|final|draft|定稿|草案|[_\-\s.()（）\[\]【】]")


def file_key(doc: Any) -> str:
    """The body a file name names once years, numbers and report words are removed
    (121_shenzhenshibaoanqu_2016_gwr.txt → shenzhenshibaoanqu; 宝安区2016年政府工作报告.docx → 宝安区);
    "" when nothing specific is left (2023年政府工作报告.txt)."""
    return file_key_of(getattr(doc, "source_path", None) or getattr(doc, "path", "") or "")


def file_key_of(p: Optional[str]) -> str:
    """:func:`file_key` of a path (pairing keys carry paths, not documents)."""
    stem = os.path.splitext(os.path.basename(p or ""))[0]
    key = _FILE_NOISE.sub("", fold(stem).lower())
    return key if len(key) >= 2 and not key.startswith("<") else ""


def doc_year(doc: Any, override: Optional[int] = None) -> Optional[int]:
    """The year the document's figures are about (a work report: the year it reviews)."""
    if override:
        return int(override)
    figures_year = _late_kind.figures_year
    fy = figures_year(doc)
    if fy:
        return fy
    if doc.report_year:
        return doc.report_year
    m = re.match(r"\s*((?:19|20)\d{2})年", folded_text(doc)[:50])
    return int(m.group(1)) if m else None


_SERIES_PATH = (("tjgb", lazyre.compile(r"tjgb|统计公报|統計公報")),
                ("fzzf", lazyre.compile(r"fzzf|法治政府")),
                ("gwr", lazyre.compile(r"gwr|政府工作报告|政府工作報告")))
_SERIES_TEXT = (("tjgb", lazyre.compile(r"统计公报")),
                ("fzzf", lazyre.compile(r"法治政府建设")),
                ("gwr", lazyre.compile(r"政府工作报告|我(?:受国务院的委托|代表[^，。\n]{0,20}(?:人民政府|政府|管委会|管理委员会))")))


def doc_series(item: Any, path: Optional[str] = None) -> str:
    """Which series of yearly reports a document belongs to: ``gwr`` (政府工作报告), ``tjgb`` (统计公报), ``fzzf``
    (法治政府建设年度报告), or "" when not known — from its title and opening (the first 300 characters), else from
    its file name.  Reports pair only within one series (a folder of work reports and communiqués of consecutive
    years: this year's communiqué with last year's communiqué)."""
    text = getattr(item, "text", None)
    if isinstance(text, str):
        head = fold(text[:300])
        for name, pat in _SERIES_TEXT:
            if pat.search(head):
                return name
    stem = os.path.basename(path or getattr(item, "source_path", None) or getattr(item, "path", "") or "")
    for name, pat in _SERIES_PATH:
        if pat.search(fold(stem).lower()):
            return name
    return ""


def _key_series(k: Tuple) -> str:
    """The series of a pairing key: its fifth element when the key carries one (the runner's, read where the document
    was), else from the item (a Document) or its path."""
    return k[4] if len(k) > 4 else doc_series(k[0], k[3])


def _series_differ(k: Tuple, pk: Tuple) -> bool:
    sa, sb = _key_series(k), _key_series(pk)
    return bool(sa and sb and sa != sb)


def _issuers_match(a: str, b: str) -> bool:
    if len(a) < 2 or len(b) < 2:
        return False
    return a == b or a.endswith(b) or b.endswith(a)


def pair_documents(docs: Sequence[Any], ctx: Any) -> List[Tuple[Any, Any]]:
    """(this year's document, last year's document) pairs.

    ``--prior`` reports pair with the linted documents when issuer and year are
    compatible (unknown counts as compatible, since the user named them); two
    linted documents pair only when both issuers are known and match and their
    years are known and consecutive.  The matching itself is :func:`match_pairs`, on
    (issuer, year, source path) keys, so that a run whose documents were read in other
    processes (``lintgov.runner``) pairs them exactly as this function does."""
    settings = getattr(ctx, "settings", {}) or {}
    over_issuer, over_year = settings.get("issuer"), settings.get("year")
    priors = [p for p in (settings.get("prior_documents") or []) if p is not None]
    keys = [(d, doc_issuer(d, over_issuer), doc_year(d, over_year), d.source_path) for d in docs]
    pkeys = [prior_key(p, over_issuer) for p in priors]
    return match_pairs(keys, pkeys)


def prior_key(p: Any, over_issuer: Optional[str] = None) -> Tuple[Any, str, Optional[int], Optional[str]]:
    """The pairing key of a ``--prior`` report: (report, issuer, year, source path)."""
    iss = doc_issuer(p) or (issuer_key(over_issuer) if over_issuer else "")
    return (p, iss, doc_year(p), p.source_path)


def match_pairs(keys: Sequence[Tuple[Any, str, Optional[int], Optional[str]]],
                pkeys: Sequence[Tuple[Any, str, Optional[int], Optional[str]]] = ()) -> List[Tuple[Any, Any]]:
    """(this year's, last year's) pairs from keys (item, issuer, year, source path): ``keys``
    for the linted documents, ``pkeys`` for ``--prior`` reports (see :func:`pair_documents`)."""
    pairs: List[Tuple[Any, Any]] = []
    by_year: dict = {}
    for k in keys:
        by_year.setdefault(k[2], []).append(k)
    for key in keys:
        d, iss, yr, dsrc = key[:4]
        cands = []
        for pk in pkeys:
            p, piss, pyr, psrc = pk[:4]
            if p is d or (psrc and psrc == dsrc):
                continue  # the prior report is also among the linted files
            if iss and piss and not _issuers_match(iss, piss):
                continue
            if yr and pyr and pyr != yr - 1:
                continue
            if _series_differ(key, pk):
                continue   # a work report and a communiqué
            cands.append((p, piss, pyr, psrc))
        if len(cands) > 1:  # several priors: keep those that certainly match
            sure = [c for c in cands if _issuers_match(iss, c[1]) and yr and c[2] == yr - 1]
            cands = sure if len(sure) == 1 else []
        if not cands and yr:
            for k in by_year.get(yr - 1, ()):
                p, piss, pyr, psrc = k[:4]
                if p is d:
                    continue
                if iss and piss:
                    same = _issuers_match(iss, piss)
                else:   # 我代表区人民政府: the text names no body; the file names may (宝安区2016年….txt)
                    fk = file_key_of(dsrc)
                    same = bool(fk) and fk == file_key_of(psrc)
                if same and not _series_differ(key, k):
                    cands.append(k)
            if len(cands) > 1 and dsrc:  # several: the one beside this report, if just one
                here = os.path.dirname(dsrc)
                cands = [c for c in cands if c[3] and os.path.dirname(c[3]) == here]
        if len(cands) == 1:
            pairs.append((d, cands[0][0]))
    return pairs


def _pair_year(doc: Any, ctx: Any) -> Optional[int]:
    return doc_year(doc, (getattr(ctx, "settings", {}) or {}).get("year"))


#: patterns of _refers_to_last_year, compiled once (a call of re's module functions looked each one up in
#: re's cache on every call, and compiled it again once other patterns had pushed it out)
_REFERS_TO_LAST_YEAR_RE1 = lazyre.compile(r"((?:19|20)\d{2})年(?!底|末)")
_REFERS_TO_LAST_YEAR_RE2 = lazyre.compile(r"底|末")


def _refers_to_last_year(label: str, year: Optional[int]) -> bool:
    if not label:
        return False
    if _LAST_YEAR_CMP.match(label) or _LAST_YEAR_LABEL.match(label):
        return not _REFERS_TO_LAST_YEAR_RE2.search(label)
    m = _REFERS_TO_LAST_YEAR_RE1.search(label)
    return bool(m and year and int(m.group(1)) == year - 1)


_RATE_KEY = lazyre.compile(r"率|比重|占比|比例|覆盖面|满意度")


def _change_operands(doc: Any) -> set:
    """Starts of the quantities that are a change's amount or base, or a transition's base: never a level of this
    report's own year (cached)."""
    cache = doc.__dict__.setdefault("_lintgov_changes", {})
    if "change_operands" not in cache:
        skip = set()
        figures = claims_of(doc)
        for ch in changes(doc):
            if ch.amount is not None:
                skip.add(ch.amount.start)
            if ch.base is not None:
                f = figures.at(ch.base.start)
                if f is None or f.role == "prior":
                    # (a plan's growth over the level the review states for the year reviewed — 工业投资1636亿元 in the
                    # review, 工业投资超2000亿元、增长20%以上 in the plan — is a base of the plan, and that level is the
                    # report's own year's: the claims layer reads it as a level, not a prior)
                    skip.add(ch.base.start)
        for t in transitions(doc):
            skip.add(t.base.start)
        cache["change_operands"] = skip
    return cache["change_operands"]


def _by_measure(facts: List[Tuple[str, Any]]) -> dict:
    """``facts`` (metric key, quantity) grouped by the quantity's measure and whether the key names an increment, each
    group in the order of ``facts`` (built once a report: every claim of the other report looks up one group)."""
    groups: dict = {}
    for k, p in facts:
        groups.setdefault((measure(p), _increment_key(k)), []).append((k, p))
    return groups


def _best_matches(groups: dict, key: str, q: Any, threshold: float) -> List[Any]:
    """Of the facts grouped by :func:`_by_measure`, the quantities in the measure of ``q`` whose key names the same
    kind of increment as ``key``, all those at the best similarity (≥ threshold)."""
    best, found = 0.0, []
    for k, p in groups.get((measure(q), _increment_key(key)), ()):
        s = key_similarity(k, key)
        if s < threshold:
            continue
        if s > best + 1e-9:
            best, found = s, [p]
        elif abs(s - best) <= 1e-9:
            found.append(p)
    return found


def _facts(doc: Any) -> List[Tuple[str, Any]]:
    """(metric key, quantity) for every count, and every rate named as one (纠错率…), stated as
    this report's own figure (not a change amount, not a prior-year value)."""
    cache = doc.__dict__.setdefault("_lintgov_changes", {})
    if "facts" in cache:
        return cache["facts"]
    skip = _change_operands(doc)
    text = folded_text(doc)
    out = []
    for q in doc.quantities:
        if q.start in skip or not (is_count(q) or q.is_percent) or q.approx not in (None, "≈"):
            continue
        before = text[max(0, q.start - 8):q.start]
        if re.search(r"上一?年|去年|同期|前年|(?:19|20)\d{2}年的?$|比|较|增加|减少|增长|下降|提高|降低|上升|多|少",
                     before[-4:]):
            continue
        key = metric_key(doc, q.start)
        if len(key) >= 2 and (not q.is_percent or _RATE_KEY.search(key)):
            out.append((key, q))
    cache["facts"] = out
    return out


def _match(prior: Any, key: str, q: Any, threshold: float) -> List[Any]:
    """Last year's quantities for the metric ``key`` with the measure of ``q``: all those
    at the best similarity (≥ threshold)."""
    cache = prior.__dict__.setdefault("_lintgov_changes", {})
    if "facts_by_measure" not in cache:
        cache["facts_by_measure"] = _by_measure(_facts(prior))
    return _best_matches(cache["facts_by_measure"], key, q, threshold)


def _increment_key(key: str) -> bool:
    """A metric named by what was added or cut (新增国家高新技术企业957家, 净增, 累计) is not the level of
    the same thing (国家高新技术企业总量5842家): the two never stand for each other across reports."""
    return key.startswith(("增", "新增", "净增", "减少", "累计"))


def _specific(key: str) -> bool:
    """A metric key that names something (城镇化率, 优良天数比例), not only a rate word (占比, 比重)."""
    return len(_RATE_KEY.sub("", key)) >= 2


class _CrossYear(Rule):
    scope = "corpus"
    pairwise = True  # compares only the pairs of pair_documents: lintgov.runner may run it pair by pair
    options = {"similarity": Option(0.8, "how alike the words naming a metric must be in both reports (0–1)"),
               "tolerance": Option(0.0, "extra tolerance in percentage points")}


class GrowthVsPriorReport(_CrossYear):
    code = "LG206"
    name = "growth-vs-prior-report"
    category = "yoy"
    level = "warning"
    summary = {"zh": "本年报告所述同比增减与上年报告中的同一指标数值不符。",
               "en": "This year's stated year-over-year change does not match last year's report for the same metric."}
    description = {
        "zh": "把同一机关相邻年度的报告配对（按发文机关和报告年度识别，或用 --prior 指定上年报告，"
              "--issuer/--year 为缺少这些信息的草稿补充），在上年报告中找到同一指标（指标名称相近、计量单位相同，"
              "如“受理行政复议申请……件”“纠错率”）的数值A，核验本年“B件，同比增长X%”“比上年增加N件”"
              "或“纠错率b%，比上年下降X个百分点”。"
              "上年报告中有多个同名指标且其中任一数值相符时不报告。",
        "en": "Pairs reports of the same body in consecutive years (by issuer and report year, or --prior; "
              "--issuer/--year fill in drafts that lack them), finds the same metric in last year's report "
              "(similar words, same unit, e.g. 受理行政复议申请…件, 纠错率) and checks this year's “B件，同比增长X%”, "
              "“比上年增加N件” or “纠错率b%，比上年下降X个百分点” against it. When several figures could be meant and one fits, nothing is reported.",
    }
    authority = AUTH_TJ
    messages = {
        "default": {"zh": "“{stated}”与上年报告不符：上年{prior}（{prior_file}），本年{current}，重算为{recomputed}（容差±{tol_zh}）",
                    "en": "“{stated}” does not match last year's report: {prior} last year ({prior_file}), {current} "
                          "this year, which recomputes to {recomputed} (tolerance ±{tol})"},
    }
    examples = (
        bad("2023年，通州区坚持依法行政。全年共收到行政复议申请1113件，同比增长99.5%。",
            settings={"prior_documents_text": ["2022年，通州区坚持依法行政。全年共收到行政复议申请600件。"]}),
        good("2023年，通州区坚持依法行政。全年共收到行政复议申请1113件，同比增长99.5%。",
             settings={"prior_documents_text": ["2022年，通州区坚持依法行政。全年共收到行政复议申请558件。"]}),
        good("2023年，通州区坚持依法行政。全年共收到行政复议申请1113件，同比增长99.5%。",
             note="no prior report: nothing to compare"),
    )

    def check_corpus(self, docs, ctx):
        thr, tol = self.settings["similarity"], self.settings["tolerance"]
        for doc, prior in pair_documents(docs, _ctx_with_text_priors(ctx)):
            year = _pair_year(doc, ctx)
            flagged = set()
            for ch in changes(doc):
                cur, amt = ch.current, ch.amount
                if cur is not None and cur.start in flagged:
                    continue  # 比上年增加200件，增长6.2%: one finding for the value
                if ch.kind not in ("percent", "amount", "points") or cur is None or amt is None:
                    continue
                if ch.base is not None or ch.transition is not None:
                    continue
                if not _refers_to_last_year(ch.comparison, year) and ch.comparison:
                    continue      # 较2019年, 环比: another base (a bare 增长X% is read by _confirm_level only)
                if ch.listed:
                    # a 分别 list: the words before the list name all its items — but a level of each item with its
                    # own name (辖区税收718亿元、财政收入144.8亿元，分别增长29.1%和27.1%) and its growth is confirmed
                    if ch.kind == "percent" and not cur.is_percent and _fine(cur) and _fine(amt) \
                            and not _qualified(doc, ch):
                        self._confirm_level(doc, prior, ch, thr)
                    continue
                if not _fine(cur) or not _fine(amt) or _qualified(doc, ch):
                    continue
                bare = not _refers_to_last_year(ch.comparison, year)
                if (ch.kind in ("percent", "amount") and not cur.is_percent and (bare or not is_count(cur))) \
                        or (ch.kind == "points" and cur.is_percent and bare):
                    self._confirm_level(doc, prior, ch, thr)
                    continue
                if bare:
                    continue
                key = metric_key(doc, subject_pos(ch))
                rate = cur.is_percent and bool(_RATE_KEY.search(key)) and _specific(key)
                if len(key) < 2 or not (is_count(cur) or rate):
                    continue
                if ch.kind == "amount" and measure(amt) != measure(cur):
                    continue
                cands = _match(prior, key, cur, thr)
                if not cands or len({value_of(p) for p in cands}) > 1:
                    continue
                p = cands[0]
                a, b = interval_of(p), interval_of(cur)
                stated = _signed(ch)
                if rate:  # 纠错率13.0%，比上年下降0.4个百分点 (or, written in %, either reading)
                    diff, rel = _diff(a, b), _growth(a, b)
                    if _overlap(diff, stated, tol) and ch.kind == "points":
                        record(doc, self.code, "growth-vs-prior", amt, True, "b-a", (cur,))
                        continue
                    if ch.kind == "percent" and (_overlap(diff, stated, tol) or (rel and _overlap(rel, stated, tol))):
                        record(doc, self.code, "growth-vs-prior", amt, True, "b-a or (b-a)/a", (cur,))
                        continue
                    if ch.kind == "amount":
                        continue
                    rec = diff
                    shown = ("+" if _mid(rec) > 0 else "") + _num(_mid(rec)) + "个百分点"
                elif ch.kind == "points":
                    continue  # counts by 个百分点: LG204
                elif ch.kind == "percent":
                    rec = _growth(a, b)
                    if rec is None or _overlap(rec, stated, tol):
                        if rec is not None:
                            record(doc, self.code, "growth-vs-prior", amt, True, "(B-A)/A*100", (cur,))
                        continue
                    shown = _spct(_mid(rec))
                else:
                    rec = _diff(a, b)
                    if _overlap(rec, stated):
                        record(doc, self.code, "growth-vs-prior", amt, True, "B-A", (cur,))
                        continue
                    shown = ("+" if _mid(rec) > 0 else "") + amount_text(_mid(rec), amt)
                record(doc, self.code, "growth-vs-prior", amt, False, "(B-A)/A*100", (cur,))
                flagged.add(cur.start)
                yield self.finding(
                    doc, ch.verb_start, amt.end,
                    related=[Related(p.start, p.end, {"zh": "上年报告中的数值", "en": "figure in last year's report"},
                                     doc=prior),
                             Related(cur.start, cur.end, {"zh": "本期值", "en": "current value"})],
                    evidence={"prior": value_of(p), "current": value_of(cur), "recomputed": list(rec),
                              "stated": list(stated), "prior_file": prior.path, "metric": key},
                    stated=doc.text[ch.verb_start:amt.end], prior=_q(prior, p), prior_file=prior.path,
                    current=_q(doc, cur), recomputed=shown, **_tol_kw(ch, tol))


    def _confirm_level(self, doc: Any, prior: Any, ch: Change, thr: float) -> None:
        """This year's level and its growth (社会消费品零售总额2.85万亿元，增长11.9%; 实现旅游总收入81.52亿元，
        比上年增长11.6%) against the same metric's level in last year's report: an amount, or a count whose growth
        names no basis.  A reading that only confirms: recomputed from the two printed levels within their
        rounding, the growth is a checked relation (ledger, ``consistent``); otherwise nothing is reported —
        statistics are revised and metrics re-scoped between reports — and ``lintgov claims`` says what last
        year's report gives.  Never for real growth (地区生产总值, 增加值: at comparable prices), a plan, a part of
        the year, a bound, or a metric last year's report states with more than one value."""
        cur, amt = ch.current, ch.amount
        if amt is None or amt.approx is not None:
            return
        if ch.kind == "percent" and (cur.is_percent or not amt.is_percent or measure(cur) in ("", "%")):
            return
        if ch.kind == "amount" and (cur.is_percent or measure(amt) != measure(cur) or measure(cur) in ("", "%")):
            return
        if ch.kind == "points":
            rkey = metric_key(doc, subject_pos(ch))
            if not (cur.is_percent and _RATE_KEY.search(rkey) and _specific(rkey)):
                return      # 优良率87.7%、提高0.6个百分点: a named rate (not a bare 占比)
        if real_growth_metric(doc, cur.start) or _plan_or_part(doc, cur.start) or _other_base_before(doc, cur.start):
            return
        key = metric_key(doc, subject_pos(ch))
        if len(_LEVEL_VERB.sub("", key)) < 2:
            key = clause_subject(doc, cur.start)      # 辖区税收首次突破千亿元，达1017亿元，增长41.6%
            if len(key) < 2:
                return
        cands = _match_level(prior, key, cur, max(thr, 0.9), cur.start >= _plan_part_start(doc))
        if not cands:
            return
        if len({value_of(p) for p in cands}) > 1:
            return
        p = cands[0]
        if ch.kind == "percent":
            rec, formula = _growth(interval_of(p), interval_of(cur)), "(B-A)/A*100"
            if rec is None:
                return
            shown, wide = _spct(_mid(rec)), rec[1] - rec[0] > CONFIRM_WIDTH
        else:
            rec, formula = _diff(interval_of(p), interval_of(cur)), "B-A"
            shown = ("+" if _mid(rec) > 0 else "") + (_num(_mid(rec)) + "个百分点" if ch.kind == "points"
                                                      else amount_text(_mid(rec), amt))
            wide = rec[1] - rec[0] > (CONFIRM_WIDTH if ch.kind == "points" else 0.25 * abs(value_of(amt)))
        if wide:
            return        # 2亿美元 after 1亿美元: the printed levels allow too wide a range to confirm anything
        if _overlap(rec, _signed(ch)):
            record(doc, self.code, "growth-vs-prior-level", amt, True,
                   f"{formula}, A = {_q(prior, p)} in last year's report ({os.path.basename(prior.path)})", (cur,))
        else:
            note(doc, amt, f"last year's report ({os.path.basename(prior.path)}) gives {_q(prior, p)}: the change "
                           f"recomputes to {shown}; not reported (statistics are revised, metrics re-scoped)")


#: verbs that open a level's words (实现地区生产总值, 完成固定资产投资) and say nothing of the metric
_LEVEL_VERB = lazyre.compile(r"^(?:全年|全市|全省|全区|全县|预计|初步核算|初步统计)*(?:实现|完成|达到|达|累计)?")
#: words of a sentence (before the figure) that make a level a plan or a part of the year
_PART_OF_YEAR = lazyre.compile(r"季度|上半年|下半年|[一二三四五六七八九十\d]+(?:—|-|－|至|到)?[一二三四五六七八九十\d]*月|月份|月末|月底")


#: the widest range (percentage points) of growth two printed levels may allow for a confirmation to mean something
CONFIRM_WIDTH = 2.0
#: 比2012年（下同）增长11.7%: a basis that holds for the figures after it in its sentence
_BASE_FOR_REST = lazyre.compile(r"(?:比|较|與|与)(?:19|20)\d\d年[^，,；;。]{0,6}下同")


def _other_base_before(doc: Any, pos: int) -> bool:
    s = doc.sentence_at(pos)
    lo = s.start if s is not None else max(0, pos - 200)
    return bool(_BASE_FOR_REST.search(folded_text(doc), lo, pos))


def _plan_part_start(doc: Any) -> int:
    """Where the part of plans of a report begins (二、2003年的主要工作, 2015年工作安排: the end of the review,
    :func:`lintgov.claims.review.review_part`), or past the text's end when unknown: a level stated there is a plan for
    the next year (社会消费品零售总额610亿元，增长13%), never the year's own level."""
    cache = doc.__dict__.setdefault("_lintgov_changes", {})
    if "plan_part_start" not in cache:
        from lintgov.claims.review import review_part
        end, known = review_part(doc, lines=True)
        cache["plan_part_start"] = end if known else len(doc.text) + 1
    return cache["plan_part_start"]


def _plan_or_part(doc: Any, pos: int) -> bool:
    _PLAN_WORDS, plan_free = _late_claims._PLAN_WORDS, _late_claims.plan_free
    s = doc.sentence_at(pos)
    if s is not None:
        # 4 figures in 5 stand in a sentence without any plan or part-of-year word: one search per sentence says so
        seen = doc.__dict__.setdefault("_lintgov_changes", {}).setdefault("plan_or_part_sentences", {})
        some = seen.get(s.start)
        if some is None:
            some = seen[s.start] = _plan_or_part_any().search(digits_masked(doc), s.start, s.end) is not None
        if not some:
            return False
    lo = s.start if s is not None else max(0, pos - 120)
    before = digits_masked(doc)[max(lo, pos - 120):pos]
    return bool(_PLAN_WORDS.search(plan_free(before)) or _PART_OF_YEAR.search(before))


def _plan_or_part_any() -> "re.Pattern[str]":
    """_PLAN_WORDS or _PART_OF_YEAR without their lookarounds: a match of either inside a piece of a sentence is a
    match of this inside the sentence (:func:`lintgov.lazyre.without_lookarounds`)."""
    _PLAN_WORDS = _late_claims._PLAN_WORDS
    return lazyre.without_lookarounds(_PLAN_WORDS, _PART_OF_YEAR)


#: the four characters before a figure that make it a change, a prior or a cumulative, not a level of the year
_OTHER_LEVEL_BEFORE = lazyre.compile(r"上一?年|去年|同期|前年|(?:19|20)\d{2}年的?$|比|较|增加|减少|增长|下降|提高|降低|上升|多|少|"
                                     r"年均|累计")


def _level_facts(doc: Any, planned: bool = False) -> List[Tuple[str, Any]]:
    """(metric key, quantity) for every level of an amount or a count the report states as its own year's plain
    figure: not a change, a base of one, a figure labelled with another year, a plan, a part of the year or a
    bound — of the review, or with ``planned`` of the part of plans (a budget, 中央预算内投资安排5076亿元: what next
    year's plan is compared with) (cached)."""
    cache = doc.__dict__.setdefault("_lintgov_changes", {})
    if ("level_facts", planned) in cache:
        return cache[("level_facts", planned)]
    skip = _change_operands(doc)
    text = folded_text(doc)
    plans = _plan_part_start(doc)
    out = []
    for q in doc.quantities:
        if q.start in skip or not _fine(q) or (not q.is_percent and measure(q) in ("", "%")) \
                or (q.start >= plans) != planned:
            continue
        if _OTHER_LEVEL_BEFORE.search(text[max(0, q.start - 4):q.start]):
            continue
        key = metric_key(doc, q.start)
        if q.is_percent and not (_RATE_KEY.search(key) and _specific(key)):
            continue      # a percentage is a level only as the value of a named rate (城镇化率, 优良率)
        name = _LEVEL_VERB.sub("", key)
        if len(name) < 2 and not q.is_percent:
            name = clause_subject(doc, q.start)       # 固定资产投资突破200亿元，达到229亿元
        if len(name) >= 2 and not _plan_or_part(doc, q.start):
            out.append((name, q))
    cache[("level_facts", planned)] = out
    return out


def _match_level(prior: Any, key: str, q: Any, threshold: float, planned: bool = False) -> List[Any]:
    """Last year's levels of the metric ``key`` in the measure of ``q``: all those at the best similarity; of last
    year's review, or with ``planned`` (``q`` stands in this year's part of plans) of last year's plans."""
    cache = prior.__dict__.setdefault("_lintgov_changes", {})
    if ("level_facts_by_measure", planned) not in cache:
        cache[("level_facts_by_measure", planned)] = _by_measure(_level_facts(prior, planned))
    groups = cache[("level_facts_by_measure", planned)]
    key = _LEVEL_VERB.sub("", key)
    found = _best_matches(groups, key, q, threshold)
    if found:
        return found
    # the same metric under another name (出口总额 / 外贸出口, 进出口总值 / 进出口总额: metric.total_names) or its words
    # in another order (重大工程投资完成 / 重大工程完成投资)
    names, order = set(total_names(key)), sorted(key)
    return [p for k, p in groups.get((measure(q), _increment_key(key)), ())
            if k in names and len(names) > 1 or sorted(k) == order]


class PriorFigureMismatch(_CrossYear):
    code = "LG207"
    name = "prior-figure-mismatch"
    category = "yoy"
    level = "warning"
    summary = {"zh": "本年报告引用的上年数值与上年报告不一致。",
               "en": "A figure this year's report gives for last year differs from last year's report."}
    description = {
        "zh": "本年报告中“比上年的A件”“上年为A件”“由2022年的A件增至……”等归于上年的数值，"
              "与配对的上年报告中同一指标的数值比较（按印刷精度取区间），不一致时报告，"
              "并在上年报告中标出对应位置。",
        "en": "Figures this year's report attributes to last year (比上年的A件, 上年为A件, 由2022年的A件增至…) are "
              "compared with the same metric in the paired report of last year (as intervals); a difference is "
              "reported with the location in last year's report.",
    }
    authority = ("国家统计局 统计知识：同比为本期与上年同期相比；《党政机关公文处理工作条例》第二十条（四）"
                 "人名、地名、数字、引文准确（条款号未经核实）")
    messages = {
        "default": {"zh": "本年报告称上年为{stated}，上年报告（{prior_file}）为{prior}",
                    "en": "this report gives {stated} for last year; last year's report ({prior_file}) says {prior}"},
    }
    examples = (
        bad("2023年，通州区坚持依法行政。办理行政复议案件512件，比上年的420件增长21.9%。",
            settings={"prior_documents_text": ["2022年，通州区坚持依法行政。全年办理行政复议案件440件。"]}),
        good("2023年，通州区坚持依法行政。办理行政复议案件512件，比上年的420件增长21.9%。",
             settings={"prior_documents_text": ["2022年，通州区坚持依法行政。全年办理行政复议案件420件。"]}),
        bad("2023年，通州区坚持依法行政。办理行政复议案件512件，上年为420件。",
            note="a prior-year figure stated without a change word",
            settings={"prior_documents_text": ["2022年，通州区坚持依法行政。全年办理行政复议案件440件。"]}),
        good("2023年，通州区坚持依法行政。办理行政复议案件512件（上年办理440件）。",
             settings={"prior_documents_text": ["2022年，通州区坚持依法行政。全年办理行政复议案件440件。"]}),
        good("2023年，通州区坚持依法行政。国家高新技术企业总量达到6759家（上年5842家）。",
             note="last year's 新增…957家 is what was added, not the total",
             settings={"prior_documents_text": ["2022年，通州区坚持依法行政。新增国家高新技术企业957家，总量5842家。"]}),
    )

    def check_corpus(self, docs, ctx):
        thr = self.settings["similarity"]
        for doc, prior in pair_documents(docs, _ctx_with_text_priors(ctx)):
            year = _pair_year(doc, ctx)
            seen = set()
            items = []
            for ch in changes(doc):
                if ch.base is not None and not ch.listed:
                    items.append((ch.base, ch.base_label or ch.comparison, subject_pos(ch), ch.current))
            for t in transitions(doc):
                items.append((t.base, t.base_label, t.start, t.current))
            items.extend(_bare_priors(doc))
            for base, label, spos, cur in items:
                if base.start in seen or not _refers_to_last_year(label, year):
                    continue
                seen.add(base.start)
                if not is_count(base) or not _fine(base):
                    continue
                key = metric_key(doc, spos)
                if len(key) < 2:
                    continue
                cands = _match(prior, key, base, thr)
                if not cands:
                    continue
                b = interval_of(base)
                if any(_overlap(interval_of(p), b) for p in cands) or len({value_of(p) for p in cands}) > 1:
                    if any(_overlap(interval_of(p), b) for p in cands):
                        record(doc, self.code, "prior-figure", base, True, "A(this report) = A(prior report)", cands)
                    continue
                record(doc, self.code, "prior-figure", base, False, "A(this report) = A(prior report)", cands[:1])
                p = cands[0]
                yield self.finding(
                    doc, base.start, base.end,
                    related=[Related(p.start, p.end, {"zh": "上年报告中的数值", "en": "figure in last year's report"},
                                     doc=prior)],
                    evidence={"stated": value_of(base), "prior": value_of(p), "prior_file": prior.path, "metric": key},
                    stated=_q(doc, base), prior=_q(prior, p), prior_file=prior.path)


#: a clause that states last year's figure without a change word: （上年为250件）, 上年审结250件
_BARE_PRIOR = lazyre.compile(r"(?P<lab>上一?年(?:度|同期)?|去年(?:同期)?|(?:19|20)\d{2}\s*年(?:同期)?)"
                             r"(?:同期)?(?:为|是|共|有)?[\u4e00-\u9fff]{0,8}$")


def _bare_priors(doc: Any) -> List[Tuple[Any, str, int, Any]]:
    """(prior quantity, label, subject position, current quantity) for statements such as
    审结300件，上年为250件 / 审结300件（上年审结250件）: the clause opens with a year label and
    gives a count of the same measure as the last count of the clause before."""
    out = []
    text = digits_masked(doc)
    counts = [q for q in doc.quantities if is_count(q)]
    for i, q in enumerate(counts):
        s = doc.sentence_at(q.start)
        if s is None:
            continue
        k = max(text.rfind(c, s.start, q.start) for c in "，,；;（(")
        if k < 0:
            continue
        m = _BARE_PRIOR.match(text, k + 1, q.start)
        if not m or m.end() != q.start:
            continue
        prev = [c for c in counts[:i] if c.start >= s.start and c.end <= k and measure(c) == measure(q)]
        if prev:
            cur = prev[-1]
            out.append((q, m.group("lab"), cur.start, cur))
    return out


def _ctx_with_text_priors(ctx: Any) -> Any:
    """Examples cannot carry Document objects in their settings: ``prior_documents_text``
    (a list of strings) is read into documents here.  Real runs use ``prior_documents``."""
    settings = getattr(ctx, "settings", None) or {}
    texts = settings.get("prior_documents_text")
    if not texts:
        return ctx
    from lintgov.document import Document

    class _C:
        pass
    c = _C()
    s = dict(settings)
    s["prior_documents"] = list(settings.get("prior_documents") or []) + [
        Document(t, f"<prior {i + 1}>") for i, t in enumerate(texts)]
    c.settings = s
    return c


@hookimpl
def lintgov_rules():
    return [GrowthMismatch, GrowthDirection, GrowthImpossibleCount, PercentVsPoints, MultipleWording,
            GrowthVsPriorReport, PriorFigureMismatch]


# modules the functions above read at call time, bound once here (an import statement in a function ran at
# every call: ~1.3 µs for a `from … import`; cycles between these modules keep them out of the imports at
# the top, and a module object is bound even while its own module is still being imported)
from lintgov import claims as _late_claims  # noqa: E402
from lintgov import kind as _late_kind  # noqa: E402
