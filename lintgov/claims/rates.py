"""Rates and shares (part of the claims layer): which counts a stated rate or share is over.

Read for the arithmetic rules (``rules/arithmetic.py``: LG101 rate mismatch, LG102 target completion, LG104 closed
rate bound) and shared with ``rules/sums.py`` and ``rules/tables.py``; nothing here decides whether a statement is
consistent (tolerances, findings and their evidence stay in the rules).  What is read:

* **figures** — what a count is and the values it stands for: :func:`measure_of` (measure words that count the
  same things), :func:`is_count`, :func:`count_interval` (claims.values: exact, or the rounding interval of 万/亿 and decimals),
  :func:`is_delta` (a change, not a level), :func:`context_before` (the words naming a figure), the figures before
  or after a position in bounded work (:func:`recent`, :func:`following`), :func:`sentence_window`;
* **numerators** — the counts named like a rate (:func:`rate_numerators`: 按期办复 for 按期办复率, qualifiers,
  subsets, 新增, negations), the due and the actual of a rate of presence (:func:`due_and_actual`), the items of a
  list summed (:func:`list_whole`, :func:`sum_of`);
* **denominators and bases** — words that fit a rate's base (:func:`denominator_fits`, :func:`has_known_base`,
  :func:`superset_base`, :func:`subset_whole`), a base named in the text (:func:`named_population`), a count
  stated as the whole (:func:`stated_as_whole`, :func:`adjacent_triple`), the whole of a split or of a part and
  its rest (:func:`split_wholes`, :func:`share_split`, :func:`part_and_rest`), the line before a rate
  (:func:`previous_line`);
* **complements** — 不合格率 read as 100% less 合格率 (:func:`complement_of`) and the counts of the other outcome
  (:func:`complement_pairs`, :func:`opposite_sides`);
* **shares** — the (part, whole) pairs a share 占…% can be over: :func:`share_pairs` (the words after 占, the whole
  before or after it, a whole named far away by :func:`_far_whole` / :func:`_whole_by_name`, the year's GDP),
  :func:`cheng_pairs` (N…中 / 共N before 成), :func:`among_share_pairs`;
* **targets** — the words of a plan, a target and its completion (``TARGET``, ``OVER_PLAN``, ``COMPLETION_RATE``,
  :func:`plan_opening`, :func:`c_not_plan`; a level said to exceed its target is read by
  :data:`lintgov.claims.thresholds.TARGET_CLAUSE`).

The public names below (``__all__``) are what the rules call; the names with a leading underscore are parts of
those readers.  The patterns are compiled on first use (:mod:`lintgov.lazyre`), except ``HUJI``.
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from typing import Any, Dict, List, Optional, Sequence, Tuple

from .. import lazyre
from ..quantities import Quantity, quantities_in, quantity_starts
from . import _PLAN_WORDS as _FAR_PLAN  # the claims layer's words of a plan
from .classes import indicator_key, strip_level_verb
from .classes import OVERLAPPING as _OWN_SUBSET  # attributes that make a count a subset of a rate's own word
from .classes import names_own_outcome as _names_own_outcome, opposite_outcome as _opposite_outcome
from .grammar import GROUP
from .lists import bound_name, list_figure
from .indicators import (GDP_NAME as _GDP, PER_UNIT_CLAUSE as _PER_UNIT_CLAUSE, clause_of as _clause_of,
                         gdp_figures, metric_index, threshold as _threshold)
from .metric import total_names
from .ratios import among
from .scope import alternation as scope_alternation, pattern as scope_pattern
from .roles import _OPEN_BASE, _SUBJECT_OF, clause_start, is_words_share, over_named_base
from .stocks import own_scope_word
from .values import COUNT_UNITS as _THING_UNITS  # measures of things counted one by one
from .values import count_interval  # (re-exported: the readers of rates and parts import it from here)

__all__ = ["deed_share", "narrower_kind", "rest_of_earlier_years", "negated_complement", "population_whole", "budget_heads", "plan_restated", "CAP_WORD", "part_line_window", "is_own_scope", "AT_LEAST", "other_population", "breaks_down_rate", "rate_before_breakdown", "LINKED", "whole_named_in_full", "named_operands", "noun_share", "PLAN_AROUND_SHARE", "predicate_part", "adjacent_triple", "among_share_pairs", "c_not_plan", "cheng_pairs", "complement_of", "complement_pairs", "strip_level_verb", "LEVEL_FILLER",
           "context_before", "count_interval", "denominator_fits", "due_and_actual", "following", "has_known_base",
           "is_count", "is_delta", "item_words", "is_gdp", "list_share", "list_whole", "measure_of", "named_population", "opposite_sides",
           "own_words", "part_and_rest", "plain_pct", "plan_opening", "previous_line", "rate_numerators", "rate_stem",
           "recent", "rest_pairs", "sentence_window", "share_pairs", "share_split", "show_as", "shown_sum", "split_wholes", "stated_as_whole",
           "subset_whole", "sum_of", "superset_base", "BOUND_PART", "COMPLEMENT", "COMPLETION_RATE", "COPULA_END",
           "DAYS_RATE", "EARLIER_COMPARISON", "EXCESS_BEFORE", "FROM_VALUE", "EXCLUDED_FROM_BASE", "GDP_NAMES", "GOAL",
           "GOOD_DAYS", "HUJI", "INCLUDES", "LAGGING", "LOWER_IS_BETTER", "NAME_TO_VALUE", "OTHER_PERIOD",
           "OVER_PLAN", "OWN_SHARE_AFTER", "PART_TO_SHARE", "PLAN_AFTER", "PLAN_OPENS", "PLAN_WORD", "QUALIFIER",
           "SCOPE", "SEVERAL_YEARS", "SLASH_BRACKET", "TARGET", "WHOLE_WORDS", "DONE_PART", "colon_pair", "shares_word", "DONE_TASK"]

#: measure words that count the same things (人 and 人次 do not: a person may come twice)
_MEASURE_CLASS = {"名": "人", "位": "人", "宗": "件", "起": "件", "個": "个", "項": "项", "場": "场",
                  "條": "条", "戶": "户", "萬戶": "户", "万户": "户"}
_NOT_COUNT_UNITS = {"%", "‰", "倍", "番", "个百分点", "個百分點", "百分点", "百分點", "年", "天", "日", "个月", "個月",
                    "周", "季度", "小时", "小時", "个工作日", "個工作日", "工作日", "分钟", "秒", "岁", "歲", ""}
#: (改造提升24个服务区: 提升 after 改造 is a deed, upgrading, not a change by 24)
_DELTA_BEFORE = lazyre.compile(r"(?:增长|增長|增加|减少|減少|下降|上升|提高|降低|增收|增支|减收|减支|少支|多支|少收|多收|超支|节支|多|少|(?<!新)增|减|減|降|(?<!改造提)升)了?$")
_STOP_CHARS = set("案件行政的数數量人次项項率总總全年度工作为為和与與及等其中共计計累有个個此该該本各级級诉讼訴訟办辦理")
#: 占…的 a budget, plan, target or an earlier period: a completion ratio, not a closed share
_GENERIC_BASE = lazyre.compile(r"全部|全国|全國|全市|全省|全区|全區|全县|全縣|总数|總數|总额|總額|总量|總量|总计|總計|总|總|全|"
                           r"本年|全年|当年|當年|收入|支出|案件|数量|數量|国家|國家|地方|同类|同類|各类|各類")


HUJI = re.compile(r"户籍|戶籍")


def recent(doc, lo: int, hi: int, n: int) -> List[Quantity]:
    """The last ``n`` quantities in [lo, hi): found by bisection, so that a rule reading the figures before one
    figure does bounded work however many figures its sentence or paragraph holds."""
    qs = doc.quantities
    starts = quantity_starts(doc)
    i_hi = bisect.bisect_left(starts, hi)
    i_lo = max(bisect.bisect_left(starts, lo), i_hi - n)
    return quantities_in(doc, qs[i_lo].start if i_lo < len(qs) else hi, hi)


def following(doc, lo: int, hi: int, n: int) -> List[Quantity]:
    """The first ``n`` quantities in [lo, hi) (bounded work, as :func:`recent`)."""
    qs = doc.quantities
    starts = quantity_starts(doc)
    i = bisect.bisect_left(starts, lo)
    out: List[Quantity] = []
    while i < len(qs) and qs[i].start < hi and len(out) < n:
        if qs[i].end <= hi:
            out.append(qs[i])
        i += 1
    return out


def measure_of(q: Quantity) -> str:
    m = q.measure
    if len(m) > 1 and m.endswith("次") and m not in ("人次", "件次", "户次", "戶次"):
        m = m[:-1]
    return _MEASURE_CLASS.get(m, m)


def is_count(q: Quantity) -> bool:
    return not q.is_percent and q.unit not in _NOT_COUNT_UNITS and measure_of(q) not in _NOT_COUNT_UNITS


def sentence_window(doc, off: int, previous: bool = True) -> Tuple[int, int]:
    """The sentence holding ``off``, widened to the previous sentence of the same paragraph."""
    si = doc.sentence_index(off)
    if si < 0:
        p = doc.paragraph_at(off)
        return (p.start, p.end) if p else (off, off)
    s = doc.sentences[si]
    start = s.start
    if previous and si > 0 and doc.sentences[si - 1].paragraph == s.paragraph:
        start = doc.sentences[si - 1].start
    return start, s.end


def breakdown_end(doc, masked: str, end: int) -> int:
    """Where the stretch of the sentence ending at ``end`` stops once a breakdown is read with it: a next sentence of
    the same paragraph opening with 其中 (…共办结…1,027件。其中，按时办结988件。) breaks down the whole closing this one —
    its end, as if a comma stood for the 。; else ``end``.  One sentence at most."""
    si = doc.sentence_index(max(0, end - 1))
    sents = doc.sentences
    if si < 0 or si + 1 >= len(sents) or sents[si].end != end:
        return end
    nx = sents[si + 1]
    if nx.paragraph != sents[si].paragraph or not _CHECK_ONE_RE10.match(masked, nx.start, nx.start + 4):
        return end
    return nx.end


def breakdown_start(doc, masked: str, s) -> int:
    """Where sentence ``s`` starts once read with the whole it breaks down: a sentence opening with 其中 goes on with the
    sentence before it in its paragraph (…分别为12个和26个。其中，水质达到…的分别有11个和23个) — that one's start; else
    ``s.start``.  One sentence at most (the converse of :func:`breakdown_end`)."""
    if not _CHECK_ONE_RE10.match(masked, s.start, s.start + 4):
        return s.start
    si = doc.sentence_index(s.start)
    sents = doc.sentences
    if si < 1 or sents[si].start != s.start or sents[si - 1].paragraph != s.paragraph:
        return s.start
    return sents[si - 1].start


def previous_line(doc, masked: str, q: Quantity, part: Quantity):
    """The sentence before a rate's paragraph when that paragraph opens with the rate's sentence, the rate's only
    count stands right before it (in its clause or the clause before: 败诉12件，败诉率7.5%), and the paragraph before is one sentence (a line) holding one count of the
    part's measure and no rate or share of its own; ``None`` otherwise."""
    si = doc.sentence_index(q.start)
    if si <= 0:
        return None
    s, prev = doc.sentences[si], doc.sentences[si - 1]
    if prev.paragraph == s.paragraph or (si >= 2 and doc.sentences[si - 2].paragraph == prev.paragraph):
        return None
    if part.start < s.start or not re.fullmatch(r"[，,]?\s*[\u4e00-\u9fff]{0,12}", masked[part.end:q.start]):
        return None
    pq = [c for c in quantities_in(doc, prev.start, prev.end)]
    if len(pq) != 1 or not is_count(pq[0]) or pq[0].approx or measure_of(pq[0]) != measure_of(part) \
            or re.search(r"上年|去年|同期|比|较|較|增|减|減|降|累计|累計|目标|目標|计划|計劃", masked[prev.start:prev.end]):
        return None
    return prev


#: a paragraph opening with 其中 (其中民间投资480亿元，…): it breaks down the figure of the paragraph before
_OPENS_PART = lazyre.compile(r"[\s\u3000]*(?:其中|其中：|其中:)")
#: words that make the sentence before no single whole of this year (上年, 比…, 目标…): a change or another period
_NOT_ONE_WHOLE = lazyre.compile(r"上年|去年|同期|目标|目標|计划|計劃|分别|分別|其中")


def part_line_window(doc, masked: str, q: Quantity, part: Quantity) -> Optional[int]:
    """The start of the last sentence of the paragraph before a rate's or share's paragraph when that paragraph opens
    with 其中 and the rate's sentence, its part stated in it before the figure, and the sentence before holds exactly
    one count of the part's measure (its level; a growth rate beside it is no count) and names no other period, no
    plan and no breakdown of its own (全年完成固定资产投资800亿元，增长9%。\n其中民间投资480亿元，占60%): the 其中 says
    the part is of that count, as it says within a paragraph. ``None`` otherwise."""
    si = doc.sentence_index(q.start)
    if si <= 0:
        return None
    s, prev = doc.sentences[si], doc.sentences[si - 1]
    if prev.paragraph == s.paragraph or part.start < s.start or part.end > q.start:
        return None
    if not _OPENS_PART.match(masked, s.start) or not is_count(part) or part.approx:
        return None
    pq = [c for c in quantities_in(doc, prev.start, prev.end) if is_count(c)]
    if len(pq) != 1 or pq[0].approx or measure_of(pq[0]) != measure_of(part) \
            or _NOT_ONE_WHOLE.search(masked, prev.start, prev.end):
        return None
    return prev.start


def is_delta(masked: str, q: Quantity) -> bool:
    return bool(_DELTA_BEFORE.search(masked[max(0, q.start - 5):q.start].rstrip(" \u3000")))


def item_words(doc, masked: str, q: Quantity, floor: int, width: int = 10) -> str:
    """The words naming count ``q``: its item's name when it is a value of a parallel list (claims.lists.list_figure:
    the 526件 of 受理、审结案件分别为526件和498件 is 受理案件, the 498件 审结案件), else :func:`context_before`."""
    f = list_figure(doc, q)
    return f.name if f is not None else context_before(masked, q, floor, width)


#: a level verb between a name and its figure (案件为300件, 收入达到68亿元, 办理案件累计300件, 共计237件)
LEVEL_FILLER = lazyre.compile(r"(?:为|為|达到|達到|达|達|累计|累計|共计|共計|合计|合計|总计|總計)$")


def context_before(masked: str, q: Quantity, floor: int, width: int = 10) -> str:
    """The words right before ``q`` (``width`` characters, back to the last clause break). A digit-group separator
    (GROUP in the folded text: 从1,800亿元增加到) takes no room and is left out, so the words read as they read around
    an ungrouped 1800.  A level verb right before the figure (为, 达到, 累计, 共计 — 人均可支配收入为42,680元) takes no room
    either: the window reaches as far into the name as it does without the verb (it stays in the words returned)."""
    fm = LEVEL_FILLER.search(masked, max(floor, q.start - 4), q.start)
    a = max(floor, q.start - width - (fm.end() - fm.start() if fm is not None else 0))
    seg = masked[a:q.start]
    if GROUP in seg:
        k = 0
        while a > floor and seg.count(GROUP) > k:
            k = seg.count(GROUP)
            a = max(floor, q.start - width - k)
            seg = masked[a:q.start]
        seg = seg.replace(GROUP, "")
    for sep in "，,；;：:。、（(）)":
        seg = seg.rsplit(sep, 1)[-1]
    # (…1,286名，其中，持有执法证件的1,248名: a 其中 standing alone before the comma or colon that cut the words is theirs,
    # as in 其中持有… — claims.roles.clause_start reads it so)
    p = q.start - len(seg) - 1
    while p >= floor and p > 0 and masked[p] == GROUP:
        p -= 1
    if p - 2 >= max(floor, 0) and masked[p] in "，,：:" and masked[p - 2:p] == "其中" \
            and (p == 2 or masked[p - 3] in _CLAUSE_BREAK_CHARS):
        seg = "其中" + seg
    return seg


#: what ends a clause before a 其中 standing alone (…1,286名，其中，…)
_CLAUSE_BREAK_CHARS = "，,；;：:。！？!?\n"


#: a rate of days (空气质量优良率, 优良天数比例, 达标天数比率)
DAYS_RATE = lazyre.compile(r"(?:优良|優良)(?:天数|天數)?(?:率|比例|比率)$")
#: the count of days it is computed from (优良天数335天, 空气质量优良天数达到346天, 良好等级以上天数365天)
GOOD_DAYS = lazyre.compile(r"(?:优良|優良|良好等级以上|良好等級以上)(?:天数|天數)(?P<gap>[^，,。；;\d]{0,8}?)\s*(?P<n>\d{2,3}|[一二两三四五六七八九十百零〇]{2,7})\s*天(?!以上|以下|左右)")

#: a rate stated as a goal (推动…达50%以上, 力争…, 确保…, 到2025年…)
GOAL = lazyre.compile(r"推动|推動|力争|力爭|确保|確保|争取|爭取|努力|到20\d\d年|要使|将使|將使|"
                      # 年度目标要求…合格率达到90%: a target set, not a result
                      r"目标(?:要求|为|為|是|值)|(?<!达到)(?<!達到)(?<!符合)要求[\u4e00-\u9fff]{0,16}?(?:达到|達到|不低于|不低於|不少于|不少於)")
#: words that state a count as a whole (共1,860项, 应出庭186件, 总数, 合计)
WHOLE_WORDS = lazyre.compile(r"共|总|總|合计|合計|全部|累计|累計|(?<![不未])应(?!用|急|对|對)|(?<![不未])應(?!用|急)")

#: a count named as the task that was done (全年完成食品安全抽检任务5,128批次): the achieved count, not a plan — unless a
#: word of a plan or an aim stands before 完成 (计划完成任务…, 力争完成…任务)
DONE_TASK = lazyre.compile(r"^(?:(?!计划|計劃|目标|目標|预计|預計|力争|力爭|确保|確保|下达|下達|要求|拟|擬)[\u4e00-\u9fff])*"
                           r"完成(?:(?!计划|計劃|目标|目標)[\u4e00-\u9fff]){0,12}?(?:任务|任務)$")
#: the words opening a part stated as what was done of a whole (已检查428个, 实际参保53.21万人)
DONE_PART = lazyre.compile(r"^(?:已经|已經|已|实际|實際)")


def colon_pair(doc, masked: str, after: int, end: int) -> List[Quantity]:
    """近九成：全市在建项目486个，已检查428个 — a colon right after a ratio opens what it is computed from: the figures of
    the rest of its sentence when they are just two counts (no other figure, no ；), else none."""
    if masked[after:after + 1] not in ("：", ":") or re.search(r"[；;]", masked[after:end]):
        return []
    qs = quantities_in(doc, after, end)
    return qs if len(qs) == 2 and all(is_count(c) for c in qs) else []


def shares_word(words: str, name: str) -> bool:
    """Whether ``words`` hold a two-character word of ``name`` (neither character a function word: 已检查 and
    …检查覆盖在建项目, never 的有 or 工作)."""
    return any(words[i:i + 2] in name for i in range(len(words) - 1)
               if not (words[i] in _STOP_CHARS or words[i + 1] in _STOP_CHARS)
               and "\u4e00" <= words[i] <= "\u9fff" and "\u4e00" <= words[i + 1] <= "\u9fff")


def names_own_part(part: str, whole: str, name: str) -> bool:
    """Whether the rate's ``name`` holds a two-character word of the part's words that the whole's words lack
    (乡村旅游 of 乡村旅游接待 beside 全市接待游客总计, in 乡村旅游接待游客占全部游客的比重): the rate is of that part."""
    return any(part[i:i + 2] in name and part[i:i + 2] not in whole for i in range(len(part) - 1)
               if not (part[i] in _STOP_CHARS or part[i + 1] in _STOP_CHARS)
               and "\u4e00" <= part[i] <= "\u9fff" and "\u4e00" <= part[i + 1] <= "\u9fff")


#: a share right after a count (，占12% / ，占比12% / 占全区的12%): the count is that share's part
OWN_SHARE_AFTER = lazyre.compile(r"[，,]?\s*(?:占|佔)")

#: rates whose numerator is simply "the part after 其中" (覆盖率: 共有村128个，其中建成…128个)
_COVERAGE = lazyre.compile(r"覆盖|覆蓋|达标|達標|普及|建成|配备|配備|实现|實現|通过|通過|合格|完成|通达|通達")
#: a bracket after a rate's name saying what its numerator includes (公开率（含部分公开）, 合格率（含优良）, 结案率（含终止）)
INCLUDES = lazyre.compile(r"[（(](?:含|包含|包括)(?P<w>[\u4e00-\u9fff、和及与與]{2,16})[）)]")
#: a count stated as the total of its things, brackets allowed in their name (全县共有村（社区）200个, 总数, 全部)
_TOTAL_BEFORE = lazyre.compile(r"(?:共|总|總|全部)(?:有|计|計)?(?:[\u4e00-\u9fff]|[（(][\u4e00-\u9fff、]{1,6}[）)]){0,10}$")
#: words of a part among a whole that name only its reaching the rate's goal, not a thing of its own (已有1,147个完成建设,
#: 118个已开工): such a part is of the rate whose name holds the whole's head noun (农村…覆盖率 over 行政村)
_BARE_PART = lazyre.compile(r"已经|已經|已|均|全部|都|完成|实现|實現|建成|建设|建設|开通|開通|开工|開工|通|接入|配备|配備|"
                            r"聘请|聘請|设立|設立|达标|達標|覆盖|覆蓋|有|了|的|\|")
#: a count all of which did the deed, right after it (138件均已回复, 45个全部完成): a population, not what of a whole did it
_ALL_DID = lazyre.compile(r"[\u4e00-\u9fff]{0,2}?(?:均已|均|全部|都已|都)")
#: the other outcome of a two-way split (败诉15件 vs 胜诉165件): part + complement = whole
COMPLEMENT = lazyre.compile(r"胜诉|勝訴|维持|維持|驳回|駁回|未|其余|其餘|其他|其它|在办|在辦|正在")
#: words of a rate's name that name the other side of a split (未达标率, 不合格率, 空置率, 失业率, 其余…): a rate so named
#: may be the whole less the part named beside it
OTHER_SIDE_NAME = lazyre.compile(r"未|不|非|无|無|没|沒|失|空|缺|其余|其餘|其他|其它|以外|之外|剩余|剩餘|尚")
EXCLUDED_FROM_BASE = lazyre.compile(r"终止|終止|撤回|撤诉|撤訴|中止|不予受理|结转|結轉|移送|退回|转办|轉辦|未")


_FLIP = {">": "<", ">=": "<=", "<": ">", "<=": ">="}


def complement_of(q: Quantity) -> Quantity:
    """100% less the rate ``q``, with its printed precision; a bound turns round (不合格率低于2% is 合格率 above 98%;
    近 loses its nearness: 不合格率近2% is 合格率 at least 98%, nothing more)."""
    v = round(100.0 - q.value, max(q.decimals, 0) + 6)
    return dataclasses.replace(q, value=v, mantissa=v, approx=_FLIP.get(q.approx, q.approx), approx_word="")


#: a fraction in a bracket right after a rate: （62/500）, （197件/200件）, (62 / 500) — whole numbers, one measure word
SLASH_BRACKET = lazyre.compile(r"[（(]\s*(?P<n>\d{1,3}(?:[,\ue012]\d{3})+|\d+)\s*(?P<u>[件个項项人户家宗起次所条份]?)\s*[/／]\s*"
                                r"(?P<d>\d{1,3}(?:[,\ue012]\d{3})+|\d+)\s*(?P=u)\s*[）)]")


def list_whole(doc, masked, counts, n, name, floor) -> List[Quantity]:
    """The items of a list right before the numerator ``n`` (A 215件、B 186件，按期办复395件): two or three counts of
    its measure joined by 、/和/及, the first named by words that fit the rate's denominator, nothing but names
    between them, the last closing its clause right before the numerator's, each smaller than ``n`` and together at
    least it.  Empty when there is no such list."""
    before = [c for c in counts if c.end <= n.start and not is_delta(masked, c)]
    run: List[Quantity] = []
    for c in reversed(before):
        if measure_of(c) != measure_of(n):
            break
        if run:
            gap = masked[c.end:run[0].start]
            if not re.fullmatch(r"[、和及与與][\u4e00-\u9fff“”]{1,12}", gap):
                break
        else:
            if not re.fullmatch(r"[，,]\s*[\u4e00-\u9fff]{0,8}", masked[c.end:n.start]):
                break
        run.insert(0, c)
        if len(run) == 3:
            break
    if len(run) < 2 or not denominator_fits(name, context_before(masked, run[0], floor, 14)):
        return []
    lo = sum(count_interval(c)[0] for c in run)
    if any(count_interval(c)[0] >= count_interval(n)[1] for c in run) or lo < count_interval(n)[0]:
        return []
    return run


def list_share(doc, masked, counts, q: Quantity, floor: int) -> Optional[Tuple[Quantity, List[Quantity]]]:
    """The part and the items of a share over the sum of a list: 办理人大代表建议186件、政协提案234件，其中涉及民生领域的273件，
    占建议提案总数的65.0% — two or three counts of one measure joined by 、/和/及 (names between them, nothing else),
    the clause after the last one opened by 其中 and holding the part (the last count before the share, the share in
    its clause or the next), the part larger than every item and at most their sum.  ``None`` when there is no such
    list: a 其中 after a list breaks down the list's items together, never the last item alone."""
    before = [c for c in counts if c.end <= q.start and is_count(c) and not is_delta(masked, c)]
    if len(before) < 3:
        return None
    n = before[-1]
    if not re.fullmatch(r"[，,]?\s*(?:约|約)?(?:占|佔)[\u4e00-\u9fff“”]{0,16}", masked[n.end:q.start]):
        return None
    k = masked.rfind("其中", floor, n.start)
    if k < 0 or re.search(r"[，,；;。：:]", masked[k:n.start]):
        return None
    run: List[Quantity] = []
    for c in reversed(before[:-1]):
        if c.end > k or measure_of(c) != measure_of(n):
            break
        if run:
            if not re.fullmatch(r"[、和及与與][\u4e00-\u9fff“”]{1,12}", masked[c.end:run[0].start]):
                break
        elif not re.fullmatch(r"[，,]\s*", masked[c.end:k]):
            break
        run.insert(0, c)
        if len(run) == 3:
            break
    if len(run) < 2:
        return None
    if any(count_interval(c)[0] >= count_interval(n)[1] for c in run) \
            or sum(count_interval(c)[1] for c in run) < count_interval(n)[0]:
        return None
    return n, run


def show_as(doc, q: Quantity, shown: str) -> None:
    """Say how a figure made by a reader or a rule (不合格率2.0% read as 合格率98.0%; the sum of a list's items) is shown
    in a finding: per document, by the figure's span and value (no printed figure has both)."""
    doc.__dict__.setdefault("_lintgov_shown", {})[(q.start, q.end, q.num_start, q.value)] = shown


def shown_sum(doc, items: Sequence[Quantity]) -> Quantity:
    """:func:`sum_of` the items, shown as (a+b+c) in a finding."""
    d = sum_of(doc, items)
    show_as(doc, d, "(" + "+".join(doc.text[c.num_start:c.end] for c in items) + ")")
    return d


def sum_of(doc, items: Sequence[Quantity]) -> Quantity:
    """A count standing for the sum of ``items`` (their span, their measure; exact when they are)."""
    v = sum(c.value for c in items)
    return dataclasses.replace(items[-1], start=items[0].start, num_start=items[0].num_start, value=v, mantissa=v,
                               decimals=max(c.decimals for c in items))


def rate_stem(name: str) -> str:
    return re.sub(r"(率|比例|比重|占比|佔比)$", "", name)


#: words that name the numerator of a rate besides the rate's own stem (行政复议法 decision types…)
_NUMERATOR_WORDS = (
    (lazyre.compile(r"综合纠错|綜合糾錯"), lazyre.compile(r"调解|調解|和解")),
    (lazyre.compile(r"纠错|糾錯"), lazyre.compile(r"撤销|撤銷|变更|變更|确认违法|確認違法|责令履行|責令履行|确认无效|確認無效|纠正|糾正")),
    (lazyre.compile(r"败诉|敗訴"), lazyre.compile(r"撤销|撤銷|确认违法|確認違法|确认无效|確認無效|责令履行|責令履行|变更|變更")),
    (lazyre.compile(r"化解|调处|調處"), lazyre.compile(r"调解|調解|和解|化解|调处|調處")),
    (lazyre.compile(r"办结|辦結|结案|結案"), lazyre.compile(r"办结|辦結|结案|結案|审结|審結|解决|解決|完成|办理完毕|辦理完畢|办毕|辦畢")),
    (lazyre.compile(r"出庭|应诉|應訴"), lazyre.compile(r"(?<![应應需须須要])(?:出庭|出庭应诉|出庭應訴)")),
    (lazyre.compile(r"增长面|增長面"), lazyre.compile(r"增长|增長|增产|增產")),
    # a rate of approval (审批通过率, 批准率, 核准率) counts what was approved, whatever the verb (批准纳入, 核准, 获批, 准予)
    (lazyre.compile(r"(?:审批|審批|审核|審核)?通过率|(?:审批|審批|审核|審核)?通過率|批准率|核准率|获批率|獲批率"),
     lazyre.compile(r"(?<![未不])(?<!未予)(?<!不予)(?:批准|核准|获批|獲批|准予|审批通过|審批通過|审核通过|審核通過)")),
    (lazyre.compile(r"下降面|亏损面|虧損面"), lazyre.compile(r"下降|亏损|虧損")),
    # the share of water bodies or sections of good quality (优良比例, 水质优良率) counts those at class Ⅲ or better (GB 3838:
    # 达到或优于Ⅲ类, Ⅰ～Ⅲ类)
    (lazyre.compile(r"优良|優良"), lazyre.compile(r"(?:达到|達到|好于|好於|优于|優於)(?:或(?:优于|優於|好于|好於))?(?:Ⅲ|III|三)类|"
                                                  r"(?:Ⅰ|I)\s*[～~—\-－至到]\s*(?:Ⅲ|III)\s*类")),
)
#: a budget's or a fund's rate of execution (预算执行率, 专项资金执行率, 经费执行率) and the words of what was budgeted
_BUDGET_EXECUTION = lazyre.compile(r"(?:预算|預算|资金|資金|经费|經費)[\u4e00-\u9fff]{0,2}?(?:执行率|執行率)")
_BUDGETED = lazyre.compile(r"预算|預算|安排|下达|下達")
#: rates named after their numerator and their base (营业收入利润率 = 利润总额 / 营业收入): only counts
#: described by the numerator's words are numerators
_COMPOUND = (
    (lazyre.compile(r"利润率|利潤率"), lazyre.compile(r"利润|利潤"), lazyre.compile(r"营业收入|營業收入|主营业务收入|收入")),
    (lazyre.compile(r"核减率|核減率|审减率|審減率"), lazyre.compile(r"核减|核減|审减|審減"),
     lazyre.compile(r"送审|送審|审计|審計|审核|審核|结算|結算")),
    (lazyre.compile(r"增加值率"), lazyre.compile(r"增加值"), lazyre.compile(r"总产值|總產值")),
    (lazyre.compile(r"资产负债率|資產負債率"), lazyre.compile(r"负债|負債"), lazyre.compile(r"资产|資產")),
    # 预算执行率 = 实际支出 / 预算 (a budget's or a fund's rate of execution: what was spent of what was budgeted)
    (_BUDGET_EXECUTION, lazyre.compile(r"支出|拨付|撥付|使用"), _BUDGETED),
)
#: a count of what should have happened (应出庭156件; what was ordered or urged to be done: 责令整改的29家, 督促整改) is the
#: base of the rate, never its numerator
_NOT_NUMERATOR = lazyre.compile(r"(?:应|應|需|须|須|要求|责令|責令|督促)(?:限期|按期|按时|按時|及时|及時|立即)?(?:出庭|到庭|应诉|應訴|办理|辦理|整改|完成|办结|辦結|结案|結案|"
                                r"审结|審結|答复|答覆|回复|回覆|受理|参加|參加|参保|參保|接种|接種)")
#: a count of what was added in the year (新增持证人员, 新申领执法证件): not the numerator of a rate of a stock
#: (新参加失业保险的2.0万人, 新纳入低保的: those who joined or were taken in this year, never all who are in)
_NEWLY = lazyre.compile(r"新增|新建|新申领|新申領|新发放|新發放|新取得|新办理|新辦理|新领取|新領取|"
                        r"新(?:参加|參加|参保|參保|纳入|納入|加入|覆盖|覆蓋|登记|登記|开通|開通|接入)")
#: a negated count (不予受理37件) is the complement of the rate's numerator in its whole
_NEGATION = r"(?:不予|未予|未能|未(?!成年|来|來)|不|没有|無法|无法)(?:按期|按时|按時|及时|及時|限时|限時|如期|当场|當場|全部|依法)?"


#: a count of what has not reached a coverage rate's goal, by the words right after it (尚有30个未通光纤, 8所尚未达标,
#: 12个村还没有建成; never 未来, 未成年): never the numerator of the rate, the rest of its whole
_UNREACHED_AFTER = lazyre.compile(r"^[\u4e00-\u9fff]{0,3}?(?:尚|仍|还|還|均|都)?(?!未来|未來|未成年)(?:未|没有|沒有)(?:能)?[\u4e00-\u9fff]")
#: the coverage words of a rate's name (农村生活污水治理覆盖率 less them is 农村生活污水治理)
_COVERAGE_NAME = lazyre.compile(r"(?:覆盖|覆蓋|普及|达标|達標|建成|配备|配備|实现|實現|通过|通過|合格|完成|通达|通達)?率.*$")


#: the coverage word closing a rate's stem (预约覆盖 → 预约)
_COVERAGE_TAIL = lazyre.compile(r"(?:覆盖|覆蓋|普及|达标|達標|建成|配备|配備|实现|實現|通过|通過|合格|完成|通达|通達)$")


def _unreached(doc, masked: str, c: Quantity) -> bool:
    """Whether count ``c`` counts things that have not reached a goal (:data:`_UNREACHED_AFTER`)."""
    return _UNREACHED_AFTER.match(_after_words(doc, masked, c)) is not None


