"""Shares of one named whole stated far apart, or with the whole never printed, checked through the whole each (part,
share) pair implies (claims.implied, LG107).  Wordings and numbers are lintgov's own, in the styles of a budget report
(Chinese numerals), a statistics communiqué and a 法治 report.  A consistent document gives no finding; one wrong share
or part among agreeing siblings, or against the whole stated by its name, gives an LG107 finding; the traps that make
siblings no siblings (wider totals, other years, plans, changes, bounds, opposed sides, a longer name) stay silent."""
import pytest

from lintgov.claims.implied import consensus, implied_shares, named_whole, sibling_groups
from lintgov.engine import lint_text, read_document
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def findings(text):
    return lint_text(text + "\n", RULES, registry=REG)


def codes(text):
    return [f.rule.code for f in findings(text)]


def doc_of(text):
    return read_document("x.txt", "x.txt", REG, (text + "\n").encode("utf-8"))


# a budget: the items in Chinese numerals with their shares, the whole stated by its name in a later paragraph
BUDGET = ("一、财政收入执行情况\n\n"
          "收入的主要项目如下：\n\n"
          "（一）工商各税为一百二十一亿七千万元，占全年财政收入的{a}。\n\n"
          "（二）农业税为二十四亿六千万元，占全年财政收入的{b}。\n\n"
          "（三）企业收入为{c}，占全年财政收入的44.45%。\n\n"
          "全年财政收入共为二百八十六亿四千万元，比上年有较大增长。")
BUDGET_OK = dict(a="42.49%", b="8.59%", c="一百二十七亿三千万元")

# a communiqué: the whole (规模以上工业增加值) is never printed; three shares of it in three paragraphs
COMMUNIQUE = ("全年规模以上工业增加值比上年增长6.8%。\n\n"
              "分行业看，装备制造业增加值1,254.6亿元，占规模以上工业增加值的{a}，拉动作用明显。\n\n"
              "新动能加快成长。高技术制造业增加值{b}，占规模以上工业增加值的15.6%。\n\n"
              "节能降耗持续推进，六大高耗能行业增加值796.1亿元，占规模以上工业增加值的24.2%。")
COMMUNIQUE_OK = dict(a="38.2%", b="512.3亿元")

# a 法治 report: counts of cases, the year's total never printed
LAW = ("2023年，全市行政复议工作平稳有序。\n\n"
       "从案件类型看，涉及公安的案件{a}，占全年收案的26.0%。\n\n"
       "涉及自然资源的案件186件，占全年收案的{b}。\n\n"
       "涉及市场监管的案件150件，占全年收案的12.5%。")
LAW_OK = dict(a="312件", b="15.5%")


@pytest.mark.parametrize("tpl,ok", [(BUDGET, BUDGET_OK), (COMMUNIQUE, COMMUNIQUE_OK), (LAW, LAW_OK)])
def test_consistent_siblings_are_silent(tpl, ok):
    assert codes(tpl.format(**ok)) == []


@pytest.mark.parametrize("tpl,ok,key,wrong", [
    (BUDGET, BUDGET_OK, "b", "9.59%"),                      # a share against the whole stated by its name
    (BUDGET, BUDGET_OK, "a", "45.49%"),
    (BUDGET, BUDGET_OK, "c", "一百三十七亿三千万元"),          # a part
    (COMMUNIQUE, COMMUNIQUE_OK, "a", "41.2%"),              # siblings only: no whole printed
    (COMMUNIQUE, COMMUNIQUE_OK, "b", "572.3亿元"),
    (LAW, LAW_OK, "a", "352件"),
    (LAW, LAW_OK, "b", "18.5%"),
])
def test_one_wrong_sibling_is_reported(tpl, ok, key, wrong):
    got = findings(tpl.format(**dict(ok, **{key: wrong})))
    assert [f.rule.code for f in got] == ["LG107"]
    f = got[0]
    ev = f.evidence
    # the evidence: every sibling's part, share and implied whole, the formula and the tolerance
    assert ev["formula"] == "part / share * 100" and "rounding" in ev["tolerance"]
    assert len(ev["siblings"]) == 3 and all(len(s["implied_whole"]) == 2 for s in ev["siblings"])


def test_the_finding_names_the_whole_and_what_the_others_imply():
    text = COMMUNIQUE.format(**dict(COMMUNIQUE_OK, a="41.2%"))
    f = findings(text)[0]
    shown = text[f.start:f.end]
    assert shown == "41.2%"
    msg = f.rule.render(f.key, f.params, "zh")
    assert "规模以上工业增加值" in msg and "1254.6" in msg.replace(",", "") and "亿元" in msg


def test_named_whole_evidence():
    text = BUDGET.format(**dict(BUDGET_OK, b="9.59%"))
    f = findings(text)[0]
    assert f.key == "named"
    assert f.evidence["named_whole"]["text"] == "二百八十六亿四千万元"
    lo, hi = f.evidence["recomputed"]
    assert 8.5 < lo <= 8.589 <= hi < 8.7


