"""Every rule's declaration is sound and its bad/good examples behave as declared."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
CASES = [(rule, i, ex) for rule in REG.rules for i, ex in enumerate(rule.examples)]


def test_registry_loaded_cleanly():
    assert REG.errors == []
    assert len({r.code for r in REG.rules}) == len(REG.rules)


@pytest.mark.parametrize("rule", REG.rules, ids=lambda r: r.code)
def test_declaration(rule):
    assert rule.declaration_problems() == []


@pytest.mark.parametrize("rule,i,ex", CASES, ids=[f"{r.code}-{'bad' if e.bad else 'good'}{i}" for r, i, e in CASES])
def test_example(rule, i, ex):
    found = lint_text(ex.text, [rule(dict(ex.options))], path=ex.filename, registry=REG, settings=dict(ex.settings))
    mine = [f for f in found if f.code == rule.code]
    if ex.bad:
        assert mine, f"{rule.code} should flag example {i}: {ex.text!r}"
        for f in mine:  # every message renders in both languages, without leftover fields
            for lang in ("zh", "en"):
                msg = f.message(lang)
                assert msg and "{" not in msg, msg
    else:
        assert not mine, f"{rule.code} should not flag example {i}: " + "; ".join(
            f"{f.message('en')} at {f.start}" for f in mine)
