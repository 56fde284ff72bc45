"""``lintgov annotate draft.docx``: a reviewed copy of a Word file with every finding as a
Word comment (批注).

The copy (``draft.lintgov.docx`` next to the original unless ``-o`` names another file;
never the original itself) differs from the original only by

* ``commentRangeStart``/``commentRangeEnd`` markers and a ``commentReference`` run around
  the exact characters of each finding in the main document part — a run is split where a
  finding starts or ends inside it (the second half repeats the run's properties, so the
  formatting does not change);
* the comments themselves, added to the comments part (created as ``word/comments.xml``,
  with its relationship and content-type override, when the file has none; comments already
  in the file are kept).

Everything else — styles, numbering, images, headers, the other parts — is copied as the
same compressed bytes.  The main part is edited as text (never parsed and re-serialised),
so namespace declarations, ``mc:Ignorable`` prefixes and everything outside the inserted
markup stay byte-for-byte.

Where a finding goes:

* on its exact characters, located through the reader's paragraph map
  (:func:`lintgov.readers.docx.paragraph_map`: each line of the extracted text, the ``w:p``
  it comes from and, per character, the ``w:t`` element and offset);
* a finding on characters Word generates (an automatic numbering label ``一、``) or on no
  characters at all: on the whole paragraph;
* a finding about the whole document (no characters, at the start of the text): on the title
  (the first paragraph when the document has no title);
* a finding in a table cell stays inside that cell (a range never crosses from one cell into
  another or out of the table: it is cut at the end of the cell's paragraph).

Each comment says the code, level and message (in Chinese, or ``--lang en``), the evidence
(the figures a value was recomputed from, with where they are) and the fix when there is one.
"""
from __future__ import annotations

import bisect
import io
import os
import posixpath
import re
import struct
import zlib
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Sequence, Tuple

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
COMMENTS_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
AUTHOR = "lintgov"
INITIALS = "LG"

#: the Word formats a reviewed copy can be written for (macros and templates are kept as they are)
SUFFIXES = (".docx", ".docm", ".dotx")
#: at most this many related spans and fix edits are spelt out in one comment
MAX_ITEMS = 8


class AnnotateError(Exception):
    """A reviewed copy cannot be written; the message says why (Chinese and English)."""

    def __init__(self, zh: str, en: str) -> None:
        super().__init__(en)
        self.zh = zh
        self.en = en


def output_path(path: str) -> str:
    """``draft.docx`` → ``draft.lintgov.docx`` (same folder, same suffix)."""
    stem, ext = os.path.splitext(path)
    return f"{stem}.lintgov{ext}"


def is_annotatable(path: str) -> bool:
    return path.lower().endswith(SUFFIXES) and not os.path.basename(path).startswith("~$")


# -- a linear, position-keeping scan of the XML text ---------------------------------------------
_TOKEN = re.compile(
    r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<\?.*?\?>|<!DOCTYPE[^>]*>"
    r"|<(/?)([A-Za-z_][\w.\-]*(?::[A-Za-z_][\w.\-]*)?)((?:[^>\"']|\"[^\"]*\"|'[^']*')*?)(/?)>", re.S)
_XMLNS = re.compile(r"xmlns(?::([\w.\-]+))?\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_SPACE_ATTR = re.compile(r"\bxml:space\s*=")
_CHAR = re.compile(r"&#[xX][0-9a-fA-F]+;|&#[0-9]+;|&[A-Za-z]+;|\r\n|.", re.S)


@dataclass
class _Run:
    start: int            # offset of "<w:r"
    open_tag: str         # the run's start tag, verbatim
    qname: str
    rpr: str = ""         # "<w:rPr>…</w:rPr>" verbatim, or ""
    children: int = 0     # child elements other than w:rPr seen so far
    last_t: int = -1      # global index of the w:t that is the run's last child, else -1
    end: int = -1         # offset after "</w:r>"


@dataclass
class _T:
    open_start: int
    open_end: int         # offset after the start tag's ">"
    qname: str
    content_start: int = -1
    content_end: int = -1
    run: Optional[_Run] = None
    first_in_run: bool = False
    preserve: bool = False

    def last_in_run(self, index: int) -> bool:
        return self.run is not None and self.run.last_t == index and self.run.end >= 0


@dataclass
class _P:
    open_end: int         # after "<w:p …>"
    content_start: int    # after "</w:pPr>" when the paragraph has properties
    close_start: int = -1  # offset of "</w:p>"
    ts: List[int] = field(default_factory=list)   # global indices of the w:t inside, in order


class _Scan:
    """Where every ``w:p``, ``w:r`` and ``w:t`` of a WordprocessingML part starts and ends in
    its text, in document order (the order of ``root.iter()``), with the W namespace prefix."""

    def __init__(self, xml: str) -> None:
        self.xml = xml
        self.ps: List[_P] = []
        self.ts: List[_T] = []
        self.prefix: Optional[str] = None       # prefix of the W namespace on the root element
        self.cdata = "<![CDATA[" in xml
        stack: List[Tuple[str, str, Dict[str, str], Any]] = []   # (qname, W-local or "", nsmap, record)
        nsmap: Dict[str, str] = {}
        for m in _TOKEN.finditer(xml):
            qname = m.group(2)
            if qname is None:
                continue  # comment, CDATA, processing instruction
            closing, attrs, empty = m.group(1), m.group(3), m.group(4)
            if closing:
                if not stack:
                    continue
                q, local, _, rec = stack.pop()
                nsmap = stack[-1][2] if stack else {}
                if local == "t" and isinstance(rec, _T):
                    rec.content_end = m.start()
                elif local == "p" and isinstance(rec, _P):
                    rec.close_start = m.start()
                elif local == "r" and isinstance(rec, _Run):
                    rec.end = m.end()
                elif local == "rPr" and stack and isinstance(stack[-1][3], _Run):
                    run = stack[-1][3]
                    run.rpr = xml[rec:m.end()]
                elif local == "pPr" and stack and isinstance(stack[-1][3], _P):
                    stack[-1][3].content_start = m.end()
                continue
            if "xmlns" in attrs:
                nsmap = dict(nsmap)
                for pm in _XMLNS.finditer(attrs):
                    nsmap[pm.group(1) or ""] = pm.group(2) if pm.group(2) is not None else pm.group(3)
            prefix, _, local = qname.rpartition(":")
            in_w = nsmap.get(prefix) == W_NS
            if self.prefix is None and in_w and not stack:
                self.prefix = prefix
            local = local if in_w else ""
            parent = stack[-1][3] if stack else None
            if isinstance(parent, _Run) and local != "rPr":
                parent.children += 1
                parent.last_t = -1
            rec: Any = None
            if local == "p":
                rec = _P(m.end(), m.end())
                self.ps.append(rec)
            elif local == "r":
                rec = _Run(m.start(), m.group(0), qname)
            elif local == "t":
                rec = _T(m.start(), m.end(), qname, m.end(), m.end(),
                         preserve=bool(_SPACE_ATTR.search(attrs)))
                index = len(self.ts)
                self.ts.append(rec)
                if isinstance(parent, _Run):
                    rec.run = parent
                    rec.first_in_run = parent.children == 1
                    parent.last_t = index
                for frame in stack:
                    if isinstance(frame[3], _P):
                        frame[3].ts.append(index)
            elif local == "rPr":
                rec = m.start()
            if not empty:
                stack.append((qname, local, nsmap, rec))

    # -- offsets inside a w:t ------------------------------------------------------------------
    def t_length(self, i: int) -> int:
        t = self.ts[i]
        raw = self.xml[t.content_start:t.content_end]
        if "&" not in raw and "\r" not in raw:
            return len(raw)
        return sum(1 for _ in _CHAR.finditer(raw))

    def t_position(self, i: int, k: int) -> int:
        """Offset in the XML text of the ``k``-th character of the ``i``-th w:t's text."""
        t = self.ts[i]
        raw = self.xml[t.content_start:t.content_end]
        if "&" not in raw and "\r" not in raw:
            return t.content_start + min(k, len(raw))
        for n, m in enumerate(_CHAR.finditer(raw)):
            if n == k:
                return t.content_start + m.start()
        return t.content_end


# -- where each finding goes ---------------------------------------------------------------------
@dataclass
class Anchor:
    comment_id: int
    start: Tuple                      # ("raw", pos) or ("split", t_index, k)
    end: Tuple
    text: str = ""                    # the finding's text the range should cover
    scope: str = "exact"              # "exact", "paragraph" (whole paragraph), "document" (title)


def _paragraph_map(doc) -> List[Any]:
    from .readers.docx import paragraph_map
    return paragraph_map(doc)


class _Placer:
    def __init__(self, doc, scan: _Scan) -> None:
        self.doc = doc
        self.scan = scan
        self.paras = _paragraph_map(doc)
        self.starts = [p.start for p in self.paras]

    def line_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def _p(self, para) -> Optional[_P]:
        if 0 <= para.p_index < len(self.scan.ps):
            p = self.scan.ps[para.p_index]
            return p if p.close_start >= 0 else None
        return None

    def whole(self, line: int, cid: int, scope: str) -> Optional[Anchor]:
        para = self.paras[line]
        p = self._p(para)
        if p is None:
            return None
        return Anchor(cid, ("raw", p.content_start), ("raw", p.close_start),
                      self.doc.text[para.start:para.end], scope)

    def point(self, p: _P, local_t: int, k: int, at_start: bool) -> Optional[Tuple]:
        if not 0 <= local_t < len(p.ts):
            return None
        gi = p.ts[local_t]
        t = self.scan.ts[gi]
        if t.run is None or t.content_end < 0:
            return None
        if at_start and k == 0 and t.first_in_run:
            return ("raw", t.run.start)
        if not at_start and t.last_in_run(gi) and k >= self.scan.t_length(gi):
            return ("raw", t.run.end)
        if self.scan.cdata:
            return None
        return ("split", gi, k)

    def place(self, f, cid: int) -> Optional[Anchor]:
        doc = self.doc
        if not self.paras:
            return None
        start, end = f.start, max(f.start, f.end)
        if start == end:
            # no characters: about the whole document (at its start) or about a paragraph
            if start == 0 or not doc.text:
                title = doc.title
                line = self.line_of(title.start) if title is not None else 0
                return self.whole(line, cid, "document")
            return self.whole(self.line_of(start), cid, "paragraph")
        first = self.line_of(start)
        last = self.line_of(max(start, end - 1))
        # a range never leaves the table cell (or the body) it starts in
        cell = self.paras[first].cell
        stop = first
        while stop < last and self.paras[stop + 1].cell == cell:
            stop += 1
        if stop < last:
            end = self.paras[stop].end
            last = stop
        pieces = []
        for line in range(first, last + 1):
            para = self.paras[line]
            for pc in para.pieces:
                a, b = max(start, pc.start), min(end, pc.end)
                if a < b:
                    pieces.append((para, pc, a, b))
        if not pieces:
            return self.whole(first, cid, "paragraph")
        para_a, pa, a, _ = pieces[0]
        para_b, pb, _, b = pieces[-1]
        p_a, p_b = self._p(para_a), self._p(para_b)
        s = self.point(p_a, pa.t_index, pa.t_offset + a - pa.start, True) if p_a else None
        e = self.point(p_b, pb.t_index, pb.t_offset + b - pb.start, False) if p_b else None
        if s is None or e is None:
            return self.whole(first, cid, "paragraph")
        # the text the range covers: the characters of the pieces (numbering labels, tabs and
        # line breaks between them are not in w:t elements)
        text = "".join(doc.text[x:y] for _, _, x, y in pieces)
        return Anchor(cid, s, e, text, "exact")


# -- comment texts ----------------------------------------------------------------------------
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _esc(s: str) -> str:
    s = _XML_BAD.sub("\ufffd", s)
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _clip(s: str, n: int = 60) -> str:
    s = s.replace("\n", " ")
    return s if len(s) <= n else s[:n - 1] + "…"


def comment_paragraphs(f, lang: str, scope: str = "exact") -> List[str]:
    """The paragraphs of the comment for finding ``f``: the code, level and message; the
    evidence (each related span with where it is); the fix."""
    from .formatters.text import level_word
    zh = lang == "zh"
    head = f"{f.code} [{level_word(f.level, lang)}] {f.message(lang)}"
    if scope == "document":
        head = ("（全文）" if zh else "(whole document) ") + head
    out = [head]
    doc = f.doc
    for r in f.related[:MAX_ITEMS]:
        rdoc = r.doc or doc
        label = r.message.get(lang) or r.message.get("zh", "")
        line = rdoc.line_index(r.start) + 1
        paragraph = rdoc.meta.get("region_basis") == "paragraph"
        if zh:
            where = f"第 {line} 段" if paragraph else f"第 {line} 行"
            other = "" if rdoc is doc else f"{rdoc.path} "
            out.append(f"依据：{label}「{_clip(rdoc.text[r.start:r.end])}」（{other}{where}）")
        else:
            where = f"paragraph {line}" if paragraph else f"line {line}"
            other = "" if rdoc is doc else f"{rdoc.path}, "
            out.append(f"Evidence: {label} \u201c{_clip(rdoc.text[r.start:r.end])}\u201d ({other}{where})")
    if len(f.related) > MAX_ITEMS:
        more = len(f.related) - MAX_ITEMS
        out.append(f"……另有 {more} 处依据" if zh else f"… and {more} more")
    if f.fix is not None:
        desc = f.fix.description.get(lang) or f.fix.description.get("zh", "")
        edits = []
        for e in f.fix.edits[:MAX_ITEMS]:
            old = _clip(doc.text[e.start:e.end], 30)
            new = _clip(e.replacement, 30)
            if zh:
                edits.append(f"「{old}」改为「{new}」" if old and new else (f"删去「{old}」" if old else f"插入「{new}」"))
            else:
                edits.append(f"\u201c{old}\u201d \u2192 \u201c{new}\u201d" if old and new
                             else (f"delete \u201c{old}\u201d" if old else f"insert \u201c{new}\u201d"))
        shown_only = getattr(f.fix, "display_only", False)   # it could touch a name: never applied
        if zh:
            out.append(("可能的修改（仅供参考）：" if shown_only else "建议修改：") + desc
                       + (f"（{'；'.join(edits)}）" if edits else ""))
        else:
            out.append(("Possible fix (for reference only): " if shown_only else "Suggested fix: ") + desc
                       + (f" ({'; '.join(edits)})" if edits else ""))
    return out


def _comment_xml(cid: int, paragraphs: Sequence[str], declare: str) -> str:
    body = []
    for i, text in enumerate(paragraphs):
        ref = "<w:r><w:annotationRef/></w:r>" if i == 0 else ""
        body.append(f'<w:p>{ref}<w:r><w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:p>')
    return (f'<w:comment{declare} w:id="{cid}" w:author="{AUTHOR}" w:initials="{INITIALS}">'
            + "".join(body) + "</w:comment>")


# -- the package --------------------------------------------------------------------------------
def _decode_xml(data: bytes, name: str) -> Tuple[str, str, bytes]:
    """(text, codec, BOM) of an XML part; UTF-8 and UTF-16 (what Word writes)."""
    import codecs
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(codec), codec, bom
    m = re.match(rb"<\?xml[^>]*encoding\s*=\s*[\"']([A-Za-z0-9._\-]+)", data)
    declared = m.group(1).decode("ascii").lower() if m else "utf-8"
    if declared.replace("_", "-") not in ("utf-8", "utf8"):
        raise AnnotateError(f"{name} 的编码 {declared} 不受支持（Word 写 UTF-8）",
                            f"{name} is encoded as {declared}, which annotate does not write (Word writes UTF-8)")
    try:
        return data.decode("utf-8"), "utf-8", b""
    except UnicodeDecodeError:
        raise AnnotateError(f"{name} 不是有效的 UTF-8", f"{name} is not valid UTF-8") from None


def _w_el(prefix: Optional[str], name: str, attrs: str) -> str:
    if prefix:
        return f"<{prefix}:{name} {attrs.replace('w:', prefix + ':')}/>"
    return f'<w:{name} xmlns:w="{W_NS}" {attrs}/>'


def _max_id(xml: str) -> int:
    ids = [int(m.group(1)) for m in re.finditer(r":id\s*=\s*[\"'](-?\d{1,9})[\"']", xml)]
    return max(ids, default=-1)


def _insert_before_close(xml: str, part: str) -> int:
    """Offset of the root element's end tag."""
    m = None
    for m in _TOKEN.finditer(xml):
        if m.group(2) is not None and not m.group(1):
            break
    if m is None or m.group(2) is None:
        raise AnnotateError(f"{part} 没有根元素", f"{part} has no root element")
    root = m.group(2)
    if m.group(4):  # <Relationships/>: an empty root written self-closing
        return -1
    i = xml.rfind(f"</{root}")
    if i < 0:
        raise AnnotateError(f"{part} 不完整（没有 </{root}>）", f"{part} is truncated (no </{root}>)")
    return i


def _expand_empty_root(xml: str) -> str:
    """``<Relationships …/>`` → ``<Relationships …></Relationships>``."""
    for m in _TOKEN.finditer(xml):
        if m.group(2) is not None and not m.group(1):
            if m.group(4):
                return xml[:m.start()] + f"<{m.group(2)}{m.group(3)}></{m.group(2)}>" + xml[m.end():]
            return xml
    return xml


def _add_to_root(xml: str, part: str, content: str) -> str:
    at = _insert_before_close(xml, part)
    if at < 0:
        xml = _expand_empty_root(xml)
        at = _insert_before_close(xml, part)
    return xml[:at] + content + xml[at:]


@dataclass
class Result:
    path: str
    output: str
    comments: int
    exact: int
    paragraph: int
    document: int
    anchors: List[Anchor]


def annotate_bytes(data: bytes, doc, findings: Sequence[Any], lang: str = "zh") -> Tuple[bytes, List[Anchor]]:
    """The reviewed copy of the Word file ``data`` (read as ``doc``) with ``findings`` as
    comments; and where each went (in the order of ``findings``; ``None``-free)."""
    from .readers.docx import _Package
    pkg = _Package(data)
    main = doc.meta.get("docx_main_part") or "word/document.xml"
    if not pkg.has(main):
        raise AnnotateError(f"压缩包中没有 {main}", f"the archive has no {main}")
    xml, codec, bom = _decode_xml(pkg.read(main), main)
    scan = _Scan(xml)
    if len(scan.ps) == 0 and doc.text:
        raise AnnotateError(f"{main} 中找不到段落", f"no paragraphs found in {main}")
    folder = posixpath.dirname(main)
    rels_name = posixpath.join(folder, "_rels", posixpath.basename(main) + ".rels")
    rels_xml = _decode_xml(pkg.read(rels_name), rels_name)[0] if pkg.has(rels_name) else None
    comments_part = None
    if rels_xml is not None:
        for m in re.finditer(r"<(?:[\w.\-]+:)?Relationship\b([^>]*)>", rels_xml):
            attrs = dict((a, v1 if v1 is not None else v2) for a, v1, v2 in
                         re.findall(r"([\w:.\-]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')", m.group(1)))
            if attrs.get("Type") == COMMENTS_REL and attrs.get("TargetMode") != "External":
                target = attrs.get("Target", "")
                comments_part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
                break
    comments_xml = None
    if comments_part is not None and pkg.has(comments_part):
        comments_xml, c_codec, c_bom = _decode_xml(pkg.read(comments_part), comments_part)
    next_id = max(_max_id(xml), _max_id(comments_xml or "")) + 1

    placer = _Placer(doc, scan)
    anchors: List[Anchor] = []
    notes: List[Tuple[int, List[str]]] = []
    for f in findings:
        a = placer.place(f, next_id)
        if a is None:  # nothing to hang it on (an empty document): the first paragraph with text
            a = placer.whole(0, next_id, "document") if placer.paras else None
        if a is None:
            raise AnnotateError("文档中没有可以挂批注的段落", "the document has no paragraph to attach a comment to")
        anchors.append(a)
        notes.append((next_id, comment_paragraphs(f, lang, a.scope)))
        next_id += 1

    new_main = _apply(scan, anchors)
    parts: Dict[str, bytes] = {main: bom + new_main.encode(codec)}
    if comments_xml is not None:
        prefix = _root_w_prefix(comments_xml)
        declare = "" if prefix == "w" else f' xmlns:w="{W_NS}"'
        body = "".join(_comment_xml(cid, texts, declare) for cid, texts in notes)
        parts[comments_part] = c_bom + _add_to_root(comments_xml, comments_part, body).encode(c_codec)
    else:
        if comments_part is None or pkg.has(comments_part):
            comments_part = posixpath.join(folder, "comments.xml")
            n = 1
            while pkg.has(comments_part):
                comments_part = posixpath.join(folder, f"comments{n}.xml")
                n += 1
            target = posixpath.relpath(comments_part, folder or ".")
            if rels_xml is None:
                rels_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                            f'<Relationships xmlns="{REL_NS}"></Relationships>')
            rel_ids = set(re.findall(r"\bId\s*=\s*[\"']([^\"']*)[\"']", rels_xml))
            rid, n = "rIdLintgovComments", 1
            while rid in rel_ids:
                rid, n = f"rIdLintgovComments{n}", n + 1
            rel_prefix = _root_prefix(rels_xml)
            rel_el = f"{rel_prefix}Relationship" if rel_prefix else "Relationship"
            rels_xml = _add_to_root(rels_xml, rels_name,
                                    f'<{rel_el} Id="{rid}" Type="{COMMENTS_REL}" Target="{target}"/>')
            parts[rels_name] = rels_xml.encode("utf-8") if not pkg.has(rels_name) else \
                _reencode(pkg.read(rels_name), rels_xml)
        body = "".join(_comment_xml(cid, texts, "") for cid, texts in notes)
        parts[comments_part] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:comments xmlns:w="{W_NS}">{body}</w:comments>').encode("utf-8")
    ct_name = "[Content_Types].xml"
    if not pkg.has(ct_name):
        raise AnnotateError("压缩包中没有 [Content_Types].xml", "the archive has no [Content_Types].xml")
    ct_xml = _decode_xml(pkg.read(ct_name), ct_name)[0]
    part_name = "/" + comments_part
    if not re.search(r"PartName\s*=\s*[\"']" + re.escape(part_name) + r"[\"']", ct_xml, re.I):
        ct_prefix = _root_prefix(ct_xml)
        el = f"{ct_prefix}Override" if ct_prefix else "Override"
        ct_xml = _add_to_root(ct_xml, ct_name, f'<{el} PartName="{part_name}" ContentType="{COMMENTS_CT}"/>')
        parts[ct_name] = _reencode(pkg.read(ct_name), ct_xml)
    return write_package(data, parts), anchors


