"""A whole named by the contraction of its two parts' names (工农业总产值 = 工业… + 农业…, 进出口总额 = 出口 + 进口,
中小学 = 中学 + 小学: claims.parts.contracted) is all of them: the parts must add up to it (LG103).  A whole whose
clause only reaches a level (…将比上年增长…，达到N) is named by the clause before (claims.parts.label_of_whole).
Numbers and wordings made up."""
import pytest

from lintgov.claims.parts import contracted, label_of_whole
from lintgov.document import Document
from lintgov.claims.grammar import folded_text
from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def codes(text):
    return [f.rule.code for f in lint_text(text + "\n", RULES, registry=REG)]


@pytest.mark.parametrize("whole,parts,expected", [
    ("全年工农业总产值", ["工业和手工业总产值为", "农业总产值为"], True),
    ("进出口总额", ["出口总额", "进口总额"], True),
    ("中小学校舍面积", ["中学校舍面积", "小学校舍面积"], True),
    ("中小企业贷款", ["中型企业贷款", "小型企业贷款"], False),     # 中型/小型: no shared rest after the first characters
    ("工农业总产值", ["工业增加值", "农业总产值"], False),          # another measure of one part
    ("进出口总额", ["出口总额", "进口总额", "转口总额"], False),   # two parts only
])
def test_contracted(whole, parts, expected):
    assert contracted(whole, parts) is expected


def test_whole_reached_in_its_own_clause_is_named_by_the_clause_before():
    text = "全省农林牧渔业总产值将比上年的一千二百亿元增长百分之五，达到一千二百六十亿元。"
    doc = Document(text)
    w = [q for q in doc.quantities if doc.text[q.start:q.end] == "一千二百六十亿元"][0]
    assert "农林牧渔业总产值" in label_of_whole(folded_text(doc), w, max(0, w.start - 40))


GOOD = [
    "全年工农业总产值达到一千九百五十亿元；其中，工业和手工业总产值为一千一百四十亿元，农业总产值为八百一十亿元。",
    "一九六〇年的工农业总产值将比上年的二千亿元增长百分之二十，达到二千四百亿元；其中，工业总产值为一千五百亿元，农业总产值为九百亿元。",
    "全年外贸进出口总额4,862亿美元，其中出口总额2,518亿美元，进口总额2,344亿美元。",
    "全县中小学在校生8.6万人。其中，中学在校生3.1万人，小学在校生5.5万人。",
]


@pytest.mark.parametrize("text", GOOD)
def test_consistent_is_silent(text):
    assert codes(text) == []


@pytest.mark.parametrize("i,old,new", [
    (0, "一千九百五十亿元", "二千二百五十亿元"),     # the whole above the parts' sum
    (0, "一千一百四十亿元", "一千三百四十亿元"),     # a part making the sum exceed it
    (1, "二千四百亿元", "二千六百亿元"),
    (2, "4,862亿美元", "5,062亿美元"),
    (3, "5.5万人", "4.5万人"),                      # the parts short of the whole
])
def test_wrong_figure_is_found(i, old, new):
    assert codes(GOOD[i].replace(old, new)) == ["LG103"]


@pytest.mark.parametrize("text", [
    # the parts named by something other than the contraction's sides: not read as all of it
    "全年工农业总产值达到一千九百五十亿元；其中，重工业总产值为六百亿元，农业总产值为八百一十亿元。",
    # a whole of middle and small firms with medium-sized and small firms: 中型/小型 is no contraction of 中小 here
    "全市中小企业贷款余额860亿元，其中中型企业贷款320亿元，小型企业贷款410亿元。",
])
def test_other_breakdowns_keep_not_more_than(text):
    assert codes(text) == []