#: what the denominator of a well-known rate counts; a count described otherwise is not its base
#: (出庭应诉率 is over the cases heard in court, not over all cases received)
_DENOMINATOR_WORDS = (
    (lazyre.compile(r"完成"), lazyre.compile(r"(?:目标|目標|任务|任務|计划|計劃)(?:数|數)?(?:为|為|是)?$")),
    (lazyre.compile(r"出庭|应诉|應訴"), lazyre.compile(r"应出庭|應出庭|需出庭|通知")),
    (lazyre.compile(r"利润率|利潤率"), lazyre.compile(r"营业收入|營業收入|主营业务收入|收入")),
    (lazyre.compile(r"增加值率"), lazyre.compile(r"总产值|總產值")),
    (lazyre.compile(r"资产负债率|資產負債率"), lazyre.compile(r"资产|資產")),
    (_BUDGET_EXECUTION, _BUDGETED),
    (lazyre.compile(r"核减率|核減率|审减率|審減率"), lazyre.compile(r"送审|送審|审计|審計|审核|審核|结算|結算")),
    (lazyre.compile(r"受理率"), lazyre.compile(r"收到|接到|接收|申请|申請|提出|登记|登記|共")),
    (lazyre.compile(r"城镇化|城鎮化"), lazyre.compile(r"常住人口|总人口|總人口")),
    # 破案率 is over the cases filed (立案, 立刑事案件, 发案), never over the incidents reported (接报警情)
    (lazyre.compile(r"破案率"), lazyre.compile(r"立|发案|發案")),
    # 防治率 of pests, diseases or disasters is over the area or cases where they occurred (发生面积12.6万亩)
    (lazyre.compile(r"防治率|防控率"), lazyre.compile(r"发生|發生")),
    # 纠错率 of 行政复议 is over the cases concluded, that of 规范性文件备案审查 over the documents reviewed
    # (审核 for the documents reviewed: 共审核规范性文件146件，纠正6件)
    (lazyre.compile(r"纠错|糾錯"), lazyre.compile(r"审结|審結|办结|辦結|结案|結案|决定|決定|办理|辦理|处理|處理|审查|審查|审核|審核|"
                                              r"备案|備案")),
    (lazyre.compile(r"败诉|敗訴|胜诉|勝訴"), lazyre.compile(r"审结|審結|判决|判決|结案|結案|一审|一審|生效|办结|辦結")),
    (lazyre.compile(r"办结|辦結|结案|結案|审结|審結|答复|答覆|回复|回覆|办复|辦複|辦復"),
     lazyre.compile(r"受理|收到|认领|認領|交办|交辦|转办|轉辦|登记|登記|接收|共|办理|辦理|申请|申請|承办|承辦|收集|接到|立案")),
)


#: counts that hold the rate's base without being it: 出庭应诉率 is over the cases where the head was required to
#: appear (应出庭), which are among those heard in court (开庭审理186件) — over such a count the rate is at least the
#: ratio, and the base is a whole number between the numerator and the count
_SUPERSET_BASE = (
    (lazyre.compile(r"出庭|应诉|應訴"), lazyre.compile(r"开庭|開庭|庭审|庭審")),
    # a rate of a negated decision (不起诉率, 不批捕率) is over the decisions made: the cases received (受理审查起诉4,562人)
    # hold them and those still pending
    (lazyre.compile(r"不(?:起诉|起訴|批捕|批准逮捕|予立案)"), lazyre.compile(r"受理|收到|受案|接收")),
)


#: a count of those due to act (应参保人数, 应到代表, 应出庭案件): 应 and the verb
_DUE = lazyre.compile(r"(?:应|應)(?:当|當)?(?P<v>[\u4e00-\u9fff]{1,2})")
#: rates of presence whose count is written with 到 (应到 / 实到: 出席率, 到会率, 出勤率)
_PRESENCE_RATE = lazyre.compile(r"出席|到会|到會|出勤|到岗|到崗|到位|参会|參會")


def due_and_actual(masked: str, counts: Sequence[Quantity], name: str, floor: int) -> List[Tuple[Quantity, Quantity]]:
    """(actual, due) pairs of a rate of those due to act: the base named 应V (应参保人数42.8万人, 应到代表200人), the
    numerator of the same measure named 实V or 实际V (实际参保42.2万人, 实到193人), V the verb of the rate's name (参保率)
    or 到 for a rate of presence (出席率).  Bounded: the rate's own counts only."""
    out = []
    for d in counts:
        m = _DUE.search(context_before(masked, d, floor, 14))
        if m is None:
            continue
        v = m.group("v")
        if v not in name:
            if v[0] != "到" or not _PRESENCE_RATE.search(name):
                continue
            v = "到"
        actual, plain = [], []
        for n in counts:
            if n is d or measure_of(n) != measure_of(d) or is_delta(masked, n):
                continue
            # (its own words only, after any count before it: 应公示1,480件中已公示1,423件)
            ctx = context_before(masked, n, max([floor] + [c.end for c in counts if c.end <= n.start]), 14)
            if _DUE.search(ctx):
                continue
            if re.search(r"(?:实际|實際|实|實)" + re.escape(v), ctx):
                actual.append((n, d))
            elif v != "到" and len(v) == 2 and (re.search(r"(?<![应應未不没沒无無])" + re.escape(v), ctx)
                                               # (参加基本养老保险的486.2万人 for 参保: the verb abbreviated, its two
                                               # characters in order, unnegated)
                                               or (_in_order(v, ctx, gap=6) and not re.search(
                                                   r"[应應未不没沒无無]" + re.escape(v[0]), ctx))) \
                    and not re.search(r"新增|净增|淨增|增加|减少|減少|新|累计|累計|其中", ctx) \
                    and count_interval(n)[0] <= count_interval(d)[1]:
                # 参保人数达到120万人，参保率96%，应参保人数125万人: those who did, named by the verb alone, when no count
                # is named 实V (a count of those added or of a part is never the numerator)
                plain.append((n, d))
        out.extend(actual or plain)
    return out


def named_population(masked: str, q: Quantity) -> Optional[Tuple[str, int]]:
    """The population a rate is said to be over (参保率98.6%（以应参保人数计）: 应参保人, 以户籍人口为基数: 户籍人口) and
    where the note ends, or None."""
    if not over_named_base(masked, q):
        return None
    lo = max(0, q.start - 40)
    m = _POPULATION_NOTE.search(masked, lo, min(len(masked), q.end + 20))
    return (m.group("pop"), m.end()) if m else None


_POPULATION_NOTE = lazyre.compile(r"(?:以|按)(?P<pop>[^，,；;。（()）\d]{1,10}?)(?:数|數)?(?:为基数|为分母|数)?(?:计算|统计|计|口径)")


def superset_base(name: str, ctx: str) -> bool:
    return any(pat.search(name) and words.search(ctx) for pat, words in _SUPERSET_BASE)


def subset_whole(name: str, name_text: str, ctx: str) -> bool:
    """按期办结率 over 办结1,280件: a rate whose name carries a qualifier (按期, 当场, 网上…) is the share of the
    qualified action in the action itself, so a count named by the rate's verb without the qualifier is its whole."""
    quals = set(QUALIFIER.findall(name_text))
    stem = QUALIFIER.split(rate_stem(name))[-1]      # (件按期审结 → 审结: the action after its qualifier)
    return bool(quals) and len(stem) >= 2 and stem in ctx and not any(x in ctx for x in quals)


def has_known_base(name: str) -> bool:
    return any(pat.search(name) for pat, _ in _DENOMINATOR_WORDS)


def stated_as_whole(masked: str, d: Quantity, n: Quantity, floor: int, doc=None) -> bool:
    """A count stated as a whole: 共/总/合计/累计/全部 before it, 其中 between it and the part, or a count
    the part is said to be among (38个行业大类中，有27个…; 在审结的315件案件中)."""
    ctx = masked[max(floor, d.start - 12):d.start]
    if re.search(r"(?:共|总|總|合计|合計|累计|累計|全部)[\u4e00-\u9fff]{0,10}$", ctx) \
            or _TOTAL_BEFORE.search(re.split(r"[，,；;。：:]", masked[max(floor, d.start - 16):d.start])[-1]):
        return True
    if d.end <= n.start and re.match(r"[\u4e00-\u9fff“”]{0,12}?(?:中|当中|之中)[，,]?", masked[d.end:d.end + 16]) \
            and not re.search(r"[。；;]", masked[d.end:n.start]):
        return True
    if doc is not None and _planned_whole(doc, masked, d, n, floor):
        return True
    a = among(doc).get(n.start) if doc is not None else None
    if a is not None and a.whole is d:
        return True           # 全县318个村（社区）中，已有298个… (claims.ratios.among: brackets in the whole's name)
    lo, hi = sorted((d.end, n.start))
    return d.end <= n.start and ("其中" in masked[lo:hi] or headless_part(masked, d, n))


#: a clause opened by the plan it states (年度计划新开工改造…186个, 今年计划完成…): the planned action up to the figure
_PLANNED = lazyre.compile(r"\s*(?:全年|年度|今年|本年度?)?(?:计划|計劃|目标任务|目標任務|任务|任務)(?:为|為|是)?[\u4e00-\u9fff“”]{1,16}")
#: a clause stating what has been done of a plan (已开工, 实际完成, 截至年底已…)
_DONE_OF_PLAN = lazyre.compile(r"已|实际|實際")


def _planned_whole(doc, masked: str, d: Quantity, n: Quantity, floor: int) -> bool:
    """年度计划新开工改造城镇老旧小区186个，截至12月底已开工183个: the count of a clause opened by the plan is the whole
    of what has been done of it, stated right after in the next clause with 已 or 实际 (the same measure, no plan word
    there, nothing between the two clauses but them)."""
    if not (d.end <= n.start and d.unit and d.unit == n.unit) or n.start - d.end > 40:
        return False
    cd = clause_start(doc, masked, d.start, floor)
    if not _PLANNED.fullmatch(masked, cd, d.num_start):
        return False
    cn = clause_start(doc, masked, n.start, floor)
    between = masked[d.end:cn]
    if not re.fullmatch(r"[\u4e00-\u9fff“”]{0,8}[，,；;]", between):
        return False
    clause_n = masked[cn:n.num_start]
    # (其中已开工的重大项目30个: a part of what has been done, not all of it)
    return bool(_DONE_OF_PLAN.search(clause_n)) and not PLAN_WORD.search(clause_n) \
        and not clause_n.lstrip().startswith("其中")


#: the words right before a part stated as a headless relative clause (实现就业创业的1,768名, 完成整改的为1,002家,
#: 通过验收的有35个): a deed, 的, and at most a copula before the figure
_HEADLESS_BEFORE = lazyre.compile(r"[\u4e00-\u9fff]{2}的(?:有|为|為|是|共|共有|达|達)?$")
#: what may follow such a part's measure word: the end of its clause (no noun of its own after the classifier)
_HEADLESS_AFTER = lazyre.compile(r"[，,；;。）)]")


def headless_part(masked: str, d: Quantity, n: Quantity) -> bool:
    """为2,140名退役军人建立台账，截至年底，实现就业创业的1,768名: a part stated as a headless relative clause (a deed and
    的 before its figure, no noun after its measure word) names no thing of its own — it counts those of the population
    counted right before it, in the same measure word, in the same sentence, no figure between them."""
    if not (d.end <= n.start and d.unit and d.unit == n.unit) or n.start - d.end > 60:
        return False
    between = masked[d.end:n.start]
    if re.search(r"[。；;\d%\ue000-\ue01f]", between) or not _HEADLESS_BEFORE.search(between):
        return False
    return _HEADLESS_AFTER.match(masked, n.end) is not None


#: a rate closing the clause of a whole (…570人，参考率95.0%，…): its name, and the words around it
_CHAINED_RATE = lazyre.compile(r"(?P<a>[\u4e00-\u9fff“”]{0,4})[，,](?P<r>[\u4e00-\u9fff]{1,8}率)(?:为|為|达|達|达到|達到)?"
                               r"\d+(?:\.\d+)?%(?P<b>[，,][\u4e00-\u9fff“”]{0,12})")


def adjacent_triple(masked: str, d: Quantity, n: Quantity, q: Quantity) -> bool:
    """提出修改意见23条，采纳21条，采纳率91.3%: the whole, the part and the rate one after another, each in the
    clause right after the one before (2,150家企业参加年度检查，合格2,064家，合格率为96.0%)."""
    if d.end <= q.start and q.end <= n.start:
        # 全年受理人民调解案件3,600件，调解成功率95.0%，调解成功3,420件: the whole, the rate, then its part, each in the
        # clause right after the one before, nothing else between them
        # (立案2,986起，破案率为61.8%（破获1,845起）: the part alone in a bracket right after the rate)
        b1, b2 = masked[d.end:q.start], masked[q.end:n.start]
        return bool(re.fullmatch(r"[\u4e00-\u9fff“”]{0,4}[，,][\u4e00-\u9fff“”]{1,12}", b1)
                    and (re.fullmatch(r"[，,][\u4e00-\u9fff“”]{1,12}", b2)
                         or (re.fullmatch(r"[（(][\u4e00-\u9fff“”]{1,12}", b2) and masked[n.end:n.end + 1] in ("）", ")"))))
    if not d.end <= n.start:
        return False
    if "。" in masked[d.end:q.start]:
        return _whole_closing_sentence_before(masked, d, n, q)
    between = masked[d.end:n.start]
    chained = _CHAINED_RATE.fullmatch(between)
    if chained is not None and rate_stem(chained.group("r"))[-2:] in masked[max(0, d.start - 12):d.start]:
        # 应参考600人，实际参考570人，参考率95.0%，考试合格513人，合格率90.0%: the rate of the whole itself (参考率, named
        # like the whole) stands between the whole and the part — the part's rate is over that whole (two bases)
        between = chained.group("a") + chained.group("b")
    if len(between) > 24 or len(re.findall(r"[，,；;：:]", between)) > 1 or re.search(r"\d|%", between):
        return False              # 843个政务服务事项100%实现网上申办，302个…: another figure between them
    if between[:1] == "、" or re.search(r"其中[^，,；;。]*$", masked[max(0, d.start - 30):d.start]):
        return False              # 其中市级培训3,800人次、区级培训5,600人次: items of one list, not a whole and its part
    if len(between) > 10 and not re.search(r"[，,；;：:]", between):
        return False
    tail = masked[n.end:q.start]
    return len(tail) <= 16 and len(re.findall(r"[，,；;：:]", tail)) <= 1


#: the words of a sentence stating a whole that make it no plain whole of this year (another period, a change, a plan,
#: a breakdown)
_NOT_PLAIN_WHOLE = lazyre.compile(r"上年|去年|同期|比|较|較|增长|增加|减少|減少|下降|累计|累計|目标|目標|计划|計劃|其中|分别|分別|占|"
                                  r"率|以上|以下|超过|不足")


#: a part added or carried on (新增, 新建, 又, 再, 累计): over another whole than the one stated before it
_ADDED_PART = lazyre.compile(r"新增|新建|新开|又|再|还|累计|累計|剩余|其余")


def _whole_closing_sentence_before(masked: str, d: Quantity, n: Quantity, q: Quantity) -> bool:
    """全县林业有害生物发生面积12.6万亩。全年完成防治面积11.9万亩，防治率达到94.4%: the whole closing the sentence right
    before the rate's, the only figure of that sentence and naming no other period, change, plan or part; the part
    the only figure of the rate's sentence before it, the rate in the clause right after the part's (a few words of
    their own may open the rate's sentence: 经过统防统治，…)."""
    if not re.match(r"\s*[。]", masked[d.end:d.end + 2]):
        return False
    k = d.end + masked[d.end:].index("。")
    lo = max(masked.rfind("。", max(0, d.start - 60), d.start), masked.rfind("\n", max(0, d.start - 60), d.start),
             masked.rfind("；", max(0, d.start - 60), d.start))
    if lo < 0 and d.start > 60:
        return False
    before = masked[lo + 1:d.start]
    if re.search(r"\d|%|％", before) or _NOT_PLAIN_WHOLE.search(before):
        return False
    opening = masked[k + 1:n.start]
    if len(opening) > 32 or re.search(r"[\d%％。；;\n]", opening) or len(re.findall(r"[，,：:]", opening)) > 2 \
            or _NOT_PLAIN_WHOLE.search(opening) or _ADDED_PART.search(opening + masked[n.end:q.start]):
        return False
    tail = masked[n.end:q.start]
    return len(tail) <= 16 and len(re.findall(r"[，,；;：:]", tail)) <= 1 and not re.search(r"\d", tail)


def denominator_fits(name: str, ctx: str, strict: bool = False) -> bool:
    """Whether a count described by ``ctx`` can be the base of rate ``name`` (``strict``: only when
    the rate has a known base and ``ctx`` names it).  What should have been done (应办结1,200件) is the
    base of the rate of what was done."""
    if _NOT_NUMERATOR.search(ctx):
        return True
    for pat, words in _DENOMINATOR_WORDS:
        if pat.search(name):
            return bool(words.search(ctx))
    return not strict


#: words that make a count a subset of the action (当场受理 of 受理, 按期办结 of 办结): a count and a rate must carry
#: the same ones (受理率 is not 当场受理468件 over 500件; 按期办结率 is not 办结990件 over 1,000件)
QUALIFIER = lazyre.compile(r"按期|按时|按時|限时|限時|当场|當場|当日|當日|当天|當天|即时|即時|即办|即辦|网上|網上|线上|線上|"
                            r"一次性|现场|現場|及时|及時|提前|超期|逾期|非常|十分|特别|特別|比较|比較|较为|較為|基本|全程|"
                            # the rate of a subset: 首次办结率, 一次办结率, 初信初访化解率, 重点企业合格率
                            r"首次|首办|首辦|一次|初次|初信|初访|初訪|重点|重點")


#: the qualifiers that say an action was done in time, and the words that say so without them (在规定时限内, 在法定期限内)
_ON_TIME = frozenset({"按期", "按时", "按時", "及时", "及時", "限时", "限時"})
_IN_TIME = lazyre.compile(r"(?:规定|規定|法定|承诺|承諾|办理|辦理)?(?:期限|时限|時限)(?:内|內)")
#: a group of people within those the rate counts (女性, 党员, 少数民族, 35岁以下): a count named with it is a subset of
#: the numerator, never the numerator of a rate not named for that group
_PERSON_SUBSET = lazyre.compile(r"女性|妇女|婦女|男性|党员|黨員|少数民族|少數民族|青年|\d+岁以下|\d+歲以下")


def rate_numerators(doc, masked, counts, name, floor, rate_at: int = 1 << 62, qualifiers=None,
                     name_text: str = "", includes: Sequence[str] = ()) -> List[Quantity]:
    raw = rate_stem(name)
    # two-character words of the name (出庭应诉 → 出庭, 庭应, 应诉) so that 开庭 does not pass for 出庭
    keys = [raw[i:i + 2] for i in range(len(raw) - 1)
            if not (raw[i] in _STOP_CHARS and raw[i + 1] in _STOP_CHARS)]
    if _NEGATED_NAME.fullmatch(raw):
        # 不起诉率, 未结案率: a rate named by a negated deed counts the deed negated (决定不起诉457人), never the deed
        # itself (审查起诉3,218人 is its whole): the name's words all count only together
        keys = [raw[-3:]]
    if not keys:
        keys = [c for c in raw if c not in _STOP_CHARS]
    if not keys and len(raw) >= 2 and qualifiers:
        keys = [raw]          # (网上)办理率: the verb itself, with the qualifier the count must share
    extra = [words for pat, words in _NUMERATOR_WORDS if pat.search(name)]
    if includes:
        # 公开率（含部分公开）: counts named by what the rate includes are numerators (summed with the rate's own)
        extra.append(re.compile("|".join(re.escape(w) for w in includes if len(w) >= 2) or r"(?!)"))
    compound = [num for pat, num, _den in _COMPOUND if pat.search(name)]
    # (非党员律师64人 for 党员律师占比, 非税收入 for 税收收入占比: 非 negates the key as 未/不 do — unless the rate's own
    # name carries it, 非税收入占比)
    negated = re.compile(("(?:" + _NEGATION + ("" if "非" in raw else "|非") + ")") + "(?:"
                         + "|".join(map(re.escape, keys)) + ")") if keys else None
    # 预约覆盖率 of 实现分时段门票预约的有35家: a coverage rate's name less its coverage word names what the numerator did,
    # in a headless clause (…的有, …的为: never 国家森林城市达7个 for 森林覆盖率, a thing named, not a deed)
    core = _COVERAGE_TAIL.sub("", raw)
    core = core if core != raw and len(core) >= 2 and not (set(core) & _STOP_CHARS) else ""
    out = []
    # 行政执法人员持证率: the two characters before 率 (持证) name what the numerator did; the words before them name
    # the population, i.e. the whole (全市共有行政执法人员3,260人 is the denominator, 持证上岗2,950人 the numerator)
    own_word = raw[-2:] if len(raw) >= 4 and not (set(raw[-2:]) & _STOP_CHARS) and not extra and not compound else ""
    own_named = []
    # (纠错率24.0%，其中直接纠错38件: what 其中 breaks down after the rate is a part of what it counts, no numerator)
    counts = [c for c in counts if not breaks_down_rate(masked, counts, rate_at, c, rate_stem(name))]
    undone: set = set()
    for c in counts:
        ctx = item_words(doc, masked, c, floor)
        if is_delta(masked, c) or _NOT_NUMERATOR.search(ctx) or (negated is not None and negated.search(ctx)):
            continue
        m_neg = _NEGATED_DEED.search(ctx)
        words = (name_text.split("|")[0] if name_text else "")[-24:] + name
        if m_neg is not None and m_neg.group(1) in words and not re.search(_NEGATION + re.escape(m_neg.group(1)), words):
            undone.add(id(c))
            continue          # (未建党组织的企业0.86万户 for 已建党组织企业覆盖率: the deed the rate names, negated)
        if _NEWLY.search(ctx) and not _NEWLY.search(name):
            continue          # 持证率98.2%，新增持证人员120人: what was added this year is not the stock the rate measures
        # the whole clause naming the count (直接纠正违法或不当行政行为60件: the verb may stand 13 characters before;
        # 通过调解、和解方式化解的97件: a list of words inside the clause, with no figure between)
        wide = own_words(doc, masked, c, floor)
        if len(wide) > len(ctx) and not _NOT_NUMERATOR.search(wide) and \
                not (negated is not None and negated.search(wide)):
            ctx = wide
        if qualifiers is not None:
            own = set(QUALIFIER.findall(ctx))
            if _IN_TIME.search(ctx):
                # 在规定时限内答复的506件 / 在法定期限内答复: done in time, as 按时/按期/及时/限时 say (and, under a rate
                # without such a qualifier — 答复率 — a subset of what it counts, as 按期答复 is)
                own |= (qualifiers & _ON_TIME) or {"按期"}
                ctx = ctx + "|" + "".join((qualifiers & _ON_TIME) or {"按期"})
            # 网办率 abbreviates 网上办理: a qualifier of the count whose first character is in the rate's name
            # (可网办 carries 网上 of 网上可办率: a qualifier abbreviated to its first character)
            # (a rate that says what it includes — 满意率（含比较满意） — sums counts of its grades: 非常满意 is among them)
            if any(x[0] not in ctx for x in qualifiers - own) or (
                    not includes and any(x[0] not in name_text for x in own - qualifiers)):
                continue
        # the words after a count name it too when nothing before does (有27个实现增长), unless it is an item of
        # a list (新增6个省四星级、1个省五星级宜居社区)
        if not re.search(r"[\u4e00-\u9fff]{2}", re.sub(r"^(?:已有|已经|已|有|其中|共|计)", "", ctx.strip())) \
                and masked[max(0, c.start - 1):c.start] not in ("、", "和", "及") \
                and "、" not in masked[c.end:c.end + 12]:
            ctx = ctx + "|" + _after_words(doc, masked, c)
        if _PERSON_SUBSET.search(ctx) and not _PERSON_SUBSET.search(name_text or name):
            continue          # 持证率95.0%，其中持证女性380人: the people of one sex or group are a subset of the numerator
        if compound:
            if any(w.search(ctx) for w in compound):
                out.append(c)
            continue
        # a name of three or more words must be matched by two of them (等级公路比率: 公路 alone is not it)
        need = 2 if len(keys) >= 3 else 1
        if own_word and own_word in ctx and not _OWN_SUBSET.search(ctx):
            own_named.append(c)   # (not 持证女性执法人员: an attribute names a subset of the numerator)
        if sum(_key_in(k, ctx) for k in keys) >= need or any(w.search(ctx) for w in extra) \
                or _names_like(raw, keys, ctx) or (core and core in ctx and _HEADLESS_BEFORE.search(ctx)) \
                or (len(keys) == 1 and len(keys[0]) == 2 and ctx.lstrip().startswith("其中") and _abbreviates(keys[0], ctx)):
            # (持证率 of 其中持有执法证件的1,248名: a part after 其中 whose words the rate's one word abbreviates, its two
            # characters in order, as 建档 abbreviates 建立健康档案)
            out.append(c)
    if own_named and not any(any(c is x for x in own_named) for c in out):
        out = own_named       # the counts named by the population only are its whole, not the numerator
    if re.search(r"综合纠错|綜合糾錯", name) and out:
        # 综合纠错率 = (纠错 + 调解/和解) ÷ 审结: the 纠错 counts join the numerators only when a 调解/和解 count is stated
        # too (直接纠错60件，综合纠错率18.5% alone is not checkable)
        for c in counts:
            if not any(c is x for x in out) and re.search(r"纠错|糾錯", context_before(masked, c, floor)) \
                    and not is_delta(masked, c):
                out.append(c)
        out.sort(key=lambda c: c.start)
    if not out and keys:
        # 1,420个行政村中已有1,258个开通5G网络 / 一审审结的170件案件中胜诉152件 (claims.ratios.among): a part among a
        # whole closed by 中 is the numerator when the whole's words share a word with the rate's name and the part is
        # named by the rate's own word (its last two characters) or, for coverage, by another word of the name
        amg = among(doc)
        cover = bool(_COVERAGE.search(name))
        for c in counts:
            a = amg.get(c.start)
            if a is None or not any(a.whole is x for x in counts) or is_delta(masked, c) or id(c) in undone:
                continue
            ww, pw = a.whole_words, a.part_words
            nt = re.sub(r"(?:覆盖|覆蓋|普及|达标|達標|建成|配备|配備|实现|實現|通过|通過|合格|完成|通达|通達)?率.*$", "",
                        re.sub(r"[^\u4e00-\u9fffA-Za-z0-9]", "", name_text or name))
            shared = sum(nt[i:i + 2] in pw for i in range(len(nt) - 1)) if cover else 0
            if any(ww[i:i + 2] in (name_text or name) for i in range(len(ww) - 1)):
                if keys[-1] in pw or shared:
                    out.append(c)
            elif cover and ww and ww[-1] in nt and not _BARE_PART.sub("", pw):
                # 农村“雪亮工程”覆盖率为92.5%，在全市1,240个行政村中已有1,147个完成建设: the part names no thing of its
                # own, only that it reached the rate's goal, and the whole's head noun (村) is a word of the rate's name
                out.append(c)
            elif len(keys[-1]) >= 2 and (keys[-1] in pw or _abbreviates(keys[-1], pw)) and _next_clause(masked, rate_at, a):
                # (建档率 of 已有10.2万人建立健康档案: the rate's word abbreviates the part's words, its characters in order)
                # 网上可办率超过95%，在1,628项政务服务事项中，1,522项实现网上可办: the part named by the rate's own word,
                # the whole and its part in the clause right after the rate's (or right before it)
                out.append(c)
            elif cover and not nt and c.end <= rate_at < 1 << 62 and "。" not in masked[c.end:rate_at] \
                    and len(re.findall(r"[，,；;]", masked[c.end:rate_at])) == 1:
                # 在全区86个社区中，已有79个建成“15分钟便民生活圈”，覆盖率91.9%: a rate named by its own word only,
                # opening the clause right after the part's, is of that part among its whole
                out.append(c)
            elif shared >= 2 or (shared and len(nt) == 2 and nt in pw):
                # 卫生厕所普及率…4,200户农户中已有3,780户使用卫生厕所: the part names what is covered (all of a name of
                # one word: 预约覆盖率 of 39家景区中，实现分时段门票预约的有35家)
                out.append(c)
            elif len(keys[-1]) >= 2 and keys[-1] in pw and ww and ww[-1] in nt.replace(keys[-1], ""):
                # 农村生活污水治理率近60%，全县1,186个自然村中已完成治理698个: the part is named by the rate's own word and
                # the whole's head noun (村) is a word of the rate's name
                out.append(c)
    if not out and _COVERAGE.search(name) and not re.sub(
            r"(?:覆盖|覆蓋|普及|达标|達標|建成|配备|配備|实现|實現|通过|通過|合格|完成|通达|通達)?率.*$", "",
            re.sub(r"[^\u4e00-\u9fffA-Za-z0-9]", "", name_text or name)):
        # 全县共有村（社区）200个，已有186个村（社区）建成综合文化服务中心，覆盖率达到93% (or the whole after the rate):
        # a rate named by its own word only, in a sentence holding one count stated as the whole (共有/总/全部) and one
        # other count of its measure: that other count is the numerator
        s_ = doc.sentence_at(rate_at) if rate_at < 1 << 62 else None
        if s_ is not None:
            mine = [c for c in counts if s_.start <= c.start < s_.end and not is_delta(masked, c)]
            wholes = [c for c in mine if _TOTAL_BEFORE.search(
                re.split(r"[，,；;。：:]", masked[max(s_.start, c.start - 16):c.start])[-1])]
            if len(wholes) == 1:
                rest = [c for c in mine if c is not wholes[0] and measure_of(c) == measure_of(wholes[0])]
                # (共有行政村300个，尚有30个未通光纤，覆盖率90%: the count of those not reached is the rest, not the numerator)
                # (抽检食品共5,128批次，总体合格率98.1%；其中网络食品抽检312批次，合格率95.2%: the whole's own rate of the
                # name stands between them — the rate after the part is the part's own; 其中已到期的138件均已回复，到期
                # 回复率100%: a part all of which did the deed is the rate's base, not its numerator over the whole)
                if len(rest) == 1 and count_interval(rest[0])[1] <= count_interval(wholes[0])[1] \
                        and not _unreached(doc, masked, rest[0]) and id(rest[0]) not in undone \
                        and not (len(raw) >= 2 and rest[0].start > wholes[0].end
                                 and (raw + "率") in masked[wholes[0].end:rest[0].start]) \
                        and not _ALL_DID.match(masked, rest[0].end):
                    out.append(rest[0])
    s_rate = doc.sentence_at(rate_at) if not out and rate_at < 1 << 62 else None
    if s_rate is not None and _COVERAGE.search(name) and masked[s_rate.end - 1:s_rate.end] in "。！!" \
            and not any(rate_at < c.start < s_rate.end for c in counts):
        # 食堂“明厨亮灶”覆盖率超过95%。全区共有学校食堂318个，已有297个完成改造: a coverage rate closing its sentence,
        # the next holding one count stated as the whole and named like the rate, and one count of what has reached it
        nxt = [c for c in counts if c.start >= s_rate.end and not is_delta(masked, c)]
        nt = re.sub(r"[^\u4e00-\u9fff]", "", name_text or name)
        wholes = [c for c in nxt if _TOTAL_BEFORE.search(re.split(r"[，,；;。：:]", masked[max(0, c.start - 16):c.start])[-1])
                  and any(nt[i:i + 2] in context_before(masked, c, 0, 16) for i in range(len(nt) - 1))]
        if len(wholes) == 1:
            rest = [c for c in nxt if c is not wholes[0] and measure_of(c) == measure_of(wholes[0])]
            if len(rest) == 1 and rest[0].start > wholes[0].end and re.match(
                    r"[，,]?\s*(?:已有|已|均已|其中)$", masked[wholes[0].end:rest[0].start]) \
                    and count_interval(rest[0])[1] <= count_interval(wholes[0])[1]:
                out.append(rest[0])
    if not out and _COVERAGE.search(name):
        # 共有村128个，其中建成法律服务站128个，覆盖率100%: the part after 其中 is the numerator
        k = masked.rfind("其中", floor, counts[-1].start if counts else floor)
        if k >= 0 and len(raw) >= 2 and (raw + "率") in masked[floor:k]:
            # 抽检食品5,128批次，总体合格率98.1%；其中网络食品抽检312批次，合格率95.2%: the whole has its own rate of the
            # name before 其中 — the rate after the part is the part's own (over it), not the part's share of the whole
            k = -1
        if k >= 0:
            # only the counts stated before the rate (广播覆盖率100%，…有线电视用户5.5万户，其中农村2.8万户: another thing)
            after = [c for c in counts if c.start > k and not is_delta(masked, c) and c.start < rate_at]
            if after and (_unreached(doc, masked, after[-1]) or id(after[-1]) in undone):
                after = []    # 共有村300个，其中30个尚未通光纤 / 其中未建党组织的企业…: the part not reached is no numerator
            # one part only: 其中市级培训3,800人次、区级培训5,600人次，镇街培训覆盖率100% lists parts, none of them the
            # numerator of a rate named after something else
            if len(after) == 1 and not re.search(r"[。；;]", masked[k:after[-1].start]):
                # 共有村200个，已有186个建成…，其中32个达到示范标准，覆盖率93%: the count 其中 breaks down, when it is not
                # stated as the whole, may be the numerator too
                prev = [c for c in counts if c.end <= k and not is_delta(masked, c)
                        and measure_of(c) == measure_of(after[-1])]
                if prev and not re.search(r"[。；;]", masked[prev[-1].end:k]) \
                        and not _TOTAL_BEFORE.search(re.split(r"[，,；;。：:]",
                                                              masked[max(floor, prev[-1].start - 16):prev[-1].start])[-1]) \
                        and any(_TOTAL_BEFORE.search(re.split(r"[，,；;。：:]", masked[max(floor, c.start - 16):c.start])[-1])
                                for c in counts if c.end <= prev[-1].start and measure_of(c) == measure_of(prev[-1])):
                    out.append(prev[-1])
                out.append(after[-1])
    if out and has_known_base(name) and len(raw) >= 4 and not compound \
            and denominator_fits(name, raw[:-2], strict=True):
        # 当年立案破案率 over 立刑事案件8,642起: a count the rate's name gives as its base (立案 of 立案破案率) and not by
        # its deed (破案) is the base, no numerator — the deed's own count (破获) is then read by the verb of its word
        # (a rate named after its numerator and its base, 预算执行率, names its numerator's words itself: _COMPOUND)
        # (only a base the name itself states: 综合纠错率 names none, and its definition's own numerators — 调解和解
        # 结案100件, though 结案 may name a base of 纠错 — are never dropped: _NUMERATOR_WORDS)
        deed = raw[-2:]
        out = [c for c in out if deed in own_words(doc, masked, c, floor)
               or any(w.search(own_words(doc, masked, c, floor)) for w in extra)
               or not denominator_fits(name, own_words(doc, masked, c, floor), strict=True)]
    if not out and keys and not _NEGATED_NAME.fullmatch(raw):
        out = _verb_stem_numerators(doc, masked, counts, raw, floor, undone)
    return out


