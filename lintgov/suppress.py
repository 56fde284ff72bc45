"""Suppressing findings: inline comments and baselines.

Inline (in any text format, usually Markdown, as HTML comments that do not show
when the report is rendered)::

    <!-- lintgov: disable-next-line LG101 -- 口径不同：纠错率按结案数计算 -->
    <!-- lintgov: disable LG6 -->  …  <!-- lintgov: enable LG6 -->
    <!-- lintgov: disable-file typography -->

Selectors are the same as ``--select`` (codes, prefixes, names, categories,
``ALL``).  The reason after ``--`` is optional but recommended.

Baseline: ``--baseline FILE`` takes an earlier ``--output-format sarif`` or
``json`` report and drops the findings it already contains (matched by
``lintgovFindingHash/v1``, which survives edits elsewhere in the file), so an
existing report can adopt lintgov and only new problems fail the run.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, List, Sequence, Set

from .config import selector_matches

if TYPE_CHECKING:  # pragma: no cover
    from .document import Document
    from .rule import Finding

_DIRECTIVE = re.compile(
    r"<!--\s*lintgov:\s*(?P<verb>disable-next-line|disable-line|disable-file|disable|enable)"
    r"(?P<sels>(?:[ \t]+[A-Za-z][\w\-]*(?:[ \t]*,[ \t]*[A-Za-z][\w\-]*)*)?)[ \t]*"
    r"(?:--[ \t]+(?P<reason>(?:(?!-->)[^\n])*?))?[ \t]*-->")


@dataclass(frozen=True)
class Suppression:
    """A span of the text where the given rule selectors are suppressed."""
    start: int          # first suppressed offset
    end: int            # offset after the last suppressed one
    selectors: tuple


def _selectors(raw: str) -> tuple:
    sels = tuple(s for s in re.split(r"[\s,]+", raw.strip()) if s)
    return sels or ("ALL",)


def parse(doc: "Document") -> List[Suppression]:
    if "lintgov:" not in doc.text:
        return []
    out: List[Suppression] = []
    open_blocks: dict = {}
    for m in _DIRECTIVE.finditer(doc.text):
        verb, sels = m.group("verb"), _selectors(m.group("sels") or "")
        line = doc.line_index(m.start())
        if verb == "disable-file":
            out.append(Suppression(0, len(doc.text) + 1, sels))
        elif verb == "disable-line":
            s = doc.line_starts[line]
            out.append(Suppression(s, s + len(doc.lines[line]) + 1, sels))
        elif verb == "disable-next-line":
            nxt = doc.line_index(m.end()) + 1
            # the next non-blank line, or the whole paragraph it starts (a wrapped Markdown paragraph)
            while nxt < len(doc.lines) and not doc.lines[nxt].strip():
                nxt += 1
            if nxt < len(doc.lines):
                s = doc.line_starts[nxt]
                e = s + len(doc.lines[nxt]) + 1
                p = doc.paragraph_at(s + len(doc.lines[nxt]) - len(doc.lines[nxt].lstrip()))
                if p is not None and p.raw_start >= s:
                    e = max(e, p.end + 1)
                out.append(Suppression(s, e, sels))
        elif verb == "disable":
            for sel in sels:
                open_blocks.setdefault(sel, m.end())
        elif verb == "enable":
            for sel in sels:
                if sel in open_blocks:
                    out.append(Suppression(open_blocks.pop(sel), m.start(), (sel,)))
                elif sel == "ALL":
                    for k, v in list(open_blocks.items()):
                        out.append(Suppression(v, m.start(), (k,)))
                    open_blocks.clear()
    for sel, start in open_blocks.items():
        out.append(Suppression(start, len(doc.text) + 1, (sel,)))
    return out


_ANY_DIRECTIVE = re.compile(r"<!--\s*lintgov\s*:[^\n]*?-->")


def directive_warnings(doc: "Document", rules: Sequence[type]) -> List[str]:
    """Directives lintgov cannot use: an unknown verb, or a selector that names no rule."""
    if "lintgov" not in doc.text:
        return []
    out = []
    for m in _ANY_DIRECTIVE.finditer(doc.text):
        line = doc.line_index(m.start()) + 1
        d = _DIRECTIVE.fullmatch(m.group())
        if d is None:
            out.append(f"{doc.path}:{line}: 无法识别的 lintgov 指令 / unrecognised lintgov directive: {m.group()}")
            continue
        for sel in _selectors(d.group("sels") or ""):
            if sel != "ALL" and not any(selector_matches(sel, r) for r in rules):
                out.append(f"{doc.path}:{line}: 指令中的规则选择器不对应任何规则 / selector {sel!r} in a lintgov "
                           f"directive names no rule")
    return out


def apply_inline(findings: Iterable["Finding"]) -> List["Finding"]:
    cache: dict = {}
    kept = []
    for f in findings:
        sups = cache.get(id(f.doc))
        if sups is None:
            sups = cache[id(f.doc)] = parse(f.doc) if f.doc.text else []
        rule = type(f.rule)
        if any(s.start <= f.start < s.end and any(selector_matches(x, rule) for x in s.selectors) for s in sups):
            continue
        kept.append(f)
    return kept


def load_baseline(path: str) -> Set[str]:
    """Finding hashes in an earlier SARIF or JSON report.  Raises ``ValueError`` saying
    what is wrong (not UTF-8, not JSON, not a lintgov report) or ``OSError``."""
    import json
    with open(path, "rb") as fh:
        raw = fh.read()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ValueError(f"not UTF-8 (byte {e.start})") from None
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as e:
        raise ValueError(f"not JSON: {e}" if isinstance(e, json.JSONDecodeError) else "not JSON: nested too deeply") from None
    hashes: Set[str] = set()

    def dicts(seq):
        return [x for x in seq if isinstance(x, dict)] if isinstance(seq, list) else []

    if isinstance(data, dict) and "runs" in data:
        for run in dicts(data["runs"]):
            for r in dicts(run.get("results")):
                fp = r.get("partialFingerprints")
                h = fp.get("lintgovFindingHash/v1") if isinstance(fp, dict) else None
                if isinstance(h, str) and h:
                    hashes.add(h)
    elif isinstance(data, dict) and "findings" in data:
        hashes = {f["fingerprint"] for f in dicts(data["findings"]) if isinstance(f.get("fingerprint"), str)}
    else:
        raise ValueError("not a lintgov SARIF or JSON report")
    return hashes


def apply_baseline(findings: Sequence["Finding"], hashes: Set[str]) -> List["Finding"]:
    from .fingerprints import finding_hashes
    by_doc: dict = {}
    for f in findings:
        by_doc.setdefault(id(f.doc), []).append(f)
    drop = set()
    for fs in by_doc.values():
        for f, h in zip(fs, finding_hashes(fs)):
            if h in hashes:
                drop.add(id(f))
    return [f for f in findings if id(f) not in drop]
