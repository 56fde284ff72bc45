"""Metamorphic robustness of the arithmetic and year-over-year rules.

Takes the validity labels (``benches/validity/labels.jsonl``: real statements of ``../shared/corpus/full``) whose
planted errors lintgov catches, rewrites each statement with a meaning-preserving transformation that reports use
interchangeably (其中 ↔ 其中，, 比上年 ↔ 同比 ↔ 较上年, 增长 ↔ 增加, Arabic ↔ Chinese numerals, 1234 ↔ 1,234, full-width
digits, 12345人 ↔ 1.2345万人, 、 ↔ ； in lists, a 其中 clause in brackets or in its own sentence, a word between the
metric and its figure or between the verb and its figure …; round 3: 比上年同期, 累计/为/共计 before a level, 和/及 before
a list's last item, a level's change in the next sentence, 其中：, 增幅为/降幅为) and measures, per transformation:

* recall kept: of the planted errors (the validity study's own plants, ``validity_study.plants``) found in the
  statement as published, how many are still found when the same transformation is applied to the planted statement;
* false alarms: findings on the transformed consistent statement.

A transformation is a small function ``quote -> new quote or None``: it applies only where its guard says the meaning
is kept (None otherwise), it changes only the quote (the rest of the document is untouched) and is applied in the
same way to the consistent and the planted quote (a plant whose quote the transformation does not take the same way
is counted as not transferable).  Every document is linted whole, as in the validity study.

Usage (from the repository root)::

    .venv/bin/python benches/metamorphic.py --corpus /work/shared/corpus/full            # the table
    .venv/bin/python benches/metamorphic.py --only cn_counts,tongbi --json out.json      # some, with the losses
    .venv/bin/python benches/metamorphic.py --repo /other/checkout                       # another checkout's rules

Deterministic: no randomness.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import OrderedDict, defaultdict
from typing import Any, Callable, Dict, List, Optional, Tuple

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import validity_study as vs  # noqa: E402

Transform = Callable[[str], Optional[str]]

#: a measure word or unit right after a count (what makes a number a figure, not a code or a year)
_UNIT = (r"(?:万亿|亿|万)?(?:元|美元|件|宗|项|个|人次|人|名|家|户|条|所|座|台|辆|处|起|例|篇|期|套|张|位|类|种|部|支|间|栋|株|"
         r"艘|吨|亩|公顷|公里|千米|米|平方米|平方公里|立方米|千瓦时|千瓦|册|场|次|份|批|卷|单|床|张|只|头|盏|幅|块|节|门|天)")
_NUM = r"(?<![\d.,．０-９])\d+(?:,\d{3})*(?:\.\d+)?(?![\d.,．])"
_NOT_A_FIGURE_AFTER = re.compile(r"[年月日号時时季]|个月|周岁|\d")


# ------------------------------------------------------------------------------------------- wording
def qizhong_comma(q: str) -> Optional[str]:
    """其中A ↔ 其中，A (every 其中 of the quote toggled)."""
    if "其中" not in q:
        return None
    out = re.sub(r"其中(，)?(?=[\u4e00-\u9fff\d“])", lambda m: "其中" if m.group(1) else "其中，", q)
    return out if out != q else None


def qizhong_sentence(q: str) -> Optional[str]:
    """…N件，其中A件 → …N件。其中，A件 (the breakdown in a sentence of its own)."""
    if "，其中" not in q:
        return None
    return re.sub(r"，其中，?", "。其中，", q)


def _after_qizhong(q: str) -> Optional[Tuple[str, str]]:
    i = q.find("，其中")
    if i < 0:
        return None
    rest = q[i + 3:].lstrip("，")
    if not rest or re.search(r"[。；;（）()]", rest) or not re.search(r"\d|[一二三四五六七八九十百千]", rest):
        return None
    return q[:i], rest


def qizhong_bracket(q: str) -> Optional[str]:
    """…N件，其中A件、B件 → …N件（其中A件、B件） (the breakdown, to the end of the quote, moved into brackets)."""
    p = _after_qizhong(q)
    return None if p is None else f"{p[0]}（其中{p[1]}）"


def qizhong_han(q: str) -> Optional[str]:
    """…N件，其中A件 → …N件（含A件） (含 in brackets for 其中)."""
    p = _after_qizhong(q)
    return None if p is None else f"{p[0]}（含{p[1]}）"


_BASIS = re.compile(r"(比上年|较上年|同比)(?=(?:[\u4e00-\u9fff]{0,2}?)(?:增长|增加|下降|减少|提高|上升|降低|回落|增收|减收|增支|多|少))")


def _basis_to(word: str) -> Transform:
    def t(q: str) -> Optional[str]:
        if "同期" in q:
            return None  # 比上年同期: another base word follows
        out = _BASIS.sub(word, q)
        return out if out != q else None
    t.__doc__ = f"比上年 / 较上年 / 同比 before a change verb → {word}"
    return t


tongbi = _basis_to("同比")
bishangnian = _basis_to("比上年")
jiaoshangnian = _basis_to("较上年")


def yushangnian(q: str) -> Optional[str]:
    """比上年增长X → 与上年相比，增长X (the basis as a clause of its own)."""
    if "同期" in q:
        return None
    out = re.sub(r"(?:比上年|较上年|同比)((?:增长|增加|下降|减少|提高|上升|降低)(?=\d))", r"与上年相比，\1", q)
    return out if out != q else None


_TO_UP = re.compile(r"(?:增加|增长|提高|提升|上升|扩大)(?:到|至)|增至")
_TO_DOWN = re.compile(r"(?:下降|减少|降低|回落|缩小)(?:到|至)|降至")


def from_to(q: str) -> Optional[str]:
    """由A增加到B ↔ 从A增至B: 由 ↔ 从 before the first level, and the verb of the end level swapped within its
    direction (增加到/提高到/增长到 → 增至, 增至 → 增加到; 下降到/减少到 → 降至, 降至 → 下降到)."""
    m = re.search(r"(由|从)([^，。；、]{0,20}?" + _NUM + r")", q)
    if m is None:
        return None
    rest = q[m.end():]
    v = _TO_UP.search(rest) or _TO_DOWN.search(rest)
    if v is None or re.search(r"[，。；]", rest[:v.start()]):
        return None
    up = v.re is _TO_UP
    word = v.group(0)
    new = ("增加到" if word == "增至" else "增至") if up else ("下降到" if word == "降至" else "降至")
    j = m.end() + v.start()
    return q[:m.start()] + ("从" if m.group(1) == "由" else "由") + q[m.start() + 1:j] + new + q[j + len(word):]


#: a change verb right before its figure, with no basis word in the clause
_BARE_CHANGE = re.compile(r"(?<=[，,、])(增长|增加|下降|减少|提高|上升)(?=\d)")


def add_tongbi(q: str) -> Optional[str]:
    """…，增长X% → …，同比增长X% where the clause names no basis (比/较/同比/年均/平均/累计/五年…)."""
    def rep(m: re.Match) -> str:
        return "同比" + m.group(1)
    out = []
    pos = 0
    for m in _BARE_CHANGE.finditer(q):
        k = max(q.rfind(c, 0, m.start() - 1) for c in "，,；;。、")
        clause = q[k + 1:m.start()]
        if re.search(r"比|较|同比|年均|平均|累计|[两二三四五六七八九十\d]年|期间|以来|由|从|到|至", clause + q[m.end():m.end() + 12]):
            continue
        out.append(q[pos:m.start()] + rep(m))
        pos = m.end()
    if not out:
        return None
    return "".join(out) + q[pos:]


_UP_PCT = re.compile(r"增长(?=\d[\d.]*%)")
_UP_AMT = re.compile(r"增加(?=" + _NUM + r"(?:万亿|亿|万)?[\u4e00-\u9fff])")
_UP_PTS = re.compile(r"提高(?=\d[\d.]*个百分点)")


def verb_up(q: str) -> Optional[str]:
    """增长X% → 增加X%, 增加N元 → 增长N元, 提高X个百分点 → 上升X个百分点 (rising verbs reports use for each other)."""
    out = _UP_PCT.sub("增加", q) if _UP_PCT.search(q) else None
    src = out or q
    if _UP_AMT.search(src):
        src = _UP_AMT.sub("增长", src)
        out = src
    if _UP_PTS.search(src):
        src = _UP_PTS.sub("上升", src)
        out = src
    return out if out and out != q else None


def verb_down(q: str) -> Optional[str]:
    """下降 ↔ 减少 before an amount or a percentage; 下降X个百分点 → 降低X个百分点."""
    out = re.sub(r"下降(?=\d[\d.]*个百分点)", "降低", q)
    out = re.sub(r"(下降|减少)(?=" + _NUM + r"(?!个百分点)(?:%|(?:万亿|亿|万)?[\u4e00-\u9fff]))",
                 lambda m: "减少" if m.group(1) == "下降" else "下降", out)
    return out if out != q else None


def verb_le(q: str) -> Optional[str]:
    """增长X → 增长了X (了 between a change verb and its figure)."""
    out = re.sub(r"(增长|增加|下降|减少|提高|上升|降低)(?=\d)", r"\1了", q)
    return out if out != q else None


#: characters after which a word between a noun and its figure cannot go (verbs, comparators, function words)
_NO_WORD_AFTER = set("达为是共计约近超逾破至到由从长加少降高升占比于的和与及或有余多第每前后年月日中、，,；;：:（(“”\"分别")


#: words that make the figure after them a change, a span's end or a comparison, not a level named by a noun
_CHANGE_WORDS = re.compile(r"[增减降升涨比较由从到至占超逾近约]|提高|回落|下滑|收入?增|支出?增")


#: a target or a plan named before the figure (完成目标任务2000万美元): 达 would make it what was reached
_PLAN_WORDS = re.compile(r"完成|目标|计划|任务|预算")


def _insert_before_levels(word: str, first_only: bool = False) -> Transform:
    def t(q: str) -> Optional[str]:
        out, pos = [], 0
        seen = set()      # sentences that already had their first figure (first_only)
        for m in re.finditer(_NUM + r"(?=" + _UNIT + ")", q):
            sent = q.rfind("。", 0, m.start())
            if first_only:
                if sent in seen:
                    continue
                seen.add(sent)
            a = m.start()
            if a == 0 or not ("\u4e00" <= q[a - 1] <= "\u9fff") or q[a - 1] in _NO_WORD_AFTER:
                continue
            if _NOT_A_FIGURE_AFTER.match(q, m.end()):
                continue
            k = max(q.rfind(c, 0, a) for c in "，,；;。、：:（(")
            if _CHANGE_WORDS.search(q[k + 1:a]) or _PLAN_WORDS.search(q[k + 1:a]):
                continue  # a change (增收1.4亿元, 比上年多) or a span (由A到B): not a level after its noun
            if q[k:k + 1] == "、" or "、" in q[k + 1:a]:
                continue  # a count after the names it counts (荆州、孝感、黄冈3个城市), an item of a list
            if first_only and (re.search(r"人均|平均|率|比重|价", q[sent + 1:a]) or "其中" in q[sent + 1:a]):
                continue  # 共 names a total: never a part after 其中, an average or a rate
            out.append(q[pos:a] + word)
            pos = a
        if not out:
            return None
        return "".join(out) + q[pos:]
    t.__doc__ = f"a noun followed by its count or amount (案件300件) → the noun, {word}, the figure (案件{word}300件)"
    return t


insert_da = _insert_before_levels("达")
insert_dadao = _insert_before_levels("达到")
#: 共 only on the first figure of a sentence (the total): the corpus never puts it on a part after 其中 or on
#: each of parallel items (0 matches of 其中…共N and of …共N，…共N in ../shared/corpus/full)
insert_gong = _insert_before_levels("共", first_only=True)


def semicolon_sentence(q: str) -> Optional[str]:
    """；between clauses → 。 (the clauses as sentences)."""
    return q.replace("；", "。") if "；" in q else None


#: an item after 、 that opens with a change or a rate (、年均增长6.5%, 、占比) is a clause of its own, not a named item
_VERB_IN_NAME = re.compile(r"[增减降升涨比较均占为达至到由从率约近超逾]|提高|同比|^(?:其中|累计|合计|共|总)")


def _named_items_sep(q: str, sep: str) -> Optional[str]:
    res, changed = [], False
    for i, c in enumerate(q):
        if c == "、" and i > 0 and i + 1 < len(q):
            before, after = q[:i], q[i + 1:]
            m = re.search(r"(?:\d|%|[\u4e00-\u9fff])$", before)
            name = re.match(r"([\u4e00-\u9fff“”]{1,20}?)\d", after)
            ok = (re.search(r"\d(?:万亿|亿|万)?[\u4e00-\u9fff]{0,3}$|%$", before) is not None and m is not None
                  and name is not None and not _VERB_IN_NAME.search(name.group(1)))
            if ok:
                res.append(sep)
                changed = True
                continue
        res.append(c)
    return "".join(res) if changed else None


def list_semicolon(q: str) -> Optional[str]:
    """A类186件、B类94件 → A类186件；B类94件 (named items of a list)."""
    return _named_items_sep(q, "；")


def list_comma(q: str) -> Optional[str]:
    """A类186件、B类94件 → A类186件，B类94件 (named items of a list)."""
    return _named_items_sep(q, "，")


# ------------------------------------------------------------------------------------------- numerals
def _figures(q: str, unit_re: str):
    """(match of the number, its unit) for every number followed by ``unit_re``, not a year or a date."""
    for m in re.finditer(r"(" + _NUM + r")(?=(" + unit_re + r"))", q):
        if m.start() > 0 and q[m.start() - 1] in "第":
            continue
        yield m


def _replace(q: str, edits: List[Tuple[int, int, str]]) -> Optional[str]:
    if not edits:
        return None
    out, pos = [], 0
    for a, b, s in sorted(edits):
        out.append(q[pos:a] + s)
        pos = b
    return "".join(out) + q[pos:]


#: the edits of two transformations, shared by their whole-statement form (cn_counts, wan_scale) and round 2's
#: whole-only / parts-only forms (wan_whole, cn_parts)
def _wan_edits(q: str) -> List[Tuple[int, int, str]]:
    edits = []
    for m in _figures(q, _UNIT):
        tok = m.group(1)
        if "." in tok:
            continue
        v = int(tok.replace(",", ""))
        unit = m.group(2)
        if unit.startswith("万亿") or unit.startswith("亿") or v < 10000:
            continue
        if unit.startswith("万"):
            scale, rest = "亿", unit[1:]
            if rest == "" or rest.startswith("亿"):
                continue
        else:
            scale, rest = "万", unit
        ip, fp = str(v)[:-4], str(v)[-4:].rstrip("0")
        edits.append((m.start(), m.end() + len(unit) - len(rest), ip + ("." + fp if fp else "") + scale))
    return edits


def _cn_edits(q: str) -> List[Tuple[int, int, str]]:
    edits = []
    for m in _figures(q, _UNIT):
        tok = m.group(1)
        if "." in tok:
            continue
        v = int(tok.replace(",", ""))
        if v >= 10 ** 8 or _NOT_A_FIGURE_AFTER.match(q, m.end()):
            continue
        edits.append((m.start(), m.end(), vs.number_to_cn(v, 0)))
    return edits


def cn_counts(q: str) -> Optional[str]:
    """300件 → 三百件, 235万平方米 → 二百三十五万平方米 (whole numbers below 10⁸ before a measure word or a scale)."""
    return _replace(q, _cn_edits(q))


def cn_percent(q: str) -> Optional[str]:
    """12.5% → 百分之十二点五, 7.71‰ → 千分之七点七一."""
    edits = []
    for m in re.finditer(r"(" + _NUM + r")(%|‰)", q):
        tok = m.group(1)
        v, dec, _ = vs.parse_number(tok)
        if "," in tok or v >= 10 ** 4:
            continue
        edits.append((m.start(), m.end(), ("百分之" if m.group(2) == "%" else "千分之") + vs.number_to_cn(v, dec)))
    return _replace(q, edits)


def cn_multiple(q: str) -> Optional[str]:
    """2.1倍 → 二点一倍."""
    edits = []
    for m in re.finditer(r"(" + _NUM + r")(?=倍)", q):
        v, dec, _ = vs.parse_number(m.group(1))
        if "," in m.group(1):
            continue
        edits.append((m.start(), m.end(), vs.number_to_cn(v, dec)))
    return _replace(q, edits)


def add_commas(q: str) -> Optional[str]:
    """12345件 → 12,345件 (thousands separators on whole numbers of 4 digits or more before a unit)."""
    edits = []
    for m in _figures(q, _UNIT + "|%"):
        tok = m.group(1)
        ip, _, fp = tok.partition(".")
        if "," in ip or len(ip) < 4 or _NOT_A_FIGURE_AFTER.match(q, m.end()):
            continue
        edits.append((m.start(), m.end(), f"{int(ip):,}" + ("." + fp if fp else "")))
    return _replace(q, edits)


def drop_commas(q: str) -> Optional[str]:
    """12,345件 → 12345件."""
    edits = [(m.start(), m.end(), m.group(0).replace(",", "")) for m in re.finditer(r"\d{1,3}(?:,\d{3})+", q)]
    return _replace(q, edits)


_FW = str.maketrans("0123456789.%", "０１２３４５６７８９．％")


def fullwidth(q: str) -> Optional[str]:
    """Every ASCII digit, decimal point and % of a figure → full width (older reports)."""
    out = re.sub(r"\d+(?:\.\d+)?%?", lambda m: m.group(0).translate(_FW), q)
    return out if out != q else None


def wan_scale(q: str) -> Optional[str]:
    """12345人 → 1.2345万人, 36500万元 → 3.65亿元 (every digit kept: the same printed precision)."""
    return _replace(q, _wan_edits(q))


# ------------------------------------------------------------------------------------------- round 2 (2026-12-05)
_FIG_UNIT = re.compile(r"(" + _NUM + r")((?:万亿|亿|万)?" + _UNIT + r"|%)")
#: a change clause right after a level: the basis, a change verb, its figure (比上年增长12.1%, 同比减少300户)
_CHANGE_CLAUSE = re.compile(r"(?:比上年|较上年|同比)?(增长|增加|提高|上升|下降|减少|降低)" + _NUM +
                            r"(?:%|个百分点|(?:万亿|亿|万)?" + _UNIT + r")(?=[，。；]|$)")
_RISING = ("增长", "增加", "提高", "上升")
#: the words that end a noun before its figure where the figure is what was reached (达3857亿元, 为20家, 共312件)
_LEVEL_VERB = re.compile(r"(?:达到|达|为|共|共计|总计|合计)$")


def _levels_then_change(q: str):
    """(a, b, noun_start, change match) for every clause 'noun + level' directly followed by '，' and a change clause:
    the level is named by the noun of its own clause (no change, span or plan word in it), not a share (%)."""
    for m in _FIG_UNIT.finditer(q):
        if m.group(2) == "%" or m.start() == 0:
            continue
        if not q.startswith("，", m.end()):
            continue
        c = _CHANGE_CLAUSE.match(q, m.end() + 1)
        if c is None:
            continue
        k = max(q.rfind(ch, 0, m.start()) for ch in "，,；;。、：:（(") + 1
        noun = q[k:m.start()]
        if (not re.fullmatch(r"[\u4e00-\u9fff“”]{2,30}", noun) or _CHANGE_WORDS.search(_LEVEL_VERB.sub("", noun))
                or _PLAN_WORDS.search(noun) or re.search(r"率|比重|人均|平均|价", noun)):
            continue
        yield m, k, c


def growth_first(q: str) -> Optional[str]:
    """收入68亿元，比上年增长12.1% → 收入比上年增长12.1%，达到68亿元 (the change clause before the level it changes;
    为 after a fall)."""
    edits = []
    for m, k, c in _levels_then_change(q):
        noun = _LEVEL_VERB.sub("", q[k:m.start()])
        if not noun:
            continue
        verb = "达到" if c.group(1) in _RISING else "为"
        edits.append((k, c.end(), noun + c.group(0) + "，" + verb + m.group(0)))
    return _replace(q, edits)


def _insert_after_level(remark: str, rising_only: bool) -> Transform:
    def t(q: str) -> Optional[str]:
        for m, k, c in _levels_then_change(q):
            if rising_only and c.group(1) not in _RISING:
                continue
            return q[:m.end()] + "，" + remark + q[m.end():]
        return None
    return t


remark_record = _insert_after_level("创历史新高", rising_only=True)
remark_record.__doc__ = ("收入68亿元，增长12.1% → 收入68亿元，创历史新高，增长12.1% (a remark between a level and its change; "
                         "the first level followed by a rise only)")


def remark_rank(q: str) -> Optional[str]:
    """审结案件312件，其中… / 收入68亿元，下降3% → 审结案件312件，居全省前列，其中… (a ranking remark between the first
    level named by its noun and the breakdown or change after it)."""
    for m, k, c in _levels_then_change(q):
        return q[:m.end()] + "，居全省前列" + q[m.end():]
    for m in _FIG_UNIT.finditer(q):
        if m.group(2) == "%" or not re.match(r"，其中", q[m.end():]):
            continue
        k = max(q.rfind(ch, 0, m.start()) for ch in "，,；;。、：:（(") + 1
        noun = q[k:m.start()]
        if (re.fullmatch(r"[\u4e00-\u9fff“”]{2,30}", noun) and not _CHANGE_WORDS.search(_LEVEL_VERB.sub("", noun))
                and not _PLAN_WORDS.search(noun)):
            return q[:m.end()] + "，居全省前列" + q[m.end():]
        return None
    return None


def year_qunian(q: str) -> Optional[str]:
    """比上年 / 较上年 / 与上年相比 / 上年同期 / 上年末 → 去年 (the year label of the base; 上年度 kept)."""
    out = re.sub(r"上年(?!度)", "去年", q)
    return out if out != q else None


#: a 分别 list: the names (joined by 、 or 和; 及 and 与 also occur inside words: 普及率, 参与率), 分别, a verb, the
#: figures (joined alike), the unit after the last
_FENBIE = re.compile(r"((?:[\u4e00-\u9fff“”]{1,16}[、和]){1,9}[\u4e00-\u9fff“”]{1,16})分别([\u4e00-\u9fff]{0,4}?)"
                     r"((?:" + _NUM + r"(?:%|(?:万亿|亿|万)?" + _UNIT + r")?[、和]){1,9}" + _NUM + r")"
                     r"(%|(?:万亿|亿|万)?" + _UNIT + r")(?=[，。；]|$)")


def fenbie_items(q: str) -> Optional[str]:
    """教育、卫生分别投入44.1、21.6亿元 → 教育投入44.1亿元，卫生投入21.6亿元 (a 分别 list as one clause per item, the
    unit given to each figure; only where names and figures pair one to one)."""
    m = _FENBIE.search(q)
    if m is None:
        return None
    k = max(q.rfind(ch, 0, m.start(1)) for ch in "，,；;。：:（(") + 1
    head = q[k:m.start(1)]
    names_s = q[k:m.end(1)]
    pre = ""
    pm = re.match(r"(其中，?|全年|今年)", names_s)
    if pm:
        pre, names_s = pm.group(0), names_s[pm.end():]
    elif head:
        return None
    names = re.split(r"[、和]", names_s)
    figs = re.split(r"[、和](?=\d)", m.group(3))
    unit, verb = m.group(4), m.group(2) or "为"
    if len(names) != len(figs) or len(names) < 2 or any(not n or re.search(r"\d", n) for n in names):
        return None
    nxt = re.match(r"[，；]?([^，。；]*)", q[m.end():]).group(1)
    if re.search(r"等|[增减降升比较占均]|累计|同比", names_s) or re.search(r"\d[^，。；\d]{0,4}[和、]\d", nxt):
        return None     # a second list after it pairs with the same names (…，增长23.9%和28.2%)
    if re.match(r"[、和]", q[m.end():]):
        return None
    items = []
    for n, f in zip(names, figs):
        u = re.search(r"(%|(?:万亿|亿|万)?" + _UNIT + r")$", f)
        items.append(n + verb + f + ("" if u else unit))
    return q[:k] + pre + "，".join(items) + q[m.end():]


#: an item of a list: a name and its count or amount, nothing else (行政案件96件, 猪肉产量249.9万吨)
_ITEM = re.compile(r"([\u4e00-\u9fff“”]{1,16}?)(" + _NUM + r")((?:万亿|亿|万)?" + _UNIT + r"|%)")
_NOT_AN_ITEM_NAME = re.compile(r"[增减降升涨比较占均率余另剩超逾近约等达为共至到由从]|其[他它]|累计|合计|以上|以下|提高|同比")


def _qizhong_items(q: str):
    """(start of the first item, end of the list, [(item text)], separator) for a list after 其中 that runs to the end
    of the quote (or a 。 that ends it) and whose items are names with one figure each, one separator between them."""
    i = q.find("其中")
    if i < 0 or q.find("其中", i + 2) >= 0 or "分别" in q:
        return None
    j = i + 2
    while j < len(q) and q[j] in "，：:":
        j += 1
    end = q.find("。", j)
    end = len(q) if end < 0 else end
    if end < len(q) and q[end + 1:].strip():
        return None
    body = q[j:end]
    items, seps, pos = [], [], 0
    while True:
        m = _ITEM.match(body, pos)
        if m is None or _NOT_AN_ITEM_NAME.search(m.group(1)):
            return None
        items.append(m.group(0))
        pos = m.end()
        if pos == len(body):
            break
        if body[pos] not in "、，；":
            return None
        seps.append(body[pos])
        pos += 1
    units = {re.sub(r"^(?:万亿|亿|万)", "", _ITEM.match(it).group(3)) for it in items}
    if len(items) < 2 or len(set(seps)) != 1 or len(units) != 1:
        return None     # one kind of item (新开工项目7个、面积44万平方米: the second is the first's attribute)
    return j, end, items, seps[0]


def qizhong_reorder(q: str) -> Optional[str]:
    """其中A类186件、B类94件、C类40件 → 其中C类40件、B类94件、A类186件 (the items of a breakdown in reverse order;
    only a list of names with one figure each that ends the statement)."""
    p = _qizhong_items(q)
    if p is None:
        return None
    j, end, items, sep = p
    return q[:j] + sep.join(reversed(items)) + q[end:]


_ORD = "一二三四五六七八九"


def qizhong_yishi(q: str) -> Optional[str]:
    """其中A类186件、B类94件 → 其中：一是A类186件；二是B类94件 (the items of a breakdown as numbered items)."""
    p = _qizhong_items(q)
    if p is None or len(p[2]) > 9:
        return None
    j, end, items, _ = p
    i = q.find("其中")
    return q[:i] + "其中：" + "；".join(_ORD[n] + "是" + it for n, it in enumerate(items)) + q[end:]


def items_fenbie(q: str) -> Optional[str]:
    """其中行政案件96件、民事案件80件 → 其中行政案件、民事案件分别为96件、80件 (a breakdown's items as a 分别 list; the
    unit kept on each figure)."""
    p = _qizhong_items(q)
    if p is None:
        return None
    j, end, items, _ = p
    pairs = [_ITEM.match(it) for it in items]
    return (q[:j] + "、".join(m.group(1) for m in pairs) + "分别为" + "、".join(m.group(2) + m.group(3) for m in pairs)
            + q[end:])


def year_jinnian(q: str) -> Optional[str]:
    """全年实现增加值… → 今年实现增加值… (the year named as this year; 全年目标/计划/任务 kept: the year's plan)."""
    out = re.sub(r"全年(?!度|目标|计划|任务|预算|平均|均)", "今年", q)
    return out if out != q else None


def _whole_or_parts(edits_of: Callable[[str], List[Tuple[int, int, str]]], parts: bool) -> Transform:
    """Rewrite only the whole (the figures before the first 其中 / （含) or only the parts (those after it)."""
    def t(q: str) -> Optional[str]:
        br = re.search(r"其中|（含", q)
        if br is None:
            return None
        edits = sorted(edits_of(q))
        if not [m for m in _figures(q, _UNIT) if m.start() < br.start()]:
            return None         # no whole before the breakdown
        edits = [e for e in edits if (e[0] > br.start()) == parts]
        if not parts:
            edits = edits[:1]
        return _replace(q, edits)
    return t


wan_whole = _whole_or_parts(_wan_edits, parts=False)
wan_whole.__doc__ = ("户籍人口581184人，其中城镇人口252258人 → 户籍人口58.1184万人，其中城镇人口252258人 (万/亿 for the "
                     "whole only, the first figure before 其中 / （含; the parts keep their scale)")
cn_parts = _whole_or_parts(_cn_edits, parts=True)
cn_parts.__doc__ = ("受理1230件，其中行政案件96件 → 受理1230件，其中行政案件九十六件 (Chinese numerals for the counts of "
                    "the parts only, after 其中 / （含; the whole before it in digits)")


# ------------------------------------------------------------------------------------------- round 3 (meta17, 2026-12-07)
# Drafter variation the rounds above lack, written before any engine change of issue 10's meta17 session and before
# its first measure (see HELD_OUT below).
def bishangnian_tongqi(q: str) -> Optional[str]:
    """比上年 / 较上年 / 同比 before a change verb → 比上年同期 (the base named as the same period of last year)."""
    if "同期" in q:
        return None
    out = _BASIS.sub("比上年同期", q)
    return out if out != q else None


insert_leiji = _insert_before_levels("累计")
insert_leiji.__doc__ = ("a noun followed by its count or amount (办理案件300件) → the noun, 累计, the figure "
                        "(办理案件累计300件: a time word between the metric and its figure)")
insert_wei = _insert_before_levels("为")
insert_wei.__doc__ = "a noun followed by its count or amount (案件300件) → the noun, 为, the figure (案件为300件)"
insert_gongji = _insert_before_levels("共计", first_only=True)
insert_gongji.__doc__ = ("the first level of a sentence named by its noun (受理300件) → 共计 before the figure "
                         "(受理共计300件; not after 其中, not on an average or a rate)")


def _last_list_sep(word: str) -> Transform:
    def t(q: str) -> Optional[str]:
        marked = _named_items_sep(q, "\x00")
        if marked is None:
            return None
        # the last separator of each run of named items (a run ends at ，。；：)
        out = re.sub(r"\x00(?=[^\x00，。；;：:]*(?:[，。；;：:]|$))", word, marked)
        return out.replace("\x00", "、")
    t.__doc__ = f"A类186件、B类94件、C类40件 → A类186件、B类94件{word}C类40件 (the last named item of a list after {word})"
    return t


list_he = _last_list_sep("和")
list_ji = _last_list_sep("及")


def sentence_growth(q: str) -> Optional[str]:
    """收入68亿元，比上年增长12.1% → 收入68亿元。比上年增长12.1% (the change of a level in the next sentence)."""
    edits = [(m.end(), m.end() + 1, "。") for m, k, c in _levels_then_change(q)]
    return _replace(q, edits)


def qizhong_colon(q: str) -> Optional[str]:
    """…N件，其中A件 → …N件，其中：A件 (a colon after 其中)."""
    out = re.sub(r"其中，?(?=[\u4e00-\u9fff\d“])", "其中：", q)
    return out if out != q else None


def zengfu(q: str) -> Optional[str]:
    """增长12.1% → 增幅为12.1%, 下降3% → 降幅为3% (the rate of change named as a noun; percentages only)."""
    out = re.sub(r"(?:增长|增加)(?=\d[\d.]*%)", "增幅为", q)
    out = re.sub(r"(?:下降|减少)(?=\d[\d.]*%)", "降幅为", out)
    return out if out != q else None


#: the transformations, in the order of the table
TRANSFORMS: "OrderedDict[str, Transform]" = OrderedDict([
    ("qizhong_comma", qizhong_comma),
    ("qizhong_sentence", qizhong_sentence),
    ("qizhong_bracket", qizhong_bracket),
    ("qizhong_han", qizhong_han),
    ("tongbi", tongbi),
    ("bishangnian", bishangnian),
    ("jiaoshangnian", jiaoshangnian),
    ("yushangnian", yushangnian),
    ("add_tongbi", add_tongbi),
    ("from_to", from_to),
    ("verb_up", verb_up),
    ("verb_down", verb_down),
    ("verb_le", verb_le),
    ("insert_da", insert_da),
    ("insert_dadao", insert_dadao),
    ("insert_gong", insert_gong),
    ("semicolon_sentence", semicolon_sentence),
    ("list_semicolon", list_semicolon),
    ("list_comma", list_comma),
    ("cn_counts", cn_counts),
    ("cn_percent", cn_percent),
    ("cn_multiple", cn_multiple),
    ("add_commas", add_commas),
    ("drop_commas", drop_commas),
    ("fullwidth", fullwidth),
    ("wan_scale", wan_scale),
    # round 2 (2026-12-05)
    ("growth_first", growth_first),
    ("remark_record", remark_record),
    ("remark_rank", remark_rank),
    ("year_qunian", year_qunian),
    ("fenbie_items", fenbie_items),
    ("qizhong_reorder", qizhong_reorder),
    ("qizhong_yishi", qizhong_yishi),
    ("items_fenbie", items_fenbie),
    ("year_jinnian", year_jinnian),
    ("wan_whole", wan_whole),
    ("cn_parts", cn_parts),
    # round 3 (meta17, 2026-12-07)
    ("bishangnian_tongqi", bishangnian_tongqi),
    ("insert_leiji", insert_leiji),
    ("insert_wei", insert_wei),
    ("insert_gongji", insert_gongji),
    ("list_he", list_he),
    ("list_ji", list_ji),
    ("sentence_growth", sentence_growth),
    ("qizhong_colon", qizhong_colon),
    ("zengfu", zengfu),
])

#: Held-out split of issue 10's meta17 session (2026-12-07), fixed before any engine change and before the first
#: measure: every other transformation by its order in the table (0-based odd positions) is held out (set B, 23 of 46);
#: the others are set A, the ones built with.  Set B is measured at the start and at the end only (its losses are not
#: read in between).  ``--set A`` / ``--set B`` runs one set.
HELD_OUT = frozenset(n for i, n in enumerate(TRANSFORMS) if i % 2 == 1)
SET_A = [n for n in TRANSFORMS if n not in HELD_OUT]
SET_B = [n for n in TRANSFORMS if n in HELD_OUT]


# ------------------------------------------------------------------------------------------- bench
def label_plants(lab: Dict[str, Any]) -> List[Tuple[str, int, int, str]]:
    """The validity study's plants of a consistent, checkable label, without those it skips."""
    if not lab["consistent"] or not lab.get("checkable", True):
        return []
    verified = lab.get("plants_verified") or {}
    out = []
    for which, a, b, new in vs.plants(lab):
        if verified.get(which) is False or vs.consistent_by_bound(lab, a, b, new):
            continue
        out.append((which, a, b, new))
    return out


def run(corpus: str, labels: List[Dict[str, Any]], names: List[str], linter: "vs.Linter",
        progress: bool = False, window: str = "document") -> Dict[str, Any]:
    """``window``: ``document`` lints every document whole (as the validity study); ``paragraph`` lints only the line
    that holds the quote (about 15 times fewer characters: a cheaper measure of the readings inside a paragraph, not
    comparable with a ``document`` run)."""
    texts: Dict[str, str] = {}

    def read(f: str) -> str:
        if f not in texts:
            with open(os.path.join(corpus, f), encoding="utf-8") as fh:
                texts[f] = fh.read()
        return texts[f]

    def where(lab: Dict[str, Any]) -> Tuple[str, int]:
        """The text linted for a label and the quote's start in it."""
        t = read(lab["file"])
        if window == "document":
            return t, lab["start"]
        s0, e0 = lab["start"], lab["start"] + len(lab["quote"])
        a = t.rfind("\n", 0, s0) + 1
        b = t.find("\n", e0)
        return t[a:len(t) if b < 0 else b], s0 - a

    def new_hits(t: str, f: str, a: int, b: int, old=frozenset()):
        return [h for h in vs.overlapping(linter.spans(t, f), a, b) if (h[2], h[3]) not in old]

    # 1. the plants found in the statements as published
    caught: List[Tuple[Dict[str, Any], List[Tuple[str, int, int, str]]]] = []
    n_plants = 0
    for lab in labels:
        ps = label_plants(lab)
        if not ps:
            continue
        t, s0 = where(lab)
        e0 = s0 + len(lab["quote"])
        assert t[s0:e0] == lab["quote"], lab["id"]
        old = {(h[2], h[3]) for h in vs.overlapping(linter.spans(t, lab["file"]), s0, e0)}
        found = []
        for p in ps:
            q2 = lab["quote"][:p[1]] + p[3] + lab["quote"][p[2]:]
            n_plants += 1
            if new_hits(t[:s0] + q2 + t[e0:], lab["file"], s0, s0 + len(q2), old):
                found.append(p)
        if found:
            caught.append((lab, found))
    base = {"labels": len(caught), "plants": n_plants, "found": sum(len(f) for _, f in caught)}
    # 2. each transformation on each caught label
    rows: Dict[str, Dict[str, Any]] = {}
    for name in names:
        tr = TRANSFORMS[name]
        row = {"applicable": 0, "plants": 0, "kept": 0, "not_transferable": 0, "false_alarms": 0,
               "lost": [], "alarms": [], "by_family": defaultdict(lambda: [0, 0])}
        t0 = time.perf_counter()
        for lab, found in caught:
            q = lab["quote"]
            tq = tr(q)
            if tq is None or tq == q:
                continue
            row["applicable"] += 1
            t, s0 = where(lab)
            e0 = s0 + len(q)
            cons = t[:s0] + tq + t[e0:]
            hits0 = vs.overlapping(linter.spans(cons, lab["file"]), s0, s0 + len(tq))
            if hits0:
                row["false_alarms"] += 1
                row["alarms"].append({"id": lab["id"], "quote": tq, "findings": [h[2] + " " + h[3] for h in hits0]})
            old = {(h[2], h[3]) for h in hits0}
            for which, a, b, new in found:
                q2 = q[:a] + new + q[b:]
                tq2 = tr(q2)
                if tq2 is None or tq2 == q2:
                    row["not_transferable"] += 1
                    continue
                row["plants"] += 1
                fam = row["by_family"][lab["family"]]
                fam[0] += 1
                if new_hits(t[:s0] + tq2 + t[e0:], lab["file"], s0, s0 + len(tq2), old):
                    row["kept"] += 1
                    fam[1] += 1
                else:
                    row["lost"].append({"id": lab["id"], "family": lab["family"], "which": which,
                                        "quote": tq, "planted": tq2})
        row["seconds"] = round(time.perf_counter() - t0, 1)
        row["by_family"] = dict(row["by_family"])
        rows[name] = row
        if progress:
            print(f"  {name}: {row['applicable']} labels, {row['kept']}/{row['plants']} kept, "
                  f"{row['false_alarms']} FA ({row['seconds']} s)", file=sys.stderr, flush=True)
    return {"base": base, "transforms": rows, "lint_calls": linter.calls}


def table(res: Dict[str, Any]) -> str:
    b = res["base"]
    head = f"{'transformation':<20}{'labels':>7}{'plants':>8}{'kept':>6}{'recall kept':>13}{'lost':>6}{'FA':>5}{'n/t':>5}"
    lines = [f"caught as published: {b['found']}/{b['plants']} plants of {b['labels']} labels", head, "-" * len(head)]
    tot = defaultdict(int)
    for name, r in res["transforms"].items():
        lines.append(f"{name:<20}{r['applicable']:>7}{r['plants']:>8}{r['kept']:>6}{vs.pct(r['kept'], r['plants']):>13}"
                     f"{r['plants'] - r['kept']:>6}{r['false_alarms']:>5}{r['not_transferable']:>5}")
        for k in ("applicable", "plants", "kept", "false_alarms", "not_transferable"):
            tot[k] += r[k]
    lines.append("-" * len(head))
    lines.append(f"{'all':<20}{tot['applicable']:>7}{tot['plants']:>8}{tot['kept']:>6}{vs.pct(tot['kept'], tot['plants']):>13}"
                 f"{tot['plants'] - tot['kept']:>6}{tot['false_alarms']:>5}{tot['not_transferable']:>5}")
    lines.append("labels: caught labels the transformation applies to; plants: their caught plants it applies to; "
                 "FA: transformed consistent statements flagged; n/t: plants the transformation does not take alike")
    return "\n".join(lines)


def main(argv: Optional[List[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=os.path.join(HERE, "..", "..", "shared", "corpus", "full"))
    ap.add_argument("--labels", default=vs.LABELS)
    ap.add_argument("--only", default=None, help="comma-separated transformation names")
    ap.add_argument("--set", default=None, choices=("A", "B"), help="run set A (built with) or set B (held out)")
    ap.add_argument("--window", default="document", choices=("document", "paragraph"),
                    help="lint each document whole (default) or only the quote's paragraph (cheaper; not comparable)")
    ap.add_argument("--ids", default=None, help="comma-separated label ids")
    ap.add_argument("--json", default=None, help="write the table's rows with the lost plants and the alarms here")
    ap.add_argument("--list", action="store_true", help="list the transformations and exit")
    ap.add_argument("--repo", default=None, help="lint with the lintgov of this checkout (as validity_study --repo)")
    args = ap.parse_args(argv)
    if args.list:
        for n, f in TRANSFORMS.items():
            print(f"{n:<20}{(f.__doc__ or '').strip().splitlines()[0]}")
        return 0
    if not os.path.isdir(args.corpus):
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    names = args.only.split(",") if args.only else list(TRANSFORMS)
    if args.set:
        names = [n for n in names if n in (SET_A if args.set == "A" else SET_B)]
    for n in names:
        if n not in TRANSFORMS:
            print(f"unknown transformation: {n}", file=sys.stderr)
            return 2
    labels = vs.load_labels(args.labels)
    if args.ids:
        ids = set(args.ids.split(","))
        labels = [l for l in labels if l["id"] in ids]
    t0 = time.perf_counter()
    linter = vs.Linter(args.repo)
    res = run(args.corpus, labels, names, linter, progress=True, window=args.window)
    res["window"] = args.window
    res["seconds"] = round(time.perf_counter() - t0, 1)
    print(f"lintgov: {linter.where}; window: {args.window}")
    print(table(res))
    print(f"lint runs: {res['lint_calls']}; time: {res['seconds']} s")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(res, f, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
