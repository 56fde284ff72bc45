"""LG101: a rate named for one period is not read over the counts of another period stated before it."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.code == "LG101"]
HEAD = "某某区2024年法治政府建设年度报告\n一、2024年法治政府建设主要举措和成效\n"


def codes(text):
    return [f.code for f in lint_text(HEAD + text + "\n", RULES, registry=REG, path="x.txt")]


@pytest.mark.parametrize("text", [
    "2023年审结案件300件，纠错40件；2024年纠错率20.5%。",
    "2022年共审结行政复议案件412件，直接纠错52件，2023年直接纠错率上升到15.8%。",
    "上年办结申请1,200件，按期办结1,080件；今年按期办结率达到98.5%。",
])
def test_silent_when_the_rate_names_another_period(text):
    assert codes(text) == []


@pytest.mark.parametrize("text", [
    "2024年审结案件300件，纠错40件，2024年纠错率20.5%。",      # the same period on both sides
    "全年审结案件300件，纠错40件；纠错率20.5%。",               # no period named
    "2023年审结案件300件，纠错40件，纠错率20.5%。",             # the rate names none: the counts' period
])
def test_found_within_one_period(text):
    assert codes(text) == ["LG101"]
