"""Stocks and lists of things done (part of the claims layer): a year's addition and the stock it brings the total
to (新增N家，总数达M家), counts above nested thresholds (千万元以上企业…，亿元以上企业…), items done out of a list
(111项民生实事完成109项), the rest of a whole after its named parts (其余172项), and a part its name implies in the
clause after its whole.  Each reader works on the skeleton of :mod:`lintgov.claims.grammar` and is cached per document.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, List, Optional, Tuple
from .. import lazyre
from .lists import _NAMED_VALUES
from .grammar import (
    QFILL,
    QTOK,
    TIME_UNITS,
    Transition,
    _LIST_AFTER,
    _Q,
    _cache,
    _same_kind,
    folded_text,
    is_count,
    measure,
    skeleton,
    transitions,
)
from ..textfold import fullwidth_text

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document
    from ..quantities import Quantity


# -- additions to a stock: 新增N家，总数达M家 --------------------------------------------------------------------
@dataclass(frozen=True)
class Addition:
    """A year's addition and the stock (or cumulative) it brings the total to: 新增国家高新技术企业957家，总量5842家 /
    新建绿道137公里、累计达到2136公里 / 商事主体达422.6万户，新登记56.5万户.  What was added is part of the total:
    ``added`` is never more than ``total``."""

    start: int
    end: int
    added: "Quantity"
    total: "Quantity"
    verb: str


#: the verbs of an addition (a flow into a stock); never 增长/增加 with a comparison (a change over last year); 新入库 /
#: 新升规: enterprises newly entered in the statistics' register (新入库“四上”企业1206家，总数达4420家; …1368家，在库企业超1万家)
_ADD_VERB = (r"(?:新增|净增|新建成?|新开工|新开通|新开|新登记|新设立?|新认定|新引进|新接入|新培育|新组建|新开发|新当选|新投放"
             r"|新改扩建|新建改造|新建、改造|新挂牌(?:成立)?|新入库|新升规|新纳入(?:统计)?(?:的)?)")
#: the year's deeds whose cumulative or total may follow (完成改造867个、累计2172个; 投入345.8亿元，累计1737亿元): only
#: with a total word (累计/总数/总量…) after them
_DONE_VERB = r"(?:" + _ADD_VERB[3:-1] + r"|增加|增长|完成|建成|建设|开工|引进|培育|认定|创建|组建|投入|筹集|改造|实施|新推出|推出|推广应用|推广|投放使用|投放)"
#: an increase in an amount (增加211.9公里、达634.5公里 / 五年增加1万美元，达到2.4万美元 / 同比增加1829万千瓦、达到9048万
#: 千瓦): the level it reaches is the prior level plus the increase, so the increase is not more than the level when the
#: level cannot be negative — never a balance, a profit or a net figure (利润增加5亿元，达到3亿元 may come from a loss)
_INCREASE_VERB = ("增加", "增长")
_SIGNED_SUBJECT = lazyre.compile(r"利润|利税|盈利|盈余|亏损|顺差|逆差|差额|净|结余|损益|余额|气温|温度")
#: the words naming what was added: no figure, no clause break, no word that opens another relation
_ADD_NOUN = r"[^，,。；;：:！？!?\n\ue010\ue011（()）]{0,16}?"
#: the same, where a quoted name may hold a figure (新增“48小时无理由退货”商户30家)
_ADD_QNOUN = r"(?:[^，,。；;：:！？!?\n\ue010\ue011（()）“”]|“[^“”，,。；;：:\n]{1,14}”){0,16}?"
#: names listed before the count and closed by 等 (新增国家、省、市级重点实验室、工程实验室、工程中心、技术中心等176家)
_ADD_LIST_NOUN = r"(?:[^，,。；;：:！？!?\n\ue010\ue011（()）]{2,40}?等)?"
#: the words that state the amount added, between what was added and its figure (新建社区公园共38个 / 新登记市场主体达到
#: 5.2万户 / 新登记达到52.1万户): the figure after them is still the addition
_ADD_AMOUNT = r"(?:共计|合计|共|达到|达)"
_ADD_AMOUNT_END = lazyre.compile(_ADD_AMOUNT + r"$")
#: a deed of its own after the added things' name (新建项目共投资120亿元, 新开工项目完成投资…, 新增企业带动就业…): the
#: figure measures that deed, not the things added, so it is no addition to a stock of them
_ADD_OTHER_DEED = lazyre.compile(r"[\u4e00-\u9fff](?:共|总|计划|累计|实际|已)?(?:投资|投入|完成|带动|拉动|吸纳|惠及|涉及|覆盖|实现)")
_ADD_BAD_NOUN = lazyre.compile(r"其中|占|比|较|同比|增长|下降|减少|累计|总(?!部)|分别|平均|人均|每|年均|目标|计划|力争|(?:约|为|达到?|超过|近|共|合计)$")
#: the total after it: 累计/总数/总量/总计/总里程/总处理能力… (never 总部企业: a kind), or 共 right before its figure (新增
#: 税收“亿元楼”7栋，共32栋), optionally named (公园总数, 运营总里程), and its verb; the added thing's words may run on after
#: its figure (新增26个老旧住宅区开通管道燃气，总数133个)
_ADD_THEN_TOTAL = lazyre.compile(
    r"(?P<verb>" + _DONE_VERB + r")(?P<noun>" + _ADD_LIST_NOUN + _ADD_QNOUN + r")(?P<add>" + _Q + r")(?:\s*/\s*[\u4e00-\u9fff])?"
    r"(?:[（(][\u4e00-\u9fff、]{1,4}[）)])?(?P<noun2>[\u4e00-\u9fff“”\"]{0,12}?)"
    r"(?:[，,、]\s*(?:同比|比上年|较上年)?(?:增长|增加|下降)\s*" + _Q + r")?"
    # (the stock's own things upgraded, listed after the new ones: 新建公园28个、改造提升23个，全区公园总数达到150个)
    r"(?:[，,、]\s*(?:改造提升|提升改造|升级改造|改造|提升)(?P<up>[\u4e00-\u9fff]{0,6}?)" + _Q + r"(?P<up2>[\u4e00-\u9fff]{0,4}?))?"
    r"[\s]*[，,、；;]\s*"
    # (a clause of its own between, no figure in it, when the total is named by the added thing's name: 全年新建公园41个，
    # 因地制宜配建书吧、健身道等功能设施，公园总数达到254个; the year the total is reached: 2020年公园总数达到165座)
    r"(?P<gap>[^，,。；;：:！？!?\n\ue010\ue011]{2,30}[，,]\s*)?(?P<yr>(?:19|20)\d\d年(?:底|末)?)?"
    r"(?P<w>[\u4e00-\u9fff“”\"A-Za-z0-9]{0,12}?)(?P<mark>累计|总(?:数|量|计|额|规模|里程|长度?|面积|处理能力|装机容量?|容量|库容|产能|能力)|总(?P<tw>[\u4e00-\u9fff]{2,6}?)"
    r"|共有|现有|拥有|保有量?|共计|共(?=\s*" + QTOK + r")|(?P<reach>达到|增至|增加到|增加至|增长至|增长到|达))"
    r"(?:已)?(?P<v2>" + _DONE_VERB + r")?(?P<w2>[\u4e00-\u9fff“”\"A-Za-z0-9]{0,12}?)(?:达到|达|为|增至|增加到|突破|超过|逾)?\s*"
    r"(?P<tot>" + _Q + r")")
#: 新增…等10个国际友好交流城市，国际友城和友好交流城市达54个: the total named as two kinds (checked by _joins_the_added)
_ADD_THEN_JOINED = lazyre.compile(
    r"(?P<verb>" + _ADD_VERB + r")(?P<noun>" + _ADD_LIST_NOUN + _ADD_NOUN + r")(?P<add>" + _Q + r")"
    r"(?P<noun2>[\u4e00-\u9fff“”\"]{0,8}?)[\s]*[，,、；;]\s*"
    r"(?P<w>[\u4e00-\u9fff]{2,8}(?:和|及|与)[\u4e00-\u9fff]{2,8}?)(?P<tot>" + _Q + r")")
#: 总量达1461.4万户，新登记147万户 / 商事主体达422.6万户，新登记56.5万户: the stock first, the addition right after
#: (maybe over a span of years: 上市企业达306家，五年新增113家)
_TOTAL_THEN_ADD = lazyre.compile(
    r"(?P<pre>(?:总量|总数|累计|现有|共有|总计)(?:达到|达|增至|增加到|为)?|达到|达|增至|增加到)?\s*(?P<tot>" + _Q
    + r")[\s]*[，,、]\s*(?:当年|今年|全年|本年|年内|比上年|较上年|同比|(?P<span>" + _Q + r"(?:来|间|以来)?))?(?P<verb>" + _ADD_VERB
    + r")" + _ADD_AMOUNT + r"?(?P<add>"
    + _Q + r")")
#: 总量达到4702亿元，一年增加了280亿元 / 公园达到119个，比上年增加6个: a level reached and its own increase right after it
#: (the increase is not more than the level when the level cannot be negative).  The words naming the level before its
#: figure (总量/累计…, or reached: 达到)
_LEVEL_NAMED = lazyre.compile(r"(?:(?:总量|总数|总额|规模|累计|现有|共有|总计)(?:达到|达|增至|增加到|为)?|达到|达|增至|增加到)\s*$")
#: what may stand between the list break and the verb: a time word or a comparison with last year, nothing else
_INCREASE_GAP = lazyre.compile(r"\s*(?:(?:一|两|二|三|四|五|[1-5])年(?:来|间)?|当年|今年|全年|本年|年内|(?:比|较)(?:上年|去年)|同比)?")
#: a span of years as a figure between the level and its increase (达6.7万家、五年增加2万家; 达17家、5年来增加6家)
_SPAN_GAP = lazyre.compile(QTOK + QFILL + r"*(?:来|间|以来|累计)?")


def _span_gap(skel: str, by_start, a: int, b: int) -> bool:
    """Whether skel[a:b] is a span of two to ten years (五年, 5年来): the time over which the level rose."""
    if _SPAN_GAP.fullmatch(skel, a, b) is None:
        return False
    y = by_start.get(a)
    return y is not None and y.unit == "年" and y.approx is None and float(y.value).is_integer() and 2 <= y.value <= 10


#: where such an increase stands: the verb right before its figure (read first: the level is matched only before one)
_INCREASE_Q = lazyre.compile(r"(?:增加|增长)了?" + QTOK)
#: 新建成充电站32座、充电桩269个，总数达503座6328个: two additions of two measures and their two totals, paired by
#: measure word
_ADD_PAIR_TOTAL = lazyre.compile(
    r"(?P<verb>" + _ADD_VERB + r")(?P<n1>" + _ADD_NOUN + r")(?P<a1>" + _Q + r")\s*[、，,]\s*(?P<n2>[\u4e00-\u9fff“”\"]{0,10}?)"
    r"(?P<a2>" + _Q + r")\s*[，,；;]\s*(?P<w>[\u4e00-\u9fff“”\"]{0,8}?)(?:累计|总数|总量|总计|共有|现有)(?:分别)?(?:达到|达|为)?\s*"
    r"(?P<t1>" + _Q + r")\s*[、和及与,，]?\s*(?P<t2>" + _Q + r")")
#: the two totals _ADD_PAIR_TOTAL ends with (a necessary condition, searched once per document)
_TWO_TOTALS = lazyre.compile(r"(?:累计|总数|总量|总计|共有|现有)(?:分别)?(?:达到|达|为)?\s*" + _Q + r"\s*[、和及与,，]?\s*" + QTOK)
#: 增加211.9公里、达634.5公里: the level reached written inside the figure's own token (达634.5公里)
_ADD_REACH_TOKEN = lazyre.compile(
    r"(?P<verb>" + _ADD_VERB + r"|增加|增长)(?P<noun>" + _ADD_NOUN + r")(?P<add>" + _Q + r")\s*[，,、]\s*(?P<tot>" + _Q + r")")
#: 完成运动员注册确认5661人（新增785人）: the addition in a bracket right after the count it is part of
_TOTAL_BRACKET_ADD = lazyre.compile(
    r"(?P<tot>" + _Q + r")\s*[（(]\s*(?:其中|含|比上年|较上年|同比)?(?P<verb>" + _ADD_VERB + r")(?P<add>" + _Q + r")\s*[）)]")
#: 新增省级示范村18个、市级示范村42个，全市省、市级示范村分别达到96个和210个: two additions of one measure, each named,
#: and the stocks they bring their totals to after 分别, paired in order (the stocks' name ends like both additions')
_ADD_PAIR_RESP = lazyre.compile(
    r"(?P<verb>" + _ADD_VERB + r")(?P<n1>" + _ADD_NOUN + r")(?P<a1>" + _Q + r")\s*[、，,]\s*(?P<n2>[\u4e00-\u9fff“”\"A-Za-z0-9]{2,12}?)"
    r"(?P<a2>" + _Q + r")\s*[，,；;]\s*(?P<w>[\u4e00-\u9fff“”\"、A-Za-z0-9]{2,14}?)(?:分别|分別)(?:达到|达|為|为|增至|增加到)\s*"
    r"(?P<t1>" + _Q + r")\s*[、和及与]\s*(?P<t2>" + _Q + r")")
#: the stocks of a paired list named by the totals' word alone (总数分别达到…: each added thing's own total, in order)
_PAIRED_TOTALS = lazyre.compile(r"(?:全[市区省县])?(?:总数|总量|累计|数量|总计)")
#: 分别新增266家和105家，累计分别达到891家和531家: two lists paired in order
_ADD_LISTS = lazyre.compile(
    r"分别(?P<verb>" + _ADD_VERB + r")(?P<adds>" + _Q + r"(?:\s*(?:、|和|及|与)\s*" + _Q + r"){1,5})[\s]*[，,、]\s*"
    r"(?:累计|总数|总量)(?:分别)?(?:达到|达|为)?(?P<tots>" + _Q + r"(?:\s*(?:、|和|及|与)\s*" + _Q + r"){1,5})")
_LIST_SPLIT = lazyre.compile(_Q)
#: 达201家、增加20家 / 分别达到771家和481家，比五年前分别增加236家和85家: a level and then its increase — not more than
#: the level when the level cannot be negative (never a balance or a profit: _SIGNED_SUBJECT)
_TOTAL_THEN_INCREASE = lazyre.compile(
    r"(?P<tot>" + _Q + r")[\s]*[，,、]\s*(?:比上年|较上年|同比)?(?P<verb>增加)(?P<add>" + _Q + r")")
_TOTS_THEN_ADDS = lazyre.compile(
    r"分别(?:达到|达|为|增至)?(?P<tots>" + _Q + r"(?:\s*(?:、|和|及|与)\s*" + _Q + r"){1,5})[\s]*[，,、]\s*"
    r"(?:[比较](?:[\u4e00-\u9fff]|" + _Q + r"){1,8}?)?分别(?P<verb>增加|新增|净增)"
    r"(?P<adds>" + _Q + r"(?:\s*(?:、|和|及|与)\s*" + _Q + r"){1,5})")
#: what _TOTAL_THEN_ADD, _TOTAL_BRACKET_ADD and _ADD_LISTS all hold: an addition's verb right before its figure (or
#: before the word stating its amount, 新登记达到…)
_ADD_VERB_Q = lazyre.compile(_ADD_VERB + _ADD_AMOUNT + r"?" + QTOK)
#: words of a total's name that say nothing about what it counts (全区运营总里程)
_GENERIC_TOTAL_WORDS = lazyre.compile(r"(?:全市|全区|全省|全国|全县|辖区|现有|目前|当前|如今|年末|年底|使|让|从而|运营|通车|建成|开通|在库|在册"
                                      r"|在建|已)+")
#: what follows the total and makes it something else: a share, a rate, a unit per time
_NOT_A_STOCK_AFTER = lazyre.compile(r"\s*(?:以上|左右|每|的(?:比|占)|[%％‰])")
_PER = lazyre.compile(r"\s*/\s*[\u4e00-\u9fff]")


def _fits_stock(a: "Quantity", b: "Quantity") -> bool:
    """Whether ``a`` can be part of ``b``: the same measure, neither a percentage nor a time, b no target."""
    if a.is_percent or b.is_percent:
        return False
    ma, mb = measure(a), measure(b)
    if ma != mb or ma in TIME_UNITS or not ma:
        return False
    return True


def _places_alike(a: "Quantity", b: "Quantity", total_words: str, noun: str) -> bool:
    """Whether the added ``a`` and the stock ``b`` count one kind of place under two measure words (新建6个公园 … 全区
    公园总数达到171座: ``classes.counted_alike``)."""
    from .classes import counted_alike
    if a.is_percent or b.is_percent or not is_count(a) or not is_count(b):
        return False
    return counted_alike(measure(b), measure(a), total_words, noun) == "same"


#: a second deed verb right after 累计's (累计引进培育48个: two verbs of one growth) says nothing about what is counted
_SECOND_DEED = lazyre.compile(r"^(?:培育|引进|认定|建成|设立|发展|创建|组建)")


def _gap_restates(m, noun: str, unit: str) -> bool:
    """新增公园127座，提前建成千座公园城市，累计达到1100座: a clause between an addition and a bare total (累计/总数/总量,
    no words of its own before it) that states the stock of the added things as a milestone in words (a numeral, the
    addition's measure word, then the added things' last two characters: 千座公园): the total is that stock.  Never a
    clause of another deed upon them (带动企业转型升级，累计达到…: the 累计 may count that deed)."""
    head = re.sub(r"[^\u4e00-\u9fff]", "", noun)[-2:]
    if len(head) != 2 or not unit or m.group("w") or m.group("reach") or m.group("yr") \
            or m.group("mark") not in ("累计", "总数", "总量"):
        return False
    return re.search(r"[一二两三四五六七八九十百千万]+" + re.escape(unit) + r"[\u4e00-\u9fff]{0,6}?" + head, m.group("gap")) is not None


def _names_the_added(w: str, noun: str) -> bool:
    """A total named by words (公园总数, 运营总里程): they must be generic or name what was added (two characters
    in common with the addition's words)."""
    w = re.sub(r"[“”\"]", "", w)
    if not w:
        return True
    rest = _GENERIC_TOTAL_WORDS.sub("", w)
    # (绿道网总长 after 新建绿道: the network of the added things)
    return not rest or rest in noun or _joins_the_added(rest, noun) or _all_kinds_of_the_added(rest, noun) \
        or (len(rest) >= 3 and rest.endswith("网") and rest[:-1] in noun)
    # 公园总数 after 新建、改造公园; never 社区养老机构总数 after 新增社康机构


#: a total over every kind of a thing (全区各类托育服务机构总托位, 各类人才总量)
_ALL_KINDS = lazyre.compile(r"(?:各级各类|各类|各种|所有|全部)[\u4e00-\u9fff]{2,12}")


def _all_kinds_of_the_added(rest: str, noun: str) -> bool:
    """A total named over every kind of a thing whose last two characters name what was added (全区各类托育服务机构
    总托位 after 新增托位; 各类人才总量 after 新增高层次人才): it holds the added ones whatever their kind."""
    return _ALL_KINDS.fullmatch(rest) is not None and len(noun) >= 2 and rest.endswith(noun[-2:])


def _joins_the_added(rest: str, noun: str) -> bool:
    """A total named as two kinds joined by 和/及/与, one of them the added thing's own name (国际友城和友好交流城市达54个
    after 新增…10个国际友好交流城市): the total holds what was added."""
    parts = re.split(r"和|及|与", rest)
    return len(parts) == 2 and all(len(x) >= 2 for x in parts) and any(x in noun for x in parts)


def _repeats_the_added(w: str, noun: str) -> bool:
    """A level named by the added thing's own name (普惠性幼儿园 after 新创建16所普惠性幼儿园; 上市企业 after 新增上市企业3家):
    at least two characters of its words besides the generic ones, all of them within the addition's words.  Never
    a measure of it (千人学位数 after 新增学位, 公园绿地面积 after 新建公园)."""
    w = re.sub(r"[“”\"]", "", w or "")
    rest = _GENERIC_TOTAL_WORDS.sub("", w)
    return len(rest) >= 2 and (rest in noun or _joins_the_added(rest, noun))


@dataclass(frozen=True)
class AddedBesideLevels:
    """A count of what was added beside the two levels of the stock it moved (新增省级以上开发区4个，总数由18个增加到22个 /
    学位由1.2万个增至1.56万个，新增3600个): the stock cannot rise by more than was added (some may have left, so the
    additions may be more than the rise, never fewer)."""

    added: "Quantity"
    transition: Transition


#: 新增N个，总数由A个增加到B个: an addition, then the stock's levels under a generic name (or none) — read backwards
#: from the transition's 由/从
_ADD_BEFORE_LEVELS = lazyre.compile(_ADD_VERB + r"(?P<noun>" + _ADD_NOUN + r")(?P<added>" + _Q + r")[，,]\s*"
                                    r"(?:全(?:市|区|省|县))?(?P<w>[\u4e00-\u9fff“”]{0,12}?)(?:总数|总量|数量|总计|总规模|规模|累计)?$")
#: 由A增至B，新增D: the levels, then what was added (right after them, nothing named between)
#: (净增D is the net change itself, checked as a difference by LG201)
_ADD_AFTER_LEVELS = lazyre.compile(r"[，,]\s*(?:共|累计)?新增了?(?P<added>" + _Q + r")(?=[\s，,。；;）)\n]|$)")


def added_beside_levels(doc: "Document") -> List[AddedBesideLevels]:
    """Every :class:`AddedBesideLevels` of the document (cached): the transitions read by :func:`transitions`, the
    addition right before or after one (an index of transitions by start and end: linear)."""
    c = _cache(doc)
    if "added_beside" in c:
        return c["added_beside"]  # type: ignore[return-value]
    skel, by_start = skeleton(doc)
    out: List[AddedBesideLevels] = []
    if transitions(doc):
        by_end_t = {t.end: t for t in transitions(doc)}
        for t in transitions(doc):
            if skel[t.start:t.start + 1] in ("由", "从"):
                m = _ADD_BEFORE_LEVELS.search(skel, max(0, t.start - 60), t.start)
                # the stock named by the added thing's own words (新增建成区面积12平方公里，建成区面积由…) or by none
                if m is not None and not _ADD_BAD_NOUN.search(m.group("noun")) \
                        and (not m.group("w") or (len(m.group("w")) >= 2 and m.group("w") in m.group("noun"))):
                    out.append(AddedBesideLevels(by_start[m.start("added")], t))
            if by_end_t[t.end] is not t:
                continue
            m = _ADD_AFTER_LEVELS.match(skel, t.end)
            if m is not None:
                out.append(AddedBesideLevels(by_start[m.start("added")], t))
    out += _prior_beside_addition(doc, skel, by_start, {a.added.start for a in out})
    if out:
        out = [a for a in out if a.transition.direction >= 0 and _same_kind(a.added, a.transition.current)
               and _same_kind(a.transition.base, a.transition.current) and not a.added.is_percent
               and a.added.approx in (None, "≈") and a.transition.base.approx in (None, "≈")
               and a.transition.current.approx in (None, "≈")]
    c["added_beside"] = out
    return out


#: last year's end-of-year stock, its label right before it in its clause (上年末全市共有养老机构床位3.42万张 / 上年末为
#: 1,358家 / 去年底…): the level a stock stood at before the year's additions
# (each alternative opens with a character, so that ``re`` skips to 上 and 去 in C; ``(?:上一?年|去年)(?:末|底)|…``, the
# same alternatives tried in the same order, opened with a group and was tried at every character)
_PRIOR_STOCK = lazyre.compile(r"上一?年(?:末|底)|去年(?:末|底)|上年年末|上年年底")
PRIOR_STOCK_PLAIN = r"(?:上一?年|去年)(?:末|底)|上年年末|上年年底"
#: the year's level after an addition, in the clause right after it (新增床位0.56万张，年末达到3.98万张 / ，年底共有394个):
#: additions() reads totals named 总数/累计; a year-end level is the stock too
_YEAR_END_LEVEL = lazyre.compile(r"[，,]\s*(?:今年|本年|当年)?(?:年末|年底)(?:全[市区县省])?(?:共有|共计|总数达到?|达到|达|为|有|共)\s*"
                                 r"(?P<tot>" + QTOK + r")")
_ADD_WITH_LEVEL = lazyre.compile(r"(?P<verb>" + _ADD_VERB + r")(?P<noun>" + _ADD_NOUN + r")(?P<add>" + _Q + r")")


def _prior_beside_addition(doc: "Document", skel: str, by_start, seen) -> List["AddedBesideLevels"]:
    """A year's addition, the stock it brings the total to, and last year's end-of-year stock stated in the same
    sentence or the one before it in the paragraph (全市养老床位达到3.98万张，新增0.56万张，上年末为3.42万张 / 上年末全市共有养老
    机构床位3.42万张。今年新增床位0.56万张，年末达到3.98万张): the three as the levels of a transition (B − A <= added).
    Only the one prior of the stock's measure in that stretch, exact, labelled 上年末/上年底/去年底 right before it in its
    clause, named by none of its own words or by a word the added things' name shares; never a plan."""
    out: List[AddedBesideLevels] = []
    if not _PRIOR_STOCK.search(skel):
        return out
    text = folded_text(doc)
    pairs = [(a.added, a.total, a.verb) for a in additions(doc)]
    for m in _ADD_WITH_LEVEL.finditer(skel):
        lm = _YEAR_END_LEVEL.match(skel, m.end())
        if lm is not None and not _ADD_BAD_NOUN.search(m.group("noun")):
            pairs.append((by_start[m.start("add")], by_start[lm.start("tot")], m.group("verb")))
    for added, total, verb in pairs:
        if added.start in seen or not _same_kind(added, total) or added.is_percent:
            continue
        lo = max(skel.rfind(c, max(0, min(added.start, total.start) - 200), min(added.start, total.start))
                 for c in "。！？!?\n") + 1
        if lo > 0 and skel[lo - 1] == "。":        # the sentence before, in the same paragraph
            lo = max(skel.rfind(c, max(0, lo - 1 - 200), lo - 1) for c in "。！？!?\n") + 1
        hi_m = re.search(r"[。！？!?\n]", skel[max(added.end, total.end):max(added.end, total.end) + 200])
        hi = max(added.end, total.end) + (hi_m.start() if hi_m else 200)
        if re.search(r"力争|目标|计划|预计|预期|争取|确保|(?<![即必])将", text[lo:hi]):
            continue
        cands = []
        k = skel.find(QTOK, lo, hi) - 1
        while True:
            k = skel.find(QTOK, k + 1, hi)
            if k < 0:
                break
            q = by_start.get(k)
            if q is None or q is added or q is total or not _same_kind(q, total):
                continue
            cs = max(skel.rfind(c, lo, k) for c in "，,；;。：:") + 1
            pm = _PRIOR_STOCK.search(skel, max(cs, lo), k)
            if pm is None or skel[pm.start() - 1:pm.start()] in ("比", "较", "較"):
                continue        # (比上年末增加11.6万人: the basis of a change, never last year's stock)
            words = re.sub(r"全[市区县省]|共有|共计|为|有|共|达到|达|[^\u4e00-\u9fff]", "", skel[pm.end():k])
            noun = re.sub(r"[^\u4e00-\u9fff]", "", text[added.start - 16:added.start])
            if words and not any(words[i:i + 2] in noun for i in range(len(words) - 1)):
                continue
            cands.append(q)
        if len(cands) != 1 or cands[0].approx is not None:
            continue
        a = cands[0]
        out.append(AddedBesideLevels(added, Transition(min(a.start, total.start), max(a.end, total.end), a, total,
                                                       verb, total.start, 0, "上年末")))
    return out


#: the total of a clause after the one that states what was added: 累计 (a cumulative, maybe over a span: 五年累计淘汰…,
#: 两年累计改造…) or a stock named 总量/总数 (上市企业总量增至35家), its words, and its figure
_CUMUL_MARK = lazyre.compile(r"累计|(?P<name>[\u4e00-\u9fff“”\"]{0,10}?)总(?:量|数)")
#: what every match of _CUMUL_MARK holds, at most 10 characters after its start (tried only there: a lazy run of
#: CJK characters first is otherwise tried at every character of the skeleton)
_CUMUL_ANCHOR = lazyre.compile(r"累计|总[量数]")
_CUMUL_REST = lazyre.compile(r"(?P<words>[\u4e00-\u9fff“”\"]{0,16}?)\s*(?:达到|达|增至|增加到|为)?\s*(?P<tot>" + _Q + r")")
#: a clause that only comments on the addition before it and may stand between it and its total: a rank (全市第二,
#: 居全省首位), a multiple or a share of something else (是上年增量的3倍以上, 超过全省1/5), its growth (增长26.2%)
_COMMENT_CLAUSE = lazyre.compile(
    r"\s*(?:居|位居|位列|名列|排名|排|列|全[市省区国县州]第|全[市省区国县州]首|是|超过全|超全|约占|占|相当于|增速|"
    r"(?:同比|比上年|较上年)?增长)[^，,。；;：:！？!?\n]{0,14}")
#: words of the clause that states what was added which make it no part of the total: a plan, another relation, a fall
_DEED_BAD = lazyre.compile(r"其中|分别|计划|目标|力争|争取|预计|将|拟|占|人均|户均|每|年均|平均|减少|下降|压减|累计|总[量数计]|比|较")
#: the deeds after 累计 that add the things the clause before added (累计培育上市企业144家 after 新增上市企业22家): never
#: a deed upon things already there (累计改造公园 after 新建公园)
_GROW_DEED = lazyre.compile(r"培育|引进|认定|新增|建成|设立|发展")
#: two characters after 累计 that are no deed of the clause before but its figure's reach or a measure (达到, 实现)
_DEED_VERB_LIKE = lazyre.compile(r"达|实现|完成|超过|突破|共|有|为")
#: a deed under way, not done: what it counts is not yet in a stock named by its words
_IN_PROGRESS = lazyre.compile(r"推进|加快|启动|开工|在建|续建|筹建|动工|规划")
#: the break between two clauses (a list break only before a comment clause: 新增上市企业7家、全市第二，总量46家)
_CLAUSE_BREAKS = "，,；;。！？!?\n：:"
#: a verb of adding or of a deed whose count accumulates (淘汰, 改造, 培育…): the deed the clause before states
_DEED_WORD = lazyre.compile(_DONE_VERB + r"|淘汰|上市|挂牌|落户|入驻|认定|投放|开通|建成|完成|引进|设立|成立")


def _subsequence(short: str, long: str) -> bool:
    """Whether the characters of ``short`` stand in ``long`` in order (友城 in 国际友好城市: an abbreviation)."""
    it = iter(long)
    return all(ch in it for ch in short)


def _deed_cumulatives(skel: str, by_start, text: str, seen) -> List[Addition]:
    """What a clause adds and the total of the clause after it, where the existing shapes of :func:`additions` leave
    words between them: the cumulative of the same deed over a span (全年淘汰低端企业618家，五年累计淘汰6712家 /
    完成134个工业园区…改造，两年累计改造390个: the verb after 累计 is the clause's own), an addition whose stock is
    named by the clause's words (6家企业上市，上市企业总量增至35家 / 新增…国际友好城市、友好交流城市9个，友城总数达44个:
    the name's words or an abbreviation of them), and a comment between the two (新增上市企业7家、全市第二，总量46家 /
    新增…2513家，是上年增量的3倍以上，累计达8037家).  Read at each 累计/总量/总数 of the skeleton, backwards to the
    clause before it: linear in the text."""
    out: List[Addition] = []
    for m in lazyre.anchored_finditer(_CUMUL_MARK, skel, _CUMUL_ANCHOR, back=10):
        rest = _CUMUL_REST.match(skel, m.end())
        if rest is None:
            continue
        name = _GENERIC_TOTAL_WORDS.sub("", re.sub(r"[“”\"]", "", m.group("name") or ""))
        words = re.sub(r"[“”\"]", "", rest.group("words"))
        if _ADD_BAD_NOUN.search(words) or _ADD_BAD_NOUN.search(name):
            continue
        # the break right before the total's clause, maybe after a span of years (五年累计, 两年累计)
        j = m.start("name") if m.group("name") else m.start()
        k = j
        while k > 0 and skel[k - 1] not in _CLAUSE_BREAKS and j - k < 8:
            k -= 1
        if k == 0 or skel[k - 1] not in "，,；;" or (k < j and not _span_gap(skel, by_start, k, j)):
            continue
        # the clause before (to the previous break); a comment clause is skipped over once
        end1 = k - 1
        lo = end1
        while lo > 0 and skel[lo - 1] not in _CLAUSE_BREAKS and end1 - lo < 60:
            lo -= 1
        clause = skel[lo:end1]
        cut = max(clause.rfind("、"), -1)
        if cut >= 0 and _COMMENT_CLAUSE.fullmatch(clause, cut + 1):
            clause, end1 = clause[:cut], lo + cut        # 新增上市企业7家、全市第二
        elif _COMMENT_CLAUSE.fullmatch(clause):
            end1 = lo - 1                                 # …2513家，是上年增量的3倍以上，累计达8037家
            if end1 < 1 or skel[end1] not in "，,":
                continue
            lo = end1
            while lo > 0 and skel[lo - 1] not in _CLAUSE_BREAKS and end1 - lo < 60:
                lo -= 1
            clause = skel[lo:end1]
        if clause.count(QTOK) != 1 or _DEED_BAD.search(clause):
            continue
        tok = lo + clause.index(QTOK)
        a, b = by_start.get(tok), by_start.get(rest.start("tot"))
        if a is None or b is None or (a.start, b.start) in seen:
            continue
        after = skel[a.end:end1]
        if len(after) > 16 or _LIST_AFTER.match(skel, a.end) or _NOT_A_STOCK_AFTER.match(skel, a.end) \
                or _NOT_A_STOCK_AFTER.match(skel, b.end) or _LIST_AFTER.match(skel, b.end) or _PER.match(skel, a.end) \
                or _PER.match(skel, b.end) or not _fits_stock(a, b):
            continue
        plain = clause.replace(QFILL, "").replace(QTOK, "")
        if _ADD_OTHER_DEED.search(plain):
            continue        # 新增企业带动就业3,200人: a deed of the things added, not a count of them
        verb = _DEED_WORD.search(plain)
        added_verb = re.search(_ADD_VERB, plain) is not None
        if not name:
            # 累计淘汰6712家 after 淘汰…618家: the same deed; 累计达8037家 / 总量46家 after 新增…: any addition;
            # 累计培育上市企业144家 after 新增上市企业…: a deed of adding the things the clause added
            deed = words[:2]
            grow = _GROW_DEED.match(words)
            if not words:
                if not added_verb:
                    continue
            elif len(deed) == 2 and deed in plain and _DEED_VERB_LIKE.search(deed) is None:
                obj = words[2:]
                if len(obj) >= 2 and obj[-2:] not in plain[plain.index(deed) + 2:]:
                    continue    # 开展检查46次，累计开展宣传12次: the same verb upon other things (its object's head
                    #             word is not the clause's)
                verb = re.search(re.escape(deed), plain)
            elif not (added_verb and grow and len(words) - grow.end() >= 2 and words[grow.end():] in plain):
                continue
        elif verb is None:
            continue
        else:
            # 上市企业总量 after 6家企业上市 / 友城总数 after …友好城市9个: the stock named by the clause's words
            nm = name
            if len(nm) < 2 or words or _IN_PROGRESS.search(plain):
                continue        # (推进…14个公园建设: parks being built are not yet in the parks' total)
            chunks = [nm[i:i + 2] for i in range(0, len(nm) - 1, 2)]
            if not (nm in plain or all(c in plain for c in chunks) or _subsequence(nm, plain[verb.end():])):
                continue
        if verb is None:
            continue
        out.append(Addition(lo, rest.end(), a, b, verb.group(0)))
    return out


# -- the stock or cumulative of the things a clause added, wherever it stands after it ------------------------------
#: a clause that states a stock or a cumulative: its words (the stock's name, a total word, the deed after 累计) and
#: its figure, the clause opening after a break.  The total words: 累计, 总数/总量/总X (总面积, 总运营里程), 现有/共有; or
#: the stock named and reached (电商领域企业达7570家: 达 is the figure's own, read from the text)
_STOCK_CLAUSE = lazyre.compile(
    r"(?P<words>[\u4e00-\u9fff“”\"]{0,18}?)(?:已经|已)?(?:达到|达|为|增至|增加到|增长到|增长至|突破|超过)?\s*(?P<tot>" + _Q + r")")
#: the total words a stock clause holds (at least one, or a reach: 达/增至 before or opening its figure)
_STOCK_MARK = lazyre.compile(r"累计|总(?:数|量|计)|现有|共有|总(?=[\u4e00-\u9fff]{1,4}$)")
#: words of a stock's name that say nothing about what it counts: scopes, times, kinds in general, measures of size
_STOCK_GENERIC = lazyre.compile(r"全市|全区|全省|全国|全县|全镇|辖区|目前|当前|现有|共有|如今|年末|年底|至此|从而|使|让|推动|"
                                r"各类|各级|所有|全部|领域|行业|类|总数|总量|总计|累计|总|数量|规模|里程|长度|面积|容量|已经|已|"
                                r"达到|达|为|运营|通车|建成|在库|在册|共")
#: what opens the clause of the things added: a time word, then the verb of adding or of making new things (the
#: addition's verbs, and the verbs that bring new things into a stock: 建成, 引进, 认定, 吸引…)
_ADDED_LEAD = lazyre.compile(r"(?:全年|年度|当年|今年|本年|年内|共|累计|已|全市|全区|全省|全县|成功|先后)*")
_ADDED_VERB = lazyre.compile(_ADD_VERB + r"|新?(?:建成|引进|培育|认定|创建|组建|设立|成立|吸引|开通|投入(?:运营|使用)|加装|挂牌|落户|入驻|上市)")
#: words of the added clause or the stock's that make them something else than a flow and its stock: a change over a
#: period, a part of another whole, a plan, a rate, a mean, an earlier time
_ADDED_BAD = lazyre.compile(r"比|较|同比|上年|去年|上一年|增长|增加|减少|下降|压减|其中|分别|占|计划|目标|力争|争取|预计|拟|将|"
                            r"平均|人均|户均|每|年均|以上|以下|规划|在建|续建|筹建|推进|启动|改造|提升|累计|总[数量计额]")
_STOCK_BAD = lazyre.compile(r"比|较|同比|上年|去年|上一年|增长|增加|减少|下降|其中|分别|占|平均|人均|户均|每|年均|新增|净增|"
                            r"计划|目标|力争|预计|规划|改造|提升|在建|续建")
_BREAKS = "，,；;。！？!?\n：:"


#: a character every total word (:data:`_STOCK_MARK`: 累计, 总…, 现有, 共有) or reach (达, 增至…) of a stock clause holds
_STOCK_CHARS = lazyre.compile(r"[累总现共达增]")


def _clause_back(skel: str, pos: int, lo: int) -> int:
    """The start of the clause holding ``pos`` (after the last break before it, not before ``lo``)."""
    return max(lazyre.rfind_any(skel, _BREAKS, lo, pos) + 1, lo)


def _tokens(skel: str, a: int, b: int) -> List[int]:
    """The starts of the figures in skel[a:b]."""
    out, i = [], skel.find(QTOK, a, b)
    while i >= 0:
        out.append(i)
        i = skel.find(QTOK, i + 1, b)
    return out


def _han(s: str) -> str:
    return re.sub(r"[^\u4e00-\u9fff]", "", s)


def _clause_stocks(doc: "Document", skel: str, by_start, text: str, seen) -> List[Addition]:
    """The stock or cumulative of what a clause before it added or did, read by what the two figures are rather than
    by a shape of words: a clause that states a stock (a total word: 累计/总数/总量/总面积/总运营里程/现有, or a name and
    its figure reached: 电商领域企业达7570家) is the stock of a figure of the same measure before it — in the clause right
    before, or, when the stock names what it counts, up to a sentence back in its paragraph (全年淘汰和转型438家落后产能
    企业…。新区成立以来，累计淘汰和转型落后产能企业1203家) — when

    * the earlier figure's clause adds things (新增/新登记/新认定/建成/引进/吸引…: the verb opens it) or does the deed the
      stock's words repeat (累计加梯 after 加装电梯, 累计完成 after 完成投资);
    * every word of the stock's name, beside scopes, kinds in general and measures of size (全区, 各类, 总面积, 里程),
      stands in the earlier clause in order (电商企业 in 新增专业电商企业; 绿色建筑 in 新增绿色建筑): the stock is of the
      things added, never of a narrower kind (上市企业 after 新增企业) nor of others (养老机构 after 新增社康机构);
    * a stock that names nothing (累计达423台, 总数已达86家) refers to the clause right before it, whose figures of that
      measure all name one thing (新增国家、省级专精特新企业42家、189家，总量达到312家; never 新增规上企业86家、国高企业
      412家，累计达到300家: which of them is unsaid);
    * neither states a change over a period, a part of another whole, a plan, a mean or a rate, nor an earlier year.

    The stock then holds what was added: ``added`` is not more than ``total``.  Read at each stock clause, back over a
    bounded window: linear in the text."""
    from ..kind import figures_year
    out: List[Addition] = []
    fy = figures_year(doc)
    paras = [(p.start, p.end) for p in doc.paragraphs]
    import bisect
    pstarts = [a for a, _ in paras]
    for tok, b in by_start.items():
        if b.is_percent or not b.unit:
            continue
        cs = _clause_back(skel, tok, max(0, tok - 40))
        if cs > 0 and skel[cs - 1] not in _BREAKS:
            continue        # (a clause opening the window is not known to open there)
        if _STOCK_CHARS.search(skel, cs, b.end) is None and text[b.start:b.start + 1] not in ("达", "增"):
            continue        # (no total word and no reach in the clause: a character of each is missing — most figures)
        m = _STOCK_CLAUSE.fullmatch(skel, cs, b.end)
        if m is None:
            # a stock after a list mark (建成开放…等35个公园、总数达1320个): its words open with a total word
            cut = skel.rfind("、", cs, tok)
            m = _STOCK_CLAUSE.fullmatch(skel, cut + 1, b.end) if cut >= 0 else None
            if m is None or _STOCK_MARK.match(m.group("words")) is None:
                continue
            cs = cut + 1
        words = re.sub(r"[“”\"\s]", "", m.group("words"))
        reach = text.startswith(("达", "增至"), b.start) or re.search(r"(?:达到|达|增至|增加到|增长到|增长至)\s*$",
                                                                      skel[cs:b.start]) is not None
        mark = _STOCK_MARK.search(words)
        if mark is None and not reach:
            continue
        if _STOCK_BAD.search(words) or _NOT_A_STOCK_AFTER.match(skel, b.end) or _LIST_AFTER.match(skel, b.end) \
                or _PER.match(skel, b.end) or b.approx in (">", ">="):
            continue
        yrs = [int(y) for y in re.findall(r"((?:19|20)\d\d)年", words)]
        if yrs and fy is not None and min(yrs) < fy:
            continue
        name = _han(_STOCK_GENERIC.sub("", words))
        if mark is None and not name:
            continue        # 达到M with no name and no total word: the reach of the clause before (read elsewhere)
        pi = bisect.bisect_right(pstarts, tok) - 1
        plo = paras[pi][0] if pi >= 0 else 0
        # the window before: the clause right before (a bare stock), or back over one sentence end (a named one)
        lo = max(plo, cs - 160)
        if name:
            e1 = max(skel.rfind(ch, lo, cs - 1) for ch in "。！？!?；;")
            e2 = max(skel.rfind(ch, lo, e1) for ch in "。！？!?；;") if e1 > lo else -1
            floor = e2 + 1 if e2 >= lo else lo
        else:
            floor = _clause_back(skel, cs - 1, lo)
        k = cs - 1
        found = None
        while k > floor:
            j = skel.rfind(QTOK, floor, k)
            if j < 0:
                break
            k = j
            a = by_start.get(j)
            if a is None:
                continue
            if not _fits_stock(a, b):
                continue     # a figure of another measure (世界500强) is no candidate
            if a.is_percent or _PER.match(skel, a.end) or _NOT_A_STOCK_AFTER.match(skel, a.end):
                if not name:
                    break    # a bare stock: the nearest figure of its measure before it, or none
                continue
            acs = _clause_back(skel, j, max(floor, j - 40))
            before = skel[acs:j]
            after = re.match(r"[\u4e00-\u9fff“”]{0,12}", skel[a.end:]).group()
            wa = _han(before) + _han(after)
            lead = _ADDED_LEAD.match(_han(before))
            core = _han(before)[lead.end():] + _han(after)
            av = _ADDED_VERB.match(core) if core else None
            if _ADDED_BAD.search(wa) or not core or (av is not None and _ADD_OTHER_DEED.search(core, av.end())):
                # (新增企业带动就业3,200人: a deed of the things added, measured in its own unit — not a count of them)
                if not name:
                    break
                continue
            yrs = [int(y) for y in re.findall(r"((?:19|20)\d\d)年", skel[acs:j])]
            if yrs and fy is not None and min(yrs) < fy:
                if not name:
                    break
                continue
            adds = _ADDED_VERB.match(core) is not None
            verb_after = ""
            if mark is not None:
                verb_after = _han(_STOCK_GENERIC.sub("", words[mark.end():]))
            # (the cumulative of the deed itself: 累计 and the deed's words, 累计加梯 after 加装电梯 — never 共有/现有 and a
            # name, the stock of a narrower scope: 高等学校6所…，共有在校学生7.69万人 after 在校学生112.51万人)
            same_deed = mark.group() == "累计" and bool(verb_after) and verb_after[0] == core[0] \
                and _subsequence(verb_after, core) if mark is not None else False
            if not (adds or same_deed) or (name and not _subsequence(name, core)):
                if not name:
                    break
                continue
            if not name:
                # a bare stock: every figure of its measure in the clause right before names one thing (no words
                # between them but a list mark)
                others = [by_start[i] for i in _tokens(skel, acs, cs) if i != j and i in by_start
                          and _fits_stock(by_start[i], b)]
                if any(re.search(r"[\u4e00-\u9fff]", skel[min(q.end, a.end):max(q.start, a.start)]) for q in others):
                    break
            found = a
            break
        if found is None or (found.start, b.start) in seen:
            continue
        seen.add((found.start, b.start))
        out.append(Addition(found.start, b.end, found, b, "stock"))
    return out


#: a flow of the year, not a level (新设…4,128户，注销…1,062户，净增3,066户: the net change is 新设 − 注销, never an
#: addition to the count of removals before it)
_FLOW_OF_YEAR = lazyre.compile(r"注销|註銷|吊销|吊銷|撤销|撤銷|关闭|關閉|退出|迁出|遷出|淘汰|新设|新設|设立|設立|登记|登記|减少|減少")


#: an addition that names nothing of its own: a time or a span of years, then the verb of adding (五年新增3698家 / 当年新增650张)
_BARE_ADDED = lazyre.compile(r"(?:当年|今年|全年|本年|年内|其中)?(?P<span>" + _Q + r"(?:来|间|以来)?)?(?:新增|净增)(?:达到|达|共)?$")
_LEVEL_BAD = lazyre.compile(r"上年|去年|同期|其中|比|较|同比|增长|增加|减少|下降|占|平均|人均|户均|每|年均|计划|目标|力争|预计|新增|净增|累计|分别|以上|以下")


def _bare_additions(doc: "Document", skel: str, by_start, seen) -> List[Addition]:
    """国家级高新技术企业4742家，五年新增3698家 / 全区公园1320个，今年新增35个: an addition naming nothing of its own in the
    clause right after a level of its measure adds to that level's things — never a level that may be negative
    (利润, 余额: _SIGNED_SUBJECT), a change, a part of another whole, a plan, a mean, or a span other than years."""
    out: List[Addition] = []
    for k, a in by_start.items():
        if a.is_percent or not a.unit:
            continue
        cs = _clause_back(skel, k, max(0, k - 14))
        if cs == 0 or skel[cs - 1] not in "，,":
            continue
        m = _BARE_ADDED.fullmatch(skel, cs, k)
        if m is None or (m.group("span") and not _span_gap(skel, by_start, m.start("span"), m.end("span"))):
            continue
        # the level closing the clause right before
        j = cs - 1
        while j > 0 and skel[j - 1] == QFILL:
            j -= 1
        if j == 0 or skel[j - 1] != QTOK:
            continue
        b = by_start.get(j - 1)
        if b is None or (b.start, a.start) in seen or (a.start, b.start) in seen or not _fits_stock(a, b) \
                or b.approx in (">", ">=") or _PER.match(skel, a.end) or _PER.match(skel, b.end) \
                or _NOT_A_STOCK_AFTER.match(skel, a.end) or _LIST_AFTER.match(skel, a.end):
            continue
        if re.match(r"[\u4e00-\u9fff]", skel[a.end:a.end + 1]):
            continue        # (新增649.5万千瓦现役燃煤火电机组…: the addition names its things after its figure)
        bcs = _clause_back(skel, b.start, max(0, b.start - 40))
        words = skel[bcs:b.start]
        # the level names things, no deed done (完成电机能效提升370万千瓦 / 新供应保障性住房452套 / 基本建成500万套 are
        # deeds of the year, and the addition after them a deed beside them)
        if QTOK in words or _LEVEL_BAD.search(words) or _DEED_WORD.search(words) \
                or re.search(r"供应|提升|实施|开展|办理|受理|处理|培训|接待|帮扶|救助|安置|发放|签订|签约|建设|改造|整治|治理", words) \
                or _FLOW_OF_YEAR.search(words) or _SIGNED_SUBJECT.search(words) or not re.search(r"[\u4e00-\u9fff]{2}", words):
            continue
        yrs = [int(y) for y in re.findall(r"((?:19|20)\d\d)年", words)]
        from ..kind import figures_year
        fy = figures_year(doc)
        if yrs and (fy is None or min(yrs) < fy):
            continue        # (2019年公园1320个，新增…: what was added since is no part of that year's level)
        out.append(Addition(bcs, a.end, a, b, "bare"))
    return out


#: a plan or a target right before an addition's verb, in its clause (计划新增, 拟新建, 目标任务新增): what is planned is no
#: part of the stock the text states
_PLANNED_BEFORE = lazyre.compile(r"(?:计划|計劃|目标|目標|规划|規劃|拟|擬|力争|力爭|任务|任務)[^，,。；;、\n]{0,6}$")


def additions(doc: "Document") -> List[Addition]:
    """Every addition stated with the stock it brings the total to (cached): each read from the words between two
    figures, never by pairing figures of a paragraph."""
    c = _cache(doc)
    if "additions" in c:
        return c["additions"]  # type: ignore[return-value]
    skel, by_start = skeleton(doc)
    out: List[Addition] = []
    total_words = any(w in skel for w in ("累计", "总", "有", "达", "共", "增至", "增加到", "增加至", "增长至", "增长到"))
    for m in (_ADD_THEN_TOTAL.finditer(skel) if total_words else ()):
        if _PLANNED_BEFORE.search(skel, max(0, m.start() - 14), m.start() + 1):
            continue        # 今年计划新增养老床位500张，总数320张: a plan's addition is no part of the stock there is
        noun = m.group("noun") + m.group("noun2")
        # (新建社区公园共38个 / 新增企业达到575家: the words stating the amount added are no part of the added thing's name)
        if _ADD_BAD_NOUN.search(_ADD_AMOUNT_END.sub("", m.group("noun"))) or _ADD_BAD_NOUN.search(m.group("noun2")) \
                or _ADD_BAD_NOUN.search(m.group("w")) or _ADD_OTHER_DEED.search(m.group("noun")) \
                or not _names_the_added(m.group("w") + (m.group("tw") or ""), noun) \
                or not _names_the_added(_SECOND_DEED.sub("", m.group("w2")) if m.group("v2") else m.group("w2"), noun):
            continue        # 累计建成社区公园 after 新建社区公园; never 累计建成超充站 after 新增充电桩
        if m.group("gap") and (not _repeats_the_added(m.group("w") + (m.group("tw") or ""), noun)
                               or m.group("reach") or m.group("mark") not in ("总数", "总量")
                               or re.search(r"[\u4e00-\u9fff]{2}", m.group("noun")) is None) \
                and not _gap_restates(m, noun, measure(by_start[m.start("add")])):
            continue        # (a clause between: only a total named 总数/总量 by the added thing's own name, or a bare
            #                 累计/总数/总量 after a clause that names the added things again)
        if m.group("yr"):
            from ..kind import figures_year
            fy = figures_year(doc)
            if fy is not None and int(m.group("yr")[:4]) < fy:
                continue    # a total of an earlier year holds none of the additions after it
        v2 = m.group("v2")
        if v2 and v2 not in m.group("verb") and m.group("verb") not in v2 and _GROW_DEED.fullmatch(v2) is None:
            continue        # 新建公园120个，累计改造公园86个: another deed after 累计, upon things already there
        increase = m.group("verb") in _INCREASE_VERB
        named = _repeats_the_added(m.group("w"), noun)
        if m.group("reach") and ((m.group("w") and not named) or m.group("v2") or m.group("w2")
                                 or not (re.fullmatch(_ADD_VERB, m.group("verb")) or increase or named)):
            continue        # 新增N家，达到M家: the level a new-ish verb brings the stock to, nothing between — or the
            #                 added thing's own name (新创建16所普惠性幼儿园，普惠性幼儿园增加至114所)
        if increase and (not m.group("reach") and m.group("verb") != "增加"
                         or _SIGNED_SUBJECT.search(skel, max(0, m.start() - 12), m.start())
                         or _SIGNED_SUBJECT.search(noun)):
            continue        # 增长N，累计M is read only as 增加; a level that may be negative is never a stock
        a, b = by_start[m.start("add")], by_start[m.start("tot")]
        if increase and (a.unit or "").endswith(("℃", "度")):
            continue
        if not (_fits_stock(a, b) or _places_alike(a, b, m.group("w") + m.group("w2"), noun)) \
                or _NOT_A_STOCK_AFTER.match(skel, m.end()) or _LIST_AFTER.match(skel, m.end()):
            continue
        pa, pb = _PER.match(skel, a.end), _PER.match(skel, b.end)
        if bool(pa) != bool(pb) or (pa and skel[a.end:pa.end()] != skel[b.end:pb.end()]):
            continue        # 62.8万吨/日 and 721.3万吨/日: both per day, or neither
        if _LIST_AFTER.match(skel, m.end("add")):
            continue
        out.append(Addition(m.start(), m.end(), a, b, m.group("verb")))
    text = folded_text(doc)
    # 新增…等10个国际友好交流城市，国际友城和友好交流城市达54个: a total named as two kinds joined by 和/及/与, one of them
    # the added thing's own name, reached (达 opens the total's figure)
    for m in (lazyre.finditer(_ADD_THEN_JOINED, skel) if "和" in skel or "及" in skel or "与" in skel else ()):
        noun = m.group("noun") + m.group("noun2")
        rest = _GENERIC_TOTAL_WORDS.sub("", m.group("w"))
        a, b = by_start[m.start("add")], by_start[m.start("tot")]
        if _ADD_BAD_NOUN.search(m.group("noun")) or _ADD_BAD_NOUN.search(m.group("noun2")) \
                or not _joins_the_added(rest, noun) or not re.match(r"达到|达", text[b.start:b.start + 2]) \
                or not _fits_stock(a, b) or _NOT_A_STOCK_AFTER.match(skel, m.end()) or _LIST_AFTER.match(skel, m.end("add")):
            continue
        out.append(Addition(m.start(), m.end(), a, b, m.group("verb")))
    # three shapes below hold an addition's verb right before its figure (新增\ue010…): a text without one has none
    verb_q = next(lazyre.finditer(_ADD_VERB_Q, skel), None) is not None   # (its search: tried at its first characters)
    # (the stock may open with 总量…, 达…, a space or the figure itself: tried only where such a start stands)
    # (every match holds an addition's verb right before its figure: only the stretches of such a verb are read)
    for m in (lazyre.stretch_finditer(_TOTAL_THEN_ADD, skel, _ADD_VERB_Q) if verb_q else ()):
        a, b = by_start[m.start("add")], by_start[m.start("tot")]
        if _PLANNED_BEFORE.search(skel, max(0, a.start - 16), a.start):
            continue        # 现有养老床位320张，计划新增500张: a plan's addition is no part of the stock there is
        if not m.group("pre") and not text.startswith("达", b.start):
            continue        # a stock is named 总量/累计/现有 or reached (达): not any figure before 新增
        if m.group("span") and not _span_gap(skel, by_start, m.start("span"), m.end("span")):
            continue        # 达306家，五年新增113家: the addition over a span of two to ten years, never another figure
        if not _fits_stock(a, b) or _LIST_AFTER.match(skel, m.end("add")) or _NOT_A_STOCK_AFTER.match(skel, m.end("tot")):
            continue
        out.append(Addition(m.start("tot"), m.end(), a, b, m.group("verb")))
    for h in (_INCREASE_Q.finditer(skel) if "增加" in text or "增长" in text else ()):
        # (cheap first: a list break right before the verb, maybe after a time word, and a figure closing right
        # before the break; only then the words before that figure)
        sep = h.start() - 1
        while sep >= 0 and skel[sep] not in "，,、" and h.start() - sep <= 7:
            sep -= 1
        if sep < 1 or skel[sep] not in "，,、" or skel[sep - 1] not in (QTOK, QFILL) \
                or not (_INCREASE_GAP.fullmatch(skel, sep + 1, h.start()) or _span_gap(skel, by_start, sep + 1, h.start())):
            continue
        tok = skel.rfind(QTOK, 0, sep)
        pre = _LEVEL_NAMED.search(skel, max(0, tok - 10), tok)
        b, a = by_start.get(tok), by_start[h.end() - 1]
        if b is None or (pre is None and not text.startswith("达", b.start)):
            continue        # a level named 总量/累计 or reached (达): not any figure before 增加
        if not _fits_stock(a, b) or _LIST_AFTER.match(skel, a.end) or _NOT_A_STOCK_AFTER.match(skel, b.end) \
                or _NOT_A_STOCK_AFTER.match(skel, a.end) or _PER.match(skel, a.end) or _PER.match(skel, b.end) \
                or _SIGNED_SUBJECT.search(skel, max(0, tok - 12), tok) or (a.unit or "").endswith(("℃", "度")):
            continue        # never a balance, a profit or a temperature: a level that may be negative
        out.append(Addition(tok, a.end, a, b, skel[h.start():h.start() + 2]))
    for m in (lazyre.finditer(_ADD_PAIR_TOTAL, skel) if total_words and _TWO_TOTALS.search(skel) else ()):
        a1, a2 = by_start[m.start("a1")], by_start[m.start("a2")]
        t1, t2 = by_start[m.start("t1")], by_start[m.start("t2")]
        if _ADD_BAD_NOUN.search(m.group("n1")) or _ADD_BAD_NOUN.search(m.group("n2")) or _ADD_BAD_NOUN.search(m.group("w")) \
                or not _names_the_added(m.group("w"), m.group("n1") + m.group("n2")) \
                or measure(a1) == measure(a2) or _LIST_AFTER.match(skel, m.end()) or _NOT_A_STOCK_AFTER.match(skel, m.end()):
            continue
        if _fits_stock(a1, t1) and _fits_stock(a2, t2):
            out.append(Addition(m.start(), m.end(), a1, t1, m.group("verb")))
            out.append(Addition(m.start(), m.end(), a2, t2, m.group("verb")))
    for m in (lazyre.finditer(_ADD_PAIR_RESP, skel) if ("分别达" in text or "分别为" in text or "分别增" in text)
              and "新" in text else ()):
        a1, a2 = by_start[m.start("a1")], by_start[m.start("a2")]
        t1, t2 = by_start[m.start("t1")], by_start[m.start("t2")]
        n1, n2, w = (re.sub(r"[^\u4e00-\u9fffA-Za-z0-9]", "", m.group(g)) for g in ("n1", "n2", "w"))
        generic = _PAIRED_TOTALS.fullmatch(w) is not None
        if _ADD_BAD_NOUN.search(n1) or _ADD_BAD_NOUN.search(n2) or (_ADD_BAD_NOUN.search(w) and not generic) \
                or len(w) < 2 or (not generic and (w[-2:] not in n1 or w[-2:] not in n2)) \
                or _LIST_AFTER.match(skel, m.end()) or _NOT_A_STOCK_AFTER.match(skel, m.end()):
            continue        # (the stocks' name must end like both additions': 示范村 after 省级…示范村、市级示范村; or
            #                 be the totals' word alone: 新增亿元以上企业108家、“四上”企业966家，总数分别达到1563家和5333家)
        if _fits_stock(a1, t1) and _fits_stock(a2, t2):
            out.append(Addition(m.start(), m.end(), a1, t1, m.group("verb")))
            out.append(Addition(m.start(), m.end(), a2, t2, m.group("verb")))
    seen = {(x.added.start, x.total.start) for x in out}
    for m in (lazyre.finditer(_ADD_REACH_TOKEN, skel) if "达" in text or "增至" in text else ()):
        a, b = by_start[m.start("add")], by_start[m.start("tot")]
        if (a.start, b.start) in seen or not re.match(r"达到?|增至", text[b.start:b.start + 2]) \
                or _ADD_BAD_NOUN.search(m.group("noun")) or _NOT_A_STOCK_AFTER.match(skel, m.end()) \
                or _LIST_AFTER.match(skel, m.end()) or not _fits_stock(a, b):
            continue
        if m.group("verb") in _INCREASE_VERB and (_SIGNED_SUBJECT.search(skel, max(0, m.start() - 12), m.start())
                                                   or _SIGNED_SUBJECT.search(m.group("noun"))
                                                   or (a.unit or "").endswith(("℃", "度"))):
            continue
        out.append(Addition(m.start(), m.end(), a, b, m.group("verb")))
    for m in (_TOTAL_BRACKET_ADD.finditer(skel) if verb_q else ()):
        a, b = by_start[m.start("add")], by_start[m.start("tot")]
        if _fits_stock(a, b):
            out.append(Addition(m.start("tot"), m.end(), a, b, m.group("verb")))
    for m in (_ADD_LISTS.finditer(skel) if verb_q and "分别" in skel else ()):
        adds = [by_start[x.start() + m.start("adds")] for x in _LIST_SPLIT.finditer(m.group("adds"))]
        tots = [by_start[x.start() + m.start("tots")] for x in _LIST_SPLIT.finditer(m.group("tots"))]
        if len(adds) != len(tots) or _LIST_AFTER.match(skel, m.end()):
            continue
        if all(_fits_stock(a, b) for a, b in zip(adds, tots)):
            out.extend(Addition(m.start(), m.end(), a, b, m.group("verb")) for a, b in zip(adds, tots))
    if "增加" in skel:
        for m in _TOTAL_THEN_INCREASE.finditer(skel):
            a, b = by_start[m.start("add")], by_start[m.start("tot")]
            if not re.search(r"(?:达到|达|增至|增加到)\s*$", skel[max(0, m.start() - 4):m.start()]) \
                    and not re.match(r"达|增至", text[b.start:b.start + 2]):
                continue    # a level reached (达/增至), not any figure before 增加
            if _SIGNED_SUBJECT.search(skel, max(0, m.start() - 16), m.start()) or (a.unit or "").endswith(("℃", "度")) \
                    or not _fits_stock(a, b) or _LIST_AFTER.match(skel, m.end()) or _NOT_A_STOCK_AFTER.match(skel, m.end()):
                continue
            out.append(Addition(m.start(), m.end(), a, b, m.group("verb")))
    for m in (_TOTS_THEN_ADDS.finditer(skel) if "分别" in skel else ()):
        adds = [by_start[x.start() + m.start("adds")] for x in _LIST_SPLIT.finditer(m.group("adds"))]
        tots = [by_start[x.start() + m.start("tots")] for x in _LIST_SPLIT.finditer(m.group("tots"))]
        if len(adds) != len(tots) or _LIST_AFTER.match(skel, m.end()) \
                or not re.match(r"分别(?:达|为|增至)", text[m.start():m.start() + 4]) \
                or _SIGNED_SUBJECT.search(skel, max(0, m.start() - 16), m.start()):
            continue
        if all(_fits_stock(a, b) for a, b in zip(adds, tots)):
            out.extend(Addition(m.start(), m.end(), a, b, m.group("verb")) for a, b in zip(adds, tots))
    if "累计" in skel or "总量" in skel or "总数" in skel:
        out.extend(_deed_cumulatives(skel, by_start, text, {(x.added.start, x.total.start) for x in out}))
    out.extend(_clause_stocks(doc, skel, by_start, text, {(x.added.start, x.total.start) for x in out}))
    out.extend(_bare_additions(doc, skel, by_start, {(x.added.start, x.total.start) for x in out}))
    out.sort(key=lambda x: (x.start, x.added.start))
    c["additions"] = out
    return out


# -- counts above nested thresholds: 千万元以上企业5095户，亿元以上企业630户 ----------------------------------------
@dataclass(frozen=True)
class Nested:
    """Two counts of one kind of thing listed together, each above a threshold of one measure (营收超百亿级服务业企业10家、
    三百亿元以上企业3家; 新增落户千万元以上企业5095户，亿元以上大型企业630户): what is above the higher threshold is also
    above the lower one, so ``inner`` is never more than ``outer``."""

    start: int
    end: int
    outer: "Quantity"
    inner: "Quantity"
    low: float
    high: float


_TH_DIGIT = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_TH_PLACE = {"十": 10, "百": 100, "千": 1000}
#: one item: a lower bound of an amount (超/超过/逾 before it, 以上/及以上/级 after it), the noun it qualifies and the
#: count of those things (超百亿级服务业企业10家 / 三百亿元以上企业3家 / 亿元以上大型企业630户)
_TH_ITEM = lazyre.compile(
    r"(?P<pre>超过|超|逾)?(?P<num>\d+(?:\.\d+)?|[一二两三四五六七八九]?[十百千]|[一二两三四五六七八九])?(?P<scale>万亿|亿|万)"
    r"(?P<cur>元|美元)?(?P<post>及以上|以上|级)?(?P<de>的)?(?P<noun>[\u4e00-\u9fff]{0,8}?)(?:达到|达|有|为)?(?P<cnt>\d)")
#: what may stand between two items of one list: a list break only (never 其中, another measure, a year, 新增…)
_TH_GAP = lazyre.compile(r"\s*[、，,；;]\s*")
_TH_NOT_NOUN = lazyre.compile(r"以下|以内|之间|至|到|比|增|减|占|其中|新增|累计|分别|[0-9]")


#: what every item holds (超/逾 before the amount, or 以上/级 after its scale): the items are matched only where it stands
_TH_HINT = lazyre.compile(r"超过|超|逾|[万亿](?:元|美元)?(?:及以上|以上|级)")


def _threshold_items(text: str):
    """The matches of :data:`_TH_ITEM` in ``text``, each tried once at the start a hint gives (linear): at 超/逾
    itself, or at the numeral right before the scale of …亿元以上 / …万元级."""
    done = 0
    for h in lazyre.finditer(_TH_HINT, text):   # (tried only at 超/逾/万/亿, its first characters)
        s0 = h.start()
        if s0 < done:
            continue
        if text[s0] in "万亿":
            while s0 > max(done, h.start() - 5) and text[s0 - 1] in _TH_NUM_CHARS:
                s0 -= 1
        m = _TH_ITEM.match(text, s0)
        if m is not None:
            yield m
            done = m.end()


_TH_NUM_CHARS = frozenset("0123456789.一二两三四五六七八九十百千")


def _threshold_value(m) -> Optional[float]:
    num, scale = m.group("num"), m.group("scale")
    if not num:
        v = 1.0
    elif num[0].isdigit():
        v = float(num)
    elif num[-1] in _TH_PLACE:
        v = float(_TH_DIGIT.get(num[:-1], 1) * _TH_PLACE[num[-1]]) if len(num) <= 2 else None
    else:
        v = float(_TH_DIGIT[num])
    if v is None:
        return None
    return v * {"万亿": 1e12, "亿": 1e8, "万": 1e4}[scale]


def _count_at(by_start, c0: int):
    """The quantity whose number starts at ``c0``: its token may open at the verb of reaching right before it
    (达181家 / 达到19家 / 为15家)."""
    return next((x for x in (by_start.get(c0 - k) for k in (0, 1, 2)) if x is not None and x.num_start == c0), None)


#: one threshold of a list of thresholds sharing one lower-bound word and one noun (超千亿元、百亿元的企业 / 超百亿、千亿元的
#: 企业): a numeral and its scale, the currency maybe only on the last
_TH_ONE = r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九]?[十百千]|[一二两三四五六七八九])?(?:万亿|亿|万)(?:元|美元)?"
#: 年主营业务收入超千亿元、百亿元的企业分别达22家和221家: the thresholds listed after one 超/超过/逾 (or each closed by
#: 以上 after the last), the things they qualify, then 分别 and the counts in the same order
_TH_RESP = lazyre.compile(
    r"(?P<pre>超过|超|逾)?(?P<ths>" + _TH_ONE + r"(?:[、和及]" + _TH_ONE + r"){1,4})(?P<post>及以上|以上)?的?"
    r"(?P<noun>[\u4e00-\u9fff]{1,8}?)(?:分别|分別)(?:达到|达|有|为|是)?\s*(?P<cnts>\d[^，,。；;]{0,40})")
