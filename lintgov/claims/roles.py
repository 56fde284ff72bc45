"""Roles of figures stated as rates and shares (part of the claims layer).

``rate_context`` tells whether a percentage is the value of a named rate
(纠错率为12.5%) or a share (占…的28.5%), with the rate's name and whether it is
*closed* (a part of a whole: at most 100%).  Open rates are not closed: 毛入学率
(pupils of any age over the age group), coverage of a population that is not
the whole (接种覆盖率 over a registered base), completion rates, growth rates.
A share of a wider total (占全国的, 占全省的, 占世界的) is recorded with that
scope, so that its denominator is never taken from the report's own figures
unless they name the same scope.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional, Tuple

from .. import lazyre
from ..textfold import fullwidth_text
from .grammar import digits_masked

if TYPE_CHECKING:  # pragma: no cover
    from ..quantities import Quantity

_COPULA_WORDS = (r"为|為|是|达到|達到|达|達|保持在|保持|稳定在|穩定在|提升至|提升到|提高到|提高至|上升到|上升至|升至|"
                 # (败诉率降至6.5%: the level a rate fell to, as 升至 the level it rose to)
                 r"降至|降到|下降到|下降至|降低到|降低至|下降为|下降為|"
                 r"实现|實現|高达|高達|均为|均為|均达|均達|分别为|分別為|仅为|僅為|只有|均在|在")
_COPULA = r"(?:(?:" + _COPULA_WORDS + r")了?)?"
#: 办结率较上年提高2个百分点，达到99.1%: the rate named in the clause before, with its change
_RATE_THEN_VALUE = lazyre.compile(r"(?P<name>[\u4e00-\u9fff]{1,10}?(?:率|比例|比重))(?:较|較|比|同比|与|與)[^，,；;。]{0,12}?"
                                  r"(?:提高|上升|下降|降低|增加|减少|減少|提升)了?[^，,；;。]{0,8}?(?:个百分点|個百分點|%|％)\s*$")
#: 工业增加值率从18.5%提高到22.0%: the value a rate moved to
_RATE_FROM_TO = lazyre.compile(r"(?P<name>[\u4e00-\u9fff]{1,10}?(?:率|比例|比重)|[\u4e00-\u9fff]{0,10}?(?:占比|佔比))(?:由|从|從)(?:上年的?|[\d一二三四五六七八九〇零]{4}年的?)?"
                               r"\d+(?:\.\d+)?\s*[%％](?:提高|提升|上升|下降|降低|增加|增长|增長|减少|減少|升|降)(?:到|至|为|為)$")
_ONLY_COPULA = lazyre.compile(r"\s*(?:" + _COPULA_WORDS + r")了?\s*$")
_RATE_TAIL = lazyre.compile(r"(?P<name>[\u4e00-\u9fff]{1,10}?(?:率|比例|比重|占比|佔比|满意度|滿意度)|[\u4e00-\u9fff]{0,10}?(?:增长面|增長面|下降面|亏损面|虧損面))"
                           + _COPULA + r"$")
#: a bracket after a rate's name saying what it includes (公开率（含部分公开）, 合格率（含优良）)
_INCLUDES_NOTE = lazyre.compile(r"[（(](?:含|包含|包括)[\u4e00-\u9fff、和及与與]{2,16}[）)]")
#: 城镇化率: urban over resident population (read only over a population named as such, or over the sum of
#: 城镇 and 乡村 stated side by side)
_URBAN = lazyre.compile(r"城镇化率$|城鎮化率$")
#: 在142件案件中，涉企案件有36件，比例为25.4%: a bare 比例/比重/占比 opening its clause
_PART_CLAUSE = lazyre.compile(r"\s*其中[^，,；;。\d]{1,16}\d[\d,.\ue012]*(?:万|萬|亿|億)?[\u4e00-\u9fff]{1,2}$")
#: 其中直接纠错51件，这一比例为14.5% / 该比重达…: a demonstrative pointing back to the part just stated is a bare share too
_DEMONSTRATIVE = r"(?:这一|這一|这个|這個|该|該|此|上述)"
_BARE_SHARE = lazyre.compile(r"\s*" + _DEMONSTRATIVE + r"?(?:所占)?(?:比例|比重|占比|佔比)" + _COPULA + r"\s*")
#: the name of a rate that is only a demonstrative and 比例 (该比例较上年提高2个百分点，达14.5%)
_POINTING_SHARE = lazyre.compile(_DEMONSTRATIVE + r"(?:比例|比重|占比|佔比)$")
#: 工业增加值率 = 工业增加值 ÷ 工业总产值
_VALUE_ADDED_RATE = lazyre.compile(r"增加值率$|增加值率$")
#: the share of items of a list that grew (增长面: 15 of 36 industries), fell or made a loss
_BREADTH = lazyre.compile(r"(?:增长|增長|下降|亏损|虧損)面$")
#: (占一般公共预算支出（218.4亿元）的: a bracket inside 占…的, its whole's value, counts as one word; so does a figure
#: written there without a bracket, however many digits it is printed with — 占全年一般公共预算支出802.8亿元的 /
#: 占全年一般公共预算支出８０，２７６，０３０，０００元的 name the same whole as 占全年一般公共预算支出的; digits are read
#: only as whole runs, grouped by 千分撇 or with a decimal point, never one by one, and so are Chinese numerals —
#: 占全年一般公共预算支出八百零二点八亿元的)
_CN_RUN = "[〇零一二两三四五六七八九十百千万亿点]+"
_SHARE_TAIL = lazyre.compile(r"(?P<name>(?:占|佔)(?:到|了)?(?:比)?(?:(?:(?>\d{1,3}(?:[,，\ue012]\d{3})+(?:[.．]\d+)?|\d+(?:[.．]\d+)?|" + _CN_RUN + r")"
                              r"|[^，,；;。：:（(\d" + _CN_RUN[1:-2] + r"]|[（(][^）)，,；;。]{0,14}[）)]){0,16}?(?:的|(?=比[例重]))|(?!地(?!区|區)|用|领|領|有)[\u4e00-\u9fffA-Za-z]{1,8})?"
                              r"(?:比(?:例|重))?)"
                              r"(?:[（(][^）)]{0,20}[）)])?" + _COPULA + r"$")
#: rate names that are not a count divided by a count stated nearby (growth, prices, macro rates)
_OPEN_OR_OTHER = lazyre.compile(r"增|降|涨|漲|长|長|利率|汇率|匯率|税率|稅率|贡献|貢獻|失业|失業|出生|死亡|储蓄|儲蓄|通胀|通脹|"
                            r"准备金|準備金|收益|回报|回報|折现|转化|轉化|费率|費率|频率|頻率|效率|(?<!成)功率|速率|"
                            r"城镇化|城鎮化|自给|自給|负债|負債|赤字|杠杆|槓桿|物价|物價|价格|價格|"
                            # reduction rates (压减率46%: (A−B)/A, read with the change it summarises), gross rates
                            r"压减|壓減|削减|削減|缩减|縮減|减少|減少|精简|精簡|压缩|壓縮|毛|渗透|滲透|分担|分擔|利用|处理率|處理率|"
                            # rates of a population the report does not count (接种率, 普及率 of a population)
                            r"接种|接種|实施|實施")
#: posts named …长 (法治副校长, 河长, 院长): the 长 is not a growth word in a rate's name
_TITLES = lazyre.compile(r"副?[校院局部站村河湖林路田处處科所厂廠队隊班组組园園楼樓街巷段庭首][长長]")
#: rates that are parts of a whole and cannot exceed 100%
_CLOSED = lazyre.compile(r"(?:纠错|糾錯|办结|辦結|出庭应诉|出庭應訴|出庭|应诉|應訴|整改|化解|满意|滿意|败诉|敗訴|合格|"
                     r"参评|參評|办复|辦複|辦復|公开|公開|知晓|知曉|审查|審查|备案|備案|到庭|履行|结案|結案|参与|參與|"
                     r"受理|调解成功|調解成功|调处成功|調處成功|达标|達標|入学|入學|普及|参保|參保|知晓|通过|通過|"
                     r"按期|按时|按時|回复|回覆|答复|答覆|办理|辦理|完好|优良|優良|正确|正確|准确|準確|及时|及時|"
                     r"查处|查處|销号|銷號|清零|采纳|採納|调解|調解|接通|响应|響應|处置|處置|见面|見面|签约|簽約)率$|(?:满意|滿意)度$")
#: a negation opening a closed rate's name (不合格率 is not 合格率)
_NEGATED_RATE = ("不", "未", "非", "没", "沒", "無", "无")
#: bases that are not a whole the share is a part of: a plan, another period, an average or a standard (占全省平均水平的110%)
_OPEN_BASE = lazyre.compile(r"预算(?!收入|支出)|預算(?!收入|支出)|计划|計劃|目标|目標|任务|任務|上年|去年|同期|上一年|前一年|基期|年初|规划|規劃|"
                            r"平均|水平|标准|標準")


#: a rate stated over a population named apart (以户籍人口计 / 按常住人口计算 / 以户籍人口为基数): the people counted in
#: the numerator need not be among them, so the rate may exceed 100% (参保率103.5%（以户籍人口计）)
_OTHER_BASE_NOTE = lazyre.compile(r"(?:以|按)[^，,；;。（()）\d]{0,10}?(?:人口|人数|户数)(?:为基数|为分母|数)?(?:计算|统计|计|口径)")


def over_named_base(masked: str, q: "Quantity") -> bool:
    """Whether the rate ``q`` is said to be over a population named apart (以户籍人口计), right before or after it in
    its clause: such a rate is not a part of a whole and may exceed 100%."""
    lo = clause_start(None, masked, q.start, max(0, q.start - 40))
    if lo > 0 and masked[lo - 1] in "，,":
        lo = clause_start(None, masked, lo - 1, max(0, lo - 24))     # 按户籍人口计算，参保率…
    hi = min(len(masked), q.end + 20)
    k = min([x for x in (masked.find("，", q.end, hi), masked.find("。", q.end, hi), masked.find("；", q.end, hi)) if x >= 0]
            or [hi])
    return bool(_OTHER_BASE_NOTE.search(masked, lo, k))


_CLAUSE_BREAKS = "，；;：:。！？!?\n"
#: what may stand before a 其中 standing alone: a clause break, an ASCII comma too (one before 其 stands between no
#: digits, so it breaks a clause — grammar._clause_start and rates.context_before read it so)
_QIZHONG_AFTER = _CLAUSE_BREAKS + ","
#: up to and including the last of _CLAUSE_BREAKS (one match in C: the greedy .* backs off to it)
_LAST_BREAK = re.compile("(?s).*[" + re.escape(_CLAUSE_BREAKS) + "]")
#: the characters before ``off`` searched first (a break is nearly always there): the rest only when none is
_NEAR = 64


def clause_start(doc, masked: str, off: int, floor: int) -> int:
    """Start of the clause holding ``off`` (after the last ，；：。 before it), not before ``floor``; an ASCII comma
    breaks a clause unless it stands between digits (a 千分撇).  The last break is found by one match backing off from
    ``off`` over the last :data:`_NEAR` characters, then over the rest of ``[floor, off)`` when there is none (a search
    per break character, ``str.rfind``, went back to ``floor`` for each character the clause lacks)."""
    if off <= floor:
        return off
    if floor < 0:      # (str.rfind reads a negative start from the end: kept as it was)
        k = max([masked.rfind(ch, floor, off) for ch in _CLAUSE_BREAKS])
    else:
        lo = off - _NEAR
        m = _LAST_BREAK.match(masked, lo, off) if lo > floor else None
        if m is None:
            m = _LAST_BREAK.match(masked, floor, lo if lo > floor else off)
        k = m.end() - 1 if m is not None else -1
    j = masked.rfind(",", max(k, floor), off)
    while j > k:
        if not (j >= 1 and masked[j - 1].isdigit() and masked[j + 1:j + 2].isdigit()):
            k = j
            break
        j = masked.rfind(",", max(k, floor), j)
    s = k + 1 if k >= floor else floor
    if s - 3 >= max(floor, 0) and masked[s - 1] in "，,：:" and masked[s - 3:s - 1] == "其中" \
            and (s == 3 or masked[s - 4] in _QIZHONG_AFTER):
        # (…1,286名，其中，持有执法证件的1,248名: a 其中 standing alone before its comma or colon opens the clause
        # after it, as 其中持有… does — a word of the discourse, no clause of its own; never before ``floor`` nor
        # before the text: a negative floor reads no index from the end)
        return s - 3
    return s


_FROM_BEFORE = lazyre.compile(r"(?:由|从|從)(?:上年的?|去年的?|[\d一二三四五六七八九〇零]{4}年(?:末|底)?的?)?$")
_TO_AFTER = lazyre.compile(r"\s*(?:提高|提升|上升|下降|降低|增加|增长|增長|减少|減少|升|降)(?:到|至|为|為)")


def is_from_value(masked: str, q: Quantity) -> bool:
    """The value a rate or share moved from (不合格率由上年的2.1%降至1.5%: 2.1%): another period's, never read over the
    counts stated for this one."""
    return bool(_TO_AFTER.match(masked, q.end)) and bool(_FROM_BEFORE.search(masked, max(0, q.start - 12), q.start))


#: an earlier period named as the rate's own (上年纠错率为10.0%, 去年同期的办结率为), not a basis it is compared with
#: (比上年, 较去年, 与上年相比)
_PRIOR_OWN = lazyre.compile(r"(?<![比较較与與和同])(?:上一?年|去年|前一年)(?:同期)?(?:的)?[\u4e00-\u9fff“”]{0,12}?(?:为|為|是|达到|達到|达|達)?\s*$")


def is_prior_rate(doc, masked: str, q: Quantity) -> bool:
    """A rate or share stated for an earlier period in its own clause (上年纠错率为10.0%): its operands are that period's
    counts, never this year's stated around it."""
    floor = clause_start(doc, masked, q.start, max(0, q.start - 24))
    return bool(_PRIOR_OWN.search(masked, floor, q.start))


