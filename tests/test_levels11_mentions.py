"""levels11: one metric across its mentions — the prior a sentence names (少于上年的A), the same metric named with its
agent in another paragraph, the growth and the difference of one metric stated in different sentences, a bound that
restates a level with a total's noun (总量不足800件), a growth or a level restated with another value (no year word,
another scale, the frame 在N户市场主体中).  Wordings written for these tests (numbers and names of no report), each
checked both ways — consistent and read (a relation in the ledger), inconsistent and reported — with traps that must
stay silent."""
import pytest

from fresh_set import RULES, codes
from lintgov.claims import ledger
from lintgov.claims.metric import identity_key, same_metric
from lintgov.document import Document
from lintgov.engine import Context


def checked(text):
    """(figure, rule, consistent) of every relation the arithmetic and year-over-year rules checked on ``text``."""
    doc = Document(text + "\n", "example.txt")
    for r in RULES:
        if r.scope == "document":
            list(r.check(doc, Context()))
    return [(doc.text[c.start:c.end], c.rule, c.consistent) for c in ledger(doc)]


# -- the prior its own sentence names ----------------------------------------------------------------------------
PRIOR_IN_SENTENCE = [
    # (consistent, inconsistent, the figure checked)
    ("全年登记信访事项2,800件次，少于上年的3,300件次，减少500件次。",
     "全年登记信访事项2,800件次，少于上年的3,300件次，减少600件次。", "500件次"),
    ("全年受理行政复议申请460件，高于去年同期的400件，增长15%。",
     "全年受理行政复议申请460件，高于去年同期的400件，增长25%。", "15%"),
    ("全年调解矛盾纠纷一千二百件，多于上年的九百件，增加三百件。",
     "全年调解矛盾纠纷一千二百件，多于上年的九百件，增加四百件。", "三百件"),
]


def test_points_with_the_prior_in_the_sentence_stay_lg209s():
    assert "LG209" in codes("网上可办率达到93.0%，高于上年的80.5%，提高10.5个百分点。")
    assert codes("网上可办率达到93.0%，高于上年的80.5%，提高12.5个百分点。") == []


@pytest.mark.parametrize("good,bad,fig", PRIOR_IN_SENTENCE)
def test_prior_named_in_the_sentence(good, bad, fig):
    assert codes(good) == []
    assert (fig, "LG201", True) in checked(good)
    assert "LG201" in codes(bad)


@pytest.mark.parametrize("text", [
    # the value before is of another measure: no reading
    "全年登记信访事项2,800人次，少于上年的3,300件次，减少500件次。",
    # the clause before holds a part (其中): not this year's plain level
    "其中网上登记信访事项2,800件次，少于上年的3,300件次，减少600件次。",
    # another year than last year's, in a report on no known year
    "全年登记信访事项2,800件次，少于2019年的3,300件次，减少600件次。",
])
def test_prior_in_sentence_traps_are_silent(text):
    assert "LG201" not in codes(text)


# -- the same metric named with its agent, in another paragraph ----------------------------------------------------
AGENT = [
    ("2023年，全区共办理民事调解案件1,800件。\n2024年，全区调解组织共办理民事调解案件2,150件，较上年增加350件。",
     "2023年，全区共办理民事调解案件1,800件。\n2024年，全区调解组织共办理民事调解案件2,150件，较上年增加450件。"),
    ("2023年，全区共办理民事调解案件1,800件。\n2024年，全区调解组织共办理民事调解案件2,150件，较上年增长19.4%。",
     "2023年，全区共办理民事调解案件1,800件。\n2024年，全区调解组织共办理民事调解案件2,150件，较上年增长29.4%。"),
    ("2023年，全市共办理公证事项3.2万件。\n二、公共法律服务\n2024年，全市公证员办理公证事项3.5万件，比上年增加0.3万件。",
     "2023年，全市共办理公证事项3.2万件。\n二、公共法律服务\n2024年，全市公证员办理公证事项3.5万件，比上年增加0.5万件。"),
]


@pytest.mark.parametrize("good,bad", AGENT)
def test_prior_named_with_another_agent(good, bad):
    assert codes(good) == []
    assert any(r == "LG201" and ok for _f, r, ok in checked(good))
    assert "LG201" in codes(bad)


@pytest.mark.parametrize("text", [
    # 涉企 narrows the cases: another metric
    "2023年，全区共办理行政复议案件1,800件。\n2024年，全区涉企行政复议案件2,150件，较上年增加450件。",
    # another scope: the province's count is not the district's
    "2023年，全省共办理民事调解案件1,800件。\n2024年，全区调解组织共办理民事调解案件2,150件，较上年增加450件。",
    # 新增 names a flow
    "2023年，全区共登记市场主体1,800户。\n2024年，全区新增登记市场主体2,150户，较上年增加450户。",
])
def test_agent_traps_are_silent(text):
    assert "LG201" not in codes(text)


