"""Static checks of the engine and the built-in rules.

A name used but never defined fails only when its line runs: LG201/LG202/LG204 once raised NameError on every
document with a cumulative growth before an average one (由A增至B，累计增长X%，年均增长Y%), because an import
was dropped; the engine reported the failure, but the three rules checked nothing on such documents.  pyflakes
finds such names without running the code.
"""
import os

import pytest

from lintgov.engine import instantiate_rules, lint_text
from lintgov.config import Settings
from lintgov.plugins import build_registry

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def test_no_undefined_names():
    api = pytest.importorskip("pyflakes.api")
    reporter_mod = pytest.importorskip("pyflakes.reporter")
    import io
    out, err = io.StringIO(), io.StringIO()
    api.checkRecursive([os.path.join(ROOT, "lintgov"), os.path.join(ROOT, "rules")],
                       reporter_mod.Reporter(out, err))
    bad = [line for line in out.getvalue().splitlines() if "undefined name" in line]
    assert not err.getvalue().strip(), err.getvalue()
    assert bad == []


def _rules():
    reg = build_registry(load_entry_points=False, strict=True)
    return [r for r in instantiate_rules(reg, Settings(), {}, select=["ALL"]) if r.category in ("arithmetic", "yoy")]


def test_cumulative_then_average_growth_is_checked():
    rules = _rules()
    good = "全区社会消费品零售总额从2020年的312亿元增加到2023年的401亿元，三年累计增长28.5%，年均增长8.7%。\n"
    assert lint_text(good, rules) == []
    wrong = lint_text(good.replace("8.7%", "12.7%"), rules)
    assert {f.code for f in wrong} == {"LG208"}
