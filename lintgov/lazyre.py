"""Regular expressions compiled on first use.

Compiling a pattern with :mod:`re` runs the parser and compiler in Python and
costs up to a millisecond or more for the long alternations and CJK ranges
lintgov uses.  Module-level patterns that a given document may never need (the
Markdown and HTML readers' patterns for a .txt file, the rarer phrasings of the
arithmetic rules) are declared with :func:`compile` here and compiled the first
time they are used, which keeps ``lintgov check`` on one file fast to start.
"""
from __future__ import annotations

import heapq
import itertools
import re
from array import array
from typing import Any, Iterator, Optional

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
            "pattern", "flags", "groups", "groupindex", "scanner")
_METHOD_SET = frozenset(_METHODS)


class LazyPattern:
    """Behaves like the compiled pattern; compiles on the first attribute access.  Each of the compiled
    pattern's attributes a caller reads is then kept on the instance (a slot: read without ``__getattr__``);
    copying all thirteen at the first access cost ~1.5 µs a pattern, ~700 patterns a one-file check, most of
    them asked for one method."""

    __slots__ = ("_args", "_engine", "_compiled") + _METHODS

    def __init__(self, pattern: Any, flags: int = 0, engine: Any = re) -> None:
        self._args = (pattern, flags)
        self._engine = engine
        self._compiled: Any = None

    def __getattr__(self, name: str) -> Any:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = self._engine.compile(*self._args)
        value = getattr(compiled, name)
        if name in _METHOD_SET:
            object.__setattr__(self, name, value)
        return value

    def __repr__(self) -> str:
        return f"LazyPattern({self._args[0]!r})"


def compile(pattern: Any, flags: int = 0) -> LazyPattern:  # noqa: A001 - mirrors re.compile
    return LazyPattern(pattern, flags)


# -- scanning patterns that start with a lookbehind ------------------------------------------------
#
# ``re`` scans quickly for a match only when a pattern starts with a literal or a character
# class: it then skips, in C, every position where that first character is absent.  A pattern
# that starts with a lookbehind (``(?<![\d.])(\d+)万``), an optional group or an alternation of
# classes gets none of that: the whole matcher is tried at every position of the text (20–60 ns
# a character, for each such pattern).  :func:`finditer` finds the characters a match can start
# with (its first set, read from the parsed pattern) and tries the pattern only there: the same
# matches, in the same order, as ``pattern.finditer(text)``.

_FIRST_CACHE: "dict[Any, Any]" = {}
_SCANNED: "dict[Any, int]" = {}
#: characters a pattern scans plainly before :func:`finditer` reads its first set
_READ_AFTER = 40_000
_CATEGORY = {"CATEGORY_DIGIT": r"\d", "CATEGORY_SPACE": r"\s", "CATEGORY_WORD": r"\w",
             "CATEGORY_UNI_DIGIT": r"\d", "CATEGORY_UNI_SPACE": r"\s", "CATEGORY_UNI_WORD": r"\w"}


class _NoFirstSet(Exception):
    pass


def _parser() -> Any:
    try:
        from re import _parser as parser  # type: ignore[attr-defined]  # Python ≥ 3.11
    except ImportError:  # pragma: no cover - Python 3.9/3.10
        import sre_parse as parser  # type: ignore[no-redef]
    return parser


def _first(items: Any, out: "list[tuple]") -> bool:
    """Add to ``out`` the class items a match of the sequence ``items`` can start with; return
    whether the sequence can match the empty string."""
    for i, (op, av) in enumerate(items):
        name = str(op)
        if name == "LITERAL":
            out.append(("lit", av, av))
            return False
        if name == "IN":
            for iop, iav in av:
                iname = str(iop)
                if iname == "LITERAL":
                    out.append(("lit", iav, iav))
                elif iname == "RANGE":
                    out.append(("lit", iav[0], iav[1]))
                elif iname == "CATEGORY" and str(iav) in _CATEGORY:
                    out.append(("cat", _CATEGORY[str(iav)], None))
                else:
                    raise _NoFirstSet(iname)
            return False
        if name == "ASSERT" and av[0] == 1 and _first_looked_ahead(av[1], items[i + 1:], out):
            return False
        if name in ("ASSERT", "ASSERT_NOT", "AT"):
            continue                       # zero width: the next item consumes the first character
        if name == "SUBPATTERN":
            group, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                raise _NoFirstSet("inline flags")
            if not _first(sub, out):
                return False
            continue
        if name == "ATOMIC_GROUP":
            if not _first(av, out):
                return False
            continue
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            lo, hi, sub = av
            if not _first(sub, out) and lo > 0:
                return False
            continue
        if name == "BRANCH":
            nullable = False
            for alt in av[1]:
                if len(alt) and str(alt[0][0]) == "ASSERT" and alt[0][1][0] == 1:
                    # an alternative that is a lookahead (…|(?=X前))(?P<cmp>…): read with what follows the branch, so
                    # that the lookahead's first set may stand for both (what follows, read alone, may be wider)
                    if _first(list(alt) + list(items[i + 1:]), out):
                        nullable = True     # (then what follows is nullable too: read again below, no harm)
                else:
                    nullable = _first(alt, out) or nullable
            if not nullable:
                return False
            continue
        raise _NoFirstSet(name)
    return True


def _width(items: "list[tuple]") -> int:
    return sum(10 ** 6 if kind == "cat" else b - a + 1 for kind, a, b in items)


