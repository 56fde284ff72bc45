"""The whole a share implies: shares of one named whole checked through it (part of the claims layer).

A report gives a part and its share of a named whole in one clause (各项税收为139.8亿元，占本年收入的47.02%) while the
whole itself stands in another paragraph or is never printed.  Each such (part, share) pair *implies* the whole: part ÷
share, an interval from the printed precision of both (:func:`implied_interval`).  Two readings check it:

* **siblings** (:func:`sibling_groups`): the shares of one whole — the same words after 占 (本年收入, 地区生产总值), the
  same measure of their parts (元, 人, 件), the same level-1 part of the document, the same year (an explicit year in a
  part's sentence; a group naming two years is split by year and the parts naming none are left out), the same kind of
  figure (a plan or budget figure, 计划/预算/预计, apart from an actual) — must imply one whole.  :func:`consensus` finds the
  largest set of siblings whose implied wholes share a value: when it holds at least two and a strict majority, and a
  sibling's implied whole reaches no sibling of that set, that sibling is inconsistent; groups split with no majority
  stay silent;
* **the whole named elsewhere** (:func:`named_whole`): a figure of the document named by the whole's words
  (本年收入共为297.3亿元), its one value for the report's period (:func:`lintgov.claims.rates._whole_by_name`: every
  mention gives one value, none of another period, a plan or a sum over years).  It is bound by its name, never by a
  value that fits.

What keeps figures apart that are not siblings: a whole of a wider scope than the report's (占全国的, 占全省的: each
part's own national total), a whole named only by a scope word (占全市的) or by a plan, an average or another period
(占计划的, 占上年的), a part that is a change (增加, 新增), a bound (以上, 近, 超过: its interval is open) or a sum over
years (累计, 五年来, 年均), a share that is the level of a series (比重提高到…, 由…升至…), a share followed by 左右/以上,
parts of opposed sides under one whole's words (收入 and 支出 both 占国家预算的).

Everything is linear in the document: one pass over the shares of :func:`lintgov.claims.claims_of`, a dictionary of
groups, one sort per group.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Dict, List, Optional, Sequence, Tuple

from .. import lazyre
from .roles import clause_start
from .values import interval_of, measure
from .grammar import digits_masked

if TYPE_CHECKING:  # pragma: no cover
    from ..quantities import Quantity

__all__ = ["ImpliedShare", "Consensus", "implied_shares", "sibling_groups", "consensus", "named_whole", "share_of_other",
           "implied_interval", "share_interval"]

#: the clause of a share of a named whole, opening right after its part's clause: 占本年收入的47.02% / 约占地区生产总值的比重为
#: 41.5% / 占工业支出总数的 (the whole's words end at 的, 比重 or 比例)
_SHARE_OF = lazyre.compile(r"\s*(?:约|約|仅|僅|只|已|共|合计|合計|则|則|即)?(?:占|佔)(?:到|了)?"
                           r"(?P<w>[\u4e00-\u9fffA-Za-z“”]{2,16}?)(?:的(?:比重|比例)?|比重|比例)"
                           r"(?:为|為|是|达到|達到|达|達)?\s*")
#: words of a whole that make it no total the parts share: a change of the share (比重提高到), a plan, another period,
#: an average or a standard (占计划的, 占上年的, 占全国平均水平的), a kind of figure that is not one total
_NOT_A_WHOLE = lazyre.compile(r"提高|提升|上升|下降|降低|增加(?!值)|增长|增長|减少|減少|增至|升至|降至|由|从|從|计划|計劃|目标|目標|任务|任務|"
                              r"规划|規劃|上年|去年|上一年|前一年|同期|基期|年初|平均|水平|标准|標準|人均|累计|累計|各自|分别|分別")
#: a scope word opening a whole's words (全国GDP, 全省出口): the whole of the report's own scope, or of a wider one
_SCOPE_OPEN = lazyre.compile(r"^(?:全国|全國|全省|全球|世界|国家|國家|全市|全区|全區|全县|全縣|全州|全镇|全鎮|全港|全行业|全行業|全社会|全社會)")
#: words that name a total without saying of what (占全部的, 占总数的, 占同类的): no key for siblings
_GENERIC_WHOLE = lazyre.compile(r"^(?:全部|总数|總數|总量|總量|总额|總額|合计|合計|同类|同類|总体|總體|整体|整體|其中|两者|兩者|三者|"
                                r"总和|總和|全体|全體|所有)$")
#: the words before a part that make it a change, not a level (增加, 新增, 净增, 多, 少)
_CHANGE_BEFORE = lazyre.compile(r"(?:增长|增長|增加|减少|減少|下降|提高|降低|新增|净增|淨增|净减|淨減|增|减|減|降|多|少|压减|壓減)了?\s*$")
#: a sum or an average over years in a part's sentence (累计, 五年来, 年均, 期间, 以来, 2019—2023年)
_SPAN_WORDS = lazyre.compile(r"累计|累計|年均|平均每年|每年平均|以来|以來|期间|期間|(?<![〇○零一二三四五六七八九])[两二三四五六七八九十]年(?:来|來|间|間|内|內)|"
                             r"\d+年(?:来|來|间|間)|(?:19|20)\d\d\s*[—\-－~至到]\s*(?:19|20)?\d\d")
#: the clause of a part's own change between it and its share (，增长13.6%，/ ，比上年下降2.1%，)
_OWN_CHANGE = lazyre.compile(r"\s*[，,]\s*(?:同比|比上年|较上年|比去年)?(?:增长|增長|下降|增加|减少|減少)了?\s*\d+(?:\.\d+)?\s*%\s*[，,]")
#: the words of a plan or a budget (a planned figure is a sibling of planned figures only)
_PLAN_KIND = lazyre.compile(r"计划|計劃|预算|預算|预计|預計|安排|目标|目標|力争|力爭|预期|預期")
#: a year named in a part's sentence (1956年, 一九五六年); relative labels of another period
_YEAR = lazyre.compile(r"(?:19|20)\d\d(?=年)|[一二三四五六七八九][〇○零一二三四五六七八九]{3}(?=年)")
_OTHER_PERIOD = lazyre.compile(r"上一?年|去年|前一年|上年同期|明年|下一?年|[一二三四]季度|上半年|下半年|前三季度|[一二三四五六七八九十]{1,2}月份?")
#: a name of an area opening a part's clause (广州市地区生产总值…, 其中宝安区…, 前海合作区…): the whole after 占 may be that
#: area's own; each ending tried, shortest first, against the divisions lintgov knows (lintgov.data) or a zone's ending
_AREA_SUBJECT = lazyre.compile(r"\s*(?:其中|其次|此外)?[，,]?\s*(?P<a>[\u4e00-\u9fff]{1,8}?(?:省|市|区|區|县|縣|州|旗|盟|镇|鎮|乡|鄉|街道))")
_ZONE = lazyre.compile(r"(?:新区|新區|开发区|開發區|高新区|高新區|合作区|合作區|园区|園區|自贸区|自貿區|保税区|保稅區)$")
_AREA_NAMES: List[frozenset] = []


def _area_names() -> frozenset:
    if not _AREA_NAMES:
        from ..data import builtin_counties, places
        pl = places()
        names = set(pl.provinces) | set(pl.prefectures)
        for holder, counties in builtin_counties().items():
            names.add(holder)
            names.update(counties)
        _AREA_NAMES.append(frozenset(names))
    return _AREA_NAMES[0]


def _area_opening(words: str) -> str:
    """The area a part's clause opens with (宝安区, 广州市, 前海合作区), else "" (全市, 我区, 涉及市场监管的 are none)."""
    m = _AREA_SUBJECT.match(words)
    if m is None:
        return ""
    a = m.group("a")
    if a[0] in "全我本" or not (a in _area_names() or _ZONE.search(a)):
        return ""
    return a


