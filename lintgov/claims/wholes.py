"""The changes of a whole split completely into parts (part of the claims layer).

A whole that the text splits into all of its parts (进出口总额 into 出口 and 进口, 社会消费品零售总额 into 城镇 and 乡村,
地区生产总值 into the three sectors, 一般公共预算收入 into 税收收入 and 非税收入) moves with them:

* its **growth** is a weighted mean of the parts' growths (the weights are the parts' levels of the year before, all
  positive), so it lies between the slowest and the fastest part — 进出口总额增长6.1%，其中出口增长9.8%，进口增长1.2% is
  possible, 增长12.1% is not (``kind == "percent"``, checked by LG201);
* its **change** (增加/减少 N) is the sum of the parts' changes (``kind == "amount"``, checked by LG103).

:func:`split_changes` reads them once per document from the change claims (:func:`lintgov.claims.grammar.changes`):
a change of a whole, then — in its sentence, or in the next one when that opens with 其中 or a classification
(按经营地分, 分产业看) — the changes of the same kind of parts whose names are the sides of a split that leaves nothing
out, decided by :func:`lintgov.claims.partition.complete` (never a second list of splits), or a thing and its negation
(税收收入/非税收入).  Strict, for the precision contract:

* the parts' names are the sides of the split with one shared rest (出口/进口, 城镇消费品零售额/乡村消费品零售额,
  第一产业增加值/…) — never a side with a modifier of its own (对美出口/自美进口: trade with one country);
* the whole is named, linked to its parts (其中, a classification, or a name holding every side: 进出口 holds 出口 and
  进口), and additive: never a per-capita figure, an average, a price, an index, a rate or a share (全体居民人均可支配
  收入 may grow faster than both the urban and the rural one when people move to the towns);
* splits whose sides may not be all of a whole (短期/中长期 loans leave 票据融资 out; 线上/线下 overlap) are not read;
* every figure exact (no 约/以上), of the year (no 年均/累计/环比), not a plan.

Linear: one pass over the change claims, each whole looking at the few changes after it in its sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, List, Optional, Sequence, Tuple

from lintgov import lazyre
from lintgov.claims.classes import _SPLIT_PATTERNS, SPLITS, implied_part
from lintgov.claims.grammar import QUALIFIERS, changes, folded_text, subject_pos
from lintgov.claims.metric import metric_key
from lintgov.claims.partition import Why, complete, negation_pair
from lintgov.claims.values import interval_of, measure

if TYPE_CHECKING:  # pragma: no cover
    from lintgov.quantities import Quantity
    from lintgov.claims.grammar import Change
    from lintgov.document import Document

__all__ = ["SplitChange", "split_changes", "growth_range"]


@dataclass(frozen=True)
class SplitChange:
    """A whole's change and the changes of all its parts: ``kind`` ``percent`` (growth) or ``amount`` (增加/减少 N);
    ``whole``/``parts`` the change claims; ``whole_name``/``part_names`` the words naming them as written; ``why`` why the parts
    are all of the whole (shown in the evidence, :class:`lintgov.claims.partition.Why`)."""

    kind: str
    whole: "Change"
    parts: Tuple["Change", ...]
    whole_name: str
    part_names: Tuple[str, ...]
    why: Why
    #: the whole's clause as written, up to its change (一般公共预算收入比上年增收1.4亿元): for messages
    whole_text: str = ""


#: splits whose sides are not all of every whole they name (loans by term leave 票据融资 out, deposits by term leave
#: other deposits out; 线上/线下, 省内/省外 may overlap; decisions and caseloads are not figures that grow apart)
_NOT_FOR_CHANGES = lazyre.compile(r"短期|活期|主持|正职|预期性|转送|新收|线上|省内|主板|总承包")
#: a whole that is no sum of its parts: per head or per unit, an average, a price or an index, a rate or a share, an
#: intensity; 居民收入/消费支出 are per-capita survey figures
_NOT_ADDITIVE = lazyre.compile(r"人均|户均|均价|平均|价格|物价|指数|[^利]率|比重|占比|比例|工资|密度|强度|能耗|单价|单产|"
                               r"居民[\u4e00-\u9fff]{0,6}(?:收入|支出)|消费支出|可支配收入")
#: words linking a whole to the list of its parts after it: 其中, a classification (按经营地分, 分产业看, 从…看)
_LINK = lazyre.compile(r"其中|按[\u4e00-\u9fff]{1,8}(?:分|统计|划分)|分[\u4e00-\u9fff]{1,6}看|从[\u4e00-\u9fff]{1,8}(?:看|来看)")
#: words of a plan or an estimate in the sentence (力争…增长, 预期目标), and a bound after a figure
_PLAN = lazyre.compile(r"力争|预期|目标|计划|争取|确保|预计|拟|将|要|左右|以上|以内")
#: a growth measured on another basis, in brackets after the whole's own (同比增长9.1%（同口径增长10.5%）)
_OTHER_BASIS = lazyre.compile(r"同口径|可比口径|可比价|扣除|剔除")
#: a change basis that is not the year before (环比, 比2019年, 较年初 — the parts' own are the same or absent)
_YEAR_BASIS = lazyre.compile(r"^(?:同比|(?:同比|比|较之?|与)(?:上一?年|去年)(?:末|底|同期)?(?:相比)?)?$")
_SENT_END = "。！？!?\n"


def _sides(label: str):
    """The split side each split pattern finds in ``label``: [(split index, side index, match)]."""
    out = []
    for si, (written, split) in enumerate(zip(SPLITS, _SPLIT_PATTERNS)):
        for k, side in enumerate(split):
            m = side.search(label)
            if m is not None:
                out.append((si, k, m))
    return out


def _norm_rest(x: str) -> str:
    return re.sub(r"[总額额值量]", "", x)


def _named_as_sides(labels: Sequence[str], whole: str) -> bool:
    """Whether the part names are the sides of one split with one shared rest (出口/进口总额; 城镇/乡村消费品零售额) and
    no modifier before a side other than the whole's own words.  Never people named alone (城镇居民增长6.1%: a figure
    per head left unnamed)."""
    if any(re.search(r"居民$|居民(?:家庭)?$", lab) for lab in labels):
        return False
    if len(labels) == 2 and any(negation_pair(x, y, strict=False) and y.startswith("非") and x.startswith(y[1:3])
                                and x[-2:] == y[-2:] for x, y in (labels, labels[::-1])):
        return True          # 税收收入/非税收入
    picks = []
    for lab in labels:
        hits = _sides(lab)
        if not hits:
            return False
        picks.append(hits)
    for si, split in enumerate(_SPLIT_PATTERNS):
        if len(split) != len(labels) or _NOT_FOR_CHANGES.search(SPLITS[si][0]):
            continue
        ms = []
        for hits in picks:
            own = [(k, m) for s, k, m in hits if s == si]
            if len(own) != 1:
                break
            ms.append(own[0])
        else:
            if len({k for k, _ in ms}) != len(labels):
                continue
            rests = {_norm_rest(lab[m.end():]) for lab, (_k, m) in zip(labels, ms)} - {""}
            heads = {lab[:m.start()] for lab, (_k, m) in zip(labels, ms)}
            if len(rests) <= 1 and all(h == "" or h in whole for h in heads):
                return True
    return False


#: the measure or basis named for some figures of a list only (以美元计, 按人民币计价)
_OTHER_MEASURE = lazyre.compile(r"美元|人民币计|计价|以人民币|按人民币")
#: a figure per head or a mean anywhere in the list's sentence: the parts may be named short (城镇居民增长6.1%) for a
#: per-capita figure that is no sum of theirs
_PER_HEAD = lazyre.compile(r"人均|户均|平均|均价|居民收入|可支配收入|消费支出")
#: the three sectors make up the GDP (their value added) and the people employed, not every total split by sector
#: (全社会用电量 holds 城乡居民生活用电 beside them); the four meats make up 猪牛羊禽肉, 肉类 holds others too
_SECTOR = lazyre.compile(r"第[一二三]产业|[一二三]产")
_SECTOR_WHOLE = lazyre.compile(r"生产总值|GDP|经济|增加值|就业|从业")
_MEAT = lazyre.compile(r"猪肉|牛肉|羊肉|禽肉")


def _whole_of_split(labels: Sequence[str], whole: str) -> bool:
    """Whether the split the labels name is all of this whole: the three sectors only of the GDP or of employment
    (or named as value added), the four meats only of 猪牛羊禽肉."""
    if all(_SECTOR.search(x) for x in labels):
        return bool(_SECTOR_WHOLE.search(whole)) or all("增加值" in x for x in labels)
    if all(_MEAT.search(x) for x in labels):
        return "猪牛羊禽" in whole
    return True


def _held(labels: Sequence[str], whole: str) -> bool:
    """Whether the whole's name holds every side the part names are (进出口总额 holds 出口 and 进口, its characters in
    order): the parts are named as its own, with no 其中 between."""
    def holds(word: str) -> bool:
        it = iter(whole)
        return all(c in it for c in word)
    sides = [_sides(lab) for lab in labels]
    if all(sides) and all(any(holds(m.group()) for _s, _k, m in hits) for hits in sides):
        return True
    # 社会消费品零售总额…，城镇和乡村消费品零售额…: the words the parts share after their sides name the whole
    rests = {_norm_rest(lab[hits[0][2].end():]) for lab, hits in zip(labels, sides) if hits} - {""}
    if all(sides) and len(rests) == 1 and len(next(iter(rests))) >= 2 and next(iter(rests)) in _norm_rest(whole):
        return True
    # 生产总值增长9.6%，一产、二产、三产增加值分别增长…: parts the whole holds by the statistics' definitions
    tails = {lab[hits[0][2].end():] for lab, hits in zip(labels, sides) if hits} - {""}
    if len(tails) != 1:
        return False
    tail = next(iter(tails))
    return all(implied_part(whole, lab if lab.endswith(tail) else lab + tail) for lab in labels)


def holds_split(whole: str, labels: Sequence[str]) -> bool:
    """Whether ``labels`` are all the sides of a split that leaves nothing out (:func:`lintgov.claims.partition.complete`,
    never a last part 其他) and ``whole`` is what they make up: it holds them by name (进出口总额: 出口, 进口) or by the
    statistics' definitions (地区生产总值: 第一、第二、第三产业 and their value added), and the split is all of it
    (:func:`_whole_of_split`).  For a table whose first row is the whole of the rows under it."""
    if len(whole) < 2 or any(len(x) < 2 for x in labels) or whole in labels or _NOT_ADDITIVE.search(whole):
        return False
    if complete(labels, residual_ok=False) is None or not _whole_of_split(labels, whole):
        return False
    return _held(labels, whole) or all(implied_part(whole, x) or implied_part(whole, x + "增加值") for x in labels)


_LEAD = lazyre.compile(r"^(?:其中|全年|当年|今年|本年度?)+[，,：:]?")
_TRAIL = lazyre.compile(r"(?:同比|(?:比|较|與|与)(?:上一?年|去年)(?:末|底|同期)?(?:相比)?)+$")


def _words(doc: "Document", text: str, pos: int, lo: int) -> str:
    """The words naming a figure as written, from its clause's start to ``pos`` (its level or its verb), for messages:
    其中/全年 and a comparison (比上年) off."""
    cut = max(text.rfind(c, lo, pos) for c in "，,；;：:。（(、") + 1
    raw = re.sub(r"\[\d+\]|［\d+］", "", doc.text[max(cut, lo):pos]).strip()     # (a note's mark: 地区生产总值[2])
    return _TRAIL.sub("", _LEAD.sub("", raw)).strip() or raw


def _split(doc: "Document", text: str, w: "Change", parts, shown, why: Why, clause: str, lo: int) -> SplitChange:
    """The reading, the whole's name written before its clause when the clause leaves it out (比上年增加100.2亿元)."""
    name = _words(doc, text, subject_pos(w), lo)
    if name and name not in clause:
        clause = name + clause
    return SplitChange(w.kind, w, tuple(parts), name, tuple(shown), why, clause)


