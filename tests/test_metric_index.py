"""The report-level metric index (round 37, index engineer): a part stated in one paragraph, its whole — a main indicator —
in another, found through one index of the review's figures by metric (``claims.indicators.metric_index``).  Shapes read
by the index: the ocean economy's 海洋生产总值 as a part of the GDP; 国内生产总值 as a city report of the 2000s names its
own GDP; the figures year inside the whole's clause (预计2024年全省地区生产总值); a name qualified before 的 (作为我区支柱
产业的金融业增加值); each item of a 分别 list (A和B分别实现增加值X和Y); a level reached with 提升到 in a five-year review;
a sentence saying the year beat expectations (超预期, 高出预期目标) is no plan.  A share of a main indicator named far away
(占全区固定资产投资的, 占全市出口总额的) is over the index's one value of it (LG101), the figures year in its clause and a plan
after the review left out.  Phrasings are lintgov's own (round 37 of
the validity study holds the real ones): each consistent report stays silent, each wrong one is found, and the traps —
another year's GDP, the nation's ocean economy, a list with more figures than names, a plan, a prior before 的 — stay
silent."""
import pytest

from lintgov.claims.classes import indicator_key, indicator_part
from lintgov.claims.indicators import metric_index
from lintgov.document import Document
from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]

HEAD = "2025年政府工作报告\n各位代表：\n现在，我代表省人民政府，向大会报告工作。\n一、2024年工作回顾\n"
PLAN = "\n二、2025年工作安排\n全省地区生产总值力争增长5%。\n"


def codes(text):
    return [f.code for f in lint_text(text, RULES, registry=REG)]


def both(template, ok, wrong):
    return template.format(ok), template.format(wrong)


# (consistent, wrong): the wrong one makes the part larger than its whole
PAIRS = [
    # the ocean economy in the industry paragraph, the GDP in the summary
    both(HEAD + "初步核算，全省实现地区生产总值4.36万亿元，比上年增长5.1%。\n（二）产业结构优化。旅游总收入增长9%。"
         "海洋生产总值达{}，增长6.2%。" + PLAN, "6,820亿元", "4.82万亿元"),
    # 国内生产总值 as a city report of 2002 names its own GDP, industry's value added after an intervening 人均 clause
    both("一、2002年工作回顾\n全年实现国内生产总值1,532亿元，比上年增长14%，人均国内生产总值达3.9万元；工业增加值{}，"
         "增长16%。\n二、2003年工作安排\n国内生产总值增长13%。\n", "698亿元", "1,698亿元"),
    # the figures year inside the GDP's clause (a report on 2024), finance's value added after other indicators
    both(HEAD + "预计2024年全省地区生产总值达5.12万亿元，五年跨过两个万亿元台阶。\n地方一般公共预算收入3,200亿元，"
         "金融业增加值达{}，现代服务业加快发展。" + PLAN, "4,180亿元", "5.18万亿元"),
    # a name qualified before 的
    both(HEAD + "全年地区生产总值1,860.4亿元、增长6.0%。\n作为我区支柱产业的金融业增加值{}、增长7.1%，商贸业稳步发展。" + PLAN,
         "712.3亿元", "1,912.3亿元"),
    # the second item of a 分别 list of value added
    both(HEAD + "全年实现地区生产总值2,940亿元，增长7.5%。\n（一）产业升级。总部经济和文化创意产业分别实现增加值1,210亿元和{}，"
         "增速分别为8.1%和9.4%。" + PLAN, "265亿元", "3,265亿元"),
    # the levels a five-year review reaches, the year's GDP in its first paragraph
    both("2026年政府工作报告\n各位代表：\n现在，我代表省人民政府，向大会报告工作。\n一、2025年和“十四五”时期工作回顾\n刚刚过去的2025年，全省地区生产总值达到3.86万亿元、增长5.2%。\n"
         "这五年，综合实力不断增强。工业增加值提升到{}，服务业增加值提升到2.1万亿元。\n二、2026年工作安排\n"
         "全省地区生产总值增长5%左右。\n", "1.2万亿元", "4.2万亿元"),
    # a sentence saying the year beat expectations is no plan
    both(HEAD + "有效应对超预期因素冲击，全年实现地区生产总值1,247亿元，增长4.1%。\n战略性新兴产业增加值{}，增长6%。" + PLAN,
         "512亿元", "1,512亿元"),
    both(HEAD + "全年实现地区生产总值962亿元，增长8.2%，高出预期目标1.2个百分点；规模以上工业增加值{}，增长9%。" + PLAN,
         "402亿元", "1,402亿元"),
    # a 分别 list whose names are listed with 、 before the clause and close with 等
    both(HEAD + "全年实现本地生产总值1,860亿元，增长7%。\n产业高端发展，金融、科技服务、文化创意等支柱产业分别实现增加值{}、"
         "186亿元、143亿元，均高于GDP增速。" + PLAN, "612亿元", "2,612亿元"),
    # the level after a threshold passed and a comma is the whole (not the bound)
    both(HEAD + "外贸进出口总额突破800亿美元，达到862.4亿美元，增长12%。\n（三）开放型经济。外贸出口总额{}，增长15%。" + PLAN,
         "455.6亿美元", "1,055.6亿美元"),
    # 规划建设 of what was done is no plan
    both(HEAD + "全年实现地区生产总值3,120亿元。\n文化强市建设深入推进，十大文化设施规划建设全面启动，文化产业增加值达{}。" + PLAN,
         "265亿元", "3,265亿元"),
]

