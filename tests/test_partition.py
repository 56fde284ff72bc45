"""When parts exhaust their whole (claims.partition): the sum must equal the whole, not only stay below it.

A breakdown the text presents as complete — a count of kinds announced and as many kinds given (分为三类：…, 涉及3类
事项，其中…, 通过…两种方式…, 按…分为A、B、C、D四类，分别为…), a last part that takes the rest (其余N件…), a thing and its
negation (办结/未办结, 已整改/尚未整改), the sides of a split (城镇/乡村) — is checked as Σparts = whole within the
printed rounding.  A planted error that lowers one part keeps every part below the whole and is found only that way.
Statements written for these tests (法治政府建设年度报告: 复议/诉讼/执法/信访/12345; work reports; communiqués),
varied in word order, numerals, brackets, a clause between, the whole one sentence earlier; not taken from a corpus.
"""

import pytest

from lintgov.claims import claims_of, ledger
from lintgov.claims.partition import (announced, announced_kinds, by_count, classification, complete, counts_kinds,
                                      exhaustive,
                                      negation_pair, open_list)
from lintgov.document import Document
from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def findings(text):
    return lint_text(text, RULES, registry=REG)


#: (consistent, wrong): the wrong one lowers one part, so that every part stays below the whole
PAIRS = [
    # a classification with its count announced, a colon list
    ("全年共受理行政复议申请426件，按申请事项分为三类：行政处罚类215件、行政许可类96件、信息公开类115件。",
     "全年共受理行政复议申请426件，按申请事项分为三类：行政处罚类215件、行政许可类76件、信息公开类115件。"),
    # names and count announced, figures after 分别为, 万 with decimals
    ("全年12345热线共受理群众诉求8.62万件，涉及咨询、求助、投诉三类，分别为3.15万件、1.93万件、3.54万件。",
     "全年12345热线共受理群众诉求8.62万件，涉及咨询、求助、投诉三类，分别为3.15万件、1.63万件、3.54万件。"),
    # Chinese numerals
    ("全年受理信访事项一千二百件，按渠道分为来信、来访、网上信访三类，分别为三百件、四百二十件、四百八十件。",
     "全年受理信访事项一千二百件，按渠道分为来信、来访、网上信访三类，分别为三百件、三百二十件、四百八十件。"),
    # a clause announcing the kinds between the whole and 其中
    ("全年查办行政执法案件1,286件，涉及3类事项，其中市场监管类652件、城市管理类418件、生态环境类216件。",
     "全年查办行政执法案件1,286件，涉及3类事项，其中市场监管类652件、城市管理类318件、生态环境类216件。"),
    # ways of doing it announced (两种方式), then 其中
    ("全年接待群众来访2,460人次，通过现场接待、视频接访两种方式办理，其中现场接待1,580人次，视频接访880人次。",
     "全年接待群众来访2,460人次，通过现场接待、视频接访两种方式办理，其中现场接待1,580人次，视频接访680人次。"),
    # a last part that takes the rest
    ("全年审结行政诉讼案件356件，其中判决结案172件，裁定驳回起诉68件，其余116件以撤诉方式结案。",
     "全年审结行政诉讼案件356件，其中判决结案172件，裁定驳回起诉68件，其余96件以撤诉方式结案。"),
    ("全年化解矛盾纠纷3,620件，其中通过人民调解化解2,140件，通过行政调解化解880件，其余600件通过司法途径化解。",
     "全年化解矛盾纠纷3,620件，其中通过人民调解化解2,140件，通过行政调解化解880件，其余500件通过司法途径化解。"),
    # done and not yet done (aspect words 已/尚 read off)
    ("全年排查整治安全隐患1,150处，已整改1,085处，尚未整改65处。",
     "全年排查整治安全隐患1,150处，已整改1,055处，尚未整改65处。"),
    ("全年受理消费投诉2,318件，办结2,204件，未办结114件。",
     "全年受理消费投诉2,318件，办结2,204件，未办结94件。"),
    # the whole one sentence earlier, the classification opening the next
    ("全年受理政府信息公开申请862件。按申请方式分为三类：网络申请518件、信函申请206件、当面申请138件。",
     "全年受理政府信息公开申请862件。按申请方式分为三类：网络申请518件、信函申请166件、当面申请138件。"),
    # the whole's growth between it and the classification
    ("全年共办理行政复议案件426件，较上年增长8.1%，按审理结果分为维持、撤销、驳回、其他四类，分别为238件、62件、87件、39件。",
     "全年共办理行政复议案件426件，较上年增长8.1%，按审理结果分为维持、撤销、驳回、其他四类，分别为238件、62件、67件、39件。"),
    # the classification inside a bracket after the whole
    ("全年受理劳动人事争议案件1,024件（按争议类型分为三类：劳动报酬类612件、社会保险类236件、解除劳动合同类176件）。",
     "全年受理劳动人事争议案件1,024件（按争议类型分为三类：劳动报酬类612件、社会保险类206件、解除劳动合同类176件）。"),
    # a communiqué's split
    ("年末全市常住人口286.4万人，其中城镇常住人口178.2万人，乡村常住人口108.2万人。",
     "年末全市常住人口286.4万人，其中城镇常住人口178.2万人，乡村常住人口98.2万人。"),
    # four kinds named in a classification of activities
    ("全年开展普法活动560场，分为进机关、进社区、进学校、进企业四类，分别为120场、180场、140场、120场。",
     "全年开展普法活动560场，分为进机关、进社区、进学校、进企业四类，分别为120场、180场、140场、100场。"),
    # ways of concluding, with 方式 after the count
    ("全年审结案件356件，分为判决、裁定、调解三种方式结案，分别为172件、68件、116件。",
     "全年审结案件356件，分为判决、裁定、调解三种方式结案，分别为172件、68件、96件。"),
    # the whole closed by 中, the kinds named with their count
    ("全年受理的320件行政复议案件中，涉及行政处罚、行政许可、信息公开三类，分别为130件、90件、100件。",
     "全年受理的320件行政复议案件中，涉及行政处罚、行政许可、信息公开三类，分别为130件、90件、60件。"),
    # the kinds named before their count, then 其中
    ("全年受理行政复议案件320件，按申请事项分为行政处罚类、行政许可类和信息公开类三类，其中行政处罚类130件、行政许可类90件、信息公开类100件。",
     "全年受理行政复议案件320件，按申请事项分为行政处罚类、行政许可类和信息公开类三类，其中行政处罚类130件、行政许可类90件、信息公开类60件。"),
    # kinds counted by the noun after the count (个领域, 个层级)
    ("全年办理行政执法案件1,286件，涉及市场监管、生态环境、城市管理3个领域，分别为652件、418件、216件。",
     "全年办理行政执法案件1,286件，涉及市场监管、生态环境、城市管理3个领域，分别为652件、318件、216件。"),
    ("全年办理行政执法案件1,286件，涉及3个领域，其中市场监管领域652件、生态环境领域418件、城市管理领域216件。",
     "全年办理行政执法案件1,286件，涉及3个领域，其中市场监管领域652件、生态环境领域318件、城市管理领域216件。"),
    ("全年审查规范性文件186件，分为市政府文件、部门文件两个层级，分别为62件、124件。",
     "全年审查规范性文件186件，分为市政府文件、部门文件两个层级，分别为62件、104件。"),
    # the two outcomes of concluding (按期/超期 of 办结), the whole named by that action
    ("全年办结群众诉求1,280件，其中按期办结1,232件，超期办结48件。",
     "全年办结群众诉求1,280件，其中按期办结1,202件，超期办结48件。"),
    # the decisions on the cases, then 共审结
    ("全年作出维持决定180件、驳回决定30件、终止决定18件，共审结228件。",
     "全年作出维持决定180件、驳回决定30件、终止决定18件，共审结248件。"),
]

