"""Whether the parts of a breakdown make up all of their whole — exhaustiveness (part of the claims layer).

A whole and its parts are checked two ways (LG103 in ``rules/sums.py``; the 100% of share lists, LG107): the parts
may leave some out (``not more than the whole``), or they are all of it (``equal to the whole``, within the rounding
the printed figures allow).  Reading every list as 'not more than' misses the error a report makes when it states a
breakdown that is complete and one of its figures is wrong while still below the whole.  This module decides which
reading a list gets, from what the text says and what the things are — never from a list of example sentences — and
says why (the ``reason`` each function returns is shown in the finding's evidence and in ``lintgov claims``):

* **by names** (:func:`complete`): the sides of a split that leaves nothing out
  (:data:`lintgov.claims.classes.SPLITS`: 城镇/乡村, 男/女, 出口/进口, 公办/民办, 国有/非国有, 上半年/下半年, the
  four quarters, the three sectors…), a thing and its negation (受理/不受理, 办结/未办结, 已整改/尚未整改: the aspect
  words 已/尚/仍/还 are read off first, :func:`negation_pair`), every grade of one evaluation scale, consecutive years,
  or a last part that takes the rest (其他/其余/剩余/余下/另有N件以其他方式…);
* **by count** (:func:`announced`, :func:`announced_kinds`, :func:`classification`): the text announces how many
  kinds the whole holds — between the whole and its list (…320件，按申请事项分为三类：…; …8.6万件，涉及3类事项，其中…;
  …2,400人次，通过线上、线下两种方式办理，其中…; …，涉及行政处罚、行政许可、信息公开三类，分别为…) or in the clause
  before the whole (涉及3类事项，共286件，其中…) — and gives as many parts, each a kind of its own (distinct names, none
  holding another's).

Never exhaustive: a list the text marks open (等, 主要, 重点, 包括…在内, 如, 例如, 部分, 之一, 一些), 其中 alone, an
announced count that is not of kinds (涉及12个部门) or that the list does not match (三类 announced, two given), a
count qualified by 主要/等 (主要涉及三类), parts one of which names another (行政处罚类 / 一般行政处罚类).  Whether the
parts are of one period and scope and the whole is exact (not a bound 超过/近/余) stays with the reader that found
them (``rules/sums.py``): this module reads names and the words around a list only.  Everything is linear in the
length of the strings it is given.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from lintgov import lazyre
from lintgov.claims.classes import _SPLIT_PATTERNS, OPPOSITE_OUTCOMES, OVERLAPPING, SPLITS, all_grades, strip_level_verb

__all__ = ["Why", "sibling_whole", "counted_members", "level_chain", "counts_kinds", "complete", "respectively", "closing_total", "negation_pair", "announced", "announced_kinds", "classification", "by_count", "exhaustive",
           "open_list", "REST", "CLAUSE_MARK"]

class Why(str):
    """A reason a list is read as all of its whole: the English text (the string itself, for the evidence) and
    ``zh``, the same in Chinese for the message."""
    __slots__ = ("zh",)

    def __new__(cls, en: str, zh: str) -> "Why":
        out = str.__new__(cls, en)
        out.zh = zh
        return out


#: a last part that takes the rest of the whole (其他, 其余, 剩余, 余下, 另有…以其他方式)
REST = lazyre.compile(r"其他|其它|其余|其餘|剩余|剩餘|余下|餘下")
#: words that mark a list as open: the parts named are some of the whole (等 closing a list, 主要, 包括, 如, 部分…)
OPEN = lazyre.compile(r"等(?![级級同于於次0-9一二两兩三四五六七八九十])|主要|重点|重點|包括|包含|例如|比如|诸如|諸如|"
                      r"(?<![例比诸諸])如(?=[\u4e00-\u9fff“])|部分|之一|一些|若干|多种|多種|多类|多類|多个|多個")
_YEAR = lazyre.compile(r"((?:19|20)\d{2})年")
#: a last part said to be all that is left of the whole (其余, 剩余, 余下, 其他各项: every other item — never 其他X, which may
#: name a category of its own: a communiqué's 其他服务业 is a defined residual of the classification, not all the rest)
_THE_REST = lazyre.compile(r"^(?:其余|其餘|剩余|剩餘|余下|餘下|其他各项|其他各項|其它各项|其它各項)")
#: the end of a clause that announces kinds (按申请方式分为三类：): where the list after it starts
CLAUSE_MARK = lazyre.compile(r"[，,：:]")
#: 等 before a count or at a list's end (A、B等三类), never 等级/等次/等同/等于
_ETC = lazyre.compile(r"等(?![级級次同于於])")
#: cases carried in from the year before (上年结转, 旧存, 上年未办结): a done/undone pair then covers more than the intake
CARRIED_IN = lazyre.compile(r"结转|結轉|旧存|舊存|(?:上一?年度?|去年|以前年度|往年)(?:度)?未")
#: an item that is a stance people take (希望获得助餐服务的, 认为收入偏低的, 选择公交出行的): one person may take several, so the
#: shares of such items need not add up to at most 100% (a survey's 可多选)
STANCE_ITEM = lazyre.compile(r"^[\u4e00-\u9fff]{0,3}?(?:希望|认为|認為|表示|愿意|願意|选择|選擇|需要|关注|關注|赞成|贊成|支持|反对|反對|"
                             r"了解|知道|担心|擔心|期待|期望|建议|建議|要求|曾经|曾|使用过|使用過|参加过|參加過|参与过|參與過)")
#: statistical groupings that cut across the classification of industries (高技术制造业, 装备制造业, 战略性新兴产业, 数字
#:经济核心产业, 高耗能行业, 民营经济): two of them may hold the same firms, so their shares need not add up to at most 100%
CROSS_GROUPING = lazyre.compile(r"高技术制造业|高技术产业|高新技术产业|高新技术企业|装备制造业|战略性新兴产业|戰略性新興產業|"
                                r"数字经济核心产业|數字經濟核心產業|高耗能行业|高耗能行業|消费品工业|消費品工業|原材料工业|"
                                r"民营经济|民營經濟|非公有制经济|外商投资企业|外商投資企業|专精特新|專精特新|规上工业|"
                                r"绿色低碳产业|未来产业|先进制造业|現代服務業|现代服务业|文化产业|旅游产业|海洋经济|开放型经济")
#: a question of several answers (可多选, 多项选择): its shares add up to more than 100%
MULTI_CHOICE = lazyre.compile(r"可多选|可多選|多项选择|多項選擇|多选题|多選題|可选多项|可選多項")
#: a total of this year's intake only (新收, 当年受理): what was carried in (旧存, 上年结转) is beside it, never a part of it
NEW_INTAKE = lazyre.compile(r"新收|新受理|新立案|本年受理|当年受理|當年受理|本年新收")
#: aspect words read off a name before its verb: 已整改 / 尚未整改 name the two states of 整改
_DONE_ASPECT = lazyre.compile(r"^(?:已经|已經|已|均已|全部|均)")
_NOT_ASPECT = lazyre.compile(r"^(?:尚|仍|还|還|暂|暫|均)")
_NEGATION = lazyre.compile(r"(?:不予|不|未|非|没有|沒有)([\u4e00-\u9fff]{2})")


def negation_pair(x: str, y: str, strict: bool = True) -> bool:
    """Whether ``y`` is ``x`` negated by 不/未/非/没有 (受理/不受理, 办结/未办结, 已整改/尚未整改), never by 不予 (不予受理 is
    a decision of its own: a request may also be sent on, answered with 告知 or withdrawn).  The aspect words 已/已经
    before the done state and 尚/仍/还 before the negated one are read off first; ``strict``: the done state may not
    be longer than its negation (按期办结 beside 未办结 leaves 超期办结 out; 已整改到位 beside 尚未整改 leaves 整改中 out)."""
    # (a level verb closing a name is no part of the deed: 执结为 / 未结为 are 执结 / 未结)
    x0 = _DONE_ASPECT.sub("", strip_level_verb(x))
    y0 = _NOT_ASPECT.sub("", strip_level_verb(y))
    m = _NEGATION.search(y0)
    if m is None or m.group(0).startswith("不予") or m.group(1) not in x0 or _NEGATION.search(x0):
        return False
    return not strict or len(x0) <= len(y0)


def complete(labels: Sequence[str], span_text: str = "", residual_ok: bool = True, whole: str = "") -> Optional[str]:
    """Why the parts named by ``labels`` make up their whole, or None: one label per side of a known split,
    consecutive years (2021年…、2022年…、2023年…), every grade of an evaluation scale (优秀/良好/合格/不合格), a thing and
    its negation, or a last part that takes the rest (其他/其余/剩余/余下, 另有N件以其他方式结案; not for money
    (``residual_ok`` False): a communiqué's 其他服务业 is a defined residual of the statistical classification, not all
    the rest).  ``whole``: the words naming the whole; with them, the two outcomes of one action that are all there
    are (按期办结/超期办结 of 办结: :data:`lintgov.claims.classes.OPPOSITE_OUTCOMES`) when the whole names that action
    (never 受理 for them: what is not yet concluded is neither).  The reason is a short text for the evidence."""
    k = len(labels)
    if k < 2:
        return None
    rest = REST.search(labels[-1])
    if rest is not None and (residual_ok or _THE_REST.search(labels[-1])):
        # (其余/剩余/余下 say the last part is all that is left, for money too; 其他X may be a defined residual)
        w = rest.group()
        return Why(f"the last part takes the rest ({w})", f"末项“{w}”为其余部分")
    if k >= 3 and all_grades(labels):
        return Why("every grade of one evaluation scale", "列出同一评价的全部等次")
    # (办结1,002件（含上年结转40件），尚未办结18件 after 受理980件: the done and the undone count the cases carried in
    # from the year before too, so together they are more than the year's intake)
    if k == 2 and not CARRIED_IN.search(span_text):
        for x, y in (labels, labels[::-1]):
            if negation_pair(x, y, strict=False):
                a, b = (re.sub(r"^其中", "", z.split("|")[0]) for z in (x, y))
                return Why(f"a thing and its negation ({a}/{b})", f"“{a}”与“{b}”互补")
    if k == 2 and whole:
        why = _outcomes(labels, whole)
        if why:
            return why
    if whole and k <= 4:
        why = named_by_parts(labels, whole)
        if why:
            return why
    for written, split in zip(SPLITS, _SPLIT_PATTERNS):
        if len(split) != k:
            continue
        if all(side.search(lab) for side, lab in zip(split, labels)) or \
                all(side.search(lab) for side, lab in zip(split, reversed(labels))):
            return _split_why(written)
        if k >= 3:
            # in any order, when each name matches exactly one side and every side is named
            hits = [[i for i, side in enumerate(split) if side.search(lab)] for lab in labels]
            if all(len(h) == 1 for h in hits) and len({h[0] for h in hits}) == k:
                return _split_why(written)
    years = [_YEAR.search(lab) for lab in labels]
    if k >= 3 and all(years):
        ys = [int(y.group(1)) for y in years]
        if all(b == a + 1 for a, b in zip(ys, ys[1:])):
            return Why(f"consecutive years {ys[0]}–{ys[-1]}", f"连续年份{ys[0]}—{ys[-1]}年")
    return None


#: what a label's words may open with before the part's own name (其中投诉18,462件 / 其中，来访…)
_LABEL_LEAD = lazyre.compile(r"^(?:其中|其|另有|另)[，,]?")
#: what may follow the parts' names joined in the whole's words: a head noun of the things counted, or nothing
_JOINED_TAIL = lazyre.compile(r"(?:案件|事项|事項|件|类|類|总量|總量|总额|總額|总数|總數|合计|合計|共计|共計|共|总计|總計|人次|件次)?$")


def named_by_parts(labels: Sequence[str], whole: str) -> Optional[Why]:
    """Why parts are all of a whole named as their names together (投诉举报超过3万件，其中投诉…、举报… / 来信来访3,000件次，
    其中来信…、来访… / 行政复议和行政诉讼案件…，其中行政复议…、行政诉讼…): the whole's words end with the parts' own names,
    each of two to four characters, in the order listed, joined by nothing or by 和/及/与/、, only a head noun after them,
    other words before them (a verb or a subject: 受理群众来信来访) and no other name joined there (咨询、投诉举报 names
    three kinds).  ``labels``: the words before each part
    (``words|after``, as :func:`complete` gets them)."""
    # (a level verb closes no name: 投诉达到1.5万件 names 投诉; 受理投诉举报达到2.4万件 names 投诉举报)
    names = [strip_level_verb(_LABEL_LEAD.sub("", lab.split("|")[0]), cumulative=False) for lab in labels]
    whole = strip_level_verb(whole, cumulative=False)
    if len(names) < 2 or len(set(names)) != len(names) or any(not 2 <= len(n) <= 4 for n in names):
        return None
    if any(re.search(r"[^\u4e00-\u9fff]", n) for n in names):
        return None
    m = re.search(r"(?:和|及|与|與|、)?".join(map(re.escape, names)), whole)
    if m is None or not _JOINED_TAIL.match(whole, m.end()) or _JOINED_TAIL.match(whole, m.end()).end() != len(whole):
        return None
    if m.start() == 0 or whole[m.start() - 1] in "和及与與、":
        return None       # (words cut at a 、 may have left another kind joined before: 咨询、投诉举报)
    joined = "、".join(names)
    return Why(f"the whole is named as its parts together ({joined})", f"总数之名即各项之名的合称（{joined}）")


#: ordinals of one series (第一批/第二批/第三批, 第一产业/第二产业): sides of a classification read from the text
_ORDINAL = lazyre.compile(r"第[一二三四五六七八九十\d]{1,3}")
_RESTS_NORM = lazyre.compile(r"[总總額额值量]")


def _side_of(split, label: str):
    """The one side of ``split`` that ``label`` names (its key: the side's index, or for an ordinal series the
    ordinal as written) and the words after it, or None when the label names none or several."""
    hits = [(k, m) for k, side in enumerate(split) for m in side.finditer(label)]
    if len(hits) != 1:
        return None
    k, m = hits[0]
    return (m.group() if len(split) == 1 else k), _RESTS_NORM.sub("", label[m.end():])


def sibling_whole(whole: str, labels: Sequence[str]) -> bool:
    """Whether the words naming a would-be whole name one more side of the classification its parts are the sides of,
    with the same words after the side (第一产业增加值 beside 第二产业增加值 and 第三产业增加值; 一季度产量 beside 二季度产量;
    第一批 beside 第二批、第三批): siblings of one classification, never each other's whole.  Linear in the names."""
    if not whole or not labels:
        return False
    for split in tuple(_SPLIT_PATTERNS) + ((_ORDINAL,),):
        read = [_side_of(split, lab) for lab in labels]
        if any(r is None for r in read):
            continue
        own = _side_of(split, whole)
        if own is None or own[0] in {k for k, _ in read}:
            continue
        rests = {r for _, r in read}
        if rests == {""} or own[1] in rests or any(r and own[1].startswith(r) for r in rests):
            return True
    return False


