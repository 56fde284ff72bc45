"""Reports written as a run goes: a :class:`ReportWriter` takes the findings of each file in
report order and writes them at once (text, concise, full, CSV, GitHub: line by line; JSON:
each finding as it comes, the per-file rows and the summary after them), so that a bulk run
never holds its report, or the findings of every file, in memory.  Whatever must wait for the
end — the parts of the JSON document after the findings, the SARIF log whose head lists the
rules of every result and whose results may be cut to GitHub's 25,000 — goes to a
:class:`~lintgov.runner.spool.Spool` (a temporary file) meanwhile.

A formatter that streams has ``writer(out, opts, head)``; its ``render(run, opts)`` is
:func:`render_run`, which feeds a finished :class:`~lintgov.engine.RunResult` through the same
writer, so the streamed report and the rendered one are the same bytes by construction.
"""
from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple


@dataclass
class RunHead:
    """What a report needs before the first finding."""

    files: List[str]                    # every path considered (the JSON ``files``; the count in summaries)
    rules: List[Any]                    # the enabled rules (instances)
    registry: Any = None
    #: per-file rows will come (the JSON ``files_summary``)
    file_rows: bool = True


@dataclass
class RunTail:
    """What a report needs after the last finding."""

    notifications: List[Any] = field(default_factory=list)
    coverage: Optional[Dict[str, int]] = None
    unreadable: int = 0                 # files not read (LG001)


@dataclass
class Artifact:
    """A file that was read, as SARIF's ``artifacts`` lists it."""

    path: str
    encoding: str
    format: str
    meta: Dict[str, Any]
    kind: Optional[Tuple[str, str]] = None


class ReportWriter:
    """Writes one report to ``out`` (a text stream) piece by piece: :meth:`findings` (views in
    report order, any number of calls), :meth:`kind`, :meth:`artifact`, :meth:`file_row` (per
    file, in report order), then :meth:`end` once (``opts.exit_code`` is read there)."""

    def __init__(self, out: Any, opts: Any, head: RunHead) -> None:
        self.out = out
        self.opts = opts
        self.head = head
        self.begin()

    def begin(self) -> None:
        pass

    def findings(self, views: Sequence[Any]) -> None:
        pass

    def kind(self, path: str, kind: Tuple[str, str]) -> None:
        pass

    def artifact(self, art: Artifact) -> None:
        pass

    def file_row(self, row: Dict[str, Any]) -> None:
        pass

    def end(self, tail: RunTail) -> None:
        pass


class Tally:
    """Counts of the findings seen so far, for summaries: by level (in the order met, as
    :func:`~lintgov.formatters.base.summary_counts`), how many ``--fix`` fixes and how many
    fixes it holds back."""

    def __init__(self, opts: Any) -> None:
        self.opts = opts
        self.counts: Dict[str, int] = {"error": 0, "warning": 0, "note": 0}
        self.n = 0
        self.fixable = 0
        self.held = 0

    def add(self, views: Iterable[Any]) -> None:
        from .base import fixable
        counts = self.counts
        for f in views:
            self.n += 1
            counts[f.level] = counts.get(f.level, 0) + 1
            if fixable(f, self.opts):
                self.fixable += 1
            elif f.fix is not None and f.fix.edits:
                self.held += 1


class Statistics:
    """Findings per rule (``--statistics``), counted as they come."""

    def __init__(self) -> None:
        self.by_code: Dict[str, Dict[str, Any]] = {}

    def add(self, views: Iterable[Any]) -> None:
        for f in views:
            c = self.by_code.get(f.code)
            if c is None:
                c = self.by_code[f.code] = {"code": f.code, "name": f.rule.name, "count": 0, "levels": set(), "fixable": 0}
            c["count"] += 1
            c["levels"].add(f.level)
            if f.fix is not None and f.fix.edits and f.fix.safe and not f.fix.display_only:
                c["fixable"] += 1

    def rows(self) -> List[Dict[str, Any]]:
        """Most frequent first: code, name, count, levels (most severe first), fixable."""
        rank = {"error": 0, "warning": 1, "note": 2}
        out = [dict(c) for c in sorted(self.by_code.values(), key=lambda c: (-c["count"], c["code"]))]
        for c in out:
            c["levels"] = sorted(c["levels"], key=rank.get)
        return out

    def text(self) -> str:
        """The text form: ``count  code name [levels]`` per rule, most frequent first."""
        return "".join(f"{c['count']:>5}  {c['code']:<7} {c['name']} [{', '.join(c['levels'])}]\n"
                       for c in sorted(self.rows(), key=lambda c: (-c["count"], c["code"], c["name"])))


class StatisticsWriter(ReportWriter):
    """``--statistics``: the count of findings per rule, as text or (``as_json``) JSON."""

    as_json = False

    def begin(self) -> None:
        self.stats = Statistics()

    def findings(self, views: Sequence[Any]) -> None:
        self.stats.add(views)

    def end(self, tail: RunTail) -> None:
        if self.as_json:
            import json
            self.out.write(json.dumps(self.stats.rows(), ensure_ascii=False, indent=2) + "\n")
        else:
            self.out.write(self.stats.text())


