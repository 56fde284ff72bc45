"""Round 52 (bounds engineer): a total stated as a bound after its list, and 近 tenths and fractions.

LG103 — the total of a list stated as a bound (A、B，合计超过T / 共计不足T / 共计近T / 两项合计突破T) is checked in the
direction its word states: at least T (超过/逾/突破/以上), at most T (不足/不到/以内), from 0.9·T to T (近/接近/将近:
values.near_interval); the evidence says how the bound was read.  LG105 no longer pairs such a bound with the list's
last figure (on main: 复议120件、诉讼80件，合计超过150件 → '80件 < 150件', a false alarm).
LG101 — 近N成 / 近一半 as a share is at most a tenth of its value below it (values.NEAR_LOW: 近九成 is 81%–90%, as
694亿元 of 808亿元 = 85.9% is written in corpus/full 119), no longer a fifth (近九成 for 73.5% was silent).
Phrasings of our own."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def findings(text):
    return lint_text(text, RULES, registry=REG)


def codes(text):
    return [f.code for f in findings(text)]


LIST = "全年受理行政复议案件120件、行政诉讼案件80件，"
MONEY = "全年税收收入80.6亿元、非税收入30.2亿元，"

# (consistent, wrong, code)
PAIRS = [
    (LIST + "合计超过150件。", LIST + "合计超过210件。", "LG103"),
    (LIST + "共计逾190件。", LIST + "共计逾250件。", "LG103"),
    (LIST + "共计不足210件。", LIST + "共计不足190件。", "LG103"),
    (LIST + "两类合计不到300件。", LIST + "两类合计不到150件。", "LG103"),
    (LIST + "共计近210件。", LIST + "共计近300件。", "LG103"),
    (MONEY + "两项合计超过110亿元。", MONEY + "两项合计超过120亿元。", "LG103"),
    (MONEY + "两项合计不足120亿元。", MONEY + "两项合计不足100亿元。", "LG103"),
    (MONEY + "合计突破110亿元。", MONEY + "合计突破150亿元。", "LG103"),
    ("全区新建公办幼儿园12所、民办幼儿园9所，共计20所以上。",
     "全区新建公办幼儿园12所、民办幼儿园9所，共计30所以上。", "LG103"),
    # 近N成 / 近一半: at most a tenth below
    ("全年固定资产投资808亿元，其中社会投资694亿元，占比近九成。",
     "全年固定资产投资808亿元，其中社会投资594亿元，占比近九成。", "LG101"),
    ("全区共有学校200所，其中公办学校96所，接近一半。",
     "全区共有学校200所，其中公办学校84所，接近一半。", "LG101"),
    ("全年办结信访事项500件，其中网上办结280件，占比近六成。",
     "全年办结信访事项500件，其中网上办结250件，占比近六成。", "LG101"),
]


@pytest.mark.parametrize("ok,wrong,code", PAIRS)
def test_consistent_is_silent(ok, wrong, code):
    assert codes(ok) == []


@pytest.mark.parametrize("ok,wrong,code", PAIRS)
def test_wrong_is_found(ok, wrong, code):
    assert code in codes(wrong)


SILENT = [
    # a bound total is no restatement of the list's last figure (LG105 on main)
    LIST + "合计超过150件。",
    "审结行政复议案件86件、行政诉讼案件40件，总计超过120件。",
    # the parts may be a part of what the total counts: a lower bound holds
    "全年新增城镇就业1.2万人，其中高校毕业生5000人、退役军人800人，共计超过5000人。",
    # an approximation is no bound (约 both ways: LG103's rounding of 约)
    LIST + "合计约200件。",
    # 近八成 at 76%: a tenth below allows it
    "全年一般公共预算支出50亿元，其中民生支出38亿元，占比近八成。",
    # 近三成 at 28.5%
    "全区规上工业企业200家，其中高新技术企业57家，近三成。",
]


@pytest.mark.parametrize("text", SILENT)
def test_silent(text):
    assert codes(text) == []


def test_evidence_says_how_the_bound_was_read():
    fs = [f for f in findings(LIST + "共计近300件。") if f.code == "LG103"]
    assert fs, "the sum 200 is more than a tenth under 近300"
    reading = fs[0].evidence["total_bound"]
    assert reading.startswith("近:") and "a tenth" in reading
    assert "近300件" in fs[0].message("zh")
    fs = [f for f in findings(LIST + "合计不足190件。") if f.code == "LG103"]
    assert fs and fs[0].evidence["total_bound"].startswith("不足:")
