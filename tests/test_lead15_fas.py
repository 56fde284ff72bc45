"""Three false alarms of a blind written set (w11, read at the end of the session of 2026-12-07 04:01), fixed as
general readings and tested here in other wordings: a respective list of the other outcome (不合格分别为…) before a
rate of the outcome (合格率分别为…) is its complement, never its count; a clause opening with an earlier part's name and
中 (秋粮中…) breaks that part down, its counts are no further parts of the whole; a column of an amount per unit
(单产（公斤/亩）, 能耗（吨标准煤/万元）) is not added up by a 合计 row, which holds a mean."""
import pytest

from conftest import consistency_codes


CONSISTENT = [
    # the other outcome's respective list before the rate's: (1200 − 24) / 1200 = 98.0%, (800 − 10) / 800 = 98.75%
    "对粮食、蔬菜分别抽检1,200批次和800批次，其中不合格分别为24批次和10批次，合格率分别为98.0%和98.8%。",
    "两个窗口分别受理申请560件和440件，不予受理分别为28件和11件，受理率分别为95.0%和97.5%。",
    # a part broken down in its own clause: 2.6 + 1.6 = 4.2, and 1.1 + 0.3 + 1.2 = 2.6 (城镇's own parts)
    "全市新增就业4.2万人，其中城镇2.6万人、农村1.6万人；城镇中高校毕业生1.1万人、退役军人0.3万人、其他城镇就业1.2万人。",
    # a per-unit column whose 合计 row is the mean (weighted by area), not the sum
    "主要作物情况\n作物 面积（万亩） 亩产（公斤/亩） 产量（万吨）\n早稻 10.0 400 4.0\n晚稻 20.0 450 9.0\n合计 30.0 433 13.0",
    "分行业能耗\n行业 增加值（亿元） 能耗（吨标准煤/万元）\n化工 50 1.2\n建材 30 0.9\n合计 80 1.1",
]

WRONG = [
    # the same shapes with one figure clearly wrong under every reading
    ("全市新增就业4.2万人，其中城镇2.6万人、农村1.6万人；城镇中高校毕业生2.1万人、退役军人0.3万人、其他城镇就业1.2万人。", "LG103"),
    ("全市新增就业4.2万人，其中城镇2.6万人、农村2.6万人；城镇中高校毕业生1.1万人、退役军人0.3万人、其他城镇就业1.2万人。", "LG103"),
    ("主要作物情况\n作物 面积（万亩） 亩产（公斤/亩） 产量（万吨）\n早稻 10.0 400 4.0\n晚稻 26.0 450 9.0\n合计 30.0 433 13.0", "LG110"),
    ("调解纠纷分别为400件和300件，调解成功分别为388件和285件，调解成功率分别为97.0%和85.0%。", "LG101"),
    # the complement read: (800 − 10) / 800 = 98.75%, not 88.8%; (440 − 11) / 440 = 97.5%, not 87.5%
    ("对粮食、蔬菜分别抽检1,200批次和800批次，其中不合格分别为24批次和10批次，合格率分别为98.0%和88.8%。", "LG101"),
    ("两个窗口分别受理申请560件和440件，不予受理分别为28件和11件，受理率分别为95.0%和87.5%。", "LG101"),
]


@pytest.mark.parametrize("text", CONSISTENT)
def test_consistent_is_silent(text, consistency_rules):
    assert consistency_codes(consistency_rules, text) == [], text


@pytest.mark.parametrize("text,code", WRONG)
def test_wrong_is_flagged(text, code, consistency_rules):
    assert code in consistency_codes(consistency_rules, text), text