_TH_ONE_RE = lazyre.compile(r"(?P<num>\d+(?:\.\d+)?|[一二两三四五六七八九]?[十百千]|[一二两三四五六七八九])?(?P<scale>万亿|亿|万)(?P<cur>元|美元)?")
_TH_CNT_SEP = lazyre.compile(r"\s*(?:、|和|及|与|，|,)\s*")


_FENBIE = lazyre.compile(r"分别|分別")


def _th_resp_matches(text: str):
    """The matches of :data:`_TH_RESP` (every one holds 分别), found from each 分别 of the text rather than tried at every
    character: a match starts at most 90 characters before its 分别 and ends at most 60 after it; each is given once,
    in text order, never overlapping the one before."""
    last_end = 0
    seen = set()
    for k in (f.start() for f in _FENBIE.finditer(text)):
        for m in _TH_RESP.finditer(text, max(last_end, k - 90), min(len(text), k + 62)):
            if m.start() in seen or not (m.start() <= k < m.end()):
                continue
            seen.add(m.start())
            last_end = m.end()
            yield m


def _respective_thresholds(text: str, by_start) -> List[Nested]:
    """Counts above thresholds of one measure listed after one lower-bound word and bound to them by 分别 (超千亿元、
    百亿元的企业分别达22家和221家 / 超百亿、千亿元的企业分别达260家、25家): what is above the higher threshold is above
    the lower one, so its count is not more than the lower's."""
    out: List[Nested] = []
    for m in _th_resp_matches(text):
        if not (m.group("pre") or m.group("post")) or _TH_NOT_NOUN.search(m.group("noun")):
            continue
        ths = [t for t in _TH_ONE_RE.finditer(m.group("ths"))]
        curs = {t.group("cur") for t in ths if t.group("cur")}
        if len(curs) > 1:
            continue
        vals = [_threshold_value(t) for t in ths]
        if any(v is None for v in vals) or len(set(vals)) != len(vals):
            continue
        # the counts in order: one measure word each, nothing but a list break between them
        qs, at = [], m.start("cnts")
        for _ in vals:
            q = _count_at(by_start, at)
            if q is None or not is_count(q) or q.is_percent or q.approx:
                break
            qs.append(q)
            sep = _TH_CNT_SEP.match(text, q.end)
            at = sep.end() if sep else -1
        if len(qs) != len(vals) or len({measure(q) for q in qs}) != 1:
            continue
        for i in range(len(vals)):
            for j in range(i + 1, len(vals)):
                (lo, qo), (hi, qi) = sorted(((vals[i], qs[i]), (vals[j], qs[j])), key=lambda x: x[0])
                out.append(Nested(m.start(), qs[-1].end, qo, qi, lo, hi))
    return out


