"""Regular expressions compiled on first use.

Compiling a pattern with :mod:`re` runs the parser and compiler in Python and
costs up to a millisecond or more for the long alternations and CJK ranges
lintgov uses.  Module-level patterns that a given document may never need (the
Markdown and HTML readers' patterns for a .txt file, the rarer phrasings of the
arithmetic rules) are declared with :func:`compile` here and compiled the first
time they are used, which keeps ``lintgov check`` on one file fast to start.
"""
from __future__ import annotations

import re
from typing import Any

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
            "pattern", "flags", "groups", "groupindex", "scanner")


class LazyPattern:
    """Behaves like the compiled pattern; compiles on the first attribute access."""

    __slots__ = ("_args", "_engine") + _METHODS

    def __init__(self, pattern: Any, flags: int = 0, engine: Any = re) -> None:
        self._args = (pattern, flags)
        self._engine = engine

    def __getattr__(self, name: str) -> Any:
        compiled = self._engine.compile(*self._args)
        for attr in _METHODS:
            try:
                object.__setattr__(self, attr, getattr(compiled, attr))
            except AttributeError:  # pragma: no cover - an engine without that attribute
                pass
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"LazyPattern({self._args[0]!r})"


def compile(pattern: Any, flags: int = 0) -> LazyPattern:  # noqa: A001 - mirrors re.compile
    return LazyPattern(pattern, flags)
