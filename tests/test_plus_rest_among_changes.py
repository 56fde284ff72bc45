"""Three readings of a part and its whole (LG103), numbers and wordings made up:

* a part, the rest added in words, and the total (工业方面有455个，加上其他方面共有1271个: claims.plusrest): the part is
  not more than the total;
* a part among a whole counted with 有, the part naming the whole's one-character head again or the whole's name
  spelt out in a bracket with figures in it (410个攻坚县已有317个县实现目标; claims.ratios._AMONG_HAS): not more than it;
* the parts of a complete split each with its change, the comparison said only with the whole's change (…比去年增加
  2700亿元。其中，中央…，增加1700亿元；地方…，增加1000亿元: claims.parts.change_after(bare=True)): they add up to it."""
import pytest

from lintgov.claims.plusrest import plus_rest
from lintgov.document import Document
from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def codes(text):
    return [f.rule.code for f in lint_text(text + "\n", RULES, registry=REG)]


GOOD = [
    "今后三年能够建成投产的，钢铁方面有一百二十个，加上其他方面共有三百四十个。",
    "全年新建学校18所，加上改扩建学校，共计43所。",
    "本届政府新开工保障性住房560万套，再加上棚户区改造安置住房，合计达到910万套。",
    "全省126个贫困县已有98个县实现脱贫摘帽。",
    "86个“三改”（改造旧城镇、旧厂房、旧村庄共3类）重点项目已有52个建成投产。",
    "全国财政赤字2.18万亿元，比上年增加5600亿元。其中，中央财政赤字1.40万亿元，增加2900亿元；地方财政赤字7800亿元，增加2700亿元。",
    "全年进出口总额5200亿元，比上年增加420亿元，其中出口3100亿元，增加260亿元；进口2100亿元，增加160亿元。",
]


@pytest.mark.parametrize("text", GOOD)
def test_consistent_is_silent(text):
    assert codes(text) == []


def test_plus_rest_reader():
    doc = Document(GOOD[1] + "\n")
    (pr,) = plus_rest(doc)
    assert doc.text[pr.part.start:pr.part.end] == "18所" and doc.text[pr.total.start:pr.total.end] == "43所"
    assert pr.rest == "改扩建学校"


@pytest.mark.parametrize("i,old,new", [
    (0, "一百二十个", "四百二十个"),
    (1, "18所", "58所"),
    (2, "560万套", "960万套"),
    (3, "98个", "128个"),
    (4, "52个", "92个"),
    (5, "增加2900亿元", "增加3900亿元"),
    (5, "比上年增加5600亿元", "比上年增加6600亿元"),
    (6, "增加160亿元", "增加260亿元"),
])
def test_wrong_figure_is_found(i, old, new):
    assert "LG103" in codes(GOOD[i].replace(old, new))


@pytest.mark.parametrize("text", [
    # the rest given a figure of its own: the two add up, no part-whole reading of the first alone (its sum is checked
    # elsewhere, and 30 + 20 = 50 holds)
    "全年新建学校30所，加上改扩建学校20所，共计50所。",
    # 加上 joining two deeds of other measures
    "全年新建学校18所，加上改扩建校舍，共计投入资金43亿元。",
    # a part of another noun among the whole (not its head again)
    "全省126个贫困县已有298个村完成脱贫。",
    # changes of parts that do not make up the whole (市本级/区级 may leave towns out): not summed to its change
    "全市一般债务限额410亿元，比上年增加36亿元，其中市本级190亿元，增加14亿元；区级220亿元，增加42亿元。",
])
def test_other_statements_stay_silent(text):
    assert "LG103" not in codes(text)