#: the copula after a rate's name (健康管理率为, 达到)
_RATE_COPULA = lazyre.compile(r"(?:为|為|达到|達到|达|達|是)$")


def population_whole(doc, masked, counts, name: str, floor: int) -> Optional[Tuple[Quantity, Quantity]]:
    """(numerator, whole) of a rate named by a population and the deed done for it (65岁及以上老年人健康管理率, 严重精神障碍
    患者规范管理率) when two counts are named like it: the one whose words hold a word of the deed (the name's last four
    characters: 提供健康体检…的共28.4万人, 接受规范管理的患者3,140人) is the numerator, the one named by the population's
    head (its last two characters: 老年人, 患者) and by no word of the deed is the whole (辖区在册严重精神障碍患者3,398人).
    ``None`` unless the rate's counts are just those two, of one measure, the whole at least the part."""
    raw = rate_stem(_RATE_COPULA.sub("", re.sub(r"[^\u4e00-\u9fff\d]", "", name)))
    counts = [c for c in counts if not is_delta(masked, c)]
    if len(counts) != 2 or len(raw) < 6:
        return None
    deed, pop = raw[-4:], raw[:-4]
    deed_keys = [deed[i:i + 2] for i in range(3) if not (set(deed[i:i + 2]) & _STOP_CHARS)]
    head = pop[-2:] if not set(pop[-2:]) <= _STOP_CHARS else pop[-3:]    # (老年人: 年人 alone is two function words)
    if not deed_keys or not all("\u4e00" <= ch <= "\u9fff" for ch in head) or set(head) <= _STOP_CHARS:
        return None
    doers, wholes = [], []
    for c in counts:
        ctx = own_words(doc, masked, c, floor)
        if any(k in ctx for k in deed_keys):
            doers.append(c)
        elif head in ctx:
            wholes.append(c)
    if len(doers) != 1 or len(wholes) != 1:
        return None
    n, d = doers[0], wholes[0]
    if measure_of(n) != measure_of(d) or count_interval(d)[1] < count_interval(n)[0]:
        return None
    return n, d


#: a rate's name opened by a negation (不起诉, 未结案, 不合格: the negated deed is what it counts)
_NEGATED_NAME = lazyre.compile(r"(?:不|未|非)[\u4e00-\u9fff]{2}")
#: the words naming the cases received or under review (受理审查起诉, 收到), never one outcome of them
_UNDER_REVIEW = lazyre.compile(r"受理|收到|受案|接收|审查|審查|移送")


#: the words naming a part of a count done in the year that belongs to earlier years (含破获往年积案1,856起, 含以前年度结转)
_EARLIER_YEARS_PART = lazyre.compile(r"往年|历年|歷年|以前年度|以往|积案|積案|上年|去年|前期|结转|結轉|陈年|陳年")


def rest_of_earlier_years(doc, masked: str, n: Quantity) -> Optional[Quantity]:
    """The count ``n`` less the part of earlier years its bracket says it holds (破获刑事案件9,106起（含破获往年积案1,856起）:
    7,250 solved of this year's cases), as a figure shown (9,106−1,856) — a numerator of the year's rate (当年立案破案率)
    beside ``n`` itself; ``None`` unless the bracket right after ``n`` holds one count of its measure and scale, named by
    earlier years, smaller than ``n``."""
    if masked[n.end:n.end + 2] not in ("（含", "(含"):
        return None
    close = masked.find("）" if masked[n.end] == "（" else ")", n.end, n.end + 40)
    if close < 0:
        return None
    inside = [x for x in quantities_in(doc, n.end, close) if not x.is_percent]
    if len(inside) != 1:
        return None
    x = inside[0]
    if measure_of(x) != measure_of(n) or x.scale != n.scale or x.value >= n.value \
            or _EARLIER_YEARS_PART.search(masked, n.end, x.start) is None:
        return None
    v = n.value - x.value
    rest = dataclasses.replace(n, value=v, mantissa=v, decimals=max(n.decimals, x.decimals))
    show_as(doc, rest, "(" + doc.text[n.num_start:n.end] + "−" + doc.text[x.num_start:x.end] + ")")
    return rest


def negated_complement(doc, masked, counts, name: str, n: Quantity, floor: int) -> Optional[Quantity]:
    """The count of the deed a rate named by its negation leaves out, when it is stated (不起诉率 with 决定起诉2,846人,
    不起诉1,204人: the deed 起诉 and its negation are the two outcomes of the decisions, so the rate is 1,204 over their
    sum): one count of the numerator's measure named by the deed itself — not negated, not the cases received or
    under review (受理审查起诉 names the procedure, not the outcome).  ``None`` when there is none or several."""
    raw = rate_stem(name)
    if not _NEGATED_NAME.fullmatch(raw):
        return None
    deed = raw[1:]
    neg = re.compile(_NEGATION + re.escape(deed))
    found = [c for c in counts if c is not n and measure_of(c) == measure_of(n) and not is_delta(masked, c)
             and deed in (w := own_words(doc, masked, c, floor)) and neg.search(w) is None
             and _UNDER_REVIEW.search(w) is None]
    return found[0] if len(found) == 1 else None


#: what may stand between the verb word naming a numerator and its figure (人工接听18.6万个, 破获的1,845起, 接听了…)
_VERB_LAST = lazyre.compile(r"\s*(?:了|的)?(?:共|共计|共計|达|達|为|為)?\s*")
#: words before a count that name what was handled, not what was done to it: a rate's verb is never read in them
_VERB_LIGHT = lazyre.compile(r"开展|開展|开始|開始|接待|发生|發生|发现|發現|实施|實施|实现|實現|完善|组织|組織|推进|推進|建立")


def _verb_stem_numerators(doc, masked, counts, raw: str, floor: int, undone: set) -> List[Quantity]:
    """接通率 over 人工接听18.6万个, 破案率 over 破获1,845起: the numerator named by the verb of the rate's own word (its
    first character: 接 of 接通, 破 of 破案) with another complement (接听, 破获) right before the figure (no object of its
    own after it: 通上自来水的 is no numerator of 通气率), when no count names the rate's word itself.  One such count only (two would be parallel deeds); the whole is read by the rule as for any numerator
    (stated as the whole, or the count right before in the chain of clauses)."""
    own = raw[-2:]
    if len(own) < 2 or own[0] in _STOP_CHARS or not all("\u4e00" <= ch <= "\u9fff" for ch in own):
        return []
    verb = own[0]
    found = []
    for c in counts:
        if is_delta(masked, c) or id(c) in undone:
            continue
        ctx = own_words(doc, masked, c, floor)
        if _NOT_NUMERATOR.search(ctx) or _NEWLY.search(ctx):
            continue
        i = ctx.rfind(verb)
        if i < 0 or i + 1 >= len(ctx) or not "\u4e00" <= ctx[i + 1] <= "\u9fff" or ctx[i + 1] in _STOP_CHARS:
            continue
        if not _VERB_LAST.fullmatch(ctx, i + 2) and own[1] not in ctx[i + 2:]:
            continue          # (通上自来水的3,360户 for 通气率: the verb's own object, another thing than the rate's; an
            # object naming the rate word's own, 破获刑事案件 for 破案率, is the rate's)
        word = ctx[i:i + 2]
        if re.search(r"(?:含|其中)[\u4e00-\u9fff]?$", ctx[:i]):
            continue          # (9,106起（含破获往年积案1,856起）, 含侦破…: a part the count before holds, not another deed)
        if own in ctx or _VERB_LIGHT.search(word) or re.search(_NEGATION + "$", ctx[:i]) or QUALIFIER.search(ctx):
            continue          # (按期答复390件 for 答复率: named by the rate's own word, left out for its qualifier)
        found.append(c)
    return found if len(found) == 1 else []


def _shortened(short: str, full: str) -> bool:
    """Whether ``short`` is ``full`` with words left out (粮食播种面积 of 粮食作物播种面积): at least four characters, all
    of ``full``'s in order, the same first and last two characters (the head), at most four characters left out."""
    if len(short) < 4 or len(short) >= len(full) or len(full) - len(short) > 4 or short[-2:] != full[-2:] \
            or short[0] != full[0]:
        return False
    it = iter(full)
    return all(ch in it for ch in short)


def _abbreviates(word: str, words: str) -> bool:
    """Whether the two characters of ``word`` stand in ``words`` in order, at most four characters apart (建档 in
    建立健康档案, 通气 in 通天然气): a rate's name abbreviating what its part did."""
    i = words.find(word[0])
    return len(word) == 2 and i >= 0 and word[1] in words[i + 1:i + 6]


def _next_clause(masked: str, rate_at: int, a) -> bool:
    """Whether the whole and part of ``a`` (claims.ratios.Among) stand in the clause right after the rate at
    ``rate_at`` or end the clause right before it, no sentence break and no other figure between."""
    if rate_at >= 1 << 62:
        return False
    if a.whole.start > rate_at:
        gap = masked[rate_at:a.whole.start]
        k = re.search(r"[，,；;]", gap)
        return k is not None and "。" not in gap and not re.search(r"\d", gap[k.end():]) \
            and len(re.findall(r"[，,；;]", gap)) == 1
    if a.part.end <= rate_at:
        gap = masked[a.part.end:rate_at]
        return "。" not in gap and len(re.findall(r"[，,；;]", gap)) == 1 and not re.search(r"\d", gap)
    return False


#: the words a level's statement puts between its scope and its name (园区全年实现税收收入, 全市共完成…): read out when a
#: share's whole named in full (园区税收) is looked for
_WHOLE_FILLER = lazyre.compile(r"全年|本年|年内|当年|當年|共计|共計|合计|合計|共有|共|实现|實現|完成|组织|組織|收入$")
#: the last words of a whole named by a deed and its total (受理总数, 办理总量)
_TOTAL_TAILS = frozenset(("总数", "總數", "总量", "總量", "总额", "總額"))


def _budget_account(doc, n) -> bool:
    """Whether a money share stands in a report that states a budget account (:func:`lintgov.claims.accounts.totals`):
    its totals and items have kinds (预算, 决算, 预计) and years the words-only reading of a far whole does not know, so
    that reading leaves money shares there to the account's (``rules/shares`` LG107)."""
    if not measure_of(n).endswith("元"):
        return False
    from .accounts import totals
    return bool(totals(doc))


def _far_whole(doc, masked, floor, base, names, n) -> List[Quantity]:
    """The whole of a share named in full earlier (the paragraphs before, up to 3,000 characters): the nearest count
    of the numerator's measure whose words contain the name; for 占GDP比重 the nearest GDP stated anywhere before."""
    far: List[Quantity] = []
    full = base.replace("|", "")
    s_ = doc.sentence_at(n.start)
    if s_ is not None and _plan_words(masked, s_.start, n.start):
        return far            # 预计明年…占GDP比重…: a plan is not over a total stated for the year
    if names is GDP_NAMES or (len(full) >= 3 and "|" not in base.strip("|")) or len(total_names(names[0])) > 1:
        lo_p = max(0, floor - 3000)
        for c in reversed(quantities_in(doc, lo_p, floor)):
            if is_count(c) and measure_of(c) == measure_of(n) and not is_delta(masked, c) \
                    and (any(nm in masked[max(lo_p, c.start - 16):c.start] for nm in names)
                         or _stock_named_after(masked, c, names[0])) and not _threshold(masked, c) \
                    and not _wider_name(full, masked[max(lo_p, c.start - 16):c.start]) \
                    and not _PER_UNIT_NAME.search(masked, max(lo_p, c.start - 16), c.start) \
                    and not _PER_UNIT_CLAUSE.search(masked, _clause_of(masked, c, lo_p), c.start):
                # (人均GDP超过23万元 after the GDP: a figure per person, never the total a share is of)
                if _not_this_years(masked, c, lo_p):
                    break     # 上年一般公共预算支出70亿元 / …预计完成74.9亿元: not this year's total
                if names is GDP_NAMES and _TO_VERB.match(masked, c.end):
                    break     # 国内生产总值从1997年的7.4万亿元增加到…: the start of a change (its end: _gdp_change_ends)
                far.append(c)
                break
        if not far and names is not GDP_NAMES and len(full) >= 4 and not _budget_account(doc, n):
            # 占园区税收总额的 after 园区全年实现税收收入48.6亿元: the name with the words a level's statement puts between its
            # scope and its name (全年, 实现, 完成) read out — when every count so named, or named by another name of the
            # total (进出口 for 外贸进出口总额), gives one value
            tn = total_names(names[0])
            cands = []
            for c in quantities_in(doc, lo_p, floor)[-200:]:
                if not is_count(c) or measure_of(c) != measure_of(n) or is_delta(masked, c) or c.approx is not None:
                    continue
                ctx = masked[max(lo_p, c.start - 16):c.start]
                if (full in _WHOLE_FILLER.sub("", ctx) or any(nm in ctx for nm in tn)) and not _threshold(masked, c) \
                        and not _wider_name(full, ctx) and not _PER_UNIT_NAME.search(ctx) \
                        and not _PER_UNIT_CLAUSE.search(masked, _clause_of(masked, c, lo_p), c.start):
                    cands.append(c)
            if cands and len({count_interval(c) for c in cands}) == 1 and not _not_this_years(masked, cands[-1], lo_p):
                far.append(cands[-1])
        if not far and names is not GDP_NAMES and (len(full) >= 4 or len(total_names(names[0])) > 1) \
                and not _PERIOD_WORDS.search(
                context_before(masked, n, max(0, n.start - 40), 24)):
            # 重点民生支出131亿元，占一般公共预算支出的77%: the whole named in full anywhere in the report, when the
            # report states it once (or always with one value) for its own period
            w = _whole_by_name(doc, masked, names[0], measure_of(n))
            if w is not None and w is not n:
                far.append(w)
        if names is GDP_NAMES and not far:
            # 占GDP比重 with the GDP stated in another section of the report: the nearest GDP before (R&D,
            # reported for the year before, a part of 规上 industry and a from-value are never read this way)
            gdp = gdp_figures(doc)
            k = bisect.bisect_left([g.start for g in gdp], floor)
            if k and measure_of(gdp[k - 1]) == measure_of(n):
                far.append(gdp[k - 1])
            elif not k and gdp and measure_of(gdp[0]) == measure_of(n) \
                    and len({count_interval(g) for g in gdp}) == 1:
                # 研发经费支出约4600亿元、占地区生产总值比重达3.39% in the opening summary, the GDP (地区生产总值达到13.57万亿元)
                # stated only after it: the report's GDP when every statement of it gives one value
                far.append(gdp[0])
            else:
                # 战略性新兴产业增加值从2020年的1.03万亿元提高到2025年的1.67万亿元，占地区生产总值比重提高至43.0% after
                # 地区生产总值从2020年的2.83万亿元提高到2025年的3.87万亿元: a part stated as the end of a change is over the
                # GDP stated as the end of a change to the same year (no year on either, or the same year)
                to = _change_end_year(masked, n, floor)
                if to is None:
                    # 2002年，全国财政性教育经费投入3366亿元，…占国内生产总值的比重…: a part of the year its sentence opens
                    # with is over the GDP stated as the end of a change to that year
                    to = _opening_year(doc, masked, n)
                if to is not None:
                    ends = [g for g, y in _gdp_change_ends(doc, masked) if g.end <= floor and y == to
                            and measure_of(g) == measure_of(n)]
                    if ends:
                        far.append(ends[-1])
    elif names is not GDP_NAMES and len(names[0]) >= 4 and "|" in base:
        # 占受理案件的38% after 全年受理行政复议案件1,000件 (paragraphs before): a name with generic words matched by its
        # first and last words in order, when every such count in the window gives one value
        a, b = names[0][:2], names[0][-2:]
        pat = re.compile(re.escape(a) + r"[\u4e00-\u9fff]{0,8}" + re.escape(b) + r"(?:共|为|為|达到|達到|达|達)?$")
        if b in _TOTAL_TAILS and len(names[0]) == 4:
            # 占受理总数的66.2% after 共受理治安案件1.86万起: a total named by the deed it counts (受理, 办理) and 总数 — a count
            # of that deed stated as a total (共, 总, 合计, 全年) whatever it names after the verb (besides the name in
            # full: 支出总数为…)
            pat = re.compile(pat.pattern + r"|(?:共|总|總|合计|合計|全年)[\u4e00-\u9fff]{0,4}" + re.escape(a)
                             + r"[\u4e00-\u9fff]{0,8}(?:共|为|為|达到|達到|达|達)?$")
        lo_p = max(0, floor - 3000)
        cands = [c for c in quantities_in(doc, lo_p, floor)[-200:] if is_count(c) and measure_of(c) == measure_of(n)
                 and c is not n and not is_delta(masked, c) and c.approx is None
                 and pat.search(context_before(masked, c, lo_p, 16))
                 and not _wider_name(names[0], context_before(masked, c, lo_p, 16))
                 and not _not_this_years(masked, c, lo_p)]
        if cands and len({count_interval(c) for c in cands}) == 1:
            far.append(cands[-1])
    if not far and names is not GDP_NAMES and not _PERIOD_WORDS.search(context_before(masked, n, max(0, n.start - 40), 24)):
        # 高新技术产品出口达470.9亿美元，占全市出口总额的46.4% with 2005年全市外贸出口1015亿美元 in the summary: a main
        # indicator's one value in the report's metric index (its figures year, its level after a threshold, no plan)
        w = indicator_whole(doc, names[0], measure_of(n))
        if w is not None and w is not n:
            far.append(w)
    return far


#: words that put a figure in another period or make it a plan, a sum over years or an average
_PERIOD_WORDS = lazyre.compile(r"上年|去年|上一年|前一年|年初|预算|預算|计划|計劃|预计|預計|安排|累计|累計|年均|人均|目标|目標|力争|力爭|"
                               r"到20|十[一二三四五六]五|[一二三四五两兩]年|期末|期间|期間|以来|以來|(?:19|20)\d\d")
#: a year or period label between a rate and the counts read for it: they may be of another period
OTHER_PERIOD = lazyre.compile(r"(?:19|20)\d{2}年|上年|去年|上一年|同期|今年|本年|[一二三四]季度|上半年|下半年")
#: the words in the clause of a total that make it a plan, a sum over years, an average or another year's (预计完成…,
#: 计划完成…, 年初安排…, 累计…, 人均…, 上年…): never the whole of this year's share read far away by _far_whole.
#: (Until 2026-12-05 _far_whole read OTHER_PERIOD alone: this pattern and that one were both named _OTHER_PERIOD in
#: rules/arithmetic.py, and the later binding, the period labels, is what ran.)  Its own clause only: a word of the
#: clause before names something else (增长13.2%，高出预期目标1.2个百分点；规模以上工业总产值2880亿元; 初步预计，全年新区
#: 实现地区生产总值372亿元 is the year's estimate).
_PLAN_OR_SUM = lazyre.compile(r"上年|去年|上一年|前一年|年初|预计|預計|计划|計劃|安排|累计|累計|年均|人均|目标|目標|力争|力爭")


def _not_this_years(masked: str, c: Quantity, lo: int) -> bool:
    """Whether the total ``c`` is stated for another period (a period label in the 20 characters before it, as
    before) or as a plan, a sum over years or an average (_PLAN_OR_SUM in its own clause)."""
    return OTHER_PERIOD.search(masked, max(lo, c.start - 20), c.start) is not None \
        or _PLAN_OR_SUM.search(masked, max(lo, c.start - 20, _clause_of(masked, c, lo)), c.start) is not None


#: what may stand between the name of a whole and its value (一般公共预算支出完成74.9亿元)
_WHOLE_GAP = lazyre.compile(r"\s*(?:共|总计|總計|合计|合計)?(?:完成|实现|實現|达到|達到|达|達|为|為|是)?了?\s*")


def indicator_whole(doc, name: str, meas: str) -> Optional[Quantity]:
    """The one value the report's metric index (:func:`lintgov.claims.indicators.metric_index`) gives the main indicator
    ``name`` names in full (固定资产投资, 全市出口总额 in a city's report: the report's own scope word taken off), exact and in
    measure ``meas``; ``None`` for another name, a key the index holds no one value of, a bound or another currency."""
    from .stocks import own_scope_word
    own = own_scope_word(doc)
    k = indicator_key(re.sub("^(?:" + own + ")", "", name) if own else name)
    e = metric_index(doc).value(k) if k is not None else None
    return e.quantity if e is not None and e.quantity.approx is None and measure_of(e.quantity) == meas else None


def _whole_by_name(doc, masked, name: str, meas: str) -> Optional[Quantity]:
    """The value of the total ``name`` (一般公共预算支出) as the report states it for its own period: every mention of
    the name directly followed by a count of measure ``meas`` (no year, plan, prior, sum over years before it) must give
    one value; ``None`` when there is none or they disagree.  Each name is looked up once per document (a
    bounded number of names), by substring search and bisection: linear in the document."""
    cache = doc.__dict__.setdefault("_lintgov_named_wholes", {})
    key = (name, meas)
    if key in cache:
        return cache[key]
    if len(cache) >= 64:
        return None
    # a main indicator (固定资产投资, 出口总额, 社会消费品零售总额…): the one value the report's metric index gives it for the
    # review's period (its figures year in the clause, its level after a threshold, never a plan after the review)
    # (else the name scan below: a key the index holds no one value of, or one in another currency)
    w = indicator_whole(doc, name, meas)
    if w is not None:
        cache[key] = w
        return w
    qs = doc.quantities
    starts = quantity_starts(doc)
    found: Dict[Tuple[float, float], Quantity] = {}
    # the total under each of its names (claims.metric.total_names: 外贸出口 for 出口总额, 社零总额…); another name only
    # where it opens its clause (全年完成进出口245亿元, not 民营企业进出口168.3亿元: a part named with the total's word)
    for nm in total_names(name):
        other = nm != name
        i = masked.find(nm)
        while i >= 0 and len(found) < 2:
            e = i + len(nm)
            k = bisect.bisect_left(starts, e)
            if k < len(qs) and qs[k].start - e <= 6 and not _wider_name(nm, masked[max(0, i - 2):e]) \
                    and not _other_scope(doc, masked[max(0, i - 2):i]) \
                    and (not other or _TOTAL_OPENS.fullmatch(_CLAUSE_TAIL.search(masked, max(0, i - 16), i).group())):
                c = qs[k]
                if is_count(c) and measure_of(c) == meas and c.approx is None and _WHOLE_GAP.fullmatch(masked, e, c.start) \
                        and not _PERIOD_WORDS.search(masked, max(0, i - 10), i) \
                        and not re.search(r"[由从從占佔比较較的]", masked[max(0, i - 3):i]) \
                        and not re.match(r"\s*(?:增长|增長|增加|减少|減少|下降|提高|降低|左右|以上)", masked[c.end:c.end + 4]) \
                        and not _PLAN_SENTENCE.search(masked, max(0, masked.rfind("。", max(0, i - 200), i) + 1), i):
                    # (主要预期经济指标定为：…其中出口总额512亿美元: next year's plan is no value of the report's period)
                    found.setdefault(count_interval(c), c)
            i = masked.find(nm, e)
    w = next(iter(found.values())) if len(found) == 1 else None
    cache[key] = w
    return w


def _stock_named_after(masked: str, c: Quantity, name: str) -> bool:
    """全镇辖14个行政村 for a share of 全镇行政村: a whole named by the noun right after its count, the name's scope word
    opening the count's clause and a word of holding (辖, 共有, 现有) right before the count — the stock of the things,
    never a flow (新增2个村)."""
    sm = _SCOPE_OPEN.match(name)
    if sm is None or len(name) - sm.end() < 2 or not masked.startswith(name[sm.end():], c.end):
        return False
    head = _CLAUSE_TAIL.search(masked, max(0, c.start - 16), c.start).group()
    return head.startswith(sm.group()) and _HOLDS_BEFORE.search(head) is not None


#: the scope word opening a whole's name (全镇行政村 → 全镇)
_SCOPE_OPEN = lazyre.compile(r"全(?:国|省|市|区|县|州|镇|乡|街道)")
#: the words right before the count of a stock named after its count (全镇辖14个行政村, 全市共有46家…, 现有)
_HOLDS_BEFORE = lazyre.compile(r"^全(?:国|省|市|区|县|州|镇|乡|街道)(?:共|现|下|目前|现在|已)?(?:辖|有|拥有|管辖|设)(?:有)?$")


#: the words of a clause before a total's other name that leave it the total (全年完成 / 全市实现 / 全社会)
_TOTAL_OPENS = lazyre.compile(r"(?:全年|今年|本年度?|当年|年内|全[国省市区县州镇乡]|[我本][省市区县镇乡]|全社会|完成|实现|共计|共|"
                              r"累计|全年共)*")
_CLAUSE_TAIL = lazyre.compile(r"[^，,；;：:。！？!?、（()）\n]*$")


#: names of a part written inside the name of a wider whole (出口 in 进出口总额): a count named so is not the part's whole
_WIDER_NAMES = (("出口", "进出口"), ("出口", "進出口"))


def _other_scope(doc, before: str) -> bool:
    """Whether the two characters before a total's name (全市一般公共预算支出) are an area word that is not the report's
    own, when the report says which is (a district's report quoting the city's total: not the district's whole)."""
    if len(before) < 2 or before[0] != "全" or own_scope_word(doc) is None:
        return False
    return before in _LOCAL_SCOPE + ("全国", "全國") and not is_own_scope(doc, before)


def _wider_name(name: str, ctx: str) -> bool:
    """Whether the last mention of ``name``'s words in ``ctx`` (the words before a figure) is inside the name of a wider
    total (进出口总额872亿美元 for 出口总额; not 进出口总额增长近两倍，出口总额达778亿美元)."""
    for a, b in _WIDER_NAMES:
        if a in name and b not in name:
            k = ctx.rfind(a)
            j = b.index(a)
            if k >= j and ctx[k - j:k - j + len(b)] == b:
                return True
    return False


#: the heads that close a budget's, a trade's or a fund's name and exclude each other (收入 is never 支出)
_OPPOSED_HEADS = (("收入", "支出"), ("收入", "支付"), ("进口", "出口"), ("進口", "出口"), ("流入", "流出"), ("存款", "贷款"),
                  ("存款", "貸款"))


#: words before a whole's name that total or point at it rather than narrow it (占全部复议案件的, 占各类…的, 占上述…的)
_NOT_A_QUALIFIER = lazyre.compile(r"全部|所有|全体|全體|总|總|各类|各類|各项|各項|各|上述|以上|这|這|该|該|本|同期|当年|當年|全年")


def _names_other_whole(name: str, ctx: str) -> bool:
    """Whether the words before a count (``ctx``) name another whole than the one a share names (``name``, the object
    of 占…的 stripped of its scope): the same stem closing with an opposed head (一般公共预算收入215.3亿元 for 占一般公共
    预算支出的), or the share's whole narrowed by a qualifier the count's words lack (职工医保基金支出 is a part of
    医保基金支出48.6亿元, not it)."""
    name = _SCOPE_WORD.sub("", name)
    if len(name) < 4:
        return False
    for a, b in _OPPOSED_HEADS:
        for x, y in ((a, b), (b, a)):
            if name.endswith(x):
                stem = name[:-len(x)]
                k = ctx.rfind(stem + y) if len(stem) >= 2 else -1
                if k >= 0 and ctx.rfind(name) < k:
                    return True
    if name in ctx:
        return False
    # the longest tail of the name (4 characters at least) the count's words hold, after a qualifier they lack
    for j in range(1, len(name) - 3):
        tail = name[j:]
        if tail in ctx:
            qual = name[:j]
            return len(qual) >= 2 and qual not in ctx and not any(q in ctx for q in (qual[-2:], qual[:2])) \
                and _NOT_A_QUALIFIER.search(qual) is None
    return False


#: words of a plan in the sentence of a mention of a whole (预期指标定为…, 目标, 力争): not this period's value
_PLAN_SENTENCE = lazyre.compile(r"预期|預期|目标|目標|力争|力爭|争取|爭取|计划|計劃|定为|定為|预计|預計|确保|確保|规划|規劃")


#: 占地区生产总值的比重为10.9%，达到312.6亿元: the part stated right after its share
_PART_AFTER = lazyre.compile(r"(?:左右)?[，,]\s*(?:总量|總量|总额|總額|规模|規模|金额|金額|数量|數量)?(?:达到|達到|达|達|为|為|共计|共計|合计|合計|共|计|計|有)了?\s*")


def _part_after_share(doc, masked, counts, q, floor, zhan, before) -> Optional[List[Tuple[Quantity, Quantity]]]:
    """全市共有法律援助案件1,506件，其中农民工案件约占三分之一，达512件 / 在审结的1,506件案件中，维持的约占一半，共760件:
    the share's clause names its subject and no count before 占; the part follows the share (，达/共/为 N) and the
    whole is stated as such before (共/总/合计/全年…, …中，, or 其中 between).  ``None`` when the statement is not
    of that shape."""
    cs = clause_start(doc, masked, zhan, max(floor, zhan - 24))
    if before[-1].end > cs or len(re.sub(r"[^\u4e00-\u9fff]", "", re.sub(r"^\s*其中", "", masked[cs:zhan]))) < 2:
        return None
    nxt = next((c for c in counts if c.start >= q.end), None)
    if nxt is None or is_delta(masked, nxt):
        return None
    # ，达512件 / （312件）: the part right after the share, or alone in a bracket right after it
    if not (_PART_AFTER.fullmatch(masked, q.end, nxt.num_start)
            or (_PART_BRACKET.fullmatch(masked, q.end, nxt.num_start) and masked[nxt.end:nxt.end + 1] in ("）", ")"))):
        return None
    base_words = masked[zhan:q.start]
    if _GDP.search(base_words) and measure_of(nxt) == "元" and not _PLAN_AROUND.search(masked, cs, q.start) \
            and not LAGGING.search(masked, cs, zhan):
        # 海洋经济增加值占地区生产总值的三成，达到158.2亿元: a share of the GDP, the part after it, the whole the GDP stated
        # before (claims: the nearest figure stated as the report's GDP) — of the report's own scope only
        scope = SCOPE.search(base_words)
        if scope is None or is_own_scope(doc, scope.group()):
            gdps = [g for g in gdp_figures(doc) if g.end <= cs]
            if gdps and count_interval(nxt)[0] <= count_interval(gdps[-1])[1]:
                return [(nxt, gdps[-1])]
    for d in reversed(before):
        if measure_of(d) != measure_of(nxt) or d.approx is not None:
            continue
        ctx = masked[max(floor, d.start - 12):d.start]
        rest = masked[d.end:zhan]
        whole = bool(re.search(r"(?:共|总|總|合计|合計|累计|累計|全年|全部)[\u4e00-\u9fff]{0,10}$", ctx)) or \
            "其中" in rest or bool(re.match(r"[\u4e00-\u9fff“”]{0,12}?(?:中|当中|之中)[，,]", rest))
        if whole and not _BREAK_BEFORE_PART.search(rest) and count_interval(nxt)[0] <= count_interval(d)[1]:
            return [(nxt, d)]
        if not re.search(r"[；;]", rest) and not LAGGING.search(masked, cs, zhan) and named_base_before(masked, zhan, q, d):
            # 全年社会消费品零售总额860亿元，增长6%。网上零售额占社会消费品零售总额的25%，达215亿元: the whole the share
            # names in full, stated last before it in its measure (the sentence before too): whole_named_in_full
            return [(nxt, d)]
        break
    m = _NAMED_BASE.match(masked, zhan, q.start)
    if m is not None and not SCOPE.search(m.group("name")) and not _OPEN_BASE.search(m.group("name")) \
            and not _GENERIC_BASE.fullmatch(m.group("name")) and not LAGGING.search(masked, cs, zhan) \
            and not _PLAN_AROUND.search(masked, cs, q.start) and not _PERIOD_WORDS.search(masked, cs, zhan):
        # 民生保障持续加强。…教育支出占一般公共预算收入的比重为30.2%，达到56.2亿元 with 全市一般公共预算收入186.4亿元 in
        # another paragraph: the whole the share names in full, the one value the report states for it this period
        # (_whole_by_name: every mention of the name gives one value; never a plan, another period or a sum over years)
        w = _whole_by_name(doc, masked, m.group("name"), measure_of(nxt))
        if w is not None and w.end <= cs and w is not nxt and count_interval(nxt)[0] <= count_interval(w)[1]:
            return [(nxt, w)]
    return None


#: a break between a whole and a part after it: a ；, or a 。 — not one a 其中 follows (…接待游客1,862.4万人次。其中，过夜
#:游客所占比重为31.7%，计490.4万人次: the sentence opening with 其中 breaks down the whole closing the one before)
_BREAK_BEFORE_PART = lazyre.compile(r"[；;]|。(?![ \t\u3000]*其中)")
#: a share stated as a plan or a goal (预计, 力争, 到2025年): not over the year's GDP
_PLAN_AROUND = lazyre.compile(r"预计|預計|力争|力爭|争取|爭取|目标|目標|到20\d\d年|将|將|计划|計劃|预期|預期")
#: a count stated as a whole: words of a total before it (共/总/合计/累计/全年/全部) …
_WHOLE_BEFORE = lazyre.compile(r"(?:共|总|總|合计|合計|累计|累計|全年|全部)[\u4e00-\u9fff“”（）()]{0,12}$")
#: … or the set the part is taken from (在审结的600件案件中，…; 600件案件中，…)
_AMONG_AFTER = lazyre.compile(r"[\u4e00-\u9fff“”]{0,12}?(?:中|当中|之中)[，,]?")
#: what may open the clause of a share in words that has no subject of its own (，不足四成 / ，占比近一半 / ，约占三分之一)
_BARE_WORDS = lazyre.compile(r"\s*(?:其中|仅|僅|约|約|大约|大約)?(?:占比|佔比|占|佔|比例|比重)?(?:为|為|达到|達到|达|達)?\s*")
#: the part right after a share in words: （31件） / ，达8,600件 / ，共177件 / ，为252件
_PART_BRACKET = lazyre.compile(r"[（(]\s*(?:共|计|計|为|為|达|達|有)?\s*")
#: the part after the share's predicate: ，共/共有/仅 N (共办结 N: a verb of the predicate) or a bracket (调解结案N件，…)
_PART_LATER = lazyre.compile(r"的?(?P<pred>[\u4e00-\u9fff“”（）]{0,16})(?:[，,]\s*(?:共有|共计|共計|合计|合計|共|仅有|僅有|仅|僅|只有|计|計)"
                             r"(?P<v>[\u4e00-\u9fff]{0,4}?)|[（(][\u4e00-\u9fff]{0,8}?)\s*")
