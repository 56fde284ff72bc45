"""``--fix`` / ``--diff``: safe fixes applied to .txt/.md only, atomically, with
every byte outside the fixes kept (encoding, BOM, line endings); .docx/.html
never modified.  Rules with fixes are test-only plugins here."""
from __future__ import annotations

import codecs
import io
import os
import re
import stat
import zipfile

import pytest
from hypothesis import given, settings, strategies as st

import lintgov.plugins
from lintgov import hookimpl
from lintgov.cli import main
from lintgov.document import Document
from lintgov.engine import lint_text
from lintgov.fixes import FixError, apply_edits, fixed_bytes, plan_fixes, unified_diff
from lintgov.plugins import build_registry
from lintgov.rule import Edit, Fix, Rule, bad, good

_CJK = "\u4e00-\u9fff"


class HalfwidthComma(Rule):
    """Test-only: a half-width comma between Chinese characters → full-width."""

    code = "ZZ911"
    name = "test-halfwidth-comma"
    category = "typography"
    level = "warning"
    summary = {"zh": "测试。", "en": "Test."}
    description = {"zh": "测试用。", "en": "For tests."}
    messages = {"default": {"zh": "半角逗号", "en": "half-width comma"}}
    fixable = True
    examples = (bad("审结977件,纠错236件。"), good("审结977件，纠错236件。"))

    def check(self, doc, ctx):
        for m in re.finditer(rf"(?<=[{_CJK}]),(?=[{_CJK}0-9])", doc.text):
            yield self.finding(doc, m.start(), m.end(),
                               fix=Fix((Edit(m.start(), m.end(), "，"),), {"zh": "改为全角逗号", "en": "use ，"}))


class DoubledComma(Rule):
    """Test-only: ，， → ，  (overlapping findings in ，，，)."""

    code = "ZZ912"
    name = "test-doubled-comma"
    category = "typography"
    level = "warning"
    summary = {"zh": "测试。", "en": "Test."}
    description = {"zh": "测试用。", "en": "For tests."}
    messages = {"default": {"zh": "重复逗号", "en": "doubled comma"}}
    fixable = True
    examples = (bad("审结，，纠错。"), good("审结，纠错。"))

    def check(self, doc, ctx):
        for i in range(len(doc.text) - 1):
            if doc.text[i:i + 2] == "，，":
                yield self.finding(doc, i, i + 2, fix=Fix((Edit(i, i + 2, "，"),), {"zh": "删去一个", "en": "drop one"}))


class AddLine(Rule):
    """Test-only: inserts a line break (the file's own line ending) before 二、."""

    code = "ZZ913"
    name = "test-add-line"
    category = "numbering"
    level = "warning"
    summary = {"zh": "测试。", "en": "Test."}
    description = {"zh": "测试用。", "en": "For tests."}
    messages = {"default": {"zh": "标题应另起一行", "en": "heading should start a line"}}
    fixable = True
    examples = (bad("一、甲。二、乙"), good("一、甲。\n二、乙"))

    def check(self, doc, ctx):
        for m in re.finditer(r"(?<=。)二、", doc.text):
            yield self.finding(doc, m.start(), m.end(), fix=Fix((Edit(m.start(), m.start(), "\n"),), {"zh": "换行", "en": "break"}))


class Unfixable(Rule):
    code = "ZZ914"
    name = "test-unfixable"
    category = "arithmetic"
    level = "warning"
    summary = {"zh": "测试。", "en": "Test."}
    description = {"zh": "测试用。", "en": "For tests."}
    messages = {"default": {"zh": "不可修复：{x}", "en": "cannot fix: {x}"}}
    examples = (bad("纠错率为42.2%"), good("无"))

    def check(self, doc, ctx):
        for m in re.finditer(r"42\.2%", doc.text):
            yield self.finding(doc, m.start(), m.end(), x=m.group())


class _Plugin:
    @staticmethod
    @hookimpl
    def lintgov_rules():
        return [HalfwidthComma, DoubledComma, AddLine, Unfixable]


@pytest.fixture
def cli(monkeypatch, capsys):
    """Run ``lintgov`` in-process with the test rules registered."""
    real = lintgov.plugins.build_registry

    def with_plugin(load_entry_points=None, extra_plugins=()):
        return real(load_entry_points=False, extra_plugins=list(extra_plugins) + [_Plugin])

    monkeypatch.setattr(lintgov.plugins, "build_registry", with_plugin)

    def run(*args):
        code = main(["check", "--select", "ZZ9", "--isolated", *args])
        out = capsys.readouterr()
        return code, out.out, out.err
    return run


