"""Digit groups separated by a narrow or thin space (3\u202f512, 1\u2009180: the SI and Hong Kong style) are one number;
plain and no-break spaces still separate the columns of a plain-text table."""
from lintgov.document import Document

from fresh_set import codes


def _values(text):
    return [q.value for q in Document(text, "x.txt").quantities]


def test_narrow_and_thin_spaces_group_digits():
    assert _values("接待游客3\u202f512万人次，开通线路1\u2009180公里。") == [35_120_000, 1180]
    assert _values("建屋12\u202f345\u202f678元。") == [12_345_678]


def test_plain_and_no_break_spaces_do_not_group():
    assert _values("行政复议 312 398") == [312, 398]
    assert _values("行政复议\u00a0312\u00a0398") == [312, 398]


def test_a_group_of_other_than_three_digits_is_not_joined():
    assert _values("3\u202f50人") == [3, 50]


def test_a_growth_over_thin_space_grouped_levels_is_checked():
    assert codes("全年接待游客3\u202f512万人次，比上年的3\u202f016万人次增长16.4%。") == []
    assert "LG201" in codes("全年接待游客3\u202f512万人次，比上年的3\u202f016万人次增长26.4%。")