#: a predicate that makes the figure after it no part of the share: a change, a plan, another period or a total
_LATER_NOT = lazyre.compile(r"比|较|較|同期|上年|去年|目标|目標|计划|計劃|力争|力爭|累计|累計|共|合计|合計")
_PART_NEXT = lazyre.compile(r"[，,]\s*(?:达到|達到|达|達|为|為|共计|共計|合计|合計|共有|共|计|計|有)了?\s*")


def cheng_pairs(doc, masked, q, floor) -> List[Tuple[Quantity, Quantity]]:
    """(part, whole) readings of a share written in tenths or as a fraction with no 占 before it: 其中涉企案件不足四成
    （31件）/ 其中企业1,260户，不足四成 / 调解结案的近六成，共177件 / 涉及征收拆迁的逾三成（96件），全年共受理…300件.

    The part is the count in a bracket right after the share, or the count right after it (，达/共/为 N), or — when
    the share's clause names no subject of its own — the count closing the clause before.  The whole is a count of
    the part's measure in the sentence (or the one before it in the paragraph) stated as a whole: words of a total
    before it, the set the part is taken from (…600件案件中), 其中 between it and the share, or named with words of a
    total after the share.  Every reading is tried: the share is reported only when none fits."""
    s = doc.sentence_at(q.start)
    if s is None:
        return []
    cs = clause_start(doc, masked, q.start, max(floor, q.start - 40))
    pre = masked[cs:q.start]
    if SCOPE.search(pre):
        return []              # 全省的三成: a share of a wider total
    parts: List[Quantity] = []
    after = [c for c in quantities_in(doc, q.end, min(s.end, q.end + 40))[:3] if is_count(c) and c.approx is None]
    if after:
        a = after[0]
        br = _PART_BRACKET.fullmatch(masked, q.end, a.num_start)
        if (br and masked[a.end:a.end + 1] in ("）", ")")) or _PART_NEXT.fullmatch(masked, q.end, a.num_start):
            if not is_delta(masked, a):
                parts.append(a)
        else:
            # 不足一成转为立案调查，共305件 / 过半已经办结，共办结47件 / 近九成的纠纷以调解方式结案（调解结案372件，…）: the
            # part after the share's own predicate, opening the next clause or a bracket closing the share's clause
            m = _PART_LATER.fullmatch(masked, q.end, a.num_start)
            if m and not is_delta(masked, a) and not _LATER_NOT.search(m.group("pred")) \
                    and (not m.group("v") or m.group("v") in (m.group("pred") or pre)) \
                    and (m.group("pred") or _SUBJECT_OF.fullmatch(pre)):
                parts.append(a)     # (进度滞后的不足5%，仅3所 / 已整改的超过95%，共整改520处: the subject names the part)
    if not parts and cs > floor and masked[cs - 1] in "，," and _BARE_WORDS.fullmatch(pre):
        pcs = clause_start(doc, masked, cs - 1, max(floor, cs - 60))
        prev = [c for c in quantities_in(doc, pcs, cs - 1) if not c.is_percent]
        if prev and is_count(prev[-1]) and prev[-1].approx is None and not is_delta(masked, prev[-1]) \
                and not masked[prev[-1].end:cs - 1].strip():
            parts.append(prev[-1])
    if not parts:
        got = among_share_pairs(doc, masked, q, floor)
        if got:
            return got
        pw = predicate_part(doc, masked, q, s)
        return [pw] if pw is not None else []
    p = parts[0]
    lo, _ = sentence_window(doc, q.start)
    out = []
    # the nearest figures only (bounded work per share, however many figures the sentence holds)
    for d in recent(doc, lo, q.start, 20) + quantities_in(doc, q.end, min(s.end, q.end + 200))[:10]:
        if d is p or d.start == p.start or not is_count(d) or measure_of(d) != measure_of(p) or is_delta(masked, d) \
                or d.approx in ("<", "<="):
            continue
        if count_interval(d)[1] < count_interval(p)[0]:
            continue          # a whole is not smaller than its part
        if d.end <= q.start and d.end <= p.start:
            between = masked[d.end:min(q.start, p.start)]
            if re.search(r"[。；;]", between) and "其中" not in between:
                continue
            if not (_WHOLE_BEFORE.search(masked, max(lo, d.start - 14), d.start) or "其中" in between
                    or _AMONG_AFTER.match(masked, d.end)):
                continue
        elif d.start >= max(q.end, p.end):
            if re.search(r"[；;]", masked[max(q.end, p.end):d.start]) or \
                    not _WHOLE_BEFORE.search(masked, max(q.end, d.start - 14), d.start):
                continue
        else:
            continue
        out.append((p, d))
    return out


#: words of scope, time or a bound that open a share's clause without naming its subject (全年…超标天数不足一成)
_SUBJECT_LEAD = lazyre.compile(r"^(?:其中|全年|年内|年內|全市|全省|全区|全區|全县|全縣|全镇|全鎮)+")
_SUBJECT_TAIL = lazyre.compile(r"(?:的|占比|佔比|占|佔|比例|比重|为|為|达到|達到|达|達|已|均|约|約|大约|大約)+$")


#: words of a part that is not done or still under way (正在建设, 尚未完成, 仍在推进)
_NOT_DONE = lazyre.compile(r"正在|在建|尚未|尚有|未|没有|仍|还在|还有|待|拟|計劃|计划|启动|啟動|推进|推進|开工|開工")


#: a share whose clause names only a deed and 的 before it (…，完成除险加固的超过九成 / …，尚未完成的不足一成 / …，已整改的占
#: 九成以上): the things that did the deed (or, after a negation, did not) among those counted before; the deed never holds
#: 的, 中 or a figure (办结的案件中调解结案的: a subset of a subset)
_DEED_SHARE = lazyre.compile(r"(?:(?P<rest>其余|其餘|剩余|剩餘|余下|餘下)(?:部分)?的?|"
                             r"(?P<neg>尚未|仍未|还未|還未|未能|未|没有|沒有)?(?:已经|已經|已|均已|均)?"
                             r"(?P<deed>(?:(?![的中])[\u4e00-\u9fff]){2,10}?)的)(?:占比|佔比|占|佔|比例|比重)?"
                             r"(?:为|為|达到|達到|达|達|已|均)?\s*")
#: the aspect and summing words a count's own clause may open with before its deed (已完成除险加固127座, 累计整改…)
_DEED_LEAD = lazyre.compile(r"^(?:其中|已经|已經|已|均已|共|累计|累計|全部|截至年底|截至年末)+")
#: words of what was done in the year (今年完成除险加固17座, 年内新增…): a flow, not the stock of the things done the share
#: of the whole is about
_DEED_FLOW = lazyre.compile(r"今年|本年|全年|年内|年內|当年|當年|新增|新|同比|比上年|较上年|較上年")


def deed_share(doc, masked, q) -> Optional[Tuple[Quantity, Quantity, bool]]:
    """(part, whole, negated) of a share stated by a deed alone after its counts: 全县小型水库138座，已完成除险加固127座，尚未
    完成除险加固的不足一成 — the part is the count of the clause right before the share's, named by the deed (or the deed
    by it: 完成 of 完成除险加固), the whole the count of the clause before that one, of the same measure and larger;
    ``negated`` when the deed is negated (尚未/未: the share is of the whole less the part).  None for a plan, for a deed
    that is not the part's (按期办结的 after 办结1,150件: a subset whose count is not stated) and for any other shape.
    其余/剩余/余下 (的) for the deed: the rest of the whole besides the part, read as the deed negated."""
    s = doc.sentence_at(q.start)
    if s is None:
        return None
    cs = clause_start(doc, masked, q.start, max(s.start, q.start - 24))
    m = _DEED_SHARE.fullmatch(masked, cs, q.start)
    if m is None or cs <= s.start or _PLAN_SENTENCE.search(masked, s.start, s.end):
        return None
    deed = m.group("deed") or ""
    before = [c for c in quantities_in(doc, s.start, cs) if c.end <= cs]
    if len(before) < 2:
        return None
    k, w = before[-1], before[-2]
    if not (is_count(k) and is_count(w)) or k.approx is not None or w.approx is not None or k.is_percent \
            or measure_of(k) != measure_of(w) or count_interval(w)[0] <= count_interval(k)[1]:
        return None
    kc = clause_start(doc, masked, k.start, max(s.start, k.start - 24))
    wc = clause_start(doc, masked, w.start, max(s.start, w.start - 24))
    # each count closes its own clause, the part's clause right after the whole's, the share's right after the part's
    if not (wc < kc < cs) or masked[w.end:kc].strip("，,；; ") or masked[k.end:cs].strip("，,；; "):
        return None
    words = _DEED_LEAD.sub("", re.sub(r"[^\u4e00-\u9fff]", "", masked[kc:k.start]))
    if len(words) < 2 or _NOT_DONE.search(words) or _DEED_FLOW.search(masked, kc, k.start) \
            or not (m.group("rest") or words.startswith(deed) or deed.startswith(words)):
        return None
    # (其余的不足一成: the rest of the whole besides the part, whatever its deed)
    return k, w, bool(m.group("neg") or m.group("rest"))


def predicate_part(doc, masked, q, s) -> Optional[Tuple[Quantity, Quantity]]:
    """(part, whole) of a share before 的 and the things it qualifies with their predicate, the counts in the clauses
    after it: 两成以上的案件通过调解结案，全年审结行政复议案件418件，调解结案93件 — the whole is a count stated as a total
    (全年/共/总…) whose words end with the noun the share qualifies (…案件, 全区共有企业), the part a count of its measure
    after it whose clause words, the noun taken off, are the predicate's in order (调解结案 in 以调解方式结案, 开工 in
    已开工, 享受减税政策 in 享受了减税政策).  None unless both are found; never a predicate of a plan, a change or work
    under way."""
    if masked[q.end:q.end + 1] != "的":
        return None
    m = _CLAUSE_BREAK.search(masked, q.end, s.end)
    if m is None:
        return None
    ce = m.start()
    pred = re.sub(r"[^\u4e00-\u9fff]", "", masked[q.end + 1:ce])
    if len(pred) < 3 or _NOT_DONE.search(pred) or _LATER_NOT.search(pred) or _PLAN_SENTENCE.search(masked, s.start, s.end):
        return None
    after = [c for c in quantities_in(doc, ce, s.end)[:4] if is_count(c) and c.approx is None]
    for j, c in enumerate(after):
        if is_delta(masked, c):
            return None
        k = max(masked.rfind(x, ce, c.start) for x in "，,、；;")
        words = re.sub(r"[^\u4e00-\u9fff]", "", masked[k + 1:c.start])
        words = re.sub(r"的$", "", re.sub(r"^(?:其中|全年|共计|共計|合计|合計|共|已经|已經|已|均)+", "", words))
        for d in reversed(after[:j]):
            if measure_of(d) != measure_of(c) or not _WHOLE_BEFORE.search(masked, max(ce, d.start - 14), d.start):
                continue
            dw = re.sub(r"[^\u4e00-\u9fff]", "", context_before(masked, d, ce, 16))
            noun = pred[:2] if dw.endswith(pred[:2]) else pred[:1] if dw.endswith(pred[:1]) else ""
            if not noun or count_interval(d)[1] < count_interval(c)[0]:
                continue
            verb, own = pred[len(noun):], words.replace(noun, "")
            if len(own) >= 2 and _in_order(own, verb):
                return c, d
    return None


def _in_order(word: str, words: str, gap: int = 4) -> bool:
    """Whether the characters of ``word`` stand in ``words`` in order, at most ``gap`` characters apart (调解结案 in
    以调解方式结案)."""
    i = words.find(word[0])
    while i >= 0:
        k, ok = i, True
        for ch in word[1:]:
            n = words.find(ch, k + 1, k + 2 + gap)
            if n < 0:
                ok = False
                break
            k = n
        if ok:
            return True
        i = words.find(word[0], i + 1)
    return False


_CLAUSE_BREAK = lazyre.compile(r"[，,；;。]")


#: the words closing a part's name that introduce its figure (达标的有54所, 已解决的为342件, 其中…的共)
_PART_INTRO = lazyre.compile(r"(?:的)?(?:共有|共|有|为|為|是|达|達)?$")
#: the copula and relative words around a part's own word (达标的有 → 达标)
_PART_CORE = lazyre.compile(r"^(?:其中|已经|已經|已|均)+|(?:的)?(?:有|为|為|是|共|共有|达|達)?$")


def among_share_pairs(doc, masked, q, floor) -> List[Tuple[Quantity, Quantity]]:
    """(part, whole) readings of a share in words or a bounded share (逾九成, 超过三分之二, 近半数) over a part stated
    among its whole in the sentence (``claims.ratios.among``: N个村中有M个), when the share is about that part:

    * the share qualifies the things the whole counts (逾九成的村…，全县236个村中有218个…; 近八成的规上工业企业…，
      全市1,250家规上工业企业中有986家…): the whole's noun (or its last two characters: 企业 for 规上企业) opens the
      words after 的;
    * the share makes a clause of its own right after the clause of the part (全省128个县（市、区）中有83个出台实施细则，
      超过六成);
    * the share names its subject and the part is named by it (超标天数不足一成，365天中超标天数31天).

    Every reading found is returned; the rule reports only when none fits."""
    among_in = _late_ratios.among_in
    s = doc.sentence_at(q.start)
    if s is None:
        return []
    pairs = among_in(doc, s.start, s.end)
    if not pairs:
        return []
    cs = clause_start(doc, masked, q.start, max(floor, q.start - 40))
    pre = masked[cs:q.start]
    if SCOPE.search(pre) and not _SUBJECT_LEAD.match(pre):
        return []                 # 占全省的三成: a share of a wider total
    subject = _SUBJECT_TAIL.sub("", _SUBJECT_LEAD.sub("", re.sub(r"[^\u4e00-\u9fff]", "", pre)))
    ce = len(masked)
    for sep in "，,；;。":
        k = masked.find(sep, q.end, s.end)
        if 0 <= k < ce:
            ce = k
    noun = masked[q.end + 1:min(ce, q.end + 20)] if masked[q.end:q.end + 1] == "的" and not subject else ""
    # 逾八成企业享受到减税政策: the things named right after the share without 的 (only when they open with the whole's
    # head noun itself)
    bare = masked[q.end:min(ce, q.end + 20)] if not noun and not subject and q.chinese else ""
    # 95%以上的案件在法定期限内审结：审结的400件中，按期审结372件: a colon closing the share's clause opens the whole and the
    # part it is computed from; the part is named by words of the share's predicate (在法定期限内 read as 按期)
    colon = -1
    for sep in "：:":
        k = masked.find(sep, q.end, s.end)
        if k >= 0 and (colon < 0 or k < colon):
            colon = k
    claim = masked[q.end:colon] if colon > 0 and not _CLAUSE_BREAK.search(masked, q.end, colon) else ""
    out = []
    for a in pairs:
        w, p = a.whole, a.part
        if measure_of(w) != measure_of(p) and not (measure_of(w) in ("", None) or measure_of(p) in ("", None)):
            continue
        head = re.sub(r"[（(][^）)]*[）)]|[^\u4e00-\u9fff]", "", a.whole_words.split("|")[0])
        head = re.sub(r"^.*?(?:全市|全省|全区|全區|全县|全縣|全镇|全鎮|全国|全國)", "", head)
        pn = re.sub(r"[^\u4e00-\u9fff]", "", a.part_words.split("|")[0])
        # (63所学校中达标的有54所: the words that introduce the part's figure — 的有, 的为 — are not its name)
        pn = _PART_INTRO.sub("", pn) or pn
        if p.start > q.end:
            # (a part still under way or not done is not the part the share counts: 逾九成的村建成…，236个村中有6个正在建设)
            did = _NOT_DONE.search(a.part_words)
            if did and did.group() not in (noun or bare or subject):
                continue
            if claim and w.start > colon and not any(x.start < w.start for x in quantities_in(doc, colon, w.start)) \
                    and _grams(claim) & _grams(pn):
                out.append((p, w))
            elif noun and head and (noun.startswith(head) or head in noun[:len(head) + 4]
                                  or (len(head) >= 3 and noun.startswith(head[-2:]))):
                out.append((p, w))
            elif bare and len(head) >= 2 and (bare.startswith(head) or (len(head) >= 3 and bare.startswith(head[-2:]))):
                out.append((p, w))
            elif len(subject) >= 2 and len(pn) >= 2 and pn in subject:
                out.append((p, w))
            elif len(subject) >= 3 and len(pn) >= 2 and set(pn) <= set(subject) and len(head) >= 2 \
                    and head[-2:] in subject:
                # 网上可办的事项接近一半，1,846项政务服务事项中可网办896项: the part's words are the subject's in another
                # order (可网办 / 网上可办), the subject naming the whole's head noun (事项)
                out.append((p, w))
            elif len(subject) >= 4 and len(head) >= 2 and head[-2:] in subject \
                    and len(_PART_CORE.sub("", pn)) == 2 and _in_order(_PART_CORE.sub("", pn), subject, 6):
                # 达到省定办学标准的学校不足九成，63所学校中达标的有54所: the part's one word abbreviates the subject's
                # predicate (达标 of 达到…标准), the subject naming the whole's head noun (学校)
                out.append((p, w))
        elif p.end <= cs and cs > 0 and masked[cs - 1] in "，," and _BARE_WORDS.fullmatch(pre) \
                and clause_start(doc, masked, cs - 1, max(floor, cs - 80)) <= p.start \
                and not any(c.start > p.end for c in quantities_in(doc, p.end, cs - 1)):
            out.append((p, w))
    return out


#: what may stand between a part and the 占 of its share: growth clauses of the part (，增长24.1%，)
PART_TO_SHARE = lazyre.compile(r"(?:[，,、]\s*(?:同比|比上年)?(?:增长|增長|下降|增加|减少|減少|提高)[\d.]+\s*[%％])*[，,、]\s*")
#: what may stand between the name of a whole and its value elsewhere (规模以上工业总产值2880亿元（现价）)
NAME_TO_VALUE = lazyre.compile(r"\s*(?:共|总计|總計|合计|合計)?(?:完成|实现|實現|达到|達到|达|達|为|為|是|突破|超过|超過)?了?\s*")


_GENERIC_GRAMS = frozenset(("案件", "事项", "事項", "项目", "項目", "企业", "企業", "人员", "人員", "全年", "全部", "工作",
                            "数量", "數量", "总数", "總數", "单位", "單位", "其中", "全市", "全区", "全區", "全县", "全縣"))


def _named_as(masked: str, c: Quantity, floor: int, subject: str) -> bool:
    """Whether the words right before the count ``c`` name ``subject`` itself (其中涉企案件520件, 民生支出256.6亿元),
    not a part of it (数字经济核心产业增加值, 涉企案件中的行政处罚案件, 民生支出中教育支出)."""
    words = re.sub(r"[^\u4e00-\u9fff]", "", context_before(masked, c, floor, 16))
    words = re.sub(r"(?:共计|共計|合计|合計|累计|累計|达到|達到|实现|實現|完成|达|達|为|為|是|共|有|计|計)+$", "", words)
    if len(subject) < 2 or not words.endswith(subject):
        return False
    # (全市共有学校120所，其中公办学校占比75.0%，新建公办学校6所: what was added this year is a flow, not the stock the
    # share is of — unless the subject names the addition itself)
    return not (_NEWLY.search(words[:-len(subject)]) and not _NEWLY.search(subject))


#: a noun saying what a subject is measured in (新能源汽车销量, 参保人数, 贷款金额): the count's unit says it too
_MEASURE_NOUN = lazyre.compile(r"(?:销量|銷量|销售量|銷售量|产量|產量|数量|數量|人数|人數|户数|戶數|家数|家數|个数|個數|件数|件數|金额|金額)$")


#: the units a measure noun is said by (建筑面积 → 412万平方米)
_NOUN_MEASURES = {"面积": ("平方米", "平方公里", "平方千米", "亩", "公顷"), "面積": ("平方米", "平方公里", "平方千米", "亩", "公顷"),
                  "金额": ("元",), "金額": ("元",), "人数": ("人",), "人數": ("人",), "户数": ("户",), "戶數": ("户",),
                  "家数": ("家",), "家數": ("家",)}
_UNIT_NOUN = lazyre.compile("(?:" + "|".join(_NOUN_MEASURES) + ")$")


def _unit_named(masked, after, lo, name, width):
    """The first count of ``after`` named by ``name`` less its measure noun (面积, 金额, 人数…) when its unit says
    that noun (新建建筑1,126万平方米 for 新建建筑面积), else None."""
    m = _UNIT_NOUN.search(name)
    if m is None or len(name) - len(m.group()) < 2:
        return None
    short, units = name[:m.start()], _NOUN_MEASURES[m.group()]
    return next((c for c in after if measure_of(c) in units and short in context_before(masked, c, lo, width)), None)


#: a head noun a part after 其中 may leave out, its unit saying it (线上办理事项 → 其中线上办理43.3万件)
_HEAD_NOUN = lazyre.compile(r"(?:事项|事項|案件|业务|業務|项目|項目|人员|人員|群众|群眾)$")


def _share_pairs_after(doc, masked, counts, q, floor, zhan) -> List[Tuple[Quantity, Quantity]]:
    """民生支出占一般公共预算支出的比重为78.2%，全年民生支出58.6亿元，一般公共预算支出74.9亿元: the part and the
    whole stated after the share, each named as the share names it (the subject before 占, the whole after)."""
    cs = clause_start(doc, masked, zhan, max(floor, zhan - 20))
    subject = re.sub(r"^(?:其中|全年|同时|此外|另外)", "", re.sub(r"[^\u4e00-\u9fff]", "", masked[cs:zhan]))
    base = re.sub(r"^比", "", re.sub(r"的[^的]*$|比例.*$|比重.*$", "", COPULA_END.sub("", masked[zhan + 1:q.start])))
    base = re.sub(r"[^\u4e00-\u9fffA-Za-z]", "", base)
    if len(subject) >= 2 and not base and masked[q.end:q.end + 1] in ("（", "("):
        # 涉企案件占比不足四成（480件），全年受理案件1,000件: the part in the bracket, the whole stated as such after it
        close = masked.find("）" if masked[q.end] == "（" else ")", q.end, q.end + 30)
        inb = [c for c in counts if q.end < c.start and close > 0 and c.end <= close]
        later = [c for c in counts if close > 0 and c.start > close and not is_delta(masked, c)]
        if len(inb) == 1 and later and measure_of(later[0]) == measure_of(inb[0]) and re.search(
                r"(?:共|总|總|合计|合計|累计|累計|全年|全部)[\u4e00-\u9fff]{0,10}$", context_before(masked, later[0], q.end, 16)):
            return [(inb[0], later[0])]
        return []
    if len(subject) >= 2 and not base:
        # 涉企案件约占三分之一，全年受理案件900件，其中涉企案件520件: the share names its subject only; the part is the
        # count after it named by the subject, the whole the count of its measure before that part, opened by 其中 or
        # stated as a total
        subject = re.sub(r"(?:大约|大約|约|約|将近|將近|接近|近|超过|超過|不足|仅|僅|已|均)+$", "", subject)
        subject = re.sub(r"(?<=..)的$", "", subject)       # 按期办结的约占三分之一 … 按期办结200件
        after = [c for c in counts if c.start >= q.end and not is_delta(masked, c)]
        n = None if len(subject) < 2 else next((c for c in after if _named_as(masked, c, q.end, subject)), None)
        short = _MEASURE_NOUN.sub("", subject)
        if n is None and len(short) >= 2 and short != subject:
            # 新能源汽车销量占比突破三成，…，其中新能源汽车1.5万辆: the subject named by its things, the measure noun
            # (销量, 人数, 金额) said by the unit
            n = next((c for c in after if _named_as(masked, c, q.end, short)), None)
        head = _HEAD_NOUN.sub("", subject)
        if n is None and len(head) >= 2 and head != subject:
            # 线上办理事项占比突破八成，全年办理政务服务事项56.2万件，其中线上办理43.3万件: the subject's head noun (事项,
            # 案件, 业务…) said by the unit of a part opened by 其中
            n = next((c for c in after if _named_as(masked, c, q.end, head)
                      and re.search(r"其中" + re.escape(head) + r"[\u4e00-\u9fff]{0,3}$",
                                    re.sub(r"[^\u4e00-\u9fff]", "", context_before(masked, c, q.end, 16)))), None)
        if n is None and len(subject) >= 2 and after and _PART_AFTER.fullmatch(masked, q.end, after[0].num_start):
            # 农民工案件约占三分之一，达812件；全年共办理…1,506件: the part restated right after the share, the whole
            # stated as a total after it
            n = after[0]
            d = next((c for c in after[1:] if measure_of(c) == measure_of(n) and re.search(
                r"(?:共|总|總|合计|合計|累计|累計|全年|全部)[\u4e00-\u9fff]{0,10}$", context_before(masked, c, n.end, 16))), None)
            return [(n, d)] if d is not None else []
        if n is None:
            return []
        for d in reversed([c for c in after if c.end <= n.start and measure_of(c) == measure_of(n)]):
            # 在办结的300件中，按期办结200件: a whole closed by 中 holds the part after it
            if "其中" in masked[d.end:n.start] or re.match(r"\s*(?:[\u4e00-\u9fff]{0,6}?)中[，,：:]?", masked[d.end:n.start]) and \
                    re.search(r"(?:在|从|從)[\u4e00-\u9fff]{0,8}$", masked[max(q.end, d.start - 10):d.num_start]) or re.search(r"(?:共|总|總|合计|合計|累计|累計|全年|全部)[\u4e00-\u9fff]{0,10}$",
                                                           context_before(masked, d, q.end, 16)):
                return [(n, d)]
            break
        return []
    if len(subject) < 2 or len(base) < 2 or SCOPE.search(_GDP.sub("", base)) or _OPEN_BASE.search(base):
        return []             # (国内生产总值 is the report's own total, not a wider scope)
    names = GDP_NAMES if is_gdp(base) else (base,)
    after = [c for c in counts if c.start >= q.end and not is_delta(masked, c)]
    # 全市林地面积占国土面积的近六成，…林地面积N: the scope of the report's own area opens the subject only
    subject = re.sub(r"^全[市省区區县縣州]", "", subject) if len(subject) > 3 else subject
    n = next((c for c in after if subject in context_before(masked, c, q.end, 14)), None)
    # 占国土面积的近六成，国土总面积N: the whole named with 总 (国土总面积 is the 国土面积)
    d = next((c for c in after if any(nm in context_before(masked, c, q.end, 16)
                                      or nm in re.sub(r"[总總]", "", context_before(masked, c, q.end, 16)) for nm in names)), None)
    if n is None or d is None:
        # 装配式建筑面积占新建建筑面积的比例达到35%以上，新开工装配式建筑412万平方米，新建建筑1,126万平方米: the measure noun
        # of both names (面积, 金额, 人数…) said by the counts' unit instead
        n = n or _unit_named(masked, after, q.end, subject, 14)
        d = d or (None if names is GDP_NAMES else _unit_named(masked, after, q.end, base, 16))
        if n is not None and d is not None and (n is d or context_before(masked, d, q.end, 16).endswith(
                context_before(masked, n, q.end, 14))):
            n = d = None
    if n is None and d is not None and after and after[0] is not d and _PART_AFTER.fullmatch(masked, q.end, after[0].num_start):
        n = after[0]          # 林地面积占国土面积的近六成，达380平方公里，国土总面积1000平方公里: the part right after
    if n is None and d is None and after and _PART_AFTER.fullmatch(masked, q.end, after[0].num_start) \
            and not LAGGING.search(subject) and not re.search(r"[由从從]", masked[cs:zhan]):
        # …占地区生产总值的比重为10.9%，达到312.6亿元: the part right after, the whole named earlier in the report
        n = after[0]
        far = _far_whole(doc, masked, cs, base, names, n)
        d = far[0] if far else None
    if n is not None and d is None and names is not GDP_NAMES and not LAGGING.search(subject) \
            and (len(base) >= 4 or len(total_names(base)) > 1) \
            and not _PERIOD_WORDS.search(context_before(masked, n, max(0, n.start - 40), 24)) \
            and not _FAR_PLAN.search(masked, cs, q.start):
        # 民生支出占一般公共预算支出的比重达到78.6%，全年民生支出212.3亿元 … 全年一般公共预算支出270.1亿元 (a later
        # paragraph): the whole named in full anywhere in the report, before or after, with one value for its period
        d = _whole_by_name(doc, masked, base, measure_of(n))
    if n is None or d is None or n is d or measure_of(n) != measure_of(d):
        return []
    if _scopes_differ(masked, cs, q.end, (n, d)):
        return []
    return [(n, d)]


#: the level of government a figure is stated for, narrower than the report's area (市本级, 区本级, 市直)
#: (or a part of the area: 全市绿色建筑面积占…超过七成，中心城区新增绿色建筑556万平方米 — the city's share, the centre's figures)
_LEVEL_SCOPE = lazyre.compile(r"[省市县縣区區]?本[级級]|[省市县縣区區]直|[省市县縣区區]级财政|[省市县縣区區]級財政|"
                              r"中心城[区區]|主城[区區]|县城|縣城|开发区|開發區|高新区|高新區|园区|園區")


def _scopes_differ(masked: str, lo: int, hi: int, operands) -> bool:
    """Whether a share stated in masked[lo:hi] and the part and whole read after it name different levels: 全市民生支出占
    …78.4%；市本级民生支出…，市本级一般公共预算支出… (the share is the city's; the figures the city government's own)."""
    own = {m.group() for m in _LEVEL_SCOPE.finditer(masked, lo, hi)}
    for c in operands:
        clause = masked[max(lo, c.start - 16):c.start]
        cut = max(clause.rfind("，"), clause.rfind("；"), clause.rfind(","), clause.rfind(";"), clause.rfind("。"))
        theirs = {m.group() for m in _LEVEL_SCOPE.finditer(clause[cut + 1:])}
        if theirs != own and (theirs or own):
            return True
    return False


#: a plan or target in the sentence of a share that qualifies a noun (力争90%以上的村…, 到2025年…): no result
#: (要 as the claims layer reads it in a plan: never 要求, 要素, 重要, 主要 — 达到标准化建设要求的超过九成 states a result)
PLAN_AROUND_SHARE = lazyre.compile(r"力争|力爭|争取|爭取|确保|確保|目标|目標|计划|計劃|预计|預計|将|將|"
                                   r"(?<![主重需只必])要(?!求|素|点|點|件|闻|聞)|到20\d\d年")


_TO_VERB = lazyre.compile(r"\s*(?:增加|增长|增長|提高|提升|上升|跃升|躍升|下降|减少|減少|降低|扩大|擴大|缩小|縮小|发展|發展|增|升|降)?(?:到|至)")
LAGGING = lazyre.compile(r"研发|研發|R&D|研究与试验发展|研究與試驗發展|科研经费|科研經費")
_SUBSET_WORDS = lazyre.compile(r"规上|規上|规模以上|規模以上|限上|限额以上|限額以上")


#: the words of a change's end right before its figure: 从/由 A … 提高到/增至 [2025年的] (group y: the end's year)
_CHANGE_END = lazyre.compile(r"(?:从|由|從)[^，,。；;：:]{1,28}?(?:增加|增长|增長|提高|提升|跃升|躍升|上升|扩大|擴大|增|升)?"
                             r"(?:到|至)\s*(?:(?P<y>(?:19|20)\d\d)年(?:的|底|末)?)?\s*$")
#: a name standing for a figure per unit of people, land or households (人均GDP, 地均, 每平方公里…): not a total
_PER_UNIT_NAME = lazyre.compile(r"(?:人均|户均|戶均|地均|每平方公里|每万人|每萬人)[^，,。；;\d]{0,9}$")


#: what stands between a bounded part and the 占 of its share of the GDP (超过2500亿元、占… / 超过800亿元，占…)
BOUND_PART = lazyre.compile(r"\s*[，,、]?\s*")
#: words of several years in a sentence (五年来, 累计, 年均, 2016—2020年): its counts of days may exceed a year's
SEVERAL_YEARS = lazyre.compile(r"[两二三四五六七八九十\d]年|累计|累計|以来|以來|年均|期间|期間|(?:19|20)\d\d\s*[—\-－~至到]\s*(?:19|20)?\d\d")
def _plan_words(masked: str, a: int, b: int) -> bool:
    """Whether words of a plan stand in ``masked[a:b]``; 到2025年 closing a change from an earlier year (从2020年的…
    提高到2025年的…) dates the change's end, it is no plan."""
    for m in _FAR_PLAN.finditer(masked, a, b):
        if m.group().startswith("到") and _CHANGE_VERB_END.search(masked, max(a, m.start() - 4), m.start()) \
                and re.search(r"[从由從][^，,。；;]{0,24}$", masked[max(a, m.start() - 30):m.start()]):
            continue
        return True
    return False


#: a change verb right before 到/至 (提高到, 增加至)
_CHANGE_VERB_END = lazyre.compile(r"(?:增加|增长|增長|提高|提升|跃升|躍升|上升|扩大|擴大|增|升)$")


def _change_end_year(masked: str, q: Quantity, floor: int) -> Optional[str]:
    """For a figure stated as the end of a change in its clause (从2020年的1.03万亿元提高到2025年的1.67万亿元): the
    end's year ('' when none is written); ``None`` when the figure is not such an end."""
    lo = max(floor, q.start - 40)
    cs = max(lo, masked.rfind("，", lo, q.start) + 1, masked.rfind("。", lo, q.start) + 1, masked.rfind("；", lo, q.start) + 1)
    m = _CHANGE_END.search(masked, cs, q.start)
    return None if m is None else (m.group("y") or "")


