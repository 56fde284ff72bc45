"""Running rules over documents.

:func:`lint_paths` is what ``lintgov check`` does: collect files, read each
with its reader, run every enabled rule on each document (and the corpus rules
once over all of them), and gather findings and notifications.  A file that
cannot be read becomes an ``LG001`` finding naming the file and the reason; a
rule that raises becomes a notification (exit code 2) while every other rule
and file still runs.
"""
from __future__ import annotations

import os
import sys
import traceback
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

from .config import Settings, enabled, ignored_for_file, is_excluded
from .document import Document
from .plugins import PluginError, Registry
from .readers import ReadError, reader_for
from .rule import Finding, Rule

SKIP_DIRS = {".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox", ".mypy_cache",
             ".pytest_cache", ".ruff_cache", "build", "dist", "site-packages"}

UNREADABLE_CODE = "LG001"


@dataclass
class Notification:
    """A tool problem (not a finding in a report): a plugin that failed to load,
    a rule that raised.  Any notification makes the run exit 2."""

    message: str
    kind: str = "internal-error"            # or "plugin-error", "configuration"
    rule: Optional[str] = None
    path: Optional[str] = None
    exc_type: str = ""
    exc_message: str = ""
    stack: str = ""


@dataclass
class Context:
    """What a rule sees besides the document: the run's language and settings,
    its own options (``rule.settings``) and the other documents of the run."""

    lang: str = "zh"
    settings: Dict[str, Any] = field(default_factory=dict)
    documents: List[Document] = field(default_factory=list)
    registry: Optional[Registry] = None

    def get(self, key: str, default: Any = None) -> Any:
        return self.settings.get(key, default)


def report_year(doc: Document, ctx: Optional[Context]) -> Optional[int]:
    """The report year of ``doc``: ``--year`` (``ctx.settings["year"]``) when given, else
    what the title or the opening says (``doc.report_year``)."""
    y = ctx.settings.get("year") if ctx is not None else None
    return int(y) if y else doc.report_year


@dataclass
class RunResult:
    documents: List[Document]
    findings: List[Finding]
    notifications: List[Notification]
    rules: List[Rule]                       # instances of the enabled rules
    registry: Registry
    files: List[str]                        # every path considered, in order
    unreadable: Dict[str, str] = field(default_factory=dict)  # path → reason (en)
    encodings: Dict[str, str] = field(default_factory=dict)   # path → codec used
    #: problems worth telling the user that do not change the exit code (a mistyped directive)
    warnings: List[str] = field(default_factory=list)
    #: figure relations checked / inconsistent / relational figures not checkable (lintgov.claims.coverage);
    #: None when no arithmetic or year-over-year rule ran
    coverage: Optional[Dict[str, int]] = None

    @property
    def successful(self) -> bool:
        return not self.notifications


class _UnreadableDoc(Document):
    """Placeholder document for a file that could not be read (LG001 points at it)."""


def display_path(path: str, cwd: str) -> str:
    if path == "-":
        return path
    try:
        rel = os.path.relpath(path, cwd)
    except ValueError:  # another drive on Windows
        return os.path.abspath(path)
    # a file outside the working directory keeps its absolute path (SARIF gets a file: URI)
    return os.path.abspath(path) if rel == ".." or rel.startswith(".." + os.sep) else rel


def collect_files(paths: Sequence[str], registry: Registry, settings: Settings,
                  force_exclude: bool = False, cwd: Optional[str] = None) -> List[Tuple[str, bool]]:
    """(path, explicitly named) for every file to lint, directories recursed.
    Exclude patterns match the path relative to ``cwd`` (or any one component)."""
    cwd = cwd or os.getcwd()

    def excluded(p: str) -> bool:
        return bool(excludes) and is_excluded(display_path(p, cwd), excludes)

    suffixes = tuple(s for r in registry.readers for s in r.suffixes)
    excludes = list(settings.exclude) + list(settings.extend_exclude)
    out: List[Tuple[str, bool]] = []
    seen = set()
    for p in paths:
        if p == "-":
            out.append((p, True))
            continue
        if os.path.isdir(p):
            for dirpath, dirnames, filenames in os.walk(p):
                dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIRS and not d.startswith(".")
                                     and not excluded(os.path.join(dirpath, d)))
                for fn in sorted(filenames):
                    full = os.path.join(dirpath, fn)
                    if fn.lower().endswith(suffixes) and not excluded(full) and full not in seen:
                        seen.add(full)
                        out.append((full, False))
        else:
            if force_exclude and excluded(p):
                continue
            if p not in seen:
                seen.add(p)
                out.append((p, True))
    return out


