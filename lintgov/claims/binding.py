"""Parts bound to their whole by name (part of the claims layer): a figure is a part of another when it counts the
same things narrowed, whatever words stand between them.

A report states a whole and, later, a part of it without a connective (其中, 含, 分别): in the next clause, the next
sentence or a later sentence of the section, under the whole's own name with a qualifier in front::

    全年受理行政复议案件156件，涉企行政复议案件62件。            (the same sentence, the whole's verb left off)
    全年水产品总产量19291吨，养殖产量16586吨。特种水产品养殖产量7706吨。   (a later sentence)
    工业投资301亿元，增长12%。……民营工业投资143亿元。

The binding follows one rule, the same wherever the two figures stand: the part's name is the whole's name narrowed —
the whole's words end the part's, with a qualifier before them (特种水产品 + 养殖产量; 涉企 + 行政复议案件), where the
whole's procedure verb may be left off the part (受理行政复议案件 → 涉企行政复议案件: the part's things were received as the
whole's were), or the whole is named as the total of a head (总装机, 企业总资产: 总 right before the words its figure
measures) and the part by that head with a qualifier (新能源装机, 国有净资产) — when the words before 总 are none or share a
word with the qualifier (never siblings under one head: 耕地总面积 / 林地面积, :func:`total_head`); and the two agree in measure word, period, part of the year and scope, the whole stated exactly (or
about), the part an exact or rounded count of an additive measure.  The qualifier never names another procedure (审结
of 受理: a stage, :mod:`lintgov.claims.classes` ``later_stage``), another period, a plan, a change, a mean, a complement
(非/未/其他) or a share; the whole's name is three characters at least and never a rate, a mean or a value added.

:func:`bound_parts` returns each part with its whole (``BoundPart``); the rule (LG103) checks the part is not more than
the whole, and, for two parts or more of one whole whose qualifiers exclude each other (:func:`lintgov.claims.classes.
exclusive`: 市级/区级, 刑事/民事), that together they are not more than it.  Nothing here decides a finding.

Precision: the nearest figure that fits is the whole, and only when every figure that fits gives one value
(:func:`lintgov.claims.lookback.earlier_wholes`); a figure after 其中 is read by the 其中 readers, not here; a figure of
another measure word, part of the year (上半年), scope (市本级 / 全市) or period (上年, 累计) is never bound.

Cost: one pass over the figures; each looks back at a bounded number of figures (its sentence's, then ``lookback``'s
scan), so the work is linear in the figures of a document.
"""
from __future__ import annotations

import re
from typing import Dict, List, Optional

from .. import lazyre
from ..quantities import Quantity
from .lookback import (_ADDITIVE, _NOT_NAME, _NOT_SUBSET, _PART_BEFORE, _SHARE_AFTER, _SUBPERIOD, _WHOLE_NOT,
                       _clause_end, _scope, earlier_wholes, name_words, recent_counts, section_floor, shares_words)
from .rates import context_before, count_interval, is_count, is_delta, measure_of, recent
from .roles import clause_start

__all__ = ["BoundPart", "bound_parts", "narrows", "total_head"]

#: a procedure verb opening a whole's name (受理行政复议案件, 办理政府信息公开申请): a part named by the rest of the name
#: was received or handled as the whole's things were
_PROCEDURE = lazyre.compile(r"^(?:收到|受理|审结|审理|办理|办结|处理|查处|调解|化解|接待|登记|审查|审核|备案|清理|答复|立案|"
                            r"检查|抽检|培训|出具|制发|发放|提供|开展|举办)")
#: a whole named as every kind or level of its head (各类案件, 全部企业, 各级财政投入): a part is any kind of the head
_ALL_KINDS = lazyre.compile(r"各类|各類|各项|各項|各种|各種|各级|各級|全部|所有")
#: words of a qualifier that name another procedure or stage than the whole's (审结 of 受理, 新收 of 审结, 结转, 办结):
#: the part is then another count of the same things, not a subset
_OTHER_STEP = lazyre.compile(r"收到|受理|审结|审理|办理|办结|结案|結案|处理|查处|调解|化解|接待|登记|审查|审核|备案|清理|答复|"
                             r"立案|检查|抽检|新收|结转|結轉|旧存|舊存|出庭|应诉|應訴|发放|提供|开展|举办|完成|建成|开工|"
                             r"开通|竣工|投产|整改|整治|办复|辦復|纠正|纠错|撤销|维持|驳回|胜诉|败诉|成功|"
                             # asking, supervising or sending another body to act (监督公安机关立案34件 of 公安机关立案33件,
                             # 移送公安机关立案, 督促…整改): the requests are counted, not the acts
                             r"监督|監督|督促|建议|建議|要求|责令|責令|通知|提请|提請|移送|交办|交辦|转办|轉辦")