#: a year opening a sentence and dating what it states (2002年，…)
_OPENING_YEAR = lazyre.compile(r"\s*((?:19|20)\d\d)年[，,]")


def _opening_year(doc, masked: str, q: Quantity) -> Optional[str]:
    """The year the sentence of ``q`` opens with (2002年，全国…投入3366亿元), when no other year stands before ``q``."""
    s_ = doc.sentence_at(q.start)
    if s_ is None:
        return None
    m = _OPENING_YEAR.match(masked, s_.start, q.start)
    if m is None or re.search(r"(?:19|20)\d\d年", masked[m.end():q.start]):
        return None
    return m.group(1)


def _gdp_change_ends(doc, masked) -> List[Tuple[Quantity, str]]:
    """The GDP stated as the end of a change (地区生产总值从2020年的2.83万亿元提高到2025年的3.87万亿元 / GDP由…增至…),
    with the end's year, in document order; one pass over the figures, cached on the document."""
    c = doc.__dict__.get("_lintgov_gdp_change_ends")
    if c is None:
        c = []
        for q in doc.quantities if ("生产总值" in masked or "GDP" in masked) else ():
            if q.is_percent or q.approx not in (None, "≈") or masked[max(0, q.start - 1):q.start] not in "到至的 " \
                    or measure_of(q) != "元":
                continue      # (the end of a change stands right after 到/至 or 2025年的)
            cs = max(0, q.start - 40, masked.rfind("，", max(0, q.start - 40), q.start) + 1,
                     masked.rfind("。", max(0, q.start - 40), q.start) + 1, masked.rfind("；", max(0, q.start - 40), q.start) + 1)
            m = _CHANGE_END.search(masked, cs, q.start)
            if m is None:
                continue
            pre = masked[cs:m.start()]
            s_ = doc.sentence_at(q.start)
            if _GDP.search(pre) and re.search(r"(?:生产总值|生產總值|GDP)(?:总量|總量)?$", pre) and not re.search(
                    r"人均|地均|增加值|占|佔|目标|目標|预期|預期|力争|力爭", pre) \
                    and not (s_ is not None and _plan_words(masked, s_.start, q.start)):
                c.append((q, m.group("y") or ""))   # (到2030年，地区生产总值由…提高到…: a plan, never the year's GDP)
        doc.__dict__["_lintgov_gdp_change_ends"] = c
    return c


#: the copula between a share's name and its value (占比达到25.4%, 占比为, 占比约): not part of the base's name
COPULA_END = lazyre.compile(r"(?:为|為|是|达到|達到|达|達|保持在|保持|稳定在|穩定在|提升至|提高到|提高至|上升到|上升至|升至|"
                             r"高达|高達|约|約|接近|超过|超過|不足|近|在)+了?\s*$")
#: scopes that may be the report's own (a county report's 全县)
def is_own_scope(doc, word: str) -> bool:
    """Whether the area word ``word`` (全区, 全國…) is the report's own (:func:`claims.stocks.own_scope_word`: 全区 in a
    district's report, 全国 and 国家 in the State Council's), in either script."""
    own = own_scope_word(doc)
    word = word.replace("國", "国").replace("區", "区").replace("縣", "县")
    # (国家 in the State Council's report is the country it reports on: 占国家预算收入的, 占国家财政收入的)
    return own is not None and (word == own or (own == "全国" and word == "国家"))


_LOCAL_SCOPE = tuple(w for w in scope_alternation("area", traditional=True).split("|") if w not in ("全国", "全國"))
GDP_NAMES = ("生产总值", "生產總值", "GDP")


def is_gdp(base: str) -> bool:
    """占GDP比重 / 占地区生产总值的 / 占经济总量的: the GDP under any of the names the claims layer knows for it."""
    return bool(_GDP.fullmatch(base)) or "地区生产总值" in total_names(base)


#: patterns of own_words, compiled once (a call of re's module functions looked each one up in
#: re's cache on every call, and compiled it again once other patterns had pushed it out)
_OWN_WORDS_RE1 = lazyre.compile(r"[、和及与與\s]*")


def own_words(doc, masked: str, c: Quantity, floor: int) -> str:
    """The words naming count ``c``: its clause (after the last ，；。：) back to the figure before it, at most 24
    characters; a 、 inside the clause is kept (通过调解、和解方式化解的97件)."""
    f = list_figure(doc, c)
    if f is not None:
        return f.name         # a value of a parallel list is named by its item (claims.lists.list_figure)
    starts = quantity_starts(doc)
    k = bisect.bisect_left(starts, c.start)
    lo = max(floor, c.start - 24, doc.quantities[k - 1].end if k > 0 else 0)
    seg = masked[lo:c.start]
    for sep in "，,；;：:。（(）)":
        seg = seg.rsplit(sep, 1)[-1]
    if _OWN_WORDS_RE1.fullmatch(seg) and k > 0:
        # 分别为86件和312件: a later value of a 分别 list is named by its member (claims.lists.bound_name)
        return bound_name(doc, c) or seg
    return seg


def _names_like(stem: str, keys: Sequence[str], ctx: str) -> bool:
    """A count named like the rate in other words: its own name is the end of the rate's name (调解成功率 over
    成功380件, 按时办结率 over 按时办结), or it holds all but one of the name's characters in another order with one
    of its two-character words (网上可办率 over 可网办1,830项 or 可网上办理1,823项)."""
    own = re.sub(r"^(?:有|其中|共|计|已|均|实际|實際|已经|已經)+", "", ctx.split("|")[0].strip())
    if len(own) >= 2 and len(stem) > len(own) and stem.endswith(own) and not all(ch in _STOP_CHARS for ch in own):
        return True
    content = set(stem) - set("的为為和与與及等其中共计計总總全")
    if len(content) < 4:
        return False
    missing = sum(ch not in ctx for ch in content)
    return missing <= len(content) // 4 and any(_key_in(k, ctx) for k in keys)


def _key_in(key: str, ctx: str) -> bool:
    """A two-character word of a rate's name in the words of a count, also abbreviated (网办率: 网上办理;
    按时办结率: 按时办结): the two characters in order with at most one between."""
    if key in ctx:
        return True
    i = ctx.find(key[0])
    while i >= 0:
        if ctx[i + 2:i + 3] == key[1:2]:
            return True
        i = ctx.find(key[0], i + 1)
    return False


def _after_words(doc, masked: str, c: Quantity) -> str:
    """The words right after count ``c`` (at most 14 characters): up to the next break or the next figure
    (1,080个行政村中1,025个已通5G: the words after 1,080 are 个行政村中, grouped or not)."""
    starts = quantity_starts(doc)
    k = bisect.bisect_left(starts, c.end)
    end = min(c.end + 14, starts[k]) if k < len(starts) else c.end + 14
    return re.split(r"[、，,；;。（(）)：:]", masked[c.end:end], 1)[0]


#: the two sides of a split that leaves nothing out (a rate of one side is over their sum): 城镇/乡村, 男/女, 胜诉/败诉…
_SIDES = tuple((lazyre.compile(x), lazyre.compile(y)) for x, y in (
    (r"城镇|城鎮|城市", r"乡村|鄉村|农村|農村"),
    (r"(?<![男女])男", r"(?<![男女])女"),
    (r"线上|線上|网上|網上", r"线下|線下"),
    (r"(?<!非)公办|(?<!非)公辦", r"民办|民辦"),
    (r"(?<![进進])出口", r"进口|進口"),
    (r"胜诉|勝訴", r"败诉|敗訴"),
    (r"按期|按时|按時|如期", r"超期|逾期|延期"),
    (r"(?<!非)国有|(?<!非)國有", r"非国有|非國有"),
    (r"(?<!非)户籍|(?<!非)戶籍", r"非户籍|非戶籍|外来|外來"),
    (r"境内|境內", r"境外"),
    (r"省内|省內", r"省外"),
    (r"内资|內資", r"外资|外資"),
    (r"(?<!非)全日制", r"非全日制"),
    (r"已(?!经|經)", r"未"),
    (r"(?<!不)合格", r"不合格"),
    (r"(?<![不予])(?:批准逮捕|批捕)", r"不捕|不批捕|不批准逮捕|不予批准逮捕"),
))


def opposite_sides(cn: str, cc: str) -> bool:
    """Whether two counts' words name the two sides of one split (城镇…/乡村…, 男…/女…)."""
    for a, b in _SIDES:
        sn = (bool(a.search(cn)), bool(b.search(cn)))
        if sn in ((True, False), (False, True)) and (bool(a.search(cc)), bool(b.search(cc))) == (sn[1], sn[0]):
            return True
    return False


def split_wholes(masked, counts, numerators, floor, things: bool = False) -> List[Tuple[Quantity, Quantity]]:
    """(numerator, other side) pairs: 城镇人口52.3万人，乡村人口30.1万人 — the same noun (人口) on the two sides
    of a complete split (or the bare side words: 胜诉412件，败诉38件), one of them the rate's numerator, in adjacent
    clauses (also across ；or 。 when no figure stands between)."""
    out = []
    for n in numerators:
        cn = context_before(masked, n, floor, 14)
        for c in counts:
            if c is n or measure_of(c) != measure_of(n) or is_delta(masked, c) or any(c is x for x in numerators) \
                    or c.approx is not None or n.approx is not None:
                continue
            if things and measure_of(n) not in _THING_UNITS:
                continue      # a rate of one side (城镇化率, 败诉率) counts people or cases, never 元 (人均可支配收入)
            lo, hi = sorted((n.end, c.start)) if n.end <= c.start else sorted((c.end, n.start))
            if hi - lo > 16 or re.search(r"[\d%]", masked[lo:hi]) or len(re.findall(r"[，,；;。、]", masked[lo:hi])) > 1:
                continue
            cc = context_before(masked, c, floor, 14)
            for a, b in _SIDES:
                sn = (bool(a.search(cn)), bool(b.search(cn)))
                sc = (bool(a.search(cc)), bool(b.search(cc)))
                if sn not in ((True, False), (False, True)) or sc != (sn[1], sn[0]):
                    continue
                mx = (a if sn[0] else b).search(cn)
                my = (a if sc[0] else b).search(cc)
                rest_n = re.sub(r"(?:为|為|是|有|达|達)$", "", cn[mx.end():])
                rest_c = re.sub(r"(?:为|為|是|有|达|達)$", "", cc[my.end():])
                if (len(rest_n) >= 2 and rest_n[-2:] == rest_c[-2:]) or rest_n == rest_c:
                    out.append((n, c))
                break
    return out


#: patterns of share_split, compiled once (a call of re's module functions looked each one up in
#: re's cache on every call, and compiled it again once other patterns had pushed it out)
_SHARE_SPLIT_RE1 = lazyre.compile(r"^(?:其中|全年|同时|此外|另外|年末|年底)")
_SHARE_SPLIT_RE2 = lazyre.compile(r"[^\u4e00-\u9fff]")
_SHARE_SPLIT_RE3 = lazyre.compile(r"^(?:比|到|了)|的|比重|比例|总额|總額|总数|總數|总量|總量|合计|合計|总|總")


def share_split(doc, masked, counts, q, floor) -> List[Tuple[Quantity, Quantity]]:
    """女性人口51.2万人…，女性人口占比48.8% / 出口1,260亿元，进口740亿元，出口占进出口总额的63%: a share whose subject is
    one side of a complete split stated just before, of a whole named by nothing else (占比, 所占比重) or by words the
    sides share (进出口总额, 在园幼儿总数): (numerator, other side) pairs, the whole being their sum."""
    cs = clause_start(doc, masked, q.start, floor)
    zhan = max(masked.rfind("占", cs, q.start), masked.rfind("佔", cs, q.start))
    if zhan < 0:
        return []
    subject = _SHARE_SPLIT_RE1.sub("", _SHARE_SPLIT_RE2.sub("", masked[cs:zhan]))
    base = _SHARE_SPLIT_RE2.sub("", COPULA_END.sub("", masked[zhan + 1:q.start]))
    base = _SHARE_SPLIT_RE3.sub("", base)
    if len(subject) < 2 or SCOPE.search(base) or _OPEN_BASE.search(base):
        return []
    grams = {subject[i:i + 2] for i in range(len(subject) - 1)}
    if base and not any(base[i:i + 2] in grams for i in range(len(base) - 1)):
        return []             # 女性就业人员占全部职工的30%: a whole the two sides need not make up
    before = [c for c in counts if c.end <= cs and not is_delta(masked, c)]
    scores = [(sum(g in context_before(masked, c, floor, 14) for g in grams), i) for i, c in enumerate(before)]
    if not scores or max(scores)[0] == 0:
        return []
    best = max(scores)[0]
    n = before[max(i for sc, i in scores if sc == best)]
    return split_wholes(masked, before, [n], floor)


#: the rest of a whole after its part, named (其余为网上办理 / 其余均为线上受理 / 其余是简易程序案件)
_REST_NAMED = lazyre.compile(r"[，,]\s*其余(?:的)?(?:均|都|全部)?(?:为|為|是|通过|通過|采取|採取)?(?P<w>[\u4e00-\u9fff“”]{2,10}?)[，,。]")


def rest_pairs(doc, masked, counts, name, floor, q) -> List[Tuple[Quantity, Quantity, bool]]:
    """(part, whole, True) when the rate is of the rest of a whole after its part: 全年办理政务服务事项386.4万件，其中线下窗口
    办理81.2万件，其余为网上办理，网办比例达到79.0% reads (386.4−81.2)/386.4 — the part opened by 其中 right after its whole,
    the rest named by 其余 in the clause after the part's, the rate's name a word of that rest (网办 of 网上办理, its two
    characters in order) and nothing but that clause between the part and the rate."""
    before = [c for c in counts if c.end <= q.start and not is_delta(masked, c)]
    if len(before) < 2:
        return []
    c = before[-1]
    # (全年作出处罚决定1,486件，罚没款2,318万元。其中，适用简易程序的312件: the whole is the count of the part's measure
    # 其中 breaks down, a figure of another measure may stand between them)
    same = [x for x in before[:-1] if measure_of(x) == measure_of(c)]
    if not same:
        return []
    d = same[-1]
    m = _REST_NAMED.match(masked, c.end)
    if m is None or m.end() > q.start or re.search(r"\d", masked[m.end():q.start]) \
            or count_interval(d)[0] <= count_interval(c)[1]:
        return []
    k = masked.rfind("其中", d.end, c.start)
    if k < 0 or not re.fullmatch(r"其中[，,]?\s*[\u4e00-\u9fff“”]{0,16}", masked[k:c.start]) \
            or not re.fullmatch(r"[^；;\n]{0,24}?[，,。]\s*", masked[d.end:k]):
        return []
    raw = rate_stem(name)
    keys = [raw[i:i + 2] for i in range(len(raw) - 1) if not (raw[i] in _STOP_CHARS and raw[i + 1] in _STOP_CHARS)]
    rest = m.group("w")
    if not keys or not any(_key_in(k, rest) or _abbreviates(k, rest) for k in keys):
        return []
    return [(c, d, True)]


#: a rate named by the people (or units) it is of before its action (就业困难人员实现就业率, 困难群众救助覆盖率): its base
#: counts those people
_RATE_SUBJECT = lazyre.compile(r"(?P<who>[\u4e00-\u9fff]{0,2}(?P<head>人员|人口|群众|對象|对象|群体|群體|家庭|学生|學生|患者|毕业生|畢業生|"
                               r"农民工|農民工|老年人|残疾人|殘疾人|儿童|兒童|妇女|婦女|退役军人|退役軍人|劳动力|勞動力))"
                               r"(?:实现|實現|的)?[\u4e00-\u9fff]{1,4}率$")


#: a copula or verb closing a rate's name (就业率为, 入学率达到)
_RATE_COPULA = lazyre.compile(r"(?:为|為|达到|達到|达|達|是|保持在|保持|稳定在|穩定在)$")


def other_population(doc, masked: str, full_name: str, d: Quantity, floor: int) -> bool:
    """Whether a rate named by the people it is of (就业困难人员实现就业率) would be over a count ``d`` that does not name
    them (全年新增城镇就业5.42万人, whose part 城镇就业困难人员就业0.62万人 is): the people's count is its base, not stated."""
    name = _RATE_COPULA.sub("", full_name.strip())     # (高校毕业生总体就业率为: the name before its copula)
    m = _RATE_SUBJECT.search(name)
    if m is None or len(m.group("who")) < 4:
        return False      # (群众满意率, 学生体质达标率: the people named by a bare head are whoever was asked or counted)
    who = m.group("who")[-4:]
    # (帮扶率…，全区在册的320名社区矫正对象中: the people named after the count)
    # (…2.86万人，其中高校毕业生就业1.12万人: people named after 其中 are a part's, never the count's own)
    after = masked[d.end:d.end + 16]
    words = item_words(doc, masked, d, floor, 16)
    if who in words or who in after.split("其中", 1)[0]:
        return False
    if who in after:
        # (…2.86万人，其中高校毕业生就业1.12万人: people named after the count's 其中 are a part's — the count is their
        # base only when it names people of their kind: 年末总人口…，其中城镇常住人口…，常住人口城镇化率)
        return m.group("head") not in words
    return True


#: a deed and its object's head in one word (破案, 结案, 立案, 发案): a kind of the object named before it in a rate's
#: name (命案破案率, 民事案件结案率) narrows the cases the rate is of — never such a deed itself (当年立案破案率)
_CASE_DEED = lazyre.compile(r"(?:立|结|結|发|發|报|報|破|办|辦|接|受|审|審|销|銷)案$")


def narrower_kind(doc, masked: str, name: str, n: Quantity, d: Quantity, floor: int) -> bool:
    """Whether a rate names a kind of the object of its deed (命案 of 命案破案率: the deed 破案, its object's head 案)
    that neither its numerator ``n`` nor its base ``d`` names (破案5,126起 over 立刑事案件8,462起: all the cases, the
    homicides among them not stated) — the counts are of the wider whole, the rate of a part of it the text does not
    give.  The kind's word is the two characters closing the name's words before the deed, ending with the object's
    head (现案, 命案; 刑事案件, all four), never a deed on the object (立案 of 当年立案破案率, the base it names)."""
    words = re.sub(r"[^\u4e00-\u9fff]", "", name)
    k = words.rfind("率")      # (the words up to the rate's own: 命案破案率连续五年保持)
    if k < 0:
        return False
    raw = rate_stem(words[:k + 1])
    if len(raw) < 4:
        return False
    deed, lead = raw[-2:], raw[:-2]
    head = deed[-1]
    # (命案, 现案: the two characters closing the words; 刑事案件, 商事案件: the four, 民事案件 another kind)
    m = re.search(r"[\u4e00-\u9fff]{2}" + re.escape(head) + r"件$|[\u4e00-\u9fff]" + re.escape(head) + r"$", lead)
    if m is None or _CASE_DEED.search(m.group(0)) or m.group(0)[0] in _STOP_CHARS \
            or set(m.group(0)[:-2 if m.group(0).endswith("件") else -1]) <= _STOP_CHARS:
        return False
    kind = m.group(0)
    return not any(kind in item_words(doc, masked, c, floor, 16) or kind in own_words(doc, masked, c, floor)
                   for c in (n, d))


#: a deed negated in a count's words (未建党组织, 尚未通, 没有完成): its first two characters after the negation
_NEGATED_DEED = lazyre.compile(r"(?:尚未|仍未|未|没有|沒有)(?!来|來|成年)([\u4e00-\u9fff]{2})")


#: words before a count making it last year's or carried over (上年未办结的41件, 结转的): no outcome of the year's rate
_CARRIED_COUNT = lazyre.compile(r"上年|去年|上一年|往年|以前年度|历年|结转|遗留")
#: a bracket opening with 含/包括 right before the count: it is included in the figure before the bracket
_INCLUDED_OPEN = lazyre.compile(r"[（(](?:其中)?(?:含|包括|包含)[^）)]*$")


def complement_pairs(doc, masked, counts, name, floor, q) -> List[Tuple[Quantity, Quantity, bool]]:
    """(other-outcome count, whole, complete) triples: 收到申请412件，不予受理37件，受理率91.0% reads (412−37)/412; 审结
    312件，胜诉290件，败诉率7.1% reads at most (312−290)/312 — the count names the negation of the rate's outcome or
    the opposite outcome (:func:`lintgov.claims.classes.opposite_outcome`: 胜诉 for 败诉率, 维持 for 纠错率, 超期 for
    按期办结率, 不予公开 for 公开率), before the rate or after it in its sentence (…，公开率87.5%，不予公开128件);
    ``complete`` when the two outcomes are all there are (the numerator is then the whole less the count, else at most
    that).  The whole is the nearest count of the same measure before the other-outcome count that is not itself
    named like the rate (受理468件 for 受理率; not 政府信息公开申请: a request for it) nor by the other outcome."""
    raw = rate_stem(name)
    keys = [raw[i:i + 2] for i in range(len(raw) - 1) if not (raw[i] in _STOP_CHARS and raw[i + 1] in _STOP_CHARS)]
    if not keys or q.value > 100:
        return []
    neg = re.compile(_NEGATION + "(?:" + "|".join(map(re.escape, keys)) + ")")
    # 政府信息公开申请 / 依申请公开: requests for the outcome (the kind of request), not the outcome
    own_req = re.compile("(?:依申请|依申請)(?:" + "|".join(map(re.escape, keys)) + ")|(?:"
                         + "|".join(map(re.escape, keys)) + ")(?:申请|申請)")
    # the rate's words with their qualifier (按期办结率: the name read is 办结率, 按期 a qualifier)
    rate_words = re.sub(r"[^\u4e00-\u9fff]", "", masked[clause_start(doc, masked, q.start, floor):q.start])
    own_name = rate_stem(rate_words) if rate_stem(rate_words).endswith(raw) else raw
    s_ = doc.sentence_at(q.start)
    s_end = s_.end if s_ is not None else q.end
    # 受理率为95.5%。全年收到…1,100件，…不予受理的49件: a rate with no count before it in its sentence, its counts (read
    # by the caller) in the next sentence
    ahead = s_ is not None and not any(s_.start <= c.start < q.start for c in counts)
    if ahead:
        s_end = max([c.end for c in counts] + [s_end])
    # the negation after the count (83项任务仅有5项未完成; 12个村未通天然气): the rate's word, its characters in order
    neg_after = re.compile(r"(?:尚|仍|还|還|均|都)?(?!未来|未來)" + _NEGATION + "[\u4e00-\u9fff]{0,4}?(?:"
                           + "|".join(re.escape(k[0]) + "[\u4e00-\u9fff]{0,3}?" + re.escape(k[1:]) for k in keys if len(k) == 2)
                           + ")") if any(len(k) == 2 for k in keys) else None
    # a coverage rate named by its own word only (全市共有行政村300个，尚有30个未通光纤，覆盖率90%): a count of what has not
    # reached it is its rest, whatever verb the negation has (never 自来水普及率 and 30个村未通自来水: a rate named by
    # what it covers may be of the people, not of the villages counted)
    own_cover = _COVERAGE.search(name) is not None and not _COVERAGE_NAME.sub("", re.sub(
        r"[^\u4e00-\u9fffA-Za-z0-9]", "", doc.text[clause_start(doc, masked, q.start, floor):q.start]))
    out = []
    for i, c in enumerate(counts):
        if c.start > s_end or is_delta(masked, c):
            continue
        cctx = context_before(masked, c, floor, 10)
        if _CARRIED_COUNT.search(re.split(r"[，,；;：:。（(]", cctx)[-1]) or _INCLUDED_OPEN.search(cctx):
            continue      # 办结1,952件（含上年未办结的41件）: last year's cases carried over, counted in another figure
        full = _opposite_outcome(own_name, cctx)
        opposite = full is not None
        after_neg = False
        if not opposite:
            m_neg = neg.search(cctx) if c.start <= q.start or ahead else None
            if m_neg is None and neg_after is not None and (c.end <= q.start or ahead):
                # the words right after the count open with the negation (5项未完成, 12个未通天然气, 72处尚未整改到位)
                m_neg = neg_after.match(_after_words(doc, masked, c))
                after_neg = m_neg is not None
            if m_neg is None and own_cover and (c.end <= q.start or ahead) and _unreached(doc, masked, c):
                # its whole is the one count of its measure stated as the total (共有/总/全部) before it in its sentence
                s_c = doc.sentence_at(c.start)
                lo_c = s_c.start if s_c is not None else floor
                wh = [d for d in counts[:i] if d.start >= lo_c and measure_of(d) == measure_of(c)
                      and not is_delta(masked, d) and _TOTAL_BEFORE.search(
                          re.split(r"[，,；;。：:]", masked[max(lo_c, d.start - 16):d.start])[-1])]
                # and no other count of its measure there (已有250个通5G，尚有30个未通光纤，覆盖率83.3%: of which?)
                hi_c = max(s_c.end if s_c is not None else c.end, q.start)
                if len(wh) == 1 and count_interval(wh[0])[0] > count_interval(c)[1] and not any(
                        lo_c <= x.start < hi_c and measure_of(x) == measure_of(c) and x is not c and x is not wh[0]
                        for x in counts):
                    out.append((c, wh[0], True))
                continue
            if m_neg is None:
                continue
            # 未办结 is all that is not 办结; 不予受理 is one decision beside others (转送, 告知): the numerator is then
            # at most the whole less the count
            full = not re.search(r"不予|未予", m_neg.group())
        wholes: List[Tuple[Quantity, Quantity, bool]] = []
        for j in range(i - 1, -1, -1):
            d = counts[j]
            if measure_of(d) != measure_of(c) or is_delta(masked, d) or (d.start > q.start and not ahead):
                continue
            ctx = context_before(masked, d, floor, 14)
            # 83项年度重点任务仅有5项未完成: a count of things right before the count of those of them not done, in
            # one clause or the next (no figure of its measure between), is their whole whatever names it
            things = after_neg and not re.search(r"[。；;]", masked[d.end:c.start]) and c.start - d.end <= 20 \
                and all(measure_of(x) != measure_of(c) for x in counts[j + 1:i])
            if not things and (_names_own_outcome(own_name, own_req.sub("", ctx))
                               or not (denominator_fits(name, ctx) or (opposite and subset_whole(name, rate_words, ctx)))
                               or (not opposite and any(k in own_req.sub("", ctx) for k in keys))):
                continue      # (按期办结率 over 办结1,250件: the whole is named by the rate's action less its outcome)
            if opposite and OTHER_PERIOD.search(FROM_VALUE.sub("", masked[min(d.start, q.start):max(c.end, q.end)])):
                break         # 2023年审结300件，维持260件；2024年纠错率…: counts of another period than the rate's
            if count_interval(d)[0] > count_interval(c)[1]:
                wholes.append((c, d, full))
                if len(wholes) < 3 and re.match(r"[，,]\s*其中", masked[d.end:d.end + 4]) is None \
                        and re.search(r"其中", masked[max(floor, d.start - 8):d.start]):
                    continue  # 抽检2,000批次，其中农产品800批次，不合格12批次: the whole before the 其中 part is a reading too
            break
        out.extend(reversed(wholes))      # (the nearest whole last: the one a finding shows)
    return out


def part_and_rest(doc, masked, counts, numerators, name, q) -> List[Tuple[Quantity, Quantity]]:
    """(numerator, rest) pairs: 农村饮水工程覆盖18.6万户，覆盖率93.0%，尚有1.4万户未覆盖 — the rest is a count of the
    numerator's measure in the rate's sentence followed at once by the negation of the rate's own word (未覆盖, 尚未完成,
    没有办结: the count and its negation, no noun between — 尚有3万名重点人群未签约 names a subgroup and is not read),
    never by 不予 (one decision among others); the whole is then the numerator plus the rest.  The numerator is a
    count named like the rate (``numerators``) that is exact, no change, and stands in the same sentence."""
    raw = rate_stem(name)
    keys = [raw[i:i + 2] for i in range(len(raw) - 1) if not (raw[i] in _STOP_CHARS and raw[i + 1] in _STOP_CHARS)]
    keys = [k for k in keys if len(k) == 2]
    if not keys or not numerators or q.value > 100:
        return []
    s_ = doc.sentence_at(q.start)
    if s_ is None:
        return []
    neg_after = re.compile(r"(?:尚|仍|还|還|均|都)?(?:未|没有|沒有)(?:能|予以)?(?:"
                           + "|".join(re.escape(k) for k in keys) + ")")
    out = []
    for c in counts:
        if not (s_.start <= c.start < s_.end) or c.approx is not None or is_delta(masked, c) \
                or any(c is n for n in numerators) or neg_after.match(_after_words(doc, masked, c)) is None:
            continue
        for n in numerators:
            if measure_of(n) == measure_of(c) and n.approx is None and s_.start <= n.start < s_.end \
                    and not is_delta(masked, n) and neg_after.match(_after_words(doc, masked, n)) is None:
                out.append((n, c))
    return out




#: the value a rate or share moved from, with its period (由上年的2.1%, 从2020年的12%): that period is not the rate's
_FROM = r"(?:由|从|從)(?:上年的?|去年的?|[\d一二三四五六七八九〇零]{4}年(?:末|底)?的?)?\d+(?:\.\d+)?\s*[%％]"
FROM_VALUE = lazyre.compile(_FROM)
#: the part's own value compared with an earlier year's (，是2012年的1.5倍 / ，比2012年增长52%): that year dates the
#: comparison's base, not the period of the part or of a share after it
EARLIER_COMPARISON = lazyre.compile(r"[，,](?:是|为|為|相当于|相當於)(?:19|20)\d{2}年(?:末|底)?的\d+(?:\.\d+)?倍"
                                    r"|[，,](?:比|较|較)(?:19|20)\d{2}年(?:末|底)?(?:增长|增長|增加|提高|下降|减少|減少)\d+(?:\.\d+)?\s*[%％倍]")
#: the value a share changed from, before the value it changed to (由上年的18.2%提高到 / 从2020年的12%上升至)
_FROM_SHARE = lazyre.compile(_FROM + r"(?:提高|提升|上升|下降|降低|增加|增长|增長|减少|減少|升|降)(?:到|至|为|為)$")


#: the words between a whole and 占 that close 在…中 (在一审判决的204件中占 / 在全年审结的412件案件中占比 / 在一般公共预算收入
#: 128.9亿元中的占比; 在规模以上工业总产值（4,215亿元）中的占比: the whole in brackets after its name): the whole's head noun,
#: 中, then 的 or 所
_IN_CLOSE = lazyre.compile(r"[）)]?[\u4e00-\u9fff“”]{0,8}?(?:中|之中|当中|當中)(?:的|所)?")
#: a subject pointing back to the list before it (上述三个领域检查次数 / 以上两类案件)
_LIST_POINTER = lazyre.compile(r"^(?:上述|以上|前述|这|這)(?:[两二三四五六七八九]|\d)(?:个|個|类|類|项|項|家|所)")


def _whole_inside_zai(doc, masked, before: List[Quantity], zhan: int, floor: int) -> Optional[Tuple[Quantity, Quantity]]:
    """(part, whole) of a share whose whole stands inside 在…中 right before 占 (行政机关败诉的有17件，在一审判决的204件中占
    8.3% / 税收收入96.4亿元，在一般公共预算收入128.9亿元中的占比达到74.8%): the whole is the figure inside, the part the last
    figure of its measure before 在, in 在's clause or the clause before; a subject pointing back to a list (上述三个领域…在
    全区5,208次…中占到66.0%) makes the part the sum of the list's two to four figures joined by 、.  ``None`` otherwise."""
    w = before[-1]
    if not _IN_CLOSE.fullmatch(masked, w.end, zhan):
        return None
    cs = clause_start(doc, masked, w.start, floor)
    k = masked.rfind("在", cs, w.start)
    if k < 0 or re.search(r"\d", masked[k:w.start].replace(GROUP, "")) or quantities_in(doc, k, w.start):
        return None
    parts = [c for c in before[:-1] if c.end <= k and measure_of(c) == measure_of(w)]
    if not parts:
        return None
    n = parts[-1]
    gap = masked[n.end:k]
    if len(re.findall(r"[，,]", gap)) > 1 or re.search(r"[。；;：:]", gap) or len(gap) > 24:
        return None
    if _LIST_POINTER.match(re.sub(r"^[，,]\s*", "", gap)):
        run = [n]
        for c in reversed(parts[:-1]):
            if not re.fullmatch(r"[、和及与與][\u4e00-\u9fff“”]{0,12}", masked[c.end:run[0].start]) or len(run) == 4:
                break
            run.insert(0, c)
        if len(run) < 2:
            return None
        n = shown_sum(doc, run)
    if count_interval(n)[0] > count_interval(w)[1]:
        return None
    return n, w


#: the words that state a figure as a whole: the scope's, the year's, a total
_WHOLE_MARK = lazyre.compile(r"全市|全区|全區|全县|全縣|全省|全镇|全鎮|全年|共有|共计|共計|合计|合計|累计|累計|全部|总|總|共")


#: a sentence opening by naming the whole its parts are among (在预算收入中，…)
_AMONG_OPENING = lazyre.compile(r"[\s\u3000]*在(?P<w>[\u4e00-\u9fff]{2,12}?)中[，,]")
#: a sentence opening with its year (1956年…, 一九五六年…, 2023年，…) — never a span or a comparison from that year
_YEAR_OPENING = lazyre.compile(r"[\s\u3000]*(?:在)?(?:(?:19|20)\d{2}|[一二][九〇零○][〇零○一二三四五六七八九]{2})年"
                               r"(?![以来來末底初]|[与與比较較同至到—\-－~～])[，,]?")
#: what may follow a whole to the end of its sentence: nothing, or its own changes (，比上年增长8%, ，增长百分之八)
_CHANGE_TAIL = lazyre.compile(r"(?:[，,]\s*(?:同比|比上年|比去年|较上年|較上年)?(?:增长|增長|下降|增加|减少|減少)了?"
                              r"[^，,。；;]{1,12})*[。；;]?\s*")


