"""Test helper: a report laid out as an official PDF (reportlab, CID font STSong-Light,
no embedded font file): A4, a running header and a page number (— 3 —) on every page,
paragraphs with a two-character first-line indent, lines wrapped at a fixed width.
Also an image-only page and an encrypted file.  Needs reportlab (in the test extra)."""
from __future__ import annotations

import io
import re
from typing import List, Optional

#: characters STSong-Light has no glyph for: reportlab leaves them out of the PDF
PDF_MISSING = re.compile("[·•]")


def _wrap(line: str, width: float, size: float) -> List[str]:
    """Lines of at most ``width`` points (as a word processor wraps), never starting
    with closing punctuation; digits may be split across lines, as they are."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    out = []
    cur = ""
    for ch in line:
        if cur and stringWidth(cur + ch, "STSong-Light", size) > width and ch not in "，。、；：！？）》”,.;:":
            out.append(cur)
            cur = ""
        cur += ch
    out.append(cur)
    return out


def text_to_pdf(text: str, header: Optional[str] = "某某区人民政府文件", width: int = 28,
                lines_per_page: int = 22, encrypt: Optional[str] = None, title_first: bool = True) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    try:
        pdfmetrics.getFont("STSong-Light")
    except KeyError:
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    kw = {}
    if encrypt:
        from reportlab.lib import pdfencrypt
        kw["encrypt"] = pdfencrypt.StandardEncryption(encrypt, ownerPassword=encrypt + "-owner")
    c = canvas.Canvas(buf, pagesize=A4, **kw)
    w, h = A4
    size = 16
    left = 80
    top = h - 110
    leading = 28.5
    paras = [ln.strip(" \u3000") for ln in text.split("\n") if ln.strip()]
    layout = []  # (text, x, centred)
    for i, p in enumerate(paras):
        if i == 0 and title_first and len(p) <= width:
            layout.append((p, None))
            continue
        for j, piece in enumerate(_wrap("\u3000\u3000" + p, width * size, size)):
            if j == 0:
                layout.append((piece[2:], left + 2 * size))
            else:
                layout.append((piece, left))
    page = 0
    row = lines_per_page

    def new_page() -> None:
        nonlocal page, row
        if page:
            c.showPage()
        page += 1
        row = 0
        c.setFont("STSong-Light", 10.5)
        if header:
            c.drawCentredString(w / 2, h - 60, header)
        c.drawCentredString(w / 2, 50, f"— {page} —")
    for piece, x in layout:
        if row >= lines_per_page:
            new_page()
        c.setFont("STSong-Light", size)
        y = top - row * leading
        if x is None:
            c.drawCentredString(w / 2, y, piece)
        else:
            c.drawString(x, y, piece)
        row += 1
    if page == 0:
        new_page()
    c.showPage()
    c.save()
    return buf.getvalue()


def image_only_pdf() -> bytes:
    """A scanned page: an image and no text layer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    import struct
    import zlib
    # a tiny grey PNG, built by hand
    raw = b"".join(b"\x00" + bytes([200]) * 64 for _ in range(64))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 64, 64, 8, 0, 0, 0, 0)) + \
        chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.drawImage(ImageReader(io.BytesIO(png)), 50, 50, 500, 700)
    c.showPage()
    c.save()
    return buf.getvalue()
