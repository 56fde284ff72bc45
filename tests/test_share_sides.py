"""Two sides of one whole moving opposite ways in parallel clauses, the second's 比重 named without a whole
(claims.sides, LG107): when their shares add up to 100% at one date they are all of the whole, and must at the other
date too.  Numbers and wordings made up (state and private sectors, town and country, consumption and accumulation,
in Arabic and Chinese numerals, joined by 而…则, 相应地, a comma or a semicolon)."""
import pytest

from lintgov.claims.sides import share_sides
from lintgov.document import Document
from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def codes(text):
    return [f.rule.code for f in lint_text(text + "\n", RULES, registry=REG)]


GOOD = [
    "国有企业的产值在工业总产值中所占的比重，由2015年的42.5%上升到2020年的48.0%，而民营企业所占的比重，则由57.5%下降为52.0%。",
    "城镇人口在总人口中的比重由百分之四十二点一上升到百分之五十八点三；乡村人口所占的比重，相应地由百分之五十七点九下降到百分之四十一点七。",
    "使积累在国民收入中的比重，由上年的33.6%下降到今年的30%左右，消费所占的比重由66.4%提高到70%左右。",
    "全市第三产业增加值占地区生产总值的比重从2018年的46.2%提高到2023年的52.7%，第二产业的比重从53.8%降至47.3%。",
]


@pytest.mark.parametrize("text", GOOD)
def test_consistent_sides_are_silent(text):
    assert codes(text) == []


def test_reader_pairs_the_two_transitions():
    doc = Document(GOOD[0] + "\n")
    (ss,) = share_sides(doc)
    assert doc.text[ss.first.base.start:ss.first.base.end] == "42.5%"
    assert doc.text[ss.second.current.start:ss.second.current.end] == "52.0%"


@pytest.mark.parametrize("i,old,new", [
    (0, "57.5%", "67.5%"),                 # the second side at the first date
    (0, "48.0%", "58.0%"),                 # the first side at the second date
    (0, "52.0%", "42.0%"),                 # short of 100 at the second date
    (1, "五十七点九", "六十七点九"),
    (1, "四十一点七", "五十一点七"),
    (2, "66.4%", "76.4%"),
    (3, "53.8%", "63.8%"),
])
def test_one_wrong_share_is_found(i, old, new):
    text = GOOD[i].replace(old, new)
    assert codes(text).count("LG107") == 1


@pytest.mark.parametrize("text", [
    # sides of two splits (town / country and farm / other registration): they overlap, and never add up to 100
    "城镇人口比重由40%上升到60%，农业户籍人口所占比重由70%下降到55%。",
    # the second share names a whole of its own
    "出口占全国的比重由3.2%上升到4.1%，进口占全省的比重由96.8%下降到95.9%。",
    # both moving the same way: not the two sides of one whole
    "高技术产业增加值的比重由12.5%上升到15.0%，装备制造业的比重由87.5%上升到89.0%。",
    # the second side's dates are another pair of years
    "国有企业所占的比重由2015年的42.5%上升到2020年的48.0%，民营企业的比重由2010年的67.5%下降为52.0%。",
])
def test_other_pairs_stay_silent(text):
    assert "LG107" not in codes(text)
