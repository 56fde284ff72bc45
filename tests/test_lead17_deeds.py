"""A register's exits after a 其中 list of its entries are another deed's count (lead, session 17).

``全年新设立企业2100家，其中外资企业12家，注销企业3000家``: firms closed are not among those set up, although both
counts end in 企业; the 其中 list ends before them (a false alarm on main, found by levels17).
"""
import pytest

from conftest import consistency_codes


@pytest.mark.parametrize("text", [
    "全年新设立企业2100家，其中外资企业12家，注销企业3000家。",
    "全年新登记个体工商户5,400户，其中城镇个体工商户3,100户，注销个体工商户6,200户。",
    "年内新设立农民专业合作社86家，其中示范社9家，吊销合作社120家。",
    "本年新登记市场主体八千六百户，其中企业二千三百户，注销市场主体九千一百户。",
])
def test_exits_after_entries_stay_silent(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == []


@pytest.mark.parametrize("text", [
    "全年新设立企业2100家，其中外资企业12家，内资企业2300家。",
    "全年新登记市场主体8600户，其中企业2300户，个体工商户9100户。",
    "全年新设立企业2100家，其中外资企业2300家，注销企业3000家。",
])
def test_parts_of_the_entries_are_still_checked(consistency_rules, text):
    assert "LG103" in consistency_codes(consistency_rules, text)