def test_same_metric_and_identity():
    assert same_metric("办理民事调解案件", "调解组织办理民事调解案件")
    assert not same_metric("行政复议案件", "涉企行政复议案件")
    assert not same_metric("受理案件", "城镇受理案件")
    assert not same_metric("人均可支配收入", "可支配收入")
    assert not same_metric("一般公预算收入", "税收收入")
    assert identity_key("实市场主体") == identity_key("市场主体总量") == identity_key("市场主体")
    assert identity_key("户籍人口") != identity_key("常住人口")
    assert identity_key("新增就业") != identity_key("累计就业")


# -- the growth and the difference of one metric in different sentences ------------------------------------------
APART = [
    ("农村居民人均可支配收入21,000元，增长7.0%。城镇居民人均可支配收入45,000元，增长5.0%。\n全年粮食产量52.3万吨。\n"
     "农村居民人均可支配收入比上年增加1,374元。",
     "农村居民人均可支配收入21,000元，增长7.0%。城镇居民人均可支配收入45,000元，增长5.0%。\n全年粮食产量52.3万吨。\n"
     "农村居民人均可支配收入比上年增加1,874元。"),
    ("旅游总收入增长12.0%。全年接待游客1,250万人次。\n全年旅游总收入126.5亿元，比上年增加13.6亿元。",
     "旅游总收入增长18.0%。全年接待游客1,250万人次。\n全年旅游总收入126.5亿元，比上年增加13.6亿元。"),
    ("全年办理法律援助案件1,650件，同比增长10.0%。法律援助惠及群众2,100人次。法律援助案件比上年增加150件。",
     "全年办理法律援助案件1,650件，同比增长10.0%。法律援助惠及群众2,100人次。法律援助案件比上年增加250件。"),
]


@pytest.mark.parametrize("good,bad", APART)
def test_growth_and_difference_apart(good, bad):
    assert codes(good) == []
    assert any(r == "LG201" and ok for _f, r, ok in checked(good))
    assert "LG201" in codes(bad)


@pytest.mark.parametrize("text", [
    # 城镇 and 农村 are two metrics
    "农村居民人均可支配收入21,000元，增长7.0%。\n城镇居民人均可支配收入比上年增加2,800元。",
    # another section
    "一、农业\n农村居民人均可支配收入21,000元，增长7.0%。\n二、展望\n农村居民人均可支配收入比上年增加2,800元。",
    # a plan
    "农村居民人均可支配收入21,000元，增长7.0%。\n力争农村居民人均可支配收入比上年增加2,800元。",
    # real growth
    "农村居民人均可支配收入21,000元，扣除价格因素实际增长3.0%。\n农村居民人均可支配收入比上年增加1,374元。",
])
def test_apart_traps_are_silent(text):
    assert "LG201" not in codes(text)


# -- a bound restating the level before it with a total's noun --------------------------------------------------
BOUNDS = [
    ("全年办理法律援助案件760件，总量不足800件。", "全年办理法律援助案件760件，总量不足700件。"),
    ("年末实有市场主体63.0万户，总量超过60万户。", "年末实有市场主体63.0万户，总量超过65万户。"),
    ("全区持证律师一千零五十人，总数已突破一千人。", "全区持证律师九百五十人，总数已突破一千人。"),
]


@pytest.mark.parametrize("good,bad", BOUNDS)
def test_bound_restating_a_total(good, bad):
    assert codes(good) == []
    assert any(r == "LG105" and ok for _f, r, ok in checked(good))
    assert "LG105" in codes(bad)


@pytest.mark.parametrize("text", [
    "复议案件120件、诉讼案件80件，总量超过250件。",          # a total of a list: LG103's
    "全年新增市场主体6.1万户，总数已超过60万户。",            # the year's addition and the stock
    "其中涉企案件120件，总量不足100件。",                      # a part
])
def test_bound_total_traps_are_silent(text):
    assert "LG105" not in codes(text)


# -- one metric restated ------------------------------------------------------------------------------------------
RESTATED = [
    ("全年一般公共预算收入58.0亿元，同比增长6.0%。\n二、财政运行\n一般公共预算收入增长6.0%，其中税收收入增长4.9%。",
     "全年一般公共预算收入58.0亿元，同比增长6.0%。\n二、财政运行\n一般公共预算收入增长7.0%，其中税收收入增长4.9%。"),
    ("年末全市实有市场主体52.00万户。\n全市新登记市场主体6.1万户。\n在全市520,000户市场主体中，企业占31.2%。",
     "年末全市实有市场主体52.00万户。\n全市新登记市场主体6.1万户。\n在全市530,000户市场主体中，企业占31.2%。"),
]


