"""Issue 10, growth round 8: the grammar parts written for the round, each with phrasings of our own (found when one
figure is wrong) and silent traps (consistent, or another thing stated), run through every arithmetic and
year-over-year rule (tests/fresh_set.codes)."""
import pytest

from fresh_set import codes

T24 = "2024年政府工作报告\n"

# -- restatement in a review part read on its own (a level-1 heading names the review, no plan heading follows) ----------
RESTATED_FOUND = [
    T24 + "一、2023年工作回顾\n全年共受理行政复议申请520件，审结497件。\n（二）规范复议办理。全年共受理行政复议申请502件，纠错41件。",
    T24 + "一、过去一年的工作\n全年新增城镇就业1.38万人，零就业家庭动态清零。\n（六）兜牢民生底线。全年新增城镇就业1.83万人。",
    T24 + "一、2023年工作回顾\n全年规模以上工业增加值增长7.4%，工业投资回升。\n（一）壮大实体经济。全年规模以上工业增加值增长4.7%。",
    T24 + "一、2023年工作回顾\n全年全区农业增加值42.5亿元，粮食生产稳定。\n（三）推进乡村振兴。全年全区农业增加值45.2亿元。",
    "2023年法治政府建设情况报告\n一、2023年主要工作\n全年办理公证事项6,180件。\n（四）优化公共法律服务。全年办理公证事项6,810件，"
    "群众满意度持续提升。",
    # the year reviewed and 全年 name one period; a metric's words in another order name one metric
    T24 + "一、2023年工作回顾\n2023年，全区实现地区生产总值856.2亿元，增长6.1%。\n（一）经济运行。全年全区实现地区生产总值865.2亿元。",
    T24 + "一、2023年工作回顾\n全年全区城镇新增就业1.26万人。\n（六）稳就业。全年全区新增城镇就业1.62万人。",
    T24 + "一、2023年工作回顾\n2023年全市社会消费品零售总额增长7.8%。\n（三）促进消费。全年全市社会消费品零售总额增长8.7%。",
]
RESTATED_SILENT = [
    # the same values
    T24 + "一、2023年工作回顾\n全年共受理行政复议申请520件，审结497件。\n（二）规范复议办理。全年共受理行政复议申请520件，纠错41件。",
    # another scope and another qualifier
    T24 + "一、2023年工作回顾\n全年规模以上工业增加值增长7.4%。\n（一）壮大实体经济。全年市本级规模以上工业增加值增长4.7%。",
    T24 + "一、2023年工作回顾\n全年新收行政复议申请520件。\n（二）规范复议办理。全年审结行政复议申请502件。",
    # the plans after the review (a plan heading): another year's target
    T24 + "一、2023年工作回顾\n全年新增城镇就业1.38万人。\n二、2024年工作安排\n全年新增城镇就业1.50万人以上。",
    # a bound of the name 规模以上 is no bound; a real bound stays with LG105
    T24 + "一、2023年工作回顾\n全年新增规模以上工业企业50家以上。\n（一）壮大实体经济。全年新增规模以上工业企业56家。",
    # another year's figure; one value in two notations
    T24 + "一、2023年工作回顾\n全年全区城镇新增就业1.26万人。\n（六）稳就业。2022年全区新增城镇就业1.62万人。",
    T24 + "一、2023年工作回顾\n全年新增城镇就业1.26万人。\n（六）稳就业。全年新增城镇就业12,600人。",
    T24 + "一、2023年工作回顾\n2023年全市社会消费品零售总额增长7.8%。\n（三）促进消费。全年全市社会消费品零售总额增长7.8%。",
]


@pytest.mark.parametrize("text", RESTATED_FOUND)
def test_restated_in_a_review_read_alone_is_found(text):
    assert "LG210" in codes(text)


@pytest.mark.parametrize("text", RESTATED_SILENT)
def test_restated_traps_are_silent(text):
    assert codes(text) == []


