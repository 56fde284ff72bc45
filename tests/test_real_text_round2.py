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
    text = ("五年来，我们坚持创新驱动、转型发展，现代产业体系逐步形成。\n1.产业升级。正文。\n2.创新增强。正文。\n"
            "五年来，我们坚持产城融合、宜居宜业，城市环境不断优化。\n1.城市优化。正文。\n2.功能提升。正文。\n"
            "五年来，我们坚持发展为民、补齐短板，群众获得感不断提升。\n1.社会事业。正文。\n2.民生改善。正文。\n")
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


# -- script --------------------------------------------------------------------------------------

HK = ("香港作為國際大都會，回歸28年來始終保持開放包容。政府會全力發揮香港制度優勢，鞏固國際中心地位。"
      "推動港股人民幣交易櫃台納入「股票通」南向交易；亦會優化合格境外有限合伙人機制，與民航伙伴擴大安排。"
      "房地產投資額現最多只算入1,000萬元。現時暫准牌照已容許新經營者邊開業邊完成申請，今年內制訂《私立學校實務守則》，"
      "洪水橋╱厦村新發展區兩個項目則於明年招標。")


def test_hong_kong_standard_words_are_not_residues():
    assert codes(HK, "LG601") == []


def test_residue_next_to_hong_kong_words_still_found():
    # 示范 / 干部 / 制造 left unconverted are residues in any standard
    text = HK + "深入學習貫徹黨的二十大精神，落實領導干部學法制度，推動制造業高質量發展。"
    found = run(text, "LG601")
    assert found and any("干" in (f.evidence.get("written") or "") or any("干" in r["written"] for r in
                                                                           f.evidence.get("runs", []))
                         for f in found)


def test_names_in_simplified_text():
    text = "三星堆、皮洛、濛溪河等遗址入选十大考古新发现，昇腾384超节点集群投入使用，章輋村拆除新建。"
    assert codes(text, "LG602") == []
    assert codes("全面推進法治政府建設，行政复议案件办结率100%。", "LG602")


def test_one_finding_per_clause_lists_the_characters():
    text = "2023年，本區辦理事項3600余項并落實領導干部學法制度及建設示范區的各項要求。"
    (f,) = run(text, "LG601")
    assert f.evidence["characters"] == 4
    # single characters of one clause separated by correctly written traditional text are one finding
    text = "本區辦理事項3600余項，要求各部門嚴格執行並落實領導干部學法制度和示范創建工作"
    first, f = run(text, "LG601")        # 余 in its own clause; 干 and 范 share the second clause
    assert first.key == "default" and first.evidence["written"] == "余"
    assert f.key == "many" and len(f.evidence["runs"]) == 2 and f.evidence["characters"] == 2
    assert len(f.fix.edits) == f.evidence["characters"]
    fixed = text
    for e in sorted(f.fix.edits, key=lambda e: e.start, reverse=True):
        fixed = fixed[:e.start] + e.replacement + fixed[e.end:]
    assert [x.evidence["written"] for x in run(fixed, "LG601")] == ["余"]


def test_lost_character_question_mark():
    text = "今年是我市率先基本实现现代化、实?“十五”计划的起步之年，首个珠宝行业指数“水贝?中国珠宝指数”试运行。"
    found = run(text, "LG702")
    assert len(found) == 2
    assert run("我们该怎么办?答案是依法行政。", "LG702") == []


# -- typography -----------------------------------------------------------------------------------

def test_full_width_commas_with_ascii_colons():
    text = "".join(f"{i}.名词{i}:解释，说明。\n" for i in range(1, 8)) + "各位代表，让我们携手奋进，再创佳绩。"
    assert codes(text, "LG806") == []
    (f,) = run(text, "LG803")
    assert f.key == "family" and f.params["n"] == 7 and len(f.fix.edits) == 7
    assert codes("2024年,我市共办理案件312件,办结298件。主要做法如下:(一)加强组织领导。", "LG806") == ["LG806"]


def test_percent_then_ascii_full_stop():
    text = "全年办结率100%，群众满意度提升，复议纠错率下降，满意度达到100%."
    (f,) = run(text, "LG803")
    assert f.evidence["family"] == "full stop"
    assert run("全年办结率100%。群众满意度提升，复议纠错率下降，满意度达到100%。", "LG803") == []


def test_space_in_heading_and_after_quote():
    assert run("一、2025 年工作安排\n正文。", "LG801")
    assert run("落实“十四五” 规划，完成投资12亿元。", "LG801")
    assert run("一、2025年工作安排\n落实“十四五”规划。\n通州区人民政府\n2024年1月 15日", "LG801") == []


def test_thin_space_inside_figure():
    assert run("全年增长16.1\u2009%，高于全国。", "LG801")
    assert run("全年增长16.1%，高于全国。", "LG801") == []


def test_escaped_straight_quotes_fix_drops_backslashes():
    text = '以邓小平理论和\\"三个代表\\"重要思想为指导。'
    (f,) = run(text, "LG804")
    fixed = text
    for e in sorted(f.fix.edits, key=lambda e: e.start, reverse=True):
        fixed = fixed[:e.start] + e.replacement + fixed[e.end:]
    assert fixed == "以邓小平理论和“三个代表”重要思想为指导。"


