"""The grammar of change statements (part of the claims layer): change verbs
(增长/下降/提高/降至…), basis phrases (同比, 比上年, 较2022年, 环比, 上年同期…),
由A增至B transitions, 翻番, multiples in Chinese numerals, and the folded
*skeleton* of a document these small patterns read.

    from lintgov.claims.grammar import changes, transitions, double_signs
    for c in changes(doc):       # cached per document
        c.direction, c.kind, c.amount, c.base, c.current, c.comparison

how they are tied together.  It works on a *skeleton* of the document: the
masked text, folded to simplified script (same length, so offsets hold), with
every quantity replaced by one token character followed by filler, so that the
patterns below read "由 Q 增至 Q ， 同比 增长 Q" instead of re-parsing numbers.

Things :mod:`lintgov.quantities` does not give and this module works around:

* a negative number right after a verb (增长-5%) is not a quantity there (the
  ``-`` is taken as a glued token); :func:`double_signs` finds it with its own
  pattern;
* 翻一番 / 翻两番 have no numeral the extractor sees; they are read here;
* multiples written in Chinese numerals (增长一点二倍, 减少三倍) are parsed here
  with a small reader when the extractor did not turn them into quantities;
* :meth:`Quantity.interval` takes a large Chinese numeral (三亿八千万吨) or an
  Arabic one with 万/亿 (38000万吨) as exact to its last printed digit, while its
  trailing zeros may be rounding; :func:`interval_of` widens those to the last
  non-zero place, and takes whole counts (27件) as exact;
* units carrying a scale (万元, 亿元, 万人) are scaled by :func:`value_of` /
  :func:`interval_of` and compared by :func:`measure` (元, 人).

The script of the text is judged here with a few ``str.count`` calls rather than
``doc.script`` (whose full-text regex scan costs several times this module).

Precision comes first: a claim is only tied to a current value that stands
right before it (nothing but punctuation and a comparison phrase in between),
and to a base value written inside the claim (比上年的420件) or in the
由A增至B form.  Qualifiers that change the meaning of the rate (按可比价格计算,
年均, 扣除价格因素…) break that adjacency, so such claims carry no values.
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Dict, List, Optional, Tuple
from .. import lazyre
from ..headings import ordinal_value
from ..textfold import Translation
from .values import COUNT_UNITS, POINT_UNITS, TIME_UNITS, interval_of, is_count, measure, rate_unit, unit_of, value_of  # noqa: F401

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document
    from ..quantities import Quantity
QTOK, QFILL = "\ue010", "\ue011"
_Q = QTOK + QFILL + "*"

#: a 1:1 fold of the traditional characters the patterns care about (fallback
#: when OpenCC would change the length of the text)
_FOLD = str.maketrans(
    "長較減個點與從為達區縣復議請訴訟調糾紛數總萬億兩進發關門項戶條處報設來辦務場審結執決權據計幅漲"
    "降昇億倍番實現單併於們這類種並後裡對爲環時業額產預標劃間際",
    "长较减个点与从为达区县复议请诉讼调纠纷数总万亿两进发关门项户条处报设来办务场审结执决权据计幅涨"
    "降升亿倍番实现单并于们这类种并后里对为环时业额产预标划间际")
_FULLWIDTH = str.maketrans("０１２３４５６７８９．％，－", "0123456789.%,-")

_CNYEAR = r"(?:[一二三四五六七八九][〇○零一二三四五六七八九]{3}年)"
_YEARW = r"(?:(?:(?:19|20)\d{2}年|" + _CNYEAR + r")(?:底|末|度|同期)?|上一?年(?:度|底|末|同期)?|去年(?:底|末|同期)?|前一年|今年|本年度?|当年)"
_LABEL = r"(?:上一?年(?:度|同期)?|去年(?:同期)?|(?:(?:19|20)\d{2}年|" + _CNYEAR + r")(?:度|同期)?)"
_PRIOR_LABEL = r"(?:上一?年(?:度|同期)?|去年(?:同期)?)"
_PERIOD_CMP = lazyre.compile(r"(?:比|较)(?:上一?个?(?:季度|月)|第?\ue010\ue011*|\d{1,2}\s*月份?|[一二三四五六七八九十]{1,3}月份?)(?:末|底)?")
#: the period before, for 环比: 上季度, 二季度, 上月, 11月
# 二季度, 11月: a quantity of 季度/月; 一季度 / 第三季度, which the extractor does not read as quantities, as words
_PERIOD_LABEL = r"(?:上一?(?:个)?(?:季度|月)|前一(?:个)?(?:季度|月)|第?[一二三四]季度|第?" + _Q + r")"
_CMP = (r"(?:(?:同比|比|较之?|与|同|相比)(?:上一?年(?:度)?|去年|前一年|(?:19|20)\d{2}年|" + _CNYEAR + r")(?:同期|底|末|度)?"
        # 比上年预计数 / 比上年预算: last year's estimate or budget (a basis, not last year's final figure)
        r"(?:年初)?(?:预计数|预计执行数|预计执行|执行数|预算数|预算安排|预算|决算数)?(?:相比|相较|比较)?(?:同比)?|同比|环比"
        # 年末…达到18.62万户，比年初增加1.54万户，增长9.0%: the start of the year (a stock's level at last year's end)
        r"|(?:比|较)(?:本年|今年)?年初(?![预执计])"
        # 比上季度 / 比二季度 / 较上月: the period before (read as 环比; a quantity only of 季度 or 月)
        # (比10月末 / 较上月末: a stock against the end of the period before)
        r"|(?:比|较)(?:上一?个?(?:季度|月)|第?" + _Q + r"|\d{1,2}\s*月份?|[一二三四五六七八九十]{1,3}月份?)(?:末|底)?"
        r"(?=的|[（(]|[\s，,]|增|减|下|上|提|降|回|多|少|高|低|净))")
_UP = ("增长 增加 上升 提高 提升 上涨 增多 扩大 攀升 加快 高出 多出 增幅为 增幅达 增幅 增速为 增速达 增速 涨幅为 涨幅 增收 增支 增产 净增加 净增 新增 多增 "
       "增 涨 多 高").split()
#: reduction rates (压减率46%: the share cut, (A−B)/A) read as a decrease of that size
_DOWN = ("少增 下降 减少 降低 下滑 回落 缩小 缩减 压缩 缩短 下跌 减小 降幅为 降幅达 降幅 跌幅 减收 减支 减产 净减少 净减 削减 压减 精简 "
         "压减率 精简率 削减率 下降率 减少率 压缩率 缩减率 降低率 减幅为 减幅达 减幅 减 降 少 低").split()
#: verbs that state a change only after a basis (比上年新增0.14平方米; 新增企业122家 is a count of new ones)
_SINGLE = {"增", "涨", "多", "高", "减", "降", "少", "低", "新增", "多增", "少增"}
_VERB = "(?P<verb>" + "|".join(sorted(_UP + _DOWN, key=len, reverse=True)) + ")"
_TOV_UP = ("增至 增加到 增加至 增长到 增长至 增长为 增加为 上升为 提高为 提升为 提高到 提高至 提升到 提升至 上升到 上升至 升至 扩大到 扩大至 上涨到 "
           "上涨至 涨至 跃升到 跃升至 攀升到 攀升至 "
           # 由每月2200元上调至2360元 / 调增至: a standard or a quota set anew, upwards
           "上调至 上调到 上调为 调增至 调增到 调增为 调高至 调高到 调高为").split()
_TOV_DOWN = ("下降到 下降至 下降为 降至 降到 降为 降低到 降低至 降低为 减少到 减少至 减少为 减至 减为 下滑至 下滑到 回落到 回落至 缩小到 缩小至 "
             "缩减到 缩减至 缩减为 压缩到 压缩至 缩短到 缩短至 压减至 压减到 压减为 精简至 精简到 精简为 削减至 削减到 "
             "压减合并至 合并至 减并至 下调至 下调到 下调为 调减至 调减到 调减为 调低至 调低到 调低为").split()
#: (由每月2200元调整为2360元: a standard set anew, in either direction)
_TOV_NEUTRAL = "达到 变为 发展到 发展至 调整为 调整到 调整至 到 为 至".split()
_TOV = "(?P<tov>" + "|".join(sorted(_TOV_UP + _TOV_DOWN + _TOV_NEUTRAL, key=len, reverse=True)) + ")"

#: the point of time the value reached is of: 由年初的A减少到年底的B, …到6月底的B, …到今年年末的B
_AT_END = (r"(?:(?:今年|本年|当年|同年)?年?(?:年底|年末|年中)|(?:" + _Q + r")(?:月份?)?(?:底|末)|"
           r"(?:" + _Q + r"|\d{1,2}|[一二三四五六七八九十]{1,2})?(?:季度|月份?)(?:底|末))的?")
_TRANSITION = lazyre.compile(
    r"(?P<from>(?<![自理缘经])由(?!于|此)|(?<!自)从(?![事而严业来中头未快重简实宽优])"
    r")(?:" + _YEARW + r"的?|原来的|原先的|过去的|原|[\u4e00-\u9fff]{1,10}?)?(?P<a>" + _Q + r")\s*" + _TOV
    + r"(?:" + _YEARW + r"的?|(?:如今|现在|目前|今天|当前)的?|" + _AT_END + r")?(?P<b>" + _Q + r")")
#: 由377户1110人降至154户448人: two values of two measures on each side
_TRANSITION_PAIR = lazyre.compile(
    r"(?P<from>(?<![自理缘经])由(?!于|此)|(?<!自)从(?![事而严业来中头未快重简实宽优]))(?:" + _YEARW + r"的?)?"
    r"(?P<a>" + _Q + r")(?P<a2>" + _Q + r")[\s，,]*" + _TOV + r"(?P<b>" + _Q + r")(?P<b2>" + _Q + r")")
#: 2019年为620亿元，2024年达到980亿元: two years' values of one metric in consecutive clauses
_TRANSITION_YEARS = lazyre.compile(
    r"(?<![至到—–~-])(?P<y0>(?:19|20)\d{2})\s*年(?:底|末)?[，,]?(?P<w>[\u4e00-\u9fff]{0,16}?)(?:为|是|有|达到|达)?(?P<a>" + _Q
    + r")[，,]\s*(?:到|至)?"
    r"(?P<y1>(?:19|20)\d{2})\s*年(?:底|末)?(?:已经|已|则)?(?P<tov>" + "|".join(sorted(_TOV_UP + _TOV_DOWN + ["达到", "为", "是"], key=len, reverse=True))
    + r")(?P<b>" + _Q + r")")
#: 2023年达到118.6亿元，2019年为86.5亿元: the later year's value first, the earlier year's right after it (the metric
#: named once, before the first value)
_TRANSITION_YEARS_REV = lazyre.compile(
    r"(?<![至到—–~-])(?P<y1>(?:19|20)\d{2})\s*年(?:底|末)?[，,]?(?P<w>[\u4e00-\u9fff]{0,16}?)(?P<tov>达到|达|为|是|增至|增加到|提高到|升至)?(?P<b>"
    + _Q + r")[，,]\s*(?:而|比|较)?(?P<y0>(?:19|20)\d{2})\s*年(?:底|末)?(?:仅为|只有|为|是)(?P<a>" + _Q + r")(?=[，,。；;）)\n]|$)")
#: 与上年的400件相比，全年受理…460件 / 与2019年的120.3亿元相比，2024年…达到186.2亿元: the earlier value opens the
#: sentence (or clause) as the basis, the value it is compared with comes later in it
_FRONT_BASE = lazyre.compile(r"[与同和跟](?P<lab>" + _LABEL + r")(?:底|末|同期)?的?(?P<a>" + _Q
                             + r")(?:相比|比较)[，,]")
_FRONT_BETWEEN_BAD = lazyre.compile(r"其中|分别|占|比|较|增长|增加|下降|减少|提高|降低|年均|平均|累计|目标|计划|预计|力争|人均|以上|以下")
# A项…精简至B项 without 由/从: a value, a few words naming it, a directional verb, the new value
_TRANSITION2 = lazyre.compile(
    r"(?P<a>" + _Q + r")(?P<words>[\u4e00-\u9fff“”]{0,14}?)(?P<tov>" + "|".join(sorted(_TOV_UP + _TOV_DOWN, key=len, reverse=True))
    + r")(?P<b>" + _Q + r")")
_CHANGE_TAIL = (
    _VERB
    # 比上年的400件多受理60件 / 少发生3起 / 多开工48个 / 少供应0.32万亩: after 多/少 (not 减少/增多) the deed the
    # difference counts, up to three characters
    + r"(?:(?<=[多少])(?<![减增][多少])(?![了到至为达])[\u4e00-\u9fff]{1,3}?)?"
    r"(?P<le>了|为|达到|达|幅度为|幅度达|幅度|到|至)?\s*(?P<amt>" + _Q + r")")
_CHANGE = lazyre.compile(
    r"(?:(?P<cur>" + _Q + r")\s*(?:[（(](?P<lab>" + _LABEL + r")(?:末|底)?(?:为|是|有|共)?(?P<lbase>" + _Q + r")[）)])?(?:、\s*|[\s，,]*)"
    r"(?:(?:数量|总量|总数|人数|件数|户数|家数|起数|次数|宗数|项数|个数|金额|总额|规模)\s*)?"
    # 181.6亿元，按现价计算比上年增长13.4%: growth at current prices is the growth of the nominal levels
    r"(?:(?:按现价|按当年价格?|按现行价格?)(?:计算)?[\s，,]*)?"
    # …460件，上年400件 / 2022年为400件 / 二季度为112.4亿千瓦时 (a period label only with 为)
    # (上年完成62.3亿元 / 上年实现… / 去年达到…: the prior's own verb)
    # (上年城镇新增就业3.85万人: the label may restate the words of the value's own clause, ``lw``)
    r"(?:(?:而|但)?(?P<lab2>" + _LABEL + r"(?=(?:[\u4e00-\u9fff]{2,10}?)?(?:为|是|有|共|完成|实现|达到|达)?" + QTOK + r")|"
    + _PERIOD_LABEL + r"(?=为|是|有|共))"
    r"(?P<lw>[\u4e00-\u9fff]{2,10}?)?(?:为|是|有|共|完成|实现|达到|达)?(?P<lbase2>" + _Q + r")[\s，,]+)?)?"
    r"(?:(?P<cmp>" + _CMP + r")(?:的)?[（(]?(?:(?<=[（(])(?:上一?年|去年)(?:同期)?[：:]?(?:为|是)?(?=" + QTOK + r"))?(?P<base>" + _Q
    + r")?[）)]?[\s，,]*(?:同比|相比)?"
    # 较上年同期的400件有所增加，增幅为15%: a change word without a figure before the one with it
    r"(?:(?:有所|略有|明显|大幅|小幅|稳步|持续)(?:增加|增长|上升|提高|下降|减少|回落|降低)[\s，,]+)?"
    r"|(?P<cmp5>(?:比|较之?)(?P<lab5>[^，,。；;：:\ue010\ue011\d]{1,12}?)的)(?P<base5>" + _Q + r")[\s，,]*"
    r"|(?P<cmp3>(?:与|同|和|跟)(?P<lab3>" + _LABEL + r")(?:的)?(?P<lbase3>" + _Q + r")相比)[\s，,]*"
    # 达到12.8万户，由上年的11.6万户增长10.3%: the level the change starts from, named by its year (a basis with its value)
    r"|(?P<cmp6>(?<![自理缘经])(?:由|从)(?P<lab6>" + _LABEL + r")(?:末|底)?的)(?P<base6>" + _Q + r")[\s，,]*)?"
    # 同比大幅增长25% / 稳步提高1.2个百分点: an adverb of degree before the verb
    # 比上年名义增长8.9%: the growth of the nominal levels, as printed
    r"(?:大幅度|大幅|小幅|稳步|持续|明显|显著|快速|较快|迅速|平稳|有所|略有|进一步|名义)?"
    + _CHANGE_TAIL)
#: what every change claim ends with, the verb and the amount (most places where _CHANGE could start lack it: the
#: pattern is tried only in the stretches of text between sentence ends that hold it, lazyre.stretch_finditer)
_CHANGE_PART = lazyre.compile(_CHANGE_TAIL)
#: the verb closing the words restated after a prior's label (上年城镇新增就业 / 上年受理案件为)
_RESTATED_WORDS = lazyre.compile(r"(?:为|是|有|共|完成|实现|达到|达)$")
#: an adverb of degree right before a verb (比上年增加2860元，名义增长5.1%: the second claim is still about 58620元)
_ADVERB_END = lazyre.compile(r"(?:大幅度|大幅|小幅|稳步|持续|明显|显著|快速|较快|迅速|平稳|有所|略有|进一步|名义)$")
#: what may stand between two claims about one value (较上年增加17件，增长12.2% / 同比增加40件、增长8.3%)
_CHAIN_SEP = lazyre.compile(r"[\s，,、]")
_CMP_TAIL = lazyre.compile(r"[\s，,、]*(?:较|比|与|同)(?:(?:19|20)\d{2}年|上一?年|去年)(?:相比)?\s*$")
_AFTER_VERB = lazyre.compile("(?:" + "|".join(sorted(_UP + _DOWN, key=len, reverse=True)) + r")了?\s*$")
#: 比上年多化解9件 / 较上年增加办理9件: the value is a difference, whatever words stand between
_CMP_DIFF = lazyre.compile(r"(?:比|较)[^，,。；;\ue010]{0,8}?(?:多|少|增加|减少|增|减)[\u4e00-\u9fff]{1,4}$")
_LIST_AFTER = lazyre.compile(r"\s*(?:和|与|及|、)\s*" + _Q)
# a prior value written in the clause before: 上年受理420件，今年受理512件，增长21.9%
_PRE_BASE = lazyre.compile(r"(?P<lab>" + _LABEL + r")(?:同期)?(?:为|是|共|有)?[\u4e00-\u9fff]{0,10}?(?P<base>" + _Q
                       + r")[，,；;]\s*(?:今年|本年度?|当年|(?:19|20)\d{2}年)(?:为|是|共|有)?[\u4e00-\u9fff]{0,10}?$")
# a level of last year earlier in the paragraph: 上年城镇化率为61.2%。今年城镇化率达到62.5%，比上年提高…
#: words of a clause that make its value something other than the metric's plain level
_NOT_PLAIN = lazyre.compile(r"其中|年均|平均|累计|人均|目标|计划|预期|力争|分别|占|以来|期间|同比|比(?!例|重)|较|增长|增加|减少|下降|提高|降低")
#: a part of the year: a figure for it is not the year's (一季度, 上半年, 1-9月, 11月份)
_SUBPERIOD = lazyre.compile(r"[一二三四1-4]季度|第[一二三四]季度|上半年|下半年|前三季度|前[两二三四五六七八九十]个?月|"
                            r"\d{1,2}\s*[-—–~至到]\s*\d{1,2}\s*月|[一二三四五六七八九十]{1,2}月份?|\d{1,2}月份?|月末|月底|年初")
#: scopes wider than (or other than) the reporting body: a figure of one is not the body's own
_WIDE_SCOPE = lazyre.compile(r"全国|全省|全市|全区|全县|全州|全球|世界|国家|省级|市级|中央|本级|市本级|区本级|县本级|城镇|农村|乡村|城区|"
                             r"(?<!全)市区|县城")
_OWN_SCOPE = lazyre.compile(r"全(?:国|省|市|区|县|州|盟|旗|镇|乡)")


def _self_scope(doc: "Document") -> set:
    """The report's own scope word: the 全X it uses most (全市 in a city's report), when one clearly leads."""
    c = _cache(doc)
    if "own_scope" not in c:
        counts: Dict[str, int] = {}
        for w in _OWN_SCOPE.findall(folded_text(doc)):
            counts[w] = counts.get(w, 0) + 1
        top = sorted(counts.items(), key=lambda kv: -kv[1])
        c["own_scope"] = {top[0][0]} if top and (len(top) == 1 or top[0][1] > top[1][1]) else set()
    return c["own_scope"]  # type: ignore[return-value]
_YEAR_WORD = lazyre.compile(r"今年|本年度?|当年|全年|((?:19|20)\d{2})年")
# 比上年增加40件，达到520件: the value reached, after the difference
_POST_CUR = lazyre.compile(r"[，,]\s*(?:总量|总数|总额|总计|规模|累计)?(?:达到|达|增至|增加到|增加至|升至|提高到|提高至|减至|降至|下降到|减少到|为)\s*(?P<cur>"
                           + _Q + r")")
#: 比上年提高1.3个百分点，达62.5% (达 read into the quantity) / 增长15%至460件, 提高1.3个百分点至62.5%
_POST_CUR_BARE = lazyre.compile(r"(?:[，,]\s*(?:总量|总数|总额|总计|规模|累计)?|\s*(?P<to>至|到)\s*)(?P<cur>" + _Q + r")")


#: 实现利润84.2亿元，利润总额比上年回落17.1%: the value, then the metric named again (less 总额/总量…) before the change
_RESTATED = lazyre.compile(r"(?P<cur>" + _Q + r")\s*[，,]\s*(?P<w>[\u4e00-\u9fff]{2,8})$")
_HEAD_WORDS = lazyre.compile(r"(?:总额|总量|总数|总计|规模|数量|金额|人数|件数|户数|家数|个数|次数|额|量)$")


def _restated_name(skel: str, text: str, by_start, pos: int):
    """The value a change right after ``pos`` is about when the clause between them only names its metric again:
    B，<name>比上年… where the name, less a head word (总额, 总量, 规模…), is part of the words naming B in B's own clause
    (实现利润84.2亿元，利润总额比上年回落17.1%; not 营业收入1256亿元，利润比上年增长: 利润 does not name 营业收入)."""
    m = _RESTATED.search(skel, max(0, pos - 20), pos)
    if m is None:
        return None
    cur = by_start[m.start("cur")]
    if cur.is_percent or unit_of(cur) in TIME_UNITS:
        return None
    core = _HEAD_WORDS.sub("", m.group("w"))
    if len(core) < 2 or _NOT_PLAIN.search(m.group("w")) or _AFTER_VERB.search(m.group("w")):
        return None
    return cur if core in text[_clause_start(skel, cur.start):cur.start] else None


#: B，<a remark on B>，<its change>: 946万人次，超过疫情前水平，比2019年增长10.0% / 705.3亿元，继续位居全市各区第一，增长7.7% /
#: 235.38亿元，总量创近年来新高，增长29.9% — a clause of no figure saying where B ranks or what it passed
_REMARK = lazyre.compile(r"(?P<cur>" + _Q + r")\s*[，,]\s*(?:总量|规模|总额|增速)?(?:历史性|首次|再次|继续|仍|已|稳|跃|连续)?"
                         r"(?:位居|位列|排名|居|排|列|突破|首超|超过|跨上|迈上|创|恢复到|恢复至|高于|快于|领先)"
                         r"[^，,。；;：:\ue010\ue011\d（()）]{0,12}[\s，,]*$")


def _remark_before(skel: str, by_start, pos: int):
    """The value a change right after ``pos`` is about when only a remark on it stands between (:data:`_REMARK`)."""
    m = _REMARK.search(skel, max(0, pos - 40), pos)
    if m is None:
        return None
    cur = by_start[m.start("cur")]
    if cur.is_percent or unit_of(cur) in TIME_UNITS or cur.approx not in (None, "≈"):
        return None
    return cur


def _post_cur(skel: str, text: str, pos: int, amt: Optional["Quantity"] = None, by_start=None):
    """The value a change reached, written after it: :data:`_POST_CUR`, or a value the extractor read with its 达
    (，达62.5%), or one right after 至/到 (增长15%至460件: not a percentage after a percentage, which is a range)."""
    m = _POST_CUR.match(skel, pos)
    if m is not None:
        return m
    m = _POST_CUR_BARE.match(skel, pos)
    if m is None:
        return None
    if m.group("to"):
        if amt is None or by_start is None:
            return None
        cur = by_start[m.start("cur")]
        # 增长15%至20% is a range; 提高1.3%至62.5% a change to a level (written in % where points are meant)
        ok = (not cur.is_percent or cur.value > 3 * amt.value) if amt.is_percent \
            else (cur.is_percent and unit_of(amt) in POINT_UNITS)
        return m if ok else None
    return m if text.startswith("达", m.start("cur")) else None


_W2_VERB_END = lazyre.compile(r"(?:仅|只|才|已)?(?:为|是|有|共|达到|达)$")


def _words_name(w2: str, clause: str) -> bool:
    """Whether the words after a prior's label (，上年为A / ，2019年接待国内游客A / ，2018年规上工业总产值为A) name the
    current value: 为 alone, or words (less a closing 为/是/达到) that its own clause uses."""
    if w2 == "为":
        return True
    w = _W2_VERB_END.sub("", w2)
    return not w or w in clause     # (，2020年仅为A: the label and a verb alone)


def _bracket_base(doc: "Document", skel: str, text: str, pos: int, cmp: str, words_at: int):
    """The base in a bracket right after a change (增长2.3倍（上年为18.6亿元） / 翻了一番多（2018年为572家）): the match of
    :data:`_POST_BASE`'s bracket when its label is the period the basis names (:func:`_label_fits`), it is not an estimate
    unless the basis is, and the word after the label is 为 or one of the change's own clause (words before
    ``words_at``: （上年产量2.4万辆） after 新能源汽车产量增长…); with no basis (``cmp`` None: 翻了一番（2018年为572家）)
    any earlier period's label."""
    pm = _POST_BASE.match(skel, pos)
    if pm is None or not pm.group("base") or not _estimate_fits(cmp or "", pm, "base") \
            or not (_prior_label(doc, pm.group("lab")) if cmp is None else _label_fits(doc, cmp, pm.group("lab"))):
        return None
    w = _bracket_word(pm)
    return pm if w == "为" or w in text[_clause_start(skel, words_at):words_at] else None


#: words that may stand between a 由A到B and the change that restates it (一年增加, 人数增长)
_YEARS_GAP = lazyre.compile(r"[\s，,、]*(?P<n>" + _Q + r")(?:间|来|内|时间)?(?:累计)?$")
_GAP_WORDS = lazyre.compile(r"(?:累计|共计|[两二三四五六七八九十]年(?:间|来)?|\d{1,2}年(?:间|来)|标准煤|标煤|一年|全年|当年|今年|净|人数|件数|户数|家数|个数|数量|总量|总数|金额|总额|规模)$")
#: last year's estimate or budget rather than its final figure (比上年预计数增长8.2%，上年预计数为172.3亿元)
_ESTIMATE = r"(?:年初)?(?:预计执行数|预计执行|预计数|执行数|预算数|决算数)"
# a prior value written after the claim: …增长21.9%（上年为420件） / …，上年同期为420件 / （上年末8412户）
_POST_BASE = lazyre.compile(r"\s*[（(](?:比|较)?(?P<lab>" + _LABEL + r")(?:同期|末|底)?(?P<est>" + _ESTIMATE + r")?[：:]?(?:为|是|共|有)?"
                        # （2022年度审结150件）: a verb of the value's own clause (checked where it is used)
                        r"(?P<w1>受理|办理|收到|[\u4e00-\u9fff]{1,4}?)?(?P<base>"
                        + _Q + r")[）)]|[，,；;](?P<lab2>" + _LABEL + r")(?:同期|末|底)?(?P<est2>" + _ESTIMATE + r")?"
                        r"(?P<w2>为|[\u4e00-\u9fff]{1,12}?)(?P<base2>" + _Q
                        + r")(?=[，,。；;）)]|$)")
#: a period named for 环比 (二季度, 第二季度, 上季度, 10月份, 11月末): the period before the claim's
_PERIOD_WORD = (r"(?:上一?个?(?:季度|月)|前一个?(?:季度|月)|第?[一二三四]季度|第?(?P<pq>" + _Q + r")|\d{1,2}\s*月份?(?:末|底)?"
                r"|[一二三四五六七八九十]{1,3}月份?(?:末|底)?)")
