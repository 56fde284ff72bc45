import os
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.abspath(os.path.join(ROOT, "..", "shared"))
SEEDS = os.path.join(ROOT, "seeds")


@pytest.fixture(scope="session")
def registry():
    from lintgov.plugins import build_registry
    return build_registry(load_entry_points=False)


@pytest.fixture(scope="session")
def consistency_rules():
    """The rules of the consistency engine (categories arithmetic and yoy), built once for the session."""
    from lintgov.config import Settings
    from lintgov.engine import instantiate_rules
    from lintgov.plugins import build_registry
    reg = build_registry(load_entry_points=False, strict=True)
    return [r for r in instantiate_rules(reg, Settings(), {}, select=["ALL"]) if r.category in ("arithmetic", "yoy")]


def consistency_codes(rules, text):
    """The codes of the consistency findings on ``text`` (a paragraph; a newline is added), sorted."""
    from lintgov.engine import lint_text
    return sorted(f.code for f in lint_text(text + "\n", rules))


def ledger_verdicts(rules, text, figure):
    """The verdicts ``rules`` write to the claims ledger for the figure printed as ``figure`` (its last occurrence in
    ``text``): True for a consistent relation, False for an inconsistent one."""
    from lintgov.claims import ledger
    from lintgov.document import Document
    doc = Document(text)
    for r in rules:
        list(r.check(doc, None))
    at = text.rindex(figure)
    return [c.consistent for c in ledger(doc) if c.start <= at < c.end or c.start == at]


@pytest.fixture(scope="session")
def shared_dir():
    if not os.path.isdir(SHARED):
        pytest.skip("../shared is not present")
    return SHARED


def lintgov_cmd():
    """The installed console script if there is one, else `python -m lintgov`."""
    exe = os.path.join(os.path.dirname(sys.executable), "lintgov")
    return [exe] if os.path.exists(exe) else [sys.executable, "-m", "lintgov"]


PLUGINS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures", "plugins")


def fake_dist(site, dist_name, module, entry_name):
    """Register a distribution the way an installer does: a *.dist-info folder
    with METADATA and entry_points.txt next to the module on sys.path."""
    import shutil
    shutil.copy(os.path.join(PLUGINS, module + ".py"), site)
    info = os.path.join(site, f"{dist_name}-0.1.dist-info")
    os.makedirs(info)
    with open(os.path.join(info, "METADATA"), "w") as f:
        f.write(f"Metadata-Version: 2.1\nName: {dist_name}\nVersion: 0.1\n")
    with open(os.path.join(info, "entry_points.txt"), "w") as f:
        f.write(f"[lintgov]\n{entry_name} = {module}\n")


@pytest.fixture
def demo_env(tmp_path):
    """Environment variables under which `lintgov` sees the demo plugin (DEMO01, a warning)."""
    site = tmp_path / "_site"
    site.mkdir()
    fake_dist(str(site), "lintgov_demo_plugin", "lintgov_demo_plugin", "demo")
    env = dict(os.environ, PYTHONPATH=str(site))
    env.pop("LINTGOV_DISABLE_PLUGIN_AUTOLOAD", None)
    return env


def run_cli(args, cwd, env=None, stdin=None):
    import subprocess
    return subprocess.run(lintgov_cmd() + list(args), cwd=cwd, env=env, capture_output=True, text=True,
                          encoding="utf-8", input=stdin)


def assert_seed_cases(category, registry):
    """Check every seeds/expected.json case of ``category`` with that category's rules alone."""
    import json
    from lintgov.engine import lint_text
    with open(os.path.join(SEEDS, "expected.json"), encoding="utf-8") as f:
        mine = [c for c in json.load(f)["cases"] if c["category"] == category and not c.get("anywhere")]
    assert mine
    rules = [cls({}) for cls in registry.rules if cls.category == category]
    for c in mine:
        with open(os.path.join(SEEDS, c["file"]), encoding="utf-8") as f:
            text = f.read()
        found = lint_text(text, rules, registry=registry, path=c["file"])
        a = text.index(c["needle"])
        b = a + len(c["needle"])
        hits = [f for f in found if a <= f.start < b or f.start <= a < f.end]
        assert (bool(hits) if c["expect"] == "find" else not hits), (c, [f.message("en") for f in hits])
