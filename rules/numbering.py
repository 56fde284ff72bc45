"""Built-in numbering rules (LG3xx): the 结构层次序数 of headings and inline series.

GB/T 9704—2012 7.3.3 and GB/T 15834—2011 B.3 give the hierarchy 一、 → （一） →
1. → （1）, the punctuation after each ordinal, and the advice that a lower
ordinal form is never followed by a higher one in the same branch.

The analysis reads the heading tree (``doc.headings``) as a reader does: it
keeps a stack of open *series* (a run of siblings of one form).  A heading
either continues an open series (the next value, or a value an outer series of
the same form expects), starts a new series (value 1, or the value after the
previous series of that form: continuous numbering such as 1.–25. across
（一）–（九）), or is an anomaly: a skipped, repeated or out-of-order ordinal.
A restart at 1 inside a series of the same form is accepted as a nested list
when the paragraph before it announces one (以下几个方面：/ 三件事：) or an
unnumbered heading (关于外交工作) stands between; otherwise it is reported.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Dict, Iterator, List, Optional, Tuple

from lintgov import hookimpl
from lintgov.headings import CANONICAL_PUNCT, Heading, inline_series
from lintgov.rule import Edit, Fix, Option, Related, Rule, bad, good

_CN = "零一二三四五六七八九"
_G9704 = "GB/T 9704—2012《党政机关公文格式》7.3.3；GB/T 15834—2011《标点符号用法》附录B.3"


def cn_numeral(n: int) -> str:
    if n < 10:
        return _CN[n]
    if n < 20:
        return "十" + (_CN[n - 10] if n > 10 else "")
    return _CN[n // 10] + "十" + (_CN[n % 10] if n % 10 else "")


def render_marker(level: int, value: int, like: Optional[Heading] = None) -> str:
    """The canonical marker of ``value`` at ``level``, in the bracket/dot width of ``like``."""
    wide = like is None or like.open in ("（", "") and like.close in ("）", "")
    o, c = ("（", "）") if wide else ("(", ")")
    if level == 1:
        return cn_numeral(value) + "、"
    if level == 2:
        return f"{o}{cn_numeral(value)}{c}"
    digits = str(value)
    if like is not None and like.fullwidth_digits:
        digits = digits.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    if level == 3:
        return digits + ("．" if like is not None and like.punct == "．" else ".")
    return f"{o}{digits}{c}"


def _names(level: int) -> Dict[str, str]:
    return {1: {"zh": "一、", "en": "一、"}, 2: {"zh": "（一）", "en": "（一）"},
            3: {"zh": "1.", "en": "1."}, 4: {"zh": "（1）", "en": "（1）"}}[level]


# -- the analysis ----------------------------------------------------------------------

@dataclass
class _Series:
    """The headings of one level under one parent, as numbered so far."""
    level: int
    items: List[Heading] = field(default_factory=list)
    last: int = 0
    alt: Optional[int] = None      # the value this series should have reached (after an anomaly)
    parent: Optional[Heading] = None

    def expects(self, v: int) -> bool:
        return v == self.last + 1 or (self.alt is not None and v == self.alt + 1)

    def add(self, h: Heading, alt: Optional[int] = None) -> None:
        self.items.append(h)
        self.last = h.value
        self.alt = alt


@dataclass
class Anomaly:
    """A numbering problem at a heading: its kind and what was expected."""
    heading: Heading
    kind: str                      # skip | duplicate | order | restart | start | hierarchy | style
    expected: Optional[int] = None
    other: Optional[Heading] = None  # the previous sibling, the container, the style example
    level: int = 0


_INTRO = re.compile(r"(?:以下|如下|下列|下面|几个|几点|几项|几件|几方面|几条|"
                    r"[两二三四五六七八九十]+(?:个|点|项|件|类|条|大|种|方面))[^。；]{0,30}[。：:]?$|[：:]$")
_SEPARATOR = re.compile(r"第[一二三四五六七八九十]+(?:[、，,．.]|部分|章|节|篇)")
_UNNUMBERED_HEADING_MAX = 30


#: a paragraph that opens a new part of a report: the address to the deputies between the
#: review and the plans (各位代表！刚刚过去的…), an attachment or glossary label
_PART_OPENER = re.compile(r"\s*(?:各位代表|附件|附表|名词解释|有关名词解释|注释)")


def _part_between(doc, prev: Heading, h: Heading) -> bool:
    """An unnumbered heading (2017年主要工作任务, 第二章…), an attachment label or the address to
    the deputies stands between ``prev`` and ``h``: ``h`` opens a new part of the report."""
    paras = doc.paragraphs
    for i in range(prev.paragraph + 1, h.paragraph):
        p = paras[i]
        t = doc.text[p.start:p.end]
        if _SEPARATOR.match(t) or _PART_OPENER.match(t):
            return True
        if 0 < len(t) <= _UNNUMBERED_HEADING_MAX and not re.search(r"[。；;，,：:！？!?]", t):
            return True
    return False


def _justified_restart(doc, h: Heading, prev: Heading) -> str:
    """Why a restart at 1 inside an open series of the same form is not an error: ``"part"``
    when an unnumbered heading (2017年主要工作任务), an attachment label or the address to the
    deputies stands between (a new part of the report: the numbering starts again),
    ``"nested"`` when the paragraph before it announces a list (以下三件事：); ``""`` otherwise."""
    paras = doc.paragraphs
    if _part_between(doc, prev, h):
        return "part"
    if h.paragraph > 0:
        p = paras[h.paragraph - 1]
        if _INTRO.search(doc.text[max(p.start, p.end - 50):p.end]):
            return "nested"
    return ""


def analyse(doc) -> List[Anomaly]:
    """Numbering anomalies of the heading tree (cached on the document)."""
    cached = doc.__dict__.get("_lintgov_numbering")
    if cached is not None:
        return cached
    out: List[Anomaly] = []
    stack: List[_Series] = []
    closed: Dict[int, _Series] = {}
    # (level) -> list of (heading, "restart"|"continue", previous series last value)
    # (level, part) -> observations; a part is a stretch between part boundaries (2017年主要工作任务,
    # 附件一): numbering style is compared within a part only
    style: Dict[Tuple[int, int], List[Tuple[Heading, str, int]]] = {}
    part = 0
    part_of: Dict[int, int] = {}
    starts: List[Tuple[Heading, Optional[_Series]]] = []
    far_runons: List[Tuple[Heading, _Series]] = []  # run-on from a series under another grandparent
    far_restarts: Counter = Counter()                 # level -> restarts at 1 under another grandparent
    inverted = set()
    resumable: Dict[int, _Series] = {}   # level -> the series a new part interrupted

    def close_above(i: int) -> None:
        for s in stack[i + 1:]:
            closed[s.level] = s
        del stack[i + 1:]

    headings = list(doc.headings)
    for hi, h in enumerate(headings):
        prev_h = headings[hi - 1] if hi else None
        if prev_h is not None and h.value == 1 and _part_between(doc, prev_h, h):
            part += 1
        part_of[id(h)] = part
        # 1. continues an open series of its form (innermost first)
        idx = next((i for i in range(len(stack) - 1, -1, -1)
                    if stack[i].level == h.level and stack[i].expects(h.value)), None)
        if idx is not None:
            close_above(idx)
            stack[idx].add(h)
            continue
        same = [i for i, s in enumerate(stack) if s.level == h.level]
        if same:
            s = stack[same[-1]]
            why = _justified_restart(doc, h, s.items[-1]) if h.value == 1 else ""
            if why == "nested":
                stack.append(_Series(h.level, parent=stack[-1].items[-1]))
                stack[-1].add(h)
                continue
            if why == "part":
                # a new part: everything from this level down starts afresh; the series it
                # interrupts may resume after it (一、二、 [一、…五、 inside 二] 三、)
                resumable[h.level] = s
                parent = stack[same[-1]].parent
                for x in stack[same[-1] + 1:]:
                    closed[x.level] = x   # lower levels may run on through the parts
                del stack[same[-1]:]
                closed.pop(h.level, None)
                stack.append(_Series(h.level, parent=parent))
                stack[-1].add(h)
                continue
            r = resumable.get(h.level)
            if r is not None and r.expects(h.value) and h.value < s.last:
                # the enclosing series resumes after a list of the same form nested in its last
                # item (1986: 二、… 一、…五、 三、): a consistent reading, not an ordinal out of order
                del resumable[h.level]
                for x in stack[same[-1]:]:
                    closed[x.level] = x
                del stack[same[-1]:]
                stack.append(r)
                r.add(h)
                continue
            close_above(same[-1])
            expected = s.last + 1
            kind = ("duplicate" if h.value == s.last else "restart" if h.value == 1
                    else "skip" if h.value > expected else "order")
            out.append(Anomaly(h, kind, expected, s.items[-1], h.level))
            s.add(h, alt=expected)
            continue
        # 2. a new series of this form
        if stack and stack[-1].level > h.level:
            last = stack[-1].items[-1]
            rootless = all(x.parent is None for x in stack)
            prose = sum(1 for i in range(last.paragraph + 1, h.paragraph)
                        if doc.paragraphs[i].end - doc.paragraphs[i].start > _UNNUMBERED_HEADING_MAX)
            if _part_between(doc, last, h) or (rootless and prose >= 2):
                # a new part of the report (第二章, 2020年主要工作任务, 附件四, or lists under
                # unnumbered leads followed by the plans' （一）): not a hierarchy inversion
                for x in stack:
                    closed[x.level] = x
                stack.clear()
        if h.value == 1 and prev_h is not None and _part_between(doc, prev_h, h):
            # a list that starts a new part (附件一 名词解释 1. …) is not compared with the
            # numbering style of the parts before it
            closed.pop(h.level, None)
        if stack and stack[-1].level > h.level:
            key = (h.level, stack[-1].level)
            if key not in inverted:
                inverted.add(key)
                out.append(Anomaly(h, "hierarchy", None, stack[-1].items[-1], h.level))
        parent = stack[-1].items[-1] if stack else None
        prev = closed.get(h.level)
        if prev is not None and part_of.get(id(prev.items[-1]), part) != part \
                and (h.value == 1 or h.value == prev.last + 1):
            pass  # the first list of a new part may restart or run on: not a style observation
        elif prev is not None and _same_context(prev.parent, parent):
            if h.value == 1:
                style.setdefault((h.level, part), []).append((h, "restart", prev.last))
            elif h.value == prev.last + 1:
                style.setdefault((h.level, part), []).append((h, "continue", prev.last))
            else:
                starts.append((h, prev))
        elif h.value != 1 and not (prev is not None and h.value == prev.last + 1):
            # under another grandparent both a restart and a run-on are fine (no style observation)
            starts.append((h, prev))
        elif h.value != 1 and prev is not None:
            far_runons.append((h, prev))
        elif prev is not None:
            far_restarts[h.level] += 1
        stack.append(_Series(h.level, parent=parent))
        stack[-1].add(h)

    # series that start at neither 1 nor the continuation of the previous series
    for h, prev in starts:
        obs = style.get((h.level, part_of[id(h)]), [])
        continuous = prev is not None and obs and all(k == "continue" for _, k, _ in obs)
        expected = prev.last + 1 if continuous else 1
        if h.value == expected:
            continue
        out.append(Anomaly(h, "start", expected, prev.items[-1] if prev else None, h.level))
    # a run-on across grandparents is fine unless, across grandparents, this level restarts at
    # least as often as it runs on (or it restarts under every parent within a grandparent)
    far_counts = Counter(h.level for h, _ in far_runons)
    for h, prev in far_runons:
        kinds = Counter(k for _, k, _ in style.get((h.level, part_of[id(h)]), []))
        far_restart_style = far_restarts[h.level] and far_restarts[h.level] >= far_counts[h.level]
        restart_style = kinds["restart"] and not kinds["continue"]
        if far_restart_style or restart_style:
            out.append(Anomaly(h, "start", 1, prev.items[-1], h.level))
    # restart and continuous numbering mixed at one level: report the minority
    for (level, _), obs in style.items():
        kinds = Counter(k for _, k, _ in obs)
        if len(kinds) < 2:
            continue
        major = "restart" if kinds["restart"] >= kinds["continue"] else "continue"
        example = next(h for h, k, _ in obs if k == major)
        for h, k, last in obs:
            if k != major:
                exp = 1 if major == "restart" else last + 1
                out.append(Anomaly(h, "style", exp, example, level))
    # a level that restarts at 1 again and again, each time after an unnumbered lead paragraph
    # (五年来，我们坚持…。 1. … 2. … 五年来，我们坚持…。 1. …), is numbered per topic on purpose
    restarts = Counter(a.level for a in out if a.kind == "restart" and _after_lead(doc, a.heading))
    out = [a for a in out if not (a.kind == "restart" and restarts[a.level] >= 2 and _after_lead(doc, a.heading))]
    out.sort(key=lambda a: a.heading.start)
    doc.__dict__["_lintgov_numbering"] = out
    return out


def _after_lead(doc, h: Heading) -> bool:
    """The paragraph before ``h`` is an unnumbered paragraph of prose (a topic's lead sentence)."""
    if h.paragraph == 0:
        return False
    p = doc.paragraphs[h.paragraph - 1]
    heads = doc.__dict__.setdefault("_lintgov_heading_paras", {x.paragraph for x in doc.headings})
    t = doc.text[p.start:p.end].rstrip()
    return p.index not in heads and (len(t) > _UNNUMBERED_HEADING_MAX or t[-1:] in ("。", "：", ":"))


def _same_context(a: Optional[Heading], b: Optional[Heading]) -> bool:
    """Two series are compared for restart/continue only under the same grandparent:
    （一）'s 1.–3. and （二）'s 4.–7. under the same 一、."""
    if a is None or b is None:
        return a is b
    return a.level == b.level and a.parent is b.parent


# -- rules -----------------------------------------------------------------------------

class _NumberingRule(Rule):
    category = "numbering"
    authority = _G9704

    def span(self, h: Heading) -> Tuple[int, int]:
        return h.start, h.marker_end


class OrdinalSequence(_NumberingRule):
    code = "LG301"
    name = "ordinal-sequence"
    level = "warning"
    summary = {"zh": "同级序号跳号、重号或顺序颠倒", "en": "A heading ordinal is skipped, repeated or out of order"}
    description = {
        "zh": "同一层级的结构层次序数应依次递增（一、二、三、；（一）（二）（三）），下级序号在每个上级之下从头编起，"
              "或在全文连续编号（1.—25. 跨越（一）—（九））。跳号（一、二、四、）、重号（（二）（二））、顺序颠倒，"
              "以及在同一部分里无故从头重编，通常是增删段落后漏改序号，读者会以为内容缺失。",
        "en": "Siblings at one level count 1, 2, 3…; a lower level either restarts under each parent or runs on "
              "through the document (1.–25. across （一）–（九）). A skipped ordinal (一、二、四、), a repeated one "
              "(（二）（二）), one out of order, or a restart inside the same section usually means a paragraph was "
              "added or removed without renumbering.",
    }
    messages = {
        "default": {"zh": "序号“{found}”跳号：上一个是“{previous}”，此处应为“{expected}”",
                    "en": "ordinal “{found}” skips: the previous one is “{previous}”, expected “{expected}”"},
        "duplicate": {"zh": "序号“{found}”与上一个同级序号重复，此处应为“{expected}”",
                      "en": "ordinal “{found}” repeats the previous one at this level; expected “{expected}”"},
        "order": {"zh": "序号“{found}”顺序颠倒：上一个是“{previous}”，此处应为“{expected}”",
                  "en": "ordinal “{found}” is out of order: the previous one is “{previous}”, expected “{expected}”"},
        "restart": {"zh": "序号在同一部分内从“{found}”重新开始（上一个是“{previous}”，中间没有新的上级标题），此处应为“{expected}”",
                    "en": "numbering restarts at “{found}” inside the same section (the previous one is “{previous}”, "
                          "no new heading between); expected “{expected}”"},
        "start": {"zh": "本组序号从“{found}”开始，应为“{expected}”",
                  "en": "this run of ordinals starts at “{found}”; expected “{expected}”"},
    }
    examples = (
        bad("一、工作成效\n正文。\n二、存在问题\n正文。\n四、下一步安排\n正文。", note="三、 is missing"),
        bad("一、工作成效\n（一）加强领导\n正文。\n（二）完善制度\n正文。\n（二）严格执法\n正文。", note="（二） twice"),
        bad("一、工作成效\n（二）加强领导\n正文。\n（三）完善制度\n正文。", note="starts at （二）"),
        bad("一、工作成效\n（一）加强领导\n1.学法\n2.用法\n（二）完善制度\n1.立规\n3.审查\n", note="1. then 3."),
        good("一、工作成效\n（一）加强领导\n1.学法\n2.用法\n（二）完善制度\n1.立规\n2.审查\n二、存在问题\n正文。",
             note="1. restarts under each （一）"),
        good("一、工作成效\n（一）加强领导\n1.学法\n2.用法\n（二）完善制度\n3.立规\n4.审查\n二、存在问题\n正文。",
             note="1.–4. run on across （一）（二）"),
        good("一、关于经济建设\n正文。\n二、关于改革\n重点做好以下三件事：\n一、推进税制改革；\n二、改进企业管理；\n"
             "三、搞活流通。\n三、关于外交\n正文。", note="a nested list announced by 以下三件事："),
    )

    def check(self, doc, ctx):
        for a in analyse(doc):
            if a.kind not in ("skip", "duplicate", "order", "restart", "start"):
                continue
            h = a.heading
            key = "default" if a.kind == "skip" else a.kind
            related = []
            if a.other is not None:
                related.append(Related(a.other.start, a.other.marker_end,
                                       {"zh": "上一个同级序号", "en": "the previous ordinal at this level"}))
            yield self.finding(doc, *self.span(h), key, related=related,
                               evidence={"level": h.level, "found": h.value, "expected": a.expected},
                               found=h.marker, expected=render_marker(h.level, a.expected, h),
                               previous=a.other.marker if a.other is not None else "")


class NumberingStyleMixed(_NumberingRule):
    code = "LG302"
    name = "numbering-style-mixed"
    level = "warning"
    summary = {"zh": "同一层级既有分段重新编号又有全文连续编号",
               "en": "One level both restarts under each parent and runs on across parents"}
    description = {
        "zh": "下级序号可以在每个上级标题下从 1 编起，也可以全文连续编号；两种做法都可以，但一篇文稿只能用一种。"
              "混用时读者无法判断是否漏了条目。",
        "en": "A lower level may restart under each parent or run on through the document; either is fine, but one "
              "document must use one of them. Mixing them makes a missing item impossible to spot.",
    }
    messages = {"default": {
        "zh": "此处序号“{found}”{how}，而本文同一层级在“{example}”处{other}；此处应为“{expected}”",
        "en": "ordinal “{found}” {how_en} here, while at “{example}” this level {other_en}; expected “{expected}”"}}
    examples = (
        bad("一、成效\n（一）领导\n1.学法\n2.用法\n（二）制度\n3.立规\n（三）执法\n1.培训\n2.检查\n（四）复议\n1.办案\n二、问题\n正文。"),
        good("一、成效\n（一）领导\n1.学法\n2.用法\n（二）制度\n1.立规\n（三）执法\n1.培训\n2.检查\n二、问题\n正文。"),
    )

    def check(self, doc, ctx):
        for a in analyse(doc):
            if a.kind != "style":
                continue
            h = a.heading
            cont = a.expected != 1
            yield self.finding(
                doc, *self.span(h), related=[Related(a.other.start, a.other.marker_end,
                                                     {"zh": "本文占多数的编号方式", "en": "the document's usual style"})],
                evidence={"level": h.level, "expected": a.expected},
                found=h.marker, example=a.other.marker, expected=render_marker(h.level, a.expected, h),
                how="重新从头编号" if cont else "接续上一组编号",
                how_en="restarts at 1" if cont else "runs on from the previous group",
                other="接续上一组编号" if cont else "在每个上级标题下重新编号",
                other_en="runs on" if cont else "restarts under each parent")


class OrdinalHierarchy(_NumberingRule):
    code = "LG303"
    name = "ordinal-hierarchy"
    level = "warning"
    summary = {"zh": "高层级序号用在低层级序号之下", "en": "A higher-level ordinal form is used under a lower one"}
    description = {
        "zh": "结构层次序数依次为“一、”“（一）”“1.”“（1）”。GB/T 15834 附录B.3.8：使用层次较低的序次语之后，"
              "不宜反过来再使用层次更高的序次语。例如在“1.”之下出现“（一）”。",
        "en": "The hierarchy is 一、 → （一） → 1. → （1）. GB/T 15834 B.3.8: after a lower-level ordinal, do not go "
              "back to a higher-level form beneath it (（一） under 1.).",
    }
    messages = {"default": {
        "zh": "“{found}”是第{depth}层序号，却用在第{outer_depth}层序号“{outer}”之下（应依次为 一、→（一）→1.→（1））",
        "en": "“{found}” is a level-{depth} ordinal but sits under the level-{outer_depth} ordinal “{outer}” "
              "(the order is 一、 → （一） → 1. → （1）)"}}
    examples = (
        bad("一、工作成效\n1.加强领导\n（一）压实责任\n正文。\n（二）强化考核\n正文。"),
        good("一、工作成效\n（一）加强领导\n1.压实责任\n2.强化考核\n（二）完善制度\n正文。"),
        good("一、工作成效\n1.加强领导\n2.完善制度\n二、存在问题\n正文。", note="skipping （一） is common practice"),
    )

    def check(self, doc, ctx):
        for a in analyse(doc):
            if a.kind != "hierarchy":
                continue
            h, o = a.heading, a.other
            yield self.finding(doc, *self.span(h),
                               related=[Related(o.start, o.marker_end, {"zh": "所在的低层级序号", "en": "the lower-level ordinal above it"})],
                               evidence={"level": h.level, "outer_level": o.level},
                               found=h.marker, depth=h.level, outer=o.marker, outer_depth=o.level)


_WRONG_PUNCT = {
    1: {"．", ".", "，", ",", ":", "："},
    2: {"、", "，", ",", "．", ".", ":", "："},
    3: {"、", "，", ","},
    4: {"、", "，", ",", "．", "."},
}


class OrdinalPunctuation(_NumberingRule):
    code = "LG304"
    name = "ordinal-punctuation"
    level = "warning"
    fixable = True
    authority = "GB/T 15834—2011《标点符号用法》附录B.3.1—B.3.4、B.3.7"
    options = {"group_over": Option(2, "more ordinals of one level with the same wrong punctuation than this form one finding")}
    summary = {"zh": "序号后的标点不规范（1、 （一）、 一．）", "en": "Wrong punctuation after an ordinal (1、 （一）、 一．)"}
    description = {
        "zh": "GB/T 15834 附录B.3：不带括号的汉字数字序次语后用顿号（一、）；不带括号的阿拉伯数字后用下脚点（1.）；"
              "加括号的序次语后不用任何点号（（一）（1））。同一层级有三处以上同样的错误标点时合并为一条，修复覆盖全部。",
        "en": "GB/T 15834 B.3: a bare Chinese numeral takes a 顿号 (一、), a bare Arabic numeral a full stop (1.), "
              "and a bracketed ordinal no punctuation at all (（一） （1）). Three or more ordinals of one level with the "
              "same wrong mark form one finding whose fix covers all of them.",
    }
    messages = {
        "default": {"zh": "序号“{found}”后的“{punct}”不规范，应写作“{expected}”",
                    "en": "“{punct}” after the ordinal “{found}” is wrong; write “{expected}”"},
        "many": {"zh": "本文{n}个同级序号（如“{found}”）后用“{punct}”不规范，应写作“{expected}”",
                 "en": "{n} ordinals of one level (such as “{found}”) take “{punct}”, which is wrong; write “{expected}”"},
        "inline": {"zh": "“{found}”后不应加“{punct}”（序次简单的“一是”后不用标点）",
                   "en": "no “{punct}” after “{found}” (an inline 一是 takes no punctuation)"},
        "di": {"zh": "“第{num}”类序次语后应用逗号：“{expected}”", "en": "an ordinal such as 第{num} takes a comma: “{expected}”"},
    }
    examples = (
        bad("一、工作成效\n1、加强领导。正文。\n2、完善制度。正文。"),
        bad("一、工作成效\n（一）、加强领导\n正文。"),
        bad("一．工作成效\n正文。"),
        bad("一、工作成效\n（一）加强领导。一是、学法；二是、用法。"),
        good("一、工作成效\n（一）加强领导\n1.学法。正文。\n2.用法。正文。\n（二）完善制度\n正文。一是学法；二是用法。"),
        good("一、工作成效\n1．学法。正文。\n2．用法。正文。", note="full-width 下脚点 is accepted"),
    )

    def check(self, doc, ctx):
        # one habit (every 1、 of a list) is one finding: headings of one level with the same
        # wrong punctuation are grouped, the fix covers all of them
        groups: Dict[Tuple[int, str], List[Heading]] = {}
        for h in doc.headings:
            if h.punct in _WRONG_PUNCT[h.level]:
                groups.setdefault((h.level, h.punct), []).append(h)
        limit = self.settings["group_over"]
        for (level, punct), hs in sorted(groups.items(), key=lambda kv: kv[1][0].start):
            canon = CANONICAL_PUNCT[level]
            for g in ([hs] if len(hs) > limit else [[h] for h in hs]):
                h = g[0]
                expected = f"{h.open}{h.num}{h.close}{canon}"
                edits = tuple(Edit(x.marker_end - len(x.punct), x.marker_end, canon) for x in g)
                yield self.finding(doc, h.start, h.marker_end, "default" if len(g) == 1 else "many",
                                   related=[Related(x.start, x.marker_end, {"zh": "同样的序号", "en": "the same form"})
                                            for x in g[1:]],
                                   evidence={"level": level, "punct": punct, "count": len(g)},
                                   fix=Fix(edits, {"zh": f"改为“{expected}”" if len(g) == 1 else f"把{len(g)}处“{punct}”改为“{canon or '（无标点）'}”",
                                                   "en": f"write “{expected}”" if len(g) == 1 else f"replace {len(g)} “{punct}”"}),
                                   found=h.marker, punct=punct, expected=expected, n=len(g))
        for series in inline_series(doc):
            for o in series:
                if o.kind == "shi" and o.punct in ("、", "，", ",", "．", ".", ":", "："):
                    if o.punct in ("，", ",") :
                        continue  # 一是，…… is common and harmless
                    yield self.finding(doc, o.start, o.end + len(o.punct), "inline", level="note",
                                       fix=Fix((Edit(o.end, o.end + len(o.punct), ""),),
                                               {"zh": "删去标点", "en": "remove the punctuation"}),
                                       found=doc.text[o.start:o.end], punct=o.punct)
                elif o.kind == "di" and o.punct in ("、", "．", "."):
                    if len(series) < 2 and o.start != doc.paragraphs[o.paragraph].start:
                        continue
                    yield self.finding(doc, o.start, o.end + len(o.punct), "di", level="note",
                                       fix=Fix((Edit(o.end, o.end + len(o.punct), "，"),),
                                               {"zh": "改为逗号", "en": "use a comma"}),
                                       num=o.num, expected=f"第{o.num}，")


class OrdinalBracket(_NumberingRule):
    code = "LG305"
    name = "ordinal-bracket"
    level = "warning"
    fixable = True
    summary = {"zh": "序号缺少左括号（一)纵深推进）", "en": "An ordinal lost its opening bracket (一)纵深推进)"}
    description = {
        "zh": "“（一）”一级的序号必须成对使用括号；只有右括号的“一)”多为录入或转换时丢失了左括号。",
        "en": "A （一） ordinal takes both brackets; “一)” with only the closing one has usually lost its opening "
              "bracket in typing or conversion.",
    }
    messages = {"default": {"zh": "序号“{found}”缺少左括号，应为“{expected}”",
                            "en": "the ordinal “{found}” has lost its opening bracket; expected “{expected}”"}}
    examples = (
        bad("一、工作成效\n（一）加强领导\n正文。\n二)纵深推进依法行政\n正文。"),
        good("一、工作成效\n（一）加强领导\n正文。\n（二）纵深推进依法行政\n正文。"),
    )

    def check(self, doc, ctx):
        for h in doc.headings:
            if h.close and not h.open:
                ob = "（" if h.close == "）" else "("
                expected = f"{ob}{h.num}{h.close}"
                yield self.finding(doc, h.start, h.marker_end,
                                   fix=Fix((Edit(h.start, h.start, ob),), {"zh": f"补上“{ob}”", "en": f"insert “{ob}”"}),
                                   found=h.marker, expected=expected)


def _form(h: Heading) -> Iterator[Tuple[str, str]]:
    """(aspect, form) pairs of a heading's marker that must agree within a level."""
    brackets = h.open + h.close
    if brackets:
        wide = sum(1 for c in brackets if c in "（）")
        yield "bracket", "full" if wide == len(brackets) else "half" if wide == 0 else "mixed"
    if h.level in (3, 4):
        yield "digits", "full" if h.fullwidth_digits else "half"
    if h.level == 3 and h.punct in (".", "．"):
        yield "dot", h.punct


class OrdinalMixedForm(_NumberingRule):
    code = "LG306"
    name = "ordinal-mixed-form"
    level = "warning"
    fixable = True
    authority = "GB/T 9704—2012《党政机关公文格式》7.3.3；GB/T 15835—2011《出版物上数字用法》同类别同形式的原则"
    summary = {"zh": "同一层级序号混用全角与半角（（一）与(二)）",
               "en": "One level mixes full- and half-width brackets, dots or digits (（一） and (二))"}
    description = {
        "zh": "同一层级的序号应使用同一形式：括号、下脚点和数字要么都用全角，要么都用半角。",
        "en": "Ordinals of one level use one form: brackets, dots and digits all full-width or all half-width.",
    }
    messages = {"default": {"zh": "序号“{found}”与本文同层级多数序号（如“{example}”）的{aspect}不一致",
                            "en": "the {aspect_en} of “{found}” differs from most ordinals of this level (such as “{example}”)"}}
    examples = (
        bad("一、成效\n（一）领导\n正文。\n(二)制度\n正文。\n（三）执法\n正文。"),
        good("一、成效\n（一）领导\n正文。\n（二）制度\n正文。\n（三）执法\n正文。"),
        good("一、成效\n(一)领导\n正文。\n(二)制度\n正文。", note="half-width throughout is consistent"),
    )
    _ASPECT = {"bracket": ("括号宽度", "bracket width"), "digits": ("数字宽度", "digit width"), "dot": ("下脚点", "dot")}

    def check(self, doc, ctx):
        by = {}
        for h in doc.headings:
            for aspect, form in _form(h):
                by.setdefault((h.level, aspect), []).append((h, form))
        for (level, aspect), items in sorted(by.items()):
            counts = Counter(f for _, f in items)
            if len(counts) < 2:
                continue
            major = max(counts, key=lambda f: (counts[f], -next(i for i, (_, g) in enumerate(items) if g == f)))
            example = next(h for h, f in items if f == major)
            for h, f in items:
                if f == major:
                    continue
                fix = None
                if aspect == "bracket" and major != "mixed":
                    o, c = ("（", "）") if major == "full" else ("(", ")")
                    edits = []
                    if h.open:
                        edits.append(Edit(h.start, h.start + 1, o))
                    ci = h.start + len(h.open) + len(h.num)
                    if h.close:
                        edits.append(Edit(ci, ci + 1, c))
                    fix = Fix(tuple(edits), {"zh": f"改用“{o}{c}”", "en": f"use “{o}{c}”"})
                elif aspect == "dot":
                    s = h.marker_end - len(h.punct)
                    fix = Fix((Edit(s, h.marker_end, major),), {"zh": f"改为“{major}”", "en": f"use “{major}”"})
                zh, en = self._ASPECT[aspect]
                yield self.finding(doc, h.start, h.marker_end, fix=fix,
                                   related=[Related(example.start, example.marker_end,
                                                    {"zh": "多数序号的写法", "en": "the usual form"})],
                                   evidence={"level": level, "aspect": aspect, "counts": dict(counts)},
                                   found=h.marker, example=example.marker, aspect=zh, aspect_en=en)


class InlineSeries(_NumberingRule):
    code = "LG307"
    name = "inline-series"
    level = "warning"
    authority = "GB/T 15834—2011 附录B.3.7（序次语）；公文写作惯例"
    summary = {"zh": "段内“一是、二是”或“第一，第二，”跳号、重号", "en": "An inline series 一是…二是… or 第一，第二， skips or repeats"}
    description = {
        "zh": "段落内用“一是……二是……三是……”或“第一，……第二，……”列举时，序号应连续。"
              "“一是、二是、四是”或“二是、二是”多为增删内容后漏改。",
        "en": "An inline series (一是…二是…三是… or 第一，…第二，…) counts on without gaps; 一是/二是/四是 or a "
              "repeated 二是 usually means an item was added or removed without renumbering.",
    }
    messages = {"default": {"zh": "“{found}”跳号：前一项是“{previous}”，此处应为“{expected}”",
                            "en": "“{found}” skips: the previous item is “{previous}”, expected “{expected}”"},
                "duplicate": {"zh": "“{found}”与前一项重复，此处应为“{expected}”",
                              "en": "“{found}” repeats the previous item; expected “{expected}”"},
                "order": {"zh": "“{found}”顺序颠倒：前一项是“{previous}”，此处应为“{expected}”",
                          "en": "“{found}” is out of order: the previous item is “{previous}”, expected “{expected}”"}}
    examples = (
        bad("（一）加强领导。一是压实责任；二是完善制度；四是强化考核。"),
        bad("（一）加强领导。一是压实责任；二是完善制度；二是强化考核。"),
        good("（一）加强领导。一是压实责任；二是完善制度；三是强化考核。统一是前提，唯一是标准。"),
        good("（一）加强领导。一是压实责任；二是完善制度。\n（二）严格执法。一是规范程序；二是强化监督。"),
    )

    def check(self, doc, ctx):
        for series in inline_series(doc):
            alt = None
            for prev, o in zip(series, series[1:]):
                exp = prev.value + 1
                if o.value == exp or (alt is not None and o.value == alt + 1):
                    alt = None
                    continue
                key = "duplicate" if o.value == prev.value else "default" if o.value > exp else "order"
                word = (lambda n: f"{n}是") if o.kind == "shi" else (lambda n: f"第{n}")
                yield self.finding(doc, o.start, o.end, key,
                                   related=[Related(prev.start, prev.end, {"zh": "前一项", "en": "the previous item"})],
                                   evidence={"found": o.value, "expected": exp},
                                   found=doc.text[o.start:o.end], previous=doc.text[prev.start:prev.end],
                                   expected=word(cn_numeral(exp)))
                alt = exp


@hookimpl
def lintgov_rules():
    return [OrdinalSequence, NumberingStyleMixed, OrdinalHierarchy, OrdinalPunctuation, OrdinalBracket,
            OrdinalMixedForm, InlineSeries]
