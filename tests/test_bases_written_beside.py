"""Bases written beside a claim:

* a year in a bracket right after a change over last year (同比增长21.6%（2023年为1,020件）) is that change's base when
  the figures' year is unknown and the text names no later year than the next one (`claims.grammar._label_fits`);
* a multiple whose base value is written inside 是…的 (是同期司法鉴定案件（780件）的4倍) relates the value right before
  是 to it, whatever the base names (`claims.grammar._named_multiples`).
"""
import pytest

from conftest import consistency_codes as codes


@pytest.fixture(scope="module")
def rules(consistency_rules):
    return consistency_rules


CASES = [
    ("全年受理劳动人事争议案件1,240件，同比增长21.6%（2023年为1,020件）。", "21.6%", "31.6%"),
    ("全年受理劳动人事争议案件1,240件，同比减少160件（2023年为1,400件）。", "减少160件", "减少260件"),
    ("调解成功率达到92.5%，较上年提高4.3个百分点（2023年为88.2%）。", "4.3个百分点", "7.3个百分点"),
    ("全年办理公证事项3,120件，是同期司法鉴定案件（780件）的4倍。", "的4倍", "的5倍"),
    ("网上办件量达到46.8万件，为窗口办件量15.6万件的3.0倍。", "3.0倍", "4.0倍"),
]


@pytest.mark.parametrize("text,old,new", CASES)
def test_base_beside_the_claim(rules, text, old, new):
    assert codes(rules, text) == []
    assert codes(rules, text.replace(old, new)) != []


def test_a_year_long_before_is_not_last_years_base(rules):
    # the text names 2025: 2019 is not the year before the figures' year, so the bracket is no base
    text = "2025年全年受理劳动人事争议案件1,240件，同比增长31.6%（2019年为1,020件）。"
    assert codes(rules, text) == []


def test_a_multiple_after_another_clause_is_not_read(rules):
    # the value before 是 belongs to another clause: 3,120件 is no operand of the multiple of 收入
    text = "全年办理公证事项3,120件，收入是同期司法鉴定收入（780万元）的4倍。"
    assert codes(rules, text) == []


@pytest.mark.parametrize("text,old,new", [
    ("全区信访总量由2019年的8,120件（批次）下降到2024年的5,230件（批次），年均下降8.4%。", "8.4%", "4.4%"),
    ("全年信访总量4,087件（批次），上年为4,526件（批次），同比下降9.7%。", "9.7%", "19.7%"),
])
def test_a_units_second_name_in_brackets(rules, text, old, new):
    # 件（批次）: the bracket names the unit again; it is no word between a figure and its verb (claims.grammar.skeleton)
    assert codes(rules, text) == []
    assert codes(rules, text.replace(old, new)) != []
