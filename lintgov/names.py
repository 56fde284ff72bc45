"""Near misses of protected names: a string one character away from a term (a shared service
for the protected-terms, titles and issuer-name rules).

"One character away" is one of:

* ``sub`` — one character replaced (中华人民共合国 for 中华人民共和国);
* ``del`` — one character dropped inside the term (中华人民和国);
* ``dup`` — one character doubled inside the term (中华人民民共和国).

:class:`TermMatcher` finds them in linear time: a one-character edit leaves either the first
or the second half of a term intact, so each half is searched for with ``str.find`` (C speed)
and only the few windows next to a hit are compared with the term.
"""
from __future__ import annotations

import re
from typing import Any, Dict, Iterable, List, NamedTuple, Optional, Sequence, Tuple

_CJK_LO, _CJK_HI = "\u4e00", "\u9fff"


def is_cjk(c: str) -> bool:
    return _CJK_LO <= c <= _CJK_HI


class Edit1(NamedTuple):
    """(records, not dicts: a long compilation has tens of thousands of near misses)"""
    kind: str       # "sub", "del", "dup" or "ins"
    pos: int        # index in the term
    expected: str   # the term's character ("" for dup/ins)
    found: str      # the text's character ("" for del)


def one_edit(term: str, cand: str) -> Optional[Edit1]:
    """How ``cand`` differs from ``term`` by exactly one character, or None."""
    n, m = len(term), len(cand)
    if m == n:
        diff = [i for i in range(n) if term[i] != cand[i]] if term != cand else []
        if len(diff) == 1:
            i = diff[0]
            return Edit1("sub", i, term[i], cand[i])
        return None
    if m == n - 1:
        i = 0
        while i < m and term[i] == cand[i]:
            i += 1
        if term[i + 1:] == cand[i:]:
            return Edit1("del", i, term[i], "")
        return None
    if m == n + 1:
        i = 0
        while i < n and term[i] == cand[i]:
            i += 1
        if cand[i + 1:] == term[i:]:
            x = cand[i]
            dup = (i > 0 and term[i - 1] == x) or (i < n and term[i] == x)
            return Edit1("dup" if dup else "ins", i, "", x)
    return None


class NearMiss(NamedTuple):
    start: int
    end: int
    term: str
    edit: Edit1


class TermMatcher:
    """Finds windows of a text one character away from any of ``terms`` (length ≥ 3)."""

    def __init__(self, terms: Iterable[str]) -> None:
        self.terms = tuple(dict.fromkeys(t for t in terms if len(t) >= 3))
        self.exact = frozenset(self.terms)
        anchors: Dict[str, List[Tuple[str, int]]] = {}
        for t in self.terms:
            h = len(t) // 2
            anchors.setdefault(t[:h], []).append((t, 0))
            anchors.setdefault(t[h:], []).append((t, h))
        self.anchors = anchors
        self._filters: Optional[Dict[str, Any]] = None

    def _filter(self, anchor: str, owners: List[Tuple[str, int]]) -> Any:
        """A pattern matching ``anchor`` only where the neighbour test of :meth:`find` lets at
        least one of its terms through (in C, instead of a Python step per hit), or None when
        every hit must be looked at (a term whose edit may sit right next to the anchor) or when
        occurrences of the anchor may overlap (a match consumes it)."""
        if any(anchor[:k] == anchor[-k:] for k in range(1, len(anchor))):
            return None
        a = re.escape(anchor)
        conds = []
        for t, off in owners:
            if off == 0:
                h = len(anchor)
                xy = re.escape(t[h]) + re.escape(t[h + 1])
                conds.append(f"(?=[{xy}]|.[{xy}])")
            elif off >= 2:
                xy = re.escape(t[off - 1]) + re.escape(t[off - 2])
                conds.append(f"(?<=[{xy}]{a})|(?<=[{xy}].{a})")
            else:
                return None
        return re.compile(a + "(?:" + "|".join(conds) + ")", re.S)

    def _hits(self, anchor: str, owners: List[Tuple[str, int]], text: str, lo: int, hi: int) -> Iterable[int]:
        """Starts of the occurrences of ``anchor`` in ``text[lo:hi]`` that :meth:`find` must look at."""
        if self._filters is None:
            self._filters = {}
        pat = self._filters.get(anchor, False)
        if pat is False:
            # a filter is built on the first text that holds its anchor: every match of it starts with the
            # anchor, so a text without one inside [lo, hi) has no hit (a report holds ~15 of the ~160
            # halves: one file's check built and compiled ~145 filters it never used)
            if text.find(anchor, lo, hi) < 0:
                return
            pat = self._filters[anchor] = self._filter(anchor, owners)
        if pat is None:
            p = text.find(anchor, lo, hi)
            while p >= 0:
                yield p
                p = text.find(anchor, p + 1, hi)
            return
        n = len(anchor)
        for m in pat.finditer(text, lo):   # no endpos: the test reads the characters around, as find does
            p = m.start()
            if p + n > hi:
                return
            yield p

    def find(self, text: str, lo: int = 0, hi: Optional[int] = None) -> List[NearMiss]:
        hi = len(text) if hi is None else hi
        # the near misses found, per term: 3 * start + (length - len(term) + 1), one int each.  A window is
        # reached again only from the term's other half (or the same half twice in the term), and it then
        # gives the same answer: the found ones are remembered, not every window compared (a set of every
        # window compared was ~68 MiB on an 18 M-character file, the peak of its run)
        seen: Dict[str, set] = {}
        out: List[NearMiss] = []
        for anchor, owners in self.anchors.items():
            for p in self._hits(anchor, owners, text, lo, hi):
                for t, off in owners:
                    n = len(t)
                    # a window one edit from t that keeps one half intact has, next to that half, one
                    # of the two term characters next to it, at one of the two positions next to it
                    # (whatever the edit: a substitution, a drop or a doubling); most hits of a
                    # common half (社会, 人民) have neither, and no window there can match
                    if off == 0:   # first half intact: the edit is in the second half
                        h = len(anchor)
                        a, b = text[p + h:p + h + 1], text[p + h + 1:p + h + 2]
                        x, y = t[h], t[h + 1]
                        if a != x and a != y and b != x and b != y:
                            continue
                        wins = ((p, n), (p, n - 1), (p, n + 1))
                    else:          # second half intact: the edit is in the first half
                        if off >= 2:
                            a = text[p - 1] if p >= 1 else ""
                            b = text[p - 2] if p >= 2 else ""
                            x, y = t[off - 1], t[off - 2]
                            if a != x and a != y and b != x and b != y:
                                continue
                        wins = ((p - off, n), (p - off + 1, n - 1), (p - off - 1, n + 1))
                    for s, ln in wins:
                        if s < lo or s + ln > hi:
                            continue
                        w = text[s:s + ln]
                        e = one_edit(t, w)
                        if e is None or e.kind == "ins":
                            continue
                        # the true term written right there (中华人民共和国国务院 is not a doubled 国)
                        if e.kind == "dup" and (text.startswith(t, s) or text.startswith(t, s + 1)):
                            continue
                        k = 3 * s + ln - n + 1
                        done = seen.get(t)
                        if done is None:
                            done = seen[t] = set()
                        elif k in done:
                            continue
                        done.add(k)
                        out.append(NearMiss(s, s + ln, t, e))
        out.sort(key=lambda m: (m.start, -len(m.term)))
        return out
