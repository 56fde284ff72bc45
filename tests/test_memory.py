"""Memory of one large document (issue 14): compact records, shared objects, no whole-text copies
that nothing needs.  Each compaction must keep what the records say: the same values, equality
and order as before."""
import dataclasses
import re
import sys

import pytest

from lintgov import compact, kind
from lintgov.document import DEFAULT_MASKS, Clause, Document, Mask, Paragraph, Sentence, TableCell
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


# -- lifetimes: caches dropped after the last rule that reads them ---------------------------------
import glob  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import platform  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402

from lintgov.cli import main  # noqa: E402
from lintgov.runner import core, lifetimes  # noqa: E402
from lintgov.textfold import fullwidth_digits  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GWR = os.path.join(ROOT, "..", "shared", "corpus", "gwr")

BIG = ("某市2023年法治政府建设年度报告\n一、2023年工作回顾\n"
       "全年受理行政复议申请3,456件，比上年增长5.2%，办结3,298件。行政诉讼案件1,287件，增长8.1%，"
       "其中行政机关负责人出庭应诉1,201件。接待群众4.5万人次，比上年增加０.３万人次。\n"
       "“十四五”规划明确“三个一批”，共办理“一网通办”事项12,345件，网上办理率达到９８.６％。\n"
       "上年受理行政复议申请3,285件。详见http://www.example.gov.cn/report 。\n"
       "二、2024年工作安排\n全年受理行政复议申请力争3,600件。\n")


def test_plan_drops_after_the_last_reader_of_the_run():
    codes = ["LG101", "LG105", "LG210", "LG301", "LG801", "LG802", "LG904", "LGA11"]
    p = lifetimes.plan(codes)
    assert p == {0: ["long-t2s"], 2: ["changes"], 4: ["quote-masked"], 5: ["nomask-masked"],
                 6: ["fullwidth-digits", "plain-masked"], 7: ["long-t2s", "text-copies"]}
    # the text copies go after the run's last rule, whatever it is; a cache no rule of the run reads is kept
    assert lifetimes.plan(["LG101", "LG210"]) == {0: ["fullwidth-digits", "long-t2s"],
                                                  1: ["changes", "plain-masked", "text-copies"]}
    assert lifetimes.plan(["LG301", "LGA11"]) == {0: ["plain-masked"], 1: ["long-t2s", "text-copies"]}
    assert lifetimes.plan(["LGA11"]) == {0: ["long-t2s", "text-copies"]}
    # a long gap between readers: dropped after the first group of readers too (built again later)
    gap = ["LG101", "LG105", "LG110"] + [f"LG3{i:02d}" for i in range(11)] + ["LG901", "LG904", "LGA11"]
    assert lifetimes.plan(gap) == {0: ["fullwidth-digits", "long-t2s"], 2: ["changes"],
                                   15: ["fullwidth-digits", "plain-masked"], 16: ["long-t2s", "text-copies"]}
    gap = ["LG802"] + [f"LGA0{i}" for i in range(11)] + ["LGA31"]
    # (LGA31 no longer reads the masked text without quotes: LG802 is its only reader)
    assert lifetimes.plan(gap) == {0: ["plain-masked", "nomask-masked"], 4: ["long-t2s"], 12: ["long-t2s", "text-copies"]}
    # the simplified text of a long document is not alive through the date rules between LG404 and LG601
    run = ["LG401", "LG404"] + [f"LG50{i}" for i in range(1, 8)] + ["LG601", "LG605", "LG701"]
    assert lifetimes.plan(run)[1] == ["long-t2s"]


def test_long_t2s_dropped_only_for_a_long_converted_text(monkeypatch):
    from lintgov import scripts
    monkeypatch.setattr(lifetimes, "LONG_T2S", 50)
    short = Document("2023年，全區辦理行政復議案件。")
    scripts.simplified_text(short)
    assert not lifetimes._drop_long_t2s(short) and "t2s" in scripts._cache(short)
    plain = Document("2023年，全区办理行政复议案件1,234件，同比增长12.5%。" * 5)
    assert scripts.simplified_text(plain) is plain.text
    assert not lifetimes._drop_long_t2s(plain)
    long_ = Document("2023年，全區辦理行政復議案件1,234件，同比增長12.5%。" * 5)
    simp = scripts.simplified_text(long_)
    assert simp != long_.text and lifetimes._drop_long_t2s(long_)
    assert "t2s" not in scripts._cache(long_) and scripts.simplified_text(long_) == simp   # built again alike
    assert lifetimes.plan([]) == {}


def _lint(paths, out, monkeypatch, cwd):
    monkeypatch.chdir(cwd)
    assert main(["check", "--no-cache", "-j1", "--exit-zero", "--output-format", "json", "-o", str(out), *paths]) == 0
    return out.read_text(encoding="utf-8")


