"""JSON: one object with the findings (locations in code points *and* UTF-16
units), notifications and a summary."""
from __future__ import annotations

import json

from .. import __version__, hookimpl
from ..fingerprints import finding_hashes
from .base import FormatOptions, Formatter, region, summary_counts
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
        findings = []
        by_doc = {}
        for f in run.findings:
            by_doc.setdefault(id(f.doc), []).append(f)
        prints = {id(f): h for fs in by_doc.values() for f, h in zip(fs, finding_hashes(fs))}
        for f in run.findings:
            item = {"code": f.code, "name": f.rule.name, "category": f.rule.category, "level": f.level,
                    "message": f.message(opts.lang), "location": _loc(f.doc, f.start, f.end),
                    "related": [dict(_loc(r.doc or f.doc, r.start, r.end),
                                     message=r.message.get(opts.lang) or r.message.get("zh", ""))
                                for r in f.related],
                    "evidence": f.evidence, "fingerprint": prints[id(f)], "fix": None}
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
            "summary": dict(summary_counts(run.findings), files=len(run.files), exit_code=opts.exit_code),
        }
        if getattr(run, "coverage", None) is not None:
            data["summary"]["claims"] = dict(run.coverage)
        return json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n"


@hookimpl
def lintgov_formatters():
    return [JsonFormatter()]
