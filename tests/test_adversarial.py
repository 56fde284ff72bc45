"""Every adversarial input of issue 11, in one folder built by tools/make_adversarial.py:
each file gets its expected outcome (read, LG001, skipped) with no crash of the reader or
of a rule on it, and the run stays within a time and memory bound (the per-case time and
peak memory are measured by benches/bench_adversarial.py).

Cases that still fail are marked xfail(strict=True) *with their owner*: the mark must be
removed when the owner's fix lands (an unexpected pass fails the suite), and each one is
written in /work/notes/to-<owner>.md."""
import json
import os
import subprocess
import sys

import pytest

from conftest import ROOT, lintgov_cmd

sys.path.insert(0, os.path.join(ROOT, "tools"))
import make_adversarial  # noqa: E402

#: case → (owner, what is wrong today); remove an entry when its fix lands
KNOWN_FAILING: dict = {
}

MEMORY_BOUND = 4 * 1024 ** 3   # address space of the lintgov process (the bench checks ≤ 1 GiB RSS per case)
TIME_BOUND = 420               # the whole folder, ~45 cases, on a loaded 2-core machine


def _limit_memory():  # pragma: no cover - runs in the child
    import resource
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BOUND, MEMORY_BOUND))


@pytest.fixture(scope="module")
def folder_run(tmp_path_factory):
    d = tmp_path_factory.mktemp("adversarial")
    manifest = make_adversarial.write(str(d))
    out = d.parent / "adversarial.json"
    cmd = lintgov_cmd() + ["check", "--no-plugins", "--isolated", "--output-format", "json", "-o", str(out), ".",
                           "/dev/zero"]
    try:
        r = subprocess.run(cmd, cwd=str(d), capture_output=True, text=True, encoding="utf-8", errors="replace",
                           timeout=TIME_BOUND, preexec_fn=_limit_memory if os.name == "posix" else None)
    except subprocess.TimeoutExpired:
        pytest.fail(f"lintgov over the adversarial folder ran past {TIME_BOUND} s")
    assert "Traceback" not in r.stderr, r.stderr[-3000:]
    assert r.returncode in (0, 1, 2, 3), r.stderr[-2000:]
    with open(out, encoding="utf-8") as f:
        data = json.load(f)
    return manifest, data, r


def _outcome(data, name):
    path = name if name.startswith("/") else os.path.join(".", name)
    norm = os.path.normpath(path)
    files = {os.path.normpath(p) for p in data["files"]}
    lg = [f for f in data["findings"] if f["code"] == "LG001" and os.path.normpath(f["location"]["path"]) == norm]
    notes = [n for n in data["notifications"] if n.get("path") and os.path.normpath(n["path"]) == norm]
    return (norm in files or any(os.path.normpath(p).endswith(norm) for p in data["files"])), lg, notes


def _cases():
    out = []
    for c in make_adversarial.cases(small=True) + [{"file": "concat-50mb.txt", "expect": "lg001", "owner": "safety"}] + \
            [{"file": "/dev/zero", "expect": "lg001", "owner": "safety"}]:
        marks = []
        if c["file"] in KNOWN_FAILING:
            owner, why = KNOWN_FAILING[c["file"]]
            marks.append(pytest.mark.xfail(strict=True, reason=f"{owner}: {why} (see notes/to-{owner}.md)"))
        out.append(pytest.param(c["file"], c["expect"], id=c["file"].encode("unicode_escape").decode("ascii"),
                                marks=marks))
    return out


@pytest.mark.slow
@pytest.mark.parametrize("name,expect", _cases())
def test_adversarial_case(folder_run, name, expect):
    manifest, data, _ = folder_run
    if name != "/dev/zero" and not any(c["file"] == name for c in manifest):
        pytest.skip("this system cannot create the case")
    listed, lg, notes = _outcome(data, name)
    assert not notes, [n["message"] for n in notes]  # no reader or rule crashed or was stopped on it
    if expect == "read":
        assert listed and not lg, lg
    elif expect == "lg001":
        assert lg, f"{name} passed without LG001"
    elif expect == "skipped":
        assert not listed and not lg
    else:
        assert listed


@pytest.mark.slow
def test_the_ordinary_report_in_the_folder_is_still_reported(folder_run):
    _, data, _ = folder_run
    codes = {f["code"] for f in data["findings"] if f["location"]["path"].endswith("good-report.txt")}
    assert codes and "LG001" not in codes
