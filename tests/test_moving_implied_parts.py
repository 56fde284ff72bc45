"""A whole and a part it holds by definition (进出口/出口, 一般公共预算收入 within 财政总收入…), each stated as a change
from one value to another in one sentence (…由A增加到B，…；出口由a增加到b): at each date the part is not more than the
whole (claims.stocks.implied_parts, _moving_together).  Numbers and wordings made up."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def codes(text):
    return [f.rule.code for f in lint_text(text + "\n", RULES, registry=REG)]


GOOD = [
    "全省进出口总额由2015年的1,240亿美元增加到2020年的1,860亿美元，居全国位次由第九位上升到第七位；出口总额由716亿美元增加到1,052亿美元。",
    "外贸进出口总值从2018年的三千二百亿元增长到2022年的四千一百亿元，出口从一千九百亿元增长到二千四百亿元。",
    "全市进出口总额由上年的860亿元增至912亿元，其中进口由310亿元增至334亿元。",
]


@pytest.mark.parametrize("text", GOOD)
def test_consistent_is_silent(text):
    assert codes(text) == []


@pytest.mark.parametrize("i,old,new", [
    (0, "716亿美元", "1,316亿美元"),        # the part at the first date above the whole's
    (0, "1,052亿美元", "2,052亿美元"),      # at the second date
    (1, "二千四百亿元", "四千四百亿元"),
    (2, "334亿元", "934亿元"),
])
def test_part_above_whole_is_found(i, old, new):
    assert "LG103" in codes(GOOD[i].replace(old, new))


@pytest.mark.parametrize("text", [
    # the part's change dated otherwise: its values are of other years
    "全省进出口总额由2015年的1,240亿美元增加到2020年的1,860亿美元；出口总额由2010年的1,316亿美元增加到1,652亿美元。",
    # a figure of another measure moving beside the whole: no part of it
    "全省进出口总额由2015年的1,240亿美元增加到2020年的1,860亿美元；外贸企业由2,100家增加到3,400家。",
])
def test_other_changes_stay_silent(text):
    assert "LG103" not in codes(text)
