"""Shares and ratios read from the figures they are computed from (LG107–LG109).

* LG107 — shares listed with 分别占 after the counts they belong to (三类案件186件、94件、40件，分别占58.1%、
  29.4%、12.5%): shares of one whole are proportional to their counts, so every count divided by its share
  must give one and the same whole (and the whole when the text states it);
* LG108 — the ratio of two named figures (城乡居民收入比2.19:1 = 城镇居民人均可支配收入 ÷ 农村居民人均可支配收入);
* LG109 — a structure of the three sectors (三次产业结构8.7:48.5:42.8) against the sector levels and the GDP
  stated before it (第二产业增加值127.2亿元 ÷ 地区生产总值262.6亿元 = 48.4%).

Each check reads only figures in a bounded window before the statement, looked up by position and by the
words naming them (never all pairs of figures of a paragraph), and stays silent unless no reading of the
printed figures (each taken as the interval its rounding allows) gives the stated value.
"""
from __future__ import annotations

import bisect
import re
from typing import List, Optional, Sequence, Tuple

from lintgov import hookimpl, lazyre
from lintgov.claims import _PLAN_WORDS, claims_of, ledger, record
from lintgov.claims.grammar import QFILL, QTOK, folded_text, skeleton
from lintgov.claims.rates import shown_sum
from lintgov.claims.lists import list_averages, list_means, listed_run, named_run
from lintgov.claims.leadlists import lead_lists
from lintgov.claims.partition import CROSS_GROUPING, MULTI_CHOICE, STANCE_ITEM
from lintgov.claims.sides import share_sides
from lintgov.claims.reach import average_operands
from lintgov.claims.ratios import (HELD_AT_END, per_intervals, per_people, per_unit, per_unit_growths, total_after, total_before,
                                   units_before)
from lintgov.claims.metric import full_names
from lintgov.claims.roles import _OPEN_BASE
from lintgov.claims.values import interval_of, measure, value_of
from lintgov.claims.wholes import respective_split, sector_levels
from lintgov.claims.partition import announced as _announced, by_count as _by_count, complete as _complete_by_name
from lintgov.quantities import Quantity, quantities_in
from lintgov.rule import Related, Rule, bad, good

# -- helpers -----------------------------------------------------------------------------------------
#: the clause right after a per-unit average, up to its first figure (，保障对象3.6万人 / ，惠及困难群众3.6万人)
_PER_NEXT_CLAUSE = lazyre.compile(r"[，,](?P<w>[\u4e00-\u9fff“”]{1,12}?)(?=\d)")
#: words that make that figure no count of the units the average is over (a part, an addition, a change, a plan)
_PER_NOT_UNITS = lazyre.compile(r"其中|新增|增加|减少|減少|增长|增長|下降|提高|同比|比上年|较|較|累计|累計|计划|計劃|目标|目標|人次|户次")


def _pct_interval(q: Quantity) -> Tuple[float, float]:
    h = 0.5 * 10 ** (-q.decimals)
    lo, hi = q.value - h, q.value + h
    if q.approx == "≈":
        lo, hi = lo - 2 * h, hi + 2 * h
    return lo, hi


def _is_amount(q: Quantity) -> bool:
    return not q.is_percent and measure(q) not in ("", "%", "‰", "倍", "番", "个百分点", "百分点", "年", "天", "个月")


def _num(x: float, d: int = 2) -> str:
    s = f"{x:.{d}f}"
    return s.rstrip("0").rstrip(".") if "." in s else s


def _scale_of(doc, q: Quantity) -> Tuple[float, str]:
    """The scale a figure is printed in and the words naming it (120亿元 / 一百二十亿元: 10⁸, 亿元), to show wholes
    recomputed from it in its own terms."""
    if q.chinese or q.scale != 1:
        word = {10 ** 4: "万", 10 ** 8: "亿", 10 ** 12: "万亿"}.get(q.scale)
        if word is not None or q.scale == 1:
            return float(q.scale), (word or "") + (q.unit or "")
    unit = value_of(q) / q.mantissa if q.mantissa else 1.0
    return unit, doc.text[q.num_end:q.end]


#: the formula LG101 records for a share whose whole is some whole number it does not print (rules/arithmetic.py)
_ANY_WHOLE = "k/N*100 for a whole number N (not printed)"


def _big_scale(doc, q: Quantity, x: float) -> Tuple[float, str]:
    """The scale to show an amount ``x`` recomputed from ``q`` in: the largest of 万亿/亿/万 that ``x`` reaches when it is
    larger than ``q``'s own (:func:`_scale_of`: 11022331498元 as 110.2233亿元, 2862016万元 as 286.2016亿元), else
    ``q``'s own."""
    unit, tail = _scale_of(doc, q)
    for size, word in ((1e12, "万亿"), (1e8, "亿"), (1e4, "万")):
        if abs(x) >= size:
            return (size, word + measure(q)) if size > unit else (unit, tail)
    return unit, tail


def _shown(doc, q: Quantity) -> str:
    """A share as printed (百分之五十五 whole: its number alone would lose the per cent)."""
    return doc.text[q.start:q.end] if q.chinese else doc.text[q.num_start:q.end]


_CUT = lazyre.compile(r"[。；;！？!?\n]")
#: the nearest totals of a sentence tried for one per-capita figure (a bound: real sentences name one or two)
_PC_TOTALS_BACK = 64
_CHANGE = lazyre.compile(r"(?:增长|增長|增加|减少|減少|下降|提高|降低|增|减|減|降|新增|净增|淨增|多|少)了?$")


# -- LG107 -------------------------------------------------------------------------------------------
_RESP = lazyre.compile(r"(?:分别|分別)(?:占|佔)(?P<base>[^，,。；;%]{0,20}?的)?(?:比重|比例)?(?:为|為|是|达到|達到|达|達)?"
                       r"|(?:占比|佔比|比重|比例)(?:分别|分別)(?:为|為|是|达到|達到|达|達)?")
#: a wider total than the report's own figures: each item may be a share of another whole (出口、进口分别占全国的)
_SCOPE = lazyre.compile(r"全国|全國|全省|全球|世界|国家|國家|全市|全区|全區|全县|全縣|全州|各自")
#: the word that makes a ratio a share of one whole (占…比重, 占比)
_OWN_SHARE_WORD = lazyre.compile(r"占|佔")
_SEP = lazyre.compile(r"[\s、，,和及与與]*")
#: what opens a breakdown of one whole: 其中, 按…分/统计, 从…看, …中，
_BREAKDOWN = lazyre.compile(r"其中|按[\u4e00-\u9fff]{1,8}(?:分|统计|統計|划分|劃分)|从[\u4e00-\u9fff]{1,8}看|從[\u4e00-\u9fff]{1,8}看|中[，,：:]")
#: 186件，占58.1% / 186件、占比58.1%: a share right after its count, with no base named
_UNNAMED_SHARE = lazyre.compile(r"[，,、（(]?\s*(?:占|佔)(?:比)?(?:为|為|达|達|达到|達到)?\s*")


#: an item and its share opening a clause: 工业投资占44% / 交通、能源和水利投资占比为44% (no figure, no wider total, no
#: change of the share)
_NAMED_SHARE = lazyre.compile(r"\s*(?P<name>[\u4e00-\u9fff“”、和及与與0-9—\-－~～]{2,24}?)(?:所)?(?:占|佔)"
                              r"(?P<base>[\u4e00-\u9fffA-Z]{2,12}?的)?(?:比重|比例|比)?(?:为|為|达|達|是)?\s*")
#: the head word of a name, left out of the items after the first (工业投资占40%，基础设施占30%: 基础设施投资)
#: the items of a structure right before 的…结构: name 占 share, joined by 、 or a comma (read backwards from 结构)
_STRUCT_ITEMS = lazyre.compile(r"(?P<items>(?:[\u4e00-\u9fff]{1,12}(?:占比|占)(?:为|达到|达)?\d+(?:\.\d+)?[%％][、，,]?){2,8})"
                               r"的[\u4e00-\u9fff]{0,6}$")
_STRUCT_ITEM = lazyre.compile(r"([\u4e00-\u9fff]{1,12}?)(?:占比|占)(?:为|达到|达)?\d")
_STRUCT_NOT = lazyre.compile(r"提高|提升|上升|下降|降低|增加|减少|目标|力争|计划|预期|到20\d\d年")
_HEAD = lazyre.compile(r"(?:投资|投資|增加值|产值|產值|收入|支出|企业|企業|案件|贷款|貸款|存款|消费|消費|用地|面积|面積)$")
#: what may stand between two items of one list: a separator, or a clause of growth of the item before (，增长12%；)
_ITEM_GAP = lazyre.compile(r"(?:[，,；;、]\s*(?:同比)?(?:增长|增長|下降|增加|减少|減少|提高|降低)[^，,；;。\d]{0,4}[\d.]+\s*(?:%|％|个百分点|個百分點))*"
                           r"[，,；;、]\s*")
_WIDER = lazyre.compile(r"全国|全國|全省|全市|全区|全區|全县|全縣|全球|世界|国家|國家|全部|总|總|提高|提升|上升|下降|降低|增至|升至|降至|超过|超過|不足|近")
_ASIDE = lazyre.compile(r"^(?:对|對|向|与|與|在|从|從|由|按|经(?!济|营|费|销|贸|开区)|經(?!濟|營|費|銷|貿|開區))")
#: (经 opens an aside only as a preposition: 经济作物, 经营性, 经费 are names)


def _clause_start(masked: str, off: int, floor: int) -> int:
    i = off
    while i > floor and masked[i - 1] not in "，,；;：:。！？!?\n":
        i -= 1
    return i


def _common_head(names: Sequence[str]) -> str:
    """The last characters all names share (投资 of 工业投资 / 基础设施投资)."""
    head = names[0]
    for n in names[1:]:
        k = 0
        while k < min(len(head), len(n)) and head[-1 - k] == n[-1 - k]:
            k += 1
        head = head[len(head) - k:] if k else ""
    return head


#: a classification named before a list (按申请事项分, 从投诉渠道看): its items are the classes, whatever their words
_CLASSIFIED = lazyre.compile(r"按[\u4e00-\u9fff]{1,8}(?:分|统计|統計|划分|劃分)|[从從][\u4e00-\u9fff]{1,8}看")
_OTHER_ITEM = lazyre.compile(r"^(?:其他|其它)")
_YEAR_NAME = lazyre.compile(r"(?:19|20)\d\d|[上下]年|去年|同期")


#: one-character heads that name a class (文史类/理工类, 一级/二级, A型/B型)
_CLASS_CHAR = lazyre.compile(r"[类類级級型种種档檔]")


def _siblings(names: Sequence[str], classified: bool = False) -> bool:
    """Items of one kind: a common head (the last characters shared by all: 投资, 案件, 产业, 类), a modifier of its
    own for each, none contained in another's (公办 / 公办和普惠性民办), no wider total or change, and all or none
    opened by 对/向/在… (对东盟进出口 / 民营企业进出口 measure different things)."""
    names = [re.sub(r"的$", "", n) for n in names]      # 维持的 / 撤销的: the head is a noun, never 的
    if any(_WIDER.search(n) or _YEAR_NAME.search(n) for n in names) or len(set(names)) != len(names):
        return False          # 2022年占40%，2023年占45%: shares of different years are of different wholes
    head = _common_head(names)
    if not head and not classified:
        return False
    mods = [n[:len(n) - len(head)] for n in names]
    if any(not m for m in mods):
        return False
    if len(head) == 1 and not classified and len({len(m) for m in mods}) > 1 and not _CLASS_CHAR.match(head):
        return False          # 公办学校在校生 / 寄宿生: one shared character is a head only between modifiers of one length
    if len(mods) > 16 or any(i != j and a in b for i, a in enumerate(mods) for j, b in enumerate(mods)):
        return False
    if len({bool(_ASIDE.match(n)) for n in names}) > 1:
        return False
    # 高新技术企业 beside 规上企业, 国有企业 beside 中小企业: one head, different classifications that overlap
    dims = {next((k for k, pat in _DIMENSIONS if pat.search(m)), "") for m in mods} - {""}
    if len(dims) > 1:
        return False
    return True


def _one_classification(names: Sequence[str], classified: bool = False) -> bool:
    """Kinds that exclude each other, so that their shares of one whole add up to at most 100%: siblings with one head
    (工业投资/基础设施投资), kinds the claims layer's classes service knows (企业/个体工商户/农民专业合作社, 维持/撤销/驳回,
    一审/二审), the classes of a classification named before them (按申请事项分) or of a list closed by 其他; never
    attributes (涉企/群体性, 涉及…的, 高新技术) or years."""
    from lintgov.claims.classes import _AGGREGATE, ATTRIBUTE_PREFIX, attribute, exclusive
    plain = [re.sub(r"的$", "", n) for n in names]
    if _AGGREGATE.search(plain[0]):
        return False          # 民生支出占比80%；教育支出占比18%: an aggregate, then parts of it
    bands = all(re.search(r"\d", n) for n in plain)     # 0—14岁/15—59岁/60岁及以上: bands of one scale
    if bands and (sum(1 for n in plain if _TOP_BAND.search(n)) > 1 or sum(1 for n in plain if _BOTTOM_BAND.search(n)) > 1):
        return False          # 60岁以上 / 其中80岁以上: nested bands, never classes of one scale
    bands = bands or (classified and _scale_ends(plain))
    if not bands and any(attribute(n) or ATTRIBUTE_PREFIX.match(n) for n in plain if not _OTHER_ITEM.match(n)):
        return False
    if _siblings(names, classified):
        return True
    if len({next((k for k, pat in _DIMENSIONS if pat.search(n)), "") for n in plain} - {""}) > 1:
        return False          # 国有企业 / 民营企业 / 中小企业: two classifications of one head overlap
    return not any(_WIDER.search(n) or _YEAR_NAME.search(n) for n in names) and bool(exclusive(plain))


_TOP_BAND = lazyre.compile(r"(?:及|或)?以上(?=[\u4e00-\u9fff]{0,4}$)")
_BOTTOM_BAND = lazyre.compile(r"(?:及|或)?以下(?=[\u4e00-\u9fff]{0,4}$)")


def _scale_ends(names: Sequence[str]) -> bool:
    """Steps of one scale named in words, its open ends written 及以上 / 及以下 (按学历分，本科及以上…，大专…，高中及以下…;
    副高及以上 / 中级 / 初级及以下): one top band first or last, at most one bottom band at the other end, the steps
    between with no bound.  Two top bands (60岁以上 / 80岁以上) nest: never steps of one scale."""
    tops = [i for i, n in enumerate(names) if _TOP_BAND.search(n)]
    bottoms = [i for i, n in enumerate(names) if _BOTTOM_BAND.search(n)]
    if len(names) < 2 or len(tops) > 1 or len(bottoms) > 1 or not (tops or bottoms):
        return False
    ends = {0, len(names) - 1}
    if not set(tops + bottoms) <= ends or (tops and bottoms and tops == bottoms):
        return False
    return all(len(_TOP_BAND.sub("", _BOTTOM_BAND.sub("", n))) >= 1 for n in names)


#: ways of classifying one kind of thing; items of one list must be classified one way
_DIMENSIONS = tuple((k, lazyre.compile(p)) for k, p in (
    ("ownership", r"国有|國有|民营|民營|民间|民間|私营|私營|外资|外資|外商|港澳台|集体|集體|个体|個體|股份|混合所有"),
    ("size", r"规上|規上|规模以上|規模以上|限上|限额以上|限額以上|大型|中型|小型|微型|中小|小微|龙头|龍頭|上市"),
    ("tech", r"高新技术|高新技術|高技术|高技術|专精特新|專精特新|科技型|创新型|創新型|战略性新兴|戰略性新興|数字|數字"),
    ("sector", r"工业|工業|服务业|服務業|农业|農業|建筑业|建築業|制造业|製造業|批发|批發|零售|第[一二三]产业|第[一二三]產業"),
    ("place", r"城镇|城鎮|乡村|鄉村|农村|農村|城市|市区|市區|县域|縣域|中心城区|中心城區"),
    ("trade", r"一般贸易|一般貿易|加工贸易|加工貿易|出口|进口|進口|机电|機電"),
))


def _leaves_nothing_out(names: Sequence[str]) -> bool:
    """Items of a list that leave nothing of the whole out: the sides of a split the claims layer's classes service
    knows (男性/女性, 城镇/乡村, 出口/进口) or a last item that is the rest of the others' kind (其他类 after 行政处罚类,
    信息公开类: 其他 + their common head; not 其他服务业 after 工业, 建筑业, which is a class of its own)."""
    plain = [re.sub(r"的$", "", n) for n in names]
    if len(plain) >= 3 and _OTHER_ITEM.match(plain[-1]):
        head = _common_head(plain[:-1])
        return bool(re.fullmatch(r"(?:其他|其它|其余|其餘)" + re.escape(head), plain[-1]))
    return bool(_complete_by_name(plain, residual_ok=False))


#: words saying a figure counts the whole year (全年接待游客…, 年内, 本年度)
_WHOLE_YEAR = lazyre.compile(r"全年|年内|年內|本年|今年|当年|當年")

#: the words of a sum of days (累计审理天数, 共用时)
_DAY_SUM = lazyre.compile(r"(?:累计|累計|共计|共計|合计|合計|总|總|共)[\u4e00-\u9fff]{0,8}$")


