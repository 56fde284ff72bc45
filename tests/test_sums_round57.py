"""Round 57 (sums engineer): parts that exceed their whole, read by what the parts are.

A drafter who lists 其中A类a件、B类b件、C类c件 under a total means a partition: the parts are the values of one
classification of the same thing — a modifier each on one head (区政府文件/部门文件/街道文件, 城市社区网格/农村网格,
产业用地/居住用地, 线上活动/线下活动) — and together cannot exceed the whole (claims.classes.head_kinds).  Parts that
may overlap say so by their words and stay silent: attributes (500强, 龙头, 享受…服务), a shared opening (跨部门/跨区域),
two lines of classification (公办/寄宿制, 城镇/外来), purposes and benefits (…资金, …补贴), a chain of stages naming one
action twice (同意调解的 / 调解成功), and a text that itself names two kinds together (线上线下同步).  Statements written
for these tests in several constructions (其中 with 、，；, a whole in its own clause, no 其中), not taken from a corpus."""
import pytest

from lintgov.claims.classes import exclusive, overlap_stated, head_kinds as partition
from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def findings(text):
    return lint_text(text, RULES, registry=REG)


#: (consistent, wrong): the same partition, once adding up, once with one part raised past the whole
PAIRS = [
    ("全年审核行政规范性文件152件，其中区政府文件64件、部门文件71件、街道文件17件。",
     "全年审核行政规范性文件152件，其中区政府文件64件、部门文件81件、街道文件17件。"),
    ("全区划分网格1,146个，其中城市社区网格682个、农村网格389个、专属网格75个。",
     "全区划分网格1,146个，其中城市社区网格682个、农村网格489个、专属网格75个。"),
    ("全年举办普法活动1,260场，其中线上活动438场，线下活动822场。",
     "全年举办普法活动1,260场，其中线上活动438场，线下活动922场。"),
    ("全年共开展各类普法活动1,260场，线上活动438场，线下活动822场，覆盖群众86万人次。",
     "全年共开展各类普法活动1,260场，线上活动438场，线下活动922场，覆盖群众86万人次。"),
    ("全区整备土地310公顷，其中产业用地107公顷、居住用地43公顷、公共设施用地88公顷。",
     "全区整备土地310公顷，其中产业用地157公顷、居住用地143公顷、公共设施用地88公顷。"),
    ("今年共接收投诉举报3,200件，其中电话投诉1,450件，网络投诉1,320件，现场投诉430件。",
     "今年共接收投诉举报3,200件，其中电话投诉1,450件，网络投诉1,720件，现场投诉430件。"),
    ("当年竣工保障性住房5,600套，其中公共租赁住房3,100套、共有产权住房1,500套、人才住房1,000套。",
     "当年竣工保障性住房5,600套，其中公共租赁住房3,100套、共有产权住房1,500套、人才住房1,400套。"),
]

#: (consistent, wrong) in the constructions that declare the composition: 分为 right after the count's noun, 按…分 with
#: the two sides of a split (男性/女性, read even though 女性 is elsewhere an attribute), 由…构成/组成, 为…之和, a year
#: count naming its years' total (两年累计), a share remark between the parts (占比过半), a budget's head (收入预算)
DECLARED = [
    ("全区1,146个网格分为城市社区网格682个、农村网格389个和专属网格75个。",
     "全区1,146个网格分为城市社区网格682个、农村网格489个和专属网格75个。"),
    ("全市520个村（社区）分为示范村120个、达标村300个和整改村100个。",
     "全市520个村（社区）分为示范村120个、达标村350个和整改村100个。"),
    ("年末户籍人口538.6万人，按性别分，男性272.9万人，女性265.7万人。",
     "年末户籍人口538.6万人，按性别分，男性272.9万人，女性285.7万人。"),
    ("全年办理法律援助案件1,628件，由刑事案件412件、民事案件1,175件和行政案件41件构成。",
     "全年办理法律援助案件1,628件，由刑事案件412件、民事案件1,275件和行政案件41件构成。"),
    ("全市公共法律服务站点共386个，由司法所52个与村居法律服务室334个组成。",
     "全市公共法律服务站点共386个，由司法所52个与村居法律服务室354个组成。"),
    ("全区执法队伍现有人员686人，为编制内人员512人与编外辅助人员174人之和。",
     "全区执法队伍现有人员686人，为编制内人员512人与编外辅助人员214人之和。"),
    ("2023年、2024年全区分别投入普法经费186万元和214万元，两年累计投入400万元。",
     "2023年、2024年全区分别投入普法经费186万元和254万元，两年累计投入400万元。"),
    ("2022年、2023年、2024年分别新增就业1.2万人、1.3万人、1.4万人，三年累计新增3.9万人。",
     "2022年、2023年、2024年分别新增就业1.2万人、1.3万人、1.4万人，三年累计新增4.2万人。"),
    ("全年受理信访事项3,862件次，其中网上信访2,416件次，占比过半；来信618件次；来访828件次。",
     "全年受理信访事项3,862件次，其中网上信访2,416件次，占比过半；来信618件次；来访1,028件次。"),
    ("提供法律咨询3.46万人次、办理公证1.18万件、开展人民调解0.92万件，三项合计完成公共法律服务5.56万件（人次）。",
     "提供法律咨询3.46万人次、办理公证1.58万件、开展人民调解0.92万件，三项合计完成公共法律服务5.56万件（人次）。"),
    ("接待来访群众1,200人次、受理网上信访860件，两项合计办理信访事项2,060件（人次）。",
     "接待来访群众1,200人次、受理网上信访960件，两项合计办理信访事项2,060件（人次）。"),
    ("部门收入预算4,126.58万元，其中：财政拨款收入3,864.20万元，事业收入198.38万元，其他收入64.00万元。",
     "部门收入预算4,126.58万元，其中：财政拨款收入3,864.20万元，事业收入398.38万元，其他收入64.00万元。"),
]

