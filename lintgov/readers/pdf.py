"""PDF with a text layer (``.pdf``), through pdfminer.six (the ``pdf`` extra).

Why pdfminer.six: measured on generated Chinese reports (reportlab CID font and
LibreOffice exports with embedded subset TrueType fonts), pdfminer.six, pypdf
and PyMuPDF all recover the characters (similarity 1.0000 after whitespace);
PyMuPDF is fastest but AGPL, pypdf about twice as fast as pdfminer but gives no
line geometry, and the paragraphs must be rebuilt from where the lines sit.
pdfminer.six (MIT) gives every text line with its box.

What rules see, one paragraph per line (``region_basis`` ``paragraph``):

* running headers and footers are dropped: lines in the top or bottom band of a
  page whose text (digits aside) repeats on several pages, and page numbers
  (``— 3 —``, ``- 3 -``, ``第 3 页``, ``3/12``, ``3``);
* paragraphs are rebuilt from lines: a line wrap is not a paragraph break.  A
  new paragraph starts at an indented line, after a line that ends short of the
  right margin, after a larger vertical gap or a change of font size; a
  paragraph continues across a page break;
* lines are joined without a space (Chinese) unless both sides are Latin
  letters; a gap narrower than 0.3 em inside a line is layout (justification,
  the Asian–Latin spacing between ``2021`` and ``年``), not a space; a space the
  PDF draws stays; zero-width characters are dropped.

Locations: :func:`pdf_location` gives the page and the line on the page (every
text line counted from the top, headers included) of any offset;
``Document.meta["pdf_lines"]`` holds, per line of the PDF, ``(offset, page,
line)``.

Not read, each a read error that says why: an image-only PDF (it needs OCR), an
encrypted PDF that needs a password or forbids text extraction, a text layer
without Unicode mapping, a damaged file, and — without the extra installed — any
PDF, with the command that installs it.
"""
from __future__ import annotations

import bisect
import io
import re
from collections import Counter
from typing import Any, List, Optional, Tuple

from .. import lazyre
from ..document import Document
from . import Reader, ReadError

INSTALL_HINT = "pip install 'lintgov[pdf]'"
_PAGE_NUMBER = lazyre.compile(
    r"[-—–－－‐\s]*\d{1,4}[-—–－‐\s]*|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4}"
    r"|[Pp]age\s*\d{1,4}(?:\s*of\s*\d{1,4})?|·\s*\d{1,4}\s*·")
_CID = lazyre.compile(r"\(cid:\d+\)")
_ZERO_WIDTH = lazyre.compile(r"[\u200b-\u200d\u2060\ufeff]")
_LATIN = lazyre.compile(r"[A-Za-z]")
_LEAD = lazyre.compile(r"[0-9A-Za-z.%,:/+\-]+[，。、；：！？）》”’」』〕】]{0,2}|[，。、；：！？）》”’」』〕】,.;:!?)]{1,3}")
_STOPS = set("。！？；：!?;:")
_HEADING = lazyre.compile(r"[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.、．]\D|第[一二三四五六七八九十百]+[章节条部分]")
#: the top and bottom bands of a page (fractions of its height) where running heads live
_BAND = 0.12


class _Line:
    __slots__ = ("page", "no", "text", "x0", "x1", "top", "bottom", "size")

    def __init__(self, page: int, no: int, text: str, box: Tuple[float, float, float, float]) -> None:
        self.page = page
        self.no = no
        self.text = text
        self.x0, y0, self.x1, y1 = box
        self.top, self.bottom = y1, y0
        self.size = max(1.0, y1 - y0)


def _lines_of(layout: Any) -> List[Any]:
    """Text lines of a page layout, iteratively (boxes hold lines, figures hold boxes)."""
    from pdfminer.layout import LTTextLine
    out: List[Any] = []
    stack = [layout]
    while stack:
        el = stack.pop()
        if isinstance(el, LTTextLine):
            out.append(el)
            continue
        try:
            children = list(el)
        except TypeError:
            continue
        stack.extend(reversed(children))
    return out


def _has_image(layout: Any) -> bool:
    from pdfminer.layout import LTFigure, LTImage
    stack = [layout]
    while stack:
        el = stack.pop()
        if isinstance(el, (LTImage, LTFigure)):
            return True
        try:
            stack.extend(el)
        except TypeError:
            continue
    return False


