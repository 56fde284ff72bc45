"""Which parts of a whole exclude each other, and which lists of parts leave nothing out (part of the claims layer).

A report lists parts of a whole in two ways that look alike and mean different things:

* **kinds of one classification** (幼儿园/小学/初中; 警告/罚款/没收违法所得/责令停产停业; 市级/区级/镇级;
  市场监管领域/生态环境领域; 耕地地力保护补贴/农机购置补贴): every unit of the whole is of one kind only, so
  the parts cannot add up to more than the whole even when the list leaves kinds out;
* **attributes** (女性, 党员, 线上, 新增, 高新技术, 涉及…的, 当事人为企业的): a unit may have several, so parts may
  add up to more than the whole and say nothing wrong.

:func:`exclusive` tells the first from the second from the names alone and says why (the ``reason``: a graded
scale, decisions on a case, sibling names with one head, a classification head word such as 类/级/领域/系统, kinds of
administrative penalty, funds of one budget); :mod:`lintgov.claims.partition` says when a list leaves nothing out (the sides of a
split such as 城镇/乡村 listed here in :data:`SPLITS`, a negation pair 受理/不受理, consecutive years, a last part 其他,
a count of kinds announced), so its parts add up exactly.
Both work on the parts' names only (strings), in time linear in their length, and are used by the sum rules (LG103)
for 'not more than the whole' and 'equal to the whole' checks.  When in doubt they answer no: a list read as
attributes is never summed (the precision contract: a consistent reading keeps the rule silent).
"""
from __future__ import annotations

import functools
import re
from typing import Optional, Sequence

from lintgov import lazyre

__all__ = ["strip_level_verb", "exclusive", "head_kinds", "overlap_stated", "CROSS_CUTTING", "attribute_words", "states_of_one_action", "overlapping", "grades", "all_grades", "attribute", "one_scale", "siblings", "DECISION", "OVERLAPPING", "year_of", "SPLITS"]

#: level verbs closing a figure's name (受理纠纷为, 出生人口达到, 审查事项累计, 共计)
LEVEL_FILLERS_TAIL = lazyre.compile(r"(?:为|為|达到|達到|达|達|累计|累計|共计|共計|合计|合計|总计|總計)+$")


#: the same without 累计 (which may name another period than the year's: 新增…，累计… counts a stock since some start)
LEVEL_VERBS_TAIL = lazyre.compile(r"(?:为|為|达到|達到|达|達|共计|共計|合计|合計|总计|總計)+$")


def strip_level_verb(words: str, cumulative: bool = True) -> str:
    """``words`` (a figure's name before it) without the level verbs that close it (受理纠纷为 → 受理纠纷; 办理案件累计 →
    办理案件): the noun a count counts, or the deed a name says, is the same with or without them.  ``cumulative``
    False keeps a closing 累计 (a part's period may differ from its whole's by it)."""
    return (LEVEL_FILLERS_TAIL if cumulative else LEVEL_VERBS_TAIL).sub("", words)


#: decisions on a case that exclude each other (行政复议法 第六十三至六十九条, 行政诉讼法 第六十九至七十七条)
DECISION = lazyre.compile(r"维持|維持|驳回|駁回|撤销|撤銷|变更|變更|确认违法|確認違法|确认无效|確認無效|责令履行|責令履行|纠错|糾錯|"
                          r"终止|終止|调解|調解|和解|不予受理|撤回|撤诉|撤訴|"
                          # outcomes of a clean-up of regulations and normative documents (清理)
                          r"废止|廢止|宣布失效|保留|修改|修訂|修订|继续有效|繼續有效")
#: names of kinds that may overlap (an enterprise can be both 高新技术 and 专精特新; a person both 女性 and 党员)
OVERLAPPING = lazyre.compile(r"高新|专精特新|專精特新|小巨人|独角兽|獨角獸|瞪羚|科技型|创新型|創新型|龙头|龍頭|示范|示範|(?<!全国)重点|(?<!全國)重點|"
                             r"骨干|骨幹|标杆|標杆|品牌|驰名|馳名|老字号|老字號|星级|星級|绿色|綠色|智能|数字|數字|孵化|认定|認定|"
                             r"评为|評為|获评|獲評|荣获|榮獲|入选|入選|党员|黨員|女性|妇女|婦女|少数民族|少數民族|青年|新开工|新開工|"
                             r"在建|续建|續建|竣工|投产|投產|开工|開工|签约|簽約|落地|达产|達產|以上|以下|规模|規模|限额|限額|"
                             r"重大|疑难|疑難|复杂|複雜|群体性|群體性|突出|历史遗留|歷史遺留|敏感|"
                             # 当场受理 is a matter of timing, 网上受理 of channel: one application may be both
                             r"当场|當場|即时|即時")

#: graded scales and closed enumerations whose steps exclude each other (a person's highest degree, a school's
#: level, a rank, the level of government that holds something, the kind of a case)
SCALES = tuple(lazyre.compile(p) for p in (
    r"博士|硕士|碩士|研究生|本科|大专|大專|专科|專科|中专|中專|高中|初中|小学|小學|幼儿园|幼兒園|中职|中職|高职|高職|特殊教育|特殊学校|"
    r"特教|高等职业|高等職業|中等职业|中等職業|职业高中|職業高中|成人高|技工学校|技工學校|初级中学|初級中學|高级中学|高級中學|"
    r"完全中学|完全中學|九年一贯制|九年一貫制|十二年一贯制|十二年一貫制|职业中学|職業中學|职业学校|職業學校|"
    # 普通中学 holds 初中 and 高中, 高等学校 holds 高职: never summed with them (see _NESTED_STEPS)
    r"普通高中|普通初中|普通中学|普通中學|普通高等学校|普通高等學校|普通高校|工读学校|工讀學校|"
    # a secondary school named alone beside 小学/幼儿园 (中小学和幼儿园23所，其中中学5所、小学8所、幼儿园10所; 普通中学
    # and 初中 in one list are nested: _NESTED_STEPS)
    r"(?<![初高级級全业業通])中学|(?<![初高级級全业業通])中學",
    r"县市区|縣市區|县（市、区）|縣（市、區）|全国重点|全國重點|国家级|國家級|省级|省級|市级|市級|县级|縣級|区级|區級|乡镇级|鄉鎮級|镇级|鎮級|街道级|街道級|镇街级|鎮街級|"
    r"村级|村級|镇街|鎮街|各乡镇|各鄉鎮|乡镇|鄉鎮|街道|村居|市直|县直|縣直|区直|區直|市本级|市本級|各区县|各區縣|各县区|各縣區|"
    r"区县|區縣|县区|縣區|各区|各區|各县|各縣|村社区|村社區|社区|社區|"
    # the central government above them, and the two lowest levels named together (中央资金/省级资金/市县配套资金)
    r"中央|市县|市縣",
    r"正高|副高|(?<![正副])高级|(?<![正副])高級|中级|中級|初级|初級",
    r"财产险|財產險|寿险|壽險|健康险|健康險|意外伤害险|意外傷害險|意外险|意外險",
    r"刑事|民事|行政",                                           # kinds of cases (刑事案件、民事案件、行政案件)
    r"医师|醫師|护士|護士|药师|藥師|技师|技師",                      # kinds of health workers (one licence each)
    # kinds of market entities: they exclude each other, but 企业 + 个体工商户 leave 农民专业合作社 out
    r"(?<!个体)企业|(?<!個體)企業|个体工商户|個體工商戶|个体户|個體戶|农民专业合作社|農民專業合作社",
    r"[一二三四五六七八九]级|[一二三四五六七八九]級",
    r"[一二三四五六七八九]类|[一二三四五六七八九]類",
    r"[1-5]A级|[1-5]A級|[一二三四五]星",
    r"网上信访|網上信訪|来信|來信|来访|來訪|来电|來電",               # the channel a petition comes by (信访条例)
    # the kind of an act of administrative enforcement (行政执法 statistics of the three systems: 行政许可, 行政处罚,
    # 行政强制, 行政检查, 行政征收…): an act is counted under its own kind
    r"行政许可|行政許可|行政处罚|行政處罰|行政强制|行政強制|行政检查|行政檢查|行政征收|行政徵收|行政征用|行政徵用|"
    r"行政给付|行政給付|行政裁决|行政裁決|行政确认|行政確認|行政奖励|行政獎勵",
    # the stage a project of a year's plan is in when the plan is made: started this year or carried on (新建/续建,
    # 新开工/续建, 改扩建): one each — never 竣工/投产, which a continuing project may reach too
    r"新开工|新開工|新建|续建|續建|改扩建|改擴建|扩建|擴建|改建|预备|預備",
    # the towns of a county named by their kind alone (乡镇十二个，其中镇八个、乡四个; 建制镇/民族乡/街道)
    r"^(?:建制)?(?:镇|鎮)$|^(?:民族)?(?:乡|鄉)$|^街道(?:办事处|辦事處)?$",
    # where a case or a visitor comes from: inside the country or across its border (国内/涉外 仲裁案件, 国内/国际 航线)
    r"国内|國內|涉外|国际|國際|境外",
    # the kinds of 医疗卫生机构 in the health statistics (医院, 基层医疗卫生机构, 专业公共卫生机构)
    r"医院|醫院|基层医疗卫生机构|基層醫療衛生機構|专业公共卫生机构|專業公共衛生機構",
    # what a legislature or a clean-up does with one regulation (立法法: 制定, 修改, 废止): one act per draft counted
    r"(?<![拟擬])制定|修改|修订|修訂|废止|廢止|批准",
    # the administrative classes of roads (公路法 第六条; 农村公路 = 县道 + 乡道 + 村道, see _NESTED_STEPS): one class per
    # kilometre — never 国道 beside 高速公路 (a national expressway is counted under both in some statistics)
    r"高速公路|普通国省道|普通國省道|普通国道|普通國道|普通省道|农村公路|農村公路|专用公路|專用公路",
    # a stock before a date and what was added after it (存量违建/新增违建): one or the other
    r"^存量|^新增",
    # the sections of the industrial classification (GB/T 4754 门类; 工业 = 采矿业 + 制造业 + 供应业, see _NESTED_STEPS),
    # named by the distinctive tail a list split at 、 leaves (交通运输、仓储和邮政业 → 仓储和邮政业)
    r"农林牧渔业|農林牧漁業|采矿业|採礦業|制造业|製造業|(?<!以上)(?<!规上)(?<!規上)工业|(?<!以上)(?<!规上)(?<!規上)工業|供应业|供應業|"
    r"建筑业|建築業|批发和零售业|批發和零售業|批发零售业|批發零售業|邮政业|郵政業|住宿和餐饮业|住宿和餐飲業|住宿餐饮业|"
    r"信息技术服务业|信息技術服務業|金融业|金融業|房地产业|房地產業|商务服务业|商務服務業|科学研究和技术服务业|"
    r"科學研究和技術服務業|公共设施管理业|公共設施管理業|其他服务业|其他服務業|娱乐业|娛樂業|卫生和社会工作|衛生和社會工作",
    # where a legal-education event was held (法治宣传“进机关、进乡村、进社区、进学校、进企业、进单位”): one place each
    r"进机关|進機關|进乡村|進鄉村|进农村|進農村|进社区|進社區|进学校|進學校|进校园|進校園|进企业|進企業|进单位|進單位|"
    r"进家庭|進家庭|进军营|進軍營|进寺庙|進寺廟|进网络|進網絡",
    # the kinds of banking institution in the regulator's statistics (a bank or branch is of one kind)
    r"政策性银行|政策性銀行|(?:大型)?国有(?:大型)?商业银行|(?:大型)?國有(?:大型)?商業銀行|股份制商业银行|股份制商業銀行|"
    r"城市商业银行|城市商業銀行|农村商业银行|農村商業銀行|农村合作银行|農村合作銀行|农村信用社|農村信用社|村镇银行|村鎮銀行|"
    r"外资银行|外資銀行|邮政储蓄银行|郵政儲蓄銀行|农村中小金融机构|農村中小金融機構",
    # the three kinds of 社会组织 registered with the civil affairs offices (社会团体, 民办非企业单位 now 社会服务机构,
    # 基金会): an organisation is registered as one of them
    r"社会团体|社會團體|社会服务机构|社會服務機構|民办非企业单位|民辦非企業單位|基金会|基金會",
    # and of the institutions themselves (a 卫生院 is a 基层医疗卫生机构: the two lists are not mixed)
    r"(?<!卫生)医院|(?<!衛生)醫院|卫生院|衛生院|社区卫生服务中心|社區衛生服務中心|社区卫生服务站|村卫生室|村衛生室|诊所|診所|门诊部|門診部|"
    r"妇幼保健院|婦幼保健院|疾病预防控制中心|疾病預防控制中心|卫生监督所|衛生監督所",
))

