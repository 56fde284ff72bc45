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


def _more_shape_cases():
    """(b) 分别 lists with their priors, (c) 环比 with the other period's level before or after, (d) a change since a
    basis year with its yearly mean and the level's year, (f) multiples of a named year's level, in figures and words."""
    L = [("受理、审结行政复议案件", "件", (400, 350), (460, 420)), ("城镇和农村居民人均可支配收入", "元", (49493, 26973), (52364, 28915)),
         ("一般公共预算收入、税收收入", "亿元", (86.4, 62.3), (95.1, 68.9))]
    vforms = ["分别为{b1}{u}和{b2}{u}", "分别达到{b1}{u}、{b2}{u}", "分别完成{b1}{u}、{b2}{u}"]
    cforms = ["分别比上年增长{g1}%和{g2}%", "比上年分别增长{g1}%、{g2}%", "同比分别增长{g1}%和{g2}%", "分别同比增长{g1}%、{g2}%", "分别较上年增长{g1}%和{g2}%"]
    pforms = ["，上年分别为{a1}{u}和{a2}{u}。", "（上年分别为{a1}{u}、{a2}{u}）。", "。上年分别为{a1}{u}、{a2}{u}。", "，去年同期分别为{a1}{u}和{a2}{u}。"]
    for (m, u, a, b), vf, cf, pf in itertools.product(L, vforms, cforms, pforms):
        g1 = (b[0] / a[0] - 1) * 100; g2 = (b[1] / a[1] - 1) * 100
        vals = vf.format(b1=b[0], b2=b[1], u=u)
        pri = pf.format(a1=a[0], a2=a[1], u=u)
        good = f"全年{m}{vals}，{cf.format(g1=f'{g1:.1f}', g2=f'{g2:.1f}')}{pri}"
        bad = f"全年{m}{vals}，{cf.format(g1=f'{g1:.1f}', g2=f'{g2 + 6:.1f}')}{pri}"
        yield good, bad
    # (c) 环比
    C = [("全市用电量", "亿千瓦时", 112.4, 125.5), ("全市社会消费品零售总额", "亿元", 30.1, 32.6), ("全市接待游客", "万人次", 801, 861)]
    pers = [("三季度", "二季度"), ("第三季度", "第二季度"), ("11月份", "10月份"), ("四季度", "上季度")]
    forms = ["{p1}{m}{b}{u}，环比增长{g}%，{p0}为{a}{u}。", "{p1}{m}{b}{u}，环比增长{g}%（{p0}为{a}{u}）。",
             "{p1}{m}{b}{u}，环比增长{g}%。{p0}{m}为{a}{u}。", "{p0}{m}{a}{u}。{p1}{m}{b}{u}，环比增长{g}%。",
             "{p0}{m}为{a}{u}，{p1}{m}{b}{u}，环比增长{g}%。", "{p1}，{m}{b}{u}，环比增长{g}%，{p0}为{a}{u}。"]
    for (m, u, a, b), (p1, p0), f in itertools.product(C, pers, forms):
        if p0 == "上季度" and f.startswith("{p0}"): continue
        g = (b / a - 1) * 100
        yield f.format(p1=p1, p0=p0, m=m, u=u, a=a, b=b, g=f"{g:.1f}"), f.format(p1=p1, p0=p0, m=m, u=u, a=a, b=b, g=f"{g + 5:.1f}")
    # (d) 与Y0相比 … 增加D，平均每年增加d，Y1达到L
    D = [("城镇常住人口", "万人", 42, 486), ("市场主体", "万户", 3.6, 12.6), ("公路通车里程", "公里", 1300, 4500)]
    fr = ["与{y0}年相比，全市{m}增加{d}{u}，平均每年增加{k}{u}，{y1}年达到{l}{u}。",
          "同{y0}年相比，全市{m}增加{d}{u}，年均增加{k}{u}，{y1}年达到{l}{u}。",
          "{y1}年全市{m}达到{l}{u}，与{y0}年相比增加{d}{u}，平均每年增加{k}{u}。",
          "{y1}年全市{m}达到{l}{u}，比{y0}年增加{d}{u}，年均增加{k}{u}。",
          "与{y0}年相比，{y1}年全市{m}增加{d}{u}，平均每年增加{k}{u}，达到{l}{u}。",
          "与{y0}年比较，全市{m}净增{d}{u}，年均净增{k}{u}，{y1}年末达到{l}{u}。"]
    for (m, u, dd, l), f, (y0, y1) in itertools.product(D, fr, [(2019, 2024), (2020, 2024), (2018, 2023)]):
        n = y1 - y0; k = dd / n
        ks = f"{k:.2f}".rstrip("0").rstrip(".")
        kw = f"{k * 1.4 + 0.1:.2f}".rstrip("0").rstrip(".")
        yield f.format(y0=y0, y1=y1, m=m, u=u, d=dd, k=ks, l=l), f.format(y0=y0, y1=y1, m=m, u=u, d=dd, k=kw, l=l)
    # (f) multiples
    F = [("跨境电商交易额", "亿元", 32.1, 96.4), ("高新技术企业", "家", 520, 1320)]
    ff = ["全市{m}达到{b}{u}，是{y}年{a}{u}的{k}倍。", "全市{m}达到{b}{u}，为{y}年（{a}{u}）的{k}倍。", "全市{m}达到{b}{u}，是{y}年的{k}倍，{y}年为{a}{u}。",
          "全市{m}由{y}年的{a}{u}增加到{b}{u}，是{y}年的{k}倍。", "全市{m}{b}{u}，相当于{y}年{a}{u}的{k}倍。"]
    cn = {3.0: "三", 2.5: "二点五"}
    for (m, u, a, b), f in itertools.product(F, ff):
        k = round(b / a, 1)
        for kk, kw in ((f"{k}", f"{k + 1}"), (cn.get(k, f"{k}"), {3.0: "四", 2.5: "三点五"}.get(k, f"{k + 1}"))):
            yield GWR + f.format(m=m, u=u, a=a, b=b, y=2020, k=kk), GWR + f.format(m=m, u=u, a=a, b=b, y=2020, k=kw)


MORE = list(_more_shape_cases())


@pytest.mark.parametrize("good,bad", MORE)
def test_composed_more_shapes(good, bad):
    assert codes(good) == [], good
    got = codes(bad)
    assert any(c.startswith("LG2") for c in got), (bad, got)


def _other_scripts():
    """Every other composed statement in traditional script (OpenCC s2t: 爲, 環比, 個百分點, 千瓦時) and with full-width
    digits: the grammar reads the folded text, whatever script the draft is in."""
    from lintgov.scripts import converter
    s2t = converter("s2t").convert
    fw = str.maketrans("0123456789.%", "０１２３４５６７８９．％")
    for i, (good, bad) in enumerate(CASES + SHAPES + MORE):
        if i % 2 == 0:
            yield s2t(good), s2t(bad)
        else:
            yield good.translate(fw), bad.translate(fw)


@pytest.mark.parametrize("good,bad", list(_other_scripts()))
def test_composed_in_other_scripts(good, bad):
    assert codes(good) == [], good
    got = codes(bad)
    assert any(c.startswith("LG2") for c in got), (bad, got)
