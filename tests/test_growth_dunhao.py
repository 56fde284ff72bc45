"""A level and its change joined by 、 (规上工业总产值4.55万亿元、增长7.0%; 受理案件1,200件、同比下降15%): the value
right before 、 is the claim's current value, for every rule over the claims layer — within a report (LG201, LG203)
and across reports (LG206's confirmation)."""
import pytest

from lintgov.claims import ledger
from lintgov.claims.grammar import changes
from lintgov.document import Document
from lintgov.engine import lint_text
from lintgov.plugins import build_registry
from lintgov.rules import yoy

REG = build_registry(load_entry_points=False)


@pytest.mark.parametrize("text,current,amount", [
    ("规上工业总产值4.55万亿元、增长7.0%，规上工业增加值1.04万亿元、增长4.8%。", "4.55万亿元", "7.0%"),
    ("全年受理行政复议申请1200件、同比下降15%。", "1200件", "15%"),
    ("接待游客9.61亿人次、比上年增长10.3%。", "9.61亿人次", "10.3%"),
])
def test_the_value_before_the_enumeration_comma_is_the_current_value(text, current, amount):
    d = Document(text)
    ch = changes(d)[0]
    assert d.text[ch.current.start:ch.current.end] == current
    assert d.text[ch.amount.start:ch.amount.end] == amount


@pytest.mark.parametrize("text", [
    "新建学校5所、改扩建12所、增加学位8000个。",
    "受理、审结分别为460件、420件。",
])
def test_lists_without_a_change_word_after_the_comma_give_no_change(text):
    assert [c for c in changes(Document(text)) if c.current is not None and c.kind == "percent"] == []


def test_grim_reads_a_count_joined_by_the_enumeration_comma():
    bad = lint_text("全年共受理行政复议案件29件、同比增长222.0%。", [yoy.GrowthImpossibleCount()], registry=REG)
    assert [f.code for f in bad] == ["LG203"]
    good = lint_text("全年共受理行政复议案件29件、同比增长222.2%。", [yoy.GrowthImpossibleCount()], registry=REG)
    assert good == []


def test_a_transition_joined_by_the_enumeration_comma_is_recomputed():
    bad = lint_text("受理案件由400件增至460件、增长25%。", [yoy.GrowthMismatch()], registry=REG)
    assert [f.code for f in bad] == ["LG201"]
    assert lint_text("受理案件由400件增至460件、增长15%。", [yoy.GrowthMismatch()], registry=REG) == []


def _gwr(body, year, text, path):
    head = f"各位代表：\n现在，我代表{body}人民政府向大会作政府工作报告，请予审议。\n一、{year}年工作回顾\n"
    return Document(head + text + "\n", path, source_path=path)


def test_the_confirmation_across_reports_reads_it():
    prior = _gwr("宝安区", 2023, "社会消费品零售总额1548.35亿元。", "宝安区2024年政府工作报告.txt")
    doc = _gwr("宝安区", 2024, "社会消费品零售总额1633.9亿元、增长5.5%。", "宝安区2025年政府工作报告.txt")
    ctx = type("C", (), {"settings": {"prior_documents": [prior]}})()
    assert list(yoy.GrowthVsPriorReport({}).check_corpus([doc], ctx)) == []
    assert [doc.text[c.start:c.end] for c in ledger(doc) if c.consistent] == ["5.5%"]


def test_a_count_changed_by_points_after_the_enumeration_comma():
    bad = lint_text("全年受理行政复议申请1200件、同比增长3个百分点。", [yoy.PercentVsPoints()], registry=REG)
    assert [f.code for f in bad] == ["LG204"]
    assert lint_text("全年受理行政复议申请1200件、同比增长3%。", [yoy.PercentVsPoints()], registry=REG) == []
