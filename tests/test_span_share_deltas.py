"""A level, then a change over the year with its difference and its rate (claims.grammar.changes):

* a span word before the verb (一年增加, 一年来减少, 过去一年增加, 这一年增加) names the period the change is over, not a
  basis of its own: the value before it is the level the year reached, as with 比上年 or with no word at all — also when
  the span opens the sentence after the level (。全年增加60所，增长16.7%: claims.levels._OPENS);
* a share stated right after the level (、占全市28.3% / ，占全省比重为12.5%) is a remark on it: a difference of the
  level's measure after the share (增加76家) is the level's change, not the share's (a share changes in points).

Wordings written for this test (published defect: benches/validity/published_defects.md): each wrong variant is found
(LG201), each consistent one is silent; traps — a share changing in points, a multi-year span, counts of new ones (新增:
a stock may lose some), a difference of another measure than the level — stay silent.
"""
import pytest

from conftest import consistency_codes

# (consistent, wrong)
PAIRS = [
    # the span word, a list mark between
    ("全区专精特新中小企业共计860家，一年增加160家、增长22.9%。",
     "全区专精特新中小企业共计860家，一年增加160家、增长25.9%。"),
    # 一年来, a fall
    ("全市登记的农民专业合作社4,750家，一年来减少250家，下降5.0%。",
     "全市登记的农民专业合作社4,750家，一年来减少250家，下降4.0%。"),
    # 过去一年, a unit of people with 万
    ("全县参加职业技能培训的劳动者达到2.46万人，过去一年增加0.36万人，增长17.1%。",
     "全县参加职业技能培训的劳动者达到2.46万人，过去一年增加0.36万人，增长15.1%。"),
    # the share after the level, 比上年
    ("本区高新技术企业1,536家、占全市的11.8%，比上年增加236家、增长18.2%。",
     "本区高新技术企业1,536家、占全市的11.8%，比上年增加236家、增长20.2%。"),
    # the share named 比重 with 为, then 一年增加 (another office's wording)
    ("省级以上科技企业孵化器达到96家，占全省比重为13.5%，一年增加16家，增长20.0%。",
     "省级以上科技企业孵化器达到96家，占全省比重为13.5%，一年增加16家，增长24.0%。"),
    # Chinese numerals, a share with 的 and the span
    ("全镇家庭农场一千二百家、占全县的百分之三十，一年增加二百家、增长百分之二十。",
     "全镇家庭农场一千二百家、占全县的百分之三十，一年增加二百家、增长百分之二十五。"),
    # across a sentence boundary: the span opens the sentence after the level
    ("全市公办幼儿园达到420所。全年增加60所，增长16.7%。",
     "全市公办幼儿园达到420所。全年增加60所，增长18.7%。"),
    ("全区注册志愿服务组织达到1,380个。一年来增加180个，增长15.0%。",
     "全区注册志愿服务组织达到1,380个。一年来增加180个，增长13.0%。"),
    # money, the share then 同比
    ("民生领域支出412.6亿元，占一般公共预算支出的78.2%，同比增加38.6亿元，增长10.3%。",
     "民生领域支出412.6亿元，占一般公共预算支出的78.2%，同比增加38.6亿元，增长12.3%。"),
]


@pytest.mark.parametrize("good,bad", PAIRS)
def test_consistent_is_silent(consistency_rules, good, bad):
    assert consistency_codes(consistency_rules, good) == []


@pytest.mark.parametrize("good,bad", PAIRS)
def test_wrong_rate_is_found(consistency_rules, good, bad):
    assert "LG201" in consistency_codes(consistency_rules, bad)


SILENT = [
    # the share changes in points: its own change, nothing about the level
    "本区高新技术企业1,536家、占全市的11.8%，比上年提高1.3个百分点。",
    # a multi-year span: not read as the year's change
    "全区高新技术企业1,536家，五年增加936家，增长156.0%。",
    # counts of new ones (新增): the stock they were added to may have lost some
    "本区高新技术企业1,536家、占全市的11.8%，一年新增336家、增长15.0%。",
    # a difference of another measure than the level before the share
    "全区规上工业企业1,200家、占全市的18.5%，一年增加产值120亿元、增长7.0%。",
    # across a sentence boundary, the sentence before closing with a figure of another measure
    "全市新建公办幼儿园12所、学位4200个。全年增加60所，增长18.7%。",
    # across a sentence boundary, new ones (新增): the stock's growth may differ
    "全市公办幼儿园达到420所。全年新增60所，增长18.7%。",
    # the span with a rate only (no difference): nothing to recompute
    "全区高新技术企业1,536家、占全市的11.8%，一年增长12.0%。",
]


@pytest.mark.parametrize("text", SILENT)
def test_traps_stay_silent(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == []


def test_change_reads_the_level_across_the_share():
    from lintgov.claims.grammar import changes
    from lintgov.document import Document
    text = "全市养老服务机构340家、占全省的9.6%，一年增加40家、增长13.3%。\n"
    doc = Document(text)
    got = [(c.kind, text[c.current.start:c.current.end], text[c.amount.start:c.amount.end]) for c in changes(doc)
           if c.current is not None]
    assert ("amount", "340家", "40家") in got
    assert ("percent", "340家", "13.3%") in got
