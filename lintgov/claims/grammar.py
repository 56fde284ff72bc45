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
* :meth:`Quantity.interval` takes a large Chinese numeral (三亿八千万吨) as exact
  to its last printed digit, while its trailing zeros may be rounding;
  :func:`interval_of` widens those to the last non-zero place (an Arabic amount with
  万/亿, 38000万吨, is as precise as its digits), and takes whole counts (27件) as exact;
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
import functools
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Dict, Iterator, List, Optional, Sequence, Tuple
from .. import lazyre
from ..quantities import quantity_starts
from ..textfold import Translation
from .scope import pattern as scope_pattern
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
_PERIOD_LABEL = (r"(?:上一?(?:个)?(?:季度|月)|前一(?:个)?(?:季度|月)|第?[一二三四]季度|第?" + _Q
                 # 11月为48.6亿千瓦时: a month the extractor reads as a date, not as a quantity
                 + r"|(?<![\d\-—–~至到])(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?)")
_CMP = (r"(?:(?:同比|比|较之?|与|同|相比)(?:上一?年(?:度)?|去年|前一年|(?:19|20)\d{2}年|" + _CNYEAR + r")(?:同期|底|末|度)?"
        # 比上年预计数 / 比上年预算: last year's estimate or budget (a basis, not last year's final figure)
        # (比一九五七年的预计数增加了二十二亿元: 的 before the estimate)
        # (较2027年预计完成数 / 比上年调整预算 / 较2027年财政拨款预算: the state of the budget the base is, a budget's
        # account named before it — the base is the value written right after, or stated as that state elsewhere)
        r"(?:的?(?:年初|调整后?)?(?:预计完成数|预计完成|预计数|预计执行数|预计执行|执行数|预算数|预算安排|预算|"
        r"决算数|实际数|实际执行数)|的?[\u4e00-\u9fff]{2,4}?预算数?(?=\ue010|增|减|下降|提高|降低))?"
        r"(?:相比|相较|比较)?(?:同比)?|同比|环比"
        # 年末…达到18.62万户，比年初增加1.54万户，增长9.0%: the start of the year (a stock's level at last year's end)
        r"|(?:比|较)(?:本年|今年)?年初(?![预执计])"
        # 比年初预算超收4.2亿元 / 较调整预算短收: the year's budget as set at its start or as adjusted (its value written right
        # after, or stated as that budget elsewhere)
        r"|(?:比|较)(?:本年|今年|全年)?(?:年初|调整后?的?)预算(?:数)?"
        # 较省考核目标32微克/立方米低4微克/立方米 / 比年度计划100个多12个: a target or plan with its value written right
        # after (never read from elsewhere: the base of such a basis is the value it names)
        r"|(?:比|较)[\u4e00-\u9fff]{0,6}?(?:目标|计划|任务)(?:值|数)?(?=\ue010)"
        # 比上季度 / 比二季度 / 较上月: the period before (read as 环比; a quantity only of 季度 or 月)
        # (比10月末 / 较上月末: a stock against the end of the period before)
        r"|(?:比|较)(?:上一?个?(?:季度|月)|第?" + _Q + r"|\d{1,2}\s*月份?|[一二三四五六七八九十]{1,3}月份?)(?:末|底)?"
        r"(?=的|[（(]|[\s，,]|增|减|下|上|提|降|回|多|少|高|低|净))")
_UP = ("增长幅度为 增长幅度达 增长幅度 增长速度为 增长速度达 增长速度 增长 增加 上升 回升 提高 提升 上涨 增多 扩大 攀升 加快 高出 多出 增幅为 增幅达 增幅 增速为 增速达 增速 涨幅为 涨幅 增收 增支 增产 净增加 净增 新增 多增 超收 "
       "递增 增 涨 多 高").split()
#: reduction rates (压减率46%: the share cut, (A−B)/A) read as a decrease of that size
_DOWN = ("收窄 少增 下降幅度为 下降幅度达 下降幅度 减少幅度为 减少幅度 下降 减少 降低 下滑 回落 缩小 缩减 压缩 缩短 下跌 减小 降幅为 降幅达 降幅 跌幅 减收 减支 减产 净减少 净减 削减 压减 精简 短收 "
         "压减率 精简率 削减率 下降率 减少率 压缩率 缩减率 降低率 减幅为 减幅达 减幅 递减 减 降 少 低").split()
#: verbs that state a change only after a basis (比上年新增0.14平方米; 新增企业122家 is a count of new ones)
_SINGLE = {"增", "涨", "多", "高", "减", "降", "少", "低", "新增", "多增", "少增", "超收", "短收"}
#: a difference between two years' changes (比上年多增0.8万户: this year's increase exceeds last year's by 0.8万户): never
#: the change of the level a growth rate after it is of
_CHANGE_OF_CHANGE = frozenset(("多增", "少增"))
_VERB = "(?P<verb>" + "|".join(sorted(_UP + _DOWN, key=len, reverse=True)) + ")"
_TOV_UP = ("增至 增加到 增加至 增长到 增长至 增长为 增加为 上升为 提高为 提升为 提高到 提高至 提升到 提升至 上升到 上升至 升至 扩大到 扩大至 上涨到 "
           "上涨至 涨至 跃升到 跃升至 攀升到 攀升至 "
           # 由每月2200元上调至2360元 / 调增至: a standard or a quota set anew, upwards
           "上调至 上调到 上调为 调增至 调增到 调增为 调高至 调高到 调高为").split()
_TOV_DOWN = ("收窄至 收窄到 收窄为 下降到 下降至 下降为 降至 降到 降为 降低到 降低至 降低为 减少到 减少至 减少为 减至 减为 下滑至 下滑到 回落到 回落至 缩小到 缩小至 "
             "缩减到 缩减至 缩减为 压缩到 压缩至 压缩为 缩短到 缩短至 缩短为 缩小为 压减至 压减到 压减为 精简至 精简到 精简为 削减至 削减到 "
             "压减合并至 合并至 减并至 下调至 下调到 下调为 调减至 调减到 调减为 调低至 调低到 调低为").split()
#: (由每月2200元调整为2360元: a standard set anew, in either direction)
_TOV_NEUTRAL = "达到 变为 发展到 发展至 调整为 调整到 调整至 到 为 至".split()
_TOV = "(?P<tov>" + "|".join(sorted(_TOV_UP + _TOV_DOWN + _TOV_NEUTRAL, key=len, reverse=True)) + ")"

#: the point of time the value reached is of: 由年初的A减少到年底的B, …到6月底的B, …到今年年末的B
_AT_END = (r"(?:(?:今年|本年|当年|同年)?年?(?:年底|年末|年中)|(?:" + _Q + r")(?:月份?)?(?:底|末)|"
           r"(?:" + _Q + r"|\d{1,2}|[一二三四五六七八九十]{1,2})?(?:季度|月份?)(?:底|末))的?")
#: a rate per period or per head on both sides of a change (由每年2件增加到每年6件, 从人均1.2万元提高到人均1.5万元)
_PER_WORD = r"(?:平均)?每(?:年|月|日|天|周|季度?|人|户|件|次|家|个|宗|项)|[人户日月件]均"
_TRANSITION = lazyre.compile(
    r"(?P<from>(?<![自理缘经])由(?!于|此)|(?<!自)从(?![事而严业来中头未快重简实宽优])"
    r")(?:" + _YEARW + r"的?(?:" + _PER_WORD + r"){1,2}|" + _YEARW + r"的?|原来的|原先的|过去的|原|[\u4e00-\u9fff]{1,10}?)?"
    r"(?P<a>" + _Q + r")\s*"
    # (由1982年的31.5万人，增加到1987年的55万人: a comma before a verb that says which way)
    r"(?:[，,]\s*(?=" + "|".join(sorted(_TOV_UP + _TOV_DOWN, key=len, reverse=True)) + r"))?" + _TOV
    # (从1955年的A，增加到了1959年的B: 了 after a verb of the value reached)
    + r"(?:(?<=[到至])了)?"
    # (由2020年的每人每月640元提高到2025年的每人每月820元: the year and a rate per head and period on both sides)
    + r"(?:" + _YEARW + r"的?(?:" + _PER_WORD + r"){1,2}|" + _YEARW + r"的?|(?:如今|现在|目前|今天|当前)的?|" + _AT_END
    + r"|(?:" + _PER_WORD + r"){1,2})?(?P<b>" + _Q + r")")
#: 由377户1110人降至154户448人: two values of two measures on each side
_TRANSITION_PAIR = lazyre.compile(
    r"(?P<from>(?<![自理缘经])由(?!于|此)|(?<!自)从(?![事而严业来中头未快重简实宽优]))(?:" + _YEARW + r"的?)?"
    r"(?P<a>" + _Q + r")(?P<a2>" + _Q + r")[\s，,]*" + _TOV + r"(?P<b>" + _Q + r")(?P<b2>" + _Q + r")")
#: 2019年为620亿元，2024年达到980亿元: two years' values of one metric in consecutive clauses
_TRANSITION_YEARS = lazyre.compile(
    r"(?<![至到—–~-])(?P<y0>(?:19|20)\d{2})\s*年(?:底|末)?[，,]?(?P<w>[\u4e00-\u9fff]{0,16}?)(?:为|是|有|达到|达)?(?P<a>" + _Q
    + r")[，,]\s*(?:到了|到|至)?"
    # (一九五七年已经有四十四万人: a level a year has, in the words of a count)
    # (一九八五年将达到: the level a plan sets for a later year, from the level of a year stated)
    r"(?P<y1>(?:19|20)\d{2})\s*年(?:底|末)?(?:已经|已|则|将要|将|將)?(?P<tov>" + "|".join(sorted(_TOV_UP + _TOV_DOWN + ["达到", "为", "是", "有"], key=len, reverse=True))
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
    # 增长-3.2% / 增长－3.2%: a growth written with a minus sign is a fall
    r"(?P<le>了|为|达到|达|幅度为|幅度达|幅度|到|至)?\s*(?P<neg>[-－−](?=\s*" + _Q + r"))?\s*(?P<amt>" + _Q + r")")
_CHANGE = lazyre.compile(
    # (预算为46.8亿元（2027年执行数为44.2亿元），增长5.9%: the base named with its budget state in the bracket)
    r"(?:(?P<cur>" + _Q + r")\s*(?:[（(](?P<lab>" + _LABEL + r")(?:末|底)?(?:(?:年初|调整后?)?(?:预计完成数|预计执行数|预计执行|预计数|"
    # (a level verb before the base: （上年同期达到3,812万元）)
    r"执行数|预算数|决算数))?(?:为|是|有|共计|合计|共|达到)?(?P<lbase>" + _Q + r")[）)]"
    # 适用率为91.2%（审结1,864人，适用1,700人），上年为87.7%，同比提高3.5个百分点: a note in brackets on the value (its
    # counts, its scope) between it and what follows
    r"|[（(][^（）()\n。；;]{1,40}[）)])?(?:、\s*|[\s，,]*"
    # 办结信访事项2,146件；上年同期为1,980件，同比增长8.4%: last year's value after a ；, then the change
    r"|[；;]\s*(?=" + _PRIOR_LABEL + r"(?:为|是)" + QTOK + r"))"
    r"(?:(?:数量|总量|总数|人数|件数|户数|家数|起数|次数|宗数|项数|个数|金额|总额|规模)\s*)?"
    # 210家，一年增加76家 / 全年增加 / 年内减少: the span the change is over, the year the value closes (not a basis of
    # its own: a change with it reads as one with none, the value before it the value the year reached)
    r"(?:(?:一年来|一年内|一年间|一年|全年|年内|过去一年|这一年)\s*)?"
    # 181.6亿元，按现价计算比上年增长13.4%: growth at current prices is the growth of the nominal levels
    r"(?:(?:按现价|按当年价格?|按现行价格?)(?:计算)?[\s，,]*)?"
    # 52.37亿元，为调整预算的101.8%，比上年增长3.6%: the level's completion of its own budget or plan between it and its
    # change (the change is still the level's)
    r"(?:(?:为|完成|达到|达)(?:年度|全年|年初|本年)?(?:调整后?的?)?(?:预算|计划|任务|目标)(?:数)?的" + _Q + r"[\s，,]+)?"
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
    # 农业总产值比1952年将增长26%: a plan's change, the comparison before its 将
    r"(?P<will>(?<=年)将)?"
    r"(?:大幅度|大幅|小幅|稳步|持续|明显|显著|快速|较快|迅速|平稳|有所|略有|进一步|名义)?"
    + _CHANGE_TAIL)
#: what every change claim ends with, the verb and the amount (most places where _CHANGE could start lack it: the
#: pattern is tried only in the stretches of text between sentence ends that hold it, lazyre.stretch_finditer)
_CHANGE_PART = lazyre.compile(_CHANGE_TAIL)
#: the verb of a level a year reached, with nothing else (2023年上升到 / 一九五七年已经有): no words of a metric
_YEAR_REACHED = lazyre.compile(r"(?:已经|已|则|又)?(?:" + "|".join(sorted(_TOV_UP + _TOV_DOWN, key=len, reverse=True))
                               + r"|达到|达|有|为|是)")
#: a label that is a year alone (2023年 / 一九五七年), not last year's
_YEAR_ONLY = lazyre.compile(r"(?:19|20)\d{2}年|" + _CNYEAR)
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
_NOT_PLAIN = lazyre.compile(r"其中|年均|平均|累计|人均|目标|计划|预期(?!寿命)|力争|分别|占|以来|期间|同比|比(?!例|重)|较|增长|增加|减少|下降|提高|降低")
#: a part of the year: a figure for it is not the year's (一季度, 上半年, 1-9月, 11月份)
_SUBPERIOD = lazyre.compile(r"[一二三四1-4]季度|第[一二三四]季度|上半年|下半年|前三季度|前[两二三四五六七八九十]个?月|"
                            r"\d{1,2}\s*[-—–~至到]\s*\d{1,2}\s*月|[一二三四五六七八九十]{1,2}月份?|\d{1,2}月份?|月末|月底|年初")
#: scopes wider than (or other than) the reporting body: a figure of one is not the body's own
_WIDE_SCOPE = scope_pattern("area", "wider", "level", "part")
#: the area words a report may name as its own (the one it uses most: :func:`_self_scope`)
_OWN_SCOPE = scope_pattern("area")


#: the words around a scope word naming it as what a figure is compared with or ranked in (高于全市平均水平, 居全省第三,
#: 占全市的, 全省平均): not the report's own scope
_REFERENCE_BEFORE = lazyre.compile(r"(?:高于|低于|超过|快于|慢于|领先|优于|居|位居|位列|列|占|比)\s*$")
_REFERENCE_AFTER = lazyre.compile(r"\s*(?:的?平均|水平|第|前列|首位|前[一二三四五六七八九十\d]|排名|同类)")


def _self_scope(doc: "Document") -> set:
    """The report's own scope word: the 全X it uses most (全市 in a city's report), when one clearly leads."""
    c = _cache(doc)
    if "own_scope" not in c:
        counts: Dict[str, int] = {}
        text = folded_text(doc)
        for m in _OWN_SCOPE.finditer(text):
            if _REFERENCE_BEFORE.search(text, max(0, m.start() - 3), m.start()) \
                    or _REFERENCE_AFTER.match(text, m.end()):
                continue      # 高于全市平均水平, 居全省第三: the scope a figure is compared with, not the report's
            w = m.group()
            counts[w] = counts.get(w, 0) + 1
        top = sorted(counts.items(), key=lambda kv: -kv[1])
        c["own_scope"] = {top[0][0]} if top and (len(top) == 1 or top[0][1] > top[1][1]) else set()
    return c["own_scope"]  # type: ignore[return-value]


#: the report naming its own area in the first person (我市, 本区, 我县…)
_FIRST_PERSON = scope_pattern("own")


def first_person_scope(doc: "Document") -> set:
    """The area the report names as its own in the first person (我区, 本市), as its 全X word (全区, 全市), when it names one
    level so (never 我市 and 我区 both); else empty.  Stronger than :func:`_self_scope` (the 全X used most): a district's
    report saying 我区…占全市比重…，全市… names 全市 more often than 全区, and its own area is still 全区."""
    c = _cache(doc)
    if "first_person_scope" not in c:
        found = {"全" + w[-1] for w in _FIRST_PERSON.findall(folded_text(doc))}
        c["first_person_scope"] = found if len(found) == 1 else set()
    return c["first_person_scope"]  # type: ignore[return-value]
_YEAR_WORD = lazyre.compile(r"今年|本年度?|当年|全年|((?:19|20)\d{2})年")
# 比上年增加40件，达到520件: the value reached, after the difference
_POST_CUR = lazyre.compile(r"[，,、]\s*(?:总量|总数|总额|总计|规模|累计)?(?:(?:达到|达|增至|增加到|增加至|升至|提高到|提高至|减至|降至|下降到|减少到)了?|为)"
                           r"\s*(?P<cur>"
                           + _Q + r")")
#: 比上年提高1.3个百分点，达62.5% (达 read into the quantity) / 增长15%至460件, 提高1.3个百分点至62.5%
_POST_CUR_BARE = lazyre.compile(r"(?:[，,]\s*(?:(?P<head>总量|总数|总额|规模)|总计|累计)?|\s*(?P<to>至|到)\s*)(?P<cur>" + _Q + r")")


#: 实现利润84.2亿元，利润总额比上年回落17.1%: the value, then the metric named again (less 总额/总量…) before the change
_RESTATED = lazyre.compile(r"(?P<cur>" + _Q + r")\s*[，,]\s*(?P<w>[\u4e00-\u9fff]{2,8})$")
_HEAD_WORDS = lazyre.compile(r"(?:总额|总量|总数|总计|规模|数量|金额|人数|件数|户数|家数|个数|次数|额|量)$")


#: a change whose subject points back to the level closing the clause or sentence before (…达到162.8亿元。这一数额比上年的
#: 118.5亿元增长37.4% / …，该数字较上年…): the demonstrative and the word for a figure, nothing else
_POINTED = lazyre.compile(r"(?P<cur>" + _Q + r")\s*[。；;，,]\s*(?:这一|這一|这个|這個|该|該|此)(?:数额|數額|数字|數字|数值|數值|"
                          r"金额|金額|总量|總量|规模|規模)$")


def _pointed_level(skel: str, by_start, pos: int):
    """The level a change right after ``pos`` is about when its subject points back to it (这一数额, 该数字): the figure
    right before the demonstrative, not a percentage or a time."""
    m = _POINTED.search(skel, max(0, pos - 24), pos)
    if m is None:
        return None
    cur = by_start[m.start("cur")]
    return None if cur.is_percent or unit_of(cur) in TIME_UNITS else cur


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
#: 235.38亿元，总量创近年来新高，增长29.9% / 236.5亿元，再创历史新高，增长… — a clause of no figure saying where B ranks or
#: what it passed
_REMARK_CLAUSE = lazyre.compile(r"(?:总量|规模|总额|增速)?(?:历史性|首次|再次|继续|仍然|仍|已经|已|稳|跃|连续|再|又|均)?"
                                r"(?:位居|位列|排名|居|排|列|突破|首超|超过|跨上|迈上|创|恢复到|恢复至|高于|快于|领先)"
                                r"[^，,。；;：:\ue010\ue011\d（()）]{0,12}")
#: …，旅游市场全面复苏，… / …，事故总量持续下降，… / …，创新活力持续增强，…: a figure-free remark on a trend; its subject
#: (``s``) is checked apart — a word of no metric (市场, 态势, 活力…) or B's own total (总量 after words of B's name)
_TREND_CLAUSE = lazyre.compile(r"(?P<s>[\u4e00-\u9fff]{0,6}?)(?:持续|稳步|全面|明显|进一步|不断|逐步|加快|大幅|较快|显著|继续)"
                               r"(?:复苏|回暖|回升|好转|改善|向好|恢复|增强|提升|扩大|下降|减少|回落|优化)")
#: the subject of a trend remark that names no metric of its own: the state of a field, not a figure
_TREND_SUBJECT = lazyre.compile(r"(?:市场|态势|形势|势头|活力|动能|动力|信心|预期|环境|秩序|质量|效益|结构|水平)$")
_TOTAL_HEAD = lazyre.compile(r"(?:总量|规模|总数|数量)$")


def _remark_before(skel: str, by_start, pos: int, text: Optional[str] = None):
    """The value a change right after ``pos`` is about when only remarks on it stand between: one or two clauses of
    no figure, each saying where B ranks or what it passed (:data:`_REMARK_CLAUSE`) or, with ``text``, a trend whose
    subject names no other metric (:data:`_TREND_CLAUSE`: 旅游市场全面复苏, 事故总量持续下降 after …事故34起)."""
    j = pos
    while j > 0 and skel[j - 1] in " \t，,":
        j -= 1
    trends: List[str] = []
    for _ in range(2):
        k = max(skel.rfind("，", max(0, j - 24), j), skel.rfind(",", max(0, j - 24), j))
        if k < 0:
            return None
        clause = skel[k + 1:j].strip()
        if _REMARK_CLAUSE.fullmatch(clause):
            pass
        elif text is not None and (tm := _TREND_CLAUSE.fullmatch(clause)) is not None:
            trends.append(tm.group("s"))
        else:
            return None
        j = k
        while j > 0 and skel[j - 1] in " \t":
            j -= 1
        if j > 0 and skel[j - 1] in (QTOK, QFILL):
            break
    else:
        return None
    i = j - 1
    while i >= 0 and skel[i] == QFILL:
        i -= 1
    cur = by_start.get(i) if i >= 0 and skel[i] == QTOK else None
    if cur is None or cur.end != j:
        return None
    if cur.is_percent or unit_of(cur) in TIME_UNITS or cur.approx not in (None, "≈"):
        return None
    for subj in trends:
        if not subj or _TREND_SUBJECT.search(subj):
            continue
        own = text[_clause_start(skel, cur.start):cur.start] if text is not None else ""
        tm = _TOTAL_HEAD.search(subj)
        if tm is None or not all(ch in own for ch in subj[:tm.start()]):
            return None      # 利润总额持续下降: another metric's trend — the change after it may be that metric's
    return cur


#: a clause after a change that may stand before the prior it is compared with: no 其中/分别/占, no other year's or
#: period's label opening it, no change of its own in % (another metric's growth) — a change in points only of the
#: growth itself (增速较上年回落2.1个百分点)
_AFTER_REMARK_BAD = lazyre.compile(r"其中|分别|占|^(?:上一?年|去年|前一年|(?:19|20)\d{2}年|同期)|人均|平均|年均|累计|目标|计划")
_AFTER_CHANGE = lazyre.compile(r"(?:" + "|".join(sorted(_UP + _DOWN, key=len, reverse=True)) + r")了?\s*(?:为|达)?" + _Q)


#: a metric that counts days (优良天数, 重污染天数, 空气质量优良天数为): its value in 天 is a count, not a span of time
_DAYS_NAME = lazyre.compile(r"天数(?:为|是|有|共|达到|达|仅为|仅)?\s*$")


def _counted_days(text: str, skel: str, q: "Quantity") -> bool:
    """Whether a value in 天 is a count of days named so in its clause (优良天数331天), not a span (五年, 用时5天)."""
    return unit_of(q) == "天" and _DAYS_NAME.search(text, _clause_start(skel, q.start), q.start) is not None


def _after_remarks(skel: str, by_start, pos: int, cur: "Quantity") -> int:
    """Where a prior written after a change may start when one to three clauses stand between (each at most 24
    characters, ended by ，/；): clauses with no value of ``cur``'s measure, nothing of :data:`_AFTER_REMARK_BAD` and no
    change in % of their own; ``pos`` when none is passed over."""
    j = pos
    for _ in range(3):
        if skel[j:j + 1] not in ("，", ",", "；", ";"):
            return pos
        e = min([x for x in (skel.find(ch, j + 1, j + 26) for ch in "，,；;。（(") if x >= 0] or [-1])
        if e < 0 or skel[e] in "。":
            return pos
        clause = skel[j + 1:e]
        if _AFTER_REMARK_BAD.search(clause) or "\n" in clause:
            return pos
        k = clause.find(QTOK)
        while k >= 0:
            q = by_start.get(j + 1 + k)
            if q is None or _same_kind(q, cur):
                return pos
            if q.is_percent and _AFTER_CHANGE.search(clause, 0, k + (q.end - q.start)):
                return pos
            if unit_of(q) in POINT_UNITS and not clause.startswith(("增速", "增幅", "增长速度")):
                return pos
            k = clause.find(QTOK, k + 1)
        j = e
        if skel[e] in "（(" :
            return e
        nxt = skel[e + 1:e + 4]
        if nxt.startswith(("上年", "去年", "上一年")) or re.match(r"(?:19|20)\d{2}", nxt):
            return e
    return pos


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
    # 固定资产投资增长20%以上，总额1100亿元左右: the head word names the whole of the metric the change is of
    return m if text.startswith("达", m.start("cur")) or m.group("head") else None


_W2_VERB_END = lazyre.compile(r"(?:仅|只|才|已)?(?:为|是|有|共|达到|达)$")


def _words_name(w2: str, clause: str) -> bool:
    """Whether the words after a prior's label (，上年为A / ，2019年接待国内游客A / ，2018年规上工业总产值为A) name the
    current value: 为 alone, or words (less a closing 为/是/达到) that its own clause uses."""
    if w2 == "为":
        return True
    w = _W2_VERB_END.sub("", w2)
    if w and w not in clause and _SHARE_WORD_END.search(w) and _SHARE_WORD.search(clause):
        # …占全部游客的比重为38.4%；上年乡村旅游接待游客占比为34.3%: a share named by another of its words (占比, 比重,
        # 比例): the subject before it must be the clause's own
        w = _SHARE_WORD_END.sub("", w)
    return not w or w in clause     # (，2020年仅为A: the label and a verb alone)


