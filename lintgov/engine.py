"""Running rules over documents.

:func:`lint_paths` is what ``lintgov check`` does: collect files, read each
with its reader, run every enabled rule on each document (and the corpus rules
once over all of them), and gather findings and notifications.  A file that
cannot be read becomes an ``LG001`` finding naming the file and the reason; a
rule that raises becomes a notification (exit code 2) while every other rule
and file still runs.

Containment (third-party rules are code lintgov does not control): each rule
runs on each document under a time budget (``limits.rule_time``) and a cap on
its findings (``limits.findings_per_rule``; an endless generator is stopped);
every result is validated (a :class:`~lintgov.rule.Finding` of that rule, offsets
inside the text, a message that renders, JSON-serialisable evidence, well-formed
fixes); any exception — ``SystemExit`` and other ``BaseException`` subclasses
included, and a ``KeyboardInterrupt`` the user did not cause — becomes a
notification naming the plugin and the rule.  The time budget uses
``SIGALRM`` (``signal.setitimer``) on the main thread of a POSIX process: a rule
that loops or sleeps is interrupted where it is.  Elsewhere (Windows, a worker
thread) the rule runs in a helper thread that is abandoned when its time is up
(its findings are dropped and it is reported; the thread itself cannot be
stopped).  A rule stuck inside a C extension that never returns to the
interpreter cannot be interrupted in-process by either means.
"""
from __future__ import annotations

import itertools
import os
import signal
import stat
import sys
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

from . import limits as _limits
from .config import Settings, enabled, ignored_for_file, is_excluded
from .document import Document
from .plugins import PluginError, Registry
from .readers import ReadError, read_file, reader_for
from .rule import LEVELS, Edit, Finding, Fix, Related, Rule

from .runner.walk import SKIP_DIRS  # noqa: E402,F401 - one list of folders never walked

UNREADABLE_CODE = "LG001"

#: document formats lintgov has no reader for: a file with one of these suffixes is
#: collected from directories and reported as LG001, never silently skipped
UNSUPPORTED_SUFFIXES = (".pdf", ".wps", ".wpt", ".doc", ".dot", ".docm", ".dotx", ".dotm", ".rtf", ".odt",
                        ".ott", ".ofd", ".xps", ".pages", ".et", ".dps", ".uof", ".uot")
#: editor and office lock and backup files: skipped, never reported
_LOCK_PREFIXES = ("~$", ".~lock.", ".#")
_BACKUP_SUFFIXES = ("~", ".bak", ".swp", ".swo", ".swn", ".swx", ".tmp", ".orig", ".rej")


def is_lock_or_backup(name: str) -> bool:
    """Word lock files (``~$x.docx``), LibreOffice and Emacs locks (``.~lock.x#``,
    ``.#x``), editor backups and swap files (``x~``, ``*.bak``, ``*.swp``)."""
    base = os.path.basename(name)
    return base.startswith(_LOCK_PREFIXES) or base.lower().endswith(_BACKUP_SUFFIXES)


@dataclass
class Notification:
    """A tool problem (not a finding in a report): a plugin that failed to load,
    a rule that raised.  Any notification makes the run exit 2."""

    message: str
    kind: str = "internal-error"            # or "plugin-error", "configuration", "limit"
    rule: Optional[str] = None
    plugin: Optional[str] = None
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
    """The result of linting documents: the documents, findings, notifications, rules and registry."""
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
    #: path → (document kind, why lintgov decided it), for ``-v`` and the JSON/SARIF reports
    kinds: Dict[str, Tuple[str, str]] = field(default_factory=dict)

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
                  force_exclude: bool = False, cwd: Optional[str] = None,
                  errors: Optional[Dict[str, ReadError]] = None) -> List[Tuple[str, bool]]:
    """(path, explicitly named) for every file to lint, directories recursed (see
    :func:`lintgov.runner.walk.collect`, which also honours ``.gitignore``).
    Exclude patterns match the path relative to ``cwd`` (or any one component).

    Files whose suffix a reader claims are collected, and so are documents in a
    format lintgov cannot read (``.pdf``, ``.wps``…: they become LG001).  Lock and
    backup files are skipped.  A directory that cannot be listed is put in
    ``errors`` (path → why) and in the result, so that it is reported, not skipped."""
    from .runner import fixed_finder
    from .runner.walk import collect
    cwd = cwd or os.getcwd()
    suffixes = tuple(s for r in registry.readers for s in r.suffixes) + UNSUPPORTED_SUFFIXES
    got = collect(paths, suffixes, cwd=cwd, finder=fixed_finder(settings, {}), force_exclude=force_exclude,
                  errors=errors, is_lock_or_backup=is_lock_or_backup, display_path=display_path)
    return [(p, named) for p, named, _k in got]


