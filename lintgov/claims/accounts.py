"""The account of a budget: its named totals, its balance, its completion against the budget (part of the claims layer).

A budget execution report or a final account (预算执行情况, 决算, 国家预算) states a few totals by name, each in a clause
it opens, and ties them together in ways the text takes for granted:

* **totals** (:func:`totals`): 本年收入合计A / 本年收入共为A / 一般公共预算收入完成A (``year``: the year's own revenue or
  spending), 上年结转收入B / 加上上年结转收入B (``carry``), 全年收入总数C / 收入总数共为C / 收入总计C (``all``: with what was
  carried over), 支出总数D / 本年支出合计D, and 收支相抵，年终结余F / 结转下年F (``balance``).  Each is read with its side
  (收入 / 支出), its budget (一般公共预算, 政府性基金预算 …, or none: the state budget of the 1950s), its kind (预算 / 决算,
  named in it or last in its paragraph before it: 1956年国家预算规定，… / 1955年国家决算的收支总数如下：…) and its year (the
  last year named in its paragraph before it).  A name that does not open its clause (工商税收入, 其中税收收入, 中央预算支出,
  地方预算收入) is no total of the account;
* **balances** (:func:`balances`): the year's revenue plus what was carried over makes the whole revenue (本年收入A，加上上年
  结转收入B，全年收入总数C: A + B = C — only when no other figure of that measure stands between them, 上级补助收入 or 调入资金
  being further items the reading does not know); the whole revenue less the spending is the balance (收支相抵，结余F: C − D =
  F, any of the revenue totals of the paragraph); 收支平衡 after the two totals says they are equal;
* **completions** (:func:`completions`): 完成预算的96.98%，比预算数A少D / 决算支出占预算数的98.41%，比预算数A少支D — the
  rate is (A ∓ D) ÷ A, and the level it speaks of (本年收入, 决算支出) is A ∓ D: the totals of that side, year and kind the
  report names elsewhere (:func:`candidates`) are checked against it;
* **shares of a named total** (:func:`account_shares`): 各项税收为A，占本年预算收入的47.02% / 经济建设支出为A，占预算支出的
  52.22% / 中央预算收入为A，占国家预算的77.06% — the whole's words name a total of the account (本年收入, 本年预算收入, 预算
  支出, 本年支出总数; 国家预算 by the side its part names), and the part divided by the share must reach one of the totals of
  that side, budget, kind and year the report states (:func:`candidates`).

What keeps totals apart: 收入 never pairs with 支出; a budget's totals (一般公共预算) never with another's (政府性基金预算) nor
with a total naming none; a year named on both sides must be the same; a kind named on both sides (预算 / 决算) must be the
same; 中央 / 地方 totals are never read as the account's (a part of it).  Where several totals could be meant (本年收入 and
收入总数 both name revenue), a figure is consistent when one of them agrees.

Everything is linear in the document: one scan for the names of totals, one for 收支相抵 / 收支平衡, one for 预算…的X%，比
预算数, the shares read once by :func:`lintgov.claims.implied.implied_shares`, and a dictionary of totals by side.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING, Dict, List, Optional, Tuple

from .. import lazyre
from .implied import _year_of as _year   # (the last year named in a text, as digits: one reading for both)
from .values import interval_of, measure

if TYPE_CHECKING:  # pragma: no cover
    from ..quantities import Quantity

__all__ = ["Total", "Balance", "Completion", "AccountShare", "Item", "ApartShare", "totals", "balances", "completions",
           "account_shares", "candidates", "fits", "items", "core", "apart_shares", "item_wholes", "completion_lists", "budget_gaps"]

#: the name of a total opening its clause: time and scope words, a budget, a kind, 上年结转, the side, a total word, a copula
_TOTAL = lazyre.compile(
    r"(?<![\u4e00-\u9fff])"
    r"(?P<pre>(?:(?:19|20)\d\d年度?|[一二三四五六七八九][〇○零一二三四五六七八九]{3}年度?|全年|本年度?|今年|当年|"
    r"全[国省市区县州]|[我本][省市区县]|(?P<est>预计))*)"
    r"(?:国家)?(?P<budget>一般公共预算|政府性基金预算|国有资本经营预算|社会保险基金预算)?"
    r"(?P<kind>预算|决算)?(?P<carry>(?:加上)?上年结转(?:结余)?)?(?P<side>收入|支出)"
    r"(?P<tail>合计|总数|总计|总额)?(?:共|总共|共计|合计)?(?:为|是|达到|达|完成|实现)?了?\s*")
#: what a total's name may follow: the start of a clause
_OPENERS = "，,。；;：:\n（(）)　 "
#: the balance after the totals: 收支相抵，年终结余F / 收支相抵后结转下年F
_BALANCE = lazyre.compile(r"收支相抵[后，,]*(?:年终|年末|当年|本年)?(?:净)?(?:结余|结转下年(?:支出)?|滚存结余)(?:为|是)?\s*")
_EVEN = lazyre.compile(r"收支平衡")
#: a completion against the budget and the budget with the difference: 完成预算的96.98%，比预算数A少D
_DONE_BEFORE = lazyre.compile(r"(?:完成|占|为|达到|是)了?(?P<which>年初|调整后?的?)?预算数?的\s*$")
_AGAINST = lazyre.compile(r"\s*[，,]\s*比(?P<which>年初|调整后?的?)?预算数?\s*")
#: the subject of a completion or a gap that is the account's own total (1955年本年收入, 决算支出, 国家预算收入): nothing
#: left once its time, kind and side words are taken off (经济建设费支出 is an item, not the total)
_OWN_SUBJECT = lazyre.compile(r"\s*(?:(?:19|20)\d\d年度?|[一二三四五六七八九][〇○零一二三四五六七八九]{3}年度?)?(?:国家|全[国省市区县])?"
                              r"(?:本年度?|全年|今年|当年)?(?:的)?(?:预算|决算)?(?:的)?(?:本年度?)?(?:收入|支出)?(?:合计|总数)?\s*")
_CONNECTIVE = lazyre.compile(r"\s*(?:但是|但|可是|然而|而且|并且|这|同时)?[，,]?\s*")
_DIFF = lazyre.compile(r"\s*(?P<dir>多|少|超|超出|超过|减|增)(?:收|支|支出|收入)?了?\s*")
#: the completion clause after an amount (，完成预算数的92.49%) and what may follow it: ；其中 (the parts open), ；, 。
_DONE_CLAUSE = lazyre.compile(r"[，,]\s*完成了?(?:年初|调整后?的?)?预算数?的\s*")
_DONE_END = lazyre.compile(r"\s*(?P<next>[；;]\s*其中[，,：:]?|[；;]|。|$)")
#: a gap to the budget in per cent: 决算支出比预算少支出了约1.59% / 比起原定的计划还少3.02%
_GAP_BEFORE = lazyre.compile(r"比(?:起)?(?:原定的?|原来的?)?(?:预算|计划)数?(?:还|要)?(?P<dir>多|少|超|超出|节约|节省)(?:收|支)?(?:出|入)?了?"
                             r"(?:约|大约)?\s*$")
#: the words of a share's whole that name a total of the account (本年收入, 本年预算收入, 预算支出, 本年支出总数, 国家预算)
_WHOLE = lazyre.compile(r"(?:本年度?|全年|今年|当年)?(?:国家)?(?P<budget>一般公共预算|政府性基金预算|国有资本经营预算|社会保险基金预算)?"
                        r"(?P<kind>预算|决算)?(?P<side>收入|支出)?(?:合计|总数|总计|总额)?")
#: the kind of an account named in its text (国家决算的, 1956年国家预算规定, 决算支出), never the budget figure a statement is
#: compared with (占预算数的, 完成预算的, 比预算数, 比1955年决算数)
_KIND = lazyre.compile(r"(?<!完成)(?<!占)(?<!比)(?<!为)(?:预算|决算)(?!数)|预计")
#: an item of the account opening its clause, with its amount: 经济建设费支出A / 工业支出为A / 各项税收共收到A / 债款支出A
_ITEM = lazyre.compile(r"(?<![\u4e00-\u9fff])(?P<name>(?:(?:19|20)\d\d年度?)?[\u4e00-\u9fff、]{2,20}?(?:费支出|支出|经费|费))"
                       r"(?:共|总共|共计|合计)?(?:为|是|收到|达到|达)?\s*")
#: the words around an item's core name: 用于…方面的支出, 用在…事业的, 国家决算, a year; 费, 支出, 经费, 总数 at its end
_CORE_STRIP = lazyre.compile(r"(?:(?:19|20)\d\d|[一二三四五六七八九][〇○零一二三四五六七八九]{3})年度?|"
                             r"(?:[本全我][国省市区县]|国家)(?:(?:预算|决算)(?:规定)?)?|(?:预算|决算)规定|本年度?|全年|用于|用在|方面|事业|的")
_CORE_TAIL = lazyre.compile(r"(?:费支出|支出|经费|费)?(?:总数|总额|合计)?$")
#: a scope narrower than the account's in an item's sentence (地方预算支出中，经济建设费为…): the item of a part of it
_NARROW = lazyre.compile(r"地方|中央|省级|市级|县级|区级|本级")
#: a share whose part is named but not stated in its clause: …用于经济建设方面的支出，共占本年支出的46.89%
_APART = lazyre.compile(r"(?:共|约|合计)?(?:占|佔)(?P<w>[\u4e00-\u9fff]{2,10}?)的\s*$")


@dataclass(frozen=True)
class Total:
    """A named total of a budget account."""
    q: "Quantity"
    side: str          # 收入 / 支出 / 结余
    part: str          # year / carry / all / balance
    budget: str        # 一般公共预算 … or ""
    kind: str          # 预算 / 决算 / ""
    year: str
    para: int          # start of its paragraph


@dataclass(frozen=True)
class Balance:
    """An identity of the account: ``total`` = sum of ``plus`` − sum of ``minus`` (any of ``alts`` for the first)."""
    total: "Quantity"
    plus: Tuple["Quantity", ...]
    minus: Tuple["Quantity", ...]
    what: str          # sum (本年收入 + 上年结转 = 收入总数) / balance (收入 − 支出 = 结余) / even (收支平衡)
    #: other readings of the revenue (本年收入 and 收入总数): consistent when one of them agrees
    alts: Tuple["Quantity", ...] = ()
    #: other readings of the spending (本年支出 and 支出总计), likewise
    minus_alts: Tuple["Quantity", ...] = ()


@dataclass(frozen=True)
class Completion:
    """完成预算的P%，比预算数A少D: the rate, the budget, the difference and its sign, the level's side, year and kind."""
    rate: "Quantity"
    budget: "Quantity"
    diff: "Quantity"
    sign: int          # +1 (多, 超) / −1 (少, 减)
    side: str
    year: str
    levels: Tuple[Total, ...]


