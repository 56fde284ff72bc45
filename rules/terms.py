"""Protected terms (LGA1x): a word one character away from a name that must be written exactly.

* LGA11 protected-term-typo — 中华人民共合国, 扫黑险恶, 习近平新时代中国特色社会注意思想:
  a same-sound or similar-shape substitution, a dropped or a doubled character.

Terms: the built-in list ``lintgov/data/terms.txt`` plus the user's (``[tool.lintgov.data]``
``terms`` files and ``extra-terms``).  A line ``=词`` in a terms file (or ``"=词"`` in
``extra-terms``) declares a real word that is one character from a term and must never be
reported (检察委员会 next to 监察委员会).

Precision: short terms (≤ 5 characters) fire only on a same-sound or similar-shape
substitution (from the confusion table) or a dropped/doubled character inside a term of
4 or more; longer terms on any substitution of one Chinese character inside the term, except
one place level word for another (全国/全省); an edit at a term's first or last character
needs a confusion pair.  Characters that are themselves a known term are never reported.
"""
from __future__ import annotations

import bisect
import re
import itertools
from array import array
from typing import List, Tuple

from lintgov import hookimpl
from lintgov.data import DATA_DATE, confusion, data_settings, terms
from lintgov.names import TermMatcher, is_cjk
from lintgov.rule import Edit, Fix, Rule, bad, good

#: place-level characters: 全国/全省/全市 and 国务院/省政府 are different words, not slips
_LEVEL_CHARS = frozenset("国省市区县州镇乡村街盟旗")
_SKIP_MASKS = frozenset({"url", "email", "code"})
#: joining characters official short forms drop (住房城乡建设部)
_JOINERS = frozenset("和与及的之")


def _data_note(zh: bool) -> str:
    return (f"内置术语表截至 {DATA_DATE}。" if zh else f"Built-in term list as of {DATA_DATE}.")


_matchers: dict = {}


def matcher_for(ctx) -> Tuple[TermMatcher, frozenset, frozenset]:
    """The matcher for the run's terms (built-in + configured), and the allowed look-alikes."""
    d = data_settings(ctx)
    key = (d["terms"], d["extra-terms"])
    if key not in _matchers:
        all_terms = terms(d["terms"], d["extra-terms"])
        allowed = frozenset(t[1:] for t in all_terms if t.startswith("="))
        real = [t.rstrip("!") for t in all_terms if not t.startswith("=")]
        strict = frozenset(t.rstrip("!") for t in all_terms if t.endswith("!"))
        _matchers[key] = (TermMatcher(real), allowed | frozenset(real), strict)
    return _matchers[key]


def accept(nm, text: str, conf, strict: frozenset = frozenset()) -> bool:
    """Whether the near miss ``nm`` of a protected term is worth reporting (see module doc)."""
    e, n = nm.edit, len(nm.term)
    first = e.pos == 0
    last = e.pos >= (n if e.kind in ("dup", "ins") else n - 1)
    if e.kind == "sub":
        if not is_cjk(e.found):
            return False
        if first or last:
            # the edited edge must be a word edge: 生态环境不断 is not 生态环境部
            nb = text[nm.start - 1:nm.start] if first else text[nm.end:nm.end + 1]
            edge_word = not (nb and is_cjk(nb)) or nm.term in strict
            return bool(conf.kind(e.expected, e.found)) and n >= 4 and edge_word
        if conf.kind(e.expected, e.found):
            return True
        if e.expected in _LEVEL_CHARS and e.found in _LEVEL_CHARS:
            return False
        return nm.term in strict or n >= 8
    if first or last or e.expected in _JOINERS:
        return False  # 住房城乡建设部, 人力资源社会保障部: official short forms drop 和
    if e.kind == "del":
        return n >= 7 or nm.term in strict
    return e.kind == "dup" and n >= 4


