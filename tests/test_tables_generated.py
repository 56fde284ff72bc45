"""Generated tables whose 率/占比 column is a ratio of two cells of each row (LG110's row reading): a consistent table
is never flagged, whatever its counts, number of rows, 合计 row or head wording; one rate moved by a clearly wrong
amount (and fitting no other reading of the row) is flagged on that cell and nowhere else."""
from hypothesis import assume, given, settings, strategies as st

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.name == "table-mismatch"]
HEAD = "某某区2023年法治政府建设年度报告\n一、主要成效\n全区各类案件办理情况如下。\n"

#: (row names, whole column head, part column head, rate column head, complement?) — the part before or after the whole
LAYOUTS = [
    ("收案", "结案", "结案率", False),
    ("办件量", "网办量", "网办占比", False),
    ("应出庭（件）", "出庭（件）", "出庭率", False),
    ("抽查（卷）", "合格（卷）", "不合格率", True),
]
NAMES = ["行政复议", "行政诉讼", "行政裁决", "信访事项", "法律援助", "行政调解"]


def _row_rate(part, whole, comp):
    r = 100.0 * part / whole
    return 100.0 - r if comp else r


@st.composite
def tables(draw):
    whole_h, part_h, rate_h, comp = draw(st.sampled_from(LAYOUTS))
    n = draw(st.integers(min_value=2, max_value=6))
    wholes = draw(st.lists(st.integers(min_value=20, max_value=5000), min_size=n, max_size=n))
    parts = [draw(st.integers(min_value=max(1, w // 2), max_value=w)) for w in wholes]
    total = draw(st.booleans())
    part_first = draw(st.booleans())
    return whole_h, part_h, rate_h, comp, wholes, parts, total, part_first


def _render(whole_h, part_h, rate_h, comp, wholes, parts, total, part_first, rates=None):
    rows = list(zip(NAMES, wholes, parts))
    if total:
        rows.append(("合计", sum(wholes), sum(parts)))
    rates = rates or [_row_rate(p, w, comp) for _, w, p in rows]
    head = ["类别", part_h, whole_h] if part_first else ["类别", whole_h, part_h]
    lines = [" ".join(head + [rate_h])]
    for (name, w, p), r in zip(rows, rates):
        cells = [str(p), str(w)] if part_first else [str(w), str(p)]
        lines.append(" ".join([name] + cells + [f"{r:.1f}%"]))
    return "\n".join(lines), [round(r, 1) for r in rates]


def _found(table):
    text = HEAD + table + "\n以上为全年情况。\n"
    return [(f.key, text[f.start:f.end]) for f in lint_text(text, RULES, registry=REG, path="t.txt")]


@settings(max_examples=80, deadline=None)
@given(tables())
def test_a_consistent_table_is_silent(t):
    table, _ = _render(*t)
    assert _found(table) == [], table


@settings(max_examples=80, deadline=None)
@given(tables(), st.data())
def test_one_wrong_rate_is_flagged_on_its_cell(t, data):
    whole_h, part_h, rate_h, comp, wholes, parts, total, part_first = t
    _, rates = _render(*t)
    i = data.draw(st.integers(min_value=0, max_value=len(rates) - 1))
    shift = data.draw(st.sampled_from([-12.0, -6.0, -3.0, 3.0, 6.0, 12.0]))
    bad = rates[i] + shift
    assume(0 < bad < 100)
    rows = list(zip(wholes, parts)) + ([(sum(wholes), sum(parts))] if total else [])
    w, p = rows[i]
    # the wrong figure must fit no other reading of its row (the other ratio, either complement), each over the
    # interval the counts stand for: a column head without a measure word may hold rounded figures (±0.5)
    exact = "（" in whole_h
    h = 0.0 if exact else 0.5
    lo_pw, hi_pw = 100.0 * (p - h) / (w + h), 100.0 * (p + h) / (w - h)
    lo_wp, hi_wp = 100.0 * (w - h) / (p + h), 100.0 * (w + h) / (p - h)
    readings = [(lo_pw, hi_pw), (100 - hi_pw, 100 - lo_pw), (lo_wp, hi_wp), (100 - hi_wp, 100 - lo_wp)]
    assume(all(not (lo - 0.06 <= bad <= hi + 0.06) for lo, hi in readings))
    new = list(rates)
    new[i] = bad
    table, _ = _render(whole_h, part_h, rate_h, comp, wholes, parts, total, part_first, rates=new)
    assert _found(table) == [("rate", f"{bad:.1f}%")], table