@dataclass(frozen=True)
class AccountShare:
    """A share of a named total of the account with its part, and the totals it may be of."""
    share: "Quantity"
    part: "Quantity"
    words: str
    totals: Tuple[Total, ...]


def _para_start(doc, off: int) -> int:
    p = doc.paragraph_at(off)
    return p.start if p is not None else max(0, off - 300)


def _context(doc, text: str, off: int, sentence: bool = False) -> Tuple[str, str, int]:
    """The year and the kind (预算 / 决算) named last before ``off`` in its paragraph, and the paragraph's start; with
    ``sentence``, the kind named in its own sentence only (an item's or a share's: 如果从1955年决算中扣除… in the sentence
    before says nothing of the kind of the next one)."""
    p0 = max(_para_start(doc, off), off - 400)
    before = text[p0:off]
    if sentence:
        st = doc.sentence_at(off)
        if st is not None:
            before_k = text[max(p0, st.start):off]
        else:
            before_k = before
    else:
        before_k = before
    km = None
    for km in _KIND.finditer(before_k):
        pass
    return _year(before), (km.group() if km is not None else ""), p0


def _other_scope(doc, words: str) -> bool:
    from .rates import _other_scope as other
    return other(doc, words)


def totals(doc) -> List[Total]:
    """Every named total of a budget account in the document, in order (cached)."""
    c = doc.__dict__.get("_lintgov_account_totals")
    if c is not None:
        return c
    from ..quantities import quantity_starts
    from .grammar import folded_text
    text = folded_text(doc)
    out: List[Total] = []
    if "收入" in text or "支出" in text:
        qs = doc.quantities
        starts = quantity_starts(doc)
        for m in lazyre.finditer(_TOTAL, text):
            a = m.start()
            if a > 0 and text[a - 1] not in _OPENERS:
                continue
            k = bisect.bisect_left(starts, m.end())
            if k == len(qs) or qs[k].start != m.end():
                continue
            q = qs[k]
            if q.is_percent or q.approx is not None or not measure(q).endswith("元"):
                continue
            tail = text[q.end:q.end + 4]
            if tail[:1] in ("增", "减", "下", "左", "以", "多", "余"):
                continue
            pre = m.group("pre") or ""
            k = pre.find("全")
            if k >= 0 and pre[k:k + 2] != "全年" and _other_scope(doc, pre[k:k + 2]):
                continue          # (全市… in a district's report: the city's account, not the report's own)
            year, kind, para = _context(doc, text, a)
            part = "carry" if m.group("carry") else ("all" if m.group("tail") in ("总数", "总计", "总额") else "year")
            out.append(Total(q, m.group("side"), part, m.group("budget") or "",
                             "预计" if m.group("est") else (m.group("kind") or kind), _year(m.group("pre")) or year, para))
        for m in lazyre.finditer(_BALANCE, text):
            k = bisect.bisect_left(starts, m.end())
            if k < len(qs) and qs[k].start == m.end() and measure(qs[k]).endswith("元") and qs[k].approx is None:
                year, kind, para = _context(doc, text, m.start())
                out.append(Total(qs[k], "结余", "balance", "", kind, year, para))
        out.sort(key=lambda t: t.q.start)
    doc.__dict__["_lintgov_account_totals"] = out
    return out


