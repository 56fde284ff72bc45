"""Parts and wholes (part of the claims layer): which figures of a sentence are a total and which are its parts.

Read for LG103 (``rules/sums.py``: parts-sum mismatch, part over whole, shares over 100%); nothing here decides
whether a statement is consistent (intervals, tolerance, the finding, its evidence and message stay in the rule).
What is read:

* **figures** — the quantities of a span, lazily (:func:`iter_qs`), the figures of a 分别 list
  (:func:`count_figures`), percentages listed after 分别占 (:func:`percent_list`), a numeral that counts the parts
  before a total (:func:`counts_the_parts`: 两项合计) or names a class (:func:`label_numeral`: 三类桥136座), a figure
  that qualifies a noun instead of counting a part (:func:`threshold`), the change stated right after a figure
  (:func:`change_after`, :func:`change_sign`);
* **names** — the words naming a figure, a part, a whole (:func:`words_before`, :func:`raw_words_before`,
  :func:`part_label`, :func:`label_of_whole`, :func:`clause_words`, :func:`noun_label`, :func:`head_noun`,
  :func:`ends_with_head`, :func:`shared_head`, :func:`distributed`);
* **totals** — the words that make a figure the total of the parts before or after it (``TOTAL_AFTER``,
  ``TOTAL_AFTER_WORDS``, ``TOTAL_OPENS``, ``SAME_VERB_TOTAL``, ``KINDS_TOTAL``, ``COUNTED_GROUPS``, ``SCOPED_TOTAL``,
  ``SPLIT_WHOLE``, ``COMPOUND_TOTAL``, ``TOTAL_WORD``, ``STOCK_WORD``), a whole split by a classification
  (:func:`classified_whole`), a whole before its 其中 past figures of other measures (:func:`separated_whole`) or in the
  sentence before (:func:`previous_sentence_whole`), a whole closed by 中 (``NAMED_AMONG``, ``AMONG_FRAME``), a total
  whose bracket counts the same things in another measure word (:func:`same_thing_total`);
* **parts and their structures** — 其中/含/包括 and classifications (``AMONG``, ``AMONG_MARK``, ``INCLUDING``,
  ``BRACKET_INCLUDES``, :func:`includes_kind_of`), 分别 lists (``RESPECTIVELY``, :func:`respectively_verb`,
  :func:`split_list_before`, :func:`named_items_of`), a breakdown going on in the next sentences
  (:func:`parts_run_on`, :func:`bare_part_sentences`), a part's own breakdown inside a list (:func:`nested_in_list`),
  a list that goes on with another measure (:func:`list_goes_on`), a clause continuing a 其中 list
  (:func:`continues_list`) or stating another deed, period or total (:func:`another_deed`), the subject of a clause
  between a whole and its 其中 (:func:`gap_subject`), the growth or remark clauses between them (:func:`growth_gap`);
* **exclusivity and completeness** — kinds that exclude each other (:func:`exclusive_kinds`), kinds of the total
  (:func:`kinds_of`), a whole named as the conjunction of its parts or by the levels that hold them
  (:func:`names_its_parts`), the sides of a split of the report's area (:func:`scopes_make_up`) or a part's name with
  its head noun (:func:`names_part`, :func:`named_without_head`); whether a list is all of its whole (a split, a
  name and its negation, a count of kinds announced) is :mod:`lintgov.claims.partition`.

The public names below (``__all__``) are what the rule calls; the names with a leading underscore are parts of those
readers.  The patterns are compiled on first use (:mod:`lintgov.lazyre`).  ``WHOLE_WINDOW``, ``LIST_WINDOW`` and
``MAX_PARTS`` bound how far a whole and a list of parts are read, keeping every reader linear in a paragraph.
"""
from __future__ import annotations

import bisect
import re
from typing import Dict, List, Optional, Sequence

from .. import lazyre
from ..quantities import Quantity, quantities_in, quantity_starts
from .classes import DECISION as _DECISION, exclusive as _why_exclusive, one_scale as _one_scale
from .rates import context_before, is_count, is_delta, measure_of, strip_level_verb
from .partition import complete as _complete_split, sibling_whole

__all__ = ["UNIT_GLOSS", "split_head_total", "PER_UNIT_LABEL", "LIST_AND", "another_deed", "deductions", "at_sentence_open", "bare_part_sentences", "bracket_pairs", "change_after", "change_sign",
           "classified_whole", "clause_break_after", "clause_ok", "clause_words", "continues_list", "count_figures",
           "counts_the_parts", "YEARS_TOTAL", "MADE_OF", "MADE_OF_FIRST", "MADE_OF_CHAR", "distributed", "ends_with_head", "exclusive_kinds", "gap_subject", "growth_gap",
           "head_noun", "includes_kind_of", "iter_qs", "kinds_of", "label_numeral", "label_of_whole", "list_goes_on",
           "named_items_of", "named_without_head", "names_its_parts", "names_part", "nested_in_list",
           "noun_label", "outside_brackets", "part_label", "parts_run_on", "percent_list", "previous_sentence_whole",
           "raw_words_before", "respectively_verb", "same_thing_total", "scopes_make_up", "separated_whole",
           "shared_head", "split_list_before", "threshold", "total_or_stock_any", "words_before", "ALT_UNIT", "AMONG",
           "AMONG_DEED", "AMONG_FRAME", "COUNTED_OPENING", "FRAME_OPENS", "NOT_ADDITIVE", "WHOLE_BY_NOUN", "AMONG_MARK", "AMONG_WORDS", "AVERAGE", "BODY_HEAD", "BRACKETED", "PART_AMONG",
           "BRACKET_CLOSE", "BRACKET_INCLUDES", "BRACKET_OPEN", "CHANGE_CLAUSE", "CHANGE_OR_AVERAGE_BEFORE",
           "CN_SMALL", "COLON", "COLON_SUM", "COLON_TOTAL", "COMPLETE_HINT", "COMPOUND_CHAR", "COMPOUND_TOTAL",
           "COUNTED_GROUPS", "GROWTH_GAP", "INCLUDING", "INCLUDING_CHAR", "ITEM_FIRST", "ITEM_MARK", "ITEM_NEXT",
           "ITEM_OPEN", "ITEM_OTHER_TIME", "ITEM_SCOPES", "KINDS_TOTAL", "KIND_UNITS", "LIST_VERB", "LIST_WINDOW",
           "MADE_OF_FIRST_STOPS", "MADE_OF_STOPS", "NAMED_JOIN", "DUNHAO_JOIN", "MAX_PARTS", "NAMED_AMONG", "names_key", "NAMED_AMONG_BRACKET", "NOT_A_WHOLE", "NOT_OWN_NOUN", "NOT_THE_SUM",
           "OTHER_TIME", "OUTCOME", "PERIOD_WORD", "without_shared_period", "OWN_NOUN_GAP", "PARTIAL", "PART_IN_BRACKET", "PLACE_MEASURES", "PRIOR_LIST",
           "QUALIFIER", "QUOTED", "REMARK_GAP", "RESPECTIVELY", "RESP_AFTER", "REST", "SAME_VERB_TOTAL",
           "SCOPED_TOTAL", "SCOPE_ONLY", "SELECT_OPENS", "SELECT_BREAKS", "NOUN_AFTER_COUNT", "HAN_RUN", "SHARES_LIST", "SHARES_OF_WHOLE", "SHARE_IN_CLAUSE", "SPLIT_WHOLE",
           "STOCK_WORD", "SUBTOTAL", "TOTAL_AFTER", "TOTAL_AFTER_WORDS", "TOTAL_OPENS", "TOTAL_OPENS_VERB",
           "TOTAL_WORD", "TOTAL_NAME", "HEAD_TOTAL", "WHOLE_WINDOW", "WITHIN", "YEAR_LABEL", "YEAR_TOTAL_AFTER"]


#: what the words after a part among a whole (N个X中，有M个…) begin with when they say what those things are or did
AMONG_DEED = lazyre.compile(r"(?:提前|按期|如期|全面|基本|顺利|超额|率先)?(?:$|为|是|已|获|被|来自|属于|实现|完成|开通|用上|达到|达标|通过|进入|列入|纳入|入选|位于|由|能|可|"
                            r"出庭|胜诉|败诉|建成|建有|设有|拥有|具有|参加|参与|享受|享有)")
#: a name in quotes (“千村引领、万村提升”), taken out of the words before a count: its 、 is no clause break
QUOTED = lazyre.compile(r"“[^“”，,。；;]{1,20}”")
#: a figure per person or day, an average, is not a whole its 其中 parts belong to (人均 of a group of people is no part of
#: all people's); a flow per year or month (每年安排支出N，其中…每年…) is: every part is of the same period
AVERAGE = lazyre.compile(r"均|每(?!年|月)|平均|人均|年均|日均|月均")
#: what joins the last two figures of a list with no name between them (A、B和C: 和/及/与/以及)
LIST_AND = lazyre.compile(r"\s*(?:和|及|与|與|以及)\s*")
#: a figure's name that opens with the unit it is counted per (每千名老年人拥有…, 人均, 户均, 村均): a ratio, never a part
PER_UNIT_LABEL = lazyre.compile(r"(?:其中)?(?:每(?![年月日])[一二两兩三四五六七八九十百千万萬]*[\u4e00-\u9fff]{0,6}?(?:人|户|戶|名|个|個|家)"
                                r"|人均|户均|戶均|村均|校均|平均|年均|日均|月均)")
SHARES_LIST = lazyre.compile(r"(?:分别占|分別佔|分别占|分別占)(?![^，,。；;%]{0,16}?各自)(?:[^，,。；;%]{0,16}?的)?(?:比重|比例|比)?(?:为|為)?")
#: 在受理的案件中， / 住户存款余额中，: a named whole whose parts follow (at a clause start)
NAMED_AMONG = lazyre.compile(r"(?:(?<=[，,；;。：:])|^)\s*(?:在|从|從)?([\u4e00-\u9fff]{2,12}?)(?:当|當)?中"
                             r"(?:([，,：:])|(?![心小央国國型等级級外医醫药藥介断斷止期共层層间間部学學文方山华華原]))",
                             re.MULTILINE)
#: the head nouns of bodies, people and things counted (社会团体, 执法人员): a name ending so is a whole, whatever its
#: first words (社会, 执法) say
BODY_HEAD = lazyre.compile(r"(?:团体|團體|组织|組織|单位|單位|企业|企業|机构|機構|医师|醫師|医生|醫生|人员|人員|案件|项目|項目)$")
#: the same with a bracket inside the name (执业（助理）医师中): tried only in a sentence holding a closing bracket
NAMED_AMONG_BRACKET = lazyre.compile(r"(?:(?<=[，,；;。：:])|^)\s*(?:在|从|從)?([\u4e00-\u9fff]{1,8}[（(][\u4e00-\u9fff、]{1,4}[）)]"
                                     r"[\u4e00-\u9fff]{0,6}?)(?:当|當)?中(?:([，,：:])|(?![心小央国國型等级級外医醫药藥介断斷止期共层層间間部学學文方山华華原]))",
                                     re.MULTILINE)
#: words before 中 that name a process or a place, not a whole (工作中, 实践中, 过程中, 城市中)
NOT_A_WHOLE = lazyre.compile(r"工作|实践|實踐|过程|過程|活动|活動|执法|執法|期间|期間|办理|辦理|推进|推進|城市|基层|基層|"
                             r"社会|社會|生活|疫情|发展|發展|建设|建設|改革|行动|行動|检查|檢查|督查|审查|審查|调查|調查")
#: 分别 and the verb of a list of figures (分别为, 分别投入, 分别达到, 分别是)
RESPECTIVELY = lazyre.compile(r"(?:分别|分別)(?:为|為|是|有|达到|達到|达|達|投入|完成|实现|實現|建成|新增|增加|"
                              r"审结|審結|办理|辦理|受理|录取|錄取|拥有|擁有|共有|共)?")
#: the opening of a sentence that states a total: 全市合计审结, 以上共计, 总计
TOTAL_OPENS = lazyre.compile(r"\s*(?:全[市区區县縣省州盟旗镇鎮乡鄉]|以上|上述|(?:这|這|此)?[两兩二三四五六七八九十]+(?:[项項类類者级級]|部分)(?:[\u4e00-\u9fff]{1,4}?)?|"
                             r"各[类類项項级級])?"
                             r"[，,]?(?:合计|合計|总计|總計|共计|共計)[\u4e00-\u9fff]{0,4}")
