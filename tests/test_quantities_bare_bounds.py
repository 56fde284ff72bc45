"""A bare magnitude opened by a bound word is a quantity (近万亿元, 超万人, 逾亿元, 接近万亿元): the quantity service reads it
for every rule, as it reads 突破千家 and 近1万亿元; a magnitude without a bound word (千家万户, 万人空巷) or without a unit
stays unread."""
import pytest

from lintgov.claims.values import interval_of, value_of
from lintgov.document import Document


def _qs(text):
    d = Document(text)
    return [(text[q.start:q.end], q) for q in d.quantities]


@pytest.mark.parametrize("text,span,value,approx", [
    ("固定资产投资近万亿元、增长11.0%。", "近万亿元", 1e12, "<"),
    ("普惠小微企业贷款余额超万亿元。", "超万亿元", 1e12, ">"),
    ("带动就业超万人。", "超万人", 1e4, ">"),
    ("成交额近亿元，", "近亿元", 1e8, "<"),
    ("东莞经济总量接近万亿元。", "接近万亿元", 1e12, "<"),
    ("全年受理投诉逾万件。", "逾万件", 1e4, ">"),
    ("办结案件不足万件。", "不足万件", 1e4, "<"),
])
def test_bare_magnitude_after_a_bound_word(text, span, value, approx):
    got = [(s, q) for s, q in _qs(text) if s == span]
    assert len(got) == 1
    q = got[0][1]
    assert value_of(q) == value and q.approx == approx


def test_read_as_the_same_figure_with_a_one():
    (_, a), = _qs("投资近万亿元。")
    (_, b), = _qs("投资近1万亿元。")
    assert (value_of(a), a.approx, a.unit) == (value_of(b), b.approx, b.unit)
    assert interval_of(a) == interval_of(b)


@pytest.mark.parametrize("text", ["千家万户", "万人空巷", "万众一心", "约万人参加", "突破万亿大关。", "达万人"])
def test_unread(text):
    assert _qs(text) == []
