"""Readers scale linearly: each input family read at size n and 2n, interleaved
(n, 2n, n, 2n, …), medians compared.  A ratio near 2 is linear, near 4 quadratic.

    .venv/bin/python benches/bench_readers.py [--n 40000] [--repeat 5]

Families: Markdown prose with emphasis and links, Markdown bracket soup (``![``,
``](``, ``[``), an unclosed ``<!--``; HTML prose, unclosed ``<span>`` paragraphs,
nested ``<div>``s; a .docx of numbered paragraphs and a table.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "tests"))

PROSE = "2023年共受理行政复议案件88件，同比增长15%，直接纠错23件，纠错率为26.1%。"


def families(n: int):
    from lintgov.readers.docx import DocxReader
    from lintgov.readers.html import HtmlReader
    from lintgov.readers.md import MarkdownReader
    md, html, docx = MarkdownReader(), HtmlReader(), DocxReader()
    k = max(1, n // len(PROSE))

    def md_prose(m):
        return ("# 报告\n\n" + "\n\n".join(f"第{i}段：**{PROSE}**见[条例](http://e.cn/{i})。" for i in range(m))).encode()

    def soup(unit):
        return lambda m: ("共88件。" + unit * (m * len(PROSE) // len(unit))).encode()

    def html_prose(m):
        return ("<html><body><div class=content>" + "".join(f"<p>{PROSE}</p>" for _ in range(m)) + "</div></body></html>").encode()

    def html_spans(m):
        return ("<html><body>" + "".join(f"<p><span>{PROSE}" for _ in range(m))).encode()

    def html_nested(m):
        return ("<body>" + "<div>" * m + PROSE + "</div>" * m).encode()

    def docx_doc(m):
        from test_formats import make_docx, para, table
        body = "".join(para(PROSE, num=("1", i % 3)) for i in range(m)) + table([[para("合计"), para("88")]] * 20)
        return make_docx(body)
    return [
        ("md prose, emphasis, links", md, md_prose, k),
        ("md '![' soup", md, soup("!["), k),
        ("md '](' soup", md, soup("]("), k),
        ("md '[' soup", md, soup("["), k),
        ("md unclosed '<!--'", md, soup("<!--"), k),
        ("html prose", html, html_prose, k),
        ("html unclosed spans", html, html_spans, k),
        ("html nested divs", html, html_nested, k),
        (".docx numbered paragraphs", docx, docx_doc, k),
    ]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=40000, help="characters of the smaller input (about)")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    print(f"{'family':30s} {'n':>9s} {'t(n) ms':>9s} {'t(2n) ms':>9s} {'ratio':>6s}")
    for name, reader, make, m in families(args.n):
        small, big = make(m), make(2 * m)
        ts: list = []
        tb: list = []
        reader.read(small, "x")  # warm up (imports, compiled patterns)
        for _ in range(args.repeat):
            for data, bucket in ((small, ts), (big, tb)):
                t0 = time.perf_counter()
                reader.read(data, "x")
                bucket.append(time.perf_counter() - t0)
        a, b = statistics.median(ts), statistics.median(tb)
        print(f"{name:30s} {len(small):9d} {a * 1000:9.1f} {b * 1000:9.1f} {b / a:6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
