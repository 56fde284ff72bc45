"""A 分别 list of three levels whose last two members are the two sides of a split that leaves nothing out (a thing and
its negation, 城镇/乡村) under the first member's own noun states that whole first: the first is the sum of the other
two (rules.sums._whole_listed_first, reading claims.lists.respective_members and claims.partition.complete)."""
import pytest

from conftest import consistency_codes as codes


@pytest.fixture(scope="module")
def rules(consistency_rules):
    return consistency_rules


# (consistent text, figure as printed, a wrong figure)
CASES = [
    ("本年度全县一般公共预算收入、税收收入、非税收入分别为31.6亿元、22.9亿元和8.7亿元。", "8.7亿元", "9.7亿元"),
    ("全区常住人口、城镇常住人口、乡村常住人口分别为64.2万人、45.9万人、18.3万人。", "45.9万人", "41.9万人"),
    # Chinese numerals
    ("全县常住人口、城镇人口、乡村人口分别为四十八万人、二十七万人和二十一万人。", "二十一万人", "二十六万人"),
]


@pytest.mark.parametrize("text,old,new", CASES)
def test_first_member_is_the_sum_of_a_complete_split(rules, text, old, new):
    assert codes(rules, text) == []
    assert "LG103" in codes(rules, text.replace(old, new, 1))


@pytest.mark.parametrize("text", [
    # averages do not add up
    "全体、城镇、农村居民人均可支配收入分别为42,100元、51,200元和24,600元。",
    # 城镇/乡村 split the residents, not the registered population
    "年末全县户籍人口、城镇人口、乡村人口分别为52.0万人、31.2万人和18.3万人。",
    # sides that are no complete split (two kinds of tax among others)
    "全市税收收入、增值税、企业所得税分别为142.7亿元、61.2亿元和28.4亿元。",
    # the sides' noun is not the first member's
    "全市地区生产总值、城镇人口、乡村人口分别为1,860亿元、61.8万人和20.6万人。",
])
def test_other_lists_stay_silent(rules, text):
    assert codes(rules, text) == []