#: the most named totals one paragraph's account is read from (the identities look back over them: a bound)
_MAX_TOTALS = 24


def fits(x: Tuple[float, float], y: Tuple[float, float]) -> bool:
    """Whether two intervals meet (relative slack of 1e-9)."""
    return x[0] <= y[1] * (1 + 1e-9) and y[0] <= x[1] * (1 + 1e-9)


def balances(doc) -> List[Balance]:
    """The identities of each paragraph's account: A + B = C, C − D = F, C = D under 收支平衡 (see the module)."""
    c = doc.__dict__.get("_lintgov_account_balances")
    if c is not None:
        return c
    out: List[Balance] = []
    tots = totals(doc)
    if tots:
        from ..quantities import quantities_in
        from .grammar import folded_text
        text = folded_text(doc)
        by_para: Dict[int, List[Total]] = {}
        for t in tots:
            by_para.setdefault(t.para, []).append(t)
        for para, ts in by_para.items():
            if len(ts) > _MAX_TOTALS:
                continue      # (a table of accounts flattened into one paragraph: not one account's statement)
            for i, t in enumerate(ts):
                if t.part == "all" and t.side == "收入":
                    # the year's revenue and the carry-over right before it, no other amount between
                    prev = [u for u in ts[:i] if u.side == "收入" and u.budget == t.budget]
                    if len(prev) >= 2 and prev[-1].part == "carry" and prev[-2].part == "year":
                        a, b = prev[-2], prev[-1]
                        between = [q for q in quantities_in(doc, a.q.start, t.q.start) if measure(q) == measure(t.q)]
                        if len(between) == 2:
                            out.append(Balance(t.q, (a.q, b.q), (), "sum"))
                            continue
                if t.part == "all" and t.side in ("收入", "支出"):
                    b = _added_up(doc, text, t, ts[:i])
                    if b is not None:
                        out.append(b)
                elif t.part == "balance":
                    # every revenue and every spending total of the paragraph before it: one pair agreeing is enough
                    # (收入总计 − 支出总计, or the year's own: 当年结余 may be either)
                    spend = [u for u in ts[:i] if u.side == "支出" and u.part in ("year", "all")]
                    rev = [u for u in ts[:i] if u.side == "收入" and u.part in ("year", "all")]
                    if spend and rev and len(spend) <= 2:
                        revs = sorted(rev, key=lambda u: u.part != "all")
                        spends = sorted(spend, key=lambda u: u.part != "all")
                        out.append(Balance(t.q, (revs[0].q,), (spends[0].q,), "balance", tuple(u.q for u in revs[1:]),
                                           tuple(u.q for u in spends[1:])))
            # 收支平衡 right after the two totals (…收入总数C；支出总数D；收支平衡)
            pg = doc.paragraph_at(ts[-1].q.start)
            for m in _EVEN.finditer(text, para, pg.end if pg is not None else ts[-1].q.end + 40):
                before = [u for u in ts if u.q.end <= m.start() and u.part in ("year", "all")]
                if len(before) < 2:
                    continue
                d = before[-1]
                if d.side != "支出" or text[d.q.end:m.start()].strip("，,；; ") != "":
                    continue
                rev = [u for u in before if u.side == "收入" and u.budget == d.budget and u.year == d.year]
                spend = [u for u in before if u.side == "支出"]
                if rev and len(spend) == 1 and not any(u.part == "balance" for u in ts if u.q.start < m.start()):
                    revs = sorted(rev, key=lambda u: u.part != "all")
                    out.append(Balance(d.q, (revs[0].q,), (), "even", tuple(u.q for u in revs[1:])))
                break
    doc.__dict__["_lintgov_account_balances"] = out
    return out


