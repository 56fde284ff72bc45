"""Growth statements composed from parts — a metric, its two levels, where last year's level stands (before, after,
in brackets, in the sentence before or after, as 由A增至B, as a basis opening the sentence), the verb, the unit — each
once consistent (silent) and once with the stated change wrong (found): the grammar reads the parts, whatever order
they come in.  Also points (个百分点 vs %), multiples (N倍, 增长N倍) and compound averages over a span."""
import itertools

import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]
#: a work report delivered in 2024: its figures are about 2023
GWR = "2024年政府工作报告\n各位代表：\n现在，我代表市人民政府，向大会报告工作。\n一、2023年工作回顾\n"


def codes(text):
    return sorted({f.code for f in lint_text(text + "\n", RULES, registry=REG)})


def _num(x):
    return f"{x:.1f}" if isinstance(x, float) else str(x)


LEVELS = [("受理行政复议申请", "件", 412, 478), ("办理法律援助案件", "件", 1236, 1391), ("接待游客", "万人次", 1250.6, 1438.2),
          ("税收收入", "亿元", 62.3, 68.9), ("实有市场主体", "户", 8412, 9187), ("发生生产安全事故", "起", 96, 81)]
GROWTH = [
    "全年{m}{b}{u}，比上年的{a}{u}{v}{g}。",
    "全年{m}{b}{u}，较上年（{a}{u}）{v}{g}。",
    "全年{m}{b}{u}，同比{v}{g}，上年为{a}{u}。",
    "上年{m}{a}{u}。今年{m}{b}{u}，{v}{g}。",
    "今年{m}{b}{u}，{v}{g}。上年{m}{a}{u}。",
    "{m}由上年的{a}{u}{tv}{b}{u}，{v}{g}。",
    "{m}从{a}{u}{tv}{b}{u}，同比{v}{g}。",
    "全年{m}{b}{u}，与上年的{a}{u}相比{v}{g}。",
    "全年{m}{v}{g}，达到{b}{u}，上年为{a}{u}。",
    "全年{m}{b}{u}（上年{a}{u}），{v}{g}。",
    "全年{m}同比{v}{g}，由{a}{u}{tv}{b}{u}。",
    "全年{m}{b}{u}，比上年{v}{d}{u}，{v}{g}。",
    "与上年的{a}{u}相比，全年{m}{b}{u}，{v}{g}。",
    "今年以来，{m}{b}{u}，同比{v}{g}（去年同期{a}{u}）。",
]


def _growth_cases():
    for (m, u, a, b), t in itertools.product(LEVELS, GROWTH):
        g = abs(b / a - 1) * 100
        v, tv = ("增长", "增加到") if b > a else ("下降", "减少到")
        d = _num(round(abs(b - a), 1) if isinstance(a, float) else abs(b - a))
        kw = dict(m=m, u=u, a=_num(a), b=_num(b), v=v, tv=tv, d=d)
        yield t.format(g=f"{g:.1f}%", **kw), t.format(g=f"{g * 1.3 + 3:.1f}%", **kw)


RATES = [("城镇化率", 61.2, 62.5), ("行政复议纠错率", 11.8, 14.2), ("空气质量优良天数比例", 89.7, 92.1), ("城镇登记失业率", 3.5, 3.2)]
POINTS = [
    "{m}达到{b}%，比上年{v}{d}个百分点，上年为{a}%。",
    "{m}由{a}%{tv}{b}%，{v}{d}个百分点。",
    "上年{m}为{a}%。今年{m}为{b}%，{v}{d}个百分点。",
    "{m}为{b}%，较上年（{a}%）{v}{d}个百分点。",
    "{m}比上年{v}{d}个百分点，达到{b}%，上年为{a}%。",
    "{m}{v}{d}个百分点至{b}%，上年为{a}%。",
    "{m}从上年的{a}%{tv}{b}%，{v}了{d}个百分点。",
    "{m}{b}%，同比{v}{d}个百分点（上年{a}%）。",
]


def _points_cases():
    for (m, a, b), t in itertools.product(RATES, POINTS):
        d = abs(b - a)
        v, tv = ("提高", "提高到") if b > a else ("下降", "下降到")
        good = t.format(m=m, a=a, b=b, v=v, tv=tv, d=f"{d:.1f}")
        yield good, t.format(m=m, a=a, b=b, v=v, tv=tv, d=f"{d + 1:.1f}")
        yield good, good.replace("个百分点", "%")          # % written where 个百分点 is meant


AMOUNTS = [("进出口总额", "亿元", 420.5, 1262.3), ("高新技术企业", "家", 312, 1250), ("跨境电商交易额", "亿元", 32.1, 96.4)]
MULTIPLES = [
    "全市{m}达到{b}{u}，是上年{a}{u}的{k}倍。",
    "全市{m}{b}{u}，比上年的{a}{u}增长{k1}倍。",
    "全市{m}由{a}{u}增加到{b}{u}，增长{k1}倍。",
    "全市{m}达到{b}{u}，是2019年的{k}倍，2019年为{a}{u}。",
    "全市{m}由2019年的{a}{u}增加到{b}{u}，是2019年的{k}倍。",
    "全市{m}{b}{u}，为上年（{a}{u}）的{k}倍。",
    "全市{m}增长{k1}倍，达到{b}{u}，上年为{a}{u}。",
]
SPANS = [
    "全市{m}从2019年的{a}{u}增加到2023年的{b}{u}，年均增长{g}%。",
    "2019年至2023年，全市{m}由{a}{u}增至{b}{u}，年均增长{g}%。",
    "全市{m}年均增长{g}%，由2019年的{a}{u}增加到2023年的{b}{u}。",
    "全市{m}2019年为{a}{u}，2023年达到{b}{u}，年均增长{g}%。",
    "与2019年的{a}{u}相比，2023年全市{m}达到{b}{u}，年均增长{g}%。",
    "四年来，全市{m}由{a}{u}增加到{b}{u}，年均增长{g}%。",
    "全市{m}由{a}{u}增加到{b}{u}，2019年以来年均增长{g}%。",
]