def _first_looked_ahead(look: Any, rest: Any, out: "list[tuple]") -> bool:
    """For a lookahead ``(?=look)`` followed by ``rest``: when ``look`` consumes a character and ``rest`` cannot
    match the empty string, the first character of a match is in both first sets; add the narrower one to ``out``
    and return True.  Else (or when either cannot be read) return False and add nothing: the caller passes over the
    lookahead, as a zero-width item, and reads ``rest`` alone.  Either set holds every first character, so the
    matches tried at its hits are ``finditer``'s."""
    ahead: "list[tuple]" = []
    after: "list[tuple]" = []
    try:
        if _first(look, ahead) or _first(rest, after):
            return False
    except (_NoFirstSet, RecursionError):
        return False
    out.extend(ahead if _width(ahead) < _width(after) else after)
    return True


def first_set(pattern: "re.Pattern[str]") -> "Optional[re.Pattern[str]]":
    """A one-character pattern matching every character a match of ``pattern`` can start
    with, or None (a match may be empty, case-insensitive flags, a class this does not read)."""
    return _anchor(pattern)[0]


def _anchor(pattern: "re.Pattern[str]") -> "tuple[Optional[re.Pattern[str]], bool]":
    """(first set, runs): ``runs`` is True when the pattern starts with a one-character
    negative lookbehind that excludes every character of the first set (``(?<![\\d.])\\d…``):
    then a match can only start where a run of first-set characters starts, and the anchor
    matches whole runs."""
    key = (pattern.pattern, pattern.flags)
    if key in _FIRST_CACHE:
        return _FIRST_CACHE[key]
    got: "tuple[Optional[re.Pattern[str]], bool]" = (None, False)
    if isinstance(pattern.pattern, str) and not pattern.flags & (re.IGNORECASE | re.VERBOSE | re.LOCALE):
        try:
            tree = _parser().parse(pattern.pattern, pattern.flags)
            out: "list[tuple]" = []
            if not _first(tree, out) and out:
                runs = _excluded_before(tree, out, pattern.flags)
                got = (re.compile(_class(out) + ("+" if runs else ""), pattern.flags & re.ASCII), runs)
                if not runs:
                    _PAIR_CACHE[key] = _paired(tree, out, pattern.flags)
        except (_NoFirstSet, re.error, TypeError, ValueError, RecursionError):
            got = (None, False)
    _FIRST_CACHE[key] = got
    return got


_PAIR_CACHE: "dict[Any, Any]" = {}
#: a second-character class wider than this many characters is no filter worth a lookahead
_PAIR_WIDTH = 2000
#: the categories a second-character class may hold (\w holds every Han character)
_NARROW_CATEGORIES = (r"\d", r"\s")


def _second(items: "list", out: "list[tuple]", depth: int = 0, steps: "Optional[list]" = None) -> bool:
    """Add to ``out`` the class items the second character of a match of the sequence ``items`` can be (items
    consumed: none yet); return whether a match may hold fewer than two characters of the sequence (then what
    follows it can be the second: no filter).  An over-approximation: lookarounds are passed over, repeats are
    unrolled once (at most 40 deep and 2,000 steps: a nullable repeat inside a repeat would branch without end)."""
    steps = [0] if steps is None else steps
    steps[0] += 1
    if depth > 40 or steps[0] > 2000:
        raise _NoFirstSet("depth")
    for i, (op, av) in enumerate(items):
        name = str(op)
        rest = items[i + 1:]
        if name in ("ASSERT", "ASSERT_NOT", "AT"):
            continue
        if name in ("LITERAL", "IN"):
            return _first(rest, out)
        if name == "SUBPATTERN":
            group, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                raise _NoFirstSet("inline flags")
            return _second(list(sub) + rest, out, depth + 1, steps)
        if name == "ATOMIC_GROUP":
            return _second(list(av) + rest, out, depth + 1, steps)
        if name == "BRANCH":
            short = False
            for alt in av[1]:
                short = _second(list(alt) + rest, out, depth + 1, steps) or short
            return short
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            lo, hi, sub = av
            short = False
            if lo == 0:
                short = _second(rest, out, depth + 1, steps)
            if hi > 0:
                more = [(op, (max(lo - 1, 0), hi if hi == _maxrepeat() else hi - 1, sub))] if hi > 1 else []
                short = _second(list(sub) + more + rest, out, depth + 1, steps) or short
            return short
        raise _NoFirstSet(name)
    return True


def _maxrepeat() -> int:
    return _parser().MAXREPEAT


def _pair_anchor(pattern: "re.Pattern[str]") -> "Optional[re.Pattern[str]]":
    """The first set of ``pattern`` (:func:`_anchor`, not a run) followed by a lookahead for the characters a match's
    second character can be: ``[F](?=[S])``, a one-character pattern ``re`` scans for in C (its first class) that
    matches at fewer places than ``[F]`` (一 before 个, 超 before 过…: most places of a common first character lack a
    second one the pattern can go on with), so the pattern is tried at fewer places.  None when every match need
    not hold two characters, the second cannot be read or is too wide a class to filter.  Read with the first set
    (one parse of the pattern)."""
    _anchor(pattern)
    return _PAIR_CACHE.get((pattern.pattern, pattern.flags))


