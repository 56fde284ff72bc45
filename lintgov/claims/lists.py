"""Enumerations (part of the claims layer): evaluations by grade (优秀…、良好…、合格…), names listed before 分别 with
their values, and a count with the names listing what it counts (省、市、县三级).  Each reader works on the skeleton of
:mod:`lintgov.claims.grammar` and is cached per document.

Parallel lists are read once, here: :func:`respective_members` pairs the names before 分别/依次 (or 各 followed by as
many values) with the values after it by position, and the values of later lists of the sentence with the same
members; :func:`list_figure` gives each value as an ordinary figure of its item (name, value, role: level, growth,
points, share, rate, multiple).  The readings of rates, shares and comparisons name a list's values by it
(``claims.rates.item_words``/``own_words``, ``claims.metric.metric_key``) rather than by the words right before each
value; :func:`item_share` reads one item over the list's total (其中B占总量的…, 后者占两者总和的…).  A list whose names
and values differ in number, or whose names the text does not fix, is not read.
"""
from __future__ import annotations

import bisect
import re
import sys
from array import array
from dataclasses import dataclass
from typing import TYPE_CHECKING, List, Optional, Tuple
from .. import lazyre
from ..quantities import quantity_starts
from ..headings import ordinal_value
from .scope import pattern as scope_pattern
from .grammar import (
    QTOK,
    _ANY_VERB,
    _starts,
    TIME_UNITS,
    _Q,
    _cache,
    folded_text,
    measure,
    skeleton,
)
from ..textfold import fullwidth_text

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document
    from ..quantities import Quantity


# -- evaluations by grade: 评查案卷1,280卷，其中优秀386卷、良好612卷、合格254卷、不合格28卷 ------------------------------
@dataclass(frozen=True)
class Graded:
    """The counts of an evaluation by grade and the number of things evaluated: 对42家单位开展考评，评定优秀12家、良好
    18家、合格10家、不合格2家 / 优秀等次15个，良好等次23个，一般等次6个，较差等次1个，共45个单位 / 优秀、良好、合格、不合格
    分别为…  ``complete``: the list names every grade of one scale (:func:`lintgov.claims.classes.all_grades`), so the
    counts add up to ``total``; otherwise they are kinds that exclude each other (not more than it)."""

    start: int
    end: int
    total: "Quantity"
    parts: Tuple["Quantity", ...]
    grades: Tuple[str, ...]
    complete: bool


_GRADE_WORDS = r"(?:基本合格|不合格|合格|基本称职|不称职|称职|优秀|良好|较好|一般|较差|不及格|及格)"
_GRADE_SEP = r"[^,、；;：:。！？!?\ue010\ue011（()）\n]"
#: one count named by a grade, read from the grade word (优秀386卷, 良好等次23个, 合格的131卷)
_GRADE_ITEM = lazyre.compile(_GRADE_WORDS + _GRADE_SEP + r"{0,4}?" + _Q)
#: what may stand between two items of a run: a mark and the next item's words before its grade (评为, 和)
_GRADE_BETWEEN = lazyre.compile(r"\s*[,、；;]\s*" + _GRADE_SEP + r"{0,8}")
#: the grades named first, then 分别 and their counts (优秀、良好、合格、不合格分别为12家、18家、10家、2家)
_GRADE_NAMES_RESP = lazyre.compile(r"(?P<names>" + _GRADE_WORDS + r"(?:[、和及]" + _GRADE_WORDS + r"){2,7})"
                                   r"(?:等次|等级|档次|单位|的)?(?:分别|各)(?:为|是|有|评定|达到|达)?\s*"
                                   r"(?P<qs>" + _Q + r"(?:\s*(?:、|和|及|,)\s*" + _Q + r"){2,7})")
#: a total word after the list (，共45个单位 / 。共评查案卷340卷): the number evaluated
_GRADE_TOTAL_AFTER = lazyre.compile(r"\s*[,。；;]\s*(?:全年|以上|上述)?(?:共计|合计|总计|共)(?:[\u4e00-\u9fff]{0,10}?)(?:为|达)?\s*(?P<t>" + _Q + ")")
#: words between the number evaluated and its grades that make them grades of something else: a comparison, a change,
#: a subset named by a relative clause (参加考评的单位中)
_GRADE_GAP_BAD = lazyre.compile(r"比|较|增|减|同期|上年|去年|占|的[\u4e00-\u9fff]{1,6}中|以上|以下|分别")
_GRADE_COMMON = lazyre.compile(r"优秀|良好|合格|称职")


def graded(doc: "Document") -> List[Graded]:
    """Every list of counts by grade with the number evaluated (cached), read from the skeleton: the grade run, then
    its total — a total word right after it (，共45个单位; the next sentence opening 共评查…), else the count of the
    same measure right before it in its sentence with no other figure between (评查案卷1,280卷，其中…; 对42家单位开展
    考评，评定…; 186个村（社区）法治建设评估中，…)."""
    from .classes import all_grades, grades
    c = _cache(doc)
    if "graded" in c:
        return c["graded"]  # type: ignore[return-value]
    out: List[Graded] = []
    skel, by_start = skeleton(doc)
    if "优" in skel or "称职" in skel:
        text = folded_text(doc)
        runs = []
        # items read from their grade word (linear: one cheap scan), then grouped into runs of consecutive items
        group: List["re.Match[str]"] = []
        for m in list(_GRADE_ITEM.finditer(skel)) + [None]:
            if m is not None and group and _GRADE_BETWEEN.fullmatch(skel, group[-1].end(), m.start()) is not None:
                group.append(m)
                continue
            if len(group) >= 3:
                qs, labels = [], []
                pos = max(skel.rfind(x, 0, group[0].start()) for x in ",、；;：:。！？!?\n\ue011（()）") + 1
                pos = start0 = max(pos, group[0].start() - 8)
                for it in group:
                    q = by_start.get(skel.rfind(QTOK, it.start(), it.end()))
                    if q is None:
                        break
                    lab = re.split(r"[,、；;]", skel[pos:q.start])[-1]
                    qs.append(q)
                    labels.append(re.sub(r"^\s*(?:和|及|其中)", "", lab))
                    pos = q.end
                if len(qs) == len(group):
                    runs.append((start0, qs[-1].end, qs, labels))
            group = [m] if m is not None else []
        for m in _GRADE_NAMES_RESP.finditer(skel):
            qs = [by_start.get(m.start("qs") + t.start()) for t in re.finditer(_Q, m.group("qs"))]
            names = re.split(r"[、和及]", m.group("names"))
            if len(qs) == len(names) and all(qs):
                runs.append((m.start(), m.end(), qs, names))
        starts = None
        for start, end, qs, labels in runs:
            g = grades(labels)
            if g is None or not _GRADE_COMMON.search("".join(g)) or any(q.is_percent or q.approx for q in qs) \
                    or len({measure(q) for q in qs}) != 1 or not measure(qs[0]) or measure(qs[0]) in TIME_UNITS:
                continue
            meas = measure(qs[0])
            total = None
            after = _GRADE_TOTAL_AFTER.match(skel, end)
            if after is not None:
                t = by_start.get(after.start("t"))
                if t is not None and measure(t) == meas and not t.is_percent:
                    total = t
            if total is None:
                sent = max(skel.rfind(x, 0, start) for x in "。！？!?\n")
                if starts is None:
                    starts = quantity_starts(doc)
                k = bisect.bisect_left(starts, start) - 1
                if k >= 0 and doc.quantities[k].start > sent and doc.quantities[k].end <= start:
                    t = doc.quantities[k]
                    gap = skel[t.end:start]
                    ctx = skel[max(sent + 1, t.start - 6):t.start]
                    if measure(t) == meas and not t.is_percent and t.approx not in ("<", "<=", "~") and len(gap) <= 40 \
                            and not _GRADE_GAP_BAD.search(gap) and not re.search(r"比|较|均|每|上年|去年|增|减", ctx) \
                            and text[t.end:t.end + 1] not in ("/", "每"):
                        total = t
            if total is None:
                continue
            out.append(Graded(min(start, total.start), max(end, total.end), total, tuple(qs), g, all_grades(labels)))
    out.sort(key=lambda x: x.start)
    c["graded"] = out
    return out


# -- names listed before 分别 with their values: 受理、审结、其中纠错分别为486件、452件、58件 ------------------------------
@dataclass(frozen=True)
class NamedList:
    """Names joined by 、/和/及 right before 分别 and the values listed after it, one each in order (受理、审结、其中纠错
    分别为486件、452件、58件 / 受理、办结、按期办结信访事项分别为…).  ``names`` as written (the first with the words of
    its clause before it, the last with the noun after it); ``inner[i]``: the name opens with 其中 (a part of the item
    before it)."""

    start: int
    end: int
    names: Tuple[str, ...]
    values: Tuple["Quantity", ...]
    inner: Tuple[bool, ...]


#: the values after 分别 (为/是/有/达到), one per name, joined by 、/和/及/,
_NAMED_VALUES = lazyre.compile(r"(?:为|是|有|达到|达)?\s*(?P<qs>" + _Q + r"(?:\s*(?:、|和|及|,)\s*" + _Q + r"){1,7})")
#: a name of such a list that is part of another: opening with 其中, or an action with a qualifier (按期办结, 当场受理)
#: the characters a head of names listed before 分别 may hold (read by fullmatch in place, with pos/endpos)
_LIST_HEAD = lazyre.compile(r"[\u4e00-\u9fff“”、和及]+")
_LIST_PART_NAME = lazyre.compile(r"(?:^|[、和及])(?:其中|按期|按时|限时|当场|当日|当天|即时|网上|线上|一次性|现场|提前|全程|首次|一次)")


def named_lists(doc: "Document") -> List[NamedList]:
    """Every list of names before 分别 with as many values after it (cached; only lists where some name opens with 其中
    or carries a qualifier of another: the readers of parts within such a list)."""
    c = _cache(doc)
    if "named_lists" in c:
        return c["named_lists"]  # type: ignore[return-value]
    out: List[NamedList] = []
    skel, by_start = skeleton(doc)
    k = skel.find("分别")
    while k >= 0:
        m = _NAMED_VALUES.match(skel, k + 2)
        lo = max(skel.rfind(x, max(0, k - 60), k) for x in ",，。；;：:！？!?\n\ue011（()）") + 1
        # (the names' characters tested in place first: with no stop in the 60 characters before 分别 the head runs
        # from the text's start, and a copy of it for each such 分别 was quadratic on a long compilation)
        head = skel[lo:k] if m is not None and _LIST_HEAD.fullmatch(skel, lo, k) is not None else ""
        if m is not None and _LIST_PART_NAME.search(head) and re.fullmatch(r"[\u4e00-\u9fff“”、和及]+", head):
            names = tuple(re.split(r"[、和及]", head))
            qs = tuple(by_start.get(m.start("qs") + t.start()) for t in re.finditer(_Q, m.group("qs")))
            if len(names) == len(qs) and all(qs) and all(names):
                inner = tuple(x.startswith("其中") for x in names)
                out.append(NamedList(k - len(head), m.end(), names, qs, inner))  # type: ignore[arg-type]
        k = skel.find("分别", k + 2)
    c["named_lists"] = out
    return out


# -- 分别 lists with each value bound to its name ----------------------------------------------------------------
@dataclass(frozen=True)
class RespectiveList:
    """A list of members before 分别 and the values after it, one per member in order, with the values of a second
    分别 of the same sentence that names no members of its own (审结一审、二审案件分别为142件和58件，其中败诉分别为9件和2件:
    一审 → 142件, 9件; 二审 → 58件, 2件).  ``members``: the short names a later figure may be named by (市级/区级 for
    市、区两级…; 一审/二审 for 一审、二审案件; the names themselves otherwise); ``names[i]``: the words naming the first
    value of ``members[i]`` (区级行政机关负责人出庭应诉案件, 审结行政诉讼二审案件, 审结案件); ``values[i]``: the figures bound to
    ``members[i]``."""

    start: int
    end: int
    members: Tuple[str, ...]
    names: Tuple[str, ...]
    values: Tuple[Tuple["Quantity", ...], ...]
    #: ``roles[j]``: what the ``j``-th value of each member is (:func:`_role`: level, growth, points, share, rate,
    #: multiple)
    roles: Tuple[str, ...] = ()
    #: ``periods[j]``: the period label the ``j``-th list is stated for (2023年, 上年; "" when it names none)
    periods: Tuple[str, ...] = ()
    #: ``verbs[j]``: the words between the ``j``-th list's mark and its first value (增长, 为, 达到)
    verbs: Tuple[str, ...] = ()


@dataclass(frozen=True)
class ListFigure:
    """One value of a parallel list read as an ordinary figure of its item (:func:`list_figure`): the 498件 of 受理、审结
    案件分别为526件和498件 is 审结案件 498件, a level; the 4.8% of …分别完成186.4亿元和152.8亿元，分别增长6.2%和4.8% is the
    growth of 税收收入.  ``member``: the item's short name; ``name``: the words naming the value (the item's name, with the
    words of its own list for a later list: 二审改判); ``index``: the item's position, ``size``: the number of items."""

    value: "Quantity"
    member: str
    name: str
    role: str
    index: int
    size: int
    start: int
    end: int


#: the levels that hold a list (市、区两级, 省市县三级): one member per level, named 市级, 区级…
_LEVELS_BEFORE = lazyre.compile(r"((?:[国省市县区乡镇村街]、?){2,6})([两三四五六])级")
_N_LEVELS = {"两": 2, "三": 3, "四": 4, "五": 5, "六": 6}


#: the values after 分别 and its verb (分别为, 分别完成投资, 分别达到), one per member, joined by 、/和/及/,
#: (later items of a list of changes may carry their own verb: 分别增加0.6万亩和减少0.5万亩)
_RESPECTIVE_VALUES = lazyre.compile(r"[\u4e00-\u9fff]{0,6}?\s*(?P<qs>" + _Q + r"(?:\s*(?:、|和|及|,)\s*(?:" + _ANY_VERB
                                    + r"了?)?" + _Q + r"){1,7})")
#: what pairs names with values by position: 分别, 依次 (申请、受理、审结案件依次为…), and 各 followed by as many values as
#: names (两个试点的办结率各达98.4%和95.0%) — a verb at most between 各 and the values (各级/各类 are no such 各)
_RESPECTIVE_MARK = lazyre.compile(r"分别|依次|各(?=(?:为|是|有|达到|达|实现|完成|新增|增加|增长|下降|提高)?\s*" + _Q
                                  + r"\s*(?:、|和|及|,)\s*" + _Q + ")")
#: the words of a head of names before 分别: CJK names joined by 、/和/及, a name holding a count of what it names
_HEAD_NAMES = lazyre.compile(r"(?:[\u4e00-\u9fff、和及]|\d+(?=[个家所项名条座处支]))+")
#: time words opening or closing a head of names (全年…, …全年)
_HEAD_TIME = lazyre.compile(r"^(?:全年|年内|今年|本年度?|当年)|(?:全年|年内|今年|本年度?|当年)$")
#: a period label opening a head of names or standing alone before a later list (2023年全区办理…分别为 / 。2024年分别为 /
#: ；上年分别为), with the scope words that may follow it
_PERIOD_LABEL = r"(?:(?:19|20)\d{2}年(?:末|底|度)?|上一?年(?:末|底|度|同期)?|去年(?:末|底|同期)?|今年|本年度?)"
_PERIOD_OPEN = lazyre.compile(r"^(?P<lab>" + _PERIOD_LABEL + r")(?:全[区市县省镇]|我[区市县省])?")
#: what may stand between a list and a later list of the same members in the next clause or sentence of the paragraph:
#: a stop and a period label only (。2024年分别为… / ；上年分别为… / ，上年分别为… / 。年末分别为…)
_NEXT_LIST_GAP = lazyre.compile(r"\s*[。；;，,（(]\s*(?P<lab>" + _PERIOD_LABEL + r"|年末|年底)(?:全[区市县省镇]|我[区市县省])?"
                                r"(?![\u4e00-\u9fff]*?(?:增|减|降|提高|提升))(?:[\u4e00-\u9fff]{0,2}" + _Q + r")?[\u4e00-\u9fff]{0,8}\s*$")
#: a list of levels right after a list, with no mark of its own (分别增长5.2%和7.1%，达到52,460元和26,180元)
_IMPLIED_LEVELS = lazyre.compile(r"[，,]\s*(?P<verb>达到|达|增至|增加到|增长到|提高到|提高至|提升到|提升至|上升到|上升至|降至|"
                                 r"下降到|下降至|减少到|减至)\s*(?P<qs>" + _Q + r"(?:\s*(?:、|和|及|,)\s*" + _Q + r"){1,7})")
#: the roles of a list's values, from the words between its mark and its first value
_ROLE_GROWTH = lazyre.compile(r"(?:增长|下降|增加|减少|提高|提升|上升|降低|回落|增|降)(?!到|至|为)[了]?$")
_ROLE_SHARE = lazyre.compile(r"占|比重|比例|占比")


def _role(words: str, head: str, q: "Quantity") -> str:
    """What a value of a list is: ``points`` (个百分点), ``multiple`` (倍), ``growth`` (a percentage after a change verb:
    分别增长), ``delta`` (another figure after a change verb: 分别增加3亿元), ``share`` (a percentage after 占 or named a share: 占比分别为), ``rate`` (a percentage named by a 率), else
    ``level``."""
    from .values import POINT_UNITS
    if q.unit in POINT_UNITS:
        return "points"
    if q.unit == "倍":
        return "multiple"
    if _ROLE_GROWTH.search(words):
        return "growth" if q.is_percent else "delta"     # (分别增加3亿元和16亿元: differences, no levels)
    if not q.is_percent:
        return "level"
    if _ROLE_SHARE.search(words) or _ROLE_SHARE.search(head[-6:]):
        return "share"
    if re.search(r"率|度", head[-4:]):
        return "rate"
    return "level"


def _members(head: str) -> Optional[Tuple[Tuple[str, ...], Tuple[str, ...]]]:
    """(members, names) of a head before 分别: the levels of 市、区两级…; sibling names joined by 、/和 that share their
    last character, the noun after the last one shared by all (一审、二审案件 → 一审, 二审); else the names as joined
    (受理行政复议案件、审结案件), each of two characters at least."""
    lv = _LEVELS_BEFORE.search(head)
    if lv:
        levels = lv.group(1).replace("、", "")
        if len(levels) != _N_LEVELS[lv.group(2)]:
            return None
        rest = head[lv.end():]
        return tuple(x + "级" for x in levels), tuple(x + "级" + rest for x in levels)
    # (the year's words around the names are no part of them: 全年主动公开与依申请公开政府信息, 3个法律服务所全年)
    head = _HEAD_TIME.sub("", head)
    names = re.split(r"[、和及]", head)
    if len(names) == 1 and head.count("与") == 1:
        names = head.split("与")   # 主动公开与依申请公开政府信息: two names joined by 与 alone
    if len(names) < 2 or any(len(x) < 2 and x not in _ORDINAL_HEADS for x in names[:-1]) or len(names[-1]) < 2:
        return None
    shared = _shared_noun(names)
    if shared is not None:
        heads, noun = shared
        # (a one-character ordinal is no name a later figure is found by: 二产 of 一、二、三产业 is)
        members = [x + noun[0] if x in _ORDINAL_HEADS else x for x in heads]
        return tuple(members), tuple(x + noun for x in heads)
    for k in (2, 3):
        keys = [x[-k:] for x in names[:-1]] + [names[-1][:k]]
        if len(set(keys)) == len(keys) and len({x[-1] for x in keys}) == 1 and len(names[-1]) > k:
            verb = names[0][:-k]
            noun = names[-1][k:]
            return tuple(keys), tuple(verb + x + noun for x in keys)
    return tuple(names), tuple(names)


#: one-character heads a shared noun completes (一、二、三产业 / 一、二、三季度)
_ORDINAL_HEADS = frozenset("一二三四五六七八九十")


def _shared_noun(names: List[str]) -> Optional[Tuple[List[str], str]]:
    """(heads, noun) when every name but the last is a short modifier (at most four characters) and the last is such a
    modifier followed by the noun they all qualify, its head ending with the character every other name ends with:
    国家级、部级创新平台 → 国家级/部级 + 创新平台; 主动公开与依申请公开政府信息 → 主动公开/依申请公开 + 政府信息; 一、二、三产业
    → 一/二/三 + 产业.  None when no such split leaves a noun of two characters or more (城镇和农村居民…: the heads end
    differently, and a cut by length alone is a guess)."""
    first, last = names[:-1], names[-1]
    if any(len(x) > 4 for x in first) or len(last) < max(len(x) for x in first) + 2:
        return None
    ends = {x[-1] for x in first}
    cut = -1
    if all(x in _ORDINAL_HEADS for x in first) and last[0] in _ORDINAL_HEADS:
        cut = 1       # 一、二、三产业增加值: 一产业, 二产业, 三产业
    elif len(ends) == 1 and last[-1] not in ends:
        # (市中心、8个镇街分中心: the names end alike, each is whole — no noun is shared)
        k = last.find(next(iter(ends)), 1, 5)
        if k > 0:
            cut = k + 1
    # (no cut by length alone: 高校、科研院所人才 is not 高校院所人才 — a list read wrongly is worse than one not read)
    if cut < 1 or len(last) - cut < 2 or last[:cut] in first or re.search(r"\d", last[:cut]):
        return None
    return first + [last[:cut]], last[cut:]


#: a change verb right before a figure: the figure is a difference, not a level (增加1.2万亩, 比上年减少)
_CHANGE_BEFORE = lazyre.compile(r"(?:增长|下降|增加|减少|提高|提升|上升|降低|回落|增|降|减)了?\s*$")


#: what stands between a list and the head of a later list of the same members: a stop
_STOP_ONLY = lazyre.compile(r"\s*[。；;，,（(]\s*")
#: a scope word opening a member's name (全县油菜 / 油菜)
_MEMBER_SCOPE = scope_pattern("area", "own", opening=True)


def _scopeless(members: Tuple[str, ...]) -> Tuple[str, ...]:
    return tuple(_MEMBER_SCOPE.sub("", x) for x in members)


def _items_before(doc: "Document", skel: str, text: str, by_start, lo: int, end: int, period: str, words: str,
                  qs: Tuple[Optional["Quantity"], ...]) -> Optional[RespectiveList]:
    """A list of last year's values with no names of its own (。上年分别为39490元和19860元 / ；上年同期分别为… /
    （上年分别为…）), read as the items' priors: its items are the levels of its measure stated before it — in the
    sentence before when it opens a sentence, else in its own sentence before the ；or the bracket — when there are
    exactly as many (…41860元，增长6.0%；…21350元，增长7.5%。上年分别为39490元和19860元: 城镇居民人均可支配收入 → 41860元,
    39490元); each item is named by the words of its clause before it.  None when the list is of another period than
    last year's, or the levels are not as many as its values."""
    from .values import measure
    if period.rstrip("同期末底度") not in ("上年", "上一年", "去年") or len(qs) < 2 or not all(qs) \
            or len({(measure(q), q.is_percent) for q in qs}) != 1 or lo < 1 or text[lo - 1] not in "。；;（(":
        return None
    e0 = lo - 1
    p0 = max(text.rfind("。", 0, e0), text.rfind("\n", 0, e0)) + 1
    b0 = qs[0]
    starts = _starts(doc)
    lvls = [by_start[j] for j in starts[bisect.bisect_left(starts, p0):bisect.bisect_left(starts, e0)]]
    lvls = [q for q in lvls if measure(q) == measure(b0) and q.is_percent == b0.is_percent
            and not _CHANGE_BEFORE.search(skel, max(p0, q.start - 6), q.start)]
    if len(lvls) != len(qs):
        return None
    names = tuple(re.split(r"[，,；;：:。、（()）\n]", text[max(p0, q.start - 40):q.start])[-1] for q in lvls)
    return RespectiveList(lvls[0].start, end, names, names, tuple((v, b) for v, b in zip(lvls, qs)),
                          ("level", "level"), ("", period), ("", words))


def respective_members(doc: "Document") -> List[RespectiveList]:
    """Every 分别 list whose members :func:`_members` reads, with its values bound to them (cached)."""
    c = _cache(doc)
    if "respective_members" in c:
        return c["respective_members"]  # type: ignore[return-value]
    out: List[RespectiveList] = []
    skel, by_start = skeleton(doc)
    text = folded_text(doc)
    last: Optional[RespectiveList] = None
    for mk in (_RESPECTIVE_MARK.finditer(skel) if ("分别" in skel or "依次" in skel or "各" in skel) else ()):
        k, k2 = mk.start(), mk.end()
        m = _RESPECTIVE_VALUES.match(skel, k2)
        if m is not None:
            qs = tuple(by_start.get(m.start("qs") + t.start()) for t in re.finditer(_Q, m.group("qs")))
            lo = max(skel.rfind(x, max(0, k - 60), k) for x in ",，。；;：:！？!?\n（()）") + 1
            head = text[lo:k]     # (the words as written: 一季度 is a figure in the skeleton)
            words = skel[k2:m.start("qs")]
            # (the period the list is stated for opens its head: 2023年全区办理公证、法律援助案件分别为…)
            pm = _PERIOD_OPEN.match(head)
            period = pm.group("lab") if pm else ""
            names_head = head[pm.end():] if pm else head
            # (a name may hold the count of what it names: 区公共法律服务中心、12个司法所、3个法律服务所分别接待…)
            read = _members(names_head) if names_head and _HEAD_NAMES.fullmatch(names_head) else None
            gap = skel[last.end:k] if last is not None else ""
            next_gap = _NEXT_LIST_GAP.match(gap) if last is not None else None
            if read is not None and len(read[0]) == len(qs) and all(qs) and last is not None and period \
                    and "\n" not in gap and _STOP_ONLY.fullmatch(skel, last.end, lo) \
                    and _scopeless(read[0]) == _scopeless(last.members):
                # 。上年油菜和水稻种植面积分别为…: the same members for another period, named again (a scope word aside)
                last = RespectiveList(last.start, m.end(), last.members, last.names,
                                      tuple(v + (x,) for v, x in zip(last.values, qs)),
                                      last.roles + (_role(words, head, qs[-1]),), last.periods + (period,),
                                      last.verbs + (words,))
                out[-1] = last
            elif read is not None and len(read[0]) == len(qs) and all(qs):
                last = RespectiveList(lo, m.end(), read[0], read[1], tuple((x,) for x in qs),
                                      (_role(words, head, qs[-1]),), (period,), (words,))
                out.append(last)
            elif last is not None and all(qs) and len(qs) == len(last.members) and "\n" not in gap and (
                    (re.fullmatch(r"[）)]?[，,]?(?:其中)?[\u4e00-\u9fff]{0,8}", gap) and not re.search(r"[。；;！？!?]", gap))
                    # 。2024年分别为… / ；上年分别为…: a list of the same members for another period, its label alone
                    or (next_gap is not None and len(gap) <= 24)):
                # 其中败诉分别为9件和2件: the members of the list right before, in the same sentence
                lab = next_gap.group("lab") if next_gap is not None else (
                    (re.search(_PERIOD_LABEL, gap) or re.match("", "")).group())
                last = RespectiveList(last.start, m.end(), last.members, last.names,
                                      tuple(v + (x,) for v, x in zip(last.values, qs)),
                                      last.roles + (_role(words, gap, qs[-1]),), last.periods + (lab,),
                                      last.verbs + (words,))
                out[-1] = last
            else:
                last = _items_before(doc, skel, text, by_start, lo, m.end(), period, words, qs)
                if last is not None:
                    out.append(last)
            if last is not None and last.end == m.end():
                im = _IMPLIED_LEVELS.match(skel, m.end())
                iqs = tuple(by_start.get(im.start("qs") + t.start()) for t in re.finditer(_Q, im.group("qs"))) \
                    if im is not None else ()
                if iqs and all(iqs) and len(iqs) == len(last.members) and not any(q.is_percent for q in iqs):
                    # 分别增长5.2%和7.1%，达到52,460元和26,180元: levels reached, one per member, no 分别 of their own
                    last = RespectiveList(last.start, im.end(), last.members, last.names,
                                          tuple(v + (x,) for v, x in zip(last.values, iqs)),
                                          last.roles + ("level",), last.periods + ("",), last.verbs + (im.group("verb"),))
                    out[-1] = last
    names = {}
    for rl in out:
        for member, name, vs in zip(rl.members, rl.names, rl.values):
            names[vs[0].start] = name
            for j, v in enumerate(vs[1:], 1):
                if j < len(rl.verbs) and rl.roles[j] == "level" and (
                        rl.periods[j] or _IMPLIED_LEVELS.match("，" + rl.verbs[j] + QTOK) is not None):
                    names[v.start] = name     # the same item's level for another period, or the level it reached
                    continue
                # a later 分别 of the sentence: the member and that list's own words (其中败诉 → 一审败诉)
                head = re.split(r"[，,、。；;：:]", skel[:v.start].rsplit("分别", 1)[0][-10:])[-1]
                head = re.sub(r"^其中", "", head)
                names[v.start] = member + head
    c["bound_names"] = names
    c["respective_members"] = out
    return out


# -- 各: one value for each item, and the total of the items ------------------------------------------------------
@dataclass(frozen=True)
class EachTotal:
    """A value stated once for each of ``n`` items (各) and the total of the items stated right after it: 两个国家级园区
    各实现产值186亿元，合计372亿元 / 甲、乙两所学校各新增学位900个，共新增1,800个 — the total is ``n`` times the value."""

    start: int
    end: int
    value: "Quantity"
    n: int
    total: "Quantity"


#: 各 and its one value (no list of values after it: 各达98.4%和95.0% pairs by position), with the verb and the noun of
#: what each item did (各实现产值186亿元)
_EACH_ONE = lazyre.compile(r"各(?:自)?(?P<verb>[\u4e00-\u9fff]{0,6}?)\s*(?P<q>" + _Q + r")(?!\s*(?:、|和|及|,)\s*" + _Q + ")")
#: the total of the items in the next clause (，合计372亿元 / ，共新增1,800个 / ，两者合计…)
_EACH_TOTAL = lazyre.compile(r"[，,]\s*(?:[两二三四五六七八九]者|以上|上述)?(?:合计|共计|总计|共)(?P<verb>[\u4e00-\u9fff]{0,6}?)"
                             r"(?:为|达到|达)?\s*(?P<t>" + _Q + r")(?=\s*[，,。；;！？!?\n]|$)")
