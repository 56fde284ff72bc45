"""The readers package: safe file reading, Markdown through markdown-it-py (plain
text, source map, fixes), HTML robustness and page furniture, .docx tables,
numbering bounds and the paragraph map, PDF, .doc/.wps through LibreOffice."""
from __future__ import annotations

import io
import os
import re
import stat
import sys
import zipfile

import pytest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from lintgov.engine import Context, lint_documents, read_document  # noqa: E402
from lintgov.plugins import build_registry  # noqa: E402
from lintgov.readers import ReadError, read_file  # noqa: E402


@pytest.fixture(scope="module")
def reg():
    return build_registry(load_entry_points=False)


def lint(reg, path):
    doc = read_document(str(path), os.path.basename(str(path)), reg)
    found, notes = lint_documents([doc], [cls({}) for cls in reg.rules], Context(registry=reg))
    assert not notes, [n.message for n in notes]
    return doc, found


def codes_by_paragraph(doc, found):
    """(code, paragraph number, flagged text) of each finding: what must not depend on the format."""
    out = []
    for f in found:
        p = doc.paragraph_at(f.start)
        out.append((f.code, p.index if p else None, re.sub(r"\s+", "", doc.text[f.start:f.end])))
    return sorted(out, key=lambda t: (t[1] if t[1] is not None else -1, t[0], t[2]))


# -- reading files safely ---------------------------------------------------------------------------
def test_fifo_named_txt_is_refused_without_blocking(tmp_path, reg):
    fifo = tmp_path / "x.txt"
    os.mkfifo(fifo)
    with pytest.raises(ReadError) as e:
        read_file(str(fifo))
    assert "FIFO" in e.value.en and "命名管道" in e.value.zh
    # in a folder run: a finding for it, the other files still read
    (tmp_path / "ok.txt").write_text("审结977件。\n", encoding="utf-8")
    from lintgov.config import Settings
    from lintgov.engine import lint_paths
    run = lint_paths([str(tmp_path)], reg, Settings(), {}, cwd=str(tmp_path))
    assert any(f.code == "LG001" and f.doc.path.endswith("x.txt") for f in run.findings)
    assert any(d.path.endswith("ok.txt") and d.text for d in run.documents)


def test_device_and_directory_are_not_read(tmp_path):
    if os.path.exists("/dev/zero"):
        with pytest.raises(ReadError) as e:
            read_file("/dev/zero")
        assert "device" in e.value.en
    d = tmp_path / "folder.txt"
    d.mkdir()
    with pytest.raises(ReadError) as e:
        read_file(str(d))
    assert "directory" in e.value.en


def test_size_cap(tmp_path):
    p = tmp_path / "big.txt"
    p.write_bytes(b"a" * 2000)
    assert read_file(str(p), max_bytes=2000) == b"a" * 2000
    with pytest.raises(ReadError) as e:
        read_file(str(p), max_bytes=1999)
    assert "file-size" in e.value.en


@pytest.mark.parametrize("data", [b"", b"\xef\xbb\xbf", b"  \n\r\n\t", "\u3000\n".encode("utf-8")])
def test_empty_text_file_is_a_finding(tmp_path, reg, data):
    p = tmp_path / "empty.txt"
    p.write_bytes(data)
    with pytest.raises(ReadError) as e:
        read_document(str(p), "empty.txt", reg)
    assert "empty" in e.value.en or "whitespace" in e.value.en


# -- Markdown -------------------------------------------------------------------------------------------
MD_CASES = [
    ("2023年共受理行政复议案件**88**件，同比增长15%，上年为80件。", "2023年共受理行政复议案件88件，同比增长15%，上年为80件。"),
    ("纠错率为**15%**，审结*20*件，其中[直接纠错](http://e.cn/a?b=1)5件。", "纠错率为15%，审结20件，其中直接纠错5件。"),
    ("全年审结**977**件，其中*直接纠错*236件，纠错率为***24.2%***。", "全年审结977件，其中直接纠错236件，纠错率为24.2%。"),
    ("收案[**120**件](http://e.cn)，结案`代码`110件，结案率为91.7%。", "收案120件，结案代码110件，结案率为91.7%。"),
]


