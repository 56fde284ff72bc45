"""Inline suppression comments and baselines."""
import json
import os
import sys

from lintgov.config import Settings
from lintgov.engine import lint_paths
from lintgov.formatters.base import FormatOptions
from lintgov.formatters.json import JsonFormatter
from lintgov.plugins import build_registry
from lintgov.suppress import load_baseline

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "fixtures", "plugins"))
import lintgov_demo_plugin  # noqa: E402

REG = build_registry(load_entry_points=False, extra_plugins=[lintgov_demo_plugin])
S = Settings(select=["DEMO01"])


def lines_of(tmp_path, text, name="a.md", baseline=None):
    (tmp_path / name).write_text(text, encoding="utf-8")
    run = lint_paths([name], REG, S, {}, cwd=str(tmp_path), baseline=baseline)
    return [f.doc.position(f.start)[0] for f in run.findings], run


def test_disable_next_line_and_blocks(tmp_path):
    text = ("示例违规一\n"
            "<!-- lintgov: disable-next-line DEMO01 -- 引用原文，不改 -->\n"
            "示例违规二\n"
            "<!-- lintgov: disable typography -->\n"
            "示例违规三\n"
            "<!-- lintgov: enable typography -->\n"
            "示例违规四\n"
            "<!-- lintgov: disable-next-line LG101 -->\n"
            "示例违规五\n")
    lines, _ = lines_of(tmp_path, text)
    assert lines == [1, 7, 9]


def test_disable_file(tmp_path):
    lines, _ = lines_of(tmp_path, "<!-- lintgov: disable-file DEMO -->\n示例违规\n示例违规\n")
    assert lines == []


def test_baseline_keeps_only_new_findings(tmp_path):
    text = "第一段示例违规。\n第二段。\n"
    lines, run = lines_of(tmp_path, text, "r.txt")
    assert lines == [1]
    base = tmp_path / "base.json"
    base.write_text(JsonFormatter().render(run, FormatOptions()), encoding="utf-8")
    hashes = load_baseline(str(base))
    assert len(hashes) == 1
    # an edit elsewhere plus a new problem: only the new one is reported
    lines, _ = lines_of(tmp_path, "新增一段。\n第一段示例违规。\n第二段也有示例违规。\n", "r.txt", baseline=hashes)
    assert lines == [3]
    data = json.loads(base.read_text(encoding="utf-8"))
    assert data["findings"][0]["fingerprint"] in hashes


def test_next_line_covers_a_wrapped_paragraph_and_typos_warn(tmp_path):
    text = ("<!-- lintgov: disable-next-line DEMO01 -->\n第一行，\n第二行有示例违规。\n\n"
            "<!-- lintgov: disabel DEMO01 -->\n<!-- lintgov: disable-next-line LG999 -->\n示例违规\n")
    lines, run = lines_of(tmp_path, text)
    assert lines == [7]
    assert len(run.warnings) == 2
    assert "disabel" in run.warnings[0] and "LG999" in run.warnings[1]
