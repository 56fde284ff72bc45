"""Figures in base units with the intervals their printed forms stand for (part of the claims layer).

``value_of`` (万元 → 元), ``interval_of`` (rounding, approximation, zeros a Chinese
numeral elides), ``measure`` (the unit without scale words), ``is_count`` /
``is_whole`` (whole-number counts are exact as printed: 27件 is 27, 四十万人 is
400000 — a round Chinese numeral is exact unless it is written with 亿 and
large enough that its trailing zeros may be rounding; an Arabic amount with 万/亿 is as
precise as its printed digits).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Tuple

if TYPE_CHECKING:  # pragma: no cover
    from ..quantities import Quantity

#: measure words of things counted one by one (a whole-number count)
COUNT_UNITS = frozenset("""件 宗 项 个 人次 人 名 家次 家 户 批次 批 次 场 份 条 所 座 台 辆 处 起 例 篇 期 册 本 套 张 位 卷 架次 航次 艘次 车次 班次 台次 辆次 列 笔 口 眼 标箱 标准箱""".split())
POINT_UNITS = frozenset(("个百分点", "百分点", "个千分点", "千分点"))
TIME_UNITS = frozenset("年 天 日 个月 月 小时 周 季度 个工作日 工作日".split())
#: every unit the extractor reads (:data:`lintgov.quantities.UNITS`, in both scripts) → its simplified spelling
#: (個百分點 → 个百分点, 億千瓦時 → 亿千瓦时, 噸 → 吨), filled on first use
_UNIT_FOLD = {"％": "%"}


def _fold_units() -> None:
    from ..quantities import UNITS, _TRAD
    back = {v: k for k, v in _TRAD.items()}
    for u in UNITS:
        _UNIT_FOLD[u] = u.translate(back)


def unit_of(q: "Quantity") -> str:
    u = q.unit
    f = _UNIT_FOLD.get(u)
    if f is None:
        if len(_UNIT_FOLD) == 1:
            _fold_units()
        f = _UNIT_FOLD.setdefault(u, u)
    return f


def rate_unit(q: "Quantity") -> str:
    """``%`` or ``‰`` for a rate, "" otherwise."""
    u = unit_of(q)
    return u if u in ("%", "‰") else ""


def points_of(rate: str) -> str:
    """The unit of a difference of two rates: 个百分点 for %, 个千分点 for ‰."""
    return {"%": "个百分点", "‰": "个千分点"}.get(rate, "")


def open_bound(q: "Quantity") -> bool:
    """A figure that bounds a value on one side only (超过300件, 不足5%, 近8000人, 300件以上): no operand of a relation
    that needs the value.  A figure with 多/余 after it is no bound: 7亿多 is 7亿–8亿, 2500余件 2500–2600件."""
    if q.approx in ("<", "<="):
        return True
    return q.approx in (">", ">=") and q.interval()[1] == float("inf")


def is_count(q: "Quantity") -> bool:
    """A count of things (件, 人, 项, 万人…), whatever its scale or precision."""
    return measure(q) in COUNT_UNITS


# -- values in base units, with their rounding intervals ------------------------------------------
def _unit_scale(q: "Quantity") -> float:
    u = q.unit
    if len(u) > 1 and u[0] in "万萬" and u not in ("万户", "萬戶"):
        return 1e4
    if len(u) > 1 and u[0] in "亿億":
        return 1e8
    return 1.0


def measure(q: "Quantity") -> str:
    """The unit without scale words (万件 → 件, 亿元 → 元), folded to simplified."""
    u = unit_of(q)
    if len(u) > 1 and u[0] in "万萬亿億" and u not in ("万户", "萬戶"):
        u = u[1:]
    return _UNIT_FOLD.get(u, u)


#: the scale words a recomputed amount is written with, largest first
_SCALE_WORDS = ((10 ** 12, "万亿"), (10 ** 8, "亿"), (10 ** 4, "万"))


def _fmt(x: float, digits: int) -> str:
    s = f"{x:.{digits}f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def amount_text(x: float, q: "Quantity", digits: int = 2) -> str:
    """A recomputed amount ``x`` (base units: 元, 人) written in the scale the stated figure ``q`` uses, so the
    evidence of a finding reads like the text: 1180000000000元 after 1.43万亿元 as 1.18万亿元, 1320000000元 after
    66亿元 as 13.2亿元; amounts of figures printed without a scale word stay in the unit (400件, 500人)."""
    unit = measure(q)
    # (the scale word before the unit: 1.43万亿元, or read into the unit: 万元)
    scale = (q.scale or 1) * _unit_scale(q)
    if q.chinese and scale > 1:
        # 一百四十五亿七千七百万元 ends with 万 but reads in 亿: write the amount in the largest scale word it reaches
        scale = max(scale, next((size for size, _ in _SCALE_WORDS if abs(x) >= size), scale))
    for size, word in _SCALE_WORDS:
        if scale >= size:
            return _fmt(x / size, max(digits, q.decimals + 2)) + word + unit
    return _fmt(x, digits) + unit


def value_of(q: "Quantity") -> float:
    return q.value * _unit_scale(q)


def place_half(q: "Quantity") -> float:
    """Half a unit of the last non-zero digit of a value printed without decimals
    (三亿八千万 → 5e6; 38000万吨 → 5e6)."""
    if q.decimals:
        return 0.0
    v = int(round(q.value))
    if v == 0:
        return 0.0
    k = 0
    while v % 10 == 0:
        v //= 10
        k += 1
    return 0.5 * 10 ** k


def interval_of(q: "Quantity") -> Tuple[float, float]:
    """The true values ``q`` stands for, in base units (万元 → 元).

    Works around a limit of :meth:`Quantity.interval`: a large Chinese numeral
    (三亿八千万吨) elides its trailing zeros, so it is only as precise as its last
    written place.  An Arabic amount written with 万/亿 (100亿元, 38000万吨) is as precise as
    its printed digits (99.5–100.5亿元), as :func:`count_interval` reads it for
    rates and parts: on corpus/full + gwr the 226 relations checked with such an amount
    as an operand or stated figure all hold at its printed digits (none needed the
    reading to its last non-zero digit, 50–150亿元, that this function made before 2026-12-07).
    Whole counts (300件, 二十件) are exact, as statistical tables print them."""
    if is_whole(q):
        return float(q.value), float(q.value)  # a whole count is exact: 27件 is 27, not 26.5–27.5
    lo, hi = q.interval()
    if is_count(q):
        lo = max(lo, 0.0)
    if _elides_zeros(q) and q.approx not in (">", ">=", "<", "<="):
        # (a bound's zeros are the mark's: 超过100亿元 is past 100亿, 2500多亿元 is 2500–2600亿 — Quantity.interval)
        widen = place_half(q) - q.half_unit
        if widen > 0:
            lo, hi = lo - widen, hi + widen
    f = _unit_scale(q)
    if q.approx == "<" and q.before_word in NEAR_WORDS:
        # 近X is close to X from below (at least 0.9·X: :func:`near_interval`), for every relation as for changes and
        # sums already (近700亿元 is no part of 941亿元 planted as 近1224亿元; on corpus/full + gwr the 18 relations
        # with a 近X operand or figure all hold with it)
        return near_interval(q, (lo * f, hi * f))
    return lo * f, hi * f


def count_interval(q: "Quantity") -> Tuple[float, float]:
    """The values a figure stands for as an operand of a rate or a part (LG101, LG103 and the readers of parts, wholes
    and stocks), in base units: a whole number printed without a scale word or a bound is exact whatever its unit
    (3种 ÷ 7种, 500元: a count as printed), 多/余 after a decimal up to the next unit of its last digit (2.3万余人次:
    2.3万–2.4万), any other the rounding interval of its printed digits (:meth:`Quantity.interval`), and 近X closed
    below at 0.9·X (:func:`near_interval`), as :func:`interval_of` reads it.
    It differs from :func:`interval_of` in three readings kept on purpose (issue 10 item 4): a whole number of a unit
    that is no count (3种, 500元, 1000吨) is exact, not ±0.5 — the GRIM reading of LG101 (3种÷7种 = 42.86%, not 42.8%:
    199_jiangxishengwanzaixian_2022_tjgb) needs it; a large Chinese numeral is read to its last written place, not
    widened for elided zeros (二百四十八亿五千万元); a bound below (以下) is not floored at 0 — on corpus/full + gwr the
    readings of :func:`interval_of` there lose that finding and add a relation (gwr/1955: 二百四十八亿五千万元 of
    四百二十七亿四千万元)."""
    mult = q.base_value / q.value if q.value else 1.0
    if q.approx is None and q.decimals == 0 and (q.scale == 1 or q.chinese_exact):
        return q.base_value, q.base_value     # (四万亩: a Chinese numeral is exact as printed)
    if q.approx in (">", ">=") and q.after_word in ("余", "餘", "多") and q.decimals > 0 and q.mantissa > 0:
        # 2.3万余人次: up to the next unit of its last digit (2.3万–2.4万), not an open bound
        return q.value * mult, (q.value + 10 ** (-q.decimals) * (q.value / q.mantissa)) * mult
    lo, hi = q.interval()
    return near_interval(q, (lo * mult, hi * mult))


#: minus signs a report writes before a negative level (由上年的-2.4%回升至3.1%; 降幅由一季度的-23.1%收窄到-1.4%)
_MINUS = "-－−"


def written_negative(text: str, q: "Quantity") -> bool:
    """Whether ``q`` is printed with a minus sign right before its number, after words or punctuation (的-2.4%,
    （-1.4%）), not after letters or digits (A-3, 2021-2023).  Quantities carry no sign: a change verb reads its own
    (增长-3.2% is a fall, claims.grammar); a level written negative is read here."""
    a = q.num_start
    if a < 1 or text[a - 1] not in _MINUS:
        return False
    prev = text[a - 2] if a >= 2 else ""
    return not (prev.isascii() and prev.isalnum())


def signed_interval(text: str, q: "Quantity") -> Tuple[float, float]:
    """:func:`interval_of`, negated for a level printed with a minus sign (:func:`written_negative`)."""
    lo, hi = interval_of(q)
    return (-hi, -lo) if written_negative(text, q) else (lo, hi)


def signed_value(text: str, q: "Quantity") -> float:
    """:func:`value_of`, negated for a level printed with a minus sign (:func:`written_negative`)."""
    v = value_of(q)
    return -v if written_negative(text, q) else v


def _elides_zeros(q: "Quantity") -> bool:
    """Whether the trailing zeros of ``q`` may be rounding: Chinese numerals of a hundred million or more
    (三亿八千万).  An Arabic number is exact to its printed digits (2220亿元, 100亿元: :func:`interval_of`)."""
    if q.is_percent or q.decimals or not q.chinese:
        return False
    # 四十万人 is exact as printed (to its scale word); a numeral in 亿 (三亿八千万吨) is rounded to its
    # last written place
    return q.value * _unit_scale(q) >= 1e8


def is_whole(q: "Quantity") -> bool:
    """A whole-number count printed exactly: 27件, 二十七件 — not 2.7万件, 1100万人, 27余件,
    nor a Chinese numeral that elides zeros (二千八百件)."""
    return is_count(q) and q.is_whole_count and q.scale == 1 and _unit_scale(q) == 1 and not _elides_zeros(q)


#: 近X / 将近X / 接近X: just under X — at most a tenth below (the reading of rules/yoy.py for changes; on corpus/full +
#: gwr the three 近X changes whose levels are stated are 0.988, 0.994 and 1.003 of X)
NEAR_WORDS = ("近", "将近", "將近", "接近")
NEAR_LOW = 0.9


def near_interval(q: "Quantity", iv: Tuple[float, float]) -> Tuple[float, float]:
    """``iv`` (an interval of ``q``: :func:`interval_of` or a rule's own) closed below at 0.9·X when ``q`` is 近X /
    将近X / 接近X (an approximation from below, not any value under X); unchanged otherwise."""
    lo, hi = iv
    if q.approx == "<" and getattr(q, "before_word", "") in NEAR_WORDS and value_of(q) > 0:
        lo = max(lo, NEAR_LOW * value_of(q) - (hi - value_of(q)))
    return lo, hi