#: the words naming a share (占比, 比重, 比例; 占 in the clause of a share of a named whole)
_SHARE_WORD_END = lazyre.compile(r"(?:占比|佔比|比重|比例)$")
_SHARE_WORD = lazyre.compile(r"占|佔|比重|比例")


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
#: (由A增加到B，也增加一倍多 / …，即增长N倍: an adverb restating the same change)
_GAP_WORDS = lazyre.compile(r"(?:也|即|则|累计|共计|[两二三四五六七八九十]年(?:间|来)?|\d{1,2}年(?:间|来)|标准煤|标煤|一年|全年|当年|今年|净|人数|件数|户数|家数|个数|数量|总量|总数|金额|总额|规模)$")
#: last year's estimate or budget rather than its final figure (比上年预计数增长8.2%，上年预计数为172.3亿元)
_ESTIMATE = r"(?:年初|调整后?)?(?:预计完成数|预计执行数|预计执行|预计数|执行数|预算数|决算数)"
# a prior value written after the claim: …增长21.9%（上年为420件） / …，上年同期为420件 / （上年末8412户）
_POST_BASE = lazyre.compile(r"\s*[（(](?:比|较)?(?P<lab>" + _LABEL + r")(?:同期|末|底)?(?P<est>" + _ESTIMATE + r")?[：:]?(?:为|是|共计|合计|共|有|达到)?"
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
_TIMES_OF = lazyre.compile(r"(?:(?P<cur>" + _Q + r")[\s，,]*"
                       # 860家，数量是2020年430家的2倍: the level's head word restated before the multiple
                       r"(?:数量|总数|总量|规模|人数|件数|户数|家数|个数|次数)?)?(?:(?P<verb>是|为|相当于|达到|达|扩大到|扩大至|增长到|增加到|增至|提高到|提升到|上升到)"
                       # (约为三年前的…: the extractor reads 约为三年 as one figure — no verb before a span of years ago)
                       r"|(?=" + QTOK + QFILL + r"*前))(?P<cmp>" + _LABEL + r"(?:末|底)?"
                       # 由8.6件提升到31.2件，提升到原来的3.6倍: the level the sentence started from
                       + r"|原来|原先"
                       # 是复议体制改革前的2.6倍，改革前为174件: the period before a reform the sentence names
                       + r"|[\u4e00-\u9fff]{0,6}?(?:改革|调整|整合|合并)前"
                       + r"|(?P<ago>" + _Q + r")前"
                       # 是年度任务3万亩的1.2倍: a plan or target with its value (checked only with that value)
                       r"|(?P<plan>(?:年度|全年|今年|上级下达的?|市下达的?|省下达的?)?(?:目标任务|目标|任务|计划)(?=" + QTOK + r")"
                       # 是年初预算的3.6倍，年初预算仅为13.5万元: a budget or a plan whose value is stated right after
                       r"|(?:年初|年度|全年|当年|本年)?(?:预算|计划|目标任务|目标|任务)(?=的" + _Q + r"[，,；;]\s*"
                       r"(?:年初|年度|全年|当年|本年)?(?:预算|计划|目标任务|目标|任务))))(?:的)?"
                       r"(?:(?P<base>" + _Q + r")的|[（(](?P<base2>" + _Q + r")[）)]的?)?(?P<amt>" + _Q + r")"
                       # 是十年前的一点五倍（十年前为30万吨）: the base in a bracket after the multiple
                       r"(?:[（(](?:" + _Q + r"前)?[^（）()\ue010\ue011]{0,8}?(?P<base3>" + _Q + r")[）)])?")
#: the verb of a multiple the extractor took into the span of years ago (约为三年, 为五年): 约 and the verb, read apart
_AGO_VERB = lazyre.compile(r"(?P<adv>约|大约)?(?P<v>是|为|相当于)")
#: the value of a plan or a budget a multiple names, stated right after it under the same words (，年初预算仅为13.5万元)
_PLAN_VALUE_AFTER = lazyre.compile(r"[，,；;]\s*(?P<w>(?:年初|年度|全年|当年|本年)?(?:预算|计划|目标任务|目标|任务))"
                                   r"(?:数|金额)?(?:仅为|只有|仅|为|是)(?P<b>" + _Q + r")(?=[，,。；;）)]|$)")
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
#: the words of a yearly mean, one kind of qualifier (二十六年平均每年 reads 年平均 first)
MEAN_WORDS = lazyre.compile(r"^(?:年均|年平均|平均每年|每年平均)$")
#: a sentence of the parts of the whole the sentence before states (其中，…)
PARTS_OPEN = lazyre.compile(r"[\s\u3000]*其中[，,：:]?")


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
#: full-width digits, point and percent only (the full-width comma stays: 12，345 is a list; textfold's table)
_DIGITS_T = Translation(str.maketrans("０１２３４５６７８９．％", "0123456789.%"))
_FOLD_T = Translation(_FOLD)


def fold(s: str) -> str:
    """Fold the common traditional characters of short strings (names, labels) to simplified."""
    return s.translate(_FOLD)


def digits_masked(doc: "Document") -> str:
    """``doc.masked()`` with full-width digits, points and percent signs as ASCII (same length; the masked text itself
    when it holds none): what the claims readers and the arithmetic and yoy rules read where they read the masked
    text, so that ５８．９％ reads as 58.9% does.  Cached with the claims layer's texts (dropped with them,
    ``runner.lifetimes`` "changes"), apart from the quantity service's copy (``textfold.fullwidth_digits``, dropped
    after the quantities are built)."""
    c = _cache(doc)
    got = c.get("digits_masked")
    if got is None:
        got = doc.__dict__.get("_fullwidth_digits") or _DIGITS_T(doc.masked())
        c["digits_masked"] = got
    return got  # type: ignore[return-value]


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
        if "九" in text or "〇" in text or "○" in text or "零" in text:
            text = _CN_YEAR_DIGITS.sub(_cn_year_digits, text)
        c["folded"] = _ungrouped(doc, text)
    return c["folded"]  # type: ignore[return-value]


#: a year written in Chinese numerals (一九五二年, 二〇二三年, 二○○五年): one digit a character, the same length in ASCII —
#: folded so that every reading of a year (比1952年, 1952年的粮食产量) reads it as it reads 1952年
_CN_YEAR_DIGITS = lazyre.compile(r"(?:一(?<![〇○零一二三四五六七八九十百千万亿两]一)九|二(?<![〇○零一二三四五六七八九十百千万亿两]二)[〇○零])"
                                 r"[〇○零一二三四五六七八九]{2}(?=年)")
#: :data:`_CN_YEAR_DIGITS` written plainly (a lookbehind first, tried by ``re`` at every character of the folded text; above,
#: each alternative opens with its character, which ``re`` skips to, and the lookbehind reads the character before it)
CN_YEAR_DIGITS_PLAIN = r"(?<![〇○零一二三四五六七八九十百千万亿两])(?:一九|二[〇○零])[〇○零一二三四五六七八九]{2}(?=年)"
_CN_DIGIT_T = str.maketrans("〇○零一二三四五六七八九", "000123456789")


def _cn_year_digits(m: "re.Match[str]") -> str:
    return m.group().translate(_CN_DIGIT_T)


#: a digit-group separator inside an Arabic numeral the quantity service reads as one number (1,800亿元, １，８００,
#: 1\u202f800, 3\u20093200) is this character in the folded text: neither a clause break (，,), a space nor a digit, so
#: every reading of the words around a figure (a clause's class [^，,。；;], a split at the last comma) reads 1,800 as
#: it reads 1800; no pattern reads a value from the folded text's digits (a fraction printed in a bracket reads
#: GROUP as a separator: lintgov.claims.rates.SLASH_BRACKET)
GROUP = "\ue012"
_GROUP_SEP = lazyre.compile("[,，\u202f\u2009]")


def _ungrouped(doc: "Document", text: str) -> str:
    """``text`` with the group separators of every Arabic numeral read as one number replaced by :data:`GROUP` (same
    length; one search per figure of the document, none when the text holds no separator)."""
    if _GROUP_SEP.search(text) is None:
        return text
    parts: List[str] = []
    pos = 0
    for q in doc.quantities:
        if q.chinese or q.num_end - q.num_start < 5 or q.num_start < pos \
                or _GROUP_SEP.search(text, q.num_start, q.num_end) is None:
            continue
        parts.append(text[pos:q.num_start])
        parts.append(_GROUP_SEP.sub(GROUP, text[q.num_start:q.num_end]))
        pos = q.num_end
    if not parts:
        return text
    parts.append(text[pos:])
    return "".join(parts)




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
            ub = _UNIT_BRACKET.match(text, q.end) if text.startswith(("（", "("), q.end) else None
            if ub is not None:
                # 8,120件（批次）降至5,230件（批次）: a second name of the unit in brackets is no word between the figure and
                # its verb (read as spaces, like （下同）)
                parts.append(" " * (ub.end() - q.end))
                pos = ub.end()
        parts.append(text[pos:])
        skel = "".join(parts)
        if "即" in skel:
            # 增加了八百零九亿元，即从…的A增加到…的B / 增产N万吨，即增长7.8%: 即 restates the clause before it by a change or
            # its levels, as the comma alone would
            skel = _RESTATING.sub(lambda m: m.group(1) + " " * (len(m.group()) - 1), skel)
        if "下同" in skel:
            # 比上年（下同）增长6.1% / 同比增长（下同）13%: a note on the basis, not a word between the claim's parts
            skel = _SAME_BELOW.sub(lambda m: " " * len(m.group()), skel)
        c["skeleton"] = (skel, by_start)
    return c["skeleton"]  # type: ignore[return-value]


#: a unit's second name in brackets right after a figure (件（批次）, 人（次）, 万元（人民币）)
_UNIT_BRACKET = lazyre.compile(r"[（(](?:批次|件次|人次|户次|次|人民币|人民幣)[）)]")
#: 即 after a comma and before a change, its basis or its levels (，即从, ，即由, ，即比, ，即增长 / 即增加了): no word between
_RESTATING = lazyre.compile(r"([，,])即(?=从|由|比|较|" + "|".join(sorted((v for v in _UP + _DOWN if len(v) > 1), key=len, reverse=True)) + r")")
#: （下同）/ （以下同）: the note that a basis holds for the figures after it
_SAME_BELOW = lazyre.compile(r"[（(](?:以下|下文|下)同[）)]")


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
    starts = quantity_starts(doc)
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


#: patterns of transitions, compiled once (a call of re's module functions looked each one up in
#: re's cache on every call, and compiled it again once other patterns had pushed it out)
_TRANSITIONS_RE1 = lazyre.compile(r"(?:19|20)\d{2}年(?:底|末)?|上一?年|去年")
_TRANSITIONS_RE2 = lazyre.compile(r"[比较同环]|增加|减少|新增")
_TRANSITIONS_RE3 = lazyre.compile(r"[；;：:]")
_TRANSITIONS_RE4 = lazyre.compile(r"\s*(?:[，,。；;]|$)")


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
            label = _TRANSITIONS_RE1.match(pre)
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
                    or not _bounded(a) or not _bounded(b):
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
                    or _TRANSITIONS_RE3.search(words) or not _TRANSITIONS_RE4.match(skel[b.end:b.end + 1]):
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
            if _TRANSITIONS_RE2.search(m.group("words")):
                continue          # 300件，比上年增加…: not one metric moving
            out.append(Transition(m.start(), m.end(), a, b, m.group("tov"), m.start("tov"),
                                  _direction(m.group("tov")), ""))
        out.sort(key=lambda t: t.start)
        c["transitions"] = out
    return c["transitions"]  # type: ignore[return-value]


_RANK = lazyre.compile(r"排名|排位|位次|名次|排在|排行|居全|居第|位列|位居|列第")


#: patterns of _in_list_or_ratio, compiled once (a call of re's module functions looked each one up in
#: re's cache on every call, and compiled it again once other patterns had pushed it out)
_IN_LIST_OR_RATIO_RE1 = lazyre.compile(r"[、∶:：]$|和$|及$")


def _in_list_or_ratio(skel: str, a: "Quantity", b: "Quantity") -> bool:
    """Values that are items of a list (195元、261元提高到202元、270元) or terms of a ratio (2.9∶1)."""
    before_a = skel[max(0, a.start - 2):a.start]
    return bool(_IN_LIST_OR_RATIO_RE1.search(before_a)
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
    if bool(est) != bool(re.search(r"预计|执行数|预算|决算", cmp or "")):
        return False
    # (比上年预算增加1.5亿元，上年执行数为11.2亿元: the basis names last year's budget, the value is its execution — another
    # base; the state the basis names and the label's must be one: a budget, an estimate, or an execution)
    return not est or _budget_state(est) == _budget_state(cmp)


def _budget_state(words: str) -> str:
    """What state of a budget ``words`` name: ``预算`` (预算数, 年初预算, 调整预算), ``预计`` (预计数, 预计执行数, 预计完成数) or
    ``执行`` (执行数, 决算数, 实际数)."""
    return "预计" if "预计" in words else "预算" if "预算" in words else "执行"


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
        if fy:
            return int(ly.group(1)) == fy - 1
        # the figures' year unknown (a draft's fragment): a year beside a claim over last year (同比增长21.6%（2023年为
        # 1,020件）) is that claim's base when the text names no year after the next one
        # (only a change said to be over last year: 增长8.3%，2021年为9,214件 may be over any earlier year)
        if not cmp or not _LAST_YEAR_CMP.match(cmp):
            return False
        latest = _latest_year(doc)
        return latest is not None and int(ly.group(1)) >= latest - 1
    return _prior_label(doc, label)


_ANY_YEAR = lazyre.compile(r"((?:19|20)\d{2})\s*年")


def _latest_year(doc: "Document") -> Optional[int]:
    """The latest year the text names (2023年), read once per document (a claim asks it for each prior it weighs)."""
    c = _cache(doc)
    if "latest_year" not in c:
        c["latest_year"] = max((int(y) for y in _ANY_YEAR.findall(folded_text(doc))), default=None)
    return c["latest_year"]  # type: ignore[return-value]


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


#: the words of a clause naming its value last year's, right before it (少于上年的 / 高于去年同期的 / 相当于上年的 /
#: 比2022年的 is a basis the change pattern reads): the value is the prior of the clause before
_PRIOR_OF_CLAUSE = lazyre.compile(r"(?P<lab>上一?年(?:同期|度)?|去年(?:同期)?|前一年|(?P<y>(?:19|20)\d{2})\s*年(?:同期)?)(?:末|底)?的$")
#: what a clause naming a prior may say before its label: a comparison of the two values, nothing of another metric
_PRIOR_CLAUSE_WORDS = lazyre.compile(r"[\s\u3000]*(?:[而但且])?(?:明显|略|远|大幅)?(?:少于|多于|低于|高于|超过|超出|不及|不到|不足|相当于|"
                                     r"好于|优于|快于|慢于|大于|小于|对比|相比)?\s*")


def _prior_clause_value(doc: "Document", skel: str, text: str, by_start: Dict[int, "Quantity"],
                        cur: "Quantity") -> Optional[Tuple["Quantity", str]]:
    """(this year's value, label) when ``cur`` opens a clause that names it last year's (…2,800件次，少于上年的3,300件次，
    减少500件次 / …，高于去年同期的61.2%，提高…): the value then is the prior, and the one it is compared with is the
    value closing the clause right before, in the same sentence, of the same measure, itself no prior; None otherwise
    (the change is then read as before)."""
    cs = _clause_start(skel, cur.start)
    pm = _PRIOR_OF_CLAUSE.search(text, max(cs, cur.start - 12), cur.start)
    if pm is None or not _PRIOR_CLAUSE_WORDS.fullmatch(text, cs, pm.start()):
        return None
    if pm.group("y"):
        fy = _doc_year(doc)
        if not fy or int(pm.group("y")) != fy - 1:
            return None
    if cs == 0 or skel[cs - 1] not in "，,":
        return None
    k = skel.rfind(QTOK, max(0, cs - 40), cs - 1)
    prev = by_start.get(k) if k >= 0 else None
    if prev is None or not _same_kind(prev, cur) or prev.approx not in (None, "≈"):
        return None
    if skel[prev.end:cs - 1].strip(QFILL + " \t"):
        return None     # (the clause before must end with its value)
    if _sentence_start(text, prev.start) != _sentence_start(text, cur.start):
        return None
    pcs = _clause_start(skel, prev.start)
    if _PRIOR_OF_CLAUSE.search(text, max(pcs, prev.start - 12), prev.start) or _NOT_PLAIN.search(text, pcs, prev.start) \
            or _PRIOR_LABEL_RE.search(text, pcs, prev.start):
        return None
    return prev, pm.group("lab")


_PRIOR_LABEL_RE = lazyre.compile(_PRIOR_LABEL)


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
    s = lazyre.rfind_any(skel, "，,；;。\n：:", lo, pos) + 1 or lo
    if s - 3 >= lo and skel[s - 1] in "，,：:" and skel[s - 3:s - 1] == "其中" \
            and (s == 3 or skel[s - 4] in "，,；;。\n：:"):
        return s - 3      # (其中，出口…: a 其中 alone before its comma opens the clause after it, as 其中出口… does)
    return s


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
#: the words after a year naming a price basis (1990年不变价, 90年价, 2015年可比价)
_PRICE_YEAR = lazyre.compile(r"(?:不变|可比)?价")
#: a time word inside a comparison or a reference (比上年, 与去年同期, 是上年的): not the period of what follows
_TIME_IN_CMP = lazyre.compile(r"[比较与同和跟于是为及、]$")
#: a sentence about a span: its growth is not last year's (五年来, 以来, 期间, 累计, 年均)
_SPAN_SENT = lazyre.compile(r"年来|以来|期间|累计|年均|平均每年|[两二三四五六七八九十]年(?:间|中|里|时间)|\d{1,2}年间")
_SENT_STOPS = "。\n！？!?"
_PRIOR_OPEN = lazyre.compile(r"\s*(?:上一?年|去年|前一年|(?:19|20)\d{2}\s*年)")


#: a single quarter, month or half of the year (not a cumulative span: 前三季度, 1-9月, 上半年 is the first half only)
_ONE_SUBPERIOD = lazyre.compile(r"(?<![前\d\-—–~至到])(?:第?(?P<q>[一二三四1-4])季度|(?P<m>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?"
                                r"(?![\d\-—–~至到])|(?P<h>[上下])半年)")
_CYCLE = {"q": 4, "m": 12, "h": 2}
_CN_ORD = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}


def _subperiod_rank(text: str, lo: int, hi: int) -> Optional[Tuple[str, int]]:
    """The last single quarter, month or half of the year named in ``text[lo:hi]`` as (kind, ordinal) — ("q", 2) for
    二季度, ("m", 11) for 11月 — or None when none is named."""
    last = None
    for m in _ONE_SUBPERIOD.finditer(text, lo, hi):
        last = m
    if last is None:
        return None
    for kind in ("q", "m", "h"):
        g = last.group(kind)
        if g:
            if kind == "h":
                return ("h", 1 if g == "上" else 2)
            return (kind, int(g) if g.isdigit() else _CN_ORD[g])
    return None


def _sentence_start(text: str, pos: int, reach: int = 150) -> int:
    lo = max(0, pos - reach)
    r = lazyre.rfind_any(text, _SENT_STOPS, lo, pos)
    return r + 1 if r >= 0 else lo


#: what may open a sentence before its comparison (较上年的A / 与上年的A相比 / 比上年的A): nothing but spaces
_OPENING_GAP = lazyre.compile(r"[\s\u3000]*")


#: how many sentences stating no figure may stand between a claim and the level closing the sentence before them
_REMARKS_SKIPPED = 2
#: words of such a sentence that turn to another subject (另外, 其中, 同时…): it is not skipped
_REMARK_TURNS = lazyre.compile(r"其中|另外|此外|同时|其他|其它|分别|以及|[一二三四五六七八九十]是|第[一二三四五六七八九十]")


def _figure_closing_sentence(skel: str, text: str, by_start: Dict[int, "Quantity"], ss: int) -> Optional["Quantity"]:
    """The figure that closes the sentence ending with the 。 right before ``ss`` (…为18.4%。 / …受理318件。), nothing
    but spaces between them; else None.  One reading for the claims that open their sentence without a subject of their
    own (:func:`_value_closing_before`, :func:`_level_closing_before`)."""
    if ss < 2 or text[ss - 1] != "。":
        return None
    p0 = max(text.rfind(c, 0, ss - 1) for c in _SENT_STOPS) + 1
    k = skel.rfind(QTOK, p0, ss - 1)
    for _ in range(_REMARKS_SKIPPED):
        # (…收入完成28.64亿元。收入质量稳步提升，结构不断优化。与上年的26.91亿元相比，增长6.4%: a remark between, stating
        # no figure and turning to nothing else, is skipped)
        if k >= 0 or p0 < 2 or text[p0 - 1] != "。" or _REMARK_TURNS.search(text, p0, ss):
            break
        ss = p0
        p0 = max(text.rfind(c, 0, ss - 1) for c in _SENT_STOPS) + 1
        k = skel.rfind(QTOK, p0, ss - 1)
    q = by_start.get(k) if k >= 0 else None
    if q is None or skel[q.end:ss - 1].strip(QFILL + " \t\u3000"):
        return None
    return q


#: a comparison standing as a clause of its own, its basis the value closing it, the change in the clause after
#: (…253亿元，比1978年前的二十六年平均每年增加49亿元，高出四倍多 / …；如果同1950年的170亿元作比较，则增长二点八倍)
_CMP_CLAUSE = lazyre.compile(r"(?<=[，,；;])\s*(?:如果|若|要是)?(?P<cmpw>比|较之?|同|与|和|跟)(?P<w>[^，,。；;：:\n]{0,24}?)"
                             r"(?P<base>" + _Q + r")(?:相比|作比较|比较|相较)?[，,]\s*(?:则|还|也|就|要)?"
                             + _VERB + r"了?\s*(?P<amt>" + _Q + r")")


#: a verb of change closing the words of a comparison clause before its figure: the figure is a change, not the basis
#: (比上年多增42亿元; 比…平均每年新增造林面积61万亩 names a basis)
_CMP_BASIS_NOT = lazyre.compile(r"(?:增加?|减少?|增长|下降|提高|降低|上升|高出|低于|超过|扩大|缩小|多|少)了?$")


def _comparison_clauses(skel: str, text: str, by_start: Dict[int, "Quantity"], out: List[Change]) -> None:
    """A change whose basis is a clause of its own before it (:data:`_CMP_CLAUSE`): the basis the value closing that
    clause, the value compared the one closing the clause before it (B，比…A，高出N倍) — or, for 同/与…作比较 after a
    change, the value that change was about.  Fills the change the main reading left without values (never one
    with either); the words of the comparison clause hold no other figure than periods (二十六年)."""
    by_verb = {c.verb_start: i for i, c in enumerate(out)}
    for m in lazyre.finditer(_CMP_CLAUSE, skel):
        i = by_verb.get(m.start("verb"))
        base = by_start[m.start("base")]
        # (…，比上一个五年的0.4万人，多出两倍: the main reading took the basis closing the comparison for the value)
        if i is None or out[i].base is not None or out[i].kind not in ("percent", "times", "amount") \
                or (out[i].current is not None and out[i].current is not base) or out[i].transition is not None \
                or out[i].delta is not None:
            continue
        if _CMP_BASIS_NOT.search(m.group("w")):
            continue        # (比年初增加386亿元，比上年多增42亿元，增长12.8%: 比上年多增 is a change, 42亿元 no basis)
        k = skel.find(QTOK, m.start("w"), m.end("w"))
        if k >= 0 and any(unit_of(by_start[j]) not in TIME_UNITS for j in range(k, m.end("w")) if j in by_start):
            continue
        if base.approx not in (None, "≈") or unit_of(base) in TIME_UNITS:
            continue
        j = m.start()
        while j > 0 and skel[j - 1] in " \t\u3000":
            j -= 1
        cur = _value_before_clause(skel, by_start, j, base) if skel[j - 1:j] in ("，", ",") else None
        if cur is None and m.group("cmpw") not in ("比", "较", "较之") and i > 0:
            prev = out[i - 1]      # …达到650亿元，比上年增长19%；如果同1950年的170亿元作比较: the value that change was about
            if prev.current is not None and prev.end <= j and prev.end >= j - 2 and prev.current.is_percent == base.is_percent \
                    and measure(prev.current) == measure(base):
                cur = prev.current
        if cur is None or cur.start >= base.start:
            continue
        ch = out[i]
        out[i] = dataclasses.replace(ch, start=cur.start, base=base, current=cur,
                                     comparison=text[m.start("cmpw"):m.start("base")], base_label="")


#: a difference restated as a rate right after it, with no verb of its own (比上一年增产2200万吨，即7.8%)
_AS_RATE = lazyre.compile(r"[，,]\s*(?:即|也就是|亦即|也即)(?:为|是)?\s*$")


def _restated_as_rate(text: str, by_start: Dict[int, "Quantity"], out: List[Change]) -> None:
    """B，比上年增产D，即X%: a percentage closing the clause right after a difference against a basis, introduced by 即
    and no verb, is the growth that difference makes of the level before it (B − D) — read as a change in percent with
    the difference as its delta, the value and basis the difference's.  Never after a difference with no value."""
    done = {c.amount.start for c in out if c.amount is not None}
    for i in range(len(out)):
        c = out[i]
        if c.kind != "amount" or c.current is None or c.base is not None or c.transition is not None or not c.comparison \
                or c.amount is None or c.direction == 0:
            continue
        e = c.amount.end
        k = text.find("即", e, e + 4)
        if k < 0:
            continue
        j = k + 1
        while j < len(text) and text[j] in "为是 ":
            j += 1
        q = by_start.get(j)
        if q is None or not q.is_percent or q.start in done or q.approx is not None or not _AS_RATE.search(text, e, j) \
                or text[q.end:q.end + 1] not in ("。", "；", ";", "，", ",", "\n", ""):
            continue
        out.append(dataclasses.replace(c, kind="percent", amount=q, end=q.end, delta=c.amount,
                                       delta_direction=c.direction, approx=False))
        done.add(q.start)
    out.sort(key=lambda c: c.start)


def _value_before_clause(skel: str, by_start: Dict[int, "Quantity"], pos: int, base: "Quantity") -> Optional["Quantity"]:
    """The value closing the clause right before ``pos`` (B，比…的A增长X%: B), when only a comma stands between, it is of
    the measure of ``base`` (a rate with a rate, an amount of the same unit) and is no item of a list (A、B / A和B)."""
    j = pos
    while j > 0 and skel[j - 1] in " \t\u3000":
        j -= 1
    if j == 0 or skel[j - 1] not in "，,":
        return None
    j -= 1
    k = skel.rfind(QTOK, max(0, j - 40), j)
    q = by_start.get(k) if k >= 0 else None
    if q is None or q.end != j or q.is_percent != base.is_percent or measure(q) != measure(base) \
            or q.approx not in (None, "≈") or skel[max(0, q.start - 1):q.start] in ("、", "和", "及", "与"):
        return None
    return q


def _value_closing_before(skel: str, text: str, by_start: Dict[int, "Quantity"], pos: int,
                          base: "Quantity") -> Optional["Quantity"]:
    """The value that closes the sentence before ``pos`` (…为18.4%。) when the sentence at ``pos`` opens with the
    comparison (较上年的13.9%，提高…): its subject is the value before, of the base's unit; else None."""
    s0 = _sentence_start(text, pos)
    if _OPENING_GAP.fullmatch(text, s0, pos) is None:
        return None
    q = _figure_closing_sentence(skel, text, by_start, s0)
    if q is None or q.is_percent != base.is_percent or unit_of(q) != unit_of(base):
        return None
    if _AFTER_VERB.search(skel, max(0, q.start - 8), q.start) or _LIST_AFTER.match(skel, q.end) \
            or skel[max(0, q.start - 1):q.start] in ("、", "和", "及", "与"):
        return None     # 增加了17件。 / …和40%。: a change amount or the last of a list, not a level
    p0 = _sentence_start(text, s0 - 1)
    k = skel.find(QTOK, p0, q.start)
    while k >= 0:       # (the figures of the sentence before: one step per figure)
        x = by_start.get(k)
        if x is not None and x.is_percent == q.is_percent and unit_of(x) == unit_of(q):
            return None     # 受理512件，审结480件。较上年的420件…: which of the two is compared is not certain
        k = skel.find(QTOK, k + 1, q.start)
    return q


def _time_words(doc: "Document") -> Tuple[List[int], list]:
    """The time words of the document that name the period of what follows (not those inside 比上年…), by start."""
    c = _cache(doc)
    if "time_words" not in c:
        text = folded_text(doc)
        # (工业总产值（1990年不变价）: a price basis, not a period)
        # (lazyre.finditer: tried only at the characters a match starts with, which re cannot skip to past the lookahead)
        ms = [m for m in lazyre.finditer(_TIME_ANY, text)
              if not _TIME_IN_CMP.search(text, max(0, m.start() - 1), m.start())
              and not (m.group("year") and _PRICE_YEAR.match(text, m.end()))]
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


#: a share stated right after a level, as a remark on it (210家、占全市28.3% / 2951家，占全省的27% / 占比达12.5%)
_SHARE_REMARK = lazyre.compile(r"[、，,]\s*占[\u4e00-\u9fff“”]{0,12}?(?:比重|比例|比)?(?:为|达到|达)?\s*")


def _level_before_share(doc: "Document", skel: str, by_start: Dict[int, "Quantity"], share: "Quantity",
                        amt: "Quantity") -> Optional["Quantity"]:
    """The level a share remark follows (the value right before ``share``, only the words of the share between), when
    it is of the measure of the difference ``amt`` a change after the share states; None otherwise."""
    starts = _starts(doc)
    i = bisect.bisect_left(starts, share.start) - 1
    if i < 0:
        return None
    lv = by_start[starts[i]]
    if lv.is_percent or measure(lv) != measure(amt) or lv.approx not in (None, "≈") or lv.end > share.start:
        return None
    return lv if _SHARE_REMARK.fullmatch(skel[lv.end:share.start]) else None


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


#: what a clause naming only its period may say before its value (四季度完成486.3亿千瓦时 / 11月份为88.6亿元)
_ELIDED_VERBS = lazyre.compile(r"第?[一二三四1-4]季度|(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?|[上下]半年|"
                               r"完成|实现|达到|达|为|是|共|全市|全区|全县|全省|本月|当月|\s")


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
    # 三季度全市用电量为452.1亿千瓦时，四季度完成486.3亿千瓦时，环比增长…: the claim's clause names only its period and a
    # verb (the metric named once, with the earlier period): then the one value of its kind for the period right before
    elided = not _ELIDED_VERBS.sub("", text[max(ss, _clause_start(skel, cur.start)):cur.start])
    if len(ck) < 2 and not elided:
        return None
    found, loose = [], []
    for p in qs[bisect.bisect_left(qs, lo):bisect.bisect_left(qs, cur.start)][-12:]:
        q = by_start[p]
        if not _same_kind(q, cur) or q.approx not in (None, "≈"):
            continue
        pq = _period_of(text, max(lo, _sentence_start(text, q.start)), q.start)
        if pq is None or pq == p_cur:
            continue
        if len(ck) >= 2 and key_match(key(q), ck) >= 0.8:
            found.append((q, pq))
        elif elided:
            loose.append((q, pq))
    if not found and elided and len(loose) == 1:
        q = loose[0][0]
        rq = _subperiod_rank(text, max(lo, q.start - 30), q.start)
        rc = _subperiod_rank(text, max(ss, cur.start - 30), cur.start)
        if rq is not None and rc is not None and rq[0] == rc[0] and rq[0] != "h" \
                and (rc[1] - rq[1]) % _CYCLE[rc[0]] == 1:
            return loose[0]
        return None
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


def values_after(doc: "Document", labels: Sequence, stops: str, skip=None) -> Iterator[Tuple[Any, "Quantity"]]:
    """The figures after each label of ``labels`` (matches in document order: a period's time word, a year), each up
    to the next label or the first of ``stops`` after it, as (label, figure) in document order; a label for which ``skip``
    is true has none (it still ends the one before).  Linear: the stretches do not overlap."""
    import bisect
    text = folded_text(doc)
    _skel, by_start = skeleton(doc)
    qstarts = _starts(doc)
    for i, m in enumerate(labels):
        if skip is not None and skip(m):
            continue
        stop = labels[i + 1].start() if i + 1 < len(labels) else len(text)
        e = min([stop] + [x for x in (text.find(ch, m.end(), stop) for ch in stops) if x >= 0])
        for k in qstarts[bisect.bisect_left(qstarts, m.end()):bisect.bisect_left(qstarts, e)]:
            yield m, by_start[k]


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
        _tstarts, tms = _time_words(doc)
        # the values after a label, until the next time word or the end of the sentence
        for tm, q in values_after(doc, tms, _SENT_STOPS, skip=lambda tm: tm.group("now") or tm.group("since")):
            if q.approx not in (None, "≈") or (unit_of(q) in TIME_UNITS and not _counted_days(text, skel, q)):
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


#: patterns of _prior_by_key, compiled once (a call of re's module functions looked each one up in
#: re's cache on every call, and compiled it again once other patterns had pushed it out)
_PRIOR_BY_KEY_RE1 = lazyre.compile(r"分别")


def _prior_by_key(doc: "Document") -> Dict[str, List[int]]:
    """The values of :func:`_prior_values` by the words naming their metric (metric_key, 分别 dropped): indices in
    order, built once per document."""
    c = _cache(doc)
    if "prior_by_key" not in c:
        from .metric import metric_key
        out: Dict[str, List[int]] = {}
        for k, (_q, _lab, _ls, keypos) in enumerate(_prior_values(doc)[1]):
            out.setdefault(_PRIOR_BY_KEY_RE1.sub("", metric_key(doc, keypos)), []).append(k)
        c["prior_by_key"] = out
    return c["prior_by_key"]  # type: ignore[return-value]


def _doc_year(doc: "Document") -> Optional[int]:
    """The year the document's figures are about (kind.figures_year, else its report year), cached."""
    c = _cache(doc)
    if "doc_year" not in c:
        from ..kind import figures_year
        c["doc_year"] = figures_year(doc) or doc.report_year
    return c["doc_year"]  # type: ignore[return-value]


#: what a clause opening with a period's label may say before its value (2020年全市充电桩数量为3,200个, 三年前为6.0万辆):
#: nothing of a change, a part, a span or a plan
#: the words of a value's few more (三百多万人, 十余万人): a bounded interval, N to the next unit
_MORE_WORDS = ("多", "余")


def _bounded(q: "Quantity") -> bool:
    """A value as exact as a level read from two years' clauses needs: exact, about (约), or a few more (三百多万人: 300万
    to 400万, the interval the rules recompute with)."""
    return q.approx in (None, "≈") or q.approx_word in _MORE_WORDS


#: a clause opening with 到 or 到了 before its year (…，到了1957年已经有44万人): the level that year reached
_REACHED_YEAR = lazyre.compile(r"[，,；;]\s*到了?$")
_LABELLED_BAD = lazyre.compile(r"其中|分别|比|较|增长|增加|下降|减少|提高|降低|年均|平均|累计|目标|计划|预计|力争|人均|占")
_CLAUSE_STOPS = "，,；;。\n：:）)"
_LEVEL_WORDS = lazyre.compile(r"(?:19|20)\d{2}年|今年|本年度?|当年|全年|年末|年底|目前|现在|现有|已经|已|[达到为是有共]|增至|突破|"
                              r"[全本][市区县省州镇乡国]|\s")


def _labelled_level(skel: str, text: str, by_start: Dict[int, "Quantity"], lab_start: int, lab_end: int,
                    cur: "Quantity") -> Optional["Quantity"]:
    """The level a multiple's own sentence states for the period it names (是三年前的2.1倍，三年前为6.0万辆 /
    2020年…充电桩数量为3,200个，今年达到1.12万个，为2020年的3.5倍): a clause opening with the same label (a year, N年前,
    上年), elsewhere in the sentence, whose one value has the measure of ``cur`` (3,200个 and 1.12万个 alike) and whose
    words say nothing else of it (no change, part, span or plan).  None when no such clause or several."""
    label = text[lab_start:lab_end]
    if not label or len(label) > 8:
        return None
    # the words naming the current value's metric (in its own clause) must be those of the labelled clause, or one
    # of the two elides them (…，今年达到1.12万个 / …，三年前为6.0万辆); 今年充电站达到… is another metric
    cw = _LEVEL_WORDS.sub("", text[_clause_start(skel, cur.start):cur.start])
    ss = _sentence_start(text, cur.start)
    ends = [x for x in (text.find(ch, max(cur.end, lab_end)) for ch in _SENT_STOPS) if x >= 0]
    se = min(ends) if ends else len(text)
    found = []
    i = text.find(label, ss, se)
    while i >= 0:
        j = i + len(label)
        if i != lab_start and (i == ss or text[i - 1] in "，,；;（(" or _REACHED_YEAR.search(text, max(ss, i - 3), i)) \
                and j < se:
            ce = min([x for x in (text.find(ch, j, se) for ch in _CLAUSE_STOPS) if x >= 0] + [se])
            qs = [by_start[k] for k in range(j, ce) if k in by_start]
            lw = _LEVEL_WORDS.sub("", text[j:qs[0].start]) if len(qs) == 1 else ""
            if len(qs) == 1 and qs[0] is not cur and measure(qs[0]) == measure(cur) \
                    and qs[0].is_percent == cur.is_percent and (qs[0].approx is None or qs[0].approx_word in _MORE_WORDS) \
                    and not _LABELLED_BAD.search(text, j, qs[0].start) \
                    and (not cw or not lw or cw in lw or lw in cw):
                found.append(qs[0])
        i = text.find(label, j, se)
    return found[0] if len(found) == 1 else None


#: a sentence opening with a year and a comma (2024年，我们…): the year frames the sentences after it in its paragraph
_FRAME_YEAR = lazyre.compile(r"[\s\u3000]*(?:(?:19|20)\d{2})\s*年(?:度|全年)?\s*[，,]")


def _frame_year(doc: "Document", text: str, skel: str, ss: int) -> Optional[int]:
    """The year that frames the sentence starting at ``ss``: the last time word before it in its paragraph (at most
    300 characters back) is a year opening a sentence with a comma after it (2024年，…。全年办理…), no other time word
    between (or the sentence itself opens so: 2024年，市场监管部门…，全年共受理…); ``None`` otherwise."""
    own = _FRAME_YEAR.match(text, ss)
    if own is not None:
        return int(re.match(r"\s*(\d{4})", text[own.start():own.end()]).group(1))
    lo = max(skel.rfind("\n", 0, ss) + 1, ss - 300, 0)
    tm = _period_word(doc, text, lo, ss)
    if tm is None or not tm.group("year") or tm.group("since"):
        return None
    st = tm.start()
    if st > lo and text[st - 1] not in _SENT_STOPS:
        return None
    return int(tm.group("year")) if _FRAME_YEAR.match(text, st) else None


_YEAR_LABEL = lazyre.compile(r"(?:19|20)\d{2}\s*年")


def _named_plan_year(doc: "Document", skel: str, text: str, tm, cur: "Quantity", pre: str) -> bool:
    """Whether the plan's figure ``cur`` is of a year its sentence names in digits (2028年…预期增长4%) and says nothing
    that makes its base another's: no budget, allocation or spending (安排支出, 投入, 资金 — set against last year's
    budget as often as against its execution, :data:`_BUDGET_METRIC`), no span, no bound on ``cur``."""
    if tm is None or not tm.group("year") or tm.group("since") or tm.group("prior"):
        return False
    if cur.approx is not None or _SPAN_SENT.search(text, _sentence_start(text, cur.start), cur.start):
        return False
    return not _BUDGET_METRIC.search(_BUDGET_REVENUE.sub("收入", pre))


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
    key_match, metric_key = _late_metric.key_match, _late_metric.metric_key
    import bisect
    cs = _clause_start(skel, cur.start)
    if key_at is not None:      # 较2020年提高0.86岁、达到81.06岁: the value reached opens its own clause after 、
        cs = max(cs, skel.rfind("、", cs, cur.start) + 1)
    ss = _sentence_start(text, cur.start)
    pre = text[cs:cur.start].replace("人均", "")      # 人均 on both sides: the metric keys must agree on it
    # 森林面积增加到412.6万亩，比上年增加8.4万亩: the verb of the value reached is no change of its own
    pre = _REACHED_END.sub("", pre)
    # 比上年预计数增长X%: a budget's figure (预期/安排 B) against last year's estimate, stated earlier as 2023年…预计完成A
    est = bool(cmp) and _EST_CMP.match(cmp) is not None
    plan_year = False
    if est:
        pre = _BUDGET_WORDS.sub("", pre)
    if "其中" in pre and _OWN_GROWTH.search(skel, ss, cs):
        pre = pre.replace("其中", "")   # 进出口…同比增长8%，其中出口52.3亿元，同比增长12%: each value has its own rate
    if _NOT_PLAIN.search(pre):
        plan_only = not _NOT_PLAIN.search(_PLAN_WORDS_IN.sub("", pre))
        if plan_only and cmp and _CMP_YEAR.fullmatch(cmp) and not est:
            # 到2025年，粮食产量力争达到650亿斤，比2020年增长4.8%: a plan's level and its change against a year it names —
            # the relation the plan states of itself, read against that year's level wherever the report states it
            pre = _PLAN_WORDS_IN.sub("", pre)
        elif key_at is None and not cmp and plan_only:
            # 力争全年完成工业投资542亿元 / 全年固定资产投资力争完成…: a plan's own words, nothing else — its base is the
            # review's level (:func:`_review_level`), never a value labelled elsewhere
            tm = _period_word(doc, text, ss0 := _sentence_start(text, cur.start), cur.start)
            fy = _doc_year(doc)
            if tm is None or tm.group("now") or (tm.group("year") and fy and int(tm.group("year")) == fy + 1):
                key = _REACHED_END.sub("", metric_key(doc, _price_key_pos(text, cur.start)))
                rl = _review_level(doc, skel, text, cur, key, ss0, _PLAN_WORDS_IN.sub("", pre))
                if rl is not None or not _named_plan_year(doc, skel, text, tm, cur, pre):
                    return (rl[1], rl[2]) if rl is not None else None
            elif not _named_plan_year(doc, skel, text, tm, cur, pre):
                return None
            # 2027年全市进出口总额预计完成1450亿元，2028年预期增长4%，达到1508亿元: a plan of the year it names, no basis
            # written — its base is the level of the same metric the paragraph states under the year before (an actual
            # or last year's estimate, never a budget: _prior_values keeps no plan's or target's value), read as any
            # change's base under that year (want = the year named − 1)
            pre = _PLAN_WORDS_IN.sub("", pre)
            plan_year = True
        else:
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
        figures_year = _late_kind.figures_year
        # 2024年，我们进一步降低法律援助门槛。全年办理法律援助案件1,642件，同比上升9.8%: a text that is no work report or
        # communiqué of a known year takes the year its sentence, or a sentence before it in its paragraph, opens with
        # (its frame), before the year the document is guessed to report on
        year = (figures_year(doc) is None and _frame_year(doc, text, skel, ss)) or _doc_year(doc)
    elif not cmp and doc.report_year and year < doc.report_year - 1:
        return None        # 2019年…: an earlier year's figure
    # the year the prior must be of: the one the basis names (比2022年增长10%。2022年办理…), else the year before
    want = int(cy.group(1)) if cy else (year - 1 if year else None)
    para = max(skel.rfind("\n", 0, cs), cs - 300)
    bound_key = False
    if key_at is None and (bm := _BOUND_THEN_LEVEL.search(skel, max(0, cs - 30), cur.start)) is not None \
            and by_start[bm.start("b")].approx in (">", ">=") and _same_kind(by_start[bm.start("b")], cur):
        key_at = bm.start("b")      # 外贸进出口突破900亿元，达到902.0亿元: B is named before the bound it passed
        bound_key = True
    kpre = ""
    if key_at is not None:
        kcs = _clause_start(skel, key_at)
        kpre = text[kcs:key_at].replace("人均", "")
        if _NOT_PLAIN.search(kpre):
            # (2028年全市进出口总额预期增长4%，达到1508亿元: a plan of the year it names, as without a value reached)
            if not cmp and not bound_key and not _NOT_PLAIN.search(_PLAN_WORDS_IN.sub("", kpre)) \
                    and _named_plan_year(doc, skel, text, tm, cur, kpre):
                kpre = _PLAN_WORDS_IN.sub("", kpre)
                plan_year = True
            else:
                return None
        flow = flow or (_NEW_FLOW_WORDS.search(kpre) if kind != "amount" else None)
    key = _REACHED_END.sub("", metric_key(doc, _price_key_pos(text, cur.start) if key_at is None else key_at))
    if bound_key:
        key = _BOUND_ADVERB_END.sub("", key)    # 外贸进出口首超三百亿元: 首 is the bound's adverb
    if est:
        key = _EST_KEY.sub("", key)     # 收入预期 / 收入预计完成: the metric is 收入
    elif "预计" in pre:
        # 2023年…比例预计为85.1%，比上年提高… / 预计2023年研发投入强度达到3.02%: the year's estimate of the metric
        key = _OWN_ESTIMATE.sub("", key)
    if key_at is None and not est and not flow:
        elided_subject, refers_back = _late_lookback.elided_subject, _late_lookback.refers_back
        if refers_back(key):
            # 2023年全区办理行政处罚案件5,126件。2024年办理6,038件，增长17.8%: the sentence names no metric of its own —
            # it is the one the sentence before names, and so is its scope (claims.lookback.elided_subject; also 这一数字,
            # or the metric's head: 2024年产量达到13.6万辆 after 2019年全市新能源汽车产量为2.1万辆)
            es = elided_subject(doc, cur)
            if es is not None:
                key = _REACHED_END.sub("", metric_key(doc, es.start))
                ss = _sentence_start(text, es.start)
            else:
                from .lookback import sentence_subject
                es = sentence_subject(doc, cur)
                if es is not None:
                    key = _REACHED_END.sub("", metric_key(doc, es.start))
                    ss = _clause_start(skel, cur.start)
    elif key_at is not None and not bound_key and not est and not flow:
        from .lookback import refers_back, sentence_subject
        es = sentence_subject(doc, cur) if refers_back(key) else None
        if es is not None:      # (the change's clause names no metric either: 今年比上年增长65%，达到66万人)
            key = _REACHED_END.sub("", metric_key(doc, es.start))
            ss = _clause_start(skel, key_at)
    if len(key) < 2:
        return None
    starts, vals = _prior_values(doc)
    windows = [(max(0, para), cs, False, False)]
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
            # (the next sentence, or the first of the next paragraph when the claim closes its own: 全市一般公共预算收入
            # 92.4亿元，比上年增长8.0%。\n上年，全市一般公共预算收入80.0亿元 — there only a value whose words name a metric)
            b0 = e1 + 1 + (len(text[e1 + 1:e1 + 4]) - len(text[e1 + 1:e1 + 4].lstrip()))
            brk = "\n" in skel[e1 + 1:b0]
            if not brk or skel[e1:e1 + 1] == "。":
                e2 = skel.find("。", b0, b0 + 160)
                e2 = e2 if e2 >= 0 else min(len(skel), b0 + 160)
                nl = skel.find("\n", b0, e2)
                windows.append((b0 if brk else e1 + 1, nl if nl >= 0 else e2, True, brk))
    found: List[Tuple[float, "Quantity", str]] = []
    for lo_, hi_, ahead, *opt in windows:
        if found:
            break
        for k in range(bisect.bisect_left(starts, lo_), bisect.bisect_left(starts, hi_)):
            q, lab, lstart, keypos = vals[k]
            if lstart < lo_ and not ahead and lstart < para:
                continue
            if opt and opt[0] and len(re.sub(r"分别", "", metric_key(doc, keypos))) < 2:
                continue      # (上年为80.0亿元 opening another paragraph: what it is of is not named)
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
        rkey = key
        if not ks:      # 外贸进出口 for 进出口总额: a total under another of its names (metric.total_names)
            total_names = _late_metric.total_names
            rkey = next((n for n in total_names(key)[1:] if n in _prior_by_key(doc)), key)
            ks = _prior_by_key(doc).get(rkey, ())
        j = bisect.bisect_left([starts[k] for k in ks], para) if len(ks) <= _REPORT_PRIORS else \
            bisect.bisect_left(_KeyStarts(ks, starts), para)
        for k in ks[max(0, j - _REPORT_PRIORS):j]:       # the last few before the paragraph (bounded work)
            q, lab, lstart, keypos = vals[k]
            cand = _earlier_candidate(doc, skel, text, q, lab, lstart, keypos, cur, rkey, year, ss, False, key_match,
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
        if not found:
            # none under a short form either: last year's level under the same metric named with another agent
            # (2023年全区共办理民事调解案件1,800件。…（another paragraph）2024年全区调解组织共办理民事调解案件2,150件:
            # the one who does it named before the same action and object, metric.same_metric) — the same candidates
            same_metric = _late_metric.same_metric
            for k in ks[max(0, j - _REPORT_PRIORS):j]:
                q, lab, lstart, keypos = vals[k]
                if not same_metric(_PRIOR_BY_KEY_RE1.sub("", metric_key(doc, keypos)), key):
                    continue
                cand = _earlier_candidate(doc, skel, text, q, lab, lstart, keypos, cur, key, year, ss, False,
                                          key_match, metric_key, amt, want, cy is not None, None, agent=True)
                if cand is not None:
                    found.append(cand)
    if not found and not est and cy is not None:
        # 比2019年增长40%。…（another paragraph）截至2019年底，全市公共图书馆藏书量为900万册: the named year's level
        # stated later in the report under the very same words — the first few after the claim (bounded work)
        ks = _prior_by_key(doc).get(key, ())
        j = bisect.bisect_right(_KeyStarts(ks, starts), cur.end)
        for k in ks[j:j + _REPORT_PRIORS]:
            q, lab, lstart, keypos = vals[k]
            if lstart < cur.end:
                continue
            cand = _earlier_candidate(doc, skel, text, q, lab, lstart, keypos, cur, key, year, ss, False, key_match,
                                      metric_key, amt, want, True, None)
            if cand is not None:
                found.append(cand)
    if not found and not est and cy is None and (tm is None or tm.group("now") or (
            tm.group("year") and _doc_year(doc) and int(tm.group("year")) == _doc_year(doc) + 1)):
        # a plan's figure (今年…进出口总额960亿美元，增长10%) against the level the review states for the year reviewed
        # (外贸进出口总额872亿美元, a section before): the base year of a plan for the report's year is the figures year
        rl = _review_level(doc, skel, text, cur, key, ss, pre)
        if rl is not None:
            found.append(rl)
    if plan_year:
        found = [f for f in found if _YEAR_LABEL.match(f[2])]     # (the year before the one named, in digits)
    if flow is not None:
        found = [f for f in found if flow.group() in text[_clause_start(skel, f[1].start):f[1].start]]
    elif not _NEW_FLOW_WORDS.search(pre) and not _NEW_FLOW_WORDS.search(kpre):
        # 2020年全区新增市场主体2.1万户。…市场主体达到25.0万户，比2020年增加…: a year's flow is not the stock's level
        found = [f for f in found if not _NEW_FLOW_WORDS.search(text, _clause_start(skel, f[1].start), f[1].start)]
    if not found:
        return None
    best = max(f[0] for f in found)
    top = [f for f in found if f[0] >= best - 1e-9]
    if len({value_of(f[1]) for f in top}) > 1:
        return None
    return top[-1][1], top[-1][2]


#: the words of a budget, an allocation or spending (安排支出115.8亿元, 省财政投入684亿元, 固投计划100亿元): a plan's
#: budget is set against last year's budget as often as against its spending (广东 2014: 省财政投入684亿元、增长15.6%
#: against 633亿元 spent), so its base is never read from the review
_BUDGET_METRIC = lazyre.compile(r"支出|投入|资金|经费|预算|安排|计划|补助|补贴|拨付")
#: a revenue named by its budget account (一般公共预算收入, 公共财政预算收入): revenue collected, not a budget — its plan is
#: set against the revenue the review states
_BUDGET_REVENUE = lazyre.compile(r"预算收入")
#: the words of a plan around a metric's name (确保…, 力争…, …可完成)
_PLAN_VERBS = lazyre.compile(r"^(?:确保|力争|争取|努力|预计|计划|今年|全年|到)+|(?:可|将|要|力争|争取)?(?:完成|实现|达到|达)?$")
#: a subset of the region's economy named before a figure (重大项目, 核心启动区, 新城): its figure is that subset's
_SUBSET_BEFORE = lazyre.compile(r"项目|启动区|核心区|新城|集聚区|商圈|街道|社区")
#: the words of a plan in a figure's clause (力争, 目标, 计划, 预期: _NOT_PLAIN's plan words)
_PLAN_WORDS_IN = lazyre.compile(r"力争|争取|确保|目标|预期")
#: a clause opening on the whole year or the report's whole area (全年固定资产投资…, 全市进出口…)
_WHOLE_OPEN = lazyre.compile(r"\s*(?:全年|全市|全区|全县|全省|全社会)")
#: a price basis named in a figure's clause or in a bracket right after it (（90年不变价）, 按可比价格, （现价）)
_PRICE_BASIS = lazyre.compile(r"(?:\d{2,4}年)?(?:不变价|可比价|年价|现价|当年价)")
_PRICE_AFTER = lazyre.compile(r"\s*[（(][^）)]{0,12}?(?:价)[^）)]{0,4}[）)]")


#: a price basis in brackets right before a figure (工业总产值（90年不变价）达2575.6亿元 / （1990年价）4940亿元)
_PRICE_BEFORE = lazyre.compile(r"[（(][^）)]{0,12}?价[^）)]{0,4}[）)]\s*(?:达到|达|为)?\s*$")


def _price_key_pos(text: str, pos: int) -> int:
    """Where the words naming the figure at ``pos`` end: before a price bracket right before it, else ``pos``."""
    m = _PRICE_BEFORE.search(text, max(0, pos - 20), pos)
    return m.start() if m is not None else pos


def _price_of(text: str, skel: str, q: "Quantity") -> str:
    """The price basis named for ``q`` (its clause before it, or a bracket right after it): ``""`` when none."""
    words = text[_clause_start(skel, q.start):q.start]
    m = _PRICE_AFTER.match(text, q.end)
    if m is not None:
        words += m.group()
    pm = _PRICE_BASIS.search(words)
    return "不变价" if pm is not None and pm.group() != "现价" and pm.group() != "当年价" else "现价" if pm else ""


def _review_levels(doc: "Document") -> Dict[str, List["Quantity"]]:
    """The amounts (元, 美元) the review part of a report states as the level of the year reviewed, by the words naming
    their metric (metric_key; built once per document, when a plan's figure first asks): no bound, no other year or
    part of the year, no plan or target in the sentence, no area inside the report's named before it.  Empty when the
    review's end is not known (:func:`lintgov.claims.review.review_part`)."""
    c = _cache(doc)
    if "review_levels" in c:
        return c["review_levels"]  # type: ignore[return-value]
    from .indicators import _AREA_BEFORE, _plan_in
    from .metric import metric_key
    from .review import review_part
    out: Dict[str, List["Quantity"]] = {}
    end, known = review_part(doc, lines=True)
    fy = _doc_year(doc)
    if known and fy:
        text = folded_text(doc)
        skel, _ = skeleton(doc)
        for q in doc.quantities:
            if q.start >= end:
                break
            if q.is_percent or measure(q) not in ("元", "美元") or q.approx not in (None, "≈"):
                continue
            ss = _sentence_start(text, q.start)
            # the words that qualify the figure: its clause and the sentence's opening clause (2024年，全市…，; 提前一年
            # 完成“十二五”规划目标 in a clause between is another statement)
            cs = _clause_start(skel, q.start)
            oe = min([x for x in (skel.find(ch, ss, cs) for ch in "，,；;") if x >= 0] or [cs])
            bad = False
            for lo, hi in ((cs, q.start), (ss, oe)):
                tm = _period_word(doc, text, lo, hi)
                if tm is not None and (tm.group("since") or tm.group("prior") or (
                        tm.group("year") and int(tm.group("year")) != fy)):
                    bad = True
                if _plan_in(text, lo, hi) or _SPAN_SENT.search(text, lo, hi):
                    bad = True
            if bad or _SUBPERIOD.search(text, ss, q.end) or ((
                    _AREA_BEFORE.search(text, ss, q.start) or _SUBSET_BEFORE.search(text, ss, q.start))
                    and not _WHOLE_OPEN.match(text, cs)):
                continue    # (全年安排重大项目132个，投资92.1亿元: the projects' investment, not the region's)
            key = _REACHED_END.sub("", metric_key(doc, _price_key_pos(text, q.start)))
            if len(key) >= 2:
                out.setdefault(key, []).append(q)
    c["review_levels"] = out
    return out


def _review_level(doc: "Document", skel: str, text: str, cur: "Quantity", key: str, ss: int, pre: str,
                  span_ok: bool = False):
    """The level of the year reviewed that the review part states for the metric of ``cur``, a figure of the plan part
    (after the review's end): (1.0, level, label) or ``None``.  The metric named by the same words (or another name of
    the same total, metric.total_names, or of the same main indicator, classes.indicator_key), of the same measure,
    scope and price basis; one value only (several that differ: none).  Never a budget or an allocation (the base of
    its growth may be last year's budget) nor a figure whose own words are a plan's for another year or a span (unless
    ``span_ok``: the level of a plan's target year, whose average growth LG208 reads over the years from the review's)."""
    review_part = _late_review.review_part
    end, known = review_part(doc, lines=True)
    fy = _doc_year(doc)
    if not known or cur.start < end or not fy or cur.is_percent or measure(cur) not in ("元", "美元"):
        return None
    if _BUDGET_METRIC.search(_BUDGET_REVENUE.sub("收入", key)) or _BUDGET_METRIC.search(_BUDGET_REVENUE.sub("收入", pre)) \
            or (not span_ok and _SPAN_SENT.search(text, ss, cur.start)):
        return None
    _AREA_BEFORE = _late_indicators._AREA_BEFORE
    cs = _clause_start(skel, cur.start)
    if (_AREA_BEFORE.search(text, ss, cur.start) or _SUBSET_BEFORE.search(text, ss, cur.start)) \
            and not _WHOLE_OPEN.match(text, cs):
        return None     # (加快XX片区建设，完成固定资产投资100亿元: the area's; 全年固定资产投资约7000亿元: the whole's)
    levels = _review_levels(doc)
    if not levels:
        return None
    indicator_key, indicator_words = _late_classes.indicator_key, _late_classes.indicator_words
    total_names = _late_metric.total_names
    # (确保全社会固定资产投资超过1400亿元 / 预计2015年固定资产投资可完成100亿元左右: the plan's verbs are no part of the name)
    words = _PLAN_VERBS.sub("", key)
    key = indicator_words(words)
    names = set(total_names(key))
    ik = indicator_key(key)
    if ik is None and len(names) == 1 and len(key) < 4:
        # (投资, 收入, 产值: a bare noun names no one metric of the report) — unless the review names its level by the
        # very same longer words (辖区税收556亿元 … 辖区税收610亿元: the scope word is part of the metric's name)
        if len(words) < 4 or words not in levels:
            return None
        keys = [words]
    else:
        keys = [k for k in levels if k in names or indicator_words(k) in names or (ik is not None and indicator_key(k) == ik)]
    own = _self_scope(doc)
    # (the scope words of each figure's own clause: a list of plans or levels names a scope per item — 城镇登记失业率)
    scope = set(_WIDE_SCOPE.findall(text, _clause_start(skel, cur.start), cur.start)) - own
    price = _price_of(text, skel, cur)
    got = []
    for k in keys:
        for q in levels[k]:
            if measure(q) != measure(cur):
                continue
            if set(_WIDE_SCOPE.findall(text, _clause_start(skel, q.start), q.start)) - own != scope \
                    or _price_of(text, skel, q) != price:
                continue
            got.append(q)
    if not got or len({value_of(q) for q in got}) > 1:
        return None
    return 1.0, got[-1], f"{fy}年"


#: a net change of a stock (净增, 净减): against the level of the year before when no span is named
_NET_VERB = lazyre.compile(r"净增加?|净减少?")
#: words before a net change naming a span of years (五年净增, 三年来, 累计净增): its level is not last year's plus it
_NET_SPAN = lazyre.compile(r"[两二三四五六七八九十]年|\d+年|年来|以来|期间|累计|五年")


#: the words of a gross flow of the year before its figure (全年新执业412人, 新增…, 新登记…): not the level a net change
#: (净增/净减) leads to — 新 opening the words or after the year, not 新区/新城/新型/新兴/新能源/新材料
_GROSS_FLOW = lazyre.compile(r"(?:^|全年|年内|当年|本年|今年|年度)新(?!区|城|型|兴|能源|材料|时代|质|的)[\u4e00-\u9fff]|"
                             r"新增|新引进|新登记|新设立|新认定|新培育|新开工|新建|新签约|新落户|新入驻|新注册|新发展")


#: a change the whole before a 其中 states of itself (比上年多办理21.4万件 / 较上年增加12家 / 同比增长8%): a bare prior after
#: the part's change may then be the whole's
_WHOLE_OWN_CHANGE = lazyre.compile(r"(?:比|较|同比)[^，,。；;\ue010]{0,10}?(?:增长|下降|增加|减少|提高|降低|上升|回落|多|少)"
                                   r"[^，,。；;\ue010]{0,4}?" + _Q)


def _part_prior_open(skel: str, text: str, by_start: Dict[int, "Quantity"], cur: "Quantity", words: str) -> bool:
    """Whether a bare prior after a part's change (全年办理事项186.2万件，比上年多办理21.4万件，其中线上办理152.6万件，比上年多
    38.7万件，上年为164.8万件) may as well be the whole's: a 其中 before ``cur`` in its sentence, the whole before it a value
    of ``cur``'s kind stating its own change, and the prior's words naming no metric (为, 同期为). Whose prior it is is open:
    the change is not paired with it (a figure of the whole is never compared as the part's)."""
    if words not in ("", "为", "是", "有", "共"):
        return False
    ss = _sentence_start(text, cur.start)
    q = text.rfind("其中", ss, cur.start)
    if q < 0:
        return False
    k = skel.find(QTOK, ss, q)
    while k >= 0:
        x = by_start.get(k)
        if x is not None and _same_kind(x, cur) and _WHOLE_OWN_CHANGE.search(skel, x.end, q):
            return True
        k = skel.find(QTOK, k + 1, q)
    return False


def net_of_gross(skel: str, text: str, verb: str, q: "Quantity") -> bool:
    """Whether ``q`` is a gross flow (全年新执业412人) before a net change (净增286人): not the level the net change
    leads to, which is the stock."""
    return _NET_VERB.fullmatch(verb or "") is not None \
        and _GROSS_FLOW.search(text, _clause_start(skel, q.start), q.start) is not None


def _net_change(skel: str, text: str, vs: int, verb: str) -> bool:
    """Whether the change whose verb starts at ``vs`` is a net change of the year (地方财政一般预算收入一年净增157亿元，达
    658亿元，增长31.4%: the prior is 658 − 157): 净增/净减 with no span of years before it in its clause (一年 is the
    year's)."""
    if not _NET_VERB.fullmatch(verb or ""):
        return False
    return not _NET_SPAN.search(text, _clause_start(skel, vs), vs)


#: an adverb closing the words before a bound (首超, 已突破, 再超过) that the bound's quantity left out
_BOUND_ADVERB_END = lazyre.compile(r"(?:历史性|首次|首|已经|已|再次|再|又|均)$")
#: <name>突破N，达到B: B's clause names nothing; the bound's clause names its metric
_BOUND_THEN_LEVEL = lazyre.compile(r"(?P<b>" + _Q + r")[，,]\s*(?:达到|达|为)$")
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
#: the values of output whose growth official statistics give at comparable prices (工业总产值, 农业产值, 增加值)
_OUTPUT_VALUE = lazyre.compile(r"产值|生产总值|增加值|GDP")
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


#: a closing 量 of a metric's name (专利授权量 / 专利授权, 货物吞吐量 / 货物吞吐): the same metric — not 总量/数量, which
#: may name a stock beside a flow (市场主体总量 / 新登记市场主体)
_KEY_AMOUNT_END = lazyre.compile(r"(?<![总数])量$")


def _short_form(key: str) -> str:
    """A metric's words for matching a short form against a full name: abbreviations written out, no closing verb, no
    closing 量 (专利授权量 is 专利授权)."""
    for a, b in _ABBREV:
        if a in key:
            key = key.replace(a, b)
    key = _KEY_VERB_END.sub("", key)
    bare = _KEY_AMOUNT_END.sub("", key)
    return bare if len(bare) >= 3 else key


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
                       amt=None, want=None, named=False, win_lo=None, strip=None, short=None, agent=False):
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
    cscope = set(_WIDE_SCOPE.findall(text, ss, cur.start)) - own
    if qscope != (cscope if qkey else set()):
        # 上年末全省城镇化率为61.2% is not this body's figure (unless 全省 is the report's own scope); a claim that names
        # nothing of its own but its year (2023年全区办理…5,126件。2024年办理6,038件) takes the scope with the metric
        if not (qkey and not cscope and not ahead and ly
                and _year_headed_pair(doc, skel, text, q, lstart, qkey, cur, key, ss, amt, int(ly.group(1)))):
            return None
        return (0.5, q, lab)
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
    from .metric import names_a_kind
    if names_a_kind(qkey, key) and not agent:
        # (agent: the keys were paired by metric.same_metric, the words added name who does the action)
        return None     # 2023年全市新能源汽车产量为2.1万辆。2024年汽车产量达到30万辆: the kind's value is not the whole's
    sim = key_match(qkey, key)
    if sim < 0.8 and ahead and _mutual_weak(doc, skel, text, q, qkey, cur, key, ss, amt, metric_key, win_lo):
        return (0.5, q, lab)
    if sim < 0.8 and not ahead and ly and _year_headed_pair(doc, skel, text, q, lstart, qkey, cur, key, ss, amt,
                                                           int(ly.group(1))):
        return (0.5, q, lab)
    return (sim, q, lab) if sim >= 0.8 else None


def _same_measure_in(doc, cur, amt, lo: int, hi: int) -> list:
    """The quantities starting in [lo, hi) of ``cur``'s measure (percent or not, no points), ``amt`` left out:
    what a pairing across two sentences counts on each side (bisected over the sorted starts, no scan)."""
    import bisect
    _, by_start = skeleton(doc)
    qs = _starts(doc)
    return [x for x in (by_start[p] for p in qs[bisect.bisect_left(qs, lo):bisect.bisect_left(qs, hi)])
            if x is not amt and measure(x) == measure(cur) and x.is_percent == cur.is_percent
            and unit_of(x) not in POINT_UNITS]


def _year_headed_pair(doc, skel, text, q, lstart, qkey, cur, key, ss, amt, qyear: int) -> bool:
    """2023年全区办理行政处罚案件5,126件。2024年办理6,038件，增长17.8%: two sentences in a row, each opening with its year
    (the claim's the year after the prior's), the claim's words the opening of the prior's (its metric named once, in
    the first sentence: 办理 / 办理行政处罚案件), one value of the measure in each sentence."""
    if lstart != _sentence_start(text, lstart) or not re.match(r"\s*" + str(qyear + 1) + r"\s*年(?![底末])", text[ss:ss + 8]):
        return False
    if "。" in skel[q.end:ss - 1] or "\n" in skel[q.end:ss] or len(key) < 2 or not qkey.startswith(key):
        return False      # (the claim's words open the prior's: 办理 / 办理行政处罚案件; not 受理行政复议)
    same_measure = functools.partial(_same_measure_in, doc, cur, amt)
    e = min([x for x in (text.find(ch, cur.end) for ch in _SENT_STOPS) if x >= 0] or [len(text)])
    return same_measure(lstart, ss) == [q] and same_measure(ss, e) == [cur]


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
    if not _weak_key(qkey, key):
        return False
    same_measure = functools.partial(_same_measure_in, doc, cur, amt)
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


#: patterns of changes, compiled once (a call of re's module functions looked each one up in
#: re's cache on every call, and compiled it again once other patterns had pushed it out)
_CHANGES_RE1 = lazyre.compile(r"(?:19|20)\d{2}")
_CHANGES_RE2 = lazyre.compile(r"(人|件|户|家|个|起|次|宗|项)数")
_CHANGES_RE3 = lazyre.compile(r"(人|件|户|家|个)数")
_CHANGES_RE4 = lazyre.compile(r"^(?:全(?:国|省|市|区|县)|共|累计)")
_CHANGES_RE5 = lazyre.compile(r"(?:19|20)\d{2}年$")



def _times_of(skel: str, by_start) -> "Iterator[re.Match]":
    """The matches of :data:`_TIMES_OF` whose amount is a multiple (…倍).  A match whose amount is another figure
    (由2019年的12家增加到2024年的31家: 增加到 + 2024年的 + 31家) is no multiple; the pattern is tried again at that
    figure, so that the level can still open the multiple after it (31家，是2019年的2.6倍)."""
    taken = 0
    for m in lazyre.finditer(_TIMES_OF, skel):
        if m.start() < taken:
            continue
        if unit_of(by_start[m.start("amt")]) != "倍":
            m = _TIMES_OF.match(skel, m.start("amt"))
            if m is None or unit_of(by_start[m.start("amt")]) != "倍":
                continue
        taken = m.end()
        yield m


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
        if t is None and j > 0 and skel[j - 1] in "）)":
            # 由A增加到B（不包括农村队办企业），增加近一倍: a note in brackets on the level, no figure in it and no word of
            # prices (按可比价格计算 qualifies the change), stands between the transition and its change
            k = max(skel.rfind("（", max(0, j - 32), j), skel.rfind("(", max(0, j - 32), j))
            if k >= 0 and QTOK not in skel[k:j] and not QUALIFIERS.search(skel, k, j) \
                    and not re.search(r"[)）（(]", skel[k + 1:j - 1]):
                t = trans_by_end.get(k)
                if t is not None:
                    j = k
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
                named = _CHANGES_RE3.fullmatch(gm.group())
                if t is not None and named and measure(t.current) != named.group(1):
                    # 由377户1110人减少到154户448人，户数下降59.2%: the transition of the measure the word names
                    t = next((u for u in trans_group.get(t.start, ()) if measure(u.current) == named.group(1)), None)
        return t

    retry: List[int] = []
    for m in rescanning(_CHANGE, skel, retry, _CHANGE_PART):
        verb = m.group("verb")
        amt = by_start[m.start("amt")]
        cmp = m.group("cmp") or ("与" + m.group("lab3") + "相比" if m.group("cmp3") else "")
        if not cmp:
            cmp = _opening_basis(text, skel, m.start("verb"))   # 与2023年相比，全年旅客吞吐量增长12.8%，…
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
        # (较调整前的1,342项少了56项: a basis with its value, cmp5/cmp6, is a basis too)
        if verb in _SINGLE and not (cmp or base_tok or m.group("cmp5") or m.group("cmp6")):
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
            if _YEAR_REACHED.fullmatch(m.group("lw")) and _YEAR_ONLY.fullmatch(m.group("lab2")):
                # 2019年粮食产量是326万吨，2023年上升到583万吨，比2019年增长79%: a later year's level reached, named by its
                # verb alone, may open the change after it (read from that value, with the two years' transition)
                retry.append(m.start("lbase2"))
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
        if cur is not None and base is None and not cmp and kind in ("amount", "percent"):
            # (points: 高于上年的91.3%，提升3.2个百分点 is LG209's reading of two rates)
            pl = _prior_clause_value(doc, skel, text, by_start, cur)
            if pl is not None:
                # 全年登记信访事项2,800件次，少于上年的3,300件次，减少500件次: the value before the change is last year's
                # (its clause names it 上年的), the value it is compared with closes the clause before
                base, cur, label = cur, pl[0], pl[1]
        if cur is not None and base is not None and cmp == "环比" and base.start > cur.start:
            # 一季度…为420亿元，二季度为465亿元，环比增长10.7%: the period labelled after the first value is the later one,
            # so the labelled value is the current and the first the previous period's (read the other way, a growth
            # was reported as a fall); kept as read when either period is not named or they are of different kinds
            s0 = _sentence_start(text, cur.start)
            rc, rb = _subperiod_rank(text, s0, cur.start), _subperiod_rank(text, cur.end, base.start)
            if rc is not None and rb is not None and rc[0] == rb[0] and \
                    ((rb[1] - rc[1]) % _CYCLE[rc[0]] == 1 if rc[0] != "h" else rc[1] < rb[1]):
                base, cur = cur, base     # (the next period: 四季度 after 三季度, 1月 after 12月)
        if cur is None and base is None and cmp != "环比" and not m.group("cmp3"):
            cur = _restated_name(skel, text, by_start, m.start())
        if cur is None and cmp != "环比" and not m.group("cmp3"):
            cur = _pointed_level(skel, by_start, m.start())     # …162.8亿元。这一数额比上年的118.5亿元增长…
        remark = False
        if cur is None and base is None and not m.group("cmp3") and kind in ("percent", "amount"):
            cur = _remark_before(skel, by_start, m.start(), text)    # B，超过疫情前水平，比2019年增长10.0%
            remark = cur is not None
        if m.group("lbase2") and (base is None or base.start != m.start("lbase2")) \
                and _CHANGES_RE1.match(m.group("lab2") or ""):
            cur = by_start[m.start("lbase2")]   # 上年同期为420件，2023年为512件，同比增长: the year's own value
        if cur is not None and base is None and kind == "amount" and cur.is_percent and not amt.is_percent:
            # 210家、占全市28.3%，一年增加76家: a difference of the level's measure after a share of that level is the
            # level's (a share changes in points, never in 家)
            cur = _level_before_share(doc, skel, by_start, cur, amt) or cur
        if cur is not None:
            nm = _CHANGES_RE2.search(skel[cur.end:m.start("verb")])
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
        if cur is not None and net_of_gross(skel, text, verb, cur):
            cur = None            # 新执业412人，净增286人: the gross entries, not the level the net change leads to
        if base is None and cur is not None and cmp == "环比":
            pm = _POST_PERIOD.match(skel, m.end())
            if pm:
                g = "base" if pm.group("base") else "base2"
                pg = "pq1" if g == "base" else "pq"
                w2 = "" if g == "base" else pm.group("w2")
                w2 = _CHANGES_RE4.sub("", w2)
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
            if pm is None:
                # …增长8.0%，增速较上年回落2.1个百分点；上年为60.0亿元 / …，办证数量居全省前列（上年1.30万件）: the prior
                # after clauses that say nothing of another figure of B's measure
                ja = _after_remarks(skel, by_start, m.end(), cur)
                pm = _POST_BASE.match(skel, ja) if ja > m.end() else None
                if pm is not None and not _same_kind(by_start[pm.start("base" if pm.group("base") else "base2")], cur):
                    pm = None
            if pm:
                g = "base" if pm.group("base") else "base2"
                lab = pm.group("lab" if g == "base" else "lab2")
                w2 = pm.group("w2") if g == "base2" else _bracket_word(pm)
                # …，上年同期接待2500万人次: the verb after the label must be one the current value's clause used
                if _label_fits(doc, cmp, lab) and _estimate_fits(cmp, pm, g) \
                        and _words_name(w2, text[_clause_start(skel, cur.start):cur.start]) \
                        and not _part_prior_open(skel, text, by_start, cur, (w2 or "") if g == "base2" else ""):
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
        if cur is None and base is not None and m.group("cmp5") and kind in ("percent", "times", "amount"):
            # 共计减收增支925亿元，比原来设想的600亿元多出54%: the comparison opens the clause after the value it is
            # about — the value closing the clause before, of the base's measure
            cur = _value_before_clause(skel, by_start, m.start(), base)
        if cur is None and base is not None and (m.group("cmp") or m.group("cmp3")) \
                and kind in ("percent", "points", "amount"):
            # 纠错率为18.4%。较上年的13.9%，提高4.5个百分点: a sentence opening with its comparison compares the value
            # closing the sentence before
            cur = _value_closing_before(skel, text, by_start, m.start(), base)
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
            elif pc and not _LIST_AFTER.match(skel, pc.end()) and (kind in ("percent", "points", "times") or (
                    kind == "amount" and cmp and _same_kind(by_start[pc.start("cur")], amt))):
                # (较2020年提高0.86岁、达到81.06岁: a difference, the level reached after it, the base year's before)
                # 上年受理案件400件。今年受理案件增长15%，达到460件: the value after the claim, last year's earlier
                # (or in the next sentence); the metric is named before the claim
                c2 = by_start[pc.start("cur")]
                eb = _base_earlier(doc, skel, text, by_start, c2, cmp, pc.end(), kind, amt,
                                   key_at=m.start("cmp") if cmp else m.start("verb"))
                if eb is not None:
                    cur, (base, label), end = c2, eb, pc.end()
                elif kind in ("percent", "times") and pc.group("cur") and "达" in text[m.end():pc.start("cur") + 1] \
                        and is_count(c2) and not c2.is_percent and c2.approx is None \
                        and not (out and not _CHAIN_SEP.sub("", _ADVERB_END.sub(
                            "", skel[out[-1].end:m.start("cmp") if cmp else m.start("verb")]))):
                    # 专利代理机构增长19.7%，达91家: the count reached, with no prior stated (LG203 reads the whole
                    # counts a prior may have been; not after a difference it chains to: 增加5.7万人，增长X%，达到B;
                    # a multiple alike: 较2020年增长11倍，达到36家)
                    cur, end = c2, pc.end()
        if m.group("will") and base is not None and kind in ("percent", "times", "times_to") \
                and base.start < _sentence_start(text, m.start("will")) \
                and _OUTPUT_VALUE.search(text, _clause_start(skel, m.start("will")), m.start("will")):
            # 1957年的工业总产值比1956年将增长4.5%，达到603亿元 with 1956年的工业总产值586亿元 far before: a plan's growth of
            # an output value is at the planners' comparable prices; a level stated apart may be in another basis
            base, label = None, ""
        if cur is not None and base is None and kind in ("percent", "amount") and (cyl := _CMP_YEAR.match(cmp or "")):
            # 1952年有19万人，到了1957年已经有44万人…；1958年又比1957年增加50%，达到66万人: the level its own sentence
            # states for the year the basis names
            base = _labelled_level(skel, text, by_start, m.start("cmp") + cyl.start(1), m.start("cmp") + cyl.end(1) + 1, cur)
            if base is not None:
                label = cmp
        if cur is None and kind == "amount" and (cmp or _net_change(skel, text, m.start("verb"), verb)):
            pc = _post_cur(skel, text, m.end(), amt, by_start)
            if pc and measure(by_start[pc.start("cur")]) == measure(amt) and not _LIST_AFTER.match(skel, pc.end()):
                cur, end = by_start[pc.start("cur")], pc.end()   # 比上年增加40件，达到520件
        if cur is not None and unit_of(cur) in TIME_UNITS and not (base is not None and _counted_days(text, skel, cur)):
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
        if tr is not None and base is None and (cy_ := _CMP_YEAR.match(cmp or "")) is not None \
                and _CHANGES_RE1.match(tr.base_label or "") and not tr.base_label.startswith(cy_.group(1)):
            tr = None      # 2015年为A，2023年达到B，比2010年增长X%: the basis names another year than the first level's
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
            cy = _CHANGES_RE1.search(cmp or "")
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
                if base is None and prev.kind == "amount" and prev.verb not in _CHANGE_OF_CHANGE:
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
                    and prev.verb not in _CHANGE_OF_CHANGE \
                    and (prev.comparison or _net_change(skel, text, prev.verb_start, prev.verb)) \
                    and prev.amount is not None and not _bases_differ(doc, cmp, prev.comparison):
                delta, delta_dir = prev.amount, prev.direction
                cmp = cmp or prev.comparison
        out.append(Change(start=start, end=end, verb=verb, verb_start=m.start("verb"), verb_end=m.end("verb"),
                          direction=-_direction(verb) if m.group("neg") else _direction(verb), kind=kind, amount=amt,
                          comparison=cmp, base=base, base_label=label, current=cur, transition=tr,
                          approx=amt.approx is not None, delta=delta, delta_direction=delta_dir,
                          factor=(2.0 ** amt.value,) * 2 if kind == "fan" else None))
        if kind in ("times", "times_to") and skel.startswith("半", amt.end) and amt.value == int(amt.value):
            # 增加了一倍半: N and a half, as coarse as halves are (N + 0.25 … N + 0.75)
            out[-1] = dataclasses.replace(out[-1], amount=None, end=max(end, amt.end + 1),
                                          factor=(amt.value + 0.25, amt.value + 0.75))
        elif kind in ("times", "times_to") and skel.startswith(("多", "余"), amt.end) and amt.approx is None \
                and amt.value == int(amt.value) and amt.value >= 1:
            # 增加一倍多 / 增长三倍余: more than N times, less than N + 1 (the extractor reads 一倍 alone)
            out[-1] = dataclasses.replace(out[-1], amount=None, end=max(end, amt.end + 1), approx=True,
                                          factor=(float(amt.value), amt.value + 1.0))
    _comparison_clauses(skel, text, by_start, out)
    _restated_as_rate(text, by_start, out)
    out.extend(_listed_changes(doc, skel, text, by_start))
    _transition_lists(doc, skel, text, by_start, out)
    _list_changes(doc, skel, text, out)
    # 是上年的N倍
    for m in _times_of(skel, by_start):
        amt = by_start[m.start("amt")]
        if skel.startswith("半", amt.end):
            continue
        if m.group("ago") and unit_of(by_start[m.start("ago")]) != "年":
            continue              # 是十年前的…: a span of years ago, nothing else
        vs, ve, verb, vfactor = m.start("verb"), m.end("verb"), m.group("verb"), None
        if verb is None:
            # 约为三年前（3.02万辆）的4.3倍: the extractor reads 约为三年 as one figure — the verb (and 约) is in the span of
            # years ago; any other multiple with no verb is not read
            av = _AGO_VERB.match(text, m.start("ago")) if m.group("ago") else None
            if av is None:
                continue
            vs, ve, verb = av.start("v"), av.end("v"), av.group("v")
            if av.group("adv"):
                lo_, hi_ = interval_of(amt)
                vfactor = (lo_ * 0.9, hi_ * 1.1)      # (约为: a tenth each side, as a named multiple's 约为)
        post_plan = None
        if m.group("plan") and not m.group("base"):
            # 是年初预算的3.6倍，年初预算仅为13.5万元: the plan's value stated right after, under the words the multiple
            # names
            post_plan = _PLAN_VALUE_AFTER.match(skel, m.end())
            if post_plan is None or post_plan.group("w") != m.group("plan"):
                continue              # 是年度任务的1.2倍 without the task's value: nothing to recompute
        cur = by_start[m.start("cur")] if m.group("cur") else None
        post_end = m.end()
        if cur is None and verb not in ("是", "为", "相当于"):
            pc = _post_cur(skel, text, m.end())      # 扩大到上年的2.5倍，达到96.3亿元
            if pc is not None:
                cur, post_end = by_start[pc.start("cur")], pc.end()
        elif cur is None:
            # 交易额是上年的2.4倍，达到58.8亿元，上年为24.5亿元: the value reached by 达到 (not 为: 是…的2倍，为全省…)
            pc = _post_cur(skel, text, m.end(), amt, by_start)
            if pc is not None and "达" in text[m.end():pc.start("cur") + 1] and not _LIST_AFTER.match(skel, pc.end()):
                cur, post_end = by_start[pc.start("cur")], pc.end()
            elif pc is None:
                # 引进高层次人才是上年同期的2.2倍，共引进1,342人，上年同期为610人: the value of a clause restating the
                # subject's verb (read only with the base stated right after it, below)
                pc = _restated_cur(skel, text, m.end(), m.start())
                if pc is not None and _POST_BASE.match(skel, pc.end()):
                    cur, post_end = by_start[pc.start("cur")], pc.end()
        # 是上年180万人次的2.5倍 / 是2020年32亿元的3倍: the base written in the phrase
        bg = "base" if m.group("base") else "base2" if m.group("base2") else "base3" if m.group("base3") else None
        base = by_start[m.start(bg)] if bg else None
        if post_plan is not None:
            base = by_start[post_plan.start("b")]
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
        tr_ = trans_by_end.get(cur.end) if base is None and cur is not None else None
        if tr_ is not None and (not tr_.base_label or m.group("cmp") in ("原来", "原先")
                                or _label_fits(doc, "比" + m.group("cmp"), tr_.base_label)):
            # 由120件增加到300件，是上年的2.5倍 / 由2019年的12家增加到2024年的31家，是2019年的2.6倍: the transition's start,
            # when it names no period or the one the multiple names (never 由2019年的12家…，是2015年的6.2倍)
            base = tr_.base
        if base is None and cur is not None and not m.group("plan"):
            # 是三年前的2.1倍，三年前为6.0万辆 / 2020年全市充电桩数量为3,200个，今年达到1.12万个，为2020年的3.5倍:
            # the level its own sentence states for the period the multiple names
            base = _labelled_level(skel, text, by_start, m.start("cmp"), m.end("cmp"), cur)
        if base is None and cur is not None and re.match(r"(?:" + _PRIOR_LABEL + r"|(?:19|20)\d{2}年)$", m.group("cmp")):
            # 上年…为1,850件。今年…是上年的2.3倍 / 2019年接待游客180万人次。…为2019年的2.5倍
            eb = _base_earlier(doc, skel, text, by_start, cur, "比" + m.group("cmp"), m.end(), "times", amt)
            base = eb[0] if eb else None
        if amt.approx is None and m.end() == amt.end and skel.startswith(("多", "余"), amt.end) \
                and amt.value == int(amt.value):
            # 是2018年的两倍多 / 3倍余: more than N times, fewer than N + 1 (the extractor reads 两倍 alone)
            out.append(Change(start=cur.start if cur else m.start(), end=amt.end + 1, verb=verb,
                              verb_start=vs, verb_end=ve, direction=1, kind="times_to",
                              amount=None, comparison=m.group("cmp"), current=cur, approx=True, base=base,
                              base_label=m.group("cmp") if base is not None else "",
                              factor=(float(amt.value), float(amt.value) + 1)))
            continue
        out.append(Change(start=cur.start if cur else m.start(), end=m.end(), verb=verb,
                          verb_start=vs, verb_end=ve, direction=1, kind="times_to",
                          amount=amt, comparison=m.group("cmp"), current=cur,
                          approx=amt.approx is not None or vfactor is not None,
                          base=base, base_label=m.group("cmp") if base is not None else "", factor=vfactor))
    out.extend(_restorations(doc, skel, text, by_start))
    # multiples in Chinese numerals the extractor did not see (增长一点二倍), and 翻番
    taken = [(ch.start, ch.end) for ch in out]
    for m in (lazyre.finditer(_TIMES_CN, skel) if "倍" in skel else ()):      # (every match ends with 倍)
        if any(a <= m.start() < b for a, b in taken):
            continue
        parsed = parse_cn_number(m.group("num"))
        vm = re.search(r"(?P<verb>" + "|".join(sorted(_UP + _DOWN, key=len, reverse=True)) + r")(?P<le>了|到|至|为)?$",
                       skel[max(0, m.start() - 6):m.start()])
        if vm is None:   # 由120件增加到300件，是上年的二点五倍: a multiple of the base
            vm = re.search(r"(?P<verb>是|为|相当于)(?P<lab>" + _LABEL + r"(?:末|底)?)的(?P<le>)$", skel[max(0, m.start() - 14):m.start()])
            if vm is not None and parsed is not None:
                vstart = m.start() - len(vm.group(0))
                tr = trans_before(vstart)
                if tr is None and not m.group("post"):
                    # 今年为二〇二〇年的三倍 with no values in its sentence: its operands are read around it
                    # (:func:`_operands_around`)
                    value, dec = parsed
                    half = 0.5 * 10 ** (-dec)
                    out.append(Change(start=vstart, end=m.end(), verb=vm.group("verb"), verb_start=vstart,
                                      verb_end=vstart + len(vm.group("verb")), direction=1, kind="times_to",
                                      amount=None, comparison=vm.group("lab"), factor=(value - half, value + half)))
                elif tr is not None:
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
                    and (_prior_label(doc, plab) or (_year_unknown(doc) and _CHANGES_RE5.match(plab))) \
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
    _named_multiples(doc, skel, text, by_start, out)
    _separate_priors(doc, skel, text, by_start, out)
    out = _operands_around(doc, skel, text, by_start, out)
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
    for m in lazyre.finditer(_RESTORE, skel):
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


#: a basis opening a sentence, for the changes of the sentence that state none of their own (与2023年相比，全年旅客吞吐量
#:增长12.8%，达到…).  A named year only: 与上年相比，增加17件 already reads last year as the basis, against a level that
#: may close the sentence before (全年受理156件。与上年相比，…) — written into the change, the basis lost that level
_OPENING_BASIS = lazyre.compile(r"[\s\u3000]*(?:与|同|和|跟)(?P<lab>(?:19|20)\d{2}\s*年)(?P<tq>同期)?"
                                r"(?:相比|相较|比较)[，,]")
#: what says a change has another basis or what it is of is a plan (比…, 较…, 同比, 环比, 年均, 目标…)
_OWN_BASIS_WORDS = lazyre.compile(r"比|较|同比|环比|年均|累计|目标|计划|预计|力争|以来|其中|分别")


def _opening_basis(text: str, skel: str, verb_at: int) -> str:
    """The basis a sentence opens with (与2023年相比，), for a change in it that states none (增长12.8%): written as the
    basis a change names itself (与2023年相比), or "" when the sentence opens otherwise or a word between the basis and the
    change names another basis or a plan."""
    ss = _sentence_start(text, verb_at)
    m = _OPENING_BASIS.match(skel, ss)
    if m is None or m.end() > verb_at or _OWN_BASIS_WORDS.search(skel, m.end(), verb_at):
        return ""
    return "与" + m.group("lab") + (m.group("tq") or "") + "相比"


#: ，共引进1,342人 / ，办理各类案件412件: a clause after a multiple stating a value by a verb
_RESTATED_CUR = lazyre.compile(r"[，,]\s*(?:全年|今年|本年)?(?:共|共计|合计)?(?P<w>[\u4e00-\u9fff]{2,8}?)(?:了)?(?P<cur>" + _Q
                               + r")(?=[，,；;（(])")


def _restated_cur(skel: str, text: str, pos: int, subj_end: int):
    """The clause right after ``pos`` when it states one value by words restating its sentence's subject (引进高层次人才
    是上年同期的2.2倍，共引进1,342人 / 办理案件数是上年的1.5倍，办理案件612件): its first two characters are a verb or a
    noun of the subject, written before the multiple in its clause; the match, or None."""
    m = _RESTATED_CUR.match(skel, pos)
    if m is None:
        return None
    w = m.group("w")
    cs = _clause_start(skel, subj_end)
    subj = text[cs:subj_end]
    if _NOT_PLAIN.search(w) or _NOT_PLAIN.search(subj) or w[:2] not in subj:
        return None
    return m


#: ，上年分别为87.3%和65.6% closing a sentence of several values each stated with its own change (no 分别 list of them)
_SEPARATE_PRIORS = lazyre.compile(r"[，,；;]\s*(?P<lab>上一?年|去年)(?:同期|末|底)?分别(?:为|是)?(?P<bases>" + _QLIST + r")"
                                  r"(?=[。；;，,）)\n]|$)")


def _separate_priors(doc: "Document", skel: str, text: str, by_start: Dict[int, "Quantity"], out: List[Change]) -> None:
    """The priors of changes stated one by one, listed after them by 分别 (准确率达到88.6%，较上年提高1.3个百分点，其中暴雨
    预警准确率71.2%，提高5.6个百分点，上年分别为87.3%和65.6%): the k-th prior is the base of the k-th change of the
    sentence, in order. Read only when the sentence before the list holds exactly as many changes as priors, each with
    the value it is about and no base yet, each value of its prior's kind and the values in the changes' order; else
    whose prior each is stays open."""
    for m in _SEPARATE_PRIORS.finditer(skel):
        bases = _qlist(by_start, skel, m.start("bases"), m.end("bases"))
        ss = _sentence_start(text, m.start())
        idx = [i for i, ch in enumerate(out) if ss <= ch.verb_start < m.start()]
        if len(idx) != len(bases) or len(bases) < 2:
            continue
        chs = sorted(((out[i].verb_start, i) for i in idx))
        ok = True
        last = -1
        for (_, i), b in zip(chs, bases):
            ch = out[i]
            if ch.base is not None or ch.current is None or ch.listed or ch.kind == "fan" \
                    or not (last < ch.current.start < ch.verb_start) or not _same_kind(ch.current, b) \
                    or (ch.comparison and not _label_fits(doc, ch.comparison, m.group("lab"))):
                ok = False
                break
            last = ch.verb_end
        if not ok:
            continue
        for (_, i), b in zip(chs, bases):
            out[i] = dataclasses.replace(out[i], base=b, base_label=m.group("lab"))


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
        amts = _points_unit_once(amts)
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


#: the comparisons a list of changes may state (同比分别增长 / 分别比上年末增加): last year's, or a stock against
#: last year's end (分别比年初/比上年末增加D1、D2; never 比年初计划/预计/执行)
_ALIGN_CMPS = (r"同比|比上年同期|较上年同期|比去年同期|较去年同期|(?:比|较)(?:上年|去年)(?:末|底)|(?:比|较)年初(?![预执计])|"
               r"比上年|较上年|比去年|较去年")


def _points_unit_once(q: List["Quantity"]) -> List["Quantity"]:
    """分别提高0.5个、1.2个百分点: the unit written once, after the last item, given to every item of the list."""
    if q and unit_of(q[-1]) in POINT_UNITS and all(unit_of(a) == "个" for a in q[:-1]):
        return [dataclasses.replace(a, unit=q[-1].unit) for a in q[:-1]] + [q[-1]]
    return q


def _by_amount(out: List[Change]) -> Dict[int, List[int]]:
    """The changes of ``out`` read so far, by the start of their amount (their positions in ``out``)."""
    by_amount: Dict[int, List[int]] = {}
    for i, c in enumerate(out):
        if c.amount is not None:
            by_amount.setdefault(c.amount.start, []).append(i)
    return by_amount


#: 分别从A1、A2增加到B1、B2 (分别由2017年的A1、A2提高到B1、B2): a list of transitions, each position's two values
_TRANS_LIST = lazyre.compile(r"分别(?:从|由)(?:" + _YEARW + r"的?|[\u4e00-\u9fff]{1,8}?)?(?P<alst>" + _QLIST + r")\s*"
                             + _TOV + r"(?:" + _YEARW + r"的?)?(?P<blst>" + _QLIST + r")")
#: the list of changes right after it: ，分别增长x1、x2 / ，增幅分别为x1、x2 / ，分别提高x1个、x2个百分点
_TRANS_CHANGES = lazyre.compile(r"[\s，,]*(?:(?P<name>增幅|增速|涨幅|降幅|增长率|下降率|降低率)分别(?:为|是|达到|达)?|"
                                r"分别(?:" + _ALIGN_CMPS + r")?" + _VERB + r"了?)(?P<lst>" + _AMT_LIST + r")")
_RATE_NAMES_DOWN = ("降幅", "下降率", "降低率")


def _transition_lists(doc: "Document", skel: str, text: str, by_start: Dict[int, "Quantity"],
                      out: List[Change]) -> None:
    """受理、审结案件分别从400件、350件增加到460件、420件，分别增长15%、20% (增幅分别为…, 分别提高…个百分点, 分别增加…):
    a list of transitions and the list of changes right after it, paired by position — each change with its two
    values, as 由A增至B，增长X% is read.  Only lists of one length (two to twelve), each pair of one kind, values
    printed exactly (or with 约), changes of one kind (all %, all 个百分点 with rates, or all of the values' measure), no
    qualifier in the sentence (年均, 按可比价格); a change read before for the same figure is replaced only when it reads
    the same value and has no base, difference or transition of its own.  In place, on ``out``."""
    if "分别" not in skel:
        return
    by_amount = _by_amount(out)
    drop: set = set()
    add: List[Change] = []
    for m in lazyre.finditer(_TRANS_LIST, skel):
        cm = _TRANS_CHANGES.match(skel, m.end())
        if cm is None:
            continue
        a_l = _qlist(by_start, skel, m.start("alst"), m.end("alst"))
        b_l = _qlist(by_start, skel, m.start("blst"), m.end("blst"))
        amts = _qlist(by_start, skel, cm.start("lst"), cm.end("lst"))
        amts = _points_unit_once(amts)
        n = len(a_l)
        if n < 2 or n > 12 or len(b_l) != n or len(amts) != n:
            continue
        if any(not _same_kind(a, b) or a.approx not in (None, "≈") or b.approx not in (None, "≈")
               for a, b in zip(a_l, b_l)):
            continue
        s0 = max(skel.rfind(ch, 0, m.start()) for ch in "。；;\n") + 1
        e = [x for x in (skel.find(ch, cm.end()) for ch in "。；;\n") if x >= 0]
        s1 = min(e) if e else len(skel)
        if QUALIFIERS.search(text, s0, s1):
            continue
        kinds = {_kind(q, "") for q in amts}
        if len(kinds) != 1:
            continue
        kind = kinds.pop()
        if kind == "points" and not all(b.is_percent for b in b_l) \
                or kind == "amount" and any(measure(x) != measure(b) or x.is_percent for x, b in zip(amts, b_l)) \
                or kind not in ("percent", "points", "amount"):
            continue
        if cm.group("name"):
            verb = cm.group("name")
            vstart, vend = cm.start("name"), cm.end("name")
            verbs = [verb] * n
        else:
            verb = cm.group("verb")
            vstart, vend = cm.start("verb"), cm.end("verb")
            verbs = _item_verbs(skel, amts, verb)
        made = []
        for a, b, x, vb in zip(a_l, b_l, amts, verbs):
            d = -1 if vb in _RATE_NAMES_DOWN else (1 if vb in ("增幅", "增速", "涨幅", "增长率") else _direction(vb))
            made.append(Change(start=b.start, end=max(cm.end(), b.end), verb=vb, verb_start=vstart, verb_end=vend,
                               direction=d, kind=kind, amount=x, comparison="", base=a, base_label="", current=b,
                               approx=x.approx is not None, listed=True))
        kept = []
        ok = True
        rep: List[int] = []
        for c in made:
            for i in by_amount.get(c.amount.start, ()):
                o = out[i]
                if o.base is not None or o.delta is not None or o.transition is not None \
                        or (o.current is not None and o.current.start != c.current.start):
                    ok = False    # read before with its own base, or another value: another reading, none added
                    break
                rep.append(i)
            if not ok:
                break
            kept.append(c)
        if ok:
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


#: the comparison of a list of changes, in its own words or right before its mark (同比分别增长 / 分别比上年末增加)
_LIST_CMP = lazyre.compile(_ALIGN_CMPS)
#: words of a claim sentence that make its values other than the year's (a part of the year, a span, a plan; a year
#: named: which year 上年 is before is not certain) — a list of last year's in the sentence before is not its prior
_PREV_NOT = lazyre.compile(r"上一?年|去年|以来|累计|年均|其中|目标|计划|预计|力争|同口径|可比|(?:19|20)\d{2}\s*年")
_PRIOR_WORDS = ("上年", "上一年", "去年")
#: last year's end (a stock's prior: 年末 / 较上年末 against 上年末分别为…)
_PRIOR_ENDS = ("上年末", "上年底", "上一年末", "去年末", "去年底")
#: a comparison with last year's end: the stocks of a list with no label of their own are the year's end
_YEAR_END_CMP = lazyre.compile(r"(?:比|较|較|与|與)(?:上一?年|去年)(?:末|底)")
_LEVEL_ROLES = ("level", "rate", "share")


def _prior_of(periods: Tuple[str, ...], j: int) -> Optional[bool]:
    """Whether the ``j``-th list of a parallel list is stated for the year before the others' (上年/去年, or a year one
    before another list's year), for this year (no label, 今年/本年, or the later year), or None when its period is
    neither (another year, a year-end against a year)."""
    lab = re.sub(r"度|同期", "", periods[j])
    if lab in _PRIOR_WORDS or lab in _PRIOR_ENDS:
        return True
    if lab in ("", "今年", "本年", "年末", "年底"):
        return False
    y = re.fullmatch(r"((?:19|20)\d{2})年", lab)
    if y is None:
        return None
    years = {int(m.group(1)) for p in periods for m in [re.fullmatch(r"((?:19|20)\d{2})年", re.sub(r"度|同期", "", p))] if m}
    if int(y.group(1)) + 1 in years:
        return True
    if int(y.group(1)) - 1 in years:
        return False
    return None


#: a sentence opening with last year's label (上年全区…, 去年…): not 上年同期/上年末/上年以来 or a half of it
_PREV_OPEN = lazyre.compile(r"\s*(?:上一?年|去年)(?!同期|末|底|以来|起|[上下]半年)")


def _prior_sentence(doc: "Document", text: str, cur: List["Quantity"], s0: int) -> Optional[Tuple["Quantity", ...]]:
    """Last year's levels of the items whose levels are ``cur`` (a parallel list opening the sentence at ``s0``), stated
    in the sentence right before in the same paragraph: that sentence opens with 上年/去年, names no part of the year,
    and states exactly as many figures, each named as its item (``claims.metric.metric_key``: a list of the same members,
    上年全区一般公共预算收入和税收收入分别为86.4亿元、62.3亿元, or each figure under its item's name, 上年全区一般公共预算收入
    86.4亿元，税收收入62.3亿元), in the items' order."""
    from .metric import metric_key
    if s0 < 1 or text[s0 - 1] != "。":
        return None           # (the sentence before in the same paragraph: closed by 。, not by a line break)
    p0 = max(text.rfind("。", 0, s0 - 1), text.rfind("\n", 0, s0 - 1)) + 1
    if _PREV_OPEN.match(text, p0, s0 - 1) is None or _SUBPERIOD.search(text, p0, s0 - 1):
        return None
    starts = _starts(doc)
    i0, i1 = bisect.bisect_left(starts, p0), bisect.bisect_left(starts, s0 - 1)
    if i1 - i0 != len(cur):
        return None
    by_start = skeleton(doc)[1]
    prior = tuple(by_start[starts[i]] for i in range(i0, i1))
    if any(metric_key(doc, b.start) != metric_key(doc, v.start) for b, v in zip(prior, cur)):
        return None
    return prior


def _list_changes(doc: "Document", skel: str, text: str, out: List[Change]) -> None:
    """Each item's change in a parallel list (claims.lists.respective_members: every value an ordinary figure of its
    item), over that item's levels and differences: the item's level of this year, its level of the year before —
    a list of the same members for last year in the same sentence (分别为A1、A2（上年分别为P1、P2）), a later clause or
    sentence of the paragraph (。上年两项产量分别为…), or the sentence right before (上年A和B分别为…。A和B分别达到…) — and
    its difference (分别增加D1、D2): each growth, points or difference of the lists with the item's level and prior, or
    a growth with the item's difference (分别为A1、A2，分别比上年增加D1、D2，分别增长x1、x2); every other change read for the
    item's level of this year with no base, difference or transition of its own gets the item's prior.  Only when
    exactly one list of levels is this year's, at most one the year before's, values of one kind per member, printed
    exactly (or with 约), no qualifier (年均, 按可比价格…) in the sentence, a comparison with last year or none; a change
    read before for the same stated figure with a base, difference or transition of its own is kept as read, one read
    for another level means another reading (none added), one read without them is replaced.  In place, on ``out``."""
    if "分别" not in skel and "依次" not in skel:
        return
    from .lists import respective_members
    lists = respective_members(doc)
    if not lists:
        return
    by_amount = _by_amount(out)
    drop: set = set()
    add: List[Change] = []
    fill: Dict[int, "Quantity"] = {}
    by_current: Dict[int, List[int]] = {}
    for i, c in enumerate(out):
        if c.current is not None:
            by_current.setdefault(c.current.start, []).append(i)
    for k, rl in enumerate(lists):
        s0 = max(text.rfind(ch, 0, rl.start) for ch in "。\n") + 1
        e = [x for x in (text.find(ch, rl.end) for ch in "。\n") if x >= 0]
        s1 = min(e) if e else len(text)
        if QUALIFIERS.search(text, s0, s1):
            continue
        levels = [j for j, r in enumerate(rl.roles) if r in _LEVEL_ROLES]
        sides = [_prior_of(rl.periods, j) for j in levels]
        if None in sides or sides.count(False) != 1 or sides.count(True) > 1:
            continue
        jc = levels[sides.index(False)]
        cur = [vs[jc] for vs in rl.values]
        prior: Optional[Tuple["Quantity", ...]] = None
        lab = ""
        if True in sides:
            jp = levels[sides.index(True)]
            prior, lab = tuple(vs[jp] for vs in rl.values), rl.periods[jp]
            if "同期" not in lab and _SUBPERIOD.search(text, s0, s1):
                continue          # 上半年…，上年全年分别为…: the priors of another part of the year
            if lab in _PRIOR_ENDS and rl.periods[jc] not in ("年末", "年底") \
                    and not _YEAR_END_CMP.search(text, max(text.rfind("。", 0, rl.start), text.rfind("\n", 0, rl.start)) + 1, s1):
                continue          # 全年…分别为…，上年末分别为…: a flow is not compared with last year's stock
        elif not _PREV_NOT.search(text, s0, s1) and not _SUBPERIOD.search(text, s0, s1):
            prior = _prior_sentence(doc, text, cur, s0)
            lab = "上年"
        if any(v.approx not in (None, "≈") or unit_of(v) in TIME_UNITS for v in cur) \
                or prior is not None and any(not _same_kind(b, v) or b.approx not in (None, "≈")
                                             for b, v in zip(prior, cur)):
            continue
        deltas = [j for j, r in enumerate(rl.roles) if r == "delta"]
        made: List[Change] = []
        ok = True
        for jg, role in enumerate(rl.roles):
            if role not in ("growth", "points", "delta"):
                continue
            amts = _points_unit_once([vs[jg] for vs in rl.values])
            first = amts[0].start
            prev_end = rl.values[-1][jg - 1].end if jg else max(s0, first - 12)
            gap = skel[prev_end:first]
            verb = _OWN_VERB.search(gap)
            verb_at = prev_end + verb.start(1) if verb is not None else 0
            cm = _LIST_CMP.search(gap)
            cmp = cm.group() if cm else ""
            if verb is None or re.search(r"(?:19|20)\d{2}|年均|平均", text[prev_end:first]) \
                    or cm is None and re.search(r"比|较", gap):
                ok = False            # (分别比2019年增长…: another base than last year's; 年均: an average)
                break
            kind = {"growth": "percent", "points": "points", "delta": "amount"}[role]
            if any(_kind(a, "") != kind for a in amts) or kind == "points" and not all(v.is_percent for v in cur) \
                    or kind == "amount" and any(measure(a) != measure(v) or a.is_percent for a, v in zip(amts, cur)) \
                    or kind == "percent" and any(v.is_percent for v in cur):
                ok = False
                break
            jd = deltas[0] if kind == "percent" and len(deltas) == 1 and prior is None else None
            dverbs = None
            if jd is not None:
                dv = _OWN_VERB.search(skel, rl.values[-1][jd - 1].end if jd else max(s0, rl.values[0][jd].start - 12),
                                      rl.values[0][jd].start)
                dverbs = _item_verbs(skel, [vs[jd] for vs in rl.values], dv.group(1)) if dv else None
                if dv is None:
                    jd = None
            for i, (v, a, vb) in enumerate(zip(cur, amts, _item_verbs(skel, amts, verb.group(1)))):
                b = prior[i] if prior is not None else None
                d = rl.values[i][jd] if jd is not None else None
                if b is None and d is None:
                    continue
                made.append(Change(start=min(v.start, a.start), end=max(a.end, v.end), verb=vb, verb_start=verb_at,
                                   verb_end=verb_at + len(verb.group(1)), direction=_direction(vb), kind=kind,
                                   amount=a, comparison=cmp or ("比" + lab if b is not None else ""), base=b,
                                   base_label=lab if b is not None else "", current=v, approx=a.approx is not None,
                                   delta=d, delta_direction=_direction(dverbs[i]) if d is not None else 0,
                                   listed=True))
        if not ok:
            continue
        rep: List[int] = []
        kept: List[Change] = []
        for c in made:
            richer = False
            for i in by_amount.get(c.amount.start, ()):
                o = out[i]
                if o.current is not None and o.current.start != c.current.start:
                    ok = False        # another level read for a figure of the list: another reading, none added
                    break
                if o.base is not None or o.delta is not None or o.transition is not None:
                    richer = True     # read before with its own base or difference: kept as read
                else:
                    rep.append(i)
            if not ok:
                break
            if not richer:
                kept.append(c)
        if not ok:
            continue
        drop.update(rep)
        add.extend(kept)
        if prior is not None:
            # the other changes read for the items' levels: each item's prior, when every item's level is the
            # value of such a change and none has a base, difference, transition or another comparison of its own
            claims = [[i for i in by_current.get(v.start, ()) if i not in drop and out[i].kind in ("percent", "amount", "points")]
                      for v in cur]
            if all(claims) and not any(out[i].base is not None or out[i].delta is not None or out[i].transition is not None
                                       or out[i].comparison and not _LAST_YEAR_CMP.match(out[i].comparison)
                                       for ii in claims for i in ii):
                for b, ii in zip(prior, claims):
                    fill.update((i, b) for i in ii)
    for i, b in fill.items():
        out[i] = dataclasses.replace(out[i], base=b, base_label="上年")
    if drop or add:
        out[:] = [c for i, c in enumerate(out) if i not in drop] + add


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


#: the words of a clause that name no metric of their own (a verb of the value, a scope, a bound, a total's word)
_NOT_A_METRIC_CLAUSE = lazyre.compile(r"达到|達到|达|達|为|為|是|实现|實現|完成|共计|共計|共|约|約|超过|超過|突破|近|逾|首次|"
                                      r"再次|全年|当年|全[市省区县国]|本[市省区县]|\s")


def real_growth_metric(doc: "Document", pos: int) -> bool:
    """Whether the metric named before ``pos`` (in its sentence, up to 40 characters back) is one whose
    growth rate is real growth by convention (地区生产总值, 工业增加值, 人均GDP)."""
    text = folded_text(doc)
    lo = max(0, pos - 40)
    cut = max(text.rfind("。", lo, pos), text.rfind("\n", lo, pos), text.rfind("；", lo, pos))
    m = _REAL_METRIC.search(text, cut + 1 if cut >= 0 else lo, pos)
    if m is not None:
        # 地区生产总值增长6%左右，一般公共预算收入达到86亿元、增长7.5%: the real metric's clause has its own figure, and a
        # clause after it names another metric (no real one) before ``pos``: a list of targets or of results, item by item
        c = max(text.rfind("，", m.end(), pos), text.rfind(",", m.end(), pos))
        if c >= 0 and _REAL_METRIC.search(text, c, pos) is None:
            import bisect
            qs = _starts(doc)
            # (the clause must name something: 达到1,024亿元 after 规上工业增加值增长6.9% is the real metric's own level;
            # ，总额1100亿元 names another item's total)
            named = _NOT_A_METRIC_CLAUSE.sub("", text[c + 1:pos])
            if bisect.bisect_left(qs, c) > bisect.bisect_left(qs, m.end()) and re.search(r"[\u4e00-\u9fff]{2}", named):
                return False
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


# -- operands in any order ----------------------------------------------------------------------------------------
#: a clause opening with an earlier period's label and stating one value (而上年为A / 上年末为A / 年初为A / 五年前为A /
#: 改革前的2020年为A / 上年满意率为A / 上年该项指标为A): the label, the words naming the metric, the value
_PRIOR_CLAUSE = lazyre.compile(
    r"\s*(?:而|但|相比之下)?(?P<lab>上一?年(?:度|末|底|同期)?|去年(?:末|底|同期)?|年初|前一年|原来|原先|"
    r"(?:19|20)\d{2}年(?:末|底)?|" + _CNYEAR + r"(?:末|底)?|(?:[一二三四五六七八九十两]年|" + _Q + r")前|"
    r"[\u4e00-\u9fff]{0,8}?(?:改革|调整|实施|整合|合并)前)"
    r"(?:的(?:(?:19|20)\d{2}|[一二三四五六七八九][〇○零一二三四五六七八九]{3})年)?(?:的)?"
    # (a year's label framing its sentence with a comma: 2022年，全县农村自来水普及率为91.2%)
    r"(?:(?<=年)[，,](?=[^，,。；;\n]{2,20}" + _Q + r"))?"
    r"(?P<w>[\u4e00-\u9fff]{0,14}?)(?:仅|只|才)?(?:为|是|有|达到|达|共)?\s*(?P<q>" + _Q + r")(?=[，,。；;）)\n]|$)")
#: a clause opening with this period's label and stating one value (今年为B / 全年办理公证B / 2024年为B)
_NOW_CLAUSE = lazyre.compile(
    r"\s*(?P<lab>今年|全年|本年度?|当年|年末|年底|目前|现在|(?:19|20)\d{2}年(?:末|底)?|"
    # 改革后为504件 / 调整后为1,286项: the period after the change the prior's label names
    r"[\u4e00-\u9fff]{0,8}?(?:改革|调整|实施|整合|合并)后)"
    r"(?P<w>[\u4e00-\u9fff]{0,14}?)(?:为|是|有|达到|达|共)?\s*(?P<q>" + _Q + r")(?=[，,。；;）)\n]|$)")
#: words before a claim in its sentence that leave whose change it is, or against what, open
_CLAIM_UNSURE = lazyre.compile(r"其中|年均|平均|累计|目标|计划|预期|力争|争取|预计|确保")
#: a clause stating a level reached or held (达到, 共有, 总数, 年末…), not a flow
_LEVEL_CLAUSE = lazyre.compile(r"达到|达|共有|现有|实有|总数|总量|总计|年末|年底|期末|末")
#: words after a prior's label that refer back to the claim's metric (上年该项指标为A, 这一数字)
_SAME_METRIC_WORDS = lazyre.compile(r"(?:该项|该|这一|此项|这项)(?:指标|数字|数据|数值|比例|比率)|同期|水平")
#: 较年初 / 比上年末 / 比2020年: the period a comparison is against, as a prior clause would label it
_CMP_PERIOD = lazyre.compile(r"(?:同比|比|较之?|与|同|相比)(?P<p>上一?年(?:度|末|底)?|去年(?:末|底)?|年初|前一年|"
                             r"(?:19|20)\d{2}年(?:末|底)?|" + _CNYEAR + r"(?:末|底)?)")


#: patterns of _label_norm, compiled once (a call of re's module functions looked each one up in
#: re's cache on every call, and compiled it again once other patterns had pushed it out)
_LABEL_NORM_RE1 = lazyre.compile(r"底$")
_LABEL_NORM_RE2 = lazyre.compile(r"同期$")


def _label_norm(lab: str) -> str:
    lab = lab.replace("去年", "上年").replace("上一年", "上年").replace("上年度", "上年").replace("前一年", "上年")
    return _LABEL_NORM_RE1.sub("末", _LABEL_NORM_RE2.sub("", lab))


def _periods_wanted(ch: Change, text: str) -> Optional[set]:
    """The labels a prior clause may carry to be this claim's base: the period its comparison names (比上年: 上年;
    较年初: 年初; 比上年末: 上年末; 比2020年: 2020年; 是五年前的N倍: 五年前); no comparison written: last year's (上年,
    上年末).  None when the comparison is another (环比, a plan, an estimate)."""
    cmp = ch.comparison or ""
    if ch.kind in ("times_to", "times") and ch.verb in ("是", "为", "相当于", "达到", "达", "增长到", "增加到", "扩大到",
                                                         "扩大至", "增至", "提高到", "提升到", "上升到"):
        lab = text[ch.verb_end:(ch.amount.start if ch.amount is not None else ch.end)]
        lab = re.sub(r"的.*$", "", lab)
        return {_label_norm(lab)} if lab else None
    if not cmp or cmp == "同比":
        return {"上年", "上年末"}
    m = _CMP_PERIOD.match(cmp)
    if m is None or m.end() < len(cmp) - 2:
        return None
    p = _label_norm(m.group("p"))
    return {p, "上年末"} if p == "上年" else {p}


def _operand_clauses(doc, skel: str, text: str, by_start: Dict[int, "Quantity"], lo: int, hi: int, pattern):
    """The clauses of ``pattern`` opening right after a break in [lo, hi): (match, quantity)."""
    out = []
    for k in [lo] + [b.end() for b in _CLAUSE_BREAKS.finditer(skel, lo, hi)]:
        m = pattern.match(skel, k, hi)
        if m is not None and m.start("q") in by_start:
            out.append((m, by_start[m.start("q")]))
    return out


_CLAUSE_BREAKS = lazyre.compile(r"[，,；;。：:（(]")


def _operands_around(doc: "Document", skel: str, text: str, by_start: Dict[int, "Quantity"],
                     out: List[Change]) -> List[Change]:
    """A comparison whose base the patterns above did not read, bound to the two levels of its metric stated around it
    in whatever order: the base in a clause labelled with the period compared with, after the claim in its sentence
    (增长8.3%，全年办理公证11,820件，而上年为10,914件 / 较年初增加612.8亿元，年初为8,029.5亿元 / 是五年前的1.5倍，五年前为
    7,880件，今年为11,820件) or opening the next sentence (比上年提高2.4个百分点。上年该项指标为95.2%); the current value
    before the claim, right after it (提高3.1个百分点，达到97.7%) or in a clause labelled with this period; or a
    由A增加到B right after the claim with no words of its own (提高了6.3个百分点，从72.7%提高到79.0%).  The levels
    have one measure (and are rates for points); the words after the prior's label are none, words of the claim's own
    clause, or words referring back (该项指标).  When two values could be the base, none is taken.  Each claim reads
    a bounded window: linear."""
    if not out:
        return out
    trans_by_start: Dict[int, List[Transition]] = {}
    for t in transitions(doc):
        trans_by_start.setdefault(t.start, []).append(t)
    # the verbs of every claim, in order: a base after a claim is its own only before the next claim's verb
    verbs = sorted(ch.verb_start for ch in out)
    res = []
    for ch in out:
        if ch.base is not None or ch.listed or ch.delta is not None or ch.transition is not None \
                or ch.kind not in ("percent", "points", "amount", "times_to", "times") \
                or (ch.amount is None and ch.factor is None):
            res.append(ch)
            continue
        k = bisect.bisect_right(verbs, ch.verb_start)
        new = _bind_around(doc, skel, text, by_start, ch, trans_by_start, verbs[k] if k < len(verbs) else len(text))
        if new is None:
            new = _year_part_base(doc, skel, text, ch)
        if new is None and ch.current is None and ch.kind in ("percent", "amount"):
            # 全年全社会固定资产投资849.5亿元。增长12.1%。: a change opening its sentence with no subject of its own (or
            # one naming the level's metric) is about the level closing the sentence before — read as the same change
            # after a comma is (…849.5亿元，增长12.1%: the value, no prior), so every reader of a change sees its level
            # (a level its sentence names a year of is the claim's only when that year is the latest the sentences before
            # open with — else the report's: 2023年…45件。2022年…36件。今年比上年多化解9件 — the sentence before is the
            # prior year's)
            ss0 = _sentence_start(text, ch.start)
            # (同2022年决算比较，本年收入增长15.5% after 2023年全市预算规定，本年收入为54.0亿元。: a change its own sentence
            # frames — a year it is compared with, a state of an account (决算, 预算, 计划…) — is of another frame than
            # the figure closing the sentence before; never bound across the 。 — yearlevels.frame_pairs reads it, both
            # levels from the index with its checks)
            lc = None if _OWN_FRAME.search(_BUDGET_NAME_WORDS.sub("", text[ss0:ch.verb_start])) else \
                _level_closing_before(doc, skel, text, by_start, ch, ss0)
            oy = None if lc is None else (_OPENING_YEAR.match(text, _clause_start(skel, lc.start))
                                          or _OPENING_YEAR.match(text, _sentence_start(text, lc.start)))
            if oy is not None:
                dy = _doc_year(doc)
                later = [int(m.group(1)) for m in (_OPENING_YEAR.match(text, lo) for lo, _hi in _earlier_sentences(text, ss0))
                         if m is not None]
                cy = max(later) if later else dy
                if cy is not None and int(oy.group(1)) != cy:
                    lc = None
            if lc is not None and (ch.kind == "percent" or (ch.amount is not None and measure(ch.amount) == measure(lc))):
                new = dataclasses.replace(ch, current=lc)
        res.append(new if new is not None else ch)
    return res


def _part_levels(doc: "Document", skel: str, text: str) -> Dict[Tuple[int, str, str], List["Quantity"]]:
    """The plain levels of each year part of the report (:func:`lintgov.claims.horizons.year_parts`), by (year, metric
    identity, measure): figures stated exactly, in a clause naming no other period, no part, change, plan or mean
    (built once per document, when a claim first asks)."""
    c = _cache(doc)
    if "part_levels" in c:
        return c["part_levels"]  # type: ignore[return-value]
    from .horizons import part_year, year_parts
    from .metric import identity_key, metric_key
    out: Dict[Tuple[int, str, str], List["Quantity"]] = {}
    if year_parts(doc):
        for q in doc.quantities:
            y = part_year(doc, q.start)
            if y is None or q.approx is not None or q.is_percent or not measure(q):
                continue
            ss = _sentence_start(text, q.start)
            words = text[_clause_start(skel, q.start):q.start]
            if _LABELLED_BAD.search(words) or _OTHER_PERIOD.search(words) or _CLAIM_UNSURE.search(text, ss, q.start) \
                    or _LATER_PLAN.search(text, ss, q.start) or _SUBPERIOD.search(text, ss, q.start):
                continue
            key = metric_key(doc, q.start)
            if len(key) >= 3:
                out.setdefault((y, identity_key(key), measure(q)), []).append(q)
    c["part_levels"] = out
    return out


def _year_part_base(doc: "Document", skel: str, text: str, ch: Change) -> Optional[Change]:
    """A change of this year's level against last year's (比上年 / 同比 / none named) stated in a report split into year
    parts (（一）2023年回顾 全年调解纠纷3,412件 … （二）2024年工作 全年调解纠纷3,958件，比上年增长16.0%): the base is the
    level of the same metric (one identity, :func:`lintgov.claims.metric.identity_key`; the same measure and scope
    words) the part of the year before states — one value only.  Never a claim of a plan, a mean, a part of the year or
    qualified (可比价, 年均…), nor one whose level is not this part's plain level."""
    part_year = _late_horizons.part_year
    identity_key, metric_key = _late_metric.identity_key, _late_metric.metric_key
    cur = ch.current
    if cur is None or ch.base is not None or ch.kind not in ("percent", "amount") or cur.approx is not None:
        return None
    y = part_year(doc, cur.start)
    if y is None or part_year(doc, ch.verb_start) != y:
        return None
    review_part = _late_review.review_part
    end, known = review_part(doc, lines=True)
    if known and cur.start >= end:
        return None       # (a plan's level against the review's: _review_level's reading, with its price bases and budgets)
    wanted = _periods_wanted(ch, text)
    if not wanted or "上年" not in wanted:
        return None
    ss = _sentence_start(text, cur.start)
    if QUALIFIERS.search(text, ss, ch.end) or _CLAIM_UNSURE.search(text, ss, ch.verb_start) \
            or _LATER_PLAN.search(text, ss, ch.verb_start) or _SUBPERIOD.search(text, ss, ch.verb_start):
        return None
    levels = _part_levels(doc, skel, text)
    key = identity_key(metric_key(doc, cur.start))
    if cur not in levels.get((y, key, measure(cur)), ()):
        return None
    got = levels.get((y - 1, key, measure(cur)), [])
    scope = set(_WIDE_SCOPE.findall(text, _clause_start(skel, cur.start), cur.start))
    got = [q for q in got if set(_WIDE_SCOPE.findall(text, _clause_start(skel, q.start), q.start)) == scope]
    if not got or len({value_of(q) for q in got}) != 1 or not _levels_fit(ch, got[0], cur):
        return None
    return dataclasses.replace(ch, base=got[0], base_label=f"{y - 1}年")


def _levels_fit(ch: Change, a: "Quantity", b: "Quantity") -> bool:
    if a is b or measure(a) != measure(b) or a.is_percent != b.is_percent:
        return False
    if a.approx not in (None, "≈") or b.approx not in (None, "≈"):
        return False
    if ch.kind == "points":
        return a.is_percent and rate_unit(a) == rate_unit(b)
    if ch.kind == "amount":
        return ch.amount is not None and not ch.amount.is_percent and measure(ch.amount) == measure(a)
    return not a.is_percent and unit_of(a) != "倍"


def _bind_around(doc, skel, text, by_start, ch: Change, trans_by_start, next_verb: int) -> Optional[Change]:
    end = ch.end if ch.amount is None else max(ch.end, ch.amount.end)
    se = lazyre.find_any(text, _SENT_STOPS, end, end + 200)
    if se < 0:
        se = min(len(text), end + 200)
    # (…增长5.0%，非税收入增长12.0%，上年为38.0亿元: a base after the next claim may be that one's)
    own_end = min(se, next_verb) if next_verb > end else se
    ss = _sentence_start(text, ch.start)
    if QUALIFIERS.search(text, max(ss, ch.start - 30), end):
        return None     # 年均, 可比价, 累计增长…: not the two levels' plain change
    if _CLAIM_UNSURE.search(text, ss, ch.verb_start) or (ch.kind == "percent" and _NEW_FLOW_WORDS.search(
            text, _clause_start(skel, ch.start), ch.verb_start)):
        # 总额86.4亿元，其中出口52.3亿元，同比增长8%: the growth may be the whole's; a plan's, an estimate's or a flow's
        # (新增企业122家，增长9.5%: the rate may be the total's) figure has no plain base either
        return None
    # a 由A增加到B right after the claim, with no words of its own (提高了6.3个百分点，从72.7%提高到79.0%)
    if ch.current is None:
        k = end
        while k < se and skel[k] in " ，,":
            k += 1
        if k > end:
            cands = list(trans_by_start.get(k, ()))
            if not cands:
                # 零售总额增长11.9%，总额由上年的170.0亿元增加到190.2亿元: words naming the claim's metric before the 由
                bare_key = _late_lookback.bare_key
                words_key = _late_metric.words_key
                wm = re.compile(r"[\u4e00-\u9fff]{2,10}?(?=[由从])").match(text, k, min(se, k + 11))
                claim_name = text[_clause_start(skel, ch.verb_start):ch.verb_start]
                if wm is not None and not bare_key(words_key(wm.group())) and not bare_key(words_key(claim_name)) \
                        and not _LABELLED_BAD.search(wm.group()) and _names_agree(wm.group(), claim_name, later="a"):
                    cands = list(trans_by_start.get(wm.end(), ()))
            for t in cands:
                if _levels_fit(ch, t.base, t.current) and not _in_list_or_ratio(skel, t.base, t.current) \
                        and (ch.direction == 0 or ch.kind in ("times_to", "times")
                             or (value_of(t.current) - value_of(t.base)) * ch.direction >= 0):
                    return dataclasses.replace(ch, base=t.base, current=t.current, base_label=t.base_label or "由")
    wanted = _periods_wanted(ch, text)
    if not wanted:
        return None
    cur = ch.current
    if cur is None:
        pc = _post_cur(skel, text, end, ch.amount, by_start)
        if pc is not None:
            cur = by_start[pc.start("cur")]
    cs = _clause_start(skel, ch.verb_start)
    # (not across a ；: 区级…62亿元，增长3.2%；全市…215亿元，增长6.4%；上年区级为60.1亿元 — 区级 names the claim before the ；,
    # and the prior labelled with it is that claim's, not this one's)
    semi = max(skel.rfind("；", ss, cs), skel.rfind(";", ss, cs))
    claim_words = text[max(ss, cs - 40, semi + 1):ch.verb_start]
    # (the year the claim's sentence opens with, else the report's: a text naming neither leaves 2023年 open — the
    # brackets' years may be two years before the one the claim is of)
    cyear = _claim_year(doc, text, ss)
    priors = [(m, q) for m, q in _operand_clauses(doc, skel, text, by_start, end, own_end, _PRIOR_CLAUSE)
              if _label_fits_wanted(text[m.start("lab"):m.end("lab")], wanted, ch.kind)
              or _year_before_fits(doc, text[m.start("lab"):m.end("lab")], wanted, cyear)]
    next_open = False
    if not priors and own_end == se and se < len(text) and text[se] == "。":
        # the next sentence opening with the prior's label (。上年满意率为93.7% / 。上年该项指标为95.2%)
        ends2 = [x for x in (text.find(c, se + 1, se + 120) for c in _SENT_STOPS) if x >= 0]
        m = _PRIOR_CLAUSE.match(skel, se + 1, min(ends2) if ends2 else min(len(text), se + 120))
        if m is not None and m.start("q") in by_start and _label_fits_wanted(text[m.start("lab"):m.end("lab")], wanted,
                                                                              ch.kind):
            priors = [(m, by_start[m.start("q")])]
            next_open = True
    good = []
    # (a claim opening its sentence with no subject of its own is about the level closing the sentence before: the
    # prior's words may name that level's metric — 全年用水总量3.42亿立方米。较上年减少7.3%，上年用水总量3.50亿立方米)
    # (…劳动人事争议仲裁案件1,836件。比上年增加156件，上年受理仲裁案件1,680件: named by its head, as an operand is)
    lead = cur if cur is not None or not priors else _level_closing_before(doc, skel, text, by_start, ch, ss)
    for m, q in priors:
        w = m.group("w")
        # (a share named by another of its words — 占…的比重 / 上年…占比 — as a prior after it in its sentence is:
        # _words_name, read alike across the 。 of a prior opening the next sentence)
        if w and not _SAME_METRIC_WORDS.fullmatch(w) and not _POINT_BACK.fullmatch(w) and not _words_name(w, claim_words) \
                and (lead is None or (w not in text[_clause_start(skel, lead.start):lead.start]
                                      and (lead is cur or not _operand_names(
                                          w, [text[_clause_start(skel, lead.start):lead.start]])))):
            continue      # 上年接待游客A after a claim about revenue: another metric
        good.append((m, q))
    if not good and cur is not None and ch.current is None and ch.kind in ("percent", "points", "amount"):
        # 上年…毛入学率为94.6%；今年提高3.1个百分点，达到97.7%: the value reached after the claim, last year's level
        # stated before it — read as for a value before its claim (:func:`_base_earlier`), the metric named before the verb
        eb = _base_earlier(doc, skel, text, by_start, cur, ch.comparison or "", -1, ch.kind, ch.amount, ch.verb_start)
        if eb is not None and _levels_fit(ch, eb[0], cur):
            return dataclasses.replace(ch, base=eb[0], current=cur, base_label=eb[1])
        if priors:
            return None
    if (not priors or (next_open and not good)) and own_end == se:
        # the operands one or two sentences later in the paragraph (增长8.3%。据统计，全年登记…4,312件，上年为4,702件);
        # a claim opening its sentence with no subject of its own is about the level closing the sentence before
        # (全年受理…318件。与上年相比，增加57件。上年受理…261件)
        if cur is None:
            cur = _level_closing_before(doc, skel, text, by_start, ch, ss)
        later = _later_operands(doc, skel, text, by_start, ch, cur, se, next_verb, wanted)
        # (…the base one or more sentences earlier: 2020年仅为342件。今年的案件量是2020年的3倍)
        return later if later is not None else _earlier_operands(doc, skel, text, by_start, ch, cur, ss, wanted)
    if len({value_of(q) for _m, q in good}) != 1:
        return None
    pm, base = good[0]
    plab = text[pm.start("lab"):pm.end("lab")]
    if cur is None:
        # this period's level in a clause of its own, after the claim (全年办理公证B，而上年为A / 五年前为A，今年为B)
        subject = text[cs:ch.verb_start]
        nows = [q for m, q in _operand_clauses(doc, skel, text, by_start, end, own_end, _NOW_CLAUSE)
                if q is not base and not _LABELLED_BAD.search(m.group("w")) and _names_agree(subject, m.group("w"), later="b")
                and not (m.group("lab")[:4].isdigit() and plab[:4].isdigit() and int(m.group("lab")[:4]) <= int(plab[:4]))
                # (a named year for this period's level is the claim's own year, when known)
                and not (m.group("lab")[:4].isdigit() and cyear is not None and int(m.group("lab")[:4]) != cyear
                         and plab[:4].isdigit() and int(plab[:4]) == cyear - 1)]
        if not nows:
            # 规上工业企业达到1,486家，年内净增入规企业128家，上年末为1,358家: the level reached before the claim, the
            # one value of the base's measure in its sentence there, in a clause stating a level (达到, 共有, 总数…)
            ss = _sentence_start(text, ch.start)
            ks = _starts(doc)
            before = [by_start[k] for k in ks[bisect.bisect_left(ks, ss):bisect.bisect_left(ks, ch.start)]]
            before = [q for q in before if _same_kind(q, base) and (ch.amount is None or q is not ch.amount)]
            bw = text[_clause_start(skel, before[0].start):before[0].start] if len(before) == 1 else ""
            if len(before) == 1 and _LEVEL_CLAUSE.search(bw) and not _LABELLED_BAD.search(bw) \
                    and _names_agree(subject, bw, later="a"):
                nows = before
        if not nows:
            # 年末参保人数31.20万人。比上年末增加1.45万人，上年末为29.75万人: the level closing the sentence before
            lc = _level_closing_before(doc, skel, text, by_start, ch, _sentence_start(text, ch.start))
            nows = [lc] if lc is not None and lc is not base else []
        if len(nows) != 1:
            # (2019年该类案件203件，2023年为786件: the base opening the next sentence, this period's level after it)
            return _later_operands(doc, skel, text, by_start, ch, None, se, next_verb, wanted) if next_open else None
        cur = nows[0]
    if not _levels_fit(ch, base, cur):
        return None
    ks = _starts(doc)
    if any(by_start[k] is not cur and _same_kind(by_start[k], base)
           for k in ks[bisect.bisect_right(ks, end):bisect.bisect_left(ks, pm.start("q"))]):
        return None     # 增长8.0%，其中出口260亿元；上年为360亿元: another value of the measure between: whose base it is is open
    return dataclasses.replace(ch, base=base, current=cur, base_label=plab)


#: words after a prior's label that point back to the claim's metric (该类案件, 这一比重, 这一数额, 上述指标)
_POINT_BACK = lazyre.compile(r"(?:该|這|这一?|這一|此|上述|同类|同類)(?:类|類|项|項|个|個)?(?:案件|事项|事項|数额|數額|比重|比例|比率|"
                             r"指标|指標|数字|數字|数据|數據|数值|數值|数量|數量|规模|規模|总量|總量|金额|金額|人数|人數)?")
#: what a clause naming an operand may not hold: a part, a change, a span, a plan, a mean, a share
_OPERAND_BAD = lazyre.compile(r"其中|其中的|中的|涉及|分别|比|较|增长|增加|下降|减少|提高|降低|年均|平均|累计|目标|计划|预计|力争|"
                              r"占|新增|净增|以上|以下|预算|同期|季度|半年|月份|\d+月|前[一二三四五六七八九十两\d]+个?月")
#: this period's labels a level after a claim may carry (全年登记…4,312件 / 今年为…)
_NOW_LABEL = lazyre.compile(r"今年|全年|本年度?|当年|年末|年底|(?:19|20)\d{2}年(?:末|底)?")
#: a comparison closing a claim's words before its verb (…同比, …比上年, …较上年末): no part of the metric's name
_CLAIM_CMP_END = lazyre.compile(r"(?:同比|比|较|較|与|與)(?:上一?年|去年|年初)?[末底度]?(?:同期)?(?:相比)?$")
#: the names of a rate (占比, 比重): no share of another figure, no comparison
_RATE_NAMES = lazyre.compile(r"占比|比重|比例|比率")
#: how many sentences after a claim's own its operands are looked for (of its paragraph)
_LATER_SENTENCES = 2


#: a label of another period than this one in a level's clause (上年, 去年同期, 年初, a named year)
_OTHER_PERIOD = lazyre.compile(r"上一?年|去年|前一年|同期|年初|(?:19|20)\d{2}\s*年|" + _CNYEAR)


def _level_closing_before(doc, skel, text, by_start, ch: Change, ss: int) -> Optional["Quantity"]:
    """The level a claim opening its sentence with no subject of its own (与上年相比，增加57件 / 同比增长21.8%) is about:
    the figure closing the sentence right before in its paragraph, of this period (no label of another, no change, part
    or plan in its clause) — else None."""
    _NO_SUBJECT = _late_levels._NO_SUBJECT
    bare_key = _late_lookback.bare_key
    words_key = _late_metric.words_key
    if ss < 1:
        return None
    # the claim's own words before its verb, less its comparison (比年初, 与上年相比…): none, or a name of the level's
    # metric (利润同比下降5.1% after …实现利润26.80亿元。 / 与上年相比，参训人次增加… after 全年参训15,300人次。)
    subject = None
    if not _NO_SUBJECT.fullmatch(skel, ss, ch.verb_start):
        lo = ss
        cs = _clause_start(skel, ch.verb_start)
        if cs > ss and skel.find(QTOK, ss, cs) < 0:
            # (受市场需求减弱影响，利润同比下降4.2% / 与上年相比，培训规模持续扩大，增加3,180人次: clauses stating no figure
            # before the claim's own say why or how; the claim's clause names its metric, or none)
            lo = cs
        subject = _NO_SUBJECT_CMP.sub("", text[lo:ch.verb_start]) or None
        if subject is not None and (_LABELLED_BAD.search(subject) or _OTHER_PERIOD.search(subject) \
                or not re.fullmatch(r"[\u4e00-\u9fff]{2,12}", subject)):
            return None
    q = _figure_closing_sentence(skel, text, by_start, ss)
    if q is None or q.is_percent or q.approx not in (None, "≈"):
        return None
    words = text[_clause_start(skel, q.start):q.start]
    oy = _OPENING_YEAR.match(words)
    if oy is not None and (_doc_year(doc) is None or int(oy.group(1)) == _doc_year(doc)):
        words = words[oy.end():]      # (2024年全年参训14,620人次: the year of the report's figures, or of a text naming none)
    if _LABELLED_BAD.search(words) or _LATER_PLAN.search(words) or _OTHER_PERIOD.search(words):
        return None
    if subject is not None and (bare_key(words_key(subject)) or bare_key(words_key(words))
                                or not _names_agree(subject, words, later="a")):
        return None
    return q


#: the comparison words a claim opening its sentence may carry besides its metric's name (比年初, 与上年相比，, 同比)
_NO_SUBJECT_CMP = lazyre.compile(r"与(?:上一?年|去年|上年同期|年初|上年末)相比[，,]?|(?:同比|环比)|(?:比|较)(?:上一?年|去年|年初|上年末)(?:同期)?|"
                                 r"[\s，,]")


def _later_sentences(text: str, se: int):
    """(start, end) of the sentences after the one ending at ``se``, at most :data:`_LATER_SENTENCES`, while the
    paragraph goes on (each closed by 。, within 200 characters) and none states a plan (:data:`_LATER_PLAN`)."""
    if se >= len(text) or text[se] != "。":
        return
    lo = se + 1
    for _ in range(_LATER_SENTENCES):
        ends = [x for x in (text.find(c, lo, lo + 200) for c in _SENT_STOPS) if x >= 0]
        if not ends:
            return
        hi = min(ends)
        if _LATER_PLAN.search(text, lo, hi):
            return        # a plan's figures
        yield lo, hi
        if text[hi] != "。":
            return        # the paragraph ends
        lo = hi + 1


def _operand_names(words: str, names: List[str], own_scope: str = "") -> bool:
    """Whether the words naming an operand (after its label, less a closing copula) name the claim's metric, named by
    ``names`` (the claim's own words, its level's): they point back to it (该类案件, 这一比重), name nothing, name it or
    its head (办结率 for 消费投诉办结率, 矛盾纠纷 for 各类矛盾纠纷: the name's key, less actions and a closing 量/数, ends
    with theirs) — never more than it (入境游客 is a part of 游客), an action alone only when a name holds it, an action
    other than the name's (上年审结… for 受理…), a scope the names and the report do not have (上年全省…), a figure per
    person for a total or the other way round, a part, a change, a part of the year, a plan or a mean
    (:data:`_OPERAND_BAD`)."""
    from .lookback import _SCOPE, bare_key
    from .metric import _ACTIONS, words_key
    w = _W2_VERB_END.sub("", words)
    if _OPERAND_BAD.search(_RATE_NAMES.sub("", w)):
        return False
    if not w or _POINT_BACK.fullmatch(w) or _SAME_METRIC_WORDS.fullmatch(w):
        return True
    if bare_key(words_key(w)):
        return any(w in n for n in names)
    acts = set(_ACTIONS.findall(w))
    if acts:
        # 受理 and 审结 name two metrics of one kind of case: an action named on both sides must be one
        names = [n for n in names if not _ACTIONS.search(n) or acts & set(_ACTIONS.findall(n))]
    if any(not any(sc in n for n in names) and (sc != own_scope or sc in ("全省", "全国", "全國"))
           for sc in set(_SCOPE.findall(w))):
        return False      # 上年全省接待游客 after 全市…: another area's (only the report's own, 全市, may go unnamed)
    kw = _QTY_TAIL.sub("", words_key(w))
    kw2 = _ACTIONS.sub("", kw)
    # (余额 / 总额 alone: a name that is a quantity's tail only, matched whole against the name's own tail)
    kw3 = words_key(w) if len(kw) < 2 else ""
    for n in names:
        kn = _QTY_TAIL.sub("", _CLAIM_CMP_END.sub("", words_key(n)))
        if ("人均" in kn) != ("人均" in kw) or bare_key(kn):
            continue
        if (len(kw) >= 2 and kn.endswith(kw)) or (len(kw2) >= 2 and _ACTIONS.sub("", kn).endswith(kw2)):
            return True
        full = _CLAIM_CMP_END.sub("", words_key(n))
        if len(kw3) >= 2 and len(full) > len(kw3) and full.endswith(kw3):
            return True
    return False


def _later_operands(doc, skel, text, by_start, ch: Change, cur: Optional["Quantity"], se: int, next_verb: int,
                    wanted: set) -> Optional[Change]:
    """The operands of a claim stated after its sentence, one or two sentences later in its paragraph, before any
    other claim (全年信访总量同比下降8.3%。据统计，全年登记来信来访4,312件次，上年为4,702件次 / 受理案件318件，比上年增加57件。
    审结290件。上年受理案件261件 / 增加214件。2023年该类案件为972件，2024年为1,186件): the base is a clause labelled with
    the period compared with (for 比上年, also the year before this period's named year stated with it); its words point
    back to the claim's metric or name it (:func:`_operand_names`); this period's level is the claim's own (stated
    before it), else the one other value of the measure in the base's sentence, in the clause right before or after
    the base's, named alike.  Every base and level the later sentences give must be one pair of values; else none
    (which one is meant is not ours to guess).  Bounded: two sentences, their clause starts."""
    if se >= len(text) or text[se] != "。" or next_verb <= se:
        return None
    names = [text[_clause_start(skel, ch.verb_start):ch.verb_start]]
    if cur is not None:
        names.append(text[_clause_start(skel, cur.start):cur.start])
    year = _doc_year(doc)
    if year is None:
        # (a text naming no report year: the year its claim's sentence, or its level's, opens with)
        year = _claim_year(doc, text, _sentence_start(text, ch.verb_start)) or (
            _claim_year(doc, text, _sentence_start(text, cur.start)) if cur is not None else None)
    ks = _starts(doc)
    own_scope_word, sole_scope_word = _late_stocks.own_scope_word, _late_stocks.sole_scope_word
    scope = own_scope_word(doc) or sole_scope_word(doc) or ""
    found = []
    _PART_OF_YEAR = _late_lookback._SUBPERIOD
    own_part = _PART_OF_YEAR.search(text, _sentence_start(text, ch.verb_start), ch.verb_start)
    own_part = own_part.group() if own_part is not None else None
    for lo, hi in _later_sentences(text, se):
        if hi > next_verb:
            break         # another claim in the sentence: its operands may be that one's
        in_sent = [by_start[k] for k in ks[bisect.bisect_left(ks, lo):bisect.bisect_left(ks, hi)]]
        for k in [lo] + [b.end() for b in _CLAUSE_BREAKS.finditer(skel, lo, hi)]:
            m = _PRIOR_CLAUSE.match(skel, k, hi)
            if m is None or m.start("q") not in by_start:
                continue
            q = by_start[m.start("q")]
            lab = _label_norm(text[m.start("lab"):m.end("lab")])
            bp = _PART_OF_YEAR.search(text, k, q.start)
            if (bp.group() if bp is not None else None) != own_part or (own_part and "全年" in text[k:q.start]):
                continue      # 一季度…同比增长10.0%。上年全年受理1,120件: a part of the year against another period
            same = [x for x in in_sent if x is not q and _same_kind(x, q)]
            if cur is not None:
                now = cur
                if lab not in wanted and not (lab[:4].isdigit() and year is not None and int(lab[:4]) == year - 1
                                              and {"上年", "上年末"} & wanted):
                    continue
                if same and not m.group("w"):
                    continue      # 上年为261件 after another figure of the measure: that one's base
                own = names
            else:
                # this period's level: the one other value of the measure in the base's sentence, in the clause right
                # before the base's (全年登记…4,312件，上年为4,702件) or right after it (2023年…972件，2024年为1,186件)
                if len(same) != 1:
                    continue
                now = same[0]
                nk = _clause_start(skel, now.start)
                between = skel[now.end:k] if now.start < q.start else skel[q.end:nk]
                if not re.fullmatch(r"[\s，,；;（(]*", between.replace(QFILL, "")):
                    continue
                nw = text[nk:now.start]
                nlab = _NOW_LABEL.match(nw)
                if _LABELLED_BAD.search(_RATE_NAMES.sub("", nw)):
                    continue      # (占比 and 比重 name a rate, not a share of another figure)
                if lab[:4].isdigit():
                    # 2023年…，2024年为…: named years one apart (for 比上年), the later this period's (when known); a
                    # year named against 全年/今年 is the year before the report's figures year
                    if nlab is None or not nlab.group()[:4].isdigit() and (year is None or nlab.group()[:2] not in ("全年", "今年", "本年", "当年")):
                        continue
                    ny = int(nlab.group()[:4]) if nlab.group()[:4].isdigit() else year
                    if not (({"上年", "上年末"} & wanted and ny == int(lab[:4]) + 1) or (lab in wanted and ny > int(lab[:4]))) \
                            or (year is not None and ny != year):
                        continue
                elif lab not in wanted or (nlab is not None and nlab.group()[:4].isdigit() and year is not None
                                           and int(nlab.group()[:4]) != year):
                    continue
                nw = nw[nlab.end():] if nlab is not None else nw
                if not _operand_names(nw, names, scope):
                    continue
                own = names + [nw]
            if not _levels_fit(ch, q, now) or not _operand_names(m.group("w"), own, scope):
                continue
            found.append((q, now, text[m.start("lab"):m.end("lab")]))
    if not found or len({(value_of(b), value_of(c)) for b, c, _l in found}) != 1:
        return None
    base, now, lab = found[0]
    return dataclasses.replace(ch, base=base, current=now, base_label=lab)


#: how many sentences before a claim's own its operands are looked for (of its paragraph)
_EARLIER_SENTENCES = 3
#: words of a sentence that make it state a change of its own: its figures are that change's, and no sentence before
#: it is read for another claim's operands
_CHANGE_IN_SENTENCE = lazyre.compile(r"比|较|增长|增加|下降|减少|提高|降低|上升|提升|增幅|降幅|倍|翻番|翻了|百分点")


def _ACTIONS_RE():
    from .metric import _ACTIONS
    return _ACTIONS


#: the verbs of a level reached (降至118件, 增加到, 提高到): no name of a metric
_REACHED_WORDS = lazyre.compile(r"(?:降|减|增|升|下降|降低|减少|增加|增长|上升|提高|提升|回落|回升)(?:至|到)")


#: words naming a whole area (全市, 全区…): a base stated for it is no base of a figure not said to be of it
_WHOLE_AREA = lazyre.compile(r"全[国省市区县州盟旗镇乡]")


def _wider_base(base_words: str, cur_words: str) -> bool:
    """Whether a base's words name a whole area (上年全市接待游客…) that the current level's words do not (今年市区接待游客
    / 今年市场监管领域案件): the current level may be a part of the area's — unless the two name one metric once the
    area and fillers are left off (上年全区共办理法律援助案件 / 全年办理法律援助案件: no narrower qualifier to miss)."""
    if not any(a not in cur_words for a in _WHOLE_AREA.findall(base_words)):
        return False
    words_key = _late_metric.words_key
    kb = words_key(base_words)
    return not (len(kb) >= 2 and kb == words_key(cur_words))


def _subject_names(subject: str, words: str, later: str = "") -> bool:
    """Whether a claim's subject (调解量, 案件量, 受理案件) may name the level whose clause says ``words``: the two names
    agree (:func:`_names_agree`), or the subject is an action and a closing 量/数 only (调解量) and the level's words
    hold that action (调解矛盾纠纷)."""
    if _names_agree(subject, words, later):
        return True
    from .metric import _ACTIONS, words_key
    k = words_key(subject)
    acts = _ACTIONS.findall(k)
    return bool(acts) and not _QTY_TAIL.sub("", _ACTIONS.sub("", k)) and set(acts) <= set(_ACTIONS.findall(words))


def _elided_object(w: str, names: List[str]) -> bool:
    """Whether the words of a prior's clause (上年新登记2.9万户) are a level's name with its object left off: less a
    closing copula, the key of two characters at least opens one of ``names``' keys (新登记市场主体 → 登记市场主体)."""
    from .metric import words_key
    k = words_key(_W2_VERB_END.sub("", w))
    if len(k) < 2 or _OPERAND_BAD.search(w):
        return False
    return any(words_key(n).startswith(k) for n in names)


def _earlier_sentences(text: str, ss: int):
    """(start, end) of the sentences before the one starting at ``ss`` in its paragraph, nearest first, at most
    :data:`_EARLIER_SENTENCES` (``end`` at the 。 closing each)."""
    hi = ss - 1
    for _ in range(_EARLIER_SENTENCES):
        if hi < 1 or text[hi] != "。":
            return
        lo = max(text.rfind(c, max(0, hi - 200), hi) for c in _SENT_STOPS)
        if lo < 0:
            if hi <= 200:
                yield 0, hi     # (the text's first sentence)
            return
        yield lo + 1, hi
        hi = lo


def _base_wider(bw: str, names: List[str]) -> bool:
    """Whether a base stated in an earlier sentence under its own name (2022年全市汽车产量为10万辆) names the whole of what
    the claim's names narrow to a kind (新能源汽车产量, 入境游客, 城镇居民…): the drafter named the base in full, so a
    claim adding a qualifier is about another metric (:func:`_narrows`, on the names less actions and a closing 量/数)."""
    from .metric import _ACTIONS, words_key
    kb = _QTY_TAIL.sub("", _ACTIONS.sub("", _CHANGE_WORDS.sub("", words_key(_W2_VERB_END.sub("", bw)))))
    if len(kb) < 2:
        return False
    from .metric import _SCOPE_WORDS
    for n in names:
        kn = _QTY_TAIL.sub("", _ACTIONS.sub("", _CHANGE_WORDS.sub("", words_key(n))))
        if len(kn) > len(kb) and (_narrows(kn, kb) or kb in kn and _SCOPE_WORDS.search(kn.replace(kb, "", 1))):
            return True   # (a rate too, when what the claim's name adds is a word of scope: 户籍人口城镇化率 / 城镇化率)
    return False


def _earlier_operands(doc, skel, text, by_start, ch: Change, cur: Optional["Quantity"], ss: int,
                      wanted: set) -> Optional[Change]:
    """The operands of a claim whose own sentence states neither, stated in the sentences before it in its paragraph
    (全年办理案件1,026件。…2020年仅为342件。今年的案件量是2020年的3倍 / 全年培训五千一百人次。上年一千七百人次。今年为上年的
    三倍): the base is a clause labelled with the period compared with (as :func:`_later_operands` reads it), its words
    naming the claim's metric or none; this period's level is the claim's own, else the one value of the base's measure
    in those sentences that no other period labels, named as the claim's subject (:func:`_names_agree`), stated exactly
    — no part, change, plan or mean.  The sentences read stop at one stating a change of its own (its figures are that
    change's) or a plan; every base they give must be one value and every level one value; else none.  Bounded: three
    sentences, their clause starts."""
    own_scope_word, sole_scope_word = _late_stocks.own_scope_word, _late_stocks.sole_scope_word
    _PART_OF_YEAR = _late_lookback._SUBPERIOD
    if ch.kind not in ("percent", "points", "amount", "times_to", "times"):
        return None
    cs = _clause_start(skel, ch.verb_start)
    subject = _NO_SUBJECT_CMP.sub("", text[cs:ch.verb_start])
    subject = re.sub(r"^(?:今年|全年|本年度?|当年|目前|现在)(?:的)?", "", subject)
    if _LABELLED_BAD.search(subject) or _OTHER_PERIOD.search(subject) or _LATER_PLAN.search(text, ss, ch.verb_start) \
            or _PART_OF_YEAR.search(text, ss, ch.verb_start):
        return None
    scope = own_scope_word(doc) or sole_scope_word(doc) or ""
    year = _claim_year(doc, text, ss) if _OPENING_YEAR.match(text, ss) else (_frame_year_before(text, ss)
                                                                            or _doc_year(doc))
    ks = _starts(doc)
    bases, spans = [], []
    for lo, hi in _earlier_sentences(text, ss):
        if _LATER_PLAN.search(text, lo, hi) or _PART_OF_YEAR.search(text, lo, hi):
            break
        spans.append((lo, hi))
        if _CHANGE_IN_SENTENCE.search(text, lo, hi) and skel.find(QTOK, lo, hi) >= 0:
            # (its figures are its own change's; the levels before it may still be the claim's — a sentence stating no
            # figure changes none: 2024年，我们进一步降低法律援助门槛。)
            break
        for k in [lo] + [b.end() for b in _CLAUSE_BREAKS.finditer(skel, lo, hi)]:
            m = _PRIOR_CLAUSE.match(skel, k, hi)
            if m is None or m.start("q") not in by_start:
                continue
            lab = text[m.start("lab"):m.end("lab")]
            if _label_fits_wanted(lab, wanted, ch.kind) or _year_before_fits(doc, lab, wanted, year):
                bases.append((by_start[m.start("q")], lab, m.group("w")))
    own_prior = False
    if not bases and spans and cs > ss:
        # the prior opening the claim's own sentence, this period's level closing the one before (全年败诉27件。上年败诉
        # 36件，下降25% / …312件。上年为240件，同比增长30%): the clauses before the claim, the first labelled with the
        # period compared with
        # (the period compared with is the one before the level's: 2024年…5.2万件。2023年办理4.0万件，增长30%)
        year_before = _claim_year(doc, text, spans[0][0])
        for k in [ss] + [b.end() for b in _CLAUSE_BREAKS.finditer(skel, ss, cs)]:
            m = _PRIOR_CLAUSE.match(skel, k, cs)
            if m is None or m.start("q") not in by_start or m.start("q") >= ch.verb_start:
                continue
            lab = text[m.start("lab"):m.end("lab")]
            if _label_fits_wanted(lab, wanted, ch.kind) or _year_before_fits(doc, lab, wanted, year_before):
                bases.append((by_start[m.start("q")], lab, m.group("w")))
        own_prior = bool(bases)
    if not bases or len({value_of(q) for q, _l, _w in bases}) != 1:
        return None
    base, lab, bw = bases[0]
    acts = set(_ACTIONS_RE().findall(subject))
    if own_prior and not acts:
        acts = set(_ACTIONS_RE().findall(bw or ""))     # (上年败诉20件: the base's own action names the claim's metric)
    if cur is base:
        cur = None            # (the level closing the sentence before is the base's, labelled with its period: 2020年培训
        #                       1400人次。今年为2020年的5倍 — this period's level is another one)
    if cur is None:
        lo_all = spans[-1][0]
        cands = []
        for k in ks[bisect.bisect_left(ks, lo_all):bisect.bisect_left(ks, ss)]:
            q = by_start[k]
            if q is base or not _same_kind(q, base) or q.approx is not None:
                continue
            qs = _clause_start(skel, q.start)
            words = text[qs:q.start]
            pm = _PRIOR_CLAUSE.match(skel, qs)
            if pm is not None and pm.start("q") == q.start:
                continue      # (a clause labelled with a period: another period's level)
            if _LABELLED_BAD.search(words) or _OTHER_PERIOD.search(words) or _CLAIM_UNSURE.search(words):
                continue
            if (subject and not _subject_names(subject, words, "a")) or _wider_base(bw, words + subject):
                continue
            wa = set(_ACTIONS_RE().findall(words))
            if acts and wa and acts != wa:
                continue      # (审结 of a claim about 受理: another count of the same things)
            cands.append(q)
        if len({value_of(q) for q in cands}) != 1:
            return None
        cur = cands[-1]
    bare_key = _late_lookback.bare_key
    words_key = _late_metric.words_key
    # (a name that points back — 这一比例, 该比重, 这一数字 — names no metric of its own: the one the sentences before
    # name, with its scope, read as a claim naming none)
    own_names = [n for n in (subject, text[_clause_start(skel, cur.start):cur.start]) if n]
    back = [n for n in own_names if _POINT_BACK.fullmatch(_REACHED_WORDS.sub("", words_key(n)).rstrip("为是达"))]
    names = [n for n in own_names if n not in back
             and not bare_key(_CHANGE_WORDS.sub("", _REACHED_WORDS.sub("", words_key(n))))]
    # (a claim and a level that name no metric of their own — 上年全市接待游客A，今年达到B。增长X% — go on about the base's
    # metric, its area too: no narrower area to miss)
    if not back and names and _wider_base(bw, text[_clause_start(skel, cur.start):cur.start] + subject):
        return None
    # (2022年全市受理劳动人事争议案件3,840件。2023年办结4,412件，增长19.9%: a name that is an action alone — 办结, read
    # as 审结 — names no metric of its own for bare_key, yet it names another count of the same things than the base's
    # action does — 受理: not the base's level, as a level found before is not (acts / wa below))
    own_acts = set(_ACTIONS_RE().findall("".join(words_key(n) for n in own_names if n not in back)))
    base_acts = set(_ACTIONS_RE().findall(words_key(bw or "")))
    if own_acts and base_acts and own_acts != base_acts:
        return None
    if not names:
        # (2023年受理146件。2024年，通过…，降至118件，减少28件: a claim naming no metric goes on about the one level of
        # its measure the sentences before state)
        lo_all = spans[-1][0]
        if any(by_start[k] is not base and by_start[k] is not cur and _same_kind(by_start[k], base)
               for k in ks[bisect.bisect_left(ks, lo_all):bisect.bisect_left(ks, ss)]):
            return None
    elif not (_operand_names(bw, names, scope) or _elided_object(bw, names)):
        return None
    if _base_wider(bw, [subject] + ([text[_clause_start(skel, cur.start):cur.start]] if cur.start >= ss else [])):
        # (2022年全市汽车产量为10万辆。2023年新能源汽车产量4.2万辆: the base names the whole, the claim a kind — the names
        # the claim's own sentence gives; a level found in the sentences before may be named longer or shorter than the
        # base for one metric: 调解矛盾纠纷2,760件。2021年调解纠纷920件。目前的调解量已是2021年的3倍)
        return None
    if not _levels_fit(ch, base, cur):
        return None
    return dataclasses.replace(ch, base=base, current=cur, base_label=lab)


#: words of a plan in a later sentence: its figures are no operands of what was reached
_LATER_PLAN = lazyre.compile(r"力争|争取|确保|目标|预期|计划|预计|(?<![即必])将(?!近)|(?<![主重需只必])要(?!求|素|点|件)")


#: a change's own words in a claim's clause (增长, 比上年, 净增…): they name no metric
_CHANGE_WORDS = lazyre.compile(r"(?:同比|比|较|与)(?:上一?年|去年|年初)?[末底度]?|增长|增加|下降|减少|提高|降低|提升|上升|净增|新增|"
                               r"扩大|缩小|达到|达|为|是|相当于")


def _names_agree(a: str, b: str, later: str = "") -> bool:
    """Whether the words naming two figures may name one metric: either names none (年内净增 / 今年), or, less action
    words (办理, 接待…) and a closing 量/数/总额, one holds the other (公证办证量 / 办理公证; 专利授权量 / 授权; not 旅游总收入 /
    接待游客, 森林覆盖率 / 绿化覆盖率).  A name narrowed to a kind (:func:`_narrows`) is another metric only when it is the
    later of the two (``later``: "a" or "b"; both ways when not known): a later name shorter than the first is the
    drafter's short form of it (全市社会消费品零售总额增长11.9%，零售总额由… / 专利授权量…，上年授权…), a later name adding a
    qualifier is a kind (汽车产量10万辆。…新能源汽车产量4.2万辆)."""
    from .lookback import bare_key
    from .metric import _ACTIONS, words_key
    ka, kb = _CHANGE_WORDS.sub("", words_key(a)), _CHANGE_WORDS.sub("", words_key(b))
    if bare_key(ka) or bare_key(kb):
        return True
    ka, kb = _ACTIONS.sub("", ka), _ACTIONS.sub("", kb)
    ta, tb = _QTY_TAIL.sub("", ka), _QTY_TAIL.sub("", kb)
    if len(ta) >= 2 and len(tb) >= 2:
        ka, kb = ta, tb     # (产量 stays 产量: a name is not cut below two characters)
    if len(min(ka, kb, key=len)) < 2 or not (ka in kb or kb in ka):
        return False
    if later and len(ka) != len(kb) and (later == "a") != (len(ka) > len(kb)):
        return True     # (the later name is the shorter: a short form, not a kind)
    return not _narrows(ka, kb)


#: words before a name that take in every kind of it (各类矛盾纠纷 is 矛盾纠纷): no narrowing
_EVERY_KIND = lazyre.compile(r"^(?:各类|各項|各项|各种|各種|全部|所有|总|總)")


def _narrows(a: str, b: str) -> bool:
    """Whether one of two names (keys less actions) is the other narrowed to a kind, a part of the area or a level of
    government (新能源汽车产量 / 汽车产量, 城镇居民人均可支配收入 / 居民人均可支配收入, 入境游客 / 游客, 市本级一般公共预算收入 /
    一般公共预算收入): a value of the kind is no value of the whole.  Not a name taking in every kind (各类矛盾纠纷)."""
    from .metric import names_a_kind
    if not names_a_kind(a, b):
        return False
    long_ = a if len(a) > len(b) else b
    return _EVERY_KIND.search(long_) is None


#: words of a change's own sentence that frame it apart from the figure closing the sentence before: a year it is
#: compared with (同2022年决算比较，/ 与2020年相比，) or a state of an account (预算, 决算, 预计, 计划, 执行数, 草案)
_OWN_FRAME = lazyre.compile(r"(?:同|与|和|跟)(?:(?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3})\s*年|预算|决算|预计|计划|执行数|草案")
#: the names of the budgets (一般公共预算收入 is a metric, no state of an account: yearlevels._BUDGET_NAMES)
_BUDGET_NAME_WORDS = lazyre.compile(r"(?:一般公共|政府性基金|国有资本经营|社会保险基金|公共财政|国家)预算(?=收入|支出|收支)")
#: a named year opening a claim's sentence (2024年全县信访总量… / 2024年，…): the period its figures are of
_OPENING_YEAR = lazyre.compile(r"[\s\u3000]*((?:19|20)\d{2})\s*年(?![以至到—\-~－末底初前后]|\d)")


def _frame_year_before(text: str, ss: int) -> Optional[int]:
    """The named year opening the nearest sentence before ``ss`` in its paragraph that opens with one (2024年，…查处违法
    案件3,375件。同比增长11.6%): a sentence naming no year of its own goes on in the year the sentences before it frame;
    None when none of :data:`_EARLIER_SENTENCES` opens with a year."""
    for lo, _hi in _earlier_sentences(text, ss):
        m = _OPENING_YEAR.match(text, lo)
        if m is not None:
            return int(m.group(1))
    return None


def _claim_year(doc: "Document", text: str, ss: int) -> Optional[int]:
    """The year a claim's figures are of: the named year opening its sentence (2024年全县信访总量同比下降9.6%), else the
    report's figures year (:func:`_doc_year`), else None."""
    m = _OPENING_YEAR.match(text, ss)
    return int(m.group(1)) if m is not None else _doc_year(doc)


def _year_before_fits(doc: "Document", lab: str, wanted: set, year: Optional[int] = None) -> bool:
    """Whether a named year labels last year's level of a claim compared with 上年 (同比下降8.7%（2024年3,650件次，2023年
    4,000件次）): the year right before the claim's year (``year``: :func:`_claim_year`, the named year opening its
    sentence, else the report's figures year), when that is known."""
    if not ({"上年", "上年末"} & wanted) or not re.fullmatch(r"(?:19|20)\d{2}年(?:末|底)?", lab):
        return False
    if year is None:
        year = _doc_year(doc)
    return year is not None and int(lab[:4]) == year - 1 and (lab.endswith("年") or "上年末" in wanted)


def _label_fits_wanted(lab: str, wanted: set, kind: str) -> bool:
    """Whether a prior clause's label names the period the claim compares with (a multiple's label may say more: 改革前
    of 是改革前的2.6倍 fits 改革前的2020年)."""
    n = _label_norm(lab)
    return n in wanted or (kind in ("times_to", "times") and any(n.startswith(w) or (w.endswith(n) and re.search("改革|调整|整合|合并", n))
                                                                 for w in wanted))


#: A是B的N倍 with B a named quantity rather than a period (城镇居民人均可支配收入是农村居民的2.1倍 / 网上信访量为来信来访量的
#: 1.7倍 / 18.6平方米，是全省平均水平的1.5倍): the words of A (may be none: the value right before), the verb, B's words
#: an adverb between A's words and the verb (已相当于, 约为, 接近): 约 widens the multiple by a tenth, 近 bounds it above;
#: 多/余 after the multiple (两倍多) make it a bound: more than N times, fewer than N + 1
_NAMED_TIMES = lazyre.compile(r"(?P<a>[\u4e00-\u9fff]{0,16}?)(?P<adv>已经|已|约|大约|接近|将近|近)?(?P<verb>是|为|相当于|达到|接近|将近)"
                              r"(?P<b>[\u4e00-\u9fff“”]{2,16}?)"
                              r"(?:\s*[（(]?\s*(?P<bv>" + _Q + r")\s*[）)]?)?的(?P<amt>" + _Q + r")(?P<more>[多余](?!万|亿|萬|億))?")
#: ：前者720件，后者400件 right after the multiple: A's value and B's, named by 前者 and 后者 (in either order)
_FORMER_LATTER = lazyre.compile(r"[，,：:（(]\s*(?P<f1>前者|后者)(?:为|是|达到|达|有|共)?\s*(?P<x>" + _Q + r")\s*[，,；;、]\s*"
                                r"(?P<f2>前者|后者)(?:为|是|达到|达|有|共)?\s*(?P<y>" + _Q + r")")
#: ，分别为A和B right after the multiple: A's value and B's, in the order named
_PAIR_AFTER = lazyre.compile(r"[，,：:]\s*分别(?:为|是|达到|达)?\s*(?P<x>" + _Q + r")\s*(?:和|与|、|及)\s*(?P<y>" + _Q
                             + r")(?=[，,。；;\n]|$)")
#: ，全省平均为12.4平方米: B named again with its value after the multiple
_NAMED_AFTER = lazyre.compile(r"[，,；;]\s*(?P<w>[\u4e00-\u9fff]{2,14}?)(?:仅为|只有|为|是|达到|达)\s*(?P<y>" + _Q
                              + r")(?=[，,。；;\n]|$)")
#: words that name a period, a plan or a standard rather than a quantity of the report (是上年的, 是目标的, 是标准的):
#: the period multiples are read by _TIMES_OF, the rest have no level to check against
_NOT_NAMED = lazyre.compile(r"年|前|原来|原先|同期|目标|任务|计划|标准|规定|要求|预算|上限|下限|最低|最高|时期|期间|五年|末|初|底")
_QTY_TAIL = lazyre.compile(r"(?:总量|总数|数量|总额|规模|水平|量|数|额)$")


def _term_key(words: str) -> str:
    from .metric import words_key
    return _QTY_TAIL.sub("", words_key(words))


def _named_times(skel: str, text: str):
    """The matches of :data:`_NAMED_TIMES` (over the skeleton ``skel``) whose multiple ends with a 倍 of ``text`` (the
    same offsets), found from each 倍: the pattern opens on a class of any Han character, and run over the whole text it
    is tried at every character."""
    seen = set()
    k = text.find("倍")
    while k >= 0:
        for m in _NAMED_TIMES.finditer(skel, max(0, k - 80), min(len(skel), k + 2)):
            if m.end("amt") == k + 1 and m.start("amt") not in seen:
                seen.add(m.start("amt"))
                yield m
        k = text.find("倍", k + 1)


#: what the clause of a value a multiple names may not hold: a part, a list, a change, a span, a plan, a share
_NAMED_LATER_BAD = lazyre.compile(r"其中|分别|比|较|增长|增加|下降|减少|提高|降低|年均|累计|目标|计划|预计|力争|占")


def _named_later(doc: "Document", text: str, by_start: Dict[int, "Quantity"], se: int, akey: str, bkey: str):
    """The values of the two quantities a multiple names (A是B的N倍, named by ``akey`` and ``bkey``) when its own
    sentence states neither: stated in the one or two sentences after it in its paragraph, before any other multiple,
    one value of each name (:func:`~lintgov.claims.metric.key_match` on the metric keys less 量/数), A's and B's in that
    order of names — none when a name fits two values, or a plan's sentence states them."""
    from .metric import key_match, metric_key
    hi = se + 1
    for lo, e in _later_sentences(text, se):
        if "倍" in text[lo:e]:
            break         # another multiple's sentence
        hi = e
    if hi <= se + 1:
        return None
    ks = _starts(doc)
    qs = [by_start[k] for k in ks[bisect.bisect_left(ks, se + 1):bisect.bisect_left(ks, hi)]]
    # (never a part, a change, a plan or a mean: 其中…, 比上年增加…)
    keys = [(q, _QTY_TAIL.sub("", metric_key(doc, q.start))) for q in qs
            if not q.is_percent and not _NAMED_LATER_BAD.search(text, _clause_start(text, q.start), q.start)]
    # (B is often named by its head alone, 农村居民 for 农村居民人均可支配收入: a key opening with it)
    kb = [q for q, k in keys if key_match(k, bkey) >= 0.8 or (len(bkey) >= 2 and k.startswith(bkey))]
    ka = [q for q, k in keys if q not in kb and (key_match(k, akey) >= 0.8 or k == akey)]
    if len(ka) != 1 or len(kb) != 1:
        return None
    return ka[0], kb[0]


def _named_multiples(doc: "Document", skel: str, text: str, by_start: Dict[int, "Quantity"],
                     out: List[Change]) -> None:
    """A multiple relating two named quantities (A是B的N倍), bound to their two levels wherever the paragraph states them:
    right after it as a 分别 pair in the order named (…是农村居民的2.1倍，分别为56,820元和27,140元) or as 前者/后者
    (复议案件相当于一审诉讼案件的1.8倍：前者720件，后者400件), B named again after it (18.6平方米，是全省平均水平的1.5倍，全省
    平均为12.4平方米: A the value right before), or B's value anywhere else in the paragraph when A's is the value right before
    (达一千二百项，为线下窗口办理事项的四倍。线下窗口办理事项为三百项), or both named in the sentence or the paragraph around it
    (全年网上信访2,416件次，来信来访合计1,446件次，网上信访量为来信来访量的1.7倍 / 出口额为进口额的两倍多，出口额318亿元，
    进口额142亿元: one value of each name, matched by :func:`~lintgov.claims.metric.key_match` on the words less 量/数).
    Nothing is read when a name fits two values.  The multiple is read with its bound: 约为 (a tenth each side), 接近/近
    (up to a tenth below), 两倍多 (between N and N + 1)."""
    if "倍" not in text:
        return
    from .metric import key_match, metric_key
    taken = {ch.amount.start for ch in out if ch.amount is not None}
    for m in _named_times(skel, text):
        amt = by_start[m.start("amt")]
        if unit_of(amt) != "倍" or amt.start in taken or amt.approx is not None:
            continue
        factor = _named_factor(amt, m.group("adv") if m.group("verb") not in ("接近", "将近") else m.group("verb"),
                               m.group("more") or "")
        if factor is False:
            continue
        ss = _sentence_start(text, m.start())
        vs = m.start("adv") if m.group("adv") else m.start("verb")
        if m.group("bv"):
            # 全年办理公证事项3,120件，是同期司法鉴定案件（780件）的4倍: B's value written inside 是…的, A's the value right
            # before the verb — whatever B names (a period, a target: its value is stated)
            before = re.search(r"(?P<c>" + _Q + r")[\s，,]*$", skel[max(ss, vs - 30):vs])
            if before is not None and not m.group("a").strip():
                cur, base = by_start[max(ss, vs - 30) + before.start("c")], by_start[m.start("bv")]
                if _same_kind(cur, base) and not cur.is_percent and unit_of(cur) != "倍" \
                        and cur.approx in (None, "≈") and base.approx in (None, "≈"):
                    out.append(_named_change(m, amt, cur, base, factor))
            continue
        if _NOT_NAMED.search(m.group("b")):
            continue
        bkey = _term_key(m.group("b"))
        if len(bkey) < 2:
            continue
        ends = [x for x in (text.find(c, m.end(), m.end() + 120) for c in _SENT_STOPS) if x >= 0]
        se = min(ends) if ends else min(len(text), m.end() + 120)
        cur = base = None
        after = m.end() + (1 if m.group("more") else 0)
        pm = _PAIR_AFTER.match(skel, after)
        fl = _FORMER_LATTER.match(skel, after)
        before = re.search(r"(?P<c>" + _Q + r")[\s，,]*$", skel[max(ss, m.start() - 30):vs])
        if pm is not None and pm.end() <= se:
            cur, base = by_start[pm.start("x")], by_start[pm.start("y")]
        elif fl is not None and fl.end() <= se and fl.group("f1") != fl.group("f2"):
            x, y = by_start[fl.start("x")], by_start[fl.start("y")]
            cur, base = (x, y) if fl.group("f1") == "前者" else (y, x)
        elif not m.group("a").strip():
            if before is None:
                continue
            na = _NAMED_AFTER.match(skel, after)
            if na is not None and na.end() <= se and key_match(_term_key(na.group("w")), bkey) >= 0.8:
                base = by_start[na.start("y")]
            else:
                # 达一千二百项，为线下窗口办理事项的四倍。线下窗口办理事项为三百项: B's one value in the paragraph
                bs = _named_around(doc, text, by_start, ss, m.end("amt"), se, (bkey,))
                base = bs[0] if bs is not None else None
            cur = by_start[max(ss, m.start() - 30) + before.start("c")] if base is not None else None
        else:
            akey = _term_key(m.group("a"))
            # (线上 and 线下 share a character and name two things; 网上信访量 and 信访量 one holding the other do not)
            if len(akey) < 2 or akey in bkey or bkey in akey or (key_match(akey, bkey) >= 0.5 and len(akey) > 2):
                continue
            qs = [by_start[k] for k in _starts(doc)[bisect.bisect_left(_starts(doc), ss):
                                                   bisect.bisect_left(_starts(doc), m.start())]]
            ka = [q for q in qs if key_match(_QTY_TAIL.sub("", metric_key(doc, q.start)), akey) >= 0.8]
            kb = [q for q in qs if key_match(_QTY_TAIL.sub("", metric_key(doc, q.start)), bkey) >= 0.8]
            if len(ka) == 1 and len(kb) == 1:
                cur, base = ka[0], kb[0]
            else:
                # 城镇和农村居民收入分别为56,820元和27,060元，城镇居民为农村居民的2.1倍: the two items of a parallel
                # list, each named by the list service (the value of each is not named by its words)
                from .lists import items_compared
                pair = items_compared(doc, m.group("a").strip(), m.group("b"), m.start(), m.end())
                if pair is None and not ka and not kb and value_of(amt) >= 1:
                    # 城镇居民人均可支配收入是农村居民的2.13倍。全年城镇居民…51,360元，农村居民…24,120元 / 出口额为进口额的
                    # 两倍多，出口额318亿元，进口额142亿元: the two named around it, one value of each
                    pair = _named_around(doc, text, by_start, ss, m.end("amt"), se, (akey, bkey))
                if pair is not None:
                    cur, base = pair
        if cur is None or base is None or not _same_kind(cur, base) or cur.is_percent or unit_of(cur) == "倍" \
                or cur.approx not in (None, "≈") or base.approx not in (None, "≈"):
            continue
        out.append(_named_change(m, amt, cur, base, factor))


def _named_factor(amt: "Quantity", adv: Optional[str], more: str):
    """The multiple a named comparison states, as (lo, hi) when a word bounds it (约为 ±10%, 接近/近 up to 10% below,
    两倍多 between N and N + 1), ``None`` when it is the printed figure, ``False`` when it cannot be read (1.5倍多)."""
    lo, hi = interval_of(amt)
    adv = adv or ""
    if more:
        if amt.value != int(amt.value):
            return False
        return float(amt.value), float(amt.value) + 1
    if adv in ("约", "大约"):
        return lo * 0.9, hi * 1.1
    if adv in ("接近", "将近", "近"):
        return lo * 0.9, hi
    return None


def _named_change(m, amt: "Quantity", cur: "Quantity", base: "Quantity", factor) -> Change:
    """The change a named multiple states (``times_to``: cur ÷ base), with the bound its words put on it."""
    return Change(start=min(cur.start, m.start("verb")), end=max(m.end(), cur.end, base.end),
                  verb=m.group("verb"), verb_start=m.start("verb"), verb_end=m.end("verb"), direction=1,
                  kind="times_to", amount=amt, comparison=m.group("b"), current=cur, base=base,
                  base_label=m.group("b"), factor=factor or None, approx=bool(factor))


#: a label of another period in the clause of a value a named multiple is bound to (上年, 同期, 2019年)
_AROUND_OTHER = lazyre.compile(r"上一?年|去年|前一年|同期|年初|以前|之前|(?:19|20)\d{2}\s*年")
#: a scope word (全省, 全市): a value of another scope than the multiple's sentence names is not its operand
_AROUND_SCOPE = lazyre.compile(r"全(?:国|國|省|市|区|區|县|縣|州)")
#: how far before the multiple's sentence its paragraph is read for the named values
_AROUND_BACK = 400


def _named_around(doc: "Document", text: str, by_start: Dict[int, "Quantity"], ss: int, ae: int, se: int,
                  keys: Tuple[str, ...]):
    """The one value of each name of ``keys`` stated around a multiple (its sentence starts at ``ss``, the multiple
    ends at ``ae``, the sentence at ``se``): in the rest of its sentence after the multiple and the sentences after it
    in the paragraph (:func:`_later_sentences`, until another multiple's), else in the sentences before it in its
    paragraph (up to :data:`_AROUND_BACK` characters) — each name where it is first found, after before before.  A value
    counts when its clause holds no part, change, plan or mean (:data:`_NAMED_LATER_BAD`), no label of another period
    and no other scope (全省, 全市) than the multiple's sentence names; its metric key (less 量/数 and a head restating the
    measure: 律师人数 is 律师) matches the name (:func:`~lintgov.claims.metric.key_match` ≥ 0.8, or opens with it).  A
    tuple of one value per key, in the order of ``keys`` — None when a name fits no value or two in the first region
    that holds any, or one value fits two names."""
    from .metric import key_match, metric_key
    ks = _starts(doc)
    own = set(_AROUND_OTHER.findall(text, ss, se))
    own_scope = set(_AROUND_SCOPE.findall(text, ss, se))
    hi = se
    for lo, e in _later_sentences(text, se):
        if "倍" in text[lo:e]:
            break
        hi = e
    p = doc.paragraph_at(ss)
    plo = max(p.start if p is not None else ss, ss - _AROUND_BACK)
    keys = tuple(_COUNT_HEAD.sub("", k) if len(_COUNT_HEAD.sub("", k)) >= 2 else k for k in keys)
    regions = []
    for lo, e in ((ae, hi), (plo, ss)):
        qs = [by_start[k] for k in ks[bisect.bisect_left(ks, lo):bisect.bisect_left(ks, e)]] if e > lo else []
        cands = []
        for q in qs:
            if q.is_percent or unit_of(q) == "倍":
                continue
            words = text[_clause_start(text, q.start):q.start]
            if _NAMED_LATER_BAD.search(words) or _LATER_PLAN.search(words) \
                    or any(y not in own for y in _AROUND_OTHER.findall(words)) \
                    or (own_scope and any(w not in own_scope for w in _AROUND_SCOPE.findall(words))):
                continue
            k = _QTY_TAIL.sub("", metric_key(doc, q.start))
            k = _COUNT_HEAD.sub("", k) if len(_COUNT_HEAD.sub("", k)) >= 2 else k
            cands.append((q, k))
        regions.append(cands)
    out = []
    for key in keys:
        got = None
        for cands in regions:
            # (线上2,340件 for 线上办件量: a value named by the name's head, when no other name opens with it)
            hits = [q for q, k in cands if key_match(k, key) >= 0.8 or k.startswith(key)
                    or (len(k) >= 2 and key.startswith(k) and not any(o != key and o.startswith(k) for o in keys))]
            if len(hits) > 1:
                # 城镇居民人均可支配收入 against 农村居民人均可支配收入: a name the value's words hold whole outranks one
                # they only resemble
                whole = [q for q, k in cands if key in k]
                if len(whole) == 1:
                    hits = whole
            if hits:
                got = hits
                break
        if got is None or len(got) != 1:
            return None
        out.append(got[0])
    if len({q.start for q in out}) != len(out):
        return None
    return tuple(out)


#: a head restating what a count counts (律师人数, 案件件数, 办件数量): the name without it
_COUNT_HEAD = lazyre.compile(r"(?:人数|件数|次数|个数|家数|户数|人次|数量|总数|(?<=[\u4e00-\u9fff]{2})人)$")


# modules this one's functions read at call time and cannot import at the top (they import this one): bound by
# lintgov.claims once every submodule is complete (an import statement in the function ran at every call)
_late_classes = None
_late_horizons = None
_late_indicators = None
_late_kind = None
_late_levels = None
_late_lookback = None
_late_metric = None
_late_review = None
_late_stocks = None
