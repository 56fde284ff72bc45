"""Encoding damage and page residue (LG7xx): pinyin glosses left by a broken
converter, garbled text (U+FFFD, '?' runs, mojibake), invisible and control
characters, and web-page residue (share widgets, photo captions, related-news
trailers, breadcrumbs, footers).

LG001 (file-unreadable) lives in rules/files.py.
"""
from __future__ import annotations

import re
import unicodedata
from typing import List, Tuple

from lintgov import regexlite as regex

from lintgov import hookimpl
from lintgov.rule import Edit, Fix, Option, Related, Rule, bad, good
from lintgov.residue import KIND_TEXT, residue_blocks
from lintgov.scripts import find_garbled, simplified_text

_YW17 = "《中华人民共和国国家通用语言文字法》第十七条（政府门户网站等使用的国家通用语言文字应当符合国家的规范和标准）"

# ---------------------------------------------------------------------------
# LG701 pinyin glosses
# ---------------------------------------------------------------------------

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PLAIN = "aaaaeeeeiiiioooouuuuvvvv"
_DETONE = str.maketrans(_TONED + "ü", _PLAIN + "v")
_GLOSS_RE = regex.compile(r"(?<=\p{Han})[(（]([A-Za-zü" + _TONED + r"]{1,7})[1-5]?[)）]")
_SYLLABLE_RE = regex.compile(
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|vn|ia|ie|iu|ua|uo|ui|ue|ve|er|a|o|e|i|u|v)")


def _is_syllable(word: str) -> Tuple[bool, bool]:
    """(is a pinyin syllable, carries a tone mark)."""
    low = word.lower()
    plain = low.translate(_DETONE)
    toned = plain != low.replace("ü", "v")
    return bool(_SYLLABLE_RE.fullmatch(plain)) and word == low, toned


class PinyinGloss(Rule):
    code = "LG701"
    name = "pinyin-gloss"
    category = "encoding"
    level = "error"
    fixable = True
    authority = _YW17
    summary = {"zh": "汉字后面夹有拼音注音（創(chuàng)新），是转换器留下的。",
               "en": "Pinyin glosses after characters (創(chuàng)新), left by a broken converter."}
    description = {
        "zh": "网页转换或繁简转换工具把多音字的拼音写进了正文：創(chuàng)新、發(fā)展。带声调的注音一处即报告；"
              "不带声调的注音（區(qu)）须是合法音节，且全文至少三处或另有带声调的注音。同一段落的注音合并为一条，"
              "安全修复为删除注音。",
        "en": "A web or script converter wrote the pinyin of polyphonic characters into the text: 創(chuàng)新, "
              "發(fā)展. A toned gloss is reported on its own; a toneless one (區(qu)) must be a valid syllable and the "
              "document must have three of them or a toned one. The glosses of one paragraph form one finding; the "
              "safe fix deletes them.",
    }
    messages = {
        "default": {"zh": "拼音注音“{first}”等{n}处夹在正文中，应删除",
                    "en": "{n} pinyin glosses such as “{first}” inside the text; delete them"},
        "one": {"zh": "拼音注音“{first}”夹在正文中，应删除", "en": "pinyin gloss “{first}” inside the text; delete it"},
    }
    examples = (
        bad("聚焦高質量發(fā)展，以開展全國法治政府建設示範創(chuàng)建為契機。"),
        bad("依法治區(qu)工作要點(dian)已印發(fa)。", note="three toneless glosses"),
        good("全面落實《法治政府建設實施綱要(2021-2025)》，推進依法行政。"),
        good("出台标准(A)和标准(B)两项规范。", note="letters that are not glosses"),
    )

    def check(self, doc, ctx):
        hits = []
        toned_any = False
        for m in _GLOSS_RE.finditer(doc.text):
            ok, toned = _is_syllable(m.group(1))
            if not ok or len(m.group(1)) < 2 and not toned:
                continue
            toned_any |= toned
            hits.append((m.start(), m.end(), toned))
        if not toned_any and len(hits) < 3:
            return
        by_para = {}
        for s, e, toned in hits:
            p = doc.paragraph_at(s)
            by_para.setdefault(p.index if p else -1, []).append((s, e))
        for spans in by_para.values():
            s0, e0 = spans[0]
            first = doc.text[s0 - 1:e0]
            yield self.finding(
                doc, s0, spans[-1][1], "default" if len(spans) > 1 else "one",
                related=[Related(s, e, {"zh": "注音", "en": "gloss"}) for s, e in spans[1:]],
                fix=Fix(tuple(Edit(s, e, "") for s, e in spans),
                        {"zh": "删除拼音注音", "en": "delete the pinyin glosses"}),
                evidence={"glosses": [doc.text[s:e] for s, e in spans]},
                first=first, n=len(spans))


