"""Script detection (a shared service): which Chinese script a text is in,
where it departs from its target script, and where it is garbled.

* :func:`profile_text` counts characters that exist only in simplified form
  (发 专 …) and only in traditional form (發 專 …), using tables generated from
  OpenCC (:mod:`lintgov._script_tables`), with two regex scans — no OpenCC load
  and no per-character Python loop.  :func:`paragraph_profiles` does the same
  per paragraph.
* :func:`deviations` finds, phrase-level, the characters written differently
  from the target script (示范 → 示範, 并 → 並 in traditional text; 推進 → 推进
  in simplified text), grouped into runs; :func:`converter` loads OpenCC lazily
  and caches one converter per configuration.
* :func:`find_garbled` finds lost characters (U+FFFD, '?' runs) with their
  debris, known mojibake tokens, and text decoded with the wrong codec
  (UTF-8 as GBK, GBK as Big5, Big5 as GBK), repaired where the bytes allow.

Results are cached per document (a weak-key cache), so the rules of the
script, encoding and typography families share one computation.
"""
from __future__ import annotations

import bisect
import itertools
import operator
import re
import weakref
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

from . import regexlite as regex

from . import lazyre
from .lazyre import LazyPattern
from .opencc_subset import converter_for
from ._script_tables import COMMON_SIMPLIFIED, COMMON_TRADITIONAL, SIMPLIFIED, TRADITIONAL



#: characters counted with ``str.translate`` by a :class:`CharSet` before it compiles its pattern
_TRANSLATE_BUDGET = 60_000


class CharSet:
    """A set of characters with the two operations the script service needs:
    ``search`` (is any present?) and ``count`` (how many occurrences?), both in C.

    A character class of thousands of characters costs about 3 ms to compile, so a
    set first counts with ``str.translate`` (deleting its characters, ~60–100 ns a
    character) and compiles the class (``[…]+`` runs, 15–40 ns a character) once it has
    counted :data:`_TRANSLATE_BUDGET` characters: one short file never pays for the
    compilation, a corpus does not pay for the slow path.  Both give the same counts."""

    def __init__(self, chars: str) -> None:
        self.chars = frozenset(chars)
        self._delete: Optional[Dict[int, None]] = None
        self._runs: Any = None
        self._others: Any = None
        self._seen = 0
        #: whether the last text counted was dense in these characters (then their runs are
        #: counted; in a sparse text the runs of the other characters, which re reads ~3x faster
        #: than it searches for the class: the counts are the same either way)
        self._dense = True

    def _pattern(self, size: int = 0) -> Any:
        if self._runs is None and self._seen + size >= _TRANSLATE_BUDGET:
            cls = "".join(sorted(map(re.escape, self.chars)))
            self._runs = re.compile("[" + cls + "]+")
            self._others = re.compile("[^" + cls + "]+")
        return self._runs

    def search(self, text: str) -> bool:
        pat = self._pattern(len(text))
        if pat is not None:
            m = self._others.match(text)
            return (m.end() if m is not None else 0) < len(text)
        self._seen += len(text)
        return not self.chars.isdisjoint(text)

    def count(self, text: str, start: int = 0, end: Optional[int] = None) -> int:
        """Occurrences in ``text[start:end]``."""
        stop = len(text) if end is None else end
        pat = self._pattern(stop - start)
        if pat is not None:
            if self._dense:
                n = sum(sum(map(len, pat.findall(text, a, min(stop, a + _COUNT_PIECE))))
                        for a in range(start, max(start, stop), _COUNT_PIECE))
            else:
                others = self._others
                n = max(0, min(stop, len(text)) - max(0, start)) - sum(sum(map(len, others.findall(text, a, min(stop, a + _COUNT_PIECE))))
                                               for a in range(start, max(start, stop), _COUNT_PIECE))
            if stop - start >= 1000:
                self._dense = n * 8 >= stop - start
            return n
        if start or end is not None:
            text = text[start:end]
        self._seen += len(text)
        if self._delete is None:
            self._delete = dict.fromkeys(map(ord, self.chars))
        return len(text) - len(text.translate(self._delete))


SIMPLIFIED_RE = CharSet(SIMPLIFIED)
TRADITIONAL_RE = CharSet(TRADITIONAL)
HAN_RE = regex.compile(r"\p{Han}")
#: runs of Han characters: counting the lengths of runs is several times faster than one match a character
_HAN_RUNS = regex.compile(r"\p{Han}+")


@dataclass(frozen=True)
class ScriptProfile:
    """Counts of the characters that distinguish simplified from traditional in a text or paragraph."""
    simplified: int     # characters with a distinct traditional form
    traditional: int    # characters with a distinct simplified form
    #: (text, start, end) the counts were taken from: the Han characters are counted only when
    #: :attr:`han` is read (no rule reads it; the count was a third of the profile's time)
    source: Any = field(default=None, repr=False, compare=False)

    @property
    def han(self) -> int:
        """Han characters."""
        got = self.__dict__.get("_han")
        if got is None:
            text, start, stop = self.source if self.source is not None else ("", 0, 0)
            got = 0
            for a in range(start, max(start, stop), _COUNT_PIECE):
                got += sum(map(len, _HAN_RUNS.findall(text, a, min(stop, a + _COUNT_PIECE))))
            object.__setattr__(self, "_han", got)
        return got

    @property
    def dominant(self) -> str:
        """``traditional``, ``simplified`` or ``unknown`` (no distinguishing characters)."""
        if self.simplified == self.traditional:
            return "unknown"
        return "traditional" if self.traditional > self.simplified else "simplified"

    @property
    def minority_share(self) -> float:
        total = self.simplified + self.traditional
        return min(self.simplified, self.traditional) / total if total else 0.0