def read_document(path: str, shown: str, registry: Registry, data: Optional[bytes] = None) -> Document:
    """Read one file.  Raises :class:`ReadError` with the reason."""
    reader = reader_for(shown if path == "-" else path, registry.readers)
    if reader is None:
        reader = reader_for("x.txt", registry.readers)
    if data is None:
        try:
            with open(path, "rb") as f:
                data = f.read()
        except FileNotFoundError:
            raise ReadError("文件不存在", "no such file") from None
        except IsADirectoryError:
            raise ReadError("这是一个目录", "is a directory") from None
        except PermissionError:
            raise ReadError("没有读取权限", "permission denied") from None
        except OSError as e:
            raise ReadError(f"无法读取：{e.strerror}", f"cannot read: {e.strerror}") from None
    doc = reader.read(data, shown)
    doc.source_path = None if path == "-" else os.path.abspath(path)
    return doc


def instantiate_rules(registry: Registry, settings: Settings, options: Mapping[str, Mapping[str, Any]],
                      select: Optional[Sequence[str]] = None) -> List[Rule]:
    sel = settings.select if select is None else select
    out = []
    for cls in registry.rules:
        if enabled(cls, sel, settings.extend_select, settings.ignore):
            opts = dict(options.get(cls.code, {}))
            level = opts.pop("level", None)
            rule = cls(opts)
            if level:
                rule.level_override = level
            out.append(rule)
    return out


def _run_rule(rule: Rule, fn: Any, args: Tuple[Any, ...], where: Optional[str],
              notes: List[Notification]) -> List[Finding]:
    try:
        return list(fn(*args) or ())
    except Exception as e:
        tb = traceback.extract_tb(e.__traceback__)
        frame = tb[-1] if tb else None
        at = f" ({os.path.basename(frame.filename)}:{frame.lineno})" if frame else ""
        notes.append(Notification(
            message=(f"规则 {rule.code} ({rule.name}) 在 {where or '全部文件'} 上出错 / rule {rule.code} "
                     f"({rule.name}) raised on {where or 'the corpus'}: {type(e).__name__}: {e}{at}"),
            rule=rule.code, path=where, exc_type=type(e).__name__, exc_message=str(e),
            stack="".join(traceback.format_exception(type(e), e, e.__traceback__))))
        return []


def lint_documents(docs: Sequence[Document], rules: Sequence[Rule], ctx: Context,
                   per_file_ignores: Optional[Mapping[str, Sequence[str]]] = None) -> Tuple[List[Finding], List[Notification]]:
    """Run ``rules`` over ``docs``; return findings (sorted) and notifications."""
    findings: List[Finding] = []
    notes: List[Notification] = []
    pfi = per_file_ignores or {}
    ctx.documents = list(docs)
    for doc in docs:
        for rule in rules:
            if rule.scope != "document" or ignored_for_file(doc.path, type(rule), pfi):
                continue
            findings.extend(_run_rule(rule, rule.check, (doc, ctx), doc.path, notes))
    for rule in rules:
        if rule.scope == "corpus":
            got = _run_rule(rule, rule.check_corpus, (list(docs), ctx), None, notes)
            findings.extend(f for f in got if not ignored_for_file(f.doc.path, type(rule), pfi))
    return _dedupe(findings), notes


def _dedupe(findings: Iterable[Finding]) -> List[Finding]:
    out, seen = [], set()
    for f in sorted(findings, key=Finding.sort_key):
        k = f.sort_key()
        if k not in seen:
            seen.add(k)
            out.append(f)
    return out


