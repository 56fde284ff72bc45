"""The two horizons of a report's review (part of the claims layer): the five-year review and the year's paragraphs,
and the relations between figures stated thousands of characters apart in them.

A provincial work report of 2026 reviews the “十四五” period (过去五年 / 五年来 / 这五年 / “十四五”时期) and 2025
(刚刚过去的2025年 / 一年来 / 这一年), in either order, each over several paragraphs that name no period of their own
(民生福祉不断增进。…城镇新增就业603.7万人).  :func:`horizons` reads which paragraphs of the review belong to which
period from the paragraphs that open one, until a paragraph opens another or the plans begin (今年 / “十五五” /
主要预期目标: also where the plan headings carry no number).  Two relations follow:

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

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Dict, List, Optional, Tuple

from .. import lazyre
from .grammar import _cache, folded_text
from .thresholds import BOUND_WORDS, EVERY_YEAR, HELD_BEFORE, PASS_VERB, PASSED_AMOUNTS, amount_value
from .values import interval_of, measure

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document
    from ..quantities import Quantity

#: the first years of the five-year plans a review may name
_PLAN_START = {"十一五": 2006, "十二五": 2011, "十三五": 2016, "十四五": 2021}
_LEAD = lazyre.compile(r"^[\s　]*(?:各位代表|同志们|各位委员)?[！!，,：:\s]*(?:——)?")
#: how a paragraph opens the five-year review (过去五年 / 五年来 / 这五年 / “十四五”时期是…的五年)
_SPAN_OPEN = lazyre.compile(r"(?:过去|这|近|回顾过去)的?(?:五|5)年|(?:五|5)年(?:来|间|中|里|发展历程)|"
                            r"(?:五|5)年(?:的)?(?:工作回顾|主要成就|主要工作|工作成就)|"
                            r"[“\"]?(?P<plan>十[一二三四]五)[”\"]?(?:时期|以来|期间|的五年)")
#: a span opened by a named year (2021年以来)
_SINCE = lazyre.compile(r"((?:19|20)\d\d)年以来")
#: how a paragraph opens the year's review (刚刚过去的2025年 / 一年来 / 这一年 / 过去一年); the year itself is added per report
_YEAR_OPEN = lazyre.compile(r"刚刚过去的(?:一年|(?:19|20)\d\d年)|一年来|这一年|过去(?:的)?一年")
#: how a paragraph opens the plans (今年 / 明年 / “十五五” / 未来五年 / 主要预期目标 / 工作安排): the review is over
_PLAN_OPEN = lazyre.compile(r"今年|明年|十五五|十六五|未来五年|今后五年|主要预期目标|预期目标是|总体要求|指导思想|下一步")
#: a paragraph on problems (我们也清醒看到 / 困难和挑战): no period's figures
_PROBLEMS = lazyre.compile(r"清醒(?:看到|认识)|问题和不足|困难和挑战|不足和问题|差距和不足|短板")
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
                kind = min(opens)[1]
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


@dataclass(frozen=True)
class SpanPart:
    """The year's figure of a metric (``part``) and the five years' total of the same metric (``whole``)."""

    part: "Quantity"
    whole: "Quantity"
    part_name: str
    whole_name: str


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
_NAME_OFF = lazyre.compile(r"(?:过去|这|近)?(?:五|5)年(?:来|间)?|累计|共计|合计|共|连续年|连续|接连|相继|先后|历史性|首次|稳定在|保持在|维持在|稳定|保持|每年|"
                           + PASS_VERB + r"|达到|达")
#: a clause break
_BREAK = "，,。；;：:！？!?\n（("


def _key(metric: str) -> str:
    name = _NAME_OFF.sub("", metric)
    name = re.sub(r"总产(?:量)?$", "产量", name)      # 粮食总产量 / 粮食总产 / 粮食产量 name one output
    return "".join(sorted(name))


def _clause_before(text: str, pos: int, limit: int = 40) -> str:
    lo = max(0, pos - limit)
    k = max(text.rfind(ch, lo, pos) for ch in _BREAK)
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


def _figures(doc: "Document"):
    """(period, figure, key, clause, sentence) of every plain level of the review's two periods (cached)."""
    c = _cache(doc)
    if "horizon_figures" in c:
        return c["horizon_figures"]
    out = []
    spans = horizons(doc)
    if spans and any(s[2] == "span" for s in spans) and any(s[2] == "year" for s in spans):
        from . import claims_of
        from ..kind import figures_year
        fy = figures_year(doc)
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
            if _GUARD.search(clause) or re.search(r"[、和及与]\s*$", clause):
                continue
            years = set(re.findall(r"(?<!\d)((?:19|20)\d\d)年", sentence))
            if years - {str(fy)}:
                continue      # a level of another year (2020年…, 较2020年): not the period's
            if re.match(r"\s*(?:的|左右|[、和及与]\s*[\d一二两三四五六七八九十])", text[q.end:q.end + 3]):
                continue      # 超过3万亿元的城市 (a modifier), 左右, one of several figures of one name (A、B)
            key = _key(f.metric)
            if len(key) < 4:
                continue
            out.append((period, f, key, clause, sentence))
    c["horizon_figures"] = out
    return out


def span_parts(doc: "Document") -> List[SpanPart]:
    """Each figure of the year's paragraphs with the largest total of the same metric the five-year review states (the
    year lies in the span: the year's figure cannot exceed it), in document order (cached)."""
    c = _cache(doc)
    if "span_parts" in c:
        return c["span_parts"]  # type: ignore[return-value]
    totals: Dict[Tuple[str, str], List["Quantity"]] = {}
    years: List[Tuple[Tuple[str, str], "Quantity", str]] = []
    for period, f, key, clause, sentence in _figures(doc):
        q = f.quantity
        if measure(q) in _NOT_ADDED:
            continue
        k = (key, measure(q))
        if period == "span":
            if q.approx in (">", ">=", "≈") or _YEARLY.search(clause):
                continue      # a lower bound (超700万人) or an approximation bounds nothing; a yearly figure is no total
            if f.time == "span" or _FLOW.search(f.metric):
                totals.setdefault(k, []).append(q)
        elif period == "year":
            if f.time != "current" or _SPAN_WORDS.search(sentence) or q.approx in ("<", "<=", "≈"):
                continue
            years.append((k, q, f.metric))
    out: List[SpanPart] = []
    for k, q, name in years:
        ws = totals.get(k)
        if ws:
            w = max(ws, key=lambda x: interval_of(x)[1])
            out.append(SpanPart(q, w, name, name))
    c["span_parts"] = out
    return out


# (the words of a bound's clause that make it hold for every year of the span, and a threshold the level passed — 突破3万亿元
# / 连跨5万亿元、6万亿元两个台阶 / 迈上5万亿台阶 / 超千亿元 — are claims.thresholds.EVERY_YEAR and PASSED_AMOUNTS)

#: another area named in the sentence before a total (成渝地区双城经济圈建设走深走实，经济总量超9万亿元; 兰州新区经济总量…):
#: the total is that area's, not the report's
_OTHER_AREA = lazyre.compile(r"经济圈|都市圈|城市群|湾区|新区|示范区|试验区|园区|开发区|[县州盟]|(?<![全我本])市(?!场|民)|"
                             r"地区(?!生产总值)|全国|世界|全球")
_OWN_SCOPE = lazyre.compile(r"^(?:全[省市区县]|我[省市区县]|本[省市区县])")
_THRESHOLD_LEAD = lazyre.compile(r"(?:连续|接连|相继|先后|历史性地?|首次|成功|五年|5年)+$")


def _total_key(name: str) -> Optional[str]:
    """The main total ``name`` names with nothing but the report's own scope before it (地区生产总值, 经济总量, GDP →
    GDP; 进出口总额, 外贸进出口, 货物进出口总额 → one trade total), else ``None``."""
    from .classes import indicator_key
    from .metric import total_names
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
        text = folded_text(doc)
        from .values import value_of
        year_levels: Dict[Tuple[str, str], List["Quantity"]] = {}
        totals: Dict[str, List[Tuple["Quantity", str]]] = {}
        for period, f, key, clause, sentence in figs:
            q = f.quantity
            if period != "year" or f.time != "current" or q.approx is not None or _SPAN_WORDS.search(sentence):
                continue
            year_levels.setdefault((key, measure(q)), []).append(q)
            tk = _total_key(_NAME_OFF.sub("", f.metric))
            if tk is not None and measure(q) == "元" and not _OTHER_AREA.search(sentence[:len(sentence) - len(clause)]):
                totals.setdefault(tk, []).append((q, f.metric))
        # a lower bound said of every year of the span
        for period, f, key, clause, sentence in figs:
            q = f.quantity
            if period != "span" or q.approx not in (">", ">=") or not EVERY_YEAR.search(clause) \
                    or _YEARLY.search(EVERY_YEAR.sub("", clause)):
                continue
            for lv in year_levels.get((key, measure(q)), ()):
                out.append(SpanBound(q.start, q.end, value_of(q), lv, f.metric, "every year"))
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
    bounds = []
    levels: Dict[Tuple[str, str, bool], List[Tuple["Quantity", bool]]] = {}
    for f in claims_of(doc).figures:
        q = f.quantity
        if q.start >= end:
            break
        if f.role != "level" or f.time not in ("current", "span"):
            continue
        key = _key(f.metric)
        if len(key) < 4:
            continue
        clause = _clause_before(text, q.start)
        sentence = _sentence_before(doc, text, q.start, 120)
        years = set(re.findall(r"(?<!\d)((?:19|20)\d\d)年", sentence))
        if years - {str(fy)}:
            continue      # a level or a bound of another year (2020年…)
        if q.approx is None:
            if f.time != "current" or _NOT_PLAIN.search(_SCOPES.sub("", sentence)) or _SPAN_WORDS.search(sentence) \
                    or re.search(r"[、和及与]\s*$", clause) \
                    or re.match(r"\s*(?:的|左右|[、和及与])", text[q.end:q.end + 3]):
                continue  # a modifier, 左右, one of several figures or deeds (119.3万吨、超额完成任务)
            p = doc.paragraph_at(q.start)
            if p is not None and "\t" in doc.text[p.start:p.end]:
                continue  # a row of a flattened table
            levels.setdefault((key, measure(q), q.is_percent), []).append((q, bool(annual.search(sentence))))
        elif q.approx in (">", ">=", "<", "<=") and HELD_BEFORE.search(clause) \
                and (q.before_word or q.after_word or q.approx_word) in BOUND_WORDS \
                and not re.search(r"[、和及与]\s*$", HELD_BEFORE.sub("", clause)):
            bounds.append((q, key, f.metric))
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
