"""Operands of a rate, a share or a target found by what they are, wherever they stand before it (part of the
claims layer).

A report states a count in one sentence, a paragraph or a sub-heading earlier, and the rate over it later, under
another name for the metric::

    全市在册执法人员10,240人。\\n全年组织轮训，参训9,830人，参训率96.0%。
    新收520件，加上上年结转30件，共需办理550件。\\n二、审结\\n审结506件，结案率92.0%。
    判决行政机关败诉的18件。\\n一审审结被诉案件共计240件。\\n全年败诉率为7.5%。
    反映征地问题的480件次，占全部事项的15.0%。     (全年受理来信来访3,200件次 two sentences earlier)
    年初确定化解积案140件，已化解119件，完成目标任务的85.0%。

:func:`rate_readings` and :func:`target_readings` return the readings the text allows, nearest first and bounded (a
few numerators, a few bases, never all pairs of a paragraph); the rule checks them and stays silent when any fits.
What a count *is* decides its role, not the words between the figures:

* **where** — the region widens from the figure's clause to its sentence, its paragraph and the paragraphs above it
  under the same level-1 heading (:func:`reach_floor`: a rate right under its heading reads the part before it too:
  复议 → 审结), at most :data:`_REACH` characters back, the last :data:`_SCAN` figures there, and the sentence after;
* **numerator** — a count named like the rate: a word of two characters the rate's name shares with the count's
  words (参训率 ↔ 参训, 城镇化率 ↔ 城镇人口), or the outcomes the rate counts (``rates._NUMERATOR_WORDS``: 结案率 ↔
  审结; 胜诉率 ↔ 维持/驳回, at least the ratio); a share's numerator is the count of its own clause (the subject of
  占), else the count its subject names;
* **base** — a count of the numerator's measure, at least the numerator, this period and scope: linked when it is a
  total (共/总/合计/全部), a frame (60件案件中), the rate's known base (受理 for 结案率, ``rates.denominator_fits``), or
  the words the share names after 占 (占执法人员总数的 ↔ 执法人员);
* **complement** — a count of what did not happen (未化解的84件, 其余): the rate is (base − it) ÷ base.

A reading is *certain* (the rule may report it) only when one numerator named by the rate's own action and one
linked base are found and nothing else of the measure could be either; otherwise the readings are alternatives,
any one of which keeps the figure silent.  Never a figure of a plan, a bound, an earlier period, a span, a wider
area (全国, 全省), a 分别 list or a change.

Cost: bisection for the region, at most :data:`_SCAN` + :data:`_AFTER` figures read and
:data:`_NUMS` × :data:`_BASES` pairs per figure.
"""
from __future__ import annotations

import bisect
import re
from typing import List, NamedTuple, Optional, Tuple

from .. import lazyre
from . import _PLAN_WORDS, plan_free
from ..quantities import Quantity
from .rates import (among_words, breaks_down_rate, _GENERIC_GRAMS, _NOT_NUMERATOR, _NUMERATOR_WORDS, _RATE_LEAD, QUALIFIER, context_before, count_interval,
                    denominator_fits, following, frames_differ, has_known_base, is_count, is_delta, measure_of, rate_stem, recent,
                    sentence_window)
from .classes import opposite_outcome
from .values import open_bound

__all__ = ["Reading", "Readings", "other_area_rate", "part_start", "rate_readings", "reach_floor", "respective_readings", "target_readings"]

#: how far back the operands are read at most (characters), how many figures there, and after the figure
_REACH = 1500
_SCAN = 40
_AFTER = 6
#: at most this many numerators and bases are paired (nearest first)
_NUMS = 3
_BASES = 4
#: a rate this close after its level-1 heading reads the part before it too (复议 … 二、审结 审结506件，结案率92.0%)
_OPENING = 160

#: words of a count of another period, a plan, a span, a change or an average: no operand of this year's rate
_NOT_LEVEL = lazyre.compile(r"上年|去年|上一年|前一年|同期|比上|较上|較上|年均|人均|平均|累计|累計|以来|以來|[两二三四五六七八九十]年(?:间|來|来)?|"
                            r"预计|預計|力争|力爭|争取|爭取|预期|預期|增加(?!值)|增长|增長|减少|減少|下降|提高|新增了|"
                            r"[一二三四1-4]季度|上半年|下半年|前三季度|前[两二三四五六七八九十]个?月|[一二三四五六七八九十\d]{1,2}月(?:份|底|末)?")
#: 同期 after another period's name or a comparison (上年同期, 与去年同期相比) is that period; alone (同期共审结案件240件,
#: 同期全市新增…) it is the period of the figure it follows
_PRIOR_SAME = lazyre.compile(r"(?:上年|去年|上一年|前一年|往年|历年|歷年|比|较|較|与|與|和|同比)同期")
#: words of what is to be done (将安排, 拟): no count of what was done
_FUTURE = lazyre.compile(r"(?<![即必])将(?!近)|(?<![即必])將(?!近)|安排|拟|擬|计划|計劃")
#: words of a target, a plan or a task (the base of a completion; never the operand of another rate)
_PLAN = lazyre.compile(r"目标|目標|任务|任務|计划|計劃|下达|下達|确定|確定|规划|規劃|年初")
#: the words of a completion's target: a plan's, or a budget (年初预算为45亿元; never 预算收入/支出, what came in or
#: was spent — nor a budget a share is of: 占预算支出的52.22% reads its base by _PLAN)
_TARGET_WORDS = lazyre.compile(r"目标|目標|任务|任務|计划|計劃|下达|下達|确定|確定|规划|規劃|年初|预算(?!收|支)|預算(?!收|支)")
#: scopes wider than a report's own (a share of them: the report does not state their total)
_WIDER = lazyre.compile(r"全国|全國|全省|全球|世界|国家|國家|同类|同類|全行业|全行業")
#: a total or a frame: a count that is a whole
_TOTAL = lazyre.compile(r"共|总|總|合计|合計|全部|全年|累计|累計|在册|在冊|现有|現有|应|應")
_FRAME_IN = lazyre.compile(r"(?P<w>[\u4e00-\u9fff]{2,10})(?:中|当中|當中|之中)(?!心|央|国|國|小|华|華|医|醫|学|學|等|级|級|期)")
#: a period named between a rate and counts after it, or in the rate's clause (2023年…办结率为96.4%，2024年受理850件):
#: the counts after it may be of another period
#: (never a basis compared with: 较上年有所提高；同期共审结240件)
_PERIOD = lazyre.compile(r"(?<![比较較与與和])(?:(?:19|20)\d\d年|上一?年|去年)|今年|本年|[一二三四]季度|上半年|下半年")
#: a frame opening a sentence (在已受理的案件中，…; 已办结的诉求当中，…): the whole the counts after it are parts of
_FRAME_OPENS = lazyre.compile(r"\s*(?:在|于|於)?(?P<w>[\u4e00-\u9fff“”]{2,12}?)(?:中|当中|當中|之中)[，,]")
_FRAME_AFTER = lazyre.compile(r"[\u4e00-\u9fff“”]{0,8}?(?:中|当中|當中|之中)(?:[，,：:]|$)")
#: a count of what did not happen, or the rest
_COMPLEMENT = lazyre.compile(r"^(?:[\u4e00-\u9fff]{0,4}?)(?:未|没有|沒有|尚未|其余|其餘|其他|其它|另有|剩余|剩餘)")
#: words of a rate's or share's sentence that make it no closed relation of this period's counts
_NOT_CLOSED = lazyre.compile(r"分别|分別|上年|去年|同期|年均|累计|累計|预计|預計|力争|力爭|目标|目標|计划|計劃|人均|平均|"
                             r"到20\d\d年|确保|確保|争取|爭取|提高|提升|下降|降低|上升|增加(?!值)|增长|增長|减少|減少|比上|较上|較上|"
                             r"以上|以下|左右|不低于|不低於|不少于|不少於|超过|超過|不足|不到|接近")
