"""Encoding rules (LG7xx): pinyin glosses, garbled text, invisible characters, page residue."""
import glob
import os
import re

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = os.path.join(ROOT, "seeds")
CORPUS = os.path.abspath(os.path.join(ROOT, "..", "shared", "corpus", "gwr"))
REG = build_registry(load_entry_points=False)
RULES = [r for r in REG.rules if r.category == "encoding" and r.code != "LG001"]


def seed(prefix):
    name = next(n for n in os.listdir(SEEDS) if n.startswith(prefix) and n.endswith(".txt"))
    with open(os.path.join(SEEDS, name), encoding="utf-8") as f:
        return f.read()


def run(text, codes=None):
    rules = [r() for r in RULES if codes is None or r.code in codes]
    return lint_text(text, rules, registry=REG)


def at(findings, text, needle, code):
    i = text.find(needle)
    assert i >= 0, needle
    return [f for f in findings if f.code == code and i <= f.start < i + len(needle)]


def apply(text, fixes):
    edits = sorted((e for fx in fixes for e in fx.edits), key=lambda e: e.start, reverse=True)
    for e in edits:
        text = text[:e.start] + e.replacement + text[e.end:]
    return text


# -- seeds --------------------------------------------------------------------------

def test_seed_004():
    text = seed("004")
    found = run(text)
    assert at(found, text, "創(chuàng)新", "LG701")
    assert at(found, text, "??茝V?,F將", "LG702")
    assert at(found, text, "?guī)欤劢股鐣卫硪约懊裆I", "LG702")
    assert at(found, text, "相關新聞", "LG704")
    # glosses are grouped per paragraph
    assert len([f for f in found if f.code == "LG701"]) <= len(text.splitlines())


def test_seed_004_gloss_fix_removes_every_gloss():
    text = seed("004")
    fixes = [f.fix for f in run(text, {"LG701"})]
    fixed = apply(text, fixes)
    assert "(chuàng)" not in fixed and "創新" in fixed
    assert run(fixed, {"LG701"}) == []
    # nothing else was touched: only the glosses were removed
    assert len(text) - len(fixed) == sum(e.end - e.start for fx in fixes for e in fx.edits)


def test_seed_002_residue_blocks():
    text = seed("002")
    found = [f for f in run(text) if f.code == "LG704"]
    assert at(found, text, "点击右上角微信好友", "LG704")
    assert at(found, text, "光明网记者 王晓秋摄", "LG704")
    # the three share-widget lines are one block; the two captions are two
    assert len(found) == 3
    assert found[0].end > text.index("请使用浏览器分享功能进行分享")


@pytest.mark.parametrize("prefix", ["000", "001", "003"])
def test_clean_seeds_are_quiet(prefix):
    assert run(seed(prefix)) == []


# -- properties: damage inserted into real text is found -----------------------------

BASE = seed("001")
HAN_CLAUSES = [m for m in re.finditer(r"[\u4e00-\u9fff]{6,30}", BASE)]
TONED = ["chuàng", "fā", "qū", "guī", "zhí", "yè", "tǒng", "jiān", "huán", "tài"]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, len(HAN_CLAUSES) - 1), st.sampled_from(TONED))
def test_inserted_gloss_is_found_and_fixed(i, syl):
    m = HAN_CLAUSES[i]
    pos = m.start() + 1
    text = BASE[:pos] + "(" + syl + ")" + BASE[pos:]
    found = run(text, {"LG701"})
    assert len(found) == 1 and found[0].start == pos
    assert apply(text, [found[0].fix]) == BASE


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, len(HAN_CLAUSES) - 1))
def test_inserted_mojibake_is_found(i):
    m = HAN_CLAUSES[i]
    bad = m.group().encode("utf-8").decode("gbk", "replace")
    text = BASE[:m.start()] + bad + BASE[m.end():]
    found = run(text, {"LG702"})
    end = m.start() + len(bad)
    assert [f for f in found if f.start < end and m.start() < f.end], (m.group(), bad)
    assert [f for f in found if not (f.start < end and m.start() < f.end)] == []


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, len(HAN_CLAUSES) - 1), st.sampled_from(["\ufffd", "\ufffd\ufffd", "??"]))
def test_inserted_replacement_characters_are_found(i, rep):
    m = HAN_CLAUSES[i]
    pos = m.start() + 2
    text = BASE[:pos] + rep + BASE[pos + len(rep):]
    found = run(text, {"LG702"})
    assert [f for f in found if f.start <= pos < f.end]


