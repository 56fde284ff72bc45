"""Saved web pages (``.html``, ``.htm``): the article body as plain text.

* Decoding: a BOM wins; then the charset the page declares (``<meta charset>``,
  ``<meta http-equiv="Content-Type" content="…; charset=…">`` or the XML
  declaration) — GB2312 and GBK are read as GB18030 (their superset), Big5 as
  CP950 — unless the bytes are valid UTF-8 with non-ASCII characters (a page
  re-saved as UTF-8 that kept its old declaration); without a declaration, the
  same detection as for ``.txt``.  A declared name must be a text encoding a
  web page can have: ``base64``, ``hex``, ``zlib``, ``rot13``, ``idna``,
  ``undefined``… are ignored (detection decides), and a declared UTF-16 over
  ASCII-compatible bytes means UTF-8, as browsers read it.
* Parsing: lexbor (through selectolax), the HTML5 parsing algorithm in C —
  tolerant like a browser, iterative (no recursion limit), linear.  Every
  pass over the tree here is iterative too.  Pathological nesting (more than
  :data:`MAX_DEPTH` open elements, where lexbor's scope checks turn quadratic)
  is flattened first: the excess tags are dropped, the text kept.
* Extraction: scripts, styles, forms' controls, navigation (``nav``, ``aside``),
  page headers and footers (``header``/``footer`` outside an ``article``/``main``,
  and blocks whose ``class``/``id`` says footer, nav, menu, breadcrumb…), link
  lists (blocks whose text is mostly links: menus, "related articles") and hidden
  elements are dropped.  When the page has an ``article`` element (or a ``main``),
  only it is read.
* Page furniture of government CMS pages is removed before the rules run
  (:func:`furniture_kind`): breadcrumbs (您当前的位置：首页 > …), metadata bars
  (发布时间 / 来源 / 字号 大 中 小 / 打印 / 关闭), 索引号/发文机关 blocks, share
  widgets, 今天是…, 无障碍 / 简体 | 繁体, 扫一扫在手机打开当前页, 责任编辑 —
  whole blocks when the block is furniture, single lines otherwise; what was
  removed is counted in ``Document.meta["html_furniture"]``.
* Paragraph breaks: every block element (``p``, ``div``, ``li``, ``h1``…,
  table cells) and ``br`` ends a paragraph; whitespace inside a paragraph is
  collapsed as a browser would, and a source line break between two Chinese
  characters disappears (browsers show none).  Tables fill ``Document.tables``.
* One paragraph per line, empty ones dropped, each stripped: **line N of the
  extracted text is paragraph N** — the location lintgov reports, with a quote.
* A page whose article is empty while it carries scripts (the text is loaded by
  JavaScript) is a read error, and so is a page with no text at all: a gate
  never passes a page it did not read.
"""
from __future__ import annotations

import codecs
import re
from typing import Any, Dict, List, Optional, Tuple, Union

from .. import lazyre
from ..document import Document, Table, TableCell
from . import Reader, ReadError, decode, limit

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

#: nesting deeper than this is flattened before parsing (lexbor's scope checks are O(depth))
MAX_DEPTH = 2000


class _Node:
    __slots__ = ("tag", "attrs", "children", "parent")

    def __init__(self, tag: str, attrs: Dict[str, str], parent: Optional["_Node"]) -> None:
        self.tag = tag
        self.attrs = attrs
        self.children: List[Union["_Node", str]] = []
        self.parent = parent


_TAG_TOKEN = lazyre.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)[^>]*?(/?)>|<!--.*?(?:-->|\Z)", re.S)


def _flatten(text: str) -> str:
    """``text`` with the tags that would open elements deeper than :data:`MAX_DEPTH` removed."""
    max_depth = limit("markup_depth", MAX_DEPTH)
    if text.count("<") <= max_depth:
        return text
    depth = 0
    deepest = 0
    for m in _TAG_TOKEN.finditer(text):
        if m.group(2) is None or m.group(2).lower() in _VOID or m.group(3):
            continue
        depth = max(0, depth - 1) if m.group(1) else depth + 1
        deepest = max(deepest, depth)
    if deepest <= max_depth:
        return text
    depth = 0

    def sub(m: "re.Match[str]") -> str:
        nonlocal depth
        if m.group(2) is None or m.group(2).lower() in _VOID or m.group(3):
            return m.group()
        if m.group(1):
            depth = max(0, depth - 1)
            return m.group() if depth < max_depth else ""
        depth += 1
        return m.group() if depth <= max_depth else ""
    return _TAG_TOKEN.sub(sub, text)


