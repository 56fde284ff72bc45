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

from typing import TYPE_CHECKING, Any  # noqa: E402

if TYPE_CHECKING:  # pragma: no cover
    from .rule import CATEGORIES, LEVELS, Edit, Example, Finding, Fix, Option, Related, Rule  # noqa: F401

#: names of :mod:`lintgov.rule` this package exports, imported when first asked for: the command line
#: installs its compiled-pattern and dataclass-code cache (:mod:`lintgov.recache`) first, so that
#: lintgov.rule's classes and patterns come from it too (~2 ms of every start)
_FROM_RULE = ("CATEGORIES", "LEVELS", "Edit", "Example", "Finding", "Fix", "Option", "Related", "Rule")


def __getattr__(name: str) -> Any:
    if name in _FROM_RULE:
        from . import rule
        value = getattr(rule, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list:
    return sorted(set(globals()) | set(_FROM_RULE))


__all__ = [
    "__version__", "hookimpl", "hookspec", "Rule", "Example", "Finding", "Fix", "Edit",
    "Related", "Option", "CATEGORIES", "LEVELS",
]
