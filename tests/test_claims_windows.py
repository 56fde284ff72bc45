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


# the patterns rules/spans.py reads from a sentence's start: several groups (a tuple each, as findall), a lookahead
# (五年(?=累计)), optional tails (“十四五”以来) and \s* runs bounded by grammar.space_run
_SPAN_TEXT_WORDS = ["五年来", "近三年", "过去5年", "“十四五”", "以来", "开局以来", "累计", "2019年", "2019 年", "2019  年",
                    "至", "—", "2023年", "二〇一九年", "年底", "以来", "年均", "增长", "可比价格", "扣除", "，", "与",
                    "相比", "比", "2020年，", "        ", "\t", "件", "目标"]


def _span_texts(seed, n):
    rnd = random.Random(seed)
    for _ in range(n):
        yield "".join(rnd.choice(_SPAN_TEXT_WORDS) for _ in range(rnd.randint(20, 90)))


def _spans_patterns():
    from rules import spans
    return [(spans._YEAR_RANGE, lambda ws: 12 + 4 * ws), (spans._SINCE_YEAR, lambda ws: 10 + ws),
            (spans._SPAN_WORDS, lambda ws: spans._SPAN_WORDS_WIDTH), (spans._YEAR_CN_OR_AR, lambda ws: 6 + ws),
            (spans._FRONT_YEAR, lambda ws: 12 + ws)]


@pytest.mark.parametrize("k", range(5))
def test_groups_before_and_first_count_equal_each_window_for_the_span_patterns(k):
    from lintgov.claims.grammar import first_and_count_before, space_run
    pat, width = _spans_patterns()[k]
    checked = nonempty = 0
    for i, text in enumerate(_span_texts(31 + k, 60)):
        doc = Document(text)
        w = width(space_run(doc))
        for lo in (0, len(text) // 7):
            his = list(range(lo, len(text) + 1))
            random.Random(i).shuffle(his)         # any order of the windows after one start
            for hi in his:
                want = frozenset(pat.findall(text, lo, hi))
                assert groups_before(doc, pat, text, lo, hi, len(text), w) == want, (text, lo, hi)
                ms = list(pat.finditer(text, lo, hi))
                first, n = first_and_count_before(doc, pat, text, lo, hi, len(text), w)
                assert n == len(ms) and (first.span() if first else None) == (ms[0].span() if ms else None)
                checked += 1
                nonempty += bool(want)
    assert checked > 2000 and nonempty > 200


def test_space_run_bounds_every_run_of_whitespace():
    from lintgov.claims.grammar import space_run
    for text in ("无空白", "a b", "x" + " " * 7 + "y", "x" + " " * 8 + "y", "x" + "\u3000" * 40 + "y", "\n" * 200):
        longest = max((len(r) for r in re.findall(r"\s+", text)), default=0)
        assert space_run(Document(text)) >= longest
