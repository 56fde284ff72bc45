"""Start-up work that does not depend on the text (issue 14, session startup15).  No timings: each test checks
that the faster path builds what the plain one built, or that the console script's collector policy stays its own."""
import gc
import os
import subprocess
import sys
import textwrap

from lintgov import cli, data

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _reference_confusion():
    """The built-in confusion table read as before: every column joined character by character."""
    sound, shape = {}, {}
    with open(os.path.join(os.path.dirname(data.__file__), "confusion.tsv"), encoding="utf-8-sig") as f:
        for line in f:
            line = line.rstrip("\r\n")
            if line.startswith("#") or not line:
                continue
            parts = line.split("\t") + ["", ""]
            sound.setdefault(parts[0], []).append("".join(c for c in parts[1]))
            shape.setdefault(parts[0], []).append("".join(c for c in parts[2]))
    return sound, shape


def test_confusion_table_is_the_one_joined_character_by_character():
    sound, shape = _reference_confusion()
    conf = data.confusion.__wrapped__()          # a fresh table, not the process's cached one
    assert conf.sound._raw == sound and conf.shape._raw == shape
    assert len(sound) > 600
    for c in sound:
        want = frozenset(o for o in set("".join(sound[c])) if o != c and not o.isspace())
        assert conf.sound[c] == want


def test_a_list_of_characters_is_still_joined():
    d = {}
    data._add(d, "甲", ["乙", "丙"])
    data._add(d, "甲", "丁戊")
    assert d == {"甲": ["乙丙", "丁戊"]}
    assert all(type(v) is str for v in d["甲"])


def test_registry_objects_are_frozen_only_under_the_console_script_policy(monkeypatch):
    calls = []
    monkeypatch.setattr(gc, "freeze", lambda: calls.append(1))
    monkeypatch.setattr(cli, "_gc_policy", False)
    reg = cli._registry(True)
    assert reg.rules and calls == []          # main() called in-process (tests, the server) freezes nothing
    monkeypatch.setattr(cli, "_gc_policy", True)
    reg = cli._registry(True)
    assert reg.rules and calls == [1]


_FORWARD = textwrap.dedent("""
    import sys, typing
    from lintgov import recache
    recache.install()
    assert typing.compile is recache._forward_compile
    exprs = ["int", "Optional[str]", "Tuple[int, ...]", "'Quantity'", "*Ts", "List['Span']", "数值"]
    for e in exprs:
        got = typing.ForwardRef(e).__forward_code__
        want = compile(f"({e},)[0]" if e[0] == "*" else e, "<string>", "eval")
        assert got == want and got.co_flags == want.co_flags, e
    try:
        typing.ForwardRef("1 +")
    except SyntaxError:
        pass
    else:
        raise AssertionError("no SyntaxError")
    stored = sum(1 for k in recache._code_used if k.startswith(recache._EVAL_KEY))
    recache.save()
    print(stored)
""")


def test_forward_references_compile_from_the_store_to_the_same_code(tmp_path):
    env = dict(os.environ, LINTGOV_CACHE_DIR=str(tmp_path))
    env.pop("LINTGOV_NO_PATTERN_CACHE", None)
    first = subprocess.run([sys.executable, "-c", _FORWARD], capture_output=True, text=True, env=env, cwd=ROOT)
    assert first.returncode == 0, first.stderr
    assert first.stdout.split() == ["0"]          # nothing stored yet: each was compiled, then saved
    second = subprocess.run([sys.executable, "-c", _FORWARD], capture_output=True, text=True, env=env, cwd=ROOT)
    assert second.returncode == 0, second.stderr
    assert second.stdout.split() == ["7"]         # each read back from the file, equal to compile()'s
