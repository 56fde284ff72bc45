"""Issue 12 (real published text, round two): one positive and one negative case per pattern,
written after the patterns found on ../shared/corpus/full (the corpus itself is never copied)."""
import pytest

from lintgov.config import enabled
from lintgov.document import Document
from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = {r.code: r for r in REG.rules}


def codes(text, *wanted, **settings):
    rules = [RULES[c]({}) for c in wanted]
    return [f.code for f in lint_text(text, rules, registry=REG, settings=settings or None) if f.code in wanted]


def run(text, code):
    return [f for f in lint_text(text, [RULES[code]({})], registry=REG) if f.code == code]


# -- numbering --------------------------------------------------------------------------------

GLOSSARY = ("名词解释\n1.“五清”行动：清理排污口。\n2.“清四乱”行动：清理乱占。\n3.4E级：属飞行区等级指标。\n"
            "4.“三馆合一”项目：指美术馆。\n")


def test_item_starting_with_digits_is_an_ordinal():
    # 3.4E级 after 2. is item 3, not the decimal 3.4 (7.4E级 in a real glossary)
    assert [h.value for h in Document(GLOSSARY).headings] == [1, 2, 3, 4]
    assert run(GLOSSARY, "LG301") == []


def test_decimal_paragraph_is_not_an_ordinal():
    doc = Document("2023年，全区工作。\n1.5万件案件办结。\n3.5%的增幅。\n")
    assert list(doc.headings) == []


def test_real_skip_in_glossary_still_reported():
    text = "名词解释\n1.“五清”行动：清理排污口。\n2.“清四乱”行动：清理乱占。\n4.“三馆合一”项目：指美术馆。\n"
    assert [f.params["found"] for f in run(text, "LG301")] == ["4."]


def test_enumeration_of_numerals_is_not_a_heading():
    text = "一、经济运行\n正文。\n二、三季度经济增速回升，全年增长5%。\n二、改革开放\n正文。\n"
    assert [h.value for h in Document(text).headings if h.level == 1] == [1, 2]
    assert run(text, "LG301") == []
    assert run("一、经济运行\n正文。\n三、改革开放\n正文。\n", "LG301")  # a real skip


def test_plan_labels_are_not_ordinals():
    text = ("一、总体要求\n正文。\n二、主要任务\n（一）实施“万千百十”计划\n万：固定资产投资突破1万亿元。\n"
            "千：推动产业集群。\n百：做强百强企业。\n十：支持建设研发机构。\n（二）建设大美宝安\n三、保障措施\n正文。\n")
    assert run(text, "LG301") == []
    assert [h.num for h in Document(text).headings if h.level == 1] == ["一", "二", "三"]


def test_new_part_restart_is_not_an_error():
    text = ("（一）稳增长\n1.地区生产总值增长。\n2.财政收入增长。\n（二）促转型\n3.产业升级。\n"
            "2017年主要工作任务\n（一）深入落实创新驱动\n1.实施创新驱动。\n2.推进改革。\n（二）推进制造\n3.出台计划。\n")
    assert run(text, "LG301") == [] and run(text, "LG302") == []
    # without the part heading the restart of （一） is reported
    assert run(text.replace("2017年主要工作任务\n", ""), "LG301")


def test_lists_restarting_under_lead_paragraphs():
    lead = "五年来，我们坚持创新驱动、转型发展，现代产业体系逐步形成。\n"
    text = lead + "1.产业升级。正文。\n2.创新增强。正文。\n" + lead + "1.城市优化。正文。\n2.功能提升。正文。\n" \
        + lead + "1.社会事业。正文。\n2.民生改善。正文。\n"
    assert run(text, "LG301") == []
    # a single restart inside one list is still an error
    assert run("1.产业升级。正文。\n2.创新增强。正文。\n1.城市优化。正文。\n", "LG301")


def test_chapter_is_a_new_part_for_the_hierarchy():
    text = ("第一章　深化改革\n1. 第一段。\n2. 第二段。\n第二章　一国两制\n一、坚定不移贯彻方针\n3. 第三段。\n"
            "二、爱国主义教育\n4. 第四段。\n")
    assert run(text, "LG303") == [] and run(text, "LG301") == []
    assert run("一、工作成效\n1.加强领导\n（一）压实责任\n正文。\n（二）强化考核\n正文。", "LG303")