def _pages(data: bytes) -> Tuple[List[Tuple[float, List[_Line]]], bool]:
    """(page height, lines in reading order) per page, and whether any page has an image."""
    try:
        from pdfminer.high_level import extract_pages
        from pdfminer.layout import LAParams
    except ImportError:
        raise ReadError(f"读取 PDF 需要安装 PDF 支持：{INSTALL_HINT}",
                        f"reading PDF needs the pdf extra: {INSTALL_HINT}") from None
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfpage import PDFTextExtractionNotAllowed
    from pdfminer.psparser import PSException
    pages: List[Tuple[float, List[_Line]]] = []
    images = False
    try:
        # word_margin 0.3: a gap under 0.3 em is layout (justification, the Asian–Latin
        # spacing between 2021 and 年), not a typed space
        params = LAParams(word_margin=0.3)
        for pno, layout in enumerate(extract_pages(io.BytesIO(data), laparams=params), start=1):
            raw = []
            for ln in _lines_of(layout):
                text = _ZERO_WIDTH.sub("", ln.get_text()).strip("\n\r")
                if text.strip():
                    raw.append((text.strip(" \u3000\t"), ln.bbox))
            raw.sort(key=lambda r: (-round(r[1][3]), r[1][0]))
            pages.append((layout.height, [_Line(pno, i + 1, t, b) for i, (t, b) in enumerate(raw)]))
            images = images or (not raw and _has_image(layout))
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise ReadError("PDF 已加密（需要密码），无法读取；请提供未加密的副本",
                        "encrypted PDF (a password is needed); provide an unencrypted copy") from None
    except PDFTextExtractionNotAllowed:
        raise ReadError("PDF 的权限设置禁止提取文字，无法读取；请提供未加限制的副本",
                        "the PDF's permissions forbid text extraction; provide an unrestricted copy") from None
    except ReadError:
        raise
    except (PSException, ValueError, KeyError, IndexError, TypeError, AttributeError, EOFError, OSError,
            RuntimeError, NotImplementedError, OverflowError, ZeroDivisionError, AssertionError, MemoryError) as e:
        raise ReadError(f"PDF 文件已损坏，无法读取（{type(e).__name__}: {str(e)[:160]}）",
                        f"damaged PDF file, cannot read it ({type(e).__name__}: {str(e)[:160]})") from None
    except Exception as e:  # pdfminer raises its own exception classes for broken files
        if type(e).__module__.startswith("pdfminer"):
            raise ReadError(f"PDF 文件已损坏，无法读取（{type(e).__name__}: {str(e)[:160]}）",
                            f"damaged PDF file, cannot read it ({type(e).__name__}: {str(e)[:160]})") from None
        raise
    return pages, images