#: steps of a scale that hold other steps of it (普通中学 = 初中 + 高中; 高等学校 includes 高职): a list naming both a
#: step and one it holds counts some units twice
_NESTED_STEPS = ((lazyre.compile(r"普通中学|普通中學|(?<![初高级級全业業])中学|(?<![初高级級全业業])中學"),
                  lazyre.compile(r"初中|高中|初级中学|初級中學|高级中学|高級中學|完全中学|完全中學")),
                 (lazyre.compile(r"(?:^|普通)(?:高等学校|高等學校|高校|高等院校)$"),
                  lazyre.compile(r"高职|高職|高等职业|高等職業")),
                 (lazyre.compile(r"(?<!以上)(?<!规上)(?<!規上)(?:工业|工業)"),
                  lazyre.compile(r"采矿业|採礦業|制造业|製造業|供应业|供應業")),
                 (lazyre.compile(r"农村公路|農村公路"), lazyre.compile(r"县道|縣道|乡道|鄉道|村道")),
                 (lazyre.compile(r"普通国省道|普通國省道"), lazyre.compile(r"普通国道|普通國道|普通省道")),
                 # 农村中小金融机构 = 农村商业银行 + 农村合作银行 + 农村信用社 + 村镇银行 (the regulator's grouping)
                 (lazyre.compile(r"农村中小金融机构|農村中小金融機構"),
                  lazyre.compile(r"农村商业银行|農村商業銀行|农村合作银行|農村合作銀行|农村信用社|農村信用社|村镇银行|村鎮銀行")))

#: kinds of administrative penalty (行政处罚法 第九条): one decision may impose two (罚款 with 没收, 警告 with 罚款),
#: so they exclude each other only in a breakdown by kind of three or more (see :func:`exclusive`)
PENALTY = lazyre.compile(r"通报批评|通報批評|警告|罚款|罰款|没收违法所得|沒收違法所得|没收非法财物|沒收非法財物|没收|沒收|"
                         r"暂扣许可证件|暫扣許可證件|暂扣|暫扣|降低资质等级|降低資質等級|吊销许可证件|吊銷許可證件|吊销|吊銷|"
                         r"限制开展生产经营活动|限制開展生產經營活動|责令停产停业|責令停產停業|责令关闭|責令關閉|限制从业|限制從業|"
                         r"行政拘留")

#: kinds that exclude each other by definition when every part names one of them
EXCLUSIVE = tuple(lazyre.compile(p) for p in (
    # a classification head: 文史类/理工类, 市场监管领域/生态环境领域, 公安系统/城管系统, 制造业/建筑业 行业
    r"(?:[类類型种種档檔]|领域|領域|系统|系統|行业|行業|条线|條線|板块|板塊|部门|部門)$",
    r"事故",                                                  # 工矿商贸事故、道路运输事故 (one category per accident)
    r"纠纷$|糾紛$|争议$|爭議$",                                 # 婚姻家庭纠纷、邻里纠纷、劳动争议 (one 案由 per dispute)
    r"主板|创业板|創業板|科创板|科創板|北交所|新三板|中小板",        # listing boards
))

#: classifications of one unit along different lines (ownership, grade, size): names from two of them may overlap
_DIMENSIONS = tuple(lazyre.compile(p) for p in (
    r"国有|國有|公立|公办|公辦|民营|民營|民办|民辦|私营|私營|集体|集體|外资|外資|合资|合資|股份制",
    r"三甲|三乙|二甲|二乙|[一二三]级(?:医院|醫院)|甲级|甲級|乙级|乙級",
    r"大型|中型|小型|微型",
    # a case's size (大案: the sum involved) and its rank (要案: the rank of the official), two classifications of one
    # case (大案要案)
    r"(?:特大|重大|大)(?:案|案件)",
    r"要案",
))
#: a facility named by its own noun (图书馆, 文化馆, 剧院, 体育场, 服务站): one facility is of one kind
_FACILITY = lazyre.compile(r"(?:馆|館|院|所|站|中心|室|场|場|厅|廳|园|園|校)$")
#: a department or field of administration named alone or with its head (公安, 市场监管部门, 城管系统, 生态环境局)
_DEPARTMENT = lazyre.compile(r"(公安|市场监管|市場監管|城管|城市管理|综合执法|綜合執法|生态环境|生態環境|交通运输|交通運輸|自然资源|自然資源|"
                             r"住建|住房城乡建设|住房和城乡建设|人社|人力资源社会保障|人力资源和社会保障|卫健|卫生健康|衛生健康|应急管理|應急管理|"
                             r"农业农村|農業農村|文化旅游|文旅|文化和旅游|税务|稅務|教育|水务|水務|水利|民政|司法行政|林业|林業|商务|商務|"
                             r"发展改革|发改|財政|财政|审计|審計|统计|統計|医保|医疗保障|醫療保障|消防)"
                             r"(?:部门|部門|系统|系統|局|领域|領域|方面|执法|執法|类|類)?")
#: sectors a project or an enterprise is classed in (one each; 基础设施 and 民生 are left out: they overlap the others)
_SECTOR = lazyre.compile(r"(工业|工業|农业|農業|交通|水利|能源|城建|市政|社会事业|社會事業|商贸|商貿|物流|房地产|房地產)"
                         r"(?:类|類)?(?:开发|開發)?(?:项目|項目|企业|企業|投资|投資)?")
#: what a sum of money is paid as: subsidies, grants, expenditure of a budget (a yuan is paid out of one of them);
#: not 资金/经费, which reports name by purpose (产业发展资金 may be part of 扶贫资金)
_FUND_HEAD = lazyre.compile(r"(?:补贴|補貼|补助|補助|支出|补偿|補償|奖补|獎補|救助金|津贴|津貼|奖励金|獎勵金)$")
#: words that make a fund name overlap others: an aggregate (民生资金 holds 教育资金), a purpose (用于…), the rest
_FUND_AGGREGATE = lazyre.compile(r"民生|刚性|剛性|三保|基本|重大|专项|專項|各类|各類|各项|各項|其他|其它|财政|財政|用于|用於|涉及|配套建设|总|總|合计|合計")

#: a name of a sum of several kinds (民生 spending holds education's; 三保 holds wages)
_AGGREGATE = lazyre.compile(r"民生|刚性|剛性|三保|各类|各類|各项|各項|合计|合計|总计|總計")

#: a shared opening that makes the names attributes, not kinds of one classification (涉黑/涉恶, 获评/获批)
ATTRIBUTE_PREFIX = lazyre.compile(r"涉|含|有|获|獲|被|新|其|非|未|已|不")

#: one-character heads that are verbs of a stage a case or project passes through (审结/办结, 受理/办理, 新建/改建)
_VERB_HEADS = frozenset("结結理办辦收建查报報批签簽立决決销銷诉訴评評议議访訪复復核")
#: a name that describes (a relative clause, 涉及…): an attribute a unit may share with another
_DESCRIBES = lazyre.compile(r"的$|涉及|涉|属于|屬於|具有|拥有|擁有")


def attribute(label: str) -> bool:
    """Whether a part's name reads as an attribute a unit may share with others (女性, 高新技术企业, 涉及…的)."""
    return bool(OVERLAPPING.search(label) or _DESCRIBES.search(label))


def overlapping(labels: Sequence[str]) -> Optional[str]:
    """Why the parts named by ``labels`` may overlap, whatever the list that holds them says (a short reason), or None:
    a name that reads as an attribute (党员, 女性, 亿元以上, 涉及…的), names from two classifications of one thing
    (三级医院 / 民营医院), a step beside a step it holds (普通中学 / 初中), or a name inside another.  A list of such
    names is never summed, not even in a bracket right after its whole (新录用公务员120人（其中党员80人、女性65人）)."""
    names = [x for x in labels if x]
    if any(attribute(x) for x in names):
        return "a name reads as an attribute a unit may share with others"
    if len({d for x in names for d, pat in enumerate(_DIMENSIONS) if pat.search(x)}) > 1:
        return "names from two classifications of one thing"
    if _nested_steps(names):
        return "a step beside a step it holds"
    if any(i != j and len(x) >= 2 and x in y for i, x in enumerate(names) for j, y in enumerate(names)):
        return "a name inside another"
    return None


#: a thing done by the time of the report (已办结, 已经整改, 已完成整治) and one still under way or not done (正在办理,
#: 仍在整改, 尚未整改, 待办)
_DONE = lazyre.compile(r"^(?:已经|已)(?![有经])([\u4e00-\u9fff]{1,6})$")
_UNDER_WAY = lazyre.compile(r"^(?:正在|尚在|仍在|还在|尚未|仍未|还未|未|待)([\u4e00-\u9fff]{1,6})$")


def states_of_one_action(labels: Sequence[str]) -> bool:
    """Whether the names are the states of one action at the time of the report: one done (已办结, 已整改) and the
    others still under way or not done (正在办理, 尚未整改) — a thing is in one state only (其中已办结420件，正在办理
    80件).  Never two states done (已整改/已销号: one thing may be both), never names with more than the verb."""
    if len(labels) < 2:
        return False
    done = [x for x in labels if _DONE.match(x)]
    rest = [x for x in labels if _UNDER_WAY.match(x)]
    return len(done) == 1 and len(rest) == len(labels) - 1 and not any(OVERLAPPING.search(x) for x in labels)


def inside_outside(labels: Sequence[str]) -> bool:
    """Whether two part names are one name with 内 in one where the other has 外, after the same place (站内救助 /
    站外救助, 园区内企业 / 园区外企业, 计划内 / 计划外): the two sides of one boundary, no unit on both."""
    if len(labels) != 2:
        return False
    a, b = labels
    i = a.find("内")
    if i <= 0 or len(a) != len(b) or a[:i] != b[:i] or b[i] != "外" or a[i + 1:] != b[i + 1:]:
        return False
    return "\u4e00" <= a[i - 1] <= "\u9fff"


