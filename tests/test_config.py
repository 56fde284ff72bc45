"""Configuration discovery, keys, validation and precedence."""
import json

from conftest import run_cli
from lintgov.config import ConfigError, Settings, find_config, settings_from_table

DIRTY = "这里有示例违规。\n"


def codes(r):
    return [f["code"] for f in json.loads(r.stdout)["findings"]]


def test_pyproject_without_table_is_skipped_for_parent(tmp_path):
    (tmp_path / "lintgov.toml").write_text('lang = "en"\n', encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert find_config(str(sub)) == str(tmp_path / "lintgov.toml")
    (sub / "pyproject.toml").write_text('[tool.lintgov]\nlang = "en"\n', encoding="utf-8")
    assert find_config(str(sub)) == str(sub / "pyproject.toml")


def test_pyproject_table_applies(tmp_path, demo_env):
    (tmp_path / "pyproject.toml").write_text('[tool.lintgov]\nselect = ["DEMO01"]\nlang = "en"\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text(DIRTY, encoding="utf-8")
    r = run_cli(["check", "a.txt"], tmp_path, demo_env)
    assert r.returncode == 1 and "test word" in r.stdout
    # the command line overrides the file
    r = run_cli(["check", "--lang", "zh", "a.txt"], tmp_path, demo_env)
    assert "出现测试用词" in r.stdout
    # --isolated ignores it (then LG001-only selection shows nothing)
    r = run_cli(["check", "--isolated", "--select", "LG001", "a.txt"], tmp_path, demo_env)
    assert r.returncode == 0


def test_per_file_ignores_and_rule_options(tmp_path, demo_env):
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "a.txt").write_text(DIRTY + "测试词\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(DIRTY + "测试词\n", encoding="utf-8")
    (tmp_path / "lintgov.toml").write_text(
        'select = ["DEMO01"]\n[per-file-ignores]\n"drafts/*" = ["DEMO"]\n[rules.DEMO01]\nword = "测试词"\n', encoding="utf-8")
    r = run_cli(["check", "--output-format", "json", "."], tmp_path, demo_env)
    found = json.loads(r.stdout)["findings"]
    assert [(f["location"]["path"], f["location"]["text"]) for f in found] == [("b.txt", "测试词")]


def test_bad_config_values_exit_2(tmp_path, demo_env):
    (tmp_path / "a.txt").write_text(DIRTY, encoding="utf-8")
    cases = {
        'selct = ["LG"]\n': "selct",
        'lang = "fr"\n': "lang",
        'fail-level = "fatal"\n': "fail-level",
        '[rules.DEMO01]\nwrod = "x"\n': "wrod",
        '[rules.DEMO01]\nword = 3\n': "word",
        '[rules.NOPE1]\nx = 1\n': "NOPE1",
        'select = ["NOPE"]\n': "NOPE",
        'select = [\n': "TOML",
        '[per-file-ignores]\n"*.txt" = ["ZZZ9"]\n': "ZZZ9",
    }
    for text, word in cases.items():
        (tmp_path / "lintgov.toml").write_text(text, encoding="utf-8")
        r = run_cli(["check", "--exit-zero", "a.txt"], tmp_path, demo_env)
        assert r.returncode == 2, text
        assert "lintgov.toml" in r.stderr and word in r.stderr, (text, r.stderr)
        assert "Traceback" not in r.stderr


def test_missing_config_file(tmp_path):
    r = run_cli(["check", "--config", "nope.toml", "."], tmp_path)
    assert r.returncode == 2 and "nope.toml" in r.stderr


def test_settings_from_table_unit():
    s = settings_from_table({"ignore": "LG1", "script-target": "zh-Hant"}, "x/lintgov.toml")
    assert s.ignore == ["LG1"] and s.script_target == "zh-Hant" and s.source == "x/lintgov.toml"
    try:
        settings_from_table({"script-target": "zh-Latn"}, "x/lintgov.toml")
    except ConfigError as e:
        assert "script-target" in str(e)
    else:
        raise AssertionError("expected ConfigError")
    assert Settings().fail_level == "warning"


def test_opt_in_rule_needs_its_code():
    from lintgov.config import enabled
    from lintgov.plugins import build_registry
    rule = build_registry(load_entry_points=False).rule("LG404")
    assert rule.default_enabled is False
    assert not enabled(rule, None, [], [])
    assert not enabled(rule, ["sections"], [], [])
    assert not enabled(rule, ["ALL"], [], [])
    assert enabled(rule, None, ["LG404"], [])
    assert enabled(rule, ["LG40"], [], [])
    assert enabled(rule, None, ["shortcomings-without-causes"], [])


def test_rule_level_override(tmp_path, demo_env):
    (tmp_path / "a.txt").write_text(DIRTY, encoding="utf-8")
    (tmp_path / "lintgov.toml").write_text('select = ["DEMO01"]\n[rules.demo-word]\nlevel = "note"\n', encoding="utf-8")
    r = run_cli(["check", "--output-format", "concise", "a.txt"], tmp_path, demo_env)
    assert r.returncode == 0 and "[提示]" in r.stdout  # notes do not fail the run
    (tmp_path / "lintgov.toml").write_text('[rules.DEMO01]\nlevel = "fatal"\n', encoding="utf-8")
    r = run_cli(["check", "a.txt"], tmp_path, demo_env)
    assert r.returncode == 2 and "level" in r.stderr
