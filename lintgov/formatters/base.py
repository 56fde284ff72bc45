"""The interface of an output format, and helpers shared by the built-in ones."""
from __future__ import annotations

import weakref

from dataclasses import dataclass
from typing import TYPE_CHECKING, Dict, Sequence, Tuple

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document
    from ..engine import RunResult
    from ..rule import Finding


@dataclass
class FormatOptions:
    """What every output format is told: language, column unit, exit code, verbosity and fail level."""
    lang: str = "zh"
    column_unit: str = "utf16"
    exit_code: int = 0
    verbose: bool = False
    quiet: bool = False
    fail_level: str = "warning"
    #: --unsafe-fixes: unsafe fixes count as fixable ([*]) too
    unsafe_fixes: bool = False


def fixable(f: "Finding", opts: FormatOptions) -> bool:
    """Whether ``--fix`` (with ``opts.unsafe_fixes``: ``--fix --unsafe-fixes``) would apply the
    finding's fix (ruff's ``[*]``).  A fix touching what could be a name never counts."""
    fx = f.fix
    if fx is None or not fx.edits or fx.display_only:
        return False
    return fx.safe or opts.unsafe_fixes


class Formatter:
    """Renders a whole run.  ``name`` is the ``--output-format`` value."""

    name: str = ""
    aliases: Sequence[str] = ()
    description: str = ""

    def render(self, run: "RunResult", opts: FormatOptions) -> str:  # pragma: no cover - interface
        raise NotImplementedError


class Columns:
    """Columns of one document in code points, UTF-16 units or UTF-8 bytes, in time that does
    not grow with the length of the line (``Document.column`` encodes the line's prefix on every
    call: on a one-line 3 MB report with thousands of findings that is quadratic).  UTF-16
    columns count the astral characters before the offset (a sorted list, bisected); UTF-8
    columns continue from the last offset asked on the same line (findings come in order)."""

    def __init__(self, doc: "Document") -> None:
        self._doc = weakref.ref(doc)      # (the document holds this object: no reference cycle)
        self._astral: "list | None" = None
        self._utf8: Dict[int, Tuple[int, int]] = {}

    @property
    def doc(self) -> "Document":
        return self._doc()

    @classmethod
    def of(cls, doc: "Document") -> "Columns":
        c = doc.__dict__.get("_lintgov_columns")
        if c is None:
            c = doc.__dict__["_lintgov_columns"] = cls(doc)
        return c

    def astral_before(self, offset: int) -> int:
        """How many characters outside the BMP (two UTF-16 units each) precede ``offset``."""
        if self._astral is None:
            import re
            self._astral = [m.start() for m in re.finditer("[\U00010000-\U0010ffff]", self.doc.text)]
        if not self._astral:
            return 0
        import bisect
        return bisect.bisect_left(self._astral, offset)

    def column(self, offset: int, unit: str = "utf16") -> int:
        doc = self.doc
        i = doc.line_index(offset)
        ls = doc.line_starts[i]
        if unit == "codepoint":
            return offset - ls + 1
        if unit == "utf16":
            return offset - ls + self.astral_before(offset) - self.astral_before(ls) + 1
        if unit == "utf8":
            at, n = self._utf8.get(i, (ls, 0))
            if offset < at:
                at, n = ls, 0
            n += len(doc.text[at:offset].encode("utf-8"))
            self._utf8[i] = (offset, n)
            return n + 1
        raise ValueError(unit)


def region(doc: "Document", start: int, end: int, unit: str = "utf16") -> Tuple[int, int, int, int]:
    """(startLine, startColumn, endLine, endColumn), 1-based, end column exclusive."""
    if not doc.text:
        return 1, 1, 1, 1
    sl, _ = doc.position(start)
    el, _ = doc.position(end)
    c = Columns.of(doc)
    return sl, c.column(start, unit), el, c.column(end, unit)


LEVEL_NAMES: Dict[str, Dict[str, str]] = {
    "zh": {"error": "错误", "warning": "警告", "note": "提示"},
    "en": {"error": "error", "warning": "warning", "note": "note"},
}


#: characters that must not reach a line-oriented output raw: C0/C1 controls (a newline in a
#: file name would break one-finding-per-line), DEL, line/paragraph separators and bidi controls
#: (which can make a name display as something else)
_UNSAFE = None


def _unsafe():
    global _UNSAFE
    if _UNSAFE is None:
        import re
        _UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")
    return _UNSAFE


def _escape_char(m) -> str:
    c = m.group()
    named = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
    if c in named:
        return named[c]
    o = ord(c)
    return f"\\x{o:02x}" if o < 0x100 else f"\\u{o:04x}"


def one_line(s: str) -> str:
    """``s`` with control, line-separator and bidi characters written as escapes (``\\n``,
    ``\\x1b``, ``\\u202e``), so that it stays on one line and shows what it is."""
    return _unsafe().sub(_escape_char, s) if s else s


def display_name(path: str) -> str:
    """A file name as line-oriented outputs (text, concise, full) print it: on one line
    (:func:`one_line`), and never starting with ``::`` — GitHub Actions would execute such a
    line of a log as a workflow command (``::error::…``, ``::add-mask::…``), so a relative
    name that starts with a colon is written ``./::…``, which names the same file."""
    s = one_line(path)
    return "./" + s if s.startswith(":") else s


def summary_counts(findings: Sequence["Finding"]) -> Dict[str, int]:
    counts = {"error": 0, "warning": 0, "note": 0}
    for f in findings:
        counts[f.level] = counts.get(f.level, 0) + 1
    return counts
