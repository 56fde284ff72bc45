"""Bulk runs: the run loop of ``lintgov check`` and its executors.

* :mod:`.core` — the per-document lint (:func:`~.core.lint_job`, a pure function of the
  file's bytes, its path and the settings) and the cross-report phase over pairs of reports
  (:func:`~.core.lint_pair_group`);
* :mod:`.run` — the loop: collect files, phase 1, pairing, phase 2, assembly;
* :mod:`.walk` — directory walks (``.gitignore``, ``exclude``) and per-file configuration;
* :mod:`.local`, :mod:`.pool`, :mod:`.dask` — executors: this process, a process pool
  (``-j N``), a Dask cluster (``--dask-scheduler``, :func:`lint_paths_dask`);
* :mod:`.cache` — the results cache (``.lintgov_cache/``);
* :mod:`.progress` — the progress bar.

Public API: :func:`lint_paths_local` and :func:`lint_paths_dask` (see the README, *Dask*).
"""
from __future__ import annotations

from typing import Any

__all__ = ["RunSpec", "run_paths", "fixed_finder", "lint_paths_local", "lint_paths_dask", "make_spec"]


def __getattr__(name: str) -> Any:  # lazily: lintgov.engine imports .walk while it loads
    if name in ("RunSpec", "Job", "DocResult", "lint_job", "lint_pair_group"):
        from . import core
        return getattr(core, name)
    if name in ("run_paths", "default_jobs"):
        from . import run
        return getattr(run, name)
    if name in ("fixed_finder", "lint_paths_local", "make_spec", "settings_finder"):
        from . import api
        return getattr(api, name)
    if name == "lint_paths_dask":
        from .dask import lint_paths_dask
        return lint_paths_dask
    raise AttributeError(name)
