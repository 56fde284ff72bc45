"""Issue 10 (loose16): a relation checked around a figure, yet a wrong figure passing — sets A and B of the loose16 engineer
(benches/battery/loose16_a.py, written before the work, built and tested with; loose16_b.py, held out until the end):
every consistent statement is silent,
every wrong one is flagged but the misses listed (read, left: a share's whole under another name, a split the text
does not state complete); the readings added — a multiple after a transition with years, the days an air-quality rate
is over (GB 3095-2012's 324 to 366), a count ordered or urged to be done as the base of a rate, never its numerator —
each in wordings of its own, with the traps where the other reading is the right one."""
import importlib.util
import os

import pytest

from conftest import ROOT
from lintgov.config import Settings
from lintgov.engine import instantiate_rules, lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False, strict=True)
RULES = [r for r in instantiate_rules(REG, Settings(), {}, select=["ALL"]) if r.category in ("arithmetic", "yoy")]


def _load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(ROOT, "benches", "battery", name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.STATEMENTS


SET_A = _load("loose16_a")
#: set B, held out while building (benches/battery/loose16_b.py), committed at the end
SET_B = _load("loose16_b")
#: wrong statements of sets A and B the engine does not flag yet (read; see the modules' docstrings)
MISSES = {"la-013", "la-057", "lb-011", "lb-046", "lb-058"}


def findings(text):
    return [f for f in lint_text(text + "\n", RULES) if f.rule.category in ("arithmetic", "yoy")]


def test_sets_well_formed():
    ids = [r[0] for r in SET_A + SET_B]
    assert len(ids) == len(set(ids)) and len(SET_A) >= 80 and len(SET_B) >= 80
    for sid, fam, text, fig, wrong in SET_A + SET_B:
        assert (fig is None) == (wrong is None) == fam.startswith("trap-"), sid
        assert fig is None or (fig in text and wrong != fig), sid


@pytest.mark.parametrize("sid,text", [(r[0], r[2]) for r in SET_A + SET_B])
def test_consistent_silent(sid, text):
    assert findings(text) == [], sid


@pytest.mark.parametrize("sid,text,fig,wrong", [(r[0], r[2], r[3], r[4]) for r in SET_A + SET_B if r[3] is not None])
def test_wrong_flagged(sid, text, fig, wrong):
    got = findings(text.replace(fig, wrong, 1))
    if sid in MISSES:
        assert got == [], f"{sid} is flagged now: take it off MISSES"
    else:
        assert got, sid


# -- a multiple after a transition whose ends name their years -----------------------------------------------------
@pytest.mark.parametrize("good,bad", [
    ("全市上市公司由2019年的12家增加到2024年的31家，是2019年的2.6倍。", "全市上市公司由2019年的12家增加到2024年的31家，是2019年的3.6倍。"),
    ("全区国家级专精特新企业从2021年的8家增至2024年的36家，为2021年的4.5倍。",
     "全区国家级专精特新企业从2021年的8家增至2024年的36家，为2021年的6.5倍。"),
    ("新能源汽车保有量由二〇二〇年的3.2万辆增加到二〇二四年的14.1万辆，是二〇二〇年的4.4倍。",
     "新能源汽车保有量由二〇二〇年的3.2万辆增加到二〇二四年的14.1万辆，是二〇二〇年的2.4倍。"),
])
def test_multiple_after_transition_with_years(good, bad):
    assert findings(good) == []
    assert [f.code for f in findings(bad)] == ["LG205"]


def test_multiple_of_another_year_is_not_the_transition():
    # the multiple names 2015, the transition starts from 2019: 31/12 is not what it states
    assert findings("全市上市公司由2019年的12家增加到2024年的31家，是2015年的6.2倍。") == []


# -- a count ordered or urged to be done is the base of the rate ---------------------------------------------------
def test_ordered_count_is_the_base():
    assert findings("检查食品生产企业386家，责令整改的29家，整改率100%。") == []
    assert findings("全年排查隐患企业520家，督促整改的46家，整改率100%，其余企业均符合要求。") == []
    assert findings("检查食品生产企业386家，责令整改的29家，已整改27家，整改率93.1%。") == []
    assert [f.code for f in findings("检查食品生产企业386家，责令整改的29家，已整改27家，整改率83.1%。")] == ["LG101"]


# -- a part larger than the whole its share names in full, with the part's own change between --------------------
@pytest.mark.parametrize("good,bad", [
    ("规模以上工业企业增加值1390.9亿元，增长11.5%。实现规模以上高新技术产业增加值1090亿元，增长16.3%，占规模以上工业企业增加值的78.4%。",
     "规模以上工业企业增加值1390.9亿元，增长11.5%。实现规模以上高新技术产业增加值1417亿元，增长16.3%，占规模以上工业企业增加值的78.4%。"),
    ("全年一般公共预算支出186亿元。民生支出148.8亿元，同比增长8.2%，占一般公共预算支出的80%。",
     "全年一般公共预算支出186亿元。民生支出193.4亿元，同比增长8.2%，占一般公共预算支出的80%。"),
    ("全县外贸进出口总额42.6亿元，增长9.1%。其中出口总额29.8亿元，比上年增长12.4%，占外贸进出口总额的70.0%。",
     "全县外贸进出口总额42.6亿元，增长9.1%。其中出口总额44.8亿元，比上年增长12.4%，占外贸进出口总额的70.0%。"),
])
def test_part_over_named_whole_with_its_change_between(good, bad):
    assert findings(good) == []
    got = {f.code for f in findings(bad)}
    assert "LG101" in got or got == {"LG103"}


@pytest.mark.parametrize("text", [
    # the whole of another period (上半年) is not the year's: the share's whole is not stated
    "上半年一般公共预算支出86亿元。民生支出148.8亿元，增长8.2%，占一般公共预算支出的80%。",
    # a change of another subject between: 占's subject is not the part before it
    "民生支出148.8亿元，其中教育支出增长8.2%，占一般公共预算支出的20%。全年一般公共预算支出186亿元。",
    "全年一般公共预算支出186亿元。民生支出148.8亿元，其中教育支出增长8.2%，占一般公共预算支出的20%。",
    # the share's own subject (教育支出) shares only its head word with the count before it (民生支出)
    "民生支出148.8亿元，其中教育支出占一般公共预算支出的20%。全年一般公共预算支出186亿元。",
    "全年受理行政案件420件，其中涉企行政处罚案件占全部案件的31.2%。",
])
def test_part_over_whole_not_named_for_it(text):
    assert findings(text) == []


@pytest.mark.parametrize("good,bad", [
    ("全年一般公共预算支出186亿元，民生支出148.8亿元，民生支出占比80.0%。", "全年一般公共预算支出186亿元，民生支出148.8亿元，民生支出占比86.0%。"),
    ("全区共有学校86所，其中公办学校72所，民办学校14所，公办学校占比83.7%。", "全区共有学校86所，其中公办学校72所，民办学校14所，公办学校占比93.7%。"),
    ("全年受理案件300件，其中行政处罚类27件，增长8%，占9%。", "全年受理案件300件，其中行政处罚类27件，增长8%，占19%。"),
])
def test_share_of_its_own_subject_still_read(good, bad):
    assert findings(good) == []
    assert [f.code for f in findings(bad)] == ["LG101"]


# -- a part's own growth after 其中 when the whole before it states its own ------------------------------------------
@pytest.mark.parametrize("good,bad", [
    ("新增投资额超亿元项目284个、增长517%，其中投资额超100亿元项目4个、增长100%。",
     "新增投资额超亿元项目284个、增长517%，其中投资额超100亿元项目4个、增长115%。"),
    ("全年受理行政复议案件326件，同比增长12.4%，其中涉企案件27件，同比增长285.7%。",
     "全年受理行政复议案件326件，同比增长12.4%，其中涉企案件27件，同比增长255.7%。"),
    ("全区新增市场主体二万一千户，增长8%；其中新设外资企业13家，比上年增长30%。",
     "全区新增市场主体二万一千户，增长8%；其中新设外资企业13家，比上年增长40%。"),
])
def test_part_growth_after_whole_growth(good, bad):
    assert findings(good) == []
    assert [f.code for f in findings(bad)] == ["LG203"]


def test_part_growth_may_be_the_whole_s():
    # the whole states no change of its own: the growth after the part may be the whole's
    assert findings("共受理案件300件，其中行政处罚类27件，同比增长285%。") == []
    assert findings("全年受理行政复议案件326件，其中涉企案件27件，同比增长255.7%。") == []


# -- names set apart by 、 before their count: a 与 inside an earlier name joins the words of that name ---------------
@pytest.mark.parametrize("good,bad", [
    ("网络与通信、软件与信息服务、智能网联汽车3个集群规模均突破8000亿元。", "网络与通信、软件与信息服务、智能网联汽车5个集群规模均突破8000亿元。"),
    # (every name joining two words with 与 may be one thing each or two each — 储能与氢能 —: 四个 stays silent there)
    ("推动网络与通信、半导体与集成电路两个产值近千亿集群。", "推动网络与通信、半导体与集成电路五个产值近千亿集群。"),
    ("培育细胞与基因、低空与空天、新材料三大新兴产业。", "培育细胞与基因、低空与空天、新材料五大新兴产业。"),
])
def test_join_inside_an_earlier_name(good, bad):
    assert findings(good) == []
    assert [f.code for f in findings(bad)] == ["LG103"]


@pytest.mark.parametrize("text", [
    "推动石岩智造城与西丽湖国际科教城、光明科学城“三城联动”。",    # each side ends with the count's own word: three
    "建设研发中心与检测中心、孵化中心三个中心。",
    "推进智能制造、绿色制造和服务型制造三大工程。",                  # a join in the last name: A、B和C
])
def test_join_that_adds_a_thing(text):
    assert findings(text) == []


# -- parts that exclude each other and the rest make up the whole ---------------------------------------------------
@pytest.mark.parametrize("good,bad", [
    ("审结的274件复议案件中，维持186件，驳回42件，其余46件依法纠错。", "审结的274件复议案件中，维持186件，驳回82件，其余46件依法纠错。"),
    ("在审结的三百一十八件案件中，维持二百二十六件，驳回四十七件，其余四十五件予以纠错。",
     "在审结的三百一十八件案件中，维持二百二十六件，驳回十七件，其余四十五件予以纠错。"),
])
def test_rest_and_exclusive_parts_make_the_whole(good, bad):
    assert findings(good) == []
    got = findings(bad)
    assert [f.code for f in got] == ["LG103"] and "=" in got[0].evidence["formula"]


def test_rest_and_parts_that_may_overlap():
    # an enterprise may be both relocated and upgraded: the parts may overlap, the rest and the largest part bound it
    assert findings("全区126家企业中，搬迁改造48家，升级改造52家，其余40家保持现状。") == []
