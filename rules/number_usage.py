"""Built-in number_usage rules."""
from lintgov import hookimpl


@hookimpl
def lintgov_rules():
    return []
