"""``--output-format html``: a self-contained report a reviewer can open in a browser.

One page per run when the report goes to one stream (standard output, ``-o report.html``):
for several files an index table first (a row per file: counts by level, the worst finding),
each row linking to the file's section further down.  With ``-o DIR/`` (an existing folder,
or a name ending in ``/``) the folder gets ``index.html`` and one page per file
(``files/0001-name.html``), the index linking to each page.

Each file's section shows the document text, one paragraph per line, with every finding
highlighted in place (``<mark id="f…">``, coloured by level; a finding on no characters is a
pin), and beside it the findings grouped by category and level with the message, the
evidence (the figures it was recomputed from, with where they are) and the fix; check boxes
filter by category and level.  No network assets: the CSS and the few lines of script are
inline.  Everything taken from the input — text, file names, messages, evidence — is escaped.
"""
from __future__ import annotations

import os
import re
from typing import Dict, List, Optional, Sequence, Tuple

from .. import __version__, hookimpl
from .base import LEVEL_NAMES, FormatOptions, Formatter, region, summary_counts

LEVELS = ("error", "warning", "note")
RANK = {"error": 0, "warning": 1, "note": 2}
CATEGORY_NAMES = {
    "arithmetic": "计算", "yoy": "同比与增减", "numbering": "序号", "script": "繁简字形",
    "encoding": "编码与残留", "sections": "板块", "number-usage": "数字用法", "typography": "标点排版",
    "temporal": "日期", "references": "法规与文件名称", "names": "人名地名", "drafting": "起草残留",
}
#: at most this many finding ids are listed on one highlighted stretch of text
MAX_IDS = 20

CSS = """
:root{--err:#c62828;--warn:#b26a00;--note:#1565c0;--errbg:#fde0dc;--warnbg:#fff1c2;--notebg:#dbeafe}
*{box-sizing:border-box}body{margin:0;font:15px/1.7 "Noto Sans CJK SC","Source Han Sans SC","PingFang SC",
"Microsoft YaHei",sans-serif;color:#222;background:#f6f6f4}
header{padding:14px 24px;background:#263238;color:#fff}header h1{margin:0;font-size:20px}
header p{margin:4px 0 0;opacity:.9}.cnt{margin:0 14px 0 4px;font-weight:600}
.lvl{font-size:12px;padding:0 4px;border-radius:3px;color:#fff}
main{padding:16px 24px}table.index{border-collapse:collapse;background:#fff;width:100%;margin-bottom:24px}
table.index th,table.index td{border:1px solid #ddd;padding:6px 10px;text-align:left;vertical-align:top}
table.index td.n{text-align:right;font-variant-numeric:tabular-nums}
section.file{background:#fff;border:1px solid #ddd;margin-bottom:28px}
section.file>h2{margin:0;padding:10px 16px;font-size:17px;border-bottom:1px solid #ddd;background:#fafafa;
word-break:break-all}
.cols{display:flex;align-items:flex-start}.text{flex:1 1 60%;padding:8px 16px;min-width:0}
.side{flex:0 0 40%;max-width:40%;border-left:1px solid #ddd;padding:8px 12px;position:sticky;top:0;
max-height:100vh;overflow:auto}
.text p{margin:0 0 4px;padding-left:3.2em;text-indent:-3.2em;white-space:pre-wrap;word-break:break-all}
.ln{display:inline-block;width:3em;text-indent:0;color:#999;font-size:12px;text-align:right;margin-right:.2em;
user-select:none}
mark{border-radius:2px;padding:0 1px;color:inherit;cursor:pointer}
mark.error{background:var(--errbg);border-bottom:2px solid var(--err)}
mark.warning{background:var(--warnbg);border-bottom:2px solid var(--warn)}
mark.note{background:var(--notebg);border-bottom:2px dotted var(--note)}
mark.pin::before{content:"\\25B2";font-size:11px}mark.pin.error{color:var(--err)}
mark.pin.warning{color:var(--warn)}mark.pin.note{color:var(--note)}
mark.hidden{background:none;border-bottom:none}mark.pin.hidden::before{content:""}
mark.current{outline:2px solid #333}
.filters{margin:0 0 8px;font-size:13px}.filters label{margin-right:10px;white-space:nowrap}
.side h3{font-size:14px;margin:12px 0 4px;border-bottom:1px solid #eee}
.side h4{font-size:13px;margin:6px 0 2px;color:#555}
.item{margin:0 0 8px;padding:6px 8px;border-left:4px solid #999;background:#fcfcfc;font-size:13.5px}
.item.error{border-color:var(--err)}.item.warning{border-color:var(--warn)}.item.note{border-color:var(--note)}
.item .code{font-weight:600}
.lvl.error{background:var(--err)}.lvl.warning{background:var(--warn)}.lvl.note{background:var(--note)}
.item .where{color:#666;font-size:12px}.item ul{margin:2px 0 0;padding-left:18px}
.item .fix{color:#2e7d32}.item.hidden,.group.hidden{display:none}
.notice{background:#fff3e0;border:1px solid #ffb74d;padding:8px 12px;margin-bottom:16px}
.unread{color:var(--err)}.kind{margin:0;padding:4px 16px;font-size:13px;color:#555;border-bottom:1px solid #eee}footer{padding:8px 24px 24px;color:#888;font-size:12px}
"""

