"""The two horizons of a report's review (part of the claims layer): the five-year review and the year's paragraphs,
and the relations between figures stated thousands of characters apart in them.

A provincial work report of 2026 reviews the “十四五” period (过去五年 / 五年来 / 这五年 / “十四五”时期) and 2025
(刚刚过去的2025年 / 一年来 / 这一年), in either order, each over several paragraphs that name no period of their own
(民生福祉不断增进。…城镇新增就业603.7万人).  :func:`horizons` reads which paragraphs of the review belong to which
period from the paragraphs that open one, until a paragraph opens another or the plans begin (今年 / “十五五” /
主要预期目标: also where the plan headings carry no number).  A paragraph saying the year closes the plan opens the
span when it goes on to review the plan (过去的一年也是“十三五”规划的收官之年。…“十三五”目标任务圆满完成 / 经过5年…, before
any 一年来): the plan's summary that follows the year's paragraphs; a heading making good a 短板 (补齐民生短板) is the
year's, not a problems paragraph; the “十五” plan (2001–2005) is a span too.  Two relations follow:

* :func:`span_parts` — the year's figure of a metric is part of the five years' total of the same metric (城镇新增就业
  22.89万人 in the year's paragraphs, 124.27万人 in the five years'): it cannot exceed it.  Read only for metrics that
  add up over years (a verb of doing or adding in the name: 新增, 建设, 改造, 认定, 务工…) or a total said to be
  cumulative (累计); never a yearly average (年均, 每年, 平均), a level of another year, a plan, a bound total (超700万人).
* :func:`span_bounds` — a bound the five-year review states for every year (每年城镇新增就业40万人以上, 粮食总产量连续9年
  稳定在1300亿斤以上) or a threshold the level passed (经济总量突破3万亿元 / 连跨5万亿元、6万亿元两个台阶 /
  迈上5万亿台阶) holds for the year's level of the same metric (城镇新增就业44.1万人; 全省地区生产总值60199.45亿元);
  so does a bound held for years running said anywhere in the review, also of a report with no five-year review
  (一、2023年工作回顾 … 粮食总产量连续9年稳定在1300亿斤以上 … 全年粮食产量1250.5亿斤; ``why == "held"``).  This is
  the one reading of bounds held over years: LG105 reads them here only.

The metric is the same when the words naming it are (in any order: 新增城镇就业 / 城镇新增就业), scope words included;
a threshold names a main total (地区生产总值 / 经济总量 / GDP, 进出口总额…) with nothing but the report's own scope before
it.  Linear: one pass over the paragraphs of the review, one over its figures, groups by key in dictionaries.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Dict, List, Optional, Tuple

from .. import lazyre
from .grammar import _cache, folded_text
from .scope import pattern as scope_pattern
from .thresholds import (BOUND_WORDS, EVERY_YEAR, HELD_BEFORE, PASS_VERB, PASSED_AMOUNTS, amount_value, step_after,
                         step_verb_before)
from .values import interval_of, measure

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document
    from ..quantities import Quantity

#: the first years of the five-year plans a review may name
_PLAN_START = {"十五": 2001, "十一五": 2006, "十二五": 2011, "十三五": 2016, "十四五": 2021, "十五五": 2026}
_LEAD = lazyre.compile(r"^[\s　]*(?:各位代表|同志们|各位委员)?[！!，,：:\s]*(?:——)?")
#: how a paragraph opens the five-year review (过去五年 / 五年来 / 这五年 / “十四五”时期是…的五年)
_SPAN_OPEN = lazyre.compile(r"(?:过去|这|近|回顾过去|回顾)的?(?:五|5)年|(?:五|5)年(?:来|间|中|里|发展历程)|"
                            r"(?:^|(?<=。))(?:[两二三四六七八九]|十|[2-46-9]|10)年来[，,]|"
                            r"(?:五|5)年(?:的)?(?:工作回顾|主要成就|主要工作|工作成就)|"
                            r"(?<![一二三四五六七八九十第])[“\"]?(?P<plan>十[一二三四]?五)(?!五)[”\"]?(?:时期|以来|期间|的五年)")
#: a span opened by a named year (2021年以来)
_SINCE = lazyre.compile(r"((?:19|20)\d\d)年以来")
#: how a paragraph opens the year's review (刚刚过去的2025年 / 一年来 / 这一年 / 过去一年); the year itself is added per report
_YEAR_OPEN = lazyre.compile(r"刚刚过去的(?:一年|(?:19|20)\d\d年)|一年来|这一年|过去(?:的)?一年")
#: how a paragraph opens the plans (今年 / 明年 / “十五五” / 未来五年 / 主要预期目标 / 工作安排): the review is over
_PLAN_OPEN = lazyre.compile(r"今年|明年|十五五|十六五|未来五年|今后五年|主要预期目标|预期目标是|总体要求|指导思想|下一步")
#: a paragraph on problems (我们也清醒看到 / 困难和挑战): no period's figures
_PROBLEMS = lazyre.compile(r"清醒地?(?:看到|认识)|问题和不足|困难和挑战|不足和问题|差距和不足|短板")
#: a 短板 that is being made good (补齐…短板 / 补短板 / 民生短板加快补齐 / 聚焦…短板): an achievement, not a problem
_SHORT_DONE = lazyre.compile(r"补[^。，,]{0,12}短板|短板[^。，,]{0,4}补|(?:聚焦|瞄准|针对|关注|攻坚|攻克|破解)[^。，,]{0,8}短板")
#: a sentence saying the year closes the span (2025年是“十四五”收官之年 / 规划的最后一年)
_CLOSES_SPAN = lazyre.compile(r"收官|最后一年|完美收官|圆满收官")
#: after such a sentence, words that go on to review the whole span (“十三五”目标任务圆满完成 / 经过5年持续奋斗 /
#: 回顾过去五年): the paragraph opens the span's review
_SPAN_GOES_ON = lazyre.compile(r"十[一二三四]?五[”\"]?(?:规划)?(?:的)?(?:目标任务|各项目标|主要目标|规划目标)|经过(?:五|5)年|"
                               r"回顾(?:过去)?(?:五|5)年")
#: how far into such a paragraph the words reviewing the span are looked for
_GOES_ON_WINDOW = 120
#: the opening words read for an opener
_HEAD = 40


def horizons(doc: "Document") -> List[Tuple[int, int, str]]:
    """(start, end, period) of each paragraph of the review that belongs to the five-year review (``span``) or to the
    year's (``year``), in document order (cached): a paragraph opening one period (its first words) starts it, the
    paragraphs after it belong to it until another opens; a paragraph opening the plans ends the review, one on problems
    belongs to neither.  Only in a report whose figures' year is known and lies in the span (“十四五” for 2021–2025)."""
    c = _cache(doc)
    if "horizons" in c:
        return c["horizons"]  # type: ignore[return-value]
    from ..kind import figures_year
    out: List[Tuple[int, int, str]] = []
    fy = figures_year(doc)
    if fy:
        text = folded_text(doc)
        end = _review_end(doc, text)
        year_open = re.compile(rf"{fy}年(?:是|在|，|,|以来|全[省市区县]|我们|极不平凡|很不平凡|不平凡)")
        next_year = re.compile(rf"{fy + 1}年")
        state: Optional[str] = None
        started = False
        for p in doc.paragraphs:
            if p.start >= end:
                break
            head = text[p.start:min(p.end, p.start + 60)]
            m0 = _LEAD.match(head)
            head = head[m0.end() if m0 else 0:][:_HEAD]
            opens = []
            for kind, pat in (("plan", _PLAN_OPEN), ("plan", next_year), ("problems", _PROBLEMS), ("year", _YEAR_OPEN), ("year", year_open)):
                m = pat.search(head)
                if m and kind == "problems" and m.group(0) == "短板" and _SHORT_DONE.search(head):
                    m = None      # （四）着力补齐粤东西北发展短板 / ——民生短板加快补齐: what was done
                if m:
                    opens.append((m.start(), kind))
            m = _SINCE.search(head)
            if m and fy - 5 <= int(m.group(1)) < fy:
                opens.append((m.start(), "span"))     # 2021年以来 (in a review of 2025): the span
            m = _SPAN_OPEN.search(head)
            if m:
                plan = m.group("plan")
                first = _PLAN_START.get(plan) if plan else None
                ok = plan is None or (first is not None and first <= fy <= first + 4)
                opens.append((m.start(), "span" if ok else "problems"))
            if opens:
                first = min(opens)
                kind = first[1]
                if kind == "year":
                    # 2025年是“十四五”收官之年。五年来，…: a sentence saying the year closes the span opens the span's
                    # review when a span opener follows it (in the paragraph's next words, before any 一年来: 过去的一年也是
                    # “十三五”规划的收官之年。…“十三五”目标任务圆满完成 / 。经过5年持续奋斗)
                    close = head.find("。", first[0])
                    if close > 0 and _CLOSES_SPAN.search(head, first[0], close):
                        at = p.start + (m0.end() if m0 else 0) + close + 1
                        rest = text[at:min(p.end, at + _GOES_ON_WINDOW)]
                        y = _YEAR_OPEN.search(rest) or year_open.search(rest)
                        rest = rest[:y.start()] if y else rest
                        ms = _SPAN_OPEN.search(rest)
                        plan_ok = ms is not None and (ms.group("plan") is None or (
                            _PLAN_START.get(ms.group("plan"), 9999) <= fy <= _PLAN_START.get(ms.group("plan"), 0) + 4))
                        if plan_ok or _SPAN_GOES_ON.search(rest):
                            kind = "span"
                if kind == "plan":
                    if started:
                        break
                    continue      # the title and the date before the review (2026年政府工作报告)
                started = started or kind != "problems"
                state = None if kind == "problems" else kind
            if state:
                out.append((p.start, p.end, state))
    c["horizons"] = out
    return out


