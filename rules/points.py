"""Differences of two rates stated with both rates (LG209): 同比增长9.0%，比原计划(8.5%)提高了0.5个百分点;
超过计划（17%）12.9个百分点; 出生率7.71‰、死亡率7.69‰、自然增长率0.02‰."""
from __future__ import annotations

import dataclasses
import re

from lintgov import hookimpl, lazyre
from lintgov.claims import record
from lintgov.claims.apart import RATE_THEN_TARGET
from lintgov.claims.grammar import QFILL, QTOK, rescanning, skeleton
from lintgov.claims.planrates import last_year_rates
from lintgov.claims.stocks import own_scope_word
from lintgov.claims.values import NEAR_WORDS, interval_of
from lintgov.quantities import quantity_starts
from lintgov.rule import Related, Rule, bad, good

_Q = QTOK + QFILL + "*"
_UP = r"提高|提升|高出|高于|增加|上升|加快|多|快|超过|超出|高"
_DOWN = r"下降|降低|低于|减少|放缓|回落|少|慢|低"
_AGAINST = lazyre.compile(
    r"(?P<x>" + _Q + r")[^。；;\ue010]{0,8}?[，,、]?\s*(?P<cmp>比|较|高于|低于|超过|超出|高出|快于|慢于)"
    r"(?P<mid>[^。；;，,\ue010]{0,24}?)(?:[（(]?(?P<y>" + _Q + r")[）)]?(?P<mid2>[\u4e00-\u9fff]{0,8}?))?\s*"
    r"(?P<verb>(?:" + _UP + "|" + _DOWN + r")?)了?\s*(?P<z>" + _Q + r")")
#: the rate compared with, after the difference: …1.2个百分点（全省增长7.3%） / ，全省为7.3% / ，上年增长9.3%
#: also …涨幅比上年回落0.6个百分点，上年涨幅2.7% (the rate's own word after the label) and …低于目标0.6个百分点（目标5.5%）
#: (a label and the rate alone, in a bracket)
_Y_AFTER = lazyre.compile(r"\s*(?:[（(，,]\s*(?P<w>[\u4e00-\u9fff]{1,8}?)(?:平均水平|平均)?(?:同比)?"
                          r"(?:(?:为|是)?增长|为|是|增速为|下降|上涨|达到|达|(?:涨幅|增幅|增速)(?:为|达)?)"
                          r"(?P<y>" + _Q + r")[）)]?|[（(]\s*(?P<wb>[\u4e00-\u9fff]{1,8}?)(?:为|是)?\s*(?P<yb>" + _Q + r")\s*[）)])")
#: …增幅高于全省平均2.1个百分点。全省一般公共预算收入增长7.5%: the body compared with opens the next sentence (or the
#: clause after ；) with the rate of the same metric
#: …低于上年2.1个百分点，主要是城市管理类诉求满意率偏低。上年满意率为93.7%: last year's rate opening the next sentence,
#: named by the rate's words (a remark of one clause with no figure may stand between)
_Y_NEXT = lazyre.compile(r"(?:[，,][^。；;，,\d\ue010]{1,30})?\s*[。；;]\s*(?P<w>全(?:国|省|市|区|州|县)|(?:上一?年|去年)(?:同期)?)"
                         r"(?P<name>[\u4e00-\u9fff“”]{0,16}?)(?:同比)?"
                         # (…涨幅比上年回落1.4个百分点；上年上涨3.5%: last year's change in the change's own verb)
                         r"(?:增长|增速为|增速达|增幅为|为|是|(?P<rise>上涨|上漲|上升|涨幅为|漲幅為))(?P<y>" + _Q + r")(?=\s*[，,。；;]|$)")
#: a fall stated as a positive figure (价格下降0.5%): its sign is not read here
_FALL_BEFORE = lazyre.compile(r"(?:下降|下跌|回落|减少|減少|降低|下滑)了?\s*$")
#: (the three rates in one paragraph: a sentence each — 出生率9.56‰。…死亡率8.36‰。自然增长率1.2‰ — as often as in one
#: sentence with ；; the windows keep the reading bounded)
_VITAL = lazyre.compile(r"出生率[为是达]?\s*(?P<b>" + _Q + r")[^\n]{0,60}?死亡率[为是达]?\s*(?P<d>" + _Q + r")[^\n]{0,30}?"
                        r"自然增长率[为是达]?\s*(?P<n>" + _Q + r")")


_MOVE = r"(?:上升|提高|增加|下降|降低|回落|减少)"
#: 出生率7.19‰，比上年下降1.15个千分点；…死亡率6.94‰，上升0.23个千分点；自然增长率0.25‰，下降1.38个千分点
_VITAL_MOVES = lazyre.compile(
    r"出生率[为是达]?\s*" + _Q + r"[^。；;\ue010]{0,8}?(?P<bv>" + _MOVE + r")了?(?P<bd>" + _Q + r")[^\n]{0,60}?"
    r"死亡率[为是达]?\s*" + _Q + r"[^。；;\ue010]{0,8}?(?P<dv>" + _MOVE + r")了?(?P<dd>" + _Q + r")[^\n]{0,40}?"
    r"自然增长率[为是达]?\s*" + _Q + r"[^。；;\ue010]{0,8}?(?P<nv>" + _MOVE + r")了?(?P<nd>" + _Q + r")")


#: a comparison with last year named by its label alone or with its rate's words (比上年, 比上年实际, 高于去年实际增速)
_LAST_YEAR_MID = lazyre.compile(r"(?:上一?年|去年)(?:同期)?(?:实际)?(?:的)?(?:增速|增幅|涨幅|增长|增长速度|水平)?")
_OTHER_BODY = lazyre.compile(r"上一?年|去年|同期|全国|全省|全市|全区|全州|全县|平均|计划|目标|预期|预算|年初|^[省市区县]")
_PLAN_SENT = lazyre.compile(r"预期|目标|力争|计划|争取|确保|预计")
#: the year's own estimate in a report delivered before the statistics (预计全年实现本区生产总值470亿元，比上年增长9.5%;
#: 预计2015年…): not a plan when nothing else of one is in the sentence and the year is the one the figures are about
_PLAN_NOT_EST = lazyre.compile(r"预期|目标|力争|计划|争取|确保|明年|下一?年|今年将")
_OWN_EST = lazyre.compile(r"预计(?:全年|(?P<y>(?:19|20)\d{2})年(?:全年)?)|初步预计[，,]")
#: <name>突破四千亿元大关，达4018.3亿元，增长7.4%: the level's clause names nothing, the bound's names the metric
_BOUND_NAMED = lazyre.compile(r"(?P<b>" + _Q + r")(?:大关|关口|台阶|规模)?[，,]\s*(?:达到|达|为)?$")
_BOUND_AFTER = lazyre.compile(r"\s*(?:左右|以上|以内|以下)")
_GROWTH_WORDS = lazyre.compile(r"(?:的)?(?:增速|增幅|增长速度|增长率|增长)$")