def _paired(tree: Any, first: "list[tuple]", flags: int) -> "Optional[re.Pattern[str]]":
    second: "list[tuple]" = []
    try:
        if _second(list(tree), second) or not second:
            return None
    except (_NoFirstSet, RecursionError):
        return None
    if not all(a in _NARROW_CATEGORIES if kind == "cat" else b - a < _PAIR_WIDTH for kind, a, b in second) \
            or sum(b - a + 1 for kind, a, b in second if kind == "lit") > _PAIR_WIDTH:
        return None
    got = re.compile(_class(first) + "(?=" + _class(second) + ")", flags & re.ASCII)
    chars = _chars_of(first)
    if chars:
        _PAIR_PARTS[got] = (chars, re.compile(_class(second), flags & re.ASCII))
    return got


#: a pair anchor ``[F](?=[S])`` whose first class is a few characters (:func:`_chars_of`): those characters and the
#: second class, so that where F's characters are rare its hits are found with ``str.find`` (:func:`_sparse_pair_starts`)
_PAIR_PARTS: "dict[Any, tuple]" = {}


def _chars_of(items: "list[tuple]") -> str:
    """The characters of the class items ``items`` (:func:`_first`'s) when they are at most :data:`_FIND_CHARS` single
    characters or short ranges, else ""."""
    chars: "list[str]" = []
    for kind, a, b in items:
        if kind != "lit" or b - a >= _FIND_CHARS:
            return ""
        chars.extend(map(chr, range(a, b + 1)))
    chars = list(dict.fromkeys(chars))
    return "".join(chars) if len(chars) <= _FIND_CHARS else ""


def _class(items: "list[tuple]") -> str:
    parts = []
    for kind, a, b in items:
        if kind == "cat":
            parts.append(a)
        elif a == b:
            parts.append(re.escape(chr(a)))
        else:
            parts.append(re.escape(chr(a)) + "-" + re.escape(chr(b)))
    return "[" + "".join(parts) + "]"


def _excluded_before(tree: Any, first: "list[tuple]", flags: int) -> bool:
    """Whether ``tree`` starts with ``(?<!X)`` (one character) where X holds every character of
    the first set ``first``."""
    if not len(tree.data) or str(tree.data[0][0]) != "ASSERT_NOT":
        return False
    direction, sub = tree.data[0][1]
    if direction != -1 or len(sub.data) != 1 or str(sub.data[0][0]) not in ("IN", "LITERAL"):
        return False
    behind: "list[tuple]" = []
    try:
        _first(sub, behind)
    except _NoFirstSet:
        return False
    if any(str(op) == "NEGATE" for op, _ in (sub.data[0][1] if str(sub.data[0][0]) == "IN" else ())):
        return False
    cats = {a for kind, a, _ in behind if kind == "cat"}
    x = re.compile(_class(behind), flags & re.ASCII)
    for kind, a, b in first:
        if kind == "cat":
            if a not in cats:
                return False
        elif b - a > 5000 or not all(x.match(chr(c)) for c in range(a, b + 1)):
            return False
    return True


def anchored_finditer(pattern: Any, text: str, anchor: Any, back: int = 0,
                      pos: int = 0, endpos: Optional[int] = None, runs: bool = False) -> "Iterator[Any]":
    """``pattern.finditer(text, pos, endpos)`` for a pattern whose every match starts at most
    ``back`` characters before where ``anchor`` matches, and that never matches the empty
    string: the pattern is tried only there.  With ``runs``, no match starts inside an anchor
    match other than at its start (see :func:`_anchor`)."""
    end = len(text) if endpos is None else endpos
    match, search = pattern.match, anchor.search
    nxt = pos                              # first start not tried yet
    while True:
        hit = search(text, nxt, end)
        if hit is None:
            return
        a = hit.start()
        for s in range(max(nxt, a - back), a + 1):
            m = match(text, s, end)
            if m is not None:
                if m.end() == s:           # pragma: no cover - excluded by the contract
                    raise ValueError("anchored_finditer: an empty match")
                yield m
                nxt = m.end()
                break
        else:
            nxt = hit.end() if runs else a + 1


#: lookarounds (zero-width: what is left of a pattern without them matches wherever the pattern matches)
_LOOKAROUND = re.compile(r"\(\?<?[!=][^()]*\)")
_WITHOUT_LOOKAROUNDS: "dict[tuple, Any]" = {}


def without_lookarounds(*patterns: Any) -> "re.Pattern[str]":
    """One pattern matching wherever any of ``patterns`` matches: their alternation with their lookarounds removed
    (a prefilter: a match of one of them inside a piece of a text is a match of this inside the text, searched with
    pos/endpos, since it has no assertion that could see past them).  A pattern that keeps an assertion (a nested
    lookaround, an anchor) makes it the empty pattern, which matches everywhere: no prefilter, never a wrong one."""
    key = tuple(_compiled(p).pattern for p in patterns)
    got = _WITHOUT_LOOKAROUNDS.get(key)
    if got is None:
        plain = [_LOOKAROUND.sub("", p) for p in key]
        if any(re.search(r"\(\?<?[!=]|(?<!\[)\^|\$|\\[bBAZ]", p) for p in plain):
            plain = [""]
        got = _WITHOUT_LOOKAROUNDS[key] = re.compile("|".join(f"(?:{p})" for p in plain))
    return got


