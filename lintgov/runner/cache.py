"""The results cache (like ruff's): ``.lintgov_cache/`` beside the configuration (or in the
working directory), one file per result, keyed by the SHA-256 of the file's bytes, its path
as reported, the configuration that applies to it (with the reference files and section
profiles it names), the versions of lintgov, Python and the installed plugins, and the run's
options (--issuer/--year/--prior, the baseline, the limits).  A re-run over an unchanged archive
reads each file (to hash it) and the cached result, and lints nothing.

Writes are atomic (a temporary file in the same folder, then ``os.replace``), so concurrent
runs sharing a cache never see half a result; an entry that cannot be read (another version,
a damaged file) is a miss and is written again.  Entries are pickles: point ``cache-dir`` only
at a folder that you alone write to.  Nothing is evicted during a run: ``lintgov clean`` (or deleting the folder) reclaims it.
"""
from __future__ import annotations

import os
import pickle
import tempfile
from typing import Any, Optional

from .. import __version__
from ..digest import sha256

CACHE_DIR = ".lintgov_cache"


class Cache:
    def __init__(self, root: str) -> None:
        self.root = os.path.abspath(root)
        self.dir = os.path.join(self.root, __version__)
        self.hits = 0
        self.misses = 0
        self.errors = 0

    @staticmethod
    def key(*parts: str) -> str:
        h = sha256()
        for p in parts:
            h.update(p.encode("utf-8", "surrogatepass"))
            h.update(b"\x00")
        return h.hexdigest()

    def _path(self, key: str) -> str:
        return os.path.join(self.dir, key[:2], key[2:] + ".pickle")

    def get(self, key: str) -> Optional[Any]:
        try:
            with open(self._path(key), "rb") as fh:
                value = pickle.load(fh)
        except FileNotFoundError:
            self.misses += 1
            return None
        except Exception:  # damaged, truncated, another version's classes: a miss
            self.misses += 1
            return None
        self.hits += 1
        return value

    def put(self, key: str, value: Any) -> None:
        path = self._path(key)
        try:
            data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:  # a plugin's evidence that does not pickle: not cached
            self.errors += 1
            return
        try:
            folder = os.path.dirname(path)
            if not os.path.isdir(folder):
                os.makedirs(folder, exist_ok=True)
                self._mark()
            fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".pickle")
            try:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(data)
                os.replace(tmp, path)
            except BaseException:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass
                raise
        except OSError:  # a read-only or full disk: run on without the cache
            self.errors += 1

    def _mark(self) -> None:
        """CACHEDIR.TAG (backup tools skip the folder) and a .gitignore of ``*``, as ruff writes."""
        for name, text in (("CACHEDIR.TAG", "Signature: 8a477f597d28d172789f06886806bc55\n"
                                            "# This file is a cache directory tag created by lintgov.\n"),
                           (".gitignore", "# Automatically created by lintgov.\n*\n")):
            p = os.path.join(self.root, name)
            if not os.path.exists(p):
                try:
                    with open(p, "w", encoding="utf-8") as fh:
                        fh.write(text)
                except OSError:
                    pass
