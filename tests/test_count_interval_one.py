"""One interval of a rate's or a part's operand (claims.values.count_interval, issue 10 item 4): 近X is 0.9X–X as
interval_of reads it, 多/余 after a decimal runs to the next unit of its last digit, a whole number printed at scale 1
is exact whatever its unit; the readers of rates and parts import this one function."""
import pytest

from lintgov.claims import rates, values
from lintgov.claims.values import count_interval, interval_of
from lintgov.document import Document
from lintgov.rules import sums


def q_of(text, printed):
    doc = Document(text + "\n")
    return next(q for q in doc.quantities if doc.text[q.start:q.end].endswith(printed))


@pytest.mark.parametrize("text,printed", [("已废止近900件", "900件"), ("新增托位将近5000个", "5000个"),
                                          ("投资接近1.2亿元", "1.2亿元")])
def test_near_x_is_just_under_x_as_interval_of_reads_it(text, printed):
    q = q_of(text, printed)
    lo, hi = count_interval(q)
    assert (lo, hi) == pytest.approx(interval_of(q))
    v = q.base_value
    assert lo == pytest.approx(0.9 * v - (hi - v)) and v <= hi < 1.05 * v   # (a tenth below, less its rounding)


def test_many_after_a_decimal_runs_to_the_next_unit_of_its_last_digit():
    q = q_of("接待游客2.3万余人次", "人次")
    assert count_interval(q) == pytest.approx((23000.0, 24000.0))


@pytest.mark.parametrize("text,printed", [("共3种", "3种"), ("补助500元", "500元"), ("受理案件27件", "27件")])
def test_a_whole_number_printed_at_scale_one_is_exact(text, printed):
    q = q_of(text, printed)
    assert count_interval(q) == (q.base_value, q.base_value)


def test_the_readers_share_the_one_function():
    assert rates.count_interval is values.count_interval
    assert sums.count_interval is values.count_interval
    assert not hasattr(sums, "_count_interval")
