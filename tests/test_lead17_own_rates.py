"""Rates that are each member's own, not shares of one whole (lead, session 17, after the end measure).

* A 其中 part followed by a rate of the name the whole's own rate already has (抽检…N批次，合格率A%；其中…M批次，合格率B%) is
  the part's own rate over it, never M over N.
* A ratio named without 占 (报销比例, 达标比例 分别为…) may be each listed member's own rate: the values need not add up to
  100% even when the members make up a whole.
"""
import pytest

from conftest import consistency_codes


@pytest.mark.parametrize("text", [
    "全年监督抽检食用农产品3,260批次，总体合格率97.6%；其中农贸市场抽检845批次，合格率96.1%。",
    "全年检测特种设备12,480台，合格率99.2%；其中电梯检测6,300台，合格率99.5%。",
    "城乡居民基本养老保险、职工基本养老保险待遇按时足额发放比例分别为99.6%和100%。",
    "城区、农村义务教育学校标准化建设达标比例分别为96.0%和88.5%。",
])
def test_own_rates_stay_silent(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == []


@pytest.mark.parametrize("text", [
    # a part's count after a whole with no rate of its own, and a coverage rate over them, is still read
    "全县共有行政村200个，其中建成法律服务站186个，覆盖率83%。",
    # shares of one whole stated with 占 still add up to at most 100%
    "全县常住人口中，城镇、农村分别占62.4%和47.6%。",
])
def test_shares_and_coverage_still_checked(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) != []