#: a level-1 heading of the five-year review that also names the plans (二、“十四五”时期发展成就和“十五五”时期主要目标任务):
#: the review part (:func:`lintgov.claims.review.review_part`) ends before it, the five-year review is read on to the plans
_SPAN_HEADING = lazyre.compile(r"(?:十[一二三四]五|五年)[^十]{0,12}(?:成就|回顾|成绩|总结)")


def _review_end(doc: "Document", text: str) -> int:
    from .review import review_end
    end = review_end(doc)
    heads = [h for h in doc.headings.at_level(1)]
    for i, h in enumerate(heads):
        if h.start == end and _SPAN_HEADING.search(folded_text(doc)[h.start:h.start + 60].split("\n")[0]):
            return heads[i + 1].start if i + 1 < len(heads) else len(text)
    return end


#: a part of the plans stating the targets of five years (二、今后五年的目标任务 / 未来五年工作目标和任务 / 新一届政府工作思路和
#: 目标任务 / “十四五”时期发展目标和重点任务 / "十二五"基本思路)
_PLAN_FIVE = lazyre.compile(r"(?:今后|未来)(?:五|5)年|新一届政府|本届政府|(?P<plan>十[一二三四五六]?五)[”\"]?(?:时期|期间|发展|规划|基本思路|的)|"
                            r"(?:五|5)年(?:的)?(?:奋斗目标|目标任务|工作目标|发展目标|工作思路)")
#: a part of the plans stating the year's work (三、2023年工作安排 / 2023年重点工作 / 2023年省十件民生实事)
_PLAN_YEAR = lazyre.compile(r"(?P<y>(?:19|20)\d\d)年(?:的)?(?:[\u4e00-\u9fff]{0,4}?)(?:主要工作|重点工作|工作安排|工作任务|政府工作任务|"
                            r"工作思路|主要任务|十件民生实事|民生实事|政府重点工作|工作总体部署)")
#: a part of a report that is neither (a review, notes, tables of what was done)
_PLAN_OTHER = lazyre.compile(r"回顾|成就|成绩|总结|名词解释|注释|附件|附表|完成清单|说明")
#: what may follow a figure of the plans: the end of its clause or a list break, a bracket
_PLAN_FIGURE_END = lazyre.compile(r"\s*(?:$|[，,。；;、：:！？!?\n（()）])")
_HEADING_NUMBER = lazyre.compile(r"^[\s　]*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])?\s*")


#: patterns of plan_horizons, compiled once (a call of re's module functions looked each one up in
#: re's cache on every call, and compiled it again once other patterns had pushed it out)
_PLAN_HORIZONS_RE1 = lazyre.compile(r"[。，,；;：:！？]")


def plan_horizons(doc: "Document") -> Tuple[List[Tuple[int, int, str]], Optional[int]]:
    """(start, end, period) of the two parts of a report's plans, ``span`` for the five-year targets and ``year`` for
    the year's work, and the year planned (cached): each opened by a heading (a level-1 heading, or a short line with
    no sentence in it: 新一届政府工作思路和目标任务) naming only one of them, and running until the next heading that
    opens a part (the other plan, a review, notes).  None unless both stand in the report and the five-year plan
    holds the year (the new government's five years, or a “十X五” plan whose years include it)."""
    c = _cache(doc)
    if "plan_horizons" in c:
        return c["plan_horizons"]  # type: ignore[return-value]
    text = folded_text(doc)
    heads = {h.start for h in doc.headings.at_level(1)}
    opens: List[Tuple[int, str, Optional[int]]] = []       # (start, kind, year or first year of a “十X五” plan)
    for p in doc.paragraphs:
        line = text[p.start:p.end].strip()
        if not line or (p.start not in heads and (len(line) > 40 or _PLAN_HORIZONS_RE1.search(line))):
            continue
        title = _HEADING_NUMBER.sub("", line)[:40]
        five, year, other = _PLAN_FIVE.search(title), _PLAN_YEAR.search(title), _PLAN_OTHER.search(title)
        if five and not year and not other:
            plan = five.group("plan")
            opens.append((p.start, "span", _PLAN_START.get(plan, 0) if plan else None))
        elif year and not five and not other:
            opens.append((p.start, "year", int(year.group("y"))))
        elif other or (five and year):
            opens.append((p.start, "other", None))
    out: List[Tuple[int, int, str]] = []
    year = None
    years = {y for _, k, y in opens if k == "year"}
    if len(years) == 1 and any(k == "span" for _, k, _ in opens):
        year = years.pop()
        for i, (a, kind, y) in enumerate(opens):
            if kind == "other" or (kind == "span" and y is not None and not (0 < y <= year <= y + 4)):
                continue
            b = opens[i + 1][0] if i + 1 < len(opens) else len(text)
            out.append((a, b, kind))
        if not (any(k == "span" for _, _, k in out) and any(k == "year" for _, _, k in out)):
            out, year = [], None
    c["plan_horizons"] = (out, year)
    return out, year


@dataclass(frozen=True)
class SpanPart:
    """The year's figure of a metric (``part``) and the five years' total of the same metric (``whole``); ``plan``: both
    are targets (the year's work and the five-year plan's), not results."""

    part: "Quantity"
    whole: "Quantity"
    part_name: str
    whole_name: str
    plan: bool = False


@dataclass(frozen=True)
class SpanBound:
    """A bound of the five-year review that holds for the year (``value`` in base units, ``>=`` its direction; the
    words at ``start``–``end``: 40万人以上, 6万亿元) and the year's level of the same metric (``level``); ``why``: ``every
    year`` (a bound of every year of the span), ``threshold`` (a threshold the level passed) or ``held`` (a bound held
    for years running, the year among them, read in any review)."""

    start: int
    end: int
    value: float
    level: "Quantity"
    name: str
    why: str
    #: ``>`` for a lower bound (以上), ``<`` for an upper one (连续3年保持在35微克/立方米以下: only a bound held for years)
    direction: str = ">"


#: verbs of doing or adding: a metric whose name holds one adds up over the years (新增, 建设, 改造, 认定, 务工…)
_FLOW = lazyre.compile(r"增|^建|新建|建成|建设|改造|实施|引进|认定|培训|培育|务工|转移就业|输转|投入|开工|招引|发放|帮扶|救助|"
                       r"治理|造林|植树|修复|整治|搬迁|安置|化解|上市|签约|落户|减税|降费|退税|追回|创建|新开|资助|淘汰|关停|"
                       r"减少|压减|削减")
#: units of levels that never add up over years (ages, days, hours, ranks, a span of years)
_NOT_ADDED = frozenset(("岁", "天", "日", "小时", "分钟", "年", "月", "期", "位", "台", "倍", "个百分点"))
#: words of the clause before a figure that make it other than the plain figure of its period
_GUARD = lazyre.compile(r"其中|分别|占|人均|户均|平均|均|每(?!年)|比|较|同比|增长|下降|由|从|排名|位居|居|第|目标|预期|力争|争取|"
                        r"计划|确保|预计|规划|季度|上半年|下半年|\d+月|最高|峰值|一度|曾")
#: words of the sentence before a year's figure that put it in a span
_SPAN_WORDS = lazyre.compile(r"累计|以来|五年|(?<!\d)5年|[两二三四五六七八九十]年|十[一二三四五]五|年均|每年|历年|期间")
#: words of the clause before a figure of the five-year review that make it a yearly figure, not a total
_YEARLY = lazyre.compile(r"年均|平均|每年|逐年|[^\d](?:19|20)\d\d年|一年|全年|当年|年度")
#: words taken off a name before it is compared (a bound's and a threshold's verbs, the span words of a total)
_NAME_OFF = lazyre.compile(r"(?:过去|这|近)?(?:五|5)年(?:来|间)?|十[一二三四]?五(?:时期|期间|以来)|期间|累计|共计|合计|共|连续年|连续|接连|相继|先后|历史性|首次|稳定在|保持在|维持在|稳定|保持|每年|"
                           + PASS_VERB + r"|达到|达")
#: a noun right after a figure (辖区102家医院): the figure counts it
_NOUN_AFTER = lazyre.compile(r"[\u4e00-\u9fff](?<![以左多余和及与并且或等亿万千百])")
#: a figure (a digit or a Chinese numeral with its measure) inside a clause
_FIGURE_IN = lazyre.compile(r"\d|[一二两三四五六七八九十百千万]+[个家项件人次所座条]")
#: a clause break
_BREAK = "，,。；;：:！？!?\n（("
#: a from–to change right before the level it reaches (从2.3万张增至 / 由518家增加到 / 从2020年的10.5万元提高到)
_FROM_TO = lazyre.compile(r"(?:由|从)(?:(?:19|20)\d\d年的?)?[\d.,]+[^\d，,。；;]{0,6}?(?:增至|增加到|增长到|提高到|提升到|扩大到|"
                          r"跃升至|跃升到|升至|上升到|上升至|达到|增到)(?:(?P<to>(?:19|20)\d\d)年的?)?$")


#: patterns of _norm, compiled once (a call of re's module functions looked each one up in
#: re's cache on every call, and compiled it again once other patterns had pushed it out)
_NORM_RE1 = lazyre.compile(r"^增加(?!值)")
_NORM_RE2 = lazyre.compile(r"总产(?:量)?$")
_NORM_RE3 = lazyre.compile(r"^生产(?!总值|安全)(.{2,})$")
_NORM_RE4 = lazyre.compile(r"各(?:类|种|项)")
_NORM_RE5 = lazyre.compile(r"(?<=.{2})完成$")
_NORM_RE6 = lazyre.compile(r"(?:总数|总量|数量|数)$")


@functools.lru_cache(maxsize=4096)      # (a pure function of the words: one call in two repeats an earlier one)
def _norm(metric: str) -> str:
    """The words of a metric compared across the two periods: the span's and a bound's words taken off, the year left
    of 5年累计 / 全年 (the claims layer's key drops the digit), 建成 as 建 (新建成污水管网 / 新建污水管网), 总产 as 产量,
    a count's 数 / 总数 (病床数 / 病床)."""
    name = _NAME_OFF.sub("", metric)
    name = _REACHED_VERB.sub("", _YEAR_LEFT.sub("", name))
    name = name.replace("建成", "建")
    name = _NORM_RE1.sub("增", name)          # 累计增加学位 / 新增学位 (the claims layer's key drops 新): one addition
    name = _NORM_RE2.sub("产量", name)      # 粮食总产量 / 粮食总产 / 粮食产量 name one output
    name = name.replace("年产量", "产量")              # 粮食年产量 / 粮食产量
    name = _NORM_RE3.sub(r"\1产量", name)   # 五年生产原煤 / 原煤产量 (never 生产总值)
    name = name.replace("吸引", "引进")                # 吸引外商直接投资 / 引进外商直接投资
    name = _NORM_RE4.sub("", name)          # 拆除消化各类违建 / 拆除消化违建
    name = name.replace("违法建筑", "违建")            # 拆除消化违法建筑 / 拆除消化违建: one vocabulary, short and full
    name = _NORM_RE5.sub("", name)         # 民生支出完成56.2亿元 / 民生累计支出256.6亿元: the verb of a level done
    return _NORM_RE6.sub("", name) if len(name) > 2 else name