#: a whole after 占 that makes the figure a completion (占预算数的, 占计划的), not a closed share
_COMPLETION = lazyre.compile(r"(?:预算|預算|计划|計劃|目标|目標|任务|任務)(?:数|數)?的?$|上年|去年|同期")
#: an area named after 占 (占全市: in a district's report its total is not printed)
_AREA = lazyre.compile(r"全国|全國|全省|全市|全区|全區|全县|全縣|全球|世界|同类|同類|全行业|全港")
#: what a rate's or share's name says besides its metric
_NAME_NOISE = lazyre.compile(r"占比|佔比|比重|比例|比率|总数|總數|总量|總量|总额|總額|全部|数|數|的|占|佔|为|為|达到|達到|达|達|约|約|"
                             r"全年|年度|本年|当年|當年|全市|全区|全區|全县|全縣|[率]")
#: words of a count's clause that say nothing of its metric
_WORD_NOISE = lazyre.compile(r"全年|全市|全区|全區|全县|全縣|本年度?|当年|當年|今年|年内|年內|年度|共有|共计|共計|合计|合計|总计|總計|"
                             r"共|有|达到|達到|达|達|为|為|是|了|其中|截至|年底|年末|已|已经|已經|的")
_CJK = lazyre.compile(r"[\u4e00-\u9fff]+")
_NOUN_AFTER = lazyre.compile(r"[\u4e00-\u9fff“”]{0,8}")
#: a completion of a target (完成年度目标的112.5%, 完成省下达任务的121.0%, 完成目标任务的85.0%)
TARGET_NAME = lazyre.compile(r"(?:完成|达到|達到|实现|實現|为|為)(?:了)?(?P<core>[\u4e00-\u9fff]{0,12}?(?:目标|目標|任务|任務|计划|計劃|"
                             r"预算|預算)(?:任务|任務|数|數)?)的?$|(?:^|[，,；;。：:\s])(?P<rate>(?:全年|年度)?(?:计划|計劃|目标|目標|任务|任務)?"
                             r"完成率)(?:为|為|达到|達到|达|達)?$")
#: the word naming a target in a target's name (目标, 任务, 计划, 预算)
_TARGET_WORD = lazyre.compile(r"目标|目標|任务|任務|计划|計劃|预算|預算")
#: the words of a target's name that say nothing of which target it is
_TARGET_PLAIN = lazyre.compile(r"目标|目標|任务|任務|计划|計劃|预算|預算|年度|全年|年初|确定|確定|的|数|數|既定|各项|各項|"
                               r"全面|超额|超額|了")


class Reading(NamedTuple):
    """One reading of a rate: ``numerator`` over ``base`` (``complement``: (base − numerator) ÷ base; ``at_least``:
    the numerator may leave out some of the rate's outcomes; ``at_most``: the complement may leave out some)."""
    numerator: Quantity
    base: Quantity
    complement: bool = False
    at_least: bool = False
    #: a complement by the opposite outcome of a split that may leave others out (胜诉率 and 败诉7件: 胜诉 is at most
    #: the base less 败诉): the rate is at most (base − numerator) ÷ base
    at_most: bool = False


class Readings(NamedTuple):
    """The readings of one figure, nearest first; ``certain``: the one reading the rule may report (``None`` when
    other counts could be the operands)."""
    readings: List[Reading]
    certain: Optional[Reading]
    how: str


#: a budget or plan adjusted in the year (调整预算, 调整后的计划, 变更计划)
ADJUSTED = lazyre.compile(r"调整|調整|变更|變更")
#: a value named as the adjusted one right before it (调整为200亿元, 调整后预算200亿元, 调整预算数为…)
ADJUSTED_BEFORE = lazyre.compile(r"(?:调整|調整|变更|變更)(?:后|後)?(?:的)?(?:预算|預算|计划|計劃|目标|目標|任务|任務)?(?:数|數)?(?:为|為|至|到)?\s*$")


def part_start(doc, off: int) -> int:
    """The start of the level-1 part (一、…) holding ``off``, else 0."""
    starts = doc.__dict__.get("_lintgov_reach_starts")
    if starts is None:
        starts = [h.start for h in doc.headings if h.level <= 1]
        doc.__dict__["_lintgov_reach_starts"] = starts
    k = bisect.bisect_right(starts, off)
    return starts[k - 1] if k else 0


def reach_floor(doc, off: int) -> int:
    """Where the operands of a figure at ``off`` may stand at the earliest: the start of its level-1 part (一、…), or of
    the part before when the figure opens its part (within :data:`_OPENING` characters of the heading), at most
    :data:`_REACH` characters back.  (A reading over a count of the part before is an alternative that keeps the
    figure silent, never a certain one: :func:`rate_readings`.)"""
    head = part_start(doc, off)
    if head > 0 and off - head <= _OPENING:
        head = part_start(doc, head - 1)
    return max(head, off - _REACH, 0)


#: words that name where or how much, never what (全县共有, 我市, 共计): no gram of them links two figures (全县共有在园幼儿 /
#: 全县共有义务教育学校 share 县共 and 共有 only)
_NAMES_NOTHING = lazyre.compile(r"(?:全[国國省市区區县縣州镇鎮乡鄉]|[我本][省市区區县縣])(?:共有|共计|共計|共|有)?|共有|共计|共計")


def _grams(words: str) -> set:
    out = set()
    for run in _CJK.findall(_NAMES_NOTHING.sub(" ", words)):
        out.update(run[i:i + 2] for i in range(len(run) - 1))
    return out - _GENERIC_GRAMS


#: a note in brackets between a name and its count (审结（含终止）456件, 受理申请（含听证案件）480件)
_NOTE = lazyre.compile(r"[（(][^（）()\n]{0,20}[）)]")
_NOTE_BEFORE = lazyre.compile(r"[（(][^（）()\n]{0,20}[）)]\s*$")


def _words(doc, masked: str, c: Quantity, floor: int) -> Tuple[str, str]:
    """The words before a count in its clause (a bracketed note between them and the count left out) and the noun
    right after it (60件案件中: 案件中)."""
    a = max(floor, c.start - 40)
    if _NOTE_BEFORE.search(masked, a, c.start):
        seg = _NOTE.sub("", masked[a:c.start])
        for sep in "，,；;：:。、（(）)\n":
            seg = seg.rsplit(sep, 1)[-1]
        before = seg[-16:]
    else:
        before = context_before(masked, c, floor, 16).rsplit("\n", 1)[-1]
    m = _NOUN_AFTER.match(masked, c.end)
    return before, m.group() if m else ""


