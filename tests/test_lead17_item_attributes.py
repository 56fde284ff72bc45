"""The sides of a split, each with its own figure of another measure (lead, session 17, end).

``养老机构68家，床位8,420张。其中公办养老机构32家，床位3,150张；民办养老机构46家，床位5,270张``: every part is followed by a
clause of one name (床位) and a figure of another measure; that figure is the part's own, not a part of the list, and
the parts still add up to at most the whole.  A figure of another measure after some parts only, or named otherwise
after each, leaves the list unread as before.
"""
import pytest

from conftest import consistency_codes


@pytest.mark.parametrize("text", [
    "全市共有养老机构78家，床位8,420张。其中公办养老机构32家，床位3,150张；民办养老机构46家，床位5,270张。",
    "全县共有幼儿园126所，在园幼儿1.86万人，其中公办幼儿园70所，在园幼儿1.12万人；民办幼儿园56所，在园幼儿0.74万人。",
    # a figure of another measure named otherwise after each part
    "全市共有养老机构78家，其中公办养老机构32家，床位3,150张；民办养老机构46家，护理员520名。",
    # another measure after one part only: not read as a list
    "全市共有医疗机构68家，其中公立医院32家，床位3,150张；民营医院36家。",
])
def test_consistent_or_unread_stays_silent(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == []


@pytest.mark.parametrize("text", [
    "全市共有养老机构68家，床位8,420张。其中公办养老机构32家，床位3,150张；民办养老机构46家，床位5,270张。",
    "全县共有幼儿园116所，在园幼儿1.86万人，其中公办幼儿园70所，在园幼儿1.12万人；民办幼儿园56所，在园幼儿0.74万人。",
])
def test_sides_larger_than_the_whole_are_found(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == ["LG103"]
