"""The grammar parts of the cover engineer's round 7, each tested with phrasings written for it (not those of the
fresh set in tests/cover_round7_set.py) and silent traps: every consistent statement gives no arithmetic or
year-over-year finding, every wrong one gives the finding named, and every finding passes the engine's validation
(fresh_set.codes: a finding the engine refuses is lost in a real run)."""
import pytest

from fresh_set import codes as valid_codes


# -- a share in words or a bounded share over a part stated among its whole (claims.ratios.among_in, LG101): the share
# qualifies the things counted (逾九成的村…), makes a clause of its own right after the part's clause, or names its
# subject and the part is named by it
AMONG_SHARE_SILENT = [
    "八成以上的社区建成智慧安防小区，全区150个社区中有126个完成建设。",
    "全市86所中小学中有47所建成标准化心理辅导室，超过半数。",
    "逾期办结的事项不足一成，在办结的3,600件事项中逾期办结212件。",
    "不到三成的企业完成数字化改造，全县420家规上企业中已有88家完成改造。",
    "近三分之一的村建成电商服务站点，全镇48个村中已有15个建成。",
    # traps: the share is about something else than the part among its whole
    "近六成的资金投向民生领域，全县236个村中有98个达到标准。",
    "超过九成的企业享受减税政策，全县48个乡镇中已有12个设立服务站。",
    "全市100个社区中61个建成嵌入式养老服务机构，其中超过六成在城区。",
]
AMONG_SHARE_FOUND = [
    "八成以上的社区建成智慧安防小区，全区150个社区中有96个完成建设。",        # 96/150 = 64%
    "全市86所中小学中有41所建成标准化心理辅导室，超过半数。",                 # 47.7%
    "逾期办结的事项不足一成，在办结的3,600件事项中逾期办结472件。",           # 13.1%
    "不到三成的企业完成数字化改造，全县420家规上企业中已有188家完成改造。",    # 44.8%
    "近三分之一的村建成电商服务站点，全镇48个村中已有9个建成。",               # 18.8%, more than a fifth below
    "过九成的行政村通了公交，全县212个行政村中有180个通公交。",               # 84.9%
]


@pytest.mark.parametrize("text", AMONG_SHARE_SILENT)
def test_share_over_among_silent(text):
    assert valid_codes(text) == []


@pytest.mark.parametrize("text", AMONG_SHARE_FOUND)
def test_share_over_among_found(text):
    assert valid_codes(text) == ["LG101"]


# -- 过N成 and 突破N成 are bounds of a share in tenths (claims.roles.cheng_figures), as 超过N成 is
TENTHS_BOUND_SILENT = [
    "城乡居民养老保险应参保42万人，实际参保40.1万人，参保率过九成。",
    "全县规上企业研发机构覆盖率突破四成，全县规上企业312家，其中建有研发机构的148家。",
    "通过三成的验收比例抽查项目48个。",        # 通过 is no bound
]
# -- a share naming its subject with a measure noun (销量, 人数) whose part is named by the things alone
SUBJECT_MEASURE_SILENT = [
    "新能源汽车销量占比突破三成，全年汽车销量4.6万辆，其中新能源汽车1.5万辆。",
    "参保职工人数占比近六成，全县从业人员12万人，其中参保职工6.8万人。",
]
SUBJECT_MEASURE_FOUND = [
    "参保职工人数占比近六成，全县从业人员12万人，其中参保职工4.8万人。",        # 40%
    "新能源汽车产量占比超过两成，全年汽车产量8.6万辆，其中新能源汽车1.2万辆。",  # 14.0%
]


@pytest.mark.parametrize("text", SUBJECT_MEASURE_SILENT)
def test_subject_measure_silent(text):
    assert valid_codes(text) == []


@pytest.mark.parametrize("text", SUBJECT_MEASURE_FOUND)
def test_subject_measure_found(text):
    assert valid_codes(text) == ["LG101"]
TENTHS_BOUND_FOUND = [
    "城乡居民养老保险应参保42万人，实际参保35.1万人，参保率过九成。",           # 83.6%
    "全县规上企业研发机构覆盖率突破五成，全县规上企业312家，其中建有研发机构的148家。",  # 47.4%
]


@pytest.mark.parametrize("text", TENTHS_BOUND_SILENT)
def test_tenths_bound_silent(text):
    assert valid_codes(text) == []


@pytest.mark.parametrize("text", TENTHS_BOUND_FOUND)
def test_tenths_bound_found(text):
    assert valid_codes(text) == ["LG101"]


# -- a one-sided bound's open end is null in the evidence (JSON has no infinity): before, the engine refused every such
# LG101 finding (其中涉企案件不足四成（41件）) and a real run lost it
def test_bound_share_finding_is_valid():
    assert valid_codes("全年受理行政复议案件86件，其中涉企案件不足四成（41件）。") == ["LG101"]
    assert valid_codes("全年受理行政复议案件86件，其中涉企案件超过六成（41件）。") == ["LG101"]


