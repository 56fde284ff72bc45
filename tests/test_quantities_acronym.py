"""An amount glued to an acronym of capitals (实现GDP3464.09亿元, 人均GDP21.6万元) is a quantity; codes and names that
end in digits (ISO9001, PM2.5, G20, A4) stay no quantity (``lintgov.quantities._after_acronym``)."""
import pytest

from lintgov.document import Document
from lintgov.quantities import extract


def values(text):
    return [(text[q.num_start:q.num_end], q.unit) for q in extract(Document(text))]


@pytest.mark.parametrize("text, num", [
    ("全区实现GDP3464.09亿元，增长6.2%。", "3464.09"),
    ("人均GDP21.6万元。", "21.6"),
    ("全县CPI2.1%。", "2.1"),
])
def test_amount_after_acronym_is_read(text, num):
    assert num in [n for n, _ in values(text)]


@pytest.mark.parametrize("text, num", [
    ("通过ISO9001认证的企业12家。", "9001"),
    ("PM2.5平均浓度为25微克/立方米。", "2.5"),
    ("参加G20峰会。", "20"),
    ("打印A4纸张500包。", "4"),
    ("型号ABC123元件。", "123"),
])
def test_codes_and_names_stay_unread(text, num):
    assert num not in [n for n, _ in values(text)]
