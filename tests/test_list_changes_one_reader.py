"""Parallel-list changes read by one reader (``claims.grammar._list_changes`` over ``claims.lists.respective_members``),
in phrasings of our own: each item's growth against its own prior, wherever the list of priors stands — in a bracket of
the same sentence with no names of its own (after items each in its clause), in the next sentence with a head that
counts the items, in the sentence before under the items' own names — and the traps that must stay silent (a prior list
of another part of the year, a list of priors that is not as long as the items, a claim sentence naming another
year)."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]
YEAR = "一、2023年工作回顾\n\n"


def codes(text):
    return [f.code for f in lint_text(YEAR + text, RULES, registry=REG)]


# (consistent, one figure wrong): 18.6/18.0 = +3.3%, 24.3/22.5 = +8.0%; 4,620/4,000 = +15.5%, 8,850/8,000 = +10.6%;
# 5.5/5.2 = +5.8%, 13.4/12.5 = +7.2%; 312/300 = +4.0%, 96/120 = −20.0%
PAIRS = [
    # the priors in the next sentence, its head counting the items
    ("全县小麦、玉米产量分别达到18.6万吨和24.3万吨，比上年分别增长3.3%和8.0%。上年两项产量分别为18.0万吨、22.5万吨。",
     "全县小麦、玉米产量分别达到18.6万吨和24.3万吨，比上年分别增长3.3%和13.0%。上年两项产量分别为18.0万吨、22.5万吨。"),
    # items each in its clause, the priors in a bracket with no names of their own
    ("全市专利授权量4,620件，增长15.5%；商标注册量8,850件，增长10.6%（上年分别为4,000件和8,000件）。",
     "全市专利授权量4,620件，增长15.5%；商标注册量8,850件，增长16.6%（上年分别为4,000件和8,000件）。"),
    # the priors in the sentence before, each under its item's name
    ("去年全镇粮食产量5.2万吨，蔬菜产量12.5万吨。今年全镇粮食产量、蔬菜产量分别达到5.5万吨、13.4万吨，分别增长5.8%、7.2%。",
     "去年全镇粮食产量5.2万吨，蔬菜产量12.5万吨。今年全镇粮食产量、蔬菜产量分别达到5.5万吨、13.4万吨，分别增长5.8%、12.2%。"),
    # a rise and a fall, the priors in the next clause after ；
    ("全年办理公证、司法鉴定案件分别为312件和96件，分别增长4.0%和下降20.0%；上年分别为300件、120件。",
     "全年办理公证、司法鉴定案件分别为312件和96件，分别增长4.0%和下降10.0%；上年分别为300件、120件。"),
]


@pytest.mark.parametrize("good,bad", PAIRS)
def test_each_item_against_its_own_prior(good, bad):
    assert codes(good) == [], good
    assert "LG201" in codes(bad), bad


SILENT = [
    # the priors are the first half's: not the year's base (9.3% and 12.0% would be wrong over them)
    "上半年全区税收收入和非税收入分别为40.2亿元、12.5亿元。全区税收收入和非税收入分别达到86.0亿元、25.1亿元，分别增长9.3%、12.0%。",
    # two priors for three items: which is whose is not certain
    "全年受理、审结、执结案件分别为520件、480件和300件，分别增长4.0%、6.0%和9.1%。上年分别为500件、450件。",
    # the claim names another year: 上年 of the sentence before is not its base
    "上年全区工业投资和技改投资分别为60.0亿元、20.0亿元。全区工业投资和技改投资分别比2020年增长30.0%、50.0%，达到90.0亿元、"
    "36.0亿元。",
]


@pytest.mark.parametrize("text", SILENT)
def test_priors_of_another_period_or_length_are_not_read(text):
    assert codes(text) == [], text
