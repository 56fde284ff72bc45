"""lintgov — a linter for Chinese official reports (法治政府建设年度报告).

Public surface for plugin authors::

    from lintgov import hookimpl, Rule, Example, Finding, Fix, Edit, Related

Rules are declared as :class:`lintgov.rule.Rule` subclasses and handed to the
host through the ``lintgov_rules`` hook (see :mod:`lintgov.hookspecs`).
"""
import pluggy

__version__ = "0.1.0"

hookimpl = pluggy.HookimplMarker("lintgov")
hookspec = pluggy.HookspecMarker("lintgov")

from .rule import CATEGORIES, LEVELS, Edit, Example, Finding, Fix, Option, Related, Rule  # noqa: E402

__all__ = [
    "__version__", "hookimpl", "hookspec", "Rule", "Example", "Finding", "Fix", "Edit",
    "Related", "Option", "CATEGORIES", "LEVELS",
]
