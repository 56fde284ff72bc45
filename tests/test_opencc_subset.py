"""OpenCC with only the dictionary entries a text can use converts as the whole configuration does
(lintgov.opencc_subset)."""
import glob
import os

import pytest

from lintgov import opencc_subset as sub
from lintgov.scripts import converter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = sorted(glob.glob(os.path.join(ROOT, "seeds", "*.txt")))
CORPUS = os.path.join(ROOT, "..", "shared", "corpus")

pytest.importorskip("marisa_trie")


@pytest.fixture(autouse=True)
def _fresh(tmp_path, monkeypatch):
    monkeypatch.setenv("LINTGOV_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(sub, "_loaded", {})
    monkeypatch.setattr(sub, "_last", {})


def _entries():
    share = sub._share_dir()
    cfg, tables = sub._tables_for("s2t")
    return share, cfg, tables


def test_every_dictionary_entry_converts_alike():
    """Each key of every dictionary of s2t, alone on a line and all lines at once: the subset
    (here every entry) gives what the whole configuration gives."""
    share, cfg, tables = _entries()
    keys = []
    for f in sub._dict_files(cfg):
        keys.extend(sub.read_ocd2(os.path.join(share, f)))
    assert len(keys) > 50_000
    text = "\n".join(keys)
    assert sub.subset_converter("s2t", text).convert(text) == converter("s2t").convert(text)
    # and pairs of keys run together (a phrase across the join, a longer match across it)
    joined = "".join(keys[i] + keys[-1 - i] + "\n" for i in range(0, len(keys), 3))
    assert sub.subset_converter("s2t", joined).convert(joined) == converter("s2t").convert(joined)


def _texts():
    files = SEEDS + sorted(glob.glob(os.path.join(CORPUS, "*", "*.txt")))[::4]
    t2s = converter("t2s")
    for f in files:
        raw = open(f, encoding="utf-8", errors="replace").read()
        yield f, raw
        yield f, t2s.convert(raw)


def test_reports_convert_alike():
    """Seeds and every fourth report of the corpora (as written and converted to simplified):
    the whole text, each line and words inside it convert alike."""
    whole = converter("s2t")
    n = 0
    for f, text in _texts():
        conv = sub.subset_converter("s2t", text)
        assert conv.convert(text) == whole.convert(text), f
        lines = text.split("\n")
        assert [conv.convert(x) for x in lines] == [whole.convert(x) for x in lines], f
        words = [text[i:i + k] for k in (2, 3, 4) for i in range(0, len(text) - k, 11)]
        assert [conv.convert(w) for w in words] == [whole.convert(w) for w in words], f
        n += 1
    assert n >= 10


def test_derived_once_and_cached(tmp_path):
    text = open(SEEDS[0], encoding="utf-8").read()
    assert sub.subset_converter("s2t", text) is not None
    cached = glob.glob(os.path.join(str(tmp_path), "opencc-s2t-*.tables"))
    assert len(cached) == 1
    assert not [p for p in os.listdir(str(tmp_path)) if p.startswith("subset-")]  # subset files removed
    sub._loaded.clear()
    got = sub._tables_for("s2t")           # read back from the cache file
    assert got is not None and sum(len(t.names) for t in got[1].values()) > 35_000
    # a damaged cache file is derived again
    with open(cached[0], "wb") as fh:
        fh.write(b"not marshal")
    sub._loaded.clear()
    assert sub._tables_for("s2t") is not None


def test_without_marisa_the_whole_converter(monkeypatch):
    import builtins
    real = builtins.__import__

    def no_marisa(name, *a, **k):
        if name == "marisa_trie":
            raise ImportError(name)
        return real(name, *a, **k)
    monkeypatch.setattr(builtins, "__import__", no_marisa)
    assert sub.converter_for("s2t", "发展") is converter("s2t")


def test_policy_long_texts_use_the_whole_dictionary_and_bulk_runs_subsets(monkeypatch):
    assert sub.converter_for("t2s", "發展") is converter("t2s")       # small configurations: whole
    assert sub.converter_for("s2t", "发" * (sub.MAX_TEXT + 1)) is converter("s2t")
    a = "头发在发展"
    c = sub.converter_for("s2t", a)
    assert c is not converter("s2t") and c.convert(a) == converter("s2t").convert(a)
    assert sub.converter_for("s2t", a) is c                            # the same text: the same one
    # a bulk run: a subset for each text, never the whole dictionary (its ~29 MiB of native memory
    # would then stay for the rest of the run: issue 14, memory flat in the number of files)
    for i in range(20):
        t = "干部" + "发展" * i
        c = sub.converter_for("s2t", t)
        assert c is not converter("s2t") and c.convert(t) == converter("s2t").convert(t)
