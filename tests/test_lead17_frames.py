"""A frame ``X中，…`` after a narrower kind of X and before X's own total (lead, session 17).

``专职网格员210名，网格员中党员190名，网格员共计350名``: 网格员中 names all 网格员, not the 专职 ones counted before;
the whole of its parts is the 350 stated after them as 网格员's total, and that total is no part of the frame.
A count stated as X's total before the frame (``调解员共有150名，调解员中…``) is the whole of the parts after it.
"""
import pytest

from conftest import consistency_codes


@pytest.mark.parametrize("text", [
    "全镇共有专职网格员210名，网格员中党员190名，全镇网格员共计350名。",
    "全镇共有专职网格员210名，网格员中党员300名，全镇网格员共计350名。",
    "全县现有专职人民调解员86名，人民调解员中具有法律职业资格的64名，全县人民调解员共有150名。",
    "全区在编执法人员312名，执法人员中取得执法证件的298名，执法人员总数为405名。",
    "全县调解员共有150名，调解员中党员104名。",
])
def test_consistent_frames_stay_silent(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == []


@pytest.mark.parametrize("text", [
    "全镇共有专职网格员210名，网格员中党员390名，全镇网格员共计350名。",
    "全县调解员共有150名，调解员中党员164名。",
    "全区执法人员共计405名，执法人员中取得执法证件的498名。",
])
def test_part_larger_than_the_named_total(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == ["LG103"]
