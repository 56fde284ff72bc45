"""A total per year or month (每年安排N，其中…每年…) is a whole its parts belong to; an average per person or day is not.
The sum's message writes the total's unit."""
import pytest

from conftest import consistency_codes
from lintgov.engine import lint_text


@pytest.mark.parametrize("text", [
    "全省每年安排奖补资金1,800万元，其中省级每年安排1,000万元、市级每年500万元、县级每年600万元。",
    "今后三年，国家每年将投入九百亿元，其中中央财政每年安排五百八十亿元，地方财政每年安排四百二十亿元。",
    "每月发放补贴1.56亿元，其中城镇居民0.72亿元，农村居民0.58亿元。",
])
def test_wrong_per_period_sum_is_found(consistency_rules, text):
    assert "LG103" in consistency_codes(consistency_rules, text), text


@pytest.mark.parametrize("text", [
    "全省每年安排奖补资金2,100万元，其中省级每年安排1,000万元、市级每年500万元、县级每年600万元。",
    "每月发放补贴1.30亿元，其中城镇居民0.72亿元，农村居民0.58亿元。",
    # averages per person are no wholes of their groups' averages
    "全市人均可支配收入4.2万元，其中城镇居民人均5.1万元，农村居民人均2.3万元。",
    "日均接待游客3.2万人次，其中节假日日均5.6万人次。",
])
def test_per_period_or_average_silent(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == [], text


def test_sum_message_carries_the_unit(consistency_rules):
    (f,) = lint_text("全年受理案件412件，其中行政处罚类180件、行政许可类150件、其他类52件。\n", consistency_rules)
    msg = f.message("zh")
    assert "382件" in msg and "相差30件" in msg
