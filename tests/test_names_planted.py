"""Planted errors in real report text (../shared; skipped when absent): each kind of error the
protected-names rules cover is found, and the unmodified paragraphs give no finding.
The figures of a full run are printed by benches/bench_names.py; this test runs a smaller
sample and guards the rates measured there."""
import os
import random
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared")
pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not os.path.isdir(os.path.join(SHARED, "corpus", "full")),
                                 reason="../shared/corpus is absent")]


def test_planted_errors_are_found():
    sys.path.insert(0, os.path.join(ROOT, "benches"))
    import bench_names as B
    corpora, meta, pairs = B.load(SHARED)
    divisions = os.path.join(SHARED, "research", "data", "divisions")
    T = B.plant(corpora, meta, pairs, random.Random(7), 40, divisions if os.path.isdir(divisions) else None)
    rates = {k: T.ok[k] / T.n[k] for k in T.n}
    assert set(rates) >= {"term-sub", "term-del", "term-dup", "title-sub", "title-prefix", "title-suffix",
                          "policy-nian", "policy-years", "repealed", "placeholder", "place", "issuer", "copy"}
    assert all(T.n[k] >= 10 for k in rates), dict(T.n)
    # any-character slips in short terms are reported only for terms marked ! (26% in the full run)
    assert rates["term-sub-any"] >= 0.1
    low = {k: round(r, 2) for k, r in rates.items() if r < 0.9 and k != "term-sub-any"}
    assert not low, (low, T.examples)
    assert not T.base_fa, dict(T.base_fa)