class ShareList(Rule):
    code = "LG107"
    name = "share-list-mismatch"
    category = "arithmetic"
    level = "error"
    summary = {"zh": "“分别占”列出的占比与前面列出的数字不成比例",
               "en": "Shares listed with 分别占 are not proportional to the counts they follow"}
    description = {
        "zh": "“A类186件、B类94件、C类40件，分别占58.1%、29.4%、12.5%”：同一整体的各部分占比与各部分数字成比例，"
              "每个数字除以自己的占比应得到同一个整体（文中写明整体时也应等于它）。按每个数字和占比的取舍区间求整体的区间，"
              "各项的区间没有公共部分时报告偏离的那一项。只读紧挨着的写法：占比个数与前面的数字个数相同、计量单位相同、"
              "中间没有别的数字；“分别占全国/全省……的”是各自不同整体的份额，不检查。"
              "分散在各段、各自紧跟部分数字的“占某整体的x%”（工商税收为99.7亿元，占本年收入的33.53%……农业税收入为30.2亿元，"
              "占本年收入的10.16%）：整体名称、计量单位、年份、所在部分、计划与实际都相同的各项是同一整体的份额，每项的"
              "“部分÷占比”给出整体的区间；文中在别处以同一名称写明该整体（本年收入共为297.3亿元，全文只有一个值）且与各项"
              "相符时，逐项与它核对；否则至少两项且过半数相符时，报告区间与它们都不相交的那一项。占全国/全省的、不同年份的、"
              "计划数、增减量、带“以上/近/超过”的部分、“比重提高到”的占比都不作同一整体的份额。"
              "预算执行和决算报告中，“占本年预算收入的”“占预算支出的”“占国家预算的”等所指的整体按预算账户读出：文中以另一种"
              "写法写明的本年收入、收入总数、支出总数、本年支出合计（收支方向、预算种类、预算数与决算数、年份都相同；中央、地方"
              "的数不算），任一可能所指的总数相符即不报；部分写在别处的（用于经济建设方面的支出，共占本年支出的46.89%）按同名"
              "科目（经济建设费支出）核对。",
        "en": "A类186件、B类94件、C类40件，分别占58.1%、29.4%、12.5%: shares of one whole are proportional to their parts, "
              "so each count divided by its share must give the same whole (and the whole when the text states it). "
              "Each count and share is taken as its rounding interval; the rule reports the share whose implied whole "
              "disagrees with the others. Read only when as many shares follow as counts precede, with one measure "
              "word and no other figure between; 分别占全国/全省… (each a share of another total) is not checked. "
              "Shares of one named whole stated far apart, each right after its part (工商税收为99.7亿元，占本年收入的33.53% … "
              "农业税收入为30.2亿元，占本年收入的10.16%): items with the same whole's words, measure, year, part of the "
              "document and kind (plan or actual) are shares of one whole, each part ÷ share giving an interval of it. "
              "When the report states that whole by its name elsewhere (本年收入共为297.3亿元, one value in the report) and "
              "it agrees with the items, each share is checked against it; otherwise, when at least two items and a "
              "majority agree, the item whose interval meets none of theirs is reported. Shares of 全国/全省, of other "
              "years, of plans, parts that are changes or bounds (以上, 近, 超过) and shares stated as the level of a series "
              "(比重提高到) are never read as siblings. In budget execution and final-account reports, the whole of "
              "占本年预算收入的 / 占预算支出的 / 占国家预算的 is read as a total of the budget account stated elsewhere in "
              "another wording (本年收入, 收入总数, 支出总数, 本年支出合计: the same side, budget, kind — 预算 or 决算 — and year; "
              "never a central or local figure); silent when any total that may be meant agrees; a share whose part is "
              "stated elsewhere (用于经济建设方面的支出，共占本年支出的46.89%) is checked against the item of that name "
              "(经济建设费支出).",
    }
    authority = "国家统计局：比重（部分占总体的百分比）"
    messages = {"default": {
        "zh": "占比{stated}与所列数字不成比例：{part}÷{stated}得整体{whole}，而其他各项得{others}（{formula}）",
        "en": "the share {stated} is not proportional to the counts listed: {part} ÷ {stated} gives a whole of "
              "{whole}, the other items give {others} ({formula})"},
        "sum": {
        "zh": "同一整体的各分项占比之和超过100%：{formula} = {total}（按各项取舍区间至少{lo}）",
        "en": "the shares of one whole listed add up to more than 100%: {formula} = {total} (at least {lo} with "
              "each share's rounding)"},
        "whole": {
        "zh": "列表前写明的整体{stated}与各项占比不符：各项按“数字÷占比”得整体{whole}（{formula}）",
        "en": "the whole {stated} stated before the list does not match the items' shares: each part divided by its "
              "share gives a whole of {whole} ({formula})"},
        "complete": {
        "zh": "不遗漏任何部分的各分项占比之和不等于100%：{formula} = {total}（按各项取舍区间至多{hi}）",
        "en": "the shares of a list that leaves nothing out do not add up to 100%: {formula} = {total} (at most {hi} "
              "with each share's rounding)"},
        "implied": {
        "zh": "“占{words}”的占比{stated}与同一整体的其他各项不符：{part}÷{stated}得整体{whole}，而其他各项得{others}",
        "en": "the share {stated} of {words} does not match the other shares of that whole: {part} ÷ {stated} gives a "
              "whole of {whole}, the other items give {others}"},
        "named_whole": {
        "zh": "文中写明的{words}{stated}与它的{n}项占比所示整体不符：各项按“部分÷占比”一致得{whole}",
        "en": "{words} stated as {stated} does not match the whole its {n} shares imply: each part ÷ its share gives "
              "{whole}"},
        "named": {
        "zh": "“占{words}”的占比{stated}与文中写明的{words}{named}不符：{part}÷{named} = {recomputed}（所述值允许区间"
              " {lo}–{hi}）",
        "en": "the share {stated} of {words} does not match {words} stated in the report ({named}): {part} ÷ {named} = "
              "{recomputed} (the stated value allows {lo}–{hi})"}}
    examples = (
        bad("其中，工业投资占54%，基础设施投资占16%，房地产开发投资占23%，民生投资占14%。",
            note="shares of one whole adding up to 107%"),
        good("其中，工业投资占44%，基础设施投资占16%，房地产开发投资占23%，民生投资占14%。"),
        good("其中，一般贸易占58.2%，加工贸易占30.1%，高新技术产品出口占45.5%。",
             note="items of different kinds (trade mode, product): they may overlap"),
        bad("受理的案件中，行政处罚类186件、信息公开类94件、行政许可类40件，分别占53.1%、29.4%、12.5%。"),
        bad("其中，一审案件612件、二审案件245件、再审案件43件，分别占案件总数900件的68.0%、22.2%、4.8%。"),
        good("受理的案件中，行政处罚类186件、信息公开类94件、行政许可类40件，分别占58.1%、29.4%、12.5%。"),
        good("其中，一审案件612件、二审案件245件、再审案件43件，分别占案件总数900件的68.0%、27.2%、4.8%。"),
        good("出口1200亿元、进口800亿元，分别占全省的30%、25%。", note="shares of two different totals"),
        bad("其中，行政处罚类186件，占48.1%；信息公开类94件，占29.4%；行政许可类40件，占12.5%。"),
        good("其中，行政处罚类186件，占58.1%；信息公开类94件，占29.4%；行政许可类40件，占12.5%。"),
        bad("全市常住人口中，男性占51.2%，女性占46.8%。", note="the two sides of a split add up to 100%"),
        good("全市常住人口中，男性占51.2%，女性占48.8%。"),
        bad("在审结案件中，维持决定占71.2%，撤销决定占12.5%，驳回申请占18.8%，其他占7.5%。",
            note="a list closed by 其他 is one classification"),
        bad("全年完成固定资产投资500亿元，工业投资占44%，基础设施投资占26%，房地产开发投资占33%，民生投资占14%。",
            note="the whole stated right before the list"),
        good("全年受理的案件中，涉及公安的占55.2%；涉及自然资源的占30.4%；涉及市场监管的占26.7%。",
             note="attributes (涉及…的) may overlap"),
        bad("从类型看，涉及征收的案件240件，占全年收案的30.0%。\n涉及社会保障的案件96件，占全年收案的12.0%。\n"
            "涉及城市管理的案件88件，占全年收案的14.0%。",
            note="240÷30.0% and 96÷12.0% both give about 800 cases; 88÷14.0% gives 622–635"),
        good("从类型看，涉及征收的案件240件，占全年收案的30.0%。\n涉及社会保障的案件96件，占全年收案的12.0%。\n"
             "涉及城市管理的案件88件，占全年收案的11.0%。"),
    )

    def check(self, doc, ctx):
        masked = folded_text(doc)     # doc.masked() with full-width digits, ．and ％ in ASCII (same offsets)
        if "占" in masked or "佔" in masked:
            # (the account's reading first: a share of a named total of a budget account is bound by the account's kind —
            # 预算, 决算, 预计 — and the other wordings of its name, which the reading by the words alone does not know)
            yield from self._account_shares(doc)
            yield from self._implied(doc)
            yield from self._apart_shares(doc)
            yield from self._item_wholes(doc)
            yield from self._sequence(doc, masked)
            yield from self._lead_list(doc)
            yield from self._named_sequence(doc, masked)
            if "结构" in masked:
                yield from self._structure(doc, masked)
        if "比重" in masked or "比例" in masked:
            yield from self._sides(doc)
        if "占" in masked or "佔" in masked or "比重" in masked or "比例" in masked:
            yield from self._compositions(doc)
        if "分别" not in masked and "分別" not in masked:
            return
        for m in lazyre.finditer(_RESP, masked):
            base = m.group("base") or ""
            if _SCOPE.search(base) or _OPEN_BASE.search(base):
                continue      # 分别占全国的 / 分别占年度计划的: each item a share of its own whole
            s = doc.sentence_at(m.start())
            if s is None:
                continue
            if m.group().startswith(("比例", "比重")) and not _OWN_SHARE_WORD.search(
                    masked, _clause_start(masked, m.start(), s.start), m.start()):
                continue      # 职工医保、居民医保住院费用报销比例分别为84.6%和68.2%: a ratio named without 占 may be each
                # member's own rate (报销比例, 水质优良比例), not its share of one whole
            shares: List[Quantity] = []
            pos = m.end()
            whole_in_base = [q for q in quantities_in(doc, m.start(), m.end()) if _is_amount(q)]
            for q in quantities_in(doc, m.end(), s.end):
                if not q.is_percent or not _SEP.fullmatch(masked[pos:q.start]):
                    break
                shares.append(q)
                pos = q.end
            k = len(shares)
            if k < 2 or any(q.approx in (">", ">=", "<", "<=") for q in shares):
                continue
            before = quantities_in(doc, s.start, m.start())
            before = [q for q in before if q.end <= m.start() and not (q in whole_in_base)]
            cs = _clause_start(masked, m.start(), s.start)
            read = respective_split(masked, cs, m.start(), k, base, floor=s.start)
            if read is not None:
                # 城镇、农村分别占62%和38%: the sides of a split named before 分别占, no figure in their clause — the
                # shares of all of one whole, 100% within each one's rounding
                yield from self._complete_list(doc, shares, list(read[0]), read[1])
                continue
            if len(before) < k:
                continue
            parts = before[-k:]
            if any(not _is_amount(p) or p.approx in (">", ">=", "<", "<=") for p in parts):
                continue
            if len({measure(p) for p in parts}) != 1:
                continue
            if len(masked[parts[-1].end:m.start()]) > 12 or _CUT.search(masked[parts[0].start:m.start()]):
                continue
            if any(_CHANGE.search(masked[max(s.start, p.start - 4):p.start]) for p in parts):
                continue      # 分别增加186件、94件…: changes, not parts
            gaps = [masked[a.end:b.start] for a, b in zip(parts, parts[1:])]
            if any(re.search(r"[\d%]", g_) or len(g_) > 14 for g_ in gaps):
                continue
            wholes = [self._whole(p, q) for p, q in zip(parts, shares)]
            if any(w is None for w in wholes):
                continue
            stated_whole = None
            if whole_in_base and measure(whole_in_base[-1]) == measure(parts[0]):
                stated_whole = interval_of(whole_in_base[-1])
            lo = max(w[0] for w in wholes)
            hi = min(w[1] for w in wholes)
            if stated_whole is not None:
                lo, hi = max(lo, stated_whole[0]), min(hi, stated_whole[1])
            ok = lo <= hi * (1 + 1e-9)
            for q in shares:
                record(doc, self.code, "share-list", q, ok, "part/share = one whole", parts)
            if ok:
                continue
            if stated_whole is None:
                # 全年服务3,100件，其中援助案件420件、代写文书380件，分别占23.5%、12.3%: the whole right before 其中 tells
                # which share is the odd one (only for the report: the finding stands without it)
                k = masked.rfind("其中", s.start, parts[0].start)
                prior = [w for w in quantities_in(doc, s.start, k) if _is_amount(w) and measure(w) == measure(parts[0])
                         and w.approx is None] if k >= 0 else []
                if prior and re.fullmatch(r"[\s，,：:（(]*", masked[prior[-1].end:k]):
                    stated_whole = interval_of(prior[-1])
            yield self._finding(doc, parts, shares, wholes, stated_whole)

    def _lead_list(self, doc):
        """五年基本建设的投资四百二十七亿四千万元，是这样分配的：⏎工业部门为二百四十八亿五千万元，占百分之五十八点二；⏎…: a
        whole stated at the end of a line closed by a colon and its parts listed one to a line after it, each with its
        share and no base named (``claims.leadlists``) — every part divided by its share gives that whole.  Shares
        printed to add up to exactly 100 may have been balanced (one share moved by a unit of its last digit so that
        the column adds up): each is then read one unit wider.  Reports the odd item when one item disagrees with the
        others, the whole when the items agree with each other and not with it."""
        for ll in lead_lists(doc):
            parts = [a for a, _ in ll.items]
            shares = [b for _, b in ll.items]
            if any(b.approx in (">", ">=", "<", "<=") for b in shares):
                continue
            # (balanced at the column's precision: the finest last digit of the shares — 百分之三 beside 百分之七点六 is 3.0)
            balanced = len(shares) >= 3 and abs(sum(b.value for b in shares) - 100.0) < 1e-6
            unit = 10.0 ** -max(b.decimals for b in shares) if balanced else 0.0
            wholes = [self._whole(a, b, widen=unit) for a, b in ll.items]
            if any(w is None for w in wholes):
                continue
            stated = interval_of(ll.whole)
            lo, hi = max(w[0] for w in wholes), min(w[1] for w in wholes)
            agree = lo <= hi * (1 + 1e-9)
            ok = agree and max(lo, stated[0]) <= min(hi, stated[1]) * (1 + 1e-9)
            why = "part/share = the whole stated before the list" + (" (balanced shares: one unit wider)" if balanced else "")
            for q in shares:
                record(doc, self.code, "share-list", q, ok, why, parts + [ll.whole])
            if ok:
                continue
            if not agree:
                yield self._finding(doc, parts, shares, wholes, stated)
                continue
            unit, tail = _scale_of(doc, ll.whole)
            formula = "；".join(f"{doc.text[a.num_start:a.end]}÷{_shown(doc, b)}" for a, b in ll.items)
            yield self.finding(
                doc, ll.whole.start, ll.whole.end, "whole",
                related=[Related(x.start, x.end, {"zh": f"第{i + 1}项", "en": f"item {i + 1}"}) for i, x in enumerate(shares)],
                evidence={"parts": [interval_of(x)[0] for x in parts], "shares": [x.value for x in shares],
                          "implied_wholes": [list(w) for w in wholes], "implied_whole": [lo, hi],
                          "stated_whole": list(stated), "formula": "part / share * 100",
                          "tolerance": "rounding interval of each count and share" + (" (shares balanced to 100: one "
                                                                                       "unit wider)" if balanced else "")},
                stated=doc.text[ll.whole.start:ll.whole.end],
                whole=f"{_num(lo / unit, 1)}–{_num(hi / unit, 1)}{tail}", formula=formula)

    def _sides(self, doc):
        """A所占的比重由36.7%上升到61%，而B所占的比重则由63.3%下降为39%: two sides of one whole moving opposite ways in
        parallel clauses (``claims.sides``).  When their shares add up to 100% at one date (within the rounding of
        each), they are all of the whole, and must add up to 100% at the other date too.  Silent when neither date
        adds up to 100% (the two may be sides of different splits that overlap or leave parts out)."""
        for ss in share_sides(doc):
            points = [(ss.first.base, ss.second.base), (ss.first.current, ss.second.current)]
            sums = [(sum(_pct_interval(q)[0] for q in pt), sum(_pct_interval(q)[1] for q in pt)) for pt in points]
            whole = [lo <= 100 + 1e-9 and hi >= 100 - 1e-9 for lo, hi in sums]
            if not any(whole):
                continue
            for pt, (lo, hi), ok in zip(points, sums, whole):
                for q in pt:
                    record(doc, self.code, "share-list", q, ok, "two sides of one whole = 100% at each date "
                                                                 "(they add up to 100% at the other)")
                if ok:
                    continue
                names = [doc.text[ss.first.verb_start:ss.first.verb_start + len(ss.first.verb)],
                         doc.text[ss.second.verb_start:ss.second.verb_start + len(ss.second.verb)]]
                if lo > 100 + 1e-9:
                    yield from self._over_100(doc, list(pt), names)
                else:
                    yield from self._short_of_100(doc, list(pt), names, lo, hi,
                                                  "the two sides of one whole, moving opposite ways, add up to 100% "
                                                  "at the other date")

    def _complete_list(self, doc, shares, names, why):
        """The shares of parts that leave nothing of their whole out add up to 100% within each share's rounding."""
        lo = sum(_pct_interval(q)[0] for q in shares)
        hi = sum(_pct_interval(q)[1] for q in shares)
        if lo > 100 + 1e-9:
            yield from self._over_100(doc, shares, names)
            return
        ok = hi >= 100 - 1e-9
        for q in shares:
            record(doc, self.code, "share-list", q, ok, f"sum of shares of a complete list = 100% (complete: {why})")
        if not ok:
            yield from self._short_of_100(doc, shares, names, lo, hi, why)

    def _sequence(self, doc, masked):
        """行政处罚类186件，占58.1%；信息公开类94件，占29.4%；…: shares with an unnamed base, each right after its
        count, in one sentence and with no whole stated before them — shares of one whole, so proportional (and
        adding up to at most 100%, else they are shares of different wholes and nothing is read)."""
        for s in doc.sentences:
            qs = quantities_in(doc, s.start, s.end)
            items: List[Tuple[Quantity, Quantity]] = []
            for a, b in zip(qs, qs[1:]):
                if b.is_percent and not a.is_percent and _is_amount(a) and _UNNAMED_SHARE.fullmatch(masked[a.end:b.start]) \
                        and b.approx is None and a.approx is None and not masked[b.end:b.end + 1] in ("、", "和"):
                    items.append((a, b))
            if len(items) < 2 or len({measure(a) for a, _ in items}) != 1:
                continue
            first = items[0][0]
            if any(_is_amount(c) and measure(c) == measure(first) for c in qs if c.end <= first.start):
                continue      # a whole stated before them: LG101 checks each share against it
            if not _BREAKDOWN.search(masked, s.start, first.start):
                continue      # 新增企业120家，占40%；新增个体户300家，占35%: nothing says they are parts of one whole
            if any(_CHANGE.search(masked[max(s.start, a.start - 4):a.start]) for a, _ in items):
                continue
            if sum(_pct_interval(b)[0] for _, b in items) > 100 + 1e-9:
                # 按案件类型分，行政处罚类186件（占58.1%），信息公开类94件（占39.4%）…: items of one kind after a breakdown
                # cannot take more than the whole; items of different kinds may be shares of different wholes
                names = [re.sub(r"^(?:其中|其次|另外|此外)", "", re.split(r"[，,；;：:、（(]", masked[max(s.start, a.start - 16):a.start])[-1])
                         for a, _ in items]
                if all(len(n) >= 2 for n in names) and _one_classification(names):
                    yield from self._over_100(doc, [b for _, b in items], names)
                continue
            parts = [a for a, _ in items]
            shares = [b for _, b in items]
            wholes = [self._whole(a, b) for a, b in items]
            if any(w is None for w in wholes):
                continue
            lo, hi = max(w[0] for w in wholes), min(w[1] for w in wholes)
            ok = lo <= hi * (1 + 1e-9)
            for q in shares:
                record(doc, self.code, "share-list", q, ok, "part/share = one whole", parts)
            if ok:
                continue
            yield self._finding(doc, parts, shares, wholes, None)

    def _named_sequence(self, doc, masked):
        """其中，工业投资占44%，基础设施投资占16%，房地产开发投资占23%，民生投资占14%: shares with no counts, each opening
        its clause with the item it measures, listed one after another right after a breakdown (其中, 按…分, 从…看,
        …中，): shares of one whole may leave items out but never add up to more than 100% (beyond the rounding of
        each).  Read only when the items are plainly siblings: one head word (投资, 案件, 产业, 类), none a part of
        another (公办 / 公办和普惠性民办), none a share of a wider total (占全国的) or a bound (以上, 左右), none
        a changed share (占比提高到)."""
        for s in doc.sentences:
            if masked.count("占", s.start, s.end) + masked.count("佔", s.start, s.end) < 2:
                continue
            runs: List[List[Tuple[str, Quantity, int]]] = [[]]     # (name, share, clause start), consecutive items
            for q in quantities_in(doc, s.start, s.end):
                if not q.is_percent:
                    continue
                cs = _clause_start(masked, q.start, s.start)
                if runs[-1] and masked[runs[-1][-1][1].end:runs[-1][-1][1].end + 1] == "、" \
                        and cs <= runs[-1][-1][1].end < q.start:
                    cs = runs[-1][-1][1].end + 1    # 男性占52.1%、女性占47.9%: items joined by 、 inside one clause
                m = _NAMED_SHARE.fullmatch(masked, cs, q.start)
                if m is None:
                    continue
                run = runs[-1]
                if run and not _ITEM_GAP.fullmatch(masked, run[-1][1].end, cs):
                    runs.append([])
                if m.group("base") and run:
                    runs.append([])       # 占…的 names a whole of its own: only the first item of a run may name it
                elif run and runs[-1] is run and m.group("name").startswith("其中"):
                    # 予以公开的占61.2%，其中主动公开的占40.5%，依申请公开的占20.7%: items after 其中 break down the item
                    # before, not its siblings — they start a run of their own (of that item's whole or of the item)
                    runs.append([])
                runs[-1].append((re.sub(r"^(?:其中|其次|另外|此外)", "", m.group("name")), q, cs, m.group("base") or ""))
            for items in runs:
                if 2 <= len(items) <= 16:
                    yield from self._named_run(doc, masked, s, items)

    def _named_run(self, doc, masked, s, items):
        shares = [q for _, q, _, _ in items]
        if any(q.approx is not None or masked[q.end:q.end + 2] in ("左右", "以上", "以下", "以内") for q in shares):
            return
        lead = masked[max(s.start, items[0][2] - 16):items[0][2]]
        names = [n for n, _, _, _ in items]
        if all(STANCE_ITEM.match(n) for n in names) or MULTI_CHOICE.search(masked, s.start, s.end) \
                or sum(1 for n in names if CROSS_GROUPING.search(n)) >= 2:
            return            # 希望获得助餐服务的占58.6%，希望获得助医服务的占47.2%: stances one may take together;
            #                   装备制造业占38.6%，高技术制造业占24.2%: groupings across industries that share firms
        base = items[0][3]
        if base and (_SCOPE.fullmatch(base[:-1]) or re.search(r"提高|提升|上升|下降|降低|计划|計劃|目标|目標|任务|任務", base) or _YEAR_NAME.search(base)):
            return            # 占全国的 / 占上年的: a wider or another whole, maybe each item's own
        head = _HEAD.search(names[0])
        if head and len(names[0]) > len(head.group()):
            # 工业投资占40%，基础设施占30%，房地产开发占25%: the head word written once, with the first item
            names = [names[0]] + [n if n.endswith(head.group()) else n + head.group() for n in names[1:]]
        elif len(names) >= 2 and len({len(n) for n in names[1:]}) == 1 and len(names[0]) >= len(names[1]) + 2 \
                and _siblings([names[0][:len(names[1])]] + names[1:]):
            # 第一产业从业人员占12.4%，第二产业占41.3%，第三产业占46.3%: any head written once, with the first item, after
            # stems of one kind
            tail = names[0][len(names[1]):]
            names = [names[0]] + [n + tail for n in names[1:]]
        opened = _BREAKDOWN.search(lead) or _BREAKDOWN.match(masked, items[0][2], items[0][2] + 3) \
            or self._whole_before(doc, masked, s, items[0][2], _common_head(names)) \
            or base or len(items) >= 3
        if not opened:
            return            # 城镇居民占61%，农村居民占39%: nothing says these are the parts of one whole (two items:
            # they may be shares of two wholes; with three or more of one classification, or 占…的 naming the whole
            # with the first, they are parts of one)
        # items of a classification named before them (按申请事项分, 从投诉渠道看) or closed by 其他 are the classes of
        # one whole whatever their words
        classified = bool(_CLASSIFIED.search(lead)) or bool(_OTHER_ITEM.match(names[-1]))
        # a count of kinds announced right before the items (按来源分为三类，… / 涉及3类事项，…) and as many items: all of
        # the whole (claims.partition)
        clause = [c for c in re.split(r"[。；;，,]", lead) if c]
        counted = bool(clause) and _by_count(_announced(clause[-1]), names) is not None
        classified = classified or counted
        if not _one_classification(names, classified) and not (_siblings(names, classified) and _leaves_nothing_out(names)):
            return            # (男性/女性: attributes elsewhere, but the two sides of one split here)
        total_lo = sum(_pct_interval(q)[0] for q in shares)
        if total_lo <= 100 + 1e-9 and (_leaves_nothing_out(names) or counted):
            # the items leave nothing out (男性/女性, 城镇/乡村, a last item 其他类 of the others' head): their shares
            # add up to 100% within the rounding of each
            total_hi = sum(_pct_interval(q)[1] for q in shares)
            ok = total_hi >= 100 - 1e-9
            if not ok:
                # 参加职工医保的占36.2%，参加居民医保的占61.4%，参保率达到97.6%: the sentence states their sum, a whole short
                # of 100% (those who hold neither are left out)
                ok = any(r.is_percent and r.start > shares[-1].end and _pct_interval(r)[0] <= total_hi + 1e-9
                         and total_lo - 1e-9 <= _pct_interval(r)[1] for r in quantities_in(doc, s.start, s.end))
            for q in shares:
                record(doc, self.code, "share-list", q, ok, "sum of shares of a complete list = 100%")
            if not ok:
                yield from self._short_of_100(doc, shares, names, total_lo, total_hi)
            return
        if total_lo <= 100 + 1e-9:
            for q in shares:
                record(doc, self.code, "share-list", q, True, "sum of shares of one whole <= 100%")
            return
        yield from self._over_100(doc, shares, names)

    def _compositions(self, doc):
        """在工业总产值中，国有工业所占的比重由2020年的59%上升到63%，…；私营工业所占的比重则由25%下降为19% / 在零售总额中，
        国有商业的比重将上升到60.5%，…，而农贸市场将占8.1%: the shares of one named whole listed clause after clause
        (``claims.compositions``), the levels they move to and, when every item gives one of one year, the levels they
        move from: each list adds up to at most 100%, and to 100% within the rounding of each when the words say it
        leaves nothing out (其余, a known split).  A list of bare 占a% items is checked only when the words close it (it
        may classify the whole two ways).  Lists another reading of this rule checked already are left to it."""
        from lintgov.claims.compositions import compositions, exhaustive, priors_of_one_year
        comps = compositions(doc)
        if not comps:
            return
        done = {c.start for c in ledger(doc) if c.rule == self.code}
        for comp in comps:
            why = exhaustive(comp)
            lists = [[it.share for it in comp.items]]
            if priors_of_one_year(comp):
                lists.append([it.prior for it in comp.items])
            for shares in lists:
                seen = any(q.start in done for q in shares)
                if seen and not why:
                    continue
                total_lo = sum(_pct_interval(q)[0] for q in shares)
                total_hi = sum(_pct_interval(q)[1] for q in shares)
                if total_lo > 100 + 1e-9:
                    if seen:
                        continue    # (reported by the reading that checked it)
                    if not why and all(it.plain for it in comp.items):
                        # bare 占a% items may classify the whole two ways (工业投资、基础设施投资 … 民间投资; 公办学校在校生 …
                        # 寄宿生): only a list the words close, or one stated as the whole's structure (比重, the levels
                        # the shares move to), is sure to be one classification
                        continue
                    yield from self._over_100(doc, shares, comp.names)
                elif why:
                    ok = total_hi >= 100 - 1e-9
                    for q in shares:
                        record(doc, self.code, "share-list", q, ok, "sum of shares of a complete list = 100%")
                    if not ok:
                        yield from self._short_of_100(doc, shares, comp.names, total_lo, total_hi, why)
                else:
                    for q in shares:
                        record(doc, self.code, "share-list", q, True, "sum of shares of one whole <= 100%")
                done.update(q.start for q in shares)

    def _structure(self, doc, masked):
        """构建商品房占40%、政策性支持住房占40%、公租房占20%的供应结构 / 形成国有企业占30%、民营企业占60%、外资企业占10%的
        所有制结构: shares listed inside the structure they make up (…的X结构) describe all of it — with three items or more
        they add up to 100% within the rounding of each; two never exceed it.  Not read: a bound or an approximation
        (占比超过60%, 左右), a changed share (提高到), items of a plan (目标, 力争)."""
        k = masked.find("结构")
        while k >= 0:
            m = _STRUCT_ITEMS.search(masked, max(0, k - 160), k)
            k = masked.find("结构", k + 2)
            if m is None:
                continue
            a, b = m.start("items"), m.end("items")
            shares = [q for q in quantities_in(doc, a, b) if q.is_percent]
            names = [x.group(1) for x in _STRUCT_ITEM.finditer(masked, a, b)]
            if len(shares) != len(names) or len(shares) < 2 \
                    or any(q.approx is not None or masked[q.end:q.end + 2] in ("左右", "以上", "以下", "以内") for q in shares) \
                    or _STRUCT_NOT.search(masked, max(0, a - 12), b):
                continue
            total_lo = sum(_pct_interval(q)[0] for q in shares)
            total_hi = sum(_pct_interval(q)[1] for q in shares)
            if total_lo > 100 + 1e-9:
                yield from self._over_100(doc, shares, names)
            elif len(shares) >= 3:
                ok = total_hi >= 100 - 1e-9
                for q in shares:
                    record(doc, self.code, "share-list", q, ok, "shares making up a structure = 100%")
                if not ok:
                    yield from self._short_of_100(doc, shares, names, total_lo, total_hi)

    def _short_of_100(self, doc, shares, names, lo, hi, why=None):
        formula = "+".join(_shown(doc, q) for q in shares)
        total = sum(q.value for q in shares)
        q = min(shares, key=lambda x: x.value)
        yield self.finding(
            doc, shares[0].start, shares[-1].end, "complete",
            related=[Related(x.start, x.end, {"zh": f"第{i + 1}项", "en": f"item {i + 1}"}) for i, x in enumerate(shares)],
            evidence={"shares": [x.value for x in shares], "items": names, "sum": round(total, 6),
                      "sum_interval": [round(lo, 6), round(hi, 6)], "formula": "sum of shares of a complete list = 100",
                      "tolerance": round((hi - lo) / 2, 6), **({"complete_because": str(why)} if why else {})},
            formula=formula, total=f"{_num(total, 2)}%", hi=f"{_num(hi, 2)}%")

    @staticmethod
    def _whole_before(doc, masked, s, at: int, head: str) -> bool:
        """全年完成固定资产投资500亿元，工业投资占44%，…: the clause right before the first item states the whole, an
        amount named with the items' head word (投资), with no change word or share of its own."""
        if len(head) < 2 or at <= s.start or masked[at - 1] not in "，,：:":
            return False
        cs = _clause_start(masked, at - 1, s.start)
        qs = quantities_in(doc, cs, at - 1)
        if len(qs) != 1 or qs[0].is_percent or not _is_amount(qs[0]) or masked[qs[0].end:at - 1].strip():
            return False
        words = masked[cs:qs[0].start]
        return head in words and not _CHANGE.search(words) and not re.search(r"占|佔|上年|去年|同期|计划|計劃|目标|目標", words)

    def _over_100(self, doc, shares, names):
        total_lo = sum(_pct_interval(q)[0] for q in shares)
        formula = "+".join(_shown(doc, q) for q in shares)
        for q in shares:
            record(doc, self.code, "share-list", q, False, "sum of shares of one whole <= 100%")
        total = sum(q.value for q in shares)
        q = max(shares, key=lambda x: x.value)
        yield self.finding(
            doc, q.start, q.end, "sum",
            related=[Related(x.start, x.end, {"zh": f"第{i + 1}项", "en": f"item {i + 1}"}) for i, x in enumerate(shares)],
            evidence={"shares": [x.value for x in shares], "items": names, "sum": round(total, 6),
                      "sum_lower_bound": round(total_lo, 6), "formula": "sum of shares <= 100",
                      "tolerance": round(total - total_lo, 6)},
            formula=formula, total=f"{_num(total, 2)}%", lo=f"{_num(total_lo, 2)}%")

    def _finding(self, doc, parts, shares, wholes, stated_whole):
        odd = self._odd_one(wholes, stated_whole)
        p, q = parts[odd], shares[odd]
        rest = [w for i, w in enumerate(wholes) if i != odd]
        if stated_whole is not None:
            rest.append(stated_whole)
        unit, tail = _scale_of(doc, parts[0])
        others = "、".join(f"{_num(w[0] / unit, 1)}–{_num(w[1] / unit, 1)}{tail}" for w in rest)
        formula = "；".join(f"{doc.text[a.num_start:a.end]}÷{_shown(doc, b)}" for a, b in zip(parts, shares))
        return self.finding(
            doc, q.start, q.end,
            related=[Related(x.start, x.end, {"zh": f"第{i + 1}项", "en": f"item {i + 1}"}) for i, x in enumerate(parts)],
            evidence={"parts": [interval_of(x)[0] for x in parts], "shares": [x.value for x in shares],
                      "implied_wholes": [list(w) for w in wholes],
                      "stated_whole": list(stated_whole) if stated_whole else None,
                      "formula": "part / share * 100", "tolerance": "rounding interval of each count and share"},
            stated=_shown(doc, q), part=doc.text[p.num_start:p.end],
            whole=f"{_num(wholes[odd][0] / unit, 1)}–{_num(wholes[odd][1] / unit, 1)}{tail}", others=others,
            formula=formula)

    def _implied(self, doc):
        """各项税收为139.8亿元，占本年收入的47.02% … 农业税收入为30.2亿元，占本年收入的10.16%: shares of one named whole,
        each right after its part, far apart or with the whole never printed (``claims.implied``).  Each part divided
        by its share implies the whole (an interval from the printed digits of both).  With the whole stated elsewhere
        by its name (本年收入共为297.3亿元, its one value in the report) and agreeing with the siblings' implied wholes
        (or with a lone share's), each share is checked against it; else a sibling is reported when at least two and a
        majority of its siblings imply one whole and its own implied whole reaches none of theirs.  Shares another
        check verified vote, but are never reported here."""
        from lintgov.claims.implied import balanced_unit, consensus, named_whole, sibling_groups
        groups = sibling_groups(doc)
        if not groups:
            return
        # (a share another check verified is never reported here — except the reading that the whole is some number
        # the text does not print, k/N: the siblings and the whole named elsewhere say which number it is)
        done = {c.start for c in ledger(doc) if not (c.consistent and c.formula == _ANY_WHOLE)}
        # (a part another check already found wrong — larger than the whole it is a part of, LG103 — is not reported
        # a second time through its share)
        done_parts = {c.start for c in ledger(doc) if not c.consistent}
        for g in groups:
            # (a lone share only by the whole's words as written: 幼儿园 is no name of 幼儿园总数 for it)
            w = named_whole(doc, g, exact=len(g) == 1)
            if w is not None:
                wiv = interval_of(w)
                widen = balanced_unit(g)
                wholes = [self._whole_of(r, widen) for r in g]
                fits = [lo <= wiv[1] * (1 + 1e-9) and hi * (1 + 1e-9) >= wiv[0] for lo, hi in wholes]
                k = sum(fits)
                if len(g) == 1 or (k >= 1 and k + 1 > len(g) - k):
                    for r, ok, iv in zip(g, fits, wholes):
                        if r.share.start in done or r.part.start in done_parts:
                            continue
                        record(doc, self.code, "implied-whole", r.share, ok,
                               "part / share = the whole stated by its name elsewhere", [r.part, w])
                        if not ok:
                            yield self._named_finding(doc, r, w, g, wholes, widen)
                    continue
                # the whole named so is not the one most siblings imply (the name may bind another whole: 经济建设费 of
                # the local budget for 经济建设费总数 of the state's): the siblings alone
            c = consensus(g)
            if c is None:
                continue
            if w is not None and len(c.agree) == len(g) >= 3 and not any(r.share.start in done for r in g):
                f = self._whole_against_siblings(doc, g, c)
                if f is not None:
                    yield f
                    continue
            for i in c.agree:
                if g[i].share.start not in done:
                    record(doc, self.code, "implied-whole", g[i].share, True, "part / share = the whole its siblings "
                                                                                 "imply", [g[i].part])
            for i in c.outliers:
                r = g[i]
                if r.share.start in done or r.part.start in done_parts:
                    continue
                record(doc, self.code, "implied-whole", r.share, False, "part / share = the whole its siblings imply",
                       [r.part] + [g[j].part for j in c.agree])
                yield self._implied_finding(doc, g, i, c)

    def _account_shares(self, doc):
        """各项税收为A，占本年预算收入的47.02% / 经济建设支出为A，占预算支出的52.22% / 中央预算收入为A，占国家预算的77.06%:
        a share of a named total of a budget account (:func:`lintgov.claims.accounts.account_shares`), its whole stated by
        another wording of that total elsewhere (本年收入共为…, 支出总数为…, 本年支出合计…).  The part divided by the share
        must reach one of the totals of that side, budget, kind and year the report states.  When every share of those
        totals misses them all while agreeing with one another, the total the words name (本年 → the year's, 总数 → the
        whole) is reported once instead.  Shares another check verified are left to it."""
        from lintgov.claims.accounts import account_shares, fits, implied_whole
        from lintgov.claims.implied import share_interval
        shares = account_shares(doc)
        if not shares:
            return
        done = {c.start for c in ledger(doc) if not (c.consistent and c.formula == _ANY_WHOLE)}
        groups = {}
        for r in shares:
            if r.share.start not in done:
                # (the total the words name: the whole with what was carried over — 总数 —, the year's own — 本年, or a
                # kind: 本年预算收入, 预算支出 —, or either — 国家预算)
                named = "all" if any(x in r.words for x in ("总数", "总计", "总额")) else (
                    "year" if any(x in r.words for x in ("本年", "当年", "今年", "预算收", "预算支", "决算收", "决算支"))
                    else "")
                groups.setdefault((tuple(t.q.start for t in r.totals), named), []).append(r)
        for (_, named_part), g in groups.items():
            wholes = [implied_whole(r) for r in g]
            hit = [next((t for t in r.totals if fits(w, interval_of(t.q))), None) for r, w in zip(g, wholes)]
            if len(g) >= 2 and not any(hit):
                # every share misses the totals: the total may be what is wrong — when they agree with one another
                lo, hi = max(w[0] for w in wholes), min(w[1] for w in wholes)
                named = [t for t in g[0].totals if named_part and t.part == named_part]
                if lo <= hi * (1 + 1e-9) and len(named) == 1:
                    t = named[0]
                    for r in g:
                        record(doc, self.code, "implied-whole", r.share, True, "part / share = the whole its siblings "
                                                                                "imply", [r.part])
                    record(doc, self.code, "implied-whole", t.q, False, "the total = part / share of each of its shares",
                           [r.part for r in g] + [r.share for r in g])
                    unit, tail = _big_scale(doc, g[0].part, lo)
                    d = 2 if unit > 1 else 1
                    yield self.finding(
                        doc, t.q.start, t.q.end, "named_whole",
                        related=[Related(r.share.start, r.share.end, {"zh": f"第{i + 1}项的占比", "en": f"share of item {i + 1}"})
                                 for i, r in enumerate(g)],
                        evidence={"whole_words": g[0].words, "named_whole": {"text": doc.text[t.q.start:t.q.end],
                                                                             "interval": list(interval_of(t.q))},
                                  "siblings": [{"part": doc.text[r.part.start:r.part.end], "share": _shown(doc, r.share),
                                                "implied_whole": list(w)} for r, w in zip(g, wholes)],
                                  "formula": "part / share * 100", "tolerance": "rounding interval of each part and share"},
                        words=g[0].words, stated=doc.text[t.q.num_start:t.q.end], n=len(g),
                        whole=f"{_num(lo / unit, d)}–{_num(hi / unit, d)}{tail}")
                continue
            for r, w, t in zip(g, wholes, hit):
                record(doc, self.code, "implied-whole", r.share, t is not None,
                       "part / share = a total of the account stated elsewhere", [r.part] + ([t.q] if t else []))
                if t is not None:
                    continue
                near = min(r.totals, key=lambda u: abs(interval_of(u.q)[0] - w[0]))
                named = interval_of(near.q)
                rec = 100.0 * value_of(r.part) / named[0] if named[0] else 0.0
                yield self.finding(
                    doc, r.share.start, r.share.end, "named",
                    related=[Related(r.part.start, r.part.end, {"zh": "部分", "en": "part"})]
                    + [Related(u.q.start, u.q.end, {"zh": "整体", "en": "whole"}) for u in r.totals],
                    evidence={"whole_words": r.words, "part": doc.text[r.part.start:r.part.end],
                              "implied_whole": list(w), "totals": [doc.text[u.q.start:u.q.end] for u in r.totals],
                              "formula": "part / total * 100", "tolerance": "rounding interval of each part and share"},
                    words=r.words, stated=_shown(doc, r.share), named=doc.text[near.q.num_start:near.q.end],
                    part=doc.text[r.part.num_start:r.part.end], recomputed=f"{rec:.2f}%",
                    lo=f"{share_interval(r.share)[0]:g}%", hi=f"{share_interval(r.share)[1]:g}%")

    def _apart_shares(self, doc):
        """1955年国家决算用于经济建设方面的支出，共占本年支出的46.89%: a share of a named total of the account whose part
        is an item stated by name elsewhere (经济建设费支出13,762,090,000元, :func:`lintgov.claims.accounts.apart_shares`):
        some item of that name, kind and year over some total the words may name must give the share."""
        from lintgov.claims.accounts import apart_shares
        from lintgov.claims.implied import share_interval
        # (a share another rule read already — LG101's rate over the counts beside it — is left to it: one relation, one
        # finding; and when that reading agrees, another must not contradict it)
        done = {c.start for c in ledger(doc) if c.rule != self.code}
        for r in apart_shares(doc):
            if r.share.start in done:
                continue
            lo, hi = share_interval(r.share)
            best = None
            for p in r.parts:
                plo, phi = interval_of(p.q)
                for t in r.totals:
                    tlo, thi = interval_of(t.q)
                    if tlo > 0 and 100 * plo / thi <= hi * (1 + 1e-9) and 100 * phi / tlo * (1 + 1e-9) >= lo:
                        best = (p, t)
                        break
                if best:
                    break
            p, t = best or (r.parts[0], r.totals[0])
            record(doc, self.code, "implied-whole", r.share, best is not None,
                   "item / total of the account, both stated elsewhere", [p.q, t.q])
            if best is not None or len(r.parts) != 1 or len(r.totals) != 1:
                continue
            rec = 100.0 * value_of(p.q) / value_of(t.q)
            yield self.finding(
                doc, r.share.start, r.share.end, "named",
                related=[Related(p.q.start, p.q.end, {"zh": "部分", "en": "part"}),
                         Related(t.q.start, t.q.end, {"zh": "整体", "en": "whole"})],
                evidence={"whole_words": r.words, "part": doc.text[p.q.start:p.q.end], "part_name": p.core,
                          "whole": doc.text[t.q.start:t.q.end], "recomputed": rec, "stated": [lo, hi],
                          "formula": "part / total * 100", "tolerance": "rounding interval of the share (truncation "
                                                                        "accepted)"},
                words=r.words, stated=_shown(doc, r.share), named=doc.text[t.q.num_start:t.q.end],
                part=doc.text[p.q.num_start:p.q.end], recomputed=f"{rec:.2f}%", lo=f"{lo:g}%", hi=f"{hi:g}%")

    def _item_wholes(self, doc):
        """占经济建设费总数的53.22% … 占经济建设费总数的13.61%: shares of one whole (``claims.implied`` siblings) that agree
        with one another, the whole stated elsewhere as an item of the account by another wording of its name
        (经济建设支出为16,055,206,000元: the same core name, kind and year, :func:`lintgov.claims.accounts.item_wholes`):
        when the item meets none of the wholes the siblings imply, the item is reported."""
        from lintgov.claims.accounts import item_wholes, items
        from lintgov.claims.implied import consensus, sibling_groups
        if not items(doc):
            return
        from lintgov.claims.accounts import _context
        text = folded_text(doc)
        for g in sibling_groups(doc):
            if len(g) < 2:
                continue
            year, kind, _ = _context(doc, text, g[0].share.start, sentence=True)
            cands = [i for i in item_wholes(doc, g[0].whole_words, kind, g[0].year or year)
                     if i.q.start not in {r.part.start for r in g}]
            if len(cands) != 1:
                continue
            c = consensus(g)
            if c is None or len(c.agree) != len(g):
                continue
            w = cands[0].q
            wlo, whi = interval_of(w)
            hull = (min(c.wholes[i][0] for i in c.agree), max(c.wholes[i][1] for i in c.agree))
            ok = whi * (1 + 1e-9) >= hull[0] and wlo <= hull[1] * (1 + 1e-9)
            record(doc, self.code, "implied-whole", w, ok, "the item = part / share of each of its shares",
                   [r.part for r in g] + [r.share for r in g])
            if ok:
                continue
            lo, hi = c.region
            unit, tail = _big_scale(doc, g[0].part, lo)
            d = 2 if unit > 1 else 1
            ev = self._evidence(doc, g, c.wholes, c.widen)
            ev["named_whole"] = {"text": doc.text[w.start:w.end], "interval": [wlo, whi], "core_name": cands[0].core}
            ev["consensus"] = [lo, hi]
            yield self.finding(
                doc, w.start, w.end, "named_whole",
                related=[Related(r.share.start, r.share.end, {"zh": f"第{i + 1}项的占比", "en": f"share of item {i + 1}"})
                         for i, r in enumerate(g)],
                evidence=ev, words=g[0].whole_words, stated=doc.text[w.num_start:w.end], n=len(g),
                whole=f"{_num(lo / unit, d)}–{_num(hi / unit, d)}{tail}")

    def _whole_against_siblings(self, doc, g, c):
        """本年收入共为387.3亿元 while four shares of 本年收入, each with its part, all imply 297.3亿元: the whole stated by
        its name as written (never a shorter name: 工业支出 for 工业支出总数), no part of another share itself, is not
        the whole three or more siblings agreeing with one another imply; ``None`` when it meets their whole."""
        from lintgov.claims.implied import named_whole, share_of_other
        w = named_whole(doc, g, exact=True)
        if w is None or share_of_other(folded_text(doc), w):
            return None
        wlo, whi = interval_of(w)
        hull = (min(c.wholes[i][0] for i in c.agree), max(c.wholes[i][1] for i in c.agree))
        if whi * (1 + 1e-9) >= hull[0] and wlo <= hull[1] * (1 + 1e-9):
            return None
        for r in g:
            record(doc, self.code, "implied-whole", r.share, True, "part / share = the whole its siblings imply",
                   [r.part])
        record(doc, self.code, "implied-whole", w, False, "the whole = part / share of each of its shares",
               [r.part for r in g] + [r.share for r in g])
        lo, hi = c.region
        unit, tail = _big_scale(doc, g[0].part, lo)
        d = 2 if unit > 1 else 1
        ev = self._evidence(doc, g, c.wholes, c.widen)
        ev["named_whole"] = {"text": doc.text[w.start:w.end], "interval": [wlo, whi]}
        ev["consensus"] = [lo, hi]
        return self.finding(
            doc, w.start, w.end, "named_whole",
            related=[Related(r.share.start, r.share.end, {"zh": f"第{i + 1}项的占比", "en": f"share of item {i + 1}"})
                     for i, r in enumerate(g)],
            evidence=ev, words=g[0].whole_words, stated=doc.text[w.num_start:w.end], n=len(g),
            whole=f"{_num(lo / unit, d)}–{_num(hi / unit, d)}{tail}")

    @staticmethod
    def _whole_of(r, widen: float = 0.0) -> Tuple[float, float]:
        from lintgov.claims.implied import implied_interval, share_interval
        return implied_interval(r.part_interval, share_interval(r.share, widen))

    @staticmethod
    def _evidence(doc, g, wholes, widen):
        return {"whole_words": g[0].whole_words,
                "siblings": [{"part": doc.text[r.part.start:r.part.end], "share": _shown(doc, r.share),
                              "part_interval": list(r.part_interval),
                              "share_interval": [r.share_interval[0] - widen, r.share_interval[1] + widen],
                              "implied_whole": list(w)} for r, w in zip(g, wholes)],
                "formula": "part / share * 100",
                "tolerance": "rounding interval of each part and share" + (
                    f" (shares balanced to 100: {widen:g} point wider)" if widen else "")}

    def _implied_finding(self, doc, g, i, c):
        r = g[i]
        unit, tail = _big_scale(doc, r.part, c.wholes[i][0])
        d = 2 if unit > 1 else 1
        others = "、".join(f"{_num(c.wholes[j][0] / unit, d)}–{_num(c.wholes[j][1] / unit, d)}{tail}" for j in c.agree)
        ev = self._evidence(doc, g, c.wholes, c.widen)
        ev["agree"] = list(c.agree)
        ev["consensus"] = list(c.region)
        return self.finding(
            doc, r.share.start, r.share.end, "implied",
            related=[Related(r.part.start, r.part.end, {"zh": "部分", "en": "part"})]
            + [Related(g[j].share.start, g[j].share.end, {"zh": "同一整体的占比", "en": "share of the same whole"})
               for j in c.agree],
            evidence=ev, words=r.whole_words, stated=_shown(doc, r.share), part=doc.text[r.part.num_start:r.part.end],
            whole=f"{_num(c.wholes[i][0] / unit, d)}–{_num(c.wholes[i][1] / unit, d)}{tail}", others=others)

    def _named_finding(self, doc, r, w, g, wholes, widen):
        from lintgov.claims.implied import share_interval
        plo, phi = r.part_interval
        wlo, whi = interval_of(w)
        rlo, rhi = 100 * plo / whi, 100 * phi / wlo
        slo, shi = share_interval(r.share, widen)
        ev = self._evidence(doc, g, wholes, widen)
        ev["named_whole"] = {"text": doc.text[w.start:w.end], "interval": [wlo, whi]}
        ev["recomputed"] = [rlo, rhi]
        d = max(r.share.decimals, 1) + 1
        return self.finding(
            doc, r.share.start, r.share.end, "named",
            related=[Related(r.part.start, r.part.end, {"zh": "部分", "en": "part"}),
                     Related(w.start, w.end, {"zh": "整体", "en": "whole"})],
            evidence=ev, words=r.whole_words, stated=_shown(doc, r.share),
            part=doc.text[r.part.num_start:r.part.end], named=doc.text[w.num_start:w.end],
            recomputed=f"{_num((rlo + rhi) / 2, d)}%", lo=f"{_num(slo, d)}%", hi=f"{_num(shi, d)}%")

    @staticmethod
    def _whole(p: Quantity, q: Quantity, widen: float = 0.0) -> Optional[Tuple[float, float]]:
        plo, phi = interval_of(p)
        slo, shi = _pct_interval(q)
        slo, shi = slo - widen, shi + widen
        if slo <= 0:
            return None
        return 100 * plo / shi, 100 * phi / slo

    @staticmethod
    def _odd_one(wholes: Sequence[Tuple[float, float]], stated) -> int:
        """The item whose implied whole leaves the others consistent (the last such item, else the last);
        linear: prefix and suffix maxima of the lower ends and minima of the upper ends."""
        k = len(wholes)
        lo_pre, hi_pre = [float("-inf")] * (k + 1), [float("inf")] * (k + 1)
        for i, (lo, hi) in enumerate(wholes):
            lo_pre[i + 1], hi_pre[i + 1] = max(lo_pre[i], lo), min(hi_pre[i], hi)
        lo_suf, hi_suf = [float("-inf")] * (k + 1), [float("inf")] * (k + 1)
        for i in range(k - 1, -1, -1):
            lo_suf[i], hi_suf[i] = max(lo_suf[i + 1], wholes[i][0]), min(hi_suf[i + 1], wholes[i][1])
        best = k - 1
        for i in range(k):
            lo, hi = max(lo_pre[i], lo_suf[i + 1]), min(hi_pre[i], hi_suf[i + 1])
            if stated:
                lo, hi = max(lo, stated[0]), min(hi, stated[1])
            if lo <= hi * (1 + 1e-9):
                best = i
        return best