def parse_html(text: str) -> _Node:
    """The page as a tree of :class:`_Node` (lexbor builds it; copied iteratively)."""
    from selectolax.lexbor import LexborHTMLParser
    tree = LexborHTMLParser(_flatten(text).replace(_SENTINEL, ""))
    root = _Node("#root", {}, None)
    top = tree.root
    if top is None:
        return root
    stack: List[Tuple[Any, _Node]] = [(top, root)]
    while stack:
        src, parent = stack.pop()
        tag = src.tag or ""
        if tag == "-text":
            t = src.text_content
            if t:
                parent.children.append(t)
            continue
        if tag.startswith("-") or tag == "#document":  # comments, doctype
            continue
        try:
            attrs = {k: (v or "") for k, v in src.attributes.items()}
        except Exception:  # pragma: no cover - attributes lexbor could not decode
            attrs = {}
        node = _Node(tag.lower(), attrs, parent)
        parent.children.append(node)
        kids = []
        c = src.child
        while c is not None:
            kids.append(c)
            c = c.next
        for c in reversed(kids):
            stack.append((c, node))
    return root


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
        info = codecs.lookup(name)
    except LookupError:
        return None
    if not _web_text_codec(info):
        return None  # base64, hex, zlib, rot13, idna, undefined…: not how a page is encoded
    if info.name.startswith("utf-16") or info.name.startswith("utf-32"):
        # a <meta> the parser could read means ASCII-compatible bytes: browsers take UTF-8
        return "utf-8"
    return info.name


#: codecs a web page can be encoded in (Python's canonical names)
_WEB_CODECS = {"utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "gb18030", "gbk",
               "gb2312", "big5", "big5hkscs", "cp950", "euc_jp", "shift_jis", "cp932", "iso2022_jp", "euc_kr",
               "cp949", "ascii", "latin-1", "koi8-r", "koi8-u", "mac-roman", "mac-cyrillic", "tis-620", "cp874",
               "cp866", "hz"}


def _web_text_codec(info: "codecs.CodecInfo") -> bool:
    if not getattr(info, "_is_text_encoding", True):
        return False
    n = info.name
    return n in _WEB_CODECS or n.startswith(("iso8859-", "cp125"))


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
_HAN = lazyre.compile(r"[\u4e00-\u9fff]")
#: the text of a block up to this length is kept while measuring (furniture is short)
_SHORT = 400


# -- page furniture ----------------------------------------------------------------------------
_FURNITURE_LINE: Tuple[Tuple[str, "re.Pattern[str]"], ...] = ()
_META_LABELS = lazyre.compile(
    r"(?:发布时间|發佈時間|发布日期|發布日期|更新时间|时间|日期|来源|來源|信息来源|作者|浏览次数|瀏覽次數|点击数|点击量|"
    r"访问量|阅读量|阅读次数|字号|字體|字体|责任编辑|責任編輯|编辑)\s*[:：]"
    r"|[【\[]\s*(?:打印|关闭|關閉|打印本页|关闭窗口|大|中|小)\s*[】\]]|大\s*中\s*小")
_INDEX_LABELS = lazyre.compile(
    r"(?:索引号|索引號|发文机关|發文機關|发布机构|發布機構|成文日期|发文字号|發文字號|文号|文號|主题分类|主題分類|"
    r"公文种类|公文種類|发布日期|有效性|主题词|主題詞|生成日期|体裁分类|组配分类|公开方式|公开范围|信息分类|"
    r"所属机构|实施日期|废止日期|统一编号|名\s*称)\s*[:：]")