JS = """
(function(){
function apply(sec){var off={};sec.querySelectorAll('.filters input').forEach(function(b){
 if(!b.checked)off[b.value]=1;});
 sec.querySelectorAll('.item').forEach(function(it){
  var h=off[it.dataset.cat]||off[it.dataset.level];it.classList.toggle('hidden',!!h);});
 sec.querySelectorAll('.group').forEach(function(g){
  g.classList.toggle('hidden',!g.querySelector('.item:not(.hidden)'));});
 sec.querySelectorAll('mark').forEach(function(m){
  var cats=(m.dataset.cats||'').split(' '),lv=(m.dataset.levels||'').split(' '),on=false;
  for(var i=0;i<cats.length;i++){if(!off[cats[i]]&&!off[lv[i]])on=true;}
  m.classList.toggle('hidden',!on);});}
document.querySelectorAll('section.file').forEach(function(sec){
 sec.querySelectorAll('.filters input').forEach(function(b){b.addEventListener('change',function(){apply(sec);});});});
document.addEventListener('click',function(e){var m=e.target.closest('mark');if(!m)return;
 var id=(m.dataset.f||'').split(' ')[0];var it=id&&document.getElementById('i'+id);
 if(it){it.scrollIntoView({block:'nearest'});it.style.outline='2px solid #333';
 setTimeout(function(){it.style.outline='';},1200);}});
})();
"""


_escape = None


def _e(s: object) -> str:
    global _escape
    if _escape is None:   # imported on first use: a run with another output format does not import html (~1 ms)
        from html import escape
        _escape = escape
    return _escape(str(s), quote=True)


def _level_word(level: str, lang: str) -> str:
    return LEVEL_NAMES.get(lang, LEVEL_NAMES["en"]).get(level, level)


def _category(cat: str, lang: str) -> str:
    return f"{CATEGORY_NAMES[cat]}（{cat}）" if lang == "zh" and cat in CATEGORY_NAMES else cat


def _clip(s: str, n: int = 80) -> str:
    s = s.replace("\n", " ")
    return s if len(s) <= n else s[:n - 1] + "…"


class _FileView:
    """One file of the run: its document (``None`` for a file lintgov could not read) and findings."""

    def __init__(self, index: int, path: str, doc, findings: list) -> None:
        self.index = index
        self.path = path
        self.doc = doc
        self.findings = findings
        self.counts = summary_counts(findings)

    @property
    def anchor(self) -> str:
        return f"file{self.index}"

    def worst(self):
        return min(self.findings, key=lambda f: (RANK.get(f.level, 3), f.start), default=None)


def _views(run) -> List[_FileView]:
    by_path: Dict[str, list] = {}
    docs: Dict[str, object] = {}
    for f in run.findings:
        by_path.setdefault(f.doc.path, []).append(f)
    for d in run.documents:
        docs.setdefault(d.path, d)
    paths: List[str] = []
    for d in run.documents:
        if d.path not in paths:
            paths.append(d.path)
    for p in by_path:
        if p not in paths:
            paths.append(p)
    views = []
    for i, p in enumerate(paths, 1):
        doc = docs.get(p)
        if doc is None:  # an unreadable file: its findings point at a placeholder document
            doc = by_path[p][0].doc
        views.append(_FileView(i, p, doc, by_path.get(p, [])))
    return views


def _location(f, lang: str) -> str:
    doc = f.doc
    if not doc.text:
        return ""
    line, col, _, _ = region(doc, f.start, f.end, "codepoint")
    if doc.meta.get("region_basis") == "paragraph":
        return f"第 {line} 段第 {col} 字" if lang == "zh" else f"paragraph {line}, character {col}"
    return f"第 {line} 行第 {col} 列" if lang == "zh" else f"line {line}, column {col}"


