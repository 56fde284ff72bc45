"""The language server's work, without the protocol: what to lint, with which
configuration and which prior report, and what the findings become (positions,
fixes, suppression comments, hover text).

Nothing here imports pygls, so benchmarks and unit tests can drive it directly;
:mod:`lintgov.server.protocol` turns its results into LSP messages.

* A buffer of a format whose reader is ``writable`` (``.txt``, ``.md``) is linted
  from the editor's text; ``.docx`` is read from disk (on open and save).
* Configuration is found from the file's folder upwards exactly as ``lintgov
  check`` finds it from the working directory (:func:`lintgov.config.find_config`);
  the candidate files of every folder on the way are ``stat``-ed on each lint, so
  a configuration that is edited, created or deleted takes effect on the next lint
  without the client's help.
* Last year's report is looked for among the report files of the workspace: a
  file whose issuer matches and whose year is this report's year minus one is
  passed as ``--prior`` would pass it.
* Rule crashes come back from the engine as notifications (the other rules still
  ran); the protocol layer forwards them as ``window/logMessage``.
"""
from __future__ import annotations

import bisect
import json
import os
import re
import time
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Sequence, Tuple

from ..config import ConfigError, Settings, find_config, is_excluded, load_table, settings_from_table, \
    validate_settings
from ..document import Document
from ..engine import SKIP_DIRS, Notification, display_path, lint_paths, read_document
from ..fixes import apply_edits, plan_fixes
from ..readers import reader_for
from ..rule import Edit, Finding

#: LSP position encodings → the column units of :meth:`Document.column`
UNITS = {"utf-16": "utf16", "utf-8": "utf8", "utf-32": "codepoint"}
#: formats read from disk rather than from the editor's buffer (their text is not the file's)
DISK_FORMATS = ("docx",)
CONFIG_NAMES = ("lintgov.toml", ".lintgov.toml", "pyproject.toml")
#: bounds of the workspace scan for last year's report
MAX_SCAN_FILES = 2000
MAX_SCAN_DIRS = 1000
MAX_PRIOR_READS = 400
MAX_PRIOR_BYTES = 8 * 1024 * 1024
SCAN_TTL = 10.0
SUPPRESS_TEMPLATE = "<!-- lintgov: disable-next-line {code} -->"


# -- positions --------------------------------------------------------------------------------
def fix_text(doc: Document) -> str:
    """The text edits apply to: the file's own text (``Document.fix_text`` where a
    reader extracted plain text from markup), else ``doc.text``."""
    return getattr(doc, "fix_text", doc.text)


class TextPositions:
    """Offsets of a text ↔ LSP positions (0-based line, character in ``unit``:
    ``utf16``, ``utf8`` or ``codepoint``).  Lines end at LF, CRLF and a lone CR, as
    LSP says; a BOM the editor kept in its buffer (the readers drop it) shifts the
    first line by one character."""

    def __init__(self, text: str, unit: str = "utf16", bom: bool = False) -> None:
        self.text = text
        self.unit = unit
        if "\r" in text:
            self.starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]
        else:
            self.starts = [0]
            i = text.find("\n")
            while i != -1:
                self.starts.append(i + 1)
                i = text.find("\n", i + 1)
        self.shift = ({"utf8": 3}.get(unit, 1)) if bom else 0

    def width(self, s: str) -> int:
        if self.unit == "codepoint" or s.isascii():
            return len(s)
        if self.unit == "utf16":
            return len(s.encode("utf-16-le")) // 2
        return len(s.encode("utf-8"))

    def position(self, offset: int) -> Tuple[int, int]:
        offset = max(0, min(offset, len(self.text)))
        i = bisect.bisect_right(self.starts, offset) - 1
        return i, self.width(self.text[self.starts[i]:offset]) + (self.shift if i == 0 else 0)

    def offset(self, line: int, character: int) -> int:
        """The offset of an LSP position (clamped to its line; inside a surrogate pair
        or a UTF-8 sequence: the character's start)."""
        if line < 0:
            return 0
        if line >= len(self.starts):
            return len(self.text)
        if line == 0:
            character = max(0, character - self.shift)
        start = self.starts[line]
        end = self.starts[line + 1] if line + 1 < len(self.starts) else len(self.text)
        seg = self.text[start:end].rstrip("\r\n")
        if self.unit == "codepoint" or seg.isascii():
            return start + min(character, len(seg))
        if self.unit == "utf16":
            return start + len(seg.encode("utf-16-le")[:2 * character].decode("utf-16-le", "ignore"))
        return start + len(seg.encode("utf-8")[:character].decode("utf-8", "ignore"))


