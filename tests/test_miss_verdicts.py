"""benches/miss_verdicts.py: the engine's verdict on the figure of each missed written pair, counted."""
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def test_battery_miss_gets_the_engines_reason(tmp_path):
    sets = tmp_path / "set.py"
    sets.write_text(
        "STATEMENTS = [\n"
        "    ('x-001', 'rate', '全县城乡居民基本医疗保险参保率为96.5%，较上年有所提高。', '96.5', '90.5'),\n"
        "    ('x-002', 'rate', '全年受理申请200件，批准150件，审批通过率75.0%。', '75.0', '85.0'),\n"
        "]\n", encoding="utf-8")
    result = tmp_path / "result.json"
    result.write_text(json.dumps({"statements": [
        {"id": "x-001", "family": "rate", "trap": False, "hit": False, "false_alarm": []},
        {"id": "x-002", "family": "rate", "trap": False, "hit": True, "false_alarm": []}]}), encoding="utf-8")
    out = subprocess.run([sys.executable, os.path.join(ROOT, "benches", "miss_verdicts.py"), "battery", "--file",
                          str(sets), str(result), "--show"], capture_output=True, text=True, check=True).stdout
    lines = out.splitlines()
    # only the missed pair is read, and its rate is not checkable for want of counts
    assert any(l.startswith("x-001 rate") and "not checkable | rate" in l for l in lines), out
    assert not any(l.startswith("x-002") for l in lines), out
    assert lines[-1] == "total 1"