#: 环比增长11.7%，二季度为112.4亿千瓦时 / （三季度为80亿元） / 。二季度全市用电量为112.4亿千瓦时: the previous
#: period's level after a 环比 claim (``w``: the words naming its metric, which the claim's sentence must use)
_POST_PERIOD = lazyre.compile(r"\s*(?:[（(](?P<lab>" + _PERIOD_WORD.replace("?P<pq>", "?P<pq1>") + r")[：:]?(?:为|是)?(?P<base>" + _Q
                              + r")[）)]|[，,。；;]\s*(?P<lab2>" + _PERIOD_WORD + r")[，,]?(?P<w2>[\u4e00-\u9fff]{0,12}?)"
                              r"(?:为|是|达到|达|完成|实现)?(?P<base2>" + _Q + r")(?=[，,。；;）)]|$))")
# B，比2020年的A翻了一番
# B，比五年前的A翻了一番多: a span of years ago (``ago``, a quantity in 年) names the base's year
_FAN_BASE = lazyre.compile(r"(?P<cur>" + _Q + r")[\s，,]*(?:比|较之?)(?:(?P<lab>" + _LABEL + r")|(?P<ago>" + _Q + r")前)?(?:的)?(?P<base>" + _Q
                           + r")(?:相比)?[\s，,]*(?:实现|已经|已|基本|接近|将近|近|超过|超|约|大约|提前|再)?$")
# 是上年的N倍 / 为2022年的N倍
_TIMES_OF = lazyre.compile(r"(?:(?P<cur>" + _Q + r")[\s，,]*)?(?P<verb>是|为|相当于|达到|达|扩大到|扩大至|增长到|增加到|增至|提高到|提升到|上升到)(?P<cmp>" + _LABEL
                       + r"|(?P<ago>" + _Q + r")前"
                       # 是年度任务3万亩的1.2倍: a plan or target with its value (checked only with that value)
                       r"|(?P<plan>(?:年度|全年|今年|上级下达的?|市下达的?|省下达的?)?(?:目标任务|目标|任务|计划)(?=" + QTOK + r")))(?:的)?"
                       r"(?:(?P<base>" + _Q + r")的|[（(](?P<base2>" + _Q + r")[）)]的?)?(?P<amt>" + _Q + r")"
                       # 是十年前的一点五倍（十年前为30万吨）: the base in a bracket after the multiple
                       r"(?:[（(](?:" + _Q + r"前)?[^（）()\ue010\ue011]{0,8}?(?P<base3>" + _Q + r")[）)])?")
# 1260亿元，比上年翻了一番 (no base in the phrase): the current value and the year compared with
_FAN_CUR = lazyre.compile(r"(?P<cur>" + _Q + r")[\s，,]*(?:比|较之?)(?P<lab>上一?年|去年|(?:19|20)\d{2}年)(?:相比)?[\s，,]*"
                          r"(?:实现|已经|已|基本|接近|将近|近|超过|超|约|大约|提前|再)?$")
# 86.4亿元，五年翻了两番 / 1,286家，近五年来翻了一番: a span of years between the value and 翻番
_FAN_SPAN = lazyre.compile(r"(?P<cur>" + _Q + r")[\s，,]*(?:近|过去)?(?P<n>" + _Q + r")(?:间|来|内|以来)?(?:累计)?[\s，,]*"
                           r"(?:实现|已经|已|基本|接近|将近|近|超过|超|约|大约|提前|再)?$")
#: the year label opening what follows a 翻番 (。2018年为21.2亿元 / （2018年为… / ，2018年…)
_NEXT_YEAR_LABEL = lazyre.compile(r"\s*[（(，,。；;]\s*((?:19|20)\d{2})\s*年")
# 翻了近两番 / 翻了约一番: the approximation after 翻了 (read as ``pre``)
# 倍增 is 翻一番 (实现倍增，由A增加到B / 由A增加到B，实现倍增), never a plan's name (倍增计划, 倍增行动, 倍增工程) nor
# 成倍增长 (grew manyfold)
_FAN = lazyre.compile(r"(?P<pre>基本|接近|将近|近|超过|超|约|大约|提前|实现|再)?(?:翻了?(?P<pre2>接近|将近|近|超过|约|大约)?"
                      r"(?:(?P<q>" + _Q + r")|(?P<n>一|两|二|三|四|五|\d)?番)"
                      r"|(?<!成)(?P<bz>倍增)(?!长|计划|行动|工程|目标|任务|战略|专项|工作|企业|项目|[”\"’]))"
                      r"(?P<post>多|以上|还多|有余|左右)?")
#: 实现“三大倍增”：A从660家增至1313家；B从119家增至243家；C从9432件增至16976件: a heading that counts the doublings
#: of the list after its colon (each item a 由A增至B of its own)
_FAN_LIST = lazyre.compile(r"(?P<h>(?P<n>[两二三四五六七八九十]|[2-9])(?:个|大|项)倍增)[”\"’]?[：:]")
_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_NUM = r"[零〇一二两三四五六七八九十]+(?:点[零〇一二三四五六七八九]+)?"
_TIMES_CN = lazyre.compile(r"(?P<num>" + _CN_NUM + r")(?P<post>多|余)?倍")
_DOWN_TIMES = lazyre.compile(
    r"(?P<verb>减少|降低|下降|压缩|缩短|缩小|缩减|减小|减低|下跌|下滑|回落)了?(?:约|近|将近|超过)?"
    r"(?P<num>\d+(?:\.\d+)?|" + _CN_NUM + r")(?:多|余)?倍")
_DOUBLE_SIGN = lazyre.compile(
    r"(?P<verb>增长|增加|上升|提高|提升|上涨|下降|减少|降低|下滑|回落|增幅为?|降幅为?)(?:了)?(?:为|达)?\s*"
    r"(?P<sign>[-−﹣]|负)\s*(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>%|个百分点|百分点|倍|件|人|个|项|次|家|户)")
# words that change what a rate means; a claim carrying one has no base/current
#: (名义增长 is not one: it is the growth the nominal levels give)
QUALIFIERS = lazyre.compile(r"可比价格?|可比口径|同口径|扣除|剔除|实际增长|不变价|价格因素|物价因素|年均|年平均|平均每年|每年平均|平均增长|递增|累计增长")


@dataclass(frozen=True)
class Transition:
    """由A增至B / 从A下降到B: two values of one metric."""

    start: int
    end: int
    base: "Quantity"
    current: "Quantity"
    verb: str
    verb_start: int
    direction: int          # +1 增至…, -1 降至…, 0 到/为/达到
    base_label: str         # "2022年" when written 由2022年的A…, else ""


@dataclass(frozen=True)
class Change:
    """One change claim.

    ``kind``: ``percent`` (增长X%), ``points`` (提高X个百分点), ``times`` (增长N倍:
    ×(N+1)), ``times_to`` (增长到N倍, 是上年的N倍: ×N), ``fan`` (翻N番: ×2ⁿ),
    ``amount`` (增加N件: B−A = N).  ``amount`` is the stated change (None for
    翻番 and for multiples in Chinese numerals the extractor missed, whose value
    is in ``factor``).  ``base`` is the prior value when the text states it
    (比上年的A件, 上年为A件, 由A增至B); ``current`` the value the claim is about
    (the quantity right before it, or B of 由A增至B).
    """

    start: int
    end: int
    verb: str
    verb_start: int
    verb_end: int
    direction: int                          # +1 up, -1 down
    kind: str
    amount: Optional["Quantity"]
    comparison: str = ""                    # 同比, 比上年, 较2022年, 环比 … ("" when none)
    base: Optional["Quantity"] = None
    base_label: str = ""                    # 上年 / 2022年 / 比上年 … what the base is said to be
    current: Optional["Quantity"] = None
    transition: Optional[Transition] = None
    factor: Optional[Tuple[float, float]] = None   # for fan / Chinese 倍: the (lo, hi) multiple stated
    approx: bool = False
    #: 较上年增加17件，增长12.2%: the second claim's current value is the first one's, and the
    #: stated difference (17件, with its direction) gives the prior: base = current − delta
    delta: Optional["Quantity"] = None
    delta_direction: int = 0
    #: paired by order in two 分别 lists (受理、审结分别为460件、420件，分别同比增长15%、20%)
    listed: bool = False

    @property
    def has_values(self) -> bool:
        return self.base is not None and self.current is not None


def _cache(doc: "Document") -> Dict[str, object]:
    return doc.__dict__.setdefault("_lintgov_changes", {})


_TRAD_MARKERS = "們這個為國會來說時發經對實現進區縣與從長較減點爲"
_SIMP_MARKERS = "们这个为国会来说时发经对实现进区县与从长较减点为"


def _marker_counter(markers: str) -> Tuple["re.Pattern[str]", List[Tuple[str, int]]]:
    """The runs of the characters that are not markers, and each marker listed k > 1 times with
    k - 1 (为 is listed twice among the simplified markers: it counts twice)."""
    listed = Counter(markers)
    return re.compile("[^" + "".join(listed) + "]+"), [(c, k - 1) for c, k in listed.items() if k > 1]


_TRAD_COUNT = _marker_counter(_TRAD_MARKERS)
_SIMP_COUNT = _marker_counter(_SIMP_MARKERS)


def _markers_in(sample: str, counter: Tuple["re.Pattern[str]", List[Tuple[str, int]]], a: int = 0,
                b: Optional[int] = None) -> int:
    """``sum(sample.count(c, a, b) for c in markers)``: the characters outside the runs of the others
    (one scan in C instead of one per marker)."""
    others, extra = counter
    b = len(sample) if b is None else b
    return b - a - sum(map(len, others.findall(sample, a, b))) + sum(k * sample.count(c, a, b) for c, k in extra)


#: the first piece of the sample whose simplified markers :func:`_mostly_traditional` counts (doubling after each)
_MARKER_PIECE = 2048


def _mostly_traditional(text: str) -> bool:
    """Cheap script test (two scans of a sample; ``doc.script`` scans every character
    with large regex classes, which costs more than this whole module on big reports): more traditional markers than
    simplified ones.  The simplified markers are counted piece by piece, and the count stops once they are as many
    as the traditional ones (the answer is no whatever the rest of the sample holds)."""
    sample = text if len(text) < 20000 else text[:20000]
    trad = _markers_in(sample, _TRAD_COUNT)
    return trad > lazyre.count_until(lambda a, b: _markers_in(sample, _SIMP_COUNT, a, b), len(sample), trad - 1,
                                         _MARKER_PIECE)


_FULLWIDTH_T = Translation(_FULLWIDTH)
_FOLD_T = Translation(_FOLD)


def fold(s: str) -> str:
    """Fold the common traditional characters of short strings (names, labels) to simplified."""
    return s.translate(_FOLD)


def folded_text(doc: "Document") -> str:
    """``doc.masked()`` with full-width digits made ASCII and traditional characters
    folded to simplified, same length as ``doc.text``."""
    c = _cache(doc)
    if "folded" not in c:
        # Translation(table)(t) == t.translate(table), without a dictionary lookup per character
        # where the text holds none of the table's characters (lintgov.textfold)
        text = _FULLWIDTH_T(doc.masked())
        if not _mostly_traditional(text):
            text = _FOLD_T(text)  # stray traditional characters: the small table is enough
        else:
            try:
                from ..scripts import converter
                conv = converter("t2s").convert(text)
                text = conv if len(conv) == len(text) else _FOLD_T(text)
            except Exception:  # OpenCC missing: the small table does the common characters
                text = _FOLD_T(text)
        c["folded"] = text
    return c["folded"]  # type: ignore[return-value]




def skeleton(doc: "Document") -> Tuple[str, Dict[int, "Quantity"]]:
    """The folded text with each quantity replaced by QTOK + QFILL…, and the
    quantities by start offset."""
    c = _cache(doc)
    if "skeleton" not in c:
        text = folded_text(doc)
        parts: List[str] = []
        by_start: Dict[int, "Quantity"] = {}
        pos = 0
        qs = doc.quantities
        tenths = _tenths_after_verbs(doc, text)
        if tenths:
            qs = sorted(list(qs) + tenths, key=lambda q: q.start)
        for q in qs:
            if q.start < pos:
                continue
            parts.append(text[pos:q.start])
            parts.append(QTOK + QFILL * (q.end - q.start - 1))
            by_start[q.start] = q
            pos = q.end
        parts.append(text[pos:])
        c["skeleton"] = ("".join(parts), by_start)
    return c["skeleton"]  # type: ignore[return-value]


#: a change verb right before a share in tenths or a fraction (增长近三成, 下降两成, 减少了三分之一)
_VERB_BEFORE_TENTHS = lazyre.compile(r"(?:" + "|".join(sorted((v for v in _UP + _DOWN if len(v) > 1 and not v.endswith(("为", "达"))),
                                                            key=len, reverse=True)) + r")了?$")


def _tenths_after_verbs(doc: "Document", text: str) -> List["Quantity"]:
    """Changes stated in tenths or fractions (增长近三成, 下降两成, 增加三分之一, 减少了一半: :func:`~lintgov.claims.roles.cheng_figures`
    as percentages, 三成 ±5 points, 近三成 just under 30%) right after a change verb of two characters or more, which the
    extractor does not read as quantities: they join the skeleton as the change's amount."""
    if "成" not in text and "分之" not in text and "半" not in text:
        return []
    from .roles import cheng_figures
    out = []
    for q in cheng_figures(doc):
        if _VERB_BEFORE_TENTHS.search(text, max(0, q.start - 5), q.start):
            out.append(q)
    if not out:
        return out
    import bisect
    starts = [q.start for q in doc.quantities]
    keep = []
    for q in out:
        k = bisect.bisect_left(starts, q.start)
        if (k < len(starts) and starts[k] < q.end) or (k > 0 and doc.quantities[k - 1].end > q.start):
            continue      # overlaps a quantity the extractor read
        keep.append(q)
    return keep


def parse_cn_number(s: str) -> Optional[Tuple[float, int]]:
    """Small Chinese numerals (below 100, with 点 decimals): value and printed decimals."""
    if "点" in s:
        whole, frac = s.split("点", 1)
        w = parse_cn_number(whole) if whole else (0.0, 0)
        if w is None or not frac or any(ch not in _CN_DIGITS for ch in frac):
            return None
        return w[0] + float("0." + "".join(str(_CN_DIGITS[ch]) for ch in frac)), len(frac)
    if not s:
        return None
    if "十" in s:
        a, _, b = s.partition("十")
        if len(a) > 1 or len(b) > 1 or (a and a not in _CN_DIGITS) or (b and b not in _CN_DIGITS):
            return None
        return float((_CN_DIGITS[a] if a else 1) * 10 + (_CN_DIGITS[b] if b else 0)), 0
    if len(s) == 1 and s in _CN_DIGITS:
        return float(_CN_DIGITS[s]), 0
    return None


def _direction(verb: str) -> int:
    return 1 if verb in _UP or verb in _TOV_UP else -1 if verb in _DOWN or verb in _TOV_DOWN else 0


def transitions(doc: "Document") -> List[Transition]:
    c = _cache(doc)
    if "transitions" not in c:
        skel, by_start = skeleton(doc)
        text = folded_text(doc)
        out = []
        taken = set()
        for m in lazyre.finditer(_TRANSITION, skel):
            a, b = by_start[m.start("a")], by_start[m.start("b")]
            if _is_rank(text, m.start(), a):
                continue          # 排名由369位上升到235位: a rank improves as its number falls
            if _in_list_or_ratio(skel, a, b):
                continue          # 分别从195元、261元提高到202元、270元; 由2.9∶1缩小至2.52∶1
            pre = text[m.end("from"):m.start("a")]
            label = re.match(r"(?:19|20)\d{2}年|" + _CNYEAR + r"|上一?年|去年", pre)
            out.append(Transition(m.start(), m.end(), a, b, m.group("tov"), m.start("tov"),
                                  _direction(m.group("tov")), label.group() if label else ""))
            taken.add(b.start)
        for m in lazyre.finditer(_TRANSITION_PAIR, skel):    # (lookbehinds first: tried only at 由/从)
            # 从2017年底的377户1110人，降至154户448人: two metrics moving together, each value by its measure
            a, a2, b, b2 = (by_start[m.start(g)] for g in ("a", "a2", "b", "b2"))
            if measure(a) == measure(a2) or measure(a) != measure(b) or measure(a2) != measure(b2) \
                    or a.is_percent or a2.is_percent or b.start in taken:
                continue
            pre = text[m.end("from"):m.start("a")]
            label = re.match(r"(?:19|20)\d{2}年(?:底|末)?|上一?年|去年", pre)
            lab = label.group() if label else ""
            d = _direction(m.group("tov"))
            out.append(Transition(m.start(), b.end, a, b, m.group("tov"), m.start("tov"), d, lab))
            out.append(Transition(m.start(), m.end(), a2, b2, m.group("tov"), m.start("tov"), d, lab))
            taken.update((b.start, b2.start))
        for m in lazyre.finditer(_TRANSITION_YEARS, skel):   # (lookbehind first: tried only at 1/2)
            a, b = by_start[m.start("a")], by_start[m.start("b")]
            if int(m.group("y1")) <= int(m.group("y0")) or b.start in taken or not _same_kind(a, b) \
                    or _NOT_PLAIN.search(m.group("w")) or _SUBPERIOD.search(m.group("w")) \
                    or _is_rank(text, m.start(), a) or _in_list_or_ratio(skel, a, b) \
                    or a.approx not in (None, "≈") or b.approx not in (None, "≈"):
                continue
            d = _direction(m.group("tov")) or (1 if b.value > a.value else -1 if b.value < a.value else 0)
            out.append(Transition(m.start(), m.end(), a, b, m.group("tov") or "", m.start("tov") if m.group("tov") else b.start,
                                  d, m.group("y0") + "年"))
            taken.add(b.start)
        for m in lazyre.finditer(_TRANSITION_YEARS_REV, skel):
            a, b = by_start[m.start("a")], by_start[m.start("b")]
            if int(m.group("y1")) <= int(m.group("y0")) or b.start in taken or not _same_kind(a, b) \
                    or _NOT_PLAIN.search(m.group("w")) or _SUBPERIOD.search(m.group("w")) \
                    or _is_rank(text, m.start(), b) or a.approx not in (None, "≈") or b.approx not in (None, "≈"):
                continue
            d = 1 if b.value > a.value else -1 if b.value < a.value else 0
            # (the later value comes first: ``start``/``end`` span both, the base is the one after)
            out.append(Transition(m.start(), m.end(), a, b, m.group("tov") or "", m.start("tov") if m.group("tov") else b.start,
                                  d, m.group("y0") + "年"))
            taken.add(b.start)
        qstarts = None
        for m in _FRONT_BASE.finditer(skel):
            if m.start() > 0 and skel[m.start() - 1] not in "。；;\n，, \t\u3000":
                continue      # the basis opens its sentence or clause
            a = by_start[m.start("a")]
            if qstarts is None:
                qstarts = _starts(doc)
            import bisect
            e = min([x for x in (skel.find(ch, m.end(), m.end() + 120) for ch in "。；;\n") if x >= 0] or [m.end() + 120])
            same = [by_start[p] for p in qstarts[bisect.bisect_left(qstarts, m.end()):bisect.bisect_left(qstarts, e)]]
            same = [q for q in same if _same_kind(q, a)]
            if not same or a.approx not in (None, "≈"):
                continue
            b = same[0]
            words = text[m.end():b.start]
            if b.start in taken or b.approx not in (None, "≈") or _FRONT_BETWEEN_BAD.search(words) \
                    or re.search(r"[；;：:]", words) or not re.match(r"\s*(?:[，,。；;]|$)", skel[b.end:b.end + 1]):
                continue
            vm = re.search(r"(?:" + "|".join(sorted(_TOV_UP + _TOV_DOWN, key=len, reverse=True)) + r")$", words)
            d = _direction(vm.group()) if vm else (1 if b.value > a.value else -1 if b.value < a.value else 0)
            lab = m.group("lab")
            out.append(Transition(m.start("lab") - 1, b.end, a, b, vm.group() if vm else "相比", b.start - (len(vm.group()) if vm else 0),
                                  d, lab))
            taken.add(b.start)
        for m in _TRANSITION2.finditer(skel):
            a, b = by_start[m.start("a")], by_start[m.start("b")]
            if _is_rank(text, m.start(), a) or _in_list_or_ratio(skel, a, b):
                continue
            if b.start in taken or measure(a) != measure(b) or a.is_percent != b.is_percent:
                continue
            if re.search(r"[比较同环]|增加|减少|新增", m.group("words")):
                continue          # 300件，比上年增加…: not one metric moving
            out.append(Transition(m.start(), m.end(), a, b, m.group("tov"), m.start("tov"),
                                  _direction(m.group("tov")), ""))
        out.sort(key=lambda t: t.start)
        c["transitions"] = out
    return c["transitions"]  # type: ignore[return-value]


_RANK = lazyre.compile(r"排名|排位|位次|名次|排在|排行|居全|居第|位列|位居|列第")


def _in_list_or_ratio(skel: str, a: "Quantity", b: "Quantity") -> bool:
    """Values that are items of a list (195元、261元提高到202元、270元) or terms of a ratio (2.9∶1)."""
    before_a = skel[max(0, a.start - 2):a.start]
    return bool(re.search(r"[、∶:：]$|和$|及$", before_a)
                or re.match(r"\s*(?:[∶:：]|[、和及]\s*" + QTOK + ")", skel[a.end:a.end + 4])
                or re.match(r"\s*(?:[∶:：]|[、和及]\s*" + QTOK + ")", skel[b.end:b.end + 4]))


def _is_rank(text: str, start: int, q: "Quantity") -> bool:
    """A rank (第N位, 排名N名): its number falls as it improves."""
    return measure(q) in ("位", "名") and bool(_RANK.search(text, max(0, start - 15), q.end))


def _prior_label(doc: "Document", label: str) -> bool:
    """Whether a label written beside a value (（2022年为420件）, 上年同期为…) names an earlier
    year: 上年/去年 always; an explicit year only when it is before the report's year (an
    unknown report year leaves it undecided: no)."""
    m = re.match(r"((?:19|20)\d{2})年", label)
    if not m:
        return not re.match(_CNYEAR, label)
    year = doc.report_year
    if year is None:
        y = re.match(r"\s*((?:19|20)\d{2})年", folded_text(doc)[:60])
        year = int(y.group(1)) if y else None
    return year is not None and int(m.group(1)) < year


def _estimate_fits(cmp: str, pm, g: str) -> bool:
    """A basis of last year's estimate (比上年预计数) takes a prior labelled as the estimate (上年预计数为A), and a basis of
    last year's figure one not so labelled."""
    est = pm.group("est" if g == "base" else "est2")
    return bool(est) == bool(re.search(r"预计|执行数|预算|决算", cmp or ""))


def _bracket_word(pm) -> str:
    """The word between a bracketed prior's label and its value (（上年受理400件）, （2022年度审结150件）): "为" when there
    is none or it is one of 受理/办理/收到 (read as before), else the word, which must be one of the value's own clause."""
    w = pm.group("w1") or ""
    return "为" if w in ("", "受理", "办理", "收到") else w


def _label_fits(doc: "Document", cmp: str, label: str) -> bool:
    """Whether the label of a prior written after a change (，2015年为660家 / （上年末8412户）) is the period its basis
    names: 比2015年… takes only 2015年's value (and names it an earlier year itself); 比上年/同比… a 上年/去年 label, or a
    year when it is the one before the figures' year (or, that unknown, :func:`_prior_label`)."""
    cy = _CMP_YEAR.search(cmp or "")
    ly = re.match(r"((?:19|20)\d{2})\s*年", label)
    if cy:
        return ly is not None and ly.group(1) == cy.group(1)
    if ly:
        fy = _doc_year(doc)
        return int(ly.group(1)) == fy - 1 if fy else _prior_label(doc, label)
    return _prior_label(doc, label)


def _bases_differ(doc: "Document", a: str, b: str) -> bool:
    """Two comparisons of consecutive claims that name different base periods (比2019年减少32人，同比下降8.5%: the
    difference is over 2019, the growth over last year): the second claim does not take the first's value and base.
    Unnamed (""), or both last year's (同比 / 比上年 / 比2022年 in a report on 2023), they agree."""
    if not a or not b:
        return False
    if (a == "环比") != (b == "环比"):
        return True     # 比10月末增加38.5亿元，同比增长9.4%: the difference is over the month before, the growth over a year
    if ("年初" in a) != ("年初" in b):
        return True     # 6月末…比年初增加426亿元，同比增长12.1%: since January, and over last June
    ya, yb = _CMP_YEAR.search(a), _CMP_YEAR.search(b)
    if ya and yb:
        return ya.group(1) != yb.group(1)
    if not ya and not yb:
        return False
    y = int((ya or yb).group(1))
    other = b if ya else a
    if not _LAST_YEAR_CMP.match(other):
        return False
    fy = _doc_year(doc)
    return fy is None or y != fy - 1


def _year_unknown(doc: "Document") -> bool:
    return doc.report_year is None and not re.match(r"\s*(?:19|20)\d{2}年", folded_text(doc)[:60])


def _same_kind(a: "Quantity", b: "Quantity") -> bool:
    return measure(a) == measure(b) and a.is_percent == b.is_percent


def _kind(q: "Quantity", verb_tail: str) -> str:
    u = unit_of(q)
    if q.is_percent:
        return "percent"
    if u in POINT_UNITS:
        return "points"
    if u == "倍":
        return "times_to" if verb_tail in ("到", "至", "为") else "times"
    if u == "番":
        return "fan"
    return "amount"


def _clause_start(skel: str, pos: int) -> int:
    lo = max(0, pos - 40)
    return max(skel.rfind(c, lo, pos) for c in "，,；;。\n：:") + 1 or lo


def _same_subperiod(text: str, a0: int, a1: int, b0: int, b1: int) -> bool:
    """Whether two stretches name the same part of the year (none, or the same 一季度/上半年/1-9月)."""
    return sorted(_SUBPERIOD.findall(text, a0, a1)) == sorted(_SUBPERIOD.findall(text, b0, b1))


_LAST_YEAR_CMP = lazyre.compile(r"^(?:同比|(?:同比|比|较之?|与|同)(?:上一?年(?:度)?|去年|前一年)(?:同期|末|底)?(?:相比)?(?:同比)?)$")


#: any time word of a sentence: the last one before a value says which period the value is of
_TIME_ANY = lazyre.compile(r"(?=[上去前今本当全年目现如12])"   # a cheap first-character test (5× faster scan)
                           # 去年以来, 2019年至2023年, 2020年起: the start of a span, not a period of its own
                           r"(?:(?P<since>(?:上一?年|去年|(?:19|20)\d{2}\s*年)(?:底|末|初)?(?:以来|来|起|开始|至今|[至到—–~-]))"
                           r"|(?P<prior>上一?年(?:度|同期|末|底|全年)?|去年(?:同期|末|底|全年)?|前一年)"
                           r"|(?P<year>(?:19|20)\d{2})\s*年(?:度|同期|末|底|全年)?"
                           r"|(?P<now>今年|本年度?|当年|全年|年末|年底|目前|现在|如今))")
#: a time word inside a comparison or a reference (比上年, 与去年同期, 是上年的): not the period of what follows
_TIME_IN_CMP = lazyre.compile(r"[比较与同和跟于是为及、]$")
#: a sentence about a span: its growth is not last year's (五年来, 以来, 期间, 累计, 年均)
_SPAN_SENT = lazyre.compile(r"年来|以来|期间|累计|年均|平均每年|[两二三四五六七八九十]年(?:间|中|里|时间)|\d{1,2}年间")
_SENT_STOPS = "。\n！？!?"
_PRIOR_OPEN = lazyre.compile(r"\s*(?:上一?年|去年|前一年|(?:19|20)\d{2}\s*年)")


def _sentence_start(text: str, pos: int, reach: int = 150) -> int:
    lo = max(0, pos - reach)
    r = max(text.rfind(c, lo, pos) for c in _SENT_STOPS)
    return r + 1 if r >= 0 else lo


def _time_words(doc: "Document") -> Tuple[List[int], list]:
    """The time words of the document that name the period of what follows (not those inside 比上年…), by start."""
    c = _cache(doc)
    if "time_words" not in c:
        text = folded_text(doc)
        ms = [m for m in _TIME_ANY.finditer(text) if not _TIME_IN_CMP.search(text, max(0, m.start() - 1), m.start())]
        c["time_words"] = ([m.start() for m in ms], ms)
    return c["time_words"]  # type: ignore[return-value]


