"""The fast paths of issue 14 give exactly what the slow ones gave.

Each speed-up of a shared service keeps a plain reference implementation here and compares
the two on generated text (hypothesis) and on the seeds: a difference is a bug."""
import glob
import itertools
import os
import re
import subprocess
import sys

import pytest
from hypothesis import given, settings, strategies as st

from lintgov import recache, scripts
from lintgov.document import Document
from lintgov.names import TermMatcher, one_edit
from lintgov.textfold import Translation

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = sorted(glob.glob(os.path.join(ROOT, "seeds", "*.txt")))
ALPHABET = "０１２３４５６７８９．％0123456789.%国人民共和中华發展关於们这个为的，。、 \n《》“”"


# -- textfold ---------------------------------------------------------------------------------
@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=600))
def test_translation_is_str_translate(text):
    table = str.maketrans("０１２３４５６７８９．％發關於們這個為", "0123456789.%发关于们这个为")
    assert Translation(table)(text) == text.translate(table)


def test_translation_deletes_and_expands():
    table = {ord("a"): None, ord("b"): "xyz"}
    text = "ab" * 300 + "中" * 300
    assert Translation(table)(text) == text.translate(table)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET + "𪨶\U0010ffffé", max_size=600))
def test_lean_translation_is_str_translate(text):
    # the one-pass translation of long texts: the same string, whatever the table and the characters (past the end
    # of its list table too)
    for table in (str.maketrans("０１２３４５６７８９．％發關於們這個為", "0123456789.%发关于们这个为"),
                  {ord("a"): None, ord("国"): "xyz", ord("％"): "𪨶"}, {}):
        t = Translation(table)
        assert t.lean(text) == t.sized(text) == text.translate(table)


def test_sized_translation_of_a_long_text(monkeypatch):
    from lintgov import textfold
    t = Translation(str.maketrans("０１２", "012"))
    text = "国１人" * 1000 + "𪨶" + "民" * 500
    calls = []
    monkeypatch.setattr(textfold, "LEAN", 1000)
    monkeypatch.setattr(Translation, "lean", lambda self, s: calls.append(len(s)) or s.translate(self.table))
    assert t.sized(text) == text.translate(t.table) and calls == [len(text)]
    assert t.sized(text[:999]) == text[:999].translate(t.table) and calls == [len(text)]


def test_lean_translation_keeps_a_text_without_its_characters():
    plain = "国人民" * 1000
    assert Translation(str.maketrans("０", "0")).lean(plain) is plain


# -- script profile: translate path and regex path count alike ------------------------------
@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="发專专發国國人的，\n漢汉ab〇々⺀𠀀", max_size=400), st.integers(0, 50), st.integers(0, 50))
def test_charset_count_paths_agree(text, a, b):
    fast = scripts.CharSet(scripts.SIMPLIFIED)
    fast._seen = scripts._TRANSLATE_BUDGET      # compiled class
    slow = scripts.CharSet(scripts.SIMPLIFIED)  # str.translate
    end = max(a, len(text) - b)
    assert fast.count(text, a, end) == slow.count(text, a, end) == sum(c in slow.chars for c in text[a:end])
    assert fast.search(text) == slow.search(text)
    for dense in (True, False):                 # runs of the set's characters, or of the others
        fast._dense = dense
        assert fast.count(text, a, end) == slow.count(text, a, end)
        assert fast.count(text, a, len(text) + 5) == slow.count(text, a, len(text) + 5)
    han = scripts.profile_text(text, a, end).han
    assert han == len(scripts.HAN_RE.findall(text[a:end]))


# -- the dominant script, counted until certain: the profile's answer -------------------------
@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="发專专發国國人的，\n漢汉ab", max_size=9000), st.integers(1, 64))
def test_dominant_script_of_is_the_profiles(text, piece):
    old = scripts._DOMINANT_PIECE
    scripts._DOMINANT_PIECE = piece      # small pieces: the early stop is tried at many places
    try:
        assert scripts.dominant_script_of(text) == scripts.profile_text(text).dominant
    finally:
        scripts._DOMINANT_PIECE = old


def test_dominant_script_of_on_seeds_and_mixed_texts():
    texts = [open(p, encoding="utf-8").read() for p in SEEDS]
    texts += ["發展" * 3000 + "发展" * 2999, "发展" * 3000 + "發展" * 3000, "发" * 5000 + "發" * 5001, ""]
    for text in texts:
        assert scripts.dominant_script_of(text) == scripts.profile_text(text).dominant
        doc = Document(text)
        assert doc.script == scripts.profile_text(text).dominant   # before the profile is read
        doc.script_profile
        assert doc.script == doc.script_profile.dominant


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="們这個为為國国人的，\n發发ab", max_size=3000), st.integers(1, 64))
def test_mostly_traditional_is_the_marker_counts(text, piece):
    from lintgov.claims import grammar
    old = grammar._MARKER_PIECE
    grammar._MARKER_PIECE = piece
    try:
        sample = text[:20000]
        trad = sum(sample.count(c) for c in grammar._TRAD_MARKERS)
        simp = sum(sample.count(c) for c in grammar._SIMP_MARKERS)
        assert grammar._mostly_traditional(text) == (trad > simp)
    finally:
        grammar._MARKER_PIECE = old


# -- Document.masked_char_in: what the masked copy holds there, without the copy ----------------
@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["中文", "\n", " a@b.cn ", "http://x.cn/a\nb", "\ue000", "，", "12"]), max_size=30),
       st.lists(st.tuples(st.integers(0, 80), st.integers(0, 30)), max_size=4), st.integers(0, 90), st.integers(0, 40))
def test_masked_char_in_is_the_masked_texts(parts, codes, s, n):
    from lintgov.document import MASK_CHAR, Mask
    text = "".join(parts)
    extra = [Mask(min(a, len(text)), min(a + b, len(text)), "code") for a, b in codes]
    kinds = frozenset({"url", "email", "code"})
    doc = Document(text, extra_masks=extra)
    e = min(len(text), s + n)
    s = min(s, e)
    want = MASK_CHAR in Document(text, extra_masks=extra).masked(kinds)[s:e]
    assert doc.masked_char_in(s, e, kinds) == want
    doc.masked(kinds)                       # and once the copy is made
    assert doc.masked_char_in(s, e, kinds) == want


# -- TermMatcher: the prefilter drops no window ------------------------------------------------
TERMS = ["中华人民共和国", "法治政府建设", "习近平法治思想", "社会主义", "一网统管", "人民代表大会", "国务院"]


def _reference_find(terms, text):
    """Every window one edit from a term (the definition, by brute force)."""
    out = set()
    for t in terms:
        n = len(t)
        for s in range(len(text)):
            for ln in (n, n - 1, n + 1):
                if s + ln > len(text):
                    continue
                e = one_edit(t, text[s:s + ln])
                if e is None or e.kind == "ins":
                    continue
                if e.kind == "dup" and (text.startswith(t, s) or text.startswith(t, s + 1)):
                    continue
                out.add((s, s + ln, t, e))
    return out


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(TERMS + ["人民", "社会", "的", "国", "法治", "和国", "中华人民和国", "法治政府府建设",
                                         "习近平法制思想", "一网管", "社会注义"]), max_size=25))
def test_term_matcher_finds_every_near_miss(parts):
    text = "".join(parts)
    found = TermMatcher(TERMS).find(text)
    got = {(m.start, m.end, m.term, m.edit) for m in found}
    assert got == _reference_find(TERMS, text)
    # each once (a window reached from both halves of a term is one near miss), by start, longer terms first
    assert len(found) == len(got)
    assert [(m.start, -len(m.term)) for m in found] == sorted((m.start, -len(m.term)) for m in found)


# -- is_masked ----------------------------------------------------------------------------
@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="《》“”abc〔2023〕5号 \n", max_size=200), st.integers(0, 200), st.integers(0, 5))
def test_is_masked_matches_scan(text, start, width):
    doc = Document(text)
    for kinds in (("title",), ("quote", "docno"), ("title", "quote", "url")):
        want = any(m.kind in kinds and m.start < start + width + 1 and start < m.end for m in doc.masks)
        assert doc.is_masked(start, start + width + 1, kinds) == want


# -- document masks: the fast scans find what the plain patterns find ----------------------------
MASK_ALPHABET = "国务院办公厅京政发字第号〔〕[]［］【】（）() 2019203056号a@b.cn-0123414 5678http://x.cnwww.y\n"


def _plain_masks(text):
    from lintgov.document import _MASK_PATTERNS
    return [[m.span() for m in pat.finditer(text)] for _, pat in _MASK_PATTERNS]


def _fast_masks(text):
    from lintgov.document import _MASK_PATTERNS, _mask_matches
    return [[m.span() for m in _mask_matches(kind, pat, text)] for kind, pat in _MASK_PATTERNS]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=MASK_ALPHABET, max_size=300))
def test_mask_scans_are_finditer(text):
    assert _fast_masks(text) == _plain_masks(text)


def test_mask_scans_on_document_numbers_and_long_text():
    from lintgov import lazyre
    text = ("国" * 20 + "〔2019〕28号厅字〔2019〕28号京政发[2023]5号，〔2023〕第5号(2023)京0112行初123号 "
            "电话010-12345678、13812345678，400-123-4567，12345热线，邮箱 ab.c@gov.cn，http://www.gov.cn/a ")
    assert any(_fast_masks(text))
    assert _fast_masks(text) == _plain_masks(text)
    long = text * (lazyre._READ_AFTER // len(text) + 2)     # past the point where the anchored scan starts
    assert _fast_masks(long) == _plain_masks(long)
    for seed in SEEDS:
        with open(seed, encoding="utf-8") as fh:
            t = fh.read()
        assert _fast_masks(t) == _plain_masks(t)


# -- compiled-pattern cache -------------------------------------------------------------------
PATTERNS = [r"(?<![\d.])(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?P<unit>万|亿)?", r"[一二三四五六七八九十]{1,3}、", r"(?i)todo\b",
            r"(?P<a>x)(?P=a)+"]


def test_pattern_cache_replays_identical_patterns(tmp_path):
    code = (
        "import re, sys, json\n"
        "from lintgov import recache\n"
        "recache.install()\n"
        f"pats = {PATTERNS!r}\n"
        "out = []\n"
        "for p in pats:\n"
        "    c = re.compile(p)\n"
        "    out.append([c.pattern, c.flags, c.groups, sorted(c.groupindex.items()),\n"
        "                [(m.span(), m.groups()) for m in c.finditer('1,234.5万 TODO 三、xx 99 a12亿 Todo')]])\n"
        "recache.save()\n"
        "print(json.dumps([out, len(recache._entries), len(recache._new)]))\n")
    env = dict(os.environ, LINTGOV_CACHE_DIR=str(tmp_path))
    env.pop("LINTGOV_NO_PATTERN_CACHE", None)
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    files = list(tmp_path.iterdir())
    assert len(files) == 1 and files[0].name.startswith("patterns-")
    second = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    import json
    a, b = json.loads(first.stdout), json.loads(second.stdout)
    assert a[0] == b[0]                  # same patterns, same matches
    assert b[2] == 0 and b[1] >= len(PATTERNS)   # the second process compiled nothing new
    # the same matches as an uncached re
    for p, got in zip(PATTERNS, a[0]):
        c = re.compile(p)
        assert got[4] == [[list(m.span()), list(m.groups())] for m in c.finditer("1,234.5万 TODO 三、xx 99 a12亿 Todo")]


def test_pattern_cache_is_not_rewritten_when_nothing_is_new(tmp_path):
    """A start that found every pattern in the file writes nothing (rewriting it cost ~15 ms a
    start), and the file keeps one marshal string per entry, read when a pattern asks for it."""
    code = ("import re\nfrom lintgov import recache\nrecache.install()\n"
            f"pats = {PATTERNS!r}\n"
            "print([re.compile(p).pattern for p in pats], len(recache._new))\n"
            "recache.save()\n")
    env = dict(os.environ, LINTGOV_CACHE_DIR=str(tmp_path))
    env.pop("LINTGOV_NO_PATTERN_CACHE", None)
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    (path,) = list(tmp_path.iterdir())
    before = path.stat()
    second = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    after = path.stat()
    assert second.stdout.split("]")[0] == first.stdout.split("]")[0]
    assert second.stdout.strip().endswith(" 0")            # nothing compiled anew
    assert (after.st_mtime_ns, after.st_ino, after.st_size) == (before.st_mtime_ns, before.st_ino, before.st_size)
    import marshal
    raw = path.read_bytes()
    assert raw.startswith(recache._MAGIC)
    n = int.from_bytes(raw[len(recache._MAGIC):len(recache._MAGIC) + 8], "little")
    index = marshal.loads(raw[len(recache._MAGIC) + 8:len(recache._MAGIC) + 8 + n])
    keys, offsets = index["re"]
    assert all(type(k) is bytes for k in keys) and len(keys) >= len(PATTERNS)
    # each entry is its own marshal string: the arguments re's compiler gave the _sre engine
    import array
    off = array.array("Q")
    off.frombytes(offsets)
    data = raw[len(recache._MAGIC) + 8 + n:]
    assert len(off) == len(keys) + 1 and off[-1] == len(data)
    from re import _compiler
    compile_ = recache._orig_compile or _compiler.compile     # re's own compiler, hooked or not
    for i, k in enumerate(keys):
        args = marshal.loads(data[off[i]:off[i + 1]])
        assert type(args) is tuple and args[0] == k.split(b"\0", 1)[1].decode("utf-8", "surrogatepass")
        # the engine code is stored as the bytes of an array of _sre code units (format 4): the list re's
        # compiler hands to _sre.compile, read back in one C call
        assert type(args[2]) is bytes
        units = array.array(recache._CODE_TYPE)
        units.frombytes(args[2])
        rec = recache._Recorder()
        _compiler._sre = rec
        try:
            compile_(args[0], int(k[1:k.index(b"\0")]))
        finally:
            _compiler._sre = recache._sre
        assert units.tolist() == rec.calls[0][2] and args[3:] == tuple(rec.calls[0][3:])


def test_pattern_cache_survives_a_damaged_file(tmp_path):
    env = dict(os.environ, LINTGOV_CACHE_DIR=str(tmp_path))
    env.pop("LINTGOV_NO_PATTERN_CACHE", None)
    code = "from lintgov import recache; recache.install(); import re; print(re.compile('a+b').findall('aab ab'))"
    subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True)
    tag = recache._cache_file().rsplit(os.sep, 1)[1]
    (tmp_path / tag).write_bytes(b"\x00garbage")
    r = subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True)
    assert r.stdout.strip() == "['aab', 'ab']"


