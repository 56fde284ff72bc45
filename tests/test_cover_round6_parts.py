"""The grammar parts of the cover engineer's round 6 (issue 10), each tested with phrasings written for it (not those
of the fresh set in tests/cover_round6_set.py) and silent traps: every consistent statement gives no arithmetic or
year-over-year finding, every wrong one gives the finding named."""
import pytest

from fresh_set import codes

# -- 出庭应诉率 is over the cases where the head was required to appear (应出庭): those heard in court (开庭审理, 庭审)
# hold that base, so over them the rate is at least the ratio, over a whole number of cases between the two counts
APPEAR_SILENT = [
    "开庭审理行政诉讼案件152件，行政机关负责人出庭应诉147件，出庭应诉率100%。",
    "全年共开庭审理涉及我市的行政案件98件，负责人出庭95件，出庭率100%。",
    "庭审案件64件，负责人出庭应诉62件，出庭应诉率达到98.4%。",
    "全年开庭审理行政诉讼案件45件，行政机关负责人出庭应诉43件，出庭应诉率95.6%。",
    "全年审结行政诉讼案件320件，开庭审理286件，行政机关负责人出庭应诉281件，出庭应诉率100%。",
]
APPEAR_FOUND = [
    "开庭审理行政诉讼案件152件，行政机关负责人出庭应诉147件，出庭应诉率92%。",
    "庭审案件64件，负责人出庭应诉62件，出庭应诉率97.0%。",       # bases 62–64 give 100%, 98.4%, 96.9%
    "应出庭案件150件，负责人出庭应诉147件，出庭应诉率100%。",     # over 应出庭 the ratio is exact
    "全年行政应诉案件共开庭186件，行政机关负责人出庭应诉186件，实现出庭应诉率96%。",
]


@pytest.mark.parametrize("text", APPEAR_SILENT)
def test_appearance_over_cases_heard_silent(text):
    assert codes(text) == []


@pytest.mark.parametrize("text", APPEAR_FOUND)
def test_appearance_over_cases_heard_found(text):
    assert codes(text) == ["LG101"]


# -- 受理率 beside 不予受理: an application not accepted may also be sent on (转送) or answered with 告知, so the accepted
# are at most the received less the refused (lintgov.claims.classes.OPPOSITE_OUTCOMES); 未受理 leaves nothing out
ACCEPT_SILENT = [
    "收到行政复议申请520件，不予受理31件，受理率90.0%。",
    "共接收政府信息公开申请1,280件，其中不予受理64件，受理率93%。",
    "信访部门登记来信来访3,400件，不予受理120件，受理率92.5%。",
    "全年收到行政复议申请412件，不予受理37件，受理率为91.0%。",
]
ACCEPT_FOUND = [
    "收到行政复议申请520件，不予受理31件，受理率97.0%。",
    "信访部门登记来信来访3,400件，不予受理120件，受理率98.5%。",
    "收到行政复议申请520件，未受理31件，受理率90.0%。",
]


@pytest.mark.parametrize("text", ACCEPT_SILENT)
def test_acceptance_beside_refusals_silent(text):
    assert codes(text) == []


@pytest.mark.parametrize("text", ACCEPT_FOUND)
def test_acceptance_beside_refusals_found(text):
    assert codes(text) == ["LG101"]


