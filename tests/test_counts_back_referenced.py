"""LG103 over :func:`lintgov.claims.lists._back_referenced` (session 2026-12-06, counts13): a count pointing back to
names listed before it — in its sentence or the one before — (这4个街道, 上述三家企业, 两地, 有力促进了三区): the count
is the number of names of the nearest list that names such things (every name ends like the count's noun, or names a
place for a count of places).  Silent when a nearer list holds as many, when the boundary is uncertain (其中, 等, a
figure, another name of the noun or a place named alone between) or when nothing binds.  The wordings are lintgov's own."""
import pytest

from lintgov.document import Document
from lintgov.claims.lists import enumerations
from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def codes(text):
    return [f.code for f in lint_text(text, RULES, registry=REG)]


PAIRS = [
    # (consistent, wrong): the names a sentence before, the count after
    ("东湖、西岭、南桥、北港街道率先开展试点。经过一年实践，这4个街道群众满意度明显提升。",
     "东湖、西岭、南桥、北港街道率先开展试点。经过一年实践，这5个街道群众满意度明显提升。"),
    ("青山街道、白沙街道和石门街道完成改造任务，这三个街道的居民满意度均超过95%。",
     "青山街道、白沙街道和石门街道完成改造任务，这两个街道的居民满意度均超过95%。"),
    ("新建红星小学、青山小学和白沙小学，上述三所小学共新增学位3240个。",
     "新建红星小学、青山小学和白沙小学，上述两所小学共新增学位3240个。"),
    # a count of places with no measure word, a clause between
    ("罗湖、福田、南山始终保持密切协作，共同推进重点片区开发，有力促进了三区经济协调发展。",
     "罗湖、福田、南山始终保持密切协作，共同推进重点片区开发，有力促进了四区经济协调发展。"),
    ("靖西、那坡退出贫困县序列，两地东西部协作考核任务全面完成。",
     "靖西、那坡退出贫困县序列，三地东西部协作考核任务全面完成。"),
    ("宝安与光明联合开展茅洲河治理，经过三年攻坚，两区交界断面水质稳定达标。",
     "宝安与光明联合开展茅洲河治理，经过三年攻坚，三区交界断面水质稳定达标。"),
]


@pytest.mark.parametrize("ok,bad", PAIRS)
def test_consistent_silent_wrong_flagged(ok, bad):
    assert "LG103" not in codes(ok)
    assert "LG103" in codes(bad)


def test_reading_names_and_range():
    t = "东湖、西岭、南桥、北港街道率先开展试点。经过一年实践，这5个街道群众满意度明显提升。"
    (e,) = [e for e in enumerations(Document(t)) if e.count.value == 5]
    assert e.names == ("东湖", "西岭", "南桥", "北港街道")
    assert (e.lo, e.alt) == (4, 4)


SILENT = [
    # a nearer list holds as many (这两个 may point to the last names)
    "东湖街道、西岭街道和南桥街道开展试点，东湖街道和西岭街道成效突出，这两个街道被评为先进。",
    # 其中 between: the count may point to some of the names
    "东湖街道、西岭街道和南桥街道开展试点，其中东湖、西岭成效突出，这两个街道被评为先进。",
    # another name of the noun between the list and the count
    "东湖、西岭、南桥街道开展试点。北港街道开展调研，这两个街道被评为先进。",
    # a place named alone between the list and the count of places
    "广州、深圳与佛山签订协议，两市合作全面深化。",
    "罗湖、福田两区与南山共建合作区，三区联合招商。",
    # 与 may join the list to a partner: two or three places
    "广州、深圳与佛山签订协议，三市合作全面深化。",
    # a third name of the noun outside the list
    "新建红星小学、青山小学，改扩建白沙小学。上述两所小学共新增学位3240个。",
    "新建红星小学、青山小学，改扩建白沙小学。上述三所小学共新增学位3240个。",
    # a partial list
    "华光科技、远航物流等企业入选省级名单，这两家企业营业收入增长20%。",
    # names that are not the noun's: nothing binds
    "甲厂、乙厂完成技术改造，这三家企业产值增长20%。",
    "推进规划、建设、管理协同，这两个方面成效明显。",
    # a count inside a term of several counts, or a term's numeral
    "罗湖、福田开展合作，两区一带建设加快推进。",
    "划定生态保护红线、永久基本农田，落实三区三线管控。",
    # a count of places a sentence after the places: it may name a set the reader knows (六区 of a city)
    "加快四大新城的开发建设，力争把宝安、龙岗中心区建成均衡发展的示范区。六区要避免产业同质化。",
    "宝安与光明联合开展茅洲河治理。经过三年攻坚，三区交界断面水质稳定达标。",
    # the count joined to another name: a group of its own
    "支持宝安、龙岗加快发展，六区和光明新区要实现差异化发展。",
    # a paragraph's break ends the window
    "罗湖、福田开展合作。\n三区联合举办招商推介会。",
]


@pytest.mark.parametrize("text", SILENT)
def test_silent(text):
    assert "LG103" not in codes(text)


