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