# -- LG108 -------------------------------------------------------------------------------------------
#: 城乡居民收入比 / 城乡居民人均可支配收入比值 / 农村居民与城镇居民收入比率
_RATIO_NAME = lazyre.compile(
    r"(?P<order>城乡|城鄉|城镇居民与农村|城鎮居民與農村|农村居民与城镇|農村居民與城鎮)(?:常住)?(?:居民)?(?:人均)?(?:可支配)?"
    r"收入(?:之)?(?:比值|比率|比例|比)")
_INCOME = lazyre.compile(r"(?P<side>城镇|城鎮|农村|農村)(?:常住)?居民(?:人均)?可支配收入(?:为|為|达到|達到|达|達|是)?$")
_INCOME_PAIR = lazyre.compile(r"(?P<first>城镇|城鎮|农村|農村)(?:常住)?(?:居民)?(?:和|与|與|、|及)(?P<second>城镇|城鎮|农村|農村)"
                              r"(?:常住)?居民(?:人均)?可支配收入(?:分别|分別)(?:为|為|达到|達到|达|達|是)?$")
_RATIO_NUM = lazyre.compile(r"(?P<x>\d+(?:\.\d+)?)\s*(?P<pct>%|％)?(?:\s*[:：∶]\s*1(?![\d.]))?")


