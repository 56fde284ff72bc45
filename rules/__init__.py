"""lintgov's built-in rules, one module per rule family.

Each module is a pluggy plugin: it implements the ``lintgov_rules`` hook (and
maybe ``lintgov_profiles``) exactly as a third-party plugin would.  This package
lives in ``rules/`` in the repository and installs as ``lintgov.rules``.

Code ranges: LG0xx input, LG1xx arithmetic, LG2xx yoy, LG3xx numbering,
LG4xx sections, LG5xx temporal, LG6xx script, LG7xx encoding,
LG8xx typography, LG9xx number-usage; LGA0x references (law and policy titles),
LGA1x names (protected terms, the issuer's name), LGA2x places, LGA3x drafting residue,
LGA4x copied text.
"""

#: modules under lintgov.rules registered as built-in plugins
BUILTIN_RULE_MODULES = (
    "files",
    "arithmetic",
    "sums",
    "tables",
    "bounds",
    "structure",
    "shares",
    "number_usage",
    "yoy",
    "deltas",
    "spans",
    "points",
    "restated",
    "numbering",
    "sections",
    "temporal",
    "script",
    "encoding",
    "typography",
    "terms",
    "references",
    "placeholders",
    "places",
    "issuer_name",
    "copies",
)
