"""GitHub Actions workflow-command annotations (``::error file=…,line=…::msg``)."""
from __future__ import annotations

from .. import hookimpl
from .base import FormatOptions, Formatter
from .stream import ReportWriter, RunHead, render_run

_CMD = {"error": "error", "warning": "warning", "note": "notice"}


def _escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_prop(s: str) -> str:
    return _escape_data(s).replace(":", "%3A").replace(",", "%2C")


class GithubFormatter(Formatter):
    name = "github"
    description = "GitHub Actions annotations"

    def render(self, run, opts: FormatOptions) -> str:
        return render_run(self, run, opts)

    def writer(self, out, opts: FormatOptions, head: RunHead) -> "GithubWriter":
        return GithubWriter(out, opts, head)


class GithubWriter(ReportWriter):
    """A workflow command per finding, as it comes."""

    def findings(self, views) -> None:
        lang = self.opts.lang
        out = []
        for f in views:
            sl, sc, el, ec = f.regions["utf16"]
            title = f"{f.code} {f.rule.name}"
            out.append(f"::{_CMD[f.level]} file={_escape_prop(f.path)},line={sl},col={sc},"
                       f"endLine={el},endColumn={ec},title={_escape_prop(title)}::{_escape_data(f.message(lang))}\n")
        self.out.write("".join(out))


@hookimpl
def lintgov_formatters():
    return [GithubFormatter()]
