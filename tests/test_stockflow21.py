"""LG103 over stocks and flows stated as a flow of the year: a case load carried in from the year before, the year's
intake, what was finished and what is left (上年结转B + 新收A − 审结C = 未结D, :func:`lintgov.claims.totals.carried_loads`),
and a population's natural change (出生A，死亡B，自然增长A − B / 自然减少B − A).  The identity is checked only where
the words close it: every flow named, one thing counted, one period.  The wordings are lintgov's own, from several
offices (司法局, 信访局, 人社局 劳动仲裁, 市场监管局, 法院, 卫健委, 统计公报); each consistent one stays silent, each
wrong one is found, and each near miss (a flow that may be partial, another kind of matter, another period, a bracketed
part) stays silent even when its figures do not close."""
import pytest

from lintgov.claims.totals import carried_loads, flows
from lintgov.document import Document
from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def codes(text):
    return [f.code for f in lint_text(text, RULES, registry=REG)]


# (consistent, wrong): the wrong one changes the last figure only
PAIRS = [
    # 司法局 行政复议: intake first, carried second, 尚未审结 as the closing stock
    ("全年共收到行政复议申请268件，加上上年结转21件，审结254件，尚未审结35件。",
     "全年共收到行政复议申请268件，加上上年结转21件，审结254件，尚未审结45件。"),
    # carried first, 新收, 年末未结
    ("上年结转劳动人事争议仲裁案件57件，本年新收1,204件，审结1,188件，年末未结73件。",
     "上年结转劳动人事争议仲裁案件57件，本年新收1,204件，审结1,188件，年末未结63件。"),
    # 旧存 / 办结 / 结转下年
    ("法院全年旧存执行案件312件，新收执行案件2,475件，执结2,560件。",  # no closing stock: silent both ways
     None),
    ("区信访局受理群众来信来访1,436件，上年未办结的19件，办结1,428件，结转下年27件。",
     "区信访局受理群众来信来访1,436件，上年未办结的19件，办结1,428件，结转下年37件。"),
    ("市场监管局全年受理消费投诉3,912件，上年度结转46件，办结3,901件，尚未办结57件。",
     "市场监管局全年受理消费投诉3,912件，上年度结转46件，办结3,901件，尚未办结67件。"),
]

NATURAL = [
    ("全年全县出生人口6,128人，死亡人口5,370人，人口自然增长758人。",
     "全年全县出生人口6,128人，死亡人口5,370人，人口自然增长858人。"),
    ("全年全市出生人口3.42万人，死亡人口3.77万人，人口自然减少0.35万人。",
     "全年全市出生人口3.42万人，死亡人口3.77万人，人口自然减少0.53万人。"),
    ("2025年全区出生1,906人，死亡2,011人，自然减少105人。",
     "2025年全区出生1,906人，死亡2,011人，自然减少115人。"),
]


@pytest.mark.parametrize("good,bad", [p for p in PAIRS if p[1] is not None] + NATURAL)
def test_pairs(good, bad):
    assert "LG103" not in codes(good)
    assert "LG103" in codes(bad)


def test_carried_load_read():
    doc = Document("上年结转复议案件26件，今年新收318件，审结301件，年末未结43件。")
    (b,) = carried_loads(doc)
    assert (b.opening.value, b.inflow.value, b.outflow.value, b.closing.value) == (26, 318, 301, 43)


def test_carried_load_not_read_as_intake_less_finished():
    # the former reading (未审结 = 收到 − 审结) ignored the carried cases and flagged a consistent statement
    text = "全年共收到行政复议申请268件，加上上年结转21件，审结254件，尚未审结35件。"
    assert codes(text) == []
    assert not [f for f in flows(Document(text)) if f.kind == "undone" and f.linked]


def test_natural_read():
    doc = Document("全年全县出生人口6,128人，死亡人口5,370人，人口自然增长758人。")
    (f,) = [f for f in flows(doc) if f.kind == "natural"]
    assert f.result.value == 758 and f.readings[0][0].value == 6128


