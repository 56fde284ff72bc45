"""--fix keeps what makes a file that file; planning and diffs are linear (issue 11, part 1)."""
import difflib
import os
import random
import stat
import subprocess

import pytest
from hypothesis import given, settings, strategies as st

from conftest import lintgov_cmd
from lintgov.document import Document
from lintgov.fixes import FilePlan, _Taken, _overlaps, apply_edits, unified_diff, write_atomic
from lintgov.rule import Edit

DIRTY = "2023年,本区法治政府建设取得新进展 ，各项工作稳步推进。\n"


def _fix(cwd, *paths):
    return subprocess.run(lintgov_cmd() + ["check", "--no-plugins", "--fix", *paths], cwd=str(cwd),
                          capture_output=True, text=True, encoding="utf-8")


def test_fix_writes_through_a_symlink(tmp_path):
    target = tmp_path / "real.txt"
    target.write_text(DIRTY, encoding="utf-8")
    os.chmod(target, 0o640)
    link = tmp_path / "link.txt"
    link.symlink_to("real.txt")
    _fix(tmp_path, "link.txt")
    assert link.is_symlink() and os.readlink(link) == "real.txt"
    assert target.read_text(encoding="utf-8") != DIRTY
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o640


def test_fix_keeps_hard_links(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text(DIRTY, encoding="utf-8")
    b = tmp_path / "b.lnk"
    os.link(a, b)
    ino = os.stat(a).st_ino
    _fix(tmp_path, "a.txt")
    assert os.stat(a).st_ino == ino and os.stat(b).st_ino == ino
    assert b.read_text(encoding="utf-8") == a.read_text(encoding="utf-8") != DIRTY


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="only root can give files to others")
def test_fix_keeps_the_owner(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text(DIRTY, encoding="utf-8")
    os.chown(a, 12345, 23456)
    _fix(tmp_path, "a.txt")
    st_ = os.stat(a)
    assert (st_.st_uid, st_.st_gid) == (12345, 23456)
    assert a.read_text(encoding="utf-8") != DIRTY


def test_write_atomic_refuses_special_files(tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs")
    os.mkfifo(tmp_path / "p.txt")
    with pytest.raises(OSError):
        write_atomic(str(tmp_path / "p.txt"), b"x")


def _naive_choose(edit_sets):
    taken = []
    for edits in edit_sets:
        if any(_overlaps(e, t) for e in edits for t in taken):
            continue
        taken.extend(edits)
    return sorted(taken, key=lambda e: (e.start, e.end))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 3)), min_size=1, max_size=3), max_size=25))
def test_property_bisected_overlap_check_matches_the_quadratic_one(raw):
    sets = []
    for fix in raw:
        edits = sorted({Edit(a, a + n, "x") for a, n in fix}, key=lambda e: (e.start, e.end))
        if any(_overlaps(x, y) for i, x in enumerate(edits) for y in edits[i + 1:]):
            continue
        sets.append(edits)
    taken = _Taken()
    for edits in sets:
        if any(taken.overlaps(e) for e in edits):
            continue
        for e in edits:
            taken.add(e)
    assert taken.edits == _naive_choose(sets)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="ab c", max_size=6), min_size=1, max_size=25), st.booleans(),
       st.lists(st.tuples(st.integers(0, 12), st.integers(0, 3), st.sampled_from(["", "x", "\n", "y\nz"])), max_size=8))
def test_property_diff_is_a_valid_patch(lines, final_nl, raw_edits):
    text = "\n".join(lines) + ("\n" if final_nl else "")
    edits, pos = [], 0
    for gap, n, repl in raw_edits:
        pos += gap
        if pos > len(text):
            break
        end = min(len(text), pos + n)
        edits.append(Edit(pos, end, repl))
        pos = end + 1
    new = apply_edits(text, edits)
    diff = unified_diff(FilePlan(Document(text, "f.txt"), [], edits, new))
    if new == text:
        assert diff == ""
        return
    # apply the diff to the old lines and compare with the new text
    old_lines = text.splitlines(keepends=True)
    body = diff.splitlines(keepends=True)[2:]
    out, cur, i = [], 0, 0
    while i < len(body):
        head = body[i]
        assert head.startswith("@@ ")
        old_part = head.split()[1][1:]
        start = int(old_part.split(",")[0])
        count = int(old_part.split(",")[1]) if "," in old_part else 1
        start = start - 1 if count else start
        out += old_lines[cur:start]
        cur = start
        i += 1
        while i < len(body) and not body[i].startswith("@@ "):
            tag, content = body[i][0], body[i][1:]
            if i + 1 < len(body) and body[i + 1].startswith("\\"):
                content = content[:-1]
                i += 1
            if tag == " ":
                assert old_lines[cur] == content
                out.append(content)
                cur += 1
            elif tag == "-":
                assert old_lines[cur] == content
                cur += 1
            else:
                out.append(content)
            i += 1
    out += old_lines[cur:]
    assert "".join(out) == new


def test_diff_matches_difflib_on_simple_cases():
    text = "第一行\n第二行 ，\n第三行\n" + "".join(f"行{i}\n" for i in range(20)) + "末行 ，\n"
    edits = [Edit(text.index(" ，"), text.index(" ，") + 1, ""), Edit(text.rindex(" ，"), text.rindex(" ，") + 1, "")]
    new = apply_edits(text, edits)
    mine = unified_diff(FilePlan(Document(text, "f.txt"), [], edits, new))
    ref = "".join(difflib.unified_diff(text.splitlines(True), new.splitlines(True), "a/f.txt", "b/f.txt"))
    assert mine == ref
