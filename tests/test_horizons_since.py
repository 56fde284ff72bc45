"""A span of N years opened by N年来 (a review since a district was set up, seven years ending in the year reviewed), and
the verb 增加 naming the same addition as 新增 (累计增加学位 in the five years, 新增学位 in the year): the year's figure is
part of the span's total.  The phrasings are lintgov's own; each consistent report stays silent, each wrong one is
found; a N年来 that does not open its paragraph opens no span."""
import pytest

from lintgov.claims.horizons import horizons, span_parts
from lintgov.document import Document
from horizon_reports import codes, report


def since(span_words, year_words, n="六"):
    """A 2017 report of a district set up in 2010, reviewing the six years, then 2016."""
    return ("2017年政府工作报告\n各位代表：\n现在，我代表区政府向大会报告工作。\n一、新区成立以来的工作回顾\n"
            "2010年9月，新区挂牌成立。\n" + n + "年来，我们坚持改革创新，城区面貌显著改善。" + span_words + "\n"
            "刚刚过去的2016年，我们攻坚克难。" + year_words + "\n二、2017年工作安排\n今年要抓好民生。\n")


FOUND = [
    since("累计整治违法用地48.6万平方米。", "整治违法用地52万平方米。"),
    since("引进各类紧缺人才2130名。", "共引进各类紧缺人才2400名。", n="七"),
    report("新增义务教育学位3.8万个。", "累计增加义务教育学位3.2万个。"),
]

SILENT = [
    since("累计整治违法用地48.6万平方米。", "整治违法用地12万平方米。"),
    since("引进各类紧缺人才2130名。", "共引进各类紧缺人才240名。", n="七"),
    report("新增义务教育学位8000个。", "累计增加义务教育学位3.2万个。"),
    # 增加值 is no addition: the name keeps it
    report("新增规模以上工业企业320家。", "工业增加值累计增加1200亿元。"),
]


@pytest.mark.parametrize("text", FOUND)
def test_found(text):
    assert "LG103" in codes(text)


@pytest.mark.parametrize("text", SILENT)
def test_silent(text):
    assert "LG103" not in codes(text)


def test_since_opens_the_span_and_pairs():
    doc = Document(since("累计整治违法用地48.6万平方米。", "整治违法用地12万平方米。"))
    assert [p for _s, _e, p in horizons(doc)] == ["span", "year"]
    (sp,) = span_parts(doc)
    assert (sp.part.value, sp.whole.value) == (120000.0, 486000.0)


def test_since_inside_a_sentence_opens_nothing():
    # 面对三年来最严峻的… is the year's paragraph, not a review of three years
    text = ("2023年政府工作报告\n各位代表：\n一、2022年工作回顾\n刚刚过去的2022年，我们攻坚克难。整治违法用地52万平方米。\n"
            "面对三年来最严峻的疫情，全区累计整治违法用地48.6万平方米。\n二、2023年工作安排\n今年要抓好民生。\n")
    assert all(p != "span" for _s, _e, p in horizons(Document(text)))
    assert "LG103" not in codes(text)
