"""Sums of a list closed by a count-named total (三项民生支出共计T after three 、-joined parts with their own nouns), and
lists of counts in Chinese numerals whose first item is 一<unit> (中心一个、工作站十二个…: the count 1, not the article
一个, so that the sum has every part). Wordings written for this test; consistent, one figure wrong, and silent readings."""
import pytest

from lintgov.document import Document
from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def codes(text):
    return sorted({f.code for f in lint_text(text + "\n", RULES, registry=REG)})


CASES = [
    ("区财政用于义务教育2.35亿元、基本医疗1.18亿元、养老保障3.02亿元，三项民生支出合计6.55亿元。", "1.18亿元", "1.98亿元"),
    ("全县组建调解委员会一个、调解小组九个、调解站四十六个，共五十六个。", "四十六个", "七十六个"),
    ("建成市级图书馆一座、县级图书馆八座、乡镇分馆一百二十座，共一百二十九座。", "八座", "十八座"),
]


@pytest.mark.parametrize("text,printed,wrong", CASES)
def test_consistent_is_silent(text, printed, wrong):
    assert codes(text) == []


@pytest.mark.parametrize("text,printed,wrong", CASES)
def test_wrong_part_is_found(text, printed, wrong):
    assert "LG103" in codes(text.replace(printed, wrong, 1))


SILENT = [
    # a figure of the measure before the list: which figures 三项 counts is read by the noun, and here it is another
    "全年一般公共预算支出86.5亿元，其中教育投入18.36亿元、卫生健康投入12.72亿元、社会保障和就业投入14.05亿元，三项民生支出共计42.13亿元。",
    # 一个 outside a list of counts stays the article
    "建设一个高水平的公共法律服务中心，共服务群众三千人次。",
]


@pytest.mark.parametrize("text", SILENT)
def test_silent(text):
    assert codes(text) == []


def test_one_is_a_count_only_in_a_list_of_counts():
    d = Document("设立中心一个、工作站十二个。打造一个品牌。")
    got = [(d.text[q.start:q.end], q.value) for q in d.quantities]
    assert ("一个", 1.0) in got and ("十二个", 12.0) in got
    assert sum(1 for t, _ in got if t == "一个") == 1


def test_whole_scope_among_names_is_no_item():
    # the report's whole area among the names says where the counted things are, not what they are
    assert codes("推进东区、西区和全市5个重点项目建设。") == []
    assert codes("支持城东、城西和全区7家龙头企业扩产。") == []
    # names that are the things counted are still read
    assert "LG103" in codes("荆州、孝感、黄冈4个过三千亿元城市加快发展。")