class ProtectedTermTypo(Rule):
    code = "LGA11"
    name = "protected-term-typo"
    category = "names"
    level = "error"
    authority = ("《党政机关公文处理工作条例》第十九条（人名、地名、数字、引文准确）；"
                 "《政府网站与政务新媒体检查指标》严重错别字（国名、党和国家机构、领导人姓名、重要提法）")
    summary = {"zh": "受保护的名称写错一个字：同音或形近字替换、漏字、重字（中华人民共合国、扫黑险恶）。",
               "en": "A protected name with one wrong character: a same-sound or similar-shape substitution, "
                     "a dropped or doubled character (中华人民共合国, 扫黑险恶)."}
    description = {
        "zh": "国名、国家机构和党政机关全称、重要思想和会议的规范名称、法治政府建设的固定提法必须一字不差。"
              "与这些名称只差一个字（同音字或形近字替换、漏一个字、重复一个字）的写法报告为错误，并给出正确写法。"
              "为避免误报：5个字以内的名称只在替换字与原字同音或形近、或中间漏字重字时报告；"
              "名称首尾字的改动只在同音或形近时报告；全国/全省这类层级字互换不报告；"
              "与名称只差一字的真实词语（如“检察委员会”）在词表中以“=词”声明后不报告。"
              "可在 [tool.lintgov.data] 中用 terms（文件）和 extra-terms（列表）添加本地区、本单位的名称。" + _data_note(True),
        "en": "The country's name, state and Party bodies, the standard names of doctrines and meetings and the fixed "
              "phrases of law-based government must be written exactly. A word one character away (a same-sound or "
              "similar-shape substitution, a dropped or doubled character) is an error; the message gives the term. "
              "To avoid false alarms: terms of up to 5 characters fire only on a same-sound/similar-shape "
              "substitution or an inner drop/doubling; an edit at a term's first or last character needs a "
              "same-sound/shape pair; swapping level words (全国/全省) is not reported; real words one character "
              "from a term (检察委员会) are declared with a line =词 in a terms file. Add your own names with "
              "[tool.lintgov.data] terms (files) and extra-terms (a list). " + _data_note(False),
    }
    messages = {
        "default": {"zh": "“{found}”应为“{term}”（{how}）", "en": "“{found}” should be “{term}” ({how_en})"},
    }
    fixable = False
    examples = (
        bad("坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻中华人民共合国宪法。"),
        bad("深入开展扫黑险恶专项斗争。", note="a slip that is not a same-sound pair, inside a 4-character term"),
        bad("全国人民代表大大会常务委员会通过了决定。", note="a doubled character"),
        bad("深入学习宣传贯彻习近平法制思想。"),
        good("坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻《中华人民共和国宪法》。"),
        good("全省人民代表大会代表视察了法院工作。", note="全省/全国 are different words"),
        good("召开检察委员会会议12次。", note="a real word one character from 监察委员会"),
        good("推进依法治市，深化依法治区。"),
    )

    def check(self, doc, ctx):
        from lintgov.scripts import simplified_text
        m, known, strict = matcher_for(ctx)
        conf = confusion(data_settings(ctx)["confusion"])
        text = simplified_text(doc)
        taken: List[Tuple[int, int]] = []
        reach, last = -1, -1    # furthest end taken so far; start of the last near miss
        cover = None
        for nm in m.find(text):
            w = text[nm.start:nm.end]
            if w in known:
                continue
            if cover is None:
                cover = _Cover(text, known)
            if cover.covered(nm):
                continue
            if not accept(nm, text, conf, strict) or doc.is_masked(nm.start, nm.end, _SKIP_MASKS):
                continue
            if nm.start >= last and nm.end > nm.start:
                # near misses come by start: every span taken starts at or before this one, so it
                # overlaps one of them exactly when one reaches past its start (not a scan of all)
                if reach > nm.start:
                    continue
            elif any(s < nm.end and nm.start < e for s, e in taken):   # pragma: no cover - not in order
                continue
            last = max(last, nm.start)
            taken.append((nm.start, nm.end))
            reach = max(reach, nm.end)
            yield self.finding(doc, nm.start, nm.end, found=doc.text[nm.start:nm.end], term=nm.term,
                               how=_how(nm.edit, conf, True), how_en=_how(nm.edit, conf, False),
                               evidence={"term": nm.term, "edit": nm.edit.kind, "position": nm.edit.pos,
                                         "expected_char": nm.edit.expected, "found_char": nm.edit.found},
                               # protected terms include people's and places' names: shown, never applied
                               fix=Fix((Edit(nm.start, nm.end, nm.term),),
                                       {"zh": f"改为“{nm.term}”", "en": f"write “{nm.term}”"}, safe=False,
                                       display_only=True))


