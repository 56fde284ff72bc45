"""Shapes the round-9 labels (benches/validity/labels.jsonl, "round": 9: Shenzhen city and district reports) showed
LG103 did not read, tested with phrasings written for the test: things done out of a list counted right before it
(N项民生实事完成M项，还有K项…; N个城中村累计完成综合治理M个), a part its name implies in the clause after its whole (辖区
公共财政收入…，地方一般公共预算收入…; 进出口总额…，出口…), a part among a whole closed by 中 (N条河流中仍有M条…), and counts
after names dated by a year, counting levels (市、区、街道、社区四级) or with 公共 in a name, additions whose names are listed and closed by 等 or whose total is named as two kinds
(国际友城和友好交流城市达54个), and the fiscal names of a 分别 list (LG103); a bound written as a
Chinese numeral before its magnitude or in quotes (突破两千亿，达…; 突破“百亿”大关，达到…: LG105); shares listed inside the
structure they make up (…占40%、…占40%、…占20%的供应结构: LG107).  Consistent statements and the traps next to each shape
stay silent."""
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
    "全口径财政收入、地方一般公共预算收入分别达到860亿元、312亿元。",   # names before 分别, values after
    "工业增加值、地方财政一般预算收入和全口径财政收入跃上新台阶，分别为4050亿元、1106.8亿元和3507亿元。",
    "一般公共预算收入和政府性基金收入分别为320亿元和510亿元。",       # a fund revenue holds no budget revenue
    "出口、进口分别为3100亿元和2100亿元。",
    # additions: names listed before the count and closed by 等; a total named as two kinds, one the added
    "新增国家、省、市级重点实验室、工程中心、技术中心等176家，累计达955家。",
    "新增雅典、赫尔辛基、明斯克等10个国际友好交流城市，国际友城和友好交流城市达54个。",
    "新增公园12个，社区公园和街心花园达8个。",                        # neither kind is the added one
    "新增充电桩1200个，充电站和换电站达800个。",
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
    "全口径财政收入、地方一般公共预算收入分别达到860亿元、912亿元。",
    "工业增加值、地方财政一般预算收入和全口径财政收入跃上新台阶，分别为4050亿元、4559.1亿元和3507亿元。",
    "新增国家、省、市级重点实验室、工程中心、技术中心等1242家，累计达955家。",
    "新增雅典、赫尔辛基、明斯克等71个国际友好交流城市，国际友城和友好交流城市达54个。",
    "新增公园12个，公园和绿地达8个。",
    "全县126个行政村中，有138个实现集中供水。",
    "全市52条河流中仍有59条为劣V类水体。",
    "12名获奖者中，17人来自高校。",
    "2023年汽车、电子、装备四大产业增加值分别增长8%、5.2%和6.1%。",
    "建立省、市、县四级联动机制。",
    "全面推行市、区、街道、社区五级网格化管理。",
    "出台公共租赁住房、人才住房三大配套政策。",
]


BOUND_SILENT = [
    "上划中央收入首次突破千亿，达1180亿元。",
    "地区生产总值突破三千亿元，达到3423亿元。",
    "税收收入突破“百亿”大关，达到100.27亿元。",
    "进出口总额突破千亿美元，达到1173.99亿美元。",
    "全年接待游客突破两千万人次，同比增长12%。",                   # no exact figure beside the bound
]
BOUND_WRONG = [
    "上划中央收入首次突破两千亿，达1180亿元。",
    "地区生产总值突破四千亿元，达到3423亿元。",
    "税收收入突破“一百三十亿”大关，达到100.27亿元。",
    "全年接待游客突破五千万人次，达到4284万人次。",
]
STRUCT_SILENT = [
    "构建商品房占40%、政策性支持住房占40%、公租房占20%的供应结构。",
    "形成国有企业占30%、民营企业占60%、外资企业占10%的所有制结构。",
    "形成国有企业占30%、民营企业占60%的所有制结构。",                  # two items may leave some out
    "力争到2030年形成公办占50%、民办占30%、其他占10%的办学结构。",      # a plan
    "形成服务业占比超过60%、工业占35%的产业结构。",                      # a bound
]
STRUCT_WRONG = [
    "构建商品房占40%、政策性支持住房占40%、公租房占23%的供应结构。",
    "形成国有企业占30%、民营企业占50%、外资企业占10%的所有制结构。",
    "形成国有企业占50%、民营企业占60%的所有制结构。",
]


@pytest.mark.parametrize("text", BOUND_SILENT)
def test_bound_silent(text):
    assert "LG105" not in codes(text), text


@pytest.mark.parametrize("text", BOUND_WRONG)
def test_bound_found(text):
    assert "LG105" in codes(text), text


@pytest.mark.parametrize("text", STRUCT_SILENT)
def test_structure_silent(text):
    assert "LG107" not in codes(text), text


@pytest.mark.parametrize("text", STRUCT_WRONG)
def test_structure_found(text):
    assert "LG107" in codes(text), text


@pytest.mark.parametrize("text", SILENT)
def test_silent(text):
    assert "LG103" not in codes(text), text


@pytest.mark.parametrize("text", WRONG)
def test_found(text):
    assert "LG103" in codes(text), text
