"""A share whose whole is written inside 占…的 reads that whole however many characters its figure is printed with:
a figure inside 占…的 is one word of the whole's name, whether written with 千分撇 (1,284,500万元), in full-width digits
grouped by full-width commas (old-style reports: ８０，２７６，０３０，０００元) or in Chinese numerals
(八百零二点八亿元) — a long figure no longer pushes the name of the whole past the words a share's name may hold,
which left such shares unread (claims.roles._SHARE_TAIL)."""
import pytest

from conftest import consistency_codes as codes


@pytest.fixture(scope="module")
def rules(consistency_rules):
    return consistency_rules


# (consistent text, figure as printed, a wrong figure)
CASES = [
    # grouped ASCII digits in 元 with a time word before the whole's name
    ("全年城乡社区支出4,812,300,000元，占全年一般公共预算支出32,082,000,000元的15.0%。", "15.0%", "18.0%"),
    # full-width digits grouped by full-width commas, the share in full-width digits
    ("本年度教育支出３，２１０，６００，０００元，占本年度一般公共预算支出１６，０５３，０００，０００元的２０．０％。",
     "２０．０％", "２３．０％"),
    # Chinese numerals throughout, the share as 百分之…
    ("全年农林水支出一百六十点六亿元，占全年一般公共预算支出八百零二点八亿元的百分之二十。", "百分之二十", "百分之二十五"),
    # a long decimal figure in 万元 with the report's own scope inside 占…的
    ("全市规上工业企业研发投入1,284,500万元，占全市全社会研发经费投入2,569,000万元的50.0%。", "50.0%", "56.0%"),
    # counts of cases, the share named 比重 after 占…的
    ("全年受理涉企行政复议案件1,036件，占全年受理行政复议案件总数4,144件的比重为25.0%。", "25.0%", "28.0%"),
]


@pytest.mark.parametrize("text,old,new", CASES)
def test_long_whole_inside_zhan_is_read(rules, text, old, new):
    assert codes(rules, text) == []
    assert "LG101" in codes(rules, text.replace(old, new, 1))


@pytest.mark.parametrize("text", [
    # a completion of a budget inside 占…的 is no share of a whole (a plan's own figure): never read as one
    "全年一般公共预算收入完成2,486,700万元，占年初预算数2,400,000万元的103.6%。",
    # the whole of another measure inside 占…的 (people, not 元): no pairing
    "全年发放就业补贴12,860,000元，占全市新增就业人员38,200人的33.7%。",
    # two readings: a rounded whole whose interval holds the stated share stays silent
    "全年文化旅游体育与传媒支出一亿二千万元，占全年一般公共预算支出八亿元的百分之十五。",
])
def test_near_misses_stay_silent(rules, text):
    assert codes(rules, text) == []
