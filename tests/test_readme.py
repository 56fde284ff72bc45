"""The README stays true: its rule table matches the rules, its two set-up commands
are what .ci/run does."""
import os
import subprocess
import sys

from conftest import ROOT


def test_rule_table_is_current():
    r = subprocess.run([sys.executable, os.path.join(ROOT, "tools", "update_readme.py"), "--check"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


def test_ci_runs_the_readme_commands():
    readme = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
    ci = open(os.path.join(ROOT, ".ci", "run"), encoding="utf-8").read()
    assert ".venv/bin/pip install -e '.[test]'" in readme and ".venv/bin/pip install -e '.[test]'" in ci
    assert ".venv/bin/python -m pytest" in readme and ".venv/bin/python -m pytest" in ci
    assert ".venv/bin/lintgov check seeds/" in readme
