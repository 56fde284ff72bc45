"""The document model every rule works on (a shared service: rules never re-parse).

``Document.text`` is the decoded text with a leading BOM removed and ``\\r\\n``
normalised to ``\\n`` (columns do not change, since ``\\r`` only ever ends a
line; ``Document.newline`` remembers the original line ending for fixes).
Offsets everywhere are code-point offsets into ``Document.text``.

Lines split on ``\\r\\n`` and ``\\n`` only (not on U+2028, form feed and the
other characters ``str.splitlines`` treats as line breaks), as SARIF requires.

Everything else is computed lazily and cached: paragraphs, sentences, clauses,
masked spans, the heading tree, the dominant script, the document kind.
"""
from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from functools import cached_property
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Dict, FrozenSet, Iterable, Iterator, List, NamedTuple, Optional, Tuple

from .compact import SLOTS

#: offsets lists longer than this are kept as machine integers (``array('q')``: 8 bytes an offset
#: instead of an int object and a list slot, ~36 bytes; 16 MiB on the 50 MB report); bisect reads
#: both alike, a short list a little faster
_ARRAY_FROM = 50_000


def _starts(values: List[int]) -> Sequence[int]:
    if len(values) <= _ARRAY_FROM:
        return values
    from array import array
    return array("q", values)

if TYPE_CHECKING:  # pragma: no cover
    from .sourcemap import SourceMap
    from .headings import HeadingTree
    from .quantities import Quantity
    from .scripts import ScriptProfile

#: the character masked spans are replaced with in :meth:`Document.masked`
MASK_CHAR = "\ue000"

# masks rules skip by default: titles of documents/laws, document numbers, URLs...
DEFAULT_MASKS: FrozenSet[str] = frozenset({"title", "docno", "url", "email", "phone", "code"})
MASK_KINDS: FrozenSet[str] = DEFAULT_MASKS | {"quote"}

