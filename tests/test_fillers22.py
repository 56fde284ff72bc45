"""A level verb between a name and its figure (round 22: 为, 达到, 达, 累计, 共计, 合计, 总计).

Reports put a level verb between a metric and its figure at will (受理纠纷为5,120件, 出生人口达到2.86万人, 审查事项累计126
件, 共审结为421件); the relation a statement makes does not change with it. Readings built:

1. The words a guard reads right before a figure (claims.rates.context_before) reach as far into the name with a level
   verb as without it: 人均可支配收入为42,680元 is still an average (never a whole its 城镇/农村 sides add up to).
2. The noun a count counts (claims.parts.head_noun) is read without the level verb: 受理纠纷为5,120件 counts 纠纷, so a
   later 调解成功为4,711件 is no part of it beside 其中's part.
3. A total's deed keeps its own level verb (claims.totals): 共审结为421件 counts what was finished, not the intake plus
   the carried cases; 共受理为510件 still sums the parts that 受理.
4. A part whose name ends with a level verb takes no more room in a list closed by a total (rules/sums: 共计 after
   …累计48件；…累计126件；…63件).
5. 比上年末增加11.6万人 is a change over last year's end, never last year's stock (claims.stocks).
6. 年末未结为52件 names the deed 结 (not 结为), and a case load whose carried cases stand before the intake is not the
   intake less the finished ones (claims.totals flows; the carried balance reads it).
7. A task stated as 任务为化解…60件 is no count of this time under a cumulative count after it (claims.subsets).
8. Births and deaths named with a level verb (出生人口达到…, 死亡人口共计…; 达 is exact) give the natural change.
9. A part's name in a list (claims.parts.part_label) is read without its level verb (其中一般债券达到418亿元 names 一般
   债券), 累计 kept: the kinds of the list are compared by their names.
10. 累计 in a clause the year's own words open (全年累计受理…, 今年累计办理…, 年内累计开展…) is the year's running total:
   its parts and its change are checked as for any level (held already; kept here as the boundary of the reading —
   a 累计 after 新增… stays a total since some start, as real reports use it: 新增三甲医院7家，累计32家).
11. A rate named by its own word after a part, the whole's own rate of that name between them (总体合格率98.1%；其中…312
   批次，合格率95.2%), is the part's own rate, never the part's share of the whole (claims.rates).
12. Last year's value in a bracket may take a level verb (（上年同期达到4,630万元）, （上年共计1,680件）): the base of the change
   (claims.grammar).
13. A flow into or out of a stock may take a level verb (新纳入达到418人, 新纳入共计530人): still the flow of the balance
   opening + in − out = closing (claims.totals).

累计 is read as before for changes (a cumulative since some start: 新增…，累计… in real reports), only its room in a
name is not counted. Wordings of our own, other offices and numbers; consistent near-misses stay silent."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def _codes(text):
    return [f.code for f in lint_text(text, RULES, registry=REG)]


# consistent statements with a level verb that must stay silent (each was flagged before this round)
SILENT = [
    # 1. an average with its split after 其中, the verb before the average
    "全县城乡居民人均可支配收入为38,460元，其中城镇居民为47,920元、农村居民21,350元。",
    "全市居民人均消费支出达到29,870元，其中城镇居民达到35,140元、农村居民18,260元。",
    "全区城乡居民人均可支配收入累计51,200元，其中城镇居民累计63,400元、农村居民30,900元。",
    "全省农村居民人均可支配收入为22,610元，城镇居民人均可支配收入为49,380元。",
    # 2. a later deed after 其中's part is no part of the intake
    "全年受理矛盾纠纷为3,460件，其中当事人同意调解的3,210件，调解成功为3,105件。",
    "全年受理劳动争议案件达到2,180件，其中进入仲裁程序的1,960件，仲裁结案达到1,902件。",
    "全年受理消费投诉为8,640件，其中属于受理范围的8,320件，办结为8,200件。",
    "全年受理信访事项共计1,240件，其中按期受理的1,215件，化解为1,180件。",
    # 3. a total of another deed after the intake and the carried cases
    "全年新收行政诉讼案件为286件，加上上年结转为24件，共审结为297件，审结率95.8%。",
    "全年受理仲裁案件达到1,540件，加上上年结转的62件，共结案达到1,511件，结案率94.3%。",
    "今年收到复议申请为410件，加上上年结转的35件，共办结为402件。",
    "全年新收执行案件达到3,268件，加上上年结转达到190件，共执结达到3,301件。",
    # 5. a change over last year's end beside the levels of two stocks
    "年末全县常住人口达到86.4万人，比上年末增加0.9万人；户籍人口达到92.1万人，增加0.4万人。",
    "年末全市登记市场主体达32.6万户，比上年末增加2.1万户；其中企业达11.8万户，增加1.2万户。",
    "年末全区养老床位达到6,420张，比上年末增加380张；护理型床位达到3,150张，增加260张。",
    "年末全省参保人数达4,215万人，较上年末增加36万人；其中职工参保达1,386万人，增加21万人。",
    # 6. the undone of a case load with carried cases
    "上年结转诉讼案件为46件，今年新收为318件，审结为322件，年末未结为42件。",
    "上年结转仲裁案件28件，今年新收506件，审结497件，年末尚未审结37件。",
    "上年结转信访件达到19件，今年新收达到264件，办结达到270件，年末未结达到13件。",
    "上年结转执行案件为85件，全年新收为1,204件，执结为1,226件，年底未结为63件。",
    # 7. a task before what was done to date
    "年度任务为整治隐患点80处，已整治累计72处，完成任务的90%。",
    "年度目标为新增就业岗位5,000个，已新增累计4,600个。",
    "全年计划为改造老旧小区45个，已改造累计41个，完成计划的91.1%。",
    "年度任务为清理积案120件，已清理累计108件，完成任务的90%。",
    # 4. parts with level verbs under their closing total, consistent
    "市级层面审查规范性文件累计52件；区县层面审查合法性审核事项累计147件；乡镇层面审查村规民约等71件；共计270件。",
    "一季度办理网上申请事项达到1,380件；二季度办理网上申请事项达到1,520件；三季度办理网上申请事项1,460件；合计4,360件。",
    "第一片区完成危房改造任务为128户；第二片区完成危房改造任务为96户；第三片区完成危房改造任务为75户；共计299户。",
    "中心城区新建公共停车泊位累计2,140个；外围城区新建公共停车泊位累计1,380个；合计3,520个。",
    # 9. the parts after 其中/包括, the first with a level verb
    "全年发行再融资债券为926亿元，其中置换债券为514亿元、偿还到期债券412亿元。",
    "年末全县共有村卫生室达到412个，其中公办达到268个、民办144个。",
    "全年筹集公租房房源为2,460套，包括新建房源为1,580套、收购房源880套。",
    "全年受理投诉举报达到2.4万件，其中投诉达到1.5万件、举报0.9万件。",
    # 10. the year's running total, consistent
    "全年累计受理信访事项4,120件，其中网上信访2,210件、来信来访1,910件。",
    "年内累计开展安全生产检查3,460次，比上年增长4.8%，上年为3,300次。",
    # 11. a rate after a part after the whole's own rate of that name is the part's own rate
    "全年抽检食品共5,128批次，总体合格率98.1%；其中网络食品抽检312批次，合格率95.2%。",
    "全年检验特种设备共计2,460台，总体合格率97.5%；其中电梯检验1,180台，合格率99.1%。",
    "全年抽查产品共860批次，总体合格率93.6%；其中儿童用品抽查146批次，合格率89.7%。",
    "全县共有村（社区）200个，已有186个村（社区）建成综合文化服务中心，覆盖率达到93%。",
    # 12. last year's value in a bracket with a level verb, consistent
    "全年罚没收入达到5,172万元（上年同期达到4,630万元），同比增加11.7%。",
    "前三季度，全县社会消费品零售总额完成86.4亿元（上年同期达到79.2亿元），同比增长9.1%。",
    "全年办理不动产登记业务8,460件，增长12.5%（上年达到7,520件）。",
    "全年受理商标注册申请1,920件，增长14.3%（上年共计1,680件）。",
    # 13. a stock's flows with level verbs, consistent
    "年初，全县在册低保对象为6,240人。全年新纳入达到418人，因收入提高等原因退出652人，年末在册达到6,006人。",
    "年初，全区登记在册的残疾人为12,460人。全年新纳入共计530人，因迁出等原因退出210人，年末在册12,780人。",
    # 8. births and deaths
    "年内出生人口达到3.46万人，死亡人口达到3.91万人，人口自然减少0.45万人。",
    "全年出生人口共计6.12万人，死亡人口4.87万人，人口自然增长1.25万人。",
    "全年出生人口达4.38万人，死亡人口达3.02万人，人口自然增加1.36万人。",
    "全县出生人口为0.92万人，死亡人口为1.14万人，人口自然减少0.22万人。",
]

# (wrong statements that a level verb must not hide, the code expected)
FLAGGED = [
    # 3. a total of the same deed as the parts still sums them
    ("全年新收复议案件为412件，加上上年结转为38件，共需办理为460件。", "LG103"),
    ("全年新收仲裁案件达到506件，加上上年结转的28件，共需办理达到524件。", "LG103"),
    ("全年新收执行案件为1,204件，加上上年结转为85件，共需办理为1,299件。", "LG103"),
    # 4. parts with level verbs under a closing total they do not make
    ("市级层面审查规范性文件累计52件；区县层面审查合法性审核事项累计147件；乡镇层面审查村规民约等71件；共计280件。",
     "LG103"),
    ("一季度办理网上申请事项达到1,380件；二季度办理网上申请事项达到1,520件；三季度办理网上申请事项1,460件；合计4,460件。",
     "LG103"),
    ("第一片区完成危房改造任务为128户；第二片区完成危房改造任务为96户；第三片区完成危房改造任务为75户；共计309户。", "LG103"),
    ("中心城区新建公共停车泊位累计2,140个；外围城区新建公共停车泊位累计1,380个；合计3,620个。", "LG103"),
    # 6. the carried balance with level verbs
    ("上年结转诉讼案件为46件，今年新收为318件，审结为322件，年末未结为52件。", "LG103"),
    ("上年结转执行案件为85件，全年新收为1,204件，执结为1,226件，年底未结为73件。", "LG103"),
    # 7. what was done this time under the cumulative count after it
    ("今年整治隐患点80处，累计整治72处。", "LG103"),
    # 8. births and deaths
    ("年内出生人口达到3.46万人，死亡人口达到3.91万人，人口自然减少0.55万人。", "LG103"),
    ("全年出生人口共计6.12万人，死亡人口4.87万人，人口自然增长1.45万人。", "LG103"),
    ("全年出生人口达4.38万人，死亡人口达3.02万人，人口自然增加1.26万人。", "LG103"),
    ("全县出生人口为0.92万人，死亡人口为1.14万人，人口自然减少0.32万人。", "LG103"),
    # 9. the parts after 其中/包括, the first with a level verb, more than their whole
    ("全年发行地方政府债券为926亿元，其中一般债券为614亿元、专项债券412亿元。", "LG103"),
    ("年末全县共有村卫生室达到412个，其中公办达到298个、民办144个。", "LG103"),
    ("全年筹集公租房房源为2,460套，包括新建房源为1,780套、收购房源880套。", "LG103"),
    ("全年受理投诉举报达到2.4万件，其中投诉达到1.7万件、举报0.9万件。", "LG103"),
    # 10. the year's running total (全年/今年/年内…累计) is a level of the year: its parts and its change are checked
    ("全年累计受理信访事项4,120件，其中网上信访2,310件、来信来访1,910件。", "LG103"),
    ("今年累计办理法律援助案件1,860件，其中刑事案件720件、民事案件1,240件。", "LG103"),
    ("全年累计发放创业担保贷款8.6亿元，其中个人贷款5.2亿元、小微企业贷款3.9亿元。", "LG103"),
    ("年内累计开展安全生产检查3,460次，比上年增长12.0%，上年为3,300次。", "LG201"),
    # 11. a coverage rate after a part that has its own rate: flagged when the part's share is the rate's reading
    ("全县共有村（社区）200个，已有186个村（社区）建成综合文化服务中心，覆盖率达到83%。", "LG101"),
    # 12. last year's value in a bracket with a level verb before it
    ("全年罚没收入达到5,172万元（上年同期达到4,630万元），同比增加15.7%。", "LG201"),
    ("前三季度，全县社会消费品零售总额完成86.4亿元（上年同期达到79.2亿元），同比增长12.1%。", "LG201"),
    ("全年办理不动产登记业务8,460件，增长16.0%（上年达到7,520件）。", "LG201"),
    ("全年受理商标注册申请1,920件，增长21.5%（上年共计1,680件）。", "LG201"),
    # 13. a stock's opening, its flows with level verbs, and its closing
    ("年初，全县在册低保对象为6,240人。全年新纳入达到418人，因收入提高等原因退出652人，年末在册达到6,106人。", "LG103"),
    ("年初，全区登记在册的残疾人为12,460人。全年新纳入共计530人，因迁出等原因退出210人，年末在册12,880人。", "LG103"),
    # 5. a stock that rose by more than was added, last year's stock named as such
    ("全市养老床位达到3.98万张，新增0.56万张，上年末为3.32万张。", "LG103"),
]


@pytest.mark.parametrize("text", SILENT)
def test_consistent_with_level_verb_silent(text):
    assert _codes(text) == []


@pytest.mark.parametrize("text,code", FLAGGED)
def test_wrong_with_level_verb_flagged(text, code):
    assert code in _codes(text)


# near-misses the readings must leave alone (another base, a cumulative since some start, a target, a name)
NEAR_MISSES = [
    # a cumulative count since some start beside this year's additions and last year's level: no growth read
    "今年新增国家高新技术企业42家，累计达到318家，上年为276家。",
    "全年新建5G基站1,260个，累计建成8,940个，比上年增长15.4%。",
    # 达到 a target or standard, 为 inside 作为/成为/认定为
    "全年空气质量达到二级标准的天数为331天，达标率90.7%。",
    "全市有86家企业被认定为高新技术企业，其中12家成为省级专精特新企业。",
    "作为试点的18个街道中，已有15个完成改造。",
    # a task above what was done: a plan is no part of the cumulative
    "全年计划为新建幼儿园12所，累计建成9所。",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_silent(text):
    assert _codes(text) == []
