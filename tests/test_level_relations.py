"""The relations a bare level takes part in (claims.levels): a level, its difference over last year and its growth —
达N，比上年增加D，增长P% says P = D ÷ (N − D) — bound by what the level is (this year's figure in the difference's
measure, the one the pair's clause is about), wherever it stands: a remark between, the level one sentence earlier,
the pair in brackets, the growth first and the level after (共/达到), the level between the difference and the growth,
the difference in brackets after the growth.  Each statement is consistent as written; the level multiplied by 1.3
must be found, and the traps (another metric named by the pair, a figure between, a plan, another base period, real
growth, a bound) must stay silent."""
import pytest

from lintgov.claims.levels import delta_growths
from lintgov.engine import lint_text, read_document
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def codes(text):
    return sorted({f.code for f in lint_text(text + "\n", RULES, registry=REG, path="example.txt")})


# (consistent statement, the level as printed, the level × 1.3)
PAIRS = [
    ("全年受理行政复议案件156件，创历史新高，较上年增加17件，增长12.2%。", "156件", "203件"),
    ("全年受理行政复议案件156件。与上年相比，增加17件，增长12.2%。", "156件", "203件"),
    ("受理行政复议案件156件（比上年增加17件，增长12.2%）。", "156件", "203件"),
    ("全年受理行政复议案件同比增长12.2%，增加17件，共156件。", "156件", "203件"),
    ("与上年相比，全年受理行政复议案件增加17件，达到156件，增长12.2%。", "156件", "203件"),
    ("全市实现旅游总收入126.5亿元，同比增长12.1%（增加13.65亿元）。", "126.5亿元", "164.5亿元"),
    ("年末全市机动车保有量达到286.4万辆，稳居全省首位，比上年末增加18.6万辆，增长6.9%。", "286.4万辆", "372.3万辆"),
    ("全市粮食总产量八十六点四万吨。同比增产六点二万吨，增长百分之七点七。", "八十六点四万吨", "一百一十二点三万吨"),
    ("全年办理法律援助案件2,860件，办理质量保持全省前列，比上年减少320件，下降10.1%。", "2,860件", "3,718件"),
    ("城镇居民人均可支配收入4.86万元，位居全省前列（比上年增加2,650元，增长5.8%）。", "4.86万元", "6.32万元"),
]

SILENT = [
    # the pair names a metric of its own
    "全市实现地区生产总值2400亿元，增长6%；利润总额增加17亿元，增长12%。",
    "受理案件156件。审结案件比上年增加17件，增长12.2%。",
    "全市进出口总额1286亿元，创历史新高；出口增加40亿元，增长5.2%。",
    # a figure between the level and a growth (a share of it): the growth may be about it (a difference in the
    # level's measure, 一年增加76家、增长24.5%, is the level's: a share never changes by 76家 — tests/test_span_share_deltas.py,
    # published defect v175 of benches/validity/labels.jsonl)
    "专精特新企业210家、占全市28.3%，一年增长24.5%。",
    "专精特新企业210家、占全市28.3%，增长24.5%。",
    # a remark between that may name the pair's own subject (a change of another metric, a part)
    "全年实现营业收入520亿元，利润总额大幅提升，比上年增加17亿元，增长12%。",
    "全年受理案件156件，其中大部分为涉企案件，较上年增加17件，增长30%。",
    # another base period, a plan, real growth, a bound
    "全年受理案件156件，创历史新高，比2020年增加17件，同比增长3%。",
    "力争全年受理案件156件，创历史新高，比上年增加17件，增长10%。",
    "全市地区生产总值2400亿元，创历史新高，比上年增加120亿元，增长6.5%。",
    "全年受理案件156件，居全省第一，较上年增加17件，增长12%以上。",
    # the level of last year, and a level in another paragraph
    "上年受理案件139件。与上年相比，今年增加17件，增长12.2%。",
    "全年受理案件156件。\n与上年相比，增加17件，增长20%。",
    # two levels the pair may describe: one fits
    "全年受理案件180件，审结156件，较上年增加17件，增长12.2%。",
]


@pytest.mark.parametrize("text,level,wrong", PAIRS)
def test_consistent_is_silent(text, level, wrong):
    assert codes(text) == []


@pytest.mark.parametrize("text,level,wrong", PAIRS)
def test_changed_level_is_found(text, level, wrong):
    assert level in text
    assert "LG201" in codes(text.replace(level, wrong, 1))


@pytest.mark.parametrize("text", SILENT)
def test_traps_are_silent(text):
    assert codes(text) == []


def test_changed_growth_and_difference_are_found():
    t = "全年受理行政复议案件156件，创历史新高，较上年增加17件，增长12.2%。"
    assert "LG201" in codes(t.replace("12.2%", "17.2%"))
    assert "LG201" in codes(t.replace("17件", "27件"))


