"""A share named by its subject, the subject's count stated after it (LG101, claims.rates._named_as): a count of what
was added this year (新建/新增…) under the same name is a flow, not the stock the share is of — found by the rates
engineer (round 66) as a false alarm of main on 全市共有学校120所，其中公办学校占比75.0%，新建公办学校6所.  The stock
stated after the share is still read, and so is an addition when the share names the addition itself."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.code == "LG101"]


def codes(text):
    return sorted({f.code for f in lint_text(text + "\n", RULES, registry=REG, path="example.txt")})


SILENT = [
    "全市共有学校120所，其中公办学校占比75.0%，新建公办学校6所。",
    "全区共有医疗卫生机构400家，其中民营医疗机构占比30.0%，新增民营医疗机构15家。",
    "全市共有学校120所，其中公办学校占比75.0%，公办学校90所。",
    "全年新建学校20所，其中新建公办学校占比75.0%，新建公办学校15所。",
]

FOUND = [
    "全市共有学校120所，其中公办学校占比75.0%，公办学校80所。",
    "全区共有医疗卫生机构400家，其中民营医疗机构占比30.0%，民营医疗机构150家。",
    "全年新建学校20所，其中新建公办学校占比75.0%，新建公办学校12所。",
]


@pytest.mark.parametrize("text", SILENT)
def test_silent(text):
    assert codes(text) == []


@pytest.mark.parametrize("text", FOUND)
def test_found(text):
    assert codes(text) == ["LG101"]


# an outcome's rate after the year's intake and the cases carried over (LG101, claims.rates._named_operands): the
# intake is one side of what was handled, not the base; the concluded cases are still read
RATE_SILENT = [
    "全年行政机关败诉12件，败诉率5.2%；全年新收一审行政诉讼案件286件，上年结转45件。",
    "全年新收行政复议案件420件，上年结转38件，直接纠错50件，纠错率12.5%。",
]
RATE_FOUND = [
    "全年审结一审行政诉讼案件231件，行政机关败诉12件，败诉率6.2%。",
]


@pytest.mark.parametrize("text", RATE_SILENT)
def test_intake_is_no_base(text):
    assert codes(text) == []


@pytest.mark.parametrize("text", RATE_FOUND)
def test_concluded_is_base(text):
    assert codes(text) == ["LG101"]
