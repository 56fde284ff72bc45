"""Totals whose parts stand sentences or sub-headings before them, and flows (lintgov.claims.totals, read by LG103).

Wordings invented for these tests: a total word (合计, 共计, 总数, 累计, 共需办理, 共) over the figures of its measure before
it — a sentence, a sub-heading, a 分别 list between; Chinese numerals; a total that counts its parts (两类, 三年, 四级) or
refers back (以上各类, 上述); 新收 + 上年结转; 净增 = 新设 − 注销; 未X = 总数 − X.  Consistent ones are recorded as checked
and silent; inconsistent linked ones are found; traps (等, a rest without its figure, a plan, another year, too few or
too many figures for the count) stay silent."""
import pytest

from lintgov.claims import ledger
from lintgov.claims.totals import far_totals, flows
from lintgov.document import Document
from lintgov.engine import lint_text, read_document, Context
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]
SUMS = [r for r in RULES if r.code == "LG103"]


def _run(text):
    doc = read_document("x.txt", "x.txt", REG, text.encode("utf-8"))
    ctx = Context(lang="zh", settings={}, registry=REG, documents=[doc])
    found = []
    for r in SUMS:
        found.extend(r.check(doc, ctx))
    return doc, found


def _checked(doc, figure):
    """The checks of ``figure`` as a total or a flow's result, or as a part of a sum another reader checked."""
    return [c for c in ledger(doc) if c.family in ("sum", "flow") and (
        doc.text[c.start:c.end] == figure or any(doc.text[a:b] == figure for a, b in c.operands))]


CONSISTENT = [
    ("其中警告类280件，罚款类1,900件。没收违法所得及其他类别共140件。以上各类行政处罚合计2,320件。", "2,320件"),
    ("（一）复议。收到申请830件。\n（二）应诉。一审应诉案件410件。\n（三）综述。两类案件合计1,240件。", "1,240件"),
    ("（一）行政复议\n全年收到复议申请九百一十二件。\n（二）行政应诉\n全年一审应诉案件三百零五件。\n（三）小结\n上述两类案件总数为一千二百一十七件。",
     "一千二百一十七件"),
    ("一审行政诉讼案件、行政复议案件和信访事项分别为200件、480件和1,100件，总量1,780件。", "1,780件"),
    ("2021年至2023年，办理复议案件分别为140件、180件、230件，三年累计550件。", "550件"),
    ("设立中心一个、工作站十二个、工作室一百三十个，各级平台共一百四十三个。", "一百四十三个"),
    ("东城区、西城区共设立调解组织318个。\n南部三个区设立400个。\n北区设立95个。\n全市调解组织总数为813个。", "813个"),
    ("全年新收案件1,207件，上年旧存案件96件，共需审理1,303件。", "1,303件"),
    ("新收598件，加上上年结转43件，共需办理641件。", "641件"),
    ("市级财政安排资金3.2亿元。区级财政安排资金1.85亿元。两级财政合计投入5.05亿元。", "5.05亿元"),
    ("培训执法人员1,320人次；\n组织旁听庭审460人次；\n以上两项共计1,780人次。", "1,780人次"),
    ("新设立企业4,128户。全年注销企业1,062户，净增3,066户。", "3,066户"),
    ("全年新登记市场主体二万三千户，注销市场主体八千户，净增一万五千户。", "一万五千户"),
    ("排查纠纷2,138件。成功化解2,064件。未化解的74件。", "74件"),
    ("共受理投诉举报5,630件。已办结5,598件，尚未办结的32件正在办理。", "32件"),
]


@pytest.mark.parametrize("text,total", CONSISTENT)
def test_consistent_totals_are_checked_and_silent(text, total):
    doc, found = _run(text)
    assert not found, [str(f.message()) for f in found]
    got = _checked(doc, total)
    assert got and all(c.consistent for c in got), got


INCONSISTENT = [
    ("其中警告类280件，罚款类1,900件。没收违法所得及其他类别共140件。以上各类行政处罚合计2,330件。", "2,330件"),
    ("（一）复议。收到申请830件。\n（二）应诉。一审应诉案件410件。\n（三）综述。两类案件合计1,250件。", "1,250件"),
    ("（一）行政复议\n全年收到复议申请九百一十二件。\n（二）行政应诉\n全年一审应诉案件三百零五件。\n（三）小结\n上述两类案件总数为一千二百二十七件。",
     "一千二百二十七件"),
    ("2021年至2023年，办理复议案件分别为140件、180件、230件，三年累计560件。", "560件"),
    ("新收598件，加上上年结转43件，共需办理651件。", "651件"),
    ("市级财政安排资金3.2亿元。区级财政安排资金1.85亿元。两级财政合计投入5.25亿元。", "5.25亿元"),
    ("新设立企业4,128户。全年注销企业1,062户，净增3,166户。", "3,166户"),
    ("排查纠纷2,138件。成功化解2,064件。未化解的84件。", "84件"),
]