class Positions:
    """LSP positions of a document's offsets (offsets of ``doc.text``, what findings
    and evidence spans hold).  The document's own location helpers say where they
    are in the file (``Document.position``/``column``, which follow a reader's source
    map); a text with a lone CR, which they do not count as a line break, is
    counted here.  :attr:`edits` places offsets of :func:`fix_text` (fix edits)."""

    def __init__(self, doc: Document, unit: str = "utf16", bom: bool = False) -> None:
        self.doc = doc
        self.unit = unit
        self.bom = bom
        self.shift = ({"utf8": 3}.get(unit, 1)) if bom else 0
        self.mapped = getattr(doc, "source_map", None) is not None
        self._own = None if self.mapped or "\r" not in doc.text else TextPositions(doc.text, unit, bom)
        self._edits: Optional[TextPositions] = None

    @property
    def edits(self) -> TextPositions:
        if self._edits is None:
            self._edits = TextPositions(fix_text(self.doc), self.unit, self.bom)
        return self._edits

    def position(self, offset: int) -> Tuple[int, int]:
        doc = self.doc
        if not doc.text:
            return 0, 0
        if self._own is not None:
            return self._own.position(offset)
        offset = max(0, min(offset, len(doc.text)))
        line = doc.position(offset)[0] - 1
        return line, doc.column(offset, self.unit) - 1 + (self.shift if line == 0 else 0)

    def range(self, start: int, end: int) -> Tuple[Tuple[int, int], Tuple[int, int]]:
        return self.position(start), self.position(max(start, end))


# -- configuration ------------------------------------------------------------------------------
@dataclass
class Resolved:
    """The configuration that applies to one folder."""

    settings: Settings
    options: Dict[str, Dict[str, Any]]
    path: Optional[str] = None           # the configuration file, if any
    error: Optional[str] = None          # a configuration error: nothing is linted, the error is shown


class ConfigCache:
    """The configuration of each folder, re-read when a candidate file on the way up
    changes (its ``stat`` signature is compared on every lookup: a few dozen
    ``stat`` calls, no parsing)."""

    def __init__(self, registry: Any, overrides: Optional[Dict[str, Any]] = None) -> None:
        self.registry = registry
        self.overrides = dict(overrides or {})
        self._cache: Dict[str, Tuple[tuple, Resolved]] = {}

    @staticmethod
    def signature(folder: str) -> tuple:
        sig = []
        d = os.path.abspath(folder)
        while True:
            for name in CONFIG_NAMES:
                try:
                    st = os.stat(os.path.join(d, name))
                    sig.append((d, name, st.st_mtime_ns, st.st_size))
                except OSError:
                    pass
            parent = os.path.dirname(d)
            if parent == d:
                return tuple(sig)
            d = parent

    def clear(self) -> None:
        self._cache.clear()

    def resolve(self, folder: str, default_root: str) -> Resolved:
        sig = self.signature(folder)
        hit = self._cache.get(folder)
        if hit is not None and hit[0] == sig:
            return hit[1]
        resolved = self._load(folder, default_root)
        self._cache[folder] = (sig, resolved)
        return resolved

    def _load(self, folder: str, default_root: str) -> Resolved:
        path = None
        try:
            path = find_config(folder)
            settings = settings_from_table(load_table(path), path) if path else Settings(root=default_root)
            for key, value in self.overrides.items():   # initializationOptions, as command-line options
                setattr(settings, key, value)
            return Resolved(settings, validate_settings(settings, self.registry.rules, self.registry.profiles), path)
        except ConfigError as e:
            return Resolved(Settings(root=default_root), {}, path, error=str(e))