#: 的 between a deed of two or more characters and 比例/比重 closing a share's name (就读的比例; not 在…中的比重, whose
#: whole is read by claims.rates.share_pairs)
#: 占 in the clause of a share: the words before 的 name its whole (占国内生产总值的比重从…提高到), not a deed
_ZHAN_IN = lazyre.compile(r"占|佔")
_DEED_THEN_SHARE = lazyre.compile(r"(?<=[\u4e00-\u9fff]{2})(?<!中)的(比例|比重)$")


def rate_context(doc, masked: str, q: Quantity) -> Optional[Tuple[str, str, bool]]:
    """(name, kind, closed) when the percentage ``q`` is stated as the value of a named rate
    ("rate") or a share ("share"); ``None`` otherwise.  The text between the name and the
    number may only be a copula (为/达到/保持在…), never a change word (提高/增长…)."""
    named = _listed_rate(doc, q)
    if named is not None:
        return named
    lo_w = max(0, q.start - 40)
    floor = clause_start(doc, masked, q.start, lo_w)
    pre = masked[floor:q.start]
    m = _SHARE_TAIL.search(pre)
    if m:
        return "占比", "share", not _OPEN_BASE.search(m.group("name"))
    if _BARE_SHARE.fullmatch(pre):
        return "占比", "share", True
    if not pre.strip() and q.unit == "%" and (q.chinese or q.approx) and floor > 0 and masked[floor - 1] in "，,":
        # 其中涉企案件430件，近一半 / …，超过三分之一 / ，近97%: a share in words (or in digits with 近/约/超过) making a
        # clause of its own after a part introduced by 其中
        prev = masked[clause_start(doc, masked, floor - 1, max(0, floor - 40)):floor - 1]
        if _PART_CLAUSE.match(prev):
            return "占比", "share", True
    m = _RATE_TAIL.search(pre) or _RATE_FROM_TO.search(pre)
    if m is None and ("（" in pre or "(" in pre):
        # 公开率（含部分公开）为78.4%: a bracket saying what the rate includes stands between its name and its value
        m = _RATE_TAIL.search(_INCLUDES_NOTE.sub("", pre))
    if m is None and "”" in pre:
        m = _RATE_TAIL.search(pre.replace("“", "").replace("”", ""))    # “一网通办”率: a name in quotes
    # (…，达14.6%: the quantity service may hold 达 as part of the figure, leaving nothing between)
    if m is None and floor > 0 and masked[floor - 1] in "，," and (_ONLY_COPULA.match(pre)
                                                                  or (not pre.strip() and _ONLY_COPULA.match(masked[q.start:q.num_start]))):
        prev = masked[clause_start(doc, masked, floor - 1, max(0, floor - 40)):floor - 1]
        m = _RATE_THEN_VALUE.match(prev)
    if m and _POINTING_SHARE.fullmatch(m.group("name")):
        return "占比", "share", True
    if m:
        name = m.group("name")
        # 随迁子女在公办学校就读的比例 / 经常参加体育锻炼的人数比例: a share named by the deed of those it counts, then 的 —
        # the deed is its name (公办学校就读比例), not the bare noun after 的
        if not _ZHAN_IN.search(pre):
            name = _DEED_THEN_SHARE.sub(r"\1", name)
        # the name proper: drop leading words that are not part of it (全年, 其中...)
        for sep in ("其中", "全年", "全区", "全市", "全县", "总体", "的"):
            if sep in name and not name.endswith(sep):
                name = name.rsplit(sep, 1)[-1] or name
        if _BREADTH.search(name):
            return name[-3:], "rate", True
        if _URBAN.search(name):
            return "城镇化率", "rate", True
        if _VALUE_ADDED_RATE.search(name):
            return "增加值率", "rate", True
        if name.endswith(("利润率", "利潤率")):
            return name[-7:], "rate", False
        if name.endswith(("资产负债率", "資產負債率")):
            return name[-5:], "rate", False      # 负债总额 ÷ 资产总额 (may exceed 100%: not closed)
        if _OPEN_OR_OTHER.search(_TITLES.sub("", name)):
            return None       # (法治副校长配备率, 河长巡河率: 长 of a post is no growth)
        cm = _CLOSED.search(name)
        whole_name = name
        name = cm.group() if cm and len(cm.group()) >= 3 else name[-6:]
        if cm and len(cm.group()) >= 3 and whole_name[:cm.start()].endswith(_NEGATED_RATE):
            # 不合格率, 不满意率: the negation is part of the name (the rate of what did not happen), not 合格率
            name = whole_name[cm.start() - 1:cm.end()]
        if cm and re.search(r"(?:综合|綜合)" + re.escape(cm.group()) + "$", m.group("name")):
            name = m.group("name")[-len(cm.group()) - 2:]
        if name.endswith(("比例", "比重", "占比", "佔比")):
            return name, "share", True
        closed = bool(_CLOSED.search(name))
        if "完成" in name:
            return name, "rate", False
        return name, "rate", closed
    if q.unit == "%" and q.approx in (">", ">=", "<", "<=") and not pre.strip() and masked[q.end:q.end + 1] == "的" \
            and (floor == 0 or masked[floor - 1] in "。！!；;\n"):
        # 90%以上的村建成文化广场 / 超过95%的事项: a bounded share in digits opening its sentence, of the things it names
        return "占比", "share", True
    if q.unit == "%" and q.approx in (">", ">=", "<", "<=") and _SUBJECT_OF.fullmatch(pre) and floor > 1 \
            and masked[floor - 1] in "，," and masked[floor - 2] == "中":
        # 全市在建的64所学校中，进度滞后的不足5%，仅3所: a bounded share in digits of the things its subject names, among
        # the whole the clause before closes with 中
        return "占比", "share", True
    if is_words_share(masked, q) and not _WORDS_NOT_SHARE.search(pre):
        # 其中涉企案件不足四成（31件） / 调解结案的近六成 / ，接近一半: tenths and fractions are shares with or without 占
        return "占比", "share", True
    return None


