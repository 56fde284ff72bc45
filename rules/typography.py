"""Typography (LG8xx): stray spaces, unbalanced brackets and quotes, ASCII
punctuation in Chinese text (judged by the document's own consistency),
straight quotes."""
from __future__ import annotations

import bisect
from collections import defaultdict
from typing import Dict, List, Tuple

from lintgov import regexlite as regex

from lintgov import hookimpl, lazyre
from lintgov.rule import Edit, Fix, Option, Related, Rule, bad, good
from lintgov.document import DEFAULT_MASKS, MASK_CHAR
from lintgov.residue import residue_spans
from lintgov.scripts import find_garbled

_G15834 = "GB/T 15834—2011《标点符号用法》（公文依 GB/T 9704—2012 第9条）"
_HAN = r"\p{Han}"
_SP = r"[ \u00a0\u3000\u2000-\u200a\u202f]+"   # with en, thin and narrow no-break spaces
_NO_MASK = frozenset({"url", "email", "code"})
_QUOTE_MASKS = DEFAULT_MASKS | {"quote"}

# ---------------------------------------------------------------------------
# LG801 stray spaces
# ---------------------------------------------------------------------------

_MEASURE = "个件项次人名家所条款部台万亿千百元年月日天户宗起批场期篇份倍余多"
_STRAY_RE = regex.compile(
    rf"(?P<hh>(?<={_HAN}){_SP}(?={_HAN}))"
    rf"|(?P<bp>(?<=[{_HAN}\d%％]){_SP}(?=[，。、；：！？”’）》〕】,;:!?)]))"
    rf"|(?P<ap>(?<=[，。、；：！？（《“‘〔【]){_SP}(?=[{_HAN}\d“《（]))"
    rf"|(?P<aa>(?<={_HAN}[,;:]){_SP}(?={_HAN}))"
    rf"|(?P<nm>(?<=\d){_SP}(?=[{_MEASURE}](?![A-Za-z])))"
    rf"|(?P<cq>(?<=[{_HAN}][”’]){_SP}(?=[{_HAN}\d]))"
    rf"|(?P<pc>(?<=\d){_SP}(?=[%％‰]))")
# joint issuers are written with a space: 中共中央 国务院, 中共北京市委 北京市人民政府
_ORGAN_END = regex.compile(r"(?:中央|国务院|國務院|委|政府|办公厅|辦公廳|军委|軍委)$")
_SENT_PUNCT = regex.compile(r"[，。；,;！？!?]")