# -- last year's report -------------------------------------------------------------------------
class PriorIndex:
    """Report files of the workspace with their issuer and year, read once and
    re-read when their ``stat`` signature changes."""

    def __init__(self, registry: Any) -> None:
        self.registry = registry
        self.suffixes = tuple(s for r in registry.readers for s in r.suffixes)
        self._listing: Dict[str, Tuple[float, List[str]]] = {}
        self._meta: Dict[str, Tuple[tuple, str, Optional[int], Optional[Document]]] = {}

    def invalidate(self, path: Optional[str] = None) -> None:
        self._listing.clear()
        if path is None:
            self._meta.clear()
        else:
            self._meta.pop(os.path.abspath(path), None)

    def _files(self, root: str) -> List[str]:
        hit = self._listing.get(root)
        if hit is not None and time.monotonic() - hit[0] < SCAN_TTL:
            return hit[1]
        out: List[str] = []
        for n, (dirpath, dirnames, filenames) in enumerate(os.walk(root)):
            if n >= MAX_SCAN_DIRS:
                break
            dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIRS and not d.startswith("."))
            for fn in sorted(filenames):
                if fn.lower().endswith(self.suffixes):
                    out.append(os.path.join(dirpath, fn))
            if len(out) >= MAX_SCAN_FILES:
                break
        self._listing[root] = (time.monotonic(), out)
        return out

    def _info(self, path: str, yoy: Any, root: str) -> Tuple[str, Optional[int], Optional[Document]]:
        try:
            st = os.stat(path)
        except OSError:
            return "", None, None
        sig = (st.st_mtime_ns, st.st_size)
        hit = self._meta.get(path)
        if hit is not None and hit[0] == sig:
            return hit[1], hit[2], hit[3]
        issuer, year, doc = "", None, None
        if st.st_size <= MAX_PRIOR_BYTES and len(self._meta) < MAX_PRIOR_READS:
            try:
                doc = read_document(path, display_path(path, root), self.registry)
                issuer, year = yoy.doc_issuer(doc), yoy.doc_year(doc)
            except Exception:  # unreadable, or a reader plugin that crashed: not a candidate
                doc = None
        self._meta[path] = (sig, issuer, year, doc if (issuer and year) else None)
        return issuer, year, (doc if (issuer and year) else None)

    @staticmethod
    def identity(doc: Document) -> Tuple[str, Optional[int]]:
        """(issuer, report year) as the year-over-year pairing reads them."""
        try:
            from ..rules import yoy
        except ImportError:  # pragma: no cover
            return "", None
        return yoy.doc_issuer(doc), yoy.doc_year(doc)

    def has_others(self, roots: Sequence[str], path: Optional[str]) -> bool:
        me = os.path.abspath(path) if path else None
        return any(p != me for root in roots for p in self._files(root))

    def candidates(self, doc: Document, path: Optional[str], roots: Sequence[str]) -> List[Document]:
        """Last year's report of ``doc`` among the workspace's reports (issuer known and
        matching, year one less), as ``--prior`` would name it; none when it is ambiguous."""
        try:
            from ..rules import yoy
        except ImportError:  # pragma: no cover - the yoy rules are not installed
            return []
        issuer, year = yoy.doc_issuer(doc), yoy.doc_year(doc)
        if not issuer or not year:
            return []
        me = os.path.abspath(path) if path else None
        out: List[Document] = []
        for root in roots:
            for p in self._files(root):
                if p == me:
                    continue
                piss, pyr, pdoc = self._info(p, yoy, root)
                if pdoc is not None and pyr == year - 1 and piss:
                    out.append(pdoc)
        # the engine's own pairing picks the one (several of one issuer: the one beside this report)
        from types import SimpleNamespace
        here = os.path.dirname(me) if me else None
        for group in (out, [d for d in out if here and d.source_path and os.path.dirname(d.source_path) == here]):
            if group:
                pairs = yoy.pair_documents([doc], SimpleNamespace(settings={"prior_documents": group}))
                if pairs:
                    return [pairs[0][1]]
        return []


