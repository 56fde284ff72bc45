"""Markdown (``.md``, ``.markdown``) through markdown-it-py (CommonMark, GFM
tables and strikethrough).

Rules see the text a reader of the rendered page sees, one paragraph per line:
emphasis delimiters, link targets, images, HTML tags, table pipes, escapes and
block markers (``#``, ``>``, bullets) are not part of ``Document.text``, so
``**88**件`` reads as ``88件`` and ``*20%*`` as ``20%``.  Ordered-list markers
(``1.``) stay: they are the report's numbering.  Front matter, fenced code,
indented code (unless it holds Chinese prose: reports pasted with a space
indent) and thematic breaks give no text; inline code spans and HTML comments
(where suppression directives live) stay in the text, masked as ``code``.
Paragraphs are separated by a blank line and keep the line breaks of the
source (as a ``.txt`` block would).  GFM tables give
``Document.tables`` (header cells from the header row); each cell is a paragraph.

Locations and fixes go through a :class:`~lintgov.sourcemap.SourceMap`: line and
column are those of the ``.md`` file, and a fix is applied only inside a run of
plain characters that are the file's own (never across markup).

Bounded: inline parsing of a paragraph that is mostly unmatched brackets
(``![![![…``, quadratic in markdown-it) is skipped — the paragraph is read as
plain text.
"""
from __future__ import annotations

import re
from typing import Any, List, Optional, Tuple

from .. import lazyre
from ..document import Document, Mask, Table, TableCell
from ..sourcemap import Segment, SourceMap
from . import Reader, decode, newline_of

_FRONT_MATTER = lazyre.compile(r"\A(---|\+\+\+)[ \t]*\n.*?\n\1[ \t]*(?:\n|\Z)", re.S)
_CJK = lazyre.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")
_HTML_TEXT = lazyre.compile(r"<!--.*?(?:-->|\Z)|<(script|style)\b.*?(?:</\1\s*>|\Z)|<[^>]*>|([^<]+)", re.S | re.I)
#: a paragraph longer than this with more brackets than _MAX_BRACKETS is read as plain text
_LONG = 4000
_MAX_BRACKETS = 200
#: how far past the cursor the source is searched for the next piece of text
_WINDOW = 4096

_PARSER = None


def _parser() -> Any:
    global _PARSER
    if _PARSER is None:
        from markdown_it import MarkdownIt
        md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
        md.disable(["text_join", "inline"])  # inline parsing per block, below (bounded)
        _PARSER = md
    return _PARSER


class _Builder:
    """Collects plain text with its segments, line by line."""

    def __init__(self, src: str, line_starts: List[int]) -> None:
        self.src = src
        self.line_starts = line_starts
        self.parts: List[str] = []
        self.segments: List[Segment] = []
        self.masks: List[Mask] = []
        self.pos = 0            # length of the plain text so far
        self.cursor = 0         # source position the next search starts from
        self.line_open = False  # the current plain line has content

    def line_offset(self, line: int) -> int:
        return self.line_starts[line] if line < len(self.line_starts) else len(self.src)

    def add(self, text: str, src_start: int, src_len: int, exact: bool, mask: Optional[str] = None) -> None:
        if not text:
            return
        if mask:
            self.masks.append(Mask(self.pos, self.pos + len(text), mask))
        self.segments.append(Segment(self.pos, len(text), src_start, src_len, exact))
        self.parts.append(text)
        self.pos += len(text)
        self.line_open = True

    def add_found(self, text: str, limit: int, mask: Optional[str] = None) -> None:
        """Add ``text``, located in the source at or after the cursor."""
        if not text:
            return
        at = self.src.find(text, self.cursor, min(limit, self.cursor + len(text) + _WINDOW))
        if at == -1:
            self.add(text, self.cursor, 0, False, mask)
        else:
            self.add(text, at, len(text), True, mask)
            self.cursor = at + len(text)

    def glue(self, text: str) -> None:
        """A character the reader inserts (a space for a soft break): no source of its own."""
        if text and self.line_open:
            self.segments.append(Segment(self.pos, len(text), self.cursor, 0, False))
            self.parts.append(text)
            self.pos += len(text)

    def end_line(self) -> None:
        """End the current paragraph: a blank line, as in the source."""
        if self.line_open:
            self.parts.append("\n\n")
            self.pos += 2
            self.line_open = False



