"""A whole stated at the end of a line closed by a colon, its parts listed one to a line after it, each with its share
and no base named (claims.leadlists, LG107): every part divided by its share gives that whole.  Numbers and wordings
made up; the layouts are those of budgets and plans in work reports (old and new styles, Chinese and Arabic numerals).
A consistent list gives no finding; one wrong share, part or whole gives one."""
import pytest

from lintgov.claims.leadlists import lead_lists
from lintgov.document import Document
from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def codes(text):
    return [f.rule.code for f in lint_text(text + "\n", RULES, registry=REG)]


def lines(lead, items):
    return lead + "\n" + "\n".join("　　" + x for x in items)


OLD = ("三年水利建设的投资一百二十亿元，是这样分配的：",
       ["防洪工程为五十四亿元，占百分之四十五；", "灌溉工程为三十六亿元，占百分之三十；", "其他为三十亿元，占百分之二十五。"])
NEW = ("今年中央预算内投资安排5000亿元，分配如下：",
       ["农业农村1200亿元，占24%；", "交通运输1500亿元，占30%；", "社会事业800亿元，占16%。"])
SCHOOLS = ("全县新建校舍面积八万六千平方米，具体是：",
           ["小学校舍三万四千平方米，占百分之三十九点五；", "初中校舍二万八千平方米，占百分之三十二点六；",
            "高中校舍二万四千平方米，占百分之二十七点九。"])
ASIDE = ("今年安排中央预算内投资6400亿元，主要投向以下领域：",
         ["粮食安全和乡村振兴1,280亿元，占20%，重点支持高标准农田建设；", "重大基础设施2,560亿元，占40%，主要用于铁路和水利；",
          "社会事业和民生保障2,560亿元，占40%。"])
PEOPLE = ("全年培训基层干部12,400人次，主要是：",
          ["乡镇干部6,820人次，占比55.0%；", "村干部4,340人次，占比35.0%；", "社区干部1,240人次，占比10.0%。"])


@pytest.mark.parametrize("lead,items", [OLD, NEW, SCHOOLS, PEOPLE, ASIDE])
def test_consistent_list_is_silent(lead, items):
    assert codes(lines(lead, items)) == []


def test_reader_gives_the_whole_and_the_items():
    doc = Document(lines(*NEW) + "\n")
    (ll,) = lead_lists(doc)
    assert doc.text[ll.whole.start:ll.whole.end] == "5000亿元"
    assert [doc.text[b.start:b.end] for _, b in ll.items] == ["24%", "30%", "16%"]


@pytest.mark.parametrize("lead,items,i,old,new", [
    (*OLD, 0, "百分之四十五", "百分之五十五"),          # a share
    (*OLD, 1, "三十六亿元", "四十六亿元"),              # a part
    (*NEW, 2, "16%", "21%"),
    (*NEW, 0, "1200亿元", "1500亿元"),
    (*SCHOOLS, 1, "百分之三十二点六", "百分之二十二点六"),
    (*PEOPLE, 2, "1,240人次", "2,240人次"),
    (*ASIDE, 1, "占40%，主要", "占35%，主要"),           # an item closed by a clause of words
])
def test_one_wrong_item_is_found(lead, items, i, old, new):
    items = list(items)
    items[i] = items[i].replace(old, new)
    assert codes(lines(lead, items)) == ["LG107"]


@pytest.mark.parametrize("lead,old,new", [
    (OLD[0], "一百二十亿元", "一百五十亿元"),
    (NEW[0], "5000亿元", "6500亿元"),
    (SCHOOLS[0], "八万六千平方米", "九万六千平方米"),
])
def test_wrong_whole_is_found_at_the_whole(lead, old, new):
    items = {OLD[0]: OLD[1], NEW[0]: NEW[1], SCHOOLS[0]: SCHOOLS[1]}[lead]
    text = lines(lead.replace(old, new), items)
    fs = lint_text(text + "\n", RULES, registry=REG)
    assert [f.rule.code for f in fs] == ["LG107"]
    assert text[fs[0].start:fs[0].end] == new


def test_balanced_shares_are_read_one_unit_wider():
    # 62.3/140 = 44.50 and 41.1/140 = 29.36, 36.6/140 = 26.14: rounded 44.5 + 29.4 + 26.1 = 100.0 — but a compiler who
    # rounds 44.50 down to 44.4 moves 29.36 up to 29.5 to keep the column at 100: each share one unit wider is silent
    items = ["城市建设六十二亿三千万元，占百分之四十四点四；", "乡村建设四十一亿一千万元，占百分之二十九点五；",
             "其他三十六亿六千万元，占百分之二十六点一。"]
    assert codes(lines("两年建设投资一百四十亿元，是这样安排的：", items)) == []
    # the same shares not adding up to 100 get no such allowance
    items[2] = items[2].replace("二十六点一", "二十六点四")
    assert codes(lines("两年建设投资一百四十亿元，是这样安排的：", items)) == ["LG107"]


@pytest.mark.parametrize("text", [
    # the lead states a change, not the whole broken down
    lines("今年中央预算内投资比上年增加500亿元，分配如下：", ["农业农村120亿元，占40%；", "交通运输150亿元，占30%。"]),
    # a share of another whole (占全国的) is not the list's
    lines("全年出口总额5000亿元，主要产品是：", ["机电产品1200亿元，占全国的2%；", "纺织服装1500亿元，占全国的3%。"]),
    # items that carry a growth are not read as bare parts
    lines("全年完成投资5000亿元，分配如下：", ["工业投资1200亿元，增长20%；", "基础设施1500亿元，增长30%。"]),
    # the whole a bound
    lines("全年完成投资超过5000亿元，分配如下：", ["工业投资1200亿元，占28%；", "基础设施1500亿元，占35%。"]),
    # one item alone is no list
    lines("全年完成投资5000亿元，其中：", ["工业投资1200亿元，占28%。"]),
])
def test_other_statements_stay_silent(text):
    assert "LG107" not in codes(text)
