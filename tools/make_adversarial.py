#!/usr/bin/env python3
"""Generate the adversarial input folder of issue 11 (nothing binary is committed: every
file is built here).

    python tools/make_adversarial.py OUT_DIR          # write the cases and OUT_DIR/cases.json
    python tools/make_adversarial.py OUT_DIR --small  # the same without the 50 MB file

Each case has an ``expect``:

* ``read``     — the file is read (no LG001) and linted; findings are allowed;
* ``lg001``    — the file is reported as LG001 (it cannot or must not be read);
* ``either``   — read or LG001, as long as the run stays within its limits;
* ``skipped``  — not checked and not reported (lock and backup files);

and an ``owner`` (who fixes it if it fails: ``readers`` for input readers, ``safety``
for the engine), an optional ``needle`` (text the extracted document must contain),
and the issue's wording.  ``tests/test_adversarial.py`` runs lintgov over the folder;
``benches/bench_adversarial.py`` times each case and measures its peak memory.
"""
from __future__ import annotations

import glob
import json
import os
import sys
import zipfile
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")

REPORT = ("2023年法治政府建设年度报告\n一、主要举措和成效\n2023年，本区共受理行政复议案件120件，同比增长20%，"
          "纠错率约为10%。区长范晓东主持召开常务会议。\n二、存在的不足\n法治宣传仍有短板。\n"
          "三、下一年度工作安排\n持续推进依法行政。\n")


# -- builders ----------------------------------------------------------------------------------
def _docx(document_xml: str, numbering_xml: str = "", raw_document: bytes = b"") -> bytes:
    import io
    buf = io.BytesIO()
    ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.document.main+xml"/>'
          + ('<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.'
             'wordprocessingml.numbering+xml"/>' if numbering_xml else "") + '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    doc_rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
                '2006/relationships">' + ('<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/'
                                          '2006/relationships/numbering" Target="numbering.xml"/>' if numbering_xml else "")
                + '</Relationships>')
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/_rels/document.xml.rels", doc_rels)
        z.writestr("word/document.xml", raw_document or document_xml.encode("utf-8"))
        if numbering_xml:
            z.writestr("word/numbering.xml", numbering_xml)
    return buf.getvalue()


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _doc_xml(paras, numbered=False, decl='<?xml version="1.0" encoding="UTF-8" standalone="yes"?>', prolog=""):
    num = '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>' if numbered else ""
    body = "".join(f"<w:p>{num}<w:r><w:t>{p}</w:t></w:r></w:p>" for p in paras)
    return f"{decl}{prolog}<w:document {W}><w:body>{body}</w:body></w:document>"


def _numbering(start: int, fmt: str, lvl_text: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?><w:numbering {W}><w:abstractNum w:abstractNumId="0">'
            f'<w:lvl w:ilvl="0"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{lvl_text}"/>'
            f'</w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')


def _zip_bomb(size: int) -> bytes:
    """A .docx whose document.xml inflates to ``size`` bytes of spaces (built by streaming deflate)."""
    import io
    head = f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body><w:p><w:r><w:t>'.encode()
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = b" " * (1 << 20)
    parts = [comp.compress(head)]
    crc = zlib.crc32(head)
    done = len(head)
    while done < size:
        parts.append(comp.compress(chunk))
        crc = zlib.crc32(chunk, crc)
        done += len(chunk)
    parts.append(comp.flush())
    data = b"".join(parts)
    # write a zip with a pre-deflated member
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                                          'package/2006/content-types"/>')
        info = zipfile.ZipInfo("word/document.xml")
        info.compress_type = zipfile.ZIP_DEFLATED
        info.file_size = done
        info.CRC = crc
        info.compress_size = len(data)
        # raw write: header + data (zipfile has no public API for pre-compressed data)
        z.fp.seek(z.start_dir)  # type: ignore[attr-defined]
        info.header_offset = z.start_dir  # type: ignore[attr-defined]
        z.fp.write(info.FileHeader(zip64=done > 0xFFFFFFFF))  # type: ignore[attr-defined]
        z.fp.write(data)  # type: ignore[attr-defined]
        z.start_dir = z.fp.tell()  # type: ignore[attr-defined]
        z.filelist.append(info)
        z.NameToInfo[info.filename] = info
    return buf.getvalue()


def _html(body: str, head: str = "") -> bytes:
    return f"<!DOCTYPE html><html><head>{head}<title>报告</title></head><body>{body}</body></html>".encode("utf-8")


