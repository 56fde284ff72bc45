"""LG210 across the parts of a work report's plans: one plan of the year stated twice — in its section and again in
the list (or annex, or table titled as the year's plans) of the livelihood projects — with two values.  The metric is
read on both sides of the figure (claims.metric.statement_words / statement_key: words before it, the name after it,
short bracket glosses read around, in any word order).  Never a plan against the review (another year), never a
multi-year plan, a results list or table, a bound, funds named by their use, a verb with no thing (完成投资), an
attribute after a copula (年产能力将为), another year or another level of government."""
import pytest

from lintgov.claims.metric import statement_key
from lintgov.document import Document
from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]

REVIEW = "一、2023年工作回顾\n过去一年，全市经济运行稳中有进，地区生产总值增长5.2%。\n"
PLAN = "二、2024年工作安排\n"


def lg210(text):
    return [f for f in lint_text(text, RULES, registry=REG) if f.code == "LG210"]


# (the plan's paragraph, the annex's line): the same statement in other words or order; {} is the value
PAIRS = [
    ("扎实推进乡村建设，改造农村公路危旧桥梁{}座，推动农村人居环境整治提升。",
     "附件\n2024年市十件民生实事\n一、深入推进“四好农村路”建设。新改建农村公路超500公里、改造农村公路危旧桥梁240座，完善农村客运网络。"),
    ("加快住房保障体系建设，棚户区改造新开工{}万套（户），做好城镇老旧小区改造。",
     "附件\n2024年市十件民生实事\n三、强化住房保障。新开工7.85万套（户）棚户区改造，其中国有工矿棚户区0.5万套（户）。"),
    ("建立实物保障与货币补贴并举的模式，开工建设保障性住房（含租赁补贴）{}万套（户）。",
     "附件\n2024年市十件民生实事\n三、强化住房保障。开工建设保障性住房（含租赁补贴）2.18万套（户），基本建成1.6万套（户）。"),
    ("强化学前教育普惠发展，改善婴幼儿早期教育服务，新增普惠性幼儿园{}所。",
     "附件\n2024年区政府民生实事\n8.新增幼儿园学位2000个。牵头单位：区教育局\n9.新增普惠性幼儿园15所。牵头单位：区教育局"),
    ("实施稳岗扩容提质工程，开展职业技能培训{}万人次，新建就业服务站50个。",
     "附件\n2024年市民生实事\n2.发布就业岗位5万个以上，开展职业技能培训40万人次（牵头单位：人社局）。"),
]
SAME = ["240", "7.85", "2.18", "15", "40"]
WRONG = ["312", "10.21", "2.83", "19", "52"]


@pytest.mark.parametrize("i", range(len(PAIRS)))
@pytest.mark.parametrize("found", [False, True])
def test_plan_restated_in_the_annex(i, found):
    plan, annex = PAIRS[i]
    text = REVIEW + PLAN + plan.format(WRONG[i] if found else SAME[i]) + "\n" + annex + "\n"
    got = lg210(text)
    assert bool(got) is found, text
    if found:
        ev = got[0].evidence
        assert ev["formula"].startswith("A = A'") and ev["first"] != ev["second"]


def test_the_key_reads_both_sides_in_any_order():
    a = Document("棚户区改造新开工7.85万套（户）。新开工7.85万套（户）棚户区改造，其中…")
    i = a.text.index("7.85")
    j = a.text.index("7.85", i + 1)
    assert statement_key(a, i, i + 6) == statement_key(a, j, j + 6) != ""


def test_three_statements_one_odd():
    text = (REVIEW + PLAN + "推进城中村燃气改造，启动30个老旧住宅区的管道燃气建设。\n"
            "附件\n2024年区政府民生实事计划清单\n5.启动30个老旧住宅区的管道燃气建设\n年内再启动36个老旧住宅区的管道燃气建设。\n")
    got = lg210(text)
    assert len(got) == 1 and got[0].params["second"] == "36个", got


def test_three_statements_no_value_clear():
    text = (REVIEW + PLAN + "推进城中村燃气改造，启动30个老旧住宅区的管道燃气建设。\n"
            "附件\n2024年区政府民生实事计划清单\n5.启动33个老旧住宅区的管道燃气建设\n年内再启动36个老旧住宅区的管道燃气建设。\n")
    assert not lg210(text)


ANNEX = "附件\n2024年市十件民生实事\n一、完善养老服务。新增普惠性幼儿园15所，新增养老床位1000张。\n"


@pytest.mark.parametrize("text", [
    # the review's actual against the plan: another year
    "一、2023年工作回顾\n全年新增普惠性幼儿园12所，新增养老床位800张。\n" + PLAN + "新增普惠性幼儿园15所。\n",
    # a multi-year plan (a paragraph opening the five years; a section of the 十五五)
    REVIEW + PLAN + "今后五年，新增普惠性幼儿园60所，新增养老床位5000张。\n" + ANNEX,
    REVIEW + "二、“十五五”时期的主要目标\n新增普惠性幼儿园60所。\n三、2024年工作安排\n新增普惠性幼儿园15所。\n",
    # a list of last year's results (the plan and its actual)
    REVIEW + PLAN + "新增普惠性幼儿园15所。\n附件\n2023年区政府民生实事完成情况\n超额完成，新增普惠性幼儿园19所。\n",
    # a bound
    REVIEW + PLAN + "新增普惠性幼儿园20所以上。\n" + ANNEX,
    # funds named by their use
    REVIEW + PLAN + "省级财政安排3.55亿元实施养老服务提升工程。\n" + "附件\n2024年省十件民生实事\n省级财政安排15.82亿元，引导市县实施农村公路建设。\n",
    # a verb with no thing: the investment of two sets of projects
    REVIEW + PLAN + "推进年度51个重点项目建设，力争完成投资89亿元。\n推进年度44项重点工作，力争完成投资12.4亿元。\n",
    # an attribute after a copula, of two things named before
    REVIEW + PLAN + "甲汽车厂全部建成后的年产能力将为9万辆。\n乙汽车厂全部建成后的年产能力将为1.5万辆。\n",
    # another year in the sentence; another level of government
    REVIEW + PLAN + "到2027年，新增普惠性幼儿园45所。\n" + ANNEX,
    REVIEW + PLAN + "市本级新增养老床位300张。\n" + ANNEX,
    # a row of a flattened table
    REVIEW + PLAN + "新增养老床位1000张。\n附件\n指标\t2023年\t2024年\n新增养老床位\t800张\t1200张\n",
])
def test_silent(text):
    assert not lg210(text), text


def test_review_three_statements_one_odd():
    """The review's figures too (the year's, stated with 全年): of three statements, the one that differs from the two
    that agree is reported; three values with none repeated say nothing."""
    def text(a, b, c):
        return ("一、2023年工作回顾\n全年受理行政复议申请{}件，办结498件。\n（一）行政复议\n全年受理行政复议申请{}件。\n"
                "（二）应诉工作\n依法化解争议，全年受理行政复议申请{}件。\n").format(a, b, c)
    got = lg210(text(512, 512, 521))
    assert len(got) == 1 and got[0].params["first"] == "512件" and got[0].params["second"] == "521件", got
    got = lg210(text(521, 512, 512))
    assert len(got) == 1 and got[0].params["second"] == "521件" and got[0].key == "odd", got
    assert not lg210(text(512, 515, 521))
    assert not lg210(text(512, 512, 512))