def test_straight_quotes_as_document_habit_are_one_finding():
    text = "。".join(f'推进"工程{i}"建设' for i in range(15)) + "。"
    (f,) = run(text, "LG804")
    assert f.key == "document" and f.params["n"] == 15 and len(f.fix.edits) == 30
    assert len(run('推进"工程"建设。', "LG804")) == 1


def test_stray_spaces_all_through_a_document_are_one_finding():
    text = "\n".join(f"第{i}项工作进展顺利，  全面完成年度任务。" for i in range(30))
    (f,) = run(text, "LG801")
    assert f.key == "document" and f.params["n"] == 30
    assert len(run("第1项工作进展顺利，  全面完成年度任务。", "LG801")) == 1


def test_repeated_report_is_one_finding_and_no_numbering_error():
    body = ("一、过去一年工作回顾\n过去一年，我们坚持稳中求进，经济运行总体平稳。一是稳增长；二是促改革；三是惠民生。\n"
            "二、今年工作任务\n今年，我们将继续推进高质量发展，扩大内需，深化改革。\n")
    text = body + body
    (f,) = run(text, "LG807")
    assert f.key == "block" and f.params["n"] == 4   # the two headings and two paragraphs of the copy
    assert run(text, "LG301") == [] and run(text, "LG307") == []
    assert run(body, "LG807") == []


def test_repeated_clause_and_doubled_character():
    assert [f.key for f in run("坚持问题导向，加强执法监督，加强执法监督，提升执法质量。", "LG807")] == ["clause"]
    assert run("增长5.6%，高于全国0.7个百分点；工业增长6%，高于全国0.7个百分点。", "LG807") == []
    assert [f.key for f in run("全年共共受理行政复议案件112件。", "LG807")] == ["char"]
    assert run("建设公共共享平台，中共共青团委员会，总共共计。", "LG807") == []


# -- number usage, dates, sections --------------------------------------------------------------

def test_stacked_bounds_with_words_between():
    assert run("每年至少组织集中学法4次以上。", "LG901")
    assert run("超过深圳港一半以上。", "LG901")
    assert run("每年至少组织集中学法4次，以上内容纳入考核。", "LG901") == []
    assert run("至少建设1座多功能体育馆。", "LG901") == []


@pytest.mark.parametrize("text", ["于2023.09.31前完成。", "二〇二三年二月三十日召开。", "6月1日至31日开展检查。",
                                  "２０２３年２月３０日召开。", "截至二〇二三年四月三十一日。"])
def test_dates_in_other_forms(text):
    assert run(text, "LG502")


@pytest.mark.parametrize("text", ["于2023.09.30前完成。", "二〇二三年二月二十八日召开。", "7月1日至31日开展检查。",
                                  "版本1.2.3发布。", "２０２３年２月２８日召开。"])
def test_dates_in_other_forms_valid(text):
    assert run(text, "LG502") == []


def test_hong_kong_financial_year():
    text = "與2026-27年落成的藝術廣場大樓的發展商商討租賃策略，推動文化藝術發展。"
    assert run(text, "LG503") == []
    assert run("实施2021-25年五年规划。", "LG503")


ACHIEVEMENTS = ("关于2022年法治政府建设情况的报告\n现将2022年法治政府建设情况报告如下。\n"
                "一、2022年法治政府建设工作情况\n（一）加强领导。区政府主要负责同志带头履行推进法治建设第一责任人职责。\n"
                "二、存在的不足和原因\n执法力量薄弱，主要原因是编制不足。\n"
                "三、2023年工作安排\n2023年，我区将继续推进依法行政。\nXX区人民政府\n2023年2月20日")


def test_achievements_heading_is_not_the_plans():
    assert codes(ACHIEVEMENTS, "LG401", "LG403") == []
    assert codes(ACHIEVEMENTS.replace("三、2023年工作安排\n2023年，我区将继续推进依法行政。\n", ""), "LG401")


def test_broken_document_number():
    (f,) = run("印发《开州区法治政府建设实施方案》（开州委法20239）。", "LG808")
    assert f.params["expected"] == "开州委法〔2023〕9号"
    assert run("印发《开州区法治政府建设实施方案》（开州委法〔2023〕9号）。", "LG808") == []
    assert run("投资（20239万元），编制《规划》（2021—2035年）。", "LG808") == []


def test_photo_credit_without_she_and_cms_ids():
    text = "任振鹤作政府工作报告。新甘肃·甘肃日报记者 盛学卿\n各位代表：现在，我代表省人民政府作报告。"
    assert run(text, "LG801") == [] and run(text, "LG704")
    text = ("全文完。\n相关链接>>\ne4c29f31c6964493a14c4ddf6b160169:\n四川干部群众热议政府工作报告 以奋勇争先之姿\n"
            "打印本页\n关闭窗口")
    assert run(text, "LG801") == []
    (f,) = run(text, "LG704")
    assert "related" in f.evidence["kinds"]


def test_full_width_space_in_heading_is_a_separator():
    text = "二、簡化行政措施　拆牆鬆綁\n46. 政府會簡化審批程序，加快速度。"
    assert run(text, "LG801") == []
    assert run("二、2025 年工作安排\n正文。", "LG801")


def test_marks_before_a_residue_line_belong_to_it():
    text = "把蓝图变为幸福实景！\n》》点击图片进入专题《《\n收藏\n分享到:\n分享到微信"
    assert run(text, "LG802") == []
    (f,) = run(text, "LG704")
    assert text[f.start:f.start + 2] == "》》"