def lint_paths(paths: Sequence[str], registry: Registry, settings: Settings, options: Mapping[str, Mapping[str, Any]],
               *, cwd: Optional[str] = None, stdin_filename: Optional[str] = None, stdin: Optional[bytes] = None,
               force_exclude: bool = False, extra_settings: Optional[Mapping[str, Any]] = None,
               baseline: Optional[Iterable[str]] = None) -> RunResult:
    """Lint ``paths``.  Findings suppressed inline (``<!-- lintgov: disable… -->``) or
    present in ``baseline`` (finding hashes of an earlier report) are dropped."""
    from .suppress import apply_baseline, apply_inline
    cwd = cwd or os.getcwd()
    notes = [Notification(e.message, kind="plugin-error", exc_type=e.exc_type, exc_message=e.exc_message)
             for e in registry.errors]
    rules = instantiate_rules(registry, settings, options)
    unreadable_rule = registry.rule(UNREADABLE_CODE)
    docs: List[Document] = []
    findings: List[Finding] = []
    unreadable: Dict[str, str] = {}
    encodings: Dict[str, str] = {}
    paths = [p if p == "-" or os.path.isabs(p) else os.path.join(cwd, p) for p in paths]
    files = collect_files(paths, registry, settings, force_exclude, cwd)
    for path, _explicit in files:
        shown = (stdin_filename or "-") if path == "-" else display_path(path, cwd)
        data = None
        if path == "-":
            data = stdin if stdin is not None else sys.stdin.buffer.read()
        try:
            doc = read_document(path, shown, registry, data)
        except ReadError as e:
            unreadable[shown] = e.en
            if unreadable_rule is not None and any(isinstance(r, unreadable_rule) for r in rules):
                rule = next(r for r in rules if isinstance(r, unreadable_rule))
                placeholder = _UnreadableDoc("", shown)
                findings.append(rule.finding(placeholder, 0, 0, reason_zh=e.zh, reason_en=e.en))
            continue
        except Exception as e:  # a reader plugin that crashed
            notes.append(Notification(f"读取 {shown} 时出错 / reader crashed on {shown}: {type(e).__name__}: {e}",
                                      path=shown, exc_type=type(e).__name__, exc_message=str(e),
                                      stack=traceback.format_exc()))
            continue
        encodings[shown] = doc.encoding
        docs.append(doc)
    run_settings = settings.run_settings()
    run_settings.update(extra_settings or {})
    ctx = Context(lang=settings.lang, settings=run_settings, registry=registry)
    found, rule_notes = lint_documents(docs, rules, ctx, settings.per_file_ignores)
    for f in found:
        override = getattr(f.rule, "level_override", None)
        if override:
            f.level = override
    findings = apply_inline(_dedupe(findings + found))
    from .suppress import directive_warnings
    warnings = [w for d in docs for w in directive_warnings(d, registry.rules)]
    if baseline:
        findings = apply_baseline(findings, set(baseline))
    coverage = None
    if any(r.category in ("arithmetic", "yoy") for r in rules):
        from .claims import coverage as claims_coverage
        coverage = claims_coverage(docs)
    return RunResult(documents=docs, findings=findings, notifications=notes + rule_notes, rules=rules,
                     registry=registry, files=[p for p, _ in files], unreadable=unreadable, encodings=encodings,
                     warnings=warnings, coverage=coverage)


def lint_text(text: str, rules: Sequence[Rule], *, path: str = "example.txt", registry: Optional[Registry] = None,
              settings: Optional[Mapping[str, Any]] = None, lang: str = "zh") -> List[Finding]:
    """Lint a string (used by the examples tests and handy in plugins' own tests).
    Raises the first rule exception instead of turning it into a notification."""
    from .plugins import build_registry
    reg = registry or build_registry(load_entry_points=False)
    try:
        doc = read_document(path, path, reg, text.encode("utf-8"))
    except ReadError as e:
        return [r.finding(_UnreadableDoc("", path), 0, 0, reason_zh=e.zh, reason_en=e.en)
                for r in rules if r.code == UNREADABLE_CODE]
    ctx = Context(lang=lang, settings=dict(settings or {}), registry=reg, documents=[doc])
    out: List[Finding] = []
    for rule in rules:
        if rule.scope == "document":
            out.extend(rule.check(doc, ctx) or ())
        else:
            out.extend(rule.check_corpus([doc], ctx) or ())
    return _dedupe(out)