class StraySpace(Rule):
    code = "LG801"
    name = "stray-space"
    category = "typography"
    level = "warning"
    fixable = True
    authority = "GB/T 9704—2012 只按版式留空；PDF/网页提取留下的空格属于文字错误（参见国家通用语言文字法第十七条）"
    summary = {"zh": "中文正文中的多余空格：汉字之间、标点前后、数字与量词之间。",
               "en": "Stray spaces in Chinese text: between characters, around punctuation, between a number and "
                     "its measure word."}
    description = {
        "zh": "PDF 或网页提取常在中文里留下空格：‘法治 政府’、‘600余次 ,’、‘人心。 法治’、‘19 个’、‘2025 年’。"
              "中文排版不在字间、标点前后和数字与量词之间留空格。书名号内、联合发文机关之间（中共中央 国务院）、"
              "没有句读的短行（署名、日期、图片说明）不检查。一段内空格较多时合并为一条。安全修复为删除空格。",
        "en": "PDF or web extraction leaves spaces inside Chinese text: 法治 政府, 600余次 ,, 人心。 法治, 19 个, "
              "2025 年. Chinese typesetting has no space between characters, around punctuation or between a number "
              "and its measure word. Titles in 《》, joint issuers (中共中央 国务院) and short lines without "
              "punctuation (signatures, dates, captions) are skipped. Many spaces in one paragraph form one "
              "finding. The safe fix deletes the spaces.",
    }
    messages = {
        "default": {"zh": "多余的空格：“{context}”", "en": "stray space: “{context}”"},
        "many": {"zh": "本段有{n}处多余空格，如“{context}”", "en": "{n} stray spaces in this paragraph, such as “{context}”"},
        "document": {"zh": "全文有{n}处多余空格（{paras}段），如“{context}”，多为提取或排版遗留",
                     "en": "{n} stray spaces in {paras} paragraphs, such as “{context}”: an extraction artefact"},
    }
    options = {"group_over": Option(
        3, "more stray spaces than this in one paragraph form one finding"),
        "document_over": Option(20, "more stray spaces than this in one document form one finding")}
    examples = (
        bad("全年开展普法活动600余次 ,培育法治带头人218个。"),
        bad("法治思维深入人心。 法治“种子”根植基层。"),
        bad("通州区共有两批次19 个单项示范创建项目。"),
        good("全年开展普法活动600余次，培育法治带头人218个。"),
        good("深入学习《中共中央 国务院关于加强法治政府建设的意见》，落实各项任务。"),
        good("通州区人民政府\n2024年1月 15日", note="short lines without punctuation"),
    )

    def check(self, doc, ctx):
        masked = doc.masked()
        # a space between the parallel halves of a quoted slogan is conventional
        # (“不忘初心 牢记使命”, “优化法治环境 服务企业发展”)
        quoted = doc.masked(_QUOTE_MASKS)
        text = doc.text
        per_para: Dict[int, List[Tuple[int, int]]] = defaultdict(list)
        residue = _merge_spans(residue_spans(doc))   # photo credits, tool bars: LG704's business
        titles = {h.paragraph: (h.start, h.title_end) for h in doc.headings
                  if h.standalone and h.title_end - h.start <= 40 and not _SENT_PUNCT.search(text, h.start, h.title_end)}
        for p in doc.paragraphs:
            para = text[p.start:p.end]
            # a short line without punctuation (a signature, a date, a caption) and a heading are
            # only checked for a space inside a figure (2025 年, 16.1 %): a full-width space between
            # the two halves of a heading (二、簡化行政措施　拆牆鬆綁) is a separator
            short = len(para) <= 40 and not _SENT_PUNCT.search(para)
            title = titles.get(p.index)
            for m in _STRAY_RE.finditer(masked, p.start, p.end):
                in_title = title is not None and title[0] <= m.start() < title[1]
                if (short or in_title) and m.group("pc") is None \
                        and not (m.group("nm") is not None and masked[m.end():m.end() + 1] == "年"):
                    continue
                if residue and _inside(residue, m.start()):
                    continue
                if m.group("hh") is not None and quoted[m.start()] == MASK_CHAR:
                    continue
                if m.group("hh") is not None and _ORGAN_END.search(masked, max(p.start, m.start() - 8), m.start()):
                    continue
                per_para[p.index].append((m.start(), m.end()))
        limit = self.settings["group_over"]
        total = sum(len(v) for v in per_para.values())
        if total > self.settings["document_over"]:
            # an extraction artefact all through the document (a PDF's line breaks, a double space
            # after every comma): one finding for the document, one fix for all
            spans = [sp for idx in sorted(per_para) for sp in per_para[idx]]
            s, e = spans[0]
            context = doc.snippet(s, e, 4).replace("\u3000", "□")
            yield self.finding(
                doc, s, e, "document",
                related=[Related(a, b, {"zh": "空格", "en": "space"}) for a, b in spans[1:]],
                fix=Fix(tuple(Edit(a, b, "") for a, b in spans), {"zh": "删除空格", "en": "delete the spaces"}),
                evidence={"spaces": len(spans), "paragraphs": len(per_para)}, context=context, n=len(spans),
                paras=len(per_para))
            return
        for idx, spans in per_para.items():
            groups = [spans] if len(spans) > limit else [[s] for s in spans]
            for g in groups:
                s, e = g[0]
                context = doc.snippet(s, e, 4).replace("\u3000", "□")
                yield self.finding(
                    doc, s, g[-1][1], "many" if len(g) > 1 else "default",
                    related=[Related(a, b, {"zh": "空格", "en": "space"}) for a, b in g[1:]],
                    fix=Fix(tuple(Edit(a, b, "") for a, b in g), {"zh": "删除空格", "en": "delete the space"}),
                    evidence={"spaces": len(g)}, context=context, n=len(g))


# ---------------------------------------------------------------------------
# LG802 unbalanced brackets and quotes
# ---------------------------------------------------------------------------

_OPEN = {"（": "（", "(": "（", "《": "《", "“": "“", "‘": "‘", "〔": "〔", "【": "【", "〈": "〈", "「": "「", "『": "『",
         "[": "["}
_CLOSE = {"）": "（", ")": "（", "》": "《", "”": "“", "’": "‘", "〕": "〔", "】": "【", "〉": "〈", "」": "「", "』": "『",
          "]": "["}
_BRACKET_RE = regex.compile(r"[（()）《》“”‘’〔〕【】〈〉「」『』\[\]]")
# a closing parenthesis used as a list marker: 1) a) 一)
_LIST_MARKER = regex.compile(r"(?:^|(?<=[\s，。；：,;:、]))[0-9A-Za-z一二三四五六七八九十]{1,3}[)）]")
_PAIR_NAME = {"（": ("括号", "parenthesis"), "《": ("书名号", "title mark"), "“": ("双引号", "double quote"),
              "‘": ("单引号", "single quote"), "〔": ("六角括号", "tortoise-shell bracket"), "【": ("方头括号", "lenticular bracket"),
              "〈": ("单书名号", "single title mark"), "「": ("直角引号", "corner quote"), "『": ("双直角引号", "double corner quote"),
              "[": ("方括号", "square bracket")}


#: more unmatched marks than this in one paragraph are reported as one finding
_MANY_IN_PARAGRAPH = 5
#: how many of them that finding lists as related locations
_MANY_RELATED = 20