SILENT = [
    # another year's GDP in the clause (a report on 2024): not the whole of the year's part
    HEAD + "预计2023年全省地区生产总值达3.12万亿元。\n金融业增加值达3.35万亿元。" + PLAN,
    # the nation's ocean economy is no part of the province's GDP
    HEAD + "全省实现地区生产总值4.36万亿元。\n全国海洋生产总值9.9万亿元，我省海洋经济稳步发展。" + PLAN,
    # a 分别 list with more figures than names: which figure is whose is not read
    HEAD + "全年实现地区生产总值940亿元。\n总部经济和文化产业分别实现增加值210亿元、165亿元和1,080亿元。" + PLAN,
    # a level to reach is a plan
    HEAD + "全年实现地区生产总值940亿元。\n力争金融业增加值提升到1,200亿元。" + PLAN,
    # a prior before 的: another period's GDP
    HEAD + "五年前的地区生产总值620亿元。\n全年实现工业增加值710亿元，增长6%。" + PLAN,
    # the bound passed and no level after it: no part is provably too large
    HEAD + "外贸进出口总额突破800亿美元，增长12%。\n外贸出口总额850亿美元，增长15%。" + PLAN,
    # gross output and exports are no parts of the GDP
    HEAD + "全年实现地区生产总值670亿元，规模以上工业总产值1,586亿元，出口总额1,424亿元。" + PLAN,
]


@pytest.mark.parametrize("ok,wrong", PAIRS)
def test_consistent_is_silent_and_the_wrong_part_is_found(ok, wrong):
    assert "LG103" not in codes(ok), ok
    assert "LG103" in codes(wrong), wrong


@pytest.mark.parametrize("text", SILENT)
def test_traps_stay_silent(text):
    assert "LG103" not in codes(text), text


def test_names_of_the_gdp_and_its_parts():
    assert indicator_key("国内生产总值") == "GDP" == indicator_key("本地生产总值")
    assert indicator_part("地区生产总值", "海洋生产总值") and indicator_part("国内生产总值", "工业增加值")
    assert indicator_key("金融业增加值达") is None and indicator_part("地区生产总值", "金融业增加值预计达")
    assert indicator_part("地区生产总值", "服务业增加值提升到")


def test_the_index_keys_the_reports_figures_by_metric():
    doc = Document(PAIRS[4][0])
    index = metric_index(doc)
    gdp = index.value("GDP")
    assert gdp is not None and doc.text[gdp.quantity.start:gdp.quantity.end] == "2,940亿元"
    names = [(e.name, doc.text[e.quantity.start:e.quantity.end]) for e in index.entries if e.key is None]
    assert names == [("总部经济增加值", "1,210亿元"), ("文化创意产业增加值", "265亿元")]
    # two values for one key: none is the whole
    doc2 = Document(HEAD + "全年实现地区生产总值940亿元。\n地区生产总值达到960亿元。\n金融业增加值1,000亿元。" + PLAN)
    assert metric_index(doc2).value("GDP") is None


# (consistent, wrong) shares of a main indicator stated in another paragraph: the index's one value is the whole
HEAD_DISTRICT = "2025年政府工作报告\n各位代表：\n现在，我代表区人民政府，向大会报告工作。\n一、2024年工作回顾\n"
SHARES = [
    # the plan after the review states the investment again: the review's value is the year's
    both(HEAD_DISTRICT + "全社会固定资产投资额92.4亿元，增长8%。\n（二）重点项目。全年完成重点项目投资51.3亿元，占全区固定资产投资的{}。"
         "\n二、2025年工作安排\n全社会固定资产投资额95亿元。\n", "55.5%", "65.5%"),
    # the exports with the figures year in their clause
    both(HEAD_DISTRICT + "2024年全区外贸出口总额1,215亿美元，增长9%。\n（三）开放合作。高新技术产品出口达562.3亿美元，占全区出口总额的{}。"
         + PLAN, "46.3%", "56.3%"),
]


@pytest.mark.parametrize("ok,wrong", SHARES)
def test_a_share_of_a_main_indicator_stated_elsewhere(ok, wrong):
    assert "LG101" not in codes(ok), ok
    assert "LG101" in codes(wrong), wrong


SHARE_TRAPS = [
    # a share of the city's investment in a district's report: a wider total the report does not state
    HEAD_DISTRICT + "全社会固定资产投资额92.4亿元，增长8%。\n（二）重点项目。全年完成重点项目投资51.3亿元，占全市固定资产投资的6.5%。" + PLAN,
    # a share to reach is a plan
    HEAD_DISTRICT + "全社会固定资产投资额92.4亿元，增长8%。\n（二）重点项目。力争重点项目投资51.3亿元，占全区固定资产投资的65%。" + PLAN,
]


@pytest.mark.parametrize("text", SHARE_TRAPS)
def test_share_traps_stay_silent(text):
    assert "LG101" not in codes(text), text
