"""The main indicators of a report and the parts their definitions hold, stated anywhere in its review (part of the
claims layer): 全年地区生产总值（GDP）2808.19亿元 … (a paragraph later) 预计金融业增加值1000亿元左右; 工业投资562亿元，增长
102% … (four sentences later) 全年技改投资114亿元.  A report states its GDP, its above-scale industry's value added, its
fixed-asset and industrial investment once for its period; the value added of any industry or group of the economy, the
investment of a kind, are parts of them by the statistics' definitions (:func:`lintgov.claims.classes.indicator_part`),
wherever the report states them.  The readers of a part in the clause right after its whole are
:func:`lintgov.claims.stocks.implied_parts`; this one pairs a part with the one value the review gives its whole.

The report-level index (:func:`metric_index`, built once per document): every figure of the review named by its clause as
this period's level — the name read with the report's own scope, its period's year (预计2022年全省…), the verbs and the
qualifier before 的 taken off (作为我区支柱产业的金融业增加值), each item of a 分别 list named with the noun it shares
(总部经济和专门专业服务业分别实现增加值1390亿元和392亿元) — keyed by the main indicator it names in full
(:func:`lintgov.claims.classes.indicator_key`: 地区生产总值, 本地生产总值, 国内生产总值 in a city's report of the 2000s, GDP →
``GDP``), with the one value the review gives each key; a part (金融业增加值, 海洋生产总值, 技改投资) is paired with the
one value of each whole it belongs to.

Linear: the figures read are those right after the literal names (str.find), each named from a bounded window before
it; the wholes are grouped by key once per document, and a part is compared with the (at most eight) keys' values.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Dict, List, Optional, Tuple

from .. import lazyre
from ..quantities import quantity_starts
from .grammar import QFILL, QTOK, _cache, folded_text, skeleton
from .thresholds import STEP_NOUN, STEP_VERB, passed, step_after
from .values import interval_of, measure

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document
    from ..quantities import Quantity


@dataclass(frozen=True)
class IndicatorPart:
    """A figure whose name is part of a main indicator by definition, and the one value the report's review states
    for that indicator (``whole``): the part is never more than the whole."""

    whole: "Quantity"
    part: "Quantity"
    whole_name: str
    part_name: str


#: the literal words every name read here holds (where figures are looked for; 增加值 and 投资 hold 规上工业增加值,
#: 固定资产投资 and 工业投资 as well as the parts; 零售总额, 零售额 and 餐饮收入 the retail sales and their parts; 进出口,
#: 出口 and 进口 the foreign trade and its parts); the GDP's figures are those of :func:`gdp_figures`
_LITERALS = ("增加值", "投资", "固投", "零售总额", "零售额", "餐饮收入", "进出口", "出口", "进口", "海洋生产总值")
#: the words of a figure's clause before it: from the last clause break (a figure, 、 and brackets other than （GDP）
#: stop it too)
_CLAUSE_TAIL = lazyre.compile(r"[^,，。；;：:！？!?、\n]{0,40}$")
#: words that put a figure in another period, a span, a plan or another scope (or make it a comparison, a share, a
#: from-value): the name must hold none of them
_NOT_OWN = lazyre.compile(r"上年|去年|同期|上半年|下半年|季度|\d+月|[一二三四五六七八九十两]年|十[一二三四五]五|期间|以来|累计|年均|"
                          r"人均|新增|增量|目标|预期|力争|争取|计划|确保|全[国省市区县州镇]|我国|中国|国内|全球|世界|"
                          r"[占比由从较到至的]")
#: words of a plan in the sentence before a figure (the claims layer's words of a plan)
_PLAN = lazyre.compile(r"力争|(?<![超于出])预期|目标|确保|计划|规划(?!建设)|争取|到20\d\d年|明年|(?<![主重需只必])要(?!求|素|点|件|闻)|(?<![即必])将(?!近)")
#: a goal already met, not a plan (圆满完成了市四届人大三次会议确定的目标任务，全年实现本市生产总值6765.4亿元): 完成了 or a
#: word saying how well it was met before 完成 (never 完成今年目标任务 / 实现上述目标, which plans say); a figure said to be
#: above its target (增长5.6%，高于年初增长目标); a goal reached ahead of its time (提前三年实现翻一番目标)
_GOAL_MET = lazyre.compile(r"(?:(?:圆满|较好|全面|超额|顺利)?完成了|(?:圆满|较好|顺利|超额)完成)[^，,。；;]{0,30}?(?:目标|计划)(?:任务)?|"
                           r"(?:高于|高出|超过|超出|好于|快于)(?:年初|年度|全年|预期)?(?:增长|增速)?(?:预期)?目标|"
                           # (a goal reached ahead of its time: 地区生产总值3858.62亿元…，提前三年实现翻一番目标；固定资产投资…)
                           r"提前[一二三两四五1-5]?年?(?:实现|完成)了?[^，,。；;]{0,10}?目标")


def _plan_in(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` (a figure's sentence before it) holds a word of a plan or target other than a goal
    already met (:data:`_GOAL_MET`)."""
    m = _PLAN.search(text, lo, hi)
    if m is None:
        return False
    met = [(g.start(), g.end()) for g in _GOAL_MET.finditer(text, max(0, lo - 30), hi)]
    while m is not None:
        if not any(a <= m.start() < b for a, b in met):
            return True
        m = _PLAN.search(text, m.end(), hi)
    return False