def exclusive(labels: Sequence[str], money: bool = False, by_head: bool = True) -> Optional[str]:
    """Why the parts named by ``labels`` exclude each other (a short reason), or None when they may overlap.

    ``money``: the parts are sums of money (亿元, 万元), so that funds of one budget (耕地地力保护补贴, 农机购置补贴,
    中央补助资金, 地方配套资金) are kinds of it.  ``by_head``: whether names that share only a head (:func:`head_kinds`)
    count — not when the parts are counted in different measure words (200件 and 150份: another count, silent)."""
    if len(labels) < 2 or any(not x for x in labels) or len(set(labels)) != len(labels):
        return None
    if any(_AGGREGATE.search(x) for x in labels):
        return None       # 民生支出 holds 教育支出; 各类学校 holds 小学
    if _nested_steps(labels):
        return None       # 普通中学 holds 初中
    if len({d for x in labels for d, pat in enumerate(_DIMENSIONS) if pat.search(x)}) > 1:
        return None       # 三级医院 / 民营医院: two classifications of one hospital
    if _decisions_apart(labels):
        return "decisions on a case"
    if sectors_apart(labels):
        return "sectors of the economy (one sector per unit of output)"
    if taxes_apart(labels):
        return "taxes of the tax laws (one tax per payment)"
    if housing_kinds_apart(labels):
        return "kinds of subsidised housing (one kind per dwelling)"
    if audit_kinds_apart(labels):
        return "kinds of audit findings by their nature (one kind per amount)"
    if answers(labels):
        return "answers to one request: granted, partly granted or refused"
    if states_of_one_action(labels):
        return "done and still under way (one state per thing at the time of the report)"
    if grades(labels) is not None:
        return "grades of one evaluation (one grade per thing graded)"
    if one_scale(labels):
        return "steps of one scale"
    if inside_outside(labels):
        return "inside and outside one place (站内/站外, 市内/市外: one side per unit)"
    if siblings(labels):
        return "sibling names (one head, a modifier each)"
    if any(OVERLAPPING.search(x) for x in labels):
        return None
    for p in EXCLUSIVE:
        if all(p.search(x) for x in labels):
            heads = {p.search(x).group() for x in labels}
            mods = [x[:p.search(x).start()] for x in labels]
            if len(heads) == 1 and heads.pop().endswith(tuple("类類型种種档檔领領统統业業线線块塊门門")) \
                    and (any(not m for m in mods) or len(set(mods)) != len(mods)
                         or any(ATTRIBUTE_PREFIX.match(m) or _DESCRIBES.search(m) for m in mods)):
                return None       # 重点领域/领域: not one modifier each
            return "kinds named by one classification word"
    if all(re.search(r"[\u4e00-\u9fff]{2}或[\u4e00-\u9fff]{2}", x) for x in labels) \
            and not any(_DESCRIBES.search(x) or ATTRIBUTE_PREFIX.match(x) for x in labels):
        return "groups of kinds, each named by its alternatives (整体转让或员工持股 / 停业、关闭或破产)"
    if all(_DEPARTMENT.fullmatch(x) for x in labels) and len({_DEPARTMENT.fullmatch(x).group(1) for x in labels}) == len(labels):
        return "departments (a case is counted where it was handled)"
    if all(_SECTOR.fullmatch(x) for x in labels) and len({_SECTOR.fullmatch(x).group(1) for x in labels}) == len(labels):
        return "sectors of one classification of projects"
    if len(labels) >= 3 and all(len(x) <= 4 and _FACILITY.search(x) for x in labels) \
            and not any(ATTRIBUTE_PREFIX.match(x) or _DESCRIBES.search(x) for x in labels) \
            and all(x[-2:] != y[-2:] for i, x in enumerate(labels) for y in labels[i + 1:]):
        return "kinds of facility, each its own noun (图书馆/文化馆/博物馆/剧院)"
    if len(labels) >= 3 and _one_each(PENALTY, labels) and not any(_DESCRIBES.search(x) for x in labels):
        return "kinds of administrative penalty"
    if money and all(_FUND_HEAD.search(x) for x in labels):
        mods = [_FUND_HEAD.sub("", x) for x in labels]
        if all(len(m) >= 2 for m in mods) and len(set(mods)) == len(mods) \
                and not any(_FUND_AGGREGATE.search(m) or ATTRIBUTE_PREFIX.match(m) or _DESCRIBES.search(m)
                            or any(m != n and (m in n or n in m) for n in mods) for m in mods):
            return "funds of one budget"
    if by_head and head_kinds(labels):
        return "values of one classification (a modifier each on one head: 区政府文件/部门文件/街道文件)"
    return None


#: 纠错 (corrected) and the decisions it gathers (行政复议法 第六十四至六十七条)
_CORRECTING_ALL = frozenset(("纠错", "糾錯"))
_CORRECTING = frozenset(("撤销", "撤銷", "变更", "變更", "确认违法", "確認違法", "确认无效", "確認無效", "责令履行", "責令履行"))


def _decisions_apart(labels: Sequence[str]) -> bool:
    """Each name holds a decision on a case (:data:`DECISION`) and no decision word stands in two names: 维持/撤销/驳回
    are one each, while 同意调解的 / 调解成功 name one step (调解) twice — a chain of stages, each a subset of the one
    before, never parts to be added up."""
    seen = set()
    for x in labels:
        found = {m.group() for m in DECISION.finditer(x)}
        if not found or found & seen:
            return False
        seen |= found
    # (纠错 is the decisions that correct the act — 撤销, 变更, 确认违法, 确认无效, 责令履行 —: apart from 维持/驳回/终止, never
    # from those it gathers)
    return not (seen & _CORRECTING_ALL and seen & _CORRECTING)


#: words that make a modifier an attribute cutting across a classification (a firm may be both 500强 and 外资, a
#: measure both 领先 and 推广, a project both 标志性 and 百亿级): rank and listing, origin of capital, praise, a service
#: or an outcome a unit receives, the time of a change — a unit may have several
CROSS_CUTTING = lazyre.compile(r"年|月|季度|基础设施|基礎設施|民生|普惠|寄宿|网络|網絡|网上|網上|互联网|互聯網|跨|强|上市|外商|外资|外資|港资|港資|台资|台資|央企|国企|國企|优质|優質|标志性|標誌性|领先|領先|推广|推廣|"
                               r"复制|複製|享受|挂点|掛點|挂钩|掛鈎|通过|通過|获|獲|纳入|納入|列入|首批|首个|首個|精品|先进|先進|"
                               r"优秀|優秀|典型|试点|試點|特色|知名|头部|頭部|亿元|億元|万元|萬元|以上|以下|累计|累計|同比|"
                               r"当年|當年|本年|上年|去年|年度|成功|满意|滿意|达标|達標|合格")
#: heads that name an action or its outcome (办结, 受理, 整改, 成功): names sharing one are stages or manners of one
#: action (当场办结 / 限时办结), not kinds of a thing counted
_ACTION_HEAD = lazyre.compile(r"(?:办结|辦結|审结|審結|受理|办理|辦理|处理|處理|整改|完成|建成|开工|開工|竣工|改造|整治|调解|調解|"
                              r"成功|化解|答复|答覆|回复|回覆|办复|辦復|解决|解決|服务|服務|参加|參加|参与|參與|覆盖|覆蓋|"
                              r"投产|投產|落地|签约|簽約|新增|增加|减少|減少|增长|增長|下降)$")


#: heads that name money or effort by what it is for (资金, 经费, 补贴): purposes overlap (产业发展资金 may be part of
#: 扶贫资金), and benefits counted in recipients overlap too (a farmer receives several subsidies) — funds of one
#: budget are read for money only (:func:`exclusive`, ``money``)
_BY_PURPOSE = lazyre.compile(r"资金|資金|经费|經費|投入|补贴|補貼|补助|補助|救助|津贴|津貼|奖励|獎勵|奖补|獎補|支出|基金")
#: heads that name an amount of money or output (收入, 产值, 增加值, 投资, 余额…) or end with a copula: statistical
#: aggregates whose categories nest (税收收入 within 一般预算收入, 工业投资 beside 基础设施投资) — read by the funds and
#: sector readings of :func:`exclusive`, never by the head alone
_AMOUNT_HEAD = lazyre.compile(r"收入|产值|產值|增加值|投资|投資|总额|總額|总量|總量|余额|餘額|规模|規模|金额|金額|销售额|銷售額|"
                              r"营业额|營業額|利润|利潤|税|稅|费|費|[是为為达達有到]$")
#: groups of people and of firms or bodies: a person is at once 失业人员 and 就业困难人员, a firm at once 制造业企业 and 外贸
#: 企业 — their groups cut across each other unless a known scale or split names them (学段, 性别, 城乡, 所有制: read by
#: :func:`exclusive` before), so the head alone never makes them a partition
_MEMBERS = lazyre.compile(r"人员|人口|人才|人士|群众|居民|职工|干部|毕业生|畢業生|农民工|農民工|军人|軍人|学生|學生|儿童|兒童|老人|"
                          r"患者|对象|對象|家庭|企业|企業|公司|主体|主體|单位|單位|机构|機構|组织|組織|商户|商戶|个体|個體|"
                          # heads that count people by what they did or got (失业人员再就业 / 就业困难人员就业)
                          r"就业|就業|参保|參保|入学|入學|帮扶|幫扶|脱贫|脫貧|户$|戶$|者$|员$|員$")
#: a modifier naming a purpose or an addressee (用于农村, 面向基层, 针对企业): an attribute of what is counted
_PURPOSE = lazyre.compile(r"用于|用於|面向|针对|針對|对|對|为|為|给|給|向")


def head_kinds(labels: Sequence[str]) -> bool:
    """Whether the names read as values of one classification of the same thing: one head of two characters or more
    that every name ends with, and before it a modifier each — distinct, none inside another, none an attribute
    (区政府文件/部门文件/街道文件, 城市社区网格/农村网格/专属网格, 产业用地/居住潜力用地/民生设施用地).  A drafter who
    lists 其中A类a件、B类b件 under a total means a partition; parts that may overlap say so by their words, and such a
    list is never read as one: an attribute word (:data:`OVERLAPPING`, :data:`CROSS_CUTTING`: 女性, 重点, 500强, 上市,
    新增, 以上), an opening that describes (涉…, 新…, 非…, 的), a head naming an action (办结, 调解成功: stages or
    manners of one action), names from two classifications of one thing (三级医院 / 民营医院), the sides of two splits
    (过夜游客 / 省外游客), or a modifier longer than six characters (a clause, not a name)."""
    # (其中火力电站是七十六个，水电站是二十四个: the copula before each figure is no part of the name)
    labels = [re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:是|为|為)$", "", x) for x in labels]
    if len(labels) < 2 or any(not x for x in labels) or len(set(labels)) != len(labels):
        return False
    k = 0
    while k < min(len(x) for x in labels) and len({x[-1 - k] for x in labels}) == 1:
        k += 1
    head = labels[0][len(labels[0]) - k:] if k else ""
    if len(head) < 2 or not re.fullmatch(r"[\u4e00-\u9fff]+", head) or _ACTION_HEAD.search(head) \
            or OVERLAPPING.search(head) or CROSS_CUTTING.search(head) or _AGGREGATE.search(head) \
            or _BY_PURPOSE.search(head) or _AMOUNT_HEAD.search(head) or "的" in head:
        return False
    if _MEMBERS.search(head):
        return False
    mods = [x[:len(x) - k] for x in labels]
    if any(not m or len(m) > 6 or not re.fullmatch(r"[\u4e00-\u9fff]+", m) for m in mods):
        return False
    if any(i != j and (m in n or n in m) for i, m in enumerate(mods) for j, n in enumerate(mods)):
        return False
    if any(ATTRIBUTE_PREFIX.match(m) or _DESCRIBES.search(m) or OVERLAPPING.search(m) or CROSS_CUTTING.search(m)
           or _AGGREGATE.search(m) or _PURPOSE.match(m) or DECISION.search(m)
           or re.search(r"其他|其它|其余|其餘|等$", m) for m in mods):
        return False
    if len({d for x in labels for d, pat in enumerate(_DIMENSIONS) if pat.search(x)}) > 1 or _nested_steps(labels):
        return False
    splits = [{i for i, split in enumerate(_SPLIT_PATTERNS) if any(side.fullmatch(m) for side in split)} for m in mods]
    one_split = bool(set.intersection(*splits))
    # 跨部门/跨区域联合检查: a shared opening reads as one predicate with two objects (a check may cross both), unless
    # the modifiers are the sides of one known split (线上/线下)
    if not one_split and len({m[0] for m in mods}) == 1 and mods[0][0] != "第":
        return False
    # 公办学校 / 寄宿制学校, 城镇人口 / 流动人口: one modifier a value of a known classification of a unit (ownership,
    # grade, size, the side of a split) and another not of it — two lines of classification, a unit may be on both
    return not _another_line(mods) and not _two_lines(mods)


