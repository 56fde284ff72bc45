"""Multiples and 翻番 between two stated levels, each consistent (silent) and wrong (found):
- 翻了一番多 / 翻番 / 实现翻番 with the levels before or after it (由A增至B, 比YEAR的A, YEAR为A after);
- 比N年前的A翻了一番多: a span of years ago names the base (a span of months does not);
- 翻番，达到B，YEAR为A / （YEAR为A）: both levels after the 翻番;
- 是YEAR A的N倍 / 是YEAR的四倍（YEAR为A） when the CURRENT value is the wrong one (Chinese numerals too);
- 是…的两倍多 / 3倍多: more than N times and fewer than N + 1 (the extractor reads 两倍 alone)."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]
GWR = "2024年政府工作报告\n一、2023年工作回顾\n"


def codes(text):
    return sorted({f.code for f in lint_text(GWR + text + "\n", RULES, registry=REG)})


# (template, consistent values, wrong values): the wrong one is found by LG205
FAN = [
    # levels before the 翻番
    ("全县农村居民人均可支配收入由2017年的{a}元增加到{b}元，实现翻番。", dict(a=9870, b=19920), dict(b=16430)),
    ("全市跨境电商交易额达到{b}亿元，较2018年的{a}亿元翻了一番多。", dict(a="43.7", b="101.2"), dict(b="79.5")),
    ("2018年全区规上工业企业{a}家，2023年达到{b}家，翻了一番多。", dict(a=312, b=655), dict(b=540)),
    # levels after the 翻番
    ("全县新能源装机容量翻了一番多，由2019年的{a}万千瓦增加到{b}万千瓦。", dict(a="38.6", b="81.3"),
     dict(b="66.2")),
    ("全市养老机构床位数比2018年翻了一番，由{a}张增加到{b}张。", dict(a=6420, b=12910), dict(b=10180)),
    # a span of years ago names the base
    ("全省发明专利拥有量{b}万件，比五年前的{a}万件翻了一番多。", dict(a="3.4", b="7.9"), dict(b="5.7")),
    ("全市高新技术企业{b}家，较十年前的{a}家翻了两番。", dict(a=215, b=866), dict(b=650)),
    # both levels after the 翻番
    ("全市社会物流总额实现翻番，达到{b}亿元，2017年为{a}亿元。", dict(a=1874, b=3790), dict(b=3110)),
    ("全县快递业务量翻了一番多，达到{b}万件（2019年为{a}万件）。", dict(a=2150, b=4620), dict(b=3480)),
    ("全区旅游总收入翻番，达{b}亿元，上年为{a}亿元。", dict(a="27.4", b="55.1"), dict(b="44.9")),
]

TIMES = [
    # the current value is the wrong one
    ("全市光伏发电量达到{b}亿千瓦时，是2016年{a}亿千瓦时的四倍。", dict(a="6.3", b="25.4"), dict(b="19.1")),
    ("全县农产品网络零售额{b}亿元，是2017年的三倍（2017年为{a}亿元）。", dict(a="4.1", b="12.2"), dict(b="9.3")),
    ("全市港口货物吞吐量{b}万吨，为2015年的五倍，2015年为{a}万吨。", dict(a="21.6", b="107.8"),
     dict(b="83.9")),
    ("全区研发人员{b}人，相当于2018年的3倍（2018年为{a}人）。", dict(a=1530, b=4610), dict(b=3520)),
    # more than N times
    ("全省新能源汽车保有量达到{b}万辆，是2020年{a}万辆的两倍多。", dict(a="14.2", b="31.5"), dict(b="25.8")),
    ("全市数字经济核心产业增加值{b}亿元，是2018年{a}亿元的3倍多。", dict(a="112.4", b="371.9"),
     dict(b="301.7")),
    ("全县家庭农场{b}家，是2019年{a}家的两倍多。", dict(a=486, b=1107), dict(b=890)),
]


@pytest.mark.parametrize("tpl,good,wrong", FAN + TIMES)
def test_multiple_between_two_levels(tpl, good, wrong):
    ok = tpl.format(**good)
    assert codes(ok) == [], ok
    bad = tpl.format(**{**good, **wrong})
    assert "LG205" in codes(bad), bad


@pytest.mark.parametrize("text", [
    # 两倍多 allows anything from ×2 to ×3: ×2.9 is consistent
    "全县家庭农场1410家，是2019年486家的两倍多。",
    # a span of months ago is not a base year; nothing to check
    "全市网约车订单量210万单，比三个月前的120万单翻了一番多。",
    # the year after the 翻番 is not an earlier one: no base
    "全市社会物流总额实现翻番，达到3110亿元，2025年为1874亿元。",
    # an estimate is not the prior's value
    "全区旅游总收入翻番，达44.9亿元，上年预计数为27.4亿元。",
])
def test_silent_when_there_is_nothing_wrong_to_say(text):
    assert "LG205" not in codes(text), text


def test_more_than_twice_below_two_is_found_and_names_the_range():
    fs = [f for f in lint_text(GWR + "全省新能源汽车保有量达到25.8万辆，是2020年14.2万辆的两倍多。\n", RULES, registry=REG)
          if f.code == "LG205"]
    assert len(fs) == 1
    lo, hi = fs[0].evidence["expected"]
    assert lo == pytest.approx(2.0) and hi == pytest.approx(3.0)
