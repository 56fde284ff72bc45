"""The document model: lines, columns, paragraphs, sentences, clauses, masks, script, kind."""
import os

import pytest

from conftest import SEEDS
from lintgov.document import MASK_CHAR, Document
from lintgov.engine import read_document


def seed(registry, n):
    name = next(f for f in sorted(os.listdir(SEEDS)) if f.startswith(f"{n:03d}_"))
    return read_document(os.path.join(SEEDS, name), name, registry)


def test_lines_split_only_on_lf_and_crlf():
    d = Document("一\u2028二\x0c三\r\n四\n五")
    assert d.lines == ["一\u2028二\x0c三", "四", "五"]
    assert d.position(d.text.index("四")) == (2, 1)
    assert d.newline == "\r\n" or d.text.count("\n") == 2


def test_bom_and_crlf_do_not_change_positions():
    a = Document("甲乙\n丙丁")
    b = Document("\ufeff甲乙\r\n丙丁")
    assert b.bom and b.newline == "\r\n" and a.text == b.text
    assert a.position(3) == b.position(3) == (2, 1)
    assert b.original_offset(3) == 4 and a.original_offset(3) == 3


def test_columns_in_three_units():
    d = Document("\u3000\u3000\U00020BB7野家,报告")
    off = d.text.index(",")
    assert d.column(off, "codepoint") == 6
    assert d.column(off, "utf16") == 7
    assert d.column(off, "utf8") == 17


def test_paragraphs_sentences_clauses():
    d = Document("标题\n\n\u3000\u3000审结977件，纠错236件，纠错率约为24.2%。共计12,345人次！\n  末段")
    assert [d.text[p.start:p.end] for p in d.paragraphs] == [
        "标题", "审结977件，纠错236件，纠错率约为24.2%。共计12,345人次！", "末段"]
    sents = [d.text[s.start:s.end] for s in d.sentences]
    assert sents == ["标题", "审结977件，纠错236件，纠错率约为24.2%。", "共计12,345人次！", "末段"]
    si = d.sentence_index(d.text.index("纠错率"))
    assert [d.text[c.start:c.end] for c in d.clauses_of(si)] == ["审结977件，", "纠错236件，", "纠错率约为24.2%。"]
    # the thousands comma does not split a clause
    si = d.sentence_index(d.text.index("共计"))
    assert [d.text[c.start:c.end] for c in d.clauses_of(si)] == ["共计12,345人次！"]
    assert d.paragraph_at(d.text.index("末段")).index == 2


def test_masks_keep_offsets():
    t = "印发《关于加强法治建设的意见（2023年）》（京政发〔2023〕5号），详见https://www.gov.cn/a.html，电话010-12345678。"
    d = Document(t)
    m = d.masked()
    assert len(m) == len(t)
    assert "2023年" not in m and "gov.cn" not in m and "12345678" not in m
    assert m.count(MASK_CHAR) > 20
    kinds = {k.kind for k in d.masks}
    assert {"title", "docno", "url", "phone"} <= kinds
    assert d.is_masked(t.index("2023年"))
    assert not d.is_masked(t.index("印发"))


def test_markdown_paragraphs(registry):
    src = "---\ntitle: x\n---\n# 一、总体情况\n正文第一段，\n接着写。\n\n```\n代码 1、2、4\n```\n- 要点\n"
    d = read_document("a.md", "a.md", registry, src.encode("utf-8"))
    paras = [d.text[p.start:p.end] for p in d.paragraphs]
    assert paras == ["一、总体情况", "正文第一段，\n接着写。", "要点"]
    assert [h.marker for h in d.headings] == ["一、"]


def test_markdown_paragraphs_between_many_code_blocks(registry):
    """Each line is tested against the code blocks by bisection: blocks of every length, adjacent
    ones, and text between them; the paragraphs are the text between the blocks, in order."""
    parts = []
    for i in range(60):
        parts.append(f"第{i}段正文。\n\n")
        parts.append("```\n" + "代码行\n" * (i % 4) + "```\n\n")
        if i % 7 == 0:
            parts.append("```\n紧接的代码\n```\n\n")
    d = read_document("b.md", "b.md", registry, "".join(parts).encode("utf-8"))
    paras = [d.text[p.start:p.end] for p in d.paragraphs]
    assert paras == [f"第{i}段正文。" for i in range(60)]


@pytest.mark.parametrize("n,script,kind", [
    (0, "traditional", "law-gov-annual-report"),
    (1, "simplified", "law-gov-annual-report"),
    (2, "simplified", "other"),
    (3, "simplified", "law-gov-annual-report"),
])
def test_seed_script_and_kind(registry, n, script, kind):
    d = seed(registry, n)
    assert d.script == script
    assert d.kind == kind


def test_seed_heading_tree(registry):
    d = seed(registry, 0)
    tops = [h.marker for h in d.headings.at_level(1)]
    assert tops == ["一、", "二、", "三、", "四、"]
    # 1.–25. run on across (一)–(九)
    assert [h.value for h in d.headings.at_level(3)] == list(range(1, 26))
    assert all(h.parent is not None and h.parent.level == 2 for h in d.headings.at_level(3))
    d = seed(registry, 1)
    firsts = [h.children[0].value for h in d.headings.at_level(2) if h.children]
    assert firsts and all(v == 1 for v in firsts)