def _another_line(mods: Sequence[str]) -> bool:
    """Whether one modifier is the only value named of a known classification of a unit (an ownership of
    :data:`_DIMENSIONS`, one side of a :data:`SPLITS` split) and another modifier is not of it: 公办学校 / 寄宿制学校,
    城镇人口 / 外来务工人口 — two lines of classification, a unit may be on both (a migrant may live in a town).  Both sides
    of a split with a third kind (城市社区网格 / 农村网格 / 专属网格) are one line."""
    for pat in _DIMENSIONS:
        if sum(1 for m in mods if pat.search(m)) == 1 and len(mods) > 1:
            return True
    for split in _SPLIT_PATTERNS:
        sides = {j for m in mods for j, side in enumerate(split) if side.search(m)}
        named = sum(1 for m in mods if any(side.search(m) for side in split))
        if len(sides) == 1 and named < len(mods):
            return True
    return False


def overlap_stated(after: str, labels: Sequence[str]) -> bool:
    """Whether the words after a list name two of its parts together (线上培训120场，线下培训100场，部分培训线上线下同步开展:
    线上 and 线下 side by side, joined by nothing, 、, 和, 及, 与 or /): the text itself says a unit may be of both kinds."""
    if len(labels) < 2 or not after or any(not x for x in labels):
        return False
    k = 0
    while k < min(len(x) for x in labels) - 1 and len({x[-1 - k] for x in labels}) == 1:
        k += 1
    mods = [x[:len(x) - k] for x in labels]
    return any(i != j and re.search(re.escape(a) + r"[、和及与與/]?" + re.escape(b), after)
               for i, a in enumerate(mods) for j, b in enumerate(mods))


#: the scale of the stages of a project in a year's plan (新建/续建): its steps are words OVERLAPPING holds (续建,
#: 新开工 beside 竣工/投产), read as kinds only when each name holds one step of it
_PROJECT_STAGES = SCALES[next(i for i, p in enumerate(SCALES) if "续建" in p.pattern)]


def attribute_words(labels: Sequence[str]) -> bool:
    """Whether a name holds a word of :data:`OVERLAPPING` (高新, 女性, 重点, 竣工…) that is no step of the scale the names
    are the steps of (新建项目/续建项目: 续建 is a step of the stages of a planned project; 续建项目/竣工项目 are not one
    scale, a continuing project may be finished within the year)."""
    if len(labels) >= 2 and one_scale(labels) and all(_PROJECT_STAGES.search(x) for x in labels):
        return any(OVERLAPPING.search(_PROJECT_STAGES.sub("", x)) for x in labels)
    return any(OVERLAPPING.search(x) for x in labels)


def _one_each(pat, labels: Sequence[str]) -> bool:
    """Each label names exactly one member of ``pat``'s enumeration, and no member twice."""
    found = []
    for lab in labels:
        ms = {m.group() for m in pat.finditer(lab)}
        if len(ms) != 1:
            return False
        found.append(ms.pop())
    return len(set(found)) == len(found)


#: the words that grant, partly grant or refuse what a request asks (予以公开 / 部分公开 / 不予公开, 依法受理 / 不予受理)
_GRANT = lazyre.compile(r"^(?:予以|依法|准予|同意|部分|不予|不同意|不准予)?(?=[\u4e00-\u9fff]{2}$)")
_REFUSE = ("不予", "不同意", "不准予")


def _grant_or_refuse(labels: Sequence[str]) -> bool:
    """Whether the names are the answers to one request, one each (予以公开/部分公开/不予公开, 依法受理/不予受理,
    受理/不予受理, 准予许可/不予许可): one verb of two characters, alone or after a word that grants, partly grants or
    refuses it, the refusal
    among them — each request gets one answer (政府信息公开条例 第三十六条; 行政复议法 第三十条)."""
    ms = [_GRANT.match(x) for x in labels]
    if len(labels) < 2 or any(m is None for m in ms) or len({x[-2:] for x in labels}) != 1:
        return False
    words = [m.group() for m in ms]
    return len(set(words)) == len(words) and any(w in _REFUSE for w in words)


#: the three sectors of the economy (国民经济行业分类 GB/T 4754 grouped by 三次产业划分规定) and the names of each, or of an
#: industry wholly inside one: a name of each of two or three sectors names kinds that exclude each other (工业 / 第三产业;
#: 第二产业 / 第三产业; 农业 / 工业 / 服务业) — never two names of one sector (工业 / 制造业: one holds the other)
_SECTORS = tuple(lazyre.compile(p) for p in (
    r"^(?:第一产业|一产|农业|农林牧渔业)$",
    r"^(?:第二产业|二产|工业|建筑业)$",
    r"^(?:第三产业|三产|服务业)$",
))


#: the taxes of China's tax laws (税种), each its own: one payment is of one tax (营业税 until 2016; 城建税 the short form);
#: 国内 and 进口环节 VAT are collected apart.  所得税 alone is the group of two and names no one tax.
_TAX = lazyre.compile(r"(?:国内|國內|进口环节|進口環節)?(?:增值税|增值稅|消费税|消費稅|企业所得税|企業所得稅|个人所得税|個人所得稅|资源税|資源稅|"
                      r"城市维护建设税|城市維護建設稅|城建税|城建稅|房产税|房產稅|城镇土地使用税|城鎮土地使用稅|土地增值税|土地增值稅|车船税|"
                      r"車船稅|船舶吨税|船舶噸稅|印花税|印花稅|契税|契稅|耕地占用税|耕地佔用稅|烟叶税|菸葉稅|煙葉稅|关税|關稅|环境保护税|"
                      r"環境保護稅|营业税|營業稅)(?:收入)?")


def taxes_apart(labels: Sequence[str]) -> bool:
    """Whether each name is one tax of the tax laws (:data:`_TAX`: 增值税, 企业所得税, 个人所得税…), no tax twice —
    parts of tax revenue that exclude each other by law (国内增值税 and 进口环节增值税 are collected apart)."""
    if len(labels) < 2:
        return False
    ms = [_TAX.fullmatch(x) for x in labels]
    return None not in ms and len({m.group() for m in ms}) == len(ms)


#: the kinds of government-subsidised housing, one kind per dwelling (公共租赁住房, 保障性租赁住房, 共有产权住房…): the
#: forms the housing security system sets apart by who may hold it and on what terms
_HOUSING_KINDS = (
    lazyre.compile(r"(?:公共租赁住房|公租房)(?:房源)?"),
    lazyre.compile(r"廉租(?:住)?房(?:房源)?"),
    lazyre.compile(r"保障性租赁住房(?:房源)?|保租房(?:房源)?"),
    lazyre.compile(r"共有产权(?:住)?房(?:房源)?"),
    lazyre.compile(r"经济适用(?:住)?房(?:房源)?|经适房"),
    lazyre.compile(r"(?:限价商品|限价)(?:住)?房(?:房源)?"),
    lazyre.compile(r"(?:配售型保障性住房|配售型保障房)(?:房源)?"),
)


#: the kinds of the problems an audit finds, by their nature (审计查出问题金额 is made of them): one kind per amount
_AUDIT_KINDS = (
    lazyre.compile(r"(?:违规|違規|违纪违规|违法违规|違法違規)(?:问题|問題)?(?:金额|金額|资金|資金)"),
    lazyre.compile(r"管理不规范(?:问题|問題)?(?:金额|金額|资金|資金)|管理不規範(?:问题|問題)?(?:金额|金額|资金|資金)"),
    lazyre.compile(r"损失浪费(?:问题|問題)?(?:金额|金額|资金|資金)|損失浪費(?:问题|問題)?(?:金额|金額|资金|資金)"),
)


def housing_kinds_apart(labels: Sequence[str]) -> bool:
    """Whether each name is a different kind of subsidised housing (:data:`_HOUSING_KINDS`), the whole name and
    nothing more (新开工公租房 is read by its label: 公租房) — no dwelling is of two kinds."""
    hits = [next((i for i, p in enumerate(_HOUSING_KINDS) if p.fullmatch(x)), None) for x in labels]
    return len(labels) >= 2 and None not in hits and len(set(hits)) == len(hits)


def audit_kinds_apart(labels: Sequence[str]) -> bool:
    """Whether each name is a different kind of audit finding by its nature (:data:`_AUDIT_KINDS`: 违规问题金额,
    管理不规范问题金额, 损失浪费问题金额) — the audit office counts each amount found under one of them."""
    hits = [next((i for i, p in enumerate(_AUDIT_KINDS) if p.fullmatch(x)), None) for x in labels]
    return len(labels) >= 2 and None not in hits and len(set(hits)) == len(hits)


def sectors_apart(labels: Sequence[str]) -> bool:
    """Whether each name names a different sector of the economy (:data:`_SECTORS`), the value added (增加值) or
    output words after it left out."""
    names = [re.sub(r"(?:增加值|产值|產值)$", "", x) for x in labels]
    hits = [next((i for i, p in enumerate(_SECTORS) if p.match(x)), None) for x in names]
    return len(labels) >= 2 and None not in hits and len(set(hits)) == len(hits)


def _refused_beside(labels: Sequence[str]) -> bool:
    """Two names, one refusing what the other names done (不予受理 / 受理后审结): they exclude each other, yet they need
    not make up the whole (:func:`complete`: what was sent on or withdrawn is neither)."""
    if len(labels) != 2:
        return False
    for x, y in (labels, labels[::-1]):
        neg = NEGATED.search(x)
        if neg and neg.group(0) == "不予" + neg.group(1) and neg.group(1) in y and not NEGATED.search(y):
            return True
    return False


def answers(labels: Sequence[str]) -> bool:
    """Whether the names are answers to one request that exclude each other (:func:`_grant_or_refuse`,
    :func:`_refused_beside`): together not more than the requests, yet not all of them (:func:`complete`)."""
    return _grant_or_refuse(labels) or _refused_beside(labels)


