"""Third-party plugins: discovered through the `lintgov` entry-point group, run like
built-in rules; a broken or crashing plugin is reported and everything else runs."""
import json
import os
import shutil
import subprocess
import sys
import textwrap

import pytest

from conftest import PLUGINS, fake_dist, lintgov_cmd



def run(args, site, tmp_path, **env):
    e = dict(os.environ, PYTHONPATH=str(site), **env)
    e.pop("LINTGOV_DISABLE_PLUGIN_AUTOLOAD", None) if "LINTGOV_DISABLE_PLUGIN_AUTOLOAD" not in env else None
    return subprocess.run(lintgov_cmd() + args, cwd=tmp_path, env=e, capture_output=True, text=True, encoding="utf-8")


@pytest.fixture
def draft(tmp_path):
    p = tmp_path / "draft.txt"
    p.write_text("2023年，本区开展法治宣传。这里有示例违规。\n", encoding="utf-8")
    return p


def test_installed_plugin_package_is_discovered_and_runs(tmp_path, draft):
    """Build and install a real plugin package (pyproject with [project.entry-points.lintgov])."""
    pkg = tmp_path / "pkg"
    (pkg / "lintgov_demo_plugin").mkdir(parents=True)
    shutil.copy(os.path.join(PLUGINS, "lintgov_demo_plugin.py"), pkg / "lintgov_demo_plugin" / "__init__.py")
    (pkg / "pyproject.toml").write_text(textwrap.dedent("""
        [build-system]
        requires = ["setuptools>=61"]
        build-backend = "setuptools.build_meta"
        [project]
        name = "lintgov-demo-plugin"
        version = "0.1"
        [project.entry-points.lintgov]
        demo = "lintgov_demo_plugin"
        [tool.setuptools]
        packages = ["lintgov_demo_plugin"]
    """))
    site = tmp_path / "site"
    r = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation",
                        "--target", str(site), str(pkg)], capture_output=True, text=True)
    if r.returncode != 0:
        pytest.skip("cannot build a plugin package here: " + r.stderr[-300:])
    out = run(["rules", "--format", "json"], site, tmp_path)
    assert out.returncode == 0, out.stderr
    rules = {r["code"]: r for r in json.loads(out.stdout)}
    assert rules["DEMO01"]["plugin"] == "demo"
    res = run(["check", "--output-format", "concise", "draft.txt"], site, tmp_path)
    assert res.returncode == 1, res.stderr
    assert "draft.txt:1:" in res.stdout and "DEMO01" in res.stdout


def test_registered_distribution_runs_and_autoload_can_be_disabled(tmp_path, draft):
    site = tmp_path / "site"
    site.mkdir()
    fake_dist(site, "lintgov_demo_plugin", "lintgov_demo_plugin", "demo")
    res = run(["check", "--output-format", "concise", "--select", "DEMO01", "draft.txt"], site, tmp_path)
    assert res.returncode == 1 and "DEMO01" in res.stdout, res.stdout + res.stderr
    off = run(["check", "--output-format", "concise", "draft.txt"], site, tmp_path, LINTGOV_DISABLE_PLUGIN_AUTOLOAD="1")
    assert "DEMO01" not in off.stdout
    # --select DEMO01 is unknown without the plugin: a usage error
    off2 = run(["check", "--select", "DEMO01", "draft.txt"], site, tmp_path, LINTGOV_DISABLE_PLUGIN_AUTOLOAD="1")
    assert off2.returncode == 2 and "DEMO01" in off2.stderr


def test_broken_plugin_is_reported_others_still_run(tmp_path, draft):
    site = tmp_path / "site"
    site.mkdir()
    fake_dist(site, "lintgov_demo_plugin", "lintgov_demo_plugin", "demo")
    fake_dist(site, "lintgov_broken_plugin", "lintgov_broken_plugin", "broken")
    res = run(["check", "--output-format", "concise", "draft.txt"], site, tmp_path)
    assert res.returncode == 2
    assert "broken" in res.stderr and "ImportError" in res.stderr and "Traceback" not in res.stderr
    assert "DEMO01" in res.stdout  # the good plugin still ran
    sarif = tmp_path / "out.sarif"
    res = run(["check", "--output-format", "sarif", "-o", str(sarif), "draft.txt"], site, tmp_path)
    assert res.returncode == 2
    log = json.loads(sarif.read_text(encoding="utf-8"))
    inv = log["runs"][0]["invocations"][0]
    assert inv["executionSuccessful"] is False
    assert any("broken" in n["message"]["text"] for n in inv["toolExecutionNotifications"])
    assert any(r["ruleId"] == "DEMO01" for r in log["runs"][0]["results"])


def test_rule_that_raises_is_reported_other_rules_and_files_still_run(tmp_path, draft):
    site = tmp_path / "site"
    site.mkdir()
    fake_dist(site, "lintgov_demo_plugin", "lintgov_demo_plugin", "demo")
    fake_dist(site, "lintgov_crashing_plugin", "lintgov_crashing_plugin", "crashing")
    (tmp_path / "second.txt").write_text("第二个文件也有示例违规。\n", encoding="utf-8")
    sarif = tmp_path / "out.sarif"
    res = run(["check", "--output-format", "sarif", "-o", str(sarif), "draft.txt", "second.txt"], site, tmp_path)
    assert res.returncode == 2
    assert "CRASH01" in res.stderr and "RuntimeError" in res.stderr and "Traceback" not in res.stderr
    log = json.loads(sarif.read_text(encoding="utf-8"))
    run0 = log["runs"][0]
    assert run0["invocations"][0]["executionSuccessful"] is False
    notes = run0["invocations"][0]["toolExecutionNotifications"]
    assert len(notes) == 2 and all(n["associatedRule"]["id"] == "CRASH01" for n in notes)
    hits = [r for r in run0["results"] if r["ruleId"] == "DEMO01"]
    assert {h["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for h in hits} == {"draft.txt", "second.txt"}
    # --exit-zero never hides an internal error
    res = run(["check", "--exit-zero", "draft.txt"], site, tmp_path)
    assert res.returncode == 2


def test_extra_plugin_object_and_code_clash(registry):
    from lintgov.plugins import build_registry
    sys.path.insert(0, PLUGINS)
    try:
        import lintgov_demo_plugin
    finally:
        sys.path.remove(PLUGINS)
    reg = build_registry(load_entry_points=False, extra_plugins=[lintgov_demo_plugin])
    assert reg.rule("DEMO01") is not None and reg.errors == []

    class Clash:
        from lintgov import hookimpl

        @staticmethod
        @hookimpl
        def lintgov_rules():
            return [lintgov_demo_plugin.DemoWord]
    reg = build_registry(load_entry_points=False, extra_plugins=[lintgov_demo_plugin, Clash])
    assert any("clashes" in e.message for e in reg.errors)