#: consistent statements a naive 'must equal' would flag: lists the text marks open, counts that are not of kinds,
#: announced counts the list does not match, parts that are a subset, printed rounding
TRAPS = [
    "全年受理行政复议案件320件，涉及行政处罚、行政许可等三类，分别为130件、90件、80件。",
    "全年受理行政复议案件320件，主要涉及三类事项，其中行政处罚类130件、行政许可类90件、信息公开类80件。",
    "全年受理行政复议案件320件，涉及12个部门，其中市场监管部门130件、公安部门90件、自然资源部门80件。",
    "全年受理行政复议案件320件，涉及三类事项，其中行政处罚类130件、行政许可类90件。",
    "全年完成投资30.0亿元，分为三类：产业投资10.0亿元、基础设施投资10.0亿元、民生投资10.1亿元。",
    "全年受理信访事项约320件，按渠道分为三类：来信130件、来访90件、网上信访95件。",
    # 整改到位 beside 尚未整改 leaves 整改中 out
    "全年排查安全隐患110处，已整改到位85处，尚未整改15处。",
    "全年受理案件500件，其中办结480件，按期办结450件。",
    "全年新增就业岗位3,200个，其中，两类重点群体：高校毕业生1,300个、退役军人900个。",
    "全年受理群众诉求1,200件，部分涉及3类事项，其中咨询类300件、求助类400件、投诉类400件。",
    "全年审结行政诉讼案件356件，其中判决结案172件，裁定驳回起诉68件。",
    "全年受理行政复议申请380件，经审查，受理340件，不予受理30件。",
    # a classification without a count or a last 其他: its kinds need not be all
    "全年受理复议案件320件，从类型看，行政处罚类130件，行政许可类90件，信息公开类60件。",
    # the announcement has a subject of its own, or sits inside a 其中 bracket: the kinds are of a part
    "全年受理行政复议案件320件，涉企案件涉及三类，其中行政处罚类130件、行政许可类90件、信息公开类60件。",
    "全年公开招聘教师430人（其中，中小学教师分为两类：在编教师260人，聘用教师120人）。",
    # 按期/超期 办结 of what was received: what is not yet concluded is neither
    "全年受理群众诉求1,300件，其中按期办结1,202件，超期办结48件。",
    # things counted beside the kinds (12个部门 is no count of kinds; 主要领域 is open)
    "全年办理行政执法案件1,286件，主要涉及3个领域，其中市场监管领域652件、生态环境领域318件、城市管理领域216件。",
    # attributes named as the kinds (a firm may be both), with or without a verb announcing them
    "全年新增企业1.2万户，涉及高新技术企业、专精特新企业两类，分别为0.3万户、0.2万户。",
    "全年新增企业1.2万户，高新技术和专精特新两类分别为0.3万户、0.2万户。",
    # ways announced as open (多种, 等)
    "全年受理诉求860件，通过电话、网络等多种方式受理，其中电话受理510件，网络受理250件。",
]


