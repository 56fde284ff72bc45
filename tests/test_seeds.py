"""The hand-checked truths about the seed documents (seeds/expected.json) hold:
findings that must appear, and consistent statements that must not be flagged."""
import json
import os

import pytest

from conftest import SEEDS
from lintgov.config import Settings
from lintgov.engine import lint_paths
from lintgov.plugins import build_registry
from lintgov.rule import LEVEL_RANK

with open(os.path.join(SEEDS, "expected.json"), encoding="utf-8") as f:
    CASES = json.load(f)["cases"]


@pytest.fixture(scope="module")
def run():
    reg = build_registry(load_entry_points=False)
    return lint_paths([SEEDS], reg, Settings(), {}, cwd=SEEDS)


def case_id(c):
    return f"{c['file'][:3]}-{c['expect']}-{c['category']}-{c.get('needle', 'anywhere')}"


@pytest.mark.parametrize("case", CASES, ids=[case_id(c) for c in CASES])
def test_seed_expectation(run, case):
    assert run.notifications == []
    doc = next(d for d in run.documents if d.path == case["file"])
    rows = [f for f in run.findings if f.doc is doc and f.rule.category == case["category"]]
    if not case.get("anywhere"):
        i = doc.text.find(case["needle"])
        assert i >= 0, "needle not in the seed"
        rows = [f for f in rows if i <= f.start < i + len(case["needle"])]
    shown = [f"{f.code}:{f.level}:{f.message('en')}" for f in rows]
    if case["expect"] == "find":
        assert rows, f"expected a {case['category']} finding at {case.get('needle')}: {case['why']}"
    elif "max_level" in case:
        assert all(LEVEL_RANK[f.level] <= LEVEL_RANK[case["max_level"]] for f in rows), shown
    else:
        assert not rows, shown
