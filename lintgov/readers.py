"""Input readers: bytes of a file → :class:`~lintgov.document.Document`.

Readers are plugins (hook ``lintgov_readers``); the built-in ones read plain
text (``.txt``) and Markdown (``.md``, ``.markdown``).  Text is decoded by
:func:`decode`: a BOM wins (UTF-8, UTF-16); otherwise strict UTF-8; otherwise
GB18030 (a superset of GBK and GB2312) and Big5 are tried and the decoding whose
result looks most like Chinese prose is kept.
"""
from __future__ import annotations

import codecs
import re
from typing import Dict, List, Optional, Sequence, Tuple

from . import hookimpl
from .document import Document, Mask
from . import lazyre


class ReadError(Exception):
    """A file that cannot be read: the message says why (in Chinese and English)."""

    def __init__(self, zh: str, en: str) -> None:
        super().__init__(en)
        self.zh = zh
        self.en = en


class Reader:
    """Base class of input readers."""

    #: short name, also ``Document.format``
    name: str = ""
    #: lower-case file suffixes this reader handles
    suffixes: Sequence[str] = ()
    #: whether ``--fix`` may rewrite files of this format
    writable: bool = False

    def read(self, data: bytes, path: str) -> Document:  # pragma: no cover - interface
        raise NotImplementedError


# The most frequent characters of Chinese official prose in both scripts, and
# CJK punctuation: a correct decoding is dense in them, a wrong one is not.
_COMMON = set(
    "的是在了不和有大这主中人上为们地个用工时要动国以我到他会作来分生对于学下级就年阶义发成部民可出能方进同行面说种过命度革而"
    "多子后自社加小机也经力线本电高量长党得实家定深法表着水理化争现所二起政三好十战无农使性前等反体合斗路图把结第里正新开论"
    "之物从当两些还天资事队批如应形想制心样干都向变关点育重其思与间内去因件日利相由压员气业代全组数果期导平各基或月毛然问比"
    "展那它最及外没看治提五解系林者米群头意只明四道马认次文通但条较克又公孔领军流入接席位情运器并飞原油放立题质指建区验活众"
    "很教决特此常石强极土少已根共直团统式转别造切九你取西持总料连任志观调七么山程百报更见必真保热委手改管处己将修支识病象几"
    "先老光专什六型具示复安带每东增则完风回南广劳轮科北打积车计给节做务被整联步类集号列温装即毫知轴研单色坚据速防史拉世设达"
    "爾這個們來為對於學級發動國會經當與說進時過種後產實業點還體開關將應導問區組織處華義務設權條議報規續據積論據號執職責單質"
    "，。、；：？！“”《》（）—…０１２３４５６７８９0123456789%"
)