def test_pattern_cache_damaged_entries_and_older_layouts(tmp_path):
    """Entries whose bytes were damaged are compiled again; a file of an older layout (one marshal dict) is
    read as empty and replaced; str and bytes patterns of the same text are distinct entries."""
    import marshal
    env = dict(os.environ, LINTGOV_CACHE_DIR=str(tmp_path))
    env.pop("LINTGOV_NO_PATTERN_CACHE", None)
    code = ("from lintgov import recache; recache.install(); import re, json\n"
            "a = re.compile('a+b').findall('aab ab'); b = re.compile(b'a+b').findall(b'aab')\n"
            "n = len(recache._new); recache.save(); print(json.dumps([a, [x.decode() for x in b], n]))")
    run = lambda: subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True).stdout
    import json
    first = json.loads(run())
    assert first[:2] == [["aab", "ab"], ["aab"]] and first[2] >= 2
    assert json.loads(run()) == [["aab", "ab"], ["aab"], 0]
    (path,) = list(tmp_path.iterdir())
    raw = bytearray(path.read_bytes())
    raw[-6:] = b"\xff" * 6          # the last entry's bytes
    path.write_bytes(bytes(raw))
    assert json.loads(run())[:2] == [["aab", "ab"], ["aab"]]
    path.write_bytes(marshal.dumps({"format": 2, "re": {("a+b", 0): b"x"}}))
    assert json.loads(run()) == first
    assert path.read_bytes().startswith(recache._MAGIC)


def test_pattern_cache_off(tmp_path):
    env = dict(os.environ, LINTGOV_CACHE_DIR=str(tmp_path), LINTGOV_NO_PATTERN_CACHE="1")
    code = "from lintgov import recache; recache.install(); import re; re.compile('q+z'); recache.save()"
    subprocess.run([sys.executable, "-c", code], env=env, check=True)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("seed", SEEDS[:2])
def test_seed_output_with_and_without_pattern_cache(seed, tmp_path):
    """The console script prints the same with a cold cache, a warm cache and no cache."""
    lintgov = os.path.join(os.path.dirname(sys.executable), "lintgov")
    outs = []
    for extra in ({}, {}, {"LINTGOV_NO_PATTERN_CACHE": "1"}):
        env = dict(os.environ, LINTGOV_CACHE_DIR=str(tmp_path), **extra)
        r = subprocess.run([lintgov, "check", "--output-format", "json", "--no-plugins", seed],
                           capture_output=True, text=True, env=env)
        outs.append(r.stdout)
    assert outs[0] == outs[1] == outs[2] and '"findings"' in outs[0]


# -- anchored scanning (lazyre.finditer): the same matches as finditer -------------------------
def _anchored_patterns():
    from lintgov import quantities
    from lintgov.rules import number_usage, placeholders, structure, temporal
    from lintgov import scripts
    pats = [scripts._STRONG_RE, scripts._LONE_Q_RE, scripts._TOKENS_RE, quantities._QTY, quantities._CN_QTY, number_usage._MIXED, number_usage._RANGE_PCT, number_usage._RANGE_SCALE,
            number_usage._YEARS_GLUED, number_usage._DEC_SCALED, number_usage._DEC_PLAIN, number_usage._YU_BEFORE_SCALE,
            placeholders._XRUN, placeholders._BARE, structure._RATIO, temporal._DOTTED, temporal._DAY_RANGE,
            temporal._YMD, temporal._MD, temporal._GLUED]
    out = []
    for p in pats:
        if hasattr(p, "_args"):
            p.pattern  # noqa: B018
            p = p.search.__self__
        out.append(p)
    return out


NUMBERY = ["2023", "年", "12", "月", "3", "日", ".", "．", "-", "/", "约", "近", "3.5", "万", "余", "亿", "多", "件", "%",
           "至", "～", "：", "1,234", "一千", "二〇二三", "三十", "百分之", "点", "个", "TODO", "***", "XX", "×",
           "十", "千", "，", "。", " ", "\n", "第", "余万", "20212025", "人次", "x"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(NUMBERY), max_size=60), st.integers(1, 40))
def test_anchored_finditer_is_finditer(parts, reps):
    from lintgov import lazyre
    text = "".join(parts) * (reps * 5 if reps > 30 else 1)   # sometimes past lazyre.finditer's 2,000 characters
    for p in _anchored_patterns():
        assert lazyre.first_set(p) is not None, p.pattern
        want = [(m.span(), m.groups()) for m in p.finditer(text)]
        got = [(m.span(), m.groups()) for m in lazyre.anchored_finditer(p, text, lazyre.first_set(p))]
        assert got == want, p.pattern
        assert [(m.span(), m.groups()) for m in lazyre.finditer(p, text)] == want
        assert [(m.span(), m.groups()) for m in lazyre._class_anchored(p, text, lazyre._anchor(p)[0])] == want


@pytest.mark.parametrize("pattern", [r"(?<!a)(?:b|c)+", r"(?:x)?\d+", r"\bab|(?=c)cd", r"a*b?c", r"(?i)abc", r"."])
def test_first_set(pattern):
    from lintgov import lazyre
    c = re.compile(pattern)
    fs = lazyre.first_set(c)
    if pattern in (r"a*b?c",):
        assert fs is not None and fs.pattern == "[abc]"
    if pattern in (r"(?i)abc", r"."):   # case-insensitive, or any character: not read
        assert fs is None
    if fs is not None:
        text = "xab1cd2bcc ac ab" * 200
        assert [m.span() for m in lazyre.anchored_finditer(c, text, fs)] == [m.span() for m in c.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["》", "（", "(", " ", "开州委法", "2023", "9", "号", "）", "。", "国办发", "19", "20", "苏政",
                                 "\n", "发", "12345"]), max_size=40))
def test_document_number_anchor(parts):
    from lintgov import lazyre
    from lintgov.rules import typography as ty
    text = "".join(parts)
    want = [(m.span(), m.groups()) for m in ty._DOCNO_BROKEN.finditer(text)]
    assert [(m.span(), m.groups()) for m in lazyre.anchored_finditer(ty._DOCNO_BROKEN, text, ty._DOCNO_ANCHOR, back=8)] == want


def test_regional_conversion_by_variant_step():
    """_standard_word converts with s2t then t2tw/t2hk instead of loading s2tw/s2hk: the same words."""
    from lintgov.scripts import converter
    words = set()
    for seed in SEEDS:
        text = open(seed, encoding="utf-8").read()
        simp = converter("t2s").convert(text)
        for n in (2, 3, 4):
            words.update(simp[i:i + n] for i in range(0, len(simp) - n, 7))
    words = [w for w in words if all("\u3400" <= c <= "\u9fff" for c in w)][:3000]
    for full, step in (("s2tw", "t2tw"), ("s2hk", "t2hk")):
        assert [converter(full).convert(w) for w in words] == \
            [converter(step).convert(converter("s2t").convert(w)) for w in words]


def test_long_texts_in_pieces(monkeypatch):
    """OpenCC conversion and the script counts of a long text, done in pieces, equal the whole."""
    from lintgov.scripts import converter
    text = "\n".join(open(s, encoding="utf-8").read() for s in SEEDS)
    whole = {c: converter(c).convert(text) for c in ("t2s", "s2t")}
    prof = scripts.profile_text(text)
    monkeypatch.setattr(scripts, "_CONVERT_PIECE", 300)
    monkeypatch.setattr(scripts, "_COUNT_PIECE", 97)
    for c in ("t2s", "s2t"):
        assert scripts._convert(c, text) == whole[c]
    assert scripts.profile_text(text) == prof
    assert scripts.profile_text(text, 10, 5000) == scripts.profile_text(text[10:5000])


def test_dataclass_code_cache(tmp_path):
    """Dataclasses built from stored code objects behave as when dataclasses compiles them."""
    code = (
        "from lintgov import recache\n"
        "recache.install()\n"
        "import dataclasses, json\n"
        "@dataclasses.dataclass(frozen=True)\n"
        "class P:\n"
        "    a: int\n"
        "    b: str = 'x'\n"
        "p = P(1)\n"
        "try:\n"
        "    p.a = 2\n"
        "    frozen = False\n"
        "except dataclasses.FrozenInstanceError:\n"
        "    frozen = True\n"
        "recache.save()\n"
        "print(json.dumps([repr(p), p == P(1, 'x'), p == P(2), hash(p) == hash(P(1)), frozen, len(recache._code_used)]))\n")
    env = dict(os.environ, LINTGOV_CACHE_DIR=str(tmp_path))
    env.pop("LINTGOV_NO_PATTERN_CACHE", None)
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout
            for _ in range(2)]
    import json
    first, second = json.loads(runs[0]), json.loads(runs[1])
    assert first[:5] == second[:5] == ["P(a=1, b='x')", True, False, True, True]
    assert first[5] == 0 and second[5] > 0       # the second process ran stored code


# -- SARIF line hashes: map/sum over an array of UTF-16 units = fingerprints.ts, unit by unit --------
@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab \t\n中国，。😀\r", max_size=400), st.integers(1, 3))
def test_line_hashes_match_reference(text, reps):
    from lintgov.fingerprints import line_hashes, line_hashes_reference
    text = text * reps
    assert line_hashes(text) == line_hashes_reference(text)


def test_line_hashes_match_reference_on_seeds():
    from lintgov.fingerprints import line_hashes, line_hashes_reference
    for seed in SEEDS:
        text = open(seed, encoding="utf-8").read()
        assert line_hashes(text) == line_hashes_reference(text)
    long = "x" * 99 + "\n" + "y" * 100 + "\n" + "z" * 101 + "\n\n" + "x" * 99 + "\n"
    assert line_hashes(long) == line_hashes_reference(long)


def test_views_without_line_hashes_are_otherwise_the_same():
    from lintgov.engine import lint_paths
    from lintgov.config import Settings
    from lintgov.formatters.views import build_views
    from lintgov.plugins import build_registry
    reg = build_registry(load_entry_points=False)
    run = lint_paths(SEEDS[:2], reg, Settings(), {}, keep_documents=True)
    assert run.findings
    by_doc = {}
    for f in run.findings:
        by_doc.setdefault(id(f.doc), []).append(f)
    for fs in by_doc.values():
        full, lean = build_views(fs), build_views(fs, line_hashes=False)
        assert all(v.line_hash for v in full) and not any(v.line_hash for v in lean)
        # (the regions of the fixes' edits, which only SARIF prints, are left out too, and so are SARIF's
        # regions and context snippets of the findings and their related locations)
        assert any(v.fix_regions for v in full) and not any(v.fix_regions for v in lean)
        assert all(v.sreg for v in full) and not any(v.sreg or v.ctx for v in lean)
        for a, b in zip(full, lean):
            a.line_hash = None
            a.fix_regions = []
            a.sreg, a.ctx = (), None
            for r in a.related:
                r.sreg = ()
            assert a == b


# -- name spans around an edit = the document's spans there ----------------------------------------
NAMEY = ["区长", "范晓东", "同志", "、", "余建国", "等", "姓名", "：", "\n", " ", "濛溪河", "昇腾", "“", "於建国", "”",
         "范围", "于是", "，", "。", "副區長", "周年", "云", "联系人", ":", "\u3000", "(", "主任", "沈"]


def _check_spans_near(doc, cuts):
    from lintgov.namespans import overlapping, spans_near, spans_of
    whole = spans_of(doc)
    n = len(doc.text)
    for a, b in cuts:
        a, b = min(a, n), min(max(a, b), n)
        assert overlapping(spans_near(doc, a, b), a, b) == overlapping(whole, a, b), (a, b)
        lo, hi = min(a, n), b
        near = spans_near(doc, lo, hi)
        # every span of the window is one of the document's (no span is cut or invented)
        assert all(s in whole for s in near)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(NAMEY), max_size=50), st.lists(st.tuples(st.integers(0, 200), st.integers(0, 200)), max_size=8))
def test_spans_near_agree_with_spans_of(parts, cuts):
    text = "".join(parts)
    doc = Document("x.txt", text)
    _check_spans_near(doc, cuts)


def test_spans_near_on_seeds():
    import random
    rnd = random.Random(14)
    for seed in SEEDS:
        doc = Document(seed, open(seed, encoding="utf-8").read())
        n = len(doc.text)
        cuts = [(x, x + rnd.randint(0, 6)) for x in (rnd.randrange(n) for _ in range(300))]
        _check_spans_near(doc, cuts)