def _candidates(doc, masked: str, q: Quantity, floor: int, hi: int):
    """The counts around ``q`` that can be operands: (count, words before, noun after), nearest first."""
    s = doc.sentence_at(q.start)
    before = recent(doc, floor, q.start, _SCAN)
    after = following(doc, q.end, hi, _AFTER)
    out = []
    skipped = doc.__dict__.setdefault("_lintgov_reach_skipped", {})
    skipped[q.start] = []
    loose = doc.__dict__.setdefault("_lintgov_reach_loose", set())
    for c in list(reversed(before)) + after:
        if not is_count(c) or open_bound(c) or c.approx is not None or is_delta(masked, c):
            if is_count(c):
                skipped[q.start].append(c)
            continue
        if masked[c.end:c.end + 1] in ("%", "％") or masked[c.end:c.end + 1] == "数":
            continue
        sc = doc.sentence_at(c.start)
        lo = sc.start if sc is not None else floor
        w, noun = _words(doc, masked, c, max(lo, floor))
        clause = w
        same = "同期" in clause and not _PRIOR_SAME.search(masked, max(floor, c.start - 40), c.start)
        if same:
            clause = clause.replace("同期", "")
            if c.start < q.start:
                loose.add(id(c))      # (an alternative only: never the operand of a certain reading)
            # (after the figure 同期 names the figure's own period: 调解率25.4%，较上年提高；同期共审结240件)
        if _NOT_LEVEL.search(clause) or _FUTURE.search(clause) or frames_differ(doc, masked, q, c):
            # (2023年审结案件300件，维持260件；2024年纠错率20.5%: counts of another year are no operands)
            skipped[q.start].append(c)
            continue
        out.append((c, w, noun))
    del s
    return out


#: what may stand between a share and the count of its part in the clause after it (，实现增加值 / ，达到 / ；完成)
_OWN_PREDICATE = lazyre.compile(r"\s*[，,]\s*[\u4e00-\u9fff]{0,10}")
#: the verb opening a clause with no subject of its own
_VERB_LEAD = lazyre.compile(r"^(?:实现了?|實現了?|完成了?|达到了?|達到了?|达|達|为|為|共计|共計|累计|累計|新增|全年)+")


def info_w(cands, c) -> str:
    return next(w for x, w, _ in cands if x is c)


def _stem(name: str) -> str:
    stem = _RATE_LEAD.sub("", rate_stem(re.sub(r"度$", "", name)))     # (满意度 is named like 满意率)
    return _NAME_NOISE.sub("", stem)


def _action(name: str, words: str, quals=()) -> Optional[bool]:
    """Whether a count named ``words`` is counted by the rate ``name``: ``True`` by the rate's own action (its last two
    characters: 参训 of 参训率) or the outcomes the rate counts, ``False`` by another word the two names share,
    ``None`` when they share none."""
    if _NOT_NUMERATOR.search(words):
        return None
    quals = list(quals) or QUALIFIER.findall(name)
    if quals and not any(x in words for x in quals):
        return None           # (及时受理率: 受理 without 及时 is its base, never its numerator)
    if _WIN.search(name) and _AT_LEAST_OUTCOMES.search(words):
        return True
    stem = _stem(name)
    if len(stem) >= 2 and stem[-2:] in words:
        return True
    for pat, ws in _NUMERATOR_WORDS:
        if pat.search(name) and ws.search(words):
            return True
    if _grams(stem) & _grams(words):
        return False
    return None


_AT_LEAST_OUTCOMES = lazyre.compile(r"维持|維持|驳回|駁回")
_WIN = lazyre.compile(r"胜诉|勝訴")


#: an intake followed by what was carried over (新收286件，上年结转45件): one side of what was handled, never a base
_CARRIED_AFTER = lazyre.compile(r"[，,、\s]*(?:另有|加上)?(?:上年|去年|上一年|往年)?(?:结转|結轉|旧存|舊存|未结|未結)")


#: the areas wider than any reporting body's own (a rate of one is never over the report's counts)
_WORLD = ("全国", "全國", "全球", "世界", "国家", "國家")
#: how wide an area is (a report's own is the narrowest it names)
_AREA_RANK = {"全球": 5, "世界": 5, "全国": 4, "全國": 4, "全省": 3, "全市": 2, "全区": 1, "全區": 1, "全县": 1, "全縣": 1}
#: the report naming its own area (我市, 本区): its own scope is 全 + the level
_OWN_WORDS = lazyre.compile(r"[我本](?:省|市|区|县)")


def other_area_rate(doc, masked: str, q: Quantity) -> bool:
    """Whether the rate ``q`` is named as another area's (全省行政复议纠错率 in a city's report, 全国
    …率): the last area word of its clause is not the report's own (:func:`lintgov.claims.stocks.own_scope_word`, else
    the one scope the text names), or names a country or the world when the report's own is not known (the text's 我市 / 本区 name it: 全市 / 全区).  Its counts are
    that area's, which the report does not state."""
    s = doc.sentence_at(q.start)
    lo = s.start if s is not None else max(0, q.start - 40)
    cut = max(masked.rfind(ch, lo, q.start) for ch in "，,；;：:")
    m = None
    for m in _AREA.finditer(masked, cut + 1 if cut >= 0 else lo, q.start):
        pass
    if m is None:
        return False
    owns, named = _own_areas(doc, masked)
    if not owns and len(named) > 1:
        # (a text naming several areas and not its own: a report names wider areas than its own to compare with — 全省
        # …, 全市… — so its own is the narrowest it names)
        return _AREA_RANK.get(m.group(), 0) > min(named)
    return m.group() not in owns if owns else m.group() in _WORLD


def _own_areas(doc, masked: str):
    """The scope words that may be the report's own (:func:`other_area_rate`) and the ranks of the areas it names:
    read once per document (cached), so a rate costs no scan of the text."""
    got = doc.__dict__.get("_lintgov_own_areas")
    if got is None:
        from .stocks import own_scope_word, sole_scope_word
        own = own_scope_word(doc)
        owns = {own} if own else {"全" + w[-1] for w in _OWN_WORDS.findall(masked)} or \
            ({sole_scope_word(doc)} - {None})
        named = {_AREA_RANK[a] for a in _AREA.findall(masked) if a in _AREA_RANK} if not owns else set()
        got = doc.__dict__["_lintgov_own_areas"] = (owns, named)
    return got


