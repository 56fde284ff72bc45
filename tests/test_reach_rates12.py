"""LG101 / LG102, session rates12: operands that stand *after* the figure or are named by what they are not — the
opposite outcome as a complement (败诉 for 胜诉率, 不合格 for 合格率, 超期 for 按期办结率), 同期 alone as this period,
增加值 as a metric (value added, no increase), a target's achieved count after it (``claims.reach``).  Wordings are
lintgov's own, varied: word order, Chinese numerals, brackets, a sentence between, 万/亿 scales.

Consistent wordings are *checked* (the ledger holds a consistent relation for the figure) and silent; the traps (上年
同期, a figure that does not fit a reading that is only an alternative) are neither checked consistent nor reported."""
import pytest

from conftest import ledger_verdicts
from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.code in ("LG101", "LG102")]
HEAD = "2025年法治政府建设年度报告\n现将本市2025年法治政府建设情况报告如下。\n一、主要工作\n"


def codes(text):
    return [f.code for f in lint_text(text, RULES, registry=REG)]


def verdict(text, figure):
    return ledger_verdicts(RULES, text, figure)


CHECKED = [
    # the opposite outcome before the rate, the base in the sentence after (胜诉 at most 审结 − 败诉)
    ("全年败诉7件，胜诉率{}%。从总量看，全年共办结一审行政诉讼案件80件。", "91.3", "95.0"),
    # Chinese numerals, the base first, the opposite outcome after the rate
    ("全年审结一审行政案件一百二十件，胜诉率为{}%，败诉的有九件。", "92.5", None),
    # a two-way split (不合格 is all that is not 合格): exact, the base after the rate in its own sentence
    ("合格率为{}%。全年抽检产品1,200批次，其中不合格60批次。", "95.0", None),
    # 同期 alone is this period: the base after the rate, a clause between
    ("以调解方式结案的有70件，调解率为{}%，较上年有所提高；同期共审结案件240件。", "29.2", "35.0"),
    # 增加值 is value added, no increase: a share with both operands after it, 亿元
    ("高技术制造业增加值占比为{}%，实现增加值126.0亿元；全县规模以上工业增加值681.0亿元。", "18.5", "25.0"),
]


@pytest.mark.parametrize("body,ok,wrong", CHECKED)
def test_operands_after_or_opposite_to_the_rate_are_read(body, ok, wrong):
    text = HEAD + body.format(ok)
    assert "LG101" not in codes(text)
    assert verdict(text, ok + "%") == [True]
    # a wrong figure is never checked consistent; since rates13 it is reported when the reading is the one there is
    # (the one whole of the measure after the rate, named as a total; the one complement over it)
    if wrong is not None:
        bad = HEAD + body.format(wrong)
        assert True not in verdict(bad, wrong + "%")
        assert "LG101" in codes(bad)


def test_the_opposite_outcome_gives_at_most_the_rest():
    # 胜诉 and 败诉 may not be all (撤诉, 驳回起诉): 胜诉率 is at most (80 − 7) ÷ 80 = 91.25%, any lower value fits
    body = "全年败诉7件，胜诉率{}%。全年共办结一审行政诉讼案件80件。"
    assert verdict(HEAD + body.format("85.0"), "85.0%") == [True]
    assert True not in verdict(HEAD + body.format("93.0"), "93.0%")


def test_last_years_same_period_is_no_base():
    body = "以调解方式结案的有70件，调解率为29.2%；上年同期共审结案件240件。"
    assert verdict(HEAD + body, "29.2%") != [True]
    body = "以调解方式结案的有70件，调解率为29.2%；比上年同期审结案件240件有所增加。"
    assert verdict(HEAD + body, "29.2%") != [True]


def test_both_outcomes_named_together_are_no_complement():
    body = "全年胜诉和败诉案件共7件，胜诉率91.3%。全年共办结一审行政诉讼案件80件。"
    assert verdict(HEAD + body, "91.3%") != [True]


TARGETS = [
    ("完成市下达目标任务的{}%：全年新增企业50家，目标任务为40家。", "125", "150"),
    ("完成年度目标任务的{}%，其中全年新建公园12个，年初确定的目标任务为10个。", "120", None),
]


@pytest.mark.parametrize("body,ok,wrong", TARGETS)
def test_a_completion_whose_achieved_count_follows_it(body, ok, wrong):
    text = HEAD + body.format(ok)
    assert "LG102" not in codes(text)
    assert verdict(text, ok + "%") == [True]
    if wrong is not None:     # (a count after the figure is an alternative: never reported)
        bad = HEAD + body.format(wrong)
        assert True not in verdict(bad, wrong + "%")
        assert "LG102" not in codes(bad)


def test_an_achieved_count_before_the_completion_is_still_the_one_read():
    # (a count after it is read only when none stands before: 完成…的110.0% over 4,400 / 4,000, not 5,000)
    body = "完成棚户区改造4,400户，完成省下达任务的{}%。省下达任务数为4,000户，明年再改造5,000户。"
    assert verdict(HEAD + body.format("110.0"), "110.0%") == [True]
    assert "LG102" in codes(HEAD + body.format("125.0"))
