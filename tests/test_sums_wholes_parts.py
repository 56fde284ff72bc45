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
    # the second half with a clause between and no name of its own; the whole's words in another order
    ("G", "上半年，全区法律援助机构办理案件1,126件。进入下半年，随着宣传力度加大，案件量明显上升，达到1,342件。全年办理法律援助案件2,468件。"),
    ("B", "上半年，全区法律援助机构办理案件1,126件。进入下半年，随着宣传力度加大，案件量明显上升，达到1,342件。全年办理法律援助案件2,478件。"),
    # a range of periods before 分别 (一季度至四季度, 2021—2023年), named one by one
    ("G", "一季度至四季度分别新增城镇就业3,120人、4,080人、3,560人、2,940人，全年共新增13,700人。"),
    ("B", "一季度至四季度分别新增城镇就业3,120人、4,080人、3,560人、2,940人，全年共新增14,700人。"),
    ("G", "2021—2023年分别培训执法人员820人次、910人次和1,040人次，三年累计培训2,770人次。"),
    ("B", "2021—2023年分别培训执法人员820人次、910人次和1,040人次，三年累计培训2,870人次。"),
    # the periods as month ranges, the whole as 1—12月
    ("G", "1—6月全区受理投诉1,320件，7—12月受理1,480件，1—12月累计受理2,800件。"),
    ("B", "1—6月全区受理投诉1,320件，7—12月受理1,480件，1—12月累计受理2,900件。"),
    ("G", "1-3月办理1,200件，4-6月办理1,300件，7-9月办理1,250件，10-12月办理1,350件，全年共办理5,100件。"),
    ("B", "1-3月办理1,200件，4-6月办理1,300件，7-9月办理1,250件，10-12月办理1,350件，全年共办理5,200件。"),
    # the first three quarters and the fourth; the quarters and 前三季度 together
    ("G", "前三季度新增城镇就业8,240人，四季度新增2,130人，全年新增城镇就业10,370人。"),
    ("B", "前三季度新增城镇就业8,240人，四季度新增2,130人，全年新增城镇就业10,470人。"),
    ("G", "一季度受理320件，二季度受理410件，三季度受理420件，前三季度累计受理1,150件，四季度受理380件，全年受理1,530件。"),
    ("B", "一季度受理320件，二季度受理410件，三季度受理420件，前三季度累计受理1,150件，四季度受理380件，全年受理1,630件。"),
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
    # the halves of a narrower action (按期办结) or of its refusal (不予受理), not of the whole's
    "上半年按期办结1,200件，下半年按期办结1,300件，全年办结2,600件。",
    "上半年不予受理120件，下半年不予受理130件，全年受理2,600件。",
    # one half of another action than the whole's
    "上半年受理案件1,320件，下半年办结1,480件，全年受理2,900件。",
    # the halves of the province, the year of the city
    "上半年全省受理投诉13,200件，下半年全省受理14,800件，全市全年受理2,900件。",
    # a range of three quarters for the year; a range of three years with two figures
    "一季度至三季度分别新增城镇就业3,120人、4,080人、3,560人，全年共新增13,700人。",
    "2021年至2023年分别培训执法人员820人次、910人次，三年累计培训2,870人次。",
    # one half only, as months
    "1—6月受理投诉1,320件，1—12月累计受理2,900件。",
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


