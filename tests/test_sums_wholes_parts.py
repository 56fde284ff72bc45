"""A whole and all its parts however a report lists them (brief sums10): the periods of a span anywhere in a paragraph
(the halves, the quarters, N years summed — :func:`lintgov.claims.wholes.period_parts`), a list closed by 其余 (for
money too), and siblings of one classification never read as each other's whole
(:func:`lintgov.claims.partition.sibling_whole`).  Every wording here is our own; each G is consistent, each B has one
wrong figure, each T is a trap that must stay silent."""
import pytest

from lintgov.claims.partition import complete, sibling_whole
from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]

PERIODS = [
    # the two halves, in separate sentences, the whole last
    ("G", "上半年全区共受理行政复议申请214件。下半年受理239件。全年受理行政复议申请453件。"),
    ("B", "上半年全区共受理行政复议申请214件。下半年受理239件。全年受理行政复议申请463件。"),
    # the half named in an opening clause, a clause between, a subject before the verb
    ("G", "今年上半年，全县法律援助中心共办理援助案件612件。进入下半年，案件量有所上升，办理735件。全年办理援助案件1,347件。"),
    ("B", "今年上半年，全县法律援助中心共办理援助案件612件。进入下半年，案件量有所上升，办理735件。全年办理援助案件1,447件。"),
    # the whole first, the halves after it with no 其中
    ("G", "全年共调解矛盾纠纷4,210起，上半年调解1,980起，下半年调解2,230起。"),
    ("B", "全年共调解矛盾纠纷4,210起，上半年调解1,980起，下半年调解2,130起。"),
    # the halves in a 分别 list
    ("G", "全年受理案件2,800件，上半年、下半年分别受理1,320件和1,480件。"),
    ("B", "全年受理案件2,900件，上半年、下半年分别受理1,320件和1,480件。"),
    # the four quarters, the later ones named short, a 合计 after them, in reverse order
    ("G", "一季度新登记市场主体2,314户，二季度2,687户，三季度2,451户，四季度2,906户，全年新登记10,358户。"),
    ("B", "一季度新登记市场主体2,314户，二季度2,687户，三季度2,451户，四季度2,906户，全年新登记10,458户。"),
    ("G", "四季度受理投诉386件，三季度受理412件，二季度受理398件，一季度受理354件，全年合计1,550件。"),
    ("B", "四季度受理投诉386件，三季度受理412件，二季度受理398件，一季度受理354件，全年合计1,650件。"),
    # the first quarter alone, the other three in a 分别 list with bare ordinals (第二、三、四季度), 万 figures
    ("G", "第一季度办理政务服务事项3.2万件。第二、三、四季度分别办理3.6万件、3.9万件和4.1万件。全年累计办理14.8万件。"),
    ("B", "第一季度办理政务服务事项3.2万件。第二、三、四季度分别办理3.6万件、3.9万件和4.1万件。全年累计办理15.8万件。"),
    # two years summed: the year before and this one, Chinese numerals; named years in a 分别 list, three of them
    ("G", "上年投入资金十八点六亿元。本年度投入二十一点四亿元。两年合计投入40.0亿元。"),
    ("B", "上年投入资金十八点六亿元。本年度投入二十一点四亿元。两年合计投入41.0亿元。"),
    ("G", "2022年投入专项资金6.4亿元。2023年投入7.1亿元。两年合计投入13.5亿元。"),
    ("B", "2022年投入专项资金6.4亿元。2023年投入7.1亿元。两年合计投入14.5亿元。"),
    ("G", "2021年、2022年、2023年分别培训执法人员820人次、910人次和1,040人次，三年累计培训2,770人次。"),
    ("B", "2021年、2022年、2023年分别培训执法人员820人次、910人次和1,040人次，三年累计培训2,870人次。"),
    # two metrics per half: each whole with its own parts
    ("G", "上半年全市受理案件1,320件，办结1,200件。下半年受理1,480件，办结1,500件。全年受理2,800件，办结2,700件。"),
    ("B", "上半年全市受理案件1,320件，办结1,200件。下半年受理1,480件，办结1,500件。全年受理2,900件，办结2,700件。"),
]