def nested_thresholds(doc: "Document") -> List[Nested]:
    """Pairs of counts above nested thresholds within one list (cached), read from the words of each item: the two
    thresholds of one currency, both lower bounds (超/以上/级), the items next to each other with nothing but a list
    break between them (a metric word, 其中, a year or 新增 before the second item leaves the pair unread: 产值超亿元企业
    120家、纳税超千万元企业300家 count different things), the same measure word and the same head noun (企业 in
    服务业企业 and 大型企业)."""
    c = _cache(doc)
    if "nested_thresholds" in c:
        return c["nested_thresholds"]  # type: ignore[return-value]
    out: List[Nested] = []
    skel, by_start = skeleton(doc)
    text = folded_text(doc)
    if "以上" in text or "超" in text or "级" in text or "逾" in text:
        items = []
        for m in _threshold_items(text):
            q = _count_at(by_start, m.start("cnt"))     # (超百亿元的企业达181家: the count's token opens at 达)
            if q is None or not (m.group("pre") or m.group("post")) or _TH_NOT_NOUN.search(m.group("noun")) \
                    or not is_count(q) or q.is_percent or text[q.end:q.end + 1] in ("/", "每"):
                continue
            v = _threshold_value(m)
            if v is None:
                continue
            items.append((m, q, v))
        # a later item written 超300亿元的8个 leaves out the noun of the item right before it in the list: the same
        # things (only with 的; the first item of a list names what is counted: …超200亿元的园区9个，超300亿元的8个)
        nouns = []
        for k, (m, q, v) in enumerate(items):
            inherit = k > 0 and m.group("de") and _TH_GAP.fullmatch(text, items[k - 1][1].end, m.start())
            nouns.append(m.group("noun") or (nouns[-1] if inherit else ""))
        for i in range(len(items) - 1):
            run = [items[i]]
            for nxt in items[i + 1:]:
                prev_q = run[-1][1]
                if not _TH_GAP.fullmatch(text, prev_q.end, nxt[0].start()):
                    break
                run.append(nxt)
            if len(run) < 2:
                continue
            m0, q0, v0 = run[0]
            n0 = nouns[i]
            for k, (m1, q1, v1) in enumerate(run[1:], start=i + 1):
                if v1 == v0 or (m0.group("cur") or "元") != (m1.group("cur") or "元") or measure(q0) != measure(q1):
                    continue
                n1 = nouns[k]
                if not n0 or not n1 or n0[-2:] != n1[-2:]:
                    continue        # 亿元以上项目 and 10亿元以上企业: other things
                outer, inner = (q0, q1) if v0 < v1 else (q1, q0)
                out.append(Nested(m0.start(), m1.end(), outer, inner, min(v0, v1), max(v0, v1)))
    if ("分别" in text or "分別" in text) and ("超" in text or "逾" in text or "以上" in text):
        out.extend(_respective_thresholds(text, by_start))
    if "前" in text and ("‰" in text or "排名前" in text or "进入前" in text):
        out.extend(_top_ranks(text, by_start))
    if "%" in text or "％" in text:
        out.extend(_share_thresholds(text, by_start))
    c["nested_thresholds"] = out
    return out