#: words that make a name no count of things: a list's end (机场等3个: the things are named after the count), a limit
#: or a standard (投资限额, 补助标准: one per unit, never added up)
_NOT_A_SUM = lazyre.compile(r"等$|限额|限額|标准|標準|上限|下限|门槛|門檻|额度|額度")
#: a clause break between the whole and a part in the same sentence (the part opens a clause of its own)
_BREAK = lazyre.compile(r"[，,；;]")
#: what stands between a whole and a part of its sentence when the part is no part of it: a list of several
#: values (分别), a new total, a comparison, a breakdown the 其中 readers have
_NOT_BETWEEN = lazyre.compile(r"分别|分別|其中|其內|其内|含|包括|合计|合計|总计|總計|共计|共計|累计|累計|比上年|同比|上年|去年")


#: a per-unit suffix right after a figure (万吨/日, 元/人): a figure per day is bound only to a whole per day
_PER = lazyre.compile(r"\s*(?:/|每)\s*([\u4e00-\u9fffA-Za-z²³]{1,3})")


#: words that make a figure a stock or a total to date (累计, 以来, 截至): a flow of the year is no part of it here — the
#: additions reader (``claims.stocks.additions``) binds what a year added to the stock it reaches
#: a figure of the year before (上年末户籍人口, 去年同期): no part and no whole of this year's figures
_PRIOR_PERIOD = lazyre.compile(r"上年|去年|上一年|前一年|上年末|上年底|同期")
_TO_DATE = lazyre.compile(r"累计|累計|以来|以來|截至|截止|至今")


def _to_date(doc, masked: str, q: Quantity, floor: int) -> bool:
    return _TO_DATE.search(masked, clause_start(doc, masked, q.start, floor), q.start) is not None


def _per(masked: str, q: Quantity) -> str:
    m = _PER.match(masked, q.end)
    return m.group(1) if m else ""


class BoundPart:
    """A figure (``part``) bound to the figure of its whole (``whole``) by its name (``part_name`` narrows
    ``whole_name``); ``where``: ``"sentence"`` (the whole earlier in the part's sentence) or ``"section"`` (in an earlier
    sentence of the section)."""

    __slots__ = ("whole", "part", "whole_name", "part_name", "qualifier", "where")

    def __init__(self, whole: Quantity, part: Quantity, whole_name: str, part_name: str, qualifier: str,
                 where: str) -> None:
        self.whole, self.part, self.whole_name, self.part_name = whole, part, whole_name, part_name
        self.qualifier, self.where = qualifier, where


#: a whole named as the total of a head (全区总装机, 企业总资产, 水产品总产量): 总 right before the two or three characters
#: that end the name, the thing the figure measures — never 总 opening the name of a body (总部, 总队, 总局, 总医院…),
#: where the words after it name that body's things, not a total
_TOTAL_HEAD = lazyre.compile(r"总(?![部体體队隊局站院会會厂廠店社校馆館台署监監理裁书書公])([\u4e00-\u9fff]{2,3}?)(?:达到|达|為|为|是|共|有)?$")


#: scope and time words that say nothing of what a total counts (全市, 年末, 截至…)
_SCOPE_TIME = lazyre.compile(r"全年|全市|全区|全區|全省|全县|全縣|全国|全國|本年|当年|當年|今年|年内|年內|年底|年末|截至|截止|目前")


_CLAUSE_CUT = lazyre.compile(r"[\n。！？!?；;，,：:、]")


