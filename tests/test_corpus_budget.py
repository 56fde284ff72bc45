"""The false-alarm budget per rule on the shared corpora (benches/corpus_budget.py): a rule that
starts firing more often than the reviewed count fails here until its new findings are reviewed and
the budget recorded again (``python benches/corpus_budget.py --record``)."""
import json
import os
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "benches"))

import corpus_budget  # noqa: E402


def test_over_budget_detects_a_new_false_alarm():
    budget = {"full": {"LG801": 3}}
    assert corpus_budget.over_budget({"full": {"LG801": 3}}, budget) == []
    assert corpus_budget.over_budget({"full": {"LG801": 4}}, budget) == ["full: LG801 4 > budget 3"]
    assert corpus_budget.over_budget({"full": {"LG802": 1}}, budget) == ["full: LG802 1 > budget 0"]


@pytest.mark.slow
def test_rules_within_their_budget_on_the_shared_corpora():
    if not os.path.isdir(corpus_budget.SHARED) or not corpus_budget.corpus_files("full"):
        pytest.skip("../shared is not present")
    budget = json.load(open(corpus_budget.BUDGET, encoding="utf-8"))["budget"]
    measured = corpus_budget.measure()
    assert corpus_budget.over_budget(measured, budget) == []
