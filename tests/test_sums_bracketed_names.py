"""A part's name with another name in brackets inside it (镇（街道）级, 村（社区）级) is that name without the bracket when
the parts are compared with each other: 区级 is not inside 村（社区）级, so the levels are summed."""
import pytest

from conftest import consistency_codes


@pytest.mark.parametrize("text", [
    "全年调处矛盾纠纷3,600件，其中县级215件、乡镇（街道）级1,180件、村（社区）级2,640件。",
    "共培训人民调解员近2,000人次，其中市级180人次、区级420人次、村（社区）级1,560人次。",
])
def test_levels_with_bracketed_names_are_summed(consistency_rules, text):
    assert "LG103" in consistency_codes(consistency_rules, text), text


@pytest.mark.parametrize("text", [
    "全年调处矛盾纠纷4,100件，其中县级215件、乡镇（街道）级1,180件、村（社区）级2,640件。",
    "共培训人民调解员2,200人次，其中市级180人次、区级420人次、村（社区）级1,560人次。",
    # one name inside another still means one part may hold the other
    "认定企业500家，其中企业300家、高新技术企业250家。",
])
def test_consistent_or_nested_is_silent(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == [], text