#: the side of a flow a part's words end on (收入 / 支出): parts of opposed sides are never shares of one whole
_SIDES = (("收入", "支出"), ("进口", "出口"), ("進口", "出口"), ("存款", "贷款"), ("存款", "貸款"), ("流入", "流出"))
_SIDE = lazyre.compile(r"收入|支出|进口|進口|出口|存款|贷款|貸款|流入|流出")
_CN_DIGIT = str.maketrans("〇○零一二三四五六七八九", "000123456789")


@dataclass(frozen=True)
class ImpliedShare:
    """A share of a named whole with its part stated right before it, and the whole they imply."""
    share: "Quantity"
    part: "Quantity"
    #: the words after 占 naming the whole (本年收入, 地区生产总值)
    whole_words: str
    #: the measure of the part (元, 人, 件)
    measure: str
    #: an explicit year of the part's sentence ("1956"), else ""
    year: str
    #: a figure of a plan or a budget (计划, 预算, 预计, 安排)
    plan: bool
    #: the start of the level-1 part of the document holding it
    section: int
    #: the side of a flow the part's words name (收入, 支出, 进口…), else ""
    side: str
    #: the part's interval in base units and the share's, in per cent
    part_interval: Tuple[float, float]
    share_interval: Tuple[float, float]
    #: the area the part's clause opens with (宝安区, 广州市), else "": 占地区生产总值的 may be each area's own
    area: str = ""

    @property
    def interval(self) -> Tuple[float, float]:
        return implied_interval(self.part_interval, self.share_interval)


