"""The README's editor set-ups, run in real editors where they are installed (skipped
otherwise): Emacs with eglot loads the README's own elisp block; Neovim's built-in LSP
client attaches the server.  Each session opens a draft, sees the findings at the right
places, applies a safe fix from a code action and sees that finding disappear."""
import os
import re
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT

pytest.importorskip("pygls")
pytestmark = pytest.mark.slow

EDITORS = os.path.join(ROOT, "tests", "fixtures", "editors")
ASTRAL = "\U00020000"
RATE = f"{ASTRAL}审结100件，直接纠错20件，纠错率为25%。"
DRAFT = f"# 关于{ASTRAL}区的报告\n\n{RATE}\n\n全区共有3 个部门参加。\n"


def lintgov_exe():
    exe = os.path.join(os.path.dirname(sys.executable), "lintgov")
    if not os.path.exists(exe):
        pytest.skip("no lintgov console script next to this Python")
    return exe


def readme_block(lang):
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as fh:
        editors = fh.read().split("## Editors", 1)[1].split("\n## ", 1)[0]
    return re.search(rf"```{lang}\n(.*?)```", editors, re.S).group(1)


def drafts(tmp_path):
    out = []
    for name in ("draft.md", "draft.txt"):
        p = tmp_path / name
        p.write_text(DRAFT, encoding="utf-8")
        out.append(str(p))
    return out


def check_session(lines):
    """DIAG lines before and after the fix: LG101 at 25%, LG801 at the space, then LG101 only."""
    text = "\n".join(lines)
    assert re.search(r"^DIAG\t2\t25%\t.*纠错率25%与所给数字不符", text, re.M), text
    assert re.search(r"^DIAG\t4\t \t.*空格", text, re.M), text
    assert any(line.startswith("ACTION") and "LG801" in line for line in lines), text
    after = text.split("AFTER", 1)[1]
    assert "全区共有3个部门参加。" in after and "空格" not in after.split("\n", 1)[1], text
    assert "纠错率25%" in after, text


def test_emacs_eglot_with_the_readme_configuration(tmp_path):
    emacs = shutil.which("emacs")
    if not emacs:
        pytest.skip("emacs is not installed")
    config = tmp_path / "readme-eglot.el"
    config.write_text(readme_block("elisp").replace("/home/me/lintgov/.venv/bin/lintgov", lintgov_exe()),
                      encoding="utf-8")
    r = subprocess.run([emacs, "--batch", "-l", str(config), "-l", os.path.join(EDITORS, "eglot_session.el")]
                       + drafts(tmp_path), capture_output=True, text=True, encoding="utf-8", timeout=240)
    if "NO-EGLOT" in r.stdout:
        pytest.skip("eglot is not installed for this Emacs")
    sessions = r.stdout.split("FILE ")[1:]
    assert len(sessions) == 2, r.stdout + r.stderr
    assert sessions[0].startswith("draft.md"), sessions[0]     # markdown-mode if installed
    assert sessions[1].startswith("draft.txt text-mode"), sessions[1]
    for s in sessions:
        check_session(s.splitlines())


def test_neovim_builtin_client(tmp_path):
    nvim = shutil.which("nvim")
    if not nvim:
        pytest.skip("neovim is not installed")
    for path in drafts(tmp_path):
        out = tmp_path / "nvim.out"
        col = len(RATE[:RATE.index("25%") + 1].encode("utf-16-le")) // 2
        env = dict(os.environ, OUT=str(out), FILE=path, LINTGOV=lintgov_exe(), HOVER_CHAR=str(col))
        subprocess.run([nvim, "--headless", "-u", "NONE", "-c", f"luafile {os.path.join(EDITORS, 'nvim_session.lua')}",
                        "-c", "qa!"], env=env, capture_output=True, timeout=240)
        lines = out.read_text(encoding="utf-8").splitlines()
        check_session(lines)
        hover = [ln for ln in lines if ln.startswith("HOVER")]
        assert hover and "20/100*100" in hover[0] and "rate-mismatch" in hover[0], lines