# -- change claims: lazyre.finditer over the skeleton = finditer --------------------------------------
CHANGEY = ["\ue010", "\ue011", "\ue011\ue011", "比上年", "同比", "环比", "较", "增长", "下降", "了", "为", "达到", "，", "、", "（",
           "）", "上年为", "2022年", "由", "从", "增加到", "降至", "是上年的", "倍", "翻一番", "提高", "百分点", " ", "。", "\n",
           "与上年相比", "的", "增", "减少", "相比", "至", "到"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(CHANGEY), max_size=80))
def test_change_patterns_anchored(parts):
    from lintgov import lazyre
    from lintgov.claims import grammar
    text = "".join(parts)
    for lp in (grammar._CHANGE, grammar._TRANSITION, grammar._TIMES_OF, grammar._FAN):
        lp.pattern  # noqa: B018 - compiles it
        p = lp.search.__self__
        fs, runs = lazyre._anchor(p)
        assert fs is not None, p.pattern
        want = [(m.span(), m.groups()) for m in p.finditer(text)]
        assert [(m.span(), m.groups()) for m in lazyre.anchored_finditer(p, text, fs, runs=runs)] == want
        assert [(m.span(), m.groups()) for m in lazyre._class_anchored(p, text, fs)] == want


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(NUMBERY + CHANGEY + ["新增", "净增", "由", "从", "翻了一番", "平均", "年均", "分别为"]),
                max_size=120))
def test_pair_anchor_hits_by_find_are_finditer(parts):
    """A pair anchor ``[F](?=[S])`` whose F is a few characters is read with ``str.find`` where they are rare: the
    places of F's characters followed by one of S, which are the starts ``finditer`` gives; the patterns' matches
    through those hits are ``finditer``'s."""
    from lintgov import lazyre
    from lintgov.claims import grammar
    text = "".join(parts)
    pats = [lazyre._compiled(lp) for lp in (grammar._FAN, grammar._TRANSITION, grammar._CHANGE)] + _anchored_patterns()
    pairs = [lazyre._pair_anchor(p) for p in pats]
    assert any(a in lazyre._PAIR_PARTS for a in pairs if a is not None)
    for anchor in lazyre._PAIR_PARTS:
        want = [m.start() for m in anchor.finditer(text)]
        got = lazyre._sparse_pair_starts(lazyre._PAIR_PARTS[anchor], text)
        assert got is None or got == want, anchor.pattern
        lazyre._HITS.clear()
        assert list(lazyre._hit_starts(anchor, text)) == want
    lazyre._HITS.clear()
    for p in pats:
        assert [(m.span(), m.groups()) for m in lazyre.finditer(p, text)] == \
            [(m.span(), m.groups()) for m in p.finditer(text)], p.pattern


def test_first_set_through_a_lookahead():
    """A lookahead that consumes a character, followed by what cannot match the empty string, bounds the first
    character of a match: the narrower of the two first sets is the pattern's (是三年前的2倍 / 为2019年的: a multiple whose
    verb the extractor took into the span of years ago opens with its figure, not with any Han character)."""
    from lintgov import lazyre
    from lintgov.claims import grammar
    p = re.compile("(?:是|为|(?=\\d+年前))[\u4e00-\u9fff]{0,4}?\\d+年前")
    fs = lazyre.first_set(p)
    assert fs is not None and all(fs.match(c) for c in "是为5") and not any(fs.match(c) for c in "年前的改")
    # (a nullable lookahead, or one followed by what may be empty, bounds nothing: read as before)
    assert lazyre.first_set(re.compile("(?:是|(?=\\d*))年")).match("年")
    assert lazyre.first_set(re.compile("(?=\\d)\\d*")) is None
    times = lazyre.first_set(lazyre._compiled(grammar._TIMES_OF))
    assert times.match(grammar.QTOK) and times.match("是") and not times.match("改") and not times.match("的")
    text = "为" + "的改革前" * 3 + "是2019年前的3倍，" + "5年前为8万" * 3
    assert [m.span() for m in lazyre.finditer(p, text * 3000)] == [m.span() for m in p.finditer(text * 3000)]


def test_dense_anchor_is_scanned_by_re(monkeypatch):
    """An anchor that starts at more than a quarter of a long text's characters (a first set that holds the Han
    characters) is not read hit by hit: after the first long text the pattern is scanned by ``re`` itself, with the
    same matches; a sparse anchor (a digit run after a lookbehind) keeps its anchored scan."""
    from lintgov import lazyre
    from lintgov.rules import temporal
    monkeypatch.setattr(lazyre, "_DENSE", {})
    q = "\ue010\ue011\ue011"
    text = ("水利工程完成投资" + q + "，是机构改革前的" + q + "倍，全市新建堤防" + q + "，调整前的" + q + "。") * 200
    # a change against the time before a reform (是改革前的2.6倍): its first set holds every Han character
    dense = re.compile("(?:(?P<verb>是|为)|(?<=，))(?P<cmp>[\u4e00-\u9fff]{0,6}?(?:改革|调整)前)的(?P<amt>\ue010\ue011*)倍?")
    lazyre._anchor(dense)            # its first set read (as after a corpus's first 40,000 characters)
    want = [(m.span(), m.groups()) for m in dense.finditer(text)]
    assert want
    for _ in range(2):
        assert [(m.span(), m.groups()) for m in lazyre.finditer(dense, text)] == want
    fs, runs = lazyre._anchor(dense)
    assert lazyre._DENSE.get(lazyre._pair_anchor(dense) or fs) is True
    assert isinstance(lazyre.finditer(dense, text), type(dense.finditer("")))   # re's own iterator
    sparse = lazyre._compiled(temporal._MD)
    lazyre._anchor(sparse)
    other = ("12月3日召开会议，" + "审议通过条例草案" * 40) * 20
    got = [m.span() for m in lazyre.finditer(sparse, other)]
    assert got == [m.span() for m in sparse.finditer(other)] and got
    assert not any(v for k, v in lazyre._DENSE.items() if k is not lazyre._pair_anchor(dense) and k is not fs)
    assert not isinstance(lazyre.finditer(sparse, other), type(sparse.finditer("")))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(CHANGEY + ["；", "多受理", "少", "幅度为", "！", "名义", "有所增加"]), max_size=80))
def test_change_claims_tried_only_in_stretches_with_a_verb_and_amount(parts):
    from lintgov import lazyre
    from lintgov.claims import grammar
    text = "".join(parts)
    grammar._CHANGE.pattern  # noqa: B018 - compiles it
    p = grammar._CHANGE.search.__self__
    # the cuts: a change claim never crosses a sentence end.  (It may cross a ；: 办结2,146件；上年同期为1,980件，同比增长8.4%
    # reads last year's value after the ；, cross22 — the stretches are cut at 。 only, and still find every match)
    assert lazyre.unconsumed(p, lazyre.STOPS) == "。"
    want = [(m.span(), m.groups()) for m in p.finditer(text)]
    assert [(m.span(), m.groups()) for m in lazyre.stretch_finditer(p, text, grammar._CHANGE_PART)] == want


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="12１２共已a?\ue010 。", max_size=400), st.sampled_from(["[12]", "[12]+", "[1１2２]+", "[共已]", "[\ue010]",
                                                                               "[\\?]", "[a-c]+", "[\\d]+", "[共]+"]))
def test_hit_starts_by_find_are_the_class_search(text, anchor):
    from lintgov import lazyre
    a = re.compile(anchor)
    for t in (text, "汉" * (20 * len(text)) + text, text.replace(" ", "汉" * 40)):    # dense, then rare (read by find)
        want = [m.start() for m in a.finditer(t)]     # (a run anchor: where each run starts)
        lazyre._HITS.clear()
        assert lazyre._hit_starts(a, t) == want
    assert bool(lazyre._literals(a)) == (anchor != "[\\d]+")       # (a category is not a list of characters)
    if lazyre._literals(a):
        assert lazyre._sparse_starts(a, lazyre._literals(a), "汉" * (20 * len(text)) + text) is not None


def test_unconsumed_reads_classes_and_lookarounds():
    from lintgov import lazyre
    assert lazyre.unconsumed(re.compile(r"(?<=。)a[^。b]+\s*c(?!；)"), "。；b\n") == "。b"
    assert lazyre.unconsumed(re.compile(r"a.c"), "。\n") == "\n"
    assert lazyre.unconsumed(re.compile(r"(?s)a.c"), "。\n") == ""
    assert lazyre.unconsumed(re.compile(r"a\Wc|d\D"), "。1") == "1"
    assert lazyre.unconsumed(re.compile(r"a\wc"), "。1") == "。"
    assert lazyre.unconsumed(re.compile(r"(?i)abc"), "。") == ""           # not read: nothing is cut


def test_stretch_finditer_falls_back_without_cuts():
    from lintgov import lazyre
    p, part = re.compile(r"x.*?y\d"), re.compile(r"y\d")
    text = "x。y1 x\ny2 xy3"
    assert [m.span() for m in lazyre.stretch_finditer(p, text, part)] == [m.span() for m in p.finditer(text)]


# -- copied paragraphs (LGA41): last year's grams indexed only where this year looks ---------------
def _copied_pairs_reference(doc, prior, min_chars, threshold):
    """copied_pairs as first written: every 4-character slice of last year's report indexed, counts made per
    candidate; the three candidates with most shared grams, of equal counts the earliest paragraph."""
    import itertools
    from collections import Counter
    from lintgov.rules import copies

    def grams(t):
        return {t[i:i + 4] for i in range(len(t) - 3)}

    mine, theirs = copies._paragraphs(doc, min_chars), copies._paragraphs(prior, min_chars)
    exact, index, gram_sets = {}, {}, []
    for j, (_, _, t) in enumerate(theirs):
        exact.setdefault(t, j)
        g = grams(t)
        gram_sets.append(g)
        for x in g:
            index.setdefault(x, []).append(j)
    common = max(20, len(theirs) // 5)
    index = {x: lst for x, lst in index.items() if len(lst) <= common}
    out = []
    for s, e, t in mine:
        j = exact.get(t)
        if j is not None:
            out.append((s, e, theirs[j][0], theirs[j][1], 1.0))
            continue
        g = grams(t)
        votes = Counter(itertools.chain.from_iterable(filter(None, map(index.get, g))))
        best, best_sim = None, 0.0
        for j, _ in sorted(votes.items(), key=lambda jv: (-jv[1], jv[0]))[:3]:
            sim = copies._similarity(t, theirs[j][2], g, gram_sets[j])
            if sim > best_sim:
                best, best_sim = j, sim
        if best is not None and best_sim >= threshold:
            out.append((s, e, theirs[best][0], theirs[best][1], best_sim))
    return out


PARAS = ["2023年，我区坚持依法行政，全面推进严格规范公正文明执法。", "持续优化法治化营商环境，加快建设法治政府。",
         "办理行政复议案件512件，较上年增长12%。", "2024年，我区将继续深入学习贯彻习近平法治思想。", "一、主要工作",
         "完善复议与诉讼衔接机制，提升行政执法质量。", "推进政务公开，", "。", "\n",
         "𠮷村推进政务公开，完善复议与诉讼衔接机制。", "依法行政𠮷𠮷𠮷𠮷，提升行政执法质量。"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PARAS), max_size=30), st.lists(st.sampled_from(PARAS), max_size=30), st.integers(0, 60))
def test_copied_pairs_match_reference(a, b, min_chars):
    from lintgov.rules import copies
    doc, prior = Document("\n".join(a), "a.txt"), Document("\n".join(b), "b.txt")
    assert copies.copied_pairs(doc, prior, min_chars, 0.9) == _copied_pairs_reference(doc, prior, min_chars, 0.9)


def test_copied_pairs_compare_paragraphs():
    """The property above on paragraphs that are compared, not copied exactly: near copies, ties between
    several equal candidates, characters beyond U+FFFF and paragraphs over 3,000 characters (4-gram Jaccard)."""
    from lintgov.rules import copies
    base = "".join(PARAS[:6])
    long_a = "".join(p.replace("。", str(i) + "。") for i, p in enumerate(PARAS[:6] * 40))
    long_b = long_a.replace("法治", "法制", 3)
    cases = [
        ([base, base.replace("严格", "严明"), long_a], [base.replace("依法", "依規"), base.replace("依法", "依規"), long_b]),
        ([base.replace("公开", "公𠮷")], [base, base.replace("公开", "公𠮷")[::-1], base.replace("公开", "公𠮷")[:-2]]),
        ([base] * 3, [base.replace("一", "二"), base.replace("一", "三"), base.replace("一", "四"), base.replace("一", "五")]),
    ]
    found = 0
    for a, b in cases:
        doc, prior = Document("\n".join(a), "a.txt"), Document("\n".join(b), "b.txt")
        got = copies.copied_pairs(doc, prior, 40, 0.9)
        assert got == _copied_pairs_reference(doc, prior, 40, 0.9)
        found += sum(1 for x in got if x[4] < 1.0)
    assert found >= 4     # near copies found, not only exact ones


def test_copied_pairs_match_reference_on_seeds():
    from lintgov.rules import copies
    docs = [Document(open(p, encoding="utf-8").read(), p) for p in SEEDS]
    for d in docs:
        for p in docs:
            assert copies.copied_pairs(d, p, 40, 0.9) == _copied_pairs_reference(d, p, 40, 0.9)