def share_interval(q: "Quantity", widen: float = 0.0) -> Tuple[float, float]:
    """The values a printed share stands for, in per cent: rounded or truncated to its printed digits (x − ½ unit to
    x + 1 unit of its last digit: a share whose whole is read from other figures may have been cut, not rounded, as
    LG101 reads a share of a whole the text does not print), 约 one unit wider, ``widen`` more on each side."""
    h = 0.5 * 10 ** (-q.decimals)
    lo, hi = q.value - h, q.value + 2 * h
    if q.approx == "≈":
        lo, hi = lo - 2 * h, hi + 2 * h
    return lo - widen, hi + widen


def implied_interval(part: Tuple[float, float], share: Tuple[float, float]) -> Tuple[float, float]:
    """The whole a part and its share imply: [part_lo ÷ share_hi, part_hi ÷ share_lo] (per cent)."""
    slo = max(share[0], 1e-9)
    return 100.0 * part[0] / share[1], 100.0 * part[1] / slo


def _year_of(s: str) -> str:
    m = None
    for m in _YEAR.finditer(s):
        pass
    if m is None:
        return ""
    y = m.group()
    return y if y.isdigit() else y.translate(_CN_DIGIT)


def _read(doc, masked: str, f, cl) -> Optional[ImpliedShare]:
    from .reach import part_start
    q = f.quantity
    if not q.is_percent or q.unit != "%" or q.approx not in (None, "≈") or not 0 < q.value < 100:
        return None
    if q.after_word in ("左右", "以上", "以下", "以内", "以內") or masked[q.end:q.end + 2] in ("左右", "以上", "以下", "以内"):
        return None
    floor = clause_start(doc, masked, q.start, max(0, q.start - 40))
    m = _SHARE_OF.fullmatch(masked, floor, q.start)
    if m is None or floor < 1 or masked[floor - 1] not in "，,":
        return None
    w = m.group("w").replace("“", "").replace("”", "")
    if _NOT_A_WHOLE.search(w) or _GENERIC_WHOLE.match(w):
        return None
    sm = _SCOPE_OPEN.match(w)
    if sm is not None:
        from .rates import is_own_scope
        if len(w) - sm.end() < 2 or not is_own_scope(doc, sm.group()):
            return None       # 占全国的 / 占全省出口的: each part's own wider total; 占全市的: a whole of no measure
    # the part: the figure closing the clause right before the share's (各项税收为139.8亿元，占…)
    from ..quantities import quantities_in
    before = quantities_in(doc, max(0, floor - 90), floor)
    if not before:
        return None
    p = before[-1]
    if p.is_percent and len(before) >= 2:
        # 全年投入110.6亿元，增长13.6%，占财政支出的85.4%: a clause of the part's own change between it and its share
        p = before[-2]
        if not _OWN_CHANGE.fullmatch(masked, p.end, floor):
            return None
    elif masked[p.end:floor - 1].strip():
        return None
    if p.is_percent or p.approx not in (None, "≈"):
        return None
    meas = measure(p)
    if not meas or meas in ("%", "‰", "倍", "番", "个百分点", "百分点", "年", "天", "个月", "岁", "歲"):
        return None
    pf = cl.at(p.start)
    if pf is None or pf.role != "level" or pf.time != "current":
        return None
    pfloor = clause_start(doc, masked, p.start, max(0, p.start - 40))
    pwords = masked[pfloor:p.start]
    if _CHANGE_BEFORE.search(pwords):
        return None
    s = doc.sentence_at(p.start)
    sent = masked[s.start if s is not None else pfloor:p.start]
    if _SPAN_WORDS.search(sent) or _SPAN_WORDS.search(pwords) or _OTHER_PERIOD.search(pwords):
        return None
    area = _area_opening(pwords)
    sides = _SIDE.findall(pwords)
    plo, phi = interval_of(p)
    if not phi > 0:
        return None
    # a plan: its words in the part's clause (预算安排, 计划), or a plan's words in the sentence up to the share (力争, 将,
    # 到2025年: the reading of lintgov.claims.why_not): siblings of plans only
    from . import _PLAN_WORDS, plan_free
    whole_sent = masked[s.start if s is not None else pfloor:q.start]
    plan = bool(_PLAN_KIND.search(pwords) or _PLAN_WORDS.search(plan_free(whole_sent)))
    return ImpliedShare(q, p, w, meas, _year_of(sent), plan, part_start(doc, q.start),
                        sides[-1] if sides else "", (plo, phi), share_interval(q), area)


