"""Wholes stated after all their parts: the sides of a known complete split, then the figure their common noun names
(城镇人口…，乡村人口…，常住人口总数…); a whole closed by 中 after a clause ending with 的 (全县登记的1,385家社会组织中，…),
its list closed by the rest (其余为基金会，共25家). Wordings written for this test; consistent, wrong, and silent."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def codes(text):
    return sorted({f.code for f in lint_text(text + "\n", RULES, registry=REG)})


CASES = [
    ("全县常住人口中，城镇人口48.6万人，乡村人口31.2万人，常住人口79.8万人。", "31.2万人", "41.2万人"),
    ("年末城镇人口48.6万人，乡村人口31.2万人，人口总数79.8万人。", "48.6万人", "58.6万人"),
    ("全市常住人口中，城镇人口612.4万人，乡村人口187.9万人，常住人口总数800.3万人。", "187.9万人", "247.9万人"),
    ("本年度审结的264件行政复议案件中，维持决定171件，撤销决定41件，其余为驳回或终止，共52件。", "41件", "61件"),
    ("全区备案的96家养老机构中，公办机构38家，民办机构45家，其余为公建民营，共13家。", "38家", "48家"),
]


@pytest.mark.parametrize("text,printed,wrong", CASES)
def test_consistent_is_silent(text, printed, wrong):
    assert codes(text) == []


@pytest.mark.parametrize("text,printed,wrong", CASES)
def test_wrong_part_is_found(text, printed, wrong):
    assert "LG103" in codes(text.replace(printed, wrong, 1))


SILENT = [
    # halves of a narrower deed (按期办结) against all of it (办结)
    "上半年按期办结1,200件，下半年按期办结1,300件，全年办结2,600件。",
    # a whole named by other words than the split's own (户籍 after the 常住 split): not sure it is the split's whole
    "年末城镇人口48.6万人，乡村人口31.2万人，户籍人口85.8万人。",
    # means do not add up
    "城镇居民人均可支配收入5.1万元，乡村居民人均可支配收入2.4万元，全体居民人均可支配收入3.9万元。",
    # no known complete split: the parts may be some of the whole
    "全年新建学校12所，改扩建学校8所，全市学校总数312所。",
    # another figure of the measure before the sides: which ones the whole holds is not sure
    "户籍人口增加1.2万人，城镇人口48.6万人，乡村人口31.2万人，全县常住人口85.8万人。",
    # a list closed by 其他 of money: a defined residual, not all the rest
    "在安排的12.6亿元资金中，教育4.2亿元，医疗3.1亿元，其他为民生项目，共3.0亿元。",
]


@pytest.mark.parametrize("text", SILENT)
def test_silent(text):
    assert codes(text) == []