#: long texts are counted in pieces of this many characters (the counts add up; the lists of runs
#: a piece gives stay small)
_COUNT_PIECE = 1_000_000


def profile_text(text: str, start: int = 0, end: Optional[int] = None) -> ScriptProfile:
    """Counts of ``text[start:end]``."""
    stop = len(text) if end is None else end
    return ScriptProfile(
        simplified=SIMPLIFIED_RE.count(text, start, stop),
        traditional=TRADITIONAL_RE.count(text, start, stop),
        source=(text, start, stop),
    )


def dominant_script(text: str) -> str:
    return profile_text(text).dominant


#: the first piece of a text whose simplified characters :func:`dominant_script_of` counts (doubling after each)
_DOMINANT_PIECE = 2048


def dominant_script_of(text: str) -> str:
    """``profile_text(text).dominant`` without counting every simplified character: the traditional ones are
    counted (few in a simplified text: their count reads the runs of the others), then the simplified ones piece by
    piece, stopping as soon as they outnumber all the traditional ones (the answer is then ``simplified`` whatever the
    rest holds); a text they never outnumber is counted whole and compared as :attr:`ScriptProfile.dominant` does."""
    n = len(text)
    trad = TRADITIONAL_RE.count(text, 0, n)
    simp = lazyre.count_until(lambda a, b: SIMPLIFIED_RE.count(text, a, b), n, trad, _DOMINANT_PIECE)
    if simp > trad:
        return "simplified"
    if simp == trad:
        return "unknown"
    return "traditional"


@lru_cache(maxsize=None)
def converter(config: str) -> Any:
    """A cached ``opencc.OpenCC(config)`` (``s2t``, ``t2s``, ``s2tw``, ``s2hk``...)."""
    import opencc
    return opencc.OpenCC(config)


# ---------------------------------------------------------------------------
# Per-paragraph script
# ---------------------------------------------------------------------------

def paragraph_profiles(doc: Any) -> List[ScriptProfile]:
    """One :class:`ScriptProfile` per paragraph of ``doc`` (cached on the document)."""
    cache = _cache(doc)
    if "paragraph_profiles" not in cache:
        text = doc.text
        cache["paragraph_profiles"] = [profile_text(text, p.start, p.end) for p in doc.paragraphs]
    return cache["paragraph_profiles"]


def paragraph_script(doc: Any, index: int) -> str:
    """Dominant script of paragraph ``index`` (``simplified``/``traditional``/``unknown``)."""
    return paragraph_profiles(doc)[index].dominant


# ---------------------------------------------------------------------------
# Target script
# ---------------------------------------------------------------------------

#: OpenCC configurations accepted as "correct traditional" for each target
TRADITIONAL_STANDARDS: Dict[str, Tuple[str, ...]] = {
    "zh-Hant": ("s2t", "s2tw", "s2hk"),
    "zh-Hant-TW": ("s2tw",),
    "zh-Hant-HK": ("s2hk",),
}


def resolve_target(doc: Any, setting: Optional[str]) -> Optional[str]:
    """The target (``zh-Hans``, ``zh-Hant``, ``zh-Hant-TW``, ``zh-Hant-HK``) for
    ``doc``: the configured one, or with ``auto`` the document's dominant script
    (``None`` when the document has no distinguishing characters)."""
    if setting and setting != "auto":
        return setting
    script = doc.script
    if script == "traditional":
        return "zh-Hant"
    if script == "simplified":
        return "zh-Hans"
    return None


def target_script(target: str) -> str:
    return "simplified" if target == "zh-Hans" else "traditional"


# Pairs of forms that are both standard in traditional text (a choice of
# regional standard or of usage, not a conversion error).  Under ``auto`` and
# ``zh-Hant`` they are never reported; with a regional target they are notes.
_VARIANT_GROUPS = (
    "群羣", "核覈", "里裏裡", "周週", "托託", "布佈", "咨諮", "厘釐", "扎紮", "台臺",
    "才纔", "吃喫", "床牀", "峰峯", "秘祕", "污汙", "凄淒悽", "游遊", "注註", "占佔",
    "着著", "綫線", "衆眾", "爲為", "説說", "僞偽", "啓啟", "麪麵", "鷄雞", "敍敘叙",
    "强強", "况況", "决決", "减減", "却卻", "够夠", "届屆", "冲沖", "凉涼", "净淨",
    "册冊", "家傢", "具俱", "了瞭", "産產", "復複覆", "涌湧", "峯峰", "綉繡", "雇僱", "恒恆", "嘆歎", "痴癡", "参參", "床牀", "灶竈",
    "鈎鉤", "衹只", "隻只", "於于", "溪谿", "鑑鑒", "款欵", "濕溼", "脣唇", "韻韵",
    "麽麼", "髮發", "劃划", "皁皂", "捲卷", "裡裏", "峽峡",
)


def _variant_pairs() -> frozenset:
    pairs = set()
    for g in _VARIANT_GROUPS:
        for a in g:
            for b in g:
                if a != b:
                    pairs.add((a, b))
    # 只/隻, 于/於, 发/髮, 划/劃, 卷/捲, 参/參: one side is a simplification in
    # most contexts; OpenCC's phrase conversion decides those, so they are not
    # treated as free variants.
    for a, b in ("只隻", "隻只", "衹只", "只衹", "于於", "於于", "髮發", "發髮", "划劃", "劃划",
                 "卷捲", "捲卷", "参參", "參参", "峡峽", "峽峡"):
        pairs.discard((a, b))
    return frozenset(pairs)