def rate_readings(doc, masked: str, q: Quantity, name: str, kind: str) -> Optional[Readings]:
    """The readings of the rate or share ``q`` (``kind``, ``name`` as ``roles.rate_context`` reads them) over counts
    found by what they are (module doc); ``None`` when the figure is no closed relation of this period's counts or no
    numerator is found."""
    s = doc.sentence_at(q.start)
    if s is None or kind not in ("rate", "share"):
        return None
    if q.approx is not None or masked[q.end:q.end + 2] in ("左右", "以上", "以下", "以内"):
        return None
    qcl = max(masked.rfind(ch, s.start, q.start) for ch in "，,；;：:")
    qcl = qcl + 1 if qcl >= 0 else s.start
    if _NOT_CLOSED.search(masked, max(qcl, q.start - 40), q.start) or _PLAN_WORDS.search(plan_free(masked[s.start:q.start])):
        return None
    if kind == "rate" and other_area_rate(doc, masked, q):
        return None
    tn = TARGET_NAME.search(masked, max(s.start, q.start - 20), q.start) if kind == "rate" else None
    if tn is not None and tn.group("core") is not None:
        return None
    floor = reach_floor(doc, q.start)
    # the region after the figure: the rest of its sentence and the next sentence of its paragraph
    si = doc.sentence_index(q.start)
    hi = s.end
    if si + 1 < len(doc.sentences) and doc.sentences[si + 1].paragraph == s.paragraph:
        hi = doc.sentences[si + 1].end
    cands = _candidates(doc, masked, q, floor, hi)
    if not cands:
        return None
    guessed_area = False
    nums: List[Tuple[Quantity, bool, bool]] = []     # (count, named by the rate's action, at least)
    comps: List[Quantity] = []
    partial = set()       # complements that may leave other outcomes out (at most)
    core_obj = core_subj = ""
    whole_named = None
    if kind == "share":
        zh = max(masked.rfind("占", qcl, q.start), masked.rfind("佔", qcl, q.start))
        if zh < 0:
            return None
        subject = masked[qcl:zh]
        obj = masked[zh + 1:q.start]
        if obj[:1] == "比":
            obj = obj[1:]         # (占比为17.9%: no whole named after 占)
        if _COMPLETION.search(obj):
            return None
        area = _AREA.search(obj)
        if area is not None:
            from .stocks import own_scope_word, sole_scope_word
            if area.group() != (own_scope_word(doc) or sole_scope_word(doc)):
                return None
            # a scope only guessed from the text (sole_scope_word: no issuer names the report's own) may keep the
            # figure silent, never make a finding: in a district's report 占全市… is over the city's total, not printed
            guessed_area = area.group() != own_scope_word(doc) and not re.search(
                "[我本]" + area.group()[-1], masked)     # (我区/本区: the report names its own area 全区)
        # the part: the count of the share's clause, or of the clause before when the share's clause opens with 占
        own = [c for c, _, _ in cands if s.start <= c.start < zh and c.start >= qcl]
        if not own and not _CJK.search(_WORD_NOISE.sub("", subject)):
            pcl = max(masked.rfind(ch, s.start, max(s.start, qcl - 1)) for ch in "，,；;：:")
            pcl = pcl + 1 if pcl >= 0 else s.start
            own = [c for c, _, _ in cands if pcl <= c.start < qcl]
        if own:
            nums = [(own[0], True, False)]
        else:
            sg = _grams(subject)
            if not sg:
                return None
            for c, w, noun in cands:
                if _grams(w + noun) & sg and c.end <= hi:
                    if _COMPLEMENT.search(w):
                        continue
                    nums.append((c, True, False))
        whole_named = None
        if len(nums) > 1 and not _CJK.search(_NAME_NOISE.sub("", obj)):
            # 高技术制造业增加值占比17.9%，实现增加值122.5亿元；全县规上工业增加值684.5亿元: the share names no whole; its part
            # is the count of the clause right after it that names nothing its subject does not (a verb and the metric), the
            # whole another count named by that metric
            after_part = [c for c, w, noun in cands if c.start > q.end and _OWN_PREDICATE.fullmatch(masked, q.end, c.start)
                          and _grams(_VERB_LEAD.sub("", _WORD_NOISE.sub("", w))) <= _grams(subject)
                          and _grams(_VERB_LEAD.sub("", _WORD_NOISE.sub("", w)))]
            if len(after_part) == 1:
                p0 = after_part[0]
                metric = _grams(_VERB_LEAD.sub("", _WORD_NOISE.sub("", info_w(cands, p0))))
                named = [c for c, w, noun in cands if c is not p0 and measure_of(c) == measure_of(p0)
                         and metric <= _grams(w) and not _COMPLEMENT.search(w)]
                if len(named) == 1:
                    nums = [(p0, True, False)]
                    whole_named = named[0]
        # what the subject leaves: another count of the measure stated right after the share (窗口现场办理…)
        comps = [c for c, w, noun in cands if c.start > q.end and not any(c is n for n, _, _ in nums)
                 and c is not whole_named][:2]
        core_obj = _NAME_NOISE.sub("", obj)
        og = _grams(core_obj)
        stem_for_base = og
        core_subj = _WORD_NOISE.sub("", subject)
    else:
        # (the qualifiers the rate's clause gives its name: 按期办结率 read as 办结率 still counts only 按期办结)
        quals = QUALIFIER.findall(masked[max(qcl, q.start - 24):q.start])
        stem = _stem(name)
        for c, w, noun in cands:
            if breaks_down_rate(masked, [x for x, _, _ in cands], q.end, c, stem):
                continue      # (纠错率24.0%，其中直接纠错38件: a part of what the rate counts, no numerator)
            a = _action(name, w + noun, quals)
            if a is None:
                # the opposite outcome (败诉 for 胜诉率, 不合格 for 合格率, 超期 for 按期办结率): the rate's complement
                full = opposite_outcome(name, w + noun)
                if full is not None:
                    comps.append(c)
                    if not full:
                        partial.add(id(c))
                continue
            if _COMPLEMENT.search(w) or re.search(r"未|不", w[-3:]):
                comps.append(c)
                continue
            least = bool(_WIN.search(name) and _AT_LEAST_OUTCOMES.search(w) and not _WIN.search(w))
            aw = among_words(masked, c)
            if aw is not None and aw != stem:
                least = True  # (满意率97%（共回访1,000人，其中非常满意600人）: a part of the numerator, so at least)
            nums.append((c, a, least))
        stem_for_base = _grams(_stem(name))
    if not nums and not comps:
        return None
    nums = nums[:_NUMS]
    # a completion (完成率) may pass 100%: its base is the plan, smaller or larger than what was done
    done = kind == "rate" and "完成" in name
    readings: List[Reading] = []
    strong_bases = []
    nearest = {}          # numerator → the nearest count that could be its base
    info = {id(c): (w, noun) for c, w, noun in cands}
    framed = {}
    for n, _a, least in nums:
        meas = measure_of(n)
        nv = count_interval(n)
        # a part named among a whole (政府投资计划中民生领域的投资, 在已受理的案件中，纠错59件): its base is named by that
        # whole, in the numerator's clause or opening its sentence
        fr = _FRAME_IN.search(info[id(n)][0])
        if fr is None and kind == "rate":
            # (a share names its whole after 占: 各项税收中，工商税收…占本年收入的33.53% is over 本年收入)
            sn = doc.sentence_at(n.start)
            if sn is not None:
                fr = _FRAME_OPENS.match(masked, sn.start, n.start)
        frame = _grams(_WORD_NOISE.sub("", fr.group("w"))) if fr else set()
        bases = [c for c, w, noun in cands if c is not n and measure_of(c) == meas
                 and (count_interval(c)[1] >= nv[0] or done) and _CARRIED_AFTER.match(masked, c.end) is None
                 and not (_PLAN.search(w) and (kind == "share" or "完成" not in name))
                 and (not frame or frame & _grams(w + noun))]
        by_frame = [d for d in bases if frame and frame & _grams(_WORD_NOISE.sub("", info[id(d)][0] + info[id(d)][1]))]
        if by_frame:
            framed[id(n)] = True
        linked = [d for d in bases if _linked_base(name, kind, *info[id(d)], stem_for_base, d, n)
                  or any(d is x for x in by_frame) or (kind == "share" and d is whole_named)]
        if bases:
            nearest[id(n)] = bases[0]
        if not linked and kind == "rate" and not done and not has_known_base(name):
            # the sentence of the rate and its numerator states one other count of the measure: the nearest base
            same = [d for d in bases if s.start <= d.start < s.end]
            if len(same) == 1 and s.start <= n.start and not any(
                    s.start <= c.start < s.end and measure_of(c) == meas and c is not n and c is not same[0]
                    for c, _, _ in cands):
                linked = same
        strong_bases.extend((n, d) for d in linked)
        for d in (linked + [d for d in bases if not any(d is x for x in linked)])[:_BASES]:
            readings.append(Reading(n, d, False, least))
    for c in comps[:2]:
        meas = measure_of(c)
        for d in [d for d, w, noun in cands if d is not c and measure_of(d) == meas
                  and count_interval(d)[0] >= count_interval(c)[1] and not any(d is n for n, _, _ in nums)][:2]:
            readings.append(Reading(c, d, True, False, id(c) in partial))
    # readings that are none: a class named by its ordinal (四、五类桥梁: 五类 is no count), a count of the sentence
    # after a rate (试点创建3个 after 创建率100%。), what a share's subject leaves over a base named neither by the share
    # nor as a total (企业研发投入占…94.0% and 新增企业2043家 after it); with one of them left out no reading is certain
    kept = [rd for rd in readings if not _no_reading(rd, q, s, kind, info, stem_for_base)]
    dropped = len(kept) < len(readings)
    readings = kept
    if not readings:
        return None
    certain = None
    strong_nums = [n for n, a, least in nums if a and not least]
    loose = doc.__dict__.get("_lintgov_reach_loose", set())
    if len(strong_nums) == 1 and not comps and len(strong_bases) == 1 and id(strong_bases[0][1]) not in loose \
            and id(strong_nums[0]) not in loose and strong_bases[0][0] is strong_nums[0] \
            and len(nums) == 1:
        n, d = strong_bases[0]
        # (every count that could be the base is among the readings tried: none left unread)
        others = [c for c, _, _ in cands if c is not n and measure_of(c) == measure_of(n)
                  and count_interval(c)[1] >= count_interval(n)[0]][_BASES:]
        nw, nn = info[id(n)]
        dw, dn = info[id(d)]
        # (a count of the measure left out as another period, a span, a plan or a bound nearer than the base: the base
        # may be that one)
        nearer = any(measure_of(c) == measure_of(n) and d.start < c.start < q.start and c is not n
                     for c in doc.__dict__["_lintgov_reach_skipped"].get(q.start, ()))
        sn, sd = _AREA.findall(nw), _AREA.findall(dw)
        obj_named = not core_obj or core_obj in dw + dn or (not _grams(core_obj) and _TOTAL.search(dw))
        # (within the rate's own window — its sentence and the one before — the readings of claims.rates decide what
        # is certain; here only a base found beyond it)
        # (a base in the part before — the rate opens its part: reach_floor — only when the numerator's frame names it:
        # 在已受理的案件中，纠错59件 under 二、 after 受理396件 under 一、)
        if not others and not nearer and not dropped and nearest.get(id(n)) is d and d.start >= floor \
                and (d.start < sentence_window(doc, q.start)[0] or d.start > q.end or d is whole_named) \
                and not (max(n.start, d.start) > q.end and (_PERIOD.search(masked, q.end, max(n.start, d.start))
                                                             or _PERIOD.search(masked, qcl, q.start))) \
                and (d.start >= part_start(doc, q.start) or framed.get(id(n))) \
                and (not core_subj or core_subj in nw + nn or d is whole_named) and obj_named \
                and (not sn or not sd or sn == sd):
            certain = Reading(n, d)
    how = ("the count named like the rate over a whole of its measure stated before it (clause, sentence, paragraph, "
           "the paragraphs above in its part; claims.reach)")
    own_part = part_start(doc, q.start)
    if certain is None and not [d for _, d in strong_bases if d.start >= own_part] and kind == "rate" \
            and has_known_base(name) and len(strong_nums) == 1 and len(nums) == 1 and not comps:
        # no base of the rate's own in its reach: the one the report states beyond it, named by the rate's known base
        # (行政复议纠错率为16.7%，直接纠错76件 in the summary after 审结456件 in the part on 复议: lookback.report_whole)
        from .lookback import report_whole
        far = report_whole(doc, masked, q, strong_nums[0], name)
        if len(far) == 1:
            if not any(r.base is far[0] for r in readings):
                readings.append(Reading(strong_nums[0], far[0]))
            certain = Reading(strong_nums[0], far[0])
            how = "the count named like the rate over its known base stated beyond its part (claims.lookback.report_whole)"
    if certain is None and kind == "rate" and not nums and len(comps) == 1 and not dropped:
        # only the rate's complement is stated (败诉5件，胜诉率93.8%。…全年办结一审案件80件): certain over the one whole of its
        # measure named as its base (a total, a frame, the rate's known base) when no other count of the measure could be
        c = comps[0]
        wholes = [d for d, _, _ in cands if d is not c and measure_of(d) == measure_of(c)
                  and count_interval(d)[0] >= count_interval(c)[1]]
        if len(wholes) == 1 and id(wholes[0]) not in loose and id(c) not in loose \
                and _linked_base(name, kind, *info[id(wholes[0])], stem_for_base, wholes[0], c) \
                and wholes[0].start >= part_start(doc, q.start) \
                and not any(measure_of(x) == measure_of(c) and x.start > min(c.start, wholes[0].start)
                            for x in doc.__dict__["_lintgov_reach_skipped"].get(q.start, ())):
            certain = next((rd for rd in readings if rd.complement and rd.numerator is c and rd.base is wholes[0]), None)
            how = "the rate's complement over the one whole of its measure named as its base (claims.reach)"
    if kind == "share" and guessed_area:
        certain = None
    return Readings(readings, certain, how)