class UnbalancedBracket(Rule):
    code = "LG802"
    name = "unbalanced-bracket"
    category = "typography"
    level = "warning"
    authority = _G15834 + " 4.8 引号、4.9 括号、4.15 书名号"
    summary = {"zh": "段落内括号、书名号、引号不配对。", "en": "Unbalanced brackets, title marks or quotes within a paragraph."}
    description = {
        "zh": "在每个段落内配对（）《》“”‘’〔〕【】〈〉「」，每个不配对的符号报告一次并指向它；一段中超过5个不配对的符号（乱码、标记残留）合为一条，列出前20处。"
              "跨段引用的惯例（段首“、段末不闭合，下一段再以“开头）不报告；1) a) 之类的列表序号不算括号。",
        "en": "Pairs （）《》“”‘’〔〕【】〈〉「」 within each paragraph; every unmatched mark is reported once, pointing at "
              "it; more than 5 unmatched marks in one paragraph (debris, markup) are one finding listing the first 20. The multi-paragraph quotation convention (an unclosed “ at the end of a paragraph when the next "
              "opens with “) is accepted; list markers such as 1) a) are not brackets.",
    }
    messages = {
        "open": {"zh": "左{name_zh}“{mark}”没有对应的右{name_zh}", "en": "opening {name_en} “{mark}” is never closed"},
        "default": {"zh": "右{name_zh}“{mark}”没有对应的左{name_zh}", "en": "closing {name_en} “{mark}” has no opening mark"},
        "split": {"zh": "{name_zh}“{mark}”内的文字被断成了几段（段落在{name_zh}中间断开）",
                  "en": "the text inside the {name_en} “{mark}” is split across paragraphs (a line break inside the marks)"},
        "many": {"zh": "本段有{n}个括号、书名号或引号不配对，第一个是{name_zh}“{mark}”",
                 "en": "{n} unmatched brackets, title marks or quotes in this paragraph, the first a {name_en} “{mark}”"},
        "splits": {"zh": "全文有{n}处括号、书名号或引号内的文字被断成了几段，第一处在{name_zh}“{mark}”",
                   "en": "{n} bracketed or quoted passages are split across paragraphs, the first at the {name_en} “{mark}”"},
    }
    examples = (
        bad("印发《关于加强法治政府建设的意见，全面推进依法行政。"),
        bad("推行“一网通办改革，（以下简称改革）取得成效。"),
        bad("行政复议案件办结率100%）。"),
        bad("（（（（（（（（（（（（（（（（（（（（（（（（（（（（（（（（（（（（（（（（", note="one finding for a paragraph of stray marks"),
        good("印发《关于加强法治政府建设的意见》，推行“一网通办”（以下简称改革）。"),
        good("“第一段引文。\n“第二段引文。”", note="multi-paragraph quotation"),
        good("主要做法：1)加强领导；2)完善制度。"),
    )

    def check(self, doc, ctx):
        masked = doc.masked(_NO_MASK)
        paras = doc.paragraphs
        garbled = _merge_spans([(g.start, g.end) for g in find_garbled(doc)] + residue_spans(doc))
        carried: List[Tuple[str, int]] = []   # opening marks left open by a paragraph cut short
        splits: List[int] = []
        # where the marks are (one scan of the text; the marks are single characters, so those of a paragraph are the
        # ones its own scan finds): a paragraph without one, and none carried into it, has nothing to pair
        marks_at = [m.start() for m in _BRACKET_RE.finditer(masked)]
        for k, p in enumerate(paras):
            if not carried:
                i = bisect.bisect_left(marks_at, p.start)
                if i == len(marks_at) or marks_at[i] >= p.end:
                    continue
            stack: List[Tuple[str, int]] = list(carried)
            # open marks per type, so that a closing mark finds out in O(1) whether it has a
            # partner further down the stack (50,000 nested brackets stay linear)
            open_count: Dict[str, int] = defaultdict(int)
            for t, _ in stack:
                open_count[t] += 1
            carried = []
            unmatched: List[Tuple[int, str]] = []
            markers = {m.end() - 1 for m in _LIST_MARKER.finditer(masked, p.start, p.end)}
            for m in _BRACKET_RE.finditer(masked, p.start, p.end):
                ch, pos = m.group(), m.start()
                if garbled and _inside(garbled, pos):
                    continue  # debris of garbled text (LG702) or page residue (LG704)
                if ch in _OPEN:
                    stack.append((_OPEN[ch], pos))
                    open_count[_OPEN[ch]] += 1
                    continue
                want = _CLOSE[ch]
                if pos in markers and not (stack and stack[-1][0] == want):
                    continue  # a list marker 1) (but P15） closes （P2，P15）)
                if ch == "’" and (regex.match(r"\d{2}(?!\d)", masked[pos + 1:pos + 4])
                                 or regex.match(r"[A-Za-z]’[A-Za-z]", masked[pos - 1:pos + 2])):
                    continue  # an apostrophe: ’99, Women’s
                if stack and stack[-1][0] == want:
                    t, opened = stack.pop()
                    open_count[want] -= 1
                    if opened < p.start:
                        unmatched.append((opened, "split"))
                    continue
                if open_count[want]:
                    while stack[-1][0] != want:
                        t, opened = stack.pop()
                        open_count[t] -= 1
                        unmatched.append((opened, "open"))
                    t, opened = stack.pop()
                    if opened < p.start:
                        unmatched.append((opened, "split"))
                else:
                    unmatched.append((pos, "default"))
                    continue
                open_count[want] -= 1
                continue
            nxt = paras[k + 1] if k + 1 < len(paras) else None
            for t, pos in stack:
                if nxt is not None and t == "“" and doc.text[nxt.start:nxt.start + 1] == "“":
                    continue  # multi-paragraph quotation
                if nxt is not None and (pos >= p.end - 10 or pos < p.start) and self._fragment_follows(doc, k):
                    carried.append((t, pos))  # the paragraph was cut inside the brackets
                    continue
                unmatched.append((pos, "open"))
            marks = []
            for pos, key in sorted(set(unmatched)):
                if key == "split":
                    splits.append(pos)
                else:
                    marks.append((pos, key))
            if len(marks) > _MANY_IN_PARAGRAPH:
                # a paragraph of stray marks (debris, markup, a broken conversion): one finding
                # that points at the first and counts the rest, not one per mark
                pos = marks[0][0]
                mark = doc.text[pos]
                name = _PAIR_NAME[_OPEN.get(mark) or _CLOSE[mark]]
                yield self.finding(doc, pos, pos + 1, "many",
                                   related=[Related(x, x + 1, {"zh": "不配对", "en": "unmatched"})
                                            for x, _ in marks[1:_MANY_RELATED + 1]],
                                   evidence={"paragraph": doc.paragraph_at(pos).index + 1, "unmatched": len(marks)},
                                   mark=mark, name_zh=name[0], name_en=name[1], n=len(marks))
                marks = []
            for pos, key in marks:
                mark = doc.text[pos]
                name = _PAIR_NAME[_OPEN.get(mark) or _CLOSE[mark]]
                yield self.finding(doc, pos, pos + 1, key, evidence={"paragraph": doc.paragraph_at(pos).index + 1},
                                   mark=mark, name_zh=name[0], name_en=name[1])
        # paragraphs cut inside brackets: one finding each, or one for the
        # document when it is a systematic extraction artefact
        groups = [splits] if len(splits) > 3 else [[x] for x in splits]
        for g in groups:
            mark = doc.text[g[0]]
            name = _PAIR_NAME[_OPEN.get(mark) or _CLOSE[mark]]
            yield self.finding(doc, g[0], g[0] + 1, "split" if len(g) == 1 else "splits",
                               related=[Related(x, x + 1, {"zh": "断开处", "en": "split here"}) for x in g[1:]],
                               evidence={"splits": len(g)}, mark=mark, name_zh=name[0], name_en=name[1], n=len(g))
        # marks still carried at the end of the document were never closed
        for t, pos in carried:
            mark = doc.text[pos]
            name = _PAIR_NAME[_OPEN.get(mark) or _CLOSE[mark]]
            yield self.finding(doc, pos, pos + 1, "open", mark=mark, name_zh=name[0], name_en=name[1])

    @staticmethod
    def _fragment_follows(doc, k: int) -> bool:
        """The next one or two paragraphs look like the rest of a line cut in
        two (short, or starting with a closing mark)."""
        paras = doc.paragraphs
        for q in paras[k + 1:k + 3]:
            head = doc.text[q.start:q.start + 1]
            if head in _CLOSE or q.end - q.start <= 40:
                return True
        return False