#: a list's member that is itself the name of a rate or a share (按期受理率、按期办结率分别为…)
_LISTED_RATE_VERB = lazyre.compile(r"\s*(?:为|為|是|达到|達到|达|達|提高到|提高至|提升到|提升至|上升到|上升至|保持在|稳定在|穩定在)?\s*")
_LISTED_RATE_NAME = lazyre.compile(r"(?P<name>[\u4e00-\u9fff]{1,8}?(?:率|比例|比重|占比|佔比))$")


def _listed_rate(doc, q: Quantity) -> Optional[Tuple[str, str, bool]]:
    """The rate a percentage of a parallel list stands for when the list's members are rates named apart (按期受理率、
    按期办结率分别为99.6%和98.3%: the second value is 按期办结率, the first 按期受理率 — not the name right before the values,
    which is the last member's): ``(name, kind, closed)`` as :func:`rate_context` gives it, or None."""
    from .lists import list_figure
    if not q.is_percent:
        return None
    lf = list_figure(doc, q)
    if lf is None or lf.role not in ("rate", "share"):
        return None
    text = doc.text
    k = max(text.rfind("分别", lf.start, q.start), text.rfind("分別", lf.start, q.start))
    from ..quantities import quantity_starts
    import bisect
    i = bisect.bisect_right(quantity_starts(doc), k) if k >= 0 else len(doc.quantities)
    first = doc.quantities[i] if i < len(doc.quantities) else None
    if first is None or not _LISTED_RATE_VERB.fullmatch(text, k + 2, first.start):
        return None     # (分别是…目标值的109.3%: a ratio to something else, not the rates' values)
    m = _LISTED_RATE_NAME.search(lf.member)
    if m is None or _OPEN_OR_OTHER.search(_TITLES.sub("", m.group("name"))):
        return None
    name = m.group("name")
    for sep in ("其中", "全年", "全区", "全市", "全县", "总体", "的"):
        if sep in name and not name.endswith(sep):
            name = name.rsplit(sep, 1)[-1] or name
    if name.endswith(("比例", "比重", "占比", "佔比")):
        return name, "share", True
    cm = _CLOSED.search(name)
    if cm is None or len(cm.group()) < 3:
        return None     # (only rates whose name :data:`_CLOSED` reads as bounded by 100%: 办结率, 受理率)
    return cm.group(), "rate", True