def total_head(raw_words: str, part_words: str = "") -> str:
    """The head a whole's raw words name the total of (装机 in 全区总装机, 资产 in 国有企业总资产), or "".  With
    ``part_words`` (the raw words naming a figure after it), the head only when the figure is named by it with a
    qualifier that is a kind of the total's things: the words before 总 (less scope and time) are none (总装机, 总人口:
    every kind of the head) or share a word of two characters with the qualifier (国有企业总资产 / 国有净资产; 公路总里程 /
    农村公路里程) — never siblings under one head (耕地总面积 / 林地面积, 户籍总人口 / 流动人口)."""
    raw_words = _CLAUSE_CUT.split(raw_words)[-1]
    m = _TOTAL_HEAD.search(raw_words)
    if m is None:
        return ""
    head = m.group(1)
    if part_words:
        subject = _SCOPE_TIME.sub("", raw_words[:m.start()])
        part_words = _CLAUSE_CUT.split(part_words)[-1]
        k = part_words.rfind(head)
        qual = _SCOPE_TIME.sub("", part_words[:k]) if k > 0 else ""
        if subject and not shares_words(subject, qual):
            return ""
    return head


def narrows(part_name: str, whole_name: str, all_kinds: bool = False, head: str = "") -> Optional[str]:
    """The qualifier that narrows ``whole_name`` into ``part_name`` (涉企 for 涉企行政复议案件 of 受理行政复议案件;
    特种水产品 for 特种水产品养殖产量 of 养殖产量), or None when the part's name is not the whole's narrowed: the whole's
    words (less an opening procedure verb the part may leave off) end the part's, three characters at least, and what
    stands before them names no other procedure, period, plan, change, mean, complement or share.  ``all_kinds``: the
    whole was named as every kind of its head (受理各类案件, 全部企业: the words 各类/全部 are not in ``whole_name``), so
    the head alone, two characters, ends the part's name (民事案件 of 受理各类案件).  ``head``: the whole was named as
    the total of a head (全区总装机, 企业总资产: :func:`total_head`), so a part named by that head with a qualifier before
    it (新能源装机, 净资产) is one kind of what the total sums."""
    if head and len(head) >= 2 and head != part_name and part_name.endswith(head) \
            and not _NOT_A_SUM.search(part_name) and not _WHOLE_NOT.search(head) and not _NOT_NAME.search(head):
        qual = part_name[:-len(head)]
        if qual and not _NOT_SUBSET.search(qual) and not _OTHER_STEP.search(qual):
            return qual
    if len(whole_name) < (2 if all_kinds else 3) or part_name == whole_name or _WHOLE_NOT.search(whole_name) or _NOT_NAME.search(whole_name) \
            or _NOT_A_SUM.search(whole_name) or _NOT_A_SUM.search(part_name):
        return None
    tails = [whole_name]
    m = _PROCEDURE.match(whole_name)
    if m is not None and len(whole_name) - m.end() >= 3:
        tails.append(whole_name[m.end():])     # 受理行政复议案件 → 行政复议案件 (the part inherits 受理)
    rest = whole_name[m.end():] if m is not None else whole_name
    if all_kinds and 2 <= len(rest) < 3:
        tails.append(rest)                     # 受理各类案件 → 案件: every kind of the head is in the whole
    k = _ALL_KINDS.match(rest)
    if k is not None and len(rest) - k.end() >= 2:
        tails.append(rest[k.end():])           # 各级财政投入 → 财政投入: every level's is in the whole
    for tail in tails:
        if not part_name.endswith(tail) or len(part_name) <= len(tail):
            continue
        qual = part_name[:-len(tail)]
        if m is not None and tail != whole_name and qual.startswith(m.group()):
            qual = qual[m.end():]              # 受理涉企行政复议案件: the whole's own verb before the qualifier
        if not qual or _NOT_SUBSET.search(qual) or _OTHER_STEP.search(qual):
            return None
        return qual
    return None


