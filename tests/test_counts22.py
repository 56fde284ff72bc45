"""Session counts22: a round Chinese numeral is exact as printed when it is an operand of a rate or a share (四万亩 is
40,000, not 3.5万–4.5万: issue 10), while changes keep reading it to its scale word; counts of names printed before
the count (A、B和C三个乡镇) with place-like names that are not holders."""
import pytest

from lintgov.claims.values import count_interval
from lintgov.config import Settings
from lintgov.document import Document
from lintgov.engine import instantiate_rules, lint_text
from lintgov.plugins import build_registry

_RULES = None


def codes(text):
    global _RULES
    if _RULES is None:
        _RULES = [r for r in instantiate_rules(build_registry(load_entry_points=False, strict=True), Settings(), {},
                                               select=["ALL"]) if r.category in ("arithmetic", "yoy")]
    return [f.code for f in lint_text(text + "\n", _RULES)]


def q_of(text, printed):
    doc = Document(text + "\n")
    return next(q for q in doc.quantities if doc.text[q.start:q.end].endswith(printed))


# -- a round Chinese numeral is exact as an operand of a rate ---------------------------------------------------------
@pytest.mark.parametrize("text,printed,value", [
    ("全县有效灌溉面积六万亩", "六万亩", 60000.0),
    ("服务常住人口三十万人", "三十万人", 300000.0),
    ("建成保障性住房两万套", "两万套", 20000.0),
    ("年接诊量八十五万人次", "八十五万人次", 850000.0),
])
def test_a_round_chinese_numeral_is_exact_as_an_operand(text, printed, value):
    assert count_interval(q_of(text, printed)) == (value, value)


@pytest.mark.parametrize("text,printed", [("约六万亩", "六万亩"), ("近三十万人", "三十万人"), ("两万余套", "两万余套"),
                                          ("六万亩左右", "左右")])
def test_an_approximation_word_keeps_a_chinese_numeral_approximate(text, printed):
    lo, hi = count_interval(q_of(text, printed))
    assert hi > lo


@pytest.mark.parametrize("text", [
    # 一万二千 ÷ 六万 = 20%, not 21.5% (which 5.58万 would give)
    "全区林地面积六万亩，其中公益林一万二千亩，占林地面积的百分之二十一点五。",
    # 九万 ÷ 三十万 = 30.0%
    "全市参保职工三十万人，其中灵活就业人员九万人，占比30.4%。",
    # 五千 ÷ 两万 = 25%
    "建成保障性住房两万套，其中公租房五千套，占百分之三十一。",
    # 三万四千 ÷ 八十五万 = 4.00%
    "全年门诊总量八十五万人次，其中远程会诊三万四千人次，占比百分之四点零二。",
])
def test_a_share_over_round_chinese_numerals_is_checked_exactly(text):
    assert "LG101" in codes(text)


@pytest.mark.parametrize("text", [
    "全区林地面积六万亩，其中公益林一万二千亩，占林地面积的百分之二十。",
    "全市参保职工三十万人，其中灵活就业人员九万人，占比30.0%。",
    "建成保障性住房两万套，其中公租房五千套，占百分之二十五。",
    # approximate: 约六万 may be 5万–7万, 一万二千 ÷ 5万 = 24%
    "全区林地面积约六万亩，其中公益林一万二千亩，占林地面积的百分之二十四。",
    # another base: the share is of the province's total, not of the figure before
    "全区林地面积六万亩，其中公益林一万二千亩，占全省公益林面积的百分之二十四。",
])
def test_consistent_or_uncheckable_shares_stay_silent(text):
    assert "LG101" not in codes(text)


@pytest.mark.parametrize("text", [
    # a change between round levels of an old report is read to the scale word (二十八万 may be 28.1万)
    "职工人数由二十八万人增加到四十万人，增长百分之四十二点二。",
    "发电装机由三万千瓦增加到二十二万七千千瓦，增长六点七倍。",
])
def test_changes_between_round_chinese_levels_keep_their_rounding(text):
    assert not codes(text)


# -- a count after the names of the places it counts -----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    # villages, one of them sharing a district's name (向阳区): the names are the villages, not places holding them
    "青松、白杨、红旗和向阳五个村完成人居环境整治。",
    # compounds, the last joined by 和 to a name opening with 和 (和平里): no empty name makes them holders
    "安居苑、和平里和金色家园5个小区完成雨污分流改造。",
    # streets, a facility built in them after a verb: the facilities are not what the count counts
    "芦花、金竹、石桥、清溪3个街道新建社区食堂12个。",
    # towns, one sharing a county's name (永丰县)
    "永丰、石湾和太平5个乡镇被评为省级生态乡镇。",
])
def test_a_wrong_count_after_place_names_is_found(text):
    assert "LG103" in codes(text)