def _inputs(tmp_path):
    root = tmp_path / "in"
    shutil.copytree(os.path.join(ROOT, "seeds"), root, ignore=shutil.ignore_patterns("*.json", "*.md"))
    (root / "big.txt").write_text(BIG * 30, encoding="utf-8")
    files = sorted(glob.glob(os.path.join(GWR, "*.txt")))[:6]
    for f in files:   # (when the shared corpus is there: real reports too)
        shutil.copy(f, root / os.path.basename(f))
    return root


def test_dropped_caches_are_never_rebuilt_and_findings_do_not_change(tmp_path, monkeypatch):
    root = _inputs(tmp_path)
    seen = []
    orig = core._lint_doc

    def spy(doc, res, spec, st, **kw):
        releasers = []
        real = lifetimes.Releaser

        class Spy(real):
            def __init__(self, *a, **k):
                super().__init__(*a, **k)
                releasers.append(self)
        monkeypatch.setattr(lifetimes, "Releaser", Spy)
        try:
            orig(doc, res, spec, st, **kw)
        finally:
            monkeypatch.setattr(lifetimes, "Releaser", real)
        d = vars(doc)
        dropped = releasers[0].dropped
        seen.append((res.shown, list(dropped)))
        # nothing after the release (later rules, the run's coverage, kind, pairing key) rebuilt them
        if "changes" in dropped:
            assert "_lintgov_changes" not in d, res.shown
        if "quote-masked" in dropped:
            assert lifetimes.QUOTE_KEY not in d.get("_masked_cache", {}), res.shown
        if "fullwidth-digits" in dropped:
            assert "_fullwidth_digits" not in d, res.shown
        if "text-copies" in dropped:
            from lintgov.scripts import _WEAK
            assert "headings" not in d and "t2s" not in _WEAK.get(doc, {}), res.shown
            # (the plain masked text stays when the claims were not built yet: coverage builds them from it)
            assert set(d.get("_masked_cache", {})) <= {DEFAULT_MASKS}, res.shown
    from lintgov import textfold
    builds = []
    translate = textfold._FULLWIDTH

    def counted(text):
        builds.append(len(text))
        return translate(text)
    monkeypatch.setattr(textfold, "_FULLWIDTH", counted)
    monkeypatch.setattr(core, "_lint_doc", spy)
    got = _lint(["."], tmp_path / "a.json", monkeypatch, root)
    # the full-width-digit text of the synthetic report is built twice: for the quantities (LG101) and
    # again for the number-usage rules (LG9xx), never in between
    assert builds.count(len(BIG) * 30) == 2
    monkeypatch.setattr(core, "_lint_doc", orig)
    big = dict(seen)["big.txt"]
    # (the masked text without quotes, built for LG802 only: LGA31 reads its spans without it)
    assert sorted(big) == ["changes", "fullwidth-digits", "fullwidth-digits", "nomask-masked",
                           "plain-masked", "quote-masked", "text-copies"]
    assert sum(len(d) for _, d in seen) >= len(seen)
    # the same run with nothing dropped gives the same report
    monkeypatch.setattr(lifetimes, "USERS", {})
    want = _lint(["."], tmp_path / "b.json", monkeypatch, root)
    assert json.loads(got) and got == want


def test_facts_computed_after_the_full_width_text_is_dropped():
    # after the rule that is the last reader of both the full-width-digit text and (here) the first cache to drop,
    # the runner's facts are computed without the full-width copy alive; the other caches go after the facts
    doc = Document(BIG)
    doc.quantities
    fullwidth_digits(doc)
    seen = []
    rel = lifetimes.Releaser(["LG101", "LG210"], lambda d: seen.append(("_fullwidth_digits" in vars(d),
                                                                         "_masked_cache" in vars(d))))
    rel.after(doc, 0)
    assert seen == [(False, True)] and "fullwidth-digits" in rel.dropped
    assert "_fullwidth_digits" not in vars(doc)


def test_large_document_fixes_the_mmap_threshold_once():
    code = ("from lintgov import malloc; print(malloc.large_document(1000), malloc._done, "
            "malloc.large_document(malloc.LARGE), malloc.large_document(malloc.LARGE))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True).stdout
    glibc = sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"
    assert out.split() == (["False", "False", "True", "True"] if glibc else ["False", "False", "False", "False"])


def test_facts_first_for_a_very_large_document(monkeypatch):
    # a document of malloc.LARGE bytes or more: the facts before the first rule, once, and the long simplified
    # copy they built dropped right after them (built again by its next reader); malloc.trim is harmless
    from lintgov import malloc, scripts
    monkeypatch.setattr(lifetimes, "LONG_T2S", 10)
    doc = Document("關於" + BIG)
    calls = []
    rel = lifetimes.Releaser(["LG101", "LG401", "LG601"], lambda d: calls.append(scripts.simplified_text(d)))
    rel.facts_first(doc)
    assert len(calls) == 1 and rel.dropped == ["long-t2s"] and "t2s" not in scripts._WEAK.get(doc, {})
    rel.after(doc, 0)
    rel.facts_first(doc)
    assert len(calls) == 1
    malloc.trim()
    assert scripts.simplified_text(doc) == calls[0]