# -- linting -------------------------------------------------------------------------------------
@dataclass
class Outcome:
    """One lint of one document."""

    uri: str
    version: Optional[int]
    doc: Optional[Document]
    findings: List[Finding]
    path: Optional[str] = None
    name: Optional[str] = None
    notifications: List[Notification] = field(default_factory=list)
    warnings: List[str] = field(default_factory=list)
    lang: str = "zh"
    config_path: Optional[str] = None
    config_error: Optional[str] = None
    from_disk: bool = False
    bom: bool = False
    priors: List[str] = field(default_factory=list)
    seconds: float = 0.0


def source_kind(name: str, registry: Any) -> Optional[str]:
    """``"buffer"`` (lint the editor's text), ``"disk"`` (read the file) or ``None`` (not ours)."""
    reader = reader_for(name, registry.readers)
    if reader is None:
        return None
    if getattr(reader, "writable", False):
        return "buffer"
    return "disk" if reader.name in DISK_FORMATS else None


class LintSession:
    """What the server knows between requests: the plugin registry, the workspace
    folders, the configuration and prior-report caches."""

    def __init__(self, registry: Any, roots: Sequence[str] = (), overrides: Optional[Dict[str, Any]] = None) -> None:
        self.registry = registry
        self.roots = [os.path.abspath(r) for r in roots]
        self.configs = ConfigCache(registry, overrides)
        self.priors = PriorIndex(registry)
        self._last: Dict[str, Document] = {}   # uri → its document at the last lint (issuer, year)

    def root_for(self, path: Optional[str]) -> str:
        if path:
            ap = os.path.abspath(path)
            inside = [r for r in self.roots if ap == r or ap.startswith(r.rstrip(os.sep) + os.sep)]
            if inside:
                return max(inside, key=len)
            return os.path.dirname(ap)
        return self.roots[0] if self.roots else os.getcwd()

    def lint(self, uri: str, path: Optional[str], text: Optional[str], version: Optional[int] = None,
             name: Optional[str] = None) -> Optional[Outcome]:
        """Lint one document: ``text`` is the buffer (``None``: read ``path`` from disk).
        ``name`` stands for the file name of an unsaved buffer (``untitled.md``)."""
        t0 = time.perf_counter()
        shown_name = path or name or "untitled.txt"
        kind = source_kind(shown_name, self.registry)
        if kind is None:
            return None
        root = self.root_for(path)
        folder = os.path.dirname(os.path.abspath(path)) if path else root
        resolved = self.configs.resolve(folder, root)
        settings = resolved.settings
        out = Outcome(uri, version, None, [], path=path, name=name, lang=settings.lang, config_path=resolved.path,
                      config_error=resolved.error, from_disk=(kind == "disk" or text is None))
        if resolved.error:
            out.seconds = time.perf_counter() - t0
            return out
        base = settings.root if resolved.path else root
        shown = display_path(os.path.abspath(path), base) if path else shown_name
        if path and is_excluded(shown, list(settings.exclude) + list(settings.extend_exclude)):
            out.seconds = time.perf_counter() - t0
            return out
        extra: Dict[str, Any] = {"prior_paths": [], "issuer": None, "year": None}
        if out.from_disk and not path:
            return None
        data = None
        if not out.from_disk:
            assert text is not None
            out.bom = text.startswith("\ufeff")
            data = text.encode("utf-8", "replace")
        roots = self.roots or [root]
        probe: Optional[Document] = None
        priors: List[Document] = []
        if self.priors.has_others(roots, path):
            # last year's report follows from this report's issuer and year: take them from
            # the previous lint of this document (checked below), else read it once first
            probe = self._last.get(uri)
            if probe is None:
                try:
                    probe = read_document(path if out.from_disk else "-", shown, self.registry, data)
                    probe.source_path = os.path.abspath(path) if path else None
                except Exception:  # unreadable (the lint reports it) or a crashing reader plugin
                    probe = None
            priors = self.priors.candidates(probe, path, roots) if probe is not None else []
        run = self._lint_with(out, path, priors, settings, resolved, base, extra, data, shown)
        new = run.documents[0] if run.documents else None
        if probe is not None and new is not None:
            if new.source_path is None and path:
                new.source_path = os.path.abspath(path)
            self._last[uri] = new
            if self.priors.identity(new) != self.priors.identity(probe):   # the title or the year was edited
                again = self.priors.candidates(new, path, roots)
                if [id(p) for p in again] != [id(p) for p in priors]:
                    run = self._lint_with(out, path, again, settings, resolved, base, extra, data, shown)
        docs = run.documents
        out.doc = docs[0] if docs else None
        if out.doc is not None and path:
            out.doc.source_path = os.path.abspath(path)
        out.findings = run.findings
        # plugins that failed to load are told once, at start-up; the rest happened in this run
        loaded = {e.message for e in self.registry.errors}
        out.notifications = [n for n in run.notifications if n.message not in loaded]
        out.warnings = list(run.warnings)
        out.seconds = time.perf_counter() - t0
        return out

    def fixed_text(self, outcome: Outcome, rounds: int = 10) -> Optional[Edit]:
        """All safe fixes of the document as one edit: fixes are applied, the text is
        linted again and the fixes that overlapped are applied in the next round, as
        ``lintgov check --fix`` does.  ``None`` when there is nothing to fix."""
        if outcome.doc is None or outcome.from_disk:
            return None
        original = text = fix_text(outcome.doc)
        cur: Optional[Outcome] = outcome
        for _ in range(rounds):
            edits = safe_fix_edits(fixable(cur)) if cur is not None else []
            if not edits or cur is None or cur.doc is None:
                break
            text = apply_edits(fix_text(cur.doc), edits)
            cur = self.lint(outcome.uri, outcome.path, text, outcome.version, name=outcome.name)
        return minimal_edit(original, text)

    def forget(self, uri: str) -> None:
        """The editor closed the document."""
        self._last.pop(uri, None)

    def _lint_with(self, out: Outcome, path: Optional[str], priors: List[Document], settings: Settings,
                   resolved: Resolved, base: str, extra: Dict[str, Any], data: Optional[bytes], shown: str):
        extra = dict(extra)
        out.priors = [p.source_path for p in priors if p.source_path]
        if priors:
            extra["prior_documents"] = priors
            extra["prior_paths"] = [p.source_path for p in priors]
        if out.from_disk:
            assert path is not None
            return self._run([os.path.abspath(path)], settings, resolved, base, extra)
        return self._run(["-"], settings, resolved, base, extra, stdin=data, shown=shown)

    def _run(self, paths: List[str], settings: Settings, resolved: Resolved, base: str, extra: Dict[str, Any],
             stdin: Optional[bytes] = None, shown: Optional[str] = None):
        return lint_paths(paths, self.registry, settings, resolved.options, cwd=base, stdin_filename=shown,
                          stdin=stdin, extra_settings=extra)


