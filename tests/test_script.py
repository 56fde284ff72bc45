"""Script rules (LG6xx) on the seeds, on examples, and under random conversion of real clauses."""
import glob
import os
import re

import pytest
from hypothesis import HealthCheck, assume, given, settings, strategies as st

from lintgov.engine import lint_text
from lintgov.plugins import build_registry
from lintgov.scripts import converter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = os.path.join(ROOT, "seeds")
CORPUS = os.path.abspath(os.path.join(ROOT, "..", "shared", "corpus", "gwr"))
REG = build_registry(load_entry_points=False)
SCRIPT_RULES = [r for r in REG.rules if r.category == "script"]


def seed(prefix):
    name = next(n for n in os.listdir(SEEDS) if n.startswith(prefix) and n.endswith(".txt"))
    with open(os.path.join(SEEDS, name), encoding="utf-8") as f:
        return f.read()


def run(text, **settings):
    return lint_text(text, [r() for r in SCRIPT_RULES], registry=REG, settings=settings)


def at(findings, text, needle):
    i = text.find(needle)
    assert i >= 0, needle
    # a paragraph's runs form one finding (issue 13 §5): the runs after the first are its related spans
    return [f for f in findings if any(i <= s < i + len(needle) for s in [f.start] + [r.start for r in f.related])]


# -- seeds -------------------------------------------------------------------------

def test_seed_000_residues_found_variants_silent():
    text = seed("000")
    found = run(text)
    for needle in ("3600余項", "2000余條"):
        assert [f.code for f in at(found, text, needle)] == ["LG601"], needle
    for needle in ("群眾", "考核", "鄰里"):
        i = text.find(needle)
        assert not [f for f in found if f.start < i + len(needle) and i < f.end], needle
    assert len(found) == 2


def test_seed_004_residues():
    text = seed("004")
    found = run(text)
    for needle in ("示范創", "領導干部", "關于", "先后", "制造業"):
        assert at(found, text, needle), needle
    # one finding per run, not one per character of the document
    assert len(found) < 60


@pytest.mark.parametrize("prefix", ["001", "002", "003"])
def test_simplified_seeds_are_quiet(prefix):
    assert run(seed(prefix)) == []


def test_fix_is_the_conversion():
    text = "深入學習貫徹黨的二十大精神，落實領導干部學法制度。"
    (f,) = run(text)
    e = f.fix.edits[0]
    fixed = text[:e.start] + e.replacement + text[e.end:]
    assert fixed == "深入學習貫徹黨的二十大精神，落實領導幹部學法制度。"
    assert run(fixed) == []


def test_target_mismatch_is_reported_once():
    found = run(seed("000"), script_target="zh-Hans")
    assert [f.code for f in found] == ["LG605"]


def test_regional_target_reports_variants_as_notes_only():
    text = "堅持以人民羣衆為中心，深入推進依法行政。"
    assert run(text) == []
    found = run(text, script_target="zh-Hant-TW")
    assert found and all(f.code == "LG604" and f.level == "note" for f in found)


# -- property tests: converted clauses inside real text --------------------------

def _clauses(text):
    return [m for m in re.finditer(r"[^，。；：,;:\n]{6,40}", text)]


SIMP_TEXT = seed("001")
SIMP_CLAUSES = _clauses(SIMP_TEXT)
TRAD_TEXT = seed("000").replace("3600余項", "3600餘項").replace("2000余條", "2000餘條")
TRAD_CLAUSES = _clauses(TRAD_TEXT)


def _overlaps(findings, start, end, code):
    return [f for f in findings if f.code == code and f.start < end and start < f.end]


def test_trad_base_is_quiet():
    assert run(TRAD_TEXT) == []


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=0, max_value=len(SIMP_CLAUSES) - 1))
def test_clause_converted_to_traditional_is_found(i):
    m = SIMP_CLAUSES[i]
    assume("《" not in m.group())  # short titles may keep their script (see the LG602 examples)
    conv = converter("s2t").convert(m.group())
    text = SIMP_TEXT[:m.start()] + conv + SIMP_TEXT[m.end():]
    found = run(text)
    if conv == m.group():
        assert found == []
        return
    hits = _overlaps(found, m.start(), m.end(), "LG602")
    assert hits, (m.group(), conv)
    assert len(hits) == 1, hits
    assert [f for f in found if f not in hits] == []


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=0, max_value=len(TRAD_CLAUSES) - 1))
def test_clause_converted_to_simplified_is_found(i):
    m = TRAD_CLAUSES[i]
    conv = converter("t2s").convert(m.group())
    text = TRAD_TEXT[:m.start()] + conv + TRAD_TEXT[m.end():]
    found = run(text)
    if conv == m.group():
        assert found == []
        return
    hits = _overlaps(found, m.start(), m.end(), "LG601")
    assert len(hits) == 1, (m.group(), conv, hits)
    # no finding outside the converted clause
    assert [f for f in found if f not in hits] == []


def test_conversion_recall_over_every_clause():
    """Every clause of a real simplified and a real traditional report, converted alone."""
    cases = [(SIMP_TEXT, SIMP_CLAUSES, "s2t", "LG602"), (TRAD_TEXT, TRAD_CLAUSES, "t2s", "LG601")]
    for base, clauses, config, code in cases:
        changed = found = 0
        for m in clauses:
            conv = converter(config).convert(m.group())
            if conv == m.group():
                continue
            changed += 1
            text = base[:m.start()] + conv + base[m.end():]
            found += bool(_overlaps(run(text), m.start(), m.end(), code))
        assert changed > 20
        assert found / changed >= 0.9, (code, found, changed)


# -- corpus: untouched real text stays quiet ---------------------------------------

@pytest.mark.skipif(not os.path.isdir(CORPUS), reason="../shared/corpus is not present")
def test_modern_corpus_reports_are_quiet():
    quiet = [p for p in sorted(glob.glob(os.path.join(CORPUS, "*.txt"))) if os.path.basename(p) >= "1993"]
    assert quiet
    for p in quiet:
        with open(p, encoding="utf-8") as f:
            assert run(f.read()) == [], p


def test_markdown_code_and_front_matter_are_not_checked():
    from lintgov.engine import lint_text
    from lintgov.plugins import build_registry
    reg = build_registry(load_entry_points=False)
    rules = [reg.rule("LG602")()]
    text = ("---\ntitle: 關於報告\n---\n# 一、总体情况\n\n本区坚持依法行政，推进法治政府建设。\n\n"
            "```\n關於這個範例的說明\n```\n\n本区持续开展普法宣传。\n")
    assert lint_text(text, rules, path="a.md", registry=reg) == []
    assert lint_text(text.replace("推进法治政府建设", "推進法治政府建設"), rules, path="a.md", registry=reg)
