"""Operands stated after the figure (claims.grammar._later_operands, claims.grammar._named_multiples): a growth, a
difference, a points change or a multiple stated first and its levels one or two sentences later in its paragraph.
Each shape in wordings of our own, consistent (silent) and with one wrong figure (found), and traps where the later
figure is another metric, a plan, another year, a part, or one of two competing values (silent)."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]
GWR = "2024年政府工作报告\n一、2023年工作回顾\n"


def codes(text):
    return sorted({f.code for f in lint_text(GWR + text + "\n", RULES, registry=REG)})


# (consistent, wrong)
LATER = [
    # the growth first, this year's level and last year's in the next sentence
    ("全年办理公证事项同比增长8.5%。经统计，全年共办理公证事项11,820件，上年为10,894件。",
     "全年办理公证事项同比增长9.5%。经统计，全年共办理公证事项11,820件，上年为10,894件。"),
    # Chinese numerals, 去年, a clause between
    ("全市法律援助案件比上年下降百分之六。各县区加大援助力度，全年办结法律援助案件3,760件，去年为4,000件。",
     "全市法律援助案件比上年下降百分之十。各县区加大援助力度，全年办结法律援助案件3,760件，去年为4,000件。"),
    # two sentences later
    ("全年办理公证事项同比增长8.5%。各公证机构优化流程。全年共办理公证事项11,820件，上年为10,894件。",
     "全年办理公证事项同比增长18.5%。各公证机构优化流程。全年共办理公证事项11,820件，上年为10,894件。"),
    # the level first, the difference, a part, then last year's level named in full
    ("全年受理行政复议案件603件，较上年增加48件。其中，涉及征地拆迁的192件。上年受理行政复议案件555件。",
     "全年受理行政复议案件603件，较上年增加58件。其中，涉及征地拆迁的192件。上年受理行政复议案件555件。"),
    # the difference first, two named years one apart after it (the report's figures are of 2023)
    ("全年查处违法用地案件比上年减少37宗。2022年这类案件为412宗，2023年为375宗。",
     "全年查处违法用地案件比上年减少27宗。2022年这类案件为412宗，2023年为375宗。"),
    # a points change, the rate and 上年这一比重 later
    ("城镇就业人员占比比上年提高1.5个百分点。全市就业结构持续优化，城镇就业人员占比为63.4%，上年这一比重为61.9%。",
     "城镇就业人员占比比上年提高3.5个百分点。全市就业结构持续优化，城镇就业人员占比为63.4%，上年这一比重为61.9%。"),
    # the growth in its sentence's second clause, the levels in words naming the metric alike (办理 / 受理)
    ("今年以来各项工作稳步推进，受理消费投诉同比增长20%。全年受理消费投诉2,400件，上年为2,000件。",
     "今年以来各项工作稳步推进，受理消费投诉同比增长25%。全年受理消费投诉2,400件，上年为2,000件。"),
]


@pytest.mark.parametrize("good,bad", LATER)
def test_operands_one_or_two_sentences_later(good, bad):
    assert codes(good) == [], good
    assert codes(bad), bad


TRAPS = [
    # the later figures are another metric's
    "全年办理公证事项同比增长9.5%。全年办理司法鉴定11,820件，上年为10,894件。",
    # a plan
    "全年办理公证事项同比增长9.5%。计划明年办理公证事项11,820件，上年为10,894件。",
    # another year than the one compared with
    "全年办理公证事项同比增长9.5%。全年共办理公证事项11,820件，2020年为10,894件。",
    "全年查处违法用地案件比上年减少27宗。2021年这类案件为412宗，2023年为375宗。",
    # a part's prior
    "全年办理公证事项同比增长9.5%。全年共办理公证事项11,820件，其中涉外公证上年为10,894件。",
    # two later statements giving two priors: which one is meant is open
    "全年办理公证事项同比增长9.5%。全年共办理公证事项11,820件，上年为10,894件。全年共办理公证事项11,820件，上年为10,794件。",
    # another claim between: the levels after it may be its own
    "全年办理公证事项同比增长9.5%。全年办理涉外公证增长3%，共办理公证事项11,820件，上年为10,894件。",
    # last year's level of another figure stated between
    "全年受理行政复议案件603件，较上年增加58件。审结行政复议案件590件，上年为545件。",
    # a new paragraph is not the claim's
    "全年办理公证事项同比增长9.5%。\n全年共办理公证事项11,820件，上年为10,894件。",
    # three sentences later: out of reach
    "全年办理公证事项同比增长9.5%。各机构优化流程。群众满意度提升。全年共办理公证事项11,820件，上年为10,894件。",
]


@pytest.mark.parametrize("text", TRAPS)
def test_later_figures_that_are_not_the_claims_operands(text):
    assert codes(text) == [], text


MULTIPLES = [
    # a multiple of a named year, that year's level and this year's after it
    ("全年受理知识产权案件是2019年的近4倍。2019年受理知识产权案件203件，2023年达到786件。",
     "全年受理知识产权案件是2019年的近5倍。2019年受理知识产权案件203件，2023年达到786件。"),
    ("全年受理知识产权案件是2019年的3.9倍。2019年该类案件203件，2023年为786件。",
     "全年受理知识产权案件是2019年的2.9倍。2019年该类案件203件，2023年为786件。"),
    # this year's level before, last year's two sentences later
    ("全年受理劳动仲裁案件1,286件，是上年的2.4倍。各仲裁院强化调解。上年全市受理劳动仲裁案件536件。",
     "全年受理劳动仲裁案件1,286件，是上年的3.4倍。各仲裁院强化调解。上年全市受理劳动仲裁案件536件。"),
    # two named quantities, their values in the next sentence (B named by its head: 农村居民)
    ("城镇居民人均可支配收入是农村居民的2.13倍。全年城镇居民人均可支配收入51,360元，农村居民人均可支配收入24,120元。",
     "城镇居民人均可支配收入是农村居民的2.31倍。全年城镇居民人均可支配收入51,360元，农村居民人均可支配收入24,120元。"),
    ("网上信访量是来信来访量的1.5倍。各地畅通渠道。全年网上信访3,000件次，来信来访2,000件次。",
     "网上信访量是来信来访量的1.8倍。各地畅通渠道。全年网上信访3,000件次，来信来访2,000件次。"),
]


@pytest.mark.parametrize("good,bad", MULTIPLES)
def test_a_multiple_with_its_levels_after_it(good, bad):
    assert codes(good) == [], good
    assert codes(bad), bad


MULTIPLE_TRAPS = [
    # last year's level of another action (审结, not 受理)
    "全年受理劳动仲裁案件1,286件，是上年的3.4倍。各仲裁院强化调解。上年全市审结劳动仲裁案件436件。",
    # this year's level of another year than the report's
    "全年受理知识产权案件是2019年的2.9倍。2019年该类案件203件，2022年为786件。",
    # a name with two values, a plan, a part, one name only
    "网上信访量是来信来访量的1.8倍。全年网上信访3,000件次，来信来访2,000件次，来信来访1,500件次。",
    "网上信访量是来信来访量的1.8倍。力争明年网上信访3,000件次，来信来访2,000件次。",
    "网上信访量是来信来访量的1.8倍。全年网上信访3,000件次，其中来信来访2,000件次。",
    "网上信访量是来信来访量的1.8倍。全年网上信访3,000件次。",
]


@pytest.mark.parametrize("text", MULTIPLE_TRAPS)
def test_later_figures_that_are_not_the_multiples_operands(text):
    assert codes(text) == [], text


SHARES = [
    # a share of the frame the sentence opens with (…中，), the frame's total named after it in the next sentence
    ("在全年受理的信访事项中，反映征地拆迁问题的412件，占比20.6%。全年受理信访事项总数为2,000件。",
     "在全年受理的信访事项中，反映征地拆迁问题的412件，占比26.6%。全年受理信访事项总数为2,000件。"),
    ("全年办理行政复议案件中，涉及市场监管领域的142件，占比28.3%。本年度行政复议案件总数为502件。",
     "全年办理行政复议案件中，涉及市场监管领域的142件，占比38.3%。本年度行政复议案件总数为502件。"),
    ("一般公共预算支出中，教育支出32.4亿元，占比18.0%。全年一般公共预算支出总额为180亿元。",
     "一般公共预算支出中，教育支出32.4亿元，占比19.0%。全年一般公共预算支出总额为180亿元。"),
]


@pytest.mark.parametrize("good,bad", SHARES)
def test_a_share_with_its_whole_after_it(good, bad):
    assert codes(good) == [], good
    assert codes(bad), bad


@pytest.mark.parametrize("text", [
    # the total of another action, of last year
    "在全年受理的信访事项中，反映征地拆迁问题的412件，占比26.6%。全年办结信访事项总数为2,000件。",
    "在全年受理的信访事项中，反映征地拆迁问题的412件，占比26.6%。上年受理信访事项总数为2,000件。",
])
def test_later_totals_that_are_not_the_shares_whole(text):
    assert codes(text) == [], text


LISTS = [
    # stocks of a 分别 list against last year's end, the priors after them (；/。/，)
    ("律师事务所和执业律师分别为58家和612人，较上年末分别增加6家和87人；上年末分别为52家和525人。",
     "律师事务所和执业律师分别为58家和612人，较上年末分别增加6家和97人；上年末分别为52家和525人。"),
    ("养老机构、养老床位分别为41家、3,860张，分别比上年末增加3家和420张。上年末分别为38家和3,440张。",
     "养老机构、养老床位分别为41家、3,860张，分别比上年末增加3家和240张。上年末分别为38家和3,440张。"),
    # the changes first, the year-end levels and last year's end in the next sentence
    ("律师事务所和执业律师较上年末分别增加6家和87人。年末分别为58家和612人，上年末分别为52家和525人。",
     "律师事务所和执业律师较上年末分别增加6家和97人。年末分别为58家和612人，上年末分别为52家和525人。"),
    ("律师事务所和执业律师较上年末分别增长11.5%和16.6%。年末分别为58家和612人，上年末分别为52家和525人。",
     "律师事务所和执业律师较上年末分别增长11.5%和26.6%。年末分别为58家和612人，上年末分别为52家和525人。"),
]


@pytest.mark.parametrize("good,bad", LISTS)
def test_a_list_with_last_years_end_after_it(good, bad):
    assert codes(good) == [], good
    assert codes(bad), bad


def test_a_flow_list_is_not_compared_with_last_years_stock():
    # 全年 flows and 上年末 stocks: no comparison of the two is written (比上年, not 比上年末)
    text = "全年新增律师事务所和执业律师分别为8家和97人，分别比上年增加3家和20人，上年末分别为52家和525人。"
    assert codes(text) == [], text


AVERAGES = [
    # a yearly mean growth, the two levels opening the next sentence each with its year
    ("全县旅游收入年均增长8.5%。2023年达到94.6亿元，2018年为62.9亿元。",
     "全县旅游收入年均增长9.5%。2023年达到94.6亿元，2018年为62.9亿元。"),
    ("全县旅游收入五年年均增长8.5%。2018年、2023年分别为62.9亿元和94.6亿元。",
     "全县旅游收入五年年均增长6.5%。2018年、2023年分别为62.9亿元和94.6亿元。"),
]


@pytest.mark.parametrize("good,bad", AVERAGES)
def test_a_yearly_mean_with_its_levels_in_the_next_sentence(good, bad):
    assert codes(good) == [], good
    assert codes(bad), bad


@pytest.mark.parametrize("text", [
    "全县旅游收入年均增长9.5%。2023年接待游客达到94.6万人次，2018年为62.9万人次。",   # another metric named
    "全县旅游收入年均增长9.5%。力争2023年达到94.6亿元，2018年为62.9亿元。",           # a plan
])
def test_later_levels_that_are_not_the_means(text):
    assert codes(text) == [], text


MORE = [
    # last year's level first, this year's after it, in the next sentence
    ("受理消费投诉同比增长20%。上年受理消费投诉2,000件，今年为2,400件。",
     "受理消费投诉同比增长25%。上年受理消费投诉2,000件，今年为2,400件。"),
    # the prior in brackets after this year's level
    ("受理消费投诉同比增长20%。全年受理消费投诉2,400件（上年2,000件）。",
     "受理消费投诉同比增长25%。全年受理消费投诉2,400件（上年2,000件）。"),
    # a rate's change, the rate named by its head later (办结率 for 消费投诉办结率)
    ("消费投诉办结率比上年提高2.1个百分点。全年办结率为97.6%，上年为95.5%。",
     "消费投诉办结率比上年提高3.1个百分点。全年办结率为97.6%，上年为95.5%。"),
    # a clause between, the prior named in full with 上年同期
    ("全年受理消费投诉2,400件，比上年增加500件。消费者满意度持续提升，上年同期受理消费投诉1,900件。",
     "全年受理消费投诉2,400件，比上年增加400件。消费者满意度持续提升，上年同期受理消费投诉1,900件。"),
]


@pytest.mark.parametrize("good,bad", MORE)
def test_more_wordings_of_operands_after(good, bad):
    assert codes(good) == [], good
    assert codes(bad), bad


def test_a_later_rate_of_another_name_is_not_the_claims():
    text = "消费投诉办结率比上年提高3.1个百分点。全年调解成功率为97.6%，上年为95.5%。"
    assert codes(text) == [], text


YET_MORE = [
    # Chinese numerals, 去年同期, the claim's sentence going on with a remark
    ("全年共调解各类矛盾纠纷比去年同期增长6.5%。据统计，全年调解矛盾纠纷一万二千件，去年同期为一万一千二百七十件。",
     "全年共调解各类矛盾纠纷比去年同期增长8.5%。据统计，全年调解矛盾纠纷一万二千件，去年同期为一万一千二百七十件。"),
    # last year named by its number against this year's 全年 (the report's figures are of 2023)
    ("全市刑事案件立案数同比下降12.4%，社会治安持续向好。全年刑事案件立案3,120起，2022年为3,561起。",
     "全市刑事案件立案数同比下降14.4%，社会治安持续向好。全年刑事案件立案3,120起，2022年为3,561起。"),
    # this year's rate before the change, last year's named in full a sentence later
    ("城镇调查失业率为5.1%，比上年下降0.3个百分点。就业形势总体稳定，上年城镇调查失业率为5.4%。",
     "城镇调查失业率为5.1%，比上年下降0.5个百分点。就业形势总体稳定，上年城镇调查失业率为5.4%。"),
]


@pytest.mark.parametrize("good,bad", YET_MORE)
def test_yet_more_wordings_of_operands_after(good, bad):
    assert codes(good) == [], good
    assert codes(bad), bad


@pytest.mark.parametrize("text", [
    "城镇调查失业率为5.1%，比上年下降0.5个百分点。就业形势总体稳定，上年城镇登记失业率为5.4%。",  # another rate
    "全市刑事案件立案数同比下降14.4%。全年刑事案件立案3,120起，2021年为3,561起。",              # not last year
])
def test_yet_more_traps(text):
    assert codes(text) == [], text


BEFORE_AND_AFTER = [
    # this year's level closing the sentence before, the claim naming nothing, last year's level after it
    ("全年受理行政复议案件318件。与上年相比，增加57件。上年受理行政复议案件261件。",
     "全年受理行政复议案件318件。与上年相比，增加67件。上年受理行政复议案件261件。"),
    ("全区登记注册的社会组织有426家。同比增长6.5%。上年全区登记注册的社会组织为400家。",
     "全区登记注册的社会组织有426家。同比增长4.5%。上年全区登记注册的社会组织为400家。"),
]


@pytest.mark.parametrize("good,bad", BEFORE_AND_AFTER)
def test_the_level_before_the_claim_and_the_prior_after_it(good, bad):
    assert codes(good) == [], good
    assert codes(bad), bad


@pytest.mark.parametrize("text", [
    "全年受理行政复议案件318件。与上年相比，增加67件。上年审结行政复议案件261件。",       # another action's prior
    "全年受理行政复议案件318件，其中涉企案件118件。与上年相比，增加67件。上年受理行政复议案件261件。",  # a part closes it
    "全年受理行政复议案件318件，审结290件。与上年相比，增加67件。上年受理行政复议案件261件。",  # another action closes it
    "力争明年受理行政复议案件318件。与上年相比，增加67件。上年受理行政复议案件261件。",       # a plan
    "全年受理行政复议案件318件。行政机关负责人出庭应诉率同比增长25.7%。上年受理行政复议案件261件。",  # a claim of its own
])
def test_levels_around_a_claim_that_are_not_its_own(text):
    assert codes(text) == [], text


@pytest.mark.parametrize("text", [
    # the prior opening the next sentence under words naming more than the claim's metric, a part of the year, a
    # total for a figure per person: none is the claim's prior
    "全年受理消费投诉2,400件，增长25%。上年受理网购类消费投诉2,000件。",
    "全年受理消费投诉2,400件，增长25%。上年上半年受理消费投诉2,000件。",
    "全区人均受理消费投诉2.4件，增长25%。上年全区受理消费投诉2,000件。",
])
def test_later_priors_of_other_metrics(text):
    assert codes(text) == [], text
