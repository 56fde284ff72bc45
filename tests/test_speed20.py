"""Issue 14, speed20: patterns with no first set scanned only in the stretches that hold their rarer piece.

``lazyre.stretch_finditer`` cut the text at sentence ends a pattern cannot consume and tried the pattern only in
the stretches holding a piece every match passes through — but only at its first set's hits, so a pattern that opens
with a run of a negated class (``[^，。]{1,24}`` — the added count's words before a cumulative count) fell back to a
plain scan, tried at every character.  Now each such stretch is scanned by ``re`` itself, ``finditer(text, lo, hi)``,
when cutting the text at ``hi`` changes nothing a match attempt reads (``lazyre._cut_exact``); and a pattern with a
first set is scanned the same way when its stretches are a small part of the text.  Every test compares with the
plain ``finditer``."""
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lintgov import lazyre
from lintgov.claims import subsets
from lintgov.claims.grammar import QFILL, QTOK
from lintgov.document import Document


def _c(p):
    return lazyre._compiled(p)


def _spans(it):
    return [(m.span(), m.groupdict() or m.groups()) for m in it]


# -- when a stretch can be cut at its end ------------------------------------------------------------------------
@pytest.mark.parametrize("pattern, cut, exact", [
    (r"[^，。]{1,6}号", "。", True),                      # consumes no cut, reads nothing past a match
    (r"[^，。]{1,6}号(?=[，。]|$)", "。", False),         # $ holds before a line break inside a stretch too
    (r"[^，。]{1,6}号(?=[，。]|$)", "。\n", False),       # a line break is no character of that choice
    (r"[^，。\n]{1,6}号(?=[，。\n]|$)", "。\n", True),  # a cut or the end after it: true either way at the cut
    (r"[^，。]{1,6}号$", "。", False),                    # the end alone: true at the cut only when cut there
    (r"[^，。]{1,6}号\b", "。", False),                   # a word boundary reads the next character
    (r"[^，。]{1,6}号(?=.{0,3}。)", "。", False),        # a lookahead that reads the cut character
    (r"[^，。]{1,6}号(?![享同])", "。", True),            # one that cannot read it
    (r"[^，。]{1,6}号(?!。)", "。", False),
    (r"(?<=。)[^，。]{1,6}号", "。", True),               # a lookbehind reads before its place: the whole text
    (r"[^，。]{0,6}", "。", False),                       # an empty match
    (r"(?i)[^，。]{1,6}号", "。", False),                 # flags not read
    (r"[^，。]{1,6}号(?=(?:[，。]|$)下)", "。", False),   # the choice must be the whole lookahead
])
def test_cut_exact_reads_what_a_match_attempt_reads_past_the_cut(pattern, cut, exact):
    assert lazyre._cut_exact(re.compile(pattern), cut) is exact


_ALPHA = ["号", "码", "，", "。", "\n", "享", "下", "a", "；"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_ALPHA), max_size=60),
       st.sampled_from([(r"[^，。；\n]{1,6}号(?=[，。；\n]|$)", "号"), (r"[^，。；\n]{1,6}号(?![享])", "号"),
                        (r"(?<![下])[^，。；\n]{1,3}码", "码"), (r"[^，。；\n]{1,6}?号码?", "号"),
                        (r"(?:a|[^，。；\n])[^，。；\n]{0,4}号(?=[，。；\n]|$)", "号")]))
def test_unanchored_pattern_in_stretches_is_the_plain_scan(parts, pattern_part):
    """(the part: a piece every match passes through)"""
    pattern, part = pattern_part
    text = "".join(parts)
    p = re.compile(pattern)
    assert lazyre._anchor(p)[0] is None
    for t in (text, "汉" * 3000 + text):       # (a long one is read: lazyre._worth_reading)
        assert _spans(lazyre.stretch_finditer(p, t, re.compile(part))) == _spans(p.finditer(t))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["共", "有", "，", "。", "件", "已", "剩", "余下", "还有", "未", QTOK, QFILL, "项目"]),
                max_size=60))
def test_subset_patterns_in_their_stretches_are_the_plain_scans(parts):
    """The three readers of claims.subsets, on generated skeletons (figures as one token each) and on a long text
    where the stretches holding the piece are few (the sparse path of a pattern with a first set)."""
    text = "".join(parts)
    for pattern, part in [(subsets._ADDED_THEN_CUMULATIVE, subsets._ANY_CUMULATIVE),
                          (subsets._TOTAL_THEN_PART, subsets._PART_OPENS),
                          (subsets._TOTAL_DONE_REST, subsets._REST_WORD)]:
        p = _c(pattern)
        for t in (text, "一共建设，" * 800 + "。" + text, text.replace("。", "。" + "总计共一" * 300 + "。")):
            lazyre._HITS.clear()
            assert _spans(lazyre.stretch_finditer(p, t, part)) == _spans(p.finditer(t)), p.pattern[:40]


