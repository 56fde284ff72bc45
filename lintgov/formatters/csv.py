"""CSV for spreadsheets: one row per finding — file, issuer, year, code, name, level, line,
column, end line, end column, message — with a header row, RFC 4180 quoting (the csv module:
commas, quotes and line breaks inside a message stay in their cell) and CRLF row ends.
``csv-excel`` is the same with a UTF-8 byte-order mark, which Excel needs to open Chinese text
without garbling it.  Columns are code points (as spreadsheets count characters)."""
from __future__ import annotations

import csv

from .. import hookimpl
from .base import FormatOptions, Formatter
from .stream import ReportWriter, RunHead, render_run

HEADER = ("file", "issuer", "year", "code", "name", "level", "line", "column", "end_line", "end_column", "message")


class CsvFormatter(Formatter):
    name = "csv"
    description = "one row per finding (file, issuer, year, code, level, line, column, message), UTF-8"
    bom = False

    def render(self, run, opts: FormatOptions) -> str:
        return render_run(self, run, opts)

    def writer(self, out, opts: FormatOptions, head: RunHead) -> "CsvWriter":
        return CsvWriter(out, opts, head, self.bom)


class CsvWriter(ReportWriter):
    """The header row first, then a row per finding as it comes."""

    def __init__(self, out, opts, head, bom: bool) -> None:
        self.bom = bom
        super().__init__(out, opts, head)

    def begin(self) -> None:
        if self.bom:
            self.out.write("\ufeff")
        self.w = csv.writer(self.out, lineterminator="\r\n")
        self.w.writerow(HEADER)

    def findings(self, views) -> None:
        lang = self.opts.lang
        for f in views:
            sl, sc, el, ec = f.regions["codepoint"]
            self.w.writerow((f.path, f.issuer or "", "" if f.year is None else f.year, f.code, f.rule.name, f.level,
                             sl, sc, el, ec, f.message(lang)))


class ExcelCsvFormatter(CsvFormatter):
    name = "csv-excel"
    description = "CSV with a UTF-8 byte-order mark, for Excel"
    bom = True


@hookimpl
def lintgov_formatters():
    return [CsvFormatter(), ExcelCsvFormatter()]
