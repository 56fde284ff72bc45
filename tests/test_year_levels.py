"""An average over a period or a change against a named year whose levels at the period's ends stand elsewhere in the
report — another paragraph, a from–to change of the review, a year's label in Chinese numerals — read through the
claims layer's index of levels by metric and year (claims.yearlevels) by LG208.  The wordings are lintgov's own,
varied (order, Chinese numerals, a clause between, the base paragraphs away); each consistent one is silent and
checked, each wrong one found once; the traps stay silent."""
import pytest

from lintgov.claims import ledger
from lintgov.claims.yearlevels import levels_at, span_years, year_levels
from lintgov.engine import lint_text, read_document
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]

HEAD = ("2021年某市政府工作报告\n\n各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n\n"
        "一、“十三五”时期工作回顾\n\n")
TAIL = "\n\n二、2021年工作安排\n\n今年要坚持稳中求进。\n"


def report(body: str) -> str:
    return HEAD + body + TAIL


def lg208(text):
    return [f for f in lint_text(text, RULES, registry=REG) if f.code == "LG208"]


def checked(text, figure):
    """The ledger's verdicts on ``figure`` (its first occurrence) after all rules ran."""
    doc = read_document("t.txt", "t.txt", REG, text.encode("utf-8"))
    from lintgov.engine import Context
    ctx = Context(lang="zh", settings={}, registry=REG, documents=[doc])
    for r in RULES:
        list((r.check(doc, ctx) if r.scope == "document" else r.check_corpus([doc], ctx)) or ())
    at = doc.text.index(figure)
    return [c.consistent for c in ledger(doc) if c.start == at]


# (body, the stated figure, whether it is consistent)
CASES = [
    # a from–to change of the five-year review naming no year, the average a paragraph later: (137.4/85.3)^(1/5) − 1 = 10.0%
    ("五年来，全市一般公共预算收入由85.3亿元增至137.4亿元，民生支出占比保持在七成以上。\n\n"
     "财政实力持续增强，一般公共预算收入年均增长10.0%。", "10.0%", True),
    ("五年来，全市一般公共预算收入由85.3亿元增至137.4亿元，民生支出占比保持在七成以上。\n\n"
     "财政实力持续增强，一般公共预算收入年均增长12.0%。", "12.0%", False),
    # the base under a year's label two paragraphs before, the end level in the average's own clause
    ("2015年，全区税收收入为213.6亿元。\n\n城市更新扎实推进，改造老旧小区126个。\n\n"
     "五年来，我们攻坚克难，全区税收收入达到318.4亿元，年均增长8.3%。", "8.3%", True),
    ("2015年，全区税收收入为213.6亿元。\n\n城市更新扎实推进，改造老旧小区126个。\n\n"
     "五年来，我们攻坚克难，全区税收收入达到318.4亿元，年均增长9.3%。", "9.3%", False),
    # the span named by a range of years, the levels of both ends stated in another paragraph in reverse order
    ("2020年全市专利授权量为12,532件，2016年为8,216件。\n\n科技创新能力显著增强。\n\n"
     "2016—2020年，全市专利授权量年均增长11.1%。", "11.1%", True),
    # a change against a named year, both years' levels in other paragraphs (the end level the year reviewed's)
    ("2015年全市接待游客1,236万人次。\n\n文化事业繁荣发展，新建公共图书馆分馆45个。\n\n"
     "旅游业蓬勃发展，全年接待游客1,857万人次。\n\n城乡面貌明显改善。全市接待游客比2015年增长50.2%。",
     "50.2%", True),
    ("2015年全市接待游客1,236万人次。\n\n文化事业繁荣发展，新建公共图书馆分馆45个。\n\n"
     "旅游业蓬勃发展，全年接待游客1,857万人次。\n\n城乡面貌明显改善。全市接待游客比2015年增长60.2%。",
     "60.2%", False),
    # years and figures in Chinese numerals, the subject named in the clause before the change
    ("我们动员全民的力量增产钢铁，使钢产量由二〇一五年的五百三十五万吨增长到一千一百零八万吨。\n\n"
     "增加的绝对数也很大。例如，钢的产量，二〇二〇年比二〇一五年增长了百分之一百零七。", "百分之一百零七", True),
    ("我们动员全民的力量增产钢铁，使钢产量由二〇一五年的五百三十五万吨增长到一千一百零八万吨。\n\n"
     "增加的绝对数也很大。例如，钢的产量，二〇二〇年比二〇一五年增长了百分之一百二十七。", "百分之一百二十七", False),
    # the base year named as the end of an earlier span (五年前), the levels in a from–to change elsewhere
    ("空气质量优良率由五年前的81.1%提升至91.4%，PM2.5平均浓度持续下降。\n\n生态环境持续改善。\n\n"
     "全市空气质量优良率比五年前提高10.3个百分点。", "10.3个百分点", True),
    ("空气质量优良率由五年前的81.1%提升至91.4%，PM2.5平均浓度持续下降。\n\n生态环境持续改善。\n\n"
     "全市空气质量优良率比五年前提高12.3个百分点。", "12.3个百分点", False),
    ("全市研发投入由五年前的213.7亿元增加到490.2亿元。\n\n创新动能加快集聚。\n\n"
     "全社会研发投入达到490.2亿元，是五年前的2.3倍。", "2.3倍", True),
    ("全市研发投入由五年前的213.7亿元增加到490.2亿元。\n\n创新动能加快集聚。\n\n"
     "全社会研发投入达到490.2亿元，是五年前的2.8倍。", "2.8倍", False),
    # a mean change per year (arithmetic), the levels under labels
    ("2015年末，全市常住人口城镇化率为61.35%。\n\n交通网络日趋完善。\n\n"
     "2020年末，全市常住人口城镇化率为67.85%。五年来，常住人口城镇化率年均提高1.3个百分点。", "1.3个百分点", True),
]


