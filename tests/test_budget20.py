"""Budget accounts (claims.accounts): named totals, balances, completion against the budget, shares of a named total
stated in another paragraph — checked by LG102, LG103 and LG107; consistent near-misses stay silent."""
from __future__ import annotations

import pytest

from lintgov.claims import accounts as A
from lintgov.document import Document
from lintgov.engine import lint_text

_RULES = []


def _codes(text: str):
    if not _RULES:
        _RULES.extend(_build())
    return [(f.code, text[f.start:f.end]) for f in lint_text(text, _RULES)]


def _build():
    from lintgov.config import Settings
    from lintgov.engine import instantiate_rules
    from lintgov.plugins import build_registry
    reg = build_registry(load_entry_points=False, strict=True)
    return [r for r in instantiate_rules(reg, Settings(), {}, select=["ALL"]) if r.category in ("arithmetic", "yoy")]


# a 1960s-style provincial final account and budget, in the manner of the State Council's budget reports
NATIONAL = (
    "关于一九六一年决算和一九六二年预算的报告\n"
    "　　一九六一年本省决算的收支总数如下：1961年本年收入合计4,820,000,000元，加上上年结转收入180,000,000元，"
    "全年收入总数5,000,000,000元。本年支出合计4,750,000,000元。收支相抵，年终结余250,000,000元。\n"
    "　　同原来的预算相比，1961年本年收入完成预算的96.40%，比预算数5,000,000,000元少180,000,000元。\n"
    "　　1962年本省预算规定，本年收入共为5,200,000,000元，上年结转收入250,000,000元，收入总数共为5,450,000,000元；"
    "支出总数为5,450,000,000元；收支平衡。\n"
    "　　1962年本省预算收入中，各项税收为2,600,000,000元，占本年预算收入的50.00%。企业收入为1,300,000,000元，"
    "占本年收入的25.00%。\n"
    "　　1962年本省预算规定经济建设支出为2,725,000,000元，占预算支出的50.00%；文教支出为1,090,000,000元，"
    "占本年预算支出的20.00%。\n"
)


def test_reading_of_the_account():
    d = Document(NATIONAL)
    tots = A.totals(d)
    got = [(t.side, t.part, t.kind, t.year) for t in tots]
    assert ("收入", "year", "决算", "1961") in got and ("收入", "carry", "决算", "1961") in got
    assert ("收入", "all", "决算", "1961") in got and ("结余", "balance", "决算", "1961") in got
    assert ("收入", "all", "预算", "1962") in got and ("支出", "all", "预算", "1962") in got
    assert {b.what for b in A.balances(d)} == {"sum", "balance", "even"}
    (c,) = A.completions(d)
    assert c.side == "收入" and c.sign == -1 and [d.text[t.q.start:t.q.end] for t in c.levels] == ["4,820,000,000元"]
    shares = A.account_shares(d)
    assert len(shares) == 4
    # the 1962 shares bind the 1962 budget's totals only, never the 1961 final account's
    for s in shares:
        assert all(t.year == "1962" and t.kind == "预算" for t in s.totals)
    # 收入 never pairs with 支出
    assert all(t.side == "支出" for s in shares[2:] for t in s.totals)


def test_consistent_account_is_silent():
    assert _codes(NATIONAL) == []


@pytest.mark.parametrize("old,new,code,span", [
    ("全年收入总数5,000,000,000元", "全年收入总数5,100,000,000元", "LG103", "5,100,000,000元"),
    ("年终结余250,000,000元", "年终结余260,000,000元", "LG103", "260,000,000元"),
    ("支出总数为5,450,000,000元", "支出总数为5,540,000,000元", "LG103", "5,540,000,000元"),
    ("完成预算的96.40%", "完成预算的97.40%", "LG102", "97.40%"),
    ("1961年本年收入合计4,820,000,000元，加上", "1961年本年收入合计4,920,000,000元，加上", "LG102", "4,920,000,000元"),
    ("占本年预算收入的50.00%", "占本年预算收入的55.00%", "LG107", "55.00%"),
    ("占本年预算支出的20.00%", "占本年预算支出的10.00%", "LG107", "10.00%"),
    ("占预算支出的50.00%", "占预算支出的40.00%", "LG107", "40.00%"),
])
def test_planted_errors_are_found(old, new, code, span):
    text = NATIONAL.replace(old, new)
    assert text != NATIONAL
    got = _codes(text)
    assert any(c == code and span in s for c, s in got), got