def siblings(labels: Sequence[str]) -> bool:
    """Names of one classification: the same head and a modifier of the same length that differs in each
    (县道/乡道/村道, 一审案件/二审案件, 国有企业/民营企业/外资企业, 大型/中型/小型企业, 第一/第二/第三产业,
    当面申请/网上申请/信函申请).  A shared opening other than 第 (涉黑案件/涉恶案件) or modifiers of different
    lengths (高新技术企业/科技型中小企业) read as attributes that may overlap: not siblings."""
    if len(labels) < 2 or any(not x for x in labels):
        return False
    first = labels[0]
    cs = 0
    while cs < min(len(x) for x in labels) and all(x[-1 - cs] == first[-1 - cs] for x in labels):
        cs += 1
    cp = 0
    while cp < min(len(x) for x in labels) - cs and all(x[cp] == first[cp] for x in labels):
        cp += 1
    if cs < 1 or (cp and first[:cp] != "第" and (cp == 1 or ATTRIBUTE_PREFIX.match(first[:cp]))):
        return False
    # 当事人为企业的 / 当事人为个人的: a relative clause (…的) or a predicate (为, 是, 属于) describes an attribute,
    # and a case may have both — not kinds of one classification
    if first[len(first) - cs] == "的" or re.search(r"(?:为|為|是|属于|屬於|涉及|具有|拥有|擁有)$", first[:cp]):
        return False
    mods = [x[cp:len(x) - cs] for x in labels]
    if any(not m or len(m) > 4 or len(m) != len(mods[0]) for m in mods) or len(set(mods)) != len(mods):
        return False
    if _two_lines(mods):
        return False      # 过夜游客/省外游客: sides of two splits (stay, origin), a visitor may be both
    # a one-character head must be a noun of things counted (县道/乡道, 一审/二审), not a verb of a stage (审结/办结,
    # 受理/办理: stages one case passes through)
    if cs == 1 and (first[-1] in _VERB_HEADS or len(mods[0]) > 1):
        return False      # one shared character is a head only in two-character names (县道/乡道; not 人工造林/封山育林)
    # (2023年部门文件 beside 市政府文件: a modifier opened by a year whose digits were read away names another period)
    return not any(ATTRIBUTE_PREFIX.match(m) or OVERLAPPING.search(m) or re.match(r"年|月", m) for m in mods)


def _two_lines(mods: Sequence[str]) -> bool:
    """Whether each modifier is a side of a known split (:data:`SPLITS`, 过夜/一日游, 省内/省外) and no one split holds
    them all: the names classify along two lines (过夜游客 and 省外游客), so a unit may have both."""
    hits = [{k for k, split in enumerate(_SPLIT_PATTERNS) if any(side.fullmatch(m) for side in split)} for m in mods]
    return all(hits) and not set.intersection(*hits)


def _nested_steps(labels: Sequence[str]) -> bool:
    """Whether one name is a step that holds another step named in the list (普通中学 and 初中)."""
    return any(any(outer.search(x) for x in labels) and any(inner.search(x) for x in labels)
               for outer, inner in _NESTED_STEPS)


def sibling_of_whole(whole: str, part: str) -> bool:
    """Whether a figure named ``part`` after a whole named ``whole`` is the whole's sibling, a step of its own scale
    (三级医院 → 二级医院; 省级示范校 → 市级示范校), not one of its parts: the two names are steps of one scale and neither
    holds the other."""
    whole = re.sub(r"^(?:全市|全省|全县|全区|共有|共|现有|有)+", "", re.sub(r"[^\u4e00-\u9fff]", "", whole))
    part = re.sub(r"^(?:其中|另有|另)", "", re.sub(r"[^\u4e00-\u9fff]", "", part))
    if len(whole) < 2 or len(part) < 2 or whole in part or part in whole:
        return False
    return one_scale([whole, part])


def one_scale(labels: Sequence[str]) -> bool:
    """Each label names steps of the same graded scale, no step in two labels (乡镇（街道）卫生院 names 乡镇 and
    街道, one group of steps; 县直单位 another), and no step that holds another named (普通中学 with 初中)."""
    if _nested_steps(labels):
        return False
    for pat in SCALES:
        seen = set()
        for lab in labels:
            found = {m.group() for m in pat.finditer(lab)}
            if not found or found & seen or len(found) > 2:
                break
            seen |= found
        else:
            return True
    return False


def year_of(label: str) -> Optional[int]:
    m = re.search(r"((?:19|20)\d{2})年", label)
    return int(m.group(1)) if m else None


#: the sides of a split that leaves nothing out (each tuple: the alternatives for one side)
SPLITS = (
    (r"城镇|城市", r"乡村|农村"), (r"男", r"女"), (r"(?<!进)出口", r"进口"), (r"中央", r"地方"), (r"正职", r"副职"),
    (r"预期性", r"约束性"), (r"主持", r"参与"), (r"公办", r"民办"), (r"内资", r"外资"), (r"境内", r"境外"),
    (r"省内", r"省外"), (r"线上", r"线下"), (r"(?<!非)全日制", r"非全日制"), (r"职工", r"居民"),
    (r"(?<!非)国有", r"非国有"), (r"(?<!非)户籍", r"非户籍"), (r"上半年", r"下半年"),
    (r"外出", r"本地"), (r"过夜|過夜", r"一日游|一日遊"), (r"邮政", r"电信"), (r"财产险|财险", r"人身险"),
    (r"(?<!专业)总承包", r"专业承包"), (r"短期", r"中长期"), (r"活期", r"定期"),
    (r"县(?!以下)|縣(?!以下)", r"县以下|縣以下"), (r"政府投资|政府投資|财政投资|財政投資", r"社会投资|社會投資"),
    (r"商品零售", r"餐饮|餐飲"),
    # what stood before a date and what was added after it (存量违建/新增违建 pulled down; 存量/新增 隐患)
    (r"存量", r"新增"),
    # visitors: 国内游客 and 入境游客 (海外游客) make up 接待游客 in the tourism statistics
    (r"国内|國內", r"入境|海外"),
    (r"(?:第)?一季度", r"(?:第)?二季度", r"(?:第)?三季度", r"(?:第)?四季度"),
    (r"猪肉", r"牛肉", r"羊肉", r"禽肉"),
    # the market entities of the registration statistics (市场主体登记管理条例 第二条): 企业, 个体工商户, 农民专业合作社 (企业
    # alone: 小微企业贷款 beside 个人贷款 is a loan's borrower, no market entity — a modified 企业 is no side of this split)
    (r"(?<![\u4e00-\u9fff])(?:企业|企業)", r"个体工商户|個體工商戶|个体户|個體戶", r"农民专业合作社|農民專業合作社|农民合作社|農民合作社"),
    # the medals of a games: every medal is gold, silver or bronze
    (r"金牌|金奖|金獎", r"银牌|銀牌|银奖|銀獎", r"铜牌|銅牌|铜奖|銅獎"),
    (r"主板", r"创业板|創業板", r"科创板|科創板", r"北交所|北京证券交易所"),
    (r"财产险|財產險", r"寿险|壽險", r"健康险|健康險", r"意外"),
    (r"第一产业|一产", r"第二产业|二产", r"第三产业|三产"),
    # an application for review that is not accepted is refused (不予受理), sent on (转送) or the applicant told where
    # to apply (告知): 行政复议法 (2017) 第十七、十八条
    (r"转送|轉送", r"不予受理", r"告知"),
    # a year's case load: the cases received this year and those carried over from the year before (新收/旧存)
    (r"新收|新受理|本年受理|当年受理|當年受理", r"(?:上年|上一年|去年|往年|以前年度)(?:度)?结转|(?:上年|上一年|去年|往年|以前年度)(?:度)?結轉|旧存|舊存"),
)
#: the sides of each split compiled once (re's module functions looked each side up in re's cache at every call, and
#: compiled it again once other patterns had pushed it out: the splits are tried on every pair of part names)
_SPLIT_PATTERNS = tuple(tuple(lazyre.compile(side) for side in split) for split in SPLITS)
#: 不受理12宗…，受理91宗: a part and its negation
NEGATED = lazyre.compile(r"(?:不予|不|未|非|没有)([\u4e00-\u9fff]{2})")


#: the grades of an evaluation (案卷评查, 考核, 考评, 评议): one grade per thing graded.  Each scale is written as
#: its grades from the best to the worst; a list naming every grade of one scale grades every thing evaluated
GRADE = lazyre.compile(r"基本合格|不合格|(?<!不)(?<!基本)合格|基本称职|基本稱職|不称职|不稱職|(?<!不)(?<!基本)称职|"
                       r"(?<!不)(?<!基本)稱職|优秀|優秀|良好|较好|較好|一般|较差|較差|不及格|(?<!不)及格")
_GRADE_SCALES = (
    ("优秀", "良好", "合格", "不合格"), ("优秀", "良好", "合格", "基本合格", "不合格"), ("优秀", "良好", "一般", "较差"),
    ("优秀", "合格", "基本合格", "不合格"), ("优秀", "称职", "基本称职", "不称职"), ("优秀", "合格", "不合格"),
    ("优秀", "良好", "及格", "不及格"), ("优秀", "较好", "一般", "较差"),
)
#: words that make a grade's name hold more than one grade (合格及以上, 良好以上) or name another figure
_GRADE_SPAN = lazyre.compile(r"以上|以下|及|或|率|比例|占")


def grades(labels: Sequence[str]) -> Optional[tuple]:
    """The grades the labels name, one each, in the labels' order — or None when a label names no grade, more than
    one, or a span of grades (合格及以上的, 良好以上).  优秀 and 称职 are read in the simplified form."""
    out = []
    for lab in labels:
        found = [m.group() for m in GRADE.finditer(lab)]
        if len(found) != 1 or _GRADE_SPAN.search(lab):
            return None
        out.append(found[0].replace("優秀", "优秀").replace("稱職", "称职").replace("較", "较"))
    return tuple(out) if len(set(out)) == len(out) else None


def all_grades(labels: Sequence[str]) -> bool:
    """Whether the labels name every grade of one evaluation scale (优秀/良好/合格/不合格, 优秀/称职/基本称职/不称职…),
    one each and in any order: the things graded are all counted, so the counts add up to the number evaluated."""
    g = grades(labels)
    return g is not None and any(len(sc) == len(g) and set(sc) == set(g) for sc in _GRADE_SCALES)


# whether a list leaves nothing out (complete, classifications and counts of kinds announced) is read by
# lintgov.claims.partition, from the splits above and the grades


