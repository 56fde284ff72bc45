"""Quantity extraction (a shared service, category-neutral).

Every number mention in a document with its value, span, printed precision and
unit, so that rules recompute figures without re-parsing text.

    doc.quantities          # all quantities, in document order (cached)
    quantities_in(doc, a, b)  # those inside [a, b)

A :class:`Quantity` knows the interval of true values its printed form stands
for (:meth:`Quantity.interval`): ``24.2%`` stands for [24.15, 24.25];
``2.43万`` for [24250, 24350]; approximation words widen or open it.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, List, Optional, Tuple

if TYPE_CHECKING:  # pragma: no cover
    from .document import Document

#: measure words and units, longest first so 人次 wins over 人
UNITS = sorted("""
件 宗 项 個 个 人次 人 名 家次 家 户 戶 批次 批 次 场 場 份 条 條 元 万元 亿元 美元 個百分點 个百分点 百分点 倍 番 天 日 小时 个月 年 所 座 台 辆 处 處 起 例 篇 期 册 本 套 张 張 位 余 餘
平方米 平方公里 公里 米 吨 亩 畝 公顷 万户 人民币
""".split(), key=len, reverse=True)

APPROX_BEFORE = {"约": "≈", "約": "≈", "大约": "≈", "近": "<", "将近": "<", "將近": "<", "接近": "<",
                 "不足": "<", "不到": "<", "超过": ">", "超過": ">", "逾": ">", "多达": ">=", "达": "=", "達": "=",
                 "至少": ">=", "最多": "<=", "不少于": ">=", "不少於": ">=", "不超过": "<=", "不超過": "<="}
APPROX_AFTER = {"左右": "≈", "上下": "≈", "余": ">", "餘": ">", "多": ">", "以上": ">=", "以下": "<=", "以内": "<=",
                "以內": "<="}

_NUM = r"(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)"
_QTY = re.compile(
    r"(?P<before>大约|将近|將近|接近|不足|不到|超过|超過|至少|最多|不少于|不少於|不超过|不超過|约|約|近|逾)?"
    + _NUM
    + r"(?P<scale>万亿|萬億|万|萬|亿|億|千|百)?"
    + r"(?P<after1>余|餘|多)?"
    + r"(?P<unit>%|％|" + "|".join(map(re.escape, UNITS)) + r")?"
    + r"(?P<after2>左右|上下|以上|以下|以内|以內)?"
)
_SCALES = {"万": 10 ** 4, "萬": 10 ** 4, "亿": 10 ** 8, "億": 10 ** 8, "万亿": 10 ** 12, "萬億": 10 ** 12,
           "千": 10 ** 3, "百": 10 ** 2}
_FULLWIDTH = str.maketrans("０１２３４５６７８９．％，", "0123456789.%,")


@dataclass(frozen=True)
class Quantity:
    start: int                   # span of the whole mention (approximation words and unit included)
    end: int
    num_start: int               # span of the numeral itself
    num_end: int
    value: float                 # value in base units (2.43万 → 24300.0; 24.2% → 24.2)
    mantissa: float              # the printed number (2.43)
    decimals: int                # printed decimals of the mantissa
    scale: int                   # 1, 10**4, 10**8 ...
    unit: str                    # "件", "%", "个百分点", "" ...
    approx: Optional[str] = None  # None (exact as printed), "≈", "<", "<=", ">", ">="
    approx_word: str = ""
    chinese: bool = False        # written in Chinese numerals

    @property
    def is_percent(self) -> bool:
        return self.unit in ("%", "％")

    @property
    def half_unit(self) -> float:
        """Half a unit of the last printed digit, in value units."""
        return 0.5 * 10 ** (-self.decimals) * self.scale

    @property
    def is_whole_count(self) -> bool:
        """A count of things printed exactly (no 万/亿, no decimals, no approximation)."""
        return self.decimals == 0 and self.scale == 1 and self.approx is None and not self.is_percent \
            and self.unit not in ("元", "倍", "番", "个百分点", "個百分點", "百分点")

    def interval(self) -> Tuple[float, float]:
        """The true values the printed form stands for (rounding and approximation)."""
        lo, hi = self.value - self.half_unit, self.value + self.half_unit
        step = 2 * self.half_unit
        if self.approx == "≈":
            lo, hi = lo - step, hi + step
        elif self.approx in (">", ">="):
            hi = float("inf")
        elif self.approx in ("<", "<="):
            lo = float("-inf") if self.approx == "<=" else 0.0
        return lo, hi


def _is_year_or_date(text: str, m: "re.Match[str]") -> bool:
    after = text[m.end("num"):m.end("num") + 1]
    num = m.group("num")
    if after in ("年", "月", "日", "号", "號", "时", "時", "点", "點") and not m.group("unit"):
        return True
    if re.fullmatch(r"(19|20)\d{2}", num) and after in ("-", "—", "～", "~", "至", "到", "年"):
        return True
    before = text[max(0, m.start("num") - 1):m.start("num")]
    if before in ("第", "〔", "[", "（", "(") and after in ("批", "条", "條", "届", "屆", "次", "〕", "]", "）", ")", "号", "號"):
        return True
    return False


def extract(doc: "Document") -> List[Quantity]:
    text = doc.masked().translate(_FULLWIDTH)
    out: List[Quantity] = []
    for m in _QTY.finditer(text):
        num = m.group("num")
        # part of a longer token: letters or digits glued before (A+, 12345热线) or a version number
        prev = text[m.start("num") - 1:m.start("num")] if m.start("num") else ""
        if prev.isascii() and (prev.isalnum() or prev in ".-/") and prev != "":
            continue
        if _is_year_or_date(text, m):
            continue
        scale_word = m.group("scale") or ""
        if scale_word in ("千", "百") and not m.group("unit"):
            continue  # "3千" without a unit is rare and ambiguous; number-usage rules handle it
        mant = float(num.replace(",", ""))
        decimals = len(num.split(".")[1]) if "." in num else 0
        scale = _SCALES.get(scale_word, 1)
        unit = m.group("unit") or ""
        if unit in ("余", "餘"):  # "3600余" without a measure word: the 余 is an approximation
            unit = ""
        before, after = m.group("before"), m.group("after1") or m.group("after2") or (
            m.group("unit") if m.group("unit") in ("余", "餘") else None)
        approx, word = None, ""
        if after:
            approx, word = APPROX_AFTER[after], after
        elif before:
            approx, word = APPROX_BEFORE[before], before
        if approx == "=":
            approx = None
        out.append(Quantity(start=m.start(), end=m.end(), num_start=m.start("num"), num_end=m.end("num"),
                            value=mant * scale, mantissa=mant, decimals=decimals, scale=scale, unit=unit,
                            approx=approx, approx_word=word))
    return out


def quantities_in(doc: "Document", start: int, end: int) -> List[Quantity]:
    qs = doc.quantities
    starts = [q.start for q in qs]
    i = bisect.bisect_left(starts, start)
    out = []
    while i < len(qs) and qs[i].start < end:
        if qs[i].end <= end:
            out.append(qs[i])
        i += 1
    return out
