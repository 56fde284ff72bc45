"""A rate over the whole its numerator is stated as a part of, the two counts sentences away (rates10).

``claims.rates._linked_operands`` (asked by ``named_operands`` when the window readings find nothing): the **numerator**
is the one count before the rate (back to the report's level-1 part, across sentences and a sub-heading) or in the
sentence right after it that is named by the rate's action (调解成功 for 调解成功率, 满意或基本满意 for 满意率 — a union of
grades holding the outcome —, 以调解方式结案 for 调解结案率, …完成了执法信息公示 for 公示率) or by the union of the outcomes the
rate counts (撤销、变更、确认违法和责令履行 for 纠错率; 驳回…或…撤诉 for 胜诉率, which may count more: the rate is at least
their ratio; 综合纠错率 adds mediated cases: at least the ratio too).  The **base** is the whole that count is a part of
(其中 opening its sentence after the whole's, 在审结的N件中 / N件中 before it), or with no link the count before it named as the
rate's base (受理 for 结案率, a total, those a survey reached).  When other counts are named as a base, the rate is
silent if it fits one of them; read by words alone, any count of the measure between base and numerator is another
possible base.

Phrasings of our own (the numbers are made up; the arithmetic is in the comment).  Each pair is once consistent (no
arithmetic or year-over-year finding, and the rate recorded as checked) and once with one wrong figure (a finding of
LG101).  Every wrong variant is silent on main a0f1355."""
import pytest

from lintgov.claims import ledger
from lintgov.document import Document
from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def findings(text):
    return lint_text(text + "\n", RULES, registry=REG)


# (id, consistent text, the figure as printed, the wrong figure)
PAIRS = [
    # -- 其中 opening a sentence: the whole closes the sentence before, the rate a sentence later -------------------------
    ("l1", "全区全年共受理人民调解案件二千四百件。其中，调解成功2,280件，涉及金额3,600万元。全年调解成功率95.0%。",
     "95.0%", "91.0%"),                                                       # 2280/2400
    ("l2", "全市共排查矛盾纠纷5,000件。其中在乡镇一级调解成功4,650件（含婚姻家庭纠纷1,200件）。调解成功率达到93.0%。",
     "93.0%", "96.0%"),                                                       # 4650/5000
    ("l3", "全年行政应诉案件审结120件。其中，判决驳回原告诉讼请求或者原告撤诉的共96件。行政机关胜诉率为85.0%。",
     "85.0%", "75.0%"),                                                       # at least 96/120 = 80%
    # -- a whole closed by 中, restated after the rate ------------------------------------------------------------------
    ("m1", "全年审结行政复议案件240件，纠错率12.5%。在审结的240件案件中，撤销、变更、确认违法和责令履行的共30件。",
     "纠错率12.5%", "纠错率15.5%"),                                             # 30/240
    ("m2", "全年审结行政复议案件240件，综合纠错率14.0%。在审结的240件案件中，撤销、变更、确认违法和责令履行的共30件。",
     "14.0%", "11.0%"),                                                       # at least 30/240 = 12.5%
    ("m3", "全县共有行政执法主体九十个。经过督促，其中有81个完成了执法信息公示。公示率90.0%。", "90.0%", "95.0%"),  # 81/90
    # -- no link: the base named as one (受理, 共计, those a survey reached) ----------------------------------------------
    ("n1", "受理劳动争议仲裁案件2,000件。始终坚持调解优先，以调解方式结案1,300件。由此，调解结案率为65.0%。",
     "65.0%", "61.0%"),                                                       # 1300/2000
    ("n2", "我们对已经办结的1,500件群众诉求逐一进行电话回访，表示满意或者基本满意的1,410件，满意率达94.0%。",
     "94.0%", "97.0%"),                                                       # 1410/1500
    ("n3", "市场监管部门共办理投诉举报6,000件。其中，调解成功5,000件，为消费者挽回损失800万元。消费者投诉调解成功率为83.3%。",
     "83.3%", "88.0%"),                                                       # 5000/6000
    # -- the count and its rate under two sub-headings of one part ------------------------------------------------------
    ("h1", "一、依法行政\n（一）行政复议。全年审结行政复议案件300件，其中作出撤销、变更、确认违法和责令履行决定的45件。\n"
           "（二）行政应诉。全年复议纠错率15.0%，行政机关负责人出庭应诉率100%。", "15.0%", "18.0%"),   # 45/300
]

