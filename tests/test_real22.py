"""Session real22 (issue 10, refutability): a count announced before items numbered over the sentences of a paragraph
(办好四件实事：一是…。二是…。三是…。) is as many things as the items even when the last item's own sentences count
other things (…三是配备校车。为三个片区开通专线): only words that add things (还有, 此外, 另有…) or a count of more
things of the announced kind (还将启动两项配套改革 after 六项改革) leave the count unbounded above.  Before, any count
after the last item's sentence did, so a wrong count over such a list was never reported."""
import pytest

from lintgov.config import Settings
from lintgov.document import Document
from lintgov.engine import instantiate_rules, lint_text
from lintgov.plugins import build_registry
from lintgov.claims.lists import enumerations, ord_more

_RULES = None


def findings(text):
    global _RULES
    if _RULES is None:
        _RULES = [r for r in instantiate_rules(build_registry(load_entry_points=False, strict=True), Settings(), {},
                                               select=["ALL"]) if r.category in ("arithmetic", "yoy")]
    return [f for f in lint_text(text + "\n", _RULES)]


def numbered(text, count):
    """(fewest, most) of the items the enumeration of ``count`` reads."""
    doc = Document(text + "\n")
    got = [e for e in enumerations(doc) if doc.text[e.count.start:e.count.end] == count]
    assert got, f"no enumeration of {count}"
    return got[0].lo, got[0].alt


# -- a wrong count over numbered items whose last item counts other things -----------------------------------------------
WRONG = [
    ("今年重点办好四件实事：一是新建两所学校。二是改造学校操场。三是为农村学生配备校车。"
     "要为东部、西部、南部三个片区开通专线，方便学生出行。", "四件", 3),
    ("全力推进五项工程：一是建设区域医疗中心。二是提升基层诊疗能力。三是推进智慧医院建设。"
     "年内建成预约、结算两大平台，缩短患者等候时间。", "五项", 3),
    ("着力抓好四方面工作：一是加快国道改造。二是完善农村公路网络。三是发展城乡公交。"
     "新开通东线、西线、南线三条公交线路，覆盖沿线村庄。", "四方面", 3),
    ("重点推进六项改革：一是简化办税流程。二是压缩退税时间。三是推行信用评价。四是强化风险提示。"
     "五是深化发票电子化改革。全年推广数电票、电子专票两种票据。", "六项", 5),
    ("集中开展七大行动：一是清理河道垃圾。二是整治排污口。三是修复岸线生态。四是治理农业面源污染。"
     "五是建设生态缓冲带。六是加强水质监测。在上游、中游设立两个自动监测站，数据实时上传。", "七大", 6),
]


@pytest.mark.parametrize("text,count,items", WRONG)
def test_a_count_over_numbered_items_is_closed_by_a_count_of_other_things(text, count, items):
    assert numbered(text, count) == (items, items)
    got = [f for f in findings(text) if f.code == "LG103"]
    assert len(got) == 1 and text[got[0].start:got[0].end] == count


# -- consistent near-misses: the same lists with the right count, or with words that add things --------------------------
RIGHT = [
    "今年重点办好三件实事：一是新建两所学校。二是改造学校操场。三是为农村学生配备校车。"
    "要为东部、西部、南部三个片区开通专线，方便学生出行。",
    "全力推进三项工程：一是建设区域医疗中心。二是提升基层诊疗能力。三是推进智慧医院建设。"
    "年内建成预约、结算两大平台，缩短患者等候时间。",
    "着力抓好三方面工作：一是加快国道改造。二是完善农村公路网络。三是发展城乡公交。"
    "新开通东线、西线、南线三条公交线路，覆盖沿线村庄。",
    "重点推进五项改革：一是简化办税流程。二是压缩退税时间。三是推行信用评价。四是强化风险提示。"
    "五是深化发票电子化改革。全年推广数电票、电子专票两种票据。",
    # (more things of the kind after the last item: the count is at least the items)
    "着力抓好四方面工作：一是加快国道改造。二是完善农村公路网络。三是发展城乡公交。另有两方面工作将在下半年部署。",
    "重点推进六项改革：一是简化办税流程。二是压缩退税时间。三是推行信用评价。四是强化风险提示。"
    "五是深化发票电子化改革。还将启动两项配套改革，逐步推开。",
    "今年重点办好四件实事：一是新建两所学校。二是改造学校操场。三是为农村学生配备校车。此外，社区食堂等两件实事由街道负责。",
    "集中开展七大行动：一是清理河道垃圾。二是整治排污口。三是修复岸线生态。四是治理农业面源污染。"
    "五是建设生态缓冲带。六是加强水质监测。下半年再启动一项专项行动。",
]