# -- stages: what an action over things finds or finishes is among those things -------------------------------------
#: (earlier action, later action on the same things): 排查建筑4589栋，发现隐患4015栋 — the buildings found with a
#: hazard are among those inspected; 实施项目2758个、完工2746个.  Not 发现 → 整改 (已整改的企业 may include those found
#: the year before: tests/test_sums_kinds.py),
#: nor 开工/建设 → 竣工 (开工建设保障房1210套，竣工5477套: what is finished this year may have started before), not 受理 →
#: 办结 (a backlog is closed too).
STAGES = tuple((lazyre.compile(a), lazyre.compile(b)) for a, b in (
    (r"排查|檢查|检查|巡查|抽查|抽检|抽檢|核查|摸排|普查|筛查|篩查", r"^(?:发现|發現|查出|检出|檢出)"),
    # what is put right or sealed on the spot was found by that inspection (排查隐患11803处、现场整改9553处; 排查各类
    # 单位2.3万家，查封500多家): never 整改 alone (what is put right may have been found the year before)
    (r"排查|檢查|检查|巡查|抽查|核查|摸排|普查", r"^(?:(?:现场|現場|当场|當場|立即)(?:整改|整治|处置|處置|纠正|糾正|消除|处理|處理)|查封|封停)"),
    # what is treated by category is what the inspection classified (排查房屋15.8万栋，分类治理1.98万栋), and what is put
    # on a works plan is among what was inspected (累计排查危险边坡373处，列入整治计划126处) — never 整治/整改 alone
    (r"排查|檢查|检查|巡查|核查|摸排|普查", r"^(?:分类治理|分类整治|分类处置|分类整改|分類治理|分類整治|分類處置|分類整改)"),
    (r"排查|檢查|检查|巡查|核查|摸排|普查", "^(?:" + "|".join(v + w + "计划" for v in ("列入", "纳入", "納入")
                                                                for w in ("整治", "治理", "整改", "改造", "处置")) + ")"),
    # the later stages of the projects on a plan, counted against all the plan holds (累计列入更新计划项目84个，在建项目
    # 24个 / 列入整治计划126处，完成整治55处) — never a plan's new entries of the year (新列入单元计划3个，在建项目6个:
    # what is under way may have entered the plan in an earlier year)
    (r"^(?!.*(?:新列入|新纳入|新納入|年内|年內|当年|當年|今年|全年|本年|新增))(?:.*(?:列入|纳入|納入)[\u4e00-\u9fff]{0,8}?(?:计划|計劃))",
     r"^(?:在建|开工|開工|动工|動工|建成|竣工|完工|完成)"),
    # the year's construction programme and its new starts (安排建设保障性住房6万套，新开工3万套): never its completions
    (r"(?:安排|计划|計劃)(?:建设|建設)", r"^新开工|^新開工"),
    # (实施民生实事项目30项，已完成28项: 完成 of the things carried out; never 累计完成, which may count earlier years)
    (r"^(?!.*(?:开工|開工|新建|筹集|籌集|启动|啟動))(?:.*(?:实施|實施|推进|推進))", r"^(?:完工|竣工|建成|完成)"),
    # what is finished in the year was being built in it (加快建设科学大道东段等33条道路，建成通车15条) — only the bare
    # verb of finishing, no other thing named after it (加快建设白龙港污水厂扩建三期，建成竹园污水厂四期: another works)
    (r"^(?!.*(?:开工|開工|新建|筹集|籌集|启动|啟動))(?:.*(?:加快|加紧|加緊|全力)(?:建设|建設))",
     r"^(?:完工|竣工|建成)(?:通车|通車|投用|投运|投運|投入使用|开放|開放)?$"),
    (r"涉及|应诉|應訴|应出庭|應出庭", r"^(?:行政机关)?(?:负责人)?出庭"),
    # what a review of rules, powers or documents cuts, repeals or merges is among what it reviewed (清理行政职权4011项，
    # 共取消职权22项; 清理规范性文件242件，宣布失效（废止）196件)
    (r"清理|梳理|審查|审查|評估|评估", r"^(?:取消|废止|廢止|宣布失效|宣布废止|失效|并入|併入|合并|合併|撤销|撤銷|下放|精简|精簡|"
                                   r"调整|調整|修改|修订|修訂)"),
    # the outcome of tests is among the things tested (开展公共卫生监测7326间次，合格6706间次; 抽检食品2.1万批次，不合格
    # 312批次): each test passes or fails
    (r"监测|監測|检测|檢測|抽检|抽檢|检验|檢驗|抽查|抽样|抽樣", r"^(?:合格|不合格|达标|達標|未达标|未達標)"),
    # what an inspection closed down (排查企业2.3万家，关停取缔653家; like 查封 above)
    (r"排查|檢查|检查|巡查|核查|摸排|普查", r"^(?:关停|關停|取缔|取締|搬迁取缔|搬遷取締|停产整顿|停產整頓)"),
    # the rules a review issued (审查规范性文件28件，正式印发11件: issued after the review, said as such)
    (r"審查|审查|审核|審核", r"^(?:正式印发|正式印發|正式发布|正式發布|正式出台|正式出臺)"),
    # the projects a negotiation brought to terms (洽谈项目171个，成功对接74个 / 签约52个)
    (r"洽谈|洽談", r"^(?:成功|已)?(?:对接|對接|签约|簽約|落地)"),
))
#: the things of the clause before, done since, in one word with no object of their own (发现隐患4015栋，已整治1596栋 /
#: 排查校园安全隐患4200宗，已整改3920宗 / 收集意见建议1135条，已落实解决1109条): 已 makes the count the state of those
#: things — never a count of a deed of the year (全年排查隐患1.2万处，整改1.5万处: what is put right may have been found
#: the year before), nor of cases received (受理/收到: a backlog is closed too), nor with the things named again
#: (发现问题企业320家，已整改企业500家: 企业 may be any firm checked)
_FOUND_FIRST = lazyre.compile(r"排查|檢查|检查|巡查|核查|摸排|普查|筛查|篩查|发现|發現|查出|收集|征集|徵集")
_DONE_SINCE = lazyre.compile(r"^(?:已经|已經|已)(?:全部|基本)?(?:整改|整治|落实|落實|解决|解決|化解|处置|處置|消除|销号|銷號|采纳|採納|吸纳|吸納)"
                             r"(?:落实|落實|解决|解決|到位|完成|完毕|完畢)?$")


#: a necessary condition for :func:`later_stage`: a text whose Han characters hold ``second`` holds one of the later
#: stages' words, whatever non-Han characters stand between its two characters (a literal prefilter per sentence;
#: a later stage added to STAGES adds its words here: tests/test_speed_paths.py checks it)
LATER_STAGE_WORDS = lazyre.compile("|".join("[^\u4e00-\u9fff]*".join(w) for w in (
    "发现", "發現", "查出", "检出", "檢出", "完工", "竣工", "建成", "完成", "出庭", "查封",
    "取消", "废止", "廢止", "失效", "并入", "併入", "合并", "合併", "撤销", "撤銷", "下放", "精简", "精簡",
    "封停", "分类", "分類", "列入", "纳入", "納入", "在建", "开工", "開工", "动工", "動工", "新开工", "新開工",
    "调整", "調整", "修改", "修订", "修訂",
    "合格", "达标", "達標", "关停", "關停", "取缔", "取締", "停产", "停產", "印发", "印發", "发布", "發布", "出台", "出臺",
    "对接", "對接", "签约", "簽約", "落地", "整改", "整治", "落实", "落實", "解决", "解決", "化解", "处置", "處置", "消除",
    "销号", "銷號", "采纳", "採納", "吸纳", "吸納",
    *(a + b for a in ("现场", "現場", "当场", "當場", "立即") for b in ("整改", "整治", "处置", "處置", "纠正", "糾正", "消除", "处理", "處理")))))


#: a cumulative plan or list at the root of a chain of stages (累计列入更新计划项目84个，开工45个、建成33个): every count
#: after it is of its things to date
_CUMULATIVE_PLAN = lazyre.compile(r"(?:累计|累計)[\u4e00-\u9fff]{0,4}?(?:列入|纳入|納入)[\u4e00-\u9fff]{0,8}?(?:计划|計劃)")


def cumulative_plan(first: str) -> bool:
    """Whether the words before a count (``first``) name the things a plan holds to date (累计列入更新计划项目): the
    counts of stages after it are counts to date of the same things."""
    return _CUMULATIVE_PLAN.search(first) is not None


#: a list of work begun (启动13家环境提升项目 / 启动剩余984个台区改造): the words before its count name the start
_BEGUN_BEFORE = lazyre.compile(r"启动|啟動")
#: …or the count first and the start after it, closing its clause (43个项目全面动工 / 17个地块全面开工)
_BEGUN_AFTER = lazyre.compile(r"(?:全面|集中|同步|陆续|陸續)?(?:动工|動工|开工|開工|启动|啟動)(?:建设|建設)?$")
#: how many of them are to be finished in the year or the plan, the bare verb only (力争完成8家 / 年内再完成190个 / 年内
#: 完工20个): never new starts' completions (新开工412套，力争竣工1005套: finished homes may have begun in earlier years)
_DONE_WITHIN = lazyre.compile(r"(?:力争|争取|爭取|确保|確保)?(?:年内|年內|当年|當年|今年)?(?:再|还将|還將|将|將)?(?:完成|完工|竣工|建成)")


#: the plan's or the year's word that makes the finished ones those begun (力争完成 / 年内完工; never a bare 将完成)
_WITHIN_PLAN = lazyre.compile(r"力争|争取|爭取|确保|確保|年内|年內|当年|當年|今年")


def later_stage(first: str, second: str, to_date: bool = False, after_first: str = "", closes: bool = False) -> bool:
    """Whether the clause ``second`` (its words before its figure, 已/共/累计 left out) names a later stage of the action
    named in ``first`` over the same things (发现 after 排查, 整治 after 发现, 完工 after 实施): its count is among the
    first's.  ``to_date``: both count a cumulative plan's things to date (:func:`cumulative_plan` at the root of their
    chain), so what is finished was started (开工45个、建成33个) — never in a year's flows, where what is finished may
    have started in an earlier year (开工1.7万套、竣工2.21万套), nor 在建 (under way now: none of it finished).
    ``closes``: the second count closes its clause (nothing named after it); ``after_first``: the words between the first
    count and its clause's end.  Then a list of work begun (启动13家环境提升项目 / 43个项目全面动工) and how many of it are
    to be finished, in the plan's words (力争完成8家 / 年内再完成190个 / 年内完工20个), are stages of one list."""
    if re.match(r"(?:其中|已经|已|共|全部|均)*(?:累计|累計)完成", second):
        return False      # 累计完成 may count what was done in earlier years
    if closes and _DONE_WITHIN.fullmatch(second) and _WITHIN_PLAN.search(second) \
            and ((_BEGUN_BEFORE.search(first) and not re.search(r"新开工|新開工", first))
                 or (_BEGUN_AFTER.search(after_first) and not re.search(r"新开工|新開工|续建|續建", after_first) and re.search(r"年内|年內|当年|當年", second))):
        # stages of one list of work: what is to be finished (力争完成8家, 年内完工20个, the count closing its clause) out
        # of the things begun (``after_first``: the words between the first count and its clause's end)
        return True
    if _DONE_SINCE.match(second) and _FOUND_FIRST.search(first) and not re.search(r"受理|收到|接收|接到", first):
        return True
    second = re.sub(r"^(?:其中|已经|已|共|累计|累計|全部|均)+", "", second)
    if to_date and re.fullmatch(r"(?:已|累计|累計)?(?:开工|開工|动工|動工)(?:建设|建設)?", first) \
            and re.match(r"(?:建成|竣工|完工)", second):
        return True
    if second.startswith("完成") and second[2:] and second[2:] not in first:
        return False      # 实施城中村改造项目66个，完成老旧小区改造218个: 完成 names other things than those carried out
    return any(b.search(second) and a.search(first) for a, b in STAGES)


# -- selections: what is chosen from things produced is among them ----------------------------------------------------
#: (the things produced or applied for, what some of them then got, said after the count): 形成112项制度创新成果，38项
#: 成果已向全国复制推广 / 173项制度集成创新案例，82项获国家层面认可、37项向全国推广 / 受理205家企业上市申请，70家企业
#: 成功上市 — the count of those chosen is among the count before it.  Not a count of other things (推广新能源汽车N辆).
SELECTIONS = tuple((lazyre.compile(a), lazyre.compile(b)) for a, b in (
    (r"成果|案例|经验|做法|举措|创新|改革事项", r"^[\u4e00-\u9fff]{0,4}?(?:已|均|先后|被)?(?:获(?:得)?[\u4e00-\u9fff]{0,8}?"
     r"(?:认可|肯定|推广)|(?:向|在)[\u4e00-\u9fff]{1,6}?(?:复制)?推广|(?:被|获)[\u4e00-\u9fff]{0,6}?(?:采纳|推广)|复制推广)"),
    (r"申请", r"^[\u4e00-\u9fff]{0,4}?(?:已|均)?(?:成功上市|获批上市|获得批准|获批)"),
    # projects and works carried out, some of them then named as cases or models (累计实施城市更新项目223个，6个项目获评
    # 全国城市更新典型案例; 建成示范工程40项，12项入选省级优秀工程) — never a reserve or a list other projects enter too
    (r"项目|工程", r"^[\u4e00-\u9fff]{0,4}?(?:已|均|先后)?(?:获评|被评为|评为|入选)[\u4e00-\u9fff]{0,10}?"
     r"(?:典型案例|优秀案例|示范案例|典型|优秀项目|优秀工程|示范项目|示范工程|样板|标杆)"),
))
#: literal prefilters for :func:`selected`: the words of every selection's second pattern, and of its first
SELECTION_WORDS = lazyre.compile(r"认可|肯定|推广|采纳|上市|获批|批准|获评|评为|入选")
SELECTION_FIRST = lazyre.compile(r"成果|案例|经验|做法|举措|创新|改革事项|申请|项目|工程")