# consistent statements a reading by name alone would flag, or of which no reading is certain
TRAPS = [
    # 出庭应诉率 is over the cases due in court, not over all the cases heard
    ("t1", "全年开庭审理行政诉讼案件200件。其中，行政机关负责人出庭应诉180件。出庭应诉率为95.0%。"),
    # two counts named 调解成功 (the year's and three quarters'): no certain numerator
    ("t2", "全年共排查矛盾纠纷3,000件，其中调解成功2,900件。今年前三季度调解成功1,000件。调解成功率为90.0%。"),
    # last year's counts, this year's rate
    ("t3", "2023年受理调解案件1,000件，其中调解成功900件。2024年调解成功率为95.0%。"),
    ("t4", "去年共受理调解案件2,000件，其中调解成功1,800件。今年调解成功率为95.0%。"),
    # a goal
    ("t5", "全年共受理人民调解案件2,400件。其中，调解成功2,280件。力争明年调解成功率达到98%。"),
    # a second rate of the same action over another count
    ("t6", "全年共受理人民调解案件2,400件。其中调解成功2,280件，调解成功率95.0%。另外，村级调解组织调解成功1,000件，调解成功率80.0%。"),
    # a rate of a kind of the cases (婚姻家庭纠纷) the base does not name
    ("t7", "全年共受理人民调解案件2,400件。其中调解成功2,280件。在各类纠纷中，婚姻家庭纠纷调解成功率为98.0%。"),
    # the base may be the cases settled (办结), not all received: 10,260/11,400 = 90.0%
    ("t8", "群众来电诉求共计一万二千件，办结11,400件。经回访，群众对办理结果满意的10,260件。满意率为90.0%。"),
    # the whole 其中 links (审结) and another named base (受理): 2,280/2,400 = 95.0% fits the other
    ("t9", "全年受理人民调解案件2,400件，审结2,300件。其中调解成功2,280件。调解成功率为95.0%。"),
    # 胜诉 may count more than 驳回 and 撤诉: 96/120 = 80%, the rate higher
    ("t10", "全年行政应诉案件审结120件。其中，判决驳回原告诉讼请求或者原告撤诉的共96件。行政机关胜诉率为92.0%。"),
    # 综合纠错率 adds the mediated cases to the direct corrections
    ("t11", "全年审结行政复议案件480件。其中，撤销、变更、确认违法和责令履行的共60件。综合纠错率18.5%。"),
    # a qualified rate (按期办结) over a count of all that was settled
    ("t12", "全年共受理信访事项1,200件。其中，办结1,100件。按期办结率为96.0%。"),
    # a share of a wider total
    ("t13", "全年共受理人民调解案件2,400件。其中调解成功2,280件。调解成功数占全省的9.5%。"),
]


def _lg1(text):
    return [f for f in findings(text) if f.code.startswith("LG1")]


@pytest.mark.parametrize("pid,text,printed,wrong", PAIRS, ids=[p[0] for p in PAIRS])
def test_consistent_is_checked_and_silent(pid, text, printed, wrong):
    assert not findings(text), pid
    doc = Document(text + "\n")
    rule = next(r for r in RULES if r.code == "LG101")
    assert not list(rule.check(doc, None))
    at = doc.text.index(printed) + len(printed) - 1
    checked = [c for c in ledger(doc) if c.rule == "LG101" and c.start <= at < c.end]
    assert checked and all(c.consistent for c in checked), ledger(doc)


@pytest.mark.parametrize("pid,text,printed,wrong", PAIRS, ids=[p[0] for p in PAIRS])
def test_wrong_is_found(pid, text, printed, wrong):
    assert text.count(printed) == 1
    bad = text.replace(printed, wrong)
    found = _lg1(bad)
    assert [f.code for f in found] == ["LG101"], [f.message("en") for f in found]
    ev = found[0].evidence
    assert ev["numerator"] and ev["denominator"] and ev["formula"]


@pytest.mark.parametrize("tid,text", TRAPS, ids=[t[0] for t in TRAPS])
def test_trap_is_silent(tid, text):
    found = _lg1(text)
    assert not found, [f.message("en") for f in found]