def _lg103(text):
    return [f for f in findings(text) if f.rule.code == "LG103"]


@pytest.mark.parametrize("good,bad", PAIRS, ids=[f"p{i}" for i in range(len(PAIRS))])
def test_consistent_is_silent(good, bad):
    assert _lg103(good) == []


@pytest.mark.parametrize("good,bad", PAIRS, ids=[f"p{i}" for i in range(len(PAIRS))])
def test_lowered_part_is_found_as_a_complete_sum(good, bad):
    fs = _lg103(bad)
    assert len(fs) == 1, [f.message() if hasattr(f, "message") else f.key for f in fs]
    ev = fs[0].evidence
    assert ev["complete"] is True
    assert ev["complete_because"]                      # the reason the list is read as all of the whole
    assert ev["sum"] < ev["total"]                     # every part below the whole: only 'equal' finds it
    assert "tolerance" in ev and "formula" in ev and ev["parts"]


@pytest.mark.parametrize("text", TRAPS, ids=[f"t{i}" for i in range(len(TRAPS))])
def test_traps_are_silent(text):
    assert _lg103(text) == []


def test_reasons_name_what_makes_the_list_complete():
    cases = {
        PAIRS[0][1]: "3 kinds announced, 3 given",
        PAIRS[5][1]: "the last part takes the rest (其余)",
        PAIRS[7][1]: "a thing and its negation (已整改/尚未整改)",
        PAIRS[12][1]: "the sides of a split that leaves nothing out (城镇/乡村)",
        PAIRS[10][1]: "a classification of 4 kinds announced, 4 figures after 分别为",
    }
    for text, why in cases.items():
        (f,) = _lg103(text)
        assert f.evidence["complete_because"] == why


def test_message_shows_the_reason_and_tolerance():
    (f,) = _lg103(PAIRS[3][1])
    zh = f.rule.render(f.key, f.params, "zh")
    assert "文中称共3类，列出3项" in zh and "容差" in zh
    en = f.rule.render(f.key, f.params, "en")
    assert "3 kinds announced, 3 given" in en and "tolerance" in en
    assert f.key == "sum"


def test_claims_ledger_shows_the_exhaustive_reading():
    doc = Document(PAIRS[3][0])
    claims_of(doc)
    findings(PAIRS[3][0])
    doc2 = Document(PAIRS[3][0])
    for r in RULES:
        if r.code == "LG103":
            list(r.check(doc2, None))
    forms = [c.formula for c in ledger(doc2) if c.rule == "LG103"]
    assert any("= total (complete: 3 kinds announced, 3 given)" in x for x in forms), forms


# -- the service on names and words ---------------------------------------------------------------------------------
def test_announced_counts_of_kinds():
    assert announced("，按申请事项分为三类：") == 3
    assert announced("，涉及3类事项，其中") == 3
    assert announced("，通过现场接待、视频接访两种方式办理，其中") == 2
    assert announced("，涉及行政处罚、行政许可、信息公开三类，分别为") == 3
    assert announced("，按渠道分为来信、来访两类，") == 2
    # open, not kinds, or two counts: no announcement
    assert announced("，主要涉及三类事项，其中") is None
    assert announced("，涉及行政处罚、行政许可等三类，") is None
    assert announced("，涉及12个部门，其中") is None
    assert announced("，较上年增长8%，其中") is None
    assert announced("，涉及三类事项、两种程序，其中") is None
    assert announced("，分为甲、乙两类") == 2
    assert announced("，分为甲、乙、丙两类") is None          # three names, two announced
    assert announced("，通过电话、网络、现场两种方式受理，其中") is None
    assert announced("，涉企案件涉及三类，") is None              # a subject of its own
    assert announced("其中，中小学教师分为两类：") is None
    assert announced("，共涉及3类事项，其中") == 3
    assert announced("，分为判决、裁定、调解三种方式结案，分别为") == 3


