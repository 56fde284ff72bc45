"""A change opening its sentence (比年初增加…, 利润同比下降…, 与上年相比，参训人次增加…) whose current level closes the
sentence before and whose prior is stated after it, in its sentence or the next (claims.grammar._level_closing_before,
read by _bind_around and _later_operands; a prior named only by a quantity's tail, 年初余额为…, by _operand_names).
Wordings written for the test: consistent is silent, one wrong figure is found; traps where the level before is of
another metric, of another period, or a part stay silent."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]
GWR = "2025年政府工作报告\n一、2024年工作回顾\n"


def codes(text):
    return sorted({f.code for f in lint_text(GWR + text + "\n", RULES, registry=REG)})


# (consistent, wrong)
PAIRS = [
    # the prior after the change in its own sentence
    ("年末全市参保人数31.20万人。比上年末增加1.45万人，上年末为29.75万人。",
     "年末全市参保人数31.20万人。比上年末增加2.45万人，上年末为29.75万人。"),
    # a clause between, another unit
    ("全市城乡居民医保参保人数达到86.4万人。较上年末净增2.3万人，参保覆盖面进一步扩大，上年末为84.1万人。",
     "全市城乡居民医保参保人数达到86.4万人。较上年末净增3.3万人，参保覆盖面进一步扩大，上年末为84.1万人。"),
    # 年初, the prior in the next sentence named by a quantity's tail only
    ("全市金融机构本外币存款余额为512.6亿元。比年初增加38.2亿元。年初余额为474.4亿元。",
     "全市金融机构本外币存款余额为512.6亿元。比年初增加48.2亿元。年初余额为474.4亿元。"),
    # a growth named by the metric's head, 上年同期 next sentence
    ("全市规模以上工业企业实现利润26.80亿元。利润同比下降5.1%。上年同期为28.24亿元。",
     "全市规模以上工业企业实现利润26.80亿元。利润同比下降9.1%。上年同期为28.24亿元。"),
    # 与上年相比 and the subject restated, the prior under a named year
    ("全年参训劳动者15,300人次。与上年相比，参训劳动者增加2,900人次。2023年参训劳动者为12,400人次。",
     "全年参训劳动者15,300人次。与上年相比，参训劳动者增加3,900人次。2023年参训劳动者为12,400人次。"),
    # Chinese numerals
    ("全年办结法律援助案件一千二百件。比上年增加二百件，上年为一千件。",
     "全年办结法律援助案件一千二百件。比上年增加三百件，上年为一千件。"),
]


@pytest.mark.parametrize("good,bad", PAIRS)
def test_level_before_prior_after(good, bad):
    assert codes(good) == [], good
    assert "LG201" in codes(bad), bad


TRAPS = [
    # the growth's subject names another metric than the level before it
    "全年接待游客1,200万人次。旅游收入同比增长25.0%。上年同期为1,000万人次。",
    # the level before is last year's, not this year's
    "上年末全市参保人数29.75万人。比上年末增加2.45万人，上年末为29.75万人。",
    # the level before is a part
    "其中城镇职工参保人数31.20万人。比上年末增加2.45万人，上年末为29.75万人。",
    # a plan's figure before
    "计划年末参保人数达到31.20万人。比上年末增加2.45万人，上年末为29.75万人。",
]


@pytest.mark.parametrize("text", TRAPS)
def test_traps_silent(text):
    assert codes(text) == [], text


# a growth compared with 上年 and both levels after it labelled with named years, in brackets or not: the earlier one the
# year right before the report's figures year (2024 here)
YEARS = [
    ("全年信访总量同比下降12.5%（2024年3,500件次，2023年4,000件次）。",
     "全年信访总量同比下降8.7%（2024年3,500件次，2023年4,000件次）。"),
    ("全市受理劳动争议案件比上年增长百分之二十，2024年为1,800件，2023年为1,500件。",
     "全市受理劳动争议案件比上年增长百分之三十，2024年为1,800件，2023年为1,500件。"),
    ("全市年末实有市场主体比上年末增长5.0%（2024年末8.40万户，2023年末8.00万户）。",
     "全市年末实有市场主体比上年末增长6.0%（2024年末8.40万户，2023年末8.00万户）。"),
]


@pytest.mark.parametrize("good,bad", YEARS)
def test_named_years_after(good, bad):
    assert codes(good) == [], good
    assert "LG201" in codes(bad), bad


YEAR_TRAPS = [
    # the earlier year is not the year before: a change over two years is not 同比
    "全年信访总量同比下降8.7%（2024年3,500件次，2022年4,000件次）。",
    # the report's year unknown
    "信访总量同比下降8.7%（2024年3,500件次，2023年4,000件次）。",
]


def test_named_year_traps():
    assert codes(YEAR_TRAPS[0]) == []
    assert lint_codes_plain(YEAR_TRAPS[1]) == []


def lint_codes_plain(text):
    return sorted({f.code for f in lint_text("关于信访工作情况的报告\n" + text + "\n", RULES, registry=REG)})


# the growth first, then 由A增加到B after words naming its metric
POSITIONS = [
    ("全市社会消费品零售总额增长11.9%，零售总额由上年的170.0亿元增加到190.2亿元。",
     "全市社会消费品零售总额增长13.9%，零售总额由上年的170.0亿元增加到190.2亿元。"),
    ("全年旅游接待人次比上年增长20%，接待人次从512.0万人次提高到614.4万人次。",
     "全年旅游接待人次比上年增长25%，接待人次从512.0万人次提高到614.4万人次。"),
]


@pytest.mark.parametrize("good,bad", POSITIONS)
def test_transition_after_named(good, bad):
    assert codes(good) == [], good
    assert "LG201" in codes(bad), bad


def test_transition_of_another_metric_silent():
    assert codes("全市社会消费品零售总额增长13.9%，餐饮收入由上年的170.0亿元增加到190.2亿元。") == []