#: 共培训4,740人次 opening a sentence after its parts: 共 and the verb of what each part did (checked in every part)
TOTAL_OPENS_VERB = lazyre.compile(r"\s*(?:全[市区區县縣省州]|以上|上述)?(?:共|累计|累計)(?P<verb>[\u4e00-\u9fff]{2})(?:[\u4e00-\u9fff]{0,6})")
#: another period or a comparison in a part's clause (去年新增, 比上年多新增): not a part of this year's scope total
OTHER_TIME = lazyre.compile(r"比|较|較|上年|去年|同期|今年|本年|前年|[12]\d{3}年|年初|年末|上半年|下半年")
#: scopes that make up the report's own area between them (each tuple: the alternatives of one side)
_SCOPE_SPLITS = ((r"中心城区|中心城區|城区|城區|市区|市區|主城区|主城區", r"郊区|郊區|县域|縣域|农村|農村|乡村|鄉村|乡镇|鄉鎮|各镇|各鎮"),
                 (r"市本级|市本級|市级|市級|市直|本级|本級", r"各区县|各區縣|各县区|各縣區|各区|各區|各县|各縣|区县|區縣|县区|縣區"),
                 (r"城镇|城鎮", r"农村|農村|乡村|鄉村"))


#: (compiled once: re's module functions looked each one up in re's cache at every call)
_SCOPE_SPLIT_PATTERNS = tuple((lazyre.compile(a), lazyre.compile(b)) for a, b in _SCOPE_SPLITS)


def scopes_make_up(clauses: Sequence[str]) -> bool:
    """Whether the parts' clauses name, one each, the sides of a split of the report's area (城区/郊区, 市本级/各区)."""
    if len(clauses) != 2:
        return False
    for a, b in _SCOPE_SPLIT_PATTERNS:
        if (a.search(clauses[0]) and b.search(clauses[1])) or (b.search(clauses[0]) and a.search(clauses[1])):
            return True
    return False


#: 全市共计新增 / 全区累计办理: a total over the scopes the parts name, with the words of what each part did
SCOPED_TOTAL = lazyre.compile(r"^[，,；;\s]*全[市区區县縣省州](?:共计|共計|合计|合計|总计|總計|累计|累計|共)"
                              r"([\u4e00-\u9fff]{2,8}?)(?:为|為|达到|達到|达|達)?$")
#: the three industries named as one complete split (一、二、三产业 / 第一、第二、第三产业 / 第一产业、第二产业和第三产业 /
#: 三次产业), then 分别 and the verb of the list right before its first figure
_SPLIT_PARTS = lazyre.compile(r"(?:第?一[、，,]?第?二[、，,和及与與]?第?三(?:次)?(?:产业|產業)|第一(?:产业|產業)[、，,]第二(?:产业|產業)[、，,和及与與]"
                              r"第三(?:产业|產業)|三次(?:产业|產業))[\u4e00-\u9fff]{0,6}?(?:分别|分別)[\u4e00-\u9fff]{0,8}$")
#: the whole of that split named before its total word or its verb (地区生产总值合计, 三次产业增加值总计, 全市增加值共计,
#: 地区生产总值达)
SPLIT_WHOLE = lazyre.compile(r"^[，,；;\s]*(?:全[市省区區县縣州])?(?:(?:地区|地區|国内|國內)?(?:生产总值|生產總值)|GDP|"
                             r"(?:三次产业|三次產業|三产|三產)?增加值)(?:合计|合計|共计|共計|总计|總計|总共|總共)?"
                             r"(?:为|為|达到|達到|达|達)?$")


#: 共 and a verb before a total (，共新建22所 / ，共培训2,000人次): the sum of a 分别 list of that verb (not 共有, a stock,
#: nor 共计/合计, read by TOTAL_AFTER_WORDS)
SAME_VERB_TOTAL = lazyre.compile(r"^[，,\s]*共(?![有计計])([\u4e00-\u9fff]{2,8}?)(?:为|為|达到|達到|达|達)?$")
#: a total counted by its kinds (，三级河长总数达到510名 / ，两类企业共计86家): as many kinds as a 分别 list names
KINDS_TOTAL = lazyre.compile(r"^[，,\s]*([两兩二三四五六七八九])(?:级|級|类|類|项|項|个|個|种|種)[\u4e00-\u9fff]{0,8}?"
                             r"(?:总数|總數|总量|總量|合计|合計|共计|共計|总计|總計|共)(?:为|為|达到|達到|达|達)?$")