def test_reading_of_the_claims_layer():
    doc = doc_of(LAW.format(**LAW_OK))
    rs = implied_shares(doc)
    assert [r.whole_words for r in rs] == ["全年收案"] * 3
    assert [doc.text[r.part.start:r.part.end] for r in rs] == ["312件", "186件", "150件"]
    assert all(r.year == "2023" or r.year == "" for r in rs)
    groups = sibling_groups(doc)
    assert len(groups) == 1 and len(groups[0]) == 3
    c = consensus(groups[0])
    assert c is not None and c.agree == (0, 1, 2) and c.outliers == ()
    assert c.region[0] <= 1200 <= c.region[1]
    assert named_whole(doc, groups[0]) is None


# -- traps: not siblings, or no majority --------------------------------------------------------------------------
SILENT = [
    # shares of each part's own wider total (占全国的): three different wholes
    "全市外贸稳中提质。出口额1,250亿美元，占全国的5.6%。\n\n进口额860亿美元，占全国的3.1%。\n\n"
    "加工贸易出口420亿美元，占全国的4.9%。",
    # shares of different years in a five-year review: the 2019 one is of another GDP
    "2019年，数字经济增加值8,000亿元，占地区生产总值的40.1%。\n\n"
    "2023年，数字经济增加值1.20万亿元，占地区生产总值的38.5%。\n\n"
    "2023年，研发经费投入903.9亿元，占地区生产总值的2.9%。\n\n"
    "2023年，高技术制造业增加值4,208亿元，占地区生产总值的13.5%。",
    # a share of a plan beside shares of the actual
    "教育支出150.0亿元，占一般公共预算支出的18.8%。\n\n卫生健康支出72.0亿元，占一般公共预算支出的9.0%。\n\n"
    "社会保障支出96.0亿元，占一般公共预算支出的12.0%。\n\n预算安排科技支出40.0亿元，占一般公共预算支出的4.0%。",
    # a part that is a change
    "教育支出150.0亿元，占一般公共预算支出的18.8%。\n\n卫生健康支出72.0亿元，占一般公共预算支出的9.0%。\n\n"
    "社会保障支出96.0亿元，占一般公共预算支出的12.0%。\n\n民生支出增加45.0亿元，占一般公共预算支出的3.0%。",
    # a part written as a bound
    "涉及公安的案件312件，占全年收案的26.0%。\n\n涉及自然资源的案件186件，占全年收案的15.5%。\n\n"
    "涉及市场监管的案件150件，占全年收案的12.5%。\n\n涉及住房保障的案件近100件，占全年收案的6.5%。",
    # a share that is the level of a series (比重提高到)
    "装备制造业增加值1,254.6亿元，占规模以上工业增加值的38.2%。\n\n高技术制造业增加值512.3亿元，占规模以上工业增加值的15.6%。"
    "\n\n六大高耗能行业增加值796.1亿元，占规模以上工业增加值的24.2%。\n\n"
    "战略性新兴产业增加值1,100亿元，占规模以上工业增加值的比重提高到30.0%。",
    # revenue and spending under one whole's words (占本级预算的): two wholes
    "中央预算收入2,369亿元，占本级预算的77.1%。\n\n地方预算收入705亿元，占本级预算的22.9%。\n\n"
    "其中税收收入2,152亿元，占本级预算的70.0%。\n\n中央预算支出2,170亿元，占本级预算的70.0%。",
    # two siblings that disagree, no whole printed: no majority
    "涉及公安的案件312件，占全年收案的26.0%。\n\n涉及自然资源的案件186件，占全年收案的18.5%。",
    # a longer name is no statement of the whole (地方预算支出 is a part of 预算支出)
    "地方预算支出为七十七亿元。\n\n社会文教支出为三十九亿二千万元，占预算支出的12.74%。",
    # an item of a list is no statement of a total (幼儿园6所 after 、), nor a shorter name of it for a lone share
    "全年新建小学2所、幼儿园6所。\n\n公办幼儿园达到48所，占幼儿园总数的52%。",
    "全年新建幼儿园6所。\n\n公办幼儿园达到48所，占幼儿园总数的52%。",
    # a column balanced to add up to 100: one share a unit off its exact value
    "本年预算规定经济建设支出如下：\n\n（一）工业支出为6,210,450,000元，占经济建设费总数的49.76%。\n"
    "（二）农林水利支出为1,905,210,000元，占经济建设费总数的15.27%。\n（三）交通运输支出为2,493,870,000元，占经济建设费总数的19.97%。\n"
    "（四）商业银行方面的支出为702,360,000元，占经济建设费总数的5.63%。\n"
    "（五）其他经济建设支出共为1,168,410,000元，占经济建设费总数的9.37%。",
]