#: 满意率达到96.5%，高于上年的91.3%，提升5.2个百分点: the rate, last year's rate written in the comparison, then the
#: change in points with no basis of its own (the comparison's)
_PRIOR_THEN_POINTS = lazyre.compile(
    r"(?P<x>" + _Q + r")[，,、]?\s*(?P<cmp>高于|高出|低于|超过|比|较)(?:上一?年|去年)(?:同期)?(?:的)?\s*(?P<y>" + _Q + r")"
    r"[，,、]\s*(?P<verb>" + _UP + "|" + _DOWN + r")了?\s*(?P<z>" + _Q + r")")
#: 直接纠错率为9.2%，…，综合纠错率为16.8%，两者相差7.6个百分点: the difference of the two rates of the sentence
#: (…食品抽检合格率为97.6%，药品抽检合格率为99.4%，后者高出前者1.8个百分点: the two named as 前者 and 后者 — read as
#: the size of their difference)
_BOTH_DIFFER = lazyre.compile(r"(?:(?:两者|二者|两项|两个比率|两率)(?:之间)?(?:相差|差距为|差距|之差为|之差|差值为|差)|"
                              r"(?:后者|前者)(?:比|较)?(?:前者|后者)?(?:高出|高于|低于|高|低|多|少)(?:前者|后者)?)了?\s*(?P<z>"
                              + _Q + r")")
#: 满意率目标为90%，实际达到93.6%，高于目标3.6个百分点: a target stated in the sentence, the rate reached, the points
#: over (or under) the target
#: (年度目标为失业率控制在5.5%以内，实际为4.9%，比目标低0.6个百分点: a bound set as the target, the rate compared with its
#: value; 比/较 with the verb after the target)
_TARGET_THEN_POINTS = lazyre.compile(
    r"(?:目标|目标值|计划)(?:为|是|定为|设定为|确定为)[\u4e00-\u9fff]{0,10}?(?P<bw>控制在|保持在|不低于|不高于|不超过)?"
    r"\s*(?P<y>" + _Q + r")[，,、]\s*(?:实际|全年|年末|年底|最终){0,2}"
    r"(?:达到|达|完成|实现|为)?\s*(?P<x>" + _Q + r")[，,、]?\s*(?P<cmp>高于|低于|超过|超出|高出|比|较)(?:年度|全年|预期)?"
    r"(?:目标|目标值|计划)(?:值)?(?P<v>高出|高|低|提高|降低|多|少)?了?\s*(?P<z>" + _Q + r")")


#: 技改投资增长16.9%，占工业投资的41.5%，比上年提高1个百分点: the part's growth, its share of a whole and the share's
#: change in points (the whole's own growth stated before, in the paragraph: 工业投资增长14%)
_SHARE_MOVE = lazyre.compile(
    r"增长(?P<gp>" + _Q + r")[，,、]\s*占(?P<whole>[\u4e00-\u9fff]{2,14}?)(?:的)?(?:比重|比例)?(?:为|达到|达)?\s*(?P<s>" + _Q
    + r")[，,、]\s*(?:占比|比重|比例)?(?:比上年|较上年|同比)?(?P<verb>提高|提升|上升|增加|下降|降低|回落|减少)了?\s*(?P<z>" + _Q + r")")
_REAL_WHOLE = lazyre.compile(r"生产总值|GDP|增加值")


def _growth_index(doc):
    """This year's growth rates of the report by the words naming their metric (once per document): changes in %,
    against last year or no basis written, not in a plan or a bound, not for a part of the year."""
    cache = doc.__dict__.setdefault("_lintgov_points", {})
    if "growth" not in cache:
        from lintgov.claims.grammar import QUALIFIERS, _SUBPERIOD, changes, folded_text, found_in, subject_pos
        from lintgov.claims.metric import metric_key
        from lintgov.kind import figures_year
        text = folded_text(doc)
        idx = []
        skel = by_start = None
        for ch in changes(doc):
            q = ch.amount
            if ch.kind != "percent" or q is None or q.approx is not None or ch.listed:
                continue
            if ch.comparison and not re.fullmatch(r"同比|(?:比|较)(?:上一?年|去年)(?:同期)?", ch.comparison):
                continue
            s = doc.sentence_at(q.start)
            lo = s.start if s else max(0, q.start - 80)
            lim = max(s.end, q.end) if s else q.end
            # the words of the sentence before each rate: one search per sentence, not one per rate (linear)
            if found_in(doc, _PLAN_SENT, text, lo, q.end, lim) or _BOUND_AFTER.match(text, q.end):
                est = _OWN_EST.search(text, lo, q.start)
                if est is None or found_in(doc, _PLAN_NOT_EST, text, lo, q.end, lim) or _BOUND_AFTER.match(text, q.end) \
                        or (est.group("y") and int(est.group("y")) != figures_year(doc)):
                    continue
            if QUALIFIERS.search(text, max(lo, q.start - 12), q.start):
                continue      # 年均增长15.91%, 可比价: not the year's own growth over the year before
            key = metric_key(doc, subject_pos(ch))
            if len(key) < 2 and ch.current is not None and ch.transition is None:
                if skel is None:
                    skel, by_start = skeleton(doc)
                # (the level's token may hold its 达: the words before the bound are searched up to the level)
                bm = _BOUND_NAMED.search(skel, max(lo, ch.current.start - 40), ch.current.start)
                if bm is not None and by_start[bm.start("b")].approx in (">", ">=") \
                        and re.fullmatch(r"(?:达到|达|为)?", text[ch.current.start:ch.current.num_start]):
                    key = metric_key(doc, bm.start("b"))
            if len(key) < 2:
                # 全省地区生产总值达到5.53万亿元、稳居全国前十强、增长4.8%: the level's metric, a remark on its rank
                # between the level and its growth
                key = _level_before_remark(doc, text, subject_pos(ch), lo) or key
            if key.startswith("预"):
                key = key[1:]     # 预计全年实现…: metric_key keeps the 预 of 预计 (计 is a stop word)
            if len(key) >= 2:
                # a part of the year (一季度…增长7.5%) is another reading, never the only one
                idx.append((key, ch.direction, q, found_in(doc, _SUBPERIOD, text, lo, q.start, lim)))
        cache["growth"] = idx
    return cache["growth"]