def _whole_line_before(doc, masked, n: Quantity, s, floor: int) -> Optional[Quantity]:
    """全市常住人口1,268.6万人。60岁及以上老年人口270.2万人，占比21.3%: the whole of a bare 占比 stated alone in the sentence
    right before the part's (same paragraph, inside the share's window): that sentence's one figure of the part's
    measure, exact, no percentage or other period beside it, named with the part's head noun (人口 / 人口, 案件 / 案件)
    or a word of its own the part's name shares; the part the first figure of its own sentence."""
    si = doc.sentence_index(n.start)
    if si <= 0 or doc.sentences[si - 1].paragraph != s.paragraph or doc.sentences[si - 1].start < floor:
        return None
    prev = doc.sentences[si - 1]
    if any(c.end <= n.start and measure_of(c) == measure_of(n) for c in quantities_in(doc, s.start, n.start)):
        return None
    qs = quantities_in(doc, prev.start, prev.end)
    same = [c for c in qs if measure_of(c) == measure_of(n) and not c.is_percent]
    # 1956年预算收入为287亿元，增长8%。在预算收入中，各种税收为140亿元，占48.8%: the part's sentence opens by naming the
    # whole (在…中，) and the sentence before states it (its own change after it), framed by the year it opens with — the
    # part's sentence, naming no period of its own, is of that year
    among_open = _AMONG_OPENING.match(masked, s.start)
    year = _YEAR_OPENING.match(masked, prev.start) if among_open is not None else None
    if year is not None and len(same) == 1 and not same[0].approx and not is_delta(masked, same[0]) \
            and not OTHER_PERIOD.search(masked, s.start, n.start) \
            and not OTHER_PERIOD.search(masked, year.end(), same[0].start) \
            and _CHANGE_TAIL.fullmatch(masked, same[0].end, prev.end) \
            and not GOAL.search(masked, prev.start, prev.end) \
            and count_interval(same[0])[1] >= count_interval(n)[0]:
        words = re.sub(r"[^\u4e00-\u9fff]", "", masked[year.end():same[0].start])
        name = among_open.group("w")
        # (the whole named by the frame's words, the only count of its measure in its sentence)
        return same[0] if len(name) >= 2 and name in words else None
    if len(same) != 1 or any(c.is_percent for c in qs) or same[0].approx or is_delta(masked, same[0]) \
            or OTHER_PERIOD.search(masked, prev.start, prev.end) or GOAL.search(masked, prev.start, prev.end) \
            or count_interval(same[0])[1] < count_interval(n)[0]:
        return None
    wn = re.sub(r"[^\u4e00-\u9fff]", "", context_before(masked, same[0], prev.start, 16))
    pn = re.sub(r"[^\u4e00-\u9fff]", "", context_before(masked, n, s.start, 16))
    if len(wn) < 2 or len(pn) < 2 or not _WHOLE_MARK.search(wn):
        return None       # (文化产业增加值456.9亿元 is a sibling, not a whole: a whole is stated as the scope's or a total)
    own = {pn[i:i + 2] for i in range(len(pn) - 1)} - _GENERIC_GRAMS
    if wn[-2:] == pn[-2:] or any(wn[i:i + 2] in own for i in range(len(wn) - 1)):
        return same[0]
    return None


#: patterns of share_pairs, compiled once (a call of re's module functions looked each one up in
#: re's cache on every call, and compiled it again once other patterns had pushed it out)
_SHARE_PAIRS_RE1 = lazyre.compile(r"([\u4e00-\u9fff]{2,8})中[\u4e00-\u9fff]*$")
_SHARE_PAIRS_RE2 = lazyre.compile(r"^(?:到|了)")
_SHARE_PAIRS_RE3 = lazyre.compile(r"^比")
_SHARE_PAIRS_RE4 = lazyre.compile(r"[^\u4e00-\u9fffA-Za-z]")
_SHARE_PAIRS_RE5 = lazyre.compile(r"\s*[）)]?\s*(?:[\u4e00-\u9fff“”]{1,8})?的")
_SHARE_PAIRS_RE6 = lazyre.compile(r"^(?:其中|全年|同时|此外|另外|所)")
_SHARE_PAIRS_RE7 = lazyre.compile(r"\s*[（(]\s*")
_SHARE_PAIRS_RE8 = lazyre.compile(r"^\s*(?:这一|這一|这个|這個|该|該|此|上述)")
_SHARE_PAIRS_RE9 = lazyre.compile(r"的[^的]*$|比例.*$|比重.*$")
_SHARE_PAIRS_RE10 = lazyre.compile(r"[^，,；;。]{0,4}[，,]?\s*(?:占|佔)")
#: 占 and the scope of a whole written inside 占…的 (占全国1786个县的, 占全省现有102个县的, 占全市职工总数270多万人的): the
#: whole is stated, whatever its scope and name
_SHARE_PAIRS_RE11 = lazyre.compile(r"(?:占|佔)(?:全国|全國|全省|全市|全区|全區|全县|全縣|全镇|全鎮|全街道)?(?:现有|現有|共有|已有)?"
                                   r"[\u4e00-\u9fff“”]{0,12}[（(]?")
def _part_reaches_zhan(gap: str) -> bool:
    """The words between a part and the 占 of its share: the part's own noun and predicate, at most one clause break
    (已有143个乡镇建成公共法律服务工作站，占…), never another sentence or clause after ；."""
    return len(gap) <= 12 or (len(gap) <= 24 and gap.count("，") + gap.count(",") <= 1
                              and not re.search(r"[；;。：:]", gap))


#: a bracket after the part (（包括相当于县的旗、市，下同）): a remark, not words between the part and its share
_REMARK_BRACKET = lazyre.compile(r"[（(][^（）()]{0,40}[）)]")
_SHARE_PAIRS_RE12 = lazyre.compile(r"[。]")
_SHARE_PAIRS_RE13 = lazyre.compile(r"\s*(?:这一|這一|这个|這個|该|該|此|上述)?(?:比例|比重)")
_SHARE_PAIRS_RE14 = lazyre.compile(r"其中")
_SHARE_PAIRS_RE15 = lazyre.compile(r"(?:共|总|總|合计|合計|累计|累計|全年|全部)[\u4e00-\u9fff]{0,10}$")
_SHARE_PAIRS_RE16 = lazyre.compile(r"[\u4e00-\u9fff“”]{0,12}?(?:中|当中|之中)[，,]")
_SHARE_PAIRS_RE17 = lazyre.compile(r"共|总|總|合计|合計|累计|累計|全年|全部")
_SHARE_PAIRS_RE18 = lazyre.compile(r"[从由從]")
_SHARE_PAIRS_RE19 = lazyre.compile(r"(?:共|总|總|合计|合計|累计|累計|全年|全部)[\u4e00-\u9fff]{0,12}$")
_SHARE_PAIRS_RE20 = lazyre.compile(r"共|总|總|合计|合計|全年|全部|累计|累計")


#: a share whose whole is named by 在…中 instead of 占 (在税费总收入中的比重为, 在全部受理案件中的占比达, 在全省中所占比例为):
#: 在, the whole's name (no figure, no clause break), 中, then the share's noun and its copula up to the figure
_IN_FRAME_SHARE = lazyre.compile(r"在(?P<base>[^，,；;。：:！？!?%％]{2,24}?)(?:之中|当中|當中|中)(?:的|所占的?|所佔的?)?"
                                 r"(?P<noun>比重|比例|占比|佔比|份额|份額)(?:为|為|是|达到|達到|达|達|已达|已達|提高到|提高至|上升到|上升至|升至)?"
                                 r"(?:了)?$")


#: a share's subject that sums the items before it (示范家庭农场合计, 两者共计, 上述三类)
_SUM_SUBJECT = lazyre.compile(r"合计|合計|共计|共計|总计|總計|累计|累計|两者|兩者|二者|三者|两类|兩類|三类|三類|两项|兩項|三项|三項")


def share_pairs(doc, masked, counts, q, floor) -> List[Tuple[Quantity, Quantity]]:
    """(numerator, denominator) pairs a share statement is plainly about.

    The numerator is the last count before 占 in the same clause, or in the clause before when
    占 opens its clause (其中A类300件，占25%).  The denominator must be named: either 占…的 names
    the base (占审结案件总数的) and a count before shares a two-character word with that name, or
    the base is unnamed and the denominator is stated as a total (共/总/合计/累计…) or the
    numerator is introduced by 其中 after it."""
    zhan = max(masked.rfind("占", floor, q.start), masked.rfind("佔", floor, q.start))
    if (zhan < 0 or zhan < clause_start(doc, masked, q.start, floor)) and (
            is_words_share(masked, q) or (q.approx and not q.chinese
                                          and (not masked[clause_start(doc, masked, q.start, floor):q.start].strip()
                                               or _SUBJECT_OF.fullmatch(masked, clause_start(doc, masked, q.start, floor),
                                                                        q.start)))):
        # (其中按期办结8.3万件，近97%: a bounded share in digits making a clause of its own reads like one in words)
        return cheng_pairs(doc, masked, q, floor)
    in_base = None
    cs0 = clause_start(doc, masked, q.start, max(floor, q.start - 40))
    if zhan < cs0 or zhan > masked.rfind("在", cs0, q.start) >= 0:
        # 社保费收入在税费总收入中的比重为19.4% / 在全部案件中所占的比例为: the whole named inside 在…中 before the share's
        # noun stands where 占…的 would (占税费总收入的比重); a figure inside the frame (在一般公共预算收入（52.0亿元）中的比重)
        # is that whole (_whole_inside_zai, 占 read at the share's noun)
        fm = _IN_FRAME_SHARE.search(masked, cs0, q.start)
        if fm is not None and fm.end() == q.start:
            if re.search(r"\d", fm.group("base")) or quantities_in(doc, fm.start("base"), fm.end("base")):
                # (a figure in the frame, in digits or in Chinese numerals: 在全年审结的四百一十二件案件中占比)
                k = max(masked.rfind("占", fm.end("base"), fm.end()), masked.rfind("佔", fm.end("base"), fm.end()))
                zhan = k if k >= 0 else fm.start("noun")
            else:
                zhan, in_base = fm.start(), fm.group("base")
    if zhan < 0:
        # 涉企案件有36件，比例为25.4%: a bare 比例 opening its clause stands where 占 would
        cs0 = clause_start(doc, masked, q.start, max(floor, q.start - 12))
        # (这一比例为14.5% / 该比重达…: a demonstrative pointing back to the part just stated)
        if not _SHARE_PAIRS_RE13.match(masked[cs0:q.start]) \
                and not (q.chinese and not masked[cs0:q.start].strip()):
            return []
        zhan = cs0 - 1
        bare = True
    else:
        bare = False
    before = [c for c in counts if c.end <= zhan and not is_delta(masked, c)]
    if not before:
        return _share_pairs_after(doc, masked, counts, q, floor, zhan)
    inside = _whole_inside_zai(doc, masked, before, zhan, floor)
    if inside is not None:
        return [inside]
    part_after = _part_after_share(doc, masked, counts, q, floor, zhan, before)
    if part_after is not None:
        return part_after
    n = before[-1]
    # 办结1,054件，占受理总数1,064件的99.1%: the whole written inside 占…的
    inner = [c for c in counts if c.start > zhan and c.end <= q.start and measure_of(c) == measure_of(n)]
    if len(inner) == 1 and (not SCOPE.search(masked[zhan:inner[0].start]) or _SHARE_PAIRS_RE11.fullmatch(masked[zhan:inner[0].start].strip())) and \
            _SHARE_PAIRS_RE5.match(masked[inner[0].end:q.start]) and _part_reaches_zhan(_REMARK_BRACKET.sub("", masked[n.end:zhan])):
        # (占全县1,420个行政村的92.1%: the whole stated with its scope and its name inside 占…的)
        return [(n, inner[0])]
    # 税收占比为62.2%: the share names its own subject; the numerator is the count that subject names
    cs = clause_start(doc, masked, zhan, max(floor, zhan - 20))
    subject = "" if bare else _SHARE_PAIRS_RE6.sub("", _SHARE_SPLIT_RE2.sub("", masked[cs:zhan]))
    if n.end > cs and _SHARE_PAIRS_RE7.fullmatch(masked[n.end:zhan]):
        subject = ""          # 涉企案件36件（占25.4%）: the share in a bracket right after its count names no subject of its own
    if len(subject) >= 2 and n.end <= cs and not _OPEN_BASE.search(masked[zhan:q.start]) and not any(
            subject in _SHARE_SPLIT_RE2.sub("", item_words(doc, masked, c, floor, 16)) for c in before):
        # 一般公共预算支出320亿元，民生支出占比达到80.2%，民生支出256.6亿元: the subject's count after the share, the
        # whole before it stated for the year or as a total
        named = next((c for c in counts if c.start >= q.end and not is_delta(masked, c)
                      and _named_as(masked, c, q.end, subject)), None)
        if named is not None:
            whole = next((c for c in reversed(before) if measure_of(c) == measure_of(named) and _SHARE_PAIRS_RE19.search(item_words(doc, masked, c, floor, 16))), None)
            if whole is not None and not SCOPE.search(masked[zhan:q.start]):
                return [(named, whole)]
    summed = None
    if len(subject) >= 2 and n.end <= cs and _SUM_SUBJECT.search(subject):
        # 省级示范家庭农场46家，市级示范家庭农场138家。示范家庭农场合计占…: the part is the sum of the items the subject's
        # words name (two or more, the last counts before the share, no other count so named) — never one of them
        core = _SUM_SUBJECT.sub("", subject)
        named = [c for c in before if len(core) >= 2 and core in item_words(doc, masked, c, floor, 16)]
        k = len(before)
        while k > 0 and any(before[k - 1] is c for c in named):
            k -= 1
        summed = before[k:]
        if len(summed) < 2 or len(summed) != len(named) or len({measure_of(c) for c in summed}) != 1:
            return []
        n = shown_sum(doc, summed)
    if summed is None and len(subject) >= 2 and n.end <= cs:
        grams = {subject[i:i + 2] for i in range(len(subject) - 1)}
        # the count named most like the subject (公办学校占比 is 公办学校72所, not 民办学校14所 which shares 学校), never one
        # named by its negation (党员律师占比 is not 非党员律师64人, 税收收入占比 not 非税收入: the rest of the whole)
        neg = None if subject[:1] in "非不未" else re.compile("(?:非|不|未)" + re.escape(subject[:2]))
        # (集访 of 集体来访, 社保 of 社会保险: the subject's first word may abbreviate the part's name)
        first = subject[:2]

        def has(g, words):
            return g in words or (g == first and _in_order(g, words, gap=2))
        scores = [(0 if neg is not None and neg.search(item_words(doc, masked, c, floor, 12)) else
                   sum(has(g, item_words(doc, masked, c, floor, 12)) for g in grams), i) for i, c in enumerate(before)]
        best = max(scores)[0] if scores else 0
        if best == 0:
            return []
        n = before[max(i for sc, i in scores if sc == best)]
        if len(subject) >= 4 and not any(has(g, item_words(doc, masked, n, floor, 12)) for g in grams - {subject[-2:]}):
            # 民生支出148.8亿元，其中教育支出占…的20%: a subject sharing only its head word (支出, 案件, 增加值) with the count
            # names another thing; its own words (教育) name the part, and no count here is named by them
            return []
    between = masked[n.end:zhan]
    # (涉企226件、涉农84件、其他110件。涉企案件占53.8%: a share opening its sentence with the subject that names its part
    # in the sentence before — the share's window holds that sentence only)
    named_before = len(subject) >= 2 and n.end <= cs and masked.count("。", n.end, zhan) == 1 \
        and masked.rfind("。", n.end, zhan) + 1 == cs and subject[:2] not in _GENERIC_GRAMS \
        and (subject[:2] in item_words(doc, masked, n, floor, 12)
             # (社保费收入 after 社会保险费收入42.4亿元: the subject's first word abbreviating the part's)
             or _in_order(subject[:2], item_words(doc, masked, n, floor, 12), gap=2))
    # (涉农案件 is not 涉企案件, 金融业增加值 is not 文化产业增加值: the subject's first word, its own, names the part)
    if (_SHARE_PAIRS_RE12.search(between) and not named_before) or len(between) > 40 or (n.end > cs and len(between) > 12):
        return []
    if _SHARE_PAIRS_RE14.search(between) and not subject:
        return []                 # 民生支出148.8亿元，其中教育支出增长8.2%，占…: the clause after the count turned to a part of it
        # (其中 opening a subject with no level of its own); the share is that part's, whose level is not stated
    if _TO_VERB.match(masked, n.end):
        return []                 # 从1236亿元增加到超过2300亿元: the value before the change is not the part
    n_ctx = item_words(doc, masked, n, floor, 16)
    if LAGGING.search(n_ctx + subject) and not (
            _GDP.search(masked, zhan, q.start) and not _SHARE_PAIRS_RE18.search(masked[zhan:q.start])
            and _change_end_year(masked, n, floor) is None):
        return []                 # 研发经费 is reported for the year before: not over this year's totals
        # (one level over the GDP is read with the band of the year before: LG101, _LAG_BAND; never the ends of a
        # change, 从1800亿元增加到3200亿元，占…比重从2.4%提高到2.9%, whose GDPs of both years the report may state)
    if len(subject) >= 2 and _SUBSET_WORDS.search(n_ctx) and not _SUBSET_WORDS.search(subject):
        return []                 # 规上工业增加值1.04万亿元…工业增加值占…: 规上 is a part of 工业
    among_m = _SHARE_PAIRS_RE1.search(item_words(doc, masked, n, floor, 20))
    among_grams = {among_m.group(1)[i:i + 2] for i in range(len(among_m.group(1)) - 1)} if among_m else set()
    # (占全市汽车产量的比重由上年的18.2%提高到31.5%: the share's value of the year before and the change to this year's
    # value name no base; the base is the words before 由)
    base = _SHARE_PAIRS_RE2.sub("", COPULA_END.sub("", _FROM_SHARE.sub("", masked[zhan + 1:q.start]))) \
        if in_base is None else in_base
    if bare:
        base = _SHARE_PAIRS_RE8.sub("", base)    # 这一比例: the demonstrative names no base
    if _OPEN_BASE.search(base):
        return []                 # 占预算数的 / 占计划的: the base is the item's own plan, not a count here
    # 占全国的28.5%: a share of a wider total; its denominator must be named with the same scope
    scope = SCOPE.search(base)
    own_scope = None
    if scope is not None and is_own_scope(doc, scope.group()) \
            and len(_SHARE_PAIRS_RE4.sub("", base.replace(scope.group(), ""))) >= 3:
        # 占全区地区生产总值的35% in a district's report (我代表福田区人民政府), 占全市出口总额45% in a city's, 占全区GDP比重: the report's
        # own scope, not a wider total — the whole is the report's own, named without it or with it
        base, scope, own_scope = base.replace(scope.group(), "", 1), None, scope.group()
    base = _SHARE_PAIRS_RE3.sub("", _SHARE_PAIRS_RE9.sub("", base))
    raw_base = _SHARE_PAIRS_RE4.sub("", base)
    base = _GENERIC_BASE.sub("|", base)
    distinctive = [base[i:i + 2] for i in range(len(base) - 1) if "|" not in base[i:i + 2]]
    out = []
    # 占一般公共预算收入比重为60.6%: a whole named in full may stand a few sentences earlier in the paragraph
    # (or the paragraphs just before): the nearest count of that measure whose words contain the name
    full = base.replace("|", "")
    names = GDP_NAMES if is_gdp(raw_base) else (raw_base,)
    far = _far_whole(doc, masked, floor, base, names, n)
    for d in [c for c in before if c.end <= n.start] + [c for c in far if c is not n]:
        # (a sibling listed after the numerator is not its whole: 出口1,260亿元，进口740亿元，出口占…)
        if measure_of(d) != measure_of(n) or is_delta(masked, d):
            continue
        if _TO_VERB.match(masked, d.end):
            continue              # 地区生产总值由2.83万亿元增至3.87万亿元: the value before a change is not the whole
        # a count followed by a share of its own is a part, not the whole
        rest = masked[d.end:n.start]
        if _SHARE_PAIRS_RE10.match(rest):
            continue
        far_d = d in far
        ctx = masked[max(0 if far_d else floor, d.start - (16 if far_d else 12)):d.start]
        lf = list_figure(doc, d)
        if lf is not None:
            ctx = lf.name         # (a value of a parallel list is named by its item: claims.lists.list_figure)
        if own_scope is not None and any(w != own_scope for w in SCOPE.findall(ctx)):
            continue              # (a whole of another scope: 全市出口总额 in a district's report)
        if _wider_name(full, ctx):
            continue              # (外贸进出口总额 is no whole of a share of 出口总额)
        if names is not GDP_NAMES and _names_other_whole(raw_base, ctx):
            continue              # (一般公共预算收入 is no whole of a share of 一般公共预算支出; 医保基金支出 none of 职工医保基金支出)
        amg_whole = getattr(among(doc).get(n.start), "whole", None) is d   # 412个行政村中368个…，占比89.3%
        whole = amg_whole or bool(_SHARE_PAIRS_RE14.search(rest)) or bool(
            _SHARE_PAIRS_RE15.search(ctx)) or bool(
            _SHARE_PAIRS_RE16.match(masked[d.end:d.end + 16]))
        if scope is not None and scope.group() not in ctx \
                and not (far_d and names is GDP_NAMES and not SCOPE.search(_GDP.sub("", raw_base))):
            # (国内 of 国内生产总值 names the report's own total, not a wider scope: its GDP stated far before as the end of
            # a change, 从…增加到2002年的10.2万亿元, is not named again next to the figure)
            # 就业人员20.63万人，其中城镇就业人员1.22万人，占全县就业人员比重: the report's own scope, the whole
            # named without it and opened by 其中
            own = raw_base.replace(scope.group(), "")
            if not ((scope.group() in _LOCAL_SCOPE or is_own_scope(doc, scope.group())) and len(own) >= 2 and own in ctx
                    and "其中" in rest):
                continue
        # 占GDP比重 after 地区生产总值5300.4亿元 in the sentence before: the report's GDP under another of its names
        gdp_named = names is GDP_NAMES and any(d is c for c in before) and (
            any(d is g for g in gdp_figures(doc))
            # (…由2.83万亿元增至3.87万亿元: the GDP's end of a change, for a part of no other year)
            or any(d is g and _change_end_year(masked, n, floor) in (None, y) for g, y in _gdp_change_ends(doc, masked)))
        if d in far or gdp_named or (len(full) >= 2 and full in ctx and any(d is c for c in before)):
            whole = True          # the whole named in full (占前海61.57% after 前海GDP实现1543.4亿元)
        if among_grams and not amg_whole and not any(g_ in ctx for g_ in among_grams):
            continue
        if whole and (d in far or gdp_named or not distinctive or 2 * sum(b in ctx for b in distinctive) >= len(distinctive)):
            out.append((n, d))
    if not out and len(raw_base) >= 2 and scope is None:
        # 占一般公共预算支出的比重为78.2%（一般公共预算支出74.9亿元）: the whole named after the share
        # (占审结案件总数的16.5%，全年审结行政复议案件480件: the name's distinctive words and a word of a total)
        named_after = [c for c in counts if c.start >= q.end and measure_of(c) == measure_of(n) and not is_delta(masked, c)
                       and (any(nm in context_before(masked, c, q.end, 16) for nm in names)
                            or (distinctive and all(g_ in own_words(doc, masked, c, q.end) for g_ in distinctive)
                                and _SHARE_PAIRS_RE20.search(own_words(doc, masked, c, q.end))))]
        if named_after:
            out.append((n, named_after[0]))
    if not out and not base.strip("|") and scope is None and len(subject) < 2 and not among_grams:
        # 受理案件142件，涉企案件36件，占比25.4%: with an unnamed base the first count of the sentence
        # that has the numerator's measure word is the whole
        s = doc.sentence_at(n.start)
        first = [c for c in before[:-1] if measure_of(c) == measure_of(n) and s is not None
                 and c.start >= s.start and not is_delta(masked, c)]
        if first and not _SHARE_PAIRS_RE10.match(masked[first[0].end:n.start]):
            out.append((n, first[0]))
        elif not first and s is not None:
            w = _whole_line_before(doc, masked, n, s, floor)
            if w is not None:
                out.append((n, w))
    if not out and not base.strip("|") and scope is None and not among_grams and len(subject) < 2:
        # 网上办理事项4,120件，占比不足六成，全年共办理事项5,860件: the whole after the share, stated as a total and
        # named with a word of the part's name (办理事项); not when the share names a subject of its own (产业项目数占比
        # after 重大项目1678个: the part is not the count before it)
        own = _SHARE_SPLIT_RE2.sub("", item_words(doc, masked, n, floor, 14))
        # a word of the part's own name, not a head any count may carry (涉企案件 and 行政应诉案件 share only 案件)
        grams = {own[i:i + 2] for i in range(len(own) - 1)} - _GENERIC_GRAMS
        for c in counts:
            # (the counts after a share reach the next sentence only when the share closes its own)
            if c.start < q.end or measure_of(c) != measure_of(n) or is_delta(masked, c) or c.approx:
                continue
            words = _SHARE_SPLIT_RE2.sub("", context_before(masked, c, q.end, 16))
            if _SHARE_PAIRS_RE17.search(words) and any(g in words for g in grams):
                out.append((n, c))
            break             # only the first count of its measure after the share
    return out



#: the name of a share's whole after 占 (占一般公共预算支出的80% / 占地区生产总值比重为11.0%): the words up to 的/比重/比例
_NAMED_BASE = lazyre.compile(r"(?:占|佔)(?P<name>[\u4e00-\u9fffA-Za-z]{4,16}?)(?:的|比重|比例|[\d（(]|$)")


#: what may stand between a part and the 占 of its share: nothing, or the part's own change in percent (民生支出148.8亿元，
#: 增长8.2%，占…; 1090亿元，同比增长16.3%，占…) — a clause with no subject of its own keeps the part's
_OWN_CHANGE_BETWEEN = lazyre.compile(r"\s*[，,]?\s*(?:(?:同比|比上年|较上年|較上年)?(?:增长|增長|下降|增加|减少|減少|提高|降低)"
                                     r"(?:了)?\s*\d+(?:\.\d+)?\s*[%％]\s*[，,]\s*)?")


def whole_named_in_full(doc, masked: str, q: Quantity, n: Quantity, d: Quantity, floor: int) -> bool:
    """Whether both operands of the share ``q`` are fixed by name: the part ``n`` stands right before 占 (民生支出148.8亿元，
    占…) or right after the share (…占…的25%，达215亿元), and the whole ``d`` is the count the words after 占 name in full
    right before it (全年一般公共预算支出186亿元 for 占一般公共预算支出的80%), of no other scope than the report's.  Then a
    part larger than that whole is an inconsistency of the statement (one of the three figures is wrong), not a sign
    that another whole is meant; a share whose whole is found by words it shares or as a total keeps the
    part-at-most-whole test that picks it."""
    zhan = max(masked.rfind("占", floor, q.start), masked.rfind("佔", floor, q.start))
    if zhan < 0:
        return False
    cs = max(masked.rfind(c, floor, zhan) for c in "，,；;。\n") + 1
    if LAGGING.search(masked, max(floor, cs), zhan):
        return False      # R&D spending may be last year's, over a GDP since revised: the lagging band's reading
    if not (n.end <= zhan and _OWN_CHANGE_BETWEEN.fullmatch(masked, n.end, zhan)) \
            and not (n.start >= q.end and _PART_AFTER.fullmatch(masked, q.end, n.num_start)):
        return False
    return named_base_before(masked, zhan, q, d)


def named_base_before(masked: str, zhan: int, q: Quantity, d: Quantity) -> bool:
    """Whether the whole a share names after 占 (at ``zhan``), four characters or more and of no scope, is written in
    full right before the count ``d`` (its verb 为/达到/完成… between)."""
    m = _NAMED_BASE.match(masked, zhan, q.start)
    if m is None or SCOPE.search(m.group("name")) or _OPEN_BASE.search(m.group("name")) \
            or _GENERIC_BASE.fullmatch(m.group("name")):
        return False
    name = m.group("name")
    before = re.sub(r"(?:为|為|达到|達到|达|達|共计|共計|共|是|完成|实现|實現)$", "",
                    re.sub(r"[^\u4e00-\u9fffA-Za-z]", "", masked[max(0, d.start - len(name) - 8):d.start]))
    if not before.endswith(name) or SCOPE.search(before[:-len(name)][-2:]):
        return False
    # (上半年一般公共预算支出86亿元 / 上年… / 预计全年…: a whole of another period or a plan is not the year's)
    cut = max(masked.rfind(c, max(0, d.start - 40), d.start) for c in "，,；;。\n")
    lo = cut + 1 if cut >= 0 else max(0, d.start - 40)
    k = masked.rfind(name, lo, d.start)
    k = k if k >= 0 else d.start
    return not OTHER_PERIOD.search(masked, lo, k) and not _PERIOD_WORDS.search(masked, lo, k) \
        and not _not_this_years(masked, d, lo)

# -- targets and their completion (LG102) ---------------------------------------------------
#: 完成年度目标（1,800户）的 / 为年度计划600亿元的 / 是预算的 / 完成目标任务的: the words before the percentage of a
#: plan (a thousands comma may stand inside the target value; 预算收入/预算支出 are totals, not plans)
_NO_BREAK = r"(?:[^，。；;！？,]|(?<=\d),(?=\d))"
TARGET = lazyre.compile(r"(?:完成|为|為|是|达到|達到|相当于|相當於|占|佔)了?" + _NO_BREAK + r"{0,20}?"
                         r"(?:目标|目標|任务|任務|计划|計劃|预算(?!收入|支出|收|支)|預算(?!收入|支出|收|支)|"
                         # 为控制指标的75.9%: a cap (死亡41人 under 54人控制指标) is completed as a plan is
                         r"控制指标|控制指標|控制数|控制數)"
                         # (not past a 占: 完成四种计划的企业只占企业总数的30% is a share of the enterprises)
                         r"(?:(?![占佔])" + _NO_BREAK + r"){0,16}?的\s*$")
#: 比年度计划600亿元超额完成4.2% / 超出年度计划4.2% / 超额完成年度计划4.2%: the excess over a plan in percent
OVER_PLAN = lazyre.compile(r"(?:比|较|較)" + _NO_BREAK + r"{0,16}?(?:目标|目標|任务|任務|计划|計劃)" + _NO_BREAK + r"{0,12}?"
                            r"(?:超额完成了?|多出|超出)\s*$|(?<=[，,])\s*超额完成了?\s*$|(?:超出|超过|超過|超额完成了?|(?<![超赶趕])超(?=年度|全年|目标|目標|任务|任務|计划|計劃))" + _NO_BREAK + r"{0,12}?(?:目标|目標|任务|任務|计划|計劃)"
                            r"(?:任务|任務)?"
                            # 超额完成年度目标（6亿美元）13.3%: the target's value in a bracket right after its name
                            r"(?:[（(]" + _NO_BREAK + r"{0,16}?[）)])?\s*$"
                            # 超过原定计划427.4亿元的15.3% / 超过国家规定造价125元的140%: the set figure written in the
                            # phrase, the excess a percentage of it (read only with that figure: OVER_PLAN_OF)
                            r"|(?:超出|超过|超過)" + _NO_BREAK + r"{0,12}?(?:计划|計劃|规定|規定|定额|定額|标准|標準|预算|預算)"
                            + _NO_BREAK + r"{1,24}?的\s*$")
#: the excess over a set figure written in the phrase, before 的 (超过原定计划427.4亿元的15.3%)
OVER_PLAN_OF = lazyre.compile(r"的\s*$")
#: 完成率110% (of a plan whose target the sentence states; 预算执行率 is read as a rate, what was spent over what was
#: budgeted: _COMPOUND, LG101 — one reading of it, not a completion too)
COMPLETION_RATE = lazyre.compile(r"(?:^|[，,；;。：:\s])(?:全年|年度)?(?:(?:计划|計劃|目标|目標|任务|任務|投资|投資)?完成率)"
                                  r"(?:为|為|达到|達到|达|達)?\s*$")
#: measures where better is lower (a concentration, emissions, energy per unit, failures, prices)
LOWER_IS_BETTER = lazyre.compile(r"浓度|濃度|排放|能耗|超标|超標|不达标|不達標|失业|失業|发生率|發生率|死亡|事故|PM|下降|降低|减少|減少|"
                                  r"价格|價格|涨幅|漲幅|不合格|差|劣")
#: 超额完成…的28% / 超額完成: the 完成 of a target phrase preceded by "in excess"
EXCESS_BEFORE = lazyre.compile(r"(?:超额|超額)$")
PLAN_WORD = lazyre.compile(r"目标|目標|任务|任務|计划|計劃|预算(?!收入|支出)|預算(?!收入|支出)")
#: a cap set from above (控制指标16人, 控制数): completed as a plan is (为控制指标的75.0%)
CAP_WORD = lazyre.compile(r"控制指标|控制指標|控制数|控制數")
#: a target written in a bracket right after the plan word naming it (超额完成年度任务（2,800个）, 年度目标（1.5万人）)
PLAN_BRACKET = lazyre.compile(r"(?:目标|目標|任务|任務|计划|計劃|预算|預算)(?:数|數|任务|任務)?\s*[（(]\s*$")




def plain_pct(c: Quantity) -> bool:
    """A percentage stated as a value (85%, 6.5%), not a bound or an approximation."""
    return c.is_percent and c.unit == "%" and c.approx is None and not c.chinese


#: a clause opening with the plan it states: 年度计划投资450亿元 / 年度目标任务2,400套 / 计划为2.5万亩
_PLAN_OPENING = lazyre.compile(r"\s*(?:其中)?(?:全年|年度|今年|本年)?(?:的)?(?:计划|計劃|目标|目標|任务|任務)(?:任务|任務)?"
                               r"[\u4e00-\u9fff]{0,6}?(?:为|為|是)?\s*$")


#: a clause opened by the plan (计划植树造林, 年度目标新建, 全年计划完成): what follows up to the figure is the planned action
PLAN_OPENS = lazyre.compile(r"\s*(?:全年|年度|今年|本年度?)?(?:计划|計劃|目标|目標|任务|任務)(?:任务|任務)?(?:为|為|是)?"
                             r"[\u4e00-\u9fff]{0,8}\s*$")


def plan_opening(doc, masked: str, pos: int) -> List[Quantity]:
    """The one count of the clause starting at ``pos`` when the clause opens by naming it a plan or target (nothing but
    the plan's words before it, no comparison): the target of a completion stated before it."""
    nxt = following(doc, pos, min(len(masked), pos + 24), 1)
    if not nxt or not is_count(nxt[0]) or nxt[0].approx is not None:
        return []
    c = nxt[0]
    gap = masked[pos:c.start]
    if re.search(r"[，,。；;！？\n比较較]", gap) or not _PLAN_OPENING.fullmatch(gap):
        return []
    return [c]