def test_copied_candidates_tie_by_paragraph_order():
    """Of candidates with equal votes the earliest paragraph of last year's report comes first, whatever order
    the votes were counted in (the grams' order differs between processes for string grams)."""
    from collections import Counter
    from lintgov.rules import copies
    assert copies._top3(Counter({5: 2, 1: 2, 7: 3, 3: 2, 0: 1})) == [(7, 3), (1, 2), (3, 2)]
    assert copies._top3(Counter({9: 1, 4: 1})) == [(4, 1), (9, 1)]



_EDIT_TEXT = st.text(alphabet="依法行政推进公开，。ab1", min_size=0, max_size=120)
_EDITS = st.lists(st.tuples(st.sampled_from("sid"), st.integers(0, 200), st.sampled_from("依法政进x，")), max_size=14)


def _edited(t, edits):
    for op, at, c in edits:
        at = at % (len(t) + 1)
        t = t[:at] + c + t[at + 1:] if op == "s" else t[:at] + c + t[at:] if op == "i" else t[:at] + t[at + 1:]
    return t


@settings(max_examples=400, deadline=None)
@given(_EDIT_TEXT, _EDITS, st.sampled_from([0.86, 0.88, 0.9, 0.93, 0.97, 1.0]))
def test_copied_votes_bound_holds(t, edits, threshold):
    """LGA41 skips a candidate whose shared 4-grams are fewer than _votes_needed, and a paragraph for which
    even all its grams in the index are (_hopeless): difflib's ratio must then be under the threshold."""
    import difflib
    from lintgov.rules import copies
    b = _edited(t, edits)
    ratio = difflib.SequenceMatcher(None, t, b, autojunk=False).ratio()
    ga, gb = copies._grams(t), copies._grams(b)
    shared = len(ga & gb)
    slack = max(0, len(t) - 3) - len(ga)
    if ratio >= threshold:
        assert shared >= copies._votes_needed(len(t) + len(b), slack, threshold)
        assert not copies._hopeless(shared, len(t), len(ga), slack, 0, threshold, False)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PARAS[:6] + PARAS[9:]), min_size=2, max_size=6), st.lists(_EDITS, min_size=1, max_size=6))
def test_copied_pairs_near_copies_match_reference(parts, edit_lists):
    """Last year's paragraphs edited in a few places (ratios around the threshold): the votes' bounds skip
    only what could not be reported."""
    from lintgov.rules import copies
    base = "".join(parts)
    prior = Document("\n".join(_edited(base, e) for e in edit_lists), "b.txt")
    doc = Document("\n".join([base, _edited(base, edit_lists[0][::-1])]), "a.txt")
    for thr in (0.9, 0.95):
        assert copies.copied_pairs(doc, prior, 40, thr) == _copied_pairs_reference(doc, prior, 40, thr)


def test_gram_keys_are_the_grams():
    """A gram's key is equal exactly when the 4-character strings are (integers of UTF-16 for the BMP)."""
    from lintgov.rules import copies
    for t in ("2023年，我区坚持依法行政", "a𠮷bc𠮷𠮷de", "ab\ud800cdef", "abcd", "abc", "", "依法行政" * 3):
        assert len(copies._grams(t)) == len({t[i:i + 4] for i in range(len(t) - 3)})
    assert copies._grams("依法行政，推进") & copies._grams("推进依法行政") == copies._grams("依法行政")


# -- reports written in pieces: the same bytes, cut where the whole text would be ------------------
def test_chunked_report_cut_like_text():
    from lintgov.cli import _Chunks
    parts = ["ab", "cde", "", "fghij"]
    for cap in range(0, 13):
        c = _Chunks(iter(parts))
        c.cap = cap
        assert "".join(c) == "abcdefghij"[:cap]
        assert c.cut == (cap < 10)


def test_sarif_chunks_are_the_report(tmp_path):
    from lintgov.config import Settings
    from lintgov.engine import lint_paths
    from lintgov.formatters.base import FormatOptions
    from lintgov.formatters.sarif import SarifFormatter
    from lintgov.plugins import build_registry
    reg = build_registry(load_entry_points=False)
    run = lint_paths(SEEDS, reg, Settings(), {}, keep_documents=False)
    fmt = SarifFormatter()
    opts = FormatOptions()
    text = "".join(fmt.render_chunks(run, opts))
    log = fmt.log(run, opts)
    assert len(log["runs"][0]["results"]) > 5
    import json as _json
    assert _json.loads(text) == _json.loads(_json.dumps(log, ensure_ascii=False))
    assert text == fmt.render(run, opts)


# -- near misses: anchors whose neighbours cannot pass are skipped in C ------------------------------
def _plain_matcher(terms):
    m = TermMatcher(terms)
    m._filter = lambda anchor, owners: None   # every hit through str.find, as first written
    return m


NEARY = ["中华人民共和国", "中华人民共合国", "人民", "社会", "社会主义", "法治政府", "法制政府", "国务院", "国务", "院", "习近平",
         "习进平", "放管服", "放管", "服", "，", "\n", "一网统管", "一网通管", "政", "府", "治", "民民"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(NEARY), max_size=40), st.integers(0, 30), st.integers(0, 30))
def test_term_matcher_filters_agree(parts, a, b):
    terms = TERMS + ["习近平", "放管服", "法治政府", "一网统管", "国务院", "人民人民"]
    text = "".join(parts)
    lo, hi = min(a, len(text)), max(min(a, len(text)), len(text) - b)
    assert TermMatcher(terms).find(text, lo, hi) == _plain_matcher(terms).find(text, lo, hi)
    assert TermMatcher(terms).find(text) == _plain_matcher(terms).find(text)


def _reference_matcher(terms):
    """Every anchor's hits through str.find, no filter and no test of the text first."""
    m = TermMatcher(terms)
    m._filters = dict.fromkeys(m.anchors)      # None: the plain loop, reached without the text's find
    return m


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.lists(st.sampled_from(NEARY), max_size=30), st.integers(0, 30), st.integers(0, 30)),
                min_size=1, max_size=4))
def test_term_matcher_reused_over_texts(texts):
    """A matcher builds an anchor's filter on the first text holding the anchor inside [lo, hi): one matcher
    reused over texts that lack, then hold, an anchor (or hold it across lo or hi) finds what the reference does."""
    terms = TERMS + ["习近平", "放管服", "法治政府", "一网统管", "国务院", "人民人民"]
    fast = TermMatcher(terms)
    for parts, a, b in texts:
        text = "".join(parts)
        lo, hi = min(a, len(text)), max(min(a, len(text)), len(text) - b)
        assert fast.find(text, lo, hi) == _reference_matcher(terms).find(text, lo, hi)
        assert fast.find(text) == _reference_matcher(terms).find(text)


def test_term_matcher_filters_agree_on_seeds():
    from lintgov.config import Settings
    from lintgov.engine import Context
    from lintgov.plugins import build_registry
    from lintgov.rules.terms import matcher_for
    reg = build_registry(load_entry_points=False)
    terms = matcher_for(Context(settings=Settings().run_settings(), registry=reg))[0].terms
    fast, plain, ref = TermMatcher(terms), _plain_matcher(terms), _reference_matcher(terms)
    for seed in SEEDS:
        text = open(seed, encoding="utf-8").read()
        assert fast.find(text) == plain.find(text) == ref.find(text)
        assert fast.find(text, 7, len(text) // 2) == plain.find(text, 7, len(text) // 2) == ref.find(text, 7, len(text) // 2)
    # a one-file check builds the filters of the halves its text holds, not of all ~160
    one = TermMatcher(terms)
    text = open(SEEDS[0], encoding="utf-8").read()
    one.find(text)
    assert set(one._filters) == {a for a in one.anchors if a in text} and len(one._filters) < len(one.anchors) // 4


# -- residue: a paragraph without what a pattern needs has no match of it ------------------------
@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="新华社记者摄影图为（）()/ 姚大伟。！？·甘肃日报", max_size=60))
def test_residue_needs_are_necessary(para):
    from lintgov import residue
    for kind, pat in residue.RESIDUE_PATTERNS:
        needs = residue._NEEDS.get(kind)
        if needs is not None and pat.search(para):
            assert any(n in para for n in needs)


@pytest.mark.parametrize("para,kind", [
    ("微信好友", "share"), ("点击右上角微信好友", "share"), ("朋友圈", "share"), ("QQ空间", "share"), ("新浪微博", "share"),
    ("请使用浏览器的分享功能", "share"), ("分享到：", "share"), ("分享：", "share"), ("微信扫一扫", "share"),
    ("扫一扫在手机上打开", "share"), ("用微信扫描二维码", "share"), ("打开微信", "share"), ("》》点击图片进入专题《《", "share"),
    ("【打印本页】【关闭窗口】", "tools"), ("返回顶部", "tools"), ("打印此页", "tools"), ("【字号：大 中 小】", "tools"),
    ("字体：加大", "tools"), ("【我要纠错】", "tools"), ("无障碍浏览", "tools"), ("简体 | 繁体", "tools"),
    ("版权所有：某某市人民政府", "footer"), ("网站标识码1234", "footer"), ("京ICP备12345号", "footer"),
    ("京公网安备110号", "footer"), ("主办单位：某局", "footer"), ("承办单位：某中心", "footer"), ("技术支持：某公司", "footer"),
    ("本作品来自维基文库", "footer"), ("公有领域", "footer"), ("Public domain", "footer"), ("注：中文维基文库", "footer"),
    ("Copyright © 2023", "footer"), ("© 2023 某局", "footer"), ("版权 ©", "footer"),
])
def test_residue_needs_keep_every_alternative(para, kind):
    from lintgov import residue
    got = residue._kind(para)
    assert got is not None and got[0] == kind, (para, got)
    pat = dict(residue.RESIDUE_PATTERNS)[kind]
    assert pat.search(para) and any(n in para for n in residue._NEEDS[kind])


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="微信好友朋友圈QQ空间新浪博点击右上角请使用浏览器的分享功能到：扫一手机打开用描二维码本页关闭窗口返回顶部字号体大中小"
                        "【】|｜我要纠错无障碍简繁版权所有网站标识码ICP备公安主办承单位技支持作品来自维基文库领域Publicdomain©注 2023",
               max_size=40))
def test_residue_needs_necessary_on_generated_text(para):
    from lintgov import residue
    for kind, pat in residue.RESIDUE_PATTERNS:
        needs = residue._NEEDS.get(kind)
        if needs is not None and pat.search(para):
            assert any(n in para for n in needs), (kind, para)


def test_residue_captions_still_found():
    from lintgov import residue
    for para in ("新华社记者 姚大伟 摄", "（摄影：王小明）", "图为市民在公园锻炼。新华社记者 李明 摄",
                 "李明 摄", "…作政府工作报告。新甘肃·甘肃日报记者 盛学卿"):
        assert residue._kind(para)[0] == "caption", para



def _residue_kind_reference(para):
    """residue._kind as it was: each kind in turn, its needed words searched first."""
    from lintgov import residue
    for kind, pat in residue.RESIDUE_PATTERNS:
        needs = residue._needs_re(kind)
        if needs is not None and needs.search(para) is None:
            continue
        m = pat.search(para)
        if m:
            return kind, m.span()
    return None


RESIDUE_BITS = ["来源：", "新华网", "发布时间：", "2023-05-06", " 09:02:33", "责任编辑：", "索引号：", "今天是2024年3月1日",
                "当前位置：", "首页", " > ", "相关新闻", "1：", "上一篇", "a3f9c2e1b7d04c6e8f1a2b3c", "附件1：", "报告", ".PDF",
                ".docx", "1.", "微信", "分享到：", "打印本页", "版权所有", "记者 王明 摄", "图为", "。", "\n", "浏览次数：12",
                "字号：", "大", "【", "】", "—", " ", "字体", "简体 | 繁体", "©", "全年完成", "12"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(RESIDUE_BITS), max_size=12))
def test_residue_kind_two_searches_first(bits):
    """_kind reads a paragraph with two searches first (the words some kind needs, the kinds anchored at the start):
    the same kind at the same place as each kind in turn."""
    from lintgov import residue
    para = "".join(bits)
    got = residue._kind(para)
    assert (None if got is None else (got[0], got[1].span())) == _residue_kind_reference(para), para


@pytest.mark.parametrize("para,kind", [
    ("来源：新华网 发布时间：2023-05-06", "meta"), ("当前位置：首页 > 政务公开", "breadcrumb"), ("相关新闻", "related"),
    ("1.附件：报告.PDF", "attachment"), ("2023-05-06 09:02:33", "meta"), ("今天是2024年3月1日", "meta"),
    ("a3f9c2e1b7d04c6e8f1a2b3c：", "related"), ("12 年度报告.docx", "attachment")])
def test_residue_anchored_kinds_found_without_needed_words(para, kind):
    from lintgov import residue
    assert residue._ANY_NEEDED.search(para) is None          # (found by the anchored kinds' alternation alone)
    assert residue._kind(para)[0] == kind == _residue_kind_reference(para)[0], para


def test_residue_kinds_split_into_anchored_and_needing():
    from lintgov import residue
    kinds = [k for k, _ in residue.RESIDUE_PATTERNS]
    assert sorted(kinds) == sorted(set(residue._ANCHORED) | set(residue._NEEDS))
    assert not set(residue._ANCHORED) & set(residue._NEEDS)