@pytest.mark.parametrize("md, plain", MD_CASES)
def test_markdown_markup_never_changes_a_figure(md, plain, tmp_path, reg):
    head = "# 2023年法治政府建设年度报告\n\n"
    (tmp_path / "a.md").write_text(head + md + "\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("2023年法治政府建设年度报告\n" + plain + "\n", encoding="utf-8")
    dm, fm = lint(reg, tmp_path / "a.md")
    dt, ft = lint(reg, tmp_path / "a.txt")
    assert [q.value for q in dm.quantities] == [q.value for q in dt.quantities]
    assert [(f.code, f.message("en")) for f in fm if f.code != "LG001"] == \
        [(f.code, f.message("en")) for f in ft if f.code != "LG001"]
    assert "*" not in dm.text and "](" not in dm.text


def test_markdown_locations_are_the_files(tmp_path, reg):
    src = "# 标题\n\n前文**审结977件**，见[条例](http://e.cn/x)，纠错236件。\n第二行共*5*件。\n"
    (tmp_path / "a.md").write_text(src, encoding="utf-8")
    doc = read_document(str(tmp_path / "a.md"), "a.md", reg)
    for figure in ("977", "236", "5"):
        off = doc.text.index(figure)
        line, col = doc.position(off)
        src_line = src.split("\n")[line - 1]
        assert src_line[col - 1:col - 1 + len(figure)] == figure
        assert doc.line_text(line) == src_line


def test_markdown_fix_applies_in_plain_runs_and_keeps_markup(tmp_path):
    from lintgov.cli import main
    p = tmp_path / "r.md"
    src = ("# 报告\n\n2024年，我市共办理案件312件，办结298件，办结率95.5%。\n"
           "全年新增**规范性文件12件,清理18件**,完成[任务](http://e.cn/a,b)。\n")
    p.write_text(src, encoding="utf-8")
    main(["check", "--isolated", "--fix", str(p)])
    out = p.read_text(encoding="utf-8")
    # the half-width commas of the text are fixed in place, the markup and the URL are untouched
    assert out == src.replace("12件,清理18件**,", "12件，清理18件**，")


def test_markdown_unclosed_comment_does_not_hide_the_report(tmp_path, reg):
    src = "# 报告\n\n<!-- 注释 -->\n\n前文共88件。\n\n<!--本区共审结977件。\n本区共审结977件。\n\n第三段5件。\n"
    (tmp_path / "c.md").write_text(src, encoding="utf-8")
    doc = read_document(str(tmp_path / "c.md"), "c.md", reg)
    assert [q.value for q in doc.quantities] == [88, 977, 977, 5]
    lines = src.split("\n")
    for q in doc.quantities:
        ln, col = doc.position(q.start)
        assert lines[ln - 1][col - 1:].startswith(doc.text[q.start:q.end])
    assert [doc.text[m.start:m.end] for m in doc.extra_masks] == ["<!-- 注释 -->"]


def test_markdown_tables(tmp_path, reg):
    src = "# 表\n\n| 项目 | 2023年 | 占比 |\n|---|--:|--:|\n| 行政复议 | **60** | 60% |\n| 行政诉讼 | 40 | 40% |\n| 合计 | 100 | 100% |\n"
    (tmp_path / "t.md").write_text(src, encoding="utf-8")
    doc = read_document(str(tmp_path / "t.md"), "t.md", reg)
    (t,) = doc.tables
    assert t.header_rows == 1 and len(t.rows) == 4
    assert [t.cell_text(doc, r, 1) for r in range(4)] == ["2023年", "60", "40", "100"]
    assert t.rows[0][0].header and not t.rows[1][0].header
    assert t.cell_text(doc, 3, 0) == "合计"


@pytest.mark.parametrize("unit", ["<!--", "](", "![", "[", "[a](", "*a_", "`"])
def test_markdown_pathological_input_reads(unit, tmp_path, reg):
    src = "共88件。" + unit * (80_000 // len(unit)) + "\n"
    (tmp_path / "p.md").write_text(src, encoding="utf-8")
    doc = read_document(str(tmp_path / "p.md"), "p.md", reg)
    assert "共88件" in doc.text


# -- HTML ------------------------------------------------------------------------------------------
def read_html(page, tmp_path, reg, name="p.html"):
    p = tmp_path / name
    p.write_bytes(page if isinstance(page, bytes) else page.encode("utf-8"))
    return read_document(str(p), name, reg)


def test_html_unclosed_spans_and_deep_nesting(tmp_path, reg):
    page = "<html><body>" + "".join(f"<p><span>第{i}段，共88件。" for i in range(600))
    doc = read_html(page, tmp_path, reg)
    assert doc.text.count("共88件") == 600
    for n in (1000, 20000):
        page = "<body>" + "<div><span>" * n + "审结977件。" + "</span></div>" * (n // 2)
        assert "审结977件" in read_html(page, tmp_path, reg).text


def test_html_odd_markup(tmp_path, reg):
    # "<![" opens a bogus comment up to the next ">" (HTML5, as browsers show it): no crash
    assert read_html("<body><p>共88件<![ 同比增长15%</p><p>纠错236件。</p>", tmp_path, reg).text == "共88件\n纠错236件。"
    page = '<body><div style="display:none"><article><p>隐藏的文章</p></article></div><p>审结977件，纠错236件。</p></body>'
    assert "审结977件" in read_html(page, tmp_path, reg).text


@pytest.mark.parametrize("codec", ["base64", "hex", "zlib", "bz2", "rot13", "undefined", "idna", "utf-16",
                                   "no-such-codec"])
def test_html_declared_codec_must_be_a_text_encoding(codec, tmp_path, reg):
    page = f'<html><head><meta charset="{codec}"></head><body><p>审结977件，纠错236件。</p></body></html>'
    doc = read_html(page.encode("utf-8"), tmp_path, reg)
    assert "审结977件，纠错236件。" in doc.text
    page_gbk = f'<html><head><meta charset="{codec}"></head><body><p>审结977件，纠错236件，纠错率为24.2%。</p></body></html>'
    doc = read_html(page_gbk.encode("gb18030"), tmp_path, reg)
    assert "纠错率为24.2%" in doc.text


def test_html_script_loaded_page_is_a_finding(tmp_path, reg):
    page = ("<html><head><script src='app.js'></script><script>" + "var a=1;" * 500 + "</script></head>"
            "<body><div id='app'></div><script>render('#app')</script></body></html>")
    with pytest.raises(ReadError) as e:
        read_html(page, tmp_path, reg)
    assert "script" in e.value.en and "脚本" in e.value.zh
    with pytest.raises(ReadError):
        read_html("<html><body><div></div></body></html>", tmp_path, reg)


def test_html_tables(tmp_path, reg):
    page = ("<body><p>一、案件情况</p><table><thead><tr><th>类别</th><th>件数</th><th>占比</th></tr></thead>"
            "<tbody><tr><td>行政复议</td><td>60</td><td>60%</td></tr><tr><td>行政诉讼</td><td>40</td><td>40%</td></tr>"
            "<tr><td>合计</td><td>100</td><td></td></tr></tbody></table><p>以上情况报告如下，共100件。</p></body>")
    doc = read_html(page, tmp_path, reg)
    (t,) = doc.tables
    assert t.header_rows == 1
    assert [[t.cell_text(doc, r, c) for c in range(3)] for r in range(4)] == [
        ["类别", "件数", "占比"], ["行政复议", "60", "60%"], ["行政诉讼", "40", "40%"], ["合计", "100", ""]]


def test_html_furniture_is_removed_whole(tmp_path, reg):
    from cmspages import build_page
    article = ["关于2023年法治政府建设情况的报告",
               "2023年，我区坚持以习近平法治思想为指导，全面推进依法行政，审结行政复议案件977件。",
               "一、主要举措和成效", "（一）加强组织领导。全年召开专题会议12次，研究法治建设重要事项36项。",
               "二、存在的不足", "行政执法规范化水平仍需提升，基层法治力量相对薄弱。"]
    for style in range(4):
        doc = read_html(build_page(article, style=style), tmp_path, reg, f"cms{style}.html")
        assert doc.text.split("\n") == article, style
        assert sum(doc.meta["html_furniture"].values()) >= 2
        _, found = lint(reg, tmp_path / f"cms{style}.html")
        assert not [f for f in found if f.code == "LG704"], style


# -- .docx --------------------------------------------------------------------------------------------
def _docx(body, numbering=None, document=None):
    from test_formats import make_docx
    return make_docx(body, numbering=numbering, document=document)


def test_docx_numbering_is_bounded(tmp_path, reg):
    from test_formats import numbering_xml, para
    huge = ('<w:lvl w:ilvl="0"><w:start w:val="999999999999999999999"/><w:numFmt w:val="upperLetter"/>'
            '<w:lvlText w:val="%1."/></w:lvl>')
    many = '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="' + "%2" * 200_000 + '"/></w:lvl>'
    numbering = numbering_xml([("0", huge + many)], [("1", "0", "")])
    data = _docx(para("总体情况", num=("1", 0)) * 3 + para("措施", num=("1", 1)) * 50, numbering=numbering)
    (tmp_path / "n.docx").write_bytes(data)
    doc = read_document(str(tmp_path / "n.docx"), "n.docx", reg)
    assert max(len(line) for line in doc.lines) < 400
    assert doc.lines[0].endswith("总体情况")


def test_docx_unknown_xml_encoding_is_a_read_error(tmp_path, reg):
    from test_formats import W_NS
    document = (f'<?xml version="1.0" encoding="x-no-such-encoding"?><w:document {W_NS}><w:body><w:p><w:r><w:t>审结</w:t>'
                '</w:r></w:p></w:body></w:document>')
    (tmp_path / "e.docx").write_bytes(_docx("", document=document))
    with pytest.raises(ReadError) as e:
        read_document(str(tmp_path / "e.docx"), "e.docx", reg)
    assert "encoding" in e.value.en


def test_docx_nested_too_deep_is_a_read_error(tmp_path, reg):
    from test_formats import para
    body = "<w:sdt><w:sdtContent>" * 5000 + para("审结977件。") + "</w:sdtContent></w:sdt>" * 5000
    (tmp_path / "deep.docx").write_bytes(_docx(body))
    with pytest.raises(ReadError) as e:
        read_document(str(tmp_path / "deep.docx"), "deep.docx", reg)
    assert "nested too deeply" in e.value.en


def test_docx_tables_and_paragraph_map(tmp_path, reg):
    from lintgov.readers.docx import W, paragraph_map, xml_positions
    from test_formats import para
    header = ('<w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc>' + para("类别") + '</w:tc><w:tc>' + para("件数")
              + '</w:tc></w:tr>')
    rows = "".join(f'<w:tr><w:tc>{para(a)}</w:tc><w:tc>{para(b)}</w:tc></w:tr>'
                   for a, b in (("行政复议", "60"), ("行政诉讼", "40"), ("合计", "100")))
    body = para("案件情况", num=("1", 0)) + para("全年审结行政复议案件977件，直接纠错236件。") + \
        f"<w:tbl>{header}{rows}</w:tbl>" + para("以上为2023年情况。")
    data = _docx(body)
    (tmp_path / "t.docx").write_bytes(data)
    doc = read_document(str(tmp_path / "t.docx"), "t.docx", reg)
    (t,) = doc.tables
    assert t.header_rows == 1 and t.rows[0][0].header and not t.rows[1][0].header
    assert [[t.cell_text(doc, r, c) for c in range(2)] for r in range(4)] == [
        ["类别", "件数"], ["行政复议", "60"], ["行政诉讼", "40"], ["合计", "100"]]
    # the map: every character with a piece is that character of its w:t
    from defusedxml.ElementTree import fromstring
    root = fromstring(zipfile.ZipFile(io.BytesIO(data)).read(doc.meta["docx_main_part"]))
    ps = list(root.iter(W + "p"))
    paras = paragraph_map(doc)
    assert len(paras) == len(doc.lines)
    for dp in paras:
        ts = list(ps[dp.p_index].iter(W + "t"))
        for piece in dp.pieces:
            assert doc.text[piece.start:piece.end] == ts[piece.t_index].text[piece.t_offset:piece.t_offset + piece.end - piece.start]
    assert paras[0].pieces[0].start > paras[0].start  # the generated "一、" has no piece
    assert [p.cell for p in paras[2:4]] == [(0, 0, 0), (0, 0, 1)]
    i = doc.text.index("977件")
    spans = xml_positions(doc, i, i + 4)
    assert "".join(list(ps[p].iter(W + "t"))[t].text[a:b] for p, t, a, b in spans) == "977件"


# -- PDF ----------------------------------------------------------------------------------------------
pdfgen = pytest.importorskip("pdfgen")
SEED = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "seeds", "003_223b86c639eacbbd.txt")


def test_pdf_paragraphs_locations_and_same_findings(tmp_path, reg):
    pytest.importorskip("reportlab")
    pytest.importorskip("pdfminer")
    text = open(SEED, encoding="utf-8").read()
    (tmp_path / "r.txt").write_text(text, encoding="utf-8")
    (tmp_path / "r.pdf").write_bytes(pdfgen.text_to_pdf(text))
    dt, ft = lint(reg, tmp_path / "r.txt")
    dp, fp = lint(reg, tmp_path / "r.pdf")
    assert dp.text.split("\n") == [ln.strip(" \u3000") for ln in text.split("\n") if ln.strip()]
    assert "某某区人民政府文件" not in dp.text and not re.search(r"—\s*\d+\s*—", dp.text)  # header, page numbers
    assert dp.meta["pdf_pages"] >= 3
    assert codes_by_paragraph(dp, fp) == codes_by_paragraph(dt, ft)
    from lintgov.readers.pdf import pdf_location
    last = pdf_location(dp, len(dp.text) - 1)
    assert last[0] == dp.meta["pdf_pages"] and last[1] >= 2
    assert pdf_location(dp, 0) == (1, 2)  # line 1 of page 1 is the running header


def test_pdf_findings_name_page_and_line_in_every_output(tmp_path, reg):
    pytest.importorskip("reportlab")
    pytest.importorskip("pdfminer")
    import json as _json
    import subprocess
    from conftest import lintgov_cmd
    text = open(SEED, encoding="utf-8").read()
    (tmp_path / "r.pdf").write_bytes(pdfgen.text_to_pdf(text))
    dp, _ = lint(reg, tmp_path / "r.pdf")
    from lintgov.readers.pdf import pdf_location
    base = lintgov_cmd() + ["check", "--no-plugins", "--isolated", "--exit-zero", "r.pdf"]
    js = _json.loads(subprocess.run(base + ["--output-format", "json"], cwd=tmp_path, capture_output=True,
                                    text=True, encoding="utf-8").stdout)
    want = [pdf_location(dp, f["location"]["offset"]) for f in js["findings"]]
    assert want and len(set(p for p, _ in want)) >= 2   # findings on more than one page
    assert sorted((f["location"]["page"], f["location"]["page_line"]) for f in js["findings"]) == sorted(want)
    out = subprocess.run(base, cwd=tmp_path, capture_output=True, text=True, encoding="utf-8").stdout
    shown = [tuple(map(int, m)) for m in re.findall(r"（第 (\d+) 页第 (\d+) 行：「", out)]
    assert sorted(shown) == sorted(want)
    sarif = _json.loads(subprocess.run(base + ["--output-format", "sarif"], cwd=tmp_path, capture_output=True,
                                       text=True, encoding="utf-8").stdout)
    got = [(r["properties"]["lintgov/page"], r["properties"]["lintgov/pageLine"]) for r in sarif["runs"][0]["results"]]
    assert sorted(got) == sorted(want)


def test_pdf_image_only_and_encrypted_are_findings(tmp_path, reg):
    pytest.importorskip("reportlab")
    pytest.importorskip("pdfminer")
    (tmp_path / "scan.pdf").write_bytes(pdfgen.image_only_pdf())
    with pytest.raises(ReadError) as e:
        read_document(str(tmp_path / "scan.pdf"), "scan.pdf", reg)
    assert "OCR" in e.value.en and "OCR" in e.value.zh
    (tmp_path / "lock.pdf").write_bytes(pdfgen.text_to_pdf("标题\n审结977件。", encrypt="secret"))
    with pytest.raises(ReadError) as e:
        read_document(str(tmp_path / "lock.pdf"), "lock.pdf", reg)
    assert "encrypted" in e.value.en
    (tmp_path / "bad.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ntrailer\n%%EOF")
    with pytest.raises(ReadError):
        read_document(str(tmp_path / "bad.pdf"), "bad.pdf", reg)


def test_pdf_without_the_extra_says_how_to_install(tmp_path, reg, monkeypatch):
    import builtins
    real = builtins.__import__

    def no_pdfminer(name, *a, **k):
        if name.startswith("pdfminer"):
            raise ImportError(name)
        return real(name, *a, **k)
    monkeypatch.setattr(builtins, "__import__", no_pdfminer)
    (tmp_path / "r.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    with pytest.raises(ReadError) as e:
        read_document(str(tmp_path / "r.pdf"), "r.pdf", reg)
    assert "lintgov[pdf]" in e.value.en and "lintgov[pdf]" in e.value.zh


# -- .doc / .wps ---------------------------------------------------------------------------------------
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


def _fake_soffice(tmp_path, docx_bytes, fail=False):
    """An executable named soffice that writes ``docx_bytes`` as the converted file."""
    bindir = tmp_path / "bin"
    bindir.mkdir(exist_ok=True)
    (bindir / "out.docx").write_bytes(docx_bytes)
    script = bindir / "soffice"
    script.write_text(
        "#!/bin/sh\n"
        + ("echo 'Error: source file could not be loaded' >&2; exit 1\n" if fail else "")
        + 'outdir=""; src=""\nwhile [ $# -gt 0 ]; do case "$1" in --outdir) outdir="$2"; shift;; -*) ;; *) src="$1";; esac; shift; done\n'
        + 'mkdir -p "$outdir"; base=$(basename "$src"); cp "' + str(bindir / "out.docx") + '" "$outdir/${base%.*}.docx"\n')
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return str(bindir)


@pytest.mark.parametrize("suffix", [".doc", ".wps"])
def test_old_word_through_libreoffice(suffix, tmp_path, reg, monkeypatch):
    from test_formats import para
    docx = _docx(para("总体情况", num=("1", 0)) + para("审结977件，直接纠错236件。"))
    monkeypatch.setenv("PATH", _fake_soffice(tmp_path, docx) + os.pathsep + os.environ.get("PATH", ""))
    (tmp_path / ("r" + suffix)).write_bytes(OLE)
    doc = read_document(str(tmp_path / ("r" + suffix)), "r" + suffix, reg)
    assert doc.text.split("\n") == ["一、总体情况", "审结977件，直接纠错236件。"]
    assert doc.meta["converted_by"] == "libreoffice"


def test_old_word_without_libreoffice_says_how_to_convert(tmp_path, reg, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    for suffix in (".doc", ".wps"):
        (tmp_path / ("r" + suffix)).write_bytes(OLE)
        with pytest.raises(ReadError) as e:
            read_document(str(tmp_path / ("r" + suffix)), "r" + suffix, reg)
        assert "LibreOffice" in e.value.en and "另存为" in e.value.zh


def test_old_word_conversion_failure_is_a_finding(tmp_path, reg, monkeypatch):
    monkeypatch.setenv("PATH", _fake_soffice(tmp_path, b"", fail=True) + os.pathsep + os.environ.get("PATH", ""))
    (tmp_path / "r.doc").write_bytes(OLE)
    with pytest.raises(ReadError) as e:
        read_document(str(tmp_path / "r.doc"), "r.doc", reg)
    assert "could not be loaded" in e.value.en


@pytest.mark.slow
def test_real_libreoffice_round_trip(tmp_path, reg):
    import shutil
    import subprocess
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        pytest.skip("LibreOffice is not installed")
    from test_formats import para
    (tmp_path / "src.docx").write_bytes(_docx(para("总体情况", num=("1", 0)) + para("审结977件，直接纠错236件。")))
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path}/p", "--headless", "--convert-to", "doc",
                    "--outdir", str(tmp_path / "out"), str(tmp_path / "src.docx")], check=True, timeout=180,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    doc = read_document(str(tmp_path / "out" / "src.doc"), "src.doc", reg)
    assert "审结977件，直接纠错236件。" in doc.text.split("\n")
    assert doc.text.split("\n")[0].endswith("总体情况")
