#!/usr/bin/env python3
"""Regenerate the rule table (from the rule declarations) and the limits table
(from lintgov/limits.py) in README.md.

    .venv/bin/python tools/update_readme.py          # rewrite README.md
    .venv/bin/python tools/update_readme.py --check  # exit 1 if README.md is stale
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
START, END = "<!-- rules-table:start -->", "<!-- rules-table:end -->"


def table():
    from lintgov.docs import rules_table_markdown
    from lintgov.plugins import build_registry
    reg = build_registry(load_entry_points=False)
    return rules_table_markdown(reg.rules, "en")


LIMITS_START, LIMITS_END = "<!-- limits-table:start -->", "<!-- limits-table:end -->"


def limits_table():
    from lintgov.limits import readme_table
    return readme_table()


def render(readme):
    a, b = readme.index(START) + len(START), readme.index(END)
    readme = readme[:a] + "\n" + table() + "\n" + readme[b:]
    if LIMITS_START in readme:
        a, b = readme.index(LIMITS_START) + len(LIMITS_START), readme.index(LIMITS_END)
        readme = readme[:a] + "\n" + limits_table() + "\n" + readme[b:]
    return readme


def main():
    path = os.path.join(ROOT, "README.md")
    with open(path, encoding="utf-8") as f:
        old = f.read()
    new = render(old)
    if "--check" in sys.argv:
        if new != old:
            print("README.md rule or limits table is stale: run tools/update_readme.py", file=sys.stderr)
            return 1
        return 0
    with open(path, "w", encoding="utf-8") as f:
        f.write(new)
    return 0


if __name__ == "__main__":
    sys.exit(main())