def implied_shares(doc) -> List[ImpliedShare]:
    """Every share of a named whole with its part stated right before it (:class:`ImpliedShare`), in document order;
    cached per document."""
    c = doc.__dict__.get("_lintgov_implied_shares")
    if c is not None:
        return c
    out: List[ImpliedShare] = []
    masked = digits_masked(doc)
    if "占" in masked or "佔" in masked:
        from . import claims_of
        from .grammar import folded_text
        text = folded_text(doc)
        cl = claims_of(doc)
        for f in cl.figures:
            if f.role == "share":
                r = _read(doc, text, f, cl)
                if r is not None:
                    out.append(r)
    doc.__dict__["_lintgov_implied_shares"] = out
    return out


def _opposed(sides: set) -> bool:
    return any(a in sides and b in sides for a, b in _SIDES)


def sibling_groups(doc) -> List[List[ImpliedShare]]:
    """The shares of one whole (:func:`implied_shares` with the same whole's words, part measure, level-1 part and kind
    of figure), split by the years their sentences name: a group naming one year (or none) keeps every member; a group
    naming several is split by year, its members naming none left out (which year they are of is not said).  A group
    whose parts name opposed sides of a flow (收入 and 支出) is dropped."""
    c = doc.__dict__.get("_lintgov_sibling_groups")
    if c is not None:
        return c
    by: Dict[Tuple[str, str, int, bool], List[ImpliedShare]] = {}
    for r in implied_shares(doc):
        by.setdefault((r.whole_words, r.measure, r.section, r.plan, r.area), []).append(r)
    out: List[List[ImpliedShare]] = []
    for members in by.values():
        years = {r.year for r in members} - {""}
        if len(years) > 1:
            groups = [[r for r in members if r.year == y] for y in sorted(years)]
        else:
            groups = [members]
        for g in groups:
            if not _opposed({r.side for r in g}):
                out.append(g)
    doc.__dict__["_lintgov_sibling_groups"] = out
    return out


@dataclass(frozen=True)
class Consensus:
    """The siblings that imply one whole (``agree``: indices), the region their implied wholes share, and the siblings
    whose implied whole reaches none of theirs (``outliers``)."""
    agree: Tuple[int, ...]
    region: Tuple[float, float]
    outliers: Tuple[int, ...]
    #: the wholes used (each widened when the shares were balanced to add up to 100)
    wholes: Tuple[Tuple[float, float], ...]
    #: the width added to each share's interval, in per cent (0 unless balanced)
    widen: float


def balanced_unit(members: Sequence[ImpliedShare]) -> float:
    """One unit of the finest last digit of the shares of three siblings or more: a column of shares may have been
    balanced (one share moved by a unit of its last digit so that the column adds up to 100; on the even-year budget
    labels of g17B a share of 经济建设费总数 is 18.03% for 18.036%), so each is read that much wider — and a share
    planted wrong takes the column off 100 without making the others any less balanced; 0 for one or two shares."""
    if len(members) >= 3:
        return 10.0 ** -max(r.share.decimals for r in members)
    return 0.0


