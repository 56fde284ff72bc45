"""Character translations of whole texts, done only where they change something (a shared service).

``str.translate`` with a table costs 60–100 ns a character on Chinese text (one dictionary
lookup a character), and the rules translate whole documents: full-width digits to ASCII
before matching figures, traditional characters to simplified before matching phrases.  Most
documents hold none or a few of the characters a table maps.  :class:`Translation` behaves like
``text.translate(table)`` but first looks for the table's characters with one compiled character
class (a few ns a character) and translates only the runs it finds: a text without them comes
back unchanged, at once.

:func:`fullwidth_digits` is the document's masked text with full-width digits, point and percent
as ASCII (what the quantity service and the number-usage rules read), computed once a document.
"""
from __future__ import annotations

import re
from typing import Any, Dict, Mapping, Optional, Union

#: strings shorter than this are translated directly (nothing to gain from a search)
_SHORT = 256
#: tables of at most this many characters are applied with str.replace, one character after another
#: (a full-width comma in every sentence made the run-by-run substitution 10x slower than this)
_REPLACE_MAX = 24
#: a text at least this long is translated by :meth:`Translation.lean` in :meth:`Translation.sized` (memory before
#: speed: ~0.4 s more for 18 M characters, and one copy of the text less at once)
LEAN = 1 << 20


class Translation:
    """``Translation(table)(text) == text.translate(table)`` for a ``str.maketrans`` table
    whose keys are single characters."""

    __slots__ = ("table", "_keys", "_runs", "_others", "_pairs", "_list")

    def __init__(self, table: Mapping[int, Union[int, str, None]]) -> None:
        self.table: Dict[int, Any] = dict(table)
        self._keys = "".join(sorted(chr(k) for k in self.table))
        self._runs: Optional["re.Pattern[str]"] = None
        self._others: Optional["re.Pattern[str]"] = None
        # a small table whose replacements hold none of its characters: one str.replace per
        # character (a fast search in C) gives what translate gives, in any order
        pairs = tuple((chr(k), v if isinstance(v, str) else "" if v is None else chr(v))
                      for k, v in sorted(self.table.items()))
        self._pairs = pairs if len(pairs) <= _REPLACE_MAX and not set("".join(b for _, b in pairs)) & set(self._keys) \
            else None
        self._list: Optional[list] = None

    def _repl(self, m: "re.Match[str]") -> str:
        return m.group().translate(self.table)

    def _classes(self) -> None:
        keys = "".join(map(re.escape, self._keys))
        self._runs = re.compile("[" + keys + "]+")
        self._others = re.compile("[^" + keys + "]*")

    def lean(self, text: str) -> str:
        """``self(text)``, allocating only the result: one ``str.translate`` pass over a list table (~22 ns a
        character; a character past its end is a LookupError, which translate reads as unmapped).  ``self(text)``
        holds two copies of the text at once when it translates (consecutive replacements, or re's pieces and
        their join): for a long text, the peak of a 50 MB document."""
        if not self._keys:
            return text
        if self._others is None:
            self._classes()
        if self._others.match(text).end() == len(text):  # type: ignore[union-attr]
            return text
        if self._list is None:
            table: list = list(range(max(self.table) + 1))
            for k, v in self.table.items():
                table[k] = v
            self._list = table
        return text.translate(self._list)

    def sized(self, text: str) -> str:
        """``self(text)``, by :meth:`lean` for a text of :data:`LEAN` characters or more."""
        return self(text) if len(text) < LEAN else self.lean(text)

    def __call__(self, text: str) -> str:
        if self._pairs is not None:
            for a, b in self._pairs:
                text = text.replace(a, b)
            return text
        if len(text) < _SHORT or not self._keys:
            return text.translate(self.table)
        if self._runs is None:
            self._classes()
        # none of the table's characters: the run of other characters is read by re's repeat loop,
        # ~3x faster than a search for the class (most texts hold none of them)
        if self._others.match(text).end() == len(text):  # type: ignore[union-attr]
            return text
        return self._runs.sub(self._repl, text)


_FULLWIDTH = Translation(str.maketrans("０１２３４５６７８９．％", "0123456789.%"))
#: the same table for :func:`fullwidth_text` (another cache, of the unmasked text, with its own lifetime: dropped with
#: the text copies after the run's last rule, ``runner.lifetimes``)
_FULLWIDTH_RAW = Translation(str.maketrans("０１２３４５６７８９．％", "0123456789.%"))


def fullwidth_text(doc: Any) -> str:
    """``doc.text`` (unmasked) with full-width digits, point and percent as ASCII (same length; cached): what the
    table reader reads, so that a row printed in full-width digits (行政复议 ３１２ ３９８ ２７．６％) is the row it is in
    ASCII digits.  The text itself when it holds none of them."""
    cached = doc.__dict__.get("_fullwidth_text")
    if cached is None:
        text = doc.text
        cached = doc.__dict__["_fullwidth_text"] = _FULLWIDTH_RAW(text) if len(text) < LEAN else _FULLWIDTH_RAW.lean(text)
    return cached


def fullwidth_digits(doc: Any) -> str:
    """``doc.masked()`` with full-width digits, point and percent as ASCII (same length; cached)."""
    cached = doc.__dict__.get("_fullwidth_digits")
    if cached is None:
        masked = doc.masked()
        cached = doc.__dict__["_fullwidth_digits"] = _FULLWIDTH(masked) if len(masked) < LEAN else _FULLWIDTH.lean(masked)
    return cached
