"""The heading tree and the inline series (lintgov/headings.py)."""
import os

import pytest
from hypothesis import given, strategies as st

from lintgov.document import Document
from lintgov.headings import (cn_ordinal_value, inline_ordinals, inline_series, match_marker, ordinal_value,
                              parse_headings)

SEEDS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "seeds")
from lintgov.rules.numbering import cn_numeral as cn  # noqa: E402  (renders test input only)


@pytest.mark.parametrize("s,v", [("一", 1), ("二", 2), ("九", 9), ("十", 10), ("十一", 11), ("二十", 20),
                                 ("二十三", 23), ("九十九", 99), ("一〇", 10), ("12", 12), ("１２", 12)])
def test_ordinal_values(s, v):
    assert ordinal_value(s) == v


@given(st.integers(min_value=1, max_value=99))
def test_cn_ordinal_roundtrip(n):
    assert cn_ordinal_value(cn(n)) == n


def test_levels_and_forms():
    doc = Document("一、总体情况\n（一）加强领导\n1.学法。正文。\n（1）集中学法\n(二)完善制度\n二)纵深推进\n"
                   "2、用法\n一．工作\n（二）、强化\n")
    hs = list(doc.headings)
    assert [(h.level, h.value) for h in hs] == [(1, 1), (2, 1), (3, 1), (4, 1), (2, 2), (2, 2), (3, 2), (1, 1), (2, 2)]
    assert hs[4].open == "(" and hs[4].close == ")"
    assert hs[5].open == "" and hs[5].close == ")"          # lost its opening bracket
    assert hs[6].punct == "、" and hs[7].punct == "．" and hs[8].punct == "、"
    assert hs[2].parent is hs[1] and hs[1].parent is hs[0] and hs[3].parent is hs[2]


def test_not_headings():
    doc = Document("2023年，全区工作。\n1.5万件案件办结。\n一是加强领导。\n第一责任人职责。\n3.5%的增幅。\n")
    assert list(doc.headings) == []


def test_title_and_standalone():
    doc = Document("（一）把握正确政治方向。一是坚持高位推动。\n（二）依法履职\n")
    a, b = doc.headings
    assert a.title(doc) == "把握正确政治方向" and not a.standalone
    assert b.title(doc) == "依法履职" and b.standalone


def test_seed_000_tree():
    doc = Document(open(os.path.join(SEEDS, "000_db1df324d5669997.txt"), encoding="utf-8").read())
    assert [h.value for h in doc.headings.at_level(1)] == [1, 2, 3, 4]
    assert [h.value for h in doc.headings.at_level(2)] == list(range(1, 10))
    assert [h.value for h in doc.headings.at_level(3)] == list(range(1, 26))   # continuous 1.–25.


def test_seed_001_tree_restarts():
    doc = Document(open(os.path.join(SEEDS, "001_e39e1493065be82e.txt"), encoding="utf-8").read())
    groups = [[c.value for c in h.children] for h in doc.headings.at_level(2) if h.children]
    assert groups == [[1, 2, 3], [1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3], [1, 2, 3]]


def test_inline_series():
    doc = Document("（一）加强领导。一是压实责任；二是完善制度；三是、强化考核。统一是前提，唯一是标准，一是一，二是二。\n"
                   "主要有：一是学法\n二是用法\n第一，做好。第二、做实。第一责任人，第一次，第一、二批。")
    series = [[(o.kind, o.value, o.punct) for o in s] for s in inline_series(doc)]
    assert series == [[("shi", 1, ""), ("shi", 2, ""), ("shi", 3, "、")],
                      [("shi", 1, ""), ("shi", 2, "")],
                      [("di", 1, "，"), ("di", 2, "、")]]
    assert all(doc.text[o.start:o.end].endswith(("是", "一", "二")) for o in inline_ordinals(doc))


def test_di_series_versus_enumerated_ordinals():
    doc = Document("第一、二批试点。第一、二、三产业。第一、二季度。\n第一、借外债要适度\n第二、一定要用在生产上\n")
    assert [[(o.value, o.punct) for o in s] for s in inline_series(doc)] == [[(1, "、"), (2, "、")]]


def test_inline_series_restart_in_paragraph():
    doc = Document("（一）学法。一是集中学；二是自学。（二）用法。一是执法；二是普法。")
    assert [[o.value for o in s] for s in inline_series(doc)] == [[1, 2], [1, 2]]


def test_match_marker():
    assert match_marker("（三）标题", 0, 5)[0] == 2
    assert match_marker("12.标题", 0, 5)[0] == 3
    assert match_marker("12.5万", 0, 5) is None
