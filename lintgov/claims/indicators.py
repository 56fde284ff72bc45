"""The main indicators of a report and the parts their definitions hold, stated anywhere in its review (part of the
claims layer): 全年地区生产总值（GDP）2808.19亿元 … (a paragraph later) 预计金融业增加值1000亿元左右; 工业投资562亿元，增长
102% … (four sentences later) 全年技改投资114亿元.  A report states its GDP, its above-scale industry's value added, its
fixed-asset and industrial investment once for its period; the value added of any industry or group of the economy, the
investment of a kind, are parts of them by the statistics' definitions (:func:`lintgov.claims.classes.indicator_part`),
wherever the report states them.  The readers of a part in the clause right after its whole are
:func:`lintgov.claims.stocks.implied_parts`; this one pairs a part with the one value the review gives its whole.

Linear: the figures read are those right after the literal names (str.find), each named from a bounded window before
it; the wholes are grouped by key once per document.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Dict, List, Optional, Tuple

from .. import lazyre
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
_LITERALS = ("增加值", "投资", "固投", "零售总额", "零售额", "餐饮收入", "进出口", "出口", "进口")
#: the words of a figure's clause before it: from the last clause break (a figure, 、 and brackets other than （GDP）
#: stop it too)
_CLAUSE_TAIL = lazyre.compile(r"[^,，。；;：:！？!?、\n]{0,40}$")
#: words that put a figure in another period, a span, a plan or another scope (or make it a comparison, a share, a
#: from-value): the name must hold none of them
_NOT_OWN = lazyre.compile(r"上年|去年|同期|上半年|下半年|季度|\d+月|[一二三四五六七八九十两]年|十[一二三四五]五|期间|以来|累计|年均|"
                          r"人均|新增|增量|目标|预期|力争|争取|计划|确保|全[国省市区县州镇]|我国|中国|国内|全球|世界|"
                          r"[占比由从较到至的]")
#: words of a plan in the sentence before a figure (the claims layer's words of a plan)
_PLAN = lazyre.compile(r"力争|预期|目标|确保|计划|规划|争取|到20\d\d年|明年|(?<![主重需只必])要(?!求|素|点|件|闻)|(?<![即必])将(?!近)")
#: a goal already met, not a plan (圆满完成了市四届人大三次会议确定的目标任务，全年实现本市生产总值6765.4亿元): 完成了 or a
#: word saying how well it was met before 完成 (never 完成今年目标任务 / 实现上述目标, which plans say); a figure said to be
#: above its target (增长5.6%，高于年初增长目标)
_GOAL_MET = lazyre.compile(r"(?:(?:圆满|较好|全面|超额|顺利)?完成了|(?:圆满|较好|顺利|超额)完成)[^，,。；;]{0,30}?(?:目标|计划)(?:任务)?|"
                           r"(?:高于|超过|超出|好于|快于)(?:年初|年度|全年|预期)?(?:增长|增速)?(?:预期)?目标")


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
        pre = re.split(r"[，,。；;：:\n]", text[max(0, q.start - 16):q.start])[-1]
        if (GDP_NAME.search(pre) or "经济总量" in pre) and not _OTHER_AGGREGATE.search(pre) and not _AREA_GDP.search(pre) \
                and not re.search(
                r"人均|增加值|占|佔|比上年|较|較|由|从|從|目标|目標|预期|預期|力争|力爭", pre) \
                and not PER_UNIT_CLAUSE.search(text, clause_of(text, q, 0), q.start) \
                and not re.search(r"(?:分别|分別)[^，,。；;]*\d", pre):
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
    from .stocks import own_scope_word
    text = folded_text(doc)
    skel, by_start = skeleton(doc)
    qs = doc.quantities
    starts = doc.__dict__.get("_lintgov_quantity_starts")     # (shared with the arithmetic rules' lookups)
    if starts is None:
        starts = [q.start for q in qs]
        doc.__dict__["_lintgov_quantity_starts"] = starts
    own = own_scope_word(doc)
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
                        and text[qs[k].end:qs[k + 1].start] == "、" and _COPULA.match(text, qs[k + 1].start):
                    cand[qs[k + 1].start] = qs[k + 1]     # (工业增加值突破1万亿元、达1.19万亿元: the level after)
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
            if QTOK in tail or QFILL in tail:
                continue        # another figure in the clause before (2015年全区GDP…, 1-11月…): not named by its words alone
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
        name = re.sub("^(?:全年)?(?:" + (own or "全区|全县") + ")", "", name)
        name = indicator_words(name)
        if len(name) < 2 or _NOT_OWN.search(name) or "分别" in name or not re.fullmatch(r"[\u4e00-\u9fff“”]+(?:（GDP）|\(GDP\))?|GDP", name):
            continue
        k0 = max(skel.rfind(c, max(0, s - 200), s) for c in "。\n")
        lo = k0 + 1 if k0 >= 0 else max(0, s - 200)
        # (a level reached: the words before its 从/由, not the 到2025年 of the change itself)
        if _plan_in(text, lo, max(text.rfind("从", lo, s), text.rfind("由", lo, s)) if s in reached else s):
            continue        # a plan or target in the sentence (力争…, 要…): no value of the report's period
        out.append((name, q))
    return out


#: an area inside the report's named in a figure's sentence before it (前海宝安片区改革开放成效显著。片区地区生产总值1334.1亿元、
#: 同比增长10.9%，固定资产投资完成额878.8亿元): the figure is that area's, not the value of the report's main indicator
_AREA_BEFORE = lazyre.compile(r"片区|园区|产业园|高新区|开发区|合作区|示范区|试验区|保税区|自贸区|功能区|重点区域")


def _area_sentence(text: str, skel: str, s: int) -> bool:
    """Whether the sentence of the figure at ``s`` names an area inside the report's before it (:data:`_AREA_BEFORE`;
    never the paragraph before it, whose topic may be an area while its totals are the report's)."""
    k0 = max(skel.rfind(c, max(0, s - 200), s) for c in "。\n")
    return _AREA_BEFORE.search(text, k0 + 1 if k0 >= 0 else max(0, s - 200), s) is not None