def test_mojibake_recall_over_every_clause():
    changed = found = 0
    for m in HAN_CLAUSES:
        bad = m.group().encode("utf-8").decode("gbk", "replace")
        text = BASE[:m.start()] + bad + BASE[m.end():]
        changed += 1
        found += any(f.start < m.start() + len(bad) and m.start() < f.end for f in run(text, {"LG702"}))
    assert changed > 50 and found / changed >= 0.9, (found, changed)


def test_invisible_characters_grouped_and_fixed():
    text = "全年共办理案件3\u200b12件。\n推进\u200b依法行政。\n加强\u200b执法。\n完善\u200b制度。\n"
    found = run(text, {"LG703"})
    assert len(found) == 1 and found[0].params["n"] == 4
    assert "\u200b" not in apply(text, [found[0].fix])
    assert len(run("全年共办理案件3\u200b12件。", {"LG703"})) == 1


def test_caption_and_footer_patterns():
    assert run("本区召开会议。\n（记者 张三 摄）\n", {"LG704"})
    assert run("本区召开会议。\n当前位置：首页 > 政务公开 > 法治政府\n", {"LG704"})
    assert run("本区召开会议。\n版权所有：某某市人民政府办公室 网站标识码1100000001\n", {"LG704"})
    assert not run("本区召开会议，相关新闻媒体进行了报道。\n", {"LG704"})


@pytest.mark.skipif(not os.path.isdir(CORPUS), reason="../shared/corpus is not present")
def test_corpus_only_footer_residue():
    """The corpus reports are clean apart from the one Wikisource footer each carries."""
    for p in sorted(glob.glob(os.path.join(CORPUS, "*.txt"))):
        with open(p, encoding="utf-8") as f:
            found = run(f.read(), {"LG701", "LG702", "LG704"})
        assert [f.code for f in found] == ["LG704"], (p, [f.message("en") for f in found])


TRAD = seed("000")
TRAD_CLAUSES = [m for m in re.finditer(r"[\u4e00-\u9fff]{6,30}", TRAD)]


def _recall(base, clauses, damage):
    changed = found = 0
    for m in clauses:
        try:
            bad = damage(m.group())
        except UnicodeEncodeError:
            continue
        if bad == m.group():
            continue
        text = base[:m.start()] + bad + base[m.end():]
        changed += 1
        found += any(f.start < m.start() + len(bad) and m.start() < f.end for f in run(text, {"LG702"}))
    return found, changed


def test_gbk_read_as_big5_and_back_recall():
    found, changed = _recall(BASE, HAN_CLAUSES, lambda s: s.encode("gbk").decode("big5", "replace"))
    assert changed > 50 and found / changed >= 0.9, (found, changed)
    found, changed = _recall(TRAD, TRAD_CLAUSES, lambda s: s.encode("big5").decode("gbk", "replace"))
    assert changed > 20 and found / changed >= 0.9, (found, changed)


def test_clauses_in_the_other_script_are_not_mojibake():
    from lintgov.scripts import converter
    assert _recall(BASE, HAN_CLAUSES, lambda s: converter("s2t").convert(s))[0] == 0
    assert _recall(TRAD, TRAD_CLAUSES, lambda s: converter("t2s").convert(s))[0] == 0


def test_big5_mojibake_shows_the_repair():
    tried = repaired = 0
    for m in TRAD_CLAUSES:
        try:
            bad = m.group().encode("big5").decode("gbk")  # strict: no replacement characters
        except UnicodeError:
            continue
        tried += 1
        found = run(TRAD[:m.start()] + bad + TRAD[m.end():], {"LG702"})
        if found and found[0].key == "mojibake":
            # the repair covers the rare characters; a common one at either
            # edge of the run may be left out
            rep = found[0].params["repaired"]
            assert rep in m.group() and len(rep) >= len(m.group()) - 2, (m.group(), bad, rep)
            repaired += 1
    assert tried >= 5 and repaired / tried >= 0.8, (repaired, tried)


def test_related_news_trailer_is_one_block_with_its_items():
    text = ("2024年，我市将持续推进法治政府建设。\n相关新闻：\n1：我市召开依法行政工作会议\n"
            "2：我市发布法治政府建设年度报告\n")
    found = run(text, {"LG704"})
    assert len(found) == 1
    assert found[0].start == text.index("相关新闻") and found[0].end == text.index("报告\n") + 2
