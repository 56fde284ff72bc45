"""SARIF 2.1.0 output (valid against the OASIS schema; GitHub code scanning ready).

* ``columnKind: utf16CodeUnits``; regions carry startLine/startColumn/endLine/
  endColumn (end column exclusive) plus ``charOffset``/``charLength`` in UTF-16
  units of the file as it is on disk (CRLF counted as two), the flagged text as
  ``snippet`` and a bounded ``contextRegion`` (never the whole source line).
* URIs are relative to the working directory, forward-slashed and
  percent-encoded, with ``uriBaseId: %SRCROOT%``.
* ``tool.driver.rules`` lists every enabled rule with both descriptions, help
  (text and Markdown, with the examples), the default level and the category as
  ``properties.tags``.
* Results carry ``partialFingerprints`` (GitHub's ``primaryLocationLineHash``
  and lintgov's own ``lintgovFindingHash/v1``), ``relatedLocations`` for the
  evidence, ``fixes`` for safe fixes, and the evidence in ``properties``.
* Plugin and rule failures are ``toolExecutionNotifications`` and make
  ``executionSuccessful`` false.  No timestamps: identical input gives
  byte-identical output.
"""
from __future__ import annotations

import json
import os
import re
from typing import Any, Dict, Iterator, List

from .. import __version__, hookimpl
from ..fingerprints import finding_hashes, line_hashes
from .base import Columns, FormatOptions, Formatter, region
from .text import page_line, paragraph_quote  # noqa: F401 - kept for callers
from .stream import Artifact, ListWriter, ReportWriter, RunHead, RunTail, render_run
from .views import _rdict

#: how regions of .docx/.html files are to be read (they are not text files on disk)
PARAGRAPH_BASIS = ("paragraph: startLine/endLine count the non-empty paragraphs of the text lintgov "
                   "extracted (Word paragraphs and table-cell paragraphs in document order; HTML block "
                   "elements and <br>), columns count UTF-16 code units inside that paragraph, "
                   "snippet.text is the flagged text and contextRegion the paragraph around it")
SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")

NOTIFICATION_DESCRIPTORS = [
    {"id": "LGX001", "name": "internal-error",
     "shortDescription": {"text": "lintgov 内部错误：某条规则执行时出错，结果不完整。"},
     "fullDescription": {"text": "A rule raised an exception on a document; the results of this run are incomplete. "
                                 "规则在某个文档上抛出异常，本次运行结果不完整。"},
     "help": {"text": "请用 --verbose 重新运行并把输出报告给规则的维护者。Re-run with --verbose and report the output "
                      "to the rule's maintainers."},
     "defaultConfiguration": {"level": "error"}},
    {"id": "LGX002", "name": "plugin-error",
     "shortDescription": {"text": "插件加载失败，其规则没有运行。"},
     "fullDescription": {"text": "A plugin failed to import or to register; its rules did not run. "
                                 "插件导入或注册失败，其规则没有运行。"},
     "help": {"text": "检查插件的安装与版本，或设置 LINTGOV_DISABLE_PLUGIN_AUTOLOAD=1 暂时禁用第三方插件。"
                      "Check the plugin's installation, or set LINTGOV_DISABLE_PLUGIN_AUTOLOAD=1."},
     "defaultConfiguration": {"level": "error"}},
    {"id": "LGX003", "name": "results-truncated",
     "shortDescription": {"text": "结果过多，已按级别截断到 GitHub 代码扫描的上限。"},
     "fullDescription": {"text": "GitHub code scanning accepts at most 25,000 results per run; the least severe "
                                 "results beyond that were left out of this log. 超出部分（级别最低的）未写入。"},
     "help": {"text": "用 --select/--ignore 缩小范围，或分目录运行。Narrow the selection or lint fewer files per run."},
     "defaultConfiguration": {"level": "warning"}},
]

#: ``snippet.text`` is the flagged text up to this many characters (longer spans get none)
MAX_SNIPPET = 400
#: ``contextRegion`` reaches this many characters either side of the finding, within its line
CONTEXT = 60
_PLACEHOLDER = "\x00lintgov-results\x00"
#: GitHub code scanning rejects runs with more results than this
MAX_RESULTS = 25000


def uri_for(path: str) -> str:
    from urllib.parse import quote
    return quote(path.replace("\\", "/"), safe="/")


