"""`pip install .` gives a working tool: rules/ installs as lintgov.rules (never as a
top-level `rules` package), profiles ship as package data, and the console script
runs outside the source tree."""
import glob
import os
import subprocess
import sys
import zipfile

import pytest

from conftest import ROOT, SEEDS


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                        "-w", str(out), ROOT], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr[-2000:]
    return glob.glob(str(out / "lintgov-*.whl"))[0]


def test_wheel_layout(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    tops = {n.split("/")[0] for n in names}
    assert tops == {"lintgov", next(t for t in tops if t.endswith(".dist-info"))}
    assert "lintgov/rules/__init__.py" in names and "lintgov/rules/profiles/law-gov-annual-report.toml" in names
    assert "lintgov/_script_tables.py" in names
    meta = next(n for n in names if n.endswith("entry_points.txt"))
    assert "lintgov = lintgov.cli:run" in zipfile.ZipFile(wheel).read(meta).decode()


@pytest.mark.slow
def test_installed_wheel_runs_outside_the_source_tree(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = venv / "bin" / "pip"
    r = subprocess.run([str(pip), "install", "-q", wheel], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr[-2000:]
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    r = subprocess.run([str(venv / "bin" / "lintgov"), "check", "--output-format", "concise",
                        os.path.join(SEEDS, "003_223b86c639eacbbd.txt")], cwd=tmp_path, env=env,
                       capture_output=True, text=True, encoding="utf-8")
    assert r.returncode == 1, r.stderr
    assert "LG203" in r.stdout  # 同比增长285%: a rule from lintgov.rules ran
    r = subprocess.run([str(venv / "bin" / "python"), "-c", "import rules"], cwd=tmp_path, env=env,
                       capture_output=True, text=True)
    assert r.returncode != 0  # no top-level `rules` package was installed