def selected(first: str, after: str) -> bool:
    """Whether the words right after a count (``after``: 82项获国家层面认可 → 获国家层面认可) say that the things it
    counts were chosen from those named by ``first`` (the words after the count before it: 制度集成创新案例)."""
    for a, b in SELECTIONS:
        m = b.search(after) if a.search(first) else None
        if m is not None:
            # the chosen things' own name, if any, is the first's (38项成果 after 112项制度创新成果; never 146项专利)
            own = re.match(r"[\u4e00-\u9fff]{0,4}?(?=已|均|先后|被|获|向|在|复制|成功|评为|入选)", after)
            name = own.group() if own else ""
            if not name or any(ch in first for ch in name):
                return True
    return False


# -- complements: the outcome a rate counts and the other outcomes of the same things ---------------------------------
#: (the rate's outcome, the other outcome a count may be named by, whether the two are all the outcomes).  A rate of
#: the first over a whole of which the second is stated (审结312件，胜诉290件，败诉率…) has at most the whole less the
#: second as its numerator — exactly that when the two leave nothing out (办结 = 按期 + 超期; 合格 + 不合格), at most
#: that when the things may end otherwise: a case ends 胜诉, 败诉 or 撤诉/终止 (行政诉讼法 第六十九至七十七条); a review
#: 纠错, 维持, 驳回 or 终止 (行政复议法 第六十三至六十九条); a request for information is answered 公开, 不予公开,
#: 无法提供 or 不予处理 (政府信息公开条例 第三十六条).  受理 / 不予受理 is not complete either: an application not
#: accepted may also be sent on (转送) or its applicant told where to turn (告知), and reports count those apart
#: (收到520件，不予受理31件，受理率90.0%: 21 were sent on or answered with 告知).
OPPOSITE_OUTCOMES = tuple((lazyre.compile(a), lazyre.compile(b), full) for a, b, full in (
    (r"败诉|敗訴", r"胜诉|勝訴", False),
    (r"胜诉|勝訴", r"败诉|敗訴", False),
    (r"纠错|糾錯", r"维持|維持", False),
    (r"公开|公開", r"不予公开|不予公開", False),
    (r"按期|按时|按時", r"超期|逾期", True),
    (r"(?<!不)合格", r"不合格", True),
    (r"受理", r"不予受理", False),
    # a judgment of first instance is accepted (服判息诉) or appealed (上诉); a request for retrial may follow too
    (r"服判息诉|服判息訴", r"(?<![未不没沒])(?:上诉|上訴)", False),
    # a review of arrest ends in an arrest approved (批准逮捕, 批捕) or not (不批准逮捕, 不捕)
    # a monitored section, day or discharge either meets the standard (达标) or exceeds it (超标): nothing else
    (r"(?<![未不])(?:达标|達標)", r"超标|超標", True),
    # a judgment is accepted (服判息诉) when no party appeals it nor petitions against it: the cases appealed (上诉) are
    # not accepted, and neither are those petitioned (申诉, 申请再审) — the rate is at most the whole less the appeals
    (r"服判息诉|服判息訴", r"(?<![未不没沒无無])(?:上诉|上訴)", False),
    (r"不捕|不批捕|不批准逮捕|不予批准逮捕", r"(?<![不予])(?:批准逮捕|批捕)", False),
    (r"(?<![不予])(?:批准逮捕|批捕)", r"不捕|不批捕|不批准逮捕|不予批准逮捕", False),
))


def names_own_outcome(rate_name: str, words: str) -> bool:
    """Whether ``words`` name the outcome the rate counts (按期办结 for 按期办结率; 胜诉 for 胜诉率) or its opposite:
    a count so named is a part, never the whole of the rate."""
    return any(own.search(rate_name) and not other.search(rate_name) and (own.search(words) or other.search(words))
               for own, other, _ in OPPOSITE_OUTCOMES)


def opposite_outcome(rate_name: str, words: str) -> Optional[bool]:
    """Whether ``words`` (the words naming a count) name the outcome opposite to the one the rate ``rate_name``
    counts (胜诉 for 败诉率, 超期办结 for 按期办结率, 不予公开 for 公开率): None when they do not, else whether the two
    outcomes are all there are (the numerator is then exactly the whole less the count, else at most that)."""
    for own, other, full in OPPOSITE_OUTCOMES:
        if own.search(rate_name) and not other.search(rate_name) and other.search(words):
            rest = other.sub("", words)
            if own.search(rest):
                return None       # 胜诉和败诉: both named, no complement
            return full
    return None


#: words that make an action a subset of itself: done in time (按期办结 of 办结), on the spot (当场受理 of 受理), online
QUALIFIER = lazyre.compile(r"^(?:按期|按时|按時|限时|限時|当场|當場|当日|當日|当天|當天|即时|即時|网上|網上|线上|線上|一次性|现场|現場|"
                           r"提前|全程|首次|一次)")


def qualified_action(outer: str, inner: str) -> bool:
    """Whether ``inner`` names the action of ``outer`` with a qualifier before it (办结 → 按期办结信访事项, 受理 → 当场
    受理): what it counts is among what ``outer`` counts.  ``outer``'s action is its last two characters (信访部门受理
    → 受理)."""
    m = QUALIFIER.match(inner)
    if m is None or len(outer) < 2:
        return False
    return inner[m.end():].startswith(outer[-2:]) and not QUALIFIER.match(outer[-4:])



#: measure words for places and institutions, used for one kind of thing alike (卫生院17个（中心卫生院5所…）)
PLACE_MEASURES = frozenset("个 個 所 家 座 处 處 间 間".split())
#: market entities, counted in 户 or 家 alike (新登记市场主体8,640户，其中企业2,310家)
_ENTITY = lazyre.compile(r"企业|企業|个体|個體|合作社|经营主体|經營主體|市场主体|市場主體|商事主体|商事主體")
#: a count of times and the count of what the times happened to (培训4,860人次 … 1,230人)
_TIMES_OF = {"人次": "人", "件次": "件", "户次": "户", "戶次": "戶", "家次": "家"}
_NOT_CJK = lazyre.compile(r"[^\u4e00-\u9fff]")
#: documents, counted in 件 or 份 (文件, 规章, 合同, 协议, 案卷, 文书), and what a part of them may be named by instead: the
#: deed that produced it (以区政府名义印发18份)
_DOCUMENT = lazyre.compile(r"文件|规章|規章|合同|协议|協議|案卷|文书|文書|公文|报告|報告|决定书|決定書|意见书|意見書|建议书|建議書|"
                           r"判决书|判決書|裁决书|裁決書|通知书|通知書|材料")
_DOCUMENT_DEED = lazyre.compile(r"(?:印发|印發|制定|出台|发布|發布|起草|审查|審查|审核|審核|备案|備案|签订|簽訂|签署|簽署|转发|轉發)$")
#: items of work, counted in 个 or 项 (事项, 改革, 任务, 举措, 政策, 课题, 工程, 项目, 试点)
_ITEM_OF_WORK = lazyre.compile(r"事项|事項|改革|任务|任務|举措|舉措|措施|政策|课题|課題|工程|项目|項目|试点|試點|清单|清單|成果")


def counted_alike(whole_measure: str, part_measure: str, whole_words: str, part_words: str) -> Optional[str]:
    """How a part counted with one measure word compares with its whole counted with another (件/宗/起 and 人/名/位
    are folded before): ``"same"`` when both count the same things — 个/所/家/座/处 for one kind of place or institution
    (the part's name ends with the whole's head character: 博物馆 among 文化场馆, 示范社 among 合作社), 户/家/个 for
    market entities (企业 among 市场主体); ``"at most"`` when the whole counts times and the part what they happened to
    (初任培训1,230人 under 培训4,860人次: each person trained is at least one 人次 — never the other way round:
    志愿者3.2万人 … 12.6万人次 is no part); ``None`` otherwise (产业园区12个，其中入驻企业386家 count other things)."""
    if whole_measure == part_measure:
        return "same"
    if _TIMES_OF.get(whole_measure) == part_measure:
        return "at most"
    w, p = _NOT_CJK.sub("", whole_words), _NOT_CJK.sub("", part_words)
    if not w or not p:
        return None
    ms = {whole_measure, part_measure}
    if ms <= {"户", "戶", "家", "个", "個"} and (_ENTITY.search(w) or whole_measure in ("户", "戶")) and _ENTITY.search(p):
        return "same"         # (新登记147万户、其中企业57.3万家: 户 counts market entities as 家 does)
    if ms <= PLACE_MEASURES and w[-1] == p[-1]:
        return "same"
    if ms == {"件", "份"} and _DOCUMENT.search(w) and (_DOCUMENT.search(p) or _DOCUMENT_DEED.search(p)):
        return "same"         # (制定规范性文件46件，其中以区政府名义印发18份: documents are counted in 件 and 份 alike)
    if ms <= {"个", "個", "项", "項"}:
        pw = {x.group() for x in _ITEM_OF_WORK.finditer(p)}
        if pw and pw <= {x.group() for x in _ITEM_OF_WORK.finditer(w)}:
            return "same"     # (实施改革事项64个，其中重点改革事项23项: items of work are counted in 个 and 项 alike;
            #                    never other items of work: 改革事项52个，其中涉及政策文件60项)
    return None


# -- totals whose names imply their parts: 辖区公共财政收入 holds 地方一般公共预算收入, 进出口总额 its exports ------------
#: (the total's name, the part's name, as the end of the words before each figure).  The fiscal revenue collected in an
#: area (全口径/辖区/来源于本市的 财政收入, 财政总收入) holds the local general budget revenue, which stays in the area's
#: budget; a trade total holds its exports and its imports.  Never a tax total (全口径税收收入 is no budget figure) or a
#: fund revenue.
IMPLIED_PARTS = tuple((lazyre.compile(a), lazyre.compile(b)) for a, b in (
    (r"(?<!一般)(?<!基金)(?<!预算)(?:公共)?财政(?:总)?收入$", r"(?:一般公共预算|公共财政预算|财政一般预算|一般预算)收入$"),
    (r"进出口(?:总额|总值)?$", r"^(?:外贸)?(?:出口|进口)(?:总额|总值)?$"),
    # a kind of vehicle within all vehicles of one measure (汽车产量162.6万辆，新能源汽车产量110万辆), a kind of patent
    # within all patents of one act (专利授权量7.6万件，发明专利授权量1.2万件) — the same measure named after the kind
    # only; never a stock beside a flow (有效发明专利 beside 专利授权)
    (r"(?<!能源)汽车(?:总)?产量$", r"^新能源汽车(?:总)?产量$"),
    (r"(?<!能源)汽车(?:总)?销量$", r"^新能源汽车(?:总)?销量$"),
    (r"(?<!能源)汽车保有量$", r"^新能源汽车保有量$"),
    (r"(?<!发明)(?<!有效)专利授权(?:量|数)?$", r"^发明专利授权(?:量|数)?$"),
    (r"(?<!发明)(?<!有效)专利申请(?:量|数)?$", r"^发明专利申请(?:量|数)?$"),
    # profits and taxes (利税) are the profit plus the taxes paid (never negative): the profit is not more than the 利税 of
    # the same enterprises (the taxes may be: a loss makes 利税 smaller than the taxes)
    (r"利税(?:总额)?$", r"^利润(?:总额)?$"),
    # (never 税收收入 after 一般公共预算收入: a district names so the taxes it collects for every level — 龙华 2022:
    # 实现地方一般公共预算收入152亿元，增长6%；税收收入480亿元)
    # the loans and deposits of a term or a holder within all of them (各项贷款余额678599万元，短期贷款192103万元)
    (r"(?:各项|本外币|人民币)贷款(?:余额)?$|^贷款余额$", r"^(?:短期|中长期)贷款(?:余额)?$"),
    (r"(?:各项|本外币|人民币)存款(?:余额)?$|^存款余额$", r"^(?:住户|储蓄|居民储蓄|城乡居民储蓄|非金融企业)存款(?:余额)?$"),
))