@pytest.mark.parametrize("text", [
    # districts holding the streets counted (every name a district of the city): more streets than names is possible
    "南山、罗湖、福田6个街道开展老旧小区改造试点。",
    # an open list (等)
    "翠湖、松林等6个小区开展试点。",
    # as many as the names
    "青松、白杨、红旗和向阳四个村完成人居环境整治。",
    "安居苑、和平里和金色家园3个小区完成雨污分流改造。",
    # a subset of a total named before
    "全县12个乡镇中，柳溪、石门和高桥3个乡镇获评省级卫生乡镇。",
    # a count of facilities after the count of streets is no count of the names
    "城关、桥头、新街3个镇新建卫生院5所。",
])
def test_consistent_or_open_counts_after_place_names_stay_silent(text):
    assert "LG103" not in codes(text)


# -- a whole of one level and every level above it, split by level ---------------------------------------------------
@pytest.mark.parametrize("text", [
    # 2 + 6 = 8, not 10
    "全县累计培育省级以上专精特新企业10家，其中国家级2家，省级6家。",
    # 4 + 11 + 23 = 38, not 40; the parts after 、
    "全市拥有市级以上非物质文化遗产代表性项目40项，其中国家级4项、省级11项、市级23项。",
    # nested: the national level's own kinds in a bracket
    "获评县级以上文明村镇30个，其中国家级1个（全国文明村1个），省级5个（省级文明村3个、省级文明镇2个），市级8个，县级14个。",
])
def test_a_split_of_every_level_above_must_add_up(text):
    assert "LG103" in codes(text)


@pytest.mark.parametrize("text", [
    "全县累计培育省级以上专精特新企业8家，其中国家级2家，省级6家。",
    # a level left out (市级以上 with no 市级 part): not more than the whole
    "全市拥有市级以上非物质文化遗产代表性项目40项，其中国家级4项、省级11项。",
    # a kind inside a level, not the level
    "现有省级以上研发平台15个，其中国家级2个，省级重点实验室9个。",
    # levels out of order with the whole: the first part is no level's
    "获市级以上科技进步奖20项，其中一等奖5项，二等奖7项。",
    # an open list
    "全县培育省级以上龙头企业12家，其中国家级2家，省级6家等。",
])
def test_other_splits_of_a_level_above_stay_silent(text):
    assert "LG103" not in codes(text)


# -- deeds at ； after a count and its colon -----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "今年重点办好五件民生实事：新建幼儿园3所；改造老旧小区12个；新增停车位2000个；建设口袋公园8个。",
    "税务部门落实六项便民举措：推行全面数字化电子发票，全年开具1.2亿张；开通跨区域通办；压缩退税时间至3个工作日。",
    "市中级人民法院推出七项诉讼服务措施：开通网上立案；推行跨域立案服务，全年办理326件；设立诉讼服务驿站5个。",
])
def test_a_count_above_every_deed_listed_at_semicolons_is_found(text):
    assert "LG103" in codes(text)


@pytest.mark.parametrize("text", [
    "人社部门落实五项稳岗举措：发放稳岗返还资金1.6亿元，发放一次性扩岗补助2300万元，开发公益性岗位860个。",
    "卫健部门完成四项重点改革：紧密型县域医共体覆盖率达到100%，家庭医生签约服务覆盖45.2万人。",
])
def test_a_count_above_every_figured_clause_after_a_colon_is_found(text):
    assert "LG103" in codes(text)


@pytest.mark.parametrize("text", [
    "今年重点办好四件民生实事：新建幼儿园3所；改造老旧小区12个；新增停车位2000个；建设口袋公园8个。",
    # a segment with a clause may be two deeds
    "税务部门落实四项便民举措：推行全面数字化电子发票，全年开具1.2亿张；开通跨区域通办；压缩退税时间至3个工作日。",
    # fewer deeds than the count is not read (a segment may hold several)
    "推出三项诉讼服务措施：开通网上立案，推行跨域立案服务；设立诉讼服务驿站5个。",
    # a total after the deeds
    "今年重点办好五件民生实事：新建幼儿园3所；改造老旧小区12个；共投入资金1.2亿元。",
    # an open list
    "落实六项便民举措：推行电子发票；开通跨区域通办等。",
    # a glossary entry whose clauses explain the term, not list it
    "十大民生工程：市委全会提出，要集中力量办好教育、医疗、养老等民生实事，确保群众得实惠。",
    # clauses at ， with a figure each, as many as the count or more
    "纵深推进三项改革：按病种付费覆盖定点医院38家，集采药品品种达到412个，门诊共济保障惠及26.8万人。",
    "落实两项减负措施：阶段性降低失业保险费率至1%，全年减少企业缴费2.3亿元，惠及企业1.1万户。",
    # clauses without figures explain a term
    "五大行动：市委全会提出，要集中力量推进城市更新，打造宜居城区，确保群众得实惠。",
    # a total closes the clauses
    "完成五项重点任务：新建学校3所，改造道路12公里，共投入资金4.5亿元。",
])
def test_deeds_that_may_match_the_count_stay_silent(text):
    assert "LG103" not in codes(text)


