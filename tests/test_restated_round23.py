"""LG210 (one metric stated twice) where the second statement names no year: in the review part of a report on one
year, a figure stated as reached or done (共受理…, 达到…, 为…) with no word of time is the year's, and is compared with
the statement that names the year (全年受理…).  Never two statements of which neither names the year, never a bare
figure (a plan in a list the review's end did not set apart), never one with another time (上年, 截至目前, 2022年)."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]
HEAD = "一、2023年工作回顾\n"


def lg210(text):
    return [f for f in lint_text(HEAD + text + "\n", RULES, registry=REG) if f.code == "LG210"]


@pytest.mark.parametrize("first,second,same,other", [
    ("全年受理行政复议申请512件，办结498件。", "依法共受理行政复议申请{}件，纠错率12%。", "512", "549"),
    ("全年新增城镇就业2.36万人，登记失业率2.1%。", "多措并举稳就业，新增城镇就业达到{}万人。", "2.36", "2.83"),
    ("本年度办理人大代表建议146件，满意率100%。", "认真办理人大代表建议，共办理人大代表建议{}件。", "146", "183"),
])
@pytest.mark.parametrize("found", [False, True])
def test_restated_without_the_year(first, second, same, other, found):
    text = first + "\n（一）分项工作\n" + second.format(other if found else same)
    assert bool(lg210(text)) is found, text


@pytest.mark.parametrize("text", [
    # neither statement names the year
    "共受理行政复议申请512件。\n（一）复议工作\n依法共受理行政复议申请521件。",
    # a bare figure: no word says it was reached or done (a plan in a list)
    "全年受理行政复议申请512件。\n（一）复议工作\n受理行政复议申请521件，让群众满意。",
    # another time
    "全年受理行政复议申请512件。\n（一）复议工作\n上年共受理行政复议申请480件。",
    "全年受理行政复议申请512件。\n（一）复议工作\n截至目前共受理行政复议申请1480件。",
    "全年受理行政复议申请512件。\n（一）复议工作\n2022年共受理行政复议申请480件。",
    # another scope
    "全年受理行政复议申请512件。\n（一）复议工作\n市本级共受理行政复议申请221件。",
    # one paragraph: more likely two things
    "全年受理行政复议申请512件，依法共受理行政复议申请521件。",
])
def test_restated_traps_stay_silent(text):
    assert lg210(text) == [], text