def _running_heads(pages: List[Tuple[float, List[_Line]]]) -> set:
    """ids of the lines that are running headers, footers or page numbers."""
    def key(s: str) -> str:
        return re.sub(r"\d+", "#", re.sub(r"\s+", "", s))
    band: List[Tuple[_Line, str]] = []
    for height, lines in pages:
        for ln in lines:
            if ln.bottom > height * (1 - _BAND) or ln.top < height * _BAND:
                band.append((ln, key(ln.text)))
    counts = Counter(k for _, k in band)
    need = 2 if len(pages) >= 2 else 10 ** 9
    heads = set()
    for ln, k in band:
        if counts[k] >= max(need, (len(pages) + 1) // 2) or _PAGE_NUMBER.fullmatch(ln.text.strip()):
            heads.add(id(ln))
    return heads


def _join(a: str, b: str) -> str:
    return " " if a and b and _LATIN.match(a[-1]) and _LATIN.match(b[0]) else ""


def rebuild(pages: List[Tuple[float, List[_Line]]]) -> Tuple[List[str], List[Tuple[int, int, int]]]:
    """Paragraphs (one string each) and, per PDF line kept, ``(offset, page, line)``
    where ``offset`` is its start in ``"\\n".join(paragraphs)``."""
    heads = _running_heads(pages)
    body = [ln for _, lines in pages for ln in lines if id(ln) not in heads]
    if not body:
        return [], []
    sizes = sorted(ln.size for ln in body)
    size = sizes[len(sizes) // 2]
    left = Counter(round(ln.x0) for ln in body).most_common(1)[0][0]
    rights = sorted(ln.x1 for ln in body)
    right = rights[int(len(rights) * 0.9)] if len(rights) > 1 else rights[0]
    gaps = sorted(p.bottom - n.top for p, n in zip(body, body[1:]) if p.page == n.page and p.bottom > n.top)
    gap = gaps[len(gaps) // 2] if gaps else size * 0.6
    paras: List[List[Tuple[_Line, str]]] = []
    prev: Optional[_Line] = None
    for ln in body:
        new = prev is None
        if prev is not None:
            indented = ln.x0 > left + 0.8 * size
            # a line ends short of the margin when the next word did not fit: a run of
            # figures or Latin (never split) or a character that may not start a line
            lead = _LEAD.match(ln.text)
            slack = 2.5 * size + (0.6 * size * len(lead.group()) if lead else 0)
            deficit = right - prev.x1
            ends = prev.text.rstrip()[-1:] in _STOPS
            short = deficit > slack or (ends and deficit > 1.2 * size)
            heading = ends and bool(_HEADING.match(ln.text))
            resized = abs(ln.size - prev.size) > 0.15 * size
            if prev.page == ln.page:
                far = prev.bottom - ln.top > gap + 0.8 * size
            else:
                far = False  # a page break continues the paragraph unless the line says otherwise
            centred = ln.x0 > left + 2 * size and ln.x1 < right - 2 * size
            new = indented or short or heading or resized or far or centred
        if new:
            paras.append([])
        paras[-1].append((ln, ln.text))
        prev = ln
    out: List[str] = []
    where: List[Tuple[int, int, int]] = []
    pos = 0
    for para in paras:
        text = ""
        for ln, t in para:
            sep = _join(text, t) if text else ""
            where.append((pos + len(text) + len(sep), ln.page, ln.no))
            text += sep + t
        out.append(text)
        pos += len(text) + 1
    return out, where


def pdf_location(doc: Document, offset: int) -> Optional[Tuple[int, int]]:
    """(page, line on the page) of ``offset`` in a document read from a PDF, else ``None``."""
    lines = doc.meta.get("pdf_lines")
    if not lines:
        return None
    starts = doc.meta.get("_pdf_starts")
    if starts is None:
        starts = doc.meta["_pdf_starts"] = [s for s, _, _ in lines]
    i = max(0, bisect.bisect_right(starts, offset) - 1)
    return lines[i][1], lines[i][2]


class PdfReader(Reader):
    """``.pdf`` with a text layer (see the module docs)."""

    name = "pdf"
    suffixes = (".pdf",)
    writable = False

    def read(self, data: bytes, path: str) -> Document:
        if not data.lstrip()[:5].startswith(b"%PDF") and b"%PDF-" not in data[:1024]:
            raise ReadError("不是 PDF 文件（缺少 %PDF 文件头）", "not a PDF file (no %PDF header)")
        pages, images = _pages(data)
        paras, where = rebuild(pages)
        text = "\n".join(paras)
        visible = re.sub(r"\s+", "", text)
        if not visible:
            if images:
                raise ReadError("PDF 只有图像（扫描件），没有文字层，需先进行文字识别（OCR）再检查",
                                "image-only PDF (a scan) without a text layer: it needs OCR before it can be linted")
            raise ReadError("PDF 中没有文字", "the PDF holds no text")
        cids = len(_CID.findall(text))
        if cids * 6 > len(visible) * 0.1:
            raise ReadError(f"PDF 的文字层缺少字符映射（{cids} 个字形无法转为文字），无法可靠读取；请重新导出 PDF 或进行文字识别",
                            f"the PDF's text layer has no Unicode mapping ({cids} glyphs cannot be read as text); "
                            f"re-export the PDF or run OCR")
        return Document(text, path, format=self.name, encoding="utf-8", bom=False, newline="\n",
                        paragraph_mode="line",
                        meta={"region_basis": "paragraph", "pdf_lines": where, "pdf_pages": len(pages)})
