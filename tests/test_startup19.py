"""Start-up work of a one-file check (issue 14, session startup19).  No timings: each test checks that the faster
path gives what the plain one gave, or that a run does not import what it does not use."""
import os
import re
import subprocess
import sys
import textwrap
import warnings

import pytest

from lintgov import recache

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

_PATTERNS = [("a(b+)c", 0), ("a(b+)c", re.I), ("^x$", re.M | re.S), (r"(?P<n>\d+)年", 0), (b"ab+", 0),
             ("[一二三]是", re.U), ("x", 0)]


@pytest.fixture
def fast_re():
    """``re._compile`` replaced by recache's copy for the test (whether or not install() ran before)."""
    was = recache._re_orig_compile
    if was is None:
        recache._install_re_compile()
    if recache._re_orig_compile is None:
        pytest.skip("re._compile is not the function recache copies (another Python)")
    yield recache._re_orig_compile
    if was is None:
        recache._uninstall_re_compile()


def _same_pattern(a, b):
    return (type(a) is type(b) and a.pattern == b.pattern and a.flags == b.flags and a.groups == b.groups
            and a.groupindex == b.groupindex)


def test_fast_re_compile_builds_the_patterns_re_builds(fast_re):
    assert re._compile is recache._re_compile
    for p, f in _PATTERNS:
        re.purge()
        fast = re.compile(p, f)
        re.purge()
        plain = fast_re(p, f)
        assert _same_pattern(fast, plain)
        s = "xab bbc ABBC 2024年 一是" if type(p) is str else b"xab bbc abbbc"
        assert [m.span() for m in fast.finditer(s)] == [m.span() for m in plain.finditer(s)]


def test_fast_re_compile_keeps_res_cache_and_its_eviction(fast_re, monkeypatch):
    re.purge()
    monkeypatch.setattr(re, "_MAXCACHE", 3)
    got = [re.compile(f"p{i}", re.I) for i in range(5)]
    # keyed as re keys it (the flags as a plain int), the oldest dropped first
    assert list(re._cache) == [(str, f"p{i}", int(re.I)) for i in (2, 3, 4)]
    assert re.compile("p4", re.I) is got[4]              # a hit returns the cached object
    assert re.compile("p4", int(re.I)) is got[4]         # RegexFlag and its value are one key
    re.purge()
    assert re._cache == {}


def test_fast_re_compile_keeps_res_errors_and_warning(fast_re):
    p = re.compile("ab")
    assert re.compile(p) is p
    with pytest.raises(ValueError):
        re.compile(p, re.I)
    with pytest.raises(TypeError):
        re.compile(5)
    with pytest.raises(re.error):
        re.compile("a(")
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        re.compile("t", re.TEMPLATE)
    assert [x.category for x in w] == [DeprecationWarning]
    # a str subclass and odd flags go to re's own function, which accepts or refuses them as before
    class S(str):
        pass
    assert re.compile(S("ab+")).pattern == "ab+"
    with pytest.raises(TypeError):
        re.compile("x", "bad flags")


def test_fast_re_compile_is_not_installed_over_another_function(monkeypatch):
    was = recache._re_orig_compile
    recache._uninstall_re_compile()
    try:
        def other(pattern, flags):
            return None
        monkeypatch.setattr(re, "_compile", other)
        recache._install_re_compile()
        assert re._compile is other and recache._re_orig_compile is None
    finally:
        monkeypatch.undo()
        if was is not None:
            recache._install_re_compile()
    assert (re._compile is recache._re_compile) == (was is not None)


_IMPORTS = textwrap.dedent("""
    import sys, io
    sys.argv = ["lintgov", "check", "--no-cache", "--exit-zero", sys.argv[1]]
    out = io.StringIO()
    sys.stdout = out
    from lintgov import cli
    code = cli.main()
    sys.stdout = sys.__stdout__
    print(code, "pickle" in sys.modules, len(out.getvalue()) > 0)
""")