VARIANT_PAIRS = _variant_pairs()


#: Words a character-by-character converter over-converts (机制 → 機製,
#: 全面 → 全麵): the wrong form is never right in official prose, so these are
#: reported in traditional text, with the right form.  A curated list rather
#: than OpenCC's round trip, which itself mis-segments (拖拉機製造廠).
OVERCONVERTED_WORDS: Dict[str, str] = {
    "體製": "體制", "控製": "控制", "限製": "限制", "製度": "制度", "強製": "強制",
    "抑製": "抑制", "管製": "管制", "專製": "專制", "法製建設": "法制建設", "編製辦": "編制辦",
    "全麵": "全面", "方麵": "方面", "麵對": "面對", "麵臨": "面臨", "表麵": "表面",
    "層麵": "層面", "局麵": "局面", "麵向": "面向", "麵貌": "面貌", "麵積": "面積", "前麵": "前面",
    "髮展": "發展", "髮現": "發現", "髮生": "發生", "髮布": "發布", "髮佈": "發佈", "開髮": "開發",
    "髮揮": "發揮", "髮放": "發放", "隻有": "只有", "隻是": "只是", "隻要": "只要", "不隻": "不只",
    "乾部": "幹部", "幹淨": "乾淨", "乾擾": "干擾", "乾預": "干預", "乾涉": "干涉",
    "後妃": "后妃", "皇後": "皇后", "鬆懈": "鬆懈", "係統": "系統", "曆史": "歷史", "經曆": "經歷",
    "準確": "準確", "範圍": "範圍", "衝突": "衝突",
}
OVERCONVERTED_WORDS = {k: v for k, v in OVERCONVERTED_WORDS.items() if k != v}
#: 機製 is right before 造/紙/品 (machine-made); elsewhere it is 機制
OVERCONVERTED_RE = LazyPattern(
    "|".join(sorted(map(regex.escape, OVERCONVERTED_WORDS), key=len, reverse=True)) + "|機製(?![造紙品茶糖])", 0, regex)


def is_variant(a: str, b: str) -> bool:
    """Whether ``a`` written where a converter gives ``b`` is only a variant choice."""
    return (a, b) in VARIANT_PAIRS


# ---------------------------------------------------------------------------
# Deviations from the target script (phrase-level, through OpenCC)
# ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Deviation:
    """A run of characters that the target script writes differently.

    ``kind``: ``simplified`` (simplified forms in traditional text: 余 → 餘,
    示范 → 示範), ``overconverted`` (a wrong traditional form: 機製 → 機制),
    ``traditional`` (traditional forms in simplified text), ``variant`` (a
    form that is standard elsewhere but not in the configured regional target).
    ``text``/``expected`` have the same length; ``chars`` counts the characters
    that differ."""

    start: int
    end: int
    kind: str
    text: str
    expected: str
    chars: int
    paragraph: int


_WEAK: "weakref.WeakKeyDictionary[Any, Dict[str, Any]]" = weakref.WeakKeyDictionary()


def _cache(doc: Any) -> Dict[str, Any]:
    try:
        return _WEAK.setdefault(doc, {})
    except TypeError:  # pragma: no cover - unhashable document
        return {}


_VARIANT_STEP = {"s2tw": "t2tw", "s2hk": "t2hk"}


#: texts longer than this are converted in pieces that end at a line end (no dictionary entry holds
#: a line end, so the pieces convert as the whole does; compared on the corpora joined: identical),
#: so that OpenCC's copies of a long text stay small
_CONVERT_PIECE = 500_000


def _convert(config: str, text: str, conv: Any = None) -> str:
    conv = converter(config) if conv is None else conv
    if len(text) <= _CONVERT_PIECE:
        return conv.convert(text)
    out, pos = [], 0
    while pos < len(text):
        end = text.find("\n", pos + _CONVERT_PIECE)
        end = len(text) if end == -1 else end + 1
        out.append(conv.convert(text[pos:end]))
        pos = end
    return "".join(out)


def _convert_aligned(config: str, text: str, conv: Any = None) -> str:
    """``converter(config).convert(text)``, forced to the length of ``text``:
    a line whose conversion changes length is left unconverted.  ``conv``: the converter to use
    (one that converts ``text`` and its lines as ``converter(config)`` does)."""
    out = _convert(config, text, conv)
    if len(out) == len(text):
        return out
    lines = text.split("\n")
    c = converter(config) if conv is None else conv
    conv = [c.convert(line) for line in lines]
    return "\n".join(c if len(c) == len(line) else line for c, line in zip(conv, lines))


def simplified_text(doc: Any) -> str:
    """``doc.text`` converted to simplified (OpenCC t2s, same length; cached)."""
    cache = _cache(doc)
    if "t2s" not in cache:
        text = doc.text
        cache["t2s"] = _convert_aligned("t2s", text) if TRADITIONAL_RE.search(text) else text
    return cache["t2s"]


#: lines are compared in blocks of about this many characters first (a block one of ``others`` writes
#: alike holds no differing line); only a block that differs is split into lines
_LINE_BLOCK = 65_536