def _eligible(doc: "Document", text: str, ch: "Change") -> bool:
    q = ch.amount
    if ch.kind not in ("percent", "amount") or q is None or q.approx is not None or ch.listed:
        return False
    if ch.comparison and not _YEAR_BASIS.match(ch.comparison):
        return False
    if QUALIFIERS.search(text, max(0, q.start - 14), q.start) and \
            re.search(r"年均|年平均|平均每年|每年平均|平均增长|递增|累计", text[max(0, q.start - 14):q.start]):
        return False
    return True


def _sentence(text: str, pos: int) -> Tuple[int, int]:
    """The sentence around ``pos`` (at most 2,000 characters each way: the look is bounded)."""
    floor = max(0, pos - 2000)
    lo = max(lazyre.rfind_any(text, _SENT_END, floor, pos) + 1, floor)
    hi = lazyre.find_any(text, _SENT_END, pos, pos + 2000)
    if hi < 0:
        hi = min(len(text), pos + 2000)
    return lo, hi


def split_changes(doc: "Document") -> List[SplitChange]:
    """Every whole with the changes of all its parts (cached on the document)."""
    cache = doc.__dict__.setdefault("_lintgov_wholes", {})
    if "split_changes" in cache:
        return cache["split_changes"]
    text = folded_text(doc)
    chs = sorted((ch for ch in changes(doc) if _eligible(doc, text, ch)), key=lambda c: c.amount.start)
    out: List[SplitChange] = []
    used = set()
    planned = {}      # (the words of a plan, looked for once per sentence)
    for i, w in enumerate(chs):
        if i in used:
            continue
        lo, hi = _sentence(text, w.amount.start)
        if (lo, hi) not in planned:
            planned[(lo, hi)] = _PLAN.search(text, lo, hi) is not None
        if planned[(lo, hi)]:
            continue
        # the parts: in the whole's sentence, or the next one when it opens with 其中 or a classification
        end = hi
        nxt = text[hi + 1:hi + 14] if hi < len(text) and text[hi] == "。" else ""
        if nxt and _LINK.match(nxt.lstrip()):
            end = _sentence(text, hi + 1)[1]
            if _PLAN.search(text, hi + 1, end):
                continue
        wname = metric_key(doc, subject_pos(w))
        if len(wname) < 2 or _NOT_ADDITIVE.search(wname) or _OTHER_BASIS.search(wname):
            continue
        run: List[int] = []
        last_end = w.amount.end
        for j in range(i + 1, min(len(chs), i + 9)):
            p = chs[j]
            if p.amount.start >= end:
                break
            if p.kind != w.kind or (p.kind == "amount" and measure(p.amount) != measure(w.amount)):
                continue
            gap, last_end = text[last_end:p.amount.start], p.amount.end
            if _OTHER_BASIS.search(gap[-12:]):
                continue      # （同口径增长10.5%）: the whole's growth on another basis, no part
            if run and "其中" in gap:
                continue      # a part of a part (第二产业增长6%，其中工业增长7%): not a side of the split
            run.append(j)
        names = [metric_key(doc, subject_pos(chs[j])) for j in run]
        for n in range(len(run), 1, -1):
            labels = names[:n]
            if not all(len(x) >= 2 for x in labels) or wname in labels:
                continue
            why = complete(labels, residual_ok=False)
            if why is None or not _named_as_sides(labels, wname) or not _whole_of_split(labels, wname):
                continue
            if n < len(run) and not re.search(r"[。！？!?]", text[chs[run[n - 1]].amount.end:chs[run[n]].amount.start]):
                break     # 第一、二、三产业用电…，城乡居民生活用电…: the list goes on, the sides are not all of it
            if _OTHER_MEASURE.search(text, w.amount.start, chs[run[n - 1]].amount.end) or \
                    _PER_HEAD.search(text, lo, chs[run[n - 1]].amount.end) or \
                    _OTHER_BASIS.search(text, lo, w.amount.start):
                break     # 以美元计 / 按可比口径: the whole and its parts may be measured apart
            gap = text[w.amount.end:chs[run[0]].amount.start]
            linked = _LINK.search(gap) is not None or _held(labels, wname)
            if not linked:
                break
            parts = tuple(chs[j] for j in run[:n])
            if any(p.comparison and not w.comparison and not _YEAR_BASIS.match(p.comparison) for p in parts):
                break
            cut = max(text.rfind(c, lo, w.verb_start) for c in "，,；;：:") + 1
            wt = re.sub(r"^(?:全年|当年|今年|本年度?|其中)[，,]?", "", doc.text[max(cut, lo):w.amount.end].strip())
            shown = tuple(_words(doc, text, subject_pos(p), lo) for p in parts)
            out.append(_split(doc, text, w, parts, shown, why, wt, lo))
            used.update(run[:n])
            break
    out.extend(_wholes_after(doc, text, chs, used))
    if "分别" in text or "分別" in text:
        out.extend(_listed_splits(doc, text, chs, used))
        out.sort(key=lambda sc: sc.whole.amount.start)
    cache["split_changes"] = out
    return out