CN_SMALL = {"两": 2, "兩": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


#: ，教育、卫生健康、社会保障和就业支出: names joined by 、/和/及 after a comma, the last one ending with a head noun
_ITEM_NAMES = lazyre.compile(r"[，,]\s*((?:[\u4e00-\u9fff]{1,10}[、和及与與])+[\u4e00-\u9fff]{1,12})\s*")
#: what makes items no parts of a sum: averages, ratios, prices, other periods or a comparison
_NOT_ADDITIVE = lazyre.compile(r"人均|平均|均|每|率|价|價|指数|指數|比|同比|增长|增長|下降|年|季|月|上年|去年|目标|目標|计划|計劃")


def named_items_of(masked: str, total, gap: str, floor: int) -> bool:
    """全年民生支出142.6亿元，教育、卫生健康、社会保障和就业支出分别为…: the gap between a total and 分别为 names two
    items or more under the total's own head noun (its last two characters: 支出), none an average, a ratio, a price
    or another period's."""
    m = _ITEM_NAMES.fullmatch(gap)
    if m is None:
        return False
    names = m.group(1)
    own = re.sub(r"[^\u4e00-\u9fff]", "", context_before(masked, total, floor, 12))
    own = re.sub(r"^(?:全年|年内|年內|当年|當年|本年)", "", re.split(r"[，,；;。]", own)[-1])
    if len(own) < 2 or not names.endswith(own[-2:]) or own.endswith(names[-len(own):]) and names == own:
        return False
    return not _NOT_ADDITIVE.search(names + own)


def clause_words(masked: str, q, floor: int) -> str:
    """The Chinese characters of the clause before ``q`` (back to ，；。, at most 16 characters), brackets read through
    (其中执业（助理）医师1.26万人 → 其中执业助理医师)."""
    seg = masked[max(floor, q.start - 16):q.start]
    seg = re.split(r"[，,；;。：:]", seg)[-1]
    return re.sub(r"[^\u4e00-\u9fff]", "", seg)


def respectively_verb(masked: str, s, last, verb: str) -> bool:
    """Whether the figure ``last`` closes a 分别 list of its sentence (分别新建…8所、14所) whose words before the first
    figure open with ``verb`` (its first two characters; any words when ``verb`` is empty)."""
    k = max(masked.rfind("分别", s.start, last.start), masked.rfind("分別", s.start, last.start))
    if k < 0 or re.search(r"[；;。]", masked[k:last.start]):
        return False
    words = re.match(r"[\u4e00-\u9fff“”]*", masked[k + 2:last.start]).group()
    return not verb or (len(verb) >= 2 and (words.startswith(verb[:2]) or words.startswith(verb)))


#: a total after a 分别 list named by the list's head noun and a word that sums (，义务教育阶段在校生合计T after
#: 小学、初中在校生分别为A和B): group ``name`` the total's words before the sum word
SUMMED_HEAD_TOTAL = lazyre.compile(r"^[，,；;\s]*(?P<name>[\u4e00-\u9fff]{2,12}?)(?:合计|合計|共计|共計|总计|總計)"
                                   r"(?:为|為|达到|達到|达|達)?$")
#: the items named before 分别 (小学、初中在校生分别 / 一期、二期和三期分别 / 金牌、银牌、铜牌分别): two to six names joined
#: by 、 (the last by 、, 和, 及 or 与), then the head noun they share, then 分别
_RESPECTIVE_ITEMS = lazyre.compile(r"(?P<items>[\u4e00-\u9fff]{1,8}(?:、[\u4e00-\u9fff]{1,8}){0,4}(?:[、和及与與][\u4e00-\u9fff]{1,12}))"
                                   r"(?:分别|分別)")


#: modifiers of a total's name that widen it to a whole the list may not exhaust (全区, 全部, 各类, 所有)
_WIDE_MODIFIER = lazyre.compile(r"全|各类|各類|所有|总|總|累计|累計|上年|去年|同期")


def respective_head_total(masked: str, s, last, name: str) -> int:
    """The number of items of the 分别 list the figure ``last`` closes when a total named ``name`` (its words before
    合计/共计/总计) sums them: the list's items are named apart before 分别 (小学、初中在校生), and ``name`` ends with the
    noun the last item carries (在校生), that noun of two characters or more; 0 otherwise.  (合计 says the total sums
    what was listed; 总数 or 共有 name the whole of the noun, which may hold kinds not listed: not read here.)"""
    k = max(masked.rfind("分别", s.start, last.start), masked.rfind("分別", s.start, last.start))
    if k < 0 or re.search(r"[；;。]", masked[k:last.start]):
        return 0
    cs = max(masked.rfind(c, s.start, k) for c in "，,：:") + 1 or s.start
    m = _RESPECTIVE_ITEMS.search(masked, max(cs, s.start), k + 2)
    if m is None or m.end() != k + 2:
        return 0
    items = re.split(r"[、和及与與]", m.group("items"))
    # the head noun: the longest tail of the last item that ``name`` ends with, its first item shorter than it
    last_item = items[-1]
    head = next((last_item[j:] for j in range(len(last_item) - 1) if name.endswith(last_item[j:])
                 and len(last_item[j:]) >= 2), "")
    if not head or len(items) < 2 or any(not x for x in items) or len(set(items)) != len(items):
        return 0
    if _WIDE_MODIFIER.search(name[:-len(head)]):
        return 0              # (全区在校生合计 after 小学、初中在校生: the area's total may hold kinds not listed)
    return len(items)


#: a total named by a noun and a total word that may name the whole of the noun (奖牌总数, 奖牌共, 全区…合计)
_SPLIT_HEAD_TOTAL = lazyre.compile(r"^[，,；;\s]*(?:(?P<name>[\u4e00-\u9fff]{1,12}?)(?:总数|總數|总量|總量|合计|合計|共计|共計|总计|總計|共有|共)"
                                   r"(?:为|為|达到|達到|达|達)?|(?:共计|共計|合计|合計|共)(?:获得|獲得|获|獲|夺得|奪得|有)?"
                                   r"(?P<name2>[\u4e00-\u9fff]{1,8}))$")


def split_head_total(masked: str, s, last, pre: str) -> int:
    """The number of items of the 分别 list the figure ``last`` closes when the words ``pre`` before a total name the
    whole the items split completely (金牌、银牌、铜牌分别为…，奖牌总数T; 男、女职工分别为…，职工总数T): the items
    are named apart before 分别, make up a complete split by their names (:func:`lintgov.claims.partition.complete`:
    金/银/铜牌, 城镇/乡村, 男/女), and the total's name ends with the tail every item shares (牌, 职工) and holds no other
    modifier (全, 各类, 上年); 0 otherwise.  总数 names all of the noun, which such a list leaves nothing of."""
    m0 = _SPLIT_HEAD_TOTAL.match(pre)
    if m0 is None:
        return 0
    name = m0.group("name") or m0.group("name2")
    k = max(masked.rfind("分别", s.start, last.start), masked.rfind("分別", s.start, last.start))
    if k < 0 or re.search(r"[；;。]", masked[k:last.start]):
        return 0
    cs = max(masked.rfind(c, s.start, k) for c in "，,：:") + 1 or s.start
    m = _RESPECTIVE_ITEMS.search(masked, max(cs, s.start), k + 2)
    if m is None or m.end() != k + 2:
        return 0
    items = re.split(r"[、和及与與]", m.group("items"))
    if len(items) < 2 or any(not x for x in items) or len(set(items)) != len(items):
        return 0
    # the tail the items share (金牌/银牌/铜牌 → 牌): the total's name ends with it
    tail = 0
    while tail < min(len(x) for x in items) and len({x[len(x) - 1 - tail] for x in items}) == 1:
        tail += 1
    head = items[-1][len(items[-1]) - tail:] if tail else ""
    if not head or not name.endswith(head) or _WIDE_MODIFIER.search(name[:-len(head)]):
        return 0
    return len(items) if _complete_split(items) else 0


def split_list_before(masked: str, s, first) -> bool:
    """A 分别 list that names a complete split (一、二、三产业…分别为) ends right before the figure ``first``."""
    return _SPLIT_PARTS.search(masked[max(s.start, first.start - 40):first.start]) is not None


#: what opens a breakdown of the count before it: 其中, or 含/包含 opening a bracket (户籍人口75.6万人（含城镇人口25.2万人，
#: 乡村人口50.4万人）: the bracket's parts are read as after （其中; never 不含, 含义, a bare （含）)
AMONG_MARK = lazyre.compile(r"其中|(?<=[（(])(?:包含|含)(?=[\u4e00-\u9fff“：:])(?!义|義)")
AMONG_WORDS = ("其中", "含", "包含")
#: the last item of a breakdown naming the rest of the whole with no noun (，其他518件 / 、其余12家)
REST_ITEM = lazyre.compile(r"[，,、；;](?:其他|其它|其余|其餘)(?:的)?$")
PARTIAL = lazyre.compile(r"其中|包括|包含|含|主要|如|例如|等|部分|涉及|以及其他")
COMPLETE_HINT = lazyre.compile(r"其他|其它|分别|分別|合计|合計|共计|共計|总计|總計")
#: a total after its parts named by the noun they share, with a total word (，人民调解员共6,081名 / ，共有人民调解员6,081名
#: / ，人民调解员总数6,081名 after 专职人民调解员…，兼职人民调解员…): group ``name`` the noun
HEAD_TOTAL = lazyre.compile(r"^[，,；;\s]*(?:(?:共有|共计|共計)(?P<n1>[\u4e00-\u9fff]{2,10}?)|(?P<n2>[\u4e00-\u9fff]{2,10}?)"
                            r"(?:共计|共計|总数|總數|总量|總量|总计|總計|合计|合計|共有|共))(?:为|為|达到|達到|达|達)?$")


TOTAL_AFTER = lazyre.compile(r"^[，,、；;（(\s]*(?:[两兩二三四五六七八九十]+[项項类類者个個]|以上|上述|二者|两者|兩者|[两兩二三四五六七八九十](?:个|個)?(?![年月日天周季倍成一二三四五六七八九十两兩项項类類者个個])[\u4e00-\u9fff]{1,2}?)?(?:共计|共計|合计|合計|总计|總計|累计|累計|总共|總共|共)(?:为|為|有|达|達)?$")
#: the noun the last part of a list carries after its figure, then a clause mark, before the total word that closes the
#: list (东片区有57个建设项目，西片区有14个建设项目，共计71个): group 1 the noun
PART_NOUN = lazyre.compile(r"^([\u4e00-\u9fff]{1,8})[，,；;、]")
#: the total words that close a list whose parts each carry a noun after their figure: the sum of what is listed — never
#: 累计 (a stock built over years) or 共有 (a stock the items listed may be added to)
CLOSING_TOTAL = lazyre.compile(r"^[，,；;、\s]*(?:共计|共計|合计|合計|总计|總計|总共|總共)(?:为|為)?$|^[，,；;、\s]*共$")
#: a total named by the count of the parts right before it, with or without a total word (教育支出…，社会保障和就业支出…，
#: 卫生健康支出…，三项支出33.6亿元 / 以上四项合计 / 两者合计): group 1 the count, group 2 the noun each part carries
COUNT_NAMED_TOTAL = lazyre.compile(r"[，,；;、]\s*(?:以上|上述|这|這|此)?(?:([两兩二三四五六七八九十])(?:项|項|类|類|者)|([两兩二三])者)"
                                   r"(?!中)([\u4e00-\u9fff]{0,4}?)(?:(?:合计|合計|共计|共計|总计|總計|总共|總共|共)"
                                   # 三项合计完成公共法律服务5.56万件（人次）: a verb and the sum's own noun after the total word
                                   r"(?:完成|办理|辦理|提供|开展|開展|实现|實現|受理)?[\u4e00-\u9fff]{0,8}?)?"
                                   r"(?:为|為|达到|達到|达|達)?$")
#: a total named by the count of the years it adds up (2023年、2024年…分别投入186万元和214万元，两年累计投入400万元): the
#: sum of the figures of exactly those years, read only when the sentence names as many consecutive years
YEARS_TOTAL = lazyre.compile(r"[，,；;]\s*(?:这|這|近|前)?([两兩二三四五六七八九十])年(?:来|來|间|間)?"
                             r"(?:累计|累計|合计|合計|共计|共計|总计|總計|共)([\u4e00-\u9fff]{0,4}?)(?:为|為|达到|達到|达|達)?$")
#: a total named by the count of the groups it adds up (两轮合计, 三片合计完成造林, 四个片区合计): as many parts as that
COUNTED_GROUPS = lazyre.compile(r"^[，,、；;（(\s]*([两兩二三四五六七八九十])(?:个|個)?(?![年月日天周季倍成一二三四五六七八九十两兩项項类類者个個])"
                                r"[\u4e00-\u9fff]{1,2}?(?:共计|共計|合计|合計|总计|總計|总共|總共|共)")
#: 全年总计 / 全年合计 / 全年共: the year's total, the sum of parts only when they make up the year (quarters, halves)
YEAR_TOTAL_AFTER = lazyre.compile(r"^[，,；;\s]*(?:全年|年度)(?:(?:共计|共計|合计|合計|总计|總計|总共|總共|共)(?:为|為|达|達)?"
                                  r"|(?:共计|共計|合计|合計|总计|總計|共)?(?:完成|实现|實現|新增|新建|办理|辦理|受理)[\u4e00-\u9fff]{0,6}?"
                                  r"(?:为|為|达|達)?)$")
#: a subtotal between two parts (上半年合计, 小计): it holds the parts before it
SUBTOTAL = lazyre.compile(r"合计|合計|小计|小計|共计|共計|总计|總計")
#: a total word and the words of what was done or counted before the total (共计开展各类检查, 合计培训执法人员)
TOTAL_AFTER_WORDS = lazyre.compile(r"^[，,、；;\s]*(?:[两兩二三四五六七八九十]+[项項类類者个個]|以上|上述|二者|两者|兩者|[两兩二三四五六七八九十](?:个|個)?(?![年月日天周季倍成一二三四五六七八九十两兩项項类類者个個])[\u4e00-\u9fff]{1,2}?|"
                                   r"(?:各类|各類|全部|所有)[\u4e00-\u9fff]{0,6}?|全[市区區县縣省州])?"
                                   r"(?:共计|共計|合计|合計|总计|總計|总共|總共)([\u4e00-\u9fff]{0,12}?)(?:为|為|达到|達到|达|達)?$")
#: words after a total word that name a subset or another figure, not the sum of the parts (共计纠错60件, 共计其中…)
NOT_THE_SUM = lazyre.compile(r"其中|中$|纠错|糾錯|占|佔|比|增|减|減|新增|涉|的|人均|平均|每|年均|拥有|擁有|现有|現有|累计|累計|"
                             r"总数|總數|总量|總量|保有|存量")
#: a total named by a compound of its parts' characters (师生总人数, 中小学生总数, 城乡居民合计)
COMPOUND_TOTAL = lazyre.compile(r"(?<=[，,；;、])\s*([\u4e00-\u9fff]{2,4}?)(?:总人数|總人數|总数|總數|人数合计|合计|合計|共计|共計)"
                                r"(?:为|為|达到|達到|达|達|共)?")
#: a character every match of COMPOUND_TOTAL holds (总数, 合计, 共计): a prefilter of a sentence
COMPOUND_CHAR = lazyre.compile(r"[总總合共]")
#: a colon after a figure (合计1,280件：…), and the total words that make the list after it the total's parts
COLON = lazyre.compile(r"(?<=[\d万萬亿億件项項个個人次家户戶元所处處起场場份条條座名）)])\s*[：:]")
BRACKETED = lazyre.compile(r"[（(][^（()）]*[）)]")
#: a clause opening with the name of a part and 中 (…、秋粮30.8万吨；秋粮中玉米22.5万吨…): the parts of that part
PART_AMONG = lazyre.compile(r"[；;，,]\s*(?P<n>[\u4e00-\u9fff]{1,8}?)(?:当中|當中|之中|中)(?=[\u4e00-\u9fff\d])")
#: a change or an average over a span (年均增加, 平均每年, 增长, 减少) whose bracket gives the levels at the span's ends,
#: each a level labelled by its year (为/末/底: 年均增加152公里（2019年为3260公里，2023年为3868公里）): a series, never parts of a sum
CHANGE_OR_AVERAGE_BEFORE = lazyre.compile(
   r"(?:年均|平均|每年|增加|增长|增長|减少|減少|下降|提高|上升)[^，,。；;：:（()）\n]{0,10}$")
YEAR_LABEL = lazyre.compile(r"(?:\d{4}|[上去今本前]|[〇零一二三四五六七八九]{4})年(?:(?:年?末|底)(?:为|為|是|达到?|達到?)?|为|為|是|达到?|達到?)\s*$")
COLON_SUM = lazyre.compile(r"合计|合計|共计|共計|总计|總計|总共|總共")
COLON_TOTAL = lazyre.compile(r"合计|合計|共计|共計|总计|總計|总共|總共|共有|(?<!公)共")
#: outcomes and later stages of what was counted (受理 → 办结; 检查 → 整改)
OUTCOME = lazyre.compile(r"办结|辦結|审结|審結|结案|結案|办理完毕|辦理完畢|整改|化解|解决|解決|纠正|糾正|回复|回覆|答复|答覆|采纳|採納|"
                         r"落实|落實|完成|发现|發現|查处|查處|立案|处罚|處罰|移送")
#: units that count kinds (三类, 两种), not the things of a total
KIND_UNITS = frozenset(("类", "類", "种", "種", "大类", "大類"))
#: a bracket of last year's values of the figures before it, in order (（上年分别为3,900件、1,790件）)
PRIOR_LIST = lazyre.compile(r"\s*(?:上一?年|去年|前一年)(?:同期|末|底|度)?分别")
#: the bracketed alternative of a total's unit: 件（份）, 件（次）, 人（次）
ALT_UNIT = lazyre.compile(r"[（(]\s*([\u4e00-\u9fff]{1,2})\s*[）)]")
_BRACKET_CHARS = lazyre.compile(r"[（()）]")


#: the noun between a count and the bracket of what it includes (248座农村危旧桥梁（含渡改桥3座）): a few words, no figure,
#: no verb that would make the count something else's
_INCLUDES_NOUN = lazyre.compile(r"[\u4e00-\u9fff]{1,10}")
#: the words of a bracket's part that name things inside the things counted, not kinds of them (子项目, 分校, 下属单位)
_INNER_THING = lazyre.compile(r"^(?:子|分|下属|附属|配套|所属)")


#: a sentence that only names a part and gives its figure (追索劳动报酬类640件。 / 来访1,160件次。)
_BARE_PART_NAME = lazyre.compile(r"[\s，,]*[\u4e00-\u9fff（）()]{1,16}")
_BARE_PART_END = lazyre.compile(r"[。；;]?\s*")


#: 占W(的)比重分别为: the shares of the kinds named before 占, of one whole W
SHARES_OF_WHOLE = lazyre.compile(r"(?:占|佔)(?P<whole>[^，,。；;、：:]{1,20}?)(?:的)?(?:比重|比例)(?:分别|分別)(?:为|為|达|達|是)?")
#: a whole that is only a scope (占全市比重): each kind's share of its own total there
SCOPE_ONLY = lazyre.compile(r"(?:全|本)?(?:国|國|省|市|区|區|县|縣|州|镇|鎮|乡|鄉|球|世界|全国|全省|全市|全区|全县)(?:的)?(?:总量|總量|总数|總數)?")
#: 包括A、B在内的N: the parts named between 包括 and 在内 (no clause break), 的 before the whole
WITHIN = lazyre.compile(r"(?:包括|包含)(?P<list>[^，,。；;：:（）()]{2,60}?)在内的")
#: the total's own noun between its figure and 分别为 (1197个停车位，分别为): a short name, then the clause break
OWN_NOUN_GAP = lazyre.compile(r"[\u4e00-\u9fff]{1,8}[，,：:]\s*")
#: words that make the gap more than the total's noun (a change, a share, another figure's name, a time)
NOT_OWN_NOUN = lazyre.compile(r"增长|增長|增加|减少|減少|下降|同比|比上年|提高|占|其中|累计|累計|总投资|總投資|年|月|的")
#: a part named, its figure in a bracket after the name (赛格科技园立体停车库项目（车位282个）): the name, the bracket
#: and at most four characters naming the figure
PART_IN_BRACKET = lazyre.compile(r"[、，,]?(?:[\u4e00-\u9fff]|[“”\"《》](?=.)){1,30}[（(][\u4e00-\u9fff]{0,4}")


def bare_part_sentences(doc, masked: str, s, meas: str) -> int:
    """The end of the last of the sentences right after ``s`` (in its paragraph, up to eight) that each hold only a
    part: a name and one figure in the measure word ``meas``, nothing else; ``s.end`` when the next one does not."""
    end = s.end
    sents = doc.sentences
    i = doc.sentence_index(s.start) + 1
    n = 0
    while i < len(sents) and n < 8 and sents[i].paragraph == s.paragraph:
        ns = sents[i]
        qs = list(iter_qs(doc, ns.start, ns.end))
        if len(qs) != 1 or not is_count(qs[0]) or measure_of(qs[0]) != meas or qs[0].approx \
                or not _BARE_PART_NAME.fullmatch(masked, ns.start, qs[0].start) \
                or not _BARE_PART_END.fullmatch(masked, qs[0].end, ns.end):
            break
        end = ns.end
        i += 1
        n += 1
    return end


#: what opens a part's own breakdown inside a list of parts (其中, 含, 包括)
_NESTED_OPEN = lazyre.compile(r"(?<=[，,、；;])\s*(?:其中|含|包括|包含)")


def nested_in_list(masked: str, start: int, end: int, parts: Sequence[Quantity]) -> Optional[int]:
    """Where, in a list of parts from ``start`` to ``end``, a part's own breakdown begins: 其中/含/包括 after the first
    part (…，一般程序案件290件，其中听证案件30件), or a clause opened by the name of a part before it and 中
    (…，一般程序案件290件，一般程序案件中听证案件30件) — None when the list holds none."""
    if not parts:
        return None
    m = _NESTED_OPEN.search(masked, parts[0].end, end)
    at = m.start() if m else None
    for mm in NAMED_AMONG.finditer(masked, parts[0].end, at if at is not None else end):
        if len(mm.group(1)) >= 2 and mm.group(1) in masked[start:mm.start(1)]:
            return mm.start(1)
    return at


def outside_brackets(masked: str, word: str, start: int, end: int) -> int:
    """The first ``word`` between ``start`` and ``end`` that stands outside brackets, or -1."""
    k = masked.find(word, start, end)
    while k >= 0:
        seg = masked[start:k]
        if seg.count("（") + seg.count("(") <= seg.count("）") + seg.count(")"):
            return k
        k = masked.find(word, k + len(word), end)
    return -1


def shared_head(names: Sequence[str]) -> str:
    """The last characters all names share (人口 of 城镇人口 / 乡村人口)."""
    k = 0
    while k < min(len(x) for x in names) and len({x[-1 - k] for x in names}) == 1:
        k += 1
    return names[0][len(names[0]) - k:] if k else ""


def includes_kind_of(noun: str, inside: str) -> bool:
    """Whether a bracket after a count and its noun (248座农村危旧桥梁（含渡改桥3座）) lists kinds of the noun: its first
    part is named by words sharing a character with the noun's head (桥 of 桥梁), never things inside them (3个项目（含
    子项目12个）, 5所学校（含分校8所）) — else the bracket may count something else in the same measure word."""
    if not _INCLUDES_NOUN.fullmatch(noun):
        return False
    words = re.match(r"[\u4e00-\u9fff]{1,12}", inside)
    if words is None or _INNER_THING.match(words.group()):
        return False
    return any(ch in noun[-2:] for ch in words.group())


#: a bracket saying what the count before it includes: （含…, （包含…, （包括… (never （不含…)
BRACKET_INCLUDES = lazyre.compile(r"[（(](?:含|包含|包括)(?![量税稅有])(?!义(?!教|务))(?!義(?!教|務))")   # (含义教学校…: 义教, never 含义)
BRACKET_CLOSE = lazyre.compile(r"[）)]")
BRACKET_OPEN = lazyre.compile(r"[（(]")
#: a total said to be made of the figures after it (办理案件1,628件，由刑事案件412件、民事案件1,175件和行政案件41件构成;
#: 现有人员686人，为编制内人员512人与编外辅助人员174人之和): the clause right after the total, opened by 由/为/是 and
#: closed by 构成/组成/之和 — a composition the text declares complete, so the parts add up to the total
MADE_OF = lazyre.compile(r"[，,]\s*(?:共|全部|主要)?(?:由|为|為|是|系)(?P<list>[^，,。；;：:]{4,90}?)"
                         r"(?:共同)?(?:构成|構成|组成|組成|之和|的和|的总和|的總和|相加之和|合计而成|合計而成)(?=[，,。；;）)]|$)")
#: the parts first, then the total they make up (由街道中心286个、社区站24个和工作室13个组成，总数达到323个): the list
#: after 由, the verb of making up, and the words that open the total's clause (a total word, a verb of being)
MADE_OF_FIRST = lazyre.compile(r"(?:^|[，,：:]|(?<=[\u4e00-\u9fff]))由(?P<list>[^，,。；;：:]{4,90}?)(?:共同)?(?:构成|構成|组成|組成)"
                               r"[，,]\s*(?P<tw>(?:总数|總數|总量|總量|共计|共計|合计|合計|总计|總計|共)?(?:为|為|达到|達到|达|達)?)")
#: a character every match of MADE_OF holds (a prefilter of a sentence)
MADE_OF_CHAR = lazyre.compile(r"[构構组組和]")


#: what opens a list of parts right after a count: 包括 (kinds named so), or a classification (分为, 按类型分)
#: a second measure word in brackets right after a count (3,250套（间）, 126个（家）): no clause of its own
UNIT_GLOSS = lazyre.compile(r"^[（(][\u4e00-\u9fff][）)]")
INCLUDING = lazyre.compile(r"特别是|特別是|尤其是|包括|包含|主要有|主要是|主要为|主要為|(?:可|共)?(?:分为|分成|划分为|劃分為|分為)|按(?:照)?[\u4e00-\u9fff]{1,8}(?:划分|劃分|分类|分類|分)(?=[，,：:])|"
                           r"(?:从|從)[\u4e00-\u9fff]{1,8}(?:来看|來看|上看|看)(?=[，,：:])|"
                           # 具体看，… / 具体为：…: the list that details the whole before it
                           r"具体(?:来看|來看|看|为|為|是|如下)(?=[，,：:])|具體(?:來看|看|為|是|如下)(?=[，,：:])")
#: a classification of a whole (按来源分，/ 从内容看，/ 分渠道看，): a second one after a list of parts opens another
#: breakdown of the same whole (按来源分，热线3.81万件；按内容分，求助类2.95万件…), whose parts are never summed with the first's
CLASSIFICATION_OPEN = lazyre.compile(r"按(?:照)?[\u4e00-\u9fff]{1,8}(?:划分|劃分|分类|分類|统计|統計|分)(?=[，,：:])|"
                                     r"(?:从|從)[\u4e00-\u9fff]{1,8}(?:来看|來看|上看|看)(?=[，,：:])|分[\u4e00-\u9fff]{1,6}看(?=[，,：:])")
#: a character every match of INCLUDING holds (特别是 尤其是 包括 主要 分为 按…分 从…看): a prefilter of a sentence
INCLUDING_CHAR = lazyre.compile(r"[特尤包主分从從具]")
#: a share stated in a clause of a list (占比, 比重为, 占全县建筑业总产值的比重为, 占)
SHARE_IN_CLAUSE = lazyre.compile(r"(?:占比|佔比|比重|占[\u4e00-\u9fff]{0,14}?(?:的)?(?:比重|比例)|占)(?:为|為|达|達|是)?(?=\d)")
#: the last part of a complete list: the rest
REST = lazyre.compile(r"其他|其它|其余|其餘")
#: a clause stating only the change of the figure before it (比上年减产, 较上年增加, 同比增产)
CHANGE_CLAUSE = lazyre.compile(r"(?:比|较|較)(?:上年|去年|上年同期|年初|上年末)?[增减減][产產加少收支]?|同比[增减減][产產加少]?|"
                               r"(?:增产|增產|减产|減產|净增|淨增)")
#: a qualifier that narrows what is counted (限额以上, 规模以上, 规上)
QUALIFIER = lazyre.compile(r"以上|以下|规模|規模|限额|限額|规上|規上")
#: the words naming a figure as a total of others (共有网格员1,780名, 合计400件, 人民调解员总数6,081名): never a kind in a list
TOTAL_NAME = lazyre.compile(r"^[，,、\s]*(?:共有|共计|共計|合计|合計|总计|總計|总共|總共|共)|总数|總數|总计|總計|合计|合計|共计|共計|总量|總量")


TOTAL_WORD = lazyre.compile(r"(?:总|總)(?:额|額|量|数|數|计|計|值|产值|產值|收入|规模|規模|人数|人數|户数|戶數|面积|面積|人口|支出|投资|投資|"
                            r"里程|長度|长度|容量|资产|資產)|"
                            r"全年|全部|(?<!公)共|合计|合計|全[市区區县縣省州镇鎮乡鄉]有|现有|現有|"
                            # 全区登记社会组织620家: the stock registered in the report's area
                            r"全[市区區县縣省州镇鎮乡鄉](?:登记|登記|注册|註冊)")
#: a whole closed by 中 right after its figure (1,560件消费投诉中，)
#: what opens a whole closed by 中 (在全年受理的1,560件投诉中，/ 全县登记的1,385家社会组织中，): 在/从, or a clause of its own
#: ending with 的 (the deed that makes the things the whole counts)
FRAME_OPENS = lazyre.compile(r"(?:在|从|從)[\u4e00-\u9fff]{0,10}$|(?:^|[，,；;。：:])[\u4e00-\u9fff]{1,10}的$")
#: the words between the last side of a split and the whole it divides (，常住人口总数 / ，全市常住人口 / ，人口总量为): the
#: whole's name (group ``name``), no verb of a change, no other figure
#: a sentence opening with a count of the kinds its total adds up (四级平台合计, 三类案件共): group 1 the numeral
COUNTED_OPENING = lazyre.compile(r"\s*(?:以上|上述|全市|全区|全县)?(?:这|這|此)?([两兩二三四五六七八九])(?:级|級|类|類|项|項|个|個|种|種|部分)")
#: words of a figure that is no amount to add up: a mean, a rate, a share, an index, a density
NOT_ADDITIVE = lazyre.compile(r"人均|户均|平均|均价|均價|率|比重|比例|指数|指數|密度|单价|單價")
WHOLE_BY_NOUN = lazyre.compile(r"[，,；;]\s*(?:年末|全年)?(?:全[市省区區县縣州])?(?P<name>[\u4e00-\u9fff]{2,8}?)"
                               r"(?:总数|總數|总量|總量|合计|合計|共计|共計|总计|總計)?(?:为|為|达到|達到|达|達|共)?")
#: words in a 由…组成 list that make it no plain split of the total (a basis, a change, a bound, a bracket); the list
#: before its total (…组成，总数达到N) also refuses an open list (等)
MADE_OF_STOPS = lazyre.compile(r"[（(]|上年|去年|同期|比|增长|增長|下降|以上|以下|超过|不足|近")
MADE_OF_FIRST_STOPS = lazyre.compile(r"[（(]|上年|去年|同期|比|增长|增長|下降|以上|以下|超过|不足|近|等")
#: what joins two named parts of such a list: 、/和/与/及/加 and the next part's name; or a bare 、 with a name of its own
NAMED_JOIN = lazyre.compile(r"[\u4e00-\u9fff“”]{0,3}?[、和与與及加]\s*[\u4e00-\u9fff“”、]{1,16}")
DUNHAO_JOIN = lazyre.compile(r"[\u4e00-\u9fff“”]{0,3}?[、]\s*[\u4e00-\u9fff“”]{0,16}")


AMONG_FRAME = lazyre.compile(r"[\u4e00-\u9fff“”]{0,10}?(?:当中|當中|之中|中)[，,：:]")
#: a verb right after a total that opens the list of its parts, one place or kind each (，分布在市场监管领域…、生态环境
#: 领域…); not 涉及 (a case may involve several fields: tests/test_sums_kinds.py)
LIST_VERB = lazyre.compile(r"[，,]\s*(分布在|分布于|分布於)")
_TOTAL_OR_STOCK_ANY: list = []


def total_or_stock_any() -> "re.Pattern[str]":
    """TOTAL_WORD or STOCK_WORD anywhere in a piece of text (their lookbehinds removed: a prefilter)."""
    if not _TOTAL_OR_STOCK_ANY:
        _TOTAL_OR_STOCK_ANY.append(lazyre.without_lookarounds(TOTAL_WORD, STOCK_WORD))
    return _TOTAL_OR_STOCK_ANY[0]


#: 分别是 / 分别在 / 分别为 right after a total: its parts follow, each of one kind or place
RESP_AFTER = lazyre.compile(r"[，,]\s*(?:分别|分別)(?:是|在|为|為|位于|位於)")
#: words naming a stock of things of several kinds or levels (全区拥有各级…, 全县辖行政村…, 建成各类…)
STOCK_WORD = lazyre.compile(r"拥有|擁有|(?<![管统統直])辖|(?<![管统統直])轄|各级|各級|各类|各類")
_OPENER = lazyre.compile(r"其中|按[\u4e00-\u9fff]{1,8}(?:统计|統計|划分|劃分|分)|分[\u4e00-\u9fff]{1,6}看")


def classified_whole(doc, masked: str, si: int, a: int, after: str = "") -> Optional[Quantity]:
    """The total a classification (按…统计, 分级次看) splits: the nearest count before it named as a total (总额, 全年,
    共; or 全市/全县… and a name the parts repeat: 全市一般公共预算收入 … 分级次看：市级一般公共预算收入…), up to three
    sentences back in the paragraph, such that every other count between them belongs to a breakdown opened
    after it (其中…, an earlier 按…统计); None when a count between is not accounted for so."""
    s = doc.sentences[si]
    k = si
    while k > 0 and si - k < 3 and doc.sentences[k - 1].paragraph == s.paragraph:
        k -= 1
    lo = max(doc.sentences[k].start, a - 2 * WHOLE_WINDOW)
    cands = [q for q in quantities_in(doc, lo, a) if is_count(q) and not is_delta(masked, q)]
    for i in range(len(cands) - 1, -1, -1):
        w = cands[i]
        ctx = context_before(masked, w, lo, 16)
        if not TOTAL_WORD.search(ctx):
            named = _WHOLE_AREA.search(re.sub(r"[^\u4e00-\u9fff]", "", ctx))
            if named is None or named.group(1) not in after:
                continue
        op = _OPENER.search(masked, w.end, a)
        if all(op is not None and q.start > op.start() for q in cands[i + 1:] if measure_of(q) == measure_of(w)):
            return w
        return None
    return None


#: a total named by its area and its metric (全市一般公共预算收入): the metric the parts of a classification repeat
_WHOLE_AREA = lazyre.compile(r"全[市县縣区區省州旗][\u4e00-\u9fff]*?([\u4e00-\u9fff]{4})$")
#: a sentence that goes on with a breakdown: it opens with a name and a figure (进口值1624.6亿元, 乡村消费品零售额…),
#: with no word of a new total, period or breakdown before the figure
_PART_OPENING = lazyre.compile(r"\s*[\u4e00-\u9fff“”（）()、]{1,24}?(?:为|為|达到|達到|达|達|实现|實現)?(?=\d)")
_NOT_A_PART_OPENING = lazyre.compile(r"其中|全年|年末|年初|全[市县縣区區省州]|总|總|合计|合計|共|累计|累計|上年|去年|同期|比|较|較|"
                                     r"占|人均|平均|增长|增長|下降|新增")


def parts_run_on(doc, masked: str, si: int, whole, cap: int, limit: int) -> int:
    """Where a breakdown that closes its sentence may go on: through the next sentences of the paragraph (at most three,
    within ``limit``) that each open with a name and a figure in the whole's measure (。其中，出口值5088.4亿元，增长38.7%。
    进口值1624.6亿元，增长24.5%。).  Whether the names read make up the whole is :func:`_complete_by_name`'s to say."""
    s = doc.sentences[si]
    if cap < s.end:
        return cap
    for nx in doc.sentences[si + 1:si + 4]:
        if nx.paragraph != s.paragraph or nx.end > limit:
            break
        m = _PART_OPENING.match(masked, nx.start)
        if m is None or _NOT_A_PART_OPENING.search(m.group()):
            break
        qs = [q for q in quantities_in(doc, nx.start, min(nx.end, m.end() + 20)) if q.num_start >= m.end()]
        if not qs or qs[0].num_start != m.end() or not is_count(qs[0]) or measure_of(qs[0]) != measure_of(whole):
            break
        cap = nx.end
    return cap


#: what opens a breakdown: 其中, or a classification (按经营地统计，城镇…；乡村…)
AMONG = lazyre.compile(r"其中|(?<=[（(])(?:包含|含)(?=[\u4e00-\u9fff“：:])(?!义|義)|按[\u4e00-\u9fff]{1,8}(?:统计|划分|分)(?=[，,：:])|分[\u4e00-\u9fff]{1,6}看(?=[，,：:])")
#: how far a whole may stand before its 其中 or bracket, and how far a list of parts may run (characters):
#: bounds that keep every check linear in the size of a paragraph, however many figures it holds
WHOLE_WINDOW = 200
LIST_WINDOW = 400
MAX_PARTS = 60


def percent_list(doc, masked: str, start: int, end: int) -> List[Quantity]:
    """The percentages listed from ``start`` (joined by 、，和及与 only), at most MAX_PARTS: 分别占48.2%、27.5%、30.1%."""
    pcts: List[Quantity] = []
    pos = start
    for q in iter_qs(doc, start, end):
        if not q.is_percent or not re.fullmatch(r"[、，,和及与與\s]*", masked[pos:q.start]) or len(pcts) >= MAX_PARTS:
            break
        pcts.append(q)
        pos = q.end
    return pcts


def iter_qs(doc, start: int, end: int):
    """The quantities starting in [start, end), lazily (a caller that stops early pays only for what it read)."""
    qs = doc.quantities
    i = bisect.bisect_left(quantity_starts(doc), start)
    while i < len(qs) and qs[i].start < end:
        if qs[i].end <= end:
            yield qs[i]
        i += 1


def at_sentence_open(masked: str, s, a: int) -> bool:
    """Whether only punctuation stands between the start of sentence ``s`` and ``a`` (。其中，…)."""
    return a - s.start <= 8 and not masked[s.start:a].strip("，,：:、 \u3000")


def bracket_pairs(masked: str, start: int, end: int) -> Dict[int, int]:
    """Each opening bracket of [start, end) and its closing bracket, in one pass."""
    out: Dict[int, int] = {}
    stack: List[int] = []
    for m in _BRACKET_CHARS.finditer(masked, start, end):
        if m.group() in "（(":
            stack.append(m.start())
        elif stack:
            out[stack.pop()] = m.start()
    return out


def counts_the_parts(masked: str, q: Quantity) -> bool:
    """两项合计, 三类共计: a numeral that counts the parts before a total, not a figure of its own."""
    return q.chinese and q.value < 20 and _COUNTS_PARTS.match(masked, q.end, q.end + 8) is not None


#: 两项合计 / 三类企业合计: what follows a numeral that counts the parts (a few words naming them, then the total word)
_COUNTS_PARTS = lazyre.compile(r"(?:[\u4e00-\u9fff]{0,4}?)(?:合计|合計|共计|共計|总计|總計)")


#: another name of a part in brackets inside its name (镇（街道）级, 村（社区）级)
_NAME_BRACKET = lazyre.compile(r"[（(]([\u4e00-\u9fff、]{1,8})[）)]")


def without_bracketed(label: str, masked: str, a: int, b: int) -> str:
    """``label`` (a part's name, brackets dropped by :func:`part_label`) without the words of the brackets inside it in
    ``masked[a:b]``: 村社区级 → 村级, so that 区级 is not read as a name inside 村（社区）级."""
    for m in _NAME_BRACKET.finditer(masked, a, b):
        inner = m.group(1).replace("、", "")
        if inner and inner in label and not label.startswith(inner):
            label = label.replace(inner, "", 1)
    return label


#: what separates the parts of a list: a list mark, or the conjunction that joins the last part to the figure of the one
#: before it (医院2所及卫生院17所 / 正高职称15人和副高职称141人 / …4所以及成人高校1所)
_PART_SEPARATOR = lazyre.compile(r"[、，,；;：:。]|\d(?:[\u4e00-\u9fff%％‰]{0,4}?)(?:以及|及|和|与)")


def part_label(masked: str, q: Quantity, floor: int) -> str:
    """The words naming a part of a list, back to the list separator (brackets kept: 村（社区）工作室 → 村社区工作室)."""
    seg = _PART_SEPARATOR.split(_INCLUDED_NOTE.sub("", masked[max(floor, q.start - 24):q.start])[-16:])[-1]
    # (其中：一是医院2所；二是卫生院17所: the number of an item opens the part, it is no word of its name)
    seg = ITEM_MARK.sub("", seg, 1) if ITEM_MARK.match(seg) else seg
    # (a level verb closing the name is no word of it: 其中一般债券达到418亿元 names 一般债券; 累计 is kept)
    return strip_level_verb(re.sub(r"[^\u4e00-\u9fff0-9A-Za-z]|\d+(?:\.\d+)?(?![A-Za-z])", "", seg), cumulative=False)


#: a clause that only remarks where the figure before it ranks or that it set a record, no figure of its own but a
#: rank (，居全市第二 / ，连续三年居内地城市首位 / ，位居全省第3位 / ，创历史新高 / ，总量创近五年新高): the count before it is
#: still the whole of the breakdown after it
_REMARK_CLAUSE = (r"[，,](?:总量|规模|总额|总数)?(?:继续|仍|稳|跃|首次|再次|连续[两二三四五六七八九十]+年)?"
                  r"(?:(?:位居|位列|排名|居(?!住|民|家|委)|列)(?:[^，,。；;：:\d（()）%％]|(?<=第)\d{1,3}){1,12}"
                  r"|再?创(?:历史|历年|近[^，,。；;\d]{1,3}年(?:来)?)?(?:新高|最高水平|最好水平|新纪录|纪录))(?=[，,（(。；;]|$)")
REMARK_GAP = lazyre.compile(_REMARK_CLAUSE)
#: a clause that only states the growth of the figure before it (，增长7.7% / ，比上年下降1.2% / 、增长13.5%, the clause
#: opened by 、 as gwr write it: 达1.11万亿元、增长13.5%，其中…), or a remark on it (:data:`_REMARK_CLAUSE`)
GROWTH_GAP = lazyre.compile(_REMARK_CLAUSE + r"|"
                            r"[，,、](?:(?:比上年|同比|较上年|較上年|比上年末|比年初)?(?:增长|增長|下降|增加|减少|減少|提高|回落)了?|"
                            r"占[^，,。；;\d%％]{0,20}?)-?\d+(?:\.\d+)?[%％](?=[，,（(。；;]|$)|"
                            # 5560亿元，五年翻了一番，其中…: a doubling of the whole
                            r"[，,](?:[两二三四五六七八九十\d]+年(?:来|间|間)?)?(?:实现)?翻了?(?:一|两|兩|三)?番(?=[，,（(。；;]|$)")


def growth_gap(doc, masked: str, a: int, b: int) -> str:
    """``masked[a:b]`` (between a whole and its 其中) without the clauses that state the whole's growth, share or
    doubling (，增长7.7% / ，增长了百分之七点七 / ，占全省的12%): each percentage is the quantity service's, in whatever
    numerals it is printed, written as 1% before :data:`GROWTH_GAP` reads the clause."""
    out, pos = [], a
    for q in quantities_in(doc, a, b):
        if q.start < pos or q.end > b:
            continue
        out.append(masked[pos:q.start])
        out.append(masked[q.start:q.num_start] + ("1%" if q.is_percent else masked[q.num_start:q.end]))
        pos = q.end
    out.append(masked[pos:b])
    return GROWTH_GAP.sub("", "".join(out))


_NOTE = lazyre.compile(r"[（(][^（()）]{0,30}[）)]")


#: a level stated after its own change clause (出口增长6%，达到474亿元 / 牛肉产量下降2.7%，为3.9万吨): the name stands
#: before the change, the clause of the figure holds only 达到/为
_NAME_BEFORE_CHANGE = lazyre.compile(r"(?:^|[，,；;：:。、）)])([\u4e00-\u9fff“”]{1,16}?)(?:比上年|同比|较上年|較上年)?"
                                     r"(?:增长|增長|下降|增加|减少|減少|提高|回落)了?\s*-?[\d０-９]+(?:[.．][\d０-９]+)?\s*[%％]"
                                     r"[，,](?:达到|達到|达|達|为|為)$")


def words_before(masked: str, q: Quantity, floor: int) -> str:
    """The words naming a figure back to the clause or list break, a bracketed note left out (电信业务（含移动、
    联通、电信三家）总量 → 电信业务总量); for a level after its own change clause, the name before the change
    (出口增长6%，达到474亿元 → 出口)."""
    seg = _NOTE.sub("", masked[max(floor, q.start - 48):q.start])
    m = _NAME_BEFORE_CHANGE.search(seg) if seg.endswith(("达到", "達到", "达", "達", "为", "為")) else None
    if m is not None:
        return m.group(1)[-16:]
    # (a level verb closing the name is no word of it: 新建房源为1,780套 names 新建房源; 累计 is kept)
    return strip_level_verb(re.split(r"[，,；;：:。、（(）)]", seg)[-1], cumulative=False)[-16:]


#: the words naming an amount taken off a gross one (出口退税, 办理退税, 扣除…, 抵减…, 减免…, 冲减…): a negative part
DEDUCTION = lazyre.compile(r"退税|退库|退庫|退付|退还|退還|扣除|抵扣|抵减|抵減|冲减|沖減|核减|核減|减免|減免")


def deductions(doc, masked: str, total: Quantity, parts: Sequence[Quantity]) -> List[Quantity]:
    """Figures of the parts' measure in the sentence of the last part, neither the total nor a part nor a change,
    named as an amount taken off (全年组织税收收入326.5亿元，其中国内增值税…、其他税种134.9亿元，出口退税41.2亿元): the
    total may be what is left after them, so the parts less one of them may add up to it."""
    if not parts:
        return []
    s = doc.sentence_at(parts[-1].start)
    if s is None:
        return []
    mine = {id(total)} | {id(p) for p in parts}
    out = []
    for q in quantities_in(doc, s.start, s.end):
        if id(q) in mine or not is_count(q) or measure_of(q) != measure_of(total) or is_delta(masked, q) \
                or q.approx is not None:
            continue
        if DEDUCTION.search(words_before(masked, q, s.start)):
            out.append(q)
    return out


#: measure words for institutions and places, used interchangeably (卫生院17个（中心卫生院5所…）)
PLACE_MEASURES = frozenset("个 個 所 家 座 处 處 间 間".split())


def same_thing_total(masked: str, total: Quantity, a: int, parts: Sequence[Quantity]) -> Optional[Quantity]:
    """The count right before a bracket whose measure word differs from its parts' only as 个/所/家 do, when every
    part names the same thing (乡镇卫生院17个（中心卫生院5所、普通卫生院12所）)."""
    if not clause_ok(masked, total.end, a) or measure_of(total) not in PLACE_MEASURES \
            or any(measure_of(p) not in PLACE_MEASURES for p in parts):
        return None
    head = re.sub(r"[^\u4e00-\u9fff]", "", _NOTE.sub("", masked[max(0, total.start - 24):total.start]))[-3:]
    if len(head) < 2:
        return None
    labels = [part_label(masked, p, a + 1) for p in parts]
    return total if all(lab.endswith(head) and lab != head for lab in labels) else None


#: the change stated right after a figure: ，比年初增加7.1亿元 / ，比上年减少3家 / ，同比增加
_CHANGE_AFTER = lazyre.compile(r"[，,]\s*(?:比|较|較)(?:上年末|上年|去年|年初|上年同期)|[，,]\s*同比")
_DOWN = lazyre.compile(r"减|減|少|降")
#: a clause break and nothing else before a part's change word (，增加1700亿元)
_BARE_CHANGE_AFTER = lazyre.compile(r"[，,]\s*(?=(?:增加|增长|增長|减少|減少|下降)了?\s*[\d\ue010])")


def change_after(doc, masked: str, q: Quantity, bare: bool = False) -> Optional[Quantity]:
    """The change of ``q`` stated right after it (same measure, a change word before it), or None.  ``bare``: the
    comparison may go unsaid (中央财政赤字1.12万亿元，增加1700亿元 — a part of a whole whose change names it)."""
    m = _CHANGE_AFTER.match(masked, q.end) or (_BARE_CHANGE_AFTER.match(masked, q.end) if bare else None)
    if m is None:
        return None
    d = next(iter_qs(doc, m.end(), m.end() + 8), None)
    if d is None or d.approx or not is_count(d) or measure_of(d) != measure_of(q) \
            or not re.fullmatch(r"(?:增加|增长|增長|减少|減少|下降|多|少|增|减|減|净增|淨增)了?", masked[m.end():d.start]):
        return None
    return d


def change_sign(masked: str, d: Quantity) -> int:
    return -1 if _DOWN.search(masked[max(0, d.start - 3):d.start]) else 1


#: head nouns a name may add to what the figure before it was called (征地拆迁案件中 after 涉及征地拆迁的90件)
_HEAD_NOUNS = lazyre.compile(r"(?:案件|企业|企業|项目|項目|人员|人員|单位|單位|学校|學校|资金|資金|事项|事項|机构|機構|主体|主體)$")


def named_without_head(key: str, ctx: str) -> bool:
    """受理案件中 / 征地拆迁案件中 after a figure called 受理行政复议案件 / 涉及征地拆迁的: the name without its head
    noun stands in what the figure was called, and the head noun too or the figure was named by a 的-clause."""
    m = _HEAD_NOUNS.search(key)
    if m is None or m.start() < 2:
        return False
    core, head = key[:m.start()], m.group()
    return core in ctx and (ctx.endswith(head) or ctx.endswith("的"))


#: words that turn a name into its opposite (不予受理, 未结, 非公): a figure so named is not what the name counts
_NEGATED_END = lazyre.compile(r"(?:不予|不|未|非|无|無|没有|沒有)$")


def names_key(key: str, ctx: str) -> bool:
    """Whether ``ctx`` (the words naming a figure) names ``key`` itself, not its opposite: 受理 in 依法受理, not in
    不予受理 (在受理的案件中 after 其中不予受理58件 counts the cases accepted, not those refused)."""
    i = ctx.find(key)
    while i >= 0:
        if _NEGATED_END.search(ctx, max(0, i - 2), i) is None:
            return True
        i = ctx.find(key, i + 1)
    return False


#: patterns of names_part, compiled once (a call of re's module functions looked each one up in
#: re's cache on every call, and compiled it again once other patterns had pushed it out)
_NAMES_PART_RE1 = lazyre.compile(r"[^\u4e00-\u9fff]")
_NAMES_PART_RE2 = lazyre.compile(r"[、，,；;：:。（(）)]|其中")


def names_part(key: str, masked: str, q: Quantity, floor: int) -> bool:
    """撤销案件中 after 其中撤销40件: the name adds the head noun to the part's own label."""
    seg = _NAMES_PART_RE2.split(masked[max(floor, q.start - 16):q.start])[-1]
    lab = _NAMES_PART_RE1.sub("", seg)
    # (审结案件中纠错106件 / 撤销、变更等纠错106件, then 纠错案件中…: the label after the whole it was read among, or
    # after the 等 closing the kinds it sums — a chain of parts at depth three)
    return any(len(x) >= 2 and key.startswith(x) and len(key) - len(x) <= 3
               for x in (lab, lab.rsplit("中", 1)[-1], lab.rsplit("等", 1)[-1]))


#: a bracketed note of what a name includes (高级（含副高）职称): not part of the name
_INCLUDED_NOTE = lazyre.compile(r"[（(](?:含|包括|包含)[^（()）]{0,20}[）)]")


def label_numeral(masked: str, q: Quantity) -> bool:
    """A numeral that names a class, not a count (三类桥136座, 一级企业1家, 5A级景区)."""
    return measure_of(q) in _CLASS_UNITS and bool(re.match(r"[\u4e00-\u9fff]", masked[q.end:q.end + 1]))


_CLASS_UNITS = frozenset("类 類 级 級 等 档 檔 星 型".split())


def count_figures(doc, masked: str, start: int, end: int) -> int:
    """How many figures follow ``start`` joined by 、/和 (the figures of a 分别 list)."""
    n, pos = 0, start
    for q in iter_qs(doc, start, end):
        if n >= MAX_PARTS:
            break
        gap = masked[pos:q.start]
        if not (re.fullmatch(r"[、，,和及与與\s]*", gap) if n else re.fullmatch(r"[\u4e00-\u9fff]{0,4}[：:]?\s*", gap)):
            break
        n += 1
        pos = q.end
    return n


#: heads that name a class of the things counted (环节, 领域, 行业, 类别, 渠道), not things of their own
_CLASS_HEAD = lazyre.compile(r"(?:环节|環節|领域|領域|行业|行業|类别|類別|类型|類型|渠道|[类類])$")


def kinds_of(names: Sequence[str], whole_name: str, classes: bool = True) -> bool:
    """Whether kinds listed right after a total without 其中 are kinds of it: decisions and steps of a scale are, and
    (``classes``: not after 涉及, a case may involve several) names of one class head (生产环节/流通环节, 领域, 行业);
    sibling names must share their head with the total's name (当面申请/网上申请 after 收到…申请; not 稳岗补贴/电价补贴
    after 减税降费114亿元, another measure of support)."""
    if sibling_whole(whole_name, names):
        return False      # 第一产业增加值… beside 第二、第三产业增加值: one more kind of the parts, not their whole
    if all(_DECISION.search(x) for x in names) or _one_scale(names):
        return True
    if classes and all(_CLASS_HEAD.search(x) for x in names) and len({_CLASS_HEAD.search(x).group() for x in names}) == 1:
        return True       # 生产环节/流通环节/餐饮环节 after 查处案件: classes of the total's things, not other things
    head = shared_head(names)
    return bool(head) and (head in whole_name or (len(head) >= 2 and head[-2:] in whole_name))


#: patterns of raw_words_before, compiled once (a call of re's module functions looked each one up in
#: re's cache on every call, and compiled it again once other patterns had pushed it out)
_RAW_WORDS_BEFORE_RE1 = lazyre.compile(r"[，,；;：:。]")


def raw_words_before(masked: str, q: Quantity, floor: int) -> str:
    """The words naming a figure back to the clause or list break, brackets kept (县（市、区）一般公共预算收入)."""
    seg = masked[max(floor, q.start - 48):q.start]
    return _RAW_WORDS_BEFORE_RE1.split(seg)[-1][-20:]


def distributed(names: Sequence[str]) -> List[str]:
    """市场监管、生态环境、城市管理领域: a classification word after the last of names joined by 、 belongs to each."""
    m = re.search(r"(?:领域|領域|系统|系統|行业|行業|部门|部門|[类類级級])$", names[-1]) if names else None
    if m is None or len(names[-1]) - len(m.group()) < 2:
        return list(names)
    return [x if x.endswith(m.group()) else x + m.group() for x in names]


def list_goes_on(masked: str, qs: Sequence[Quantity], k: int, measures) -> bool:
    """Whether the list whose figures of the total's measures start at ``qs[k]`` goes on before them with a count of
    another measure joined like a list item (、，；): then those figures are the part of the list chosen by unit, not
    the list, and the total may count the rest too.  Reads back only over list-joined figures, at most MAX_PARTS."""
    stop = max(0, k - MAX_PARTS)
    while k > stop:
        q = qs[k - 1]
        gap = masked[q.end:qs[k].start]
        if not re.fullmatch(r"[、，,；;][\u4e00-\u9fff]{0,10}", gap):
            return False          # 17所卫生院现有在编人员449人: a figure inside the first item's name, not an item
        if is_count(q) and measure_of(q) not in measures and not is_delta(masked, q):
            return True
        k -= 1
    return False


def exclusive_kinds(labels: Sequence[str], money: bool = False, by_head: bool = True) -> bool:
    """Whether the parts named so exclude each other (:func:`lintgov.claims.classes.exclusive`)."""
    return _why_exclusive(labels, money, by_head) is not None


def label_of_whole(masked: str, whole: Quantity, floor: int) -> str:
    """The words naming a whole, back to the clause break (办理人大代表建议和政协提案共计386件 → 办理人大代表建议和政协提案)."""
    seg = masked[max(floor, whole.start - 40):whole.start]
    seg = re.split(r"[，,；;。：:（(）)]", seg)[-1]
    seg = re.sub(r"[^\u4e00-\u9fff、]", "", seg)
    out = re.sub(r"(?:共计|共計|合计|合計|总计|總計|累计|累計|总数|總數|共有|共|达到|達到|达|達|为|為|有)+$", "", seg)
    if not out and seg:
        # 工农业总产值将比上年的二千零五十亿元增长百分之四十，达到二千八百七十亿元: a whole its clause only reaches (达到,
        # 为) is the level of what the clause before names, before its comparison (将比, 比, 较) or its change
        m = _REACHED_BY.search(masked, max(0, whole.start - 80), whole.start)
        if m is not None:
            out = re.sub(r"[^\u4e00-\u9fff、]", "", m.group("name"))
    return out


#: a clause naming a figure and its change, then a clause that only reaches a level (…的工农业总产值将比…增长…，达到)
_REACHED_BY = lazyre.compile(r"(?:^|[，,；;。：:])(?P<name>[^，,；;。：:]{2,24}?)(?:将|將)?(?:比|较|較|同比)[^，,；;。：:]{0,30}?"
                             r"(?:增长|增長|增加|提高|下降|减少|減少)[^，,；;。：:]{0,16}[，,]\s*(?:达到|達到|达|達|为|為|增至|增加到|提高到)$")


#: a whole named by the two levels of government that hold it (县乡, 市县两级; not 市区 'the urban area', 城乡, 乡村)
_LEVEL_PAIR = lazyre.compile(r"(?:^|[^城])(?!市区(?!两级|兩級))(县|省|区|市|镇)(?:、(?=[乡县市区村镇]两级|[乡县市区村镇]兩級))?(乡|县|市|区|村|镇)"
                             r"(?=两级|兩級|[\u4e00-\u9fff]{2})")


#: a whole named by the levels that hold it and their count (省、市、县三级综合服务平台; 省市县三级; 市区两级): the levels
#: are the last as many one-character names before the count (全市市区两级 → 市区)
_LEVEL_COUNT = lazyre.compile(r"((?:[国省市县区乡镇村街組组縣區鄉鎮]、?){2,8})([两兩三四五六2-6])(?:级|級)")


_LEVEL_NAME = lazyre.compile(r"[国省市县区乡镇村街組组縣區鄉鎮](?:本级|本級|级|級|直)")


def names_its_parts(whole_label: str, labels: Sequence[str]) -> bool:
    """Whether the whole is named as the conjunction of its parts (A和B / A、B及C), one part per conjunct, or by the
    levels that hold them (县乡卫生健康单位 → 县直…、乡镇…; 市县两级 → 市本级…、县级…; 省、市、县三级 → 省级…、市级…、
    县级…), one level per part."""
    lc = _LEVEL_COUNT.search(whole_label)
    if lc:
        n = {"两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6}.get(lc.group(2)) or int(lc.group(2))
        levels = lc.group(1).replace("、", "")[-n:]
        names = [re.sub(r"^(?:其中|全)", "", x) for x in labels]
        # one part per level, each named by its level (省级, 市本级, 县直, 乡级, 村级…)
        if len(levels) == n == len(labels) and sorted(x[:1] for x in names) == sorted(levels) \
                and all(_one_scale([x]) or _LEVEL_NAME.match(x) for x in names):
            return True
        if n != 2:
            return False      # (省市县三级…，其中省级…、市级…: two of three levels, not the pair 省市)
    lv = _LEVEL_PAIR.search(whole_label)
    if lv and len(labels) == 2:
        firsts = [re.sub(r"^(?:其中|全)", "", x)[:1] for x in labels]
        if sorted(firsts) == sorted(lv.group(1) + lv.group(2)) and all(_one_scale([x]) for x in labels):
            return True
    if contracted(whole_label, labels):
        return True
    conj = [c for c in re.split(r"和|及|与|與|、", whole_label) if c]
    if len(conj) < 2 or len(conj) != len(labels) or any(len(c) < 2 for c in conj):
        return False
    used = set()
    for lab in labels:
        hit = [i for i, c in enumerate(conj) if i not in used and (lab in c or c[-4:] in lab)]
        if len(hit) != 1:
            return False
        c = conj[hit[0]]
        if lab in c and _OPEN_AFTER_NAME.match(c, c.index(lab) + len(lab)):
            return False      # 汽车、家电等消费品销售额…，其中汽车…、家电…: 等 leaves the named kinds open (some of them)
        used.add(hit[0])
    return len(used) == len(conj)


#: the verb closing a part's label (工业总产值为…): not part of its name
_CONTRACTED_VERB = lazyre.compile(r"(?:为|為|是|达到|達到|达|達|有|计|計)+$")


def contracted(whole_label: str, labels: Sequence[str]) -> bool:
    """Whether the whole is named by the contraction of its two parts' names (工农业总产值 → 工业…、农业总产值; 进出口
    总额 → 出口总额、进口总额; 中小学校舍 → 中学…、小学…): the whole's label holds the first characters of the two parts
    and the rest they share (工+农+业), the parts' names open with their character and that rest, and the words the
    whole's label ends with after the contraction (总产值, 总额) close each part's name too."""
    if len(labels) != 2:
        return False
    a, b = (_CONTRACTED_VERB.sub("", re.sub(r"^(?:其中|全年|全国|全國)", "", x)) for x in labels)
    if len(a) < 2 or len(b) < 2 or a[0] == b[0]:
        return False
    for x, y in ((a, b), (b, a)):
        k = whole_label.find(x[0] + y[0])
        while k >= 0:
            rest = whole_label[k + 2:]
            for n in (1, 2):
                tail = rest[n:]
                if len(tail) >= 2 and x.startswith(x[0] + rest[:n]) and y.startswith(y[0] + rest[:n]) \
                        and x.endswith(tail) and y.endswith(tail):
                    return True
            k = whole_label.find(x[0] + y[0], k + 1)
    return False


#: 等 right after the last name of a list leaves it open (A、B等消费品), unless a count closes it (A、B等两类) or it is a
#: word of its own (等级)
_OPEN_AFTER_NAME = lazyre.compile(r"等(?![级級同于於0-9一二两兩三四五六七八九十])")


#: patterns of threshold, compiled once (a call of re's module functions looked each one up in
#: re's cache on every call, and compiled it again once other patterns had pushed it out)
_THRESHOLD_RE1 = lazyre.compile(r"(?:及以上|以上|及以下|以下|级|級)?(?:的[\u4e00-\u9fff]|[\u4e00-\u9fff]{1,10}?[\d两三四五六七八九十])")


def threshold(masked: str, q: Quantity) -> bool:
    """A figure that qualifies the noun after it instead of counting a part (其中注册资本过亿元的企业22户, 50亿元以上项目
    3个, 10亿元项目5个): followed, maybe after 以上/以下/级, by 的 and a noun, or by a noun and another figure in the
    same clause (the count of what it qualifies).  其中36项全国领先 / 其中15家建成投产 count parts."""
    return bool(_THRESHOLD_RE1.match(masked[q.end:q.end + 14]))


def separated_whole(masked: str, s, a: int, wholes, part: Quantity) -> List[Quantity]:
    """The nearest count of ``part``'s measure before the 其中 at ``a`` in its sentence, when only figures of other
    measures (an amount, a growth rate) stand between them and no other 其中 or ；: ``[whole]``, else ``[]``."""
    meas = measure_of(part)
    # (a 其中 opening its sentence may break down a count of the sentence before: …4,058户，认缴…443亿元，增长136.5%。其中…)
    opens = not masked[s.start:a].strip(" \u3000\t，,")
    for w in reversed(wholes):
        if w.start < s.start and not opens:
            return []
        if measure_of(w) != meas:
            continue
        gap = masked[w.end:a]
        # a ； may end the gap right before 其中 (案件1,560件，罚没款2,380万元；其中简易程序案件…), not stand inside it;
        # so may the 。 before a 其中 that opens its sentence, and a bracket right after a growth rate (…，增长136.5%（其中…）:
        # a bracket right after a count breaks down that count — 医务室4家，社会个体医疗机构67个（含联合诊所6家）)
        inner_gap = re.sub(r"[；;]\s*$|(?<=[%％])[（(]\s*$", "", gap) if not opens else re.sub(r"[。；;]\s*$", "", gap)
        if "其中" in gap or re.search(r"[；;。：:（(]", inner_gap) or len(gap) > 60 \
                or re.search(r"上年|去年|同期|上一年|比|较|較|为$|為$",
                             context_before(masked, w, min(s.start, max(0, w.start - 12)), 12)):
            return []
        return [w]
    return []


def previous_sentence_whole(doc, masked: str, s, a: int, part: Quantity) -> List[Quantity]:
    """全年新设立企业1,850家。新设企业注册资本总额326亿元，增长8.2%，其中外资企业210家: no count of the part's measure
    before 其中 in its sentence, which opens by naming again (a word of two characters beyond a head such as 企业)
    what the previous sentence closed with a count of that measure: that count is the whole.  ``[whole]`` or ``[]``."""
    si = doc.sentence_index(s.start)
    if si <= 0 or doc.sentences[si - 1].paragraph != s.paragraph:
        return []
    meas = measure_of(part)
    if any(is_count(q) and measure_of(q) == meas for q in quantities_in(doc, s.start, a)):
        return []
    ps = doc.sentences[si - 1]
    prev = [q for q in quantities_in(doc, max(ps.start, ps.end - 80), ps.end)]
    if not prev:
        return []
    w = prev[-1]
    if not is_count(w) or measure_of(w) != meas or w.approx or is_delta(masked, w) \
            or not re.fullmatch(r"[\s。！!]*", masked[w.end:ps.end]) \
            or re.search(r"上年|去年|同期|上一年|比|较|較|累计|累計", context_before(masked, w, ps.start, 14)):
        return []
    name = re.sub(r"[^\u4e00-\u9fff]", "", context_before(masked, w, ps.start, 16))
    first = next(iter(quantities_in(doc, s.start, a)), None)
    head = re.sub(r"[^\u4e00-\u9fff]", "", masked[s.start:first.start if first is not None else a])
    grams = {name[i:i + 2] for i in range(len(name) - 1)} - _GENERIC_NAME_GRAMS
    return [w] if any(g in head for g in grams) else []


_GENERIC_NAME_GRAMS = frozenset(("企业", "企業", "全年", "全市", "全区", "全區", "全县", "全縣", "项目", "項目", "案件", "人员",
                                 "人員", "单位", "單位", "工作", "共有", "其中"))


def clause_break_after(masked: str, a: int, stop: int, parts) -> Optional[int]:
    """Where the clause of the first part after 其中 ends (a ，；： not inside the 、 list), or None."""
    if not parts:
        return None
    m = re.search(r"[，,；;：:]", masked[parts[0].end:stop])
    return parts[0].end + m.start() if m else None


#: the last character of labels that name kinds of one classification alike (A类/B类, 省级/市级, 一般型/重点型)
_KIND_END = frozenset("类類级級型档檔等")
#: words that make a clause after a 其中 list a statement of its own: another period, a change, a share, a total
_OWN_STATEMENT = lazyre.compile(r"累计|累計|以来|以來|年|比|较|較|增长|增長|增加|减少|減少|下降|提高|占|佔|新增|共|合计|合計|总|總|其他|其它")


#: words of a clause that put its figure in another period or make it a total or a comparison
_OTHER_PERIOD_OR_TOTAL = lazyre.compile(r"累计|累計|以来|以來|共计|共計|合计|合計|总计|總計|上年|去年|同期|同比|比上年|较上年")
#: the deeds a count may be of, at the start of the words naming it (新建学校 / 改建学校; 受理案件 / 办理案件)
_DEED = lazyre.compile(r"(?:改扩建|改擴建|新开工|新開工|新建|改建|扩建|擴建|新增|受理|审结|審結|办结|辦結|办理|辦理|查处|查處|立案|审查|審查|"
                       r"培训|培訓|引进|引進|开工|開工|竣工|建成|完成|改造|提升|签约|簽約|"
                       # (a register's entries and exits: 新设立企业2100家，其中外资企业12家，注销企业3000家)
                       r"新设立|新設立|设立|設立|新登记|新登記|登记|登記|注销|註銷|吊销|吊銷|关闭|關閉|关停|關停|淘汰|"
                       r"迁入|遷入|迁出|遷出)")


def _clause_words(masked: str, a: int, p: Quantity) -> str:
    """The Han words of ``p``'s clause before it, after the 其中 at ``a``."""
    k = max(masked.rfind(c, a, p.start) for c in "，,；;")
    return re.sub(r"[^\u4e00-\u9fff]", "", masked[k + 1:p.start] if k >= 0 else "")


def _deed_apart(words: str, whole_words: str) -> bool:
    d = _DEED.match(words)
    return d is not None and d.group() not in whole_words and _DEED.search(whole_words) is not None


def deed_apart(masked: str, a: int, p: Quantity, whole_words: str) -> bool:
    """Whether ``p``'s clause after a 其中 list opens with a deed the whole's words do not name while they name one
    (新设立企业2100家，其中…，注销企业3000家): the count of another act on the same things, no part — :func:`another_deed`
    without its test of another period or a total (累计 on a part may be the whole's own period)."""
    return _deed_apart(_clause_words(masked, a, p), whole_words)


def another_deed(masked: str, a: int, p: Quantity, whole_words: str) -> bool:
    """Whether ``p``'s clause after a 其中 list names its figure as another deed than the whole's, another period or a
    total (全年新建学校12所，其中小学7所，改建学校15所 / 受理案件300件，其中行政案件200件，累计办理案件980件): then it
    counts other things, whatever head noun they share with the whole."""
    words = _clause_words(masked, a, p)
    return _OTHER_PERIOD_OR_TOTAL.search(words) is not None or _deed_apart(words, whole_words)


def _clause_label(masked: str, lo: int, q: Quantity) -> Optional[str]:
    """The words of ``q``'s clause before it when they are a short label of Han characters only (2–8) and ``q``
    closes its clause (依法受理 of ，依法受理820件，), else None."""
    lab = masked[lo:q.start]
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,8}", lab) or not re.match(r"[，,；;。]|$", masked[q.end:q.end + 1]):
        return None
    return lab


def continues_list(masked: str, a: int, first: Quantity, p: Quantity) -> bool:
    """Whether ``p``, in a clause after the clause of the first part after the 其中 at ``a``, continues that 其中
    list with the whole's head noun left out (收到申请1,260件，其中依法受理820件，不予受理315件 / 其中予以公开520件，
    部分公开180件，不予公开96件): both clauses are a short label and a figure of one measure word, and the labels end
    alike — in the same two characters (受理/受理, 公开/公开), or in one word of a classification (A类/B类, 省级/市级).
    Never a clause naming another period, a change, a share or a total (_OWN_STATEMENT), nor one holding anything but
    its label and its figure (建设停车场6个，其中4个是“的士码头”，提供停车位573个: the figure is another thing's)."""
    if measure_of(p) != measure_of(first) or p.is_percent or first.is_percent:
        return False
    f_lab = _clause_label(masked, a + 2 + len(re.match(r"[，,：:]?", masked[a + 2:a + 3]).group()), first)
    k = max(masked.rfind(c, a, p.start) for c in "，,")
    if f_lab is None or k < first.end:
        return False
    p_lab = _clause_label(masked, k + 1, p)
    if p_lab is None or _OWN_STATEMENT.search(p_lab) or _OWN_STATEMENT.search(f_lab) or p_lab == f_lab:
        return False
    return p_lab[-2:] == f_lab[-2:] or (p_lab[-1] == f_lab[-1] and p_lab[-1] in _KIND_END)


def noun_label(masked: str, q: Quantity, floor: int) -> str:
    before = context_before(masked, q, floor, 16)
    after = re.split(r"[、，,；;。（(）)]", masked[q.end:q.end + 12], 1)[0]
    return before + "|" + after


#: characters that end a name without making it a noun of one kind of thing (a measure, a person, a deed)
_GENERIC_HEAD = frozenset("个個项項件人元次户戶家名位类類级級型种種等的了是有")


def ends_with_head(masked: str, q: Quantity, floor: int, head: str) -> bool:
    """Whether the name right before ``q`` (back to the last punctuation) ends with the last character of the whole's
    noun ``head`` — a kind of it named by its own noun (国家级示范社 of 专业合作社, 博物馆 of 文化场馆)."""
    name = re.split(r"[、，,；;。：:（()）]", masked[max(floor, q.start - 16):q.start])[-1]
    name = re.sub(r"[^\u4e00-\u9fff]", "", name)
    return len(name) >= 2 and head[-1] not in _GENERIC_HEAD and name[-1] == head[-1]


#: the first item of a list of items opening a sentence (一是, 首先, 第一, 其一; after 其中), the next ones, any of them
ITEM_FIRST = lazyre.compile(r"一是|首先|第一[，,、：:]|其一")        # (a prefilter: a set-led scan in C)
ITEM_OPEN = lazyre.compile(r"[\s\u3000]*(?:其中[，,：:]?\s*)?(?:一是|首先|第一(?=[，,、：:])|其一)[，,、：:]?")
ITEM_NEXT = lazyre.compile(r"[\s\u3000]*(?:[二三四五六七八九]是|其次|再次|最后|第[二三四五六七八九](?=[，,、：:])|其[二三四五六七八九])")
ITEM_MARK = lazyre.compile(r"(?:[一二三四五六七八九]是|首先|其次|再次|最后|第[一二三四五六七八九](?=[，,、：:])|其[一二三四五六七八九])[，,、：:]?")
#: names of another period than the year's whole (累计, 五年, 以来, 上年) or of a change
ITEM_OTHER_TIME = lazyre.compile(r"累计|累計|以来|以來|历年|歷年|[近两三四五六七八九十\d]年|上年|去年|同期|比|较|較|增长|增長|增加|减少|減少|下降|提高")
#: words naming the period of a total or a stock (累计: to date or over the span; 年末/年底/年初: at a date): on a part
#: they name another period than its whole's, unless the whole is stated for the same one
PERIOD_WORD = lazyre.compile(r"累[计計]|年末|年底|年初")


def without_shared_period(text: str, whole_words: str) -> str:
    """``text`` (a part's words) without the period words the whole's own words also hold: the parts of a cumulative
    total are cumulative (事故累计31起，其中工矿商贸事故累计22起), the parts of a year-end stock are at the year's end —
    the same period as their whole, not another one.  Words the whole lacks are kept (a part 累计 under a whole of the
    year names another period)."""
    shared = {w.replace("計", "计") for w in PERIOD_WORD.findall(whole_words)}
    if not shared:
        return text
    return PERIOD_WORD.sub(lambda m: "" if m.group().replace("計", "计") in shared else m.group(), text)


#: a scope wider than a whole may name (全市 in an item of a district's whole)
ITEM_SCOPES = ("全国", "全國", "全省", "全市", "全区", "全區", "全县", "全縣")



def gap_subject(masked: str, whole: Quantity, floor: int, a: int, part: Quantity) -> bool:
    """Whether a clause without figures between ``whole`` and the 其中 at ``a`` names the thing the part after it counts,
    while the whole's own words do not (新建公园20个，带动周边小区改造，其中改造小区35个 / 户籍人口120万人，居住在城区的人口占多数，
    其中城区男性45万人…): the 其中 breaks down that clause's subject, not the whole — no relation to check."""
    pieces = re.split(r"[，,；;]", masked[whole.end:a])
    if len(pieces) < 3:
        return False          # nothing but the whole's own clause before 其中
    own = re.sub(r"[^\u4e00-\u9fff]", "", context_before(masked, whole, floor, 16) + pieces[0])
    name = re.sub(r"[^\u4e00-\u9fff]", "", masked[a:part.start])
    name = name[2:] if name.startswith("其中") else name
    grams = {name[i:i + 2] for i in range(len(name) - 1)} - {own[i:i + 2] for i in range(len(own) - 1)}
    return any(not re.search(r"[0-9\ue010]", c) and any(g in c for g in grams) for c in pieces[1:-1])

def head_noun(masked: str, q: Quantity, floor: int) -> str:
    """The last two characters of the noun a count counts (建设6个社会公益停车场 → 车场; 学校改扩建项目 → 项目)."""
    after = re.split(r"[、，,；;。（(）)的]", masked[q.end:q.end + 12], 1)[0]
    after = re.sub(r"[^\u4e00-\u9fff]", "", after)
    if len(after) >= 2:
        return after[-2:]
    before = strip_level_verb(re.sub(r"[^\u4e00-\u9fff]", "", context_before(masked, q, floor, 16)))
    # 部门收入预算4,126.58万元，其中财政拨款收入…: a budget or plan of a thing counts that thing (收入)
    before = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:预算|預算|计划|計劃)(?:数|數)?$", "", before)
    return before[-2:] if len(before) >= 2 else ""


