"""LG103 over :func:`lintgov.claims.stocks.additions`, the shapes of round 23 of the validity study in phrasings of
lintgov's own: the year's deed and its cumulative over a span (全年关停…，三年累计关停…), an event and the stock named by
its words (…家企业上市，上市企业总数增至…), a comment between the addition and its total (a rank, a multiple), a total
under an abbreviation of the added thing's name (友城 for 国际友好城市), and the stock first with the addition over a span
after it (…达1,460家，五年新增620家).  Consistent phrasings stay silent, wrong ones are found; the traps (another deed
after 累计, another measure, a deed under way, a list of additions, another period, another kind) stay silent."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def codes(text):
    return [f.code for f in lint_text(text, RULES, registry=REG)]


PAIRS = [
    ("全年关停散乱污企业236家，三年累计关停1,024家。",
     "全年关停散乱污企业2,360家，三年累计关停1,024家。"),
    ("完成58个老旧小区改造，两年累计改造173个。",
     "完成258个老旧小区改造，两年累计改造173个。"),
    ("4家企业在科创板上市，上市企业总数增至27家。",
     "40家企业在科创板上市，上市企业总数增至27家。"),
    ("新增专精特新企业58家、居全省第一，总量达到312家。",
     "新增专精特新企业580家、居全省第一，总量达到312家。"),
    ("新增高新技术企业420家，是上年的2倍，累计达2,650家。",
     "新增高新技术企业4,200家，是上年的2倍，累计达2,650家。"),
    ("新增国际友好城市4个，友城总数达到36个。",
     "新增国际友好城市46个，友城总数达到36个。"),
    ("规上工业企业达1,460家，五年新增620家。",
     "规上工业企业达1,460家，五年新增1,620家。"),
    ("新增挂牌企业12家，位居全市前列，累计培育挂牌企业86家。",
     "新增挂牌企业120家，位居全市前列，累计培育挂牌企业86家。"),
    # two verbs of adding: 新挂牌成立 (the count before the noun) and 投放使用
    ("新挂牌成立青创汇等3个孵化器，总数达11个。",
     "新挂牌成立青创汇等13个孵化器，总数达11个。"),
    ("投放使用氢能公交车180辆，累计达460辆。",
     "投放使用氢能公交车1,180辆，累计达460辆。"),
]

SILENT = [
    # another deed after 累计: renovated parks are not the new ones
    "全年新建公园120个，累计改造公园86个。",
    # another measure
    "新增绿道80公里，公园总数达到12个。",
    # a deed under way: parks being built are not yet in the total
    "推进20个公园建设，公园总数达到15个。",
    # a list of additions before one total: which one the total holds is not read here
    "新增规上企业86家、国高企业412家，累计达到300家。",
    # another period: this year's cumulative after a count of 2019
    "2019年关停企业300家，今年以来累计关停120家。",
    # another kind of thing named in the total
    "新增社康机构15家，养老机构总数达到12家。",
    # building continued is no addition to what was completed
    "筹建730套，续建7484套，累计建成5485套。",
    # a share of a wider total between, and a stock of another name
    "新增上市企业22家，超过全省1/5，累计培育独角兽企业14家。",
    # another thing put into use after 累计
    "投放使用氢能公交车1,180辆，累计投放使用充电桩460个。",
    # the growth of the stock, not the addition's
    "全年新设立企业29万户、总量增长11.6%。",
]


@pytest.mark.parametrize("good,bad", PAIRS)
def test_consistent_is_silent_and_wrong_is_found(good, bad):
    assert "LG103" not in codes(good), good
    assert "LG103" in codes(bad), bad


@pytest.mark.parametrize("text", SILENT)
def test_traps_stay_silent(text):
    assert codes(text) == [], text
