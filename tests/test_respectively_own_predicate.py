"""A total followed right away by 分别 and the predicate it was itself stated with (合计新增学位N个，分别新增学位A个和B个 /
共投入资金N，分别投入A、B) lists the total's parts, as 分别为 does: the same measure split among the members named
before.  A 分别 with a predicate of its own (受理N件，分别审结…: what was done with some of them) splits nothing."""
import pytest

from conftest import consistency_codes as codes


@pytest.fixture(scope="module")
def rules(consistency_rules):
    return consistency_rules


# (consistent text, figure as printed, a wrong figure)
CASES = [
    ("新建、改扩建中小学校合计新增学位7,260个，分别新增学位3,180个和4,080个。", "4,080个", "4,680个"),
    ("甲、乙两个产业园今年共引进项目63个，分别引进28个、35个。", "35个", "41个"),
    ("三个街道全年共调解纠纷1,512件，分别调解486件、517件和509件。", "517件", "577件"),
    # Chinese numerals throughout
    ("省、市两级共投入资金九亿二千万元，分别投入五亿四千万元、三亿八千万元。", "三亿八千万元", "四亿二千万元"),
    # the predicate with a copula before the figures
    ("两个片区累计完成投资126.4亿元，分别完成投资达到71.2亿元和55.2亿元。", "55.2亿元", "59.2亿元"),
]


@pytest.mark.parametrize("text,old,new", CASES)
def test_parts_after_own_predicate_sum_to_total(rules, text, old, new):
    assert codes(rules, text) == []
    assert "LG103" in codes(rules, text.replace(old, new, 1))


@pytest.mark.parametrize("text", [
    # another predicate: what was done with some of the total, not its split
    "全年受理行政复议案件500件，分别审结210件和260件。",
    # words other than a clause break between the total and 分别 (its growth): not read here
    "全年共办理案件500件，同比增长12%，分别办理刑事案件200件、民事案件260件。",
    # the members' own rates of change after the total are no parts
    "两区合计实现地区生产总值1,860亿元，分别增长5.2%和6.4%。",
    # a predicate the total was not stated with, though the noun is the same
    "两所医院共有床位1,200张，分别新增床位120张和90张。",
    # the figure before is a member of a list of its own, not a total (two lists of the same predicate in a row)
    "甲、乙两县最低工资标准分别调高到2,100元和1,900元，分别调高150元和120元，调整前分别为1,950元和1,780元。",
])
def test_other_predicates_stay_silent(rules, text):
    assert codes(rules, text) == []
