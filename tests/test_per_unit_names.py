"""An average per unit whose unit carries another name in brackets (平均每个乡（镇）…) or is counted with another measure
word of institutions (律师事务所…家, 平均每所…): LG108 reads the count of those units."""
import pytest

from conftest import consistency_codes


@pytest.mark.parametrize("text", [
    "全县12个乡（镇）共建成农家书屋264个，平均每个乡（镇）30个。",
    "全市共有公证机构15家、执业公证员210名，平均每所20名。",
    "全区现有养老机构18所，床位2,340张，平均每家150张。",
])
def test_wrong_is_found(consistency_rules, text):
    assert "LG108" in consistency_codes(consistency_rules, text), text


@pytest.mark.parametrize("text", [
    "全县12个乡（镇）共建成农家书屋264个，平均每个乡（镇）22个。",
    "全市共有公证机构15家、执业公证员210名，平均每所14名。",
    "全区现有养老机构18所，床位2,340张，平均每家130张。",
])
def test_right_is_silent(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == [], text
