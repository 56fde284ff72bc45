"""The lead's readings at the merge of session 18: a comparison clause whose figure is itself a change is no basis, and
the level reached after a change may be introduced by 为 (a pattern of the session had made 为 unreachable)."""
import pytest

from conftest import consistency_codes


@pytest.mark.parametrize("text", [
    # a change against the start of the year and against last year's change, then the growth of the stock: consistent
    "年末全县各项存款余额1,215亿元，比年初增加135亿元，比上年多增18亿元，增长12.5%。",
    "年末住房公积金缴存余额86.4亿元，较年初增加9.6亿元，较上年少增1.2亿元，增长12.5%。",
    "截至年底，全市实有经营主体48.6万户，比上年末增加5.4万户，比上年多增0.8万户，增长12.5%。",
])
def test_change_after_a_comparison_of_changes_is_no_basis(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == []


@pytest.mark.parametrize("good,bad", [
    ("全年道路交通事故较上年（250起）下降12%，为220起。", "全年道路交通事故较上年（250起）下降22%，为220起。"),
    ("全年办理法律援助案件比上年的800件增长15%，为920件。", "全年办理法律援助案件比上年的800件增长25%，为920件。"),
    ("全年新增城镇就业比上年增加600人，增长5%，为12,600人。", "全年新增城镇就业比上年增加600人，增长9%，为12,600人。"),
])
def test_level_reached_after_wei(consistency_rules, good, bad):
    assert consistency_codes(consistency_rules, good) == []
    assert consistency_codes(consistency_rules, bad) != []
