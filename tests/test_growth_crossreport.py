"""Reports of consecutive years: pairing by issuer, year and file name; this year's growth of an amount
against the level last year's report printed (with the revision a preliminary figure may get)."""
from types import SimpleNamespace

import pytest

from lintgov.document import Document
from lintgov.kind import figures_year
from lintgov.rules import yoy


def _ctx(**settings):
    return SimpleNamespace(settings=settings)


def _gwr(body: str, year: int, text: str, path: str) -> Document:
    head = f"各位代表：\n现在，我代表{body}人民政府向大会作政府工作报告，请予审议。\n一、{year}年工作回顾\n"
    return Document(head + text + "\n", path, source_path=path)


def test_generic_issuer_pairs_by_file_name():
    a = _gwr("区", 2015, "全年完成任务。", "/r/121_shenzhenshibaoanqu_2016_gwr.txt")
    b = _gwr("区", 2014, "全年完成任务。", "/r/120_shenzhenshibaoanqu_2015_gwr.txt")
    c = _gwr("区", 2014, "全年完成任务。", "/r/134_shenzhenshiyantianqu_2015_gwr.txt")
    assert yoy.doc_issuer(a) == ""
    assert yoy.file_key(a) == yoy.file_key(b) == "shenzhenshibaoanqu"
    pairs = yoy.pair_documents([a, b, c], _ctx())
    assert [(x.path, y.path) for x, y in pairs] == [(a.path, b.path)]


def test_named_issuer_pairs_with_generic_one_by_file_name():
    a = _gwr("区", 2020, "全年完成任务。", "宝安区2021年政府工作报告.txt")
    b = _gwr("宝安区", 2019, "全年完成任务。", "宝安区2020年政府工作报告.txt")
    assert yoy.file_key(a) == "宝安区"
    assert yoy.pair_documents([a, b], _ctx()) == [(a, b)]


def test_file_names_without_a_body_never_pair():
    a = _gwr("区", 2020, "全年完成任务。", "2021年政府工作报告.txt")
    b = _gwr("区", 2019, "全年完成任务。", "2020年政府工作报告.txt")
    assert yoy.file_key(a) == ""
    assert yoy.pair_documents([a, b], _ctx()) == []


def test_known_issuers_that_differ_never_pair_even_with_one_file_key():
    a = _gwr("福田区", 2020, "全年完成任务。", "x/report_2021.txt")
    b = _gwr("罗湖区", 2019, "全年完成任务。", "x/report_2020.txt")
    assert yoy.pair_documents([a, b], _ctx()) == []


@pytest.mark.parametrize("opening,year", [
    ("同志们：\n根据会议安排，我代表新区管委会向大会报告工作。\n2015年工作回顾\n", 2015),
    ("各位人大代表：\n现在，我代表区人民政府向大会作政府工作报告。\n一、“十三五”和2020年工作回顾\n", 2020),
])
def test_work_report_openings_give_the_year_reviewed(opening, year):
    assert figures_year(Document(opening)) == year


def test_work_report_issuer_comes_from_the_opening_not_a_table_cell_at_the_end():
    d = Document("各位代表：\n我代表福田区人民政府向大会报告工作。\n一、2016年工作回顾\n全年完成任务。\n\t文体局\n")
    assert yoy.doc_issuer(d) == "福田区"


# -- growth of an amount against last year's report ------------------------------------------------
PRIOR = "社会消费品零售总额1548.35亿元，增长4%。"


def _lg206(this_text, prior_text=PRIOR):
    prior = _gwr("宝安区", 2023, prior_text, "宝安区2024年政府工作报告.txt")
    doc = _gwr("宝安区", 2024, this_text, "宝安区2025年政府工作报告.txt")
    ctx = _ctx(prior_documents=[prior])
    return list(yoy.GrowthVsPriorReport({}).check_corpus([doc], ctx))


@pytest.mark.parametrize("text", [
    "社会消费品零售总额1633.9亿元，同比增长5.1%。",       # 5.5% from the printed level; revision allowed
    "社会消费品零售总额1633.9亿元，比上年增长5.5%。",
    "社会消费品零售总额1633.9亿元，比上年增加85.55亿元。",
    "全区规模以上工业增加值1633.9亿元，同比增长25.1%。",   # another metric
])
def test_amount_growth_against_prior_report_consistent(text):
    assert _lg206(text) == []


@pytest.mark.parametrize("text", [
    "社会消费品零售总额1633.9亿元，同比增长15.1%。",
    "社会消费品零售总额1633.9亿元，同比下降5.1%。",
    "社会消费品零售总额1633.9亿元，比上年增加185.55亿元。",
])
def test_amount_growth_against_prior_report_inconsistent(text):
    found = _lg206(text)
    assert [f.code for f in found] == ["LG206"]
    assert found[0].evidence["revision"] == 0.05


@pytest.mark.parametrize("prior_text", [
    "力争社会消费品零售总额1548.35亿元。",              # a target, not a level
    "社会消费品零售总额拟达到1548.35亿元。",
    "社会消费品零售总额1548.35亿元，全市社会消费品零售总额9000亿元。",   # two values: which one is unclear
])
def test_amount_growth_needs_a_plain_level_last_year(prior_text):
    assert _lg206("社会消费品零售总额1633.9亿元，同比增长15.1%。", prior_text) == []


def test_revised_metrics_are_not_recomputed_across_reports():
    prior = "固定资产投资1000亿元，增长4%。"
    assert _lg206("固定资产投资1300亿元，同比增长5%。", prior) == []
