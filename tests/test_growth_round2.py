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


# two-item (and longer) 分别 lists with the priors between the values and the changes; the first and the
# second item each found when wrong
LISTED = [
    ("全县地区进出口额和实际使用外资分别达到{a}亿元和{b}亿美元，上年分别为{pa}亿元和{pb}亿美元，分别增长{g1}%和{g2}%。",
     dict(a="214.6", b="9.8", pa="190.3", pb="8.6", g1="12.8", g2="14.0"), [dict(g1="18.8"), dict(g2="19.0")]),
    ("全年受理、审结民事案件分别为{a}件、{b}件，上年同期分别为{pa}件、{pb}件，同比分别增长{g1}%、{g2}%。",
     dict(a=6315, b=5972, pa=5840, pb=5310, g1="8.1", g2="12.5"), [dict(g1="11.1"), dict(g2="9.5")]),
    ("城镇、农村居民人均消费支出分别为{a}元和{b}元，上年分别为{pa}元和{pb}元，分别增加{g1}元和{g2}元。",
     dict(a=31460, b=17380, pa=29870, pb=16120, g1=1590, g2=1260), [dict(g1=1890), dict(g2=960)]),
    ("幼儿园、小学、初中专任教师分别为{a}人、{b}人、{c}人，上年分别为{pa}人、{pb}人、{pc}人，分别增长{g1}%、{g2}%、{g3}%。",
     dict(a=2140, b=5630, c=3310, pa=2010, pb=5480, pc=3150, g1="6.5", g2="2.7", g3="5.1"),
     [dict(g1="9.5"), dict(g3="2.1")]),
    # values each named in its own words, the priors as one list after them
    ("全年接待入境游客{a}万人次、实现旅游外汇收入{b}亿美元，上年分别为{pa}万人次和{pb}亿美元，分别增长{g1}%和{g2}%。",
     dict(a="86.4", b="5.62", pa="74.9", pb="4.93", g1="15.4", g2="14.0"), [dict(g1="11.4"), dict(g2="18.0")]),
    ("全年新增城镇就业{a}人、农村劳动力转移就业{b}人，上年同期分别为{pa}人和{pb}人，分别增长{g1}%和{g2}%。",
     dict(a=12480, b=20360, pa=11750, pb=19220, g1="6.2", g2="5.9"), [dict(g1="9.2"), dict(g2="2.9")]),
]


@pytest.mark.parametrize("tpl,good,wrongs", LISTED)
def test_listed_changes_with_the_priors_between(tpl, good, wrongs):
    ok = tpl.format(**good)
    assert codes(ok) == [], ok
    for wrong in wrongs:
        bad = tpl.format(**{**good, **wrong})
        assert "LG201" in codes(bad), bad


# 环比 of a nominal amount with the previous quarter's level right after the current one (一季度 / 第三季度 are
# words the extractor does not read as quantities); 增加值 / 地区生产总值 stay silent (real growth)
QUARTER = [
    ("二季度全县规上工业总产值{b}亿元，一季度为{a}亿元，环比增长{g}%。", dict(a="158.4", b="171.9", g="8.5"), dict(g="11.5")),
    ("第四季度全市商品房销售额{b}亿元，第三季度为{a}亿元，环比下降{g}%。", dict(a="64.7", b="58.2", g="10.0"),
     dict(g="6.0")),
    ("第二季度全区营业收入{b}亿元，第一季度为{a}亿元，环比增长{g}%。", dict(a="212.6", b="236.1", g="11.1"),
     dict(g="15.1")),
    ("三季度全市限额以上批发业销售额{b}亿元，二季度为{a}亿元，环比增长{g}%。", dict(a="97.3", b="104.8", g="7.7"),
     dict(g="4.7")),
]


@pytest.mark.parametrize("tpl,good,wrong", QUARTER)
def test_quarter_on_quarter_with_the_previous_quarter_after(tpl, good, wrong):
    ok = tpl.format(**good)
    assert codes(ok) == [], ok
    bad = tpl.format(**{**good, **wrong})
    assert "LG201" in codes(bad), bad


@pytest.mark.parametrize("text", [
    "二季度全县规上工业增加值171.9亿元，一季度为158.4亿元，环比增长3.5%。",
    "第二季度全市地区生产总值812.4亿元，第一季度为736.5亿元，环比增长2.1%。",
])
def test_quarter_on_quarter_real_growth_stays_silent(text):
    assert codes(text) == [], text