def _differing_lines(text: str, others: Sequence[str]) -> Iterable[Tuple[int, int]]:
    """(start, end) of the lines of ``text`` that differ from the same line in
    every string of ``others`` (all of the same length as ``text``).  (Not ``text.split``: a long
    text's lines all at once were the peak of a 50 MB document.)"""
    n, pos = len(text), 0
    while True:
        cut = text.find("\n", pos + _LINE_BLOCK)
        stop = n if cut < 0 else cut
        block = text[pos:stop]
        if not any(o[pos:stop] == block for o in others):
            at = pos
            for line in block.split("\n"):
                end = at + len(line)
                if all(o[at:end] != line for o in others):
                    yield at, end
                at = end + 1
        if cut < 0:
            return
        pos = cut + 1


def _covered(starts: Sequence[int], reach: Sequence[int], off: int) -> bool:
    """Whether ``off`` lies in one of the spans ``[start, end)`` given as their sorted starts and the
    running maximum of their ends (``any(s <= off < e for s, e in spans)``)."""
    i = bisect.bisect_right(starts, off)
    return i > 0 and reach[i - 1] > off


def deviations(doc: Any, target: str, exclude: Sequence[Tuple[int, int]] = ()) -> List[Deviation]:
    """Runs of characters written differently from ``target`` in ``doc``,
    grouped: neighbouring differences with no correctly-written distinguishing
    character between them form one run (a converted clause is one run).

    Traditional targets compare the text with its round trip through simplified
    (t2s, then s2t/s2tw/s2hk with OpenCC's phrase dictionaries): a character is
    a deviation only if every accepted standard writes it differently, so 群眾
    (Taiwan standard) and 鄰里 (the round trip keeps 里) stay quiet.
    ``exclude``: spans to skip (garbled text)."""
    key = ("deviations", target, tuple(exclude))
    cache = _cache(doc)
    if key in cache:
        return cache[key]
    text = doc.text
    script = target_script(target)
    if script == "simplified":
        if not TRADITIONAL_RE.search(text):
            cache[key] = []
            return []
        expected_all = [simplified_text(doc)]
        agree_re = _UNAMBIGUOUS_SIMPLIFIED_RE
    else:
        simp = simplified_text(doc)
        standards = TRADITIONAL_STANDARDS.get(target, TRADITIONAL_STANDARDS["zh-Hant"])
        # s2tw and s2hk are s2t followed by the small t2tw / t2hk variant steps (the same
        # OpenCC dictionaries in the same order); converting once with s2t and then applying
        # the variant steps gives identical text and avoids loading the large phrase
        # dictionaries three times (tests/test_scripts.py checks the equivalence)
        # s2t with only the dictionary entries the simplified text can use (the same conversions
        # of it and of its substrings without building OpenCC's whole phrase dictionary:
        # lintgov.opencc_subset)
        s2t = converter_for("s2t", simp)
        base = _convert_aligned("s2t", simp, s2t)
        expected_all = [base if c == "s2t" else _convert_aligned(_VARIANT_STEP[c], base) for c in standards]
        agree_re = TRADITIONAL_RE
    regional = script == "traditional" and len(expected_all) == 1

    # character-level differences, only on lines that differ at all
    diffs: List[Tuple[int, str, str]] = []   # (offset, expected char, kind)
    first = expected_all[0]
    for a, b in _differing_lines(text, expected_all):
        # a character written as the first standard writes it is accepted (it is in ``exp``): only the
        # others are looked at, found in C (most characters of a differing line agree)
        for off in itertools.compress(range(a, b), map(operator.ne, text[a:b], first[a:b])):
            ch = text[off]
            exp = [e[off] for e in expected_all]
            if ch in exp:
                continue
            x = exp[0]
            if script == "simplified":
                kind = "traditional"
            elif is_variant(ch, x) or any(is_variant(ch, e) for e in exp):
                if not regional:
                    continue
                kind = "variant"
            elif simp[off] == ch:
                kind = "simplified"
            else:
                # two traditional forms of one simplified character (復/複/覆,
                # 産/產, 製/制): OpenCC's choice is not reliable enough to
                # report; over-conversion is found by OVERCONVERTED_RE instead
                if not regional:
                    continue
                kind = "variant"
            diffs.append((off, x, kind))

    if script == "traditional":
        for m in OVERCONVERTED_RE.finditer(text):
            word = m.group()
            right = OVERCONVERTED_WORDS.get(word, "機制")
            for i, (a, b) in enumerate(zip(word, right)):
                if a != b:
                    diffs.append((m.start() + i, b, "overconverted"))
        diffs.sort()

    if script == "simplified":
        # name characters, and characters whose simplified form lies outside the basic block
        # (輋 → 𪨶: a place-name character no text writes simplified)
        diffs = [d for d in diffs if not (text[d[0]] in NAME_CHARS or ord(d[1]) > 0xFFFF)]
    if script == "traditional":
        configs = standards
        diffs = [d for d in diffs if not (d[2] == "simplified" and _standard_word(text, simp, d[0], configs, s2t))]

    if exclude:
        # a difference inside any span of ``exclude`` is dropped: the spans by start, with the furthest
        # end reached so far, answer that with one bisection (a long compilation has thousands of each)
        ex = sorted(exclude)
        ex_starts, ex_reach = [s for s, _ in ex], list(itertools.accumulate((e for _, e in ex), max))
        diffs = [d for d in diffs if not _covered(ex_starts, ex_reach, d[0])]

    out: List[Deviation] = []
    group: List[Tuple[int, str, str]] = []

    def flush() -> None:
        if not group:
            return
        s, e = group[0][0], group[-1][0] + 1
        chars = list(text[s:e])
        for off, x, _ in group:
            chars[off - s] = x
        p = doc.paragraph_at(s)
        out.append(Deviation(s, e, group[0][2], text[s:e], "".join(chars), len(group), p.index if p else -1))
        group.clear()

    # a paragraph written largely in the other script (a half-converted
    # paragraph) is one run: the profile of the paragraph decides
    # (profiled only for the paragraphs a difference asks about, when it asks: most have none, and
    # profiling every paragraph of a long compilation was a regex call pair each)
    mixed_para: Dict[int, bool] = {}
    paras = doc.paragraphs

    def mixed(i: int) -> bool:
        if i < 0 or i >= len(paras):
            return False
        got = mixed_para.get(i)
        if got is None:
            p = paras[i]
            prof = profile_text(text, p.start, p.end)
            other = prof.simplified if script == "traditional" else prof.traditional
            total = prof.simplified + prof.traditional
            got = mixed_para[i] = total >= 10 and other / total >= MIXED_PARAGRAPH_SHARE
        return got

    for d in diffs:
        if group and mixed(_para_index(doc, d[0])) \
                and _para_index(doc, group[-1][0]) == _para_index(doc, d[0]) and d[2] == group[0][2]:
            group.append(d)
            continue
        if group:
            prev = group[-1][0]
            gap = text[prev + 1:d[0]]
            if d[2] != group[0][2] or len(gap) > 40 or _agrees(agree_re, gap):
                flush()
        group.append(d)
    flush()
    if script == "simplified":
        out = [d for d in out if not (d.chars == 1 and len(d.text) == 1 and d.text in SIMPLIFIED_ALSO)]
    out = _merge_crowded(text, out)
    cache[key] = out
    return out