def listed_rate_end(doc, q: Quantity) -> Optional[int]:
    """Where the parallel list ends when ``q`` is one of its rates named apart (:func:`_listed_rate`), else None: the
    counts such a rate is computed from follow the whole list, not the value itself."""
    if _listed_rate(doc, q) is None:
        return None
    from .lists import list_figure
    lf = list_figure(doc, q)
    return lf.end if lf is not None else None


#: the subject of a share closed by 的 (进度滞后的, 已整改的): words only
_SUBJECT_OF = lazyre.compile(r"[\u4e00-\u9fff“”]{1,8}的(?:达到|達到|达|達|为|為)?")


def is_words_share(masked: str, q: "Quantity") -> bool:
    """A share written in tenths or as a fraction (四成, 不足六成, 三分之一, 近一半, 过半): one of :func:`cheng_figures`."""
    if not (q.chinese and q.unit == "%"):
        return False
    t = masked[q.num_start:q.end]
    return "成" in t or "分之" in t or "半" in t


#: a clause in which tenths or a fraction are not a share: a change (增长两成, 减少一半), a plan or its completion
#: (完成年度目标的八成), a comparison (相当于…的三分之一)
_WORDS_NOT_SHARE = lazyre.compile(r"增|减|減|降|升|提高|翻|压|壓|缩|縮|削|扩|擴|超出|完成|目标|目標|计划|計劃|任务|任務|"
                                  r"相当|相當|预计|預計|力争|力爭|确保|確保|争取|爭取|[由从從比较較]")


