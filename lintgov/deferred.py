"""Built-in readers and output formats whose modules are imported when first used.

A check of one text file reads it with the text reader and prints one format; importing the
Markdown, HTML, Word, PDF and legacy Office readers and the JSON, SARIF, HTML, CSV and GitHub
formats at every start cost ~15 M instructions (~3 ms, 2% of a check of one seed).  The registry
holds these stand-ins instead: each knows what the registry and the file walk read without using
it (a reader's ``name``, ``suffixes`` and ``writable``; a format's ``name`` and ``aliases``) and
makes the real object on the first call or any other attribute.  ``tests/test_speed_paths.py``
checks that each stand-in declares what its class declares.
"""
from __future__ import annotations

import importlib
from typing import Any, Sequence

from . import hookimpl
from .formatters.base import Formatter
from .readers import Reader


class _Deferred:
    """The real object behind a stand-in: ``getattr(import_module(module), cls)()``, made once."""

    __slots__ = ("module", "cls", "_obj")

    def __init__(self, module: str, cls: str) -> None:
        self.module, self.cls, self._obj = module, cls, None

    def get(self) -> Any:
        if self._obj is None:
            self._obj = getattr(importlib.import_module(self.module), self.cls)()
        return self._obj


class DeferredReader(Reader):
    """A built-in reader whose module is imported when it first reads a file (or is asked anything
    but ``name``, ``suffixes`` and ``writable``)."""

    def __init__(self, module: str, cls: str, name: str, suffixes: Sequence[str], writable: bool) -> None:
        self._deferred = _Deferred(module, cls)
        self.name, self.suffixes, self.writable = name, tuple(suffixes), writable

    def read(self, data: bytes, path: str) -> Any:
        return self._deferred.get().read(data, path)

    def __getattr__(self, attr: str) -> Any:   # only what the instance and the class lack
        if attr.startswith("__") or attr == "_deferred":
            raise AttributeError(attr)
        return getattr(self._deferred.get(), attr)

    def __reduce__(self) -> Any:
        d = self._deferred
        return (DeferredReader, (d.module, d.cls, self.name, self.suffixes, self.writable))

    def __repr__(self) -> str:
        return f"<{self._deferred.cls} (deferred)>"


class DeferredFormatter(Formatter):
    """A built-in output format whose module is imported when the format is used (or asked anything
    but ``name`` and ``aliases``)."""

    def __init__(self, module: str, cls: str, name: str, aliases: Sequence[str] = ()) -> None:
        self._deferred = _Deferred(module, cls)
        self.name, self.aliases = name, tuple(aliases)

    @property
    def description(self) -> str:  # type: ignore[override]
        return self._deferred.get().description

    def render(self, run: Any, opts: Any) -> str:
        return self._deferred.get().render(run, opts)

    def __getattr__(self, attr: str) -> Any:   # writer, render_chunks, write_dir…: as the real format has them
        if attr.startswith("__") or attr == "_deferred":
            raise AttributeError(attr)
        return getattr(self._deferred.get(), attr)

    def __reduce__(self) -> Any:
        d = self._deferred
        return (DeferredFormatter, (d.module, d.cls, self.name, self.aliases))

    def __repr__(self) -> str:
        return f"<{self._deferred.cls} (deferred)>"


#: (module, class, name, suffixes, writable) of the readers imported when used (the text reader is not)
READERS = (
    ("lintgov.readers.md", "MarkdownReader", "md", (".md", ".markdown"), True),
    ("lintgov.readers.html", "HtmlReader", "html", (".html", ".htm", ".shtml", ".xhtml"), False),
    ("lintgov.readers.docx", "DocxReader", "docx", (".docx", ".docm", ".dotx"), False),
    ("lintgov.readers.pdf", "PdfReader", "pdf", (".pdf",), False),
    ("lintgov.readers.office", "OfficeReader", "doc", (".doc", ".dot", ".wps", ".wpt"), False),
)
#: (module, class, name) of the output formats imported when used (the text formats are not)
FORMATTERS = (
    ("lintgov.formatters.json", "JsonFormatter", "json"),
    ("lintgov.formatters.github", "GithubFormatter", "github"),
    ("lintgov.formatters.sarif", "SarifFormatter", "sarif"),
    ("lintgov.formatters.html", "HtmlFormatter", "html"),
    ("lintgov.formatters.csv", "CsvFormatter", "csv"),
    ("lintgov.formatters.csv", "ExcelCsvFormatter", "csv-excel"),
)


def readers() -> list:
    return [DeferredReader(*r) for r in READERS]


def formatters() -> list:
    return [DeferredFormatter(*f) for f in FORMATTERS]


@hookimpl
def lintgov_formatters() -> list:
    return formatters()
