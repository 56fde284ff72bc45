"""The reading API of :mod:`lintgov.claims.rates` (which counts a rate or share is over), called by the arithmetic
rules, and the split it stands for: ``rules/arithmetic.py`` checks, it holds no module-level patterns of its own."""
import ast
import os

from lintgov.claims.grammar import folded_text
from lintgov.claims.rates import (QUALIFIER, complement_of, count_interval, is_count, is_delta, measure_of,
                                  rate_numerators)
from lintgov.document import Document

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _figures(text):
    doc = Document(text)
    return doc, folded_text(doc), doc.quantities


def _printed(doc, qs):
    return [doc.text[q.num_start:q.end] for q in qs]


def _numerators(text, name):
    doc, masked, qs = _figures(text)
    q = next(x for x in qs if x.is_percent)
    counts = [x for x in qs if is_count(x) and x.end <= q.start]
    floor = masked.rfind("，", 0, q.start) + 1
    words = masked[floor:q.start]
    return _printed(doc, rate_numerators(doc, masked, counts, name, 0, q.start,
                                         qualifiers=set(QUALIFIER.findall(words)), name_text=words))


def test_numerator_is_the_count_named_like_the_rate():
    assert _numerators("全年共受理行政复议申请480件，按期办结465件，按期办结率96.9%。", "按期办结率") == ["465件"]


def test_qualifier_must_agree():
    # 当场办结率 with no count named 当场办结: neither 受理 nor the plain 办结 is its numerator
    assert _numerators("全年共受理行政复议申请480件，办结465件，当场办结率25.0%。", "当场办结率") == []
    assert _numerators("全年共受理行政复议申请480件，办结465件，其中当场办结120件，当场办结率25.0%。",
                       "当场办结率") == ["120件"]


def test_figures_count_interval_delta_and_measure():
    doc, masked, qs = _figures("受理1.2万件，同比增加300件，调解结案12名当事人。")
    wan, delta, people = qs
    assert count_interval(wan) == (11500.0, 12500.0)          # 万 carries its rounding interval
    assert count_interval(delta) == (300.0, 300.0)            # a whole count is exact
    assert not is_delta(masked, wan) and is_delta(masked, delta)
    assert measure_of(people) == "人"                          # 名 counts people


def test_complement_turns_a_bound_round():
    doc, masked, qs = _figures("抽检不合格率低于2%。")
    c = complement_of(qs[-1])
    assert (c.value, c.approx) == (98.0, ">")                 # 不合格率低于2% is 合格率 above 98%


def test_rule_module_holds_no_module_level_patterns():
    """Reading belongs in the claims layer: a pattern the arithmetic rules need goes into lintgov/claims/rates.py."""
    tree = ast.parse(open(os.path.join(ROOT, "rules", "arithmetic.py"), encoding="utf-8").read())
    found = []
    for node in tree.body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
            for call in ast.walk(node.value):
                if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "compile":
                    found.append(node.lineno)
    assert found == []


def test_quantity_starts_is_one_index_per_document():
    from lintgov.quantities import quantities_in, quantity_starts
    from lintgov.claims.rates import following, recent
    doc = Document("受理案件480件，办结465件，其中当场办结120件，调解结案86件。")
    starts = quantity_starts(doc)
    assert starts == [q.start for q in doc.quantities] and quantity_starts(doc) is starts
    assert _printed(doc, recent(doc, 0, len(doc.text), 2)) == ["120件", "86件"]
    assert _printed(doc, following(doc, starts[1], len(doc.text), 2)) == ["465件", "120件"]
    assert _printed(doc, quantities_in(doc, starts[1], starts[3])) == ["465件", "120件"]