#: what opens the items added to the year's own figure: 一般公共预算收入A，加上级补助收入B、… / 支出A，加上解上级支出B
_ADD_OPEN = lazyre.compile(r"\s*[，,]\s*加(?=上级|上解|上年|调入|债务|动用|上)|\s*[，,]\s*加上")
#: words that make the figures between no plain additions (a deduction, a part, a change, a comparison)
_NOT_ADDED = lazyre.compile(r"减|扣除|其中|增长|下降|增加|减少|比|较|同比|占|%|％|等")


def _added_up(doc, text: str, t: Total, before: List[Total]) -> Optional[Balance]:
    """收入总计E after 一般公共预算收入A，加上级补助收入B、调入资金C、上年结转D (支出总计 after 支出A，加上解上级支出B): the
    year's own figure of that side in the same sentence, the items 加 opens after it, nothing but additions between
    (no 减, 扣除, 其中, change or share), all of E's measure: A + B + C + D = E."""
    from ..quantities import quantities_in
    st = doc.sentence_at(t.q.start)
    if st is None:
        return None
    own = [u for u in before if u.side == t.side and u.part == "year" and u.q.start >= st.start]
    if not own:
        return None
    a = own[-1]
    m = _ADD_OPEN.match(text, a.q.end)
    if m is None or _NOT_ADDED.search(text, a.q.end, t.q.start):
        return None
    items = quantities_in(doc, a.q.end, t.q.start)
    if not items or any(q.is_percent or q.approx is not None or measure(q) != measure(t.q) for q in items):
        return None
    return Balance(t.q, (a.q,) + tuple(items), (), "sum")