#: the verb of a level reached, ending a name (上市公司增至88家)
_REACHED_VERB = lazyre.compile(r"(?:增至|增加到|增长到|增到|提高到|提升到|扩大到|跃升至|跃升到|跃升为|升至|上升到|上升至|发展到)$")


#: the year a name keeps of 5年累计 / 全年 / 年度 (the claims layer's key drops the digit), never 年均 (a yearly figure)
_YEAR_LEFT = lazyre.compile(r"^(?:全年|当年|本年度?|年度|年(?![均产销]))")


def _key(metric: str) -> str:
    return "".join(sorted(_norm(metric)))


def _clause_before(text: str, pos: int, limit: int = 40) -> str:
    lo = max(0, pos - limit)
    k = lazyre.rfind_any(text, _BREAK, lo, pos)
    return text[(k + 1 if k >= 0 else lo):pos]


def _sentence_before(doc: "Document", text: str, pos: int, limit: int = 160) -> str:
    s = doc.sentence_at(pos)
    lo = max(s.start if s else 0, pos - limit)
    return text[lo:pos]


def _period_at(spans: List[Tuple[int, int, str]], starts: List[int], pos: int) -> Optional[str]:
    import bisect
    i = bisect.bisect_right(starts, pos) - 1
    if i >= 0 and spans[i][0] <= pos < spans[i][1]:
        return spans[i][2]
    return None


#: patterns of _figures, compiled once (a call of re's module functions looked each one up in
#: re's cache on every call, and compiled it again once other patterns had pushed it out)
_FIGURES_RE1 = lazyre.compile(r"\s*(?:的|左右|[、和及与]\s*[\d一二两三四五六七八九十])")
_FIGURES_RE2 = lazyre.compile(r"[、和及与]\s*$")
_FIGURES_RE3 = lazyre.compile(r"(?<!\d)((?:19|20)\d\d)年")


def _figures(doc: "Document", plans: bool = False):
    """(period, figure, key, clause, sentence, name, time, reached) of every plain level of the review's two periods
    (cached): ``name`` the words compared (:func:`_norm`), ``key`` its characters sorted, ``time`` the figure's (the
    year's figure is not a span's for a span word of the sentence before), ``reached`` for the level a from–to change of
    the span reaches (病床数从2.3万张增至3.7万张).  ``plans``: the same of the plans' two periods instead (the five-year
    plan and the year's, :func:`plan_horizons`), the year being the one planned."""
    c = _cache(doc)
    ck = "plan_horizon_figures" if plans else "horizon_figures"
    if ck in c:
        return c[ck]
    out = []
    after: List = []          # the five-year part's counts named by the noun after them (:func:`counted_after_figures`)
    if plans:
        spans, fy = plan_horizons(doc)
    else:
        spans, fy = horizons(doc), None
    if spans and any(s[2] == "span" for s in spans) and any(s[2] == "year" for s in spans):
        claims_of = _late_claims.claims_of
        figures_year = _late_kind.figures_year
        fy = fy if plans else figures_year(doc)
        text = folded_text(doc)
        starts = [s[0] for s in spans]
        lo, hi = spans[0][0], spans[-1][1]
        for f in claims_of(doc).figures:
            q = f.quantity
            if q.start < lo:
                continue
            if q.start >= hi:
                break
            if f.role != "level" or q.is_percent or f.time not in ("current", "span"):
                continue
            period = _period_at(spans, starts, q.start)
            if period is None:
                continue
            clause = _clause_before(text, q.start)
            sentence = _sentence_before(doc, text, q.start)
            metric, reached = f.metric, False
            m = _FROM_TO.search(clause)
            if m and period == "span" and (m.group("to") is None or int(m.group("to")) == fy):
                # 病床数从2.3万张增至3.7万张 / 上市公司由518家增加到731家 (the review of the span): the level the span
                # reached, named by the words before 从/由 (the year of its start left out of the sentence's years)
                words_key = _late_metric.words_key
                metric, reached = words_key(clause[:m.start()]), True
                clause = clause[:m.start()]
                sentence = sentence[:len(sentence) - len(_clause_before(text, q.start))] + clause
            if _GUARD.search(clause) or _FIGURES_RE2.search(clause):
                continue
            years = set(_FIGURES_RE3.findall(sentence))
            if years - {str(fy)}:
                continue      # a level of another year (2020年…, 较2020年): not the period's
            if _FIGURES_RE1.match(text[q.end:q.end + 3]):
                continue      # 超过3万亿元的城市 (a modifier), 左右, one of several figures of one name (A、B)
            if _NOUN_AFTER.match(text, q.end) and not step_after(text, q.end):
                # 辖区102家医院、社康… (a count before the noun it counts: the words before name nothing) — read by the
                # noun after it in the five-year part only, as a whole the year's additions are among (建成200个县域医疗
                # 次中心 / 累计出台326项两岸共通标准 / 29家全国重点实验室、62家…): the verb of its clause and the noun
                if period == "span" and not plans:
                    counted = _counted_after(text, q, clause)
                    if counted is not None:
                        name = _norm(counted)
                        if len(name) >= 3:
                            after.append((period, f, "".join(sorted(name)), clause, sentence, name, f.time, False))
                elif period == "year" and not plans and not _GUARD.search(clause):
                    # the year's count named the same way (引进49个国内外高水平医学学科团队): matched by the object of its
                    # deed only (:func:`deed_object`), never by its words' characters
                    counted = _counted_after(text, q, clause)
                    if counted is not None and deed_object(_norm(counted)) is not None:
                        name = _norm(counted)
                        after.append(("year_object", f, "", clause, sentence, name, f.time, False))
                continue
            if plans and not _PLAN_FIGURE_END.match(text, q.end):
                continue      # (a plan's figure closes its clause: 打造2个和谐劳动关系试点园区 / 打造30个“五化”示范村 count
                #               what is named after them)
            if not reached and not _FIGURE_IN.search(clause):
                # the clause's own words when no other figure stands in it (国家级专精特新“小巨人”企业达1333家: the name is
                # not cut at the quote to 企业)
                words_key = _late_metric.words_key
                metric = words_key(clause) or metric
            name = _norm(metric)
            if len(name) < (3 if plans else 2):
                continue      # (two characters name a stock: 病床数从2.3万张增至3.7万张 · 新增病床6400张; a plan's
                #               name is more than a verb: 打造, 建设)
            time = f.time
            if time == "span" and period == "year" and not _SPAN_WORDS.search(clause):
                time = "current"      # (治水提质五年计划。新建成污水管网335公里: 五年 of the sentence before)
            out.append((period, f, "".join(sorted(name)), clause, sentence, name, time, reached))
    c[ck] = out
    c[ck + "_after"] = after
    return out