@pytest.mark.parametrize("text,total", INCONSISTENT)
def test_inconsistent_linked_totals_are_found(text, total):
    doc, found = _run(text)
    assert [f for f in found if doc.text[f.start:f.end] == total], [str(f.message()) for f in found]
    assert any(not c.consistent for c in _checked(doc, total))


SILENT = [
    # an open list: the figures named are some of the kinds
    "其中警告类280件，罚款类1,900件等。以上各类合计2,330件。",
    # a rest named without its figure
    "平台分为市、县、乡、村四级。市级1个，县级11个，乡镇186个，其余为村级。四级合计2,314个。",
    # a plan
    "市本级受理120件。\n区县受理300件。\n力争两级合计达到500件。",
    # another year's total
    "今年办理人大建议85件、政协提案120件。上年两类合计210件。",
    # the count names two, three figures stand before it: which two is not known
    "（一）复议。收到申请830件，审结800件。\n（二）应诉。一审应诉案件410件。\n（三）综述。两类案件合计1,250件。",
    # a total that neither counts its parts nor refers back: read when it adds up, never reported
    "受理复议申请830件。一审应诉案件410件。全年合计1,250件。",
    # the parts under another top-level heading
    "一、复议\n收到申请830件。\n二、应诉\n一审应诉案件410件。\n三、小结\n两类案件合计1,250件。",
    # 净增 over another group than the new and the gone (企业 and 个体户)
    "新设立企业4,128户，注销个体工商户1,062户，净增市场主体3,166户。",
    # the new ones of another period
    "计划新设立企业4,000户，注销1,000户，净增3,100户。",
]


@pytest.mark.parametrize("text", SILENT)
def test_traps_stay_silent(text):
    doc, found = _run(text)
    assert not found, [str(f.message()) for f in found]


def test_the_nested_part_is_no_part_of_the_total():
    doc = Document("受理投诉1,200件，其中涉企投诉300件。受理举报800件。两类合计2,000件。")
    ft = [r for r in far_totals(doc) if doc.text[r.total.start:r.total.end] == "2,000件"]
    assert ft and any([doc.text[p.start:p.end] for p in r] == ["1,200件", "800件"] for r in ft[0].readings)
    _doc, found = _run(doc.text)
    assert not found


def test_a_count_qualifying_the_subject_is_no_part():
    doc = Document("东城区设立318个。南部三个区设立400个。全市总数为718个。")
    ft = far_totals(doc)
    assert ft and all("三个" not in [doc.text[p.start:p.end] for p in r] for r in ft[0].readings)


def test_message_shows_the_arithmetic():
    doc, found = _run("（一）复议。收到申请830件。\n（二）应诉。一审应诉案件410件。\n（三）综述。两类案件合计1,250件。")
    (f,) = found
    msg = str(f.message())
    assert "1240" in msg.replace(",", "") and "830" in msg and "410" in msg
    doc, found = _run("新设立企业4,128户。全年注销企业1,062户，净增3,166户。")
    (f,) = found
    msg = str(f.message())
    assert "4,128户 − 1,062户 = 3066户" in msg or "3,066" in msg or "3066" in msg


def test_flows_read_once_per_result():
    doc = Document("排查纠纷2,138件。成功化解2,064件。未化解的74件。")
    fl = flows(doc)
    assert [(f.kind, doc.text[f.result.start:f.result.end]) for f in fl] == [("undone", "74件")]


NAMED = [
    # a composite name over a figure of each of its kinds, a heading between
    ("全县共有行政村186个、社区24个。\n二、工作成效\n全县210个村（社区）全部建立了调解委员会。",
     "全县共有行政村186个、社区24个。\n二、工作成效\n全县220个村（社区）全部建立了调解委员会。", "个村"),
    ("辖区有镇9个、街道5个，14个镇（街道）均设立了综治中心。", "辖区有镇9个、街道5个，15个镇（街道）均设立了综治中心。", "个镇"),
    ("有148个乡镇，另有街道22个。全省170个乡镇（街道）全部完成改革。",
     "有148个乡镇，另有街道22个。全省171个乡镇（街道）全部完成改革。", "个乡镇"),
    # a name covering the kinds listed right before it
    ("对辖区内的12个镇街、3个园区全部开展督察，实现15个单位全覆盖。", "对辖区内的12个镇街、3个园区全部开展督察，实现16个单位全覆盖。", "个单位"),
    ("对十二个镇街和三个园区开展巡查，实现十五个单位全覆盖。", "对十二个镇街和三个园区开展巡查，实现十四个单位全覆盖。", "个单位"),
]


@pytest.mark.parametrize("good,bad,noun", NAMED)
def test_wholes_named_by_their_kinds(good, bad, noun):
    doc, found = _run(good)
    assert not found, [str(f.message()) for f in found]
    assert any(c.consistent and c.family == "sum" and doc.text[c.end:c.end + len(noun) - 1] == noun[1:]
               for c in ledger(doc)), [(doc.text[c.start:c.end], c.formula) for c in ledger(doc)]
    doc, found = _run(bad)
    assert len(found) == 1 and doc.text[found[0].end:found[0].end + len(noun) - 1] == noun[1:]