def clause_ok(text: str, a: int, b: int) -> bool:
    """Between a total and its bracket only a short noun phrase (no clause break)."""
    return not re.search(r"[，,；;。：:（(]", text[a:b])


# -- patterns of the rules that read with this module (rules/sums.py), compiled once -----
#: patterns of _disjoint_sum, _kinds_next_sentence, _named_among, _respectively, _stages, check, compiled once (a call of re's module functions looked each one up in
#: re's cache on every call, and compiled it again once other patterns had pushed it out)
_CHECK_RE1 = lazyre.compile(r"[\s，,：:]*其中")
#: a count opening its clause (，14项在全省复制推广 / ，有38项获…), and the clause breaks between a count and the whole
#: it is chosen from (LG103's selections: the nearest earlier count of its measure word)
SELECT_OPENS = lazyre.compile(r"[，,；;]\s*(?:有|已有|共有)?$")
SELECT_BREAKS = lazyre.compile(r"[，,；;]")
#: the words naming the things right after a count, up to the clause's end or another figure
NOUN_AFTER_COUNT = lazyre.compile(r"[^，,；;。：:、\d（）()]{0,16}")
#: the Han characters opening a text (the noun a count names right after it, before any bracket or mark)
HAN_RUN = lazyre.compile(r"[\u4e00-\u9fff]*")
_STAGES_RE1 = lazyre.compile(r"([\u4e00-\u9fff]{0,6}?)[，,、]([^，,；;。：:、\d（）()]{1,20})")
_STAGES_RE2 = lazyre.compile(r"[^\u4e00-\u9fff]")
_STAGES_RE3 = lazyre.compile(r"[（(][\u4e00-\u9fff、]{1,6}[）)]")
_STAGES_RE4 = lazyre.compile(r"[，,；;。！？!?\n]|$")
_STAGES_RE5 = lazyre.compile(r"[，,；;。：:、]")
_RESPECTIVELY_RE1 = lazyre.compile(r"分别为|分別為|分别是|分別是")
#: 分别 followed by a predicate (and its noun) instead of 为/是 (合计新增学位5,400个，分别新增学位2,100个和3,300个 /
#: 共投入资金8.6亿元，分别投入5.1亿元、3.5亿元): the predicate ``w``; the list is the total's parts only when the total
#: right before was stated with that same predicate (sums._respectively)
RESPECTIVELY_OWN_VERB = lazyre.compile(r"(?:分别|分別)(?P<w>(?!为|為|是)[\u4e00-\u9fff]{2,8}?)(?:为|為|达到|達到|达|達)?"
                                       r"(?=\d|[一二三四五六七八九两兩])")