#: a clause opened by the budget it states, and one opened by the actual figure (预算收入53.60亿元，实际收入52.74亿元)
_BUDGET_HEAD = lazyre.compile(r"(?:年初)?(?:预算|預算)(?:数|數)?[\u4e00-\u9fff]{0,4}?(?:为|為)?")
_ACTUAL_HEAD = lazyre.compile(r"(?:实际|實際)[\u4e00-\u9fff]{0,6}?(?:为|為)?")


def budget_heads(masked: str, after: Sequence[Quantity], floor: int) -> List[Quantity]:
    """The budget among the counts stated after a completion's colon (完成预算的98.4%：预算收入53.60亿元，实际收入52.74亿元):
    the one count whose clause is opened by 预算 (nothing before it in the clause), when another count of its measure
    has its clause opened by 实际.  Empty otherwise."""
    budget = [c for c in after if _BUDGET_HEAD.fullmatch(context_before(masked, c, floor, 12))]
    actual = [c for c in after if _ACTUAL_HEAD.fullmatch(context_before(masked, c, floor, 12))]
    if len(budget) == 1 and any(measure_of(a) == measure_of(budget[0]) for a in actual):
        return budget
    return []


#: the plan restated right after a figure (…820套（年度计划6,000套）, …820套，年度计划6,000套): its words before its number
_PLAN_RESTATED = lazyre.compile(r"[（(，,]\s*(?:全年|年度|今年|本年)?(?:的)?(?:计划|計劃|目标|目標|任务|任務)(?:任务|任務|数|數)?"
                                r"(?:为|為|是)?\s*")


def plan_restated(doc, masked: str, c: Quantity) -> Optional[Quantity]:
    """超出年度计划820套（年度计划6,000套）: the count of ``c``'s measure stated right after it as the plan (in a bracket
    closed right after it, or in the next clause closed right after it) — when present, ``c`` (after 超出…计划) is not the
    plan but the excess over it.  ``None`` otherwise."""
    nxt = following(doc, c.end, min(len(masked), c.end + 20), 1)
    if not nxt or not is_count(nxt[0]) or nxt[0].approx is not None or measure_of(nxt[0]) != measure_of(c):
        return None
    p = nxt[0]
    if not _PLAN_RESTATED.fullmatch(masked, c.end, p.num_start):
        return None
    close = "）)" if masked[c.end] in "（(" else "，,；;。"
    if masked[p.end:p.end + 1] not in close and p.end < len(masked):
        return None
    return p


#: a target named after its number (超额完成年度100个的目标任务, 1.2万人的年度目标)
PLAN_AFTER = lazyre.compile(r"的?(?:年度|全年)?(?:目标|目標|任务|任務|计划|計劃|控制指标|控制指標)")


def c_not_plan(masked: str, c: Quantity, floor: int) -> bool:
    """A count not named as a plan, target or budget (计划600亿元, 比预算数…)."""
    ctx = context_before(masked, c, floor, 12)
    return not PLAN_WORD.search(ctx) and not re.search(r"[比较較]", ctx)


#: 占全国的28.5%: a share of a wider total than the figures of the report
SCOPE = scope_pattern("area", "wider", "within", traditional=True)




#: 达91家，占全市43.8% / 增至4家、占全市50% / 开通9条纯电动公交线路，占公交线路的12.2% / 普惠幼儿园达到65所，占幼儿园总数的
#: 83%: a share opened by 占 right after a count (the count's own noun may stand between), of a wider scope (全市, 全国…)
#: or of the things the count names, with no metric of its own between 占 and the figure.  ``noun``: what follows the
#: count's measure word; ``scope``: the wider whole; ``name``: the whole's own name.
_UNPRINTED_WHOLE = lazyre.compile(
    r"(?P<noun>[\u4e00-\u9fff“”]{0,12})[，,、]?\s*(?:占|佔)(?:(?P<scope>全[国國省市区區县縣镇鎮]|全球|全世界)|(?!比))"
    r"(?P<name>[\u4e00-\u9fff“”]{0,10}?)的?(?:总数|總數|数量|數量|总量|總量)?的?(?:比重|比例)?(?:为|為|达到|達到|达|達)?\s*")
#: words naming an amount, not the count: 164条产业链…产值占全省比重超50%, 2537家…对外直接投资约占全省的47.7%
_OTHER_METRIC = lazyre.compile(
    r"产值|產值|增加值|收入|销售|銷售|营收|營收|投资|投資|产量|產量|面积|面積|人口|金额|金額|额|額|规模|規模|税|稅|总值|總值|"
    r"消费|消費|贸易|貿易|出口|进口|進口|用地|能耗|排放|利润|利潤|资产|資產|市值|份额|份額|贡献|貢獻|人次|次数|次數|学位|學位|"
    r"产品|產品|市场|市場|诊疗|診療|业务|業務|用户|用戶")
_CJK_RUN = lazyre.compile(r"[\u4e00-\u9fff“”]+")


def unprinted_whole_parts(doc, masked: str, q: Quantity) -> List[Quantity]:
    """The exact counts that may be the part of the share ``q`` whose whole the report does not print (GRIM: a whole
    number of things N must give the share at its printed precision): ``达91家，占全市43.8%`` (the city's number of
    agencies), ``增至4家、占全市50%``, ``开通9条纯电动公交线路，占公交线路的12.2%`` (the whole named like the part).

    The count right before 占 (exact, a whole number, no bound, no 万) is the part; every other exact count of its
    measure earlier in the sentence after the last percentage is another reading (新增孵化器5个，总数达到12个，占全市40%:
    12 or 5), so that the rule stays silent when any of them fits.  Empty when the share is not this shape: an
    approximate or bounded share (约占, 超50%, 50%以上), a goal, a 分别 list, a whole named by a metric (产值, 投资…)
    or by words the part's name does not hold (占两板上市企业数的11% after 上市企业37家)."""
    if q.approx is not None or not 0 < q.value <= 100 or re.match(r"\s*(?:以上|以下|左右|上下|多|余)", masked[q.end:q.end + 3]):
        return []
    s = doc.sentence_at(q.start)
    if s is None:
        return []
    before = recent(doc, s.start, q.start, 6)
    if not before:
        return []
    c = before[-1]
    iv = count_interval(c)
    if not is_count(c) or c.approx is not None or iv[0] != iv[1] or iv[0] < 1 or iv[0] != int(iv[0]):
        return []
    m = _UNPRINTED_WHOLE.fullmatch(masked, c.end, q.start)
    if m is None or (m.group("scope") is None and not m.group("name")):
        return []
    floor = clause_start(doc, masked, c.start, s.start)
    words = "".join(_CJK_RUN.findall(masked, floor, c.start)) + m.group("noun")
    name = m.group("name")
    if _OTHER_METRIC.search(name) or _OTHER_METRIC.search(m.group("noun")) or (name and name not in words):
        return []
    if re.search(r"分别|分別", masked[floor:q.start]) or GOAL.search(masked, floor, q.start) \
            or _PLAN_SENTENCE.search(masked, s.start, q.start):
        return []
    out = [c]
    last_pct = max([x.end for x in before if x.is_percent] or [s.start])
    for x in before[:-1]:
        if x.start >= last_pct and is_count(x) and measure_of(x) == measure_of(c) and x.approx is None \
                and count_interval(x)[0] == count_interval(x)[1]:
            out.append(x)
    return out


def unprinted_scope(masked: str, c: Quantity, q: Quantity) -> str:
    """The whole's words of an :func:`unprinted_whole_parts` share, for a message (全市, 公交线路), else ''."""
    m = _UNPRINTED_WHOLE.fullmatch(masked, c.end, q.start)
    return "" if m is None else (m.group("scope") or "") + m.group("name")


# -- a rate or share bound to its numerator and base by what they are ------------------------------------------------
#: words that make a count the whole of what a procedure handled (the base of a rate of one of its outcomes): the
#: procedure's own verbs (受理/收到/审结/办理/产生…), what was due (应…), or a total (共/总/合计/全部/累计)
_BASE_WORDS = lazyre.compile(r"共|总|總|合计|合計|全部|(?<![不未])应(?!用|急|对|對)|(?<![不未])應(?!用|急)|受理|收到|接到|接收|"
                             r"审结|審結|办理|辦理|产生|產生|申请|申請|登记|登記|立案|抽检|抽檢|检查|檢查|检测|檢測|参加|參加|"
                             r"提供|接待|认领|認領|交办|交辦|排查|发现|發現|开庭|開庭")
#: words of a total in a share's object (占支出总额的, 占总量的, 占全部…的): what is left names the whole's metric
_TOTAL_TAIL = lazyre.compile(r"(?:总额|總額|总量|總量|总数|總數|总和|總和|总计|總計|合计|合計|总|總|全部|数量|數量|规模|規模)$")
#: scope words of a share's object or of a count's name (全国 vs 本省, 全市 vs 本区): a base must carry the scope named
_SCOPE_WORD = scope_pattern("area", "level", traditional=True)
#: the end of a share's object: 占[object](的)(比重|比例)(为|达…)
_ZHAN_OBJECT = lazyre.compile(r"(?:占|佔)(?!比)(?:到|了)?(?P<x>[^，,；;。：:\d]{0,14}?)(?:的)?(?:比重|比例|份额|份額)?"
                              r"(?:为|為|达到|達到|达|達|是|约|約|大约|大約|近|超过|超過|逾)?$")
#: a count right after the share, introduced as its part (，共计5.86万件 / ，计6,475件 / ，达812件)
_PART_NEXT_BARE = lazyre.compile(r"[，,]\s*(?:共计|共計|合计|合計|计|計|达|達|为|為|有|共)\s*$")
#: a plan, an estimate, an average or last year's in a count's clause (累计 is read pairwise: _periods_apart)
_PLAN_NOT_SUM = lazyre.compile(r"上年|去年|上一年|前一年|年初|预计|預計|计划|計劃|安排|年均|人均|目标|目標|力争|力爭")
#: a count of what was added, built or newly done in the period (a flow), never over a stock or a part of one
_ADDED = lazyre.compile(r"新增|新建|新设|新設|新开|新開|新引进|新引進|新认定|新認定|新培育|新创建|新創建|增加|新招|新录|新錄")
_NEGATED_BEFORE = lazyre.compile(r"(?:不予|未予|未能|未|不|没有|沒有|无法|無法)$")


def _window_counts(doc, masked: str, q: Quantity) -> Tuple[int, int, List[Quantity]]:
    """The exact counts of the rate's sentence and of the nearest sentence before and after it in its paragraph that
    hold a count (a sentence of words only between them is skipped: 共收到…326件。申请内容主要涉及…。已答复322件，答复率…)."""
    si = doc.sentence_index(q.start)
    if si < 0:
        return q.start, q.end, []
    sents = doc.sentences
    s = sents[si]
    lo, hi = s.start, s.end

    def counts_in(a: int, b: int) -> List[Quantity]:
        return [c for c in quantities_in(doc, a, b) if is_count(c)]

    for step in (-1, 1):
        j = si + step
        while 0 <= j < len(sents) and sents[j].paragraph == s.paragraph and abs(j - si) <= 3:
            if counts_in(sents[j].start, sents[j].end):
                lo, hi = min(lo, sents[j].start), max(hi, sents[j].end)
                break
            j += step
    out = [c for c in counts_in(lo, hi)[:24]
           if c.approx is None and not is_delta(masked, c)
           and not _PLAN_NOT_SUM.search(masked, max(lo, c.start - 20, _clause_of(masked, c, lo)), c.start)]
    return lo, hi, out


#: patterns of _count_name, compiled once (a call of re's module functions looked each one up in
#: re's cache on every call, and compiled it again once other patterns had pushed it out)
_COUNT_NAME_RE1 = lazyre.compile(r"[^，,；;。：:！？!?\d%％]{0,12}")
_COUNT_NAME_RE2 = lazyre.compile(r"[有的]|$")


def _count_name(doc, masked: str, c: Quantity, floor: int) -> str:
    """The words naming count ``c``: its clause before it (``own_words``) and, when the clause goes on with words only,
    the words after its measure (286个断面达到或优于Ⅲ类; 5,900人参加考试)."""
    before = own_words(doc, masked, c, floor)
    k = before.rfind("中")
    if k >= 2 and before[k + 1:k + 2] not in _NOT_AMONG and _COUNT_NAME_RE2.match(before[k + 1:k + 2]):
        before = before[k + 1:]   # (27个执法单位中有11个: the words before 中 name the whole, not the part)
    m = _COUNT_NAME_RE1.match(masked[c.end:c.end + 12])
    after = m.group() if m else ""
    k = after.find("中")
    if k >= 2 and after[k + 1:k + 2] not in _NOT_AMONG:
        after = after[:k]     # (the whole of an among frame: the words after 中 name its part)
    return before + "|" + after


#: patterns of _key, compiled once (a call of re's module functions looked each one up in
#: re's cache on every call, and compiled it again once other patterns had pushed it out)
_KEY_RE1 = lazyre.compile(r"[|、和及与與“”\"]")


def _key(words: str) -> str:
    words_key = _late_metric.words_key
    return "".join(words_key(w) for w in _KEY_RE1.split(words) if w)


def _periods_apart(masked: str, a: Quantity, b: Quantity, floor: int) -> bool:
    """Two counts of different periods or spans (2023年 vs 2024年; 累计 vs the year's): never numerator and base."""
    wa, wb = masked[max(floor, a.start - 24):a.start], masked[max(floor, b.start - 24):b.start]
    ya, yb = set(OTHER_PERIOD.findall(wa)), set(OTHER_PERIOD.findall(wb))
    if ya and yb and ya != yb:
        return True
    if bool(re.search(r"累计|累計", wa)) != bool(re.search(r"累计|累計", wb)):
        return True
    # 全市共有学校120所…新建公办学校6所: what was added in the year is no part of a stock's share (nor its whole)
    ca, cb = masked[clause_start(None, masked, a.start, max(floor, a.start - 24)):a.start], \
        masked[clause_start(None, masked, b.start, max(floor, b.start - 24)):b.start]
    return bool(_ADDED.search(ca)) != bool(_ADDED.search(cb))


#: a period a clause opens with (去年全区…, 2023年…, ，今年…): the period of the figures after it in its sentence — never
#: 去年以来 / 上年结转 / 上年末 (a span up to now, what was carried over, a date), nor a year compared (2023年与…, 比2023年)
_PERIOD_FRAME = lazyre.compile(r"(?:^|(?<=[，,；;：:。\n]))[\s　]*(?:在|截至|截止)?(?P<p>上年|去年|上一年|前一年|今年|本年|(?:19|20)\d{2}年)"
                               r"(?!以来|以來|结转|結轉|末|底|[与與比较較同]|[—\-－~～至到]|\d)")
_PRIOR_FRAME = ("上年", "去年", "上一年", "前一年")


def frame_of(doc: Any, masked: str, pos: int) -> Optional[str]:
    """The period the figure at ``pos`` is framed by: the last period opening a clause of its sentence before it
    ("prior" for 去年/上年…, "current" for 今年/本年, else the year as printed), None when its sentence names none."""
    s = doc.sentence_at(pos)
    if s is None:
        return None
    last = None
    for m in _PERIOD_FRAME.finditer(masked, s.start, pos):
        last = m.group("p")
    if last is None:
        return None
    return "prior" if last in _PRIOR_FRAME else "current" if last in ("今年", "本年") else last


def scope_frame_cut(doc: Any, masked: str, q: Quantity, counts: Sequence[Quantity]) -> List[Quantity]:
    """The counts a rate at ``q`` may be over when its sentence frames it by a set named before 中 (区级执法人员中，持证上岗
    的1,204人，持证率98.1%): a count before that frame is of the set only when its own words name it (全市共有行政执法人员
    2,846人 names a wider set: not the rate's base); counts after the frame, and every count when there is no frame, stay.
    A frame naming a process (工作中, 检查中) or pointing back (这些案件中, 上述…中) names no set of its own."""
    parts = _late_parts
    s = doc.sentence_at(q.start)
    if s is None or masked.find("中", s.start, q.start) < 0:
        return list(counts)
    last = None
    for m in parts.NAMED_AMONG.finditer(masked, s.start, q.start):
        if m.group(2) is not None:
            last = m
    if last is None:
        return list(counts)
    name = re.sub(r"[（()）]", "", last.group(1))
    if re.match(r"(?:全部|所有|这些|這些|上述|以上|该|該|此)", name):
        return list(counts)
    key = re.sub(r"的.*$", "", name)
    head = name.rsplit("的", 1)[-1] if "的" in name else key
    if len(key) < 2 or (parts.NOT_A_WHOLE.search(head if len(head) >= 2 else key) and not parts.BODY_HEAD.search(key)):
        return list(counts)
    at = last.start(1)
    return [c for c in counts if c.start > at
            or parts.names_key(key, re.sub(r"[^\u4e00-\u9fff]", "", context_before(masked, c, max(0, c.start - 40), 16)))]


def frames_differ(doc: Any, masked: str, a: Quantity, b: Quantity) -> bool:
    """Two figures framed by different periods (去年全区败诉率为9.2%。今年审结240件，败诉18件: last year's rate is not over
    this year's counts): different years, or last year's against a sentence framed by no period or by this year (the
    report's own period)."""
    fa, fb = frame_of(doc, masked, a.start), frame_of(doc, masked, b.start)
    if fa == fb:
        return False
    if fa is None or fb is None:
        return (fa or fb) == "prior"
    return True


def _period_differs(masked: str, q: Quantity, floor: int, n: Quantity, lo: int) -> bool:
    """2023年审结案件300件，纠错40件；2024年纠错率20.5%: the rate names a period and its numerator another."""
    rp = set(OTHER_PERIOD.findall(masked, max(lo, floor - 8), q.start))
    np_ = set(OTHER_PERIOD.findall(masked, max(lo, n.start - 24), n.start))
    if not rp:
        # 纠错率为15.4%；2023年审结案件484件，其中纠错60件: counts labelled with a year the rate does not name
        return bool(np_ - {"今年", "本年"})
    return bool(np_ and rp != np_)


#: a count named as a whole: a total, a scope or the statistical population (规上/限上)
_WHOLE_NAME = lazyre.compile(r"共|总|總|合计|合計|全部|全国|全國|全省|全市|全区|全區|全县|全縣|规上|規上|规模以上|規模以上|"
                             r"限上|限额以上|限額以上")
#: a sentence opening with the whole its figures are parts of: 一般公共预算支出中，… / 在全年受理的案件中，…
_FRAME = lazyre.compile(r"\s*(?:在)?(?P<w>[^，,。；;\d]{2,16}?)(?:中|当中|之中)[，,]")


def _scopes_agree(ctx_a: str, ctx_b: str) -> bool:
    """No two scopes named (全市 vs 市本级), and no level (市本级, 区直) named by one side only: 民生支出占…78.4% is not
    市本级民生支出142.3亿元 over 市本级… (claims.rates._LEVEL_SCOPE, as _scopes_differ reads it)."""
    sa, sb = set(_SCOPE_WORD.findall(ctx_a)), set(_SCOPE_WORD.findall(ctx_b))
    if bool(_LEVEL_SCOPE.search(ctx_a)) != bool(_LEVEL_SCOPE.search(ctx_b)):
        return False
    return not (sa and sb and sa != sb)


#: a share's object that is a plan (占预算数的98.4%: the completion of each item's own budget, not a share of the total)
_PLAN_OBJECT = lazyre.compile(r"(?:预算|預算|计划|計劃|目标|目標|任务|任務|规划|規劃)(?:数|數|额|額)?$|年初|上年|去年")


def _things_agree(a: str, b: str) -> bool:
    """Whether the things two counts name may be the same kind (行政许可事项 vs 政务服务事项: not): when both names say
    more than the rate's own words, they share a two-character word other than a generic one (事项, 案件…)."""
    a, b = _BASE_WORDS.sub("", a), _BASE_WORDS.sub("", b)
    if len(a) < 2 or len(b) < 2:
        return True
    grams = {a[i:i + 2] for i in range(len(a) - 1)} - _GENERIC_GRAMS
    return any(b[i:i + 2] in grams for i in range(len(b) - 1))


#: characters after 中 that make it part of a word, not the close of a whole (中小企业, 中央, 中心, 中国…)
_NOT_AMONG = frozenset("小央心国國华華医醫学學等级級期药藥外部东東西南北间間层層高文断斷标標介试試止转轉")


def _grams(words: str) -> set:
    # (在规定时限内办结 / 按期办结 / 及时办结: one vocabulary of the words saying an action was done in time)
    words = _IN_TIME_ANY.sub("按时", words)
    return {words[i:i + 2] for i in range(len(words) - 1)} - _GENERIC_GRAMS


#: the words saying an action was done in time (claims.rates._ON_TIME and _IN_TIME read as one word)
_IN_TIME_ANY = lazyre.compile(r"在?(?:规定|規定|法定|承诺|承諾|办理|辦理)?(?:期限|时限|時限)(?:内|內)|按期|按时|按時|及时|及時|限时|限時")


def _named_counts(doc, masked: str, q: Quantity):
    """(the window's start, its counts, each count's name and name key) of the counts around ``q`` that the readings by
    what a figure is (:func:`noun_share`, :func:`_named_operands`) choose from; ``None`` with fewer than two counts."""
    lo, _hi, counts = _window_counts(doc, masked, q)
    if len(counts) < 2:
        return None
    names = {id(c): _count_name(doc, masked, c, lo) for c in counts}
    return lo, counts, names, {id(c): _key(names[id(c)]) for c in counts}


def noun_share(doc, masked: str, q: Quantity) -> Optional[Tuple[Quantity, Quantity, str]]:
    """97.3%的群众诉求在规定时限内办结。受理诉求18,640件，按时办结18,137件: a share in digits before the noun it qualifies,
    its whole and part read by :func:`_noun_after` over the counts of its sentence and the nearest around it."""
    s = doc.sentence_at(q.start)
    if s is None or q.value > 100 or not masked.startswith("的", q.end):
        return None
    floor = clause_start(doc, masked, q.start, max(s.start, q.start - 40))
    if _key(_SCOPE_WORD.sub("", masked[floor:q.start])) or GOAL.search(masked, floor, q.start) \
            or PLAN_AROUND_SHARE.search(masked, s.start, s.end) or _PLAN_SENTENCE.search(masked, s.start, s.end):
        return None
    named = _named_counts(doc, masked, q)
    if named is None:
        return None
    _lo, counts, names, keys = named
    found = _noun_after(doc, masked, q, s, counts, names, keys)
    if found is None:
        # 95%以上的处罚决定已公示，应公示1,480件中已公示1,423件: no count carries the noun; the predicate's verb names what
        # should have been done (应公示, the whole) and what was (已公示, the part) after the share
        ce = min([k for k in (masked.find(x, q.end, s.end) for x in "，,；;。") if k >= 0] or [s.end])
        after = [c for c in counts if c.start > q.end]
        pairs = due_and_actual(masked, after, masked[q.end + 1:ce], _lo)
        if len(pairs) == 1 and not re.search(r"应|應", masked[q.end + 1:ce]):
            found = (pairs[0][0], pairs[0][1], "share before its noun: the whole named by what was due (应+the predicate's "
                                               "verb), the part by the verb done")
    return _with_others(doc, masked, q, found)


def _noun_after(doc, masked: str, q: Quantity, s, counts, names, keys) -> Optional[Tuple[Quantity, Quantity, str]]:
    """九成以上的矛盾纠纷在村（社区）一级化解，全年化解纠纷15,240件，其中在村（社区）一级化解13,962件 / 半数以上的规上工业企业
    完成数字化改造，1,486家规上工业企业中完成改造的有812家: a share before the noun it qualifies.  The noun is the first words
    after 的 that name a count (its whole: 全年化解纠纷, 1,486家规上工业企业); the rest of the clause is the predicate, and
    the part is the one count named by it (其中在村（社区）一级化解, 完成改造的) or stated among the whole (27个执法单位中有16个).
    ``None`` unless each role has one count."""
    ce = min([k for k in (masked.find(x, q.end, s.end) for x in "，,；;。") if k >= 0] or [s.end])
    post = re.sub(r"[（(][^）)]{0,8}[）)]", "", masked[q.end + 1:ce])
    if len(post) < 3:
        return None
    raw = masked[q.end + 1:ce]
    noun = ""
    for text, named in ((raw, lambda c: names[id(c)]),       # (村（社区）: a name with its bracket)
                        (post, lambda c: re.sub(r"[（(][^）)]{0,8}[）)]", "", names[id(c)]))):
        for i in range(0, min(5, len(text) - 1)):     # (the noun after a modifier of up to four characters)
            for L in range(min(8, len(text) - i), 1, -1):
                w = text[i:i + L]
                if any(w in named(c) for c in counts):
                    noun = w
                    break
            if noun:
                break
        if noun:
            break
    if len(noun) < 2:
        return None
    nb = re.sub(r"[（(][^）)]{0,8}[）)]", "", noun)
    pred = post[post.find(nb) + len(nb):] if nb and nb in post else ""
    pg = _grams(pred) - _grams(nb)
    if not pg:
        return None
    bare = {id(c): re.sub(r"[（(][^）)]{0,8}[）)]", "", names[id(c)]) for c in counts}
    nums = [c for c in counts if c.start > q.end and (_key(pred) and _key(pred) in _key(bare[id(c)])
                                                     or len(_grams(bare[id(c)]) & pg) >= 2)]
    # (the whole may share the predicate's verb — 全年化解纠纷 for …在村一级化解 — but less of it than the part)
    most = max([len(_grams(bare[id(c)]) & pg) for c in nums] or [1])
    wholes = [d for d in counts if (noun in names[id(d)] or (len(nb) >= 2 and nb in bare[id(d)]))
              and len(_grams(bare[id(d)]) & pg) < most
              and not any(d is n for n in nums)]
    if not nums and len(wholes) == 1:
        a = [x for x in among(doc).values() if x.whole is wholes[0] and x.part.start > q.end]
        nums = [x.part for x in a]
    if len(nums) != 1 or len(wholes) != 1:
        return None
    n, d = nums[0], wholes[0]
    if measure_of(n) != measure_of(d) or count_interval(d)[1] < count_interval(n)[0] or _periods_apart(masked, n, d, s.start):
        return None
    return n, d, "share before its noun: base named by the noun, numerator by the predicate or among the base"


_USED_FOR = lazyre.compile(r"\s*(?:用于|用於|投向|投入|来自|來自|来源于|為|为|是|属于|屬於)(?P<y>[\u4e00-\u9fff“”]{2,12})")


def _subject_and_noun(doc, masked, q, s, subject, counts, names, keys, lo):
    """The two names around a share in words written before 的: 全区民营经济贡献了近七成的税收 (the subject names the part,
    the noun after 的 the whole: 其中民营经济缴纳58亿元 of 全年税收收入86亿元) / 一般公共预算支出的三分之二以上用于民生 (the words
    before 的 name the whole, the words after 用于/为 the part: 民生支出215亿元 of 全年支出312亿元).  Each name must fit one
    count of the window, the two of one measure, the part at most the whole."""
    ce = min([k for k in (masked.find(x, q.end, s.end) for x in "，,；;。") if k >= 0] or [s.end])
    if subject.endswith("的"):
        m = _USED_FOR.match(masked, q.end, ce)
        if m is None:
            return None
        whole_words, part_words = subject[:-1], m.group("y")
    else:
        whole_words = masked[q.end + 1:ce]
        part_words = re.sub(r"(?:贡献|貢獻|提供|创造|創造|完成|实现|實現|占据|佔據|拥有|擁有|吸纳|吸納)了?$", "", subject)
    wk, pk = _key(_SCOPE_WORD.sub("", whole_words)), _key(_SCOPE_WORD.sub("", part_words))
    if len(wk) < 2 or len(pk) < 2:
        return None

    def named(words: str, exclude=None) -> List[Quantity]:
        # the longest opening of the words (at least two characters) that a count's name holds
        for L in range(len(words), 1, -1):
            hit = [c for c in counts if c is not exclude and words[:L] in keys[id(c)]]
            if hit:
                return hit
        return []

    parts = named(pk)
    if len(parts) != 1:
        return None
    n = parts[0]
    wholes = [d for d in counts if d is not n and (wk[:2] in keys[id(d)] or (len(keys[id(d)]) >= 2 and keys[id(d)] in wk))
              and pk[:2] not in keys[id(d)]]
    if len(wholes) != 1:
        return None
    d = wholes[0]
    if measure_of(n) != measure_of(d) or count_interval(d)[1] < count_interval(n)[0] or _periods_apart(masked, n, d, lo):
        return None
    return n, d, "share between two names: the part named by one, the whole by the other"


def named_operands(doc, masked: str, q: Quantity, name: str, kind: str) -> Optional[Tuple[Quantity, Quantity, str, list]]:
    """:func:`_named_operands` and, fourth, the other counts of the window that might be the base (of the numerator's
    measure, at least the numerator, of its period and span, without a share of their own): with any of them the base
    is not certain and the rule stays silent (审结800件，审结率70% after 受理3,000件，其中行政复议案件1,000件: the base
    may be either)."""
    found = _with_others(doc, masked, q, _named_operands(doc, masked, q, name, kind))
    if found is None and kind == "rate":
        # 共排查矛盾纠纷8,964件。其中调解成功8,712件，…。全年调解成功率达97.2%: the counts beyond the window
        found = _linked_operands(doc, masked, q, name)
    if found is not None and national_base(doc, masked, found[0], found[1], q):
        return None
    if found is not None and found[1] not in scope_frame_cut(doc, masked, q, [found[1]]):
        return None       # (区级执法人员中，…持证率98.1% over 全市…行政执法人员2,846人: a wider set than the frame's)
    return found


#: the country or a wider body (全国法院审结…) against the report's own area (本市, 全市…)
_NATIONAL = lazyre.compile(r"全国|全國|全球|世界")
_LOCAL = lazyre.compile(scope_alternation("own", traditional=True) + "|" + r"全[省市区區县縣州镇鎮乡鄉旗盟]")


def national_base(doc, masked: str, n: Quantity, d: Quantity, q: Quantity) -> bool:
    """Whether the base ``d`` counts the whole country (全国法院审结一审行政案件29.9万件) while the numerator ``n`` or the rate
    ``q`` counts the report's own area (本市行政机关败诉96件，败诉率8.0%): no base of that rate."""
    sd = doc.sentence_at(d.start)
    if sd is None:
        return False
    cs = max(sd.start, *(masked.rfind(p, sd.start, d.start) + 1 for p in "，,；;：:"))
    if _NATIONAL.search(masked, cs, d.start) is None:
        return False        # (the country named in another clause: 按…全国经济普查口径计算，…生产总值…达到4926.9亿元)
    for x in (n, q):
        sx = doc.sentence_at(x.start)
        if sx is not None and _LOCAL.search(masked, sx.start, x.start) is not None:
            return True
    return False


def _with_others(doc, masked, q, found):
    if found is None:
        return None
    n, d, how = found
    lo, _hi, window = _window_counts(doc, masked, q)
    others = [c for c in window if c is not n and c is not d
              and measure_of(c) == measure_of(n) and count_interval(c)[1] >= count_interval(n)[0]
              and not _periods_apart(masked, n, c, lo) and not OWN_SHARE_AFTER.match(masked, c.end)
              and c.start >= max(lo, q.start - 400)]
    return n, d, how, others


#: a count of what came in this year (新收) and one carried over from the year before (结转, 旧存): together they are what
#: was handled; neither alone is the base of an outcome's rate
_INTAKE = lazyre.compile(r"新收|新受理|新立案")
_CARRIED = lazyre.compile(r"结转|結轉|旧存|舊存|旧案|舊案")


def _carried_beside(doc, masked: str, d: Quantity) -> bool:
    """Whether the sentence of the intake ``d`` also states what was carried over (上年结转45件)."""
    s = doc.sentence_at(d.start)
    return s is not None and _CARRIED.search(masked, s.start, s.end) is not None


#: patterns of _named_operands, compiled once (a call of re's module functions looked each one up in
#: re's cache on every call, and compiled it again once other patterns had pushed it out)
_NAMED_OPERANDS_RE1 = lazyre.compile(r"(?:率|比例|比重|占比|佔比|度)$")
_NAMED_OPERANDS_RE2 = lazyre.compile(r"分别|分別")
_NAMED_OPERANDS_RE3 = lazyre.compile(r"^(?:其中|全年|年内|年內)+|(?:所|的)+$")
_NAMED_OPERANDS_RE4 = lazyre.compile(r"(?:在)?(?P<f>[\u4e00-\u9fff]{2,14}?)(?:中|当中|之中)(?P<s>[\u4e00-\u9fff“”]{2,}|\d{1,3}岁[\u4e00-\u9fff“”]{2,})$")
_NAMED_OPERANDS_RE5 = lazyre.compile(r"\d|[一二三四五六七八九十两]大|[一二三四五六七八九十两]类|[一二三四五六七八九十两]项")
_NAMED_OPERANDS_RE6 = lazyre.compile(r"^(?:有|其中|共|计|已|均|实际|實際|已经|已經)+")
_NAMED_OPERANDS_RE7 = lazyre.compile(r"(?:的)?(?:占比|佔比|比重|比例)(?:为|為|达到|達到|达|達|是)?$")
_NAMED_OPERANDS_RE8 = lazyre.compile(r"[，,]\s*")
_NAMED_OPERANDS_RE9 = lazyre.compile(r"\s*[，,；;]\s*")


#: rates of an outcome among those an action reached (满意率 of those visited, 合格率 of the samples checked) and the
#: actions that reach a population: a count named by one is the base of such a rate (回访当事人1,200人, 问卷800份)
_SURVEY_RATE = lazyre.compile(r"(?:满意|滿意|知晓|知曉|参与|參與|合格|达标|達標|认可|認可|好评|好評|支持|知悉)(?:率|度)$")
_REACHED = lazyre.compile(r"回访|回訪|调查|調查|走访|走訪|抽查|抽檢|抽检|抽样|抽樣|测评|測評|问卷|問卷|访问|訪問|受访|受訪|"
                          r"参评|參評|电话回访|随机")


