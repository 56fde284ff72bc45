"""Running the jobs of a run in a pool of worker processes (``-j N``).

Jobs are small (a path and a configuration key; the worker reads the file), results are
small records (:class:`~lintgov.runner.core.DocResult`: findings as views, no document), and
``imap`` hands them back in the order of the jobs, so the output is the same as with ``-j1``
and the parent holds only records.  On POSIX the workers are forked from the parent (the
plugins it loaded come with them); elsewhere they are spawned and load the plugins again.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
from typing import Any, Callable, Iterable, Iterator, Optional

_SPEC: list = [None]


def _init(spec: Any) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _SPEC[0] = spec


def _call(args: Any) -> Any:
    fn, item = args
    return fn(item, _SPEC[0])


def _context() -> Any:
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods and os.name == "posix" else "spawn")


class PoolExecutor:
    def __init__(self, spec: Any, jobs: int) -> None:
        self.spec = spec
        self.jobs = jobs
        self._pool: Optional[Any] = None

    def _get(self) -> Any:
        if self._pool is None:
            self._pool = _context().Pool(self.jobs, initializer=_init, initargs=(self.spec,))
        return self._pool

    def map(self, fn: Callable[[Any, Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        pool = self._get()
        try:
            yield from pool.imap(_call, ((fn, it) for it in items), chunksize=1)
        except BaseException:
            pool.terminate()
            self._pool = None
            raise

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool.join()
            self._pool = None