#: a count of things ranked within a top fraction (85个学科进入ESI世界学科排名前1％ / 9个学科进入前1‰ / 3个学科位列前
#: 万分之一): the things in a smaller top fraction are among those in a larger one
_RANK_ITEM = lazyre.compile(
    r"(?P<cnt>\d+)(?P<u>[个项所家])(?P<noun>[\u4e00-\u9fff]{1,6}?)(?:进入|跻身|位列|位居|入选)"
    r"(?P<w>[^，,。；;、\d（）()]{0,12}?)前(?P<p>\d+(?:\.\d+)?)(?P<pu>%|％|‰|‱)")
_RANK_VERBS = ("进入", "跻身", "位列", "位居", "入选")
_RANK_GAP = lazyre.compile(r"\s*[、，,；;]\s*")
_RANK_SCALE = {"%": 1e-2, "％": 1e-2, "‰": 1e-3, "‱": 1e-4}


#: one item of a list of counts above share thresholds (占比超过10%的有44种 / 占比80%以上达29种 / 占全市比重100%达14种):
#: the share (a lower bound — 超过/超/逾 before it, 以上/及以上 after it — or exact), then 的有/的/达 and the count
_SHARE_ITEM = lazyre.compile(r"(?P<p>\d+(?:\.\d+)?)[%％](?P<post>及以上|以上)?(?:的有|的|达到|达|有)(?P<cnt>\d+)(?P<u>[种種个個家项項类類件所])")
#: what every match of :data:`_SHARE_ITEM` holds (the share's sign, the verb and the count's first digit: %的有4): a text
#: without it is not scanned (the pattern, led by a digit run, is tried at every number of the text)
_SHARE_ITEM_CORE = lazyre.compile(r"[%％](?:及以上|以上)?(?:的有|的|达到|达|有)\d")
_SHARE_PRE = lazyre.compile(r"(?:超过|超過|超|逾)$")


