"""Word documents (``.docx``): the zip container read with a hardened XML parser.

What rules see is the text a reader of the document sees, one paragraph per
line:

* body paragraphs in document order; every paragraph of a table cell is a
  paragraph of its own (so rules see the figures in tables);
* Word's automatic list numbering (``w:numPr`` on the paragraph or on its
  style, with the definitions in ``numbering.xml``) rendered into the visible
  ordinal — ``一、`` ``（一）`` ``1.`` — so the numbering rules see generated
  numbers exactly as typed ones (bullets are not ordinals and are dropped; the
  tab or space Word puts after a number is layout and is dropped too);
* footnotes, endnotes, comments, headers and footers (separate parts of the
  package), deleted revisions, field codes, hidden text, ruby annotations,
  text boxes and a generated table of contents (which repeats the headings)
  are excluded;
* a manual line break inside a paragraph starts a new line;
* empty paragraphs are dropped and each line is stripped of leading and
  trailing spaces, so **line N of the extracted text is paragraph N** — the
  location lintgov reports (with a short quote) for ``.docx`` files.

Safety: every XML part is parsed with :mod:`defusedxml` (DTDs and entity
declarations are refused, so no entity expansion and no external fetches); an
archive with too many entries or parts that would decompress to an absurd size
(a zip bomb) is refused with a clear error; password-protected Word files
(an encrypted OLE container) and old binary ``.doc`` files are recognised and
reported.
"""
from __future__ import annotations

import io
import posixpath
import re
import bisect
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Tuple

from ..document import Document, Table, TableCell
from . import Reader, ReadError, limit

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_OFFICE_DOC = "/officeDocument"

#: an archive may hold at most this many entries
MAX_ENTRIES = 10000
#: a single XML part read from the archive may decompress to at most this many bytes
MAX_PART_BYTES = 128 * 1024 * 1024
#: all parts read together may decompress to at most this many bytes
MAX_TOTAL_BYTES = 256 * 1024 * 1024
#: a part larger than 1 MiB may not compress better than this ratio (zip bombs reach 1000:1)
MAX_RATIO = 200

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_MARKERS = ("EncryptedPackage".encode("utf-16-le"), "EncryptionInfo".encode("utf-16-le"))


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MiB" if n >= 1024 * 1024 else f"{n} bytes"


def _parse_xml(data: bytes, part: str):
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring
    try:
        return fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise ReadError(f"Word 文件的 {part} 含有 DTD 或实体声明（可能是恶意构造的文件），拒绝读取",
                        f"{part} of the Word file declares a DTD or entities (possibly a malicious file); refused") from None
    except ParseError as e:
        raise ReadError(f"Word 文件已损坏：{part} 不是有效的 XML（{e}）",
                        f"damaged Word file: {part} is not well-formed XML ({e})") from None
    except (LookupError, ValueError) as e:  # an unknown encoding in the XML declaration
        raise ReadError(f"Word 文件的 {part} 声明了无法识别的编码（{str(e)[:100]}）",
                        f"{part} of the Word file declares an unknown encoding ({str(e)[:100]})") from None


