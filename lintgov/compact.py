"""Compact in-memory records (issue 14: memory of one very large document).

A long document holds hundreds of thousands of small records (sentences, masks, quantities,
figures); their size, not their number, decides the peak memory of a 50 MB file.

* :data:`SLOTS` – keyword arguments for ``@dataclass``: on Python 3.10+ the record gets
  ``__slots__`` (a frozen dataclass of three int fields: 56 bytes instead of 96; no per-instance
  ``__dict__``).  On 3.9 it is empty and the records are ordinary dataclasses (same behaviour).
* :func:`word` – one shared ``str`` object for a short word read from the text (a unit, an
  approximation word): each ``match.group()`` is a new object of ~80 bytes for one CJK character,
  and a document repeats the same few dozen units a million times.
"""
from __future__ import annotations

import sys
from typing import Any, Dict

#: ``@dataclass(frozen=True, **SLOTS)``: slots where the interpreter supports them
SLOTS: Dict[str, Any] = {"slots": True} if sys.version_info >= (3, 10) else {}

_WORDS: Dict[str, str] = {}
_MAX_WORDS = 4096


def word(s: str) -> str:
    """``s`` itself or an equal string seen before (bounded table: only short words are kept)."""
    got = _WORDS.get(s)
    if got is not None:
        return got
    if len(s) <= 8 and len(_WORDS) < _MAX_WORDS:
        _WORDS[s] = s
    return s