# -- patterns given a lookahead on their first character match as before ---------------------------
def _unprefixed(pat):
    src = pat.pattern
    assert src.startswith("(?=")
    depth, i = 0, 0
    while True:                     # the end of the leading lookahead
        c = src[i]
        if c == "\\":
            i += 2
            continue
        depth += c == "("
        depth -= c == ")"
        i += 1
        if depth == 0:
            break
    return re.compile(src[i:], pat.flags)


def _prefixed_patterns():
    """(pattern, the same pattern written plainly): a lookahead on the first character (the full-width group), or a
    class of the first character with the boundary read by a lookbehind over it (sentence ends, 一是, 第一，)."""
    from lintgov import document, headings, quantities
    return [(document._SENTENCE_END, re.compile(document.SENTENCE_END_PLAIN)),
            (headings._SHI, re.compile(headings.SHI_PLAIN, re.M)), (headings._DI, re.compile(headings.DI_PLAIN)),
            (quantities._FW_GROUP, _unprefixed(quantities._FW_GROUP))]


def _found(pat, text, *bounds):
    return [(m.span(), m.groups()) for m in pat.finditer(text, *bounds)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="一二三四五六七八九十是第，。；、：！？!?…”’」）) \n\u300012３4,，5.万", max_size=200))
def test_lookahead_prefixed_patterns(text):
    for pat, plain in _prefixed_patterns():
        assert _found(pat, text) == _found(plain, text)
        assert _found(pat, text, 1, max(1, len(text) - 1)) == _found(plain, text, 1, max(1, len(text) - 1))


def test_lookahead_prefixed_patterns_on_seeds():
    for seed in SEEDS:
        with open(seed, encoding="utf-8") as fh:
            text = fh.read()
        for pat, plain in _prefixed_patterns():
            assert _found(pat, text) == _found(plain, text)


# -- UTF-8 read as GBK: the whole-text test misses no run ------------------------------------------
_MOJI = "依法行政建设法治政府，。“”abc1\n".encode("utf-8").decode("gbk", errors="replace")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_MOJI + "依法行政建设法治政府，。“”abc12 \n\ufffd", max_size=200))
def test_utf8_as_gbk_prefilter_misses_nothing(text):
    got = scripts._utf8_as_gbk(text)
    orig = scripts._may_hold_utf8_as_gbk
    scripts._may_hold_utf8_as_gbk = lambda t: True
    try:
        want = scripts._utf8_as_gbk(text)
    finally:
        scripts._may_hold_utf8_as_gbk = orig
    assert got == want
    if want:
        assert orig(text)


def test_utf8_as_gbk_found_in_long_text():
    moji = "依法行政建设法治政府".encode("utf-8").decode("gbk", errors="replace")
    filler = "依法行政。\n" * 250_000                           # past one encoding piece
    text = filler + "前文" + moji + "后文\n" + filler
    found = scripts._utf8_as_gbk(text)
    assert found and found[0].repaired.startswith("依法行政")
    assert scripts._utf8_as_gbk(filler) == []


# -- a linted document is freed by reference counting (no cycle keeps it for the collector) ---------
def test_linted_documents_are_freed_without_the_garbage_collector(tmp_path):
    code = (
        "import gc, sys, weakref\n"
        "from lintgov import document, cli\n"
        "alive = []\n"
        "init = document.Document.__init__\n"
        "def spy(self, *a, **k):\n"
        "    init(self, *a, **k); alive.append(weakref.ref(self))\n"
        "document.Document.__init__ = spy\n"
        "gc.disable()\n"
        "cli.main(['check', '-q', '--exit-zero', '--no-cache', '-j1', '--output-format', 'sarif', '-o', sys.argv[2],\n"
        "          sys.argv[1]])\n"
        "print(len(alive), sum(w() is not None for w in alive))\n")
    out = subprocess.run([sys.executable, "-c", code, os.path.join(ROOT, "seeds"), str(tmp_path / "o.sarif")],
                         capture_output=True, text=True, check=True)
    made, left = map(int, out.stdout.split())
    assert made >= len(SEEDS) and left == 0


# -- LGA11's known-word cover: one scan answers as the per-word str.find passes did ----------------
@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="中国共产党员非法治政府建设人民代表大会，。", max_size=300), st.integers(0, 299), st.integers(1, 2))
def test_known_word_cover_is_the_find_passes(text, lo, width):
    import bisect
    import itertools
    from lintgov.rules.terms import _Cover
    known = frozenset({"中国共产党", "共产党员", "非共产党员", "法治政府", "人民代表大会", "代表大会", "政府"})
    spans = sorted((i, i + len(k)) for k in known for i in range(len(text)) if text.startswith(k, i))
    starts, reach = [a for a, _ in spans], list(itertools.accumulate((b for _, b in spans), max))
    hi = lo + width
    i = bisect.bisect_right(starts, lo)
    want = i > 0 and reach[i - 1] >= hi
    c = _Cover(text, known)
    j = bisect.bisect_right(c.starts, lo)
    assert (j > 0 and c.reach[j - 1] >= hi) == want


# -- session 21: shared anchor hits, run anchors read through their complement, replace tables ----
@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="12３4a 中。\n١.,约近", max_size=80))
def test_hit_starts_are_the_anchor_matches(text):
    from lintgov import lazyre
    for anchor in (r"[\d]+", "[12]+", r"[\d.]+", r"[\s]+", "[1-3a]+", "[约近]", r"[\d]"):
        a = re.compile(anchor)
        lazyre._HITS.clear()
        want = [m.start() for m in a.finditer(text)]
        assert list(lazyre._hit_starts(a, text)) == want, anchor
        assert list(lazyre._hit_starts(a, text)) == want, anchor       # the second time from the cache
        other = text + "1"                                            # an equal-length or longer text is not mixed up
        assert list(lazyre._hit_starts(a, other)) == [m.start() for m in a.finditer(other)], anchor


def test_hit_cache_follows_the_text_object():
    from lintgov import lazyre
    p = re.compile(r"(?<![\d.])(\d+)年")
    a = "".join(["2023年", "中" * 30]) * 2000
    b = "".join(["中" * 30, "2024年"]) * 2000        # same length, other positions
    assert len(a) == len(b)
    for text in (a, b, a):
        assert [m.span() for m in lazyre.finditer(p, text)] == [m.span() for m in p.finditer(text)]


@pytest.mark.parametrize("table", [
    str.maketrans("０１２３４５６７８９．％，－", "0123456789.%,-"),          # replace path
    {ord("a"): "b", ord("b"): "c"},                                           # a replacement holds a key: run path
    {ord("a"): None, ord("x"): "yz"},
    str.maketrans("設報來與關於們項問題導責職務門實際論壇區縣鎮鄉廳堅決認終緊續將現頭規劃", "设报来与关于们项问题导责职务门实际论坛区县镇乡厅坚决认终紧续将现头规划"),
])
def test_translation_paths_are_str_translate(table):
    import random
    rnd = random.Random(7)
    keys = "".join(chr(k) for k in table) + "中文，。ab \n"
    for n in (0, 5, 255, 256, 300, 3000):
        for _ in range(20):
            text = "".join(rnd.choice(keys) for _ in range(n))
            assert Translation(table)(text) == text.translate(table)
    assert (Translation(table)._pairs is None) == (len(table) > 24 or table == {ord("a"): "b", ord("b"): "c"})


QTY_PARTS = NUMBERY + ["不少于", "不超过", "多达", "为", "是", "达", "计", "将近", "接近", "不足", "1,2345", "3.14.15",
                       "百分之五", "百分之", "千分之三", "三千瓦时", "一百亿千瓦时", "十亿零817万5288", "亿", "零", "两",
                       "１２", "５", "约为", "超过", "逾", "高于", "万人", "余人", "左右", "以上", "个百分点", "１,２３４",
                       "千瓦", "千米", "千克", "约千瓦", "四十万千瓦", "千千克"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(QTY_PARTS), max_size=80))
def test_quantity_run_scan_is_finditer(parts):
    """quantities scans _QTY / _CN_QTY only at number runs and the approximation words before them."""
    from lintgov import lazyre, quantities as q
    text = "".join(parts)
    # a variant whose number may stop inside a run and may fail at a run's first character (千瓦)
    cn = re.compile(q._CN_QTY.pattern.replace("(?P<num>[" + q._CN_CHARS + "]+",
                                              "(?P<num>(?:(?![千][瓦米克])[" + q._CN_CHARS + "])+"))
    for pat, runs in ((q._QTY, q._DIGIT_RUNS), (q._CN_QTY, q._CN_RUNS), (cn, q._CN_RUNS)):
        lazyre._HITS.clear()
        want = [(m.span(), m.groups()) for m in pat.finditer(text)]
        assert [(m.span(), m.groups()) for m in lazyre.run_finditer(pat, text, runs, q._LEAD, q._BACK)] == want


def test_quantity_run_scan_preconditions():
    """What run_finditer relies on: no approximation word or verb holds a digit or a Chinese numeral, and the
    window reaches back over the longest word and one verb."""
    from lintgov import quantities as q
    for w in list(q.APPROX_BEFORE) + list("为為是有计計达達"):
        assert not any(c.isdecimal() or c in q._CN_CHARS for c in w), w
    assert q._BACK == max(map(len, q.APPROX_BEFORE)) + 1
    assert "(?:为|為|是|有|计|計|达|達)?)?" in q._BEFORE_RE


def test_quantity_run_scan_on_seeds_and_corpus():
    from lintgov import lazyre, quantities as q
    texts = [open(p, encoding="utf-8").read() for p in SEEDS]
    corpus = os.path.join(ROOT, "..", "shared", "corpus", "gwr")
    texts += [open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(corpus, "*.txt")))[:12]]
    for text in texts:
        for pat, runs in ((q._QTY, q._DIGIT_RUNS), (q._CN_QTY, q._CN_RUNS)):
            want = [(m.span(), m.groups()) for m in pat.finditer(text)]
            assert [(m.span(), m.groups()) for m in lazyre.run_finditer(pat, text, runs, q._LEAD, q._BACK)] == want


def _reference_repeated_clauses(doc):
    import re as _re
    split, ends, han = _re.compile(r"[，,；;、：:]").split, _re.compile(r"[。！？!?\n]"), _re.compile(r"[\u4e00-\u9fff]")
    out, text = [], doc.masked()
    for p in doc.paragraphs:
        s = p.start
        for m in list(ends.finditer(text, p.start, p.end)) + [None]:
            e = m.start() if m else p.end
            prev, pos = None, s
            for part in split(text[s:e]):
                c = part.strip()
                if prev is not None and c == prev[0] and len(han.findall(c)) >= 4:
                    a = pos + part.index(c)
                    out.append((a, a + len(c), prev[1]))
                prev = (c, pos + part.index(c)) if c else None
                pos += len(part) + 1
            s = (m.end() if m else e)
    return out


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["加强监管", "加强监管", "依法行政", "，", "，", "、", "；", "。", "！", "\n", " ", "　",
                                 "推进改革", "abc", "12", "：", "加强", "监管"]), max_size=60))
def test_repeated_clauses_skip_is_exact(parts):
    from lintgov.repeats import repeated_clauses
    doc = Document("".join(parts))
    assert repeated_clauses(doc) == _reference_repeated_clauses(doc)


def test_repeated_clauses_found():
    from lintgov.repeats import repeated_clauses
    doc = Document("全年如此。加强监管，加强监管。依法行政，依法行政；推进改革。\n加强监管，推进改革。")
    assert [(doc.text[a:b], doc.text[c:c + 4]) for a, b, c in repeated_clauses(doc)] == \
        [("加强监管", "加强监管"), ("依法行政", "依法行政")]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab中，\u200b\u200f\u202a\u2066\ufeff\u00ad\x00\x07\x0b\x0c\x0e\x1f\x7f\x9f\xa0\n\t\r", max_size=30))
def test_invisible_prefilter_is_exact(text):
    """LG703 passes over a text its class-complement covers whole; such a text has no invisible run."""
    from lintgov.rules import encoding
    assert (encoding._VISIBLE_ONLY.fullmatch(text) is not None) == (text != "" and encoding._INVISIBLE_RE.search(text) is None)


def test_rule_alarm_handler_restored():
    """The rule budget's SIGALRM handler (set without signal's enum wrapper) is put back after each rule."""
    import signal
    from lintgov.config import Settings
    from lintgov.engine import lint_paths
    from lintgov.plugins import build_registry
    before = signal.getsignal(signal.SIGALRM)
    run = lint_paths(SEEDS[:2], build_registry(load_entry_points=False), Settings(), {}, keep_documents=False)
    assert len(run.findings) > 0 and not any(n.kind == "limit" for n in run.notifications if hasattr(n, "kind"))
    assert signal.getsignal(signal.SIGALRM) == before


def test_marker_counts_as_str_count():
    """grammar._mostly_traditional counts its markers with one scan per set: the sums of str.count."""
    from lintgov.claims import grammar as g
    texts = [open(s, encoding="utf-8").read() for s in SEEDS]
    texts += ["為为為为爲" * 7, "", "为", "這這这", texts[0][:20000] + "們们"]
    for s in texts:
        assert g._markers_in(s, g._TRAD_COUNT) == sum(s.count(c) for c in g._TRAD_MARKERS)
        assert g._markers_in(s, g._SIMP_COUNT) == sum(s.count(c) for c in g._SIMP_MARKERS)


