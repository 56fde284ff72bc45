"""Every hook lintgov calls, in one place (the model is pytest's ``hookspecs.py``).

A plugin is any module or object with functions decorated by ``lintgov.hookimpl``
whose names match the specifications below.  The built-in rule families in
``lintgov.rules`` are plugins of exactly this kind; third-party plugins are found
through the entry-point group ``lintgov``::

    [project.entry-points.lintgov]
    my_rules = "my_package.lintgov_plugin"

Hooks return lists; pluggy collects the lists of all plugins.  Hooks must be
cheap: import heavy modules inside rule methods, not at module import time, so
that ``lintgov check`` on one file starts fast.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, List

from . import hookspec

if TYPE_CHECKING:  # pragma: no cover
    from .formatters.base import Formatter
    from .readers import Reader
    from .rule import Rule


@hookspec
def lintgov_rules() -> "List[type[Rule]]":
    """Return the rule classes this plugin provides.

    Each class is a subclass of :class:`lintgov.rule.Rule` and declares a stable
    code (``LG101``; plugins should use their own prefix such as ``ACME1``), a
    kebab-case name, exactly one category from :data:`lintgov.rule.CATEGORIES`,
    a default level, Chinese and English texts and bad/good examples.  Codes must
    be unique across all plugins; a clash is reported as a plugin error.
    """


@hookspec
def lintgov_readers() -> "List[Reader]":
    """Return input readers (:class:`lintgov.readers.Reader` instances).

    A reader declares the file suffixes it handles (``(".txt",)``) and turns the
    bytes of a file into a :class:`lintgov.document.Document`.  When two readers
    claim a suffix, the one registered last (third-party plugins load after the
    built-ins) wins, so a plugin can replace a built-in reader.
    """


@hookspec
def lintgov_formatters() -> "List[Formatter]":
    """Return output formats (:class:`lintgov.formatters.base.Formatter` instances).

    Each has a ``name`` used with ``--output-format`` and renders a whole run
    (all files, findings and notifications) to a string.
    """


@hookspec
def lintgov_profiles() -> "List[str]":
    """Return paths of TOML section profiles (which blocks a kind of document
    must contain; see ``lintgov/rules/profiles``).  Later plugins may override a
    built-in profile by using the same profile name.
    """
