"""A gate never passes what it did not read (issue 11, part 2)."""
import json
import os

import pytest

from conftest import run_cli
from lintgov.config import ConfigError, Settings, resolve_settings
from lintgov.engine import collect_files, lint_paths
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
GOOD = "2023年，本区法治政府建设取得新进展。\n"


def _cli(tmp_path, *args):
    env = dict(os.environ, LINTGOV_DISABLE_PLUGIN_AUTOLOAD="1")
    return run_cli(["check", *args], tmp_path, env)


@pytest.mark.parametrize("sel", [["--select", "arithmetic"], ["--ignore", "encoding"], ["--ignore", "LG001"],
                                 ["--select", "LG101", "--exit-zero"]])
def test_unreadable_files_cannot_be_selected_away(tmp_path, sel):
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary\x00")
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64)
    (tmp_path / "ok.txt").write_text(GOOD, encoding="utf-8")
    r = _cli(tmp_path, *sel, "--output-format", "concise", "bin.txt", "old.doc", "missing.txt", "ok.txt")
    assert r.returncode == 3, (r.stdout, r.stderr)
    for name in ("bin.txt", "old.doc", "missing.txt"):
        assert f"{name}:1:1: LG001" in r.stdout
    assert "exit code 3" in r.stderr


def test_config_ignore_and_per_file_ignores_cannot_hide_lg001(tmp_path):
    (tmp_path / "lintgov.toml").write_text('ignore = ["LG001", "encoding"]\nper-file-ignores = { "*" = ["ALL"] }\n',
                                          encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01binary")
    r = _cli(tmp_path, "bin.txt")
    assert r.returncode == 3 and "LG001" in r.stdout


def test_folder_of_pdf_and_wps_is_not_zero_files(tmp_path):
    for n in ("a.pdf", "b.wps", "c.PDF"):
        (tmp_path / n).write_bytes(b"%PDF-1.4\n" if n.lower().endswith(".pdf") else b"")
    r = _cli(tmp_path, "--output-format", "json", ".")
    assert r.returncode == 3
    data = json.loads(r.stdout)
    assert sorted(f["location"]["path"] for f in data["findings"]) == ["a.pdf", "b.wps", "c.PDF"]
    assert all(f["code"] == "LG001" for f in data["findings"])
    r = _cli(tmp_path, "a.pdf")
    assert r.returncode == 3 and "未发现问题" not in r.stdout


def test_lock_and_backup_files_are_skipped_silently(tmp_path):
    (tmp_path / "~$report.docx").write_bytes(b"\x00lock")
    (tmp_path / ".~lock.report.docx#").write_bytes(b"x")
    (tmp_path / ".#report.txt").write_bytes(b"\x00")
    (tmp_path / "report.txt.bak").write_bytes(b"\x00")
    (tmp_path / "report.txt~").write_bytes(b"\x00")
    (tmp_path / ".report.txt.swp").write_bytes(b"\x00")
    (tmp_path / "report.txt").write_text(GOOD, encoding="utf-8")
    got = [os.path.basename(p) for p, _ in collect_files([str(tmp_path)], REG, Settings())]
    assert got == ["report.txt"]
    r = _cli(tmp_path, "~$report.docx", "report.txt")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "LG001" not in r.stdout


def test_unreadable_directory_is_reported(tmp_path, monkeypatch):
    sub = tmp_path / "locked"
    sub.mkdir()
    (sub / "x.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "ok.txt").write_text(GOOD, encoding="utf-8")
    real = os.scandir

    def scandir(path="."):
        if os.path.abspath(os.fspath(path)) == str(sub):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    run = lint_paths([str(tmp_path)], REG, Settings(), {}, cwd=str(tmp_path))
    lg001 = [f for f in run.findings if f.code == "LG001"]
    assert [f.doc.path for f in lg001] == ["locked"]
    assert "permission" in lg001[0].message("en")
    assert "locked" in run.unreadable


def test_special_files_are_refused_without_blocking(tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "ok.txt").write_text(GOOD, encoding="utf-8")
    r = _cli(tmp_path, "--output-format", "concise", ".", "/dev/zero")
    assert r.returncode == 3
    assert "pipe.txt:1:1: LG001" in r.stdout and "FIFO" in r.stdout + r.stderr or "regular" in r.stdout
    assert "/dev/zero:1:1: LG001" in r.stdout


def test_file_size_limit(tmp_path):
    (tmp_path / "lintgov.toml").write_text("[limits]\nfile-size = 100\n", encoding="utf-8")
    (tmp_path / "big.txt").write_text("法治" * 100, encoding="utf-8")
    r = _cli(tmp_path, "big.txt")
    assert r.returncode == 3 and "file-size" in r.stdout


@pytest.mark.parametrize("name,content,needle", [
    ("pyproject.toml", b"[tool.lintgov\nselect = [", "invalid TOML"),
    ("pyproject.toml", b"[project]\nname = 'x'\n[tool.lintgov]\nselect = 'LG1'\n\xff\xfe", "UTF-8"),
    ("lintgov.toml", b"\xd1\xa1\xd4\xf1 = 1\n", "UTF-8"),
    ("lintgov.toml", b"select = [" + b"[" * 5000 + b"]" * 5000 + b"]\n", "lintgov.toml"),
    ("lintgov.toml", b"[limits]\nfile-size = -1\n", "file-size"),
    ("lintgov.toml", b"[limits]\nrule-tme = 1\n", "unknown limit"),
    ("lintgov.toml", b"profile-paths = ['nope.toml']\n", "nope.toml"),
])
def test_bad_configuration_is_an_error_naming_the_file(tmp_path, name, content, needle):
    (tmp_path / name).write_bytes(content)
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    r = _cli(tmp_path, "a.txt")
    assert r.returncode == 2, r.stdout + r.stderr
    assert name in r.stderr and needle in r.stderr, r.stderr
    assert "internal error" not in r.stderr and "Traceback" not in r.stderr
    with pytest.raises(ConfigError):
        resolve_settings(None, False, str(tmp_path))


@pytest.mark.parametrize("content", [b"\xff\xfe\x00garbage", b"{not json", b'{"runs": [1, "x", {"results": 5}]}',
                                     b'{"findings": [3, {"fingerprint": 7}]}', b"[1, 2]", b"[" * 100000])
def test_bad_baseline_is_an_error_naming_the_file(tmp_path, content):
    (tmp_path / "base.sarif").write_bytes(content)
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    r = _cli(tmp_path, "--baseline", "base.sarif", "a.txt")
    if content.startswith((b'{"runs"', b'{"findings"')):
        assert r.returncode == 0, r.stderr  # well-formed enough: the odd entries are skipped
        return
    assert r.returncode == 2 and "base.sarif" in r.stderr and "internal error" not in r.stderr, r.stderr


def test_document_kind_shown_with_verbose(tmp_path):
    (tmp_path / "r.txt").write_text(
        "现将有关情况报告如下：\n一、高效推进法治政府建设\n区委区政府高度重视法治政府建设，制定法治政府建设工作方案。\n"
        "二、法治政府建设存在的不足\n法治政府建设仍有短板。\n三、下一步工作安排\n持续推进法治政府建设。\n", encoding="utf-8")
    r = _cli(tmp_path, "-v", "r.txt")
    assert "law-gov-annual-report" in r.stderr and "document kind" in r.stderr


def test_file_names_cannot_forge_lines(tmp_path):
    name = "x\n::error file=evil.txt::pwned\n.txt"
    try:
        (tmp_path / name).write_text("2023年,本区法治政府建设 取得新进展。\n", encoding="utf-8")
    except OSError:
        pytest.skip("this file system refuses the name")
    for fmt in ("text", "concise", "full", "github"):
        r = _cli(tmp_path, "--output-format", fmt, ".")
        for line in r.stdout.splitlines():
            assert not line.startswith("::error file=evil"), (fmt, line)
            assert not line.startswith(".txt"), (fmt, line)
