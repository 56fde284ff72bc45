"""Scope words (part of the claims layer): one vocabulary of the words naming what a figure's count covers — the
area (全国, 全省, 全市, 全区…), a scope wider than any report's body (全球, 国家, 中央…) or within one (国内), the level
of government or budget (本级, 市本级, 省级…), the report's own area named as its own (本市, 我区…), and a part of an
area (城镇, 农村, 城区…).  Every reader that asks whether a figure, a base or a name carries a scope builds its pattern
here from the classes it needs (:func:`alternation`, :func:`pattern`), so a scope word is added or read in one place.
Written in simplified characters; :func:`alternation` adds each word's traditional form (全國, 本級…) for the readers of
unfolded text.
"""
from __future__ import annotations

from typing import Dict, Tuple

from .. import lazyre

#: the area a report's figures count (全市 in a city's report): its own, or another body's
AREA: Tuple[str, ...] = ("全国", "全省", "全市", "全区", "全县", "全州", "全镇", "全乡", "全盟", "全旗")
#: scopes wider than any body that reports (a world, a country or its centre)
WIDER: Tuple[str, ...] = ("全球", "世界", "国家", "中央")
#: what lies within a country or a province (占国内…, 省内): not in a name such as 国内生产总值 for the readers of names
WITHIN: Tuple[str, ...] = ("国内", "省内")
#: the level of government or budget a figure counts (市本级民生支出, 省级财政)
LEVEL: Tuple[str, ...] = ("市本级", "区本级", "县本级", "省本级", "本级", "国家级", "省级", "市级", "区级", "县级")
#: the report's own area named as its own (本市, 我区)
OWN: Tuple[str, ...] = ("本省", "本市", "本区", "本县", "我省", "我市", "我区", "我县")
#: parts of an area a figure may count alone (城镇 / 农村 residents, 城区, 市区 — not 全市区 —, 县城)
PART: Tuple[str, ...] = ("城镇", "农村", "乡村", "城区", "(?<!全)市区", "县城")

_TRADITIONAL = str.maketrans({"国": "國", "区": "區", "县": "縣", "镇": "鎮", "级": "級", "内": "內", "乡": "鄉"})
_CLASSES: Dict[str, Tuple[str, ...]] = {"area": AREA, "wider": WIDER, "within": WITHIN, "level": LEVEL, "own": OWN,
                                         "part": PART}


def alternation(*classes: str, traditional: bool = False) -> str:
    """The words of ``classes`` (area, wider, within, level, own, part) as one regex alternation, longer words first (市本级
    before 本级), with each word's traditional form after it when ``traditional``."""
    words = []
    for c in classes:
        for w in _CLASSES[c]:
            words.append(w)
            if traditional and w.translate(_TRADITIONAL) != w:
                words.append(w.translate(_TRADITIONAL))
    bare = lambda w: w.rsplit(")", 1)[-1]          # (a lookbehind does not count in a word's length)
    return "|".join(sorted(dict.fromkeys(words), key=lambda w: -len(bare(w))))


def pattern(*classes: str, traditional: bool = False, opening: bool = False) -> lazyre.LazyPattern:
    """:func:`alternation` compiled (lazily); ``opening``: only a word opening the text (a name's scope prefix)."""
    alt = alternation(*classes, traditional=traditional)
    return lazyre.compile(r"^(?:" + alt + ")" if opening else alt)
