"""LG101, a share of the report's GDP named 地区生产总值 right after 占 with no 的 or 比重 (高新技术产业实现增加值430亿元，
占地区生产总值11.3%): read as a share like 占地区生产总值的11.3%.  占地 (occupying land: 占地250亩, 占地比例) is still
never a share's name.  Phrasings of lintgov's own; consistent ones stay silent, wrong ones are found."""
import pytest

from lintgov.claims.roles import rate_context
from lintgov.document import Document
from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]
GDP = "全区实现地区生产总值3,820.56亿元，增长8.4%。"


def codes(text):
    return [f.code for f in lint_text(text, RULES, registry=REG)]


CONSISTENT = [
    GDP + "高新技术产业实现增加值430亿元，占地区生产总值11.3%。",
    GDP + "金融业实现增加值1,351.14亿元，增长8.4%，占地区生产总值35.4%。",
    GDP + "文化产业增加值356.4亿元，占地区生产总值9.3%，比上年提高0.2个百分点。",
    # 占地: land, never a share
    "项目总投资12亿元，占地250亩。",
    "产业园占地1.2平方公里，已入驻企业86家。",
    "工业用地占地比例达35%。",
]

WRONG = [
    GDP + "高新技术产业实现增加值430亿元，占地区生产总值14.3%。",
    GDP + "金融业实现增加值1,351.14亿元，增长8.4%，占地区生产总值45.4%。",
    GDP + "文化产业增加值356.4亿元，占地区生产总值19.3%，比上年提高0.2个百分点。",
]


@pytest.mark.parametrize("text", CONSISTENT)
def test_consistent_is_silent(text):
    assert codes(text) == []


@pytest.mark.parametrize("text", WRONG)
def test_wrong_share_is_found(text):
    assert "LG101" in codes(text)


def test_rate_context_reads_the_region_name_and_not_land():
    t = "金融业增加值1351亿元，占地区生产总值35.4%。工业用地占地35%。"
    doc = Document(t)
    masked = doc.masked()
    kinds = {doc.text[q.start:q.end]: rate_context(doc, masked, q) for q in doc.quantities if q.is_percent}
    assert kinds["35.4%"] == ("占比", "share", True)
    assert kinds["35%"] is None


# the GDP stated after its own growth (地区生产总值增长3.1%，达到2952亿元), and a share of the GDP read over the GDP only:
# an open bound elsewhere in the paragraph (减税降费超百亿元, 总产出超过5550亿元) explains no share of the GDP
GROWTH_FIRST = "现在，我代表龙华区人民政府，向大会报告政府工作。\n地区生产总值增长3.1%，达到2,952亿元。"
PARAGRAPH = "在新增减税降费超百亿元的基础上，一般公共预算收入152亿元。"

CONSISTENT_GDP = [
    GROWTH_FIRST + PARAGRAPH + "战略性新兴产业增加值1,420亿元，占全区地区生产总值的48.1%。",
    "全年GDP同比增长5.4%，总量达到3,100亿元。" + PARAGRAPH + "数字经济核心产业增加值980亿元，占地区生产总值的31.6%。",
    GDP + PARAGRAPH + "高新技术产业实现增加值430亿元，占地区生产总值超过10%。",
    # a GDP target after a growth target is no GDP of the year
    "预计地区生产总值增长6%，力争达到3,200亿元。" + "金融业增加值980亿元，占地区生产总值的33.2%。",
]

WRONG_GDP = [
    GROWTH_FIRST + PARAGRAPH + "战略性新兴产业增加值1,420亿元，占全区地区生产总值的70.0%。",
    "全年GDP同比增长5.4%，总量达到3,100亿元。" + PARAGRAPH + "数字经济核心产业增加值980亿元，占地区生产总值的41.6%。",
    GDP + PARAGRAPH + "高新技术产业实现增加值430亿元，占地区生产总值超过14%。",
]


@pytest.mark.parametrize("text", CONSISTENT_GDP)
def test_consistent_share_of_gdp_is_silent(text):
    assert codes(text) == []


@pytest.mark.parametrize("text", WRONG_GDP)
def test_wrong_share_of_gdp_is_found(text):
    assert "LG101" in codes(text)


# tenths written with a digit (近5成, 超过3成, 4成左右) read as the Chinese ones (近五成)
CONSISTENT_TENTHS = [
    GROWTH_FIRST + "战略性新兴产业增加值1,420亿元，占全区地区生产总值的近5成。",
    GROWTH_FIRST + "先进制造业增加值980亿元，占全区地区生产总值的3成以上。",
    "全年办理案件860件，其中涉企案件310件，占比超过3成。",
    "完成5成以上的年度任务。",
]

WRONG_TENTHS = [
    GROWTH_FIRST + "战略性新兴产业增加值1,846亿元，占全区地区生产总值的近5成。",
    GROWTH_FIRST + "战略性新兴产业增加值1,420亿元，占全区地区生产总值的近7成。",
    "全年办理案件860件，其中涉企案件310件，占比超过5成。",
]


@pytest.mark.parametrize("text", CONSISTENT_TENTHS)
def test_consistent_tenths_in_digits_are_silent(text):
    assert codes(text) == []


@pytest.mark.parametrize("text", WRONG_TENTHS)
def test_wrong_tenths_in_digits_are_found(text):
    assert "LG101" in codes(text)
