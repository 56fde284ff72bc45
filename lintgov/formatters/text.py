"""Text formats: ``text`` (default: one line per finding and a summary),
``concise`` (the finding lines only, for editors' problem matchers) and ``full``
(each finding with its source line, a caret, the evidence and the related spans)."""
from __future__ import annotations

import functools
import unicodedata
from typing import List

from .. import hookimpl
from .base import LEVEL_NAMES, FormatOptions, Formatter, display_name, fixable, one_line, region
from .stream import ReportWriter, RunHead, RunTail, Tally, render_run
from .views import FindingView, build_views, views_of


def _view(f) -> FindingView:
    return f if isinstance(f, FindingView) else build_views([f])[0]


@functools.lru_cache(maxsize=None)
def _char_width(c: str) -> int:
    return 2 if unicodedata.east_asian_width(c) in "WF" else 1


def _width(s: str) -> int:
    """Columns ``s`` takes on a terminal (wide and full-width characters two), each character's width
    looked up once a process (in C through the cache: ~5,000 characters of source lines in a seed)."""
    return sum(map(_char_width, s))


def level_word(level: str, lang: str) -> str:
    """错误/警告/提示 with ``--lang zh`` (the default), error/warning/note with ``--lang en``."""
    return LEVEL_NAMES.get(lang, LEVEL_NAMES["en"]).get(level, level)


def _clip(s: str, n: int = 80) -> str:
    return s if len(s) <= n else s[:n - 1] + "…"


def paragraph_quote(doc, start: int, end: int) -> str:
    """A short quote of the text at ``start`` (at most ~40 characters: the start of
    the span with a few characters around it), on one line."""
    quote = one_line(doc.snippet(start, min(max(end, start), start + 20), width=8).replace("\n", " "))
    return quote if len(quote) <= 40 else quote[:39] + "…"


def page_line(doc, offset: int):
    """(page, line on the page) of ``offset`` when ``doc`` was read from a PDF, else ``None``."""
    if not doc.meta.get("pdf_lines"):
        return None
    from ..readers.pdf import pdf_location
    return pdf_location(doc, offset)


def paragraph_note(f, lang: str) -> str:
    """For documents located by paragraph (.docx, .html, .pdf: line N of the extracted
    text is paragraph N), where an editor cannot jump to line:col, the paragraph
    number (for a PDF the page and the line on the page) and a short quote of the
    text around the finding."""
    doc = f.doc
    if not doc.text or doc.meta.get("region_basis") != "paragraph":
        return ""
    quote = paragraph_quote(doc, f.start, f.end)
    where = page_line(doc, f.start)
    if where is not None:  # a PDF: the page and the line on the page, as a reader of the printout finds it
        page, line = where
        return (f"（第 {page} 页第 {line} 行：「{quote}」）" if lang == "zh"
                else f" (page {page}, line {line}: \"{quote}\")")
    n = doc.line_index(f.start) + 1
    return f"（第 {n} 段：「{quote}」）" if lang == "zh" else f" (paragraph {n}: \"{quote}\")"


class TextFormatter(Formatter):
    name = "text"
    description = "path:line:col: CODE [level] message, then a summary"
    show_summary = True
    show_source = False

    def line(self, f, opts: FormatOptions) -> str:
        """One finding (a :class:`~lintgov.formatters.views.FindingView`, or a Finding)."""
        v = _view(f)
        sl, sc, _, _ = v.regions[opts.column_unit]
        level = level_word(v.level, opts.lang)
        mark = "[*] " if fixable(v, opts) else ""  # ruff's marker: --fix (or --fix --unsafe-fixes) fixes it
        note = ""
        if v.pnote is not None and v.page is not None:  # a PDF: the page and the line on the page
            page, line = v.page
            quote = v.pnote[1]
            note = (f"（第 {page} 页第 {line} 行：「{quote}」）" if opts.lang == "zh"
                    else f" (page {page}, line {line}: \"{quote}\")")
        elif v.pnote is not None:
            n, quote = v.pnote
            note = f"（第 {n} 段：「{quote}」）" if opts.lang == "zh" else f" (paragraph {n}: \"{quote}\")"
        return (f"{display_name(v.path)}:{sl}:{sc}: {v.code} [{level}] {mark}"
                f"{one_line(v.message(opts.lang))}{note}")

    def render(self, run, opts: FormatOptions) -> str:
        return render_run(self, run, opts)

    def writer(self, out, opts: FormatOptions, head: RunHead) -> "TextWriter":
        return TextWriter(out, opts, head, self)

    def source(self, f, opts: FormatOptions) -> List[str]:
        v = _view(f)
        lines: List[str] = list(v.src)
        for r in v.related:
            where = "" if r.same else f"{display_name(r.path)}:"
            label = one_line(r.message.get(opts.lang) or r.message.get("zh", ""))
            lines.append(f"          = {where}{r.line}:{r.col}: {label}「{one_line(r.clipped)}」")
        if v.fix is not None:
            desc = v.fix.description.get(opts.lang) or v.fix.description.get("zh", "")
            lines.append(f"          = {'修复' if opts.lang == 'zh' else 'fix'}: {one_line(desc)}")
        return lines

    def summary(self, run, opts: FormatOptions) -> str:
        tally = Tally(opts)
        tally.add(views_of(run))
        return summary_text(tally, len(run.files), len(getattr(run, "unreadable", {}) or {}),
                            getattr(run, "coverage", None), opts)