#: 出生率/死亡率 ‰: births or deaths ÷ the mean population of the year × 1000
#: (the name only: the rate itself is the quantity service's figure in ‰ right after it, in any numerals — 9.56‰,
#: ９．５６‰, 千分之九点五六 — never re-read here)
_VITAL = lazyre.compile(r"(?P<kind>出生|死亡)率(?:为|為|是|达|達)?\s*")
_POP = lazyre.compile(r"(?:年末|年底)(?:全省|全市|全区|全區|全县|全縣|全州|全镇|全鎮)?(?:常住)?(?:总)?人口(?:为|為|达|達|是)?$")
_POP_MEAN = lazyre.compile(r"年平均(?:常住)?人口(?:为|為|是)?$")
_POP_CHANGE = lazyre.compile(r"[，,]\s*比(?:上年末?|上年底|上一年末?|(?:19|20)\d{2}年末?)(?P<dir>增加|增长|增長|减少|減少|下降)\s*$")


#: …，比2021年新增0.14平方米 / ，比上年增加67.97万平方米: the change right after a per-capita figure or its total
_PC_CHANGE = lazyre.compile(r"[，,]\s*(?:比|较|較)(?P<basis>上年|上一年|去年|(?:19|20)\d{2}年)(?:末|底)?"
                            r"(?P<dir>新增|净增|淨增|增加|提高|增长了|增長了|减少|減少|下降|降低)\s*")
#: 年末常住人口496.97万人，比2021年减少0.14万人: the year-end population and its change
_POP_END = lazyre.compile(r"(?:年末|年底)(?:全省|全市|全区|全區|全县|全縣)?常住(?:总)?人口(?:为|為|达到|達到|达|達|是)?\s*$")


def _population_before(doc, masked, basis):
    """Last year's year-end resident population: the one 年末常住人口P stated with its change against ``basis``
    (，比2021年减少0.14万人: P + 0.14万), as an interval; None when the report does not state it so.  Cached per
    document and basis (one pass over the quantities, however many per-capita changes ask)."""
    cache = doc.__dict__.setdefault("_lintgov_population_before", {})
    if basis not in cache:
        cache[basis] = _find_population_before(doc, masked, basis)
    return cache[basis]


def _find_population_before(doc, masked, basis):
    found = []
    for q in doc.quantities:
        if q.is_percent or q.approx is not None or measure(q) != "人":
            continue
        if not _POP_END.search(masked, max(0, q.start - 14), q.start):
            continue
        cm = _PC_CHANGE.match(masked, q.end)
        if cm is None or cm.group("basis") != basis:
            continue
        dq = quantities_in(doc, cm.end(), cm.end() + 16)
        if not dq or dq[0].start != cm.end() or measure(dq[0]) != "人" or dq[0].approx is not None:
            continue
        plo, phi = interval_of(q)
        dlo, dhi = interval_of(dq[0])
        if cm.group("dir") in ("减少", "減少", "下降", "降低"):
            found.append((plo + dlo, phi + dhi))
        else:
            found.append((plo - dhi, phi - dlo))
    return found[0] if len({f for f in found}) == 1 else None


#: 人均体育场地面积达2.53平方米: a figure per resident
_PER_CAPITA = lazyre.compile(r"人均(?P<name>[\u4e00-\u9fffA-Z]{2,10}?)(?=达到|達到|达|達|为|為|是|提高到|提高至|增至|约|約|大约|大約|从|從|由|[\d])")
#: 人均地区生产总值从5.6万元增至7.8万元: the per-capita figure is the value the change ends at (no year named between:
#: 从2020年的10.5万元提高到2025年的14万元 names the years, and the year of the second is not checked here)
_PC_FROM = lazyre.compile(r"\s*(?:从|從|由)\s*$")
_PC_TO = lazyre.compile(r"\s*(?:增至|增加到|增加至|增长到|增長到|提高到|提高至|提升到|提升至|上升到|上升至|升至|达到|達到)\s*(?:约|約|大约|大約)?\s*")
#: 亿元生产总值生产安全事故死亡人数0.011人: a count per 亿元 of GDP
_PER_GDP = lazyre.compile(r"亿元(?:地区|地區)?(?:生产总值|生產總值|GDP)(?P<name>[\u4e00-\u9fff]{2,16}?)(?=为|為|是|达|達|\d)")
_PC_GAP = lazyre.compile(r"\s*(?:达到|達到|达|達|为|為|是|提高到|提高至|增至)?\s*(?:约|約|大约|大約)?\s*")
#: per-capita figures that are not a stated total over the population (surveys of households, incomes, a sub-population)
_PER_CAPITA_NOT = lazyre.compile(r"收入|支出|消费|消費|可支配|工资|工資|居民|农村|農村|城镇|城鎮|职工|職工|住房|寿命|壽命|"
                                 r"受教育|存款|储蓄|儲蓄|预期|預期|拥有|擁有|床位|医生|醫生")
_RESIDENT_POP = lazyre.compile(r"(?P<mean>年平均)?(?:年末|年底)?(?:全省|全市|全区|全區|全县|全縣)?常住(?:总)?人口(?:为|為|达到|達到|达|達|是)?\s*$")