# -- the GDP: one reading for every rule (LG101's wholes of shares, LG103's main indicator) ------------------------------
#: names of a region's GDP (地区生产总值, 本市生产总值 / 本区生产总值 / 本地生产总值 as 深圳's reports name a city's or a
#: district's own, 国内生产总值, GDP)
GDP_NAME = lazyre.compile(r"(?:本市|本区|本區|本地|本县|本縣)?(?:地区|地區|国内|國內)?(?:生产总值|生產總值)|GDP|地区GDP")
#: aggregates named with 生产总值 that are no GDP (海洋生产总值 of the ocean economy, 农业生产总值, 国民生产总值, 工农业…)
_OTHER_AGGREGATE = lazyre.compile(r"(?:海洋|农业|農業|工农业|工農業|国民|國民|林业|林業|渔业|漁業|旅游|旅遊)(?:生产总值|生產總值)")
#: an area's GDP within the report's (片区地区生产总值, 高新区实现生产总值): no figure of the report's own GDP
_AREA_GDP = lazyre.compile(r"(?:片区|高新区|园区|产业园|开发区|合作区)(?:实现|完成)?(?:地区)?(?:生产总值|生產總值|GDP)")
#: a clause stating figures per person or per km2 (每平方公里产出GDP、财政收入分别达8亿元和2.8亿元): none of them a total
PER_UNIT_CLAUSE = lazyre.compile(r"人均|户均|戶均|地均|每平方公里|每万人|每萬人|平均每")
#: the clause of a GDP level stated after its growth (…，达到2952亿元 / …，总量达3100亿元): a copula and nothing else
_GDP_REACHED = lazyre.compile(r"\s*(?:总量|總量|经济总量|經濟總量|规模|規模)?(?:达到|達到|达|達|为|為|实现|實現)?\s*")
#: the clause before it: the GDP named and its growth, ending right at the comma (地区生产总值增长3.1%, / GDP同比增长5.4%，)
#: …or the threshold it passed (地区生产总值突破四千亿元大关, / 本市生产总值连续跨越3000、4000亿元台阶，)
_GDP_PASSED_BEFORE = lazyre.compile(r"(?:生产总值|生產總值|GDP)(?:连续|連續)?(?:" + STEP_VERB + r"|突破)[^，,。；;]{1,16}"
                                    + STEP_NOUN + r"[，,]$")
_GDP_GROWTH_BEFORE = lazyre.compile(r"(?:生产总值|生產總值|GDP)(?:同比|比上年)?(?:增长|增長)\d+(?:\.\d+)?\s*[%％][，,]$")


#: the words between a threshold passed and the level right after it (…突破2万亿元、达到 / …跨越1万亿元、达)
_LEVEL_AFTER_PASSED = lazyre.compile(r"(?:突破|跨越|跨上|迈上|站上)[^、，,]*、\s*(?:达到|达|为|实现)?$")
#: a copula opening a figure's own words (达3.6万亿元: the quantity service keeps 达 in the figure)
_COPULA = lazyre.compile(r"\s*(?:达到|达|为|实现)")
#: what stands between a threshold passed and the level after it (、 / ， and a copula: 突破1000亿美元，达到1173.99亿美元)
_AFTER_PASSED = lazyre.compile(r"[、，,]\s*(?:达到|达|为)?\s*")
#: the name of a threshold passed right before a level (工业增加值突破1万亿元、达1.19万亿元: the level's name)
_PASSED_NAMED = lazyre.compile(r"(?:^|(?<=[，,。；;：:\n]))(?P<n>[\u4e00-\u9fff“”]{2,16}?)(?:连续)?(?:突破|跨越|跨上|迈上|站上)?"
                               r"(?P<b>" + QTOK + ")" + QFILL + r"*(?:大关|台阶|关口)?[、，,]$")


def threshold(text: str, c: "Quantity") -> bool:
    """Whether figure ``c`` is a threshold passed (跨越3000、4000亿元台阶, 突破万亿元大关), not a level; ``text`` is the
    folded text (the words: :func:`lintgov.claims.thresholds.passed`); never the level right after a threshold and 、
    (突破2万亿元、达到23562亿元)."""
    if not passed(text, c.start, c.end):
        return False
    before = text[max(0, c.start - 10):c.start]
    if re.search(r"、\s*(?:达到|达|为|实现)?\s*$", before) and step_after(text, c.end) is None and (
            re.search(r"(?:达到|达|为|实现)\s*$", before) or _COPULA.match(text, c.start, c.num_start)):
        return False      # 突破2万亿元、达到23562亿元: the level after the threshold, not a second threshold
    return True


def clause_of(text: str, c: "Quantity", floor: int) -> int:
    """The start of the clause of ``c`` (after the last ，；。 before it, at most 40 characters back)."""
    lo = max(floor, c.start - 40)
    return max(lo, *(text.rfind(x, lo, c.start) + 1 for x in "，,；;。"))


#: patterns of gdp_statements, compiled once (a call of re's module functions looked each one up in
#: re's cache on every call, and compiled it again once other patterns had pushed it out)
_GDP_STATEMENTS_RE1 = lazyre.compile(r"[，,。；;：:\n]")
_GDP_STATEMENTS_RE2 = lazyre.compile(r"人均|增加值|占|佔|比上年|较|較|由|从|從|目标|目標|预期|預期|力争|力爭")
_GDP_STATEMENTS_RE3 = lazyre.compile(r"(?:分别|分別)[^，,。；;]*\d")


def gdp_statements(doc: "Document") -> List[Tuple["Quantity", bool]]:
    """Every figure stated as the GDP of the report's period, with whether it is exact (or approximate, 约): 地区生产总值X
    亿元, GDP X亿元, 经济总量达到X万亿元, …增长3.1%，达到2952亿元 (exact); 地区生产总值突破4万亿元 / 超5500亿元 (a lower bound,
    ``False``).  Never 人均 or per km2, a from–to pair, a target, a threshold passed (跨越…台阶, 突破…大关) or the ocean
    economy's 海洋生产总值.  Document order; one pass over the figures, cached.  The one reading of the GDP: the wholes
    of shares of the GDP (LG101, :func:`gdp_figures`) and the GDP as a main indicator (:func:`indicator_parts`, LG103)
    are taken from it."""
    c = _cache(doc)
    if "gdp_statements" in c:
        return c["gdp_statements"]  # type: ignore[return-value]
    text = folded_text(doc)
    out: List[Tuple["Quantity", bool]] = []
    for q in doc.quantities if ("生产总值" in text or "GDP" in text or "经济总量" in text) else ():
        if q.is_percent or q.approx in ("<", "<=") or q.measure != "元":
            continue
        # (a line break ends the words naming a figure: the row 地区生产总值\t3003亿元 of a table under its header)
        pre = _GDP_STATEMENTS_RE1.split(text[max(0, q.start - 16):q.start])[-1]
        if (GDP_NAME.search(pre) or "经济总量" in pre) and not _OTHER_AGGREGATE.search(pre) and not _AREA_GDP.search(pre) \
                and not _GDP_STATEMENTS_RE2.search(pre) \
                and not PER_UNIT_CLAUSE.search(text, clause_of(text, q, 0), q.start) \
                and not _GDP_STATEMENTS_RE3.search(pre):
            # (每平方公里产出GDP、财政收入分别达8亿元和2.8亿元: figures per km2 are no GDP, nor a later value of a 分别
            # list the GDP's name opens)
            if q.approx in (None, "≈") and not threshold(text, q) and ("突破" not in pre or (
                    _LEVEL_AFTER_PASSED.search(pre) and (pre[-1] != "、" or _COPULA.match(text, q.start, q.num_start)))):
                # (地区生产总值突破2万亿元、达到23562亿元: the level after the threshold it passed)
                out.append((q, True))
            elif q.approx in (">", ">=") and not step_after(text, q.end):
                out.append((q, False))       # 地区生产总值突破4万亿元 / 超5500亿元: the GDP is above it
        elif q.approx in (None, "≈") and _GDP_REACHED.fullmatch(pre) and (_GDP_GROWTH_BEFORE.search(
                text, max(0, q.start - len(pre) - 30), q.start - len(pre)) or _GDP_PASSED_BEFORE.search(
                text, max(0, q.start - len(pre) - 30), q.start - len(pre))) and not threshold(text, q):
            # 地区生产总值增长3.1%，达到2952亿元 / 地区生产总值突破四千亿元大关，达4018.3亿元: the level right after the GDP's
            # own growth or the threshold it passed
            out.append((q, True))
    c["gdp_statements"] = out
    return out


def gdp_figures(doc: "Document") -> List["Quantity"]:
    """The GDP's exact (or approximate) figures of :func:`gdp_statements`, in document order: the wholes a share of the
    GDP is over."""
    c = _cache(doc)
    if "gdp_figures" not in c:
        c["gdp_figures"] = [q for q, exact in gdp_statements(doc) if exact]
    return c["gdp_figures"]  # type: ignore[return-value]


