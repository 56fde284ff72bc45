"""Saved web pages (``.html``, ``.htm``): the article body as plain text.

* Decoding: a BOM wins; then the charset the page declares (``<meta charset>``,
  ``<meta http-equiv="Content-Type" content="…; charset=…">`` or the XML
  declaration) — GB2312 and GBK are read as GB18030 (their superset), Big5 as
  CP950 — unless the bytes are valid UTF-8 with non-ASCII characters (a page
  re-saved as UTF-8 that kept its old declaration); without a declaration, the
  same detection as for ``.txt``.
* Extraction (standard library ``html.parser``, tolerant of unclosed tags):
  scripts, styles, forms' controls, navigation (``nav``, ``aside``), page
  headers and footers (``header``/``footer`` outside an ``article``/``main``,
  and blocks whose ``class``/``id`` says footer, nav, menu, breadcrumb…) and
  link lists (blocks whose text is mostly links: menus, "related articles") are
  dropped; hidden elements too.  When the page has an ``article`` element (or a
  ``main``), only it is read.
* Paragraph breaks: every block element (``p``, ``div``, ``li``, ``h1``…,
  table cells) and ``br`` ends a paragraph; whitespace inside a paragraph is
  collapsed as a browser would, and a source line break between two Chinese
  characters disappears (browsers show none).
* One paragraph per line, empty ones dropped, each stripped: **line N of the
  extracted text is paragraph N** — the location lintgov reports, with a quote.
"""
from __future__ import annotations

import codecs
import re
from typing import Any, Dict, List, Optional, Tuple, Union

from ..document import Document
from . import Reader, ReadError, decode
from .. import lazyre

_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
         "track", "wbr", "keygen", "command", "basefont", "frame", "isindex"}
_DROP = {"script", "style", "noscript", "template", "nav", "aside", "iframe", "object", "embed", "svg",
         "math", "button", "select", "textarea", "input", "head", "title", "map", "canvas", "audio", "video",
         "dialog", "frameset", "noframes"}
_BLOCK = {"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "table",
          "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "section", "article", "main", "header",
          "footer", "blockquote", "pre", "hr", "center", "address", "figure", "figcaption", "form",
          "fieldset", "legend", "details", "summary", "body", "html", "br", "option", "hgroup"}
# a start tag of these closes an open <p> (HTML's implied end tags)
_CLOSES_P = {"p", "div", "ul", "ol", "dl", "table", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
             "main", "header", "footer", "blockquote", "pre", "hr", "form", "fieldset", "address", "figure",
             "center", "nav", "aside", "details", "menu"}
_NOISE_TOKENS = {"footer", "foot", "copyright", "bottom", "header", "head", "nav", "navbar", "navigation",
                 "menu", "breadcrumb", "breadcrumbs", "crumb", "crumbs", "sidebar", "share", "topbar",
                 "toolbar", "banner"}
#: ...unless the same class/id also names the article ("article-header", "detail-title")
_CONTENT_TOKENS = {"article", "content", "detail", "details", "news", "title", "art", "text", "main", "con",
                   "doc", "zw", "wz", "xl", "zoom", "body", "post", "entry"}
_SENTINEL = "\x00"  # paragraph break while collecting text


class _Node:
    __slots__ = ("tag", "attrs", "children", "parent")

    def __init__(self, tag: str, attrs: Dict[str, str], parent: Optional["_Node"]) -> None:
        self.tag = tag
        self.attrs = attrs
        self.children: List[Union["_Node", str]] = []
        self.parent = parent


