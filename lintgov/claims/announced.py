"""A count announced and the items listed after it (part of the claims layer): 出台三项制度：《…》《…》《…》; 设立4个
服务点，分别设在A、B、C和D; 新建5所学校，即A、B、C、D、E; 开展六类专项整治，包括A、B、C、D、E、F; 完善两项机制，一是…，
二是…; 制定了三项制度。即《…》《…》《…》.

What a list is, read in general terms rather than from its wording:

* **the count**: a numeral of two to thirty-nine (Chinese or digits) and a measure word of things (项, 个, 条, 部, 类, 方面…),
  not a rank (第三, 前三), a bound (至少三项, 3个以上), a word pointing back (这三项, 上述), part of a name (“四个意识”, a
  title) or a term of several counts (一中心三平台);
* **the opening**: where the count's clause hands over to its items — a colon, 即, 分别 with its verb (分别是, 分别设在,
  分别位于…), 包括/涵盖, or the next sentence opening with 即/具体包括/分别是 after a sentence the count and its noun close;
* **how the items are delimited**: titles 《》 one after another, quoted phrases “”, numbers 一是/第一，/（一）/1./（1）
  running over the paragraph's sentences, or names at 、 and ； with 和/及/与 joining the last two;
* **whether the list is closed**: 等/等等, 主要, 如/例如/比如, 其中, 重点, 部分 make it open (only a total, 共N项, is then
  read, and only as at least the items); 包括/涵盖 may name some of the things only, so the count is then at least the items;
  分别/即/a colon name every thing counted.

A join of the last two names (A、B和C) is two items when its two sides end alike with the other items (河口镇和高桥乡), else
one or two.  Items that are lists themselves (a count or a figure inside an item), a description after the names that
may be more items (a clause with 、, or one ending like the items), numbers that go on in the next paragraph: not read.
Each reading gives an :class:`lintgov.claims.lists.Enumeration` with ``after`` set, the fewest and most things the
items may be, each item's span and how the list was delimited; LG103 checks the count lies between them.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, List, Optional, Tuple

from .. import lazyre
from .grammar import folded_text
from ..textfold import fullwidth_text

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document
    from .lists import Enumeration

MASK = "\ue000"

#: a count of things and its noun (出台三项制度 / 新建学校5所 / 以下四个方面): two to thirty-nine, never the tail of a
#: larger number, an ordinal (第三), a rank (前三), a fraction (之三) or a decimal; the noun holds no other numeral
_COUNT = lazyre.compile(
    r"(?<![\d零〇一二两三四五六七八九十百千万亿第之前.．])"
    r"(?P<n>十[一二三四五六七八九]?|[两三四五六七八九]|[2-9]|[1-3]\d)(?![\d.．])"
    r"(?P<w>方面|个|项|条|部|类|种|大|件|家|所|名|位|支|座|处|批|张|本|篇|份|套|款|场|次|期|轮)"
    r"(?P<noun>(?:(?!以上|以下|多|余|左右)[\u4e00-\u9fff]){0,14}?)"
    # (a clause between the count and its colon — 出台三项制度，进一步规范执法行为：《…》: titles or numbers only)
    r"(?P<mid>[，,](?:(?!即|分别|包括)[\u4e00-\u9fff]){2,20}(?=[：:]))?"
    r"(?P<op>"
    # a colon, optionally with the word that opens the items (：即 / ：分别是 / ：包括)
    r"[：:]\s*(?P<cw>分别是|分别为|依次是|依次为|具体包括|主要包括|包括|涵盖|主要有|具体是|具体为|是指|即)?[：:]?"
    # a comma and the word that hands over to the items
    # 分别 and any verb right before titles (学法6次，分别学习了《…》《…》; 召开3次会议，分别审议《…》…): one title each
    r"|[，,]\s*(?P<cw5>分别[\u4e00-\u9fff]{1,4}?了?)(?=\ue000)"
    r"|[，,]\s*(?P<cw2>即|分别是|分别为|依次是|依次为|它们(?:分别|依次)?(?:是|为)|分别(?:设在|设于|位于|落户在|落户于|落户|建在|地处|来自|是|为)|"
    r"具体包括|具体为|具体是|包括|涵盖|主要包括|主要有|主要是|如|例如|比如)[：:]?"
    # a bracket opened by the word, the items up to its close (两件法规案（即《…》《…》）)
    r"|[（(]\s*(?P<cw4>即|分别是|分别为|包括)[：:]?"
    # a comma or a colon and the first of numbered items (，一是… / ，第一，… / ：（一）…)
    r"|[，,]\s*(?=一是|第一[，,、])"
    # the count and its noun close their sentence, the next opens with the word (。即 / 。具体包括：)
    # (or a pronoun pointing back to the things counted: 。它们是… — the count's noun may then go on with its clause)
    r"|。\s*(?P<cw3>即|具体是|具体为|具体包括|分别是|分别为|包括|它们(?:分别|依次)?(?:是|为))[：:]?"
    r")")
_NUMERALS = "零〇一二两三四五六七八九十百千万"
#: another count of things (in the clause before the count, in an item)
_OTHER_COUNT = lazyre.compile(r"(?<![第前\d.．])(?:\d+|[一二两三四五六七八九十]+)(?:方面|个|项|条|部|类|种|大|件|家|所|名|位|支|座|处|批|"
                              r"张|本|篇|份|套|款|场|级)")
#: what before the count makes it no announcement: a bound, a word pointing back, a ranking
_BEFORE_NOT = lazyre.compile(r"(?:至少|起码|不少于|不下于?|超过|逾|近|多达|这|此|上述|以上|前述|这些|其余|其他|其它|另有?|"
                             r"(?:入选|评为|获评|位列|跻身|荣获)[\u4e00-\u9fff]{0,4})有?$")
#: words that make a list open (the items name some of the things only)
_OPEN = lazyre.compile(r"(?<![高平中初同对均相优上头特劣超次一二三四五六七八九])等(?![级次待同于额值效量距])|主要|如|例如|比如|其中|"
                       r"重点|部分|之一|涉及|含|以及其他|其他|其它|若干")
#: a clause between the count and its colon that opens a breakdown of the things counted (，其中 / ，其中包括)
_BREAKDOWN_MID = lazyre.compile(r"[，,]\s*其中")
#: a total word right before the count (共有六类 / 共计5个): the count of every thing
_TOTAL_BEFORE = lazyre.compile(r"(?:共|共有|共计|合计|总计|全部|一共)$")
#: the ordinal numbers of items: 一是 / 第一， / （一） / 1. / （1）
_ORD_ITEM = lazyre.compile(r"(?P<a>[一二三四五六七八九十]{1,2})是|第(?P<b>[一二三四五六七八九十]{1,2})[，,、]|"
                           r"（(?P<c>[一二三四五六七八九十]{1,2})）|(?<![\d.．])(?P<d>[1-9]\d?)[.．、](?!\d)|[（(](?P<e>[1-9]\d?)[)）]|"
                           # (一要… 二要…; 一、… ；二、… inside one sentence, never a heading opening a line)
                           r"(?P<f>[一二三四五六七八九十]{1,2})要(?![求素件点])|(?<=[：:；;])(?P<g>[一二三四五六七八九十]{1,2})、")
#: measure words of sessions and rounds (学法6次, 培训3期, 督查两轮)
_EVENT_UNITS = frozenset(("次", "期", "轮"))
#: measure words of kinds (a list after 包括 names kinds, not the parts of one thing)
_KIND_WORDS = frozenset(("类", "种", "项", "方面", "大", "条", "部"))
#: 分别 with a verb of place
_PLACE_WORDS = frozenset(("分别设在", "分别设于", "分别位于", "分别落户在", "分别落户于", "分别落户", "分别建在", "分别地处",
                          "分别来自"))
_CN = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_SENT_END = lazyre.compile(r"[。！？!?\n]")
#: the joins of two names (A和B, A及B, A与B, A以及B): never inside a word (和谐, 参与, 及时, 涉及)
_JOIN = lazyre.compile(r"以及|(?<![参给])与(?![会其])|(?<![普涉危波])及(?![时早格])|(?<![中共温祥])和(?![谐美平睦])")
_DIGITS = lazyre.compile(r"[0-9%％]")
_TECH = lazyre.compile(r"\d+[A-Za-z]+\d*|[A-Za-z]+\d+[A-Za-z]*")
_SEPS = "、，,和及与 \t\u3000"


def _value(n: str) -> int:
    if n.isdigit():
        return int(n)
    if n[0] == "十":
        return 10 + (_CN[n[1]] if len(n) > 1 else 0)
    return 2 if n == "两" else _CN[n]


def _ord_value(s: str) -> int:
    if s.isdigit():
        return int(s)
    if len(s) == 1:
        return _CN.get(s, 0)
    if s[0] == "十":
        return 10 + _CN.get(s[1], 0)
    return _CN.get(s[0], 0) * 10 if s[1] == "十" else 0


def _ord_kind(m) -> Tuple[str, int]:
    for k in "abcdefg":
        if m.group(k):
            return k, _ord_value(m.group(k))
    return "", 0


def _runs(doc: "Document", text: str, start: int, end: int, open_c: str, close_c: str) -> Optional[List[Tuple[int, int]]]:
    """The spans of titles (《…》) or quoted phrases (“…”) that fill ``text[start:end]`` with only separators (、，和及与 or
    nothing) between them, or None."""
    spans: List[Tuple[int, int]] = []
    raw = doc.text
    p = start
    while p < end:
        c = raw[p]
        if c == open_c:
            q = raw.find(close_c, p + 1, end)
            if q < 0 or raw.find(open_c, p + 1, q) >= 0:
                return None
            spans.append((p, q + 1))
            p = q + 1
            # a short bracket right after a title is its own (《…》（试行）)
            b = _TITLE_BRACKET.match(raw, p, end)
            if b is not None:
                p = b.end()
            continue
        if c in _SEPS or raw.startswith("以及", p):
            p += 2 if raw.startswith("以及", p) else 1
            continue
        return None
    return spans if len(spans) >= 2 else None


def _alike(a: str, b: str, others: List[str]) -> bool:
    """Two names joined by 和/及/与 that are two items: both end with a character the other names end with, or with the
    same character as each other (河口镇和高桥乡 after 城关镇; 经济技术开发区和高新技术产业开发区)."""
    if len(a) < 2 or len(b) < 2:
        return False
    ends = {x[-1] for x in others}
    if a[-1] == b[-1] and len(a) >= 3 and len(b) >= 3:
        return True
    # (the first side ends like the other names, the second is as long as one of them: 城关镇、河口镇和高桥乡; or both are
    # as long as the other names, four characters or more: 食品安全、安全生产和生态环境)
    if a[-1] in ends and (b[-1] in ends or any(abs(len(b) - len(x)) <= 1 for x in others)) and len(others) >= 1:
        return True
    return len(a) >= 4 and len(b) >= 4 and len(others) >= 1 and all(abs(len(y) - len(x)) <= 1 for y in (a, b)
                                                                     for x in others)


def _names(body: str) -> Optional[Tuple[List[str], int, int, str]]:
    """(names, fewest, most, how) of the names in ``body`` (one clause or ；-separated segments), or None: names at 、 (a
    join in a name may make two), or segments at ； (each one item, or each of its 、-names one)."""
    body = body.strip()
    if not body:
        return None
    if "；" in body or ";" in body:
        segs = [x.strip() for x in _SEMI.split(body)]
        if len(segs) < 2 or any(not 2 <= len(x) <= 40 for x in segs):
            return None
        inner = sum(len(x.split("、")) - 1 + len(_JOIN.findall(x)) for x in segs)
        return segs, len(segs), len(segs) + inner, "；"
    parts = [x.strip() for x in body.split("、")]
    if any(not x for x in parts):
        return None
    names: List[str] = []
    lo = hi = 0
    for i, x in enumerate(parts):
        joins = list(_JOIN.finditer(x))
        if not joins:
            names.append(x)
            lo += 1
            hi += 1
            continue
        if len(joins) > 1:
            return None
        a, b = x[:joins[0].start()].strip(), x[joins[0].end():].strip()
        if not a or not b:
            return None
        others = [y for j, y in enumerate(parts) if j != i]
        if _alike(a, b, others) and (others or len(parts) == 1):
            names.extend((a, b))
            lo += 2
            hi += 2
        else:
            names.append(x)
            lo += 1
            hi += 2
    if hi < 2 or any(not 2 <= len(x) <= 25 for x in names):
        return None
    return names, lo, hi, "、" if len(parts) > 1 else "和"


def _ordinals(text: str, pos: int, noun: str = "") -> Optional[Tuple[List[Tuple[int, int]], int, int, int]]:
    """(spans of the numbers, fewest, most, end) of items numbered from ``pos`` (一是… / 第一，… / （一）… / 1.… / （1）…):
    numbers of one kind one after another from 1, each after a clause or sentence break, up to the paragraph's end; the
    next paragraph must not go on with the next number.  The most is unbounded (99) when sentences after the last item's
    sentence may name more things (此外, 还有, 另一类, another count of the kind: :func:`lists.ord_more`)."""
    m0 = _ORD_ITEM.match(text, pos)
    if m0 is None:
        return None
    k0, v0 = _ord_kind(m0)
    if v0 != 1:
        return None
    eol = text.find("\n", pos)
    eol = len(text) if eol < 0 else eol
    spans = [(m0.start(), m0.end())]
    for x in _ORD_ITEM.finditer(text, m0.end(), eol):
        k, v = _ord_kind(x)
        if k != k0:
            continue
        if text[x.start() - 1] not in "。；;，,：:！？!? \u3000":
            continue      # (a numeral inside an item: 提高2.5个…, 二是 inside a word)
        if k0 == "g" and _SENT_END.search(text, m0.end(), x.start()):
            return None   # (一、… ；二、… are read inside one sentence only: across sentences they may be headings)
        if v != len(spans) + 1:
            return None
        spans.append((x.start(), x.end()))
    if len(spans) < 2:
        return None
    nxt = _ORD_ITEM.search(text, eol, min(len(text), eol + 400))
    if nxt is not None and _ord_kind(nxt) == (k0, len(spans) + 1):
        return None
    last = _SENT_END.search(text, spans[-1][1], eol)
    most = len(spans)
    if last is not None and text[last.end():eol].strip():
        from .lists import ord_more
        if ord_more(text, last.end(), eol, noun):
            most = 99
    return spans, len(spans), most, eol


def announced_counts(doc: "Document") -> List["Enumeration"]:
    """Every count announced with the items listed after it (see the module's docstring); cached per document."""
    from .grammar import _cache
    c = _cache(doc)
    if "announced" in c:
        return c["announced"]  # type: ignore[return-value]
    out: List["Enumeration"] = []
    text = folded_text(doc)
    if "：" in text or ":" in text or "即" in text or "分别" in text or "包括" in text or "涵盖" in text \
            or "一是" in text or "第一" in text or "如" in text or "它们" in text:
        for m in lazyre.finditer(_COUNT, text):
            e = _read(doc, text, m)
            if e is not None:
                out.append(e)
    if "分别" in text or "依次" in text:
        out.extend(_respective(doc, text, {e.count.start for e in out}))
        out.sort(key=lambda e: e.start)
    c["announced"] = out
    return out


class _Head:
    """The groups of :data:`_COUNT` for a count found apart from its opening (see :func:`_respective`)."""

    def __init__(self, groups, starts, span):
        self._g, self._s, self._span = groups, starts, span

    def group(self, k=0):
        return self._g.get(k)

    def start(self, k=0):
        return self._span[0] if k == 0 else self._s[k]

    def end(self, k=0):
        return self._span[1]


#: 分别是 / 依次为 / 分别设在… after a comma: the names of every thing the sentence before counts
_RESPECTIVE = lazyre.compile(r"[，,]\s*(?P<cw2>分别是|分别为|依次是|依次为|分别(?:设在|设于|位于|落户在|落户于|落户|建在|地处|来自))[：:]?")
_THING_UNITS = frozenset("方面 个 项 条 部 类 种 大 件 家 所 名 位 支 座 处 批 张 本 篇 份 套 款 场".split())


def _respective(doc: "Document", text: str, read: set) -> List["Enumeration"]:
    """Names after 分别是/依次为/分别设在… when the count stands anywhere in the sentence before it (全县有3个乡镇财政收入超过
    1亿元，分别是A、B、C): the one count of things there, no other figure counted in things (3个公园、2个广场，分别是… is not
    read)."""
    out: List["Enumeration"] = []
    qs = doc.quantities
    starts = [q.start for q in qs]
    import bisect
    for m in lazyre.finditer(_RESPECTIVE, text):
        s = doc.sentence_at(m.start())
        if s is None:
            continue
        lo, hi = bisect.bisect_left(starts, s.start), bisect.bisect_left(starts, m.start())
        things = [q for q in qs[lo:hi] if not q.is_percent and q.unit in _THING_UNITS]
        if len(things) != 1:
            continue
        q = things[0]
        if q.start in read or q.approx is not None or not float(q.value).is_integer() or not 2 <= q.value <= 39:
            continue
        n = doc.text[q.num_start:q.num_end]
        if not _COUNT_NUMERAL.fullmatch(n):
            continue
        head = _Head({"n": n, "w": q.unit, "noun": "", "mid": None, "cw": None, "cw2": m.group("cw2"), "cw3": None,
                      "op": m.group()},
                     {"n": q.num_start, "op": m.start()}, (q.num_start, m.end()))
        e = _read(doc, text, head, apart=True)
        if e is not None:
            out.append(e)
    return out


def _read(doc: "Document", text: str, m, apart: bool = False) -> Optional["Enumeration"]:
    from .lists import Enumeration, _count_q
    n_s = m.start("n")
    cw = m.group("cw") or m.group("cw2") or m.group("cw3") or m.group("cw4") or m.group("cw5") or ""
    if m.group("w") in _EVENT_UNITS and m.group("cw5") is None:
        return None       # (a count of sessions or rounds: read only with 分别 and the titles studied in each)
    noun = m.group("noun")
    # the clause of the count, before it: no other count of things, no bound, no word pointing back
    k = max(text.rfind(ch, max(0, n_s - 40), n_s) for ch in "，,。；;：:！？!?\n（(")
    before = text[k + 1:n_s]
    if _BEFORE_NOT.search(before) or _OTHER_COUNT.search(before) or before.endswith(("、", "“", MASK)) \
            or any(ch in _NUMERALS for ch in before[-1:]):
        return None
    # inside a quote or a name: the count is part of a term (“四个意识”, “三个清单”制度 — read elsewhere)
    if text.count("“", max(0, n_s - 40), n_s) > text.count("”", max(0, n_s - 40), n_s) or "”" in noun or "“" in noun:
        return None
    cw2 = m.group("cw2") or m.group("cw5")
    if not apart and cw2 is not None and (cw2.startswith(("分别", "依次")) or cw2 == "即"):
        # (分别/即 after a comma: the whole clause before counts one kind of thing — 设立两个中心和三个服务站，分别… is
        # not read)
        clause = text[k + 1:m.start("op")]
        if len(_OTHER_COUNT.findall(clause)) > 1:
            return None
    if _OTHER_COUNT.search(noun):
        return None       # (两个中心三个平台：… — the items may be of either count)
    if m.group("mid") and _OTHER_COUNT.search(m.group("mid")):
        return None       # (a clause between holding a numeral may count something else)
    if m.group("cw3") is not None and len(noun) > 6 and not m.group("cw3").startswith("它们"):
        return None       # (the count closing its sentence: a short noun only — 出台了三项制度。即…)
    n = _value(m.group("n"))
    if not 2 <= n <= 39:
        return None
    # (a clause between the count and its colon opening a breakdown — 10项，其中：一是…；二是… — names some of the
    # things, as the word that opens the items would)
    partial = _OPEN.search(cw) is not None or bool(m.group("mid")) and _BREAKDOWN_MID.match(m.group("mid")) is not None
    opened = not partial and ("包括" in cw or cw == "涵盖")
    if opened and (m.group("w") not in _KIND_WORDS or not noun):
        return None       # (包括 after a count of things — 完成4个小区改造，包括屋面、外墙… — may list what they hold)
    # (a place each thing stands in: several may share one — 5个项目分别位于城东、城西和城南 — so the count is at least
    # the places named)
    placed = cw in _PLACE_WORDS
    total = _TOTAL_BEFORE.search(before) is not None
    start = m.end()
    while start < len(text) and text[start] in " \t\u3000":
        start += 1
    stop = _SENT_END.search(text, start)
    end = stop.start() if stop is not None else len(text)
    if m.group("cw4"):
        close = _BRACKET_CLOSE.search(text, start, end)
        if close is None or _BRACKET_OPEN.search(text, start, close.start()):
            return None   # (the items end where the bracket closes, with no bracket inside)
        end = close.start()
    if m.group("cw5") is not None and not doc.text.startswith("《", start):
        return None       # (分别 and a verb: titles only — the folded text masks titles and quotes alike)
    how = cw or ("：" if m.group("op")[:1] in "：:" else "")
    spans: List[Tuple[int, int]] = []
    names: List[str]
    # numbered items (一是… / 第一，… / （一）… / 1.…), over the paragraph's sentences
    if _ORD_ITEM.match(text, start) is not None:
        if m.group("op")[:1] in "：:" and not cw and _ord_kind(_ORD_ITEM.match(text, start))[0] in "de":
            return None   # (a colon and items numbered 1. / （1）: lists._numbered_items reads them, never after digits)
        got = _ordinals(text, start, noun)
        if got is None:
            return None
        spans, lo, hi, end = got
        names = [doc.text[a:b] for a, b in spans]
        how = (how + " " if how else "") + "numbered " + names[0] + "…" + names[-1]
    elif m.group("mid") and not doc.text.startswith(("《", "“"), start):
        return None       # (a clause between the count and its colon: only titles or numbers are the count's items)
    else:
        raw = fullwidth_text(doc)
        # the list's stretch: to the sentence's end, or to a comma closing it (checked below)
        body_end = end
        cut = _COMMA.search(text, start, end)
        after = ""
        if cut is not None:
            body_end = cut.start()
            after = text[body_end + 1:end]
        titles = None
        for oc, cc, kind in (("《", "》", "《》 titles"), ("“", "”", "quoted “” items")):
            if raw.startswith(oc, start):
                stretch_end = end
                runs = _runs(doc, text, start, end, oc, cc)
                if runs is None and cut is not None:
                    runs = _runs(doc, text, start, body_end, oc, cc)
                    stretch_end = body_end
                if runs is None:
                    return None
                # (a comma may only close the titles: the rest a description, never more titles)
                if stretch_end == body_end and (oc in after or "、" in after or MASK in after or _GOES_ON.match(after)):
                    return None
                titles = runs
                how = (how + " " if how else "") + kind
                break
        if titles is not None:
            spans = titles
            names = [raw[a:b] for a, b in spans]
            lo = hi = len(names)
            tail = raw[spans[-1][1]:end]
            if _OPEN.search(tail[:3]) or tail.lstrip("，, ").startswith(("等", "共")):
                return None
            end = spans[-1][1]
        elif _parallel(text, start, end) is not None:
            # clauses that each open with the same word (即坚持A，坚持B，坚持C，坚持D，是…): one item each
            spans, head = _parallel(text, start, end)
            names = [raw[a:b] for a, b in spans]
            # (the clauses after the run, to the sentence's end, may be items phrased apart: at most that many more)
            lo, hi = len(names), len(names) + len(_CLAUSE_BREAK.findall(text, spans[-1][1], end))
            if partial and not total:
                return None
            how = (how + " " if how else "") + "clauses opening with " + head
            end = spans[-1][1]
        else:
            seg = text[start:body_end]
            bare = cw == "" or m.group("cw") is not None and m.group("cw") in ("分别是", "分别为", "依次是", "依次为", "即",
                                                                                 "是指")
            fig = _figured(seg) if cut is None else None
            if fig is not None:
                # items that each carry one figure (地区生产总值增长6.2%、规上工业增加值增长7.4%…): one item each
                spans = [(start + a, start + b) for a, b in fig]
                names = [raw[a:b] for a, b in spans]
                lo = hi = len(names)
                if partial and not total:
                    return None
                how = (how + " " if how else "") + "items with a figure each at 、"
                q = _count_q(n_s, m.group("n"), m.group("w"))
                return Enumeration(m.start(), body_end, q, tuple(names), 99 if partial or opened else hi, each=True,
                                   lo=lo, after=True, how=how, spans=tuple(spans))
            # (a count in digits — 改扩建学校6所：A、B… — lists._items_after never reads: its names at 、 are read here,
            # one clause to the sentence's end)
            if bare and m.group("op")[:1] in "：:" and not partial and _SEMI.search(text, start, end) is not None \
                    and (cut is not None or _DIGITS.search(text, start, end) is not None):
                # deeds at ； after a colon, each holding its clauses and figures (推进三项改革：推行A，覆盖医院38家；
                # 开展B；实施C): read here, as the names at ； below are not
                got = _deeds(text, start, end)
                if got is None:
                    return None
                spans, hi = got
                q = _count_q(n_s, m.group("n"), m.group("w"))
                return Enumeration(m.start(), end, q, tuple(doc.text[a:b] for a, b in spans), hi, each=True, lo=1,
                                   after=True, how=(how + " " if how else "") + "deeds at ；", spans=tuple(spans))
            if bare and m.group("op")[:1] in "：:" and not partial and cut is not None \
                    and _SEMI.search(text, start, end) is None:
                # clauses at ， after a colon that each state a figure (纵深推进三项改革：A覆盖定点医院38家，B达到412个，
                # C惠及26.8万人): each clause one deed or part of one
                got = _figured_clauses(text, start, end)
                if got is not None:
                    spans, hi = got
                    q = _count_q(n_s, m.group("n"), m.group("w"))
                    return Enumeration(m.start(), end, q, tuple(doc.text[a:b] for a, b in spans), hi, each=True, lo=1,
                                       after=True, how=(how + " " if how else "") + "clauses with a figure each at ，",
                                       spans=tuple(spans))
            digits_names = m.group("n").isdigit() and cut is None and "；" not in seg and ";" not in seg \
                and m.group("op")[:1] in "：:" and not m.group("cw")
            if bare and ("；" not in seg and ";" not in seg or cut is not None) and not digits_names:
                return None   # (a colon with names at 、 is read by lists._items_after; it reads descriptions apart)
            if partial:
                seg = _DENG_END.sub("", seg)   # (A、B、C等: the list's own 等)
            if cut is not None and ("、" in after or _SEG_MORE.search(after) or _GOES_ON.match(after)):
                return None   # (what follows the comma may be more items)
            if MASK in seg or "“" in seg or "（" in seg or "(" in seg:
                return None
            got = _names(seg)
            if got is None:
                return None
            names, lo, hi, sep = got
            if bare and not digits_names:
                lo = 1    # (；-segments after a bare colon: one may go on with other work — only more than all is read)
            if cut is not None and after:
                if sep == "；":
                    return None   # (segments at ； with a comma: not read)
                ends = {x[-1] for x in names}
                a = after.strip()
                if a and (a[-1] in ends or (sep != "、" and len(a) <= 12)):
                    return None   # (a clause ending like the items, or after two names joined, may be one more)
            if any(_DIGITS.search(_TECH.sub("", x)) or _OTHER_COUNT.search(x) or _OPEN.search(x) for x in names):
                return None   # (items with figures or counts of their own: parts or nested lists; 等: an open list)
            # each name's span
            p = start
            for x in names:
                q = text.find(x, p, body_end)
                if q < 0:
                    spans = []
                    break
                spans.append((q, q + len(x)))
                p = q + len(x)
            names = [raw[a:b] for a, b in spans] if spans else names
            how = (how + " " if how else "") + "names at " + sep
            end = body_end
    if partial:
        if not total:
            return None
        hi = 99       # (an open list: the count is at least the items it names)
    elif opened or placed:
        hi = 99       # (包括: the items may be some of the things counted; places may hold several)
    q = _count_q(n_s, m.group("n"), m.group("w"))
    return Enumeration(m.start(), end, q, tuple(names), hi, each=True, lo=lo, after=True,
                       how=how, spans=tuple(spans))


#: a segment's opening that makes it no deed of the list (a total or a summary after the deeds, a breakdown, a link)
_DEED_NOT = lazyre.compile(r"^\s*(?:共|合计|共计|总计|累计|全年共|以上|上述|其中|此外|另外|同时|另有|并|还)")
#: the most characters a deed at ； may hold (a longer segment may be several)
_DEED_MAX = 150


def _deeds(text: str, start: int, end: int) -> Optional[Tuple[List[Tuple[int, int]], int]]:
    """(spans, most) of the deeds listed after a count and its colon up to the sentence's end, one per ；-segment (each may
    hold clauses at ，, figures and counts: 推行DRG付费改革，覆盖定点医院38家；开展药品集中带量采购；实施门诊共济保障), or None.
    A segment may be several deeds (at ，, 、 or a join), so the most is the segments and every such break in them; the
    fewest is left at one by the caller (a segment may go on with other work), so only a count above all the deeds a
    text could list is read — on corpus/full + odd gwr the three such lists (6个方面, 三个平台, 十个必须做到) hold as many
    segments as the count.  Not read: a segment that opens with a total, a summary, 其中 or a link (共…, 以上…, 此外…)
    or closes with 等 (an open list), an empty or over-long segment, fewer than two segments, a quote or bracket left open."""
    segs: List[Tuple[int, int]] = []
    p = start
    for sm in _SEMI.finditer(text, start, end):
        segs.append((p, sm.start()))
        p = sm.end()
    segs.append((p, end))
    if len(segs) < 2:
        return None
    out: List[Tuple[int, int]] = []
    extra = 0
    for a, b in segs:
        seg = text[a:b]
        if not seg.strip() or len(seg) > _DEED_MAX or _DEED_NOT.match(seg) or _DENG_END.search(seg.strip()) \
                or seg.count("“") != seg.count("”") \
                or seg.count("（") != seg.count("）"):
            return None
        while a < b and text[a] in " \t\u3000":
            a += 1
        out.append((a, b))
        extra += len(_CLAUSE_BREAK.findall(seg)) + seg.count("、") + len(_JOIN.findall(seg))
    return out, len(out) + extra


def _figured_clauses(text: str, start: int, end: int) -> Optional[Tuple[List[Tuple[int, int]], int]]:
    """(spans, most) of the clauses at ， from ``start`` to the sentence's ``end`` when every one states a figure in digits
    (DRG付费覆盖定点医院38家，集采药品品种达到412个，门诊共济保障惠及26.8万人), or None.  A deed may run over several clauses
    and a clause may hold several (at 、 or a join), so the most is the clauses and every such break in them; the
    caller leaves the fewest at one.  Clauses without a figure — a glossary entry's explanation after N大X： (积极响应…，
    打造…，按照…) — are no list of deeds: not read; nor a clause opening with a total, a summary, 其中 or a link, a
    clause closing with 等, quotes or brackets left open."""
    out: List[Tuple[int, int]] = []
    extra = 0
    p = start
    stops = [c.start() for c in _COMMA.finditer(text, start, end)] + [end]
    for b in stops:
        seg = text[p:b]
        if len(seg.strip()) < 3 or len(seg) > 60 or _DIGITS.search(seg) is None or _DEED_NOT.match(seg) \
                or _DENG_END.search(seg.strip()) or seg.count("“") != seg.count("”") or seg.count("（") != seg.count("）"):
            return None
        out.append((p, b))
        extra += seg.count("、") + len(_JOIN.findall(seg))
        p = b + 1
    if len(out) < 2:
        return None
    return out, len(out) + extra


#: a whole number of people or things right after it (综合组12人, 律师3名): the item is a part counted, read by the sums
_PART_COUNT = lazyre.compile(r"(?<![\d.．])\d+(?:\ue012\d+)*(?:人|名|个|家|件|项|所|户|次|场|条|座|处|批|台|套|位|支|艘|辆|栋)")
_BRACKET_CLOSE = lazyre.compile(r"[）)]")
_BRACKET_OPEN = lazyre.compile(r"[（(]")
_TITLE_BRACKET = lazyre.compile(r"[（(][^（()）]{1,6}[）)]")
_SEMI = lazyre.compile(r"[；;]")
_COMMA = lazyre.compile(r"[，,]")
_CLAUSE_BREAK = lazyre.compile(r"[，,；;]")
_COUNT_NUMERAL = lazyre.compile(r"[2-9]|[1-3]\d|十[一二三四五六七八九]?|[两三四五六七八九]")
_DENG_END = lazyre.compile(r"(?<![高平中初同对均相优上头特劣超次])等等?$")
_HAN = lazyre.compile(r"[\u4e00-\u9fff]")
_NAME_START = lazyre.compile(r"[\u4e00-\u9fff“]")
_NUMBER = lazyre.compile(r"\d+(?:[.．\ue012]\d+)*")


def _figured(seg: str) -> Optional[List[Tuple[int, int]]]:
    """Spans (in ``seg``) of items at 、 that each carry one figure and a name of two Han characters or more (地区生产总值增长
    6.2%、规上工业增加值增长7.4%和固定资产投资增长8.1%: a join between two items carrying figures parts them), or None: an
    item with no figure or two, a count of things (律师3名: parts, read by the sums), 等."""
    if "、" not in seg and not _JOIN.search(seg):
        return None
    out: List[Tuple[int, int]] = []
    p = 0
    for x in seg.split("、"):
        pieces = [(p, p + len(x))]
        j = list(_JOIN.finditer(x))
        if len(j) == 1 and len(_NUMBER.findall(x[:j[0].start()])) == 1 and len(_NUMBER.findall(x[j[0].end():])) == 1:
            pieces = [(p, p + j[0].start()), (p + j[0].end(), p + len(x))]
        for a, b in pieces:
            y = seg[a:b]
            if len(_NUMBER.findall(y)) != 1 or len(_HAN.findall(y)) < 2 or _OTHER_COUNT.search(y) \
                    or _PART_COUNT.search(y) \
                    or _OPEN.search(y) or len(y) > 40 or not _NAME_START.match(y.strip()):
                return None
            out.append((a, b))
        p += len(x) + 1
    return out if len(out) >= 2 else None


#: a clause's opening word that is no item's own (a link, a time, a pointer back)
_PARALLEL_NOT = lazyre.compile(r"^(?:[一二三四五六七八九十第其同此另并而但从到在对这那该是有为以将把被使让]|今年|明年|全年|力争|确保|预计|目前)")


def _parallel(text: str, start: int, end: int) -> Optional[Tuple[List[Tuple[int, int]], str]]:
    """(spans, head) of the clauses from ``start`` that each open with the same two-character word (坚持A，坚持B，坚持C), up
    to the first clause that does not, within the sentence ending at ``end``; None unless two or more and the rest of the
    sentence never says the word again (…，即坚持D: the list may go on)."""
    head = text[start:start + 2]
    if len(head) < 2 or not all("\u4e00" <= ch <= "\u9fff" for ch in head) or _PARALLEL_NOT.match(head):
        return None
    spans: List[Tuple[int, int]] = []
    p = start
    while p < end and text.startswith(head, p):
        c = _CLAUSE_BREAK.search(text, p, end)
        e = c.start() if c is not None else end
        if e - p > 40 or e - p < 3:
            return None
        spans.append((p, e))
        p = e + 1 if c is not None else end
    if len(spans) < 2 or head in text[p:end]:
        return None
    return spans, head


#: a clause after a comma that joins more to the list (，以及… / ，及… / ，还有… / ，另有…)
_GOES_ON = lazyre.compile(r"\s*(?:以及|及|和|与|并|还|另|同时|此外|加上)")
#: a clause after the names that goes on listing (a numbered item, another quoted or titled name)
_SEG_MORE = lazyre.compile(r"^\s*(?:[一二三四五六七八九十]是|第[一二三四五六七八九十]|[（(]|《|“)")
