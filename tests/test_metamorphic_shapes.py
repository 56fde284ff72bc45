"""Shapes the metamorphic bench (benches/metamorphic.py) showed the rules lost under a meaning-preserving rewrite,
tested with phrasings written for the test (names and numbers of my own, two modelled on corpus sentences):

* a bracket opening with 含/包含 breaks the count before it down as （其中 does (LG103: a part larger than its whole, a
  complete split that does not add up) — never 不含, 含义, a bare （含）;
* 达到 between a name and its figure states a level as 达 does: a whole or a part after 达到 is still read (LG103);
  由…增加到 stays the end of a change;
* 出生率/死亡率 read as the quantity service reads the rate, in any numerals (９．５６‰, 千分之九点五六: LG108).
Consistent statements and the traps next to each shape stay silent."""
import pytest

from fresh_set import codes

FOUND_LG103 = [
    # 含 brackets: a part larger than its whole
    "民用汽车保有量326.4万辆，增长6.1%（含私人汽车401.2万辆）。",
    "各项贷款余额512.3亿元（含住户贷款余额620.5亿元），比年初增加41.2亿元。",
    "建成保障性住房1,240套（包含公租房1,530套）。",
    # 含 brackets: a complete split (城镇/乡村, three sectors, board listings) that does not add up
    "年末户籍人口62.4万人（含城镇人口21.3万人，乡村人口31.1万人）。",
    "全区生产总值986.5亿元，增长5.2%（含：第一产业增加值61.2亿元，第二产业增加值402.7亿元，第三产业增加值422.6亿元）。",
    "境内上市公司88家（含主板公司41家，创业板公司19家，科创板公司6家，北交所公司2家）。",
    # 达到 before the whole and before the parts
    "全年发生各类生产安全事故达到45起，其中，工矿商贸事故26起，道路运输事故23起。",
    "年末5G基站数达到12.6万个，其中市区基站达到7.4万个，县域基站达到6.1万个。",
    "全市卫生技术人员达到8.2万人。其中，执业（助理）医师达到3.1万人，注册护士达到5.6万人。",
    "全年粮食总产量达到186.4万吨，其中：夏粮达到92.1万吨，秋粮达到98.7万吨。",
    "私人汽车保有量达到208万辆，其中轿车达到231万辆。",
]

SILENT_LG103 = [
    "民用汽车保有量326.4万辆，增长6.1%（含私人汽车301.2万辆）。",
    "实施3个项目（含子项目12个）。",                                        # things inside the things counted
    "建成8个服务中心（含服务站点30个）。",
    "年末户籍人口52.4万人（含城镇人口21.3万人，乡村人口31.1万人）。",
    "境内上市公司68家（含主板公司41家，创业板公司19家，科创板公司6家，北交所公司2家）。",
    "全区生产总值886.5亿元，增长5.2%（含：第一产业增加值61.2亿元，第二产业增加值402.7亿元，第三产业增加值422.6亿元）。",
    "新建学校12所（含义务教育学校8所），新增学位9,600个。",              # 含义: not a bracket of parts (8 ≤ 12 anyway)
    "完成固定资产投资320亿元（含税），其中工业投资118亿元。",               # a bare 含税
    "建成公租房1,240套（不含人才住房1,530套）。",                          # 不含: excluded, not a part
    "全年发生各类生产安全事故达到45起，其中，工矿商贸事故26起，道路运输事故19起。",
    "年末5G基站数达到14.6万个，其中市区基站达到7.4万个，县域基站达到6.1万个。",
    "基站数由12.6万个增加到14.6万个，其中市区基站7.4万个，县域基站6.1万个。",   # 增加到: the end level is the whole
    "常住人口由52.1万人增加到58.3万人，其中城镇人口达到55.0万人。",          # more than the start, not the end level
]


@pytest.mark.parametrize("text", FOUND_LG103)
def test_found_lg103(text):
    assert "LG103" in codes(text), text


@pytest.mark.parametrize("text", SILENT_LG103)
def test_silent_lg103(text):
    assert "LG103" not in codes(text), text


