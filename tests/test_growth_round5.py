"""Issue 10, growth round 5 (growth engineer, 2026-12-04 evening), on the fresh set in ``tests/growth_round5_set.py``:
every consistent statement (and every trap) gives no arithmetic or year-over-year finding; every statement with one
wrong figure gives one.  The set was written before the code of this round was changed; at main 08a6259 it measured
26/44 wrong statements found, 2/68 consistent statements flagged (two traps: a level with its decrease against an
earlier year and a 同比 growth, read as the growth over that year); after the round's grammar parts, 42/44 and 0/68 (the
set is no longer held out once the grammar was fixed to it).  Statements still missed are in ``KNOWN_MISSES``
and consistent statements still flagged in ``KNOWN_ALARMS``, marked xfail(strict): the day one is fixed, the test
says so."""
import pytest

from fresh_set import check_set_shape, codes, good_params, wrong_params
from growth_round5_set import SET

#: wrong statements no rule finds yet (why, in a few words)
KNOWN_MISSES = {
    "g5-09": "last year's level in an earlier paragraph under a longer name that adds 城镇 (a narrowing word: 城镇居民 is "
             "not 居民) to a flow (新增就业: its growth may be the stock's)",
    "g5-11": "今年以来 in the claim's sentence (the year to date, maybe part of it) against 去年 (the whole year): no base "
             "is taken, and the wrong variant is not provably wrong",
}
#: consistent statements still flagged (why)
KNOWN_ALARMS = {
}


@pytest.mark.parametrize("ident,family,good", good_params(SET, KNOWN_ALARMS))
def test_consistent_is_silent(ident, family, good):
    assert codes(good) == []


@pytest.mark.parametrize("ident,family,bad", wrong_params(SET, KNOWN_MISSES))
def test_wrong_is_found(ident, family, bad):
    assert codes(bad) != []


def test_the_set_is_large_and_paired():
    check_set_shape(SET, KNOWN_MISSES)


# -- each grammar part of the round in other words than the set's (written after the fixes) -----------------------------
GWR = "2024年政府工作报告\n各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议。\n一、2023年工作回顾\n"