def test_subset_patterns_take_the_stretch_scan():
    """The added-then-cumulative pattern has no first set, but cut at a sentence end it reads nothing past it: it is
    scanned stretch by stretch, not at every character."""
    p = _c(subsets._ADDED_THEN_CUMULATIVE)
    cut = lazyre.unconsumed(p, lazyre.STOPS)
    assert cut == lazyre.STOPS
    assert lazyre._anchor(p)[0] is None and lazyre._cut_exact(p, cut)
    for p in (_c(subsets._TOTAL_THEN_PART), _c(subsets._TOTAL_DONE_REST)):
        assert lazyre._anchor(p)[0] is not None and lazyre._cut_exact(p, lazyre.unconsumed(p, lazyre.STOPS))


_REPORT = (
    "一、主要工作\n"
    "全年新增养老床位320张，累计达到4,150张。共受理群众来信1,208件，已经办结的1,190件。\n"
    "三年来共安排专项资金2,600万元，已拨付1,850万元，剩余750万元将于明年拨付。\n"
    "新建城市书房6个，总数达到31个；新增停车泊位2,400个，累计新增泊位9,100个。\n"
    "共排查隐患点86处，其中已整改的79处，还有7处正在整改。去年开工的四十个重点项目，有二十六个是民生工程。\n"
)


@pytest.mark.parametrize("text", [
    _REPORT,
    _REPORT * 40,                                             # a long report: the stretches are a small part
    _REPORT.replace("累计达到4,150张", "总数为4,150张").replace("剩余", "尚余"),
    "全年培训农民工1,500人次。\n" * 200 + _REPORT,            # most sentences hold none of the pieces
])
def test_subset_readings_are_those_of_the_plain_scans(text, monkeypatch):
    """remainders, unmarked_parts and added_then_cumulative read the same figures as with the plain scans."""
    def read(doc):
        return [[(type(x).__name__, tuple((getattr(x, f).start if hasattr(getattr(x, f), "start") else getattr(x, f))
                                          for f in x.__dataclass_fields__)) for x in fn(doc)]
                for fn in (subsets.remainders, subsets.unmarked_parts, subsets.added_then_cumulative)]
    got = read(Document(text, "r.txt"))
    monkeypatch.setattr(lazyre, "stretch_finditer", lambda p, t, part, stops=lazyre.STOPS: _c(p).finditer(t))
    want = read(Document(text, "r.txt"))
    assert got == want
    assert sum(map(len, got)) >= 4       # (the report's readings are there: the test compares something)


# -- UTF-8 read as GBK: the three triples looked for by byte class ---------------------------------------------------
@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([b"\xe3", b"\xe9", b"\xef", b"\xea", b"\xe2", b"\x80", b"\xbf", b"\xc0", b"\x7f", b"a",
                                 b"\xe4\xb8\xad", b"\xef\xbc\x8c", b"\xb0\xa1"]), max_size=40))
def test_triples_by_class_are_the_pattern_search(parts):
    from lintgov import scripts
    b = b"".join(parts)
    want = scripts._THREE_TRIPLES.search(b) is not None
    assert (scripts._THREE_TRIPLES_AS_CLASSES in b.translate(scripts._TRIPLE_CLASSES)) is want


@pytest.mark.parametrize("text, holds", [
    ("市政府工作报告，全年完成投资120亿元。\n" * 50, None),
    ("政府工作报告".encode("utf-8").decode("gbk", errors="replace") + "，全年完成。", True),
    ("（一）经济运行总体平稳。" + "本市人民政府".encode("utf-8").decode("gbk", errors="replace"), None),
    ("ABC 123, plain ascii only.\n", False),
])
def test_utf8_as_gbk_gate_is_the_pattern_search(text, holds):
    from lintgov import scripts

    def reference(t):
        return scripts._THREE_TRIPLES.search(t.encode("gbk", errors="replace")) is not None
    assert scripts._may_hold_utf8_as_gbk(text) is reference(text)
    if holds is not None:
        assert scripts._may_hold_utf8_as_gbk(text) is holds
