"""The sole scope word of a text that says nothing of the body behind it (a paragraph or an excerpt linted on its own,
as an editor or a reviewer pastes it): a text that names one local scope only (全市 throughout) may be read as that
scope's where a wrong guess cannot raise a finding — a part against its main indicator.  Two scope words (a district's
全区 and the city's 全市第一) leave it unknown, words that only contain 全市/全省 (全市场, 安全省时) are no scope, and the
report's own scope word stays unknown for shares (tests/test_own_scope_shares.py).  Phrasings are lintgov's own."""
from lintgov.claims.stocks import own_scope_word, sole_scope_word
from lintgov.document import Document
from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def codes(text):
    return [f.code for f in lint_text(text, RULES, registry=REG)]


def test_one_scope_word_is_the_texts_sole_scope():
    assert sole_scope_word(Document("全市地区生产总值达到2,410亿元，全市常住人口310万人。", "x.txt")) == "全市"
    assert sole_scope_word(Document("全省粮食产量稳定。", "x.txt")) == "全省"
    assert own_scope_word(Document("全省粮食产量稳定。", "x.txt")) is None


def test_two_scope_words_or_none_leave_it_unknown():
    assert sole_scope_word(Document("全区地区生产总值达到410亿元，增速居全市第一。", "x.txt")) is None
    assert sole_scope_word(Document("地区生产总值达到410亿元。", "x.txt")) is None
    assert sole_scope_word(Document("培育全市场主体，采用安全省时的方法，健全区域协调机制。", "x.txt")) is None


def test_a_body_named_in_the_text_decides_instead():
    text = "各位代表：\n现在，我代表区人民政府，向大会报告工作。\n全市地区生产总值增长5%。\n"
    assert own_scope_word(Document(text, "x.txt")) == "全区"
    assert sole_scope_word(Document(text, "x.txt")) is None


def test_an_excerpt_checks_a_part_against_its_main_indicator():
    ok = "全市地区生产总值达到2,410亿元，增长5.8%；金融业增加值达到365亿元，增长6.1%。"
    wrong = "全市地区生产总值达到2,410亿元，增长5.8%；金融业增加值达到3,650亿元，增长6.1%。"
    assert "LG103" not in codes(ok)
    assert "LG103" in codes(wrong)


def test_an_excerpt_naming_two_scopes_stays_silent():
    # the district's value added against the city's GDP: which is whose is not said, so nothing is compared
    text = "全区金融业增加值达到3,650亿元，占全市地区生产总值2,410亿元的比重提高。"
    assert "LG103" not in codes(text)