_TOOL_WORDS = (r"无障碍(?:阅读|浏览)?|無障礙|简体(?:版|中文)?|繁体(?:版|中文)?|繁體(?:版)?|English|ENGLISH|长者(?:版|模式)|"
               r"关怀版|適老化|适老化|登录|登錄|注册|註冊|网站地图|網站地圖|设为首页|加入收藏|收藏本站|移动版|手机版|"
               r"智能问答|政务微博|政务微信|打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|關閉|返回顶部|返回頂部|"
               r"收藏|分享|大|中|小|[A-Aa-a]\+?|[A-Aa-a]-|默认|字号|字體|字体")
_TOOLS_ONLY = lazyre.compile(r"(?:[【\[（(]?\s*(?:" + _TOOL_WORDS + r")\s*[】\]）)]?[\s|｜/丨·•:：]*){1,12}")
_LINE_PATTERNS = (
    ("breadcrumb", lazyre.compile(
        r"^(?:您?当前(?:的)?位置|您的位置|你的位置|您现在的位置|你现在的位置|所在位置|当前页面|您當前的位置|當前位置)\s*[:：]"
        r"|^首页\s*(?:[>›»/＞]|&gt;)")),
    ("date-bar", lazyre.compile(r"^今天是\s*[\d〇一二三四五六七八九十]{2,4}\s*年.{0,40}$|^今天是.{0,30}星期.$")),
    ("share", lazyre.compile(
        r"^点击右上角|^请使用浏览器(?:的)?分享功能|^用微信扫描|^打开微信"
        r"|^(?:分享到|分享至|分享)\s*[:：]?.{0,60}$|^(?:微信)?扫一扫(?:在手机(?:上)?打开(?:当前页|本页)?|分享)?.{0,20}$"
        r"|^扫描二维码.{0,30}$|^(?:微信|微博|QQ空间|QQ好友|新浪微博|朋友圈)(?:[\s|｜/、]+(?:微信|微博|QQ空间|QQ好友|新浪微博|朋友圈))*$")),
    ("editor", lazyre.compile(r"^[(（【\[]?\s*(?:责任编辑|責任編輯|编辑|審核|审核|校对|初审|复审|终审)\s*[:：].{0,30}[)）】\]]?$")),
    ("footer", lazyre.compile(r"版权所有|版權所有|网站标识码|網站標識碼|ICP备|ICP備|公网安备|公網安備|^主办单位[:：]|^承办单位[:：]|^技术支持[:：]")),
)


def furniture_kind(text: str) -> Optional[str]:
    """The kind of page furniture ``text`` (a collapsed paragraph or a short block) is,
    or ``None``: ``breadcrumb``, ``meta`` (发布时间/来源/字号… bars), ``index``
    (索引号/发文机关 blocks), ``tools`` (无障碍, 简体|繁体, 打印, 关闭, 大 中 小),
    ``date-bar`` (今天是…), ``share``, ``editor`` (责任编辑), ``footer``."""
    t = text.strip()
    if not t or len(t) > _SHORT:
        return None
    for kind, pat in _LINE_PATTERNS:
        if pat.search(t):
            return kind
    if _TOOLS_ONLY.fullmatch(t):
        return "tools"
    labels = _META_LABELS.findall(t)
    if len(labels) >= 2 or (labels and _META_LABELS.match(t) and len(t) <= 60):
        return "meta"
    idx = _INDEX_LABELS.findall(t)
    if len(idx) >= 2 or (idx and _INDEX_LABELS.match(t) and len(t) <= 60):
        return "index"
    return None


