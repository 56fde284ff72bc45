"""Offsets of an extracted text back to the source it was extracted from.

A reader that removes markup (Markdown emphasis, link targets, table pipes)
gives rules the plain text — ``Document.text`` — and a :class:`SourceMap` that
says where each run of plain text sits in the source file.  Locations
(``Document.position``, ``column``, ``line_text``, ``original_offset``) are then
those of the source, and fixes are mapped back by :meth:`SourceMap.edit`: an
edit is applied only when it lies inside one *exact* run (plain characters
that are the source's characters one for one); an edit touching markup, an
entity, an escape or a joined line break is never applied.
"""
from __future__ import annotations

import bisect
from typing import List, NamedTuple, Optional, Sequence, Tuple


class Segment(NamedTuple):
    plain: int          # start in the plain text
    plain_len: int
    source: int         # start in the source text
    source_len: int
    exact: bool         # plain[plain:plain+plain_len] == source[source:source+source_len]


class SourceMap:
    """``source`` is the source text (BOM removed, ``\\r\\n`` folded to ``\\n``, as
    ``Document.text`` of a plain-text reader); ``segments`` are sorted by ``plain``
    and do not overlap.  Offsets of the plain text between segments (separators
    the reader inserted) map to the end of the segment before them."""

    def __init__(self, source: str, segments: Sequence[Segment]) -> None:
        self.source = source
        self.segments: List[Segment] = list(segments)
        self._starts = [s.plain for s in self.segments]
        starts = [0]
        i = source.find("\n")
        while i != -1:
            starts.append(i + 1)
            i = source.find("\n", i + 1)
        self.line_starts = starts

    def to_source(self, offset: int) -> int:
        """The source offset of plain ``offset``."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i < 0:
            return self.segments[0].source if self.segments else 0
        s = self.segments[i]
        k = offset - s.plain
        if k >= s.plain_len:
            return s.source + s.source_len
        return s.source + k if s.exact else s.source

    def edit(self, start: int, end: int) -> Optional[Tuple[int, int]]:
        """The source range of the plain range ``[start, end)`` when an edit there is
        safe (inside one exact segment), else ``None``."""
        i = bisect.bisect_right(self._starts, start) - 1
        if i < 0:
            return None
        s = self.segments[i]
        if not s.exact or end > s.plain + s.plain_len or start > s.plain + s.plain_len:
            if start == end and i + 1 < len(self.segments) and self.segments[i + 1].plain == start \
                    and self.segments[i + 1].exact:
                return (self.segments[i + 1].source,) * 2
            return None
        return s.source + start - s.plain, s.source + end - s.plain

    def line_index(self, source_offset: int) -> int:
        return max(0, bisect.bisect_right(self.line_starts, source_offset) - 1)