#: Words that a traditional standard writes with a character OpenCC (1.4) converts: the Hong
#: Kong and Taiwan standards write 回歸, 伙伴 (HK), 暫准 and 准入 (HK licensing terms), 櫃台,
#: and 厦 in Hong Kong place names (洪水橋／厦村).  A character inside one of these words is
#: not a residue (issue 12: residues are judged per word, not per character).
REGIONAL_WORDS = ("回歸", "伙伴", "合伙", "伙食", "暫准", "准入", "准許", "准予", "批准", "核准", "櫃台", "厦村",
                  "大厦", "回應", "回覆")
_REGIONAL_RE = LazyPattern("|".join(REGIONAL_WORDS), 0, regex)


def _standard_word(text: str, simp: str, off: int, configs: Sequence[str], s2t: Any = None) -> bool:
    """Whether the character at ``off`` of traditional ``text`` is how some traditional standard
    writes a word that contains it: a word beginning at that character or at the one before
    (converted alone, so that OpenCC's segmentation of the whole line — 香港制度 read as 港製 —
    does not decide), or a regional word (:data:`REGIONAL_WORDS`).  Characters that exist only
    in simplified form (发, 专) are never standard.  ``s2t``: the converter that converts the
    substrings of ``simp`` as ``converter("s2t")`` does (default: that one)."""
    ch = text[off]
    for m in _REGIONAL_RE.finditer(text, max(0, off - 3), min(len(text), off + 4)):
        if m.start() <= off < m.end():
            return True
    if ch in SIMPLIFIED_RE.chars and ch not in DUAL_FORMS:
        return False
    for start in (off, off - 1):
        if start < 0:
            continue
        for length in (2, 3, 4):
            w = simp[start:start + length]
            if len(w) < length \
                    or not all("\u3400" <= c <= "\u9fff" for c in w):
                break
            base = None
            for c in configs:
                if c in _VARIANT_STEP:
                    # s2tw / s2hk as s2t and then the small variant step, as in deviations(): the
                    # same words (1.9 M distinct 2–4-character words of the corpora compared) without
                    # loading the large phrase dictionaries twice more (35 ms a process)
                    if base is None:
                        base = (s2t or converter("s2t")).convert(w)
                    conv = converter(_VARIANT_STEP[c]).convert(base)
                else:
                    conv = (s2t if c == "s2t" and s2t is not None else converter(c)).convert(w)
                if len(conv) == len(w) and conv[off - start] == ch:
                    return True
    return False


#: from this many runs of one kind in a paragraph, the paragraph is one run
CROWDED_PARAGRAPH_RUNS = 6


def _merge_crowded(text: str, devs: List[Deviation]) -> List[Deviation]:
    by: Dict[Tuple[int, str], List[Deviation]] = {}
    for d in devs:
        by.setdefault((d.paragraph, d.kind), []).append(d)
    out: List[Deviation] = []
    for (para, kind), ds in by.items():
        if len(ds) < CROWDED_PARAGRAPH_RUNS or para < 0:
            out.extend(ds)
            continue
        s, e = ds[0].start, ds[-1].end
        chars = list(text[s:e])
        for d in ds:
            chars[d.start - s:d.end - s] = list(d.expected)
        out.append(Deviation(s, e, kind, text[s:e], "".join(chars), sum(d.chars for d in ds), para))
    out.sort(key=lambda d: d.start)
    return out


#: simplified characters that are also traditional characters in some words
#: (干預, 于姓, 皇后, 范姓, 合并): between two traditional characters they do not
#: show that the text is simplified, so they do not split a run
DUAL_FORMS = frozenset(
    "干于余后里台范并系只发松斗谷丑冲准征致卷划朴困折仆郁恶向占板沈么苹胡尽舍雇托布周注才吃床秘污游凄扎"
    "核群咨厘表钟历复获汇云采须几了家具回夸咸念纤蒙党奸") & frozenset(SIMPLIFIED)
# (str.translate deletes the dual forms in C: the same characters in the same order)
_UNAMBIGUOUS_SIMPLIFIED_RE = CharSet(SIMPLIFIED.translate(dict.fromkeys(map(ord, DUAL_FORMS))))