# -- shares in 成 (四成 = 40%) --------------------------------------------------------------------------
_CHENG = lazyre.compile(r"(?P<pre>不足|不到|超过|超過|突破|超|逾|(?<![通经經超越跨穿度错錯])[过過]|接近|将近|將近|近|约|約|达到|達到|达|達|为|為)?"
                        r"(?P<n>[一二两兩三四五六七八九]|(?<![\d.])[1-9])成(?![立为為果功效绩績本品员員熟长長交])(?P<post>以上|多|左右|以下|以内|以內)?")
#: shares written as fractions (约占三分之一, 占近一半, 占比过半, 半数以上, 四分之一以上)
_FRACTION = lazyre.compile(r"(?P<pre>不足|不到|超过|超過|超|逾|过|過|接近|将近|將近|近|约|約|达到|達到|达|達|为|為)?"
                           r"(?P<n>(?P<den>[二三四五六七八九十])分之(?P<num>[一二三四五六七八九])|一半|半数|半數|(?<=[过過])半)"
                           r"(?P<post>以上|多|左右|以下|以内|以內)?")
_CN1 = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
        **{str(i): i for i in range(1, 10)}}       # (近5成: tenths in digits too)
_CHENG_BOUND = {"不足": "<", "不到": "<", "以下": "<=", "以内": "<=", "以內": "<=", "接近": "<", "将近": "<", "將近": "<",
                "近": "<", "超过": ">", "超過": ">", "突破": ">", "超": ">", "逾": ">", "过": ">", "過": ">", "以上": ">=", "多": ">"}