#: for each set of characters, a pattern matching up to and including the last of them (the greedy ``.*`` backs off to
#: it in C) and one matching the first of them
_LAST_OF: "dict[str, Any]" = {}
_FIRST_OF: "dict[str, Any]" = {}
#: the characters before ``hi`` that :func:`rfind_any` reads first (a clause or sentence break is nearly always there)
_RFIND_NEAR = 64


def _char_class(chars: str) -> str:
    return "[" + "".join(map(re.escape, chars)) + "]"


def rfind_any(text: str, chars: str, lo: int, hi: int) -> int:
    """``max(text.rfind(c, lo, hi) for c in chars)`` for single characters ``chars``: where the last of them stands in
    ``text[lo:hi]``, -1 when none does.  One match in C over the last :data:`_RFIND_NEAR` characters, then over the rest
    only when none is there, instead of a Python step and a whole backward scan per character (a scan that went back
    to ``lo`` for every character the stretch lacks: most break characters of a list are absent from a clause)."""
    if lo < 0 or hi < 0:        # (str.rfind reads a negative bound from the end: kept as it was)
        return max(text.rfind(c, lo, hi) for c in chars)
    pat = _LAST_OF.get(chars)
    if pat is None:
        pat = _LAST_OF[chars] = re.compile("(?s).*" + _char_class(chars))
    n = len(text)
    if hi > n:
        hi = n
    mid = hi - _RFIND_NEAR
    if mid > lo:
        m = pat.match(text, mid, hi)
        if m is not None:
            return m.end() - 1
        hi = mid
    m = pat.match(text, lo, hi)
    return m.end() - 1 if m is not None else -1


def find_any(text: str, chars: str, lo: int, hi: int) -> int:
    """``min((k for k in (text.find(c, lo, hi) for c in chars) if k >= 0), default=-1)`` for single characters
    ``chars``: where the first of them stands in ``text[lo:hi]``, -1 when none does (one search in C that stops at the
    first, instead of a forward scan per character to ``hi`` for each one the stretch lacks)."""
    if lo < 0 or hi < 0:
        return min((k for k in (text.find(c, lo, hi) for c in chars) if k >= 0), default=-1)
    pat = _FIRST_OF.get(chars)
    if pat is None:
        pat = _FIRST_OF[chars] = re.compile(_char_class(chars))
    m = pat.search(text, lo, hi)
    return m.start() if m is not None else -1


def count_until(count: Any, n: int, limit: int, piece: int = 2048) -> int:
    """``count(0, n)``, counted piece by piece (``count(a, b)`` over ``[a, b)``, the pieces doubling from ``piece``),
    stopping as soon as the sum exceeds ``limit``: whether one script's characters outnumber another's is known
    early in most texts, without counting the rest."""
    total, a, step = 0, 0, piece
    while a < n:
        b = min(n, a + step)
        total += count(a, b)
        if total > limit:
            return total
        a, step = b, step * 2
    return total


def _compiled(pattern: Any) -> Any:
    """The compiled pattern behind a :class:`LazyPattern` (compiling it), or ``pattern`` itself."""
    if isinstance(pattern, LazyPattern):
        pattern.pattern  # noqa: B018 - compiles it
        return pattern.search.__self__  # type: ignore[union-attr]
    return pattern


def _worth_reading(pattern: "re.Pattern", text: str) -> bool:
    """Whether reading ``pattern`` (its first set, what it cannot consume: about a millisecond) pays: once it has
    been read, or once it has scanned enough text (a corpus, a long report) — one short file is scanned as usual."""
    key = (pattern.pattern, pattern.flags)
    if key in _FIRST_CACHE:
        return True
    seen = _SCANNED.get(key, 0) + len(text)
    if seen < _READ_AFTER:
        _SCANNED[key] = seen
        return False
    return True


def finditer(pattern: Any, text: str) -> "Iterator[Any]":
    """The matches of ``pattern.finditer(text)``, tried only where a match can start (see
    :func:`first_set`); a pattern whose first set cannot be read is scanned as usual."""
    pattern = _compiled(pattern)
    if not isinstance(pattern, re.Pattern):
        return pattern.finditer(text)
    if not _worth_reading(pattern, text):
        return pattern.finditer(text)
    anchor, runs = _anchor(pattern)
    if anchor is None:
        return pattern.finditer(text)
    if not runs:
        anchor = _pair_anchor(pattern) or anchor
    if _DENSE.get(anchor):
        return pattern.finditer(text)
    return _class_anchored(pattern, text, anchor)


#: whether an anchor of :func:`finditer` was found to start at more than a quarter of the characters of the first
#: text of at least :data:`_DENSE_TEXT` characters it scanned (a first set that holds the Han characters, as the
#: multiples' ``(?:(?P<cur>…)…)?(?:(?P<verb>是|为…)|(?=…前))(?P<cmp>…|[\u4e00-\u9fff]{0,6}?…)`` had before
#: :func:`_first_looked_ahead`: 86% of the skeleton of a report): such a pattern is scanned by ``re`` itself, whose
#: try at a place that cannot start a match fails in C, not by a Python step at each of its anchor's hits (the
#: multiples on corpus/gwr: 0.37 → 0.08 s).  The same matches either way; only the first text's count decides, once
_DENSE: "dict[Any, bool]" = {}
_DENSE_TEXT = 4096