def counted_after_figures(doc: "Document") -> List:
    """The five-year review's counts named by the noun right after them (建成200个县域医疗次中心), as :func:`_figures`
    gives its figures: read only as wholes of the year's figures (:func:`span_parts`)."""
    _figures(doc)
    return _cache(doc)["horizon_figures_after"]


#: the noun a count is of, right after it: Han characters up to a clause or list break (县域医疗次中心 of 200个县域医疗
#: 次中心。); a quoted name is no such noun
_COUNTED_NOUN = lazyre.compile(r"([\u4e00-\u9fff]{2,10})(?=$|[，,。；;、：:！？!?\n（(])")
#: what a clause before such a count may hold: a verb of doing or adding, the span's words, nothing else of a name
_COUNTED_VERB = lazyre.compile(r"^[\s]*(?:(?:五年|5年|累计|共|先后|相继|全部|已)*(?:新建成?|建成|建设|新增|新认定|认定|新培育|培育|新引进|引进|"
                               r"新设立?|设立|出台|创建|获批|打造|组建|新开通|开通)?)$")


def _counted_after(text: str, q: "Quantity", clause: str) -> Optional[str]:
    """The words naming a count by the noun right after it (建成 + 县域医疗次中心 of 建成200个县域医疗次中心), or ``None``
    when the clause before it holds anything but a verb of doing (a name of its own, another figure) or the noun runs
    on into a predicate (5个国家区域医疗中心二期项目全部开工) or a list (13座城市公园和275个口袋公园: 和)."""
    m = _COUNTED_NOUN.match(text, q.end)
    v = _COUNTED_VERB.match(clause)
    if m is None or v is None or re.search(r"和|及|与|等|的|为|是|在|了", m.group(1)):
        return None
    from .metric import words_key
    return words_key(clause.strip() + m.group(1))      # (新设 as the claims layer keys it: 设, as the year's 新设…)


def reached_levels(doc: "Document") -> List[Tuple["Quantity", str]]:
    """(figure, words) of each level a from–to change of the five-year review reaches in the year reviewed (地区生产总值从
    2020年的2.83万亿元提高到2025年的3.87万亿元: 3.87万亿元 and 地区生产总值, the words of its clause before 从/由), in
    document order: the year's level of that metric, for the readers of a report's main indicators
    (:func:`lintgov.claims.indicators.indicator_parts`)."""
    return [(f.quantity, clause) for period, f, _k, clause, _s, _n, _t, reached in _figures(doc) if reached]


def span_parts(doc: "Document") -> List[SpanPart]:
    """Each figure of the year's paragraphs with the largest whole of the same metric the five-year review states (the
    year lies in the span: the year's figure cannot exceed it), in document order (cached): a total of the span (累计, a
    name of doing or adding) of the same words, or of the last words of the year's name (实际使用外资 within 五年累计
    使用外资); and for a figure the year added (新增 / 新建 / 新认定…), the span's level of what was added (新增上市公司2家
    … 上市公司增至88家; 新增病床6400张 … 病床数从2.3万张增至3.7万张; 新增…技术中心等176家 … 技术中心等1283家): the things
    added in the year are among the stock the span reached."""
    c = _cache(doc)
    if "span_parts" in c:
        return c["span_parts"]  # type: ignore[return-value]
    out = _parts_of(doc, _figures(doc), extra=counted_after_figures(doc))
    # the plans: the year's target of a metric that adds up over years against the five-year plan's total of it
    # (建成托位1000个 in the year's work, 建成托位5200个 in the new government's five-year targets)
    out.extend(_parts_of(doc, _figures(doc, plans=True), plans=True))
    c["span_parts"] = out
    return out


#: the verbs of doing or adding that open a name (新增, 建成, 筹集, 累计出台 …: the claims layer's key has dropped 新), and a
#: count's or an area's word closing it (海绵城市面积 / 公园总数): what is left is the object the deed is done to
_DEED_LEAD = lazyre.compile(r"^(?:累计|共|全年|已)?(?:增|建设|建成?|新建|改扩建|新改扩建|扩建|认定|培育|引进|设立?|开工|筹集|筹建|"
                            r"开通|获批|落户|招引|登记|出台|创建|打造|组建|完成|实施|发放)+")
_DEED_TAIL = lazyre.compile(r"(?:面积|总面积|规模|总规模|总数|总量|数量|数)$")
#: objects that name no one kind of things (a project, a task, a work: any deed's) — never matched across verbs
_DEED_VAGUE = lazyre.compile(r"项目|工程|任务|工作|事项|资金|投资|投入|支出|收入")


def _started(name: str) -> bool:
    """Whether a name opens with the start or the raising of works (开工, 筹集, 筹建: what was begun or raised, not yet
    built): such a count and a count of what was built or added are never one metric (筹集保障性住房12万套 in the year,
    建成保障性住房10万套 in five years)."""
    return name.startswith(("开工", "開工", "筹集", "籌集", "筹建", "籌建"))


def deed_object(name: str) -> Optional[str]:
    """The object a name's verb of doing acts on (保障性租赁住房 of 筹集保障性租赁住房 and of 筹建保障性租赁住房; 两岸通标准 of
    增两岸通标准 and of 出台两岸通标准; 海绵城市 of 建海绵城市 and of 增海绵城市面积), or ``None``: no verb opens the
    name, the object is shorter than four characters, or it names no one kind of things (项目, 资金 …: what a deed on them
    counts depends on the deed)."""
    m = _DEED_LEAD.match(name)
    if m is None:
        return None
    obj = _DEED_TAIL.sub("", name[m.end():])
    if len(obj) < 4 or _DEED_VAGUE.search(obj) or not all("\u4e00" <= ch <= "\u9fff" for ch in obj):
        return None
    return obj