@dataclass(frozen=True)
class ListedPart:
    """A part's change read from a 分别 list (出口、进口分别增长9.8%和1.2%): the fields of a change claim the checks use."""

    amount: "Quantity"
    direction: int
    verb_start: int
    kind: str
    current: Optional["Quantity"] = None
    comparison: str = ""


_FALL = lazyre.compile(r"下降|减少|降低|回落|下滑")


def _listed_splits(doc: "Document", text: str, chs, used) -> List[SplitChange]:
    """进出口总额增长6.1%，出口、进口分别增长9.8%和1.2%: the changes of the sides of a split listed before 分别
    (:func:`lintgov.claims.lists.respective_members`) right after the change of the whole they make up."""
    from lintgov.claims.lists import respective_members
    out: List[SplitChange] = []
    ends = [c.amount.end for c in chs]
    import bisect
    for rl in respective_members(doc):
        for j, role in enumerate(rl.roles):
            if role not in ("growth", "delta"):
                continue
            qs = [v[j] for v in rl.values]
            if any(q is None or q.approx is not None for q in qs):
                continue
            names = tuple(re.sub(r"^(?:其中|全年|当年)+", "", x) for x in rl.names)
            k = bisect.bisect_right(ends, rl.start) - 1
            if k < 0 or k in used:
                continue
            w = chs[k]
            gap = text[w.amount.end:rl.start]
            if len(gap) > 16 or re.search(r"[。；;！？!?\n\d]", gap):
                continue
            kind = "percent" if role == "growth" else "amount"
            if w.kind != kind or any(q.is_percent != (kind == "percent") for q in qs) or (
                    kind == "amount" and any(measure(q) != measure(w.amount) for q in qs)):
                continue
            lo, hi = _sentence(text, w.amount.start)
            if _PLAN.search(text, lo, hi):
                continue
            wname = metric_key(doc, subject_pos(w))
            if len(wname) < 2 or _NOT_ADDITIVE.search(wname) or _OTHER_BASIS.search(wname):
                continue
            why = complete(names, residual_ok=False)
            if why is None or not _named_as_sides(names, wname) or not _whole_of_split(names, wname):
                continue
            if _OTHER_MEASURE.search(text, w.amount.start, qs[-1].end) or _OTHER_BASIS.search(text, lo, w.amount.start) \
                    or _PER_HEAD.search(text, lo, qs[-1].end):
                continue
            if _LINK.search(gap) is None and not _held(names, wname):
                continue
            parts = []
            prev = rl.start
            for q in qs:
                d = -1 if _FALL.search(text, max(prev, q.start - 6), q.start) else (
                    -1 if _FALL.search(text, rl.start, qs[0].start) and not re.search(r"增长|增加|提高", text[prev:q.start]) else 1)
                parts.append(ListedPart(q, d, q.start, w.kind))
                prev = q.end
            wt = doc.text[max(max(text.rfind(c, lo, w.verb_start) for c in "，,；;：:") + 1, lo):w.amount.end].strip()
            out.append(_split(doc, text, w, tuple(parts), names, why, wt, lo))
            used.add(k)
    return out


def _wholes_after(doc: "Document", text: str, chs, used) -> List[SplitChange]:
    """出口增长9.8%，进口增长1.2%，进出口总额增长6.1%: the changes of all the sides of a split opening a sentence and the
    change of the whole right after them, its name holding the sides (进出口) or the words they share (城镇消费品零售额,
    乡村消费品零售额 → 社会消费品零售总额) — every change of the sentence before the whole is a part."""
    out: List[SplitChange] = []
    i = 0
    while i < len(chs):
        lo, hi = _sentence(text, chs[i].amount.start)
        j = i
        while j + 1 < len(chs) and chs[j + 1].amount.start < hi:
            j += 1
        group = list(range(i, j + 1))
        i = j + 1
        if len(group) < 3 or any(k in used for k in group) or _PLAN.search(text, lo, hi) or \
                _OTHER_MEASURE.search(text, lo, hi) or _OTHER_BASIS.search(text, lo, hi) or _PER_HEAD.search(text, lo, hi):
            continue
        w = chs[group[-1]]
        parts = tuple(chs[k] for k in group[:-1])
        if any(p.kind != w.kind or (w.kind == "amount" and measure(p.amount) != measure(w.amount)) for p in parts):
            continue
        wname = metric_key(doc, subject_pos(w))
        labels = [metric_key(doc, subject_pos(p)) for p in parts]
        if len(wname) < 2 or _NOT_ADDITIVE.search(wname) or _OTHER_BASIS.search(wname) or \
                not all(len(x) >= 2 for x in labels) or wname in labels:
            continue
        why = complete(labels, residual_ok=False)
        if why is None or not _named_as_sides(labels, wname) or not _whole_of_split(labels, wname) \
                or not _held(labels, wname):
            continue
        cut = max(text.rfind(c, lo, w.verb_start) for c in "，,；;：:") + 1
        wt = doc.text[max(cut, lo):w.amount.end].strip()
        shown = tuple(_words(doc, text, subject_pos(p), lo) for p in parts)
        out.append(_split(doc, text, w, parts, shown, why, wt, lo))
        used.update(group)
    return out


def signed(ch: "Change") -> Tuple[float, float]:
    """The interval of a change's amount, negative for a fall."""
    lo, hi = interval_of(ch.amount)
    return (-hi, -lo) if ch.direction < 0 else (lo, hi)


def growth_range(sc: SplitChange) -> Tuple[float, float]:
    """The range the whole's growth may take: from the slowest part's lowest to the fastest part's highest value."""
    ivs = [signed(p) for p in sc.parts]
    return min(a for a, _ in ivs), max(b for _, b in ivs)