# ---------------------------------------------------------------------------
# LG803 / LG806 ASCII punctuation, LG804 straight quotes
# ---------------------------------------------------------------------------

_CJK_CTX = r"[\p{Han}“”《》（）、]"
_FAMILIES: Tuple[Tuple[str, "regex.Pattern[str]", "regex.Pattern[str]", str], ...] = (
    ("comma", regex.compile(rf"(?<={_CJK_CTX}),|,(?={_CJK_CTX})"), regex.compile("，"), "，"),
    ("semicolon", regex.compile(rf"(?<={_CJK_CTX});|;(?={_CJK_CTX})"), regex.compile("；"), "；"),
    ("colon", regex.compile(rf"(?<={_CJK_CTX}):|:(?={_CJK_CTX})"), regex.compile("："), "："),
    ("parenthesis", regex.compile(r"\((?=[^()\n]{0,80}\p{Han})[^()\n]{0,80}\)"), regex.compile("（"), "（）"),
    ("question", regex.compile(r"(?<=\p{Han})[?](?![?])"), regex.compile("？"), "？"),
    ("exclamation", regex.compile(r"(?<=\p{Han})!"), regex.compile("！"), "！"),
    ("full stop", regex.compile(r"(?<=[\p{Han}”）%％])\.(?!\.)(?=[ \t]*$|[\p{Han}“])", regex.M), regex.compile("。"), "。"),
)
_FAMILY_ZH = {"comma": "逗号", "semicolon": "分号", "colon": "冒号", "parenthesis": "括号", "question": "问号",
              "exclamation": "叹号", "full stop": "句号"}