def implied_part(whole_name: str, part_name: str) -> bool:
    """Whether the figure named ``part_name`` is part of the one named ``whole_name`` by what the names mean
    (地方一般公共预算收入 of 辖区公共财政收入; 出口 of 进出口总额; 金融业增加值 of 地区生产总值, 技改投资 of 工业投资:
    :func:`indicator_part`), with no 其中 between them.  The words between the whole's name and its figure — a verb, a
    copula or a total word (辖区公共财政收入达/为/共计/合计8624亿元) — are no part of its name."""
    whole_name = name_before_figure(whole_name)
    return any(a.search(whole_name) and b.search(part_name) for a, b in IMPLIED_PARTS) \
        or indicator_part(whole_name, part_name)


# -- the main indicators of a report and the indicators their definitions hold ----------------------------------------
#: the names of the main indicators a report states once for its period, each with its key (after the words of the
#: report's own scope and the verb are taken off: 全年地区生产总值（GDP） → 地区生产总值（GDP）, 完成固定资产投资)
INDICATOR_NAMES = tuple((k, lazyre.compile(p)) for k, p in (
    ("GDP", r"(?:地区|本地|本区|本市|本县|本省|国内)?生产总值(?:（GDP）|\(GDP\))?|(?:地区)?GDP|经济总量"),
    ("规上工业增加值", r"(?:规模以上|规上)工业(?:企业)?增加值"),
    ("第三产业增加值", r"第三产业增加值|三产增加值|服务业增加值"),
    ("固定资产投资", r"(?:全社会)?固定资产投资(?:总额|额|完成额|规模)?|固投"),
    ("工业投资", r"工业投资(?:总额|额)?"),
    ("社会消费品零售总额", r"全?社会消费品零售总额|社零总额"),
    ("进出口总额", r"(?:外贸|货物|货物贸易|对外贸易)?进出口(?:总额|总值)"),
    ("出口总额", r"(?:外贸|货物|货物贸易)?出口(?:总额|总值)"),
))
#: what each main indicator holds by the statistics' definitions: the value added of any industry, sector or group of
#: the economy (金融业, 战略性新兴产业, 规上工业, 民营经济) is part of the GDP; advanced and high-tech manufacturing are
#: measured within the above-scale industry; the sectors of the services (金融业, 房地产业, 现代服务业…) within the
#: tertiary industry; the investment of a kind (工业, 技改, 基础设施, 民间, 房地产开发) is part of the fixed-asset
#: investment, technical renovation and manufacturing investment part of the industrial investment.  Industry within the
#: secondary industry (or the above-scale industry within all industry) is left out: a county's communiqué states its
#: industry's value added from the industrial statistics and the secondary industry's from the GDP accounts (万载 2015:
#: 工业增加值644350万元 > 第二产业增加值626858万元).
#: Never a value named for a person (人均), a change (新增, 增量), a span (累计, 年均), an output or revenue (产值,
#: 营业收入: not value added) or a new-infrastructure investment (新基建 holds spending that is no fixed asset).
_INDICATOR_PARTS = (
    ("GDP", lazyre.compile(r"^(?!.*(?:人均|新增|增量|年均|累计|平均))[\u4e00-\u9fff“”]{2,16}增加值$")),
    # the ocean economy's 海洋生产总值: the value added of the ocean industries and those related to them
    ("GDP", lazyre.compile(r"^海洋生产总值$")),
    ("规上工业增加值", lazyre.compile(r"^(?:先进制造业|高技术制造业|高新技术制造业|装备制造业)增加值$")),
    ("第三产业增加值", lazyre.compile(r"^(?:现代服务业|金融业|批发和零售业|批发零售业|交通运输、仓储和邮政业|交通运输仓储和邮政业|"
                                    r"仓储和邮政业|住宿和餐饮业|住宿餐饮业|房地产业|信息传输、软件和信息技术服务业|"
                                    r"营利性服务业|非营利性服务业|其他服务业|商贸业)增加值$")),
    # (基本建设 and 更新改造: the kinds of the fixed-asset investment by its statistics' older classification, with
    # 房地产开发 — 全年基本建设投资达到827.8亿元 of 全社会固定资产投资1467.6亿元)
    ("固定资产投资", lazyre.compile(r"^(?:工业|工业技改|工业技术改造|技改|技术改造|制造业|民间|社会|房地产开发|基础设施|城市更新固定资产|"
                                 r"基本建设|更新改造)投资(?:额|完成额)?$")),
    ("工业投资", lazyre.compile(r"^(?:工业技改|工业技术改造|技改|技术改造|制造业)投资(?:额)?$")),
    # the retail sales of towns and of the countryside, of the units above the quota, the catering receipts (社会消费品零售总额
    # = 商品零售 + 餐饮收入, by 城乡 or by the units' size: never 网上零售额, which holds services); the exports and the imports
    # of the foreign trade, the exports of a kind of goods or trade within the exports (never 服务贸易 or 跨境电商, counted apart)
    ("社会消费品零售总额", lazyre.compile(r"^(?:(?:城镇|乡村|限额以上(?:单位)?|限上)(?:消费品)?零售额|餐饮收入(?:额)?|商品零售(?:额)?)$")),
    # (a bare 出口 is named by its clause alone: 软件业实现产值291亿元，出口5.9亿美元 — software, a service — is left out)
    ("进出口总额", lazyre.compile(r"^(?:外贸|货物|货物贸易)(?:出口|进口)(?:总额|总值|额)?$|^(?:出口|进口)(?:总额|总值)$|"
                               r"^(?:一般贸易|加工贸易)(?:进出口|出口|进口)(?:额|总额)?$")),
    ("出口总额", lazyre.compile(r"^(?:高新技术产品|机电产品|一般贸易|加工贸易)出口(?:额|总额|总值)?$")),
    # the GDP and the investment of an area within the report's own (坪山高新区完成投资498亿元 of 固定资产投资总额808亿元;
    # 片区地区生产总值1334.1亿元 of the district's): an area named by its kind (片区, 高新区, 园区, 开发区, 合作区), never a
    # region wider than the report's (湾区, 都市圈, 城市群, 经济带), never a total or a plan of its projects (总投资, 计划投资)
    ("GDP", lazyre.compile(r"^(?!.*(?:湾区|都市圈|城市群|经济圈|经济带|全国|全省|全市|省内|市内))[一-鿿“”]{0,10}?"
                           r"(?:片区|高新区|园区|产业园|开发区|合作区)(?:地区)?(?:生产总值|GDP)$")),
    # (the key areas of a city or district plan are named by their kind too: 中心区完成投资149亿元, 大空港新城完成投资101亿元,
    # 笋岗-清水河片区全年完成投资126.4亿元, 盐田河临港产业带完成固定资产投资40.75亿元, 重点区域 — the year's investment in
    # them, 全年/年度 between the area and its verb; 更新投资, the urban renewal's, is fixed-asset investment too)
    ("固定资产投资", lazyre.compile(r"^(?!.*(?:湾区|都市圈|城市群|经济圈|经济带|全国|全省|全市|省内|市内))(?:[一-鿿\-－]|“[^“”]{1,12}”){0,10}?"
                                 r"(?:片区|高新区|园区|产业园|开发区|合作区|新城|中心区|核心区|重点区域|产业带)(?:全年|年度|当年)?"
                                 r"(?:完成)?(?:全年|年度|当年)?(?:开发建设|建设|更新)?(?:固定资产)?投资(?:额|完成额)?$")),
)


#: words before an indicator's name that leave it the report's own figure for its period (全年, 预计, 其中, 实现…)
_INDICATOR_LEAD = lazyre.compile(r"^(?:其中|全年|当年|年内|本年度?|预计|初步核算|初步统计|共|实现|完成|辖区|我[省市区县]|"
                                 r"本[省市区县](?!生)|全社会(?=固定)|\s)+")
#: the verb, copula or bound word between a name and its figure (实现, 完成, 达到, 约, 超过…; 预计达, and 提升到/增至 before the level
#: a change reaches)
_INDICATOR_TAIL = lazyre.compile(r"(?:预计实现|预计完成|预计|实现|完成|达到|达|为|约|超过|超|近|突破|逾|共计|共計|共|总计|總計|合计|合計|是|了|"
                                 r"(?:提升|提高|增加|增长|上升)[到至]|增至|\s)+$")
#: a verb inside a name, before 增加值 (金融业实现增加值, 文化产业预计实现增加值)
_INDICATOR_INNER_VERB = lazyre.compile(r"(?:预计)?(?:实现|完成)(?=增加值|(?:固定资产)?投资|(?:地区)?生产总值)")


@functools.lru_cache(maxsize=4096)
def indicator_words(name: str) -> str:
    """The name of an indicator without the words around it that leave it the report's own figure (全年完成固定资产
    投资 → 固定资产投资, 金融业实现增加值 → 金融业增加值, 预计战略性新兴产业增加值达 → 战略性新兴产业增加值)."""
    return _INDICATOR_INNER_VERB.sub("", _INDICATOR_LEAD.sub("", _INDICATOR_TAIL.sub("", name)))


def name_before_figure(words: str) -> str:
    """The name in the words right before a figure, without the verb, copula, bound or total word that may stand
    between a name and its figure (进出口总额达到 / 财政收入共计 / 工业投资为 → the name)."""
    return _INDICATOR_TAIL.sub("", words)


@functools.lru_cache(maxsize=4096)
def indicator_key(name: str) -> Optional[str]:
    """The key of the main indicator ``name`` names in full (地区生产总值, GDP, 规上工业增加值, 固定资产投资总额,
    工业投资; :func:`indicator_words` first), else ``None``."""
    name = indicator_words(name)
    return next((k for k, p in INDICATOR_NAMES if p.fullmatch(name)), None)


@functools.lru_cache(maxsize=4096)
def indicator_part(whole_name: str, part_name: str) -> bool:
    """Whether the indicator named ``part_name`` is part of the main indicator ``whole_name`` by definition (金融业增加值
    of 地区生产总值; 工业技改投资 of 工业投资 and of 固定资产投资; 先进制造业增加值 of 规上工业增加值): both names read
    in full, as :func:`indicator_key` reads the whole's."""
    k = indicator_key(whole_name)
    part_name = indicator_words(part_name)
    return k is not None and indicator_key(part_name) != k \
        and any(k == w and p.search(part_name) for w, p in _INDICATOR_PARTS)