@pytest.mark.parametrize("text", [
    # some of the whole, not all of it
    "全县共有行政村186个、社区24个。其中150个村（社区）建立了调解委员会。",
    "全县共有行政村186个、社区24个。已有150个村（社区）建立了调解委员会。",
    # a figure of the same composite name before it: the later one may be a part of it
    "全县210个村（社区），行政村186个、社区24个，200个村（社区）建立了调解委员会。",
    # covered units after an open list
    "对12个镇街、3个园区等开展督察，实现20个单位全覆盖。",
    # a plan
    "计划对12个镇街、3个园区开展督察，实现16个单位全覆盖。",
    # some of the units (涉及, no 全)
    "对12个镇街、3个园区开展督察，涉及10个单位。",
])
def test_named_wholes_stay_silent_on_traps(text):
    doc, found = _run(text)
    assert not found, [str(f.message()) for f in found]


@pytest.mark.parametrize("text", [
    # a qualified deed is some of those done: the late ones, those under way are left out
    "共受理投诉举报5,630件。按期办结5,598件，尚未办结的12件正在办理。",
    "排查隐患110处。已整改到位85处，未整改的15处正在整改。",
    # the whole of the undone is not stated: the figure before is less than those done
    "新收信访件120件。化解积案2,064件，未化解的74件。",
])
def test_undone_traps(text):
    doc, found = _run(text)
    assert not found, [str(f.message()) for f in found]


@pytest.mark.parametrize("good,bad", [
    ("平台分为市、县、乡、村四级。市级1个，县级11个，乡镇186个，其余为村级。四级合计2,314个，其中村级2,116个。",
     "平台分为市、县、乡、村四级。市级1个，县级11个，乡镇186个，其余为村级。四级合计2,324个，其中村级2,116个。"),
    ("服务站分为区、街道、社区三级：区级一个，街道级八个，其余为社区级。\n三级服务站合计一百二十个，其中社区级一百一十一个。",
     "服务站分为区、街道、社区三级：区级一个，街道级八个，其余为社区级。\n三级服务站合计一百三十个，其中社区级一百一十一个。"),
])
def test_the_rest_stated_after_the_total(good, bad):
    doc, found = _run(good)
    assert not found, [str(f.message()) for f in found]
    doc, found = _run(bad)
    assert any(f.key == "sum" for f in found)


def test_years_counted_need_their_years():
    # 三年累计 over three figures only when the text names the years they are of
    doc, found = _run("办理复议案件140件、180件、230件，三年累计560件。")
    assert not found
    doc, found = _run("2021年、2022年、2023年分别办理复议案件140件、180件、230件，三年累计560件。")
    assert found


def test_a_net_change_after_a_flow_is_no_change_of_that_flow():
    # LG211 read 净增3,066户 as the change of 注销企业1,062户 (its prior would be negative)
    text = "新设立企业4,128户。全年注销企业1,062户，净增3,066户。"
    found = lint_text(text, RULES, registry=REG)
    assert not found, [str(f.message()) for f in found]
    # a level and its own increase stay checked
    found = lint_text("全年注销企业1,062户，同比增加3,066户。", RULES, registry=REG)
    assert any(f.rule.code == "LG211" for f in found)


@pytest.mark.parametrize("good,bad", [
    ("受理行政复议申请830件。一审应诉410件。两类案件之和为1,240件。", "受理行政复议申请830件。一审应诉410件。两类案件之和为1,250件。"),
    ("其中，线上受理860件，线下受理340件。以上两种方式共受理1,200件。", "其中，线上受理860件，线下受理340件。以上两种方式共受理1,220件。"),
    ("一是审结一审案件320件；二是审结二审案件85件；三是审结再审案件12件。三类案件总数为417件。",
     "一是审结一审案件320件；二是审结二审案件85件；三是审结再审案件12件。三类案件总数为427件。"),
    ("新设立市场主体五千户，注销一千二百户，净增三千八百户。", "新设立市场主体五千户，注销一千二百户，净增三千九百户。"),
    ("市级投入资金1.25亿元；\n县级投入资金8,000万元；\n两级财政合计投入2.05亿元。",
     "市级投入资金1.25亿元；\n县级投入资金8,000万元；\n两级财政合计投入2.25亿元。"),
])
def test_more_wordings(good, bad):
    doc, found = _run(good)
    assert not found, [str(f.message()) for f in found]
    doc, found = _run(bad)
    assert len(found) == 1, [str(f.message()) for f in found]


def test_a_total_of_another_deed_is_no_sum():
    # 共审结 after 新收…结转…: those concluded are some of the case load (written set w1-216)
    doc, found = _run("全年新收行政复议案件398件，加上上年结转39件，共审结421件，审结率96.3%。")
    assert not [f for f in found if f.rule.code == "LG103"]
    doc, found = _run("全年新收行政复议案件398件，加上上年结转39件，共需办理437件，审结421件。")
    assert not found and _checked(doc, "437件")
