"""Document formats: the same report as .txt (UTF-8, BOM, GB18030, Big5, CRLF),
.md, .docx and .html gives the same findings; .docx numbering, tables and
exclusions; hardened .docx reading (broken files, zip bombs, encrypted files);
HTML extraction and charsets; Markdown layout; paragraph locations in text and
SARIF output."""
from __future__ import annotations

import glob
import html
import io
import json
import os
import re
import subprocess
import sys
import zipfile
from xml.sax.saxutils import escape

import pytest

from lintgov import hookimpl
from lintgov.engine import Context, lint_documents, read_document
from lintgov.headings import match_marker
from lintgov.plugins import build_registry
from lintgov.readers import ReadError
from lintgov.rule import Rule, bad, good

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
SEEDS = sorted(glob.glob(os.path.join(ROOT, "seeds", "*.txt")))


# -- a probe rule: reports what the document services see --------------------------------------
class FormatProbe(Rule):
    """Test-only: one finding per paragraph, heading, quantity, plus title/kind/year.
    Identical probe findings mean the rules get identical input."""

    code = "ZZ901"
    name = "format-probe"
    category = "typography"
    level = "note"
    summary = {"zh": "测试探针。", "en": "Test probe."}
    description = {"zh": "测试用。", "en": "For tests."}
    messages = {"default": {"zh": "{what}: {value}", "en": "{what}: {value}"}}
    examples = (bad("一、总体情况\n审结977件。"), good(""))

    def check(self, doc, ctx):
        for p in doc.paragraphs:
            yield self.finding(doc, p.start, p.end, what="paragraph", value=doc.text[p.start:p.end])
        for h in doc.headings:
            yield self.finding(doc, h.start, h.marker_end, what=f"heading{h.level}",
                               value=f"{h.value}:{h.marker}:{h.title(doc)}")
        for q in doc.quantities:
            yield self.finding(doc, q.start, q.end, what="quantity", value=f"{q.value}")
        if doc.text:
            yield self.finding(doc, 0, 0, what="meta",
                               value=f"{doc.slice(doc.title)}|{doc.kind}|{doc.report_year}|{doc.script}")


class _ProbePlugin:
    @staticmethod
    @hookimpl
    def lintgov_rules():
        return [FormatProbe]


@pytest.fixture(scope="module")
def reg():
    return build_registry(load_entry_points=False, extra_plugins=[_ProbePlugin])


def lint_file(reg, path):
    doc = read_document(path, os.path.basename(path), reg)
    rules = [cls({}) for cls in reg.rules]
    found, notes = lint_documents([doc], rules, Context(registry=reg))
    assert not notes, [n.message for n in notes]
    return doc, found


def signature(doc, findings):
    """What must not depend on the format: rule code, message and quoted text, in order
    (a finding spanning paragraphs quotes their separator: one line break in .txt,
    a blank line in .md — runs of separators are folded)."""
    def fold(s):
        return re.sub(r"\n\s*\n", "\n", s)
    return [(f.code, f.key, re.sub(r"(?:\s*/)+\s*", " / ", fold(f.message("en"))), fold(doc.text[f.start:f.end]))
            for f in findings]


# -- builders ------------------------------------------------------------------------------------
W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')

CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                 '</Types>')
PKG_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
DOC_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
            '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>'
            '</Relationships>')


def lvl(ilvl, fmt, text, start=1):
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:suff w:val="nothing"/></w:lvl>')


# the GB/T 9704 hierarchy as a Word multilevel list: 一、 （一） 1. （1）
CN_LEVELS = (lvl(0, "chineseCounting", "%1、") + lvl(1, "chineseCounting", "（%2）")
             + lvl(2, "decimal", "%3.") + lvl(3, "decimal", "（%4）"))


def numbering_xml(abstracts, nums):
    body = "".join(f'<w:abstractNum w:abstractNumId="{aid}">{levels}</w:abstractNum>' for aid, levels in abstracts)
    body += "".join(f'<w:num w:numId="{nid}"><w:abstractNumId w:val="{aid}"/>{extra}</w:num>' for nid, aid, extra in nums)
    return f'<?xml version="1.0" encoding="UTF-8"?><w:numbering {W_NS}>{body}</w:numbering>'


STYLES = (f'<?xml version="1.0" encoding="UTF-8"?><w:styles {W_NS}>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="CnHeading1"><w:name w:val="cn heading 1"/><w:basedOn w:val="Normal"/>'
          '<w:pPr><w:numPr><w:numId w:val="1"/><w:ilvl w:val="0"/></w:numPr></w:pPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="CnHeading1Bold"><w:basedOn w:val="CnHeading1"/></w:style>'
          '</w:styles>')
FOOTNOTES = (f'<?xml version="1.0" encoding="UTF-8"?><w:footnotes {W_NS}><w:footnote w:id="1"><w:p><w:r>'
             '<w:t>脚注文字：纠错率为99.9%。</w:t></w:r></w:p></w:footnote></w:footnotes>')
COMMENTS = (f'<?xml version="1.0" encoding="UTF-8"?><w:comments {W_NS}><w:comment w:id="0" w:author="审稿人"><w:p>'
            '<w:r><w:t>批注：这里的数字要核对，共88件。</w:t></w:r></w:p></w:comment></w:comments>')


