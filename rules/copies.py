"""Copied text and facts across years (LGA4x), on the report pairs of the year-over-year rules
(``--prior``, or reports of one body in consecutive years linted together; the pairing is
:func:`lintgov.rules.yoy.pair_documents`).

* LGA41 copied-paragraph — a paragraph identical or near-identical to one of last year's
  report (the 下一步 plans copied unchanged are the common case).  A note: some sentences are
  rightly the same every year; the finding says how alike and where.
* LGA42 unchanged-figure-claimed-change — this year's figure equals last year's for the same
  metric while the text says it changed (较上年有所增加).  Changes stated with a number are
  LG206's; this rule covers the qualitative claims it cannot recompute.

Near-identical: at least ``similarity`` of the two paragraphs' characters are the same, in
order (difflib's ratio).  Candidates come from an inverted index of last year's 4-grams (three
per paragraph: the three sharing most grams, of equal counts the earliest paragraph), so the work
stays linear in the reports' length.  Those votes also bound difflib's ratio from above (matching
blocks hold 4-grams): a paragraph with too few grams in the index is not voted on, and a candidate
with too few votes is not compared (:func:`_votes_needed`); neither could have been reported.
"""
from __future__ import annotations

import heapq
import itertools
from array import array
from collections import Counter, defaultdict, deque
from operator import itemgetter
from typing import Dict, List, Set, Tuple, Union

from lintgov import hookimpl
from lintgov import lazyre
from lintgov.rule import Option, Related, Rule, bad, good

_N = 4
_STRIP = lazyre.compile(r"[\s\u3000]+")
#: a numbered definition in a glossary (名词解释): 6.海绵城市：通过…; meant to stay the same
_DEFINITION = lazyre.compile(r"\d{1,3}[.、．]\s*[^：:，。]{1,30}[：:]")
#: the set formulas of an address (现在，我代表…请予审议; 过去一年取得的成绩，是…坚强领导的结果)
_FORMULA = lazyre.compile(r"请予审议|各位代表[！!，,]|取得的成绩[，,](?:是|根本在于|得益于).{0,60}(?:坚强领导|领航掌舵)")
#: a qualitative change claim right after a figure, with no number of its own
_QUAL = lazyre.compile(r"[，,\s]?[^，,。；;\d]{0,4}?(?:同比|较上年|比上年|较去年|比去年|较上一年|比上一年)(?:度|同期)?"
                       r"(?:有所|明显|大幅|显著|稳步|进一步|持续|略有)?(?P<verb>增长|增加|上升|提升|提高|下降|减少|降低)"
                       r"(?![\d０-９一二三四五六七八九十百千万亿两]|了?[\d０-９])")


def _norm(s: str) -> str:
    return _STRIP.sub("", s)


