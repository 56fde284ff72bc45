"""Parts listed with 分别 after 其中, the count right before 其中 of another measure (…2900平方公里，增加蓄洪容积130亿
立方米，其中A、B…分别达到…平方公里和…平方公里): their whole is the nearest count of their own measure before it, across
clauses that count other things only (rules/sums.py _named_list with claims.parts.separated_whole).  Made-up figures."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def codes(text):
    return [f.rule.code for f in lint_text(text + "\n", RULES, registry=REG)]


GOOD = [
    "全年退田还湖1,860平方公里，新增蓄洪容积42亿立方米，其中东湖、西湖还湖面积分别达到620平方公里和410平方公里。",
    "新建改建农村公路3,400公里，完成投资86亿元，其中县道、乡道分别为1,150公里和1,620公里。",
]


@pytest.mark.parametrize("text", GOOD)
def test_consistent_is_silent(text):
    assert codes(text) == []


@pytest.mark.parametrize("i,old,new", [
    (0, "620平方公里", "1,620平方公里"),
    (1, "1,620公里", "2,620公里"),
])
def test_parts_over_the_separated_whole_are_found(i, old, new):
    assert "LG103" in codes(GOOD[i].replace(old, new))


@pytest.mark.parametrize("text", [
    # a count of the parts' measure in an earlier sentence is no whole of them
    "全年退田还湖1,860平方公里。新增蓄洪容积42亿立方米，其中东湖、西湖还湖面积分别达到1,620平方公里和410平方公里。",
    # the count of the parts' measure before another 其中 breaks down something else
    "全年退田还湖1,860平方公里，其中东湖900平方公里，新增蓄洪容积42亿立方米，其中东湖、西湖库区面积分别达到1,620平方公里和410平方公里。",
])
def test_other_wholes_are_not_read(text):
    assert "LG103" not in codes(text)