class _Package:
    """The zip container with the size guards."""

    def __init__(self, data: bytes) -> None:
        import zipfile  # lazily: most runs read no .docx
        if data.startswith(_OLE_MAGIC):
            if any(m in data for m in _ENCRYPTED_MARKERS):
                raise ReadError("这是受密码保护（已加密）的 Word 文件，无法读取；请另存为未加密的 .docx 再检查",
                                "password-protected (encrypted) Word file; save an unencrypted copy as .docx to lint it")
            raise ReadError("这是旧版二进制 Word 文件（.doc），不是 .docx；请在 Word 中另存为 .docx 再检查",
                            "old binary Word file (.doc), not .docx; save it as .docx in Word to lint it")
        try:
            self.zf = zipfile.ZipFile(io.BytesIO(data))
            infos = self.zf.infolist()
        except Exception:  # BadZipFile, LargeZipFile, OSError, EOFError, struct errors...
            raise ReadError("不是有效的 .docx 文件（不是 zip 压缩包，或文件已损坏/不完整）",
                            "not a valid .docx file (not a zip archive, or the file is damaged or truncated)") from None
        if len(infos) > MAX_ENTRIES:
            raise ReadError(f"压缩包有 {len(infos)} 个条目，超过上限 {MAX_ENTRIES}，疑似压缩炸弹，拒绝读取",
                            f"the archive has {len(infos)} entries (limit {MAX_ENTRIES}); looks like a zip bomb, refused")
        self.infos = {i.filename: i for i in infos}
        self.read_total = 0

    def has(self, name: str) -> bool:
        return name in self.infos

    def read(self, name: str) -> bytes:
        import zipfile
        info = self.infos[name]
        if info.flag_bits & 0x1:
            raise ReadError(f"Word 文件的 {name} 已加密，无法读取", f"{name} of the Word file is encrypted; cannot read it")
        size = info.file_size
        ratio = size / max(1, info.compress_size)
        part_max = limit("zip_member_size", MAX_PART_BYTES)
        total_max = limit("zip_total_size", MAX_TOTAL_BYTES)
        over = ("zip-member-size", part_max) if size > part_max else \
            ("zip-total-size", total_max) if self.read_total + size > total_max else None
        if over or (size > 1024 * 1024 and ratio > MAX_RATIO):
            why_zh = f"超过限制 {over[0]}（{_mb(over[1])}）" if over else f"压缩比 {ratio:.0f}:1 超出合理范围"
            why_en = f"exceeds limit {over[0]} ({_mb(over[1])})" if over else f"a ratio of {ratio:.0f}:1 is beyond any real document"
            raise ReadError(
                f"{name} 解压后将有 {size} 字节（压缩比 {ratio:.0f}:1），{why_zh}，疑似压缩炸弹，拒绝读取",
                f"{name} would decompress to {size} bytes (ratio {ratio:.0f}:1): {why_en}; looks like a zip bomb, refused")
        try:
            with self.zf.open(info) as fh:
                data = fh.read(part_max + 1)  # never trust the declared size alone
        except RuntimeError:  # encrypted entry
            raise ReadError(f"Word 文件的 {name} 已加密，无法读取", f"{name} of the Word file is encrypted; cannot read it") from None
        except Exception as e:  # BadZipFile (CRC), zlib.error, EOFError, unsupported compression...
            raise ReadError(f"Word 文件已损坏：无法解压 {name}（{e}）", f"damaged Word file: cannot decompress {name} ({e})") from None
        if len(data) > part_max:
            raise ReadError(f"{name} 解压后超过限制 zip-member-size（{_mb(part_max)}），疑似压缩炸弹，拒绝读取",
                            f"{name} decompresses to more than {_mb(part_max)}: exceeds limit zip-member-size; "
                            f"looks like a zip bomb, refused")
        self.read_total += len(data)
        return data

    def xml(self, name: str):
        return _parse_xml(self.read(name), name)

    def rels(self, part: str) -> Dict[str, str]:
        """Relationship type suffix → target part name for ``part`` ('' = the package)."""
        folder, base = posixpath.split(part)
        rels_name = posixpath.join(folder, "_rels", base + ".rels")
        out: Dict[str, str] = {}
        if not self.has(rels_name):
            return out
        for rel in self.xml(rels_name).iter(_REL_NS + "Relationship"):
            typ, target = rel.get("Type", ""), rel.get("Target", "")
            if not target or rel.get("TargetMode") == "External":
                continue
            name = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
            out.setdefault(typ.rsplit("/", 1)[-1], name)
        return out


# -- numbering ---------------------------------------------------------------------------
#: list counters (w:start, w:startOverride) are clamped to this value
MAX_NUMBER = 99999
#: a level text (w:lvlText) is cut to this many characters
MAX_LEVEL_TEXT = 64