#: the starts of each anchor's hits in the text it scanned last: several patterns of a rule or a
#: service share an anchor (two dozen start with ``(?<![\d.])\d``, scanned as ``[\d]+``) and
#: scan the same text one after the other, so the text is scanned once for all of them
_HITS: "dict[Any, tuple]" = {}
_HITS_MAX = 64
#: longer texts are not kept (each kept text stays alive until another text replaces it), and their hit
#: positions are machine integers (``array('q')``, 8 bytes a hit) instead of a list of int objects (40 bytes:
#: the change grammar's anchor has 1.6 M hits in the 50 MB file, a 63 MiB list at its peak memory)
_HITS_TEXT_MAX = 2_000_000
_start = re.Match.start


_end = re.Match.end
#: the complement of each run anchor (``[^…]+``, or ``\D+`` for ``[\d]+``)
_COMPLEMENT: "dict[Any, Any]" = {}
_NEGATED = {r"\d": r"\D", r"\s": r"\S", r"\w": r"\W"}


def _complement(anchor: Any) -> Any:
    got = _COMPLEMENT.get(anchor)
    if got is None:
        inner = anchor.pattern[1:-2]
        got = _COMPLEMENT[anchor] = re.compile(
            (_NEGATED[inner] if inner in _NEGATED else "[^" + inner + "]") + "+", anchor.flags & re.ASCII)
    return got


def _hit_starts(anchor: Any, text: str) -> Any:
    r"""The starts of ``anchor``'s matches in ``text``.  A run anchor (``[…]+``) starts where a run
    of the characters outside its class ends: ``re`` reads a run of a class in its repeat loop
    several times faster than it searches for the class's first character (``\D+`` 4 ms, ``\d+``
    14 ms on corpus/gwr), and most of a text is outside the class.  An anchor of a few characters
    that are rare in the text is read with ``str.find`` (:func:`_sparse_starts`)."""
    got = _HITS.get(anchor)
    if got is not None and got[0] is text:
        return got[1]
    chars = _literals(anchor)
    long = len(text) > _HITS_TEXT_MAX
    starts = _sparse_starts(anchor, chars, text) if chars else None
    if starts is None and not long and anchor in _PAIR_PARTS:
        starts = _sparse_pair_starts(_PAIR_PARTS[anchor], text)
    if starts is None and anchor.pattern.endswith("]+"):
        comp = _complement(anchor)
        ends = map(_end, comp.finditer(text))
        starts = array("q", ends) if long else list(ends)
        if starts and starts[-1] == len(text):
            starts.pop()
        if text and comp.match(text) is None:
            starts.insert(0, 0)
    elif starts is None:
        hits = map(_start, anchor.finditer(text))
        starts = array("q", hits) if long else list(hits)
    if long:
        return starts
    if len(_HITS) >= _HITS_MAX and anchor not in _HITS:
        _HITS.clear()
    _HITS[anchor] = (text, starts)
    return starts


_LITERALS: "dict[Any, str]" = {}
#: anchors of at most this many distinct characters are read with str.find (when their characters are rare)
_FIND_CHARS = 8


def _literals(anchor: Any) -> str:
    """The characters of an anchor (``[…]`` or ``[…]+``) that is a short list of characters, else ""."""
    got = _LITERALS.get(anchor)
    if got is None:
        got = ""
        try:
            tree = _parser().parse(anchor.pattern, anchor.flags)
            items = list(tree)
            if len(items) == 1 and str(items[0][0]) == "MAX_REPEAT":
                items = list(items[0][1][2])
            kind = str(items[0][0]) if len(items) == 1 else ""
            members = items if kind == "LITERAL" else items[0][1] if kind == "IN" else []   # (LITERAL: [x] of one)
            if members:
                chars = []
                for op, av in members:
                    if str(op) == "LITERAL":
                        chars.append(chr(av))
                    elif str(op) == "RANGE" and av[1] - av[0] < _FIND_CHARS:
                        chars.extend(chr(c) for c in range(av[0], av[1] + 1))
                    else:
                        chars = []
                        break
                chars = list(dict.fromkeys(chars))
                if 0 < len(chars) <= _FIND_CHARS:
                    got = "".join(chars)
        except (re.error, TypeError, ValueError):  # pragma: no cover - anchors are built by _class
            got = ""
        _LITERALS[anchor] = got
    return got


def _sparse_starts(anchor: Any, chars: str, text: str) -> "Optional[list]":
    """:func:`_hit_starts` by ``str.find`` (a scan in C far faster than a class search) when the anchor's
    characters are rare in ``text`` (None otherwise: a Python step per hit would cost more).  For a run
    anchor, the places where a run of them starts."""
    counts = [text.count(c) for c in chars]
    total = sum(counts)
    if total * 16 > len(text):
        return None
    if len(text) > _HITS_TEXT_MAX:
        return _sparse_starts_long(anchor, chars, counts, text)
    pos = _positions(chars, counts, text)
    if anchor.pattern.endswith("]+") and pos:
        prev = set(pos)
        pos = [p for p in pos if p - 1 not in prev]
    return pos


def _positions(chars: str, counts: "list[int]", text: str) -> list:
    """Every place of one of ``chars`` in ``text`` (``counts``: how often each occurs), ascending, by ``str.find``."""
    pos: list = []
    find = text.find
    for c, k in zip(chars, counts):
        if k:
            i = find(c)
            while i >= 0:
                pos.append(i)
                i = find(c, i + 1)
    if len(chars) > 1:
        pos.sort()
    return pos


