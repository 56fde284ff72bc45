"""Speed work of issue 14 (session 2026-12-07): each fast path against what it replaces."""
import json
import os
import subprocess
import sys


def _run(code: str, env: dict) -> list:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    return json.loads(out.stdout)


def _env(tmp_path) -> dict:
    env = dict(os.environ, LINTGOV_CACHE_DIR=str(tmp_path))
    env.pop("LINTGOV_NO_PATTERN_CACHE", None)
    return env


def test_pattern_cache_holds_a_bulk_runs_patterns(tmp_path):
    """A run using more patterns than a one-file check (corpus/gwr uses ~2,350) finds all of them in the file the
    run before it wrote: with room for 2,000 (and new entries counted twice against the limit) ~350 were compiled
    and the file rewritten at every bulk run."""
    code = ("import re, json\nfrom lintgov import recache\nrecache.install()\n"
            "pats = ['x%dy+z' % i for i in range(2100)]\n"
            "hits = sum(1 for p in pats if re.compile(p).search('x17yyz x2099yz'))\n"
            "n = len(recache._new); recache.save(); print(json.dumps([hits, n]))\n")
    env = _env(tmp_path)
    first = _run(code, env)
    second = _run(code, env)
    assert first[0] == 2 and first[1] >= 2100
    assert second == [2, 0]          # nothing compiled anew, nothing rewritten


def test_pattern_cache_full_file_takes_a_new_workloads_patterns(tmp_path):
    """A file holding as many entries as it may keep still takes the patterns of another workload (the file's
    entries do not count against what a process may record)."""
    head = ("import re, json\nfrom lintgov import recache\nrecache.MAX_SAVED = 50\nrecache.MAX_ENTRIES = 50\n"
            "recache.install()\n")
    fill = head + ("[re.compile('a%db+' % i) for i in range(50)]\n"
                   "n = len(recache._new); recache.save(); print(json.dumps(n))\n")
    other = head + ("[re.compile('c%dd+' % i) for i in range(30)]\n"
                    "n = len(recache._new); recache.save(); print(json.dumps(n))\n")
    env = _env(tmp_path)
    assert _run(fill, env) == 50
    assert _run(other, env) >= 30
    assert _run(other, env) == 0     # recorded and kept (this process's entries first)


def _county_names_reference(text: str) -> frozenset:
    """lists._county_names as it was: every holder searched for in the whole text, short names made per document."""
    from lintgov.data import builtin_counties, places, short_place
    provinces = places().provinces
    prefectures = places().prefectures
    named = {p for p, short in provinces.items() if p in text or short in text}
    table = builtin_counties()
    anchored = bool(named) or any(holder in text or short_place(holder) in text for holder in table)
    out = set()
    for holder, counties in table.items():
        if not anchored or holder in text or short_place(holder) in text or holder in named \
                or named & prefectures.get(holder, set()):
            out.update(counties)
            out.update(short_place(x) for x in counties)
    return frozenset(out)


def _county_texts():
    import random
    from lintgov.data import builtin_counties, places
    rng = random.Random(14)
    holders = list(builtin_counties())
    provs = list(places().provinces.items())
    counties = [c for cs in builtin_counties().values() for c in cs]
    filler = list("的一是在了和有我们发展经济建设全年增长推进加快社会服务，。、；\n") + ["𠀀", "\ud800", "a", "1"]
    yield ""
    yield "市"
    yield "𠀀"
    for _ in range(400):
        parts = []
        for _ in range(rng.randint(0, 12)):
            r = rng.random()
            if r < 0.2:
                h = rng.choice(holders)
                parts.append(h if rng.random() < 0.5 else h[:-1])       # full or clipped (short) name
            elif r < 0.35:
                p, short = rng.choice(provs)
                parts.append(rng.choice((p, short, short[:1])))
            elif r < 0.5:
                parts.append(rng.choice(counties))
            else:
                parts.append("".join(rng.choice(filler) for _ in range(rng.randint(0, 6))))
        yield "".join(parts)


def test_county_names_same_as_whole_text_search():
    """lists._county_names (holders found through the text's UTF-16 unit pairs, tables made once a process) names the
    same counties as the search of every holder in the whole text, on generated texts (place names full, clipped
    and alone, characters beyond the BMP, a lone surrogate, one-character texts) and on the seeds."""
    import glob
    from lintgov.claims import lists

    class Doc:
        pass
    texts = list(_county_texts())
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for path in sorted(glob.glob(os.path.join(root, "seeds", "*.txt")))[:20]:
        with open(path, encoding="utf-8", errors="replace") as fh:
            texts.append(fh.read())
    every = _county_names_reference("")
    kinds = set()
    for text in texts:
        got = lists._county_names(Doc(), text)
        want = _county_names_reference(text)
        assert got == want, text[:80]
        kinds.add("every" if got == every else ("some" if got else "none"))
    assert kinds >= {"every", "some"}


def test_text_pairs_hold_every_names_first_units():
    from lintgov.claims import lists
    for text in _county_texts():
        pairs = lists._text_pairs(text)
        for i in range(len(text) - 1):
            k = lists._pair_key(text[i:i + 2])
            assert k in pairs
        assert len(pairs) <= max(0, len(text.encode("utf-16-le", "surrogatepass")) // 2 - 1)


def test_ref_places_same_as_made_per_document():
    from lintgov.claims import lists
    from lintgov.data import places, short_place

    class Doc:
        pass
    pl = places()
    big = set(pl.provinces) | set(pl.provinces.values()) | set(pl.prefectures) | {short_place(x) for x in pl.prefectures}
    for text in ("深圳市南山区、福田区两区", "靖西、那坡两地", "", "广东省三市"):
        assert lists._ref_places(Doc(), text) == frozenset(big | _county_names_reference(text))
        assert lists._ref_places(Doc(), text) - big      # (counties too)
