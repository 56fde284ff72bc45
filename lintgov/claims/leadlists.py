"""A whole announced at the end of a paragraph and broken down in the paragraphs after it (part of the claims layer).

Reports lay a breakdown out as a list, one item to a line, under a line that states the whole and ends with a colon::

    五年基本建设的投资四百二十七亿四千万元，是这样分配的：
    工业部门为二百四十八亿五千万元，占百分之五十八点二；
    农业、林业和水利部门为三十二亿六千万元，占百分之七点六；
    ……
    其他为四亿六千万元，占百分之一点一。

Each item is a part (an amount of the whole's measure) followed at once by its share with no base named (，占…): the
base is the whole the lead line announced, whatever the items are called (部门, 方面, 项目: the items' names need share
no word with the whole's).  The sentence readers see each line as a sentence of its own, with no whole in it; this
module gives the list as one thing: the whole, and the (part, share) pairs in order.

Read only when every line of the run is such an item and nothing else (another figure, a growth, a second share ends
the run), the lead's colon closes its paragraph, the whole is the last figure of the lead with no figure and no
change word between it and the colon, and the parts are of the whole's measure.  Linear in the paragraphs.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, List, Tuple

from .. import lazyre
from ..quantities import quantities_in
from .grammar import _cache, folded_text
from .values import measure

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document
    from ..quantities import Quantity

__all__ = ["LeadList", "lead_lists"]

#: the end of a lead line: a colon, maybe after 如下 or a closing quote
_LEAD_END = lazyre.compile(r"[：:]\s*$")
#: what may stand between the whole and the colon: words only, no figure, no change of the whole, no second whole
#: (是这样分配的, 分配如下, 主要用于, 具体是, 其中); a share, a comparison or a plan word there makes it another statement
_LEAD_TAIL = lazyre.compile(r"[，,]?[\u4e00-\u9fff“”]{0,16}")
#: (a bound on the whole itself — 以上, 左右, 多 — is its own reading, Quantity.approx; 以下 here opens the list: 以下领域)
_LEAD_NOT = lazyre.compile(r"占|佔|比上年|比去年|增长|增長|增加|减少|減少|下降|提高")
#: the word right before the whole that makes it a change or a bound, not the whole broken down
_CHANGE_BEFORE = lazyre.compile(r"(?:增长|增長|增加|减少|減少|下降|提高|降低|新增|净增|淨增|多|少|超过|超過|不足|近|约|約)了?$")
#: an item: words naming it, the part, a comma and 占 with no base, the share, and the end of the item
_ITEM_NAME = lazyre.compile(r"[\u4e00-\u9fff“”、，,（）()和及与與]{1,30}?(?:为|為|是|有|计|計|达|達)?")
_ITEM_GAP = lazyre.compile(r"\s*[，,]\s*(?:约|約)?(?:占|佔)(?:比)?(?:为|為)?\s*")
#: (a clause of words may close the item — ，主要用于新建项目； — the item holds no other figure)
_ITEM_END = lazyre.compile(r"\s*(?:[，,][^；;。\n]*)?[；;。，,]?\s*")
_ITEM_NOT = lazyre.compile(r"增长|增長|增加|减少|減少|下降|提高|比上年|比去年|同比|新增")


@dataclass(frozen=True)
class LeadList:
    """``whole``: the figure the lead line states; ``items``: the (part, share) of each line, in order."""

    whole: "Quantity"
    items: Tuple[Tuple["Quantity", "Quantity"], ...]


def _item(doc: "Document", masked: str, p) -> Tuple["Quantity", "Quantity"] | None:
    qs = quantities_in(doc, p.start, p.end)
    if len(qs) != 2:
        return None
    a, b = qs
    if a.is_percent or not b.is_percent or a.approx is not None:
        return None
    if not _ITEM_GAP.fullmatch(masked, a.end, b.start) or not _ITEM_END.fullmatch(masked, b.end, p.end):
        return None
    words = masked[p.start:a.start]
    if not _ITEM_NAME.fullmatch(words) or _ITEM_NOT.search(words):
        return None
    return a, b


def lead_lists(doc: "Document") -> List[LeadList]:
    """Every whole stated at the end of a paragraph closed by a colon with two or more items on the lines after it."""
    def build() -> List[LeadList]:
        masked = folded_text(doc)
        paras = doc.paragraphs
        out: List[LeadList] = []
        i = 0
        while i < len(paras) - 2:
            p = paras[i]
            if not _LEAD_END.search(masked, p.start, p.end):
                i += 1
                continue
            colon = max(masked.rfind("：", p.start, p.end), masked.rfind(":", p.start, p.end))
            qs = quantities_in(doc, p.start, colon)
            if not qs or qs[-1].is_percent:
                i += 1
                continue
            w = qs[-1]
            tail = masked[w.end:colon]
            if not _LEAD_TAIL.fullmatch(tail) or _LEAD_NOT.search(tail) \
                    or _CHANGE_BEFORE.search(masked, max(p.start, w.start - 4), w.start) or w.approx in (">", ">=", "<", "<="):
                i += 1
                continue
            items: List[Tuple["Quantity", "Quantity"]] = []
            j = i + 1
            while j < len(paras):
                it = _item(doc, masked, paras[j])
                if it is None or measure(it[0]) != measure(w):
                    break
                items.append(it)
                j += 1
            if len(items) >= 2:
                out.append(LeadList(w, tuple(items)))
            i = max(j, i + 1)
        return out

    c = _cache(doc)
    if "lead_lists" not in c:
        c["lead_lists"] = build()
    return c["lead_lists"]  # type: ignore[return-value]
