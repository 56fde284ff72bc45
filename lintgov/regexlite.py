"""The ``regex`` module's patterns without importing its compiler (start-up speed, issue 14).

lintgov compiles ~60 patterns with the third-party ``regex`` module (``\\p{Han}``, named lists), most of them when
its modules are imported.  Importing ``regex`` costs ~12 ms of CPU at every start (``regex._regex_core``, its
compiler in Python, builds large tables when imported), more than compiling all of lintgov's patterns.  Once the
start-up cache (:mod:`lintgov.recache`) holds a pattern's build data (what ``regex``'s compiler hands its engine),
:func:`compile` builds the pattern with the engine alone, ``regex._regex`` (a C extension, ~1 ms), as
``regex.compile`` itself does for a stored pattern: the same pattern object.  A pattern not stored (the first
start, another version of ``regex``, an argument the store does not keep) is compiled by ``regex`` itself, imported
then, which stores it for the next start.  Without the start-up cache (``import lintgov`` in another program,
``LINTGOV_NO_PATTERN_CACHE``) every call is ``regex``'s own.

Only what lintgov uses is here: :func:`compile`, :func:`match`, :func:`search`, :func:`escape` and the flags
``I`` and ``M`` (``regex``'s values, as plain integers).
"""
from __future__ import annotations

import re as _re
from typing import Any

from . import recache as _recache

IGNORECASE = I = 2
MULTILINE = M = 8


def _module() -> Any:
    """``regex`` itself (imported on first need), its compiler hooked to the start-up cache."""
    import regex
    _recache.hook_regex()
    return regex


def compile(pattern: Any, flags: int = 0) -> Any:  # noqa: A001 - mirrors regex.compile
    """``regex.compile(pattern, flags)``."""
    got = _recache.regex_pattern(pattern, flags)
    return got if got is not None else _module().compile(pattern, flags)


def match(pattern: Any, string: Any, flags: int = 0) -> Any:
    """``regex.match(pattern, string, flags)``."""
    return compile(pattern, flags).match(string)


def search(pattern: Any, string: Any, flags: int = 0) -> Any:
    """``regex.search(pattern, string, flags)``."""
    return compile(pattern, flags).search(string)


#: what ``regex.escape`` escapes (``special_only``, the default): its metacharacters and whitespace (``str.isspace``,
#: which ``re``'s ``\\s`` matches alike in a ``str`` pattern)
_SPECIAL = _re.compile(r"[()\[\]{}?*+|^$\\.\-#&~\s]")


def escape(pattern: Any) -> Any:
    """``regex.escape(pattern)``: a text holding nothing to escape is returned as it is, without importing
    ``regex``; any other is ``regex``'s."""
    if type(pattern) is str and _SPECIAL.search(pattern) is None:
        return pattern
    return _module().escape(pattern)
