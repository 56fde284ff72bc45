"""Four readings that made consistent statements fail (lead, session 14), in the lead's own wordings:

* a share naming its whole (占…的) is never computed over a count named with the same stem and an opposed head (收入 for
  支出, 进口 for 出口), nor over a wider count when the whole it names carries a qualifier the count lacks (职工… within
  the fund's total);
* a bracket right after one part of a 其中 list that closes with 其他 breaks that part down: its count is no item;
* the last item 其他N件 (no noun of its own) is the rest of a breakdown, not left out of it;
* an average over the values of a list (三个所分别…，平均每个…) is their sum over the count of them.
Each reading also keeps catching a wrong figure."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [cls({}) for cls in REG.rules if cls.category in ("arithmetic", "yoy")]


def codes(text):
    return [f.code for f in lint_text(text, RULES, registry=REG)]


CONSISTENT = [
    # 1,640 / 9,870 = 16.6% would be 收入's share: the share is over 支出, which is not stated
    "全区税收收入98.7亿元；农林水支出16.4亿元，占全区一般公共预算支出的11.2%。",
    "全市外贸进口额412亿元；机电产品出口205亿元，占出口总额的58.3%。",
    # 职工 narrows the whole: 34.5 / 61.2 = 56.4% is not the stated share of 职工医保基金
    "全年医保基金收入61.2亿元，其中职工医保统筹基金收入34.5亿元，占职工医保基金收入的79.4%。",
    # the bracket breaks 劳动争议 down: 396 + 1,204 + 733 + 518 = 2,851
    "全年受理纠纷2,851件，其中劳动争议396件（涉及欠薪的58件），物业纠纷1,204件，交通事故纠纷733件，其他518件。",
    "全年受理纠纷2,851件，其中劳动争议396件（含欠薪58件），物业纠纷1,204件，交通事故纠纷733件，其他纠纷518件。",
    # (3,106 + 2,488 + 1,942 + 1,020) / 4 = 2,139
    "四个司法所分别调解纠纷3,106件、2,488件、1,942件和1,020件，平均每所2,139件。",
]

WRONG = [
    "全区一般公共预算支出146.5亿元；农林水支出16.4亿元，占全区一般公共预算支出的21.2%。",
    "全年受理纠纷2,851件，其中劳动争议396件（含欠薪58件），物业纠纷1,204件，交通事故纠纷733件，其他纠纷818件。",
    "四个司法所分别调解纠纷3,106件、2,488件、1,942件和1,020件，平均每个司法所2,839件。",
    # 其他 with no noun of its own is the last item of a complete breakdown
    "全年受理纠纷2,851件，其中劳动争议396件，物业纠纷1,204件，交通事故纠纷733件，其他918件。",
    pytest.param("四个司法所分别调解纠纷3,106件、2,488件、1,942件和1,020件，平均每所2,839件。",
                 marks=pytest.mark.xfail(reason="平均每所 (a one-character place after 每) is not read as an average per unit",
                                         strict=True)),
]


@pytest.mark.parametrize("text", CONSISTENT)
def test_consistent_is_silent(text):
    assert codes(text) == []


@pytest.mark.parametrize("text", WRONG)
def test_wrong_is_found(text):
    assert codes(text), text