#: the items counted right before 各 (两个国家级园区各…, 3家企业各…): the count and the noun
_EACH_COUNT = lazyre.compile(r"(?:^|[^\d一二两三四五六七八九十])(?P<n>[2-9]|[两二三四五六七八九])(?:个|家|所|项|座|条|支|名|类|处|位)"
                             r"[\u4e00-\u9fff“”]{1,16}$")


def each_totals(doc: "Document") -> List[EachTotal]:
    """Every 各 value whose items are counted — by the names before it (A和B各…, read as :func:`_members` reads a list's
    head) or by a count right before it (两个国家级园区各…) — with the total of the items in the next clause, of the
    value's measure (cached).  Not read: a value or total that is a bound or an approximation, a percentage, a total with
    words of a change or a share, items the text does not count (各地/各级/各类: no names, no count)."""
    from .values import measure
    c = _cache(doc)
    if "each_totals" in c:
        return c["each_totals"]  # type: ignore[return-value]
    out: List[EachTotal] = []
    skel, by_start = skeleton(doc)
    text = folded_text(doc)
    k = skel.find("各")
    while k >= 0:
        m = _EACH_ONE.match(skel, k)
        tm = _EACH_TOTAL.match(skel, m.end()) if m is not None else None
        if tm is not None:
            v, t = by_start.get(m.start("q")), by_start.get(tm.start("t"))
            lo = max(skel.rfind(x, max(0, k - 40), k) for x in ",，。；;：:！？!?\n（()）") + 1
            head = text[lo:k]
            pm = _PERIOD_OPEN.match(head)
            head = head[pm.end():] if pm else head
            n = 0
            # (中国企业500强、民营企业500强中各有20家: groups a thing may be in both of — their total need not be the sum)
            cm = _EACH_COUNT.search(head) if not head.endswith("中") else None
            if cm is not None:
                g = cm.group("n")
                n = int(g) if g.isdigit() else _ENUM_CN.get(g, 2 if g == "二" else 0)
            elif re.fullmatch(r"[\u4e00-\u9fff、和及与]+", head) and not head.endswith("中"):
                read = _members(head)
                n = len(read[0]) if read is not None else 0
            if n >= 2 and v is not None and t is not None and not v.is_percent and not t.is_percent \
                    and v.approx is None and t.approx is None and measure(v) == measure(t) and measure(v) \
                    and not re.search(r"占|比|平均|均|率", tm.group("verb") + m.group("verb")):
                out.append(EachTotal(lo, tm.end(), v, n, t))
        k = skel.find("各", k + 1)
    c["each_totals"] = out
    return out


def list_figure_at(doc: "Document", pos: int) -> Optional[ListFigure]:
    """:func:`list_figure` of the figure starting at ``pos`` (None when no list value starts there)."""
    figs = _cache(doc).get("list_figures")
    if figs is None:
        if not doc.quantities:
            return None
        list_figure(doc, doc.quantities[0])
        figs = _cache(doc)["list_figures"]
    return figs.get(pos)  # type: ignore[union-attr]


def list_figure(doc: "Document", q: "Quantity") -> Optional[ListFigure]:
    """``q`` read as a figure of its item when it is a value of a parallel list (:func:`respective_members`), else None.
    The one reading of which value belongs to which name: the readings of rates, shares and comparisons name a list's
    values by it instead of by the words right before each value (which, in 受理、审结案件分别为526件和498件, are those of
    the whole list for the first value and none for the others)."""
    c = _cache(doc)
    figs = c.get("list_figures")
    if figs is None:
        figs = {}
        for rl in respective_members(doc):
            n = len(rl.members)
            for i, (member, vs) in enumerate(zip(rl.members, rl.values)):
                for j, v in enumerate(vs):
                    role = rl.roles[j] if j < len(rl.roles) else "level"
                    figs[v.start] = ListFigure(v, member, c["bound_names"][v.start], role, i, n,  # type: ignore[index]
                                               rl.start, rl.end)
        c["list_figures"] = figs
    f = figs.get(q.start)  # type: ignore[union-attr]
    return f if f is not None and f.value is q else None


#: a share of one item of a list over the list's total, in the clause right after the list: its subject (the item, or
#: 前者/后者), 占, the total (总量, 总数, 两者总和, 三者合计…), 的/比重 and a copula
_ITEM_SHARE = lazyre.compile(r"[，,]\s*(?:其中)?(?P<subj>[\u4e00-\u9fff“”]{2,16}?)(?:仅|只|约|約)?(?:占|佔)(?:到|了)?"
                             r"(?P<base>(?:[两二三四五]者|上述|以上)?(?:的)?(?:总量|总数|总和|之和|合计|总计|总额)|[两二三四五]者)"
                             r"的?(?:比重|比例)?(?:为|是|达到|达)?\s*$")
#: words of an item's name that name no item of their own (a head every item of a list may carry)
_ITEM_GENERIC = frozenset(("案件", "工作", "服务", "事项", "全年", "接待", "办理", "群众", "咨询", "数量", "总量"))


def _item_named(subject: str, members: Tuple[str, ...]) -> Optional[int]:
    """The one item of a list a share's subject names: 前者/后者 of two, else the item sharing the longest run of two
    characters or more with the subject (司法所接待量 → 12个司法所), none when two items share as long a run."""
    if subject in ("前者", "后者"):
        return (0 if subject == "前者" else 1) if len(members) == 2 else None
    best, who = 0, []
    for i, mb in enumerate(members):
        run = max((k for a in range(len(subject)) for k in range(2, len(subject) - a + 1)
                   if subject[a:a + k] in mb and subject[a:a + k] not in _ITEM_GENERIC), default=0)
        if run > best:
            best, who = run, [i]
        elif run == best and run:
            who.append(i)
    return who[0] if best >= 2 and len(who) == 1 else None


#: what a side of a comparison may add to an item's name and still name its level (其中网上信访量, 受理数)
_SIDE_FILLER = lazyre.compile(r"^其中|^全年|^今年|^全[区市县省]|总量$|总数$|数量$|量$|数$")


def _other_measure(side: str, member: str, names: Tuple[str, ...]) -> bool:
    """Whether ``side`` names another measure of the item ``member`` than the list states (城镇居民收入增速 of a list of
    incomes, 城镇人口 of a list of incomes): its words less the item's longest shared run and fillers are words of no
    name of the list."""
    run = max(((a, k) for a in range(len(side)) for k in range(2, len(side) - a + 1) if side[a:a + k] in member),
              key=lambda x: x[1], default=None)
    rest = side if run is None else side[:run[0]] + "\x00" + side[run[0] + run[1]:]
    parts = [_SIDE_FILLER.sub("", p) for p in rest.split("\x00")]
    return any(p and not any(p in n for n in names) for p in parts)


def items_compared(doc: "Document", a: str, b: str, lo: int, hi: int) -> Optional[Tuple["Quantity", "Quantity"]]:
    """The levels of two items of one parallel list that a comparison names by name (A是B的N倍 / A为B的N倍 with the
    list in the same or the next sentence, before or after it: 城镇和农村居民人均可支配收入分别为56,820元和27,060元，城镇
    居民是农村居民的2.1倍): (A's level, B's level).  ``a``/``b``: the words naming each side; ``lo``/``hi``: the span of
    the comparison.  The list must lie within one sentence stop of it with no figure between; each side names exactly
    one item (:func:`_item_named`), two different items; the list states one level per item (a list of levels for two
    periods is two readings: None)."""
    if len(a) < 2 or len(b) < 2:
        return None
    text = folded_text(doc)
    starts = quantity_starts(doc)
    found = []
    for rl in respective_members(doc):
        if rl.end <= lo:
            gap_lo, gap_hi = rl.end, lo
        elif rl.start >= hi:
            gap_lo, gap_hi = hi, rl.start
        else:
            continue
        if gap_hi - gap_lo > 40 or "\n" in text[gap_lo:gap_hi] \
                or sum(text.count(c, gap_lo, gap_hi) for c in "。！？!?") > 1 \
                or bisect.bisect_left(starts, gap_hi) > bisect.bisect_left(starts, gap_lo):
            continue
        ia, ib = _item_named(a, rl.members), _item_named(b, rl.members)
        levels = [j for j, r in enumerate(rl.roles) if r == "level"]
        if ia is None or ib is None or ia == ib or len(levels) != 1 \
                or _other_measure(a, rl.members[ia], rl.names) or _other_measure(b, rl.members[ib], rl.names):
            continue
        found.append((rl.values[ia][levels[0]], rl.values[ib][levels[0]]))
    return found[0] if len(found) == 1 else None


def item_share(doc: "Document", q: "Quantity") -> Optional[Tuple["Quantity", Tuple["Quantity", ...]]]:
    """(part, items) when the share ``q`` is one item of the parallel list right before it over the list's total: 区公共
    法律服务中心、12个司法所、3个法律服务所分别接待3,475人次、6,385人次、2,140人次，其中司法所接待量占总量的53.2% (6,385 over
    the three) / 主动公开与依申请公开政府信息分别为18,420条和1,386条，后者仅占两者总和的7.0%.  Only a list of levels of one
    measure ending in the clause before the share's, in the same sentence; the share's subject names exactly one item
    and its base is the list's total (总量/总数/两者总和…), never a whole named otherwise."""
    text = folded_text(doc)
    lo = max(text.rfind(x, 0, q.start) for x in "，,；;。\n") 
    if lo < 0 or text[lo] not in "，,":
        return None
    m = _ITEM_SHARE.match(text, lo, q.start) if not q.approx else None
    if m is None:
        return _item_of_item(doc, text, lo, q)
    found = _levels_list_before(doc, text, lo)
    if found is None:
        return None
    rl, items = found
    if re.fullmatch(r"[两二]者.*", m.group("base")) and len(items) != 2 \
            or re.fullmatch(r"三者.*", m.group("base")) and len(items) != 3:
        return None
    i = _item_named(re.sub(r"^其中", "", m.group("subj")), rl.members)
    return (items[i], items) if i is not None else None


def _levels_list_before(doc: "Document", text: str, lo: int):
    """(the parallel list, its exact levels) when a 分别 list of levels in one measure ends right before the clause
    opening at ``lo`` (nothing but spaces between), None otherwise: what a share of one of its items is read against."""
    from .values import measure
    lists = respective_members(doc)
    ends = _cache(doc).setdefault("respective_ends", [rl.end for rl in lists])
    k = bisect.bisect_right(ends, lo) - 1
    if k < 0:
        return None
    rl = lists[k]
    if text[rl.end:lo].strip() or rl.roles[:1] != ("level",):
        return None
    items = tuple(vs[0] for vs in rl.values)
    if len({measure(v) for v in items}) != 1 or any(v.is_percent or v.approx for v in items):
        return None
    return rl, items


#: one item of a list over another, in the clause right after the list: 后者占前者的52.6% / 补充耕地占新增耕地的52.6%
_ITEM_OF_ITEM = lazyre.compile(r"[，,]\s*(?:其中)?(?P<subj>前者|后者|[\u4e00-\u9fff“”]{2,12}?)(?:仅|只|约|約)?(?:占|佔)(?:到|了)?"
                               r"(?P<base>前者|后者|[\u4e00-\u9fff“”]{2,12}?)的?(?:比重|比例)?(?:为|是|达到|达)?\s*$")


def _item_of_item(doc: "Document", text: str, lo: int, q: "Quantity"):
    """(part, (base,)) when the share ``q`` is one item of the parallel list right before it over another item of it
    (全年新增耕地、补充永久基本农田分别为1,560亩和820亩，后者占前者的52.6%): the subject and the base each name exactly one
    item (前者/后者 of two, or a name sharing a run of two characters with one item only), not the same one."""
    m = _ITEM_OF_ITEM.match(text, lo, q.start) if not q.approx else None
    if m is None:
        return None
    found = _levels_list_before(doc, text, lo)
    if found is None:
        return None
    rl, items = found
    i = _item_named(re.sub(r"^其中", "", m.group("subj")), rl.members)
    j = _item_named(m.group("base"), rl.members)
    if i is None or j is None or i == j:
        return None
    return items[i], (items[j],)


def bound_name(doc: "Document", q: "Quantity") -> Optional[str]:
    """The words naming ``q`` when it is a value of a 分别 list (:func:`respective_members`): its member's name (the 312件
    of 市、区两级…分别为86件和312件 is 区级行政机关负责人出庭应诉案件; the 2件 of …其中败诉分别为9件和2件 is 二审败诉), else None."""
    respective_members(doc)
    return _cache(doc)["bound_names"].get(q.start)  # type: ignore[union-attr]


def member_named(doc: "Document", masked: str, q: "Quantity", counts):
    """``counts`` without the values a 分别 list binds to the members other than the one a figure's clause names
    (市、区两级…分别为86件和312件，区级应出庭案件324件，区级出庭应诉率96.3%: the 区级 rate reads 312, never 86).
    Unchanged when the clause names no member, or more than one, or no list of the sentence holds a value of
    ``counts``."""
    lists = respective_members(doc)
    if not lists:
        return counts
    lo = max(masked.rfind(x, max(0, q.start - 60), q.start) for x in "，,。；;！？!?\n") + 1
    clause = masked[lo:q.start]
    ids = {id(c) for c in counts}
    drop = set()
    # (the lists ending in the 200 characters before the figure, found by bisection: linear in the document)
    ends = _cache(doc).setdefault("respective_ends", [rl.end for rl in lists])
    for rl in lists[bisect.bisect_left(ends, q.start - 200):bisect.bisect_right(ends, q.start)]:
        if rl.end > q.start:
            continue
        named = [i for i, mb in enumerate(rl.members) if mb in clause]
        if len(named) != 1 or not any(id(v) in ids for vs in rl.values for v in vs):
            continue
        drop.update(id(v) for i, vs in enumerate(rl.values) if i != named[0] for v in vs)
    return [c for c in counts if id(c) not in drop] if drop else counts


# -- enumerations: a count and the names listing what it counts ---------------------------------------------------
@dataclass(frozen=True)
class Enumeration:
    """A count and the names that list every thing it counts: 财政收入超亿元的乡镇达6个（康乐街办、黄茅镇、株潭镇、
    潭埠镇、鹅峰乡、马步乡） / 全县有5个乡镇…超过5000万元，分别是康乐街道、黄茅镇、株潭镇、潭埠镇、鹅峰乡.  ``names``
    are split at 、; when the last joins two names with 和/及/与 the list may hold one more (``alt``)."""

    start: int
    end: int
    count: "Quantity"
    names: Tuple[str, ...]
    alt: int
    #: 分别是 names each thing; a bracket may list kinds (学校15所（幼儿园、小学、中学）): only fewer things than names
    #: listed is then impossible
    each: bool = False
    #: names before the count (荆州、孝感、黄冈3个城市): the fewest things the names may be (a 和 may join two groups:
    #: 中央和省、市、自治区两级), 0 for names after the count; ``alt`` is then the most
    lo: int = 0
    #: names of one to four characters may be abbreviations, one thing a character (“视半工备、海陆空网”八大产业)
    chars: int = 0
    #: items after the count with a range of how many they may be (``lo``–``alt``): a count and its items after a
    #: colon or in the clauses that follow it (:func:`_items_after`)
    after: bool = False
    #: names before the count that each hold one join (低空与空天、细胞与基因两大): read alike, they are either one thing
    #: each (``lo`` = ``alt`` = the names) or two things each (``split``); 0 when not so
    split: int = 0
    #: how the items after an announced count were delimited (“：《》 titles”, “分别设在 names at 、”, “numbered 一是…三是”)
    #: and each item's span (:mod:`lintgov.claims.announced`); empty for the other readings
    how: str = ""
    spans: Tuple[Tuple[int, int], ...] = ()


#: the measure words of things counted one by one
_ENUM_UNITS = frozenset("个 家 所 项 条 座 名 位 处 批 支 类 种 宗 件 部 本 场 只 艘 架 台 套 栋 块 片 级 张".split())
#: a list that says it is partial or that it is something else than the names of the things counted
_ENUM_PARTIAL = lazyre.compile(r"^(?:含|包含|包括|其中|如|例如|比如|主要|分别|以上|以下|共|全部|均|即|涉及)|等等?$|等[^、]{0,4}$")
_ENUM_NOT_NAMES = lazyre.compile(r"[0-9０-９%％：:，,；;。（()）“”\"]|[一二三四五六七八九十两]+[个家所项条座名位处批类种]")
_ENUM_MAX = 40
#: a count's noun, a dash and the names up to the end of the clause (4个行业数据平台——A、B、C、D。)
_ENUM_DASH = lazyre.compile(r"(?P<noun>[\u4e00-\u9fff]{1,8})——(?P<names>[^，,。；;！？!?\n：:（()）—]{3,200})(?=[。；;！？!?\n]|\Z|——)")


#: a predicate opening after the last name of a list (已全部投入使用, 均已建成, 全部通过验收): the first of these words in it
_DASH_PREDICATE = lazyre.compile(r"(?:现已|目前已|已经|已|均|都|全部|先后|相继|陆续|正式)[\u4e00-\u9fff]*$")


#: a noun naming two kinds of place at once (乡镇, 镇街, 街镇, 区县, 县区, 县市, 市县, 村居)
_TWO_KINDS = lazyre.compile(r"(?:乡镇|镇街|街镇|区县|县区|县市|市县|村居|村社|镇村|乡村)$")


def _enum_names(body: str) -> Optional[Tuple[Tuple[str, ...], int]]:
    body = body.strip()
    if not body or _ENUM_PARTIAL.search(body) or _ENUM_NOT_NAMES.search(body):
        return None
    names = tuple(x.strip() for x in body.split("、"))
    if len(names) < 2 or any(not (2 <= len(x) <= 20) for x in names):
        return None
    alt = len(names) + (1 if re.search(r"[和及与]", names[-1]) else 0)
    return names, alt


@dataclass(frozen=True)
class OrdinalAfterList:
    """继天河、黄埔、番禺之后，南沙成为全市第4个…的区: an ordinal after the names of those that came before it — one more
    than the names (``lo``: the items split at 、; ``hi``: also at 和/及/与, which may join two names)."""

    start: int
    end: int
    ordinal: int
    names: Tuple[str, ...]
    lo: int
    hi: int


_ORDINAL_AFTER = lazyre.compile(r"继(?P<list>[^，,。；;：:！？!?\n（()）“”]{2,60}?)之后[，,]?(?P<mid>[^，,。；;：:\n（()）\d]{0,24}?)"
                                r"第(?P<n>[一二三四五六七八九十]{1,3}|\d{1,2})(?:个|家|座|位|名|次|年|批|届|条|所|项|支|款|城市|区|县|市)")
_ORDINAL_LIST_NOT = lazyre.compile(r"等|多个|多家|多项|一批|之一|其他|其它|\d")
def ordinals_after_lists(doc: "Document") -> List[OrdinalAfterList]:
    """Every :class:`OrdinalAfterList` of the document (cached): the list between 继 and 之后 (at least two names, none
    marked partial by 等/之一/其他), the ordinal in the clause right after it (no 的 between: 继A、B之后，C的第5个项目
    counts C's)."""
    c = _cache(doc)
    if "ordinals" in c:
        return c["ordinals"]  # type: ignore[return-value]
    text = folded_text(doc)
    out: List[OrdinalAfterList] = []
    if "继" in text and "之后" in text:
        for m in _ORDINAL_AFTER.finditer(text):
            lst, mid = m.group("list"), m.group("mid")
            if _ORDINAL_LIST_NOT.search(lst) or "的" in mid or "第" in mid or "继" in mid:
                continue
            n = ordinal_value(m.group("n"))     # 第4个 / 第十二个 (the pattern admits digits and 一…十 only)
            items = [x for x in lst.split("、")]
            finer = [y for x in items for y in re.split(r"和|及|与|以及", x)]
            if any(not x.strip() for x in finer) or len(finer) < 2:
                continue
            out.append(OrdinalAfterList(m.start(), m.end(), n, tuple(finer), len(items), len(finer)))
    c["ordinals"] = out
    return out


#: patterns of enumerations, compiled once (a call of re's module functions looked each one up in
#: re's cache on every call, and compiled it again once other patterns had pushed it out)
_ENUMERATIONS_RE1 = lazyre.compile(r"([\u4e00-\u9fff]{0,8}?)[（(]([^（()）]{3,200})[）)]")


def enumerations(doc: "Document") -> List[Enumeration]:
    """Every count followed by the names of what it counts (cached): in a bracket right after the count (or after the
    count and its noun), names before the count, and the items after a count announced (a colon, 即, 分别是 — also when
    the count stands anywhere in the sentence before it —, 包括, numbered items: :mod:`lintgov.claims.announced`).
    Read from the words after each count of things, never by pairing figures."""
    c = _cache(doc)
    if "enumerations" in c:
        return c["enumerations"]  # type: ignore[return-value]
    out: List[Enumeration] = []
    text = folded_text(doc)
    qs = doc.quantities
    things = [q for q in qs if not q.is_percent and q.unit in _ENUM_UNITS and q.approx is None
              and float(q.value).is_integer() and 2 <= q.value <= _ENUM_MAX]
    if "（" in text or "(" in text:
        for q in things:
            m = _ENUMERATIONS_RE1.match(text[q.end:q.end + 220])
            if m is None:
                continue
            got = _enum_names(m.group(2))
            # with a noun between the count and the bracket, the bracket may gloss the noun (29个省（自治区、直辖市）,
            # 10个院士服务站（专家服务站、院士创新中心）): read only names that share the noun's head (6个专业委员会
            # （区消防安全委员会、…）)
            # (a noun joining two kinds — 乡镇, 镇街, 区县 — has either as the names' head: 4个乡镇（柳林镇、…、王庄乡）)
            if got is not None and m.group(1) and not all(x.endswith(m.group(1)[-1]) for x in got[0]) \
                    and not (_TWO_KINDS.search(m.group(1)) and all(x[-1] in m.group(1)[-2:] for x in got[0])):
                got = None
            if got is not None:
                # (a count of kinds — 两类执法（涉企执法、跨部门联合执法） — whose names share the noun's head: each name
                # is one kind, not kinds of one thing counted)
                names, alt = got
                kinds = q.unit in ("类", "种") and bool(m.group(1))
                if kinds and len(names) != alt:
                    # (the last joins two names: each side ending with the noun is one kind — A、B和C)
                    tail = re.split(r"以及|和|及|与", names[-1])
                    kinds = all(len(x) > 1 and x.endswith(m.group(1)[-1]) for x in tail)
                    names = names[:-1] + tuple(tail) if kinds else names
                out.append(Enumeration(q.start, q.end + m.end(), q, names, len(names) if kinds else alt, each=kinds))
    if "——" in text:
        # the names after a dash right after the count and its noun (4个行业数据平台——公安数据平台、教育数据平台、…):
        # up to the clause's end, every name ending with the noun's last character (a dash may open a description)
        for q in things:
            m = _ENUM_DASH.match(text, q.end)
            if m is None:
                continue
            got = _enum_names(m.group("names"))
            if got is not None and not got[0][-1].endswith(m.group("noun")[-1]):
                # (三个光荣院——城东光荣院、桥头光荣院和溪口光荣院已全部投入使用: the clause's predicate after the last name —
                # 已/均/全部… right after the noun's last character — closes the names)
                cut = _DASH_PREDICATE.search(got[0][-1])
                if cut is not None and cut.start() > 0 and got[0][-1][cut.start() - 1] == m.group("noun")[-1]:
                    got = _enum_names("、".join(got[0][:-1] + (got[0][-1][:cut.start()],)))
            # (names closed by a second dash are set off as the noun's apposition — 5个街道——城关、新华…——: they are the
            # things counted, whatever their last character)
            if got is not None and (all(x.endswith(m.group("noun")[-1]) for x in got[0])
                                    or text.startswith("——", m.end())):
                out.append(Enumeration(q.start, m.end(), q, got[0], got[1], each=True))
    if "、" in text or "”“" in text or ("”" in text and _ENUM_QUOTES_JOINED.search(text) is not None) \
            or "和" in text or "与" in text or "及" in text:
        # (names in ASCII quotes read as in Chinese ones: "打假、清无、打骗"三大战役; …计算机网"三网"融通)
        out.extend(_names_before(doc, _ASCII_QUOTED.sub(r"“\1”", text) if '"' in text else text))
    # the later readings add only counts no earlier reading took (each reading's own counts all stay)
    read = {e.count.start for e in out}

    def add(found) -> None:
        new = [e for e in found if e.count.start not in read]
        out.extend(new)
        read.update(e.count.start for e in new)

    if "—" in text or "-" in text or "－" in text:
        add(_chain_before(text))
    if "项" in text:
        add(_clause_items(text))
    glued = _glued_before(text)
    if "内" in text or "下" in text:
        glued += _scope_pairs(text)
    if glued:
        add(glued)
    if "个1" in text:
        add(_rates_at_one_value(text))
    if "：" in text or ":" in text or "即" in text or "“" in text or "（" in text or "(" in text or "指" in text:
        add(_items_after(text))
    if "：" in text or ":" in text or "一是" in text or "第一" in text or "（一）" in text:
        add(_ordinal_items(text))
    if "：" in text or ":" in text:
        add(_digit_colon_items(text))
    if "大" in text:
        add(_glossed_big(text))
    if "：" in text or ":" in text:
        add(_composed_terms(text))
    if "\n" in text and ("：" in text or ":" in text or "。" in text):
        add(_section_items(doc, text))
    if "1" in text:
        add(_numbered_items(text))
    if "”" in text:
        add(_quoted_list_before(text))
    if "——" in text:
        add(_dash_items(text))
    if "。" in text:
        add(_lead_sentence_items(text))
    if "：" in text or ":" in text:
        add(_headed_items(text))
    if "以上" in text or "上述" in text:
        add(_back_counted(text))
    add(_back_referenced(doc, text))
    if "分别" in text:
        add(_forward_referenced(text))
    if "《" in doc.text:
        add(_titles_counted(doc))
    from .announced import announced_counts
    add(announced_counts(doc))
    out.sort(key=lambda e: e.start)
    c["enumerations"] = out
    return out


#: a glossary entry's term opening its line (2.五个中心： / “三个基地”： / （3）四大园区：): its count, its noun (the things'
#: head: their last two characters) and the colon; the rest of the line explains it
_HEADED_TERM = lazyre.compile(r"(?P<n>十[一二三四五六七八九]?|[两三四五六七八九]|[2-9])(?P<w>个|大|座|所|家|条|处)"
                              r"(?P<noun>[\u4e00-\u9fff]{0,4}?(?P<head>[\u4e00-\u9fff]{2}))”?[：:]")
#: what may stand between a line's start and the term (its number, an opening quote)
_HEADED_LEAD = lazyre.compile(r"[ \t\u3000]*(?:\d{1,3}\s*[.．、]|[（(]\d{1,3}[)）]|［\d{1,3}］)?\s*“?")
#: what makes the entry's names no list of every thing counted: some of them (其中, 已, 等), another count, a figure
_HEADED_NOT = lazyre.compile(r"其中|等|之一|部分|已|[0-9０-９]|(?<![第])(?:[一二两三四五六七八九十]+)(?:个|大|座|所|家|条|处)")


def _headed_items(text: str) -> List[Enumeration]:
    """A glossary entry's count and the names of the things it counts, wherever they stand in the entry's line after a
    clause (五个中心：市委十二次党代会提出，加快建设金融中心和物流中心、数据中心、会展中心和创新中心): the names are those
    ending with the noun's head (中心), joined by 、/和/及/与 in one run — every side of a join ends with the head, so
    each is one thing.  Read only when the line holds one such run of two names or more and no other name with the head,
    and nothing saying the names are some of the things (其中, 等, 之一, 已) or counting something else."""
    out: List[Enumeration] = []
    for m in lazyre.finditer(_HEADED_TERM, text):
        bol = text.rfind("\n", max(0, m.start() - 12), m.start()) + 1
        if (bol == 0 and m.start() > 12) or _HEADED_LEAD.fullmatch(text, bol, m.start()) is None:
            continue      # (the term opens its line)
        head = m.group("head")
        eol = text.find("\n", m.end())
        eol = len(text) if eol < 0 else eol
        line = text[m.end():eol]
        if not line or _HEADED_NOT.search(line) or "“" in line or "（" in line or "(" in line:
            continue
        run = re.compile(r"[^、，,。；;：:和及与\s]{1,12}?" + head + r"(?:(?:、|和|及|与|以及)[^、，,。；;：:和及与\s]{1,12}?"
                         + head + r")+(?=[，,。；;！？!?]|$)")
        runs = list(run.finditer(line))
        if len(runs) != 1 or line.count(head) != len(re.findall(r"(?:、|和|及|与|以及)", runs[0].group())) + 1:
            continue
        r = runs[0]
        # the first name may follow a verb inside its stretch (加快建设金融中心): the names are split at the joins
        names = re.split(r"、|以及|和|及|与", r.group())
        if any(len(x) < len(head) + 1 for x in names):
            continue      # (a bare head is no name: 中心和中心)
        v = None
        for v in _ENUM_START.finditer(names[0]):
            pass
        if v is not None and len(names[0]) - v.end() > len(head):
            names[0] = names[0][v.end():]     # (加快建设金融中心 → 金融中心, for the message)
        q = _count_q(m.start("n"), m.group("n"), m.group("w"))
        out.append(Enumeration(m.start("n"), m.end() + r.end(), q, tuple(names), len(names), each=True,
                               lo=len(names), after=True))
    return out


#: a run of titles (《…》, a short bracket of its own after one: 《…》（试行）), with or without separators between
_TITLE_RUN = r"(?:《[^《》\n]{1,60}》(?:[（(][^（()）\n]{1,8}[）)])?(?:、|以及|和|及|与)?){2,30}"
_TITLE_UNITS = r"(?P<w>部|件|项|个|份|本|篇|套)(?![以多余])"
_TITLE_NUM = r"(?P<n>十[一二三四五六七八九]?|[两三四五六七八九]|[1-3]\d|[2-9])(?![\d.．])"
#: titles right before their count (《甲条例》《乙条例》两部法规; 《…》、《…》等3件; 《…》《…》，共3部), or a count and its noun with the titles
#: in a bracket right after it (出台规范性文件3件（《…》《…》《…》）)
_TITLES_BEFORE = lazyre.compile(
    r"(?P<titles>" + _TITLE_RUN + r")(?<=[》）)])(?P<deng>等)?(?:[，,]\s*(?:共计|合计|总计|共))?" + _TITLE_NUM + _TITLE_UNITS
    + r"(?P<noun>[\u4e00-\u9fff]{0,8})")
