"""Speed changes of the session 2026-12-07 04:00–07:00 (bulk15): each is exact, and each test fails on the code before.

* ``claims.metric.metric_key`` is kept per document and position (the pure function :func:`_metric_key` is computed once
  for each position asked about);
* once :func:`lintgov.recache.install` ran, ``re``'s own cache of the patterns its module functions compiled holds
  :data:`lintgov.recache.RE_CACHE` of them, so a run using more than 512 patterns does not evict patterns it asks for again.
"""
import os
import subprocess
import sys

from lintgov.document import Document

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = sorted(os.path.join(ROOT, "seeds", f) for f in os.listdir(os.path.join(ROOT, "seeds")) if f.endswith(".txt"))


_TEXTS = [
    "全年受理行政复议案件526件，审结498件。受理、审结案件分别为526件和498件。",
    "2023年末常住人口128.5万人，比上年增加1.2万人；城镇人口86.1万人，占常住人口的67.0%。",
    "全市地区生产总值由2015年的3200亿元增至2020年的4520亿元，年均增长7.2%。规上工业增加值增长6.9%，达到1,024亿元。",
]


def _docs():
    yield from (Document(t) for t in _TEXTS)
    for path in SEEDS:
        yield Document(open(path, encoding="utf-8").read(), path=path)


def test_metric_key_is_the_plain_reading_once_per_position(monkeypatch):
    from lintgov.claims import metric
    calls = []
    plain = metric._metric_key

    def counted(doc, pos):
        calls.append((id(doc), pos))
        return plain(doc, pos)

    monkeypatch.setattr(metric, "_metric_key", counted)
    checked = 0
    for doc in _docs():
        fresh = Document(doc.text, path=doc.path)       # the plain reading, on a document with nothing kept
        for q in doc.quantities:
            key = metric.metric_key(doc, q.start)
            assert key == plain(fresh, q.start)
            assert metric.metric_key(doc, q.start) is key      # asked again: the kept key
            checked += 1
        # one computation per position asked about, however often it is asked
        assert len(calls) == len(set(calls))
    assert checked > 200


def test_metric_key_is_kept_per_document():
    from lintgov.claims.metric import metric_key
    a = Document("全年受理行政复议案件526件。")
    b = Document("全年审结行政诉讼案件526件。")
    pos = a.text.index("526")
    assert pos == b.text.index("526")
    assert metric_key(a, pos) != metric_key(b, pos)
    assert "受理" in metric_key(a, pos) and "审结" in metric_key(b, pos)


def test_re_cache_holds_a_runs_patterns_once_installed(tmp_path):
    # a fresh process: install() hooks re's compiler for the whole process
    code = (
        "import re\n"
        "from lintgov import recache\n"
        "recache.install()\n"
        "assert re._MAXCACHE >= recache.RE_CACHE >= 4000, re._MAXCACHE\n"
        "re.match('first-pattern-[0-9]+', 'x')\n"
        "for i in range(1500):\n"
        "    re.match('pattern-%d-[a-z]+' % i, 'x')\n"
        "assert any(k[1] == 'first-pattern-[0-9]+' for k in re._cache), 'evicted'\n"
        "print('ok')\n"
    )
    env = dict(os.environ, LINTGOV_CACHE_DIR=str(tmp_path))
    env.pop("LINTGOV_NO_PATTERN_CACHE", None)
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


# -- the last (first) of a set of characters in a stretch: lazyre.rfind_any / find_any ------------------------------
from hypothesis import given, settings, strategies as st   # noqa: E402

_BREAK_SETS = ["，,；;。！？!?：:\n", "，,", "。\n！？!?", "，,；;。（(、", ";", "a-]^\\"]


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="ab，,。;；\n！中(（-]^\\", max_size=300), st.sampled_from(_BREAK_SETS),
       st.integers(-40, 340), st.integers(-40, 340))
def test_rfind_any_is_the_last_of_the_rfinds(text, chars, lo, hi):
    from lintgov.lazyre import find_any, rfind_any
    assert rfind_any(text, chars, lo, hi) == max(text.rfind(c, lo, hi) for c in chars)
    assert find_any(text, chars, lo, hi) == min((k for k in (text.find(c, lo, hi) for c in chars) if k >= 0),
                                                default=-1)


def test_rfind_any_on_seeds_far_and_near():
    from lintgov.lazyre import find_any, rfind_any
    for path in SEEDS:
        text = open(path, encoding="utf-8").read()
        for pos in range(0, len(text), 101):
            for back in (0, 1, 40, 63, 64, 65, 200, 2000, pos):
                lo = max(0, pos - back)
                for chars in _BREAK_SETS:
                    assert rfind_any(text, chars, lo, pos) == max(text.rfind(c, lo, pos) for c in chars)
                    assert find_any(text, chars, pos, pos + back) == min(
                        (k for k in (text.find(c, pos, pos + back) for c in chars) if k >= 0), default=-1)