def _text_html(view: _FileView, fid) -> str:
    """The document text, a ``<p>`` per line, with every finding highlighted in place."""
    doc = view.doc
    text = doc.text
    if not text:
        return ""
    # boundaries of the stretches with a constant set of covering findings
    points = {0, len(text)}
    pins: Dict[int, List[int]] = {}
    for k, f in enumerate(view.findings):
        s, e = max(0, min(f.start, len(text))), max(0, min(f.end, len(text)))
        if e > s:
            points.add(s)
            points.add(e)
        else:
            pins.setdefault(s, []).append(k)
            points.add(s)
    points.update(doc.line_starts)
    points.update(ls + len(line) for ls, line in zip(doc.line_starts, doc.lines))
    cuts = sorted(p for p in points if 0 <= p <= len(text))
    # which findings cover each stretch: a sweep over starts and ends, linear in findings + stretches
    starts: Dict[int, List[int]] = {}
    ends: Dict[int, List[int]] = {}
    for k, f in enumerate(view.findings):
        s, e = max(0, min(f.start, len(text))), max(0, min(f.end, len(text)))
        if e > s:
            starts.setdefault(s, []).append(k)
            ends.setdefault(e, []).append(k)
    active: Dict[int, None] = {}
    first_seen = set()
    lines: List[List[str]] = [[] for _ in doc.lines]
    line_no = 0
    for a, b in zip(cuts, cuts[1:] + [None]):
        for k in ends.get(a, ()):
            active.pop(k, None)
        for k in starts.get(a, ()):
            active[k] = None
        while line_no + 1 < len(doc.line_starts) and doc.line_starts[line_no + 1] <= a:
            line_no += 1
        out = lines[line_no]
        for k in pins.get(a, ()):
            f = view.findings[k]
            out.append(f'<mark class="pin {f.level}" id="{fid(k)}" data-f="{fid(k)}" data-cats="{_e(f.rule.category)}" '
                       f'data-levels="{f.level}" title="{_e(f.code)}"></mark>')
        if b is None or b <= a:
            continue
        chunk = _e(text[a:b].replace("\n", ""))
        if not chunk:
            continue
        if not active:
            out.append(chunk)
            continue
        ks = list(active)
        top = min((view.findings[k] for k in ks), key=lambda f: RANK.get(f.level, 3))
        new = [k for k in ks if k not in first_seen]
        first_seen.update(new)
        shown = ks[:MAX_IDS]
        ident = f' id="{fid(new[0])}"' if new else ""
        # further findings starting on this same stretch get an empty anchor of their own
        extra = "".join(f'<span id="{fid(k)}"></span>' for k in new[1:])
        out.append(f'{extra}<mark class="{top.level}"{ident} data-f="{" ".join(fid(k) for k in shown)}" '
                   f'data-cats="{_e(" ".join(view.findings[k].rule.category for k in shown))}" '
                   f'data-levels="{" ".join(view.findings[k].level for k in shown)}" '
                   f'title="{_e(" ".join(view.findings[k].code for k in shown))}">{chunk}</mark>')
    html = []
    for i, parts in enumerate(lines):
        if not parts and not doc.lines[i].strip():
            continue
        html.append(f'<p id="{fid("L")}{i + 1}"><span class="ln">{i + 1}</span>{"".join(parts)}</p>')
    return "\n".join(html)