_TITLES_BRACKET = lazyre.compile(
    _TITLE_NUM + _TITLE_UNITS + r"(?P<noun>[\u4e00-\u9fff]{0,8}?)[（(](?P<titles>" + _TITLE_RUN + r")(?<=[》）)])(?P<deng>等)?[）)]")
_TITLES_NUM_BEFORE = frozenset("0123456789零〇一二两三四五六七八九十百千万第")
#: what makes the titles no list of the things counted: documents made for them (配套文件, 实施细则), what is said of them
_TITLES_NOT = lazyre.compile(r"配套|细则|实施|相关|解读|宣传|释义|辅导|培训|修改|修订|下位|条款|章|节|问题|意见建议|建议")


def _titles_counted(doc: "Document") -> List[Enumeration]:
    """A count and the titles of the documents it counts, one thing a title (read from the document's own text: the folded
    text masks titles): the titles right before the count, or in a bracket right after the count and its noun.  等 after
    the titles makes the list partial (only a count below the titles is a finding); a noun of documents made for the
    titles (配套文件, 实施细则) or said of them is not read; two titles alike make the count unclear."""
    out: List[Enumeration] = []
    raw = fullwidth_text(doc)     # (full-width digits as ASCII: 《…》《…》６件)
    found = [(m, True) for m in lazyre.finditer(_TITLES_BEFORE, raw)]
    if "（" in raw or "(" in raw:
        found += [(m, False) for m in lazyre.finditer(_TITLES_BRACKET, raw)
                  if not (m.start() and raw[m.start() - 1] in _TITLES_NUM_BEFORE)]
    for m, before in found:
        if _TITLES_NOT.search(m.group("noun")):
            continue
        names = re.findall(r"《[^《》]+》", m.group("titles"))
        if len(set(names)) < len(names):
            continue
        partial = m.group("deng") is not None
        if before and raw[max(0, m.start() - 1):m.start()] in ("等", "、", "和", "及", "与"):
            continue      # (the run is the tail of a longer list)
        q = _count_q(m.start("n"), m.group("n"), m.group("w"))
        out.append(Enumeration(m.start(), m.end(), q, tuple(names), 99 if partial else len(names), each=True,
                               lo=len(names), after=not before))
    return out


#: a count pointing back to all that stands before it, opening its sentence (以上3个行业 / 上述四家企业; never 这两个, which
#: may point to the last names only): its noun's head is its last two characters
_BACK_COUNT = lazyre.compile(r"(?:以上|上述)(?P<n>十[一二三四五六七八九]?|[两三四五六七八九]|[2-9])"
                             r"(?P<w>个|家|所|座|条|项|处)(?P<noun>[\u4e00-\u9fff]{0,4}?(?P<head>[\u4e00-\u9fff]{2}))"
                             r"(?![\u4e00-\u9fff]{0,2}(?:中|里|内|外|和|及|与|、))")


def _back_counted(text: str) -> List[Enumeration]:
    """A count pointing back to the sentences before it in its paragraph, each of which opens with the name of one thing
    counted (化工行业完成整治。建材行业…。冶金行业…。以上3个行业全部达标。): as many things as sentences.  Read only when
    every sentence from the paragraph's start opens with a name ending with the count's noun (its last two characters),
    names that noun once and no other way, and no two sentences name the same thing."""
    out: List[Enumeration] = []
    for m in lazyre.finditer(_BACK_COUNT, text):
        k = m.start()
        while k > 0 and text[k - 1] in " \t\u3000":
            k -= 1
        if k > 0 and text[k - 1] not in "。！？!?\n":
            continue      # (the count opens its sentence)
        head = m.group("head")
        p0 = text.rfind("\n", max(0, m.start() - 2000), m.start()) + 1
        if p0 == 0 and m.start() > 2000:
            continue      # (a paragraph longer than that is no list of parallel sentences)
        sents = [x.strip(" \t\u3000") for x in re.split(r"(?<=[。！？!?])", text[p0:m.start()])]
        sents = [x for x in sents if x]
        if len(sents) < 2 or not sents[-1].endswith(("。", "！", "？", "!", "?")):
            continue
        lead = re.compile(r"[\u4e00-\u9fff]{1,10}?" + head)
        names = []
        for x in sents:
            h = lead.match(x)
            if h is None or x.count(head) != 1 or _ENUM_BEFORE_VERB.search(h.group()):
                break
            names.append(h.group())
        if len(names) != len(sents) or len(set(names)) < len(names):
            continue
        q = _count_q(m.start("n"), m.group("n"), m.group("w"))
        out.append(Enumeration(m.start("n"), m.end(), q, tuple(names), len(names), each=True, lo=len(names)))
    return out


#: a count pointing back to things named before it (这4个街道, 此三家企业, 上述两个项目, 该两所学校) or a count of places
#: with no measure word opening its phrase (两地…, 有力促进了三区…, 两市…): the numeral, the measure word, the noun
_REF_COUNT = lazyre.compile(
    r"(?:(?P<ref>这|此|上述|以上|前述|该)(?P<n>十[一二三四五六七八九]?|[两三四五六七八九]|[2-9])"
    r"(?P<w>个|家|所|座|条|项|处|位|名|支|类|大)(?P<noun>[\u4e00-\u9fff]{1,6})"
    r"|(?<![\d零〇一二两三四五六七八九十百千万第全本各某该这此那哪每单多几“])(?P<n2>[两三四五六七八九])(?P<place>地|区|市|县|镇|乡|省|国|城)"
    r"(?![一二两三四五六七八九十\d]|[区市县镇乡省国城级”]))")
#: a run of names: at least two at 、, the last may join one more with 和/及/与
_REF_RUN = lazyre.compile(r"(?P<run>[^、，,。；;：:！？!?\n“”（）()《》和及与]{1,14}"
                          r"(?:、[^、，,。；;：:！？!?\n“”（）()《》和及与]{1,14})+(?:(?:和|及|与|以及)[^、，,。；;：:！？!?\n“”（）()《》和及与]{1,14})?)")
#: two names joined by 和/及/与 and no 、 (read where no run at 、 stands)
_REF_PAIR = lazyre.compile(r"(?P<run>[^、，,。；;：:！？!?\n“”（）()《》和及与]{1,14}(?:和|及|与)[^、，,。；;：:！？!?\n“”（）()《》和及与]{1,14})")
#: what makes a run no list of the things a count points back to: some of them (等), figures, other counts
_REF_RUN_NOT = lazyre.compile(r"等|[0-9０-９%％]|[两三四五六七八九十][个家所座条项处位名支类大]|其中|其余|分别")


def _ref_places(doc: "Document", text: str) -> frozenset:
    """The place names a count of places (两地, 三区) may point back to: the provinces and prefectures (full and short
    names) and the county-level divisions the document may mean (:func:`_county_names`)."""
    c = _cache(doc)
    if "ref_places" not in c:
        c["ref_places"] = frozenset(_big_places() | _county_names(doc, text))
    return c["ref_places"]  # type: ignore[return-value]


def _ref_names(run: str) -> Tuple[List[str], int, int]:
    """The names of a run and the fewest and most things they are: split at 、 and at the last join (A、B和C: three);
    a join inside a name may join two (most one more each)."""
    parts = [x.strip() for x in run.split("、")]
    last = re.split(r"以及|和|及|与", parts[-1])
    names = parts[:-1] + [x.strip() for x in last]
    inner = sum(1 for x in names[:-1] if re.search(r"[和及与]", x))
    # (与 may join the list to a partner rather than add a name: 甲、乙与丙合作 — one fewer then)
    fewer = 1 if len(last) > 1 and "与" in parts[-1] else 0
    return names, len(names) - fewer, len(names) + inner


def _back_referenced(doc: "Document", text: str) -> List[Enumeration]:
    """A count pointing back to the names listed before it, in its sentence or the one before (东湖、西岭、南桥、北港街道
    率先开展试点。经过一年实践，这4个街道…; 靖西、那坡退出贫困县序列，两地…; 宝安、光明、龙华…，有力促进了三区…): the
    things it counts are the names of the nearest list that names them — every name ends like the count's noun (街道, 企业)
    or, for a count of places (两地, 三区), every name is a place the document may mean.  Lists between that name other
    things are passed over; a list marked partial (等), holding figures or counts, or a place named alone between the list
    and the count (甲、乙两市与丙市合作，三地…) makes the count unclear: not read.  The count is consistent when any list
    from the one it binds to up to the count holds as many names (这两个 may point to the last names only)."""
    out: List[Enumeration] = []
    places = None
    for m in lazyre.finditer(_REF_COUNT, text):
        n_ = m.group("n") or m.group("n2")
        s = m.start("n") if m.group("n") else m.start("n2")
        # the window: the sentence before and this one up to the count (a paragraph's break ends it)
        k = max(text.rfind(c, 0, s) for c in "。！？!?\n")
        k0 = max(text.rfind(c, 0, k) for c in "。！？!?\n") if k >= 0 and text[k] != "\n" else k
        # (a count of places with no measure word may name a set the reader knows — 六区和光明新区 —: only names in its
        # own sentence, and never a count joined to other names)
        if m.group("place") is not None:
            k0 = k
            if text[m.end():m.end() + 1] in "和及与、" or text[max(0, s - 1):s] in "和及与、":
                continue
        lo_ = max(0, k0 + 1, s - 160)
        window = text[lo_:m.start()]
        if window.count("“") != window.count("”"):
            continue
        runs = []
        listed = list(_REF_RUN.finditer(window))
        # (two names joined, no 、: only in the stretches no run at 、 covers)
        cuts = [0] + [x for r in listed for x in (r.start(), r.end())] + [len(window)]
        pairs = [r for a, b in zip(cuts[::2], cuts[1::2]) for r in _REF_PAIR.finditer(window, a, b)]
        for r in sorted(listed + pairs, key=lambda r: r.start()):
            body = r.group("run")
            names, lo, hi = _ref_names(body)
            if _REF_RUN_NOT.search(body) or any(not x for x in names):
                runs.append((r, None, 0, 0))      # (a list of something uncertain: marks the boundary only)
                continue
            runs.append((r, names, lo, hi))
        if not runs:
            continue
        place = m.group("place")
        if place is not None:
            if places is None:
                places = _ref_places(doc, text)
            suffix = re.compile(r"(?:区|县|市|镇|乡|省|州|盟|旗|街道|新区)$")

            def binds(names: List[str]) -> Optional[List[str]]:
                # (the first name may follow a verb: its last two to four characters are a place; the last name may
                # go on with the predicate: its first two to four characters are)
                first = next((names[0][-k:] for k in (4, 3, 2) if len(names[0]) >= k
                              and (names[0][-k:] in places or suffix.search(names[0][-k:]))), None)
                last = next((names[-1][:k] for k in (6, 5, 4, 3, 2) if len(names[-1]) >= k
                             and (names[-1][:k] in places or (len(names[-1]) == k and suffix.search(names[-1])))), None)
                mid = names[1:-1]
                if first is None or last is None or not all(x in places or suffix.search(x) for x in mid):
                    return None
                return [first] + mid + [last]
        else:
            noun = m.group("noun")
            head = noun[:2] if len(noun) >= 2 else noun

            def binds(names: List[str]) -> Optional[List[str]]:
                # (every name ends with the noun's first word — 东湖街道、西岭街道; or the last name carries it for all:
                # 东湖、西岭、北港街道 — never a shorter name than the noun; the last name may go on with the predicate:
                # it ends at the noun)
                j = names[-1].find(head)
                if j <= 0:
                    return None
                last = names[-1][:j + len(head)]
                ns = names[:-1] + [last]
                if all(x.endswith(head) and len(x) > len(head) for x in ns):
                    return ns
                # (the last name carrying the noun for all: only in a run at 、, never two names joined)
                if "、" in run_body and all(head not in x for x in ns[:-1]):
                    return ns
                return None
        bound = got = None
        for i in range(len(runs) - 1, -1, -1):
            r, names, lo, hi = runs[i]
            run_body = r.group("run")
            got = binds(names) if names is not None and len(names) >= 2 else None
            if got is not None:
                bound = i
                break
        if bound is None:
            continue
        r, names, lo, hi = runs[bound]
        names = got
        if runs[bound:] and any(x[1] is None for x in runs[bound + 1:]):
            continue      # (a list of something uncertain between the names and the count)
        # (what follows the last name in its stretch: a place named alone there may be one of the places counted)
        gap = window[r.start() + r.group().rfind(names[-1]) + len(names[-1]):]
        if place is not None and any(p in gap for p in places if len(p) >= 2):
            continue      # (甲、乙两市与丙市合作，三地…)
        if place is None and head in gap:
            continue      # (another name of the noun there: 东湖、西岭街道…。北港街道…，这两个街道)
        v = int(n_) if n_.isdigit() else _ENUM_CN.get(n_) or (10 + " 一二三四五六七八九".index(n_[1:] or " "))
        # consistent when any list from the bound one to the count holds as many (这两个 may point to the last names)
        fits = [(x[2], x[3]) for x in runs[bound:] if x[1] is not None]
        if any(a <= v <= b for a, b in fits):
            lo_n, hi_n = lo, hi
            if not lo <= v <= hi:
                lo_n, hi_n = v, v      # (a nearer list holds as many: the count is consistent)
        else:
            lo_n, hi_n = lo, hi
        q = _count_q(s, n_, m.group("w") or m.group("place"))
        out.append(Enumeration(lo_ + r.start(), m.end(), q, tuple(names), hi_n, each=True, lo=lo_n))
    return out


#: a count closing its sentence (实现三个总量下降。 / 实现“三个下降”。 / 出现两个回升：): the numeral, the measure word, the
#: noun, then the stop
_FWD_COUNT = lazyre.compile(r"(?<![\d零〇一二两三四五六七八九十百千万第前之])(?P<n>十[一二三四五六七八九]?|[两三四五六七八九]|[2-9])"
                            r"(?P<w>个|项|大|类|种)(?P<noun>[\u4e00-\u9fff]{1,6})”?(?P<stop>[。：:])")
#: a change named as the noun of such a count (“三个下降”): the items are the quantities that changed so
_FWD_CHANGE = lazyre.compile(r"(?:下降|增长|提高|提升|减少|上升|增加|降低|回升|增速)$")


def _forward_referenced(text: str) -> List[Enumeration]:
    """A count closing its sentence and the names opening the next one, each given its value by 分别 (资源消耗实现三个
    总量下降。用水总量、用电总量、用地总量分别下降…; 实现“三个下降”。A、B、C分别下降…): as many things as names.  The
    names bind when every one ends like the count's noun (总量 → …总量), or when the noun is a change (下降) stated right
    after 分别.  Silent when the sentence goes on naming such things after its first clause (another item may follow),
    or opens otherwise (其中A、B…: some of them); when the sentence after opens with names at 、 or states the noun or the
    change again, the items may go on there: only a count below the names is a finding."""
    out: List[Enumeration] = []
    for m in lazyre.finditer(_FWD_COUNT, text):
        noun = m.group("noun")
        p = m.end()
        # the names: from the next sentence's start up to 分别 in its first clause
        g = re.compile(r"[^，,。；;！？!?\n]{2,80}?(?=分别)").match(text, p)
        if g is None:
            continue
        r = _REF_RUN.fullmatch(text, p, g.end())
        if r is None:
            continue
        body = r.group("run")
        if _REF_RUN_NOT.search(body):
            continue
        names, lo, hi = _ref_names(body)
        # (the last name ends at the run: 分别 follows it)
        change = _FWD_CHANGE.search(noun)
        if change is not None:
            verb = change.group()
            if not text.startswith(verb, r.end() + 2):
                continue
            key = verb
        else:
            head = noun[-1]
            if not all(len(x) >= 2 and x.endswith(head) for x in names):
                continue
            key = head
        # the rest of the sentence after the values' clause names no other such thing
        e = min([k for k in (text.find(c, r.end()) for c in "。！？!?\n") if k >= 0] or [len(text)])
        c1 = min([k for k in (text.find(c, r.end(), e) for c in "，,；;") if k >= 0] or [e])
        if key in text[c1:e]:
            continue
        # the sentence after may go on with more items (“八个明显下降”。A、B、C、D分别下降…。E、F、G、H排放总量，按期完成…):
        # when it opens with names at 、 or states the noun or change again, the names are only the fewest
        e2 = min([k for k in (text.find(c, e + 1) for c in "。！？!?\n") if k >= 0] or [len(text)])
        nxt = text[e + 1:e2] if e < len(text) and text[e] != "\n" else ""
        if nxt and (key in nxt or _REF_RUN.match(nxt) is not None):
            hi = 99
        q = _count_q(m.start("n"), m.group("n"), m.group("w"))
        out.append(Enumeration(m.start("n"), r.end(), q, tuple(names), hi, each=True, lo=lo, after=True))
    return out


#: a count of rates that all reach one value, right after the rates named (办结率、满意率实现“两个100%”; 答复率和满意度
#: 均达到两个100%): 个 and a percentage after the count, the verb and a quote between the names and the count
_RATES_AT = lazyre.compile(r"(?P<n>[2-9两三四五六七八九])个(?=100(?:\.0+)?[%％]”?)")
#: what may stand between the last rate named and the count (均实现“, 都达到, 实现)
_RATES_GAP = lazyre.compile(r"(?:均|都|全部|同时)?(?:实现了?|达到了?|保持|达)?“?$")
#: a rate's name: ends with 率 or 度 (满意度), no figure
_RATE_NAME = lazyre.compile(r"[\u4e00-\u9fff]{1,10}(?:率|度)")


def _rates_at_one_value(text: str) -> List[Enumeration]:
    """Counts of rates at one value (N个100%) after the rates they count, split at 、 and at a 和/及/与 between two rates
    (办结率和满意度实现两个100%; 答复率、满意度两个100%).  Every name must be a rate (…率, …度): never other words before
    the count (实现“两个100%”; 群众满意度两个100%: one name)."""
    from ..quantities import Quantity
    out: List[Enumeration] = []
    for m in _RATES_AT.finditer(text):
        s = m.start("n")
        lo = max(text.rfind(ch, max(0, s - 60), s) for ch in _ENUM_STOP) + 1
        if lo <= 0 and s > 60:
            continue
        body = text[lo:s]
        body = body[:_RATES_GAP.search(body).start()]
        names = [x for x in re.split(r"、|和|及|与", body)]
        if len(names) < 2 or not all(_RATE_NAME.fullmatch(x) for x in names):
            continue
        n = m.group("n")
        v = int(n) if n.isdigit() else _ENUM_CN[n]
        q = Quantity(s, s + 2, s, s + 1, float(v), float(v), 0, 1, "个", chinese=not n.isdigit())
        out.append(Enumeration(lo, m.end(), q, tuple(names), len(names), each=True, lo=len(names)))
    return out


#: a count of things right after the names it counts, and the noun it counts (3个重庆实验室, 三大先导产业, 4县; 三重压力
#: before a noun of burdens or aims only: never 三重一大);
#: two to nine: a longer list is not summed up by a count (十大行动 names a programme)
_ENUM_BEFORE = lazyre.compile(
    # (ten to thirty-nine as well — 10项, 十大, 十二个 —: a list of ten or more names printed whole before its count)
    r"(?:(?<![\d.])(?P<d>[2-9]|[1-3]\d)(?![\d.])|(?<![零〇一二两三四五六七八九十百千第])(?P<c>十[一二三四五六七八九]?|[两三四五六七八九])"
    r"(?![十百千万亿]))"
    r"(?P<w>大|个|家|所|处|项|条|座|支|类|种|部|只|艘|片|张|篇|者|方面|县|市|省|区|[位维](?=一体)|"
    # people counted after their names (张某、李某、王某三名院士; 夏克青、徐政和、杰曼诺夫三位教授): a title of people after the
    # count (checked below), never a rank (前三名, 第三位)
    r"(?<![前第])[名位](?=[\u4e00-\u9fff]{0,4}?(?:院士|教授|专家|学者|同志|代表|委员|队员|运动员|选手|作家|艺术家|科学家|企业家|"
    r"医生|教师|老师|人才|领导|干部|工程师|研究员))|重(?=压力|挑战|保障|风险|效应|功能|属性|目标|任务|作用|效果|叠加|考验|困难|优势|机遇)|级(?!甲|乙|丙|医院|以上|以下|及|综合|专科|公立|[\u4e00-\u9fff]{0,2}医院)"
    # parties (属地、部门、单位、个人四方责任; 政府、工会和企业三方), never 方面/方案… (not N地: 电子证照、…检查结果两地
    # 互认 counts two places named elsewhere)
    r"|方(?![面案式法向针位便言正舱阵])"
    # any noun when every name ends with it (开明公园、…、虹桥公园五园; 海港、空港、信息港三港): found by _SHARED_NOUN
    r"|(?P<sh>[\u4e00-\u9fff]))"
    # (人大 after a count of levels is the congress: 市、区两级人大代表)
    r"(?![以多余次年月日天周倍字成届轮期层位]|数(?![字据智])|人(?!大)|亿(?!级)|万(?!亿|级)|小时|分钟|百分点|是|的|和|及|与|或|等(?!级)|之一|中[，,。；;、]|幅)"
    # (a count whose measure word is the noun itself may end its clause: 服务和管理六方面，; 湛江4市，)
    r"(?:(?<=方面)|(?<=[县市省区])|(?(sh)|(?=[\u4e00-\u9fffA-Za-z0-9“])))")
_ENUM_BEFORE_CHEAP = lazyre.compile(r"(?:[1-3]\d|十[一二三四五六七八九]?|[2-9两三四五六七八九])(?:大|个|家|所|处|项|条|座|支|类|种|部|只|艘|片|张|篇|者|方面|县|市|省|区|重|方|[位维]一体|[名位])")
#: the last two names end with the character that follows the count (…竹韵公园、虹桥公园五园): the count counts that noun
_SHARED_NOUN = lazyre.compile(r"([\u4e00-\u9fff])、[^，,。；;：:、！？!?\n“”（）()]{0,12}?\1(?P<n>[2-9两三四五六七八九])\1"
                              r"(?![一二两三四五六七八九十\d])")
#: the count of a :data:`_SHARED_NOUN` match between its noun twice (园五园): the pattern is tried only up to 15 characters
#: before one (its first character, a CJK class, made it be tried at every character of the text)
_SHARED_NOUN_AT = lazyre.compile(r"[2-9两三四五六七八九](?<=([\u4e00-\u9fff])[2-9两三四五六七八九])(?=\1)")
#: levels counted after the levels named (市、区、街道、社区四级; 省、市、县三级): the count right after a place word
_ENUM_LEVEL_NUM = "23456789两三四五六七八九"


def _level_counts(text: str) -> List[int]:
    """Where a count of levels stands right after the name of a level (…社区四级), found from each 级 (str.find)."""
    out = []
    k = text.find("级", 2)
    while k >= 0:
        # (after a level's name — 省、市、县三级 — or any other: 街道、社区、小区、家庭四级; 主干道、次干道、支路三级 — the
        # names before it are read like those before any count)
        if text[k - 1] in _ENUM_LEVEL_NUM and ("\u4e00" <= text[k - 2] <= "\u9fff" or text[k - 2] in "）)”"):
            out.append(k - 1)
        k = text.find("级", k + 1)
    return out
#: places counted as the places named (惠及云浮、阳江、茂名、湛江4市; 福田、罗湖两区): no place below them is in the tail
_ENUM_PLACE_UNITS = ("县", "市", "省", "区")
#: a count opening a quoted slogan right after the names it counts (外防输入、区域协同、粤港澳联防联控“三道防线”; 新建布局、
#: 优化提升、整合重组、调整淘汰“四个一批”; 电动汽车、锂电池、光伏产品“新三样”; 总产、单产、播种面积“三增长”): the quote
#: holds the count and a noun or a change word, no other numeral (“三区一堡”, “两不一欠”) and never N连 (“六连增”: years
#: in a row, not the things named)
_ENUM_QUOTED = lazyre.compile(
    r"“新?(?P<n>[2-9两三四五六七八九])(?!连)(?P<w>(?:大|个|家|所|项|条|座|支|类|种|部|道|样|张|件|篇|方面|[位维](?=一体))?)"
    # (零 opening the noun is a count of none, not a numeral: 较大事故、…亡人事故“四个零发生”; N位一体 counts the names
    # joined into one: 托养、日间照料、居家养老、医养结合“四位一体”)
    # (“四个全省第一”: firsts of the measures named, 第一 an ordinal, not a count)
    # (a deed done to each thing named may hold 一: “四统一”, “三合一”)
    r"(?P<rest>一批|(?<=[位维])一体|(?:统一|合一)(?=”)|(?<=[个项])(?:全[国省市区县])?第一|零?[^“”\d零〇一二两三四五六七八九十百千万亿，,。；;、：:（）()\n]{0,6})”")
#: a quoted count of changes (三增长, 三下降, 四个翻番): the names are the quantities that changed, and a verb or a span
#: may stand between them and the count (常住人口实现“四个翻番”; 单产连续4年“三增”)
_ENUM_CHANGE = lazyre.compile(r"(?:增长|增加|增|提升|提高|上升|下降|降低|减少|缩减|减|翻番|翻一番)")
_ENUM_CHANGE_GAP = lazyre.compile(r"(?:均|都|同时|同步|持续|逐年|连续\d+年|连续[二三四五六七八九十]+年)?(?:实现|保持)?$")
#: what ends the stretch of names before a count
_ENUM_STOP = "，,。；;：:！？!?\n（）()【】[]"
#: the last character of _ENUM_STOP in a stretch (searched with pos/endpos: one call in C instead of an rfind per character)
_ENUM_LAST_STOP = lazyre.compile("[" + re.escape(_ENUM_STOP) + "](?=[^" + re.escape(_ENUM_STOP) + "]*\\Z)")
#: a verb between the names and the count makes the count the verb's object, not the names' number (在美国、加拿大、
#: 以色列设立4家海外创新中心; 用市场化、法治化手段推动五大任务; 坚持和平共处五项原则), and 各/分别/均 count per name
_ENUM_BEFORE_VERB = lazyre.compile(
    r"各|分别|均|(?<!公)共|合计|累计|总计|的|之|等|推动|推进|实施|开展|打好|打赢|抓好|建设|建成|设立|支持|覆盖|"
    r"引领|援助|提出|实现|组成|获得|获评|进入|纳入|列入|入选|成为|委托|落实|打造|取消|出台|发布|启动|完成|举办|组织|带领|"
    r"成立|谋划|构建|加快|开发|新增|新建|改建|扩建|改造|提升|培育|认定|评为|评定|贯彻|坚持|坚定|增强|做到|宣传|落地|形成|"
    r"拥有|共有|涉及|包括|包含|(?:达到?|为|有|占)$|位列|跻身|属于|以及|带动|吸引|引进|签约|围绕|聚焦|针对|面向|依托|"
    r"辐射|对接|帮扶|结对|援建|开通|连接|设置|增设|新设|建立|创建|争创|申报|获批|评选|选树|命名")
_ENUM_BEFORE_VERB_Q = lazyre.compile(_ENUM_BEFORE_VERB.pattern.replace("(?<!公)共", "(?<!公)共(?!享)"))
#: the count's noun is the kind of body the names end with (3所医院, 4所公立医院, 2所大学已…): KIND stands for that body
#: word; another noun after it makes something else (3个大学科技园); words that grade or class the body may stand
#: before it, one or two (2家三级医院, 3所省级重点中学: 学校's kind is read by its own word only)
_OWN_KIND_NOUN = lazyre.compile(r"(?:公立|公办|民办|市属|区属|省属|省级|市级|区级|县级|国家级|新的?|[二三]级(?:甲等)?|[二三]甲|综合|专科|"
                                r"重点|示范|高水平|国有|股份制|商业|法人){0,2}KIND(?=$|[的获入建开投完通正已先均全陆相顺])")
#: the last name is a body that holds the things counted (深圳大学、南方科技大学8个学科; 金融、精密制造领域3名人才)
_ENUM_CONTAINER = lazyre.compile(r"(?:大学|学院|学校|医院|公司|集团|银行|企业|领域|行业|系统|片区|流域|园区|地区|部门|单位|"
                                 r"国家|街道|社区|机构|乡镇)$")
#: region words a list of short names may share as their head (东、中、西、东北地区)
_SHARED_HEAD_REGIONS = frozenset(("地区", "片区", "园区", "流域"))
#: a count's noun of regions (板块, 片区, 区域, 地区, 城区, 组团, 园区)
_REGION_NOUN = lazyre.compile(r"(?:大|个|片)?(?:板块|片区|区域|地区|城区|组团|园区)")
#: facilities and projects, which short names before their count may be the sites of (格尔木、德令哈3座光热电站)
_ENUM_FACILITY = lazyre.compile(r"电站|中心|基地|项目|工程|场馆|医院|学校|站|港|机场|馆|厂|园|网点|门店|车间")
#: where the names start: after a verb, a join or a list marked partial inside the first stretch
_ENUM_START = lazyre.compile(
    r"具体为|具体是|分别为|分别是|推动|推进|实施|开展|抓好|建设|设立|支持|打造|启动|完成|举办|成立|构建|加快|新增|新建|"
    r"培育|认定|形成|围绕|聚焦|挂牌|创建|争创|获批|展开|整合为|入选|成为|跨越|迈上|连跨|面临|面对|应对|顶住|克服")
#: a name that ends with an action: the list is of actions (为实现、发展和保卫社会主义四个现代化), not of names
_ENUM_ACTION_END = lazyre.compile(r"(?:实现|推动|推进|改造|提升|新建|完善|加强|巩固|拓展|谋划|部署|保卫|维护|坚持|落实)$")


#: a pair of ASCII quotes in one line (the same length as “…”: offsets are kept)
_ASCII_QUOTED = lazyre.compile(r'"([^"\n“”]{1,40})"')
#: a short bracket closing inside a name (（境）, （园区）, （深圳）)
_NAME_BRACKET = lazyre.compile(r"[（(][\u4e00-\u9fff]{1,4}[）)]")
#: nouns of ideas, aims and burdens that a list closed by 的 names (…的三重压力, …的五大发展理念)
_ENUM_ABSTRACT = lazyre.compile(r"[\u4e00-\u9fff]{0,4}?(?:理念|压力|挑战|风险|原则|目标|要素|特征|优势|短板|矛盾|难题|使命|动力)")