POP = "年末常住人口512,830人，比上年末增加1,260人。"
FOUND_LG108 = [
    POP + "全年出生人口4,812人，出生率为１０．２６‰。",
    POP + "全年出生人口４８１２人，出生率为１１．３８‰。",
    POP + "全年出生人口4,812人，出生率为千分之十点二六。",
    POP + "全年死亡人口3,905人，死亡率达千分之九点一二。",
    POP + "全年死亡人口3,905人，死亡率9.61‰。",
]
SILENT_LG108 = [
    POP + "全年出生人口4,812人，出生率为９．３９‰。",
    POP + "全年出生人口4,812人，出生率为千分之九点三九。",
    POP + "全年死亡人口3,905人，死亡率达千分之七点六二。",
    POP + "全年出生人口4,812人，出生率约为千分之十。",                       # a round approximation: not checked as exact
    POP + "全年出生人口4,812人，政策范围内生育率达千分之九十九。",            # another rate
]


@pytest.mark.parametrize("text", FOUND_LG108)
def test_found_lg108(text):
    assert "LG108" in codes(text), text


@pytest.mark.parametrize("text", SILENT_LG108)
def test_silent_lg108(text):
    assert "LG108" not in codes(text), text


# the three vital rates in a sentence each (出生率…。死亡率…。自然增长率…): LG209 as within one sentence
FOUND_LG209 = [
    "全年出生人口2.41万人，出生率8.12‰。死亡人口2.05万人，死亡率6.90‰。自然增长率2.92‰。",
    "全年出生率为8.12‰。死亡率为6.90‰。人口自然增长率为0.22‰。",
    "出生率为8.12‰，比上年下降0.64个千分点。死亡率为6.90‰，上升0.31个千分点。自然增长率为1.22‰，下降0.33个千分点。",
    "全年出生率为8.12‰；死亡率为6.90‰。人口自然增长率为2.12‰。",
    "全市出生率8.12‰。全市死亡率6.90‰，自然增长率3.22‰。",
]
SILENT_LG209 = [
    "全年出生人口2.41万人，出生率8.12‰。死亡人口2.05万人，死亡率6.90‰。自然增长率1.22‰。",
    "出生率为8.12‰，比上年下降0.64个千分点。死亡率为6.90‰，上升0.31个千分点。自然增长率为1.22‰，下降0.95个千分点。",
    "全年出生率为8.12‰。\n死亡率为6.90‰。人口自然增长率为2.12‰。",           # another paragraph: not read as one statement
    "全年出生率为8.12‰。死亡率为6.90‰。城镇人口自然增长率为1.22‰。",
]


@pytest.mark.parametrize("text", FOUND_LG209)
def test_found_lg209(text):
    assert "LG209" in codes(text), text


@pytest.mark.parametrize("text", SILENT_LG209)
def test_silent_lg209(text):
    assert "LG209" not in codes(text), text


# a share closing its sentence, the next sentence a parallel item with a share of its own: never its whole (LG101)
SILENT_LG101 = [
    "今年，教育支出28.4亿元，占23%。医疗卫生支出11.9亿元，占10%。公共安全支出14.7亿元，占12%。",
    "全年招商引资项目中，制造业项目46个，占比38%。服务业项目52个，占比43%。",
    "出口企业中，民营企业1,260家，占72.4%。外资企业318家，占18.3%。",
    "网上办理事项4,120件，占比不足六成。全年共办理事项8,860件。",
]
FOUND_LG101 = [
    "网上办理事项4,120件，占比不足六成。全年共办理事项5,860件。",             # the whole named as a total: still read
    "行政复议纠错率为12.5%。全年共审结行政复议案件480件，其中直接纠错72件。",
    "全年受理行政复议案件900件，其中涉企案件530件，占比超过六成。",
    "直接纠错60件，纠错率为15.5%，全年审结480件。",
]


@pytest.mark.parametrize("text", SILENT_LG101)
def test_silent_lg101(text):
    assert "LG101" not in codes(text), text


@pytest.mark.parametrize("text", FOUND_LG101)
def test_found_lg101(text):
    assert "LG101" in codes(text), text