def _named_figures(doc: "Document", end: int, literals) -> List[Tuple[str, "Quantity"]]:
    """(name, figure) of each amount right after one of the ``literals`` before ``end`` (the review's end): the
    name read from its clause, the report's own scope and the verbs taken off; only this period's levels."""
    from . import claims_of
    from .classes import indicator_words
    from .stocks import own_scope_word, sole_scope_word
    text = folded_text(doc)
    skel, by_start = skeleton(doc)
    qs = doc.quantities
    starts = quantity_starts(doc)
    # (an excerpt that names no body and one scope only, 全市: a part of this scope's main indicator is of the same or
    # a smaller area, so taking that scope as the report's own cannot raise a false finding)
    own = own_scope_word(doc) or sole_scope_word(doc)
    from ..kind import figures_year
    fy = figures_year(doc)
    # the GDP: the figures the one GDP reading finds (gdp_figures), named here as every indicator is (its clause's
    # words, the report's own period and scope)
    gdp = {q.start for q, _ in gdp_statements(doc) if q.start < end}
    cand: Dict[int, "Quantity"] = {q.start: q for q, _ in gdp_statements(doc) if q.start < end}
    for lit in literals:
        i = text.find(lit, 0, end)
        while i >= 0:
            e = i + len(lit)
            k = bisect.bisect_left(starts, e)
            if k < len(qs) and qs[k].start - e <= 8 and qs[k].start < end and qs[k].start in by_start:
                cand[qs[k].start] = qs[k]
                if qs[k].approx in (">", ">=") and k + 1 < len(qs) and qs[k + 1].start < end \
                        and _AFTER_PASSED.fullmatch(text, qs[k].end, qs[k + 1].start) \
                        and (_COPULA.match(text, qs[k + 1].start) or text[qs[k + 1].start - 1] in "达到为"):
                    # (工业增加值突破1万亿元、达1.19万亿元 / 外贸进出口总额突破1000亿美元，达到1173.99亿美元: the level after)
                    cand[qs[k + 1].start] = qs[k + 1]
            i = text.find(lit, e, end)
    # the level a from–to change of the five-year review reaches in the year reviewed (地区生产总值从2020年的2.83万亿元提高到
    # 2025年的3.87万亿元; 战略性新兴产业增加值从…提高到2025年的1.67万亿元): the year's level, named by the words before 从/由
    from .horizons import reached_levels
    reached: Dict[int, str] = {}
    for q, words in reached_levels(doc) if "到" in text or "至" in text else ():
        if q.start < end and q.start in by_start and any(lit in words for lit in literals + ("生产总值", "GDP", "经济总量")):
            reached[q.start] = words
            cand[q.start] = q
    # an area's GDP (片区地区生产总值1334.1亿元): a part of the report's, named so right before its figure
    for m in _AREA_GDP.finditer(text, 0, end) if "区" in text else ():
        k = bisect.bisect_left(starts, m.end())
        if k < len(qs) and qs[k].start - m.end() <= 8 and qs[k].start < end and qs[k].start in by_start:
            cand[qs[k].start] = qs[k]
    out: List[Tuple[str, "Quantity"]] = []
    cl = claims_of(doc)
    for s in sorted(cand):
        q = cand[s]
        f = cl.at(s)
        if q.is_percent or f is None or f.role != "level" or measure(q) not in ("元", "美元") \
                or f.time not in (("current", "span") if s in reached else ("current",)):
            continue
        if s in reached:
            tail = reached[s]     # (the words before 从/由: the from-value is no figure of its name)
        else:
            m = _CLAUSE_TAIL.search(skel, max(0, s - 40), s)
            tail = m.group() if m else ""
            if (QTOK in tail or QFILL in tail) and _QUOTED_FIGURES.fullmatch(tail):
                tail = text[m.start():s]     # (“4+2”重点区域完成年度固定资产投资: the figures of a quoted name are its words)
            elif QTOK in tail or QFILL in tail:
                # the figures year written inside the clause (预计2022年全省地区生产总值达12.8万亿元): the period's own,
                # dropped; any other figure before (2015年全区GDP…, 1-11月…) leaves it not named by its words alone
                tail = _own_year_dropped(text, skel, by_start, m.start(), s, fy) if m is not None else None
                if tail is None:
                    continue
        name = tail.strip()
        if _GDP_REACHED.fullmatch(name) and s not in gdp:
            pm = _PASSED_NAMED.search(skel, max(0, s - len(tail) - 40), s - len(tail))
            b = by_start.get(pm.start("b")) if pm is not None else None
            if b is not None and (b.approx in (">", ">=") or threshold(text, b)) and measure(b) == measure(q):
                name = pm.group("n")      # (工业增加值突破1万亿元、达1.19万亿元: the level of the name before its threshold)
        if fy and name.startswith(f"{fy}年"):
            name = name[5:]   # (2020年全市地区生产总值达2.77万亿元 in a report on 2020: the period's own year)
        if s in gdp and _GDP_REACHED.fullmatch(name):
            name = "地区生产总值"    # (…突破四千亿元大关，达4018.3亿元: the GDP's level after its own growth or threshold)
        # the report's own scope word (全区 in a district's report; when the text does not say, 全区/全县, which never
        # name an area wider than the report's)
        own_scope = "^(?:全年)?(?:" + (own or "全区|全县") + ")"
        name = indicator_words(re.sub(own_scope, "", name))
        if fy and name.startswith(f"{fy}年"):
            # (预计2022年全省地区生产总值达12.8万亿元: the period's own year after the words a lead takes off)
            name = indicator_words(re.sub(own_scope, "", name[5:]))
        if "的" in name:
            # 作为我区支柱产业的金融业增加值990.86亿元: the words after the last 的 name the figure, those before qualify
            # it (never a prior, a share, a wider scope or a plan: 上年的, 占GDP的, 全国的…)
            head, _, rest = name.rpartition("的")
            if _NOT_OWN.search(head.replace("的", "")) or _AREA_BEFORE.search(head):
                continue
            name = indicator_words(rest)
        if "分别" in name:
            # 总部经济和专门专业服务业分别实现增加值1390亿元和392亿元: each item of the list names one figure (its items
            # may be listed with 、 before the clause: 金融、高新技术、文化创意等支柱产业分别实现增加值950亿元、242亿元、201亿元)
            lm = _LIST_TAIL.search(skel, max(0, s - 60), s) if s not in reached else None
            if lm is not None and lm.start() < s - len(tail) and QTOK not in lm.group() and QFILL not in lm.group():
                name = indicator_words(re.sub(own_scope, "", lm.group().strip()))
            pairs = _respective(name, q, qs, starts, text)
        else:
            # (国内生产总值: the GDP of the report's own area, as the reports of a city in the 2000s name it)
            pairs = [(name, q)] if not _NOT_OWN.search(_OWN_GDP.sub("生产总值", name)) else []
        if not pairs or any(len(n) < 2 or not _NAME_CHARS.fullmatch(n) for n, _ in pairs):
            continue
        k0 = max(skel.rfind(c, max(0, s - 200), s) for c in "。\n")
        lo = k0 + 1 if k0 >= 0 else max(0, s - 200)
        # (a level reached: the words before its 从/由, not the 到2025年 of the change itself)
        if _plan_in(text, lo, max(text.rfind("从", lo, s), text.rfind("由", lo, s)) if s in reached else s):
            continue        # a plan or target in the sentence (力争…, 要…): no value of the report's period
        out.extend(pairs)
    return out


#: the characters of an indicator's name (the GDP written with its Latin abbreviation)
#: (a hyphen joins two place names in an area's: 笋岗-清水河片区; a quoted name may hold figures: “4+2”重点区域)
_NAME_CHARS = lazyre.compile(r"(?:[\u4e00-\u9fff]|“[^“”\s]{1,12}”)+(?:[-－][\u4e00-\u9fff“”]+)*(?:（GDP）|\(GDP\))?|GDP")
#: a clause's words whose figures all stand inside quotes (“4+2”重点区域, in the skeleton): a name, not a figure before it
_QUOTED_FIGURES = lazyre.compile(r"(?:[^“”" + QTOK + QFILL + r"]|“[^“”]{1,12}”)*")
#: 国内生产总值 opening a name: the GDP of the report's own area in a local report (深圳 2001–2003), not the nation's
#: (全国/我国国内生产总值 keep their scope word)
_OWN_GDP = lazyre.compile(r"^国内生产总值")
#: a list of names before 分别 and the noun they share (总部经济和专门专业服务业分别增加值, after indicator_words took the verb)
_RESPECTIVE = lazyre.compile(r"(?P<items>[\u4e00-\u9fff、和及与]{4,40}?)(?:等[\u4e00-\u9fff]{0,6})?分别"
                             r"(?P<noun>增加值|(?:固定资产)?投资(?:额)?)")
