"""Counts of the things named next to them (dev13, issue 10).

* Names after a dash, then the clause's predicate (已/均/全部… right after the noun's last character): the predicate
  closes the names (四个农业园区——东湖园区、西岭园区、南坪园区均已通过省级验收).
* Residential compounds (小区) named before their count are the compounds counted, as villages are; a name ending with
  小区, 社区, 景区 or 街区 is no district that could hold them.
"""
import pytest

from conftest import consistency_codes


@pytest.mark.parametrize("text", [
    "全县四个农业园区——东湖园区、西岭园区、南坪园区均已通过省级验收。",
    "新建成的五个光荣院——城东光荣院、桥头光荣院和溪口光荣院已全部投入使用。",
    "年内建成的3座综合服务中心——北关服务中心、南门服务中心、东城服务中心、西城服务中心已陆续对外开放。",
    "春江花园、锦绣华庭、翠湖苑和新华小区6个小区列入首批完整社区建设试点。",
    "幸福里、新华小区、滨江苑、翠湖苑3个小区今年完成二次供水改造。",
])
def test_wrong_count_is_found(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == ["LG103"]


@pytest.mark.parametrize("text", [
    "全县三个农业园区——东湖园区、西岭园区、南坪园区均已通过省级验收。",
    "新建成的三个光荣院——城东光荣院、桥头光荣院和溪口光荣院已全部投入使用。",
    "年内建成的4座综合服务中心——北关服务中心、南门服务中心、东城服务中心、西城服务中心已陆续对外开放。",
    "春江花园、锦绣华庭、翠湖苑和新华小区4个小区列入首批完整社区建设试点。",
    "幸福里、新华小区、滨江苑、翠湖苑4个小区今年完成二次供水改造。",
    # a description after the dash, not a list of the things counted
    "全县三个农业园区——规模大、效益好、带动强，已全部通过省级验收。",
    # a community and a village named before the compounds: they may hold them
    "城东社区、西湖村5个小区完成二次供水改造。",
    # a list closed by 等: some of the compounds only
    "幸福里、新华小区等6个小区完成二次供水改造。",
])
def test_consistent_or_unread_stays_silent(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == []
