"""The language server's core (lintgov/server/session.py) without a client: positions in
LSP units, configuration found from a file's folder and reloaded, suppression comments,
fix-all, hover text, .docx from disk; and `lintgov check` never importing the server."""
import os
import subprocess
import sys

import pytest

from lintgov.fixes import apply_edits
from lintgov.server.session import LintSession, Positions, TextPositions, fix_text, hover_markdown, \
    minimal_edit, safe_fix_edits, fixable, suppression_edit

ASTRAL = "\U00020000"
RATE = "审结100件，直接纠错20件，纠错率为25%。"


@pytest.fixture
def session(registry, tmp_path):
    return LintSession(registry, [str(tmp_path)])


def lint(session, path, text=None):
    path = str(path)
    if text is None:
        return session.lint("file://" + path, path, None)
    return session.lint("file://" + path, path, text, 1)


def test_check_does_not_import_the_server(tmp_path):
    f = tmp_path / "d.txt"
    f.write_text(RATE + "\n", encoding="utf-8")
    code = ("import sys; from lintgov.cli import main; rc = main(['check', '-q', sys.argv[1]]); "
            "print(rc, sorted(m for m in sys.modules if m.split('.')[0] in ('pygls', 'lsprotocol', 'cattrs') "
            "or m.startswith('lintgov.server')))")
    out = subprocess.run([sys.executable, "-c", code, str(f)], capture_output=True, text=True, encoding="utf-8")
    assert out.stdout.strip().endswith("1 []"), out.stdout + out.stderr


def test_server_without_pygls_says_how_to_install(tmp_path):
    code = "import sys; sys.modules['pygls'] = None; from lintgov.cli import main; sys.exit(main(['server']))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8")
    assert out.returncode == 2 and "lintgov[lsp]" in out.stderr


