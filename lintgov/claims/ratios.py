"""Ratios and averages (part of the claims layer): ratios per 10,000 / 1,000 / 100 people (每万人口执业医师34.6人), a
part among a whole closed by 中 (1,420个行政村中已有1,258个…), a share of a larger area with that area's whole after it,
and averages per unit (人均, 户均, 平均每个社区, 日均).  Each reader works on the skeleton of
:mod:`lintgov.claims.grammar` and is cached per document.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Dict, List, Tuple
from .. import lazyre
from .grammar import (
    QFILL,
    QTOK,
    TIME_UNITS,
    _Q,
    _cache,
    folded_text,
    measure,
    rate_unit,
    skeleton,
)

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document
    from ..quantities import Quantity


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
    r"(?P<w>" + _Q + r")(?P<wn>(?:[\u4e00-\u9fff“”A-Za-z]|[（(][\u4e00-\u9fff、]{1,6}[）)]){0,10}?)(?:当中|之中|中)"
    r"(?![心学央国部型间层级医药华东西南北外小])[，,]?\s*(?:已有|共有|有|其中|已)?(?P<pn>[\u4e00-\u9fff“”]{0,8}?)"
    r"(?P<p>" + _Q + r")(?P<after>[\u4e00-\u9fff“”A-Za-z0-9]{0,8})")


#: the same relation told with 有 and no 中 (全区142个村（社区）已有139个配备法律顾问 / 10个评价领域有7个领域排名第一): the
#: whole's words end right before (已经|已)有, never 拥有/具有/没有 (a possession), 就有/才有 (每10名常住人口就有1名义工: a
#: per-unit figure), 尚有/还有/仍有 (what is left undone, read as the complement by the rate readers); a bracket in the
#: whole's name may spell it out, figures and all (410个“两基”（基本普及九年义务教育…）攻坚县已有317个…)
_AMONG_HAS = lazyre.compile(
    r"(?P<w>" + _Q + r")(?P<wn>(?:[\u4e00-\u9fff“”]|[（(][\u4e00-\u9fff、\ue010\ue011]{1,24}[）)]){1,10}?)"
    r"(?<![拥擁具没沒就才只尚还還仍含占佔共])(?:已经有|已經有|已有|有)"
    r"(?P<pn>)(?P<p>" + _Q + r")(?P<after>[\u4e00-\u9fff“”A-Za-z0-9]{0,8})")
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
    if "有" in skel:
        for m in _AMONG_HAS.finditer(skel):
            w, p = by_start.get(m.start("w")), by_start.get(m.start("p"))
            if w is None or p is None or p.start in out or w.is_percent or p.is_percent \
                    or _PERSONS.get(measure(w), measure(w)) != _PERSONS.get(measure(p), measure(p)):
                continue
            after = m.group("after").split(QTOK)[0]
            pre = _PRE_WORDS.search(skel, max(0, m.start() - 10), m.start()).group()
            out[p.start] = Among(w, p, pre + m.group("wn"), "|" + after)
    c["among"] = out
    return out


def names_whole_head(whole_words: str, after: str) -> bool:
    """Whether the words right after a part among a whole name the whole's own things again by its head noun (the last
    two characters of the whole's name): 10个民生评价领域有7个领域排名第一, 8家链主企业中有5家企业… — the part counts the
    same things as the whole, so it is among them; never a part named by another noun (12个街道中有3个社区)."""
    name = re.sub(r"[（(][^（()）]*[）)]|[^\u4e00-\u9fff]", "", whole_words)
    return len(name) >= 2 and after.startswith(name[-2:])


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


#: the end of a share's sentence (searched in the next 400 characters)
_AREA_SENT_END = lazyre.compile(r"[。！？!?\n]")


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
            se = _AREA_SENT_END.search(skel, q.end, q.end + 400)
            end = se.start() if se is not None else len(skel)
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
                if _area_name(ww) in (pn, ""):
                    # (占全省的23.1%，全省372家: a whole named by its scope alone is the same thing as the part)
                    whole = (w, ww)
                break         # only the first clause the scope word opens
            if whole is not None:
                out[q.start] = AreaShare(q, p, whole[0], scope, part_words, whole[1])
    c["area_shares"] = out
    return out


# -- a count with the larger area's count of the same things in brackets right after it: 新增3家（全市8家） --------------
@dataclass(frozen=True)
class AreaTotal:
    """A count followed, after the words naming it, by a bracket that holds only a larger area's count of the same
    measure (新增3家国家技术创新示范企业（全市8家） / 建成示范单位70个（全省共500个）): the part is of that area's whole
    (the report's own area is inside the wider one), so it is not more than it.  Never a bracket with other words (a
    rank, a share, a year, a plan: （全市第一）, （全市占比8%）, （全市2022年8家））, a whole of a span the part is not of
    (累计 in the bracket's words only), a change or a bound as either figure."""

    part: "Quantity"
    whole: "Quantity"
    scope: str
    part_words: str


_AREA_TOTAL = lazyre.compile(
    r"(?P<p>" + _Q + r")(?P<pw>[\u4e00-\u9fff“”]{0,16}?)[（(](?P<scope>" + _AREA_SCOPES + r")"
    r"(?P<sw>共有|共计|共|总数|总计|合计|累计|有)?(?:为|达|达到)?(?P<w>" + _Q + r")[）)]")
#: words of the part's clause that make it a stock over years or a change (累计建成12个（全市新增8个）is no part)
_AREA_PART_NOT = lazyre.compile(r"累计|累計|总数|總數|增加|增长|减少|下降|提高|净增|淨增|比|较|較|同比|上年|去年")


def area_totals(doc: "Document") -> List[AreaTotal]:
    """Every count with a larger area's count of its measure in a bracket right after its name (cached)."""
    c = _cache(doc)
    if "area_totals" in c:
        return c["area_totals"]  # type: ignore[return-value]
    out: List[AreaTotal] = []
    text = folded_text(doc)
    if "（全" in text or "(全" in text:
        skel, by_start = skeleton(doc)
        for m in _AREA_TOTAL.finditer(skel):
            p, w = by_start.get(m.start("p")), by_start.get(m.start("w"))
            if p is None or w is None or p.is_percent or w.is_percent \
                    or _PERSONS.get(measure(p), measure(p)) != _PERSONS.get(measure(w), measure(w)) \
                    or measure(p) in TIME_UNITS or w.approx in (">", ">="):
                continue
            k = max(skel.rfind(ch, max(0, p.start - 24), p.start) for ch in "，,；;。：:、\n")
            before = skel[k + 1:p.start]
            if QTOK in before or QFILL in before or _AREA_PART_NOT.search(before + m.group("pw")) \
                    or (m.group("sw") == "累计" and "累计" not in before):
                continue
            out.append(AreaTotal(p, w, m.group("scope"), before + "|" + m.group("pw")))
    c["area_totals"] = out
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
    #: a stock a survey may give per head (人均储蓄存款): read only over a total named by the same words (储蓄存款余额)
    #: and a population named as such
    named: bool = False


#: (平均每个镇（街道）14名: another name of the unit in brackets after it)
_PER_UNIT = lazyre.compile(
    r"(?:(?P<mk>人均|户均|日均|月均|件均|场均|笔均)|(?<![各每全都])(?P<nk>[站所校馆院店园室点])均(?!衡|匀|等|值|价|为|在|已|有|设|配|可|能|实现|达标)|"
    # (每期约一百二十人 opening its clause: each of the sessions counted before — an average of the total after)
    r"(?<![\u4e00-\u9fff])每(?P<ek>期|场|批|届)|"
    # (平均审理期限为38天 / 平均办理时长15天: a duration per thing handled, over the things counted in 件)
    r"平均(?P<dk>[\u4e00-\u9fff]{0,4}?(?:期限|时长|時長|用时|用時|周期|天数|天數|时间|時間))|"
    r"平均每(?P<u>[个家户人名所村期天日月件场次项笔宗批台辆套])"
    r"(?P<noun>[\u4e00-\u9fff]{0,4}?)(?:[（(][\u4e00-\u9fff、]{1,6}[）)])?)"
    r"(?P<words>[\u4e00-\u9fff]{0,6}?)(?:为|达到|达)?(?:约)?(?P<q>" + _Q + r")")
#: where every match of _PER_UNIT starts (人, 日, 月 are frequent characters, mostly without 均 after them)
_PER_UNIT_ANCHOR = lazyre.compile(r"[人户日月件场笔站所校馆院店园室点]均|平均|每[期场批届]")
#: the words of a stock a survey may give per head (人均储蓄存款): an average only over the total named alike
_PER_UNIT_NAMED = lazyre.compile(r"^(?:储蓄存款|存款|储蓄)(?:余额)?$")
#: the measure words a count of the places an average is per is written with (站均 over 1,200个工作站, 所均 over 84家律师事务所)
_NOUN_UNITS = {"站": ("个",), "所": ("所", "家", "个"), "校": ("所", "个"), "馆": ("个", "家", "座"), "院": ("家", "所", "个"),
               "店": ("家", "个"), "园": ("个", "家"), "室": ("个", "间"), "点": ("个", "处")}
#: the measure words a count of the units is written with (人均花费 of tourists over 人次 too: 接待游客1,438万人次，…，
#: 游客人均花费880元; 平均每场/每件/件均 over a count in 场/件: any measure word after 平均每 names its units)
_UNITS_OF = {"人均": ("人", "名", "人次"), "户均": ("户", "家"), "日均": ("天", "日"), "月均": ("个月", "月"),
             "件均": ("件",), "场均": ("场",), "笔均": ("笔",),
             # (家 and 所 both count institutions: 律师事务所84家…平均每所15人)
             "个": ("个",), "家": ("家", "所"), "户": ("户",), "人": ("人", "名"), "名": ("人", "名"), "所": ("所", "家"),
             "村": ("个",), "期": ("期",), "天": ("天", "日"), "日": ("天", "日"), "月": ("个月", "月"),
             "件": ("件",), "场": ("场",), "次": ("次",), "项": ("项",), "笔": ("笔",), "宗": ("宗",), "批": ("批",),
             "台": ("台",), "辆": ("辆",), "套": ("套",)}
#: words after the marker that make the figure no plain average of a total stated in the sentence: a change (人均增收),
#: a rate per period (人均每月, 人均年), a standard or a survey figure (收入, 可支配, 消费, 寿命, 住房, 标准)
_PER_UNIT_NOT = lazyre.compile(r"增|减|提高|下降|降低|每|年|月|收入|可支配|消费|支出|寿命|住房|标准|水平|面积|生产总值|GDP|"
                               r"存款|储蓄|工资|预期|受教育|拥有|床位|超过|不足|不到|逾|近|以上")


#: the words of a bound on an average (平均办理时长不到15天, 人均办理案件超过40件, 平均每件逾1.6万元, 30件以上): checked
#: in the bound's direction over the printed precision
_AVG_BOUND_WORDS = frozenset(("不到", "不足", "少于", "低于", "超过", "超過", "逾", "高于", "多于", "以上", "以下", "以内", "以內"))


def _bound_average(q: "Quantity") -> bool:
    return q.approx in ("<", "<=", ">", ">=") and (q.before_word in _AVG_BOUND_WORDS or q.after_word in _AVG_BOUND_WORDS)


#: the verb of a bound a mean was held within (平均办理时长控制在30日以内 / 保持在15天以下 / 压缩至10个工作日以内)
_HELD_AT = lazyre.compile(r"(?:控制|保持|稳定|穩定|维持|維持|压缩|壓縮|缩短|縮短)(?:在|至|到)")
#: the same verb closing the words before a mean's figure (平均办理时长控制在): left out of the mean's name in a finding
HELD_AT_END = lazyre.compile(r"(?:控制|保持|稳定|穩定|维持|維持|压缩|壓縮|缩短|縮短)(?:在|至|到)$")
_PER_UNIT_BEFORE = lazyre.compile(r"(?:标准|到|至|从|由|按|以|为)$")


def per_unit(doc: "Document") -> List[PerUnit]:
    """Every figure stated as an average per unit (:class:`PerUnit`), in document order (cached).  Never a
    percentage, a bound or an average per period of time (人均每月, 年人均) or of a survey (人均可支配收入)."""
    c = _cache(doc)
    if "per_unit" in c:
        return c["per_unit"]  # type: ignore[return-value]
    out: List[PerUnit] = []
    text = folded_text(doc)
    if "均" in text or "每" in text:
        skel, by_start = skeleton(doc)
        for m in lazyre.anchored_finditer(_PER_UNIT, skel, _PER_UNIT_ANCHOR):
            if m.start() > 0 and skel[m.start() - 1] in "年月周週日每":
                continue      # 年人均, 月人均, 每日均: a mean per period
            q = by_start.get(m.start("q"))
            words = m.group("words")
            named = m.group("mk") == "人均" and _PER_UNIT_NAMED.match(words) is not None
            if m.group("ek") and (not re.fullmatch(r"[\u4e00-\u9fff]{0,4}?(?:约|约为|为|有)?", skel[m.end("ek"):m.start("q")])
                                  or measure(q) not in ("人", "人次", "名")):
                continue      # (每期 over people only: 每期培训120人 / 每期约120人)
            if q is None or q.is_percent or (q.approx not in (None, "≈") and not _bound_average(q)) \
                    or (_PER_UNIT_NOT.search(words) and not named) \
                    or _PER_UNIT_NOT.search(m.group("noun") or "") or measure(q) in ("%", "个百分点"):
                continue
            if _PER_UNIT_BEFORE.search(skel, max(0, m.start() - 4), m.start()):
                continue      # 补助标准提高到人均320元, 从人均8.7万元: a standard or a level of a change, no average of a total
            cl = max(skel.rfind(x, max(0, m.start() - 40), m.start()) for x in "，,；;。\n") + 1
            if "其中" in skel[cl:m.start()]:
                continue      # 其中过夜游客人均花费1,500元: the average of a part, not of the total and count before it
            if m.group("dk"):
                # a duration per case: days over the cases counted (件/宗/起), the figure right after the name
                # (平均办理时长控制在30日以内: a ceiling the mean was held within — 控制在/保持在 and a bound after the
                # figure — is the mean's bound, read as 不到30日 is)
                if (words and not (_HELD_AT.fullmatch(words) and _bound_average(q))) \
                        or measure(q) not in ("天", "日", "个工作日", "工作日") \
                        or re.match(r"\s*(?:[、和至到]|左右|以[上下内])", skel[q.end:q.end + 3]):
                    continue
                out.append(PerUnit(q, ("件", "宗", "起"), "", m.group("dk"), m.start()))
                continue
            if m.group("ek"):
                out.append(PerUnit(q, (m.group("ek"),), m.group("ek"), words, m.start()))
                continue
            if named:
                out.append(PerUnit(q, ("人", "名"), "", words, m.start(), named=True))
                continue
            if m.group("nk"):
                # 站均150人次 / 所均办理案件: the places are named by the character before 均, counted in 个/所/家
                out.append(PerUnit(q, _NOUN_UNITS[m.group("nk")], m.group("nk"), words, m.start()))
                continue
            key = m.group("mk") or m.group("u")
            noun = m.group("noun") or ""
            if key == "村":
                noun = "村"
            out.append(PerUnit(q, _UNITS_OF[key], noun, words, m.start()))
    c["per_unit"] = out
    return out


# -- the growth of a per-unit figure from the growths of a total and of its count (人均, 户均, 平均每户, 单产) ---------------
@dataclass(frozen=True)
class PerUnitGrowth:
    """Three growths of one sentence: of a total (``total``: 储蓄存款余额增长10.0%), of the count of its units
    (``count``: 常住人口增长1.0%) and of the total per unit (``per``: 人均储蓄存款增长8.9%), which must agree:
    (1 + total) ÷ (1 + count) = 1 + per.  Each is a :class:`~lintgov.claims.grammar.Change` in %."""

    per: object
    total: object
    count: object


#: the marker of a per-unit figure opening its metric's words, and the units it divides by (``u``): 人均 by people,
#: 户均/平均每户 by households or firms, 亩均/单产 by area
_PER_MARK = lazyre.compile(r"^(?:(?P<p>人均|平均每人)|(?P<h>户均|平均每户|平均每家)|(?P<a>亩均|单位面积|单产))")
#: the words naming a count of the units, closing the count's metric (常住人口, 从业人员, 企业户数, 播种面积)
_COUNT_WORDS = {"p": lazyre.compile(r"(?:人口|人数|人员|职工|从业人员|就业人员)$"),
                "h": lazyre.compile(r"(?:户数|家数|企业数|户)$"),
                "a": lazyre.compile(r"面积$")}
#: the measure words a count of the units is written with when its name says nothing (扶持创业1.2万户)
_COUNT_MEASURES = {"p": ("人",), "h": ("户", "家"), "a": ("亩", "公顷")}
#: totals not derivable from nominal figures (real growth) or per-capita figures of surveys, never read here
_PER_GROWTH_NOT = lazyre.compile(r"生产总值|GDP|增加值|可支配收入|消费支出|工资|可比价|不变价|实际增长|年均|平均增长|目标|预期|力争|计划")


def per_unit_growths(doc: "Document") -> List[PerUnitGrowth]:
    """Every per-unit growth of a sentence that also states the growth of its total and of the count of its units
    (:class:`PerUnitGrowth`), in document order (cached).  The total is the one growth of the sentence whose metric's
    words hold the per-unit figure's (人均储蓄存款 / 城乡居民储蓄存款余额; 单产 / 粮食总产量), the count the one whose words
    name the units (常住人口, 从业人员, 企业户数, 播种面积) or whose value is counted in them (1.2万户); silent when
    either is missing or not alone, for real growth (地区生产总值, 增加值, 可比价) and survey figures (人均可支配收入),
    and for changes over another base than last year.  Linear: the changes are grouped by sentence, at most 12 each."""
    c = _cache(doc)
    if "per_unit_growths" in c:
        return c["per_unit_growths"]  # type: ignore[return-value]
    out: List[PerUnitGrowth] = []
    text = folded_text(doc)
    if "均" in text or "单产" in text or "平均每" in text:
        from .grammar import _LAST_YEAR_CMP, changes, subject_pos
        from .metric import metric_key
        groups: Dict[int, list] = {}
        for ch in changes(doc):
            if ch.kind != "percent" or ch.amount is None or ch.amount.approx not in (None, "≈"):
                continue
            if ch.comparison and not _LAST_YEAR_CMP.match(ch.comparison):
                continue
            s = doc.sentence_at(ch.start)
            if s is None:
                continue
            groups.setdefault(s.start, []).append(ch)
        for s0, chs in groups.items():
            if len(chs) < 3 or len(chs) > 12:
                continue
            s = doc.sentence_at(chs[0].start)
            if _PER_GROWTH_NOT.search(text, s.start, s.end):
                continue
            keys = [metric_key(doc, subject_pos(ch)) for ch in chs]
            for i, ch in enumerate(chs):
                pm = _PER_MARK.match(keys[i])
                if pm is None:
                    continue
                kind = "p" if pm.group("p") else "h" if pm.group("h") else "a"
                rest = keys[i][pm.end():]
                totals, counts = [], []
                for j, other in enumerate(chs):
                    k = keys[j]
                    if j == i or _PER_MARK.search(k) or "均" in k:
                        continue
                    if kind == "a" and not rest:
                        named_total = k.endswith("产量")       # 单产 of 粮食总产量
                    else:
                        named_total = len(rest) >= 2 and rest in k
                    cur = other.current
                    named_count = _COUNT_WORDS[kind].search(k) is not None or (
                        cur is not None and not cur.is_percent and measure(cur) in _COUNT_MEASURES[kind])
                    if named_total and not named_count:
                        totals.append(other)
                    elif named_count and not named_total:
                        counts.append(other)
                if len(totals) == 1 and len(counts) == 1:
                    out.append(PerUnitGrowth(ch, totals[0], counts[0]))
    c["per_unit_growths"] = out
    return out


# -- an average interval between things counted over the year: 全年举办展会72个，平均每5天一个 ------------------------------
@dataclass(frozen=True)
class PerInterval:
    """``平均每5天一个展会`` / ``平均每3.5分钟诞生一家企业`` / ``平均每周一场``: the average span between the things a count
    of the year counts.  ``every`` the span as printed (5.0; 1.0 when no number is written, 每周), ``decimals`` its
    printed decimals (``None`` for a span in words: 两天, 每周), ``per_day`` how many of its units make a day (1 for 天,
    24 for 小时, 1,440 for 分钟, 1/7 for 周, 12/365 for 月), ``cw`` the measure word of one thing (个, 家, 场…), ``start``
    and ``end`` the span of 平均每…一个, ``at`` the start of the number of the span (of 每 when none is written)."""

    every: float
    decimals: "int | None"
    per_day: float
    cw: str
    start: int
    end: int
    at: int


_CN_SPAN = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "半": 0.5}
_SPAN_UNITS = {"天": 1.0, "日": 1.0, "小时": 24.0, "分钟": 1440.0, "秒": 86400.0, "秒钟": 86400.0, "周": 1 / 7,
               "星期": 1 / 7, "个月": 12 / 365.25, "月": 12 / 365.25}
_PER_INTERVAL = lazyre.compile(
    r"平均(?:每隔|每)(?P<m>\d+(?:\.\d+)?|[一两二三四五六七八九十半])?(?:个)?(?P<u>秒钟|分钟|小时|星期|个月|天|日|秒|周|月)"
    r"(?P<w>[\u4e00-\u9fff“”]{0,6}?)(?:一|1)(?P<cw>[个家场次项件户起宗所座条期批])")


def per_intervals(doc: "Document") -> List[PerInterval]:
    """Every average span between things (:class:`PerInterval`), in document order (cached).  Never a span written
    with a bound or of a plan: those are left to the rule's reading of the sentence."""
    c = _cache(doc)
    if "per_interval" in c:
        return c["per_interval"]  # type: ignore[return-value]
    out: List[PerInterval] = []
    text = folded_text(doc)
    if "平均每" in text:
        for m in _PER_INTERVAL.finditer(text):
            g = m.group("m")
            if g is None:
                if m.group("u") not in ("周", "星期", "月", "个月", "天", "日"):
                    continue  # 平均每小时一个: the number of hours unwritten
                every, dec, at = 1.0, None, m.start() + 2
            elif g[0].isdigit():
                every, dec, at = float(g), (len(g.split(".")[1]) if "." in g else 0), m.start("m")
            else:
                every, dec, at = float(_CN_SPAN[g]), None, m.start("m")
            out.append(PerInterval(every, dec, _SPAN_UNITS[m.group("u")], m.group("cw"), m.start(), m.end(), at))
    c["per_interval"] = out
    return out


# -- the total of an average stated in the sentence before it: 全年办理法律援助案件1,800件。…律师40名，人均办理案件45件 ----------
#: two-character words of a name that say nothing of what is counted or done (a scope, a period, a generic head)
_GENERIC_GRAMS = frozenset(("全年", "全市", "全区", "全區", "全县", "全縣", "全省", "今年", "本年", "年度", "共计", "共計", "合计",
                            "合計", "总额", "總額", "总量", "總量", "案件", "项目", "項目", "人员", "人員", "工作", "其中"))
_TOTAL_NOT = lazyre.compile(r"增加|增长|增長|减少|減少|下降|提高|同比|比上年|较|較|上年|去年|同期|预计|預計|计划|計劃|目标|目標|"
                            r"年均|平均|人均|累计|累計")


def total_before(doc: "Document", pu: PerUnit) -> List["Quantity"]:
    """The total an average per unit (``pu``) is of, stated in the sentence before the average's (of its paragraph, or
    the last of the paragraph before when the average's sentence opens its own): the one count of the average's
    measure there, larger than the average, exact or about, no change, plan, earlier period or mean, whose clause
    shares a word of two characters with the words of the average and holds them in order (办理案件 of 人均办理案件 —
    全年办理法律援助案件1,800件, not 人均办理诉讼案件; 罚没 of 平均每件罚没 — 全年罚没款总额2,400万元).  ``[total]``, or ``[]`` when none or two values fit."""
    from ..quantities import quantities_in
    from .rates import _in_order
    from .values import interval_of, value_of
    text = folded_text(doc)
    si = doc.sentence_index(pu.at)
    if si <= 0:
        return []
    s, prev = doc.sentences[si], doc.sentences[si - 1]
    if prev.paragraph != s.paragraph and text[prev.end:s.start].count("\n") > 2:
        return []
    words = pu.noun + pu.words
    grams = {words[i:i + 2] for i in range(len(words) - 1)} - _GENERIC_GRAMS
    if not grams:
        return []
    am = measure(pu.avg)
    found = []
    for x in quantities_in(doc, prev.start, prev.end):
        if x.is_percent or measure(x) != am or x.approx not in (None, "≈") or value_of(x) <= value_of(pu.avg):
            continue
        lo = max(prev.start, x.start - 16)
        clause = re.split(r"[，,；;：:。（(]", text[lo:x.start])[-1]
        if _TOTAL_NOT.search(clause) or not any(g in clause for g in grams) or not _in_order(words, clause, 6):
            continue
        found.append(x)
    if len({interval_of(x) for x in found}) != 1:
        return []
    return found[-1:]


#: how far before an average's sentence the count of its places is looked for (the sentences before it, across the
#: paragraph breaks of a short passage: 全市设立工作站1,200个。\n工作站全年…，站均150人次)
_UNITS_BACK = 300
_UNITS_NOT = lazyre.compile(r"增加|增长|增長|减少|減少|下降|提高|同比|比上年|较|較|上年|去年|同期|预计|預計|计划|計劃|目标|目標|"
                            r"年均|平均|人均|累计|累計|其中|新增|新建|新设|新开")


def units_before(doc: "Document", pu: PerUnit) -> List["Quantity"]:
    """The count of the places an average is per (站均 → 工作站, 平均每个社区 → 社区), stated in the sentences before the
    average's (up to :data:`_UNITS_BACK` characters back, across paragraph breaks): a count in one of the measure words
    of the places (个 for 站, 所/家 for 所), exact, of this period (no change, part, addition, plan or earlier period in
    its clause), whose words right before it end with the noun (设立工作站1,200个) or whose noun after it names it
    (1,200个工作站).  ``[count]`` when every such count has one value, else ``[]``."""
    from ..quantities import quantities_in
    from .values import interval_of
    noun = pu.noun[:2]
    if not noun:
        return []
    text = folded_text(doc)
    s = doc.sentence_at(pu.at)
    if s is None:
        return []
    lo = max(0, s.start - _UNITS_BACK)
    found = []
    for x in quantities_in(doc, lo, s.start):
        if x.is_percent or x.approx is not None or measure(x) not in pu.units or x.decimals > 0:
            continue
        clause = re.split(r"[，,；;：:。（(\n]", text[max(lo, x.start - 16):x.start])[-1]
        after = re.match(r"[\u4e00-\u9fff]{0,12}", text[x.end:x.end + 12]).group()
        if _UNITS_NOT.search(clause):
            continue
        named = clause.endswith(noun) or re.search(re.escape(noun) + r"(?:共|共有|达到|达|为|有)?$", clause) is not None \
            or measure(x) == noun        # (十二期 of 每期: the count is written in the unit itself)
        if not named and noun not in after:
            continue
        found.append(x)
    if len({interval_of(x) for x in found}) != 1:
        return []
    return found[-1:]


#: the words of a total stated after its average (累计培训一千四百余人次 / 共培训1,440人次 / 合计)
_TOTAL_AFTER = lazyre.compile(r"(?:累计|累計|共计|共計|合计|合計|总计|總計|共)[\u4e00-\u9fff]{0,8}$")


def total_after(doc: "Document", pu: PerUnit) -> List["Quantity"]:
    """The total an average per unit is of, stated after it as a total (累计, 共, 合计) in its sentence or the next
    (across one line break): of the average's measure (人次 for an average in 人: people counted per session), larger
    than the average, no change, plan or earlier period in its clause.  ``[total]`` when one fits, else ``[]``."""
    from ..quantities import quantities_in
    from .values import value_of
    text = folded_text(doc)
    s = doc.sentence_at(pu.avg.end)
    if s is None:
        return []
    si = doc.sentence_index(pu.avg.end)
    hi = s.end
    if si + 1 < len(doc.sentences):
        nxt = doc.sentences[si + 1]
        if text[s.end:nxt.start].count("\n") <= 1:
            hi = nxt.end
    am = measure(pu.avg)
    ok_measures = (am, "人次") if am in ("人", "名") else (am,)
    found = []
    for x in quantities_in(doc, pu.avg.end, hi):
        if x.is_percent or measure(x) not in ok_measures or value_of(x) <= value_of(pu.avg):
            continue
        clause = re.split(r"[，,；;：:。（(\n]", text[max(pu.avg.end, x.start - 16):x.start])[-1]
        if _TOTAL_NOT.search(clause.replace("累计", "").replace("累計", "")) or not _TOTAL_AFTER.search(clause):
            continue
        found.append(x)
    return found[:1]
