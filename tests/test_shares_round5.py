"""LG101, shares whose whole is the report's GDP (round 5 of the validity study): the GDP under another of its
names (占GDP比重 after 地区生产总值…; 本市生产总值 in a city's report; 占全区GDP比重 in a district's), a ranking
remark between the part and its share (、总量全市第二，), and a bound after the share that is no operand (超千亿元).
A threshold the GDP passed (跨越3000、4000亿元台阶) is never the whole.  The phrasings are lintgov's own; each
consistent one stays silent, each wrong one is found."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]
FILLER = "\n\n" + "坚持稳中求进工作总基调，统筹发展和安全，推动高质量发展取得新成效。" * 8 + "\n\n"


def codes(text):
    return [f.code for f in lint_text(text, RULES, registry=REG)]


def cases(share):
    return [
        # the GDP in the sentence before, named 地区生产总值; the share names it GDP
        f"全年地区生产总值4120.6亿元，同比增长5.9%。数字经济核心产业增加值1648.2亿元，占GDP比重{share[0]}。",
        # a ranking remark between the part and its share, a bound in the next sentence
        f"全年地区生产总值4120.6亿元，同比增长5.9%。" + FILLER
        + f"数字经济核心产业增加值实现1648.2亿元、总量全省第二，占GDP比重{share[0]}。其中软件业规模超千亿元。",
        # a district's report: 占全区GDP比重 is a share of the district's own GDP
        "我代表区人民政府向大会报告工作。全年地区生产总值（GDP）1962.4亿元、增长6.5%。" + FILLER
        + f"战略性新兴产业增加值实现785.0亿元，占全区GDP比重达{share[1]}。",
        # a city's report naming its GDP 本市生产总值
        "本市生产总值达到6206.8亿元，增长13.4%。" + FILLER + f"高新技术产品增加值1800亿元，占本市生产总值{share[2]}。",
    ]


CONSISTENT = cases(("40.0%", "40%", "29.0%"))
WRONG = cases(("46.0%", "46%", "35.0%"))


@pytest.mark.parametrize("text", CONSISTENT)
def test_a_consistent_share_of_the_gdp_is_silent(text):
    assert "LG101" not in codes(text), text


@pytest.mark.parametrize("text", WRONG)
def test_a_wrong_share_of_the_gdp_is_found(text):
    assert "LG101" in codes(text), text


@pytest.mark.parametrize("text", [
    # thresholds the GDP passed are not the GDP: 1800/6206.8 = 29.0%, 1800/5000 would be 36%
    "本市生产总值连续跨越4000、5000亿元台阶，达到6206.8亿元。" + FILLER + "高新技术产品增加值1800亿元，占本市生产总值29.0%。",
    "本市生产总值突破5000亿元大关。" + FILLER + "高新技术产品增加值1800亿元，占本市生产总值29.0%。",
    # a per-capita GDP is not the GDP
    "全年地区生产总值4120.6亿元，人均地区生产总值9.8万元。数字经济核心产业增加值1648.2亿元，占GDP比重40.0%。",
    # a bound after the share never explains a wrong share away, nor makes a consistent one wrong
    "全年地区生产总值4120.6亿元，同比增长5.9%。数字经济核心产业增加值1648.2亿元，占GDP比重40.0%。软件业规模超千亿元。",
])
def test_other_figures_are_not_the_whole(text):
    assert "LG101" not in codes(text), text
