"""Linting on a Dask cluster (``pip install 'lintgov[dask]'``).

The per-document lint (:func:`lintgov.runner.core.lint_job`) and the cross-report phase
(:func:`lintgov.runner.core.lint_pair_group`) are mapped over the cluster with
``Client.map``; results come back as records and are put in job order, so the output is the
same as a local run's — cross-report pairing included, since pairing uses the keys every
document's result carries, wherever it was linted.

By default this process reads each file and ships its bytes (workers need no access to the
files); ``read_on_workers=True`` sends paths only, for a cluster that mounts the same archive
at the same path.  At most ``window`` documents are in flight at once, so memory stays
bounded on both sides.

    from dask.distributed import Client
    from lintgov.runner import lint_paths_dask
    run = lint_paths_dask(Client("tcp://scheduler:8786"), ["archive/"])
    for f in run.findings: print(f.path, f.code, f.message("en"))
"""
from __future__ import annotations

import os
from dataclasses import replace
from typing import Any, Callable, Dict, Iterable, Iterator, List, Optional, Sequence

from .core import Job, PairJob, lint_job, lint_pair_group


def _lint_job(job: Job, spec: Any) -> Any:
    return lint_job(job, spec)


def _lint_pairs(group: List[PairJob], spec: Any) -> Any:
    return lint_pair_group(group, spec)


class DaskExecutor:
    """An executor (see :mod:`lintgov.runner.run`) over a ``distributed.Client``."""

    def __init__(self, client: Any, spec: Any = None, *, read_on_workers: bool = False, window: Optional[int] = None,
                 own_client: bool = False) -> None:
        self.client = client
        self.read_on_workers = read_on_workers
        self.own_client = own_client
        self._window = window
        self._spec_future = None
        self.spec = None
        if spec is not None:
            self.bind(spec)

    def bind(self, spec: Any) -> None:
        spec.cache_dir = None  # the workers' disks are not this machine's
        self.spec = spec
        self._spec_future = None

    @property
    def jobs(self) -> int:
        """The cluster's worker threads (phase 2 cuts long pair groups to keep them busy)."""
        try:
            return max(1, sum(self.client.nthreads().values()))
        except Exception:
            return 1

    @property
    def window(self) -> int:
        if self._window:
            return self._window
        try:
            n = sum(self.client.nthreads().values())
        except Exception:
            n = 2
        return max(4, 4 * n)

    def _ship(self, item: Any) -> Any:
        if self.read_on_workers:
            return item
        if isinstance(item, Job):
            return _with_data(item)
        if isinstance(item, list):  # a group of pairs: the bytes of each document once per pair
            return [replace(p, doc=_with_data(p.doc), prior=_with_data(p.prior)) for p in item]
        return item

    def map(self, fn: Callable[[Any, Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        from distributed import wait
        if self._spec_future is None:
            self.spec.cache_dir = None
            self._spec_future = self.client.scatter(self.spec, broadcast=True, hash=False)
        remote = _lint_job if fn is lint_job else _lint_pairs if fn is lint_pair_group else fn
        pending: List[Any] = []
        it = iter(items)
        done = False
        while True:
            while not done and len(pending) < self.window:
                try:
                    item = next(it)
                except StopIteration:
                    done = True
                    break
                pending.append(self.client.submit(remote, self._ship(item), self._spec_future, pure=False))
            if not pending:
                return
            head = pending.pop(0)
            wait([head])
            yield head.result()
            head.release()

    def close(self) -> None:
        if self.own_client:
            try:
                self.client.close()
            except Exception:
                pass


def _with_data(job: Job) -> Job:
    if job.data is not None or job.path == "-" or job.walk_error is not None:
        return job
    from ..readers import ReadError, read_file
    try:
        data = read_file(job.path)
    except ReadError as e:
        return Job(job.index, job.path, job.shown, job.config, None, e)
    return Job(job.index, job.path, job.shown, job.config, data, None)


def connect(address: str) -> DaskExecutor:
    """An executor on the scheduler at ``address`` (``lintgov check --dask-scheduler``)."""
    from distributed import Client
    return DaskExecutor(Client(address, timeout="20s"), own_client=True)


def lint_paths_dask(client: Any, paths: Sequence[str], settings: Any = None, *, cwd: Optional[str] = None,
                    no_plugins: bool = False, extra: Optional[Dict[str, Any]] = None, read_on_workers: bool = False,
                    window: Optional[int] = None) -> Any:
    """Lint ``paths`` on the cluster of ``client``; returns a :class:`~lintgov.engine.RunResult`
    whose ``findings`` are records (path, code, level, message(lang), regions…) — the same, in
    the same order, as a local run's.  ``settings``: one :class:`~lintgov.config.Settings` for
    every file; None: each file's nearest configuration file, as ``lintgov check`` finds it.
    The workers need lintgov (and any plugins) installed at the same version."""
    from ..config import validate_settings
    from ..plugins import build_registry
    from .api import fixed_finder, make_spec, settings_finder
    from .run import run_paths
    cwd = cwd or os.getcwd()
    reg = build_registry(load_entry_points=False if no_plugins else None)
    if settings is not None:
        finder = fixed_finder(settings, validate_settings(settings, reg.rules, reg.profiles))
    else:
        finder = settings_finder(reg, cwd)
    finder.key_for_dir(cwd)
    spec = make_spec(finder, cwd, extra=extra, no_plugins=no_plugins)
    ex = DaskExecutor(client, spec, read_on_workers=read_on_workers, window=window)
    return run_paths(paths, reg, spec, finder, executor=ex)