def _share_thresholds(text: str, by_start) -> List[Nested]:
    """Pairs of counts above nested share thresholds listed next to each other, one measure word (104种工业产品中，占比超过
    10%的有44种、超过20%的有23种 / 占全市比重100%达14种，占比80%以上达29种): what has a share of at least the higher
    threshold has at least the lower one, so the count at the higher share is at most the count above the lower (a
    lower bound); two exact shares, or an exact share under a bound, are no nesting."""
    out: List[Nested] = []
    items = []
    for m in (_SHARE_ITEM.finditer(text) if _SHARE_ITEM_CORE.search(text) else ()):   # (led by a digit run)
        if m.start() > 0 and (text[m.start() - 1].isdigit() or text[m.start() - 1] == "."):
            continue
        c0 = m.start("cnt")       # (the extractor's quantity may open at 达 / 达到 before the count)
        q = next((x for x in (by_start.get(c0 - k) for k in (0, 1, 2)) if x is not None and x.num_start == c0), None)
        if q is None or q.approx or q.is_percent:
            continue
        bound = bool(m.group("post") or _SHARE_PRE.search(text, max(0, m.start() - 2), m.start()))
        items.append((m, q, float(m.group("p")), bound))
    for (m0, q0, p0, b0), (m1, q1, p1, b1) in zip(items, items[1:]):
        if p0 == p1 or m0.group("u") != m1.group("u"):
            continue
        # the second item right after the first: a list break, then its own share words (占比 / 超过 / 占全市比重)
        gap = text[m0.end():m1.start()]
        if not re.fullmatch(r"\s*[、，,；;]\s*(?:占[^，,。；;、\d]{0,8}?(?:比重|比例)|占比|比重|份额)?\s*(?:超过|超過|超|逾)?\s*", gap):
            continue
        (mo, qo, po, bo), (mi, qi, pi, bi) = ((m0, q0, p0, b0), (m1, q1, p1, b1)) if p0 < p1 else ((m1, q1, p1, b1), (m0, q0, p0, b0))
        if not bo:
            continue                # the lower share is exact: the things above the higher one are not among them
        out.append(Nested(m0.start(), m1.end(), qo, qi, po, pi))
    return out