#: what may follow a verb word that closes a name inside the last of a list, not a verb governing the count: a join to a
#: second name with no verb of its own (危房改造、饮水改造和致富四大帮扶工程), or 区 making a zone's noun (开发区, 建成区)
_VERB_CLOSES_NAME = lazyre.compile(r"(?:和|及|与)(?P<next>[\u4e00-\u9fff]{2,10})$|区")


def _verb_in_last(pat, last: str, others):
    """The first verb word of ``pat`` in ``last`` (the last name of a list before its count) that may govern the count —
    or None.  A verb word with an object of two characters or more before it, right before a join to a last name that
    holds no verb word, closes the name of a work when an earlier name of the list closes with the same verb word — the
    list's names are written object + verb (危房改造、饮水改造和致富四大帮扶工程: 饮水改造 is a work named, 致富 another;
    never 美国、加拿大和以色列设立和运营4家, where no name closes with 设立); a verb word right before 区 is part of a
    zone's noun (省、市、开发区三级).  Any other verb word stands between the names and the count (以色列设立4家, 手段推动
    五大任务) and the list is not read."""
    # (names that all close with the same word are alike, a verb word inside the last is its own: 城市运营、产业载体开发
    # 运营两大平台)
    if others and len(last) >= 4 and all(len(x) >= 3 and x[-2:] == last[-2:] for x in others) \
            and pat.search(last, len(last) - 2) is None:
        return None
    for v in pat.finditer(last):
        after = _VERB_CLOSES_NAME.match(last, v.end())
        if after is not None and (after.group("next") is None
                                  or (v.start() >= 2 and pat.search(after.group("next")) is None
                                      and any(x.endswith(v.group()) and len(x) > len(v.group()) for x in others))):
            continue
        return v
    return None


def _action_name(x: str) -> bool:
    """``x`` (a name inside the list, whose start is known) is an action, not a name: the action word alone, or after one
    character (…、加强、…).  An object before it makes a programme's name (照亮边境、危房改造、饮水改造和致富四大帮扶工程).
    The first name runs back to its clause's start, so any action word closing it is read as before (为实现、发展和保卫…)."""
    m = _ENUM_ACTION_END.search(x)
    return m is not None and m.start() <= 1
#: places below a county: counted in the districts or counties named (宝安、龙岗四个镇)
_ENUM_SUBPLACE = lazyre.compile(r"^(?:[\u4e00-\u9fff]{0,4}?)(?:镇|乡|街道|村|社区|小区|组团|片区|板块|街区)")
#: a noun of places of one level, counted as the places named (3个过三千亿元城市, 4个千亿县, 两个合作区)
_ENUM_PLACE_NOUN = lazyre.compile(r"^[\u4e00-\u9fff]{0,8}?(?:城市|县|地区|合作区|新区|开发区|高新区|示范区|市)"
                                  r"(?=$|[^\u4e00-\u9fff]|建设|发展|位列|入选|获|成为|被|实现|全部|均)")
