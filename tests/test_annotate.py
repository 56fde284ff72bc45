"""`lintgov annotate`: a reviewed copy of a Word file with each finding as a comment anchored on
its exact characters.  Read back: the comments part, the text of every anchor range, the other
parts unchanged, the same text and findings when the copy is linted again; LibreOffice opens it
(slow, when soffice is installed)."""
import io
import os
import re
import shutil
import subprocess
import sys
import zipfile
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

import pytest

from conftest import lintgov_cmd
from lintgov import hookimpl
from lintgov.annotate import annotate_bytes, comment_paragraphs, output_path, write_package
from lintgov.config import Settings
from lintgov.engine import lint_paths
from lintgov.plugins import build_registry
from lintgov.rule import Edit, Fix, Related, Rule, bad, good

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = "{%s}" % W_NS
NS = (f'xmlns:w="{W_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"')

CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Default Extension="png" ContentType="image/png"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
      'wordprocessingml.document.main+xml"/>'
      '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.'
      'wordprocessingml.numbering+xml"/>{extra}</Types>')
PKG_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>')
DOC_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'numbering" Target="numbering.xml"/>{extra}</Relationships>')
NUMBERING = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {NS}>'
             '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
             '<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>'
             '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8   # stands in for an image: copied untouched


def r(text, rpr=""):
    return f'<w:r w:rsidR="00AB12CD">{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def p(*runs, ppr=""):
    return f'<w:p w14:paraId="1A2B3C4D">{ppr}{"".join(runs)}</w:p>'


def numbered(*runs):
    return p(*runs, ppr='<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>')


def cell(*paras):
    return f'<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>{"".join(paras)}</w:tc>'


def table(*rows):
    return "<w:tbl><w:tblPr/>" + "".join(f"<w:tr>{''.join(row)}</w:tr>" for row in rows) + "</w:tbl>"


