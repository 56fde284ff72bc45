"""Counts and the items they count, read in four more shapes (lintgov.claims.lists; checked by LG103): two names joined
by 和/与/及 before a count (A和B两大X), a count term before a colon and its list of names (四库：A、B、C、D), a quoted
count whose items each state the counted word (实现“三个突破”，A突破…，B突破…，C突破…), and a count with its names in
brackets (三谷（A谷、B谷、C谷）).  Phrasings written for the test (not the labelled sentences): as many items as the count
is silent, a count that cannot be the items is found, and the readings where the items are not what the count counts
stay silent."""

from fresh_set import code_checks

CONSISTENT = [
    # names joined by 和/与/及 before the count
    "全力发展智能终端和新型储能两大产业。",
    "重点推进城中村和老旧小区两类改造工程。",
    "守住不发生系统性金融风险和不发生重大安全事故“两条底线”。",
    "聚焦产业升级和消费扩容两个方向、存量提质和增量扩容两条路径，加快转型。",   # a list of counted pairs
    # a count term, a colon and its names
    "四大板块：东部新城、西部港区、南部山区、北部园区。",
    "“三张网”：交通网、能源网和信息网。",
    "“两中心”：数据中心与调度中心。",
    "五大行动：稳岗行动、扩岗行动、培训行动、援助行动和兜底行动。",
    # a quoted count, its items each stating the counted word
    "全年实现“三个突破”，工业总产值突破5000亿元，外贸进出口突破2000亿元，常住人口突破300万人。",
    "生态环境实现“三个改善”。空气质量持续改善，优良天数比例达92%；水环境明显改善，国考断面全部达标；土壤环境稳步改善。",
    "城市面貌实现“四个提升”：道路通行能力提升，增加车道120公里；公园服务水平提升；夜间照明提升，"
    "改造路灯3000盏，亮化楼宇提升至400栋；社区环境提升。",
    "全年实现“四个大幅增长”：税收大幅增长。税收收入增长18%。投资大幅增长。投资增长21%。外贸大幅增长。"
    "外贸增长25%。消费大幅增长。",
    "企业面临成本上升、订单减少、融资困难三重压力。",           # 三重 before a noun of burdens
    # a count with its names in brackets
    "规划建设三湖（东湖、西湖、南湖）生态带。",
]
SILENT_TRAPS = [
    "深入学习和运用好“三个务必”。",                      # verbs joined, the count is a slogan's
    "推动本区与周边北三县协同发展。",                      # 北三县 is a name
    "以科学理论和习近平同志“三个代表”重要思想为指导。",    # the count belongs to the last name
    "积极参与湾区三大产业集群建设。",                      # 与 inside 参与
    "新签和升级6个合作协议。",                             # verbs joined, a count in digits
    "提高城乡低保和残疾人两项补贴标准。",                  # the count is the last name's (two subsidies)
    "严格执行“三重一大”制度、政务公开制度。",                  # 三重一大 is a term
    "推广矛盾纠纷调解和信访化解“五个到底”模式。",         # a quoted count naming a model
    "两区三带：东部新城、西部港区、南部山区、北部园区、滨海带。",  # a term of several counts
    "“六个必须”：\n必须坚持人民至上，必须坚持自信自立。",  # a description after the colon, not a list
    "两个方面：一是加快发展、稳定就业，二是保障民生。",      # numbered items, not a colon list of names
    "五大工程：安居工程、畅通工程、净水工程等。",             # a list marked partial
    "全年实现“五个下降”：事故起数、死亡人数、受伤人数分别下降12%、8%、5%，火灾起数、损失同比下降20%、9%。",
    # the clauses name several quantities each
    "实现“三个突破”，工业总产值突破5000亿元，外贸进出口突破2000亿元。常住人口也突破300万人。",  # items continue
]
WRONG = [
    "全力发展智能终端和新型储能三大产业。",
    "重点推进城中村和老旧小区四类改造工程。",
    "守住不发生系统性金融风险和不发生重大安全事故“三条底线”。",
    "聚焦产业升级和消费扩容两个方向、存量提质和增量扩容四条路径，加快转型。",
    "四大板块：东部新城、西部港区、南部山区。",
    "“三张网”：交通网和信息网。",
    "五大行动：稳岗行动、扩岗行动、培训行动。",
    "全年实现“四个突破”，工业总产值突破5000亿元，外贸进出口突破2000亿元，常住人口突破300万人。",
    "生态环境实现“五个改善”。空气质量持续改善，优良天数比例达92%；水环境明显改善，国考断面全部达标；土壤环境稳步改善。",
    "全年实现“六个大幅增长”：税收大幅增长。税收收入增长18%。投资大幅增长。投资增长21%。外贸大幅增长。"
    "外贸增长25%。消费大幅增长。",
    "企业面临成本上升、订单减少、融资困难四重压力。",
    "规划建设两湖（东湖、西湖、南湖）生态带。",
    "规划建设五湖（东湖、西湖、南湖）生态带。",
]

test_silent, test_found = code_checks("LG103", CONSISTENT + SILENT_TRAPS, WRONG)


# a count before a colon and its numbered items (in one sentence, or opening lines up to a higher heading)
REVIEW = ("一、2024年工作回顾\n过去一年，我们重点做了以下{n}个方面工作：\n（一）稳增长。全年地区生产总值增长5%。\n"
          "（二）促改革。一是深化国企改革；二是优化营商环境。\n（三）惠民生。新建学校3所。\n二、2025年工作安排\n今年重点抓好以下工作。")
ORDINAL_SILENT = [
    "今年重点抓好三件事：一是推行新型农村合作医疗制度；二是提高农村低保标准；三是完善医疗救助。",
    REVIEW.format(n="三"),
    "主要有四种类型：一是按计划生产的。二是按市场生产的。此外还有两类。",      # not a tight list: not read
    "做好两件大事：一是稳增长；一是防风险。",                                  # numbers out of turn: not read
    "着力把握三个方面：\n一是创新驱动。\n加快建设实验室。\n二是开放合作。\n三是民生保障。\n（二）下一步工作\n",
]
ORDINAL_WRONG = [
    "今年重点抓好五件事：一是推行新型农村合作医疗制度；二是提高农村低保标准；三是完善医疗救助。",
    REVIEW.format(n="四"),
    "着力把握四个方面：\n一是创新驱动。\n加快建设实验室。\n二是开放合作。\n三是民生保障。\n（二）下一步工作\n",
]

test_ordinal_silent, test_ordinal_found = code_checks("LG103", ORDINAL_SILENT, ORDINAL_WRONG)


# a quoted count after or before the items that each state its word, at 、 too
KEY_SILENT = [
    "主要指标实现“三个突破”：生产总值突破3000亿元、进出口总额突破1000亿元、常住人口突破200万人。",
    "生产总值突破3000亿元，进出口总额突破1000亿元，常住人口突破200万人，实现“三个突破”。",
    "今年，生产总值突破3000亿元，进出口总额突破1000亿元，实现“四个突破”。",    # a clause without the word: not read
    "生产总值、进出口总额分别突破3000亿元、1000亿元，实现“四个突破”。",          # 分别: several items a clause
]
KEY_WRONG = [
    "主要指标实现“四个突破”：生产总值突破3000亿元、进出口总额突破1000亿元、常住人口突破200万人。",
    "生产总值突破3000亿元，进出口总额突破1000亿元，常住人口突破200万人，实现“四个突破”。",
]

test_key_silent, test_key_found = code_checks("LG103", KEY_SILENT, KEY_WRONG)
