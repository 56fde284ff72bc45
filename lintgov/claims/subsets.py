"""A total, then in the next clause how many of its things did something — without 其中 (part of the claims layer)::

    三年来共评审科技项目二百四十项，有三十六项获得市级科技进步奖
    全年共受理投诉2,480件，已经办结的2,391件
    累计建成充电桩1.2万个，已投入运营的9,600个

and a total, what of it is done and what is left, each in its own clause::

    周转资金共计二千四百五十万元，已经分期归还了一千八百万元，剩下的六百五十万元
    共征收土地1,200亩，已完成补偿1,050亩，剩余150亩正在推进

In the first reading the first figure is a total (a total word — 共有, 共计, 总计, 合计, 累计, 一共, 总共, 共 — stands
before it in its clause, nothing but words between) and closes its clause; the clause right after it counts, in the
same measure word, the things of that total that did something, with no noun of their own: 有N + a deed (获得, 被评为,
通过…) right after the figure, or 已/已经 + a deed + 的N closing the clause.  Without a total word only 有N个是… (how many
of them are something) says the part is of the count closing the clause before it (去年开工的四十个重点项目，有二十六个
是民生工程).  Such a part is some of the total, so it is not more than it — an open reading (part ≤ whole), never a sum.

In the second the words close an equality: what is left (剩下, 剩余, 尚余, 余下, 还剩; 还有/尚有 N only when 未/正在/待…
follows) is the total less what is done (已/已经 + a deed + N closing its clause), all three in one measure word and in
consecutive clauses.

The third, :func:`added_then_cumulative`: a count closing its clause, then the cumulative count of the same things
(累计达M / 总数M, or 累计 + the same deed) holds it.  All read on the skeleton (figures as one token each), linear in
the text.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, List

from .. import lazyre
from .grammar import QFILL, QTOK, _cache, is_count, measure, skeleton
from .grammar import digits_masked

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document
    from ..quantities import Quantity

_FIG = QTOK + QFILL + "*"
#: words of a clause: no figure, no clause or sentence end
_WORDS = r"[^，,。；;：:！？!?\n" + QTOK + QFILL + "]"
#: the total word (a bare 共 not inside 公共/共享/共同/共建…) and the words naming what is totalled, then the total closing
#: its clause; the next clause is the part
_TOTAL_THEN_PART = lazyre.compile(
    r"(?:共有|共计|共計|总计|總計|合计|合計|累计|累計|一共|总共|總共|(?<![公总總])共(?![享同建性识識产產赢贏治商])(?=" + _WORDS
    + r"{0,16}" + QTOK + r"))(?P<noun>" + _WORDS + r"{0,16}?)(?P<w>" + _FIG + r")[，,]"
    r"(?:"
    # 有N项获得…: the things of the total that did something, no noun between the figure and the deed
    r"(?:其中)?(?:还|也|先后)?有(?P<pa>" + _FIG + r")(?=(?:已经|已|先后|分别|被)?"
    r"(?P<verb>获得|获|荣获|获评|被评为|评为|受到|得到|通过|列入|入选|实现|达到|达标|取得))"
    r"|"
    # 已经结案处理的N件: a deed, then 的 and the figure closing the clause
    r"(?:其中)?(?:已经|已|均已)(?P<deed>" + _WORDS + r"{1,14}?)的(?P<pb>" + _FIG + r")(?=[，,。；;！？!?\n]|$)"
    r")")
#: a total, what of it is done (已/已经 + a deed + the figure closing its clause), what is left (the figure right after
#: the remainder word)
_TOTAL_DONE_REST = lazyre.compile(
    r"(?:共有|共计|共計|总计|總計|合计|合計|累计|累計|一共|总共|總共|(?<![公总總])共(?![享同建性识識产產赢贏治商]))"
    r"(?P<noun>" + _WORDS + r"{0,16}?)(?P<w>" + _FIG + r")[，,]"
    r"(?:其中)?(?:目前|现|現)?(?:已经|已經|已)(?P<deed>" + _WORDS + r"{1,10}?)了?(?P<p>" + _FIG + r")[，,]"
    r"(?:目前|现|現)?(?:(?:还|還|尚|仍)?(?:剩下|剩余|剩餘|尚余|尚餘|余下|餘下|还剩|還剩)的?(?:尾数|尾數|部分)?(?P<r>" + _FIG + r")"
    r"|(?:还有|還有|尚有|仍有)(?P<r2>" + _FIG + r")(?=" + _WORDS + r"{0,4}?(?:未|正在|待|仍在|尚未)))")
#: a count with its noun closing its clause and, in the clause right after, how many of them are something (有N个是…):
#: without a total word only 是 says the N are among them (去年开工的四十个项目，有二十六个是民生工程)
_COUNT_THEN_SOME_ARE = lazyre.compile(
    r"(?P<w>" + _FIG + r")(?P<noun>[\u4e00-\u9fff]{0,6})[，,](?:其中)?(?:还|也)?有(?P<pa>" + _FIG + r")(?P<verb>是)")
#: characters every match holds (a document without any is passed over)
_ANY_TOTAL = lazyre.compile(r"共|计|計|累")
_ANY_REST = lazyre.compile(r"剩|余|餘|还有|還有|尚有|仍有")
#: the pieces every match passes through, rarer than its first characters (共, 一, 总 open a match wherever they stand):
#: the part's clause opening after the total (，有 / ，已经), the remainder's word (剩, 尚余, 余下, 还有…); each pattern is
#: tried only between sentence ends that hold its piece (lazyre.stretch_finditer)
_PART_OPENS = lazyre.compile(r"[，,](?:其中)?(?:(?:还|也|先后)?有|已经|已|均已)")
_REST_WORD = lazyre.compile(r"剩|尚余|尚餘|尚有|余下|餘下|还有|還有|仍有")


@dataclass(frozen=True)
class UnmarkedPart:
    """``part``: how many of the things ``whole`` totals did what ``deed`` says; ``noun``: the words naming the total."""

    whole: "Quantity"
    part: "Quantity"
    noun: str
    deed: str


@dataclass(frozen=True)
class Remainder:
    """``rest`` is what is left of ``whole`` once ``done`` is done (``deed``): whole = done + rest."""

    whole: "Quantity"
    done: "Quantity"
    rest: "Quantity"
    deed: str


def remainders(doc: "Document") -> List[Remainder]:
    """Every total with what of it is done and what is left in the two clauses after it (cached)."""
    c = _cache(doc)
    if "remainders" in c:
        return c["remainders"]  # type: ignore[return-value]
    out: List[Remainder] = []
    skel, by_start = skeleton(doc)
    if _ANY_TOTAL.search(skel) is not None and _ANY_REST.search(skel) is not None:
        for m in lazyre.stretch_finditer(_TOTAL_DONE_REST, skel, _REST_WORD):
            rg = "r" if m.group("r") else "r2"
            w, p, r = by_start.get(m.start("w")), by_start.get(m.start("p")), by_start.get(m.start(rg))
            if w is None or p is None or r is None or any(q.is_percent or q.approx not in (None, "≈") for q in (w, p, r)) \
                    or not measure(w) or measure(w) != measure(p) or measure(w) != measure(r):
                continue
            out.append(Remainder(w, p, r, m.group("deed")))
    c["remainders"] = out
    return out


def unmarked_parts(doc: "Document") -> List[UnmarkedPart]:
    """Every total followed by a clause counting some of its things without 其中 (cached)."""
    c = _cache(doc)
    if "unmarked_parts" in c:
        return c["unmarked_parts"]  # type: ignore[return-value]
    out: List[UnmarkedPart] = []
    skel, by_start = skeleton(doc)
    if _ANY_TOTAL.search(skel) is not None:
        for m in lazyre.stretch_finditer(_TOTAL_THEN_PART, skel, _PART_OPENS):
            pg = "pa" if m.group("pa") else "pb"
            w, p = by_start.get(m.start("w")), by_start.get(m.start(pg))
            if w is None or p is None or not is_count(w) or not is_count(p) or w.is_percent or p.is_percent \
                    or measure(w) != measure(p) or w.approx in (">", ">=") or p.approx in ("<", "<="):
                continue
            deed = m.group("verb") if pg == "pa" else m.group("deed")
            out.append(UnmarkedPart(w, p, m.group("noun"), deed))
    if "有" in skel:
        seen = {u.part.start for u in out}
        for m in _COUNT_THEN_SOME_ARE.finditer(skel):
            w, p = by_start.get(m.start("w")), by_start.get(m.start("pa"))
            if w is None or p is None or p.start in seen or not is_count(w) or not is_count(p) or w.is_percent \
                    or p.is_percent or measure(w) != measure(p) or w.approx in (">", ">=") or p.approx in ("<", "<="):
                continue
            out.append(UnmarkedPart(w, p, m.group("noun"), "是"))
    c["unmarked_parts"] = out
    return out


# -- what was added (or done) this time, then the cumulative count of the same things -------------------------------
#: a count closing its clause (the words before it, no figure between), then a clause stating the cumulative count:
#: bare (累计达M, 总数M, 总计达到M: no noun of its own, so the same things) or 累计 with the deed of the first clause
#: again (淘汰低端企业20家，累计淘汰、转型低端企业169家); the cumulative figure closes its clause
_ADDED_THEN_CUMULATIVE = lazyre.compile(
    r"(?P<pre>" + _WORDS + r"{1,24})(?P<n>" + _FIG + r")[，,]"
    r"(?:目前|至此|至今|截至目前|现已|現已|已)?"
    r"(?:(?P<again>[\u4e00-\u9fff]{2,8}?)?(?P<bare>累计|累計|总数|總數|总量|總量|总计|總計|总里程|總里程|总长度|總長度|总面积|總面積)"
    r"(?:已|共)?(?:达到|達到|达|達|为|為|增至|增加到|增加至)?"
    r"|(?P<cw>累计|累計)(?P<verb>[\u4e00-\u9fff]{2})(?P<more>" + _WORDS + r"{0,14}?))"
    r"(?P<m>" + _FIG + r")(?=[，,。；;、！？!?\n]|$)")
#: the words before the added count that make it no count of things added or done this time: an average, a rate, a
#: cumulative count itself, a comparison, or an addition that is a plan or a target (计划新增养老床位500张，总数320张: the
#: plan word before the deed; 新增计划项目7个，总数47个 adds items to a plan's list, a deed of the year)
_NOT_ADDED = lazyre.compile(r"年均|平均|每|人均|累计|累計|总数|總數|总量|總量|总计|總計|合计|合計|共计|共計|比|较|較|占|佔|"
                            r"减少|減少|下降|降低|减|減|降|同比|增幅|规模|"
                            # (年度任务为化解积案60件: a task stated as what is to be done, whatever the deed)
                            r"(?:计划|計劃|目标|目標|任务|任務)(?:数|數)?(?:为|為|是)|"
                            r"(?:计划|計劃|目标|目標|规划|規劃|拟|擬|力争|力爭|任务|任務)[^，,。；;、]{0,6}?"
                            r"(?:新增|新建|新开|新開|新设|新設|增加|建成|建设|建設|完成|改造|开工|開工|培育|引进|引進)")
#: an increase stated before the added count (参保人数增加7359万): the stock after it holds it
_INCREASE_BEFORE = lazyre.compile(r"(?:增加|新增|增长|增長)了?$")
#: deeds too general to name the same things twice (实现 / 达到 / 完成 take any object)
_GENERIC_DEED = frozenset(("实现", "實現", "达到", "達到", "完成", "开展", "開展", "推进", "推進", "组织", "組織", "进行",
                           "進行", "带动", "帶動", "惠及", "覆盖", "覆蓋", "吸引", "服务", "服務", "帮扶", "幫扶"))


@dataclass(frozen=True)
class AddedToCumulative:
    """``added``: the things added or done this time; ``cumulative``: the cumulative count of the same things, in the
    clause right after (bare 累计/总数 or 累计 + the same deed ``deed``)."""

    added: "Quantity"
    cumulative: "Quantity"
    deed: str


def added_then_cumulative(doc: "Document") -> List[AddedToCumulative]:
    """Every count closing its clause followed by the cumulative count of the same things (cached), but those
    :func:`lintgov.claims.stocks.additions` reads already."""
    c = _cache(doc)
    if "added_then_cumulative" in c:
        return c["added_then_cumulative"]  # type: ignore[return-value]
    out: List[AddedToCumulative] = []
    skel, by_start = skeleton(doc)
    if _ANY_CUMULATIVE.search(skel) is not None:
        from .rates import is_delta
        from .stocks import additions
        masked = digits_masked(doc)
        # (新增国家高新技术企业957家，总量5842家: most are read as additions already — read once)
        known = {(a.added.start, a.total.start) for a in additions(doc)}
        for m in lazyre.stretch_finditer(_ADDED_THEN_CUMULATIVE, skel, _ANY_CUMULATIVE):
            n, cm = by_start.get(m.start("n")), by_start.get(m.start("m"))
            pre = m.group("pre")
            # (参保人数增加7359万，总计达到1.17亿: figures of no unit, the first an increase, the total of the same thing)
            unitless = n is not None and cm is not None and not n.unit and not cm.unit \
                and _INCREASE_BEFORE.search(pre) is not None
            again = m.group("again")
            if again and again not in pre:
                continue            # (高速公路4.2万公里，高速公路总里程…: the total names the same things again, or none)
            # (a length or an area whose total names the same things again — 其中高速公路4.2万公里，高速公路总里程达
            # 9.56万公里 — is part of it like a count)
            if n is None or cm is None or not ((is_count(n) and is_count(cm)) or unitless or (again and n.unit)) \
                    or n.is_percent or cm.is_percent or measure(n) != measure(cm) or n.approx in ("<", "<=") \
                    or cm.approx in (">", ">="):
                continue
            k = m.start("pre")
            # (the added count is one item of a list of figures, 院士工作站3家、博士后工作站12家: the cumulative may
            # count one item or all of them)
            if _NOT_ADDED.search(pre) or (k > 0 and skel[k - 1] in (QTOK, QFILL)):
                continue
            if is_delta(masked, n) and _INCREASE_BEFORE.search(pre) is None:
                continue            # 减少20家，累计…: a fall is no part of the stock
            if is_delta(masked, cm):
                continue
            if (n.start, cm.start) in known:
                continue
            deed = m.group("verb") or ""
            if deed and (deed not in pre or deed in _GENERIC_DEED):
                continue            # 促进居民就业710人，累计帮扶残疾人就业213人: another deed, other people
            out.append(AddedToCumulative(n, cm, deed or m.group("bare")))
    c["added_then_cumulative"] = out
    return out


_ANY_CUMULATIVE = lazyre.compile(r"累计|累計|总数|總數|总量|總量|总计|總計|总里程|總里程|总长度|總長度|总面积|總面積")