class _Cover:
    """:func:`_covered` for one text, answered from the occurrences of the known words
    (found once, with ``str.find``) instead of searching every known word again for each
    near miss."""

    def __init__(self, text: str, known) -> None:
        self.text, self.known = text, known
        self.slow = "" in known
        starts, ends = array("q"), array("q")
        if not self.slow:
            # where each occurrence of a known word starts and the furthest one ends there: one scan of
            # the text with the words as one alternation, longest first (a str.find pass per word read
            # the whole text ~90 times: 2 s on a 15 MB compilation); the test below only needs, for
            # each start, the longest word starting there.  The matches are empty, one per place,
            # so they come in the order of their starts; kept as arrays of machine integers
            for m in _known_starts(known).finditer(text):
                starts.append(m.start())
                ends.append(m.end(1))
        self.starts = starts
        self.reach = array("q", itertools.accumulate(ends, max))

    def covered(self, nm) -> bool:
        if self.slow:
            return _covered(self.text, nm, self.known)
        e = nm.edit
        pos = nm.start + e.pos
        lo, hi = (pos - 1, pos + 1) if e.kind in ("del", "dup") else (pos, pos + 1)
        # _covered finds a k starting in [hi - len(k), lo]: an occurrence starting at or before lo
        # that ends at or after hi
        i = bisect.bisect_right(self.starts, lo)
        return i > 0 and self.reach[i - 1] >= hi


_KNOWN_RE: dict = {}


def _known_starts(known) -> "re.Pattern[str]":
    """A pattern matching (empty, with group 1 the longest known word) wherever a known word starts."""
    pat = _KNOWN_RE.get(known)
    if pat is None:
        words = sorted(known, key=lambda k: (-len(k), k))
        first = "".join(sorted({re.escape(k[0]) for k in words}))
        pat = _KNOWN_RE[known] = re.compile(f"(?=[{first}])(?=({'|'.join(map(re.escape, words))}))")
    return pat


def _covered(text: str, nm, known) -> bool:
    """Whether a known word (a term, or a declared real word such as 非共产党员) covers the
    window's changed character (for a drop or a doubling: both characters at the seam):
    企业中非共产党员 is not a slip for 中国共产党."""
    e = nm.edit
    pos = nm.start + e.pos
    lo, hi = (pos - 1, pos + 1) if e.kind in ("del", "dup") else (pos, pos + 1)
    for k in known:
        i = text.find(k, max(0, hi - len(k)), lo + len(k))
        if i >= 0:
            return True
    return False


def _how(e, conf, zh: bool) -> str:
    if e.kind == "sub":
        k = conf.kind(e.expected, e.found)
        if zh:
            return {"sound": f"“{e.found}”与“{e.expected}”音近", "shape": f"“{e.found}”与“{e.expected}”形近"}.get(
                k, f"“{e.expected}”写成了“{e.found}”")
        return {"sound": f"{e.found} sounds like {e.expected}", "shape": f"{e.found} looks like {e.expected}"}.get(
            k, f"{e.expected} written as {e.found}")
    if e.kind == "del":
        return f"漏了“{e.expected}”" if zh else f"{e.expected} dropped"
    return f"“{e.found}”重复" if zh else f"{e.found} doubled"


@hookimpl
def lintgov_rules():
    return [ProtectedTermTypo]