def _reencode(original: bytes, text: str) -> bytes:
    _, codec, bom = _decode_xml(original, "")
    return bom + text.encode(codec)


def _root_prefix(xml: str) -> str:
    for m in _TOKEN.finditer(xml):
        if m.group(2) is not None and not m.group(1):
            p = m.group(2).rpartition(":")[0]
            return p + ":" if p else ""
    return ""


def _root_w_prefix(xml: str) -> Optional[str]:
    for m in _TOKEN.finditer(xml):
        if m.group(2) is not None and not m.group(1):
            for pm in _XMLNS.finditer(m.group(3)):
                if (pm.group(2) if pm.group(2) is not None else pm.group(3)) == W_NS and pm.group(1):
                    return pm.group(1)
            return None
    return None


def _apply(scan: _Scan, anchors: Sequence[Anchor]) -> str:
    """The main part with the comment markers inserted."""
    prefix = scan.prefix or None
    starts: Dict[Tuple, List[str]] = {}
    ends: Dict[Tuple, List[str]] = {}
    for a in anchors:
        cid = f'w:id="{a.comment_id}"'
        starts.setdefault(a.start, []).append(_w_el(prefix, "commentRangeStart", cid))
        ref = (f"<{prefix}:r>{_w_el(prefix, 'commentReference', cid)}</{prefix}:r>" if prefix
               else f'<w:r xmlns:w="{W_NS}">{_w_el(prefix, "commentReference", cid)}</w:r>')
        ends.setdefault(a.end, []).append(_w_el(prefix, "commentRangeEnd", cid) + ref)
    edits: List[Tuple[int, int, str]] = []   # (position, order, text)
    preserve: set = set()
    for key in set(starts) | set(ends):
        markers = "".join(ends.get(key, ())) + "".join(starts.get(key, ()))
        if key[0] == "raw":
            edits.append((key[1], 0, markers))
            continue
        _, gi, k = key
        t = scan.ts[gi]
        run = t.run
        pos = scan.t_position(gi, k)
        edits.append((pos, 0, f"</{t.qname}></{run.qname}>{markers}{run.open_tag}{run.rpr}"
                              f'<{t.qname} xml:space="preserve">'))
        if not t.preserve and gi not in preserve:
            preserve.add(gi)
            tag_end = t.open_end - 1   # the ">" of the start tag (never self-closing: it has text)
            edits.append((tag_end, 1, ' xml:space="preserve"'))
    xml = scan.xml
    out: List[str] = []
    pos = 0
    for at, _, text in sorted(edits, key=lambda e: (e[0], e[1])):
        out.append(xml[pos:at])
        out.append(text)
        pos = at
    out.append(xml[pos:])
    return "".join(out)


# -- zip: untouched members are copied as their compressed bytes -----------------------------------
def write_package(data: bytes, replaced: Dict[str, bytes]) -> bytes:
    """A zip with the members of ``data`` in their order — the ones named in ``replaced``
    with new contents (deflated), the others copied byte for byte (local header, compressed
    data, data descriptor) — and the members of ``replaced`` that ``data`` lacks at the end."""
    import zipfile
    zin = zipfile.ZipFile(io.BytesIO(data))
    infos = zin.infolist()
    if any(i.file_size >= 0xFFFFFFFF or i.compress_size >= 0xFFFFFFFF or i.header_offset >= 0xFFFFFFFF
           or i.flag_bits & 0x1 for i in infos) or len(infos) >= 0xFFFF:
        return _write_package_zipfile(zin, replaced)
    offsets = sorted(i.header_offset for i in infos)
    next_offset = dict(zip(offsets, offsets[1:] + [getattr(zin, "start_dir", None)]))
    out = io.BytesIO()
    central: List[bytes] = []
    names = set()
    for info in infos:
        names.add(info.filename)
        offset = out.tell()
        if info.filename in replaced:
            central.append(_write_member(out, info.filename, replaced[info.filename], info))
            continue
        h = data[info.header_offset:info.header_offset + 30]
        if len(h) < 30 or h[:4] != b"PK\x03\x04":
            return _write_package_zipfile(zin, replaced)
        n, e = struct.unpack("<HH", h[26:30])
        end = info.header_offset + 30 + n + e + info.compress_size
        if info.flag_bits & 0x8:
            # a data descriptor follows the data (12 to 24 bytes, with or without its signature,
            # zip64 or not): copy everything up to the next member's local header
            following = next_offset.get(info.header_offset)
            end = following if following is not None and following >= end else \
                end + (16 if data[end:end + 4] == b"PK\x07\x08" else 12)
        if end > len(data):
            return _write_package_zipfile(zin, replaced)
        out.write(data[info.header_offset:end])
        central.append(_central(info, info.filename.encode("utf-8" if info.flag_bits & 0x800 else "cp437"),
                                offset))
    for name, content in replaced.items():
        if name not in names:
            central.append(_write_member(out, name, content, None))
    cd_start = out.tell()
    for c in central:
        out.write(c)
    cd_size = out.tell() - cd_start
    comment = zin.comment or b""
    out.write(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(central), len(central), cd_size, cd_start,
                          len(comment)) + comment)
    return out.getvalue()


