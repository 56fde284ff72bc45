"""claims.rates.bracket_pair: the part and its whole in a bracket right after a rate, read in the claims layer for
LG101 (rules/arithmetic.py checks it).  Wordings are our own."""
import pytest

from lintgov.claims.grammar import folded_text
from lintgov.document import Document
from lintgov.quantities import quantities_in


def _doc(text):
    doc = Document(text + "\n")
    return doc, folded_text(doc), {doc.text[q.start:q.end]: q for q in quantities_in(doc, 0, len(doc.text))}


@pytest.mark.parametrize("text, pair", [
    ("全程网办率达90%以上（可全程网办1,690项，共1,860项）。", ("1,690项", "1,860项")),
    ("当场办结率为25.4%（36件／142件）。", ("36件", "142件")),
    ("按期答复率为98.0%（全部答复200件，按期答复196件）。", ("196件", "200件")),
    # a part of a part, and two counts neither stated as the whole: no pair
    ("按期办结率为55.6%（共办结900件，其中按期办结500件）。", None),
    ("办结率为90.0%（办结180件，转办200件）。", None),
])
def test_bracket_pair(text, pair):
    from lintgov.claims.rates import bracket_pair, is_count
    doc, masked, qs = _doc(text)
    q = next(v for k, v in qs.items() if "%" in k)
    bracket = [c for c in quantities_in(doc, q.end, len(doc.text)) if is_count(c)]
    got = bracket_pair(doc, masked, q, bracket)
    assert (None if got is None else tuple(doc.text[c.start:c.end] for c in got)) == pair
