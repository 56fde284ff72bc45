"""Page residue (a shared service): where a report copied from a web page or a
newspaper database still carries the page around the article — share widgets,
tool bars (下载 / 打印 / 全屏 / 收藏 / 【字号：加大 还原 减小】), metadata lines
(来源：… / 2026-02-03 09:02:33 / 责任编辑：…), breadcrumbs (当前位置：首页 > …),
索引号 blocks, 今天是…, 无障碍 / 简体 | 繁体 switches, 【我要纠错】, photo credits
(新华社记者 姚大伟 摄), related-news trailers, attachment file lists (附件1：….doc)
and footers.

:func:`residue_blocks` groups neighbouring residue paragraphs (a block of page
chrome is one block, however many lines it has); LG704 reports each block once,
and the typography and script rules skip the spans (a 【 of 【字号】 is not an
unbalanced bracket, the space in a photo credit is not a stray space).

Patterns are matched on the simplified form of each paragraph (same offsets),
so traditional documents are covered too.  Results are cached per document.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, List, Optional, Tuple

from . import regexlite as regex

from .scripts import _cache, simplified_text

#: residue on its own: each of these is page furniture wherever it stands
RESIDUE_PATTERNS: Tuple[Tuple[str, "regex.Pattern[str]"], ...] = (
    ("share", regex.compile(
        r"^(?:点击右上角)?(?:微信好友|朋友圈|QQ空间|新浪微博)$|^点击右上角|^请使用浏览器(?:的)?分享功能|^分享到[:：]?|^分享[:：]\s*$"
        r"|^微信扫一扫|^扫一扫在手机(?:上)?打开|^用微信扫描|^打开微信|点击图片进入专题"))
    , ("tools", regex.compile(
        r"^[【\[]?(?:打印本页|关闭窗口|返回顶部|打印此页)[】\]]?(?:\s*[【\[]?(?:打印本页|打印|关闭窗口|关闭|返回顶部|收藏)[】\]]?)*$"
        r"|^[【\[]?字[号体][:：]\s*(?:[【\[]?[大中小]|加大|$)|^[【\[]?我要纠错[】\]]|^无障碍(?:浏览|阅读)?$|简体\s*[|｜]\s*繁体"))
    , ("meta", regex.compile(
        r"^(?:来源|信息来源|发布时间|发布日期|浏览次数|访问量|阅读量|责任编辑)[:：].{0,40}"
        r"(?:来源|发布时间|发布日期|浏览次数|访问量|阅读量|责任编辑|字号)[:：]"
        r"|^[【\[]?责任编辑[:：]|^(?:索引号|主题分类|发文机关|成文日期|发布机构|信息索引号)[:：]"
        r"|^今天是\d{4}年\d{1,2}月\d{1,2}日|^(?:来源|信息来源)[:：]\s*\S{0,16}$"
        r"|^(?:发布)?(?:时间|日期)[:：]\s*\d{4}[-/.年]\d{1,2}"
        r"|^\d{4}-\d{2}-\d{2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"))
    , ("breadcrumb", regex.compile(r"^(?:当前位置|您的位置|你的位置|您现在的位置|所在位置)[:：]|^首页\s*[>》/»]"))
    , ("related", regex.compile(
        r"^[-*•·\s]*(?P<at>相关新闻|相关链接|相关附件|相关阅读|相关文章|相关报道|推荐阅读|延伸阅读|热点推荐|上一篇|下一篇)"
        r"\s*(?:\d+\s*[:：]?|[:：]|>>|»|$)"
        # a content-management system's article ids between related headlines
        r"|^[0-9a-f]{24,40}[:：]$"))
    , ("footer", regex.compile(
        r"版权所有|网站标识码|ICP备\d*|公网安备|^主办单位[:：]|^承办单位[:：]|^技术支持[:：]"
        r"|^本作品(?:是|在|属于|来自)|^公有领域$|^Public domain$|^注[:：]中文维基文库|维基文库社群"
        r"|^(?:Copyright|版权)\s*(?:©|\(c\))|^©\s*\d{4}"))
    , ("caption", regex.compile(
        r"^[(（]?\p{Han}{0,10}记者\s*\p{Han}{2,4}(?:\s+\p{Han}{2,4})*\s*摄[)）]?$"
        r"|^[(（]?(?:摄影|图)[:：/]?\s*\p{Han}{2,4}[)）]?$|^[(（]?\p{Han}{2,4}\s*[/／]?\s*摄[)）]?$"
        r"|^图为.{2,80}[。.]?\s*[(（]?\p{Han}{2,4}\s*摄[)）]?$"
        # a photo credit glued to the end of a caption sentence: …作政府工作报告。新华社记者 姚大伟 摄
        # (…。新甘肃·甘肃日报记者 盛学卿: the credit without 摄); the space before it belongs to it
        r"|(?<=[。！？])(?P<at>\s*[\p{Han}·]{0,14}(?:记者|摄影)\s*\p{Han}{1,3}(?:\s*\p{Han}{1,2})?(?:\s*摄)?)[)）]?$"))
    , ("attachment", regex.compile(
        r"^[\d０-９]{1,2}\s*[.．、]?\s*(?:附件\s*[\d０-９一二三四五六七八九十]*\s*[:：])?.{1,60}\.(?:docx?|pdf|xlsx?|wps|zip|rar|jpe?g|png)$",
        regex.I))
)

#: page furniture only next to other residue: the buttons of a tool bar, one per line
_WEAK_RE = regex.compile(
    r"^[【\[]?(?:下载|打印|全屏|收藏|加大|还原|减小|[大中小]|关闭|分享|分享到微信|[|｜×>》]|【|】|首页|"
    r"阅读量[:：]?\s*\d*|来源[:：]?|时间[:：]?|字[号体][:：]?)[】\]]?$")
_ITEM_RE = regex.compile(r"[-*•·\s]*\d{1,2}\s*[:：.、]")
_HAN_RE = regex.compile(r"\p{Han}")

KIND_TEXT = {
    "share": ("分享组件", "share widget"), "tools": ("页面工具栏", "page tools"), "meta": ("网页信息栏", "page metadata"),
    "breadcrumb": ("导航路径", "breadcrumb"), "related": ("相关新闻栏", "related-news trailer"),
    "footer": ("网页页脚", "page footer"), "caption": ("图片说明", "photo caption"),
    "attachment": ("附件文件列表", "attachment file list"),
}


@dataclass(frozen=True)
class ResidueBlock:
    """A block of page residue (navigation, footers, captions) and the paragraphs it flags."""
    start: int
    end: int
    kinds: Tuple[str, ...]
    paragraphs: Tuple[int, ...]     # 0-based indices of the paragraphs flagged


#: what every match of a pattern contains (each alternative of ``caption`` names 摄/摄影, 图 or
#: 记者; each of the others one of its words): a paragraph without any of them is not searched (the
#: caption pattern's glued-credit alternative is tried at every character; two thirds of this
#: service's time went there).  Keep these in step with the patterns (tests/test_speed_paths.py)
_NEEDS = {
    "caption": ("摄", "图", "记者"),
    # share: 微信…/朋友圈/QQ空间/新浪微博/点击…/请使用浏览器…/分享…/扫一扫…
    "share": ("微", "朋友圈", "QQ", "新浪", "点击", "浏览器", "分享", "扫"),
    # tools: 打印本页/打印此页/关闭窗口/返回顶部, 字号/字体, 我要纠错, 无障碍, 简体|繁体
    "tools": ("打印", "关闭窗口", "返回顶部", "字号", "字体", "纠错", "无障碍", "简体"),
    "footer": ("版权", "网站标识码", "ICP备", "公网安备", "主办单位", "承办单位", "技术支持", "本作品", "公有领域",
               "Public domain", "维基文库", "Copyright", "©"),
}


#: each kind's words as one alternation (one search in C instead of a ``in`` test per word)
_NEEDS_RE: dict = {}


def _needs_re(kind: str) -> Any:
    got = _NEEDS_RE.get(kind)
    if got is None:
        needs = _NEEDS.get(kind)
        got = _NEEDS_RE[kind] = None if needs is None else re.compile("|".join(map(re.escape, needs)))
    return got


#: the kinds whose every alternative matches only at the paragraph's start (``^``), as one alternation, and the words
#: the others need (:data:`_NEEDS`) as one: a paragraph holding neither is no residue of any kind, read by two searches
#: instead of eight (one per kind; nearly every paragraph of a report is none)
_ANCHORED = ("meta", "breadcrumb", "related", "attachment")
_ANY_ANCHORED = regex.compile("|".join(("(?i:" if pat.flags & regex.I else "(?:") + pat.pattern + ")"
                                       for kind, pat in RESIDUE_PATTERNS if kind in _ANCHORED))
#: (in a fixed order, longest first: a set's order changes with each process's string hashes, and so would the pattern,
#: which the compiled-pattern cache would then store anew at every start)
_ANY_NEEDED = re.compile("|".join(map(re.escape, sorted({w for ws in _NEEDS.values() for w in ws},
                                                        key=lambda w: (-len(w), w)))))


def _kind(para: str) -> Optional[Tuple[str, Any]]:
    if _ANY_NEEDED.search(para) is None and _ANY_ANCHORED.search(para) is None:
        return None
    for kind, pat in RESIDUE_PATTERNS:
        needs = _NEEDS_RE[kind] if kind in _NEEDS_RE else _needs_re(kind)
        if needs is not None and needs.search(para) is None:
            continue
        m = pat.search(para)
        if m:
            return kind, m
    return None


def residue_blocks(doc: Any) -> List[ResidueBlock]:
    """The page-residue blocks of ``doc`` (cached)."""
    cache = _cache(doc)
    if "residue" in cache:
        return cache["residue"]
    simp = simplified_text(doc)
    paras = doc.paragraphs
    flagged: List[Tuple[int, str, int]] = []   # paragraph index, kind, match start
    weak: set = set()
    for p in paras:
        para = simp[p.start:p.end]
        if len(para) > 400:
            continue
        hit = _kind(para)
        if hit:
            m = hit[1]
            named = "at" in m.re.groupindex and m.start("at") >= 0
            at = m.start("at") if named else m.start()
            if not named and not _HAN_RE.search(para, 0, at):
                at = 0   # only marks before the match (》》点击图片进入专题《《): the whole line is residue
            flagged.append((p.index, hit[0], p.start + at))
        elif len(para) <= 16 and _WEAK_RE.match(para.strip()):
            weak.add(p.index)
    blocks: List[List[Tuple[int, str, int]]] = []
    for f in flagged:
        if blocks:
            last = blocks[-1][-1][0]
            between = paras[last + 1:f[0]]
            if len(between) <= 12 and sum(q.end - q.start for q in between) <= 200:
                blocks[-1].append(f)
                continue
        blocks.append([f])
    out: List[ResidueBlock] = []
    for block in blocks:
        first = block[0][0]
        start = block[0][2]
        # the tool-bar buttons just before the first strong line belong to the block
        while first - 1 >= 0 and first - 1 in weak:
            first -= 1
            start = paras[first].start
        last = block[-1][0]
        if block[-1][1] == "related":
            # the trailer's items (1:…, 2、…) belong to the block
            while last + 1 < len(paras) and _ITEM_RE.match(doc.text, paras[last + 1].start, paras[last + 1].end):
                last += 1
        while last + 1 < len(paras) and last + 1 in weak:
            last += 1
        kinds = tuple(dict.fromkeys(k for _, k, _ in block))
        out.append(ResidueBlock(start, paras[last].end, kinds, tuple(i for i, _, _ in block)))
    cache["residue"] = out
    return out


def residue_spans(doc: Any) -> List[Tuple[int, int]]:
    """(start, end) of every residue block, in order."""
    return [(b.start, b.end) for b in residue_blocks(doc)]
