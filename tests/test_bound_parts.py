"""LG103, round 65 (sums engineer): a part bound to its whole by name (``claims.binding.bound_parts``), wherever it
stands — in a later clause of the whole's sentence, a later sentence of the section, or before the whole in its
sentence — with no connective (其中, 分别, 合计).  Phrasings are lintgov's own.

The rule: the part's name is the whole's narrowed (a qualifier before the whole's words; the whole's procedure verb may
be left off the part: 受理行政复议案件 → 涉企行政复议案件; a whole named every kind of its head, 各类案件, holds any kind
of the head, 民事案件), in the same measure word, period, part of the year and scope.  A part is not more than its
whole; parts whose qualifiers exclude each other (民事/行政, 市级/区级) together are not more than it.  Silent for a
qualifier naming another procedure or stage (审结, 新收, 结转), another period (上年), a scope the whole has not
(市本级), siblings that only share a head (城镇新增就业 / 农村劳动力转移就业), a list member's name, a limit or a standard."""
import pytest

from lintgov.claims.binding import narrows
from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.code == "LG103"]
HEAD = "2024年法治政府建设情况报告\n现将我区2024年法治政府建设情况报告如下。\n一、主要工作\n"


def codes(text):
    return [f.code for f in lint_text(text, RULES, registry=REG)]


# (text with {} for the part, consistent value, wrong value)
FOUND = [
    # the part in the next clause, the whole's verb left off the part
    ("全年受理行政复议案件156件，涉企行政复议案件{}件。", "62", "186"),
    # the part in the next sentence, a remark between
    ("全年受理行政复议案件156件，同比增长12%。涉企行政复议案件{}件，占比过半。", "92", "192"),
    # the part in a later sentence of the section, a sentence between
    ("全年审结行政诉讼案件420件。我们坚持府院联动，推动实质性化解。涉及征收补偿的行政诉讼案件{}件。", "96", "496"),
    # a whole named every kind of its head, the part a kind of it
    ("全年受理各类案件1,200件。加强诉源治理，推进多元化解。民事案件{}件。", "760", "1,260"),
    # the part named with the whole's verb before its qualifier
    ("全区共有行政执法人员2,400人，持证行政执法人员{}人。", "2,160", "2,560"),
    # money, the part after a ；
    ("全年一般公共预算支出86.4亿元；民生类一般公共预算支出{}亿元，增长6%。", "62.3", "92.3"),
]


@pytest.mark.parametrize("body,ok,wrong", FOUND)
def test_a_part_bound_by_its_name(body, ok, wrong):
    assert "LG103" not in codes(HEAD + body.format(ok))
    assert "LG103" in codes(HEAD + body.format(wrong))


# parts before their whole, or two parts of one classification: together not more than it
SUMS = [
    # a part before a whole named every level of its head (各级): not more than it
    ("全年省财政投入{}亿元，全省各级财政投入1,764亿元。", "633", "2,294"),
    ("民事案件700件、行政案件{}件，全年受理各类案件1,200件。", "400", "600"),
    ("全年受理各类案件1,200件。民事案件700件，行政案件{}件。", "400", "600"),
]


@pytest.mark.parametrize("body,ok,wrong", SUMS)
def test_parts_of_one_classification_add_up_to_at_most_the_whole(body, ok, wrong):
    assert "LG103" not in codes(HEAD + body.format(ok))
    assert "LG103" in codes(HEAD + body.format(wrong))


SILENT = [
    # another procedure or stage of the same things (审结 of 受理, 新收, 结转 of last year)
    "全年受理行政复议案件156件，审结行政复议案件170件。",
    "全年审结行政复议案件156件，新收行政复议案件170件。",
    "全年受理行政复议案件156件，上年结转行政复议案件30件，审结170件。",
    # another scope
    "全市行政复议案件156件，市本级行政复议案件170件。",
    # siblings sharing only a head
    "全年新增城镇就业3.6万人，农村劳动力转移就业5.2万人。",
    "工业投资265亿元，增长25.9%。科学城片区完成投资219亿元，智谷片区完成投资71.5亿元。",
    # a list member's name is only the end of its clause's
    "新增卓越级智能工厂4家，新培育标杆企业12家、智能工厂39家。",
    # a list closed by 等 names its things after the count
    "建成国际枢纽机场等3个，珠海机场、惠州机场、揭阳机场等4个地区性机场。",
    # a limit per unit is never added up
    "纺织工业的投资限额为五百万元；医药纺织工业的投资限额为六百万元。",
    # another period; a flow beside a total to date (the additions reader has those)
    "全年完成工业投资301.5亿元。上年民营工业投资320.4亿元。",
    "新增企业带动就业3,200人，累计带动就业2,800人。",
    # parts of one whole that may overlap (two attributes): each at most the whole, never summed
    "全年受理行政复议案件156件。涉企行政复议案件100件，涉民生行政复议案件80件。",
]


@pytest.mark.parametrize("body", SILENT)
def test_silent_when_the_name_binds_no_part(body):
    assert "LG103" not in codes(HEAD + body)


@pytest.mark.parametrize("part,whole,qual", [
    ("涉企行政复议案件", "受理行政复议案件", "涉企"),
    ("特种水产品养殖产量", "养殖产量", "特种水产品"),
    ("受理涉企行政复议案件", "受理行政复议案件", "涉企"),
    ("审结行政复议案件", "受理行政复议案件", None),
    ("上年民营工业投资", "工业投资", None),
    ("机场等", "枢纽机场等", None),
])
def test_narrows(part, whole, qual):
    assert narrows(part, whole) == qual
