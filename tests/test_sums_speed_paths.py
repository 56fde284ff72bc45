"""LG103's readers scan whole documents for counts followed by their items (claims.lists: 四库：…, “三个突破”, 三谷（…）,
突出抓好三件事：一是…) and for counts entering a list of places (claims.stocks: 11家医院跻身全国百强).  Those scans go
through :func:`lintgov.lazyre.finditer` (tried only where a match can start), and so does LG103's scan for 其中/含/按…统计
(claims.parts.AMONG): the same matches as ``finditer``, checked here on generated text a difference would show.  LG103's
sentence readers pass over a sentence without a character every match of their pattern holds (prefilters): each such
character is shown necessary here."""
from hypothesis import given, settings, strategies as st

from lintgov import lazyre
from lintgov.claims import lists, parts, stocks

PATTERNS = [lists._COLON_TERM, lists._KEY_COUNT, lists._BRACKET_COUNT, lists._ORD_TERM, stocks._TOP_ITEM, parts.AMONG]

TOKENS = ["三", "两", "十", "十二", "四", "第", "百", "万", "1", "2023", "个", "大", "项", "张", "类", "件", "方面", "家", "强",
          "“", "”", "：", ":", "，", "。", "；", "、", "（", "）", "(", ")", "\n", " ", "即", "是", "一是", "二是", "三是",
          "水库", "粮库", "谷", "天谷", "智谷", "医院", "跻身", "全国", "百强", "入选", "千强镇", "进入", "前十", "工程",
          "重点", "抓好", "件事", "突破", "提高", "等", "和", "的", "镇", "其中", "含", "包含", "按", "统计", "划分",
          "分", "看", "从", "来看", "特别是", "尤其是", "包括", "主要有", "分为", "师生", "总人数", "总数", "合计", "共计", "共",
          "案件", "受理", "当", "在", "执业", "医师", "件", "人", "万"]


def _compiled(p):
    p.pattern  # noqa: B018 - compile the lazy pattern
    return p.search.__self__


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=80), st.integers(1, 40))
def test_item_and_top_list_scans_are_finditer(parts, reps):
    text = "".join(parts) * (reps * 5 if reps > 30 else 1)      # sometimes past lazyre.finditer's 2,000 characters
    for p in map(_compiled, PATTERNS):
        want = [(m.span(), m.groupdict()) for m in p.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in lazyre.finditer(p, text)] == want, p.pattern


def test_scans_find_the_shapes():
    text = ("四库：水库、粮库、钱库、碳库。实现“三个突破”，生产总值突破1万亿元。建设三谷（天谷、智谷、创谷）。"
            "突出抓好三件事：一是稳增长；二是促改革；三是惠民生。11家医院跻身全国百强。受理案件300件，其中行政案件200件。") * 30
    for p in map(_compiled, PATTERNS):
        want = [m.span() for m in p.finditer(text)]
        assert want, p.pattern                                # each pattern finds its shape here
        assert [m.span() for m in lazyre.finditer(p, text)] == want


PREFILTERS = [(parts.INCLUDING, parts.INCLUDING_CHAR.pattern), (parts.COMPOUND_TOTAL, parts.COMPOUND_CHAR.pattern),
              (parts.NAMED_AMONG, "中"), (parts.NAMED_AMONG_BRACKET, "中"), (parts.COLON, "[：:]")]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=60))
def test_sentence_prefilters_are_necessary(parts_):
    import re
    text = "".join(parts_)
    for p, chars in PREFILTERS:
        for m in p.finditer(text):
            assert re.search(chars, m.group()), (p.pattern, m.group())   # every match holds one of the characters


def test_prefilters_meet_their_shapes():
    import re
    for p, chars, text in [(parts.INCLUDING, parts.INCLUDING_CHAR.pattern, "查处案件860件，主要有无证经营312件"),
                           (parts.INCLUDING, parts.INCLUDING_CHAR.pattern, "按类型分，城镇消费品零售额…"),
                           (parts.COMPOUND_TOTAL, parts.COMPOUND_CHAR.pattern, "专任教师7.43万人，师生总人数121.24万人"),
                           (parts.NAMED_AMONG, "中", "受理790件，在受理的案件中，"),
                           (parts.COLON, "[：:]", "合计1,280件：行政复议案件420件")]:
        m = p.search(text)
        assert m is not None and re.search(chars, m.group())