#: a count of things or levels announced before a whole (四支执法队伍, 三个片区, 县、乡、村三级): the count, its measure word
#: and the words after it (the things counted)
_COUNTED = lazyre.compile(r"(?<![\d.第])(?P<n>[2-9]|[两兩二三四五六七八九十])(?P<cl>支|个|個|家|所|座|条|條|名|位|大|级|級)"
                          r"(?P<noun>[\u4e00-\u9fff]{2,14})")
#: a level named (县级, 乡镇级, 村级, 市本级, 县（市、区）级): what a count of levels (三级) counts
_LEVEL_MEMBER = lazyre.compile(r"^(?:[国國省市县縣区區乡鄉镇鎮村街]|乡镇|鄉鎮|街道|社区|社區|村社区|镇街|鎮街)(?:本级|本級|级|級)?$|"
                               r"^[\u4e00-\u9fff]{1,4}（[\u4e00-\u9fff、]{1,8}）(?:级|級)?$")


def counted_members(words: str, names: Sequence[str]) -> Optional[Why]:
    """Why the members of a list are all the things a count before the whole announced (四支执法队伍…；城管、市场监管、生态
    环境、交通运输执法队伍分别…: four teams, four named; 县、乡、村三级综治中心…；县级、乡镇级、村级分别…), or None: exactly as
    many members as counted, each named apart (none inside another's), the things counted named by the members' own
    shared words (执法队伍) — or, for a count of levels (三级), every member a level — and no word that opens the list
    (主要, 等, 部分…) before it.  ``words``: the whole's sentence up to the whole."""
    k = len(names)
    if k < 2 or OPEN.search(words) or _ETC.search(words):
        return None
    names = [re.sub(r"^(?:其中|全年|当年)+", "", x) for x in names]
    if not all(names) or len(set(names)) != k or OVERLAPPING.search("".join(names)):
        return None
    for m in _COUNTED.finditer(words):
        if _count(m.group("n")) != k:
            continue
        if m.group("cl") in ("级", "級"):
            if all(_LEVEL_MEMBER.match(x) for x in names):
                return Why(f"{k} levels announced, {k} given", f"文中称共{k}级，列出{k}级")
            continue
        # the things counted, named at the end of the last member and shared by the others (城管、…、交通运输执法队伍)
        # (the things counted: the words right after the count, up to a word of summing — 三家公立医院共接诊患者
        # counts hospitals, not patients)
        noun = re.split(r"共|合计|合計|累计|累計|总计|總計|全年|[，,。；;]", m.group("noun"))[0][:10]
        last = names[-1]
        tail = next((last[i:] for i in range(max(0, len(last) - 8), len(last) - 1) if last[i:] in noun), "")
        if len(tail) < 2 and not (last[-1:] and 0 <= noun.find(last[-1]) < 6 and all(x.endswith(last[-1]) for x in names)):
            continue      # (区人民医院、区中医院 of 三家公立医院: each named by its own words, ending as the things counted)
        tail = tail if len(tail) >= 2 else last[-1]
        if any(tail in x[:-len(tail)] for x in names):
            continue
        full = [x if x.endswith(tail) else x + tail for x in names]
        if len(set(full)) != k or any(i != j and x in y for i, x in enumerate(full) for j, y in enumerate(full)) \
                or any(len(x) <= len(tail) for x in full):
            continue
        return Why(f"{k} {tail} announced, {k} named", f"文中称{k}{m.group('cl')}{tail}，列出{k}项")
    return None