#: share of other-script characters from which a paragraph is one run
MIXED_PARAGRAPH_SHARE = 0.2


def _para_index(doc: Any, off: int) -> int:
    p = doc.paragraph_at(off)
    return p.index if p else -1


#: characters that OpenCC t2s changes but that are standard simplified
#: characters in their own right (拚命, 瞭望, 狼藉); reported only inside a
#: longer run of traditional text
SIMPLIFIED_ALSO = frozenset("拚瞭藉馀徵乾夥覆")
#: name characters simplified text keeps: 昇 (昇腾 processors; the 通用规范汉字表 keeps 昇 for
#: names), 濛 (濛溪河 site), 輋 (章輋村, a Shenzhen village): names are not residues
NAME_CHARS = frozenset("昇濛輋")


def _agrees(agree_re: Any, gap: str) -> bool:
    """Whether ``gap`` holds a character that is distinctively in the target script."""
    return bool(agree_re.search(gap))


# ---------------------------------------------------------------------------
# Garbled text: replacement characters, '?' runs, mojibake
# ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Garble:
    """A garbled run.  ``kind``: ``replacement`` (U+FFFD or '?' where characters
    were lost), ``mojibake`` (text decoded with the wrong codec; ``repaired``
    holds the text re-decoded when that succeeds), ``token`` (a known
    mojibake token such as 锟斤拷)."""

    start: int
    end: int
    kind: str
    repaired: Optional[str] = None
    codec: str = ""


_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKENS_RE = re.compile(r"锟斤拷|烫烫烫+|屯屯屯+|â€[\u0080-\u00ff™œ\u201c\u201d\u2018\u2019\u2122]|Ã[\u0080-\u00bf]|ï»¿|[\ue000-\uf8ff]")
# strong signs that characters were lost: U+FFFD, '??', and a '?' glued to a
# Latin letter on one side and a Han character on the other
_STRONG_RE = re.compile(
    rf"\ufffd+|\?{{2,}}|(?<=[{_HAN}])\?(?=[A-Za-z\u00c0-\u024f,])|(?<=[A-Za-z\u00c0-\u024f])\?(?=[{_HAN}])")
_LONE_Q_RE = re.compile(rf"(?<=[{_HAN}])\?(?=[{_HAN}“‘\"])")
_QUESTION_WORDS = regex.compile(r"[吗呢嗎么麼怎何谁誰哪岂豈]|是否|难道|難道|什么|什麼|多少")


def _asks(text: str, pos: int) -> bool:
    """The sentence before ``pos`` is a question (a real ASCII question mark)."""
    start = max(0, pos - 40)
    seg = text[start:pos]
    cut = max(seg.rfind(c) for c in "。！？!\n")
    return bool(_QUESTION_WORDS.search(seg[cut + 1:]))


_LATIN_GLUED = rf"(?<=[{_HAN}?\ufffd),])[A-Za-z\u00c0-\u024f]{{1,4}}(?=[{_HAN}?\ufffd,)(])|(?<=[?\ufffd])[A-Za-z\u00c0-\u024f]{{1,4}}"


#: the Han classes of _LATIN_GLUED plus \x02, which stands for a character of the other
#: script in the text _weak_text makes (see find_garbled)
_LATIN_GLUED_MARKED = _LATIN_GLUED.replace(rf"[{_HAN}", rf"[{_HAN}\x02")
_WEAK_RE = re.compile(r"\?|\x02|" + _LATIN_GLUED_MARKED)
_OTHER_SCRIPT_TABLES: Dict[str, Dict[int, int]] = {}


def _weak_text(text: str, script: str) -> str:
    """``text`` with every character of the other script replaced by \x02 (same
    length), so that one small pattern finds the debris around lost characters
    instead of a class of thousands of characters."""
    other = SIMPLIFIED if script == "traditional" else TRADITIONAL if script == "simplified" else ""
    if not other:
        return text
    table = _OTHER_SCRIPT_TABLES.get(script)
    if table is None:
        table = _OTHER_SCRIPT_TABLES[script] = dict.fromkeys(map(ord, other), 2)
    return text.translate(table)


def find_garbled(doc: Any) -> List[Garble]:
    """Garbled runs of ``doc`` (cached): U+FFFD and '?' runs inside Chinese text,
    extended over the neighbouring debris (stray Latin letters, characters of
    the other script), known mojibake tokens, and UTF-8 text decoded as GBK
    (鏀垮簻 for 政府), repaired where the bytes allow."""
    cache = _cache(doc)
    if "garbled" in cache:
        return cache["garbled"]
    text = doc.text
    script = doc.script
    out: List[Garble] = []
    # 1. lost characters, extended over debris within two characters; a single '?' inside a
    #    word or before a quote (实?“十五”, 水贝?中国) in a sentence that asks nothing
    # (these patterns start with a lookbehind or an alternation: tried only at \ufffd and '?')
    strong = [(m.start(), m.end()) for m in lazyre.finditer(_STRONG_RE, text)]
    strong += [(m.start(), m.end()) for m in lazyre.finditer(_LONE_Q_RE, text) if not _asks(text, m.start())]
    strong.sort()
    if strong:
        for s, e in _merge_debris(_weak_text(text, script), strong, _WEAK_RE):
            out.append(Garble(s, e, "replacement"))
    # 2. known tokens
    for m in lazyre.finditer(_TOKENS_RE, text):
        out.append(Garble(m.start(), m.end(), "token"))
    # 3. UTF-8 decoded as GBK; GBK and Big5 decoded as each other
    out.extend(_utf8_as_gbk(text))
    out.extend(codec_mojibake(text, script))
    out.sort(key=lambda g: (g.start, -g.end))
    merged: List[Garble] = []
    for g in out:
        if merged and g.start <= merged[-1].end + 2 and "\n" not in text[merged[-1].end:g.start]:
            last = merged[-1]
            if g.end > last.end:
                kind = "mojibake" if "mojibake" in (last.kind, g.kind) else last.kind
                rep = None
                if last.repaired or g.repaired:
                    rep = (last.repaired or "…") + ("…" if g.start > last.end or not g.repaired else "") \
                        + (g.repaired or "")
                merged[-1] = Garble(last.start, g.end, kind, rep, last.codec or g.codec)
            continue
        merged.append(g)
    cache["garbled"] = merged
    return merged


