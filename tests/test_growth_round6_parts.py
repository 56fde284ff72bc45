"""Issue 10, growth round 6: each grammar part this round added, in other words than the fresh set's
(``tests/growth_round6_set.py``) — phrasings written for the part, each consistent (silent) and with one wrong figure
(found), and consistent traps of the same shape that must stay silent."""
import pytest

from fresh_set import codes

GWR = "2024年政府工作报告\n各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议。\n一、2023年工作回顾\n"

#: (wrong, consistent) pairs: the wrong one is found, the consistent one silent
PARTS = [
    # last year's level in a bracket right after each item of a list, one 分别 list of changes after them
    ("全市货物进口312.4亿元（上年296.1亿元）、货物出口486.3亿元（上年450.2亿元），分别增长5.5%和11.0%。",
     "全市货物进口312.4亿元（上年296.1亿元）、货物出口486.3亿元（上年450.2亿元），分别增长5.5%和8.0%。"),
    ("受理信访事项2,412件（去年2,150件）、办结2,380件（去年2,090件），分别增长12.2%、18.9%。",
     "受理信访事项2,412件（去年2,150件）、办结2,380件（去年2,090件），分别增长12.2%、13.9%。"),
    ("粮食产量86.2万吨（上年为84.5万吨）、蔬菜产量152.6万吨（上年为146.8万吨）、水果产量38.4万吨（上年为37.9万吨），"
     "分别增长2.0%、4.0%和3.3%。",
     "粮食产量86.2万吨（上年为84.5万吨）、蔬菜产量152.6万吨（上年为146.8万吨）、水果产量38.4万吨（上年为37.9万吨），"
     "分别增长2.0%、4.0%和1.3%。"),
    ("上半年实现税收收入46.8亿元（上年同期42.1亿元）、非税收入12.4亿元（上年同期13.6亿元），同比分别增长11.2%和下降4.8%。",
     "上半年实现税收收入46.8亿元（上年同期42.1亿元）、非税收入12.4亿元（上年同期13.6亿元），同比分别增长11.2%和下降8.8%。"),
    (GWR + "全年签订技术合同1,862项（2022年1,640项）、成交额52.6亿元（2022年45.3亿元），分别增长13.5%和19.1%。",
     GWR + "全年签订技术合同1,862项（2022年1,640项）、成交额52.6亿元（2022年45.3亿元），分别增长13.5%和16.1%。"),
    # last year's values as a list after the changes under the year's own label (2022年分别为 in a report on 2023)
    (GWR + "城镇和农村居民人均可支配收入分别为48,620元、26,380元，分别增长5.6%和9.1%，2022年分别为46,042元、24,630元。",
     GWR + "城镇和农村居民人均可支配收入分别为48,620元、26,380元，分别增长5.6%和7.1%，2022年分别为46,042元、24,630元。"),
    (GWR + "全市受理、审结行政复议案件分别为1,420件、1,365件，同比分别增长9.2%和13.8%；2022年分别为1,300件、1,240件。",
     GWR + "全市受理、审结行政复议案件分别为1,420件、1,365件，同比分别增长9.2%和10.1%；2022年分别为1,300件、1,240件。"),    # a 分别 list of differences, then a 分别 list of changes: each change over the value its difference is of
    ("全年发生火灾286起、死亡12人，比上年分别减少34起、3人，分别下降10.6%和30.0%。",
     "全年发生火灾286起、死亡12人，比上年分别减少34起、3人，分别下降10.6%和20.0%。"),
    ("全年新登记企业1.86万户、个体工商户3.42万户，同比分别增加0.24万户、0.38万户，分别增长14.8%和16.5%。",
     "全年新登记企业1.86万户、个体工商户3.42万户，同比分别增加0.24万户、0.38万户，分别增长14.8%和12.5%。"),
    ("受理案件1,320件、办结1,180件，比上年分别增加120件、80件，分别增长10.0%和9.3%。",
     "受理案件1,320件、办结1,180件，比上年分别增加120件、80件，分别增长10.0%和7.3%。"),    # a part of the year's level and its 同比 growth, 上年同期 in the next sentence (the same part of last year)
    ("上半年，全区限上批发零售业销售额286.4亿元，同比增长16.3%。上年同期为255.0亿元。",
     "上半年，全区限上批发零售业销售额286.4亿元，同比增长12.3%。上年同期为255.0亿元。"),
    ("1—9月，全市办理不动产登记业务12.6万件，同比下降9.7%。去年同期为13.5万件。",
     "1—9月，全市办理不动产登记业务12.6万件，同比下降6.7%。去年同期为13.5万件。"),
    ("前三季度全市接待游客2,860万人次，比上年同期增长28.2%。上年同期全市接待游客2,420万人次。",
     "前三季度全市接待游客2,860万人次，比上年同期增长18.2%。上年同期全市接待游客2,420万人次。"),    # 比年初 (a stock against its level at the start of the year): the difference gives that level
    ("6月末，全市金融机构本外币存款余额5,862亿元，比年初增加426亿元，增长9.8%。",
     "6月末，全市金融机构本外币存款余额5,862亿元，比年初增加426亿元，增长7.8%。"),
    ("年末全市实有经营主体41.2万户，较年初净增3.6万户，增长12.6%。",
     "年末全市实有经营主体41.2万户，较年初净增3.6万户，增长9.6%。"),
    ("年末各项贷款余额3,260亿元，比年初增长14.4%，增加334亿元。",
     "年末各项贷款余额3,260亿元，比年初增长11.4%，增加334亿元。"),    # the value reached by 增加到/降至 (a level), last year's level stated apart (the next sentence, or before)
    ("全市城市公园数量增加到186个，比上年增加22个。上年全市城市公园174个。",
     "全市城市公园数量增加到186个，比上年增加12个。上年全市城市公园174个。"),
    ("全年接待游客提高到3,260万人次，比上年增长16.4%。上年接待游客2,900万人次。",
     "全年接待游客提高到3,260万人次，比上年增长12.4%。上年接待游客2,900万人次。"),
    ("全市行政复议案件下降至1,180件，比上年减少106件。上年全市行政复议案件1,276件。",
     "全市行政复议案件下降至1,180件，比上年减少96件。上年全市行政复议案件1,276件。"),
    ("上年全市共有养老机构126家。\n全市养老机构增至142家，比上年增加26家。",
     "上年全市共有养老机构126家。\n全市养老机构增至142家，比上年增加16家。"),    # points against a target or last year's rate stated after them without a verb (（目标6%）, ，上年增速9.0%)
    ("全市一般公共预算收入增长6.8%，高于年度预期目标1.8个百分点（目标6%）。",
     "全市一般公共预算收入增长6.8%，高于年度预期目标0.8个百分点（目标6%）。"),
    ("全年居民消费价格上涨1.6%，低于调控目标2.4个百分点（调控目标为3%）。",
     "全年居民消费价格上涨1.6%，低于调控目标1.4个百分点（调控目标为3%）。"),
    ("全区规上工业总产值增长7.8%，增速比上年回落2.2个百分点，上年增速9.0%。",
     "全区规上工业总产值增长7.8%，增速比上年回落1.2个百分点，上年增速9.0%。"),
    ("全市居民人均可支配收入增长6.2%，增幅比上年提高1.9个百分点，上年增幅为5.3%。",
     "全市居民人均可支配收入增长6.2%，增幅比上年提高0.9个百分点，上年增幅为5.3%。"),    # 是/为/相当于上年的N倍 before the value reached by 达到, last year's value after it
    ("全市新能源汽车销量是上年的2.8倍，达到3.6万辆，上年为2.0万辆。",
     "全市新能源汽车销量是上年的1.8倍，达到3.6万辆，上年为2.0万辆。"),
    (GWR + "全年跨境电商进出口额为2022年的3.5倍，达126.5亿元（2022年为50.6亿元）。",
     GWR + "全年跨境电商进出口额为2022年的2.5倍，达126.5亿元（2022年为50.6亿元）。"),
    ("光伏装机容量相当于上年的4倍，达到48万千瓦，上年为16万千瓦。",
     "光伏装机容量相当于上年的3倍，达到48万千瓦，上年为16万千瓦。"),
    (GWR + "全市新能源汽车销量达到3.6万辆，是上年的2.8倍，2022年为2.0万辆。",
     GWR + "全市新能源汽车销量达到3.6万辆，是上年的1.8倍，2022年为2.0万辆。"),    # 翻番 after a span of N years, the base year's value right after (the year N years before the figures' year)
    (GWR + "全市高新技术企业达到2,460家，五年翻了一番多。2018年为1,320家。",
     GWR + "全市高新技术企业达到2,460家，五年翻了一番多。2018年为1,020家。"),
    (GWR + "全县农村居民人均可支配收入达到2.86万元，十年翻了一番（2013年为1.81万元）。",
     GWR + "全县农村居民人均可支配收入达到2.86万元，十年翻了一番（2013年为1.41万元）。"),
    # (below ×2 it cannot be a real doubling either)
    (GWR + "全市地区生产总值达到2,860亿元，十年翻了一番。2013年为1,560亿元。",
     GWR + "全市地区生产总值达到2,860亿元，十年翻了一番。2013年为1,260亿元。"),
    ("全市快递业务量达到12.8亿件，五年翻了两番。2018年全市快递业务量4.1亿件。",
     "全市快递业务量达到12.8亿件，五年翻了两番。2018年全市快递业务量3.1亿件。"),
]

