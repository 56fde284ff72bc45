"""Round 38 (bounds engineer): a threshold the level passed, said of its subject in the clause after it (LG105), and
counts above nested share thresholds (LG103 via claims.stocks.nested_thresholds), a growth said faster than the GDP's
printed in another sentence (LG209: 快于全市生产总值增速 in a city's report, 连续21个季度). Phrasings of our own."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


CITY = "政府工作报告\n各位代表：现在，我代表市人民政府，向大会报告工作。\n"
DISTRICT = "政府工作报告\n各位代表：现在，我代表福田区人民政府，向大会报告工作。\n"


def codes(text):
    return [f.code for f in lint_text(text, RULES, registry=REG)]


FOUND = [
    ("全省地区生产总值达到8.62万亿元、增长5.1%，是全国首个突破9万亿元的省份。", "LG105"),
    ("全市累计拥有国家级高新技术企业96家，成为全省首个突破百家的地级市。", "LG105"),
    ("全区社会消费品零售总额达1870亿元，成为全市唯一跨越2000亿元大关的区。", "LG105"),
    ("先进制造业增加值占规上工业比重达58.3%，是自2015年建区以来首次突破60%。", "LG105"),
    ("外贸进出口总额4512亿元，同比增长6.2%，成为全国第三个突破5000亿元的城市。", "LG105"),
    # several scopes and ranks joined by 、, 过 and the subject's noun with no 的
    ("全省地区生产总值达到8.3万亿元，成为全国第五个、中部第一个过9万亿元省份。", "LG105"),
    # a metric word between the rank and the verb that the level's own clause names
    ("全市外贸出口865亿美元，成为全国首个出口超千亿美元的城市。", "LG105"),
    # a 近 part of a whole with the rest: 近X is at least 0.9X
    ("梳理规范性文件3100件，已废止近1500件，其余1900余件正在修订。", "LG103"),
    ("辖区工业产品中占全省比重100%达21种，占比80%以上达17种，占比50%以上达40种。", "LG103"),
    ("全省主要工业产品中，占全国比重超过10%的有31种、超过20%的有36种。", "LG103"),
    # 快于/高于 the GDP growth printed in another sentence: the report's own scope word, a count of quarters in digits
    (CITY + "全年实现生产总值增长4.8%。居民人均可支配收入增长4%，继续快于全市生产总值增速。", "LG209"),
    ("实现地区生产总值4300亿元，增长9.6%。高新技术产业增加值增长8%，连续21个季度高于GDP增速。", "LG209"),
]

SILENT = [
    CITY + "全年实现生产总值增长1.7%。居民人均可支配收入增长4%，继续快于全市生产总值增速。",
    "实现地区生产总值4300亿元，增长7.2%。高新技术产业增加值增长8%，连续21个季度高于GDP增速。",
    # in a district's report 全市 names the city's GDP, not printed as the report's
    DISTRICT + "全年实现生产总值增长4.8%。居民人均可支配收入增长4%，继续快于全市生产总值增速。",
    "全省地区生产总值达到9.62万亿元、增长5.1%，是全国首个突破9万亿元的省份。",
    "全市累计拥有国家级高新技术企业106家，成为全省首个突破百家的地级市。",
    "全区社会消费品零售总额达2070亿元，成为全市唯一跨越2000亿元大关的区。",
    "先进制造业增加值占规上工业比重达61.3%，是自2015年建区以来首次突破60%。",
    # another subject before 成为: another city's total
    "全省地区生产总值达3.4万亿元、同比增长6%，南州成为我省第二个经济总量过万亿元城市。",
    # a metric named between 首个 and the bound: another figure
    "全省地区生产总值达1.24万亿元、同比增长8%，是全国首个人均生产总值突破2万美元的省份。",
    "全省地区生产总值达1.24万亿元，是全国首个进出口总额突破2万亿元的省份。",
    "全省地区生产总值达到9.3万亿元，成为全国第五个、中部第一个过9万亿元省份。",
    "全市外贸出口1065亿美元，成为全国首个出口超千亿美元的城市。",
    # a metric word the level's clause does not name: another figure
    "全市地区生产总值915亿元，成为全省首个出口超千亿元的城市。",
    "梳理规范性文件3100件，已废止近1200件，其余1900余件正在修订。",
    "全市过亿元项目86个，总投资1200亿元。",
    # nested shares read in their direction; exact shares are no nesting
    "辖区工业产品中占全省比重100%达21种，占比80%以上达27种，占比50%以上达40种。",
    "辖区工业产品中占全省比重50%达21种，占比80%达17种。",
    "全省主要工业产品中，占全国比重超过10%的有31种、超过20%的有16种、超过30%的有9种。",
    # a lower share that is exact: the products above the higher share are not among them
    "辖区工业产品中占全省比重50%达14种，占比80%以上达29种。",
]


@pytest.mark.parametrize("text,code", FOUND)
def test_found(text, code):
    assert code in codes(text)


@pytest.mark.parametrize("text", SILENT)
def test_silent(text):
    assert codes(text) == []