def _dos_time(date_time) -> Tuple[int, int]:
    y, mo, d, h, mi, s = date_time
    return (h << 11) | (mi << 5) | (s // 2), (max(0, y - 1980) << 9) | (mo << 5) | d


def _central(info, name: bytes, offset: int) -> bytes:
    t, d = _dos_time(info.date_time)
    extra = info.extra or b""
    comment = info.comment or b""
    return struct.pack("<4s6H3L5H2L", b"PK\x01\x02", (info.create_system << 8) | info.create_version,
                       info.extract_version, info.flag_bits, info.compress_type, t, d, info.CRC,
                       info.compress_size, info.file_size, len(name), len(extra), len(comment), 0,
                       info.internal_attr, info.external_attr, offset) + name + extra + comment


def _write_member(out: io.BytesIO, name: str, content: bytes, like) -> bytes:
    import zipfile
    co = zlib.compressobj(6, zlib.DEFLATED, -15)
    packed = co.compress(content) + co.flush()
    crc = zlib.crc32(content) & 0xFFFFFFFF
    raw_name = name.encode("utf-8")
    flags = 0x800 if any(ord(c) > 127 for c in name) else 0
    date_time = like.date_time if like is not None else (1980, 1, 1, 0, 0, 0)
    t, d = _dos_time(date_time)
    offset = out.tell()
    out.write(struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, flags, zipfile.ZIP_DEFLATED, t, d, crc,
                          len(packed), len(content), len(raw_name), 0) + raw_name)
    out.write(packed)
    external = like.external_attr if like is not None else 0
    return struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, flags, zipfile.ZIP_DEFLATED, t, d, crc,
                       len(packed), len(content), len(raw_name), 0, 0, 0, 0, external, offset) + raw_name


