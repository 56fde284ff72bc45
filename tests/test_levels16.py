"""Session levels16 (issue 10: a level that takes part in a relation stated elsewhere): the readings built, each in
wordings invented for the test — the consistent text silent, the wrong text flagged — and the precision tests that
keep a consistent statement silent (a wider set than a rate's frame, a total named after a kind and its sibling, an
average over several listed kinds of units), plus set A of the session (consistent silent, wrong flagged where read)."""
import importlib.util
import os

import pytest

from lintgov.config import Settings
from lintgov.engine import instantiate_rules, lint_text
from lintgov.plugins import build_registry

_REG = build_registry(load_entry_points=False, strict=True)
_RULES = [r for r in instantiate_rules(_REG, Settings(), {}, select=["ALL"]) if r.category in ("arithmetic", "yoy")]


def codes(text):
    return sorted({f.rule.code for f in lint_text(text + "\n", _RULES)})


# -- a part among a whole that the part names again by the whole's head noun (claims.ratios.among; LG103) -------------
AMONG_HEAD = [
    ("全省12个评价领域有7个领域综合得分位居前三。", "有7个领域", "有17个领域"),
    ("全市8家链主企业中有5家企业入选省级名单。", "有5家企业", "有15家企业"),
    ("在全县20个示范项目中，有6个项目提前完工。", "有6个项目", "有26个项目"),
]


@pytest.mark.parametrize("good,fig,wrong", AMONG_HEAD)
def test_among_named_by_the_whole_head(good, fig, wrong):
    assert codes(good) == []
    assert "LG103" in codes(good.replace(fig, wrong, 1))


def test_among_another_noun_is_not_read():
    # 12个街道中有86个社区: the part counts other things (communities inside the streets)
    assert codes("全区12个街道中有86个社区开展了示范创建。") == []


# -- a count with the wider area's count in brackets after it (claims.ratios.area_totals; LG103) --------------------
AREA = [
    ("今年新增4家国家级专精特新企业（全市11家），数量居全市第一。", "新增4家", "新增14家"),
    ("全区建成儿童友好示范社区26个（全省共180个）。", "26个（", "260个（"),
    ("培育市级以上龙头企业十二家（全市三十五家）。", "十二家（", "四十二家（"),
]


@pytest.mark.parametrize("good,fig,wrong", AREA)
def test_count_within_the_wider_area_count(good, fig, wrong):
    assert codes(good) == []
    assert "LG103" in codes(good.replace(fig, wrong, 1))


@pytest.mark.parametrize("text", [
    "累计建成标准化站点120个（全市新增45个）。",           # a stock over years against the area's additions
    "全区新增市场主体1.2万户（全市排名第3位）。",           # a rank, not a count
    "新增高新技术企业86家（全市占比12.5%）。",              # a share
    "全区新增就业8,600人（全市超过5万人）。",               # a lower bound as the whole: no upper end
])
def test_area_brackets_that_are_no_whole(text):
    assert codes(text) == []


# -- precision: a rate framed by a narrower set is not over a wider count before the frame (claims.rates) ------------
def test_rate_framed_by_a_narrower_set():
    assert codes("全市共有行政执法人员2,846人。区级执法人员中，持证上岗的1,204人，持证率98.1%。") == []
    # the frame naming the same set as the count: read as before
    assert "LG101" in codes("全市共有区级执法人员1,246人。区级执法人员中，持证上岗的1,204人，持证率91.6%。")
    assert codes("全市共有区级执法人员1,246人。区级执法人员中，持证上岗的1,204人，持证率96.6%。") == []
    # no frame: the count before is the base
    assert "LG101" in codes("全市共有行政执法人员2,846人。持证上岗的2,704人，持证率98.1%。")


# -- precision: a total named after a kind and its sibling is no part of the first (rules.sums) ----------------------
@pytest.mark.parametrize("text", [
    "全区有专职网格员320名，兼职网格员1,460名，共有网格员1,780名。",
    "全市有专职人民调解员864名，兼职人民调解员5,217名，人民调解员总数6,081名。",
])
def test_total_after_kind_and_sibling(text):
    assert codes(text) == []


# -- precision and recall: an average over several listed kinds of units (claims.lists.named_run; LG108) ------------
def test_average_over_listed_units():
    assert codes("全区9个街道、3个镇共开展法治宣传活动936场，平均每个镇街78场。") == []
    assert codes("全县6个社区和14个村共发放慰问金120万元，平均每个村（社区）6万元。") == []
    assert "LG108" in codes("全区9个街道、3个镇共开展法治宣传活动936场，平均每个镇街88场。")


# -- 纠错 (corrected) is a decision apart from 维持 and 驳回, never from the decisions it gathers (claims.classes) -------
def test_corrected_is_a_decision():
    assert "LG103" in codes("全年审结行政复议案件358件，其中维持231件，纠错118件，驳回42件。")
    assert codes("全年审结行政复议案件358件，其中维持231件，纠错85件，驳回42件。") == []
    assert "LG103" in codes("在审结的358件案件中，维持决定231件、纠错118件、驳回42件。")
    # 撤销 and 确认违法 are 纠错: listed with it they are no sibling parts
    assert codes("全年审结行政复议案件358件，维持231件，纠错85件，撤销60件，确认违法25件。") == []


# -- names counted after a first stretch holding a figure (claims.lists enumerations; LG103) -------------------------
@pytest.mark.parametrize("good,fig,wrong", [
    ("用9个月平稳搬迁甲岭、乙湾两个村，腾出土地12公顷。", "两个村", "三个村"),
    ("投入1.2亿元改造东湖、西岸、南山三个公园。", "三个公园", "四个公园"),
])
def test_names_after_a_figure_in_the_first_stretch(good, fig, wrong):
    assert codes(good) == []
    assert "LG103" in codes(good.replace(fig, wrong, 1))