def test_binding_names_the_level():
    text = "全年受理行政复议案件156件。与上年相比，增加17件，增长12.2%。\n"
    doc = read_document("x.txt", "x.txt", REG, text.encode("utf-8"))
    got = delta_growths(doc)
    assert len(got) == 1
    dg = got[0]
    assert text[dg.delta.start:dg.delta.end] == "17件"
    assert [text[q.start:q.end] for q in dg.levels] == ["156件"]
    assert text[dg.growth.amount.start:dg.growth.amount.end] == "12.2%"


def test_finding_shows_its_evidence():
    text = "全年受理行政复议案件203件，创历史新高，较上年增加17件，增长12.2%。\n"
    found = [f for f in lint_text(text, RULES, registry=REG, path="example.txt") if f.code == "LG201"]
    assert len(found) == 1
    ev = found[0].evidence
    assert ev["formula"] == "D/(B-D)*100" and ev["current"] == 203 and ev["difference"] == 17
    assert "186件" in found[0].message("zh")


# -- a level and its share of a whole the share names in full (claims.rates.whole_named_in_full) --------------------
# (consistent statement, the part as printed, the part × 1.3): the whole stated for the year, named in full after 占
SHARE_PAIRS = [
    ("全年一般公共预算支出186亿元。民生支出148.8亿元，占一般公共预算支出的80%。", "148.8亿元", "193.4亿元"),
    ("全年一般公共预算支出186亿元，民生支出148.8亿元，占一般公共预算支出的80%。", "148.8亿元", "193.4亿元"),
    ("全年一般公共预算支出186亿元。民生支出占一般公共预算支出的80%，达148.8亿元。", "148.8亿元", "193.4亿元"),
    ("全年社会消费品零售总额860亿元，增长6%。网上零售额占社会消费品零售总额的25%，达215亿元。", "215亿元", "280亿元"),
    ("全年完成固定资产投资500亿元，增长8%。工业投资占固定资产投资的比重为44%，达到220亿元。", "220亿元", "286亿元"),
    ("全年进出口总额1,286亿元，增长5%。出口占进出口总额的63.1%，为812亿元。", "812亿元", "1,056亿元"),
    ("全年一般公共预算支出一百八十六亿元。民生支出一百四十八点八亿元，占一般公共预算支出的百分之八十。",
     "一百四十八点八亿元", "一百九十三点四亿元"),
]

SHARE_SILENT = [
    # the whole of another period or a plan: never the year's
    "上半年一般公共预算支出86亿元。全年民生支出148.8亿元，占一般公共预算支出的80%。",
    "预计全年社会消费品零售总额860亿元。力争网上零售额占社会消费品零售总额的30%，达到258亿元。",
    # the whole named with a scope the share does not name
    "全国一般公共预算支出27.5万亿元，增长3%。全市民生支出148.8亿元，占全市一般公共预算支出的80%。",
]


@pytest.mark.parametrize("text,part,wrong", SHARE_PAIRS)
def test_share_consistent_is_silent(text, part, wrong):
    assert codes(text) == []


@pytest.mark.parametrize("text,part,wrong", SHARE_PAIRS)
def test_share_changed_part_is_found(text, part, wrong):
    assert part in text
    assert "LG101" in codes(text.replace(part, wrong, 1))


@pytest.mark.parametrize("text", SHARE_SILENT)
def test_share_traps_are_silent(text):
    assert codes(text) == []


# -- a total, the count of its units and the average per unit (claims.ratios.per_unit): any measure word after 平均每
# (场, 件, 次, 笔…) or before 均 (件均, 场均, 笔均) names its units; 人均 of visitors is over 人次 -------------------------
PER_UNIT_PAIRS = [
    ("全年组织招聘会48场，平均每场提供岗位2,500个，共提供就业岗位12万个。", "12万个", "15.6万个"),
    ("全年共举办招聘会48场，提供就业岗位12万个，平均每场2,500个。", "12万个", "15.6万个"),
    ("全年共办理法律援助案件2,860件，为受援人挽回经济损失1.43亿元，平均每件5万元。", "1.43亿元", "1.86亿元"),
    ("全年共办理法律援助案件2,860件，挽回经济损失1.43亿元，件均5万元。", "2,860件", "3,718件"),
    ("全年完成交易4,200笔，交易额84亿元，笔均200万元。", "84亿元", "109.2亿元"),
    ("全年接待游客1,438万人次，实现旅游总收入126.5亿元，游客人均花费880元。", "126.5亿元", "164.5亿元"),
    ("全年开展执法检查一千二百次，出动执法人员二万四千人次，平均每次二十人次。", "二万四千人次", "三万一千二百人次"),
]