class JsonStatisticsWriter(StatisticsWriter):
    as_json = True


# -- JSON as json.dumps(indent=2) writes it, one piece at a time ----------------------------------

def dumps_at(obj: Any, level: int) -> str:
    """``json.dumps(obj, indent=2)`` as it appears nested ``level`` deep in an indented document
    (a JSON string never holds a raw line break, so indenting the lines is exact).

    Plain data (str, int, float, bool, None, lists, tuples, dicts with str keys) is written by
    :func:`_indented`: ``json`` writes an indented document through closures built for each call,
    which refer to each other (a reference cycle per call), so a bulk run's JSON report left
    thousands of them to the cyclic garbage collector, which a command-line run calls rarely
    (``cli.run``): they piled up to ~5 MiB.  Anything else goes through ``json.dumps`` itself."""
    global _encode_str
    if _encode_str is None:
        import json.encoder
        _encode_str = json.encoder.encode_basestring
    parts: List[str] = []
    try:
        _indented(obj, "\n" + "  " * level, parts)
    except _NotPlain:
        import json
        return json.dumps(obj, ensure_ascii=False, indent=2, default=str).replace("\n", "\n" + "  " * level)
    return "".join(parts)


class _NotPlain(Exception):
    pass


#: the function json.dumps(ensure_ascii=False) uses, set by the first dumps_at (a text report never imports json)
_encode_str: Any = None
_float_repr = float.__repr__
_int_repr = int.__repr__
_INF = float("inf")


def _indented(o: Any, nl: str, parts: List[str]) -> None:
    """Append ``json.dumps(o, ensure_ascii=False, indent=2)`` with every line break followed by
    ``nl``'s indentation to ``parts`` (json's own order of type tests and spellings); raise
    :class:`_NotPlain` for anything but plain data."""
    if isinstance(o, str):
        parts.append(_encode_str(o))
    elif o is None:
        parts.append("null")
    elif o is True:
        parts.append("true")
    elif o is False:
        parts.append("false")
    elif isinstance(o, int):
        parts.append(_int_repr(o))
    elif isinstance(o, float):
        if o != o:
            parts.append("NaN")
        elif o == _INF:
            parts.append("Infinity")
        elif o == -_INF:
            parts.append("-Infinity")
        else:
            parts.append(_float_repr(o))
    elif isinstance(o, (list, tuple)):
        if not o:
            parts.append("[]")
            return
        inner = nl + "  "
        sep = "[" + inner
        for v in o:
            parts.append(sep)
            _indented(v, inner, parts)
            sep = "," + inner
        parts.append(nl + "]")
    elif isinstance(o, dict):
        if not o:
            parts.append("{}")
            return
        inner = nl + "  "
        sep = "{" + inner
        for k, v in o.items():
            if not isinstance(k, str):
                raise _NotPlain
            parts.append(sep)
            parts.append(_encode_str(k))
            parts.append(": ")
            _indented(v, inner, parts)
            sep = "," + inner
        parts.append(nl + "}")
    else:
        raise _NotPlain


class ListWriter:
    """A JSON array ``level`` deep, written item by item (``[]`` when empty)."""

    def __init__(self, out: Any, level: int) -> None:
        self.out = out
        self.level = level
        self.n = 0

    def add(self, obj: Any = None, text: Optional[str] = None) -> None:
        pad = "  " * (self.level + 1)
        self.out.write(("[\n" if not self.n else ",\n") + pad + (text if text is not None else dumps_at(obj, self.level + 1)))
        self.n += 1

    def close(self) -> None:
        self.out.write("\n" + "  " * self.level + "]" if self.n else "[]")


def render_run(formatter: Any, run: Any, opts: Any) -> str:
    """The report of a finished run, through the formatter's streaming writer."""
    from .json import file_summaries
    from .views import views_of
    buf = io.StringIO()
    info = getattr(run, "file_info", None)
    w = formatter.writer(buf, opts, RunHead(list(run.files), list(run.rules), getattr(run, "registry", None),
                                            file_rows=info is not None))
    views = views_of(run)
    w.findings(views)
    kinds = getattr(run, "kinds", {}) or {}
    for path, kind in kinds.items():
        w.kind(path, kind)
    for doc in run.documents:
        w.artifact(Artifact(doc.path, doc.encoding, doc.format, doc.meta, kinds.get(doc.path)))
    for row in file_summaries(run, views) or ():
        w.file_row(row)
    w.end(RunTail(list(run.notifications), getattr(run, "coverage", None), len(getattr(run, "unreadable", {}) or {})))
    return buf.getvalue()


def file_row(path: str, info: Dict[str, Any], views: Sequence[Any]) -> Dict[str, Any]:
    """A file's row of the JSON ``files_summary`` from its views."""
    from .base import summary_counts
    return dict({"path": path}, **info, findings=len(views), **summary_counts(views), codes=sorted({f.code for f in views}))
