"""lazyre's second-character filter (``_pair_anchor``): a pattern is tried only where its first character stands
before a character its match can go on with — the same matches as ``finditer``, on patterns and texts generated
here and on the patterns lintgov scans with it."""
import random
import re

import pytest

from lintgov import lazyre

_ATOMS = ["a", "b", "c", "[ab]", "[bc]", r"\d", r"\s", "[^a]", "d", "。", "[一二]"]


def _piece(rng, depth):
    k = rng.random()
    if depth > 2 or k < 0.45:
        return rng.choice(_ATOMS)
    if k < 0.6:
        return "(?:" + "|".join(_seq(rng, depth + 1) for _ in range(rng.randint(2, 3))) + ")"
    if k < 0.7:
        return "(?:" + _seq(rng, depth + 1) + ")" + rng.choice(["?", "*", "+", "{0,2}", "{2}", "{1,3}?", "{0}"])
    if k < 0.8:
        return rng.choice(_ATOMS) + rng.choice(["?", "*", "+", "{2,3}", "*?"])
    if k < 0.88:
        return rng.choice(["(?<![ab])", "(?=[bc])", "(?!a)", "(?<=c)", "^", r"\b"])
    if k < 0.94:
        return "(" + _seq(rng, depth + 1) + ")"
    return "(?>" + _seq(rng, depth + 1) + ")"


def _seq(rng, depth=0):
    return "".join(_piece(rng, depth) for _ in range(rng.randint(1, 4)))


def test_second_characters_of_a_few_shapes():
    def second(p):
        out = []
        short = lazyre._second(list(lazyre._parser().parse(p)), out)
        chars = re.compile(lazyre._class(out)) if out else None
        return short, "".join(c for c in "abcdq" if chars and chars.match(c))

    assert second("ab") == (False, "b")
    assert second("a(?:b|c)d") == (False, "bc")
    assert second("a?b+c") == (False, "bc")                   # 'bc', 'bbc': b or c second; 'abc': b
    assert second("(?:a|bc)d") == (False, "cd")
    assert second("a(?:b|)") == (True, "b")                   # 'a' alone: what follows is the second
    assert second("(?<![x])a(?=q)b") == (False, "b")          # lookarounds pass over
    assert second("a{2,3}") == (False, "a")
    assert second("(?:ab)*cd") == (False, "bd")
    assert second("(?:ab)*c") == (True, "b")                  # 'c' alone: one character, no filter


@pytest.mark.parametrize("seed", range(6))
def test_pair_anchored_scan_is_finditer(seed):
    rng = random.Random(seed)
    alphabet = "aabbcd 。一二3\n"
    checked = 0
    for _ in range(400):
        src = _seq(rng)
        try:
            p = re.compile(src)
        except re.error:
            continue
        pair = lazyre._pair_anchor(p)
        if pair is None:
            continue
        for _ in range(3):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 120)))
            want = [(m.span(), m.groups()) for m in p.finditer(text)]
            if any(a == b for (a, b), _ in want):
                break                           # a pattern with empty matches: not for the anchored scan
            got = [(m.span(), m.groups()) for m in lazyre._class_anchored(p, text, pair)]
            assert got == want, (src, text)
            checked += 1
    assert checked > 100


def test_lintgov_patterns_scanned_with_the_pair_filter():
    from lintgov.claims import grammar, lists, stocks
    from rules import sums, temporal
    pats = [lazyre._compiled(v) for mod in (grammar, lists, stocks, sums, temporal) for v in vars(mod).values()
            if isinstance(v, (lazyre.LazyPattern, re.Pattern))]
    rng = random.Random(7)
    words = "一二两三四五六七八九十个项家所座条分别为依次是超过近约翻番倍增比较增长达到，。、（）《》“”：；1234567890.%年月日亿万元"
    text = "".join(rng.choice(words) for _ in range(6000))
    paired = 0
    for p in pats:
        if not isinstance(p.pattern, str) or lazyre._pair_anchor(p) is None:
            continue
        want = [(m.span(), m.groups()) for m in p.finditer(text)]
        if any(a == b for (a, b), _ in want):
            continue
        assert [(m.span(), m.groups()) for m in lazyre._class_anchored(p, text, lazyre._pair_anchor(p))] == want, \
            p.pattern
        paired += 1
    assert paired > 30