def _top_ranks(text: str, by_start) -> List[Nested]:
    """Pairs of counts within nested top fractions listed next to each other, of one noun and measure word (学科)."""
    out: List[Nested] = []
    # (every match holds one of the verbs: a text without them is not scanned)
    items = [m for m in _RANK_ITEM.finditer(text)] if any(v in text for v in _RANK_VERBS) else []
    for m0, m1 in zip(items, items[1:]):
        if not _RANK_GAP.fullmatch(text, m0.end(), m1.start()) or m0.group("noun") != m1.group("noun") \
                or m0.group("u") != m1.group("u"):
            continue
        q0, q1 = by_start.get(m0.start("cnt")), by_start.get(m1.start("cnt"))
        if q0 is None or q1 is None or q0.approx or q1.approx:
            continue
        f0 = float(m0.group("p")) * _RANK_SCALE[m0.group("pu")]
        f1 = float(m1.group("p")) * _RANK_SCALE[m1.group("pu")]
        if f0 == f1:
            continue
        outer, inner = (q0, q1) if f0 > f1 else (q1, q0)
        out.append(Nested(m0.start(), m1.end(), outer, inner, min(f0, f1) * 100, max(f0, f1) * 100))
    return out


# -- members of a top-N list: 11家医院跻身全国综合医院百强 / 7家企业进入中国企业500强 / 3项成果入选“中国科学十大进展” ----
@dataclass(frozen=True)
class TopList:
    """A count of things said to have entered a list of a fixed number of places (百强, 500强, 十大, 前十): the things
    counted are members of that one list, so ``count`` is never more than ``size``.  ``words`` is the list as printed
    (全国综合医院百强)."""

    count: "Quantity"
    size: int
    words: str


_TOP_CN = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_TOP_PLACE = {"十": 10, "百": 100, "千": 1000}
_TOP_NUM = r"(?:\d+|[一二两三四五六七八九]?[十百千](?:[一二三四五六七八九]0?)?|[一二两三四五六七八九]?百[一二三四五六七八九]?十?)"
#: a count, the things it counts, the verb of entering a list and the list's words up to its number of places: 500强,
#: 百强, 30强, 十大, 十佳, 前十(名) — never a share (前1%), never a list entered one year after another (先后, 连续,
#: 累计, 历年, 相继: a count over years may pass the places of one year's list), several lists of one class each (同类,
#: 各类, 分别), nor a list whose number is followed by another (“十大文化设施”“十大特色文化街区”: two lists)
_TOP_ITEM = lazyre.compile(
    r"(?<![第\d.\ue012])(?P<cnt>\d{1,3}(?:\ue012\d{3})+|\d+|[两二三四五六七八九十]{1,3})(?P<u>[个家所座项位名])(?P<noun>[\u4e00-\u9fff“”]{0,10}?)"
    r"(?P<verb>入选|进入|跻身|位列|荣登|上榜|挺进|迈入|入围|跻入)(?P<w>[^，,。；;、！？\d（）()]{0,20}?)"
    r"(?:(?P<n>" + _TOP_NUM + r")(?P<k>强|佳|大)|前(?P<r>" + _TOP_NUM + r")(?:名|位|强)?(?![\d.%％‰‱万亿]))"
    r"(?P<tail>[\u4e00-\u9fff“”]{0,8})")
#: words that leave the count no member count of one list
_TOP_NOT = lazyre.compile(r"先后|相继|累计|连续|历年|逐年|分别|各自|同类|各类|分类|多次")
#: the things ranked by place (前十 counts places or bodies ranked in one list: never indicators or subjects, each ranked in
#: its own list — 12项指标进入全国前十)
_TOP_RANKED = lazyre.compile(r"^(?:设区市|地级市|城市|县市|县区|区县|市|区|县|镇|乡镇|街道|企业|医院|高校|大学|园区|开发区|高新区)")


def _top_number(s: str) -> Optional[int]:
    if s.isdigit():
        return int(s)
    total, cur = 0, 0
    for ch in s:
        if ch in _TOP_CN:
            cur = _TOP_CN[ch]
        elif ch in _TOP_PLACE:
            total += (cur or 1) * _TOP_PLACE[ch]
            cur = 0
        else:
            return None
    return total + cur or None


def top_lists(doc: "Document") -> List[TopList]:
    """Every count of things said to have entered a list of a fixed number of places (cached): 11家医院跻身全国综合医院
    百强 → (11家, 100); 112个镇入选全国千强镇 → (112个, 1000); 7个设区市…进入全国前十 → (7个, 10).  The list is one:
    a second number of places after it (another list), a share (前1%), a count over several years or of several lists
    (:data:`_TOP_NOT`) leave the count unread; a rank (前十) only for places and bodies ranked (:data:`_TOP_RANKED`)."""
    c = _cache(doc)
    if "top_lists" in c:
        return c["top_lists"]  # type: ignore[return-value]
    out: List[TopList] = []
    text = folded_text(doc)
    if any(v in text for v in ("入选", "进入", "跻身", "位列", "荣登", "上榜", "挺进", "迈入", "入围", "跻入")) \
            and ("强" in text or "大" in text or "佳" in text or "前" in text):
        _, by_start = skeleton(doc)
        for m in lazyre.finditer(_TOP_ITEM, text):
            q = by_start.get(m.start("cnt"))
            if q is None or not is_count(q) or q.is_percent:
                continue
            between = m.group("noun") + m.group("w")
            if _TOP_NOT.search(between) or _TOP_NOT.search(text, max(0, m.start() - 4), m.start()):
                continue
            # another list's number right after this one (“十大文化设施”“十大特色文化街区”, 百强区、百强县): not one list
            rest = text[m.end("tail"):m.end("tail") + 12]
            if re.match(r"[”“、和及与]*[\u4e00-\u9fff“”]{0,8}?(?:" + _TOP_NUM + r")(?:强|佳|大)", rest) \
                    or re.search(r"(?:" + _TOP_NUM + r")(?:强|佳|大)", m.group("tail")):
                continue
            if m.group("r") is not None:
                if not _TOP_RANKED.match(m.group("noun")) or "指标" in m.group("noun"):
                    continue
                size = _top_number(m.group("r"))
            else:
                if m.group("k") == "大" and m.group("n") not in ("十", "百", "10", "100"):
                    continue      # 三大, 五大: names of a set of kinds, not a list of places
                size = _top_number(m.group("n"))
            if not size or size < 2:
                continue
            out.append(TopList(q, size, text[m.start("w"):m.end("tail")]))
    c["top_lists"] = out
    return out


# -- items done out of a list: 111项民生实事完成109项，还有2项正加快推进 / 1600个城中村累计完成综合治理1200个 ------------
@dataclass(frozen=True)
class DoneOfList:
    """How many of a list of things were done, said right after the list's count and its noun: 119项年度民生实事完成118项
    / 1600个城中村累计完成综合治理1200个 / 111项民生实事完成109项，还有2项正加快推进.  ``done`` counts some of the things
    ``listed`` counts; ``rest`` (还有/其余/剩余/另有/尚有 K, the ones still under way) and ``done`` make up the list."""

    start: int
    end: int
    listed: "Quantity"
    done: "Quantity"
    rest: Optional["Quantity"]
    noun: str
    #: ``done`` counts the things not done yet (110项重点工作尚有9项未按期完成)
    undone: bool = False


#: done (完成/办结/落实/兑现), the action, and how many, closing its clause; the rest still under way may follow (还有/其余
#: K项, or K项 alone when its clause says it is still under way and the clause after it (if any) holds no figure and
#: goes on to something else: …，9项因客观条件制约尚在推进中，国民经济…执行情况良好，…)
_DONE_THEN = lazyre.compile(
    r"(?:完成|办结|落实|兑现)(?P<y>[\u4e00-\u9fff]{0,4}?)(?P<p>" + _Q + r")(?=[，,。；;！？!?\n]|$)"
    r"(?:[，,]\s*(?:(?:还有|其余|剩余|余下|另有|尚有)(?P<r>" + _Q + r")(?![\u4e00-\u9fff]{0,2}" + QTOK + r")"
    r"|(?P<r2>" + _Q + r")(?=[\u4e00-\u9fff]{0,12}?(?:尚在|正在|仍在|正加快|正抓紧|加快|有序)推进中?(?:[。！!\n]|$|[，,；;](?![^，,；;。！!\n]*?(?:另|还|其余|剩余|余下|此外|尚|仍|其他|其它|部分|个别|少数|有的|一些|暂缓|未|没有))"
    r"[^，,；;。！!\n\ue010]*"
    r"(?:[，,；;。！!\n]|$)))))?")
