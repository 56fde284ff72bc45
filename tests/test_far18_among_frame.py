"""A sentence that opens by naming a whole (在预算收入中，…) after a sentence that states that whole for a year
(1956年预算收入为287亿元，增长8%。) holds shares of it: the part's sentence, naming no period of its own, is of that
year (claims.rates._whole_line_before). Silent when the whole's sentence states another figure of the part's measure or
a plan, when the part's sentence names another year, or when the frame names another whole."""
import pytest

from conftest import consistency_codes

_GWR = "政府工作报告\n我代表国务院，向大会报告政府工作，请予审议。\n"


@pytest.mark.parametrize("good,bad", [
    # the State Council's numerals in words, the whole's growth after it
    ("一九五六年国家预算收入为二百八十七亿元，比上年增长百分之八。在预算收入中，各种税收为一百四十亿元，占百分之四十八点八。",
     "一九五六年国家预算收入为二百八十七亿元，比上年增长百分之八。在预算收入中，各种税收为一百四十亿元，占百分之五十八点八。"),
    # a province's digits
    ("2023年全省一般公共预算收入为3,650亿元。在一般公共预算收入中，税收收入为2,701亿元，占74.0%。",
     "2023年全省一般公共预算收入为3,650亿元。在一般公共预算收入中，税收收入为2,701亿元，占77.0%。"),
    # a court's year and cases
    ("2024年，全市法院受理行政案件1,860件。在行政案件中，涉及征收拆迁的612件，占32.9%。",
     "2024年，全市法院受理行政案件1,860件。在行政案件中，涉及征收拆迁的612件，占36.9%。"),
])
def test_share_in_a_frame_naming_the_year_s_whole(consistency_rules, good, bad):
    assert consistency_codes(consistency_rules, _GWR + good) == []
    assert consistency_codes(consistency_rules, _GWR + bad) != []


@pytest.mark.parametrize("text", [
    # the part's sentence names another year
    "2022年预算收入为287亿元。2023年在预算收入中，各种税收为140亿元，占58.8%。",
    # the whole's sentence is a plan's completion, not the whole alone
    "1956年预算收入为287亿元，完成计划的98%。在预算收入中，各种税收为140亿元，占58.8%。",
    # the frame names another whole than the one stated
    "1956年财政支出为287亿元。在预算收入中，各种税收为140亿元，占58.8%。",
    # two counts of the measure in the whole's sentence
    "1956年预算收入为287亿元，预算支出为280亿元。在预算收入中，各种税收为140亿元，占58.8%。",
])
def test_silent_without_one_whole_of_the_year(consistency_rules, text):
    assert consistency_codes(consistency_rules, _GWR + text) == []