def _corpus_text(limit: int) -> str:
    """Real report text (../shared corpus) when present, else the seeds, repeated up to ``limit`` characters."""
    files = sorted(glob.glob(os.path.join(SHARED, "corpus", "full", "*.txt"))) or \
        sorted(glob.glob(os.path.join(ROOT, "seeds", "*.txt")))
    parts, n = [], 0
    while n < limit:
        for p in files:
            with open(p, encoding="utf-8", errors="replace") as f:
                t = f.read()
            parts.append(t)
            n += len(t)
            if n >= limit:
                break
    return "".join(parts)[:limit]


# -- the cases ---------------------------------------------------------------------------------
def cases(small: bool = False):
    """(file name, builder → bytes or None for special files, expect, owner, needle, what)."""
    out = []

    def add(name, data, expect, owner, what, needle=""):
        out.append({"file": name, "data": data, "expect": expect, "owner": owner, "what": what, "needle": needle})

    para = "本区深入推进依法行政，行政复议案件办理质量持续提升。"
    # HTML (readers)
    add("html-600-unclosed-span.html", _html("".join(f"<p><span>{para}" for _ in range(600))), "read", "readers",
        "600 unclosed <span> paragraphs (RecursionError)", needle="依法行政")
    add("html-nested-1000.html", _html("<div>" * 1000 + para + "</div>" * 1000), "read", "readers",
        "~1,000 nested elements (RecursionError)", needle="依法行政")
    for codec in ("base64", "hex", "zlib", "bz2", "rot13", "undefined", "idna"):
        add(f"html-charset-{codec}.html", _html(f"<p>{para}</p>", f'<meta charset="{codec}">'), "read", "readers",
            f"<meta charset> naming the non-text codec {codec} (LookupError)", needle="依法行政")
    add("html-cdata-bang.html", _html(f"<p>{para}</p><![ 注释 <p>第二段。</p>"), "read", "readers",
        "<![ in the page (AssertionError)", needle="依法行政")
    add("html-hidden-article.html", _html(f'<div style="display:none" hidden><article><p>{para}</p></article></div>'
                                          f'<main><p>{para}</p></main>'), "either", "readers",
        "an article inside a hidden element (KeyError)")
    ascii_body = "".join(f"&#{ord(c)};" for c in para)
    add("html-utf16-over-ascii.html", (f'<html><head><meta charset="utf-16"></head><body><p>{ascii_body}</p>'
                                       f'</body></html>').encode("ascii"), "read", "readers",
        "charset=utf-16 declared over ASCII bytes (decoded to garbage)", needle="依法行政")
    add("html-script-loaded.html", _html('<div id="app"></div><script>document.getElementById("app").innerHTML='
                                         '"正文由脚本加载";</script>'), "lg001", "readers",
        "a page whose text is loaded by script (passed as clean)")
    # .docx (readers)
    add("docx-numbering-huge-start.docx", _docx(_doc_xml([para] * 50, numbered=True),
                                                _numbering(2_000_000_000, "upperLetter", "%1.")), "either", "readers",
        "list numbering with a huge start value and letter numbering (4.5 GB)")
    add("docx-lvltext-200k.docx", _docx(_doc_xml([para] * 20, numbered=True),
                                        _numbering(1, "decimal", "%1" * 200_000)), "either", "readers",
        "a lvlText of 200,000 placeholders (> 300 s)")
    add("docx-xml-unknown-encoding.docx",
        _docx("", raw_document=_doc_xml([para], decl='<?xml version="1.0" encoding="x-no-such-codec"?>').encode("utf-8")),
        "either", "readers", "an unknown encoding in the XML declaration (crash)")
    add("docx-billion-laughs.docx", _docx(_doc_xml(["&lol9;"], prolog=(
        '<!DOCTYPE lolz [<!ENTITY lol "lol">' + "".join(
            f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">' for i in range(1, 10)) + "]>"))),
        "lg001", "readers", "billion laughs (refused)")
    add("docx-xxe.docx", _docx(_doc_xml(["&xxe;"], prolog='<!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>')),
        "lg001", "readers", "XXE (refused)")
    add("docx-zip-bomb.docx", _zip_bomb(300 * 1024 * 1024), "lg001", "readers", "a zip bomb (refused)")
    # special and unreadable files (safety + readers)
    add("fifo.txt", None, "lg001", "safety", "a FIFO named *.txt in a linted folder (hangs)")
    add("empty.txt", b"", "lg001", "readers", "an empty .txt passes with no finding")
    add("empty.pdf", b"", "lg001", "safety", "an empty .pdf passes with no finding")
    add("report.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", "lg001", "safety",
        "a folder of PDF files: 0 files, no problems")
    add("report.wps", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, "lg001", "safety", "a .wps file")
    add("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, "lg001", "readers", "an old binary .doc")
    add("binary.txt", b"\x00\x01\x02\x03" * 100, "lg001", "safety", "a binary file")
    add("~$report.docx", b"\x00lockfile", "skipped", "safety", "a Word lock file (reported as an error)")
    add(".~lock.report.docx#", b"x", "skipped", "safety", "a LibreOffice lock file")
    add("report.txt~", REPORT.encode(), "skipped", "safety", "an editor backup (*~)")
    add("report.bak", REPORT.encode(), "skipped", "safety", "an editor backup (*.bak)")
    add(".report.txt.swp", b"b0VIM 8.2\x00\x00", "skipped", "safety", "a Vim swap file")
    add(".#report.txt", None, "skipped", "safety", "an Emacs lock link (.#x)")
    add("good-report.txt", REPORT.encode(), "read", "safety", "an ordinary report next to the others (still reported)",
        needle="法治政府建设")
    add("bad\nname::error file=x::forged.txt", REPORT.encode(), "read", "safety",
        "a newline and ::error in a file name (forged output lines, workflow commands)", needle="法治政府建设")
    # bounded paths (safety, engine, precision)
    add("email-digits-100k.txt", ("联系电话" + "1" * 100_000 + "。\n").encode(), "read", "safety",
        "the e-mail mask pattern on 100k digits (15 s)")
    add("email-percent-100k.txt", ("比例" + "%" * 100_000 + "。\n").encode(), "read", "safety",
        "the e-mail mask pattern on 100k % (15 s)")
    add("zengzhang-numerals-60k.txt", ("同比增长" + "一二三四五六七八九十百千万" * 1700 + "。\n").encode(), "read", "engine",
        "a run of Chinese numerals after 增长 (60 KB: 25 s)")
    add("brackets-nested-50k.txt", ("（" * 50_000 + "）" * 50_000 + "\n").encode(), "read", "precision",
        "50,000 nested brackets (37–50 s)")
    add("brackets-unclosed-150k.txt", ("（" * 50_000 + "\n").encode(), "either", "precision",
        "a 150 KB file of brackets (3.8 GB SARIF, 6.1 GB memory)")
    add("one-line-3mb.txt", (_corpus_text(1_000_000).replace("\n", "") + "\n").encode(), "read", "safety",
        "a 3 MB one-line report (308 MB SARIF)")
    add("md-unclosed-comment.md", ("# 报告\n\n<!--" + para * 1000 + "\n").encode(), "read", "readers",
        "unclosed <!-- in Markdown (80 KB: 17–23 s)")
    add("md-unclosed-link.md", ("# 报告\n\n" + "](" * 40_000 + "\n").encode(), "read", "readers",
        "unclosed ]( in Markdown (80 KB)")
    add("md-unclosed-image.md", ("# 报告\n\n" + "![" * 40_000 + "\n").encode(), "read", "readers",
        "unclosed ![ in Markdown (80 KB)")
    if not small:
        add("concat-50mb.txt", None, "lg001", "safety",
            "real reports concatenated to 50 MB (404 s): over the text-size limit, reported as LG001")
    return out


def write(out_dir: str, small: bool = False) -> list:
    os.makedirs(out_dir, exist_ok=True)
    manifest = []
    for c in cases(small):
        path = os.path.join(out_dir, c["file"])
        if os.path.lexists(path):
            os.remove(path)
        if c["file"] == "fifo.txt":
            if not hasattr(os, "mkfifo"):
                continue
            os.mkfifo(path)
        elif c["file"] == ".#report.txt":
            os.symlink("root@host.1234:1700000000", path)  # Emacs writes a dangling link
        elif c["file"] == "concat-50mb.txt":
            text = _corpus_text(200_000)
            with open(path, "w", encoding="utf-8") as f:
                written = 0
                while written < 50 * 1024 * 1024:
                    f.write(text)
                    written += len(text.encode("utf-8"))
        else:
            try:
                with open(path, "wb") as f:
                    f.write(c["data"])
            except OSError:  # a file system that refuses the name
                continue
        manifest.append({k: v for k, v in c.items() if k != "data"})
    with open(os.path.join(out_dir, "cases.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
    return manifest


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0].startswith("-"):
        print(__doc__, file=sys.stderr)
        return 2
    m = write(argv[0], small="--small" in argv)
    print(f"{len(m)} cases written to {argv[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