def test_names_with_a_figure_as_an_item_still_not_read():
    assert codes("建设3号线、4号线三条地铁。") == []


# -- a total after its parts named by the noun they share (rules.sums, claims.parts.HEAD_TOTAL) ----------------------
@pytest.mark.parametrize("good,fig,wrong", [
    ("全市专职网格员420名，兼职网格员1,380名，网格员共1,800名。", "兼职网格员1,380名", "兼职网格员1,780名"),
    ("区级河长24名，镇级河长96名，共有河长120名。", "镇级河长96名", "镇级河长196名"),
    ("城区公办幼儿园38所，农村公办幼儿园52所，公办幼儿园总数达90所。", "农村公办幼儿园52所", "农村公办幼儿园82所"),
])
def test_total_named_by_the_parts_noun(good, fig, wrong):
    assert codes(good) == []
    assert "LG103" in codes(good.replace(fig, wrong, 1))


@pytest.mark.parametrize("text", [
    "新增专职网格员120名，兼职网格员380名，网格员共1,800名。",      # additions against a stock: not more than it
    "上半年新增网格员820名，下半年新增网格员980名，网格员共1,200名。",  # additions of two halves against a stock
])
def test_total_named_by_the_noun_stays_silent(text):
    assert codes(text) == []


# -- set A of the session -----------------------------------------------------------------------------------------
_SPEC = importlib.util.spec_from_file_location("levels16_a", os.path.join(os.path.dirname(__file__), "levels16_setA.py"))
_A = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_A)
#: the statements of set A the engine reads (the wrong figure flagged); the others are left as xfail, strictly
_A_READ = {"lvA-001", "lvA-002", "lvA-012", "lvA-005", "lvA-007", "lvA-009", "lvA-010", "lvA-013", "lvA-018", "lvA-019", "lvA-020", "lvA-021",
           "lvA-024", "lvA-025", "lvA-027", "lvA-028", "lvA-029", "lvA-030", "lvA-031", "lvA-033", "lvA-034",
           "lvA-037", "lvA-039", "lvA-040", "lvA-041", "lvA-042", "lvA-043", "lvA-045", "lvA-046", "lvA-047",
           "lvA-049", "lvA-050", "lvA-051", "lvA-052", "lvA-055",
           # (session 17, lead: a prior opening the claim's own sentence, the level closing the one before)
           "lvA-032", "lvA-035",
           # (session 18, dev13: a part stated as a headless 的-clause of the whole before it, claims.rates.headless_part)
           "lvA-026",
           # (session 22, land22: a restatement in the next paragraph with the figure in another scale, LG210)
           "lvA-044"}


@pytest.mark.parametrize("sid,fam,good,fig,wrong", _A.STATEMENTS, ids=[s[0] for s in _A.STATEMENTS])
def test_set_a_consistent_is_silent(sid, fam, good, fig, wrong):
    assert codes(good) == []


@pytest.mark.parametrize("sid,fam,good,fig,wrong", [
    pytest.param(*s, id=s[0], marks=() if s[0] in _A_READ else pytest.mark.xfail(strict=True, reason="not read yet"))
    for s in _A.STATEMENTS if s[3] is not None])
def test_set_a_wrong_is_flagged(sid, fam, good, fig, wrong):
    assert codes(good.replace(fig, wrong, 1)) != []


# -- set B of the session (held out: measured at the start, 36/60 and 3/80 false alarms, and at the end, 36/60 and 2/80)
_SPEC_B = importlib.util.spec_from_file_location("levels16_b", os.path.join(os.path.dirname(__file__), "levels16_setB.py"))
_B = importlib.util.module_from_spec(_SPEC_B)
_SPEC_B.loader.exec_module(_B)
#: set B's misses at the end of the session: xfail, strictly.  Its two false alarms were fixed by the lead after the
#: session's end measure: lvB-040 (a prior opening its sentence read by LG203 as this year's level; its wrong text was
#: flagged only through that misreading and is now a miss) and lvB-027 (a count after 。其中 read as the numerator of the
#: rate closing the sentence before: claims.rates.breaks_down_rate)
_B_MISSED = set(['lvB-001', 'lvB-008', 'lvB-009', 'lvB-011', 'lvB-012', 'lvB-013', 'lvB-014', 'lvB-015', 'lvB-017', 'lvB-018', 'lvB-019', 'lvB-022', 'lvB-028', 'lvB-030', 'lvB-036', 'lvB-038', 'lvB-041', 'lvB-044', 'lvB-050', 'lvB-053', 'lvB-058'])
#: (session 17, lead: lvB-035 and lvB-040 read since — a prior opening the claim's own sentence, the level closing the
#: sentence before: claims.grammar._earlier_operands)
_B_FALSE_ALARMS = set()


@pytest.mark.parametrize("sid,fam,good,fig,wrong", [
    pytest.param(*s, id=s[0], marks=pytest.mark.xfail(strict=True, reason="a false alarm left") if s[0] in _B_FALSE_ALARMS else ())
    for s in _B.STATEMENTS])
def test_set_b_consistent_is_silent(sid, fam, good, fig, wrong):
    assert codes(good) == []


@pytest.mark.parametrize("sid,fam,good,fig,wrong", [
    pytest.param(*s, id=s[0], marks=pytest.mark.xfail(strict=True, reason="not read") if s[0] in _B_MISSED else ())
    for s in _B.STATEMENTS if s[3] is not None and s[0] not in _B_FALSE_ALARMS])
def test_set_b_wrong_is_flagged(sid, fam, good, fig, wrong):
    assert codes(good.replace(fig, wrong, 1)) != []
