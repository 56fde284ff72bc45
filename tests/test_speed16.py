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


# -- patterns that opened with a lookbehind or a group, now with their first character ----------------------------------

def _class_led_pairs():
    import re
    from lintgov.claims import grammar, stocks, yearlevels
    from lintgov.lazyre import _compiled
    return [(_compiled(yearlevels._CN_LABEL), re.compile(yearlevels.CN_LABEL_PLAIN)),
            (_compiled(grammar._CN_YEAR_DIGITS), re.compile(grammar.CN_YEAR_DIGITS_PLAIN)),
            (_compiled(stocks._PRIOR_STOCK), re.compile(stocks.PRIOR_STOCK_PLAIN))]


def _spans(pat, text, *bounds):
    return [(m.span(), m.groups()) for m in pat.finditer(text, *bounds)]


def test_class_led_patterns_are_the_plain_ones():
    import glob
    import random
    rng = random.Random(1616)
    alphabet = "一二九〇○零三四五六七八十百千万亿两年末底全度以来比较同与至到—－-上去年由从和是为及、，。 "
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 80))) for _ in range(3000)]
    texts += ["一九五七年", "比一九五七年", "二〇二三年末", "十二〇二三年", "二○○五年以来", "上年末", "上一年底", "去年末",
              "上年年末", "上年年底", "去年年底", "一一九九年", "两二〇二〇年", "二零二零年度"]
    digits = "〇○零一二三四五六七八九"
    for _ in range(3000):     # years in Chinese numerals with what may stand around them
        year = rng.choice("一二") + "".join(rng.choice(digits) for _ in range(3))
        texts.append("".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 3))) + year + rng.choice(["", " "])
                     + "年" + rng.choice(["", "末", "底", "全年", "度", "以来", "比", "至", "—"]) + rng.choice(["", "上年末", "去年底"]))
    texts += [open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(ROOT, "seeds", "*.txt")))]
    n = 0
    for new, plain in _class_led_pairs():
        assert new.pattern != plain.pattern
        for t in texts:
            want = _spans(plain, t)
            assert _spans(new, t) == want, (plain.pattern, t)
            assert _spans(new, t, 1, max(1, len(t) - 1)) == _spans(plain, t, 1, max(1, len(t) - 1)), (plain.pattern, t)
            assert [m.span() for m in [new.search(t, 2)] if m] == [m.span() for m in [plain.search(t, 2)] if m]
            n += len(want)
    assert n > 300


def test_time_words_scan_is_the_plain_scan():
    import glob
    from lintgov import lazyre
    from lintgov.claims.grammar import _TIME_ANY
    from lintgov.document import Document
    from lintgov.claims.grammar import folded_text
    texts = ["去年以来，全年完成120亿元；上半年增长8%，2019年至2023年年均增长5%。今年一季度、本年度、目前、现阶段、如今。"]
    texts += [folded_text(Document(open(p, encoding="utf-8").read(), path=p))
              for p in sorted(glob.glob(os.path.join(ROOT, "seeds", "*.txt")))]
    texts.append("\n".join(texts) * 3)    # (past lazyre's threshold: the first set is read and the scan anchored)
    n = 0
    for t in texts:
        want = [(m.span(), m.groupdict()) for m in _TIME_ANY.finditer(t)]
        assert [(m.span(), m.groupdict()) for m in lazyre.finditer(_TIME_ANY, t)] == want
        n += len(want)
    assert n > 20
