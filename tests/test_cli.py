"""End-to-end CLI: commands, output formats, exit codes, selection, stdin, config."""
import json
import os
import re
import sys

import pytest

from conftest import ROOT, run_cli

DIRTY = "2023年，本区开展法治宣传。这里有示例违规。\n"
CLEAN = "2023年，本区开展法治宣传。\n"


@pytest.fixture
def work(tmp_path):
    (tmp_path / "dirty.txt").write_text(DIRTY, encoding="utf-8")
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    return tmp_path


def test_version_and_help(tmp_path):
    r = run_cli(["--version"], tmp_path)
    assert r.returncode == 0 and re.match(r"lintgov \d+\.\d+", r.stdout)
    r = run_cli([], tmp_path)
    assert r.returncode == 2 and "check" in r.stderr


def test_python_dash_m(tmp_path):
    import subprocess
    (tmp_path / "x.txt").write_text(CLEAN, encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "lintgov", "check", "--select", "LG001", "x.txt"], cwd=tmp_path,
                       capture_output=True, text=True, encoding="utf-8")
    assert r.returncode == 0, r.stderr


def test_exit_codes(work, demo_env):
    assert run_cli(["check", "--select", "DEMO01", "clean.txt"], work, demo_env).returncode == 0
    r = run_cli(["check", "--select", "DEMO01", "dirty.txt"], work, demo_env)
    assert r.returncode == 1
    assert run_cli(["check", "--select", "DEMO01", "--exit-zero", "dirty.txt"], work, demo_env).returncode == 0
    # DEMO01 is a warning: --fail-level error lets it pass, note still fails
    assert run_cli(["check", "--select", "DEMO01", "--fail-level", "error", "dirty.txt"], work, demo_env).returncode == 0
    assert run_cli(["check", "--select", "DEMO01", "--fail-level", "note", "dirty.txt"], work, demo_env).returncode == 1
    # usage errors
    assert run_cli(["check", "--no-such-flag", "dirty.txt"], work, demo_env).returncode == 2
    assert run_cli(["check", "--select", "NOPE999", "dirty.txt"], work, demo_env).returncode == 2
    assert run_cli(["check", "--output-format", "xml", "dirty.txt"], work, demo_env).returncode == 2
    (work / "bad.toml").write_text("select = 3\n", encoding="utf-8")
    r = run_cli(["check", "--exit-zero", "--config", "bad.toml", "dirty.txt"], work, demo_env)
    assert r.returncode == 2 and "bad.toml" in r.stderr and "select" in r.stderr


def test_text_output_shape_and_summary(work, demo_env):
    r = run_cli(["check", "--select", "DEMO01", "dirty.txt", "clean.txt"], work, demo_env)
    lines = r.stdout.strip().split("\n")
    assert lines[0] == "dirty.txt:1:19: DEMO01 [警告] 出现测试用词“示例违规”"
    assert "检查了 2 个文件" in lines[-1] and "1" in lines[-1]
    r = run_cli(["check", "--select", "DEMO01", "--lang", "en", "dirty.txt"], work, demo_env)
    assert "test word '示例违规' found" in r.stdout and "Checked 1 file" in r.stdout
    r = run_cli(["check", "--select", "DEMO01", "--output-format", "concise", "dirty.txt"], work, demo_env)
    assert all(re.match(r"^[^:]+:\d+:\d+: [A-Z]+\d+ ", ln) for ln in r.stdout.strip().split("\n"))
    r = run_cli(["check", "--select", "DEMO01", "--output-format", "full", "dirty.txt"], work, demo_env)
    assert "^^^^" in r.stdout and "|" in r.stdout
    r = run_cli(["check", "--select", "DEMO01", "--statistics", "dirty.txt"], work, demo_env)
    assert re.search(r"1\s+DEMO01\s+demo-word", r.stdout)


def test_column_units(tmp_path, demo_env):
    (tmp_path / "a.txt").write_text("\u3000\u3000\U00020BB7野家示例违规\n", encoding="utf-8")
    col = {}
    for unit in ("utf16", "codepoint", "utf8"):
        r = run_cli(["check", "--select", "DEMO01", "--column-unit", unit, "--output-format", "concise", "a.txt"],
                    tmp_path, demo_env)
        col[unit] = int(r.stdout.split(":")[2])
    assert col == {"utf16": 7, "codepoint": 6, "utf8": 17}


