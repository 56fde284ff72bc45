"""A growth written with a minus sign (增长-3.2%, 增长－3.2%, 增速为-5.0%) is a fall: checked against the levels like
下降3.2%, never read as a rise (which would flag a consistent statement) nor skipped as a code."""
import pytest

from lintgov.document import Document
from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def codes(text):
    return sorted({f.code for f in lint_text(text + "\n", RULES, registry=REG)})


CASES = [
    ("全年办理行政许可事项1,136项，比上年的1,174项增长-3.2%。", "-3.2%", "-9.5%"),
    ("全年办理行政许可事项1,136项，比上年的1,174项增长－3.2%。", "－3.2%", "－9.5%"),
    ("货物进口额由上年的520亿元降至494亿元，增长-5.0%。", "-5.0%", "-15.0%"),
]


@pytest.mark.parametrize("text,printed,wrong", CASES)
def test_negative_growth_consistent_is_silent(text, printed, wrong):
    assert "LG201" not in codes(text)


@pytest.mark.parametrize("text,printed,wrong", CASES)
def test_negative_growth_wrong_is_found(text, printed, wrong):
    assert "LG201" in codes(text.replace(printed, wrong, 1))


def test_minus_after_words_is_a_sign_not_a_code():
    d = Document("牧业产值增长-3.2%，编号A-3的项目。")
    values = [(d.text[q.start:q.end], q.value) for q in d.quantities]
    assert ("3.2%", 3.2) in values
    assert all(t != "3" for t, _ in values)      # A-3 stays a code