def _reached_base(masked: str, pre: str, name: str, d: Quantity, n: Quantity, counts, names) -> bool:
    """Whether ``d`` is the population the outcome rate ``name`` is over: a count of those an action reached (回访当事人
    1,200人, 开展问卷调查800份, 抽查样品500批次), the only such count around the rate (抽查食品500批次…抽查药品200批次: two
    populations, no certain base), the rate stated for no earlier period of its own (上年满意率)."""
    if _SURVEY_RATE.search(name) is None or _REACHED.search(names[id(d)]) is None or _PRIOR_RATE.search(pre):
        return False
    return sum(1 for c in counts if c is not n and _REACHED.search(names[id(c)])) == 1


#: a rate stated for an earlier period (上年满意率, 去年同期合格率)
_PRIOR_RATE = lazyre.compile(r"上一?年|去年|前一?年|同期|(?:19|20)\d{2}年")


def _outcome_union(name: str, stem: str) -> str:
    """``name`` with a union of grades of one outcome that holds the outcome itself collapsed to it: 满意或基本满意的 /
    非常满意和满意 / 满意、比较满意 → 满意 (the union is the whole outcome, its qualifiers restrict nothing); a union of
    qualified grades only (非常满意和比较满意) is kept."""
    if len(stem) < 2 or stem not in name:
        return name
    grade = "(?:(?:" + QUALIFIER.pattern + ")*" + re.escape(stem) + ")"
    def bare(m):
        parts = re.split(r"或者|或|和|与|與|及|、", m.group())
        return stem if any(p == stem for p in parts) else m.group()
    return re.sub(grade + "(?:(?:或者|或|和|与|與|及|、)" + grade + ")+", bare, name)


def _named_operands(doc, masked: str, q: Quantity, name: str, kind: str) -> Optional[Tuple[Quantity, Quantity, str]]:
    """(numerator, base, reading) of a rate or share found among the counts of its sentence and the nearest sentences
    around it **by what they are**, in either order: the numerator is the one count named by the rate's stem
    (答复率 ← 已答复322件; 及时受理率 ← 及时受理12,418件; 满意度 ← 评价“满意”4.21万人次) or, for a share, by the subject of 占
    (民营企业出口占… ← 民营企业出口339.4亿元; 高新技术产业产值占比 ← 高新技术产业产值1,284亿元) or the count right before 占 or
    right after the share (，计6,475件); the base is the one other count of the same measure, at least the numerator, that
    is the whole the rate is over: named by the procedure or a total (受理/收到/产生/共/总…; without the rate's qualifier:
    受理 for 及时受理率), or for a share by the object of 占 (全市出口总额 ← 全市出口486.2亿元; 总量 ← the total of the
    subject's noun) or, with no object, by the numerator's metric (规上工业产值 for 高新技术产业产值占比).  ``None`` when no
    count or two counts fit either role, when a goal, a plan or 分别 is in the clause, when the two counts are of different
    periods, spans or scopes, or when the numerator is named negated (不予受理 is no numerator of 受理率)."""
    if q.value > 100:
        return None
    s = doc.sentence_at(q.start)
    if s is None:
        return None
    floor = clause_start(doc, masked, q.start, max(s.start, q.start - 40))
    if _NAMED_OPERANDS_RE2.search(masked[floor:q.start]) or GOAL.search(masked, floor, q.start) \
            or PLAN_AROUND_SHARE.search(masked, s.start, s.end) or _PLAN_SENTENCE.search(masked, s.start, s.end):
        return None
    named = _named_counts(doc, masked, q)
    if named is None:
        return None
    lo, counts, names, keys = named
    pre = masked[floor:q.start]
    if kind == "share":
        zm = _ZHAN_OBJECT.search(pre)
        if zm is not None:
            subject, obj = pre[:zm.start()], zm.group("x")
        else:
            subject, obj = _NAMED_OPERANDS_RE7.sub("", pre), ""
        subject = _NAMED_OPERANDS_RE3.sub("", subject)
        # 一般公共预算收入中非税收入占比: the whole framed inside the clause, the subject after 中
        sf = _NAMED_OPERANDS_RE4.match(subject)
        inner = ""
        if sf is not None and sf.group("s")[:1] not in _NOT_AMONG:
            inner, subject = _key(sf.group("f")), sf.group("s")
        if not _key(_SCOPE_WORD.sub("", subject)) and masked.startswith("的", q.end):
            return _noun_after(doc, masked, q, s, counts, names, keys)
        if zm is None and (masked.startswith("的", q.end) or pre.rstrip().endswith("的")):
            return _subject_and_noun(doc, masked, q, s, subject + ("的" if pre.rstrip().endswith("的") else ""),
                                     counts, names, keys, lo)
        skey = _key(subject)
        if _PLAN_OBJECT.search(obj) or (subject.strip() and len(skey) < 2):
            return None       # 占预算数的: a completion of a plan; 累计占社区总数的: a subject no count is named by
        if len(skey) >= 2:
            # (its name ends with the subject: 涉企案件中的行政处罚案件 is a part of 涉企案件, not it)
            nums = [c for c in counts if keys[id(c)].endswith(skey)]
            if not nums:
                # 财政教育支出占… over 教育支出68.4亿元: the subject's name shortened to its own words
                nums = [c for c in counts if len(keys[id(c)]) >= 4 and skey.endswith(keys[id(c)])]
            if not nums:
                # (，达98.6万亩: the copula may be read into the figure as its word before — matched up to the number)
                after = [c for c in counts if c.start >= q.end and _PART_NEXT_BARE.search(masked, q.end, c.num_start)
                         and len(masked[q.end:c.num_start]) <= 6]
                nums = after
        else:
            # 项目支出1,445.55万元，占43.4%: the count closing the clause right before 占
            nums = [c for c in counts if c.end <= floor and _NAMED_OPERANDS_RE8.fullmatch(masked[c.end:floor])]
        if len(nums) != 1:
            return None
        n = nums[0]
        if _period_differs(masked, q, floor, n, lo) or not _scopes_agree(pre[:zm.start()] if zm else pre, names[id(n)]):
            return None       # (全市民生支出占… is not 市本级民生支出142.3亿元 over 市本级…)
        scope = set(_SCOPE_WORD.findall(obj))
        core = _key(_TOTAL_TAIL.sub("", _SCOPE_WORD.sub("", obj)))
        if _NAMED_OPERANDS_RE5.search(obj):
            return None       # 占三大产业的: the whole is a list's sum (claims.rates.list_share)
        nkey = keys[id(n)] or skey
        fm = _FRAME.match(masked, s.start, s.end)
        frame = inner or (_key(fm.group("w")) if fm is not None else "")
        cands = []
        for d in counts:
            if d is n or measure_of(d) != measure_of(n) or count_interval(d)[1] < count_interval(n)[0]:
                continue
            if OWN_SHARE_AFTER.match(masked, d.end) or _periods_apart(masked, n, d, lo):
                continue      # (a sibling with a share of its own: 基本支出2,416.85万元，占…)
            dname, dkey = names[id(d)], keys[id(d)]
            if scope and not scope & set(_SCOPE_WORD.findall(dname)):
                continue      # 占全省: a base of the province, not the district's count
            if core:
                ok = core in dkey and not (skey and skey in dkey)
            elif obj:
                # 占总量的 / 占总额的: the total of the subject's noun
                ok = bool(_BASE_WORDS.search(dname)) and len(nkey) >= 2 and (nkey[-2:] in dkey)
            else:
                # 高新技术产业产值占比 over 规上工业产值: a whole of the numerator's metric named as a whole (a total, a
                # scope, the statistical population 规上/限上 — never by a generic head alone: 涉企案件 and 行政应诉案件
                # share only 案件 —, the count a 其中 right after it opens, or the 在…中 frame of the sentence or the
                # clause) — never a sibling (金融业增加值占比 is not over 文化产业增加值)
                dcore = _TOTAL_TAIL.sub("", dkey)
                in_frame = bool(frame) and len(dkey) >= 2 and (frame in dkey or dkey in frame
                                                              # (the frame's total named after it: 行政复议案件总数)
                                                              or (len(dcore) >= 2 and dcore != dkey and dcore in frame)
                                                              # (粮食播种面积 for the frame 粮食作物播种面积: the same
                                                              # name shortened, its words in order, its head kept)
                                                              or _shortened(dkey, frame))
                # a frame naming the whole (户籍人口中，老年人口占…) admits only a count of that whole, never another
                # whole of the same head (常住人口)
                named_frame = len(frame) >= 2 and _key(_SCOPE_WORD.sub("", frame)) != ""
                ok = len(nkey) >= 2 and nkey not in dkey and (
                    in_frame
                    or (not named_frame and nkey[-2:] in dkey
                        and ((nkey[-2:] not in _GENERIC_GRAMS and bool(_WHOLE_NAME.search(dname)))
                             or (_NAMED_OPERANDS_RE9.fullmatch(masked[d.end:floor]) is not None
                                 and masked.startswith("其中", floor)))))
            if ok and _scopes_agree(names[id(n)], dname):
                cands.append(d)
        if len({count_interval(d) for d in cands}) != 1 or _period_differs(masked, q, floor, cands[0], lo):
            return None
        return n, cands[0], "share: numerator named by the subject of 占, base by its object or the metric"
    core = _NAMED_OPERANDS_RE1.sub("", name)
    if len(core) < 2:
        return None
    # the qualifiers written before the name (其中及时受理率: 及时): the numerator carries them, the base does not
    k = pre.rfind(core)
    qm = re.search("(?:" + QUALIFIER.pattern + ")+$", pre[:k]) if k > 0 else None
    # (重点企业合格率: a qualifier anywhere in the rate's name restricts it, and the numerator must carry it)
    quals = QUALIFIER.findall(pre[:k] + core) if k >= 0 else QUALIFIER.findall(core)
    stem = (qm.group() if qm else "") + core
    nums = []
    for c in counts:
        nm = names[id(c)]
        if c.start >= q.start and c.end <= q.end:
            continue
        if breaks_down_rate(masked, counts, q.end, c, stem):
            continue          # 纠错率24.0%，其中直接纠错38件: what 其中 breaks down after the rate is a part, no numerator
        k = nm.find(stem)
        hit = k >= 0 and not _NEGATED_BEFORE.search(nm[:k]) and not _NOT_NUMERATOR.search(nm)
        if not hit:
            own = _NAMED_OPERANDS_RE6.sub("", nm.split("|")[0].strip())
            hit = 2 <= len(own) < len(stem) and stem.endswith(own) and not all(ch in _STOP_CHARS for ch in own)
        if hit and set(QUALIFIER.findall(_outcome_union(nm, stem))) == set(quals):
            # (a count with a qualifier the rate lacks is a subset: 按期答复 is not all 答复; one without the rate's
            # qualifier holds it: 办结990件 is not 按期办结)
            nums.append(c)
    if len(nums) != 1:
        return None
    n = nums[0]
    if _period_differs(masked, q, floor, n, lo) or not _scopes_agree(pre, names[id(n)]):
        return None
    cands = []
    for d in counts:
        if d is n or measure_of(d) != measure_of(n) or count_interval(d)[1] < count_interval(n)[0]:
            continue
        if _periods_apart(masked, n, d, lo) or OWN_SHARE_AFTER.match(masked, d.end):
            continue
        dname = names[id(d)]
        if stem in dname:
            continue          # (another count named by the rate itself)
        if _INTAKE.search(dname) and _carried_beside(doc, masked, d):
            continue          # 新收286件，上年结转45件: the year's intake is one side of what was handled, not the base
        if quals and len(QUALIFIER.sub("", core)) >= 2 and QUALIFIER.sub("", core) in dname \
                and not any(x in dname for x in quals):
            ok = True         # 及时受理率 over 受理1.26万件
        else:
            ok = denominator_fits(name, dname, strict=True) or (not has_known_base(name) and bool(_BASE_WORDS.search(dname))) \
                or _reached_base(masked, pre, name, d, n, counts, names)
        if ok and _scopes_agree(names[id(n)], dname) and _things_agree(QUALIFIER.sub("", keys[id(n)].replace(stem, "")), keys[id(d)]):
            cands.append(d)
    if len({count_interval(d) for d in cands}) != 1 or _period_differs(masked, q, floor, cands[0], lo):
        return None
    return n, cands[0], "rate: numerator named by the rate's stem, base by the procedure or a total"


#: 其中 opening the clause of a count after a rate: a breakdown of what the rate counts
_BREAKDOWN_AFTER = lazyre.compile(r"其中[^，,；;。]*$")
#: a breakdown opened by 其中 right after a rate (…纠错率10.6%，其中撤销36件、确认违法12件; 公开率100%。其中，在规定时限内
#: 公开的121件 — a sentence opened by 其中 breaks down what the sentence before counted), and what closes it
_BREAKDOWN_OPENS = lazyre.compile(r"[^，,；;。\n（(]{0,16}?(?:[，,：:。]\s*|(?P<br>[（(]))其中")
_BREAKDOWN_STOP = lazyre.compile(r"[；;。！？\n]")
_BREAKDOWN_STOP_BR = lazyre.compile(r"[；;。！？\n）)]")


def breaks_down_rate(masked: str, counts, rate_at: int, c: Quantity, stem: str = "") -> bool:
    """Whether ``c`` stands after the rate ending at ``rate_at`` in a clause opened by 其中 with no count between: a part
    of what the rate counts (纠错率24.0%，其中直接纠错38件), never its numerator.  (共审结356件，其中直接纠错52件 after the rate:
    其中 breaks down the count before it.)  Not when the words after 其中 are the rate's ``stem`` itself (即时办理率超过95%。
    其中即时办理2,800件: the numerator restated, :func:`restates_stem`).  Every item of a breakdown opened by 其中 right
    after the rate (``rate_at`` its start or end) is such a part, not the first only (纠错率10.6%，其中撤销36件、确认违法12件 / 受理率92.5%，其中网上受理
    312件，窗口受理206件: 12件 or 206件 alone is one kind of what the rate counts), up to the end of the sentence or a ；
    (of the bracket, when a bracket opens it)."""
    if c.start < rate_at or (stem and restates_stem(masked, c, stem)):
        return False
    if _BREAKDOWN_AFTER.search(masked, rate_at, c.start) and not any(rate_at <= x.start < c.start for x in counts):
        return True
    m = _BREAKDOWN_OPENS.match(masked, rate_at)
    # (a breakdown in a bracket ends with it: 纠错率10.6%（其中撤销36件、确认违法12件）)
    stop = _BREAKDOWN_STOP_BR if m is not None and m.group("br") else _BREAKDOWN_STOP
    return m is not None and m.end() <= c.start and stop.search(masked, m.end(), c.start) is None


#: what may stand between 其中 and its count besides the name (其中，即时办理的有2,800件)
_AFTER_AMONG_NOISE = lazyre.compile(r"[，,：:\s]|的|有|为|為|达|達|共|计|計")


#: a rate's name closing the words right before its figure (参保率 / 占比 is no rate: 占 names the part before it)
_RATE_NAME_END = lazyre.compile(r"(?<!增长)(?<!增長)(?:率|比例)(?:为|為|是|达到|達到|达|達)?\s*$")
#: what may stand between a rate and a 其中 that breaks down what it counts
_RATE_AMONG_GAP = lazyre.compile(r"[\s，,：:（(]*")


def rate_before_breakdown(doc, masked: str, floor: int, a: int, part_words: str) -> Optional[Quantity]:
    """The rate whose clause the 其中 at ``a`` follows right after (…42.8万人，参保率98.6%，其中城镇职工参保12.4万人、城乡居民
    参保29.8万人) when the first part's words ``part_words`` name what the rate counts (参保 for 参保率, 撤销 for 纠错率):
    what that 其中 breaks down is the rate's numerator — a part of the count before the rate, not all of it — so its
    parts add up to at most that count, never to all of it.  None when another figure, or words, stand between the
    rate and 其中, the figure before is no rate (a growth, a share after 占), or the part is named otherwise
    (城镇化率29.0%，其中城镇人口…、乡村人口…: a split of the population before the rate)."""
    last = recent(doc, floor, a, 1)
    if not last:
        return None
    q = last[-1]
    if not q.is_percent or not _RATE_AMONG_GAP.fullmatch(masked, q.end, a):
        return None
    m = _RATE_NAME_END.search(context_before(masked, q, floor, 10))
    if m is None:
        return None
    stem = rate_stem(context_before(masked, q, floor, 10)[:m.start()] + "率")
    act = stem[-2:]
    if len(act) == 2 and act in part_words:
        return q
    return q if any(pat.search(stem) and words.search(part_words) for pat, words in _NUMERATOR_WORDS) else None


def among_words(masked: str, c: Quantity) -> Optional[str]:
    """The words between a 其中 opening ``c``'s clause and ``c`` (其中非常满意600人 → 非常满意), None without one."""
    lo = max(masked.rfind(ch, 0, c.start) for ch in "，,；;。（(\n")
    k = masked.rfind("其中", max(0, lo - 2, c.start - 20), c.start)
    if k < 0:
        return None
    return _AFTER_AMONG_NOISE.sub("", masked[k + 2:c.start])


def restates_stem(masked: str, c: Quantity, stem: str) -> bool:
    """Whether the words after the 其中 of ``c`` are the rate's stem itself (其中即时办理 for 即时办理率), so ``c`` is the
    numerator, not a part of it (其中直接纠错 for 纠错率, 其中非常满意 for 满意率)."""
    w = among_words(masked, c)
    return w is not None and bool(stem) and w == stem


# -- a rate over the whole its numerator is a part of, stated sentences away -------------------------------------
#: words opening a rate's name that say whose or what it is of, not what was done (行政机关胜诉率, 群众满意率, 综合纠错率)
_RATE_LEAD = lazyre.compile(r"^(?:行政机关|行政機關|政机关|政機關|机关|機關|群众|群眾|综合|綜合|总体|總體|整体|整體|全年|年度|"
                            r"全市|全区|全區|全县|全縣|全省|行政复议|行政復議|行政应诉|行政應訴|复议|復議|案件)+")
#: outcomes a rate counts that a text names by their kinds (行政复议法, 行政诉讼法): (the rate, the kinds, whether a
#: count named by the union of all of them is all of the rate's numerator).  纠错 is 撤销 + 变更 + 确认违法 + 责令履行;
#: 胜诉 is at least 驳回 + 撤诉 (a case ended otherwise — 裁定驳回起诉, 终结 — is no loss either: the rate is at least
#: their ratio); 综合纠错 adds what was settled by mediation (at least the direct corrections' ratio)
_OUTCOME_KINDS = (
    (lazyre.compile(r"纠错|糾錯|纠正|糾正"),
     (lazyre.compile(r"撤销|撤銷"), lazyre.compile(r"变更|變更"), lazyre.compile(r"确认违法|確認違法|确认无效|確認無效"),
      lazyre.compile(r"责令履行|責令履行|责令重作|責令重作")), True),
    (lazyre.compile(r"胜诉|勝訴"), (lazyre.compile(r"驳回|駁回"), lazyre.compile(r"撤诉|撤訴|撤回起诉|撤回起訴")), False),
)
#: a rate that adds mediated cases to the direct outcomes (综合纠错率)
_COMPOSITE = lazyre.compile(r"综合|綜合")
#: the base of a part closed by 中 before it in its sentence (在审结的417件案件中，… / 审结的364件中，按期审结357件)
_AMONG_CLOSE = lazyre.compile(r"[\u4e00-\u9fff“”（）()]{0,12}?(?:当中|當中|之中|中)[，,：:]?")
#: how far before a rate its numerator is looked for (characters), and how many figures are read there at most
_LINK_REACH = 700
_LINK_SCAN = 40


def _link_floor(doc, q: Quantity) -> int:
    """Where the numerator of ``q`` may stand at the earliest: the start of the report's level-1 part (一、…; a rate
    under （二） may be over counts stated under （一）), at most :data:`_LINK_REACH` characters back."""
    from .lookback import _part_start
    return max(_part_start(doc, q.start), q.start - _LINK_REACH, 0)


def _outcome_kinds_named(name: str, words: str) -> Optional[bool]:
    """Whether a count named ``words`` is the numerator of the rate ``name`` by the outcomes it lists (撤销、变更、确认
    违法和责令履行的共77件 for 纠错率; 判决驳回诉讼请求或原告撤诉的161件 for 胜诉率): ``True`` when it names every kind
    of the outcome, ``False`` when it names all but one of them (the rate is at least its ratio: what is unnamed
    may add to it), ``None`` otherwise."""
    for pat, kinds, complete in _OUTCOME_KINDS:
        if pat.search(name):
            named = sum(1 for k in kinds if k.search(words))
            if named == len(kinds):
                return complete and not _COMPOSITE.search(name)
            if named >= 2 and named == len(kinds) - 1:
                return False
            return None
    return None


def _linked_whole(doc, masked: str, n: Quantity, floor: int) -> List[Quantity]:
    """The whole count ``n`` is stated as a part of: among a whole closed by 中 (``claims.ratios.among``; 在审结的417件
    案件中，撤销…的共77件 with words and a 、 list between), or after 其中 — in its sentence (受理…3,150件，其中…) or opening it,
    the whole closing the sentence before (共排查矛盾纠纷8,964件。其中调解成功8,712件; ``claims.parts.separated_whole``).
    ``[]`` when no such link is stated."""
    from .parts import separated_whole
    s = doc.sentence_at(n.start)
    if s is None:
        return []
    a = among(doc).get(n.start)
    if a is not None and a.whole.start >= floor:
        return [a.whole]
    meas = measure_of(n)
    same = [c for c in quantities_in(doc, s.start, n.start) if is_count(c) and measure_of(c) == meas]
    for d in reversed(same):
        m = _AMONG_CLOSE.match(masked, d.end)
        if m is not None and m.end() > d.end and not _CLAUSE_STOP.search(masked, m.end(), n.start) \
                and not any(c.start >= m.end() for c in same):
            return [d]
        break
    k = masked.rfind("其中", s.start, n.start)
    if k < 0 or any(c.start > k for c in same) or _CLAUSE_STOP.search(masked, k, n.start):
        return []
    si = doc.sentence_index(s.start)
    lo = doc.sentences[si - 1].start if si > 0 else s.start
    if lo < floor:
        return []
    return separated_whole(masked, s, k, [c for c in quantities_in(doc, lo, k) if is_count(c)], n)


_CLAUSE_STOP = lazyre.compile(r"[。；;！!？?]")
_PART_OPENS = lazyre.compile(r"其中|其內|其内")
#: the reading of a rate over the whole its numerator is stated as a part of: its other bases are alternatives, each
#: checked (silent when one fits)
LINKED = "rate over the whole its numerator is a part of (其中/中, across sentences)"
#: the end of a reading whose numerator may leave out some of the rate's outcomes (the rate is at least the ratio)
AT_LEAST = "; the numerator may leave out some of the rate's outcomes: the rate is at least the ratio"


def _linked_operands(doc, masked: str, q: Quantity, name: str) -> Optional[Tuple[Quantity, Quantity, str, list]]:
    """A rate whose two counts stand beyond its own window, found by what they are: the numerator is the one count
    before the rate (back to its part of the report, :func:`_link_floor`) or in the sentence right after it whose name
    is the rate's action (调解成功 for 调解成功率, 满意或基本满意 for 满意率, 通过调解方式结案 for 调解结案率) or the union
    of the outcomes the rate counts (:func:`_outcome_kinds_named`); the base is the whole that count is stated as a part of
    (:func:`_linked_whole`: 其中, 中, across 。), or, with no such link, the one count before it named as the rate's
    base (its known base — 受理 for 结案率 —, a total or a procedure, those an action reached for a survey rate).
    ``(numerator, base, reading, others)``; ``others``: the other counts named as a base with no link, with which the
    base is not certain.  ``None`` when no count or two counts of different values fit the numerator, when another
    rate of the same action stands between it and the rate (it is that rate's), for a goal, a plan, 分别 or an
    earlier period in the rate's clause, when the two counts are of different periods, spans or scopes, or when the
    base fits no known base of the rate (出庭应诉率 is over 应出庭, not over the cases heard)."""
    if q.value > 100:
        return None
    s = doc.sentence_at(q.start)
    if s is None:
        return None
    cfloor = clause_start(doc, masked, q.start, max(s.start, q.start - 40))
    pre = masked[cfloor:q.start]
    if _NAMED_OPERANDS_RE2.search(pre) or GOAL.search(pre) or _PRIOR_RATE.search(pre) \
            or PLAN_AROUND_SHARE.search(masked, s.start, s.end) or _PLAN_SENTENCE.search(masked, s.start, s.end):
        return None
    core = _NAMED_OPERANDS_RE1.sub("", name)
    k = pre.rfind(core)
    if k > 0:
        # (the words of the name the rate context left out: 调解结案率 read as 结案率)
        lead = re.search(r"[\u4e00-\u9fff]{0,4}$", pre[:k]).group()
        core = lead + core
    action = _RATE_LEAD.sub("", core)
    if len(action) < 2 or QUALIFIER.search(action):
        return None           # (a qualified rate — 按期办结率 — is read by the window readings, which know its subsets)
    floor = _link_floor(doc, q)
    ends = [x.end for x in doc.sentences[doc.sentence_index(q.start) + 1:doc.sentence_index(q.start) + 2]
            if x.paragraph == s.paragraph]
    hi = ends[0] if ends else s.end
    nums: List[Tuple[Quantity, Optional[bool]]] = []
    for c in recent(doc, floor, q.start, _LINK_SCAN) + following(doc, q.end, hi, 8):
        if not is_count(c) or c.approx is not None or is_delta(masked, c) or OWN_SHARE_AFTER.match(masked, c.end):
            continue
        cs = doc.sentence_at(c.start)
        # (its name before it and, the clause going on with words only, after it: 其中有81个完成了信息公示)
        nm = _count_name(doc, masked, c, cs.start if cs is not None else floor)
        if _NOT_NUMERATOR.search(nm) or _NEGATED_BEFORE.search(nm[:max(0, nm.find(action[:2]))]):
            continue
        if action in nm or (len(action) >= 4 and _in_order(action, nm)):
            # (满意或基本满意的: a union of grades holding the outcome itself is the outcome, no subset of it)
            if re.search(r"(?:不予|未予|未能|未|不|没有|沒有|无法|無法)" + re.escape(action[:2]), nm) \
                    or QUALIFIER.search(_outcome_union(nm, action)):
                continue
            nums.append((c, True, ""))
            continue
        own = _NAMED_OPERANDS_RE6.sub("", nm.split("|")[0].strip())
        if 2 <= len(own) < len(action) and action.endswith(own) and not all(ch in _STOP_CHARS for ch in own) \
                and not QUALIFIER.search(own):
            # 消费者投诉调解成功率 over 其中调解成功5,000件: the count names the rate's action, the rest of the rate's name
            # (消费者投诉) must name its base (投诉举报6,000件; not 婚姻家庭纠纷调解成功率 over all the cases)
            nums.append((c, True, action[:-len(own)]))
            continue
        u = _outcome_kinds_named(core, nm)
        if u is not None:
            nums.append((c, u, ""))
    if len({count_interval(c) for c, _, _ in nums}) != 1:
        return None
    n, exact, extra = nums[-1] if nums[-1][0].start < q.start else nums[0]
    exact = exact and not _COMPOSITE.search(core)     # (综合纠错率 adds the cases settled by mediation to 直接纠错)
    # (a rate of the same action between the count and this rate is the count's own)
    lo_between, hi_between = sorted((n.end, q.start))
    for r in quantities_in(doc, lo_between, hi_between):
        if r.is_percent and r is not q and (action in masked[max(0, r.start - 12):r.start]):
            return None
    ns = doc.sentence_at(n.start)
    nfloor = ns.start if ns is not None else floor
    if _not_this_years(masked, n, nfloor) or _PLAN_NOT_SUM.search(masked, clause_start(doc, masked, n.start, nfloor), n.start):
        return None
    # the counts before the numerator named as the rate's base (its known base, a total or a procedure, those an
    # action reached for a survey rate): the base when no link is stated, else the other bases it may be over
    named: List[Quantity] = []
    for d in recent(doc, floor, n.start, _LINK_SCAN):
        if not is_count(d) or d.approx is not None or is_delta(masked, d) or measure_of(d) != measure_of(n) \
                or count_interval(d)[1] < count_interval(n)[0] or OWN_SHARE_AFTER.match(masked, d.end):
            continue
        ds = doc.sentence_at(d.start)
        dfloor = ds.start if ds is not None else floor
        dname = own_words(doc, masked, d, dfloor) + "|" + _after_words(doc, masked, d)
        if action in dname or _PART_OPENS.search(masked, clause_start(doc, masked, d.start, dfloor), d.start) \
                or _periods_apart(masked, n, d, floor) or _not_this_years(masked, d, dfloor):
            continue
        if (denominator_fits(core, dname, strict=True) if has_known_base(core) else
                bool(_BASE_WORDS.search(dname)) or (_SURVEY_RATE.search(name) is not None
                                                    and _REACHED.search(dname) is not None)):
            named.append(d)
    linked = _linked_whole(doc, masked, n, floor)
    how = LINKED
    if not linked:
        if not named:
            return None
        linked = [named[-1]]
        how = "rate over the count named as its base before its numerator"
    d = linked[0]
    if how == LINKED:
        others = [x for x in named if count_interval(x) != count_interval(d)]
    else:
        # (named by words alone, the base may be any count of the measure between it and the numerator: 共计12,000件，
        # 办结11,400件。…满意的10,260件 — the survey may be of those settled)
        others = [x for x in recent(doc, d.end, n.start, _LINK_SCAN)
                  if is_count(x) and measure_of(x) == measure_of(n) and not is_delta(masked, x)
                  and count_interval(x)[1] >= count_interval(n)[0] and count_interval(x) != count_interval(d)] \
            + [x for x in named if count_interval(x) != count_interval(d)]
    if extra:
        dfl = doc.sentence_at(d.start)
        dwords = _count_name(doc, masked, d, dfl.start if dfl is not None else floor)
        if not _grams(_RATE_LEAD.sub("", extra)) & _grams(dwords):
            return None       # (婚姻家庭纠纷调解成功率: a rate of a kind the base does not name)
    if d is n or measure_of(d) != measure_of(n) or count_interval(d)[1] < count_interval(n)[0]:
        return None
    dsent = doc.sentence_at(d.start)
    dname = own_words(doc, masked, d, dsent.start if dsent is not None else floor)
    if has_known_base(core) and not denominator_fits(core, dname + "|" + _after_words(doc, masked, d), strict=True):
        return None           # (出庭应诉率 is over the cases due in court, not over all the cases heard)
    if _periods_apart(masked, n, d, floor) or _not_this_years(masked, d, dsent.start if dsent is not None else floor) \
            or not _scopes_agree(dname, own_words(doc, masked, n, nfloor)) or frames_differ(doc, masked, q, n):
        return None
    from .lookback import _SUBPERIOD
    own_sub = _SUBPERIOD.search(masked, s.start, q.start)
    for x, xs in ((n, nfloor), (d, dsent.start if dsent is not None else floor)):
        sub = _SUBPERIOD.search(masked, xs, x.start)
        if (sub is None) != (own_sub is None) or (sub is not None and sub.group() != own_sub.group()):
            return None       # (上半年受理…，其中调解成功…。全年调解成功率: counts of a part of the year)
    heads = [h for h in doc.headings if min(n.start, d.start) < h.start < q.start]
    if heads:
        # across a sub-heading (（一）行政复议…（二）…复议纠错率): only a rate naming what it is of, the base's sentence
        # naming it too — never a bare 调解成功率 under another heading (劳动争议调解 after 人民调解's counts)
        subj = core[:len(core) - len(action)] if core.endswith(action) else ""
        subj = re.sub(r"综合|綜合|总体|總體|整体|整體|全年|年度|群众|群眾", "", subj)
        if not (_grams(subj) & _grams(masked[dsent.start if dsent is not None else d.start:d.end])):
            return None
    # a count of the measure in the rate's own stretch (since the last ；or 。 before it) that is neither operand: the rate
    # may be over it (抽查食品样品500批次，合格480批次；抽查药品样品200批次，合格率90%: the drugs', not the food's)
    own_lo = max(masked.rfind(ch, s.start, q.start) for ch in "；;。") + 1 or s.start
    own_lo = max(own_lo, s.start)
    if any(is_count(x) and measure_of(x) == measure_of(n)
           and count_interval(x) not in (count_interval(n), count_interval(d))     # (the base or numerator restated)
           for x in quantities_in(doc, own_lo, q.start)):
        return None
    if n.start > q.start and "其中" in masked[q.end:n.start]:
        return None           # (持证率95.0%，其中持证女性执法人员380人: a breakdown of those the rate counts, not all of them)
    if n.start > q.start:
        # a numerator after the rate counts it only over the base the rate's own sentence (or the one before) stated
        # (审结…417件，综合纠错率18.5%。在审结的417件案件中，…77件); else it may open the next matter
        lo_r, _ = sentence_window(doc, q.start)
        if not any(is_count(x) and count_interval(x) == count_interval(d) for x in quantities_in(doc, lo_r, q.start)):
            return None
    if not exact:
        how += AT_LEAST
    return n, d, how, others


# -- patterns of the rules that read with this module (rules/arithmetic.py), compiled once -----
# -- LG101 ----------------------------------------------------------------------------------
#: patterns of _check_one, compiled once (a call of re's module functions looked each one up in
#: re's cache on every call, and compiled it again once other patterns had pushed it out)
_CHECK_ONE_RE1 = lazyre.compile(r"[，,]?\s*其中")
_CHECK_ONE_RE2 = lazyre.compile(r"分别|分別")
_CHECK_ONE_RE3 = lazyre.compile(r"[，,：:]")
_CHECK_ONE_RE4 = lazyre.compile(r"\s*[；;]")
_CHECK_ONE_RE5 = lazyre.compile(r"\s*[。！!]")
_CHECK_ONE_RE6 = lazyre.compile(r"户籍|戶籍|常住")
_CHECK_ONE_RE7 = lazyre.compile(r"上年|去年|同期|上一年|前一年|(?:19|20)\d\d年|以来|累计|累計")
_CHECK_ONE_RE8 = lazyre.compile(r"占|佔")
_CHECK_ONE_RE9 = lazyre.compile(r"(?:所)?(?:占比|佔比|比重|比例|占|佔)[^，,]*$")
_CHECK_ONE_RE10 = lazyre.compile(r"\s*其中")
_CHECK_ONE_RE11 = lazyre.compile(r"[、和及与與]")


# modules this one's functions read at call time and cannot import at the top (they import this one): bound by
# lintgov.claims once every submodule is complete (an import statement in the function ran at every call)
_late_metric = None
_late_ratios = None
_late_parts = None