def _sparse_pair_starts(parts: tuple, text: str) -> "Optional[list]":
    """The hits of a pair anchor ``[F](?=[S])`` (:data:`_PAIR_PARTS`) by ``str.find``: the places of F's characters
    (when they are rare in ``text``, as :func:`_sparse_starts` asks; None otherwise) whose next character is in S.  A
    hit consumes one character, so ``finditer`` finds every such place: the same list, in order.  ``re`` scans for a
    pair at 7–15 ns a character of a report; ``str.count`` and ``str.find`` read a character in under one."""
    chars, second = parts
    counts = [text.count(c) for c in chars]
    if sum(counts) * 16 > len(text):
        return None
    pos = _positions(chars, counts, text)
    follows = second.match
    return [p for p in pos if follows(text, p + 1) is not None]


def _sparse_starts_long(anchor: Any, chars: str, counts: "list[int]", text: str) -> Any:
    """:func:`_sparse_starts` for a long text, as an ``array('q')`` built without a list of int objects: each
    character's positions (ascending) merged, and for a run anchor the positions not right after another one
    (the positions are distinct and sorted, so ``p - 1`` is among them exactly when it is the one before)."""
    find = text.find
    per = []
    for c, k in zip(chars, counts):
        if k:
            got = array("q")
            i = find(c)
            while i >= 0:
                got.append(i)
                i = find(c, i + 1)
            per.append(got)
    pos = per[0] if len(per) == 1 else array("q", heapq.merge(*per))
    if anchor.pattern.endswith("]+") and pos:
        pos = array("q", (p for q, p in zip(itertools.chain((-2,), pos), pos) if p - 1 != q))
    return pos


def _class_anchored(pattern: Any, text: str, anchor: Any) -> "Iterator[Any]":
    """:func:`anchored_finditer` (no ``back``) for an anchor of :func:`_anchor`: one character of
    the first set, or a whole run of them.  Such hits never overlap, so they are read with one
    ``finditer`` (in C, shared by the patterns with the same anchor: :func:`_hit_starts`) instead
    of a ``search`` call each; a hit that starts inside the last match is passed over, as the
    search from the match's end would: a single character there is behind that end, and in a
    run no match starts but at the run's start (the lookbehind that made it a run excludes every
    character of the run)."""
    match = pattern.match
    nxt = 0
    starts = _hit_starts(anchor, text)
    if len(text) >= _DENSE_TEXT and anchor not in _DENSE:
        _DENSE[anchor] = len(starts) * 4 > len(text)
    for a in starts:
        if a < nxt:
            continue
        m = match(text, a)
        if m is not None:
            if m.end() == a:           # pragma: no cover - the first set excludes empty matches
                raise ValueError("anchored_finditer: an empty match")
            yield m
            nxt = m.end()


def run_finditer(pattern: Any, text: str, runs: Any, lead: "frozenset[str]", back: int) -> "Iterator[Any]":
    """``pattern.finditer(text)`` for a pattern whose every match starts

    * inside a run of ``runs``'s class (``runs`` is ``[…]+``);
    * or at a character of ``lead`` (none of which is in the class) at most ``back`` characters
      before a run start;

    (the quantity patterns: an optional approximation word and verb, then the number).  The
    pattern is tried only there, in the order ``finditer`` reaches those places: the ``lead``
    characters of the window before a run start, then the run from its start until a match,
    and after a match that ended inside a run, the rest of that run: the same matches, without a
    Python step at every character that could start one (约, 多, 不 and every digit).
    tests/test_speed_paths.py compares it with ``finditer``."""
    match = pattern.match
    inside = runs.match
    n = len(text)

    def in_run(s: int) -> Any:
        """The first match at ``s`` or after it, inside the run that holds ``s``."""
        while s < n and inside(text, s, s + 1) is not None:
            m = match(text, s)
            if m is not None:
                return m
            s += 1
        return None

    nxt = 0
    for r in _hit_starts(runs, text):
        if r < nxt:
            continue
        m = None
        for s in range(max(nxt, r - back), r):
            if text[s] in lead:
                m = match(text, s)
                if m is not None:
                    break
        if m is None:
            m = in_run(r)
        while m is not None:
            if m.end() == m.start():           # pragma: no cover - excluded by the contract
                raise ValueError("run_finditer: an empty match")
            yield m
            nxt = e = m.end()
            # a match that ended inside a run: the next one starts in the rest of it, or after it
            m = in_run(e) if 0 < e < n and inside(text, e - 1, e) is not None else None


# -- patterns whose matches hold a rarer part and stay within a sentence -----------------------------
#
# A pattern whose first set is common (the change claims: a quantity, 比, 较, 同, 增… open a match)
# is tried wherever one of those characters stands, although most places lack what every match
# must hold further on (a change verb right before an amount).  When no match can cross certain
# characters (。 ； … : the pattern has no way to consume them), a match lies inside one stretch
# between them, and it is tried only in the stretches where that part occurs.

_UNCONSUMED: "dict[Any, str]" = {}
_CAT_TESTS = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
              "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W",
              "CATEGORY_UNI_DIGIT": r"\d", "CATEGORY_UNI_NOT_DIGIT": r"\D", "CATEGORY_UNI_SPACE": r"\s",
              "CATEGORY_UNI_NOT_SPACE": r"\S", "CATEGORY_UNI_WORD": r"\w", "CATEGORY_UNI_NOT_WORD": r"\W"}


class _Unknown(Exception):
    pass


