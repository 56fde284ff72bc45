"""The written sets under benches/battery stay sound: every entry's arithmetic holds (the checker
recomputes each consistent text at its printed rounding and each wrong figure as clearly wrong),
ids are unique and each figure occurs in its text. The bench measures the engine on them; this
test only guards the sets themselves."""
import importlib.util
import os
import subprocess
import sys

import pytest

from conftest import ROOT

BATTERY = os.path.join(ROOT, "benches", "battery")


def _load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(BATTERY, name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.STATEMENTS


@pytest.mark.parametrize("checker", ["check_written_w1.py", "check_w3a.py", "check_w3b.py"])
def test_checker_passes(checker):
    r = subprocess.run([sys.executable, os.path.join(BATTERY, checker)], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-2000:]


def test_sets_are_well_formed():
    for name in ("statements", "written_w1", "written_w3a", "written_w3b"):
        rows = _load(name)
        ids = [r[0] for r in rows]
        assert len(ids) == len(set(ids)), name
        for sid, fam, text, fig, wrong in rows:
            if fig is None:
                assert wrong is None and fam.startswith("trap-"), sid
            else:
                assert fig in text and wrong != fig, sid
