"""found_in / groups_before (lintgov.claims.grammar): the per-sentence cached searches that keep the rules linear
in the figures of one long sentence must answer exactly what a search of each window answers."""
import random
import re

import pytest

from lintgov.claims.grammar import found_in, groups_before
from lintgov.document import Document

_WORDS = ["全年", "其中", "预期", "目标", "一季度", "3月份", "12月", "全市", "市本级", "本级", "2023年", "2022 年", "收入",
          "增长", "，", "、", "件", "上半年", "前三季度", "10-12月", "力争", "城镇", "农村"]


def _texts(seed, n):
    rnd = random.Random(seed)
    for _ in range(n):
        yield "".join(rnd.choice(_WORDS) for _ in range(rnd.randint(0, 60)))


@pytest.mark.parametrize("pat", [r"预期|目标|力争|计划|争取|确保|预计",
                                 r"[一二三四1-4]季度|前三季度|\d{1,2}\s*[-—–~至到]\s*\d{1,2}\s*月|\d{1,2}月份?|上半年",
                                 r"其中|分别|[0-9一二三四五六七八九十]+月|本级"])
def test_found_in_equals_a_search_of_each_window(pat):
    p = re.compile(pat)
    checked = hits = 0
    for i, text in enumerate(_texts(7, 200)):
        doc = Document(text)
        lo = len(text) // 5
        # windows in increasing and in random order after one start: the cached first match must not matter
        his = list(range(lo, len(text) + 1))
        random.Random(i).shuffle(his)
        for hi in sorted(his[: len(his) // 2]) + his[len(his) // 2:]:
            want = p.search(text, lo, hi) is not None
            assert found_in(doc, p, text, lo, hi, len(text)) == want, (text, lo, hi)
            checked += 1
            hits += want
    assert checked > 1000 and 0 < hits < checked      # both answers were exercised


def test_found_in_refuses_a_pattern_that_reads_past_its_match():
    doc = Document("全年收入增长")
    with pytest.raises(ValueError):
        found_in(doc, re.compile(r"全年(?=收入)"), doc.text, 0, 4, 6)


@pytest.mark.parametrize("pat,width", [(r"全国|全省|全市|全区|市本级|本级|城镇|农村", 6), (r"((?:19|20)\d{2})\s*年", 24)])
def test_groups_before_equals_findall_of_each_window(pat, width):
    p = re.compile(pat)
    checked = nonempty = 0
    for text in _texts(11, 200):
        text = text * 3        # long enough for the cached path (windows longer than 4 × width)
        doc = Document(text)
        for hi in range(0, len(text) + 1, 3):
            want = frozenset(p.findall(text[:hi]))
            assert groups_before(doc, p, text, 0, hi, len(text), width) == want, (text, hi)
            checked += 1
            nonempty += bool(want)
    assert checked > 1000 and nonempty > 100


def test_groups_before_refuses_a_lookbehind():
    doc = Document("全年收入")
    with pytest.raises(ValueError):
        groups_before(doc, re.compile(r"(?<!全)年"), doc.text, 0, 2, 4, 3)