def read_file_bytes(path: str, cap: Optional[int] = None) -> bytes:
    """The bytes of the regular file ``path``, at most ``cap`` (default: the
    ``file-size`` limit); see :func:`lintgov.readers.read_file` (a FIFO, a device, a
    socket or a directory is refused without blocking).  Raises :class:`ReadError`."""
    return read_file(path, cap)


def read_document(path: str, shown: str, registry: Registry, data: Optional[bytes] = None) -> Document:
    """Read one file.  Raises :class:`ReadError` with the reason."""
    name = shown if path == "-" else path
    reader = reader_for(name, registry.readers)
    if reader is None:
        if name.lower().endswith(UNSUPPORTED_SUFFIXES):
            ext = os.path.splitext(name)[1].lower()
            raise ReadError(f"不支持 {ext} 格式，内容未检查（请另存为 .docx 或 .txt）",
                            f"{ext} files are not supported; the content was not checked (save as .docx or .txt)")
        reader = reader_for("x.txt", registry.readers)
    if data is None:
        data = read_file_bytes(path)
    elif len(data) > _limits.current().file_size:
        lim = _limits.current().file_size
        raise ReadError(f"输入过大，超过限制 file-size（{lim} 字节）", f"input too large: exceeds limit file-size ({lim} bytes)")
    doc = reader.read(data, shown)
    cap = _limits.current().text_size
    if isinstance(doc.text, str) and len(doc.text) > cap:
        raise ReadError(f"文本过长（{len(doc.text)} 字符），超过限制 text-size（{cap} 字符），内容未检查",
                        f"text too long ({len(doc.text)} characters): exceeds limit text-size ({cap} characters); "
                        f"the content was not checked")
    doc.source_path = None if path == "-" else os.path.abspath(path)
    return doc


def instantiate_rules(registry: Registry, settings: Settings, options: Mapping[str, Mapping[str, Any]],
                      select: Optional[Sequence[str]] = None,
                      notes: Optional[List["Notification"]] = None) -> List[Rule]:
    """Instances of the enabled rules.  A rule whose constructor raises is left out
    (a notification in ``notes``, when given; otherwise the error propagates)."""
    sel = settings.select if select is None else select
    out = []
    for cls in registry.rules:
        if enabled(cls, sel, settings.extend_select, settings.ignore):
            opts = dict(options.get(cls.code, {}))
            level = opts.pop("level", None)
            try:
                rule = cls(opts)
            except BaseException as e:  # noqa: B036 - a plugin's constructor
                if notes is None or _genuine_interrupt(e):
                    raise
                notes.append(_failure_note(cls, None, f"{type(e).__name__}: {e}", e))
                continue
            if level:
                rule.level_override = level
            out.append(rule)
    return out


# -- running one rule, contained -------------------------------------------------------------

class RuleTimeout(BaseException):
    """Raised inside a rule whose time budget ran out (a BaseException, so that a
    rule's own ``except Exception`` does not swallow it)."""


#: set when a real SIGINT arrived during a run: a KeyboardInterrupt is the user's only then
_user_interrupt = threading.Event()