def _period_word(doc: "Document", text: str, lo: int, pos: int):
    """The last time word in [lo, pos) that names a period (a match of :data:`_TIME_ANY`), or None."""
    import bisect
    starts, ms = _time_words(doc)
    k = bisect.bisect_left(starts, pos) - 1
    while k >= 0 and ms[k].end() > pos:
        k -= 1
    return ms[k] if k >= 0 and starts[k] >= lo else None


_PEEKS_PAST_END = re.compile(r"\(\?[=!]|\$|\\[bBZ]")


def found_in(doc: "Document", pattern, text: str, lo: int, hi: int, limit: int) -> bool:
    """Whether ``pattern.search(text, lo, hi)`` finds a match, for many ``hi`` after one ``lo`` (the figures of one
    long sentence, each asking about the words from the sentence's start): the first match from ``lo`` up to
    ``limit`` (≥ ``hi``) is found once and cached; a window that holds it answers yes, a window before any match no,
    and only a window ending inside that first match is searched again (from its start).  Exact for patterns that
    never look past a match's end (no lookahead, ``$`` or ``\\b``), which is checked; linear where a search from
    every figure would be quadratic in the figures of the sentence."""
    if hi > limit or lo >= hi:
        return pattern.search(text, lo, hi) is not None
    pat = getattr(pattern, "pattern", None)
    if pat is None or _PEEKS_PAST_END.search(pat):
        raise ValueError("found_in: a pattern that looks past a match's end")
    memo = _cache(doc).setdefault("found_in", {})
    key = (pat, id(text), lo, limit)
    if key not in memo:
        memo[key] = pattern.search(text, lo, limit)
    m = memo[key]
    if m is None:
        return False          # no match ends by ``limit``, so none by ``hi``
    if m.end() <= hi:
        return True
    # any match ending by ``hi`` starts at or after the first match's start (a match that ends by ``hi`` is a
    # match that ends by ``limit``: the pattern reads nothing past its end)
    return pattern.search(text, m.start(), hi) is not None


def space_run(doc: "Document") -> int:
    """A bound on the longest run of whitespace in the folded text (cached): what one ``\\s*`` of a pattern may read,
    for the ``width`` of :func:`groups_before`.  A few C scans (no run of 8, of 32, …), never one per character."""
    c = _cache(doc)
    if "space_run" not in c:
        text = folded_text(doc)
        n = 8
        while n <= len(text) and re.search(r"\s{%d}" % n, text):
            n *= 4
        c["space_run"] = n - 1
    return c["space_run"]  # type: ignore[return-value]


def groups_before(doc: "Document", pattern, text: str, lo: int, hi: int, limit: int, width: int) -> frozenset:
    """``frozenset(pattern.findall(text, lo, hi))`` (a group's text, the tuple of several groups, or the whole match),
    for many ``hi`` after one ``lo`` (the figures of one long sentence, each asking about the words from the
    sentence's start): the matches of ``text[lo:limit]`` are found once, with the set of what they hold after each.
    ``width`` bounds what one attempt of the pattern reads (its longest match and one character more, lookahead
    included), which the caller vouches for: every attempt starting ``width`` or more before ``hi`` reads nothing from
    ``hi`` on, so the matches starting there are the window's own and so are the failures between them; only the
    last ``width`` characters before ``hi`` (or what follows the last such match) are scanned again.  Linear where a
    scan from the start for every figure would be quadratic."""
    import bisect
    if "(?<" in pattern.pattern or "^" in pattern.pattern.replace("[^", "") or "\\b" in pattern.pattern \
            or "\\B" in pattern.pattern:
        raise ValueError("groups_before: a pattern that looks before the window")
    if hi > limit or hi - lo <= 4 * width:
        return frozenset(pattern.findall(text, lo, hi))
    memo = _cache(doc).setdefault("groups_before", {})
    key = (pattern.pattern, id(text), lo, limit)
    if key not in memo:
        starts: List[int] = []
        ends: List[int] = []
        sets: List[frozenset] = []
        acc: frozenset = frozenset()
        ng = pattern.groups
        for m in pattern.finditer(text, lo, limit):
            g = (m.group(1) or "") if ng == 1 else m.groups("") if ng else m.group()   # as findall
            if g not in acc:
                acc = acc | {g}
            starts.append(m.start())
            ends.append(m.end())
            sets.append(acc)
        memo[key] = (starts, ends, sets)
    starts, ends, sets = memo[key]
    k = bisect.bisect_right(starts, hi - width)
    base = sets[k - 1] if k else frozenset()
    r = max(ends[k - 1] if k else lo, hi - width)
    rest = pattern.findall(text, r, hi)
    return base | frozenset(rest) if rest else base


def first_and_count_before(doc: "Document", pattern, text: str, lo: int, hi: int, limit: int, width: int):
    """``(first, n)``: the first match of ``pattern.finditer(text, lo, hi)`` (or None) and how many there are, for many
    ``hi`` after one ``lo``, as :func:`groups_before` (same ``width`` contract): the matches of ``text[lo:limit]`` are
    found once; only the last ``width`` characters before ``hi`` (or what follows the last match starting before them)
    are scanned again."""
    import bisect
    if "(?<" in pattern.pattern or "^" in pattern.pattern.replace("[^", "") or "\\b" in pattern.pattern \
            or "\\B" in pattern.pattern:
        raise ValueError("first_and_count_before: a pattern that looks before the window")
    if hi > limit or hi - lo <= 4 * width:
        ms = list(pattern.finditer(text, lo, hi))
        return (ms[0] if ms else None), len(ms)
    memo = _cache(doc).setdefault("matches_before", {})
    key = (pattern.pattern, id(text), lo, limit)
    if key not in memo:
        ms = list(pattern.finditer(text, lo, limit))
        memo[key] = ([m.start() for m in ms], ms)
    starts, ms = memo[key]
    k = bisect.bisect_right(starts, hi - width)
    tail = list(pattern.finditer(text, max(ms[k - 1].end() if k else lo, hi - width), hi))
    first = ms[0] if k else (tail[0] if tail else None)
    return first, k + len(tail)


def _starts(doc: "Document") -> List[int]:
    """The starts of the quantities of the skeleton, sorted (cached)."""
    c = _cache(doc)
    if "starts" not in c:
        c["starts"] = sorted(skeleton(doc)[1])
    return c["starts"]  # type: ignore[return-value]


def _list_items(skel: str, by_start: Dict[int, "Quantity"], q: "Quantity") -> List["Quantity"]:
    """The other items of the list ``q`` is in (A、B和C, 分别为A和B), or []."""
    out: List["Quantity"] = []
    cur = q
    while True:                                   # items before
        m = re.search(r"(?:" + _Q + r")\s*(?:[、和及与]|以及)\s*$", skel[max(0, cur.start - 24):cur.start])
        if not m:
            break
        j = max(0, cur.start - 24) + m.start()
        prev = by_start.get(j)
        if prev is None or len(out) > 20:
            break
        out.append(prev)
        cur = prev
    cur = q
    while True:                                   # items after
        m = _LIST_AFTER.match(skel, cur.end)
        if not m:
            break
        nxt = by_start.get(skel.find(QTOK, cur.end, m.end()))
        if nxt is None or len(out) > 20:
            break
        out.append(nxt)
        cur = nxt
    return out


#: a period word in the text (二季度 read as a quantity is checked by its unit)
_PERIOD_TEXT = lazyre.compile(r"上一?个?(?:季度|月)|第?[一二三四1-4]季度|\d{1,2}\s*月份?(?:末|底)?|[一二三四五六七八九十]{1,3}月份?(?:末|底)?")


def _period_of(text: str, lo: int, pos: int) -> Optional[str]:
    """The period word governing the value at ``pos`` (the last one in text[lo:pos], within 30 characters), or None."""
    last = None
    for m in _PERIOD_TEXT.finditer(text, max(lo, pos - 30), pos):
        last = m
    return last.group().replace("第", "").replace("份", "") if last else None


def _period_before(doc, skel, text, by_start, cur) -> Optional[Tuple["Quantity", str]]:
    """二季度全市用电量112.4亿千瓦时。三季度全市用电量125.5亿千瓦时，环比增长11.7%: the level of the same metric for
    another period, stated before the claim's value in its sentence or the one before (the one value that fits:
    same measure, words naming the same metric once the period words are left out)."""
    import bisect
    from .metric import key_match, metric_key
    ss = _sentence_start(text, cur.start)
    p_cur = _period_of(text, ss, cur.start)
    if p_cur is None:
        return None
    lo = max(_sentence_start(text, max(0, ss - 1)), skel.rfind("\n", 0, cur.start) + 1, cur.start - 200)
    qs = _starts(doc)

    def key(q):
        return _PERIOD_TEXT.sub("", metric_key(doc, q.start))
    ck = key(cur)
    if len(ck) < 2:
        return None
    found = []
    for p in qs[bisect.bisect_left(qs, lo):bisect.bisect_left(qs, cur.start)][-12:]:
        q = by_start[p]
        if not _same_kind(q, cur) or q.approx not in (None, "≈"):
            continue
        pq = _period_of(text, max(lo, _sentence_start(text, q.start)), q.start)
        if pq is None or pq == p_cur or key_match(key(q), ck) < 0.8:
            continue
        found.append((q, pq))
    return found[0] if len(found) == 1 else None


def _list_or_run(skel: str, by_start: Dict[int, "Quantity"], q: "Quantity") -> List["Quantity"]:
    """The values of the run of 、-separated items ``q`` closes (发生事故58起、死亡31人: 58起 for 31人), at most 6."""
    out: List["Quantity"] = []
    cur = q
    while len(out) < 6:
        k = skel.rfind("、", max(0, cur.start - 12), cur.start)
        if k < 0 or re.search(r"[，,。；;：:\n]", skel[k:cur.start]):
            break
        j = skel.rfind(QTOK, max(0, k - 16), k)
        if j < 0 or not re.fullmatch(QFILL + r"*", skel[j + 1:k]):
            break
        cur = by_start[j]
        out.append(cur)
    return out


def _prior_values(doc: "Document") -> Tuple[List[int], List[Tuple["Quantity", str, int, int]]]:
    """Values stated for an earlier period, built once per document, by start: (quantity, label, label start,
    where its metric is named).  A label (上年, 去年, 前一年, a year; not one inside 比上年…) covers the values after it
    until the next time word or the end of its sentence (上年全区税收收入62.0亿元；上年接待游客1250.6万人次，旅游收入
    112.9亿元); a value counts when its clause says nothing else of it (no 其中, 年均, 目标, 比…) and, in a list, no
    other item has its measure (去年同期分别为1250.6万人次和112.9亿元, not 分别为120件和96件: a list item is named
    where the list opens).  Linear: the labels' stretches do not overlap."""
    c = _cache(doc)
    if "prior_values" not in c:
        skel, by_start = skeleton(doc)
        text = folded_text(doc)
        starts: List[int] = []
        vals: List[Tuple["Quantity", str, int, int]] = []
        qstarts = _starts(doc)
        tstarts, tms = _time_words(doc)
        import bisect
        for i, tm in enumerate(tms):
            if tm.group("now") or tm.group("since"):
                continue
            # the values after a label, until the next time word or the end of the sentence
            stop = tstarts[i + 1] if i + 1 < len(tms) else len(text)
            e = min([stop] + [x for x in (text.find(ch, tm.end(), stop) for ch in _SENT_STOPS) if x >= 0])
            for qs in qstarts[bisect.bisect_left(qstarts, tm.end()):bisect.bisect_left(qstarts, e)]:
                q = by_start[qs]
                if q.approx not in (None, "≈") or unit_of(q) in TIME_UNITS:
                    continue
                qcs = _clause_start(skel, q.start)
                words = text[max(qcs, tm.end()):q.start]
                items = _list_items(skel, by_start, q)
                keypos = min([it.start for it in items] + [q.start])   # a list item is named where the list opens
                if items:
                    if any(measure(it) == measure(q) and it.is_percent == q.is_percent for it in items):
                        continue
                    words = re.sub(r"分别(?:为|是|有|达)?", "", words)
                if _NOT_PLAIN.search(words.replace("人均", "")):
                    continue
                starts.append(q.start)
                vals.append((q, tm.group(), tm.start(), keypos))
        c["prior_values"] = (starts, vals)
    return c["prior_values"]  # type: ignore[return-value]


#: how many of last year's values named by a claim's words, before its paragraph, are read (the nearest)
_REPORT_PRIORS = 8


class _KeyStarts:
    """The starts of a key's values as a sequence for bisect, without building the list for every claim."""

    def __init__(self, ks: List[int], starts: List[int]) -> None:
        self.ks, self.starts = ks, starts

    def __len__(self) -> int:
        return len(self.ks)

    def __getitem__(self, i: int) -> int:
        return self.starts[self.ks[i]]


def _prior_by_key(doc: "Document") -> Dict[str, List[int]]:
    """The values of :func:`_prior_values` by the words naming their metric (metric_key, 分别 dropped): indices in
    order, built once per document."""
    c = _cache(doc)
    if "prior_by_key" not in c:
        from .metric import metric_key
        out: Dict[str, List[int]] = {}
        for k, (_q, _lab, _ls, keypos) in enumerate(_prior_values(doc)[1]):
            out.setdefault(re.sub(r"分别", "", metric_key(doc, keypos)), []).append(k)
        c["prior_by_key"] = out
    return c["prior_by_key"]  # type: ignore[return-value]


def _doc_year(doc: "Document") -> Optional[int]:
    """The year the document's figures are about (kind.figures_year, else its report year), cached."""
    c = _cache(doc)
    if "doc_year" not in c:
        from ..kind import figures_year
        c["doc_year"] = figures_year(doc) or doc.report_year
    return c["doc_year"]  # type: ignore[return-value]


def _base_earlier(doc: "Document", skel: str, text: str, by_start: Dict[int, "Quantity"], cur: "Quantity",
                  cmp: str, after: int = -1, kind: str = "percent", amt: Optional["Quantity"] = None,
                  key_at: Optional[int] = None) -> Optional[Tuple["Quantity", str]]:
    """Last year's level of the metric of ``cur`` stated elsewhere in its paragraph: before it (up to 300
    characters back: 上年受理案件400件。今年受理案件460件，增长15% / 2022年投入教育经费12.5亿元。2023年…增长10.4% /
    上年全区一般公共预算收入86.4亿元，税收收入62.0亿元。今年…税收收入68.8亿元，增长11%) or in the next sentence when
    it opens with 上年/去年 (…增长15%；旅游收入126.5亿元，增长12%。上年接待游客1250.6万人次，旅游收入112.9亿元).
    The value is one of :func:`_prior_values`; it names the same metric (:func:`~lintgov.claims.metric.key_match`;
    a bare 上年为61.2% only in the next sentence, for the one value of its measure in the claim's sentence), the same
    measure, part of the year and scope; this claim compares with last year (同比, 比上年, or no basis in a sentence
    that is not about a span) and is not itself a flow (新增N家: the growth may be the total's).  When several values
    could be meant, none is taken.  Bounded windows over an index built once: linear."""
    from .metric import key_match, metric_key
    import bisect
    cs = _clause_start(skel, cur.start)
    ss = _sentence_start(text, cur.start)
    pre = text[cs:cur.start].replace("人均", "")      # 人均 on both sides: the metric keys must agree on it
    # 森林面积增加到412.6万亩，比上年增加8.4万亩: the verb of the value reached is no change of its own
    pre = _REACHED_END.sub("", pre)
    # 比上年预计数增长X%: a budget's figure (预期/安排 B) against last year's estimate, stated earlier as 2023年…预计完成A
    est = bool(cmp) and _EST_CMP.match(cmp) is not None
    if est:
        pre = _BUDGET_WORDS.sub("", pre)
    if "其中" in pre and _OWN_GROWTH.search(skel, ss, cs):
        pre = pre.replace("其中", "")   # 进出口…同比增长8%，其中出口52.3亿元，同比增长12%: each value has its own rate
    if _NOT_PLAIN.search(pre):
        return None
    # 新增企业122家，增长9.5%: the rate may be the total's (比上年多0.51万人 is the flow's) — unless last year's value
    # is named as last year's flow too (上年新增高新技术企业86家。…全年新增高新技术企业112家，比上年增长30.2%)
    flow = _NEW_FLOW_WORDS.search(pre) if kind != "amount" else None
    spre = text[ss:cur.start]
    cy = _CMP_YEAR.fullmatch(cmp or "")
    if cmp and not _LAST_YEAR_CMP.match(cmp) and not cy and not est:
        return None
    if _SPAN_SENT.search(spre):
        return None
    tm = _period_word(doc, text, ss, cur.start)
    if tm is not None and (tm.group("since") or tm.group("prior")):
        return None        # 上年受理400件，增长…: the value itself is last year's; 去年以来…: a span
    year = int(tm.group("year")) if tm is not None and tm.group("year") else None
    if year is None:
        year = _doc_year(doc)
    elif not cmp and doc.report_year and year < doc.report_year - 1:
        return None        # 2019年…: an earlier year's figure
    # the year the prior must be of: the one the basis names (比2022年增长10%。2022年办理…), else the year before
    want = int(cy.group(1)) if cy else (year - 1 if year else None)
    para = max(skel.rfind("\n", 0, cs), cs - 300)
    if key_at is not None:
        kcs = _clause_start(skel, key_at)
        kpre = text[kcs:key_at].replace("人均", "")
        if _NOT_PLAIN.search(kpre):
            return None
        flow = flow or (_NEW_FLOW_WORDS.search(kpre) if kind != "amount" else None)
    key = _REACHED_END.sub("", metric_key(doc, cur.start if key_at is None else key_at))
    if est:
        key = _EST_KEY.sub("", key)     # 收入预期 / 收入预计完成: the metric is 收入
    elif "预计" in pre:
        # 2023年…比例预计为85.1%，比上年提高… / 预计2023年研发投入强度达到3.02%: the year's estimate of the metric
        key = _OWN_ESTIMATE.sub("", key)
    if len(key) < 2:
        return None
    starts, vals = _prior_values(doc)
    windows = [(max(0, para), cs, False)]
    if after >= 0:
        # the next sentence, or the clause after ；(…增长20%；上年受理400件、审结350件), opening with 上年/去年
        e1 = skel.find("。", after, after + 80)
        j = after
        while True:       # a ；before the sentence's end whose clause opens with 上年
            k = min([x for x in (skel.find(ch, j, e1 if e1 >= 0 else after + 80) for ch in "；;") if x >= 0] or [-1])
            if k < 0:
                break
            if _PRIOR_OPEN.match(text, k + 1):
                e1 = k
                break
            j = k + 1
        if e1 >= 0 and "\n" not in skel[after:e1] and _PRIOR_OPEN.match(text, e1 + 1):
            e2 = skel.find("。", e1 + 1, e1 + 160)
            e2 = e2 if e2 >= 0 else min(len(skel), e1 + 160)
            nl = skel.find("\n", e1 + 1, e2)
            windows.append((e1 + 1, nl if nl >= 0 else e2, True))
    found: List[Tuple[float, "Quantity", str]] = []
    for lo_, hi_, ahead in windows:
        if found:
            break
        for k in range(bisect.bisect_left(starts, lo_), bisect.bisect_left(starts, hi_)):
            q, lab, lstart, keypos = vals[k]
            if lstart < lo_ and not ahead and lstart < para:
                continue
            if est and not _EST_WORDS.search(text, _clause_start(skel, q.start), q.start):
                continue      # against last year's estimate: only a value stated as the estimate (预计完成A)
            cand = _earlier_candidate(doc, skel, text, q, lab, lstart, keypos, cur, key, year, ss, ahead, key_match,
                                      metric_key, amt, want, cy is not None, lo_ if ahead else None,
                                      _EST_KEY if est else None)
            if cand is not None:
                found.append(cand)
    if not found and not est and para > 0:
        # none in the paragraph: last year's level named by the very same words in an earlier part of the report
        # (（一）财政收支 上年全区税收收入46.8亿元。…（二）…全区税收收入50.9亿元，比上年增长…) — looked up by the metric's key
        # in an index built once per document (linear), never by scanning the report for every claim
        ks = _prior_by_key(doc).get(key, ())
        j = bisect.bisect_left([starts[k] for k in ks], para) if len(ks) <= _REPORT_PRIORS else \
            bisect.bisect_left(_KeyStarts(ks, starts), para)
        for k in ks[max(0, j - _REPORT_PRIORS):j]:       # the last few before the paragraph (bounded work)
            q, lab, lstart, keypos = vals[k]
            cand = _earlier_candidate(doc, skel, text, q, lab, lstart, keypos, cur, key, year, ss, False, key_match,
                                      metric_key, amt, want, cy is not None, None)
            if cand is not None:
                found.append(cand)
    if not found and not est and para > 0:
        # none under the very same words: last year's level in an earlier part of the report under a longer name of
        # which the claim's is a short form (接待国内外游客 / 接待游客, 规模以上工业企业实现营业收入 / 规上工业营业收入,
        # 行政复议案件 / 复议案件) — the values whose key ends in the claim's head noun, the last few before the paragraph
        sk = _short_form(key)
        ks = _prior_by_head(doc).get(sk[-2:], ()) if len(sk) >= 3 else ()
        j = bisect.bisect_left(_KeyStarts(ks, starts), para)
        for k in ks[max(0, j - _REPORT_PRIORS):j]:
            q, lab, lstart, keypos = vals[k]
            cand = _earlier_candidate(doc, skel, text, q, lab, lstart, keypos, cur, key, year, ss, False, key_match,
                                      metric_key, amt, want, cy is not None, None, short=sk)
            if cand is not None:
                found.append(cand)
    if flow is not None:
        found = [f for f in found if flow.group() in text[_clause_start(skel, f[1].start):f[1].start]]
    if not found:
        return None
    best = max(f[0] for f in found)
    top = [f for f in found if f[0] >= best - 1e-9]
    if len({value_of(f[1]) for f in top}) > 1:
        return None
    return top[-1][1], top[-1][2]


#: the verb of a value reached, right before it (增加到, 提高至, 降至): the value is a level
_REACHED_END = lazyre.compile(r"(?:增加|增长|提高|提升|上升|扩大|下降|减少|降低|缩小|回落)(?:到|至)$|[增升降减]至$")
#: a basis of last year's estimate: 比上年预计数 / 较上年预计执行数 / 与上年预计数相比
_EST_CMP = lazyre.compile(r"(?:比|较之?|与|同)(?:上一?年(?:度)?|去年)(?:预计数|预计执行数|预计执行)(?:相比)?$")
#: the words of a budget's own figure (2024年…收入预期161.8亿元 / 支出安排322.5亿元 / 预算安排)
_BUDGET_WORDS = lazyre.compile(r"预期|预算|安排|计划")
#: what a budget's and an estimate's words add to a metric's key (metric_key drops 计: 预完成)
_EST_KEY = lazyre.compile(r"预期|预算|安排|计划|预计?(?:完成|执行|实现|为)?")
#: the estimate of the claim's own year after the metric's name (优良天数比例预计为85.1%, 强度预计达到2.45%)
_OWN_ESTIMATE = lazyre.compile(r"^预计?|预计?(?:完成|实现|达到|达|为|可达)?$")   # (metric_key drops 计 and 为)
#: a value stated as last year's estimate (2023年…预计完成152.6亿元 / 预计执行 / 预计为)
_EST_WORDS = lazyre.compile(r"预计")
#: a basis naming a year: 比2022年, 较2019年同期, 与2020年相比
_CMP_YEAR = lazyre.compile(r"(?:比|较之?|与|同)((?:19|20)\d{2})\s*年(?:同期)?(?:相比)?")
#: a growth stated in the sentence before a 其中 (…同比增长8%，其中出口…): the parts' rates are their own
_OWN_GROWTH = lazyre.compile(r"(?:增长|下降|增加|减少|提高|降低|上升|回落)了?\s*" + _Q)
#: a flow (what is new this year): a growth rate after it may be the stock's
_NEW_FLOW_WORDS = lazyre.compile(r"新增|净增|新引进|新登记|新设立|新认定|新培育|新开工|新建|新签约|新落户|新入驻|新注册|新发展")


#: abbreviations of a metric's words (规上工业 is 规模以上工业)
_ABBREV = (("规上", "规模以上"), ("限上", "限额以上"), ("社零", "社会消费品零售"))
#: the verbs that close a value's words (进出口总额完成528.9亿元): not part of the metric's name
_KEY_VERB_END = lazyre.compile(r"(?:完成|实现|达到|突破|共计|累计|总计|合计|为|是|有|达)+$")
#: words that narrow what a metric counts: a longer name adding one names a part (接待入境游客 is not 接待游客)
_NARROWING = lazyre.compile(r"地方|本级|规模以上|限额以上|城镇|农村|城乡|城市|乡村|城区|国有|民营|民间|外资|外商|一般|税收|非税|"
                            r"中央|省级|市级|区级|县级|直接|间接|新增|累计|净|实际|进口|出口|高新|重点|重大|其他|其中|入境|出境|境外|"
                            r"境内|国外|海外|国际|国内(?!外)|女|男|少数|个人|单位|一季度|上半年|当年|本级|人均|平均")


def _short_form(key: str) -> str:
    """A metric's words for matching a short form against a full name: abbreviations written out, no closing verb."""
    for a, b in _ABBREV:
        if a in key:
            key = key.replace(a, b)
    return _KEY_VERB_END.sub("", key)


def _short_name_of(short: str, full: str) -> bool:
    """Whether ``short`` names the metric ``full`` names, written shorter: its characters are a subsequence of the
    full name's ending in the same head noun, and what the full name adds neither narrows it (入境, 农村, 规模以上,
    新增…) nor holds another action (接待国内外游客 / 接待游客, 行政复议案件 / 复议案件, 外贸进出口总额 / 进出口总额,
    规模以上工业企业实现营业收入 / 规模以上工业营业收入)."""
    if short == full:
        return len(short) >= 3      # 规上工业企业利润总额 / 规模以上工业企业利润总额: equal once written out
    if len(short) < 3 or len(full) <= len(short) or full[-2:] != short[-2:]:
        return False
    from .metric import _ACTIONS
    if set(_ACTIONS.findall(full)) != set(_ACTIONS.findall(short)):
        return False
    extra, i = [], 0
    for ch in full:
        if i < len(short) and ch == short[i]:
            i += 1
            extra.append("|")
        else:
            extra.append(ch)
    if i < len(short):
        return False
    return not any(_NARROWING.search(run) for run in "".join(extra).split("|") if run)


def _prior_by_head(doc: "Document") -> Dict[str, List[int]]:
    """The values of :func:`_prior_values` by the last two characters of their metric's words (:func:`_short_form`):
    the candidates a short form of a name is matched against, built once per document."""
    c = _cache(doc)
    if "prior_by_head" not in c:
        out: Dict[str, List[int]] = {}
        for key, ks in _prior_by_key(doc).items():
            sk = _short_form(key)
            if len(sk) >= 4:
                out.setdefault(sk[-2:], []).extend(ks)
        for ks in out.values():
            ks.sort()
        c["prior_by_head"] = out
    return c["prior_by_head"]  # type: ignore[return-value]