def test_ordinal_punctuation_grouped():
    text = "一、工作\n" + "".join(f"{i}、事项{i}。正文。\n" for i in range(1, 8))
    (f,) = run(text, "LG304")
    assert f.params["n"] == 7 and len(f.fix.edits) == 7 and len(f.related) == 6
    assert len(run("一、工作\n1、事项。正文。\n2.事项。正文。\n", "LG304")) == 1


def test_space_before_ordinal_dot():
    text = "1. 第一项。\n2. 第二项。\n3 . 第三项。\n4. 第四项。\n"
    assert [h.value for h in Document(text).headings] == [1, 2, 3, 4]
    assert run(text, "LG301") == []


def test_inline_series_item_starting_with_yi():
    text = "问题：一是经济发展不稳定；二是一些重要领域核心技术受制于人；三是环保欠账较多。"
    assert run(text, "LG307") == []
    assert run("问题：一是经济发展不稳定；三是环保欠账较多。", "LG307")


def test_ranking_after_quoted_name_is_not_a_series():
    text = "位居全国“创新百强区”第二、“工业百强区”第六、“城区综合竞争力”第七。"
    assert run(text, "LG307") == []
    assert run("第一，加强领导。第三，完善制度。", "LG307")


# -- typography ------------------------------------------------------------------------------

def test_bracket_with_page_list_is_balanced():
    assert run("1.“四上”企业（P2，P15）：现阶段统计系统的专用称谓。", "LG802") == []
    assert run("LNG是液化天然气（Liquefied Natural Gas）的简称。", "LG802") == []
    assert run("1.“四上”企业（P2，P15：现阶段统计系统的专用称谓。", "LG802")


def test_apostrophe_in_english():
    assert run("WTA：Women’s Tennis Association的缩写。", "LG802") == []
    assert run("实现”一村一法律顾问”。", "LG802")


def test_brackets_in_page_chrome_are_residue():
    text = "下载\n打印\n全屏\n收藏\n【字号：\n加大\n还原\n减小\n】\n2026年政府工作报告\n各位代表：现在，我代表省人民政府作报告。"
    assert run(text, "LG802") == []
    (f,) = run(text, "LG704")
    assert "tools" in f.evidence["kinds"]


def test_photo_credit_is_residue_not_stray_space():
    text = "大会开幕，省长作政府工作报告。新华社记者 姚大伟 摄\n各位代表：现在，我代表省人民政府作报告。"
    assert run(text, "LG801") == []
    (f,) = run(text, "LG704")
    assert f.evidence["kinds"] == ["caption"]
    assert run("大会开幕，省长作政府工作 报告，代表们认真审议。", "LG801")


def test_attachment_file_list_is_residue():
    text = "各位代表，让我们携手奋进！\n附件：\n1．附件1：有关名词解释.doc\n2．附件2：2019年民生实事项目.doc\n"
    (f,) = run(text, "LG704")
    assert f.evidence["kinds"] == ["attachment"]
    assert run("附件：2019年民生实事项目清单\n1．新建学校10所。\n", "LG704") == []


def test_bracket_balance_is_linear():
    # 50,000 opening marks of one kind and 50,000 closing marks of another: every closing mark used
    # to search the whole stack
    import time
    text = "（" * 20000 + "》" * 20000
    t = time.perf_counter()
    found = run(text, "LG802")
    assert found and time.perf_counter() - t < 20


# -- number usage ------------------------------------------------------------------------------

def test_thousand_as_unit_prefix():
    assert run("粮食种植面积3776.4千公顷，算力总规模达到10.36百亿亿次/秒。", "LG903") == []
    assert run("培训执法人员3千余人次。", "LG903")


def test_decimal_with_duo_is_opt_in():
    cls = RULES["LG906"]
    assert cls.default_enabled is False and cls.level == "note"
    assert not enabled(cls, None, [], [])
    assert enabled(cls, None, ["LG906"], [])
    assert "GB/T 15835" in cls.authority
    assert run("全年处理市民咨询投诉1.2万多宗。", "LG906")
    assert run("全年处理市民咨询投诉1.2万宗。", "LG906") == []