def test_wrong_total_reported_once_not_its_shares():
    text = NATIONAL.replace("本年收入共为5,200,000,000元，上年结转收入250,000,000元，收入总数共为5,450,000,000元",
                            "本年收入共为5,600,000,000元，上年结转收入250,000,000元，收入总数共为5,850,000,000元")
    got = _codes(text)
    assert ("LG107", "5,600,000,000元") in got
    assert not any(s.endswith("%") for c, s in got if c == "LG107")


# a county 财政局's report on the execution of the budget (modern wording)
COUNTY = (
    "某县2025年预算执行情况的报告\n"
    "　　2025年全县一般公共预算收入完成18.62亿元，为预算的101.3%，增长4.2%。其中税收收入12.05亿元，占64.7%。"
    "一般公共预算收入18.62亿元，加上级补助收入21.40亿元、调入资金3.15亿元、上年结转1.08亿元，收入总计44.25亿元。"
    "一般公共预算支出41.37亿元，加上解上级支出0.96亿元，支出总计42.33亿元。收支相抵，结转下年1.92亿元。\n"
)


def test_county_account_consistent_and_balance_checked():
    assert _codes(COUNTY) == []
    d = Document(COUNTY)
    (b,) = [b for b in A.balances(d) if b.what == "balance"]
    # 收入总计 − 支出总计 = 结转下年: the two totals holding all, not the general budget's own revenue and spending
    assert d.text[b.plus[0].start:b.plus[0].end] == "44.25亿元" and d.text[b.minus[0].start:b.minus[0].end] == "42.33亿元"
    bad = COUNTY.replace("结转下年1.92亿元", "结转下年2.92亿元")
    assert ("LG103", "2.92亿元") in _codes(bad)


def test_county_items_added_make_the_totals():
    # 一般公共预算收入A，加上级补助收入B、调入资金C、上年结转D，收入总计E: A + B + C + D = E (and the same for spending)
    d = Document(COUNTY)
    sums = [b for b in A.balances(d) if b.what == "sum"]
    assert [(d.text[b.total.start:b.total.end], len(b.plus)) for b in sums] == [("44.25亿元", 4), ("42.33亿元", 2)]
    assert ("LG103", "45.25亿元") in _codes(COUNTY.replace("收入总计44.25亿元", "收入总计45.25亿元"))
    assert ("LG103", "43.33亿元") in _codes(COUNTY.replace("支出总计42.33亿元", "支出总计43.33亿元"))
    # something taken off, a part or a change between: no plain additions, nothing read
    for old, new in (("调入资金3.15亿元", "减调出资金3.15亿元"), ("上年结转1.08亿元", "其中专项1.08亿元"),
                     ("调入资金3.15亿元", "调入资金3.15亿元（增长12%）")):
        text = COUNTY.replace(old, new)
        assert not [b for b in A.balances(Document(text)) if b.what == "sum" and abs(b.total.value - 4.425e9) < 1]


# a municipal 决算 report: 决算数 against 预算数, central and local never pairing with the whole
MUNICIPAL = (
    "关于某市2024年市级决算的报告\n"
    "　　2024年市级决算的收支总数如下：本年收入合计86,400万元，加上上年结转收入3,600万元，全年收入总数90,000万元；"
    "本年支出合计84,000万元。收支相抵，年终结余6,000万元。\n"
    "　　2024年决算支出占预算数的96.00%，比预算数87,500万元少支3,500万元。\n"
    "　　按级次划分，地方预算支出（扣除上解的部分）为30,000万元，占地方预算支出总数的40.00%。"
    "区级预算收入为21,600万元，占本年收入的25.00%。\n"
)


def test_municipal_final_account():
    assert _codes(MUNICIPAL) == []
    d = Document(MUNICIPAL)
    (c,) = A.completions(d)
    assert c.side == "支出" and [d.text[t.q.start:t.q.end] for t in c.levels] == ["84,000万元"]
    # 占地方预算支出总数的: a part's own whole, never the account's total
    assert all("地方" not in s.words for s in A.account_shares(d))
    bad = MUNICIPAL.replace("少支3,500万元", "少支4,500万元")
    assert any(c == "LG102" for c, _ in _codes(bad))
    bad = MUNICIPAL.replace("本年支出合计84,000万元", "本年支出合计85,000万元")
    got = _codes(bad)
    assert ("LG102", "85,000万元") in got and ("LG103", "6,000万元") in got