def spaced_percents(doc) -> list:
    """Percentages printed with a space before the sign (营业收入利润率为11.1 %), which the extractor reads as bare
    numbers: the same figure with the unit %.  One pass over the quantities, cached per document."""
    c = doc.__dict__.get("_lintgov_spaced_percents")
    if c is not None:
        return c
    import dataclasses
    out = []
    text = fullwidth_text(doc)
    for q in doc.quantities:
        if q.unit == "" and not q.chinese:
            m = _SPACED_PCT.match(text, q.end)
            if m:
                out.append(dataclasses.replace(q, unit="%", end=m.end()))
    doc.__dict__["_lintgov_spaced_percents"] = out
    return out


_SPACED_PCT = lazyre.compile(r"[ \u00a0\u2002\u2009\u3000]{1,2}[%％]")


def _anchored(pattern, masked: str, anchor: str, back: int, fwd: int) -> list:
    """Matches of ``pattern`` that hold an occurrence of ``anchor`` (成, 分之, 半), found by looking only around each
    occurrence (str.find, then the pattern on a window of ``back`` characters before and ``fwd`` after): a scan of
    the text at C speed instead of trying the pattern at every character."""
    out = []
    last = 0
    i = masked.find(anchor)
    while i >= 0:
        if i >= last:
            for m in pattern.finditer(masked, max(last, i - back), min(len(masked), i + len(anchor) + fwd)):
                if m.start() <= i < m.end():
                    out.append(m)
                    last = m.end()
                    break
        i = masked.find(anchor, i + 1)
    return out