def _earlier_candidate(doc, skel, text, q, lab, lstart, keypos, cur, key, year, ss, ahead, key_match, metric_key,
                       amt=None, want=None, named=False, win_lo=None, strip=None, short=None):
    ly = re.match(r"((?:19|20)\d{2})\s*年", lab)
    if ly:
        if want is None or int(ly.group(1)) != want:
            return None
    elif named and (year is None or want != year - 1):
        return None     # 比2019年增长…: a 上年 value is not 2019's
    if measure(q) != measure(cur) or q.is_percent != cur.is_percent:
        return None
    if not _same_subperiod(text, _sentence_start(text, q.start), q.end, ss, cur.start) \
            and not ("同期" in lab and not _SUBPERIOD.search(text, _sentence_start(text, q.start), q.end)):
        return None     # (一季度…同比增长9.6%。上年同期为383.6亿元: 同期 is the claim's own part of the year)
    own = _self_scope(doc)
    qscope = set(_WIDE_SCOPE.findall(text, lstart, q.end)) - own
    qkey = re.sub(r"分别", "", metric_key(doc, keypos))
    if strip is not None:
        qkey = strip.sub("", qkey)
    if qscope != (set(_WIDE_SCOPE.findall(text, ss, cur.start)) - own if qkey else set()):
        return None     # 上年末全省城镇化率为61.2% is not this body's figure (unless 全省 is the report's own scope)
    if not qkey:
        # 上年为61.2% / 去年同期分别为…: no metric named; only in the next sentence, right after its label, and only
        # when the claim's sentence states one value of this measure
        if not ahead or not re.fullmatch(r"(?:同期|末|底)?(?:分别)?(?:为|是|有)?", text[lstart + len(lab):keypos]):
            return None
        import bisect
        e = skel.find("。", cur.end, cur.end + 200)
        qs = _starts(doc)
        _, by_start = skeleton(doc)
        same = [x for x in (by_start[p] for p in qs[bisect.bisect_left(qs, ss):bisect.bisect_left(qs, e if e >= 0 else cur.end)])
                if x is not cur and x is not amt and measure(x) == measure(cur) and x.is_percent == cur.is_percent]
        return None if same else (0.5, q, lab)
    if short is not None:       # (the very same words were tried before)
        return (0.6, q, lab) if qkey != key and _short_name_of(short, _short_form(qkey)) else None
    sim = key_match(qkey, key)
    if sim < 0.8 and ahead and _mutual_weak(doc, skel, text, q, qkey, cur, key, ss, amt, metric_key, win_lo):
        return (0.5, q, lab)
    return (sim, q, lab) if sim >= 0.8 else None


_WEAK_MAX = 8


def _weak_key(prior: str, claim: str) -> bool:
    """Whether the words of a prior stated apart (上年受理400件 / 上年游客为…, 旅游收入为…) may name the claim's metric
    written short: no action word the claim's words lack, not one per-capita and one not, and what is left of the prior's
    words (less its action words and a closing 量/数/总量) is a subsequence of the claim's words (受理 / 受理行政复议申请,
    游客接待量 / 接待国内外游客, 旅游收入 / 实现旅游总收入; not 接待入境游客 / 接待游客: 入境 narrows the metric)."""
    from .metric import _ACTIONS
    if not prior or not claim or ("人均" in prior) != ("人均" in claim):
        return False
    pa, ca = set(_ACTIONS.findall(prior)), set(_ACTIONS.findall(claim))
    if pa - ca or (pa and ca and pa != ca):
        return False
    rest = re.sub(r"(?:总量|总数|数量|量|数)?(?:是|有)?$", "", _ACTIONS.sub("", prior))
    if not rest:
        return bool(pa)
    it = iter(claim)
    return all(ch in it for ch in rest)


def _mutual_weak(doc, skel, text, q, qkey, cur, key, ss, amt, metric_key, win_lo=None) -> bool:
    """A prior in the sentence after the claim's (上年受理400件，审结350件 / 上年游客为2544.5万人次，旅游收入为269.9亿元)
    whose words name the claim's metric only loosely: taken when the pairing is one-to-one — ``cur`` is the one value
    of its measure in its sentence the prior's words fit, and ``q`` the one value of its measure in its own sentence
    that the claim's words fit.  At most :data:`_WEAK_MAX` values of the measure on each side (bounded work)."""
    import bisect
    if not _weak_key(qkey, key):
        return False
    _, by_start = skeleton(doc)
    qs = _starts(doc)

    def same_measure(lo: int, hi: int):
        return [x for x in (by_start[p] for p in qs[bisect.bisect_left(qs, lo):bisect.bisect_left(qs, hi)])
                if x is not amt and measure(x) == measure(cur) and x.is_percent == cur.is_percent
                and unit_of(x) not in POINT_UNITS]
    e = skel.find("。", cur.end, cur.end + 300)
    mine = same_measure(ss, e if e >= 0 else cur.end + 1)
    ps = max(_sentence_start(text, q.start), win_lo or 0)
    pe = skel.find("。", q.end, q.end + 300)
    theirs = same_measure(ps, pe if pe >= 0 else q.end + 1)
    if len(mine) > _WEAK_MAX or len(theirs) > _WEAK_MAX or cur not in mine or q not in theirs:
        return False
    if any(x is not cur and _weak_key(qkey, metric_key(doc, x.start)) for x in mine):
        return False
    return not any(x is not q and _weak_key(re.sub(r"分别", "", metric_key(doc, x.start)), key) for x in theirs)


def rescanning(pattern, skel: str, retry: List[int], part=None):
    """The matches of ``pattern`` in ``skel`` (:func:`lazyre.finditer`; with ``part``, what every match ends with,
    :func:`lazyre.stretch_finditer`), and, where the caller discarded the match just
    yielded and put a position inside it in ``retry`` (the value a discarded 提高到62.5% reached), a match starting
    right there — which the scan passes over, since it goes on from the discarded match's end.  Matches yielded
    never overlap a later one."""
    last = -1          # start of the match yielded last (a retry lies inside it)
    nxt = 0            # end of the match yielded last

    def retried():
        nonlocal last, nxt
        while retry:
            pos = retry.pop()
            if pos > last:
                r = pattern.match(skel, pos)
                if r is not None and r.end() > pos:
                    last, nxt = r.start(), r.end()
                    return r
        return None

    for m in lazyre.finditer(pattern, skel) if part is None else lazyre.stretch_finditer(pattern, skel, part):
        r = retried()
        while r is not None:
            yield r
            r = retried()
        if m.start() < nxt:
            continue
        last, nxt = m.start(), m.end()
        yield m
    r = retried()
    while r is not None:
        yield r
        r = retried()


def changes(doc: "Document") -> List[Change]:
    """Every change claim of the document, in order (cached)."""
    c = _cache(doc)
    if "changes" in c:
        return c["changes"]  # type: ignore[return-value]
    skel, by_start = skeleton(doc)
    text = folded_text(doc)
    trans_by_end = {t.end: t for t in transitions(doc)}
    trans_by_start = {t.start: t for t in transitions(doc)}
    trans_group: Dict[int, List[Transition]] = {}
    for t in transitions(doc):
        trans_group.setdefault(t.start, []).append(t)
    out: List[Change] = []

    def trans_before(pos: int) -> Optional[Transition]:
        # a 由A增至B ending right before pos (only spaces, commas and a comparison such as 较2016年 between)
        j = pos
        cm = _CMP_TAIL.search(skel, max(0, pos - 16), pos)
        if cm:
            j = cm.start()
        while j > 0 and skel[j - 1] in " \t，,、\u2002\u3000":
            j -= 1
        t = trans_by_end.get(j)
        if t is None:
            ym = _YEARS_GAP.search(skel, max(0, j - 12), j)
            if ym and unit_of(by_start[ym.start("n")]) == "年" and by_start[ym.start("n")].value <= 30:
                j = ym.start()          # 由2019年的A增加到2023年的B，四年间增长43.7%: the growth over the whole span
                t = trans_by_end.get(j)
        if t is None:
            gm = _GAP_WORDS.search(skel, max(0, j - 4), j)
            if gm:   # 从A跃升到B，一年增加D / 由A增加到B，人数增长X%
                k = gm.start()
                while k > 0 and skel[k - 1] in " \t，,、\u2002\u3000":
                    k -= 1
                t = trans_by_end.get(k)
                named = re.fullmatch(r"(人|件|户|家|个)数", gm.group())
                if t is not None and named and measure(t.current) != named.group(1):
                    # 由377户1110人减少到154户448人，户数下降59.2%: the transition of the measure the word names
                    t = next((u for u in trans_group.get(t.start, ()) if measure(u.current) == named.group(1)), None)
        return t

    retry: List[int] = []
    for m in rescanning(_CHANGE, skel, retry, _CHANGE_PART):
        verb = m.group("verb")
        amt = by_start[m.start("amt")]
        cmp = m.group("cmp") or ("与" + m.group("lab3") + "相比" if m.group("cmp3") else "")
        pm_ = _PERIOD_CMP.fullmatch(cmp)
        if pm_:
            if QTOK in cmp:
                pq_ = by_start.get(m.start("cmp") + cmp.index(QTOK))
                if pq_ is None or unit_of(pq_) not in ("季度", "月", "月份"):
                    if pq_ is not None:
                        retry.append(pq_.start)   # 比100件增长…: not a period; read from the value as before
                    continue
            cmp = "环比"
        base_tok = m.group("base")
        if verb in _SINGLE and not (cmp or base_tok):
            if m.group("le") in ("到", "至", "为"):
                retry.append(amt.start)   # 降至1,846件次，比上年减少312件次: the value reached may open the next claim
            continue
        if _LIST_AFTER.match(skel, m.end()):
            continue  # 分别增长12%和15%: which value each rate belongs to is not certain
        le = m.group("le") or ""
        if le == "到" and verb.endswith("达"):
            le = "达到"       # 增幅达到25%: the verb 增幅达 and 到 are 增幅 + 达到, not 增长到B
        if le in ("到", "至") and unit_of(amt) != "倍":
            retry.append(amt.start)   # 提高到62.5%，比上年的61.2%提高1.3个百分点: B may open the next claim
            continue  # 增长到B: a transition without a 由, not a change amount
        kind = _kind(amt, le)
        if kind == "amount" and le in ("为", "达到", "达"):
            retry.append(amt.start)
            continue  # 增加为300件: the value reached, not the difference
        base = by_start[m.start("base")] if base_tok else None
        if m.group("cmp5"):
            base, cmp = by_start[m.start("base5")], m.group("cmp5")
        elif m.group("cmp6"):
            base, cmp = by_start[m.start("base6")], "比" + m.group("lab6")
        label = cmp
        if m.group("lw") and not (m.group("cur") and re.fullmatch(_LABEL, m.group("lab2"))
                                  and _RESTATED_WORDS.sub("", m.group("lw")) in
                                  text[_clause_start(skel, m.start("cur")):m.start("cur")]):
            continue    # 4,120件，上年末结存380件，增长…: words of another metric after the label: not read
        for lab, lb in (("lab3", "lbase3"), ("lab", "lbase"), ("lab2", "lbase2")):
            period = bool(m.group(lb)) and (re.fullmatch(_PERIOD_LABEL, m.group(lab)) is not None)
            if period and QTOK in m.group(lab):
                pq = by_start.get(m.start(lab) + m.group(lab).index(QTOK))
                period = pq is not None and unit_of(pq) in ("季度", "月", "月份")
                if not period:
                    continue
            if m.group(lb) and period != (cmp == "环比"):
                continue   # 二季度为112.4亿千瓦时，环比增长: a period only for 环比, a year never for it
            if m.group(lb) and base is None and (lab == "lab3" or _prior_label(doc, m.group(lab))
                                                 or (lab == "lab" and _year_unknown(doc)
                                                     and _LAST_YEAR_CMP.match(cmp or ""))):
                # （2022年为215件），同比增长20%: with 同比 the year in brackets is last year's, when the text
                # gives no year of its own to tell
                base, label = by_start[m.start(lb)], m.group(lab)
        cur = by_start[m.start("cur")] if m.group("cur") else None
        if cur is None and base is None and cmp != "环比" and not m.group("cmp3"):
            cur = _restated_name(skel, text, by_start, m.start())
        remark = False
        if cur is None and base is None and not m.group("cmp3") and kind in ("percent", "amount"):
            cur = _remark_before(skel, by_start, m.start())    # B，超过疫情前水平，比2019年增长10.0%
            remark = cur is not None
        if m.group("lbase2") and (base is None or base.start != m.start("lbase2")) \
                and re.match(r"(?:19|20)\d{2}", m.group("lab2") or ""):
            cur = by_start[m.start("lbase2")]   # 上年同期为420件，2023年为512件，同比增长: the year's own value
        if cur is not None:
            nm = re.search(r"(人|件|户|家|个|起|次|宗|项)数", skel[cur.end:m.start("verb")])
            if nm and not measure(cur).startswith(nm.group(1)):     # (人数 names 人 and 人次)
                # 154户448人，户数下降59.2% / 发生事故58起、死亡31人，起数较上年下降19.4%: the word names the other
                # value's measure — the one value of that measure in the list right before, else none
                named = [x for x in _list_or_run(skel, by_start, cur) if measure(x) == nm.group(1) and not x.is_percent]
                cur = named[0] if len(named) == 1 else None
        if cur is not None and (_AFTER_VERB.search(skel, max(0, cur.start - 8), cur.start)
                                or _CMP_DIFF.search(skel, max(0, cur.start - 16), cur.start)):
            cur = None            # 比上年减少 439户，下降1.5%: 439户 is a difference, not this year's value
        if verb.endswith("率") and base is None:
            cur = None            # 减少事业单位45家，精简率47.9%: a reduction rate reads only with 由A…至B
        if base is None and cur is not None and cmp == "环比":
            pm = _POST_PERIOD.match(skel, m.end())
            if pm:
                g = "base" if pm.group("base") else "base2"
                pg = "pq1" if g == "base" else "pq"
                w2 = "" if g == "base" else pm.group("w2")
                w2 = re.sub(r"^(?:全(?:国|省|市|区|县)|共|累计)", "", w2)
                ok = (pm.group(pg) is None or unit_of(by_start[pm.start(pg)]) in ("季度", "月", "月份")) \
                    and _same_kind(by_start[pm.start(g)], cur) and not _AFTER_VERB.search(w2 or "")
                # 二季度全市用电量为…: the words naming the metric are words of the claim's own sentence
                if ok and (not w2 or w2 in text[_sentence_start(text, cur.start):cur.start]):
                    base, label = by_start[pm.start(g)], pm.group("lab" if g == "base" else "lab2")
        if base is None and cur is not None and cmp == "环比":
            pb = _period_before(doc, skel, text, by_start, cur)
            if pb is not None:
                base, label = pb
        if base is None and cur is not None and cmp != "环比":
            pm = _POST_BASE.match(skel, m.end())
            if pm:
                g = "base" if pm.group("base") else "base2"
                lab = pm.group("lab" if g == "base" else "lab2")
                w2 = pm.group("w2") if g == "base2" else _bracket_word(pm)
                # …，上年同期接待2500万人次: the verb after the label must be one the current value's clause used
                if _label_fits(doc, cmp, lab) and _estimate_fits(cmp, pm, g) \
                        and _words_name(w2, text[_clause_start(skel, cur.start):cur.start]):
                    base, label = by_start[pm.start(g)], lab
        if base is None and cur is not None:
            lo = max(0, cur.start - 40)
            cut = max(skel.rfind("。", lo, cur.start), skel.rfind("\n", lo, cur.start))
            pm = _PRE_BASE.search(skel, cut + 1 if cut >= 0 else lo, cur.start)
            if pm and _prior_label(doc, pm.group("lab")) and \
                    _same_subperiod(text, pm.start(), pm.end("base"), _clause_start(skel, cur.start), cur.start):
                base, label = by_start[pm.start("base")], pm.group("lab")
        if base is None and cur is not None and (m.group("cur") or remark):
            eb = _base_earlier(doc, skel, text, by_start, cur, cmp, m.end(), kind, amt)
            if eb is not None:
                base, label = eb
        if remark and base is None:
            cur = None            # a value across a remark is read only with the prior it is compared with
        end = m.end()
        # (比2020年的20.8亿元增长3.1倍，达到64.5亿元: a multiple too)
        if cur is None and base is not None and kind in ("percent", "times") and m.group("cmp5") is None:
            pc = _post_cur(skel, text, m.end(), amt, by_start)   # 较2019年的856.3亿元增长25.2%，达到1072.1亿元
            if pc and _same_kind(by_start[pc.start("cur")], base) and not _LIST_AFTER.match(skel, pc.end()):
                cur, end = by_start[pc.start("cur")], pc.end()
        if cur is None and base is None and kind in ("percent", "points", "times"):
            # 增长2.3倍（上年为18.6亿元），达到61.4亿元: the base in a bracket right after, the value reached after it
            bb = _bracket_base(doc, skel, text, m.end(), cmp, m.start())
            pc = _post_cur(skel, text, bb.end(), amt, by_start) if bb else None
            if pc and _same_kind(by_start[pc.start("cur")], by_start[bb.start("base")]) \
                    and not _LIST_AFTER.match(skel, pc.end()):
                cur, base, label, end = by_start[pc.start("cur")], by_start[bb.start("base")], bb.group("lab"), pc.end()
        if cur is None and base is None and kind in ("percent", "points", "times", "amount"):
            # 城镇化率提高1.3个百分点，达到62.5%，上年为61.2% / 增长1.5倍，达到96.3亿元，上年为38.5亿元
            pc = _post_cur(skel, text, m.end(), amt, by_start)
            pb = _POST_BASE.match(skel, pc.end()) if pc else None
            g2 = None if pb is None else "base2" if pb.group("base2") else "base"
            lab2 = pb.group("lab2" if g2 == "base2" else "lab") if pb else ""
            if pb and _label_fits(doc, cmp, lab2) and _estimate_fits(cmp, pb, g2) \
                    and (pb.group("w2") if g2 == "base2" else _bracket_word(pb)) == "为":
                # …，达到62.5%，上年为61.2% / …，达到50亿元（上年为20亿元）
                c2, b2 = by_start[pc.start("cur")], by_start[pb.start(g2)]
                if _same_kind(c2, b2) and (kind != "amount" or measure(c2) == measure(amt)):
                    cur, base, label, end = c2, b2, lab2, pb.end()
            elif pc and not _LIST_AFTER.match(skel, pc.end()) and kind in ("percent", "points"):
                # 上年受理案件400件。今年受理案件增长15%，达到460件: the value after the claim, last year's earlier
                # (or in the next sentence); the metric is named before the claim
                c2 = by_start[pc.start("cur")]
                eb = _base_earlier(doc, skel, text, by_start, c2, cmp, pc.end(), kind, amt,
                                   key_at=m.start("cmp") if cmp else m.start("verb"))
                if eb is not None:
                    cur, (base, label), end = c2, eb, pc.end()
                elif kind == "percent" and pc.group("cur") and "达" in text[m.end():pc.start("cur") + 1] \
                        and is_count(c2) and not c2.is_percent and c2.approx is None \
                        and not (out and not _CHAIN_SEP.sub("", _ADVERB_END.sub(
                            "", skel[out[-1].end:m.start("cmp") if cmp else m.start("verb")]))):
                    # 专利代理机构增长19.7%，达91家: the count reached, with no prior stated (LG203 reads the whole
                    # counts a prior may have been; not after a difference it chains to: 增加5.7万人，增长X%，达到B)
                    cur, end = c2, pc.end()
        if cur is None and kind == "amount" and cmp:
            pc = _post_cur(skel, text, m.end(), amt, by_start)
            if pc and measure(by_start[pc.start("cur")]) == measure(amt) and not _LIST_AFTER.match(skel, pc.end()):
                cur, end = by_start[pc.start("cur")], pc.end()   # 比上年增加40件，达到520件
        if cur is not None and unit_of(cur) in TIME_UNITS:
            if base is None and trans_before(m.start("cmp") if cmp else m.start("verb")) is not None:
                cur = None    # 由A增加到B，四年间增长43.7%: the span names the transition's years
            else:
                continue  # 五年增长1倍: a period, not the current value; the claim is over several years
        start = m.start("cmp") if cmp else m.start("verb")
        if cur is not None:
            start = cur.start
        tr = None
        if cur is None:
            tr = trans_before(start)
        elif base is None:
            tr = trans_by_end.get(cur.end)
        if tr is not None:
            if base is None:
                base, cur = tr.base, tr.current
                label = label or tr.base_label
                start = tr.start
            else:
                tr = None
        if cur is None and base is None and kind in ("percent", "times") and tr is None:
            j = m.end()
            while j < len(skel) and skel[j] in " \t，,":
                j += 1
            nt = trans_by_start.get(j)        # 比2019年增长18.6%，由2019年的236.5亿元增加到280.5亿元
            if nt is None and skel[j:j + 1] in ("由", "从"):
                nt = trans_by_start.get(j + 1)     # 能耗下降4.2%，由0.48吨标准煤降至0.46吨标准煤 (read without its 由)
            cy = re.search(r"(?:19|20)\d{2}", cmp or "")
            if nt is not None and j > m.end() and (cy is None or cy.group() in nt.base_label) \
                    and not QUALIFIERS.search(text, max(0, m.start() - 6), m.end()):   # 年均增长X%，由A增加到B: LG208's
                base, cur, tr, end = nt.base, nt.current, nt, nt.end
        delta, delta_dir = None, 0
        if cur is None and tr is None and base is None and out \
                and not _CHAIN_SEP.sub("", _ADVERB_END.sub("", skel[out[-1].end:start])):
            prev = out[-1]  # 较上年增加17件，增长12.2%: a second claim about the same value
            if prev.current is not None and prev.kind in ("amount", "percent") \
                    and not _bases_differ(doc, cmp, prev.comparison):
                cur, base, tr, start = prev.current, prev.base, prev.transition, prev.start
                cmp = cmp or prev.comparison
                label = label or prev.base_label or prev.comparison
                if base is None and prev.kind == "amount":
                    delta, delta_dir = prev.amount, prev.direction
                elif base is None and kind == "amount" and prev.kind == "percent" and prev.delta is None \
                        and prev.amount is not None and measure(amt) == measure(prev.current):
                    # 同比增幅为2.4%，比上年净增3.0万人: the difference stated after the rate gives its prior
                    out[-1] = dataclasses.replace(prev, delta=amt, delta_direction=_direction(verb))
            elif prev.current is None and prev.base is None and prev.transition is None and prev.delta is None \
                    and {kind, prev.kind} == {"amount", "percent"} and not _bases_differ(doc, cmp, prev.comparison):
                # 比上年减少312件次，下降14.5%，降至1,846件次 / 下降12.5%，减少426起，降至2,982起: a difference and a
                # growth with no value before them, the value they reach right after the second
                d = prev.amount if prev.kind == "amount" else amt
                pc = _post_cur(skel, text, m.end(), amt, by_start)
                c2 = by_start[pc.start("cur")] if pc else None
                if c2 is not None and d is not None and measure(c2) == measure(d) and not c2.is_percent \
                        and not _LIST_AFTER.match(skel, pc.end()):
                    cmp = cmp or prev.comparison
                    cur, end = c2, pc.end()
                    if kind == "percent":
                        delta, delta_dir = prev.amount, prev.direction
                    else:
                        out[-1] = dataclasses.replace(prev, current=c2, delta=amt, delta_direction=_direction(verb),
                                                      comparison=prev.comparison or cmp)
        if delta is None and base is None and tr is None and cur is not None and out and kind == "percent":
            prev = out[-1]   # 比上年增加40件，达到520件，增长8.3%: the difference stated before the value
            if prev.current is cur and prev.kind == "amount" and prev.base is None and prev.transition is None \
                    and prev.comparison and prev.amount is not None and not _bases_differ(doc, cmp, prev.comparison):
                delta, delta_dir = prev.amount, prev.direction
                cmp = cmp or prev.comparison
        out.append(Change(start=start, end=end, verb=verb, verb_start=m.start("verb"), verb_end=m.end("verb"),
                          direction=_direction(verb), kind=kind, amount=amt, comparison=cmp, base=base,
                          base_label=label, current=cur, transition=tr,
                          approx=amt.approx is not None, delta=delta, delta_direction=delta_dir,
                          factor=(2.0 ** amt.value,) * 2 if kind == "fan" else None))
        if kind in ("times", "times_to") and skel.startswith("半", amt.end) and amt.value == int(amt.value):
            # 增加了一倍半: N and a half, as coarse as halves are (N + 0.25 … N + 0.75)
            out[-1] = dataclasses.replace(out[-1], amount=None, end=max(end, amt.end + 1),
                                          factor=(amt.value + 0.25, amt.value + 0.75))
    out.extend(_listed_changes(doc, skel, text, by_start))
    _aligned_lists(doc, skel, text, by_start, out)
    _next_sentence_lists(skel, by_start, out)
    # 是上年的N倍
    for m in lazyre.finditer(_TIMES_OF, skel):
        amt = by_start[m.start("amt")]
        if unit_of(amt) != "倍" or skel.startswith("半", amt.end):
            continue
        if m.group("ago") and unit_of(by_start[m.start("ago")]) != "年":
            continue              # 是十年前的…: a span of years ago, nothing else
        if m.group("plan") and not m.group("base"):
            continue              # 是年度任务的1.2倍 without the task's value: nothing to recompute
        cur = by_start[m.start("cur")] if m.group("cur") else None
        post_end = m.end()
        if cur is None and m.group("verb") not in ("是", "为", "相当于"):
            pc = _post_cur(skel, text, m.end())      # 扩大到上年的2.5倍，达到96.3亿元
            if pc is not None:
                cur, post_end = by_start[pc.start("cur")], pc.end()
        elif cur is None:
            # 交易额是上年的2.4倍，达到58.8亿元，上年为24.5亿元: the value reached by 达到 (not 为: 是…的2倍，为全省…)
            pc = _post_cur(skel, text, m.end(), amt, by_start)
            if pc is not None and "达" in text[m.end():pc.start("cur") + 1] and not _LIST_AFTER.match(skel, pc.end()):
                cur, post_end = by_start[pc.start("cur")], pc.end()
        # 是上年180万人次的2.5倍 / 是2020年32亿元的3倍: the base written in the phrase
        bg = "base" if m.group("base") else "base2" if m.group("base2") else "base3" if m.group("base3") else None
        base = by_start[m.start(bg)] if bg else None
        if base is None and cur is not None:
            # 为上年同期的2.3倍，上年同期为32亿元 / …的3倍（上年为400件）: the base stated right after
            pm = _POST_BASE.match(skel, post_end)
            if pm:
                g = "base" if pm.group("base") else "base2"
                w2 = pm.group("w2") if g == "base2" else _bracket_word(pm)
                # …，上年接待游客180万人次: the verb after the label must be one the current value's clause used;
                # 是2019年的二点五倍，2019年为520家: the label the multiple names
                plab = pm.group("lab" if g == "base" else "lab2")
                # (是上年的1.8倍，…，2019年为0.9万辆: an earlier year's value is not last year's)
                if (plab == m.group("cmp") or _label_fits(doc, "比" + m.group("cmp"), plab)) \
                        and _estimate_fits(m.group("cmp"), pm, g) \
                        and _words_name(w2, text[_clause_start(skel, cur.start):cur.start]):
                    base = by_start[pm.start(g)]
        if base is None and cur is not None and trans_by_end.get(cur.end) is not None:
            base = trans_by_end[cur.end].base     # 由120件增加到300件，是上年的2.5倍
        if base is None and cur is not None and re.match(r"(?:" + _PRIOR_LABEL + r"|(?:19|20)\d{2}年)$", m.group("cmp")):
            # 上年…为1,850件。今年…是上年的2.3倍 / 2019年接待游客180万人次。…为2019年的2.5倍
            eb = _base_earlier(doc, skel, text, by_start, cur, "比" + m.group("cmp"), m.end(), "times", amt)
            base = eb[0] if eb else None
        if amt.approx is None and m.end() == amt.end and skel.startswith(("多", "余"), amt.end) \
                and amt.value == int(amt.value):
            # 是2018年的两倍多 / 3倍余: more than N times, fewer than N + 1 (the extractor reads 两倍 alone)
            out.append(Change(start=cur.start if cur else m.start(), end=amt.end + 1, verb=m.group("verb"),
                              verb_start=m.start("verb"), verb_end=m.end("verb"), direction=1, kind="times_to",
                              amount=None, comparison=m.group("cmp"), current=cur, approx=True, base=base,
                              base_label=m.group("cmp") if base is not None else "",
                              factor=(float(amt.value), float(amt.value) + 1)))
            continue
        out.append(Change(start=cur.start if cur else m.start(), end=m.end(), verb=m.group("verb"),
                          verb_start=m.start("verb"), verb_end=m.end("verb"), direction=1, kind="times_to",
                          amount=amt, comparison=m.group("cmp"), current=cur, approx=amt.approx is not None,
                          base=base, base_label=m.group("cmp") if base is not None else ""))
    out.extend(_restorations(doc, skel, text, by_start))
    # multiples in Chinese numerals the extractor did not see (增长一点二倍), and 翻番
    taken = [(ch.start, ch.end) for ch in out]
    for m in (_TIMES_CN.finditer(skel) if "倍" in skel else ()):      # (every match ends with 倍)
        if any(a <= m.start() < b for a, b in taken):
            continue
        parsed = parse_cn_number(m.group("num"))
        vm = re.search(r"(?P<verb>" + "|".join(sorted(_UP + _DOWN, key=len, reverse=True)) + r")(?P<le>了|到|至|为)?$",
                       skel[max(0, m.start() - 6):m.start()])
        if vm is None:   # 由120件增加到300件，是上年的二点五倍: a multiple of the base
            vm = re.search(r"(?P<verb>是|为|相当于)" + _LABEL + r"的(?P<le>)$", skel[max(0, m.start() - 12):m.start()])
            if vm is not None and parsed is not None:
                vstart = m.start() - len(vm.group(0))
                tr = trans_before(vstart)
                if tr is not None:
                    value, dec = parsed
                    half = 0.5 * 10 ** (-dec)
                    out.append(Change(start=tr.start, end=m.end(), verb=vm.group("verb"), verb_start=vstart,
                                      verb_end=vstart + len(vm.group("verb")), direction=1, kind="times_to",
                                      amount=None, base=tr.base, current=tr.current, transition=tr,
                                      base_label=tr.base_label, factor=(value - half, value + half),
                                      approx=bool(m.group("post"))))
            continue
        if parsed is None:
            continue
        value, dec = parsed
        half = 0.5 * 10 ** (-dec)
        vstart = m.start() - len(vm.group(0))
        tr = trans_before(vstart)
        le = vm.group("le") or ""
        base = cur = None
        blabel = tr.base_label if tr else ""
        if tr is None:
            # 比2020年的20.8亿元增长三点一倍，达到64.5亿元: the base in the basis, the value reached after the multiple
            bm = _CN_TIMES_BASE.search(skel, max(0, vstart - 40), vstart)
            pc = _post_cur(skel, text, m.end()) if bm is not None else None
            if pc is not None and not _LIST_AFTER.match(skel, pc.end()) \
                    and _same_kind(by_start[bm.start("base")], by_start[pc.start("cur")]):
                base, cur, blabel = by_start[bm.start("base")], by_start[pc.start("cur")], bm.group("lab")
        out.append(Change(start=tr.start if tr else vstart, end=m.end(), verb=vm.group("verb"), verb_start=vstart,
                          verb_end=vstart + len(vm.group("verb")), direction=_direction(vm.group("verb")),
                          kind="times_to" if le in ("到", "至", "为") else "times", amount=None,
                          base=tr.base if tr else base, current=tr.current if tr else cur, transition=tr,
                          base_label=blabel, factor=(value - half, value + half),
                          approx=bool(m.group("post"))))
    for m in lazyre.finditer(_FAN, skel):
        n = m.group("n")
        pre = m.group("pre") or m.group("pre2")
        if m.group("q"):
            q = by_start[m.start("q")]
            if unit_of(q) != "番" or q.decimals or q.value > 10:
                continue
            times = 2 ** int(q.value)
        else:
            times = 2 ** (int(n) if n and n.isdigit() else (_CN_DIGITS.get(n, 1) if n else 1))
        tr = trans_before(m.start())
        # 翻了一番以上 read as one quantity 一番以上 (a lower bound) by the extractor
        qa = by_start[m.start("q")].approx if m.group("q") else None
        if qa == "<" and by_start[m.start("q")].before_word in ("近", "将近", "將近", "接近"):
            pre, qa = "近", None      # 翻了近两番 (近两番 read as one quantity): just under n doublings
        approx = pre in ("基本", "接近", "将近", "近", "超过", "超", "约", "大约") or bool(m.group("post")) \
            or qa is not None
        # 翻了一番多 / 超过翻一番: more than n doublings, fewer than n + 1; 接近翻一番: just under n
        if m.group("post") in ("多", "以上", "还多", "有余") or pre in ("超过", "超") or qa in (">", ">="):
            fan_iv = (float(times), float(times) * 2)
        elif qa in ("<", "<=", "≈"):
            continue      # 翻一番左右 / 不到一番: too loose to check
        elif pre in ("接近", "将近", "近"):
            fan_iv = (float(times) * 0.75, float(times))
        else:
            fan_iv = (float(times), float(times))
        if tr is None:
            j = m.end()              # 翻了一番，由630.2亿元增加到1260.5亿元: the transition right after
            while j < len(skel) and skel[j] in " \t，,":
                j += 1
            nt = trans_by_start.get(j) if j > m.end() else None
            if nt is not None and not QUALIFIERS.search(text, max(0, m.start() - 6), m.end()):
                tr = nt
        fb = None if tr else _FAN_BASE.search(skel, max(0, m.start() - 60), m.start())
        if fb and fb.group("ago") and unit_of(by_start[fb.start("ago")]) != "年":
            fb = None             # 比三个月前的…: only a span of years names a base year
        if fb:    # 1260亿元，比2020年的630亿元翻了一番
            fcur, fbase = by_start[fb.start("cur")], by_start[fb.start("base")]
            out.append(Change(start=fcur.start, end=m.end(), verb="翻番", verb_start=m.start(), verb_end=m.end(),
                              direction=1, kind="fan", amount=None, base=fbase, current=fcur,
                              base_label=fb.group("lab") or "", factor=fan_iv, approx=approx))
            continue
        fc = None if tr else _FAN_CUR.search(skel, max(0, m.start() - 40), m.start())
        span_lab = None
        if fc is None and tr is None:
            # 达到86.4亿元，五年翻了两番。2018年为21.2亿元: a span of N years before 翻番 and an earlier year's value
            # right after — the base when that year is N years before the figures' year (or N − 1: the span counted
            # inclusively), or the figures' year is not known
            fs = _FAN_SPAN.search(skel, max(0, m.start() - 40), m.start())
            ym = _NEXT_YEAR_LABEL.match(skel, m.end()) if fs is not None else None
            if ym is not None:
                nq, fy, y = by_start[fs.start("n")], _doc_year(doc), int(ym.group(1))
                if unit_of(nq) == "年" and nq.value == int(nq.value) and 1 <= nq.value <= 30 \
                        and (fy is None or y in (fy - int(nq.value), fy - int(nq.value) + 1)):
                    fc, span_lab = fs, ym.group(1) + "年"
        if fc:
            # 1260亿元，比上年翻了一番。上年进出口总额630亿元 / …，2020年为630亿元: the base after it or elsewhere
            fcur, lab = by_start[fc.start("cur")], span_lab or fc.group("lab")
            fbase = None
            pm = _POST_BASE.match(skel, m.end())
            if pm and pm.group("base2") and pm.group("lab2") == lab and not pm.group("est2") and (
                    pm.group("w2") == "为" or pm.group("w2") in text[_clause_start(skel, fcur.start):fcur.start]):
                fbase = by_start[pm.start("base2")]
            bb = _bracket_base(doc, skel, text, m.end(), "比" + lab, fcur.start) if fbase is None else None
            if bb is not None:     # 比2018年翻了一番多（2018年为572家）
                fbase = by_start[bb.start("base")]
            if fbase is None:
                eb = _base_earlier(doc, skel, text, by_start, fcur, "比" + lab, m.end(), "times")
                fbase = eb[0] if eb else None
            if fbase is not None:
                out.append(Change(start=fcur.start, end=m.end(), verb="翻番", verb_start=m.start(), verb_end=m.end(),
                                  direction=1, kind="fan", amount=None, base=fbase, current=fcur,
                                  base_label=lab, factor=fan_iv, approx=approx))
                continue
        bb = _bracket_base(doc, skel, text, m.end(), None, m.start()) if tr is None and not fc else None
        pc = _post_cur(skel, text, bb.end()) if bb is not None else None
        if pc is not None and not QUALIFIERS.search(text, max(0, m.start() - 6), m.end()) \
                and _same_kind(by_start[pc.start("cur")], by_start[bb.start("base")]):
            # 翻了一番（上年为3,200个），达到6,450个: the base in a bracket, the value reached after it
            out.append(Change(start=m.start(), end=m.end(), verb="翻番", verb_start=m.start(), verb_end=m.end(),
                              direction=1, kind="fan", amount=None, base=by_start[bb.start("base")],
                              current=by_start[pc.start("cur")], base_label=bb.group("lab"), factor=fan_iv,
                              approx=approx))
            continue
        pc = _post_cur(skel, text, m.end()) if tr is None and not fc else None
        if pc is not None and not QUALIFIERS.search(text, max(0, m.start() - 6), m.end()):
            # 翻番，达到2460亿元，2018年为1210亿元 / （2018年为1210亿元）: both levels after it, the base
            # labelled with an earlier year
            pm = _POST_BASE.match(skel, pc.end())
            g = None if pm is None else "base" if pm.group("base") else "base2"
            plab = pm.group("lab" if g == "base" else "lab2") if g else ""
            # (a year with the report's year unknown: a doubling is over an earlier year, the value after it that one's)
            if g and not pm.group("est" if g == "base" else "est2") \
                    and (_prior_label(doc, plab) or (_year_unknown(doc) and re.match(r"(?:19|20)\d{2}年$", plab))) \
                    and ((g == "base" and _bracket_word(pm) == "为") or pm.group("w2") == "为"):
                out.append(Change(start=m.start(), end=m.end(), verb="翻番", verb_start=m.start(), verb_end=m.end(),
                                  direction=1, kind="fan", amount=None, base=by_start[pm.start(g)],
                                  current=by_start[pc.start("cur")],
                                  base_label=pm.group("lab" if g == "base" else "lab2"), factor=fan_iv, approx=approx))
                continue
        out.append(Change(start=tr.start if tr else m.start(), end=m.end(), verb="翻番", verb_start=m.start(),
                          verb_end=m.end(), direction=1, kind="fan", amount=None,
                          base=tr.base if tr else None, current=tr.current if tr else None, transition=tr,
                          base_label=tr.base_label if tr else "", factor=fan_iv, approx=approx))
    out.extend(_fan_lists(doc, skel, text, by_start))
    out.sort(key=lambda ch: (ch.start, ch.end))
    c["changes"] = out
    return out