@pytest.mark.parametrize("body,figure,ok", CASES)
def test_levels_elsewhere(body, figure, ok):
    text = report(body)
    assert checked(text, figure) == [ok] or (ok and checked(text, figure) and all(checked(text, figure)))
    found = [f for f in lg208(text) if text[f.start:f.end] == figure]
    assert len(found) == (0 if ok else 1)
    if not ok:
        ev = found[0].evidence
        assert ev["formula"] and ev["recomputed"] and ev["tolerance"] is not None


TRAPS = [
    # real growth (GDP): not recomputed from nominal levels
    "五年来，全市地区生产总值由1708.4亿元增至2375.3亿元。\n\n经济实力跃上新台阶，地区生产总值年均增长9.2%。",
    # a kind of the metric (新能源汽车产量 is not 汽车产量)
    "2015年，全省汽车产量为213.6万辆。\n\n五年来，新能源汽车产量达到61.7万辆，年均增长30.4%。",
    # an average of a kind after a passage on the whole (新能源汽车产量 after 汽车产量)
    "2016年全市汽车产量为213.6万辆。2020年全市汽车产量为301.7万辆。新能源汽车产量年均增长30.4%。",
    # an average naming no metric after a passage on two metrics: the levels of its two years are two metrics'
    "2020年全市税收收入为241.2亿元。2016年社会消费品零售总额为186.4亿元。2016—2020年年均增长9.7%。",
    # another scope (全国) than the report's own
    "2015年全国社会消费品零售总额为300,931亿元。\n\n五年来，全市社会消费品零售总额达到2,913.5亿元，年均增长3.3%。",
    # two values of the base year that disagree: which one is meant is not ours to guess — silent either way
    "2015年，全区税收收入为213.6亿元。\n\n2015年，全区税收收入为233.6亿元。\n\n"
    "五年来，全区税收收入达到318.4亿元，年均增长12.3%。",
    # a plan: nothing achieved to recompute
    "2015年，全区税收收入为213.6亿元。\n\n力争五年内全区税收收入达到318.4亿元，年均增长12.3%。",
    # a qualifier (按可比价格) makes the growth no ratio of the printed levels
    "2015年全市规模以上工业总产值为1,236亿元。\n\n全年规模以上工业总产值1,857亿元，按可比价格计算比2015年增长60.2%。",
]


@pytest.mark.parametrize("body", TRAPS)
def test_traps_silent(body):
    assert lg208(report(body)) == []


def test_index_reads_each_way():
    text = report("五年来，全市一般公共预算收入由85.3亿元增至137.4亿元。\n\n"
                  "2016年全市专利授权量为8,216件。\n\n钢产量在二〇一二年是一百三十五万吨。")
    doc = read_document("t.txt", "t.txt", REG, text.encode("utf-8"))
    got = {(e.year, e.how, doc.text[e.q.start:e.q.end]) for v in year_levels(doc).values() for e in v}
    assert (2015, "from", "85.3亿元") in got and (2020, "to", "137.4亿元") in got
    assert (2016, "label", "8,216件") in got
    assert (2012, "label", "一百三十五万吨") in got
    pos = doc.text.index("8,216件")
    assert [doc.text[e.q.start:e.q.end] for e in levels_at(doc, "专利授权量", "件", False, 2016, pos)] == ["8,216件"]
    assert levels_at(doc, "专利申请量", "件", False, 2016, pos) == []


def test_span_years():
    text = report("五年来，我们砥砺奋进。\n\n2016年以来，我们持续发力。")
    doc = read_document("t.txt", "t.txt", REG, text.encode("utf-8"))
    a = doc.text.index("五年来")
    assert span_years(doc, a, a + 4) == {(2015, 2020)}
    b = doc.text.index("2016年以来")
    assert span_years(doc, b, b + 8) == {(2016, 2020), (2015, 2020)}
    # 二十六年间 is not 六年间
    text = report("从一九五三年到一九七八年的二十六年间，农业总产值平均每年增长百分之三点二。")
    doc = read_document("t.txt", "t.txt", REG, text.encode("utf-8"))
    c = doc.text.index("二十六年间")
    assert span_years(doc, doc.text.index("从一九五三"), c + 5) == {(1953, 1978), (1952, 1978)}
