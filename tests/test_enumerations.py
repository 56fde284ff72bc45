"""LG103 over :func:`lintgov.claims.lists.enumerations` (validity round 5): a count and the names that list what
it counts — 达6个（A、B、C、D、E、F） / 5个乡镇…，分别是A、B、C、D、E.  After 分别是 each name is one thing: the count
must equal the names.  A bracket may list kinds of what is counted (学校15所（幼儿园、小学、中学）): there only fewer
things than names is impossible.  A bracket after a noun may gloss it (29个省（自治区、直辖市）): read only when the
names share the noun's head.  The phrasings are lintgov's own."""
import pytest

from lintgov.claims.lists import enumerations
from lintgov.document import Document
from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def codes(text):
    return [f.code for f in lint_text(text, RULES, registry=REG)]


CONSISTENT = [
    "全市获评省级示范镇的达4个（大鹏镇、南澳镇、葵涌镇、坪地镇）。",
    "共设立3个专业委员会（安全生产委员会、生态环境委员会、教育督导委员会）。",
    "全县有3个乡镇财政收入超过1亿元，分别是城关镇、新城镇、高桥乡。",
    "今年建成的重点项目共2个，分别为东部水厂和西部污水处理厂。",
    "建成3个中心（研发中心、检测中心和孵化中心）。",
]
WRONG = [
    "全市获评省级示范镇的达3个（大鹏镇、南澳镇、葵涌镇、坪地镇）。",
    "共设立2个专业委员会（安全生产委员会、生态环境委员会、教育督导委员会）。",
    "全县有4个乡镇财政收入超过1亿元，分别是城关镇、新城镇、高桥乡。",
    "全县有2个乡镇财政收入超过1亿元，分别是城关镇、新城镇、高桥乡。",
]
NOT_READ = [
    # a gloss of the noun, kinds of what is counted, a partial list, figures: never a count of names
    "全国29个省（自治区、直辖市）已实现联网。",
    "建成10个院士服务站（专家服务站、院士创新中心）。",
    "新建学校15所（幼儿园、小学、中学）。",
    "建成公园12个（儿童公园、社区公园等）。",
    "新增企业5家（含高新技术企业、专精特新企业）。",
    "建成3个公园、2个广场，分别是东湖公园、西湖公园、南湖公园、人民广场、市民广场。",
    "设立4个工作组，分别为综合组12人、督导组8人。",
]


@pytest.mark.parametrize("text", CONSISTENT + NOT_READ)
def test_a_consistent_or_unread_list_is_silent(text):
    assert "LG103" not in codes(text), text


@pytest.mark.parametrize("text", WRONG)
def test_a_count_that_does_not_match_its_names_is_found(text):
    assert "LG103" in codes(text), text


def test_the_grammar_reads_the_count_and_the_names():
    (e,) = enumerations(Document("全县有3个乡镇财政收入超过1亿元，分别是城关镇、新城镇、高桥乡。"))
    assert e.count.value == 3 and e.names == ("城关镇", "新城镇", "高桥乡") and e.each
    assert enumerations(Document("全国29个省（自治区、直辖市）已实现联网。")) == []