def test_near_misses_stay_silent():
    # 本年收入 vs 收入总数: a share of the whole revenue (with the carry-over) is consistent with one of them
    text = MUNICIPAL.replace("区级预算收入为21,600万元，占本年收入的25.00%", "区级预算收入为22,500万元，占国家预算的25.00%")
    assert _codes(text) == []
    # a share of spending with only revenue totals of its year named: nothing to pair
    text = ("2023年本县预算规定，本年收入共为800万元，收入总数共为900万元。"
            "2023年教育支出为300万元，占本年预算支出的30.00%。\n")
    assert _codes(text) == [] and A.account_shares(Document(text)) == []
    # another year's totals are not this year's whole
    text = ("2022年本县决算的收支总数如下：本年收入合计800万元。\n"
            "2023年本县预算收入中，税收为300万元，占本年预算收入的30.00%。\n")
    assert _codes(text) == [] and A.account_shares(Document(text)) == []
    # a budget's totals are not another budget's: 政府性基金预算收入 against 一般公共预算收入
    text = ("全县一般公共预算收入完成20.00亿元。政府性基金预算收入中，土地出让收入为6.00亿元，占政府性基金预算收入的75.0%。\n")
    assert _codes(text) == [] and A.account_shares(Document(text)) == []
    # an increase is no total (本年收入增长N元)
    text = "1961年本年收入增长300,000,000元，全年收入总数5,000,000,000元。\n"
    assert [t.part for t in A.totals(Document(text))] == ["all"]


# shares whose part is an item stated in another paragraph, and a whole named by another wording of an item
ITEMS = (
    "　　一九六一年本省决算的收支总数如下：1961年本年收入合计4,820,000,000元。本年支出合计4,000,000,000元。\n"
    "　　1961年决算支出占预算数的97.56%，比预算数4,100,000,000元少支100,000,000元。其中，基本建设费支出1,800,000,000元；"
    "文教卫生费支出600,000,000元；行政管理费支出400,000,000元。\n"
    "　　1961年本省决算用于基本建设方面的支出，共占本年支出的45.00%。用于文教卫生事业的支出占本年支出的15.00%。\n"
    "　　1962年本省预算规定基本建设支出为2,000,000,000元。各类基本建设支出的数额如下：（一）水利支出为800,000,000元，"
    "占基本建设费总数的40.00%。（二）交通支出为500,000,000元，占基本建设费总数的25.00%。\n"
)


def test_items_of_the_account():
    d = Document(ITEMS)
    ap = A.apart_shares(d)
    assert [d.text[s.share.start:s.share.end] for s in ap] == ["45.00%", "15.00%"]
    assert [d.text[s.parts[0].q.start:s.parts[0].q.end] for s in ap] == ["1,800,000,000元", "600,000,000元"]
    assert all(d.text[t.q.start:t.q.end] == "4,000,000,000元" for s in ap for t in s.totals)
    (w,) = A.item_wholes(d, "基本建设费总数", "", "1962")
    assert d.text[w.q.start:w.q.end] == "2,000,000,000元"
    assert _codes(ITEMS) == []


@pytest.mark.parametrize("old,new,span", [
    ("共占本年支出的45.00%", "共占本年支出的54.00%", "54.00%"),
    ("基本建设费支出1,800,000,000元", "基本建设费支出2,100,000,000元", "45.00%"),
    ("基本建设支出为2,000,000,000元", "基本建设支出为2,600,000,000元", "2,600,000,000元"),
])
def test_items_planted(old, new, span):
    text = ITEMS.replace(old, new)
    got = _codes(text)
    assert any(c == "LG107" and span in s for c, s in got), got