def run(text):
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(text="", num=None, style=None, extra=""):
    ppr = ""
    if num or style:
        ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "")
        if num:
            ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
        ppr += "</w:pPr>"
    # split the text into several runs, as Word does
    k = len(text)
    cuts = sorted({0, k // 3, (2 * k) // 3, k})
    runs = "".join(run(text[a:b]) for a, b in zip(cuts, cuts[1:]) if b > a)
    return f"<w:p>{ppr}{runs}{extra}</w:p>"


def table(rows):
    return "<w:tbl><w:tblPr/>" + "".join(
        "<w:tr>" + "".join(f"<w:tc><w:tcPr/>{cell}</w:tc>" for cell in row) + "</w:tr>" for row in rows) + "</w:tbl>"


def make_docx(body, numbering=None, styles=STYLES, footnotes=FOOTNOTES, comments=COMMENTS, document=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", PKG_RELS)
        z.writestr("word/_rels/document.xml.rels", DOC_RELS)
        z.writestr("word/document.xml", document if document is not None else
                   f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W_NS}><w:body>'
                   f'{body}<w:sectPr/></w:body></w:document>')
        z.writestr("word/numbering.xml", numbering or numbering_xml([("0", CN_LEVELS)], [("1", "0", "")]))
        z.writestr("word/styles.xml", styles)
        z.writestr("word/footnotes.xml", footnotes)
        z.writestr("word/comments.xml", comments)
    return buf.getvalue()


def _canonical(level, value):
    from lintgov.readers.docx import format_number
    return {1: f"{format_number(value, 'chineseCounting')}、", 2: f"（{format_number(value, 'chineseCounting')}）",
            3: f"{value}.", 4: f"（{value}）"}[level]


def text_to_docx(text):
    """A .docx whose visible text is ``text`` (one paragraph per non-blank line):
    headings whose marker is what Word's multilevel list would generate at that
    point use automatic numbering (the marker is not in the text); some paragraphs
    sit in table cells; footnotes, comments, deleted text and field codes are
    added around the text and must not show."""
    counters = [0, 0, 0, 0]
    parts = []
    auto = 0
    lines = [ln for ln in text.split("\n") if ln.strip()]
    i = 0
    while i < len(lines):
        line = lines[i].strip(" \u3000")
        found = match_marker(line, 0, len(line))
        if found and found[1].end() < len(line):
            level, m = found
            value = counters[level - 1] + 1
            if m.group() == _canonical(level, value):
                counters[level - 1] = value
                for deeper in range(level, 4):
                    counters[deeper] = 0
                parts.append(para(line[m.end():], num=("1", level - 1)))
                auto += 1
                i += 1
                continue
        if i % 7 == 3 and i + 1 < len(lines) and not match_marker(lines[i + 1], 0, len(lines[i + 1])):
            parts.append(table([[para(line), para(lines[i + 1].strip(" \u3000"))]]))  # two cells
            i += 2
            continue
        if i % 5 == 2:
            extra = ('<w:r><w:footnoteReference w:id="1"/></w:r><w:commentRangeStart w:id="0"/>'
                     '<w:del w:id="9" w:author="x"><w:r><w:delText>删去的文字，共12345件</w:delText></w:r></w:del>'
                     '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> XE "索引 2023" </w:instrText></w:r>'
                     '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:commentReference w:id="0"/></w:r>')
            parts.append(para(line, extra=extra))
            parts.append("<w:p/>")  # an empty paragraph: dropped
        else:
            parts.append(para(line))
        i += 1
    return make_docx("".join(parts)), auto


def _wrap_cjk(line, width=40):
    """Break a long line in the HTML source between two CJK characters (browsers show no space there)."""
    out, cur = [], ""
    for ch in line:
        cur += ch
        if len(cur) >= width and re.match(r"[\u4e00-\u9fff]", ch):
            out.append(cur)
            cur = ""
    out.append(cur)
    fixed = [out[0]]
    for piece in out[1:]:
        if piece and re.match(r"[\u4e00-\u9fff]", piece[0]):
            fixed.append("\n        " + piece)
        else:
            fixed[-1] += piece
    return "".join(fixed)


def text_to_html(text, charset="utf-8", encoding=None):
    lines = [ln.strip(" \u3000") for ln in text.split("\n") if ln.strip()]
    body = [f"<h1>{html.escape(lines[0])}</h1>"] if lines else []
    i = 1
    while i < len(lines):
        esc = _wrap_cjk(html.escape(lines[i], quote=False))
        if i % 6 == 2 and i + 1 < len(lines):
            body.append(f"<p>&nbsp;&nbsp;{esc}<br/>{html.escape(lines[i + 1], quote=False)}</p>")
            i += 2
            continue
        if i % 6 == 4:
            body.append(f'<div class="para"><span style="font-size:16px">{esc}</span></div>')
        elif i % 6 == 5:
            body.append(f"<table><tr><td>{esc}</td></tr></table>")
        else:
            body.append(f"<p style=\"text-indent:2em\">{esc}")  # unclosed <p>, as on many sites
        i += 1
    page = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>某某区人民政府门户网站_政务公开</title>
<style>p {{ line-height: 2; }} .x:before {{ content: "审结977件"; }}</style>
<script>var stat = "纠错率为42.2%，共236件"; document.write("<p>2019年</p>");</script>
</head><body>
<div class="header"><div class="logo">某某区人民政府 欢迎您 2024年3月1日 星期五</div></div>
<nav><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/hd">政民互动</a></li></ul></nav>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; <a href="/zwgk/fz">法治政府建设</a></div>
<div class="main"><div class="article-content">
{chr(10).join(body)}
</div>
<div class="related"><h3>相关链接</h3><ul><li><a href="/a">2022年度法治政府建设情况报告</a></li><li><a href="/b">2021年度法治政府建设情况报告</a></li></ul></div>
<div style="display:none">隐藏的统计代码 第99号</div>
</div>
<footer><p>主办单位：某某区人民政府办公室 版权所有 网站标识码1101120001 京ICP备05069333号</p></footer>
<noscript>请启用脚本</noscript>
</body></html>
"""
    return page.encode(encoding or charset, errors="xmlcharrefreplace")


def _decorate(line, i):
    """Markdown emphasis around figures and a link around a word: ``**88**件``,
    ``*15*%``, ``[法治](http://…)`` — markup a reader of the page does not see."""
    k = [0]

    def emph(m):
        k[0] += 1
        mark = ("**", "*", "***")[(k[0] + i) % 3]
        return f"{mark}{m.group()}{mark}"
    line = re.sub(r"\d+(?:\.\d+)?", emph, line)
    return re.sub(r"(法治|政府|行政)", lambda m: f"[{m.group()}](http://example.cn/{i}?a=1&b=2)", line, count=1)


def text_to_md(text, decorate=False):
    lines = [ln.strip(" \u3000") for ln in text.split("\n") if ln.strip()]
    # front matter, code and comments hold numbers and a heading-like line in characters
    # common to both scripts (the script rules are not asked to read Markdown masks)
    out = ["---", "title: report", "date: 2024-03-01", "---", ""]
    for i, line in enumerate(lines):
        found = match_marker(line, 0, len(line))
        if found and found[0] in (1, 2) and found[1].end() < len(line):
            out.append("#" * (found[0] + 1) + " " + line)
        else:
            assert "*" not in line and "`" not in line
            # a line that would read as Markdown block markup is escaped: "\- 相关新闻"
            escape = "\\" if re.match(r"[-*+>#|]", line) else ""
            out.append(escape + (_decorate(line, i) if decorate else line))
        out.append("")
        if i == 3:
            out += ["```text", "977件，236件，42.2%。", "一、文件", "```", "",
                    "<!-- 共 88 件 -->", ""]
    return "\n".join(out)


def _big5_safe(text):
    """``text`` with the characters Big5 cannot encode replaced (the same text is
    then written as UTF-8 and as Big5)."""
    out = []
    for ch in text:
        try:
            ch.encode("big5")
            out.append(ch)
        except UnicodeEncodeError:
            out.append("□")
    return "".join(out)


# -- same report, same findings ---------------------------------------------------------------------
@pytest.mark.parametrize("seed", SEEDS, ids=os.path.basename)
def test_same_findings_in_every_format(seed, reg, tmp_path):
    with open(seed, encoding="utf-8") as fh:
        text = fh.read()
    base = tmp_path / "base.txt"
    base.write_bytes(text.encode("utf-8"))
    doc0, found0 = lint_file(reg, str(base))
    expected = signature(doc0, found0)
    assert any(c == "ZZ901" for c, *_ in expected)
    assert doc0.headings.headings, "the seed has numbered headings"

    variants = {
        "bom.txt": codecs_bom(text),
        "gb18030.txt": text.encode("gb18030"),
        "crlf.txt": text.replace("\n", "\r\n").encode("utf-8"),
        "utf16.txt": b"\xff\xfe" + text.encode("utf-16-le"),
        "report.md": text_to_md(text).encode("utf-8"),
        "decorated.md": text_to_md(text, decorate=True).encode("utf-8"),
        "page-utf8.html": text_to_html(text),
        "page-gb2312.html": text_to_html(text, charset="gb2312", encoding="gb18030"),
    }
    docx, auto = text_to_docx(text)
    assert auto >= 3, "auto-numbered headings in the .docx"
    variants["report.docx"] = docx
    # laid out as an official PDF: running header, page numbers, wrapped lines
    from pdfgen import PDF_MISSING, text_to_pdf
    variants["report.pdf"] = text_to_pdf(text)
    # a web page drops the page furniture before and after the article (the news seed opens
    # with a share widget): the page must give the findings of the .txt without those lines
    kept = _without_edge_furniture(text)
    expected_html = expected
    if kept != _without_edge_furniture(text, drop_nothing=True):
        (tmp_path / "kept.txt").write_bytes(kept.encode("utf-8"))
        expected_html = signature(*lint_file(reg, str(tmp_path / "kept.txt")))
        assert len(expected_html) < len(expected)
    for name, data in variants.items():
        p = tmp_path / name
        p.write_bytes(data)
        doc, found = lint_file(reg, str(p))
        got = signature(doc, found)
        want = expected_html if name.endswith(".html") else expected
        if name.endswith(".pdf") and PDF_MISSING.search(text):
            # the generator's font (STSong-Light) has no glyph for · and •: the PDF lacks them
            (tmp_path / "pdf.txt").write_bytes(PDF_MISSING.sub("", text).encode("utf-8"))
            want = signature(*lint_file(reg, str(tmp_path / "pdf.txt")))
        assert got == want, (name, _first_difference(want, got))
    # the .docx really carries the numbering outside the text
    with zipfile.ZipFile(io.BytesIO(docx)) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    first = next(h for h in doc0.headings if h.level == 1)
    assert first.marker not in re.sub(r"<[^>]+>", "", xml).split(first.title(doc0))[0][-5:]


def _without_edge_furniture(text, drop_nothing=False):
    from lintgov.readers.html import edge_furniture, furniture_kind
    lines = [ln.strip(" \u3000") for ln in text.split("\n") if ln.strip()]
    drop = [False] * len(lines) if drop_nothing else edge_furniture([(ln, furniture_kind(ln)) for ln in lines])
    return "\n".join(ln for ln, d in zip(lines, drop) if not d) + "\n"


def codecs_bom(text):
    return b"\xef\xbb\xbf" + text.encode("utf-8")


def _first_difference(a, b):
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return i, x, y
    return len(a), a[len(b):len(b) + 2], b[len(a):len(a) + 2]


def test_big5_text_and_page_give_the_same_findings(reg, tmp_path):
    trad = [s for s in SEEDS if os.path.basename(s).startswith("000")]
    if not trad:
        pytest.skip("traditional-script seed missing")
    with open(trad[0], encoding="utf-8") as fh:
        text = _big5_safe(fh.read())
    (tmp_path / "u.txt").write_bytes(text.encode("utf-8"))
    (tmp_path / "b.txt").write_bytes(text.encode("big5"))
    (tmp_path / "b.html").write_bytes(text_to_html(text, charset="big5", encoding="big5"))
    doc0, f0 = lint_file(reg, str(tmp_path / "u.txt"))
    for name in ("b.txt", "b.html"):
        doc, f = lint_file(reg, str(tmp_path / name))
        assert doc.encoding in ("big5", "cp950")
        assert signature(doc, f) == signature(doc0, f0), name


# -- .docx ----------------------------------------------------------------------------------------------
def read_docx(data, tmp_path, name="t.docx"):
    p = tmp_path / name
    p.write_bytes(data)
    reg = build_registry(load_entry_points=False)
    return read_document(str(p), name, reg)


def test_docx_auto_numbering_feeds_the_heading_tree(tmp_path):
    body = "".join([
        para("总体情况", num=("1", 0)),
        para("加强组织领导", num=("1", 1)),
        para("健全制度", num=("1", 2)),
        para("细化分工", num=("1", 3)),
        para("完善考核", num=("1", 3)),
        para("强化落实", num=("1", 2)),
        para("推进依法行政", num=("1", 1)),
        para("深化改革", num=("1", 2)),   # restarts at 1 under a new （二）
        para("存在的问题", num=("1", 0)),
        para("下一步打算", style="CnHeading1Bold"),  # numbered through its style (basedOn)
    ])
    doc = read_docx(make_docx(body), tmp_path)
    assert doc.text.split("\n") == [
        "一、总体情况", "（一）加强组织领导", "1.健全制度", "（1）细化分工", "（2）完善考核", "2.强化落实",
        "（二）推进依法行政", "1.深化改革", "二、存在的问题", "三、下一步打算"]
    tree = doc.headings
    assert [(h.level, h.value) for h in tree] == [(1, 1), (2, 1), (3, 1), (4, 1), (4, 2), (3, 2), (2, 2), (3, 1),
                                                 (1, 2), (1, 3)]
    assert [h.title(doc) for h in tree.roots] == ["总体情况", "存在的问题", "下一步打算"]


def test_docx_number_formats_and_overrides(tmp_path):
    from lintgov.readers.docx import format_number
    assert [format_number(n, "chineseCounting") for n in (1, 9, 10, 11, 20, 21, 100, 105, 110)] == \
        ["一", "九", "十", "十一", "二十", "二十一", "一百", "一百零五", "一百一十"]
    assert format_number(3, "decimalFullWidth") == "３"
    assert format_number(2, "ideographTraditional") == "乙"
    assert format_number(28, "upperLetter") == "BB"
    assert format_number(4, "lowerRoman") == "iv"
    numbering = numbering_xml(
        [("0", CN_LEVELS), ("5", lvl(0, "bullet", "\uf0b7")), ("6", lvl(0, "decimal", "第%1条", start=3))],
        [("1", "0", ""), ("2", "0", '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride>'),
         ("3", "5", ""), ("4", "6", "")])
    body = "".join([para("甲", num=("1", 0)), para("乙", num=("1", 0)), para("丙", num=("2", 0)),
                    para("丁", num=("2", 0)), para("要点", num=("3", 0)), para("条文", num=("4", 0)),
                    para("十个", num=("0", 0))])
    doc = read_docx(make_docx(body, numbering=numbering), tmp_path)
    assert doc.text.split("\n") == ["一、甲", "二、乙", "五、丙", "六、丁", "要点", "第3条条文", "十个"]


def test_docx_heading_styles_bound_to_list_levels_and_list_styles(tmp_path):
    # Word's "link level to style": w:lvl/w:pStyle, the style's numPr has no ilvl;
    # and a list defined through a numbering style (numStyleLink → styleLink)
    levels = (lvl(0, "chineseCounting", "%1、").replace("<w:start", '<w:pStyle w:val="H1"/><w:start')
              + lvl(1, "chineseCounting", "（%2）").replace("<w:start", '<w:pStyle w:val="H2"/><w:start'))
    numbering = numbering_xml(
        [("0", levels), ("7", '<w:styleLink w:val="ReportList"/>' + CN_LEVELS), ("8", '<w:numStyleLink w:val="ReportList"/>')],
        [("1", "0", ""), ("3", "7", ""), ("4", "8", "")])
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><w:styles {W_NS}>'
              '<w:style w:type="paragraph" w:styleId="H1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="H2"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
              '</w:styles>')
    body = "".join([para("总体情况", style="H1"), para("加强领导", style="H2"), para("健全制度", style="H2"),
                    para("存在问题", style="H1"), para("甲", num=("4", 0)), para("乙", num=("4", 1)),
                    para("丙", num=("3", 1))])
    doc = read_docx(make_docx(body, numbering=numbering, styles=styles), tmp_path)
    assert doc.text.split("\n") == ["一、总体情况", "（一）加强领导", "（二）健全制度", "二、存在问题",
                                    "一、甲", "（一）乙", "（二）丙"]


def test_docx_tables_breaks_and_exclusions(tmp_path):
    hidden = '<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏文字</w:t></w:r>'
    body = "".join([
        para("表1 行政复议案件情况"),
        table([[para("收案"), para("审结")], [para("1,024件"), para("977件") + para("（含上年结转）")]]),
        f'<w:p>{run("第一行")}<w:r><w:br/></w:r>{run("第二行")}<w:r><w:br w:type="page"/></w:r>{hidden}'
        f'<w:r><w:footnoteReference w:id="1"/></w:r></w:p>',
        '<w:p><w:hyperlink r:id="x">' + run("链接文字") + '</w:hyperlink><w:ins w:id="1">' + run("插入")
        + '</w:ins><w:del w:id="2"><w:r><w:delText>删除</w:delText></w:r></w:del></w:p>',
        '<w:sdt><w:sdtContent>' + para("内容控件里的段落") + '</w:sdtContent></w:sdt>',
        "<w:p/><w:p><w:r><w:t>   </w:t></w:r></w:p>",
    ])
    toc = ('<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr>'
           '<w:sdtContent>' + para("一、总体情况\t1") + '</w:sdtContent></w:sdt>'
           '<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr>' + run("二、存在问题\t3") + '</w:p>')
    doc = read_docx(make_docx(toc + body), tmp_path)
    assert doc.text.split("\n") == ["表1 行政复议案件情况", "收案", "审结", "1,024件", "977件", "（含上年结转）",
                                    "第一行", "第二行", "链接文字插入", "内容控件里的段落"]
    assert "脚注" not in doc.text and "批注" not in doc.text and "隐藏" not in doc.text
    assert [len(p.start.__class__.__name__) for p in doc.paragraphs]  # paragraphs exist
    assert [doc.text[p.start:p.end] for p in doc.paragraphs][3] == "1,024件"
    assert doc.format == "docx" and doc.meta["region_basis"] == "paragraph"


BILLION_LAUGHS = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                  '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
                  '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
                  f'<w:document {W_NS}><w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>')


def _zip_bomb():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", PKG_RELS)
        head = f'<?xml version="1.0"?><w:document {W_NS}><w:body>'
        z.writestr("word/document.xml", head + " " * (40 * 1024 * 1024) + "</w:body></w:document>")
    return buf.getvalue()


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


@pytest.mark.parametrize("data, needle", [
    (b"PK\x03\x04 truncated", "not a valid .docx"),
    (b"just some text, not a zip", "not a valid .docx"),
    (None, "truncated"),
    (OLE + "EncryptionInfo".encode("utf-16-le") + "EncryptedPackage".encode("utf-16-le"), "password-protected"),
    (OLE + b"WordDocument", "old binary Word file"),
    ("nodoc", "no word/document.xml"),
    ("badxml", "not well-formed XML"),
    ("laughs", "DTD or entities"),
    ("bomb", "zip bomb"),
], ids=["truncated-header", "not-zip", "truncated-archive", "encrypted", "doc", "no-document", "bad-xml",
        "billion-laughs", "zip-bomb"])
def test_broken_docx_gives_a_clear_error(data, needle, tmp_path):
    good_docx = make_docx(para("正文"))
    if data is None:
        data = good_docx[: len(good_docx) // 2]
        needle = "not a valid .docx"
    elif data == "nodoc":
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr("hello.txt", "hi")
        data = buf.getvalue()
    elif data == "badxml":
        data = make_docx("", document="<w:document><w:body><w:p>")
    elif data == "laughs":
        data = make_docx("", document=BILLION_LAUGHS)
    elif data == "bomb":
        data = _zip_bomb()
        assert len(data) < 200 * 1024
    with pytest.raises(ReadError) as ei:
        read_docx(data, tmp_path)
    assert needle in ei.value.en, ei.value.en
    assert ei.value.zh


def test_part_size_limit_is_enforced_while_reading(tmp_path, monkeypatch):
    import dataclasses
    from lintgov import limits
    data = make_docx("".join(para(f"第{i}段，审结{i}件。") for i in range(200)))
    with limits.using(dataclasses.replace(limits.current(), zip_member_size=2000)):
        with pytest.raises(ReadError, match="zip-member-size"):
            read_docx(data, tmp_path)


def test_unreadable_files_are_reported_and_the_others_still_linted(tmp_path):
    d = tmp_path / "reports"
    d.mkdir()
    (d / "a-broken.docx").write_bytes(b"PK\x03\x04 broken")
    (d / "b-bomb.docx").write_bytes(_zip_bomb())
    (d / "c-locked.docx").write_bytes(OLE + "EncryptedPackage".encode("utf-16-le"))
    (d / "d-good.docx").write_bytes(make_docx(para("2023年法治政府建设年度报告") + para("总体情况", num=("1", 0))))
    (d / "e-page.html").write_bytes(text_to_html("标题\n正文一段。"))
    (d / "f-note.txt").write_text("正文。", encoding="utf-8")
    (d / "old.doc").write_bytes(OLE)
    proc = subprocess.run([sys.executable, "-m", "lintgov", "check", "--select", "LG001", "--output-format", "json",
                           "--no-plugins", str(d)], capture_output=True, text=True, cwd=str(tmp_path))
    assert proc.returncode == 3, proc.stderr  # 3: files could not be read
    data = json.loads(proc.stdout)
    by_path = {f["location"]["path"]: f["message"] for f in data["findings"]}
    assert set(by_path) == {os.path.join("reports", n)
                            for n in ("a-broken.docx", "b-bomb.docx", "c-locked.docx", "old.doc")}
    assert ".docx" in by_path[os.path.join("reports", "old.doc")]  # says: save it as .docx
    assert "压缩炸弹" in by_path[os.path.join("reports", "b-bomb.docx")]
    assert "密码" in by_path[os.path.join("reports", "c-locked.docx")]
    assert len(data["files"]) == 7  # .docx, .doc, .html and .txt found by the directory walk
    # in the same run, the readable files are linted
    from lintgov.config import Settings
    from lintgov.engine import lint_paths
    settings = Settings()
    settings.select = ["LG001", "ZZ901"]
    reg = build_registry(load_entry_points=False, extra_plugins=[_ProbePlugin])
    run = lint_paths([str(d)], reg, settings, {}, cwd=str(tmp_path))
    probed = {f.doc.path for f in run.findings if f.code == "ZZ901"}
    assert probed == {os.path.join("reports", n) for n in ("d-good.docx", "e-page.html", "f-note.txt")}
    assert sorted(run.unreadable) == [os.path.join("reports", n)
                                      for n in ("a-broken.docx", "b-bomb.docx", "c-locked.docx", "old.doc")]


# -- .html ------------------------------------------------------------------------------------------------
def read_html(data, tmp_path, name="p.html"):
    return read_docx(data, tmp_path, name)


def test_html_article_body_only(tmp_path):
    doc = read_html(text_to_html("2023年法治政府建设年度报告\n一、总体情况\n审结977件，直接纠错236件。\n"
                                 "第三段。\n第四段在 div 里。\n第五段在表格里。\n第六段。"), tmp_path)
    assert doc.text.split("\n") == ["2023年法治政府建设年度报告", "一、总体情况", "审结977件，直接纠错236件。",
                                    "第三段。", "第四段在 div 里。", "第五段在表格里。", "第六段。"]
    for noise in ("首页", "当前位置", "版权", "42.2", "欢迎", "相关链接", "隐藏", "请启用", "line-height", "2019"):
        assert noise not in doc.text, noise
    assert doc.format == "html" and doc.encoding == "utf-8"


def test_html_prefers_article_element_and_keeps_breaks(tmp_path):
    page = ("<html><body><div>网站导航文字很多很多很多很多很多很多很多很多很多很多很多很多</div>"
            "<article><h1>报告</h1><p>第一段\n    第二行接着写。</p><p>a\nb 1<br>2</p><ul><li>甲</li><li>乙</ul>"
            "<p>段落<p>隐式结束</article></body></html>")
    doc = read_html(page.encode("utf-8"), tmp_path)
    assert doc.text.split("\n") == ["报告", "第一段第二行接着写。", "a b 1", "2", "甲", "乙", "段落", "隐式结束"]


OLD_STYLE_PAGE = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>xx</title>
<script language="javascript">function a(){ return "首页"; }</script></head>
<body topmargin="0">
<table width="1000"><tr><td><img src="banner.jpg"></td></tr>
<tr><td class="nav"><a href="/">首页</a> | <a href="/a">机构概况</a> | <a href="/b">政务公开</a> | <a href="/c">办事服务</a></td></tr></table>
<table><tr><td width="200" valign="top"><b>政务公开</b><br><a href="/1">法治政府建设</a><br><a href="/2">政府信息公开年报</a><br><a href="/3">财政预决算</a></td>
<td valign="top">
 <div class="title">2023年法治政府建设年度报告</div>
 <div class="info">发布日期：2024-03-01　来源：区司法局　浏览次数：<script>document.write(123)</script></div>
 <div id="zoom" class="TRS_Editor"><p align="justify">　　2023年，我区坚持以习近平法治思想为指导，全面推进依法行政。</p>
 <p>　　一、主要举措和成效</p><p>　　（一）加强组织领导。全年审结行政复议案件977件，直接纠错236件。</p>
 <p><span style="font-family:仿宋">　　二、存在的不足</span></p></div>
 <div class="print"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</td></tr></table>
<table class="bottom" width="1000"><tr><td>版权所有：某某区人民政府　地址：某某路1号　电话：0123-4567890　京ICP备12345678号</td></tr></table>
</body></html>"""


def test_html_table_layout_page_in_gbk(tmp_path):
    """An older government site: layout tables, a link column, a print bar, a
    copyright table; GB2312 declared, bytes in GBK."""
    doc = read_html(OLD_STYLE_PAGE.encode("gbk"), tmp_path, "old.htm")
    assert doc.encoding == "gb18030"
    assert doc.text.split("\n") == [
        "2023年法治政府建设年度报告",  # the metadata bar below the title is furniture: removed
        "2023年，我区坚持以习近平法治思想为指导，全面推进依法行政。", "一、主要举措和成效",
        "（一）加强组织领导。全年审结行政复议案件977件，直接纠错236件。", "二、存在的不足"]
    assert [(h.level, h.value) for h in doc.headings] == [(1, 1), (2, 1), (1, 2)]
    assert doc.meta["html_furniture"] == {"meta": 1}


def test_html_declared_charset_but_resaved_as_utf8(tmp_path):
    page = '<html><head><meta charset="gb2312"></head><body><p>审结977件，纠错236件。</p></body></html>'
    doc = read_html(page.encode("utf-8"), tmp_path)
    assert doc.text == "审结977件，纠错236件。" and doc.encoding == "utf-8"


def test_html_article_header_is_not_a_page_header(tmp_path):
    page = ('<html><body><div class="header">网站名称 无障碍 长者模式</div>'
            '<div class="article-header"><h1>2023年法治政府建设年度报告</h1></div>'
            '<div id="footer">版权所有</div><div class="content"><p>审结977件。</p></div></body></html>')
    doc = read_html(page.encode("utf-8"), tmp_path)
    assert doc.text.split("\n") == ["2023年法治政府建设年度报告", "审结977件。"]


@pytest.mark.parametrize("decl, enc", [
    ('<meta charset="gb2312">', "gb18030"),
    ('<meta http-equiv="Content-Type" content="text/html; charset=GBK" />', "gb18030"),
    ('<meta charset="big5">', "cp950"),
    ('<?xml version="1.0" encoding="gb2312"?>', "gb18030"),
    ("", None),
])
def test_html_declared_charset(decl, enc, tmp_path):
    text = "2023年法治政府建設報告：審結九百七十七件，糾錯二百三十六件。" if enc == "cp950" else \
        "二〇二三年法治政府建设报告：审结九百七十七件，纠错二百三十六件。"
    page = f"<html><head>{decl}<title>t</title></head><body><p>{text}</p></body></html>"
    data = page.encode(enc or "gb18030")
    doc = read_html(data, tmp_path)
    assert doc.text == text
    assert doc.encoding == (enc or "gb18030")


# -- .md ----------------------------------------------------------------------------------------------------
def test_markdown_headings_code_and_front_matter(reg, tmp_path):
    src = ("---\ntitle: 年度报告\n---\n# 2023年法治政府建设年度报告\n\n## 一、总体情况\n\n### （一）加强领导\n\n"
           "审结977件，直接纠错236件。\n\n```\n二、代码里不是标题\n纠错率为42.2%\n```\n\n## 二、存在问题\n")
    p = tmp_path / "r.md"
    p.write_text(src, encoding="utf-8")
    doc = read_document(str(p), "r.md", reg)
    assert [(h.level, h.value, h.title(doc)) for h in doc.headings] == [(1, 1, "总体情况"), (2, 1, "加强领导"),
                                                                        (1, 2, "存在问题")]
    assert [q.value for q in doc.quantities if q.value in (977, 236, 42.2)] == [977, 236]
    assert doc.slice(doc.title) == "2023年法治政府建设年度报告"


def test_markdown_indented_code_but_not_indented_prose(reg, tmp_path):
    src = "# 报告\n\n    x = 42.2\n    y = 977\n\n    审结977件，直接纠错236件。\n"
    p = tmp_path / "r.md"
    p.write_text(src, encoding="utf-8")
    doc = read_document(str(p), "r.md", reg)
    assert [doc.text[q.start:q.end] for q in doc.quantities] == ["977件", "236件"]
    assert [doc.text[p.start:p.end] for p in doc.paragraphs] == ["报告", "审结977件，直接纠错236件。"]


def test_markdown_inline_markup_does_not_shift_columns(reg, tmp_path):
    line = "**一是**加强领导，审结`代码`**977件**，见[《条例》](http://example.cn/x)，直接纠错236件。"
    p = tmp_path / "r.md"
    p.write_text("# 报告\n\n" + line + "\n", encoding="utf-8")
    doc, found = lint_file(reg, str(p))
    q = next(q for q in doc.quantities if q.value == 236)
    ln, col = doc.position(q.start)
    assert (ln, col) == (3, line.index("236") + 1)   # the column in the file, markup included
    para = next(p for p in doc.paragraphs if doc.position(p.start)[0] == 3)
    masked = doc.masked()[para.start:para.end]
    assert "**" not in masked and "`" not in masked and "example.cn" not in masked and "](" not in masked
    assert "**" not in doc.text and "](" not in doc.text   # markup is not text at all
    assert doc.text[para.start:para.start + 2] == "一是"   # leading emphasis is skipped
    assert 977 in [q.value for q in doc.quantities]


# -- locations -------------------------------------------------------------------------------------------------
class FirstNumber(Rule):
    code = "ZZ902"
    name = "first-number"
    category = "arithmetic"
    level = "warning"
    summary = {"zh": "测试。", "en": "Test."}
    description = {"zh": "测试用。", "en": "For tests."}
    messages = {"default": {"zh": "数字 {n}", "en": "number {n}"}}
    examples = (bad("审结977件。"), good("无。"))

    def check(self, doc, ctx):
        m = re.search(r"977件", doc.text)
        if m:
            yield self.finding(doc, m.start(), m.end(), n=m.group())


class _NumberPlugin:
    @staticmethod
    @hookimpl
    def lintgov_rules():
        return [FirstNumber]


def _write_plugin(tmp_path):
    # the CLI loads plugins from entry points only; run the formatters in-process instead
    return build_registry(load_entry_points=False, extra_plugins=[_NumberPlugin])


def _render(fmt, paths, tmp_path, lang="zh"):
    from lintgov.config import Settings
    from lintgov.engine import lint_paths
    from lintgov.formatters.base import FormatOptions
    reg = _write_plugin(tmp_path)
    settings = Settings()
    settings.select = ["ZZ902"]
    run = lint_paths([str(p) for p in paths], reg, settings, {}, cwd=str(tmp_path))
    return run, reg.formatters[fmt].render(run, FormatOptions(lang=lang, exit_code=1))


def test_docx_and_html_locations_name_paragraph_and_quote(tmp_path):
    (tmp_path / "r.docx").write_bytes(make_docx(para("报告") + para("总体情况", num=("1", 0))
                                                + table([[para("收案"), para("今年审结977件，直接纠错236件")]])))
    (tmp_path / "r.html").write_bytes(text_to_html("报告\n一、总体情况\n收案\n今年审结977件，直接纠错236件"))
    (tmp_path / "r.txt").write_text("报告\n一、总体情况\n收案\n今年审结977件，直接纠错236件", encoding="utf-8")
    run, out = _render("text", [tmp_path / "r.docx", tmp_path / "r.html", tmp_path / "r.txt"], tmp_path)
    lines = out.splitlines()
    assert "r.docx:4:5: ZZ902 [警告] 数字 977件（第 4 段：「今年审结977件，直接纠错236…」）" in lines
    assert "r.html:4:5: ZZ902 [警告] 数字 977件（第 4 段：「今年审结977件，直接纠错236…」）" in lines
    assert "r.txt:4:5: ZZ902 [警告] 数字 977件" in lines   # text files: line:col only
    _, out_en = _render("text", [tmp_path / "r.docx"], tmp_path, lang="en")
    assert 'r.docx:4:5: ZZ902 [warning] number 977件 (paragraph 4: "今年审结977件，直接纠错236…")' in out_en


def test_sarif_regions_for_docx_are_paragraphs_and_schema_valid(tmp_path, shared_dir):
    jsonschema = pytest.importorskip("jsonschema")
    (tmp_path / "r.docx").write_bytes(make_docx(para("报告") + para("今年审结977件，直接纠错236件")))
    (tmp_path / "r.txt").write_text("报告\r\n今年审结977件\r\n", encoding="utf-8")
    run, out = _render("sarif", [tmp_path / "r.docx", tmp_path / "r.txt"], tmp_path)
    log = json.loads(out)
    with open(os.path.join(shared_dir, "sarif", "sarif-schema-2.1.0.json"), encoding="utf-8") as fh:
        schema = json.load(fh)
    jsonschema.validate(log, schema)
    res = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]: r for r in log["runs"][0]["results"]}
    docx = res["r.docx"]
    region = docx["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] == 2 and region["startColumn"] == 5 and region["endColumn"] == 9
    assert region["snippet"]["text"] == "977件"
    ctx = docx["locations"][0]["physicalLocation"]["contextRegion"]
    assert ctx["snippet"]["text"] == "今年审结977件，直接纠错236件" and "charOffset" not in ctx
    assert "charOffset" not in region
    assert docx["properties"]["lintgov/paragraph"] == 2
    assert docx["properties"]["lintgov/regionBasis"].startswith("paragraph")
    assert "977件" in docx["properties"]["lintgov/quote"]
    txt_region = res["r.txt"]["locations"][0]["physicalLocation"]["region"]
    assert txt_region["charOffset"] == 8 and "lintgov/regionBasis" not in res["r.txt"]["properties"]
    arts = {a["location"]["uri"]: a for a in log["runs"][0]["artifacts"]}
    assert arts["r.docx"]["properties"]["lintgov/regionBasis"].startswith("paragraph")


def test_directory_walk_picks_reader_suffixes(tmp_path):
    from lintgov.config import Settings
    from lintgov.engine import collect_files
    for n in ("a.txt", "b.md", "c.docx", "d.html", "e.htm", "f.pdf", "g.doc", "h.wps", "i.png"):
        (tmp_path / n).write_bytes(b"x")
    reg = build_registry(load_entry_points=False)
    got = sorted(os.path.basename(p) for p, _ in collect_files([str(tmp_path)], reg, Settings()))
    assert got == ["a.txt", "b.md", "c.docx", "d.html", "e.htm", "f.pdf", "g.doc", "h.wps"]


# -- damaged files never crash the run ------------------------------------------------------------------------
from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

_SAMPLE_DOCX = make_docx(para("总体情况", num=("1", 0)) + table([[para("审结977件")]]) + para("正文。"))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.integers(0, len(_SAMPLE_DOCX)), flips=st.lists(st.tuples(st.integers(0, len(_SAMPLE_DOCX) - 1),
                                                                      st.integers(0, 255)), max_size=6))
def test_damaged_docx_reads_or_raises_read_error(cut, flips):
    from lintgov.readers.docx import DocxReader
    data = bytearray(_SAMPLE_DOCX)
    for pos, val in flips:
        data[pos] = val
    data = bytes(data[:cut] if cut > 30 else data)
    try:
        doc = DocxReader().read(data, "x.docx")
    except ReadError as e:
        assert e.zh and e.en
    else:
        assert isinstance(doc.text, str)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/=\"' pdivbrscriptaulitdh1&;#x中文，。\n")), max_size=300))
def test_any_markup_soup_extracts(page):
    from lintgov.readers.html import extract_html
    lines = extract_html(page)
    assert all(line and "\n" not in line and line == line.strip() for line in lines)


def test_a_character_reference_to_a_vertical_tab_is_no_line_of_its_own():
    from lintgov.readers.html import extract_html
    assert extract_html("&#xb") == []
    assert extract_html("<p>&#xb;甲&#x1f;</p>") == ["甲"]