#: the words of a figure's clause with the names a 、 list before it (a clause break other than 、 ends it)
_LIST_TAIL = lazyre.compile(r"[^,，。；;：:！？!?\n]{0,60}$")
_ITEM_SEP = lazyre.compile(r"[、和及与]")
#: what stands between the figures of a 分别 list (1390亿元和392亿元, 1.2万亿元、0.8万亿元)
_FIGURE_SEP = lazyre.compile(r"\s*(?:和|及|与|、)\s*")


def _respective(name: str, q: "Quantity", qs, starts, text: str) -> List[Tuple[str, "Quantity"]]:
    """(item + noun, figure) of a 分别 list whose first figure is ``q`` (总部经济和专门专业服务业分别实现增加值1390亿元和
    392亿元: 总部经济增加值 1390亿元, 专门专业服务业增加值 392亿元): as many figures of ``q``'s measure right after one
    another as there are items, else none."""
    m = _RESPECTIVE.fullmatch(name)
    if m is None:
        return []
    items = [x for x in _ITEM_SEP.split(m.group("items"))]
    if len(items) < 2 or any(len(x) < 2 for x in items):
        return []
    k = bisect.bisect_left(starts, q.start)
    figs = list(qs[k:k + len(items)])
    if len(figs) < len(items) or any(measure(b) != measure(q) or b.is_percent or not _FIGURE_SEP.fullmatch(text, a.end, b.start)
                                     for a, b in zip(figs, figs[1:])):
        return []
    if k + len(items) < len(qs) and _FIGURE_SEP.fullmatch(text, figs[-1].end, qs[k + len(items)].start) \
            and measure(qs[k + len(items)]) == measure(q):
        return []       # more figures than items: not read
    return [(x + m.group("noun"), b) for x, b in zip(items, figs)]


def _own_year_dropped(text: str, skel: str, by_start, lo: int, hi: int, fy: Optional[int]) -> Optional[str]:
    """The words ``text[lo:hi]`` of a figure's clause without the figures year (预计2022年全省地区生产总值 → 预计全省地区
    生产总值 in a report on 2022), or ``None`` when another figure stands there (a year other than the figures year, a
    month, a count)."""
    if not fy:
        return None
    parts, pos = [], lo
    i = skel.find(QTOK, lo, hi)
    while i >= 0:
        y = by_start.get(i)
        if y is None or not re.fullmatch(rf"{fy}\s*年?", text[y.start:y.end]):
            return None
        e = y.end + (1 if not text[y.start:y.end].endswith("年") and text.startswith("年", y.end) else 0)
        if not text[y.start:e].endswith("年"):
            return None
        parts.append(text[pos:y.start])
        pos = e
        i = skel.find(QTOK, e, hi)
    parts.append(text[pos:hi])
    return "".join(parts)


#: an area inside the report's named in a figure's sentence before it (前海宝安片区改革开放成效显著。片区地区生产总值1334.1亿元、
#: 同比增长10.9%，固定资产投资完成额878.8亿元): the figure is that area's, not the value of the report's main indicator
_AREA_BEFORE = lazyre.compile(r"片区|园区|产业园|高新区|开发区|合作区|示范区|试验区|保税区|自贸区|功能区|重点区域")


def _area_sentence(text: str, skel: str, s: int) -> bool:
    """Whether the sentence of the figure at ``s`` names an area inside the report's before it (:data:`_AREA_BEFORE`;
    never the paragraph before it, whose topic may be an area while its totals are the report's)."""
    k0 = max(skel.rfind(c, max(0, s - 200), s) for c in "。\n")
    return _AREA_BEFORE.search(text, k0 + 1 if k0 >= 0 else max(0, s - 200), s) is not None


@dataclass(frozen=True)
class IndexEntry:
    """One figure of the report's metric index: the name its clause gives it (the report's own scope, period words and
    verbs taken off: 金融业增加值, 地区生产总值), the main indicator it names in full (``key``: ``GDP``, ``固定资产投资``…,
    ``None`` for a part or another metric), the figure, and whether its sentence names an area inside the report's
    (片区…: that area's figure, no value of the report's indicator)."""

    name: str
    key: Optional[str]
    quantity: "Quantity"
    area: bool


@dataclass(frozen=True)
class MetricIndex:
    """The report-level index of its main indicators and their parts: every amount of the review named by its clause
    as this period's level (:func:`_named_figures`), in document order, and the figures of each main indicator by key.
    Built once per document (:func:`metric_index`); a rule asks it for the one value of a key in O(1)."""

    entries: Tuple[IndexEntry, ...]
    by_key: Dict[str, Tuple[IndexEntry, ...]]
    #: the one value the review states for each key (:meth:`value`), precomputed
    ones: Dict[str, IndexEntry]

    def value(self, key: str) -> Optional[IndexEntry]:
        """The one value the review gives the main indicator ``key`` for the report's own area and period: its exact
        statements when there are (地区生产总值突破2万亿元、达到23562亿元: the bound and its level), all of one value;
        ``None`` when they disagree or there is none."""
        return self.ones.get(key)


