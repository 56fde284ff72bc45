"""Document kind, title, report year and issuer (lintgov/kind.py)."""
import glob
import os

import pytest

from lintgov.document import Document

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = os.path.join(ROOT, "seeds")


def seed(prefix):
    path = glob.glob(os.path.join(SEEDS, prefix + "_*.txt"))[0]
    return Document(open(path, encoding="utf-8").read(), path)


@pytest.mark.parametrize("prefix,kind,year,issuer", [
    ("000", "law-gov-annual-report", 2023, "通州區"),
    ("001", "law-gov-annual-report", 2022, "阳泉市矿区人民政府"),
    ("002", "other", None, None),
    ("003", "law-gov-annual-report", 2024, "西塞山区"),
    # 东莞 2023: topical level-1 headings, but the opening reports on 法治政府建设 and ends with
    # 现将主要情况报告如下 (garbled): it is an annual report
    ("004", "law-gov-annual-report", 2023, "東莞市"),
])
def test_seeds(prefix, kind, year, issuer):
    doc = seed(prefix)
    assert (doc.kind, doc.report_year, doc.issuer) == (kind, year, issuer)


def test_title_forms():
    doc = Document("XX市人民政府关于2024年法治政府建设情况的报告\n各位：\n现将2024年法治政府建设情况报告如下。\n")
    assert doc.slice(doc.title).startswith("XX市人民政府关于2024年")
    assert doc.kind == "law-gov-annual-report" and doc.report_year == 2024 and doc.issuer == "XX市人民政府"


def test_issuer_keeps_the_written_script():
    doc = Document("2023年，通州區堅持依法行政，法治政府建設取得成效。現將2023年法治政府建設情況報告如下。\n")
    assert doc.issuer == "通州區"
    assert doc.report_year == 2023


def test_news_is_not_an_annual_report():
    text = ("作者：王晓秋\n近年来，通州区法治政府建设成效显著。法治政府建设示范区创建……现将有关情况报告如下。\n"
            + "法治政府建设。" * 6)
    assert Document(text).kind != "law-gov-annual-report"


def test_work_report_is_a_report(shared_dir):
    path = os.path.join(shared_dir, "corpus", "gwr", "2024.txt")
    if not os.path.exists(path):
        pytest.skip("corpus absent")
    assert Document(open(path, encoding="utf-8").read()).kind == "report"


def test_no_work_report_is_an_annual_report(shared_dir):
    files = glob.glob(os.path.join(shared_dir, "corpus", "gwr", "*.txt"))
    if not files:
        pytest.skip("corpus absent")
    kinds = {os.path.basename(f): Document(open(f, encoding="utf-8").read()).kind for f in files}
    assert not [f for f, k in kinds.items() if k == "law-gov-annual-report"]


@pytest.mark.parametrize("text, issuer, year", [
    ("各位代表：\n现在，我代表上海市人民政府，向大会报告工作，请予审议。\n一、2019年工作回顾\n2019年，全市…", "上海市", 2019),
    ("政府工作报告\n——2026年1月26日在广东省第十四届人民代表大会第五次会议上\n广东省省长 某某\n各位代表：\n"
     "现在，我代表省人民政府，向大会报告工作。\n一、2025年和“十四五”时期工作回顾\n", "广东省", 2025),
    ("各位代表：\n现在，我代表深圳市人民政府向大会作政府工作报告。\n一、2006年经济社会发展基本情况\n", "深圳市", 2006),
    ("各位代表：\n现在，我代表大鹏新区管理委员会向大会作工作报告。\n一、2013年工作回顾\n", "大鹏新区", 2013),
    ("江西省2022年国民经济和社会发展统计公报\n江西省统计局\n2022年是…", "江西省", 2022),
    ("各位代表：\n现在，我代表国务院，向大会报告政府工作。\n一、2018年工作回顾\n", "国务院", 2018),
])
def test_work_report_issuer_and_figures_year(text, issuer, year):
    from lintgov.kind import figures_year, work_report_issuer
    doc = Document(text)
    assert work_report_issuer(doc) == issuer
    assert figures_year(doc) == year


def test_figures_year_is_none_for_other_documents():
    from lintgov.kind import figures_year
    assert figures_year(Document("现将2023年法治政府建设情况报告如下：\n一、主要举措\n")) is None


def test_work_reports_of_consecutive_years_pair():
    from lintgov.rules.yoy import pair_documents
    a = Document("各位代表：\n现在，我代表南山区人民政府向大会报告工作。\n一、2014年工作回顾\n", "b.txt")
    b = Document("各位代表：\n现在，我代表南山区人民政府向大会报告工作。\n一、2013年工作回顾\n", "a.txt")
    c = Document("各位代表：\n现在，我代表福田区人民政府向大会报告工作。\n一、2013年工作回顾\n", "c.txt")

    class Ctx:
        settings = {}
    assert [(x.path, y.path) for x, y in pair_documents([a, b, c], Ctx())] == [("b.txt", "a.txt")]