def candidates(doc, side: str, budget: str, kind: str, year: str, parts: Tuple[str, ...] = ("year", "all"),
               before: Optional[int] = None) -> Tuple[Total, ...]:
    """The totals of the account a figure of ``side`` may speak of: the same side and budget, the same kind and year
    where both are named, one of ``parts``."""
    out = []
    by = doc.__dict__.get("_lintgov_account_by_side")
    if by is None:
        by = {}
        for t in totals(doc):
            by.setdefault((t.side, t.budget), []).append(t)
        doc.__dict__["_lintgov_account_by_side"] = by
    for t in by.get((side, budget), ()):
        if t.part not in parts:
            continue
        if kind and t.kind and kind != t.kind:
            continue
        if year != t.year and (year or t.year):
            continue      # (a year on one side only: which year the other speaks of is not said)
        if before is not None and t.q.start >= before:
            continue
        out.append(t)
    return tuple(out)


def completions(doc) -> List[Completion]:
    """Every 完成预算的P%，比预算数A多/少D of the document (cached)."""
    c = doc.__dict__.get("_lintgov_account_completions")
    if c is not None:
        return c
    out: List[Completion] = []
    from .grammar import folded_text
    text = folded_text(doc)
    if "预算" in text:
        from ..quantities import quantity_starts
        from .roles import clause_start
        qs = doc.quantities
        starts = quantity_starts(doc)
        for i, q in enumerate(qs):
            if not q.is_percent or q.approx is not None or i + 2 >= len(qs):
                continue
            done_m = _DONE_BEFORE.search(text, max(0, q.start - 14), q.start)
            if done_m is None:
                continue
            m = _AGAINST.match(text, q.end)
            if m is None or qs[i + 1].start != m.end() or (done_m.group("which") or "")[:2] != (m.group("which") or "")[:2]:
                continue      # (完成调整预算的P%，比年初预算A多D: two budgets)
            a = qs[i + 1]
            d_m = _DIFF.match(text, a.end)
            if d_m is None or qs[i + 2].start != d_m.end():
                continue
            d = qs[i + 2]
            if a.approx is not None or d.approx is not None or measure(a) != measure(d) or not measure(a).endswith("元"):
                continue
            sign = -1 if d_m.group("dir") in ("少", "减") else 1
            floor = clause_start(doc, text, q.start, max(0, q.start - 40))
            subj = text[floor:done_m.start()]
            sides = [s for s in ("收入", "支出") if s in subj]
            side = sides[0] if len(sides) == 1 and _OWN_SUBJECT.fullmatch(subj) else ""
            year, kind, _ = _context(doc, text, q.start)
            levels: Tuple[Total, ...] = ()
            if side:
                # the level itself: the year's own revenue or spending, actual (no budget figure), of that year
                levels = tuple(t for t in candidates(doc, side, "", "", _year(subj) or year, ("year",))
                               if t.kind != "预算" and t.q.start != a.start)
            out.append(Completion(q, a, d, sign, side, _year(subj) or year, levels))
    doc.__dict__["_lintgov_account_completions"] = out
    return out


