"""Built-in temporal rules."""
from lintgov import hookimpl


@hookimpl
def lintgov_rules():
    return []