# ---------------------------------------------------------------------------
# LG702 garbled text
# ---------------------------------------------------------------------------

class GarbledText(Rule):
    code = "LG702"
    name = "garbled-text"
    category = "encoding"
    level = "error"
    authority = _YW17
    summary = {"zh": "乱码：替换字符 U+FFFD、汉字间的问号串、按错误编码解码的文字。",
               "en": "Garbled text: U+FFFD, runs of '?' inside Chinese text, text decoded with the wrong codec."}
    description = {
        "zh": "字符在转换中丢失（U+FFFD、‘??’），连同周围的残片（孤立的拉丁字母、另一种字形的字）作为一段报告；"
              "已知乱码（锟斤拷、烫烫烫、私用区字符）；UTF-8 文字被当作 GBK 解码（鏀垮簻 即“政府”），能修复时给出修复后的文字。",
        "en": "Characters lost in conversion (U+FFFD, '??'), reported as one run with the debris around them (stray "
              "Latin letters, characters of the other script); known mojibake (锟斤拷, 烫烫烫, private-use "
              "characters); UTF-8 text decoded as GBK (鏀垮簻 for 政府), with the repaired text where it can be recovered.",
    }
    messages = {
        "default": {"zh": "乱码“{text}”：字符在转换中丢失", "en": "garbled text “{text}”: characters were lost in conversion"},
        "mojibake": {"zh": "乱码“{text}”（{codec}），原文可能是“{repaired}”",
                     "en": "mojibake “{text}” ({codec}); the original probably reads “{repaired}”"},
        "token": {"zh": "乱码“{text}”", "en": "mojibake “{text}”"},
    }
    examples = (
        bad("法治政府建設經驗做法獲中央依法治國辦??茝V?,F將主要情況報告如下。"),
        bad("建立政府立法基層聯系點和立法咨詢專家?guī)欤劢股鐣卫硪约懊裆I域立法。"),
        bad("全面推进" + "依法行政，建设法治政府".encode("utf-8").decode("gbk", "replace") + "。"),
        bad("本区共办理案件\ufffd\ufffd件。"),
        good("全年共办理行政复议案件112件，纠错率为12.5%。这是为什么?我们认为原因有三。"),
    )

    def check(self, doc, ctx):
        for g in find_garbled(doc):
            text = doc.text[g.start:g.end]
            shown = text.replace("\ufffd", "�")
            if g.kind == "mojibake" and g.repaired:
                yield self.finding(doc, g.start, g.end, "mojibake",
                                   evidence={"repaired": g.repaired, "codec": g.codec},
                                   text=shown, repaired=g.repaired, codec=g.codec)
            elif g.kind == "token":
                yield self.finding(doc, g.start, g.end, "token", text=shown)
            else:
                yield self.finding(doc, g.start, g.end, "default", text=shown)


# ---------------------------------------------------------------------------
# LG703 invisible characters
# ---------------------------------------------------------------------------

_INVISIBLE_RE = regex.compile(
    r"[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad\u180e"
    r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]+")
#: a text without any of them (most): one run of the other characters, read by re's repeat loop
#: (~0.6 ms on corpus/gwr, where the search for the class takes ~20 ms)
_VISIBLE_ONLY = re.compile(
    r"[^\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad\u180e"
    r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]+")


class InvisibleCharacter(Rule):
    code = "LG703"
    name = "invisible-character"
    category = "encoding"
    level = "warning"
    fixable = True
    authority = _YW17
    summary = {"zh": "正文中有不可见字符或控制字符（零宽空格、双向控制符、文中 BOM、C0/C1 控制符）。",
               "en": "Invisible or control characters in the text (zero-width spaces, bidi controls, a BOM inside the "
                     "text, C0/C1 controls)."}
    description = {
        "zh": "不可见字符会让检索、比对和数字识别失效（3\u200b12件 检索不到 312件）。连续的不可见字符合并为一条，"
              "安全修复为删除。",
        "en": "Invisible characters break search, comparison and number recognition (3\u200b12件 is not found as "
              "312件). A run of them is one finding; the safe fix deletes them.",
    }
    messages = {"default": {"zh": "不可见字符 {names}", "en": "invisible character(s) {names}"},
                "many": {"zh": "全文有{n}处不可见字符（{names}）", "en": "{n} runs of invisible characters ({names}) in the document"}}
    options = {"group_over": Option(3, "more runs than this in one document form one finding")}
    examples = (
        bad("全年共办理案件3\u200b12件。"),
        bad("深入推进\u202e依法行政。"),
        good("全年共办理案件312件。"),
    )

    def check(self, doc, ctx):
        if _VISIBLE_ONLY.fullmatch(doc.text) is not None:
            return
        runs = [(m.start(), m.end()) for m in _INVISIBLE_RE.finditer(doc.text)]
        if not runs:
            return
        # many runs (a document littered with zero-width spaces) form one finding
        groups = [runs] if len(runs) > self.settings["group_over"] else [[r] for r in runs]
        for g in groups:
            chars = "".join(doc.text[s:e] for s, e in g)
            names = ", ".join(dict.fromkeys(f"U+{ord(c):04X} {unicodedata.name(c, 'CONTROL')}" for c in chars))
            yield self.finding(doc, g[0][0], g[0][1], "many" if len(g) > 1 else "default",
                               related=[Related(s, e, {"zh": "不可见字符", "en": "invisible character"})
                                        for s, e in g[1:]],
                               fix=Fix(tuple(Edit(s, e, "") for s, e in g), {"zh": "删除", "en": "delete"}),
                               evidence={"codepoints": sorted({f"U+{ord(c):04X}" for c in chars}), "runs": len(g)},
                               names=names, n=len(g))


