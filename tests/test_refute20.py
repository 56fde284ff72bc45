"""Relations the engine confirms must also be reported when one figure is wrong (refute20).

Wordings invented for these tests, from several offices (教育, 水利, 司法, 卫健, 住建, 交通, 统计公报).

* 加上 (lintgov.claims.totals): "…A个，加上…B个，…C个，…共有T个" — 加上 adds the figures after it to the figure right
  before it, and the total that closes the sentence is their sum whatever the values: a total that does not add up is
  reported (before, it was read only when it added up).  Near-misses stay silent: the sum agrees; an open list (等); a rest
  named without its figure; 其中 among the parts; two 加上; a plan; a bound among the parts.
* LG101's "any plausible pairing" (rules.arithmetic._explained): the ledger records the counts of the reading that gives
  the rate — numerator first — not every count of the measure nearby, so a wrong numerator is a wrong operand of the
  relation (and is reported)."""
import pytest

from lintgov.claims import ledger
from lintgov.engine import Context, read_document
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def _run(text):
    doc = read_document("x.txt", "x.txt", REG, text.encode("utf-8"))
    ctx = Context(lang="zh", settings={}, registry=REG, documents=[doc])
    found = []
    for r in RULES:
        got = r.check(doc, ctx) if r.scope == "document" else r.check_corpus([doc], ctx)
        found.extend(got or ())
    return doc, found


def _sum_checks(doc, total):
    return [c for c in ledger(doc) if c.rule == "LG103" and c.family == "sum" and doc.text[c.start:c.end] == total]


ADDED_ON = [
    # (教育) 公办 + 加上 the other kinds, closed by 共有
    ("全区公办幼儿园有四十八所，加上普惠性民办幼儿园二十三所，小区配套幼儿园九所，企事业单位办园六所，"
     "全区普惠性幼儿园共有八十六所。", "八十六所", "九十六所"),
    # (水利) Arabic figures, 合计
    ("今年完成小型水库除险加固36座，加上中型水库14座，大型水库3座，病险水库合计53座。", "53座", "63座"),
    # (卫健) 再加上, 总计
    ("全市建成村卫生室612个，再加上社区卫生服务站87个，乡镇卫生院分院45个，基层医疗点总计744个。", "744个", "804个"),
    # (住建) 万套, 共
    ("筹集保障性租赁住房3.6万套，加上公共租赁住房1.2万套，配租型保障房共有4.8万套。", "4.8万套", "5.8万套"),
]


@pytest.mark.parametrize("text,total,wrong", ADDED_ON)
def test_added_on_total_is_checked_and_silent_when_it_adds_up(text, total, wrong):
    doc, found = _run(text)
    assert not [f for f in found if f.code == "LG103"], [str(f.message()) for f in found]
    got = _sum_checks(doc, total)
    assert got and all(c.consistent for c in got), got


@pytest.mark.parametrize("text,total,wrong", ADDED_ON)
def test_added_on_total_that_does_not_add_up_is_reported(text, total, wrong):
    bad = text.replace(total, wrong)
    doc, found = _run(bad)
    hits = [f for f in found if f.code == "LG103" and doc.text[f.start:f.end] == wrong]
    assert hits, [str(f.message()) for f in found]
    assert any(not c.consistent for c in _sum_checks(doc, wrong))


def test_added_on_wrong_part_is_reported():
    text = ADDED_ON[1][0].replace("加上中型水库14座", "加上中型水库24座")
    doc, found = _run(text)
    assert [f for f in found if f.code == "LG103" and doc.text[f.start:f.end] == "53座"], \
        [str(f.message()) for f in found]


ADDED_ON_SILENT = [
    # an open list: the kinds named are some of them
    "全区公办幼儿园有四十八所，加上普惠性民办幼儿园二十三所、小区配套幼儿园九所等，全区普惠性幼儿园共有九十六所。",
    # a rest named without its figure
    "今年完成小型水库除险加固36座，加上中型水库14座，其余为大型水库，病险水库合计63座。",
    # 其中 among the parts: a part of a part
    "今年完成小型水库除险加固36座，加上中型水库14座，其中新建3座，病险水库合计63座。",
    # two 加上: which figure each adds to is not read
    "全市建成村卫生室612个，加上社区卫生服务站87个，加上分院45个，基层医疗点总计804个。",
    # a plan
    "计划新建村卫生室612个，加上社区卫生服务站87个，基层医疗点总计804个。",
    # a bound among the parts
    "全市建成村卫生室600多个，加上社区卫生服务站87个，乡镇卫生院分院45个，基层医疗点总计804个。",
    # 加上 not right after a figure's clause: the figure before is no part it adds to
    "全市建成村卫生室612个，经过两年建设，加上社区卫生服务站87个，乡镇卫生院分院45个，基层医疗点总计804个。",
]