# -- what findings become ------------------------------------------------------------------------
def safe_fix_edits(findings: Sequence[Finding]) -> List[Edit]:
    """The edits of the safe fixes of ``findings``, as ``--fix`` would choose them
    (non-overlapping, never inside Markdown code or front matter), in offsets of
    :func:`fix_text`."""
    edits: List[Edit] = []
    for plan in plan_fixes(findings, include_unwritable=True):
        edits.extend(plan.edits)
    return edits


def minimal_edit(old: str, new: str) -> Optional[Edit]:
    """One edit turning ``old`` into ``new`` (the differing middle), or ``None``."""
    if old == new:
        return None
    a = _common(old, new)
    b = _common(old[a:][::-1], new[a:][::-1])
    return Edit(a, len(old) - b, new[a:len(new) - b])


def _common(x: str, y: str) -> int:
    """Length of the common prefix (binary search over slice comparisons)."""
    lo, hi = 0, min(len(x), len(y))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if x[:mid] == y[:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def safe_fix(f: Finding) -> bool:
    """Whether ``f`` carries a fix ``--fix`` would apply (safe, not display-only)."""
    fx = f.fix
    return bool(fx is not None and fx.edits and getattr(fx, "applicability", "safe" if fx.safe else "unsafe") == "safe")


def fixable(outcome: Outcome) -> List[Finding]:
    if outcome.from_disk or outcome.doc is None:
        return []
    return [f for f in outcome.findings if safe_fix(f) and f.doc is outcome.doc]


def suppression_edit(doc: Document, finding: Finding) -> Edit:
    """A ``disable-next-line`` comment on a line of its own before the paragraph of the
    finding (the directive covers the whole paragraph that starts on the next line).
    The edit's offsets are those of :func:`fix_text`."""
    p = doc.paragraph_at(finding.start)
    at = p.start if p is not None else finding.start
    sm = getattr(doc, "source_map", None)
    if sm is not None:
        at = sm.to_source(at)
    text = fix_text(doc)
    start = max(text.rfind("\n", 0, at), text.rfind("\r", 0, at)) + 1
    # at the start of the line, never indented: an indented comment would join a
    # Markdown paragraph instead of standing before it
    return Edit(start, start, SUPPRESS_TEMPLATE.format(code=finding.code) + "\n")


_LABELS = {
    "zh": {"formula": "算式", "stated": "所述值", "recomputed": "重算值", "tolerance": "容差", "expected": "应为",
           "operands": "运算数", "evidence": "证据", "explain": "规则说明", "more": "完整说明与示例：",
           "fix": "可安全修复", "suggested": "建议修改（不自动应用）", "related": "相关位置"},
    "en": {"formula": "formula", "stated": "stated", "recomputed": "recomputed", "tolerance": "tolerance",
           "expected": "expected", "operands": "operands", "evidence": "evidence", "explain": "rule",
           "more": "full explanation and examples:", "fix": "safe fix", "suggested": "suggested change (never applied automatically)",
           "related": "related"},
}
_FIRST = ("formula", "stated", "recomputed", "tolerance", "expected")


def _value(v: Any, limit: int = 200) -> str:
    s = v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)
    return s if len(s) <= limit else s[:limit - 1] + "…"


