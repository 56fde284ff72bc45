"""Three readings that raised false alarms on consistent written statements (session 13, lead):

* a level printed with a minus sign (由上年的-2.4%回升至3.1%) is negative (``claims.values.written_negative``): the
  points and growth between two levels use the signed values, and the message prints the sign;
* a gross flow of the year (全年新执业412人, 新增…) before a net change (净增286人) is not the level the net change leads
  to (``claims.grammar.net_of_gross``): the growth after it is not read over that flow;
* a frame 在受理的案件中 names the cases accepted, not a count named by the opposite words (不予受理58件,
  ``claims.parts.names_key``).

Wordings are lintgov's own.  Each consistent wording is silent; each wrong wording that keeps a certain reading is
still reported."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def found(text):
    return [(f.code, f.message("zh")) for f in lint_text(text, RULES, registry=REG)]


@pytest.mark.parametrize("text", [
    "规模以上工业增加值增速由上年的-2.4%回升至3.1%，提高5.5个百分点。",
    "出口增速由一季度的－6.8%提高到全年的1.5%，回升8.3个百分点。",
    "全市进出口降幅由一季度的-23.1%收窄到上半年的-1.4%，收窄21.7个百分点。",
    "房地产开发投资增速从-9.6%回升至-3.2%，提高6.4个百分点。",
])
def test_negative_levels_consistent(text):
    assert found(text) == []


@pytest.mark.parametrize("text, shown", [
    ("规模以上工业增加值增速由上年的-2.4%回升至3.1%，提高8.5个百分点。", "-2.4%"),
    ("出口增速由上年的－6.8%提高到1.5%，回升2.3个百分点。", "6.8%"),
])
def test_negative_levels_wrong_points(text, shown):
    fs = found(text)
    assert [c for c, _ in fs] == ["LG201"]
    assert shown in fs[0][1]


def test_minus_after_letters_is_no_sign():
    # a code keeps its figure unsigned: 3.0% → 4.5% is 1.5 points
    assert found("A-3.0%的区间由3.0%提高到4.5%，提高1.5个百分点。") == []


@pytest.mark.parametrize("text", [
    "年末全市执业律师4,860人，全年新执业412人，净增286人，增长6.3%。",
    "年末全省注册会计师2,150人，当年新注册180人，净增96人，增长4.7%。",
    "实有市场主体8.6万户，新登记市场主体1.2万户，净增0.5万户，增长6.2%。",
])
def test_net_change_after_gross_flow_is_not_read_over_the_flow(text):
    assert found(text) == []


def test_net_change_with_its_level_still_checked():
    assert [c for c, _ in found("年末全市执业律师4,860人，净增286人，增长16.3%。")] == ["LG201"]


@pytest.mark.parametrize("text", [
    "全年收到行政复议申请620件，其中不予受理58件；受理的案件中审结531件，审结率94.5%。",
    "共收到申请300件，其中依法不予受理25件。在受理的案件中，已办结260件。",
    "接到投诉1,200件，其中未受理的140件；受理的投诉中，调解成功870件。",
])
def test_frame_does_not_take_the_opposite_count(text):
    assert [c for c, _ in found(text) if c == "LG103"] == []


def test_frame_takes_its_own_count():
    fs = found("全年依法受理行政复议申请300件。在受理的案件中，审结360件。")
    assert [c for c, _ in fs] == ["LG103"]