def _write_package_zipfile(zin, replaced: Dict[str, bytes]) -> bytes:
    """Fallback for archives the byte copy does not handle (zip64, encrypted members):
    every member through :mod:`zipfile` (the same contents, recompressed)."""
    import shutil
    import zipfile
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        names = set()
        for info in zin.infolist():
            names.add(info.filename)
            if info.filename in replaced:
                zout.writestr(info, replaced[info.filename], compress_type=zipfile.ZIP_DEFLATED)
            else:
                with zin.open(info) as src, zout.open(info, "w") as dst:
                    shutil.copyfileobj(src, dst)
        for name, content in replaced.items():
            if name not in names:
                zout.writestr(name, content)
    return out.getvalue()


# -- the command ------------------------------------------------------------------------------------
def write_copy(doc, findings: Sequence[Any], output: str, lang: str = "zh") -> Result:
    """Write the reviewed copy of the Word file ``doc`` was read from to ``output``,
    atomically (a temporary file in the same folder, then a rename)."""
    source = doc.source_path
    if not source:
        raise AnnotateError("标准输入不能写审阅副本", "cannot write a reviewed copy of standard input")
    if os.path.exists(output) and os.path.samefile(source, output) or os.path.abspath(output) == os.path.abspath(source):
        raise AnnotateError("输出文件就是原文件；审阅副本不能覆盖原稿", "the output is the original file; a reviewed copy never overwrites it")
    with open(source, "rb") as fh:
        data = fh.read()
    new, anchors = annotate_bytes(data, doc, findings, lang)
    import tempfile
    folder = os.path.dirname(os.path.abspath(output))
    fd, tmp = tempfile.mkstemp(prefix=".lintgov-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(new)
        import stat
        os.chmod(tmp, stat.S_IMODE(os.stat(source).st_mode))   # the copy has the original's permissions
        os.replace(tmp, output)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return Result(doc.path, output, len(anchors), sum(a.scope == "exact" for a in anchors),
                  sum(a.scope == "paragraph" for a in anchors), sum(a.scope == "document" for a in anchors), anchors)


#: reviewed copies are never linted or annotated again when a folder is walked
OWN_OUTPUTS = [f"*.lintgov{s}" for s in SUFFIXES]


def report(args, run, opts) -> int:
    """After ``lintgov annotate`` linted its files: write a reviewed copy per Word file,
    report the findings of the other files as ``lintgov check`` would, and say what was written."""
    import sys
    from .formatters.text import TextFormatter
    word = [d for d in run.documents if d.source_path and is_annotatable(d.source_path) and d.format == "docx"]
    out = sys.stdout
    if args.output and len(word) != 1:
        sys.stderr.write(f"lintgov: -o 只能用于一个 Word 文件（这里有 {len(word)} 个）/ -o needs exactly one Word "
                         f"file ({len(word)} given)\n")
        return 2
    code = opts.exit_code
    by_doc: Dict[int, List[Any]] = {}
    for f in run.findings:
        by_doc.setdefault(id(f.doc), []).append(f)
    zh = opts.lang == "zh"
    lines: List[str] = []
    for doc in word:
        target = args.output or output_path(doc.source_path)
        try:
            shown = os.path.relpath(target) if not os.path.isabs(args.output or "") else target
        except ValueError:  # another drive (Windows)
            shown = target
        try:
            res = write_copy(doc, by_doc.get(id(doc), []), target, opts.lang)
        except AnnotateError as e:
            sys.stderr.write(f"lintgov: {doc.path}: 未写审阅副本 / no reviewed copy written: {e.zh} / {e.en}\n")
            code = 2
            continue
        except OSError as e:
            sys.stderr.write(f"lintgov: {target}: 无法写入 / cannot write: {e.strerror}\n")
            code = 2
            continue
        from .formatters.base import display_name
        lines.append(f"{display_name(doc.path)} → {display_name(shown)}："
                     f"{res.comments} 条批注" if zh else
                     f"{display_name(doc.path)} -> {display_name(shown)}: {res.comments} comment"
                     f"{'s' if res.comments != 1 else ''}")
    # findings in files that got no copy (text files, unreadable ones) are reported, never dropped
    annotated = {id(d) for d in word}
    rest = [f for f in run.findings if id(f.doc) not in annotated]
    fmt = TextFormatter()
    lines += [fmt.line(f, opts) for f in rest]
    if not opts.quiet:
        lines.append(fmt.summary(run, opts))
    try:
        out.write("".join(ln + "\n" for ln in lines))
        out.flush()
    except BrokenPipeError:
        pass
    return code