# -- coverage of villages, communities and other places (claims.ratios.among, LG101): 在N个村（社区）中，已有M个… (a
# bracket in the whole's name), a part named only by reaching the goal (已有M个完成建设) under a rate whose name holds
# the whole's head noun, a rate named by its own word only opening the clause right after the part's, 占比 after
# N个行政村中M个…, and a rate named by its own word in a sentence of one total (共有) and one other count
COVER_SILENT = [
    "城乡社区综合服务设施覆盖率为90%，在全区240个村（社区）中，已有216个建成综合服务设施。",
    "农村生活垃圾收运处置体系覆盖率达到98%，在全县305个行政村中已有299个完成建设。",
    "在全市58个街道中，已有56个建成新时代文明实践所，覆盖率超过95%。",
    "全县236个行政村中218个实现光纤宽带入户，占比92.4%。",
    "全市共有社区卫生服务站（点）140个，已有133个社区卫生服务站（点）达到国家标准，达标率95%。",
    "已有325个村（居）建立村级法律服务站，覆盖率达到100%，全市共有村（居）325个。",
    # traps: the part names another thing than the rate, the rate names another thing than the part, a part of the
    # part after 其中, a share of a wider total
    "全市5G网络覆盖率99%，在全市1,080个行政村中，已有860个建成益农信息社。",
    "在全区86个社区中，已有79个建成“15分钟便民生活圈”，全区公园绿地服务半径覆盖率91%。",
    "全县共有村（社区）200个，已有186个村（社区）建成综合文化服务中心，其中32个达到省级示范标准，覆盖率达到93%。",
    "全县412个行政村中368个实现集体经济收入超10万元，占全市的21.5%。",
    # the rate in the next sentence: the whole closed by 中 (brackets in its name) or stated with 共有, the part named
    # after 已有 (and the trap: a part of another thing)
    "全县318个村（社区）中，已有318个聘请法律顾问。村（社区）法律顾问覆盖率100%。",
    "全县共有村（社区）318个，已有318个聘请法律顾问。村（社区）法律顾问覆盖率100%。",
    "全县共有村（社区）318个，已有298个建成文化广场。村（社区）法律顾问覆盖率100%。",
]
COVER_FOUND = [
    "城乡社区综合服务设施覆盖率为95%，在全区240个村（社区）中，已有216个建成综合服务设施。",
    "农村生活垃圾收运处置体系覆盖率达到98%，在全县305个行政村中已有286个完成建设。",
    "在全市58个街道中，已有52个建成新时代文明实践所，覆盖率超过95%。",
    "全县236个行政村中198个实现光纤宽带入户，占比92.4%。",
    "全市共有社区卫生服务站（点）140个，已有126个社区卫生服务站（点）达到国家标准，达标率95%。",
    "已有312个村（居）建立村级法律服务站，覆盖率达到100%，全市共有村（居）325个。",
    "全县共有村（社区）200个，已有186个村（社区）建成综合文化服务中心，其中32个达到省级示范标准，覆盖率达到83%。",
    "全县318个村（社区）中，已有298个聘请法律顾问。村（社区）法律顾问覆盖率100%。",
    "全县共有村（社区）318个，已有298个聘请法律顾问。村（社区）法律顾问覆盖率100%。",
]


@pytest.mark.parametrize("text", COVER_SILENT)
def test_coverage_silent(text):
    assert codes(text) == []


@pytest.mark.parametrize("text", COVER_FOUND)
def test_coverage_found(text):
    assert codes(text) == ["LG101"]


def test_among_reads_a_bracket_in_the_whole():
    from lintgov.claims.ratios import among
    from lintgov.document import Document
    a = list(among(Document("在全县318个村（社区）中，已有298个聘请法律顾问。\n")).values())
    assert [(x.whole.value, x.part.value) for x in a] == [(318.0, 298.0)]
    assert "村（社区）" in a[0].whole_words