#: growth rates said faster (or slower) than the economy's, with no difference written: 增长6.6%，增速快于经济增长 /
#: 增长10%，连续17个季度高于GDP增速 / 分别增长10.5%、11.0%、13.0%，均高于GDP增速 — the GDP's growth stated elsewhere
_FASTER = lazyre.compile(
    r"(?P<xs>" + _Q + r"(?:[、和及与]" + _Q + r")*)[，,]\s*(?:(?:其|且|均|都|增速|增幅|增长速度|分别|继续|持续|连续[^，,。；;\d" + QTOK +
    # (连续21个季度 / 连续8年: the count of periods in digits or read as a quantity)
    r"]{0,2}[\d" + QTOK + QFILL + r"]{0,8}[^，,。；;\d" + QTOK + r"]{0,4})(?:均|都)?)?"
    # (远高于 / 大大低于 / 明显快于: a degree word before the comparison)
    r"(?:远|大大|明显|显著)?(?P<cmp>快于|高于|慢于|低于|超过)(?:同期)?"
    # 快于全市生产总值增速: the report's own scope word (全市 in a city's report; in a district's it names the city's GDP)
    r"(?P<scope>全[省市区县]|本[省市区县])?(?P<yn>经济增长|经济增速|经济发展速度|GDP增速|GDP增长|地区生产总值增速|地区生产总值增长|生产总值增速)(?:速度|水平)?"
    r"(?=[，,。；;）)\n]|$)")


#: the end of a level, then one remark (居全国前列 / 稳居全国前十强 / 创历史新高) before the growth's words
_REMARK_AFTER_LEVEL = lazyre.compile(r"[、，,](?:[^\d、，,。；;：:]{2,12}[、，,])?$")


def _level_before_remark(doc, text, sp, lo):
    """The metric of the level right before ``sp`` with at most one remark between (…达到5.53万亿元、稳居全国前十强、),
    in the sentence from ``lo``: its metric key, else ''."""
    import bisect
    from lintgov.claims.metric import metric_key
    qs = doc.quantities
    starts = quantity_starts(doc)
    i = bisect.bisect_left(starts, sp) - 1
    if i < 0 or qs[i].start < lo or qs[i].is_percent or not _REMARK_AFTER_LEVEL.search(text[qs[i].end:sp]) \
            or len(text[qs[i].end:sp]) > 16:
        return ""
    key = metric_key(doc, qs[i].start)
    return key if len(key) >= 2 else ""


_NAMED_MAX = 64
#: the GDP named (GDP, 地区生产总值) or the economy whose growth it measures (快于经济增速1个百分点, 高于经济增长: 经济 /
#: 经济总量 / 全省经济 with the growth words taken off)
_GDP_NAME = lazyre.compile(r"^(?:地区|国内)?(?:GDP|ＧＤＰ)$|^地区生产总值$|^(?:全[省市区县])?经济(?:总量)?$")


def _growth_of_named(doc, cmp, mid, x):
    """The growth rate of the metric ``mid`` names (高于地区生产总值…), when the report states exactly one value for it
    this year; ``x`` (the rate compared) must be a growth rate of another metric."""
    from lintgov.claims.metric import key_match
    # (比GDP增速高出4.8个百分点: 比 with a verb of more or less after the name, as 高于)
    if cmp not in ("高于", "低于", "快于", "慢于", "高出", "超过", "超出", "比", "较") or not _rate(x) or x.unit != "%":
        return None
    name = _GROWTH_WORDS.sub("", re.sub(r"[\s（(）)]", "", mid))
    # GDP is the 生产总值 the report names (高于GDP增速11.4个百分点 against 本区生产总值…增长8.8%), and so is 地区生产总值
    # (高于地区生产总值26.05个百分点 against 预计全年实现本区生产总值…增长9.5%)
    name = _GDP_NAME.sub("生产总值", name)
    if len(name) < 3 or _OTHER_BODY.search(name):
        return None
    cache = doc.__dict__.setdefault("_lintgov_points", {})
    if "growth_starts" not in cache:
        from lintgov.claims.grammar import changes
        cache["growth_starts"] = {ch.amount.start for ch in changes(doc) if ch.amount is not None and ch.kind == "percent"}
    if x.start not in cache["growth_starts"]:
        return None       # the rate compared must itself be a growth rate (增长35.55%)
    looked = _named_growths(doc, name)
    if looked is None:
        return None
    starts, found = looked
    if found is None or x.start in starts:
        return None       # the rate compared is itself one of them
    return found


def _named_growths(doc, name):
    """(the starts of the growth rates of this year whose metric ``name`` names, those rates when they give one value for
    the year — a quarter's only as another reading — and none is a fall, else None); None when the document has looked
    up too many names.  Bounded: each name is looked up once, at most _NAMED_MAX names a document (not pairs of
    figures)."""
    from lintgov.claims.metric import key_match
    memo = doc.__dict__.setdefault("_lintgov_points", {}).setdefault("named", {})
    if name not in memo:
        if len(memo) >= _NAMED_MAX:
            return None
        hits = [(d, q, sub) for key, d, q, sub in _growth_index(doc) if key_match(name, key) >= 0.8]
        # a fall (下降2%) is not what 高于 measures here; one value for the year, a quarter's only as another reading
        ok = not any(d < 0 for d, _q, _s in hits) and len({q.value for _d, q, sub in hits if not sub}) == 1
        memo[name] = ({q.start for _d, q, _s in hits}, [q for _d, q, _s in hits] if ok else None)
    return memo[name]


