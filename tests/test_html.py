"""`--output-format html`: one self-contained page (or index.html + a page per file with
-o DIR/), every finding highlighted in place and listed with its evidence and fix, everything
from the input escaped; rendered in headless Chromium when it is installed (slow)."""
import json
import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser

import pytest

from conftest import lintgov_cmd
from lintgov import hookimpl
from lintgov.config import Settings
from lintgov.engine import lint_paths
from lintgov.formatters.base import FormatOptions
from lintgov.plugins import build_registry
from lintgov.rule import Edit, Fix, Related, Rule, bad, good


class Probe(Rule):
    code = "ZZ701"
    name = "html-probe"
    category = "typography"
    level = "warning"
    summary = {"zh": "探针。", "en": "Probe."}
    description = {"zh": "测试用。", "en": "For tests."}
    messages = {"default": {"zh": "标记“{w}”<b>", "en": "marked {w}"}}
    examples = (bad("甲乙"), good("丙"))
    WORDS = {"纠错率为42.2%": "error", "率为42": "note", "<script>": "warning", "第二行": "warning"}

    def check(self, doc, ctx):
        for w, level in self.WORDS.items():
            for m in re.finditer(re.escape(w), doc.text):
                fix = Fix((Edit(m.start(), m.end(), "&amp;"),), {"zh": "换掉", "en": "replace"}) if w == "<script>" else None
                rel = [Related(0, 2, {"zh": "开头", "en": "start"})]
                yield self.finding(doc, m.start(), m.end(), w=w, level=level, fix=fix, related=rel,
                                   evidence={"recomputed": "236/977 = 24.16%", "tolerance": 0.05})
        if "空" in doc.text:
            yield self.finding(doc, 0, 0, w="全文", level="note")


class Other(Probe):
    code = "ZZ702"
    name = "html-probe-other"
    category = "arithmetic"
    WORDS = {"236件": "error"}


class _Plugin:
    @staticmethod
    @hookimpl
    def lintgov_rules():
        return [Probe, Other]


REG = build_registry(load_entry_points=False, extra_plugins=[_Plugin])
SETTINGS = Settings(select=["ZZ701", "ZZ702", "LG001"])
CRAFTED = 'a"<img src=x onerror=alert(1)>.txt'


