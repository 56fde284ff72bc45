"""Shapes the round-10 labels (benches/validity/labels.jsonl, "round": 10: Shenzhen district reports of 光明, 南山, 坪山,
宝安) showed LG103 did not read, tested with phrasings written for the test: the rest of a whole after some of its
things were counted (N项…，削减a项，保留b项，其余c项: ``stocks.rest_of_whole``), what a review of powers or documents
cuts, repeals or merges among what it reviewed (清理…N项，取消M项; 清理N件，宣布失效（废止）M件: ``classes.STAGES``),
things done or not done out of a list with the figure before the verb (N件民生实事稳步推进，M件已经按期完成; N项重点工作尚
有M项未按期完成) and after 中 with an adverb before the deed (12项指标中，8项提前完成), a stock of the area and how
many of it an action closed in the same clause (全区305台工业锅炉关停152台), the year's new places with the
upgraded ones listed after them and the stock counted with another measure word (新建6个公园，改造提升16个公园，全区公园
总数达到171座), and counts after names: an item's number before the first name (15.组建VR、智慧城市2个), names holding
digits and letters (激光及3D打印; 5G), a quoted one-character abbreviation in every name (名医、名院、名诊所“三名”), 共享 in
a slogan's phrase before a quoted count, levels before a count of something named by a facility word.  Consistent
statements and the traps next to each shape stay silent."""
import pytest

from fresh_set import codes