# -- an average per unit whose total stands in the sentence before (claims.ratios.total_before, LG108) ------------------
AVERAGES = [
    ("a1", "全年办理法律援助案件1,800件。全市现有法律援助律师40名，人均办理案件45件。", "45件", "52件"),       # 1800/40
    ("a2", "全年罚没款总额2,400万元。办结行政处罚案件1,500件，平均每件罚没1.6万元。", "1.6万元", "1.9万元"),  # 2400/1500
    ("a3", "全市法律援助机构共办理案件三千六百件（含刑事案件1,200件）。现有专职律师90名，人均办理案件40件。",
     "40件", "48件"),                                                                                     # 3600/90
]
AVERAGE_TRAPS = [
    # the average names a kind (诉讼案件) the total does not
    ("u1", "全年办理法律援助案件1,800件。全市现有律师400名，人均办理诉讼案件12件。"),
    # last year's total
    ("u2", "上年办理法律援助案件1,500件。今年全市现有律师40名，人均办理案件45件。"),
    # two totals named alike in the sentence before: no certain total
    ("u3", "全年办理法律援助案件1,800件，办理民事法律援助案件1,100件。全市现有律师40名，人均办理案件60件。"),
]


@pytest.mark.parametrize("pid,text,printed,wrong", AVERAGES, ids=[p[0] for p in AVERAGES])
def test_average_total_before(pid, text, printed, wrong):
    assert not findings(text)
    doc = Document(text + "\n")
    rule = next(r for r in RULES if r.code == "LG108")
    assert not list(rule.check(doc, None))
    at = doc.text.index(printed)
    assert [c.consistent for c in ledger(doc) if c.rule == "LG108" and c.start <= at < c.end] == [True]
    assert text.count(printed) == 1
    found = [f for f in findings(text.replace(printed, wrong)) if f.code.startswith("LG1")]
    assert [f.code for f in found] == ["LG108"], [f.message("en") for f in found]


@pytest.mark.parametrize("tid,text", AVERAGE_TRAPS, ids=[t[0] for t in AVERAGE_TRAPS])
def test_average_trap_is_silent(tid, text):
    found = [f for f in findings(text) if f.code.startswith("LG1")]
    assert not found, [f.message("en") for f in found]


# consistent only on a reading the linked counts do not give (another matter, a part of the year)
MORE_TRAPS = [
    # the counts are of half the year, the rate of the whole year
    ("v2", "上半年共受理调解案件1,200件。其中调解成功1,000件。全年调解成功率为95.0%。"),
    # a district's rate after the city's counts
    ("v3", "全市共受理调解案件2,400件。其中调解成功2,280件。光明区调解成功率为98.0%。"),
]


@pytest.mark.parametrize("tid,text", MORE_TRAPS, ids=[t[0] for t in MORE_TRAPS])
def test_more_traps_are_silent(tid, text):
    found = _lg1(text)
    assert not found, [f.message("en") for f in found]


# -- a bounded share whose clause a colon closes: the whole and the part after it (claims.rates.among_share_pairs) ------
COLON = [
    ("k1", "95%以上的案件在法定期限内审结：审结的400件中，按期审结388件。", "388件", "372件"),     # 97.0% (372: 93.0%)
    ("k2", "超过85%的行政许可事项当场办结：在受理的1,200件申请中，当场办结1,080件。", "1,080件", "960件"),  # 90% (80%)
]
COLON_TRAPS = [
    # the part after the colon is no part the predicate names
    ("q1", "95%以上的案件在法定期限内审结：全年审结的400件中，撤销12件。"),
    ("q2", "95%以上的案件在法定期限内审结：审结的400件中，上年结转12件。"),
]


@pytest.mark.parametrize("pid,text,printed,wrong", COLON, ids=[p[0] for p in COLON])
def test_colon_share(pid, text, printed, wrong):
    assert not _lg1(text)
    assert text.count(printed) == 1
    found = _lg1(text.replace(printed, wrong))
    assert [f.code for f in found] == ["LG101"], [f.message("en") for f in found]


@pytest.mark.parametrize("tid,text", COLON_TRAPS, ids=[t[0] for t in COLON_TRAPS])
def test_colon_trap_is_silent(tid, text):
    assert not _lg1(text)


def test_rate_under_another_heading_naming_nothing_is_silent():
    # 调解成功率 under （二）劳动争议调解 is not over 人民调解's counts under （一）
    text = ("二、矛盾纠纷化解\n（一）人民调解。全年共受理人民调解案件2,400件，其中调解成功2,280件。\n"
            "（二）劳动争议调解。全年调解成功率为90.0%。")
    assert not _lg1(text)