def _imports_pickle(*paths):
    env = dict(os.environ, LINTGOV_NO_PATTERN_CACHE="1", LINTGOV_DISABLE_PLUGIN_AUTOLOAD="1")
    got = subprocess.run([sys.executable, "-c", _IMPORTS, *paths], capture_output=True, text=True, env=env,
                         cwd=ROOT, timeout=300)
    assert got.returncode == 0, got.stderr
    return got.stdout.split()


def test_a_one_file_check_does_not_import_pickle(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("2023年，全市地区生产总值达到100亿元，增长5%。\n", encoding="utf-8")
    code, pickled, printed = _imports_pickle(str(f))
    assert code in ("0", "1") and printed == "True"
    assert pickled == "False"


def test_the_spool_still_holds_records_that_pairs_need(tmp_path):
    # two reports of one series: the runner spools phase 1's records (pickle) and pairs them
    from lintgov.runner.spool import Spool
    s = Spool(in_memory=10)
    recs = [{"i": i, "t": "文" * i} for i in range(5)]
    for r in recs:
        s.put(r)
    assert list(s) == recs and len(s) == 5
    s.close()


# -- regex patterns without regex's compiler (lintgov.regexlite) -------------------------------------------------

def test_regexlite_flags_and_escape_are_regexs():
    import regex
    from lintgov import regexlite, scripts
    assert (regexlite.I, regexlite.M) == (int(regex.I), int(regex.M))
    assert regexlite.IGNORECASE == int(regex.IGNORECASE) and regexlite.MULTILINE == int(regex.MULTILINE)
    words = list(scripts.OVERCONVERTED_WORDS) + list(scripts.REGIONAL_WORDS)
    odd = ["a.b", "(x)", "a b", "tab\there", "全角\u3000空格", "#&~-", "[]{}?*+|^$\\", "", "普通文字", "\u2028"]
    for w in words + odd:
        assert regexlite.escape(w) == regex.escape(w), w
    # every character regex escapes, and none it keeps
    for c in map(chr, range(0x3100)):
        assert regexlite.escape(c) == regex.escape(c), hex(ord(c))


_RX_RUN = textwrap.dedent("""
    import sys, json
    from lintgov import recache
    recache.install()
    from lintgov import regexlite
    pats = [(r"\\p{Han}+", 0), (r"^(?P<n>\\p{Han}{1,3})[:：]", regexlite.M), (r"(?i:abc)|D\\d", regexlite.I)]
    out = []
    for p, f in pats:
        c = regexlite.compile(p, f)
        out.append([c.pattern, c.flags, c.groups, dict(c.groupindex),
                    [m.span() for m in c.finditer("甲乙：abc D1 汉字\\n丙丁:ABC")]])
    out.append(regexlite.search(r"\\p{Han}", "ab汉") is not None)
    out.append(regexlite.match(r"\\d{2}(?!\\d)", "12a").span())
    imported = "regex._main" in sys.modules
    engine = sys.modules.get("regex._regex")
    recache.save()
    regexlite._module()                    # (what lintgov.regexlite does for a pattern not stored)
    import regex
    same_engine = regex._main._regex is engine and regex._regex is engine
    print(json.dumps([out, imported, same_engine]))
""")


def _rx_run(cache_dir):
    env = dict(os.environ, LINTGOV_CACHE_DIR=str(cache_dir))
    env.pop("LINTGOV_NO_PATTERN_CACHE", None)
    got = subprocess.run([sys.executable, "-c", _RX_RUN], capture_output=True, text=True, env=env, cwd=ROOT,
                         timeout=300)
    assert got.returncode == 0, got.stderr
    import json
    return json.loads(got.stdout)


def test_regexlite_builds_stored_patterns_without_regexs_compiler(tmp_path):
    first = _rx_run(tmp_path)
    second = _rx_run(tmp_path)
    assert first[1] is True                    # nothing stored yet: regex compiled them (and stored them)
    assert second[1] is False                  # read back: regex's compiler never imported
    assert second[2] is True                   # a later `import regex` uses the engine already loaded
    assert first[0] == second[0]               # the same patterns: pattern, flags, groups, matches
    import regex                               # and regex's own compile gives the same
    pats = [(r"\p{Han}+", 0), (r"^(?P<n>\p{Han}{1,3})[:：]", regex.M), (r"(?i:abc)|D\d", regex.I)]
    for (p, f), got in zip(pats, second[0]):
        c = regex.compile(p, f)
        assert got == [c.pattern, c.flags, c.groups, dict(c.groupindex),
                       [list(m.span()) for m in c.finditer("甲乙：abc D1 汉字\n丙丁:ABC")]]
    assert second[0][3:] == [True, [0, 2]]


def test_regex_section_follows_the_installed_regex(tmp_path, monkeypatch):
    # the store's section of regex patterns is named by regex's files: another version reads another section
    for n in ("_regex_core.py", "_main.py", "_regex.so"):
        (tmp_path / n).write_text("x")
    monkeypatch.setattr(recache, "_rx_files", (str(tmp_path), "_regex.so"))
    monkeypatch.setattr(recache, "_rx_tag", None)
    before = recache._regex_tag()
    (tmp_path / "_regex_core.py").write_text("a newer compiler")
    monkeypatch.setattr(recache, "_rx_tag", None)
    after = recache._regex_tag()
    assert before and after and before != after


def test_a_check_reads_its_regex_patterns_back(tmp_path):
    seed = sorted(p for p in os.listdir(os.path.join(ROOT, "seeds")) if p.endswith(".txt"))[0]
    code = textwrap.dedent("""
        import sys, io
        from lintgov import cli
        sys.stdout = io.StringIO()
        rc = cli.main(["check", "--no-cache", "--exit-zero", sys.argv[1]])
        out = sys.stdout.getvalue()
        sys.stdout = sys.__stdout__
        from lintgov import recache
        recache.save()
        print(rc, "regex._main" in sys.modules, len(out))
    """)
    env = dict(os.environ, LINTGOV_CACHE_DIR=str(tmp_path), LINTGOV_DISABLE_PLUGIN_AUTOLOAD="1")
    env.pop("LINTGOV_NO_PATTERN_CACHE", None)
    runs = [subprocess.run([sys.executable, "-c", code, os.path.join(ROOT, "seeds", seed)], capture_output=True,
                           text=True, env=env, cwd=ROOT, timeout=300) for _ in range(2)]
    assert all(r.returncode == 0 for r in runs), runs[0].stderr + runs[1].stderr
    (rc1, imp1, n1), (rc2, imp2, n2) = (r.stdout.split() for r in runs)
    assert imp1 == "True" and imp2 == "False"      # the first start compiles and stores, the second reads back
    assert (rc1, n1) == (rc2, n2) and int(n1) > 0  # and reports the same


# -- lazily compiled patterns keep only the attributes read ---------------------------------------------------

def test_lazy_pattern_gives_the_compiled_patterns_attributes():
    from lintgov import lazyre
    lp = lazyre.compile(r"(?P<y>\d{4})年", re.M)
    assert lp._compiled is None                          # nothing compiled before the first use
    plain = re.compile(r"(?P<y>\d{4})年", re.M)
    text = "2023年和2024年\n1999年"
    assert [m.span() for m in lp.finditer(text)] == [m.span() for m in plain.finditer(text)]
    c = lp._compiled
    assert c is not None and lp.finditer.__self__ is c
    for name in lazyre._METHODS:                         # every attribute, read after the first use, is the pattern's
        assert getattr(lp, name) == getattr(c, name), name
    assert lp.search.__self__ is c and lp.pattern == plain.pattern and lp.flags == plain.flags
    assert lp.groupindex == plain.groupindex and lp.groups == 1
    assert lp.sub("X", text) == plain.sub("X", text) and lp.split(text) == plain.split(text)
    assert lazyre._compiled(lp) is c
    with pytest.raises(AttributeError):
        lp.no_such_attribute
    # another engine (regex, through lintgov.regexlite) is asked once
    calls = []

    class Engine:
        @staticmethod
        def compile(p, f):
            calls.append((p, f))
            return re.compile(p, f)
    lp2 = lazyre.LazyPattern("ab+", 0, Engine)
    assert lp2.match("abb").end() == 3 and lp2.search("xab").start() == 1 and lp2.pattern == "ab+"
    assert calls == [("ab+", 0)]