def test_github_and_json_formats(work, demo_env):
    r = run_cli(["check", "--select", "DEMO01", "--output-format", "github", "dirty.txt"], work, demo_env)
    assert re.match(r"^::warning file=dirty\.txt,line=1,col=19,endLine=1,endColumn=23,title=DEMO01 demo-word::", r.stdout)
    r = run_cli(["check", "--select", "DEMO01", "--output-format", "json", "dirty.txt"], work, demo_env)
    data = json.loads(r.stdout)
    f = data["findings"][0]
    assert f["code"] == "DEMO01" and f["location"]["text"] == "示例违规" and f["location"]["line"] == 1
    assert data["summary"]["warning"] == 1 and data["summary"]["exit_code"] == 1


def test_select_ignore_by_code_prefix_name_category(work, demo_env):
    def codes(*args):
        r = run_cli(["check", "--output-format", "json", *args, "dirty.txt"], work, demo_env)
        return {f["code"] for f in json.loads(r.stdout)["findings"]}
    assert codes("--select", "DEMO01") == {"DEMO01"}
    assert codes("--select", "DEMO") == {"DEMO01"}
    assert codes("--select", "demo-word") == {"DEMO01"}
    assert "DEMO01" in codes("--select", "typography")
    assert "DEMO01" not in codes("--ignore", "DEMO01")
    assert "DEMO01" not in codes("--select", "DEMO", "--ignore", "typography")
    # the more specific selector wins
    assert codes("--select", "DEMO01", "--ignore", "typography") == {"DEMO01"}


def test_stdin(tmp_path, demo_env):
    r = run_cli(["check", "--select", "DEMO01", "--stdin-filename", "草稿.txt", "-"], tmp_path, demo_env, stdin=DIRTY)
    assert r.returncode == 1 and r.stdout.startswith("草稿.txt:1:19: DEMO01")


def test_unreadable_file_does_not_stop_the_others(tmp_path, demo_env):
    (tmp_path / "a.txt").write_text(DIRTY, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01binary\x00")
    (tmp_path / "c.txt").write_bytes(b"\xff\xfe\xfa\xfb" * 3 + b"\x81")
    r = run_cli(["check", "--output-format", "concise", "a.txt", "b.txt", "c.txt", "missing.txt"], tmp_path, demo_env)
    assert r.returncode == 3 and "Traceback" not in r.stderr  # 3: a file could not be read
    out = r.stdout
    assert "a.txt:1:19: DEMO01" in out
    assert re.search(r"b\.txt:1:1: LG001 \[错误\] 无法读取文件：二进制文件", out)
    assert re.search(r"missing\.txt:1:1: LG001 \[错误\] 无法读取文件：文件不存在", out)
    assert "c.txt:1:1: LG001" in out


def test_directory_recursion_and_exclude(tmp_path, demo_env):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "x.txt").write_text(DIRTY, encoding="utf-8")
    (tmp_path / "a" / "y.md").write_text(DIRTY, encoding="utf-8")
    (tmp_path / "a" / "z.py").write_text(DIRTY, encoding="utf-8")
    (tmp_path / "a" / "drafts").mkdir()
    (tmp_path / "a" / "drafts" / "d.txt").write_text(DIRTY, encoding="utf-8")
    r = run_cli(["check", "--select", "DEMO01", "--output-format", "concise", "a"], tmp_path, demo_env)
    files = sorted(ln.split(":")[0] for ln in r.stdout.strip().split("\n"))
    assert files == ["a/b/x.txt", "a/drafts/d.txt", "a/y.md"]
    (tmp_path / "lintgov.toml").write_text('exclude = ["drafts"]\n', encoding="utf-8")
    r = run_cli(["check", "--select", "DEMO01", "--output-format", "concise", "a"], tmp_path, demo_env)
    assert "drafts" not in r.stdout and "a/y.md" in r.stdout
    # a file named explicitly is still linted unless --force-exclude
    r = run_cli(["check", "--select", "DEMO01", "--output-format", "concise", "a/drafts/d.txt"], tmp_path, demo_env)
    assert "d.txt" in r.stdout
    r = run_cli(["check", "--select", "DEMO01", "--force-exclude", "a/drafts/d.txt"], tmp_path, demo_env)
    assert r.returncode == 0


