#!/usr/bin/env python3
"""Fuzz lintgov's entry points and every reader (issue 11): any input must end in a
Document or an LG001 (``ReadError``), never a crash, a rule failure, a hang or an
output that does not parse.

    python tools/fuzz.py --seconds 600                      # hypothesis, every target in turn
    python tools/fuzz.py --seconds 600 --engine atheris     # coverage-guided (pip install atheris)
    python tools/fuzz.py --target docx --seconds 120

Targets: ``txt`` (bytes in any encoding: UTF-8/16, GB18030, Big5, random bytes), ``md``,
``html``, ``docx`` (a zip whose document.xml / numbering.xml are generated XML, or
mutated bytes of a valid .docx) and ``text`` (the library entry point ``lint_text`` on
report-like Chinese text).  For each input: the reader returns a Document or raises
ReadError; every built-in rule runs on it without a notification (a crash, a time or
findings limit, an invalid result); text, JSON and SARIF output render and JSON/SARIF
parse.  A failing input is written to ``fuzz-crashes/`` (or ``--crashes DIR``) and the
run ends with a summary: inputs tried, inputs per second, crashes.

The same strategies and checks run, bounded, in ``tests/test_fuzz.py``.
"""
from __future__ import annotations

import argparse
import io
import json
import os
import sys
import tempfile
import time
import traceback
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

TARGETS = ("txt", "md", "html", "docx", "text")

# characters reports are made of, plus the ones that break things
_HAN = "法治政府建设年度报告行政复议案件同比增长下降纠错率约为其中一二三四五六七八九十百千万亿两零〇区长范余於于叶萧云钟姜沈"
_PUNCT = "，。、；：？！“”‘’（）《》〔〕【】—…·%％.,;:()[]<>\"'-+/ \t\u3000\n\r\ufeff\u200b\u202e\x00"
_DIGITS = "0123456789０１２３４５６７８９"


class Defect(AssertionError):
    """An input lintgov handled wrongly."""