def account_shares(doc) -> List[AccountShare]:
    """The shares of a named total of the account (:func:`lintgov.claims.implied.implied_shares` whose whole's words
    name one), each with the totals it may be of; none where the report states no such total (cached)."""
    c = doc.__dict__.get("_lintgov_account_shares")
    if c is not None:
        return c
    out: List[AccountShare] = []
    if totals(doc):
        from .grammar import folded_text
        from .implied import implied_shares
        text = folded_text(doc)
        for r in implied_shares(doc):
            m = _WHOLE.fullmatch(r.whole_words)
            if m is None or (m.group("side") is None and m.group("kind") is None and m.group("budget") is None):
                continue
            side = m.group("side") or r.side
            if side not in ("收入", "支出") or (m.group("side") and r.side and r.side != side):
                continue
            if r.area:
                continue
            year, kind, _ = _context(doc, text, r.share.start)
            kind = m.group("kind") or kind
            tots = candidates(doc, side, m.group("budget") or "", kind, r.year or year)
            tots = tuple(t for t in tots if t.q.start != r.part.start and measure(t.q) == r.measure)
            if tots:
                out.append(AccountShare(r.share, r.part, r.whole_words, tots))
    doc.__dict__["_lintgov_account_shares"] = out
    return out


def core(words: str) -> str:
    """The core name of an item of the account: 用于经济建设方面的支出 / 经济建设费支出 / 经济建设费总数 → 经济建设."""
    w = _CORE_STRIP.sub("", words)
    return _CORE_TAIL.sub("", w)


@dataclass(frozen=True)
class Item:
    """An item of the account stated by name with its amount (经济建设费支出A), national (no 地方/中央 in its sentence)."""
    q: "Quantity"
    core: str
    kind: str
    year: str


