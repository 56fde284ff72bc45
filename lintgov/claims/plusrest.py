"""A part, then the rest added to it in words, then the total (part of the claims layer)::

    能够在五年内建设完成的，工业方面有四百五十五个，加上其他方面共有一千二百七十一个
    全年新建学校18所，加上改扩建学校，共计43所

The figure before 加上 is one part of the total after 共/共计/合计: the rest is named (其他方面, 改扩建学校) but given
no figure, so the part is not more than the total.  Read only when nothing but words stands between the two
figures (no figure, no sentence or clause end other than one comma before the total word), both of one measure.
Linear in the occurrences of 加上.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, List

from .. import lazyre
from ..quantities import quantities_in
from .grammar import _cache, folded_text
from .values import measure

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document
    from ..quantities import Quantity

__all__ = ["PlusRest", "plus_rest"]

#: 加上 + the rest named in words + the total word, up to the total's figure
#: (…开荒七百万亩，加上地方国营农场开荒、群众性开荒，全国开垦荒地共达1773.5万亩: the total's name may open the clause
#: after the comma, before its total word)
_PLUS = lazyre.compile(r"(?:再)?加上(?P<rest>[^，,。；;：:！？!?\d%％\n]{1,24}?)(?:[，,]\s*(?P<name>[\u4e00-\u9fff“”]{2,12}?)?)?\s*(?:的)?"
                       r"(?:总共|總共|共计|共計|合计|合計|总计|總計|共)(?:有|为|為|达到|達到|达|達|是)?\s*$")
#: what may stand between the part's figure and 加上
_BEFORE_PLUS = lazyre.compile(r"\s*[，,、]?\s*$")


@dataclass(frozen=True)
class PlusRest:
    """``part``: the figure before 加上; ``total``: the figure after the total word; ``rest``: the words naming the rest."""

    part: "Quantity"
    total: "Quantity"
    rest: str


def plus_rest(doc: "Document") -> List[PlusRest]:
    c = _cache(doc)
    if "plus_rest" in c:
        return c["plus_rest"]  # type: ignore[return-value]
    out: List[PlusRest] = []
    text = folded_text(doc)
    k = text.find("加上")
    while k >= 0:
        s = doc.sentence_at(k)
        if s is not None:
            after = quantities_in(doc, k, min(s.end, k + 64))     # (a total in Chinese numerals is long)
            before = quantities_in(doc, max(s.start, k - 40), k)
            if after and before:
                total, part = after[0], before[-1]
                m = _PLUS.match(text, k, total.start)
                gap = text[part.end:k]
                if m is not None and _BEFORE_PLUS.fullmatch(gap.replace("再", "")) \
                        and not part.is_percent and not total.is_percent and measure(part) == measure(total) \
                        and part.approx not in (">", ">=") and total.approx not in ("<", "<="):
                    out.append(PlusRest(part, total, m.group("rest")))
        k = text.find("加上", k + 2)
    c["plus_rest"] = out
    return out
