"""The reading API of :mod:`lintgov.claims.parts` (which figures are a total and which are its parts), called by LG103,
and the split it stands for: ``rules/sums.py`` checks, it holds no module-level patterns of its own."""
import ast
import os

from lintgov.claims.grammar import folded_text
from lintgov.claims.parts import (TOTAL_AFTER, count_figures, counts_the_parts, exclusive_kinds, kinds_of,
                                  label_of_whole, names_its_parts, percent_list, shared_head)
from lintgov.document import Document

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _figures(text):
    doc = Document(text)
    return doc, folded_text(doc), doc.quantities


def _printed(doc, qs):
    return [doc.text[q.num_start:q.end] for q in qs]


def test_shared_head_and_kinds_of_the_total():
    assert shared_head(["城镇人口", "乡村人口"]) == "人口"
    assert shared_head(["出口", "进口值"]) == ""
    # siblings share their head with the total's name: kinds of it
    assert kinds_of(["当面申请", "网上申请"], "收到政府信息公开申请")
    # another measure of support, not a kind of 减税降费
    assert not kinds_of(["稳岗补贴", "电价补贴"], "减税降费")


def test_whole_named_by_its_parts_or_levels():
    assert names_its_parts("办理人大代表建议和政协提案", ["人大代表建议", "政协提案"])
    assert names_its_parts("市县两级", ["市本级", "县级"])
    # 等 leaves the named kinds open: some of them, not a complete split
    assert not names_its_parts("汽车、家电等消费品销售额", ["汽车", "家电"])


def test_counted_parts_and_lists():
    doc, masked, qs = _figures("全年新建小学、初中和高中25所，分别为8所、14所和3所。")
    k = masked.index("分别")
    assert count_figures(doc, masked, k + 2, len(masked)) == 3          # (bare figures joined by 、和)
    assert count_figures(doc, masked, k + 2, masked.index("和3所")) == 2
    doc, masked, qs = _figures("两项合计1,280件。")
    assert counts_the_parts(masked, qs[0])            # 两项 counts the parts, it is no figure of its own
    doc, masked, qs = _figures("三次产业分别占48.2%、27.5%和30.1%。")
    assert _printed(doc, percent_list(doc, masked, masked.index("占") + 1, len(masked))) == ["48.2%", "27.5%", "30.1%"]


def test_whole_label_and_total_word():
    doc, masked, qs = _figures("办理人大代表建议和政协提案共计386件。")
    assert label_of_whole(masked, qs[0], 0) == "办理人大代表建议和政协提案"
    assert TOTAL_AFTER.search("，以上共计")
    assert not TOTAL_AFTER.search("，其中")


def test_exclusive_kinds():
    assert exclusive_kinds(["城镇居民", "农村居民"])
    assert not exclusive_kinds(["党员干部", "青年干部"])


def test_rule_module_holds_no_module_level_patterns():
    """Reading belongs in the claims layer: a pattern LG103 needs goes into lintgov/claims/parts.py."""
    tree = ast.parse(open(os.path.join(ROOT, "rules", "sums.py"), encoding="utf-8").read())
    found = []
    for node in tree.body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
            for call in ast.walk(node.value):
                if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "compile":
                    found.append(node.lineno)
    assert found == []
