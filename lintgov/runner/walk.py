"""Collecting the files of a run, as ruff does: directories are walked in sorted order,
hidden and build folders skipped, ``.gitignore`` files honoured (those in the walked tree and
those of its parent folders up to the repository root, plus ``.git/info/exclude`` and the user's
global excludes file, ``core.excludesFile`` or ``~/.config/git/ignore``, in git's order; a file
named on the command line is linted even when ignored, as with ruff), and each folder's
``exclude``/``extend-exclude`` applied — matched against the path relative to the working
directory and relative to the folder of the configuration that applies there, or any one
component of it.  Each file gets the configuration nearest to it (:class:`ConfigFinder`)."""
from __future__ import annotations

import os
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple

from ..config import ConfigError, Settings, find_config, is_excluded
from ..readers import ReadError

SKIP_DIRS = {".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox", ".mypy_cache",
             ".pytest_cache", ".ruff_cache", ".lintgov_cache", "build", "dist", "site-packages"}


class ConfigFinder:
    """The configuration of each folder: the nearest ``lintgov.toml``, ``.lintgov.toml`` or
    ``pyproject.toml`` with ``[tool.lintgov]`` above it (cached per folder), or the one
    ``--config`` names / none with ``--isolated`` for every file.  ``load(path)`` turns a
    configuration file into ``(Settings, options)``; the key of a configuration is its path
    (``""``: no file)."""

    def __init__(self, load: Callable[[Optional[str]], Any], fixed: Optional[str] = None,
                 isolated: bool = False) -> None:
        self._load = load
        self.fixed = fixed
        self.isolated = isolated
        self._by_dir: Dict[str, str] = {}
        self.configs: Dict[str, Any] = {}

    def key_for_dir(self, d: str) -> str:
        if self.isolated:
            key = ""
        elif self.fixed is not None:
            key = self.fixed
        else:
            d = os.path.abspath(d)
            key = self._by_dir.get(d)
            if key is None:
                key = find_config(d) or ""
                self._by_dir[d] = key
        if key not in self.configs:
            self.configs[key] = self._load(key or None)
        return key

    def key_for_file(self, path: str) -> str:
        return self.key_for_dir(os.path.dirname(os.path.abspath(path)))

    def settings(self, key: str) -> Settings:
        return self.configs[key][0]


def _git_config_files() -> List[str]:
    home = os.path.expanduser("~")
    xdg = os.environ.get("XDG_CONFIG_HOME") or os.path.join(home, ".config")
    explicit = os.environ.get("GIT_CONFIG_GLOBAL")
    return [explicit] if explicit else [os.path.join(xdg, "git", "config"), os.path.join(home, ".gitconfig")]


def global_excludes_file() -> Optional[str]:
    """The user's global ignore file, as git finds it: ``core.excludesFile`` in the global git
    configuration (the last one set wins; ``~`` expanded), else ``$XDG_CONFIG_HOME/git/ignore``
    (``~/.config/git/ignore``).  ``None`` when there is none.  Read without running git."""
    import re
    found: Optional[str] = None
    for cfg in _git_config_files():
        try:
            with open(cfg, encoding="utf-8", errors="replace") as fh:
                text = fh.read(1 << 20)
        except OSError:
            continue
        section = ""
        for line in text.splitlines():
            line = line.strip()
            m = re.match(r"\[\s*([A-Za-z0-9.-]+)", line)
            if m:
                section = m.group(1).lower()
                rest = line[line.index("]") + 1:].strip() if "]" in line else ""
                if not rest:
                    continue
                line = rest
            m = re.match(r"(?i)excludesfile\s*=\s*(.*?)\s*(?:[#;].*)?$", line)
            if section == "core" and m and m.group(1):
                value = m.group(1)
                if len(value) >= 2 and value[0] == value[-1] == '"':
                    value = value[1:-1]
                found = os.path.expanduser(value)
    if found is None:
        home = os.path.expanduser("~")
        xdg = os.environ.get("XDG_CONFIG_HOME") or os.path.join(home, ".config")
        found = os.path.join(xdg, "git", "ignore")
    return found if os.path.isfile(found) else None