def _int(value: Optional[str], default: int, lo: int, hi: int) -> int:
    """An integer attribute, bounded: a missing, malformed or absurd value never raises
    and never makes a huge number (a 10,000-digit w:start)."""
    if value is None:
        return default
    v = value.strip()
    if not v or len(v) > 12 or not v.lstrip("-+").isdigit():
        return default
    return max(lo, min(hi, int(v)))


_CN_DIGITS = "〇一二三四五六七八九"
_CN_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
_DIZHI = "子丑寅卯辰巳午未申酉戌亥"


def _cn_count(n: int, digits: str = "零一二三四五六七八九", units: str = "十百千") -> str:
    """1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五 (as Word's chineseCounting)."""
    if n <= 0:
        return digits[0]
    if n >= 10000:
        return str(n)
    parts: List[str] = []
    s = str(n)
    zero = False
    for i, ch in enumerate(s):
        d = int(ch)
        place = len(s) - 1 - i
        if d == 0:
            zero = True
            continue
        if zero and parts:
            parts.append(digits[0])
        zero = False
        if not (d == 1 and place == 1 and i == 0):  # 十一, not 一十一
            parts.append(digits[d])
        if place:
            parts.append(units[place - 1])
    return "".join(parts)


def _letters(n: int, upper: bool) -> str:
    base = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if upper else "abcdefghijklmnopqrstuvwxyz"
    n = max(1, n)
    if n > 26 * 10:
        return str(n)  # Word repeats the letter (AAAA…); past ten repetitions that is no ordinal anyone reads
    return base[(n - 1) % 26] * ((n - 1) // 26 + 1)  # Word: A…Z, AA…ZZ


def _roman(n: int, upper: bool) -> str:
    if n <= 0 or n >= 4000:
        return str(n)
    out = ""
    for v, s in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                 (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out += s
            n -= v
    return out if upper else out.lower()


def format_number(n: int, fmt: str) -> str:
    """The number ``n`` in Word's ``w:numFmt`` ``fmt``."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "taiwaneseCountingThousand",
               "japaneseCounting", "koreanCounting", "ideographLegalTraditional"):
        return _cn_count(n)
    if fmt in ("ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand"):
        return "".join(_CN_DIGITS[int(c)] for c in str(n))
    if fmt == "chineseLegalSimplified":
        return _cn_count(n, _CN_LEGAL, "拾佰仟")
    if fmt == "ideographTraditional":
        return _TIANGAN[(n - 1) % 10] if n > 0 else str(n)
    if fmt == "ideographZodiac":
        return _DIZHI[(n - 1) % 12] if n > 0 else str(n)
    if fmt in ("decimalFullWidth", "decimalFullWidth2"):
        return str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle"):
        return chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n)
    if fmt == "decimalEnclosedFullstop":
        return chr(0x2488 + n - 1) if 1 <= n <= 20 else f"{n}."
    if fmt == "decimalEnclosedParen":
        return chr(0x2474 + n - 1) if 1 <= n <= 20 else f"({n})"
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("upperLetter", "lowerLetter"):
        return _letters(n, fmt == "upperLetter")
    if fmt in ("upperRoman", "lowerRoman"):
        return _roman(n, fmt == "upperRoman")
    if fmt in ("none", "bullet"):
        return ""
    return str(n)  # decimal and anything exotic


def _val(el, name: str, default: Optional[str] = None) -> Optional[str]:
    if el is None:
        return default
    child = el.find(W + name)
    if child is None:
        return default
    return child.get(W + "val", default)


class _Level:
    __slots__ = ("start", "fmt", "text", "legal")

    def __init__(self, lvl) -> None:
        self.start = _int(_val(lvl, "start", "1"), 1, 0, limit("numbering_value", MAX_NUMBER))
        self.fmt = _val(lvl, "numFmt", "decimal") or "decimal"
        # Word's own level texts are a few characters; a long one is cut (200,000
        # placeholders once took minutes per paragraph)
        self.text = (_val(lvl, "lvlText", "") or "")[:limit("numbering_label", MAX_LEVEL_TEXT)]
        self.legal = lvl.find(W + "isLgl") is not None


class Numbering:
    """The list definitions of ``numbering.xml`` and the running counters."""

    def __init__(self, root) -> None:
        self.abstract: Dict[str, Dict[int, _Level]] = {}
        self.nums: Dict[str, Tuple[str, Dict[int, int], Dict[int, _Level]]] = {}
        self.style_links: Dict[str, str] = {}   # abstractNum with w:numStyleLink → numbering style
        self.style_defs: Dict[str, str] = {}    # abstractNum with w:styleLink (defines a numbering style)
        self.level_styles: Dict[Tuple[str, str], int] = {}  # (abstractNum, paragraph style) → ilvl
        self.counters: Dict[str, List[Optional[int]]] = {}
        self.used: set = set()
        self.max_value = limit("numbering_value", MAX_NUMBER)
        if root is None:
            return
        for a in root.iter(W + "abstractNum"):
            aid = a.get(W + "abstractNumId", "")
            levels = {}
            for lvl in a.findall(W + "lvl"):
                ilvl = _int(lvl.get(W + "ilvl"), 0, 0, 9)
                levels[ilvl] = _Level(lvl)
                ps = _val(lvl, "pStyle")
                if ps:
                    self.level_styles[(aid, ps)] = ilvl
            self.abstract[aid] = levels
            link = _val(a, "numStyleLink")
            if link:
                self.style_links[aid] = link
            link = _val(a, "styleLink")
            if link:
                self.style_defs[link] = aid
        for n in root.iter(W + "num"):
            nid = n.get(W + "numId", "")
            aid = _val(n, "abstractNumId", "") or ""
            starts: Dict[int, int] = {}
            levels: Dict[int, _Level] = {}
            for o in n.findall(W + "lvlOverride"):
                ilvl = _int(o.get(W + "ilvl"), 0, 0, 9)
                so = _val(o, "startOverride")
                if so is not None:
                    starts[ilvl] = _int(so, 1, 0, limit("numbering_value", MAX_NUMBER))
                lvl = o.find(W + "lvl")
                if lvl is not None:
                    levels[ilvl] = _Level(lvl)
            self.nums[nid] = (aid, starts, levels)
        # a list that only points at a numbering style uses (and counts with) the
        # definition of that style
        for aid, style in self.style_links.items():
            target = self.style_defs.get(style)
            if target is not None and target != aid:
                for nid, (a, starts, levels) in list(self.nums.items()):
                    if a == aid:
                        self.nums[nid] = (target, starts, levels)

    def level_for_style(self, num_id: str, style: Optional[str]) -> Optional[int]:
        """The list level a paragraph style is bound to (``w:lvl/w:pStyle``)."""
        if not style or num_id not in self.nums:
            return None
        return self.level_styles.get((self.nums[num_id][0], style))

    def label(self, num_id: str, ilvl: int) -> str:
        """Advance the counter of ``(num_id, ilvl)`` and return the rendered label."""
        if num_id not in self.nums:
            return ""
        aid, starts, overrides = self.nums[num_id]
        levels = dict(self.abstract.get(aid, {}))
        levels.update(overrides)
        lvl = levels.get(ilvl)
        if lvl is None:
            return ""
        counters = self.counters.setdefault(aid, [None] * 10)
        ilvl = max(0, min(ilvl, 9))
        if (num_id, ilvl) not in self.used and ilvl in starts:
            counters[ilvl] = starts[ilvl]
        elif counters[ilvl] is None:
            counters[ilvl] = lvl.start
        else:
            counters[ilvl] = min(self.max_value, counters[ilvl] + 1)  # type: ignore[operator]
        self.used.add((num_id, ilvl))
        for deeper in range(ilvl + 1, 10):
            counters[deeper] = None
        if lvl.fmt == "bullet" or lvl.fmt == "none":
            return ""

        def sub(m: "re.Match[str]") -> str:
            k = int(m.group(1)) - 1
            other = levels.get(k)
            value = counters[k] if 0 <= k < 10 and counters[k] is not None else (other.start if other else 1)
            fmt = other.fmt if other else "decimal"
            if lvl.legal and k != ilvl:
                fmt = "decimal"
            return format_number(value, fmt)

        return re.sub(r"%([1-9])", sub, lvl.text)


class _Styles:
    """Paragraph styles' numbering (w:numPr), following w:basedOn."""

    def __init__(self, root) -> None:
        self.num: Dict[str, Tuple[Optional[str], Optional[str]]] = {}
        self.based: Dict[str, str] = {}
        self.default: Optional[str] = None
        self.toc: set = set()   # table-of-contents styles ("toc 1"...)
        if root is None:
            return
        for s in root.iter(W + "style"):
            if s.get(W + "type") not in (None, "paragraph"):
                continue
            sid = s.get(W + "styleId", "")
            if (_val(s, "name", "") or "").lower().startswith("toc "):
                self.toc.add(sid)
            if s.get(W + "default") in ("1", "true", "on"):
                self.default = sid
            b = _val(s, "basedOn")
            if b:
                self.based[sid] = b
            ppr = s.find(W + "pPr")
            numpr = ppr.find(W + "numPr") if ppr is not None else None
            if numpr is not None:
                self.num[sid] = (_val(numpr, "numId"), _val(numpr, "ilvl"))

    def numbering(self, style: Optional[str]) -> Tuple[Optional[str], Optional[str]]:
        seen = set()
        sid = style or self.default
        while sid and sid not in seen:
            seen.add(sid)
            if sid in self.num:
                return self.num[sid]
            sid = self.based.get(sid)
        return None, None


# -- text extraction -----------------------------------------------------------------------
_SKIP_INLINE = {W + n for n in ("del", "moveFrom", "rPr", "pPr", "drawing", "pict", "object", "instrText",
                                "delText", "delInstrText", "footnoteReference", "endnoteReference",
                                "commentReference", "fldChar", "rt")}
_MC_ALT = "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent"


def _on(el) -> bool:
    return el is not None and el.get(W + "val", "true") not in ("0", "false", "off")


@dataclass(frozen=True)
class TextPiece:
    """Characters of the extracted text that come from one ``w:t`` element:
    ``Document.text[start:end]`` equals that element's text from ``t_offset``."""

    start: int          # offset in Document.text
    end: int
    t_index: int        # index of the w:t in list(paragraph_element.iter(W + "t"))
    t_offset: int       # offset of `start` inside that w:t's text


@dataclass(frozen=True)
class DocxParagraph:
    """One line of the extracted text and where it comes from in ``word/document.xml``.

    ``p_index`` is the index of the ``w:p`` element in ``list(root.iter(W + "p"))`` of
    the main part (``Document.meta["docx_main_part"]``, usually ``word/document.xml``);
    one ``w:p`` gives several lines when it holds manual line breaks.  ``pieces`` cover
    the characters that come from ``w:t`` text; the others (a numbering label Word
    generates, a tab) have no piece and cannot carry an anchor.  ``cell`` is
    ``(table, row, column)`` — indices into ``Document.tables`` and its rows — for a
    paragraph inside a table cell (the innermost one), else ``None``."""

    start: int
    end: int
    p_index: int
    pieces: Tuple[TextPiece, ...]
    cell: Optional[Tuple[int, int, int]] = None


def paragraph_map(doc: Document) -> List[DocxParagraph]:
    """For a document read from a .docx, one :class:`DocxParagraph` per line of
    ``doc.text`` in order (empty for other formats).  The "annotate" command uses it to
    anchor Word comments: a finding ``[start, end)`` maps through the pieces to
    ``(w:p, w:t, character)`` positions; see :func:`xml_positions`."""
    return list(doc.meta.get("docx_paragraphs", ()))


def xml_positions(doc: Document, start: int, end: int) -> List[Tuple[int, int, int, int]]:
    """The ``w:t`` ranges that hold ``doc.text[start:end]``: a list of
    ``(p_index, t_index, t_start, t_end)`` (offsets inside each ``w:t``'s text), in
    document order; characters without a piece (numbering labels) are skipped."""
    out: List[Tuple[int, int, int, int]] = []
    paras = doc.meta.get("docx_paragraphs", ())
    starts = doc.meta.get("_docx_starts")
    if starts is None:
        starts = doc.meta["_docx_starts"] = [p.start for p in paras]
    i = max(0, bisect.bisect_right(starts, start) - 1)
    while i < len(paras) and paras[i].start <= max(end, start):
        para = paras[i]
        for piece in para.pieces:
            a, b = max(start, piece.start), min(end, piece.end)
            if a < b or (start == end and piece.start <= start < piece.end):
                b = max(a, b)
                out.append((para.p_index, piece.t_index, piece.t_offset + a - piece.start, piece.t_offset + b - piece.start))
        i += 1
    return out


class _Line:
    __slots__ = ("text", "p_index", "pieces", "cell")

    def __init__(self, text: str, p_index: int, pieces: List[Tuple[int, int, int, int]], cell) -> None:
        self.text = text
        self.p_index = p_index
        self.pieces = pieces        # (start, end, t_index, t_offset) relative to the line
        self.cell = cell


class _Extractor:
    def __init__(self, numbering: Numbering, styles: _Styles, p_index: Dict[int, int]) -> None:
        self.numbering = numbering
        self.styles = styles
        self.p_index = p_index
        self.lines: List[_Line] = []
        #: tables: rows of cells; a cell is [first line, end line, header]
        self.tables: List[List[List[List[Any]]]] = []
        self.header_rows: List[int] = []
        self.cell: Optional[Tuple[int, int, int]] = None

    def block(self, el) -> None:
        for child in el:
            tag = child.tag
            if tag == W + "p":
                self.paragraph(child)
            elif tag == W + "tbl":
                self.table(child)
            elif tag in (W + "sdt",):
                gallery = child.find(f"{W}sdtPr/{W}docPartObj/{W}docPartGallery")
                if gallery is not None and "contents" in (gallery.get(W + "val") or "").lower():
                    continue  # a generated table of contents repeats the headings
                content = child.find(W + "sdtContent")
                if content is not None:
                    self.block(content)
            elif tag in (W + "customXml", W + "ins", W + "moveTo"):
                self.block(child)

    def table(self, tbl) -> None:
        index = len(self.tables)
        rows: List[List[List[Any]]] = []
        self.tables.append(rows)
        self.header_rows.append(0)
        outer = self.cell
        leading_headers = True
        for tr in tbl.findall(W + "tr"):
            trpr = tr.find(W + "trPr")
            header = trpr is not None and _on(trpr.find(W + "tblHeader"))
            if header and leading_headers:
                self.header_rows[index] += 1
            else:
                leading_headers = False
            row: List[List[Any]] = []
            rows.append(row)
            cells = list(tr.findall(W + "tc"))
            for sdt in tr.findall(W + "sdt"):  # content controls around cells
                content = sdt.find(W + "sdtContent")
                if content is not None:
                    cells.extend(content.findall(W + "tc"))
            for tc in cells:
                tcpr = tc.find(W + "tcPr")
                vmerge = tcpr.find(W + "vMerge") if tcpr is not None else None
                if vmerge is not None and vmerge.get(W + "val") in (None, "continue"):
                    continue  # covered by the merged cell above: it appears once
                self.cell = (index, len(rows) - 1, len(row))
                first = len(self.lines)
                self.block(tc)
                row.append([first, len(self.lines), header])
        self.cell = outer

    def paragraph(self, p) -> None:
        ppr = p.find(W + "pPr")
        label = ""
        style = _val(ppr, "pStyle")
        if style and (style in self.styles.toc or re.fullmatch(r"(?i)toc ?\d", style)):
            return  # a line of a table of contents
        num_id, ilvl = self.styles.numbering(style)
        numpr = ppr.find(W + "numPr") if ppr is not None else None
        if numpr is not None:
            num_id = _val(numpr, "numId", num_id)
            ilvl = _val(numpr, "ilvl", ilvl)
        if num_id and num_id != "0":
            if ilvl is None:
                bound = self.numbering.level_for_style(num_id, style)
                ilvl = str(bound) if bound is not None else None
            label = self.numbering.label(num_id, _int(ilvl, 0, 0, 9))
        t_index = {id(t): i for i, t in enumerate(p.iter(W + "t"))}
        parts: List[Tuple[str, Optional[Tuple[int, int]]]] = [(label, None)]
        self.inline(p, parts, t_index, self.p_index.get(id(p), -1))
        self._emit(parts, self.p_index.get(id(p), -1))

    def _emit(self, parts: List[Tuple[str, Optional[Tuple[int, int]]]], p_index: int) -> None:
        """Split the paragraph's parts into stripped, non-empty lines with their pieces."""
        text = "".join(t for t, _ in parts)
        pieces: List[Tuple[int, int, int, int]] = []
        pos = 0
        for t, origin in parts:
            if origin is not None and t:
                pieces.append((pos, pos + len(t), origin[0], origin[1]))
            pos += len(t)
        pos = 0
        for raw in text.split("\n"):
            a, b = pos, pos + len(raw)
            pos = b + 1
            while a < b and text[a] in " \t\u3000\u00a0":
                a += 1
            while b > a and text[b - 1] in " \t\u3000\u00a0":
                b -= 1
            if a == b:
                continue
            local = [(max(s, a) - a, min(e, b) - a, ti, to + max(s, a) - s)
                     for s, e, ti, to in pieces if s < b and a < e]
            self.lines.append(_Line(text[a:b], p_index, local, self.cell))

    def inline(self, el, parts: List[Tuple[str, Optional[Tuple[int, int]]]], t_index: Dict[int, int], p_index: int) -> None:
        for child in el:
            tag = child.tag
            if tag in _SKIP_INLINE or tag == _MC_ALT:
                continue
            if tag == W + "r":
                rpr = child.find(W + "rPr")
                if rpr is not None and _on(rpr.find(W + "vanish")):
                    continue  # hidden text
                self.inline(child, parts, t_index, p_index)
            elif tag == W + "t":
                parts.append((child.text or "", (t_index.get(id(child), -1), 0)))
            elif tag == W + "tab" or tag == W + "ptab":
                parts.append(("\t", None))
            elif tag == W + "br":
                if child.get(W + "type") not in ("page", "column"):
                    parts.append(("\n", None))
            elif tag == W + "cr":
                parts.append(("\n", None))
            elif tag == W + "noBreakHyphen":
                parts.append(("-", None))
            elif tag == W + "ruby":
                base = child.find(W + "rubyBase")
                if base is not None:
                    self.inline(base, parts, t_index, p_index)
            elif tag == W + "sdt":
                content = child.find(W + "sdtContent")
                if content is not None:
                    self.inline(content, parts, t_index, p_index)
            elif tag == W + "p":  # a paragraph nested where runs were expected: keep it separate
                self._emit(parts, p_index)
                parts[:] = []
                self.paragraph(child)
            else:  # hyperlink, ins, smartTag, fldSimple, customXml, moveTo, dir, bdo...
                self.inline(child, parts, t_index, p_index)


class _Extracted:
    def __init__(self, lines: List[_Line], tables, header_rows: List[int], main: str) -> None:
        self.lines = lines
        self.tables = tables
        self.header_rows = header_rows
        self.main = main


def _extract(data: bytes) -> _Extracted:
    pkg = _Package(data)
    main = pkg.rels("").get("officeDocument")
    if not main or not pkg.has(main):
        main = "word/document.xml"
    if not pkg.has(main):
        raise ReadError("不是有效的 .docx 文件：压缩包中没有 word/document.xml（文件已损坏，或不是 Word 文档）",
                        "not a valid .docx file: the archive has no word/document.xml (damaged, or not a Word document)")
    rels = pkg.rels(main)
    folder = posixpath.dirname(main)

    def optional(kind: str, default: str):
        name = rels.get(kind) or posixpath.join(folder, default)
        return pkg.xml(name) if pkg.has(name) else None

    numbering = Numbering(optional("numbering", "numbering.xml"))
    styles = _Styles(optional("styles", "styles.xml"))
    root = pkg.xml(main)
    body = root.find(W + "body")
    if body is None:
        raise ReadError(f"Word 文件已损坏：{main} 中没有正文（w:body）", f"damaged Word file: {main} has no body (w:body)")
    ex = _Extractor(numbering, styles, {id(p): i for i, p in enumerate(root.iter(W + "p"))})
    ex.block(body)
    return _Extracted(ex.lines, ex.tables, ex.header_rows, main)


def extract_docx(data: bytes) -> List[str]:
    """The paragraphs (lines) of a .docx file.  Raises :class:`ReadError`."""
    return [line.text for line in _extract(data).lines]


class DocxReader(Reader):
    """``.docx``: one line per paragraph of the extracted text (see the module docs);
    ``Document.tables`` holds the tables, ``Document.meta["docx_paragraphs"]`` the
    paragraph map (:func:`paragraph_map`)."""

    name = "docx"
    suffixes = (".docx", ".docm", ".dotx")
    writable = False

    def read(self, data: bytes, path: str) -> Document:
        try:
            ex = _extract(data)
        except ReadError:
            raise
        except RecursionError:
            raise ReadError("Word 文件的 XML 嵌套过深（超过 markup-depth 限制的可处理范围），无法读取",
                            "the Word file's XML is nested too deeply to follow (markup-depth); not read") from None
        except (ValueError, KeyError, IndexError, TypeError, AttributeError, EOFError, OSError, LookupError,
                RuntimeError, NotImplementedError, OverflowError, MemoryError) as e:
            # a damaged archive or part (bad numbers in numbering.xml, broken zip
            # structures, nesting deeper than the recursion limit): the file is
            # reported, the run goes on
            raise ReadError(f"Word 文件已损坏，无法读取（{type(e).__name__}: {str(e)[:200]}）",
                            f"damaged Word file, cannot read it ({type(e).__name__}: {str(e)[:200]})") from None
        starts: List[int] = []
        pos = 0
        for line in ex.lines:
            starts.append(pos)
            pos += len(line.text) + 1
        text = "\n".join(line.text for line in ex.lines)
        paras = tuple(DocxParagraph(starts[i], starts[i] + len(line.text), line.p_index,
                                    tuple(TextPiece(starts[i] + a, starts[i] + b, ti, to) for a, b, ti, to in line.pieces),
                                    line.cell)
                      for i, line in enumerate(ex.lines))

        def offset(line_no: int) -> int:
            return starts[line_no] if line_no < len(starts) else len(text)

        tables = []
        for rows, nh in zip(ex.tables, ex.header_rows):
            cells_rows = []
            for row in rows:
                cells = []
                for first, last, header in row:
                    a = offset(first)
                    b = starts[last - 1] + len(ex.lines[last - 1].text) if last > first else a
                    cells.append(TableCell(a, b, header))
                cells_rows.append(tuple(cells))
            all_cells = [c for r in cells_rows for c in r]
            tables.append(Table(tuple(cells_rows), nh,
                                min((c.start for c in all_cells), default=0), max((c.end for c in all_cells), default=0)))
        return Document(text, path, format=self.name, encoding="utf-8", bom=False, newline="\n",
                        paragraph_mode="line", tables=tables,
                        meta={"region_basis": "paragraph", "docx_paragraphs": paras, "docx_main_part": ex.main})
