"""Coverage rates whose counts are the whole and what has not reached it, and means over a span of a total stated
without 累计 (round 40, rates engineer).

* A coverage rate named by its own word only (覆盖率, 普及率, 达标率) after the count of all the things (共有行政村300个)
  and the count of those that have not reached it (尚有30个未通光纤, 其中30个尚未通光纤, 8所未达标): the rate is
  (300 − 30) ÷ 300.  On main f5ba1a3 the count not reached was read as the numerator (30 ÷ 300 = 10%), so the
  consistent statement was flagged (a false alarm) and a wrong one was flagged with wrong evidence.
* 两年平均增长X% after the growths of those two years, one clause each, the years named and consecutive
  (2020年增长6.0%，2021年增长8.0%，两年平均增长7.0%; 2020年、2021年分别增长6.0%和8.0%): their geometric mean, or their arithmetic mean (the State
  Council's 1982 report writes both); after a growth against the year two years back (2021年…比2019年增长11.2%，两年平均
  增长5.4%): its square root.  On main neither was read (a two-year average was read only after an amount).
* 五年翻了一番，年均增长14.9%: a doubling over the span the words name, compounded over its years ((2^k)^(1/N) − 1;
  翻了一番多 allows more).
* A mean per year of a total over a span stated with 共 and a verb of a flow, 合计, or as the span's 总规模
  (“十三五”期间共建成保障性住房6万套，年均建成1.2万套; 近5年…总规模达1170亿元，年均约234亿元), the span named in the
  sentence; a mean stated as a bound (年均不到78亿元) read as the interval it opens.  On main only 累计 opened a total.

Phrasings of our own (the numbers are made up; the arithmetic is in the comment).  Each pair is once consistent (no
arithmetic or year-over-year finding) and once with one wrong figure (at least one finding of the rule named).  The
traps are consistent statements a naive reading would flag, or statements of which no reading is certain."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def findings(text):
    return lint_text(text + "\n", RULES, registry=REG)


# (id, consistent text, the figure as printed, the wrong figure, the rule that must find the wrong one)
PAIRS = [
    # -- a coverage rate over the whole less what has not reached it ------------------------------------------------
    ("u1", "全市共有行政村300个，尚有30个未通光纤，覆盖率为90%。", "90%", "95%", "LG101"),  # 270/300
    ("u2", "全市共有行政村300个，其中30个尚未通光纤，覆盖率为90%。", "90%", "95%", "LG101"),
    ("u3", "全区共有中小学校80所，尚有8所未达标，达标率为90%。", "90%", "95%", "LG101"),  # 72/80
    ("u4", "全县共有自然村1,240个，仍有93个还没有通自来水，普及率达到92.5%。", "92.5%", "97.5%", "LG101"),  # 1147/1240
    ("u5", "全市共有农贸市场150个，尚有12个未完成升级改造，完成率为92%。", "12个", "22个", "LG101"),  # 138/150
    # -- a mean per year of a span's total stated with 共 / 合计 / 总规模 ----------------------------------------------
    ("m1", "“十三五”期间，全市共建成保障性住房6万套，年均建成1.2万套。", "1.2万套", "1.8万套", "LG208"),  # 6/5
    ("m2", "五年来，我们共新增城镇就业32.5万人，年均新增6.5万人。", "6.5万人", "8.5万人", "LG208"),
    ("m3", "2019—2023年，全区合计新增市场主体12.5万户，平均每年新增2.5万户。", "2.5万户", "3.5万户", "LG208"),
    ("m4", "近5年全社会固定资产投资总规模达1170亿元，年均约234亿元。", "约234亿元", "约284亿元", "LG208"),
    ("m5", "2005—2014年10年间，全区固定资产投资总规模775亿元，年均不到78亿元。", "775亿元", "975亿元", "LG208"),  # 77.5
    # -- a two-year average after the two years' growths, or after the growth over the two years -------------------
    ("y1", "全市社会消费品零售总额2020年增长6.0%，2021年增长8.0%，两年平均增长7.0%。", "7.0%", "9.0%", "LG208"),
    ("y2", "农业总产值一九八一年比一九八○年增长百分之五点七，一九八二年预计比一九八一年增长百分之五，两年平均每年递增百分之五点三。",
     "百分之五点三", "百分之七点三", "LG208"),  # ((1.057)(1.05))^(1/2) = 1.0535
    ("y3", "全市外贸进出口总额2022年下降3.0%，2023年增长9.0%，两年平均增长2.8%。", "2.8%", "5.8%", "LG208"),  # 2.83
    ("y5", "全市社会消费品零售总额2020年、2021年分别增长6.0%和8.0%，两年平均增长7.0%。", "7.0%", "9.0%", "LG208"),
    ("y4", "2021年，全市社会消费品零售总额比2019年增长11.2%，两年平均增长5.5%。", "5.5%", "7.5%", "LG208"),  # 5.45
    # -- a doubling over a span and its yearly average ---------------------------------------------------------------
    ("f1", "五年来，全市一般公共预算收入翻了一番，年均增长14.9%。", "14.9%", "18.0%", "LG208"),  # 2^(1/5) = 1.1487
    ("f2", "近三年，全市专利授权量翻了两番，年均增长58.7%。", "58.7%", "68.7%", "LG208"),  # 4^(1/3) = 1.5874
    ("f3", "全市高新技术企业五年翻了一番多，年均增长16%。", "16%", "12%", "LG208"),  # more than 14.87%
    ("m6", "2021—2024年，全市累计建成高标准农田45万亩，年均不到12万亩。", "45万亩", "55万亩", "LG208"),  # 11.25
]


@pytest.mark.parametrize("pid,text,fig,wrong,code", PAIRS, ids=[p[0] for p in PAIRS])
def test_consistent_is_silent(pid, text, fig, wrong, code):
    got = findings(text)
    assert got == [], [(f.code, f.message()) for f in got]


@pytest.mark.parametrize("pid,text,fig,wrong,code", PAIRS, ids=[p[0] for p in PAIRS])
def test_wrong_figure_is_found(pid, text, fig, wrong, code):
    assert fig in text
    got = findings(text.replace(fig, wrong, 1))
    assert code in {f.code for f in got}, (pid, [(f.code, f.message()) for f in got])


def test_the_rest_is_shown_as_the_complement():
    # the evidence names the whole less the count not reached, not that count over the whole
    got = [f for f in findings("全市共有行政村300个，尚有30个未通光纤，覆盖率为95%。") if f.code == "LG101"]
    assert got and "300个−30个" in got[0].message(), [f.message() for f in got]


TRAPS = [
    # the rate names another thing than the negated count (5G, not the fibre): of which villages is not said
    ("t1", "全市共有行政村300个，尚有30个未通光纤，5G覆盖率为95%。"),
    # a rate named by what it covers may be of the people, not of the villages counted
    ("t2", "全市共有自然村300个，尚有30个未通自来水，自来水普及率为85%。"),
    # two other counts of villages: 250 of 300 (5G) fits, the rest of the fibre does not; which one the rate is of is
    # not said
    ("t3", "全市共有行政村300个，已有250个通5G，尚有30个未通光纤，覆盖率为83.3%。"),
    # a rate stated as a bound the rest allows (270 / 300 = 90%, at least 90%)
    ("t4", "全市共有行政村300个，尚有30个未通光纤，覆盖率达90%以上。"),
    # no whole stated as a total (共有/总/全部): 300 villages were surveyed, not all there are
    ("t5", "调查行政村300个，尚有30个未通光纤，覆盖率为95%。"),
    # a total of the year (全年), not of the span the paragraph names before it
    ("t6", "五年来，全市经济持续增长。全年共建成保障性住房6万套，年均建成1.8万套。"),
    # 共有 is a stock, never a total over the span
    ("t7", "五年来，全市共有学校80所，年均新增3所。"),
    # a total stated with 共 and a span in no word of its sentence: no span to divide by
    ("t8", "全市共建成保障性住房6万套，年均建成1.8万套。"),
    # the arithmetic mean of the two growths (14.1 + 5.1) / 2 = 9.6: the geometric one would be 9.5
    ("t10", "轻工业总产值，一九八一年比一九八○年增长百分之十四点一，一九八二年预计比一九八一年增长百分之五点一，两年平均每年递增百分之九点六。"),
    # the two growths are not of consecutive years: the average is of years not stated
    ("t11", "全市社会消费品零售总额2019年增长6.0%，2021年增长8.0%，两年平均增长9.0%。"),
    # a 分别 list of two years that are not consecutive
    ("t17", "全市社会消费品零售总额2019年、2021年分别增长6.0%和8.0%，两年平均增长9.0%。"),
    # one growth only, of the year: last year's is not stated
    ("t12", "全市地区生产总值增长6.7%，两年平均增长4.9%。"),
    # value added grows in real terms, and so does its two-year mean: both compound alike (1.112^(1/2) = 1.0545), so the
    # mean that fits is silent (since a499808 the one that does not, 7.5%, is reported: tests/test_since_year_real.py)
    ("t13", "2021年，全市规模以上工业增加值比2019年增长11.2%，两年平均增长5.4%。"),
    # a growth against a year three years back: 两年 does not name that span
    ("t14", "2021年，全市一般公共预算收入比2018年增长11.2%，两年平均增长5.5%。"),
    # a doubling compared with a year (比2010年): the span is not named by the words before it, and 多 allows more
    ("t15", "预计2015年地区生产总值达到470亿元，比2010年翻了一番多，年均增长15.91%。"),
    # the span does not open the clause: 五年 is inside another phrase
    ("t16", "全市实施五年行动计划，高新技术企业翻了一番，年均增长18%。"),
    # a mean stated as a bound the total allows (1170 / 5 = 234 is under 240)
    ("t9", "近5年全社会固定资产投资总规模达1170亿元，年均不到240亿元。"),
]


@pytest.mark.parametrize("tid,text", TRAPS, ids=[t[0] for t in TRAPS])
def test_trap_is_silent(tid, text):
    assert findings(text) == [], [(f.code, f.message()) for f in findings(text)]