#: the levels of government from the province down, each with the forms a name of it takes; a level below the county
#: holds two kinds of units (乡镇 and 街道, 村 and 社区), a city's counties are 县 and 区: a name of such a level is all of
#: it only when it names both (乡镇（街道）, 镇街, 村（社区）, 村居, 县（市、区）, 区县)
_LEVELS = (
    (lazyre.compile(r"^(?:省|全省)"), lazyre.compile(r"^省")),
    (lazyre.compile(r"^(?:市|全市)(?!民)"), lazyre.compile(r"^市")),
    (lazyre.compile(r"^(?:县|縣|区|區)"), lazyre.compile(r"^(?:县（市、区）|縣（市、區）|县（区、市）|县（市区）|县（区）|区（县）|"
                                                     r"县区|縣區|区县|區縣|县市区|縣市區)")),
    (lazyre.compile(r"^(?:乡|鄉|镇|鎮|街道)"), lazyre.compile(r"^(?:乡镇（街道）|鄉鎮（街道）|镇（街道）|鎮（街道）|乡（镇、街道）|"
                                                          r"镇街|鎮街|乡镇街道|鄉鎮街道|街镇|街鎮)")),
    (lazyre.compile(r"^(?:村|社区|社區)"), lazyre.compile(r"^(?:村（社区）|村（社區）|村（居）|村居|村社区|村社區|村（社区、居）|"
                                                       r"社区（村）|社區（村）|村和社区|村、社区)")),
)
#: the area a whole covers (全市, 全县, 全区, 我县): the level its chain starts at
_SCOPE = lazyre.compile(r"(?:全|我|本)(省|市|县|縣|区|區|镇|鎮|乡|鄉)")
_TWO_LEVELS = lazyre.compile(r"^[省市县縣区區乡鄉镇鎮村][省市县縣区區乡鄉镇鎮村]")
_SCOPE_LEVEL = {"省": 0, "市": 1, "县": 2, "縣": 2, "区": 2, "區": 2, "镇": 3, "鎮": 3, "乡": 3, "鄉": 3}