# -- shares of the sides of a split listed before 分别占 -------------------------------------------------------------
_NAMES_ONLY = lazyre.compile(r"[\u4e00-\u9fff、和及与與]+")
_LEAD_WORDS = lazyre.compile(r"^(?:其中|全年|年末|年底|当年)+[，,]?")


def respective_split(masked: str, clause_start: int, mark: int, n: int, base: str = "",
                     floor: int = -1) -> Optional[Tuple[Tuple[str, ...], Why]]:
    """城镇、农村分别占62%和38% / 其中男性和女性分别占51.2%、48.8%: the names that alone make up the clause before 分别占
    (from ``clause_start`` to ``mark``, no figure among them), ``n`` of them, the sides of a split that leaves nothing
    out (:func:`lintgov.claims.partition.complete`) — with the reason, else None.  Their shares add up to 100% (LG107
    reads them; LG103's shares of one whole at most 100% leave them to it).  ``base``: the whole named after 占 (…的);
    one naming the sides again (分别占城镇、农村人口的) makes each share one of its own side: None."""
    from lintgov.claims.lists import _members
    from lintgov.claims.partition import classification
    head = _LEAD_WORDS.sub("", masked[clause_start:mark])
    if not head and floor >= 0 and clause_start - 1 > floor:
        # …分为当面、网上、邮寄三类，分别占…: 分别 opens its clause, the kinds announced in the clause before (from
        # ``floor``, the sentence's start, on)
        prev = max(masked.rfind(c, floor, clause_start - 1) for c in "，,；;：:。") + 1
        head = masked[max(prev, floor):clause_start - 1]
        if not re.search(r"分为|分為|分成|划分为", head):
            return None
    if not head:
        return None
    if _NAMES_ONLY.fullmatch(head) is None or re.search(r"分为|分為|分成|划分为|[两二三四五六七八九]类", head):
        # 全年受理案件按申请方式分为当面、网上、邮寄三类，分别占…: a classification announcing as many kinds as shares
        k = max((m.start() for m in re.finditer(r"按照?|从|從|分为|分為|分成|划分为", head)), default=-1)
        k = min((m.start() for m in re.finditer(r"按照?|从|從", head)), default=k)
        kinds = classification(head[k:]) if k >= 0 else None
        if not kinds or kinds != n or not re.search(r"[两二三四五六七八九十\d](?:个|大)?(?:类|種|种|类别|类型)$", head):
            return None
        return tuple(f"第{i + 1}类" for i in range(n)), Why(f"{n} kinds announced, {n} given", f"文中称共{n}类，列出{n}项")
    read = _members(head)
    if read is None or len(read[1]) != n:
        return None
    names = tuple(read[1])
    why = complete(names, residual_ok=False)
    if why is None and _REST_LAST.match(names[-1]):
        rest = _REST_LAST.match(names[-1]).group(1)
        tails = {x[-len(rest):] for x in names[:-1]} if rest else set()
        if not rest or tails == {rest}:
            # 维持、撤销、其他分别占… / 行政处罚类、行政许可类和其他类: the last part takes the rest of the whole
            why = Why(f"the last part takes the rest ({names[-1]})", f"末项“{names[-1]}”为其余部分")
    if why is None:
        return None
    b = re.sub(r"^(?:分别|分別)?(?:占|佔)", "", base)
    if b and (re.search(r"[、和及与與]", b) or any(b.startswith(m.group()) for lab in names for _s, _k, m in _sides(lab))):
        return None       # 分别占城镇、农村人口的 / 分别占城镇人口的: each share of its own side (进出口总额的 is the whole)
    return names, why


_REST_LAST = lazyre.compile(r"^(?:其他|其它|其余|其餘)(.*)$")


# -- the whole's growth the parts' levels and growths imply ----------------------------------------------------------
def implied_growth(doc: "Document", sc: SplitChange) -> Optional[Tuple[float, float]]:
    """The growth of the whole that the levels and growths of all its parts imply, in %: last year's parts are
    P/(1+g) each, last year's whole their sum, so the whole grew W / Σ P/(1+g) − 1 (全年进出口总额1000亿元，增长10%，
    其中出口600亿元，增长20%，进口400亿元，增长20%: +20%, not +10%).  Only when the whole and every part state their
    level in one measure, the parts' levels add up to the whole's within their rounding, and the growth is nominal
    (never the real growth of 地区生产总值/增加值, at comparable prices: the levels are current prices); else None."""
    from lintgov.claims.grammar import real_growth_metric
    w = sc.whole
    if sc.kind != "percent" or w.current is None or any(p.current is None for p in sc.parts):
        return None
    levels = [w.current] + [p.current for p in sc.parts]
    if any(q.is_percent or q.approx is not None for q in levels) or len({measure(q) for q in levels}) != 1:
        return None
    if real_growth_metric(doc, subject_pos(w)) or any(real_growth_metric(doc, subject_pos(p)) for p in sc.parts):
        return None
    text = folded_text(doc)
    lo, hi = _sentence(text, w.amount.start)
    if re.search(r"可比价|不变价|实际增长|扣除价格|美元|人民币计", text[lo:sc.parts[-1].amount.end]):
        return None       # growth at comparable prices, or in another currency than the levels
    wl = interval_of(w.current)
    pls = [interval_of(p.current) for p in sc.parts]
    if sum(a for a, _ in pls) > wl[1] * (1 + 1e-9) or sum(b for _, b in pls) < wl[0] * (1 - 1e-9):
        return None       # the levels do not add up: LG103's, not a growth to recompute
    prior_lo = prior_hi = 0.0
    for (plo, phi), p in zip(pls, sc.parts):
        glo, ghi = signed(p)
        if glo <= -100:
            return None
        prior_lo += plo / (1 + ghi / 100)
        prior_hi += phi / (1 + glo / 100)
    if prior_lo <= 0:
        return None
    return (wl[0] / prior_hi - 1) * 100, (wl[1] / prior_lo - 1) * 100


def odd_one(sc: SplitChange) -> Optional[Tuple[int, float]]:
    """Which growth of a whole and its parts (levels all stated) to correct, and to what (in %), so that last year's
    parts add up to last year's whole again: each one in turn is recomputed from the others (the whole: W / Σ P/(1+g)
    − 1; a part: P / (W/(1+G) − Σ others' P/(1+g)) − 1), and the one whose corrected value leaves the growths closest
    together (the least spread) is the odd one — 本地农民工增长122.93% beside 外出10.28% and a total of 8.55%: 本地
    would grow 7.4%.  ``-1`` for the whole, else the part's index; None when no part's last-year level comes out
    positive and the whole cannot be recomputed."""
    w = sc.whole
    if w.current is None or any(p.current is None for p in sc.parts):
        return None
    mid = lambda iv: (iv[0] + iv[1]) / 2
    W = mid(interval_of(w.current))
    G = mid(signed(w))
    Ps = [mid(interval_of(p.current)) for p in sc.parts]
    gs = [mid(signed(p)) for p in sc.parts]
    if G <= -100 or any(g <= -100 for g in gs):
        return None
    priors = [P / (1 + g / 100) for P, g in zip(Ps, gs)]
    cands = [(-1, (W / sum(priors) - 1) * 100)]
    for k, P in enumerate(Ps):
        prior_k = W / (1 + G / 100) - (sum(priors) - priors[k])
        if prior_k > 0:
            cands.append((k, (P / prior_k - 1) * 100))
    spreads = []
    for k, v in cands:
        vals = [v if k == -1 else G] + [v if i == k else g for i, g in enumerate(gs)]
        spreads.append((max(vals) - min(vals), k, v))
    whole = spreads[0]
    best = min(spreads[1:], default=None)
    # the whole is the figure derived from the parts: a part is blamed only when correcting it brings the growths
    # far closer together than correcting the whole (a quarter of the spread or less)
    if best is not None and best[0] <= 0.25 * whole[0]:
        return best[1], best[2]
    return whole[1], whole[2]


