"""Rates and shares bound to their numerator and base by what they are, in either order (round 66, rates engineer).

``claims.rates.named_operands``: when no reading of LG101 finds a rate's operands by the words between them, the counts
of its sentence and of the nearest sentence before and after it that hold a count (a sentence of words only is skipped)
are read by what they are — the **numerator** is the one count named by the rate's stem with the same qualifiers
(答复率 ← 已答复322件; 及时受理率 ← 及时受理12,418件, never 受理 alone; never a negated one: 不予受理 is no numerator of
受理率) or, for a share, by the subject of 占 (民营企业出口占… ← 民营企业出口339.4亿元), the count closing the clause right
before 占, or the count right after the share (，计6,475件); the **base** is the one other count of the same measure, at
least the numerator, that is the whole: named by the procedure or a total (受理/收到/接待/产生/共/总…, the rate's known
base words where it has them) or, for a share, by the object of 占 (全市出口总额 ← 全市出口486.2亿元; 总量 ← the total of
the subject's noun; 占全省 ← only a count of 全省) or, with no object, by the numerator's metric (规上工业产值 for
高新技术产业产值占比).  Silent when no count or two counts fit either role, for goals, plans (占预算数的), 分别, counts of
different years, of a cumulative and a year, of an addition and a stock (新建公办学校6所 is no part of the schools'
share), of different scopes or of different things (行政许可事项 over 政务服务事项).

On corpus/full and corpus/gwr the reading pairs nothing (reports of the corpus state a rate after its counts, which the
earlier readings take, or over a base they do not print: round 66's 26 labels are such statements); it reads the
written statements whose operands stand in another order (w1-023, w3a-010, w3a-020, w3a-033, w3b-121).

A share in words or a bounded share before the noun it qualifies (九成以上的矛盾纠纷在村（社区）一级化解，全年化解纠纷15,240件，
其中在村（社区）一级化解13,962件; 半数以上的执法单位…，27个执法单位中有16个已完成) is read the same way
(``claims.rates._noun_after``): the whole is the one count named by the first words after 的 (the noun), the part the one
count named by more of the predicate than the whole is (在村（社区）一级化解 against 全年化解纠纷), or stated among the whole
(``claims.ratios.among``); in digits too (97.3%的群众诉求在规定时限内办结。受理诉求…，按时办结…: ``claims.rates.noun_share``,
the words saying an action was done in time — 在规定时限内, 按期, 按时, 及时 — read as one).  A share between two names
(全区民营经济贡献了近七成的税收 / 一般公共预算支出的三分之二以上用于民生: ``claims.rates._subject_and_noun``): one names the part,
the other the whole, each the one count of the window it fits.  Bounds (不足一成, 超过8%, 不低于15%, 半数以上) are read as
one-sided intervals.

Phrasings of our own (the numbers are made up; the arithmetic is in the comment).  Each pair is once consistent (no
arithmetic or year-over-year finding) and once with one wrong figure (a finding of LG101).  Every wrong variant is
silent on main c296aff."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def findings(text):
    return lint_text(text + "\n", RULES, registry=REG)


# (id, consistent text, the figure as printed, the wrong figure)
PAIRS = [
    # -- a rate before its counts, the base in the next sentence ---------------------------------------------------
    ("r1", "截至年底，已办结群众来信2,310件，办结率96.3%。全年共收到群众来信2,398件。", "96.3%", "90.3%"),  # 2310/2398
    ("r2", "全年接待来访群众1,600人次。经过分流处置，化解1,488人次，化解率93.0%。", "93.0%", "97.0%"),   # 1488/1600
    ("r3", "今年全镇共收到村民建议540条。建议主要涉及道路、供水和环境整治。截至年底，已采纳486条，采纳率90.0%。",
     "90.0%", "95.0%"),                                                        # 486/540, a sentence of words between
    # -- a share whose part is named by the subject of 占 and whose whole by its object, in any order -------------------
    ("s1", "社会消费品零售总额中，网络零售额占到全区零售总额的28.0%，全区零售总额1,250亿元，网络零售额350亿元。",
     "28.0%", "22.0%"),                                                        # 350/1250
    ("s2", "规上工业增加值820亿元，先进制造业增加值占比61.0%，先进制造业增加值500.2亿元。", "61.0%", "67.0%"),  # 500.2/820
    ("s3", "全年共调处劳动争议纠纷3,200宗。其中欠薪纠纷占到总量的55.0%，计1,760宗。", "55.0%", "65.0%"),   # 1760/3200
    ("s4", "一般公共预算支出中，民生支出占比78.0%，民生支出124.8亿元，一般公共预算支出160亿元。", "78.0%", "72.0%"),  # 124.8/160
    ("s5", "基本支出1,120万元，占总支出的56.0%；项目支出880万元，占44.0%；总支出2,000万元。", "44.0%", "48.0%"),  # 880/2000
    ("s6", "基本支出1,120万元，占总支出的56.0%；项目支出880万元，占44.0%；总支出2,000万元。", "56.0%", "51.0%"),  # 1120/2000
    ("s7", "今年新设企业2.4万户，其中民营企业占比91.0%，新设民营企业2.184万户。", "91.0%", "95.0%"),  # 2.184/2.4 = 91.0
    # -- a bounded share (不足/超过/不低于/以上), a whole framed inside the clause (X中Y占比), a subject shortened -----------
    ("b1", "税收收入中个人所得税占比不足一成，全年税收收入320亿元，其中个人所得税28.6亿元。", "28.6亿元", "38.6亿元"),  # 8.9%
    ("b2", "区级科技支出占一般公共预算支出比重超过8%，全年一般公共预算支出156亿元，科技支出13.4亿元。",
     "13.4亿元", "11.4亿元"),                                                  # 13.4/156 = 8.6% (11.4: 7.3%)
    # -- a share in words before the noun it qualifies: the whole named by the noun, the part by the predicate ----------
    ("w1", "七成以上的行政复议案件通过调解方式结案，全年审结行政复议案件640件，其中调解结案472件。", "472件", "432件"),  # 73.8%
    ("w2", "全县半数以上的村（社区）建成了标准化警务室，212个村（社区）中已有118个建成。", "118个", "98个"),  # 55.7% (98: 46.2%)
    ("w3", "近八成的劳动争议在仲裁前化解，全年受理劳动争议2,500宗，其中仲裁前化解1,960宗。", "1,960宗", "1,660宗"),  # 78.4%
    ("w4", "全年96.5%的政务服务投诉在承诺时限内办结。全年受理投诉4,200件，按期办结4,053件。", "96.5%", "92.5%"),  # 4053/4200
    # -- a share between two names: the part named by the subject, the whole by the noun after 的 (or the reverse) ------
    ("n1", "全区中小微企业吸纳了六成以上的从业人员，全区从业人员共52万人，其中中小微企业从业人员33.8万人。",
     "33.8万人", "28.8万人"),                                                  # 65.0% (28.8: 55.4%)
    ("n2", "全市财政支出的七成以上用于民生，全年财政支出860亿元，民生支出628亿元。", "628亿元", "568亿元"),  # 73.0% (568: 66.0%)
]

# consistent statements a reading by name alone would flag, or of which no reading is certain
TRAPS = [
    ("t1", "新增高新技术企业120家，占全省新增数的19.0%，全市高新技术企业总数达800家。"),   # 全省's whole is not printed
    ("t2", "全年收到行政复议申请420件，不予受理21件，受理率95.0%。"),                    # 不予受理 is the complement
    ("t3", "2023年共受理信访事项500件。2024年按期办结率98.0%，按期办结475件。"),          # another year's base
    ("t4", "力争全年办结率达到98.0%，全年共受理群众诉求2,000件，已办结1,800件。"),       # a goal
    ("t5", "新增上市企业18家，占全省新增上市企业的四成，累计上市企业达到60家。"),        # 全省, and cumulative vs the year
    ("t6", "答复率为91.5%，今年共收到依申请公开400件，按期答复390件。"),                 # 按期答复 is a subset of 答复
    ("t7", "全市户籍人口中，60岁以上老人占比21.0%，新增户籍人口3.2万人，60岁以上老人18.6万人。"),  # the whole not printed
    ("t8", "１９５５年决算支出占预算数的９８．４１％，比预算数２９，８２１，８２８，０００元少支４７４，８９０，０００元。"
           "其中，经济建设费支出１３，７６２，０９０，０００元，占预算数的９６．９９％。"),   # each item's own budget
    ("t9", "已建设省级宜居社区13个，新创建6个，累计占社区总数的76%。"),                  # 累计's count and the whole unprinted
    ("t10", "全区843个政务服务事项100%实现网上申办，302个行政许可事项实现即来即办，即办率87.28%。"),  # other things
    ("t11", "全市民生支出占一般公共预算支出的78.4%；市本级民生支出142.3亿元，市本级一般公共预算支出213.6亿元。"),  # 全市 vs 市本级
    ("t12", "文化产业增加值456.9亿元。金融业增加值4.6亿元，占比4.1%。"),               # a sibling is no whole
    ("t13", "九成以上的案件在30日内审结，全年审结案件1,200件，其中适用简易程序的600件。"),  # no count named by the predicate
    ("t14", "全市财政支出的七成以上用于民生，全年财政支出860亿元，教育支出168亿元。"),    # no count named 民生
]


@pytest.mark.parametrize("pid,text,fig,wrong", PAIRS, ids=[p[0] for p in PAIRS])
def test_consistent_is_silent(pid, text, fig, wrong):
    got = findings(text)
    assert got == [], [(f.code, f.message()) for f in got]


@pytest.mark.parametrize("pid,text,fig,wrong", PAIRS, ids=[p[0] for p in PAIRS])
def test_wrong_figure_is_found(pid, text, fig, wrong):
    assert fig in text
    got = findings(text.replace(fig, wrong, 1))
    assert "LG101" in {f.code for f in got}, (pid, [(f.code, f.message()) for f in got])


@pytest.mark.parametrize("tid,text", TRAPS, ids=[t[0] for t in TRAPS])
def test_trap_is_silent(tid, text):
    got = findings(text)
    assert got == [], [(f.code, f.message()) for f in got]


def test_the_finding_shows_both_operands_and_the_reading():
    text = "民营企业出口占到全市出口总额的75.8%，全市出口486.2亿元，民营企业出口339.4亿元。"
    got = [f for f in findings(text) if f.code == "LG101"]
    assert len(got) == 1
    ev = got[0].evidence
    assert ev["numerator"] == pytest.approx(339.4e8) and ev["denominator"] == pytest.approx(486.2e8)
    assert "named_operands" in ev["readings_tried"]
    assert {r.start for r in got[0].related} == {text.index("339.4"), text.index("486.2")}
    assert "339.4亿元÷486.2亿元" in got[0].message("zh")