_MASK_PATTERNS: Tuple[Tuple[str, "re.Pattern[str]"], ...] = (
    ("url", re.compile(r"(?:https?://|www\.)[A-Za-z0-9\-._~:/?#\[\]@!$&'*+,;=%]+")),
    # a local part starts only where the run of local-part characters starts (the lookbehind) and is
    # at most 64 long, the domain at most 253: linear on a long run of digits or % (never quadratic)
    ("email", re.compile(r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9.\-]{1,253}\.[A-Za-z]{2,63}(?![A-Za-z])")),
    # 厅字〔2019〕28号, 京政发[2023]5号, 〔2023〕第5号, (2023)京0112行初123号
    ("docno", re.compile(
        r"[\u4e00-\u9fff]{0,8}[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]"
        r"\s*[\u4e00-\u9fff]{0,10}第?\s*\d+\s*号")),
    ("phone", re.compile(r"(?<![\d.])(?:0\d{2,3}-\d{7,8}|1[3-9]\d{9}|400-?\d{3}-?\d{4}|12345(?=\D)|12348(?=\D))(?![\d.])")),
    ("title", re.compile(r"《[^《》\n]{0,150}》|〈[^〈〉\n]{0,150}〉")),
    ("quote", re.compile(r"“[^“”\n]{0,300}”|「[^「」\n]{0,300}」")),
)

# (``[。！？!?]+[”’」』）)]*|…{1,2}(?=[”’」』]?$)``, written to open with the class of its first characters: ``re`` then
# skips in C to the next candidate with the class's bitmap; a pattern opening with a lookahead or an alternation is
# tried at every character, 1.5–2 times as slow.  The lookbehind tells which alternative the first character opened)
_SENTENCE_END = re.compile(r"[。！？!?…](?:(?<=[。！？!?])[。！？!?]*[”’」』）)]*|(?<=…)…?(?=[”’」』]?$))")
#: the same sentence ends as read before (tests/test_speed16.py compares the two)
SENTENCE_END_PLAIN = r"[。！？!?]+[”’」』）)]*|…{1,2}(?=[”’」』]?$)"
_CLAUSE_SEP = re.compile(r"[，,；;：:]")
_ATX_LINE = re.compile(r"#{1,6}[ \t]")
_BLOCK_START = re.compile(r"#{1,6}[ \t]|[ \t]*[-*+][ \t]+\S|[ \t]*\d{1,2}[.)][ \t]")


#: what a match of each mask pattern must contain: a text without it has no such span
_MASK_NEEDS = {"url": ("http", "www."), "email": ("@",), "docno": ("号",), "phone": ("0", "1", "4")}
#: the docno pattern from its bracket on: a match of the whole pattern is this one preceded by
#: up to 8 CJK characters (which cannot contain the bracket)
_DOCNO_TAIL = re.compile(_MASK_PATTERNS[2][1].pattern[len(r"[\u4e00-\u9fff]{0,8}"):])
_DOCNO_HEAD = 8


def _mask_matches(kind: str, pat: "re.Pattern[str]", text: str) -> Iterable["re.Match[str]"]:
    """``pat.finditer(text)`` for the mask pattern of ``kind``, without trying it where it cannot
    match: a text lacking what every match contains is skipped, the phone and e-mail patterns
    (which start with a lookbehind, so ``re`` tries them at every character) are tried only where
    their first character is (:func:`lintgov.lazyre.finditer`), and the document-number pattern
    (which starts with an optional run of CJK characters, tried at every CJK character) only
    before its brackets (tests/test_speed_paths.py compares them with plain ``finditer``)."""
    needs = _MASK_NEEDS.get(kind)
    if needs is not None and not any(n in text for n in needs):
        return ()
    if kind == "docno":
        return _docno_matches(pat, text)
    if kind in ("phone", "email"):
        from .lazyre import finditer
        return finditer(pat, text)
    return pat.finditer(text)


def _docno_matches(pat: "re.Pattern[str]", text: str) -> Iterable["re.Match[str]"]:
    # A match starting at p consumes the CJK characters from p and then needs the bracket, which
    # is not CJK: the bracket is the first character after p that is not CJK.  So for a tail
    # match at bracket b, the leftmost start is b less the CJK characters just before it (at most
    # 8, and not before the end of the previous match); the tail matches from b whatever p is.
    nxt = 0
    match = pat.match
    for t in _DOCNO_TAIL.finditer(text):
        b = t.start()
        a = b
        lo = max(nxt, b - _DOCNO_HEAD)
        while a > lo and "\u4e00" <= text[a - 1] <= "\u9fff":
            a -= 1
        m = match(text, a)
        if m is None or m.end() != t.end():   # pragma: no cover - excluded by the reasoning above
            yield from pat.finditer(text, nxt)
            return
        yield m
        nxt = m.end()


class Span(NamedTuple):
    start: int
    end: int


@dataclass(frozen=True, **SLOTS)
class Paragraph:
    """One paragraph of a document: its index, content span, line and raw start."""
    index: int          # 0-based
    start: int          # offset of the first content character (after indentation / markup)
    end: int            # offset after the last character (before the line end)
    line: int           # 1-based line of start
    raw_start: int      # offset of the first character of the paragraph's first line


@dataclass(frozen=True, **SLOTS)
class Sentence:
    """One sentence: its span and the paragraph holding it."""
    start: int
    end: int
    paragraph: int      # index into Document.paragraphs


@dataclass(frozen=True, **SLOTS)
class Clause:
    """One clause: its span and the sentence holding it."""
    start: int
    end: int
    sentence: int       # index into Document.sentences


@dataclass(frozen=True, **SLOTS)
class Mask:
    """A span the rules do not read as prose (a URL, a quotation, a document number…) and its kind."""
    start: int
    end: int
    kind: str


@dataclass(frozen=True, **SLOTS)
class TableCell:
    """One cell of a table: ``doc.text[start:end]`` is its text (cells are also
    paragraphs of the extracted text, so every offset stays a text offset).
    ``header`` marks a header cell (``<th>``, a Word header row, a Markdown header)."""

    start: int
    end: int
    header: bool = False


@dataclass(frozen=True)
class Table:
    """A table as the reader saw it (.docx, .html, .md; plain-text readers give none).

    ``rows`` are lists of cells in reading order (merged cells appear once, in the
    first row/column they cover); ``header_rows`` is how many leading rows are
    headers.  ``start``/``end`` span the whole table in ``doc.text``.  The claims
    layer reads 合计 rows, 占比 and 同比 columns from here."""

    rows: Tuple[Tuple[TableCell, ...], ...]
    header_rows: int = 0
    start: int = 0
    end: int = 0

    def cell_text(self, doc: "Document", row: int, col: int) -> str:
        r = self.rows[row]
        return doc.text[r[col].start:r[col].end] if col < len(r) else ""


class TextLines(Sequence):
    """The lines of a text (without their line breaks) as a read-only sequence of ``str``, each
    sliced from the text when asked, so that a document does not hold its text twice (a list of
    line strings costs as much as the text again, and more for short lines).  Compares equal to
    a list or tuple of the same lines."""

    __slots__ = ("_text", "_starts")

    def __init__(self, text: str, starts: List[int]) -> None:
        self._text = text
        self._starts = starts

    def __len__(self) -> int:
        return len(self._starts)

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self._starts)))]
        starts = self._starts
        n = len(starts)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("line index out of range")
        return self._text[starts[i]:starts[i + 1] - 1 if i + 1 < n else len(self._text)]

    def __iter__(self) -> Iterator[str]:
        text, starts = self._text, self._starts
        for a, b in zip(starts, starts[1:]):
            yield text[a:b - 1]
        yield text[starts[-1]:]

    def __eq__(self, other: Any) -> bool:
        if isinstance(other, (list, tuple, TextLines)):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"TextLines({len(self)} lines)"