#: the count of the list and the things it counts, right before the verb (the window before it); a clause break may
#: stand between the list and what was done of it (区政府184项量化指标任务，已完成175项)
_DONE_LIST_BEFORE = lazyre.compile(
    r"(?P<w>" + _Q + r")(?P<x>[\u4e00-\u9fff“”]{2,12}?)(?:[，,]\s*)?(?:已经|已|累计|均|共|全年|当年)?$")
#: how many of the list were done written before the verb (22项主要指标20项提前完成; 36项重点任务34项已按期完成): the
#: list's count and noun, then the count done and an adverb of time or manner, nothing else
_DONE_COUNT_FIRST = lazyre.compile(
    r"(?P<w>" + _Q + r")(?P<x>[\u4e00-\u9fff“”]{2,12}?)(?:[，,]\s*)?(?P<p>" + _Q + r")"
    r"(?:已经|已|均|提前|按期|如期|按时|基本|全部|顺利|全面){0,2}$")
#: the things of a list of work whose items are done one by one (民生实事, 重点任务, 改革事项, 城中村 treated); never a
#: place that holds other things (10个街道完成改造1200个 counts the estates inside them)
_DONE_ITEMS = lazyre.compile(r"(?:实事|任务|工作|事项|项目|改革|举措|措施|目标|指标|建议|提案|议案|工程|课题|城中村|小区)$")
#: what the figure after the verb may be preceded by: nothing, or the action done to the things (综合治理, 改造, 整改)
_DONE_ACTION = lazyre.compile(r"^(?:|综合治理|综合整治|治理|整治|改造|整改|建设|提升|验收|销号|办理|答复|处置|清理)$")


#: the list first, then how many of it were done, the figure before the verb (25件民生实事稳步推进，24件已经按期完成), or how
#: many are not done yet (110项区政府重点工作尚有9项未按期完成)
_DONE_FIG_FIRST = lazyre.compile(
    r"(?P<w>" + _Q + r")(?P<x>[\u4e00-\u9fff“”]{2,12}?)(?:(?:稳步|全面|有序|加快|扎实|顺利)推进)?[，,]\s*"
    r"(?P<p>" + _Q + r")(?:已经|已|均|全部)?(?:按期|如期|提前|顺利)?$")
#: a stock of things of the area and how many of them an action closed or rebuilt, in one clause (全区305台工业锅炉关停
#: 152台; 现有燃煤锅炉86台，已淘汰40台 is two clauses: not read)
_STOCK_DEED = lazyre.compile(
    r"(?:全区|全市|全县|全省|全镇|辖区内?|现有)(?P<w>" + _Q + r")(?P<x>[\u4e00-\u9fff]{2,8}?)(?:已|共|累计)?"
    r"(?:关停|关闭|淘汰|拆除|取缔|完成改造|完成整治)(?P<p>" + _Q + r")")
#: (tried only where a scope word stands right before a figure: one pattern led by their first characters, scanned in C)
_STOCK_SCOPE = lazyre.compile(r"(?:全区|全市|全县|全省|全镇|辖区内?|现有)(?=" + QTOK + r")")
_NOT_DONE = lazyre.compile(
    r"(?P<w>" + _Q + r")(?P<x>[\u4e00-\u9fff“”]{2,12}?)(?:中[，,]?)?(?:尚有|仍有|还有)(?P<p>" + _Q + r")"
    r"(?:未|尚未|没有)(?:按期|如期)?$")
#: (the two above are read only in the window before a verb found with str.find: each ends where the verb starts)
_CLAUSE_END = "，,。；;！？!?\n"


def done_of_list(doc: "Document") -> List[DoneOfList]:
    """Every count of things done right after the count of the list they are done from (cached; one measure word, the
    list's noun a list of work, the done figure closing its clause: 完成109项，/ 完成综合治理1200个。)."""
    c = _cache(doc)
    if "done_of_list" in c:
        return c["done_of_list"]  # type: ignore[return-value]
    out: List[DoneOfList] = []
    text = folded_text(doc)
    done_words = "完成" in text or "办结" in text or "落实" in text or "兑现" in text
    stock_words = "关停" in text or "关闭" in text or "淘汰" in text or "拆除" in text or "取缔" in text
    if done_words or stock_words:
        skel, by_start = skeleton(doc)
        hits = []
        before_verb = []   # (window start, verb start, verb) where a figure stands right before the verb
        for verb in (("完成", "办结", "落实", "兑现") if done_words else ()):  # str.find for the verb, the pattern only there
            i = skel.find(verb)
            while i >= 0:
                if skel.find(QTOK, i + 2, i + 8) >= 0:
                    m = _DONE_THEN.match(skel, i)
                    if m is not None:
                        hits.append(m)
                j = i + len(verb)
                if (j >= len(skel) or skel[j] in _CLAUSE_END) and skel.find(QTOK, i - 12 if i > 12 else 0, i) >= 0:
                    before_verb.append((i - 60 if i > 60 else 0, i, verb))
                i = skel.find(verb, i + 2)
        for m in sorted(hits, key=lambda x: x.start()):
            b = _DONE_LIST_BEFORE.search(skel, max(0, m.start() - 40), m.start())
            if b is None:
                continue
            w, p = by_start.get(b.start("w")), by_start.get(m.start("p"))
            noun = b.group("x")
            if w is None or p is None or not is_count(w) or not is_count(p) or w.is_percent or p.is_percent \
                    or measure(w) != measure(p) or w.approx or p.approx in ("<", "<=") \
                    or not _DONE_ITEMS.search(noun) or not _DONE_ACTION.match(m.group("y")):
                continue
            rg = "r" if m.group("r") else "r2" if m.group("r2") else None
            r = by_start.get(m.start(rg)) if rg else None
            if r is not None and (measure(r) != measure(w) or r.is_percent or r.approx):
                r = None
            out.append(DoneOfList(b.start(), m.end(), w, p, r, noun))
        # the count done before the verb (22项主要指标20项提前完成): the verb closes its clause
        for verb in ("完成", "办结", "落实", "兑现"):
            i = skel.find(verb)
            while i >= 0:
                if skel.rfind(QTOK, max(0, i - 8), i) >= 0 and re.match(r"[，,。；;！？!?\n]|$", skel[i + 2:i + 3]):
                    b = _DONE_COUNT_FIRST.search(skel, max(0, i - 40), i)
                    if b is not None:
                        w, p = by_start.get(b.start("w")), by_start.get(b.start("p"))
                        noun = b.group("x")
                        if w is not None and p is not None and is_count(w) and is_count(p) and not w.is_percent \
                                and not p.is_percent and measure(w) == measure(p) and not w.approx \
                                and p.approx not in ("<", "<=") and _DONE_ITEMS.search(noun):
                            out.append(DoneOfList(b.start(), i + 2, w, p, None, noun))
                i = skel.find(verb, i + 2)
        found = []
        for lo, i, verb in before_verb:
            for pat, undone, word in ((_DONE_FIG_FIRST, False, ","), (_NOT_DONE, True, "有")):
                # (the folded text's commas are ASCII)
                m = pat.search(skel, lo, i) if skel.find(word, lo, i) >= 0 or (word == "," and skel.find("，", lo, i) >= 0) else None
                if m is not None:
                    found.append((m, pat, undone))
        for sc in (_STOCK_SCOPE.finditer(skel) if stock_words or "完成改造" in text or "完成整治" in text else ()):
            m = _STOCK_DEED.match(skel, sc.start())
            if m is not None:
                found.append((m, _STOCK_DEED, False))
        for m, pat, undone in found:
            w, p = by_start.get(m.start("w")), by_start.get(m.start("p"))
            noun = m.group("x")
            if w is None or p is None or not is_count(w) or not is_count(p) or w.is_percent or p.is_percent \
                    or measure(w) != measure(p) or w.approx or p.approx in ("<", "<=") \
                    or not (pat is _STOCK_DEED or _DONE_ITEMS.search(noun)):
                continue
            out.append(DoneOfList(m.start(), m.end(), w, p, None, noun, undone))
        out.extend(_stock_then_done(doc, skel, by_start, text))
        seen_pairs = set()     # (both readers of a count done before its verb may take one statement: read once)
        out = [d for d in out if not ((d.listed.start, d.done.start) in seen_pairs or seen_pairs.add((d.listed.start, d.done.start)))]
        out.sort(key=lambda d: d.start)
    c["done_of_list"] = out
    return out


#: a stock named with its total word (社康中心总数达132家 / 全区现有公园1320个), then in the clause right after it a deed done
#: to some of those things, named by the deed alone (完成标准化建设63家 / 已完成提升改造40个): the things it was done to are
#: among the stock.  Never a deed that takes things out of the stock (淘汰, 关停, 拆除: the stock after them no longer
#: holds them), nor a deed with things of its own named (完成老旧小区改造218个)
_STOCK_THEN_DONE = lazyre.compile(
    r"(?P<name>[\u4e00-\u9fff“”]{2,12}?)(?:总数|总量|现有|共有)(?:达到|达|为|增至)?\s*(?P<w>" + _Q + r")\s*[，,]\s*"
    r"(?:其中|已经|已|全部)?(?:完成|实现)(?P<x>(?:标准化|规范化|提升|提质|升级|智慧化|数字化|星级|示范|等级)?(?:建设|改造|提升|升级|整治|验收|认证|达标|评定))(?P<p>" + _Q + r")"
    r"(?=[，,。；;！？!?\n]|$)")
#: the word every match of _STOCK_THEN_DONE holds 2–12 characters after its start: the pattern opens with a lazy run of
#: CJK characters, which ``re`` tried at every character of the skeleton (130 ms on corpus/gwr for no match at all)
_STOCK_THEN_DONE_ANCHOR = lazyre.compile(r"总数|总量|现有|共有")


def _stock_then_done(doc: "Document", skel: str, by_start, text: str) -> List["DoneOfList"]:
    """社康中心总数达132家，完成标准化建设63家: the things a deed was done to, in the clause right after their stock, are
    among the stock (one measure, the stock exact or a lower bound, the deed named by itself)."""
    out = []
    if "完成" not in text and "实现" not in text:
        return out
    for m in lazyre.anchored_finditer(_STOCK_THEN_DONE, skel, _STOCK_THEN_DONE_ANCHOR, back=12):
        w, p = by_start.get(m.start("w")), by_start.get(m.start("p"))
        if w is None or p is None or w.is_percent or p.is_percent or not is_count(w) or not is_count(p) \
                or measure(w) != measure(p) or w.approx in ("<", "<=") or p.approx in ("<", "<=") \
                or _ADD_BAD_NOUN.search(m.group("name")):
            continue
        out.append(DoneOfList(m.start(), m.end(), w, p, None, m.group("name")))
    return out


# -- the rest of a whole after its named parts: 235项事项，削减55项，保留8项，其余172项 --------------------------------------
@dataclass(frozen=True)
class RestOf:
    """A count of things, counts of some of them in the clauses after it, and the rest (其余/剩余/余下 N) closing the
    list, in one sentence and one measure word: 对区直属部门235项行政审批事项，削减55项，保留8项，其余172项悉数转为… /
    151件民生实事，2件因…调出，其余149件顺利完成.  The parts may overlap (an item may be both cut and merged), the rest
    is what none of them holds: the rest and the largest part are at most the whole, the rest and all parts at least it."""

    whole: "Quantity"
    parts: Tuple["Quantity", ...]
    rest: "Quantity"


#: the word of the rest right before its count (其余172项 / 其余的235人 / 剩余2项 / 余下3个)
_REST_WORDS = ("其余", "剩余", "余下")
#: what may open a part's clause before its count: a verb of a few characters, nothing else (削减55项 / 保留8项 / 2件…)
_REST_PART_LEAD = lazyre.compile(r"[，,；;]\s*(?:其中|另有|有)?[\u4e00-\u9fff]{0,6}$")


def rest_of_whole(doc: "Document") -> List[RestOf]:
    """Every count after 其余/剩余/余下 with the whole and the parts before it (cached): the whole is the first count of
    the rest's measure word in the sentence, followed by the things' noun; each count of that measure word between it
    and the rest opens a clause (a verb of up to six characters may stand before it).  Found from the rest word
    (str.find), never by pairing figures."""
    c = _cache(doc)
    if "rest_of_whole" in c:
        return c["rest_of_whole"]  # type: ignore[return-value]
    out: List[RestOf] = []
    text = fullwidth_text(doc)
    hits = []
    for w in _REST_WORDS:
        i = text.find(w)
        while i >= 0:
            hits.append(i)
            i = text.find(w, i + 2)
    if hits:
        from ..quantities import quantities_in
        skel, by_start = skeleton(doc)
        for i in sorted(hits):
            k = i + 2 + (1 if text[i + 2:i + 3] == "的" else 0)
            if not skel.startswith(QTOK, k):
                continue        # no figure right after the word (其余各区, 剩余时间): most hits
            rest = by_start.get(k)
            if rest is None or not is_count(rest) or rest.is_percent:
                continue
            s = doc.sentence_at(i)
            if s is None:
                continue
            m = measure(rest)
            lo = max(s.start, text.rfind("；", s.start, i) + 1, text.rfind(";", s.start, i) + 1)
            before = [q for q in quantities_in(doc, lo, i) if not q.is_percent and is_count(q) and measure(q) == m]
            if len(before) < 2:
                continue
            whole, parts = before[0], before[1:]
            if not all(float(q.value).is_integer() for q in before + [rest]):
                continue        # things are counted in whole numbers (40.151件 is an item number glued to 151件)
            # the whole names its things right after its count (235项行政审批事项) or right before it (受理来信420件)
            after = re.match(r"[\u4e00-\u9fff]{0,2}", text[whole.end:whole.end + 2]).group()
            noun = after or re.search(r"[\u4e00-\u9fff]{0,2}$", text[max(lo, whole.start - 2):whole.start]).group()
            if len(noun) < 2 or whole.approx in ("<", "<="):
                continue
            leads = [_REST_PART_LEAD.search(text, max(lo, p.start - 12), p.start) for p in parts]
            if any(ld is None or text.startswith(noun, p.end)
                   or (ld.group().endswith(noun) and "其中" not in ld.group()) for ld, p in zip(leads, parts)):
                continue        # every part opens a clause of its own, none is another count of the whole's things
                #                 (新增12个项目，全年实施235个项目，…, 其余…: 235 is a whole of its own)
            if re.search(r"[，,]", text[whole.end:parts[0].start]) is None or "其中" in leads[0].group():
                continue        # (其中 parts and the rest are read as a breakdown of the whole by LG103's 其中 reader)
            if "其中" in text[lo:whole.start]:
                continue        # 其中，咨询类51.2万个，求助类19.8万个，…，其余3.7万个: the first count is a part of the
                #                 breakdown like those after it, not their whole
            out.append(RestOf(whole, tuple(parts), rest))
    c["rest_of_whole"] = out
    return out