COUNTED = [
    # a whole whose subject counts the things a 分别 list then names, in its sentence or the next
    ("G", "三支专业执法队伍全年共查处违法案件2,360件，交通、水务、文化执法队伍分别查处1,020件、830件、510件。"),
    ("B", "三支专业执法队伍全年共查处违法案件2,460件，交通、水务、文化执法队伍分别查处1,020件、830件、510件。"),
    ("G", "全区两家公立医院共接诊门诊患者41.6万人次。区人民医院、区中医院分别接诊27.9万人次和13.7万人次。"),
    ("B", "全区两家公立医院共接诊门诊患者41.6万人次。区人民医院、区中医院分别接诊27.9万人次和15.7万人次。"),
    # the things counted named after 其中, or opening the next sentence, one figure each
    ("G", "四支执法队伍共办结案件3,582件，其中城管执法队伍1,246件，市场监管执法队伍1,037件，生态环境执法队伍684件，交通运输执法队伍615件。"),
    ("B", "四支执法队伍共办结案件3,682件，其中城管执法队伍1,246件，市场监管执法队伍1,037件，生态环境执法队伍684件，交通运输执法队伍615件。"),
    ("G", "全区三家公立医院共接诊门诊患者51.3万人次，其中区人民医院27.9万人次，区中医院13.7万人次，区妇幼保健院9.7万人次。"),
    ("B", "全区三家公立医院共接诊门诊患者52.3万人次，其中区人民医院27.9万人次，区中医院13.7万人次，区妇幼保健院9.7万人次。"),
    ("G", "全县四个街道共调解纠纷1,276件。城关街道412件，东城街道356件，西城街道298件，南城街道210件。"),
    ("B", "全县四个街道共调解纠纷1,286件。城关街道412件，东城街道356件，西城街道298件，南城街道210件。"),
    # levels counted (县、乡、村三级) and named in a 分别 list
    ("G", "全县共建成县、乡、村三级综治中心412个。县级、乡镇级、村级分别为2个、23个、387个。"),
    ("B", "全县共建成县、乡、村三级综治中心402个。县级、乡镇级、村级分别为2个、23个、387个。"),
    # every level of the whole's area, after 具体看 / 从层级看 / 其中, each level below it with all its kinds
    ("G", "全市共建成综治平台2,146个。具体看，市级中心1个，县（市、区）级中心12个，乡镇（街道）工作站183个，村（社区）工作室1,950个。"),
    ("B", "全市共建成综治平台2,156个。具体看，市级中心1个，县（市、区）级中心12个，乡镇（街道）工作站183个，村（社区）工作室1,950个。"),
    ("G", "全县共建成养老服务设施412个。从层级看，县级中心2个，乡镇（街道）服务站23个，村（社区）互助点387个。"),
    ("B", "全县共建成养老服务设施422个。从层级看，县级中心2个，乡镇（街道）服务站23个，村（社区）互助点387个。"),
    ("G", "全市共建成综治平台2,146个，其中市级中心1个、县（市、区）级中心12个、乡镇（街道）工作站183个、村（社区）工作室1,950个。"),
    ("B", "全市共建成综治平台2,156个，其中市级中心1个、县（市、区）级中心12个、乡镇（街道）工作站183个、村（社区）工作室1,950个。"),
]

COUNTED_TRAPS = [
    # three of the four streets; teams counted, streets named; parts that are no such things
    "全县四个街道共调解纠纷1,286件。城关街道412件，东城街道356件，西城街道298件。",
    "全县组建四支调解队伍，共调解纠纷1,286件。城关街道412件，东城街道356件，西城街道298件，南城街道210件。",
    "全区三家公立医院共接诊患者52.3万人次，其中门诊患者27.9万人次，急诊患者13.7万人次，住院患者9.7万人次。",
    # four counted, three named; 主要 before the count
    "四支执法队伍共办结案件3,682件，城管、市场监管、交通运输执法队伍分别办结1,246件、1,037件、615件。",
    "三支主要执法队伍共办结案件3,682件，城管、市场监管、交通运输执法队伍分别办结1,246件、1,037件、615件。",
    # a different verb in the list (分别受理 after 共办结)
    "三支执法队伍共办结案件3,682件，城管、市场监管、交通运输执法队伍分别受理1,246件、1,037件、615件。",
    # the levels of a county under a whole of the city (the city's own level left out), 乡镇 without 街道, a list closed by 等
    "全市共建成养老服务设施422个。从层级看，县级中心2个，乡镇（街道）服务站23个，村（社区）互助点387个。",
    "全县共建成养老服务设施422个。从层级看，县级中心2个，乡镇服务站23个，村级互助点387个。",
    "全县共建成养老服务设施422个。具体看，县级中心2个，乡镇（街道）服务站23个，村（社区）互助点387个等。",
]

STRUCTURE = [
    # 三次产业结构 against the three levels, in a 分别 list or clause by clause, the ratio after them
    ("G", "全年实现地区生产总值247.6亿元。第一、二、三产业增加值分别为38.4亿元、96.5亿元、112.7亿元，三次产业结构为15.5∶39.0∶45.5。"),
    ("B", "全年实现地区生产总值247.6亿元。第一、二、三产业增加值分别为38.4亿元、96.5亿元、112.7亿元，三次产业结构为15.5∶37.0∶47.5。"),
    ("G", "第一产业增加值38.4亿元，增长3.1%；第二产业增加值96.5亿元，增长5.6%；第三产业增加值112.7亿元，增长6.2%。"
          "三次产业结构由16.1∶38.2∶45.7调整为15.5∶39.0∶45.5。"),
    ("B", "第一产业增加值38.4亿元，增长3.1%；第二产业增加值96.5亿元，增长5.6%；第三产业增加值112.7亿元，增长6.2%。"
          "三次产业结构由16.1∶38.2∶45.7调整为15.5∶41.0∶43.5。"),
    ("G", "全年第一产业增加值35.2亿元，第二产业增加值171.3亿元，第三产业增加值204.6亿元，三次产业结构为8.6∶41.7∶49.8。"),
    ("B", "全年第一产业增加值35.2亿元，第二产业增加值171.3亿元，第三产业增加值204.6亿元，三次产业结构为8.6∶43.7∶47.7。"),
]