def items(doc) -> Dict[str, List[Item]]:
    """The items of the account by core name (cached); only in a document that states totals of an account."""
    c = doc.__dict__.get("_lintgov_account_items")
    if c is not None:
        return c
    out: Dict[str, List[Item]] = {}
    if totals(doc):
        from ..quantities import quantity_starts
        from .grammar import folded_text
        text = folded_text(doc)
        qs = doc.quantities
        starts = quantity_starts(doc)
        for m in lazyre.finditer(_ITEM, text):
            a = m.start()
            if a > 0 and text[a - 1] not in _OPENERS:
                continue
            k = bisect.bisect_left(starts, m.end())
            if k == len(qs) or qs[k].start != m.end():
                continue
            q = qs[k]
            if q.is_percent or q.approx is not None or not measure(q).endswith("元") \
                    or text[q.end:q.end + 1] in ("增", "减", "多", "余"):
                continue
            sent = doc.sentence_at(a)
            if _NARROW.search(text, sent.start if sent is not None else max(0, a - 40), a + len(m.group("name"))):
                continue
            name = core(m.group("name"))
            if len(name) < 2:
                continue
            year, kind, _ = _context(doc, text, m.end(), sentence=True)
            out.setdefault(name, []).append(Item(q, name, kind, year))
    doc.__dict__["_lintgov_account_items"] = out
    return out


def _items_for(doc, name: str, kind: str, year: str) -> List[Item]:
    """The items of a core name of that kind (where both name one) and of that year (the same on both sides)."""
    return [i for i in items(doc).get(name, ()) if not (kind and i.kind and kind != i.kind) and year == i.year]


@dataclass(frozen=True)
class ApartShare:
    """…用于经济建设方面的支出，共占本年支出的46.89%: a share of a named total whose part is an item stated elsewhere."""
    share: "Quantity"
    words: str
    parts: Tuple[Item, ...]
    totals: Tuple[Total, ...]


def apart_shares(doc) -> List[ApartShare]:
    """Every share of a named total of the account with no figure in its sentence before it, its part named as an item
    stated elsewhere (same core name, kind and year), and the totals it may be of (cached)."""
    c = doc.__dict__.get("_lintgov_account_apart")
    if c is not None:
        return c
    out: List[ApartShare] = []
    if items(doc):
        from ..quantities import quantities_in
        from .grammar import folded_text
        text = folded_text(doc)
        for q in doc.quantities:
            if not q.is_percent or q.approx is not None or not 0 < q.value < 100:
                continue
            sent = doc.sentence_at(q.start)
            s0 = sent.start if sent is not None else max(0, q.start - 60)
            m = _APART.search(text, max(s0, q.start - 14), q.start)
            if m is None or quantities_in(doc, s0, q.start):
                continue
            wm = _WHOLE.fullmatch(m.group("w"))
            if wm is None or wm.group("side") is None:
                continue
            subj = text[s0:m.start()]
            if _NARROW.search(subj) or "中" in subj[-2:]:
                continue
            side = wm.group("side")
            if side not in subj:
                continue
            year, kind, _ = _context(doc, text, q.start, sentence=True)
            name = core(subj.strip("，, "))
            parts = tuple(_items_for(doc, name, kind, year)) if len(name) >= 2 else ()
            tots = candidates(doc, side, wm.group("budget") or "", wm.group("kind") or kind, year)
            if parts and tots:
                out.append(ApartShare(q, m.group("w"), parts, tots))
    doc.__dict__["_lintgov_account_apart"] = out
    return out


def item_wholes(doc, whole_words: str, kind: str, year: str) -> List[Item]:
    """The items a share's whole's words name by their core (经济建设费总数 → 经济建设支出A), of that kind and year."""
    name = core(whole_words)
    return _items_for(doc, name, kind, year) if len(name) >= 2 else []