#: a whole named as the things of a level of government and every level above it (省级以上, 市级及以上, 县级以上)
_ABOVE = lazyre.compile(r"(省|市|县|縣|区|區)(?:级|級)(?:及|和)?以上")
#: a part named by one level of government alone, the whole's noun after it or nothing (国家级, 省级研发平台)
_LEVEL_PART = lazyre.compile(r"^(?:其中|分别为|分别是)?[，,：:]?(国家|省|市|县|縣|区|區)(?:级|級)")
_ABOVE_ORDER = {"国家": 0, "省": 1, "市": 2, "县": 3, "縣": 3, "区": 3, "區": 3}


def _levels_above(names: Sequence[str], whole: str) -> Optional[Why]:
    """Why parts named by levels are all of a whole named as a level and every level above it (省级以上研发平台9家，其中
    国家级2家，省级7家; 市级以上重点实验室20个，其中国家级3个、省级8个、市级9个): one part per level from 国家级 down to
    the whole's own level, in that order, each named by the level alone or followed by words of the whole's own name
    (国家级研发平台) — never a kind inside a level (省级重点实验室 under 省级以上研发平台), nor a level left out."""
    m = None
    for m in _ABOVE.finditer(whole):
        pass
    if m is None or len(names) < 2:
        return None
    bottom = _ABOVE_ORDER[m.group(1)]
    # (the name after the last 、 outside brackets, as level_chain reads it: 国家级3个、省级 → 省级)
    names = [re.split(r"、(?![^（(]*[）)])", x)[-1] for x in names]
    if len(names) != bottom + 1:
        return None
    noun = whole[m.end():]
    for want, name in enumerate(names):
        p = _LEVEL_PART.match(name)
        if p is None or _ABOVE_ORDER[p.group(1)] != want:
            return None
        rest = name[p.end():]
        if rest and not (len(rest) >= 2 and noun.endswith(rest)):
            return None
    return Why(f"every level from the state down to the whole's ({m.group()})", f"“{m.group()}”各级均已列出")


