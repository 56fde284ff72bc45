"""Script detection (a shared service): which Chinese script a text is in.

Counts characters that exist only in simplified form (发 专 …) and characters
that exist only in traditional form (發 專 …), using tables generated from
OpenCC (:mod:`lintgov._script_tables`), with two regex scans — no OpenCC load
and no per-character Python loop.  Rules that need phrase-level conversion
(示范 → 示範, 并 → 並) call :func:`converter`, which loads OpenCC lazily and
caches one converter per configuration.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex

from ._script_tables import SIMPLIFIED, TRADITIONAL

SIMPLIFIED_RE = regex.compile("[" + regex.escape(SIMPLIFIED) + "]")
TRADITIONAL_RE = regex.compile("[" + regex.escape(TRADITIONAL) + "]")
HAN_RE = regex.compile(r"\p{Han}")


@dataclass(frozen=True)
class ScriptProfile:
    han: int            # Han characters
    simplified: int     # characters with a distinct traditional form
    traditional: int    # characters with a distinct simplified form

    @property
    def dominant(self) -> str:
        """``traditional``, ``simplified`` or ``unknown`` (no distinguishing characters)."""
        if self.simplified == self.traditional:
            return "unknown"
        return "traditional" if self.traditional > self.simplified else "simplified"

    @property
    def minority_share(self) -> float:
        total = self.simplified + self.traditional
        return min(self.simplified, self.traditional) / total if total else 0.0


def profile_text(text: str) -> ScriptProfile:
    return ScriptProfile(
        han=len(HAN_RE.findall(text)),
        simplified=len(SIMPLIFIED_RE.findall(text)),
        traditional=len(TRADITIONAL_RE.findall(text)),
    )


def dominant_script(text: str) -> str:
    return profile_text(text).dominant


@lru_cache(maxsize=None)
def converter(config: str) -> Any:
    """A cached ``opencc.OpenCC(config)`` (``s2t``, ``t2s``, ``s2tw``, ``s2hk``...)."""
    import opencc
    return opencc.OpenCC(config)