def _no_reading(rd: Reading, q: Quantity, s, kind: str, info, grams: set) -> bool:
    """Whether a reading is none (:func:`rate_readings`)."""
    if measure_of(rd.numerator) == "类" or measure_of(rd.base) == "类":
        return True
    if kind == "rate" and rd.numerator.start > s.end:
        return True
    if kind == "share" and rd.complement:
        w, noun = info.get(id(rd.base), ("", ""))
        return not (_TOTAL.search(w) or (grams and grams & _grams(w + noun)))
    return False


def _linked_base(name: str, kind: str, w: str, noun: str, grams: set, d: Quantity, n: Quantity) -> bool:
    """Whether a count (its words ``w``, its noun ``noun``) is named as the base of the rate or share ``name``."""
    if kind == "rate" and "完成" in name:
        return bool(_PLAN.search(w + noun))       # (完成率 over the plan: 年初确定的36项, 计划…)
    if kind == "rate" and has_known_base(name):
        return denominator_fits(name, w + noun, strict=True)     # (出庭应诉率 over 应出庭, never 全年审结)
    if _TOTAL.search(w) or _FRAME_AFTER.match(noun):
        return True
    return bool(grams and grams & _grams(w + noun))


#: the words right before a count that make it the rest of a whole (其余2项, 剩余3个, 尚有5件未…)
_REMAINDER_BEFORE = lazyre.compile(r"(?:其余|其餘|其他|其它|剩余|剩餘|剩下|余下|餘下|另有|尚有|尚余|尚餘)[\u4e00-\u9fff]{0,2}$")


