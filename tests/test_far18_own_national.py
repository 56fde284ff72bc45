"""全国 is the State Council's own scope, as 全区 is a district's: in a report the State Council gives (我代表国务院…),
a share of 全国X is a share of the X the report states, named with or without 全国 (claims.stocks.own_scope_word,
claims.rates.is_own_scope). In a province's or a city's report 全国 stays a wider total, and 世界/全球 stay wider in
every report."""
import pytest

from conftest import consistency_codes

_GWR = "政府工作报告\n我代表国务院，向大会报告政府工作，请予审议。\n一、过去一年的工作\n"
_CITY = "政府工作报告\n我代表市人民政府，向大会报告政府工作，请予审议。\n一、过去一年的工作\n"


@pytest.mark.parametrize("good,bad", [
    # the whole stated without 全国, the share named with it
    ("全年进出口总额3252亿美元，增长9.8%。其中出口1828亿美元，占全国进出口总额的56.2%。",
     "全年进出口总额3252亿美元，增长9.8%。其中出口1828亿美元，占全国进出口总额的60.2%。"),
    # 1950s wording, numerals in words, the whole stated as the year's
    ("一九五六年完成基本建设投资一百四十亿元。其中工业部门的投资六十八亿元，占全国基本建设投资的百分之四十八点六。",
     "一九五六年完成基本建设投资一百四十亿元。其中工业部门的投资六十八亿元，占全国基本建设投资的百分之五十八点六。"),
    # 国家 names the country the State Council reports on: a share of the state budget stated without it
    ("一九五七年预算收入为三百一十亿元。其中农业税收入三十亿元，占国家预算收入的百分之九点七。",
     "一九五七年预算收入为三百一十亿元。其中农业税收入三十亿元，占国家预算收入的百分之十二点七。"),
    # a share of the country's grain, the whole stated as the year's
    ("全年粮食总产量4.9亿吨，其中十三个主产省份3.7亿吨，占全国粮食总产量的75.5%。",
     "全年粮食总产量4.9亿吨，其中十三个主产省份3.7亿吨，占全国粮食总产量的78.5%。"),
])
def test_share_of_the_whole_country_in_a_state_council_report(consistency_rules, good, bad):
    assert consistency_codes(consistency_rules, _GWR + good) == []
    assert consistency_codes(consistency_rules, _GWR + bad) != []


@pytest.mark.parametrize("text", [
    # a city's report: 全国 is wider than the city's own total
    _CITY + "全年进出口总额3252亿美元，增长9.8%。其中出口1828亿美元，占全国进出口总额的6.2%。",
    # 国家 in a province's report is the country, wider than the province
    "政府工作报告\n我代表省人民政府，向大会报告政府工作。\n一、过去一年的工作\n全年预算收入为310亿元。其中农业税收入30亿元，占国家预算收入的1.7%。",
    # the world is wider than any report's body
    _GWR + "高速铁路运营里程达1.6万公里，新建铁路投产里程8427公里，占世界的60%。",
    # two wholes the share could be of, one of them consistent: not ours to choose
    _GWR + "全年进出口总额3252亿美元，上年进出口总额2960亿美元。其中出口1828亿美元，占全国进出口总额的61.8%。",
])
def test_silent_when_the_whole_is_wider_or_uncertain(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == []
