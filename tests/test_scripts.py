"""The script service: profiles, targets, phrase-level deviations, garbled runs."""
import importlib.util
import os

import pytest

from lintgov.document import Document
from lintgov.scripts import (
    dominant_script, deviations, find_garbled, is_variant, paragraph_profiles, paragraph_script,
    profile_text, resolve_target,
)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = os.path.join(ROOT, "seeds")


def seed(prefix):
    name = next(n for n in os.listdir(SEEDS) if n.startswith(prefix) and n.endswith(".txt"))
    with open(os.path.join(SEEDS, name), encoding="utf-8") as f:
        return f.read()


def test_profile_and_dominant():
    p = profile_text("推進法治政府建設")
    assert p.traditional == 2 and p.simplified == 0 and p.dominant == "traditional"
    assert dominant_script("推进法治政府建设") == "simplified"
    assert dominant_script("法治政府") == "unknown"


def test_paragraph_scripts():
    doc = Document("推进法治政府建设。\n推進法治政府建設。\n法治政府。")
    assert [paragraph_script(doc, i) for i in range(3)] == ["simplified", "traditional", "unknown"]
    assert len(paragraph_profiles(doc)) == 3


def test_resolve_target():
    assert resolve_target(Document("推進法治政府建設"), "auto") == "zh-Hant"
    assert resolve_target(Document("推进法治政府建设"), "auto") == "zh-Hans"
    assert resolve_target(Document("法治政府"), "auto") is None
    assert resolve_target(Document("法治政府"), "zh-Hant-TW") == "zh-Hant-TW"


def test_variants():
    assert is_variant("群", "羣") and is_variant("核", "覈") and is_variant("里", "裏")
    assert not is_variant("余", "餘") and not is_variant("于", "於")


def test_seed_000_deviations_are_the_two_residues():
    doc = Document(seed("000"))
    devs = deviations(doc, "zh-Hant")
    assert [(d.text, d.expected, d.kind) for d in devs] == [("余", "餘", "simplified")] * 2
    text = doc.text
    for needle in ("群眾", "考核", "鄰里"):
        i = text.find(needle)
        assert i >= 0
        assert not any(d.start < i + len(needle) and i < d.end for d in devs), needle


def test_seed_004_residues_and_garbled_runs():
    doc = Document(seed("004"))
    garbled = find_garbled(doc)
    spans = [doc.text[g.start:g.end] for g in garbled]
    assert any(s.startswith("??茝V?") for s in spans)
    assert any(s.startswith("?guī)欤劢") for s in spans)
    devs = deviations(doc, "zh-Hant", tuple((g.start, g.end) for g in garbled))
    found = {d.text for d in devs}
    assert {"范", "干", "于", "后", "制", "并", "余"} <= found
    # nothing inside the garbled runs
    assert not any(g.start <= d.start < g.end for g in garbled for d in devs)


def test_converted_clause_is_one_run_with_its_conversion():
    text = "2023年，我区深入推进依法行政，全面推進法治政府建設，行政复议案件办结率100%。"
    doc = Document(text)
    devs = deviations(doc, "zh-Hans")
    assert len(devs) == 1
    d = devs[0]
    assert d.text == "進法治政府建設" and d.expected == "进法治政府建设" and d.chars == 2


def test_overconversion_is_listed_words_only():
    doc = Document("完善體製機製，全麵推進。全年機製紙產量增長，拖拉機製造廠開工。")
    devs = [d for d in deviations(doc, "zh-Hant") if d.kind == "overconverted"]
    assert [(d.text, d.expected) for d in devs] == [("製", "制"), ("製，全麵", "制，全面")]
    assert all(d.end <= doc.text.index("全年") for d in devs)  # 機製紙, 拖拉機製造廠 stay quiet


def test_mojibake_repaired():
    clause = "深入推进依法行政，加快建设法治政府"
    bad = clause.encode("utf-8").decode("gbk", "replace")
    doc = Document("本区坚持依法行政。" + bad + "。")
    g = [x for x in find_garbled(doc) if x.kind == "mojibake"]
    assert g and g[0].repaired and "依法行政" in g[0].repaired


def test_question_marks_are_not_garbled():
    doc = Document("这是为什么?我们认为原因有三。还有问题吗?")
    assert find_garbled(doc) == []


@pytest.mark.skipif(importlib.util.find_spec("opencc") is None, reason="OpenCC not installed")
def test_generated_tables_are_current():
    spec = importlib.util.spec_from_file_location("gen", os.path.join(ROOT, "tools", "gen_script_tables.py"))
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    with open(os.path.join(ROOT, "lintgov", "_script_tables.py"), encoding="utf-8") as f:
        assert f.read() == gen.render(*gen.compute()), "run tools/gen_script_tables.py"


def test_regional_conversion_is_s2t_then_variant_step():
    """lintgov.scripts converts with s2t once and applies t2tw / t2hk for the regional
    standards; that must equal OpenCC's own s2tw / s2hk."""
    from lintgov.scripts import converter
    text = ("为了进一步加强法治政府建设，区政府印发了关于规范行政执法的意见，群众满意度明显提升。"
            "里面的台历、面条、头发和发展都要写对；着力推进干部队伍建设，并开展示范创建。")
    base = converter("s2t").convert(text)
    assert converter("t2tw").convert(base) == converter("s2tw").convert(text)
    assert converter("t2hk").convert(base) == converter("s2hk").convert(text)