def artifact_location(path: str) -> Dict[str, Any]:
    """Relative paths resolve against %SRCROOT% (the working directory); a file outside
    it gets an absolute file: URI and no base id."""
    if os.path.isabs(path):
        import pathlib
        return {"uri": pathlib.Path(path).as_uri()}
    return {"uri": uri_for(path), "uriBaseId": "%SRCROOT%"}


class _DocInfo:
    """Per-document conversions, computed once."""

    def __init__(self, doc) -> None:
        self.doc = doc
        self.astral = bool(_ASTRAL.search(doc.text))
        self._hashes: List[str] = []

    def utf16_offset(self, offset: int) -> int:
        """Offset in UTF-16 units of the file as on disk (CRLF = 2)."""
        doc = self.doc
        base = offset + (Columns.of(doc).astral_before(offset) if self.astral else 0)
        return base + (doc.line_index(offset) if doc.newline == "\r\n" else 0)

    def line_hash(self, line: int) -> str:
        if not self._hashes:
            self._hashes = line_hashes(self.doc.text)
        return self._hashes[min(line, len(self._hashes)) - 1]

    def region(self, start: int, end: int, snippet: bool = True) -> Dict[str, Any]:
        """The region of ``[start, end)``; with ``snippet``, ``snippet.text`` is the flagged text
        (left out when longer than :data:`MAX_SNIPPET`)."""
        r = self._region(start, end)
        if snippet and self.doc.text and end - start <= MAX_SNIPPET:
            r["snippet"] = {"text": self.doc.text[start:end]}
        return r

    def context(self, start: int, end: int) -> Dict[str, Any]:
        """``contextRegion``: the neighbourhood of the finding within its line (at most
        :data:`CONTEXT` characters either side), so that the size of a result never depends on
        the length of the line (a one-line 3 MB report)."""
        doc = self.doc
        ln = doc.line_index(start)
        lo = doc.line_starts[ln]
        hi = lo + len(doc.lines[ln])
        a = max(lo, start - CONTEXT)
        b = min(hi, max(min(end, start + MAX_SNIPPET), start) + CONTEXT)
        ctx = self._region(a, b)
        ctx["snippet"] = {"text": doc.text[a:b]}
        return ctx

    def _region(self, start: int, end: int) -> Dict[str, Any]:
        doc = self.doc
        sl, sc, el, ec = region(doc, start, end, "utf16")
        r: Dict[str, Any] = {"startLine": sl, "startColumn": sc, "endLine": el, "endColumn": ec}
        # .docx/.html: lines are the paragraphs of the extracted text; offsets into the file
        # on disk (a zip, markup) would be meaningless
        if doc.text and doc.meta.get("region_basis") != "paragraph":
            a = self.utf16_offset(start)
            r["charOffset"] = a
            r["charLength"] = self.utf16_offset(end) - a
        return r


def _rule_class(run, f):
    """The rule class of a finding whose rule is not among the run's enabled ones (LG001)."""
    if f.rule.cls is not None:
        return f.rule.cls
    reg = getattr(run, "registry", None)
    return reg.rule(f.code) if reg is not None else None


def rule_descriptor(rule, lang: str) -> Dict[str, Any]:
    from ..docs import rule_help_markdown, rule_help_text
    t = rule.text
    d: Dict[str, Any] = {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": t(rule.summary, lang)},
        "fullDescription": {"text": t(rule.description, lang)},
        "help": {"text": rule_help_text(rule, lang), "markdown": rule_help_markdown(rule, lang)},
        "defaultConfiguration": {"level": rule.level, **({} if rule.default_enabled else {"enabled": False})},
        "properties": {"tags": [rule.category], "problem.severity": "recommendation" if rule.level == "note" else rule.level},
    }
    if rule.options:
        d["defaultConfiguration"]["parameters"] = {k: o.default for k, o in rule.options.items()}
    plugin = getattr(rule, "plugin", "")
    if plugin and not plugin.startswith("lintgov."):
        d["properties"]["lintgov/plugin"] = plugin
    return d