# a complete breakdown that goes on in the next sentences of its paragraph (。其中，出口…。进口…。): LG103 as across ；
FOUND_SPLIT = [
    "全年外贸进出口总额1,260.4亿元，比上年增长8.2%。其中，出口额812.3亿元，增长9.1%。进口额318.1亿元，增长6.4%。",
    "全年地区生产总值2,845.6亿元，增长5.1%。其中，第一产业增加值221.4亿元，增长3.2%。第二产业增加值1,102.7亿元，"
    "增长5.9%。第三产业增加值1,421.5亿元，增长4.8%。",
    "全年社会消费品零售总额986.2亿元，比上年增长6.0%。按经营地统计，城镇消费品零售额712.4亿元，增长6.1%。"
    "乡村消费品零售额173.8亿元，增长5.6%。",
    "年末常住人口412.6万人。其中，城镇人口281.2万人。乡村人口141.4万人。",
    "全年猪牛羊禽肉产量58.4万吨，增长3.1%。其中，猪肉产量31.2万吨。牛肉产量4.6万吨。羊肉产量1.9万吨。禽肉产量12.7万吨。",
]
SILENT_SPLIT = [
    "全年外贸进出口总额1,130.4亿元，比上年增长8.2%。其中，出口额812.3亿元，增长9.1%。进口额318.1亿元，增长6.4%。",
    "全年社会消费品零售总额886.2亿元，比上年增长6.0%。按经营地统计，城镇消费品零售额712.4亿元，增长6.1%。"
    "乡村消费品零售额173.8亿元，增长5.6%。",
    "全年外贸进出口总额1,260.4亿元，比上年增长8.2%。其中，出口额812.3亿元，增长9.1%。全年进口额318.1亿元。",  # a new total
    "全年外贸进出口总额1,260.4亿元，比上年增长8.2%。其中，出口额812.3亿元。实际利用外资318.1亿元。",   # not the other side
    "全年外贸进出口总额1,260.4亿元，比上年增长8.2%。其中，出口额812.3亿元。\n进口额318.1亿元。",          # another paragraph
    "年末常住人口412.6万人。其中，城镇人口281.2万人。上年乡村人口141.4万人。",
]


@pytest.mark.parametrize("text", FOUND_SPLIT)
def test_found_split_across_sentences(text):
    assert "LG103" in codes(text), text


@pytest.mark.parametrize("text", SILENT_SPLIT)
def test_silent_split_across_sentences(text):
    assert "LG103" not in codes(text), text


# 达 between a name and its figure (the quantity service holds 达 in the figure's span): a total named by its parts'
# characters is still read after 达/为 (LG103)
FOUND_COMPOUND = [
    "在校学生达8.42万人，教职工达0.71万人，专任教师达0.58万人，师生总人数达12.36万人。",
    "在校学生8.42万人，专任教师0.58万人，师生总人数为11.36万人。",
    "小学生达3.1万人，中学生达2.4万人，中小学生总数达7.2万人。",
    "城镇居民参保42.6万人，乡村居民参保61.3万人，城乡居民合计达113.9万人。",
    "全年外贸进出口总额1,260.4亿元。其中，出口额达812.3亿元，增长9.1%。进口额达318.1亿元，增长6.4%。",
]
SILENT_COMPOUND = [
    "在校学生达8.42万人，教职工达0.71万人，专任教师达0.58万人，师生总人数达9.00万人。",
    "在校学生8.42万人，专任教师0.58万人，师生总人数为9.00万人。",
    "小学生达3.1万人，中学生达2.4万人，中小学生总数达5.5万人。",
    "在校学生达8.42万人，师生比为14.5:1。",                                 # a ratio, no total
]


@pytest.mark.parametrize("text", FOUND_COMPOUND)
def test_found_compound_total(text):
    assert "LG103" in codes(text), text


@pytest.mark.parametrize("text", SILENT_COMPOUND)
def test_silent_compound_total(text):
    assert "LG103" not in codes(text), text


# Chinese numerals the quantity service now reads: after 以上 (市级以上二十九家) and after a noun ending in 数 when the
# numeral is not a round "several" (户数十五万七千零七十九户; 数十万人 stays unread)
def _quantities(text):
    from fresh_set import REG
    from lintgov.engine import read_document
    d = read_document("x.txt", "x.txt", REG, text.encode("utf-8"))
    return [(text[q.start:q.end], q.value) for q in d.quantities]


@pytest.mark.parametrize("text,figure,value", [
    ("其中市级以上二十九家", "二十九家", 29),
    ("其中省级及以上十二个", "十二个", 12),
    ("户籍户数十五万七千零七十九户", "十五万七千零七十九户", 157079),
    ("在校学生人数三千二百一十人", "三千二百一十人", 3210),
    ("案件数一百二十三件", "一百二十三件", 123),
])
def test_chinese_numerals_read(text, figure, value):
    assert (figure, value) in _quantities(text)