# -- a 分别 list and its total after it: 共 and the list's own verb (共新建), or a total counted by as many kinds as the
# list names (三级…总数, 两类…合计) — rules/sums.py _total_after; never 共有 (a stock) or another verb or measure
RESP_TOTAL_SILENT = [
    "城区和农村分别新建公办幼儿园8所、14所，共新建22所。",
    "市本级、各县区分别培训执法人员1,200人次、860人次，共培训2,060人次。",
    "国家级、省级、市级重点实验室分别为3家、12家、40家，三级重点实验室总数达到55家。",
    "一、二类企业分别为12家、30家，两类企业合计42家。",
    # traps
    "今年新增省级、市级示范社区分别为8个、15个，共有示范社区126个。",
    "国家级、省级重点实验室分别为3家、12家，三级重点实验室总数达到55家。",   # two kinds listed, three counted
    "城区和农村分别新建公办幼儿园8所、14所，共新增学位6,000个。",
    "城区和农村分别新建公办幼儿园8所、14所，共改扩建32所。",
    "东区、西区分别新建8所、14所，全市共新建32所。",                          # other districts may have built some
]
RESP_TOTAL_FOUND = [
    "城区和农村分别新建公办幼儿园8所、14所，共新建32所。",
    "市本级、各县区分别培训执法人员1,200人次、860人次，共培训2,260人次。",
    "两个园区分别引进项目26个、31个，共引进项目67个。",
    "国家级、省级、市级重点实验室分别为3家、12家、40家，三级重点实验室总数达到65家。",
    "一、二类企业分别为12家、30家，两类企业合计52家。",
]


@pytest.mark.parametrize("text", RESP_TOTAL_SILENT)
def test_respectively_total_silent(text):
    assert valid_codes(text) == []


@pytest.mark.parametrize("text", RESP_TOTAL_FOUND)
def test_respectively_total_found(text):
    assert valid_codes(text) == ["LG103"]


# -- a 分别为 list of items named under the head of the whole stated before them (民生支出 … 教育、…支出分别为): some
# of its kinds, not more than it (rules/sums.py _named_items_of); never averages, other years or another head
ITEMS_OF_WHOLE_SILENT = [
    "全年民生支出142.6亿元，教育、卫生健康、社会保障和就业支出分别为48.2亿元、31.5亿元、36.9亿元。",
    "全市一般公共预算支出320亿元，教育、科技、农林水支出分别为62亿元、18亿元、41亿元。",
    "全县一般公共预算收入48.6亿元，税收收入、非税收入分别为36.2亿元、12.4亿元。",
    "全县规上工业企业420家，装备制造、食品加工企业分别为126家、98家。",
    # traps
    "全体居民人均可支配收入3.2万元，城镇、农村居民人均可支配收入分别为4.1万元、2.0万元。",
    "全年招商引资到位资金86亿元，2022年、2023年到位资金分别为60亿元、70亿元。",
    "全年出口总额500亿元，对东盟、对欧盟出口分别为300亿元、250亿元。",
]
ITEMS_OF_WHOLE_FOUND = [
    "全年民生支出142.6亿元，教育、卫生健康、社会保障和就业支出分别为48.2亿元、31.5亿元、66.9亿元。",
    "全市一般公共预算支出320亿元，教育、科技、农林水支出分别为162亿元、128亿元、41亿元。",
    "全县一般公共预算收入48.6亿元，税收收入、非税收入分别为36.2亿元、14.4亿元。",
    "全县规上工业企业420家，装备制造、食品加工企业分别为326家、198家。",
]


@pytest.mark.parametrize("text", ITEMS_OF_WHOLE_SILENT)
def test_items_of_whole_silent(text):
    assert valid_codes(text) == []


@pytest.mark.parametrize("text", ITEMS_OF_WHOLE_FOUND)
def test_items_of_whole_found(text):
    assert valid_codes(text) == ["LG103"]


# -- a part of a part named by its whole and 中 (rules/sums.py _named_among): a name with a bracket (执业（助理）医师中)
# and the name of a body or of people whose first words look like a process (社会团体中, 执法人员中)
PART_OF_PART_SILENT = [
    "全市共有卫生技术人员3.2万人，其中执业（助理）医师1.26万人，执业（助理）医师中全科医生0.41万人。",
    "全市行政执法人员8,600人，其中持证执法人员8,420人，执法人员中法学专业人员3,100人。",
    "全区共有社会组织620家，其中社会团体210家、民办非企业单位402家；社会团体中行业协会商会86家。",
    "乡镇（街道）中，已有36个建成综合执法队伍，全市乡镇（街道）共42个。",
]
PART_OF_PART_FOUND = [
    "全市共有卫生技术人员3.2万人，其中执业（助理）医师1.26万人，执业（助理）医师中全科医生1.41万人。",
    "全市行政执法人员8,600人，其中持证执法人员8,420人，执法人员中法学专业人员9,100人。",
    "全县共有社会组织320家，其中社会团体136家、基金会12家；社会团体中行业协会商会146家。",
]


@pytest.mark.parametrize("text", PART_OF_PART_SILENT)
def test_part_of_part_silent(text):
    assert valid_codes(text) == []


@pytest.mark.parametrize("text", PART_OF_PART_FOUND)
def test_part_of_part_found(text):
    assert valid_codes(text) == ["LG103"]


# -- kinds right after a total, not more than it (rules/sums.py _split_after_total): a whole closed by 中 (在…N件…中，
# A…、B…), kinds named by one class head (环节, 领域; not after 涉及: a case may involve several), a verb of distribution
# (分布在), the kinds of 社会组织 and of banking institution (claims.classes), a stock registered in the area (全区登记)
KINDS_AFTER_SILENT = [
    "在全年受理的1,560件消费投诉中，质量问题642件、价格问题418件、服务问题500件。",
    "在审结的420件案件中，一审案件260件、二审案件160件。",
    "全年查处食品安全违法案件312件，生产环节96件、流通环节148件、餐饮环节68件。",
    "全年办理行政处罚案件1,240件，分布在市场监管领域520件、生态环境领域310件、城市管理领域280件。",
    "全市共有社会组织1,260家，社会团体520家、社会服务机构706家、基金会34家。",
    "全区登记社会组织620家；社会团体210家；民办非企业单位402家；基金会8家。",
    "全县银行业金融机构共有网点126个，其中国有商业银行网点38个、股份制商业银行网点22个、农村中小金融机构网点66个。",
    # traps: kinds that may overlap, or a group holding another kind listed
    "全年查处食品安全违法案件312件，涉及生产环节96件、流通环节248件、餐饮环节68件。",
    "在全年受理的1,560件投诉中，涉及企业的1,200件、涉及个人的600件。",
    "在引进的120个项目中，高新技术项目80个、外资项目60个。",
    "全县银行业金融机构网点126个，其中农村中小金融机构网点66个、农村商业银行网点40个、村镇银行网点26个。",
    "全市共有社会组织1,260家，其中社会团体520家、基金会34家、4A级以上社会组织86家。",
]
KINDS_AFTER_FOUND = [
    "在全年受理的1,560件消费投诉中，质量问题642件、价格问题418件、服务问题600件。",
    "在审结的420件案件中，一审案件300件、二审案件160件。",
    "全年查处食品安全违法案件312件，生产环节96件、流通环节248件、餐饮环节68件。",
    "全年办理行政处罚案件1,240件，分布在市场监管领域620件、生态环境领域410件、城市管理领域280件。",
    "全市共有社会组织1,260家，社会团体520家、社会服务机构806家、基金会34家。",
    "全区登记社会组织620家；社会团体210家；民办非企业单位452家；基金会8家。",
    "全县银行业金融机构共有网点126个，其中国有商业银行网点38个、股份制商业银行网点42个、农村中小金融机构网点66个。",
]


@pytest.mark.parametrize("text", KINDS_AFTER_SILENT)
def test_kinds_after_total_silent(text):
    assert valid_codes(text) == []


@pytest.mark.parametrize("text", KINDS_AFTER_FOUND)
def test_kinds_after_total_found(text):
    assert valid_codes(text) == ["LG103"]


# -- a rate opening its paragraph with its part right before it, the whole in the line before (a paragraph of one
# sentence holding one count of the part's measure and no comparison): lintgov/claims/rates.py previous_line
PREVIOUS_LINE_SILENT = [
    "全年审结一审行政诉讼案件160件。\n行政机关败诉12件，败诉率7.5%。",
    "全市行政机关负责人应出庭案件96件。\n负责人出庭94件，出庭应诉率97.9%。",
    "全区共有中小学校186所。\n建成智慧校园的学校172所，建成率92.5%。",
    # traps: the line before holds a comparison, or the part qualifies the line's action (one-sided)
    "全年办结信访事项2,140件。\n按期办结2,098件，按期办结率96.0%。",
    "全年新增就业1.2万人，比上年增加0.1万人。\n登记失业人员0.3万人，登记失业率2.8%。",
]
PREVIOUS_LINE_FOUND = [
    "全年审结一审行政诉讼案件160件。\n行政机关败诉12件，败诉率9.5%。",
    "全市行政机关负责人应出庭案件96件。\n负责人出庭94件，出庭应诉率92.9%。",
    "全区共有中小学校186所。\n建成智慧校园的学校172所，建成率82.5%。",
]


@pytest.mark.parametrize("text", PREVIOUS_LINE_SILENT)
def test_previous_line_silent(text):
    assert valid_codes(text) == []


@pytest.mark.parametrize("text", PREVIOUS_LINE_FOUND)
def test_previous_line_found(text):
    assert valid_codes(text) == ["LG101"]