_RESPECTIVELY_RE2 = lazyre.compile(r"[。；;]")
_RESPECTIVELY_RE3 = lazyre.compile(r"[，,：:\s]*")
_RESPECTIVELY_RE4 = lazyre.compile(r"[、，,]?(?:[\u4e00-\u9fff]|[“”\"《》](?=.)){0,16}")
_KINDS_NEXT_SENTENCE_RE1 = lazyre.compile(r"[，,：:\s]*[\u4e00-\u9fff0-9A-Za-z]{1,12}")
_KINDS_NEXT_SENTENCE_RE2 = lazyre.compile(r"[^\u4e00-\u9fff0-9A-Za-z]")
_KINDS_NEXT_SENTENCE_RE3 = lazyre.compile(r"(?:为|為|达到|達到|达|達|是|有|共)+$")
_KINDS_NEXT_SENTENCE_RE4 = lazyre.compile(r"[。！!\s]*")
_KINDS_NEXT_SENTENCE_RE5 = lazyre.compile(r"[，,、；;]\s*[\u4e00-\u9fff]{0,12}\d")
_KINDS_NEXT_SENTENCE_RE6 = lazyre.compile(r"上年|去年|同期|比|较|較|累计|累計|新增|其他|其它")
_NAMED_AMONG_RE1 = lazyre.compile(r"[（()）]")
_NAMED_AMONG_RE2 = lazyre.compile(r"的.*$")
_NAMED_AMONG_RE3 = lazyre.compile(r"(?:新增|新登记|新登記|新设立|新設立|新注册|新註冊)(?=[\u4e00-\u9fff]{2})")
_NAMED_AMONG_RE4 = lazyre.compile(r"[；;]")
_NAMED_AMONG_RE5 = lazyre.compile(r"^(?:全部|所有|这些|這些|上述|以上)")
_NAMED_AMONG_RE6 = lazyre.compile(r"的[^的]*$")
_NAMED_AMONG_RE7 = lazyre.compile(r"[^\u4e00-\u9fff的]")
#: the words right after a frame's name that state the whole of that name (网格员共计 / 调解员总数为 / 网格员共有)
KEY_TOTAL_AFTER = lazyre.compile(r"(?:共计|共有|总计|合计|总数|總計|合計|總數|共)(?:为|為|达|達|有)?$")


