"""Speed changes of the session 2026-12-07 06:53–09:53 (speed16): each is exact, and each test fails on the code before.

* The claims layer's hot functions read the names of the modules they cannot import at the top (import cycles) through
  module objects bound once (``_late_<module>``: by ``lintgov.claims`` once every submodule is complete, or at the end
  of a rule module), instead of a ``from … import`` statement that ran at every call (~1.3 µs each; ~41,600 such
  statements a run of corpus/gwr before, ~19,200 after).
"""
import ast
import importlib
import inspect
import os
import subprocess
import sys
import textwrap

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

#: (module, function): the sites a gwr run called most (each ≥ 120 times a run), now free of import statements
HOT = [
    ("lintgov.claims.lookback", "bare_key"),
    ("lintgov.claims.yearlevels", "level_key"),
    ("lintgov.claims.yearlevels", "names_nothing"),
    ("lintgov.claims.yearlevels", "scope_at"),
    ("lintgov.claims.yearlevels", "_total"),
    ("lintgov.claims.yearlevels", "keys_agree"),
    ("lintgov.claims.grammar", "_year_part_base"),
    ("lintgov.claims.grammar", "_level_closing_before"),
    ("lintgov.claims.grammar", "_earlier_operands"),
    ("lintgov.claims.grammar", "_later_operands"),
    ("lintgov.claims.grammar", "_bind_around"),
    ("lintgov.claims.grammar", "_review_level"),
    ("lintgov.claims.review", "review_part"),
    ("lintgov.claims.horizons", "_total_key"),
    ("lintgov.claims.horizons", "_figures"),
    ("lintgov.claims.horizons", "_parts_of"),
    ("lintgov.claims.rates", "_key"),
    ("lintgov.claims.rates", "among_share_pairs"),
    ("lintgov.claims.levels", "_tail"),
    ("lintgov.claims.lists", "_counties_of"),
    ("lintgov.claims.totals", "_level_figures"),
    ("rules.yoy", "_plan_or_part"),
    ("rules.yoy", "_plan_or_part_any"),
    ("rules.yoy", "doc_year"),
    ("rules.yoy", "doc_issuer"),
    ("rules.bounds", "_restated_with_bound"),
    ("rules.references", "_titles"),
    ("rules.spans", "_figures_year"),
]


def _function(mod, name):
    obj = getattr(mod, name, None)
    if obj is None:          # a method: find it among the module's classes
        for cls in vars(mod).values():
            if inspect.isclass(cls) and name in vars(cls):
                obj = vars(cls)[name]
                break
    return inspect.unwrap(obj)


def test_hot_functions_run_no_from_import():
    for modname, fname in HOT:
        mod = importlib.import_module(modname)
        fn = _function(mod, fname)
        tree = ast.parse(textwrap.dedent(inspect.getsource(fn)))
        froms = [ast.unparse(n) for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
        assert not froms, f"{modname}.{fname} imports at every call: {froms}"


def test_late_module_aliases_are_the_modules():
    seen = 0
    for modname in {m for m, _f in HOT}:
        mod = importlib.import_module(modname)
        for name, val in vars(mod).items():
            if name.startswith("_late_") and name != "_late_mod":
                target = name[len("_late_"):]
                assert inspect.ismodule(val), (modname, name)
                assert val.__name__.rsplit(".", 1)[-1] == target, (modname, name, val.__name__)
                assert sys.modules[val.__name__] is val
                seen += 1
    assert seen >= 20


def test_each_module_imports_first_in_a_fresh_interpreter():
    """Binding the modules must not change which import of a cycle completes first: each module the change touched can
    be the first one a process imports."""
    mods = sorted({m for m, _f in HOT} | {"lintgov.claims", "lintgov.claims.metric", "lintgov.claims.stocks",
                                           "lintgov.claims.classes", "lintgov.claims.indicators",
                                           "lintgov.claims.ratios", "lintgov.kind", "lintgov.data"})
    code = "import importlib, sys\nfor m in sys.argv[1:]:\n    importlib.import_module(m)\n"
    for m in mods:
        got = subprocess.run([sys.executable, "-c", code, m], cwd=ROOT, capture_output=True, text=True)
        assert got.returncode == 0, (m, got.stderr[-2000:])


# -- sentence ends --------------------------------------------------------------------------------------------------

def _sentence_texts():
    import glob
    import random
    from lintgov.document import Document
    for path in sorted(glob.glob(os.path.join(ROOT, "seeds", "*.txt"))):
        yield Document(open(path, encoding="utf-8").read(), path=path)
    rng = random.Random(16)
    alphabet = "。！？!?…”’」』）)“（(，,年增长8%\n 　文字" + "。…"
    for _ in range(400):
        yield Document("".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 60))))
    for t in ("全年增长8%。", "真的吗？！”他说。", "等等……", "等等……”", "等等…… 下文", "好！！）然后……」", "……", "…", "。。。",
              "他说：“完成了。”然后", "结束…\n", "一…二……三………四"):
        yield Document(t)


def test_sentence_ends_are_the_plain_reading():
    import re
    from lintgov.document import SENTENCE_END_PLAIN, _SENTENCE_END
    plain = re.compile(SENTENCE_END_PLAIN)
    n = 0
    for doc in _sentence_texts():
        masked = doc.masked()
        for p in doc.paragraphs:
            for lo, hi in ((p.start, p.end), (0, len(masked)), (p.start, max(p.start, p.end - 1))):
                got = [m.span() for m in _SENTENCE_END.finditer(masked, lo, hi)]
                want = [m.span() for m in plain.finditer(masked, lo, hi)]
                assert got == want, (masked[lo:hi], got, want)
                n += len(want)
    assert n > 200
    # the new pattern opens with a class: re scans for it with the class's bitmap (the plain one has no such prefix)
    assert _SENTENCE_END.pattern.startswith("[")