def test_announced_before_and_classification():
    assert announced_kinds("涉及3类事项，") == 3
    assert announced_kinds("主要涉及3类事项，") is None
    assert classification("，按审理结果分，") == 0
    assert classification("，按渠道分为来信、来访、网上信访三类，") == 3
    assert classification("，涉及咨询、求助、投诉三类，") == 3
    assert classification("，包括咨询、求助等三类，") is None


def test_counts_kinds():
    text = "涉及3个领域，覆盖12个部门，分为三类，通过两种方式，新建4个公园"
    doc = Document(text)
    from lintgov.quantities import quantities_in
    qs = {text[q.start:q.end]: q for q in quantities_in(doc, 0, len(text))}
    assert counts_kinds(text, qs["3个"]) and counts_kinds(text, qs["三类"]) and counts_kinds(text, qs["两种"])
    assert not counts_kinds(text, qs["12个"]) and not counts_kinds(text, qs["4个"])


def test_by_count_needs_as_many_distinct_kinds():
    assert by_count(3, ["行政处罚类", "行政许可类", "信息公开类"])
    assert by_count(3, ["行政处罚类", "行政许可类"]) is None
    assert by_count(2, ["行政处罚类", "一般行政处罚类"]) is None      # one holds the other's name
    assert by_count(2, ["咨询类", "咨询类"]) is None
    assert by_count(None, ["a", "b"]) is None


def test_complete_by_names():
    assert complete(["城镇人口", "乡村人口"])
    assert complete(["出口", "进口"])
    assert complete(["一季度", "二季度", "三季度", "四季度"])
    assert complete(["判决", "调解", "其余"])
    assert complete(["判决", "调解", "其他"], residual_ok=False) is None
    assert complete(["国家级", "省级"]) is None
    assert complete(["一审", "二审"]) is None
    assert complete(["胜诉", "败诉"]) is None                 # 撤诉, 调解 leave cases out


def test_negation_pair_reads_aspect_words_off():
    assert negation_pair("办结", "未办结")
    assert negation_pair("已整改", "尚未整改")
    assert negation_pair("已完成", "仍未完成")
    assert not negation_pair("受理", "不予受理")              # a decision of its own
    assert not negation_pair("已整改到位", "尚未整改")          # 整改中 is neither
    assert not negation_pair("按期办结", "未办结")              # 超期办结 is neither


def test_exhaustive_and_open_lists():
    assert exhaustive(["咨询类", "求助类", "投诉类"], gap="，涉及3类事项，其中")
    assert exhaustive(["咨询类", "求助类", "投诉类"], before="涉及3类事项，")
    assert exhaustive(["咨询类", "求助类", "投诉类"], gap="，涉及3类事项，其中", span_text="其中咨询类等") is None
    assert open_list("其中咨询类300件等")
    assert open_list("主要有")
    assert not open_list("其中咨询类300件、求助类400件")


# -- LG107: shares of a list the text makes complete add up to 100% ------------------------------------------------
def test_shares_of_announced_kinds_add_up_to_100():
    good = "全年受理群众信访事项1,260件，按渠道分为三类，来信占比25.2%，来访占比33.3%，网上信访占比41.5%。"
    bad = "全年受理群众信访事项1,260件，按渠道分为三类，来信占比25.2%，来访占比23.3%，网上信访占比41.5%。"
    assert [f for f in findings(good) if f.rule.code == "LG107"] == []
    assert [f.rule.code for f in findings(bad)] == ["LG107"]
    # a classification without its count may leave kinds out: at most 100%
    open_ = "全年受理群众信访事项1,260件，按渠道分，来信占比25.2%，来访占比23.3%，网上信访占比41.5%。"
    assert [f for f in findings(open_) if f.rule.code == "LG107"] == []
    # rounding: three thirds printed 33.3% make 99.9%, within the rounding of each
    thirds = "全年受理群众诉求900件，按类型分为三类，咨询类占比33.3%，求助类占比33.3%，投诉类占比33.3%。"
    assert [f for f in findings(thirds) if f.rule.code == "LG107"] == []