def test_spool_rolls_over_to_a_file():
    from lintgov.runner.spool import Spool
    items = [{"i": i, "text": "记录" * (i % 7)} for i in range(500)]
    for limit in (10 ** 9, 200):
        with Spool(in_memory=limit) as sp:
            for x in items:
                sp.put(x)
            assert sp._rolled is (limit == 200)
            assert list(sp) == items and len(sp) == len(items)


def test_one_file_start_imports_no_shutil_or_tempfile():
    """argparse's formatter and the report spool no longer pull in shutil, tempfile and random."""
    code = ("import sys; from lintgov.cli import main; "
            f"main(['check', '--no-cache', '--exit-zero', '--output-format', 'json', {SEEDS[0]!r}]); "
            "sys.stderr.write(repr(sorted(m for m in ('shutil', 'tempfile', 'random') if m in sys.modules)))")
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert p.stderr.strip().endswith("[]"), p.stderr[-500:]


def test_help_as_argparse_formats_it(monkeypatch):
    """The command line's formatter finds the width as shutil.get_terminal_size does."""
    import argparse
    from lintgov import cli
    for cols in ("57", "120", ""):
        monkeypatch.setenv("COLUMNS", cols)
        p = cli.build_parser()
        parsers = [p] + list(p._subparsers._group_actions[0].choices.values())
        ours = [x.format_help() for x in parsers]
        for x in parsers:
            x.formatter_class = argparse.HelpFormatter
        assert ours == [x.format_help() for x in parsers]


def test_glued_years_on_the_text_as_written():
    """LG905 reads the text as written with a pattern that takes either form of each digit: the
    matches (spans and values) of the old pattern on the text with full-width digits made ASCII."""
    import random
    from lintgov import lazyre
    from rules import number_usage as nu
    rng = random.Random(5)
    def digits(ds):   # each digit ASCII or full-width
        return "".join(rng.choice((d, chr(ord(d) + 0xFEE0))) for d in ds)

    def year():
        return digits(rng.choice(("19", "20", "21", "18", "2")) + "".join(rng.choice("0123456789") for _ in range(2)))
    texts = ["《纲要(20212025年)》２０２１２０２５年", "１９９９２０１０ 年，20202021　年", "x120212025年"]
    for _ in range(5000):
        texts.append(rng.choice(("", "x", "1", "１", "号", "٢", "．")) + year() + year() + rng.choice(("", year()))
                     + rng.choice(("", " ", "　", "\t", "x", "％")) + rng.choice(("年", "年", "月", "")) + rng.choice(("", "1", "》")))
    found = 0
    for t in texts:
        old = [(m.span(), m.group("y1"), m.group("y2")) for m in nu._YEARS_GLUED.finditer(nu._FULLWIDTH_T(t))]
        new = [(m.span(), nu._FULLWIDTH_T(m.group("y1")), nu._FULLWIDTH_T(m.group("y2")))
               for m in lazyre.finditer(nu._YEARS_GLUED_ANY, t)]
        assert new == old, t
        found += len(old)
    assert found > 50


def test_long_offset_lists_as_arrays(monkeypatch):
    """Sentence and paragraph starts of a long document are machine integers: the same lookups."""
    from lintgov import document as dm
    text = open(SEEDS[1], encoding="utf-8").read()
    probes = list(range(-1, len(text) + 2, 3))
    want = None
    for limit in (10 ** 9, 0):
        monkeypatch.setattr(dm, "_ARRAY_FROM", limit)
        doc = Document(text, "x.txt")
        got = [(doc.sentence_index(o), doc.sentence_at(o), doc.paragraph_at(o)) for o in probes]
        assert type(doc._sentence_starts).__name__ == ("list" if limit else "array")
        want = got if want is None else want
        assert got == want


# -- claims and rules: literal prefilters before a per-figure or per-pair test -------------------
_PLAN_ALPHABET = "要求将近即主必今明年月份末底季度上半下到至—-0123456789一二三十力争预期目标计划规划不低于前，。；\n的件"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_PLAN_ALPHABET, max_size=300))
def test_plan_or_part_prefilter(text):
    """yoy._plan_or_part searches a sentence once for any plan or part-of-year word: the same answer as searching
    the words before every figure."""
    import importlib
    yoy = importlib.import_module("rules.yoy")
    from lintgov.claims import _PLAN_WORDS
    assert yoy._plan_or_part_any().pattern != "(?:)"      # a real prefilter, not the fallback
    doc = Document(text)
    masked = doc.masked()
    for pos in range(0, len(text) + 1, 3):
        s = doc.sentence_at(pos)
        lo = s.start if s is not None else max(0, pos - 120)
        before = masked[max(lo, pos - 120):pos]
        assert yoy._plan_or_part(doc, pos) == bool(_PLAN_WORDS.search(before) or yoy._PART_OF_YEAR.search(before))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="发现發現查出检出完工竣工建成庭其中已经共累计 a1，,、", max_size=40),
       st.sampled_from(["排查", "实施项目", "涉及", "开工", "受理"]))
def test_later_stage_words_prefilter(gap, first):
    """LG103's stages read a sentence only when it holds a later stage's words (non-Han characters may stand
    between the two characters: the rule reads only the Han characters of the words between two figures)."""
    from lintgov.claims.classes import LATER_STAGE_WORDS, later_stage
    words = re.sub(r"[^\u4e00-\u9fff]", "", gap)
    if later_stage(first, words):
        assert LATER_STAGE_WORDS.search(gap)


def test_later_stage_words_cover_every_stage():
    """Every word a later stage of STAGES matches by itself is found by the prefilter."""
    from lintgov.claims.classes import LATER_STAGE_WORDS, STAGES
    for _, b in STAGES:
        words = [w for w in re.findall(r"[\u4e00-\u9fff]{2,}", b.pattern) if b.search(w)]
        assert words
        for w in words:
            assert LATER_STAGE_WORDS.search(w), w


# -- deviations: differences inside excluded spans, by bisection ---------------------------------
@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 200), st.integers(0, 40)), max_size=30), st.integers(-5, 260))
def test_covered_is_any_span(spans, off):
    ex = sorted((s, s + w) for s, w in spans)
    starts = [s for s, _ in ex]
    reach = list(itertools.accumulate((e for _, e in ex), max))
    assert scripts._covered(starts, reach, off) == any(s <= off < e for s, e in ex)


def _differing_lines_reference(text, others):
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if all(o[pos:end] != line for o in others):
            yield pos, end
        pos = end + 1


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab\n中", max_size=80), st.lists(st.integers(0, 2 ** 32), max_size=3), st.integers(1, 9))
def test_differing_lines_in_blocks(text, seeds, block):
    import random
    others = []
    for sd in seeds:
        r = random.Random(sd)
        others.append("".join(c if c == "\n" or r.random() < 0.8 else r.choice("ab中") for c in text))
    old = scripts._LINE_BLOCK
    scripts._LINE_BLOCK = block
    try:
        assert list(scripts._differing_lines(text, others)) == list(_differing_lines_reference(text, others))
    finally:
        scripts._LINE_BLOCK = old


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="a \n中\t", max_size=200), st.integers(1, 6), st.integers(1, 9))
def test_last_lines_are_the_split_tail(text, k, size):
    from lintgov.rules.yoy import _last_lines
    assert _last_lines(text, k, size) == text.rstrip().split("\n")[-k:]


# -- metric keys: the synonym folds run only on segments holding a synonym's first character ------
def _metric_key_reference(doc, pos):
    from lintgov.claims import metric
    from lintgov.claims.grammar import folded_text
    text = folded_text(doc)
    lo = max(0, pos - 40)
    if pos > 2 and text[pos - 1] in "（(" and metric._BRACKET_CLOSE.match(text, pos) is not None:
        pos -= 1      # (a figure in brackets right after a name is that name's: 增量目标(2214户), 森林覆盖率（62.3%）)
    seg = text[lo:pos]
    last = metric._LAST_BREAK.match(seg)
    if last is not None:
        seg = seg[last.end():]
    if "年" in seg:
        seg = metric._YEAR_WORD.sub("", seg)
    seg = metric._NOT_CJK.sub("", seg)
    for pat, rep in metric._SYNONYMS:
        seg = pat.sub(rep, seg)
    return metric._STOP.sub("", seg)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["接收", "收件", "接到", "收案", "新收", "受案", "办结", "结案", "纠纷案件", "纠纷", "受理",
                                 "审结", "行政复议", "申请", "2023年", "，", "12件", "共", "案件", "收", "接", "新"]),
                max_size=20))
def test_metric_key_is_the_plain_folds(parts):
    from lintgov.claims.metric import metric_key
    doc = Document("".join(parts) + "35件。")
    for q in doc.quantities:
        assert metric_key(doc, q.start) == _metric_key_reference(doc, q.start)


def test_metric_key_is_the_plain_folds_on_seeds():
    from lintgov.claims.metric import metric_key
    for path in SEEDS:
        doc = Document(open(path, encoding="utf-8").read(), path=path)
        for q in doc.quantities:
            assert metric_key(doc, q.start) == _metric_key_reference(doc, q.start)


def test_entry_point_scan_ignores_folders_named_like_archives(tmp_path, monkeypatch):
    """A folder called .whl or x.zip in the working directory (a wheel cache) is not a zipped distribution: the
    start-up scan must not fall back to importlib.metadata for it, but a zip file on sys.path still does."""
    from lintgov import plugins
    (tmp_path / ".whl").mkdir()
    (tmp_path / "x.zip").mkdir()
    monkeypatch.setattr(sys, "path", [str(tmp_path)])
    assert plugins._group_declared() is False
    archive = tmp_path / "dist.zip"
    archive.write_bytes(b"PK\x05\x06" + b"\0" * 18)
    monkeypatch.setattr(sys, "path", [str(tmp_path), str(archive)])
    assert plugins._group_declared() is True
    info = tmp_path / "demo-1.0.dist-info"
    info.mkdir()
    (info / "entry_points.txt").write_text("[lintgov]\ndemo = demo_rules\n", encoding="utf-8")
    monkeypatch.setattr(sys, "path", [str(tmp_path)])
    assert plugins._group_declared() is True


# -- lazyre.count_until: the whole count, or a count past the limit ------------------------------
@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab", max_size=500), st.integers(-1, 300), st.integers(1, 40))
def test_count_until_is_the_count_or_past_the_limit(text, limit, piece):
    from lintgov import lazyre
    got = lazyre.count_until(lambda a, b: text.count("a", a, b), len(text), limit, piece)
    whole = text.count("a")
    if whole > limit:
        assert limit < got <= whole
    else:
        assert got == whole


# -- SHA-256 without OpenSSL for a short run: the same digests, hashlib after the budget --------------------
@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=3000), st.lists(st.binary(max_size=200), max_size=4))
def test_digest_sha256_is_hashlib(data, more):
    import hashlib
    from lintgov.digest import sha256
    a, b = sha256(data), hashlib.sha256(data)
    for m in more:
        a.update(m)
        b.update(m)
    assert a.hexdigest() == b.hexdigest() and a.copy().digest() == b.digest()


def test_digest_loads_hashlib_only_past_the_budget():
    code = ("import sys\nfrom lintgov import digest\n"
            "a = digest.sha256(b'x' * 1000).hexdigest()\nbefore = 'hashlib' in sys.modules\n"
            "b = digest.sha256(b'y' * digest.BUILTIN_BYTES).hexdigest()\n"
            "import hashlib\nprint(before, 'hashlib' in sys.modules, a == hashlib.sha256(b'x' * 1000).hexdigest(),"
            " b == hashlib.sha256(b'y' * digest.BUILTIN_BYTES).hexdigest(), digest._hashlib_sha256 is hashlib.sha256)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True).stdout
    assert out.split() == ["False", "True", "True", "True", "True"]


# -- the JSON report's indented pieces (formatters.stream.dumps_at) ----------------------------
_JSON_LEAVES = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-10**30, max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True), st.text(alphabet='ab"\\\n\t\u2028\x00\x1f中文😀 ', max_size=8),
    st.sampled_from([b"x", 1j, frozenset({1})]))     # not plain JSON: json.dumps(default=str) decides
_JSON = st.recursive(_JSON_LEAVES, lambda c: st.one_of(
    st.lists(c, max_size=4), st.lists(c, max_size=3).map(tuple),
    st.dictionaries(st.one_of(st.text(max_size=4), st.integers(), st.none(), st.booleans()), c, max_size=4)),
    max_leaves=25)


@settings(max_examples=1500, deadline=None)
@given(_JSON, st.integers(min_value=0, max_value=3))
def test_dumps_at_is_json_dumps_indented(obj, level):
    import json
    from lintgov.formatters.stream import dumps_at
    ref = json.dumps(obj, ensure_ascii=False, indent=2, default=str).replace("\n", "\n" + "  " * level)
    assert dumps_at(obj, level) == ref


def test_dumps_at_and_subset_converters_leave_no_reference_cycles():
    """A bulk run frees these by reference counting: no cyclic garbage waits for the collector (which a
    command-line run calls rarely: cli.run)."""
    import gc
    from lintgov import opencc_subset
    from lintgov.formatters.stream import dumps_at
    finding = {"code": "LG101", "regions": {"codepoint": [1, 2]}, "message": "合计", "ratio": 0.5, "fix": None}
    text = "头发在发展，干部队伍建设"
    opencc_subset.converter_for("s2t", text + "。")    # loads the tables once
    gc.collect()
    gc.disable()
    try:
        dumps_at([finding] * 3, 1)
        opencc_subset.converter_for("s2t", text)
        assert gc.collect() == 0
    finally:
        gc.enable()