#: 常住人口由上年729万人增加到732万人 / 年末常住人口从496.97万人减少到…: the population at the year's start and its end
_RESIDENT_POP_TO = lazyre.compile(r"(?:年末|年底)?(?:全省|全市|全区|全區|全县|全縣)?常住(?:总)?人口(?:由|从|從)(?:上年|去年|上年末|上年底|年初)?(?:末|底)?的?"
                                  r"(?P<a>[\d.,]+(?:万|萬)?人)(?:增加|增长|增長|减少|減少|下降|上升)?(?:到|至)\s*$")


#: the population a per-capita figure says it is computed over: 按年平均常住人口计算, 按户籍人口计算
_PC_BASIS = lazyre.compile(r"按(?:照)?(?P<basis>[^，,。；;\n]{0,8}?)人口(?:计算|計算|测算|測算|平均)")


def _declared_population_unstated(doc, masked, at: int) -> bool:
    """Whether the sentence of a per-capita figure at ``at`` names the population it is over (按年平均常住人口计算,
    按户籍人口计算) and the report states no such figure: the mean population when only the year-end one is printed
    (it may differ from it by a few per cent in a growing city), or any population other than the resident one."""
    s = doc.sentence_at(at)
    lo = s.start if s is not None else max(0, at - 60)
    hi = s.end if s is not None else at + 60
    b = _PC_BASIS.search(masked, lo, hi)
    if b is None:
        return False
    basis = b.group("basis")
    if re.search(r"户籍|戶籍|农业|農業|非农|非農|城镇|城鎮|乡村|鄉村|农村|農村", basis):
        return True
    return "平均" in basis and not doc.__dict__.get("_lintgov_mean_population_stated", False)


def _resident_population(doc, masked) -> Optional[Tuple[float, float]]:
    """The report's resident population: the mean (年平均常住人口) and the year-end (年末常住人口, 常住人口) values, each
    stated with one value; the range between them, or ±1% around the one stated.  Cached per document."""
    c = doc.__dict__.get("_lintgov_resident_population", 0)
    if c != 0:
        return c
    found = {"mean": set(), "end": set()}
    if "常住" in masked:
        for q in doc.quantities:
            if q.is_percent or q.approx not in (None, "≈") or measure(q) != "人":
                continue
            pre = masked[max(0, q.start - 14):q.start]
            t = _RESIDENT_POP_TO.search(masked, max(0, q.start - 30), q.start)
            if t is not None:
                # 常住人口由上年729万人增加到732万人: the year's mean lies between the two year-ends
                a = next((x for x in quantities_in(doc, t.start("a"), t.end("a")) if measure(x) == "人"), None)
                if a is not None and a.approx in (None, "≈"):
                    (alo, ahi), (blo, bhi) = interval_of(a), interval_of(q)
                    found["mean"].add((min(alo, blo), max(ahi, bhi)))
                continue
            m = _RESIDENT_POP.search(pre)
            if m is None or re.search(r"户籍|戶籍|城镇|城鎮|乡村|鄉村|农村|農村|上年|增加|减少|減少", pre[m.start() - 4 if m.start() >= 4 else 0:]):
                continue
            found["mean" if m.group("mean") else "end"].add(interval_of(q))
    out = None
    doc.__dict__["_lintgov_mean_population_stated"] = bool(found["mean"])
    if all(len(v) <= 1 for v in found.values()) and any(found.values()):
        ivs = [v for k in ("mean", "end") for v in found[k]]
        lo, hi = min(v[0] for v in ivs), max(v[1] for v in ivs)
        if len(ivs) == 1:
            lo, hi = lo * 0.99, hi * 1.01
        out = (lo, hi)
    doc.__dict__["_lintgov_resident_population"] = out
    return out


#: places named by one character that a count of 个 may name (36个村, 12个镇)
_ONE_CHAR_PLACES = "村镇乡组校"


class _Span:
    """The span a check verified when it is no single figure (平均每周一场: the words of the span)."""
    __slots__ = ("start", "end")

    def __init__(self, start: int, end: int) -> None:
        self.start, self.end = start, end


#: words of the whole year in the sentence of a span between things (全年举办展会72个，平均每5天一个)
_YEAR_WORDS = lazyre.compile(r"全年|今年|去年|年内|一年来|一年|本年|年度|当年|當年")
#: a part of the year or several years: the count is not of the year
_PART_OF_YEAR = lazyre.compile(r"上半年|下半年|季度|前[一二三四五六七八九十\d]+个?月|\d+[—\-－~至]\d+月|[一二三四五六七八九十\d]+月份?[至到—\-]|"
                               r"[两二三四五六七八九十\d]年(?:来|间|間|累计|累計|共|内|內)|以来|以來|累计|累計")
#: the measure words a count of the things may carry for each measure word of one thing (一家 ↔ 家/户…)
_INTERVAL_MEASURES = {"个": ("个", "项"), "家": ("家", "户"), "户": ("户", "家"), "场": ("场", "次"), "次": ("次", "场"),
                      "项": ("项", "个"), "起": ("起", "宗", "件"), "宗": ("宗", "起", "件"), "件": ("件",), "所": ("所",),
                      "座": ("座",), "条": ("条",), "期": ("期",), "批": ("批",)}


