"""Work reports pair by issuer and the year their figures are about, also when the text names the year only in
full-width digits, in 首先报告2001年的工作, after 一、过去一年工作回顾, or only in the file name; the State Council
is named by 我受国务院的委托 / 我现在代表中华人民共和国国务院 too."""
import pytest

from lintgov.document import Document
from lintgov.kind import figures_year, work_report_issuer
from lintgov.rules.yoy import pair_documents

OPEN = "各位代表：\n现在，我代表国务院向大会作政府工作报告，请予审议。\n"


@pytest.mark.parametrize("text,path,year", [
    (OPEN + "一、１９９１年国内工作的回顾\n１９９１年是…", "x.txt", 1991),
    (OPEN + "首先报告２００１年的工作\n新世纪第一年…", "x.txt", 2001),
    (OPEN + "一、过去一年工作回顾\n2004年，全国各族人民在…", "x.txt", 2004),
    (OPEN + "一、过去五年的回顾\n五年来…", "2013.txt", 2012),
    (OPEN + "一、过去五年的回顾\n五年来…", "宝安区2016年政府工作报告.txt", 2015),
    (OPEN + "一、过去五年的回顾\n五年来…", "2012-2013.txt", None),      # two years in the name: unknown
    ("各位代表：\n我受国务院的委托，向大会报告工作。\n一、过去一年工作回顾\n2004年，…", "x.txt", 2004),
])
def test_figures_year(text, path, year):
    assert figures_year(Document(text, path)) == year


@pytest.mark.parametrize("text", [
    "各位代表：\n现在，我受国务院的委托，向全国人民代表大会报告政府工作。\n",
    "各位代表：\n现在我代表中华人民共和国国务院向第一届全国人民代表大会第三次会议提出报告。\n",
])
def test_state_council_issuer(text):
    assert work_report_issuer(Document(text, "x.txt")) == "国务院"


def test_consecutive_state_council_reports_pair_by_file_year():
    a = Document(OPEN + "一、过去一年的工作\n全年受理案件460件。\n", "/r/2006.txt")
    b = Document(OPEN + "一、过去一年的工作\n全年受理案件400件。\n", "/r/2005.txt")
    c = Document(OPEN + "一、过去一年的工作\n全年受理案件380件。\n", "/r/2003.txt")

    class Ctx:
        settings = {}
    pairs = [(x.path, y.path) for x, y in pair_documents([a, b, c], Ctx())]
    assert pairs == [("/r/2006.txt", "/r/2005.txt")]