def bound_parts(doc) -> List[BoundPart]:
    """Each figure bound by its name to a whole stated before it (:func:`narrows`): earlier in its own sentence, in a
    clause of its own after the whole's, or — for the first figure of its measure in its sentence — in an earlier
    sentence of the section (``lookback.earlier_wholes``: the nearest one, one value).  Never a figure after 其中
    (the 其中 readers have it), of a sub-period or scope the whole has not, a change, a lower bound.  Cached;
    linear in the figures."""
    c = doc.__dict__.get("_lintgov_bound_parts")
    if c is not None:
        return c
    from .grammar import folded_text
    masked = folded_text(doc)
    out: List[BoundPart] = []
    last_sentence, seen_measures = -1, set()
    for q in doc.quantities:
        if not is_count(q) or not _ADDITIVE.match(measure_of(q)):
            continue
        s = doc.sentence_at(q.start)
        if s is None:
            continue
        if s.start != last_sentence:
            last_sentence, seen_measures = s.start, set()
        meas = measure_of(q)
        first = meas not in seen_measures
        seen_measures.add(meas)
        if q.approx in (">", ">=") or is_delta(masked, q):
            continue
        cs = clause_start(doc, masked, q.start, s.start)
        if _PART_BEFORE.search(masked, s.start, q.start) or _SUBPERIOD.search(masked, cs, q.start) \
                or _PRIOR_PERIOD.search(masked, cs, q.start):
            continue        # (上年末户籍人口42.87万人 after 年末户籍人口42.36万人: last year's level, no part of this year's)
        pname = name_words(masked, q, s.start)
        if len(pname) < 3 or _WHOLE_NOT.search(pname) or _NOT_NAME.search(pname):
            continue
        b = None if first else _in_sentence(doc, masked, s, cs, q, pname)
        if b is None and first and not _scope(masked, cs, q.start):
            b = _in_section(doc, masked, s, q, pname)
        if b is not None:
            out.append(b)
        elif not first:
            out.extend(_parts_before(doc, masked, s, cs, q, pname))
    doc.__dict__["_lintgov_bound_parts"] = out
    return out


def _in_sentence(doc, masked: str, s, cs: int, q: Quantity, pname: str) -> Optional[BoundPart]:
    """The whole of ``q`` earlier in its sentence: the nearest earlier figure of its measure, in a clause before
    ``q``'s (the part opens a clause of its own), stated exactly or about, named by words :func:`narrows` accepts, with
    no list, total, comparison or breakdown word between them, not itself a part, of the same scope."""
    before = recent_counts(doc, s.start, q.start, 12, measure_of(q))
    if not before:
        return None
    w = before[-1]
    if w.approx not in (None, "≈") or is_delta(masked, w) or w.end > cs or not _BREAK.search(masked, w.end, cs):
        return None
    if _NOT_BETWEEN.search(masked, w.end, q.start) or _SHARE_AFTER.match(masked, w.end) is not None:
        return None
    wcs = clause_start(doc, masked, w.start, s.start)
    if _PART_BEFORE.search(masked, wcs, w.start) or _SUBPERIOD.search(masked, wcs, w.start) \
            or _PRIOR_PERIOD.search(masked, wcs, w.start):
        return None
    sw, sq = _scope(masked, wcs, w.start), _scope(masked, cs, q.start)
    if sq is not None and sq != sw:
        return None
    if _per(masked, w) != _per(masked, q) or _to_date(doc, masked, w, s.start) != _to_date(doc, masked, q, s.start):
        return None
    wname = name_words(masked, w, s.start)
    raw = context_before(masked, w, s.start, 16)
    qual = narrows(pname, wname, _ALL_KINDS.search(raw) is not None,
                   total_head(raw, context_before(masked, q, cs, 16)))
    if qual is None:
        return None
    return BoundPart(w, q, wname, pname, qual, "sentence")


