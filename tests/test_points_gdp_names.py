"""LG209 with the rate compared named as the report's GDP under another of its names (validity round 5): 高于GDP增速
11.4个百分点 after 实现本区生产总值537.68亿元，增长8.8% (the GDP's growth stated in another paragraph).  The phrasings are
lintgov's own; each consistent one stays silent, each wrong one is found; with no single GDP growth nothing is read."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]
GAP = "\n\n坚持稳中求进工作总基调，推动高质量发展取得新成效。\n\n"


def codes(text):
    return [f.code for f in lint_text(text, RULES, registry=REG)]


def cases(p):
    return [
        "实现本区生产总值537.68亿元，增长8.8%。" + GAP + f"战略性新兴产业增加值增长20.2%，高于GDP增速{p[0]}个百分点。",
        "全年地区生产总值2358亿元，增长10%。" + GAP + f"一般公共预算收入增长15.5%，高于GDP增速{p[1]}个百分点。",
        "全年全市生产总值1.2万亿元，增长6.0%。" + GAP + f"高技术制造业增加值增长8.1%，高于地区生产总值增幅{p[2]}个百分点。",
        "全年地区生产总值836.2亿元，增长6.8%。" + GAP + f"规模以上工业增加值增长5.6%，低于GDP增速{p[3]}个百分点。",
    ]


@pytest.mark.parametrize("text", cases(("11.4", "5.5", "2.1", "1.2")))
def test_consistent_points_against_the_gdp_are_silent(text):
    assert "LG209" not in codes(text), text


@pytest.mark.parametrize("text", cases(("14.4", "8.5", "3.1", "2.2")))
def test_wrong_points_against_the_gdp_are_found(text):
    assert "LG209" in codes(text), text


@pytest.mark.parametrize("text", [
    # only a per-capita GDP growth: not the GDP's
    "人均地区生产总值增长7.1%。" + GAP + "一般公共预算收入增长12.3%，高于GDP增幅9.5个百分点。",
    # two different GDP growths for the year: which one is meant is not known
    "地区生产总值增长8.8%。" + GAP + "按新口径，地区生产总值增长9.1%。" + GAP + "一般公共预算收入增长12.3%，高于GDP增幅9.5个百分点。",
])
def test_no_single_gdp_growth_is_never_read(text):
    assert "LG209" not in codes(text), text
