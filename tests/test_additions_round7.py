"""LG103 over :func:`lintgov.claims.stocks.additions`, three shapes of the round-7 validity labels (Shenzhen district
reports) in phrasings of lintgov's own: a level reached and its own increase after it (总量达到4702亿元，一年增加了280亿元),
an addition and the level its own name is 增加至 (新创建16所普惠性幼儿园，普惠性幼儿园增加至114所), and two additions of two
measures with their two totals (新建成充电站32座、充电桩269个，总数达503座6328个).  What was added is part of the level it
brings the total to.  Consistent phrasings stay silent, wrong ones are found, and the traps (a level that may be
negative, a percentage, a measure of the thing instead of the thing, a total of something else) stay unread."""
import pytest

from lintgov.claims.stocks import additions
from lintgov.document import Document
from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def codes(text):
    return [f.code for f in lint_text(text, RULES, registry=REG)]


CONSISTENT = [
    "地区生产总值总量达到4,702亿元，一年增加了280亿元。",
    "全区公园总数达到119个，比上年增加6个。",
    "地铁运营里程达到412公里，当年增加46.8公里。",
    "常住人口总量达537.32万人，增加42万人。",
    "新创建16所普惠性幼儿园，普惠性幼儿园增加至114所。",
    "新增上市企业3家，上市企业增加至53家。",
    "建成社区公园12个，社区公园增长至318个。",
    "新建成充电站32座、充电桩269个，总数达503座6,328个。",
    "新建公园5个、面积12公顷，累计达到120个、1,500公顷。",
    # traps: never read as an addition and the level it is part of
    "利润总额达到3亿元，增加5亿元。",
    "总量达到4,702亿元，增长6.3%。",
    "占比达到45%，增加3个百分点。",
    "新增学位5,000个，千人学位数增加至110个。",
    "新建公园6个，公园绿地面积增加至15.4平方米。",
    "新增公办学位8,190个，学位缺口减少至3,000个。",
    "新增企业300家，其中科技企业增加至120家。",
    "新建充电站32座、充电桩269个，总投资5亿元。",
    "新增充电站32座、充电桩269个，累计建成超充站360座4,000个。",
    "出口总额达到1,200亿元，进口增加1,500亿元。",
]

WRONG = [
    "地区生产总值总量达到4,702亿元，一年增加了6,113亿元。",
    "全区公园总数达到119个，比上年增加160个。",
    "地铁运营里程达到412公里，当年增加546.8公里。",
    "常住人口总量达537.32万人，增加542万人。",
    "新创建16所普惠性幼儿园，普惠性幼儿园增加至14所。",
    "新增上市企业63家，上市企业增加至53家。",
    "建成社区公园412个，社区公园增长至318个。",
    "新建成充电站632座、充电桩269个，总数达503座6,328个。",
    "新建成充电站32座、充电桩8,269个，总数达503座6,328个。",
    "新建公园125个、面积12公顷，累计达到120个、1,500公顷。",
]


@pytest.mark.parametrize("text", CONSISTENT)
def test_consistent_is_silent(text):
    assert codes(text) == []


@pytest.mark.parametrize("text", WRONG)
def test_addition_over_level_is_found(text):
    assert "LG103" in codes(text)


def test_pairs_are_matched_by_measure_word():
    doc = Document("新建成充电站32座、充电桩269个，总数达503座6,328个。")
    pairs = {(a.added.value, a.total.value) for a in additions(doc)}
    assert pairs == {(32, 503), (269, 6328)}