class _InterruptWatch:
    """While a run is in progress on the main thread, note whether SIGINT really
    arrived (then pass it on as before), so that a plugin raising
    ``KeyboardInterrupt`` itself is contained while Ctrl-C still stops lintgov."""

    depth = 0
    previous: Any = None

    def __enter__(self) -> "_InterruptWatch":
        cls = type(self)
        if cls.depth == 0 and threading.current_thread() is threading.main_thread():
            try:
                cls.previous = signal.signal(signal.SIGINT, cls._handler)
            except (ValueError, OSError):  # pragma: no cover
                cls.previous = None
            _user_interrupt.clear()
        cls.depth += 1
        return self

    def __exit__(self, *exc: Any) -> None:
        cls = type(self)
        cls.depth -= 1
        if cls.depth == 0 and cls.previous is not None:
            try:
                signal.signal(signal.SIGINT, cls.previous)
            except (ValueError, OSError):  # pragma: no cover
                pass
            cls.previous = None

    @classmethod
    def _handler(cls, signum: int, frame: Any) -> None:  # pragma: no cover - needs a real signal
        _user_interrupt.set()
        prev = cls.previous
        if callable(prev) and prev is not cls._handler:
            prev(signum, frame)
        elif prev == signal.SIG_IGN:
            return
        raise KeyboardInterrupt


def install_interrupt_marker() -> None:
    """Kept for callers: runs watch SIGINT themselves (see :class:`_InterruptWatch`)."""


def _genuine_interrupt(e: BaseException) -> bool:
    """Whether ``e`` is the user's Ctrl-C (to be let through) rather than a plugin's doing."""
    return isinstance(e, KeyboardInterrupt) and _user_interrupt.is_set()


try:   # signal.signal without the enum conversion of its result (~3 us a call, twice per rule call)
    from _signal import signal as _set_handler
except ImportError:  # pragma: no cover - not CPython
    _set_handler = signal.signal


class _Alarm:
    """The time budget of one rule call, by ``SIGALRM`` where that works."""

    armed = False
    overdue = 0

    @staticmethod
    def usable() -> bool:
        return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()

    @classmethod
    def handler(cls, signum, frame):  # runs between bytecodes of the rule
        if not cls.armed:
            return
        cls.overdue += 1
        if cls.overdue > 30:  # the rule swallowed 30 interrupts in a row: nothing in-process can stop it
            sys.stderr.write("lintgov: 一条规则无法停止，退出 / a rule cannot be stopped (it ignores interrupts); exiting\n")
            sys.stderr.flush()
            os._exit(2)
        raise RuleTimeout()


def _failure_note(rule: Any, where: Optional[str], what: str, e: Optional[BaseException] = None,
                  kind: str = "plugin-error") -> "Notification":
    plugin = getattr(rule, "plugin", "") or "?"
    code, name = getattr(rule, "code", "?"), getattr(rule, "name", "?")
    at = ""
    stack = ""
    if e is not None and e.__traceback__ is not None:
        import traceback        # (only when a rule failed: ~2 ms of a one-file start otherwise)
        tb = traceback.extract_tb(e.__traceback__)
        frame = tb[-1] if tb else None
        at = f" ({os.path.basename(frame.filename)}:{frame.lineno})" if frame else ""
        stack = "".join(traceback.format_exception(type(e), e, e.__traceback__))
    zh_where = where or "全部文件"
    return Notification(
        message=(f"插件 {plugin} 的规则 {code} ({name}) 在 {zh_where} 上{'被限制停止' if kind == 'limit' else '出错'} / "
                 f"rule {code} ({name}) of plugin {plugin} {'was stopped' if kind == 'limit' else 'failed'} on "
                 f"{where or 'the corpus'}: {what}{at}"),
        kind=kind, rule=code, plugin=plugin, path=where, exc_type=type(e).__name__ if e is not None else "",
        exc_message=str(e) if e is not None else what, stack=stack)


_INF = float("inf")
_PLAIN_ATOMS = (str, bool, type(None))


def _plain(value: Any, depth: int = 0) -> bool:
    """Whether ``value`` is plain JSON data that json.dumps(allow_nan=False) writes: strings, ints, bools, None,
    finite floats, lists, tuples and dicts with string keys, exactly those types, nested at most 20 deep, ints of
    up to ~4,200 digits (False says nothing: :func:`_json_ok` then asks json itself)."""
    t = type(value)
    if t in _PLAIN_ATOMS:
        return True
    if t is int:
        return value.bit_length() < 14000      # (an int of more than 4,300 digits has no str by default)
    if t is float:
        return -_INF < value < _INF
    if depth >= 20:
        return False
    if t is list or t is tuple:
        return all(_plain(v, depth + 1) for v in value)
    if t is dict:
        return all(type(k) is str and _plain(v, depth + 1) for k, v in value.items())
    return False


def _json_ok(value: Any) -> bool:
    # plain data needs no encoder (json is then not imported by a run whose findings carry plain evidence)
    if _plain(value):
        return True
    import json
    try:
        json.dumps(value, ensure_ascii=False, allow_nan=False)
        return True
    except (TypeError, ValueError, RecursionError, OverflowError):
        return False
    except Exception:  # an object whose __eq__/__hash__/__str__ raises
        return False


def _span_ok(doc: Any, start: Any, end: Any) -> bool:
    return (type(start) is int and type(end) is int and isinstance(doc, Document)
            and isinstance(doc.text, str) and 0 <= start <= end <= len(doc.text))


def validate_finding(item: Any, rule: Rule, docs: Sequence[Document]) -> Optional[str]:
    """Why ``item`` is not a valid finding of ``rule`` on one of ``docs`` (None: it is)."""
    if not isinstance(item, Finding):
        return f"yielded {type(item).__name__}, not a Finding"
    if item.rule is not rule and type(item.rule) is not type(rule):
        return f"yielded a finding of another rule ({getattr(item.rule, 'code', '?')})"
    if not any(item.doc is d for d in docs):
        if not isinstance(item.doc, Document):
            return "a finding whose document is not a Document"
    if not _span_ok(item.doc, item.start, item.end):
        n = len(item.doc.text) if isinstance(item.doc, Document) and isinstance(item.doc.text, str) else "?"
        return f"a finding at offsets {item.start!r}..{item.end!r} outside the text (length {n})"
    if item.level not in LEVELS:
        return f"a finding with level {item.level!r}"
    if not isinstance(item.key, str) or item.key not in rule.messages:
        return f"a finding with no message template {item.key!r}"
    if not isinstance(item.params, dict):
        return "a finding whose params are not a dict"
    try:
        for lang in ("zh", "en"):
            if not isinstance(item.message(lang), str):
                return "a message that is not text"
    except Exception as e:
        return f"a message template that raises {type(e).__name__}: {e}"
    if not isinstance(item.evidence, dict) or not _json_ok(item.evidence):
        return "evidence that is not JSON-serialisable"
    if not isinstance(item.related, list):
        return "related locations that are not a list"
    for r in item.related:
        if not isinstance(r, Related) or not _span_ok(r.doc if r.doc is not None else item.doc, r.start, r.end) \
                or not isinstance(r.message, Mapping):
            return "a related location outside its text"
    if item.fix is not None:
        fx = item.fix
        if not isinstance(fx, Fix) or not isinstance(fx.edits, (tuple, list)) or not isinstance(fx.description, Mapping):
            return "a fix that is not a Fix"
        for e in fx.edits:
            if not isinstance(e, Edit) or not isinstance(e.replacement, str) or not _span_ok(item.doc, e.start, e.end):
                return "a fix whose edits lie outside the text"
    if not isinstance(item.notes, list):
        return "notes that are not a list"
    return None


def _collect(rule: Rule, fn: Any, args: Tuple[Any, ...], cap: int, sink: List[Any]) -> None:
    result = fn(*args)
    if result is None:
        return
    if isinstance(result, (str, bytes, Mapping)) or not hasattr(result, "__iter__"):
        raise TypeError(f"check() returned {type(result).__name__}, not an iterable of findings")
    it = iter(result)
    try:
        for item in itertools.islice(it, cap + 1):
            sink.append(item)
    finally:
        close = getattr(it, "close", None)
        if close is not None:
            try:
                close()
            except Exception:
                pass


def _run_rule(rule: Rule, fn: Any, args: Tuple[Any, ...], where: Optional[str],
              notes: List[Notification], docs: Sequence[Document] = (),
              budget: Optional[float] = None) -> List[Finding]:
    """Run one rule call under the time budget and the findings cap; return its valid findings."""
    lim = _limits.current()
    cap = lim.findings_per_rule
    budget = lim.rule_time if budget is None else budget
    got: List[Any] = []
    failure: Optional[Tuple[str, Optional[BaseException], str]] = None
    started = time.perf_counter()
    if _Alarm.usable():
        previous = _set_handler(signal.SIGALRM, _Alarm.handler)
        try:
            _Alarm.overdue = 0
            _Alarm.armed = True
            signal.setitimer(signal.ITIMER_REAL, budget, 1.0)
            try:
                _collect(rule, fn, args, cap, got)
            finally:
                _Alarm.armed = False
                signal.setitimer(signal.ITIMER_REAL, 0)
            if _Alarm.overdue:  # it swallowed the interrupt and finished late
                raise RuleTimeout()
        except RuleTimeout as e:
            failure = (f"stopped after {budget:g} s (limit rule-time)", e, "limit")
        except BaseException as e:  # noqa: B036 - plugins: SystemExit, GeneratorExit, their own BaseExceptions
            if _genuine_interrupt(e):
                raise
            failure = (f"{type(e).__name__}: {e}", e, "plugin-error")
        finally:
            _set_handler(signal.SIGALRM, previous)
    else:
        box: Dict[str, Any] = {}

        def target() -> None:
            try:
                _collect(rule, fn, args, cap, got)
            except BaseException as e:  # noqa: B036
                box["error"] = e

        t = threading.Thread(target=target, name=f"lintgov-rule-{rule.code}", daemon=True)
        t.start()
        t.join(budget)
        if t.is_alive():
            failure = (f"stopped after {budget:g} s (limit rule-time; the rule's thread was abandoned)", None, "limit")
            got = []
        elif "error" in box:
            e = box["error"]
            if _genuine_interrupt(e):
                raise e
            failure = (f"{type(e).__name__}: {e}", e, "plugin-error")
    if failure is not None:
        what, e, kind = failure
        notes.append(_failure_note(rule, where, what, e, kind))
        return []  # a rule that failed half-way reports nothing: its findings may be partial or wrong
    if len(got) > cap:
        del got[cap:]
        notes.append(_failure_note(rule, where, f"more than {cap} findings (limit findings-per-rule); the rest dropped",
                                   None, "limit"))
    out: List[Finding] = []
    bad: List[str] = []
    for item in got:
        why = validate_finding(item, rule, docs)
        if why is None:
            out.append(item)
        else:
            bad.append(why)
    if bad:
        more = f" (and {len(bad) - 1} more)" if len(bad) > 1 else ""
        notes.append(_failure_note(rule, where, f"invalid result: {bad[0]}{more}"))
    rule.__dict__["_lintgov_seconds"] = rule.__dict__.get("_lintgov_seconds", 0.0) + time.perf_counter() - started
    return out


def lint_documents(docs: Sequence[Document], rules: Sequence[Rule], ctx: Context,
                   per_file_ignores: Optional[Mapping[str, Sequence[str]]] = None,
                   after_rule: Optional[Any] = None) -> Tuple[List[Finding], List[Notification]]:
    """Run ``rules`` over ``docs``; return findings (sorted) and notifications.
    Each document keeps at most ``limits.findings_per_file`` findings.  ``after_rule(doc, i)``,
    when given, is called after the document rule ``rules[i]`` ran on ``doc`` (the runner drops
    caches no later rule reads: lintgov.runner.lifetimes)."""
    with _InterruptWatch():
        return _lint_documents(docs, rules, ctx, per_file_ignores, after_rule)


def _lint_documents(docs: Sequence[Document], rules: Sequence[Rule], ctx: Context,
                    per_file_ignores: Optional[Mapping[str, Sequence[str]]],
                    after_rule: Optional[Any] = None) -> Tuple[List[Finding], List[Notification]]:
    from .namespans import guard_findings
    findings: List[Finding] = []
    notes: List[Notification] = []
    pfi = per_file_ignores or {}
    ctx.documents = list(docs)
    per_file = _limits.current().findings_per_file
    for doc in docs:
        mine: List[Finding] = []
        for i, rule in enumerate(rules):
            if rule.scope != "document" or ignored_for_file(doc.path, type(rule), pfi):
                continue
            mine.extend(_run_rule(rule, rule.check, (doc, ctx), doc.path, notes, (doc,)))
            if after_rule is not None:
                after_rule(doc, i)
        if len(mine) > per_file:
            mine = _dedupe(mine)[:per_file]
            notes.append(Notification(f"{doc.path}: 问题超过 {per_file} 个，其余未报告 / more than {per_file} findings "
                                      f"(limit findings-per-file); the rest are not reported", kind="limit", path=doc.path))
        findings.extend(mine)
    for rule in rules:
        if rule.scope == "corpus":
            budget = _limits.current().rule_time * max(1, len(docs))
            got = _run_rule(rule, rule.check_corpus, (list(docs), ctx), None, notes, list(docs), budget)
            findings.extend(f for f in got if not ignored_for_file(f.doc.path, type(rule), pfi))
    guard_findings(findings)  # a fix touching what could be a name is never applied automatically
    return _dedupe(findings), notes