# -- measuring ---------------------------------------------------------------------------------
class _Measure:
    """Text and link-text lengths of every element, bottom-up (iteratively): a block
    that is mostly links (a menu, breadcrumbs, "related articles") is marked ``dense``
    and does not count in its ancestors, so a short article beside a long menu still
    shows as text in the block that holds both.  The text of short blocks is kept
    (``short``) for the furniture checks."""

    def __init__(self, root: _Node) -> None:
        self.text: Dict[int, int] = {}
        self.link: Dict[int, int] = {}
        self.paras: Dict[int, bool] = {}
        self.short: Dict[int, Optional[str]] = {}
        self.dense: set = set()
        self.scripts = 0          # characters of script
        # post-order without recursion: (node, in_link, children visited?)
        stack: List[Tuple[_Node, bool, bool]] = [(root, False, False)]
        while stack:
            node, in_link, done = stack.pop()
            link_here = in_link or node.tag == "a"
            if not done:
                stack.append((node, in_link, True))
                for c in node.children:
                    if isinstance(c, _Node):
                        if c.tag == "script":
                            self.scripts += sum(len(x) for x in c.children if isinstance(x, str))
                        if c.tag not in _DROP and not _hidden(c):
                            stack.append((c, link_here, False))
                continue
            t = l = 0
            lost = False
            paragraphs = node.tag == "p"
            pieces: Optional[List[str]] = []
            for c in node.children:
                if isinstance(c, str):
                    n = len(_WS.sub("", c))
                    t += n
                    if link_here:
                        l += n
                    if pieces is not None:
                        pieces.append(c)
                elif c.tag not in _DROP and not _hidden(c):
                    k = id(c)
                    if k in self.dense:
                        lost = True
                        if pieces is not None:
                            s = self.short.get(k)
                            pieces = None if s is None else pieces + [" ", s, " "]
                        continue
                    t += self.text[k]
                    l += self.link[k]
                    paragraphs = paragraphs or self.paras[k]
                    if pieces is not None:
                        s = self.short.get(k)
                        if s is None:
                            pieces = None
                        else:
                            pieces += ([" ", s, " "] if c.tag in _BLOCK else [s])
                if pieces is not None and sum(map(len, pieces)) > 4 * _SHORT:
                    pieces = None
            k = id(node)
            self.text[k] = t
            self.link[k] = l
            self.paras[k] = paragraphs
            self.short[k] = _collapse("".join(pieces)) if pieces is not None and t <= _SHORT else None
            if node.tag in _BLOCK and node.tag not in ("body", "html"):
                if l and l > t - l and t - l < 200:
                    self.dense.add(k)
                elif lost and not paragraphs and t - l < 20:
                    self.dense.add(k)  # what is left is the caption of the list ("相关链接")


def _hidden(node: _Node) -> bool:
    a = node.attrs
    return "hidden" in a or bool(_HIDDEN_STYLE.search(a.get("style", ""))) or a.get("aria-hidden") == "true"


def _tokens(node: _Node) -> set:
    return set(_TOKEN_SPLIT.split((node.attrs.get("class", "") + " " + node.attrs.get("id", "")).lower())) - {""}


def _find_all(node: _Node, tag: str) -> List[_Node]:
    """Visible descendants named ``tag`` outside dropped and hidden elements, in document order."""
    out: List[_Node] = []
    stack = [c for c in reversed(node.children) if isinstance(c, _Node)]
    while stack:
        c = stack.pop()
        if c.tag in _DROP or _hidden(c):
            continue
        if c.tag == tag:
            out.append(c)
            continue
        stack.extend(x for x in reversed(c.children) if isinstance(x, _Node))
    return out


class _Extraction:
    def __init__(self) -> None:
        self.lines: List[str] = []
        self.tables: List[Table] = []
        self.furniture: Dict[str, int] = {}
        self.script_chars = 0
        self.text_chars = 0


_BREAK = object()


