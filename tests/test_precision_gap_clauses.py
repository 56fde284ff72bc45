"""Consistent statements that LG103 flagged (found by the meta engineer on sentences of their own, 2026-12-05): the
figure after an added thing's name measuring another deed (新建项目共投资…), and a 其中 that breaks down the subject of
a figure-free clause standing between a count and it.  Each with variants that must still be found."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.code == "LG103"]
HEAD = "2024年政府工作报告\n一、2023年工作回顾\n"


def codes(text):
    return sorted({f.code for f in lint_text(HEAD + text + "\n", RULES, registry=REG, path="example.txt")})


SILENT = [
    "新建项目共投资120亿元，累计完成投资80亿元。",
    "新开工项目计划投资86亿元，累计完成投资52亿元。",
    "新增企业带动就业3,200人，累计带动就业2,800人。",
    "全县户籍人口120万人，居住在城区的人口占多数，其中城区男性45万人、城区女性42万人。",
    "新建公园20个，带动周边小区改造，其中改造小区35个。",
    "全市学校126所，寄宿制学校比例提高，其中寄宿制学校在校生3.6万人、教师2,400人。",
    "新建口袋公园18个，惠及周边社区居民，其中社区居民参与设计的公园有12个。",
]

FOUND = [
    "新增投资120亿元，累计投资80亿元。",
    "新建社区公园共38个，全区公园总数达到30个。",
    "全县户籍人口120万人，其中男性45万人、女性42万人。",
    "全县户籍人口120万人，人口总量稳中有升，其中男性45万人、女性42万人。",
    "新建公园20个，其中口袋公园35个。",
    "新建公园20个，同比增长10%，其中口袋公园35个。",
]


@pytest.mark.parametrize("text", SILENT)
def test_silent(text):
    assert codes(text) == []


@pytest.mark.parametrize("text", FOUND)
def test_found(text):
    assert codes(text) == ["LG103"]
