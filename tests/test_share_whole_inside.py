"""A share whose whole is written inside 占…的 is checked whatever the whole's scope (占全国1,786个县的, 占全省现有…的):
the whole is stated, so 全国 no longer makes it "a share of a wider total the report does not state".  Without a
count inside 占…的 a share of 全国 stays unchecked."""
import pytest

from lintgov.engine import lint_text
from conftest import consistency_codes as codes


@pytest.fixture(scope="module")
def rules(consistency_rules):
    return consistency_rules


CASES = [
    ("全市已有143个乡镇建成公共法律服务工作站，占全省1,260个乡镇的11.3%。", "11.3%", "14.3%"),
    ("试点县达到140个（含县级市和市辖区，下同），占全国现有2,843个县级行政区的4.9%。", "4.9%", "7.9%"),
    ("已经有三百一十二个乡实行这一办法，占全国二千零八十个乡的百分之十五。", "百分之十五", "百分之二十五"),
]


@pytest.mark.parametrize("text,old,new", CASES)
def test_whole_inside_zhan_with_any_scope(rules, text, old, new):
    assert codes(rules, text) == []
    assert "LG101" in codes(rules, text.replace(old, new))


@pytest.mark.parametrize("text", [
    "全年出口3.95万亿元，占全国的28.5%。",
    "全省粮食产量650亿斤，占全国粮食总产量的4.7%。",
])
def test_share_of_a_wider_total_not_stated_stays_silent(rules, text):
    assert codes(rules, text) == []


def test_percent_in_words_is_shown_in_full(rules):
    fs = lint_text(CASES[2][0].replace("百分之十五", "百分之二十五") + "\n", rules)
    assert any("百分之二十五" in f.message("zh") for f in fs)