#: 比2020年的20.8亿元 right before a multiple in Chinese numerals (增长三点一倍): the basis and its value
_CN_TIMES_BASE = lazyre.compile(r"(?:比|较之?)(?P<lab>" + _LABEL + r")(?:同期)?的?(?P<base>" + _Q + r")[\s，,]*(?:同比)?$")
#: 38.6万人次，恢复到2019年的72.3% / 恢复至2019年同期的64.8%，达到186.5万人次: a level as a share of a base year's
_RESTORE = lazyre.compile(r"(?P<verb>恢复到|恢复至|恢复为|回升到|回升至|相当于)"
                          r"(?P<cmp>(?:19|20)\d{2}年)(?:同期|全年)?(?:水平)?的(?P<amt>" + _Q + r")")
#: the level right before the phrase (38.6万人次，恢复到…), read backwards from the verb
_RESTORE_CUR = lazyre.compile(r"(?P<cur>" + _Q + r")[\s，,]*(?:已经|已|基本|整体|总体)?$")


def _restorations(doc: "Document", skel: str, text: str, by_start: Dict[int, "Quantity"]) -> List[Change]:
    """恢复到2019年的72.3%: the level is that share of the base year's (a multiple below one, ``times_to`` with the
    share in ``factor``), the level right before the phrase or reached after it (，达到186.5万人次), the base year's
    level right after (，2019年为53.4万人次 / （2019年同期为287.8万人次）, the words after the year naming the level's
    own metric) or stated earlier in the paragraph under that year (:func:`_base_earlier`).  ``direction`` 0: the level
    may be below or above the base year's."""
    out: List[Change] = []
    if "恢复" not in skel and "回升" not in skel and "相当于" not in skel:
        return out
    tr_by_end = {t.end: t for t in transitions(doc)}
    for m in _RESTORE.finditer(skel):
        amt = by_start[m.start("amt")]
        if not amt.is_percent or unit_of(amt) in POINT_UNITS or amt.approx in ("<", "<=", ">", ">="):
            continue      # (恢复到2019年的九成以上 / 90%以上: a bound, not read here)
        cm = _RESTORE_CUR.search(skel, max(0, m.start() - 40), m.start())
        cur = by_start.get(cm.start("cur")) if cm else None
        post_end = m.end()
        year = m.group("cmp")[:4]
        t = tr_by_end.get(cm.end("cur")) if cm else None
        if t is not None and t.base_label.startswith(year) and _same_kind(t.base, t.current):
            # 2023年接待游客1,286万人次，2019年为1,412万人次，恢复到2019年的91.1%: both levels right before it
            lo, hi = interval_of(amt)
            out.append(Change(start=t.start, end=m.end(), verb=m.group("verb"), verb_start=m.start("verb"),
                              verb_end=amt.end, direction=0, kind="times_to", amount=None, comparison=m.group("cmp"),
                              base=t.base, base_label=m.group("cmp"), current=t.current, transition=t,
                              factor=(lo / 100, hi / 100)))
            continue
        if cur is None:
            pc = _post_cur(skel, text, m.end(), amt, by_start)     # 恢复至2019年同期的64.8%，达到186.5万人次
            if pc is not None and "达" in text[m.end():pc.start("cur") + 1] and not _LIST_AFTER.match(skel, pc.end()):
                cur, post_end = by_start[pc.start("cur")], pc.end()
        if cur is None or cur.is_percent or _LIST_AFTER.match(skel, post_end):
            continue
        base = None
        pm = _POST_BASE.match(skel, post_end)
        if pm and (pm.group("lab") or pm.group("lab2") or "").startswith(year):
            # the base year's label right after: its value or none (2019年接待入境游客… names another metric)
            g = "base" if pm.group("base") else "base2"
            w2 = pm.group("w2") if g == "base2" else _bracket_word(pm)
            plab = pm.group("lab" if g == "base" else "lab2")
            if plab.startswith(year) and _estimate_fits("", pm, g) \
                    and _words_name(w2, text[_clause_start(skel, cur.start):cur.start]):
                base = by_start[pm.start(g)]
        else:
            eb = _base_earlier(doc, skel, text, by_start, cur, "比" + m.group("cmp"), m.end(), "times", amt)
            # (only a value of the paragraph: the base year's level named in another part of the report may be scoped
            # otherwise)
            base = eb[0] if eb and "\n" not in skel[eb[0].start:cur.start] else None
        if base is None or not _same_kind(base, cur):
            continue
        lo, hi = interval_of(amt)
        out.append(Change(start=cur.start, end=max(m.end(), post_end), verb=m.group("verb"),
                          verb_start=m.start("verb"), verb_end=amt.end, direction=0, kind="times_to", amount=None,
                          comparison=m.group("cmp"), base=base, base_label=m.group("cmp"), current=cur,
                          factor=(lo / 100, hi / 100)))
    return out


def _fan_lists(doc: "Document", skel: str, text: str, by_start: Dict[int, "Quantity"]) -> List[Change]:
    """实现“三大倍增”：国家高新技术企业从660家增至1313家；市级以上创新载体从119家增至243家；…: the heading counts the
    doublings and the list after its colon states them, one 由A增至B each — read only when the sentence holds exactly as
    many transitions as the heading counts and no other figure.  Each is a 翻一番 (×2) of its item: the change spans the
    item, its verb (verb_start, verb_end) is the heading before it."""
    if "倍增" not in text:
        return []
    import bisect
    out: List[Change] = []
    trs = transitions(doc)
    tstarts = [t.start for t in trs]
    qstarts = _starts(doc)
    for m in _FAN_LIST.finditer(text):
        n = _CN_DIGITS.get(m.group("n")) or int(m.group("n"))
        e = min([x for x in (text.find(ch, m.end(), m.end() + 400) for ch in "。\n") if x >= 0] or [-1])
        if e < 0:
            continue
        items = trs[bisect.bisect_left(tstarts, m.end()):bisect.bisect_left(tstarts, e)]
        if len(items) != n or any(t.end > e for t in items):
            continue
        own = {q.start for t in items for q in (t.base, t.current)}
        others = [p for p in qstarts[bisect.bisect_left(qstarts, m.end()):bisect.bisect_left(qstarts, e)]
                  if p not in own and unit_of(by_start[p]) != "年"]
        if others:
            continue          # another figure in the list: not a list of doublings only
        for t in items:
            # the claim is the item (its span); the verb is the heading before it
            out.append(Change(start=t.start, end=t.end, verb="倍增", verb_start=m.start("h"),
                              verb_end=m.end("h"), direction=1, kind="fan", amount=None, base=t.base, current=t.current,
                              transition=t, base_label=t.base_label, factor=(2.0, 2.0), approx=False))
    return out


_LIST_SEP = r"\s*(?:、|和|及|与|以及)\s*"
_QLIST = r"(?:" + _Q + r")(?:" + _LIST_SEP + r"(?:" + _Q + r"))+"
_ANY_VERB = r"(?:" + "|".join(sorted(_UP + _DOWN, key=len, reverse=True)) + r")"
#: a list of changes whose later items may carry their own verb: 分别增长15%和下降5% / 分别增加12件、减少3件
_AMT_LIST = r"(?:" + _Q + r")(?:" + _LIST_SEP + r"(?:" + _ANY_VERB + r"了?)?(?:" + _Q + r"))+"
_OWN_VERB = lazyre.compile(r"(" + _ANY_VERB + r")了?\s*$")


def _item_verbs(skel: str, amts: List["Quantity"], verb: str) -> List[str]:
    """The verb of each change of a 分别 list: its own (分别增长15%和下降5%: 下降 for the second), else the list's."""
    out = [verb]
    for prev, a in zip(amts, amts[1:]):
        vm = _OWN_VERB.search(skel, prev.end, a.start)
        out.append(vm.group(1) if vm else verb)
    return out
#: 受理、审结行政复议案件分别为460件、420件，分别同比增长15%、20%: values and changes paired by order
_LISTED = lazyre.compile(r"(?<![、和及与\ue010\ue011])(?P<vals>" + _QLIST + r")(?P<gap>[^。；;\n\ue010\ue011]{0,12}?)"
                         # 分别达到A和B，上年分别为C和D，分别增长X%和Y%: the priors between the values and the changes
                         r"(?:(?:上一?年|去年)(?:同期)?分别(?:为|是)?(?P<mbases>" + _QLIST + r")[\s，,]*)?"
                         # 86起、43人，较上年（100起、50人）分别下降14%、14%: the priors in brackets after the basis
                         r"(?:(?P<cmp0>(?:较|比)(?:上一?年|去年)(?:同期)?)[（(](?P<pbases>" + _QLIST + r")[）)])?"
                         r"(?P<cmp1>同比|比上年|较上年|比上年同期|较上年同期)?"
                         r"分别(?P<cmp2>同比|比上年|较上年|比上年同期|较上年同期)?" + _VERB + r"(?:了)?(?P<amts>" + _AMT_LIST + r")")
#: 接待游客2860万人次、实现旅游收入312.4亿元，分别增长12.4%和15.7%: values each named in its own words, then one
#: 分别 list of changes (the values are the sentence's last ones before it)
_ITEM_LABEL = r"(?:上一?年|去年|(?:19|20)\d{2}年)(?:同期|度)?"
#: 进口额186.4亿元（上年172.5亿元）、出口额243.8亿元（上年221.6亿元），分别增长…: each value with last year's in a
#: bracket right after it (the last one's bracket is read by :data:`_LISTED_TAIL`, ``ilab``/``ibase``)
_ITEM_PRIOR_OPEN = lazyre.compile(r"^\s*[（(](?P<lab>" + _ITEM_LABEL + r")(?:为|是)?\s*$")
_LISTED_TAIL = lazyre.compile(r"(?:\s*[（(](?P<ilab>" + _ITEM_LABEL + r")(?:为|是)?\s*(?P<ibase>" + _Q + r")\s*[）)])?"
                              r"[\s，,]*(?:(?P<cmp0>(?:较|比)(?:上一?年|去年)(?:同期)?)[（(](?P<pbases>" + _QLIST + r")[）)])?"
                              r"(?P<cmp1>同比|比上年|较上年|比上年同期|较上年同期)?分别(?P<cmp2>同比|比上年|较上年|比上年同期|较上年同期)?"
                              + _VERB + r"(?:了)?(?P<amts>" + _AMT_LIST + r")")
#: 一般公共预算收入和税收收入分别增长8.2%、5.6%，分别达到86.6亿元、61.0亿元: the changes first, then the values reached
_LISTED_REV = lazyre.compile(r"分别(?P<cmp2>同比|比上年|较上年|比上年同期|较上年同期)?"
                             + _VERB + r"(?:了)?(?P<amts>" + _AMT_LIST + r")[\s，,]*分别(?:达到|达|为|是|增至|增加到|增长到|提高到|"
                             r"提升到|升至|降至|下降到|减少到|减至)(?P<vals>" + _QLIST + r")")
_CMP_BEFORE_LIST = lazyre.compile(r"(?:同比|比上年|较上年|比上年同期|较上年同期)$")
#: ，上年分别为2540万人次和270.1亿元 right before a 分别 list of changes (searched up to that list's start)
_PRIOR_LIST_END = lazyre.compile(r"[，,]\s*(?:上一?年|去年)(?:同期)?分别(?:为|是)?(?P<bases>" + _QLIST + r")$")
#: …，上年分别为400件、350件 / （上年同期分别为…）: the priors of a listed pair, in the same order
_LISTED_PRIOR = lazyre.compile(r"[\s，,（(。；;]*(?P<lab>上一?年|去年|(?:19|20)\d{2}年)(?:同期)?(?:分别)?(?:为|是)?(?P<bases>"
                               + _QLIST + r")")


def _listed_prior(doc: "Document", skel: str, pos: int, cmp: str):
    """The priors of a 分别 list written right after it (，上年分别为400件、350件 / ，2022年分别为… when 2022 is the year
    before the figures' year, or the year the basis names): the match, or None."""
    pm = _LISTED_PRIOR.match(skel, pos)
    if pm is None or (pm.group("lab")[0] in "12" and not _label_fits(doc, cmp, pm.group("lab"))):
        return None
    return pm


def _qlist(by_start: Dict[int, "Quantity"], skel: str, lo: int, hi: int) -> List["Quantity"]:
    out: List["Quantity"] = []
    j = skel.find(QTOK, lo, hi)
    while j >= 0:
        out.append(by_start[j])
        j = skel.find(QTOK, j + 1, hi)
    return out


