"""The rest of a whole and structures in any order (round 58, rates engineer, second part).

* **A rate or share of the rest after a part** (全年办理政务服务事项386.4万件，其中线下窗口办理81.2万件，其余为网上办理，网办
  比例达到79.0%): the part opened by 其中 right after its whole, the rest named by 其余 in the clause after, the rate's name a
  word of that rest (``claims.rates.rest_pairs``): (whole − part) ÷ whole.  On main 8be9f5b the rate went unread, and a
  share named by the rest (人民调解占比75.0%) was read over the part (400/1,600 = 25%: a false alarm).
* **The three sectors' shares in clauses of their own, in any order** (第三产业…比重为58.9%，第二产业比重为36.4%，第一产业
  比重为4.7%) and **shares listed with the rest** (国有企业占18.6%，外资企业占17.2%，其余为民营企业，占64.2%): they add up
  to 100 (LG106; on main only 第一…第二…第三 in that order was read, and no list closed by 其余).

Phrasings of our own (numbers made up; arithmetic in the comment)."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def findings(text):
    return lint_text(text + "\n", RULES, registry=REG)


PAIRS = [
    ("r1", "全年办理政务服务事项386.4万件，其中线下窗口办理81.2万件，其余为网上办理，网办比例达到79.0%。",
     "79.0%", "73.0%", "LG101"),                                                   # 305.2/386.4 = 78.99%
    ("r2", "全年受理行政复议申请500件，其中不予受理20件，其余均予受理，受理率96.0%。", "96.0%", "91.0%", "LG101"),
    ("r3", "全年审结行政案件420件，其中适用普通程序84件，其余适用简易程序，简易程序适用率80.0%。",
     "80.0%", "85.0%", "LG101"),                                                   # 336/420
    ("r4", "全年新增市场主体24,000户，其中个体工商户15,000户，其余为企业，企业占比37.5%。", "37.5%", "42.5%", "LG101"),
    ("r5", "全年调处纠纷1,600件，其中诉前调解400件，其余通过人民调解化解，人民调解占比75.0%。", "75.0%", "70.0%", "LG101"),
    ("g1", "第三产业增加值占地区生产总值比重为58.9%，第二产业比重为36.4%，第一产业比重为4.7%。", "36.4%", "41.4%", "LG106"),
    ("g2", "第二产业增加值占比38.6%，第三产业增加值占比57.2%，第一产业增加值占比4.2%。", "38.6%", "42.6%", "LG106"),
    ("g3", "全市规上工业产值中，国有企业占18.6%，外资企业占17.2%，其余为民营企业，占64.2%。", "64.2%", "70.2%", "LG106"),
    ("g4", "全年受理的案件中，行政复议案件占42.0%，行政诉讼案件占35.5%，其余为信访事项，占22.5%。", "35.5%", "40.5%", "LG106"),
    ("g5", "在一般公共预算支出中，教育支出占18.2%、卫生健康支出占9.8%，其余占72.0%。", "9.8%", "12.8%", "LG106"),
    ("g6", "全区常住人口中，户籍人口占31.5%，其余为非户籍人口，占68.5%。", "68.5%", "63.5%", "LG106"),
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


TRAPS = [
    ("t1", "第三产业增加值增长5.2%，第二产业增加值增长3.6%，第一产业增加值增长4.7%。"),
    ("t2", "第三产业占比提高到58.9%，第二产业比重为36.4%，第一产业比重为4.7%。"),
    ("t3", "全市规上工业产值中，国有企业占18.6%，外资企业占17.2%，其余企业产值增长6.4%。"),
    ("t4", "全年完成投资中，国有投资占30%，民间投资占50%。其余为外资，占比约20%。"),
    ("t5", "国有企业占18.6%，外资企业占17.2%，其余为民营企业，占比超过六成。"),
    # the rest named otherwise than the rate (网上 is not 自助): of which the rate is, is not said
    ("t6", "全年办理政务服务事项386.4万件，其中线下窗口办理81.2万件，其余为网上办理，自助终端办理率12.0%。"),
    # rounded counts allow the stated share of the rest (2.4万 − 1.5万 over 2.4万: 32.7%–42.6%)
    ("t7", "全年新增市场主体2.4万户，其中个体工商户1.5万户，其余为企业，企业占比42.5%。"),
]


@pytest.mark.parametrize("tid,text", TRAPS, ids=[t[0] for t in TRAPS])
def test_trap_is_silent(tid, text):
    got = findings(text)
    assert got == [], [(f.code, f.message()) for f in got]