def completion_lists(doc) -> List[Tuple["Quantity", Tuple["Quantity", ...]]]:
    """各项税收共收到A，完成预算数的92.49%；其中工商税收到B，完成预算数的87.25%；农业税收到C，完成预算数的109.08%。 — a whole
    and the parts after its 其中, each amount followed by its own completion clause and a semicolon (the reading of a
    budget's items of revenue or spending): (whole, parts), the parts of the whole's measure (cached)."""
    c = doc.__dict__.get("_lintgov_account_done_lists")
    if c is not None:
        return c
    out: List[Tuple["Quantity", Tuple["Quantity", ...]]] = []
    from .grammar import folded_text
    text = folded_text(doc)
    if "其中" in text and "完成" in text:
        qs = doc.quantities
        # every amount with its completion clause: (index of the amount, what follows the rate)
        done = []
        for i in range(len(qs) - 1):
            a, r = qs[i], qs[i + 1]
            if a.is_percent or not r.is_percent or a.approx is not None:
                continue
            m = _DONE_CLAUSE.match(text, a.end)
            if m is None or m.end() != r.start:
                continue
            e = _DONE_END.match(text, r.end)
            if e is None:
                continue
            done.append((i, e.group("next"), e.end()))
        k = 0
        while k < len(done):
            i, nxt, end = done[k]
            if not nxt.lstrip("；; ").startswith("其中"):
                k += 1
                continue
            whole = qs[i]
            parts = []
            j = k + 1
            prev_end = end
            while j < len(done):
                pi, pnext, pend = done[j]
                p = qs[pi]
                # the part opens the segment right after the previous one: only its name between (no other figure)
                if pi - 2 != (done[j - 1][0]) or not p.start > prev_end or measure(p) != measure(whole):
                    break
                parts.append(p)
                prev_end = pend
                j += 1
                if not pnext or pnext[0] not in "；;":
                    break
            if len(parts) >= 2:
                out.append((whole, tuple(parts)))
            k = j
    doc.__dict__["_lintgov_account_done_lists"] = out
    return out


def budget_gaps(doc) -> List[Tuple["Quantity", Completion]]:
    """决算支出比预算少支出了约1.59% / 比起原定的计划还少3.02%: a gap to the budget in per cent, with the completion of the
    same side and year stated elsewhere (完成预算的96.98%，比预算数A少D), whose difference over the budget it must be; the
    side read from its sentence, or from the sentence before when its own names none (cached)."""
    c = doc.__dict__.get("_lintgov_account_gaps")
    if c is not None:
        return c
    out: List[Tuple["Quantity", Completion]] = []
    comps = completions(doc)
    if comps:
        from .grammar import folded_text
        text = folded_text(doc)
        for q in doc.quantities:
            if not q.is_percent or q.approx not in (None, "≈") or any(x.rate is q for x in comps):
                continue
            m = _GAP_BEFORE.search(text, max(0, q.start - 24), q.start)
            if m is None:
                continue
            sign = -1 if m.group("dir") == "少" or m.group("dir").startswith("节") else 1
            st = doc.sentence_at(q.start)
            s0 = st.start if st is not None else max(0, q.start - 60)
            subj = text[s0:m.start()]
            if not (_OWN_SUBJECT.fullmatch(subj) or _CONNECTIVE.fullmatch(subj)):
                continue      # (经济建设费支出比预算少支出了3%: an item's gap, not the account's)
            sides = {x for x in ("收入", "支出") if x in subj}
            if not sides and st is not None and st.start > 0:
                prev = doc.sentence_at(st.start - 1)
                if prev is not None:
                    sides = {x for x in ("收入", "支出") if x in text[prev.start:prev.end]}
            if len(sides) != 1:
                continue
            year, _, _ = _context(doc, text, q.start)
            side = sides.pop()
            hit = [x for x in comps if x.side == side and x.year == year and x.sign == sign]
            if len(hit) == 1:
                out.append((q, hit[0]))
    doc.__dict__["_lintgov_account_gaps"] = out
    return out


def implied_whole(s: AccountShare) -> Tuple[float, float]:
    """The whole a share and its part imply (part ÷ share, each as its rounding interval)."""
    from .implied import implied_interval, share_interval
    return implied_interval(interval_of(s.part), share_interval(s.share))