@pytest.mark.parametrize("text", SILENT)
def test_traps_stay_silent(text):
    assert "LG107" not in codes(text)


def test_balanced_column_with_one_clearly_wrong_share_is_reported():
    text = SILENT[-1].replace("15.27%", "17.27%")
    got = findings(text)
    assert [f.rule.code for f in got] == ["LG107"] and text[got[0].start:got[0].end] == "17.27%"


def test_other_year_split_keeps_the_year_it_names():
    doc = doc_of(SILENT[1])
    groups = sibling_groups(doc)
    assert sorted(len(g) for g in groups) == [1, 3]
    assert {g[0].year for g in groups} == {"2019", "2023"}


def test_a_wrong_sibling_of_the_right_year_is_still_reported():
    text = SILENT[1].replace("903.9亿元", "1,203.9亿元")
    assert codes(text) == ["LG107"]


def test_a_wrong_whole_stated_by_its_name_is_reported_at_the_whole():
    text = BUDGET.format(**BUDGET_OK).replace("共为二百八十六亿四千万元", "共为三百八十六亿四千万元")
    got = findings(text)
    assert [f.rule.code for f in got] == ["LG107"]
    f = got[0]
    assert text[f.start:f.end] == "三百八十六亿四千万元" and f.key == "named_whole"
    assert f.evidence["consensus"][0] <= 286.4e8 <= f.evidence["consensus"][1]


HEAVY = ("（一）工业支出为{w}，占经济建设费总数的50.0%。\n\n"
         "其中，钢铁工业支出为3,101,000,000元，占工业支出总数的36.31%；煤炭工业支出为2,870,000,000元，占工业支出总数的33.61%；"
         "机械工业支出为2,569,000,000元，占工业支出总数的30.08%。")


def test_a_whole_named_shorter_confirms_but_never_reports():
    # 工业支出 for 工业支出总数: agreeing, it checks the shares; disagreeing, it is left alone
    ok = HEAVY.format(w="8,540,000,000元")
    assert codes(ok) == []
    assert "LG107" in codes(ok.replace("33.61%", "36.61%"))
    assert codes(HEAVY.format(w="9,540,000,000元")) == []


def test_a_whole_that_is_a_share_of_another_is_not_reported():
    text = BUDGET.format(**BUDGET_OK).replace(
        "共为二百八十六亿四千万元，比上年有较大增长", "共为三百八十六亿四千万元，占国民收入的百分之二十五")
    assert "LG107" not in codes(text)


SPENDING = ("教育支出150.0亿元，增长8.2%，占一般公共预算支出的18.8%。\n\n"
            "卫生健康支出72.0亿元，比上年增长5.1%，占一般公共预算支出的9.0%。\n\n"
            "社会保障支出96.0亿元，下降2.0%，占一般公共预算支出的{}。")


def test_a_clause_of_the_parts_own_change_may_stand_between_part_and_share():
    assert codes(SPENDING.format("12.0%")) == []
    assert codes(SPENDING.format("15.0%")) == ["LG107"]


def test_a_share_in_a_sentence_of_a_plan_is_no_sibling_of_the_actual():
    text = SPENDING.format("12.0%") + "\n\n我们将继续加大投入，科技支出60.0亿元，占一般公共预算支出的6.0%。"
    assert codes(text) == []
    doc = doc_of(text)
    assert sorted(len(g) for g in sibling_groups(doc)) == [1, 3]


def test_areas_opening_the_parts_are_each_a_whole_of_their_own():
    # 占地区生产总值的 after 宝安区 / 南山区 is each district's own GDP: no siblings of the city's shares
    text = ("全市数字经济增加值4,300亿元，占地区生产总值的30.1%。\n\n全市研发投入720亿元，占地区生产总值的5.0%。\n\n"
            "全市高技术制造业增加值2,140亿元，占地区生产总值的15.0%。\n\n宝安区数字经济增加值900亿元，占地区生产总值的22.5%。")
    assert codes(text) == []
    assert sorted(len(g) for g in sibling_groups(doc_of(text))) == [1, 3]


def test_a_whole_of_a_wider_area_is_no_named_whole():
    # a district's report: 全市一般公共预算支出 is the city's
    text = ("我区坚持民生优先。\n\n民生支出240亿元，占一般公共预算支出的80%。\n\n全市一般公共预算支出5,000亿元，增长6%。")
    assert "LG107" not in codes(text)
    doc = doc_of(text)
    assert named_whole(doc, sibling_groups(doc)[0]) is None
    # the report's own area is a whole of its own name
    own = text.replace("全市一般公共预算支出5,000亿元", "全区一般公共预算支出250亿元")
    d2 = doc_of(own)
    assert named_whole(d2, sibling_groups(d2)[0]) is not None and codes(own)
