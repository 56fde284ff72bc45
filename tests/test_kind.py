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
