"""LG103 over :func:`lintgov.claims.stocks.nested_thresholds`: counts of one kind of thing listed together, each above
a threshold of one measure (营收超百亿级服务业企业10家、三百亿元以上企业3家、七百亿元以上企业1家; 新增落户千万元以上企业5095户，
亿元以上大型企业630户 — the round-7 validity labels).  What is above the higher threshold is above the lower one too: its
count is not more.  The phrasings are lintgov's own; the traps — another metric (产值/营收/纳税/注册资本), 以下, a range,
another noun, 其中 (read elsewhere), a year between — stay unread."""
import pytest

from lintgov.claims.stocks import nested_thresholds
from lintgov.document import Document
from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def codes(text):
    return [f.code for f in lint_text(text, RULES, registry=REG)]


CONSISTENT = [
    "营收超百亿级服务业企业10家、三百亿元以上企业3家、七百亿元以上企业1家。",
    "新增落户千万元以上企业5,095户，亿元以上大型企业630户。",
    "年产值超亿元企业120家、超10亿元企业35家、超百亿元企业5家。",
    "签约10亿元以上项目20个、50亿元以上项目8个。",
    "营收逾千亿元企业2家、逾百亿元企业9家。",
    # traps
    "新增百亿级企业3家、注册资本超亿元企业80家、科创板上市企业3家。",
    "产值超百亿元企业3家、营收超千亿元企业5家。",
    "百亿元以下企业30家、百亿元以上企业10家。",
    "10亿元至50亿元企业20家、50亿元以上企业30家。",
    "产值超亿元企业120家、纳税超千万元企业300家。",
    "亿元以上项目30个、10亿元以上企业42家。",
    "2021年亿元以上企业7家、2022年十亿元以上企业12家。",
    "亿元以上项目开工30个、10亿元以上项目签约42个。",
    "千万元以上企业50家，新增亿元以上企业80家。",
]

WRONG = [
    "营收超百亿级服务业企业10家、三百亿元以上企业13家、七百亿元以上企业1家。",
    "营收超百亿级服务业企业10家、三百亿元以上企业3家、七百亿元以上企业4家。",
    "新增落户千万元以上企业5,095户，亿元以上大型企业6,624户。",
    "年产值超亿元企业120家、超10亿元企业135家、超百亿元企业5家。",
    "签约10亿元以上项目20个、50亿元以上项目28个。",
    "营收逾千亿元企业12家、逾百亿元企业9家。",
]


@pytest.mark.parametrize("text", CONSISTENT)
def test_consistent_is_silent(text):
    assert codes(text) == []


@pytest.mark.parametrize("text", WRONG)
def test_more_above_the_higher_threshold_is_found(text):
    assert "LG103" in codes(text)


def test_pairs_read_each_item_with_the_one_it_is_among():
    doc = Document("营收超百亿级服务业企业10家、三百亿元以上企业3家、七百亿元以上企业1家。")
    pairs = {(n.outer.value, n.inner.value, n.low, n.high) for n in nested_thresholds(doc)}
    assert pairs == {(10, 3, 1e10, 3e10), (10, 1, 1e10, 7e10), (3, 1, 3e10, 7e10)}