def _extract(text: str) -> _Extraction:
    root = parse_html(text)
    m = _Measure(root)
    res = _Extraction()
    res.script_chars = m.scripts
    bodies = _find_all(root, "body")
    base = bodies[0] if bodies else root
    for tag in ("article", "main"):
        found = _find_all(base, tag)
        if found:
            best = max(found, key=lambda n: m.text[id(n)] - m.link[id(n)])
            if m.text[id(best)] - m.link[id(best)] > 0:
                base = best
                break
    total_plain = max(1, m.text.get(id(base), 0) - m.link.get(id(base), 0))
    out: List[Any] = []   # strings, _BREAK, and table events (tuples)

    # iterative walk: ("node", element, in_article, pre) / ("exit", element) / ("leaf", text or _BREAK)
    stack: List[Any] = [("node", base, base.tag in ("article", "main"), False)]
    while stack:
        item = stack.pop()
        kind = item[0]
        if kind == "leaf":
            out.append(item[1])
            continue
        if kind == "exit":
            node = item[1]
            if node.tag in _BLOCK:
                out.append(_BREAK)
            if node.tag in ("td", "th"):
                out.append(("cell_end",))
            elif node.tag == "table":
                out.append(("table_end",))
            continue
        _, node, in_article, pre = item
        if node is not base:
            if node.tag == "table":
                out.append(("table_start",))
            elif node.tag == "tr":
                out.append(("row",))
            if node.tag in _BLOCK:
                out.append(_BREAK)
            if node.tag in ("td", "th"):
                out.append(("cell_start", node.tag == "th" or _in_thead(node)))
            stack.append(("exit", node))
        todo: List[Any] = []
        for c in node.children:
            if isinstance(c, str):
                todo.append(("leaf", c.replace("\n", "\x00") if pre else c))
                continue
            tag = c.tag
            if tag in _DROP or _hidden(c):
                continue
            if tag == "br":
                todo.append(("leaf", _BREAK))
                continue
            if tag in ("header", "footer") and not in_article:
                continue
            k = id(c)
            if tag not in ("body", "html"):
                if k in m.dense:
                    continue  # a link list: menu, breadcrumbs, related articles
                plain = m.text.get(k, 0) - m.link.get(k, 0)
                tokens = _tokens(c)
                if tokens & _NOISE_TOKENS and not tokens & _CONTENT_TOKENS and plain < 0.3 * total_plain \
                        and tag not in ("p", "span", "a", "font", "b", "strong"):
                    continue  # page header/footer/navigation by class or id
                if tag in _BLOCK and tag not in ("td", "th", "tr"):
                    short = m.short.get(k)
                    # a block of furniture holds no sentence (a container of the article does)
                    fk = furniture_kind(short) if short and not _SENTENCE_END.search(short) else None
                    if fk:
                        todo.append(("leaf", ("furn", fk)))
                        todo.append(("node", c, in_article, pre))
                        todo.append(("leaf", ("furn_end",)))
                        continue
            todo.append(("node", c, in_article or tag in ("article", "main"), pre or tag in ("pre", "textarea")))
        stack.extend(reversed(todo))
    _assemble(out, res)
    return res


def _in_thead(cell: _Node) -> bool:
    p = cell.parent
    for _ in range(3):
        if p is None:
            return False
        if p.tag == "thead":
            return True
        p = p.parent
    return False


_SENTENCE_END = lazyre.compile(r"[。！？；!?]")


def _substantial(text: str) -> bool:
    """A paragraph of article prose (not a title, label or widget)."""
    return len(text) >= 80 or len(_SENTENCE_END.findall(text)) >= 2 or (len(text) >= 30 and text.endswith("。"))


def edge_furniture(paras: List[Tuple[str, Optional[str]]]) -> List[bool]:
    """Which paragraphs to drop: furniture (``(text, kind)`` with a kind) before the first
    and after the last paragraph of article prose.  Furniture-like lines between two
    prose paragraphs belong to the article as published and stay (LG704 reports them,
    whole), so a widget is removed entirely or kept entirely, never half."""
    prose = [i for i, (t, k) in enumerate(paras) if not k and _substantial(t)]
    first, last = (prose[0], prose[-1]) if prose else (len(paras), -1)
    return [bool(k) and (i < first or i > last) for i, (_, k) in enumerate(paras)]