def _tree_builder() -> "Any":
    """The tolerant tree builder (html.parser is imported only when a page is read)."""
    global _BUILDER
    if _BUILDER is not None:
        return _BUILDER
    from html.parser import HTMLParser

    class _TreeBuilder(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.root = _Node("#root", {}, None)
            self.stack: List[_Node] = [self.root]

        def _close(self, tag: str) -> bool:
            for i in range(len(self.stack) - 1, 0, -1):
                if self.stack[i].tag == tag:
                    del self.stack[i:]
                    return True
            return False

        def _close_in_scope(self, tag: str, scope: Tuple[str, ...]) -> None:
            for i in range(len(self.stack) - 1, 0, -1):
                t = self.stack[i].tag
                if t == tag:
                    del self.stack[i:]
                    return
                if t in scope:
                    return

        def handle_starttag(self, tag: str, attrs) -> None:
            top = self.stack[-1].tag
            if tag in _CLOSES_P and top == "p":
                self.stack.pop()
            elif tag == "li":
                self._close_in_scope("li", ("ul", "ol", "menu"))
            elif tag in ("dt", "dd"):
                self._close_in_scope("dt", ("dl",))
                self._close_in_scope("dd", ("dl",))
            elif tag in ("td", "th"):
                self._close_in_scope("td", ("tr", "table"))
                self._close_in_scope("th", ("tr", "table"))
            elif tag == "tr":
                self._close_in_scope("tr", ("table",))
            elif tag == "option":
                self._close_in_scope("option", ("select",))
            node = _Node(tag, {k: (v or "") for k, v in attrs}, self.stack[-1])
            self.stack[-1].children.append(node)
            if tag not in _VOID:
                self.stack.append(node)

        def handle_startendtag(self, tag: str, attrs) -> None:
            node = _Node(tag, {k: (v or "") for k, v in attrs}, self.stack[-1])
            self.stack[-1].children.append(node)

        def handle_endtag(self, tag: str) -> None:
            if tag in _VOID:
                if tag == "br":  # </br> is a line break too
                    self.stack[-1].children.append(_Node("br", {}, self.stack[-1]))
                return
            if not self._close(tag) and tag == "p":  # a stray </p> is an empty paragraph
                self.stack[-1].children.append(_Node("p", {}, self.stack[-1]))

        def handle_data(self, data: str) -> None:
            if data:
                self.stack[-1].children.append(data.replace(_SENTINEL, ""))

    _BUILDER = _TreeBuilder
    return _BUILDER


_BUILDER = None


# -- decoding ----------------------------------------------------------------------------------
_META_CHARSET = lazyre.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_XML_DECL = lazyre.compile(rb"""<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_\-:.]+)""", re.I)
_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030", "cp936": "gb18030",
            "euc-cn": "gb18030", "csgb2312": "gb18030", "x-euc-cn": "gb18030", "gb18030": "gb18030",
            "big5": "cp950", "x-x-big5": "cp950", "cn-big5": "cp950", "csbig5": "cp950", "cp950": "cp950",
            "big5-hkscs": "big5hkscs", "utf8": "utf-8", "unicode-1-1-utf-8": "utf-8"}


