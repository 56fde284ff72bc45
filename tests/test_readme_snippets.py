"""README snippets work when copied: the pre-commit `rev:` names a commit this repository has,
no instruction installs lintgov from a package index (it is not on PyPI), the pre-commit
configurations validate, and the VS Code problem matchers match lintgov's concise output."""
import json
import os
import re
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT

README = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
PRE_COMMIT = shutil.which("pre-commit") or os.path.join(os.path.dirname(sys.executable), "pre-commit")


def blocks(lang):
    return re.findall(r"```" + lang + r"\n(.*?)```", README, re.S)


def _dedent(block):
    lines = block.splitlines()
    pad = min(len(ln) - len(ln.lstrip()) for ln in lines if ln.strip())
    return "\n".join(ln[pad:] for ln in lines) + "\n"


def test_every_rev_is_a_commit_of_this_repository():
    revs = re.findall(r"^\s*rev:\s*(\S+)", README, re.M)
    revs += re.findall(r"git\+https://\S+?@([0-9a-f]{7,40})\b", README)
    assert revs, "the README has a pre-commit snippet"
    for rev in revs:
        assert re.fullmatch(r"[0-9a-f]{40}", rev), f"{rev}: lintgov has no tags; name a full commit hash"
    if not os.path.isdir(os.path.join(ROOT, ".git")) and not os.path.isfile(os.path.join(ROOT, ".git")):
        pytest.skip("not a git checkout")
    for rev in set(revs):
        r = subprocess.run(["git", "cat-file", "-e", rev + "^{commit}"], cwd=ROOT, capture_output=True)
        assert r.returncode == 0, f"rev {rev} is not a commit of this repository"


def test_no_instruction_installs_lintgov_from_a_package_index():
    for m in re.finditer(r"pip install ([^\n`]*)", README):
        args = m.group(1).split()
        assert "lintgov" not in [a.strip("'\"") for a in args], m.group()   # lintgov is not on PyPI


@pytest.mark.skipif(not os.path.exists(PRE_COMMIT), reason="pre-commit is not installed")
def test_pre_commit_configurations_validate(tmp_path):
    configs = [b for b in blocks("yaml") if b.lstrip().startswith(("repos:", "#")) and "repos:" in b]
    assert len(configs) >= 2
    for i, b in enumerate(configs):
        path = tmp_path / f"c{i}.yaml"
        path.write_text(_dedent(b), encoding="utf-8")
        r = subprocess.run([PRE_COMMIT, "validate-config", str(path)], capture_output=True, text=True)
        assert r.returncode == 0, b + r.stdout + r.stderr


def test_vscode_problem_matchers_match_concise_output():
    task = json.loads(_dedent(next(b for b in blocks("json") if "problemMatcher" in b)))
    matchers = task["problemMatcher"]
    lines = {"error": ["a.txt:1:3: LG101 [错误] 纠错率不符", "a.txt:1:3: LG101 [error] rate mismatch"],
             "warning": ["报告/b 1.txt:12:40: LG203 [警告] 不可能", "b.txt:2:1: LG203 [warning] impossible"],
             "info": ["c.txt:3:1: LG402 [提示] 没有独立标题", "c.txt:3:1: LG402 [note] no heading"]}
    for severity, examples in lines.items():
        for line in examples:
            hits = [m for m in matchers if re.match(m["pattern"]["regexp"], line)]
            assert [m["severity"] for m in hits] == [severity], line
            g = re.match(hits[0]["pattern"]["regexp"], line)
            assert g.group(hits[0]["pattern"]["code"]).startswith("LG")