class RatioMismatch(Rule):
    code = "LG108"
    name = "ratio-mismatch"
    category = "arithmetic"
    level = "error"
    summary = {"zh": "比值（城乡居民收入比、出生率、死亡率、人均量、每万人拥有量）与文中给出的两个数不符",
               "en": "A ratio (urban–rural income ratio, birth or death rate, per-capita figure, per 10,000 people) does "
                     "not match the two figures stated"}
    description = {
        "zh": "“城乡居民收入比2.19:1”“城乡居民人均可支配收入比值为2.19”“农村居民与城镇居民收入比率为44.2%”："
              "用前文（同段或上一段）写明的城镇居民和农村居民人均可支配收入重算，按印出的小数位和收入的取舍区间比较。"
              "“由2.85:1缩小为2.6:1”只检查现值。找不到两项收入时不检查。"
              "出生率、死亡率（‰）用紧挨着的出生、死亡人口除以年平均人口（写明的年平均人口，或年末人口减去全年增加数的一半）。"
              "“每万人口执业（助理）医师34.6人”“每千名老年人拥有养老床位38张”：用同段中以同样名称写明的总数（不取当年新增数）"
              "除以报告中写明的人口（常住、户籍、年末或年平均人口，按±2%；“老年人”等群体用以其命名的人数）乘以一万（一千、一百）；"
              "任一组合相符即不报，目标、计划不检查。"
              "同一句中写明总量、单位数（人口、从业人员、户数、面积）和人均（户均、单产）三者的增幅时，"
              "人均增幅应等于（1+总量增幅）÷（1+单位数增幅）−1（三个增幅按印出的位数，另加0.1个百分点）；"
              "实际增长、抽样调查的人均收入不检查。"
              "人均地区生产总值等人均量用前文写明的总量除以常住人口（年末、年平均，或“常住人口由上年A增加到B”的A至B）；"
              "人均量、总量或人口带“约”“左右”时按其放宽的区间（末位一个单位）比较，在区间内不报；"
              "“人均地区生产总值从A增至B”检查B（写明年份的不检查）。"
              "“全年共举办展会72个，平均每5天一个”：全年天数（365或366）除以同句前面写明的全年数量应得到所述间隔"
              "（按印出的位数另加1%；半年、多年、目标不检查）。",
        "en": "城乡居民收入比2.19:1 (or 比值为2.19, or 农村居民与城镇居民收入比率为44.2%) is recomputed from the urban and "
              "rural per-capita disposable incomes stated before it (same or previous paragraph), with the rounding "
              "intervals of the printed figures. In 由2.85:1缩小为2.6:1 only the current value is checked; without "
              "both incomes nothing is checked. 出生率/死亡率 (‰) are the births or deaths right before them over the "
              "mean population (年平均人口 when stated, else the year-end population less half its change over the year). "
              "每万人口执业（助理）医师34.6人 / 每千名老年人拥有养老床位38张: the count named the same way in the paragraph "
              "(never what was added in the year) over a population the report states (resident, registered, year-end or "
              "mean, ±2%; for a group such as 老年人 the count of that group), times 10,000 (1,000, 100); silent when one "
              "pairing fits, never for plans. When one sentence states the growths of a total, of the count of its "
              "units (population, employees, households, area) and of the total per unit (人均, 户均, 单产), the last is "
              "(1 + the total's) ÷ (1 + the count's) − 1 (the three as printed, and 0.1 point more); never for real "
              "growth or survey incomes. A per-capita level (人均地区生产总值) is the total stated before it over the resident "
              "population (year-end, mean, or A to B in 常住人口由上年A增加到B); a per-capita figure, total or population "
              "stated with 约/左右 is read with the interval it stands for (one more unit of its last digit) and never "
              "flagged inside it; in 人均地区生产总值从A增至B the value B is checked (not when the years are named). "
              "全年共举办展会72个，平均每5天一个: the days of the year (365 or 366) over the "
              "count of the year stated before it in the sentence give the span (as printed and 1% more; never half a "
              "year, several years or a plan).",
    }
    authority = "国家统计局：城乡居民人均可支配收入比（城镇居民人均可支配收入 ÷ 农村居民人均可支配收入）"
    messages = {"default": {
        "zh": "收入比{stated}与所给收入不符：{formula} = {recomputed}（容差±{tol}）",
        "en": "the income ratio {stated} does not match the incomes: {formula} = {recomputed} (tolerance ±{tol})"},
        "per_gdp": {
        "zh": "{name}{stated}与总量和地区生产总值不符：{formula}（亿元） = {recomputed}（容差±{tol}）",
        "en": "{name} {stated} does not match the count and the GDP: {formula} (in 亿元) = {recomputed} "
              "(tolerance ±{tol})"},
        "per_capita": {
        "zh": "{name}{stated}与总量和常住人口不符：{formula} = {recomputed}（容差±{tol}）",
        "en": "{name} {stated} does not match the total and the resident population: {formula} = {recomputed} "
              "(tolerance ±{tol})"},
        "per_capita_change": {
        "zh": "{name}的增减{stated}与总量和人口的变化不符：{formula} = {recomputed}（上年人口按±1%、人均量按印出的位数，"
              "可在{lo}至{hi}之间）",
        "en": "the change of {name}, {stated}, does not match the totals and the population: {formula} = {recomputed} "
              "(last year's population ±1%, the per-capita figure as printed: between {lo} and {hi})"},
        "per_unit": {
        "zh": "{name}{stated}与总量和单位数不符：{formula} = {recomputed}（按三个数印出的位数，另加1%）",
        "en": "{name} {stated} does not match the total and the count of units: {formula} = {recomputed} (printed "
              "precision of the three figures, and 1% more)"},
        "per_interval": {
        "zh": "“{name}”与全年的数量不符：{formula} = {recomputed}（按365或366天，所述间隔按印出的位数另加1%）",
        "en": "“{name}” does not match the count of the year: {formula} = {recomputed} (over 365 or 366 days, the span as "
              "printed and 1% more)"},
        "per_unit_growth": {
        "zh": "{name}{stated}与总量和单位数的增幅不符：{formula} = {recomputed}（三个增幅按印出的位数，另加{tol}个百分点）",
        "en": "{name} {stated} does not match the growths of the total and of the count of units: {formula} = {recomputed} "
              "(the three growths as printed, and {tol} percentage points more)"},
        "per_people": {
        "zh": "{name}{stated}与总量和人口不符：{formula} = {recomputed}（容差±{tol}）",
        "en": "{name} {stated} does not match the count and the population: {formula} = {recomputed} (tolerance ±{tol})"},
        "vital": {
        "zh": "{name}{stated}与人口数不符：{formula} = {recomputed}（按年平均人口，容差±{tol}）",
        "en": "{name} {stated} does not match the population: {formula} = {recomputed} (over the mean population, "
              "tolerance ±{tol})"}}
    examples = (
        bad("城镇居民人均可支配收入43697元，农村居民人均可支配收入19936元，城乡居民收入比为2.49:1。"),
        bad("城镇和农村居民人均可支配收入分别为42038元和20366元，城乡居民收入比缩小到2.16:1。"),
        bad("年末常住人口488403人，比上年末增加353人。全年出生人口4667人，出生率为10.56‰。"),
        good("年末常住人口488403人，比上年末增加353人。全年出生人口4667人，出生率为9.56‰。",
             note="4667 over the mean population 488403 − 353/2"),
        good("城镇居民人均可支配收入43697元，农村居民人均可支配收入19936元，城乡居民收入比为2.19:1。"),
        good("城镇和农村居民人均可支配收入分别为42038元和20366元，城乡居民收入比由2.30:1缩小到2.06:1。"),
        good("城乡居民收入比缩小到2.06:1。", note="the incomes are not stated"),
        bad("年末全市常住人口496.97万人，比上年减少0.14万人。体育场地总面积达1255.33万平方米，比上年新增67.97万平方米，"
            "人均体育场地面积达2.53平方米，比上年新增0.18平方米。",
            note="last year: (1255.33 − 67.97)万 ÷ 497.11万 = 2.389; 2.53 − 2.389 = 0.14"),
        good("年末全市常住人口496.97万人，比上年减少0.14万人。体育场地总面积达1255.33万平方米，比上年新增67.97万平方米，"
             "人均体育场地面积达2.53平方米，比上年新增0.14平方米。"),
        bad("全市常住人口120万人。公园绿地总面积1,800万平方米，人均公园绿地面积18.0平方米。",
            note="1,800万平方米 ÷ 120万人 = 15.0"),
        good("全市常住人口120万人。公园绿地总面积1,800万平方米，人均公园绿地面积15.0平方米。"),
        bad("年末全市常住人口520万人。全市共有执业（助理）医师17,992人，每万人口执业（助理）医师38.6人。",
            note="17,992 ÷ 520万 × 10,000 = 34.6"),
        good("年末全市常住人口520万人。全市共有执业（助理）医师17,992人，每万人口执业（助理）医师34.6人。"),
        bad("全年地区生产总值3473.12亿元。生产安全事故死亡人数39人。亿元生产总值生产安全事故死亡人数0.014人。",
            note="39 ÷ 3473.12 = 0.0112"),
        bad("全年发放城乡低保金2.16亿元，保障对象3.6万人，人均发放8,000元。", note="2.16亿元 ÷ 3.6万人 = 6,000元"),
        good("全年发放城乡低保金2.16亿元，保障对象3.6万人，人均发放6,000元。"),
        bad("全年复议案件平均审理期限为48天。全年审结案件210件，累计审理天数7,980天。",
            note="a duration per case, the count and the sum of days in the next sentence: 7,980 ÷ 210 = 38"),
        good("全年复议案件平均审理期限为38天。全年审结案件210件，累计审理天数7,980天。"),
        bad("现有执业律师220名。\n全年律师共办理各类法律事务9,900件，人均办理55件。",
            note="the people the average is over named a paragraph before: 9,900 ÷ 220 = 45"),
        bad("平均办理时长不到12天：全年办结的1,300件案件累计用时17,550天。", note="a bound on an average: 17,550 ÷ 1,300 = 13.5"),
        good("全年审结案件210件。法定审理期限60天，平均审理期限为38天。", note="a time limit is no sum of days"),
        good("城乡居民医保财政补助标准提高到人均680元。", note="a standard, no total over its people"),
        bad("全年一般公共预算支出增长8.0%；常住人口增长2.0%，人均一般公共预算支出增长9.9%。",
            note="(1 + 8.0%) ÷ (1 + 2.0%) − 1 = 5.9%"),
        good("全年一般公共预算支出增长8.0%；常住人口增长2.0%，人均一般公共预算支出增长5.9%。"),
        bad("全年共举办各类展会94个，平均每5天一个展会。", note="365 ÷ 94 = 3.9 days"),
        good("全年共举办各类展会72个，平均每5天一个展会。", note="365 ÷ 72 = 5.1 days"),
        bad("全市地区生产总值3120亿元，年末常住人口386万人，人均地区生产总值约9.1万元。",
            note="3120亿元 ÷ 386万人 = 8.08万元, outside 约9.1 (8.95–9.25)"),
        good("全市地区生产总值3120亿元，年末常住人口386万人，人均地区生产总值约8.0万元。",
             note="约8.0万元 stands for 7.85–8.15万元: 8.08 lies inside"),
    )

    def check(self, doc, ctx):
        masked = folded_text(doc)     # doc.masked() with full-width digits, ．and ％ in ASCII (same offsets)
        if "‰" in masked or "千分之" in masked:
            yield from self._vital(doc, masked)
        flagged = set()
        if "人均" in masked:
            for f in self._per_capita(doc, masked):
                flagged.add(f.start)
                yield f
        for pu in per_unit(doc):
            if pu.avg.start not in flagged:
                f = self._per_unit(doc, masked, pu)
                if f is not None:
                    yield f
        per_unit_at = {pu.avg.start for pu in per_unit(doc)}
        for lm in list_means(doc):
            # (平均每个社区 after the list is read by per_unit too, over the list's values: checked once)
            if lm.avg.start not in flagged and lm.avg.start not in per_unit_at:
                f = self._list_mean(doc, lm)
                if f is not None:
                    yield f
        for la in list_averages(doc):
            yield from self._list_averages(doc, la, flagged)
        for pi in per_intervals(doc):
            f = self._per_interval(doc, masked, pi)
            if f is not None:
                yield f
        for pg in per_unit_growths(doc):
            f = self._per_unit_growth(doc, pg)
            if f is not None:
                yield f
        if "亿元" in masked:
            yield from self._per_gdp(doc, masked)
        for pp in per_people(doc):
            f = self._per_people(doc, pp)
            if f is not None:
                yield f
        if "收入" not in masked:
            return
        for m in _RATIO_NAME.finditer(masked):
            end = _CUT.search(masked, m.end(), m.end() + 60)
            stop = min(end.start() if end else m.end() + 60, len(masked))
            clause_end = re.search(r"[，,]", masked[m.end():stop])
            seg_end = m.end() + clause_end.start() if clause_end else stop
            seg = masked[m.end():seg_end]
            nums = list(_RATIO_NUM.finditer(seg))
            if not nums:
                continue
            if len(nums) > 1 and not re.search(r"由|从|從", seg[:nums[0].start()]):
                continue
            x = nums[-1]
            val = float(x.group("x"))
            dec = len(x.group("x").split(".")[1]) if "." in x.group("x") else 0
            if dec == 0 and not x.group("pct"):
                continue          # 3:1 — too coarse to say anything
            urban, rural = self._incomes(doc, masked, m.start())
            if urban is None or rural is None:
                continue
            (ulo, uhi), (rlo, rhi) = interval_of(urban), interval_of(rural)
            if rlo <= 0 or ulo <= 0:
                continue
            order = m.group("order")
            if order.startswith(("农", "農")):
                lo, hi = rlo / uhi, rhi / ulo
                num, den = rural, urban
            else:
                lo, hi = ulo / rhi, uhi / rlo
                num, den = urban, rural
            scale = 100.0 if x.group("pct") else 1.0
            lo, hi = lo * scale, hi * scale
            h = 0.5 * 10 ** (-dec)
            ok = lo <= val + h + 1e-9 and hi >= val - h - 1e-9
            q = next((qq for qq in quantities_in(doc, m.end() + x.start(), m.end() + x.end())), None)
            if q is not None:
                record(doc, self.code, "ratio", q, ok, "urban/rural", [num, den])
            else:
                record(doc, self.code, "ratio", num, ok, "urban/rural", [num, den])
            if ok:
                continue
            s0, e0 = m.end() + x.start(), m.end() + x.end()
            formula = f"{doc.text[num.num_start:num.end]}÷{doc.text[den.num_start:den.end]}"
            yield self.finding(
                doc, s0, e0,
                related=[Related(num.start, num.end, {"zh": "分子", "en": "numerator"}),
                         Related(den.start, den.end, {"zh": "分母", "en": "denominator"})],
                evidence={"stated": val, "recomputed_interval": [lo, hi], "formula": formula, "tolerance": h},
                stated=doc.text[s0:e0], formula=formula, recomputed=_num((lo + hi) / 2, dec + 2), tol=f"{h:g}")

    def _vital(self, doc, masked):
        """出生率为9.56‰ after 出生人口4667人: over the mean population (年平均人口, or the year-end population less
        half its change over the year, 年末常住人口…，比上年末增加…)."""
        for m in _VITAL.finditer(masked):
            rate = next((q for q in quantities_in(doc, m.start(), m.end() + 12) if q.num_start >= m.end()), None)
            if rate is None or rate.unit != "‰" or rate.approx not in (None, "=") \
                    or not re.fullmatch(r"\s*(?:千分之)?", masked[m.end():rate.num_start]):
                continue
            val, dec = rate.value, rate.decimals
            lo = max(0, m.start() - 30)
            cut = max(masked.rfind(c, lo, m.start()) for c in "。；;\n")
            lo = cut + 1 if cut >= 0 else lo
            cands = [q for q in quantities_in(doc, lo, m.start()) if measure(q) == "人" and not q.is_percent]
            if not cands or cands[-1].approx is not None:
                continue
            n = cands[-1]
            pre = re.split(r"[，,。；;]", masked[max(0, n.start - 12):n.start])[-1]
            if m.group("kind") not in pre or not re.fullmatch(r"[，,\s]*", masked[n.end:m.start()]):
                continue
            pop = self._population(doc, masked, n.start)
            if pop is None:
                continue
            plo, phi = pop
            nlo, nhi = interval_of(n)
            if plo <= 0:
                continue
            rlo, rhi = 1000 * nlo / phi, 1000 * nhi / plo
            h = 0.5 * 10 ** (-dec)
            ok = rlo <= val + h + 1e-9 and rhi >= val - h - 1e-9
            record(doc, self.code, "vital-rate", rate, ok, "n/mean population*1000", [n])
            if ok:
                continue
            s0, e0 = (rate.start if masked.startswith("千分之", rate.start) else rate.num_start), rate.end
            formula = f"{doc.text[n.num_start:n.end]}÷{_num((plo + phi) / 2, 1)}人×1000"
            yield self.finding(doc, s0, e0, "vital",
                               related=[Related(n.start, n.end, {"zh": "人数", "en": "count"})],
                               evidence={"stated": val, "recomputed_interval": [rlo, rhi], "formula": formula,
                                         "mean_population": [plo, phi], "tolerance": h},
                               name=m.group("kind") + "率", stated=doc.text[s0:e0], formula=formula,
                               recomputed=f"{(rlo + rhi) / 2:.{dec + 1}f}‰", tol=f"{h:g}")

    def _per_capita(self, doc, masked):
        """人均体育场地面积2.53平方米 after 体育场地总面积达1255.33万平方米 (same sentence), 人均地区生产总值 after the GDP:
        the total over the resident population of the report (年平均常住人口, 年末常住人口 or 常住人口, each stated with
        one value anywhere in the report; year-end or mean, ±1% when only one of them is stated)."""
        pop = None
        for m in _PER_CAPITA.finditer(masked):
            name = m.group("name")
            if _PER_CAPITA_NOT.search(name):
                continue
            qs = quantities_in(doc, m.end(), m.end() + 24)
            if len(qs) >= 2 and _PC_FROM.fullmatch(masked, m.end(), qs[0].start) and not qs[0].is_percent \
                    and _PC_TO.fullmatch(masked, qs[0].end, qs[1].num_start) and measure(qs[0]) == measure(qs[1]):
                qs = qs[1:]       # 从5.6万元增至7.8万元: the value it rose to
            elif qs and not _PC_GAP.fullmatch(masked, m.end(), qs[0].num_start):
                continue
            # (约8.08万元 / 8.1万元左右: an approximate figure is read with the wider interval it stands for)
            if not qs or qs[0].start - m.end() > 24 or qs[0].is_percent or qs[0].approx not in (None, "≈"):
                continue
            q = qs[0]
            total = self._per_capita_total(doc, masked, m.start(), name, measure(q))
            if total is None:
                continue
            if pop is None:
                pop = _resident_population(doc, masked)
                if not pop:
                    return
            if _declared_population_unstated(doc, masked, m.start()):
                continue
            plo, phi = pop
            tlo, thi = interval_of(total)
            unit = value_of(q) / q.value if q.value else 1.0
            rlo, rhi = tlo / phi / unit, thi / plo / unit
            h = 0.5 * 10 ** (-q.decimals)
            slo, shi = q.value - h, q.value + h
            if q.approx == "≈":
                slo, shi = (x / unit for x in interval_of(q))      # 约/左右: one more unit of the last digit each side
                h = (shi - slo) / 2
            ok = rlo <= shi + 1e-9 and rhi >= slo - 1e-9
            record(doc, self.code, "per-capita", q, ok, "total/resident population", [total])
            if ok:
                f = self._per_capita_change(doc, masked, q, total, "人均" + name)
                if f is not None:
                    yield f
                continue
            formula = f"{doc.text[total.num_start:total.end]}÷{_num((plo + phi) / 2 / 1e4, 2)}万人"
            yield self.finding(doc, q.start, q.end, "per_capita",
                               related=[Related(total.start, total.end, {"zh": "总量", "en": "total"})],
                               evidence={"stated": q.value, "recomputed_interval": [rlo, rhi], "formula": formula,
                                         "population": [plo, phi], "tolerance": h},
                               name="人均" + name, stated=doc.text[q.num_start:q.end], formula=formula,
                               recomputed=_num((rlo + rhi) / 2, q.decimals + 2), tol=f"{h:g}")

    def _per_interval(self, doc, masked, pi):
        """全年共举办各类展会72个，平均每5天一个展会 / 全年新登记企业15.2万户，平均每3.5分钟诞生一家 / 全年举办赛事52场，平均每周
        一场 (``claims.ratios.per_intervals``): the span between things is the year (365 or 366 days, in the span's unit)
        over their count stated before it in the sentence for the whole year (全年/今年/去年/年内…; never a part of the year
        or several years, a bound, a change or a plan).  Silent when any such count gives the span (its printed
        precision — ±0.5 for a span in words, 0.7–1.3 of the unit when unwritten — and 1% more); else the count nearest
        the span is reported."""
        s = doc.sentence_at(pi.start)
        if s is None or _PLAN_WORDS.search(masked, s.start, pi.start):
            return None
        head = masked[s.start:pi.start]
        if not _YEAR_WORDS.search(head) or _PART_OF_YEAR.search(head):
            return None
        measures = _INTERVAL_MEASURES.get(pi.cw, (pi.cw,))
        counts = [x for x in quantities_in(doc, s.start, pi.start)
                  if x.end <= pi.start and not x.is_percent and x.approx in (None, "≈") and measure(x) in measures
                  and value_of(x) >= 2
                  and not re.search(r"增加|增长|增長|减少|減少|下降|提高|同比|比上年|较|較", masked[max(s.start, x.start - 4):x.start])]
        if not counts:
            return None
        # (a span in words, 两天: ±0.5; one unwritten, 每周一场: 0.7–1.3 of the unit)
        half = (0.3 if pi.at == pi.start + 2 else 0.5) if pi.decimals is None else 0.5 * 10 ** -pi.decimals
        slo, shi = (pi.every - half) * 0.99, (pi.every + half) * 1.01
        best = None
        for n in counts[-4:]:
            nlo, nhi = interval_of(n)
            if nlo <= 0:
                continue
            rlo, rhi = 365 * pi.per_day / nhi, 366 * pi.per_day / nlo
            if rlo <= shi and rhi >= slo:
                record(doc, self.code, "per-interval", _Span(pi.start, pi.end), True, "days of the year / count", [n])
                return None
            best = (n, rlo, rhi)
        n, rlo, rhi = best if best is not None else (counts[-1],) + (0.0, 0.0)
        record(doc, self.code, "per-interval", _Span(pi.start, pi.end), False, "days of the year / count", [n])
        unit_name = re.match(r"平均(?:每隔|每)(?:[\d.]+|[一两二三四五六七八九十半])?(?:个)?(秒钟|分钟|小时|星期|个月|天|日|秒|周|月)",
                             masked[pi.start:pi.end]).group(1)
        formula = f"365{'天' if pi.per_day == 1 else '天×' + _num(pi.per_day, 4)}÷{doc.text[n.num_start:n.end]}"
        return self.finding(doc, pi.start, pi.end, "per_interval",
                            related=[Related(n.start, n.end, {"zh": "全年数量", "en": "count of the year"})],
                            evidence={"stated": pi.every, "recomputed_interval": [round(rlo, 6), round(rhi, 6)],
                                      "formula": formula, "unit": unit_name,
                                      "tolerance": "printed precision of the span (±0.5 when in words), +1%",
                                      "readings_tried": "every count of the things stated before the span in the sentence "
                                                        "(up to 4), over 365 and 366 days"},
                            name=doc.text[pi.start:pi.end], formula=formula,
                            recomputed=_num((rlo + rhi) / 2, 2) + unit_name)

    def _list_averages(self, doc, la, flagged):
        """春节、国庆两个假期分别接待游客86.4万人次、112.7万人次，分别实现旅游收入5.8亿元、7.9亿元，人均花费分别为671元和701元
        (``claims.lists.list_averages``): each member's average is its total over its count of units (the printed
        precision of the three, and 1% more).  Silent when any pairing of the lists fits; reported only when one
        list of totals and one of units are there."""
        for i, a in enumerate(la.avgs):
            if a.start in flagged:
                continue
            alo, ahi = interval_of(a)
            alo, ahi = alo * 0.99, ahi * 1.01
            fits = False
            for tots, cnts in la.pairings:
                (tlo, thi), (nlo, nhi) = interval_of(tots[i]), interval_of(cnts[i])
                if nlo > 0 and tlo / nhi <= ahi and thi / nlo >= alo:
                    fits = True
                    record(doc, self.code, "per-unit", a, True, "total_i/units_i (parallel lists)", [tots[i], cnts[i]])
                    break
            if fits or not la.certain:
                continue
            t, n = la.pairings[0][0][i], la.pairings[0][1][i]
            (tlo, thi), (nlo, nhi) = interval_of(t), interval_of(n)
            if nlo <= 0:
                continue
            record(doc, self.code, "per-unit", a, False, "total_i/units_i (parallel lists)", [t, n])
            unit = value_of(a) / a.value if a.value else 1.0
            formula = f"{doc.text[t.num_start:t.end]}÷{doc.text[n.num_start:n.end]}"
            yield self.finding(doc, a.start, a.end, "per_unit",
                               related=[Related(t.start, t.end, {"zh": "总量", "en": "total"}),
                                        Related(n.start, n.end, {"zh": "单位数", "en": "units"})],
                               evidence={"stated": a.value, "recomputed_interval": [tlo / nhi / unit, thi / nlo / unit],
                                         "formula": formula, "tolerance": "printed precision of the three figures, +1%",
                                         "readings_tried": "the same member's values of the parallel lists of the sentence: "
                                                           "a total of the average's measure over a count of its units"},
                               name="人均", stated=doc.text[a.num_start:a.end], formula=formula,
                               recomputed=_num(value_of(t) / value_of(n) / unit / (a.scale or 1), max(a.decimals, 0) + 2)
                               + doc.text[a.num_end:a.end].strip())

    def _list_mean(self, doc, lm):
        """东岭、西坪、南湾三个村的集体经济收入分别为86万元、54万元和38万元，村均59.3万元 (``claims.lists.list_means``): the
        mean per member is the sum of the list's values over the number of them (the printed precision of every figure,
        and 1% more: averages are rounded loosely)."""
        a = lm.avg
        n = len(lm.values)
        tlo = sum(interval_of(v)[0] for v in lm.values)
        thi = sum(interval_of(v)[1] for v in lm.values)
        alo, ahi = interval_of(a)
        alo, ahi = alo * 0.99, ahi * 1.01
        rlo, rhi = tlo / n, thi / n
        if rlo <= ahi and rhi >= alo:
            record(doc, self.code, "per-unit", a, True, "sum(list)/n", list(lm.values))
            return None
        record(doc, self.code, "per-unit", a, False, "sum(list)/n", list(lm.values))
        unit = value_of(a) / a.value if a.value else 1.0
        tv = sum(value_of(v) for v in lm.values)
        formula = "（" + "+".join(doc.text[v.num_start:v.end] for v in lm.values) + f"）÷{n}"
        first, last = lm.values[0], lm.values[-1]
        return self.finding(doc, a.start, a.end, "per_unit",
                            related=[Related(first.start, last.end, {"zh": "各项", "en": "the list's values"})],
                            evidence={"stated": a.value, "recomputed_interval": [rlo / unit, rhi / unit],
                                      "formula": formula, "tolerance": "printed precision of every figure, +1%",
                                      "readings_tried": "the mean per member of the parallel list right before it: "
                                                        "the sum of its values over the number of its members"},
                            name=doc.text[a.start - 2:a.start] if a.start >= 2 else "", stated=doc.text[a.num_start:a.end],
                            formula=formula,
                            recomputed=_num(tv / n / unit / (a.scale or 1), max(a.decimals, 0) + 2)
                            + doc.text[a.num_end:a.end].strip())

    def _per_unit(self, doc, masked, pu):
        """全年发放低保金2.16亿元，保障对象3.6万人，人均发放6,000元 / 覆盖46个社区，平均每个社区300万元 / 春节假期7天共接待
        游客84万人次，日均12万人次 (``claims.ratios.per_unit``): a total of the average's measure over a count of the units
        its marker names, both stated before the marker in its sentence.  Silent when any total and any count of those
        units there give the average (within the printed precision of the three and 1% more: averages are rounded
        loosely), or when the sentence states a plan; else the pair nearest the marker is reported."""
        s = doc.sentence_at(pu.at)
        if s is None or _PLAN_WORDS.search(masked, s.start, pu.at):
            return None
        a = pu.avg
        am = measure(a)
        tail = (pu.noun + pu.words)[:2]

        # (站均, 所均: the place the average is per is the character before 均)
        by_place = len(pu.noun) == 1 and masked[pu.at:pu.at + 2] == pu.noun + "均"

        def names_unit(x) -> bool:
            # 平均每个社区 / 平均每个小区: a count of 个 that names the 社区 (126个老旧小区: the noun phrase after the count
            # ends with it; 36个村: a place of one character); 站均 over a count naming 站
            if by_place:
                return pu.noun in masked[max(s.start, x.start - 6):x.start] \
                    or pu.noun in re.match(r"[\u4e00-\u9fff]{0,12}", masked[x.end:x.end + 12]).group()
            if not tail or pu.units != ("个",):
                return True
            after = re.match(r"[\u4e00-\u9fff]{0,8}", masked[x.end:x.end + 8]).group()
            if tail in after or tail in masked[max(s.start, x.start - 6):x.start]:
                return True
            return tail[0] in _ONE_CHAR_PLACES and after[:1] == tail[0]

        # the words naming whose average it is, before the marker in its clause (游客人均花费: 游客)
        own = re.split(r"[，,；;：:]", masked[max(s.start, pu.at - 8):pu.at])[-1].strip()

        pw = pu.noun + pu.words

        def subset_named(x) -> bool:
            # 平均每件刑事案件 after 法律援助案件2,860件: the average names a kind of the counted things (a qualifier before
            # their head noun that the count's words lack) — an average over that kind, not over the count
            cw = re.sub(r"[^\u4e00-\u9fff]", "", masked[max(s.start, x.start - 10):x.start])
            head = cw[-2:]
            if len(head) == 2 and head in pw:
                qual = pw[:pw.index(head)]
                return bool(qual) and qual not in cw
            return False

        def unit_count(x) -> bool:
            mx = measure(x)
            if mx == "人次" and own and own not in masked[max(s.start, x.start - 12):x.start]:
                return False      # 过夜游客人均花费 is not over all 接待游客…人次: visits are counted per subject named
            if subset_named(x):
                return False
            return (mx in pu.units and x.decimals == 0 and x.scale == 1 or (mx in pu.units and mx in ("人", "名", "户", "家", "人次"))) \
                and names_unit(x)

        before = [x for x in quantities_in(doc, s.start, pu.at) if not x.is_percent and x.end <= pu.at][-12:]
        totals, units = [], []
        for x in before:
            lead = masked[max(s.start, x.start - 4):x.start]
            if x.approx in (">", ">=", "<", "<=") or re.search(r"增加|增长|增長|减少|減少|下降|提高|同比|比上年|较|較", lead):
                continue
            if measure(x) == am and value_of(x) > value_of(a):
                totals.append(x)
            elif unit_count(x):
                units.append(x)
        for x in list(units):
            # 全区9个街道、3个镇…，平均每个镇街78场: a count of units listed with others of its measure word (each naming
            # its own places) — the average may be over them all together (claims.lists.named_run): their sum is a count too
            run = named_run(doc, masked, x, s.start, pu.at)
            if len(run) >= 2 and run[-1] is x:
                units.append(shown_sum(doc, run))
        if not units and not totals:
            # 平均每个村投入12万元，全镇36个村共投入…432万元: the average first, then the count of its units and the total
            # named as a total, in one clause after it
            after = [x for x in quantities_in(doc, a.end, s.end)[:4] if not x.is_percent and x.approx in (None, "≈")]
            for n, t in zip(after, after[1:]):
                if unit_count(n) and measure(t) == am and value_of(t) > value_of(a) \
                        and not re.search(r"[，,；;。]", masked[n.end:t.start]) \
                        and re.search(r"(?:共|总|總|合计|合計|累计|累計)[\u4e00-\u9fff]{0,12}$", masked[n.end:t.start]):
                    units.append(n)
                    totals.append(t)
                    break
        if units and not totals:
            # 扶持创业1,200人，人均贷款30万元，共发放贷款3.6亿元: the total after the average, stated as a total
            for x in quantities_in(doc, a.end, s.end)[:4]:
                if measure(x) == am and not x.is_percent and x.approx in (None, "≈") and value_of(x) > value_of(a) \
                        and re.search(r"(?:共|总|總|合计|合計|累计|累計|全年)[\u4e00-\u9fff]{0,8}$", masked[max(a.end, x.start - 10):x.start]):
                    totals.append(x)
                    break
        if totals and not units:
            # 全年培训2,160人，平均每期90人，共举办24期: the count of units after the average, stated as their total
            for x in quantities_in(doc, a.end, s.end)[:4]:
                if measure(x) in pu.units and not x.is_percent and x.approx is None \
                        and re.search(r"(?:共|总|總|合计|合計|累计|累計)[\u4e00-\u9fff]{0,4}$", masked[max(a.end, x.start - 8):x.start]):
                    units.append(x)
                    break
        if totals and not units and pu.units != ("个",):
            # 全年发放低保金2.16亿元，人均6,000元，保障对象3.6万人: the people the average is over, named in the clause right
            # after it (its first figure, nothing but words before it; never a part, an addition or a change)
            nxt = _PER_NEXT_CLAUSE.match(masked, a.end)
            if nxt is not None and not _PER_NOT_UNITS.search(nxt.group("w")):
                x = next(iter(quantities_in(doc, nxt.end("w"), s.end)), None)
                if x is not None and x.start == nxt.end("w") and measure(x) in pu.units and not x.is_percent \
                        and x.approx is None and unit_count(x):
                    units.append(x)
        if totals and not units and pu.noun:
            # 全市设立工作站1,200个。\n工作站全年提供法律咨询18.00万人次，站均150人次: the count of the places in the
            # sentences before (claims.ratios.units_before)
            units = units_before(doc, pu)
        if units and not totals and pu.units[0] not in ("天", "个月"):
            # 全年罚没款总额2,400万元。办结处罚案件1,500件，平均每件罚没1.6万元: the total in the sentence before
            # (claims.ratios.total_before)
            totals = total_before(doc, pu)
        # a total of the whole year over a span of days shorter than a year (全年接待游客84万人次，春节假期7天日均12万人次:
        # the holiday's average, not the year's total over the holiday) counts over another period: never its average
        if pu.units[0] in ("天", "个月"):
            short = [n for n in units if value_of(n) < (360 if pu.units[0] == "天" else 12)]
            if short:
                totals = [t for t in totals if not _WHOLE_YEAR.search(masked, max(s.start, t.start - 16), t.start)]
        if pu.units[0] == pu.noun and pu.noun in ("期", "场", "批", "届"):
            # 全年培训十二期。每期约一百二十人。累计培训一千四百余人次: the sessions counted before, the total after
            if not units:
                units = units_before(doc, pu)
            if not totals:
                totals = total_after(doc, pu)
        if pu.named:
            # 户籍人口50.0万人，人均储蓄存款6.0万元，储蓄存款余额300亿元: a stock per head only over the total named by the
            # same words and a population named as such
            totals = [t for t in totals if pu.words in masked[max(s.start, t.start - 12):t.start]]
            units = [n for n in units if "人口" in masked[max(s.start, n.start - 8):n.start]]
            if not totals:
                for x in quantities_in(doc, a.end, s.end)[:4]:
                    if measure(x) == am and not x.is_percent and x.approx in (None, "≈") and value_of(x) > value_of(a) \
                            and pu.words in re.split(r"[，,；;：:]", masked[max(a.end, x.start - 12):x.start])[-1]:
                        totals.append(x)
                        break
        if pu.noun == "" and pu.units == ("件", "宗", "起"):
            # a duration per case (平均审理期限38天) is of a sum of days named as one (累计审理天数7,980天), never of a
            # time limit (法定审理期限60天)
            totals = [t for t in totals if _DAY_SUM.search(masked, max(s.start, t.start - 12), t.start)]
        certain = True
        if not totals or not units:
            # the total or the count in the paragraph or the part above, or the sentence after, found by their nouns
            # (claims.reach.average_operands): any fitting pair keeps the average silent, only a certain one reports
            name = re.split(r"[，,；;：:。\n]", masked[max(s.start, pu.at - 12):pu.at])[-1] + pw
            totals, units, certain = average_operands(doc, masked, pu, name, totals, units)
            if not totals or not units:
                return None
        alo, ahi = interval_of(a)
        alo, ahi = alo * 0.99, ahi * 1.01
        ivs = [(interval_of(n), [n]) for n in units[-4:]]
        if len(units) >= 2:
            # 举办招聘会48场、培训班30场，平均每场…: the average may be over all the units counted (their sum)
            ivs.append(((sum(interval_of(n)[0] for n in units[-4:]), sum(interval_of(n)[1] for n in units[-4:])),
                        units[-4:]))
        tivs = [(interval_of(t), [t]) for t in totals[-4:]]
        run = listed_run(doc, masked, totals[-1], s.start, pu.at) if totals else []
        if len(run) >= 2:
            # 三个公证处分别办理2,814件、1,967件和1,205件，平均每个公证处1,995件: a total that is one value of a list
            # stands with the others; the average of the values listed is their sum over the count of them
            tivs.append(((sum(interval_of(x)[0] for x in run), sum(interval_of(x)[1] for x in run)), run))
        for (tlo, thi), ts in tivs:
            for (nlo, nhi), ns in ivs:
                if nlo <= 1:
                    continue
                rlo, rhi = tlo / nhi, thi / nlo
                if rlo <= ahi and rhi >= alo:
                    record(doc, self.code, "per-unit", a, True, "total/units", ts + ns)
                    return None
        t, n = totals[-1], units[-1]
        tlo, thi = interval_of(t)
        nlo, nhi = interval_of(n)
        tv = value_of(t)
        shown_t = doc.text[t.num_start:t.end]
        if len(run) >= 2:
            # (the values of a list over the count of them: their sum is the total)
            (tlo, thi), tv = tivs[-1][0], sum(value_of(x) for x in run)
            shown_t = "（" + "+".join(doc.text[x.num_start:x.end] for x in run) + "）"
        rlo, rhi = tlo / nhi, thi / nlo
        if not certain:
            return None
        record(doc, self.code, "per-unit", a, False, "total/units", (run if len(run) >= 2 else [t]) + [n])
        unit = value_of(a) / a.value if a.value else 1.0
        formula = f"{shown_t}÷{doc.text[n.num_start:n.end]}"
        name = HELD_AT_END.sub("", doc.text[pu.at:a.start].strip())
        tail = doc.text[a.num_end:a.end].strip()
        if a.after_word and tail.endswith(a.after_word):
            tail = tail[:-len(a.after_word)]     # (30日以内: the mean recomputed is in 日, the bound is the stated one's)
        return self.finding(doc, a.start, a.end, "per_unit",
                            related=[Related(t.start, t.end, {"zh": "总量", "en": "total"}),
                                     Related(n.start, n.end, {"zh": "单位数", "en": "units"})],
                            evidence={"stated": a.value, "recomputed_interval": [rlo / unit, rhi / unit],
                                      "formula": formula, "tolerance": "printed precision of the three figures, +1%",
                                      "readings_tried": "every total of the average's measure over every count of its "
                                                        "units stated before it in the sentence (up to 4 each), else "
                                                        "those its nouns link in the paragraph, the part above and "
                                                        "the sentence after"},
                            name=name, stated=doc.text[a.start if a.approx in ("<", "<=", ">", ">=") else a.num_start:a.end], formula=formula,
                            recomputed=_num(tv / value_of(n) / unit / (a.scale or 1), max(a.decimals, 0) + 2) + tail)

    #: what a per-unit growth may differ from the one its total's and count's growths give, beyond their printed
    #: precision (percentage points): a per-capita figure may be over the mean population, the count's growth year-end
    _PER_GROWTH_SLACK = 0.1

    def _per_unit_growth(self, doc, pg):
        """全年一般公共预算支出增长8.0%；常住人口增长2.0%，人均一般公共预算支出增长5.9% (``claims.ratios.per_unit_growths``):
        (1 + the total's growth) ÷ (1 + the count's growth) − 1 is the per-unit figure's growth, each growth taken over
        the interval its printed digits allow (and :attr:`_PER_GROWTH_SLACK` more)."""
        def iv(ch):
            lo, hi = interval_of(ch.amount)
            return (lo, hi) if ch.direction >= 0 else (-hi, -lo)
        (tlo, thi), (clo, chi), (plo, phi) = iv(pg.total), iv(pg.count), iv(pg.per)
        if chi <= -100 or clo <= -100:
            return None
        rlo = ((100 + tlo) / (100 + chi) - 1) * 100
        rhi = ((100 + thi) / (100 + clo) - 1) * 100
        slack = self._PER_GROWTH_SLACK
        a = pg.per.amount
        if plo <= rhi + slack and phi >= rlo - slack:
            record(doc, self.code, "per-unit-growth", a, True, "(1+gT)/(1+gN)-1", [pg.total.amount, pg.count.amount])
            return None
        record(doc, self.code, "per-unit-growth", a, False, "(1+gT)/(1+gN)-1", [pg.total.amount, pg.count.amount])
        t, n = pg.total.amount, pg.count.amount
        sign = lambda ch: "" if ch.direction >= 0 else "−"        # noqa: E731
        formula = (f"(1{'+' if pg.total.direction >= 0 else '−'}{doc.text[t.num_start:t.end]})÷"
                   f"(1{'+' if pg.count.direction >= 0 else '−'}{doc.text[n.num_start:n.end]})−1")
        mid = ((100 + (tlo + thi) / 2) / (100 + (clo + chi) / 2) - 1) * 100
        from lintgov.claims.grammar import subject_pos
        masked, sp = folded_text(doc), subject_pos(pg.per)
        lo = max(masked.rfind(ch, max(0, sp - 30), sp) for ch in "，,；;。\n") + 1
        name = doc.text[max(lo, sp - 30):sp].strip()
        return self.finding(doc, a.start, a.end, "per_unit_growth",
                            related=[Related(t.start, t.end, {"zh": "总量的增幅", "en": "growth of the total"}),
                                     Related(n.start, n.end, {"zh": "单位数的增幅", "en": "growth of the count"})],
                            evidence={"stated": [plo, phi], "recomputed_interval": [rlo, rhi], "formula": formula,
                                      "tolerance": f"printed precision of the three growths, +{slack} points"},
                            name=name, stated=sign(pg.per) + doc.text[a.num_start:a.end], formula=formula,
                            recomputed=f"{mid:.1f}%", tol=slack)

    def _per_people(self, doc, pp):
        """每万人口执业（助理）医师34.6人 (``claims.ratios.per_people``): a count named by the ratio's words in its
        paragraph (全市共有执业（助理）医师17,992人, before or after it; never what was added in the year) over a
        population stated in the report (常住人口, 户籍人口, 年末/年平均; for 每千名老年人 a figure naming 老年人), times
        the ratio's people.  Every pair of a count and a population is a reading: silent when one gives the figure.  The
        population is taken ±2%: statistical offices divide by the mean population, last year's or the census (宜春:
        2188件 ÷ 500.77万 七普 = 4.37, not ÷ 496.97万 年末 = 4.40)."""
        q = pp.figure
        if q.approx not in (None, "≈"):
            return None
        skel, _ = skeleton(doc)
        lo = skel.rfind("。", max(0, q.start - 120), q.start) + 1
        # (with no 。 in the 120 characters before, the words from the text's start are searched, in place: a copy of
        # them for each such figure held tens of MiB on a long compilation; pos 0 and endpos read as the slice does)
        planned = _PLAN_WORDS.search(skel[lo:q.start]) if lo else _PLAN_WORDS.search(skel, 0, q.start)
        if planned or skel.startswith(("左右", "以上", "以下", "以内"), q.end):
            return None
        par = doc.paragraph_at(q.start)
        if par is None:
            return None
        counts = [c for c in _per_counts(doc, skel, par, pp) if c.start != q.start]
        pops = _populations(doc, skel, pp.base)
        if not counts or not pops:
            return None
        unit = value_of(q) / q.value if q.value else 1.0
        h = 0.5 * 10 ** (-q.decimals) * (2 if q.approx == "≈" else 1)
        slo, shi = (q.value - h) * unit, (q.value + h) * unit
        best = None
        for c in counts[:6]:
            clo, chi = _count_interval(c)
            for p in pops[:8]:
                plo, phi = interval_of(p)
                plo, phi = plo * (1 - _POP_SLACK), phi * (1 + _POP_SLACK)
                if plo <= 0:
                    continue
                rlo, rhi = clo / phi * pp.per, chi / plo * pp.per
                if rlo <= shi + 1e-9 and rhi >= slo - 1e-9:
                    record(doc, self.code, "per-people", q, True, "count/population*N", [c, p])
                    return None
                gap = min(abs(rlo - shi), abs(rhi - slo))
                if best is None or gap < best[0]:
                    best = (gap, c, p, rlo, rhi)
        if best is None:
            return None
        _, c, p, rlo, rhi = best
        record(doc, self.code, "per-people", q, False, "count/population*N", [c, p])
        formula = f"{doc.text[c.num_start:c.end]}÷{doc.text[p.num_start:p.end]}×{pp.per}"
        name = doc.text[pp.start:q.start].rstrip()
        return self.finding(doc, q.start, q.end, "per_people",
                            related=[Related(c.start, c.end, {"zh": "总量", "en": "count"}),
                                     Related(p.start, p.end, {"zh": "人口", "en": "population"})],
                            evidence={"stated": q.value, "recomputed_interval": [rlo / unit, rhi / unit],
                                      "formula": formula, "per": pp.per, "tolerance": h},
                            name=name, stated=doc.text[q.num_start:q.end], formula=formula,
                            recomputed=_num((rlo + rhi) / 2 / unit, q.decimals + 1), tol=f"{h:g}")

    def _per_capita_change(self, doc, masked, q, total, name):
        """人均体育场地面积达2.53平方米，比2021年新增0.14平方米 after 体育场地总面积达1255.33万平方米，比2021年新增67.97万平方米,
        with 年末常住人口496.97万人，比2021年减少0.14万人 in the report: last year's per-capita figure is last year's total
        (T − D) over last year's year-end population (P − ΔP, ±1%: the report may divide by another population), and the
        stated change must be the difference to it (with the printed rounding of the per-capita figure)."""
        cm = _PC_CHANGE.match(masked, q.end)
        tm = _PC_CHANGE.match(masked, total.end)
        if cm is None or tm is None or cm.group("basis") != tm.group("basis"):
            return None
        d, dt = quantities_in(doc, cm.end(), cm.end() + 16), quantities_in(doc, tm.end(), tm.end() + 16)
        if not d or not dt:
            return None
        d, dt = d[0], dt[0]
        if d.start != cm.end() or dt.start != tm.end() or d.is_percent or dt.is_percent or d.approx is not None \
                or dt.approx is not None or measure(d) != measure(q) or measure(dt) != measure(total):
            return None
        prev = _population_before(doc, masked, cm.group("basis"))
        if prev is None:
            return None
        sd = -1 if cm.group("dir") in ("减少", "減少", "下降", "降低") else 1
        st = -1 if tm.group("dir") in ("减少", "減少", "下降", "降低") else 1
        tlo, thi = interval_of(total)
        dlo, dhi = interval_of(dt)
        plo_t, phi_t = (tlo - dhi, thi - dlo) if st > 0 else (tlo + dlo, thi + dhi)
        unit = value_of(q) / q.value if q.value else 1.0
        plo, phi = prev[0] * 0.99, prev[1] * 1.01
        if plo <= 0 or plo_t <= 0:
            return None
        prior = (plo_t / phi / unit, phi_t / plo / unit)
        h = 0.5 * 10 ** (-q.decimals)
        rlo, rhi = q.value - h - prior[1], q.value + h - prior[0]      # the change in per-capita terms
        slo, shi = interval_of(d)
        unit_d = value_of(d) / d.value if d.value else 1.0
        slo, shi = sd * slo / unit_d, sd * shi / unit_d
        slo, shi = min(slo, shi), max(slo, shi)
        ok = slo <= rhi + 1e-9 and rlo <= shi + 1e-9
        record(doc, self.code, "per-capita-change", d, ok, "B - (T-D)/(P-dP)", [q, total, dt])
        if ok:
            return None
        formula = (f"{doc.text[q.num_start:q.end]} − ({doc.text[total.num_start:total.end]} − "
                   f"{doc.text[dt.num_start:dt.end]})÷{_num((prev[0] + prev[1]) / 2 / 1e4, 2)}万人")
        return self.finding(doc, d.start, d.end, "per_capita_change",
                            related=[Related(q.start, q.end, {"zh": "人均量", "en": "per-capita figure"}),
                                     Related(total.start, total.end, {"zh": "总量", "en": "total"}),
                                     Related(dt.start, dt.end, {"zh": "总量的增减", "en": "change of the total"})],
                            evidence={"stated": [slo, shi], "recomputed_interval": [rlo, rhi], "formula": formula,
                                      "population_before": [plo, phi], "tolerance": h},
                            name=name, stated=doc.text[d.num_start:d.end], formula=formula,
                            recomputed=_num((rlo + rhi) / 2, q.decimals + 2), lo=_num(rlo, q.decimals + 2),
                            hi=_num(rhi, q.decimals + 2))

    def _per_gdp(self, doc, masked):
        """亿元生产总值生产安全事故死亡人数0.011人: the count named so before it (生产安全事故死亡人数39人, within 400
        characters) over the GDP in 亿元 stated before."""
        for m in _PER_GDP.finditer(masked):
            name = m.group("name")
            qs = quantities_in(doc, m.end(), m.end() + 10)
            if not qs or not _PC_GAP.fullmatch(masked, m.end(), qs[0].num_start) or qs[0].is_percent \
                    or qs[0].approx is not None:
                continue
            q = qs[0]
            num = None
            for c in reversed(quantities_in(doc, max(0, m.start() - 400), m.start())):
                if c.is_percent or c.approx is not None or measure(c) != measure(q):
                    continue
                words = re.split(r"[，,。；;：:、]", masked[max(0, c.start - 20):c.start])[-1]
                if words.endswith(name) or words.endswith(name + "为") or words.endswith(name + "為"):
                    num = c
                    break
            gdp = self._per_capita_total(doc, masked, m.start(), "地区生产总值", "元")
            if num is None or gdp is None:
                continue
            glo, ghi = interval_of(gdp)
            nlo, nhi = interval_of(num)
            if glo <= 0:
                continue
            rlo, rhi = nlo / (ghi / 1e8), nhi / (glo / 1e8)
            h = 0.5 * 10 ** (-q.decimals)
            ok = rlo <= q.value + h + 1e-12 and rhi >= q.value - h - 1e-12
            record(doc, self.code, "per-gdp", q, ok, "count/GDP in 亿元", [num, gdp])
            if ok:
                continue
            formula = f"{doc.text[num.num_start:num.end]}÷{doc.text[gdp.num_start:gdp.end]}"
            yield self.finding(doc, q.start, q.end, "per_gdp",
                               related=[Related(num.start, num.end, {"zh": "总量", "en": "total"}),
                                        Related(gdp.start, gdp.end, {"zh": "地区生产总值", "en": "GDP"})],
                               evidence={"stated": q.value, "recomputed_interval": [rlo, rhi], "formula": formula,
                                         "tolerance": h},
                               name="亿元生产总值" + name, stated=doc.text[q.num_start:q.end], formula=formula,
                               recomputed=_num((rlo + rhi) / 2, q.decimals + 2), tol=f"{h:g}")

    @staticmethod
    def _per_capita_total(doc, masked, at, name, meas):
        """The total a per-capita figure divides: the GDP stated before (for 人均地区生产总值/人均GDP), else the figure
        of the same measure before it in its sentence named by most of the name's words and 总 (体育场地总面积)."""
        if re.fullmatch(r"(?:地区|地區|国内|國內)?(?:生产总值|生產總值)|GDP", name):
            gdp = doc.__dict__.get("_lintgov_gdp_levels")
            if gdp is None:       # every GDP level of the report, found once (a look-up per figure stays O(log n))
                gdp = [g for g in doc.quantities if not g.is_percent and g.approx in (None, "≈") and measure(g) == "元"
                       and re.search(r"(?:生产总值|生產總值|GDP)(?:[（(]GDP[）)])?(?:实现|實現|达到|達到|达|達|为|為)?\s*$",
                                     masked[max(0, g.start - 12):g.start])
                       and not re.search(r"人均|增加值|占|比上年|较|由|从|目标|预期|力争|突破",
                                         re.split(r"[，,。；;：:]", masked[max(0, g.start - 16):g.start])[-1])]
                gdp = (gdp, [g.end for g in gdp])
                doc.__dict__["_lintgov_gdp_levels"] = gdp
            gdp, ends = gdp
            k = bisect.bisect_right(ends, at) if gdp else 0
            return gdp[k - 1] if k and meas == "元" else None
        s = doc.sentence_at(at)
        if s is None:
            return None
        grams = {name[i:i + 2] for i in range(len(name) - 1)}
        starts, rows = RatioMismatch._totals_of_sentence(doc, masked, s)
        k = bisect.bisect_left(starts, at)
        for t, tmeas, words in reversed(rows[max(0, k - _PC_TOTALS_BACK):k]):
            if tmeas == meas and t.end <= at and 2 * sum(g in words for g in grams) > len(grams):
                return t
        return None

    @staticmethod
    def _totals_of_sentence(doc, masked, s):
        """The figures of sentence ``s`` that may be a per-capita figure's total — a level (not a share, not
        approximate) whose clause names it with 总 and does not state a change — with their measure and those words,
        by start; found once per sentence (a sentence of many per-capita figures is read once, not once for each)."""
        memo = doc.__dict__.setdefault("_lintgov_pc_totals", {})
        got = memo.get(s.start)
        if got is None:
            starts, rows = [], []
            for t in quantities_in(doc, s.start, s.end):
                if t.is_percent or t.approx is not None:
                    continue
                words = re.split(r"[，,。；;：:、]", masked[max(s.start, t.start - 16):t.start])[-1]
                if "总" not in words or _CHANGE.search(words) or re.search(r"新增|净增|淨增|比上年|较上年|增加", words):
                    continue
                starts.append(t.start)
                rows.append((t, measure(t), words))
            got = memo[s.start] = (starts, rows)
        return got

    @staticmethod
    def _population(doc, masked, pos):
        """The mean population of the year stated before ``pos`` (within 800 characters): 年平均人口 N, or
        年末…人口 N，比上年末增加/减少 D → N ∓ D/2; ``None`` when the change over the year is not stated."""
        lo = max(0, pos - 800)
        qs = quantities_in(doc, lo, pos)
        for i in range(len(qs) - 1, -1, -1):
            q = qs[i]
            if measure(q) != "人" or q.is_percent or q.approx is not None:
                continue
            pre = re.split(r"[，,。；;：:]", masked[max(lo, q.start - 20):q.start])[-1]
            if _POP_MEAN.search(pre):
                return interval_of(q)
            if not _POP.search(pre) or "户籍" in pre or "戶籍" in pre:
                continue
            if i + 1 >= len(qs):
                return None
            nxt = qs[i + 1]
            cm = _POP_CHANGE.match(masked, q.end, nxt.start)
            if cm is None or measure(nxt) != "人" or nxt.approx is not None:
                return None
            (xlo, xhi), (ylo, yhi) = interval_of(q), interval_of(nxt)
            if cm.group("dir") in ("增加", "增长", "增長"):
                return xlo - yhi / 2, xhi - ylo / 2
            return xlo + ylo / 2, xhi + yhi / 2
        return None

    @staticmethod
    def _incomes(doc, masked, pos):
        """The nearest urban and rural per-capita disposable incomes stated before ``pos`` (within 600
        characters, never past a heading of another section)."""
        lo = max(0, pos - 600)
        urban = rural = None
        qs = [q for q in quantities_in(doc, lo, pos) if _is_amount(q) and measure(q) == "元"]
        for i in range(len(qs) - 1, -1, -1):
            q = qs[i]
            pre = masked[max(lo, q.start - 30):q.start]
            pre = re.split(r"[。；;，,]", pre)[-1]
            mm = _INCOME.search(pre)
            if mm:
                side = mm.group("side")
                if side in ("城镇", "城鎮") and urban is None:
                    urban = q
                elif side in ("农村", "農村") and rural is None:
                    rural = q
            elif i + 1 < len(qs):
                pm = _INCOME_PAIR.search(pre)
                nxt = qs[i + 1]
                if pm and re.fullmatch(r"\s*(?:和|与|與|、|及)\s*", masked[q.end:nxt.start]):
                    first_urban = pm.group("first") in ("城镇", "城鎮")
                    u, r = (q, nxt) if first_urban else (nxt, q)
                    if urban is None and rural is None:
                        urban, rural = u, r
            if urban is not None and rural is not None:
                break
        return urban, rural