#: consistent statements the declared-composition readings must leave alone
DECLARED_TRAPS = [
    "我们参照国际标准制定了由4个方面、42个指标组成的现代化指标体系。",
    "建成由市级门户网站和全市637个社区级网站组成的社区家园网。",
    "2024年投入普法经费214万元、培训经费60万元，两年累计投入普法经费400万元。",
    "全区执法人员686人，由市级下派的120人和区级培训的600人构成骨干力量。",
    "年末户籍人口538.6万人，按年龄分，60岁以上老年人112.3万人，女性老年人61.2万人。",
]

#: consistent statements whose parts add up to more than the whole: the parts may overlap, and say so by their words
CROSS_CUTTING = [
    "调解成功率97.6%，全年受理纠纷5,120件，其中当事人同意调解的4,826件，调解成功4,711件。",
    "全年受理纠纷5,120件，其中当事人同意调解的4,826件，调解成功4,711件。",
    "规上企业2,194家，其中享受直通车服务企业1,260家、区领导挂点服务企业1,238家。",
    "全区共有学校86所，其中公办学校60所、寄宿制学校30所。",
    "全年开展执法检查1,480次，其中跨部门联合检查910次、跨区域联合检查780次。",
    "全年引进项目50个，其中世界500强企业项目29个，行业龙头企业项目33个。",
    "全年开展培训200场，线上培训120场，线下培训100场，部分培训线上线下同步开展。",
    "年末常住人口120万人，其中城镇人口80万人、外来务工人口50万人。",
    "补贴政策覆盖农户3.2万户，其中耕地地力保护补贴2.8万户、农机购置补贴0.9万户。",
    "全年安排扶贫资金2.1亿元，其中产业发展资金1.5亿元、基础设施建设资金0.9亿元。",
    "全年城镇新增就业1万人，其中失业人员再就业6,000人、就业困难人员就业5,000人。",
    "全年培育企业120家，其中制造业企业80家、外贸企业60家。",
    "全年新增经营主体1.2万户，其中新增企业7,000户、新增高新技术企业900户、新增个体工商户5,000户。",
]


@pytest.mark.parametrize("good,bad", PAIRS)
def test_partition_consistent_is_silent(good, bad):
    assert [f.message("en") for f in findings(good)] == []


@pytest.mark.parametrize("good,bad", PAIRS)
def test_partition_over_its_whole_is_found(good, bad):
    found = findings(bad)
    assert [f.code for f in found] == ["LG103"], [f.message("en") for f in found]
    assert "the parts add up to" in found[0].message("en")


@pytest.mark.parametrize("text", CROSS_CUTTING)
def test_cross_cutting_parts_stay_silent(text):
    assert [f.message("en") for f in findings(text)] == []


