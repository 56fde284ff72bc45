"""Typography rules (LG8xx): stray spaces, bracket balance, ASCII punctuation by consistency, straight quotes."""
import os

import pytest
from hypothesis import given, settings, strategies as st

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = os.path.join(ROOT, "seeds")
REG = build_registry(load_entry_points=False)
RULES = [r for r in REG.rules if r.category == "typography"]


def seed(prefix):
    name = next(n for n in os.listdir(SEEDS) if n.startswith(prefix) and n.endswith(".txt"))
    with open(os.path.join(SEEDS, name), encoding="utf-8") as f:
        return f.read()


def run(text, codes=None):
    return lint_text(text, [r() for r in RULES if codes is None or r.code in codes], registry=REG)


def at(findings, text, needle, code):
    i = text.find(needle)
    assert i >= 0, needle
    return [f for f in findings if f.code == code and i <= f.start < i + len(needle)]


def apply(text, fixes):
    for e in sorted((e for fx in fixes for e in fx.edits), key=lambda e: e.start, reverse=True):
        text = text[:e.start] + e.replacement + text[e.end:]
    return text


def test_seed_stray_spaces():
    t1, t2 = seed("001"), seed("002")
    f1, f2 = run(t1), run(t2)
    assert at(f1, t1, "600余次 ,", "LG801")
    assert at(f1, t1, "人心。 法治", "LG801")
    assert at(f2, t2, "19 个", "LG801")


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_ascii_seeds_get_one_document_note(prefix):
    found = run(seed(prefix), {"LG803", "LG806"})
    assert [f.code for f in found] == ["LG806"]
    assert found[0].level == "note"


def test_mixed_document_flags_the_minority():
    text = "2024年，我市共办理案件312件，办结298件。全年新增规范性文件12件,清理18件。主要做法如下：加强领导。"
    found = run(text, {"LG803", "LG806"})
    assert [f.code for f in found] == ["LG803"]
    assert apply(text, [found[0].fix]).count(",") == 0


def test_thousands_and_ascii_parens_without_chinese_are_not_punctuation():
    text = "落实《法治政府建设实施纲要(2021-2025年)》，全年共12,345件，时间为10:30。"
    assert run(text, {"LG803", "LG806"}) == []


def test_straight_quotes_and_full_stop():
    found = run('持续深化"放管服"改革，推进依法行政。建设法治政府。完善制度.', {"LG804", "LG803"})
    codes = sorted(f.code for f in found)
    assert codes == ["LG803", "LG804"]
    q = next(f for f in found if f.code == "LG804")
    assert apply('持续深化"放管服"改革，推进依法行政。建设法治政府。完善制度.', [q.fix]).startswith("持续深化“放管服”改革")


def test_straight_quotes_message_quotes_once():
    # the message shows the text as written and its fix, each with its own quotes, never “"放管服"” or ““放管服””
    (q,) = run('持续深化"放管服"改革。', {"LG804"})
    assert q.message("zh") == '直引号"放管服"，应为“放管服”'
    assert q.message("en") == 'straight quotes "放管服"; use “放管服”'


def test_unbalanced_points_at_the_unmatched_mark():
    text = "印发《关于加强法治政府建设的意见，推行“一网通办”（以下简称改革）。"
    found = run(text, {"LG802"})
    assert [(f.start, f.key) for f in found] == [(text.index("《"), "open")]
    text = "行政复议案件办结率100%）。"
    found = run(text, {"LG802"})
    assert [(f.start, f.key) for f in found] == [(text.index("）"), "default")]


def test_cut_paragraphs_inside_titles_are_grouped():
    text = "".join(f"制定了《\n第{i}号规划纲要\n》。\n" for i in range(5))
    found = run(text, {"LG802"})
    assert len(found) == 1 and found[0].key == "splits" and found[0].params["n"] == 5


def test_slogan_and_joint_issuer_spaces_are_quiet():
    text = "开展“优化法治环境 服务企业发展”活动，贯彻中共中央 国务院部署，全面推进依法行政。"
    assert run(text, {"LG801"}) == []


def test_stray_space_fix_deletes_spaces():
    text = "全年开展普法活动600余次 ,培育法治带头人218 个。"
    found = run(text, {"LG801"})
    assert len(found) == 2
    assert apply(text, [f.fix for f in found]) == "全年开展普法活动600余次,培育法治带头人218个。"


PARAS = [p for p in seed("003").split("\n") if len(p) > 60]


@settings(max_examples=40, deadline=None)
@given(st.integers(0, len(PARAS) - 1), st.integers(0, 10 ** 6))
def test_balanced_real_text_stays_quiet_and_a_removed_mark_is_found(i, k):
    para = PARAS[i]
    assert run(para, {"LG802"}) == []
    marks = [j for j, c in enumerate(para) if c in "《》“”"]
    if not marks:
        return
    j = marks[k % len(marks)]
    damaged = para[:j] + para[j + 1:]
    found = run(damaged, {"LG802"})
    assert len(found) == 1


def test_lg802_a_paragraph_of_stray_marks_is_one_finding_that_counts_them():
    tail = "推行“一网通办改革，全面推进政务服务标准化、规范化、便利化，群众办事平均跑动次数由2.1次减少到0.3次。"
    text = "报告正文。\n" + "](" * 400 + "\n" + tail + "\n"
    found = [f for f in run(text, {"LG802"})]
    stray = [f for f in found if f.start < text.index("推行")]
    assert len(stray) == 1
    assert stray[0].evidence["unmatched"] == 800
    assert len(stray[0].related) == 20
    # a paragraph with a few unmatched marks still gets one finding per mark
    assert len([f for f in found if f.start >= text.index("推行")]) == 1
    few = "（一（二（三（四（五。\n"
    assert len(run(few, {"LG802"})) == 5