def _multiple_cases():
    for (m, u, a, b), t in itertools.product(AMOUNTS, MULTIPLES):
        k = b / a
        yield (t.format(m=m, u=u, a=a, b=b, k=f"{k:.1f}", k1=f"{k - 1:.1f}"),
               t.format(m=m, u=u, a=a, b=b, k=f"{k + 1:.1f}", k1=f"{k:.1f}"))


def _span_cases():
    for (m, u, a, b), t in itertools.product(AMOUNTS, SPANS):
        g = ((b / a) ** 0.25 - 1) * 100
        yield GWR + t.format(m=m, u=u, a=a, b=b, g=f"{g:.1f}"), GWR + t.format(m=m, u=u, a=a, b=b, g=f"{g + 4:.1f}")


CASES = list(_growth_cases()) + list(_points_cases()) + list(_multiple_cases()) + list(_span_cases())


@pytest.mark.parametrize("good,bad", CASES)
def test_composed_statement(good, bad):
    assert codes(good) == [], good
    got = codes(bad)
    assert any(c.startswith("LG2") for c in got), (bad, got)


#: (a) two growths in one sentence, last year's levels in the next sentence: labels, separators, the way each prior is
#: written and named (short: 游客, 受理; with an action word: 实现旅游总收入 / 旅游收入)
PAIRS = [(("接待游客", "游客", "万人次", 2544.5, 2860.3), ("实现旅游总收入", "旅游收入", "亿元", 269.9, 312.1)),
         (("受理行政复议申请", "受理", "件", 400, 460), ("审结行政复议案件", "审结", "件", 350, 420)),
         (("一般公共预算收入完成", "一般公共预算收入", "亿元", 86.4, 95.1), ("税收收入", "税收收入", "亿元", 62.3, 68.9))]
PRIOR_FORMS = ["{n}为{a}{u}", "{n}{a}{u}", "{n}是{a}{u}", "{n}达到{a}{u}"]


def _two_growth_cases():
    for (m1, m2), lab, sep, f, v in itertools.product(PAIRS, ["上年", "去年", "上年同期", "2022年"], ["，", "；"], PRIOR_FORMS,
                                                      ["增长", "同比增长", "比上年增长"]):
        g1, g2 = (m1[4] / m1[3] - 1) * 100, (m2[4] / m2[3] - 1) * 100
        claims = f"全年{m1[0]}{m1[4]}{m1[2]}，{v}{g1:.1f}%{sep}{m2[0]}{m2[4]}{m2[2]}，{v}{{g2}}%。"
        priors = lab + f.format(n=m1[1], a=m1[3], u=m1[2]) + "，" + f.format(n=m2[1], a=m2[3], u=m2[2]) + "。"
        yield GWR + claims.format(g2=f"{g2:.1f}") + priors, GWR + claims.format(g2=f"{g2 + 7:.1f}") + priors


#: (g) last year's level in brackets after the basis
BRACKETS = ["较上年（{a}{u}）", "比上年（{a}{u}）", "较去年（{a}{u}）", "同比（上年{a}{u}）", "较上年同期（{a}{u}）", "较上年(上年为{a}{u})"]


def _bracket_cases():
    for (m, u, a, b), bs, v in itertools.product([("发生生产安全事故", "起", 100, 86), ("受理信访件", "件", 2000, 1720),
                                                  ("道路交通事故死亡人数", "人", 50, 43)],
                                                 BRACKETS, ["下降", "减少", "降低", "下降了"]):
        g = (1 - b / a) * 100
        t = f"全年{m}{b}{u}，{bs.format(a=a, u=u)}{v}{{g}}%。"
        yield GWR + t.format(g=f"{g:.0f}"), GWR + t.format(g=f"{g + 10:.0f}")


#: (h) 由年初的A减少到年底的B，减少D
def _year_ends_cases():
    for (m, u, a, b), s, e in itertools.product(
            [("农村低收入人口", "万人", 1.2, 0.35), ("积压案件", "件", 380, 95), ("库存商品房", "万平方米", 1120, 860)],
            ["由年初的{a}{u}", "从年初的{a}{u}", "由上年末的{a}{u}", "由年初{a}{u}"],
            ["减少到年底的{b}{u}", "降至年末的{b}{u}", "下降到12月底的{b}{u}", "减少至年末{b}{u}"]):
        d = round(a - b, 2) if isinstance(a, float) else a - b
        wrong = round(d * 1.3, 2) if isinstance(d, float) else int(d * 1.3)
        t = f"全市{m}{s.format(a=a, u=u)}{e.format(b=b, u=u)}，减少{{d}}{u}。"
        yield t.format(d=d), t.format(d=wrong)


SHAPES = list(_two_growth_cases()) + list(_bracket_cases()) + list(_year_ends_cases())


@pytest.mark.parametrize("good,bad", SHAPES)
def test_composed_shape(good, bad):
    assert codes(good) == [], good
    got = codes(bad)
    assert any(c.startswith("LG2") for c in got), (bad, got)
