"""Text formats: ``text`` (default: one line per finding and a summary),
``concise`` (the finding lines only, for editors' problem matchers) and ``full``
(each finding with its source line, a caret, the evidence and the related spans)."""
from __future__ import annotations

import unicodedata
from typing import List

from .. import hookimpl
from .base import LEVEL_NAMES, FormatOptions, Formatter, display_name, fixable, one_line, region, summary_counts


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


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
        sl, sc, _, _ = region(f.doc, f.start, f.end, opts.column_unit)
        level = level_word(f.level, opts.lang)
        mark = "[*] " if fixable(f, opts) else ""  # ruff's marker: --fix (or --fix --unsafe-fixes) fixes it
        return (f"{display_name(f.doc.path)}:{sl}:{sc}: {f.code} [{level}] {mark}"
                f"{one_line(f.message(opts.lang))}{paragraph_note(f, opts.lang)}")

    def render(self, run, opts: FormatOptions) -> str:
        out: List[str] = []
        for f in run.findings:
            out.append(self.line(f, opts))
            if self.show_source:
                out.extend(self.source(f, opts))
        if self.show_summary and not opts.quiet:
            out.append(self.summary(run, opts))
        return "\n".join(out) + ("\n" if out else "")

    def source(self, f, opts: FormatOptions) -> List[str]:
        lines: List[str] = []
        doc = f.doc
        if doc.text:
            ln, col = doc.position(f.start)
            text = doc.line_text(ln)
            el, ecol = doc.position(f.end)
            stop = ecol - 1 if el == ln else len(text)
            # long report lines: show a window around the finding
            a = max(0, col - 1 - 30)
            b = min(len(text), max(stop, col) + 30, col - 1 + 200)  # a huge span is not printed whole
            stop = min(stop, b)
            shown = one_line(("…" if a else "") + text[a:b] + ("…" if b < len(text) else ""))
            pad = _width(one_line(("…" if a else "") + text[a:col - 1]))
            marks = max(1, _width(one_line(text[col - 1:stop])))
            lines.append(f"    {ln:>5} | {shown}")
            lines.append(f"          | {' ' * pad}{'^' * marks}")
        for r in f.related:
            rdoc = r.doc or doc
            rl, rc = rdoc.position(r.start)
            where = "" if rdoc is doc else f"{display_name(rdoc.path)}:"
            label = one_line(r.message.get(opts.lang) or r.message.get("zh", ""))
            lines.append(f"          = {where}{rl}:{rc}: {label}「{one_line(_clip(rdoc.text[r.start:r.end]))}」")
        if f.fix is not None:
            desc = f.fix.description.get(opts.lang) or f.fix.description.get("zh", "")
            lines.append(f"          = {'修复' if opts.lang == 'zh' else 'fix'}: {one_line(desc)}")
        return lines

    def summary(self, run, opts: FormatOptions) -> str:
        c = summary_counts(run.findings)
        n = len(run.findings)
        files = len(run.files)
        names = LEVEL_NAMES[opts.lang]
        parts = "，".join(f"{names[k]} {c[k]}" for k in ("error", "warning", "note") if c[k]) if opts.lang == "zh" \
            else ", ".join(f"{c[k]} {names[k]}{'s' if c[k] != 1 else ''}" for k in ("error", "warning", "note") if c[k])
        if opts.lang == "zh":
            head = f"检查了 {files} 个文件，未发现问题。" if not n else f"检查了 {files} 个文件，发现 {n} 个问题（{parts}）。"
        else:
            head = f"Checked {files} file{'s' if files != 1 else ''}, no problems found." if not n else \
                f"Checked {files} file{'s' if files != 1 else ''}, found {n} problem{'s' if n != 1 else ''} ({parts})."
        return head + _gate_line(run, opts) + coverage_line(getattr(run, "coverage", None), opts.lang)


def _gate_line(run, opts: FormatOptions) -> str:
    """Files not read (LG001, exit 3) and fixes available / held back, for the summary."""
    fix_n = sum(1 for f in run.findings if fixable(f, opts))
    held = sum(1 for f in run.findings if f.fix is not None and f.fix.edits and not fixable(f, opts))
    unread = len(getattr(run, "unreadable", {}) or {})
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