#: a heading's title naming targets or a plan (主要目标, 预期目标, 年度计划, 目标任务), not what became of them (完成情况)
_PLAN_TITLE = lazyre.compile(r"目标|目標|计划|計劃|任务|任務|预期|預期")
_DONE_TITLE = lazyre.compile(r"完成|情况|情況|成效|成绩|成績|回顾|回顧|进展|進展|落实|落實|执行|執行|工作")


def plan_heading(doc, masked: str, off: int) -> bool:
    """Whether the innermost numbered heading over ``off`` names targets or a plan (二、今年主要目标 / （一）年度预期目标)
    and not what became of them (完成情况, 执行情况, 工作…): the counts under it are targets."""
    hs = doc.__dict__.get("_lintgov_reach_heads")
    if hs is None:
        hs = [(h.start, h.title_end) for h in doc.headings]
        doc.__dict__["_lintgov_reach_heads"] = hs
    k = bisect.bisect_right([a for a, _ in hs], off)
    if not k:
        return False
    a, e = hs[k - 1]
    if off < e:
        return False
    title = masked[a:e]
    return _PLAN_TITLE.search(title) is not None and _DONE_TITLE.search(title) is None


#: the period a sentence names (a year, next year, the years ahead): a target in another sentence labelled with one the
#: completion's sentence does not name is that period's target
_PERIOD_LABEL = lazyre.compile(r"(?:19|20)\d{2}年|明年|下一年|来年|來年|下年|今后|今後|未来|未來")


#: the words of a name that say where, when or how a figure was set or reached, not what it counts
_NAME_FRAME = lazyre.compile(r"全[国省市区县州镇]|本级|本級|市级|市級|县级|縣級|区级|區級|全年|年初|今年|本年|当年|當年|"
                             r"完成|实现|實現|安排|确定|確定|下达|下達|达到|達到|共|为|為|是|了|的|" + _TARGET_PLAIN.pattern)


def kinds_apart(a: str, b: str) -> bool:
    """Whether two names name two kinds of one head (政府性基金预算收入 / 年初预算安排一般公共预算收入: 预算收入 of two
    kinds): they end alike in two characters or more, and what each puts before that head, less the words of where,
    when and how it was set (全市, 年初, 预算, 安排…), is a modifier neither holds of the other.  A target of one kind is
    never what the other kind completes."""
    a, b = "".join(_CJK.findall(a)), "".join(_CJK.findall(b))
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    if n < 2:
        return False
    ma, mb = _NAME_FRAME.sub("", a[:-n]), _NAME_FRAME.sub("", b[:-n])
    if set(ma) <= set(mb) or set(mb) <= set(ma):
        return False      # (新增城镇就业 / 城镇新增就业: the same words in another order)
    return len(ma) >= 2 and len(mb) >= 2 and ma[-2:] != mb[-2:] and ma not in mb and mb not in ma


def target_readings(doc, masked: str, q: Quantity) -> Optional[Readings]:
    """A completion of a target (完成年度目标的112.5%) whose target count stands elsewhere: the target is a count
    named as a target, a task or a plan (年初确定…的目标, 省下达任务数为4,000户, 年初确定化解积案140件) in the region
    (:func:`reach_floor` to the next sentence), the achieved one a count of its measure not so named, before the figure
    in its sentence or the sentences before.  ``None`` when no target or no achieved count is found."""
    s = doc.sentence_at(q.start)
    if s is None or q.approx is not None:
        return None
    m = TARGET_NAME.search(masked, max(s.start, q.start - 20), q.start)
    if m is None or m.end() != q.start or _WIDER.search(m.group()) and not re.search(r"下达|下達", m.group()):
        return None
    # what the name says of its target besides being one (完成调整预算的: 调整; 完成市下达任务的: 市下达)
    # (the two characters right before the target's word: 调整预算 → 调整, 省下达化学需氧量减排目标任务 → 减排 — the words
    # further back name the metric, which the target's own clause need not repeat)
    core = m.group("core") or ""
    k = _TARGET_WORD.search(core)
    qualifier = set(_TARGET_PLAIN.sub("", core[:k.start()] if k is not None else core)[-2:])
    floor = reach_floor(doc, q.start)
    si = doc.sentence_index(q.start)
    hi = s.end
    if si + 1 < len(doc.sentences) and doc.sentences[si + 1].paragraph == s.paragraph:
        hi = doc.sentences[si + 1].end
    targets, achieved = [], []
    for c in list(reversed(recent(doc, floor, q.start, _SCAN))) + following(doc, q.end, hi, _AFTER):
        if not is_count(c) or c.approx is not None or masked[c.end:c.end + 1] in ("%", "％"):
            continue
        sc = doc.sentence_at(c.start)
        w, noun = _words(doc, masked, c, sc.start if sc is not None else floor)
        if re.search(r"上年|去年|同期|比上|较上|年均|累计|累計|^[比较較与與]", w):
            continue      # (比预算数28,049,780,000元少…: a basis compared with, another subject's budget)
        if _TARGET_WORDS.search(w + noun) or (c.start < q.start and plan_heading(doc, masked, c.start)
                                               and not plan_heading(doc, masked, q.start)):
            # (a count under a heading naming targets — 二、今年主要目标 — is a target wherever its words do not say so)
            if sc is not None and sc.start != s.start and any(
                    lab.group() not in masked[s.start:s.end]
                    for lab in _PERIOD_LABEL.finditer(masked, sc.start, c.start)):
                continue      # (…完成年度目标的117.2%。2025年目标为新增城镇就业5.5万人 / 明年目标为…: another period's target)
            if not is_delta(masked, c) and not re.search(r"[比较較]", w):
                targets.append((c, w + noun))     # (比预算数…少846,461,000元: a shortfall, no target)
        elif not is_delta(masked, c):
            achieved.append((c, w + noun))
    # (已完成16项，其余2项达到进度要求，完成率88.9%: a remainder is never what was achieved)
    own = [c for c in recent(doc, s.start, q.start, 4) if is_count(c) and not masked[c.end:c.end + 1] in ("%", "％")
           and not _REMAINDER_BEFORE.search(masked, max(s.start, c.start - 6), c.start)]
    after = [c for c, _ in achieved if c.start > q.start]
    # (为年度计划的103.6%；非税收入计划50亿元，完成52亿元: a target after the figure followed by a completion of its own
    # in its sentence is the plan of that completion, not of the figure's — unless a colon after the figure opens both)
    targets = [(t, w) for t, w in targets if masked[q.end:q.end + 1] in ("：", ":") or not (t.start > q.end and any(
        c.start > t.end and measure_of(c) == measure_of(t) and doc.sentence_index(c.start) == doc.sentence_index(t.start)
        and re.search(r"完成|实现|實現|实际|實際", context_before(masked, c, t.end, 8))
        for c in after))]
    if own or any(c.start < q.start for c, _ in achieved):
        # what was achieved stands after the figure only when nothing before it can be (完成市下达目标任务的125%：全年
        # 新增企业50家，目标任务为40家)
        achieved = [(c, w) for c, w in achieved if c.start < q.start]
    if own:
        # the count of the figure's sentence nearest before it is what was achieved (拆除违法建筑56.2万平方米，完成
        # 市下达任务的152.1%): never a count of another measure further back
        achieved = [(c, w) for c, w in achieved if c is own[-1]]
    if not targets or not achieved:
        return None
    readings = []
    for a, aw in achieved[:_NUMS]:
        for t, tw in targets[:_BASES]:
            if measure_of(a) == measure_of(t) and not kinds_apart(aw, tw) and (
                    _grams(aw) & _grams(tw) or sum(measure_of(x) == measure_of(t) for x, _ in targets) == 1):
                readings.append(Reading(a, t))
    if not readings:
        return None
    certain = None
    # one target of the measure and one achieved count of it (named like it, or the only one)
    meas = {measure_of(r.base) for r in readings}
    ts = [t for t, _ in targets if measure_of(t) in meas]
    xs = [a for a, _ in achieved if measure_of(a) in meas]
    # (what was achieved after the figure: when a colon opens what the figure is made of — 完成目标任务的125%：新增50家，
    # 目标任务为40家; the target named by what the figure's name says of it — never 年初预算 for 完成调整预算的)
    colon = masked[q.end:q.end + 1] in ("：", ":")
    tw = next((w for c, w in targets if ts and c is ts[0]), "")
    if len(meas) == 1 and len(ts) == 1 and len(xs) == 1 and (colon or not any(xs[0] is c for c in after)) \
            and qualifier <= set(tw):
        certain = Reading(xs[0], ts[0])
    return Readings(readings, certain, "the achieved count over the target named before or after it (claims.reach)")