class MarkdownReader(Reader):
    """Markdown through markdown-it-py: plain text, source map, tables (see the module docs)."""

    name = "md"
    suffixes = (".md", ".markdown")
    writable = True

    def read(self, data: bytes, path: str) -> Document:
        text, enc, bom = decode(data, path)
        newline = newline_of(text)
        src = text.replace("\r\n", "\n")
        if src.startswith("\ufeff"):
            src = src[1:]
        plain, segments, masks, tables = extract_markdown(src)
        return Document(plain, path, format=self.name, encoding=enc, bom=bom, newline=newline,
                        paragraph_mode="block", extra_masks=masks, tables=tables,
                        source_map=SourceMap(src, segments))


def extract_markdown(src: str) -> Tuple[str, List[Segment], List[Mask], List[Table]]:
    """(plain text, segments, masks, tables) of Markdown ``src`` (LF line ends)."""
    md = _parser()
    parse_src = src
    fm = _FRONT_MATTER.match(src)
    if fm:  # front matter: blanked (same line count), gives no text
        parse_src = re.sub(r"[^\n]", " ", fm.group()) + src[fm.end():]
    starts = [0] + [m.end() for m in re.finditer("\n", src)]
    b = _Builder(src, starts)
    env: dict = {}
    tokens = md.parse(parse_src, env)
    tables: List[Table] = []
    table_rows: Optional[List[List[TableCell]]] = None
    in_head = False
    header_rows = 0
    cell_start = 0
    list_markers: List[Optional[int]] = []  # per open list item: source line of an ordered marker
    for i, tok in enumerate(tokens):
        t = tok.type
        if tok.map and t not in ("inline",):
            b.cursor = max(b.cursor, b.line_offset(tok.map[0]))
        if t == "list_item_open":
            ordered = tok.markup in (".", ")")
            list_markers.append(tok.map[0] if ordered and tok.map else None)
        elif t == "list_item_close":
            if list_markers:
                list_markers.pop()
        elif t in ("paragraph_open", "heading_open"):
            b.end_line()
            if list_markers and list_markers[-1] is not None and tok.map and tok.map[0] == list_markers[-1]:
                # the ordinal of an ordered list item is the report's own numbering: keep it
                line = b.line_offset(tok.map[0])
                end = b.line_offset(tok.map[0] + 1)
                m = re.compile(r"[ \t>]*(\d{1,9}[.)])[ \t]*").match(src, line, end)
                if m:
                    b.add(src[m.start(1):m.end()], m.start(1), m.end() - m.start(1), True)
                    b.cursor = m.end()
                list_markers[-1] = None
        elif t in ("paragraph_close", "heading_close"):
            b.end_line()
        elif t == "inline":
            limit = b.line_offset(tok.map[1]) if tok.map else len(src)
            _inline(md, tok, b, limit, env)
        elif t in ("th_open", "td_open"):
            b.end_line()
            cell_start = b.pos
        elif t in ("th_close", "td_close"):
            end = b.pos
            b.end_line()
            if table_rows is not None and table_rows:
                table_rows[-1].append(TableCell(cell_start, end, t == "th_close" or in_head))
        elif t == "tr_open":
            if table_rows is not None:
                table_rows.append([])
                if in_head:
                    header_rows += 1
        elif t == "table_open":
            table_rows, header_rows = [], 0
        elif t == "thead_open":
            in_head = True
        elif t == "thead_close":
            in_head = False
        elif t == "table_close":
            if table_rows is not None:
                rows = tuple(tuple(r) for r in table_rows)
                cells = [c for r in rows for c in r]
                tables.append(Table(rows, header_rows, min((c.start for c in cells), default=b.pos),
                                    max((c.end for c in cells), default=b.pos)))
            table_rows = None
        elif t == "code_block":
            _indented(tok, b)
        elif t == "html_block":
            _html_block(tok, b)
        # fence, hr, front matter: no text
    b.end_line()
    plain = "".join(b.parts)
    plain = plain.rstrip("\n")
    return plain, b.segments, b.masks, tables


