"""benches/validity_study.consistent_by_bound: a plant the statement's own bound or approximation still allows is not
counted (不到900元 → 2500元 allows any growth from 177.8% up; 6200亿元以上 against 2500多亿元 allows 2.0倍; 近N% is
0.9N–N), and an exact statement, or a plant the bound does not save, is still planted."""
import importlib.util
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_spec = importlib.util.spec_from_file_location("validity_study", os.path.join(ROOT, "benches", "validity_study.py"))
vs = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(vs)


def _label(quote, family, derived, operands, value=None):
    return {"quote": quote, "family": family, "derived": derived, "operands": operands, "value": value}


def _plant(label, tok, new, last=False):
    q = label["quote"]
    a = q.rfind(tok) if last else q.find(tok)
    assert a >= 0
    return vs.consistent_by_bound(label, a, a + len(tok), new)


def test_an_upper_bound_on_the_base_allows_any_larger_growth():
    lab = _label("从人均每年不到800元增加到2400元，增长200%", "growth-vs-levels", "增长200%", ["800元", "2400元"])
    assert _plant(lab, "200", "260", last=True)            # a < 800: 260% possible
    assert _plant(lab, "800", "1040")                      # 不到1040元: 200% still possible
    assert not _plant(lab, "200", "150", last=True)        # below the least growth (200%): not possible
    exact = _label("从人均每年800元增加到2400元，增长200%", "growth-vs-levels", "增长200%", ["800元", "2400元"])
    assert not _plant(exact, "200", "260", last=True)      # no bound word: the label's own verdict stands


def test_lower_bounds_and_a_little_over_on_a_multiple():
    lab = _label("产值到2025年可望达7200亿元以上，比2020年的3000多亿元增长1.4倍", "multiple", "增长1.4倍",
                 ["3000多亿元", "7200亿元以上"])
    assert _plant(lab, "1.4", "1.9", last=True)            # 7200以上 over 3000多 (3000–4000): from 0.8 up
    assert _plant(lab, "1.4", "1.0", last=True)
    assert not _plant(lab, "1.4", "0.5", last=True)        # below 7200/4000 − 1 = 0.8: not possible
    lab2 = _label("产值达7200亿元，是2020年3000亿元的2.4倍", "multiple", "2.4倍", ["3000亿元", "7200亿元"])
    assert not _plant(lab2, "2.4", "3.1", last=True)


def test_near_is_a_tenth_below_at_most():
    lab = _label("从2.0万家增长至3.0万家，增长近50%", "growth-vs-levels", "增长近50%", ["2.0万家", "3.0万家"])
    # 2.95–3.05 over 1.95–2.05: 43.9%–56.4%; 近54% is 48.6–54.5: possible
    assert _plant(lab, "50", "54", last=True)
    # 近70% is 63–70.5: not possible
    assert not _plant(lab, "50", "70", last=True)


def test_points_per_year_with_an_upper_bound_at_the_start():
    lab = _label("由成立之初的不到10%提升到52.9%，年均提高14.3个百分点", "average-growth", "年均提高14.3个百分点",
                 ["不到10%", "52.9%"], value=(52.9 - 10) / 3)
    assert _plant(lab, "14.3", "17.0", last=True)          # a may be far below 10%: (52.9 − 1.9)/3 = 17
    assert not _plant(lab, "14.3", "12.0", last=True)      # at least (52.9 − 10)/3 = 14.3


def test_full_width_grouped_money_is_one_number():
    """２８，０４９，７８０，０００元 (full-width digits grouped by full-width commas, as the 1950s reports print money) is one
    figure to plant into, as the engine reads it; a ， between other digits stays a clause break."""
    got = [m.group(0) for m in vs.NUM_RE.finditer("比预算数２８，０４９，７８０，０００元少８４６，４６１，０００元；增长12，300家")]
    assert got == ["２８，０４９，７８０，０００", "８４６，４６１，０００", "12", "300"]
    assert vs.parse_number("８４６，４６１，０００") == (846461000.0, 0, False)
    assert vs.format_like(1100000000, "８４６，４６１，０００") == "1，100，000，000"
