"""Output formats (plugins through the ``lintgov_formatters`` hook)."""
