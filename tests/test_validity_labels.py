"""The hand-made labels of the validity study (benches/validity/labels.jsonl) are well
formed and still point at the statements they describe in ../shared/corpus/full."""
import json
import os
import re

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LABELS = os.path.join(ROOT, "benches", "validity", "labels.jsonl")
CORPUS = os.path.join(ROOT, "..", "shared", "corpus", "full")
FAMILIES = {"rate-share", "growth", "delta", "growth-vs-levels", "points", "multiple", "sum", "part-whole",
            "target", "average-growth", "bound", "table", "other"}
MIN_LABELS = 300
MIN_DOCUMENTS = 40


def _labels():
    with open(LABELS, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def test_labels_fields_are_valid():
    labels = _labels()
    assert len(labels) >= MIN_LABELS
    ids = [l["id"] for l in labels]
    assert len(set(ids)) == len(ids)
    for l in labels:
        assert re.fullmatch(r"v\d{3,4}", l["id"]), l["id"]
        assert l["family"] in FAMILIES, l
        assert isinstance(l["consistent"], bool) and isinstance(l["checkable"], bool), l
        assert isinstance(l["start"], int) and l["start"] >= 0, l
        assert 0 < len(l["quote"]) <= 200, l["id"]  # a short quote, never a passage
        if "quote2" in l:  # a relation across paragraphs: a second short passage of the same document
            assert 0 < len(l["quote2"]) <= 200 and isinstance(l["start2"], int) and l["start2"] >= 0, l["id"]
            assert not (l["start"] <= l["start2"] < l["start"] + len(l["quote"])
                        or l["start2"] <= l["start"] < l["start2"] + len(l["quote2"])), l["id"]  # two passages
        else:
            assert "start2" not in l, l["id"]
        assert l["note"] or l["checkable"], l["id"]  # a label that cannot be checked says why
        if l["checkable"]:
            assert l["derived"] and l["formula"] and l["value"] is not None, l["id"]
            if l["consistent"]:  # which plants were checked to make the statement inconsistent
                assert isinstance(l["plants_verified"], dict), l["id"]  # empty: no figure can be made provably wrong
            assert l["derived"] in l["quote"], l["id"]
            lo, hi = l["range"]
            assert lo <= hi, l["id"]
            for op in l["operands"]:
                assert op in l["quote"] or op in l.get("quote2", ""), (l["id"], op)
        else:
            assert l["family"] == "other" and l["consistent"], l["id"]


def test_labels_cover_documents_and_families_without_the_state_council():
    labels = _labels()
    files = {l["file"] for l in labels}
    assert len(files) >= MIN_DOCUMENTS
    assert not any("guowuyuan" in f for f in files)  # held-out measures use the 国务院 reports
    assert len({l["family"] for l in labels}) >= 10


def test_plants_change_one_figure_and_keep_its_form():
    import sys
    sys.path.insert(0, os.path.join(ROOT, "benches"))
    import validity_study as vs
    planted = 0
    for l in _labels():
        if not (l["consistent"] and l["checkable"]):
            continue
        tokens = {(m.start(), m.end()) for m in vs.NUM_RE.finditer(vs._mask(l["quote"]))}
        tokens2 = {(m.start(), m.end()) for m in vs.NUM_RE.finditer(vs._mask(l.get("quote2", "")))}
        for which, a, b, new in vs.plants(l) + vs.plants2(l):
            src = l["quote2"] if which == "operand2" else l["quote"]
            old = src[a:b]
            assert new != old and vs.NUM_RE.fullmatch(vs._mask(old)), (l["id"], old)
            assert (a, b) in (tokens2 if which == "operand2" else tokens), (l["id"], which, old)  # a whole number
            assert vs.NUM_RE.fullmatch(new), (l["id"], new)
            assert old[0].isdigit() == new[0].isdigit(), (l["id"], old, new)  # Chinese numerals stay Chinese
            planted += 1
    assert planted >= 300


def test_plants_replace_a_whole_number():
    import sys
    sys.path.insert(0, os.path.join(ROOT, "benches"))
    import validity_study as vs
    q = "建成公寓6万套以上，其中2021年1.2万套、2022年2.6万套、2023年2.2万套"
    assert vs.locate(q, "6万套", vs._first_number("6万套")) == 4        # not the tail of 2.6万套
    assert vs.locate(q, "2万套", vs._first_number("2万套")) == -1       # only tails of 1.2万套 / 2.2万套
    assert vs.locate("办理45件，其中5件", "5件", vs._first_number("5件")) == 8
    lab = {"family": "sum", "quote": q, "derived": "6万套", "operands": ["1.2万套", "2.6万套", "2.2万套"],
           "value": 60000.0, "printed_value": 60000.0}
    (which, a, b, new), = [p for p in vs.plants(lab) if p[0] == "derived"]
    assert (a, b) == (4, 5) and q[a:b] == "6" and new != "6"


def test_numerals_round_trip():
    import sys
    sys.path.insert(0, os.path.join(ROOT, "benches"))
    import validity_study as vs
    for v in (1, 10, 12, 40, 105, 1000, 1565, 10005, 40000):
        assert vs.cn_to_number(vs.number_to_cn(v, 0)) == v
    assert vs.number_to_cn(42.5, 1) == "四十二点五"
    assert vs.format_like(1234.56, "1,000.00") == "1,234.56"


def test_inconsistent_labels_are_explained():
    for l in _labels():
        if not l["consistent"]:
            assert l["checkable"] and l["note"], l["id"]
            lo, hi = l["range"]
            p, tol = l["printed_value"], l["tolerance"]
            assert hi < p - tol or lo > p + tol, l["id"]  # no reading within the printed precision


@pytest.mark.skipif(not os.path.isdir(CORPUS), reason="../shared/corpus/full not present")
def test_every_label_resolves_in_the_shared_corpus():
    with open(os.path.join(CORPUS, "index.json"), encoding="utf-8") as f:
        index = {d["file"]: d for d in json.load(f)["documents"]}
    texts = {}
    for l in _labels():
        assert l["file"] in index, l["id"]
        assert index[l["file"]]["issuer"] != "国务院", l["id"]
        if l["file"] not in texts:
            with open(os.path.join(CORPUS, l["file"]), encoding="utf-8") as f:
                texts[l["file"]] = f.read()
        t = texts[l["file"]]
        assert t[l["start"]:l["start"] + len(l["quote"])] == l["quote"], l["id"]
        assert t.count(l["quote"]) == 1, l["id"]  # the quote identifies the statement
        if "quote2" in l:
            assert t[l["start2"]:l["start2"] + len(l["quote2"])] == l["quote2"], l["id"]
            assert t.count(l["quote2"]) == 1, l["id"]


def test_study_repo_option_loads_that_checkouts_rules(tmp_path):
    # --repo measures another checkout: its lintgov *and* its rules/ (installed as lintgov.rules, which an
    # editable install of this checkout would otherwise answer with this checkout's rules)
    import shutil
    import subprocess
    import sys
    other = tmp_path / "other"
    other.mkdir()
    os.symlink(os.path.join(ROOT, "lintgov"), other / "lintgov")
    shutil.copytree(os.path.join(ROOT, "rules"), other / "rules", ignore=shutil.ignore_patterns("__pycache__"))
    code = ("import sys; sys.path.insert(0, sys.argv[1]); import validity_study as v; "
            "L = v.Linter(sys.argv[2]); print('\\n'.join(L.rule_files))")
    out = subprocess.run([sys.executable, "-c", code, os.path.join(ROOT, "benches"), str(other)],
                         capture_output=True, text=True, check=True).stdout.split()
    assert out and all(p.startswith(str(other / "rules")) for p in out), out


def test_two_quote_label_plants_and_finds_in_either_passage(tmp_path):
    # a relation across paragraphs (a count in one, the area it is spread over in another): the derived figure is
    # planted in quote, the operand printed only in quote2 is planted there, and a finding on either passage counts
    import sys
    sys.path.insert(0, os.path.join(ROOT, "benches"))
    import validity_study as vs
    q1, q2 = "上市企业增至191家，每平方公里超过1家", "向全区187平方公里纵深推进"
    text = "前言。" + q1 + "。" + "其他段落。" * 30 + q2 + "。结语。"
    (tmp_path / "d.txt").write_text(text, encoding="utf-8")
    lab = {"id": "v9999", "file": "d.txt", "quote": q1, "start": text.index(q1), "quote2": q2, "start2": text.index(q2),
           "family": "rate-share", "derived": "超过1家", "operands": ["187平方公里", "191家"],
           "formula": "191/187 > 1", "value": 1.02139, "range": [1.02139, 1.02139], "printed_value": 1.0,
           "tolerance": 0.0, "consistent": True, "checkable": True, "note": "",
           "plants_verified": {"derived": True, "operand": False, "operand2": True}}
    (w, a, b, new), = vs.plants2(lab)
    assert w == "operand2" and q2[a:b] == "187" and new == "243"
    t2, regions = vs.planted_text(text, lab, "operand2", a, b, new)
    assert t2 == text.replace("187平方公里", "243平方公里") and [t2[x:y] for x, y in regions] == [q1, "向全区243平方公里纵深推进"]
    (w, a, b, new), = [p for p in vs.plants(lab) if p[0] == "derived"]
    t2, regions = vs.planted_text(text, lab, w, a, b, new)
    assert [t2[x:y] for x, y in regions] == [q1[:a] + new + q1[b:], q2]  # quote2 moved by the plant's length

    class Fake:  # flags a figure that no longer fits: the planted area, or a planted density
        calls = 0

        def spans(self, t, path):
            out = []
            for bad in ("243平方公里", "超过3家"):
                i = t.find(bad)
                if i >= 0:
                    out.append((i, i + len(bad), "LG999", "planted"))
            return out

    res = vs.run(str(tmp_path), [lab], Fake())
    row = res["by_family"]["rate-share"]
    assert row["false_alarms"] == 0 and row["not_planted"] == 1  # the operand plant in quote (191 -> 248) is not verified
    assert (row["planted"], row["found"], row["derived_found"], row["operand_planted"], row["operand_found"]) == (2, 2, 1, 1, 1)
    assert {p["which"] for p in res["details"][0]["plants"]} == {"derived", "operand2"}
