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
from typing import List, Optional, Sequence, Tuple

from . import hookimpl
from .document import Document, Mask


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


_FENCE = re.compile(r"^(```|~~~)[^\n]*\n.*?(?:^\1[ \t]*$|\Z)", re.M | re.S)
_FRONT_MATTER = re.compile(r"\A(---|\+\+\+)\n.*?\n\1[ \t]*(?:\n|\Z)", re.S)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_ATX = re.compile(r"^(#{1,6}[ \t]+|>[ \t]?|[ \t]*[-*+][ \t]+)", re.M)


class MarkdownReader(Reader):
    """Markdown: paragraphs are blank-line separated blocks; ``#`` headings,
    quotes and bullets are markup before the content; fenced code blocks, front
    matter and HTML comments are masked (``code``) and skipped."""

    name = "md"
    suffixes = (".md", ".markdown")
    writable = True

    def read(self, data: bytes, path: str) -> Document:
        text, enc, bom = decode(data, path)
        norm = text.replace("\r\n", "\n")
        masks = [Mask(m.start(), m.end(), "code") for pat in (_FRONT_MATTER, _FENCE, _HTML_COMMENT)
                 for m in pat.finditer(norm)]
        offsets = {}
        for m in _ATX.finditer(norm):
            offsets[m.start()] = len(m.group(1))
        doc = Document(text, path, format=self.name, encoding=enc, bom=bom, newline=_newline(text),
                       paragraph_mode="block", extra_masks=masks, content_offsets=offsets)
        # a Markdown heading line is a paragraph of its own even without a blank line after it
        doc.paragraph_mode = "block"
        return doc


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
