"""Temporal rules (rules/temporal.py): signing date window, impossible dates, two-digit years,
cut-off dates, report-year consistency."""
import glob
import os

import pytest

from lintgov.document import Document
from lintgov.engine import lint_text
from lintgov.plugins import build_registry
from lintgov.rules.temporal import signing_date, year_claims

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = os.path.join(ROOT, "seeds")
REG = build_registry(load_entry_points=False)
RULES = [r() for r in REG.rules if r.category == "temporal"]
HEAD = "XX区人民政府关于2022年法治政府建设情况的报告\n现将2022年法治政府建设情况报告如下。\n一、主要举措和成效\n正文。\n"


def lint(text, codes=None, settings=None):
    return [f for f in lint_text(text, RULES, registry=REG, settings=settings or {}) if codes is None or f.code in codes]


def seed_text(prefix):
    return open(glob.glob(os.path.join(SEEDS, prefix + "_*.txt"))[0], encoding="utf-8").read()


def test_seed_001_signed_before_year_end():
    text = seed_text("001")
    found = lint(text, {"LG501"})
    assert len(found) == 1 and text[found[0].start:found[0].end] == "2022年12月30日"
    assert found[0].level == "error" and found[0].evidence["report_year"] == 2022


@pytest.mark.parametrize("prefix", ["000", "002", "003", "004"])
def test_other_seeds_quiet(prefix):
    assert [f.message("en") for f in lint(seed_text(prefix))] == []


@pytest.mark.parametrize("date,code", [("2022年12月31日", "LG501"), ("2023年1月1日", None), ("2023年3月31日", None),
                                       ("2023年4月1日", "LG501"), ("2024年2月1日", "LG501")])
def test_window_bounds(date, code):
    found = lint(HEAD + f"XX区人民政府\n{date}\n（此件公开发布）", {"LG501"})
    assert [f.code for f in found] == ([code] if code else [])


def test_window_levels():
    (early,) = lint(HEAD + "XX区人民政府\n2022年12月20日", {"LG501"})
    (late,) = lint(HEAD + "XX区人民政府\n2023年4月15日", {"LG501"})
    assert early.level == "error" and late.level == "warning"


def test_year_setting_overrides():
    text = "关于法治政府建设情况的报告\n一、主要举措和成效\n正文。\nXX区人民政府\n2023年5月1日"
    assert Document(text).kind == "law-gov-annual-report" and Document(text).report_year is None
    assert lint(text, {"LG501"}) == []                       # no report year known: silent
    (f,) = lint(text, {"LG501"}, settings={"year": 2022})    # --year 2022: signed after 1 April 2023
    assert f.level == "warning"


def test_signing_date_forms():
    doc = Document(HEAD + "XX区人民政府\n二〇二三年二月二十日\n")
    sd = signing_date(doc)
    assert sd.date.isoformat() == "2023-02-20" and sd.chinese
    doc = Document(HEAD + "XX区人民政府\n2023年02月05日")
    assert signing_date(doc).padded
    assert signing_date(Document("正文。2023年2月5日，召开会议。")) is None


def test_signing_date_format():
    (f,) = lint(HEAD + "XX区人民政府\n2023年02月05日", {"LG506"})
    assert f.fix.edits[0].replacement == "2023年2月5日"
    (g,) = lint(HEAD + "XX区人民政府\n二〇二三年二月二十日", {"LG506"})
    assert "2023年2月20日" in g.message("zh")


@pytest.mark.parametrize("text,n", [
    ("2024年2月30日召开。", 1), ("2023年2月29日召开。", 1), ("2024年2月29日召开。", 0), ("2023年4月31日印发。", 1),
    ("2023年13月印发。", 1), ("4月31日前完成。", 1), ("2月29日前完成。", 0), ("12月31日前完成。", 0),
    ("自20221月1日起施行。", 1), ("2023年12月31日。", 0), ("〔2022〕13号文件。", 0),
])
def test_impossible_dates(text, n):
    assert len(lint(text, {"LG502"})) == n


def test_glued_year_fix():
    text = "自20221月1日起施行。"
    (f,) = lint(text, {"LG502"})
    e = f.fix.edits[0]
    assert text[:e.start] + e.replacement + text[e.end:] == "自2022年1月1日起施行。"


@pytest.mark.parametrize("text,n", [
    ("自23年1月起施行。", 1), ("实施2021—25年规划。", 1), ("23年来坚持依法行政。", 0), ("近20年未发生事故。", 0),
    ("工作满25年的干部。", 0), ("2021—2025年规划。", 0), ("连续12年3个月。", 0), ("2023年1月起施行。", 0),
    ("2019-20年度。", 0), ("1998—99年间。", 0),
])
def test_two_digit_years(text, n):
    assert len(lint(text, {"LG503"})) == n


def test_cutoff_after_signing():
    base = "现将2024年法治政府建设情况报告如下。\n截至{}，已完成清理。\nXX县人民政府\n2025年2月24日"
    assert len(lint(base.format("2025年3月31日"), {"LG504"})) == 1
    assert lint(base.format("2024年12月31日"), {"LG504"}) == []
    assert lint(base.format("2025年2月"), {"LG504"}) == []       # a month without a day: the earliest day counts
    assert len(lint(base.format("2025年3月"), {"LG504"})) == 1


def test_report_year_mismatch():
    text = "XX区人民政府关于2024年法治政府建设情况的报告\n2024年，我区坚持依法行政。现将2023年度法治政府建设情况报告如下。"
    (f,) = lint(text, {"LG505"})
    assert text[f.start:f.end].startswith("2023") and f.evidence == {"opening": 2023, "title": 2024}
    assert [c[0] for c in year_claims(Document(text))] == ["title", "opening", "lead"]
    assert lint(text.replace("2023年度", "2024年度"), {"LG505"}) == []
    assert lint("关于2024年法治政府建设情况的报告\n2022年以来，我区坚持依法行政。", {"LG505"}) == []


def test_jiezhi():
    (f,) = lint("截止2024年底，累计办理312件。", {"LG507"})
    assert "截至2024年底" in f.message("zh")
    assert lint("报名于3月1日截止。截止到年底完成。截止日期为5月。", {"LG507"}) == []


def test_corpus_quiet(shared_dir):
    files = glob.glob(os.path.join(shared_dir, "corpus", "gwr", "*.txt"))
    if not files:
        pytest.skip("corpus absent")
    for f in files:
        assert [x.message("en") for x in lint(open(f, encoding="utf-8").read())] == [], f