# a pronoun after the count hands over to the items (它们是…), in the next sentence or after a comma; a count of kinds
# whose bracket names kinds sharing the noun's head (两类执法（涉企执法、跨部门联合执法）): each name is one kind
PAIRS_AFTER = [
    ("共有五个部门入选省级示范。它们是发改局、工信局、商务局、科技局和财政局。",
     "共有四个部门入选省级示范。它们是发改局、工信局、商务局、科技局和财政局。"),
    ("今年新建3所学校，它们是红星小学、青山小学和白沙中学。",
     "今年新建4所学校，它们是红星小学、青山小学和白沙中学。"),
    ("今年新建三所学校。它们分别是红星小学、青山小学、白沙中学。",
     "今年新建两所学校。它们分别是红星小学、青山小学、白沙中学。"),
    ("重点推进两类执法（涉企执法、跨部门联合执法）。", "重点推进三类执法（涉企执法、跨部门联合执法）。"),
    ("建立3种调解机制（人民调解机制、行政调解机制和司法调解机制）。",
     "建立4种调解机制（人民调解机制、行政调解机制和司法调解机制）。"),
]


@pytest.mark.parametrize("ok,bad", PAIRS_AFTER)
def test_items_after_consistent_silent_wrong_flagged(ok, bad):
    assert "LG103" not in codes(ok)
    assert "LG103" in codes(bad)


SILENT_AFTER = [
    # an open list after the pronoun
    "全区有5个街道入选全省首批试点。它们是东湖、西岭等街道。",
    # kinds of what is counted, not kinds counted: a bracket after a count of things
    "新建学校15所（幼儿园、小学、中学）。",
    # a bracket glossing a count of kinds with names not of its noun
    "重点整治三类问题（违规占道、乱搭乱建）。",
]


@pytest.mark.parametrize("text", SILENT_AFTER)
def test_silent_after(text):
    assert "LG103" not in codes(text)


# a count closing its sentence and the names opening the next, each given its value by 分别 (forward); people counted
# after their names (三名院士, 两位教授): never kinds of people (博士、硕士三名人才) or a rank (前三名)
PAIRS_FORWARD = [
    ("资源消耗实现三个总量下降。用水总量、用电总量、用地总量分别下降1%、2%和3%。",
     "资源消耗实现四个总量下降。用水总量、用电总量、用地总量分别下降1%、2%和3%。"),
    ("节能降耗取得“三个下降”。单位产值能耗、单位产值水耗和单位产值用地分别下降4.1%、3.2%和2.5%。",
     "节能降耗取得“两个下降”。单位产值能耗、单位产值水耗和单位产值用地分别下降4.1%、3.2%和2.5%。"),
    ("引进张某、李某、王某三名院士。", "引进张某、李某、王某四名院士。"),
    # the sentence after may go on: still fewer things than the names listed is a finding
    ("资源消耗实现“六个下降”。单位能耗、水耗、用地、用电分别下降19.5%、43%、29%、21%。碳排放、污染物排放也明显下降。",
     "资源消耗实现“三个下降”。单位能耗、水耗、用地、用电分别下降19.5%、43%、29%、21%。碳排放、污染物排放也明显下降。"),
    ("王强、李明两名同志获评全国劳动模范。", "王强、李明三名同志获评全国劳动模范。"),
    # a quoted abbreviation by 名 is no count of people (名校、名师、名校长“三名”工程)
    ("实施名校、名师、名校长“三名”工程。", "实施名校、名师、名校长“五名”工程。"),
]


@pytest.mark.parametrize("ok,bad", PAIRS_FORWARD)
def test_forward_and_people_consistent_silent_wrong_flagged(ok, bad):
    assert "LG103" not in codes(ok)
    assert "LG103" in codes(bad)


SILENT_FORWARD = [
    # another such name after the values' clause: the list may not be all
    "资源消耗实现三个总量下降。用水总量、用电总量分别下降1%、2%，用地总量下降3%。",
    # some of them
    "资源消耗实现三个总量下降。其中用水总量、用电总量分别下降1%、2%。",
    # the items go on in the sentence after
    "资源消耗实现“八个明显下降”。单位能耗、水耗、建设用地、碳排放量分别下降19.5%、43%、29%、21%。氮氧化物、化学需氧量、"
    "氨氮、二氧化硫排放总量，按期完成减排目标。",
    "资源消耗实现“五个下降”。单位能耗、水耗分别下降19.5%、43%。建设用地、碳排放量和污染物排放量也明显下降。",
    # 均 names no one value each: the count may be of other things
    "全年实现“两个增长”。工业、投资、消费均增长10%以上。",
    # names not of the noun
    "全年实现两个总量控制。工业、建筑业分别下降2%、3%。",
    # kinds of people, a rank
    "引进博士、硕士、本科生三名人才。",
    "推荐党员、干部两位同志参加培训。",
    "在全省比赛中获得前三名。",
]


@pytest.mark.parametrize("text", SILENT_FORWARD)
def test_silent_forward(text):
    assert "LG103" not in codes(text)