def _plausibility(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    common = sum(1 for ch in sample if ch in _COMMON)
    bad = sample.count("\ufffd") + len(re.findall(r"[\x00-\x08\x0e-\x1f\ue000-\uf8ff]", sample))
    return (common - 5 * bad) / len(sample)


def decode(data: bytes, path: str = "") -> Tuple[str, str, bool]:
    """Decode ``data`` → (text, encoding name, had BOM).  Raises :class:`ReadError`."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8"), "utf-8", True
        except UnicodeDecodeError as e:
            raise ReadError(f"文件以 UTF-8 BOM 开头，但第 {e.start} 字节处不是有效的 UTF-8",
                            f"starts with a UTF-8 BOM but byte {e.start} is not valid UTF-8") from None
    for bom, enc in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[2:].decode(enc), enc.replace("-le", "").replace("-be", ""), True
            except UnicodeDecodeError as e:
                raise ReadError(f"UTF-16 文件在第 {e.start} 字节处无法解码",
                                f"UTF-16 file cannot be decoded at byte {e.start}") from None
    if b"\x00" in data[:8192]:
        raise ReadError("二进制文件（含 NUL 字节），不是文本", "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8", False
    except UnicodeDecodeError as e:
        utf8_error = e
    candidates: List[Tuple[float, str, str]] = []
    for enc in ("gb18030", "big5"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        candidates.append((_plausibility(text), enc, text))
    if candidates:
        candidates.sort(key=lambda c: -c[0])
        score, enc, text = candidates[0]
        if score > 0.15:
            return text, enc, False
    raise ReadError(
        f"无法解码：不是 UTF-8（第 {utf8_error.start} 字节），也不像 GB18030/GBK 或 Big5 编码的中文文本",
        f"cannot decode: not UTF-8 (byte {utf8_error.start}) and not Chinese text in GB18030/GBK or Big5")


def _newline(text: str) -> str:
    crlf = text.count("\r\n")
    return "\r\n" if crlf and crlf * 2 >= text.count("\n") else "\n"


class TextReader(Reader):
    name = "txt"
    suffixes = (".txt", ".text")
    writable = True

    def read(self, data: bytes, path: str) -> Document:
        text, enc, bom = decode(data, path)
        return Document(text, path, format=self.name, encoding=enc, bom=bom,
                        newline=_newline(text), paragraph_mode="line")


_FENCE = lazyre.compile(r"^[ ]{0,3}(```+|~~~+)[^\n]*\n.*?(?:^[ ]{0,3}\1[ \t]*$|\Z)", re.M | re.S)
_INDENTED_CODE = lazyre.compile(r"(?:\A|\n\n)((?:(?: {4}|\t)[^\n]*(?:\n|\Z))+)")
_FRONT_MATTER = lazyre.compile(r"\A(---|\+\+\+)\n.*?\n\1[ \t]*(?:\n|\Z)", re.S)
_HTML_COMMENT = lazyre.compile(r"<!--.*?-->", re.S)
#: block markup before a line's content: ATX heading marks, quote marks, bullets
_BLOCK_MARKUP = lazyre.compile(r"^(?:[ ]{0,3}#{1,6}[ \t]+|(?:[ ]{0,3}>[ \t]?)+|[ \t]*[-*+][ \t]+(?:\[[ xX]\][ \t]+)?)", re.M)
#: emphasis delimiters right at the start of a line's content (after block markup)
_LEADING_EMPHASIS = lazyre.compile(r"(?:\*{1,3}|_{1,3}|~~)(?=\S)")
#: lines that are markup only: thematic breaks, setext underlines, table separators, link definitions
_MARKUP_LINE = lazyre.compile(r"^[ ]{0,3}(?:(?:[-*_][ \t]*){3,}|=+|\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?"
                          r"|\[[^\]\n]+\]:[ \t]*\S+[^\n]*)[ \t]*$", re.M)
#: inline markup that is not text: code spans, images, link targets, autolinks, HTML tags,
#: emphasis delimiters, backslashes of escapes, closing ATX marks, table pipes
_INLINE_MARKUP = lazyre.compile(
    r"(?P<code>(?<!`)(`+)(?!`).+?(?<!`)\2(?!`))"
    r"|(?P<image>!\[[^\]\n]*\]\([^)\n]*\))"
    r"|(?P<target>\]\([^)\n]*\))"
    r"|(?P<autolink><(?:https?://|mailto:)[^>\s]+>)"
    r"|(?P<tag></?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?/?>)"
    r"|(?P<emph>\*{1,3}|(?<![A-Za-z0-9_])_{1,3}(?![A-Za-z0-9_])|~~)"
    r"|(?P<escape>\\(?=[\\`*_{}\[\]()#+\-.!|~<>]))"
    r"|(?P<closing>[ \t]+#+[ \t]*$)"
    r"|(?P<pipe>\|)",
    re.M)
_CJK_TEXT = lazyre.compile(r"[\u4e00-\u9fff]")
#: the opening bracket of a link whose target follows: [text](url)
_LINK_OPEN = lazyre.compile(r"(?<!!)\[(?=[^\]\n]*\]\()")


def markdown_layout(norm: str) -> Tuple[List[Mask], Dict[int, int]]:
    """Spans of Markdown ``norm`` (LF line ends) that are not text — masked as
    ``code`` so rules skip them, in place, so columns stay those of the file —
    and, per line start, the length of the markup before the line's content."""
    blocks = [(m.start(), m.end()) for pat in (_FRONT_MATTER, _FENCE, _HTML_COMMENT)
              for m in pat.finditer(norm)]
    # indented code — unless it holds Chinese text: reports pasted with space indentation
    # are prose, and skipping them silently would hide the whole report
    blocks += [(m.start(1), m.end(1)) for m in _INDENTED_CODE.finditer(norm)
               if not _BLOCK_MARKUP.match(m.group(1).lstrip(" \t")) and not _CJK_TEXT.search(m.group(1))]
    blocks += [(m.start(), m.end()) for m in _MARKUP_LINE.finditer(norm)]
    blocks.sort()
    starts = [b[0] for b in blocks]
    import bisect

    def in_block(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos) - 1
        return i >= 0 and pos < blocks[i][1]

    masks = [Mask(a, b, "code") for a, b in blocks]
    offsets: Dict[int, int] = {}
    for m in _BLOCK_MARKUP.finditer(norm):
        if not in_block(m.start()):
            e = _LEADING_EMPHASIS.match(norm, m.end())
            offsets[m.start()] = m.end() - m.start() + (len(e.group()) if e else 0)
    for m in re.finditer(r"^[ \t]*(?:\*{1,3}|_{1,3}|~~)(?=\S)", norm, re.M):
        if m.start() not in offsets and not in_block(m.start()):
            offsets[m.start()] = m.end() - m.start()
    for m in re.finditer(r"^\\(?=[-*+>#|`_~\[!=])", norm, re.M):  # an escaped line start: \- not a bullet
        if not in_block(m.start()):
            offsets.setdefault(m.start(), 1)
    for m in re.finditer(r"^[ \t]*\|[ \t]*(?=[^\n]*\|[ \t]*$)", norm, re.M):  # a table row
        if m.start() not in offsets and not in_block(m.start()):
            offsets[m.start()] = m.end() - m.start()
    for m in _INLINE_MARKUP.finditer(norm):
        a = m.start()
        # a mask at a line start would make the paragraph builder skip the line:
        # markup there is covered by the content offsets instead
        if in_block(a) or a == 0 or norm[a - 1] == "\n":
            continue
        if m.lastgroup == "pipe":
            ls = norm.rfind("\n", 0, a) + 1
            if not norm[ls:a].lstrip(" \t").startswith("|"):
                continue  # a | in prose is text; in a table row it is markup
        masks.append(Mask(a, m.end(), "code"))
    masks += [Mask(m.start(), m.end(), "code") for m in _LINK_OPEN.finditer(norm)
              if not in_block(m.start()) and m.start() and norm[m.start() - 1] != "\n"]
    return masks, offsets


class MarkdownReader(Reader):
    """Markdown: paragraphs are blank-line separated blocks; ``#`` headings,
    quotes and bullets are markup before the content (so ``# 一、总体情况`` is a
    level-1 heading of the heading tree); fenced and indented code blocks, front
    matter, HTML comments, thematic breaks, table separators and link
    definitions are masked (``code``) and skipped; inline markup (emphasis
    delimiters, code spans, link targets, images, HTML tags, escapes) is masked
    in place, so rules do not see it and columns stay those of the file."""

    name = "md"
    suffixes = (".md", ".markdown")
    writable = True

    def read(self, data: bytes, path: str) -> Document:
        text, enc, bom = decode(data, path)
        norm = text.replace("\r\n", "\n")
        if norm.startswith("\ufeff"):
            norm = norm[1:]
        masks, offsets = markdown_layout(norm)
        return Document(text, path, format=self.name, encoding=enc, bom=bom, newline=_newline(text),
                        paragraph_mode="block", extra_masks=masks, content_offsets=offsets)


@hookimpl
def lintgov_readers() -> List[Reader]:
    return [TextReader(), MarkdownReader()]


def reader_for(path: str, readers: Sequence[Reader]) -> Optional[Reader]:
    low = path.lower()
    found = None
    for r in readers:  # later registrations win
        if any(low.endswith(s) for s in r.suffixes):
            found = r
    return found
