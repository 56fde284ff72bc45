"""CSV for spreadsheets: one row per finding — file, issuer, year, code, name, level, line,
column, end line, end column, message — with a header row, RFC 4180 quoting (the csv module:
commas, quotes and line breaks inside a message stay in their cell) and CRLF row ends.
``csv-excel`` is the same with a UTF-8 byte-order mark, which Excel needs to open Chinese text
without garbling it.  Columns are code points (as spreadsheets count characters)."""
from __future__ import annotations

import csv
import io

from .. import hookimpl
from .base import FormatOptions, Formatter
from .views import views_of

HEADER = ("file", "issuer", "year", "code", "name", "level", "line", "column", "end_line", "end_column", "message")


class CsvFormatter(Formatter):
    name = "csv"
    description = "one row per finding (file, issuer, year, code, level, line, column, message), UTF-8"
    bom = False

    def render(self, run, opts: FormatOptions) -> str:
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(HEADER)
        for f in views_of(run):
            sl, sc, el, ec = f.regions["codepoint"]
            w.writerow((f.path, f.issuer or "", "" if f.year is None else f.year, f.code, f.rule.name, f.level,
                        sl, sc, el, ec, f.message(opts.lang)))
        return ("\ufeff" if self.bom else "") + buf.getvalue()


class ExcelCsvFormatter(CsvFormatter):
    name = "csv-excel"
    description = "CSV with a UTF-8 byte-order mark, for Excel"
    bom = True


@hookimpl
def lintgov_formatters():
    return [CsvFormatter(), ExcelCsvFormatter()]