def _reg():
    return build_registry(load_entry_points=False, extra_plugins=[_Plugin])


# -- byte preservation --------------------------------------------------------------------------------
TEXT = "2023年法治政府建设报告\n审结977件,直接纠错236件,纠错率为42.2%。\n兀立,嗀声。\n"


@pytest.mark.parametrize("encoding, bom, newline", [
    ("utf-8", b"", "\n"), ("utf-8", codecs.BOM_UTF8, "\n"), ("utf-8", b"", "\r\n"),
    ("gb18030", b"", "\r\n"), ("big5-trad", b"", "\n"), ("utf-16-le", codecs.BOM_UTF16_LE, "\r\n"),
])
def test_fix_round_trip_keeps_every_other_byte(encoding, bom, newline, tmp_path, cli):
    text = TEXT
    enc = encoding
    if encoding == "big5-trad":
        text = "2023年法治政府建設報告\n審結977件,直接糾錯236件,糾錯率為42.2%。\n兀立,聲嗀。\n"
        enc = "big5"
    data = bom + text.replace("\n", newline).encode(enc)
    if encoding == "big5-trad":
        # also the rarer Big5 codes of 兀 and 嗀 (C94A, DDFC): bytes, not just text, must survive
        data = data.replace("兀".encode("big5"), b"\xc9\x4a").replace("嗀".encode("big5"), b"\xdd\xfc")
    path = tmp_path / "report.txt"
    path.write_bytes(data)
    code, out, err = cli("--fix", str(path))
    got = path.read_bytes()
    comma = ",".encode(enc) if enc != "utf-16-le" else ",".encode("utf-16-le")
    expected = data.replace(comma, "，".encode(enc)) if enc != "utf-16-le" else \
        bom + text.replace("\n", newline).replace(",", "，").encode(enc)
    assert got == expected
    # what remains is reported: the unfixable finding; exit code reflects it
    assert code == 1
    assert "ZZ914" in out and "ZZ911" not in out
    assert "已修复 3 处" in err


def test_mixed_line_endings_and_edit_with_line_break(tmp_path, cli):
    data = "一、总体情况。二、存在问题\r\n审结,纠错\n第三行,文字\r\n".encode("utf-8")
    path = tmp_path / "r.md"
    path.write_bytes(data)
    code, out, err = cli("--fix", str(path))
    assert code == 0, out + err
    # the inserted line break takes the file's (dominant) ending; the lone LF stays a lone LF
    assert path.read_bytes() == "一、总体情况。\r\n二、存在问题\r\n审结，纠错\n第三行，文字\r\n".encode("utf-8")


def test_overlapping_fixes_take_more_than_one_pass(tmp_path, cli):
    path = tmp_path / "r.txt"
    path.write_text("审结，，，，纠错，，完成。", encoding="utf-8")
    code, out, err = cli("--fix", str(path))
    assert path.read_text(encoding="utf-8") == "审结，纠错，完成。"
    assert code == 0 and "ZZ912" not in out


def test_diff_prints_and_does_not_write(tmp_path, cli):
    path = tmp_path / "r.txt"
    original = "第一行\r\n审结977件,纠错236件。\r\n".encode("utf-8")
    path.write_bytes(original)
    code, out, err = cli("--diff", str(path))
    assert path.read_bytes() == original
    assert code == 1
    from lintgov.engine import display_path
    rel = display_path(str(path), os.getcwd())
    assert out.splitlines() == [f"--- a/{rel}", f"+++ b/{rel}", "@@ -1,2 +1,2 @@", " 第一行",
                                "-审结977件,纠错236件。", "+审结977件，纠错236件。"]
    clean = tmp_path / "clean.txt"
    clean.write_text("审结977件，纠错236件。", encoding="utf-8")
    code, out, err = cli("--diff", str(clean))
    assert code == 0 and out == ""


def _docx_with(text):
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", f'<?xml version="1.0"?><w:document {ns}><w:body><w:p><w:r><w:t>{text}</w:t>'
                                        f'</w:r></w:p></w:body></w:document>')
    return buf.getvalue()