# -- ratios per N people ---------------------------------------------------------------------------

_WORD_CUT = lazyre.compile(r"[，,。；;：:、\n" + QTOK + QFILL + r"]")
#: a count that is not the stock a ratio divides: what was added or changed in the year, a per-capita figure
#: the words of a stock whose thing is left to the clause before (累计建成, 累计达到, 总数达)
_CUMULATIVE = lazyre.compile(r"(?:累计|累計|总数|總數|总计|總計)[\u4e00-\u9fff]{0,4}$")
_NOT_STOCK = lazyre.compile(r"(?:全年|今年|本年|当年|當年)(?:共|累计|累計)?(?:建成|建设|建設|完成|开工|開工|实施|實施)|新增|净增|新建|新开|新登记|增加|减少|下降|提高|比上年|较上年|同比|人均|每|目标|计划|预计|力争")
#: the words of a population figure: 常住人口, 户籍人口, 年末总人口 (never a part of it: 城镇, 老年, 新增…)
_POP_WORDS = lazyre.compile(r"(?:常住|户籍|总)?人口(?:总数|总量|数)?(?:常住|户籍)?(?:为|达到|达|是|有|共)?$")   # (总人口（户籍）)
_POP_NOT = lazyre.compile(r"城镇|城市|城区|乡村|农村|老年|少儿|儿童|劳动|流动|外来|新增|出生|死亡|增加|减少|净|迁|贫困|脱贫|就业|"
                          r"学龄|人均|每|以上|以下|岁|男|女|比上年|较上年|服务|覆盖|参保|受益|带动")