def metric_index(doc: "Document") -> MetricIndex:
    """The :class:`MetricIndex` of ``doc`` (cached): one pass over the figures right after the literal names of the
    main indicators and their parts (:data:`_LITERALS`) and over the GDP's statements, each named from a bounded window."""
    c = _cache(doc)
    if "metric_index" in c:
        return c["metric_index"]  # type: ignore[return-value]
    entries: List[IndexEntry] = []
    text = folded_text(doc)
    if "增加值" in text or "投资" in text or "零售" in text or "餐饮收入" in text or "出口" in text or "进口" in text \
            or "生产总值" in text or "GDP" in text or ("区" in text and _AREA_GDP.search(text) is not None):
        from .classes import indicator_key
        from .review import review_end
        skel, _ = skeleton(doc)
        entries = [IndexEntry(name, indicator_key(name), q, _area_sentence(text, skel, q.start))
                   for name, q in _named_figures(doc, review_end(doc), _LITERALS)]
    by_key: Dict[str, List[IndexEntry]] = {}
    for e in entries:
        if e.key is not None and not e.area:
            by_key.setdefault(e.key, []).append(e)
    ones: Dict[str, IndexEntry] = {}
    for k, es in by_key.items():
        exact = [e for e in es if e.quantity.approx is None] or es
        if len({interval_of(e.quantity) for e in exact}) == 1:
            ones[k] = exact[0]
    index = MetricIndex(tuple(entries), {k: tuple(v) for k, v in by_key.items()}, ones)
    c["metric_index"] = index
    return index


def indicator_parts(doc: "Document") -> List[IndicatorPart]:
    """Every figure of the review named as a part of a main indicator (:func:`lintgov.claims.classes.indicator_part`)
    with the one value the review states for that indicator (:meth:`MetricIndex.value`), in document order (cached)."""
    c = _cache(doc)
    if "indicator_parts" in c:
        return c["indicator_parts"]  # type: ignore[return-value]
    out: List[IndicatorPart] = []
    index = metric_index(doc)
    if index.ones:
        from .classes import indicator_part
        for e in index.entries:
            for w in index.ones.values():
                if e.quantity is not w.quantity and measure(e.quantity) == measure(w.quantity) \
                        and indicator_part(w.name, e.name):
                    out.append(IndicatorPart(w.quantity, e.quantity, w.name, e.name))
    c["indicator_parts"] = out
    return out


# -- thresholds a main indicator passed, against the index's one value ----------------------------------------------------
@dataclass(frozen=True)
class PassedLevel:
    """A threshold a main indicator passed, said anywhere in the review (GDP突破700亿元; 年度固定资产投资突破300亿元; GDP一跃
    跨过5000亿元大关; 地区生产总值年均增长8.0%，连续突破3000亿、4000亿大关), and the one value the review gives that
    indicator (:meth:`MetricIndex.value`): the level is at least the threshold (the highest of several)."""

    start: int
    end: int
    value: float
    level: "Quantity"
    name: str


#: words of a threshold's clause between its subject and the verb: how it was passed (首次 / 一跃 / 连续 / 历史性…)
_PASSED_ADVERBS = lazyre.compile(r"(?:连续|接连|相继|先后|历史性地?|首次|成功|一跃|一举|再次|顺利|已经?)+$")
#: the period words that may open a threshold's subject (年度固定资产投资, 全年GDP)
_PASSED_PERIOD = lazyre.compile(r"^(?:全年|年度|当年|本年度?)")
#: a clause naming the subject by its own growth, right before a threshold opening the next clause (地区生产总值年均增长8.0%，
#: 连续突破3000亿、4000亿大关 / 全口径税收收入增长27.6%，首次突破百亿大关): the threshold is said of that subject
_OWN_GROWTH_CLAUSE = lazyre.compile(r"(?P<name>[\u4e00-\u9fffA-Z]{2,14}?)(?:同比|比上年)?(?:年均)?(?:增长|增長)\s*\d+(?:\.\d+)?\s*[%％]\s*[，,]\s*$")
#: words of the threshold's clause (or its subject's) that make it other than the indicator's level of the period: a sum,
#: an increment, a part of the year, a per-head or a share, a part
_NOT_LEVEL = lazyre.compile(r"累计|新增|净增|增量|年增|人均|地均|户均|占|其中|季度|上半年|下半年|\d+月|[一二三四五六七八九十]+月|以来|期间|"
                            r"[两三四五六七八九十]年(?!来)|十[一二三四五]五")
#: the first verb of passing in a clause (its subject's words before it)
_PASS_IN = lazyre.compile(r"(?:连续|接连|相继|先后|历史性地?|首次|一跃|一举|再次)?(?:突破|超过|跨越|跨过|迈上|跃上|站上|登上|连跨|越过|迈过|首超)")
#: a clause break
_PASSED_BREAK = "，,。；;：:！？!?\n"


