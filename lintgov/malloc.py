"""glibc's allocator for one very large document (issue 14: the peak memory of a 50 MB file).

glibc serves a block of at least its *mmap threshold* from a mapping of its own, given back to
the system when the block is freed, and smaller blocks from its heap, which keeps freed space
for later blocks.  The threshold starts at 128 KiB and rises to the size of every mapped block
freed, up to 32 MiB.  Linting a long document makes and frees many blocks between 1 and 32 MiB
(translated copies of pieces of the text, lists of hit positions, per-line conversions): once
the threshold has risen they come from the heap, whose free space is then too fragmented to be
given back or reused for the next large block.  On the 50 MB file (929 reports in one document)
that was ~30 MiB of the peak resident memory.  :func:`large_document` fixes the threshold at
1 MiB (which also turns off the rise) for the rest of the process, once a document of
:data:`LARGE` bytes or more is read; an ordinary report changes nothing.  Only where glibc's
``mallopt`` is found (elsewhere nothing is done).
"""
from __future__ import annotations

import sys
from typing import Any

#: a document at least this large (bytes as read) fixes the threshold
LARGE = 4 << 20
#: the fixed threshold: blocks of this size or more are mapped on their own
THRESHOLD = 1 << 20
_M_MMAP_THRESHOLD = -3

_done = False
_trim: Any = None


def large_document(size: int) -> bool:
    """Fix glibc's mmap threshold when a document of ``size`` bytes is about to be linted; True once it is set."""
    global _done
    if _done or size < LARGE or not sys.platform.startswith("linux"):
        return _done
    _done = True
    try:
        import ctypes
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError, ImportError):  # pragma: no cover - not glibc
        return False
    return bool(mallopt(_M_MMAP_THRESHOLD, THRESHOLD))


def trim() -> None:
    """Give the free pages of glibc's heap back to the system (``malloc_trim``): called after each rule
    of a document of :data:`LARGE` bytes or more.  A rule's passing copies and lists free memory in the
    middle of the heap, which stays resident; the next rule's own copies then add to it.  On the 50 MB
    file the resident memory before the rules that build the simplified copy fell by ~15 MiB."""
    global _trim
    if _trim is None:
        _trim = False
        if sys.platform.startswith("linux"):
            try:
                import ctypes
                _trim = ctypes.CDLL(None).malloc_trim
            except (OSError, AttributeError, ImportError):  # pragma: no cover - not glibc
                pass
    if _trim:
        _trim(0)