# -- a whole and all its parts of one period split, anywhere in a paragraph --------------------------------------------
@dataclass(frozen=True)
class PeriodParts:
    """A whole stated for a span (全年, 两年合计) and the figures of every period the span splits into (the two halves,
    the four quarters, each of the years), in any order and in any sentence of one paragraph: ``whole`` and ``parts``
    the figures (``parts`` in the order of the periods), ``names`` the periods as written, ``why`` why they are all of
    the whole (:class:`lintgov.claims.partition.Why`)."""

    whole: "Quantity"
    parts: Tuple["Quantity", ...]
    names: Tuple[str, ...]
    why: Why


#: the periods a year splits into, each a side: (name of the split, [side patterns])
_TO = r"(?:月份?)?\s*(?:—|–|-|~|～|至|到)\s*"
_PERIOD_SPLITS = (
    ("halves", (lazyre.compile(r"上半年|(?<![\d.])1" + _TO + r"6月"), lazyre.compile(r"下半年|(?<![\d.])7" + _TO + r"12月"))),
    ("quarters", (lazyre.compile(r"(?<![前二三四五六七八九十])(?:第)?一季度|(?<![\d.])1" + _TO + r"3月"),
                  lazyre.compile(r"(?<![前二三四五六七八九十])(?:第)?二季度|(?<![\d.])4" + _TO + r"6月"),
                  lazyre.compile(r"(?<![前二三四五六七八九十])(?:第)?三季度|(?<![\d.])7" + _TO + r"9月"),
                  lazyre.compile(r"(?<![前二三四五六七八九十])(?:第)?四季度|(?<![\d.])10" + _TO + r"12月"))),
    # the first three quarters and the fourth (前三季度…，四季度…)
    ("three-one", (lazyre.compile(r"前三季度|(?<![\d.])1" + _TO + r"9月"),
                   lazyre.compile(r"(?<![前二三四五六七八九十])(?:第)?四季度|(?<![\d.])10" + _TO + r"12月"))),
)
#: a year named, or the year before and this one (上年…，本年度…; 两年合计)
_YEAR_SIDE = lazyre.compile(r"(?<![\d~～—-])((?:19|20)\d{2})年(?![\d末底初])|(上一?年|去年|前年)(?!同期|末|底)|(本年度?|今年|当年)")
#: the span that holds every part: the year (全年, 本年度, 年度) or a sum of them (合计, 共计, 总计)
_SPAN_TOTAL = lazyre.compile(r"全年|全年度|本年度|年度|合计|合計|共计|共計|总计|總計|全部|(?<![\d.])1" + _TO + r"12月")
#: a sum over N years (两年合计, 三年累计, 两年共)
_YEARS_TOTAL = lazyre.compile(r"(?<![\d〇零一二三四五六七八九十百])(?P<n>[两兩二三四五六七八九十2-9])(?:个)?年(?:来|來|间|間)?(?:合计|合計|累计|累計|共计|共計|总计|總計|共)")
#: a figure of a plan, an estimate, a comparison or a stock to date: no part and no whole of a period split
_NOT_ACTUAL = lazyre.compile(r"计划|計劃|目标|目標|预计|預計|预期|預期|力争|力爭|争取|爭取|确保|確保|拟|擬|将|將|要|任务|任務")
_COMPARED = lazyre.compile(r"同期|同比|比上|较上|較上|比去|较去|增长|增長|下降|增加|减少|減少|提高|回落|以上|以下|超过|超過|近|余|多")
_TO_DATE = lazyre.compile(r"截至|截止|至今|以来|以來|年末|年底|月末|底")
#: words of a figure's name that are not its metric: the period, the scope, the sum, the linking verb
_NOT_METRIC = lazyre.compile(r"\d{1,2}" + _TO + r"\d{1,2}月|前三季度|全年度?|本年度?|今年|当年|年度|(?:19|20)\d{2}年|上一?年|去年|前年|上半年|下半年|(?:第)?[一二三四]季度|"
                             r"[两兩二三四五六七八九十2-9](?:个)?年(?:来|來|间|間)?|全[市区區县縣省州镇鎮乡鄉]|我[市区區县縣省]|"
                             r"合计|合計|累计|累計|共计|共計|总计|總計|共|全部|进入|進入|其中|分别|分別|"
                             r"达到|達到|达|達|为|為|是|了|的|[^\u4e00-\u9fff]")
_NUMERAL_MEMBER = lazyre.compile(r"^第?[一二三四五六七八九十]+$")
_ORDINAL_HEAD = lazyre.compile(r"^第?[一二三四五六七八九十]+")


