"""The heading tree: numbered headings 一、 / （一） / 1. / （1） (GB/T 9704 7.3.3).

Recognition is deliberately lenient about the marker's form, so that the
numbering rules can report a wrong form instead of missing the heading:
``一．`` ``一,`` (wrong punctuation after a Chinese ordinal), ``（一）、`` (extra
punctuation after brackets), ``一)`` (lost opening bracket), ``1、`` (顿号 after
an Arabic ordinal), half- and full-width brackets and dots.

A paragraph counts as a heading when it starts with such a marker.  The
heading's *title* runs to the first sentence end (。！？) or the end of the
paragraph (some reports put the body after the heading in the same paragraph:
``（一）把握正确政治方向。一是……``).

Inline series inside paragraphs (``一是……二是……`` and ``第一，……第二，……``) are
a separate service: :func:`inline_ordinals` and :func:`inline_series`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterator, List, Optional

if TYPE_CHECKING:  # pragma: no cover
    from .document import Document

CN_DIGITS = "〇零一二三四五六七八九"
_CN_ORD = r"[一二三四五六七八九十]{1,3}"
_AR_ORD = r"[0-9０-９]{1,2}"

#: level, regex; the groups are ``open``, ``num``, ``close``, ``punct``
_MARKERS = (
    (2, re.compile(rf"(?P<open>[（(])\s*(?P<num>{_CN_ORD})\s*(?P<close>[)）])(?P<punct>[、，,．.:：]?)")),
    (4, re.compile(rf"(?P<open>[（(])\s*(?P<num>{_AR_ORD})\s*(?P<close>[)）])(?P<punct>[、，,．.:：]?)")),
    # a Chinese ordinal with a closing bracket but no opening one: "一)纵深推进"
    (2, re.compile(rf"(?P<open>)(?P<num>{_CN_ORD})(?P<close>[)）])(?P<punct>[、，,．.:：]?)")),
    # 二、三季度 / 二、三产业 / 一、二等奖 are enumerations of numerals, not the heading 二、
    (1, re.compile(rf"(?P<open>)(?P<num>{_CN_ORD})(?P<close>)(?P<punct>、|[．.，,:：](?![0-9０-９]))"
                   r"(?![一二三四五六七八九十]{1,2}(?:季度|产业|產業|等奖|等獎|年级|年級|线城市|線城市|类|類))")),
    (3, re.compile(rf"(?P<open>)(?P<num>{_AR_ORD})(?P<close>)(?P<punct>[.．、，,](?![0-9０-９])|[ \u3000][.．](?![0-9０-９]))")),
    (4, re.compile(rf"(?P<open>)(?P<num>{_AR_ORD})(?P<close>[)）])(?P<punct>[、，,．.]?)")),
)

#: the canonical punctuation of each level (GB/T 15834 B.3): 一、 （一） 1. （1）
CANONICAL_PUNCT = {1: "、", 2: "", 3: ".", 4: ""}


_CN_DIGIT_VALUE = {c: i for i, c in enumerate("零一二三四五六七八九")}
_CN_DIGIT_VALUE["〇"] = 0
_CN_DIGIT_VALUE["两"] = 2


def cn_ordinal_value(s: str) -> int:
    """一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 二十三 → 23, 一〇 → 10 (ordinals up to 99)."""
    if "十" not in s:
        v = 0
        for ch in s:
            if ch in _CN_DIGIT_VALUE:
                v = v * 10 + _CN_DIGIT_VALUE[ch]
        return v
    tens, _, units = s.partition("十")
    t = _CN_DIGIT_VALUE.get(tens[-1:], 1) if tens else 1
    u = _CN_DIGIT_VALUE.get(units[:1], 0) if units else 0
    return t * 10 + u


def ordinal_value(num: str) -> int:
    if num and num[0] in "0123456789０１２３４５６７８９":
        return int(num.translate(str.maketrans("０１２３４５６７８９", "0123456789")))
    return cn_ordinal_value(num)


@dataclass
class Heading:
    """A numbered heading: its level, ordinal, marker and title spans."""
    level: int                 # 1 一、  2 （一）  3 1.  4 （1）
    value: int                 # the ordinal as a number
    start: int                 # offset of the marker
    marker_end: int            # offset after the marker (incl. punctuation)
    title_end: int             # offset after the title
    paragraph: int             # index into Document.paragraphs
    num: str                   # the ordinal as written ("一", "12", "１")
    open: str                  # opening bracket as written ("" if none)
    close: str                 # closing bracket as written ("" if none)
    punct: str                 # punctuation after the ordinal as written ("" if none)
    standalone: bool           # the paragraph holds only the heading (no body after it)
    parent: Optional["Heading"] = field(default=None, repr=False)
    children: List["Heading"] = field(default_factory=list, repr=False)

    @property
    def marker(self) -> str:
        return f"{self.open}{self.num}{self.close}{self.punct}"

    @property
    def fullwidth_digits(self) -> bool:
        return any("０" <= c <= "９" for c in self.num)

    def title(self, doc: "Document") -> str:
        return doc.text[self.marker_end:self.title_end]


@dataclass
class HeadingTree:
    """All numbered headings in document order, with their parents."""

    headings: List[Heading]
    roots: List[Heading]

    def __iter__(self) -> Iterator[Heading]:
        return iter(self.headings)

    def __len__(self) -> int:
        return len(self.headings)

    def at_level(self, level: int) -> List[Heading]:
        return [h for h in self.headings if h.level == level]

    def section_of(self, offset: int) -> Optional[Heading]:
        """The innermost heading whose section contains ``offset``."""
        best = None
        for h in self.headings:
            if h.start <= offset:
                best = h
            else:
                break
        return best

    def top_sections(self, doc: "Document") -> List[tuple]:
        """(heading, start, end) of each level-1 section: from its marker to the
        next level-1 heading or the end of the document."""
        tops = [h for h in self.headings if h.level == 1]
        out = []
        for i, h in enumerate(tops):
            end = tops[i + 1].start if i + 1 < len(tops) else len(doc.text)
            out.append((h, h.start, end))
        return out


_TITLE_END = re.compile(r"[。！？!?]")


def match_marker(text: str, pos: int, end: int):
    """The heading marker at ``text[pos:]`` as ``(level, match)``, or None."""
    for level, pat in _MARKERS:
        m = pat.match(text, pos, end)
        if m:
            return level, m
    return None


#: an Arabic ordinal glued to a figure (7.4E级, 21.5+2就业之家, 2．2015年…): read as an ordinal
#: only when the numbering around it says so (see :func:`parse_headings`)
_DECIMAL_ORD = re.compile(r"(?P<open>)(?P<num>[0-9０-９]{1,2})(?P<close>)(?P<punct>[.．])(?=[0-9０-９])")
#: 附件：1. … — the first item of an attachment list shares the line with its label
_ATTACH_PREFIX = re.compile(r"附件[:：]\s*")


def _marker_at(text: str, p) -> Optional[tuple]:
    found = match_marker(text, p.start, p.end)
    if found:
        return found
    m = _ATTACH_PREFIX.match(text, p.start, p.end)
    if m:
        return match_marker(text, m.end(), p.end)
    return None


def _decimal_value(text: str, p) -> Optional[int]:
    m = _DECIMAL_ORD.match(text, p.start, p.end)
    return ordinal_value(m.group("num")) if m else None


#: every character a heading marker, an attachment label or an Arabic ordinal glued to a figure can open with (the
#: first sets of :data:`_MARKERS`, :data:`_ATTACH_PREFIX` and :data:`_DECIMAL_ORD`; tests/test_speed_paths.py keeps
#: them in step): a paragraph opening with another character is no heading, read without trying the eight patterns
_OPENERS = re.compile(r"[（(一二三四五六七八九十0-9０-９附]")


def parse_headings(doc: "Document") -> HeadingTree:
    text = doc.masked()
    headings: List[Heading] = []
    paras = doc.paragraphs
    last_value = {1: 0, 3: 0}
    from .residue import residue_blocks  # page chrome (附件 file lists…) is not the report's structure
    chrome = {i for b in residue_blocks(doc) for i in range(doc.paragraph_at(b.start).index,
                                                           doc.paragraph_at(max(b.start, b.end - 1)).index + 1)} \
        if paras else set()
    from .repeats import repeated_block_paragraphs  # a report pasted twice is a duplication (LG807)
    chrome |= repeated_block_paragraphs(doc)
    opener = _OPENERS.match
    for k, p in enumerate(paras):
        if k in chrome or opener(text, p.start, p.end) is None:
            continue
        found = _marker_at(text, p)
        if not found:
            v = _decimal_value(text, p)
            if v is None:
                continue
            # 7.4E级 after 6. is item 7; 1.14大产业 before 2. is item 1
            nxt = paras[k + 1] if k + 1 < len(paras) else None
            nv = None
            if nxt is not None:
                nf = _marker_at(text, nxt)
                nv = ordinal_value(nf[1].group("num")) if nf and nf[0] == 3 else _decimal_value(text, nxt)
            if not (last_value[3] and v == last_value[3] + 1) and nv != v + 1:
                continue
            found = (3, _DECIMAL_ORD.match(text, p.start, p.end))
        level, m = found
        if level == 1 and m.group("punct") in (":", "：", ",", "，") and m.group("num") != "一" \
                and ordinal_value(m.group("num")) != last_value[1] + 1:
            continue  # 万：千：百：十： plan labels; 十，…  is not the heading 十、
        if level in last_value:
            last_value[level] = ordinal_value(m.group("num"))
        if m.end() >= p.end:
            continue  # a bare ordinal is not a heading
        rest = text[m.end():p.end]
        stop = _TITLE_END.search(rest)
        title_end = m.end() + (stop.start() if stop else len(rest))
        standalone = not stop or stop.end() >= len(rest.rstrip())
        headings.append(Heading(
            level=level, value=ordinal_value(m.group("num")), start=m.start(), marker_end=m.end(),
            title_end=title_end, paragraph=p.index, num=m.group("num"), open=m.group("open"),
            close=m.group("close"), punct=m.group("punct"), standalone=standalone))
    roots: List[Heading] = []
    stack: List[Heading] = []
    for h in headings:
        while stack and stack[-1].level >= h.level:
            stack.pop()
        if stack:
            h.parent = stack[-1]
            stack[-1].children.append(h)
        else:
            roots.append(h)
        stack.append(h)
    return HeadingTree(headings, roots)


# -- inline series: 一是…二是…三是 and 第一，…第二，… inside paragraphs --------------------

@dataclass(frozen=True)
class InlineOrdinal:
    """One member of an inline series: ``一是`` (kind ``"shi"``) or ``第一，``
    (kind ``"di"``).  ``start``/``end`` cover the ordinal and its 是 / 第 (not the
    punctuation); ``punct`` is the punctuation written right after it ("" if none)."""

    kind: str
    value: int
    start: int
    end: int
    paragraph: int
    num: str
    punct: str


#: 一是 / 十二是: after a boundary (paragraph start, punctuation, an opening bracket or quote),
#: not followed by a lone numeral (一是一，二是二 is an idiom; 二是一些… and 二是一以贯之… are items);
#: 统一是 / 唯一是 / 之一是 fail the boundary
# (each pattern opens with the class of its first character, which re scans for with the class's bitmap, and reads the
# boundary before it by a lookbehind over that character: a pattern opening with a lookahead or a lookbehind is tried
# at every character, about twice as slow; SHI_PLAIN and DI_PLAIN are the same patterns written plainly)
_NUM = "[一二三四五六七八九十]"
_SHI_BOUNDARY = r"[。；;，,：:、！？!?）)”’」\s\u3000]"
_SHI = re.compile(r"(?P<num>" + _NUM + r"(?:(?<=^" + _NUM + r")|(?<=" + _SHI_BOUNDARY + _NUM + r"))" + _NUM + r"{0,2})"
                  r"是(?![一二三四五六七八九十](?:[，,。；;、]|$)|[否非])"
                  r"(?P<punct>[、，,．.:：]?)",
                  re.M)
SHI_PLAIN = (r"(?:(?<=^)|(?<=[。；;，,：:、！？!?）)”’」\s\u3000]))"
             r"(?P<num>[一二三四五六七八九十]{1,3})是(?![一二三四五六七八九十](?:[，,。；;、]|$)|[否非])"
             r"(?P<punct>[、，,．.:：]?)")
#: 第一，/ 第二、 at a boundary, with punctuation right after (第一责任人 / 第一次 / 第一批 are not series,
#: a rank after a quoted name — “工业百强区”第六、 — is not a member either;
#: 第一、二批 is an enumeration of two ordinals)
_DI = re.compile(r"第(?:(?<=^第)|(?<=[。；;：:！？!?）)\s\u3000]第))"
                 r"(?P<num>[一二三四五六七八九十]{1,3})(?P<punct>[，,、．.:：])"
                 r"(?![0-9０-９]|[一二三四五六七八九十]+(?:[、，,和及至到]|[批季期届次类名位个项条款章节级产年轮]))")
DI_PLAIN = (r"(?:(?<=^)|(?<=[。；;：:！？!?）)\s\u3000]))"
            r"第(?P<num>[一二三四五六七八九十]{1,3})(?P<punct>[，,、．.:：])"
            r"(?![0-9０-９]|[一二三四五六七八九十]+(?:[、，,和及至到]|[批季期届次类名位个项条款章节级产年轮]))")
#: 一是指 / 二是说: a definition, not an enumeration
_SHI_STOP = re.compile(r"[一二三四五六七八九十]是(?:指|说|因为|由于|为了)")


def inline_ordinals(doc: "Document") -> List[InlineOrdinal]:
    """Every inline ordinal of the document, in order (cached on the document)."""
    cache = doc.__dict__.get("_inline_ordinals")
    if cache is not None:
        return cache
    text = doc.masked()
    out: List[InlineOrdinal] = []
    from .repeats import repeated_block_paragraphs
    repeated = repeated_block_paragraphs(doc)
    for p in doc.paragraphs:
        if p.index in repeated:
            continue  # a paragraph pasted twice: LG807 reports it, its 四是 is no ordinal error
        seg = text[p.start:p.end]
        if "是" not in seg and "第" not in seg:
            continue
        found = []
        for m in _SHI.finditer(text, p.start, p.end):
            if _SHI_STOP.match(text, m.start("num") + len(m.group("num")) - 1):
                continue
            found.append(InlineOrdinal("shi", cn_ordinal_value(m.group("num")), m.start(), m.end("num") + 1,
                                       p.index, m.group("num"), m.group("punct")))
        for m in _DI.finditer(text, p.start, p.end):
            found.append(InlineOrdinal("di", cn_ordinal_value(m.group("num")), m.start(), m.end("num"),
                                       p.index, m.group("num"), m.group("punct")))
        found.sort(key=lambda o: o.start)
        out.extend(found)
    doc.__dict__["_inline_ordinals"] = out
    return out


def inline_series(doc: "Document") -> List[List[InlineOrdinal]]:
    """Inline ordinals grouped into series.  A series lives inside one paragraph, or runs
    on over consecutive paragraphs that each *start* with the next member (一是… ／ 二是…);
    a member with value 1 starts a new series; 是-series and 第-series are kept apart."""
    series: List[List[InlineOrdinal]] = []
    open_by_kind: dict = {}
    for o in inline_ordinals(doc):
        cur = open_by_kind.get(o.kind)
        p = doc.paragraphs[o.paragraph]
        if cur is not None:
            last = cur[-1]
            same_para = last.paragraph == o.paragraph
            runs_on = (o.start == p.start and o.paragraph == last.paragraph + 1 and o.value != 1)
            if (same_para and o.value != 1) or runs_on:
                cur.append(o)
                continue
        cur = [o]
        series.append(cur)
        open_by_kind[o.kind] = cur
    return series