def _merge_spans(spans: List[Tuple[int, int]]) -> List[Tuple[int, int]]:
    out: List[Tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


def _inside(spans: List[Tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` lies in one of ``spans`` (sorted, non-overlapping): a binary search."""
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


#: a line-initial note or glossary label and its colon (註9: / 注1： / 附件2:)
_LABEL_COLON = regex.compile(r"^[ \t\u3000]*\p{Han}{1,3}[\d０-９]{1,3}[ \t]*(?P<c>[:：])", regex.M)


def _ascii_label_colons(masked: str) -> set:
    """Offsets of the ASCII colons after line-initial labels (註9:) when the document writes most of
    its label colons in ASCII (註1: …, 註2:…): that is the document's own convention for its labels,
    not a mark mixed into its prose."""
    ascii_at, full = [], 0
    if masked.count(":") < 3:
        return set()        # (three ASCII colons at least: without them the answer is known, the scan is skipped)
    for m in _LABEL_COLON.finditer(masked):
        if m.group("c") == ":":
            ascii_at.append(m.start("c"))
        else:
            full += 1
    return set(ascii_at) if len(ascii_at) >= 3 and len(ascii_at) > full else set()


def _ascii_marks(doc) -> Dict[str, Tuple[List[Tuple[int, int]], int]]:
    """Per family: the ASCII marks in Chinese context and the count of full-width ones."""
    key = "_lintgov_ascii_marks"
    if key in doc.__dict__:
        return doc.__dict__[key]
    masked = doc.masked()
    # garbled text (LG702) and page residue (LG704: 您的位置: / 分享到: / 来源:) are not the report's prose
    skip = _merge_spans([(g.start, g.end) for g in find_garbled(doc)] + residue_spans(doc))
    labels = _ascii_label_colons(masked)
    out = {}
    for fam, ascii_re, full_re, _ in _FAMILIES:
        spans = [(m.start(), m.end()) for m in ascii_re.finditer(masked)
                 if not (skip and _inside(skip, m.start()))]
        if fam == "comma":
            spans = [(s, e) for s, e in spans if not (masked[s - 1:s].isdigit() and masked[e:e + 1].isdigit())]
        elif fam == "colon" and labels:
            spans = [(s, e) for s, e in spans if s not in labels]
        out[fam] = (spans, len(full_re.findall(masked)))
    doc.__dict__[key] = out
    return out


def _full(fam: str, text: str) -> str:
    if fam == "parenthesis":
        return "（" + text[1:-1] + "）"
    return dict((f, r) for f, _, _, r in _FAMILIES)[fam]


def _commas_full_width(marks) -> bool:
    """The document writes its commas full-width (the habit that decides what is mixed in)."""
    spans, full = marks["comma"]
    return full > len(spans)


def _edits(fam: str, doc, spans):
    for s, e in spans:
        if fam == "parenthesis":
            yield Edit(s, s + 1, "（")
            yield Edit(e - 1, e, "）")
        else:
            yield Edit(s, e, _full(fam, doc.text[s:e]))


class AsciiPunctuation(Rule):
    code = "LG803"
    name = "ascii-punctuation"
    category = "typography"
    level = "warning"
    fixable = True
    authority = _G15834 + " 第5章（点号占一个字位置，即全角）"
    summary = {"zh": "以全角标点为主的中文文本中夹用了半角（ASCII）标点。",
               "en": "ASCII punctuation mixed into Chinese text that otherwise uses full-width punctuation."}
    description = {
        "zh": "按文档自身的习惯判断：某类标点（逗号、分号、冒号、括号、问号、叹号、句号）以全角为主时，"
              "夹用的半角标点逐段报告并给出全角替换；整篇都用半角的文档只由 LG806 给一条提示。"
              "千分撇（12,345）、时间（10:30）、网址、不含汉字的括号（2021-2025）不算。",
        "en": "Judged by the document's own habit: when a family of marks (comma, semicolon, colon, parentheses, "
              "question and exclamation marks, full stop) is mostly full-width, the ASCII ones are reported per "
              "paragraph with the full-width replacement; a document that uses ASCII throughout gets a single note "
              "from LG806 instead. Thousands separators (12,345), times (10:30), URLs and parentheses without "
              "Chinese inside ((2021-2025)) do not count.",
    }
    messages = {"default": {
        "zh": "半角{family_zh}（本段{n}处），全文以全角为主（全角{full}处、半角{ascii}处）",
        "en": "ASCII {family} ({n} in this paragraph) where the document mostly uses full-width ({full} full-width, "
              "{ascii} ASCII)"},
        "family": {
        "zh": "全文的{family_zh}都用半角（{n}处），而逗号等用全角：应改为全角",
        "en": "every {family} in the document is ASCII ({n}) while its commas are full-width: use full-width"}}
    examples = (
        bad("2024年，我市共办理案件312件，办结298件，办结率95.5%。全年新增规范性文件12件,清理18件。"),
        bad("深入推进依法行政。全面建设法治政府，提升治理能力。加强队伍建设."),
        good("2024年,我市共办理案件312件,办结298件,办结率95.5%。全年共12,345件。",
             note="ASCII throughout: a document-level note from LG806, not this rule"),
        good("落实《法治政府建设实施纲要(2021-2025年)》，全年共12,345件。"),
    )

    def check(self, doc, ctx):
        marks = _ascii_marks(doc)
        for fam, (spans, full) in marks.items():
            if not spans:
                continue
            if len(spans) > full:
                if not _commas_full_width(marks) or fam == "comma":
                    continue  # ASCII throughout: one note from LG806
                # the commas are full-width but this family is ASCII throughout (半角冒号 in a
                # full-width text): one finding for the document, with one fix
                s0, e0 = spans[0]
                yield self.finding(
                    doc, s0, e0, "family",
                    related=[Related(s, e, {"zh": "半角标点", "en": "ASCII mark"}) for s, e in spans[1:]],
                    fix=Fix(tuple(_edits(fam, doc, spans)), {"zh": "改为全角标点", "en": "use full-width punctuation"}),
                    evidence={"family": fam, "ascii": len(spans), "full_width": full},
                    family=fam, family_zh=_FAMILY_ZH[fam], n=len(spans), full=full, ascii=len(spans))
                continue
            by_para: Dict[int, List[Tuple[int, int]]] = defaultdict(list)
            for s, e in spans:
                p = doc.paragraph_at(s)
                by_para[p.index if p else -1].append((s, e))
            for group in by_para.values():
                s0, e0 = group[0]
                edits = []
                for s, e in group:
                    if fam == "parenthesis":
                        edits += [Edit(s, s + 1, "（"), Edit(e - 1, e, "）")]
                    else:
                        edits.append(Edit(s, e, _full(fam, doc.text[s:e])))
                yield self.finding(
                    doc, s0, group[-1][1], "default",
                    related=[Related(s, e, {"zh": "半角标点", "en": "ASCII mark"}) for s, e in group[1:]],
                    fix=Fix(tuple(edits), {"zh": "改为全角标点", "en": "use full-width punctuation"}),
                    evidence={"family": fam, "ascii": len(spans), "full_width": full},
                    family=fam, family_zh=_FAMILY_ZH[fam], n=len(group), full=full, ascii=len(spans))


class AsciiPunctuationDocument(Rule):
    code = "LG806"
    name = "ascii-punctuation-document"
    category = "typography"
    level = "note"
    authority = _G15834 + " 第5章"
    summary = {"zh": "整篇文档使用半角（ASCII）标点（一条文档级提示）。",
               "en": "The document uses ASCII punctuation throughout (one document-level note)."}
    description = {
        "zh": "文档的某类标点以半角为主时（常见于来源统一做过规范化的文本），不逐处报告，只在第一处给一条提示，"
              "列出各类半角与全角的数量。",
        "en": "When a family of marks is mostly ASCII (typical of text whose source normalised punctuation), the "
              "document gets one note at the first occurrence listing the counts instead of hundreds of findings.",
    }
    messages = {"default": {
        "zh": "全文使用半角标点：{summary_zh}；中文正文应使用全角标点",
        "en": "the document uses ASCII punctuation throughout: {summary_en}; Chinese text uses full-width marks"}}
    examples = (
        bad("2024年,我市共办理案件312件,办结298件。主要做法如下:(一)加强组织领导。"),
        good("2024年，我市共办理案件312件，办结298件。主要做法如下：（一）加强组织领导。"),
    )

    def check(self, doc, ctx):
        marks = _ascii_marks(doc)
        if _commas_full_width(marks):
            return  # full-width commas: the ASCII families are mixed in (LG803), not a document habit
        fams = [(f, spans, full) for f, (spans, full) in marks.items() if spans and len(spans) > full]
        if not fams:
            return
        first = min(s for _, spans, _ in fams for s, _ in spans)
        zh = "、".join(f"半角{_FAMILY_ZH[f]}{len(sp)}处（全角{full}处）" for f, sp, full in fams)
        en = ", ".join(f"{len(sp)} ASCII {f} ({full} full-width)" for f, sp, full in fams)
        yield self.finding(doc, first, first + 1, "default",
                           evidence={f: {"ascii": len(sp), "full_width": full} for f, sp, full in fams},
                           summary_zh=zh, summary_en=en)


# a scraper's escaped quotes (\"…\") are one mark each: the fix replaces the backslash too
_STRAIGHT_RE = regex.compile(r'(?P<o>\\?)"(?P<in>[^"\n]{1,200}?)(?P<c>\\?)"')
_LONE_STRAIGHT = regex.compile(r'(?<=\p{Han})"|"(?=\p{Han})')


class StraightQuotes(Rule):
    code = "LG804"
    name = "straight-quotes"
    category = "typography"
    level = "warning"
    fixable = True
    authority = _G15834 + " 4.8 引号"
    summary = {"zh": "中文文字用了直引号（\"…\"），应为“…”。",
               "en": "ASCII straight quotes (\"…\") around Chinese text; Chinese uses “…”."}
    description = {
        "zh": "中文引号为“”和‘’。直引号包住中文时报告并给出替换；落单的直引号紧挨汉字时也报告。",
        "en": "Chinese quotation marks are “” and ‘’. Straight quotes around Chinese text are reported with the "
              "replacement; a lone straight quote next to a Chinese character is reported too.",
    }
    messages = {
        "default": {"zh": "直引号{text}，应为{fixed}", "en": "straight quotes {text}; use {fixed}"},
        "lone": {"zh": "落单的直引号", "en": "a lone straight quote"},
        "document": {"zh": "全文有{n}对直引号（如{text}），应为中文引号“…”",
                     "en": "{n} pairs of straight quotes (such as {text}) in the document; use “…”"},
    }
    options = {"document_over": Option(10, "more pairs than this in one document form one finding")}
    examples = (
        bad('持续深化"放管服"改革。'),
        good("持续深化“放管服”改革。"),
        good('配置项 "name": "lintgov"'),
    )

    def check(self, doc, ctx):
        used: set = set()
        found = list(self._pairs(doc, used))
        if len(found) > self.settings["document_over"]:
            # straight quotes are the document's habit: one finding, one fix for all
            f0 = found[0]
            edits = tuple(e for f in found for e in f.fix.edits)
            yield self.finding(doc, f0.start, f0.end, "document",
                               related=[Related(f.start, f.end, {"zh": "直引号", "en": "straight quotes"}) for f in found[1:]],
                               fix=Fix(edits, {"zh": "改为中文引号", "en": "use Chinese quotation marks"}),
                               evidence={"pairs": len(found)}, n=len(found), text=f0.params["text"])
        else:
            yield from found
        yield from self._lone(doc, used)

    def _pairs(self, doc, used):
        masked = doc.masked()
        for m in _STRAIGHT_RE.finditer(masked):
            inner = m.group("in")
            if not regex.search(r"\p{Han}", inner):
                continue
            used.update((m.end("o"), m.end() - 1))
            a, b = m.start("in"), m.end("in")
            fixed = "“" + doc.text[a:b] + "”"
            yield self.finding(doc, m.start(), m.end(), "default",
                               fix=Fix((Edit(m.start(), a, "“"), Edit(b, m.end(), "”")),
                                       {"zh": "改为中文引号", "en": "use Chinese quotation marks"}),
                               evidence={"escaped": bool(m.group("o") or m.group("c"))},
                               text=doc.text[m.start():m.end()], fixed=fixed)

    def _lone(self, doc, used):
        for m in _LONE_STRAIGHT.finditer(doc.masked()):
            if m.start() not in used:
                yield self.finding(doc, m.start(), m.end(), "lone")


class RepeatedText(Rule):
    code = "LG807"
    name = "repeated-text"
    category = "typography"
    level = "warning"
    authority = "GB/T 9704—2012 对公文正文的一般要求（文字准确、无重复）；复制粘贴与抓取残留"
    summary = {"zh": "重复的文字：整段或整篇重复粘贴、同一句中重复的分句、重复的字（共共）。",
               "en": "Repeated text: a paragraph or a whole report pasted twice, a clause repeated in one sentence, "
                     "a doubled character (共共)."}
    description = {
        "zh": "复制粘贴或抓取常把段落、整节乃至整篇报告重复一遍；连续重复的段落合并为一条，指出与前文哪一段相同"
              "；一段重复了上一段末尾的句子也报告（重复段落中的“四是”等序号不再报为编号错误）。同一句中逐字重复的分句（四字以上）和误打的重复字"
              "（共共、已已；公共共享、中共共青团等不算）也报告。",
        "en": "Copying or scraping often repeats a paragraph, a section or the whole report; consecutive repeated "
              "paragraphs form one finding pointing at the earlier copy, and so does a paragraph that repeats the last "
              "sentences of the one before it (their ordinals such as 四是 are not reported "
              "as numbering errors). A clause of four or more characters repeated word for word in one sentence and a "
              "doubled character typed by mistake (共共, 已已; not 公共共享 or 中共共青团) are reported too.",
    }
    messages = {
        "default": {"zh": "本段与前文（第{first_line}行）的段落完全相同，重复粘贴",
                      "en": "this paragraph repeats the one on line {first_line} word for word"},
        "block": {"zh": "从此处起{n}段与前文（第{first_line}行起）完全相同，内容重复粘贴了一遍",
                  "en": "{n} paragraphs from here repeat the text from line {first_line} word for word"},
        "tail": {"zh": "本段与上一段末尾（第{first_line}行）的文字完全相同，重复粘贴",
                 "en": "this paragraph repeats the end of the paragraph before it (line {first_line}) word for word"},
        "clause": {"zh": "分句“{text}”在同一句中重复", "en": "the clause “{text}” is repeated in one sentence"},
        "char": {"zh": "“{text}”多打了一个“{char}”", "en": "“{text}”: the character {char} is doubled"},
    }
    examples = (
        bad("一、总体情况\n深入推进依法行政，全面建设法治政府，取得明显成效。\n二、主要做法\n"
            "深入推进依法行政，全面建设法治政府，取得明显成效。"),
        bad("坚持问题导向，加强执法监督，加强执法监督，提升执法质量。"),
        bad("全年共共受理行政复议案件112件。"),
        good("全年共受理行政复议案件112件，建设公共共享平台，实实在在为群众办事。\n一、总体情况\n二、总体情况"),
    )

    def check(self, doc, ctx):
        from lintgov.repeats import doubled_characters, repeated_blocks, repeated_clauses
        for b in repeated_blocks(doc):
            n = len(b.paragraphs)
            first_line = doc.position(b.first)[0]
            yield self.finding(doc, b.start, b.end, "tail" if b.tail and n == 1 else "default" if n == 1 else "block",
                               related=[Related(b.first, b.first + 1, {"zh": "前文相同的段落", "en": "the earlier copy"})],
                               evidence={"paragraphs": [i + 1 for i in b.paragraphs]}, n=n, first_line=first_line)
        for a, e, first in repeated_clauses(doc):
            yield self.finding(doc, a, e, "clause", related=[Related(first, first + (e - a),
                                                                   {"zh": "前一个相同的分句", "en": "the same clause before"})],
                               text=doc.text[a:e])
        for a, e in doubled_characters(doc):
            yield self.finding(doc, a - 1, e, "char",
                               fix=Fix((Edit(a, e, ""),), {"zh": "删去重复的字", "en": "delete the doubled character"},
                                       safe=False),
                               text=doc.text[max(0, a - 3):e + 3].replace("\n", " "), char=doc.text[a])


# 开州委法20239 for 开州委法〔2023〕9号: an issuer's abbreviation ending in a 文种 character, then a year
# glued to the serial number, right after a title or inside brackets (where document numbers stand)
_DOCNO_BROKEN = regex.compile(
    r"(?:(?<=》\s*[（(]?)|(?<=[（(]))(?P<org>\p{Han}{1,8}?(?:发|办|函|字|法|规|通|复|令|呈|电|纪|组|宣|政))"
    r"(?P<y>(?:19|20)\d{2})(?P<n>\d{1,4})(?P<hao>号?)(?=[）)，。；、\s]|$)")
#: what every match holds: its 文种 character (the last of org, 1–8 characters after the start) right
#: before the year and a digit; the pattern is tried only up to 8 characters before one of these
_DOCNO_ANCHOR = lazyre.LazyPattern(r"[发办函字法规通复令呈电纪组宣政](?:19|20)\d{3}", 0, regex)


class BrokenDocumentNumber(Rule):
    code = "LG808"
    name = "document-number-broken"
    category = "typography"
    level = "warning"
    fixable = True
    authority = "GB/T 9704—2012《党政机关公文格式》7.2.4（发文字号：年份用六角括号“〔〕”括入，发文顺序号后加“号”）"
    summary = {"zh": "发文字号丢了六角括号和“号”（开州委法20239）",
               "en": "A document number lost its 〔〕 and 号 (开州委法20239 for 开州委法〔2023〕9号)"}
    description = {
        "zh": "发文字号由机关代字、年份和发文顺序号组成，年份用六角括号括入、顺序号后加“号”（开州委法〔2023〕9号）。"
              "转换或录入丢了括号时，年份和顺序号连成一串数字（开州委法20239），读者无法分辨是哪一年的几号文。"
              "只检查书名号后或括号内紧跟机关代字的写法；修正为补回〔〕和“号”。",
        "en": "A document number is the issuer's abbreviation, the year in 〔〕 and the serial number followed by 号 "
              "(开州委法〔2023〕9号). When conversion or typing loses the brackets, year and serial run together "
              "(开州委法20239) and nobody can tell which document is meant. Only the form right after a title or inside "
              "brackets is checked; the fix puts back 〔〕 and 号.",
    }
    messages = {"default": {"zh": "发文字号“{written}”丢了六角括号，应为“{expected}”",
                            "en": "the document number “{written}” lost its brackets; expected “{expected}”"}}
    examples = (
        bad("印发《开州区法治政府建设实施方案》（开州委法20239）。"),
        good("印发《开州区法治政府建设实施方案》（开州委法〔2023〕9号）。"),
        good("编制《规划》（2021—2035年），投资20239万元。"),
    )

    def check(self, doc, ctx):
        for m in lazyre.anchored_finditer(_DOCNO_BROKEN, doc.text, _DOCNO_ANCHOR, back=8):
            expected = f"{m.group('org')}〔{m.group('y')}〕{m.group('n')}号"
            a, b = m.end("org"), m.end()
            yield self.finding(doc, m.start(), m.end(),
                               fix=Fix((Edit(a, b, f"〔{m.group('y')}〕{m.group('n')}号"),),
                                       {"zh": f"改为“{expected}”", "en": f"write “{expected}”"}, safe=False),
                               evidence={"year": m.group("y"), "serial": m.group("n")},
                               written=m.group(0), expected=expected)


@hookimpl
def lintgov_rules():
    return [StraySpace, UnbalancedBracket, AsciiPunctuation, StraightQuotes, AsciiPunctuationDocument, RepeatedText,
            BrokenDocumentNumber]