class TextWriter(ReportWriter):
    """A line per finding as it comes (and its source lines for ``full``), the summary at the end."""

    def __init__(self, out, opts, head, fmt: TextFormatter) -> None:
        self.fmt = fmt
        super().__init__(out, opts, head)
        self.tally = Tally(opts)

    def findings(self, views) -> None:
        fmt, opts = self.fmt, self.opts
        lines: List[str] = []
        for v in views:
            lines.append(fmt.line(v, opts))
            if fmt.show_source:
                lines.extend(fmt.source(v, opts))
        if lines:
            self.out.write("\n".join(lines) + "\n")
        self.tally.add(views)

    def end(self, tail: RunTail) -> None:
        if self.fmt.show_summary and not self.opts.quiet:
            self.out.write(summary_text(self.tally, len(self.head.files), tail.unreadable, tail.coverage, self.opts) + "\n")


def summary_text(tally: Tally, files: int, unread: int, cov, opts: FormatOptions) -> str:
    """The summary line(s) of the text format: files checked, findings by level, files not read,
    fixes available and held back, the claims coverage."""
    c = tally.counts
    n = tally.n
    names = LEVEL_NAMES[opts.lang]
    parts = "，".join(f"{names[k]} {c[k]}" for k in ("error", "warning", "note") if c[k]) if opts.lang == "zh" \
        else ", ".join(f"{c[k]} {names[k]}{'s' if c[k] != 1 else ''}" for k in ("error", "warning", "note") if c[k])
    if opts.lang == "zh":
        head = f"检查了 {files} 个文件，未发现问题。" if not n else f"检查了 {files} 个文件，发现 {n} 个问题（{parts}）。"
    else:
        head = f"Checked {files} file{'s' if files != 1 else ''}, no problems found." if not n else \
            f"Checked {files} file{'s' if files != 1 else ''}, found {n} problem{'s' if n != 1 else ''} ({parts})."
    return head + _gate_line(tally, unread, opts) + coverage_line(cov, opts.lang)


def _gate_line(tally: Tally, unread: int, opts: FormatOptions) -> str:
    """Files not read (LG001, exit 3) and fixes available / held back, for the summary."""
    fix_n, held = tally.fixable, tally.held
    out = ""
    if opts.lang == "zh":
        if unread:
            out += f"其中 {unread} 个文件无法读取，内容未检查。"
        if fix_n:
            out += f"\n[*] {fix_n} 个可用 --fix 修复" + (f"（另有 {held} 个修复未自动应用：--unsafe-fixes 或人工处理）。" if held else "。")
        return out
    if unread:
        out += f" {unread} file{'s' if unread != 1 else ''} could not be read and {'were' if unread != 1 else 'was'} not checked."
    if fix_n:
        out += f"\n[*] {fix_n} fixable with --fix" + (f" ({held} more fixes not applied automatically: --unsafe-fixes or by hand)." if held else ".")
    return out


def coverage_line(cov, lang: str) -> str:
    """The claims layer's coverage (see ``lintgov claims``): what was verified, on a line of its own."""
    if not cov:
        return ""
    if lang == "zh":
        return (f"\n核验了 {cov['relations_checked']} 处数字关系，其中 {cov['inconsistent']} 处不一致；"
                f"{cov['not_checkable']} 个数字无法核验（lintgov claims 列出明细）。")
    return (f"\n{cov['relations_checked']} figure relations checked, {cov['inconsistent']} inconsistent, "
            f"{cov['not_checkable']} figures not checkable (lintgov claims lists them).")


class ConciseFormatter(TextFormatter):
    name = "concise"
    description = "path:line:col: CODE [level] message, nothing else (for editors)"
    show_summary = False


class FullFormatter(TextFormatter):
    name = "full"
    description = "each finding with its source line, a caret, the evidence and the fix"
    show_source = True


@hookimpl
def lintgov_formatters():
    return [TextFormatter(), ConciseFormatter(), FullFormatter()]
