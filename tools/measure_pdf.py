"""Measure PDF text extraction on Chinese reports (why lintgov reads PDF with pdfminer.six).

Builds PDFs from reports of ../shared/corpus/full (never committed): with reportlab
(CID font STSong-Light, running header, page numbers, indented paragraphs) and, when
``soffice`` is on PATH, with LibreOffice from a .docx (first-line indent, a running
header, a PAGE-field footer, embedded subset TrueType font) — the way Word/WPS exports
look.  Then compares, per library installed (pdfminer.six, pypdf, pymupdf):
extraction time and character similarity (whitespace ignored, page furniture
removed), and for lintgov's reader the share of paragraphs rebuilt identically.

    .venv/bin/python tools/measure_pdf.py [--docs 8] [--keep DIR]
"""
from __future__ import annotations

import argparse
import difflib
import io
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from xml.sax.saxutils import escape

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests"))
sys.path.insert(0, ROOT)
CORPUS = os.path.join(ROOT, "..", "shared", "corpus", "full")

W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


def docx_with_page_furniture(paragraphs):
    """A .docx: indented paragraphs, a running header, a centred page number footer."""
    def p(text, indent=True, centre=False):
        ppr = "<w:pPr>" + ('<w:jc w:val="center"/>' if centre else "") + \
              ('<w:ind w:firstLineChars="200" w:firstLine="640"/>' if indent else "") + \
              '<w:rPr><w:sz w:val="32"/></w:rPr></w:pPr>'
        return (f'<w:p>{ppr}<w:r><w:rPr><w:rFonts w:eastAsia="WenQuanYi Zen Hei"/><w:sz w:val="32"/></w:rPr>'
                f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>')
    body = "".join(p(t, indent=i > 0, centre=i == 0 and len(t) < 40) for i, t in enumerate(paragraphs))
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rId10"/><w:footerReference w:type="default" r:id="rId11"/>'
            '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" '
            'w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>')
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W_NS}><w:body>{body}{sect}</w:body></w:document>'
    header = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {W_NS}><w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
              '<w:r><w:t>某某市人民政府办公室文件</w:t></w:r></w:p></w:hdr>')
    footer = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {W_NS}><w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
              '<w:r><w:t xml:space="preserve">— </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
              '<w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
              '<w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
          '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
             '<Relationship Id="rId11" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/_rels/document.xml.rels", drels)
        z.writestr("word/document.xml", doc)
        z.writestr("word/header1.xml", header)
        z.writestr("word/footer1.xml", footer)
    return buf.getvalue()


def compact(s):
    return re.sub(r"[\s\u3000\u200b-\u200d]+", "", s)


def ex_pdfminer(data):
    from pdfminer.high_level import extract_text
    return extract_text(io.BytesIO(data))


def ex_pypdf(data):
    import pypdf
    return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(data)).pages)


def ex_pymupdf(data):
    import pymupdf
    return "\n".join(p.get_text() for p in pymupdf.open(stream=data, filetype="pdf"))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=8)
    ap.add_argument("--keep", help="write the PDFs here")
    args = ap.parse_args()
    if not os.path.isdir(CORPUS):
        print("no corpus at", CORPUS)
        return 1
    from pdfgen import text_to_pdf
    from lintgov.readers.pdf import PdfReader
    index = json.load(open(os.path.join(CORPUS, "index.json"), encoding="utf-8"))["documents"]
    step = max(1, len(index) // args.docs)
    picked = [d["file"] for d in index][::step][:args.docs]
    sets = {"reportlab": [], "libreoffice": []}
    tmp = args.keep or tempfile.mkdtemp(prefix="lintgov-pdf-")
    os.makedirs(tmp, exist_ok=True)
    soffice = shutil.which("soffice")
    for name in picked:
        text = open(os.path.join(CORPUS, name), encoding="utf-8").read()
        paras = [ln.strip(" \u3000").replace("\u200d", "") for ln in text.split("\n") if ln.strip()]
        sets["reportlab"].append((name, paras, text_to_pdf("\n".join(paras), header="某某市人民政府办公室文件")))
        if soffice:
            stem = os.path.join(tmp, os.path.splitext(name)[0])
            with open(stem + ".docx", "wb") as fh:
                fh.write(docx_with_page_furniture(paras))
    if soffice:
        subprocess.run([soffice, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", tmp]
                       + [os.path.join(tmp, os.path.splitext(n)[0] + ".docx") for n in picked],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
        for name, paras, _ in sets["reportlab"]:
            pdf = os.path.join(tmp, os.path.splitext(name)[0] + ".pdf")
            if os.path.exists(pdf):
                sets["libreoffice"].append((name, paras, open(pdf, "rb").read()))
    libs = []
    for lib, fn, mod in (("pdfminer.six", ex_pdfminer, "pdfminer"), ("pypdf", ex_pypdf, "pypdf"),
                         ("pymupdf", ex_pymupdf, "pymupdf")):
        try:
            __import__(mod)
            libs.append((lib, fn))
        except ImportError:
            print(f"({lib} not installed)")
    for kind, docs in sets.items():
        if not docs:
            continue
        chars = sum(len("".join(p)) for _, p, _ in docs)
        print(f"\n{kind}: {len(docs)} PDFs, {chars} characters of text")
        for lib, fn in libs:
            sims, t = [], 0.0
            for _, paras, data in docs:
                t0 = time.perf_counter()
                out = fn(data)
                t += time.perf_counter() - t0
                out = re.sub(r"某某市人民政府办公室文件|—\s*\d+\s*—", "", out)
                sims.append(difflib.SequenceMatcher(None, compact("".join(paras)), compact(out), autojunk=False).ratio())
            print(f"  {lib:13s} {t:7.2f} s  {chars / t:8.0f} chars/s  similarity mean {statistics.mean(sims):.4f} min {min(sims):.4f}")
        same = total = got_n = 0
        t = 0.0
        for _, paras, data in docs:
            t0 = time.perf_counter()
            doc = PdfReader().read(data, "x.pdf")
            t += time.perf_counter() - t0
            got = doc.text.split("\n")
            sm = difflib.SequenceMatcher(None, paras, got, autojunk=False)
            same += sum(b.size for b in sm.get_matching_blocks())
            total += len(paras)
            got_n += len(got)
        print(f"  lintgov PdfReader: {t:.2f} s; paragraphs: source {total}, rebuilt {got_n}, identical {same} "
              f"({same / total:.1%})")
    if not args.keep:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