@pytest.mark.parametrize("text", ["吸引数十万人参与", "成千上万人", "惠及数百家企业", "上三个月", "户数十万户"])
def test_chinese_numerals_not_read(text):
    assert _quantities(text) == []


FOUND_CN = [
    "新增企业二十二家，其中市级以上二十九家。",
    "全区户籍户数十五万七千零七十九户，其中乡村户二十万四千二百零三户。",
    "全年审结案件三百件，其中维持四百八十件。",
    "培育专精特新企业四十家，其中省级以上五十二家。",
    "全县户数十二万三千户，其中城镇户数八万一千户，乡村户数五万二千户。",
]
SILENT_CN = [
    "新增企业二十二家，其中市级以上十九家。",
    "全区户籍户数十五万七千零七十九户，其中乡村户十万四千二百零三户。",
    "全县户数十二万三千户，其中城镇户数七万一千户，乡村户数五万二千户。",
    "吸引数十万人参与，其中青少年三万人。",
]


@pytest.mark.parametrize("text", FOUND_CN)
def test_found_chinese_numerals(text):
    assert "LG103" in codes(text), text


@pytest.mark.parametrize("text", SILENT_CN)
def test_silent_chinese_numerals(text):
    assert "LG103" not in codes(text), text


# the whole's growth between it and 其中, however it is printed (了, Chinese numerals, full width), and a 其中 opening
# the next sentence or a bracket after that growth: the count right before is still the whole (LG103)
FOUND_GAP = [
    "民用汽车保有量326.4万辆，增长了6.1%，其中私人汽车401.2万辆。",
    "民用汽车保有量326.4万辆，增长百分之六点一，其中私人汽车401.2万辆。",
    "民用汽车保有量３２６．４万辆，增长６．１％，其中私人汽车４０１．２万辆。",
    "全口径税收收入286亿元，增长8.6%（其中区级税收收入312亿元）。",
    "全口径税收收入286亿元，增长8.6%。其中，区级税收收入312亿元。",
    "全年一般公共预算收入186.2亿元。其中，税收收入201.5亿元。",
    # a part in another measure than the count right before 其中: the nearest count of its own measure, also past the
    # bracket or the 。 of a 其中 that opens its sentence
    "新增市场主体3,120户，认缴资本总额286.4亿元，增长21.5%。其中，注册资本过亿元的企业3,560户。",
    "新增市场主体3,120户，认缴资本总额286.4亿元，增长21.5%（其中注册资本过亿元的企业3,560户）。",
    "新设立外资企业216家，合同外资总额18.6亿美元。其中，合同外资千万美元以上企业230家。",
]
SILENT_GAP = [
    "民用汽车保有量326.4万辆，增长了6.1%，其中私人汽车301.2万辆。",
    "民用汽车保有量３２６．４万辆，增长６．１％，其中私人汽车３０１．２万辆。",
    "全口径税收收入286亿元，增长8.6%。其中，区级税收收入212亿元。",
    "全年一般公共预算收入186.2亿元。其中，税收收入141.5亿元。",
    "全市生产总值980亿元，增长6%。全年新增项目120个。其中，亿元以上项目80个。",
    "完成投资500亿元，新开工项目120个。其中，工业项目86个。",
    "新增市场主体3,120户，认缴资本总额286.4亿元，增长21.5%。其中，注册资本过亿元的企业312户。",
    "全县共有村卫生室126家，医务室3家，个体诊所45个（含联合诊所5家）。",    # the bracket breaks down 45个, not 3家
    "新设立外资企业216家，合同外资总额18.6亿美元。其中，合同外资千万美元以上企业23家。",
    # 。其中 after a sentence of two figures of the measure: it may break down either
    "全县完成工业总产值186.2亿元，增长9.0%，完成工业增加值45.3亿元，增长8.1%。其中规模以上工业企业完成工业总产值172.4亿元。",
]


@pytest.mark.parametrize("text", FOUND_GAP)
def test_found_growth_gap(text):
    assert "LG103" in codes(text), text


@pytest.mark.parametrize("text", SILENT_GAP)
def test_silent_growth_gap(text):
    assert "LG103" not in codes(text), text