def passed_levels(doc: "Document") -> List[PassedLevel]:
    """Each threshold a main indicator passed in the review (:data:`lintgov.claims.thresholds.PASSED_AMOUNTS`: 突破/超过/
    跨越/迈上… an amount in 亿, maybe several, maybe 台阶/大关), its subject named in full in the threshold's own clause
    (the report's own scope, 年度/全年 and the adverbs of passing taken off: GDP一跃跨过… → GDP) or, when the threshold
    opens its clause, by the clause before it stating the subject's own growth; paired with the index's one value of
    that indicator (cached).  Not read: a plan's or a named other year's threshold, another area's (a scope or an area
    named in the sentence before), a sum, an increment, a part of the year, a threshold in 美元 against a level in 元;
    nor where the level stands in the threshold's own sentence (LG105 reads the two side by side there)."""
    c = _cache(doc)
    if "passed_levels" in c:
        return c["passed_levels"]  # type: ignore[return-value]
    out: List[PassedLevel] = []
    index = metric_index(doc)
    if index.ones:
        from ..kind import figures_year
        from .classes import indicator_key
        from .review import review_end
        from .stocks import own_scope_word, sole_scope_word
        from .thresholds import PASSED_AMOUNTS, amount_value
        text = folded_text(doc)
        end = review_end(doc)
        fy = figures_year(doc)
        own = own_scope_word(doc) or sole_scope_word(doc)
        for m in PASSED_AMOUNTS.finditer(text, 0, end):
            k = max(text.rfind(ch, max(0, m.start() - 40), m.start()) for ch in _PASSED_BREAK)
            clause = text[k + 1:m.start()] if k >= 0 else text[max(0, m.start() - 40):m.start()]
            if clause.endswith("、"):
                # 经济总量跨过两个万亿元大关、超过6万亿元: the subject of the threshold the clause opens with
                v = _PASS_IN.search(clause)
                clause = clause[:v.start()] if v is not None else clause
            name = _PASSED_ADVERBS.sub("", clause.strip())
            if name.startswith(own or "\0"):
                name = name[len(own):]
            name = _PASSED_PERIOD.sub("", name)
            if not name and k >= 0 and text[k] in "，,":
                g = _OWN_GROWTH_CLAUSE.search(text, max(0, k - 40), k + 1)
                if g is None:
                    continue
                name = g.group("name")
                if name.startswith(own or "\0"):
                    name = name[len(own):]
                clause = text[g.start():m.start()]
            key = indicator_key(name)
            if key is None or _NOT_LEVEL.search(name) or _NOT_LEVEL.search(text, m.start(), m.end()):
                continue
            level = index.value(key)
            if level is None:
                continue
            q = level.quantity
            s = doc.sentence_at(m.start())
            lo = s.start if s is not None else max(0, m.start() - 120)
            if s is not None and s.start <= q.start < s.end:
                continue      # the level in the threshold's own sentence: LG105's neighbours
            before = text[max(lo, m.start() - 120):m.start()]
            if _plan_in(text, max(lo, m.start() - 120), m.start()) or _AREA_BEFORE.search(before) \
                    or re.search(r"经济圈|都市圈|城市群|湾区", before):
                continue      # a plan's threshold; an area's total (片区… / 成渝地区双城经济圈…，经济总量超9万亿元)
            years = set(re.findall(r"(?<!\d)((?:19|20)\d\d)年", before + text[m.start():m.end()]))
            if years - {str(fy)}:
                continue      # a threshold of a named other year (2020年超过11万亿元)
            nums = re.split(r"[、和及]", m.group("nums"))
            if any("美元" in n for n in nums) != (q.unit is not None and "美元" in (q.unit or "")):
                continue      # 美元 against 元: another currency
            vals = [v for v in (amount_value(n) for n in nums) if v]
            if not vals or measure(q) not in ("元", "美元"):
                continue
            last = nums[-1]
            ns = m.start("nums") + m.group("nums").rfind(last)
            out.append(PassedLevel(ns, ns + len(last), max(vals), q, name))
    c["passed_levels"] = out
    return out


# -- a share in tenths of a main indicator (超过全区固定资产投资总额的四成), its part right before -----------------------------
@dataclass(frozen=True)
class TenthShare:
    """A part stated with its share of a main indicator in tenths (更新项目完成投资37.8亿元，超过全区固定资产投资总额的四成 /
    社会投资694亿元、增长23%、占全区固投比重近九成), and the one value the review gives that indicator: ``lo``–``hi``
    the shares the words allow (超过/以上: at least N/10; 近: 0.9·N/10 to N/10; 不足/不到: at most; plain N成: the
    tenths that round to it, 约/左右 one tenth wider)."""

    start: int
    end: int
    part: "Quantity"
    whole: "Quantity"
    lo: float
    hi: float
    name: str


_TENTHS = lazyre.compile(
    r"(?P<pre>(?:[、，,]\s*(?:同比|比上年)?(?:增长|增長|下降)\s*\d+(?:\.\d+)?\s*[%％])?)[，,、]\s*"
    r"(?P<lead>约占|占|超过|超|相当于|达到|达)?(?P<whole>[\u4e00-\u9fff]{2,18}?)的?(?:比重|比例)?(?:为|达到|达)?"
    r"(?P<bw>超过|超|逾|近|接近|将近|不足|不到|约)?(?P<n>[一二三四五六七八九])成(?P<aw>以上|多|左右)?(?=[，,。；;）)！!]|$)")
#: what every match of :data:`_TENTHS` holds (N成): a text without it is not scanned (the pattern, led by optional
#: parts and a comma, is tried at every comma of the text)
_TENTHS_CORE = lazyre.compile(r"[一二三四五六七八九]成")