def declared_charset(data: bytes) -> Optional[str]:
    head = data[:16384]
    m = _META_CHARSET.search(head) or _XML_DECL.search(head)
    if not m:
        return None
    name = m.group(1).decode("ascii", "replace").lower().strip(".-")
    name = _ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_html(data: bytes, path: str = "") -> Tuple[str, str, bool]:
    """(text, encoding, had BOM): BOM, then the declared charset, then detection."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode(data, path)
    declared = declared_charset(data)
    if declared and declared != "utf-8" and max(data, default=0) >= 0x80:
        # a page re-saved as UTF-8 that kept its old declaration: valid UTF-8 with
        # multi-byte characters is practically never GBK or Big5 by accident
        try:
            return data.decode("utf-8"), "utf-8", False
        except UnicodeDecodeError:
            pass
    if declared:
        candidates = [declared] + (["big5hkscs"] if declared == "cp950" else [])
        for enc in candidates:
            try:
                return data.decode(enc), enc, False
            except UnicodeDecodeError:
                continue
    try:
        return decode(data, path)
    except ReadError:
        if not declared:
            raise
    # the page declares a charset but has a few bad bytes: keep the declaration, mark the damage
    return data.decode(declared, errors="replace"), declared, False


# -- extraction --------------------------------------------------------------------------------
_HIDDEN_STYLE = lazyre.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_TOKEN_SPLIT = lazyre.compile(r"[^a-z0-9]+")
_WS = lazyre.compile(r"[ \t\r\n\f\u00a0]+")
_CJK = lazyre.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\U00020000-\U0002ffff]")


class _Measure:
    """Text and link-text lengths of every element, bottom-up: a block that is
    mostly links (a menu, breadcrumbs, "related articles") is marked ``dense``
    and does not count in its ancestors, so a short article beside a long menu
    still shows as text in the block that holds both."""

    def __init__(self) -> None:
        self.text: Dict[int, int] = {}
        self.link: Dict[int, int] = {}
        self.dense: set = set()

    def run(self, node: _Node, in_link: bool = False) -> Tuple[int, int, bool]:
        t = l = 0
        link_here = in_link or node.tag == "a"
        lost = False            # a link list was taken out of this element
        paragraphs = node.tag == "p"
        for c in node.children:
            if isinstance(c, str):
                n = len(_WS.sub("", c))
                t += n
                if link_here:
                    l += n
            elif c.tag not in _DROP and not _hidden(c):
                ct, cl, cp = self.run(c, link_here)
                if id(c) in self.dense:
                    lost = True
                    continue
                t += ct
                l += cl
                paragraphs = paragraphs or cp
        self.text[id(node)] = t
        self.link[id(node)] = l
        if node.tag in _BLOCK and node.tag not in ("body", "html"):
            if l and l > t - l and t - l < 200:
                self.dense.add(id(node))
            elif lost and not paragraphs and t - l < 20:
                self.dense.add(id(node))  # what is left is the caption of the list ("相关链接")
        return t, l, paragraphs


def _hidden(node: _Node) -> bool:
    a = node.attrs
    return "hidden" in a or bool(_HIDDEN_STYLE.search(a.get("style", ""))) or a.get("aria-hidden") == "true"


def _tokens(node: _Node) -> set:
    return set(_TOKEN_SPLIT.split((node.attrs.get("class", "") + " " + node.attrs.get("id", "")).lower())) - {""}


def _find_all(node: _Node, tag: str) -> List[_Node]:
    out: List[_Node] = []
    for c in node.children:
        if isinstance(c, _Node):
            if c.tag == tag:
                out.append(c)
            elif c.tag not in _DROP:
                out.extend(_find_all(c, tag))
    return out


def extract_html(text: str) -> List[str]:
    """The article body of an HTML page as paragraphs (lines)."""
    tb = _tree_builder()()
    tb.feed(text)
    tb.close()
    root = tb.root
    m = _Measure()
    m.run(root)
    bodies = _find_all(root, "body")
    base = bodies[0] if bodies else root
    for tag in ("article", "main"):
        found = [n for n in _find_all(base, tag) if not _hidden(n)]
        if found:
            best = max(found, key=lambda n: m.text[id(n)] - m.link[id(n)])
            if m.text[id(best)] - m.link[id(best)] > 0:
                base = best
                break
    total_plain = max(1, m.text[id(base)] - m.link[id(base)])
    out: List[str] = []

    def walk(node: _Node, in_article: bool, pre: bool) -> None:
        for c in node.children:
            if isinstance(c, str):
                out.append(c.replace("\n", _SENTINEL) if pre else c)
                continue
            tag = c.tag
            if tag in _DROP or _hidden(c):
                continue
            if tag == "br":
                out.append(_SENTINEL)
                continue
            if tag in ("header", "footer") and not in_article:
                continue
            if c is not base and tag not in ("body", "html"):
                if id(c) in m.dense:
                    continue  # a link list: menu, breadcrumbs, related articles
                plain = m.text[id(c)] - m.link[id(c)]
                tokens = _tokens(c)
                if tokens & _NOISE_TOKENS and not tokens & _CONTENT_TOKENS and plain < 0.3 * total_plain and tag not in ("p", "span", "a", "font", "b", "strong"):
                    continue  # page header/footer/navigation by class or id
            block = tag in _BLOCK
            if block:
                out.append(_SENTINEL)
            walk(c, in_article or tag in ("article", "main"), pre or tag in ("pre", "textarea"))
            if block:
                out.append(_SENTINEL)

    walk(base, base.tag in ("article", "main"), False)
    lines: List[str] = []
    for para in "".join(out).split(_SENTINEL):
        para = _collapse(para)
        if para:
            lines.append(para)
    return lines


def _collapse(s: str) -> str:
    def repl(m: "re.Match[str]") -> str:
        run = m.group()
        if "\n" in run or "\r" in run:
            a, b = s[m.start() - 1:m.start()], s[m.end():m.end() + 1]
            if a and b and _CJK.match(a) and _CJK.match(b):
                return ""
        return " "
    return _WS.sub(repl, s).strip(" \t\u3000\u00a0")


class HtmlReader(Reader):
    """``.html``/``.htm``: the article body, one line per paragraph (see the module docs)."""

    name = "html"
    suffixes = (".html", ".htm")
    writable = False

    def read(self, data: bytes, path: str) -> Document:
        text, enc, bom = decode_html(data, path)
        lines = extract_html(text)
        return Document("\n".join(lines), path, format=self.name, encoding=enc, bom=bom, newline="\n",
                        paragraph_mode="line", meta={"region_basis": "paragraph"})