# -- a rate whose bracket says what it includes (公开率（含部分公开）, 合格率（含优良）, 办结率（含息访）): the counts so
# named join the rate's own in its numerator (lintgov.claims.roles reads the name past the bracket)
INCLUDES_SILENT = [
    "行政许可事项办理满意率（含比较满意）为99.0%，评价总数5,000件，非常满意4,420件、比较满意530件。",
    "农产品质量安全抽检合格率（含基本合格）98.5%，抽检样品2,000批次，合格1,890批次、基本合格80批次。",
    "信访事项办结率（含息访）为97.0%，全年登记信访事项1,200件，办结1,120件、当事人息访44件。",
    "公开率（包括部分公开）86%，办理申请500件，其中全部公开350件、部分公开80件。",
    "全市建筑工程质量合格率（含优良）100%，共验收单位工程1,260项，其中优良工程420项、合格工程840项。",
    # traps: no counts of the parts, a third outcome beside them, the complement only
    "依申请公开答复中公开率（含部分公开）为78.4%，全年办结申请1,250件。",
    "公开率（含部分公开）为78.4%，全年办结申请1,250件，其中予以公开862件，部分公开118件，不予公开45件。",
    "满意率（含基本满意）98.2%，回访群众2,000人，其中表示不满意的36人。",
]
INCLUDES_FOUND = [
    "行政许可事项办理满意率（含比较满意）为99.0%，评价总数5,000件，非常满意4,420件、比较满意430件。",
    "农产品质量安全抽检合格率（含基本合格）98.5%，抽检样品2,000批次，合格1,890批次、基本合格40批次。",
    "信访事项办结率（含息访）为94.0%，全年登记信访事项1,200件，办结1,120件、当事人息访44件。",
    "公开率（包括部分公开）90%，办理申请500件，其中全部公开350件、部分公开80件。",
    "全市建筑工程质量合格率（含优良）100%，共验收单位工程1,260项，其中优良工程420项、合格工程740项。",
]


@pytest.mark.parametrize("text", INCLUDES_SILENT)
def test_rate_with_includes_silent(text):
    assert codes(text) == []


@pytest.mark.parametrize("text", INCLUDES_FOUND)
def test_rate_with_includes_found(text):
    assert codes(text) == ["LG101"]


def test_rate_with_includes_shows_the_sum():
    from lintgov.engine import lint_text
    from fresh_set import REG, RULES
    (f,) = lint_text("依申请公开答复中公开率（含部分公开）为82.4%，全年办结申请1,250件，予以公开862件、部分公开118件。\n",
                     RULES, registry=REG)
    assert "(862件+118件)÷1,250件 = 78.40%" in f.message("zh")


# -- parts listed without 其中 right after their whole (rules.sums, _split_after_total): across ；, after a stock named
# with 拥有/辖/各级/各类 (brackets kept in its name), and after 分别在/分别是 (each thing in one place or of one kind)
LIST_SILENT = [
    "全年共调解矛盾纠纷2,460件；婚姻家庭纠纷820件，邻里纠纷1,040件，合同纠纷600件。",
    "全县拥有各级非物质文化遗产代表性项目64项，国家级3项、省级15项、市级46项。",
    "全市建成各类公共文化设施1,420个，市级28个、县级146个、乡镇级1,246个。",
    "全年新开工保障性住房项目18个，分别在主城区7个、新城区6个、产业园区5个。",
    "全年查处食品安全案件312件，分别是生产环节96件、流通环节148件、餐饮环节68件。",
    "全市现有各级河长2,860名，市级河长36名、县级河长412名、乡级河长2,412名。",
    # traps: places without counts, attributes that may overlap, multiples, counts of another measure
    "全年发生生产安全事故26起，分别在建筑施工、道路运输、工贸等领域。",
    "全区拥有各类市场主体8.6万户，个体工商户5.9万户、女性创业者3.2万户。",
    "全年受理行政复议案件418件，分别是上年的1.2倍和前年的1.5倍。",
    "全年开展送法下乡活动120场，分别在12个乡镇、86个村开展。",
    "全市建成法治文化阵地260个，分别在城区、镇街、村居设立示范点120个、86个、108个。",
]
LIST_FOUND = [
    "全年共调解矛盾纠纷2,460件；婚姻家庭纠纷820件，邻里纠纷1,240件，合同纠纷600件。",
    "全县拥有各级非物质文化遗产代表性项目64项，国家级3项、省级15项、市级56项。",
    "全市建成各类公共文化设施1,420个，市级28个、县级146个、乡镇级1,346个。",
    "全年新开工保障性住房项目18个，分别在主城区9个、新城区6个、产业园区5个。",
    "全年查处食品安全案件312件，分别是生产环节96件、流通环节168件、餐饮环节68件。",
]