def test_items_near_misses_silent():
    # an item of the local budget (地方预算支出中) is no item of the whole account
    text = ITEMS.replace("1962年本省预算规定基本建设支出为2,000,000,000元。", "") \
        + "　　1962年地方预算支出中，基本建设费为900,000,000元。\n"
    assert A.item_wholes(Document(text), "基本建设费总数", "", "1962") == []
    assert _codes(text) == []
    # another year's item does not name this year's part: the 1961 share against a 1962 item is not read
    text = ITEMS.replace("1961年本省决算用于基本建设方面的支出，共占本年支出的45.00%。",
                         "1962年本省预算用于水利方面的支出，共占本年支出的45.00%。")
    assert _codes(text) == []


def test_other_items_close_a_breakdown_of_spending():
    # 其他各项支出: every other item — the breakdown is all of the spending
    text = ("全年全县一般公共预算支出96.50亿元。其中，教育支出18.20亿元，农林水支出15.60亿元，"
            "城乡社区支出11.30亿元，其他各项支出51.40亿元。\n")
    assert _codes(text) == []
    bad = text.replace("96.50亿元", "99.50亿元")
    assert ("LG103", "99.50亿元") in _codes(bad)
    # 其他X names a category of its own (其他服务业): no complete breakdown of money read from it
    text = ("全年全县一般公共预算支出99.50亿元。其中，教育支出18.20亿元，农林水支出15.60亿元，"
            "城乡社区支出11.30亿元，其他支出项目中的节能环保支出51.40亿元。\n")
    assert _codes(text) == []


def test_parts_after_qizhong_each_with_its_completion():
    text = ("（一）各项税收共收到8,000万元，完成预算数的95.00%；其中增值税收到5,000万元，完成预算数的92.50%；"
            "所得税收到2,600万元，完成预算数的101.20%。（二）其他收入收到900万元，完成预算数的98.00%。\n")
    assert _codes(text) == []
    (whole, parts) = A.completion_lists(Document(text))[0]
    assert len(parts) == 2
    assert ("LG103", "8,000万元") in _codes(text.replace("所得税收到2,600万元", "所得税收到3,600万元"))
    # items of two lists (（一）…（二）…) are never parts of one whole
    text2 = text.replace("（二）其他收入收到900万元", "（二）企业收入共收到9,900万元")
    assert _codes(text2) == []


def test_gap_to_the_budget_in_per_cent():
    text = NATIONAL + "　　1961年本年收入比预算少收了约3.60%，主要是农业歉收。\n"
    assert _codes(text) == []
    (q, c) = A.budget_gaps(Document(text))[0]
    assert c.side == "收入"
    assert any(code == "LG102" and "5.60%" in s for code, s in _codes(text.replace("约3.60%", "约5.60%")))
    # a gap of the other side, or of another year, has no completion to answer to
    for other in ("1961年本年支出比预算少支了约5.60%。", "1962年本年收入比预算少收了约5.60%。"):
        assert _codes(NATIONAL + "　　" + other + "\n") == []


def test_completion_near_misses():
    # two budgets (调整预算 for the rate, 年初预算 for the difference): not one completion
    text = "全年一般公共预算收入52.40亿元，完成调整预算的101.8%，比年初预算数50.00亿元多2.40亿元。\n"
    assert A.completions(Document(text)) == [] and _codes(text) == []
    # an item's completion: its rate is checked, but the account's total is no level of it
    text = NATIONAL + "　　1961年经济建设费支出完成预算的98.00%，比预算数2,000,000,000元少40,000,000元。\n"
    (c,) = [c for c in A.completions(Document(text)) if c.levels == () and c.side == ""]
    assert _codes(text) == []
    assert any(code == "LG102" for code, _ in _codes(text.replace("少40,000,000元", "少60,000,000元")))
    # an item's gap to the budget is not the account's
    text = NATIONAL + "　　1961年经济建设费支出比预算少支出了约7.00%。\n"
    assert A.budget_gaps(Document(text)) == [] and _codes(text) == []


def test_estimate_is_a_kind_of_its_own():
    text = ("　　1957年国家预算规定，本年收入共为3,000,000,000元。\n"
            "　　1957年国家预算执行的结果，预计本年收入为3,200,000,000元。\n"
            "　　预计1957年各项税收为1,600,000,000元，占本年收入的50.00%。\n")
    d = Document(text)
    assert [t.kind for t in A.totals(d)] == ["预算", "预计"]
    (s,) = A.account_shares(d)
    assert [d.text[t.q.start:t.q.end] for t in s.totals] == ["3,200,000,000元"]
    assert _codes(text) == []
