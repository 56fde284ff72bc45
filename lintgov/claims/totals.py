"""Totals and their parts wherever they stand, and flows (part of the claims layer).

A figure the text names as a total — a total word right before it (合计, 共计, 总计, 累计, 总数, 总量, 共需办理, 共),
often with what it refers back to (以上各类, 上述, 两类案件, 三年, 四级) — sums figures stated before it, in its
sentence or sentences and sub-headings before it: 其中警告类280件，罚款类1,900件。没收…共140件。以上各类行政处罚合计2,320件;
（一）复议。收到申请830件。（二）应诉。一审应诉案件410件。（三）综述。两类案件合计1,240件.  :func:`far_totals` reads,
for each such total, the **readings** the text allows: the runs of levels of the total's measure right before it (nearest
first, up to :data:`MAX_PARTS`), each run also without the parts nested under another (…，其中…), back to a boundary (a
top-level heading 一、, a plan, :data:`WINDOW` characters).  A reading whose parts add up to the total confirms it; the
rule reports a total only when it is **linked** — it counts its parts (两类, 三年, 四级) and exactly that many figures of its
measure stand in the window, or it refers back (以上/上述) to the parts after a 其中 — and no reading adds up.

Flows (:func:`flows`): 新设立企业A户…注销企业B户，净增N户 (N = A − B); 排查纠纷A件…化解B件…未化解的C件 (C = A − B).
Each reads the few nearest figures of the same measure before it, and is linked only when one reading stands alone.

Never a plan (力争, 计划 …), a bound (超过, 近 …), a total of another period (上年), an open list (等, 主要, 部分, 包括),
or figures of another measure.  Linear: each total looks back over at most :data:`MAX_PARTS` figures of its measure
(kept per measure as the figures go by), each flow over a bounded window.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Dict, List, Optional, Tuple

from lintgov import lazyre
from lintgov.claims.grammar import folded_text
from lintgov.claims.partition import OPEN as _OPEN, Why
from lintgov.claims.values import is_count, measure

if TYPE_CHECKING:  # pragma: no cover
    from lintgov.document import Document
    from lintgov.quantities import Quantity

__all__ = ["Balance", "FarTotal", "Flow", "balances", "far_totals", "flows", "named_wholes", "MAX_PARTS", "WINDOW"]

#: the most parts a total is read over, and how far back (characters) its parts may stand
MAX_PARTS = 8
WINDOW = 600

#: a total word right before the figure (an optional verb of being between): 合计2,320件, 总数为813个, 共需办理641件,
#: 共一百四十三个, 三年累计550件
#: (the deed may take a level verb of its own: 共审结为421件 is 共审结421件)
_TOTAL = lazyre.compile(r"(?:(?:合计|共计|总计|累计|总共|共)(?:(?P<verb>(?!为|是|达|有|计)[\u4e00-\u9fff]{2})(?:为|是|达到|达)?|[\u4e00-\u9fff]{0,2}?(?:为|是|达到|达|有|计))?"
                        r"|(?:总数|总量|总和|之和|共需[\u4e00-\u9fff]{2}|共需)(?:为|是|达到|达|有|计)?)\s*$")
#: a total that refers back to what was just listed (以上各类, 上述, 两类案件, 三年, 四级, 以上N项, 二者)
_BACK = lazyre.compile(r"以上|上述|前述|二者|两者|这些|此")
_COUNTED = lazyre.compile(r"(?<![\d.第一二三四五六七八九十百两])([两二三四五六七八九十]|[2-9])(?:个|大)?"
                          r"(?:类|项|年|级|种|方面|部分|批|者|季度|个区|个县|区|县|个部门|家单位|支队伍|所)")
#: a plan, an aim or a bound in the total's sentence: nothing achieved to add up
_PLAN = lazyre.compile(r"力争|预期|预计|目标|计划|规划|确保|争取|要|将(?!近)|拟|到20\d\d年")
#: a rest named without its figure (其余为村级): the figures stated are not all the parts
_REST = lazyre.compile(r"其余|其他|其它|剩余|余下")
#: the total of another time (上年合计, 去年共)
_OTHER_TIME = lazyre.compile(r"上一?年|去年|同期|上年度|前一年")
#: a top-level heading at a paragraph's start (一、 二、): the parts of a total stand under its own
_TOP_HEADING = lazyre.compile(r"^[一二三四五六七八九十]{1,3}、|^第[一二三四五六七八九十]{1,3}[章部分节]")
_YEARS = lazyre.compile(r"((?:19|20)\d\d)年")
_CLAUSE_END = "，,；;。！？!?：:\n"
_SENT_END = "。！？!?；;\n"
#: a part nested under the figure before it: 其中 between them in its sentence
_AMONG = lazyre.compile(r"其中|内含|含")
#: the words of a change, not a level (增加, 增长 … before the figure in its clause)
_CHANGE = lazyre.compile(r"增加|减少|增长|下降|提高|降低|增至|降至|净增|新增")


@dataclass(frozen=True)
class FarTotal:
    """A total (``total``) and the readings of its parts the text allows (``readings``: runs of figures, nearest
    first); ``count`` the number of parts it names (两类: 2) or 0; ``linked`` whether a total no reading adds up to is
    reported (the reading then is ``readings[0]``); ``why`` how the total was linked to its parts, for messages."""
    total: "Quantity"
    readings: Tuple[Tuple["Quantity", ...], ...]
    count: int
    linked: bool
    why: Optional[Why]


@dataclass(frozen=True)
class Flow:
    """A flow: ``result`` = ``plus`` − ``minus`` (净增 = 新设 − 注销; 未化解 = 排查 − 化解); ``readings`` the pairs
    (plus, minus) the text allows, nearest first; ``linked`` whether one pair only stands in the window."""
    kind: str
    result: "Quantity"
    readings: Tuple[Tuple["Quantity", "Quantity"], ...]
    linked: bool
    why: str


def _clause_start(text: str, pos: int, floor: int) -> int:
    k = lazyre.rfind_any(text, _CLAUSE_END, floor, pos)
    return k + 1 if k >= 0 else floor


def _sentence_start(text: str, pos: int, floor: int) -> int:
    k = lazyre.rfind_any(text, _SENT_END, floor, pos)
    return k + 1 if k >= 0 else floor


def _boundary(doc: "Document", text: str, pos: int) -> int:
    """Where the parts of a total at ``pos`` may start: :data:`WINDOW` characters back, never before a top-level
    heading (一、) of a paragraph before it."""
    floor = max(0, pos - WINDOW)
    p = doc.paragraph_at(pos)
    if p is None:
        return floor
    i = p.index
    paras = doc.paragraphs
    while i >= 0 and paras[i].end >= floor:
        if _TOP_HEADING.match(text[paras[i].start:paras[i].start + 8]):
            return max(floor, paras[i].start)
        i -= 1
    return floor


#: what separates two figures of one clause that are each a part (A12个、B3个; A12个和B3个)
_BETWEEN_PARTS = lazyre.compile(r"[，,；;。、：:\n（()）]|和|及|与")


#: the cases carried over from the year before (上年结转, 旧存): a part of the year's case load, not another year's level
_CARRIED = lazyre.compile(r"结转|旧存|转入")
_NEW_CASES = lazyre.compile(r"新收|新受理|新立")


#: the longest paragraph read as one item of a list under sub-headings
_SHORT = 150


def _short_paragraphs_floor(doc: "Document", pos: int) -> int:
    """The start of the paragraph of ``pos``, or of the run of short paragraphs (≤ :data:`_SHORT` characters: items
    under sub-headings) right before it."""
    p = doc.paragraph_at(pos)
    if p is None:
        return max(0, pos - WINDOW)
    paras = doc.paragraphs
    i = p.index
    while i > 0 and paras[i - 1].end - paras[i - 1].start <= _SHORT and pos - paras[i - 1].start <= WINDOW:
        i -= 1
    return paras[i].start


def _level_figures(doc: "Document", text: str):
    """The figures of the document read as levels (claims roles) — of this period, or of a span for a total
    (三年累计) — with their measure; a figure that qualifies the subject of the figure right after it (南部三个区设立
    400个: 三个 counts the districts, 400个 is the level) is not one.  Read once per document and text (far_totals and
    named_wholes both ask)."""
    cache = doc.__dict__.setdefault("_lintgov_totals", {})
    got = cache.get("level_figures")
    if got is not None and got[0] is text:
        return got[1]
    claims_of = _late_claims.claims_of
    out = []
    for f in claims_of(doc).figures:
        q = f.quantity
        if q.is_percent or f.role not in ("level", "prior"):
            continue
        if (f.role == "prior" or f.time not in ("current", "span")) \
                and not _CARRIED.search(text, max(0, q.start - 12), q.start):
            continue
        m = measure(q)
        if not (is_count(q) or m == "元"):
            continue
        if out and out[-1][1] == m and q.start - out[-1][0].end < 12 \
                and not _BETWEEN_PARTS.search(text, out[-1][0].end, q.start):
            out.pop()
        out.append((q, m, f.time))
    cache["level_figures"] = (text, out)
    return out


def _nested(text: str, prev: "Quantity", q: "Quantity") -> bool:
    """Whether ``q`` is a part of ``prev``: 其中 between them, in one sentence."""
    gap = text[prev.end:q.start]
    return bool(_AMONG.search(gap)) and not any(c in gap for c in "。！？!?\n")


def _runs(text: str, cands: List["Quantity"]) -> List[Tuple["Quantity", ...]]:
    """The readings over ``cands`` (nearest first): each suffix run of two or more, and the same without its nested
    parts; the longest first is not needed, nearest first is."""
    out: List[Tuple["Quantity", ...]] = []
    seen = set()
    for k in range(2, len(cands) + 1):
        run = tuple(reversed(cands[:k]))         # document order
        for r in (run, tuple(q for i, q in enumerate(run) if i == 0 or not _nested(text, run[i - 1], q))):
            key = tuple(q.start for q in r)
            if len(r) >= 2 and key not in seen:
                seen.add(key)
                out.append(r)
    return out


def far_totals(doc: "Document") -> List[FarTotal]:
    """Every total with a total word right before it and the readings of its parts before it (see the module's
    docstring).  Cached on the document."""
    cache = doc.__dict__.setdefault("_lintgov_totals", {})
    if "far" in cache:
        return cache["far"]
    text = folded_text(doc)
    out: List[FarTotal] = []
    recent: Dict[str, List["Quantity"]] = {}
    for q, m, time in _level_figures(doc, text):
        lst = recent.setdefault(m, [])
        cs = _clause_start(text, q.start, max(0, q.start - 40))
        prefix = text[cs:q.start]
        tm = _TOTAL.search(prefix)
        if tm is not None and q.approx is None and not q.approx_word and lst:
            ss = _sentence_start(text, q.start, max(0, q.start - 200))
            sent = text[ss:q.start]
            if not _PLAN.search(sent) and not _OTHER_TIME.search(prefix) and not _CHANGE.search(prefix[:tm.start()]):
                floor = _boundary(doc, text, q.start)
                words = prefix[:tm.start()]
                if not (_COUNTED.search(words[-10:]) or _BACK.search(words)):
                    # a total that neither counts its parts nor refers back: its parts in its paragraph, or in the
                    # short paragraphs (a list under sub-headings) right before it
                    floor = max(floor, _short_paragraphs_floor(doc, q.start))
                cands = []
                for p in reversed(lst):
                    if p.start < floor or len(cands) == MAX_PARTS or p.approx in (">", ">=", "<", "<="):
                        break           # (a bound is no part one can add: the run stops there)
                    cands.append(p)
                verb = tm.group("verb")
                if verb:
                    # 共受理 over 线上受理…线下受理…: the deed of every part (共审结 after 新收…结转… is another deed)
                    cands = cands[:next((i for i, p in enumerate(cands) if verb not in _words(text, p)), len(cands))]
                if len(cands) >= 2:
                    reading = _reading(doc, text, q, words, cands, floor)
                    if reading is not None:
                        out.append(reading)
        if time != "span":
            lst.append(q)
            if len(lst) > 2 * MAX_PARTS:
                del lst[:MAX_PARTS]
    cache["far"] = out
    return out


_FIGURE = lazyre.compile(r"\d|[一二三四五六七八九十百千万两][个件户人家项所]")


def _rest_unstated(span: str) -> bool:
    """Whether ``span`` names a rest without its figure (其余为村级): the figures stated are not all the parts."""
    for m in _REST.finditer(span):
        end = min([k for k in (span.find(c, m.end()) for c in _SENT_END + "，,") if k >= 0] or [len(span)])
        if not _FIGURE.search(span, m.end(), end):
            return True
    return False


_REST_NAMED = lazyre.compile(r"(?:其余|剩余|余下)(?:的)?(?:为|是|均为|都是)?([\u4e00-\u9fff]{2})")


def _rest_after(doc, text: str, total, span: str):
    """The figure of a rest named without its figure before a total, stated after the total in its sentence (其中村级
    2,116个): the first figure of the total's measure after 其中, its words holding the rest's name."""
    from lintgov.quantities import quantities_in
    names = [m.group(1) for m in _REST_NAMED.finditer(span)]
    if len(names) != 1:
        return None
    end = min([k for k in (text.find(c, total.end) for c in "。！？!?\n") if k >= 0] or [len(text)])
    m = measure(total)
    for q in quantities_in(doc, total.end, end):
        if q.is_percent or measure(q) != m:
            continue
        words = text[total.end:q.start]
        if "其中" in words and names[0] in _words(text, q) and _exact(q):
            return q
        return None
    return None


def _cn(n: str) -> int:
    return int(n) if n.isdigit() else {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
                                       "十": 10}[n]


def _reading(doc, text: str, total, words: str, cands: List["Quantity"], floor: int) -> Optional[FarTotal]:
    """The readings of one total over the figures before it (``cands``, nearest first), and whether it is linked."""
    readings = _runs(text, cands)
    if not readings:
        return None
    first = cands[-1]
    span = text[first.start:total.start]
    cm = _COUNTED.search(words[-10:])       # (the count names the total: 两类案件合计, 三年累计; never 五年内…的学生共)
    count = _cn(cm.group(1)) if cm else 0
    if count and cm.group(0).endswith("年"):
        ys = sorted({int(y) for y in _YEARS.findall(text, max(floor, first.start - 60), total.start)})
        if len(ys) < 2 or (len(ys) == count and ys[-1] - ys[0] != count - 1):
            count = 0       # N年 over N figures each of a year the text names (2021年至2023年…分别为…); years apart
            #                 (2021年…，2023年…，两年合计): the two years summed are not the two named
    linked = False
    why = None
    clean = not _OPEN.search(span) and not _rest_unstated(span) and not _PLAN.search(text[floor:total.start]) \
        and all(p.approx is None and not p.approx_word for p in cands)
    if count >= 2 and len(cands) == count - 1 and _rest_unstated(span) and not _OPEN.search(span) \
            and all(_exact(p) for p in cands):
        # 市级1个，县级11个，乡镇186个，其余为村级。四级合计2,314个，其中村级2,116个: the rest's figure after the total
        rest = _rest_after(doc, text, total, span)
        if rest is not None:
            run = tuple(reversed(cands)) + (rest,)
            return FarTotal(total, (run,), count, True,
                            Why(f"the total counts its {count} parts ({cm.group(0)}): {count - 1} stated before it, the rest "
                                f"after it", f"合计所称的{cm.group(0)}即其前所列{count - 1}项与其后所列的其余一项"))
    if count >= 2:
        # a total that counts its parts: exactly that many figures of its measure since the boundary
        if len(cands) == count and clean:
            linked = True
            why = Why(f"the total counts its {count} parts ({cm.group(0)}) and {count} are stated before it",
                      f"合计所称的{cm.group(0)}即其前所列的{count}项")
        readings = sorted(readings, key=lambda r: len(r) != count)
    elif len(cands) >= 2 and _NEW_CASES.search(text, max(floor, cands[1].start - 12), cands[1].start) \
            and _CARRIED.search(text, max(floor, cands[0].start - 12), cands[0].start) and clean:
        # 新收598件，加上上年结转43件，共需办理641件: the year's case load is what came in and what was carried over
        linked = True
        why = Why("the cases received and those carried over make up the year's case load", "新收与上年结转即全年应办理的全部")
        run = (cands[1], cands[0])
        readings = [run] + [r for r in readings if r != run]
    elif _BACK.search(words):
        # 以上各类/上述 after the parts listed after a 其中: those parts, the whole before 其中 left out
        k = text.rfind("其中", floor, total.start)
        if k >= 0:
            after = [p for p in cands if p.start > k]
            if len(after) >= 2 and clean and not _OPEN.search(text[k:total.start]):
                run = tuple(reversed(after))
                linked = True
                why = Why("the total refers back (以上/上述) to the parts listed after 其中",
                          "“以上/上述”合计即“其中”之后所列各项")
                readings = [run] + [r for r in readings if r != run]
    if not linked:
        run = _added_on(text, total, cands, floor)
        if run is not None:
            # 在限额以上的有694个，加上农业方面的252个，…其他方面的160个，全部…共有1,600个: 加上 adds the figures after
            # it to the one right before it, and the total closes the sentence — the words bind the parts whatever
            # their values
            linked = True
            why = Why("加上 adds the figures after it to the one right before it, and the total closing the sentence is "
                      "their sum", "“加上”把其后所列各数与其前一数相加，句末的合计即其和")
            readings = [run] + [r for r in readings if r != run]
    return FarTotal(total, tuple(readings), count, linked, why)


#: the word that adds what follows to the figure before it (…694个，加上…252个，…共有N个)
_ADDED_ON = lazyre.compile(r"[，,](?:再)?加上")


def _added_on(text: str, total, cands: List["Quantity"], floor: int) -> Optional[Tuple["Quantity", ...]]:
    """The parts of a total its sentence binds by 加上 (see :func:`_reading`): the figure of the clause right before
    ``，加上`` and every figure of the measure after it up to the total, in one sentence, none nested (其中) and none a
    bound or rough figure; None when the sentence has no such 加上, more than one, or an open list or a rest unstated."""
    ss = _sentence_start(text, total.start, floor)
    adds = list(_ADDED_ON.finditer(text, ss, total.start))
    if len(adds) != 1:
        return None
    k = adds[0].start()
    before = [p for p in cands if ss <= p.start and p.end <= k]
    after = [p for p in cands if p.start > k]
    if not before or not after:
        return None
    head = before[0]                                  # (cands nearest first: the figure right before 加上)
    if any(c in text[head.end:k] for c in "，,；;：:") or "其中" in text[head.end:total.start]:
        return None                                   # the clause of 加上 starts right after the head's figure
    run = (head,) + tuple(reversed(after))
    span = text[head.start:total.start]
    if _OPEN.search(span) or _rest_unstated(span) or not all(_exact(p) for p in run) \
            or any(_nested(text, a, b) for a, b in zip(run, run[1:])):
        return None
    return run


# -- wholes named by what they are -------------------------------------------------------------------------
#: a composite name after a figure: 210个村（社区）, 56个乡镇（街道）, 30个镇（街）
_COMPOSITE = lazyre.compile(r"^\s*([\u4e00-\u9fff]{1,3})[（(]([\u4e00-\u9fff]{1,3})[）)]")
#: a name that covers units of several kinds (实现15个单位全覆盖; 覆盖20个主体)
_COVER = lazyre.compile(r"^\s*(?:单位|主体|地区|区域|载体|平台|机构|点位|场所|对象)")
_COVER_VERB = lazyre.compile(r"(?:实现|覆盖|涵盖|涉及|包括|惠及)(?:了)?\s*$")
#: the noun right before a figure (行政村186个) or right after its unit (186个行政村)
_NOUN_BEFORE = lazyre.compile(r"([\u4e00-\u9fff]{1,6})\s*$")
_NOUN_AFTER = lazyre.compile(r"^\s*([\u4e00-\u9fff]{1,6}?)(?=[，,、；;。和及与（(\s]|$)")
_LIST_GAP = lazyre.compile(r"^\s*[\u4e00-\u9fff]{0,6}\s*(?:、|和|及|以及|与)\s*[\u4e00-\u9fff]{0,6}\s*$")


def _nouns(text: str, p) -> Tuple[str, str]:
    b = _NOUN_BEFORE.search(text, max(0, p.start - 8), p.start)
    a = _NOUN_AFTER.match(text[p.end:p.end + 10])
    return (b.group(1) if b else ""), (a.group(1) if a else "")


def named_wholes(doc: "Document") -> List[FarTotal]:
    """A whole named by what it is, its parts named by its kinds before it:

    * a composite name (210个村（社区）) over a figure of each of its kinds before it (行政村186个、社区24个), the
      nearest figure named by each kind, in the window back (a heading between allowed): linked;
    * a name that covers units of several kinds after 实现/覆盖/涉及 (实现15个单位全覆盖) over the list of figures right
      before it in its sentence (12个镇街、3个园区): linked when the list is one clause's 、/和 list.

    Never a plan, an open list, a figure of the same composite name before it (a part of that whole)."""
    cache = doc.__dict__.setdefault("_lintgov_totals", {})
    if "named" in cache:
        return cache["named"]
    out: List[FarTotal] = []
    text = folded_text(doc)
    if "（" not in text and "(" not in text and not _COVER.pattern:
        cache["named"] = out
        return out
    recent: Dict[str, List["Quantity"]] = {}
    for q, m, time in _level_figures(doc, text):
        lst = recent.setdefault(m, [])
        if q.approx is None and not q.approx_word and lst and time == "current" \
                and (_COMPOSITE.match(text[q.end:q.end + 12]) or _COVER.match(text[q.end:q.end + 6])):
            # (a composite name or a covering noun right after the figure first: _composite and _covered read nothing
            # else without one, and most figures have neither)
            ss = _sentence_start(text, q.start, max(0, q.start - 200))
            if not _PLAN.search(text[ss:q.start]):
                r = _composite(doc, text, q, lst, ss) or _covered(text, q, lst, ss)
                if r is not None:
                    out.append(r)
        if time != "span":
            lst.append(q)
            if len(lst) > 2 * MAX_PARTS:
                del lst[:MAX_PARTS]
    cache["named"] = out
    return out


def _composite(doc, text: str, q, lst, ss: int) -> Optional[FarTotal]:
    cm = _COMPOSITE.match(text[q.end:q.end + 12])
    if cm is None:
        return None
    kinds = (cm.group(1), cm.group(2))
    floor = max(0, q.start - WINDOW)
    picked: List[Optional["Quantity"]] = [None, None]
    for p in reversed(lst):
        if p.start < floor:
            break
        if text[p.end:p.end + 12].startswith(cm.group(0)) or _COMPOSITE.match(text[p.end:p.end + 12]):
            return None      # a figure of the same composite name before it: this one may be a part of that
        nb, na = _nouns(text, p)
        for k, kind in enumerate(kinds):
            if picked[k] is None and any(n.endswith(kind) and not n.endswith(kinds[1 - k]) for n in (nb, na) if n):
                picked[k] = p
                break
        if all(picked):
            break
    if not all(picked) or any(p.approx is not None or p.approx_word for p in picked):
        return None
    parts = tuple(sorted(picked, key=lambda p: p.start))
    if _OPEN.search(text[parts[0].start:parts[1].end]):
        return None
    why = Why(f"the whole is named by its kinds ({cm.group(0).strip()}) and a figure of each is stated before it",
              f"整体的名称“{cm.group(0).strip()}”列出了它的各类，其前各有一数")
    return FarTotal(q, (parts,), 2, _as_all(text, q, ss), why)


def _covered(text: str, q, lst, ss: int) -> Optional[FarTotal]:
    if not _COVER.match(text[q.end:q.end + 6]) or not _COVER_VERB.search(text, max(ss, q.start - 6), q.start):
        return None
    run = [p for p in reversed(lst) if p.start >= ss]
    if len(run) < 2:
        return None
    run = run[:MAX_PARTS]
    parts = []
    for p in run:                       # nearest first: a 、/和 list right before the verb's clause
        if parts and not _LIST_GAP.match(text[p.end:parts[-1].start]):
            break
        parts.append(p)
    if len(parts) < 2 or any(p.approx is not None or p.approx_word for p in parts):
        return None
    parts = tuple(reversed(parts))
    if _OPEN.search(text[parts[0].start:q.start]) or _BETWEEN_CLAUSES.search(text, parts[-1].end, q.start) is None:
        return None
    why = Why("a name covering the kinds listed right before it (实现…个单位)", "覆盖其前所列各类的名称（实现…个单位）")
    return FarTotal(q, (parts,), len(parts), _as_all(text, q, ss), why)


_BETWEEN_CLAUSES = lazyre.compile(r"[^\d]")
#: words that make a figure all of its name (全县210个村（社区）; 实现15个单位全覆盖), not some of them (其中150个村（社区）)
_ALL_BEFORE = lazyre.compile(r"(?:全[省市县区州旗镇乡]|所有|全部|共|合计|总计)[\u4e00-\u9fff]{0,4}\s*$")
_ALL_AFTER = lazyre.compile(r"^[\u4e00-\u9fff（）()]{0,8}?(?:全部|均|都|全覆盖|全面)")
_SOME = lazyre.compile(r"其中|已有|有的|部分|之中")


def _as_all(text: str, q, ss: int) -> bool:
    """Whether the words around ``q`` make it all of what it names."""
    cs = _clause_start(text, q.start, ss)
    before = text[cs:q.start]
    if _SOME.search(before):
        return False
    return bool(_ALL_BEFORE.search(before) or _ALL_AFTER.match(text[q.end:q.end + 14]))


# -- flows -------------------------------------------------------------------------------------------------
#: 净增N: new (新设立, 新登记, 新注册, 新增, 设立) minus gone (注销, 吊销, 迁出, 退出)
_NET = lazyre.compile(r"净增(?:加)?(?:为|了)?\s*$")
_NEW = lazyre.compile(r"新设立?|新登记|新注册|新发展|新成立|新开办|新增")
_GONE = lazyre.compile(r"注销|吊销|迁出|退出|关闭|撤销")
#: 未化解的C: the verb negated, the same verb done before it, and the whole before that
#: (never a level verb as the deed's second character: 年末未结为52件 names 结, not 结为)
_NOT_DONE = lazyre.compile(r"(?:未|尚未|没有)([\u4e00-\u9fff](?!为|達|达|累|共|合|总)[\u4e00-\u9fff])(?:的)?(?:[\u4e00-\u9fff]{0,4})\s*$")


def flows(doc: "Document") -> List[Flow]:
    """Every 净增 after a new and a gone figure of its measure, and every 未X after an X and its whole (see the
    module's docstring).  Cached on the document."""
    cache = doc.__dict__.setdefault("_lintgov_totals", {})
    if "flows" in cache:
        return cache["flows"]
    from lintgov.claims import claims_of
    text = folded_text(doc)
    out: List[Flow] = []
    recent: Dict[str, List["Quantity"]] = {}
    for f in claims_of(doc).figures:
        q = f.quantity
        if q.is_percent or f.time != "current" or not (is_count(q) or measure(q) == "元"):
            continue
        m = measure(q)
        lst = recent.setdefault(m, [])
        cs = _clause_start(text, q.start, max(0, q.start - 40))
        prefix = text[cs:q.start]
        if q.approx is None and not q.approx_word and lst:
            # (净增 or 未X right before the figure first: most figures are neither, and what is read for them below —
            # the boundary, the figures near, the sentence's plan words — does not decide which)
            net = _NET.search(prefix) is not None
            nat = None if net else _NATURAL.search(prefix)
            if nat is not None:
                ss = _sentence_start(text, q.start, max(0, q.start - 120))
                fl = _natural(text, q, [p for p in reversed(lst) if p.start >= ss][:4], nat.group(1))
                if fl is not None:
                    out.append(fl)
            nm = None if net or nat else _NOT_DONE.search(prefix)
            if net or nm is not None:
                floor = _boundary(doc, text, q.start)
                near = [p for p in reversed(lst) if p.start >= max(floor, q.start - 300)][:MAX_PARTS]
                ss = _sentence_start(text, q.start, max(0, q.start - 200))
                if near and not _PLAN.search(text[ss:q.start]):
                    fl = _net(text, q, near) if net else _undone(text, q, near, nm.group(1))
                    if fl is not None:
                        out.append(fl)
        if f.role == "level":
            lst.append(q)
            if len(lst) > 2 * MAX_PARTS:
                del lst[:MAX_PARTS]
    cache["flows"] = out
    return out


#: a natural change of a population: births less deaths (人口自然增长0.58万人 / 自然减少0.28万人)
_NATURAL = lazyre.compile(r"自然(增长|增加|净增|减少|净减)(?:了|为)?\s*$")
#: births and deaths of the year, each its own figure right after its word (出生人口2.86万人, 死亡3.14万人)
#: (a level verb may close the name: 出生人口达到2.86万人, 死亡人口共计3.14万人)
_BIRTHS = lazyre.compile(r"出生(?:人口|人数)?(?:数)?(?:为|共计|共|合计|总计|达到|达)?\s*$")
_DEATHS = lazyre.compile(r"死亡(?:人口|人数)?(?:数)?(?:为|共计|共|合计|总计|达到|达)?\s*$")


def _natural(text: str, q, near, verb: str) -> Optional[Flow]:
    """人口自然增长/减少N after 出生人口A，死亡人口B in its sentence: N = A − B (增长) or B − A (减少) — by definition, so
    always linked when the sentence names exactly one figure of each, with nothing about them (约, 近) and no clause
    of another period or place between them (a full stop, 其中)."""
    births = [p for p in near if _BIRTHS.search(_words(text, p))]
    deaths = [p for p in near if _DEATHS.search(_words(text, p))]
    if len(births) != 1 or len(deaths) != 1 or not _exact(births[0]) or not _exact(deaths[0]):
        return None
    first = min(births[0].start, deaths[0].start)
    between = text[first:q.start]
    if lazyre.rfind_any(text, _SENT_END, first, q.start) >= 0 or _AMONG.search(between) or _PLAN.search(between):
        return None
    if sum(1 for p in near if p.start >= first) != 2:
        return None
    b, d = births[0], deaths[0]
    if verb in ("减少", "净减"):
        return Flow("natural", q, ((d, b),), True, "自然减少 = 死亡 − 出生")
    return Flow("natural", q, ((b, d),), True, "自然增长 = 出生 − 死亡")


def _words(text: str, p) -> str:
    return text[_clause_start(text, p.start, max(0, p.start - 30)):p.start]


def _exact(p) -> bool:
    # (达 before a figure says it was reached, not about: 出生人口达2.86万人 is exact — quantities give it no comparator)
    return p.approx is None and p.approx_word in ("", "达", "達")


def _net(text: str, q, near) -> Optional[Flow]:
    news = [p for p in near if _NEW.search(_words(text, p)) and _exact(p)][:2]
    gones = [p for p in near if _GONE.search(_words(text, p)) and _exact(p)][:2]
    if not news or not gones:
        return None
    pairs = tuple((a, b) for a in news for b in gones if a.start < b.start or True)
    gone_head = _head(text, gones[0])
    linked = len(news) == 1 and len(gones) == 1 and _head(text, news[0]) \
        and (_head(text, news[0]) == gone_head or gone_head in ("注销", "吊销", "迁出", "退出"))
    return Flow("net", q, pairs, bool(linked), "净增 = 新设 − 注销")


_HEAD = lazyre.compile(r"([\u4e00-\u9fff]{2})\s*$")


def _head(text: str, p) -> str:
    """The noun right before a figure (新设立企业4,128户: 企业), or ''."""
    m = _HEAD.search(_words(text, p))
    return m.group(1) if m else ""


#: a qualified deed is some of the deeds done (按期办结 leaves the late ones out; 整改到位 leaves those under way out)
_QUALIFIED_BEFORE = lazyre.compile(r"(?:按期|限期|提前|超期|逾期|及时|依法|当场|当日|一次性?|部分|基本)$")
_QUALIFIED_AFTER = lazyre.compile(r"^(?:到位|完毕|完成|率|中|结束)")


def _done_as(words: str, verb: str) -> bool:
    """Whether ``words`` (a figure's clause before it) say the deed ``verb`` done, unqualified (成功化解, 已办结,
    化解纠纷 — never 未化解, 按期办结, 整改到位)."""
    k = words.rfind(verb)
    if k < 0 or re.search("[未不没非]" + verb, words):
        return False
    return not _QUALIFIED_BEFORE.search(words[:k]) and not _QUALIFIED_AFTER.match(words[k + len(verb):])


def _undone(text: str, q, near, verb: str) -> Optional[Flow]:
    done = [p for p in near if _done_as(_words(text, p), verb) and _exact(p)][:1]
    if not done:
        return None
    b = done[0]
    wholes = [p for p in near if p.start < b.start and _exact(p)][:3]
    if not wholes:
        return None
    pairs = tuple((a, b) for a in wholes)
    # linked: the whole is the figure right before the done one, nothing of the measure between them and the undone
    a = wholes[0]
    linked = len([p for p in near if p.start > b.start]) == 0 and not _OPEN.search(text[a.start:q.start]) \
        and not _REST.search(text[a.start:q.start]) and a.value >= b.value \
        and sum(1 for c in _SENT_END if c in text[a.end:b.start]) <= 1 \
        and not _CARRIED.search(text, _past_bracket(text, a.end, q.start), q.start) \
        and not _CARRIED.search(text, _sentence_start(text, a.start, max(0, a.start - 120)), a.start)
    # (全年收到申请512件，加上上年结转38件，共审结497件，尚未审结53件: what is left counts the carried cases too —
    # :func:`carried_loads` reads the four figures)
    return Flow("undone", q, pairs, linked, f"未{verb} = 总数 − {verb}")


def _past_bracket(text: str, pos: int, hi: int) -> int:
    """Where the words after a figure at ``pos`` start once a bracket right after it is passed (办理120件（含上年结转8件）:
    what the bracket says is of the figure itself)."""
    if text[pos:pos + 1] in ("（", "("):
        k = lazyre.find_any(text, "）)", pos, hi)
        return k + 1 if k >= 0 else pos
    return pos


# -- balances ----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Balance:
    """年初在册4,326人 … 新纳入312人，退出530人，年末在册4,108人: a stock at the start of the period, what came in and
    what went out, and the stock at its end (closing = opening + in − out)."""

    opening: "Quantity"
    inflow: "Quantity"
    outflow: "Quantity"
    closing: "Quantity"


#: the words of a stock at the start of the period, in the clause before its figure
_OPENING = lazyre.compile(r"年初|上年末|上年底|期初")
#: the words right before the figure of a stock at the period's end (年末在册4,108人, 年底共有…)
_CLOSING = lazyre.compile(r"(?:年末|年底|期末)[\u4e00-\u9fff]{0,6}?(?:在册|实有|实际|共有|共|总数|总量|人数|户数)?(?:为|达到|达|有)?$")
#: a flow in or out right before its figure, its verb alone (新纳入312人, 因…原因退出530人): the stock's own things;
#: never a verb with another noun after it (新增就业8,000人 counts jobs, not the stock)
#: (or the verb and the stock's own noun, named in the opening's sentence: 新发展党员18名 after 年初全镇共有党员…)
#: (a level verb may close the flow's words: 新纳入达到312人, 退出共计680人)
_IN_FLOW = lazyre.compile(r"(?:新纳入|纳入|新增|新认定|新录入|迁入|转入|新登记|新发展|增加)(?:了)?(?P<noun>[\u4e00-\u9fff]{0,4}?)"
                          r"(?:为|共计|合计|共|达到|达)?$")
_OUT_FLOW = lazyre.compile(r"(?:退出|减少|注销|迁出|转出|清退|核减|销号|停保|出列)(?:了)?(?P<noun>[\u4e00-\u9fff]{0,4}?)"
                           r"(?:为|共计|合计|共|达到|达)?$")


def _flow_of(pat, text: str, q, opening_words: str) -> bool:
    """Whether the clause before ``q`` ends with a flow verb of ``pat``, alone or with a noun the opening names."""
    m = pat.search(text, _clause_start(text, q.start, max(0, q.start - 24)), q.start)
    return m is not None and (not m.group("noun") or m.group("noun") in opening_words)


def balances(doc: "Document") -> List[Balance]:
    """Every :class:`Balance` of the document (cached): the closing stock's sentence holds, before it and after any
    other figure of its measure, exactly one flow in and one flow out (each named by its verb alone, in its own clause);
    the opening stock is the last figure of the measure before them, in that sentence or the one right before it, with
    a word of the period's start in its clause.  Read from the closing figures: linear in the figures."""
    cache = doc.__dict__.setdefault("_lintgov_totals", {})
    if "balances" in cache:
        return cache["balances"]
    out: List[Balance] = []
    text = folded_text(doc)
    if ("年末" in text or "年底" in text or "期末" in text) and _OPENING.search(text):
        qs = [q for q in doc.quantities if not q.is_percent and is_count(q) and q.approx is None]
        for i, d in enumerate(qs):
            if not _CLOSING.search(text, _clause_start(text, d.start, max(0, d.start - 12)), d.start):
                continue
            meas = measure(d)
            si = doc.sentence_index(d.start)
            if si < 0:
                continue
            s = doc.sentences[si]
            lo = doc.sentences[si - 1].start if si > 0 else s.start
            before = [q for q in qs[max(0, i - 8):i] if q.start >= lo and measure(q) == meas]
            mine = [q for q in before if q.start >= s.start]
            if not mine and si >= 2 and doc.sentences[si - 2].paragraph == s.paragraph:
                # 上年末，全市参保人数为381.7万人。今年新增参保11.6万人，停保、转出6.8万人。年末参保人数达到386.5万人: the
                # flows have a sentence of their own between the opening's and the closing's — exactly two figures of
                # the measure there, none that may be a part or about, and nothing of the measure before the closing
                p = doc.sentences[si - 1]
                lo = doc.sentences[si - 2].start
                before = [q for q in qs[max(0, i - 8):i] if q.start >= lo and measure(q) == meas]
                mine = [q for q in before if q.start >= p.start]
                if len(mine) != 2 or _PARTIAL_FLOW.search(text, p.start, p.end) \
                        or not all(q.start >= doc.sentences[si - 2].end for q in mine):
                    continue
            if len(mine) < 2:
                continue
            rest = [q for q in before if q.start < mine[-2].start]
            if not rest:
                continue
            a = rest[-1]
            # (年初，全市登记在册的…为4,326人: the start's word may open the sentence, a clause before the figure's)
            opening_words = text[_sentence_start(text, a.start, max(0, a.start - 40)):a.start]
            if not _OPENING.search(opening_words):
                continue
            ins = [q for q in mine[-2:] if _flow_of(_IN_FLOW, text, q, opening_words)]
            outs = [q for q in mine[-2:] if _flow_of(_OUT_FLOW, text, q, opening_words)]
            if len(ins) != 1 or len(outs) != 1 or ins[0] is outs[0]:
                continue
            if lazyre.rfind_any(text, _SENT_END, a.end, mine[-2].start) >= 0 and a.start >= s.start:
                continue
            out.append(Balance(a, ins[0], outs[0], d))
    cache["balances"] = out
    return out


# modules this one's functions read at call time and cannot import at the top (they import this one): bound by
# lintgov.claims once every submodule is complete (an import statement in the function ran at every call)
_late_claims = None


# -- case loads carried over: 上年结转B + 新收A − 审结C = 未结D ------------------------------------------------------
#: the stock carried in from the year before, in the clause before its figure (上年结转38件, 加上上年结转的43件, 旧存12件,
#: 上年未结案件9件); never a part named inside another figure's brackets (办结1,426件（含上年结转86件）)
_CARRY_IN = lazyre.compile(r"(?:(?:上一?年度?|去年|以前年度|往年)(?:度)?(?:结转|結轉|未结|未結|未办结|未審結|未审结)|旧存|舊存)"
                           r"(?:的)?[\u4e00-\u9fff“”]{0,10}?(?:为|是|共|计)?$")
#: the year's intake: 新收, 收到, 受理, 立案 (新收复议案件412件, 全年收到行政复议申请512件)
_INTAKE = lazyre.compile(r"(?<!不)(?<!不予)(?:新收|新受理|收到|接收|受理|新立案|立案|登记)(?:了)?[\u4e00-\u9fff“”]{0,12}?(?:共|计|为)?$")
#: what was finished: 审结, 办结, 结案 (共审结497件, 办结398件)
_FINISHED = lazyre.compile(r"(?<![未没])(?:审结|審結|办结|辦結|执结|執結|结案|結案|审理终结|办理完毕)(?:了)?[\u4e00-\u9fff“”]{0,6}?(?:共|计|为)?$")
#: the stock left at the period's end: 尚未审结, 年末未结, 结转下年 (the undone of the finishing verb, or carried out)
_CARRY_OUT = lazyre.compile(r"(?:(?:尚|仍|年末|年底|期末)?(?:未|没有)(?:审结|審結|办结|辦結|结案|結案|结|結)|"
                            r"(?:结转|結轉|转入|轉入)(?:至|到)?(?:下一?年度?|下年|明年|次年))"
                            r"(?:的)?[\u4e00-\u9fff]{0,6}?(?:为|是|共|计)?$")
#: a flow that may not be the whole of its kind (其中, 主要, 等 — not 等原因/等方式, which qualify the reason or way),
#: a part of a figure (含, 包括), another period (a month, a quarter, a half-year), a plan
_PARTIAL_FLOW = lazyre.compile(r"其中|主要|等(?!原因|方式|途径|渠道)|含|包括|不含|以上|以下|左右|约|近|余|多|超过|"
                               r"[一二三四五六七八九十\d]+月|季度|上半年|下半年|年初以来|截至|截止|" + _PLAN.pattern)
#: the kinds of matter a case load counts: two flows naming different kinds count different things
_CASE_KIND = lazyre.compile(r"复议|诉讼|应诉|信访|仲裁|调解|投诉|举报|申诉|信息公开|执行|纠纷|诉求|专利|商标|赔偿|听证|"
                            r"审查|备案|许可|处罚")


def _clause_words(text: str, q, span: int = 24) -> str:
    return text[_clause_start(text, q.start, max(0, q.start - span)):q.start]


def carried_loads(doc: "Document") -> List[Balance]:
    """The case loads of the year stated as a flow (cached): 全年收到行政复议申请512件，加上上年结转38件，共审结497件，尚未
    审结53件 — the stock carried in from the year before, the year's intake, what was finished and what is left undone
    (or carried to the next year): carried + intake − finished = left.  Read only where the words close the identity:
    the four figures of one measure in one sentence, each named by its own word in its own clause (exactly one of
    each, the finished and the left after the other two, the left last), no other figure of the measure among them, no
    word that makes a flow a part or a figure about (其中, 主要, 等, 含, 约), no other period (a month, a quarter) or
    plan, and no two flows naming different kinds of matter (复议 beside 诉讼).  Read from the left figures: linear in
    the figures of the document."""
    cache = doc.__dict__.setdefault("_lintgov_totals", {})
    if "carried" in cache:
        return cache["carried"]
    out: List[Balance] = []
    text = folded_text(doc)
    if ("结转" in text or "未" in text or "旧存" in text) and ("结" in text):
        qs = [q for q in doc.quantities if not q.is_percent and is_count(q)]
        for i, d in enumerate(qs):
            if d.approx is not None or d.approx_word or not _CARRY_OUT.search(_clause_words(text, d)):
                continue
            ss = _sentence_start(text, d.start, max(0, d.start - 200))
            before = [q for q in qs[max(0, i - 8):i] if q.start >= ss]
            meas = measure(d)
            mine = [q for q in before if measure(q) == meas]
            if len(mine) != 3 or len(before) != 3:
                continue
            words = [_clause_words(text, q) for q in mine]
            if any(not _exact(q) for q in mine):
                continue
            role = []
            for w in words:
                r = [k for k, pat in (("in", _CARRY_IN), ("new", _INTAKE), ("done", _FINISHED)) if pat.search(w)]
                role.append(r[0] if len(r) == 1 else None)
            if sorted(r or "" for r in role) != ["done", "in", "new"] or role[2] != "done":
                continue
            span = text[ss:d.start]
            # (a bracket holds a part of the figure before it: 办结1,426件（含上年结转86件）)
            if _PARTIAL_FLOW.search(span) or "（" in span or "(" in span:
                continue
            named = [set(_CASE_KIND.findall(w)) for w in words + [_clause_words(text, d)]]
            named = [n for n in named if n]
            if any(not (n & m) for n in named for m in named):
                continue
            by = dict(zip(role, mine))
            out.append(Balance(by["in"], by["new"], by["done"], d))
    cache["carried"] = out
    return out


# -- a stock from the year's start to its end, then the flows: 由年初的A增至年末的B。年内新增C，退出D ------------------------
#: the opening stock right before its figure (由年初的168家…)
_FROM_START = lazyre.compile(r"由(?:年初|上年末|上年底|期初)(?:的)?\s*$")
#: between the opening and the closing figure: the move and the period's end (增至年末的, 调整为年末的, 变为年末的)
_TO_END = lazyre.compile(r"\s*(?:增至|增加到|增加至|增长到|增长至|上升到|上升至|提高到|调整为|调整到|变为|变成|减少到|减少至|减至|"
                         r"下降到|下降至|降至|降到)(?:年末|年底|期末)(?:的)?\s*$")
#: a flow in or out of the stock, its verb then what it counts (新增纳入统计的企业47家, 新开线路41条, 因…原因退出12家)
_STOCK_IN = lazyre.compile(r"(?:新增|新开通?|新纳入|新认定|新登记|新设立?|新建成?|迁入|转入|新发展|新引进)(?:了)?"
                           r"(?P<noun>[\u4e00-\u9fff]{0,10})(?:共|计)?$")
_STOCK_OUT = lazyre.compile(r"(?:退出|撤并|撤销|注销|迁出|转出|关闭|清退|核减|取消|停运|销号|调出|淘汰)(?:了)?"
                            r"(?P<noun>[\u4e00-\u9fff]{0,10})(?:共|计)?$")
#: a net change of the stock right after its closing figure (，净增26条 / ，增加35家): the same figure as B − A
_NET_AFTER = lazyre.compile(r"(?:净增(?:加)?|净减(?:少)?|增加了?|减少了?|共增加|共减少|增长了?|下降了?)\s*$")


def _same_thing(noun: str, stock: str) -> bool:
    """Whether a flow's words name the stock's own things: nothing, or (after its last 的) a tail of the stock's name
    (纳入统计的企业 of 规模以上工业企业, 线路 of 全市公交线路) — never another kind (高新技术企业 of 规模以上工业企业)."""
    tail = noun.rsplit("的", 1)[-1]
    return not tail or stock.endswith(tail)


def spanned_stocks(doc: "Document") -> List[Balance]:
    """A stock stated from the year's start to its end, then the year's flows (cached): 园区规模以上工业企业由年初的168家
    增至年末的203家。年内新增纳入统计的企业47家，因规模下降等原因退出12家 — 168 + 47 − 12 = 203.  Read only where the words
    close the identity: after the closing figure, in its sentence and the next, exactly one flow in and one flow out of
    the measure (a net change right after the closing is skipped), each naming the stock's own things (or nothing), no
    other figure of the measure, no word that makes a flow a part or about (其中, 主要, 等 other than 等原因, 含, 约), no
    other period or plan.  Linear in the figures."""
    cache = doc.__dict__.setdefault("_lintgov_totals", {})
    if "spanned" in cache:
        return cache["spanned"]
    out: List[Balance] = []
    text = folded_text(doc)
    if "由年初" in text or "由上年末" in text or "由期初" in text or "由上年底" in text:
        qs = [q for q in doc.quantities if not q.is_percent and is_count(q)]
        for i, a in enumerate(qs[:-1]):
            if not _FROM_START.search(text, max(0, a.start - 8), a.start):
                continue
            d = qs[i + 1]
            if measure(d) != measure(a) or not _TO_END.match(text, a.end, d.start) or not (_exact(a) and _exact(d)):
                continue
            ss = _sentence_start(text, a.start, max(0, a.start - 60))
            stock = re.sub(r"[^\u4e00-\u9fff]", "", text[_clause_start(text, a.start, ss):a.start])
            stock = stock[:stock.rfind("由")] if "由" in stock else stock
            # the closing's sentence and the next
            e1 = lazyre.find_any(text, _SENT_END, d.end, min(len(text), d.end + 200))
            if e1 < 0:
                continue
            e2 = lazyre.find_any(text, _SENT_END, e1 + 1, min(len(text), e1 + 200)) if text[e1] != "\n" else -1
            end = e2 if e2 >= 0 else e1
            after = [q for q in qs[i + 2:i + 10] if q.start < end]
            mine = [q for q in after if measure(q) == measure(d)]
            if mine and _NET_AFTER.search(text, max(d.end, mine[0].start - 8), mine[0].start) and \
                    not re.search(r"[。；;！？!?\n]", text[d.end:mine[0].start]):
                mine = mine[1:]
            if len(mine) != 2 or not all(_exact(q) for q in mine):
                continue
            span = text[d.end:end]
            if _PARTIAL_FLOW.search(span) or "（" in span or "(" in span:
                continue
            ins, outs = [], []
            for q in mine:
                w = _clause_words(text, q)
                mi, mo = _STOCK_IN.search(w), _STOCK_OUT.search(w)
                if (mi is None) == (mo is None):
                    break
                m = mi or mo
                if not _same_thing(m.group("noun"), stock):
                    break
                (ins if mi else outs).append(q)
            else:
                if len(ins) == 1 and len(outs) == 1:
                    out.append(Balance(a, ins[0], outs[0], d))
    cache["spanned"] = out
    return out