_CUT_TOTAL = lazyre.compile(r"(?<![\d.])1" + _TO + r"12月|全年度?|合计|合計|共计|共計|总计|總計|全部|(?<![\d〇零一二三四五六七八九十百])[两兩二三四五六七八九十2-9](?:个)?年(?:来|來|间|間)?")
#: a prefilter of a paragraph: a period a year splits into, or a sum over years
_ANY_PERIOD = lazyre.compile(r"半年|季度|\d\s*(?:月份?)?\s*(?:—|–|-|~|～|至|到)\s*\d{1,2}\s*月|年(?:来|來|间|間)?(?:合计|合計|累计|累計|共计|共計|总计|總計|共)")
_CN_N = {"两": 2, "兩": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_REL_YEAR = {"前年": -2, "上年": -1, "上一年": -1, "去年": -1}


def _last_side(seg: str):
    """The period named last in ``seg``: ("periods", frozenset of (split, side index) — 四季度 is a side of the four
    quarters and of 前三季度/四季度), ("years", ("abs", 2023) | ("rel", -1)), or None."""
    best, pos = None, -1
    for sname, split in _PERIOD_SPLITS:
        for k, side in enumerate(split):
            for m in side.finditer(seg):
                if m.start() > pos:
                    best, pos = {(sname, k)}, m.start()
                elif m.start() == pos and best is not None and isinstance(best, set):
                    best.add((sname, k))
    for m in _YEAR_SIDE.finditer(seg):
        if m.start() > pos:
            y = ("abs", int(m.group(1))) if m.group(1) else ("rel", _REL_YEAR.get(m.group(2), 0) if m.group(2) else 0)
            best, pos = ("years", y), m.start()
    if best is None:
        return None
    return ("periods", frozenset(best)) if isinstance(best, set) else best


_AREA = lazyre.compile(r"(?:全|我|本)(省|市|县|縣|区|區|州|镇|鎮|乡|鄉)|(市本级|市本級|市直|县直|縣直|区直|區直)")


def _area(name: str) -> str:
    """The area a figure's words name (全市 → 市, 市本级), "" when none."""
    m = _AREA.search(name)
    return "" if m is None else (m.group(1) or m.group(2))


def _metric(name: str) -> str:
    return _NOT_METRIC.sub("", name)


#: words that narrow an action or negate it (按期办结 of 办结, 不予受理 beside 受理): a metric with them is another one
_NARROWS = lazyre.compile(r"按期|按时|按時|限时|限時|当场|當場|当日|當日|即时|即時|网上|網上|线上|線上|一次性|现场|現場|超期|逾期|"
                          r"提前|不予|不|未|非|无|無|没有|沒有")


def _compatible(a: str, b: str) -> bool:
    """Two metrics of one thing: equal, or the words of one all among the other's (受理 / 受理劳动争议案件; 办理法律援助案件
    / 法律援助机构办理案件), unless only one narrows or negates the action (按期办结 / 办结; 不予受理 / 受理)."""
    if a == b:
        return True
    if len(a) < 2 or len(b) < 2:
        return False
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    if not set(small) <= set(large):
        return False
    return bool(_NARROWS.search(small)) == bool(_NARROWS.search(large))


@dataclass(frozen=True)
class _Listed:
    """A value of a 分别 list of periods (2021年、2022年、2023年分别培训…), read like :class:`lintgov.claims.lists.ListFigure`."""

    member: str
    start: int


_QUARTER_RANGE = lazyre.compile(r"^(?:全年)?第?([一二三四])(?:季度)?\s*(?:至|到|—|–|-|~|～)\s*第?([一二三四])季度$")
_YEAR_RANGE = lazyre.compile(r"^((?:19|20)\d{2})年?\s*(?:至|到|—|–|-|~|～)\s*((?:19|20)\d{2})年$")
_CN_Q = "一二三四"


def _expand_range(head: str) -> List[str]:
    """The periods a range before 分别 names one by one (一季度至四季度 → 一季度, 二季度, 三季度, 四季度; 2021—2023年 →
    2021年, 2022年, 2023年), [] when the words are no such range."""
    m = _QUARTER_RANGE.match(head)
    if m is not None:
        a, b = _CN_Q.index(m.group(1)), _CN_Q.index(m.group(2))
        return [f"{_CN_Q[i]}季度" for i in range(a, b + 1)] if b > a else []
    m = _YEAR_RANGE.match(head)
    if m is not None:
        a, b = int(m.group(1)), int(m.group(2))
        return [f"{y}年" for y in range(a, b + 1)] if 0 < b - a < 10 else []
    return []


def _period_list(text: str, lo: int, qs) -> dict:
    """The values of the 分别 lists of periods in a sentence (2021年、2022年、2023年分别培训执法人员820人次、910人次和
    1,040人次 — years are figures of their own, so the list service leaves these): the start of each value → its
    period, when the names before 分别 are each a period and as many values of one measure follow, joined by 、/和/及."""
    out = {}
    for mk in re.finditer(r"分别|分別", text[lo:qs[-1].start] if qs else ""):
        k = lo + mk.start()
        cut = max(text.rfind(c, lo, k) for c in "，,；;：:") + 1
        names = _expand_range(text[max(cut, lo):k]) or [x for x in re.split(r"[、和及与與]", text[max(cut, lo):k]) if x]
        after = [q for q in qs if q.start > k]
        if len(names) < 2 or len(after) < len(names) or not all(_last_side(x) for x in names):
            continue
        vals = after[:len(names)]
        if not re.fullmatch(r"[\u4e00-\u9fff]{0,12}", text[k + 2:vals[0].start]) or not all(
                re.fullmatch(r"\s*[、和及与與,，]\s*", text[a.end:b.start]) for a, b in zip(vals, vals[1:])) \
                or len({(v.unit, v.is_percent) for v in vals}) != 1:
            continue
        for name, v in zip(names, vals):
            out[v.start] = _Listed(re.sub(r"^(?:全[市区县省])", "", name), max(cut, lo))
    return out


def period_parts(doc: "Document") -> List[PeriodParts]:
    """Every whole of a span with the figures of all the periods it splits into (cached on the document): in one
    paragraph, a figure of the year (全年, 本年度, 合计) — or of N years summed (两年合计) — and, before or after it, in
    its sentence or others, one figure for each half or each quarter (or each of the N consecutive years), of its
    measure and metric (受理 / 受理案件; the period named by the figure's clause, or carried from the sentence's
    earlier clause, or by a 分别 list: 二季度、三季度、四季度分别受理…).  Strict: every figure exact (no 约/近/余/以上),
    no plan, estimate, comparison (同期, 比上年) or stock to date (截至, 年末); exactly one figure per period and one
    whole of a compatible metric in the paragraph — any second reading and the paragraph is left alone.  Linear: one
    pass over the paragraph's figures."""
    cache = doc.__dict__.setdefault("_lintgov_wholes", {})
    if "period_parts" in cache:
        return cache["period_parts"]
    out: List[PeriodParts] = []
    text = folded_text(doc)
    if not re.search(r"年|季度|月", text):
        cache["period_parts"] = out
        return out
    from lintgov.claims.lists import list_figure
    from lintgov.claims.rates import is_count, is_delta, measure_of
    from lintgov.quantities import quantities_in
    import bisect
    all_sents = doc.sentences
    starts = [x.start for x in all_sents]
    # (only the paragraphs holding a half, a quarter, a month range or a sum over N years: one pass over the text)
    pars = sorted({all_sents[i].paragraph for i in (bisect.bisect_right(starts, m.start()) - 1
                                                     for m in lazyre.finditer(_ANY_PERIOD, text)) if i >= 0})
    sents_by_par = {}
    if pars:
        wanted = set(pars)
        for x in all_sents:
            if x.paragraph in wanted:
                sents_by_par.setdefault(x.paragraph, []).append(x)
    for par, sents in sents_by_par.items():
        figs = []      # (q, period key or None, metric, total kind, years n)
        for s in sents:
            stext = text[s.start:s.end]
            if _NOT_ACTUAL.search(stext) or _TO_DATE.search(stext):
                continue
            carried = None
            carried_years = None
            sq = quantities_in(doc, s.start, s.end)
            listed = _period_list(text, s.start, sq)
            for q in sq:
                if not is_count(q) or q.approx is not None or q.approx_word or q.is_percent or is_delta(text, q):
                    continue
                lf = list_figure(doc, q) or listed.get(q.start)
                cut = max(text.rfind(c, s.start, q.start) for c in "，,；;：:") + 1
                clause = text[max(cut, s.start):q.start]
                if lf is not None:
                    member = lf.member
                    if _NUMERAL_MEMBER.match(member):
                        # 第二、三、四季度: the last member's words after its ordinal belong to every bare ordinal
                        head = text[lf.start:q.start]
                        mk = re.search(r"分别|分別|依次", head)
                        names = head[:mk.start()] if mk else head
                        last = re.split(r"[、和及与與]", names)[-1]
                        o = _ORDINAL_HEAD.match(last)
                        member = member + (last[o.end():] if o else "")
                    verb = ""
                    hm = re.search(r"(?:分别|分別|依次)", text[lf.start:q.start])
                    if hm is not None:
                        after = text[lf.start + hm.end():q.start]
                        verb = re.split(r"[\d、，,]", after)[0]
                    name, metric_words = member, verb
                    if re.search(r"[（(]", text[lf.start:q.start]):
                        continue
                else:
                    if re.search(r"[（(][^）)]*$", text[s.start:q.start]):
                        continue      # a figure inside brackets
                    name, metric_words = clause, clause
                if _COMPARED.search(clause[-8:] if lf is None else "") or re.search(r"同期|同比|比上|较上", clause):
                    continue
                if lf is not None:
                    side = _last_side(name)
                    total = None
                else:
                    # the period named last before the figure in its sentence (上半年…，办结…: carried), unless a word of
                    # the whole span comes after it (上半年受理…，全年受理…)
                    prefix = text[s.start:q.start]
                    cuts = [m.end() for m in _CUT_TOTAL.finditer(prefix)]
                    cut = cuts[-1] if cuts else 0
                    side = _last_side(prefix[cut:])
                    total = None
                    yt = _YEARS_TOTAL.search(clause)
                    if yt is not None:
                        side = None
                        n = yt.group("n")
                        total = ("years", int(n) if n.isdigit() else _CN_N.get(n, 0))
                    elif side is None and (cuts or re.search(r"^[\u4e00-\u9fff]{0,3}共", clause)):
                        total = ("year", 0)
                    elif side is not None and side[0] == "years" and side[1] == ("rel", 0):
                        total = ("year", 0)       # 本年度受理…: this year, the whole of its halves
                key = side if side is not None and side[0] != "years" else None
                year = side[1] if side is not None and side[0] == "years" else None
                among = "其中" in text[s.start:q.start] or "中，" in text[s.start:q.start]
                figs.append((q, key, year, _metric(metric_words), total, measure_of(q), name, among))
        if len(figs) < 3:
            continue
        out.extend(_period_wholes(text, figs))
    cache["period_parts"] = out
    return out


def _period_wholes(text: str, figs) -> List[PeriodParts]:
    """The complete period splits among a paragraph's figures (see :func:`period_parts`)."""
    out = []
    wholes = [f for f in figs if f[4] is not None]
    if not wholes:
        return out
    groups = {}
    for f in figs:
        q, key, year, metric, total, meas = f[:6]
        if key is not None:
            for sname, k in key[1]:
                groups.setdefault((sname, meas), []).append((f, k))
        elif year is not None:
            groups.setdefault(("years-" + year[0], meas), []).append((f, year[1]))
    for (split, meas), members in groups.items():
        cands = [w for w in wholes if w[5] == meas]
        if len(cands) > 4:
            continue      # (many figures of the year in the measure: no one whole, and the look stays linear)
        for w in cands:
            parts = [(f, k) for f, k in members if _compatible(f[3], w[3]) or ((not f[3] or not w[3]) and len(cands) == 1)]
            if split.startswith("years"):
                if w[4][0] != "years":
                    continue
                by = {}
                for f, k in parts:
                    by.setdefault(k, []).append(f)
                ys = sorted(by)
                if len(ys) != w[4][1] or any(len(v) != 1 for v in by.values()) or \
                        any(b != a + 1 for a, b in zip(ys, ys[1:])):
                    continue
                chosen = [by[y][0] for y in ys]
                why = Why(f"{len(ys)} consecutive years, summed over {len(ys)} years",
                          f"连续{len(ys)}年，文中称{len(ys)}年合计")
            else:
                if w[4][0] != "year":
                    continue
                n = 4 if split == "quarters" else 2
                by = {}
                for f, k in parts:
                    by.setdefault(k, []).append(f)
                if sorted(by) != list(range(n)) or any(len(v) != 1 for v in by.values()):
                    continue
                chosen = [by[k][0] for k in range(n)]
                sides = {"halves": "上半年/下半年", "quarters": "一季度/二季度/三季度/四季度",
                         "three-one": "前三季度/四季度"}[split]
                why = Why(f"every period of the year ({sides})", f"{sides}为全年的全部时段")
            # one whole only: another figure of the year of the measure and a metric like the whole's or the parts',
            # or a part of another whole (其中…), may be the whole of these parts too — the reading is left open
            # (the area each names, when it names one: 全省 parts are no parts of a 全市 whole)
            areas = {a for a in (_area(f[6]) for f in [w] + chosen) if a}
            if len(areas) > 1:
                continue
            metrics = {w[3]} | {f[3] for f in chosen}
            if any(v is not w and v[5] == meas and all(v is not f for f in chosen) and (
                    v[7] or (v[4] is not None and any(_compatible(v[3], m) or not v[3] or not m for m in metrics)))
                   for v in figs):
                continue
            out.append(PeriodParts(w[0], tuple(f[0] for f in chosen),
                                   tuple(f[6] for f in chosen), why))
            break
    return out


# -- a whole whose subject counts its parts, and a 分别 list naming them all --------------------------------------------
@dataclass(frozen=True)
class CountedParts:
    """A whole whose sentence counts the things it is made of (四支执法队伍共办结案件3,582件; 县、乡、村三级综治中心402个)
    and a 分别 list, in its sentence or the next, giving one figure for each of them: ``whole``, ``parts`` the figures,
    ``names`` the list's members, ``why`` (:func:`lintgov.claims.partition.counted_members`)."""

    whole: "Quantity"
    parts: Tuple["Quantity", ...]
    names: Tuple[str, ...]
    why: Why


def counted_parts(doc: "Document") -> List[CountedParts]:
    """Every 分别 list (:func:`lintgov.claims.lists.respective_members`) of levels (分别办结/分别为 N件…) right after a whole
    — the last figure before the list, in the list's sentence or the one before it in the paragraph, of the list's
    measure, exact, no other figure of that measure between — whose sentence counts as many things as the list names
    (:func:`lintgov.claims.partition.counted_members`).  Never a plan, a comparison, a bound or a list whose verb the
    whole's words do not hold (分别办结 after 共受理).  Linear: one look back per list."""
    cache = doc.__dict__.setdefault("_lintgov_wholes", {})
    if "counted_parts" in cache:
        return cache["counted_parts"]
    out: List[CountedParts] = []
    text = folded_text(doc)
    if "分别" not in text and "分別" not in text:
        out.extend(_named_counted(doc, text))
        cache["counted_parts"] = out
        return out
    from lintgov.claims.lists import respective_members
    from lintgov.claims.partition import counted_members
    from lintgov.claims.rates import is_count, is_delta, measure_of
    from lintgov.quantities import quantities_in
    import bisect
    sents = doc.sentences
    starts = [s.start for s in sents]
    for rl in respective_members(doc):
        for j, role in enumerate(rl.roles):
            if role != "level":
                continue
            qs = [v[j] for v in rl.values]
            if any(q is None or not is_count(q) or q.approx is not None or q.approx_word or q.is_percent for q in qs) \
                    or len({measure_of(q) for q in qs}) != 1:
                continue
            si = bisect.bisect_right(starts, rl.start) - 1
            if si < 0:
                continue
            s = sents[si]
            lo = s.start
            if si > 0 and sents[si - 1].paragraph == s.paragraph:
                lo = sents[si - 1].start
            before = [q for q in quantities_in(doc, lo, rl.start) if is_count(q) and not q.is_percent
                      and measure_of(q) == measure_of(qs[0])]
            if not before:
                continue
            w = before[-1]
            if w.approx is not None or w.approx_word or is_delta(text, w):
                continue
            ws = sents[bisect.bisect_right(starts, w.start) - 1]
            words = text[ws.start:w.start]
            span = text[ws.start:qs[-1].end]
            if _PLAN.search(span) or re.search(r"同期|同比|比上|较上|上年|去年", text[w.end:rl.start] + words[-10:]):
                continue
            verb = re.sub(r"[^\u4e00-\u9fff]", "", rl.verbs[j] if j < len(rl.verbs) else "")
            if verb not in ("", "为", "為", "是", "有", "达", "达到") and verb not in words:
                continue
            why = counted_members(words, rl.members)
            if why is None:
                continue
            out.append(CountedParts(w, tuple(qs), tuple(rl.members), why))
    done = {c.whole.start for c in out}
    out.extend(c for c in _named_counted(doc, text) if c.whole.start not in done)
    cache["counted_parts"] = out
    return out


#: a count of things before a whole in its sentence (四支执法队伍共…, 全区三家公立医院共…, 全县四个街道共…): a prefilter
_COUNT_BEFORE = lazyre.compile(r"(?<![\d.第])(?:[2-9]|[两兩二三四五六七八九十])(?:支|个|個|家|所|座|条|條|级|級)[\u4e00-\u9fff]")


def _named_counted(doc: "Document", text: str) -> List[CountedParts]:
    """四支执法队伍共办结案件3,682件，其中城管执法队伍1,246件，…交通运输执法队伍615件 / 全县四个街道共调解纠纷1,286件。城关
    街道412件，东城街道356件…: a whole whose sentence counts N things, and right after it — after 其中, or opening the
    next sentence — exactly N figures of its measure, each named by its clause as one of those things
    (:func:`lintgov.claims.partition.counted_members`), the list closing its sentence.  Never a plan, a comparison, a
    bound, a figure in brackets, or a list with other figures between."""
    from lintgov.claims.partition import counted_members
    from lintgov.claims.rates import is_count, is_delta, measure_of
    from lintgov.quantities import quantities_in
    out: List[CountedParts] = []
    import bisect
    sents = doc.sentences
    starts = [x.start for x in sents]
    last_si = -1
    for m in lazyre.finditer(_COUNT_BEFORE, text):      # (one pass, tried only at a numeral: the first count of each sentence)
        si = bisect.bisect_right(starts, m.start()) - 1
        if si < 0 or si == last_si or m.end() > sents[si].end:
            continue
        last_si = si
        s = sents[si]
        sq = [q for q in quantities_in(doc, s.start, s.end) if q.start >= m.end()]
        w = next((q for q in sq if is_count(q) and not q.is_percent and q.unit not in ("支", "个", "個", "家", "所", "座", "条", "條")
                  or (q.start > m.end() + 1 and is_count(q) and not q.is_percent)), None)
        if w is None or w.approx is not None or w.approx_word or is_delta(text, w) or _PLAN.search(text, s.start, s.end):
            continue
        words = text[s.start:w.start]
        if re.search(r"同期|同比|比上|较上|上年|去年|[（(]", words[-12:]):
            continue
        rest = [q for q in sq if q.start > w.end]
        lo = w.end
        if rest:
            gap = text[w.end:rest[0].start]
            if not re.match(r"[，,：:；;]\s*(?:其中[，,：:]?)?[\u4e00-\u9fff“”]{1,16}$", gap):
                continue
            parts = rest
            hi = s.end
        elif si + 1 < len(sents) and sents[si + 1].paragraph == s.paragraph and re.fullmatch(r"[。！!\s]*", text[w.end:s.end]):
            nxt = sents[si + 1]
            parts = list(quantities_in(doc, nxt.start, nxt.end))
            lo, hi = nxt.start, nxt.end
        else:
            continue
        if len(parts) < 2 or any(not is_count(q) or q.is_percent or measure_of(q) != measure_of(w) or q.approx is not None
                                 or q.approx_word or is_delta(text, q) for q in parts):
            continue
        names = []
        prev = lo
        for q in parts:
            seg = text[prev:q.start]
            name = re.split(r"[，,；;：:、。]", seg)[-1]
            if re.search(r"[（()）]", seg) or not re.fullmatch(r"[\u4e00-\u9fff]{2,16}", name or "x"):
                names = []
                break
            names.append(re.sub(r"^其中", "", name))
            prev = q.end
        if not names or not re.fullmatch(r"[。；;！!\s]*", text[parts[-1].end:hi]):
            continue
        why = counted_members(words, names)
        if why is not None:
            out.append(CountedParts(w, tuple(parts), tuple(names), why))
    return out


# -- the levels of the three sectors in a paragraph ---------------------------------------------------------------------
_SECTORS = (lazyre.compile(r"第一产业|第一產業|(?<![\u4e00-\u9fff])一产"), lazyre.compile(r"第二产业|第二產業|(?<![\u4e00-\u9fff])二产"),
            lazyre.compile(r"第三产业|第三產業|(?<![\u4e00-\u9fff])三产"))
_SECTOR_LIST_HEAD = lazyre.compile(r"第?一(?:产业|產業)?[、，,]\s*第?二(?:产业|產業)?[、，,和及与與]\s*第?三(?:次)?(?:产业|產業)"
                                   r"(?:增加值)?(?:分别|分別)")
_SECTOR_NOT_LEVEL = lazyre.compile(r"上年|去年|同期|增长|增長|增加(?!值)|下降|比重|占|佔|贡献|貢獻|拉动|拉動|投资|投資|用电|用電|"
                                   r"就业|就業|从业|從業|人员|人員|税收|稅收|企业|企業|年均|累计|累計")


def sector_levels(doc: "Document", lo: int, hi: int) -> Optional[Tuple["Quantity", "Quantity", "Quantity"]]:
    """The value added of the first, second and third sectors stated in ``[lo, hi)`` (a paragraph), one figure each:
    named by its clause (第一产业增加值38.4亿元) or as a member of a 分别 list (第一、二、三产业增加值分别为…, the bare
    ordinals read with the last member's words), all in money, exact, none a change, a share, last year's or another
    indicator of the sectors (投资, 用电, 就业…) — else None.  LG109 checks 三次产业结构 against them when it reads no GDP."""
    from lintgov.claims.lists import list_figure
    from lintgov.claims.rates import is_delta, measure_of
    from lintgov.quantities import quantities_in
    text = folded_text(doc)
    if text.find("产", lo, hi) < 0 and text.find("產", lo, hi) < 0:
        return None           # (no sector named in the paragraph: nothing to read)
    found: List[List["Quantity"]] = [[], [], []]
    qs = [q for q in quantities_in(doc, lo, hi) if not q.is_percent and measure_of(q) == "元"]
    listed = {}
    # 第一、二、三产业增加值分别为38.4亿元、96.5亿元、112.7亿元: the sectors in order before 分别, a figure each after it
    for m in _SECTOR_LIST_HEAD.finditer(text, lo, hi):
        after = [q for q in qs if q.start >= m.end()][:3]
        if len(after) == 3 and re.fullmatch(r"[\u4e00-\u9fff]{0,6}", text[m.end():after[0].start]) and all(
                re.fullmatch(r"\s*[、和及与與,，]\s*", text[a.end:b.start]) for a, b in zip(after, after[1:])):
            for k, q in enumerate(after):
                listed[q.start] = k
    for q in qs:
        if q.start in listed:
            if q.approx is not None or q.approx_word:
                return None
            found[listed[q.start]].append(q)
            continue
        lf = list_figure(doc, q)
        if lf is not None:
            head = text[lf.start:q.start]
            mk = re.search(r"分别|分別|依次", head)
            names = re.split(r"[、和及与與]", head[:mk.start()] if mk else head)
            name = lf.member
            if _NUMERAL_MEMBER.match(name) and names:
                o = _ORDINAL_HEAD.match(names[-1])
                name = "第" + name.lstrip("第") + (names[-1][o.end():] if o else "")
            words = head
        else:
            w_lo = max(lo, q.start - 40)     # (a clause's words: a bounded look back, linear in the paragraph)
            cut = max(text.rfind(c, w_lo, q.start) for c in "，,；;：:。") + 1
            name = words = text[max(cut, w_lo):q.start]
        hits = [k for k, p in enumerate(_SECTORS) if p.search(name)]
        if len(hits) != 1:
            continue
        if _SECTOR_NOT_LEVEL.search(words) or "增加值" not in words:
            continue
        if q.approx is not None or q.approx_word or is_delta(text, q):
            return None
        found[hits[0]].append(q)
    if any(len(f) != 1 for f in found):
        return None
    return found[0][0], found[1][0], found[2][0]