#: 固定资产投资增幅低于GDP增幅7.3个百分点: two metrics named by their growth, neither rate printed in the clause — both
#: stated elsewhere in the report (the words before the first 增速/增幅 open the clause)
_NAMED_VS_NAMED = lazyre.compile(
    r"(?:^|(?<=[，,；;。：:\n]))(?P<xn>[\u4e00-\u9fff]{2,16}?)的?(?:增速|增幅|增长速度)(?P<cmp>高于|低于|快于|慢于)"
    r"(?P<yn>[\u4e00-\u9fffA-Za-zＡ-Ｚ]{2,16}?)的?(?:增速|增幅|增长速度)(?P<verb>高出|快|高|低)?了?\s*(?P<z>" + _Q + r")")
#: what every match of _NAMED_VS_NAMED holds, at most 17 characters after its start (x's name and 的)
_NAMED_VS_NAMED_ANCHOR = lazyre.compile(r"(?:增速|增幅|增长速度)(?:高于|低于|快于|慢于)")


def _growth_pair_named(doc, xn, yn):
    """The one growth rate of this year of each metric named (x, y), or None."""
    names = []
    for n in (xn, yn):
        n = _GDP_NAME.sub("生产总值", n)
        if len(n) < 3 or _OTHER_BODY.search(n):
            return None
        names.append(n)
    if names[0] == names[1]:
        return None
    got = [_named_growths(doc, n) for n in names]
    if any(g is None or g[1] is None for g in got):
        return None
    (sx, fx), (sy, fy) = got
    if sx & sy:
        return None       # one rate read under both names: not two metrics
    xs = [q for q in fx if q.approx is None]
    ys = [q for q in fy if q.approx is None]
    if len({q.value for q in xs}) != 1 or len({q.value for q in ys}) != 1:
        return None
    return xs[0], ys[0]


def _signed_iv(q, verb):
    lo, hi = interval_of(q)
    return (-hi, -lo) if re.fullmatch(r"下降|降低|回落|减少", verb) else (lo, hi)


#: the body a rate is compared with, named by its area (全省, 全国平均水平, 全市平均): the whole of a wider area
_BODY = lazyre.compile(r"(?P<b>全(?:国|省|市|区|州|县))(?:平均水平|平均)?(?:的)?(?:增速|增幅|水平)?")
#: a clause opening with that body and stating its rate (全省进出口总额增长9.3% / 全省平均增长6.0% / 全国为5.2%)
_BODY_CLAUSE = lazyre.compile(r"(?P<name>[\u4e00-\u9fff]{0,12}?)(?:平均|平均水平)?(?:同比)?(?P<verb>增长|为|是|达到|达)\s*(?P<y>"
                              + _Q + r")(?=\s*[，,。；;）)]|$)")
#: the words a rate's own clause opens with that name the report's own area, no metric (我市, 全市, 本区…)
_OWN_AREA = lazyre.compile(r"^(?:我|本|全)?(?:市|区|县|州|省)")


def _body_rate_before(doc, skel, by_start, mid, x):
    """The rate of the body ``mid`` names (全省, 全国平均水平) stated before ``x``: in a clause of x's sentence or the
    sentence before, opening with the body, of x's kind (a growth for a growth) and naming x's metric or one x's
    clause leaves unnamed; exactly one such rate, else None.  Bounded: the clauses of two sentences."""
    bm = _BODY.fullmatch(re.sub(r"[\s（(）)]", "", mid))
    if bm is None or not _rate(x):
        return None
    body = bm.group("b")
    text = doc.text
    s = doc.sentence_at(x.start)
    if s is None:
        return None
    lo = s.start
    si = doc.sentence_index(x.start)
    if si > 0 and doc.sentences[si - 1].paragraph == s.paragraph:
        lo = doc.sentences[si - 1].start
    cut = max(text.rfind(ch, lo, x.start) for ch in "，,；;。\n")
    xwords = text[cut + 1 if cut >= 0 else lo:x.start]
    x_growth = "增长" in xwords
    xname = _OWN_AREA.sub("", re.sub(r"(?:同比)?(?:增长|为|是|达到|达)$", "", xwords))
    found = []
    k = skel.find(body, lo, x.start)
    while 0 <= k < x.start:
        if k == lo or skel[k - 1] in "，,；;。：:\n":
            m = _BODY_CLAUSE.match(skel, k + len(body))
            if m is not None and m.start("y") in by_start and m.start("y") < x.start:
                y = by_start[m.start("y")]
                name = m.group("name")
                if y.unit == x.unit and (m.group("verb") == "增长") == x_growth \
                        and (not name or not xname or name in xname or xname in name):
                    found.append(y)
        k = skel.find(body, k + 1, x.start)
    return found[0] if len(found) == 1 else None


def _names_x(doc, name: str, x) -> bool:
    """Whether the words after the body in the next sentence (全省一般公共预算收入增长7.5%) name the metric of ``x``: none,
    or words its own clause uses before it (全市一般公共预算收入增长9.6%)."""
    if not name:
        return True
    text = doc.text
    lo = max(0, x.start - 40)
    cut = max(text.rfind(ch, lo, x.start) for ch in "，,；;。\n")
    return name in text[cut + 1 if cut >= 0 else lo:x.start]


def _yoy_points(doc, x, y, z) -> bool:
    """Whether the change in points ``z`` between this year's rate ``x`` and last year's ``y`` is a year-over-year
    change the growth rule (LG201) reads with the same two rates: one finding per error, by one rule."""
    cache = doc.__dict__.setdefault("_lintgov_points", {})
    yoy = cache.get("yoy")
    if yoy is None:
        from lintgov.claims.grammar import changes
        yoy = cache["yoy"] = {(ch.amount.start, ch.base.start, ch.current.start) for ch in changes(doc)
                              if ch.kind == "points" and ch.amount is not None and ch.base is not None
                              and ch.current is not None}
    return (z.start, y.start, x.start) in yoy


def _points(q) -> bool:
    return q.unit in ("个百分点", "百分点", "個百分點", "百分點", "个千分点", "千分点", "個千分點", "千分點")


def _rate(q) -> bool:
    return q.unit in ("%", "‰")