NEAR_MISSES = [
    # a flow that may be partial (其中, 主要, 等)
    "上年结转复议案件26件，今年新收318件，其中审结301件，年末未结53件。",
    "上年结转复议案件26件，今年主要新收318件，审结301件，年末未结53件。",
    "上年结转复议、诉讼等案件26件，今年新收318件，审结301件，年末未结53件。",
    # a part in brackets: 办结 includes the carried ones, no closing stock of the four
    "全年受理信访事项980件，办结1,002件（含上年结转40件），尚未办结18件。",
    # another kind of matter in one flow
    "上年结转复议案件26件，今年新收应诉案件318件，审结复议案件301件，年末未结53件。",
    # another period (a half-year) and a plan
    "上年结转复议案件26件，1-6月新收318件，审结301件，6月末未结53件。",
    "上年结转复议案件26件，预计全年新收318件，审结301件，年末未结53件。",
    # an extra figure of the measure: a flow not accounted (不予受理)
    "上年结转26件，今年收到申请340件，不予受理22件，审结301件，年末未结53件。",
    # figures about
    "上年结转复议案件约26件，今年新收318件，审结301件，年末未结53件。",
    # births and deaths with migration: the year's change of the stock is not their difference
    "年末常住人口52.36万人，比上年末增加0.41万人。全年出生人口0.38万人，死亡人口0.31万人。",
    # births, deaths and a natural change of another place or measure in another sentence
    "全年出生人口3.42万人，死亡人口3.77万人。全省人口自然减少12.6万人。",
    # births about (约): not exact
    "全年出生人口约3.42万人，死亡人口3.77万人，人口自然减少0.55万人。",
    # births of one place and deaths of two: not one each
    "全年出生人口3.42万人，城区死亡人口2.10万人、郊县死亡人口1.67万人，人口自然减少0.55万人。",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_silent(text):
    assert "LG103" not in codes(text)


# a stock from the year's start to its end, then the year's flows (claims.totals.spanned_stocks)
SPANNED = [
    ("全县农民专业合作社示范社由年初的84家增至年末的97家。年内新认定示范社19家，因评估不合格撤销6家。",
     "全县农民专业合作社示范社由年初的84家增至年末的97家。年内新认定示范社21家，因评估不合格撤销6家。"),
    ("全区城市社区由年初的132个调整为年末的138个，新设立社区9个，撤并3个。",
     "全区城市社区由年初的132个调整为年末的138个，新设立社区9个，撤并5个。"),
    ("市级公共法律服务工作站由年初的46个减少到年末的41个，净减5个；年内新建2个，撤销7个。",
     "市级公共法律服务工作站由年初的46个减少到年末的41个，净减5个；年内新建2个，撤销9个。"),
]


@pytest.mark.parametrize("good,bad", SPANNED)
def test_spanned_pairs(good, bad):
    assert "LG103" not in codes(good)
    assert "LG103" in codes(bad)


SPANNED_NEAR = [
    # the flow in names another kind than the stock (高新技术企业 of 规模以上工业企业)
    "园区规模以上工业企业由年初的140家增至年末的151家。年内新增高新技术企业30家，退出4家。",
    # a third flow (迁出 beside 注销): not one each
    "全镇个体工商户由年初的2,310户增至年末的2,402户。新登记318户，注销160户，迁出48户。",
    # a flow that may be partial
    "全县家庭农场由年初的512家增至年末的560家。年内主要新认定家庭农场60家，注销14家。",
    "全县家庭农场由年初的512家增至年末的560家。其中新认定家庭农场60家，注销14家。",
    # another period
    "全县家庭农场由年初的512家增至年末的560家。上半年新认定家庭农场60家，注销14家。",
    # flows about
    "全县家庭农场由年初的512家增至年末的560家。年内新认定家庭农场约60家，注销14家。",
    # a flow in brackets
    "全县家庭农场由年初的512家增至年末的560家（新认定60家，注销14家）。",
]


@pytest.mark.parametrize("text", SPANNED_NEAR)
def test_spanned_near_misses_silent(text):
    assert "LG103" not in codes(text)


def test_whole_with_its_carried_part_in_brackets_still_read():
    # the bracket right after the whole says the whole holds the carried cases: 办理 − 审结 = 未审结 still holds
    good = "区人社局全年共办理劳动保障监察案件146件（含上年结转9件），结案131件，尚未结案15件。"
    bad = "区人社局全年共办理劳动保障监察案件146件（含上年结转9件），结案131件，尚未结案25件。"
    assert "LG103" not in codes(good)
    assert "LG103" in codes(bad)


# the opening, the flows and the closing each in a sentence of its own (claims.totals.balances)
THREE_SENTENCES = [
    ("年初，全县城乡低保对象共有12,480人。全年新纳入2,135人，退出1,906人。年末低保对象为12,709人。",
     "年初，全县城乡低保对象共有12,480人。全年新纳入2,135人，退出2,906人。年末低保对象为12,709人。"),
    ("上年末，全区注册登记的养老服务志愿者为6.42万人。当年新增志愿者1.35万人，注销0.27万人。年末共有志愿者7.50万人。",
     "上年末，全区注册登记的养老服务志愿者为6.42万人。当年新增志愿者1.35万人，注销0.57万人。年末共有志愿者7.50万人。"),
]


@pytest.mark.parametrize("good,bad", THREE_SENTENCES)
def test_three_sentence_pairs(good, bad):
    assert "LG103" not in codes(good)
    assert "LG103" in codes(bad)


THREE_NEAR = [
    # a flow that may be partial, a flow about, a third figure of the measure
    "年初，全县城乡低保对象共有12,480人。全年新纳入2,135人，其中退出1,906人。年末低保对象为12,809人。",
    "年初，全县城乡低保对象共有12,480人。全年新纳入约2,135人，退出1,906人。年末低保对象为12,809人。",
    "年初，全县城乡低保对象共有12,480人。全年新纳入2,135人，退出1,906人，迁出88人。年末低保对象为12,809人。",
    # the opening in another paragraph
    "年初，全县城乡低保对象共有12,480人。\n全年新纳入2,135人，退出1,906人。年末低保对象为12,809人。",
]


@pytest.mark.parametrize("text", THREE_NEAR)
def test_three_sentence_near_misses_silent(text):
    assert "LG103" not in codes(text)