def make_files(tmp_path):
    (tmp_path / "a.txt").write_text("审结977件，直接纠错236件，纠错率为42.2%。\n第二行有<script>alert(1)</script>空\n",
                                    encoding="utf-8")
    (tmp_path / CRAFTED).write_text("第二行\n", encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    return ["a.txt", CRAFTED, "bin.txt"]


def render(tmp_path, paths, lang="zh"):
    run = lint_paths(paths, REG, SETTINGS, {}, cwd=str(tmp_path))
    return REG.formatters["html"].render(run, FormatOptions(lang=lang, exit_code=1)), run


class Marks(HTMLParser):
    """Text inside each highlight, by finding id; every id and element seen."""

    def __init__(self):
        super().__init__()
        self.stack, self.text, self.ids, self.tags, self.attrs = [], {}, set(), [], []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        self.attrs.append((tag, a))
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "mark":
            self.stack.append(a.get("data-f", "").split())
        elif tag not in ("meta", "input", "br"):
            self.stack.append(None)

    def handle_endtag(self, tag):
        if tag not in ("meta", "input", "br") and self.stack:
            self.stack.pop()

    def handle_data(self, data):
        for ids in self.stack:
            for i in ids or ():
                self.text[i] = self.text.get(i, "") + data


def parse(page):
    p = Marks()
    p.feed(page)
    return p


def test_every_finding_is_highlighted_and_listed(tmp_path):
    page, run = render(tmp_path, make_files(tmp_path))
    p = parse(page)
    a = [f for f in run.findings if f.doc.path == "a.txt"]
    assert len(a) == 7   # both probes also give a whole-document note (a pin) on 空
    for k, f in enumerate(a):
        fid = f"f1-{k}"
        assert fid in p.ids and f"i{fid}" in p.ids
        if f.end > f.start:
            assert p.text.get(fid) == f.doc.text[f.start:f.end], (fid, f)
    # overlapping findings (纠错率为42.2% and 率为42) both highlighted: the overlap carries both ids
    assert re.search(r'<mark class="error"[^>]*data-f="f1-\d f1-\d"[^>]*>率为42</mark>', page)
    # the side list: grouped by category then level, with evidence, recomputation and fix
    assert page.index("标点排版（typography）") > page.index("计算（arithmetic）")
    assert "依据：<ul><li>开头「审结」" in page and "recomputed = 236/977 = 24.16%" in page
    assert "修复（可自动修复，--fix）：换掉：「&lt;script&gt;」→「&amp;amp;」" in page
    assert "文档类型：" in page


def test_everything_from_the_input_is_escaped_and_nothing_is_fetched(tmp_path):
    page, run = render(tmp_path, make_files(tmp_path))
    p = parse(page)
    assert p.tags.count("script") == 1 and p.tags[-1] == "script"   # only the page's own, at the end
    assert p.tags.count("img") == 0
    assert "&lt;script&gt;</mark>alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page and "<img" not in page
    assert "标记“纠错率为42.2%”&lt;b&gt;" in page
    for tag, attrs in p.attrs:
        assert "src" not in attrs and not (tag == "link")
        assert not any(str(v).startswith(("http:", "https:", "//")) for v in attrs.values()), (tag, attrs)


def test_several_files_get_an_index_with_counts_and_the_worst_finding(tmp_path):
    page, run = render(tmp_path, make_files(tmp_path))
    rows = re.findall(r"<tr><td><a href=\"#(file\d+)\">(.*?)</a></td>(.*?)</tr>", page)
    assert [(r[0], r[1]) for r in rows] == [("file1", "a.txt"), ("file2", "a&quot;&lt;img src=x onerror=alert(1)&gt;.txt"),
                                            ("file3", "bin.txt")]
    counts = re.findall(r'<td class="n">(\d+)</td>', rows[0][2])
    assert counts == ["2", "2", "3"]
    assert "LG001" in rows[2][2] and "无法读取此文件" in page
    single, _ = render(tmp_path, ["a.txt"])
    assert '<table class="index">' not in single and 'id="file1"' in single


def test_o_dir_writes_an_index_and_a_page_per_file(tmp_path):
    paths = make_files(tmp_path)
    r = subprocess.run(lintgov_cmd() + ["check", "--isolated", "--output-format", "html", "-o", "report/"] + paths,
                       cwd=tmp_path, capture_output=True, text=True)
    assert r.returncode == 3, r.stderr  # bin.txt cannot be read: exit 3 (issue 11)
    index = (tmp_path / "report" / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'<a href="(files/[^"]+)">', index)
    assert len(links) == 3
    for link in links:
        page = (tmp_path / "report" / link).read_text(encoding="utf-8")
        assert '<a href="../index.html">' in page and page.count('<section class="file"') == 1
    assert all(re.fullmatch(r"files/\d{4}-[\w.\-]+\.html", link) for link in links), links


def _chromium():
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        if shutil.which(name):
            return shutil.which(name)
    return None


@pytest.mark.slow
@pytest.mark.skipif(not _chromium(), reason="Chromium is not installed")
def test_chromium_renders_every_highlight(tmp_path):
    paths = make_files(tmp_path)
    page, run = render(tmp_path, paths)
    (tmp_path / "r.html").write_text(page, encoding="utf-8")
    base = [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run(base + ["--dump-dom", (tmp_path / "r.html").as_uri()], capture_output=True, text=True,
                         timeout=120).stdout
    p = parse(dom)
    by_file = {}
    for f in run.findings:
        by_file.setdefault(f.doc.path, []).append(f)
    for i, path in enumerate(["a.txt", CRAFTED, "bin.txt"], 1):
        for k, f in enumerate(by_file.get(path, [])):
            assert f"i{f'f{i}-{k}'}" in p.ids                        # listed
            if f.doc.text:
                assert f"f{i}-{k}" in p.ids                          # highlighted in the text
            if f.end > f.start:
                assert p.text.get(f"f{i}-{k}") == f.doc.text[f.start:f.end]
    shot = tmp_path / "shot.png"
    subprocess.run(base + ["--hide-scrollbars", "--window-size=1400,1000", f"--screenshot={shot}",
                           (tmp_path / "r.html").as_uri()], capture_output=True, timeout=120)
    assert shot.exists() and shot.stat().st_size > 10000