STRUCTURE_TRAPS = [
    # last year's levels beside this year's structure; the sectors' investment, not their value added
    "上年第一产业增加值38.4亿元，第二产业增加值96.5亿元，第三产业增加值112.7亿元。三次产业结构为14.5∶40.0∶45.5。",
    "第一产业投资38.4亿元，第二产业投资96.5亿元，第三产业投资112.7亿元，三次产业结构为14.5∶40.0∶45.5。",
    # a level given twice (two readings)
    "第一产业增加值38.4亿元，第二产业增加值96.5亿元，第三产业增加值112.7亿元，其中第二产业增加值90.5亿元来自工业，三次产业结构为14.5∶40.0∶45.5。",
]


@pytest.mark.parametrize("expected,text", COUNTED + STRUCTURE)
def test_counted_levels_and_structure(expected, text):
    found = _lint(text)
    if expected == "G":
        assert found == [], [f.message("en") for f in found]
    else:
        assert found and all(f.code in ("LG103", "LG109") for f in found), [f.message("en") for f in found]
        assert all(f.evidence.get("formula") for f in found)


@pytest.mark.parametrize("text", COUNTED_TRAPS + STRUCTURE_TRAPS)
def test_counted_and_structure_traps(text):
    assert [f for f in _lint(text) if f.code in ("LG103", "LG109")] == [], text


def test_level_chain_and_counted_members():
    from lintgov.claims.partition import counted_members, level_chain
    assert level_chain(["市级中心", "县（市、区）级中心", "乡镇（街道）工作站", "村（社区）工作室"], "全市共建成")
    assert level_chain(["县级", "乡镇（街道）", "村（社区）"], "全县")
    assert level_chain(["县级", "乡镇", "村"], "全县") is None
    assert level_chain(["县级", "乡镇（街道）", "村（社区）"], "全市") is None
    assert level_chain(["市县两级", "乡镇（街道）", "村（社区）"], "全市") is None
    assert counted_members("四支执法队伍共办结案件", ["城管", "市场监管", "生态环境", "交通运输执法队伍"])
    assert counted_members("三支主要执法队伍共办结", ["城管", "市场监管", "交通运输执法队伍"]) is None
    assert counted_members("四支执法队伍共办结", ["城管", "市场监管", "交通运输执法队伍"]) is None
    assert counted_members("县、乡、村三级综治中心", ["县级", "乡镇级", "村级"])


TABLES = [
    # a flattened table whose first row is the whole of the rows under it by definition (no 合计 row)
    ("G", "指标\t绝对数（亿元）\t比上年增长（%）\n地区生产总值\t247.6\t5.2\n第一产业\t38.4\t3.1\n第二产业\t96.5\t5.6\n第三产业\t112.7\t6.2"),
    ("B", "指标\t绝对数（亿元）\t比上年增长（%）\n地区生产总值\t247.6\t5.2\n第一产业\t38.4\t3.1\n第二产业\t96.5\t5.6\n第三产业\t122.7\t6.2"),
    ("G", "指标 绝对数（亿元） 比上年增长（%）\n地区生产总值 247.6 5.2\n第一产业 38.4 3.1\n第二产业 96.5 5.6\n其中：工业 80.2 5.9\n"
          "第三产业 112.7 6.2"),
    ("B", "指标 绝对数（亿元） 比上年增长（%）\n地区生产总值 247.6 5.2\n第一产业 38.4 3.1\n第二产业 86.5 5.6\n其中：工业 80.2 5.9\n"
          "第三产业 112.7 6.2"),
    ("G", "项目\t金额（亿元）\t增长（%）\n进出口总额\t86.4\t6.1\n出口\t53.3\t9.8\n进口\t33.1\t1.2"),
    ("B", "项目\t金额（亿元）\t增长（%）\n进出口总额\t86.4\t6.1\n出口\t52.3\t9.8\n进口\t35.1\t1.2"),
]

TABLE_TRAPS = [
    # the sectors do not make up 全社会用电量 (城乡居民生活用电 besides); rows that are no complete split
    "指标\t绝对数（亿千瓦时）\t增长（%）\n全社会用电量\t47.6\t5.2\n第一产业\t3.4\t3.1\n第二产业\t26.5\t5.6\n第三产业\t12.7\t6.2",
    "指标\t绝对数（亿元）\t增长（%）\n一般公共预算收入\t47.6\t5.2\n税收收入\t33.4\t3.1\n教育附加\t6.5\t5.6",
]


@pytest.mark.parametrize("expected,text", TABLES)
def test_table_whole_first(expected, text):
    found = _lint(text)
    if expected == "G":
        assert found == [], [f.message("en") for f in found]
    else:
        assert found and all(f.code == "LG110" for f in found), [f.message("en") for f in found]
        assert all(f.evidence.get("formula") for f in found)


@pytest.mark.parametrize("text", TABLE_TRAPS)
def test_table_traps(text):
    assert _lint(text) == []