# -- traps: counts that take in more than the names before them, slogans, ordinals --------------------------------
@pytest.mark.parametrize("text", [
    # a count taking in a member named in an earlier clause
    "连同城东街道在内，枫林、松涛、竹园4个街道均已建成智慧社区。",
    "加上已验收的城东小区，枫林、松涛、竹园4个小区全部完成改造。",
    "除城东街道外，枫林、松涛、竹园4个街道也完成了改造。",
    # quoted slogans and a count of campaigns
    "坚定“四个自信”、做到“两个维护”，扎实推进三大攻坚战。",
    # an ordinal after the names
    "继城东、城西、河口之后，新桥成为第四个全覆盖街道。",
    # members that are lists themselves
    "完成三项改革：推行立案、审判和执行改革；开展繁简分流试点。",
    # a count of things inside the places named
    "枫林、松涛2个街道的5个社区完成改造。",
    # groups composed of the bodies named: the count is of the groups (5 groups of 4 departments)
    "组建了由公安、消防、卫健和应急部门组成的5个联合工作组。",
    # places that may each hold several of the things counted
    "新建社区养老服务综合体六处，分别位于东城、西湖、北塘和南苑街道。",
])
def test_counts_that_may_take_in_more_stay_silent(text):
    assert "LG103" not in codes(text)


# -- a count of bodies graded before their kind word (2家三级医院) ---------------------------------------------------
def test_a_graded_count_of_the_bodies_named_is_read():
    assert "LG103" in codes("新增市第一人民医院、市中医院3家三级甲等医院，新增床位800张。")
    assert "LG103" in codes("新组建东江银行、临港银行3家股份制商业银行。")


@pytest.mark.parametrize("text", [
    "新增市第一人民医院、市中医院2家三级甲等医院，新增床位800张。",
    # things inside the bodies named: a count of their specialties
    "市第一人民医院、市中医院新增5个省级重点专科。",
    "支持市第一人民医院、市中医院5个重点专科建设。",
])
def test_graded_counts_of_bodies_or_their_parts_stay_silent(text):
    assert "LG103" not in codes(text)


def test_a_last_name_ending_with_a_word_of_a_join_character_is_read():
    # 参与 ends with 与 but joins nothing: the list is closed (six names, 八大 is too many)
    assert "LG103" in codes("围绕产业、能源、交通、建筑、碳汇、公众参与八大领域，探索打造一批低碳应用场景。")
    assert "LG103" not in codes("围绕产业、能源、交通、建筑、碳汇、公众参与六大领域，探索打造一批低碳应用场景。")
    # a real dangling join stays unread
    assert "LG103" not in codes("围绕产业、能源、交通和八大领域，探索打造一批低碳应用场景。")


def test_a_count_before_a_noun_opening_with_shu_is_read():
    # 六大数字产业: 数字 is the noun's word, not a count of numbers
    assert "LG103" in codes("大力发展数字新基建、数字新科技、数字新金融、数字新文化四大数字产业，积极引进数字经济企业。".replace("四大", "五大"))
    assert "LG103" not in codes("大力发展数字新基建、数字新科技、数字新金融、数字新文化四大数字产业，积极引进数字经济企业。")


def test_names_closing_alike_keep_a_verb_word_inside_the_last():
    # 开发 inside 产业载体开发运营: every name closes with 运营, so the names are alike and the count is theirs
    assert "LG103" in codes("加快搭建城市运营、产业载体开发运营三大平台，推动项目落地。")
    assert "LG103" not in codes("加快搭建城市运营、产业载体开发运营两大平台，推动项目落地。")
    # a verb governing the count after names that do not close alike stays a verb
    assert "LG103" not in codes("在美国、加拿大和以色列设立4家海外创新中心。")
