"""Memory of one large document (issue 14): compact records, shared objects, no whole-text copies
that nothing needs.  Each compaction must keep what the records say: the same values, equality
and order as before."""
import dataclasses
import re
import sys

import pytest

from lintgov import compact, kind
from lintgov.document import Clause, Document, Mask, Paragraph, Sentence, TableCell
from lintgov.quantities import Quantity

SLOTTED = sys.version_info >= (3, 10)

TEXT = ("法治政府建设年度报告\n"
        "2023年，全市共办理行政复议案件1,234件，同比增长12.5%。其中，撤销38件、变更7件。\n"
        "  全年接待群众约3600余人次，比上年增加二百四十人次。网上办理２３４件，占比近六成！\n"
        "依法行政工作扎实推进。法治政府建设取得新成效…\n")


@pytest.mark.skipif(not SLOTTED, reason="dataclass slots need Python 3.10")
@pytest.mark.parametrize("cls", [Paragraph, Sentence, Clause, Mask, TableCell, Quantity])
def test_records_have_no_instance_dict(cls):
    fields = [f.name for f in dataclasses.fields(cls)]
    obj = cls(*range(len(fields))) if cls is not Quantity else Document(TEXT).quantities[0]
    assert not hasattr(obj, "__dict__")
    assert "__slots__" in vars(cls)
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(obj, fields[0], 5)


def test_records_compare_and_replace_as_before():
    doc = Document(TEXT)
    q = doc.quantities[0]
    assert dataclasses.replace(q) == q and hash(dataclasses.replace(q)) == hash(q)
    r = dataclasses.replace(q, unit="个百分点", end=q.end + 3)
    assert (r.unit, r.end, r.start, r.value) == ("个百分点", q.end + 3, q.start, q.value)
    assert Sentence(3, 9, 1) == Sentence(3, 9, 1) and Sentence(3, 9, 1) != Sentence(3, 9, 2)
    assert repr(Mask(1, 2, "url")) == "Mask(start=1, end=2, kind='url')"


def test_adjacent_sentences_share_their_boundary_object():
    doc = Document("第一句话。第二句话！第三句话？" * 50 + "\n" + "再来一句。" * 300)
    sents = doc.sentences
    assert len(sents) == 450
    shared = [a.end is b.start for a, b in zip(sents, sents[1:]) if a.paragraph == b.paragraph and a.end == b.start]
    assert len(shared) == 448 and all(shared)


def test_quantities_share_equal_offsets_values_and_words():
    text = "办理案件1234件，同比增长15.5%；受理8900件，增长3.5%，接待5000余人次。" * 40
    qs = Document(text).quantities
    assert len(qs) == 5 * 40
    for q in qs:
        assert q.start is q.num_start or q.start != q.num_start
        if q.scale == 1 and q.value == q.mantissa:
            assert q.value is q.mantissa
    units = {}
    for q in qs:
        assert units.setdefault(q.unit, q.unit) is q.unit     # one object per distinct unit
    assert set(units) == {"件", "%", "人次"}
    more = [q for q in qs if q.after_word]
    assert more and all(q.after_word == "余" and q.after_word is more[0].after_word for q in more)


def test_word_table_is_bounded_and_returns_equal_strings(monkeypatch):
    monkeypatch.setattr(compact, "_WORDS", {})
    monkeypatch.setattr(compact, "_MAX_WORDS", 3)
    a = "".join(["人", "次"])
    b = "".join(["人", "次"])
    assert a is not b and compact.word(a) is a and compact.word(b) is a
    long = "一" * 9
    assert compact.word(long) is long and long not in compact._WORDS
    for w in ("件", "项", "户", "家"):
        assert compact.word(w) == w
    assert len(compact._WORDS) == 3


def test_kind_keeps_no_folded_copy_of_the_text():
    doc = Document("關於2023年法治政府建設工作情況的報告\n" + TEXT * 3)
    assert doc.kind and doc.report_year == 2023
    big = [k for k, v in vars(doc).items() if isinstance(v, str) and len(v) >= len(doc.text) // 2 and k != "text"]
    assert big == []


@pytest.mark.parametrize("piece", [1, 7, 40, 1 << 20])
def test_lawgov_mentions_counts_as_the_whole_folded_text(monkeypatch, piece):
    monkeypatch.setattr(kind, "_PIECE", piece)
    text = ("法治政府建設和依法行政\n依法\n行政法治政府建设。" * 9 + "法治政府\n建设\n") * 3
    doc = Document(text)
    want = len(re.findall(r"法治政府建设|依法行政", text.translate(kind._FOLD)))
    assert want == 3 * 9 * 3
    assert kind._lawgov_mentions(doc) == want
