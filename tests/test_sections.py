"""Sections rules (rules/sections.py) and section profiles (rules/profiles/*.toml)."""
import glob
import os

import pytest

from lintgov.document import Document
from lintgov.engine import lint_text
from lintgov.plugins import build_registry
from lintgov.rules.sections import ProfileError, builtin_profile_paths, load_profile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = os.path.join(ROOT, "seeds")
REG = build_registry(load_entry_points=False)
RULES = [r() for r in REG.rules if r.category == "sections" and r.default_enabled]


def lint(text, codes=None, settings=None, rules=None):
    found = lint_text(text, rules or RULES, registry=REG, settings=settings or {})
    return [f for f in found if codes is None or f.code in codes]


def seed_text(prefix):
    return open(glob.glob(os.path.join(SEEDS, prefix + "_*.txt"))[0], encoding="utf-8").read()


def test_builtin_profile_is_registered_and_valid():
    paths = builtin_profile_paths()
    assert paths and all(p in REG.profiles for p in paths)
    prof = load_profile(paths[0])
    assert prof.name == "law-gov-annual-report" and prof.kinds == ["law-gov-annual-report"]
    assert [b.id for b in prof.blocks] == ["measures", "shortcomings", "first-responsible", "plans", "other"]
    assert {b.id: b.missing for b in prof.blocks} == {"measures": "error", "shortcomings": "error",
                                                      "first-responsible": "warning", "plans": "error", "other": "none"}


def test_seed_000_complete():
    assert lint(seed_text("000")) == []


@pytest.mark.parametrize("prefix", ["001", "003"])
def test_duty_inside_section_one_is_a_note(prefix):
    found = lint(seed_text(prefix))
    assert [(f.code, f.level, f.evidence["block"]) for f in found] == [("LG402", "note", "first-responsible")]


def test_news_article_gets_nothing():
    assert lint(seed_text("002")) == []


def test_seed_004_topical_report():
    """东莞 2023: topical sections count as the measures block; 不足 and plans are unheaded paragraphs."""
    found = lint(seed_text("004"))
    assert {f.level for f in found} == {"note"}
    assert sorted(f.evidence["block"] for f in found) == ["first-responsible", "plans", "shortcomings"]


def _remove_section(text, index):
    doc = Document(text)
    h, s, e = doc.headings.top_sections(doc)[index]
    return h, text[:s] + text[e:]


@pytest.mark.parametrize("index,block,level", [(0, "measures", "error"), (1, "shortcomings", "error"),
                                               (3, "plans", "error")])
def test_removed_sections_of_000_are_found(index, block, level):
    _, cut = _remove_section(seed_text("000"), index)
    found = lint(cut, {"LG401"})
    assert [(f.evidence["block"], f.level) for f in found] == [(block, level)]


def test_removed_duty_section_of_000_leaves_a_note():
    """Section 三 removed: the duty is still mentioned inside section 一 (2.壓緊壓實法治建設工作責任)."""
    _, cut = _remove_section(seed_text("000"), 2)
    found = lint(cut)
    assert [(f.code, f.evidence["block"]) for f in found] == [("LG402", "first-responsible")]


@pytest.mark.parametrize("prefix", ["001", "003"])
def test_removed_sections_of_001_003_are_found(prefix):
    text = seed_text(prefix)
    blocks = ["measures", "shortcomings", "plans"]
    for i, block in enumerate(blocks):
        _, cut = _remove_section(text, i)
        found = {f.evidence["block"] for f in lint(cut, {"LG401"})}
        assert block in found, (prefix, block, found)


def test_profile_override_applies_to_any_kind():
    found = lint(seed_text("002"), settings={"profile": "law-gov-annual-report"})
    assert {f.evidence["block"] for f in found if f.code == "LG401"} >= {"shortcomings", "plans"}


def test_unknown_profile_name_raises():
    with pytest.raises(ProfileError):
        lint(seed_text("000"), settings={"profile": "no-such-profile"})


def test_profile_from_config_path(tmp_path):
    p = tmp_path / "dept.toml"
    p.write_text('name = "law-gov-annual-report"\nkinds = ["law-gov-annual-report"]\n'
                 '[[block]]\nid = "foreign-affairs"\nlabel = { zh = "涉外法治工作", en = "foreign-related rule of law" }\n'
                 'headings = ["涉外"]\ncontent = ["涉外"]\nmissing = "warning"\n', encoding="utf-8")
    found = lint(seed_text("000"), settings={"profile_paths": [str(p)]})   # replaces the built-in one
    assert [(f.evidence["block"], f.level) for f in found] == [("foreign-affairs", "warning")]


def test_profile_from_plugin(tmp_path):
    p = tmp_path / "extra.toml"
    p.write_text('name = "work-summary"\nkinds = ["other"]\n[[block]]\nid = "plans"\n'
                 'headings = ["下一步"]\ncontent = ["下一步"]\nmissing = "error"\n', encoding="utf-8")

    class Plugin:
        from lintgov import hookimpl

        @staticmethod
        @hookimpl
        def lintgov_profiles():
            return [str(p)]

    reg = build_registry(load_entry_points=False, extra_plugins=[Plugin])
    assert str(p) in reg.profiles
    found = lint_text(seed_text("002"), [r() for r in reg.rules if r.category == "sections"], registry=reg)
    assert [f.evidence["block"] for f in found] == ["plans"]


def test_bad_profile(tmp_path):
    p = tmp_path / "bad.toml"
    p.write_text('name = "x"\n[[block]]\nid = "a"\nmissing = "fatal"\n', encoding="utf-8")
    with pytest.raises(ProfileError):
        load_profile(str(p))


def test_plan_block_about_the_report_year():
    text = seed_text("000").replace("四、2024年推進法治政府建設的主要安排", "四、2023年推進法治政府建設的主要安排")
    (f,) = lint(text, {"LG403"})
    assert text[f.start:f.end] == "2023年" and f.evidence == {"report_year": 2023, "stated": 2023}


def test_plan_block_body_year():
    text = ("关于2023年法治政府建设情况的报告\n现将2023年法治政府建设情况报告如下。\n一、主要举措和成效\n正文。\n"
            "二、存在的不足\n执法力量薄弱。\n三、第一责任人履职情况\n正文。\n四、下一步工作安排\n{}")
    assert len(lint(text.format("2023年，我区将继续推进依法行政。"), {"LG403"})) == 1
    assert lint(text.format("2024年，我区将继续推进依法行政，在2023年基础上再提升。"), {"LG403"}) == []
    assert lint(text.format("较2023年，我区将继续推进依法行政。"), {"LG403"}) == []


def test_causes_rule_is_opt_in():
    from lintgov.rules.sections import ShortcomingsWithoutCauses
    from lintgov.config import Settings
    from lintgov.engine import instantiate_rules
    text = seed_text("000")
    assert not any(r.code == "LG404" for r in instantiate_rules(REG, Settings(), {}))
    assert any(r.code == "LG404" for r in instantiate_rules(REG, Settings(extend_select=["LG404"]), {}))
    assert lint(text) == []
    (f,) = lint(text, rules=[ShortcomingsWithoutCauses()])
    assert f.evidence["block"] == "shortcomings"


def test_corpus_work_reports_are_not_checked(shared_dir):
    files = glob.glob(os.path.join(shared_dir, "corpus", "gwr", "*.txt"))
    if not files:
        pytest.skip("corpus absent")
    for f in files:
        assert lint(open(f, encoding="utf-8").read()) == [], f