class Document:
    """A report as rules see it.

    ``path`` is the display path (relative to the working directory when it can
    be); ``format`` is the reader's name (``txt``, ``md``...); ``encoding`` the
    codec the bytes were decoded with.  ``paragraph_mode`` is ``"line"`` (every
    non-blank line is a paragraph, as in plain-text reports) or ``"block"``
    (paragraphs are separated by blank lines, as in Markdown).
    ``extra_masks`` are spans a reader wants rules to skip (Markdown code blocks,
    front matter) and ``heading_prefixes`` maps a paragraph's raw start to the
    length of markup before its content (``# `` in Markdown).
    """

    def __init__(self, text: str, path: str = "<text>", *, format: str = "txt",
                 encoding: str = "utf-8", bom: bool = False, newline: str = "\n",
                 paragraph_mode: str = "line", extra_masks: Iterable[Mask] = (),
                 content_offsets: Optional[Dict[int, int]] = None,
                 source_path: Optional[str] = None, meta: Optional[Dict[str, Any]] = None,
                 tables: Iterable[Table] = (), source_map: "Optional[SourceMap]" = None) -> None:
        if text.startswith("\ufeff"):
            text, bom = text[1:], True
        if "\r\n" in text:
            newline = "\r\n" if text.count("\r\n") * 2 >= text.count("\n") else newline
            text = text.replace("\r\n", "\n")
        self.text = text
        self.path = path
        self.source_path = source_path
        self.format = format
        self.encoding = encoding
        self.bom = bom
        self.newline = newline
        self.paragraph_mode = paragraph_mode
        self.extra_masks = tuple(extra_masks)
        self.content_offsets = dict(content_offsets or {})
        #: free-form data a reader or a plugin attaches (for instance docx paragraph numbers)
        self.meta: Dict[str, Any] = dict(meta or {})
        #: tables the reader found (see :class:`Table`); empty for plain text
        self.tables: Tuple[Table, ...] = tuple(tables)
        #: where the text sits in the source file, when the reader removed markup
        #: (Markdown): locations are then the source's, fixes are mapped through it
        self.source_map = source_map
        starts = [0]
        starts.extend(itertools.accumulate(len(line) + 1 for line in text.split("\n")[:-1]))
        self.line_starts: List[int] = starts
        #: the lines (without their line breaks), sliced from ``text`` when asked: no second copy of the text
        self.lines: "TextLines" = TextLines(text, starts)

    def __repr__(self) -> str:
        return f"Document({self.path!r}, {len(self.text)} chars, {self.format})"

    # -- positions --------------------------------------------------------------
    def line_index(self, offset: int) -> int:
        """0-based index of the line holding ``offset``."""
        return max(0, bisect.bisect_right(self.line_starts, offset) - 1)

    @property
    def fix_text(self) -> str:
        """The text fixes are applied to: the source (Markdown with its markup) when the
        reader extracted the text through a :class:`~lintgov.sourcemap.SourceMap`, else ``text``."""
        return self.source_map.source if self.source_map is not None else self.text

    def position(self, offset: int) -> Tuple[int, int]:
        """(line, column) of ``offset``, both 1-based, column in code points (of the
        source file when the reader kept a source map)."""
        sm = self.source_map
        if sm is not None:
            src = sm.to_source(offset)
            i = sm.line_index(src)
            return i + 1, src - sm.line_starts[i] + 1
        i = self.line_index(offset)
        return i + 1, offset - self.line_starts[i] + 1

    def column(self, offset: int, unit: str = "utf16") -> int:
        """1-based column of ``offset`` in ``unit``: ``codepoint``, ``utf16`` or ``utf8``."""
        sm = self.source_map
        if sm is not None:
            src = sm.to_source(offset)
            i = sm.line_index(src)
            prefix = sm.source[sm.line_starts[i]:src]
        else:
            i = self.line_index(offset)
            prefix = self.lines[i][: offset - self.line_starts[i]]
        if unit == "codepoint":
            return len(prefix) + 1
        if unit == "utf16":
            return len(prefix.encode("utf-16-le")) // 2 + 1
        if unit == "utf8":
            return len(prefix.encode("utf-8")) + 1
        raise ValueError(unit)

    def line_text(self, line: int) -> str:
        """Text of 1-based ``line`` (a line of :meth:`position`) without its line end."""
        sm = self.source_map
        if sm is not None:
            a = sm.line_starts[line - 1]
            b = sm.source.find("\n", a)
            return sm.source[a:] if b == -1 else sm.source[a:b]
        return self.lines[line - 1]

    def original_offset(self, offset: int) -> int:
        """Offset in the original (CRLF) text, for SARIF ``charOffset``."""
        sm = self.source_map
        if sm is not None:
            src = sm.to_source(offset)
            return src + sm.line_index(src) if self.newline == "\r\n" else src
        if self.newline != "\r\n":
            return offset
        return offset + self.line_index(offset)

    def snippet(self, start: int, end: int, width: int = 12) -> str:
        """A short quote around ``[start, end)`` inside its paragraph, for messages."""
        p = self.paragraph_at(start)
        lo, hi = (p.start, p.end) if p else (0, len(self.text))
        a, b = max(lo, start - width), min(hi, end + width)
        return ("…" if a > lo else "") + self.text[a:b] + ("…" if b < hi else "")

    # -- paragraphs, sentences, clauses -------------------------------------------------
    @cached_property
    def paragraphs(self) -> List[Paragraph]:
        out: List[Paragraph] = []
        # code blocks, merged into sorted disjoint ranges: whether a line starts inside one is one
        # bisection (a Markdown file with many code blocks made this lines × blocks)
        lo: List[int] = []
        hi: List[int] = []
        for s, e in sorted((m.start, m.end) for m in self.extra_masks if m.kind == "code"):
            if hi and s <= hi[-1]:
                hi[-1] = max(hi[-1], e)
            elif s < e:
                lo.append(s)
                hi.append(e)

        def skipped(a: int) -> bool:
            i = bisect.bisect_right(lo, a) - 1
            return i >= 0 and a < hi[i]

        if self.paragraph_mode == "block":
            # blank-line separated blocks; a Markdown heading or list item starts a block of its own
            block_start = None
            prev_end = 0
            for i, line in enumerate(self.lines):
                s = self.line_starts[i]
                blank = not line.strip() or skipped(s)
                starts_block = bool(_BLOCK_START.match(line))
                if block_start is not None and (blank or starts_block):
                    self._add_paragraph(out, block_start, prev_end)
                    block_start = None
                if not blank:
                    if block_start is None:
                        block_start = s
                    prev_end = s + len(line)
                    if _ATX_LINE.match(line):
                        self._add_paragraph(out, block_start, prev_end)
                        block_start = None
            if block_start is not None:
                self._add_paragraph(out, block_start, prev_end)
        else:
            for i, line in enumerate(self.lines):
                if not line.strip() or skipped(self.line_starts[i]):
                    continue
                s = self.line_starts[i]
                self._add_paragraph(out, s, s + len(line))
        return out

    def _add_paragraph(self, out: List[Paragraph], raw_start: int, end: int) -> None:
        off = self.content_offsets.get(raw_start, 0)
        start = raw_start + off if off else raw_start
        text = self.text
        while start < end and text[start] in " \t\u3000\u00a0\ufeff":
            start += 1
        while end > start and text[end - 1] in " \t\u3000\u00a0\r":
            end -= 1
        out.append(Paragraph(len(out), start, end, self.line_index(start) + 1, raw_start))

    @cached_property
    def _paragraph_starts(self) -> Sequence[int]:
        return _starts([p.raw_start for p in self.paragraphs])

    def paragraph_at(self, offset: int) -> Optional[Paragraph]:
        i = bisect.bisect_right(self._paragraph_starts, offset) - 1
        if i >= 0 and offset <= self.paragraphs[i].end:
            return self.paragraphs[i]
        return None

    @cached_property
    def sentences(self) -> List[Sentence]:
        masked = self.masked()
        out: List[Sentence] = []
        for p in self.paragraphs:
            pos = p.start
            for m in _SENTENCE_END.finditer(masked, p.start, p.end):
                end = m.end()        # (one int object for this end and the next start: memory)
                out.append(Sentence(pos, end, p.index))
                pos = end
                while pos < p.end and masked[pos] in " \t\u3000":
                    pos += 1
            if pos < p.end:
                out.append(Sentence(pos, p.end, p.index))
        return out

    @cached_property
    def _sentence_starts(self) -> Sequence[int]:
        return _starts([s.start for s in self.sentences])

    def sentence_at(self, offset: int) -> Optional[Sentence]:
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and offset < max(self.sentences[i].end, self.sentences[i].start + 1):
            return self.sentences[i]
        return None

    def sentence_index(self, offset: int) -> int:
        return bisect.bisect_right(self._sentence_starts, offset) - 1

    @cached_property
    def clauses(self) -> List[Clause]:
        masked = self.masked()
        out: List[Clause] = []
        for si, s in enumerate(self.sentences):
            pos = s.start
            for m in _CLAUSE_SEP.finditer(masked, s.start, s.end):
                # a comma between digits is a thousands separator, not a clause break
                if m.group() == "," and 0 < m.start() and masked[m.start() - 1].isdigit() \
                        and masked[m.end():m.end() + 1].isdigit():
                    continue
                end = m.end()
                out.append(Clause(pos, end, si))
                pos = end
            if pos < s.end:
                out.append(Clause(pos, s.end, si))
        return out

    def clauses_of(self, sentence_index: int) -> List[Clause]:
        return [c for c in self.clauses if c.sentence == sentence_index]

    # -- masks --------------------------------------------------------------------
    @cached_property
    def masks(self) -> List[Mask]:
        """Spans rules may skip: ``title`` (《…》), ``docno`` (〔2023〕5号), ``url``,
        ``email``, ``phone``, ``quote`` (“…”), and ``code`` from the reader."""
        found: List[Mask] = list(self.extra_masks)
        # (full-width digits read as ASCII: １２３４５热线 is the hotline 12345热线 is; same length, same spans)
        from .textfold import fullwidth_text
        text = fullwidth_text(self)
        for kind, pat in _MASK_PATTERNS:
            for m in _mask_matches(kind, pat, text):
                found.append(Mask(m.start(), m.end(), kind))
        found.sort(key=lambda m: (m.start, -m.end))
        return found

    def masked(self, kinds: Iterable[str] = DEFAULT_MASKS) -> str:
        """``text`` with the spans of ``kinds`` replaced by :data:`MASK_CHAR` (same
        length, so offsets stay valid)."""
        key = frozenset(kinds)
        cache = self.__dict__.setdefault("_masked_cache", {})
        if key not in cache:
            parts: List[str] = []
            pos = 0
            for m in self.masks:
                if m.kind not in key or m.end <= pos:
                    continue
                s = max(m.start, pos)
                parts.append(self.text[pos:s])
                # keep line ends so line structure survives masking
                seg = self.text[s:m.end]
                parts.append(re.sub(r"[^\n]", MASK_CHAR, seg) if "\n" in seg else MASK_CHAR * len(seg))
                pos = m.end
            parts.append(self.text[pos:])
            cache[key] = "".join(parts)
        return cache[key]

    def is_masked(self, start: int, end: Optional[int] = None, kinds: Iterable[str] = DEFAULT_MASKS) -> bool:
        """Whether ``[start, end)`` overlaps a masked span of ``kinds``."""
        end = start + 1 if end is None else end
        key = kinds if isinstance(kinds, frozenset) else frozenset(kinds)
        index = self.__dict__.setdefault("_mask_index", {}).get(key)
        if index is None:
            # masks of these kinds by start, with the furthest end reached so far: a span overlaps a
            # mask when one starting before its end reaches past its start (one bisection)
            spans = sorted((m.start, m.end) for m in self.masks if m.kind in key)
            index = self._mask_index[key] = ([a for a, _ in spans], list(itertools.accumulate((b for _, b in spans), max)))
        starts, reach = index
        i = bisect.bisect_left(starts, end)
        return i > 0 and reach[i - 1] > start

    def masked_char_in(self, start: int, end: int, kinds: Iterable[str] = DEFAULT_MASKS) -> bool:
        """``MASK_CHAR in self.masked(kinds)[start:end]``, without making the masked text when it is not made yet
        (a copy of the whole text: 36 MiB on an 18 M-character compilation): the text itself holds one there, or a
        character other than a line end lies in a span of those kinds (the union of their spans is what
        :meth:`masked` replaces, line ends kept)."""
        key = kinds if isinstance(kinds, frozenset) else frozenset(kinds)
        made = self.__dict__.get("_masked_cache", {}).get(key)
        if made is not None:
            return MASK_CHAR in made[start:end]
        if MASK_CHAR in self.text[start:end]:
            return True
        union = self.__dict__.setdefault("_mask_union", {}).get(key)
        if union is None:
            lo: List[int] = []
            hi: List[int] = []
            for a, b in sorted((m.start, m.end) for m in self.masks if m.kind in key and m.end > m.start):
                if hi and a <= hi[-1]:
                    hi[-1] = max(hi[-1], b)
                else:
                    lo.append(a)
                    hi.append(b)
            union = self._mask_union[key] = (lo, hi)
        lo, hi = union
        j = max(0, bisect.bisect_right(lo, start) - 1)
        while j < len(lo) and lo[j] < end:
            a, b = max(lo[j], start), min(hi[j], end)
            if a < b and self.text.count("\n", a, b) != b - a:
                return True
            j += 1
        return False

    # -- structure and language ------------------------------------------------------
    @cached_property
    def headings(self) -> "HeadingTree":
        from .headings import parse_headings
        return parse_headings(self)

    def _script_text(self) -> str:
        # what the reader marked as not prose (Markdown code, front matter) does not count
        code = any(m.kind == "code" for m in self.extra_masks)
        return self.masked({"code"}) if code else self.text

    @cached_property
    def script_profile(self) -> "ScriptProfile":
        from .scripts import profile_text
        return profile_text(self._script_text())

    @property
    def script(self) -> str:
        """Dominant script: ``simplified``, ``traditional`` or ``unknown`` (the profile's
        :attr:`~lintgov.scripts.ScriptProfile.dominant`; without the profile, from counts that stop
        once the answer is certain: :func:`lintgov.scripts.dominant_script_of`)."""
        prof = self.__dict__.get("script_profile")
        if prof is not None:
            return prof.dominant
        got = self.__dict__.get("_dominant_script")
        if got is None:
            from .scripts import dominant_script_of
            got = self.__dict__["_dominant_script"] = dominant_script_of(self._script_text())
        return got

    @cached_property
    def title(self) -> Optional[Span]:
        """The title line, when the document opens with one (a short first paragraph
        without sentence-ending punctuation that is not a numbered heading)."""
        from .kind import find_title
        return find_title(self)

    @cached_property
    def kind(self) -> str:
        """``law-gov-annual-report``, ``report`` or ``other`` (see :mod:`lintgov.kind`)."""
        from .kind import classify
        return classify(self)

    @cached_property
    def quantities(self) -> "List[Quantity]":
        """Every number mention with value, precision, unit (see :mod:`lintgov.quantities`)."""
        from .quantities import extract
        return extract(self)

    @cached_property
    def report_year(self) -> Optional[int]:
        """The year the report is about, from the title or the opening (现将2023年…报告如下)."""
        from .kind import report_year
        return report_year(self)

    @cached_property
    def issuer(self) -> Optional[str]:
        """The body issuing the report (from the title, the opening or the signature), if found."""
        from .kind import issuer
        return issuer(self)

    def slice(self, span: Any) -> str:
        return self.text[span.start:span.end] if span is not None else ""