@pytest.mark.parametrize("text", LIST_SILENT)
def test_parts_without_qizhong_silent(text):
    assert codes(text) == []


@pytest.mark.parametrize("text", LIST_FOUND)
def test_parts_without_qizhong_found(text):
    assert codes(text) == ["LG103"]


# -- a rate of things done in time (按时/按期/及时/限时) over counts named 在规定时限内/在法定期限内/在承诺时限内; under a rate
# without such a qualifier (答复率) a count so named is a subset of its numerator, not all of it
IN_TIME_SILENT = [
    "行政许可按时办结率为97.5%，全年受理许可申请4,000件，在承诺时限内办结3,900件。",
    "投诉举报及时处置率96.0%，接到投诉举报2,500件，在规定时限内处置2,400件。",
    "复议案件按期审结率达到91%，审结案件250件，其中在法定期限内审结228件。",
    "按期答复率为96.0%，收到申请500件，在法定期限内答复480件，另有25件在延长期限内答复。",
    "答复率100%，收到申请500件，在法定期限内答复480件，其余20件延期答复。",      # was a false alarm on main
]
IN_TIME_FOUND = [
    "行政许可按时办结率为99.5%，全年受理许可申请4,000件，在承诺时限内办结3,900件。",
    "投诉举报及时处置率98.0%，接到投诉举报2,500件，在规定时限内处置2,400件。",
    "复议案件按期审结率达到96%，审结案件250件，其中在法定期限内审结228件。",
]


@pytest.mark.parametrize("text", IN_TIME_SILENT)
def test_in_time_silent(text):
    assert codes(text) == []


@pytest.mark.parametrize("text", IN_TIME_FOUND)
def test_in_time_found(text):
    assert codes(text) == ["LG101"]


# -- a count named short (社工) under a ratio per N people naming it in full (社会工作者): claims.metric.full_names
def test_short_names():
    from lintgov.claims.metric import full_names
    assert full_names("持证社工") == "持证社会工作者"
    assert full_names("社工委") == "社工委"


SHORT_SILENT = [
    "全区每万人拥有社会工作者12人，全区常住人口52万人，社工共624名。",
    "每万名常住人口拥有持证社会工作者15.2人，全市常住人口460万人，持证社工6,990人。",
]
SHORT_FOUND = [
    "全区每万人拥有社会工作者16人，全区常住人口52万人，社工共624名。",
    "每万名常住人口拥有持证社会工作者17.2人，全市常住人口460万人，持证社工6,990人。",
]


@pytest.mark.parametrize("text", SHORT_SILENT)
def test_short_name_silent(text):
    assert codes(text) == []


@pytest.mark.parametrize("text", SHORT_FOUND)
def test_short_name_found(text):
    assert codes(text) == ["LG108"]


# -- new items before the stock they join (claims.stocks.additions): names with Latin letters or digits (5G基站,
# AAA级旅游景区), two additions of one measure and their stocks after 分别达到, paired in order; a 分别 list of stocks is
# never the parts of the last addition before it (was a false alarm on main)
STOCK_SILENT = [
    "新建充电桩1,600个，累计建成充电桩3,200个。",
    "新增AAA级旅游景区2家，全市AAA级旅游景区总数达到10家。",
    "新增市级以上专精特新企业16家、省级专精特新企业14家，市级以上、省级专精特新企业分别达到20家和60家。",
    "新培育5A级物流企业3家、4A级物流企业8家，5A级、4A级物流企业分别达到12家和16家。",
    # traps: a stock of another measure, stocks named otherwise than the additions
    "新建充电桩1,600个，累计建成充电站320座。",
    "新增省级示范村18个、市级示范村42个，全市乡村振兴示范片区分别达到6个和12个。",
    "新增国家级专精特新企业6家、省级专精特新企业35家，国家级、省级专精特新企业分别达到21家和130家。",
]
STOCK_FOUND = [
    "新建充电桩3,600个，累计建成充电桩3,200个。",
    "新增AAA级旅游景区12家，全市AAA级旅游景区总数达到10家。",
    "新增市级以上专精特新企业26家、省级专精特新企业14家，市级以上、省级专精特新企业分别达到20家和60家。",
    "新培育5A级物流企业3家、4A级物流企业8家，5A级、4A级物流企业分别达到12家和6家。",
]