class SarifFormatter(Formatter):
    name = "sarif"
    description = "SARIF 2.1.0 (GitHub code scanning, VS Code SARIF viewer)"

    def render(self, run, opts: FormatOptions) -> str:
        """The log, indented, with one result per line: json's indenting encoder is pure Python
        and three times slower than the compact one, which matters with thousands of results
        (and a result per line suits ``grep`` and ``diff``)."""
        return render_run(self, run, opts)

    def render_chunks(self, run, opts: FormatOptions) -> Iterator[str]:
        """:meth:`render` as an iterator of pieces (kept for callers; the command line streams
        through :meth:`writer`)."""
        yield self.render(run, opts)

    def writer(self, out, opts: FormatOptions, head: RunHead) -> "SarifWriter":
        return SarifWriter(out, opts, head)

    def log(self, run, opts: FormatOptions) -> Dict[str, Any]:
        """The SARIF log as a dict."""
        return json.loads(self.render(run, opts))

def _result(f: Any, index: Dict[str, int], lang: str) -> Dict[str, Any]:
    """The SARIF result of one finding view."""
    loc = {"physicalLocation": f.sarif_loc}
    res: Dict[str, Any] = {
        "ruleId": f.code,
        "ruleIndex": index[f.code],
        "level": f.level,
        "message": {"text": f.message(lang)},
        "locations": [loc],
        "partialFingerprints": {"lintgovFindingHash/v1": f.hash},
    }
    if f.has_text:
        res["partialFingerprints"]["primaryLocationLineHash"] = f.line_hash
    if f.related:
        res["relatedLocations"] = []
        for i, r in enumerate(f.related, 1):
            rl: Dict[str, Any] = {"physicalLocation": r.sarif_loc}
            rl["id"] = i
            rl["message"] = {"text": r.message.get(lang) or r.message.get("zh", "")}
            res["relatedLocations"].append(rl)
    by_paragraph = f.by_paragraph
    if f.fix is not None and f.fix.edits and f.has_text and not by_paragraph:
        res["fixes"] = [{
            # safe: applied by --fix; unsafe: only with --unsafe-fixes; display-only: it could touch a
            # name, never applied automatically
            "properties": {"lintgov/applicability": f.fix.applicability},
            "description": {"text": f.fix.description.get(lang) or f.fix.description.get("zh", "")},
            "artifactChanges": [{
                "artifactLocation": artifact_location(f.path),
                "replacements": [{"deletedRegion": _rdict(reg), "insertedContent": {"text": e.replacement}}
                                 for e, reg in zip(f.fix.edits, f.fix_regions)],
            }],
        }]
    props: Dict[str, Any] = {"category": f.rule.category}
    if f.evidence:
        props["evidence"] = f.evidence
    if by_paragraph and f.has_text:
        props["lintgov/regionBasis"] = PARAGRAPH_BASIS
        props["lintgov/paragraph"] = loc["physicalLocation"]["region"]["startLine"]
        props["lintgov/quote"] = f.quote
        if f.page is not None:
            props["lintgov/page"], props["lintgov/pageLine"] = f.page
    res["properties"] = props
    return res



_RANK = {"error": 0, "warning": 1, "note": 2}


class SarifWriter(ReportWriter):
    """The results and artifacts are spooled as they come; at the end the log is written: its
    head (the rules of every result, the invocation with the exit code and notifications), the
    artifacts, the results — cut to the :data:`MAX_RESULTS` most severe, in report order, when
    there are more — and the run's properties."""

    def begin(self) -> None:
        from ..runner.spool import Spool
        self.results = Spool()
        self.artifacts = Spool()
        self.classes = {type(r) for r in self.head.rules}
        self.have = {c.code for c in self.classes}
        self.by_rank = [0, 0, 0, 0]

    def findings(self, views) -> None:
        for f in views:
            if f.code not in self.have:
                cls = _rule_class(self.head, f)
                if cls is not None:
                    self.classes.add(cls)
                    self.have.add(f.code)
            self.by_rank[_RANK.get(f.level, 3)] += 1
            self.results.put(f)

    def artifact(self, doc: Artifact) -> None:
        art: Dict[str, Any] = {"location": artifact_location(doc.path), "encoding": doc.encoding.upper()}
        if doc.format not in ("txt", "md"):
            art["mimeType"] = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                               "html": "text/html"}.get(doc.format, "text/plain")
        if doc.meta.get("region_basis") == "paragraph":
            art["properties"] = {"lintgov/regionBasis": PARAGRAPH_BASIS}
        if doc.kind:  # the document kind lintgov decided (it selects the section checks) and why
            art.setdefault("properties", {}).update({"lintgov/documentKind": doc.kind[0],
                                                     "lintgov/documentKindReason": doc.kind[1]})
        self.artifacts.put(art)

    def end(self, tail: RunTail) -> None:
        opts, lang, out = self.opts, self.opts.lang, self.out
        rules = sorted(self.classes, key=lambda r: r.code)
        index = {r.code: i for i, r in enumerate(rules)}
        truncated = len(self.results) - MAX_RESULTS
        # the MAX_RESULTS most severe in report order: all of the ranks that fit, the first of the rank that does not
        quota, left = [], MAX_RESULTS
        for n in self.by_rank:
            quota.append(min(n, max(0, left)))
            left -= n
        marks = ("\x00lintgov-artifacts\x00", _PLACEHOLDER)
        log = _log(rules, lang, tail, opts.exit_code, truncated, *marks)
        text = json.dumps(log, ensure_ascii=False, indent=2)
        head, rest = text.split(json.dumps(marks[0]), 1)
        middle, end = rest.split(json.dumps(marks[1]), 1)
        del text, rest
        out.write(head)
        items = ListWriter(out, 3)
        with self.artifacts as spool:
            for art in spool:
                items.add(art)
        items.close()
        out.write(middle)
        items = ListWriter(out, 3)
        used = [0, 0, 0, 0]
        with self.results as spool:
            for f in spool:
                r = _RANK.get(f.level, 3)
                if truncated > 0:
                    if used[r] >= quota[r]:
                        continue
                    used[r] += 1
                items.add(text=json.dumps(_result(f, index, lang), ensure_ascii=False, separators=(", ", ": ")))
        items.close()
        out.write(end + "\n")