def cheng_figures(doc) -> list:
    """Shares written in tenths (占比不足四成, 占七成以上, 近三成) or as fractions (约占三分之一, 占近一半, 过半,
    四分之一以上) as percentages the extractor does not give: a bound (不足/以上/超过/过/近…) is exact at its
    value (40%, 33.3%); a plain 四成 (or 约四成, 三分之一) stands for its value ±5 points.  Cached per document."""
    c = doc.__dict__.get("_lintgov_cheng")
    if c is not None:
        return c
    from ..quantities import Quantity
    out = []
    masked = digits_masked(doc)
    if "成" in masked:
        for m in _anchored(_CHENG, masked, "成", 3, 4):
            pre, post = m.group("pre") or "", m.group("post") or ""
            word = post if post in _CHENG_BOUND else pre if pre in _CHENG_BOUND else ""
            approx = _CHENG_BOUND.get(word)
            # (约四成: 约 is part of the figure, as the quantity service holds it in 约40% — its value stays ±5 points)
            start = m.start("pre") if pre and (word == pre or pre in ("约", "約")) else m.start("n")
            value = 10.0 * _CN1[m.group("n")]
            out.append(Quantity(start=start, end=m.end(), num_start=start, num_end=m.end("n") + 1, value=value,
                                mantissa=value, decimals=0 if approx else -1, scale=1, unit="%", approx=approx,
                                approx_word=word, chinese=True, before_word=pre if word == pre else "",
                                after_word=post if word == post else ""))
    if "分之" in masked or "半" in masked:
        found = {m.start(): m for a in ("分之", "半") for m in _anchored(_FRACTION, masked, a, 4, 6)}
        for m in (found[k] for k in sorted(found)):
            pre, post = m.group("pre") or "", m.group("post") or ""
            word = post if post in _CHENG_BOUND else pre if pre in _CHENG_BOUND else ""
            if m.group("n") == "半" and word not in ("过", "過"):
                continue
            approx = _CHENG_BOUND.get(word)
            # (约四成: 约 is part of the figure, as the quantity service holds it in 约40% — its value stays ±5 points)
            start = m.start("pre") if pre and (word == pre or pre in ("约", "約")) else m.start("n")
            value = 100.0 * _CN1[m.group("num")] / _CN1[m.group("den")] if m.group("den") else 50.0
            if value >= 100:
                continue
            out.append(Quantity(start=start, end=m.end(), num_start=start, num_end=m.end("n"), value=value,
                                mantissa=value, decimals=0 if approx else -1, scale=1, unit="%", approx=approx,
                                approx_word=word, chinese=True, before_word=pre if word == pre else "",
                                after_word=post if word == post else ""))
        out.sort(key=lambda q: q.start)
    doc.__dict__["_lintgov_cheng"] = out
    return out