def _in_class(items: Any, ch: str, flags: int) -> bool:
    o = ord(ch)
    negate, hit = False, False
    for op, av in items:
        name = str(op)
        if name == "NEGATE":
            negate = True
        elif name == "LITERAL":
            hit = hit or av == o
        elif name == "RANGE":
            hit = hit or av[0] <= o <= av[1]
        elif name == "CATEGORY" and str(av) in _CAT_TESTS:
            hit = hit or re.match(_CAT_TESTS[str(av)], ch, flags & re.ASCII) is not None
        else:
            raise _Unknown(name)
    return hit != negate


def _consumes(items: Any, ch: str, flags: int) -> bool:
    """Whether some item of the parsed sequence ``items`` can consume the character ``ch``
    (conservative: an item this does not read counts as consuming it)."""
    o = ord(ch)
    for op, av in items:
        name = str(op)
        if name in ("ASSERT", "ASSERT_NOT", "AT"):
            continue                     # zero width: what a lookaround reads is not part of the match
        if name == "LITERAL":
            if av == o:
                return True
        elif name == "NOT_LITERAL":
            if av != o:
                return True
        elif name == "ANY":
            if ch != "\n" or flags & re.DOTALL:
                return True
        elif name == "IN":
            if _in_class(av, ch, flags):
                return True
        elif name == "SUBPATTERN":
            if av[1] or av[2] or _consumes(av[3], ch, flags):     # (inline flags: not read)
                return True
        elif name == "ATOMIC_GROUP":
            if _consumes(av, ch, flags):
                return True
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            if _consumes(av[2], ch, flags):
                return True
        elif name == "BRANCH":
            if any(_consumes(alt, ch, flags) for alt in av[1]):
                return True
        elif name == "GROUPREF":
            continue                     # consumes what its group consumed: read with the group
        else:
            raise _Unknown(name)
    return False


def unconsumed(pattern: "re.Pattern[str]", chars: str) -> str:
    """The characters of ``chars`` that no match of ``pattern`` can contain ("" when the pattern
    cannot be read: case-insensitive, inline flags, an item this does not know)."""
    key = (pattern.pattern, pattern.flags, chars)
    got = _UNCONSUMED.get(key)
    if got is None:
        got = ""
        if isinstance(pattern.pattern, str) and not pattern.flags & (re.IGNORECASE | re.VERBOSE | re.LOCALE):
            try:
                tree = _parser().parse(pattern.pattern, pattern.flags)
                got = "".join(c for c in chars if not _consumes(tree, c, pattern.flags))
            except (_Unknown, re.error, TypeError, ValueError, RecursionError):
                got = ""
        _UNCONSUMED[key] = got
    return got


#: sentence and clause ends a stretch may be cut at (those a pattern cannot consume)
STOPS = "。；;！？!?\n"


def stretch_finditer(pattern: Any, text: str, part: Any, stops: str = STOPS) -> "Iterator[Any]":
    """``pattern.finditer(text)`` for a pattern every match of which holds a match of ``part``
    (``pattern`` is written as some prefix followed by ``part``'s pattern, or ``part`` is
    otherwise a piece every match passes through).  The characters of ``stops`` the pattern can
    never consume cut the text into stretches, and no match crosses them; a stretch holds a match
    of the pattern only if a match of ``part`` starts in it (one of ``part``'s non-overlapping
    matches covers the place where the match's own piece starts, and it cannot cross the cuts
    either, since it consumes only what the pattern does).  The pattern is tried, as by
    :func:`finditer`, where its first set allows, inside those stretches only: the same matches in
    the same order (tests/test_speed_paths.py compares them).  Falls back to :func:`finditer` when
    the pattern can consume every stop or its first set cannot be read."""
    pattern, part = _compiled(pattern), _compiled(part)
    if not isinstance(pattern, re.Pattern) or not isinstance(part, re.Pattern):
        return finditer(pattern, text)
    if not _worth_reading(pattern, text):
        return pattern.finditer(text)
    cut = unconsumed(pattern, stops)
    anchor = _anchor(pattern)[0] if cut else None
    if not cut or unconsumed(part, cut) != cut:
        return finditer(pattern, text)
    if anchor is None and not _cut_exact(pattern, cut):
        # (no first set: tried at every character unless each stretch can be scanned by ``re`` itself, below)
        return finditer(pattern, text)
    return _in_stretches(pattern, text, part, cut, anchor)


_CUT_EXACT: "dict[Any, bool]" = {}
_ENDS = ("AT_END", "AT_END_STRING")


def _cut_exact(pattern: "re.Pattern[str]", cut: str) -> bool:
    r"""Whether ``pattern.finditer(text, lo, hi)``, with ``text[hi]`` a character of ``cut``, finds the matches
    ``pattern.finditer(text)`` finds from ``lo`` that start before ``hi``.  ``pos`` cuts nothing (lookbehinds and
    ``^`` read the whole text); ``endpos`` hides ``text[hi]`` and what follows it, so it is exact when no match
    attempt reads there: the pattern consumes no character of ``cut`` (the caller's :func:`unconsumed`), matches
    no empty text, tests no end or word boundary (``$``, ``\Z``, ``\b``, ``\B``), and its lookaheads consume no
    character of ``cut`` — but for one that is a choice of single characters or the end, ``(?=[，。]|$)``, whose
    characters hold every cut character (at ``hi`` the end stands for the cut character, which that choice
    accepts: true either way; a line break inside a stretch would let ``$`` hold before it, so it must be a cut)."""
    key = (pattern.pattern, pattern.flags, cut)
    got = _CUT_EXACT.get(key)
    if got is None:
        got = False
        if isinstance(pattern.pattern, str) and not pattern.flags & (re.IGNORECASE | re.VERBOSE | re.LOCALE
                                                                        | re.MULTILINE):
            try:
                tree = _parser().parse(pattern.pattern, pattern.flags)
                got = tree.getwidth()[0] > 0 and _exact_items(tree, cut, pattern.flags)
            except (_Unknown, re.error, TypeError, ValueError, RecursionError):
                got = False
        _CUT_EXACT[key] = got
    return got


