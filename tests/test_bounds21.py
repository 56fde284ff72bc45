"""Bounds checked in their direction (round 21).

1. A share bound followed by its two counts (a colon or a bracket): when the part's own words (those the whole's words
   lack) are in the share's name and nothing in the name says the other side (未/不/其余…), the share is that part over
   the whole; the whole less the part is no reading of it (it would explain any 超过三成 by the other 67%).

2. A whole stated under a bound (近/不足/以内 N) bounds the sum of its parts from above whatever parts are left out;
   parts named as the inside and the outside of one place (站内/站外, 园区内/园区外, 校内/校外) exclude each other,
   so their sum above N is wrong under every reading.

3. A ceiling or floor on an average held, then the year's measured mean (全年监测均值为…, 实测均值): the mean is the
   figure the bound holds (LG105).

Wordings of our own, from several offices; consistent near-misses stay silent."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def _codes(text):
    return [f.code for f in lint_text(text, RULES, registry=REG)]


# (consistent, wrong)
PAIRS = [
    # 文旅: 1,240 / 3,610 = 34.3%
    ("全县民宿接待游客占全县游客总量的比重超过三成：民宿接待1,240万人次，全县接待游客合计3,610万人次。",
     "全县民宿接待游客占全县游客总量的比重超过四成：民宿接待1,240万人次，全县接待游客合计3,610万人次。"),
    # 人社: 2.16 / 7.85 = 27.5%
    ("高校毕业生在新增就业中的占比超过四分之一（高校毕业生就业2.16万人，全市新增就业总数7.85万人）。",
     "高校毕业生在新增就业中的占比超过三成（高校毕业生就业2.16万人，全市新增就业总数7.85万人）。"),
    # 商务: 412 / 958 = 43.0%
    ("跨境电商进出口占全区外贸的比重超过四成：跨境电商进出口412亿元，全区外贸进出口总额958亿元。",
     "跨境电商进出口占全区外贸的比重超过五成：跨境电商进出口412亿元，全区外贸进出口总额958亿元。"),
]

# near-misses: the other side named, so the whole less the part is a reading (silent either way here)
TRAPS = [
    # 未 in the name: (2,000 - 1,930) / 2,000 = 3.5% < 5%
    "全年抽检食品不合格率低于5%：共抽检食品2,000批次，合格1,930批次。",
    # 其余 in the name: (960 - 610) / 960 = 36.5%
    "其余乡镇的覆盖比重超过三成：已覆盖乡镇610个，全省乡镇总数960个。",
    # the part's words are not in the name: either reading may be meant
    "线上办理的比重超过六成：窗口受理1,020件，全年受理总计3,050件。",
]


@pytest.mark.parametrize("good,bad", PAIRS)
def test_consistent_silent_wrong_flagged(good, bad):
    assert _codes(good) == []
    assert "LG101" in _codes(bad) or "LG105" in _codes(bad)


@pytest.mark.parametrize("text", TRAPS)
def test_other_side_readings_stay_silent(text):
    assert _codes(text) == []


# (consistent, wrong): the parts' sum against an upper bound on their whole
UNDER_PAIRS = [
    # 民政: 612 + 357 = 969
    ("全年累计救助流浪乞讨人员近千人次，其中站内救助612人次、站外救助357人次。",
     "全年累计救助流浪乞讨人员近八百人次，其中站内救助612人次、站外救助357人次。"),
    # 教育: 1,480 + 930 = 2,410
    ("暑期开展学生志愿服务不足2,500场，其中校内服务1,480场，校外服务930场。",
     "暑期开展学生志愿服务不足2,000场，其中校内服务1,480场，校外服务930场。"),
    # 开发区: 46 + 38 = 84
    ("全年新引进企业近90家，其中园区内企业46家、园区外企业38家。",
     "全年新引进企业近80家，其中园区内企业46家、园区外企业38家。"),
]

UNDER_TRAPS = [
    # two names that may overlap (党员/女性): their sum above the whole is no contradiction
    "全年累计培训基层干部近八百人次，其中党员612人次、女性357人次。",
    # an exact whole above the parts' sum: the list may leave kinds out
    "全年累计救助流浪乞讨人员1,100人次，其中站内救助612人次、站外救助357人次。",
    # 内 and 外 after different places: no one boundary
    "全年新引进企业近80家，其中园区内企业46家、省外企业38家。",
]


@pytest.mark.parametrize("good,bad", UNDER_PAIRS)
def test_parts_over_an_upper_bound(good, bad):
    assert _codes(good) == []
    assert "LG103" in _codes(bad)


@pytest.mark.parametrize("text", UNDER_TRAPS)
def test_parts_that_may_overlap_stay_silent(text):
    assert _codes(text) == []


# (consistent, wrong): a bound on a mean, then the measured mean
MEAN_PAIRS = [
    # 生态环境
    ("全区细颗粒物年均浓度控制在33微克/立方米以下，全年监测均值为31.6微克/立方米。",
     "全区细颗粒物年均浓度控制在33微克/立方米以下，全年监测均值为34.2微克/立方米。"),
    # 水利
    ("主要河流断面总磷年均值不超过0.2毫克/升，全年实测均值为0.17毫克/升。",
     "主要河流断面总磷年均值不超过0.2毫克/升，全年实测均值为0.23毫克/升。"),
    # 水利: a floor on a mean
    ("全县水库溶解氧年均值不低于5毫克/升，全年监测均值为6.2毫克/升。",
     "全县水库溶解氧年均值不低于5毫克/升，全年监测均值为4.6毫克/升。"),
]

MEAN_TRAPS = [
    # another pollutant's mean after the bound: not the figure it holds
    "全区细颗粒物年均浓度控制在33微克/立方米以下，可吸入颗粒物监测均值为51微克/立方米。",
]


@pytest.mark.parametrize("good,bad", MEAN_PAIRS)
def test_bound_on_a_mean(good, bad):
    assert _codes(good) == []
    assert "LG105" in _codes(bad)


@pytest.mark.parametrize("text", MEAN_TRAPS)
def test_another_mean_stays_silent(text):
    assert _codes(text) == []