@pytest.mark.parametrize("unit, width", [("utf16", lambda s: len(s.encode("utf-16-le")) // 2),
                                         ("utf8", lambda s: len(s.encode("utf-8"))),
                                         ("codepoint", len)])
def test_text_positions_round_trip_outside_the_bmp(unit, width):
    text = f"a{ASTRAL}b\r\n{ASTRAL}{ASTRAL}中\rx\n\nend"
    tp = TextPositions(text, unit)
    lines = ["a" + ASTRAL + "b", ASTRAL * 2 + "中", "x", "", "end"]
    starts = [0, 5, 9, 11, 12]                      # lone CR ends a line, as in LSP
    assert tp.starts == starts
    for line, (s, t) in enumerate(zip(starts, lines)):
        for k in range(len(t) + 1):
            pos = tp.position(s + k)
            assert pos == (line, width(t[:k]))
            assert tp.offset(*pos) == s + k
    # a position inside a surrogate pair or past the end of the line is clamped
    if unit == "utf16":
        assert tp.offset(1, 1) == 5 and tp.offset(0, 99) == 3
    # a BOM kept in the editor's buffer shifts the first line only
    bom = TextPositions(text, unit, bom=True)
    assert bom.position(1)[1] == tp.position(1)[1] + (3 if unit == "utf8" else 1)
    assert bom.position(6) == tp.position(6)


def test_positions_of_findings_use_the_documents_columns(session, tmp_path):
    text = f"# 标题{ASTRAL}\n\n{ASTRAL}{RATE}\n"
    out = lint(session, tmp_path / "d.md", text)
    f = next(f for f in out.findings if f.code == "LG101")
    pos = Positions(out.doc, "utf16")
    line = f"{ASTRAL}{RATE}"
    col = len(line[:line.index("25%")].encode("utf-16-le")) // 2
    assert pos.range(f.start, f.end) == ((2, col), (2, col + 3))
    assert (out.doc.position(f.start)[0] - 1, out.doc.column(f.start, "utf16") - 1) == (2, col)


def test_configuration_nearest_to_the_file_and_reloaded(session, tmp_path):
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    (tmp_path / "pyproject.toml").write_text('[tool.lintgov]\nlang = "en"\n', encoding="utf-8")
    top, deep = tmp_path / "top.txt", sub / "deep.txt"
    assert lint(session, top, RATE).lang == "en"
    assert lint(session, deep, RATE).config_path == str(tmp_path / "pyproject.toml")
    # a nearer lintgov.toml appears: it wins for the files below it, at the next lint
    (tmp_path / "a" / "lintgov.toml").write_text('ignore = ["LG101"]\n', encoding="utf-8")
    out = lint(session, deep, RATE)
    assert out.config_path == str(tmp_path / "a" / "lintgov.toml") and out.lang == "zh"
    assert "LG101" not in [f.code for f in out.findings]
    assert "LG101" in [f.code for f in lint(session, top, RATE).findings]
    # edited (same size, new mtime) and deleted: both seen without being told
    (tmp_path / "a" / "lintgov.toml").write_text('ignore = ["LG102"]\n', encoding="utf-8")
    os.utime(tmp_path / "a" / "lintgov.toml", ns=(1, 10**18))
    assert "LG101" in [f.code for f in lint(session, deep, RATE).findings]
    (tmp_path / "a" / "lintgov.toml").unlink()
    assert lint(session, deep, RATE).lang == "en"
    # per-file-ignores and exclude match paths relative to the configuration's folder
    (tmp_path / "pyproject.toml").write_text('[tool.lintgov]\nper-file-ignores = { "a/b/*" = ["LG101"] }\n'
                                             'exclude = ["skip"]\n', encoding="utf-8")
    assert "LG101" not in [f.code for f in lint(session, deep, RATE).findings]
    (tmp_path / "skip").mkdir()
    assert lint(session, tmp_path / "skip" / "x.txt", RATE).findings == []
    # a configuration error is reported, nothing linted
    (tmp_path / "pyproject.toml").write_text('[tool.lintgov]\nselect = ["NOPE9"]\n', encoding="utf-8")
    bad = lint(session, top, RATE)
    assert "NOPE9" in bad.config_error and bad.findings == []


@pytest.mark.parametrize("name, text", [
    ("d.txt", f"标题{ASTRAL}\n{RATE}\n"),
    ("d.md", f"# 标题\n\n  {RATE[:6]}\n  {RATE[6:]}\n"),     # a wrapped, indented Markdown paragraph
    ("e.txt", f"{RATE}\r\n下一段。\r\n"),
])
def test_suppression_comment_silences_exactly_that_finding(session, tmp_path, name, text):
    out = lint(session, tmp_path / name, text)
    f = next(f for f in out.findings if f.code == "LG101")
    edit = suppression_edit(out.doc, f)
    new = apply_edits(fix_text(out.doc), [edit])
    assert "<!-- lintgov: disable-next-line LG101 -->\n" in new
    again = lint(session, tmp_path / name, new)
    assert sorted(g.code for g in again.findings) == sorted(g.code for g in out.findings if g.code != "LG101")


def test_fix_all_equals_fix_on_the_command_line(session, tmp_path):
    text = f"{ASTRAL}一、总体情况\n共有3 个部门 和 5个街道， 共计 8 个 。\n其中,有\"试点\"单位2个.\n"
    out = lint(session, tmp_path / "d.txt", text)
    assert fixable(out)
    edit = session.fixed_text(out)
    fixed = apply_edits(fix_text(out.doc), [edit])
    (tmp_path / "d.txt").write_text(text, encoding="utf-8")
    subprocess.run([sys.executable, "-m", "lintgov", "check", "--fix", "-q", "d.txt"], cwd=tmp_path, capture_output=True)
    assert (tmp_path / "d.txt").read_text(encoding="utf-8") == fixed != text
    assert not fixable(lint(session, tmp_path / "d.txt", fixed))
    # one finding's own fix touches only its own span
    one = safe_fix_edits([fixable(out)[0]])
    assert one and all(fixable(out)[0].start <= e.start <= e.end <= fixable(out)[0].end for e in one)


def test_minimal_edit():
    assert minimal_edit("abc", "abc") is None
    e = minimal_edit("共有3 个部门", "共有3个部门")
    assert (e.start, e.end, e.replacement) == (3, 4, "")
    assert apply_edits("xyz", [minimal_edit("xyz", "xAyBz")]) == "xAyBz"


def test_hover_shows_the_recomputation_and_the_rule(session, tmp_path):
    out = lint(session, tmp_path / "d.txt", RATE + "\n")
    f = next(f for f in out.findings if f.code == "LG101")
    zh = hover_markdown(f, "zh")
    assert "20/100*100" in zh and "容差" in zh and "分子「20件」" in zh and "分母「100件」" in zh
    assert f.rule.summary["zh"] in zh and "lintgov rule LG101" in zh
    en = hover_markdown(f, "en")
    assert "tolerance" in en and f.rule.summary["en"] in en


def test_docx_is_read_from_disk_with_paragraph_locations(session, tmp_path):
    from test_formats import make_docx, para
    path = tmp_path / "r.docx"
    path.write_bytes(make_docx(para("关于本区的报告") + para(f"{ASTRAL}{RATE}")))
    out = lint(session, path, text="garbage the editor shows for a binary file")
    assert out.from_disk
    f = next(f for f in out.findings if f.code == "LG101")
    assert Positions(out.doc, "utf16").position(f.start)[0] == 1      # the second paragraph
    assert safe_fix_edits(out.findings) == [] or not fixable(out)      # .docx is never edited


def test_prior_report_found_in_the_workspace(session, tmp_path):
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "p.txt").write_text("2022年，通州区坚持依法行政。全年办理行政复议案件440件。\n", encoding="utf-8")
    (tmp_path / "x.txt").write_text("2022年，海淀区坚持依法行政。全年办理行政复议案件420件。\n", encoding="utf-8")
    (tmp_path / "y.txt").write_text("2021年，通州区坚持依法行政。全年办理行政复议案件420件。\n", encoding="utf-8")
    draft = "2023年，通州区坚持依法行政。办理行政复议案件512件，比上年的420件增长21.9%。\n"
    out = lint(session, tmp_path / "d.txt", draft)
    assert out.priors == [str(tmp_path / "old" / "p.txt")]
    f = next(f for f in out.findings if f.code == "LG207")
    assert f.related and f.related[0].doc.source_path == str(tmp_path / "old" / "p.txt")
    # without last year's report, nothing to compare
    (tmp_path / "old" / "p.txt").unlink()
    session.priors.invalidate()
    assert "LG207" not in [f.code for f in lint(session, tmp_path / "d.txt", draft).findings]