@pytest.mark.parametrize("good,bad", RESTATED)
def test_metric_restated(good, bad):
    assert codes(good) == []
    assert any(r == "LG210" and ok for _f, r, ok in checked(good))
    assert "LG210" in codes(bad)


@pytest.mark.parametrize("text", [
    # a paragraph of the next year's targets
    "全年一般公共预算收入58.0亿元，同比增长6.0%。\n2025年主要预期目标为：地区生产总值增长6%左右。一般公共预算收入增长7.0%。",
    # the tax revenue is a part, not the budget revenue
    "全年一般公共预算收入58.0亿元，同比增长6.0%。\n二、财政运行\n税收收入增长7.0%。",
    # 户籍 and 常住 are two populations
    "年末全市常住人口52.00万人。\n在全市530,000户籍人口中，城镇人口占61.2%。",
])
def test_restated_traps_are_silent(text):
    assert "LG210" not in codes(text)


# -- a change stated with no value of its own, the two levels of its metric in the sentences before ---------------
PERIODS = [
    ("2022年，全县网上可办率为80.5%。经过一年努力，这一比例提高到93.0%。两年相比，网上可办率提升12.5个百分点。",
     "2022年，全县网上可办率为80.5%。经过一年努力，这一比例提高到93.0%。两年相比，网上可办率提升10.5个百分点。"),
    ("2022年，全区共有行政执法主体400个。经过清理，执法主体减少至340个。与上年相比，执法主体减少60个。",
     "2022年，全区共有行政执法主体400个。经过清理，执法主体减少至340个。与上年相比，执法主体减少70个。"),
    ("2021年，我县政务服务事项网上可办率为百分之八十点五。二〇二三年，网上可办率达到93.0%。两年间，网上可办率提高12.5个百分点。",
     "2021年，我县政务服务事项网上可办率为百分之八十点五。二〇二三年，网上可办率达到93.0%。两年间，网上可办率提高11.5个百分点。"),
    ("2022年，全县律师人数为1,200人。经过一年发展，律师人数增加到1,350人。律师人数比上年增长12.5%。",
     "2022年，全县律师人数为1,200人。经过一年发展，律师人数增加到1,350人。律师人数比上年增长15.5%。"),
]


@pytest.mark.parametrize("good,bad", PERIODS)
def test_change_against_the_levels_of_two_periods(good, bad):
    assert codes(good) == []
    assert any(r == "LG201" and ok for _f, r, ok in checked(good))
    assert "LG201" in codes(bad)


@pytest.mark.parametrize("text", [
    # the earlier level is the province's
    "2022年，全省网上可办率为80.5%。全县这一比例提高到93.0%。两年相比，网上可办率提升10.5个百分点。",
    # 这一比例 refers to the rate named last, another one
    "2022年，全县网上可办率为80.5%，全程网办率为60.2%。这一比例提高到93.0%。两年相比，网上可办率提升10.5个百分点。",
    # a quarter's level
    "一季度，全县网上可办率为80.5%。年末这一比例提高到93.0%。两年相比，网上可办率提升10.5个百分点。",
    # a plan
    "2022年，全县网上可办率为80.5%。力争这一比例提高到93.0%。两年相比，网上可办率将提升10.5个百分点。",
    # the levels in another paragraph
    "2022年，全县网上可办率为80.5%。经过一年努力，这一比例提高到93.0%。\n两年相比，网上可办率提升10.5个百分点。",
    # two earlier values of the metric: which one is meant is not clear
    "2022年，全县网上可办率为80.5%。2022年，全县网上可办率为81.5%。这一比例提高到93.0%。两年相比，网上可办率提升10.5个百分点。",
])
def test_period_traps_are_silent(text):
    assert "LG201" not in codes(text)


# -- a bound and the exact figure of one metric in consecutive sentences ------------------------------------------
def test_bound_and_exact_in_consecutive_sentences():
    good = "参训人员超过1.5万人次。据统计，实际参训16,200人次。"
    assert codes(good) == []
    assert any(r == "LG105" and ok for _f, r, ok in checked(good))
    assert "LG105" in codes("参训人员超过1.5万人次。据统计，实际参训14,200人次。")


@pytest.mark.parametrize("text", [
    "参训人员超过1.5万人次。培训班共举办120期。据统计，实际参训14,200人次。",    # a sentence between
    "参训人员超过1.5万人次。\n实际参训14,200人次。",                              # another paragraph
    "2023年参训人员超过1.5万人次。2022年实际参训14,200人次。",                    # two years
])
def test_bound_in_consecutive_sentences_traps_are_silent(text):
    assert "LG105" not in codes(text)