@pytest.mark.parametrize("text", STOCK_SILENT)
def test_stock_silent(text):
    assert codes(text) == []


@pytest.mark.parametrize("text", STOCK_FOUND)
def test_stock_found(text):
    assert codes(text) == ["LG103"]


# -- a part among a whole closed by 中, named by the rate's own word, in the clause right after (or before) the rate:
# bounds checked in their direction
OWN_WORD_SILENT = [
    "网上可办率超过95%，在1,628项政务服务事项中，1,572项实现网上可办。",
    "按期办结率达到98%，在全年受理的2,400件投诉中，按期办结2,360件。",
    "网上可办率超过95%，在1,628项政务服务事项中，1,200项实现“一件事一次办”。",      # trap: another thing
]
OWN_WORD_FOUND = [
    "网上可办率超过95%，在1,628项政务服务事项中，1,522项实现网上可办。",
    "按期办结率达到98%，在全年受理的2,400件投诉中，按期办结2,300件。",
]


@pytest.mark.parametrize("text", OWN_WORD_SILENT)
def test_own_word_among_silent(text):
    assert codes(text) == []


@pytest.mark.parametrize("text", OWN_WORD_FOUND)
def test_own_word_among_found(text):
    assert codes(text) == ["LG101"]


# -- a share of the GDP with the part after it (，达到N亿元) and the GDP stated before, in the sentence before or earlier:
# the whole is the report's GDP (never R&D spending, a plan, or a GDP of a wider scope)
GDP_SILENT = [
    "全年地区生产总值实现520.6亿元，增长5.8%。海洋经济增加值占地区生产总值的三成，达到158.2亿元。",
    "全年地区生产总值实现520.6亿元，增长5.8%。海洋经济增加值占地区生产总值的比重为30.4%，达到158.2亿元。",
    "全市生产总值1,860亿元。\n全年文化和旅游产业增加值占GDP比重为5.2%，达到96.7亿元。",
    # traps: R&D is reported for the year before, a plan, a wider scope
    "全年地区生产总值实现520.6亿元。全社会研发经费投入占地区生产总值的比重为2.5%，达到18亿元。",
    "全年地区生产总值实现520.6亿元。力争到2025年海洋经济增加值占地区生产总值的40%，达到260亿元。",
    "全年地区生产总值实现520.6亿元。全省海洋经济增加值占全国GDP的8%，达到1.2万亿元。",
]
GDP_FOUND = [
    "全年地区生产总值实现520.6亿元，增长5.8%。海洋经济增加值占地区生产总值的三成，达到208.2亿元。",
    "全年地区生产总值实现520.6亿元，增长5.8%。海洋经济增加值占地区生产总值的比重为40%，达到158.2亿元。",
    "全市生产总值1,860亿元。\n全年文化和旅游产业增加值占GDP比重为6.2%，达到96.7亿元。",
]


@pytest.mark.parametrize("text", GDP_SILENT)
def test_gdp_share_part_after_silent(text):
    assert codes(text) == []


@pytest.mark.parametrize("text", GDP_FOUND)
def test_gdp_share_part_after_found(text):
    assert codes(text) == ["LG101"]