def indicator_parts(doc: "Document") -> List[IndicatorPart]:
    """Every figure of the review named as a part of a main indicator (:func:`lintgov.claims.classes.indicator_part`)
    with the one value the review states for that indicator (every mention of it as this period's level gives one
    value; none when they disagree or there is none), in document order (cached)."""
    c = _cache(doc)
    if "indicator_parts" in c:
        return c["indicator_parts"]  # type: ignore[return-value]
    out: List[IndicatorPart] = []
    text = folded_text(doc)
    if "增加值" in text or "投资" in text or "零售" in text or "餐饮收入" in text or "出口" in text or "进口" in text \
            or ("区" in text and _AREA_GDP.search(text) is not None):
        from .classes import indicator_key, indicator_part
        from .review import review_end
        named = _named_figures(doc, review_end(doc), _LITERALS)
        skel, _ = skeleton(doc)
        wholes: Dict[str, List[Tuple[str, "Quantity"]]] = {}
        for name, q in named:
            k = indicator_key(name)
            if k is not None and not _area_sentence(text, skel, q.start):
                wholes.setdefault(k, []).append((name, q))
        one: Dict[str, Tuple[str, "Quantity"]] = {}
        for k, ws in wholes.items():
            # the exact statements when there are (地区生产总值突破2万亿元、达到23562亿元: the bound and its level)
            exact = [(n, q) for n, q in ws if q.approx is None] or ws
            if len({interval_of(q) for _, q in exact}) == 1:
                one[k] = exact[0]
        for k, (wn, w) in one.items():
            for name, q in named:
                if q is not w and measure(q) == measure(w) and indicator_part(wn, name):
                    out.append(IndicatorPart(w, q, wn, name))
        out.sort(key=lambda ip: ip.part.start)
    c["indicator_parts"] = out
    return out