#: the population a ratio per N people was computed on may be the mean, last year's or the census: ±2%
_POP_SLACK = 0.02
_SAME_COUNT = {"名": "人", "位": "人", "万户": "户"}


def _words_before(skel: str, pos: int, width: int = 24) -> str:
    """The words naming the figure at ``pos``: back to the clause break or the figure before, brackets removed."""
    lo = max(0, pos - width)
    cut = None
    for m in _WORD_CUT.finditer(skel, lo, pos):
        cut = m.end()
    return re.sub(r"[（）()“”\"的]", "", skel[cut if cut is not None else lo:pos])


def _count_measure(q: Quantity) -> str:
    m = measure(q)
    return _SAME_COUNT.get(m, m)


def _count_interval(q: Quantity) -> Tuple[float, float]:
    lo, hi = interval_of(q)
    if measure(q) == "万户":
        lo, hi = lo * 1e4, hi * 1e4
    return lo, hi


#: the head of a ratio's name that restates what its measure counts (法律援助案件 per 件)
_MEASURE_HEAD = lazyre.compile(r"(?:案件|案件数|件数|人数|次数|人次数|人次|个数|家数|数量)$")
_HEADS_OF = {"件": ("案件", "案件数", "件数", "数量"), "人": ("人数", "数量"), "人次": ("人次", "人次数", "次数", "数量"),
             "次": ("次数", "数量"), "个": ("个数", "数量"), "家": ("家数", "数量")}


def _per_counts(doc, skel: str, par, pp) -> List[Quantity]:
    """The counts of a ratio per N people in its paragraph: the same measure, a current level per the claims layer, named
    by the ratio's head (its last two characters) and by most of its two-character grams."""
    name = pp.name
    # (每万人法律援助案件数 of 全年提供法律援助4,200件: a head that only restates what the measure counts — 案件 of 件,
    # 人数 of 人 — is not in the count's words; the name is matched without it)
    bare = _MEASURE_HEAD.sub("", name)
    if len(bare) >= 2 and bare != name and _MEASURE_HEAD.search(name).group() in _HEADS_OF.get(_count_measure(pp.figure), ()):
        name = bare
    grams = {name[i:i + 2] for i in range(len(name) - 1)}
    head = name[-2:]
    meas = _count_measure(pp.figure)
    cl = claims_of(doc)
    out = []
    prev = ("", -1)        # the words and end of the last count of the measure read
    for c in quantities_in(doc, par.start, par.end):
        if c.is_percent or c.approx not in (None, "≈") or _count_measure(c) != meas:
            continue
        f = cl.at(c.start)
        words = full_names(_words_before(skel, c.start))     # (持证社工837人 for 每万人…社会工作者)
        last, prev = prev, (words, c.end)
        if f is None or f.role != "level" or f.time != "current" and not (f.time == "span" and _CUMULATIVE.match(words)):
            continue      # (累计建成8,642个: the stock to date, what a ratio per people is of)
        named = words
        if head not in words and _CUMULATIVE.match(words) and 0 <= c.start - last[1] <= 12 \
                and re.fullmatch(r"[，,、]", skel[last[1]:c.start - len(words)].strip() or "，"):
            named = last[0]   # (建成5G基站2,146个，累计建成8,642个: the stock names the thing the clause before does)
        if head not in named or 2 * sum(g in named for g in grams) <= len(grams) or _NOT_STOCK.search(words):
            continue
        out.append(c)
    return out


def _populations(doc, skel: str, base: str) -> List[Quantity]:
    """The populations a ratio per N ``base`` may be over, anywhere in the report (cached per base): for 人/人口/常住人口/
    户籍人口 every figure named as the population (常住人口520万人, 户籍人口, 年末总人口), else the figures in 人 naming the
    group (老年人口86.5万人 for 每千名老年人)."""
    cache = doc.__dict__.setdefault("_lintgov_per_populations", {})
    general = base in ("人", "人口", "常住人口", "户籍人口")
    key = ("" if base in ("人", "人口") else base) if general else base.rstrip("口")
    if key in cache:
        return cache[key]
    # a ratio per resident people is never over the registered population, nor one per registered people over the
    # resident one (每千常住人口床位12.6张 … 户籍人口312.5万人: another population, the resident one not stated)
    other = {"常住人口": "户籍", "户籍人口": "常住"}.get(base)
    out = []
    if ("人口" in skel) if general else (key in skel):
        for q in doc.quantities:
            if q.is_percent or measure(q) != "人" or q.approx not in (None, "≈"):
                continue
            words = _words_before(skel, q.start, 20)
            if general:
                if not _POP_WORDS.search(words) or _POP_NOT.search(words) or (other and other in words):
                    continue
            elif key not in words or re.search(r"新增|增加|减少|比上年|较上年|人均|每", words):
                continue
            out.append(q)
    cache[key] = out
    return out

# -- LG109 -------------------------------------------------------------------------------------------
_STRUCT = lazyre.compile(r"(?:三次产业|三次產業|三产|三產|[一二三]{3}产业|[一二三]{3}產業)(?:增加值)?(?:结构|結構|比例|比重|构成|構成)")
_TRIPLE = lazyre.compile(r"(?<![\d.])(?P<a>\d{1,2}(?:\.\d+)?)\s*[:：∶]\s*(?P<b>\d{1,2}(?:\.\d+)?)\s*[:：∶]\s*"
                         r"(?P<c>\d{1,2}(?:\.\d+)?)(?![\d.])")
_SECTORS = (lazyre.compile(r"第一产业|第一產業|一产|一產"), lazyre.compile(r"第二产业|第二產業|二产|二產"),
            lazyre.compile(r"第三产业|第三產業|三产|三產"))
_GDP_NAME = lazyre.compile(r"(?:地区|地區|国内|國內)?(?:生产总值|生產總值)|GDP")


class StructureLevels(Rule):
    code = "LG109"
    name = "structure-levels-mismatch"
    category = "arithmetic"
    level = "error"
    summary = {"zh": "三次产业结构与前文的产业增加值、地区生产总值不符",
               "en": "The three-sector structure does not match the sector levels and the GDP stated before it"}
    description = {
        "zh": "“第二产业增加值127.2亿元……三次产业结构为8.7:48.5:42.8”：每一项应为该产业增加值占地区生产总值的百分比。"
              "用前文（1200字以内）最近写明的地区生产总值和三个产业的增加值重算；结构各项常为凑足100而调整末位，"
              "所以容差为末位的一个半单位加上各数的取舍区间。三个产业的增加值之和远大于地区生产总值时不检查（读错了数）。",
        "en": "In 第二产业增加值127.2亿元 … 三次产业结构为8.7:48.5:42.8 each term is that sector's value added as a share "
              "of GDP. Recomputed from the GDP and the three sector levels stated before it (same or previous "
              "paragraph, within 1,200 characters); structure terms are often adjusted by one unit of their last digit so "
              "that they add up to 100, so the tolerance is one and a half units of the last digit plus the rounding of "
              "the levels. Not checked when the three levels add up to far more than the GDP (the figures were misread).",
    }
    authority = "国家统计局：三次产业构成（各产业增加值占地区生产总值的比重）"
    messages = {"default": {
        "zh": "结构第{i}项{stated}与增加值不符：{formula} = {recomputed}（容差±{tol}）",
        "en": "term {i} of the structure, {stated}, does not match the levels: {formula} = {recomputed} (tolerance ±{tol})"}}
    examples = (
        bad("全年地区生产总值262.6亿元。其中，第一产业增加值22.9亿元；第二产业增加值147.2亿元；第三产业增加值92.5亿元。"
            "三次产业结构比例为8.7:48.5:42.8。"),
        good("全年地区生产总值262.6亿元。其中，第一产业增加值22.9亿元；第二产业增加值127.2亿元；第三产业增加值112.5亿元。"
             "三次产业结构比例为8.7:48.5:42.8。"),
        good("三次产业结构比例为8.7:48.5:42.8。", note="no levels stated"),
        bad("第一、二、三产业增加值分别为26.3亿元、74.8亿元、98.9亿元，三次产业结构为13.2:39.4:47.4。",
            note="no GDP stated: each term is the sector's share of the three levels (74.8 of 200.0 is 37.4)"),
        good("第一、二、三产业增加值分别为26.3亿元、74.8亿元、98.9亿元，三次产业结构为13.2:37.4:49.4。"),
    )

    def check(self, doc, ctx):
        masked = folded_text(doc)     # doc.masked() with full-width digits, ．and ％ in ASCII (same offsets)
        if "产业" not in masked and "產業" not in masked and "三产" not in masked:
            return
        for n in lazyre.finditer(_STRUCT, masked):
            cut = _CUT.search(masked, n.end(), n.end() + 80)
            stop = cut.start() if cut else min(len(masked), n.end() + 80)
            triples = list(_TRIPLE.finditer(masked, n.end(), stop))
            if not triples or re.search(r"[，,]", masked[n.end():triples[0].start()]):
                continue
            m = triples[-1]       # 由X调整为Y: the current structure is the last one
            if len(triples) > 1 and not re.search(r"由|从|從", masked[n.end():triples[0].start()]):
                continue
            levels = self._levels(doc, masked, n.start())
            if levels is None:
                # 第一、二、三产业增加值分别为…，三次产业结构为…: the three levels of its paragraph without the GDP
                # (claims.wholes.sector_levels) — each term the sector's share of their sum
                if re.search(r"上年|去年|同期", masked[max(0, n.start() - 12):n.start()]):
                    continue
                par = doc.paragraph_at(n.start())
                if par is None:
                    continue
                three = sector_levels(doc, par.start, n.start())
                if three is None:
                    continue
                levels = (None, list(three))
            gdp, secs = levels
            if gdp is not None:
                glo, ghi = interval_of(gdp)
                slo = sum(interval_of(x)[0] for x in secs)
                if slo > ghi * 1.5:
                    continue      # the levels are not parts of that GDP (another period or unit): misread
            for i, g in enumerate(("a", "b", "c")):
                t = m.group(g)
                val = float(t)
                dec = len(t.split(".")[1]) if "." in t else 0
                if dec == 0:
                    continue
                tol = 1.5 * 10 ** (-dec)
                lo_x, hi_x = interval_of(secs[i])
                if gdp is not None:
                    lo, hi = 100 * lo_x / ghi, 100 * hi_x / glo
                else:
                    o_lo = sum(interval_of(x)[0] for k, x in enumerate(secs) if k != i)
                    o_hi = sum(interval_of(x)[1] for k, x in enumerate(secs) if k != i)
                    lo, hi = 100 * lo_x / (lo_x + o_hi), 100 * hi_x / (hi_x + o_lo)
                ok = lo <= val + tol + 1e-9 and hi >= val - tol - 1e-9
                qs = quantities_in(doc, m.start(g), m.end(g))
                stated = qs[0] if qs else secs[i]
                record(doc, self.code, "structure-levels", stated, ok,
                       "level/GDP*100" if gdp is not None else "level/(sum of the three levels)*100",
                       [secs[i], gdp] if gdp is not None else secs)
                if ok:
                    continue
                if gdp is not None:
                    formula = f"{doc.text[secs[i].num_start:secs[i].end]}÷{doc.text[gdp.num_start:gdp.end]}"
                    others = [Related(gdp.start, gdp.end, {"zh": "地区生产总值", "en": "GDP"})]
                else:
                    formula = (f"{doc.text[secs[i].num_start:secs[i].end]}÷("
                               + "+".join(doc.text[x.num_start:x.end] for x in secs) + ")")
                    others = [Related(x.start, x.end, {"zh": "产业增加值", "en": "sector level"})
                              for k, x in enumerate(secs) if k != i]
                yield self.finding(
                    doc, m.start(g), m.end(g),
                    related=[Related(secs[i].start, secs[i].end, {"zh": "产业增加值", "en": "sector level"})] + others,
                    evidence={"stated": val, "recomputed_interval": [lo, hi], "formula": formula, "tolerance": tol},
                    i=i + 1, stated=t, formula=formula, recomputed=f"{(lo + hi) / 2:.{dec + 1}f}", tol=f"{tol:g}")

    @staticmethod
    def _levels(doc, masked, pos):
        """The GDP and the three sector levels stated before ``pos`` (within 1,200 characters), nearest first."""
        lo = max(0, pos - 1200)
        gdp = None
        secs: List[Optional[Quantity]] = [None, None, None]
        for q in reversed(quantities_in(doc, lo, pos)):
            if not _is_amount(q) or measure(q) != "元" or q.approx is not None:
                continue
            pre = re.split(r"[。；;，,：:]", masked[max(lo, q.start - 24):q.start])[-1]
            if re.search(r"人均|增长|增長|增加(?!值)|比上年|同比|占|佔", pre):
                continue
            for i, pat in enumerate(_SECTORS):
                if secs[i] is None and pat.search(pre) and not any(p.search(pre) for j, p in enumerate(_SECTORS) if j != i):
                    secs[i] = q
                    break
            else:
                if gdp is None and _GDP_NAME.search(pre) and all(s_ is not None for s_ in secs):
                    gdp = q
            if gdp is not None:
                break
        if gdp is None or any(s_ is None for s_ in secs):
            return None
        return gdp, secs


@hookimpl
def lintgov_rules():
    return [ShareList, RatioMismatch, StructureLevels]
