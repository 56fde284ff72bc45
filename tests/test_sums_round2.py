"""Second short round of LG103 shapes, in lintgov's own wording: a 分别 list of the three industries (a complete
split) followed by the whole with 合计/共计/总计 — the nominal parts must add up to it.  Each consistent statement
stays silent; each wrong one is found."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def codes(text):
    return [f.code for f in lint_text(text, RULES, registry=REG)]


SPLIT_CONSISTENT = [
    "一、二、三产业增加值分别为120.5亿元、340.2亿元、560.3亿元，地区生产总值合计1021.0亿元。",
    "一、二、三产业增加值分别为120.5、340.2、560.3亿元，地区生产总值合计1021.0亿元。",
    "第一、第二、第三产业分别完成增加值12.3亿元、45.6亿元和78.9亿元，全市生产总值共计136.8亿元。",
    "全市第一产业、第二产业和第三产业增加值分别为1,205亿元、3,402亿元、5,603亿元，全市地区生产总值总计10,210亿元。",
    "全年一、二、三产业分别实现增加值80亿元、90亿元和130亿元，增加值合计300亿元。",
    # the approximate parts allow the whole
    "一、二、三产业增加值分别为约120亿元、340多亿元、560亿元，地区生产总值合计1021亿元。",
    # a whole that is not the split's (工业和建筑业 is part of 二产): never checked against the three
    "一、二、三产业增加值分别为120.5亿元、340.2亿元、560.3亿元，工业和建筑业合计300亿元。",
    # two figures for three names: not the split's complete list
    "一、二、三产业增加值分别为120亿元、340亿元，地区生产总值合计900亿元。",
]

SPLIT_WRONG = [
    "一、二、三产业增加值分别为120.5亿元、340.2亿元、560.3亿元，地区生产总值合计1100.0亿元。",
    "一、二、三产业增加值分别为120.5、340.2、560.3亿元，地区生产总值合计1000.0亿元。",
    "第一、第二、第三产业分别完成增加值12.3亿元、45.6亿元和78.9亿元，全市生产总值共计150.8亿元。",
    "全市第一产业、第二产业和第三产业增加值分别为1,205亿元、3,402亿元、5,603亿元，全市地区生产总值总计11,210亿元。",
    "全年一、二、三产业分别实现增加值80亿元、90亿元和130亿元，增加值合计320亿元。",
    "第一产业、第二产业、第三产业增加值分别为100亿元、200亿元、300亿元，地区生产总值合计650亿元。",
]


@pytest.mark.parametrize("text", SPLIT_CONSISTENT)
def test_split_total_consistent_is_silent(text):
    assert "LG103" not in codes(text)


@pytest.mark.parametrize("text", SPLIT_WRONG)
def test_split_total_wrong_is_found(text):
    assert "LG103" in codes(text)
