"""The interface of an output format, and helpers shared by the built-in ones."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Dict, Sequence, Tuple

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document
    from ..engine import RunResult
    from ..rule import Finding


@dataclass
class FormatOptions:
    lang: str = "zh"
    column_unit: str = "utf16"
    exit_code: int = 0
    verbose: bool = False
    quiet: bool = False
    fail_level: str = "warning"


class Formatter:
    """Renders a whole run.  ``name`` is the ``--output-format`` value."""

    name: str = ""
    aliases: Sequence[str] = ()
    description: str = ""

    def render(self, run: "RunResult", opts: FormatOptions) -> str:  # pragma: no cover - interface
        raise NotImplementedError


def region(doc: "Document", start: int, end: int, unit: str = "utf16") -> Tuple[int, int, int, int]:
    """(startLine, startColumn, endLine, endColumn), 1-based, end column exclusive."""
    if not doc.text:
        return 1, 1, 1, 1
    sl, _ = doc.position(start)
    el, _ = doc.position(end)
    return sl, doc.column(start, unit), el, doc.column(end, unit)


LEVEL_NAMES: Dict[str, Dict[str, str]] = {
    "zh": {"error": "错误", "warning": "警告", "note": "提示"},
    "en": {"error": "error", "warning": "warning", "note": "note"},
}


def summary_counts(findings: Sequence["Finding"]) -> Dict[str, int]:
    counts = {"error": 0, "warning": 0, "note": 0}
    for f in findings:
        counts[f.level] = counts.get(f.level, 0) + 1
    return counts
