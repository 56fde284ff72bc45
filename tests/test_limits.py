"""Limits live in one module, are configurable, and are documented (issue 11, part 5)."""
import os

import pytest

from lintgov import limits
from lintgov.config import ConfigError, load_table, settings_from_table


def test_defaults_and_table():
    lim = limits.from_table({"file-size": 1024, "rule-time": 2})
    assert lim.file_size == 1024 and lim.rule_time == 2.0 and lim.findings_per_rule == limits.DEFAULT.findings_per_rule
    for bad in ({"file-size": 0}, {"file-size": "big"}, {"file-size": 1.5}, {"nope": 1}, {"rule-time": True}):
        with pytest.raises(limits.LimitError):
            limits.from_table(bad, "x.toml")


def test_every_limit_is_in_the_table_and_the_readme():
    from dataclasses import fields
    assert {a for a, _, _ in limits.LIMITS.values()} == {f.name for f in fields(limits.Limits)}
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    readme = open(os.path.join(root, "README.md"), encoding="utf-8").read()
    for key in limits.LIMITS:
        assert f"`{key}`" in readme


def test_config_limits_are_read_and_installed(tmp_path):
    p = tmp_path / "lintgov.toml"
    p.write_text("[limits]\nfindings-per-file = 7\n", encoding="utf-8")
    s = settings_from_table(load_table(str(p)), str(p))
    assert s.limits.findings_per_file == 7
    with limits.using(s.limits):
        assert limits.current().findings_per_file == 7
    assert limits.current() is limits.DEFAULT
    p.write_text("limits = 3\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="lintgov.toml"):
        settings_from_table(load_table(str(p)), str(p))


def test_findings_per_file_cap_is_a_notification(tmp_path):
    from lintgov.config import Settings
    from lintgov.engine import lint_paths
    from lintgov.plugins import build_registry
    (tmp_path / "a.txt").write_text("".join(f"截止{i}月底，完成{i}件。" for i in range(1, 200)) + "\n", encoding="utf-8")
    reg = build_registry(load_entry_points=False)
    with limits.using(limits.Limits(findings_per_file=5)):
        run = lint_paths([str(tmp_path / "a.txt")], reg, Settings(), {}, cwd=str(tmp_path))
    assert len(run.findings) <= 5
    assert any(n.kind == "limit" and "findings-per-file" in n.message for n in run.notifications)


def test_fingerprints_bounded_on_one_huge_sentence():
    from lintgov.document import Document
    from lintgov.fingerprints import finding_hashes
    from lintgov.rule import Finding, Rule

    class R(Rule):
        code = "X001"
        messages = {"default": {"zh": "x", "en": "x"}}

    doc = Document("（" * 200_000, "a.txt")
    r = R()
    fs = [Finding(r, doc, i, i + 1) for i in range(0, 200_000, 10)]
    hs = finding_hashes(fs)
    assert len(hs) == len(set(hs)) == len(fs)  # occurrence numbers keep them apart
