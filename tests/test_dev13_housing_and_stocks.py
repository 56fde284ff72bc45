"""Parts and wholes read by what the parts are (dev13, issue 10).

* The kinds of subsidised housing (公租房, 保障性租赁住房, 共有产权住房, 经济适用房…) exclude each other: no dwelling is
  of two kinds, so the kinds listed after 其中 or 包括 add up to at most the housing they break down.
* A second measure word in brackets right after the whole (3,250套（间）) is no clause between it and its list.
* A share's whole named by the noun after its count (全镇辖14个行政村 for 占全镇行政村的…), with a word of holding before
  the count, in an earlier paragraph.
"""
import pytest

from conftest import consistency_codes


@pytest.mark.parametrize("text", [
    "全年新开工保障性住房3,200套，其中公租房1,200套、保障性租赁住房2,600套。",
    "全年新开工保障性住房三千二百套，其中公租房一千二百套，保障性租赁住房二千六百套。",
    "全区筹集保障性住房房源3,250套（间），包括保障性租赁住房2,180套（间）、公租房490套、共有产权住房880套。",
    "全市分配保障性住房1,860套，其中经济适用房420套、廉租房690套、共有产权房850套。",
])
def test_housing_kinds_over_the_whole_are_found(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == ["LG103"]


@pytest.mark.parametrize("text", [
    "全年新开工保障性住房3,800套，其中公租房1,200套、保障性租赁住房2,600套。",
    "全区筹集保障性住房房源3,250套（间），包括保障性租赁住房2,180套（间）、公租房490套、共有产权住房580套。",
    # kinds that may overlap: talent housing may be let as subsidised rental housing
    "全区筹集保障性住房房源3,250套，包括保障性租赁住房2,180套、人才住房880套、公租房490套。",
    # the whole and a kind of it, not two kinds
    "全年新开工住房5,600套，其中保障性住房3,200套、公租房2,600套。",
    # fewer than the whole: other kinds may be left out
    "全年新开工保障性住房3,200套，其中公租房1,200套、保障性租赁住房1,600套。",
])
def test_housing_consistent_or_unread_stays_silent(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == []


@pytest.mark.parametrize("text", [
    "全镇辖14个行政村。\n全年新增2个村建成美丽乡村，累计达到9个，占全镇行政村的52.8%。",
    "全县共有32所中小学校。\n全年新增6所学校建成智慧校园，累计达到20所，占全县中小学校的68.5%。",
])
def test_share_of_a_stock_named_after_its_count_is_found(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == ["LG101"]


@pytest.mark.parametrize("text", [
    "全镇辖14个行政村。\n全年新增2个村建成美丽乡村，累计达到9个，占全镇行政村的64.3%。",
    "全县共有32所中小学校。\n全年新增6所学校建成智慧校园，累计达到20所，占全县中小学校的62.5%。",
    # a flow named after its count is no stock of the things
    "全镇新增14个行政村道路硬化项目。\n全年累计达到9个，占全镇行政村的52.8%。",
])
def test_share_consistent_or_unread_stays_silent(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == []


# The kinds of audit findings by their nature (违规问题金额, 管理不规范问题金额, 损失浪费问题金额): each amount found is
# counted under one of them, so they add up to at most the amount found.
@pytest.mark.parametrize("text", [
    "全年审计查出各类问题金额不足4亿元，包括违规问题金额2.38亿元和管理不规范问题金额1.96亿元。",
    "审计共查出问题金额6.2亿元，其中违规问题金额3.4亿元、管理不规范问题金额2.6亿元、损失浪费问题金额0.5亿元。",
])
def test_audit_kinds_over_the_whole_are_found(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == ["LG103"]


@pytest.mark.parametrize("text", [
    "全年审计查出各类问题金额不足5亿元，包括违规问题金额2.38亿元和管理不规范问题金额1.96亿元。",
    "审计共查出问题金额6.5亿元，其中违规问题金额3.4亿元、管理不规范问题金额2.6亿元、损失浪费问题金额0.5亿元。",
    # what was recovered is no kind of finding beside the others
    "审计共查出问题金额6.2亿元，其中违规问题金额3.4亿元，已整改问题金额5.1亿元。",
])
def test_audit_consistent_or_unread_stays_silent(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == []
