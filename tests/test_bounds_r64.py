"""A bound is an interval on its metric, checked against the exact value of that metric and period wherever it stands
(LG105, round 64): a growth said to be of two digits against the growth two levels of its sentence derive
(claims.grammar.transitions), and one metric's bound and exact figure in one sentence or in two sentences of a
paragraph (either order, one of them naming the year).  Paraphrases of our own, consistent and wrong, and traps."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def _codes(text):
    return [f.code for f in lint_text(text, RULES, registry=REG)]


# (consistent, wrong)
PAIRS = [
    ("进出口总额连续三年保持两位数增长，今年由612.4亿元增长到683.2亿元。",
     "进出口总额连续三年保持两位数增长，今年由612.4亿元增长到663.2亿元。"),
    ("税收收入由86.5亿元增加到97.3亿元，实现两位数增长。",
     "税收收入由86.5亿元增加到92.3亿元，实现两位数增长。"),
    ("全年审结行政复议案件超过500件。共审结行政复议案件526件。",
     "全年审结行政复议案件超过500件。共审结行政复议案件486件。"),
    ("全市城镇新增就业13.6万人，全年城镇新增就业超过13万人。",
     "全市城镇新增就业12.6万人，全年城镇新增就业超过13万人。"),
    ("全年新增城镇就业超过8万人。全年实际新增城镇就业8.6万人。",
     "全年新增城镇就业超过8万人。全年实际新增城镇就业7.6万人。"),
    ("粮食产量13908亿斤，连续9年稳定在1.3万亿斤以上。",
     "粮食产量12908亿斤，连续9年稳定在1.3万亿斤以上。"),
    ("城镇新增就业1206万人，保持在1100万人以上。",
     "城镇新增就业1006万人，保持在1100万人以上。"),
]

SILENT = [
    # another subject's two-digit growth beside a transition of its own metric
    "规上工业增加值由612.4亿元增长到663.2亿元，工业投资连续36个月保持两位数增长。",
    # a transition over five years is no year's growth
    "五年来进出口总额由212.4亿元增长到663.2亿元，保持两位数增长。",
    # a bound and an exact figure of different metrics of one unit
    "新增高新技术企业超6000家、新增科技型中小企业1.76万家。",
    "地铁运营里程超过300公里，在建里程275公里。",
    # an agreed amount and the amount used
    "全年合同利用外资超过50亿美元，实际利用外资48亿美元。",
    # the floor's clause names its own subject
    "粮食播种面积17.8亿亩，粮食产量稳定在13亿亩以上。",
    # another year's figure names its year
    "全年审结行政复议案件超过500件。2022年审结行政复议案件486件。",
]


@pytest.mark.parametrize("good,bad", PAIRS)
def test_consistent_is_silent_and_wrong_is_flagged(good, bad):
    assert _codes(good) == []
    assert "LG105" in _codes(bad)


@pytest.mark.parametrize("text", SILENT)
def test_traps_are_silent(text):
    assert _codes(text) == []