@pytest.mark.parametrize("text", RIGHT)
def test_consistent_or_open_numbered_lists_stay_silent(text):
    assert [f.code for f in findings(text) if f.code == "LG103"] == []


def test_a_count_of_the_announced_kind_after_the_items_leaves_the_count_open():
    lo, hi = numbered(RIGHT[5], "六项")
    assert lo == 5 and hi >= 99


@pytest.mark.parametrize("after,noun,more", [
    ("要为三个片区开通专线。", "实事：", False),
    ("还将启动两项配套改革。", "改革：", True),
    ("另有两方面工作将在下半年部署。", "工作：", True),   # (另有: a word that adds things)
    ("同步建设两个产业园。", "产业：", True),             # (a count naming the kind: 产业)
    ("建成两大平台。", "工程：", False),
    ("设立两个自动监测站。", "行动：", False),           # (动 alone would match inside 自动)
    ("建成两大平台。", "", True),                         # (no noun known: any count may add things, as before)
])
def test_ord_more_reads_a_count_by_the_announced_noun(after, noun, more):
    assert ord_more(after, 0, len(after), noun) is more


# -- numbered items are never read as head sentences stating the count's word (a false alarm on main) -----------------
# (三大产业：一是发展软件产业。… : the sentences ending with 产业 are some of the numbered items, not the count's items)
NUMBERED_HEADS = [
    "突出抓好三大产业：一是发展软件产业。二是发展金融业。三是发展物流业。同时培育两个新兴产业。",
    "重点实施四项工程：一是实施安居工程。二是推进供水管网改造。三是建设城市绿道。四是实施亮化工程。",
    "着力抓好三项改革：一是推进医保支付方式改革。二是完善药品集中采购。三是深化公立医院综合改革。",
    "全面落实五项制度：一是健全首问负责制度。二是推行限时办结。三是落实一次性告知制度。四是实行责任追究。五是完善服务评议。",
]


@pytest.mark.parametrize("text", NUMBERED_HEADS)
def test_numbered_items_ending_with_the_counted_word_stay_silent(text):
    assert [f.code for f in findings(text) if f.code == "LG103"] == []


def test_a_wrong_count_over_such_numbered_items_is_read_with_the_numbers():
    text = NUMBERED_HEADS[2].replace("三项改革", "四项改革")
    got = [f for f in findings(text) if f.code == "LG103"]
    assert len(got) == 1 and got[0].evidence["listed"] == 3


# numbered items that each state the word, descriptions between them, are still read as the count's items
STATED_HEADS = ("四个明显提升：一是城市品质明显提升。新建口袋公园12个，改造背街小巷30条。二是公共服务明显提升。"
                "新增学位3000个。三是营商环境明显提升。企业开办时间压缩至1天。四是群众满意度明显提升。")


def test_numbered_items_each_stating_the_word_are_read_as_heads():
    assert [f.code for f in findings(STATED_HEADS) if f.code == "LG103"] == []
    got = [f for f in findings(STATED_HEADS.replace("四个明显提升", "六个明显提升")) if f.code == "LG103"]
    assert len(got) == 1 and got[0].evidence["listed"] == 4