def level_chain(names: Sequence[str], whole: str) -> Optional[Why]:
    """Why parts named by levels of government are all of a whole that covers an area (全市…；市级中心1个，县（市、区）级
    中心12个，乡镇（街道）工作站183个，村（社区）工作室1,950个): one part per level from the area's own level down to the
    villages, none left out, each level below the area's named with all its kinds (乡镇 and 街道, 村 and 社区; a city's
    县 and 区) — else None (县级, 乡镇级, 村级 under 全市 leave the city's own level out; 乡镇 alone leaves 街道 out).
    ``whole``: the words naming the whole."""
    above = _levels_above(names, whole)
    if above is not None:
        return above
    m = None
    for m in _SCOPE.finditer(whole):
        pass
    if m is None or len(names) < 2:
        return None
    top = _SCOPE_LEVEL[m.group(1)]
    # (the name after the last 、 outside brackets: 1个、县（市、区）级中心 → 县（市、区）级中心; 其中 off)
    names = [re.sub(r"^(?:其中|分别为|分别是|具体为|具体是)[，,：:]?", "", re.split(r"、(?![^（(]*[）)])", x)[-1]) for x in names]
    want = list(range(top, len(_LEVELS)))
    if len(names) != len(want):
        return None
    for lvl, name in zip(want, names):
        any_form, all_kinds = _LEVELS[lvl]
        if not any_form.match(name):
            return None
        if lvl > top and lvl >= 2 and not all_kinds.match(name):
            return None
        if _TWO_LEVELS.match(name) and not all_kinds.match(name) and name[:2] not in ("乡镇", "鄉鎮"):
            return None       # (市县两级: two levels in one name)
    return Why(f"every level from the {m.group()} down to the villages ({'/'.join(names)})",
               f"{m.group()}自本级至村（社区）各级均已列出")