# -- lazyre: a long text's hit positions as machine integers -----------------------------------
@pytest.mark.parametrize("seed", range(4))
def test_long_text_hit_arrays_are_the_hit_lists(seed, monkeypatch):
    """Above lazyre._HITS_TEXT_MAX the anchors' hits, sparse or not, runs or single characters, and the
    stretches of stretch_finditer are kept as array('q'): the same positions and matches as the lists."""
    import random
    from lintgov import lazyre
    r = random.Random(seed)
    common = "同比较与增长下降12３４5。；\n，万亿"
    rare = "新净增"                                 # rare enough for str.find (lazyre._sparse_starts)
    text = "".join(r.choice(rare) if r.random() < 0.02 else r.choice(common) for _ in range(60_000))
    text += "新新净" + "增" * 3
    anchors = [r"[同比较与]", r"[\d]+", r"[新净增]", r"[新净增]+", r"[12]+", r"[万亿]+", r"[新]+"]
    pat, part = re.compile(r"(?:同比|较)?(?:增长|下降)\d+"), re.compile(r"(?:增长|下降)")
    lazyre._HITS.clear()
    short = {a: list(lazyre._hit_starts(re.compile(a), text)) for a in anchors}
    spans = [m.span() for m in lazyre.stretch_finditer(pat, text, part)]
    monkeypatch.setattr(lazyre, "_HITS_TEXT_MAX", 1000)
    lazyre._HITS.clear()
    for a in anchors:
        got = lazyre._hit_starts(re.compile(a), text)
        assert type(got).__name__ == "array" and list(got) == short[a], a
    assert [m.span() for m in lazyre.stretch_finditer(pat, text, part)] == spans == [m.span() for m in pat.finditer(text)]


# -- built-in readers and formats imported when used (lintgov.deferred) -----------------------
def test_deferred_readers_and_formats_declare_what_their_classes_declare():
    import importlib
    import pickle
    from lintgov import deferred
    from lintgov.plugins import build_registry
    for r, (module, cls, *_) in zip(deferred.readers(), deferred.READERS):
        real = getattr(importlib.import_module(module), cls)
        assert (r.name, tuple(r.suffixes), r.writable) == (real.name, tuple(real.suffixes), real.writable)
        assert isinstance(pickle.loads(pickle.dumps(r)), deferred.DeferredReader)
    for f, (module, cls, name) in zip(deferred.formatters(), deferred.FORMATTERS):
        real = getattr(importlib.import_module(module), cls)()
        assert (f.name, tuple(f.aliases), f.description) == (real.name, tuple(real.aliases), real.description)
        for attr in ("writer", "render_chunks", "write_dir"):
            assert hasattr(f, attr) == hasattr(real, attr), (name, attr)
    reg = build_registry(load_entry_points=False, strict=True)
    assert [r.name for r in reg.readers] == ["txt", "md", "html", "docx", "pdf", "doc"]
    assert sorted(reg.formatters) == ["concise", "csv", "csv-excel", "full", "github", "html", "json", "sarif", "text"]


def test_deferred_reader_reads_as_its_class(tmp_path):
    from lintgov import deferred
    from lintgov.readers.md import MarkdownReader
    data = "# 标题\n\n2023年，全市受理案件**120件**，[办结](http://x.cn)118件。\n".encode("utf-8")
    a = deferred.DeferredReader(*deferred.READERS[0]).read(data, "x.md")
    b = MarkdownReader().read(data, "x.md")
    assert (a.text, a.format, [m for m in a.masks]) == (b.text, b.format, [m for m in b.masks])


def test_single_text_file_check_imports_no_other_reader_or_format(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("2023年，全市受理案件120件，办结118件。\n", encoding="utf-8")
    code = ("import sys, io, contextlib\nfrom lintgov import cli\n"
            f"sys.argv = ['lintgov', 'check', '--no-cache', '--exit-zero', {str(p)!r}]\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n    cli.main()\n"
            "print(sorted(m for m in sys.modules if m.startswith(('lintgov.readers.', 'lintgov.formatters.'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    loaded = eval(out.strip().splitlines()[-1])
    assert not [m for m in loaded if m.rsplit(".", 1)[1] in ("md", "html", "docx", "pdf", "office", "json", "sarif",
                                                                 "csv", "github")], loaded


# -- scans tried only where a literal every match holds stands (lazyre.anchored_finditer with back) -------------------
def _literal_anchored():
    from lintgov.claims import ratios, stocks
    from lintgov.rules import points, restated
    return [(stocks._CUMUL_MARK, stocks._CUMUL_ANCHOR, 10),
            (points._NAMED_VS_NAMED, points._NAMED_VS_NAMED_ANCHOR, 17),
            (restated._AMONG_TOTAL, restated._AMONG_TOTAL_ANCHOR, 9),
            (ratios._PER_UNIT, ratios._PER_UNIT_ANCHOR, 0),
            (stocks._STOCK_THEN_DONE, stocks._STOCK_THEN_DONE_ANCHOR, 12)]


LITERAL_PIECES = ["累计", "总量", "总数", "总", "量", "上市企业", "“", "”", "达到", "为", "增至", "全市", "\ue010\ue011\ue011",
                  "\ue010", "的", "增速", "增幅", "增长速度", "高于", "低于", "快于", "慢于", "高出", "个百分点", "，", "；", "。",
                  "\n", "全年", "本年度", "共", "审结", "案件", "中", "人均", "户均", "日均", "月均", "平均每", "人", "户",
                  "日", "月", "个", "约", "收入", "GDP", "a", " ", "固定资产投资", "工业", "现有", "共有", "完成", "实现",
                  "标准化", "建设", "改造", "其中", "已", "社康中心", "家", "有"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(LITERAL_PIECES), max_size=80), st.integers(0, 60))
def test_literal_anchored_scans_are_finditer(parts, cut):
    from lintgov import lazyre
    text = "".join(parts)
    end = min(len(text), cut * 3)
    for p, anchor, back in _literal_anchored():
        want = [(m.span(), m.groups()) for m in p.finditer(text)]
        assert [(m.span(), m.groups()) for m in lazyre.anchored_finditer(p, text, anchor, back=back)] == want, p.pattern
        want = [(m.span(), m.groups()) for m in p.finditer(text, 0, end)]
        got = [(m.span(), m.groups()) for m in lazyre.anchored_finditer(p, text, anchor, back=back, endpos=end)]
        assert got == want, p.pattern


def test_literal_anchored_scans_on_shaped_sentences():
    from lintgov import lazyre
    q = "\ue010\ue011\ue011"
    text = ("全年淘汰低端企业" + q + "，五年累计淘汰" + q + "。6家企业上市，上市企业总量增至" + q + "。"
            "固定资产投资增幅低于“GDP”的增速" + q + "，工业增加值增速高于服务业增速" + q + "。全年审结的" + q + "行政复议案件中，"
            "在收到的" + q + "申请中。人均" + q + "，平均每户家庭约" + q + "，年人均" + q + "。"
            "全区社康中心总数达" + q + "，完成标准化建设" + q + "。现有现有“学校”共有" + q + "，已实现改造" + q + "\n")
    for p, anchor, back in _literal_anchored():
        want = [(m.span(), m.groups()) for m in p.finditer(text)]
        assert want, p.pattern
        assert [(m.span(), m.groups()) for m in lazyre.anchored_finditer(p, text, anchor, back=back)] == want


# -- LGA01: the names one edit from a title are looked for among those sharing its first or last two characters ----
def _law_correction_reference(title, conf, paths=(), pl=None):
    from lintgov.rules import references as R
    real = R._near_candidates
    try:
        R._near_candidates = lambda idx, short: list(idx.names)
        return R.law_correction(title, conf, paths, pl)
    finally:
        R._near_candidates = real


def _one_edit_variants(name, fill):
    out = []
    for i in range(len(name)):
        out.append(name[:i] + fill + name[i + 1:])        # a substitution
        out.append(name[:i] + name[i + 1:])               # a drop
        out.append(name[:i] + name[i] + name[i:])         # a doubling
        out.append(name[:i] + fill + name[i:])            # an insertion
    return out


def test_law_near_candidates_cover_every_one_edit_name():
    from lintgov.data import law_index
    from lintgov.names import one_edit
    from lintgov.rules import references as R
    idx = law_index(())
    names = list(idx.names)
    for name in names:
        for v in _one_edit_variants(name, "义"):
            if not v:
                continue
            cands = R._near_candidates(idx, v)
            for other in names:
                if other != v and abs(len(other) - len(v)) <= 1 and one_edit(other, v) is not None:
                    assert other in cands, (other, v)


def test_law_correction_same_as_full_scan():
    from lintgov.data import law_index
    from lintgov.rules import references as R
    from lintgov.data import confusion
    conf = confusion(())
    idx = law_index(())
    for name in list(idx.names)[::3]:
        for v in _one_edit_variants(name, "议")[::2] + ["中华人民共和国" + name, name + "法"]:
            assert R.law_correction(v, conf) == _law_correction_reference(v, conf), v


# -- a one-file start imports neither json (plain evidence) nor traceback ------------------------------------------
def _json_ok_reference(value):
    import json
    try:
        json.dumps(value, ensure_ascii=False, allow_nan=False)
        return True
    except Exception:
        return False


_JSONISH = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=5),
              st.sampled_from([float("nan"), float("inf"), -float("inf"), b"x", frozenset({1}), 1j]),
              st.sampled_from([100, 4299, 4300, 4301, 5000]).map(lambda k: -(10 ** k) if k % 2 else 10 ** k - 1)),
    lambda kids: st.one_of(st.lists(kids, max_size=4), st.lists(kids, max_size=3).map(tuple),
                           st.dictionaries(st.one_of(st.text(max_size=3), st.integers(), st.none(), st.booleans()), kids,
                                           max_size=3)),
    max_leaves=20)


@settings(max_examples=500, deadline=None)
@given(_JSONISH)
def test_json_ok_is_json_dumps(value):
    from lintgov.engine import _json_ok
    assert _json_ok(value) == _json_ok_reference(value)


def test_json_ok_cycles_and_depth():
    from lintgov.engine import _json_ok
    a = []
    a.append(a)
    d = {}
    d["d"] = d
    deep = x = []
    for _ in range(60):
        x.append([])
        x = x[0]
    for v in (a, d, deep, [1.5, {"k": (1, "s", None)}], {"x": float("nan")}):
        assert _json_ok(v) == _json_ok_reference(v)


@pytest.mark.parametrize("n", [0, 1, 2, 3, 50])
def test_spool_gives_back_what_was_put(n):
    from lintgov.runner.spool import Spool
    items = [{"i": i, "text": "文" * i, "list": list(range(i))} for i in range(n)]
    s = Spool(in_memory=64)            # rolls over to a temporary file after a few records
    for it in items:
        s.put(it)
    assert len(s) == n
    assert list(s) == items
    s.close()


def test_one_file_check_imports_no_json_or_traceback(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("2023年，全市受理案件120件，办结118件，办结率为95%。\n", encoding="utf-8")
    code = ("import sys, io, contextlib\nfrom lintgov import cli\n"
            f"sys.argv = ['lintgov', 'check', '--no-cache', '--exit-zero', {str(p)!r}]\n"
            "with contextlib.redirect_stdout(io.StringIO()) as out:\n    cli.main()\n"
            "print(out.getvalue().count('LG'), sorted(m for m in ('json', 'traceback') if m in sys.modules))")
    got = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert int(got[0]) >= 1, got          # a finding was reported (its evidence checked)
    assert got[1:] == ["[]"], got


# -- parsed TOML read back from the start-up cache -----------------------------------------------------
TOML_TEXTS = [
    'name = "x"\nkinds = ["a", "b"]\n[[block]]\nid = "m"\nlabel = { zh = "举措", en = "measures" }\nn = 3\nf = -0.0\nok = true\n',
    "[tool.lintgov]\nselect = [\"LG1\"]\n[tool.lintgov.limits]\nrule-time = 20\n",
    "when = 2024-01-02\n",          # a date: marshal cannot keep it, parsed every time
    "x = nan\n",                    # not equal to itself: parsed every time
]


def test_toml_parse_read_back_from_the_cache(tmp_path):
    """A TOML text parsed once is read back in the next process without importing tomllib (the configuration's
    pyproject.toml and the section profile of every check); dates and NaN are parsed every time; each call
    returns a new object; a text that does not parse raises tomllib's error and is not stored."""
    import json
    import pathlib
    root = pathlib.Path(__file__).resolve().parent.parent
    texts = TOML_TEXTS + [(root / "pyproject.toml").read_text(encoding="utf-8"),
                          (root / "rules" / "profiles" / "law-gov-annual-report.toml").read_text(encoding="utf-8")]
    code = (
        "import sys, json\n"
        "from lintgov import recache\n"
        "recache.install()\n"
        f"texts = {texts!r}\n"
        "got = []\n"
        "for t in texts[:2] + texts[4:]:\n"
        "    a = recache.toml_loads(t); a['extra'] = 1; b = recache.toml_loads(t)\n"
        "    got.append(repr(b))\n"
        "seen = 'tomllib' in sys.modules\n"
        "for t in texts[2:4]:\n"
        "    got.append(repr(recache.toml_loads(t)))\n"
        "try:\n"
        "    recache.toml_loads('a = = 1')\n"
        "    bad = None\n"
        "except Exception as e:\n"
        "    bad = type(e).__name__\n"
        "n = len(recache._toml_new)\n"
        "recache.save()\n"
        "print(json.dumps([got, seen, bad, n]))\n")
    env = dict(os.environ, LINTGOV_CACHE_DIR=str(tmp_path))
    env.pop("LINTGOV_NO_PATTERN_CACHE", None)
    run = lambda: json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                                            check=True).stdout)
    first, second = run(), run()
    import tomllib
    want = [repr(tomllib.loads(t)) for t in texts[:2] + texts[4:] + texts[2:4]]
    assert first[0] == want and second[0] == want
    assert first[1] is True and second[1] is False        # the second process read every plain text back
    assert first[2] == second[2] == "TOMLDecodeError"
    assert first[3] == 4 and second[3] == 0               # dates, NaN and the bad text are never stored