def _listed_changes(doc: "Document", skel: str, text: str, by_start: Dict[int, "Quantity"]) -> List[Change]:
    """Changes stated as two lists paired by 分别, in order: A、B分别为460件、420件，分别同比增长15%、20% (with the
    priors when a third list follows: ，上年分别为400件、350件).  Only lists of equal length; a list of changes of
    one kind (all %, all 个百分点 or all of the values' measure)."""
    out: List[Change] = []
    over_deltas: List[Tuple[object, List["Quantity"], List["Quantity"]]] = []
    for m in lazyre.finditer(_LISTED, skel):
        if m.group("verb") in _SINGLE and not (m.group("cmp0") or m.group("cmp1") or m.group("cmp2")
                                               or m.group("mbases")):
            continue
        if re.search(r"[（(]\s*$", skel[max(0, m.start() - 2):m.start()]):
            continue      # 较上年（100起、50人）分别下降…: the priors in brackets, not the current values
        if re.search(r"(?:上一?年|去年)(?:同期)?分别(?:为|是)?$", skel[max(0, m.start() - 8):m.start()]):
            continue      # 上年分别为2540万人次和270.1亿元，分别增长…: the priors, not the current values
        vals = _qlist(by_start, skel, m.start("vals"), m.end("vals"))
        amts = _qlist(by_start, skel, m.start("amts"), m.end("amts"))
        if _AFTER_VERB.search(skel, max(0, m.start() - 8), m.start()):
            # 36起、死亡21人，较上年分别减少9起、7人，分别下降20.0%和25.0%: the first list holds differences, not this
            # year's values — the changes are each over the value its difference is of (paired once all lists are read)
            if len(vals) == len(amts) and not m.group("mbases") and not m.group("pbases"):
                over_deltas.append((m, vals, amts))
            continue
        if len(vals) != len(amts) or len(vals) > 12:
            continue
        if unit_of(amts[-1]) in POINT_UNITS and all(unit_of(a) == "个" for a in amts[:-1]):
            # 分别提高1.3个、0.6个百分点: the unit written once, after the last item
            amts = [dataclasses.replace(a, unit=amts[-1].unit) for a in amts[:-1]] + [amts[-1]]
        kinds = {_kind(a, "") for a in amts}
        if len(kinds) != 1 or kinds & {"times", "times_to", "fan"}:
            continue
        kind = kinds.pop()
        if kind == "amount" and any(measure(a) != measure(v) for a, v in zip(amts, vals)):
            continue
        if any(unit_of(v) in TIME_UNITS or v.approx not in (None, "≈") for v in vals):
            continue
        if QUALIFIERS.search(text, max(0, m.start() - 8), m.end()):
            continue        # 年均分别增长…, 按可比价格…
        bases: List[Optional["Quantity"]] = [None] * len(vals)
        end = m.end()
        pm = _listed_prior(doc, skel, m.end(), m.group("cmp0") or m.group("cmp1") or m.group("cmp2") or "")
        pg = "pbases" if m.group("pbases") else "mbases" if m.group("mbases") else None
        if pg:
            bl = _qlist(by_start, skel, m.start(pg), m.end(pg))
            if len(bl) != len(vals) or not all(_same_kind(b, v) for b, v in zip(bl, vals)):
                continue
            bases = list(bl)
        elif pm:
            bl = _qlist(by_start, skel, pm.start("bases"), pm.end("bases"))
            if len(bl) == len(vals) and all(measure(b) == measure(v) and b.is_percent == v.is_percent
                                            for b, v in zip(bl, vals)):
                bases, end = list(bl), pm.end()
        cmp = m.group("cmp0") or m.group("cmp1") or m.group("cmp2") or ""
        verb = m.group("verb")
        for v, a, b, vb in zip(vals, amts, bases, _item_verbs(skel, amts, verb)):
            out.append(Change(start=v.start, end=end, verb=vb, verb_start=m.start("verb"), verb_end=m.end("verb"),
                              direction=_direction(vb), kind=kind, amount=a, comparison=cmp, base=b,
                              base_label="上年" if b is not None else "", current=v, approx=a.approx is not None,
                              listed=True))
    k = skel.find("分别")
    while k >= 0:      # (matched at each 分别 of the text, not tried at every character)
        m = _LISTED_REV.match(skel, k)
        k = skel.find("分别", k + 2)
        if m is None:
            continue
        c1 = _CMP_BEFORE_LIST.search(skel, max(0, m.start() - 6), m.start())
        if m.group("verb") in _SINGLE and not (c1 or m.group("cmp2")):
            continue
        vals = _qlist(by_start, skel, m.start("vals"), m.end("vals"))
        amts = _qlist(by_start, skel, m.start("amts"), m.end("amts"))
        if len(vals) != len(amts) or len(vals) > 12 or _LIST_AFTER.match(skel, m.end()):
            continue
        kinds = {_kind(a, "") for a in amts}
        if len(kinds) != 1 or kinds & {"times", "times_to", "fan"}:
            continue
        kind = kinds.pop()
        if kind == "amount" and any(measure(a) != measure(v) for a, v in zip(amts, vals)):
            continue
        if any(unit_of(v) in TIME_UNITS or v.approx not in (None, "≈") for v in vals) \
                or QUALIFIERS.search(text, max(0, m.start() - 8), m.end()):
            continue
        bases = [None] * len(vals)
        end = m.end()
        pm = _listed_prior(doc, skel, m.end(), (c1.group() if c1 else "") or m.group("cmp2") or "")
        if pm:
            bl = _qlist(by_start, skel, pm.start("bases"), pm.end("bases"))
            if len(bl) == len(vals) and all(_same_kind(b, v) for b, v in zip(bl, vals)):
                bases, end = list(bl), pm.end()
        cmp = (c1.group() if c1 else "") or m.group("cmp2") or ""
        for v, a, b, vb in zip(vals, amts, bases, _item_verbs(skel, amts, m.group("verb"))):
            out.append(Change(start=v.start, end=end, verb=vb, verb_start=m.start("verb"), verb_end=m.end("verb"),
                              direction=_direction(vb), kind=kind, amount=a, comparison=cmp, base=b,
                              base_label="上年" if b is not None else "", current=v, approx=a.approx is not None,
                              listed=True))
    taken = {c.verb_start for c in out}
    starts = _starts(doc)
    import bisect
    for m in _listed_tails(skel, by_start, starts):
        if m.start("verb") in taken or (m.group("verb") in _SINGLE and not (m.group("cmp0") or m.group("cmp1")
                                                                            or m.group("cmp2"))):
            continue
        amts = _qlist(by_start, skel, m.start("amts"), m.end("amts"))
        ss = max(skel.rfind(ch, max(0, m.start() - 400), m.start()) for ch in "。；;\n") + 1
        # …，上年分别为2540万人次和270.1亿元，分别增长…: the priors listed between the values and the changes
        # (a match holds one comma, its first character: it can only start at the last comma before 分别 — found from
        # there, not searched from the sentence's start, or from the text's start when no stop is within 400 characters)
        c = max(skel.rfind("，", ss, m.start()), skel.rfind(",", ss, m.start()))
        pr = _PRIOR_LIST_END.match(skel, c, m.start()) if c >= 0 else None
        vend = pr.start() if pr is not None else m.start()
        i0, i1 = bisect.bisect_left(starts, ss), bisect.bisect_left(starts, vend)
        if i1 - i0 > 12:
            continue          # a long sentence: not a short list of values each in its clause (bounded work)
        vals = [by_start[p] for p in starts[i0:i1]]
        vals = [v for v in vals if unit_of(v) not in TIME_UNITS]
        item_bases: Optional[List[Tuple["Quantity", str]]] = None
        if m.group("ibase"):
            # each value with last year's in a bracket right after it: the brackets' values are the priors
            item_bases, kept = [], []
            for v in vals:
                pm_ = _ITEM_PRIOR_OPEN.match(skel[kept[-1].end:v.start]) if kept else None
                if pm_ and skel[v.end:v.end + 1] in "）)" and len(item_bases) == len(kept) - 1:
                    item_bases.append((v, pm_.group("lab")))
                else:
                    kept.append(v)
            item_bases.append((by_start[m.start("ibase")], m.group("ilab")))
            vals = kept
            if len(item_bases) != len(vals) or vend != m.start():
                continue
            vend = vals[-1].end
        # exactly as many values as changes, the last right before 分别 (or the priors), each in a clause of its own
        if len(vals) != len(amts) or len(vals) < 2 or len(vals) > 6 or vals[-1].end != vend:
            continue
        mid = _qlist(by_start, skel, pr.start("bases"), pr.end("bases")) if pr is not None else None
        if mid is not None and (len(mid) != len(vals) or not all(_same_kind(b, v) for b, v in zip(mid, vals))):
            continue
        if any(v.approx not in (None, "≈") or v.is_percent for v in vals) or _LIST_AFTER.match(skel, vals[0].end):
            continue
        between = text[vals[0].end:m.start()]
        if _OWN_GROWTH.search(skel, vals[0].end, m.start()) or re.search(r"其中|占|比|较|年均|累计", between):
            continue
        if QUALIFIERS.search(text, max(0, ss), m.end()):
            continue
        kinds = {_kind(a, "") for a in amts}
        if len(kinds) != 1 or kinds & {"times", "times_to", "fan", "points"}:
            continue
        kind = kinds.pop()
        if kind == "amount" and any(measure(a) != measure(v) for a, v in zip(amts, vals)):
            continue
        cmp = m.group("cmp0") or m.group("cmp1") or m.group("cmp2") or ""
        bases: List[Optional["Quantity"]] = [None] * len(vals)
        end = m.end()
        pm = _listed_prior(doc, skel, m.end(), m.group("cmp0") or m.group("cmp1") or m.group("cmp2") or "")
        if mid is not None:
            if m.group("pbases"):
                continue      # two lists of priors: not a shape to guess at
            bases = list(mid)
        elif m.group("pbases"):
            bl = _qlist(by_start, skel, m.start("pbases"), m.end("pbases"))
            if len(bl) != len(vals) or not all(_same_kind(b, v) for b, v in zip(bl, vals)):
                continue
            bases = list(bl)
        elif pm:
            bl = _qlist(by_start, skel, pm.start("bases"), pm.end("bases"))
            if len(bl) == len(vals) and all(_same_kind(b, v) for b, v in zip(bl, vals)):
                bases, end = list(bl), pm.end()
        if item_bases is not None:
            if mid is not None or m.group("pbases") or pm is not None \
                    or not all(_same_kind(b, v) and _label_fits(doc, cmp, lab) for (b, lab), v in zip(item_bases, vals)):
                continue
            bases = [b for b, _ in item_bases]
        labels = ["上年" if b is not None else "" for b in bases]
        if not any(bases):
            for i, (v, a) in enumerate(zip(vals, amts)):
                eb = _base_earlier(doc, skel, text, by_start, v, cmp, m.end(), kind, a)
                if eb is not None:
                    bases[i], labels[i] = eb
        verb = m.group("verb")
        for v, a, b, lab, vb in zip(vals, amts, bases, labels, _item_verbs(skel, amts, verb)):
            out.append(Change(start=v.start, end=end, verb=vb, verb_start=m.start("verb"), verb_end=m.end("verb"),
                              direction=_direction(vb), kind=kind, amount=a, comparison=cmp, base=b,
                              base_label=lab, current=v, approx=a.approx is not None, listed=True))
    if over_deltas:
        by_amount = {c.amount.start: c for c in out if c.kind == "amount" and c.amount is not None}
        for m, deltas, amts in over_deltas:
            prev = [by_amount.get(d.start) for d in deltas]
            if any(p is None or p.current is None or p.base is not None for p in prev):
                continue
            if {_kind(a, "") for a in amts} != {"percent"} or QUALIFIERS.search(text, max(0, m.start() - 8), m.end()):
                continue
            cmp = m.group("cmp0") or m.group("cmp1") or m.group("cmp2") or ""
            if any(_bases_differ(doc, cmp, p.comparison) for p in prev):
                continue
            for p, a, vb in zip(prev, amts, _item_verbs(skel, amts, m.group("verb"))):
                out.append(Change(start=p.current.start, end=m.end(), verb=vb, verb_start=m.start("verb"),
                                  verb_end=m.end("verb"), direction=_direction(vb), kind="percent", amount=a,
                                  comparison=cmp or p.comparison, current=p.current, approx=a.approx is not None,
                                  delta=p.amount, delta_direction=p.direction, listed=True))
    return out


#: 分别 and the list after it, in one sentence (分别为A和B / 分别比上年增加D1、D2 / 分别增长x%和下降y%): a comparison after
#: 分别, a verb — of a level (为, 达到, 增至…: ``lv``) or of a change (``verb``) — and the quantities, later items with their
#: own verb (分别增加0.25万人和减少0.08万人)
_ALIGN_CMPS = r"同比|比上年同期|较上年同期|比去年同期|较去年同期|比上年|较上年|比去年|较去年"
_ALIGN_LIST = lazyre.compile(r"分别(?P<cmp>" + _ALIGN_CMPS + r")?"
                             r"(?:(?P<lv>" + "|".join(sorted(_TOV_UP + _TOV_DOWN + ["达到", "达", "为", "是", "有", "完成", "实现"],
                                                             key=len, reverse=True)) + r")|" + _VERB + r")?"
                             r"了?(?P<lst>" + _AMT_LIST + r")")
_ALIGN_CMP_BEFORE = lazyre.compile(r"(?:" + _ALIGN_CMPS + r")\s*$")
#: a clause opening with last year's label: its 分别 list holds the priors (上年分别为…, （去年同期分别为…）, 上年小麦和玉米
#: 播种面积分别为…)
_ALIGN_PRIOR = lazyre.compile(r"\s*(?:上一?年|去年)(?:同期|末|底|度)?(?![\u4e00-\u9fff]{0,20}?(?:增|减|降|提高|下降))")


def _aligned_lists(doc: "Document", skel: str, text: str, by_start: Dict[int, "Quantity"],
                   out: List[Change]) -> None:
    """Two or three 分别 lists of one sentence aligned by position, whatever their order (分别为A1、A2，分别比上年增加D1、D2，
    分别增长x1、x2 / 分别增长x1、x2，分别达到A1、A2，分别增加D1、D2 / 分别为A1、A2（上年分别为P1、P2），分别增长x1、x2): each
    position's level with its prior (a list of a clause opening with 上年/去年同期) or its difference, and its growth,
    points or difference — a change per position carrying its base or its difference, so the rules recompute each
    aligned triple.  Only when every 分别 list of the sentence has the same length, each kind of list is there once,
    the levels are there, and no qualifier (年均, 按可比价格) stands in the sentence; a change read before for the same
    stated figure is replaced only when it has the same level and no base or difference of its own (another
    reading of the sentence: nothing is added).  In place, on ``out``; linear in the sentence's 分别 (each sentence
    read once, from its first 分别)."""
    k = skel.find("分别")
    if k < 0:
        return
    by_amount: Dict[int, List[int]] = {}
    for i, c in enumerate(out):
        if c.amount is not None:
            by_amount.setdefault(c.amount.start, []).append(i)
    drop: set = set()
    add: List[Change] = []
    while k >= 0:
        s0 = max(skel.rfind(ch, 0, k) for ch in "。；;\n") + 1
        e = [x for x in (skel.find(ch, k) for ch in "。；;\n") if x >= 0]
        s1 = min(e) if e else len(skel)
        lists = []
        j = k
        while 0 <= j < s1:
            m = _ALIGN_LIST.match(skel, j)
            if m is not None and m.end() <= s1:
                lists.append(m)
            j = skel.find("分别", (m.end() if m is not None else j + 2), s1)
        k = skel.find("分别", s1)
        if len(lists) < 2 or QUALIFIERS.search(text, s0, s1):
            continue
        qls = [_qlist(by_start, skel, m.start("lst"), m.end("lst")) for m in lists]
        # 分别提高0.5个、1.2个百分点: the unit written once, after the last item
        qls = [[dataclasses.replace(a, unit=q[-1].unit) for a in q[:-1]] + [q[-1]]
               if unit_of(q[-1]) in POINT_UNITS and all(unit_of(a) == "个" for a in q[:-1]) else q for q in qls]
        n = len(qls[0])
        if n < 2 or n > 12 or any(len(q) != n for q in qls):
            continue
        roles: Dict[str, Tuple[object, List["Quantity"]]] = {}
        ok = True
        for m, ql in zip(lists, qls):
            cl = max(skel.rfind(ch, s0, m.start()) for ch in "，,（(：:") + 1
            cl = max(cl, s0)
            pm_ = _ALIGN_PRIOR.match(skel[cl:m.start()])
            prior = pm_ is not None
            if prior and "同期" not in pm_.group() and _SUBPERIOD.search(text, s0, s1):
                ok = False            # 上半年…，上年全年分别为…: the priors of another part of the year
                break
            if m.group("verb") is not None:
                if prior or m.group("verb") in _SINGLE and not (m.group("cmp") or _ALIGN_CMP_BEFORE.search(skel, cl, m.start())):
                    ok = False
                    break
                kinds = {_kind(q, "") for q in ql}
                if len(kinds) != 1 or not kinds <= {"percent", "points", "amount"}:
                    ok = False
                    break
                role = kinds.pop()
            else:
                if m.group("cmp") or _ALIGN_CMP_BEFORE.search(skel, cl, m.start()):
                    ok = False        # 分别比上年为…: not a level
                    break
                role = "prior" if prior else "level"
            if role in roles:
                ok = False            # two lists of one kind: which pairs with which is not certain
                break
            roles[role] = (m, ql)
        if not ok or "level" not in roles or len(roles) < 3 and "prior" not in roles \
                and not ("amount" in roles and "percent" in roles):
            continue
        lv = roles["level"][1]
        pri = roles.get("prior", (None, None))[1]
        if any(v.approx not in (None, "≈") or unit_of(v) in TIME_UNITS for v in lv) \
                or pri is not None and not all(_same_kind(b, v) for b, v in zip(pri, lv)):
            continue
        made: List[Change] = []
        for role in ("percent", "points", "amount"):
            if role not in roles:
                continue
            m, amts = roles[role]
            if role == "amount" and any(measure(a) != measure(v) or a.is_percent for a, v in zip(amts, lv)):
                made = []
                break
            if role == "points" and not all(v.is_percent for v in lv):
                made = []
                break
            cmp = m.group("cmp") or (_ALIGN_CMP_BEFORE.search(skel, max(s0, m.start() - 8), m.start()) or
                                     re.match("", "")).group() or ""
            deltas = roles.get("amount", (None, None))[1] if role == "percent" else None
            dm = roles["amount"][0] if deltas is not None else None
            dverbs = _item_verbs(skel, deltas, dm.group("verb")) if deltas is not None else None
            for i, (v, a, vb) in enumerate(zip(lv, amts, _item_verbs(skel, amts, m.group("verb")))):
                b = pri[i] if pri is not None else None
                d = deltas[i] if deltas is not None and b is None else None
                if b is None and d is None:
                    continue
                made.append(Change(start=v.start, end=max(m.end(), v.end), verb=vb, verb_start=m.start("verb"),
                                   verb_end=m.end("verb"), direction=_direction(vb), kind=role, amount=a,
                                   comparison=cmp, base=b, base_label="上年" if b is not None else "", current=v,
                                   approx=a.approx is not None, delta=d,
                                   delta_direction=_direction(dverbs[i]) if d is not None else 0, listed=True))
        # a change read before for the same figure: replaced when it reads the same level and has nothing more
        rep: List[int] = []
        kept: List[Change] = []
        for c in made:
            richer = False
            for i in by_amount.get(c.amount.start, ()):
                o = out[i]
                if o.current is None or o.current.start != c.current.start:
                    kept = []
                    break
                if o.base is not None or o.delta is not None or o.transition is not None:
                    richer = True     # read before with its own base or difference: kept as read
                else:
                    rep.append(i)
            else:
                if not richer:
                    kept.append(c)
                continue
            break                     # another level read for a figure of the lists: another reading, none added
        else:
            drop.update(rep)
            add.extend(kept)
    if drop or add:
        out[:] = [c for i, c in enumerate(out) if i not in drop] + add


def _listed_tails(skel: str, by_start: Dict[int, "Quantity"], starts: List[int]):
    """The matches of :data:`_LISTED_TAIL`, each from the end of the value right before its 分别 (or before the
    bracket of priors between): found from the 分别 of the text, not tried at every character."""
    import bisect
    k = skel.find("分别")
    while k >= 0:
        j = bisect.bisect_left(starts, k) - 1
        q = by_start[starts[j]] if j >= 0 else None
        if q is not None and 0 <= k - q.end <= 60:
            b = skel.rfind("（", q.start - 40 if q.start > 40 else 0, q.start)
            if "）" in skel[q.end:k] and b >= 0:
                j = bisect.bisect_left(starts, b) - 1        # 较上年（100起、50人）分别…: the value before the bracket
                q = by_start[starts[j]] if j >= 0 else None
            m = _LISTED_TAIL.match(skel, q.end) if q is not None else None
            if m is not None and m.start("verb") > k:
                yield m
        k = skel.find("分别", k + 2)


#: a sentence that opens with last year's values as a 分别 list: 上年分别为39490元和19860元
#: (上年两项收入分别为…: the words may count the items, a quantity of 项)
_NEXT_LIST = lazyre.compile(r"(?:^|(?<=[。\n；;（(]))\s*(?:上一?年|去年)(?:同期|末)?(?:[\u4e00-\u9fff]{0,12}?|(?:[\u4e00-\u9fff]{0,2}"
                            + _Q + r"[\u4e00-\u9fff]{0,6}?))分别(?:为|是|达)?(?P<bases>"
                            + _QLIST + r")")


def _next_sentence_lists(skel: str, by_start: Dict[int, "Quantity"], out: List[Change]) -> None:
    """…41860元，增长6.0%；…21350元，增长7.5%。上年分别为39490元和19860元。: the priors of the claims of the sentence
    before, in order — only when that sentence states exactly as many values of the list's measure, each the
    current value of a claim without a prior (in place, on ``out``)."""
    import bisect
    if not out:
        return
    order = sorted(range(len(out)), key=lambda i: out[i].start)
    amounts = {c.amount.start for c in out if c.amount is not None and c.kind == "amount"}
    starts = [out[i].start for i in order]
    for m in (_NEXT_LIST.finditer(skel) if "分别" in skel else ()):    # (every match holds 分别)
        bases = _qlist(by_start, skel, m.start("bases"), m.end("bases"))
        if len({(measure(b), b.is_percent) for b in bases}) != 1:
            continue
        s0 = m.start()
        # …增长20%（上年分别为400件、350件） / …；上年分别为…: the claims are in the same sentence, before the bracket
        e0 = s0 - 1 if s0 > 0 and skel[s0 - 1] in "；;（(" else max(skel.rfind("。", 0, s0), skel.rfind("\n", 0, s0))
        if e0 < 0:
            continue
        p0 = max(skel.rfind("。", 0, e0), skel.rfind("\n", 0, e0)) + 1
        b0 = bases[0]
        # (the differences stated are no values of the year: 分别增加1.2万亩和减少0.8万亩)
        same = [q for q in _qlist(by_start, skel, p0, e0) if measure(q) == measure(b0) and q.is_percent == b0.is_percent
                and q.start not in amounts]
        idx = order[bisect.bisect_left(starts, p0):bisect.bisect_left(starts, e0)]
        claims = {}
        for i in idx:
            c = out[i]
            if c.current is not None and c.current in same and c.kind in ("percent", "amount", "points"):
                claims.setdefault(c.current.start, []).append(i)
        if len(same) != len(bases) or len(claims) != len(bases) or len(claims) < 2:
            continue
        if any(out[i].base is not None or out[i].transition is not None or out[i].delta is not None
               for ii in claims.values() for i in ii):
            continue
        for b, cur in zip(bases, same):
            for i in claims.get(cur.start, ()):
                out[i] = dataclasses.replace(out[i], base=b, base_label="上年")


@dataclass(frozen=True)
class SignedChange:
    """增长-5%: a change verb followed by a negative number."""

    start: int
    end: int
    verb: str
    sign_start: int
    value: float
    unit: str


def double_signs(doc: "Document") -> List[SignedChange]:
    text = folded_text(doc)
    return [SignedChange(m.start(), m.end(), m.group("verb"), m.start("sign"), float(m.group("num")), m.group("unit"))
            for m in _DOUBLE_SIGN.finditer(text)]


@dataclass(frozen=True)
class DownTimes:
    """减少N倍: a reduction written as a multiple."""

    start: int
    end: int
    verb: str
    number: str


def down_times(doc: "Document") -> List[DownTimes]:
    text = folded_text(doc)
    return [DownTimes(m.start(), m.end(), m.group("verb"), m.group("num")) for m in _DOWN_TIMES.finditer(text)]


#: metrics whose growth is stated at comparable prices by convention (real growth), whatever the
#: nominal values beside it say: GDP, value added, per-capita GDP, 经济总量
_INTENSITY = lazyre.compile(r"[\u4e00-\u9fff]{0,2}?(?:能耗|电耗|水耗|用水|用地|排放|耗能|二氧化碳)")
_REAL_METRIC = lazyre.compile(r"生产总值|增加值|GDP|经济总量|国民收入|国民经济")


def real_growth_metric(doc: "Document", pos: int) -> bool:
    """Whether the metric named before ``pos`` (in its sentence, up to 40 characters back) is one whose
    growth rate is real growth by convention (地区生产总值, 工业增加值, 人均GDP)."""
    text = folded_text(doc)
    lo = max(0, pos - 40)
    cut = max(text.rfind("。", lo, pos), text.rfind("\n", lo, pos), text.rfind("；", lo, pos))
    m = _REAL_METRIC.search(text, cut + 1 if cut >= 0 else lo, pos)
    if m and (re.search(r"(?:万元|单位|每)$", text[max(0, m.start() - 2):m.start()])
              or _INTENSITY.match(text, m.end(), min(pos, m.end() + 6))):
        return False      # 万元GDP能耗, 单位地区生产总值能耗: an intensity, not real growth
    return bool(m)


def qualifier_near(doc: "Document", start: int, end: int) -> Optional[str]:
    """A meaning-changing qualifier (按可比价格, 年均…) inside [start, end)."""
    m = QUALIFIERS.search(folded_text(doc), max(start, end - 80), end)
    return m.group() if m else None


def subject_pos(ch: Change) -> int:
    """Where the words naming the metric of ``ch`` end (before 由 or before the current value)."""
    if ch.transition is not None:
        return ch.transition.start
    if ch.current is not None:
        return ch.current.start
    return ch.start


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


#: the verbs of an addition (a flow into a stock); never 增长/增加 with a comparison (a change over last year)
_ADD_VERB = (r"(?:新增|净增|新建成?|新开工|新开通|新开|新登记|新设立?|新认定|新引进|新接入|新培育|新组建|新开发|新当选|新投放"
             r"|新改扩建|新建改造|新建、改造)")
#: the year's deeds whose cumulative or total may follow (完成改造867个、累计2172个; 投入345.8亿元，累计1737亿元): only
#: with a total word (累计/总数/总量…) after them
_DONE_VERB = r"(?:" + _ADD_VERB[3:-1] + r"|增加|增长|完成|建成|建设|开工|引进|培育|认定|创建|投入|筹集|改造|实施|新推出|推出|推广应用|推广)"
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
    r"(?P<w>[\u4e00-\u9fff“”\"A-Za-z0-9]{0,12}?)(?P<mark>累计|总(?:数|量|计|额|规模|里程|长度?|面积|处理能力|装机容量?|容量|库容|产能|能力)|总(?P<tw>[\u4e00-\u9fff]{2,6}?)"
    r"|共有|现有|拥有|保有量?|共计|共(?=\s*" + QTOK + r")|(?P<reach>达到|增至|增加到|增加至|增长至|增长到|达))"
    r"(?:已)?(?P<v2>" + _DONE_VERB + r")?(?P<w2>[\u4e00-\u9fff“”\"A-Za-z0-9]{0,8}?)(?:达到|达|为|增至|增加到|突破|超过|逾)?\s*"
    r"(?P<tot>" + _Q + r")")
#: 新增…等10个国际友好交流城市，国际友城和友好交流城市达54个: the total named as two kinds (checked by _joins_the_added)
_ADD_THEN_JOINED = lazyre.compile(
    r"(?P<verb>" + _ADD_VERB + r")(?P<noun>" + _ADD_LIST_NOUN + _ADD_NOUN + r")(?P<add>" + _Q + r")"
    r"(?P<noun2>[\u4e00-\u9fff“”\"]{0,8}?)[\s]*[，,、；;]\s*"
    r"(?P<w>[\u4e00-\u9fff]{2,8}(?:和|及|与)[\u4e00-\u9fff]{2,8}?)(?P<tot>" + _Q + r")")
#: 总量达1461.4万户，新登记147万户 / 商事主体达422.6万户，新登记56.5万户: the stock first, the addition right after
_TOTAL_THEN_ADD = lazyre.compile(
    r"(?P<pre>(?:总量|总数|累计|现有|共有|总计)(?:达到|达|增至|增加到|为)?|达到|达|增至|增加到)?\s*(?P<tot>" + _Q
    + r")[\s]*[，,、]\s*(?:当年|今年|全年|本年|年内|比上年|较上年|同比)?(?P<verb>" + _ADD_VERB + r")(?P<add>" + _Q + r")")
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
#: what _TOTAL_THEN_ADD, _TOTAL_BRACKET_ADD and _ADD_LISTS all hold: an addition's verb right before its figure
_ADD_VERB_Q = lazyre.compile(_ADD_VERB + QTOK)
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


def _names_the_added(w: str, noun: str) -> bool:
    """A total named by words (公园总数, 运营总里程): they must be generic or name what was added (two characters
    in common with the addition's words)."""
    w = re.sub(r"[“”\"]", "", w)
    if not w:
        return True
    rest = _GENERIC_TOTAL_WORDS.sub("", w)
    return not rest or rest in noun or _joins_the_added(rest, noun)
    # 公园总数 after 新建、改造公园; never 社区养老机构总数 after 新增社康机构


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
        out = [a for a in out if a.transition.direction >= 0 and _same_kind(a.added, a.transition.current)
               and _same_kind(a.transition.base, a.transition.current) and not a.added.is_percent
               and a.added.approx in (None, "≈") and a.transition.base.approx in (None, "≈")
               and a.transition.current.approx in (None, "≈")]
    c["added_beside"] = out
    return out


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
        noun = m.group("noun") + m.group("noun2")
        if _ADD_BAD_NOUN.search(m.group("noun")) or _ADD_BAD_NOUN.search(m.group("noun2")) \
                or _ADD_BAD_NOUN.search(m.group("w")) \
                or not _names_the_added(m.group("w") + (m.group("tw") or ""), noun) or not _names_the_added(m.group("w2"), noun):
            continue        # 累计建成社区公园 after 新建社区公园; never 累计建成超充站 after 新增充电桩
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
    verb_q = _ADD_VERB_Q.search(skel) is not None
    # (the stock may open with 总量…, 达…, a space or the figure itself: tried only where such a start stands)
    # (every match holds an addition's verb right before its figure: only the stretches of such a verb are read)
    for m in (lazyre.stretch_finditer(_TOTAL_THEN_ADD, skel, _ADD_VERB_Q) if verb_q else ()):
        a, b = by_start[m.start("add")], by_start[m.start("tot")]
        if not m.group("pre") and not text.startswith("达", b.start):
            continue        # a stock is named 总量/累计/现有 or reached (达): not any figure before 新增
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
        if _ADD_BAD_NOUN.search(n1) or _ADD_BAD_NOUN.search(n2) or _ADD_BAD_NOUN.search(w) or len(w) < 2 \
                or w[-2:] not in n1 or w[-2:] not in n2 or _LIST_AFTER.match(skel, m.end()) \
                or _NOT_A_STOCK_AFTER.match(skel, m.end()):
            continue        # (the stocks' name must end like both additions': 示范村 after 省级…示范村、市级示范村)
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
    r"(?P<cur>元|美元)?(?P<post>及以上|以上|级)?的?(?P<noun>[\u4e00-\u9fff]{1,8}?)(?P<cnt>\d)")
#: what may stand between two items of one list: a list break only (never 其中, another measure, a year, 新增…)
_TH_GAP = lazyre.compile(r"\s*[、，,；;]\s*")
_TH_NOT_NOUN = lazyre.compile(r"以下|以内|之间|至|到|比|增|减|占|其中|新增|累计|分别|[0-9]")


#: what every item holds (超/逾 before the amount, or 以上/级 after its scale): the items are matched only where it stands
_TH_HINT = lazyre.compile(r"超过|超|逾|[万亿](?:元|美元)?(?:及以上|以上|级)")


def _threshold_items(text: str):
    """The matches of :data:`_TH_ITEM` in ``text``, each tried once at the start a hint gives (linear): at 超/逾
    itself, or at the numeral right before the scale of …亿元以上 / …万元级."""
    done = 0
    for h in _TH_HINT.finditer(text):       # (led by a character class: scanned in C, no anchor pass)
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
            q = by_start.get(m.start("cnt"))
            if q is None or not (m.group("pre") or m.group("post")) or _TH_NOT_NOUN.search(m.group("noun")) \
                    or not is_count(q) or q.is_percent or text[q.end:q.end + 1] in ("/", "每"):
                continue
            v = _threshold_value(m)
            if v is None:
                continue
            items.append((m, q, v))
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
            for m1, q1, v1 in run[1:]:
                if v1 == v0 or (m0.group("cur") or "元") != (m1.group("cur") or "元") or measure(q0) != measure(q1):
                    continue
                n0, n1 = m0.group("noun"), m1.group("noun")
                if n0[-2:] != n1[-2:]:
                    continue        # 亿元以上项目 and 10亿元以上企业: other things
                outer, inner = (q0, q1) if v0 < v1 else (q1, q0)
                out.append(Nested(m0.start(), m1.end(), outer, inner, min(v0, v1), max(v0, v1)))
    if "前" in text and ("‰" in text or "排名前" in text or "进入前" in text):
        out.extend(_top_ranks(text, by_start))
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
        seen_pairs = set()     # (both readers of a count done before its verb may take one statement: read once)
        out = [d for d in out if not ((d.listed.start, d.done.start) in seen_pairs or seen_pairs.add((d.listed.start, d.done.start)))]
        out.sort(key=lambda d: d.start)
    c["done_of_list"] = out
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
    text = doc.text
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