def _outcomes(labels: Sequence[str], whole: str) -> Optional[Why]:
    """The two outcomes of one action that leave nothing out (按期/超期 办结), the action named by the whole."""
    names = [re.sub(r"^其中", "", x.split("|")[0]) for x in labels]
    for own, other, full in OPPOSITE_OUTCOMES:
        if not full:
            continue
        for x, y in (names, names[::-1]):
            mo, mt = own.search(x), other.search(y)
            if mo is None or mt is None or other.search(x) or own.search(y):
                continue
            act_x, act_y = x[mo.end():], y[mt.end():]
            if len(act_x) >= 2 and act_x == act_y and act_x in whole:
                return Why(f"the two outcomes of {act_x} there are ({x}/{y})", f"“{x}”与“{y}”为{act_x}的全部结果")
    return None


def _split_why(split: Sequence[str]) -> Why:
    sides = "/".join(_side_name(side) for side in split)
    return Why(f"the sides of a split that leaves nothing out ({sides})", f"{sides}为完整划分")


def _side_name(side: str) -> str:
    """The first word a side's pattern names: (?<!进)出口 → 出口, (?:第)?一季度 → 一季度."""
    x = side.split("|")[0]
    x = re.sub(r"\(\?<?[!=][^)]*\)|\(\?:[^)]*\)\?", "", x)
    return re.sub(r"[^\u4e00-\u9fff]", "", x)