# -- 分别 lists of one sentence aligned by position (claims.grammar._list_changes) -----------------------------------------
#: (consistent, wrong): two or three lists, any order; the first two after sentences of corpus/full (levels and 分别增长,
#: levels and 比五年前分别增加), reworded with other names and numbers
ALIGNED = [
    ("全市港口集装箱和散货吞吐量分别达到420万标箱、3,150万吨，分别增长5.0%、8.0%，比上年分别增加20万标箱、233万吨。",
     "全市港口集装箱和散货吞吐量分别达到420万标箱、3,150万吨，分别增长5.0%、8.0%，比上年分别增加20万标箱、433万吨。"),
    ("全区小学、初中和幼儿园在校（园）学生分别为4.62万人、2.10万人和1.85万人，上年分别为4.40万人、2.00万人和1.90万人，"
     "分别增长5.0%、5.0%和下降2.6%。",
     "全区小学、初中和幼儿园在校（园）学生分别为4.62万人、2.10万人和1.85万人，上年分别为4.40万人、2.00万人和1.90万人，"
     "分别增长5.0%、5.0%和下降5.6%。"),
    ("全年专利授权量、商标注册量分别增加320件和1,150件，分别达到2,720件和9,150件，分别增长13.3%和14.4%。",
     "全年专利授权量、商标注册量分别增加320件和1,150件，分别达到2,720件和9,150件，分别增长13.3%和24.4%。"),
    ("全年受理、办结信访事项分别为3,280件和3,150件（去年同期分别为2,980件、2,900件），同比分别增长10.1%和8.6%。",
     "全年受理、办结信访事项分别为3,280件和3,150件（去年同期分别为2,980件、2,900件），同比分别增长10.1%和18.6%。"),
    ("森林覆盖率、建成区绿化覆盖率分别提高0.5个、1.2个百分点，分别达到42.5%和40.8%，上年分别为42.0%、39.6%。",
     "森林覆盖率、建成区绿化覆盖率分别提高0.5个、2.2个百分点，分别达到42.5%和40.8%，上年分别为42.0%、39.6%。"),
    ("全年发生火灾、道路交通事故分别为612起和1,480起，分别比上年减少68起和120起，分别下降10.0%和7.5%。",
     "全年发生火灾、道路交通事故分别为612起和1,480起，分别比上年减少68起和220起，分别下降10.0%和7.5%。"),
    ("全县油菜和水稻种植面积分别为12.4万亩和30.2万亩，比上年分别增加0.6万亩和减少0.5万亩。上年油菜和水稻种植面积分别为"
     "11.8万亩和30.7万亩。",
     "全县油菜和水稻种植面积分别为12.4万亩和30.2万亩，比上年分别增加0.6万亩和减少0.9万亩。上年油菜和水稻种植面积分别为"
     "11.8万亩和30.7万亩。"),
]
ALIGNED_SILENT = [
    # lists of unequal length: which value pairs with which is not certain
    "受理、审结、执结案件分别为4,200件、3,900件和1,800件，分别增长12.0%和8.0%，上年分别为3,750件、3,600件。",
    # a list of shares between (分别占…) is no list of changes
    "出口、进口分别为420亿元和380亿元，分别占进出口总额的52.5%和47.5%，分别增长10.0%和5.0%，上年分别为381.8亿元、361.9亿元。",
    # value added: growth at comparable prices, not from the nominal difference
    "农业、工业增加值分别为85亿元、320亿元，比上年分别增加3亿元和16亿元，分别增长2.5%和6.0%。",
    # 年均: the growth is over several years
    "“十四五”以来，税收收入、非税收入分别达到62亿元、24亿元，分别增加12亿元和4亿元，年均分别增长7.4%和6.3%。",
    # the priors of the whole year under a half-year's figures
    "上半年，受理、办结案件分别为1,620件和1,480件，分别增长8.0%和5.7%，上年全年分别为3,000件、2,800件。",
    # two lists of levels (two years): not a level and its change
    "2022年、2023年全市新增城镇就业分别为1.20万人、1.32万人，分别增长4.3%和10.0%，分别增加0.05万人和0.12万人。",
]


@pytest.mark.parametrize("good,bad", ALIGNED)
def test_aligned_lists(good, bad):
    assert codes(good) == []
    assert codes(bad) != []


@pytest.mark.parametrize("text", ALIGNED_SILENT)
def test_aligned_lists_traps_are_silent(text):
    assert codes(text) == []


# -- a level and its change with a remark between (claims.grammar._remark_before); a prior of another scope -------------
#: (consistent, wrong); the first two after sentences of corpus/full (…亿元，稳居全市各区第一，增长… / 总量创近年来新高)
REMARKED = [
    ("全区社会消费品零售总额286.4亿元，稳居全市各区第二，同比增长8.0%，上年同期为265.2亿元。",
     "全区社会消费品零售总额286.4亿元，稳居全市各区第二，同比增长12.0%，上年同期为265.2亿元。"),
    ("上年实际使用外资10.0亿美元。全年实际使用外资12.6亿美元，总量创历史新高，比上年增长26.0%。",
     "上年实际使用外资10.0亿美元。全年实际使用外资12.6亿美元，总量创历史新高，比上年增长36.0%。"),
    ("上年全县旅游总收入为48.5亿元。全年全县旅游总收入53.8亿元，恢复到疫情前水平，增长10.9%。",
     "上年全县旅游总收入为48.5亿元。全年全县旅游总收入53.8亿元，恢复到疫情前水平，增长20.9%。"),
    ("全年进出口总额312.6亿元，首次突破历史纪录，比上年增加28.6亿元，上年为284.0亿元。",
     "全年进出口总额312.6亿元，首次突破历史纪录，比上年增加38.6亿元，上年为284.0亿元。"),
    ("2022年全市新登记市场主体2.15万户。2023年全市新登记市场主体2.48万户，高于全省平均水平，比2022年增长15.3%。",
     "2022年全市新登记市场主体2.15万户。2023年全市新登记市场主体2.48万户，高于全省平均水平，比2022年增长25.3%。"),
]
REMARKED_SILENT = [
    # real growth (GDP) across a rank
    "全年地区生产总值520亿元，居全市第三，增长6.5%，上年为480亿元。",
    # a qualifier between is no remark: growth at comparable prices
    "全年规模以上工业总产值860亿元，按可比价计算，增长9.0%，上年为820亿元。",
    # another metric opens the clause of the change
    "全年接待游客1,250万人次，创历史新高，过夜游客增长12.0%，上年过夜游客为420万人次。",
    # last year's figure of the whole county is not the base of the county town's
    "上年全县接待游客1,250万人次。今年县城接待游客960万人次，增长8.0%。",
    "上年全市接待游客1,250万人次。今年市区接待游客960万人次，增长8.0%。",
    # the rank of the growth, consistent
    "全年税收收入58.2亿元，增速居全市第一，增长18.0%，上年为49.3亿元。",
]


@pytest.mark.parametrize("good,bad", REMARKED)
def test_level_and_change_across_a_remark(good, bad):
    assert codes(good) == []
    assert codes(bad) != []


@pytest.mark.parametrize("text", REMARKED_SILENT)
def test_remark_traps_are_silent(text):
    assert codes(text) == []