def _dedupe(findings: Iterable[Finding]) -> List[Finding]:
    out, seen = [], set()
    for f in sorted(findings, key=Finding.sort_key):
        k = f.sort_key()
        if k not in seen:
            seen.add(k)
            out.append(f)
    return out


def unreadable_finding(registry: Registry, shown: str, e: ReadError) -> Optional[Finding]:
    """The LG001 finding for a file that could not be read (whatever the selection)."""
    cls = registry.rule(UNREADABLE_CODE)
    if cls is None:
        return None
    rule = cls({})
    return rule.finding(_UnreadableDoc("", shown), 0, 0, reason_zh=e.zh, reason_en=e.en)


def lint_paths(paths: Sequence[str], registry: Registry, settings: Settings, options: Mapping[str, Mapping[str, Any]],
               *, cwd: Optional[str] = None, stdin_filename: Optional[str] = None, stdin: Optional[bytes] = None,
               force_exclude: bool = False, extra_settings: Optional[Mapping[str, Any]] = None,
               baseline: Optional[Iterable[str]] = None, keep_documents: bool = True, jobs: Optional[int] = 1,
               cache_dir: Optional[str] = None, progress: bool = False, respect_gitignore: bool = True) -> RunResult:
    """Lint ``paths`` with one configuration (``settings`` and its validated ``options``); the run
    loop is :mod:`lintgov.runner` (this is its entry point for callers that hold a registry and
    settings: the language server, tests, tools).  Findings suppressed inline
    (``<!-- lintgov: disable… -->``) or present in ``baseline`` (finding hashes of an earlier
    report) are dropped.  With ``keep_documents`` (the default) the result holds the documents
    and :class:`~lintgov.rule.Finding` objects; without, records only (see the runner).

    A file that cannot be read is always reported (``LG001``), whatever the rule
    selection, ``per-file-ignores``, inline directives or baseline say: a gate must
    never pass what it did not read (``run.unreadable``; the CLI exits 3)."""
    from .runner import RunSpec, fixed_finder, run_paths
    cwd = cwd or os.getcwd()
    extra = dict(extra_settings or {})
    priors = [p for p in (extra.pop("prior_documents", None) or []) if p is not None]
    spec = RunSpec(configs={"": (settings, dict(options))}, cwd=cwd, extra=extra,
                   baseline=frozenset(baseline) if baseline else None, cache_dir=cache_dir,
                   keep_documents=keep_documents, limits=_limits.current())
    return run_paths(paths, registry, spec, fixed_finder(settings, options), stdin_filename=stdin_filename, stdin=stdin,
                     force_exclude=force_exclude, respect_gitignore=respect_gitignore, jobs=jobs, progress=progress,
                     prior_documents=priors)


def lint_text(text: str, rules: Sequence[Rule], *, path: str = "example.txt", registry: Optional[Registry] = None,
              settings: Optional[Mapping[str, Any]] = None, lang: str = "zh") -> List[Finding]:
    """Lint a string (used by the examples tests and handy in plugins' own tests).
    Raises the first rule exception instead of turning it into a notification, and an invalid finding (one a
    real run would drop with an ``invalid result`` note, e.g. evidence that is not JSON) as a ``ValueError``."""
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
        got = list((rule.check(doc, ctx) if rule.scope == "document" else rule.check_corpus([doc], ctx)) or ())
        for item in got:
            why = validate_finding(item, rule, (doc,))
            if why is not None:
                raise ValueError(f"{rule.code}: invalid result: {why}")
        out.extend(got)
    return _dedupe(out)