def consensus(members: Sequence[ImpliedShare]) -> Optional[Consensus]:
    """The largest set of siblings whose implied wholes have a value in common, when it holds at least two siblings and
    a strict majority and is the only such set; ``None`` otherwise (a split with no majority).  Its outliers are the
    siblings whose implied whole meets no implied whole of the set (no rounding of their printed figures reaches any);
    a sibling that meets some of the set but not all is neither (it is never reported).  One sort of the ends."""
    n = len(members)
    if n < 2:
        return None
    widen = balanced_unit(members)
    wholes = tuple(implied_interval(r.part_interval, share_interval(r.share, widen)) for r in members)
    eps = 1e-9
    ends = sorted([(lo * (1 - eps), 0, i) for i, (lo, _) in enumerate(wholes)]
                  + [(hi * (1 + eps), 1, i) for i, (_, hi) in enumerate(wholes)])
    best, cur, best_at, ties = 0, 0, None, 0
    for x, kind, _ in ends:
        if kind == 0:
            cur += 1
            if cur > best:
                best, best_at, ties = cur, x, 1
            elif cur == best:
                ties += 1
        else:
            cur -= 1
    if best < 2 or 2 * best <= n or best_at is None:
        return None
    agree = tuple(i for i, (lo, hi) in enumerate(wholes) if lo * (1 - eps) <= best_at <= hi * (1 + eps))
    if ties > 1:
        # another set as large elsewhere (a disjoint one: two readings of the whole) — or the same set met again
        others = [x for x, kind, _ in ends if kind == 0]
        alt = set()
        for x in others:
            s = tuple(i for i, (lo, hi) in enumerate(wholes) if lo * (1 - eps) <= x <= hi * (1 + eps))
            if len(s) == best:
                alt.add(s)
        if len(alt) > 1:
            return None
    region = (max(wholes[i][0] for i in agree), min(wholes[i][1] for i in agree))
    hull = (min(wholes[i][0] for i in agree), max(wholes[i][1] for i in agree))
    outliers = tuple(i for i in range(n) if i not in agree
                     and (wholes[i][1] * (1 + eps) < hull[0] or wholes[i][0] * (1 - eps) > hull[1]))
    return Consensus(agree, region, outliers, wholes, widen)


#: what may open the clause of a whole's name: nothing, or words of time and scope that leave it the total (本年收入共为…,
#: 全年一般公共预算支出…, 1956年全市…), never a word that narrows it (地方预算支出 is a part of 预算支出)
_NAME_OPENS = lazyre.compile(r"(?:(?:(?:19|20)\d\d|[一二三四五六七八九][〇○零一二三四五六七八九]{3})年(?:度)?的?|全年|本年度?|今年|当年|當年|"
                             r"全[国國省市区區县縣州镇鎮乡鄉]|[我本][省市区區县縣镇鎮]|全社会|全社會|[，,]?\s*)*")
#: the scope words of a name's head (全市一般公共预算支出 in a district's report is the city's, not the district's)
_HEAD_SCOPE = lazyre.compile(r"全[国國省市区區县縣州镇鎮乡鄉]")
#: between a whole's name and its value: a copula (共为, 总计, 完成, 达到)
_NAME_GAP = lazyre.compile(r"\s*(?:共|总计|總計|合计|合計|总共|總共)?(?:完成|实现|實現|达到|達到|达|達|为|為|是|计|計)?了?\s*")
#: the words that make a mention of the name no statement of this period's whole (上年, 预计, 计划, 累计, 平均, a change)
_NAME_NOT_NOW = lazyre.compile(r"上一?年|去年|前一年|预计|預計|计划|計劃|目标|目標|力争|力爭|累计|累計|年均|平均|以来|以來|期间|期間")
#: a word after a name that says the total of it (工业支出总数: the total of 工业支出)
_TOTAL_TAIL = lazyre.compile(r"(?:总数|總數|总额|總額|总计|總計|合计|合計|总量|總量)$")
_AFTER_VALUE = lazyre.compile(r"\s*(?:增长|增長|增加|减少|減少|下降|提高|降低|左右|以上|以下|多|余|餘)")
#: the characters that end the clause a name opens (never 、: 新建中小学3所、幼儿园5所 is an item of a list, no total)
_BREAK = "，,。；;：:！？!?\n（(）)"


