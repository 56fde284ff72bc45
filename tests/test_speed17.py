"""The heading tree travels with what phase 1 keeps for the pairs phase (lintgov/runner/pairdata.py, speed17): the
pairs phase parsed every compared report's headings again (pairing reads the year of its figures from its part
headings; LG206/207 and the claims read its review part).  The restored tree is the one a fresh parse builds, the
pairs phase parses no heading of a report it was given, and the report is the same with it as without it."""
from __future__ import annotations

import json
import pickle

import lintgov.headings as headings_mod
from lintgov.cli import main
from lintgov.document import Document
from lintgov.runner import pairdata

#: a report with parts, sections and items, a review part and plans (the tree has levels 1–3 and parents)
REPORT = ("宁海县2022年政府工作报告\n"
          "一、2021年工作回顾\n"
          "过去一年，全县地区生产总值达到812亿元，增长8.4%。一般公共预算收入71.5亿元，比上年增加6.2亿元。\n"
          "（一）经济运行稳中有进\n"
          "1.工业投资增长12.3%。\n"
          "2.新增市场主体1.6万户。\n"
          "（二）民生保障持续加强\n"
          "城乡居民人均可支配收入分别增长7.9%和9.6%。\n"
          "二、2022年工作安排\n"
          "（一）稳住经济大盘\n"
          "全县地区生产总值增长7%左右。\n")


def _shape(tree):
    """Everything a reader sees of a heading tree: each heading's fields and its parent's place."""
    hs = list(tree)
    where = {id(h): i for i, h in enumerate(hs)}
    return [(h.level, h.value, h.start, h.marker_end, h.title_end, h.paragraph, h.num, h.open, h.close, h.punct,
             h.standalone, where.get(id(h.parent)), [where[id(c)] for c in h.children]) for h in hs]


def test_restored_heading_tree_is_the_fresh_parse():
    kept = pairdata.summary(Document(REPORT, "2022.txt"))
    again = Document(REPORT, "2022.txt")
    pairdata.restore(again, kept)
    fresh = Document(REPORT, "2022.txt")
    assert "headings" in again.__dict__                    # installed, not parsed again
    shape = _shape(fresh.headings)
    assert _shape(again.headings) == shape
    assert len(shape) >= 7 and {s[0] for s in shape} >= {1, 2, 3}
    assert [len(r.children) for r in again.headings.roots] == [len(r.children) for r in fresh.headings.roots]


def test_a_summary_without_headings_still_restores(monkeypatch):
    """A summary written before the tree was kept (a results cache of an older run): the rest is installed and the
    headings are parsed when asked."""
    doc = Document(REPORT, "2022.txt")
    from lintgov.claims.grammar import changes, transitions
    old = pickle.dumps((doc.quantities, changes(doc), transitions(doc)))
    again = Document(REPORT, "2022.txt")
    pairdata.restore(again, old)
    assert "headings" not in again.__dict__ and again.__dict__["quantities"] == doc.quantities
    assert _shape(again.headings) == _shape(Document(REPORT, "2022.txt").headings)


def _years(tmp_path):
    root = tmp_path / "reports"
    root.mkdir()
    for y, n, m in ((2021, 640, 702), (2022, 702, 763), (2023, 763, 801)):
        (root / f"{y}.txt").write_text(
            f"宁海县{y}年政府工作报告\n一、{y - 1}年工作回顾\n过去一年，全县新增就业{m}人，比上年的{n}人增长"
            f"{(m / n - 1) * 100:.1f}%。\n（一）民生保障\n办理民生实事{m // 40}件。\n二、{y}年工作安排\n"
            f"新增就业{m + 20}人以上。\n", encoding="utf-8")
    return root


def test_the_pairs_phase_parses_no_heading_of_a_kept_report(tmp_path, capsys, monkeypatch):
    root = _years(tmp_path)
    monkeypatch.chdir(root)
    parse = headings_mod.parse_headings
    parsed = []
    phase = {"pairs": False}

    def counting(doc):
        if phase["pairs"]:
            parsed.append(doc.path)
        return parse(doc)

    restore = pairdata.restore

    def restoring(doc, data):
        phase["pairs"] = True            # (restore is called only by the pairs phase)
        restore(doc, data)

    monkeypatch.setattr(headings_mod, "parse_headings", counting)
    outs = {}
    for name, fn in (("kept", restoring), ("analysed again", lambda doc, data: phase.update(pairs=True))):
        monkeypatch.setattr(pairdata, "restore", fn)
        parsed.clear()
        phase["pairs"] = False
        main(["check", "--no-cache", "-j1", "--output-format", "json", "."])
        outs[name] = capsys.readouterr().out
        if name == "kept":
            assert parsed == []
        else:
            assert parsed                # without the kept tree the pairs phase parses headings
    assert outs["kept"] == outs["analysed again"]
    assert json.loads(outs["kept"])["findings"] is not None