@pytest.mark.parametrize("text", ADDED_ON_SILENT)
def test_added_on_near_misses_stay_silent(text):
    doc, found = _run(text)
    assert not [f for f in found if f.code == "LG103"], [str(f.message()) for f in found]


def _rate_checks(doc, rate):
    return [c for c in ledger(doc) if c.rule == "LG101" and doc.text[c.start:c.end].endswith(rate)]


RATES = [
    # (交通) the share's whole among other counts of the measure: the reading's counts are its operands
    ("新建充电桩1,250个、累计建成8,400个，其中公共充电桩3,360个、占比40.0%。", "40.0%", ["3,360个", "8,400个"]),
    # (统计公报) capacity: the added capacity is no operand of the share
    ("全年新增风电装机520万千瓦、全市电力总装机达6,400万千瓦，清洁能源装机达2,880万千瓦、占比达45.0%。", "45.0%",
     ["2,880万千瓦", "6,400万千瓦"]),
]


@pytest.mark.parametrize("text,rate,operands", RATES)
def test_rate_records_the_counts_of_its_reading(text, rate, operands):
    doc, found = _run(text)
    assert not [f for f in found if f.code == "LG101"], [str(f.message()) for f in found]
    got = _rate_checks(doc, rate)
    assert got and all(c.consistent for c in got), got
    assert sorted(doc.text[a:b].lstrip("达") for a, b in got[0].operands) == sorted(operands)
    assert doc.text[got[0].operands[0][0]:got[0].operands[0][1]].lstrip("达") == operands[0]


@pytest.mark.parametrize("text,rate,operands", RATES)
def test_rate_with_a_wrong_numerator_is_reported(text, rate, operands):
    num = operands[0].rstrip("个万千瓦")
    wrong = format(round(float(num.replace(",", "")) * 1.3), ",")
    doc, found = _run(text.replace(num, wrong, 1) if text.count(num) == 1 else text)
    assert text.count(num) == 1
    assert [f for f in found if f.code == "LG101" and doc.text[f.start:f.end].endswith(rate)], \
        [str(f.message()) for f in found]


TARGET = ("全年货物进出口总额累计完成8.2亿美元，其中出口6.1亿美元。全年实际利用外资累计完成3,015万美元，"
          "完成全年目标任务3,000万美元的100.5%。")


def test_target_records_the_figures_of_its_reading():
    # (商务) the completion rate's reading is 3,015 over 3,000: the other amounts of the measure are no operands
    doc, found = _run(TARGET)
    assert not [f for f in found if f.code == "LG102"], [str(f.message()) for f in found]
    got = [c for c in ledger(doc) if c.rule == "LG102" and doc.text[c.start:c.end].endswith("100.5%")]
    assert got and got[0].consistent
    assert [doc.text[a:b] for a, b in got[0].operands] == ["3,015万美元", "3,000万美元"]


def test_target_with_a_wrong_achieved_figure_is_reported():
    doc, found = _run(TARGET.replace("完成3,015万美元", "完成3,920万美元"))
    assert [f for f in found if f.code == "LG102"], [str(f.message()) for f in found]


DAYS = [
    # (生态环境) more good days than a year has: a clause after the rate about PM2.5's annual mean is no span of years
    ("全年城区空气质量优良天数401天，优良率为96.2%，PM2.5年均浓度为28微克/立方米。", True),
    ("全年城区空气质量优良天数351天，优良率为96.2%，PM2.5年均浓度为28微克/立方米。", False),
    # several years said before the rate: no reading over one year's days
    ("2021—2025年城区空气质量优良天数累计1,702天，优良率为93.2%，PM2.5年均浓度为28微克/立方米。", False),
]


@pytest.mark.parametrize("text,bad", DAYS)
def test_good_days_beyond_a_year(text, bad):
    doc, found = _run(text)
    got = [f for f in found if f.code == "LG101"]
    assert bool(got) == bad, [str(f.message()) for f in found]