def _merge_debris(text: str, strong: List[Tuple[int, int]], weak_re: Any) -> List[Tuple[int, int]]:
    spans: List[Tuple[int, int]] = []
    for s, e in strong:
        # extend right
        while True:
            m = weak_re.search(text, e, min(len(text), e + 3))
            if not m or "\n" in text[e:m.start()] or m.start() - e > 2:
                break
            e = m.end()
        # extend left
        while True:
            lo = max(0, s - 3)
            best = None
            for m in weak_re.finditer(text, lo, s):
                if m.end() >= s - 2 and "\n" not in text[m.end():s]:
                    best = m
                    break
            if not best or best.start() >= s:
                break
            s = best.start()
        if spans and s <= spans[-1][1] + 2 and "\n" not in text[spans[-1][1]:s]:
            spans[-1] = (spans[-1][0], max(e, spans[-1][1]))
        else:
            spans.append((s, e))
    return spans


_HAN_RUN_RE = re.compile(r"[^\x00-\x7f\ufffd\n]{3,}")
_UTF8_CJK_BYTES = None


#: three byte triples each of which could be a UTF-8 CJK character: what every match of
#: _UTF8_CJK_BYTES contains, as one flat sequence of classes (which re scans quickly)
_THREE_TRIPLES = re.compile(rb"[\xe3-\xe9\xef][\x80-\xbf][\x80-\xbf]" * 3)
#: the same three triples read by the class of each byte: every byte translated to L (a lead byte of _THREE_TRIPLES),
#: T (a continuation byte) or x, and the nine classes looked for as one string (``bytes.find`` in C, several times
#: faster than the class-by-class search, which is tried at every lead byte of the GBK text)
_TRIPLE_CLASSES = bytes(ord("L") if b in range(0xe3, 0xea) or b == 0xef else ord("T") if 0x80 <= b <= 0xbf
                        else ord("x") for b in range(256))
_THREE_TRIPLES_AS_CLASSES = b"LTT" * 3
#: the text is encoded in pieces of about this many characters, cut after a line end
_GBK_PIECE = 1_000_000


def _may_hold_utf8_as_gbk(text: str) -> bool:
    """False when no run of ``text`` can hold UTF-8 decoded as GBK: the GBK bytes of the whole text
    (unencodable characters as '?') lack three UTF-8-like triples in a row.  Each encodable run's
    bytes appear unchanged in them (GBK has no state) and a match never spans an ASCII byte, so
    this test misses nothing; it costs one encoding and one quick scan instead of a Python step,
    an encoding and a scan for each run."""
    pos, n = 0, len(text)
    while pos < n:
        end = n if n - pos <= _GBK_PIECE else text.find("\n", pos + _GBK_PIECE) + 1 or n
        if _THREE_TRIPLES_AS_CLASSES in text[pos:end].encode("gbk", errors="replace").translate(_TRIPLE_CLASSES):
            return True                  # (= _THREE_TRIPLES.search(the bytes) is not None)
        pos = end
    return False


def _utf8_as_gbk(text: str) -> List[Garble]:
    """Runs whose GBK bytes are valid UTF-8 for three or more CJK characters:
    UTF-8 text that was decoded as GBK (it reads 鏀垮簻 for 政府)."""
    global _UTF8_CJK_BYTES
    if _UTF8_CJK_BYTES is None:
        _UTF8_CJK_BYTES = re.compile(rb"(?:[\xe4-\xe9][\x80-\xbf]{2}|\xef\xbc[\x80-\xbf]|\xe3\x80[\x80-\xbf]){3,}")
    if not _may_hold_utf8_as_gbk(text):
        return []
    out: List[Garble] = []
    for m in _HAN_RUN_RE.finditer(text):
        run = m.group()
        try:
            b = run.encode("gbk")
        except UnicodeEncodeError:
            continue
        if len(b) != 2 * len(run):  # pragma: no cover - every non-ASCII GBK character is 2 bytes
            continue
        for bm in _UTF8_CJK_BYTES.finditer(b):
            try:
                fixed = bm.group().decode("utf-8")
            except UnicodeDecodeError:  # pragma: no cover - the pattern is valid UTF-8
                continue
            # map byte offsets back to characters (every character of the run is 2 bytes in GBK
            # except ASCII-compatible ones, which the run pattern excludes)
            a, z = bm.start() // 2, (bm.end() + 1) // 2
            if sum(1 for c in fixed if "\u4e00" <= c <= "\u9fff") < 3:
                continue
            out.append(Garble(m.start() + a, m.start() + z, "mojibake", fixed, "UTF-8 → GBK"))
    return out


