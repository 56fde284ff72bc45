"""Input readers: the bytes of a file → :class:`~lintgov.document.Document`.

One module per format, each a plugin reader (hook ``lintgov_readers``) like a
third-party one:

========================  ===========================================================
``readers.txt``           plain text (``.txt``)
``readers.md``            Markdown through markdown-it-py (CommonMark + GFM tables)
``readers.html``          saved web pages (lexbor through selectolax), furniture removed
``readers.docx``          Word (``.docx``) with its numbering, tables and a paragraph map
``readers.pdf``           PDF with a text layer (pdfminer.six, the ``pdf`` extra)
``readers.office``        ``.doc`` / ``.wps`` through LibreOffice headless when present
========================  ===========================================================

This module holds what they share: :class:`Reader`, :class:`ReadError`,
:func:`decode` (a BOM wins — UTF-8, UTF-16; otherwise strict UTF-8; otherwise
GB18030, a superset of GBK and GB2312, and Big5 are tried and the decoding
whose result looks most like Chinese prose is kept) and :func:`read_file`
(regular files only, with a size cap: a FIFO, a device or a directory named
``x.txt`` is a read error, never a hang).
"""
from __future__ import annotations

import codecs
import os
import re
import stat
from typing import List, Optional, Sequence, Tuple

from .. import hookimpl
from ..document import Document

#: files larger than this are not read (a read error says so); see :func:`max_file_bytes`
MAX_FILE_BYTES = 64 * 1024 * 1024


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


def newline_of(text: str) -> str:
    """The dominant line ending of ``text``."""
    crlf = text.count("\r\n")
    return "\r\n" if crlf and crlf * 2 >= text.count("\n") else "\n"


def limit(name: str, default: int) -> int:
    """The configured limit ``name`` (``lintgov.limits.current().<name>``: file_size,
    zip_member_size, zip_total_size, numbering_value, numbering_label, markup_depth),
    read at read time; ``default`` while no limits module or value is there."""
    try:
        from .. import limits  # type: ignore[attr-defined]
        v = getattr(limits.current(), name)
    except Exception:  # no limits module (yet), or no such limit
        return default
    return v if isinstance(v, int) and v > 0 else default


def max_file_bytes() -> int:
    """The file size cap (limit ``file_size``, default :data:`MAX_FILE_BYTES`)."""
    return limit("file_size", MAX_FILE_BYTES)


def _size(n: int) -> str:
    return f"{n / (1 << 20):.0f} MiB" if n >= 1 << 20 else f"{n} bytes"


def read_file(path: str, max_bytes: Optional[int] = None) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit`` (default
    :func:`max_file_bytes`).  Anything else — a directory, a FIFO, a socket, a
    device such as ``/dev/zero`` — is refused without reading (opening a FIFO
    would block forever), and so is a file over the cap.  Raises :class:`ReadError`."""
    limit = max_file_bytes() if max_bytes is None else max_bytes
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise ReadError("文件不存在", "no such file") from None
    except PermissionError:
        raise ReadError("没有读取权限", "permission denied") from None
    except OSError as e:
        raise ReadError(f"无法读取：{e.strerror}", f"cannot read: {e.strerror}") from None
    if stat.S_ISDIR(st.st_mode):
        raise ReadError("这是一个目录，不是文件", "is a directory, not a file")
    if not stat.S_ISREG(st.st_mode):
        kind = ("命名管道（FIFO）", "a named pipe (FIFO)") if stat.S_ISFIFO(st.st_mode) else \
            ("设备文件", "a device file") if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode) else \
            ("套接字", "a socket") if stat.S_ISSOCK(st.st_mode) else ("特殊文件", "a special file")
        raise ReadError(f"不是普通文件，而是{kind[0]}，未读取", f"not a regular file but {kind[1]}; not read")
    if st.st_size > limit:
        raise ReadError(f"文件有 {st.st_size} 字节，超过限制 file-size（{_size(limit)}），未读取",
                        f"the file has {st.st_size} bytes: exceeds limit file-size ({_size(limit)}); not read")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except PermissionError:
        raise ReadError("没有读取权限", "permission denied") from None
    except OSError as e:
        raise ReadError(f"无法读取：{e.strerror}", f"cannot read: {e.strerror}") from None
    try:
        st2 = os.fstat(fd)  # the path may have been swapped for something else meanwhile
        if not stat.S_ISREG(st2.st_mode):
            raise ReadError("不是普通文件，未读取", "not a regular file; not read")
        chunks = []
        size = 0
        while True:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                raise ReadError(f"文件超过限制 file-size（{_size(limit)}），未读取",
                                f"the file exceeds limit file-size ({_size(limit)}); not read")
    except ReadError:
        raise
    except OSError as e:
        raise ReadError(f"无法读取：{e.strerror}", f"cannot read: {e.strerror}") from None
    finally:
        os.close(fd)
    return b"".join(chunks)


@hookimpl
def lintgov_readers() -> List[Reader]:
    from ..deferred import readers
    from .txt import TextReader
    # Markdown, HTML, Word, PDF, legacy Office: stand-ins that import their module when they first read a file
    return [TextReader()] + readers()


def reader_for(path: str, readers: Sequence[Reader]) -> Optional[Reader]:
    low = path.lower()
    found = None
    for r in readers:  # later registrations win
        if any(low.endswith(s) for s in r.suffixes):
            found = r
    return found