#: a heading's numeral (三、全力抓好七项重点工作) or a numeral and a measure word inside a name (广东、福建两省的…)
_ENUM_HEADING = lazyre.compile(r"^\s*[一二三四五六七八九十]+$|^\s*$")
#: (一次办 / 一次性告知: a way of serving, no count)
_ENUM_INNER_COUNT = lazyre.compile(r"[一二三四五六七八九十两]+(?:[个家所项条座名位处批类种省市县区级大支部只艘张片场块套台架年月天期轮]|次(?![办辦性]))")
#: levels passed (连跨5万亿元、6万亿元两个台阶): amounts are the names
_ENUM_LEVEL = lazyre.compile(r"[\u4e00-\u9fff]{0,12}?\d+(?:\.\d+)?[万亿千百]*元?")
#: a level of government or of community (区、街道、社区三级; 市、县、乡、村四级)
_GOV_LEVEL = lazyre.compile(r"国家|中央|街道|社区|小区|网格|楼栋|乡镇|镇街|[省市县区乡镇街村组]")
_GOV_LEVEL_END = lazyre.compile(r"(?:国家|中央|街道|社区|小区|网格|楼栋|乡镇|镇街|[省市县区乡镇街村组])$")
_ENUM_CN = {"两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


#: a count of ten or more after names is the names' number only when the names are many: a list of seven or more is
#: printed whole to be counted (A、B、…、J十大战略路径; …贷款贴息10项支持政策); a handful before 十大 name a programme's aims
_ENUM_LONG_LIST = 7


def _enum_cn(n: str) -> int:
    """A count in Chinese numerals from two to nineteen (三, 十, 十二)."""
    return 10 + " 一二三四五六七八九".index(n[1:] or " ") if n[0] == "十" else _ENUM_CN[n]
_LATIN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ")
#: a quoted term glossed at the start of the clause (“3”是 / 第二个“1”是指 / “X”包括), dropped before the first name
_ENUM_GLOSS_LEAD = lazyre.compile(r"^\s*(?:第[一二三四五六七八九十]个|后面的)?“[^“”，,。；;、]{1,8}”(?:是指|是|指|即|为|包括)")
#: an item's number opening a line or clause (15. / 3、 / （2）), dropped before the first name
_ENUM_ITEM_NO = lazyre.compile(r"^\s*(?:\d{1,3}\s*[.．、]|[（(]\d{1,3}[)）])\s*")
#: a technology's name of digits and Latin letters (3D, 5G, 4K, H7N9): no figure inside a name
_ENUM_TECH_TOKEN = lazyre.compile(r"\d+[A-Za-z]+\d*|[A-Za-z]+\d+[A-Za-z]*")
#: one character after a count in quotes that may abbreviate names sharing it (名医、名院、名诊所“三名”; 生存、生活、生命
#: “三生”): read only when every name holds it
#: two quoted names joined by a word (“河长制”和“林长制”两项制度): a list of names before a count as 、 makes one
_ENUM_QUOTES_JOINED = lazyre.compile(r"”(?:和|与|及|以及)“")
_ENUM_CN_SHARED_OK = frozenset("名生网化通联优美好全新星")
#: an abbreviation's character followed by how the things named work together (产业、学业、就业“三业引领”; 先进制造业与
#: 现代服务业“两业融合”; 医疗、医保、医药“三医联动”): read when the character is in every name, whatever it is
_ENUM_SHARED_JOINT = lazyre.compile(r"(?:融合|联动|引领|协同|并举|齐发|共治|共建|共享|互动|同步|并进|统筹|贯通|协调|融通|"
                                    r"联通|互通|共促|集聚|并重|兼顾|齐抓|发展|提升|驱动|赋能|共振|叠加)")
#: a name that is itself a group of the things counted (大运山地公园、大运公园群“六园连通”)
_ENUM_GROUP_NAME = lazyre.compile(r"(?:群|系列|体系|集群|们)$")


#: names of one character each glued together before their count, with no separator: levels of government (省市县三级,
#: 市区两级, 县乡村三级, 国省市县四级, 区街两级) and places by their one-character abbreviations (京津两市, 珠澳两地, 粤港澳三地,
#: 苏浙皖三省, 青藏两省区).  Read from the count back (a count word after one of the characters: one regex in C), the
#: run of such characters before it is the names
_GLUED_LEVELS = "国省市县区乡镇村组街社國縣區鄉鎮組"
_GLUED_PLACES = ("京津冀沪苏浙皖粤港澳台川渝闽赣湘鄂豫鲁晋陕甘宁青新藏黔滇桂琼蒙辽吉黑云贵深珠广佛莞惠汕肇"
                 "滬蘇粵臺閩贛魯晉陝寧瓊遼雲貴廣")
_GLUED_COUNT = lazyre.compile(
    # (the numeral first, the character before it checked behind: a pattern opening with a set scans in C)
    r"(?P<n>[2-8两三四五六七八])(?<=[" + _GLUED_LEVELS + _GLUED_PLACES + r"][2-8两三四五六七八])"
    # a level count (三级), never a grade (三级医院, 三级甲等, 三级公路, 三级响应, 三级以上)
    r"(?P<w>级(?![甲乙丙]|医院|以上|以下|及|综合|专科|公立|公路|响应|应急|预警|资质|文物|保护|巡视员|调研员|主任|教授|"
    r"[\u4e00-\u9fff]{0,2}医院|\d)|級(?![甲乙丙]|醫院|以上|以下|及|公路)|省市|省区|地|市|省|城)")
#: two levels that reports also name as one (省、市县两级; 县、乡镇两级; 区、镇街两级): a run may hold fewer levels than
#: characters by as many such pairs
_GLUED_ONE_LEVEL = frozenset(("市县", "县市", "区县", "县区", "乡镇", "镇乡", "镇街", "街镇"))
#: what, right before the run, may add names the run does not show (中央和省市县四级; 京津冀及晋鲁豫六省市; 国家省市县四级;
#: 惠及云浮、阳江、茂名、湛江4市): the count is then not read
_GLUED_JOIN_BEFORE = lazyre.compile(r"(?:[和及与同跟、”/]|国家|中央|部委|部|周边|以及)$")
#: where the run surely starts, so that fewer things than names is impossible too: a clause's start or a verb before it
_GLUED_START = lazyre.compile(r"(?:^|[^\u4e00-\u9fff]|推动|推进|实施|开展|建设|建立|健全|完善|构建|覆盖|联通|贯通|打通|实现|发挥|成立|"
                              r"组建|优化|厘清|理顺|调动|加强|强化|落实|推行|制定|公布|设立|启动|完成|办理|盘活|统筹|整合|形成|"
                              r"打造|深化|促进|联合|推出|建成|搭建|畅通|提升|支持|协调|带动|连接|融合|合作)$")
#: a second count right after the first (沪苏浙皖三省一市, 江浙沪两省一市): the names are counted by the two together
_GLUED_SECOND = lazyre.compile(r"[一二两三四五六七八九\d](?:省|市|区|地|县|国|州|盟|直辖市)")


def _glued_before(text: str) -> List[Enumeration]:
    """Counts right after names of one character each glued together (省市县三级; 京津两市): as many things as
    characters — for levels, one fewer for each pair reports also name as one level (市县, 乡镇, 镇街).  Fewer things
    than the characters is read only when the run surely starts where it seems to (a clause's start or a verb before
    it: 完善省市县三级); a join or a body before the run (中央和省市县四级, 国家省市县四级, …及晋鲁豫六省市) or a second
    count after it (三省一市) leaves the count unread."""
    from ..quantities import Quantity
    out: List[Enumeration] = []
    for m in _GLUED_COUNT.finditer(text):
        s, w = m.start("n"), m.group("w")
        chars = _GLUED_LEVELS if w in ("级", "級") else _GLUED_PLACES
        i = s
        while i > 0 and s - i < 7 and text[i - 1] in chars:
            i -= 1
        run = text[i:s]
        if not 2 <= len(run) <= 6 or (i > 0 and text[i - 1] in _GLUED_LEVELS + _GLUED_PLACES) or "社区" in run:
            continue      # one character, or a run longer than names of levels or places are glued (社区 is one word)
        before = text[max(0, i - 8):i]
        # (a 、 right after another item's name that is no level or place — 新区旅发委、区街两级风貌委 — ends that item: the
        # run opens a name of its own; after a level's character — 市、区街两级 — it may add a level)
        joined = _GLUED_JOIN_BEFORE.search(before)
        if joined is not None and before.endswith("、") and len(before) >= 3 and "\u4e00" <= before[-2] <= "\u9fff" \
                and before[-2] not in _GLUED_LEVELS + _GLUED_PLACES + "道":
            joined = None
        if joined or _GLUED_SECOND.match(text, m.end()):
            continue
        hi = len(run)
        lo = hi
        if w in ("级", "級"):
            k = 0
            while k < len(run) - 1:
                if run[k:k + 2] in _GLUED_ONE_LEVEL:
                    lo -= 1
                    k += 2
                else:
                    k += 1
        if not _GLUED_START.search(before):
            lo = 1        # words before the run may hold a name of its first character: only more things than names
        n = m.group("n")
        v = int(n) if n.isdigit() else _ENUM_CN[n]
        q = Quantity(s, m.end(), s, s + 1, float(v), float(v), 0, 1, w, chinese=not n.isdigit())
        out.append(Enumeration(i, m.end(), q, tuple(run), hi, each=True, lo=lo))
    return out


#: two scopes glued before their count, one character and its two opposite ends (国内国际两个大局, 国际国内两个市场,
#: 国内国外两种资源, 线上线下两个渠道): the character repeated, the ends 内/外, 内/际, 上/下; only a count of kinds
#: (个, 种, 大, 类, 项, 张, 条, 方面) in a Chinese numeral — 湖南湖北三县 counts counties inside them, 创新创业团队2个
#: counts teams, and one idiom of that shape (联防联控, 共建共享) is one name, so no other ends are read
_SCOPE_PAIR = lazyre.compile(
    # (the numeral first, the end before it checked behind: a pattern opening with a set scans in C; the run is read back)
    r"(?P<n>[两二三四五六七八九])(?<=[内外际上下][两二三四五六七八九])(?P<w>个|种|大|类|项|张|条|方面)(?=[\u4e00-\u9fff“])")
_SCOPE_ENDS = frozenset(("内外", "外内", "内际", "际内", "上下", "下上"))


def _scope_pairs(text: str) -> List[Enumeration]:
    """Counts right after two scopes glued together as one character and its opposite ends (国内国际两个大局): two
    names, none before them (a join or 、 right before the run may add names: not read)."""
    from ..quantities import Quantity
    out: List[Enumeration] = []
    for m in _SCOPE_PAIR.finditer(text):
        s, n = m.start("n"), m.group("n")
        i = s - 4
        run = text[max(0, i):s]
        if len(run) != 4 or run[0] != run[2] or not "\u4e00" <= run[0] <= "\u9fff" or run[1] + run[3] not in _SCOPE_ENDS:
            continue
        if _GLUED_JOIN_BEFORE.search(text, max(0, i - 4), i) or (i >= 2 and text[i - 2] == run[0]):
            continue      # another name before the run (A、国内国际…; 国外国内国际)
        q = Quantity(s, m.end(), s, s + 1, float(_ENUM_CN.get(n, 2)), float(_ENUM_CN.get(n, 2)), 0, 1, m.group("w"),
                     chinese=True)
        out.append(Enumeration(i, m.end(), q, (run[:2], run[2:]), 2, each=True, lo=2))
    return out


#: names joined by a dash, three or more, right before their count (区—街道—社区三级; “社区—居家—机构”三级; 欧洲—中国—东盟
#: 三大市场; 医—校—社三方): the chain opens its clause (or a quote), holds no 、 (a dash inside an item of a 、-list joins
#: one name: 中山大道—东纵路 is one crossing) and no digit (1-2个, 2019—2021年)
#: a dash between two names, and the last clause start or quote before it
_CHAIN_DASH = lazyre.compile(r"[—－-](?<=[\u4e00-\u9fff）)][—－-])(?=[\u4e00-\u9fff（(])")
_CHAIN_OPEN = lazyre.compile(r"[，,。；;：:！？!?\n“（(](?=[^，,。；;：:！？!?\n“]*\Z)")
_CHAIN_NAME = r"(?:[\u4e00-\u9fff](?<![一二三四五六七八九十两和及与])|[（(][\u4e00-\u9fff]{1,4}[）)])"
_CHAIN_BEFORE = lazyre.compile(
    r"(?:(?<=[，,。；;：:！？!?\n“（(])|^)(?P<chain>" + _CHAIN_NAME + r"{1,16}(?:[—－-]" + _CHAIN_NAME + r"{1,16}?){2,7})”?"
    r"(?P<n>[3-9三四五六七八九])(?P<w>级(?![甲乙丙]|医院|以上|以下|及|公路|[\u4e00-\u9fff]{0,2}医院)|层|大|方|个|类)"
    r"(?![以多余次年月日天周倍字数成届轮期万亿])", re.M)


def _chain_before(text: str) -> List[Enumeration]:
    """Counts right after names joined by a dash (区—街道—社区三级; “国资委—…—国有企业”三层): as many things as the names
    of the chain (three to eight), read only when the chain opens its clause or a quote."""
    from ..quantities import Quantity
    out: List[Enumeration] = []
    seen = -1
    # (from each dash between two names — rare, one scan in C — back to its clause's start, where the chain must open:
    # the whole-text pattern, tried at every clause start, cost a twentieth of a corpus run)
    for d in lazyre.finditer(_CHAIN_DASH, text):
        if d.start() < seen:
            continue
        k = _CHAIN_OPEN.search(text, max(0, d.start() - 17), d.start())
        if k is None and d.start() > 16:
            continue
        m = _CHAIN_BEFORE.match(text, k.end() if k is not None else 0)
        if m is None:
            continue
        seen = m.end()
        names = re.split(r"[—－-]", m.group("chain"))
        if any(not x for x in names):
            continue
        s, n = m.start("n"), m.group("n")
        v = int(n) if n.isdigit() else _ENUM_CN[n]
        q = Quantity(s, m.end(), s, s + 1, float(v), float(v), 0, 1, m.group("w"), chinese=not n.isdigit())
        out.append(Enumeration(m.start(), m.end(), q, tuple(names), len(names), each=True, lo=len(names)))
    return out


#: a count of items opening a clause and said of each of them (，五项工作均位列全市第一; ，两项指标增速均排名全市第三; ，这三项
#: 指标…): the items are those the sentence listed before it.  Only 项 (items of work or indicators; never places:
#: ，八个街道均成立…) and the nouns of such items
_CLAUSE_COUNT = lazyre.compile(
    r"项(?<=[2-9两三四五六七八九]项)(?P<noun>(?:主要|经济|核心)?(?:指标|工作|任务|数据|成绩)?)"
    r"(?:增速|增幅|排名)?(?P<each>均|都|全部|全都)?")
#: what opens such a clause right before the count: a comma, with a demonstrative or not (，这三项 / ，上述两项)
_CLAUSE_OPEN = lazyre.compile(r"[，,](?P<dem>这|上述|以上|此)?\Z")
#: what separates the items listed before such a count (a clause, a 、-list, 和/与/及)
_CLAUSE_ITEM_SEP = lazyre.compile(r"[，,、；;和与及]")


def _clause_items(text: str) -> List[Enumeration]:
    """A count of items opening a clause with 均/都/全部 or 这/上述 (…，新建…5座、…290公里，五项工作均位列全市第一): not
    more items than the sentence listed before it — every clause, every item of a 、-list and every name joined by 和/与/及
    is counted (brackets and quotes masked), so the count may be of the last ones only but never of more.  A list closed
    by 等 may stand for more: not read."""
    from ..quantities import Quantity
    out: List[Enumeration] = []
    for m in _CLAUSE_COUNT.finditer(text):
        # (the count found from its 项, then the comma and demonstrative right before the numeral)
        k = m.start() - 1                     # the numeral (项 is found first: a literal, scanned in C)
        o = _CLAUSE_OPEN.search(text, max(0, k - 3), k)
        if o is None or (o.group("dem") is None and m.group("each") is None):
            continue
        st = max(text.rfind(c, max(0, o.start() - 300), o.start()) for c in "。！？!?\n") + 1
        if st <= 0 and o.start() > 300:
            continue
        stretch = text[st:o.start()]
        # (brackets and quotes masked in place, so that the items are cut from the text as printed)
        before = re.sub(r"（[^（）]*）|\([^()]*\)|“[^“”]*”", lambda b: "Ｑ" * len(b.group()), stretch)
        if "等" in before or not before.strip():
            continue
        cuts = [0] + [x for c in _CLAUSE_ITEM_SEP.finditer(before) for x in (c.start(), c.end())] + [len(before)]
        items = [stretch[a:b] for a, b in zip(cuts[::2], cuts[1::2]) if before[a:b].strip()]
        if len(items) < 2:
            continue  # one clause only: the items counted are named elsewhere (地区生产总值增长6%，五项指标均…)
        s, n = k, text[k]
        v = int(n) if n.isdigit() else _ENUM_CN[n]
        q = Quantity(s, s + 2, s, s + 1, float(v), float(v), 0, 1, "项", chinese=not n.isdigit())
        out.append(Enumeration(st, m.end(), q, tuple(x.strip() for x in items), len(items), each=True, lo=1))
    return out


#: a join of two names before a count, with no 、 in its stretch (就业和税收两大核心关切; 生物制药与高端医疗器械两大产业)
_PAIR_JOIN = lazyre.compile(r"[和与及](?=[^，,。；;：:！？!?\n、（）()]*\Z)")
#: a last name that holds what the count counts (江泽民同志“三个代表”; 省委“六个…”; 残疾人两项补贴: the count is its own)
_PAIR_HOLDER = lazyre.compile(r"(?:同志|总书记|中央|省委|市委|区委|县委|党委|国务院|政府|人民|群众|残疾人|老年人|儿童|妇女|"
                              r"居民|农民|职工|企业|个人|家庭)$")
#: a last name that is a verb governing the count (深刻理解和运用好“两个结合”; 坚持和落实“两个毫不动摇”)
_PAIR_VERB = lazyre.compile(r"(?:[好了着住透牢紧]|理解|领会|把握|运用|学习|贯彻|践行|维护|捍卫|遵循|做到|坚持|落实|统筹|兼顾)$")
#: a 和/与/及 that joins two names, never one inside a word (参与, 共和, 和谐, 普及, 涉及, 及时)
_PAIR_JOIN_WORD = lazyre.compile(r"(?<![参给共总平温缓柔祥中])[和与](?![谐平美睦])|(?<![普涉惠波危提顾以来])及(?![时早格])")
#: a counted pair as the next item of a 、-list, or closing the items before (…A和B两个方向、C和D两条路子…)
_PAIR_COUNTED = lazyre.compile(r"[^、，,。；;：:！？!?\n]{1,20}?[和与及][^、，,。；;：:！？!?\n]{1,20}?[两二](?:个|条|种|项|大|支|类)")
_PAIR_COUNTED_END = lazyre.compile(r"[和与及][^、，,。；;：:！？!?\n]{1,20}?[两二](?:个|条|种|项|大|支|类)[\u4e00-\u9fff]{1,6}$")
#: a body closing with two names joined by 和/与/及 (联防联控和群防群治)
_PAIR_JOIN_END = lazyre.compile(r"[\u4e00-\u9fff]{2,8}[和与及][\u4e00-\u9fff]{2,8}$")
#: a noun right after a count, then a join (4家科技机构和企业)
_NOUN_JOIN_AFTER = lazyre.compile(r"[\u4e00-\u9fff]{1,4}(?:和|及|与)")
#: the first join after a count's noun, however long the noun (6大主题风貌区和大鹏所城、新大两大门户商圈)
_JOIN_IN_TAIL = lazyre.compile(r"[\u4e00-\u9fff]{1,12}?(?:和|及|与)")
#: a count of its own after that join, in the same clause (…3个区和西乡、布吉等7个镇; …4市帮扶协作和惠州3县): the join
#: then joins two counted phrases, not two nouns of one count
_COUNT_AFTER_JOIN = lazyre.compile(r"[^，,。；;：:！？!?\n（()）]{0,16}?(?<![\d.])(?:\d{1,3}|[两二三四五六七八九十]{1,3})"
                                   r"(?:个|家|所|项|条|座|名|位|处|批|支|类|种|县|市|区|镇|乡|村|大)")
#: a scope word as the last name (全市十佳…和全市五大…)
_PAIR_SCOPE = lazyre.compile(r"全(?:国|省|市|区|县|镇)|本(?:市|区|县)|国家|省|市|区|县")
#: a quoted count that names a model or rule of its own (“四个到底”模式): not the names' number
_PAIR_NAMED = lazyre.compile(r"(?:模式|机制|工作法|做法|经验|品牌|理念|举措|原则|要求|标准)")
#: a first name that ends with a verb: two verbs joined, the count is their object's (主动融入和服务深圳“五大中心”)
_PAIR_VERB_FIRST = lazyre.compile(r"(?:融入|参与|新签|帮助|设立|变更|修订|制定|出台|建立|健全|理解|学习|坚持|深化|"
                                  r"加强|推进|推动|支持|促进|服务|对接|融合|优化|提升|巩固|拓展|完善)$")
#: the measure words of a count of two named things: never places or levels, which are glued into names (廊坊北三县,
#: 市县两级: read by :func:`_glued_before`)
_PAIR_UNITS = frozenset("大 个 项 条 座 支 类 种 部 场 张 方面 家 所".split())


def _pair_names(flat: str, w: str, quoted: bool, chinese: bool, after: str) -> Optional[List[str]]:
    """The two names of a stretch that joins them with one 和/与/及 and holds no 、 (垃圾分类和物业管理 before 两个关键小事;
    保障国家粮食安全和防止规模性返贫致贫 before “两条底线”), or None: more than one join (a name may then hold the others),
    a place or level counted (廊坊北三县), a last name that holds the things counted (江泽民同志“三个代表”; 残疾人两项
    补贴), a name with 的 or a figure, a first name that is only a verb or preposition left of 与 (促进与西藏察隅两地),
    verbs joined (新签和升级; 主动融入和服务深圳“五大中心”; 帮助和鼓励他们在三大…), or a count in digits (设立及变更时限
    压缩至3个工作日: a count of two names is written 两), a 和/与/及 inside a word (参与, 共和村, 普及), a numeral in the
    first name (十佳…案例和全市五大…: the count is the second's), a scope word as the last name, masked titles, or a
    quoted count naming a model or rule of its own (…化解“四个到底”模式)."""
    joins = [m.start() for m in _PAIR_JOIN_WORD.finditer(flat)]
    if len(joins) != 1 or len(re.findall(r"[和与及]", flat)) != 1 or (w not in _PAIR_UNITS and not quoted) \
            or not chinese or "\ue000" in flat or (quoted and _PAIR_NAMED.match(after)):
        return None
    k = joins[0]
    first, last = flat[:k].strip(), flat[k + 1:].strip()
    if flat[k - 1:k + 1] == "以及":
        first = first[:-1]
    if not first or not (2 <= len(last) <= 14) or "的" in last or _PAIR_HOLDER.search(last) or _PAIR_VERB.search(last) \
            or re.search(r"[0-9%％]", first + last) or first[-1] in "同跟向对为把将给" or _PAIR_VERB_FIRST.search(first) \
            or last[-1] in "在从对向于为把将给与同跟以" or re.search(r"[他我它]们|其", last) \
            or any(c in _COLON_NUMERALS for c in first) or _PAIR_SCOPE.fullmatch(last):
        return None
    return [first, last]


#: a count term right before a colon (四库：, “三张图”：, 行政执法三项制度：, 五大都市圈：): the numeral, a measure word or
#: none, then a noun with no other numeral (“三线一单”, “两非两资” count two kinds each: never read)
_COLON_TERM = lazyre.compile(
    # (two to twelve: a glossary lists ten items after 十大工程：)
    r"(?<![\d零〇一二两三四五六七八九十百千万第])(?P<n>十[一二三四五六七八九]?(?![一二三四五六七八九十百千万])|[两三四五六七八九])"
    r"(?P<w>个|大|项|张|类|种|条|支|部|篇|方面)?"
    # (the noun may hold a quoted word: 三张“零关税”清单：; a quoted term may go on after its quote: “三全”智能：,
    # “九个坚持”重大原则，即)
    # (a quoted count of things each named with a numeral — “六个一”全覆盖：一批…、一个…; “七个一百”精品项目：指百篇…、百部…;
    # “十个千方百计”：千方百计A、千方百计B… —: the numeral word closes the quote)
    r"(?P<noun>一批|(?P<unit>一[百千万]?|百|千|千方百计)(?=”)|"
    r"(?:[^\d零〇一二两三四五六七八九十百千万，,。；;：:、“”（）()\n]|“零?[^\d零〇一二两三四五六七八九十百千万"
    r"，,。；;：:、“”（）()\n]{1,6}”){0,8}?)(?P<close>”[\u4e00-\u9fff]{0,8}?)?"
    # (a short bracket glossing the noun: 六个县（市、区）：)
    r"(?:[（(][\u4e00-\u9fff、]{1,6}[）)])?"
    # a colon, or 即 after a comma (四个体系，即A、B、C和D; “五横”，即：A、B…), or a gloss word right after a quoted term
    # (“三类”指A、B和C; “六云”包括A、B…和F; “十大文化功能区”具体是指…)
    r"(?:[：:]\s*(?:分别是指|分别是|分别为|主要包括|具体包括|包括|是指|指的是|指|即)?|[，,]即[：:]?"
    r"|(?<=”)(?P<gloss>为|是指|指|即|具体是指|具体包括|包括)[：:]?"
    # (an unquoted term glossed by 指 — 六圈指东圈、西圈… —, one or two characters after the count: checked below)
    r"|(?<=[\u4e00-\u9fff])(?<![指是即为])(?P<unq>是指|指)(?![出导标数令南挥示定])[：:]?)")
#: the list after such a colon: up to the end of the sentence or line, one clause (a comma makes it a description)
_COLON_NUMERALS = frozenset("零〇一二两三四五六七八九十")
#: a count and its measure word right before a numeral (5家三甲医院, 12所二级医院): the numeral is a grade in the noun
#: the count counts, not a count of its own
_COUNTED_BEFORE = lazyre.compile(r"[\d０-９零〇一二两三四五六七八九十百千万]\s*[个家所项条座名位处批支类种件部本场只台套栋块片张]\s*$")
#: items that are numbered or a description (一是…, 一方面…, 第一…, ——…): not a list of names
_COLON_ORDINAL = lazyre.compile(r"一是|一方面|第一|其一|首先|——|^\s*[一二三四五六七八九十]+、")
#: a gloss that defines the term instead of listing its items (“四上”企业：对达到一定规模、资质或限额的法人单位的统称):
#: alternatives (或) or a defining noun
_COLON_GLOSS = lazyre.compile(r"或|统称|简称|总称|合称|的总和")
_COLON_LIST = lazyre.compile(r"[^，,。；;！？!?\n：:]{3,300}(?=[。！？!?\n]|\Z|[；;](?P<next>[^，,。；;：:\n]{0,12}?"
                             r"(?<![\d零〇一二两三四五六七八九十百千万第])[两三四五六七八九](?:个|大|项|张|类|种|条|方面))"
                             # (or a comma before the next quoted term: “四级”为省、市、县、乡，“三类”指…)
                             r"|[，,](?=“[一两三四五六七八九十])"
                             # (or a comma before words saying something of every item: …、青溪市，均已完成…)
                             r"|[，,](?=(?:均|都|全部|全都|皆)[\u4e00-\u9fff])"
                             # (or ； before the next glossed quoted term of a glossary: “两廊”指A、B；“三带”指…;
                             # “三朵云”：A、B、C；“1+4大数据平台”：…; “五横”，即：…；“九纵”，即：…)
                             r"|[；;](?=\s*(?:第[一二三四五六七八九十]个|后面的)?“[^“”，,。；;：:\n]{1,12}”"
                             r"(?:[，,]?即|是指|指|为|具体是指|包括|[：:])))")
#: items that are quoted phrases one after another (即“经济质量亟待提升”“城区功能亟待提升”“…”)
_QUOTED_RUN = lazyre.compile(r"\s*(?:“[^“”]{2,40}”){2,12}\s*")
#: 等 closing a list (A、B等), never inside a word (高等教育, 平等, 等级)
_PARTIAL_DENG = lazyre.compile(r"(?<![高平中初同对均相优上头特劣超次一二三四五六七八九甲乙丙])等(?![级次待同于额值效量距])")
#: a quoted count and the word its items each state (“三个突破”, “七个高于”, “六个大幅增长”, 五个“千亿元”台阶)
_KEY_COUNT = lazyre.compile(
    # (a quoted term may be named and glossed after its quote: “三个区分”原则，即：)
    r"(?:“(?P<n>[两三四五六七八九])(?P<w>个|大|项|条|种)?(?P<key>[\u4e00-\u9fff]{2,6})”(?:[\u4e00-\u9fff]{1,4}[，,]即(?=[：:]))?"
    r"|(?<![\d零〇一二两三四五六七八九十百千万第])(?P<n2>[两三四五六七八九])(?:个|大|项)“(?P<key2>[\u4e00-\u9fff]{2,6})”"
    r"[\u4e00-\u9fff]{0,3}"
    # an unquoted term before a colon (五个必须：必须…，必须…; 七个有之：…的有之，…的有之; 四个不摘：…；…): its items must each
    # open or close with the word (read by _key_items with ``framed``)
    r"|(?<![\d零〇一二两三四五六七八九十百千万第“])(?P<n3>[两三四五六七八九])(?:个|项|条|大)(?P<key3>[\u4e00-\u9fff]{2,4})(?=[：:]))"
    r"(?P<end>[：:，,。])")
#: a glossary's entry opening a line (［27］, [4], 28., 16．, （3）)
_GLOSSARY_ENTRY = lazyre.compile(r"[ \t\u3000]*(?:［\d{1,3}］|\[\d{1,3}\]|\d{1,3}[.．、]|[（(]\d{1,3}[)）])")
#: what may open the items after a term's colon: a line break (glossaries), 即/指
_KEY_LEAD = lazyre.compile(r"[ \t\u3000]*\n?[ \t\u3000]*(?:即|指|是指)?")
_NUMERAL_CHARS = frozenset("零〇一二两三四五六七八九十百千万亿")
#: a count with its names in brackets, the names sharing the noun's last character (三谷（天谷、智谷、创谷）; 两河（淡水河、
#: 石马河）)
_BRACKET_COUNT = lazyre.compile(
    r"(?<![\d零〇一二两三四五六七八九十百千万第])(?P<n>[两三四五六七八九])(?P<noun>[\u4e00-\u9fff]{1,2})[（(](?P<names>[^（）()]{3,80})[）)]")
#: words of a clause that name more than one item (A、B分别下降…; 均达…; never 人均)
_MANY_IN_CLAUSE = lazyre.compile(r"分别|(?<![人户年平日月])均(?![衡值价])|都")


#: what may stand before a glossary's term on its line: the entry's number, then a few words naming who set it (国务院,
#: 区委) — no figure, no other count
_SEG_LINE_HEAD = lazyre.compile(r"[ \t\u3000]*(?:［\d{1,3}］|\[\d{1,3}\]|\d{1,3}\s*[.．、]|[（(]\d{1,3}[)）])\s*"
                                r"[^\d零〇一二两三四五六七八九十百千万，,。；;：:、\n]{0,8}“?\Z")
#: a segment that is itself a glossed term (“三横”指…; “一站”是…): the definition glosses several terms, not items
_SEG_SUBTERM = lazyre.compile(r"^\s*(?:第[一二三四五六七八九十]个)?“[^“”]{1,12}”\s*(?:[（(][^（）()]{0,12}[）)])?"
                              r"(?:[，,]?即|是指|指|为|是|包括|[：:])")


def _glossary_segments(text: str, m: "re.Match[str]") -> Optional["Enumeration"]:
    """A glossary's entry whose term is one count and whose definition is ；-separated items, one line (16.国务院“约法三章”：
    A；B；C。 / 19.四个不摘：…，做到摘帽不摘责任；…；…): the items are the segments.  Read only at a glossary's entry (a
    numbered line, the term at most a few words after the number) with the definition closing the line: in running text
    a clause after ； may go on with other work.  Not read: segments numbered (一是…), glossing several terms, saying
    分别/均/都 (one segment may hold several items), 等, a definition (或, 统称)."""
    ls = text.rfind("\n", 0, m.start()) + 1
    if _SEG_LINE_HEAD.match(text, ls, m.start()) is None:
        return None
    if m.group("gloss") or (m.group("close") or "") not in ("", "”"):
        return None
    eol = text.find("\n", m.end())
    eol = len(text) if eol < 0 else eol
    body = text[m.end():eol].rstrip(" \t\u3000")
    if not body.endswith(("。", "；", ";")) or body.count("。") != 1 or not body.endswith("。"):
        return None
    body = body[:-1]
    segs = re.split(r"[；;]", body)
    if len(segs) < 2 or len(segs) > 12 or any(len(x.strip()) < 4 for x in segs):
        return None
    if _COLON_ORDINAL.search(body) or _COLON_GLOSS.search(body) or _PARTIAL_DENG.search(body) \
            or any(_SEG_SUBTERM.match(x) or _MANY_IN_CLAUSE.search(x) for x in segs) \
            or body.count("“") != body.count("”") or "：" in body or ":" in body:
        return None
    q = _count_q(m.start("n"), m.group("n"), m.group("w") or "")
    return Enumeration(m.start(), m.end() + len(body), q, tuple(x.strip() for x in segs), len(segs), each=True,
                       lo=len(segs), after=True)


#: a count of things in digits, its noun, a colon and the things' names to the sentence's end (新增专精特新企业3家：华锐
#: 科技、天成电子和宏远精工 / 示范创建单位6家：市市场监管局；市生态环境局；…；高新区) — never a rank (前3家, 第3个)
_DIGIT_COLON = lazyre.compile(r"(?<![\d.．前第])(?P<n>[1-9]\d?)(?P<w>个|家|项|所|条|部|座|名|支|类|种|处|位)"
                              r"(?P<noun>[\u4e00-\u9fff“”]{0,10}?(?:[（(][\u4e00-\u9fff、]{1,6}[）)])?)[：:]"
                              # (the names up to the sentence's end, or up to a comma before words saying something of
                              # every item: 6个县（市、区）：A、B…F，均已完成…)
                              r"(?P<body>[^。！？!?\n：:]{3,300}?)(?=[。！？!?\n]|\Z|[，,](?:均|都|全部|全都|皆)[\u4e00-\u9fff])")
#: the names after a colon closed by 共N个 (获批省级现代农业产业园：茶叶、柑橘、生猪，共3个)
_COLON_THEN_COUNT = lazyre.compile(r"[：:](?P<body>[^。！？!?\n：:，,；;]{3,200})[，,]\s*(?:共计|合计|共)(?P<n>[1-9]\d?)"
                                   r"(?P<w>个|家|项|所|条|部|座|名|支|类|种|处|位)(?=[。；;！？!?\n]|\Z)")
#: an item that is a clause of a task list, not a name (一是…, 1., （1）, 第一)
_ITEM_ORDINAL = lazyre.compile(r"^\s*(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]|[（(]?[\d一二三四五六七八九十]{1,2}[)）.．、])")


#: a 、-list whose last name joins the last two with 和/及/与, closed by a comma (实验二小、城东中学、北湖小学和第七中学，新增…)
_CLOSED_LIST_COMMA = lazyre.compile(r"(?P<list>[^，,；;、]{2,20}(?:、[^，,；;、]{2,20})+)[，,]")


#: a clause after such a list that speaks of things beyond the names (其余正在建设, 另有1个在建, 还有…, 以及…): not read
_MORE_AFTER_LIST = lazyre.compile(r"\s*(?:其余|其他|其它|另|还|此外|以及|以外|之外|等)")


def _closed_before_comma(body: str) -> str:
    """The names after a count's colon up to a comma when they are a closed list: names at 、, the last joining two with
    和/及/与 (学校5所：实验二小、城东中学、滨江幼儿园、北湖小学和第七中学高中部，新增学位6,300个) — the join
    closes the list, so what follows the comma is a clause of its own, not a description of the names — unless that
    clause speaks of others (…和翠湖，其余正在建设; 另有1个在建).  Any other body is
    returned as it is (a comma then makes it a description, and it is not read)."""
    m = _CLOSED_LIST_COMMA.match(body)
    if m is None:
        return body
    last = m.group("list").rpartition("、")[2]
    if not re.search(r"[和及与]", last) or _PARTIAL_DENG.search(m.group("list")) \
            or _MORE_AFTER_LIST.match(body, m.end()):
        return body
    return m.group("list")


def _digit_colon_items(text: str) -> List[Enumeration]:
    """A count in digits and the names of what it counts after a colon (:data:`_DIGIT_COLON`), or names after a colon
    closed by 共N个 (:data:`_COLON_THEN_COUNT`): the names at 、 (the last may join two with 和/及/与), or at ； when the
    items are separated so (each then one thing, with no 、 or comma inside).  Not read: a list marked partial (等, 包括,
    主要…), items opening with an ordinal (一是…, （1）), a comma inside the names (a description follows the colon),
    figures or brackets among the names."""
    out: List[Enumeration] = []
    for pat in (_DIGIT_COLON, _COLON_THEN_COUNT):
        for m in lazyre.finditer(pat, text):
            body = m.group("body").strip()
            if pat is _DIGIT_COLON:
                body = _closed_before_comma(body)
            if _PARTIAL_DENG.search(body) or _ENUM_PARTIAL.search(body) or _ENUM_NOT_NAMES.search(body.replace("；", "").replace(";", "")) \
                    or "“" in body and body.count("“") != body.count("”"):
                continue
            if "；" in body or ";" in body:
                items = tuple(x.strip() for x in re.split(r"[；;]", body))
                if any("、" in x or not 2 <= len(x) <= 20 or re.search(r"[和及与]", x) for x in items):
                    continue
                names, alt = items, len(items)
            else:
                got = _enum_names(body)
                if got is None:
                    continue
                names, alt = got
            if len(names) < 2 or any(_ITEM_ORDINAL.match(x) for x in names):
                continue
            q = _count_q(m.start("n"), m.group("n"), m.group("w"))
            # (names before 共N个: read as names before a count, the fewest to the most things they may be)
            before = pat is _COLON_THEN_COUNT
            out.append(Enumeration(min(m.start(), m.start("n")), m.end(), q, names, alt, each=True,
                                   lo=len(names) if before else 0))
    return out


def _count_q(s: int, n: str, w: str):
    from ..quantities import Quantity
    v = int(n) if n.isdigit() else 10 + " 一二三四五六七八九".index(n[1:] or " ") if n[0] == "十" else _ENUM_CN[n]
    return Quantity(s, s + len(n) + len(w), s, s + len(n), float(v), float(v), 0, 1, w or "个", chinese=not n.isdigit())


#: a count of N大 things glossed by the names after 为 / 包括 / 是指 (14大战略性新兴产业为网络与通信、…; 8大未来产业包括区块链、
#: …; 7大未来产业包括：…): the count opens its clause (a glossary entry or a sentence), the names run to the clause's end
_GLOSS_BIG = lazyre.compile(r"(?:(?<=[\n：:；;。，,“”\u3000 \t])|^|"
                            # (or after a glossary entry's number opening its line, never a decimal point: 5.八大…)
                            r"(?<=[\n\u3000 ]\d[.．])|(?<=[\n\u3000 ]\d\d[.．])|(?<=^\d[.．]))(?P<n>[1-4]?\d|十[一二三四五六七八九]?|[两三四五六七八九])大"
                            r"(?P<noun>[\u4e00-\u9fff]{2,12}?)(?P<v>为|包括|是指)[：:]?"
                            r"(?P<names>[^，,。；;！？!?\n：:“”]{5,400})(?=[。；;！？!?\n]|\Z)")
#: a short bracket after a name (细胞与基因（生物育种）): a gloss of the name, no name of its own
_GLOSS_NAME_BRACKET = lazyre.compile(r"[（(][^（()）、，,。；;]{1,8}[）)]")


def _glossed_big(text: str) -> List[Enumeration]:
    """Counts of N大 things glossed by their names after 为 / 包括 / 是指 (:data:`_GLOSS_BIG`).  After 为 or 是指 the names
    are every thing counted (the last may join two with 和/及/与); after 包括 they may be some only, so only a count below
    the names is read (``each`` False) — unless the count stands in a glossary entry (its line opens with the entry's
    number and the term before a colon), which defines what the term holds.  Not read: a list marked partial (等), names holding figures or brackets left
    after the glosses, names of more than 20 characters."""
    out: List[Enumeration] = []
    for m in lazyre.finditer(_GLOSS_BIG, text):
        body = _GLOSS_NAME_BRACKET.sub("", m.group("names"))
        got = _enum_names(body)
        if got is None or len(got[0]) < 2:
            continue
        q = _count_q(m.start("n"), m.group("n"), "大")
        if not 2 <= q.value <= _ENUM_MAX:
            continue
        # (a glossary entry — its line opens with the entry's number, 13.深圳市“…”：20大…包括：… — defines the term: its
        # 包括 lists every thing the term holds)
        line = text.rfind("\n", 0, m.start()) + 1
        gloss = _GLOSSARY_ENTRY.match(text, line) is not None and _GLOSSARY_ENTRY.match(text, line).end() > line \
            and text.find("：", line, m.start()) >= 0
        out.append(Enumeration(m.start("n"), m.end(), q, got[0], got[1], each=m.group("v") != "包括" or gloss))
    return out


def _items_after(text: str) -> List[Enumeration]:
    """Counts followed by the items they count (``after``; LG103 checks the count lies in ``lo``–``alt``):

    * a count term, a colon and a list of names (四库：水库、粮库、钱库、碳库; “三张图”：治安态势感知图、风险隐患图、可用资源图;
      “三类黑恶问题”：分别是指非法高利放贷、“地下钱庄”和暴力讨债): the names at 、, one more when the last holds 和/及/与; one
      clause only (a comma after the colon opens a description), no 等, no figure and no count inside;
    * a quoted count and the word each of its items states (主要指标实现“三个突破”，本市生产总值突破…，社会消费品零售总额突破…，
      人均可支配收入突破…; 实现“三个提高”。A从…提高到…；B从…提高到…；C…): the items in the rest of the sentence, or in the
      next sentence when the count closes its own.  Items at ；: each segment must state the word; as many items as
      segments up to as many as clauses stating it (a segment may hold two: …超“千亿元”，…超“千亿元”), any number above
      when a clause says 分别/均 (two quantities in one item or two).  Items at ， (no ；): every clause states the word and
      names one subject (no 、/和/与/及/分别).  Short head sentences (实现“六个大幅增长”：人口大幅增长。…商事主体大幅增长。…):
      the heads of the paragraph.  The sentence after the items stating the word again may continue them: no most then;
    * a count with its names in brackets sharing the noun's last character (三谷（天谷、智谷、创谷）)."""
    out: List[Enumeration] = []
    if "：" in text or ":" in text or "即" in text or "”" in text or "指" in text:
        for m in lazyre.finditer(_COLON_TERM, text):
            lm = _COLON_LIST.match(text, m.end())
            if lm is None:
                seg = _glossary_segments(text, m)
                if seg is not None:
                    out.append(seg)
                continue
            close = m.group("close") or ""
            if len(close) > 1 and text[m.start() - 1:m.start()] != "“":
                continue  # words after a closing quote belong to a term opened by a quote right before the count
            if m.group("gloss") and (text[m.start() - 1:m.start()] != "“"
                                     or (m.start() > 1 and text[m.start() - 2] not in "：:，,。；;\n")):
                continue  # “三类”指…: the quoted term opens its clause (never a quoted count inside a sentence)
            if m.group("unq") and not (m.start() == 0 or text[m.start() - 1] in "：:，,；;\n"):
                continue  # 六圈指…: an unquoted term only opening its clause (一河六圈：一河指…，六圈指A、B…)
            body = lm.group()
            sub = _SEG_SUBTERM.match(body)
            if sub is not None and not re.match(r"\s*“" + m.group("n"), body):
                continue  # the colon opens glosses of other terms (“四旁”、“五边”：“四旁”为…；“五边”为…), never the term's
                #           own (“三无区”：“三无”是指A、B、C)
            k = max(text.rfind(c, max(0, m.start() - 30), m.start()) for c in "\n，,。；;：:“[［")
            if k < 0 and m.start() > 30 or any(c in _COLON_NUMERALS for c in text[k + 1:m.start("n")]):
                continue  # a term of several counts (两非两资, 一中心三平台, 一基地、四中心): the names are of all of them
            if _COUNTED_BEFORE.search(text, max(0, m.start("n") - 6), m.start("n")):
                continue  # (5家三甲医院，即…: the count is 5, 三甲 is the hospitals' grade)
            # (“四个一批”：谋划一批、开工一批…: the items repeat the term's 一批, no count of their own)
            unit = m.group("unit")
            if unit is not None and text[m.start() - 1:m.start()] != "“":
                continue  # (the numeral word is the quoted term's own: “六个一”, never 三个一…” inside a longer quote)
            masked = re.sub(r"“[^“”]*”", "Ｑ", body)
            if m.group("noun") == "一批":
                masked = masked.replace("一批", "")
            elif unit is not None:
                # (each item may hold the term's numeral word: 一张…、一份… / 百篇…、百部…; no other count)
                masked = re.sub(re.escape(unit[0]) + r"(?=[\u4e00-\u9fff])" if unit != "千方百计" else unit, "", masked)
            if _PARTIAL_DENG.search(body) or re.search(r"[0-9０-９%％]", body) or _ENUM_INNER_COUNT.search(masked) \
                    or _COLON_ORDINAL.search(body) or _COLON_GLOSS.search(body) \
                    or body.count("“") != body.count("”") or body.count("（") != body.count("）"):
                continue
            flat = re.sub(r"（[^（）]*）|“[^“”]*”", lambda b: "Ｑ" * len(b.group()), body)
            names = [x.strip() for x in flat.split("、")]
            if len(names) == 1 and _QUOTED_RUN.fullmatch(body):
                names = re.findall(r"“([^“”]+)”", body)     # quoted items one after another, no separator
                alt = len(names)
            elif len(names) == 1:
                # two names joined by 和/与/及: only names of the term's noun (“两平台”：…信息平台和…监督网络平台), never a
                # description (生物圈三号：…碳中和实验园区; 四个关系：一是…与…的关系)
                joins = [j for j in re.finditer(r"[和与及]", flat)]
                noun = re.sub(r"[“”]", "", (m.group("noun") or m.group("w") or "") + close)
                if len(joins) != 1 or not noun:
                    continue
                names = [flat[:joins[0].start()], flat[joins[0].end():]]
                if not all(x.endswith(noun[-1]) for x in names):
                    continue
                alt = 2
            else:
                alt = len(names) + (1 if re.search(r"[和与及]", names[-1]) else 0)
            if any(not x or len(x) > 30 for x in names):
                continue
            # every side of a join ending, like every name, with the term's noun is one thing (两翼指东翼、西翼和北翼)
            lo_ = len(names)
            tn = re.sub(r"[“”]", "", m.group("noun") or "")
            pieces = [y for x in names for y in re.split(r"[和与及]", x)]
            if tn and len(pieces) > len(names) and all(len(y) >= 2 and y.endswith(tn[-1]) for y in pieces):
                lo_ = alt = len(pieces)
            if len(close) > 5:
                # (a longer verb phrase after the quoted term — 围绕“五大领域”开展专项整治，即… —: 即 may explain the phrase;
                # read only when every name ends with the term's noun: 即交通领域、环保领域…)
                tn = re.sub(r"[“”]", "", m.group("noun") or "")
                if len(tn) < 2 or not all(x.endswith(tn[-2:]) for x in names):
                    continue
            q = _count_q(m.start("n"), m.group("n"), m.group("w") or "")
            out.append(Enumeration(m.start(), lm.end(), q, tuple(names), alt, each=True, lo=lo_, after=True))
    if "“" in text or "：" in text or ":" in text:
        for m in lazyre.finditer(_KEY_COUNT, text):
            key = m.group("key") or m.group("key2") or m.group("key3")
            n = m.group("n") or m.group("n2") or m.group("n3")
            if any(c in _NUMERAL_CHARS for c in key) and not m.group("key2"):
                continue
            bare = m.group("n3") is not None
            pos = m.end()
            if m.group("end") in "：:":
                pos = _KEY_LEAD.match(text, pos).end()
                if "\n" in text[m.end():pos]:
                    # items on the next line: only a glossary's, the line after them opening the next entry (［27］, 28.);
                    # else more lines may go on with the items (“六个必须”：⏎必须…，必须…。⏎…)
                    eol = text.find("\n", pos)
                    if eol < 0 or _GLOSSARY_ENTRY.match(text, eol + 1) is None:
                        continue
            got = _key_items(text, pos, m.group("end"), key, framed=bare)
            after = got is not None
            if got is None and not bare:
                got = _key_items_before(text, m.start(), key)
            if got is None:
                continue
            items, lo, hi, end = got
            ns = m.start("n") if m.group("n") else m.start("n2") if m.group("n2") else m.start("n3")
            q = _count_q(ns, n, m.group("w") or "")
            # (``end``: where the items end after the count, or where they start before it)
            out.append(Enumeration(ns if after else end, end if after else m.end(), q,
                                   tuple(items), hi, each=True, lo=lo, after=after))
    if "（" in text or "(" in text:
        for m in lazyre.finditer(_BRACKET_COUNT, text):
            got = _enum_names(m.group("names"))
            noun = m.group("noun")
            if got is None or not all(x.endswith(noun[-1]) for x in got[0]):
                continue
            q = _count_q(m.start("n"), m.group("n"), "")
            out.append(Enumeration(m.start(), m.end(), q, got[0], got[1], each=True, lo=len(got[0]), after=True))
    return out


#: the count that opens a list of items laid out after it (十项, 三个, 八大, 两点, 六方面): a numeral of two to nineteen
#: that is not the tail of a larger number, an ordinal (第三) or a fraction (百分之十三), and its noun; 点 before a numeral
#: is a decimal point (十三点五倍, 百分之十三点三), not a count of points.  Shared by _ORD_TERM, _SECTION_TERM,
#: _NUMBERED_TERM and _DASH_TERM.
_COUNT_HEAD = (r"(?<![\d零〇一二两三四五六七八九十百千万第之])(?P<n>十[一二三四五六七八九]?|[两三四五六七八九])"
               r"(?P<w>个|项|条|大|点(?![零〇一二两三四五六七八九十])|方面|种|类|件)")
#: the same count, or one in digits (two to thirty-nine), before items numbered 一是 / 第一， / （一）: 具体部署了13项任务举措：
#: 一是…十三是; 今年再办好15件民生实事。一是… (the numbered items are the count's own; counts in digits before —— paragraphs
#: or sections 一、 are not read: 4个…—— may open a description)
_COUNT_HEAD_ORD = (r"(?<![\d零〇一二两三四五六七八九十百千万第之.．])(?P<n>十[一二三四五六七八九]?|[两三四五六七八九]|"
                   r"(?:[2-9]|[1-3]\d)(?![\d.．]))"
                   r"(?P<w>个|项|条|大|点(?![零〇一二两三四五六七八九十])|方面|种|类|件)")

#: a count and its noun before a colon, the items numbered after it (突出抓好三件事：一是…；二是…；三是… / 重点做好以下八个
#: 方面工作：\n（一）… / 重点做好十方面工作。\n（一）…（十） / 十件民生实事：一是…十是…; ten to nineteen items: 十, 十二)
_ORD_TERM = lazyre.compile(
    _COUNT_HEAD_ORD +
    # (or a quoted term closing right before the colon — “十大亮点”：一是… / 门户交通建设十大攻坚行动”：一是… —, never a
    # term of several counts: “三个提高、五个增多、三个新成效”：一是…)
    r"(?:(?:[^：:，,。；;\n“”]{0,10}|[^：:，,。；;\n“”、]{0,10}”|“[^”]{1,8}”[^：:，,。；;\n]{0,4})[：:]"
    # (or the count and a short noun closing their sentence, the items opening the sentences or lines after it:
    # 重点抓了七件大事。一是…。二是… / 突出了以下四个方面。⏎第一，…; never a longer clause after the count — 确保九大类
    # 民生支出继续稳定增长。一是…: the items are not the count's)
    r"|(?P<stop>[\u4e00-\u9fff]{0,4}。))")
#: a bound before the count (至少有十个突出亮点：一是…)
_ORD_BOUND_BEFORE = lazyre.compile(r"(?:至少|起码|不少于|不下于?|超过|逾|近|多达)有?$")
_ORD_N = r"[一二三四五六七八九十]{1,2}"
#: an item's number: 一是 / 第一， (in a sentence or opening a line) or （一） opening a line
_ORD_ITEM = lazyre.compile(r"(?:(?<=[。；;，,：:\n\u3000 \t])|^)(?:(?P<a>" + _ORD_N + r")是|第(?P<b>" + _ORD_N + r")[，,、]|"
                           r"(?P<c>（" + _ORD_N + r"）))", re.M)
#: what ends a list of numbered items opening lines: a heading of a higher level
_ORD_HIGHER = {"a": lazyre.compile(r"\n[\s\u3000]*(?:（" + _ORD_N + r"）|" + _ORD_N + r"、)"),
               "b": lazyre.compile(r"\n[\s\u3000]*(?:（" + _ORD_N + r"）|" + _ORD_N + r"、)"),
               "c": lazyre.compile(r"\n[\s\u3000]*" + _ORD_N + r"、")}
#: a heading numbered 一 (（一） / 一、): it opens a list, it does not go on with one
_ORD_HIGHER_FIRST = lazyre.compile(r"\n[\s\u3000]*(?:（一）|一、)")
_ORD_LINE_START = lazyre.compile(r"(?:^|\n)[\s\u3000]*$")
_ORD_SENT_END = lazyre.compile(r"[。！？!?\n]")
#: words after the last numbered item of a paragraph that may add things beyond the items (四种类型：一是…。二是…。在这
#: 两大类之间，还有两类…。一类是…另一类是…): the items are then at least the count's lower end, no most
_ORD_MORE = lazyre.compile(r"还有|还包括|另有|此外|另外|其[他它余]|以外|之外|之间|[一两二三四五六七八九十]类|另一|再[次有者]|以及|"
                           r"[一二三四五六七八九十]是|第[一二三四五六七八九十]|[（(][一二三四五六七八九十]")
#: another count of things after the last item (…加快建设A、B、C、D四大物流园 / 还要办好两件实事): more things of the
#: announced kind only when its noun holds the announced noun's last two characters (实事, 产业…) — a count of other things inside the last
#: item's own sentences (三大产业：…三是发展物流业。…建设四大物流园) names parts of that item, not more items
_ORD_MORE_COUNT = lazyre.compile(r"(?P<n>[一两二三四五六七八九十])(?:[个项条点种件大]|方面)(?P<noun>[\u4e00-\u9fff]{0,8})")


_HAN_RUN = lazyre.compile(r"[\u4e00-\u9fff]+")


def ord_more(text: str, start: int, end: int, noun: str = "") -> bool:
    """Whether the words of ``text[start:end]`` (after the last numbered item's sentence) may name more things than the
    items (:data:`_ORD_MORE`: 还有, 此外, 其他, another numbering…), or count more things of the kind the count announced
    (``noun``: the words between the count's measure word and its colon; a count of anything when none)."""
    if _ORD_MORE.search(text, start, end) is not None:
        return True
    # (the noun's last two characters — 实事, 改革, 工作 — or its only one: a single character of a longer noun would match
    # inside other words, 行动 / 自动监测站)
    head = _HAN_RUN.search(noun[::-1])
    head = head.group()[:2][::-1] if head is not None else ""
    # (一项 / 一个 adds a thing only when it names the kind: 再启动一项专项行动 after 七大行动)
    return any(head in m.group("noun") if head else m.group("n") != "一"
               for m in _ORD_MORE_COUNT.finditer(text, start, end))


#: how far a list of items opening lines may run, and how many such counts a document is read for (bounded work)
_ORD_SPAN = 40000
_ORD_MAX = 200


_ORD_DIGIT = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _ord_value(s: str) -> int:
    """一 → 1, 十二 → 12, 二十 → 20 (an item's number); 0 for another form."""
    s = s.strip("（）")
    if len(s) == 1:
        return _ORD_DIGIT.get(s, 0)
    if s[0] == "十":
        return 10 + _ORD_DIGIT.get(s[1], 0)
    return _ORD_DIGIT.get(s[0], 0) * 10 if s[1] == "十" else 0


def _ord_kind(m: "re.Match[str]") -> Tuple[str, int]:
    k = "a" if m.group("a") else "b" if m.group("b") else "c"
    return k, _ord_value(m.group(k))


def _ord_paragraph(text: str, m0: "re.Match[str]", k0: str, noun: str = ""):
    """(starts, end, most) of the items numbered like ``m0`` (一是) opening the sentences of its paragraph, one after
    another from 一 to the paragraph's end (干好四件大事：一是…。二是…。三是…。四是…。), or None: a number out of turn, one
    inside a sentence (a list within an item), fewer than two, or a next paragraph going on with the next number.
    ``most`` is the number of items when the last one is the paragraph's last sentence; else the sentences after it may
    name more things (四种类型：一是…。二是…。在这两大类之间，还有两类…。一类是…另一类是…) and there is no most (99)."""
    end = text.find("\n", m0.end())
    end = len(text) if end < 0 else end
    starts = []
    for x in _ORD_ITEM.finditer(text, m0.start(), end):
        k, v = _ord_kind(x)
        if k != k0:
            continue
        if v != len(starts) + 1 or (starts and text[x.start() - 1] not in "。！？!?；;"):
            return None
        starts.append(x.start())
    nxt = _ORD_ITEM.search(text, end, min(len(text), end + 400))
    if len(starts) < 2 or (nxt is not None and _ord_kind(nxt) == (k0, len(starts) + 1)):
        return None
    last = _ORD_SENT_END.search(text, starts[-1])
    # (the last item may go on over several sentences, and a sentence may close the list — 对这些问题，我们要勇于面对:
    # none of them names more things of the kind — 还有两类, 此外, 另一类 — so the items are all)
    closed = last is None or last.start() >= end or not text[last.end():end].strip() \
        or not ord_more(text, last.end(), end, noun)
    return starts, end, len(starts) if closed else 99


def _ordinal_items(text: str) -> List[Enumeration]:
    """A count before a colon and the items numbered after it (``after``, as many items as the count):

    * in one sentence, a tight list (突出抓好三件事：一是…；二是…；三是…。): the numbers 一是, 二是… of that sentence, one
      after another from 一, and the next sentence not going on with the next number;
    * items opening lines (重点做好以下八个方面工作：\n（一）…\n…\n（二）… / 着力把握四个方面：\n一是…\n…\n二是…): each
      number of the first's kind opening a line, one after another, up to a heading of a higher level (二、), the end of
      the text or what it can reach; a number out of turn (a list restarting at 一, a gap) leaves the count unread.
    * items opening the sentences of one paragraph (干好四件大事：一是…。二是…。三是…。四是…。), one after another from
      一 to the paragraph's end, none inside a sentence, the next paragraph not going on with the next number: as many
      things as items when the last item is the paragraph's last sentence, else at least as many (the sentences after
      the last item may name more: 四种类型：一是…。二是…。在这两大类之间，还有两类…).
    Items numbered 一、二、 are never read (a chapter's next heading has the same form)."""
    out: List[Enumeration] = []
    for m in list(lazyre.finditer(_ORD_TERM, text))[:_ORD_MAX]:
        if _ORD_BOUND_BEFORE.search(text, max(0, m.start() - 5), m.start()):
            continue      # 至少有三个亮点：: a lower bound on the items, not their number
        if m.group("stop") is None and text[m.end() - 2] == "”" and "“" not in m.group():
            # a quoted term closing before the colon: the quote opens at the count or before it with no other term
            # between (“十大亮点”：; “门户交通建设十大攻坚行动”：), never after another count (“三个提高、两个新成效”：)
            op = text.rfind("“", max(0, m.start() - 20), m.start() + 1)
            if op < 0 or re.search(r"[、，,；;”]|[一二两三四五六七八九十\d][个项条大点种类件]", text[op + 1:m.start()]):
                continue
        pos = m.end()
        lead = re.match(r"[ \t\u3000]*\n?[\s\u3000]*", text[pos:pos + 40]).group()
        m0 = _ORD_ITEM.match(text, pos + len(lead))
        if m0 is None:
            continue
        k0, v0 = _ord_kind(m0)
        if v0 != 1:
            continue
        line = _ORD_LINE_START.search(text, max(0, m0.start() - 12), m0.start()) is not None
        if k0 == "c" and not line:
            continue
        starts = [m0.start()]
        most = 0
        if not line:
            e = _ORD_SENT_END.search(text, m0.end())
            e_ = e.start() if e is not None else len(text)
            items = [x for x in _ORD_ITEM.finditer(text, m0.start(), e_) if _ord_kind(x)[0] == k0]
            if [_ord_kind(x)[1] for x in items] != list(range(1, len(items) + 1)):
                continue
            nxt = _ORD_ITEM.search(text, e_, min(len(text), e_ + 400))
            if nxt is not None and _ord_kind(nxt) == (k0, len(items) + 1):
                # the list goes on in the next sentences (干好四件大事：一是…。二是…。三是…。四是…。): the items opening
                # the sentences of the paragraph
                got = _ord_paragraph(text, m0, k0, text[m.end("w"):m.end()])
                if got is None:
                    continue
                starts, end, most = got
            elif len(items) < 2:
                continue
            else:
                starts = [x.start() for x in items]
                end = e_
        else:
            hi = _ORD_HIGHER[k0]
            last, p, broken = 1, m0.end(), False
            reach = min(len(text), p + _ORD_SPAN)
            closed = reach == len(text)       # (the list ends at the text's end, or at a higher heading below)
            for x in _ORD_ITEM.finditer(text, p, reach):
                k, v = _ord_kind(x)
                if k != k0 or _ORD_LINE_START.search(text, max(0, x.start() - 12), x.start()) is None:
                    continue
                h = hi.search(text, p, x.start())
                if h is not None:
                    # (a heading numbered 一 opens a list inside an item — 第二，…⏎一、…⏎二、…⏎第三，… —, not the next
                    # chapter: the list's structure is not certain)
                    broken = _ORD_HIGHER_FIRST.match(h.group()) is not None
                    closed = True
                    break
                if v != last + 1:
                    broken = True
                    break
                last, p = v, x.end()
                starts.append(x.start())
            if not closed and hi.search(text, p, reach):
                closed = True
            if broken or not closed or len(starts) < 2:
                continue      # a number out of turn, or a list that may go on past what was read
            end = p
        names = tuple(_ORD_ITEM.match(text, a).group() for a in starts)    # 一是, 二是… / （一）, （二）…
        q = _count_q(m.start("n"), m.group("n"), m.group("w"))
        out.append(Enumeration(m.start(), end, q, names, most or len(names), each=True, lo=len(names), after=True))
    return out


# -- round 44: composed terms, sections numbered 一、 and items numbered 1. / （1） after a count ------------------------
#: a term of several counts before a colon, each a numeral and its noun (三线一单：, “两馆一中心”：, 一基地、四中心：,
#: “三上门两加强”行动：): quoted (a few words may follow the quote: “三线一单”分区管控制度：) or opening its clause
_COMPOSED_TERM = lazyre.compile(
    r"(?:“(?P<t1>[一两二三四五六七八九十][\u4e00-\u9fff、]{3,14})”[\u4e00-\u9fff]{0,8}"
    r"|(?<![\u4e00-\u9fff\d“])(?P<t2>[一两二三四五六七八九十][\u4e00-\u9fff、]{3,14}))"
    r"[：:][ \t\u3000]*(?:指的是|是指|主要包括|包括|指|即)?")
#: a term's groups: a numeral and the noun that each of its items names (线, 中心, 上门); a measure word before the noun
#: is no part of it (一个平台)
_COMPOSED_GROUP = lazyre.compile(r"(?P<n>[一两二三四五六七八九十])(?P<w>[个大项条张类种支篇]?)(?P<x>[^一两二三四五六七八九十百千万、]{1,4})、?")
_COMPOSED_CN = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
#: what makes the words after the colon a description, alternatives or a partial list, not the items
_COMPOSED_NOT = lazyre.compile(r"[0-9０-９%％：:（()）]|或|统称|简称|总称|合称|以上|以下")
_COMPOSED_JOIN = lazyre.compile(r"以及|(?<![参给])与(?![会其])|(?<![普涉])及(?![时早])|(?<![中共温祥])和(?![谐美平睦])")


def _composed_runs(names: List[str], nouns: List[str]) -> List[Tuple[int, ...]]:
    """Every way of cutting ``names`` into consecutive runs, one run per noun in order, each name of a run opening or
    closing with its noun (三线一单：生态保护红线、环境质量底线、资源利用上线、生态环境准入清单 → (3, 1); 两学一做：学党章
    党规、学系列讲话，做合格党员 → (2, 1)), as the runs' lengths."""
    fits = [[x.startswith(w) or x.endswith(w) for w in nouns] for x in names]
    out: List[Tuple[int, ...]] = []

    def cut(i: int, g: int, acc: Tuple[int, ...]) -> None:
        if len(out) > 20:
            return
        if g == len(nouns):
            if i == len(names):
                out.append(acc)
            return
        j = i
        while j < len(names) and fits[j][g]:
            j += 1
            cut(j, g + 1, acc + (j - i,))
    cut(0, 0, ())
    return out


def _composed_terms(text: str) -> List[Enumeration]:
    """A term of several counts and, after its colon (指/即/包括), the items of all of them in the term's order, each
    item opening or closing with its group's noun (三线一单：生态保护红线、环境质量底线、资源利用上线、生态环境准入清单;
    “两馆一中心”：新文化馆、图书馆、青少年活动中心; 三化三性一力：智能化、绿色化、融合化，完整性、先进性、安全性，具有国际
    竞争力; 两学一做：学党章党规、学系列讲话，做合格党员): one count per group (``after``), its items the run of names
    that fit it.  The items are the words up to the sentence's or line's end, cut at 、，；, a name holding 和/及/与 taken
    whole or as two; every way of cutting them into runs that fit is read, and each count lies between its fewest and
    most.  Not read: no way fits (两湖一岭：龙口水库、清林径水库和神仙岭 — the names do not say which group they are in;
    三馆一城：科技馆、青少年宫…), a figure, 等, 或, a definition (统称), brackets, a name over 25 characters."""
    out: List[Enumeration] = []
    for m in lazyre.finditer(_COMPOSED_TERM, text):
        term = m.group("t1") or m.group("t2")
        ts = m.start("t1") if m.group("t1") else m.start("t2")
        groups = list(_COMPOSED_GROUP.finditer(term))
        if len(groups) < 2 or len(groups) > 6 or sum(len(g.group()) for g in groups) != len(term) \
                or term.endswith("、"):
            continue
        nouns = [g.group("x") for g in groups]
        if len(set(nouns)) != len(nouns):
            continue      # (十全十美, 一村一品: the same noun twice names no groups)
        stop = _ORD_SENT_END.search(text, m.end())
        end = stop.start() if stop is not None else len(text)
        body = text[m.end():end]
        if not body or len(body) > 300 or _COMPOSED_NOT.search(body) or _PARTIAL_DENG.search(body) \
                or body.count("“") != body.count("”"):
            continue
        pieces = [x.strip().replace("“", "").replace("”", "") for x in re.split(r"[、，,；;]", body)]
        if any(not x or len(x) > 25 for x in pieces) or len(pieces) > 20:
            continue
        joined = [i for i, x in enumerate(pieces) if _COMPOSED_JOIN.search(x)]
        if len(joined) > 3:
            continue
        runs: List[Tuple[int, ...]] = []
        listed: Optional[List[str]] = None
        # (a group's noun may be longer than the word its items share, its first character: 三快组合拳、三严先手棋：
        # 快流调、快核酸、快转运，严卡口、严扫码、严落地 — tried only when the whole nouns fit no way)
        heads = [x[0] for x in nouns]
        tries = [nouns] + ([heads] if any(len(x) > 1 for x in nouns) and len(set(heads)) == len(heads) else [])
        for words in tries:
            for mask in range(1 << len(joined)):
                names: List[str] = []
                for i, x in enumerate(pieces):
                    if i in joined and mask >> joined.index(i) & 1:
                        parts = [y for y in _COMPOSED_JOIN.split(x)]
                        if any(len(y) < 2 for y in parts):
                            break
                        names.extend(parts)
                    else:
                        names.append(x)
                else:
                    got = _composed_runs(names, words)
                    if got and listed is None:
                        listed = names
                        first = got[0]
                    runs.extend(got)
            if runs:
                break
        if not runs or listed is None:
            continue
        k = 0
        for i, g in enumerate(groups):
            lo, hi = min(r[i] for r in runs), max(r[i] for r in runs)
            s = ts + g.start("n")
            q = _count_q_any(s, g.group("n"), g.group("w") + g.group("x"))
            out.append(Enumeration(ts, end, q, tuple(listed[k:k + first[i]]), hi, each=True, lo=lo, after=True))
            k += first[i]
    return out


def _count_q_any(s: int, n: str, w: str):
    from ..quantities import Quantity
    v = _COMPOSED_CN[n]
    return Quantity(s, s + len(n) + len(w), s, s + len(n), float(v), float(v), 0, 1, w or "个", chinese=True)


#: a count closing its line before sections numbered 一、 (今年重点抓好以下九个方面的工作：⏎一、… / 重点实施八大行动：
#: / 我们将奋力抓好六个方面的工作。)
_SECTION_TERM = lazyre.compile(
    _COUNT_HEAD + r"[^，,。；;：:！？!?\n“”、]{0,10}”?[：:。][ \t\u3000]*(?=\n)")


def _section_items(doc: "Document", text: str) -> List[Enumeration]:
    """A count closing its line and the sections numbered 一、 that open the next line (``after``): the headings of level
    one (:attr:`Document.headings`) from 一 on, one after another, up to a number out of turn or the text's end.  A list
    of such headings before the count that has not ended (the report's chapters 一、…三、, the review's 一、…七、) may go
    on inside them: its next number then closes the count's sections, which are at least that list's last number (no
    finding for a count between them), unless that next number stands after them."""
    out: List[Enumeration] = []
    if "、" not in text:
        return out
    ms = list(lazyre.finditer(_SECTION_TERM, text))
    if not ms:
        return out
    tops = [h for h in doc.headings if h.level == 1]
    if len(tops) < 2:
        return out
    starts = [h.start for h in tops]
    for m in ms:
        if _RANKED_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue
        k = bisect.bisect_left(starts, m.end())
        if k >= len(tops) or tops[k].value != 1 or text[m.end():tops[k].start].strip():
            continue
        run = [tops[k]]
        for h in tops[k + 1:]:
            if h.value != run[-1].value + 1:
                break
            run.append(h)
        n_items = len(run)
        if n_items < 2:
            continue
        lo = n_items
        after = {h.value for h in tops[k + n_items:]}
        for i in range(k):
            v = tops[i].value
            if (i + 1 == k or tops[i + 1].value != v + 1) and v < n_items and v + 1 not in after:
                lo = min(lo, v)      # (an unfinished list before the count: its v + 1 may be among the sections)
        names = tuple(h.num + h.punct for h in run)
        q = _count_q(m.start("n"), m.group("n"), m.group("w"))
        out.append(Enumeration(m.start("n"), run[-1].title_end, q, names, n_items, each=True, lo=lo, after=True))
    return out


#: a count closing its clause and the items numbered 1. or （1） right after it, in its paragraph (抓好“十项工作”：1.…
#: 2.… / 实施转型升级四大行动计划。（1）…（2）…)
_NUMBERED_TERM = lazyre.compile(
    _COUNT_HEAD + r"[^，,。；;：:！？!?\n“”、]{0,10}”?[：:。][ \t\u3000]*"
    r"(?=[（(]1[)）]|1[.．、](?!\d))")
_NUMBERED_ITEM = lazyre.compile(r"(?:(?<=[。；;：:！？!?])|^)[ \t\u3000]*(?:[（(](?P<b>\d{1,2})[)）]|(?P<d>\d{1,2})[.．、](?!\d))",
                                re.M)


def _numbered_items(text: str) -> List[Enumeration]:
    """A count closing its clause and the items numbered 1.…N. or （1）…（N） after it in the same paragraph, each
    opening a sentence (``after``): as many things as items, the last running to the paragraph's end.  Not read: a
    number out of turn, fewer than two items, the next line going on with the next number."""
    out: List[Enumeration] = []
    for m in lazyre.finditer(_NUMBERED_TERM, text):
        eol = text.find("\n", m.end())
        eol = len(text) if eol < 0 else eol
        kind = "b" if text[m.end()] in "（(" else "d"
        vals, marks, ok = [], [], True
        for x in _NUMBERED_ITEM.finditer(text, m.end(), eol):
            if x.group(kind) is None:
                continue
            v = int(x.group(kind))
            if v != len(vals) + 1:
                ok = False
                break
            vals.append(v)
            marks.append(x.group().strip())
        if not ok or len(vals) < 2:
            continue
        nxt = _NUMBERED_ITEM.match(text, eol + 1) if eol < len(text) else None
        if nxt is not None and nxt.group(kind) is not None and int(nxt.group(kind)) == len(vals) + 1:
            continue
        q = _count_q(m.start("n"), m.group("n"), m.group("w"))
        out.append(Enumeration(m.start("n"), eol, q, tuple(marks), len(vals), each=True, lo=len(vals), after=True))
    return out


#: a quoted list of names and the count right after its closing quote, with any noun (“巡查+检测+执法”三网; “区-街”两级;
#: “决策、执行、管理、服务、结果”五公开; “外出就业、返乡创业、合作兴业”三措并举): never a count of years, times or
#: characters (“找短板、补欠账、惠民生”三年行动; “巩固、增强、提升、畅通”八字方针)
_QUOTED_LIST_COUNT = lazyre.compile(
    r"“(?P<body>[^“”，,。；;：:！？!?\n（）()]{3,120})”(?P<n>[2-9两二三四五六七八九])(?![十百千万亿\d.])"
    r"(?P<w>(?![个]?[字年月日天周期届轮次倍成季岁人号批])[\u4e00-\u9fff]{1,4})")
_QUOTED_LIST_SEP = lazyre.compile(r"[、+＋\-－—]")


def _quoted_list_before(text: str) -> List[Enumeration]:
    """A quoted list of names and a count right after the quote (``lo``–``alt``): the names at one kind of separator
    (、, + or -), two to eight, each short, no figure, no 等; a last name holding 和/及/与 may be two."""
    out: List[Enumeration] = []
    for m in lazyre.finditer(_QUOTED_LIST_COUNT, text):
        body = m.group("body")
        seps = set(_QUOTED_LIST_SEP.findall(body))
        if len(seps) != 1 or re.search(r"[0-9０-９%％]", body) or _PARTIAL_DENG.search(body) \
                or _ENUM_INNER_COUNT.search(body):
            continue
        names = [x.strip() for x in _QUOTED_LIST_SEP.split(body)]
        if not 2 <= len(names) <= 8 or any(not 1 <= len(x) <= 16 for x in names):
            continue
        alt = len(names) + (1 if seps == {"、"} and re.search(r"[和及与]", names[-1]) else 0)
        if seps != {"、"} and any(re.search(r"[和及与]", x) for x in names):
            continue
        n = m.group("n")
        v = int(n) if n.isdigit() else _COMPOSED_CN[n]
        from ..quantities import Quantity
        s = m.start("n")
        q = Quantity(s, s + 1, s, s + 1, float(v), float(v), 0, 1, m.group("w")[:1], chinese=not n.isdigit())
        out.append(Enumeration(m.start(), m.end("n"), q, tuple(names), alt, each=True, lo=len(names)))
    return out


#: a paragraph led by a sentence closing with a count and its noun (实施产业动能培育“六大计划”。 / 积极抢占三大潜力新赛道。 /
#: 做优四大现代服务业。), optionally numbered ((一) / 1.), the rest of its line after it
_LEAD_COUNT = lazyre.compile(r"(?m)^[ \t\u3000]*(?:[（(][一二三四五六七八九十]{1,2}[)）]|\d{1,2}[.．、])?"
                             r"[^。！？!?\n：:；;]{0,24}?" + _COUNT_HEAD_ORD + r"[^。！？!?\n，,：:；;“”]{0,12}”?。"
                             r"(?P<rest>[^\n]*)")
#: a sentence's opening word that is no item's: a numbered item (read elsewhere), a link to what came before, a time
_LEAD_NOT_HEAD = lazyre.compile(r"^(?:[一二三四五六七八九十第其同此另并而但从到在对]|今年|明年|全年|力争|确保|预计|目前)")


def _lead_sentence_items(text: str) -> List[Enumeration]:
    """A count in the sentence that opens its paragraph and the sentences after it, each an item opened by the same
    word (实施产业动能培育“六大计划”。实施百亿企业培育计划…。实施中小微企业成长计划…。…; 积极抢占三大潜力新赛道。大力发展
    集成电路…。大力发展低空经济…。大力发展现代时尚…。): as many items as sentences.  Read only when every sentence of the
    paragraph after the lead opens with that word (two Han characters, never an ordinal, a link or a time word) — a
    sentence opened otherwise may be an item phrased apart or no item, so the count is then not read."""
    out: List[Enumeration] = []
    for m in lazyre.finditer(_LEAD_COUNT, text):
        rest = m.group("rest")
        sents = [x.strip(" \t\u3000") for x in re.split(r"(?<=[。！？!?])", rest)]
        sents = [x for x in sents if x]
        if len(sents) < 2:
            continue
        head = sents[0][:2]
        if len(head) < 2 or not all("\u4e00" <= c <= "\u9fff" for c in head) or _LEAD_NOT_HEAD.match(head) \
                or any(not x.startswith(head) for x in sents) or not sents[-1].endswith(("。", "！", "？", "!", "?")):
            continue
        q = _count_q(m.start("n"), m.group("n"), m.group("w"))
        if not 2 <= q.value <= 20:
            continue
        names = tuple(x[:8] for x in sents)
        out.append(Enumeration(m.start("n"), m.end(), q, names, len(names), each=True, lo=len(names), after=True))
    return out


#: a count closing its line before paragraphs led by —— (做到“五个更加注重”：⏎——更加注重…⏎——…; 重点把握好四个方面。⏎——…):
#: after a colon, or a short noun closing the sentence (a longer one may be an award's name: 十大创新城市第一名。)
_DASH_TERM = lazyre.compile(
    _COUNT_HEAD + r"(?:[^，,。；;：:！？!?\n“”、]{0,12}”?[：:]|[\u4e00-\u9fff]{0,4}”?。)"
    r"[ \t\u3000]*\n(?=[ \t\u3000]*——)")
_DASH_LINE = lazyre.compile(r"[ \t\u3000]*——")
#: a ranking or an award before a count (入选全国十大…, 评为中国十佳…, 位列全球…): the count names the list ranked
_RANKED_BEFORE = lazyre.compile(r"(?:入选|评为|获评|荣获|获得|位列|跻身|列入|全国|全省|全市|全球|中国|世界|国际|亚洲)[\u4e00-\u9fff]{0,4}$")


def _dash_items(text: str) -> List[Enumeration]:
    """A count closing its line and the paragraphs led by —— right after it, one item each, up to the first paragraph
    not led by one (``after``)."""
    out: List[Enumeration] = []
    for m in lazyre.finditer(_DASH_TERM, text):
        if _RANKED_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue      # (入选全国十大宜居城市。: a ranking's name, not the paragraphs' count)
        p, marks = m.end(), []
        while p < len(text) and _DASH_LINE.match(text, p) is not None:
            marks.append("——")
            e = text.find("\n", p)
            if e < 0:
                p = len(text)
                break
            p = e + 1
        if len(marks) < 2:
            continue
        q = _count_q(m.start("n"), m.group("n"), m.group("w"))
        out.append(Enumeration(m.start("n"), p, q, tuple(marks), len(marks), each=True, lo=len(marks), after=True))
    return out


#: what may stand between the items and a quoted count after them (，实现“三个突破” / ，取得“三个突破”)
_KEY_BEFORE_GAP = lazyre.compile(r"[，,；;]\s*(?:[\u4e00-\u9fff]{0,8}?(?:实现|取得|迎来|完成|做到|达成|呈现))?了?\s*$")


def _key_items_before(text: str, qs: int, key: str):
    """(items, fewest, most, start) of the clauses stating ``key`` before a quoted count at ``qs`` (生产总值突破…，进出口总额
    突破…，常住人口突破…，实现“三个突破”): every clause from the sentence's start states the word and names one subject
    (no 、/和/与/及/分别/均), or None."""
    g = _KEY_BEFORE_GAP.search(text, max(0, qs - 12), qs)
    if g is None:
        return None
    st = max(text.rfind(c, max(0, g.start() - 300), g.start()) for c in "。！？!?\n：:") + 1
    if st <= 0 and g.start() > 300:
        return None
    flat = re.sub(r"（[^（）]*）|\([^()]*\)", lambda b: "Ｑ" * len(b.group()), text[st:g.start()])
    clauses = [c for c in re.split(r"[，,；;]", flat) if c.strip()]
    if len(clauses) < 2 or any(key not in c or re.search(r"[、和与及]", c) or _MANY_IN_CLAUSE.search(c)
                               for c in clauses):
        return None
    return [c.strip() for c in clauses], len(clauses), len(clauses), st


def _key_items(text: str, pos: int, end: str, key: str, framed: bool = False):
    """(items, fewest, most, end) of the items stating ``key`` after a quoted count ending at ``pos`` (see
    :func:`_items_after`), or None.  Clauses at ， that each open or close with the word (必须A，必须B; A的有之，B的有之)
    are one item each whatever they hold (a 、 or 和 inside is no second item); ``framed``: only such clauses or ；-segments
    are read, never items numbered (一是…)."""
    para_end = text.find("\n", pos)
    if para_end < 0:
        para_end = len(text)
    if end == "。":
        start = pos
    else:
        # short head sentences: 实现“六个大幅增长”：人口大幅增长。商事主体大幅增长。…
        head = re.compile(r"([^，,。；;：:！？!?\n]{1,12}" + re.escape(key) + r")。")
        if end in "：:" and head.match(text, pos):
            # (items numbered — 五个重大突破：一是A取得重大突破。…二是B取得重大突破。… — are the heads only when every
            # numbered sentence states the word and no other sentence does: 三大产业：一是发展软件产业。二是发展金融业。
            # 三是发展物流业。同时培育两个新兴产业。 is three numbered items, not two heads)
            numbered = _ORD_ITEM.match(text, pos) is not None
            heads = []
            k = pos
            while k < para_end:
                e = text.find("。", k, para_end)
                if e < 0:
                    break
                h = head.fullmatch(text, k, e + 1)
                if numbered and (h is not None) != (_ORD_ITEM.match(text, k) is not None):
                    return None
                if h is not None:
                    heads.append(h.group(1))
                k = e + 1
            if len(heads) < 2:
                return None
            return heads, len(heads), len(heads), para_end
        start = pos
    stop = re.compile(r"[。！？!?]").search(text, start, para_end)
    stop_at = stop.start() if stop is not None else para_end
    stretch = text[start:stop_at]
    if not stretch.strip() or (framed and _COLON_ORDINAL.search(stretch)):
        return None
    nxt = re.compile(r"[。！？!?]").search(text, stop_at + 1, para_end) if stop is not None else None
    following = text[stop_at + 1:nxt.start() if nxt is not None else para_end] if stop is not None else ""
    more = key in following
    # (brackets masked: a comma inside （…） is no clause's end)
    flat = re.sub(r"（[^（）]*）|\([^()]*\)", lambda b: "Ｑ" * len(b.group()), stretch)
    if "；" in flat or ";" in flat:
        cuts = [0] + [x for c in re.finditer(r"[；;]", flat) for x in (c.start(), c.end())] + [len(flat)]
        segs = [(a, b) for a, b in zip(cuts[::2], cuts[1::2])]
        if len(segs) < 2 or any(key not in flat[a:b] for a, b in segs):
            return None
        clauses = [c for a, b in segs for c in re.split(r"[，,]", flat[a:b]) if key in c]
        lo, hi = len(segs), len(clauses)
        if more or any(_MANY_IN_CLAUSE.search(c) for c in clauses):
            hi = 99
        return [stretch[a:b].strip() for a, b in segs], lo, hi, start + len(stretch)
    clauses = [c for c in re.split(r"[，,]", flat) if c.strip()]
    if len(clauses) == 1 and "、" in flat:
        # items at 、, each stating the word (“三个突破”：A突破…、B突破…、C突破…) — after a colon only: after a comma they
        # may be the subjects of what some of the things did (实施“三大工程”，城建工程、水利工程已完工)
        if end in "，,":
            return None
        clauses = [c for c in flat.split("、") if c.strip()]
        if any(re.search(r"[和与及]", c) or key not in c for c in clauses):
            return None
    edged = all(c.count(key) == 1 and (c.strip().startswith(key) or c.strip().endswith(key)) for c in clauses)
    if len(clauses) < 2 or (framed and not edged) or any(key not in c or (not edged and re.search(r"[、和与及]", c))
                                                         or _MANY_IN_CLAUSE.search(c) for c in clauses):
        return None
    return [c.strip() for c in clauses], len(clauses), 99 if more else len(clauses), start + len(stretch)


_CITY_PREFIX = []


def _city_prefix() -> "re.Pattern[str]":
    """Provinces and prefecture-level cities by their short names (广州, 深圳, 广东), the longest first
    (:func:`lintgov.data.places`)."""
    if not _CITY_PREFIX:
        from ..data import places, short_place
        pl = places()
        names = {short_place(x) for x in list(pl.provinces) + list(pl.prefectures)}
        # the longest first; names of one length in a fixed order (a set's order changes with the hash seed,
        # which made a new pattern, compiled and written to the pattern cache, at every start)
        _CITY_PREFIX.append(re.compile("|".join(sorted((re.escape(x) for x in names if len(x) >= 2),
                                                       key=lambda x: (-len(x), x)))))
    return _CITY_PREFIX[0]


def _city_prefixed(body: str) -> bool:
    """Every name of ``body`` (、-separated) a city or province and at least two characters more (广州南沙、深圳前海蛇口、
    珠海横琴): the first may follow a verb (支持广州南沙)."""
    parts = body.split("、")
    if len(parts) < 2:
        return False
    pat = _city_prefix()
    first = [m for m in pat.finditer(parts[0]) if len(parts[0]) - m.end() >= 2]
    return bool(first) and all(len(x) - m.end() >= 2 for x in parts[1:] for m in [pat.match(x)] if m is not None) \
        and all(pat.match(x) is not None for x in parts[1:])


#: the words between a place noun after a count and a facility or body of theirs (4个街道社康中心): up to six characters,
#: never across a verb that opens the clause's predicate (6个街道新建社区养老服务综合体: the facilities are what is built
#: in the streets counted, not the things counted)
_TAIL_NOUN_RUN = r"(?:(?!新建|新设|新增|建成|建设|建立|设立|开设|开展|实施|推进|完成|获评|获得|列入|纳入|实现|打造|启动|率先|试点|全部|均|已)" \
    r"[\u4e00-\u9fff]){0,6}?"
#: the divisions right under a county-level one, as the noun after a count (4个街道, 两个镇, 三个乡镇)
#: (never when a facility or body of theirs follows in the clause: 4个街道社康中心 may count centres, several a street)
_UNDER_COUNTY = lazyre.compile(r"(?:街道|乡镇|镇|乡)(?!" + _TAIL_NOUN_RUN + r"(?:中心|站|所|院|馆|场|园|室|队|组|部|会|办|委|社区|村|"
                               r"小区|项目|工程|学校|医院|社康|企业|公司|机构|部门|网格|市场|设施|网点|楼栋))")
#: zones named as the noun after a count, a modifier of up to four characters before (三个重点改造片区, 四大组团), never when
#: a facility or body of theirs follows
_ZONE_TAIL = lazyre.compile(r"[\u4e00-\u9fff]{0,4}?(?:片区|组团|板块|街区|小镇)(?!" + _TAIL_NOUN_RUN + r"(?:中心|站|所|院|馆|场|园|室|队|"
                            r"组|部|会|办|委|项目|工程|学校|医院|企业|公司|机构|部门|网格|市场|设施|网点|楼栋))")
#: villages and communities as the noun after a count (两个村, 三个城中村, 4个社区), never a facility or body of theirs
_VILLAGE_TAIL = lazyre.compile(r"(?:城中村|行政村|村|社区|小区)(?!" + _TAIL_NOUN_RUN + r"(?:中心|站|所|院|馆|场|园|室|队|组|部|会|办|委|"
                               r"舞台|公园|小区|项目|工程|学校|医院|社康|企业|公司|机构|部门|网格|市场|设施|网点|楼栋|书屋|广场))")
#: a name of a town or a street, which may hold the villages counted after it
_TOWN_NAME = lazyre.compile(r"(?:镇|乡|街道|街|办事处|街办|管委会|园区)$")
#: residential compounds (小区) counted after names, as villages are (春江花园、锦绣华庭两个小区); a community or a village
#: named among them may hold them
_COMPOUND_TAIL = lazyre.compile(r"[\u4e00-\u9fff]{0,4}?小区")
_COMPOUND_HOLDER = lazyre.compile(r"(?:社区|村|居委会|村委会)$")
#: a name that is a zone or a division above a town by its own last character (光明新区, 宝安区, 东莞市)
_HOLDER_NAME = lazyre.compile(r"(?<!小)(?<!社)(?<!景)(?<!街)(?:区)$|(?:县|市|旗|州|盟|省)$")


_PAIR_TYPE = next(t for t in "IL" if array(t).itemsize == 4)


def _pair_key(name: str) -> Optional[int]:
    """The first two UTF-16 code units of ``name`` as one integer, as :func:`_text_pairs` holds them; None for a name of
    one unit (searched for in any text)."""
    b = name[:2].encode("utf-16-le", "surrogatepass")[:4]
    return int.from_bytes(b, sys.byteorder) if len(b) == 4 else None


def _text_pairs(text: str) -> set:
    """Every two consecutive UTF-16 code units of ``text`` as one integer (read in C): a name stands in the text only
    where its first two units do (UTF-16 is self-synchronizing: a name's units stand in the text's exactly where the
    name stands in the text), so a name whose :func:`_pair_key` is not here needs no search."""
    b = text.encode("utf-16-le", "surrogatepass")
    n = len(b)
    a = array(_PAIR_TYPE)
    a.frombytes(b[:n - n % 4])
    out = set(a)
    if n >= 6:
        a = array(_PAIR_TYPE)
        a.frombytes(b[2:n - (n - 2) % 4])
        out.update(a)
    return out


def _named(name: str, key: Optional[int], text: str, pairs: set) -> bool:
    """``name in text``, searched for only when its first two units are among the text's (:func:`_text_pairs`)."""
    return (key is None or key in pairs) and name in text


#: per county-level holder of :func:`lintgov.data.builtin_counties`: its full name, the texts whose presence names it (its
#: short name alone when that is part of the full one) and their :func:`_pair_key`, and the provinces of a prefecture —
#: made once a process (short_place is two regex substitutions, and a document asked it again of each of ~350 holders)
_COUNTY_ROWS: list = []
#: holder → the full and short names of its counties, made when a document first names the holder; "" → every county's
_COUNTY_NAMES: dict = {}


def _county_rows() -> list:
    if not _COUNTY_ROWS:
        from ..data import builtin_counties, places, short_place
        prefectures = places().prefectures
        for holder in builtin_counties():
            short = short_place(holder)
            needles = (short,) if short in holder else (holder, short)
            _COUNTY_ROWS.append((holder, needles, tuple(_pair_key(x) for x in needles),
                                 prefectures.get(holder, frozenset())))
    return _COUNTY_ROWS


def _counties_of(holder: str) -> frozenset:
    got = _COUNTY_NAMES.get(holder)
    if got is None:
        builtin_counties, short_place = _late_data.builtin_counties, _late_data.short_place
        if holder:
            counties = builtin_counties()[holder]
            got = frozenset(counties) | frozenset(short_place(x) for x in counties)
        else:
            got = frozenset().union(*(_counties_of(h) for h in builtin_counties()))
        _COUNTY_NAMES[holder] = got
    return got


def _county_names(doc: "Document", text: str) -> frozenset:
    """The county-level names the document may mean, full and short (南山区, 南山): those of the prefecture-level
    divisions (or 直辖市) it names, by full or short name, and of every prefecture of a province it names; every county
    when it names none (cached per document)."""
    c = _cache(doc)
    if "county_names" in c:
        return c["county_names"]  # type: ignore[return-value]
    from ..data import places
    provinces = places().provinces
    pairs = _text_pairs(text)
    named = {p for p, short in provinces.items()
             if _named(p, _pair_key(p), text, pairs) or _named(short, _pair_key(short), text, pairs)}
    rows = _county_rows()
    # (a province named brings the counties of all its prefectures: a provincial report names counties alone; a
    # text that names no province or prefecture may mean any county: 宝安、龙岗四个镇 alone)
    hit = [any(_named(x, k, text, pairs) for x, k in zip(needles, keys)) for _, needles, keys, _ in rows]
    if not named and not any(hit):
        c["county_names"] = _counties_of("")
        return c["county_names"]  # type: ignore[return-value]
    out: set = set()
    for (holder, _, _, provs), h in zip(rows, hit):
        if h or holder in named or named & provs:
            out |= _counties_of(holder)
    c["county_names"] = frozenset(out)
    return c["county_names"]  # type: ignore[return-value]


def _holders_named(doc: "Document", text: str, names) -> bool:
    """Whether every name (the first one's last two to four characters: a verb may stand before it) may be a place
    holding towns or streets: a county, prefecture or province (the document's own, :func:`_county_names`, or any of
    :func:`lintgov.data.places`), a name ending with 区/县/市…, or one the document writes with 新区/开发区 after it."""
    big = _big_places()
    counties = _county_names(doc, text)

    def holder(x: str) -> bool:
        return bool(_HOLDER_NAME.search(x) or x in counties or x in big or (x + "新区") in text or (x + "开发区") in text)

    # every name must be one: a list of holders names places of one kind (宝安、龙岗四个镇; 南山、罗湖、福田4个街道); names
    # of which some are no county, prefecture, province or zone are the towns, streets or villages counted, some of them
    # sharing a county's short name (柳溪、石门和高桥3个乡镇: 石门 is also a county in Hunan; 金山、银溪、石门…6个村)
    # (a piece left empty by a name opening with 和 — 和平里 — is no name: 和平里和新华小区)
    first = names[0]
    if not any(holder(first[-k:]) for k in (2, 3, 4) if len(first) >= k):
        return False
    return all(holder(y) for x in names[1:] for y in re.split(r"[和与及]", x) if y)


_BIG_PLACES: set = set()
_ALL_PLACES: set = set()


def _site_names(names) -> bool:
    """Whether every name (each side of a 和/与/及 join) may be a place that holds the facilities counted after it: a
    province, prefecture or county-level division of :mod:`lintgov.data` by full or short name (格尔木, 德令哈, 庆阳,
    宝安), or a name its last character marks as a place (区/县/市/旗/州/盟/省, 镇/乡/村, 甲地/乙地)."""
    from ..data import builtin_counties, places, short_place
    if not _ALL_PLACES:
        pl = places()
        _ALL_PLACES.update(pl.provinces)
        _ALL_PLACES.update(pl.provinces.values())
        for x in pl.prefectures:
            _ALL_PLACES.update((x, short_place(x)))
        for holder, counties in builtin_counties().items():
            _ALL_PLACES.update((holder, short_place(holder)))
            for x in counties:
                _ALL_PLACES.update((x, short_place(x)))
    return all(y in _ALL_PLACES or _SITE_NAME.search(y) for x in names for y in re.split(r"[和与及]", x) if y)


#: the last character of a name that makes it a place (宝安区, 光明镇, 甲地): see :func:`_site_names`
_SITE_NAME = lazyre.compile(r"(?:区|县|市|旗|州|盟|省|镇|乡|村|地)$")


def _big_places() -> set:
    """The provinces and prefectures, full and short names (made once a process: short_place is two substitutions)."""
    big = _BIG_PLACES
    if not big:
        from ..data import places, short_place
        pl = places()
        big.update(pl.provinces)
        big.update(pl.provinces.values())
        big.update(pl.prefectures)
        big.update(short_place(x) for x in pl.prefectures)
    return big


#: a deed done to each of the things named, after a quoted count with no measure word (“三必破”, “五公开”, “三同步”,
#: “四到位”, “六合一”, “四统一”)
_ENUM_EACH_DEED = lazyre.compile(r"必破|公开|同步|到位|合一|统一")
#: the verbs before the names of such a count (实现…, 保持…, 做到…, 推进…)
_EACH_DEED_LEAD = lazyre.compile(r"实现|保持|做到|确保|落实|推进|推行|全面推进|深入推进")


def _framed_names(names: List[str], c: str) -> Optional[List[str]]:
    """The names before a quoted one-character abbreviation (“三快”, “四会”) when each opens with its character (the first
    may follow a verb: 打出快核酸 → 快核酸) or each closes with it — the pieces of a name joined by 和/与/及 too —, at least
    three names at 、, else None (教师、医生和“三师”; 懂农业、爱农村、爱农民的“三农”)."""
    pieces = [y for x in names[1:] for y in re.split(r"[和与及]", x)]
    if len(names) < 3 or any(not y for y in pieces):
        return None     # (two names may be part of a fixed term's three: 防汛、防风“三防”)
    first = re.split(r"[和与及]", names[0])
    if all(y.endswith(c) for y in pieces + first):
        return names
    k = names[0].find(c)
    if k >= 0 and all(y.startswith(c) for y in pieces + first[1:]) and len(names[0]) - k >= 2:
        return [names[0][k:]] + names[1:]
    return None


#: patterns of _names_before, compiled once (a call of re's module functions looked each one up in
#: re's cache on every call, and compiled it again once other patterns had pushed it out)
_NAMES_BEFORE_RE1 = lazyre.compile(r"(?:“[^“”]+”(?:、|和|与|及|以及)?)+$")
_NAMES_BEFORE_RE2 = lazyre.compile(r"^(?:(?:[12]\d{3}|[一二][〇零一二三四五六七八九]{3})年(?:底|末)?|今年|去年|全年|当年)")
_NAMES_BEFORE_RE3 = lazyre.compile(r"“[^“”]*[0-9两二三四五六七八九十][^“”]*”")
_NAMES_BEFORE_RE4 = lazyre.compile(r"“([^“”]+)”")
_NAMES_BEFORE_RE5 = lazyre.compile(r"“[^“”]*”")
_NAMES_BEFORE_RE6 = lazyre.compile(r"[^，,。；;：:！？!?\n、（）()]{0,16}")
_NAMES_BEFORE_RE7 = lazyre.compile(r"[^0-9]*")
_NAMES_BEFORE_RE8 = lazyre.compile(r"[和及与或]")
_NAMES_BEFORE_RE9 = lazyre.compile(r"等|[0-9%％]")
_NAMES_BEFORE_RE10 = lazyre.compile(r"[和及与]")
_NAMES_BEFORE_RE11 = lazyre.compile(r"[0-9%％]")
_NAMES_BEFORE_RE12 = lazyre.compile(r"[和及]")
_NAMES_BEFORE_RE13 = lazyre.compile(r"[和与及]")


#: the last character of a word naming a kind of people, not a person (博士, 学生, 党员, 专家, 教师, 院长, 职工, 工人)
_PEOPLE_KIND_END = lazyre.compile(r"[士生员家师长工人者手匠模]$|代表$|委员$|干部$|群众$|人才$|骨干$|能手$|标兵$|[男女]$")
#: a character of a masked title or quote (names made of them are compared by length only)
_MASKED = lazyre.compile("[\ue000Ｑ]")
#: a total word closing the names right before their count (…、新能源共5大)
_TOTAL_END = lazyre.compile(r"(?:共计|合计|总计|一共|(?<!公)共)$")
#: 等 closing the names right before their count (…、北港等四个): the list may be partial
_PARTIAL_END = lazyre.compile(r"(?<![高平中初同对均相优上头特劣超次一二三四五六七八九])等等?$")
#: counts that may group the names into fewer kinds or sides (等两类, 等三个方面, 等两大领域)
_GROUPING_UNITS = frozenset(("类", "种", "方面", "方", "级", "重", "者"))
_GROUPING_NOUN = lazyre.compile(r"[\u4e00-\u9fff]{0,4}?(?:类|种|方面|领域|板块|方向|层面|环节|大类|体系|系统|问题|矛盾|短板|任务|工作|"
                                r"行业|产业|事项|群体|人群)")
#: a second count glued to a count and its noun (三省一市, 四区一县, 8所1中心): the count opens a term of several counts
_COMPOSITE_NEXT = lazyre.compile(r"(?P<n>[一二两三四五六七八九十]|(?<=\d[\u4e00-\u9fff])\d{1,2})(?P<w>[\u4e00-\u9fff]{1,2}?)"
                                 r"(?=(?P<end>[^\u4e00-\u9fff\d]|的|$)|[一二两三四五六七八九十\d])")


#: the nouns of places and bodies a term of several counts is made of (三省一市, 四区一县, 8所1中心, 两城一区, 一轴两带)
_COMPOSITE_UNITS = frozenset("省市区县州镇乡村城所园港站校馆院片带圈轴核廊岛湾".replace("", " ").split())


def _composite_counts(text: str, e: int) -> Optional[Tuple[int, Optional[int]]]:
    """The counts glued after a count and its noun ending at ``e`` (三省|一市, 8所|1中心|2基地): (their sum, where the term
    ends) when it ends there (a stop, 的, the text's end), (their sum, None) when more words follow (三省一市一体化, “三个一”
    活动: no reading), None when no count follows."""
    if text[e - 1:e] not in _COMPOSITE_UNITS:
        return None       # (四个一批, 两个五连冠, 三位一体: N things each called 一X, one count)
    total, p, found = 0, e, False
    while True:
        m = _COMPOSITE_NEXT.match(text, p)
        if m is None:
            break
        n = m.group("n")
        total += int(n) if n.isdigit() else _COMPOSED_CN.get(n, 0) or 0
        p, found = m.end(), True
        if m.group("end") is not None:
            return total, p
    if not found:
        return None
    return total, None


#: a name that is the whole of the report's area (全市, 和全区): the place of what a count counts, never one of them
_WHOLE_SCOPE_NAME = lazyre.compile(r"(?:^|[和及与同])全(?:市|区|县|省|国|镇|乡|州|旗|盟)$")


def _opens_names(x: str) -> bool:
    """Whether a verb (or 各, 等…) inside the name ``x`` may open the names after it (亲自推动横琴、前海两个合作区): a
    verb with words after it in the name, or a word of one character, or the name is the verb alone — never a verb
    of two characters or more closing a longer name (危房改造, 基地建设: the work named, an object and its deed)."""
    for m in _ENUM_BEFORE_VERB.finditer(x):
        if m.end() < len(x) or len(m.group()) < 2 or len(x) <= len(m.group()):
            return True
    return False


#: the first stretch of a list of names holding a figure and then the words of the first name (用9个月平稳搬迁麻布):
#: ``rest`` the words after the figure and its measure word, at least three characters and no figure
_FIGURE_IN_LEAD = lazyre.compile(r"^.*?[0-9][0-9.,]*(?:个月|個月|[个個年月天日次项項件家名人万萬亿億元%％])*"
                                 r"(?P<rest>[\u4e00-\u9fff“”]{3,})$")


def _names_before(doc: "Document", text: str) -> List[Enumeration]:
    """Counts right after the names of what they count, 、-separated (荆州、孝感、黄冈3个过三千亿元城市; 集成电路、生物医药、
    人工智能三大先导产业; 围绕“资源、客源、服务”三大要素; “粤菜师傅”“广东技工”“南粤家政”三项工程; 连跨5万亿元、6万亿元
    两个台阶).  The names run back to the clause's start; quoted names before them are one stretch.  Not read: a list
    marked partial (等), a verb or 各/分别 between the last name and the count, a count that is itself an item of a
    list (铁人三项赛、…), a count of things in the bodies named (大学, 领域, places below a county), counts in a name
    (“四个意识”), a heading's numeral, figures among the names other than levels passed."""
    from ..quantities import Quantity
    out: List[Enumeration] = []
    cands = [(c.start(), None) for c in _ENUM_BEFORE_CHEAP.finditer(text)]  # a literal-led pattern first: the full
    if "级" in text:                                                             # one costs 9 times more
        cands.extend((k, None) for k in _level_counts(text))
    if "“" in text:
        cands.extend((q.start("n"), q) for q in _ENUM_QUOTED.finditer(text))
    shared_at = {c.start("n") for c in lazyre.anchored_finditer(_SHARED_NOUN, text, _SHARED_NOUN_AT, back=15)}
    if shared_at:
        known = {c for c, _ in cands}
        cands.extend((k, None) for k in shared_at if k not in known)
    cands.sort(key=lambda x: x[0])
    for s, quoted in cands:
        if text.rfind("、", max(0, s - 60), s) < 0 and text.rfind("”“", max(0, s - 60), s) < 0 \
                and _ENUM_QUOTES_JOINED.search(text, max(0, s - 60), s) is None \
                and _PAIR_JOIN.search(text, max(0, s - 40), s) is None:
            continue      # (a join: two names joined by 和/与/及 and no 、 — 垃圾分类和物业管理两个关键小事)
        shared = False
        if s and text[s - 1] in _LATIN and text[s].isdigit():
            continue      # a digit of a name (华星光电T6项目投产、T7项目开工: 7项 is no count)
        if quoted is None:
            m = _ENUM_BEFORE.match(text, s)
            framed = each_deed = False
            if m is None:
                continue
            e, n_, w_ = m.end(), m.group("d") or m.group("c"), m.group("w")
            if w_ == "者" and text[s - 1:s] in ("这", "此"):
                continue  # (这两者 / 此三者 points back to what was named before, not to the stretch before it)
            if m.group("sh") is not None and s not in shared_at:
                continue  # (a noun of its own only when the names end with it)
            opened = s
            more = _composite_counts(text, e)
            if more is not None:
                # a term of several counts (江苏、浙江、上海、安徽三省一市; 甲、乙、丙、丁四区一县): the names are the things
                # of all its counts together — read as their sum only when the term ends there (三省一市一体化 may be
                # a programme's name)
                if more[1] is None:
                    continue
                e, extra = more[1], more[0]
            else:
                extra = 0
        else:
            m = quoted
            e, n_, w_ = m.end(), m.group("n"), m.group("w") + m.group("rest")
            opened = m.start()        # the names end before the quote (and 新 in “新三样”)
            rest_ = m.group("rest")
            shared = not m.group("w") and ((len(rest_) == 1 and rest_ in _ENUM_CN_SHARED_OK)
                                           or (len(rest_) >= 3 and _ENUM_SHARED_JOINT.fullmatch(rest_, 1) is not None))
            # any other character abbreviates the names only when each name opens with it, or each closes with it
            # (快核酸、快流调、快找人“三快”; 基层组织、基础工作、基本能力“三基”; 社区治保会、…联合会和…促进会“四会”): checked below
            framed = not m.group("w") and len(rest_) == 1 and not shared and "\u4e00" <= rest_ <= "\u9fff" \
                and _ENUM_CHANGE.fullmatch(rest_) is None     # (“三增”: a count of changes, read below)
            shared = shared or framed
            # a deed done to each thing named (命案、绑架案、涉枪案“三必破”; 决策、执行、管理、服务、结果“五公开”; 补偿资金、
            # 返还用地和公园建设“三同步”): at least three names, checked below
            each_deed = not m.group("w") and _ENUM_EACH_DEED.fullmatch(rest_) is not None
            if not (_ENUM_CHANGE.fullmatch(m.group("rest")) or (m.group("w") and (m.group("rest") or m.group("w") == "样"))
                    or shared or each_deed):
                continue  # a count word and a noun (“三道防线”), or a count of changes (“三增长”): never an abbreviation
                #           without a measure word, which a verb may govern (科学划定、动态调整“三区”; 反对“四风”; “三甲”;
                #           “两年倍增”; “四人帮”) — unless its character is in every name (below: 名医、名院、名诊所“三名”)
        change = quoted is not None and _ENUM_CHANGE.fullmatch(m.group("rest")) is not None
        stop = _ENUM_LAST_STOP.search(text, max(0, s - 120), s)
        # a short bracket inside a name is no stop (出国（境）证照管理平台; 社区（园区）): the names run on before it
        while stop is not None and text[stop.start()] in "）)":
            b = _NAME_BRACKET.search(text, max(0, stop.start() - 7), stop.start() + 1)
            if b is None or b.end() != stop.start() + 1 or b.start() == 0 or not "\u4e00" <= text[b.start() - 1] <= "\u9fff" \
                    or b.end() >= s:
                break     # (a bracket right before the count closes the names: 聚集名诊所（门诊部）三方面 is read as before)
            stop = _ENUM_LAST_STOP.search(text, max(0, s - 120), b.start())
        lo = stop.start() + 1 if stop is not None else 0
        if lo <= 0 and s > 120:
            continue
        body = text[lo:opened]
        # an item's number opening the line is no part of the first name (15.组建VR、智慧城市2个产业创新联盟)
        body = _ENUM_ITEM_NO.sub("", body, count=1)
        # nor is a glossary's term glossed at the clause's start (“3”是激活改革、开放、创新“三大动力”; “9”是指A、B…9个政策)
        body = _ENUM_GLOSS_LEAD.sub("", body, count=1)
        if quoted is not None and _NAMES_BEFORE_RE3.search(body):
            continue  # names that are counted slogans themselves (增强“八项本领”、提高“七种能力”)
        # a list closed by 等 right before the count (东湖、西岸、北港等四个片区) may name some of the things only: the
        # count is then at least the fewest things the names are (never of kinds or sides, which may group the names:
        # 征地、拆迁、补偿等两类问题)
        # a total word right before the count (电子信息、…、新能源共5大产业集群; 甲区、乙区和丙区共三个区): the count is of
        # the names only when they are the things counted — N大, or every name ends with the count's noun (else the
        # names may hold the things: 城东、城西共5个项目) — checked once the names are known
        summed = quoted is None and _TOTAL_END.search(body) is not None
        if summed:
            body = body[:_TOTAL_END.search(body).start()]
        partial = quoted is None and _PARTIAL_END.search(body) is not None
        if partial:
            if w_ in _GROUPING_UNITS or extra or _GROUPING_NOUN.match(text, e):
                continue
            body = body[:_PARTIAL_END.search(body).start()]
        if change:   # the quantities that changed, then 实现/保持 or a span (连续4年) before the count of changes
            body = body[:_ENUM_CHANGE_GAP.search(body).start()]
        tail = _NAMES_BEFORE_RE6.match(text[e:e + 16]).group()
        # a noun, a join and another noun after the count (4家科技机构和企业): the count may hold both (not read, below) —
        # unless a count of its own follows the join, which then joins two counted phrases (南山、罗湖、福田3个区和西乡、
        # 布吉等7个镇; 汕头、河源、汕尾、潮州4市帮扶协作和惠州3县产业协作): the count's words end at the join
        join = _JOIN_IN_TAIL.match(tail)
        if join is not None and _COUNT_AFTER_JOIN.match(text, e + join.end()) is not None:
            tail = tail[:join.end() - 1]
        noun_pair = _NOUN_JOIN_AFTER.match(tail)
        # names closed by 的 before a count of ideas, aims or burdens (需求收缩、供给冲击、预期转弱的三重压力; 创新、协调、
        # 绿色、开放、共享的五大发展理念): the names are those things; before any other noun 的 makes them its holders
        # (华为、中兴、迈瑞公司的三项技术成果)
        abstract = quoted is None and body.endswith("的") and "、" in body and _ENUM_ABSTRACT.match(tail) is not None
        if abstract:
            body = body[:-1]
        # the count and its noun are an item of a list when a 、 follows them before any figure (三大新兴产业增速分别为
        # 30%、…: the list after the figure is the values')
        noun = _NAMES_BEFORE_RE7.match(tail).group()
        # a list of counted pairs (聚焦A和B两个方向、C和D两条路子、E和F两种动力): each count is its own pair's
        pairs = noun == tail and text[e + len(tail):e + len(tail) + 1] == "、" and "、" not in body \
            and _PAIR_COUNTED.match(text, e + len(tail) + 1) is not None
        if "、" in body:
            head_, _, last_ = body.rpartition("、")
            if _PAIR_COUNTED_END.search(head_) and "、" not in last_:
                body = last_
                pairs = True
        # places below a county named with their city or province first (广州南沙、深圳前海蛇口、珠海横琴三大片区): each name
        # is one of the places counted, not a place holding them (宝安、龙岗四个镇)
        sub = _ENUM_SUBPLACE.match(tail if quoted is None and w_ not in _ENUM_PLACE_UNITS else "") is not None
        prefixed = sub and _city_prefixed(body)
        # towns and streets (街道, 镇, 乡) lie right under a county-level division: names none of which is a county,
        # prefecture or province the document may mean, nor a zone (…新区), are the towns or streets counted (平湖、布吉、
        # 吉华、坂田、南湾五个街道), never the places holding them (宝安、龙岗四个镇; 南山、罗湖、福田4个街道) — checked
        # once the names are known (below)
        # (zones — 片区, 组团, 板块, 街区 — alike: 东湖、西岸和北港三个重点改造片区 names the zones, 宝安、龙岗两区的片区 not)
        # (villages and communities alike — 麻布、径贝两个村 —, unless a name is a town or street that may hold them:
        # 甲镇、乙镇两个村)
        village = sub and not prefixed and _VILLAGE_TAIL.match(tail) is not None
        under_county = sub and not prefixed and (_UNDER_COUNTY.match(tail) is not None
                                                 or _ZONE_TAIL.match(tail) is not None or village)
        if under_county:
            sub = False
        # two names joined by 和/与/及 right before the count (织牢联防联控和群防群治两张网、全力科学救治): the count is of that
        # pair whether or not its item is one of a list, as it is without the 、 after it
        joined = "、" not in body and _PAIR_JOIN_END.search(body[-20:]) is not None
        if (noun == tail and text[e + len(tail):e + len(tail) + 1] == "、" and not pairs and not joined) or \
                _PARTIAL_DENG.search(tail) or \
                noun_pair is not None or (sub and not prefixed):
            continue  # the count and its noun are an item of a list, or places inside the places named
        if body.count("“") != body.count("”") or '"' in body:
            continue
        # quoted names one after another, or joined by 、/和/与/及 (“放管服”与“最多跑一次”两项改革)
        run = _NAMES_BEFORE_RE1.search(body)
        run_quoted = body.endswith("”") and run is not None
        if run_quoted:
            items = _NAMES_BEFORE_RE4.findall(run.group())
            names = items if len(items) >= 2 else items[0].split("、")
        else:
            flat = _NAMES_BEFORE_RE5.sub(lambda q: "Ｑ" * len(q.group()), body)
            names = flat.split("、")
            if len(names) == 1:
                # (a count of changes with its items after it — 居民收入和保障水平实现“三个提高”。A从…提高到…— counts the
                # items, not the two names)
                names = None if change and text[e:e + 1] in "。：:" else _pair_names(flat, w_, quoted is not None, not n_.isdigit(), text[e:e + 4])
                if names is None:
                    continue
        names = [x.strip() for x in names]
        # names of one character each (小、初、高…三项; 东、中、西三大): the first is one character too, whatever stands
        # glued before it (…校园足球比赛小、初、高男子组三项冠军)
        if len(names) >= 3 and all(len(x) == 1 and "\u4e00" <= x <= "\u9fff" for x in names[1:-1]) \
                and len(names[0]) > 1 and "\u4e00" <= names[0][-1] <= "\u9fff" and not _NAMES_BEFORE_RE8.search(names[0]):
            names[0] = names[0][-1]
        # a year or a time word before the first name dates the list, it is no part of a name (2010年生物、互联网、新能源
        # 三大新兴产业增速…)
        names[0] = _NAMES_BEFORE_RE2.sub("", names[0])
        if each_deed:     # (the names follow the verb that states the deed done: 连续6年实现命案、… / 推进政府决策、…)
            if len(names) + sum(len(_NAMES_BEFORE_RE13.findall(x)) for x in names) < 3:
                continue      # (two names may be part of a fixed term: 标准化、规范化“十统一”)
            names[0] = _EACH_DEED_LEAD.split(names[0])[-1]
        if prefixed:      # (the first name starts at its city: 支持广州南沙 → 广州南沙)
            names[0] = names[0][_city_prefix().search(names[0]).start():]
        # a modifier before the first name, ending with 的, says something of all the names (总计8000余张床位的会展北、
        # 坝光两家大型国际酒店; 医院与社康的机构、人员、信息、全专、服务“五个融合”): the names start after it
        if len(names) >= 2 and "的" in names[0] and not run_quoted:
            k = names[0].rfind("的")
            if len(names[0]) - k - 1 >= 2 and not names[0][:k + 1].endswith(("目的", "有的", "别的", "似的")):
                names[0] = names[0][k + 1:]
        # the names start after a verb followed by a name (亲自谋划、亲自部署、亲自推动横琴、前海两个合作区: 横琴、前海;
        # …管理等6个全国整治项目和基础教育公平、安居工程乱象治理2个: after 和)
        for i in range(len(names) - 2, -1, -1):
            if quoted is not None and i:
                continue      # a quoted slogan's names open the clause (城市建设管理 is a name, not a verb's object)
            cut = None
            for v in _ENUM_START.finditer(names[i]):
                if v.end() < len(names[i]):
                    cut = v.end()
            if cut is not None:
                names = [names[i][cut:].lstrip("了")] + names[i + 1:]
                break
        levels = ("台阶" in tail or "关口" in tail or "大关" in tail) and all(_ENUM_LEVEL.fullmatch(x) for x in names)
        # levels of government counted after the levels named: the first name is the level word closing its stretch,
        # whatever stands before it (全区66条河流配备区、街道、社区三级河长: 区)
        if w_ == "级" and len(names) >= 2 and all(_GOV_LEVEL.fullmatch(x) for x in names[1:]):
            lw = _GOV_LEVEL_END.search(names[0])
            # (never after a join or another level, which may group with it: 中央和省、市、县两级)
            if lw is not None and lw.start() > 0 and names[0][lw.start() - 1] not in "和及与同跟、" \
                    and _GOV_LEVEL_END.search(names[0], 0, lw.start()) is None:
                names[0] = lw.group()
        # a partial list or a figure before a 和 starts the names after it (…管理等6个全国整治项目和基础教育公平、…)
        marked = [i for i, x in enumerate(names[:-1])
                  if re.search(r"等|[0-9%％]|" + _ENUM_INNER_COUNT.pattern, _ENUM_TECH_TOKEN.sub("", x))]
        if marked and not levels:
            i = marked[-1]
            j = max((x.end() for x in _NAMES_BEFORE_RE10.finditer(names[i])), default=-1)
            if j < 0 or _NAMES_BEFORE_RE9.search(names[i][j:]):
                # a figure inside the first stretch with words after it (用9个月平稳搬迁麻布、径贝两个村; 投入1.2亿元改造
                # 东湖、西岸两个公园): it ends no item (an item ends at its 、), so the names start after it — never a
                # stretch marked partial (等) or holding a count in words
                lead = _FIGURE_IN_LEAD.match(names[0]) if marked == [0] else None
                if lead is None or "等" in names[0] or _ENUM_INNER_COUNT.search(names[0]):
                    continue
                names = [lead.group("rest")] + names[1:]
            else:
                names = [names[i][j:]] + names[i + 1:]
        if quoted is None and w_ in ("名", "位") and any(_PEOPLE_KIND_END.search(y) for x in names for y in _NAMES_BEFORE_RE10.split(x)):
            continue  # (kinds of people, not people: 博士、硕士三名人才; 党员、干部两位代表)
        if quoted is None and m.group("sh") is not None and not all(x.endswith(w_) for x in names):
            continue  # a noun of its own (五园) counts only names that end with it
        if len(names) < 2 or any("等" in x for x in names) or any(not x for x in names) or \
                _ENUM_HEADING.match(names[0]) or \
                ((_ENUM_ACTION_END.search(names[0]) or any(_action_name(x) for x in names[1:-1])) and not (quoted is not None and m.group("rest") == "一批")):
            continue  # (“N个一批” names N actions: 新建布局、优化提升、整合重组、调整淘汰“四个一批”)
        # (a long last name may join two names: 完善区域创新生态系统和降低实体经济企业成本: each piece is measured)
        if any(len(y) > 20 for x in names[1:] for y in _NAMES_BEFORE_RE10.split(x)) \
                or any(_ENUM_INNER_COUNT.search(x) for x in names):
            continue
        if w_ == "级" and any(len(x) >= 2 and x not in _GLUED_ONE_LEVEL and x != "社区" and all(c in _GLUED_LEVELS for c in x)
                             for x in names):
            continue  # a name of levels glued together (挂点社区、区街社三级: 区街社 is three levels) is read by _glued_before
        if not levels and any(_NAMES_BEFORE_RE11.search(_ENUM_TECH_TOKEN.sub("", x)) for x in names):
            continue  # (a technology's name holding digits and letters is no figure: 激光及3D打印, 5G)
        if quoted is not None and shared and (not all(m.group("rest")[0] in x for x in names)
                                              or any(_ENUM_GROUP_NAME.search(x) for x in names)):
            continue  # an abbreviation counts the names only when its character is in each (生存、生活、生命“三生”)
        if quoted is not None and framed:
            names = _framed_names(names, rest_)
            if names is None:
                continue
        if quoted is None and any(_WHOLE_SCOPE_NAME.search(x) for x in names):
            continue  # a whole scope among the names (东区、西区和全市5个重点项目): they say where, not what is counted
        last = names[-1]
        # (levels: 市、区、街道、社区四级 counts the levels named, not things inside the last; a count of changes counts the
        # quantities named, whatever verb names them: 涉及人数和金额“三下降”)
        # (before a quoted count the names are a slogan's phrases: 共享 there is a phrase's word — 创新、协调、绿色、开放、共享
        # “五大发展理念”; 全民共享 —, not 共 of a total)
        # (以及 inside the last name joins two names like 和 — 食品加工以及纺织服装 —, never 以及 opening it)
        last_ = last[:1] + last[1:].replace("以及", "和") if len(last) > 4 else last
        verb_last = _verb_in_last((_ENUM_BEFORE_VERB_Q if quoted is not None or abstract else _ENUM_BEFORE_VERB), last_,
                                  names[:-1])
        # (a body named last holds the things counted — 深圳大学、南方科技大学8个学科 — unless the count's own noun is that
        # body's kind: 区人民医院、区妇幼保健院和区中医院3所医院 counts the hospitals named)
        container = _ENUM_CONTAINER.search(last)
        if container is not None and all(x.endswith(container.group()[-1]) for x in names) and re.match(
                _OWN_KIND_NOUN.pattern.replace("KIND", re.escape(container.group())), noun):
            container = None
        # (short names sharing the last one's head word — 东、中、西、东北地区“四大板块”: 东部地区, 中部地区… — name the
        # regions themselves when the count counts regions, never a body holding other things: 东、西部地区12所高校)
        if container is not None and container.group() in _SHARED_HEAD_REGIONS and len(last) - len(container.group()) <= 2 \
                and all(1 <= len(x) <= 2 for x in names[:-1]) and _REGION_NOUN.match(noun if quoted is None else w_):
            container = None
        if (verb_last and not change and not each_deed) or (container is not None and w_ != "级") \
                or (last[-1] in "和及与或" and not last.endswith(_JOIN_CHAR_WORDS)):
            continue      # (a join closing the last name leaves it open — never a word ending with the join's
            #               character: 产业、…、碳汇、公众参与六大领域)
        if quoted is not None and (last[-1] in "以于为向对把将给" or any("的" in x for x in names[1:])):
            continue  # a quoted count governed by a preposition (赋予…以“三个意义”), or descriptions, not names, before
            #           it (成为…的开路先锋、…的排头兵、彰显“四个自信”)
        joins = [i for i, x in enumerate(names) if _NAMES_BEFORE_RE10.search(x)]
        # (a join adds a thing in the last name only — A、B和C —: names are set apart by 、, so 与/和 inside an earlier one
        # joins the words of that name — 网络与通信、软件与信息服务、智能网联汽车3个集群 are three)
        hi = len(names) + (1 if len(names) - 1 in joins else 0)
        # the names may start after a join or a verb inside an earlier one (亲自谋划、亲自部署、亲自推动横琴、前海两个合作区)
        # (a verb closing a name is the name's own — 危房改造, 管网改造 are works, not a verb governing the names after)
        inner = [i for i, x in enumerate(names[:-1]) if i in joins or _opens_names(x)]
        low = len(names) - max(inner) if inner else len(names)
        if joins:
            low = min(low, len(joins) + 1)
            # every name and every side of a join ends with the noun counted (A中心和B中心、C中心三个中心; 东湖片区、西岸
            # 片区和北港片区三个片区; 石岩智造城与西丽湖国际科教城、光明科学城三城联动: the count's own word): each side is one thing
            pieces = [y for x in names for y in _NAMES_BEFORE_RE10.split(x)]
            head = pieces[-1][-1:] if pieces[-1] else ""
            if head and "\u4e00" <= head <= "\u9fff" and (head in noun or head == w_[:1]) and all(len(y) >= 2 and y.endswith(head)
                                                                              for y in pieces):
                low = hi = len(pieces)
        # names alike, each two words joined by 与 (网络与通信、半导体与集成电路两个集群; 低空与空天、细胞与基因两大): one
        # thing each or two each, never a mix
        split = 0
        if len(names) >= 2 and len(joins) == len(names) and not any(_ENUM_BEFORE_VERB.search(x) for x in names[:-1]) \
                and all(x.count("与") == 1 and not _NAMES_BEFORE_RE12.search(x) and
                        all(len(y) >= 2 for y in x.split("与")) for x in names):
            low, hi, split = len(names), len(names), 2 * len(names)
        # short names before a count of facilities may be their sites (格尔木、德令哈3座光热电站): unless the noun is a
        # place of one level or the count is N大 (three big …), only fewer things than names is read — when every name
        # is a place that may hold them (a county, prefecture or province, `_site_names`): short names that are no such
        # place name the facilities themselves (信立泰、俊峰2个总部项目; 环保和光伏两个检测中心; 紫薇、福滨、福新三座主题公园;
        # on corpus/full + gwr the 22 lists of short names before a count of facilities with no 等 hold as many things
        # as names but one, 格尔木、德令哈3座光热电站, two county-level cities)
        verb = None
        for verb in _ENUM_BEFORE_VERB.finditer(names[0]):
            pass
        first = names[0][verb.end():] if verb is not None else names[0]   # 新增荆州 → 荆州, 加快格尔木 → 格尔木
        if all(len(x) <= 3 for x in [first] + names[1:]) and w_ not in ("大",) + _ENUM_PLACE_UNITS \
                and _ENUM_FACILITY.search(tail) and not _ENUM_PLACE_NOUN.match(tail) and not shared and w_ != "级" \
                and not body.endswith("”") \
                and _site_names([first] + names[1:]):   # (quoted names are a programme's, not sites: “强基”及“育苗”两项工程)
            hi = 99
        chars = sum(len(x) for x in names) if all(3 <= len(x) <= 4 for x in names) else 0
        n = n_
        v = (int(n) if n.isdigit() else _enum_cn(n)) + (extra if quoted is None else 0)
        if v >= 10 and len(names) < _ENUM_LONG_LIST:
            continue      # (a handful of names before 十大 are the aims of a programme: 提信心、扩需求、稳增长十大行动)
        if under_county and _holders_named(doc, text, names):
            continue
        if village and any(_TOWN_NAME.search(y) for x in names for y in _NAMES_BEFORE_RE10.split(x)):
            continue
        if village and _COMPOUND_TAIL.match(tail) and any(_COMPOUND_HOLDER.search(y) for x in names
                                                          for y in _NAMES_BEFORE_RE10.split(x)):
            continue      # (城东社区、西湖村两个小区: the compounds may lie in the community and the village named)
        q = Quantity(s, (e if quoted is None and extra else s + len(n) + len(w_)), s, s + len(n), float(v), float(v), 0,
                     1, w_, chinese=not n.isdigit())
        if summed and not ((w_ == "大" and not _ENUM_FACILITY.search(tail) and not all(len(x) <= 3 for x in names))
                           or (noun and all(x.endswith(noun[-1]) for x in names))):
            continue      # (深圳、上海共5大项目: the places may hold the projects)
        if len(set(names)) < len(names) or any(
                len(x) >= 2 and names[0].endswith(x) and not _MASKED.search(names[0])
                and _ENUM_BEFORE_VERB.search(names[0][:-len(x)]) is not None for x in names[1:]):
            continue      # a list naming one thing twice (城东、城西、城东两个公园): what it counts is unclear
        # an earlier clause of the sentence may name more of the things counted (连同城东街道在内，A、B、C4个街道; 加上
        # 已验收的城东小区，A、B、C4个小区) or count all of them (全县12个乡镇中，A、B和C3个乡镇): the count is then at
        # least the names (a place word alone there — 区直部门行政力量下沉街道，…，完成A、B、C、D4个街道增设工作 — is no
        # such member)
        pre = text[max(text.rfind(c, 0, lo) for c in _SENTENCE_ENDS) + 1:lo]
        if pre and (_INCLUDED_BEFORE.search(pre) is not None or (
                (sub or under_county) and any(re.search(_COUNT_OF_PLACE + re.escape(w), pre)
                                              for w in _PLACE_WORD.findall(_ENUM_SUBPLACE.match(tail).group())))):
            hi, chars, split = 99, 0, 0
        if partial:
            hi, chars, split = 99, 0, 0
        if quoted is None and not (low <= v <= hi or v in (chars, split)):
            # a count inside the last name, another count of the same word right after its noun (…、孤儿保障、残疾人
            # 两项补贴5项工作): the later count may be the list's — when it fits the names, the first is a name's own
            later = _LATER_COUNT.match(text, e)
            if later is not None and later.group("w") == w_:
                n2 = later.group("n")
                if low <= (int(n2) if n2.isdigit() else _enum_cn(n2)) <= hi:
                    continue
        out.append(Enumeration(lo, e, q, tuple(names), hi, each=True, lo=low, chars=chars, split=split))
    return out


#: a count right after a short noun (补贴5项): the next count after a count's noun, with no stop between
_LATER_COUNT = lazyre.compile(r"[\u4e00-\u9fff]{1,4}?(?P<n>\d+|[一二两三四五六七八九十]+)(?P<w>[\u4e00-\u9fff])")


#: words ending with a join's character (参与, 普及, 涉及, 缓和): a name closing with one is no dangling join
_JOIN_CHAR_WORDS = ("参与", "给与", "赋与", "普及", "涉及", "惠及", "波及", "危及", "顾及", "总和", "缓和", "调和", "祥和", "平和")
#: the ends of a sentence, before which no clause can name more of a count's things
_SENTENCE_ENDS = "。！？!?\n"
#: words of an earlier clause saying the count takes in things it names (连同…在内, 加上…, 算上…)
_INCLUDED_BEFORE = lazyre.compile(r"连同|加上|算上|在内|除[^，,。；;]{1,20}外")
#: a count right before a place noun in an earlier clause (全县12个乡镇, 全区十个街道)
_COUNT_OF_PLACE = r"(?:\d+|[一二两三四五六七八九十百]+)(?:个|多个|余个)?"
#: the nouns of places below a county that an earlier clause may name more of
_PLACE_WORD = lazyre.compile(r"街道|社区|小区|组团|片区|板块|街区|镇|乡|村")


def names_as_printed(doc: "Document", e: Enumeration) -> Tuple[str, ...]:
    """The names of ``e`` as the document prints them, for messages and evidence: the readers above work on the folded
    text with quoted names masked (“一带一路”建设 is read as ＱＱＱＱＱＱ建设, 區 as 区); each name is found again in its
    enumeration's stretch of the folded text (same length as the document's) and taken from the document's own text.
    A name not found is given as read."""
    text = folded_text(doc)
    out = []
    pos = e.start
    for name in e.names:
        pat = "".join(r"“[^“”]*”" if run.startswith("Ｑ") else re.escape(run)
                      for run in re.findall(r"Ｑ+|[^Ｑ]+", name))
        m = re.compile(pat).search(text, pos, e.end) if pat else None
        if m is None:
            out.append(name)
            continue
        out.append(doc.text[m.start():m.end()])
        pos = m.end()
    return tuple(out)


# -- a whole named by its members and the members' figures after it, without 其中 ---------------------------------------
@dataclass(frozen=True)
class MemberParts:
    """A figure whose name joins the names of its members (收到人大代表建议和政协提案318件 / 办理建议提案318件) and the
    figures right after it, each named by one of those members, with no 其中 between (…318件；人大代表建议142件，政协提案
    176件 / …318件。建议142件，提案176件 / …318件：建议…).  Each part is not more than the whole; ``complete`` when every
    member has its figure (they then add up to the whole)."""

    whole: "Quantity"
    parts: Tuple["Quantity", ...]
    labels: Tuple[str, ...]
    members: Tuple[str, ...]
    complete: bool


#: the words that may close a whole's name before its figure (a total word, a verb of level)
_MEMBER_WHOLE_TAIL = lazyre.compile(r"(?:共计|共計|合计|合計|总计|總計|总数|總數|共有|共|达到|達到|达|達|为|為|有)+$")
#: a part's name: the Han characters between the list break and its figure, a verb of level left out
_MEMBER_LABEL = lazyre.compile(r"[\u4e00-\u9fff]{2,12}")
#: words that make a figure no member's level (a change, a comparison, a share, an average, another time, a bound)
_MEMBER_NOT = lazyre.compile(r"其中|增加|增长|增長|减少|減少|下降|提高|降低|比|较|較|同比|占|佔|率|均|每|上年|去年|同期|累计|累計|"
                             r"以上|以下|超过|超過|不足|新增|其他|其它|其余|其餘|分别|分別")


def _member_of(label: str, members: Tuple[str, ...], used: set) -> Optional[int]:
    """The one unused member ``label`` names (the member itself or its last words: 建议 of 人大代表建议, 收到建议), else
    None."""
    hit = [i for i, c in enumerate(members) if i not in used and (c == label or (len(label) >= 2 and c.endswith(label)))]
    return hit[0] if len(hit) == 1 else None


#: patterns of member_parts, compiled once (a call of re's module functions looked each one up in
#: re's cache on every call, and compiled it again once other patterns had pushed it out)
_MEMBER_PARTS_RE1 = lazyre.compile(r"[^，,；;。：:\d]{0,3}(?:[、，,]\s*(?:同比|比上年|较上年)?(?:增长|下降|增加|减少)\d+(?:\.\d+)?%)?\s*([，,；;。：:])\s*")
_MEMBER_PARTS_RE2 = lazyre.compile(r"[，,；;。：:（(）)\n]")
_MEMBER_PARTS_RE3 = lazyre.compile(r"[^\u4e00-\u9fff、]")
_MEMBER_PARTS_RE4 = lazyre.compile(r"[^，,；;。：:、\d]{0,2}?([，,、；;])\s*")
_MEMBER_PARTS_RE5 = lazyre.compile(r"(?:为|為|达到|達到|达|達|共|有)$")
_MEMBER_PARTS_RE6 = lazyre.compile(r"和|及|与|與|、")


def member_parts(doc: "Document") -> List[MemberParts]:
    """Every whole named by its members with the members' figures right after it (cached).  The whole's name is the
    words of its clause before its figure; its members are those words split at 和/及/与/、 (each of two characters or
    more; the first may hold the verb: 收到建议), or, with no such word, the parts' names themselves when together they
    spell the end of the whole's name (建议提案 → 建议, 提案).  After the whole (a growth remark of it left out) comes a
    break (，；：or 。) and then the parts, each a figure of the whole's measure named by one member, joined by ，、；.
    Never after 其中 (read elsewhere), never a figure of a change, a share, an average, a bound or another time."""
    c = _cache(doc)
    if "member_parts" in c:
        return c["member_parts"]  # type: ignore[return-value]
    out: List[MemberParts] = []
    text = folded_text(doc)
    qs = [q for q in doc.quantities if not q.is_percent]
    starts = [q.start for q in qs]
    for k, w in enumerate(qs):
        if w.approx in ("<", "<="):
            continue
        # what follows: a growth remark of the whole, then a break
        m = _MEMBER_PARTS_RE1.match(text[w.end:w.end + 30])
        if m is None:
            continue
        op = w.end + m.end()
        if text.startswith("其中", op):
            continue
        # the first part right after the break, a figure of the whole's measure named by Han characters alone (the
        # loop below reads it again; most figures have none, and what it tests does not depend on the whole's name)
        j = bisect.bisect_left(starts, op)
        if j == len(qs):
            continue
        q = qs[j]
        words = text[op:q.start]
        if _MEMBER_LABEL.fullmatch(_MEMBER_PARTS_RE5.sub("", words.strip())) is None or measure(q) != measure(w) \
                or q.approx in ("<", "<=", ">", ">=") or _MEMBER_NOT.search(words) or text[q.end:q.end + 1] in ("/", "每"):
            continue
        # the whole's name: its clause's words before the figure
        lo = max(0, w.start - 40)
        seg = _MEMBER_PARTS_RE2.split(text[lo:w.start])[-1]
        name = _MEMBER_WHOLE_TAIL.sub("", _MEMBER_PARTS_RE3.sub("", seg))
        if len(name) < 4 or _MEMBER_NOT.search(name):
            continue
        members = tuple(x for x in _MEMBER_PARTS_RE6.split(name) if x)
        joined = len(members) < 2
        if not joined and any(len(x) < 2 for x in members):
            continue
        parts, labels, used = [], [], set()
        pos = op
        j = bisect.bisect_left(starts, op)
        while j < len(qs) and len(parts) < 8:
            q = qs[j]
            words = text[pos:q.start]
            lab_m = _MEMBER_LABEL.fullmatch(_MEMBER_PARTS_RE5.sub("", words.strip()))
            if lab_m is None or measure(q) != measure(w) or q.approx in ("<", "<=", ">", ">=") \
                    or _MEMBER_NOT.search(words) or text[q.end:q.end + 1] in ("/", "每"):
                break
            lab = lab_m.group()
            if joined:
                if lab not in name or any(lab in x or x in lab for x in labels):
                    break
            else:
                i = _member_of(lab, members, used)
                if i is None:
                    break
                used.add(i)
            parts.append(q)
            labels.append(lab)
            nxt = _MEMBER_PARTS_RE4.match(text[q.end:q.end + 6])
            if nxt is None:
                break
            pos = q.end + nxt.end()
            j += 1
            while j < len(qs) and qs[j].start < pos:
                j += 1
        if not parts:
            continue
        if joined:
            if len(parts) < 2 or not name.endswith("".join(labels)):
                continue
            members = tuple(labels)
            complete = True
        else:
            complete = len(used) == len(members)
        out.append(MemberParts(w, tuple(parts), tuple(labels), members, complete))
    c["member_parts"] = out
    return out


#: what may stand between two values of one list: a 、, or a join before the last (2,814件、1,967件和1,205件)
_RUN_SEP = lazyre.compile(r"\s*(?:、|和|及|与|與|以及)\s*")


def listed_run(doc: "Document", masked: str, q: "Quantity", lo: int, hi: int) -> List["Quantity"]:
    """The values of one measure listed one after another with ``q`` in ``[lo, hi)`` — nothing but 、 or a join between
    them (分别办理2,814件、1,967件和1,205件) —, in order; ``[q]`` when it stands alone."""
    from lintgov.quantities import quantities_in
    qs = [x for x in quantities_in(doc, lo, hi) if not x.is_percent and x.unit == q.unit]
    i = next((k for k, x in enumerate(qs) if x is q), None)
    if i is None:
        return [q]
    a = b = i
    while a > 0 and _RUN_SEP.fullmatch(masked, qs[a - 1].end, qs[a].start):
        a -= 1
    while b + 1 < len(qs) and _RUN_SEP.fullmatch(masked, qs[b].end, qs[b + 1].start):
        b += 1
    return qs[a:b + 1]


# modules this one's functions read at call time and cannot import at the top (they import this one): bound by
# lintgov.claims once every submodule is complete (an import statement in the function ran at every call)
_late_data = None


#: between two items of a list of named counts (9个街道、3个镇 / 12个社区和5个村): the first one's noun, then a join
_NAMED_RUN_SEP = lazyre.compile(r"[\u4e00-\u9fff（）()]{1,8}[、和及与與]\s*")


def named_run(doc: "Document", masked: str, q: "Quantity", lo: int, hi: int) -> List["Quantity"]:
    """The counts of ``q``'s measure word listed with ``q`` in ``[lo, hi)``, each followed by the noun it counts and
    joined by 、/和/及 (全区9个街道、3个镇 / 12个社区和5个村): the units a total may be spread over together, in order;
    ``[q]`` when it stands alone."""
    from lintgov.quantities import quantities_in
    qs = [x for x in quantities_in(doc, lo, hi) if not x.is_percent and x.unit == q.unit and x.approx is None]
    i = next((k for k, x in enumerate(qs) if x is q), None)
    if i is None:
        return [q]
    a = b = i
    while a > 0 and _NAMED_RUN_SEP.fullmatch(masked, qs[a - 1].end, qs[a].start):
        a -= 1
    while b + 1 < len(qs) and _NAMED_RUN_SEP.fullmatch(masked, qs[b].end, qs[b + 1].start):
        b += 1
    return qs[a:b + 1]



# -- the mean of a list: 东岭、西坪、南湾三个村的集体经济收入分别为86万元、54万元和38万元，村均59.3万元 ---------------------
@dataclass(frozen=True)
class ListMean:
    """A value stated as the mean per unit of the members of the parallel list right before it (村均, 平均每个村, 户均
    after the units counted or named in the list's head): ``avg`` is ``sum(values) / len(values)``.  ``noun``: the unit
    (村), ``values``: the list's figures in order."""

    avg: "Quantity"
    values: Tuple["Quantity", ...]
    noun: str


#: the mean right after a list, in the next clause: the unit's character and 均 (村均, 户均, 校均), or 平均每(个)X, then
#: a copula only (村均59.3万元, 平均每个村达59.3万元)
_LIST_MEAN = lazyre.compile(r"[，,]\s*(?:(?P<n1>[\u4e00-\u9fff])均|平均每(?:个|個)?(?P<n2>[\u4e00-\u9fff]{1,2}?))"
                            r"(?:为|為|达到|達到|达|達|约|約)?\s*(?P<q>" + _Q + r")(?=\s*[，,。；;！？!?\n]|$)")
#: the units counted in a list's head (三个村的, 3家企业, 两所学校): the count and the noun
_HEAD_COUNT = lazyre.compile(r"(?P<n>[2-9]|[两兩二三四五六七八九])(?:个|個|家|所|户|戶|座|名)(?P<noun>[\u4e00-\u9fff]{1,4}?)(?:的|[\u4e00-\u9fff]{0,12}$)")


def list_means(doc: "Document") -> List[ListMean]:
    """Every mean per unit stated right after a parallel list (:func:`respective_members`) of one column of figures of one
    measure, whose unit the list's head counts as many times as it has members (三个村 and three values) or every member's
    name ends with (东岭村、西坪村和南湾村 … 村均).  Not read: 人均 (per person, not per member), a mean with words of its own
    between the marker and the figure (村均经营性收入: another metric), percentages, bounds (cached)."""
    from .values import measure
    c = _cache(doc)
    if "list_means" in c:
        return c["list_means"]  # type: ignore[return-value]
    out: List[ListMean] = []
    text = folded_text(doc)
    if "均" in text:
        skel, by_start = skeleton(doc)
        for rl in respective_members(doc):
            if len(rl.roles) != 1 or rl.roles[0] != "level" or len(rl.members) < 2:
                continue
            m = _LIST_MEAN.match(skel, rl.end)
            if m is None:
                continue
            q = by_start.get(m.start("q"))
            vals = tuple(v[0] for v in rl.values)
            noun = m.group("n1") or m.group("n2")
            if q is None or noun in ("人", "日", "月", "年") or q.is_percent or q.approx not in (None, "≈") \
                    or any(v.is_percent or v.approx is not None or measure(v) != measure(q) for v in vals):
                continue
            k = max(skel.rfind("分别", rl.start, rl.end), skel.rfind("分別", rl.start, rl.end))
            head = text[rl.start:k] if k >= 0 else ""
            hc = _HEAD_COUNT.search(head)
            counted = hc is not None and (int(hc.group("n")) if hc.group("n").isdigit()
                                          else _ENUM_CN.get(hc.group("n"), 2 if hc.group("n") in "二两兩" else 0)) == len(vals) \
                and hc.group("noun").endswith(noun)
            named = all(x.endswith(noun) for x in rl.members)
            if counted or named:
                out.append(ListMean(q, vals, noun))
    c["list_means"] = out
    return out


# -- averages of a parallel list: 分别接待游客86.4万人次、112.7万人次，分别实现旅游收入5.8亿元、7.9亿元，人均花费分别为671元和701元
@dataclass(frozen=True)
class ListAverage:
    """An average per person (人均) or household (户均) of each member of a parallel list, over that member's values of
    two other lists of the same sentence: ``totals[i] / units[i]`` is ``avgs[i]``.  ``certain``: one list of the
    averages' measure and one list of the units counted are there (any other pairing would make it uncertain)."""

    avgs: Tuple["Quantity", ...]
    pairings: Tuple[Tuple[Tuple["Quantity", ...], Tuple["Quantity", ...]], ...]
    certain: bool


#: the average words naming a list's values (人均花费分别为, 户均增收分别为 are not: a change) and the units they are per
_LIST_AVG_WORD = lazyre.compile(r"(?P<w>人均|户均|戶均)(?P<what>[\u4e00-\u9fff]{0,4}?)(?:分别|分別)")
_LIST_AVG_UNITS = {"人均": ("人", "人次", "名"), "户均": ("户", "家"), "戶均": ("户", "戶", "家")}
_LIST_AVG_NOT = lazyre.compile(r"增|减|減|提高|下降|可支配|收入|消费|消費|每|年|月|日|天")


def list_averages(doc: "Document") -> List[ListAverage]:
    """Every column of a parallel list named as an average per person or household (人均花费分别为671元和701元) with the
    columns of the same list it may be computed from: one of its measure (a total, each value above the average) and one
    counting the units (人/人次/名 for 人均, 户 for 户均) (cached).  Not read: an average of a change or of a survey
    (人均增收, 人均可支配收入), a percentage."""
    from .values import measure
    c = _cache(doc)
    if "list_averages" in c:
        return c["list_averages"]  # type: ignore[return-value]
    out: List[ListAverage] = []
    text = folded_text(doc)
    if "均" in text:
        for rl in respective_members(doc):
            cols = len(rl.roles)
            if cols < 3:
                continue
            for j in range(1, cols):
                first = rl.values[0][j]
                words = text[rl.values[-1][j - 1].end:first.start]
                m = _LIST_AVG_WORD.search(words)
                if m is None or _LIST_AVG_NOT.search(m.group("what")) or rl.roles[j] != "level":
                    continue
                avgs = tuple(v[j] for v in rl.values)
                if any(a.is_percent or a.approx not in (None, "≈") for a in avgs):
                    continue
                units = _LIST_AVG_UNITS[m.group("w")]
                col = lambda k: tuple(v[k] for v in rl.values)   # noqa: E731
                tots = [col(k) for k in range(cols) if k != j and rl.roles[k] == "level"
                        and all(measure(t) == measure(a) and t.value * 0 == 0 and not t.is_percent and t.approx is None
                                for t, a in zip(col(k), avgs))]
                cnts = [col(k) for k in range(cols) if k != j and rl.roles[k] == "level"
                        and all(measure(u) in units and u.approx is None for u in col(k))]
                if tots and cnts:
                    out.append(ListAverage(avgs, tuple((t, u) for t in tots for u in cnts),
                                           len(tots) == 1 and len(cnts) == 1))
    c["list_averages"] = out
    return out
