"""Built-in script rules."""
from lintgov import hookimpl


@hookimpl
def lintgov_rules():
    return []
