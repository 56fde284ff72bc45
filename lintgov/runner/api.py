"""Entry points for Python callers: a run on this machine (:func:`lint_paths_local`) and the
pieces the command line and the Dask integration share (:func:`settings_finder`,
:func:`make_spec`)."""
from __future__ import annotations

import os
from typing import Any, Callable, Dict, Mapping, Optional, Sequence, Tuple

from ..config import Settings, load_table, settings_from_table, validate_settings
from .walk import ConfigFinder


def fixed_finder(settings: Settings, options: Mapping[str, Mapping[str, Any]]) -> ConfigFinder:
    """One configuration for every file (``--config``, ``--isolated``, or a caller's settings)."""
    f = ConfigFinder(lambda _path: (settings, {k: dict(v) for k, v in options.items()}), fixed="")
    return f


def settings_finder(registry: Any, cwd: str, config: Optional[str] = None, isolated: bool = False,
                    adjust: Optional[Callable[[Settings], None]] = None) -> ConfigFinder:
    """Each file's configuration: the nearest configuration file above it (or ``config``, or none
    with ``isolated``), then ``adjust`` (the command line's overrides), validated against the
    registry's rules and profiles.  Raises :class:`~lintgov.config.ConfigError`."""

    def load(path: Optional[str]) -> Tuple[Settings, Dict[str, Dict[str, Any]]]:
        s = settings_from_table(load_table(path), path) if path else Settings(root=cwd)
        if adjust is not None:
            adjust(s)
        options = validate_settings(s, registry.rules, registry.profiles, path or "command line")
        return s, options

    if isolated:
        return ConfigFinder(load, isolated=True)
    return ConfigFinder(load, fixed=os.path.abspath(config) if config else None)


def make_spec(finder: ConfigFinder, cwd: str, *, extra: Optional[Mapping[str, Any]] = None,
              baseline: Optional[Sequence[str]] = None, cache_dir: Optional[str] = None, no_plugins: bool = False,
              keep_documents: bool = False, limits: Any = None, line_hashes: bool = True) -> Any:
    from .. import limits as _limits
    from .core import RunSpec
    return RunSpec(configs=dict(finder.configs), cwd=cwd, no_plugins=no_plugins,
                   extra={k: v for k, v in (extra or {}).items() if k != "prior_documents"},
                   baseline=frozenset(baseline) if baseline else None, cache_dir=cache_dir,
                   keep_documents=keep_documents, limits=limits or _limits.current(), line_hashes=line_hashes)


def lint_paths_local(paths: Sequence[str], settings: Optional[Settings] = None, *, jobs: Optional[int] = None,
                     cwd: Optional[str] = None, cache_dir: Optional[str] = None, no_plugins: bool = False,
                     extra: Optional[Mapping[str, Any]] = None) -> Any:
    """Lint ``paths`` on this machine (``jobs`` processes; None: one per CPU): records only.
    ``settings``: one configuration for every file; None: each file's nearest configuration."""
    from ..plugins import build_registry
    from .run import run_paths
    cwd = cwd or os.getcwd()
    reg = build_registry(load_entry_points=False if no_plugins else None)
    if settings is not None:
        finder = fixed_finder(settings, validate_settings(settings, reg.rules, reg.profiles))
    else:
        finder = settings_finder(reg, cwd)
    finder.key_for_dir(cwd)
    spec = make_spec(finder, cwd, extra=extra, cache_dir=cache_dir, no_plugins=no_plugins)
    return run_paths(paths, reg, spec, finder, jobs=jobs)