def test_rules_and_rule_commands(tmp_path):
    r = run_cli(["rules", "--format", "json"], tmp_path)
    assert r.returncode == 0
    rules = json.loads(r.stdout)
    assert any(x["code"] == "LG001" for x in rules)
    for x in rules:
        assert x["category"] in ("arithmetic", "yoy", "numbering", "script", "encoding", "sections",
                                 "number-usage", "typography", "temporal", "references", "names", "drafting")
    r = run_cli(["rule", "LG001"], tmp_path)
    assert r.returncode == 0 and "file-unreadable" in r.stdout and "会报告" in r.stdout
    r = run_cli(["rule", "file-unreadable", "--lang", "en"], tmp_path)
    assert "Not flagged" in r.stdout
    assert run_cli(["rule", "LG999999"], tmp_path).returncode == 2


def test_output_file(work, demo_env):
    r = run_cli(["check", "--select", "DEMO01", "-o", "report.txt", "dirty.txt"], work, demo_env)
    assert r.returncode == 1 and r.stdout == ""
    assert "DEMO01" in (work / "report.txt").read_text(encoding="utf-8")


def test_bare_paths_mean_check(work, demo_env):
    r = run_cli(["--select", "DEMO01", "dirty.txt"], work, demo_env)
    assert r.returncode == 1 and "DEMO01" in r.stdout


def test_seeds_run(tmp_path):
    r = run_cli(["check", os.path.join(ROOT, "seeds")], tmp_path)
    assert r.returncode in (0, 1), r.stderr
    assert "Traceback" not in r.stderr and r.stderr == ""


def test_baseline_cli(tmp_path, demo_env):
    (tmp_path / "r.txt").write_text("第一段示例违规。\n", encoding="utf-8")
    r = run_cli(["check", "--select", "DEMO01", "--output-format", "sarif", "-o", "base.sarif", "r.txt"], tmp_path, demo_env)
    assert r.returncode == 1
    (tmp_path / "r.txt").write_text("新的一段。\n第一段示例违规。\n", encoding="utf-8")
    r = run_cli(["check", "--select", "DEMO01", "--baseline", "base.sarif", "r.txt"], tmp_path, demo_env)
    assert r.returncode == 0, r.stdout
    (tmp_path / "r.txt").write_text("新的示例违规。\n第一段示例违规。\n", encoding="utf-8")
    r = run_cli(["check", "--select", "DEMO01", "--output-format", "concise", "--baseline", "base.sarif", "r.txt"],
                tmp_path, demo_env)
    assert r.returncode == 1 and r.stdout.startswith("r.txt:1:")
    r = run_cli(["check", "--baseline", "nope.sarif", "r.txt"], tmp_path, demo_env)
    assert r.returncode == 2 and "nope.sarif" in r.stderr


def test_unknown_profile_is_a_usage_error(tmp_path):
    (tmp_path / "r.txt").write_text("正文。\n", encoding="utf-8")
    r = run_cli(["check", "--profile", "no-such-profile", "r.txt"], tmp_path)
    assert r.returncode == 2 and "no-such-profile" in r.stderr and "law-gov-annual-report" in r.stderr
    r = run_cli(["check", "--profile", "law-gov-annual-report", "--select", "sections", "r.txt"], tmp_path)
    assert r.returncode in (0, 1) and r.stderr == ""


def test_fix_from_stdin_writes_fixed_text_to_stdout(tmp_path):
    src = "審結977件，直接糾錯236件，纠错率約為24.2%。\n"
    r = run_cli(["check", "--fix", "--stdin-filename", "t.txt", "-"], tmp_path, stdin=src)
    assert r.returncode == 0, r.stderr
    assert r.stdout == "審結977件，直接糾錯236件，糾錯率約為24.2%。\n"
    assert "检查了 1 个文件" in r.stderr


def test_unpaired_prior_is_reported(tmp_path):
    fx = os.path.join(ROOT, "tests", "fixtures", "yoy", "inconsistent")
    r = run_cli(["check", "--select", "yoy", "--prior", os.path.join(fx, "qingshan_2022.txt"),
                 os.path.join(ROOT, "seeds", "003_223b86c639eacbbd.txt")], tmp_path)
    assert "was not paired" in r.stderr and r.returncode in (0, 1)
    r = run_cli(["check", "--select", "yoy", "--prior", os.path.join(fx, "qingshan_2022.txt"),
                 os.path.join(fx, "qingshan_2023.txt")], tmp_path)
    assert "was not paired" not in r.stderr
