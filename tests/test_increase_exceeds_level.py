"""LG211: an increase at least as large as the level it is stated with (the prior would be zero or negative).
Phrasings written for the rule (other names and numbers than any report's); each wrong one once with a consistent
twin, and traps where an increase may exceed its level."""
import pytest

from fresh_set import codes

PAIRS = [
    ("今年区财政安排卫生健康支出18.4亿元，比上年增加2.6亿元。", "今年区财政安排卫生健康支出18.4亿元，比上年增加26亿元。"),
    ("全区蔬菜产量46.8万吨，增产3.2万吨。", "全区蔬菜产量46.8万吨，增产53.2万吨。"),
    ("全市城乡居民每百户拥有空调132台，比2018年增加41台。", "全市城乡居民每百户拥有空调132台，比2018年增加141台。"),
    ("全年共受理劳动人事争议案件2,316件，同比增加418件。", "全年共受理劳动人事争议案件2,316件，同比增加4,180件。"),
    ("年末全市公共图书馆藏书达到612万册，较上年增加38万册。", "年末全市公共图书馆藏书达到612万册，较上年增加638万册。"),
    ("全市注册志愿者八万六千人，比上年增加一万二千人。", "全市注册志愿者八万六千人，比上年增加九万二千人。"),
    ("全县森林面积达到126.5万亩，比2020年增加8.3万亩。", "全县森林面积达到126.5万亩，比2020年增加128.3万亩。"),
]

SILENT = [
    "全年规模以上工业企业实现利润总额3.2亿元，比上年增加5.6亿元。",       # last year a loss
    "全年外贸顺差86亿元，比上年增加120亿元。",                                # a balance: may have been a deficit
    "新增城镇就业1.6万人，比上年多增2.1万人。",                               # 多增: a change of a flow
    "全年新增市场主体1.1万户，五年累计增加4.8万户。",                          # 累计: another period
    "全年完成投资约50亿元，比上年增加60亿元以上。",                             # approximate
    "全市地区生产总值1,200亿元，其中第三产业增加值680亿元，比上年增加800亿元。",  # 其中: whose increase?
    "全年净增市场主体0.8万户，比上年增加1.2万户。",                            # a net flow
    "全年发放城乡居民养老金12亿元、医保补助18亿元，合计比上年增加22亿元。",       # the increase of a sum
]


@pytest.mark.parametrize("good,bad", PAIRS)
def test_wrong_increase_is_found(good, bad):
    assert codes(good) == []
    # (a level reached with 达到 is also a stock the increase was added to: LG103 reports that one)
    assert {"LG211", "LG103"} & set(codes(bad))


@pytest.mark.parametrize("text", SILENT)
def test_increase_that_may_exceed_its_level_is_silent(text):
    assert "LG211" not in codes(text)


def test_a_level_reached_and_its_increase_is_reported_once():
    """达到N家，比上年增加M家 is also an addition to the stock (LG103): one finding, not two."""
    got = codes("全市高新技术企业达到201家，比上年增加220家。")
    assert got.count("LG103") + got.count("LG211") == 1
