"""JSON: one object with the findings (locations in code points *and* UTF-16
units), notifications and a summary."""
from __future__ import annotations

import json

from .. import __version__, hookimpl
from .base import FormatOptions, Formatter, region, summary_counts
from .text import page_line
from .views import views_of


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
        views = views_of(run)
        findings = []
        for f in views:
            item = {"code": f.code, "name": f.rule.name, "category": f.rule.category, "level": f.level,
                    "message": f.message(opts.lang), "location": f.json_loc,
                    "related": [dict(r.json_loc, message=r.message.get(opts.lang) or r.message.get("zh", ""))
                                for r in f.related],
                    "evidence": f.evidence, "fingerprint": f.hash, "fix": None}
            if f.fix is not None:
                item["fix"] = {"description": f.fix.description.get(opts.lang) or f.fix.description.get("zh", ""),
                               "safe": f.fix.safe, "applicability": f.fix.applicability,
                               "edits": [{"offset": e.start, "length": e.end - e.start, "replacement": e.replacement}
                                         for e in f.fix.edits]}
            findings.append(item)
        data = {
            "tool": "lintgov", "version": __version__, "files": run.files, "findings": findings,
            "documents": [{"path": p, "kind": k, "kind_reason": why} for p, (k, why) in getattr(run, "kinds", {}).items()],
            "notifications": [{"kind": n.kind, "message": n.message, "rule": n.rule, "path": n.path}
                              for n in run.notifications],
            "summary": dict(summary_counts(views), files=len(run.files), exit_code=opts.exit_code),
        }
        if getattr(run, "coverage", None) is not None:
            data["summary"]["claims"] = dict(run.coverage)
        per_file = file_summaries(run, views)
        if per_file is not None:
            data["files_summary"] = per_file
        if getattr(opts, "statistics", False):
            data["statistics"] = statistics(views)
        return json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n"


def statistics(views) -> list:
    """Findings per rule, most frequent first (``--statistics``): code, name, count, levels,
    and how many ``--fix`` can fix."""
    counts: dict = {}
    for f in views:
        c = counts.setdefault(f.code, {"code": f.code, "name": f.rule.name, "count": 0, "levels": set(), "fixable": 0})
        c["count"] += 1
        c["levels"].add(f.level)
        if f.fix is not None and f.fix.edits and f.fix.safe and not f.fix.display_only:
            c["fixable"] += 1
    rank = {"error": 0, "warning": 1, "note": 2}
    out = sorted(counts.values(), key=lambda c: (-c["count"], c["code"]))
    for c in out:
        c["levels"] = sorted(c["levels"], key=rank.get)
    return out


def file_summaries(run, views) -> "list | None":
    """A row per file: findings by level, the worst code, encoding, kind, issuer and year,
    whether it was read (``None`` for a run that kept no per-file records)."""
    info = getattr(run, "file_info", None)
    if info is None:
        return None
    by_path: dict = {}
    for f in views:
        by_path.setdefault(f.path, []).append(f)
    rows = []
    for path, meta in info.items():
        fs = by_path.get(path, [])
        counts = summary_counts(fs)
        rows.append(dict({"path": path}, **meta, findings=len(fs), **counts,
                         codes=sorted({f.code for f in fs})))
    return rows


@hookimpl
def lintgov_formatters():
    return [JsonFormatter()]
