"""Issue 12, round three: the false-alarm patterns found by reviewing every error and warning of the
numbering, script, encoding, sections, number-usage, typography and temporal families on
../shared/corpus/gwr and ../shared/seeds and every LG803 on ../shared/corpus/full
(benches/validity/precision_review.md).  One positive and one negative case per pattern, written
from the patterns (the corpora themselves are never copied)."""
from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = {r.code: r for r in REG.rules}


def txt(f):
    return f.doc.text[f.start:f.end]


def line(f):
    return f.doc.position(f.start)[0]


def run(text, code, **settings):
    return [f for f in lint_text(text, [RULES[code]({})], registry=REG, settings=settings or None)
            if f.code == code]


BODY = "会议号召，全国各族人民紧密团结，为全面建成小康社会而努力奋斗！\n"

# -- page residue: the licence footer of a Wikisource resolution begins at 本作品来自… -------------------

NPC_FOOTER = ("本作品来自中华人民共和国全国人民代表大会及其常务委员会的决定、决议。依据《\n中华人民共和国著作权法\n"
              "》第五条，本作品不适用于该法，所以属于\n公有领域\n。\n\nPublic domain\n")


def test_npc_licence_footer_is_one_residue_block_from_its_first_line():
    (f,) = run(BODY + NPC_FOOTER, "LG704")
    assert txt(f).startswith("本作品来自")
    # the title split across lines inside the footer is the footer's, not an unbalanced bracket
    assert run(BODY + NPC_FOOTER, "LG802") == []


def test_title_split_across_lines_in_the_body_is_still_reported():
    text = "国务院已经发布《\n关于进一步扩大国营工业企业自主权的暂行规定\n》，各地要认真执行。\n" + NPC_FOOTER
    (f,) = run(text, "LG802")
    assert txt(f) == "《" and line(f) == 1


def test_share_label_on_its_own_line_is_residue():
    text = "分享:\n陕西省政府工作报告\n各位代表：\n现在，我代表省人民政府向大会报告工作，请予审议。\n"
    (f,) = run(text, "LG704")
    assert txt(f).startswith("分享:")
    assert run(text, "LG803") == []


def test_sharing_in_prose_is_not_residue():
    text = "分享：我区推行“一网通办”的经验做法，全年办件量增长12%，群众满意度明显提升。\n"
    assert run(text, "LG704") == []


# -- script rules stay out of page residue -----------------------------------------------------------

TRAD = ("中華人民共和國重視擴大各國之間的經濟和文化聯繫，因爲這對於改善各國的經濟狀況，增加各國的互相了解，"
        "都是有利的。我們必須繼續努力，爭取國際緊張局勢的進一步緩和。\n")
SIMP_FOOTER = ("本作品是中华人民共和国的法律、法规，国家机关的决议、决定、命令和其他具有立法、行政、司法性质的文件，"
               "及其官方正式译文。\n公有领域\n")


def test_simplified_licence_footer_of_a_traditional_report_is_not_a_script_finding():
    assert run(TRAD + SIMP_FOOTER, "LG601") == []
    assert len(run(TRAD + SIMP_FOOTER, "LG704")) == 1


def test_simplified_form_in_the_traditional_body_is_still_reported():
    text = TRAD.replace("聯繫", "聯系") + SIMP_FOOTER
    (f,) = run(text, "LG601")
    assert txt(f) == "系"


# -- LG803: residue and a document's own label convention ---------------------------------------------

PROSE = "全区新建公园28个，改造提升23个，全区公园总数达到150个，森林覆盖率达到58.7%。" * 3 + "\n"


def test_ascii_colon_of_a_breadcrumb_is_residue_not_mixed_punctuation():
    text = "您的位置:\n首页\n>\n要闻\n" + PROSE * 2
    assert run(text, "LG803") == []
    assert run(text.replace("公园总数达到150个，", "公园总数达到150个,"), "LG803")


def test_note_labels_written_with_ascii_colons_throughout_are_the_documents_convention():
    notes = "".join(f"註{i}:{'分區' if i % 2 else ' 分區'}委員會負責地區事務，共有{i}個。\n" for i in range(1, 9))
    text = ("政府會繼續推動發展，並達致互惠共贏，市民生活得到改善，社會各界共同參與。" * 3 + "\n") + notes
    assert run(text, "LG803") == []


def test_one_ascii_note_label_among_full_width_ones_is_reported():
    notes = "".join(f"註{i}：分區委員會負責地區事務，共有{i}個。\n" for i in range(1, 9))
    text = ("政府會繼續推動發展，並達致互惠共贏，市民生活得到改善，社會各界共同參與。" * 3 + "\n") + notes + \
        "註9:貨櫃船的運力持續提升。\n"
    (f,) = run(text, "LG803")
    assert line(f) == 10


# -- LG301: the enclosing series resumes after a list of the same form nested in its last item --------

NESTED = ("一、回顾\n去年工作取得新成效，经济平稳增长，民生持续改善。\n"
          "二、基本任务和主要方针\n今后五年的基本任务是：\n（一）\n加快发展。\n"
          "经过研究，国务院在拟定计划草案时，着重考虑了以下几个问题。\n"
          "一、确定适度的增长率\n正文。\n二、规定恰当的投资规模\n正文。\n三、坚持科技进步\n正文。\n四、扩大对外开放\n正文。\n"
          "{next}\n正文。\n")


def test_outer_series_resuming_after_a_nested_list_of_the_same_form_is_silent():
    assert run(NESTED.format(next="三、经济体制改革"), "LG301") == []


def test_outer_series_that_skips_after_a_nested_list_is_still_reported():
    (f,) = run(NESTED.format(next="四、经济体制改革"), "LG301")
    assert txt(f).startswith("四") and f.key == "duplicate"


# -- LG307 / LG807: an item pasted again as the tail of the paragraph before ------------------------------

SERIES = ("继续实施适度宽松的货币政策。一是保持货币信贷合理充裕。\n"
          "二是优化信贷结构，加强对重点领域和薄弱环节的支持。\n"
          "三是积极扩大直接融资，扩大股权和债券融资规模。四是加强风险管理，提高金融监管有效性，防范各类金融风险。\n"
          "{last}\n")


def test_item_repeating_the_end_of_the_paragraph_before_is_a_repetition_not_a_numbering_error():
    text = SERIES.format(last="四是加强风险管理，提高金融监管有效性，防范各类金融风险。")
    assert run(text, "LG307") == []
    (f,) = run(text, "LG807")
    assert f.key == "tail" and "上一段末尾" in f.message()


def test_a_repeated_item_number_with_new_text_is_still_a_numbering_error():
    text = SERIES.format(last="四是完善人民币汇率形成机制，保持人民币汇率基本稳定。")
    assert run(text, "LG807") == []
    (f,) = run(text, "LG307")
    assert f.params["expected"] == "五是"