def docx(body, comments=None, stored_image=True):
    buf = io.BytesIO()
    extra_ct = ('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-'
                'officedocument.wordprocessingml.comments+xml"/>') if comments else ""
    extra_rel = ('<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                 'comments" Target="comments.xml"/>') if comments else ""
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT.replace("{extra}", extra_ct))
        z.writestr("_rels/.rels", PKG_RELS)
        z.writestr("word/_rels/document.xml.rels", DOC_RELS.replace("{extra}", extra_rel))
        z.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                                        f'<w:document {NS}><w:body>{body}<w:sectPr/></w:body></w:document>')
        z.writestr("word/numbering.xml", NUMBERING)
        z.writestr(zipfile.ZipInfo("word/media/image1.png", (2020, 5, 17, 10, 30, 0)), PNG,
                   compress_type=zipfile.ZIP_STORED if stored_image else zipfile.ZIP_DEFLATED)
        if comments:
            z.writestr("word/comments.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                                            f'<w:comments {NS}>{comments}</w:comments>')
    return buf.getvalue()


# -- test rules: each flags a fixed word; one gives a document-level finding -------------------------
class WordRule(Rule):
    code = "ZZ801"
    name = "probe-word"
    category = "typography"
    level = "warning"
    summary = {"zh": "探针。", "en": "Probe."}
    description = {"zh": "测试用。", "en": "For tests."}
    messages = {"default": {"zh": "标记“{w}”", "en": "marked {w}"}}
    examples = (bad("甲乙"), good("丙"))
    WORDS = ("纠错率为42.2%", "A&B<C>", "合计9件", "一、", "删除这里", "𠮷野家示例", "链接里的字", "段尾\n段首")

    def check(self, doc, ctx):
        for w in self.WORDS:
            for m in re.finditer(re.escape(w), doc.text):
                fix = None
                if w == "删除这里":
                    fix = Fix((Edit(m.start(), m.end(), ""),), {"zh": "删去多余文字", "en": "remove the extra words"})
                rel = [Related(0, 2, {"zh": "开头两字", "en": "first two characters"})] if w.startswith("纠错") else []
                yield self.finding(doc, m.start(), m.end(), w=w, fix=fix, related=rel)


class WholeDocRule(WordRule):
    code = "ZZ802"
    name = "probe-document"
    level = "note"
    messages = {"default": {"zh": "全文：缺少某板块", "en": "whole document: a block is missing"}}

    def check(self, doc, ctx):
        if "缺板块" in doc.text:
            yield self.finding(doc, 0, 0)


class _Plugin:
    @staticmethod
    @hookimpl
    def lintgov_rules():
        return [WordRule, WholeDocRule]


REG = build_registry(load_entry_points=False, extra_plugins=[_Plugin])
PROBES = Settings(select=["ZZ801", "ZZ802"])


def lint(path, settings=PROBES):
    run = lint_paths([str(path)], REG, settings, {}, cwd=str(os.path.dirname(str(path))))
    assert not run.notifications, run.notifications
    return run


def anchors_in(data):
    """comment id -> the text of its anchor range (w:t text between commentRangeStart and End,
    in document order), and -> (start element's parent, end element's parent)."""
    z = zipfile.ZipFile(io.BytesIO(data))
    root = ET.fromstring(z.read("word/document.xml"))
    parent = {c: par for par in root.iter() for c in par}
    active, texts, where = set(), {}, {}
    for el in root.iter():
        if el.tag == W + "commentRangeStart":
            cid = el.get(W + "id")
            active.add(cid)
            texts.setdefault(cid, "")
            where[cid] = [parent[el], None]
        elif el.tag == W + "commentRangeEnd":
            active.discard(el.get(W + "id"))
            where[el.get(W + "id")][1] = parent[el]
        elif el.tag == W + "t":
            for cid in active:
                texts[cid] += el.text or ""
    refs = [el.get(W + "id") for el in root.iter(W + "commentReference")]
    return texts, where, refs, root, parent


def comments_in(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    root = ET.fromstring(z.read("word/comments.xml"))
    return {c.get(W + "id"): ["".join(t.text or "" for t in para.iter(W + "t")) for para in c.findall(W + "p")]
            for c in root.findall(W + "comment")}, root


BODY = (p(r("2023年法治政府建设年度报告"))
        + p(r("全年审结977件，直接纠错236件，"), r("纠错率", '<w:rPr><w:b/></w:rPr>'), r("为42.2%。删除这里好"))
        + numbered(r("依法行政"))
        + p(r("符号 A&B<C> 要转义。"))
        + table([cell(p(r("一季度"))), cell(p(r("合计9件")))], [cell(p(r("二季度"))), cell(p(r("合计"), r("9件")))])
        + p(r("末段缺板块。")))


def annotate_file(tmp_path, body=BODY, comments=None, lang="zh", name="draft.docx"):
    src = tmp_path / name
    data = docx(body, comments)
    src.write_bytes(data)
    run = lint(src)
    doc = run.documents[0]
    out, placed = annotate_bytes(data, doc, run.findings, lang)
    return data, out, placed, run, doc


def test_every_finding_is_a_comment_on_its_exact_characters(tmp_path):
    data, out, placed, run, doc = annotate_file(tmp_path)
    texts, where, refs, root, parent = anchors_in(out)
    comments, _ = comments_in(out)
    assert len(run.findings) == len(placed) == len(comments) == len(refs) == 7
    by_code = {}
    for f, a in zip(run.findings, placed):
        by_code.setdefault(f.code, []).append(a)
        cid = str(a.comment_id)
        assert cid in comments and cid in refs
        if a.scope == "exact":
            assert texts[cid] == doc.text[f.start:f.end] == a.text, (f, texts[cid])
        assert comments[cid][0].startswith((f"{f.code} [", f"（全文）{f.code} ["))
    scopes = sorted(a.scope for a in placed)
    # "一、" is Word's numbering label: no characters to hold, so the whole paragraph
    assert scopes == ["document", "exact", "exact", "exact", "exact", "exact", "paragraph"]
    para = next(a for a in placed if a.scope == "paragraph")
    assert texts[str(para.comment_id)] == "依法行政"
    whole = next(a for a in placed if a.scope == "document")       # whole-document: on the title
    assert texts[str(whole.comment_id)] == "2023年法治政府建设年度报告"
    assert comments[str(whole.comment_id)][0].startswith("（全文）ZZ802 [提示]")


def test_comment_text_has_message_evidence_and_fix(tmp_path):
    data, out, placed, run, doc = annotate_file(tmp_path)
    comments, _ = comments_in(out)
    f = next(f for f in run.findings if f.params.get("w") == "纠错率为42.2%")
    a = placed[run.findings.index(f)]
    assert comments[str(a.comment_id)] == ["ZZ801 [警告] 标记“纠错率为42.2%”", "依据：开头两字「20」（第 1 段）"]
    f = next(f for f in run.findings if f.params.get("w") == "删除这里")
    a = placed[run.findings.index(f)]
    assert comments[str(a.comment_id)][-1] == "建议修改：删去多余文字（删去「删除这里」）"
    en = comment_paragraphs(f, "en")
    assert en == ["ZZ801 [warning] marked 删除这里", "Suggested fix: remove the extra words (delete \u201c删除这里\u201d)"]


def test_split_runs_keep_their_formatting_and_entities(tmp_path):
    data, out, placed, run, doc = annotate_file(tmp_path)
    texts, where, refs, root, parent = anchors_in(out)
    # the bold run 纠错率 is inside the range: still bold, and the text around is unchanged
    bold = [t.text for t in root.iter(W + "t") if parent[t].find(f"{W}rPr/{W}b") is not None]
    assert "".join(bold) == "纠错率"
    f = next(f for f in run.findings if f.params.get("w") == "A&B<C>")
    assert texts[str(placed[run.findings.index(f)].comment_id)] == "A&B<C>"
    raw = zipfile.ZipFile(io.BytesIO(out)).read("word/document.xml").decode("utf-8")
    assert "A&amp;B&lt;C&gt;" in raw
    # namespaces, mc:Ignorable, the CRLF after the declaration: untouched
    original = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
    assert raw.startswith(original[:original.index("<w:body>")])
    # removing what annotate inserted gives back the original text of the part
    stripped = re.sub(r'<w:commentRange(?:Start|End) w:id="\d+"/>|<w:r><w:commentReference w:id="\d+"/></w:r>', "", raw)
    def joined(x):  # run boundaries removed (the split ones and the original ones alike)
        return re.sub(r'</w:t></w:r><w:r w:rsidR="00AB12CD">(<w:rPr><w:b/></w:rPr>)?<w:t xml:space="preserve">', "", x)
    assert joined(stripped) == joined(original) and stripped != raw
    assert stripped.count("<w:r ") == original.count("<w:r ") + 5   # five runs split, nothing else


def test_table_cell_findings_stay_in_their_cell(tmp_path):
    data, out, placed, run, doc = annotate_file(tmp_path)
    texts, where, refs, root, parent = anchors_in(out)
    cells = [a for f, a in zip(run.findings, placed) if f.params.get("w") == "合计9件"]
    assert len(cells) == 2
    for a in cells:
        start_parent, end_parent = where[str(a.comment_id)]
        assert start_parent.tag == end_parent.tag == W + "p"
        assert start_parent is end_parent                     # in the cell's own paragraph
        tc = next(tc for tc in root.iter(W + "tc") if start_parent in list(tc))
        assert "".join(t.text for t in tc.iter(W + "t")) == "合计9件"
        assert texts[str(a.comment_id)] == "合计9件"


def test_copy_reads_back_to_the_same_text_and_findings(tmp_path):
    data, out, placed, run, doc = annotate_file(tmp_path)
    (tmp_path / "copy.docx").write_bytes(out)
    again = lint(tmp_path / "copy.docx")
    assert again.documents[0].text == doc.text
    assert [(f.code, f.start, f.end) for f in again.findings] == [(f.code, f.start, f.end) for f in run.findings]


def test_other_parts_are_copied_byte_for_byte(tmp_path):
    data, out, placed, run, doc = annotate_file(tmp_path)
    zin, zout = zipfile.ZipFile(io.BytesIO(data)), zipfile.ZipFile(io.BytesIO(out))
    assert zout.testzip() is None
    names_in = [i.filename for i in zin.infolist()]
    names_out = [i.filename for i in zout.infolist()]
    assert names_out == names_in + ["word/comments.xml"]
    changed = {"word/document.xml", "[Content_Types].xml", "word/_rels/document.xml.rels"}
    for i in zin.infolist():
        o = zout.getinfo(i.filename)
        if i.filename in changed:
            continue
        # the same compressed bytes, method, date and CRC
        assert (o.compress_type, o.date_time, o.CRC, o.compress_size) == (i.compress_type, i.date_time, i.CRC, i.compress_size)
        start = lambda z, info, raw: raw[info.header_offset:info.header_offset + 30 + len(info.filename) + info.compress_size]
        assert start(zout, o, out)[30:] == start(zin, i, data)[30:]
    ct = zout.read("[Content_Types].xml").decode()
    assert ct.count('PartName="/word/comments.xml"') == 1
    rels = zout.read("word/_rels/document.xml.rels").decode()
    assert rels.count("relationships/comments") == 1 and 'Target="comments.xml"' in rels
    assert zin.read("[Content_Types].xml").decode() in ct.replace(
        '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'wordprocessingml.comments+xml"/>', "")


def test_existing_comments_are_kept_and_ids_stay_unique(tmp_path):
    old = ('<w:comment w:id="5" w:author="审稿人" w:initials="S"><w:p><w:r><w:t>请核对</w:t></w:r></w:p></w:comment>')
    body = BODY.replace(r("2023年法治政府建设年度报告"),
                        '<w:commentRangeStart w:id="5"/>' + r("2023年法治政府建设年度报告")
                        + '<w:commentRangeEnd w:id="5"/><w:r><w:commentReference w:id="5"/></w:r>')
    data, out, placed, run, doc = annotate_file(tmp_path, body=body, comments=old)
    comments, root = comments_in(out)
    assert comments["5"] == ["请核对"]
    ids = [c.get(W + "id") for c in root.findall(W + "comment")]
    assert len(ids) == len(set(ids)) == 1 + len(run.findings)
    assert all(int(a.comment_id) > 5 for a in placed)
    zout = zipfile.ZipFile(io.BytesIO(out))
    assert zout.read("[Content_Types].xml") == zipfile.ZipFile(io.BytesIO(data)).read("[Content_Types].xml")
    texts, *_ = anchors_in(out)
    assert texts["5"] == "2023年法治政府建设年度报告"


def test_character_references_hyperlinks_and_ranges_over_two_paragraphs(tmp_path):
    body = (p(r("标题报告"))
            + p('<w:r><w:t xml:space="preserve">前&#x20BB7;野家&#31034;例后</w:t></w:r>')   # 𠮷 and 示 as references
            + p(r("见"), f'<w:hyperlink r:id="rId5" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
                       f'relationships">{r("这是链接里的字呢")}</w:hyperlink>')
            + p(r("第一段段尾")) + p(r("段首第二段")))
    data, out, placed, run, doc = annotate_file(tmp_path, body=body)
    texts, where, refs, root, parent = anchors_in(out)
    got = {f.params["w"]: (a, texts[str(a.comment_id)]) for f, a in zip(run.findings, placed)}
    assert got["𠮷野家示例"][1] == "𠮷野家示例" and got["𠮷野家示例"][0].scope == "exact"
    assert got["链接里的字"][1] == "链接里的字"
    a, text = got["段尾\n段首"]
    assert text == "段尾段首" and a.text == "段尾段首"      # the range runs from one paragraph into the next
    start_p, end_p = where[str(a.comment_id)]
    assert start_p is not end_p and start_p.tag == end_p.tag == W + "p"
    link = next(root.iter(W + "hyperlink"))
    assert [c.tag for c in link].count(W + "commentRangeStart") == 1   # the markers stay inside the link
    (tmp_path / "copy.docx").write_bytes(out)
    assert lint(tmp_path / "copy.docx").documents[0].text == doc.text


def test_zip_writer_round_trips_members_with_data_descriptors(tmp_path):
    # members written to a stream (no seeking) carry data descriptors; they are copied too
    class Unseekable(io.RawIOBase):
        def __init__(self):
            self.buf = bytearray()

        def writable(self):
            return True

        def write(self, b):
            self.buf += b
            return len(b)
    sink = Unseekable()
    with zipfile.ZipFile(sink, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("a.xml", "<a>甲</a>" * 50)
        with z.open("b.bin", "w") as fh:
            fh.write(PNG)
    data = bytes(sink.buf)
    out = write_package(data, {"a.xml": "<a>乙</a>".encode(), "new.xml": b"<n/>"})
    z = zipfile.ZipFile(io.BytesIO(out))
    assert z.testzip() is None
    assert z.read("a.xml") == "<a>乙</a>".encode() and z.read("b.bin") == PNG and z.read("new.xml") == b"<n/>"


def cli(args, cwd):
    return subprocess.run(lintgov_cmd() + list(args), cwd=cwd, capture_output=True, text=True,
                          env=dict(os.environ, LINTGOV_DISABLE_PLUGIN_AUTOLOAD="1"))


def test_cli_writes_the_copy_next_to_the_original(tmp_path):
    body = p(r("2023年，全年审结行政复议案件977件，直接纠错236件，"), r("纠错率为42.2%。"))
    data = docx(body)
    (tmp_path / "草稿.docx").write_bytes(data)
    (tmp_path / "notes.txt").write_text("审结977件，直接纠错236件，纠错率为42.2%。\n", encoding="utf-8")
    res = cli(["annotate", "--isolated", "--select", "LG101", "草稿.docx", "notes.txt"], tmp_path)
    assert res.returncode == 1, res.stderr                  # findings, as `lintgov check`
    assert (tmp_path / "草稿.docx").read_bytes() == data   # the original is never touched
    out = (tmp_path / "草稿.lintgov.docx").read_bytes()
    assert "草稿.docx → 草稿.lintgov.docx：1 条批注" in res.stdout
    assert "notes.txt:1:" in res.stdout and "LG101 [错误]" in res.stdout   # the text file is reported
    comments, _ = comments_in(out)
    (only,) = comments.values()
    assert only[0].startswith("LG101 [错误] ") and "24.16%" in only[0]
    texts, *_ = anchors_in(out)
    assert list(texts.values()) == ["42.2%"] or list(texts.values())[0] in ("纠错率为42.2%", "42.2%")
    # a folder: reviewed copies are not annotated again
    res = cli(["annotate", "--isolated", "--select", "LG101", "--lang", "en", "."], tmp_path)
    assert "草稿.docx -> 草稿.lintgov.docx: 1 comment" in res.stdout, res.stdout
    assert not (tmp_path / "草稿.lintgov.lintgov.docx").exists()


def test_cli_refuses_to_overwrite_the_original_and_honours_o(tmp_path):
    data = docx(p(r("审结977件，直接纠错236件，纠错率为42.2%。")))
    (tmp_path / "a.docx").write_bytes(data)
    res = cli(["annotate", "--isolated", "a.docx", "-o", "a.docx"], tmp_path)
    assert res.returncode == 2 and "never overwrites" in res.stderr
    assert (tmp_path / "a.docx").read_bytes() == data
    res = cli(["annotate", "--isolated", "a.docx", "-o", "reviewed.docx"], tmp_path)
    assert res.returncode == 1 and (tmp_path / "reviewed.docx").exists(), res.stderr
    assert output_path("x/a.docm") == "x/a.lintgov.docm"
    (tmp_path / "m.docm").write_bytes(data)      # a macro-enabled document: the copy keeps its suffix
    res = cli(["annotate", "--isolated", "m.docm"], tmp_path)
    assert res.returncode == 1 and "m.docm → m.lintgov.docm：" in res.stdout, res.stdout + res.stderr
    assert len(comments_in((tmp_path / "m.lintgov.docm").read_bytes())[0]) >= 1
    (tmp_path / "b.docx").write_bytes(data)
    res = cli(["annotate", "--isolated", "a.docx", "b.docx", "-o", "one.docx"], tmp_path)
    assert res.returncode == 2 and not (tmp_path / "one.docx").exists()


def _soffice():
    return shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.slow
@pytest.mark.skipif(not _soffice(), reason="LibreOffice (soffice) is not installed")
def test_libreoffice_opens_the_copy_and_sees_every_comment(tmp_path):
    data, out, placed, run, doc = annotate_file(tmp_path)
    (tmp_path / "copy.docx").write_bytes(out)
    profile = (tmp_path / "lo-profile").as_uri()
    res = subprocess.run([_soffice(), f"-env:UserInstallation={profile}", "--headless", "--convert-to", "fodt",
                          "--outdir", str(tmp_path / "out"), str(tmp_path / "copy.docx")],
                         capture_output=True, text=True, timeout=240)
    fodt = tmp_path / "out" / "copy.fodt"
    assert fodt.exists(), res.stdout + res.stderr
    text = fodt.read_text(encoding="utf-8")
    assert text.count("<office:annotation ") + text.count("<office:annotation>") == len(run.findings) == 7
    assert text.count("<office:annotation-end ") == sum(1 for a in placed) or "<office:annotation-end" in text
    for f in run.findings:
        assert escape(f.message("zh")) in text or f.message("zh").replace("“", "").replace("”", "") in text