def _item_html(f, fid_k: str, lang: str) -> str:
    zh = lang == "zh"
    parts = [f'<div class="item {f.level}" id="i{fid_k}" data-cat="{_e(f.rule.category)}" data-level="{f.level}">',
             f'<a href="#{fid_k}"><span class="code">{_e(f.code)}</span></a> ',
             f'<span class="lvl {f.level}">{_e(_level_word(f.level, lang))}</span> ',
             f'<span class="name">{_e(f.rule.name)}</span> <span class="where">{_e(_location(f, lang))}</span>',
             f'<div class="msg">{_e(f.message(lang))}</div>']
    if f.doc.text and f.end > f.start:
        parts.append(f'<div class="where">{"原文" if zh else "text"}：「{_e(_clip(f.doc.text[f.start:f.end]))}」</div>')
    evidence = []
    for r in f.related:
        rdoc = r.doc or f.doc
        label = r.message.get(lang) or r.message.get("zh", "")
        where = "" if rdoc is f.doc else f"{rdoc.path} "
        ln = rdoc.line_index(r.start) + 1
        unit = ("段" if rdoc.meta.get("region_basis") == "paragraph" else "行") if zh else \
            ("paragraph" if rdoc.meta.get("region_basis") == "paragraph" else "line")
        pos = f"第 {ln} {unit}" if zh else f"{unit} {ln}"
        evidence.append(f"<li>{_e(label)}「{_e(_clip(rdoc.text[r.start:r.end]))}」<span class=\"where\">"
                        f"（{_e(where)}{_e(pos)}）</span></li>")
    if evidence:
        parts.append(f'<div>{"依据" if zh else "Evidence"}：<ul>{"".join(evidence)}</ul></div>')
    if f.evidence:
        facts = "；".join(f"{_e(k)} = {_e(_clip(str(v), 120))}" for k, v in list(f.evidence.items())[:12])
        parts.append(f'<details><summary>{"核算" if zh else "Recomputation"}</summary><div class="where">{facts}</div></details>')
    if f.fix is not None:
        desc = f.fix.description.get(lang) or f.fix.description.get("zh", "")
        def edit(e) -> str:
            old, new = _e(_clip(f.doc.text[e.start:e.end], 30)), _e(_clip(e.replacement, 30))
            if old and not new:
                return f"删去「{old}」" if zh else f"delete “{old}”"
            if new and not old:
                return f"插入「{new}」" if zh else f"insert “{new}”"
            return f"「{old}」→「{new}」"
        edits = "；".join(edit(e) for e in f.fix.edits[:8])
        safe = {"safe": ("可自动修复，--fix", "safe fix, --fix"),
                "unsafe": ("需确认，--fix --unsafe-fixes", "unsafe fix, --fix --unsafe-fixes"),
                "display-only": ("仅供参考，不会自动修改", "shown only, never applied")}[
            getattr(f.fix, "applicability", "safe" if f.fix.safe else "unsafe")][0 if zh else 1]
        parts.append(f'<div class="fix">{"修复" if zh else "Fix"}（{safe}）：{_e(desc)}'
                     + (f"：{edits}" if edits else "") + "</div>")
    parts.append("</div>")
    return "".join(parts)


def _side_html(view: _FileView, fid, lang: str) -> str:
    zh = lang == "zh"
    cats = sorted({f.rule.category for f in view.findings})
    levels = [lv for lv in LEVELS if view.counts.get(lv)]
    if not view.findings:
        return f'<p>{"未发现问题。" if zh else "No problems found."}</p>'
    boxes = "".join(f'<label><input type="checkbox" value="{_e(c)}" checked> {_e(_category(c, lang))}</label>'
                    for c in cats)
    boxes += "".join(f'<label><input type="checkbox" value="{lv}" checked> {_e(_level_word(lv, lang))}</label>'
                     for lv in levels)
    out = [f'<div class="filters">{"筛选" if zh else "Filter"}：{boxes}</div>']
    index = {id(f): k for k, f in enumerate(view.findings)}
    for c in cats:
        in_cat = [f for f in view.findings if f.rule.category == c]
        out.append(f'<div class="group"><h3>{_e(_category(c, lang))}（{len(in_cat)}）</h3>')
        for lv in LEVELS:
            group = [f for f in in_cat if f.level == lv]
            if not group:
                continue
            out.append(f'<div class="group"><h4>{_e(_level_word(lv, lang))}（{len(group)}）</h4>')
            out.extend(_item_html(f, fid(index[id(f)]), lang) for f in group)
            out.append("</div>")
        out.append("</div>")
    return "".join(out)


def _counts_html(counts: Dict[str, int], lang: str) -> str:
    return "".join(f'<span class="lvl {lv}">{_e(_level_word(lv, lang))}</span><b class="cnt">{counts.get(lv, 0)}</b>'
                   for lv in LEVELS)


def _file_section(view: _FileView, lang: str, heading_level: int = 2, run=None) -> str:
    zh = lang == "zh"

    def fid(k) -> str:
        return f"f{view.index}-{k}"

    unread = not view.doc.text and any(f.code == "LG001" for f in view.findings)
    head = (f'<h{heading_level}>{_e(view.path)} <small class="counts">{_counts_html(view.counts, lang)}</small>'
            f'</h{heading_level}>')
    kind = (getattr(run, "kinds", None) or {}).get(view.path) if run is not None else None
    if kind:
        head += (f'<p class="kind">{"文档类型" if zh else "document kind"}：{_e(kind[0])}'
                 f'<span class="where">（{_e(kind[1])}）</span></p>')
    text = _text_html(view, fid)
    if unread:
        text = f'<p class="unread">{"无法读取此文件，未检查其内容。" if zh else "This file could not be read; its content was not checked."}</p>'
    return (f'<section class="file" id="{view.anchor}">{head}<div class="cols"><div class="text">{text}</div>'
            f'<div class="side">{_side_html(view, fid, lang)}</div></div></section>')


