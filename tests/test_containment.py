"""A misbehaving third-party plugin costs only its own findings (issue 11, part 3)."""
import os
import sys
import time

import pytest

from lintgov import limits
from lintgov.config import Settings
from lintgov.engine import lint_paths
from lintgov.plugins import build_registry

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures", "plugins"))
import lintgov_badhook_plugin  # noqa: E402
import lintgov_evil_plugin  # noqa: E402

REG = build_registry(load_entry_points=False, extra_plugins=[lintgov_evil_plugin])
TEXT = "这是示例文本。第二句示例。\n"


def _run(tmp_path, codes, lim=None):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(TEXT, encoding="utf-8")
    settings = Settings(select=list(codes) + ["EVIL99", "LG801"])
    with limits.using(lim or limits.Limits(rule_time=1.0)):
        t0 = time.perf_counter()
        run = lint_paths([str(tmp_path)], REG, settings, {}, cwd=str(tmp_path))
        return run, time.perf_counter() - t0


def _assert_contained(run, code):
    # the other rule still reports on both files
    good = [f for f in run.findings if f.code == "EVIL99"]
    assert sorted({f.doc.path for f in good}) == ["a.txt", "b.txt"]
    assert not any(f.code == code for f in run.findings)
    mine = [n for n in run.notifications if n.rule == code]
    assert mine, [n.message for n in run.notifications]
    assert all("lintgov_evil_plugin" in n.message and code in n.message for n in mine)
    assert not run.successful


@pytest.mark.parametrize("code", ["EVIL01", "EVIL02", "EVIL03", "EVIL07", "EVIL08", "EVIL09", "EVIL10", "EVIL11",
                                  "EVIL12"])
def test_raising_or_invalid_rules_are_contained(tmp_path, code):
    run, _ = _run(tmp_path, [code])
    _assert_contained(run, code)


@pytest.mark.parametrize("code", ["EVIL04", "EVIL05", "EVIL13"])
def test_a_rule_that_sleeps_spins_or_swallows_the_interrupt_is_stopped(tmp_path, code):
    run, took = _run(tmp_path, [code], limits.Limits(rule_time=0.5))
    _assert_contained(run, code)
    assert any("rule-time" in n.message for n in run.notifications if n.rule == code)
    assert took < 12, took  # two files, 0.5 s each (+ the swallowing rule's 2 extra seconds per file)


def test_an_endless_generator_is_capped(tmp_path):
    run, took = _run(tmp_path, ["EVIL06"], limits.Limits(findings_per_rule=50, rule_time=5))
    notes = [n for n in run.notifications if n.rule == "EVIL06"]
    assert notes and all("findings-per-rule" in n.message for n in notes)
    assert len([f for f in run.findings if f.code == "EVIL06"]) <= 2  # deduplicated: one position per file
    assert len([f for f in run.findings if f.code == "EVIL99"]) >= 2


def test_cli_exit_2_with_every_other_finding_reported(tmp_path):
    from conftest import fake_dist, run_cli
    site = tmp_path / "_site"
    site.mkdir()
    fake_dist(str(site), "lintgov_evil", "lintgov_evil_plugin", "evil")
    env = dict(os.environ, PYTHONPATH=str(site))
    env.pop("LINTGOV_DISABLE_PLUGIN_AUTOLOAD", None)
    (tmp_path / "lintgov.toml").write_text("[limits]\nrule-time = 1\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    r = run_cli(["check", "--select", "EVIL01,EVIL02,EVIL04,EVIL07,EVIL99", "--output-format", "concise", "a.txt"],
                tmp_path, env)
    assert r.returncode == 2, r.stderr
    assert "a.txt:1:3: EVIL99" in r.stdout
    for code in ("EVIL01", "EVIL02", "EVIL04", "EVIL07"):
        assert code in r.stderr
    assert "Traceback" not in r.stderr


def test_hooks_returning_non_lists_or_exiting_are_plugin_errors():
    reg = build_registry(load_entry_points=False, extra_plugins=[lintgov_badhook_plugin])
    msgs = " ".join(e.message for e in reg.errors)
    assert "lintgov_rules" in msgs and "int" in msgs
    assert "lintgov_formatters" in msgs and "SystemExit" in msgs
    # the built-in rules and formats are all still there
    assert reg.rule("LG101") is not None and "text" in reg.formatters


def test_timeout_overhead_is_small(tmp_path):
    """The per-call alarm costs microseconds: 2,000 guarded calls of a trivial rule."""
    from lintgov.engine import _run_rule
    from lintgov.rule import Rule

    class Tiny(Rule):
        code = "TINY01"

        def check(self, doc, ctx):
            return ()

    rule = Tiny()
    t0 = time.perf_counter()
    for _ in range(2000):
        _run_rule(rule, rule.check, (None, None), "x", [])
    assert (time.perf_counter() - t0) / 2000 < 0.002


@pytest.mark.parametrize("code", ["EVIL08", "EVIL10"])
def test_lint_text_raises_on_a_finding_a_real_run_would_drop(code):
    # lint_text (the rule tests' entry point) must not count a finding the engine refuses: it raises instead
    from lintgov.engine import lint_text
    rule = next(r for r in REG.rules if r.code == code)({})
    with pytest.raises(ValueError, match="invalid result"):
        lint_text(TEXT, [rule], registry=REG)


def test_an_open_interval_in_evidence_is_written_as_null(tmp_path):
    # a one-sided bound (超过500件: [500, inf)) in a finding's evidence: the finding is kept, the open end is null
    import json
    import math
    rule = next(r for r in REG.rules if r.code == "EVIL99")({})
    doc = type("D", (), {})()
    f = rule.finding(doc, 0, 1, x=1, evidence={"interval": [500.0, math.inf], "pair": (-math.inf, 2.5),
                                               "nested": {"r": math.nan, "ok": 0.25}})
    assert f.evidence == {"interval": [500.0, None], "pair": (None, 2.5), "nested": {"r": None, "ok": 0.25}}
    assert json.loads(json.dumps(f.evidence, allow_nan=False))["interval"] == [500.0, None]


def test_a_one_sided_bound_is_reported_by_a_real_run(tmp_path):
    # LG105's finding on 超过500件 … 488件 was dropped by the engine (inf in its evidence) before 2026-12-05
    (tmp_path / "r.txt").write_text("一、2023年工作回顾\n全年受理行政复议申请超过500件。\n（二）行政复议\n"
                                    "全年受理行政复议申请488件，审结468件。\n", encoding="utf-8")
    reg = build_registry(load_entry_points=False)
    run = lint_paths([str(tmp_path)], reg, Settings(select=["LG105"]), {}, cwd=str(tmp_path))
    assert [f.code for f in run.findings] == ["LG105"], [n.message for n in run.notifications]
    assert run.successful and not run.notifications
    assert list(run.findings[0].evidence["bound_interval"]) == [500.0, None]


def test_strict_registry_refuses_a_partial_set_of_rules():
    """Measurements (validity study, benches) build the registry with ``strict``: a plugin or rule module
    that fails to load must stop them, not let them measure without its rules."""
    import pytest
    from lintgov.plugins import RegistryError
    with pytest.raises(RegistryError) as e:
        build_registry(load_entry_points=False, extra_plugins=[lintgov_badhook_plugin], strict=True)
    assert "lintgov_rules" in str(e.value)
    assert build_registry(load_entry_points=False, strict=True).errors == []