# -- whole-text scans tried only where a match can start (speed7) ---------------------------------------------------
def _whole_text_scans():
    """(name, plain scan, fast scan) of the whole-text scans that are tried only where a match can start: the first
    set read by lazyre.finditer, an anchor a match starts a bounded distance before (anchored_finditer), or a core
    every match holds (no core in the text: no scan)."""
    from lintgov import lazyre
    from lintgov.claims import grammar, indicators, lists, stocks
    from lintgov.rules import placeholders, points, spans, structure, tables
    first_set = [structure._STRUCT_HEAD, spans._RANGE_FLOW, grammar._TRANS_LIST, stocks._TH_HINT, points._BOTH_DIFFER,
                 points._TARGET_THEN_POINTS, grammar._TIMES_CN, grammar._RESTORE, tables._PLAN_CMP,
                 placeholders._INSTRUCTION, lists._CHAIN_DASH, stocks._ADD_VERB_Q]
    out = [(p.pattern, p.finditer, lambda t, p=p: lazyre.finditer(p, t)) for p in first_set]
    out.append(("shared noun", lists._SHARED_NOUN.finditer,
                lambda t: lazyre.anchored_finditer(lists._SHARED_NOUN, t, lists._SHARED_NOUN_AT, back=15)))
    out.append(("tenths", lambda t: indicators._TENTHS.finditer(t, 0, len(t)),
                lambda t: indicators._TENTHS.finditer(t, 0, len(t)) if indicators._TENTHS_CORE.search(t, 0, len(t))
                else ()))
    out.append(("share items", stocks._SHARE_ITEM.finditer,
                lambda t: stocks._SHARE_ITEM.finditer(t) if stocks._SHARE_ITEM_CORE.search(t) else ()))
    return out


#: statements each scan above reads (a match of every one of them), and near misses
SCANNED = ["三次产业结构由5%、40%、55%调整为4%、38%、58%。", "一二三产业比重为3:40:57。",
           "。2019年—2023年，累计新增就业12万人，平均每年新增2.4万人。", "\n 2020年至2024年间，新建绿道137公里，年均新建27公里；",
           "。上年分别为39490元和19860元。", "；去年同期分别是3.2万件、4.1万件。",
           "受理、审结案件分别从400件、350件增加到460件、420件，分别增长15%、20%。",
           "超过1000万元的项目52个，亿元以上项目12个，逾百亿元企业3家，万元级1个。",
           "两项指标分别高出上年2个和3个百分点。", "目标为5%，实际增长6.1%，高出目标1.1个百分点。",
           "是2012年的二点五倍", "恢复至疫情前的九成", "比计划超额完成12%", "【此处填写具体数字】（待补充）",
           "2016—2020年—2025年", "新增企业575家，全区企业总数达8,000家", "建成开明公园、竹韵公园、虹桥公园三园；海港、空港两港。",
           "开明公园、虹桥公园两园两", "全市工业增加值1200亿元，约占全市生产总值的三成。", "、同比增长8.1%，占全省的近四成以上，",
           "104种工业产品中，占比超过10%的有44种、超过20%的有23种。", "占全市比重100%达14种，占比80%以上达29种。",
           "两者相差1.2个百分点。", "满意率目标为90%，实际达到93.6%，高于目标3.6个百分点。", "游客人数恢复到2019年同期的95.3%。",
           "七成", "一成不变", "园五园", "、园", "10%的有", "%的有"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(SCANNED + NUMBERY + ["园", "、", "两", "成", "的有", "达到", "分别", "上年"]), max_size=40),
       st.integers(1, 60))
def test_whole_text_scans_are_the_plain_scans(parts, reps):
    text = "".join(parts) * (reps * 30 if reps > 50 else 1)   # sometimes past lazyre's 40,000 characters
    for name, plain, fast in _whole_text_scans():
        want = [(m.span(), m.groups()) for m in plain(text)]
        assert [(m.span(), m.groups()) for m in fast(text)] == want, name


def test_whole_text_scans_on_seeds_and_statements():
    from lintgov import lazyre
    from lintgov.claims.grammar import folded_text, skeleton
    raw = [open(s, encoding="utf-8").read() for s in SEEDS] + ["\n".join(SCANNED) * 40]
    texts = []
    for t in raw:   # (the claims layer's scans read the folded text and its skeleton, figures as tokens)
        doc = Document(t)
        texts += [t, folded_text(doc), skeleton(doc)[0]]
    hits = {}
    for name, plain, fast in _whole_text_scans():
        for text in texts:
            want = [(m.span(), m.groups()) for m in plain(text)]
            hits[name] = hits.get(name, 0) + len(want)
            assert [(m.span(), m.groups()) for m in fast(text)] == want, name
    assert all(hits.values()), [n for n, k in hits.items() if not k]   # every scan compared on its matches
    # the long texts are scanned at the first sets (past lazyre's 40,000 characters), not plainly
    assert lazyre._anchor(lazyre._compiled(__import__("lintgov.rules.structure", fromlist=["x"])._STRUCT_HEAD))[0] \
        is not None


def _clause_start_reference(masked, off, floor):
    """claims.roles.clause_start plainly: a search per break character back to ``floor``; then a 其中 standing alone
    before the comma or colon that broke the clause (after a clause break or an ASCII comma, or at the text's start:
    …1,286名，其中，持有…) opens the clause after it, as 其中持有… does — never before ``floor`` nor the text's start."""
    if off <= floor:
        return off
    k = max([masked.rfind(ch, floor, off) for ch in "，；;：:。！？!?\n"])
    j = masked.rfind(",", max(k, floor), off)
    while j > k:
        if not (j >= 1 and masked[j - 1].isdigit() and masked[j + 1:j + 2].isdigit()):
            k = j
            break
        j = masked.rfind(",", max(k, floor), j)
    s = k + 1 if k >= floor else floor
    if s >= 3 and s - 3 >= floor and masked[s - 3:s] in ("其中，", "其中,", "其中：", "其中:") \
            and (s == 3 or masked[s - 4] in "，,；;：:。！？!?\n"):
        return s - 3
    return s


CLAUSEY = ["，", "；", ";", "：", ":", "。", "！", "？", "!", "?", "\n", ",", "1", "2", "3", "年", "增长", "件", "%", " ", "其中",
           "全市", "、"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(CLAUSEY), max_size=80), st.integers(1, 40), st.lists(st.tuples(st.integers(-5, 400),
       st.integers(-5, 400)), max_size=12))
def test_clause_start_is_the_reference(parts, reps, spans):
    from lintgov.claims.roles import clause_start
    text = "".join(parts) * (reps if reps > 30 else 1)
    for a, b in spans + [(0, len(text)), (max(0, len(text) - 70), len(text)), (0, 0)]:
        assert clause_start(None, text, b, a) == _clause_start_reference(text, b, a), (a, b)


def test_clause_start_on_seeds():
    from lintgov.claims.roles import clause_start
    for s in SEEDS:
        text = open(s, encoding="utf-8").read()
        for off in range(0, len(text), 7):
            for floor in (0, off - 1, off - 40, off - 64, off - 65, off - 300, off + 1):
                assert clause_start(None, text, off, floor) == _clause_start_reference(text, off, floor), (s, off, floor)


# -- flattened tables: only lines of two cells or more are read (lintgov.claims.tables._next_two_cells) -------------
_CELL_ALPHABET = "指标项目件数占比2023年增长率行政复议（件）1234.5%|｜ \t\u3000\r\n受理办结合计。，"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_CELL_ALPHABET, max_size=200))
def test_two_cells_found_exactly_where_tokens_are(text):
    from lintgov.claims import tables
    pos = 0
    lines = text.split("\n")
    for k, line in enumerate(lines):
        a, b = pos, pos + len(line)
        two = len(tables._tokens(text, a, b)) >= 2
        at = tables._next_two_cells(text, a)
        assert (a <= at < b) == two, line
        # else the first line after this one that holds two cells
        if not two:
            later = [p for p, x in zip(itertools.accumulate([len(y) + 1 for y in lines], initial=0), lines)
                     if p > a and len(tables._tokens(text, p, p + len(x))) >= 2]
            assert (at == -1) == (not later)
            assert at == -1 or text.rfind("\n", 0, at) + 1 == later[0]
        pos = b + 1


_TABLE_LINES = ["指标 2022年 2023年 增长率", "受理 120 150 25%", "办结 100 132 32%", "项目 件数", "合计 418 100%",
                "类别 件数 占比 维持 268 64.1% 纠错 86 20.6% 其他 64 15.3% 合计 418 100%", "| 项目 | 件数 |", "|---|---|",
                "| 受理 | 12 |", "| 办结 | 10 |", "全年受理行政复议案件120件。", "", "  ", "序号 指标 上年 本年",
                "1 收入（亿元） 218.4 236.8", "2 税收（亿元） 182.6 190.3", "单位：件", "（件） （%）", "一审审结 142 败诉 9 败诉率 6.3%",
                "  受理 120 150 25%", "办结\u3000100\u3000132\u300032%"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TABLE_LINES), max_size=25))
def test_text_tables_same_as_reading_every_line(lines):
    from lintgov.claims import tables
    text = "\n".join(lines)
    fast = tables._text_tables(Document(text))
    saved = tables._next_two_cells
    any_char = re.compile(r"[^\n]")
    # the plain loop: every line that is not empty read
    tables._next_two_cells = lambda t, pos: (lambda m: -1 if m is None else m.start())(any_char.search(t, pos))
    try:
        plain = tables._text_tables(Document(text))
    finally:
        tables._next_two_cells = saved
    assert fast == plain
    assert len(plain) == len(tables.tables_of(Document(text)))


_ROW_ALPHABET = "行政复议件 \t\u3000\r\n1234.5%％+-−,，０１受理" + "\u2028\x85"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_ROW_ALPHABET, max_size=300))
def test_row_like_lines_same_as_line_by_line(text):
    from lintgov.claims import tables
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    plain = {i for i, (a, b) in enumerate(lines) if tables._ROW_LIKE.search(text, a, b) and b - a <= 80}
    starts = [a for a, _ in lines] + [len(text) + 1]
    assert tables._row_like_lines(text, starts, [b - a for a, b in lines]) == plain


def test_row_like_lines_long_line_and_neighbours():
    from lintgov.claims import tables
    rows = "行政复议 312 398 21.6%\n全年受理行政复议案件312件。\n办结 100 132 32%\n" + "说明 12 " * 20 + "\n受理 1 2 3%"
    doc = Document(rows)
    got = tables.lone_rows(doc)
    assert [r.label for r in got] == ["行政复议", "办结", "受理"]     # (a line over 80 characters is no row: 受理 stands alone)


# -- headings: a paragraph that opens with no marker's first character is not tried ------------------------------------
def test_heading_openers_hold_every_first_character():
    from lintgov import headings, lazyre
    firsts = [lazyre.first_set(p) for p in [pat for _, pat in headings._MARKERS] + [headings._ATTACH_PREFIX,
                                                                                      headings._DECIMAL_ORD]]
    assert all(f is not None for f in firsts)
    for c in map(chr, range(0x20, 0x10000)):
        if any(f.match(c) for f in firsts):
            assert headings._OPENERS.match(c), c


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["一、", "（二）", "3.", "4．", "附件：", "1.", "十二、", "(5)", "6）", "七)", "总体情况", "\n", "\n\n",
                                 "。", "2023年", "7.4E级", "二、三产业", "1.14大产业", "８、", "１．", "九，", "一是"]), max_size=40))
def test_headings_read_as_without_openers(parts):
    """parse_headings with the openers' test gives the tree it gives without it (every paragraph tried)."""
    from lintgov import headings
    text = "".join(parts)
    got = headings.parse_headings(Document(text))
    saved = headings._OPENERS
    headings._OPENERS = re.compile(r"|")          # matches everywhere: the paragraph is tried as before
    try:
        want = headings.parse_headings(Document(text))
    finally:
        headings._OPENERS = saved
    assert [(h.level, h.value, h.start, h.marker_end, h.title_end, h.paragraph) for h in got] == \
        [(h.level, h.value, h.start, h.marker_end, h.title_end, h.paragraph) for h in want]


def test_residue_alternations_are_the_same_in_every_process():
    """The words' alternation is written in a fixed order (the compiled-pattern cache keys patterns by their text: one
    that changed with the string hashes of each process was compiled and stored again at every start)."""
    code = "from lintgov import residue; print(residue._ANY_NEEDED.pattern + residue._ANY_ANCHORED.pattern)"
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           env=dict(os.environ, PYTHONHASHSEED=str(seed))).stdout for seed in (1, 2, 3)}
    assert len(outs) == 1 and next(iter(outs)).strip()
