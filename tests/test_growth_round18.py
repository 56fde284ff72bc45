"""Growth family, validity round 18 (issue 10): a multiple of a whole count whose earlier count is not printed.

增长N倍 of a whole count means B/A − 1 = N and 是上年的N倍 means B/A = N for some whole earlier count A; when no
whole A gives the printed multiple at its precision (two roundings allowed, as for rates), LG203 reports it, as it
does for a rate (公办幼儿园增至126所，增长22倍: 126/5 − 1 = 24.2, 126/6 − 1 = 20).  Only against the count's own earlier
level (no comparison, 同比, 比上年, 较2020年, 是上年的, 是2019年的), never a multiple of another body (是全市的N倍), of
a bound (近N倍, N倍多, N倍以上), of what is new this year (新增N家，增长N倍: the stock's or the flow's), of a part
after 其中 (the total's), or of money and measures.  Each case of our own wording once consistent (silent) and once
with a figure that no whole earlier count gives (found); the found/silent verdicts are checked against a brute
force over the earlier count first, so a case cannot pass by construction.

A growth beside an addition (新增“四上”企业46家、增长318%) has two readings: the growth of the 46 added over last
year's additions, or of the stock they were added to (a rise of at most 46 over a whole stock; some may have
left).  LG203 reports it only when neither reading has a whole solution, and never a fall."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]
GWR = "2024年政府工作报告\n各位代表：\n现在，我代表区人民政府，向大会报告工作。\n一、2023年工作回顾\n"


def codes(text):
    return sorted({f.code for f in lint_text(GWR + text + "\n", RULES, registry=REG)})


def whole_prior(b: int, n: float, half: float, plus_one: bool) -> bool:
    """Is there a whole A >= 1 with B/A - 1 (plus_one) or B/A within n ± half (two roundings: half × 1.1)?"""
    lo, hi = n - half * 1.1, n + half * 1.1
    shift = 1 if plus_one else 0
    return any(lo - 1e-9 <= b / a - shift <= hi + 1e-9 for a in range(1, b + 1))


# (consistent statement, wrong statement, count, multiple stated right / wrong, half unit, 增长N倍?)
CASES = [
    ("社区养老服务站增至62个，增长30倍。", "社区养老服务站增至58个，增长30倍。", (62, 58), (30, 30), 0.5, True),
    ("全区智慧书房达到43家，比2019年增长20倍。", "全区智慧书房达到43家，比2019年增长16倍。", (43, 43), (20, 16), 0.5, True),
    ("院士工作站增至14家，增长两倍。", "院士工作站增至14家，增长五倍。", (14, 14), (2, 5), 0.5, True),
    ("公辦幼兒園增至126所，增長17倍。", "公辦幼兒園增至126所，增長22倍。", (126, 126), (17, 22), 0.5, True),
    ("专精特新企业较2020年增长11倍，达到36家。", "专精特新企业较2020年增长14倍，达到36家。", (36, 36), (11, 14), 0.5, True),
    ("今年举办国际赛事18场，是上年的6倍。", "今年举办国际赛事19场，是上年的8倍。", (18, 19), (6, 8), 0.5, False),
    ("全区24小时自助图书馆达到33个，是2020年的2.2倍。", "全区24小时自助图书馆达到33个，是2020年的2.6倍。",
     (33, 33), (2.2, 2.6), 0.05, False),
    ("口袋公园增至29个，同比增长1.9倍。", "口袋公园增至29个，同比增长1.7倍。", (29, 29), (1.9, 1.7), 0.05, True),
]


@pytest.mark.parametrize("good,bad,counts,mult,half,plus_one", CASES)
def test_multiple_of_a_whole_count(good, bad, counts, mult, half, plus_one):
    assert whole_prior(counts[0], mult[0], half, plus_one)        # the consistent wording has a whole earlier count
    assert not whole_prior(counts[1], mult[1], half, plus_one)    # the wrong one has none
    assert codes(good) == []
    assert "LG203" in codes(bad)


# consistent by some reading, or not a multiple of the count's own earlier level: never reported.  Each is
# checked to have no whole earlier count under the exact reading, so silence comes from the reading, not luck.
SILENT = [
    ("每万人口发明专利拥有量达到23件，是全市平均水平的5.3倍。", 23, 5.3, 0.05, False),   # another body's level
    ("新增省级以上创新平台23个，增长5.3倍。", 23, 5.3, 0.05, True),                      # new this year: stock or flow
    ("社区食堂达到26个，增长7倍多。", 26, 7, 0.5, True),                                  # 7倍多: 7 to 8 (26/3 - 1 = 7.67)
    ("社区食堂达到26个，增长近9倍。", 26, 9, 0.5, True),                                  # a bound
    ("共受理案件300件，其中涉企案件25件，增长8倍。", 25, 8, 0.5, True),                    # may be the total's
    ("社区食堂达到26个，增长9倍以上。", 26, 9, 0.5, True),                                # a bound after the multiple
    ("全区公共充电桩达到25个，是深圳市的4.6倍。", 25, 4.6, 0.05, False),                  # another body (no year)
]


@pytest.mark.parametrize("text,b,n,half,plus_one", SILENT)
def test_multiples_that_stay_silent(text, b, n, half, plus_one):
    assert not whole_prior(b, n, half, plus_one)
    assert "LG203" not in codes(text)


def test_money_and_measures_are_not_whole_counts():
    assert "LG203" not in codes("固定资产投资达到126亿元，增长22倍。")
    assert "LG203" not in codes("人均公园绿地面积达到15平方米，是2010年的4倍。")


def test_the_finding_shows_the_nearest_whole_counts():
    fs = [f for f in lint_text(GWR + "公办幼儿园增至126所，增长22倍。\n", RULES, registry=REG) if f.code == "LG203"]
    assert len(fs) == 1
    ev = fs[0].evidence
    assert ev["current"] == 126 and ev["formula"] == "B/A-1, A whole"
    assert [a for a, _ in ev["nearest"]] == [5, 6]


# -- a growth beside an addition (新增N家，增长X%): the growth of what was added over last year's additions, or of the
# stock the N were added to (some may have left: a rise D <= N over a whole stock S).  Reported only when neither
# reading has a whole solution; a fall (新增N家，下降X%) never is (a stock may fall by any number).
def stock_reading(n: int, rate: float, half: float) -> bool:
    lo, hi = rate - half * 1.1, rate + half * 1.1
    return any(lo - 1e-9 <= d / s * 100 <= hi + 1e-9 for s in range(1, 3000) for d in range(1, n + 1)
               if d <= s * hi / 100 + 1)


def flow_reading(n: int, rate: float, half: float) -> bool:
    return whole_prior(n, rate / 100, half / 100, True)


# (consistent, wrong, added count (right, wrong), rate (right, wrong), half unit of the rate)
NEW_FLOW = [
    ("全区新增“四上”文化企业46家、增长318%。", "全区新增“四上”文化企业46家、增长366%。", (46, 46), (318, 366), 0.5),
    ("新引进博士后研究人员13人，增长30%。", "新引进博士后研究人员13人，增长49%。", (13, 13), (30, 49), 0.5),
    ("新认定市级专精特新企业9家，同比增长28.6%。", "新认定市级专精特新企业9家，同比增长24.4%。", (9, 9), (28.6, 24.4), 0.05),
    ("新增上市公司5家、规上工业企业99家，分别增长38.5%和28.2%。", "新增上市公司5家、规上工业企业99家，分别增长44.3%和28.2%。",
     (5, 5), (38.5, 44.3), 0.05),
    ("净增國家級孵化器6家，增長50%。", "净增國家級孵化器6家，增長47%。", (6, 6), (50, 47), 0.5),
]


@pytest.mark.parametrize("good,bad,counts,rates,half", NEW_FLOW)
def test_growth_beside_an_addition(good, bad, counts, rates, half):
    assert flow_reading(counts[0], rates[0], half) or stock_reading(counts[0], rates[0], half)
    assert not flow_reading(counts[1], rates[1], half) and not stock_reading(counts[1], rates[1], half)
    assert codes(good) == []
    assert "LG203" in codes(bad)


def test_multiple_beside_an_addition():
    assert codes("新增国家级“小巨人”企业35家，增长2.5倍。") == []          # 10 -> 35 (the flow)
    assert "LG203" in codes("新增国家级“小巨人”企业7家，增长3.3倍。")    # 7/1, 7/2 - 1; a stock rise <= 7 of 3.3x: none


# consistent by one reading only, or a fall: silent.  Each has no whole solution under the flow reading, so the
# silence comes from the stock reading (or the fall), not from the check being skipped by accident.
NEW_FLOW_SILENT = [
    ("新增创新载体7个、增长16.3%。", 7, 16.3, 0.05),              # the stock 43 -> 50
    ("新增各类创新载体58家、增长20%。", 58, 20, 0.5),             # the stock 290 -> 348
    ("新增生物医药企业135家，增长46%，总数达430家。", 135, 46, 0.5),  # the stock 295 -> 430
]


@pytest.mark.parametrize("text,n,rate,half", NEW_FLOW_SILENT)
def test_growth_of_the_stock_stays_silent(text, n, rate, half):
    assert not flow_reading(n, rate, half) and stock_reading(n, rate, half)
    assert "LG203" not in codes(text)


def test_a_fall_beside_an_addition_stays_silent():
    assert not whole_prior(13, -0.49, 0.005, True)                        # 13 added, 49% fewer: no whole prior
    assert "LG203" not in codes("新引进博士后研究人员13人，下降49%。")      # but a stock may fall by any number


# -- points against the growth of GDP stated elsewhere in the report (LG209): the level's clause may name nothing
# after a bound the metric passed (辖区地区生产总值突破四千亿元大关，达B，增长X%), a report delivered before the year's
# statistics states its own estimate (预计全年实现本区生产总值B，比上年增长X%; 预计2023年…), and 地区生产总值 in the
# comparison is the report's 生产总值 under any scope word, as GDP is.  Never a plan, next year's estimate or a
# five-year average.
GDP_POINTS = [
    ("辖区地区生产总值突破两千亿元大关，达2105.6亿元，增长6.8%。投资稳步增长。完成税收总额520.3亿元，增长11.5%，比GDP增速高出{}个百分点。",
     "4.7", "5.7"),
    ("预计全年实现本区生产总值860亿元，比上年增长8.2%。财政实力增强。预计2023年区一般公共预算收入增长15.6%，高于地区生产总值{}个百分点。",
     "7.4", "7.9"),
    ("全区生产总值首次突破千亿元，达1032.5亿元，同比增长7.1%。消费市场回暖，社会消费品零售总额增长9.3%，快于GDP增速{}个百分点。",
     "2.2", "3.2"),
    ("预计2023年全区地区生产总值达到650亿元，同比增长6.0%。工业稳中有进。预计全年税收收入增长9.8%，高于地区生产总值{}个百分点。",
     "3.8", "2.8"),
    ("全市生产总值突破五千亿元台阶，达5120亿元，增长5.5%。新动能加快成长。数字经济核心产业营业收入增长12.9%，比GDP增速高出{}个百分点。",
     "7.4", "6.4"),
]


@pytest.mark.parametrize("text,right,wrong", GDP_POINTS)
def test_points_against_gdp_growth_stated_elsewhere(text, right, wrong):
    assert codes(text.format(right)) == []
    assert "LG209" in codes(text.format(wrong))


GDP_POINTS_SILENT = [
    # a plan's growth, next year's estimate, a five-year average: never the year's growth (all wrong if read so)
    "今年主要预期目标是：地区生产总值增长6%左右。预计全年一般公共预算收入增长10.5%，高于地区生产总值3.5个百分点。",
    "预计明年地区生产总值增长6.5%。全年税收收入增长12%，高于地区生产总值3.5个百分点。",
    "五年来，地区生产总值年均增长8.5%。全年税收收入增长12%，高于地区生产总值5.5个百分点。",
    # the bound's clause names another metric (the tax): its growth is not GDP's (11.5 - 6.8 = 4.7, not 3.7)
    "税收总额突破两百亿元，达215.6亿元，增长6.8%。一般公共预算收入增长11.5%，比GDP增速高出3.7个百分点。",
]


@pytest.mark.parametrize("text", GDP_POINTS_SILENT)
def test_points_against_gdp_that_stay_silent(text):
    assert "LG209" not in codes(text)


# -- two metrics compared by their growths, neither rate printed in the comparison (固定资产投资增幅低于GDP增幅7.3个百分点):
# each the one growth of the year the report states for the metric it names (LG209)
NAMED_VS_NAMED = [
    ("全年地区生产总值达2860亿元，增长6.5%；固定资产投资达980亿元，增长9.8%。投资结构持续优化。固定资产投资增速高于GDP增速{}个百分点。",
     "3.3", "4.3"),
    ("社会消费品零售总额1200亿元，增长8.2%。全区生产总值增长5.6%。消费拉动明显，社会消费品零售总额增速快于地区生产总值增速{}个百分点。",
     "2.6", "1.6"),
    ("全市规模以上工业增加值增长8.8%。全市生产总值增长6.1%。工业支撑有力，规模以上工业增加值增速高于地区生产总值增速{}个百分点。",
     "2.7", "3.7"),
    ("全年出口总额420亿美元，增长3.1%。进出口总额780亿美元，增长5.4%。出口总额增速慢于进出口总额增速{}个百分点。", "2.3", "1.3"),
    ("本市生產總值增長6.0%。全社會固定資產投資增長10.5%。固定資產投資增速高於GDP增速{}個百分點。", "4.5", "5.5"),
]


@pytest.mark.parametrize("text,right,wrong", NAMED_VS_NAMED)
def test_two_growths_named_elsewhere(text, right, wrong):
    assert codes(text.format(right)) == []
    assert "LG209" in codes(text.format(wrong))


NAMED_VS_NAMED_SILENT = [
    # each wrong if read: a plan's growth, another body's rate, a fall, a metric with two growths this year
    "今年主要预期目标是：地区生产总值增长6%左右。全年固定资产投资增长9.8%。固定资产投资增速高于GDP增速1.8个百分点。",
    "全年固定资产投资增长9.8%。固定资产投资增速高于全国增速1.8个百分点。",
    "全年进出口总额780亿美元，下降3.2%。出口总额420亿美元，增长3.1%。出口总额增速高于进出口总额增速5.3个百分点。",
    "全年地区生产总值增长6.5%。固定资产投资增长9.8%；其中下半年固定资产投资增长12.0%，全年固定资产投资增长11.2%（另一口径）。"
    "固定资产投资增速高于GDP增速4.3个百分点。",
]


@pytest.mark.parametrize("text", NAMED_VS_NAMED_SILENT)
def test_two_growths_named_elsewhere_that_stay_silent(text):
    assert "LG209" not in codes(text)
