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
