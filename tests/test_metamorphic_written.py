"""The adapter of benches/metamorphic_written.py on a few pairs of its own wording (meta22)."""
import os
import sys

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "benches"))
mw = pytest.importorskip("metamorphic_written")

SUM = ("t-sum", "sum", "全年收入12,345万元，其中税收收入10,000万元、非税收入2,345万元。", "12,345", "12445")
NO_COMMA = ("t-nt", "sum", "全年收入1,234万元，其中税收收入1000万元、非税收入234万元。", "1,234", "1334")
TRAP = ("t-trap", "trap-sum", "全年收入12,345万元，其中税收收入10,000万元。", None, None)


@pytest.fixture(scope="module")
def linter():
    return mw.Linter()


def test_pair_kept_and_trap(linter):
    res = mw.run([SUM, TRAP], ["qizhong_comma"], linter)
    assert res["base"]["caught"] == 1 and res["base"]["traps"] == 1
    row = res["transforms"]["qizhong_comma"]
    assert (row["applies"], row["kept"], row["not_transferable"], row["false_alarms"]) == (1, 1, 0, 0)
    assert row["trap_applies"] == 1 and row["lost"] == []


def test_transformation_that_does_not_apply(linter):
    row = mw.run([SUM], ["tongbi"], linter)["transforms"]["tongbi"]   # no 比上年/同比 to rewrite
    assert (row["applies"], row["not_transferable"], row["trap_applies"]) == (0, 0, 0)


def test_not_transferable(linter):
    # the wrong figure 1334 has no thousands separator: drop_commas takes the consistent text, not the wrong one
    row = mw.run([NO_COMMA], ["drop_commas"], linter)["transforms"]["drop_commas"]
    assert (row["applies"], row["not_transferable"]) == (0, 1)


def test_transferred_shape():
    good, bad = "共120件，其中80件", "共130件，其中80件"
    assert mw.transferred(good, bad, "共一百二十件，其中80件", "共一百三十件，其中80件")
    assert not mw.transferred(good, bad, "共120件。其中80件", "共130件，其中80件")   # another shape
    assert not mw.transferred(good, bad, "共120件，其中，80件", None)              # not applied