PER_UNIT_SILENT = [
    # the average of a kind of the visitors or of the things counted, not of all of them
    "全年接待游客1,438万人次，实现旅游总收入126.5亿元，其中过夜游客人均花费1,500元。",
    "全年共办理法律援助案件2,860件，挽回经济损失1.43亿元，平均每件刑事案件8万元。",
    # two counts of the unit: one fits
    "全年举办招聘会48场、培训班30场，平均每场提供岗位2,500个，共提供就业岗位19.5万个。",
    # an average over a period, not a unit
    "全年受理案件2,860件，平均每件办理时间12天。",
]


@pytest.mark.parametrize("text,total,wrong", PER_UNIT_PAIRS)
def test_per_unit_consistent_is_silent(text, total, wrong):
    assert codes(text) == []


@pytest.mark.parametrize("text,total,wrong", PER_UNIT_PAIRS)
def test_per_unit_changed_operand_is_found(text, total, wrong):
    assert total in text
    assert "LG108" in codes(text.replace(total, wrong, 1))


@pytest.mark.parametrize("text", PER_UNIT_SILENT)
def test_per_unit_traps_are_silent(text):
    assert codes(text) == []


# -- a year-end stock, last year's end-of-year stock and the year's additions (claims.stocks.added_beside_levels): the
# stock cannot rise by more than was added (B − A <= added; some may have left) -----------------------------------
STOCK_PAIRS = [
    ("上年末全市共有养老机构床位3.42万张。今年新增床位0.56万张，年末达到3.98万张。", "3.98万张", "5.17万张"),
    ("全市养老床位达到3.98万张，新增0.56万张，上年末为3.42万张。", "3.98万张", "5.17万张"),
    ("新增国家高新技术企业957家，总量达5842家，上年末为4885家。", "5842家", "7595家"),
    ("上年末全市共有养老机构床位三万四千二百张。今年新增床位五千六百张，年末达到三万九千八百张。",
     "三万九千八百张", "五万一千七百四十张"),
    ("上年末全市有律师事务所41家，执业律师644人。全年新设立律师事务所8家，年底共有46家。", "46家", "60家"),
]

STOCK_SILENT = [
    # more added than the stock rose: some left
    "上年末全市有律师事务所41家。全年新设立律师事务所8家，年底共有46家。",
    # a plan; last year's stock of another thing; another measure
    "力争新增床位0.56万张，年末达到5.17万张，上年末为3.42万张。",
    "上年末全市有律师事务所41家。全年新增执业律师120人，年底共有执业律师712人。",
    "上年末全市养老床位3.42万张，新增普惠性托位0.56万个，年末达到5.17万张。",
]


@pytest.mark.parametrize("text,level,wrong", STOCK_PAIRS)
def test_stock_consistent_is_silent(text, level, wrong):
    assert codes(text) == []


@pytest.mark.parametrize("text,level,wrong", STOCK_PAIRS)
def test_stock_changed_level_is_found(text, level, wrong):
    assert level in text
    assert "LG103" in codes(text.replace(level, wrong, 1))


@pytest.mark.parametrize("text", STOCK_SILENT)
def test_stock_traps_are_silent(text):
    assert codes(text) == []


# -- a level and a multiple of an earlier year's level, the level's head word restated before it
# (claims.grammar._TIMES_OF: 860家，数量是2020年430家的2倍) ------------------------------------------------------------
MULTIPLE_PAIRS = [
    ("全市高新技术企业860家，数量是2020年430家的2倍。", "860家", "1,118家"),
    ("全市高新技术企业860家，总数是2020年（430家）的两倍。", "860家", "1,118家"),
    ("全年接待游客3,600万人次，人数是2019年1,200万人次的3倍。", "3,600万人次", "4,680万人次"),
]

MULTIPLE_SILENT = [
    # another metric's multiple after the level: not read with it
    "全市高新技术企业860家，产值是2020年430亿元的3倍。",
    "全市高新技术企业860家，数量是全省平均水平的2倍。",
]


@pytest.mark.parametrize("text,level,wrong", MULTIPLE_PAIRS)
def test_multiple_consistent_is_silent(text, level, wrong):
    assert codes(text) == []


@pytest.mark.parametrize("text,level,wrong", MULTIPLE_PAIRS)
def test_multiple_changed_level_is_found(text, level, wrong):
    assert level in text
    assert "LG205" in codes(text.replace(level, wrong, 1))


@pytest.mark.parametrize("text", MULTIPLE_SILENT)
def test_multiple_traps_are_silent(text):
    assert codes(text) == []
