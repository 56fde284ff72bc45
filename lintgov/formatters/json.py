"""JSON: one object with the findings (locations in code points *and* UTF-16
units), notifications and a summary."""
from __future__ import annotations

import json

from .. import __version__, hookimpl
from .base import FormatOptions, Formatter, region
from .stream import ListWriter, ReportWriter, RunHead, RunTail, Statistics, Tally, dumps_at, file_row, render_run
from .text import page_line


def _loc(doc, start, end):
    sl, sc, el, ec = region(doc, start, end, "codepoint")
    _, sc16, _, ec16 = region(doc, start, end, "utf16")
    return {"path": doc.path, "line": sl, "column": sc, "end_line": el, "end_column": ec,
            "column_utf16": sc16, "end_column_utf16": ec16, "offset": start, "length": end - start,
            "text": doc.text[start:end], **_page(doc, start)}


def _page(doc, start):
    where = page_line(doc, start)
    return {} if where is None else {"page": where[0], "page_line": where[1]}


class JsonFormatter(Formatter):
    name = "json"
    description = "machine-readable JSON"

    def render(self, run, opts: FormatOptions) -> str:
        return render_run(self, run, opts)

    def writer(self, out, opts: FormatOptions, head: RunHead) -> "JsonWriter":
        return JsonWriter(out, opts, head)


def finding_item(f, lang: str) -> dict:
    """The JSON object of one finding view."""
    item = {"code": f.code, "name": f.rule.name, "category": f.rule.category, "level": f.level,
            "message": f.message(lang), "location": f.json_loc,
            "related": [dict(r.json_loc, message=r.message.get(lang) or r.message.get("zh", ""))
                        for r in f.related],
            "evidence": f.evidence, "fingerprint": f.hash, "fix": None}
    if f.fix is not None:
        item["fix"] = {"description": f.fix.description.get(lang) or f.fix.description.get("zh", ""),
                       "safe": f.fix.safe, "applicability": f.fix.applicability,
                       "edits": [{"offset": e.start, "length": e.end - e.start, "replacement": e.replacement}
                                 for e in f.fix.edits]}
    return item


class JsonWriter(ReportWriter):
    """``{"tool", "version", "files", "findings", "documents", "notifications", "summary",
    "files_summary", "statistics"}``: the findings are written as they come, the documents and
    per-file rows are spooled and written after them with the summary."""

    def begin(self) -> None:
        from ..runner.spool import Spool
        self.out.write("{\n  \"tool\": \"lintgov\",\n  \"version\": " + json.dumps(__version__, ensure_ascii=False)
                       + ",\n  \"files\": " + dumps_at(self.head.files, 1) + ",\n  \"findings\": ")
        self.items = ListWriter(self.out, 1)
        self.tally = Tally(self.opts)
        self.stats = Statistics() if getattr(self.opts, "statistics", False) else None
        self.kinds = Spool()
        self.rows = Spool()

    def findings(self, views) -> None:
        lang = self.opts.lang
        for f in views:
            self.items.add(finding_item(f, lang))
        self.tally.add(views)
        if self.stats is not None:
            self.stats.add(views)

    def kind(self, path, kind) -> None:
        self.kinds.put({"path": path, "kind": kind[0], "kind_reason": kind[1]})

    def file_row(self, row) -> None:
        self.rows.put(row)

    def end(self, tail: RunTail) -> None:
        out = self.out
        self.items.close()
        out.write(",\n  \"documents\": ")
        _spooled_list(out, self.kinds, 1)
        out.write(",\n  \"notifications\": " + dumps_at([{"kind": n.kind, "message": n.message, "rule": n.rule,
                                                             "path": n.path} for n in tail.notifications], 1))
        summary = dict(self.tally.counts, files=len(self.head.files), exit_code=self.opts.exit_code)
        if tail.coverage is not None:
            summary["claims"] = dict(tail.coverage)
        out.write(",\n  \"summary\": " + dumps_at(summary, 1))
        if self.head.file_rows:
            out.write(",\n  \"files_summary\": ")
            _spooled_list(out, self.rows, 1)
        if self.stats is not None:
            out.write(",\n  \"statistics\": " + dumps_at(self.stats.rows(), 1))
        out.write("\n}\n")


def _spooled_list(out, spool, level: int) -> None:
    items = ListWriter(out, level)
    with spool:
        for obj in spool:
            items.add(obj)
    items.close()


def statistics(views) -> list:
    """Findings per rule, most frequent first (``--statistics``): code, name, count, levels,
    and how many ``--fix`` can fix."""
    st = Statistics()
    st.add(views)
    return st.rows()


def file_summaries(run, views) -> "list | None":
    """A row per file: findings by level, the worst code, encoding, kind, issuer and year,
    whether it was read (``None`` for a run that kept no per-file records)."""
    info = getattr(run, "file_info", None)
    if info is None:
        return None
    by_path: dict = {}
    for f in views:
        by_path.setdefault(f.path, []).append(f)
    return [file_row(path, meta, by_path.get(path, [])) for path, meta in info.items()]


@hookimpl
def lintgov_formatters():
    return [JsonFormatter()]