class RateDifferenceMismatch(Rule):
    code = "LG209"
    name = "rate-difference-mismatch"
    category = "yoy"
    level = "error"
    summary = {"zh": "两个比率之差（个百分点）与所给的两个比率不符",
               "en": "A difference in percentage points does not match the two rates given"}
    description = {
        "zh": "“增长9.0%，比原计划（8.5%）提高了0.5个百分点”“超过计划（17%）12.9个百分点”：所述百分点应等于两个比率之差；"
              "“出生率7.71‰……死亡率7.69‰，自然增长率0.02‰”：自然增长率等于出生率减死亡率。各数按印刷精度取区间。"
              "“提高、高出、超过”为正，“下降、低于、回落”为负；没有写方向时两种方向都接受。"
              "“增长6.6%，增速快于经济增长”“均高于GDP增速”（未写百分点）：所列增速应高于报告所给的地区生产总值增速（按印刷精度）。",
        "en": "增长9.0%，比原计划（8.5%）提高了0.5个百分点 and 超过计划（17%）12.9个百分点: the points must be the difference "
              "of the two rates; 出生率 − 死亡率 = 自然增长率. Every figure is taken as its rounding interval; without a "
              "direction word both directions are accepted. 增长6.6%，增速快于经济增长 / 均高于GDP增速 (no difference written): "
              "each rate listed must be above the one GDP growth the report states, within printed precision.",
    }
    authority = "国家统计局 统计知识：百分点是指不同时期以百分数形式表示的相对指标的变动幅度；人口自然增长率=出生率−死亡率"
    messages = {"default": {"zh": "“{stated}”与两个比率不符：{x} − {y} = {diff}（容差±{tol}）",
                            "en": "“{stated}” does not match the two rates: {x} − {y} = {diff} (tolerance ±{tol})"},
                "faster": {"zh": "“{stated}”与所给增速不符：{x}并不{cmp_zh}地区生产总值增速{y}",
                           "en": "“{stated}” does not match the growth rates given: {x} against the GDP growth {y}"},
                "share-move": {"zh": "比重的变动“{stated}”与增速不符：{whole}增长{gw}、该部分增长{gp}、比重{share}，"
                                     "上年比重应为{share}×(1+{gw})/(1+{gp})，变动{diff}个百分点（容差±{tol}）",
                               "en": "the change of the share “{stated}” does not match the growths: the part grew {gp}, "
                                     "the whole ({whole}) {gw}, the share is {share}, so last year's was "
                                     "{share}×(1+{gw})/(1+{gp}) and the change {diff} points (tolerance ±{tol})"},
                "vital-moves": {"zh": "自然增长率的变动“{stated}”与出生率、死亡率的变动不符：应为{diff}（容差±{tol}）",
                                "en": "the change of the natural growth rate “{stated}” does not match the changes of the "
                                      "birth and death rates: {diff} (tolerance ±{tol})"}}
    examples = (
        bad("地区生产总值同比增长9.0%，比原计划(8.5%)提高了1.5个百分点。"),
        good("地区生产总值同比增长9.0%，比原计划(8.5%)提高了0.5个百分点。"),
        good("固定资产投资增长29.9%，超过市里下达计划（17%）12.9个百分点。"),
        bad("全市地区生产总值增长8.5%，高于全省平均水平2.2个百分点（全省增长7.3%）。",
            note="the rate compared with, after the difference: 8.5 − 7.3 = 1.2"),
        good("一般公共预算收入增长12.5%，增速比上年提高3.2个百分点，上年增长9.3%。"),
        bad("全区实现地区生产总值512.3亿元，增长9.5%。\n全区一般公共预算收入增长35.55%，高于地区生产总值28.05个百分点。",
            note="the compared growth stated in another paragraph, found by the metric named: 35.55 − 9.5 = 26.05"),
        good("全区实现地区生产总值512.3亿元，增长9.5%。\n全区一般公共预算收入增长35.55%，高于地区生产总值26.05个百分点。"),
        bad("全市生产总值达到4.72万亿元，增长5%。\n居民人均可支配收入达到8.5万元、增长3.6%，增速快于经济增长。",
            note="a growth said faster than the economy's, the GDP growth stated in another paragraph: 3.6 < 5"),
        good("全市生产总值达到4.72万亿元，增长5%。\n居民人均可支配收入达到8.5万元、增长6.6%，增速快于经济增长。"),
        bad("网上政务服务满意率达到96.5%，高于上年的91.3%，提升3.2个百分点。",
            note="last year's rate in the comparison: 96.5 − 91.3 = 5.2"),
        good("网上政务服务满意率达到96.5%，高于上年的91.3%，提升5.2个百分点。"),
        bad("直接纠错率为9.2%，综合纠错率为16.8%，两者相差3.6个百分点。", note="the two rates of the sentence: 7.6"),
        good("市民热线满意率目标为90%，实际达到93.6%，高于目标3.6个百分点。"),
        bad("工业投资增长14%，其中技改投资增长16.9%，占工业投资的41.5%，比上年提高4个百分点。",
            note="last year's share is 41.5 × 1.14/1.169 = 40.47: +1.03 points"),
        good("工业投资增长14%，其中技改投资增长16.9%，占工业投资的41.5%，比上年提高1个百分点。"),
        bad("全年出生率为9.56‰；死亡率为8.36‰；人口自然增长率为4.2‰。"),
        good("全年出生率为9.56‰；死亡率为8.36‰；人口自然增长率为1.2‰。"),
        bad("出生率为7.19‰，比上年下降1.15个千分点；死亡率为6.94‰，上升0.23个千分点；自然增长率为0.25‰，下降1.68个千分点。",
            note="−1.15 − 0.23 = −1.38"),
        good("出生率为7.19‰，比上年下降1.15个千分点；死亡率为6.94‰，上升0.23个千分点；自然增长率为0.25‰，下降1.38个千分点。"),
    )

    def check(self, doc, ctx):
        skel, by_start = skeleton(doc)
        retry: list = []
        read_z = set()
        # the pairs written out in full first: their points are not read again against another rate
        yield from self._stated_pairs(doc, skel, by_start, read_z)
        if "占" in skel:
            yield from self._share_moves(doc, skel, by_start, read_z)
        mine = set(read_z)
        for m in rescanning(_AGAINST, skel, retry):
            x, z = by_start[m.start("x")], by_start[m.start("z")]
            if z.start in mine:
                continue
            if not _points(z):
                # 总量首超三千亿元，同比增长9.0%，比原计划(8.5%)提高了0.5个百分点: the 9.0% a false start took may
                # open the comparison
                retry.append(m.start("z"))
                continue
            read_z.add(z.start)
            if m.group("y"):
                y = by_start[m.start("y")]
            else:
                # 高于全省平均水平1.2个百分点（全省增长7.3%）: the rate compared with, named again after the difference
                ya = _Y_AFTER.match(skel, m.end())
                yn = _Y_NEXT.match(skel, m.end()) if ya is None else None
                if yn is not None and re.sub(r"^(?:上一?年|去年)(?:同期)?$", "上年", yn.group("w")) in \
                        re.sub(r"^(?:上一?年|去年)(?:同期)?", "上年", m.group("mid")) \
                        and _names_x(doc, yn.group("name"), x) \
                        and not (yn.group("rise") and _FALL_BEFORE.search(doc.text, max(0, x.start - 4), x.start)):
                    y = by_start[yn.start("y")]
                    ya = yn
                    yg = "y"
                else:
                    yn = None
                yg = "y" if ya is None or ya.group("y") else "yb"
                w = re.sub(r"^(?:上年|去年)(?:同期)?", "上年", ya.group("w") or ya.group("wb")) if ya else ""
                mid = re.sub(r"^(?:上年|去年)(?:同期)?", "上年", m.group("mid"))
                if yn is not None:
                    pass
                elif ya is None or not w or w not in mid:
                    # 一般财政预算收入增长35.55%，高于地区生产总值26.05个百分点: the growth of the metric named, stated
                    # elsewhere in the report
                    ys = _growth_of_named(doc, m.group("cmp"), m.group("mid"), x) if ya is None else None
                    if not ys and ya is None:
                        # 全省进出口总额增长9.3%，我市增长12.4%，高于全省3.1个百分点: the body compared with stated
                        # before, in its own clause of the sentence or the sentence before
                        yb = _body_rate_before(doc, skel, by_start, m.group("mid"), x)
                        ys = [yb] if yb is not None else None
                    if not ys and ya is None and _LAST_YEAR_MID.fullmatch(re.sub(r"[\s（(）)]", "", m.group("mid"))):
                        # 上年…增长4.6%。今年预期增长6%，比上年提高1.4个百分点: last year's rate of the metric, stated
                        # before in the paragraph (claims.planrates) — a plan's target or this year's rate against it
                        ys = last_year_rates(doc, x) or None
                    if not ys:
                        continue
                    # several readings (the year's and a quarter's): the one closest to the stated difference
                    zm = interval_of(z)
                    y = min(ys, key=lambda c: min(abs(abs(x.value - c.value) - zm[0]), abs(abs(x.value - c.value) - zm[1])))
                else:
                    y = by_start[ya.start(yg)]
            if not (_rate(x) and _rate(y) and x.unit == y.unit and _points(z)):
                continue
            if ("千" in z.unit) != (x.unit == "‰"):
                continue      # % rates differ by 个百分点, ‰ rates by 个千分点
            if any(q.approx not in (None, "≈") for q in (x, y, z)):
                continue
            verb = m.group("verb") or ""
            cmp = m.group("cmp")
            sign = 0
            if re.fullmatch(_UP, verb) or cmp in ("高于", "超过", "超出", "高出", "快于"):
                sign = 1
            if re.fullmatch(_DOWN, verb) or cmp in ("低于", "慢于"):
                sign = -1 if sign == 0 else 0
            f = self._check(doc, x, y, z, sign, doc.text[m.start("cmp"):z.end])
            if f is not None:
                yield f
        if "增" in skel:
            for m in lazyre.anchored_finditer(_NAMED_VS_NAMED, skel, _NAMED_VS_NAMED_ANCHOR, back=17):
                z = by_start.get(m.start("z"))
                if z is None or z.start in read_z or not _points(z) or "千" in z.unit or z.approx not in (None, "≈"):
                    continue
                pair = _growth_pair_named(doc, m.group("xn"), m.group("yn"))
                if pair is None:
                    continue
                x, y = pair
                sign = 1 if m.group("cmp") in ("高于", "快于") else -1
                f = self._check(doc, x, y, z, sign, doc.text[m.start("cmp"):z.end])
                if f is not None:
                    yield f
        if "于" in skel or "超过" in skel:
            yield from self._faster(doc, skel, by_start)
        for m in _VITAL_MOVES.finditer(skel):
            # the change of the natural growth rate is the change of the birth rate less that of the death rate
            bd, dd, nd = by_start[m.start("bd")], by_start[m.start("dd")], by_start[m.start("nd")]
            if not all(_points(q) and q.unit == bd.unit and q.approx in (None, "≈") for q in (dd, nd)) \
                    or not _points(bd):
                continue
            b, d, n = _signed_iv(bd, m.group("bv")), _signed_iv(dd, m.group("dv")), _signed_iv(nd, m.group("nv"))
            diff = (b[0] - d[1], b[1] - d[0])
            ok = n[0] <= diff[1] + 1e-9 and diff[0] <= n[1] + 1e-9
            record(doc, self.code, "points", nd, ok, "Δbirth - Δdeath", (bd, dd))
            if ok:
                continue
            tol = (n[1] - n[0]) / 2 + (diff[1] - diff[0]) / 2
            yield self.finding(doc, nd.start, nd.end, "vital-moves",
                               related=[Related(bd.start, bd.end, {"zh": "出生率的变动", "en": "change of the birth rate"}),
                                        Related(dd.start, dd.end, {"zh": "死亡率的变动", "en": "change of the death rate"})],
                               evidence={"difference": list(diff), "stated": list(n), "formula": "Δbirth - Δdeath",
                                         "tolerance": tol},
                               stated=doc.text[m.start("nv"):nd.end], diff=f"{(diff[0] + diff[1]) / 2:.2f}",
                               tol=f"{tol:g}")
        for m in _VITAL.finditer(skel):
            b, d, n = by_start[m.start("b")], by_start[m.start("d")], by_start[m.start("n")]
            if not all(q.unit == b.unit and _rate(q) for q in (d, n)):
                continue
            f = self._check(doc, b, d, n, 0, doc.text[n.start:n.end], same_unit=True)
            if f is not None:
                yield f

    def _stated_pairs(self, doc, skel, by_start, read_z):
        """Points between two rates both written in the sentence, in three shapes: last year's rate in the comparison
        (满意率达到96.5%，高于上年的91.3%，提升5.2个百分点), the two rates named together (…9.2%，…16.8%，两者相差7.6个百分点:
        exactly two rates of one unit in the sentence before, either direction) and a target stated before the rate
        reached (目标为90%，实际达到93.6%，高于目标3.6个百分点).  Approximate or bounded figures are not read."""
        def fine(*qs):
            return all(q is not None and q.approx in (None, "≈") for q in qs)

        if "百分点" not in doc.text and "百分點" not in doc.text:
            return
        for m in _PRIOR_THEN_POINTS.finditer(skel):
            x, y, z = (by_start.get(m.start(g)) for g in ("x", "y", "z"))
            if not fine(x, y, z) or z.start in read_z or not (_rate(x) and _rate(y) and x.unit == y.unit == "%") \
                    or not _points(z) or "千" in z.unit:
                continue
            read_z.add(z.start)
            up = re.fullmatch(_UP, m.group("verb")) is not None
            if m.group("cmp") in ("高于", "高出", "超过") and not up or m.group("cmp") == "低于" and up:
                continue      # 高于上年的91.3%，下降…: the words disagree; not read
            f = self._check(doc, x, y, z, 1 if up else -1, doc.text[m.start("cmp"):z.end])
            if f is not None:
                yield f
        for m in (lazyre.finditer(_BOTH_DIFFER, skel) if ("两" in skel or "二" in skel or "者" in skel) else ()):
            z = by_start.get(m.start("z"))
            if not fine(z) or z.start in read_z or not _points(z) or "千" in z.unit:
                continue
            text = doc.text
            ss = max(text.rfind(c, max(0, m.start() - 150), m.start()) for c in "。；;\n！？") + 1
            rates = [by_start[k] for k in sorted(by_start) if ss <= k < m.start()]
            if len(rates) != 2 or not all(_rate(q) and q.unit == "%" for q in rates) or not fine(*rates):
                continue
            read_z.add(z.start)
            f = self._check(doc, rates[1], rates[0], z, 0, text[m.start():z.end])
            if f is not None:
                yield f
        for m in (lazyre.finditer(RATE_THEN_TARGET, skel) if "目标" in skel or "计划" in skel else ()):
            x, y, z = (by_start.get(m.start(g)) for g in ("x", "y", "z"))
            if y is not None and y.approx in ("<", "<=", ">", ">=") and y.before_word not in NEAR_WORDS \
                    and (m.group("bw") or y.after_word in ("以内", "以下", "以上")):
                y = dataclasses.replace(y, approx=None)      # (控制目标为5.5%以内: a target of 5.5%)
            if not fine(x, y, z) or z.start in read_z or not (_rate(x) and _rate(y) and x.unit == y.unit == "%") \
                    or not _points(z) or "千" in z.unit or QTOK in m.group("tw"):
                continue
            tw2 = m.group("tw2")
            if tw2 and tw2 not in m.group("tw"):
                continue      # (低于全省目标: the target named after the difference is another than the one stated)
            cmp, v = m.group("cmp"), m.group("v") or ""
            if cmp in ("比", "较") and not v or cmp not in ("比", "较") and v:
                continue
            read_z.add(z.start)
            sign = -1 if cmp == "低于" or v in ("低", "降低", "少") else 1
            f = self._check(doc, x, y, z, sign, doc.text[m.start("cmp"):z.end])
            if f is not None:
                yield f
        for m in (lazyre.finditer(_TARGET_THEN_POINTS, skel) if ("目标" in skel or "计划" in skel) else ()):
            x, y, z = (by_start.get(m.start(g)) for g in ("x", "y", "z"))
            if y is not None and y.approx in ("<", "<=", ">", ">=") and y.before_word not in NEAR_WORDS \
                    and (m.group("bw") or y.after_word in ("以内", "以下", "以上")
                         or y.before_word in ("不低于", "不高于", "不超过", "不少于", "不多于")):
                # (a bound set as the target: its value is the target's — 控制在5.5%以内 is a target of 5.5%)
                y = dataclasses.replace(y, approx=None)
            if not fine(x, y, z) or z.start in read_z or not (_rate(x) and _rate(y) and x.unit == y.unit == "%") \
                    or not _points(z) or "千" in z.unit:
                continue
            cmp, v = m.group("cmp"), m.group("v") or ""
            if cmp in ("比", "较") and not v or cmp not in ("比", "较") and v:
                continue      # (比目标 with no verb of more or less; 高于目标 with another verb after it: not read)
            read_z.add(z.start)
            sign = -1 if cmp == "低于" or v in ("低", "降低", "少") else 1
            f = self._check(doc, x, y, z, sign, doc.text[m.start("cmp"):z.end])
            if f is not None:
                yield f

    def _share_moves(self, doc, skel, by_start, read_z):
        """A share's change in points from the growths of its part and its whole (技改投资增长16.9%，占工业投资的41.5%，
        比上年提高1个百分点, 工业投资增长14% earlier in the paragraph): last year's share is S (1+g_whole)/(1+g_part), so
        the points are S − S (1+g_whole)/(1+g_part).  The whole's growth is read only under the very words the share
        names (one such growth in the paragraph before); real growth (生产总值, 增加值) is not read — a share of nominal
        values does not move with real growths."""
        from lintgov.claims.grammar import real_growth_metric
        text = doc.text
        for m in _SHARE_MOVE.finditer(skel):
            gp, sh, z = (by_start.get(m.start(g)) for g in ("gp", "s", "z"))
            whole = m.group("whole")
            if any(q is None or q.approx not in (None, "≈") for q in (gp, sh, z)) or z.start in read_z \
                    or not (gp.unit == "%" and sh.unit == "%" and _points(z) and "千" not in z.unit) \
                    or _REAL_WHOLE.search(whole) or real_growth_metric(doc, m.start()) or QTOK in whole:
                continue
            lo = max(text.rfind("\n", 0, m.start()) + 1, m.start() - 300)
            ws = [w for w in re.finditer(re.escape(whole) + r"(?:同比|比上年)?增长(?P<g>" + _Q + r")", skel[lo:m.start()])]
            if len(ws) != 1:
                continue
            gw = by_start.get(lo + ws[0].start("g"))
            if gw is None or gw.unit != "%" or gw.approx not in (None, "≈"):
                continue
            (pl, ph), (wl, wh), (sl, shi) = interval_of(gp), interval_of(gw), interval_of(sh)
            if pl <= -100 or wl <= -100:
                continue
            corners = [s_ - s_ * (1 + w_ / 100) / (1 + p_ / 100) for s_ in (sl, shi) for w_ in (wl, wh) for p_ in (pl, ph)]
            diff = (min(corners), max(corners))
            zl, zh = interval_of(z)
            up = m.group("verb") in ("提高", "提升", "上升", "增加")
            opt = (zl, zh) if up else (-zh, -zl)
            ok = opt[0] <= diff[1] + 1e-9 and diff[0] <= opt[1] + 1e-9
            read_z.add(z.start)
            record(doc, self.code, "points", z, ok, "S - S(1+gw)/(1+gp)", (gp, sh, gw))
            if ok:
                continue
            mid = (diff[0] + diff[1]) / 2
            tol = (zh - zl) / 2 + (diff[1] - diff[0]) / 2
            yield self.finding(doc, z.start, z.end, "share-move",
                               related=[Related(gp.start, gp.end, {"zh": "部分的增速", "en": "growth of the part"}),
                                        Related(sh.start, sh.end, {"zh": "比重", "en": "share"}),
                                        Related(gw.start, gw.end, {"zh": "总体的增速", "en": "growth of the whole"})],
                               evidence={"difference": list(diff), "stated": [zl, zh], "formula": "S - S(1+gw)/(1+gp)",
                                         "tolerance": tol},
                               stated=text[m.start("verb"):z.end], share=text[sh.start:sh.end],
                               gp=text[gp.start:gp.end], gw=text[gw.start:gw.end], whole=whole,
                               diff=f"{mid:+.2f}", tol=f"{tol:.2g}")

    def _faster(self, doc, skel, by_start):
        """增长6.6%，增速快于经济增长 (no difference written): each growth rate listed is above the one growth the report
        states for its GDP (below, for 慢于/低于); a rate whose growth is not a rise (下降) is not read."""
        from lintgov.claims.grammar import changes
        cache = doc.__dict__.setdefault("_lintgov_points", {})
        if "rises" not in cache:
            cache["rises"] = {ch.amount.start for ch in changes(doc)
                              if ch.amount is not None and ch.kind == "percent" and ch.direction > 0}
        for m in _FASTER.finditer(skel):
            xs = [by_start.get(m.start("xs") + i.start()) for i in re.finditer(re.escape(QTOK), m.group("xs"))]
            if not xs or any(x is None or not _rate(x) or x.unit != "%" or x.approx is not None for x in xs):
                continue
            # rises: growth rates the change grammar read, or a list right after 增长 (分别增长10.5%、9.0%)
            if not (all(x.start in cache["rises"] for x in xs)
                    or re.search(r"(?:分别|同比|比上年)?增长$|(?:增幅|增速)(?:仅为|仅|为|达到|达)?$",
                                 doc.text[max(0, xs[0].start - 6):xs[0].start])):
                continue
            scope = m.group("scope")
            if scope and scope[0] == "全" and scope != own_scope_word(doc):
                continue      # 快于全市…增速 in a district's report: the city's growth, not printed as the report's
            looked = _named_growths(doc, "生产总值")
            if looked is None or looked[1] is None:
                continue
            starts, ys = looked
            # (增长7.2%左右: an approximate growth stands for its widened interval, Quantity.interval)
            ys = [y for y in ys if y.approx in (None, "≈")]
            if len({y.value for y in ys}) != 1 or any(x.start in starts for x in xs):
                continue
            y = ys[0]
            ylo, yhi = interval_of(y)
            faster = m.group("cmp") in ("快于", "高于", "超过")
            for x in xs:
                xlo, xhi = interval_of(x)
                ok = xhi > ylo + 1e-9 if faster else xlo < yhi - 1e-9
                record(doc, self.code, "points", x, ok, "x > y" if faster else "x < y", (y,))
                if ok:
                    continue
                stated = doc.text[m.start("cmp"):m.end("yn")]
                yield self.finding(doc, x.start, x.end, "faster",
                                   related=[Related(y.start, y.end, {"zh": "地区生产总值增速", "en": "the GDP growth"})],
                                   evidence={"rate": [xlo, xhi], "compared": [ylo, yhi],
                                             "formula": "x > y" if faster else "x < y", "tolerance": (xhi - xlo) / 2},
                                   stated=stated, x=doc.text[x.start:x.end], y=doc.text[y.start:y.end],
                                   cmp_zh="快于" if faster else "慢于")

    def _check(self, doc, x, y, z, sign, stated, same_unit=False):
        if _yoy_points(doc, x, y, z):
            return None       # 比上年的13.9%提高8.5个百分点: LG201 checks this year's change against last year's rate
        xa, ya = interval_of(x), interval_of(y)
        diff = (xa[0] - ya[1], xa[1] - ya[0])
        zlo, zhi = interval_of(z)
        options = [(zlo, zhi)] if sign > 0 else [(-zhi, -zlo)] if sign < 0 else [(zlo, zhi), (-zhi, -zlo)]
        ok = any(lo <= diff[1] + 1e-9 and diff[0] <= hi + 1e-9 for lo, hi in options)
        record(doc, self.code, "points", z, ok, "x - y", (x, y))
        if ok:
            return None
        mid = (diff[0] + diff[1]) / 2
        tol = (zhi - zlo) / 2 + (diff[1] - diff[0]) / 2
        return self.finding(doc, z.start, z.end,
                            related=[Related(x.start, x.end, {"zh": "比率", "en": "rate"}),
                                     Related(y.start, y.end, {"zh": "比较的比率", "en": "rate compared with"})],
                            evidence={"difference": list(diff), "stated": [zlo, zhi], "sign": sign, "formula": "x - y",
                                      "tolerance": tol},
                            stated=stated, x=doc.text[x.start:x.end], y=doc.text[y.start:y.end],
                            diff=f"{mid:.2f}", tol=f"{tol:g}")


@hookimpl
def lintgov_rules():
    return [RateDifferenceMismatch]