def _parts_of(doc: "Document", figures, plans: bool = False, extra=()) -> List[SpanPart]:
    """:func:`span_parts` over the figures of one pair of periods (the review's or the plans').  In the plans a level
    of the five-year targets is reached at their end, not in the year: the year's plain level is never compared with
    it (一般地方预算财政收入226亿元 in the year's work, …达到345亿元 in five years), only what the year adds."""
    totals: Dict[Tuple[str, str], List["Quantity"]] = {}      # by the sorted key
    by_name: Dict[Tuple[str, str], List["Quantity"]] = {}     # the same totals by their words
    stocks: Dict[Tuple[str, str], List["Quantity"]] = {}      # the span's levels by their words
    added_to: Dict[Tuple[str, str], List["Quantity"]] = {}    # the same, the verb of adding taken off
    years = []
    threshold = _late_indicators.threshold
    text = folded_text(doc)
    for period, f, key, clause, sentence, name, time, reached in list(figures) + list(extra):
        q = f.quantity
        u = measure(q)
        if u in _NOT_ADDED or threshold(text, q):
            continue          # (地区生产总值跨越5000亿元大关: a threshold passed, LG105's, no level)
        if period == "span":
            if q.approx in (">", ">=", "≈") or _YEARLY.search(clause):
                continue      # a lower bound (超700万人) or an approximation bounds nothing; a yearly figure is no total
            # (a plan's total adds up what the five years do: a verb of doing in its name, never a level it reaches
            # — 一般地方预算财政收入达到345亿元 is the last year's)
            flow = (_FLOW.search(f.metric) and not re.search(r"(?:达到|达|增至|增加到|提高到|提升到)\s*$", clause)) if plans \
                else (time == "span" or _FLOW.search(f.metric))
            if not reached and flow and len(key) >= (3 if plans else 4):
                totals.setdefault((key, u), []).append(q)
                by_name.setdefault((name, u), []).append(q)
            stocks.setdefault((name, u), []).append(q)
            if len(_ADDED_OFF.sub("", name)) >= 2:
                # (keyed with whether the verb taken off starts works: what the year began is no part of what the
                # span built — 新开工重点项目120个 against 累计建成重点项目90个)
                added_to.setdefault((_ADDED_OFF.sub("", name), u, _started(name)), []).append(q)
        elif period in ("year", "year_object"):
            if time != "current" or _SPAN_WORDS.search(sentence) or q.approx in ("<", "<=", "≈"):
                continue
            years.append((key if period == "year" else "", u, name, q, f.metric, _ADDED.match(clause) is not None))
    # the same things under another verb of doing (筹集 / 筹建 保障性租赁住房; 新增 / 累计出台 两岸共通标准; 建成 / 新增
    # 海绵城市(面积)): the totals of the span by the object their verb acts on (:func:`deed_object`), four characters at least
    # (a figure the year added, within any of the span's of that object, as with the verb taken off below)
    objects: Dict[Tuple[str, str], List["Quantity"]] = {}
    added_objects: Dict[Tuple[str, str], List["Quantity"]] = {}
    if not plans:
        for index, into in ((by_name, objects), (stocks, added_objects)):
            for (name, u), qs in index.items():
                obj = deed_object(name)
                if obj is not None:
                    into.setdefault((obj, u, _started(name)), []).extend(qs)
    out: List[SpanPart] = []
    for key, u, name, q, metric, added in years:
        ws = list(totals.get((key, u), ())) if len(key) >= (3 if plans else 4) else []
        obj = deed_object(name) if added_objects else None
        if obj is not None:
            # the object, or its last words (four characters at least): the year's things narrowed (引进国内外高水平医学
            # 学科团队 within 引进高水平医学学科团队)
            index, started = (added_objects if added else objects), _started(name)
            for i in range(0, len(obj) - 3):
                ws.extend(index.get((obj[i:], u, started), ()))
        if not key:
            name = ""       # (a year's count named by the noun after it: matched by its object only)
        for i in range(1, len(name) - 3):
            ws.extend(by_name.get((name[i:], u), ()))         # the span's words end the year's
        # the span's level of the same words (the stock the span reached, or its total), or of what the year added:
        # the whole name, or its last words (three characters at least)
        # (a level of the year is compared with the span's of the same words only: 5G基站达到18.8万个 is no part of
        # 新建5G基站3万个; what the year added, with any of the span's, its verb taken off)
        base, within = (_ADDED_OFF.sub("", name), added_to) if added else (name, {} if plans else stocks)
        for i in range(0, max(1, len(base) - 2) if len(base) >= 2 else 0):
            ws.extend(within.get((base[i:], u, _started(name)) if added else (base[i:], u), ()))
        if ws:
            w = max(ws, key=lambda x: interval_of(x)[1])
            out.append(SpanPart(q, w, metric, metric, plans))
    return out


@dataclass(frozen=True)
class SpanLevel:
    """The level a from–to change of the five-year review reaches (``reached``: 全市生产总值从4.16万亿元增加到5.67万亿元,
    the span's end, the year reviewed) and the year's plain level of the same metric (``level``: 全市生产总值达到5.67万亿元
    in the year's paragraphs): one value stated twice."""

    reached: "Quantity"
    level: "Quantity"
    name: str


def span_levels(doc: "Document") -> List[SpanLevel]:
    """Each level a from–to change of the five-year review reaches (由X增加到Y / 从X提高到Y, no year but the reviewed
    one named) with the year's plain level of the same metric (the same words in any order, or one main total under
    its names: 地区生产总值 / 本市生产总值 / 经济总量), in document order (cached); none where the year's levels of the
    metric disagree among themselves (a revision, LG210's own reading), a lower bound, an approximation, a threshold."""
    c = _cache(doc)
    if "span_levels" in c:
        return c["span_levels"]  # type: ignore[return-value]
    from .indicators import threshold
    text = folded_text(doc)
    reached, levels = [], {}
    for period, f, key, clause, sentence, name, time, is_reached in _figures(doc):
        q = f.quantity
        if q.approx is not None or threshold(text, q) or len(key) < 4:
            continue
        k = (_total_key(name) or key, measure(q))
        if period == "span" and is_reached:
            reached.append((k, q, name))
        elif period == "year" and time == "current" and not _SPAN_WORDS.search(sentence) \
                and not _ADDED.match(clause):
            levels.setdefault(k, []).append(q)
    out: List[SpanLevel] = []
    for k, q, name in reached:
        lvs = levels.get(k)
        if not lvs:
            continue
        ivs = [interval_of(x) for x in lvs]
        if any(a[0] > ivs[0][1] + 1e-9 or ivs[0][0] > a[1] + 1e-9 for a in ivs):
            continue      # the year's levels disagree among themselves
        out.append(SpanLevel(q, lvs[0], name))
    c["span_levels"] = out
    return out


#: a clause stating what the year added (新增 / 新建 / 新认定 / 新培育 / 新引进 …; the report's scope or 全年 before it)
_ADDED = lazyre.compile(r"^(?:全年|今年|当年|全[省市区县])?(?:累计)?(?:新增|新建成?|新认定|新培育|新引进|新设立?|新开工|新筹集|"
                        r"新开通|新获批|新落户|新招引|新登记)")
#: the verb of adding a name keeps (the claims layer's key drops 新: 增上市公司, 建国家现代农业产业园)
_ADDED_OFF = lazyre.compile(r"^(?:增|建设|建|认定|培育|引进|设立?|开工|筹集|开通|获批|落户|招引|登记)")


# (the words of a bound's clause that make it hold for every year of the span, and a threshold the level passed — 突破3万亿元
# / 连跨5万亿元、6万亿元两个台阶 / 迈上5万亿台阶 / 超千亿元 — are claims.thresholds.EVERY_YEAR and PASSED_AMOUNTS)

#: another area named in the sentence before a total (成渝地区双城经济圈建设走深走实，经济总量超9万亿元; 兰州新区经济总量…):
#: the total is that area's, not the report's
_OTHER_AREA = lazyre.compile(r"经济圈|都市圈|城市群|湾区|新区|示范区|试验区|园区|开发区|[县州盟]|(?<![全我本])市(?!场|民)|"
                             r"地区(?!生产总值)|全国|世界|全球")
_OWN_SCOPE = scope_pattern("area", "own", opening=True)
_THRESHOLD_LEAD = lazyre.compile(r"(?:连续|接连|相继|先后|历史性地?|首次|成功|五年|5年)+$")