# ---------------------------------------------------------------------------
# Mojibake between the Chinese codecs, judged by character frequency
# ---------------------------------------------------------------------------
#
# The codecs themselves carry a frequency table: GB2312 level 1 (rows B0–D7)
# holds the 3,755 most frequent simplified characters and Big5 'frequent'
# (A440–C67E) the 5,401 most frequent traditional ones.  Text decoded with the
# wrong codec is a run of rare characters; re-encoding it with the codec that
# misread it and decoding with the right one gives common characters again.

@lru_cache(maxsize=None)
def common_chars(script: str) -> frozenset:
    """The frequent characters of ``script`` (GB2312 level 1 / Big5 frequent),
    plus the punctuation of both codecs."""
    chars = set(COMMON_SIMPLIFIED if script == "simplified" else COMMON_TRADITIONAL)
    chars.update("，。、；：？！“”‘’（）《》〈〉【】〔〕—…·％○〇")
    return frozenset(chars)


_INTO = {"simplified": "t2s", "traditional": "s2t"}
_CLAUSE_STOP = frozenset("，。、；：？！“”‘’（）《》〈〉【】〔〕\u3000\ufffd")
#: (codec the text was wrongly decoded with, codec it was written in), per document script
_CODEC_REPAIRS = {
    "simplified": (("big5", "gbk"), ("cp1252", "utf-8"), ("latin-1", "utf-8")),
    "traditional": (("gbk", "big5"), ("cp1252", "utf-8"), ("latin-1", "utf-8")),
}


_COMMON_TABLES: Dict[str, Dict[int, int]] = {}
_RARE_DIRECT: Dict[str, Any] = {}
# in text where every frequent character was replaced by \x01 (see _rare_runs): a rare
# character is any non-ASCII, non-space one; three or more of them with at most one
# other character between two rare ones
_RARE_RUN_RE = re.compile(r"[^\x00-\x7f\s](?:[^\x00\x02-\x7f\s]?[^\x00-\x7f\s]){2,}")


def _rare_runs(text: str, script: str) -> Iterable["re.Match[str]"]:
    """Runs of characters outside :func:`common_chars` (offsets of ``text``).  The
    frequent characters are mapped to \x01 with one ``str.translate`` so that the
    pattern stays small instead of listing thousands of characters."""
    direct = _RARE_DIRECT.get(script)
    if direct is None:
        chars = "".join(sorted(common_chars(script)))
        # no frequent character is ASCII (all above U+007F: their least one is) or a space (str.split
        # splits at exactly the characters str.isspace accepts): tested in C, not per character
        if not chars or (min(chars) > "\x7f" and chars.split() == [chars]):
            # the same runs found on the text itself: a rare character is one outside the class of
            # ASCII, spaces and frequent characters; the optional character between two rare ones
            # ([^\x00\x02-\x7f\s]) already matches every frequent one (none is ASCII or a space)
            # (re.escape leaves every non-ASCII character as it is, and none of these is ASCII: the same
            # pattern text without a call per character, ~1 ms of every start)
            rare = "[^\\x00-\\x7f\\s" + chars + "]"
            direct = re.compile(rare + r"(?:[^\x00\x02-\x7f\s]?" + rare + "){2,}")
        else:  # pragma: no cover - the tables hold only Chinese characters and punctuation
            direct = False
        _RARE_DIRECT[script] = direct
    if direct:
        return direct.finditer(text)
    table = _COMMON_TABLES.get(script)
    if table is None:
        table = _COMMON_TABLES[script] = dict.fromkeys(map(ord, common_chars(script)), 1)
    return _RARE_RUN_RE.finditer(text.translate(table))


def _rare_share(s: str, common: frozenset) -> float:
    han = [c for c in s if not c.isascii() and not c.isspace()]
    return sum(c not in common for c in han) / len(han) if han else 0.0


def codec_mojibake(text: str, script: str) -> List[Garble]:
    """Runs of rare characters that re-decode into common ones (GBK read as
    Big5, Big5 read as GBK, UTF-8 read as Windows-1252)."""
    if script not in _CODEC_REPAIRS:
        return []
    common = common_chars(script)
    out: List[Garble] = []
    for m in _rare_runs(text, script):
        run = text[m.start():m.end()]
        for wrong, right in _CODEC_REPAIRS[script]:
            try:
                fixed = run.encode(wrong).decode(right)
            except (UnicodeEncodeError, UnicodeDecodeError):
                continue
            # the run must stay rare once converted to the document's script
            # (real text in the other script, 複議諮詢 in simplified text, is
            # LG602's business)
            if fixed and _rare_share(fixed, common) <= 0.15 and _rare_share(run, common) >= 0.5 \
                    and _rare_share(converter(_INTO[script]).convert(run), common) >= 0.5 \
                    and sum("\u3400" <= c <= "\u9fff" for c in fixed) >= 2:
                s, e = m.start(), m.end()
                # widen to the whole clause when that repairs as well (common
                # characters at the edges of a garbled clause are garbled too)
                a, b = s, e
                while a > 0 and not text[a - 1].isascii() and text[a - 1] not in _CLAUSE_STOP:
                    a -= 1
                while b < len(text) and not text[b].isascii() and text[b] not in _CLAUSE_STOP:
                    b += 1
                if (a, b) != (s, e):
                    try:
                        wide = text[a:b].encode(wrong).decode(right)
                    except (UnicodeEncodeError, UnicodeDecodeError):
                        wide = ""
                    if wide and _rare_share(wide, common) <= 0.15:
                        s, e, fixed = a, b, wide
                out.append(Garble(s, e, "mojibake", fixed, f"{right} → {wrong}".upper()))
                break
    return out