TRAPS = [
    # a plan, not the year's actual figure
    "上半年受理案件1,320件。下半年受理1,480件。全年计划受理3,000件。",
    # a bound on the whole
    "上半年新增就业1.2万人，下半年新增就业1.5万人，全年新增就业超过2.8万人。",
    # the halves are of a part (劳动争议), not of the whole of all cases
    "全年受理案件5,000件，其中劳动争议2,800件。上半年受理1,300件，下半年受理1,600件。",
    # a stock to date
    "截至年底累计受理案件9,000件。上半年受理1,320件，下半年受理1,480件。",
    # three quarters of four
    "一季度受理1,200件，二季度受理1,300件，三季度受理1,250件，全年受理5,100件。",
    # last year's figure for the same half
    "上半年受理1,320件，上年同期1,200件。下半年受理1,480件。全年受理2,800件。",
    # three years summed as two, and years that are not consecutive
    "2022年投入资金6.4亿元，2023年投入7.1亿元，2024年投入8.0亿元，两年合计投入13.5亿元。",
    "2021年投入资金6.4亿元，2023年投入7.1亿元，两年合计投入14.5亿元。",
    # two wholes of the year a half's figures could belong to
    "全年受理案件2,900件，办结2,600件。上半年1,300件，下半年1,500件。",
    # siblings of one classification, never each other's whole
    "全年第一产业增加值35.2亿元，第二产业增加值171.3亿元，第三产业增加值204.6亿元，三次产业结构为8.6∶41.7∶49.8。",
    "全年第一产业增加值235.2亿元，第二产业增加值171.3亿元，第三产业增加值204.6亿元。",
    "全年一季度产量12.3万吨，二季度产量14.6万吨，三季度产量15.1万吨，四季度产量13.0万吨。",
    "全年共有第一批试点单位12个，第二批试点单位30个，第三批试点单位45个。",
    # 其他 for money: a category of its own, not said to be all the rest
    "全年追回欠薪合计1,836.5万元，其中劳动报酬类1,204.3万元，人身损害赔偿类412.9万元，其他类229.3万元。",
]

REST = [
    ("G", "全年追回欠薪合计1,836.5万元，其中劳动报酬类1,204.3万元，人身损害赔偿类412.9万元，其余219.3万元。"),
    ("B", "全年追回欠薪合计1,836.5万元，其中劳动报酬类1,204.3万元，人身损害赔偿类412.9万元，其余229.3万元。"),
    ("G", "拨付救助资金合计3,250万元，其中医疗救助1,480万元、临时救助960万元，其余为教育救助810万元。"),
    ("B", "拨付救助资金合计3,250万元，其中医疗救助1,480万元、临时救助960万元，其余为教育救助910万元。"),
    ("G", "共收到复议申请186件，其中已办结171件、尚未办结15件。"),
    ("B", "共收到复议申请186件，其中已办结171件、尚未办结25件。"),
]


def _lint(text):
    return lint_text(text + "\n", RULES, registry=REG, path="example.txt")


@pytest.mark.parametrize("expected,text", PERIODS + REST)
def test_whole_and_all_parts(expected, text):
    found = _lint(text)
    if expected == "G":
        assert found == [], [f.message("en") for f in found]
    else:
        assert found and all(f.code == "LG103" for f in found), [f.message("en") for f in found]
        assert all(f.evidence.get("formula") and f.evidence.get("complete") for f in found)


@pytest.mark.parametrize("text", TRAPS)
def test_traps_silent(text):
    assert [f for f in _lint(text) if f.code == "LG103"] == [], text


def test_period_parts_reading():
    from lintgov.claims.wholes import period_parts
    from lintgov.document import Document
    doc = Document("第一季度办理3.2万件。第二、三、四季度分别办理3.6万件、3.9万件和4.1万件。全年累计办理14.8万件。\n")
    pps = period_parts(doc)
    assert len(pps) == 1
    assert [doc.text[q.start:q.end] for q in pps[0].parts] == ["3.2万件", "3.6万件", "3.9万件", "4.1万件"]
    assert doc.text[pps[0].whole.start:pps[0].whole.end] == "14.8万件"
    assert "一季度" in pps[0].why.zh


def test_sibling_whole():
    assert sibling_whole("全年第一产业增加值", ["第二产业增加值", "第三产业增加值"])
    assert sibling_whole("一季度产量", ["二季度产量", "三季度产量", "四季度产量"])
    assert sibling_whole("第一批试点单位", ["第二批试点单位", "第三批试点单位"])
    assert not sibling_whole("地区生产总值", ["第一产业增加值", "第二产业增加值", "第三产业增加值"])
    assert not sibling_whole("办理案件", ["刑事案件", "民事案件"])
    assert not sibling_whole("全年产量", ["一季度产量", "二季度产量"])


def test_rest_for_money_only_when_said_to_be_the_rest():
    assert complete(["劳动报酬类", "人身损害赔偿类", "其余"], residual_ok=False)
    assert complete(["医疗救助", "临时救助", "其余为教育救助"], residual_ok=False)
    assert complete(["农林牧渔业", "工业", "其他服务业"], residual_ok=False) is None
    assert complete(["农林牧渔业", "工业", "其他服务业"], residual_ok=True)