def _total_key(name: str) -> Optional[str]:
    """The main total ``name`` names with nothing but the report's own scope before it (地区生产总值, 经济总量, GDP →
    GDP; 进出口总额, 外贸进出口, 货物进出口总额 → one trade total), else ``None``."""
    indicator_key = _late_classes.indicator_key
    total_names = _late_metric.total_names
    name = _OWN_SCOPE.sub("", name)
    k = indicator_key(name)
    if k is not None:
        return k
    names = total_names(name[2:] if name.startswith("货物") and "进出口" in name else name)
    return min(names) if len(names) > 1 else None


def span_bounds(doc: "Document") -> List[SpanBound]:
    """Each bound of the five-year review that holds for the year, with the year's levels of its metric (cached): a
    lower bound said of every year (每年…以上, 连续N年稳定在…以上) against the year's plain figure of the same words;
    a threshold a main total passed (经济总量突破3万亿元, 连跨5万亿元、6万亿元两个台阶: the last one) against the year's
    level of that total."""
    c = _cache(doc)
    if "span_bounds" in c:
        return c["span_bounds"]  # type: ignore[return-value]
    out: List[SpanBound] = []
    figs = _figures(doc)
    if figs:
        from .indicators import threshold
        text = folded_text(doc)
        from .values import value_of
        year_levels: Dict[Tuple[str, str], List["Quantity"]] = {}
        totals: Dict[str, List[Tuple["Quantity", str]]] = {}
        for period, f, key, clause, sentence, name, time, reached in figs:
            q = f.quantity
            if period != "year" or time != "current" or q.approx is not None or _SPAN_WORDS.search(sentence) \
                    or len(key) < 4 or threshold(text, q):
                continue
            year_levels.setdefault((key, measure(q)), []).append(q)
            tk = _total_key(_NAME_OFF.sub("", f.metric))
            if tk is not None and measure(q) == "元" and not _OTHER_AREA.search(sentence[:len(sentence) - len(clause)]):
                totals.setdefault(tk, []).append((q, f.metric))
        # a lower bound said of every year of the span
        for period, f, key, clause, sentence, name, time, reached in figs:
            q = f.quantity
            if period != "span" or q.approx not in (">", ">=") or not EVERY_YEAR.search(clause) or len(key) < 4 \
                    or _YEARLY.search(EVERY_YEAR.sub("", clause)):
                continue
            for lv in year_levels.get((key, measure(q)), ()):
                out.append(SpanBound(q.start, q.end, value_of(q), lv, f.metric, "every year"))
        # a threshold any metric passed in the span (粮食产量跃上500亿斤台阶 … 全年粮食产量515.6亿斤): a step verb and its step
        # noun, or a passing verb right before the figure, against the year's plain level of the same words (a total in 元
        # is read below by its key); not a named year's, nor another area's
        for period, f, key, clause, sentence, name, time, reached in figs:
            q = f.quantity
            if period != "span" or reached or q.is_percent or q.approx not in (None, ">", ">=") or len(key) < 4 \
                    or not (step_after(text, q.end) and step_verb_before(text, q.start)
                            or _PASS_RIGHT_BEFORE.search(text, max(0, q.start - 4), q.start)) \
                    or re.search(r"(?<!\d)(?:19|20)\d\d年|目标|力争|预计|到20", sentence) \
                    or _OTHER_AREA.search(sentence[:len(sentence) - len(clause)]) \
                    or _YEARLY.search(clause) or _SPAN_WORDS.search(clause):
                continue
            for lv in year_levels.get((key, measure(q)), ()):
                if lv.start != q.start:
                    out.append(SpanBound(q.start, q.end, value_of(q), lv, f.metric, "threshold"))
        # a threshold a main total passed
        if totals:
            spans = horizons(doc)
            for s, e, period in spans:
                if period != "span":
                    continue
                for m in PASSED_AMOUNTS.finditer(text, s, e):
                    name = _THRESHOLD_LEAD.sub("", _clause_before(text, m.start()).strip())
                    sentence = _sentence_before(doc, text, m.start())
                    if re.search(r"(?<!\d)(?:19|20)\d\d年|目标|力争|预计|到20", sentence):
                        continue      # a threshold passed in a named year, or a plan: not the year's level
                    if _OTHER_AREA.search(sentence[:len(sentence) - len(name)]):
                        continue      # another area's total (成渝地区双城经济圈…，经济总量超9万亿元)
                    tk = _total_key(name)
                    if tk is None or tk not in totals:
                        continue
                    vals = [v for v in (amount_value(n) for n in re.split(r"[、和及]", m.group("nums"))) if v]
                    if not vals:
                        continue
                    nums = m.group("nums")
                    last = re.split(r"[、和及]", nums)[-1]
                    ns = m.start("nums") + nums.rfind(last)
                    for lv, lname in totals[tk]:
                        out.append(SpanBound(ns, ns + len(last), max(vals), lv, name, "threshold"))
    # a bound held for years running anywhere in the review (also a report of one year: 一、2023年工作回顾 … 粮食总产量
    # 连续9年稳定在1300亿斤以上 … 全年粮食产量1250.5亿斤), each pair once
    seen = {(b.start, b.level.start) for b in out}
    out.extend(b for b in _held(doc) if (b.start, b.level.start) not in seen)
    out.sort(key=lambda b: b.start)
    c["span_bounds"] = out
    return out


#: a verb of passing right before a figure (突破500亿斤 / 超过5000万标准箱 / 跃上…): with :func:`step_after`'s step noun
#: or alone, the figure is a threshold passed
_PASS_RIGHT_BEFORE = lazyre.compile(r"(?:突破|超过|跨越|跨过|迈上|跃上|站上|登上|首超)\s*$")


# (a bound held for years running, right before the figure — 连续9年稳定在 — and the words that make a figure a bound are
# claims.thresholds.HELD_BEFORE and BOUND_WORDS)
#: scope words a level's sentence may hold (城镇登记失业率, 全省…): no part of the year's figure
_SCOPES = lazyre.compile(r"全[国省市区县州镇]|城镇|城乡|农村|乡村|中心城区|城区")
#: words of the sentence before a level that name the year (全年 / 本年 / 当年 / 一年来; the year itself is added per report)
_ANNUAL = lazyre.compile(r"全年|本年度?|年内|当年|一年来|过去一年")
#: words of the sentence before a level that make it other than the plain level of the year (a part, a share, a change,
#: a plan, a part of the year)
_NOT_PLAIN = lazyre.compile(r"其中|分别|占|人均|户均|平均|均|每|比|较|同比|增长|下降|由|从|排名|位居|居|第|目标|预期|力争|争取|"
                            r"计划|确保|预计|规划|拟|将|要|任务|季度|上半年|下半年|\d+月|按|其他|达标|考核|试点|示范|首批|项目|"
                            r"园区|街道|社区|镇|乡|村|企业|学校|医院|重点|可比|扣除")