def _log(rules: List[Any], lang: str, tail: RunTail, exit_code: int, truncated: int, artifacts: Any,
         results: Any) -> Dict[str, Any]:
    """The SARIF log around its artifacts and results (given as they go in the log)."""
    index = {r.code: i for i, r in enumerate(rules)}
    config_notes, exec_notes = [], []
    for n in tail.notifications:
        desc = 1 if n.kind == "plugin-error" else 0
        note: Dict[str, Any] = {
            "descriptor": {"id": NOTIFICATION_DESCRIPTORS[desc]["id"], "index": desc},
            "level": "error",
            "message": {"text": n.message},
        }
        if n.rule:
            note["associatedRule"] = {"id": n.rule, **({"index": index[n.rule]} if n.rule in index else {})}
        if n.path and n.path != "-":
            note["locations"] = [{"physicalLocation": {"artifactLocation": artifact_location(n.path)}}]
        if n.exc_type:
            note["exception"] = {"kind": n.exc_type, "message": n.exc_message}
        (config_notes if n.kind == "plugin-error" else exec_notes).append(note)

    invocation: Dict[str, Any] = {
        "executionSuccessful": not tail.notifications,
        "exitCode": exit_code,
        "exitCodeDescription": {0: "no findings at or above the fail level", 1: "findings reported",
                                2: "usage, configuration or internal error",
                                3: "a file could not be read (LG001)"}.get(exit_code, ""),
    }
    if truncated > 0:
        exec_notes.append({"descriptor": {"id": "LGX003", "index": 2}, "level": "warning",
                           "message": {"text": f"{truncated} 个结果（级别最低的）未写入：GitHub 每次运行最多接受 "
                                               f"{MAX_RESULTS} 个结果 / {truncated} results left out: GitHub "
                                               f"accepts at most {MAX_RESULTS} per run"}})
    if exec_notes or config_notes:
        invocation["toolExecutionNotifications"] = exec_notes + config_notes
    driver: Dict[str, Any] = {
        "name": "lintgov",
        "version": __version__,
        "semanticVersion": __version__,
        "rules": [rule_descriptor(r, lang) for r in rules],
        "notifications": NOTIFICATION_DESCRIPTORS,
    }
    sarif_run: Dict[str, Any] = {
        "tool": {"driver": driver},
        "language": "zh-CN" if lang == "zh" else "en-US",
        "columnKind": "utf16CodeUnits",
        "originalUriBaseIds": {"%SRCROOT%": {"description": {"text": "the working directory lintgov ran in"}}},
        "automationDetails": {"id": "lintgov/"},
        "invocations": [invocation],
        "artifacts": artifacts,
        "results": results,
    }
    if tail.coverage is not None:
        sarif_run["properties"] = {"lintgov/claims": dict(tail.coverage)}
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [sarif_run]}


@hookimpl
def lintgov_formatters():
    return [SarifFormatter()]