# -- hypothesis strategies ----------------------------------------------------------------------
def strategies():
    from hypothesis import strategies as st
    report_text = st.text(alphabet=_HAN + _PUNCT + _DIGITS + "abcXYZ@#*_`~|!^&$=", max_size=400)
    encodings = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "gb18030", "gbk", "big5", "latin-1"])
    txt = st.one_of(
        st.binary(max_size=600),
        st.builds(lambda t, e: t.encode(e, "ignore"), report_text, encodings),
        st.builds(lambda t, junk: t.encode("utf-8") + junk, report_text, st.binary(max_size=20)),
    )
    md_tokens = st.sampled_from(["# ", "## 一、", "\n\n", "```", "~~~", "<!--", "-->", "](", "![", "[", "]", "(", ")",
                                 "*", "_", "`", "> ", "- ", "1. ", "---\n", "|", "\\", "<div>", "</div>", "&amp;",
                                 "（一）", "1.", "2023年", "增长20%", "\n"])
    md = st.builds(lambda parts: "".join(parts).encode("utf-8"), st.lists(st.one_of(md_tokens, report_text), max_size=40))
    html_tokens = st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<span>", "<br>", "<table><tr><td>", "</td></tr></table>",
                                   "<script>", "</script>", "<style>", "</style>", "<!--", "-->", "<![", "<![CDATA[", "]]>",
                                   '<meta charset="gbk">', '<meta charset="utf-16">', '<meta charset="base64">',
                                   '<meta http-equiv="Content-Type" content="text/html; charset=big5">', "<article>",
                                   "</article>", '<div style="display:none">', "<h1>", "</h1>", "&nbsp;", "&#20013;",
                                   "&#xD800;", "&#99999999;", "<", ">", "&", "<!DOCTYPE html>", "<html>", "<body>", "\n"])
    html = st.builds(lambda parts, enc: "".join(parts).encode(enc, "ignore"),
                     st.lists(st.one_of(html_tokens, report_text), max_size=60), st.sampled_from(["utf-8", "gbk", "utf-16"]))
    xml_tokens = st.sampled_from(["<w:p>", "</w:p>", "<w:r>", "</w:r>", "<w:t>", "</w:t>", '<w:t xml:space="preserve">',
                                  "<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>", "<w:tab/>", "<w:br/>",
                                  '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>',
                                  '<w:pPr><w:numPr><w:ilvl w:val="9"/><w:numId w:val="7"/></w:numPr></w:pPr>',
                                  "<w:del><w:r><w:delText>删</w:delText></w:r></w:del>", '<w:rPr><w:vanish/></w:rPr>',
                                  "<w:fldSimple>", "</w:fldSimple>", "&amp;", "&lt;", "<", "&", "]]>", "<!-- c -->"])
    numbering = st.builds(
        lambda start, fmt, lvl: (
            '<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/'
            f'2006/main"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="{start}"/>'
            f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{lvl}"/></w:lvl></w:abstractNum><w:num w:numId="1">'
            '<w:abstractNumId w:val="0"/></w:num></w:numbering>'),
        st.one_of(st.integers(-5, 50), st.sampled_from([2 ** 31 - 1, 10 ** 12, -(2 ** 31)]), st.text(max_size=5)),
        st.sampled_from(["decimal", "upperLetter", "lowerRoman", "chineseCounting", "ideographTraditional", "bullet",
                         "none", "bogus"]),
        st.one_of(st.sampled_from(["%1.", "（%1）", "%1.%2.%3", "%9", "%", "%%1"]), st.text(alphabet="%123456789.", max_size=40)))
    decl = st.sampled_from(['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>', '<?xml version="1.0" encoding="x-nope"?>',
                            '<?xml version="1.0" encoding="utf-16"?>', "", '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY e "x">]>'])
    document = st.builds(
        lambda d, parts: (f'{d}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                          f'<w:body>{"".join(parts)}</w:body></w:document>'),
        decl, st.lists(st.one_of(xml_tokens, report_text.map(lambda t: t.replace("<", "").replace("&", ""))), max_size=50))
    docx = st.one_of(
        st.builds(lambda doc, num: make_docx(doc.encode("utf-8", "surrogatepass"), num), document, st.one_of(st.none(), numbering)),
        st.builds(_mutate, st.binary(min_size=1, max_size=8), st.integers(0, 10 ** 6)),
    )
    return {"txt": txt, "md": md, "html": html, "docx": docx,
            "text": st.text(alphabet=_HAN + _PUNCT + _DIGITS, max_size=500)}


def make_docx(document_xml: bytes, numbering_xml=None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxml'
                                          'formats.org/package/2006/content-types"><Default Extension="xml" ContentType='
                                          '"application/xml"/></Types>')
        z.writestr("word/document.xml", document_xml)
        if numbering_xml:
            z.writestr("word/numbering.xml", numbering_xml)
            z.writestr("word/_rels/document.xml.rels",
                       '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                       'package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/'
                       'officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>')
    return buf.getvalue()


_SEED_DOCX = None


def _mutate(patch: bytes, where: int) -> bytes:
    """A valid .docx with a few bytes overwritten (damaged archives, headers, compressed data)."""
    global _SEED_DOCX
    if _SEED_DOCX is None:
        _SEED_DOCX = make_docx(('<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats'
                                '.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>2023年法治政府建设年度报告</w:t>'
                                '</w:r></w:p></w:body></w:document>').encode("utf-8"))
    data = bytearray(_SEED_DOCX)
    i = where % len(data)
    data[i:i + len(patch)] = patch
    return bytes(data)


# -- the check of one input ---------------------------------------------------------------------
_STATE = {}


def _env():
    if not _STATE:
        from lintgov.config import Settings
        from lintgov.plugins import build_registry
        _STATE["reg"] = build_registry(load_entry_points=False)
        _STATE["settings"] = Settings()
        _STATE["dir"] = tempfile.mkdtemp(prefix="lintgov-fuzz-")
    return _STATE


def check_one(target: str, data) -> None:
    """Run one input through lintgov; raise :class:`Defect` describing what went wrong."""
    from lintgov import limits
    from lintgov.engine import lint_paths, lint_text
    from lintgov.formatters.base import FormatOptions
    env = _env()
    reg = env["reg"]
    with limits.using(limits.Limits(rule_time=10.0)):
        if target == "text":
            rules = [cls({}) for cls in reg.rules if cls.default_enabled]
            try:
                lint_text(data, rules, registry=reg)
            except Exception as e:
                raise Defect(f"lint_text raised {type(e).__name__}: {e}\n{traceback.format_exc()}") from None
            return
        path = os.path.join(env["dir"], f"input.{target}")
        with open(path, "wb") as f:
            f.write(data)
        run = lint_paths([path], reg, env["settings"], {}, cwd=env["dir"])
    bad = [n for n in run.notifications]
    if bad:
        raise Defect("; ".join(f"{n.message}\n{n.stack}" for n in bad))
    for name in ("text", "full", "json", "sarif", "github"):
        out = reg.formatters[name].render(run, FormatOptions())
        if name in ("json", "sarif"):
            json.loads(out)
        if name in ("text", "full", "github"):
            for line in out.splitlines():
                if line.startswith("::") and name != "github":
                    raise Defect(f"{name} output line starts with '::': {line[:80]!r}")


# -- drivers ------------------------------------------------------------------------------------
def run_hypothesis(targets, seconds: float, crashes: str) -> dict:
    from hypothesis import HealthCheck, Phase, given, seed, settings
    strats = strategies()
    stats = {"inputs": 0, "crashes": 0, "by_target": {}}
    per = seconds / len(targets)
    for t in targets:
        t0 = time.perf_counter()
        n = [0]
        found = []
        batch = 0
        while time.perf_counter() - t0 < per:
            batch += 1

            @seed(batch * 7919 + TARGETS.index(t))
            @settings(max_examples=100, deadline=None, database=None, phases=[Phase.generate],
                      suppress_health_check=list(HealthCheck))
            @given(strats[t])
            def prop(data):
                if time.perf_counter() - t0 > per:
                    return
                n[0] += 1
                try:
                    check_one(t, data)
                except Defect as e:
                    found.append(str(e))
                    _save(crashes, t, data, str(e))

            prop()
        took = time.perf_counter() - t0
        stats["by_target"][t] = {"inputs": n[0], "seconds": round(took, 1), "per_second": round(n[0] / took, 1),
                                 "crashes": len(found)}
        stats["inputs"] += n[0]
        stats["crashes"] += len(found)
    return stats


def run_atheris(targets, seconds: float, crashes: str) -> dict:  # pragma: no cover - optional engine
    """libFuzzer ends its process itself, so it runs in a child; its summary line and the
    crash files give the figures."""
    import re
    import subprocess
    before = set(os.listdir(crashes)) if os.path.isdir(crashes) else set()
    cmd = [sys.executable, os.path.abspath(__file__), "--engine", "atheris-child", "--seconds", str(seconds),
           "--crashes", crashes] + [x for t in targets for x in ("--target", t)]
    t0 = time.perf_counter()
    r = subprocess.run(cmd, capture_output=True, text=True, errors="replace")
    took = time.perf_counter() - t0
    m = re.search(r"Done (\d+) runs in (\d+) second", r.stderr)
    after = set(os.listdir(crashes)) if os.path.isdir(crashes) else set()
    new = sorted(after - before)
    return {"inputs": int(m.group(1)) if m else 0, "crashes": len([f for f in new if not f.endswith(".why.txt")]),
            "crash_files": new[:20], "child_exit": r.returncode, "seconds": round(took, 1),
            "tail": r.stderr.strip().splitlines()[-3:]}


def run_atheris_child(targets, seconds: float, crashes: str) -> None:  # pragma: no cover - optional engine
    import atheris
    with atheris.instrument_imports():
        import lintgov.engine  # noqa: F401
        import lintgov.readers  # noqa: F401
    stats = {"inputs": 0, "crashes": 0, "by_target": {}}
    t0 = time.perf_counter()

    def one(buf: bytes) -> None:
        if not buf:
            return
        t = targets[buf[0] % len(targets)]
        data = buf[1:]
        if t == "docx" and buf[0] & 0x80:
            data = make_docx(data)
        if t == "text":
            data = data.decode("utf-8", "replace")
        stats["inputs"] += 1
        stats["by_target"].setdefault(t, {"inputs": 0, "crashes": 0})["inputs"] += 1
        try:
            check_one(t, data)
        except Defect as e:
            stats["crashes"] += 1
            stats["by_target"][t]["crashes"] += 1
            _save(crashes, t, data, str(e))

    os.makedirs(crashes, exist_ok=True)
    atheris.Setup([sys.argv[0], f"-max_total_time={max(1, int(seconds))}", "-rss_limit_mb=4096",
                   f"-artifact_prefix={os.path.join(crashes, '')}"], one)
    atheris.Fuzz()
    return stats


def _save(folder: str, target: str, data, why: str) -> None:
    import hashlib
    os.makedirs(folder, exist_ok=True)
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    h = hashlib.sha256(raw).hexdigest()[:16]
    with open(os.path.join(folder, f"{target}-{h}.{target if target != 'text' else 'txt'}"), "wb") as f:
        f.write(raw)
    with open(os.path.join(folder, f"{target}-{h}.why.txt"), "w", encoding="utf-8") as f:
        f.write(why)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=300)
    ap.add_argument("--engine", choices=("hypothesis", "atheris", "atheris-child"), default="hypothesis")
    ap.add_argument("--target", action="append", choices=TARGETS)
    ap.add_argument("--crashes", default="fuzz-crashes")
    args = ap.parse_args(argv)
    targets = tuple(args.target or TARGETS)
    if args.engine == "atheris-child":
        run_atheris_child(targets, args.seconds, args.crashes)
        return 0
    t0 = time.perf_counter()
    stats = (run_atheris if args.engine == "atheris" else run_hypothesis)(targets, args.seconds, args.crashes)
    stats["engine"] = args.engine
    stats["wall_seconds"] = round(time.perf_counter() - t0, 1)
    stats["per_second"] = round(stats["inputs"] / max(stats["wall_seconds"], 1e-9), 1)
    print(json.dumps(stats, indent=1))
    return 1 if stats["crashes"] else 0


if __name__ == "__main__":
    sys.exit(main())
