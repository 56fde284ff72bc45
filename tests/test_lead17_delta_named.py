"""A count named by the change itself is a difference, not this year's level (lead, session 17).

``增加企业120家，增长7.0%``: 120 firms were added and the stock grew by 7.0% (a stock of about 1,714); LG203 read 120
as the level the growth reached and found no whole prior count for it.  As for 新增 counts, the growth may be the
stock's (D/S) or the additions' own over last year's; a fall after an addition stays unread.  增加值 (value added) is a
level.
"""
import pytest

from conftest import consistency_codes


@pytest.mark.parametrize("text", [
    "增加企业120家，增长7.0%。",
    "全年新增市场主体2.1万户，增加企业120家，增长7.0%。",
    "全县养老服务机构比上年增加三十六家，增长百分之八点一。",
    "减少低效网点8个，下降4.6%。",
])
def test_a_difference_with_the_stock_growth_stays_silent(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == []


@pytest.mark.parametrize("text", [
    # no whole count of last year gives 7.0% to 120 (112 gives 7.14%, 113 6.19%): a level is still read as one
    "全年受理行政复议申请120件，增长7.0%。",
    "全市规上工业企业达到120家，增长7.0%。",
])
def test_a_level_is_still_checked(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == ["LG203"]