def _exact_items(items: Any, cut: str, flags: int) -> bool:
    for op, av in items:
        name = str(op)
        if name == "AT":
            if str(av) not in ("AT_BEGINNING", "AT_BEGINNING_STRING"):
                return False
        elif name in ("ASSERT", "ASSERT_NOT"):
            direction, sub = av
            if direction < 0:
                if not _exact_items(sub, cut, flags):     # (a lookbehind reads before its place: nothing cut)
                    return False
            elif not _exact_lookahead(sub, cut, flags):
                return False
        elif name == "SUBPATTERN":
            if av[1] or av[2] or not _exact_items(av[3], cut, flags):
                return False
        elif name == "ATOMIC_GROUP":
            if not _exact_items(av, cut, flags):
                return False
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            if not _exact_items(av[2], cut, flags):
                return False
        elif name == "BRANCH":
            if not all(_exact_items(alt, cut, flags) for alt in av[1]):
                return False
        elif name not in ("LITERAL", "NOT_LITERAL", "ANY", "IN", "GROUPREF"):
            return False
    return True


def _exact_lookahead(sub: Any, cut: str, flags: int) -> bool:
    items = list(sub)
    if len(items) == 1 and str(items[0][0]) == "BRANCH":
        alts = [list(alt) for alt in items[0][1][1]]
        ends = [alt for alt in alts if len(alt) == 1 and str(alt[0][0]) == "AT" and str(alt[0][1]) in _ENDS]
        if ends:
            chars = [alt for alt in alts if len(alt) == 1 and str(alt[0][0]) in ("LITERAL", "IN")]
            if len(ends) + len(chars) != len(alts) or "\n" not in cut:
                return False
            return all(any(_consumes(alt, c, flags) for alt in chars) for c in cut)
    return _exact_items(items, cut, flags) and not any(_consumes(items, c, flags) for c in cut)


_CUT_PATTERNS: "dict[str, Any]" = {}


#: the cuts of the text read last, by cut characters (several patterns of a reader cut the same text alike)
_CUT_ENDS: "dict[str, tuple]" = {}
#: stretches holding the part that cover less than this share of the text are scanned each by ``re`` (when exact):
#: scanning the whole text for the first set's characters would cost more than the stretches themselves
_SPARSE = 1 / 8


def _in_stretches(pattern: Any, text: str, part: Any, cut: str, anchor: Any) -> "Iterator[Any]":
    """The matches of :func:`stretch_finditer`: ``pattern`` is tried only in the stretches between cuts that hold a
    match of ``part`` — by ``pattern.finditer(text, lo, hi)`` in each when that is exact (:func:`_cut_exact`) and the
    pattern has no first set or the stretches are a small part of the text, else at its first set's hits there."""
    import bisect
    n = len(text)
    got = _CUT_ENDS.get(cut)
    if got is not None and got[0] is text:
        ends = got[1]
    else:
        cuts = _CUT_PATTERNS.get(cut)
        if cuts is None:
            cuts = _CUT_PATTERNS[cut] = re.compile("[" + re.escape(cut) + "]")
        found = map(_start, cuts.finditer(text))
        # every cut, in order; then the (lo, hi) of the stretches that hold ``part`` (machine integers in a long
        # text: a list of int objects takes 40 bytes a position)
        ends = array("q", found) if n > _HITS_TEXT_MAX else list(found)
        if n <= _HITS_TEXT_MAX:
            _CUT_ENDS[cut] = (text, ends)
    los: Any = array("q") if n > _HITS_TEXT_MAX else []
    his: Any = array("q") if n > _HITS_TEXT_MAX else []
    for h in map(_start, part.finditer(text)):
        if his and h < his[-1]:
            continue
        k = bisect.bisect_left(ends, h)
        los.append(ends[k - 1] + 1 if k else 0)
        his.append(ends[k] if k < len(ends) else n)
    del ends
    if not los:
        return
    if anchor is None or (sum(his) - sum(los) < n * _SPARSE and _cut_exact(pattern, cut)):
        scan = pattern.finditer
        nxt = 0
        for lo, hi in zip(los, his):
            for m in scan(text, max(lo, nxt), hi):
                yield m
                nxt = m.end()
        return
    starts = _hit_starts(anchor, text)
    match = pattern.match
    nxt = 0
    for lo, hi in zip(los, his):
        i = bisect.bisect_left(starts, max(lo, nxt))
        j = bisect.bisect_left(starts, hi)
        for a in starts[i:j]:
            if a < nxt:
                continue
            m = match(text, a)
            if m is not None:
                if m.end() == a:           # pragma: no cover - the first set excludes empty matches
                    raise ValueError("stretch_finditer: an empty match")
                yield m
                nxt = m.end()