def test_docx_and_html_are_never_modified(tmp_path, cli):
    docx = tmp_path / "r.docx"
    docx.write_bytes(_docx_with("审结977件,纠错236件。"))
    page = tmp_path / "r.html"
    page.write_bytes("<html><body><p>审结977件,纠错236件。</p></body></html>".encode("utf-8"))
    before = {p: p.read_bytes() for p in (docx, page)}
    mtimes = {p: os.stat(p).st_mtime_ns for p in (docx, page)}
    code, out, err = cli("--diff", str(docx), str(page))
    assert out == "" and code == 0
    code, out, err = cli("--fix", str(docx), str(page))
    assert code == 1 and out.count("ZZ911") == 2   # still reported, not fixed
    for p in (docx, page):
        assert p.read_bytes() == before[p] and os.stat(p).st_mtime_ns == mtimes[p]


def test_atomic_write_keeps_mode_and_leaves_no_temp_files(tmp_path, cli):
    path = tmp_path / "r.txt"
    path.write_text("审结,纠错。", encoding="utf-8")
    os.chmod(path, 0o640)
    cli("--fix", str(path))
    assert path.read_text(encoding="utf-8") == "审结，纠错。"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o640
    assert sorted(os.listdir(tmp_path)) == ["r.txt"]


def test_file_changed_since_lint_is_left_alone(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text("审结,纠错。", encoding="utf-8")
    from lintgov.engine import read_document
    doc = read_document(str(path), "r.txt", _reg())
    findings = [f for f in lint_text(doc.text, [HalfwidthComma()], path="r.txt")]
    for f in findings:
        f.doc = doc
    (plan,) = plan_fixes(findings, _reg().readers)
    path.write_text("审结,纠错,另有改动。", encoding="utf-8")
    from lintgov.fixes import apply_plan
    assert apply_plan(plan) is False
    assert isinstance(plan.error, FixError) and "changed" in plan.error.en
    assert path.read_text(encoding="utf-8") == "审结,纠错,另有改动。"


def test_unsafe_fixes_and_identical_fixes(tmp_path):
    doc = Document("审结,纠错。", "r.txt")
    doc.source_path = str(tmp_path / "r.txt")
    rule = HalfwidthComma()
    f1 = rule.finding(doc, 2, 3, fix=Fix((Edit(2, 3, "，"),), {"zh": "", "en": ""}))
    f2 = rule.finding(doc, 2, 3, fix=Fix((Edit(2, 3, "，"),), {"zh": "", "en": ""}))
    unsafe = rule.finding(doc, 0, 1, fix=Fix((Edit(0, 2, "X"),), {"zh": "", "en": ""}, safe=False))
    (plan,) = plan_fixes([f1, f2, unsafe])
    assert plan.new_text == "审结，纠错。" and len(plan.findings) == 2 and plan.skipped == 0


def test_markdown_fix_keeps_markup(tmp_path, cli):
    path = tmp_path / "r.md"
    src = "---\ntitle: x\n---\n# 一、总体情况\n\n**审结**977件,纠错236件。\n\n```\n代码,不改\n```\n"
    path.write_text(src, encoding="utf-8")
    cli("--fix", str(path))
    assert path.read_text(encoding="utf-8") == src.replace("件,纠", "件，纠")


# -- property: only the edited bytes change --------------------------------------------------------------
_piece = st.sampled_from(["审结", "件", ",", "，", "纠错", "977", "\n", "\r\n", " ", "。", "一、", "报告"])


@settings(max_examples=60, deadline=None)
@given(pieces=st.lists(_piece, min_size=1, max_size=40), enc=st.sampled_from(["utf-8", "gb18030", "utf-8-sig"]))
def test_property_fixed_bytes_match_text_level_fix(pieces, enc):
    raw = "".join(pieces)
    data = raw.encode(enc)
    codec = "utf-8" if enc == "utf-8-sig" else enc
    doc = Document(data.decode(enc), "r.txt", encoding=codec, bom=enc == "utf-8-sig")
    edits = [Edit(m.start(), m.end(), "，") for m in re.finditer(",", doc.text)]
    new = fixed_bytes(doc, data, edits)
    # the text-level result, with the file's own line endings and BOM
    assert new == raw.replace(",", "，").encode(enc)
    assert new.decode(enc).replace("\r\n", "\n").lstrip("\ufeff") == apply_edits(doc.text, edits)


def test_unified_diff_marks_missing_final_newline():
    doc = Document("审结,纠错", "r.txt")
    doc.source_path = "/nonexistent/r.txt"
    f = HalfwidthComma().finding(doc, 2, 3, fix=Fix((Edit(2, 3, "，"),), {"zh": "", "en": ""}))
    (plan,) = plan_fixes([f])
    assert unified_diff(plan).endswith("+审结，纠错\n\\ No newline at end of file\n")