def _grams(s: str) -> Set[Union[int, str]]:
    """The 4-grams of ``s``, each as the integer of its 8 bytes of UTF-16 (one number per gram, read from
    the encoded text in C: ~1.7× faster to build than a set of 4-character slices, and cheaper to hash and
    compare in the index); a gram that does not encode to 8 bytes (a character beyond U+FFFF, a lone
    surrogate) stays the string.  Two grams are equal exactly when their strings are, so counts of shared
    grams are those of the string grams."""
    n = len(s)
    try:
        b = s.encode("utf-16-le")
    except UnicodeEncodeError:
        b = b""
    if len(b) != 2 * n:      # not all in the BMP: gram by gram
        return {_gram_key(s[i:i + 4]) for i in range(n - 3)}
    # the grams starting at r, r + 4, r + 8…: consecutive 8-byte words of the text from byte 2r
    out = set(array("Q", b[:8 * (n // 4)]))
    for r in (1, 2, 3):
        out.update(array("Q", b[2 * r:2 * r + 8 * ((n - r) // 4)]))
    return out


def _gram_key(g: str) -> Union[int, str]:
    try:
        b = g.encode("utf-16-le")
    except UnicodeEncodeError:
        return g
    return array("Q", b)[0] if len(b) == 8 else g


def _similarity(a: str, b: str, ga: set, gb: set, ca: "Counter | None" = None,
                cb: "Counter | None" = None, gate: float = 0.85) -> float:
    """Share of characters the two paragraphs have in common, in order (difflib's ratio);
    paragraphs longer than 3,000 characters use the 4-gram Jaccard index instead (bounded time).
    ``ca``/``cb``: the characters of ``a``/``b`` counted (given when the caller keeps them).
    0.0 when difflib's upper bounds of the ratio are under ``gate`` (0.85, or more when the caller
    needs no ratio under its threshold: the bounds are never under the ratio)."""
    if len(a) > 3000 or len(b) > 3000:
        return len(ga & gb) / len(ga | gb) if ga or gb else 0.0
    # difflib's real_quick_ratio and quick_ratio (the same formulas, so the same floats), computed
    # without building the matcher, which indexes every character of b: most candidates stop here
    length = len(a) + len(b)
    if _ratio(min(len(a), len(b)), length) < gate:
        return 0.0
    if _ratio(_common(ca or Counter(a), cb or Counter(b)), length) < gate:
        return 0.0
    import difflib   # here: most runs never get this far (~0.7 ms of every start)
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def _common(ca: Counter, cb: Counter) -> int:
    """``sum((ca & cb).values())``: the characters two counts share (without building the
    intersection's Counter)."""
    if len(cb) < len(ca):
        ca, cb = cb, ca
    # min(count here, count there) for each character here, summed (iterated in C)
    return sum(map(min, ca.values(), map(cb.get, ca.keys(), itertools.repeat(0))))


def _top3(votes: Counter) -> List[Tuple[int, int]]:
    """The three (paragraph, votes) with most votes, of equal votes the earliest paragraph first."""
    return heapq.nlargest(3, sorted(votes.items()), key=itemgetter(1))   # nlargest keeps ties in input order


def _votes_needed(length: int, slack: int, threshold: float) -> float:
    """The fewest votes (shared 4-grams in the index) a paragraph of last year needs for difflib's ratio with
    this year's paragraph ``t`` to reach ``threshold``, ``length`` being both lengths summed; fewer votes prove
    the ratio is under it.  difflib's matching blocks are exact common substrings, in order, never adjacent in
    both texts (adjacent ones are merged); with M matched characters and S = ``length``, there are at most
    S − 2M + 1 of them, and a block of L characters holds L − 3 positions of ``t`` whose 4-gram occurs in the
    other paragraph: at least M − 3·blocks ≥ 7M − 3S − 3 positions, and M ≥ threshold·S/2.  Positions are
    not grams: ``slack`` is the positions of ``t`` whose gram repeats an earlier one (len(t) − 3 − its number
    of grams) plus its shared grams left out of the index as too common.  One vote less again for the
    rounding of floats.  Under 6/7 the bound is negative (nothing is ruled out), and so it is made over 1."""
    if not 6 / 7 < threshold <= 1.0:
        return float("-inf")
    return (3.5 * threshold - 3.0) * length - 3 - slack - 1


def _hopeless(hits: int, n: int, grams: int, slack: int, dropped: int, threshold: float, long_theirs: bool) -> bool:
    """True when no paragraph of last year can reach ``threshold`` with this year's paragraph of ``n``
    characters, ``grams`` 4-grams, ``hits`` of them in the index (no paragraph has more votes).  Compared
    with difflib (both paragraphs ≤ 3,000 characters): the other has at least n·t/(2 − t) characters (the
    ratio is at most 2·min/S), the fewest votes needed grow with the length (:func:`_votes_needed`).  With
    the 4-gram Jaccard index (either paragraph longer): the shared grams, at most ``hits`` + ``dropped``, are
    at least ``threshold`` of this paragraph's grams."""
    if not 0.0 < threshold <= 1.0:
        return False
    if n <= 3000 and hits >= _votes_needed(n + n * threshold / (2.0 - threshold), slack, threshold):
        return False
    if (n > 3000 or long_theirs) and hits + dropped + 1 >= threshold * grams:
        return False
    return True


def _ratio(matches: int, length: int) -> float:
    return 2.0 * matches / length if length else 1.0


def _paragraphs(doc, min_chars: int) -> List[Tuple[int, int, str]]:
    return _compared(doc, min_chars)[0]


def _compared(doc, min_chars: int) -> Tuple[List[Tuple[int, int, str]], List[Set[Union[int, str]]]]:
    """The paragraphs of ``doc`` compared across years, and their 4-gram sets, cached on the
    document (a report of a chain of years is compared with the year before and the year after)."""
    from lintgov.scripts import _cache, simplified_text
    cache = _cache(doc)
    key = ("copies", min_chars)
    got = cache.get(key)
    if got is None:
        text = simplified_text(doc)
        out = []
        for p in doc.paragraphs:
            t = _norm(text[p.start:p.end])
            if len(t) >= min_chars and not _DEFINITION.match(t) and not _FORMULA.search(t):
                out.append((p.start, p.end, t))
        got = cache[key] = (out, [_grams(t) for _, _, t in out])
    return got


def _char_counts(doc, min_chars: int) -> Dict[int, Counter]:
    """The characters of the compared paragraphs of ``doc`` counted, by position in
    :func:`_compared`'s list, filled as pairs ask for them (cached on the document)."""
    from lintgov.scripts import _cache
    return _cache(doc).setdefault(("copies-counts", min_chars), {})


def copied_pairs(doc, prior, min_chars: int, threshold: float) -> List[Tuple[int, int, int, int, float]]:
    """(start, end, prior start, prior end, similarity) for each paragraph of ``doc`` that is
    identical or near-identical to one of ``prior``."""
    mine, mine_grams = _compared(doc, min_chars)
    theirs, gram_sets = _compared(prior, min_chars)
    exact: Dict[str, int] = {}
    for j, (_, _, t) in enumerate(theirs):
        exact.setdefault(t, j)
    # the grams of this year's paragraphs that are not copied exactly: only they are looked up, so
    # only they are indexed (most of last year's grams appear nowhere this year)
    wanted = {t: g for (_, _, t), g in zip(mine, mine_grams) if t not in exact}
    looked_up: set = set().union(*wanted.values()) if wanted else set()
    grown: Dict[Union[int, str], List[int]] = defaultdict(list)
    if looked_up:
        # j appended to the list of each of its grams that is looked up, in the order a loop over
        # the intersection gives, by map() in C (a Python step per gram was a third of the rule)
        add, lst = list.append, grown.__getitem__
        for j, g in enumerate(gram_sets):
            deque(map(add, map(lst, g & looked_up), itertools.repeat(j)), maxlen=0)
    common = max(20, len(theirs) // 5)  # grams in many paragraphs (本年度, 法治政府) do not point anywhere
    # the few grams over that bound, found in C and taken out of the index (a comprehension rebuilding the
    # index stepped through every key in Python)
    commons = set(itertools.compress(grown.keys(), map(common.__lt__, map(len, grown.values()))))
    for x in commons:
        del grown[x]
    index = grown
    counts = _char_counts(prior, min_chars)
    mine_counts = _char_counts(doc, min_chars)
    # a candidate whose ratio is under the threshold is never reported, nor can it hide one that is (the best
    # is the one with the highest ratio): difflib's bounds are tested against the threshold, when it is over
    # their own gate, before the characters are counted; before them, the votes (see _votes_needed)
    gate = max(0.85, threshold)
    long_theirs = any(len(b) > 3000 for _, _, b in theirs)
    out = []
    for i, (s, e, t) in enumerate(mine):
        j = exact.get(t)
        if j is not None:
            out.append((s, e, theirs[j][0], theirs[j][1], 1.0))
            continue
        g = wanted[t]
        lists = list(filter(None, map(index.get, g)))
        # no paragraph can have more votes than t has grams in the index: when that is too few for any
        # paragraph to reach the threshold, none of the three could
        dropped = len(g & commons) if commons else 0
        slack = max(0, len(t) - 3) - len(g) + dropped
        if _hopeless(len(lists), len(t), len(g), slack, dropped, threshold, long_theirs):
            continue
        # one vote per paragraph per shared gram, counted in C; the three with most votes, of equal votes the
        # earliest paragraph (the order of the grams, which differs between processes, plays no part)
        votes: Counter = Counter(itertools.chain.from_iterable(lists))
        best, best_sim = None, 0.0
        mine_count = None
        for j, v in _top3(votes):
            b = theirs[j][2]
            if len(t) <= 3000 and len(b) <= 3000:
                if v < _votes_needed(len(t) + len(b), slack, threshold):
                    continue      # its ratio is under the threshold (sim 0 would not change the best either)
                if _ratio(min(len(t), len(b)), len(t) + len(b)) >= gate:
                    if mine_count is None:
                        mine_count = mine_counts.get(i)
                        if mine_count is None:
                            mine_count = mine_counts[i] = Counter(t)
                    if j not in counts:
                        counts[j] = Counter(b)
                    sim = _similarity(t, b, g, gram_sets[j], mine_count, counts[j], gate)
                else:
                    sim = _similarity(t, b, g, gram_sets[j])
            else:
                sim = _similarity(t, b, g, gram_sets[j])
            if sim > best_sim:
                best, best_sim = j, sim
        if best is not None and best_sim >= threshold:
            out.append((s, e, theirs[best][0], theirs[best][1], best_sim))
    return out


class CopiedParagraph(Rule):
    code = "LGA41"
    name = "copied-paragraph"
    category = "drafting"
    level = "note"
    scope = "corpus"
    pairwise = True  # compares only the pairs of pair_documents: lintgov.runner may run it pair by pair
    options = {"similarity": Option(0.9, "share of characters two paragraphs must have in common, in order (0–1)"),
               "min_chars": Option(40, "shorter paragraphs (headings, formulas) are not compared")}
    authority = "《法治政府建设与责任落实督察工作规定》第二十五条（年度报告应当报告本年度的情况）"
    summary = {"zh": "本段与上年报告中的一段相同或几乎相同（照抄上年）。",
               "en": "A paragraph identical or near-identical to one of last year's report (copied)."}
    description = {
        "zh": "把同一机关相邻年度的报告配对（--prior，或一起检查的多年报告），本年报告中与上年报告某段相同或几乎相同"
              "（按顺序相同的字符比例不低于 similarity）的段落报告为提示，并标出上年报告中的对应段落。“下一步工作安排”照抄上年"
              "是常见情形。短于 min_chars 的段落（标题、套话）、名词解释中的编号释义（6.海绵城市：……）和报告的固定套语（现在，我代表……请予审议）不比较。",
        "en": "Pairs reports of one body in consecutive years (--prior, or several years linted together); a paragraph "
              "of this year's report identical or nearly identical (the share of characters in common, in order, ≥ similarity) to one "
              "of last year's is a note pointing at last year's paragraph. Plans copied unchanged are the common "
              "case. Paragraphs shorter than min_chars (headings, formulas) numbered glossary definitions (6.海绵城市：…) and the set formulas of an address (现在，我代表…请予审议) are not compared.",
    }
    messages = {
        "default": {"zh": "本段与上年报告（{prior_file}）第{line}行相同", "en": "this paragraph is the same as line {line} of last year's report ({prior_file})"},
        "near": {"zh": "本段与上年报告（{prior_file}）第{line}行几乎相同（相似度{sim}%）",
                 "en": "this paragraph is nearly the same as line {line} of last year's report ({prior_file}; {sim}% alike)"},
    }
    _PLAN = "2024年，我区将继续深入学习贯彻习近平法治思想，全面推进严格规范公正文明执法，持续优化法治化营商环境，加快建设法治政府。"
    examples = (
        bad("2023年，通州区坚持依法行政。\n" + _PLAN,
            settings={"prior_documents_text": ["2022年，通州区坚持依法行政。\n" + _PLAN]}),
        good("2023年，通州区坚持依法行政。\n2024年，我区将围绕行政复议体制改革，完善复议与诉讼衔接机制，提升行政执法质量。",
             settings={"prior_documents_text": ["2022年，通州区坚持依法行政。\n" + _PLAN]}),
        good("2023年，通州区坚持依法行政。\n" + _PLAN, note="no prior report"),
    )

    def check_corpus(self, docs, ctx):
        from lintgov.rules.yoy import _ctx_with_text_priors, pair_documents
        thr, mn = self.settings["similarity"], self.settings["min_chars"]
        for doc, prior in pair_documents(docs, _ctx_with_text_priors(ctx)):
            for s, e, ps, pe, sim in copied_pairs(doc, prior, mn, thr):
                line = prior.position(ps)[0]
                yield self.finding(doc, s, e, "default" if sim >= 1.0 else "near",
                                   related=[Related(ps, pe, {"zh": "上年报告中的段落", "en": "last year's paragraph"},
                                                    doc=prior)],
                                   evidence={"similarity": round(sim, 3), "prior_file": prior.path, "prior_line": line},
                                   prior_file=prior.path, line=line, sim=int(sim * 100))


class UnchangedFigureClaimedChange(Rule):
    code = "LGA42"
    name = "unchanged-figure-claimed-change"
    category = "drafting"
    level = "warning"
    scope = "corpus"
    pairwise = True  # compares only the pairs of pair_documents: lintgov.runner may run it pair by pair
    options = {"similarity": Option(0.8, "how alike the words naming a metric must be in both reports (0–1)")}
    authority = "国家统计局 统计知识：同比为本期与上年同期相比"
    summary = {"zh": "本年数值与上年报告中同一指标完全相同，正文却说“较上年增加/下降”。",
               "en": "This year's figure equals last year's for the same metric while the text says it changed."}
    description = {
        "zh": "在配对的上年报告中找到同一指标（指标名称相近、计量单位相同）的数值；本年数值与之完全相同，"
              "而本年报告紧接着说“较上年有所增加”“同比下降”等（不带数字的增减说法）时报告：要么数字照抄了上年，"
              "要么增减说法不实。带数字的增减（增长12%）由 LG206 核算。上年报告中同一指标有多个不同数值时不报告。",
        "en": "Finds the same metric (similar words, same unit) in the paired report of last year; when this year's "
              "figure is exactly last year's and the text goes on to say it rose or fell (较上年有所增加, 同比下降, "
              "without a number), either the figure was copied or the claim is wrong. Changes with a number are "
              "LG206's. When last year's report gives several values for the metric, nothing is reported.",
    }
    messages = {
        "default": {"zh": "本年{current}与上年报告（{prior_file}）中的{prior}相同，但正文称“{claim}”",
                    "en": "{current} this year equals {prior} in last year's report ({prior_file}), yet the text says “{claim}”"},
    }
    examples = (
        bad("2023年，通州区坚持依法行政。全年办理行政复议案件512件，较上年有所增加。",
            settings={"prior_documents_text": ["2022年，通州区坚持依法行政。全年办理行政复议案件512件。"]}),
        good("2023年，通州区坚持依法行政。全年办理行政复议案件512件，较上年有所增加。",
             settings={"prior_documents_text": ["2022年，通州区坚持依法行政。全年办理行政复议案件480件。"]}),
        good("2023年，通州区坚持依法行政。全年办理行政复议案件512件，与上年持平。",
             settings={"prior_documents_text": ["2022年，通州区坚持依法行政。全年办理行政复议案件512件。"]}),
    )

    def check_corpus(self, docs, ctx):
        from lintgov.claims.metric import metric_key
        from lintgov.claims.values import is_count, measure, value_of
        from lintgov.rules.yoy import _ctx_with_text_priors, _match, pair_documents
        from lintgov.scripts import simplified_text
        thr = self.settings["similarity"]
        for doc, prior in pair_documents(docs, _ctx_with_text_priors(ctx)):
            text = simplified_text(doc)
            for q in doc.quantities:
                if not is_count(q) or q.approx not in (None, "≈"):
                    continue
                m = _QUAL.match(text, q.end, min(len(text), q.end + 30))
                if not m:
                    continue
                key = metric_key(doc, q.start)
                if len(key) < 2:
                    continue
                cands = _match(prior, key, q, thr)
                if not cands or len({value_of(p) for p in cands}) > 1:
                    continue
                p = cands[0]
                if value_of(p) != value_of(q) or measure(p) != measure(q):
                    continue
                claim = text[q.end:m.end()].lstrip("，, ")
                yield self.finding(
                    doc, q.start, m.end(),
                    related=[Related(p.start, p.end, {"zh": "上年报告中的数值", "en": "figure in last year's report"},
                                     doc=prior)],
                    evidence={"current": value_of(q), "prior": value_of(p), "metric": key, "prior_file": prior.path},
                    current=doc.text[q.start:q.end], prior=prior.text[p.start:p.end], prior_file=prior.path,
                    claim=claim)


@hookimpl
def lintgov_rules():
    return [CopiedParagraph, UnchangedFigureClaimedChange]
