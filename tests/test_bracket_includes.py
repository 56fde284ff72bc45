"""LG103, two part-whole shapes of the round-7 validity labels (Shenzhen district reports), in phrasings of lintgov's
own: a bracket right after a count saying what it includes (保障性住房1002套（含港澳流动渔民新居352套）: the part is
among the count), and what an inspection put right or sealed on the spot (排查隐患11803处、现场整改9553处; 排查各类单位
2.3万家，查封500多家: among what it inspected).  Each consistent phrasing stays silent, each wrong one is found, and
the traps — 不含, a bracket without a figure, another measure word, a figure after the bracket closes, 整改 alone — stay
unread."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def codes(text):
    return [f.code for f in lint_text(text, RULES, registry=REG)]


CONSISTENT = [
    "全年竣工保障性住房1,002套（含人才住房352套）。",
    "完成投资2.5亿元（含前期费用3000万元）。",
    "全年接待游客860万人次（含过夜游客312万人次）。",
    "改造老旧小区56个（包含市级试点12个），惠及居民2.1万户。",
    "新建道路18.6公里(含断头路打通4.2公里)。",
    "培训基层干部1,450人次（含网络培训600人次、现场培训850人次）。",
    "排查安全隐患11,803处、现场整改9,553处。",
    "检查食品经营单位3,200家，当场处置问题单位410家。",
    "开展消防专项行动，排查各类单位2.3万家，查封500多家。",
    "巡查河道发现问题860个、立即整改520个。",
    # traps: never a part of the count before the bracket, or never read
    "完成投资5亿元（不含土地款6亿元）。",
    "建成保障性住房1,002套（含人才住房），另有安置房1,500套。",
    "筹集房源800套（含面积12万平方米），供应900套。",
    "安置房1,002套（含2021年352套），竣工1,500套。",
    "全年排查隐患1.2万处，整改1.5万处。",
    "检查企业300家，现场处罚45宗。",
    "巡查河道520公里，现场整改问题860个。",
    "引进项目20个（含量子计算等前沿领域），总投资300亿元。",
    "办理建议120件（含重点建议），满意率100%。",
]

WRONG = [
    "全年竣工保障性住房1,002套（含人才住房1,352套）。",
    "完成投资2.5亿元（含前期费用3.2亿元）。",
    "全年接待游客860万人次（含过夜游客912万人次）。",
    "改造老旧小区56个（包含市级试点72个），惠及居民2.1万户。",
    "新建道路18.6公里(含断头路打通24.2公里)。",
    "培训基层干部1,450人次（含网络培训600人次、现场培训1,850人次）。",
    "排查安全隐患11,803处、现场整改15,344处。",
    "检查食品经营单位3,200家，当场处置问题单位4,100家。",
    "开展消防专项行动，排查各类单位2.3万家，查封29,900多家。",
]


@pytest.mark.parametrize("text", CONSISTENT)
def test_consistent_is_silent(text):
    assert codes(text) == []


@pytest.mark.parametrize("text", WRONG)
def test_part_over_whole_is_found(text):
    assert "LG103" in codes(text)