def _named_values(doc, masked: str, words: str, meas: str) -> List["Quantity"]:
    """Every figure stated as the value of ``words`` in full: the name opening its clause (after time and scope words
    only, :data:`_NAME_OPENS`), a copula, then an exact figure of measure ``meas`` that is no change; none in a
    sentence of a plan, a prior period or a sum over years.  One substring search per mention; cached per name."""
    cache = doc.__dict__.setdefault("_lintgov_implied_named", {})
    key = (words, meas)
    if key in cache:
        return cache[key]
    import bisect
    from ..quantities import quantity_starts
    from .rates import is_own_scope
    from .reach import _own_areas
    owns = _own_areas(doc, masked)[0]     # (全区 where the text says 我区 and no body behind it names another)
    qs = doc.quantities
    starts = quantity_starts(doc)
    out: List["Quantity"] = []
    i = masked.find(words)
    n = 0
    while i >= 0 and n < 64:
        n += 1
        e = i + len(words)
        lo = max(0, i - 16)
        k0 = max(masked.rfind(c, lo, i) for c in _BREAK)
        head = masked[k0 + 1 if k0 >= 0 else lo:i]
        k = bisect.bisect_left(starts, e)
        if (k0 >= 0 or i - lo < 16) and _NAME_OPENS.fullmatch(head) and k < len(qs) \
                and all(is_own_scope(doc, a) or a in owns for a in _HEAD_SCOPE.findall(head)):
            c = qs[k]
            s = doc.sentence_at(i)
            sent = masked[s.start:i] if s is not None else head
            if _NAME_GAP.fullmatch(masked, e, c.start) and c.approx is None and not c.is_percent \
                    and measure(c) == meas and not _AFTER_VALUE.match(masked, c.end) \
                    and not _NAME_NOT_NOW.search(sent) and not _NAME_NOT_NOW.search(masked, e, c.start):
                out.append(c)
        i = masked.find(words, e)
    cache[key] = out
    return out


def named_whole(doc, members: Sequence[ImpliedShare], exact: bool = False) -> Optional["Quantity"]:
    """The whole the siblings name, stated by its name elsewhere in the document (本年收入共为297.3亿元): the figures
    stated as the value of the whole's words in full (:func:`_named_values`), of the parts' measure, none of the parts
    themselves, of the year the siblings name (or none named) — when they all give one value.  Bound by the name alone:
    a whole with a value that fits but another name is never read.  ``exact``: by the whole's words as written only
    (not 工业支出 for 工业支出总数)."""
    from .grammar import folded_text
    r0 = members[0]
    masked = folded_text(doc)
    found = list(_named_values(doc, masked, r0.whole_words, r0.measure))
    bare = _TOTAL_TAIL.sub("", r0.whole_words)
    if bare != r0.whole_words and len(bare) >= 2 and not exact:
        # 占工业支出总数的 names the total of 工业支出: 工业支出为8,544,082,000元 states it
        found += _named_values(doc, masked, bare, r0.measure)
    if not found:
        return None
    years = {r.year for r in members} - {""}
    parts = {r.part.start for r in members}
    # the report's own years: a figure that names none is of one of them (a work report of 2024 reviews 2023)
    from ..kind import figures_year
    own = {str(y) for y in (figures_year(doc), doc.report_year) if y}
    keep = []
    for w in found:
        if w.start in parts:
            return None
        s = doc.sentence_at(w.start)
        wy = _year_of(masked[s.start:w.start]) if s is not None else ""
        # the same year named on both sides, or a year named on one side that is the report's own
        if (wy and years and years != {wy}) or (wy and not years and wy not in own) \
                or (not wy and years and not years <= own):
            continue
        keep.append(w)
    if not keep or len({interval_of(w) for w in keep}) != 1:
        return None
    return keep[0]


#: a figure followed by a share of its own (…为8,544,082,000元，占经济建设费总数的53.22%): the part of another whole
_SHARE_AFTER = lazyre.compile(r"\s*[，,]\s*(?:约|約)?(?:占|佔)")


def share_of_other(masked: str, q: "Quantity") -> bool:
    """Whether the figure ``q`` is stated with a share of its own right after it (a part of some whole)."""
    return _SHARE_AFTER.match(masked, q.end) is not None