#: the literal every reading holds (a prefilter per document)
_IMPLIED_WORDS = lazyre.compile(r"预算收入|出口|进口")
#: the part's name (the end of the words before its figure) and its figure
_IMPLIED_PART_NAME = lazyre.compile(r"(?:(?:一般公共预算|公共财政预算|财政一般预算|一般预算)收入|(?:出口|进口)(?:总额|总值)?)"
                                    r"(?:为|达到|达)?(?=" + QTOK + r")")
#: the whole's growth or change between its figure and the clause break (、增长9.2%), read backwards from the break
_IMPLIED_GROWTH_BEFORE = lazyre.compile(r"\s*[、，,]\s*[\u4e00-\u9fff]{0,6}?(?:增长|下降|增加|减少)\s*" + _Q + r"\s*$")
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
    from .classes import implied_part
    c = _cache(doc)
    if "implied_parts" in c:
        return c["implied_parts"]  # type: ignore[return-value]
    out: List[ImpliedPart] = []
    text = folded_text(doc)
    if _IMPLIED_WORDS.search(text) is not None:
        skel, by_start = skeleton(doc)
        found = []
        for lit in ("预算收入", "出口", "进口"):     # str.find for the part's words, the pattern only around them
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
                out.append(ImpliedPart(w, p, wn, pn))
        # 地方财政一般预算收入和全口径财政收入跃上新台阶，分别为…1106.8亿元和3507亿元: names listed before 分别 and the
        # values after it, one each in order (the names may close with what they did: 跃上新台阶)
        k = skel.find("分别")
        while k >= 0:
            v = _NAMED_VALUES.match(skel, k + 2)
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
    c["implied_parts"] = out
    return out


_OWN_LEVEL = lazyre.compile(r"代表[\u4e00-\u9fff]{0,12}?(省|市|区|县)(?:人民政府|管理委员会)")


def own_scope_word(doc: "Document") -> Optional[str]:
    """The scope word of the report's own area (全区 in a district's work report, 全市 in a city's, 全县 in a county's
    communiqué), from the body behind it (我代表福田区人民政府 / 代表市人民政府 / 万载县…统计公报); ``None`` when the
    text does not say.  Unlike the 全X used most, never the city named in a district's comparisons (全市第一)."""
    c = _cache(doc)
    if "own_scope_word" not in c:
        from ..kind import work_report_issuer
        name = work_report_issuer(doc) or ""
        level = name[-1] if name[-1:] in ("省", "市", "区", "县") else ""
        if not level:
            m = _OWN_LEVEL.search(folded_text(doc), 0, 1500)
            level = m.group(1) if m else ""
        c["own_scope_word"] = "全" + level if level else None
    return c["own_scope_word"]  # type: ignore[return-value]


# -- ratios per 10,000 / 1,000 / 100 people: 每万人口执业（助理）医师34.6人 ----------------------------------------------
@dataclass(frozen=True)
class PerPeople:
    """A figure per N people (每万人口执业（助理）医师34.6人, 每千名老年人拥有养老床位38张, 万人发明专利拥有量24.5件):
    ``per`` people (10,000, 1,000, 100), ``base`` the people counted (人口, 常住人口, 老年人, 学生), ``name`` what is
    counted (执业助理医师, 养老床位, 发明专利) without brackets and without the words of a ratio (拥有量, 数)."""

    start: int
    end: int
    figure: "Quantity"
    per: int
    base: str
    name: str


_PER_SCALE = {"十万": 100000, "万": 10000, "千": 1000, "百": 100}
#: the people a ratio is per: the population (人口, 常住人口, 户籍人口, 人) or a group named before 人/人口
_PER_BASE = (r"(?P<base>常住人口|户籍人口|人口|[\u4e00-\u9fff]{0,4}?(?:老年人|老人|儿童|学生|职工|农民|居民|妇女|青少年)(?:口)?|人)")
_PER_PEOPLE = lazyre.compile(
    r"(?P<per>十万|万|千|百)(?:名|位|个)?" + _PER_BASE
    + r"(?:中|里)?(?P<verb>拥有的?|有|配备的?|配置的?|的)?(?P<name>[^\ue010\ue011，,。；;：:、\n\s]{1,16}?)"
    r"(?P<tail>拥有量|拥有数|总数|数量|人数|个数|数|量)?(?:已)?(?:达到|达|为|是|增至|增加到|提高到|提高至|提升到|提升至|上升到|上升至|升至)?"
    r"\s*(?P<q>\ue010)")
#: names that are not a count over people (a rate, an income, a share), or hold a figure of their own
_PER_NAME_NOT = lazyre.compile(r"率|比重|占比|比例|收入|支出|消费|工资|增长|增加|下降|减少|提高|人均|平均|以上|以下|左右|约|近|超过|不足")


def per_people(doc: "Document") -> List[PerPeople]:
    """Every figure stated per N people (cached).  Read from the words before the figure: 每 + 万/千/百 + the people
    (人口, 常住人口, 老年人…) + what is counted; without 每 only before 人口 (千人口床位数) or with 拥有量 (万人发明专利
    拥有量) — never 千人计划, 万人次.  The figure is a count, an area or an amount, never a percentage."""
    c = _cache(doc)
    if "per_people" in c:
        return c["per_people"]  # type: ignore[return-value]
    out: List[PerPeople] = []
    text = folded_text(doc)
    if "万人" in text or "千人" in text or "百人" in text or "万名" in text or "千名" in text or "百名" in text \
            or "每" in text:
        skel, by_start = skeleton(doc)
        for m in _PER_PEOPLE.finditer(skel):
            base, tail = m.group("base"), m.group("tail") or ""
            k = m.start()
            mei = k > 0 and skel[k - 1] == "每"
            if not mei and k > 0 and skel[k - 1] in "\ue010\ue0110123456789.十":
                continue      # 65万人口 is a figure; 十万 is read whole
            if not mei and not (base.endswith("人口") or tail.startswith("拥有")):
                continue
            q = by_start.get(m.start("q"))
            name = re.sub(r"[（）()“”\"]", "", m.group("name"))
            if q is None or q.is_percent or len(name) < 2 or _PER_NAME_NOT.search(name) or measure(q) in TIME_UNITS:
                continue
            if name.startswith(("拥有", "配备", "配置")):
                name = name[2:]
            if len(name) < 2:
                continue
            out.append(PerPeople(k - 1 if mei else k, q.end, q, _PER_SCALE[m.group("per")], base, name))
    c["per_people"] = out
    return out


# -- a part among a whole closed by 中: 1,420个行政村中已有1,258个开通5G网络 --------------------------------------------
@dataclass(frozen=True)
class Among:
    """A count said to be among a whole stated right before it and closed by 中 (在应出庭的152件案件中，负责人出庭146件 /
    在全县318个村（社区）中，已有318个… (a bracket in the whole's name) / 全县农村人口42.8万人中，已有41.73万人用上自来水 / 1,420个行政村中已有1,258个开通5G网络): ``part`` is of ``whole``;
    ``whole_words`` name the whole (the words before its figure and between it and 中), ``part_words`` the part (the
    words between 中 and its figure and the words right after it)."""

    whole: "Quantity"
    part: "Quantity"
    whole_words: str
    part_words: str


_AMONG = lazyre.compile(
    r"(?P<w>" + _Q + r")(?P<wn>(?:[\u4e00-\u9fff“”]|[（(][\u4e00-\u9fff、]{1,6}[）)]){0,10}?)(?:当中|之中|中)"
    r"(?![心学央国部型间层级医药华东西南北外小])[，,]?\s*(?:已有|共有|有|其中|已)?(?P<pn>[\u4e00-\u9fff“”]{0,8}?)"
    r"(?P<p>" + _Q + r")(?P<after>[\u4e00-\u9fff“”A-Za-z0-9]{0,8})")


_PRE_WORDS = lazyre.compile(r"[\u4e00-\u9fff“”]*$")
#: measure words that count the same things (5名得主中，2人来自深圳)
_PERSONS = {"名": "人", "位": "人", "宗": "件", "起": "件"}


def among(doc: "Document") -> Dict[int, Among]:
    """Every part stated among a whole closed by 中, by the part's start (cached).  The two figures are of one measure
    and nothing but words stand between them (no other figure, no sentence break)."""
    c = _cache(doc)
    if "among" in c:
        return c["among"]  # type: ignore[return-value]
    out: Dict[int, Among] = {}
    skel, by_start = skeleton(doc)
    if "中" in skel:
        for m in _AMONG.finditer(skel):
            w, p = by_start.get(m.start("w")), by_start.get(m.start("p"))
            if w is None or p is None or w.is_percent or p.is_percent \
                    or _PERSONS.get(measure(w), measure(w)) != _PERSONS.get(measure(p), measure(p)):
                continue
            after = m.group("after").split(QTOK)[0]
            pre = _PRE_WORDS.search(skel, max(0, m.start() - 10), m.start()).group()
            out[p.start] = Among(w, p, pre + m.group("wn"), m.group("pn") + "|" + after)
    c["among"] = out
    return out


def among_in(doc: "Document", lo: int, hi: int) -> List[Among]:
    """The parts stated among a whole (:func:`among`) whose part starts in ``[lo, hi)``, in document order (the
    starts sorted once per document: a bisect per call)."""
    amg = among(doc)
    if not amg:
        return []
    c = _cache(doc)
    keys = c.get("among_starts")
    if keys is None:
        keys = sorted(amg)
        c["among_starts"] = keys
    i = bisect.bisect_left(keys, lo)  # type: ignore[arg-type]
    out = []
    while i < len(keys) and keys[i] < hi:  # type: ignore[arg-type]
        out.append(amg[keys[i]])  # type: ignore[index]
        i += 1
    return out


# -- evaluations by grade: 评查案卷1,280卷，其中优秀386卷、良好612卷、合格254卷、不合格28卷 ------------------------------
@dataclass(frozen=True)
class Graded:
    """The counts of an evaluation by grade and the number of things evaluated: 对42家单位开展考评，评定优秀12家、良好
    18家、合格10家、不合格2家 / 优秀等次15个，良好等次23个，一般等次6个，较差等次1个，共45个单位 / 优秀、良好、合格、不合格
    分别为…  ``complete``: the list names every grade of one scale (:func:`lintgov.claims.classes.all_grades`), so the
    counts add up to ``total``; otherwise they are kinds that exclude each other (not more than it)."""

    start: int
    end: int
    total: "Quantity"
    parts: Tuple["Quantity", ...]
    grades: Tuple[str, ...]
    complete: bool


_GRADE_WORDS = r"(?:基本合格|不合格|合格|基本称职|不称职|称职|优秀|良好|较好|一般|较差|不及格|及格)"
_GRADE_SEP = r"[^,、；;：:。！？!?\ue010\ue011（()）\n]"
#: one count named by a grade, read from the grade word (优秀386卷, 良好等次23个, 合格的131卷)
_GRADE_ITEM = lazyre.compile(_GRADE_WORDS + _GRADE_SEP + r"{0,4}?" + _Q)
#: what may stand between two items of a run: a mark and the next item's words before its grade (评为, 和)
_GRADE_BETWEEN = lazyre.compile(r"\s*[,、；;]\s*" + _GRADE_SEP + r"{0,8}")
#: the grades named first, then 分别 and their counts (优秀、良好、合格、不合格分别为12家、18家、10家、2家)
_GRADE_NAMES_RESP = lazyre.compile(r"(?P<names>" + _GRADE_WORDS + r"(?:[、和及]" + _GRADE_WORDS + r"){2,7})"
                                   r"(?:等次|等级|档次|单位|的)?(?:分别|各)(?:为|是|有|评定|达到|达)?\s*"
                                   r"(?P<qs>" + _Q + r"(?:\s*(?:、|和|及|,)\s*" + _Q + r"){2,7})")
#: a total word after the list (，共45个单位 / 。共评查案卷340卷): the number evaluated
_GRADE_TOTAL_AFTER = lazyre.compile(r"\s*[,。；;]\s*(?:全年|以上|上述)?(?:共计|合计|总计|共)(?:[\u4e00-\u9fff]{0,10}?)(?:为|达)?\s*(?P<t>" + _Q + ")")
#: words between the number evaluated and its grades that make them grades of something else: a comparison, a change,
#: a subset named by a relative clause (参加考评的单位中)
_GRADE_GAP_BAD = lazyre.compile(r"比|较|增|减|同期|上年|去年|占|的[\u4e00-\u9fff]{1,6}中|以上|以下|分别")
_GRADE_COMMON = lazyre.compile(r"优秀|良好|合格|称职")


def graded(doc: "Document") -> List[Graded]:
    """Every list of counts by grade with the number evaluated (cached), read from the skeleton: the grade run, then
    its total — a total word right after it (，共45个单位; the next sentence opening 共评查…), else the count of the
    same measure right before it in its sentence with no other figure between (评查案卷1,280卷，其中…; 对42家单位开展
    考评，评定…; 186个村（社区）法治建设评估中，…)."""
    from .classes import all_grades, grades
    c = _cache(doc)
    if "graded" in c:
        return c["graded"]  # type: ignore[return-value]
    out: List[Graded] = []
    skel, by_start = skeleton(doc)
    if "优" in skel or "称职" in skel:
        text = folded_text(doc)
        runs = []
        # items read from their grade word (linear: one cheap scan), then grouped into runs of consecutive items
        group: List["re.Match[str]"] = []
        for m in list(_GRADE_ITEM.finditer(skel)) + [None]:
            if m is not None and group and _GRADE_BETWEEN.fullmatch(skel, group[-1].end(), m.start()) is not None:
                group.append(m)
                continue
            if len(group) >= 3:
                qs, labels = [], []
                pos = max(skel.rfind(x, 0, group[0].start()) for x in ",、；;：:。！？!?\n\ue011（()）") + 1
                pos = start0 = max(pos, group[0].start() - 8)
                for it in group:
                    q = by_start.get(skel.rfind(QTOK, it.start(), it.end()))
                    if q is None:
                        break
                    lab = re.split(r"[,、；;]", skel[pos:q.start])[-1]
                    qs.append(q)
                    labels.append(re.sub(r"^\s*(?:和|及|其中)", "", lab))
                    pos = q.end
                if len(qs) == len(group):
                    runs.append((start0, qs[-1].end, qs, labels))
            group = [m] if m is not None else []
        for m in _GRADE_NAMES_RESP.finditer(skel):
            qs = [by_start.get(m.start("qs") + t.start()) for t in re.finditer(_Q, m.group("qs"))]
            names = re.split(r"[、和及]", m.group("names"))
            if len(qs) == len(names) and all(qs):
                runs.append((m.start(), m.end(), qs, names))
        starts = None
        for start, end, qs, labels in runs:
            g = grades(labels)
            if g is None or not _GRADE_COMMON.search("".join(g)) or any(q.is_percent or q.approx for q in qs) \
                    or len({measure(q) for q in qs}) != 1 or not measure(qs[0]) or measure(qs[0]) in TIME_UNITS:
                continue
            meas = measure(qs[0])
            total = None
            after = _GRADE_TOTAL_AFTER.match(skel, end)
            if after is not None:
                t = by_start.get(after.start("t"))
                if t is not None and measure(t) == meas and not t.is_percent:
                    total = t
            if total is None:
                sent = max(skel.rfind(x, 0, start) for x in "。！？!?\n")
                if starts is None:
                    starts = [q.start for q in doc.quantities]
                k = bisect.bisect_left(starts, start) - 1
                if k >= 0 and doc.quantities[k].start > sent and doc.quantities[k].end <= start:
                    t = doc.quantities[k]
                    gap = skel[t.end:start]
                    ctx = skel[max(sent + 1, t.start - 6):t.start]
                    if measure(t) == meas and not t.is_percent and t.approx not in ("<", "<=", "~") and len(gap) <= 40 \
                            and not _GRADE_GAP_BAD.search(gap) and not re.search(r"比|较|均|每|上年|去年|增|减", ctx) \
                            and text[t.end:t.end + 1] not in ("/", "每"):
                        total = t
            if total is None:
                continue
            out.append(Graded(min(start, total.start), max(end, total.end), total, tuple(qs), g, all_grades(labels)))
    out.sort(key=lambda x: x.start)
    c["graded"] = out
    return out


# -- names listed before 分别 with their values: 受理、审结、其中纠错分别为486件、452件、58件 ------------------------------
@dataclass(frozen=True)
class NamedList:
    """Names joined by 、/和/及 right before 分别 and the values listed after it, one each in order (受理、审结、其中纠错
    分别为486件、452件、58件 / 受理、办结、按期办结信访事项分别为…).  ``names`` as written (the first with the words of
    its clause before it, the last with the noun after it); ``inner[i]``: the name opens with 其中 (a part of the item
    before it)."""

    start: int
    end: int
    names: Tuple[str, ...]
    values: Tuple["Quantity", ...]
    inner: Tuple[bool, ...]


#: the values after 分别 (为/是/有/达到), one per name, joined by 、/和/及/,
_NAMED_VALUES = lazyre.compile(r"(?:为|是|有|达到|达)?\s*(?P<qs>" + _Q + r"(?:\s*(?:、|和|及|,)\s*" + _Q + r"){1,7})")
#: a name of such a list that is part of another: opening with 其中, or an action with a qualifier (按期办结, 当场受理)
#: the characters a head of names listed before 分别 may hold (read by fullmatch in place, with pos/endpos)
_LIST_HEAD = lazyre.compile(r"[\u4e00-\u9fff“”、和及]+")
_LIST_PART_NAME = lazyre.compile(r"(?:^|[、和及])(?:其中|按期|按时|限时|当场|当日|当天|即时|网上|线上|一次性|现场|提前|全程|首次|一次)")


def named_lists(doc: "Document") -> List[NamedList]:
    """Every list of names before 分别 with as many values after it (cached; only lists where some name opens with 其中
    or carries a qualifier of another: the readers of parts within such a list)."""
    c = _cache(doc)
    if "named_lists" in c:
        return c["named_lists"]  # type: ignore[return-value]
    out: List[NamedList] = []
    skel, by_start = skeleton(doc)
    k = skel.find("分别")
    while k >= 0:
        m = _NAMED_VALUES.match(skel, k + 2)
        lo = max(skel.rfind(x, max(0, k - 60), k) for x in ",，。；;：:！？!?\n\ue011（()）") + 1
        # (the names' characters tested in place first: with no stop in the 60 characters before 分别 the head runs
        # from the text's start, and a copy of it for each such 分别 was quadratic on a long compilation)
        head = skel[lo:k] if m is not None and _LIST_HEAD.fullmatch(skel, lo, k) is not None else ""
        if m is not None and _LIST_PART_NAME.search(head) and re.fullmatch(r"[\u4e00-\u9fff“”、和及]+", head):
            names = tuple(re.split(r"[、和及]", head))
            qs = tuple(by_start.get(m.start("qs") + t.start()) for t in re.finditer(_Q, m.group("qs")))
            if len(names) == len(qs) and all(qs) and all(names):
                inner = tuple(x.startswith("其中") for x in names)
                out.append(NamedList(k - len(head), m.end(), names, qs, inner))  # type: ignore[arg-type]
        k = skel.find("分别", k + 2)
    c["named_lists"] = out
    return out


# -- enumerations: a count and the names listing what it counts ---------------------------------------------------
@dataclass(frozen=True)
class Enumeration:
    """A count and the names that list every thing it counts: 财政收入超亿元的乡镇达6个（康乐街办、黄茅镇、株潭镇、
    潭埠镇、鹅峰乡、马步乡） / 全县有5个乡镇…超过5000万元，分别是康乐街道、黄茅镇、株潭镇、潭埠镇、鹅峰乡.  ``names``
    are split at 、; when the last joins two names with 和/及/与 the list may hold one more (``alt``)."""

    start: int
    end: int
    count: "Quantity"
    names: Tuple[str, ...]
    alt: int
    #: 分别是 names each thing; a bracket may list kinds (学校15所（幼儿园、小学、中学）): only fewer things than names
    #: listed is then impossible
    each: bool = False
    #: names before the count (荆州、孝感、黄冈3个城市): the fewest things the names may be (a 和 may join two groups:
    #: 中央和省、市、自治区两级), 0 for names after the count; ``alt`` is then the most
    lo: int = 0
    #: names of one to four characters may be abbreviations, one thing a character (“视半工备、海陆空网”八大产业)
    chars: int = 0


#: the measure words of things counted one by one
_ENUM_UNITS = frozenset("个 家 所 项 条 座 名 位 处 批 支 类 种 宗 件 部 本 场 只 艘 架 台 套 栋 块 片 级".split())
#: a list that says it is partial or that it is something else than the names of the things counted
_ENUM_PARTIAL = lazyre.compile(r"^(?:含|包含|包括|其中|如|例如|比如|主要|分别|以上|以下|共|全部|均|即|涉及)|等等?$|等[^、]{0,4}$")
_ENUM_NOT_NAMES = lazyre.compile(r"[0-9０-９%％：:，,；;。（()）“”\"]|[一二三四五六七八九十两]+[个家所项条座名位处批类种]")
#: 分别是A、B、C / 分别为A、B、C: the names after a clause, up to the end of the sentence or clause
_ENUM_AFTER = lazyre.compile(r"[，,]\s*(?:分别是|分别为|依次是|依次为)(?P<names>[^。；;！？!?\n，,]{3,200})(?=[。；;！？!?\n]|$)")
_ENUM_MAX = 40


def _enum_names(body: str) -> Optional[Tuple[Tuple[str, ...], int]]:
    body = body.strip()
    if not body or _ENUM_PARTIAL.search(body) or _ENUM_NOT_NAMES.search(body):
        return None
    names = tuple(x.strip() for x in body.split("、"))
    if len(names) < 2 or any(not (2 <= len(x) <= 20) for x in names):
        return None
    alt = len(names) + (1 if re.search(r"[和及与]", names[-1]) else 0)
    return names, alt


@dataclass(frozen=True)
class OrdinalAfterList:
    """继天河、黄埔、番禺之后，南沙成为全市第4个…的区: an ordinal after the names of those that came before it — one more
    than the names (``lo``: the items split at 、; ``hi``: also at 和/及/与, which may join two names)."""

    start: int
    end: int
    ordinal: int
    names: Tuple[str, ...]
    lo: int
    hi: int


_ORDINAL_AFTER = lazyre.compile(r"继(?P<list>[^，,。；;：:！？!?\n（()）“”]{2,60}?)之后[，,]?(?P<mid>[^，,。；;：:\n（()）\d]{0,24}?)"
                                r"第(?P<n>[一二三四五六七八九十]{1,3}|\d{1,2})(?:个|家|座|位|名|次|年|批|届|条|所|项|支|款|城市|区|县|市)")
_ORDINAL_LIST_NOT = lazyre.compile(r"等|多个|多家|多项|一批|之一|其他|其它|\d")
def ordinals_after_lists(doc: "Document") -> List[OrdinalAfterList]:
    """Every :class:`OrdinalAfterList` of the document (cached): the list between 继 and 之后 (at least two names, none
    marked partial by 等/之一/其他), the ordinal in the clause right after it (no 的 between: 继A、B之后，C的第5个项目
    counts C's)."""
    c = _cache(doc)
    if "ordinals" in c:
        return c["ordinals"]  # type: ignore[return-value]
    text = folded_text(doc)
    out: List[OrdinalAfterList] = []
    if "继" in text and "之后" in text:
        for m in _ORDINAL_AFTER.finditer(text):
            lst, mid = m.group("list"), m.group("mid")
            if _ORDINAL_LIST_NOT.search(lst) or "的" in mid or "第" in mid or "继" in mid:
                continue
            n = ordinal_value(m.group("n"))     # 第4个 / 第十二个 (the pattern admits digits and 一…十 only)
            items = [x for x in lst.split("、")]
            finer = [y for x in items for y in re.split(r"和|及|与|以及", x)]
            if any(not x.strip() for x in finer) or len(finer) < 2:
                continue
            out.append(OrdinalAfterList(m.start(), m.end(), n, tuple(finer), len(items), len(finer)))
    c["ordinals"] = out
    return out


def enumerations(doc: "Document") -> List[Enumeration]:
    """Every count followed by the names of what it counts (cached): in a bracket right after the count (or after the
    count and its noun), or after 分别是 closing the sentence when the sentence before it holds no other count of
    things.  Read from the words after each count of things, never by pairing figures."""
    c = _cache(doc)
    if "enumerations" in c:
        return c["enumerations"]  # type: ignore[return-value]
    out: List[Enumeration] = []
    text = folded_text(doc)
    qs = doc.quantities
    things = [q for q in qs if not q.is_percent and q.unit in _ENUM_UNITS and q.approx is None
              and float(q.value).is_integer() and 2 <= q.value <= _ENUM_MAX]
    if "（" in text or "(" in text:
        for q in things:
            m = re.match(r"([\u4e00-\u9fff]{0,8}?)[（(]([^（()）]{3,200})[）)]", text[q.end:q.end + 220])
            if m is None:
                continue
            got = _enum_names(m.group(2))
            # with a noun between the count and the bracket, the bracket may gloss the noun (29个省（自治区、直辖市）,
            # 10个院士服务站（专家服务站、院士创新中心）): read only names that share the noun's head (6个专业委员会
            # （区消防安全委员会、…）)
            if got is not None and m.group(1) and not all(x.endswith(m.group(1)[-1]) for x in got[0]):
                got = None
            if got is not None:
                out.append(Enumeration(q.start, q.end + m.end(), q, got[0], got[1]))
    if "分别是" in text or "分别为" in text or "依次" in text:
        starts = [q.start for q in things]
        import bisect
        for m in _ENUM_AFTER.finditer(text):
            s = doc.sentence_at(m.start())
            if s is None:
                continue
            got = _enum_names(m.group("names"))
            if got is None:
                continue
            lo, hi = bisect.bisect_left(starts, s.start), bisect.bisect_left(starts, m.start())
            cands = [q for q in things[lo:hi]]
            # the sentence before 分别是 must count one kind of thing only (3个公园、2个广场，分别是… is not read)
            others = [q for q in qs if s.start <= q.start < m.start() and not q.is_percent and q.unit in _ENUM_UNITS]
            if len(cands) != 1 or len(others) != 1:
                continue
            out.append(Enumeration(cands[0].start, m.end(), cands[0], got[0], got[1], each=True))
    if "、" in text or "”“" in text:
        out.extend(_names_before(doc, text))
    if "个1" in text:
        read = {e.count.start for e in out}
        out.extend(e for e in _rates_at_one_value(text) if e.count.start not in read)
    out.sort(key=lambda e: e.start)
    c["enumerations"] = out
    return out


#: a count of rates that all reach one value, right after the rates named (办结率、满意率实现“两个100%”; 答复率和满意度
#: 均达到两个100%): 个 and a percentage after the count, the verb and a quote between the names and the count
_RATES_AT = lazyre.compile(r"(?P<n>[2-9两三四五六七八九])个(?=100(?:\.0+)?[%％]”?)")
#: what may stand between the last rate named and the count (均实现“, 都达到, 实现)
_RATES_GAP = lazyre.compile(r"(?:均|都|全部|同时)?(?:实现了?|达到了?|保持|达)?“?$")
#: a rate's name: ends with 率 or 度 (满意度), no figure
_RATE_NAME = lazyre.compile(r"[\u4e00-\u9fff]{1,10}(?:率|度)")