#: (wrong, consistent) pairs: the wrong one is found, the consistent one silent
PARTS = [
    # two consecutive claims naming different bases: the second keeps its own (比2019年…，同比… is not one chain)
    ("全市火灾死亡人数减少到12人，比上年减少4人，同比下降35.0%。", "全市火灾死亡人数减少到12人，比上年减少4人，同比下降25.0%。"),
    (GWR + "全年安全生产事故起数下降至96起，比2022年减少24起，同比下降30.0%。",
     GWR + "全年安全生产事故起数下降至96起，比2022年减少24起，同比下降20.0%。"),
    # 比上年多/少 + the deed the difference counts
    ("全年引进亿元以上项目86个，比上年多引进16个，增长12.9%。", "全年引进亿元以上项目86个，比上年多引进16个，增长22.9%。"),
    ("全年发放创业担保贷款6.4亿元，较上年多发放1.2亿元，增长33.1%。", "全年发放创业担保贷款6.4亿元，较上年多发放1.2亿元，增长23.1%。"),
    # last year's additions named right after this year's
    ("全年新增科技型中小企业412家，上年新增350家，增长27.7%。", "全年新增科技型中小企业412家，上年新增350家，增长17.7%。"),
    # the value reached by 降至/减至 opening the claim after it
    ("刑事案件立案数降至3,120起，比上年减少480起，下降23.3%。", "刑事案件立案数降至3,120起，比上年减少480起，下降13.3%。"),
    ("化解信访积案减至58件，较上年减少22件，下降37.5%。", "化解信访积案减至58件，较上年减少22件，下降27.5%。"),
    # 由/从 + the year's label + 的A, then the change (the level before it, or reached after it)
    ("全市注册志愿者达到46.2万人，由上年的40.5万人增长24.1%。", "全市注册志愿者达到46.2万人，由上年的40.5万人增长14.1%。"),
    ("全市公共充电桩从上年的1.25万个增长32.4%，达到1.78万个。", "全市公共充电桩从上年的1.25万个增长42.4%，达到1.78万个。"),
    (GWR + "全市快递业务量达到8.6亿件，由2022年的7.1亿件增长31.1%。",
     GWR + "全市快递业务量达到8.6亿件，由2022年的7.1亿件增长21.1%。"),
    # the base in a bracket right after 翻番 / 增长N倍, the value reached after it or before the basis
    ("数字经济核心产业营业收入增长1.8倍（上年为52.0亿元），达到125.6亿元。",
     "数字经济核心产业营业收入增长1.4倍（上年为52.0亿元），达到125.6亿元。"),
    ("全市专精特新企业达到248家，比2020年翻了一番（2020年为86家）。", "全市专精特新企业达到248家，比2020年翻了一番多（2020年为86家）。"),
    (GWR + "全市跨境电商企业数量翻了一番多（2020年为340家），达到590家。",
     GWR + "全市跨境电商企业数量翻了一番多（2020年为260家），达到590家。"),
    ("全市新能源汽车保有量增长1.2倍（上年保有量3.5万辆），达到9.7万辆。",
     "全市新能源汽车保有量增长1.2倍（上年保有量3.5万辆），达到7.7万辆。"),
    # last year's level in an earlier part of the report under the longer name
    ("一、经济运行\n上年全市实现社会消费品零售总额1,286.4亿元。\n二、消费市场\n全年社零总额1,375.2亿元，比上年增长9.9%。",
     "一、经济运行\n上年全市实现社会消费品零售总额1,286.4亿元。\n二、消费市场\n全年社零总额1,375.2亿元，比上年增长6.9%。"),
    ("上年全市办理行政复议案件926件。\n（三）规范行政执法。全年办理复议案件1,018件，增长19.9%。",
     "上年全市办理行政复议案件926件。\n（三）规范行政执法。全年办理复议案件1,018件，增长9.9%。"),
    # 分别 changes before the values they reach, last year's list after them; the list after ；; 上年两项…分别为
    ("全年受理和办结信访事项分别增长6.4%、5.6%，分别达到3,264件和3,198件，上年分别为3,068件、2,972件。",
     "全年受理和办结信访事项分别增长6.4%、7.6%，分别达到3,264件和3,198件，上年分别为3,068件、2,972件。"),
    ("全市货物进口、出口分别为312.6亿元和486.1亿元，同比分别增长9.0%、13.3%；上年同期分别为286.8亿元、440.7亿元。",
     "全市货物进口、出口分别为312.6亿元和486.1亿元，同比分别增长9.0%、10.3%；上年同期分别为286.8亿元、440.7亿元。"),
    ("全市粮食和蔬菜产量分别达到61.2万吨、145.8万吨，比上年分别增长2.0%和6.1%。上年两项产量分别为60.0万吨、140.2万吨。",
     "全市粮食和蔬菜产量分别达到61.2万吨、145.8万吨，比上年分别增长2.0%和4.0%。上年两项产量分别为60.0万吨、140.2万吨。"),
    # an average over the years between two levels under a span word counting them inclusively
    ("2018年全市旅游总收入为186亿元，2023年达到312亿元，六年间年均增长14.1%。",
     "2018年全市旅游总收入为186亿元，2023年达到312亿元，六年间年均增长10.9%。"),
    ("上年全市规模以上工业增加值增长6.1%，规模以上工业企业利润总额42.8亿元。\n全年规上工业企业利润总额48.3亿元，增长16.9%。",
     "上年全市规模以上工业增加值增长6.1%，规模以上工业企业利润总额42.8亿元。\n全年规上工业企业利润总额48.3亿元，增长12.9%。"),
    ("全市建设用地供应量减少到1.86万亩，比上年少供应0.32万亩，下降24.7%。", "全市建设用地供应量减少到1.86万亩，比上年少供应0.32万亩，下降14.7%。"),
    # a difference and a growth with the value they reach after them (either order)
    ("全年信访总量比上年减少312件次，下降24.5%，降至1,846件次。", "全年信访总量比上年减少312件次，下降14.5%，降至1,846件次。"),
    ("全年交通事故死亡人数同比减少9人、下降27.6%，降至42人。", "全年交通事故死亡人数同比减少9人、下降17.6%，降至42人。"),
    ("全年刑事案件发案数下降22.5%，减少426起，降至2,982起。", "全年刑事案件发案数下降12.5%，减少426起，降至2,982起。"),
    ("全市注册志愿者比上年增加5.7万人，增长24.1%，达到46.2万人。", "全市注册志愿者比上年增加5.7万人，增长14.1%，达到46.2万人。"),
    # last year's value after this year's, its label restating the words of this year's clause
    ("全年城镇新增就业4.12万人，上年城镇新增就业3.85万人，增长10.0%。", "全年城镇新增就业4.12万人，上年城镇新增就业3.85万人，增长7.0%。"),
    ("全年受理行政复议申请1,326件，上年受理1,180件，增长17.4%。", "全年受理行政复议申请1,326件，上年受理1,180件，增长12.4%。"),
    # this year's flow against last year's, both named as flows, apart
    ("上年新增高新技术企业86家。\n全年新增高新技术企业112家，比上年增长20.2%。",
     "上年新增高新技术企业86家。\n全年新增高新技术企业112家，比上年增长30.2%。"),
    (GWR + "去年，全县新登记市场主体4812户；今年，全县新登记市场主体5236户，同比增长11.5%。",
     GWR + "去年，全县新登记市场主体4812户；今年，全县新登记市场主体5236户，同比增长8.8%。"),
    # the value reached after the change, last year's in a bracket after it
    ("全市跨境电商交易额增长2.5倍，达到51.2亿元（上年为20.6亿元）。", "全市跨境电商交易额增长1.5倍，达到51.2亿元（上年为20.6亿元）。"),
    # 降为 opening the next claim; 预计 before the year
    ("全市行政诉讼案件数量降为168件，较上年下降32件，降低26.0%。", "全市行政诉讼案件数量降为168件，较上年下降32件，降低16.0%。"),
    ("2022年全区研发投入强度2.86%。\n预计2023年研发投入强度达到3.02%，提高0.26个百分点。",
     "2022年全区研发投入强度2.86%。\n预计2023年研发投入强度达到3.02%，提高0.16个百分点。"),
    # a basis year, then the figures' year, before the levels of an average
    ("与2019年相比，2023年全市进出口总额由612亿元增加到886亿元，年均增长12.7%。",
     "与2019年相比，2023年全市进出口总额由612亿元增加到886亿元，年均增长9.7%。"),
    # the year's estimate of a rate against last year's stated in the paragraph before
    ("2022年全市建成区绿化覆盖率为41.6%。\n2023年，建成区绿化覆盖率预计达到43.1%，比上年提高2.5个百分点。",
     "2022年全市建成区绿化覆盖率为41.6%。\n2023年，建成区绿化覆盖率预计达到43.1%，比上年提高1.5个百分点。"),
]
#: consistent statements near the same parts that must stay silent (another basis, another metric, a flow's stock)
PARTS_SILENT = [
    "全市火灾死亡人数减少到12人，比2020年减少10人，同比下降20.0%。",
    "全市PM10平均浓度降至52微克/立方米，较2015年下降31微克/立方米，同比下降7.1%。",
    "全年新增市场主体2.46万户，上年新增2.12万户，市场主体总数增长8.0%。",
    "新增上市企业5家，累计达到38家，增长15.2%。",
    "全年新增城镇就业3.15万人，比上年多增0.27万人，城镇登记失业率2.4%。",
    "全市经济总量排名由上年的第9位提升至第7位。",
    "全市地区生产总值达到1,286.5亿元，由上年的1,180.3亿元按可比价格计算增长6.2%。",
    "全市入境游客由上年的12万人次增长45%，国内游客增长12%，接待游客总数达到3,620万人次。",
    "上年全市接待入境游客120万人次。\n全年接待游客3,620万人次，比上年增长11.4%。",
    "上年全市农村居民人均可支配收入22,460元。\n全年居民人均可支配收入38,100元，比上年增长5.9%。",
    "上年全市城镇新增就业5.8万人。\n今年全市新增就业6.3万人，比上年增长8.6%。",
    "全市跨境电商交易额增长1.2倍（2020年为8亿元），达到44亿元。",
    "全年受理、办结案件分别为4,220件和1,890件（上年分别为3,900件、1,790件），分别增长8.2%、5.6%。",
    "2019年全市进出口总额为612亿元，2023年达到886亿元，五年间年均增长9.7%。",
    "上年全市出口总额286亿元。\n全年进出口总额486亿元，比上年增长8.4%。",
    "一、财政\n上年全市一般公共预算收入86.4亿元。\n二、税收\n全年全市地方一般公共预算收入92.6亿元，增长17.2%。",
    "上年全区合同利用外资5.2亿美元。\n全年实际利用外资5.9亿美元，增长18.5%。",
    "全年城镇新增就业4.12万人，上年末城镇登记失业人员3.85万人，增长10.0%。",
    "全年信访总量比2019年减少312件次，同比下降8.0%，降至1,846件次。",
    "全年火灾起数减少到512起，比上年少84起，下降14.1%。",
    "上年末全市高新技术企业900家。\n全年新增高新技术企业126家，增长24.0%。",
    "上年新增高新技术企业86家。\n全年新增高新技术企业112家，高新技术企业总数增长12.0%。",
    "全市两类企业分别增长12.0%、8.0%，分别达到1,120家和540家，上年分别减少3.2%、1.5%。",
    "2022年全市建成区绿化覆盖率为41.6%。\n2023年，建成区绿地率预计达到38.2%，比上年提高1.5个百分点。",
]


@pytest.mark.parametrize("wrong,good", PARTS)
def test_parts_wrong_is_found_and_consistent_is_silent(wrong, good):
    assert codes(wrong) != []
    assert codes(good) == []


@pytest.mark.parametrize("text", PARTS_SILENT)
def test_parts_silent(text):
    assert codes(text) == []
