"""The claims layer (lintgov.claims): readings of figures, the ledger of checks, coverage, `lintgov claims`."""
import json

import pytest

from conftest import run_cli
from lintgov.claims import claims_of, coverage, ledger
from lintgov.document import Document
from lintgov.engine import lint_text
from lintgov.plugins import build_registry


def roles(text):
    doc = Document(text)
    return [(doc.text[f.start:f.end], f.role, f.time) for f in claims_of(doc).figures]


@pytest.mark.parametrize("text, figure, role, time", [
    ("审结行政复议案件300件。", "300件", "level", "current"),
    ("受理案件512件，比上年增加92件，增长21.9%。", "92件", "delta", "current"),
    ("受理案件512件，比上年增加92件，增长21.9%。", "21.9%", "growth", "current"),
    ("纠错率由12.5%提高到15.0%，提高2.5个百分点。", "2.5个百分点", "points", "current"),
    ("行政复议纠错率为12.5%。", "12.5%", "rate", "current"),
    ("其中出口3.95万亿元，占全国的28.5%。", "28.5%", "share", "current"),
    ("地区生产总值年均增长6.5%。", "6.5%", "average", "span"),
    ("社会消费品零售总额环比增长1.2%。", "1.2%", "growth", "period"),
    ("办理案件512件（上年为420件）。", "420件", "prior", "prior"),
    ("同比增长百分之四十二点五。", "百分之四十二点五", "growth", "current"),
])
def test_roles(text, figure, role, time):
    got = {t: (r, tm) for t, r, tm in roles(text)}
    assert got[figure] == (role, time), got


def test_claims_are_cached_and_cover_every_quantity():
    doc = Document("共审结行政复议案件977件，直接纠错236件，纠错率为24.2%。")
    c = claims_of(doc)
    assert claims_of(doc) is c
    assert [f.quantity for f in c.figures] == doc.quantities
    assert c.at(doc.quantities[0].start).quantity is doc.quantities[0]


def test_index_by_metric_and_unit():
    doc = Document("全年受理行政复议申请300件。另据统计，全年受理行政复议申请300件。")
    idx = claims_of(doc).index()
    assert any(len(v) == 2 for v in idx.values()), idx


def _rules(*cats):
    reg = build_registry(load_entry_points=False)
    return [r() for r in reg.rules if r.category in cats]


def test_ledger_records_consistent_and_inconsistent_checks():
    from lintgov.engine import Context
    rules = _rules("arithmetic", "yoy")
    good = Document("共审结行政复议案件977件，直接纠错236件，纠错率为24.2%。")
    bad = Document("共审结行政复议案件977件，直接纠错236件，纠错率为42.2%。")
    for d in (good, bad):
        for r in rules:
            if r.scope == "document":
                list(r.check(d, Context()))
    assert [c.consistent for c in ledger(good)] == [True]
    assert [c.consistent for c in ledger(bad)] == [False]
    c = ledger(bad)[0]
    assert c.rule == "LG101" and c.formula and len(c.operands) == 2
    cov = coverage([good, bad])
    assert cov["relations_checked"] == 2 and cov["inconsistent"] == 1


def test_not_checkable_counts_relational_figures_only():
    from lintgov.engine import Context
    d = Document("全年审结案件300件，同比增长12%。地区生产总值年均增长6%。")
    for r in _rules("arithmetic", "yoy"):
        if r.scope == "document":
            list(r.check(d, Context()))
    # 12%: GRIM-checked against the whole count 300 (268 → 11.94%); 6% over a span: not checkable;
    # 300件 is a level (an operand), never counted as not checkable
    assert coverage([d]) == {"relations_checked": 1, "inconsistent": 0, "not_checkable": 1}


def test_cli_claims_lists_every_figure_with_a_verdict(tmp_path):
    (tmp_path / "r.txt").write_text("2023年，本区共审结行政复议案件977件，直接纠错236件，纠错率为42.2%。"
                                    "地区生产总值增长6%。\n", encoding="utf-8")
    r = run_cli(["claims", "--format", "json", "r.txt"], tmp_path)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    rows = data["documents"][0]["figures"]
    verdicts = {row["text"]: row["verdict"] for row in rows}
    assert verdicts["42.2%"] == "inconsistent"
    assert verdicts["977件"] == "operand" and verdicts["236件"] == "operand"
    assert verdicts["6%"] == "not checkable"
    assert data["summary"] == {"relations_checked": 1, "inconsistent": 1, "not_checkable": 1}
    r = run_cli(["claims", "r.txt"], tmp_path)
    assert "42.2%" in r.stdout and "inconsistent" in r.stdout and "核验了 1 处数字关系" in r.stdout


def test_run_summary_shows_coverage(tmp_path):
    (tmp_path / "r.txt").write_text("2023年，本区共审结行政复议案件977件，直接纠错236件，纠错率为24.2%。\n",
                                    encoding="utf-8")
    r = run_cli(["check", "--select", "arithmetic", "--format", "json", "r.txt"], tmp_path)
    assert json.loads(r.stdout)["summary"]["claims"] == {"relations_checked": 1, "inconsistent": 0,
                                                         "not_checkable": 0}
    r = run_cli(["check", "--select", "arithmetic", "--format", "sarif", "r.txt"], tmp_path)
    assert json.loads(r.stdout)["runs"][0]["properties"]["lintgov/claims"]["relations_checked"] == 1
    r = run_cli(["check", "--select", "arithmetic", "--lang", "en", "r.txt"], tmp_path)
    assert "1 figure relations checked, 0 inconsistent, 0 figures not checkable" in r.stdout
    r = run_cli(["check", "--select", "typography", "--format", "json", "r.txt"], tmp_path)
    assert "claims" not in json.loads(r.stdout)["summary"]