#: a clause of a respective list: its name, 分别, the values (…分别为400件和300件, 分别达到97.0%、95.0%)
_RESPECTIVE = lazyre.compile(r"(?P<name>[\u4e00-\u9fff“”]{2,16}?)(?:数|數)?(?:均)?分别|分別")
_LIST_GLUE = lazyre.compile(r"\s*(?:和|与|與|及|、|，|,)\s*")


def _clauses(masked: str, lo: int, hi: int) -> List[Tuple[int, int]]:
    out, a = [], lo
    for m in re.finditer(r"[，,；;]", masked[lo:hi]):
        out.append((a, lo + m.start()))
        a = lo + m.end()
    out.append((a, hi))
    return out


def _respective_list(doc, masked: str, a: int, b: int):
    """(name, values) of a clause [a, b) that states a respective list (X分别为v1和v2), else None."""
    k = masked.find("分别", a, b)
    if k < 0:
        k = masked.find("分別", a, b)
    if k < 0:
        return None
    name = _WORD_NOISE.sub("", masked[a:k])
    vals = [c for c in following(doc, k, b, 8)]
    if len(vals) < 2:
        return None
    # the verb after 分别 names what the values count (，分别被采纳84件、40件 / ，分别办结7,742件): read with the name
    verb = _WORD_NOISE.sub("", masked[k + 2:vals[0].start]) if vals[0].start > k + 2 else ""
    return name, vals, verb


def respective_readings(doc, masked: str, q: Quantity):
    """A rate stated as a respective list (调解成功率分别为97.0%和95.0%) after the respective lists of its counts in
    its sentence (调解纠纷分别为400件和300件，调解成功分别为388件和285件): ``([(rate, numerator, base)], certain, the rate's name)``, the
    i-th rate over the i-th values of the list named like the rate and of another list of their measure.  The lists
    must be as long as the rate's; ``certain`` when one list is named by the rate's action and one other list of the
    measure is there.  A list of the other outcome (检出不合格分别为… before 合格率分别为…) gives the complement readings, the
    fourth element ``[(rate, other outcome, base)]``: the rate is (base − other) ÷ base, certain when it is the only
    list of the action.  Returns ``(readings, certain, name, complements)``; None when neither is found."""
    s = doc.sentence_at(q.start)
    if s is None:
        return None
    from .rates import breakdown_start
    # (a sentence opening with 其中 goes on with the one before: …分别为12个和26个。其中，…分别有11个和23个)
    s0 = breakdown_start(doc, masked, s)
    # (commas inside a list of values are no clause breaks: a clause runs from one 分别 list to the next)
    marks = [m.start() for m in re.finditer(r"分别|分別", masked[s0:s.end])]
    if len(marks) < 2:
        return None
    bounds = []
    for i, k in enumerate(marks):
        a = s0 + k
        # the clause's name runs back to the clause break before 分别
        cut = max(masked.rfind(ch, s0, a) for ch in "，,；;。")
        lo = cut + 1 if cut >= 0 else s0
        hi = s0 + marks[i + 1] if i + 1 < len(marks) else s.end
        nxt = max(masked.rfind(ch, a, hi) for ch in "，,；;") if i + 1 < len(marks) else -1
        if nxt > a and i + 1 < len(marks):
            hi = nxt
        bounds.append((lo, hi))
    lists = [_respective_list(doc, masked, lo, hi) for lo, hi in bounds]
    mine = None
    for j, (lo, hi) in enumerate(bounds):
        if lo <= q.start < hi and lists[j] is not None:
            mine = j
    if mine is None:
        return None
    rname, rates, _ = lists[mine]
    if not all(r.is_percent for r in rates) or not rname.endswith(("率", "比例", "比重")) \
            or any(r.approx is not None for r in rates):
        return None
    idx = next((i for i, r in enumerate(rates) if r is q), None)
    if idx is None:
        return None
    # (the counts may follow the rates: 办结率分别为99.1%和97.8%，分别办结7,742件、2,353件; each list named by its words
    # before 分别 and its verb after it — 分别被采纳 names a list of what was adopted)
    counts = [(j, (L[0] + L[2], L[1])) for j, L in enumerate(lists) if j != mine and L is not None
              and len(L[1]) == len(rates)
              and all(is_count(c) and c.approx is None for c in L[1])
              and len({measure_of(c) for c in L[1]}) == 1]
    if not counts:
        return None
    quals = QUALIFIER.findall(rname)
    from .rates import _NEGATION
    stem = _stem(rname)[-2:]
    neg = re.compile(_NEGATION + re.escape(stem)) if len(stem) == 2 else None
    # (检出不合格分别为… before 合格率分别为…: a list of the other outcome counts the complement, never the rate's count)
    # (其中按期执结分别为… before 执结率分别为…: a count qualified by a word the rate's name lacks — 按期, 当场, 网上 — is
    # a part of the rate's numerator, never all of it)
    acts = [(j, L) for j, L in counts if _action(rname, L[0], quals)
            and not (set(QUALIFIER.findall(L[0])) - set(quals))]
    others = [(j, L) for j, L in acts if neg is not None and neg.search(L[0]) and not neg.search(rname)]
    nums = [(j, L) for j, L in acts if not any(j == o for o, _ in others)]

    used = set()

    def over(lists):
        found = []
        for j, (nn, nv) in lists:
            for k, (bn, bv) in counts:
                if k == j or measure_of(bv[0]) != measure_of(nv[0]) or any(k == o for o, _ in others):
                    continue
                if all(count_interval(bv[i])[1] >= count_interval(nv[i])[0] for i in range(len(rates))):
                    found.append((q, nv[idx], bv[idx]))
                    used.add(j)
        return found
    out = over(nums)
    # (两个窗口分别受理申请560件和440件，不予受理分别为…，受理率分别为…: a list named by the rate's action that is no
    # numerator of any other list is the base, not a second numerator)
    nums = [(j, L) for j, L in nums if j in used]
    comp = over(others)
    if not out and not comp:
        return None
    strong = [j for j, L in nums if _action(rname, L[0], quals) is True]
    certain = (len(nums) == 1 and len(strong) == 1 and len(out) == 1 and not comp) or \
        (not nums and len(others) == 1 and len(comp) == 1)
    return out, certain, rname, comp


