"""The pre-commit hook: the manifest validates, and `pre-commit try-repo` fails on a
draft with an inconsistent rate and passes on a consistent one."""
import os
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT

PRE_COMMIT = shutil.which("pre-commit") or os.path.join(os.path.dirname(sys.executable), "pre-commit")


def have_pre_commit():
    return os.path.exists(PRE_COMMIT)


@pytest.mark.skipif(not have_pre_commit(), reason="pre-commit is not installed")
def test_manifest_validates():
    r = subprocess.run([PRE_COMMIT, "validate-manifest", os.path.join(ROOT, ".pre-commit-hooks.yaml")],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


@pytest.mark.slow
@pytest.mark.skipif(not have_pre_commit(), reason="pre-commit is not installed")
@pytest.mark.skipif(not os.path.isdir(os.path.join(ROOT, ".git")), reason="not a git checkout")
def test_try_repo_fails_on_bad_draft_and_passes_on_good(tmp_path):
    repo = tmp_path / "drafts"
    repo.mkdir()
    env = dict(os.environ, PRE_COMMIT_HOME=str(tmp_path / "cache"), GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@x",
               GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@x")
    env.pop("LINTGOV_DISABLE_PLUGIN_AUTOLOAD", None)
    (repo / "bad.txt").write_text("2023年，全年审结行政复议案件977件，直接纠错236件，纠错率为42.2%。\n", encoding="utf-8")
    (repo / "good.txt").write_text("2023年，全年审结行政复议案件977件，直接纠错236件，纠错率约为24.2%。\n", encoding="utf-8")
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True, env=env)
    subprocess.run(["git", "add", "."], cwd=repo, check=True, env=env)

    def try_repo(name):
        return subprocess.run([PRE_COMMIT, "try-repo", ROOT, "lintgov", "--files", name], cwd=repo, env=env,
                              capture_output=True, text=True, timeout=600)
    bad = try_repo("bad.txt")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "bad.txt:1:" in bad.stdout and "LG1" in bad.stdout
    good = try_repo("good.txt")
    assert good.returncode == 0, good.stdout + good.stderr
