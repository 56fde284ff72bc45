"""Compositions: the shares of one named whole listed clause after clause (part of the claims layer).

Reports describe how a whole is made up by giving each part's share in a clause of its own, often as the level a
share moves to (在工业总产值中，国有工业所占的比重由2020年的59%上升到63%，集体工业…由4%上升到5%；私营工业所占的比重则
由25%下降为19% / 在零售总额中，国有商业的比重将上升到60.5%，…，而农贸市场将占8.1% / 在三次产业中，第一产业所占的比重将下降
为8.3%，…).  Shares of one whole at one time can never add up to more than 100%; when the words say the list leaves
nothing out, they add up to 100% within the rounding of each.  This module reads such lists; ``rules/shares.py`` (LG107)
checks them.

A list is read only when

* the whole is named: before the list (在X中，/ X中，/ 在X中所占的比重将变化如下：) or in its first item (现代工业在工农业
  总产值中所占的比重…), and no later item names another;
* each item opens its clause with its name and ends it with its share: 占a% / 的比重(将)上升到a% / 所占的比重由(Y年的)p%
  下降为a% — nothing else in the clause, no share of a wider total (占全国的), no bound or approximation (左右, 以上, 约),
  no points (个百分点), no year in an item's name (2022年占…: shares of different years are of different wholes);
* the items are consecutive (only a comma or a semicolon between), of one classification (distinct names, none inside
  another, none opened by 其中 after the first, none of two ways of classifying: 国有 beside 中小).

The shares an item moves *to* are of one time; the shares it moves *from* (由2020年的59%) are of another, and are a
composition of their own only when every item gives one, of the same year.  Whether a list is all of its whole
(:func:`exhaustive`): a last item that takes the rest (其余/剩余/余下, 其他 + the others' head), the sides of a split the
classes service knows (城镇/乡村, 公有/非公有).  A last item contrasted with 而 (…，而个体私营则只占3.4%) does not close
the list: the drafter contrasts the smallest part named and may leave others out.  Everything here is linear in the length of a sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple

from lintgov import lazyre

__all__ = ["Item", "Composition", "compositions", "exhaustive"]

#: a number token of the skeleton (a quantity replaced by QTOK + QFILL…)
_T = "\ue010\ue011*"
#: an item of a composition: its clause, from the clause's start to its share (the share itself not included)
_ITEM = lazyre.compile(
    r"\s*(?P<lead>而且?|同时|同時)?\s*(?P<name>[\u4e00-\u9fff“”、]{1,20}?|"
    + _T + r"(?:\s*[—\-－~～至到]\s*" + _T + r")?(?:及以上|及以下|以上|以下)?[\u4e00-\u9fff]{0,4}?)"
    r"(?:在(?P<whole>[\u4e00-\u9fff“”]{2,16}?)中)?"
    r"(?:(?P<own>(?:所占的?|的|所占|占)(?:比重|比例|份额|份額|占比|产值|產值))|(?P<own2>占比|比重))?"
    r"(?:则|則|将|將|只|仅|僅|也|已|还|還|就|要|预计|預計|可)*"
    r"(?:(?P<zhan>占|佔)(?:到|了)?(?:为|為)?|(?<=[重例额額比值])(?P<is>为|為|是|达到|達到|达|達)"
    r"|由(?:(?P<py>(?:19|20)\d\d|[一二三四五六七八九○〇零]{4}|" + _T + r")年(?:底|末)?的)?(?P<prior>" + _T + r")"
    r"(?:上升|下降|提高|降低|增加|减少|減少|增长|增長|升|降)(?:到|为|為|至)"
    r"|(?:上升|下降|提高|降低|增加|减少|減少)(?:到|为|為|至)|(?:升|降)至)\s*")
#: the whole named right before the first item: 在X中， / X中， / 在X中所占的比重将变化如下：
_WHOLE_LEAD = lazyre.compile(r"在?(?P<whole>[\u4e00-\u9fff“”]{2,20}?)中(?:[，,：:]|(?:所占的?|的)(?:比重|比例)"
                             r"[\u4e00-\u9fff]{0,10}[：:，,])\s*$")
#: what may stand between two items: one separator
_GAP = lazyre.compile(r"[，,；;]\s*")
#: a name that is no part: a change, a total, a selection, a time
_NOT_NAME = lazyre.compile(r"其中|合计|合計|总计|總計|共计|共計|全部|总共|增长|增長|增速|比上年|同比|(?:19|20)\d\d|[上下去今明]年"
                           r"|主要|等|以上|以下|左右|平均|人均|累计|累計|目标|目標|指标|指標"
                           r"|^在|中$")     # (在社会零售中的比重: the same part's share of another whole)
#: a last part that takes the rest
_REST = lazyre.compile(r"^(?:其余|其餘|剩余|剩餘|余下|餘下|其他|其它)")
#: a whole that is no whole of parts: a rate, a growth
_NOT_WHOLE = lazyre.compile(r"增长|增長|增速|率$|全国|全國|全省|全球|世界")
#: ways of classifying one kind of thing: items of one list are classified one way
_DIMENSIONS = tuple(lazyre.compile(p) for p in (
    r"国有|國有|国营|國營|民营|民營|私营|私營|外资|外資|外商|集体|集體|个体|個體|股份|合营|合營|合作社|混合所有",
    r"规上|規上|规模以上|規模以上|限上|限额以上|大型|中型|小型|微型|中小|小微|上市|龙头|龍頭",
    r"高新技术|高新技術|高技术|高技術|专精特新|科技型|创新型|战略性新兴|數字|数字",
    r"出口|进口|進口",
))


@dataclass(frozen=True)
class Item:
    name: str
    share: "object"            # the Quantity the item's share is (the level it moves to)
    prior: "object"            # the Quantity it moves from, or None
    prior_year: str            # the year of the prior as written, or ""
    contrasted: bool           # the item opens with 而
    plain: bool = False        # a bare 占a% (no 比重/所占的比重, no level it moves to)


@dataclass(frozen=True)
class Composition:
    whole: str
    items: Tuple[Item, ...]
    start: int                 # the first item's clause start

    @property
    def names(self) -> List[str]:
        return [it.name for it in self.items]


def _clause_start(text: str, pos: int, floor: int) -> int:
    k = max(text.rfind(ch, floor, pos) for ch in "，,；;：:")
    return floor if k < 0 else k + 1


#: an age band: 0—14岁, 15—59岁, 60岁及以上, 60岁以下 (the words after it, 人口, read off)
_BAND = lazyre.compile(r"^(?P<a>\d{1,3})\s*(?:[—\-－~～至到]\s*(?P<b>\d{1,3}))?\s*(?:周岁|岁|歲)(?P<end>及以上|及以下|以上|以下)?")


def _band(name: str):
    """(lowest age, highest age, whether the lower end may be one more) of an age band, or None."""
    m = _BAND.match(name)
    if m is None:
        return None
    a = int(m.group("a"))
    if m.group("b"):
        return (a, int(m.group("b")), False) if m.group("end") is None else None
    end = m.group("end")
    if end == "及以上":
        return a, 10 ** 6, False
    if end == "以上":
        return a, 10 ** 6, True        # (60岁以上: with 60 or from 61 — either way no age is left out below it)
    if end == "及以下":
        return 0, a, False
    if end == "以下":
        return 0, a - 1, False
    return None


def bands_complete(names: Sequence[str]) -> bool:
    """Age bands that together hold every age: the first from 0 (0—14岁, 60岁以下), each starting right after the one
    before, the last open upwards (60岁及以上)."""
    bands = [_band(n) for n in names]
    if len(bands) < 2 or any(b is None for b in bands) or bands[0][0] != 0 or bands[-1][1] != 10 ** 6:
        return False
    for prev, cur in zip(bands, bands[1:]):
        if not (cur[0] == prev[1] + 1 or (cur[2] and cur[0] == prev[1])):
            return False
    return True


def _one_kind(names: Sequence[str]) -> bool:
    bands = [_band(n) for n in names]
    if any(bands):
        # age bands: all of them bands, none inside another (60岁及以上 / 65岁及以上 nest)
        if not all(bands) or len(set(names)) != len(names):
            return False
        spans = sorted((b[0], b[1]) for b in bands)
        return all(x[1] < y[0] for x, y in zip(spans, spans[1:]))
    if len(set(names)) != len(names) or any(len(n) < 2 or _NOT_NAME.search(n) for n in names):
        return False
    if any(i != j and a in b for i, a in enumerate(names) for j, b in enumerate(names)):
        return False
    dims = {k for n in names for k, pat in enumerate(_DIMENSIONS) if pat.search(n)}
    if len(dims) > 1:
        return False
    from lintgov.claims.classes import ATTRIBUTE_PREFIX, attribute
    return not any(attribute(n) or ATTRIBUTE_PREFIX.match(n) for n in names if not _REST.match(n))


def compositions(doc) -> List[Composition]:
    """The compositions of the document (cached): lists of two or more shares of one named whole, see the module."""
    cache = doc.__dict__.setdefault("_lintgov_compositions", None)
    if cache is not None:
        return cache
    from lintgov.claims.grammar import skeleton
    from lintgov.quantities import quantities_in
    from lintgov.claims.grammar import folded_text
    skel, by_start = skeleton(doc)
    text = folded_text(doc)
    out: List[Composition] = []
    for s in doc.sentences:
        if skel.count("%", s.start, s.end) + skel.count("\ue010", s.start, s.end) < 2:
            continue
        if not any(w in skel[s.start:s.end] for w in ("占", "佔", "比重", "比例", "份额", "產值", "产值")):
            continue
        run: List[Tuple[Item, int, str]] = []
        runs: List[List[Tuple[Item, int, str]]] = [run]
        for q in quantities_in(doc, s.start, s.end):
            if not q.is_percent or q.start not in by_start:
                continue
            cs = _clause_start(skel, q.start, s.start)
            m = _ITEM.fullmatch(skel, cs, q.start)
            if m is not None and m.group("is") and not (m.group("own") or m.group("own2")):
                m = None               # (为 a share only after 比重/比例/占比: 的比重为15.2%)
            if m is None or not (m.group("zhan") or m.group("own") or m.group("own2")):
                if m is None and q.end < s.end and skel[q.end] not in "，,；;。！？!?\n":
                    continue           # a figure inside a clause (由59%上升到63%): the clause's share is read at its end
                if run:
                    run = []
                    runs.append(run)
                continue
            if run and (not _GAP.fullmatch(skel, run[-1][0].share.end, cs)):
                run = []
                runs.append(run)
            prior = by_start.get(m.start("prior")) if m.group("prior") else None
            if prior is not None and not prior.is_percent:
                prior = None
            name = re.sub(r"^其中", "", text[m.start("name"):m.end("name")])
            if "\ue010" in m.group("name") and _band(name) is None:
                m = None               # (a figure in a name: only an age band)
                if run:
                    run = []
                    runs.append(run)
                continue
            if run and m.group("name").startswith("其中"):
                run = []
                runs.append(run)       # 其中 breaks down the item before: a list of its own
            it = Item(name, q, prior, m.group("py") or "", bool(m.group("lead")) and m.group("lead").startswith("而"),
                      bool(m.group("zhan")) and not (m.group("own") or m.group("own2")))
            run.append((it, cs, m.group("whole") or ""))
        for r in runs:
            comp = _composition(doc, skel, s, r)
            if comp is not None:
                out.append(comp)
    doc.__dict__["_lintgov_compositions"] = out
    return out


def _composition(doc, skel: str, s, run) -> Optional[Composition]:
    if len(run) < 2:
        return None
    items = [it for it, _, _ in run]
    first_cs = run[0][1]
    whole = run[0][2]
    if any(w and w != whole for _, _, w in run[1:]):
        return None             # a later item names a whole of its own
    if not whole:
        lead = _WHOLE_LEAD.search(skel, max(s.start, first_cs - 40), first_cs)
        if lead is None or "\ue010" in skel[lead.start():first_cs]:
            return None
        whole = lead.group("whole")
        whole = re.split(r"[，,；;：:]", whole)[-1]
    whole = re.sub(r"^(?:预计|預計|其中|同时|同時)", "", whole)
    if len(whole) < 2 or _NOT_WHOLE.search(whole):
        return None
    if any(it.share.approx is not None or skel[it.share.end:it.share.end + 2] in ("左右", "以上", "以下", "以内", "以內")
           for it in items):
        return None
    if not _one_kind([it.name for it in items]):
        return None
    return Composition(whole, tuple(items), first_cs)


def priors_of_one_year(comp: Composition) -> bool:
    """Every item gives the share it moves from, all of one year (or none named): a composition of that time too."""
    return all(it.prior is not None and it.prior.approx is None for it in comp.items) \
        and len({it.prior_year for it in comp.items}) == 1


def exhaustive(comp: Composition) -> Optional[str]:
    """Why the list is all of its whole, or None: a last item that takes the rest, the sides of a known split, age
    bands that hold every age."""
    from lintgov.claims.partition import complete
    names = comp.names
    if _REST.match(names[-1]):
        head = ""
        if names[-1].startswith(("其他", "其它")):
            # 其他 + the others' head (其他企业 after 国有企业, 民营企业), never a class of its own (其他服务业)
            from os.path import commonprefix
            head = commonprefix([n[::-1] for n in names[:-1]])[::-1]
            if not head or names[-1][2:] != head:
                return None
        return "the last part takes the rest"
    why = complete(names, residual_ok=False)
    if why:
        return str(why)
    if bands_complete(names):
        return "age bands that hold every age"
    # (a last part contrasted with 而 — …，而个体私营企业则只占4.5% — is not read as the one part left: a drafter contrasts
    # the smallest part named and may leave others out, 外资 or 港澳台 beside 国有/集体/民营; only a sum above 100 is sure)
    return None
