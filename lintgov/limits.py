"""Resource limits: every bound lintgov puts on an input, a rule or an output, in one place.

Each limit has a default, a ``[tool.lintgov.limits]`` key and a meaning (the
README's *Limits* table is generated from :data:`LIMITS`).  Exceeding a limit
is reported — an ``LG001`` finding for an input that cannot be read within it,
a notification (exit 2) for a rule stopped by it, a note in the report for an
output cut short — never a hang.

The limits of the current run are :func:`current`; the CLI installs the
configured ones with :func:`install` (or :func:`using`, a context manager, in
tests and library use).  Readers and rules read them where they enforce them::

    from lintgov import limits
    if len(data) > limits.current().file_size: ...
"""
from __future__ import annotations

import contextlib
from dataclasses import dataclass, fields, replace
from typing import Any, Dict, Iterator, Mapping, Tuple

MiB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """The resource limits of a run (file and text size, rule time, findings and output caps)."""
    #: bytes read from one input file (a larger file is an ``LG001`` finding)
    file_size: int = 64 * MiB
    #: characters of text in one document after reading (a longer one is an ``LG001`` finding): about
    #: a hundred times the longest real report, and what lintgov checks within its time budget
    text_size: int = 2_000_000
    #: uncompressed bytes of one member of a .docx (zip) archive
    zip_member_size: int = 256 * MiB
    #: uncompressed bytes of all members of one .docx archive read together
    zip_total_size: int = 512 * MiB
    #: largest value a Word list number may take when written out (start + count)
    numbering_value: int = 100_000
    #: longest label a Word list level may produce (``lvlText`` after substitution)
    numbering_label: int = 64
    #: deepest element nesting an HTML or XML reader follows
    markup_depth: int = 5_000
    #: findings one rule may report on one document (the rest are dropped, with a notification)
    findings_per_rule: int = 10_000
    #: findings one document may carry in all (the rest are dropped, with a notification)
    findings_per_file: int = 50_000
    #: seconds one rule may run on one document (or on the run, for corpus rules)
    rule_time: float = 15.0
    #: characters of the report lintgov writes (text, JSON, SARIF…); a longer one is cut with a notification
    output_size: int = 256 * MiB
    #: characters of source text a snippet in an output format shows around a finding
    snippet_chars: int = 200


#: key in ``[tool.lintgov.limits]`` → (field, unit, meaning) — the README table is built from it
LIMITS: Dict[str, Tuple[str, str, str]] = {
    "file-size": ("file_size", "bytes", "bytes read from one input file; a larger file is `LG001`"),
    "text-size": ("text_size", "characters", "characters of text in one document (≈100× the longest real report); a longer one is `LG001`"),
    "zip-member-size": ("zip_member_size", "bytes", "uncompressed size of one member of a `.docx`; larger is `LG001`"),
    "zip-total-size": ("zip_total_size", "bytes", "uncompressed size of the members of one `.docx` read together"),
    "numbering-value": ("numbering_value", "count", "largest Word list number written out (a larger one is `LG001`)"),
    "numbering-label": ("numbering_label", "characters", "longest Word list label (`lvlText`) written out"),
    "markup-depth": ("markup_depth", "elements", "deepest HTML/XML nesting followed; deeper content is flattened"),
    "findings-per-rule": ("findings_per_rule", "findings", "findings of one rule on one document; the rest dropped with a notification"),
    "findings-per-file": ("findings_per_file", "findings", "findings on one document in all; the rest dropped with a notification"),
    "rule-time": ("rule_time", "seconds", "time one rule may run on one document; a rule over it is stopped and reported (exit 2)"),
    "output-size": ("output_size", "characters", "size of the report written; a longer one is cut, with a notification (exit 2)"),
    "snippet-chars": ("snippet_chars", "characters", "source text shown around a finding in SARIF/JSON snippets"),
}

DEFAULT = Limits()
_current = DEFAULT


class LimitError(ValueError):
    """A bad ``[tool.lintgov.limits]`` value."""


def current() -> Limits:
    """The limits of the run in progress (the defaults unless the CLI installed others)."""
    return _current


def install(lim: Limits) -> Limits:
    """Make ``lim`` the current limits; returns the previous ones."""
    global _current
    prev, _current = _current, lim
    return prev


@contextlib.contextmanager
def using(lim: Limits) -> Iterator[Limits]:
    prev = install(lim)
    try:
        yield lim
    finally:
        install(prev)


def from_table(table: Mapping[str, Any], where: str = "configuration", base: Limits = DEFAULT) -> Limits:
    """Limits from a ``[tool.lintgov.limits]`` table.  Raises :class:`LimitError` naming the key."""
    if not isinstance(table, Mapping):
        raise LimitError(f"{where}: `limits` 应为表 / must be a table of name = value")
    changes: Dict[str, Any] = {}
    types = {f.name: f.type for f in fields(Limits)}
    for key, value in table.items():
        if key not in LIMITS:
            raise LimitError(f"{where}: 未知的限制 / unknown limit `limits.{key}` (known: {', '.join(LIMITS)})")
        attr = LIMITS[key][0]
        want_float = types[attr] in (float, "float")
        ok = isinstance(value, (int, float)) and not isinstance(value, bool) and (want_float or isinstance(value, int))
        if not ok or value <= 0:
            kind = "a positive number" if want_float else "a positive integer"
            raise LimitError(f"{where}: `limits.{key}` 应为正数 / must be {kind}, got {value!r}")
        changes[attr] = float(value) if want_float else int(value)
    return replace(base, **changes)


def readme_table() -> str:
    """The Markdown table of limits for the README."""
    rows = ["| limit (`[tool.lintgov.limits]`) | default | meaning |", "|---|---|---|"]
    for key, (attr, unit, meaning) in LIMITS.items():
        v = getattr(DEFAULT, attr)
        shown = f"{v // MiB} MiB" if unit == "bytes" and v % MiB == 0 else (f"{v:g} s" if unit == "seconds" else f"{v:,}")
        rows.append(f"| `{key}` | {shown} | {meaning} |")
    return "\n".join(rows)
