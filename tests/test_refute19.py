"""Relations the engine confirms when the values agree must also be reported when one figure is wrong (refute19).

* A change paired by the claims layer with levels of its metric stated elsewhere — the two periods' levels in the
  sentences before it (claims.levels.period_pairs), last year's level in the review for a change of the plans
  (claims.yearlevels.stated_priors) — is recomputed by LG201; a direction the values contradict is LG202's, on the
  same pairing and the same guards (it used to be dropped by both).

The wordings are this file's own; each consistent one stays silent."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def found(text):
    return [(f.code, text[f.start:f.end]) for f in lint_text(text, RULES, registry=REG)]


def _report(review: str, plans: str) -> str:
    return ("2019年市政府工作报告\n各位代表：\n一、2018年工作回顾\n" + review + "\n二、2019年工作安排\n" + plans + "\n")


# -- direction on the pairings LG201 recomputes -------------------------------------------------------------------
PERIOD_WRONG = [
    # the earlier level above the later one while the change says it rose
    "2021年，全市政务服务事项网上可办率为94.2%。经过一年攻坚，这一比例达到91.6%。两年相比，网上可办率提高2.6个百分点。",
    "2022年，全县行政执法案卷合格率为96.8%。经过集中评查，这一比例达到93.5%。两年相比，行政执法案卷合格率提高3.3个百分点。",
]
PERIOD_RIGHT = [
    "2021年，全市政务服务事项网上可办率为84.2%。经过一年攻坚，这一比例达到91.6%。两年相比，网上可办率提高7.4个百分点。",
    "2022年，全县行政执法案卷合格率为90.2%。经过集中评查，这一比例达到93.5%。两年相比，行政执法案卷合格率提高3.3个百分点。",
    # the earlier level above the later one and the change says it fell: consistent
    "2022年，全县行政执法案卷合格率为96.8%。经过集中评查，这一比例为93.5%。两年相比，行政执法案卷合格率下降3.3个百分点。",
]

PRIOR_WRONG = [
    _report("全年市财政用于“菜篮子”工程的投入18.6亿元，比上年增加2.1亿元。",
            "今年市财政拟安排“菜篮子”工程投入17.2亿元，比上年增加1.4亿元。"),
    _report("全年区财政用于“双减”课后服务的投入6.8亿元，比上年增加1.1亿元。",
            "今年区财政拟安排“双减”课后服务投入6.3亿元，比上年增加0.9亿元。"),
]
PRIOR_RIGHT = [
    _report("全年市财政用于“菜篮子”工程的投入15.8亿元，比上年增加2.1亿元。",
            "今年市财政拟安排“菜篮子”工程投入17.2亿元，比上年增加1.4亿元。"),
    _report("全年区财政用于“双减”课后服务的投入5.4亿元，比上年增加1.1亿元。",
            "今年区财政拟安排“双减”课后服务投入6.3亿元，比上年增加0.9亿元。"),
    # a growth of the plans against last year's level in the review, consistent
    _report("全年全市一般公共预算收入380.8亿元，增长6.2%。",
            "今年全市一般公共预算收入396.0亿元，比上年增长4%。"),
]


@pytest.mark.parametrize("text", PERIOD_WRONG + PRIOR_WRONG)
def test_direction_against_paired_levels_is_reported(text):
    assert "LG202" in [c for c, _ in found(text)], found(text)


@pytest.mark.parametrize("text", PERIOD_RIGHT + PRIOR_RIGHT)
def test_paired_levels_that_agree_stay_silent(text):
    assert found(text) == []


# -- a total that closes clauses each carrying one noun after its figure (LG103) ---------------------------------
# 东片区有57个建设项目，西片区有14个建设项目，共计71个: the words bind the parts to the total whatever their values (the
# same noun after every part, the total word right after the last clause); found before only when the values agreed.
CLOSED_WRONG = [
    "今年全镇重点工程中，北片区有23个建设项目，南片区有9个建设项目，共计36个。",
    "本年度城区新建4所公办幼儿园，镇区新建7所公办幼儿园，合计13所。",
    "市本级安排12个民生实事项目，各县（市、区）安排31个民生实事项目，总计47个。",
    "一季度受理19起信访事项，二季度受理26起信访事项，共52起。",
]
CLOSED_RIGHT = [
    "今年全镇重点工程中，北片区有23个建设项目，南片区有9个建设项目，共计32个。",
    "本年度城区新建4所公办幼儿园，镇区新建7所公办幼儿园，合计11所。",
    "市本级安排12个民生实事项目，各县（市、区）安排31个民生实事项目，总计43个。",
    # the parts name different things: not one list
    "北片区有23个建设项目，南片区有9个储备项目，共计36个。",
    # a stock the items are added to, or one built over years: not their sum
    "全区新建5所幼儿园，改扩建8所幼儿园，累计建成幼儿园126所。",
    "今年新建3个口袋公园，改造6个口袋公园，共有口袋公园58个。",
    # an earlier clause of the sentence holds more of the same things: one reading (the last two) adds up
    "全市有123个建设项目，东片区有57个建设项目，西片区有14个建设项目，共计71个。",
]


@pytest.mark.parametrize("text", CLOSED_WRONG)
def test_closed_list_with_a_noun_after_each_part_is_reported(text):
    assert "LG103" in [c for c, _ in found(text)], found(text)


@pytest.mark.parametrize("text", CLOSED_RIGHT)
def test_closed_list_near_misses_stay_silent(text):
    assert found(text) == [], found(text)


# -- the unit on the same pairings (LG204) ------------------------------------------------------------------------
def test_relative_change_written_in_points_on_paired_rates_is_reported():
    # 84.2% → 91.6% is 7.4 points, a relative rise of 8.8%: LG201 leaves "8.8个百分点" to LG204, which now reads the pair
    text = "2021年，全市政务服务事项网上可办率为84.2%。经过一年攻坚，这一比例达到91.6%。两年相比，网上可办率提高8.8个百分点。"
    assert [c for c, _ in found(text)] == ["LG204"], found(text)
