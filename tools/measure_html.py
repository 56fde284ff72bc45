"""Measure article extraction on saved government CMS pages (why lintgov keeps its own
extractor on lexbor rather than trafilatura).

Builds pages in the four styles of tests/cmspages.py around reports of
../shared/corpus/full (never committed) and compares, per extractor:
article paragraphs recovered exactly, whitespace aside (recall; the corpus copies
carry some page chrome of their own — 打印, 收藏, 【字号 — which a good extractor drops), lines that are not article text
(residue), LG704 page-residue findings lintgov gives on the extracted text, and time.

    .venv/bin/python tools/measure_html.py [--docs 12]
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests"))
sys.path.insert(0, ROOT)
CORPUS = os.path.join(ROOT, "..", "shared", "corpus", "full")


def norm(s: str) -> str:
    """Paragraphs compared without whitespace (browsers collapse it)."""
    return re.sub(r"\s+", "", s)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=12)
    args = ap.parse_args()
    if not os.path.isdir(CORPUS):
        print("no corpus at", CORPUS)
        return 1
    from cmspages import STYLES, build_page
    from lintgov.document import Document
    from lintgov.engine import Context, lint_documents
    from lintgov.plugins import build_registry
    from lintgov.readers.html import HtmlReader
    reg = build_registry(load_entry_points=False)
    residue_rule = [cls({}) for cls in reg.rules if cls.code == "LG704"]

    def lintgov_extract(page: str) -> str:
        return HtmlReader().read(page.encode("utf-8"), "p.html").text

    def plain_extract(page: str) -> str:
        from selectolax.lexbor import LexborHTMLParser
        tree = LexborHTMLParser(page)
        for tag in ("script", "style"):
            for n in tree.css(tag):
                n.decompose()
        return tree.body.text(separator="\n") if tree.body else ""

    extractors = [("lintgov (lexbor + furniture rules)", lintgov_extract), ("lexbor text, nothing removed", plain_extract)]
    try:
        import trafilatura

        def traf(page: str) -> str:
            return trafilatura.extract(page, include_comments=False, include_tables=True, favor_precision=False) or ""

        def traf_prec(page: str) -> str:
            return trafilatura.extract(page, include_comments=False, include_tables=True, favor_precision=True) or ""
        extractors += [("trafilatura", traf), ("trafilatura favor_precision", traf_prec)]
    except ImportError:
        print("(trafilatura not installed)")
    index = json.load(open(os.path.join(CORPUS, "index.json"), encoding="utf-8"))["documents"]
    step = max(1, len(index) // args.docs)
    docs = []
    for d in index[::step][:args.docs]:
        text = open(os.path.join(CORPUS, d["file"]), encoding="utf-8").read()
        paras = [ln.strip(" \u3000") for ln in text.split("\n") if ln.strip()]
        docs.append([d.get("title") or paras[0]] + paras)
    pages = [(a, build_page(a, style=s)) for a in docs for s in range(STYLES)]
    print(f"{len(pages)} pages ({len(docs)} reports x {STYLES} styles)")
    for name, fn in extractors:
        found = total = residue = lg704 = 0
        t = 0.0
        for article, page in pages:
            t0 = time.perf_counter()
            out = fn(page)
            t += time.perf_counter() - t0
            lines = [norm(ln) for ln in out.split("\n") if ln.strip()]
            want = set(norm(p) for p in article)
            got = set(lines)
            found += sum(1 for p in article if norm(p) in got)
            total += len(article)
            residue += sum(1 for ln in lines if ln not in want)
            doc = Document(out, "x.txt")
            fs, _ = lint_documents([doc], residue_rule, Context(registry=reg))
            lg704 += len(fs)
        print(f"  {name:36s} recall {found / total:.2%}  residue lines {residue:5d}  LG704 {lg704:4d}  "
              f"time {t:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