def hover_markdown(finding: Finding, lang: str = "zh") -> str:
    """The recomputation (operands, formula, tolerance and the rest of the evidence)
    and the rule's explanation, in Markdown."""
    rule = finding.rule
    lab = _LABELS.get(lang, _LABELS["zh"])
    out = [f"**{rule.code}** `{rule.name}` · {finding.level}", "", finding.message(lang)]
    doc = finding.doc
    ops = []
    for r in finding.related:
        rdoc = r.doc or doc
        label = r.message.get(lang) or r.message.get("zh", "")
        where = "" if rdoc is doc else f" ({os.path.basename(rdoc.path)})"
        ops.append(f"- {label}「{rdoc.text[r.start:r.end]}」{where}")
    ev = finding.evidence or {}
    rows = [f"- {lab[k]} (`{k}`): {_value(ev[k])}" for k in _FIRST if k in ev]
    rows += [f"- `{k}`: {_value(v)}" for k, v in ev.items() if k not in _FIRST]
    if ops:
        out += ["", f"**{lab['operands']}**", ""] + ops
    if rows:
        out += ["", f"**{lab['evidence']}**", ""] + rows
    if finding.fix is not None:
        kind = getattr(finding.fix, "applicability", "safe" if finding.fix.safe else "unsafe")
        desc = finding.fix.description.get(lang) or finding.fix.description.get("zh", "")
        out += ["", f"**{lab['fix' if kind == 'safe' else 'suggested']}**: {desc}"]
    out += ["", "---", "", f"**{lab['explain']}**: {rule.text(rule.summary, lang)}", "", rule.text(rule.description, lang)]
    if rule.authority:
        out += ["", rule.authority]
    out += ["", f"{lab['more']} `lintgov rule {rule.code}`"]
    return "\n".join(out)


def findings_at(outcome: Outcome, pos: Positions, line: int, character: int) -> List[Finding]:
    """Findings of the document itself whose range holds the LSP position (compared
    as positions, so that a reader's source map needs no inverse)."""
    here = (line, character)
    return [f for f in outcome.findings if f.doc is outcome.doc and pos.range(f.start, f.end)[0] <= here
            <= pos.range(f.start, f.end)[1]]
