"""Fixes never damage names (issue 11, part 1): the name-span service (lintgov.namespans) and the fix engine."""
import glob
import os
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from conftest import SHARED, lintgov_cmd
from lintgov.config import Settings
from lintgov.engine import lint_paths
from lintgov.fixes import plan_fixes
from lintgov.namespans import find_names
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)


@pytest.mark.parametrize("text,name", [
    ("區長范曉東主持會議。", "范曉東"),
    ("副區長余建國出席。", "余建國"),
    ("副区长於建国主持会议。", "於建国"),
    ("区委副书记、区长叶文云讲话。", "叶文云"),
    ("会议由萧红梅同志主持。", "萧红梅"),
    ("参加会议的有范晓东、余建国等。", "余建国"),
    ("联系人：钟于平", "钟于平"),
    ("表彰“姜郁适”等先进个人。", "姜郁适"),
    ("推进濛溪河综合治理。", "濛溪河"),
    ("部署昇腾算力平台。", "昇腾"),
])
def test_names_are_found(text, name):
    spans = find_names(text)
    assert any(name in text[s.start:s.end] for s in spans), spans


@pytest.mark.parametrize("text", ["委员会办公室召开会议。", "书记于2023年到任。", "于是，我们加快推进。", "规范性文件备案审查。"])
def test_ordinary_words_are_not_names(text):
    assert not [s for s in find_names(text) if s.kind == "person" and len(s.text) > 1 and "于是" in s.text]
    if text.startswith(("委员会", "书记于")):
        assert find_names(text) == []


def _fix_run(tmp_path, name, text, *extra):
    p = tmp_path / name
    p.write_bytes(text.encode("utf-8"))
    r = subprocess.run(lintgov_cmd() + ["check", "--no-plugins", "--fix", *extra, name], cwd=str(tmp_path),
                       capture_output=True, text=True, encoding="utf-8")
    return p.read_bytes().decode("utf-8"), r


@pytest.mark.parametrize("text,name", [
    ("區長范曉東主持會議，副區長余建國出席。本區法治政府建設取得新進展，各項工作穩步推進，群眾滿意度持續提升。\n", ("范曉東", "余建國")),
    ("副区长於建国主持会议，区长范晓东出席。本区法治政府建设取得新进展，各项工作稳步推进。\n", ("於建国", "范晓东")),
])
def test_fix_and_unsafe_fixes_never_rewrite_names(tmp_path, text, name):
    for extra in ((), ("--unsafe-fixes",)):
        after, r = _fix_run(tmp_path, "d.txt", text, *extra)
        for n in name:
            assert n in after, (after, r.stderr)
        # the finding is still reported and says why it was not fixed
        r = subprocess.run(lintgov_cmd() + ["check", "--no-plugins", "d.txt"], cwd=str(tmp_path),
                           capture_output=True, text=True, encoding="utf-8")
        assert "可能是人名" in r.stdout, r.stdout


def test_other_fixes_in_the_same_file_still_apply(tmp_path):
    text = "副区长於建国主持会议。2023年,本区於是加快推进依法行政。\n"
    after, r = _fix_run(tmp_path, "d.txt", text)
    assert "於建国" in after


def test_show_fixes_and_markers(tmp_path):
    (tmp_path / "d.txt").write_text("區長范曉東主持會議，本區法治政府建設取得新進展，各項工作穩步推進，全面推进依法行政。\n",
                                    encoding="utf-8")
    r = subprocess.run(lintgov_cmd() + ["check", "--no-plugins", "--show-fixes", "d.txt"], cwd=str(tmp_path),
                       capture_output=True, text=True, encoding="utf-8")
    assert "[name]" in r.stderr and "范曉東" in r.stderr
    r = subprocess.run(lintgov_cmd() + ["rules", "--no-plugins"], cwd=str(tmp_path), capture_output=True, text=True,
                       encoding="utf-8")
    line = next(ln for ln in r.stdout.splitlines() if ln.startswith("LG601"))
    assert "[*]" in line
    line = next(ln for ln in r.stdout.splitlines() if ln.startswith("LG101"))
    assert "[*]" not in line


# -- property: planted names are never touched by any fix ------------------------------------

TITLES = ["区长", "副区长", "书记", "主任", "局长", "委员", "區長", "副區長", "書記", "局長"]
NAMES = ["范晓东", "余建国", "於建国", "于海", "叶青云", "萧红", "蕭紅", "云飞", "钟于", "姜郁", "沈适", "郁丑",
         "范曉東", "余建國", "葉青雲", "鍾於"]
OWN_TEXT = [
    "2023年，本区法治政府建设取得新进展，各项工作稳步推进。",
    "區政府堅持依法行政，推進法治政府建設，全年辦理行政複議案件27件。",
    "全面推进政务公开 ,   行政执法“三项制度”全面落实 ;",
    "本年度共收到行政复议申请120件,同比增长20%,其中纠错率约为24.2%。",
]


def _corpus_sentences():
    out = list(OWN_TEXT)
    for p in sorted(glob.glob(os.path.join(SHARED, "corpus", "full", "*.txt")))[:20] + \
            sorted(glob.glob(os.path.join(SHARED, "seeds", "*.txt"))):
        with open(p, encoding="utf-8", errors="replace") as f:
            for line in f.read().splitlines()[:40]:
                line = line.strip()
                if 10 <= len(line) <= 300:
                    out.append(line)
    return out


SENTENCES = _corpus_sentences()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(SENTENCES), st.sampled_from(TITLES), st.sampled_from(NAMES),
                          st.sampled_from(["主持会议。", "同志出席，", "、", "等参加。", "讲话。"]),
                          st.booleans()), min_size=1, max_size=6),
       st.booleans())
def test_property_no_fix_touches_a_planted_name(tmp_path_factory, parts, unsafe):
    tmp = tmp_path_factory.mktemp("names")
    text = ""
    planted = []
    for sent, title, name, tail, quoted in parts:
        text += sent
        start = len(text) + len(title) + (1 if quoted else 0)
        text += title + (f"“{name}”" if quoted else name) + tail + "\n"
        planted.append((start, start + len(name), name))
    p = tmp / "r.txt"
    p.write_text(text, encoding="utf-8")
    run = lint_paths([str(p)], REG, Settings(), {}, cwd=str(tmp))
    for plan in plan_fixes(run.findings, REG.readers, include_unwritable=True, unsafe=unsafe):
        for e in plan.edits:
            for a, b, name in planted:
                touches = (a < e.end and e.start < b) if e.end > e.start else a < e.start < b
                assert not touches, (name, e, text[max(0, a - 10):b + 10])
        for a, b, name in planted:
            # the planted name is in the fixed text as it was
            assert name in plan.new_text