# ---------------------------------------------------------------------------
# LG704 web-page residue
# ---------------------------------------------------------------------------

# The detection is a shared service (lintgov.residue): typography and script rules skip the spans.


class PageResidue(Rule):
    code = "LG704"
    name = "page-residue"
    category = "encoding"
    level = "warning"
    authority = _YW17
    summary = {"zh": "正文中残留网页元素：分享组件、图片说明、相关新闻、导航路径、页脚。",
               "en": "Web-page residue in the text: share widgets, photo captions, related news, breadcrumbs, footers."}
    description = {
        "zh": "从网页或报刊数据库复制的报告常带着页面元素：‘点击右上角微信好友/朋友圈’、‘下载/打印/全屏/收藏/【字号：加大 还原 减小】’"
              "工具栏、‘来源：…’‘2026-02-03 09:02:33’‘责任编辑：…’信息行、‘索引号：…’、‘今天是…’、‘无障碍 / 简体 | 繁体’、"
              "‘【我要纠错】’、‘新华社记者 姚大伟 摄’、‘相关报道：’、‘当前位置：首页 > …’、附件文件列表（….doc）、版权与备案信息。"
              "相邻的残留段落（中间只隔几行短碎片）合并为一条；括号、空格和字形规则不检查这些段落。",
        "en": "Reports copied from web pages or newspaper databases carry page elements: 点击右上角微信好友/朋友圈 share "
              "widgets, 下载/打印/全屏/收藏/【字号：加大 还原 减小】 tool bars, 来源：… / 2026-02-03 09:02:33 / 责任编辑：… "
              "metadata lines, 索引号 blocks, 今天是…, 无障碍 / 简体 | 繁体 switches, 【我要纠错】, photo credits "
              "(新华社记者 姚大伟 摄), 相关报道 trailers, 当前位置：首页 > … breadcrumbs, attachment file lists (….doc), "
              "copyright and registration footers. Neighbouring residue paragraphs (with a few short fragments between) "
              "form one finding; the bracket, space and script rules skip them.",
    }
    messages = {"default": {"zh": "网页残留（{kind_zh}）：“{text}”", "en": "web-page residue ({kind_en}): “{text}”"}}
    examples = (
        bad("点击右上角微信好友\n朋友圈\n请使用浏览器分享功能进行分享\n近年来，通州区以创建全国法治政府建设示范区为目标。"),
        bad("通州区持续推进行政复议规范化建设。\n光明网记者 王晓秋摄\n"),
        bad("2024年，我市将持续推进法治政府建设。\n- 相關新聞1:2023年，東莞市堅持依法行政。"),
        bad("下载\n打印\n全屏\n收藏\n【字号：\n加大\n还原\n减小\n】\n2026年政府工作报告\n各位代表：现在，我代表省人民政府作报告。",
            note="a newspaper database's tool bar is one finding"),
        bad("大会开幕，省长作政府工作报告。新华社记者 姚大伟 摄\n各位代表：现在，我代表省人民政府作报告。",
            note="a photo credit after a caption"),
        good("近年来，通州区以创建全国法治政府建设示范区为目标，分享经验做法。\n相关新闻工作者参加培训。"),
    )

    def check(self, doc, ctx):
        for block in residue_blocks(doc):
            text = " / ".join(line.strip() for line in doc.text[block.start:block.end].split("\n") if line.strip())
            if len(text) > 40:
                text = text[:38] + "…"
            kinds = block.kinds
            yield self.finding(doc, block.start, block.end, "default",
                               evidence={"kinds": list(kinds), "paragraphs": [i + 1 for i in block.paragraphs]},
                               kind_zh="、".join(KIND_TEXT[k][0] for k in kinds),
                               kind_en=", ".join(KIND_TEXT[k][1] for k in kinds), text=text)


@hookimpl
def lintgov_rules():
    return [PinyinGloss, GarbledText, InvisibleCharacter, PageResidue]