def _in_section(doc, masked: str, s, q: Quantity, pname: str) -> Optional[BoundPart]:
    """The whole of ``q`` (the first figure of its measure in its sentence) in an earlier sentence of its section."""
    quals: Dict[int, str] = {}
    praw = context_before(masked, q, s.start, 16)
    own: list = []      # q's per-unit suffix and to-date reading, read when a figure is first asked (they are q's own)
    read: Dict[int, tuple] = {}     # per figure: whether its period agrees with q's, its raw words, 各类 among them

    def fits(c, words, by_total=False, pname=pname):
        got = read.get((c.start, c.end))
        if got is None:
            if not own:
                own.extend((_per(masked, q), _to_date(doc, masked, q, s.start)))
            if _per(masked, c) != own[0] or _to_date(doc, masked, c, 0) != own[1]:
                got = (False, "", False)
            else:
                raw = context_before(masked, c, 0, 16)
                got = (True, raw, _ALL_KINDS.search(raw) is not None)
            read[c.start, c.end] = got
        agrees, raw, all_kinds = got
        if not agrees:
            return False
        qual = narrows(pname, words, all_kinds, total_head(raw, praw) if by_total else "")
        if qual is None:
            return False
        cs_c = clause_start(doc, masked, c.start, 0)
        if _PRIOR_PERIOD.search(masked, cs_c, c.start):
            return False            # last year's level is no whole of this year's figures
        sc_ = doc.sentence_at(c.start)
        if sc_ is not None and cs_c > sc_.start:
            # the whole's clause is not its sentence's first: its subject may be elided (…，实现营业收入…), so
            # the qualifier must share a word with the sentence's first clause (水产品总产量…，养殖产量… /
            # 特种水产品养殖产量: 水产品)
            opening = masked[sc_.start:_clause_end(masked, sc_.start, cs_c)]
            if not shares_words(qual, opening):
                return False
        quals[c.start] = qual
        return True
    # a whole named as the total of the part's head (全市总装机 for 光伏装机) only when no whole is named by the part's own
    # words narrowed (``then``: the same figures asked again): 水产品总产量…，养殖产量… then 特种水产品养殖产量 is bound to
    # 养殖产量, the nearer kind (both hold it; read together they would give two values and bind none)
    ws = earlier_wholes(doc, masked, q, q, s.start, fits, at_least=False, then=lambda c, words: fits(c, words, True))
    if not ws:
        return None
    w = ws[0]
    return BoundPart(w, q, name_words(masked, w, section_floor(doc, s.start)), pname, quals.get(w.start, ""), "section")


#: words between parts and the whole after them that make the whole no sum of those parts: a list of several values,
#: a breakdown, another period or a comparison
_NOT_BEFORE = lazyre.compile(r"分别|分別|其中|其內|其内|含|包括|比上年|同比|上年|去年|同期|以来|以來|[12]\d{3}年")


def _parts_before(doc, masked: str, s, cs: int, q: Quantity, wname: str) -> List[BoundPart]:
    """The parts of ``q`` stated before it in its sentence (民事案件700件、行政案件600件，全年受理各类案件1200件): the run
    of figures of its measure right before ``q``'s clause, each named by :func:`narrows` of ``q``'s name, with no list,
    breakdown, period or comparison word from the first of them to ``q``; ``q`` stated exactly or about, no part of
    another whole (其中 before it), of no sub-period or scope the parts do not share."""
    if q.approx not in (None, "≈") or _PART_BEFORE.search(masked, s.start, q.start):
        return []
    all_kinds = _ALL_KINDS.search(context_before(masked, q, s.start, 16)) is not None
    if len(wname) < (2 if all_kinds else 3):
        return []
    if any(is_count(c) and measure_of(c) == measure_of(q) for c in recent(doc, cs, q.start, 4)):
        return []             # (…标杆企业12家、智能工厂39家: a member of a list, its name only the end of the clause's)
    run = []
    for c in reversed(recent(doc, s.start, cs, 12)):
        if not is_count(c) or measure_of(c) != measure_of(q):
            break
        run.insert(0, c)
    if not run or _NOT_BEFORE.search(masked, clause_start(doc, masked, run[0].start, s.start), q.start) \
            or _SUBPERIOD.search(masked, s.start, q.start):
        return []
    sq = _scope(masked, cs, q.start)
    out: List[BoundPart] = []
    for c in run:
        if c.approx in (">", ">=") or is_delta(masked, c) or _per(masked, c) != _per(masked, q) \
                or _to_date(doc, masked, c, s.start) != _to_date(doc, masked, q, s.start):
            return []
        pc = clause_start(doc, masked, c.start, s.start)
        sc = _scope(masked, pc, c.start)
        if sc is not None and sc != sq:
            return []
        pname = name_words(masked, c, pc)
        qual = narrows(pname, wname, all_kinds)
        if qual is None:
            return []         # (every figure of the run names a part, or none is read: a list of other things)
        out.append(BoundPart(q, c, wname, pname, qual, "before"))
    return out