def test_partition_reads_modifiers_on_one_head():
    assert partition(["区政府文件", "部门文件", "街道文件"])
    assert partition(["城市社区网格", "农村网格", "专属网格"])
    assert partition(["线上活动", "线下活动"])            # one known split: a shared opening is no predicate
    assert not partition(["跨部门联合检查", "跨区域联合检查"])
    assert not partition(["公办学校", "寄宿制学校"])          # ownership beside another line
    assert not partition(["城镇人口", "外来务工人口"])            # a split's side beside another line
    assert not partition(["世界强企业", "外商投资企业"])       # 500强 with its digits read away, origin of capital
    assert not partition(["产业发展资金", "基础设施建设资金"])  # purposes of money overlap
    assert not partition(["当场办结", "限时办结"])            # manners of one action
    assert not partition(["文件", "部门文件"])               # a name inside another
    assert not partition(["市级文件"])


def test_decisions_name_one_step_once():
    assert exclusive(["维持", "撤销", "驳回"]) == "decisions on a case"
    assert exclusive(["当事人同意调解的", "调解成功"]) is None   # 调解 twice: a chain of stages


def test_overlap_stated_after_the_list():
    assert overlap_stated("，部分培训线上线下同步开展。", ["线上培训", "线下培训"])
    assert overlap_stated("（含线上、线下同时参加的）", ["线上培训", "线下培训"])
    assert not overlap_stated("，覆盖群众86万人次。", ["线上活动", "线下活动"])


@pytest.mark.parametrize("good,bad", DECLARED)
def test_declared_composition_consistent_is_silent(good, bad):
    assert [f.message("en") for f in findings(good)] == []


@pytest.mark.parametrize("good,bad", DECLARED)
def test_declared_composition_wrong_is_found(good, bad):
    found = findings(bad)
    assert [f.code for f in found] == ["LG103"], [f.message("en") for f in found]


@pytest.mark.parametrize("text", DECLARED_TRAPS)
def test_declared_composition_traps_stay_silent(text):
    assert [f.message("en") for f in findings(text)] == []


#: (consistent, wrong): a list closed by 等 stays checkable in the 'more than the whole' direction; a bracket's one part
#: and, right after it, the other side of the same complete split (新收 / 上年结转, 城镇 / 乡村) make up the count
MORE_WAYS = [
    ("全年审核规范性文件152件，其中区政府文件64件、部门文件81件等。",
     "全年审核规范性文件152件，其中区政府文件64件、部门文件91件等。"),
    ("全年审结行政复议案件300件，其中维持180件、撤销40件等。",
     "全年审结行政复议案件300件，其中维持180件、撤销140件等。"),
    ("全年共受理行政复议申请504件（含上年结转26件），新收478件。",
     "全年共受理行政复议申请504件（含上年结转26件），新收528件。"),
    ("年末常住人口86.4万人（含城镇人口52.1万人），乡村人口34.3万人。",
     "年末常住人口86.4万人（含城镇人口52.1万人），乡村人口44.3万人。"),
    ("在这一百一十九个项目中，电站有一百个，其中火力电站是七十六个，水电站是二十四个。",
     "在这一百一十九个项目中，电站有一百个，其中火力电站是七十六个，水电站是三十四个。"),
    ("全年办理行政应诉案件218件（含上年结转31件），本年新收187件。",
     "全年办理行政应诉案件218件（含上年结转31件），本年新收197件。"),
]

MORE_WAYS_TRAPS = [
    "全年办理文件300件，其中市政府文件200件、部门文件150份。",          # another measure word: another count
    "全年办理文件300件，其中市政府文件200件、2023年部门文件150件。",    # another period
    "招录公务员120人，其中女性公务员65人、少数民族公务员60人。",
    "受理信访件1,200件，其中重点信访件700件、群体性信访件600件。",
    "审结案件800件，其中涉企案件500件、涉及土地案件400件。",
    "新建项目60个，其中亿元以上项目35个、十亿元以上项目30个。",
    "全年审核规范性文件152件，其中区政府文件64件等，部门文件另计91件。",
    "全年办理行政复议案件312件（含上年结转18件），审结296件。",
    "全年办理行政复议案件312件（含上年结转18件），新收案件中涉企案件120件。",
]


@pytest.mark.parametrize("good,bad", MORE_WAYS)
def test_more_ways_consistent_is_silent(good, bad):
    assert [f.message("en") for f in findings(good)] == []


@pytest.mark.parametrize("good,bad", MORE_WAYS)
def test_more_ways_wrong_is_found(good, bad):
    found = findings(bad)
    assert [f.code for f in found] == ["LG103"], [f.message("en") for f in found]


@pytest.mark.parametrize("text", MORE_WAYS_TRAPS)
def test_more_ways_traps_stay_silent(text):
    assert [f.message("en") for f in findings(text)] == []
