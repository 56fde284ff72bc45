"""The ledger (``lintgov claims``) names each figure by the words printed before it, not by the normalised key
(which drops fillers such as 计 and 和: 年度计划投资 is keyed 年度划投资), and a table cell by its row and column."""
import json

from lintgov.claims.report import figure_rows, render
from lintgov.document import Document


def rows(text):
    return {r["text"]: r for r in figure_rows(Document(text))}


def test_words_as_printed_beside_the_key():
    r = rows("全年完成投资51.2亿元，为年度计划投资45.6亿元的112.3%。调解和解率为21.6%。\n")
    assert r["45.6亿元"]["words"] == "为年度计划投资"
    assert "计划" in r["45.6亿元"]["words"] and "计划" not in r["45.6亿元"]["metric"]
    assert r["21.6%"]["words"] == "调解和解率为"


def test_table_cell_named_by_row_and_column():
    text = "类别 受理 办结 办结率\n复议 1,204 1,186 98.5%\n诉讼 1,356 1,342 99.0%\n"
    r = rows(text)
    assert r["98.5%"]["words"] == "复议 · 办结率"
    assert r["1,342"]["words"] == "诉讼 · 办结"


def test_text_and_json_carry_the_words():
    d = Document("全年完成投资51.2亿元，为年度计划投资45.6亿元的112.3%。\n", "r.txt")
    assert "[level] 为年度计划投资 →" in render([d])
    data = json.loads(render([d], fmt="json"))
    fig = data["documents"][0]["figures"][1]
    assert fig["words"] == "为年度计划投资" and fig["metric"]