def _index_html(views: Sequence[_FileView], lang: str, href) -> str:
    zh = lang == "zh"
    rows = []
    for v in views:
        worst = v.worst()
        w = (f'<span class="lvl {worst.level}">{_e(_level_word(worst.level, lang))}</span> {_e(worst.code)} '
             f'{_e(_clip(worst.message(lang), 90))}') if worst else ("—" if zh else "—")
        rows.append(f'<tr><td><a href="{_e(href(v))}">{_e(v.path)}</a></td>'
                    + "".join(f'<td class="n">{v.counts.get(lv, 0)}</td>' for lv in LEVELS)
                    + f"<td>{w}</td></tr>")
    cols = ("文件", "错误", "警告", "提示", "最严重的问题") if zh else ("file", "errors", "warnings", "notes", "worst finding")
    return (f'<table class="index"><thead><tr>{"".join(f"<th>{c}</th>" for c in cols)}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table>')


def _page(title: str, body: str, run, opts: FormatOptions, counts: Dict[str, int], files: int) -> str:
    zh = opts.lang == "zh"
    notes = "".join(f"<div>{_e(n.message)}</div>" for n in run.notifications)
    notice = f'<div class="notice">{notes}</div>' if notes else ""
    n = sum(counts.values())
    summary = (f"检查了 {files} 个文件，发现 {n} 个问题" if zh else f"{files} file{'s' if files != 1 else ''} checked, "
               f"{n} problem{'s' if n != 1 else ''}")
    return ("<!DOCTYPE html>\n"
            f'<html lang="{"zh-CN" if zh else "en"}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
            "script-src 'unsafe-inline'; img-src data:\">"
            f"<title>{_e(title)}</title><style>{CSS}</style></head><body>"
            f'<header><h1>{_e(title)}</h1><p class="counts">{_e(summary)}：{_counts_html(counts, opts.lang)}</p></header>'
            f"<main>{notice}{body}</main>"
            f'<footer>lintgov {_e(__version__)}</footer><script>{JS}</script></body></html>\n')


class HtmlFormatter(Formatter):
    name = "html"
    description = "a self-contained HTML report: the text with the findings highlighted, grouped by category and level"

    def render(self, run, opts: FormatOptions) -> str:
        views = _views(run)
        title = "lintgov 检查报告" if opts.lang == "zh" else "lintgov report"
        body = ""
        if len(views) > 1:
            body += _index_html(views, opts.lang, lambda v: f"#{v.anchor}")
        body += "".join(_file_section(v, opts.lang, run=run) for v in views)
        if not views:
            body = f'<p>{"没有检查任何文件。" if opts.lang == "zh" else "No files were checked."}</p>'
        return _page(title, body, run, opts, summary_counts(run.findings), len(run.files))

    def write_dir(self, run, opts: FormatOptions, folder: str) -> List[str]:
        """``-o DIR/``: ``index.html`` and one page per file under ``files/``; returns the paths written."""
        views = _views(run)
        os.makedirs(os.path.join(folder, "files"), exist_ok=True)
        names = {v.index: f"files/{v.index:04d}-{_safe_name(v.path)}.html" for v in views}
        title = "lintgov 检查报告" if opts.lang == "zh" else "lintgov report"
        written = []
        for v in views:
            page = _page(f"{v.path} — {title}", '<p><a href="../index.html">← ' + ("全部文件" if opts.lang == "zh" else "all files")
                         + "</a></p>" + _file_section(v, opts.lang, run=run), run, opts, v.counts, 1)
            written.append(_write(os.path.join(folder, names[v.index]), page))
        index = _page(title, _index_html(views, opts.lang, lambda v: names[v.index]), run, opts,
                      summary_counts(run.findings), len(run.files))
        written.insert(0, _write(os.path.join(folder, "index.html"), index))
        return written


def _safe_name(path: str) -> str:
    """A file name for the page of ``path``: its base name with anything unusual replaced."""
    base = os.path.basename(path.replace("\\", "/")) or "file"
    return re.sub(r"[^\w.\-\u3400-\u9fff]+", "_", base)[:60]


def _write(path: str, text: str) -> str:
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    return path


@hookimpl
def lintgov_formatters():
    return [HtmlFormatter()]