def _assemble(out: List[Any], res: _Extraction) -> None:
    """Paragraphs from the walk's output, edge furniture dropped, tables built."""
    paras: List[Tuple[str, Optional[str]]] = []
    buf: List[str] = []
    furn: List[str] = []                         # kinds of the furniture blocks we are inside
    tables: List[List[List[List[Any]]]] = []     # rows of cells [first para, end para, header]
    open_tables: List[int] = []
    cells: List[List[Any]] = []

    def flush() -> None:
        if not buf:
            return
        para = _collapse("".join(buf).replace("\x00", "\n"))
        buf.clear()
        for piece in para.split("\n"):
            piece = piece.strip()      # every whitespace, \x0b (&#xb;) and \x1c–\x1f too
            if piece:
                kind = furn[-1] if furn else (furniture_kind(piece) if len(piece) <= _SHORT else None)
                paras.append((piece, kind))

    for item in out:
        if isinstance(item, str):
            buf.append(item)
        elif item is _BREAK:
            flush()
        else:
            ev = item[0]
            flush()
            if ev == "furn":
                furn.append(item[1])
            elif ev == "furn_end":
                if furn:
                    furn.pop()
            elif ev == "table_start":
                tables.append([])
                open_tables.append(len(tables) - 1)
            elif ev == "table_end":
                if open_tables:
                    open_tables.pop()
            elif ev == "row" and open_tables:
                tables[open_tables[-1]].append([])
            elif ev == "cell_start":
                cell = [len(paras), None, item[1]]
                cells.append(cell)
                if open_tables:
                    rows = tables[open_tables[-1]]
                    if not rows:
                        rows.append([])
                    rows[-1].append(cell)
            elif ev == "cell_end":
                for cell in reversed(cells):
                    if cell[1] is None:
                        cell[1] = len(paras)
                        break
    flush()
    drop = edge_furniture(paras)
    starts: List[int] = []   # offset of each paragraph's line (or where it would be)
    pos = 0
    for (text, kind), d in zip(paras, drop):
        starts.append(pos + (1 if res.lines else 0))
        if d:
            res.furniture[kind] = res.furniture.get(kind, 0) + 1  # type: ignore[index]
            continue
        if res.lines:
            pos += 1
        res.lines.append(text)
        pos += len(text)
    starts.append(pos + (1 if res.lines else 0))
    kept_end: List[int] = []
    pos_end = 0
    for (text, _), d in zip(paras, drop):
        if not d:
            pos_end = starts[len(kept_end)] + len(text)
        kept_end.append(pos_end)
    for rows in tables:
        built = []
        for r in rows:
            row = []
            for first, end, header in r:
                end = first if end is None else end
                keep = [i for i in range(first, end) if not drop[i]]
                if keep:
                    row.append(TableCell(starts[keep[0]], kept_end[keep[-1]], header))
                else:
                    a = starts[first] if first < len(starts) else pos
                    a = min(a, pos)
                    row.append(TableCell(a, a, header))
            if row:
                built.append(tuple(row))
        if not built:
            continue
        n_head = 0
        for r in built:
            if all(c.header for c in r):
                n_head += 1
            else:
                break
        all_cells = [c for r in built for c in r]
        res.tables.append(Table(tuple(built), n_head, min(c.start for c in all_cells), max(c.end for c in all_cells)))


def extract_html(text: str) -> List[str]:
    """The article body of an HTML page as paragraphs (lines)."""
    return _extract(text).lines


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
    suffixes = (".html", ".htm", ".shtml", ".xhtml")
    writable = False

    def read(self, data: bytes, path: str) -> Document:
        text, enc, bom = decode_html(data, path)
        res = _extract(text)
        body = "\n".join(res.lines)
        han = len(_HAN.findall(body))
        if not body.strip():
            if res.script_chars:
                raise ReadError("网页正文为空：页面内容由脚本加载（保存的是空壳页面），没有可检查的文字；"
                                "请在浏览器中打开后另存为“网页，全部”或复制正文为 .txt 再检查",
                                "the page has no text: its content is loaded by script (an empty shell was saved); "
                                "save the rendered page or copy the text into a .txt file to lint it")
            raise ReadError("网页中没有正文文字", "the page holds no text")
        if han < 20 and res.script_chars > 20 * max(1, len(body)):
            raise ReadError(f"网页正文几乎为空（{han} 个汉字），内容由脚本加载；请保存渲染后的页面或复制正文为 .txt 再检查",
                            f"the page has almost no text ({han} Chinese characters): its content is loaded by script; "
                            f"save the rendered page or copy the text into a .txt file to lint it")
        return Document(body, path, format=self.name, encoding=enc, bom=bom, newline="\n",
                        paragraph_mode="line", tables=res.tables,
                        meta={"region_basis": "paragraph", "html_furniture": dict(res.furniture)})
