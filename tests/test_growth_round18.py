"""Growth family, validity round 18 (issue 10): a multiple of a whole count whose earlier count is not printed.

增长N倍 of a whole count means B/A − 1 = N and 是上年的N倍 means B/A = N for some whole earlier count A; when no
whole A gives the printed multiple at its precision (two roundings allowed, as for rates), LG203 reports it, as it
does for a rate (公办幼儿园增至126所，增长22倍: 126/5 − 1 = 24.2, 126/6 − 1 = 20).  Only against the count's own earlier
level (no comparison, 同比, 比上年, 较2020年, 是上年的, 是2019年的), never a multiple of another body (是全市的N倍), of
a bound (近N倍, N倍多, N倍以上), of what is new this year (新增N家，增长N倍: the stock's or the flow's), of a part
after 其中 (the total's), or of money and measures.  Each case of our own wording once consistent (silent) and once
with a figure that no whole earlier count gives (found); the found/silent verdicts are checked against a brute
force over the earlier count first, so a case cannot pass by construction."""
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