#: consistent statements of the same shapes that must stay silent
SILENT = [
    # another year than the span names, another measure, real growth
    GWR + "全市高新技术企业达到2,460家，五年翻了一番多。2015年为520家。",
    "全市快递业务量达到12.8亿件，五年翻了两番。2018年全市快递网点1,200个。",
    # a doubling of a real-growth metric: nominal levels above ×2 (prices rose) are no evidence against it
    GWR + "全市地区生产总值达到2,860亿元，十年翻了一番。2013年为1,260亿元。",
    "全市地区生产总值由1,260亿元增加到2,860亿元，翻了一番。",
    # an earlier year's value after a multiple of last year's (was flagged LG205 before this round)
    GWR + "全市新能源汽车销量是上年的1.8倍，达到3.6万辆，2019年为0.9万辆。",
    GWR + "全市新能源汽车销量达到3.6万辆，是上年的1.8倍，2019年为0.9万辆。",
    # the multiple's subject reaches a share, not a level
    "全市跨境电商交易额是上年的2.4倍，达到全省的三成，上年为24.5亿元。",
    # the rate after the difference is of another body or year than the one compared with
    "全市城镇调查失业率4.9%，低于年度控制目标0.6个百分点（上年为5.2%）。",
    "全市居民消费价格上涨2.1%，涨幅比全省低0.3个百分点，上年涨幅2.7%。",
    # what was added last year, or an earlier year's level: not last year's level
    "全市城市公园数量增加到186个，比上年增加12个。上年新建城市公园8个。",
    "全市行政复议案件下降至1,180件，比上年减少96件。2019年全市行政复议案件1,520件。",
    # since the start of the year, then over the same month of last year: two bases
    "6月末，全市金融机构本外币存款余额5,862亿元，比年初增加426亿元，同比增长12.1%。",
    "年末各项贷款余额3,260亿元，同比增长13.0%，比年初增加334亿元。",
    # last year's whole-year level after a quarter's growth: not its base
    "一季度全市规上工业企业营业收入412.8亿元，同比增长9.6%。上年全年为1,520.6亿元。",
    "上半年，全区限上批发零售业销售额286.4亿元，同比增长12.3%。上年同期一季度为120.6亿元。",
    # the differences over another year than the changes (比2019年…，同比…): not one chain
    "全年发生火灾286起、死亡12人，比2019年分别减少50起、5人，同比分别下降10.6%和20.0%。",
    "全年发生火灾286起、死亡12人，比上年分别减少34起、3人，分别下降10.6%和20.0%。",
    # brackets that hold another figure, not last year's
    "全年新建公办幼儿园12所（新增学位3,600个）、中小学8所（新增学位9,200个），分别增长20.0%和14.3%。",
    # an earlier year than the basis names (2019 in a report on 2023): not the priors of a 分别 growth over last year
    GWR + "全市接待游客3,260万人次（2019年2,980万人次）、旅游收入286.4亿元（2019年262.5亿元），分别增长48.2%和52.6%。",
    GWR + "城镇和农村居民人均可支配收入分别为48,620元、26,380元，分别增长5.6%和7.1%，2019年分别为40,100元、20,050元。",
    # only one item with its bracket: the other's prior is not stated
    "全年进口额186.4亿元（上年172.5亿元）、出口额243.8亿元，分别增长8.1%和25.0%。",
]


@pytest.mark.parametrize("bad,good", PARTS)
def test_part_found_when_wrong(bad, good):
    assert codes(bad) != []


@pytest.mark.parametrize("bad,good", PARTS)
def test_part_silent_when_consistent(bad, good):
    assert codes(good) == []


@pytest.mark.parametrize("text", SILENT)
def test_trap_silent(text):
    assert codes(text) == []