#: what the year's level may be followed by in its clause and still be the one figure of its name: a deed without a
#: figure (粮食总产量119.3万吨、超额完成任务 / 838.6亿斤、再创历史新高), up to the clause's end (never another figure, its
#: growth included: 1250.5亿斤、增长2% is left unread, tests/test_held_bounds.py)
_DEED_AFTER = lazyre.compile(r"\s*、\s*[\u4e00-\u9fff“”]{2,12}(?=[，,。；;！!]|$)")


#: patterns of _held, compiled once (a call of re's module functions looked each one up in
#: re's cache on every call, and compiled it again once other patterns had pushed it out)
_HELD_RE1 = lazyre.compile(r"\s*(?:的|左右|[、和及与])")


def _held(doc: "Document") -> List[SpanBound]:
    """Each bound held for years running (粮食总产量连续9年稳定在1300亿斤以上, PM2.5平均浓度连续3年保持在35微克/立方米以下)
    in the review part with the year's plain level of the same metric stated in another paragraph, or in another sentence
    of the same paragraph that names the year (全年…); not read where the year's levels of the metric disagree among
    themselves (a revision, LG210's business), nor in a work report whose plans are not set apart.  Grouped by key in a
    dictionary: linear in the figures."""
    from . import claims_of
    from .review import review_part
    from .values import value_of
    from ..kind import figures_year
    fy = figures_year(doc)
    end, known = review_part(doc)
    if fy and not known:
        return []
    text = folded_text(doc)
    annual = re.compile(_ANNUAL.pattern + (rf"|{fy}年" if fy else ""))
    figures = claims_of(doc).figures

    def read(f, bound: bool):
        """(key, clause, sentence) of a level or bound figure of the year (no other year in its sentence), else None."""
        q = f.quantity
        if f.role != "level" or f.time not in ("current", "span"):
            return None
        key = _key(f.metric)
        if len(key) < 4:
            return None
        if not bound and (key, measure(q), q.is_percent) not in wanted:
            return None   # (a level is read only for a bound's metric: no bound, nothing to hold against)
        clause = _clause_before(text, q.start)
        sentence = _sentence_before(doc, text, q.start, 120)
        years = set(_FIGURES_RE3.findall(sentence))
        if years - {str(fy)}:
            return None   # a level or a bound of another year (2020年…)
        return key, clause, sentence

    # the bounds first (few reports state one), then the plain levels of their metrics only
    bounds = []
    for f in figures:
        q = f.quantity
        if q.start >= end:
            break
        if q.approx not in (">", ">=", "<", "<="):
            continue
        got = read(f, True)
        if got is None:
            continue
        key, clause, sentence = got
        if HELD_BEFORE.search(clause) \
                and (q.before_word or q.after_word or q.approx_word) in BOUND_WORDS \
                and not _FIGURES_RE2.search(HELD_BEFORE.sub("", clause)):
            bounds.append((q, key, f.metric))
    if not bounds:
        return []
    wanted = {(key, measure(q), q.is_percent) for q, key, _ in bounds}
    levels: Dict[Tuple[str, str, bool], List[Tuple["Quantity", bool]]] = {}
    for f in figures:
        q = f.quantity
        if q.start >= end:
            break
        if q.approx is not None:
            continue
        got = read(f, False)
        if got is None:
            continue
        key, clause, sentence = got
        if f.time != "current" or _NOT_PLAIN.search(_SCOPES.sub("", sentence)) or _SPAN_WORDS.search(sentence) \
                or _FIGURES_RE2.search(clause) \
                or (_HELD_RE1.match(text[q.end:q.end + 3])
                    and not _DEED_AFTER.match(text, q.end)):
            continue  # a modifier, 左右, one of several figures (A、B)
        p = doc.paragraph_at(q.start)
        if p is not None and "\t" in doc.text[p.start:p.end]:
            continue  # a row of a flattened table
        levels.setdefault((key, measure(q), q.is_percent), []).append((q, bool(annual.search(sentence))))
    out: List[SpanBound] = []
    for q, key, name in bounds:
        lvs = levels.get((key, measure(q), q.is_percent))
        if not lvs:
            continue
        ivs = [interval_of(lv) for lv, _ in lvs]
        if any(a[0] > ivs[0][1] + 1e-9 or ivs[0][0] > a[1] + 1e-9 for a in ivs):
            continue      # the year's levels disagree among themselves
        lv, lv_annual = lvs[0]
        if doc.paragraph_at(q.start) is doc.paragraph_at(lv.start):
            s1, s2 = doc.sentence_at(q.start), doc.sentence_at(lv.start)
            if not lv_annual or (s1 is not None and s2 is not None and s1.start == s2.start):
                continue  # one sentence, or a level of the same paragraph that does not name the year
        out.append(SpanBound(q.start, q.end, value_of(q), lv, name, "held", "<" if q.approx in ("<", "<=") else ">"))
    return out


# -- the report's own year parts ---------------------------------------------------------------------------------
#: a year named in a heading's title (（一）2023年回顾 / 二、2024年工作)
_PART_YEAR = lazyre.compile(r"((?:19|20)\d{2})\s*年")
#: words of a heading's title that make it name more than one year, a span or a plan of several years
_PART_NOT_ONE_YEAR = lazyre.compile(r"以来|至|到|—|－|~|～|-|－|[两二三四五六七八九十]年|十[一二三四五]?五|规划|展望|今后|未来")


def year_parts(doc: "Document") -> List[Tuple[int, int, int]]:
    """(start, end, year) of each section of the report whose numbered heading names one year (（一）2023年回顾 …
    （二）2024年工作): its figures are that year's, whatever words their sentences use (全年, 比上年).  A section runs
    from its heading to the next heading of its level or above.  Read only when the report has two such parts of
    different years (a title naming the year of a report that has no other part says nothing its figures don't);
    nested parts are listed in document order, the inner after the outer.  Cached; linear in the headings."""
    c = _cache(doc)
    if "year_parts" in c:
        return c["year_parts"]  # type: ignore[return-value]
    hs = list(doc.headings)
    out: List[Tuple[int, int, int]] = []
    for i, h in enumerate(hs):
        title = h.title(doc)[:30]
        ys = set(_PART_YEAR.findall(title))
        if len(ys) != 1 or _PART_NOT_ONE_YEAR.search(title):
            continue
        end = next((g.start for g in hs[i + 1:] if g.level <= h.level), len(doc.text))
        out.append((h.start, end, int(ys.pop())))
    if len({y for _s, _e, y in out}) < 2:
        out = []
    c["year_parts"] = out
    return out


def part_year(doc: "Document", pos: int) -> Optional[int]:
    """The year of the innermost year part (:func:`year_parts`) holding ``pos``, or None."""
    got = None
    for s, e, y in year_parts(doc):
        if s <= pos < e:
            got = y
        elif s > pos:
            break
    return got


# modules this one's functions read at call time and cannot import at the top (they import this one): bound by
# lintgov.claims once every submodule is complete (an import statement in the function ran at every call)
_late_claims = None
_late_classes = None
_late_indicators = None
_late_kind = None
_late_metric = None
