"""The year a work report's figures are about, when its review heading names no year: read from the
first part heading that names one (review → that year; plan → the year before)."""
import pytest

from lintgov.document import Document
from lintgov.kind import figures_year

OPEN = "各位代表：\n现在，我代表宁远市人民政府，向大会报告政府工作，请予审议。\n"


@pytest.mark.parametrize("headings, year", [
    (["一、过去五年工作回顾", "二、今后五年的目标任务", "三、2018年工作安排"], 2017),
    (["一、“十三五”时期发展成就和2020年主要工作", "二、“十四五”时期的发展目标和重点任务", "三、2021年工作安排"], 2020),
    (["一、迎难而上、顽强拼搏，2022年经济社会发展取得新进步", "二、全力实现2023年政府工作总体目标要求"], 2022),
    (["一、过去一年工作回顾", "二、高质量做好2022年各项工作"], 2021),
    (["一、过去五年工作回顾", "二、今后五年的目标任务", "三、对2005年政府重点工作的建议"], 2004),
    (["一、过去五年工作回顾", "二、未来五年奋斗目标和主要任务"], None),   # no year named: unknown, not guessed
])
def test_year_from_part_headings(headings, year):
    body = "".join(h + f"\n第{i + 1}部分的正文，说明有关情况。\n" for i, h in enumerate(headings))
    assert figures_year(Document(OPEN + body, "r.txt")) == year


def test_a_year_in_the_review_heading_still_wins():
    text = OPEN + "一、2023年工作回顾\n全年工作取得新进展。\n二、2025年工作安排\n继续努力。\n"
    assert figures_year(Document(text, "r.txt")) == 2023


def test_not_a_work_report_has_no_figures_year():
    text = "宁远市司法局2023年法治政府建设情况报告\n一、2024年工作安排\n继续努力。\n"
    assert figures_year(Document(text, "r.txt")) is None
