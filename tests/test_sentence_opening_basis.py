"""A sentence that opens with its comparison (较上年的A，… / 与上年的A相比，…) compares the value that closes the
sentence before; a change between two levels each written per period or per head (由每年A增加到每年B). Wordings
written for this test, each once consistent and once with one figure wrong, plus readings that must stay silent."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def codes(text):
    return sorted({f.code for f in lint_text(text + "\n", RULES, registry=REG)})


CASES = [
    ("全县行政复议综合纠错率为21.7%。较上年的17.2%，提高4.5个百分点。", "4.5个百分点", "7.5个百分点"),
    ("全市城镇化率达到63.4%。比上年末的62.1%提高1.3个百分点，增幅居全省第二。", "1.3个百分点", "3.3个百分点"),
    ("行政机关负责人出庭应诉率达到97.6%。与上年的91.2%相比，提高6.4个百分点。", "6.4个百分点", "9.4个百分点"),
    ("全年一般公共预算收入完成86.4亿元。与上年的80.0亿元相比，增长8.0%。", "增长8.0%", "增长18.0%"),
    ("全年办理法律援助案件2,316件。比上年的1,930件，增加386件，增长20.0%。", "增加386件", "增加586件"),
    ("全年办理法律援助案件二千三百件。较上年的二千件，增长百分之十五。", "百分之十五", "百分之二十五"),
    ("区政府规章立法后评估项目由每年3件增加到每年9件，增至原来的3倍。", "3倍", "5倍"),
    ("农村居民收入从人均1.60万元提高到人均1.84万元，增长15%。", "增长15%", "增长25%"),
    ("政务服务事项办理时限从平均每件12天压缩到平均每件6天，压缩了50%。", "50%", "70%"),
]


@pytest.mark.parametrize("text,printed,wrong", CASES)
def test_consistent_is_silent(text, printed, wrong):
    assert codes(text) == []


@pytest.mark.parametrize("text,printed,wrong", CASES)
def test_wrong_figure_is_found(text, printed, wrong):
    assert printed in text
    assert codes(text.replace(printed, wrong, 1)) != []


SILENT = [
    # two values of the unit in the sentence before: which one is compared is not certain
    "全年受理案件512件，审结480件。较上年的420件，增加92件。",
    "全年受理案件512件，审结480件。较上年的420件，增加60件。",
    # the value closing the sentence before is a change amount, not a level
    "全年受理案件比上年增加60件。较上年的420件，增长14.3%。",
    # the sentence before ends with a value of another unit
    "全年审结案件480件，涉案金额2.6亿元。较上年的420件，增加92件。",
]


@pytest.mark.parametrize("text", SILENT)
def test_uncertain_subject_stays_silent(text):
    assert codes(text) == []
