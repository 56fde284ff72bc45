"""Consistent statements that were flagged (found at the end of the session of 2026-12-06 16:24 on a written set and
on CI), in wordings written for this test: a target rate against the actual counts, a share of a whole the sentence
frames (户籍人口中) against another whole of the same head (常住人口), a total of N levels after fewer figures and a
level named without its figure, a table of means whose first row is no sum of the others."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def codes(text):
    return sorted({f.code for f in lint_text(text + "\n", RULES, registry=REG)})


SILENT = [
    "年度目标要求重大行政决策合法性审查率达到95%，实际提交审查62件，审查通过60件，审查率100%。",
    "全区户籍人口中65岁及以上人口占15.8%，共计7.9万人；全区常住人口为61.3万人。",
    "全县调解组织分为县、乡、村三级。县级调委会1个，乡镇调委会18个，其余为村级调委会。三级组织合计352个，其中村级调委会333个。",
    "表2 城乡居民人均消费支出\n指标 2024年（元） 2023年（元）\n全体居民 31,820 30,215\n城镇居民 38,406 36,910\n农村居民 19,660 18,482",
]


@pytest.mark.parametrize("text", SILENT)
def test_consistent_is_silent(text):
    assert codes(text) == []


FOUND = [
    # the actual rate wrong against the counts: still found, only the target is left alone
    ("年度目标要求重大行政决策合法性审查率达到95%，实际提交审查62件，审查通过60件，通过率96.8%。", "96.8%", "86.8%"),
    # the frame's own whole stated: the share is over it
    ("全区户籍人口中65岁及以上人口占15.8%，共计7.9万人；全区户籍人口为50.0万人。", "15.8%", "25.8%"),
    # a total of as many levels as figures before it
    ("市级调委会1个，乡镇调委会18个。两级组织合计19个。", "19个", "29个"),
    # a table of amounts whose first row is the whole by definition
    ("指标 2024年（亿元）\n地区生产总值 1,386.2\n第一产业 98.4\n第二产业 562.1\n第三产业 725.7", "725.7", "825.7"),
]


@pytest.mark.parametrize("text,printed,wrong", FOUND)
def test_wrong_is_still_found(text, printed, wrong):
    assert codes(text) == []
    assert codes(text.replace(printed, wrong, 1)) != []
