"""Shapes the round-9 labels (benches/validity/labels.jsonl, "round": 9: Shenzhen city and district reports) showed
LG103 did not read, tested with phrasings written for the test: things done out of a list counted right before it
(N项民生实事完成M项，还有K项…; N个城中村累计完成综合治理M个), a part its name implies in the clause after its whole (辖区
公共财政收入…，地方一般公共预算收入…; 进出口总额…，出口…), a part among a whole closed by 中 (N条河流中仍有M条…), and counts
after names dated by a year, counting levels (市、区、街道、社区四级) or with 公共 in a name.  Consistent statements and the
traps next to each shape stay silent."""
import pytest

from fresh_set import codes

SILENT = [
    # done out of a list
    "市政府确定的30项重点工作已完成28项，其余2项正在推进。",
    "年度45项改革任务完成43项。",
    "全区280个老旧小区累计完成改造260个。",
    "年度20件民生实事办结18件，还有2件正在办理。",
    "确定的50个民生项目完成46个，其余4个正抓紧推进。",
    "56件民生实事全部完成，新增学位2.1万个。",                     # no count of those done
    "10个街道完成改造1200个。",                                     # places that hold what was done
    "80个重点项目完成投资120亿元。",                                 # an amount, not things of the list
    "12个重点项目完成年度计划的115%。",
    "30项民生实事完成，另有5项正在推进。",
    # a part its name implies, in the next clause
    "全口径财政收入1280亿元，增长8.5%；地方一般公共预算收入512亿元，增长6.1%。",
    "全年实现辖区公共财政收入926.4亿元、地方一般公共预算收入318.7亿元。",
    "外贸进出口总额1860亿元，出口1120亿元。",
    "同口径税收收入110.47亿元、一般公共预算收入141.24亿元。",       # tax revenue holds no budget revenue
    "政府性基金收入86亿元，一般公共预算收入120亿元。",               # a fund revenue is no total
    "进出口总额860亿美元，出口总额5200亿元。",                       # another currency
    # a part among a whole closed by 中
    "全县126个行政村中，有118个实现集中供水。",
    "全市52条河流中仍有9条为劣V类水体。",
    "12名获奖者中，7人来自高校。",
    "全县30个村中，建成公园45个。",                                   # another noun after 中
    "12个街道中有社区86个。",
    # counts after names
    "2023年汽车、电子、装备三大产业增加值分别增长8%、5.2%和6.1%。",
    "建立省、市、县三级联动机制。",
    "全面推行市、区、街道、社区四级网格化管理。",
    "出台公共租赁住房、人才住房两大配套政策。",
    "市人民医院、妇幼保健院通过三级甲等医院评审。",                 # a grade of hospital, not a count
    "由中央和省、市、自治区两级举办。",                               # a 和 joins two groups
    "加快格尔木、德令哈3座35万千瓦光热电站建设。",                   # short names before facilities: their sites
]
WRONG = [
    "市政府确定的30项重点工作已完成32项，其余2项正在推进。",
    "年度45项改革任务完成48项。",
    "全区280个老旧小区累计完成改造300个。",
    "年度20件民生实事办结18件，还有4件正在办理。",
    "确定的50个民生项目完成46个，其余3个正抓紧推进。",
    "全口径财政收入1280亿元，增长8.5%；地方一般公共预算收入1512亿元，增长6.1%。",
    "全年实现辖区公共财政收入926.4亿元、地方一般公共预算收入1318.7亿元。",
    "外贸进出口总额1860亿元，出口2120亿元。",
    "全县126个行政村中，有138个实现集中供水。",
    "全市52条河流中仍有59条为劣V类水体。",
    "12名获奖者中，17人来自高校。",
    "2023年汽车、电子、装备四大产业增加值分别增长8%、5.2%和6.1%。",
    "建立省、市、县四级联动机制。",
    "全面推行市、区、街道、社区五级网格化管理。",
    "出台公共租赁住房、人才住房三大配套政策。",
]


@pytest.mark.parametrize("text", SILENT)
def test_silent(text):
    assert "LG103" not in codes(text), text


@pytest.mark.parametrize("text", WRONG)
def test_found(text):
    assert "LG103" in codes(text), text
