"""A bound held for years running (粮食总产量连续9年稳定在1300亿斤以上) holds for the year's level of the same metric
stated in another paragraph (claims.horizons.span_bounds, ``why == "held"``; LG105), in a report of one year as in a
work report's five-year review.  The phrasings are lintgov's own; each consistent one is silent, each wrong one found
once."""
import pytest

from lintgov.claims.horizons import span_bounds
from lintgov.document import Document
from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]
H = "一、2023年工作回顾\n"


def codes(text):
    return [f.code for f in lint_text(text, RULES, registry=REG)]


FOUND = [
    H + "粮食总产量连续9年稳定在1300亿斤以上。\n（二）农业\n粮食产量1250.5亿斤。",
    H + "粮食总产量连续五年保持在1300亿斤以上。\n（二）农业\n全年粮食产量1250.5亿斤。",
    H + "全年粮食产量1250.5亿斤。\n（二）农业\n粮食总产量连续9年稳定在1300亿斤以上。",
    H + "粮食总产量连续9年稳定在1300亿斤以上。全年粮食产量1250.5亿斤。",
    H + "粮食总产量连续9年稳定在1300多亿斤。\n（二）农业\n全年粮食产量1250.5亿斤。",
    H + "城镇登记失业率连续5年保持在4%以下。\n（二）就业\n全年城镇登记失业率4.2%。",
]

SILENT = [
    H + "粮食总产量连续9年稳定在1300亿斤以上。\n（二）农业\n全年粮食产量1350.5亿斤。",
    H + "城镇登记失业率连续5年保持在4%以下。\n（二）就业\n全年城镇登记失业率3.2%。",
    # one sentence, or a level of the same paragraph that does not name the year
    H + "粮食总产量连续9年稳定在1300亿斤以上，全年粮食产量1250.5亿斤。",
    H + "粮食总产量连续9年稳定在1300亿斤以上。粮食产量1250.5亿斤。",
    # a level of another year, of another scope, one of several figures
    H + "粮食总产量连续9年稳定在1300亿斤以上。\n（二）农业\n2022年粮食产量1250.5亿斤。",
    H + "全市粮食总产量连续9年稳定在130万吨以上。\n（二）农业\n市本级粮食产量12.5万吨。",
    H + "粮食总产量连续9年稳定在1300亿斤以上。\n（二）农业\n全年粮食产量1250.5亿斤、增长2%。",
    # the year's levels disagree among themselves (LG210's business, not a bound's)
    H + "粮食总产量连续9年稳定在1300亿斤以上。\n（二）农业\n全年粮食产量1250.5亿斤。\n（三）其他\n全年粮食产量1350.5亿斤。",
    # the plans after the review
    "2024年政府工作报告\n一、2023年工作回顾\n粮食总产量连续9年稳定在1300亿斤以上。\n（二）农业\n全年粮食产量1350.5亿斤。\n"
    "二、2024年工作安排\n今年粮食产量力争1250亿斤。",
]


@pytest.mark.parametrize("text", FOUND)
def test_found_once(text):
    assert codes(text).count("LG105") == 1


@pytest.mark.parametrize("text", SILENT)
def test_silent(text):
    assert "LG105" not in codes(text)


def test_held_reading_and_direction():
    lower = [b for b in span_bounds(Document(FOUND[0])) if b.why == "held"]
    assert [(b.value, b.direction) for b in lower] == [(1300e8, ">")]
    upper = [b for b in span_bounds(Document(FOUND[-1])) if b.why == "held"]
    assert [b.direction for b in upper] == ["<"]


def test_one_pair_once_in_a_five_year_review():
    # the five-year review's every-year reading and the held reading pair the same bound and level: one finding
    text = ("2026年政府工作报告\n一、2025年和“十四五”时期工作回顾\n2025年是“十四五”收官之年。全年粮食产量1250.6亿斤。\n"
            "过去五年，粮食产量连续5年稳定在1300亿斤以上。")
    assert codes(text).count("LG105") == 1
    assert len(span_bounds(Document(text))) == 1