def tenth_shares(doc: "Document") -> List[TenthShare]:
    """Each share in tenths of a main indicator right after its part (:data:`_TENTHS`: the part, maybe its own growth,
    then 占/超过 the indicator named in full — the report's own scope taken off — and N成), in the review, with the
    index's one value of that indicator (cached).  Only the report's own scope (全市 in a district's report is the
    city's), a part in the whole's measure, exact or approximate."""
    c = _cache(doc)
    if "tenth_shares" in c:
        return c["tenth_shares"]  # type: ignore[return-value]
    out: List[TenthShare] = []
    text = folded_text(doc)
    if "成" in text:
        index = metric_index(doc)
        if index.ones:
            from .classes import indicator_key
            from .review import review_end
            from .stocks import own_scope_word, sole_scope_word
            own = own_scope_word(doc) or sole_scope_word(doc)
            end = review_end(doc)
            qs = doc.quantities
            starts = quantity_starts(doc)
            for m in (_TENTHS.finditer(text, 0, end) if _TENTHS_CORE.search(text, 0, end) else ()):
                whole = m.group("whole")
                if own and whole.startswith(own):
                    whole = whole[len(own):]
                elif re.match(r"全[国省市区县]|我[国省市区县]", whole):
                    continue      # another scope's total (占全市…: the city's in a district's report)
                key = indicator_key(whole)
                w = index.value(key) if key is not None else None
                k = bisect.bisect_left(starts, m.start()) - 1
                if w is None or k < 0:
                    continue
                p = qs[k]             # (the match opens with the part's own growth, if any: 694亿元、增长23%、占…)
                if p.end != m.start():
                    continue
                if p.approx not in (None, "≈") or p.is_percent or measure(p) != measure(w.quantity) \
                        or p is w.quantity or _NOT_PART.search(_clause_text(text, p.start)):
                    continue
                n = int("一二三四五六七八九".index(m.group("n")) + 1) / 10
                bw, aw = m.group("bw") or "", m.group("aw") or ""
                if bw in ("超过", "超", "逾") or aw in ("以上", "多") or (m.group("lead") in ("超过", "超") and not bw):
                    lo, hi = n, 1.0
                elif bw in ("近", "接近", "将近"):
                    lo, hi = 0.9 * n, n
                elif bw in ("不足", "不到"):
                    lo, hi = 0.0, n
                elif bw == "约" or aw == "左右":
                    lo, hi = n - 0.1, n + 0.1
                else:
                    lo, hi = n - 0.05, n + 0.05
                out.append(TenthShare(m.start("n") - len(bw), m.end(), p, w.quantity, lo, hi, w.name))
    c["tenth_shares"] = out
    return out


#: words of a part's clause that make it other than the period's part (a sum over years, a part of the year, an increment)
_NOT_PART = lazyre.compile(r"累计|增量|年增|人均|地均|户均|季度|上半年|下半年|\d+月|[一二三四五六七八九十]+月|以来|期间|"
                           r"[两三四五六七八九十]年(?!来)|十[一二三四五]五")


def _clause_text(text: str, pos: int) -> str:
    """The words of the clause before ``pos`` (back to the last clause break, at most 40 characters)."""
    k = max(text.rfind(ch, max(0, pos - 40), pos) for ch in _PASSED_BREAK)
    return text[k + 1:pos] if k >= 0 else text[max(0, pos - 40):pos]


# -- the report's counts by the action that names them: the wholes a rate far from them is over ---------------------------
#: the actions that name the base of a well-known rate (``claims.rates._DENOMINATOR_WORDS``: 受理 for 办结率, 审结 for
#: 纠错率, 应出庭 for 出庭应诉率…): the index's keys
_BASE_ACTIONS = lazyre.compile(r"受理|收到|接到|接收|认领|認領|交办|交辦|转办|轉辦|登记|登記|申请|申請|承办|承辦|收集|立案|提出|"
                               r"审结|審結|办结|辦結|结案|結案|判决|判決|一审|一審|生效|决定|決定|办理|辦理|处理|處理|审查|審查|"
                               r"审核|審核|备案|備案|应出庭|應出庭|需出庭|通知")


@dataclass(frozen=True)
class ActionCount:
    """One count of the report stated as this period's level, named by an action (全年共收到行政复议申请512件 → 收到):
    its figure, the words of its clause before it, and where its sentence starts (the subject a list of counts names
    once: 审结456件 after 收到行政复议申请512件，受理480件，)."""

    quantity: "Quantity"
    words: str
    sentence_start: int


def action_counts(doc: "Document") -> Dict[Tuple[str, str], Tuple[ActionCount, ...]]:
    """The report-level index the metric index (:func:`metric_index`: its main indicators) has for every other count:
    each exact count of this period (no bound, change, part — 其中 before it or a share of its own after it —, part of
    the year, plan, sum over years or other year's value, no item of a 分别 list) keyed by its measure and each action of
    :data:`_BASE_ACTIONS` its clause names before it, in document order.  Built once per document (one pass over the
    figures, each read from a bounded window); a rate whose base stands beyond its section asks it for the counts its
    base may be (:func:`lintgov.claims.lookback.report_whole`)."""
    c = _cache(doc)
    if "action_counts" in c:
        return c["action_counts"]  # type: ignore[return-value]
    from .lookback import _PART_BEFORE, _SHARE_AFTER, _SUBPERIOD
    from .rates import _not_this_years, is_count, is_delta, measure_of
    from .roles import clause_start
    text = folded_text(doc)
    out: Dict[Tuple[str, str], List[ActionCount]] = {}
    for q in doc.quantities:
        if q.approx is not None or not is_count(q) or is_delta(text, q):
            continue
        lo = max(0, q.start - 60)
        cs = clause_start(doc, text, q.start, lo)
        words = text[cs:q.start]
        acts = set(_BASE_ACTIONS.findall(words))
        if not acts or "分别" in words or _PART_BEFORE.search(words) or _SHARE_AFTER.match(text, q.end) \
                or _not_this_years(text, q, lo):
            continue
        s = doc.sentence_at(q.start)
        ss = s.start if s is not None else lo
        if _SUBPERIOD.search(text, ss, q.end) or _plan_in(text, ss, q.start):
            continue
        e = ActionCount(q, words, ss)
        m = measure_of(q)
        for a in acts:
            out.setdefault((m, a), []).append(e)
    index = {k: tuple(v) for k, v in out.items()}
    c["action_counts"] = index
    return index