# -- the total and the count of an average found by their nouns around it ---------------------------------------------
#: words of a total (the sum an average is of: 累计审理天数, 共办理, 罚没款总额)
_SUM_WORDS = lazyre.compile(r"累计|累計|共|总|總|合计|合計|全年")
#: measure words that count the same units (场次 of 平均每场, 名 of 人均)
#: a total of days is named as a sum (累计审理天数, 累计用时, 共计…天) and as a duration or by the average's words
_DAYS = ("天", "日", "个工作日", "工作日", "小时")
_DURATION = lazyre.compile(r"天数|天數|用时|用時|时长|時長|日数|日數|期限|工作日")
#: an addition or a part: no count of all the units, no total (新增工作站200个, 其中)
_ADDED = lazyre.compile(r"新增|新建|新设|新設|新开|新開|新招|新录|新錄|其中|分别|分別")
_SAME_UNITS = {"场": ("场", "场次"), "人": ("人", "名"), "名": ("人", "名"), "件": ("件",)}


#: characters of a name that say nothing of what is counted (scope, period, total, copula, measure words)
_PLAIN_CHARS = frozenset("全年市区县省本当今共计合总额量数的了有为是达到已其中各类项件个人次名案事务工作开展")


def _chars(words: str) -> set:
    return set("".join(_CJK.findall(words))) - _PLAIN_CHARS


def average_operands(doc, masked: str, pu, name: str, totals: list, units: list):
    """The total and the count of units an average per unit (``claims.ratios.PerUnit``) is of, found by what they are
    in the average's paragraph and the paragraphs above it under the same heading (:func:`reach_floor`) and in the
    sentence after it: a total of the average's measure, larger than it, of this period (no change, plan, average,
    earlier period or wider area in its words), whose words share a word of two characters with ``name`` (the
    average's own words: 复议案件平均审理期限 ↔ 累计审理天数; a total of days only when named as a sum: 累计/共/总);
    a count in the measure words of the units, exact and whole, named by a word the average's or the total's words
    share (人均 over 执业律师220名 after 全年律师共办理…), or, for an average per thing counted (平均每件, 件均), any
    count of the things.  ``totals`` and ``units`` already found are kept.  Returns ``(totals, units, certain)``:
    ``certain`` when each list has one value and both were linked by their names or are the only counts of their
    measure there (the rule may then report; otherwise any fitting pair only keeps the average silent)."""
    from .values import interval_of, measure, value_of
    a = pu.avg
    floor = reach_floor(doc, pu.at)
    s = doc.sentence_at(pu.at)
    hi = a.end
    if s is not None:
        si = doc.sentence_index(pu.at)
        hi = s.end
        if si + 1 < len(doc.sentences):
            nxt = doc.sentences[si + 1]
            if masked[s.end:nxt.start].count("\n") == 0:
                hi = nxt.end
    around = [c for c in recent(doc, floor, pu.at, _SCAN)[::-1] if c.end <= pu.at] + following(doc, a.end, hi, _AFTER)
    am = measure(a)
    ngrams = _grams(name)
    tot_words = " ".join(context_before(masked, t, floor, 16) for t in totals)
    unit_measures = set(pu.units)
    for u in pu.units:
        unit_measures.update(_SAME_UNITS.get(u, ()))
    new_t, new_u, linked_u, weak_u = [], [], [], []
    for c in around:
        if c.start == a.start or c.is_percent or open_bound(c) or c.approx not in (None, "≈") or is_delta(masked, c):
            continue
        # (the words before the count in its clause, a bracketed note between them and the count left out)
        w = re.split(r"[，,；;：:。（(\n]", _NOTE.sub("", masked[max(floor, c.start - 40):c.start]))[-1][-16:]
        mc = measure(c)
        # (累计 names the sum a total is: 累计审理天数, 累计用时; a span of years still says 以来 or N年)
        if _NOT_LEVEL.search(w.replace("累计", "").replace("累計", "") if mc == am else w) or _FUTURE.search(w) \
                or _WIDER.search(w) or _PLAN.search(w) or _ADDED.search(w):
            continue
        if not totals and mc == am and value_of(c) > value_of(a):
            if am in _DAYS:
                linked = _SUM_WORDS.search(w) and (_grams(w) & ngrams or _DURATION.search(w))
            else:
                linked = _grams(w) & ngrams
            if linked:
                new_t.append(c)
        elif not units and mc in unit_measures and c.decimals == 0 and value_of(c) > 1 and c.approx is None:
            tw = tot_words + " " + " ".join(context_before(masked, t, floor, 16) for t in new_t)
            if _grams(w) & (ngrams | _grams(tw)):
                linked_u.append(c)
            elif pu.units[0] not in ("人", "名", "户", "家", "个", "所") and not pu.noun:
                # 平均每件 over the things counted, by their measure alone: certain only when the count's words share a
                # character of content with the average's or the total's (行政处罚决定 ↔ 罚没款总额)
                new_u.append(c)
                if _chars(w) & _chars(name + tw) or mc not in ("件", "项", "次", "起", "宗"):
                    weak_u.append(c)
    totals = totals or new_t[:4]
    units = units or (linked_u or new_u)[:4]
    certain = bool(totals) and bool(units) and len({interval_of(t) for t in totals}) == 1 \
        and len({interval_of(n) for n in units}) == 1 and (bool(linked_u) or len(new_u) == len(weak_u) == 1)
    return totals, units, certain