# -- a part its name implies, in the clause after its whole: 辖区公共财政收入7238.8亿元，地方一般公共预算收入2727.1亿元 ----
@dataclass(frozen=True)
class ImpliedPart:
    """A figure in the clause right after another whose name holds it by definition (``classes.implied_part``):
    辖区公共财政收入8624亿元、增长9.2%；地方一般公共预算收入3332.1亿元 / 进出口总额872亿美元，出口466亿美元."""

    whole: "Quantity"
    part: "Quantity"
    whole_name: str
    part_name: str


#: the literal every reading holds (a prefilter per document; the 分别 lists are read also for 增加值/投资: the
#: indicators of :func:`lintgov.claims.classes.indicator_part`)
_IMPLIED_WORDS = lazyre.compile(r"预算收入|出口|进口|新能源汽车|发明专利|利税|贷款|存款")
#: the part's name (the end of the words before its figure) and its figure
_IMPLIED_PART_NAME = lazyre.compile(r"(?:(?:一般公共预算|公共财政预算|财政一般预算|一般预算)收入|(?:出口|进口)(?:总额|总值)?|"
                                    r"(?:短期|中长期)贷款(?:余额)?|(?:住户|储蓄|居民储蓄|城乡居民储蓄|非金融企业)存款(?:余额)?|"
                                    r"新能源汽车(?:总)?(?:产量|销量|保有量)|发明专利(?:授权|申请)(?:量|数)?|利润(?:总额)?)"
                                    r"(?:为|达到|达)?(?=" + QTOK + r")")
#: the whole's growth or change between its figure and the clause break (、增长9.2%), read backwards from the break
_IMPLIED_GROWTH_BEFORE = lazyre.compile(r"\s*[、，,]\s*[\u4e00-\u9fff]{0,6}?(?:增长|下降|增加|减少)了?\s*" + _Q + r"\s*$")
#: the whole's name: the Han characters right before its figure
_HAN_RUN_BEFORE = lazyre.compile(r"[\u4e00-\u9fff]{2,16}$")


def _last_clauses(skel: str, lo: int, k: int, n: int = 2) -> List[str]:
    """``[x for x in re.split(r"[，,]", skel[lo:k]) if x.strip()][-n:]``, read backwards from ``k`` clause by clause
    (``lo`` is 0 when no sentence end stands in the 90 characters before 分别: the split of the whole text before it
    held ~100 MiB at once on the 50 MB file, once per such 分别)."""
    out: List[str] = []
    end = k
    while len(out) < n:
        c = max(skel.rfind("，", lo, end), skel.rfind(",", lo, end))
        piece = skel[c + 1:end] if c >= 0 else skel[lo:end]
        if piece.strip():
            out.append(piece)
        if c < 0:
            break
        end = c
    out.reverse()
    return out


def implied_parts(doc: "Document") -> List[ImpliedPart]:
    """Every figure named as a part of the figure in the clause before it (cached): one measure, the part's name
    (the words between the clause break and its figure) and the whole's (the words right before its figure, a verb
    such as 实现 left in) as :func:`lintgov.claims.classes.implied_part` reads them."""
    from .classes import implied_part, name_before_figure
    c = _cache(doc)
    if "implied_parts" in c:
        return c["implied_parts"]  # type: ignore[return-value]
    out: List[ImpliedPart] = []
    text = folded_text(doc)
    named = _IMPLIED_WORDS.search(text) is not None
    if named or "增加值" in text or "投资" in text:
        skel, by_start = skeleton(doc)
        found = []
        for lit in ("预算收入", "出口", "进口", "新能源汽车", "发明专利", "利润", "贷款", "存款") if named else ():     # str.find for the part's words, the pattern only around them
            i = skel.find(lit)
            while i >= 0:
                m = _IMPLIED_PART_NAME.search(skel, max(0, i - 6), i + 12)
                if m is not None and m.start() <= i < m.end():
                    found.append(m)
                i = skel.find(lit, i + len(lit))
        for m in sorted(found, key=lambda x: x.start()):
            # the clause break before the part's name (at most 8 characters of its name before it), the whole's figure
            # closing the clause before (its growth may stand between)
            k = m.start()
            lo = max(0, k - 8)
            cut = max(skel.rfind(ch, lo, k) for ch in "，,；;、")
            if cut < 0 or not re.fullmatch(r"\s*[\u4e00-\u9fff]*", skel[cut + 1:k]):
                continue
            end = cut
            g = _IMPLIED_GROWTH_BEFORE.search(skel, max(0, end - 24), end)
            if g is not None:
                end = g.start()
            j = end
            while j > 0 and skel[j - 1] == QFILL:
                j -= 1
            if j == 0 or skel[j - 1] != QTOK:
                continue
            w_start = j - 1
            wn_m = _HAN_RUN_BEFORE.search(skel, max(0, w_start - 16), w_start)
            if wn_m is None:
                continue
            w, p = by_start.get(w_start), by_start.get(m.end())
            if w is None or p is None or w.is_percent or p.is_percent or measure(w) != measure(p) \
                    or w.approx in ("<", "<=") or p.approx in (">", ">="):
                continue
            wn, pn = wn_m.group(), skel[cut + 1:k].strip() + re.sub(r"(?:为|达到|达)$", "", m.group())
            if implied_part(wn, pn):
                out.append(ImpliedPart(w, p, name_before_figure(wn), pn))
        # 地方财政一般预算收入和全口径财政收入跃上新台阶，分别为…1106.8亿元和3507亿元: names listed before 分别 and the
        # values after it, one each in order (the names may close with what they did: 跃上新台阶)
        k = skel.find("分别")
        while k >= 0:
            # (in a report without the revenue or trade words, only a list naming an indicator: 工业投资、工业技改投资)
            v = _NAMED_VALUES.match(skel, k + 2) if named or skel.find("增加值", max(0, k - 60), k) >= 0 \
                or skel.find("投资", max(0, k - 60), k) >= 0 else None
            if v is not None:
                lo = max(skel.rfind(x, max(0, k - 90), k) for x in "。；;：:！？!?\n") + 1
                clauses = _last_clauses(skel, lo, k)
                # the names: the clause of 分别, or the clause right before it when that one lists them
                listing = next((x for x in reversed(clauses[-2:]) if re.search(r"[、和及]", x)), "")
                names = [re.sub(r"(?:跃上|迈上|实现|达到|突破|增长|均|为).*$", "", x) for x in re.split(r"[、和及]", listing)]
                qs = [by_start.get(v.start("qs") + t.start()) for t in re.finditer(_Q, v.group("qs"))]
                if len(names) == len(qs) >= 2 and all(qs) and all(len(x) >= 2 for x in names):
                    for i, wn in enumerate(names):
                        for j, pn in enumerate(names):
                            w, p = qs[i], qs[j]
                            if i != j and not w.is_percent and not p.is_percent and measure(w) == measure(p) \
                                    and implied_part(wn, pn):
                                out.append(ImpliedPart(w, p, wn, pn))
            k = skel.find("分别", k + 2)
        out.extend(_nearest_wholes(doc, skel, by_start, {(x.whole.start, x.part.start) for x in out}))
        if named:
            out.extend(_moving_together(doc, text))
    c["implied_parts"] = out
    return out


#: the name of a figure that moves (外贸进出口总额由…增加到…): the Han characters between the clause break and 由/从
_MOVING_NAME = lazyre.compile(r"([\u4e00-\u9fff]{2,16})\s*$")


def _moving_together(doc: "Document", text: str) -> List[ImpliedPart]:
    """外贸进出口总额由1997年的3252亿美元增加到2002年的6208亿美元，…；出口总额由1828亿美元增加到3256亿美元: a whole and a
    part it holds by definition (``classes.implied_part``), each stated as a change from one value to another in one
    sentence, the part's change at the same dates (no year of its own, or the whole's): at each date the part is held
    by the whole.  Linear in the changes of the document."""
    from .classes import implied_part
    from .grammar import transitions
    out: List[ImpliedPart] = []
    ts = sorted((t for t in transitions(doc) if not t.base.is_percent and not t.current.is_percent), key=lambda t: t.start)
    for i, t1 in enumerate(ts):
        s = doc.sentence_at(t1.start)
        if s is None:
            continue
        w1 = _MOVING_NAME.search(text, max(s.start, t1.start - 16), t1.start)
        for t2 in ts[i + 1:i + 3]:
            if t2.start >= s.end or measure(t2.base) != measure(t1.base):
                continue
            if t2.base_label and t2.base_label != t1.base_label:
                continue
            w2 = _MOVING_NAME.search(text, max(s.start, t2.start - 16), t2.start)
            if w1 is None or w2 is None:
                continue
            cut = max(text.rfind(ch, max(s.start, t2.start - 16), t2.start) for ch in "，,；;、")
            pn = w2.group(1) if cut < w2.start() else text[cut + 1:t2.start].strip()
            wn = w1.group(1)
            if len(pn) >= 2 and implied_part(wn, pn):
                out.append(ImpliedPart(t1.base, t2.base, wn, pn))
                out.append(ImpliedPart(t1.current, t2.current, wn, pn))
    return out


#: the names of the parts of a main indicator by definition (the value added of an industry, the investment of a kind,
#: the exports of a kind of goods): a prefilter of the names :func:`_nearest_wholes` reads
_INDICATOR_PART_NAME = lazyre.compile(r"增加值|投资(?:额|完成额)?|零售额|餐饮收入|出口(?:额|总额|总值)?|进口(?:额|总额|总值)?|海洋生产总值")
#: a comment clause between a whole and its part that states no figure of theirs (经济总量保持全市第一, 规模创历史新高)
_NAME_BEFORE = lazyre.compile(r"[\u4e00-\u9fff“”A-Za-z（）()]{2,20}$")


def _nearest_wholes(doc: "Document", skel: str, by_start, seen) -> List[ImpliedPart]:
    """A part of a main indicator by definition (规模以上工业增加值, 现代服务业增加值, 工业投资) and the nearest figure of its
    measure before it in its sentence, when that figure is the indicator's (全年实现GDP3464.09亿元，增长9%，经济总量保持全市
    第一；规模以上工业增加值2021.93亿元 / 我区实现本地生产总值2685亿元，同比增长10.0%,完成年度计划的102.8%（下同）；现代
    服务业增加值1855亿元): the clauses between may state its growth, a rank or a share, and ；, which lists the indicators
    of one summary, does not part them — the nearest figure of the measure only, never one past it (a part after other
    indicators is theirs to read).  Linear: each figure named a part looks back over its sentence once."""
    from .classes import indicator_part
    out: List[ImpliedPart] = []
    text = folded_text(doc)
    if _INDICATOR_PART_NAME.search(text) is None:
        return out
    for k, p in by_start.items():
        if p.is_percent or not p.unit:
            continue
        # (no mark in the 24 characters before it: the name is those characters, never the text back to the start)
        cut = max([skel.rfind(ch, max(0, k - 24), k) for ch in "，,；;。、\n"] + [max(0, k - 24) - 1])
        pn = _han(skel[cut + 1:k])
        if len(pn) < 3 or _INDICATOR_PART_NAME.search(pn) is None:
            continue
        s = doc.sentence_at(k)
        if s is None:
            continue
        j = k
        while True:
            j = skel.rfind(QTOK, max(s.start, k - 160), j)
            if j < 0:
                break
            w = by_start.get(j)
            if w is None or w.is_percent or measure(w) != measure(p):
                continue
            wn = _NAME_BEFORE.search(skel, max(0, j - 20), j)
            if wn is not None and (w.start, p.start) not in seen and w.approx not in ("<", "<=") \
                    and p.approx not in (">", ">=") and indicator_part(wn.group(), pn):
                out.append(ImpliedPart(w, p, wn.group(), pn))
            break
    return out


_OWN_LEVEL = lazyre.compile(r"代表[\u4e00-\u9fff]{0,12}?(省|市|区|县)(?:人民政府|管理委员会)")
#: the local scope words a text may name an area by (not 安全省时, 健全区域, 全市场)
_SCOPE_WORDS = lazyre.compile(r"(?<![安健完齐保周十万两双顾成])全(?:省|市|区|县)(?![域场份间])")


def own_scope_word(doc: "Document") -> Optional[str]:
    """The scope word of the report's own area (全区 in a district's work report, 全市 in a city's, 全县 in a county's
    communiqué, 全国 in the State Council's), from the body behind it (我代表福田区人民政府 / 代表市人民政府 / 万载县…统计公报); ``None`` when the
    text does not say.  Unlike the 全X used most, never the city named in a district's comparisons (全市第一)."""
    c = _cache(doc)
    if "own_scope_word" not in c:
        from ..kind import work_report_issuer
        name = work_report_issuer(doc) or ""
        # (the State Council reports on the whole country: 全国 is its own scope, 占全国…的比重 no wider total)
        level = "国" if name == "国务院" else name[-1] if name[-1:] in ("省", "市", "区", "县") else ""
        if not level:
            m = _OWN_LEVEL.search(folded_text(doc), 0, 1500)
            level = m.group(1) if m else ""
        c["own_scope_word"] = "全" + level if level else None
    return c["own_scope_word"]  # type: ignore[return-value]


def sole_scope_word(doc: "Document") -> Optional[str]:
    """The one local scope word of a text that says nothing of the body behind it (a paragraph or an excerpt linted on
    its own, as an editor or a reviewer pastes it) and names one scope only (全市 throughout, never also 全区/全省/全县);
    ``None`` when the text names its body (:func:`own_scope_word` decides then), names two scopes (a district's 全区 and
    the city's 全市第一) or none.  Weaker than :func:`own_scope_word`: a reading may take it only where a wrong guess
    cannot raise a finding — a main indicator of this scope holds every part of the same or a smaller area."""
    c = _cache(doc)
    if "sole_scope_word" not in c:
        from ..kind import work_report_issuer
        found = set() if own_scope_word(doc) or work_report_issuer(doc) else set(_SCOPE_WORDS.findall(folded_text(doc)))
        c["sole_scope_word"] = found.pop() if len(found) == 1 else None
    return c["sole_scope_word"]  # type: ignore[return-value]