SILENT = [
    # the rest of a whole
    "对市直部门240项行政审批事项，取消60项，下放12项，其余168项全部进驻政务大厅。",
    "全年受理群众来信420件，已办结380件，其余40件正在办理。",
    "清理规范性文件180件，继续有效120件，修改20件，其余40件予以废止。",
    "征集意见建议1,250条，采纳860条，其余390条作为参考。",
    "年初确定的151件民生实事，2件因政策调整调出，其余149件顺利完成。",
    "梳理审批事项235项，取消55项，下放60项，其余150项转为即办件。",     # parts may overlap: 60+150 <= 235 <= 265
    "受理案件1,200余件，办结1,000件，其余200余件正在审理。",
    "新增12个项目，全年实施235个项目，完工180个，其余55个续建。",         # 235 is a whole of its own
    "新增项目12个，全年实施项目235个，完工180个，其余55个续建。",
    "处理案件52件，涉及企业30家，其余22家已整改。",                       # another measure word
    "共有农户3,200户，其中脱贫户420户，其余农户收入稳定。",               # no count of the rest
    "受理投诉120件，办结100件；另受理信访50件，其余30件转交相关部门。",   # another clause's whole
    # a review and what it cuts or repeals
    "清理行政职权4011项，共取消职权22项，并入职权3项。",
    "制定修订规范性文件22件，清理242件，宣布失效（废止）196件。",
    "梳理行政审批事项320项，精简45项。",
    "审查规范性文件86件，撤销3件。",
    "清理规范性文件120件，新制定135件。",                                 # a new rule is no part of those reviewed
    # done or not done out of a list, the figure first
    "区人大会议提出的25件民生实事稳步推进，24件已经按期完成，最后一件将在5月份之前完成。",
    "受疫情影响，110项区政府重点工作尚有9项未按期完成。",
    "今年安排的30项重点任务全面推进，28项提前完成。",
    "全年受理120件案件，115件已办结。",                                  # cases are no list of work (a backlog)
    "深入实施特区一体化计划，12项主要指标中，8项提前完成。",
    "全市20项重点工程中，18项如期建成。",
    "30个村中，建成公园45个。",                                         # another noun after 中
    # a stock of the area and how many of it were closed, in one clause
    "全区305台工业锅炉关停152台，其余超过一半改用清洁能源。",
    "全市1200家散乱污企业已淘汰860家。",
    "辖区内42座加油站关闭8座。",
    "现有燃煤锅炉86台，已淘汰140台。",                                   # two clauses: those closed over years
    "全区新建充电桩300个拆除旧桩500个。",                                 # new things are no stock
    # new places, the upgraded ones and the stock
    "新建公园28个、改造提升23个，全区公园总数达到150个。",
    "新建6个公园，改造提升16个公园，全区公园总数达到171座。",
    "新建社区公园12个、改造提升8个，累计建成社区公园98个。",
    "新建充电桩1200个、改造提升300个，累计建成超充站98个。",             # another thing in the total
    "新建206家医院，全区医疗机构总数达到171个。",                         # 家 and 个 of other heads
    # counts after names
    "　　15.组建VR、智慧城市2个产业创新联盟，新建各类技术中心17家。",
    "组建大数据、激光及3D打印2个产业联盟。",
    "布局5G、人工智能、大数据三大产业。",
    "实施名医、名院、名诊所“三名”工程。",
    "生存、生活、生命“三生”教育深入开展。",
    "坚决反对形式主义、官僚主义“四风”问题。",                           # no shared character: a verb's object
    "扎实推进创新、协调“五化”建设。",
    "始终坚持绿色低碳、园区集聚、大项目带动、自主创新、全民共享“五大发展战略”。",
    "贯彻创新、协调、绿色、开放、共享“五大发展理念”。",
    "依法规范、严格落实执法“三项制度”。",                                 # names of actions, not of the systems
    "深圳、东莞共享3个公共服务平台。",                                   # 共享 a verb before an unquoted count
    "引进市、区两级“三名工程”团队13个。",
    "华星光电T6项目投产、T7项目开工。",                                   # 7项 is a digit of a name
    "推动华星光电T6项目量产、T7项目加快建设。",
]
WRONG = [
    "对市直部门240项行政审批事项，取消60项，下放12项，其余208项全部进驻政务大厅。",
    "全年受理群众来信420件，已办结380件，其余60件正在办理。",
    "清理规范性文件180件，继续有效120件，修改20件，其余30件予以废止。",
    "征集意见建议1,250条，采纳860条，其余490条作为参考。",
    "年初确定的151件民生实事，2件因政策调整调出，其余194件顺利完成。",
    "对区直属部门306项行政审批事项，削减55项，保留8项，其余172项悉数转为即办事项。",
    "清理行政职权4011项，共取消职权5212项，并入职权3项。",
    "制定修订规范性文件22件，清理242件，宣布失效（废止）315件。",
    "梳理行政审批事项320项，精简450项。",
    "审查规范性文件86件，撤销120件。",
    "区人大会议提出的25件民生实事稳步推进，33件已经按期完成，最后一件将在5月份之前完成。",
    "受疫情影响，110项区政府重点工作尚有143项未按期完成。",
    "今年安排的30项重点任务全面推进，32项提前完成。",
    "深入实施特区一体化计划，12项主要指标中，16项提前完成。",
    "全市20项重点工程中，25项如期建成。",
    "全区305台工业锅炉关停397台，其余超过一半改用清洁能源。",
    "全市1200家散乱污企业已淘汰1860家。",
    "新建公园172个、改造提升23个，全区公园总数达到150个。",
    "新建207个公园，改造提升16个公园，全区公园总数达到171座。",
    "新建社区公园112个、改造提升8个，累计建成社区公园98个。",
    "新建206所学校，全区学校总数达到171个。",
    "　　15.组建VR、智慧城市4个产业创新联盟，新建各类技术中心17家。",
    "组建大数据、激光及3D打印4个产业联盟。",
    "布局5G、人工智能、大数据五大产业。",
    "实施名医、名院、名诊所“五名”工程。",
    "生存、生活、生命“五生”教育深入开展。",
    "始终坚持绿色低碳、园区集聚、大项目带动、自主创新、全民共享“七大发展战略”。",
    "贯彻创新、协调、绿色、开放、共享“六大发展理念”。",
    "引进市、区四级“三名工程”团队13个。",
]


@pytest.mark.parametrize("text", SILENT)
def test_silent(text):
    assert "LG103" not in codes(text), text


@pytest.mark.parametrize("text", WRONG)
def test_found(text):
    assert "LG103" in codes(text), text


def test_rest_of_whole_reads_the_parts_and_the_rest():
    from lintgov.claims.stocks import rest_of_whole
    from lintgov.document import Document
    doc = Document("对区直属部门235项行政审批事项，削减55项，保留8项，其余172项悉数转为即办事项。")
    (r,) = rest_of_whole(doc)
    assert (r.whole.value, [p.value for p in r.parts], r.rest.value) == (235, [55, 8], 172)
    # 其中 parts and the rest are the 其中 reader's: not read twice
    assert rest_of_whole(Document("全区共有学校86所，其中公办学校52所，其余34所为民办学校。")) == []