def _indented(tok: Any, b: _Builder) -> None:
    """Indented code: each blank-line separated run that holds Chinese is prose (a
    report pasted with a space indent), one paragraph per line; other runs are code."""
    run: List[Tuple[int, str]] = []
    for ln in list(range(tok.map[0], tok.map[1])) + [-1]:
        line = b.src[b.line_offset(ln):b.line_offset(ln + 1)].rstrip("\n") if ln >= 0 else ""
        if line.strip():
            run.append((b.line_offset(ln), line))
            continue
        if run and any(_CJK.search(x) for _, x in run):
            for a, x in run:
                stripped = x.strip(" \t\u3000")
                b.end_line()
                b.add(stripped, a + x.index(stripped), len(stripped), True)
                b.end_line()
        run = []


def _html_block(tok: Any, b: _Builder) -> None:
    a, e = b.line_offset(tok.map[0]), b.line_offset(tok.map[1])
    b.end_line()
    for m in _HTML_TEXT.finditer(b.src, a, e):
        g = m.group()
        if g.startswith("<!--") and not g.rstrip().endswith("-->"):
            # an unclosed comment would hide the rest of the report: it is read as text
            at = m.start()
            for k, piece in enumerate(g.split("\n")):
                if k:
                    b.end_line()
                stripped = piece.strip(" \t\u3000")
                if stripped:
                    b.add(stripped, at + piece.index(stripped), len(stripped), True)
                at += len(piece) + 1
        elif g.startswith("<!--"):
            b.end_line()
            b.add(g.rstrip("\n"), m.start(), len(g.rstrip("\n")), True, "code")  # directives stay findable
            b.end_line()
        elif m.group(2) is not None:
            piece = g.strip(" \t\n\u3000")
            if piece:
                if "\n\n" in g:
                    b.end_line()
                b.add(piece, m.start() + g.index(piece), len(piece), True)
    b.end_line()


def _inline(md: Any, tok: Any, b: _Builder, limit: int, env: dict) -> None:
    content = tok.content
    if len(content) > _LONG and content.count("[") > _MAX_BRACKETS:
        children = None  # pathological bracket soup: read as plain text, line by line
    else:
        children = []
        md.inline.parse(content, md, env, children)
    if children is None:
        for k, piece in enumerate(content.split("\n")):
            if k:
                b.add_found("\n", limit)
            b.add_found(piece, limit)
        return
    for k, c in enumerate(children):
        ct = c.type
        if ct == "text":
            b.add_found(c.content, limit)
        elif ct == "text_special":
            at = b.src.find(c.markup, b.cursor, min(limit, b.cursor + len(c.markup) + _WINDOW)) if c.markup else -1
            if at == -1:
                b.add(c.content, b.cursor, 0, False)
            else:
                b.add(c.content, at, len(c.markup), False)
                b.cursor = at + len(c.markup)
        elif ct == "code_inline":
            b.add_found(c.content, limit, "code")
        elif ct in ("softbreak", "hardbreak"):
            # the line break of the source stays (a paragraph keeps its lines, as in .txt
            # blocks); the markup of a hard break (trailing spaces, a backslash) does not
            at = b.src.find("\n", b.cursor, limit)
            if at == -1:
                b.glue("\n")
            else:
                b.add("\n", at, 1, True)
                b.cursor = at + 1
        elif ct == "html_inline":
            if c.content.startswith("<!--"):
                b.add_found(c.content, limit, "code")
            else:  # a tag: no text; move past it
                at = b.src.find(c.content, b.cursor, min(limit, b.cursor + len(c.content) + _WINDOW))
                if at != -1:
                    b.cursor = at + len(c.content)
        elif ct == "image":
            # the alt text of an image is not read (it is not shown); its children are the alt text
            pass
        # strong/em/s/link open and close: markup only