class _Ignores:
    """``.gitignore`` rules: (folder, spec) from the outermost to the innermost."""

    def __init__(self) -> None:
        self._specs: Dict[str, Any] = {}

    def spec(self, folder: str) -> Any:
        if folder not in self._specs:
            spec = None
            lines: List[str] = []
            # git's precedence, lowest first (the last matching line wins): the user's global
            # excludes file (core.excludesFile) and .git/info/exclude at a repository root, then
            # the folder's own .gitignore
            names = [".gitignore"]
            if os.path.exists(os.path.join(folder, ".git")):
                names = [global_excludes_file() or "", os.path.join(".git", "info", "exclude")] + names
            for name in names:
                if not name:
                    continue
                p = os.path.join(folder, name)
                try:
                    with open(p, encoding="utf-8", errors="replace") as fh:
                        lines += fh.read(1 << 20).splitlines()
                except OSError:
                    continue
            if lines:
                import pathspec
                spec = pathspec.GitIgnoreSpec.from_lines(lines)
            self._specs[folder] = spec
        return self._specs[folder]

    @staticmethod
    def parents(root: str) -> List[str]:
        """``root`` and the folders above it up to the repository root (none above when ``root``
        is not inside a git repository)."""
        out = [root]
        d = root
        while not os.path.exists(os.path.join(d, ".git")):
            parent = os.path.dirname(d)
            if parent == d:
                return [root]
            d = parent
            out.append(d)
        return list(reversed(out))

    def ignored(self, path: str, folders: Sequence[str], is_dir: bool) -> bool:
        verdict = None
        for folder in folders:  # outermost first: an inner .gitignore overrides an outer one
            spec = self.spec(folder)
            if spec is None:
                continue
            rel = os.path.relpath(path, folder).replace(os.sep, "/")
            if rel.startswith("../"):
                continue
            r = spec.check_file(rel + ("/" if is_dir else ""))
            if r.include is not None:
                verdict = r.include
        return bool(verdict)


def collect(paths: Sequence[str], suffixes: Tuple[str, ...], *, cwd: str, finder: ConfigFinder,
            force_exclude: bool = False, respect_gitignore: bool = True,
            errors: Optional[Dict[str, ReadError]] = None,
            is_lock_or_backup: Callable[[str], bool] = lambda n: False,
            display_path: Callable[[str, str], str] = lambda p, c: p) -> List[Tuple[str, bool, str]]:
    """(path, named on the command line, configuration key) for every file to lint."""
    out: List[Tuple[str, bool, str]] = []
    seen = set()
    ignores = _Ignores()

    def excluded(p: str, key: str) -> bool:
        s = finder.settings(key)
        pats = list(s.exclude) + list(s.extend_exclude)
        if not pats:
            return False
        if is_excluded(display_path(p, cwd), pats):
            return True
        if s.source:
            rel = os.path.relpath(os.path.abspath(p), s.root)
            if not rel.startswith(".."):
                return is_excluded(rel, pats)
        return False

    def walk_error(e: OSError) -> None:
        where = e.filename or "?"
        if errors is not None and where not in seen:
            seen.add(where)
            reason = ReadError("目录无法读取（没有权限）", "directory cannot be read (permission denied)") \
                if isinstance(e, PermissionError) else ReadError(f"目录无法读取：{e.strerror}", f"directory cannot be read: {e.strerror}")
            errors[where] = reason
            out.append((where, False, finder.key_for_dir(os.path.dirname(os.path.abspath(where)))))

    for p in paths:
        if p == "-":
            out.append((p, True, finder.key_for_dir(cwd)))
            continue
        if os.path.isdir(p):
            root = os.path.abspath(p)
            above = _Ignores.parents(root)[:-1] if respect_gitignore else []
            chain: Dict[str, List[str]] = {}
            for dirpath, dirnames, filenames in os.walk(p, onerror=walk_error):
                key = finder.key_for_dir(dirpath)
                absdir = os.path.abspath(dirpath)
                parent = os.path.dirname(absdir)
                folders = (chain.get(parent, above) if absdir != root else above) + [absdir] if respect_gitignore else []
                chain[absdir] = folders
                keep = []
                for d in sorted(dirnames):
                    full = os.path.join(dirpath, d)
                    if d in SKIP_DIRS or d.startswith("."):
                        continue
                    if respect_gitignore and ignores.ignored(os.path.abspath(full), folders, True):
                        continue
                    if excluded(full, finder.key_for_dir(full)):
                        continue
                    keep.append(d)
                dirnames[:] = keep
                for fn in sorted(filenames):
                    full = os.path.join(dirpath, fn)
                    if not fn.lower().endswith(suffixes) or is_lock_or_backup(fn) or os.path.abspath(full) in seen:
                        continue
                    if excluded(full, key):
                        continue
                    if respect_gitignore and ignores.ignored(os.path.abspath(full), folders, False):
                        continue
                    seen.add(os.path.abspath(full))
                    out.append((full, False, key))
        else:
            try:
                key = finder.key_for_file(p)
            except ConfigError:
                raise
            if force_exclude and excluded(p, key):
                continue
            if is_lock_or_backup(p):
                continue
            if os.path.abspath(p) not in seen:   # a file named twice (a.txt ./a.txt) is linted once
                seen.add(os.path.abspath(p))
                out.append((p, True, key))
    return out