def states_key_total(key: str, ctx: str) -> bool:
    """Whether the words naming a figure (``ctx``, ending at the figure) state the whole of ``key`` itself:
    …，网格员共计350名 after 网格员中党员190名 (the figure is that name's total, not a part of it)."""
    i = ctx.rfind(key)
    return i >= 0 and KEY_TOTAL_AFTER.search(ctx[i + len(key):]) is not None
_DISJOINT_SUM_RE1 = lazyre.compile(r"[^，,。；;\d]{0,10}\d+(?:\.\d+)?[%％]")
_DISJOINT_SUM_RE2 = lazyre.compile(r"[，,](?:占比|占总数的?|占全部的?)(?:过半|過半|超过一半|超過一半|近半|近一半|\d+(?:\.\d+)?%)(?=[；;，,。]|$)")
_DISJOINT_SUM_RE3 = lazyre.compile(r"新增|新建")
_DISJOINT_SUM_RE4 = lazyre.compile(r"续建|續建")
_DISJOINT_SUM_RE5 = lazyre.compile(r"分别|分別|占|佔|含|包括|包含|累计|累計|以上|以下|及以上|超过|超過|不足|新增|新建|其他|其它|其余|其餘|"
                     r"由|从|從|(?<![达達])到|至")
#: 其中包括 / 其中包含: 包括 right after 其中 opens the list of parts as 其中 alone does (其中包括小学45所，初中23所)
AMONG_INCLUDING = lazyre.compile(r"[：:]?(?:包括|包含)[：:]?(?=[\u4e00-\u9fff\d])")
_DISJOINT_SUM_RE6 = lazyre.compile(r"(?:比|较|較|与|與)")
_DISJOINT_SUM_RE7 = lazyre.compile(r"上年|去年|同期|(?<![达達])到$|至$")
_DISJOINT_SUM_RE8 = lazyre.compile(r"新建")
_DISJOINT_SUM_RE9 = lazyre.compile(r"分为|分成|划分为|劃分為|分為")
_DISJOINT_SUM_RE10 = lazyre.compile(r"[；;][\s，,：:]*$")
_DISJOINT_SUM_RE11 = lazyre.compile(r"上年|去年|同期|比|较|較|年初|年末|累计")
_DISJOINT_SUM_RE12 = lazyre.compile(r"[\s，,：:（(。；;]*")
_DISJOINT_SUM_RE13 = lazyre.compile(r"[\u4e00-\u9fff（）()]{1,10}")
_DISJOINT_SUM_RE14 = lazyre.compile(r"等$")
_DISJOINT_SUM_RE15 = lazyre.compile(r"[元%吨米亩]")
_DISJOINT_SUM_RE16 = lazyre.compile(r"[，,；;]")
#: a part's own figure of another measure right after it, in a clause of a short name only (…32家，床位3,150张)
ATTRIBUTE_CLAUSE = lazyre.compile(r"[，,]\s*(?P<lab>[\u4e00-\u9fff]{2,6}?)(?:为|為|共|达|達|有)?\s*")
