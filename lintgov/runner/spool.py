"""A spool: records written to a temporary file as they come and read back once, in the same
order, so that a run over thousands of files never holds them all in memory.

The runner spools each file's results while the cross-report pairs cannot be known yet (a
later file may be last year's report of an earlier one); the JSON and SARIF reports spool the
parts of the document that come after the findings, or whose head depends on every finding
(SARIF's rule list and truncation to GitHub's 25,000 results).  Small spools stay in memory
(as :class:`tempfile.SpooledTemporaryFile` does); a large one goes to an anonymous temporary file,
deleted when it is closed or when the process ends.  tempfile (which imports shutil and random) is
imported only then: a run over a few files never needs it.
"""
from __future__ import annotations

import io
import pickle
from typing import Any, Iterator, Tuple

#: bytes kept in memory before a spool moves to a temporary file
IN_MEMORY = 1 << 20


class Spool:
    def __init__(self, in_memory: int = IN_MEMORY) -> None:
        self._f: Any = io.BytesIO()
        self._in_memory = in_memory
        self._rolled = False
        self.count = 0

    def put(self, obj: Any) -> None:
        pickle.dump(obj, self._f, protocol=pickle.HIGHEST_PROTOCOL)
        self.count += 1
        if not self._rolled and self._f.tell() > self._in_memory:
            import tempfile
            f = tempfile.TemporaryFile()
            f.write(self._f.getvalue())
            self._f.close()
            self._f, self._rolled = f, True

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[Any]:
        """The records in the order they were put (once: a spool is read back one time)."""
        f = self._f
        f.seek(0)
        for _ in range(self.count):
            yield pickle.load(f)

    def close(self) -> None:
        self._f.close()

    def __enter__(self) -> "Spool":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


class Blobs:
    """Byte strings kept out of memory like a spool's records, but read back by the reference
    :meth:`put` returned, in any order (what phase 1 kept of each report for the pairs phase)."""

    def __init__(self, in_memory: int = IN_MEMORY) -> None:
        self._f: Any = io.BytesIO()
        self._in_memory = in_memory
        self._rolled = False
        self._end = 0

    def put(self, data: bytes) -> Tuple[int, int]:
        f = self._f
        f.seek(self._end)
        f.write(data)
        ref = (self._end, len(data))
        self._end += len(data)
        if not self._rolled and self._end > self._in_memory:
            import tempfile
            t = tempfile.TemporaryFile()
            t.write(f.getvalue())
            f.close()
            self._f, self._rolled = t, True
        return ref

    def get(self, ref: Tuple[int, int]) -> bytes:
        self._f.seek(ref[0])
        return self._f.read(ref[1])

    def close(self) -> None:
        self._f.close()