# -- counts of kinds the text announces ----------------------------------------------------------------------------
_CN_COUNT = {"两": 2, "兩": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
#: a number of kinds (3类, 三类, 两大类, 四种, 五个类别, 两种方式, 三个渠道): what a classification announces
_KINDS_WORD = r"(?:个|個)?(?:大)?(?:类别|類別|类型|類型|类|類|种|種)"
_KINDS = lazyre.compile(r"(?<![\d.一二三四五六七八九十百两兩第])(?P<n>[1-9]\d?|[两兩二三四五六七八九十])" + _KINDS_WORD + r"(?![\u4e00-\u9fff]*[\d])")
#: a count of kinds with the word naming the kind after it (两种方式, 三个渠道, 三种形式): the ways a thing was done
_WAYS = lazyre.compile(r"(?<![\d.一二三四五六七八九十百两兩第])(?P<n>[2-9]|[两兩二三四五六七八九])(?:种|種|个|個|条|條)"
                       r"(?:方式|形式|渠道|途径|途徑|类型|類型|类别|類別|程序|领域|領域|方面|环节|環節|层级|層級|级别|級別)")
#: a classification announced between a total and the list of its parts (…3,460件，按渠道分为来信、来访、网上信访三类，
#: 分别为… / ，按审理结果分，分别为… / ，从类型看，): the list after it is the whole classification
_CLASSIFICATION = lazyre.compile(
    r"(?:(?:按照?|从|從)[\u4e00-\u9fff]{1,8}?(?:划分|劃分|分类|分類|统计|統計|来看|來看|上看|看|分)(?:为|為)?"
    r"|(?:可|共)?(?:分为|分為|分成|划分为|劃分為))"
    r"[，,：:]?(?P<names>[\u4e00-\u9fff“”、和及与與]{0,40}?)"
    r"(?P<n>[1-9]|[两兩二三四五六七八九十])?(?(n)" + _KINDS_WORD + r")")
#: an announcement of the kinds a whole holds, between it and its list: a verb of holding or classifying, the kinds'
#: names (optional) and their count — 涉及3类事项 / 涉及行政处罚、行政许可、信息公开三类 / 分为三类 / 通过线上、线下两种
#: 方式办理 / 共有三种类型
_ANNOUNCE = lazyre.compile(
    r"(?:涉及|涵盖|涵蓋|覆盖|覆蓋|分为|分為|分成|划分为|劃分為|共有|共分|包括|包含|通过|通過|采取|採取|以|按照?|依)"
    r"(?P<names>[\u4e00-\u9fff“”、和及与與]{0,40}?)"
    r"(?P<n>[1-9]|[两兩二三四五六七八九十])(?:个|個|大)?(?:类别|類別|类型|類型|类|類|种|種|方面|渠道|领域|領域|环节|環節|层级|層級)"
    r"(?P<tail>[\u4e00-\u9fff“”]{0,8})")


#: what a clause announcing kinds opens with: the verb itself, no subject of its own (涉及…, 通过…, 分为…, 按…)
_ANNOUNCE_OPENS = lazyre.compile(r"(?:共|均|还|還|又)?(?:涉及|涵盖|涵蓋|覆盖|覆蓋|分为|分為|分成|划分为|劃分為|共有|分|包括|包含|"
                                 r"通过|通過|采取|採取|采用|採用|以|按照?|依|从|從|有)")


#: the noun after a count that makes it a count of kinds (3个领域, 两个层级, 两种方式): see :func:`counts_kinds`
_KIND_NOUN = lazyre.compile(r"(?:大)?(?:类别|類別|类型|類型|方式|形式|渠道|途径|途徑|程序|领域|領域|方面|环节|環節|层级|層級|级别|級別)")
_KIND_UNITS = frozenset(("类", "類", "种", "種", "大类", "大類"))


def counts_kinds(text: str, q) -> bool:
    """Whether the figure ``q`` counts kinds rather than things (三类, 两种方式, 3个领域, 两个层级): the count an
    announcement gives, never the whole or a part of a breakdown."""
    return q.unit in _KIND_UNITS or (q.unit in ("个", "個", "种", "種", "条", "條") and _KIND_NOUN.match(text, q.end) is not None)


def _count(n: str) -> int:
    return int(n) if n.isdigit() else _CN_COUNT.get(n, 0)


def classification(gap: str) -> Optional[int]:
    """Whether the words between a total and a list of figures announce a classification of the total (按渠道分,
    从类型看, 分为A、B、C三类): the number of kinds it names — by a count (三类) or by listing their names
    (来信、来访、网上信访) — 0 when it names none (按审理结果分，), None when the words are no classification
    (包括…, 其中…, a clause of its own).  A list that follows a classification is all of its kinds."""
    g = re.sub(r"^[\s，,：:；;]+|[\s，,：:]+$", "", gap)
    if not g:
        return None
    m = _CLASSIFICATION.fullmatch(g)
    if m is None:
        m = _ANNOUNCE.fullmatch(g)
        if m is None or OPEN.search(g.replace("包括", "", 1)) or not m.group("names") or OVERLAPPING.search(g) \
                or re.search(r"[\u4e00-\u9fff]", m.group("tail") or "") and not re.fullmatch(
                    r"(?:事项|事項|案件|诉求|訴求|问题|問題|情形|情况|情況)", m.group("tail")):
            return None       # (涉及行政处罚、行政许可、信息公开三类，: the names and their count; never 主要涉及…等三类)
    names = [x for x in re.split(r"[、和及与與]", m.group("names").strip("“”")) if x]
    n = _count(m.group("n")) if m.group("n") else 0
    if names and n and len(names) != n:
        return None           # 分为A、B两类 but three names: not read
    return n or len(names)


def announced_kinds(before: str) -> Optional[int]:
    """The number of kinds the clause before a total announces for it (涉及3类事项，共286件 → 3; 分两类，共…): read from
    the last two clauses before the total, only a count of 类/种 with no other figure after it (3类企业120家 counts
    企业 of three kinds, but the figure after it is its own)."""
    clauses = re.split(r"[，,；;。：:]", before)[-2:]
    if any(OPEN.search(c) for c in clauses):
        return None
    hits = [m for c in clauses for m in _KINDS.finditer(c)]
    if len(hits) != 1:
        return None
    return _count(hits[0].group("n")) or None


def announced(gap: str) -> Optional[int]:
    """The number of kinds the words between a whole and the list of its parts announce, or None: one clause (or
    two) after the whole that classifies it (按申请事项分为三类：, 分为咨询、求助、投诉三类，) or says what it spans (涉及
    3类事项，其中, 通过线上、线下两种方式办理，其中, 涉及行政处罚、行政许可、信息公开三类，分别为) — exactly one count of kinds,
    no other figure, no word that opens the list (主要, 等, 部分…)."""
    g = re.sub(r"^[\s，,；;]+|[\s，,：:；;]+$", "", gap)
    g = re.sub(r"[，,：:]?(?:其中|分别为|分別為|分别是|分別是|具体为|具體為|具体是|具體是|即)[，,：:]?$", "", g)
    if not g or len(g) > 48 or "其中" in g or re.search(r"\d+(?:\.\d+)?(?![类類种種个個大])", g) or OPEN.search(
            re.sub(r"^(?:包括|包含)", "", g)) or _ETC.search(g):
        return None       # (A、B等三类: the names are some of the kinds; a count and 等 is never read as a closed list)
    if OVERLAPPING.search(g):
        return None       # (涉及高新技术企业、专精特新企业两类: attributes a thing may have together are no classification)
    n = classification(g)
    if n:
        return n
    clauses = [c for c in re.split(r"[，,：:]", g) if c]
    if not 1 <= len(clauses) <= 2:
        return None
    hits = [(c, m) for c in clauses for m in _KINDS.finditer(c)] + [(c, m) for c in clauses for m in _WAYS.finditer(c)]
    if len({(c, m.start(), m.group("n")) for c, m in hits}) != 1:
        return None
    c, m = hits[0]
    if not _ANNOUNCE_OPENS.match(c):
        return None       # (涉企案件涉及三类: a subject of its own — the kinds are of another thing than the whole)
    n = _count(m.group("n"))
    named = c[:m.start()]
    if "、" in named and len(re.split(r"[、和及与與]", re.sub(r"^[^、]*?(?:涉及|涵盖|涵蓋|通过|通過|采取|採取|分为|分為|包括)",
                                                          "", named))) != n:
        return None       # (分为甲、乙、丙两类: names and count disagree)
    return n or None


def by_count(n: Optional[int], labels: Sequence[str]) -> Optional[str]:
    """Why a list of parts is all the kinds a count announced: as many parts as kinds, each named apart (distinct
    names, none inside another's) — or None."""
    if not n or len(labels) != n or n < 2:
        return None
    names = [x.split("|")[0] for x in labels]
    if not all(names) or len(set(names)) != len(names):
        return None
    if any(i != j and x in y for i, x in enumerate(names) for j, y in enumerate(names)):
        return None
    return Why(f"{n} kinds announced, {n} given", f"文中称共{n}类，列出{n}项")


def respectively(kinds: Optional[int], n: int) -> Why:
    """Why the figures of a 分别为 list right after a total are all of it: the list names each part once, right after
    the total (N件，分别为A件、B件…), or after a classification that announces its kinds (，按渠道分为来信、来访、网上
    信访三类，分别为…: ``kinds`` of them, as many as the figures)."""
    if kinds:
        return Why(f"a classification of {kinds} kinds announced, {n} figures after 分别为",
                   f"文中称分为{kinds}类，“分别为”列出{n}项")
    return Why("分别为 right after the total lists its parts", "总数后紧接“分别为”逐项列出")


def respectively_own(verb: str) -> Why:
    """Why the figures after 分别 and the total's own predicate are all of it (合计新增学位5,400个，分别新增学位…)."""
    return Why(f"分别{verb} right after the total stated with {verb[:2]} lists its parts",
               f"总数后紧接“分别{verb}”（与总数同一谓语）逐项列出")


_TOTAL_WORD = lazyre.compile(r"合计|合計|共计|共計|总计|總計|总共|總共|累计|累計|两者|兩者|二者|以上[\u4e00-\u9fff]{0,3}项|共")


def closing_total(words: str) -> Optional[Why]:
    """Why parts listed before a total are all of it: a word of summing between them and the total (…，合计1,449人 /
    …，共计220件 / …，共审结228件 after the decisions on the cases) closes the list as its sum."""
    m = _TOTAL_WORD.search(words)
    if m is None:
        return None
    return Why(f"a total after the parts names their sum ({m.group()})", f"分项后以“{m.group()}”总括")


def exhaustive(labels: Sequence[str], *, gap: str = "", before: str = "", span_text: str = "",
               residual_ok: bool = True, whole: str = "") -> Optional[str]:
    """Why the parts named by ``labels`` are all of their whole, or None: by their names (:func:`complete`), or by a
    count of kinds announced between the whole and the list (``gap``: :func:`announced`) or in the clause before the
    whole (``before``: :func:`announced_kinds`) matched by as many parts (:func:`by_count`).  ``span_text``: the
    words of the list itself; a list that marks itself open (等, 主要, 包括…) is complete only by its names."""
    why = complete(labels, span_text, residual_ok, whole)
    if why:
        return why
    if open_list(span_text):
        return None
    n = announced(gap) if gap else None
    if n is None and before:
        n = announced_kinds(before)
    return by_count(n, labels)


def open_list(text: str) -> bool:
    """Whether the words of a list mark it open: some of the whole named (等, 主要, 包括, 如, 部分, 之一…)."""
    return bool(text) and OPEN.search(text) is not None