def test_unsaved_buffer_is_linted_by_its_language(session):
    out = session.lint("untitled:Untitled-1", None, RATE + "\n", 1, name="untitled.md")
    assert out is not None and out.doc.format == "md"
    assert "LG101" in [f.code for f in out.findings]
    assert session.lint("untitled:x", None, RATE, 1, name="untitled.py") is None   # not a report format


def test_only_fixes_fix_would_apply_are_offered(session, tmp_path):
    from dataclasses import replace
    out = lint(session, tmp_path / "d.txt", "共有3 个部门参加。\n")
    f = fixable(out)[0]
    assert safe_fix_edits([f])
    f.fix = replace(f.fix, display_only=True) if hasattr(f.fix, "display_only") else replace(f.fix, safe=False)
    assert fixable(out) == [] and safe_fix_edits([f]) == []
    assert session.fixed_text(out) is None
    f.fix = replace(f.fix, display_only=False, safe=False) if hasattr(f.fix, "display_only") else f.fix
    assert fixable(out) == []


def test_prior_follows_edits_of_the_year(session, tmp_path):
    """The year and issuer of the previous lint pick last year's report; when an edit changes
    them, the document is linted again with the right one (or none)."""
    (tmp_path / "p2022.txt").write_text("2022年，通州区坚持依法行政。全年办理行政复议案件440件。\n", encoding="utf-8")
    draft = "2023年，通州区坚持依法行政。办理行政复议案件512件，比上年的420件增长21.9%。\n"
    codes = lambda out: [f.code for f in out.findings]  # noqa: E731
    first = lint(session, tmp_path / "d.txt", draft)
    assert "LG207" in codes(first) and first.priors == [str(tmp_path / "p2022.txt")]
    moved = lint(session, tmp_path / "d.txt", draft.replace("2023年", "2024年"))
    assert moved.priors == [] and "LG207" not in codes(moved)
    back = lint(session, tmp_path / "d.txt", draft)
    assert back.priors == [str(tmp_path / "p2022.txt")] and "LG207" in codes(back)


def test_markdown_markup_positions_and_edits_are_the_files(session, tmp_path):
    """Markdown readers give rules the plain text; diagnostics, fixes and suppression
    comments are placed in the file as the editor has it (markup included)."""
    line = f"{ASTRAL}**审结**100件，直接纠错20件，[纠错率](https://example.org/a)为25%。"
    text = f"# 报告\n\n{line}\n\n全区共有3 个*部门*参加。\n"
    out = lint(session, tmp_path / "m.md", text)
    pos = Positions(out.doc, "utf16")
    f = next(f for f in out.findings if f.code == "LG101")
    col = len(line[:line.index("25%")].encode("utf-16-le")) // 2
    assert pos.range(f.start, f.end) == ((2, col), (2, col + 3))
    # the safe fix, in the file's own text
    edits = safe_fix_edits(fixable(out))
    fixed = apply_edits(fix_text(out.doc), edits)
    assert "全区共有3个*部门*参加。" in fixed and line in fixed
    (sl, sc), (el, ec) = pos.edits.position(edits[0].start), pos.edits.position(edits[0].end)
    assert (sl, sc, el, ec) == (4, 5, 4, 6)
    # the suppression comment goes before the paragraph in the file
    new = apply_edits(fix_text(out.doc), [suppression_edit(out.doc, f)])
    assert f"<!-- lintgov: disable-next-line LG101 -->\n{line}" in new
    assert "LG101" not in [g.code for g in lint(session, tmp_path / "m.md", new).findings]