def _rates_at_one_value(text: str) -> List[Enumeration]:
    """Counts of rates at one value (N个100%) after the rates they count, split at 、 and at a 和/及/与 between two rates
    (办结率和满意度实现两个100%; 答复率、满意度两个100%).  Every name must be a rate (…率, …度): never other words before
    the count (实现“两个100%”; 群众满意度两个100%: one name)."""
    from ..quantities import Quantity
    out: List[Enumeration] = []
    for m in _RATES_AT.finditer(text):
        s = m.start("n")
        lo = max(text.rfind(ch, max(0, s - 60), s) for ch in _ENUM_STOP) + 1
        if lo <= 0 and s > 60:
            continue
        body = text[lo:s]
        body = body[:_RATES_GAP.search(body).start()]
        names = [x for x in re.split(r"、|和|及|与", body)]
        if len(names) < 2 or not all(_RATE_NAME.fullmatch(x) for x in names):
            continue
        n = m.group("n")
        v = int(n) if n.isdigit() else _ENUM_CN[n]
        q = Quantity(s, s + 2, s, s + 1, float(v), float(v), 0, 1, "个", chinese=not n.isdigit())
        out.append(Enumeration(lo, m.end(), q, tuple(names), len(names), each=True, lo=len(names)))
    return out


#: a count of things right after the names it counts, and the noun it counts (3个重庆实验室, 三大先导产业, 4县);
#: two to nine: a longer list is not summed up by a count (十大行动 names a programme)
_ENUM_BEFORE = lazyre.compile(
    r"(?:(?<![\d.])(?P<d>[2-9])(?![\d.])|(?<![零〇一二两三四五六七八九十百千第])(?P<c>[两三四五六七八九])(?![十百千万亿]))"
    r"(?P<w>大|个|家|所|项|条|座|支|类|种|部|只|艘|片|方面|县|市|省|区|级(?!甲|乙|丙|医院|以上|以下|及|综合|专科|公立|[\u4e00-\u9fff]{0,2}医院))"
    r"(?![以多余次年月日天周倍字数成届轮期层位人]|亿(?!级)|万(?!亿|级)|小时|分钟|百分点|是|的|和|及|与|或|等|之一|中[，,。；;、]|幅)"
    r"(?=[\u4e00-\u9fffA-Za-z0-9“])")
_ENUM_BEFORE_CHEAP = lazyre.compile(r"[2-9两三四五六七八九](?:大|个|家|所|项|条|座|支|类|种|部|只|艘|片|方面|县|市|省|区)")
#: levels counted after the levels named (市、区、街道、社区四级; 省、市、县三级): the count right after a place word
_ENUM_LEVEL_NUM = "23456789两三四五六七八九"
_ENUM_LEVEL_AFTER = "省市区县乡镇道村央家级"


def _level_counts(text: str) -> List[int]:
    """Where a count of levels stands right after the name of a level (…社区四级), found from each 级 (str.find)."""
    out = []
    k = text.find("级", 2)
    while k >= 0:
        if text[k - 1] in _ENUM_LEVEL_NUM and text[k - 2] in _ENUM_LEVEL_AFTER:
            out.append(k - 1)
        k = text.find("级", k + 1)
    return out
#: places counted as the places named (惠及云浮、阳江、茂名、湛江4市; 福田、罗湖两区): no place below them is in the tail
_ENUM_PLACE_UNITS = ("县", "市", "省", "区")
#: a count opening a quoted slogan right after the names it counts (外防输入、区域协同、粤港澳联防联控“三道防线”; 新建布局、
#: 优化提升、整合重组、调整淘汰“四个一批”; 电动汽车、锂电池、光伏产品“新三样”; 总产、单产、播种面积“三增长”): the quote
#: holds the count and a noun or a change word, no other numeral (“三区一堡”, “两不一欠”) and never N连 (“六连增”: years
#: in a row, not the things named)
_ENUM_QUOTED = lazyre.compile(
    r"“新?(?P<n>[2-9两三四五六七八九])(?!连)(?P<w>(?:大|个|家|所|项|条|座|支|类|种|部|道|样|方面)?)"
    r"(?P<rest>一批|[^“”\d零〇一二两三四五六七八九十百千万亿，,。；;、：:（）()\n]{0,6})”")
#: a quoted count of changes (三增长, 三下降, 四个翻番): the names are the quantities that changed, and a verb or a span
#: may stand between them and the count (常住人口实现“四个翻番”; 单产连续4年“三增”)
_ENUM_CHANGE = lazyre.compile(r"(?:增长|增加|增|提升|提高|上升|下降|降低|减少|缩减|减|翻番|翻一番)")
_ENUM_CHANGE_GAP = lazyre.compile(r"(?:均|都|同时|同步|持续|逐年|连续\d+年|连续[二三四五六七八九十]+年)?(?:实现|保持)?$")
#: what ends the stretch of names before a count
_ENUM_STOP = "，,。；;：:！？!?\n（）()【】[]"
#: the last character of _ENUM_STOP in a stretch (searched with pos/endpos: one call in C instead of an rfind per character)
_ENUM_LAST_STOP = lazyre.compile("[" + re.escape(_ENUM_STOP) + "](?=[^" + re.escape(_ENUM_STOP) + "]*\\Z)")
#: a verb between the names and the count makes the count the verb's object, not the names' number (在美国、加拿大、
#: 以色列设立4家海外创新中心; 用市场化、法治化手段推动五大任务; 坚持和平共处五项原则), and 各/分别/均 count per name
_ENUM_BEFORE_VERB = lazyre.compile(
    r"各|分别|均|(?<!公)共|合计|累计|总计|的|之|等|推动|推进|实施|开展|打好|打赢|抓好|建设|建成|设立|支持|覆盖|"
    r"引领|援助|提出|实现|组成|获得|获评|进入|纳入|列入|入选|成为|委托|落实|打造|取消|出台|发布|启动|完成|举办|组织|带领|"
    r"成立|谋划|构建|加快|开发|新增|新建|改建|扩建|改造|提升|培育|认定|评为|评定|贯彻|坚持|坚定|增强|做到|宣传|落地|形成|"
    r"拥有|共有|涉及|包括|包含|(?:达到?|为|有|占)$|位列|跻身|属于|以及|带动|吸引|引进|签约|围绕|聚焦|针对|面向|依托|"
    r"辐射|对接|帮扶|结对|援建|开通|连接|设置|增设|新设|建立|创建|争创|申报|获批|评选|选树|命名")
_ENUM_BEFORE_VERB_Q = lazyre.compile(_ENUM_BEFORE_VERB.pattern.replace("(?<!公)共", "(?<!公)共(?!享)"))
#: the last name is a body that holds the things counted (深圳大学、南方科技大学8个学科; 金融、精密制造领域3名人才)
_ENUM_CONTAINER = lazyre.compile(r"(?:大学|学院|学校|医院|公司|集团|银行|企业|领域|行业|系统|片区|流域|园区|地区|部门|单位|"
                                 r"国家|街道|社区|机构|乡镇)$")
#: facilities and projects, which short names before their count may be the sites of (格尔木、德令哈3座光热电站)
_ENUM_FACILITY = lazyre.compile(r"电站|中心|基地|项目|工程|场馆|医院|学校|站|港|机场|馆|厂|园|网点|门店|车间")
#: where the names start: after a verb, a join or a list marked partial inside the first stretch
_ENUM_START = lazyre.compile(
    r"推动|推进|实施|开展|抓好|建设|设立|支持|打造|启动|完成|举办|成立|构建|加快|新增|新建|"
    r"培育|认定|形成|围绕|聚焦|挂牌|创建|争创|获批|展开|整合为|入选|成为|跨越|迈上|连跨")
#: a name that ends with an action: the list is of actions (为实现、发展和保卫社会主义四个现代化), not of names
_ENUM_ACTION_END = lazyre.compile(r"(?:实现|推动|推进|改造|提升|新建|完善|加强|巩固|拓展|谋划|部署|保卫|维护|坚持|落实)$")
#: places below a county: counted in the districts or counties named (宝安、龙岗四个镇)
_ENUM_SUBPLACE = lazyre.compile(r"^(?:[\u4e00-\u9fff]{0,4}?)(?:镇|乡|街道|村|社区|小区|组团|片区|板块|街区)")
#: a noun of places of one level, counted as the places named (3个过三千亿元城市, 4个千亿县, 两个合作区)
_ENUM_PLACE_NOUN = lazyre.compile(r"^[\u4e00-\u9fff]{0,8}?(?:城市|县|地区|合作区|新区|开发区|高新区|示范区|市)"
                                  r"(?=$|[^\u4e00-\u9fff]|建设|发展|位列|入选|获|成为|被|实现|全部|均)")
#: a heading's numeral (三、全力抓好七项重点工作) or a numeral and a measure word inside a name (广东、福建两省的…)
_ENUM_HEADING = lazyre.compile(r"^\s*[一二三四五六七八九十]+$|^\s*$")
_ENUM_INNER_COUNT = lazyre.compile(r"[一二三四五六七八九十两]+[个家所项条座名位处批类种省市县区级大支部只艘张片场块套台架年月天次期轮]")
#: levels passed (连跨5万亿元、6万亿元两个台阶): amounts are the names
_ENUM_LEVEL = lazyre.compile(r"[\u4e00-\u9fff]{0,12}?\d+(?:\.\d+)?[万亿千百]*元?")
_ENUM_CN = {"两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_LATIN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ")
#: an item's number opening a line or clause (15. / 3、 / （2）), dropped before the first name
_ENUM_ITEM_NO = lazyre.compile(r"^\s*(?:\d{1,3}\s*[.．、]|[（(]\d{1,3}[)）])\s*")
#: a technology's name of digits and Latin letters (3D, 5G, 4K, H7N9): no figure inside a name
_ENUM_TECH_TOKEN = lazyre.compile(r"\d+[A-Za-z]+\d*|[A-Za-z]+\d+[A-Za-z]*")
#: one character after a count in quotes that may abbreviate names sharing it (名医、名院、名诊所“三名”; 生存、生活、生命
#: “三生”): read only when every name holds it
_ENUM_CN_SHARED_OK = frozenset("名生网化通联优美好全新星")


def _names_before(doc: "Document", text: str) -> List[Enumeration]:
    """Counts right after the names of what they count, 、-separated (荆州、孝感、黄冈3个过三千亿元城市; 集成电路、生物医药、
    人工智能三大先导产业; 围绕“资源、客源、服务”三大要素; “粤菜师傅”“广东技工”“南粤家政”三项工程; 连跨5万亿元、6万亿元
    两个台阶).  The names run back to the clause's start; quoted names before them are one stretch.  Not read: a list
    marked partial (等), a verb or 各/分别 between the last name and the count, a count that is itself an item of a
    list (铁人三项赛、…), a count of things in the bodies named (大学, 领域, places below a county), counts in a name
    (“四个意识”), a heading's numeral, figures among the names other than levels passed."""
    from ..quantities import Quantity
    out: List[Enumeration] = []
    cands = [(c.start(), None) for c in _ENUM_BEFORE_CHEAP.finditer(text)]  # a literal-led pattern first: the full
    if "级" in text:                                                             # one costs 9 times more
        cands.extend((k, None) for k in _level_counts(text))
    if "“" in text:
        cands.extend((q.start("n"), q) for q in _ENUM_QUOTED.finditer(text))
    cands.sort(key=lambda x: x[0])
    for s, quoted in cands:
        if text.rfind("、", max(0, s - 60), s) < 0 and text.rfind("”“", max(0, s - 60), s) < 0:
            continue
        shared = False
        if s and text[s - 1] in _LATIN:
            continue      # a digit of a name (华星光电T6项目投产、T7项目开工: 7项 is no count)
        if quoted is None:
            m = _ENUM_BEFORE.match(text, s)
            if m is None:
                continue
            e, n_, w_ = m.end(), m.group("d") or m.group("c"), m.group("w")
            opened = s
        else:
            m = quoted
            e, n_, w_ = m.end(), m.group("n"), m.group("w") + m.group("rest")
            opened = m.start()        # the names end before the quote (and 新 in “新三样”)
            shared = not m.group("w") and len(m.group("rest")) == 1 and m.group("rest") in _ENUM_CN_SHARED_OK
            if not (_ENUM_CHANGE.fullmatch(m.group("rest")) or (m.group("w") and (m.group("rest") or m.group("w") == "样"))
                    or shared):
                continue  # a count word and a noun (“三道防线”), or a count of changes (“三增长”): never an abbreviation
                #           without a measure word, which a verb may govern (科学划定、动态调整“三区”; 反对“四风”; “三甲”;
                #           “两年倍增”; “四人帮”) — unless its character is in every name (below: 名医、名院、名诊所“三名”)
        change = quoted is not None and _ENUM_CHANGE.fullmatch(m.group("rest")) is not None
        stop = _ENUM_LAST_STOP.search(text, max(0, s - 120), s)
        lo = stop.start() + 1 if stop is not None else 0
        if lo <= 0 and s > 120:
            continue
        body = text[lo:opened]
        # an item's number opening the line is no part of the first name (15.组建VR、智慧城市2个产业创新联盟)
        body = _ENUM_ITEM_NO.sub("", body, count=1)
        if quoted is not None and re.search(r"“[^“”]*[0-9两二三四五六七八九十][^“”]*”", body):
            continue  # names that are counted slogans themselves (增强“八项本领”、提高“七种能力”)
        if change:   # the quantities that changed, then 实现/保持 or a span (连续4年) before the count of changes
            body = body[:_ENUM_CHANGE_GAP.search(body).start()]
        tail = re.match(r"[^，,。；;：:！？!?\n、（）()]{0,16}", text[e:e + 16]).group()
        # the count and its noun are an item of a list when a 、 follows them before any figure (三大新兴产业增速分别为
        # 30%、…: the list after the figure is the values')
        noun = re.match(r"[^0-9]*", tail).group()
        if (noun == tail and text[e + len(tail):e + len(tail) + 1] == "、") or "等" in tail or \
                re.match(r"[\u4e00-\u9fff]{1,4}(?:和|及|与)", tail) or \
                _ENUM_SUBPLACE.match(tail if quoted is None and w_ not in _ENUM_PLACE_UNITS else ""):
            continue  # the count and its noun are an item of a list, or places inside the places named
        if body.count("“") != body.count("”") or '"' in body:
            continue
        run = re.search(r"(?:“[^“”]+”、?)+$", body)
        if body.endswith("”") and run is not None:
            items = re.findall(r"“([^“”]+)”", run.group())
            names = items if len(items) >= 2 else items[0].split("、")
        else:
            flat = re.sub(r"“[^“”]*”", lambda q: "Ｑ" * len(q.group()), body)
            names = flat.split("、")
        names = [x.strip() for x in names]
        # a year or a time word before the first name dates the list, it is no part of a name (2010年生物、互联网、新能源
        # 三大新兴产业增速…)
        names[0] = re.sub(r"^(?:(?:[12]\d{3}|[一二][〇零一二三四五六七八九]{3})年(?:底|末)?|今年|去年|全年|当年)", "", names[0])
        # the names start after a verb followed by a name (亲自谋划、亲自部署、亲自推动横琴、前海两个合作区: 横琴、前海;
        # …管理等6个全国整治项目和基础教育公平、安居工程乱象治理2个: after 和)
        for i in range(len(names) - 2, -1, -1):
            if quoted is not None and i:
                continue      # a quoted slogan's names open the clause (城市建设管理 is a name, not a verb's object)
            cut = None
            for v in _ENUM_START.finditer(names[i]):
                if v.end() < len(names[i]):
                    cut = v.end()
            if cut is not None:
                names = [names[i][cut:]] + names[i + 1:]
                break
        levels = ("台阶" in tail or "关口" in tail or "大关" in tail) and all(_ENUM_LEVEL.fullmatch(x) for x in names)
        # a partial list or a figure before a 和 starts the names after it (…管理等6个全国整治项目和基础教育公平、…)
        marked = [i for i, x in enumerate(names[:-1])
                  if re.search(r"等|[0-9%％]|" + _ENUM_INNER_COUNT.pattern, _ENUM_TECH_TOKEN.sub("", x))]
        if marked and not levels:
            i = marked[-1]
            j = max((x.end() for x in re.finditer(r"[和及与]", names[i])), default=-1)
            if j < 0 or re.search(r"等|[0-9%％]", names[i][j:]):
                continue
            names = [names[i][j:]] + names[i + 1:]
        if len(names) < 2 or any("等" in x for x in names) or any(not x for x in names) or \
                _ENUM_HEADING.match(names[0]) or \
                (any(_ENUM_ACTION_END.search(x) for x in names[:-1]) and not (quoted is not None and m.group("rest") == "一批")):
            continue  # (“N个一批” names N actions: 新建布局、优化提升、整合重组、调整淘汰“四个一批”)
        if any(len(x) > 20 for x in names[1:]) or any(_ENUM_INNER_COUNT.search(x) for x in names):
            continue
        if not levels and any(re.search(r"[0-9%％]", _ENUM_TECH_TOKEN.sub("", x)) for x in names):
            continue  # (a technology's name holding digits and letters is no figure: 激光及3D打印, 5G)
        if quoted is not None and shared and not all(m.group("rest") in x for x in names):
            continue  # an abbreviation counts the names only when its character is in each (生存、生活、生命“三生”)
        last = names[-1]
        # (levels: 市、区、街道、社区四级 counts the levels named, not things inside the last; a count of changes counts the
        # quantities named, whatever verb names them: 涉及人数和金额“三下降”)
        # (before a quoted count the names are a slogan's phrases: 共享 there is a phrase's word — 创新、协调、绿色、开放、共享
        # “五大发展理念”; 全民共享 —, not 共 of a total)
        verb_last = (_ENUM_BEFORE_VERB_Q if quoted is not None else _ENUM_BEFORE_VERB).search(last)
        if (verb_last and not change) or (_ENUM_CONTAINER.search(last) and w_ != "级") \
                or last[-1] in "和及与或":
            continue
        if quoted is not None and (last[-1] in "以于为向对把将给" or any("的" in x for x in names[1:])):
            continue  # a quoted count governed by a preposition (赋予…以“三个意义”), or descriptions, not names, before
            #           it (成为…的开路先锋、…的排头兵、彰显“四个自信”)
        joins = [i for i, x in enumerate(names) if re.search(r"[和及与]", x)]
        hi = len(names) + len(joins)
        # the names may start after a join or a verb inside an earlier one (亲自谋划、亲自部署、亲自推动横琴、前海两个合作区)
        inner = [i for i, x in enumerate(names[:-1]) if i in joins or _ENUM_BEFORE_VERB.search(x)]
        low = len(names) - max(inner) if inner else len(names)
        if joins:
            low = min(low, len(joins) + 1)
        # short names before a count of facilities may be their sites (格尔木、德令哈3座光热电站): unless the noun is a
        # place of one level or the count is N大 (three big …), only fewer things than names is read
        verb = None
        for verb in _ENUM_BEFORE_VERB.finditer(names[0]):
            pass
        first = names[0][verb.end():] if verb is not None else names[0]   # 新增荆州 → 荆州, 加快格尔木 → 格尔木
        if all(len(x) <= 3 for x in [first] + names[1:]) and w_ not in ("大",) + _ENUM_PLACE_UNITS \
                and _ENUM_FACILITY.search(tail) and not _ENUM_PLACE_NOUN.match(tail) and not shared and w_ != "级":
            hi = 99
        chars = sum(len(x) for x in names) if all(3 <= len(x) <= 4 for x in names) else 0
        n = n_
        v = int(n) if n.isdigit() else _ENUM_CN[n]
        q = Quantity(s, s + len(n) + len(w_), s, s + len(n), float(v), float(v), 0, 1, w_, chinese=not n.isdigit())
        out.append(Enumeration(lo, e, q, tuple(names), hi, each=True, lo=low, chars=chars))
    return out


# -- a share of a larger area with that area's whole after it: 粮食总产量98.6万吨，占全省的12.3%，全省粮食总产量为801.6万吨 --
@dataclass(frozen=True)
class AreaShare:
    """A share of a larger area (占全省的, 占全市…总数的, 约占全国总产量的) between its part — the figure right before it
    (only its growth may stand between) — and the area's whole stated after it: the first figure of a clause opened by
    the same scope word (，全省…为N / ；全市…N / （全市…N） / 。全省全年…N in the next sentence of the paragraph),
    of the part's measure and named by the same words as the part (less scope, time and copula words: 新增城镇就业 and
    城镇新增就业 name one thing; 粮食总产量 and 粮食产量 too)."""

    share: "Quantity"
    part: "Quantity"
    whole: "Quantity"
    scope: str
    part_words: str
    whole_words: str


_AREA_SCOPES = r"全国|全省|全市|全区|全县|全州|全盟"
_AREA_SHARE = lazyre.compile(
    r"(?P<p>" + _Q + r")(?:[，,]\s*(?:同比|比上年)?(?:增长|下降|增加|减少)\s*" + _Q + r")?[，,]\s*(?:约|大约|接近|将近|近|超过)?"
    r"(?:占|相当于)(?P<scope>" + _AREA_SCOPES + r")(?P<sw>[\u4e00-\u9fff]{0,10}?)的?(?:比重|比例)?(?:为|达到|达|是)?\s*"
    r"(?:约|近|超过)?(?P<q>" + _Q + r")")
#: a clause opened by a scope word, and its first figure: ，全省粮食总产量为801.6万吨 / （全市接待游客6,000万人次）
_AREA_WHOLE = lazyre.compile(r"\s*(?:同期|同年|当年|而)?(?P<scope>" + _AREA_SCOPES + r")(?P<ww>[^\ue010\ue011，,；;。！？!?（()）\n]{0,16}?)"
                             r"(?P<w>" + _Q + r")")
_AREA_OPEN = lazyre.compile(r"[，,；;。（(]")
_AREA_STOP = lazyre.compile(r"全[国省市区县州盟]|[我本该][国省市区县州盟]|同期|同年|当年|全年|年度|年末|年底|年|实现|完成|达到|达|为|是|"
                            r"共有|共计|合计|共|有|总|的|已|了")
_AREA_OTHER_TIME = lazyre.compile(r"(?:19|20)\d\d|上年|去年|上一年|同比|预计|目标|计划|力争|累计|年均")
_AREA_BREAK = lazyre.compile(r"[，,；;：:。！？!?（()）\n、]")


def _area_name(words: str) -> str:
    return "".join(sorted(_AREA_STOP.sub("", re.sub(r"[^\u4e00-\u9fff]", "", words))))


def area_shares(doc: "Document") -> Dict[int, AreaShare]:
    """Every share of a larger area whose part and whole the text states (cached), by the share's start.  The whole is
    read in the rest of the share's sentence and the next sentence of its paragraph only; never a whole of another
    year, a plan or a sum over years (2022年全国…, 上年全省…), nor one named otherwise than the part."""
    c = _cache(doc)
    if "area_shares" in c:
        return c["area_shares"]  # type: ignore[return-value]
    out: Dict[int, AreaShare] = {}
    text = folded_text(doc)
    if "占全" in text or "相当于全" in text:
        skel, by_start = skeleton(doc)
        for m in _AREA_SHARE.finditer(skel):
            p, q = by_start.get(m.start("p")), by_start.get(m.start("q"))
            if p is None or q is None or p.is_percent or not q.is_percent or rate_unit(q) != "%" \
                    or p.approx in (">", ">=", "<", "<="):
                continue
            seg = skel[max(0, p.start - 24):p.start]
            br = None
            for br in _AREA_BREAK.finditer(seg):
                pass
            part_words = seg[br.end():] if br is not None else seg
            if _AREA_OTHER_TIME.search(part_words) or QTOK in part_words or QFILL in part_words:
                continue
            pn = _area_name(part_words)
            if len(pn) < 2:
                continue
            # the rest of the sentence and the next sentence of the paragraph
            end = len(skel)
            for k, ch in enumerate(skel[q.end:q.end + 400], q.end):
                if ch in "。！？!?\n":
                    end = k
                    break
            if end < len(skel) and skel[end] != "\n":
                nxt = re.search(r"[。！？!?\n]", skel[end + 1:end + 400])
                end = end + 1 + (nxt.start() if nxt else min(400, len(skel) - end - 1))
            scope = m.group("scope")
            whole = None
            for o in _AREA_OPEN.finditer(skel, q.end, end):
                wm = _AREA_WHOLE.match(skel, o.end(), end)
                if wm is None or wm.group("scope") != scope:
                    continue
                w = by_start.get(wm.start("w"))
                ww = wm.group("ww")
                if w is None or w.is_percent or measure(w) != measure(p) or _AREA_OTHER_TIME.search(ww) \
                        or w.approx in (">", ">=", "<", "<="):
                    break
                if _area_name(ww) == pn:
                    whole = (w, ww)
                break         # only the first clause the scope word opens
            if whole is not None:
                out[q.start] = AreaShare(q, p, whole[0], scope, part_words, whole[1])
    c["area_shares"] = out
    return out


# -- an average per unit: 人均发放6,000元, 户均7,000元, 平均每个社区300万元, 平均每家200万元, (7天)日均12万人次 ------------
@dataclass(frozen=True)
class PerUnit:
    """A figure stated as an average per unit of a count (``avg``), read from its marker (人均, 户均, 日均, 月均, 平均每个
    社区…): ``units`` the measure words a count of those units is written with (人/名 for 人均, 户 for 户均, 天/日 for
    日均, 个 for 平均每个…), ``noun`` what the units are when the marker names it (社区 of 平均每个社区; empty else),
    ``words`` the words between the marker and the figure (发放 of 人均发放6,000元), ``at`` the marker's start."""

    avg: "Quantity"
    units: Tuple[str, ...]
    noun: str
    words: str
    at: int


_PER_UNIT = lazyre.compile(
    r"(?:(?P<mk>人均|户均|日均|月均)|平均每(?P<u>[个家户人名所村期天日月])(?P<noun>[\u4e00-\u9fff]{0,4}?))"
    r"(?P<words>[\u4e00-\u9fff]{0,6}?)(?:为|达到|达)?(?:约)?(?P<q>" + _Q + r")")
_UNITS_OF = {"人均": ("人", "名"), "户均": ("户",), "日均": ("天", "日"), "月均": ("个月", "月"),
             "个": ("个",), "家": ("家",), "户": ("户",), "人": ("人", "名"), "名": ("人", "名"), "所": ("所",),
             "村": ("个",), "期": ("期",), "天": ("天", "日"), "日": ("天", "日"), "月": ("个月", "月")}
#: words after the marker that make the figure no plain average of a total stated in the sentence: a change (人均增收),
#: a rate per period (人均每月, 人均年), a standard or a survey figure (收入, 可支配, 消费, 寿命, 住房, 标准)
_PER_UNIT_NOT = lazyre.compile(r"增|减|提高|下降|降低|每|年|月|收入|可支配|消费|支出|寿命|住房|标准|水平|面积|生产总值|GDP|"
                               r"存款|储蓄|工资|预期|受教育|拥有|床位|超过|不足|不到|逾|近|以上")


_PER_UNIT_BEFORE = lazyre.compile(r"(?:标准|到|至|从|由|按|以|为)$")


def per_unit(doc: "Document") -> List[PerUnit]:
    """Every figure stated as an average per unit (:class:`PerUnit`), in document order (cached).  Never a
    percentage, a bound or an average per period of time (人均每月, 年人均) or of a survey (人均可支配收入)."""
    c = _cache(doc)
    if "per_unit" in c:
        return c["per_unit"]  # type: ignore[return-value]
    out: List[PerUnit] = []
    text = folded_text(doc)
    if "均" in text or "平均每" in text:
        skel, by_start = skeleton(doc)
        for m in _PER_UNIT.finditer(skel):
            if m.start() > 0 and skel[m.start() - 1] in "年月周週日每":
                continue      # 年人均, 月人均, 每日均: a mean per period
            q = by_start.get(m.start("q"))
            words = m.group("words")
            if q is None or q.is_percent or q.approx not in (None, "≈") or _PER_UNIT_NOT.search(words) \
                    or _PER_UNIT_NOT.search(m.group("noun") or "") or measure(q) in ("%", "个百分点"):
                continue
            if _PER_UNIT_BEFORE.search(skel, max(0, m.start() - 4), m.start()):
                continue      # 补助标准提高到人均320元, 从人均8.7万元: a standard or a level of a change, no average of a total
            key = m.group("mk") or m.group("u")
            noun = m.group("noun") or ""
            if key == "村":
                noun = "村"
            out.append(PerUnit(q, _UNITS_OF[key], noun, words, m.start()))
    c["per_unit"] = out
    return out
