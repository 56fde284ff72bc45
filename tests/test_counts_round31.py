"""Counts and the items they count, read in more shapes (lintgov.claims.lists; checked by LG103), round 31: a count term
whose noun holds a quoted word or goes on after its quote (三张“零关税”清单：, “三全”智能：指…), a term and 即 after a
comma (四个体系，即…), ten to twelve items in a glossary (十大工程：…), items on the line after a glossary's term,
clauses framed by the counted word (五个必须：必须…，必须…; 七个有之; 四个不摘：…；…), a noun of its own after names
that end with it (五园, 三港), parties (四方), a noun measure word closing its clause (六方面，), 等 inside a word
(高等, 等级).  Phrasings written for the test (not the labelled sentences of round 31)."""

from fresh_set import code_checks

CONSISTENT = [
    "三张“负面”清单：准入负面清单、投资负面清单、用地负面清单。",
    "“两全”服务：指全天候服务和全流程服务。",
    "“三个坚持”重大原则，即坚持稳中求进、坚持改革开放、坚持人民至上。",
    "三个机制，即协商机制、评估机制和考核机制；四大平台，即交易平台、数据平台、服务平台和展示平台。",
    "十大工程：甲工程、乙工程、丙工程、丁工程、戊工程、己工程、庚工程、辛工程、壬工程、癸工程。",
    "［6］三张清单：\n权力清单、责任清单、服务清单。\n［7］一网通办：\n政务服务一网办理。",
    "［8］四个必须：\n必须守住底线，必须稳定就业，必须防范风险，必须改善民生和社会保障。\n［9］两个确保：\n见正文。",
    "［3］三个有之：\n搞团团伙伙、拉帮结派的有之，搞封官许愿、弹冠相庆的有之，搞阳奉阴违的有之。\n［4］两高：\n见正文。",
    "三个不变：土地性质不变，用途不变；权属不变；面积不变。",
    "全面提升东湖公园、西湖公园、南山园三园品质。",
    "建成客运港、货运港、信息港三港协同体系。",
    "压实属地、部门、个人三方责任。",
    "在教育、医疗、养老和住房四方面，补齐短板。",
    "分为一星级、二星级和三星级三个等级。",
    "三大行动：高等教育提质行动、职业教育扩容行动、基础教育均衡行动。",
    "全年实现较大事故、火灾亡人事故及道路亡人事故“三个零发生”。",
    # a quoted term glossed by 为/指 (no colon), and quoted items one after another after ，即
    "“两纵”指东环路、西环路。",
    "“四级”为省、市、县、乡，“三类”指甲类规划、乙类规划和丙类规划。",
    "当前面临三个方面挑战，即“投资亟待提升”“消费亟待提升”“出口亟待提升”。",
]
SILENT_TRAPS = [
    "“四上”企业：对达到一定规模、资质或限额的法人单位的统称。",   # a definition, not a list (或, 统称)
    "“六个必须”：\n必须坚持人民至上，必须坚持自信自立。",           # items may go on past the line: no next entry
    "五个必须：必须坚持党的领导，加强团结，必须遵循程序。",         # a clause without the word: not framed
    "两个确保：一是确保安全，二是确保稳定，确保发展。",             # numbered: not read as framed clauses
    "电子证照、检查结果两地互认。",                                  # 两地 counts places named elsewhere
    "盐田三村、四村完成更新。",                                      # village names, not counts
    "宝安、龙岗四个镇被评为教育强镇。",                              # towns inside the districts named
    "五大行动：高等教育行动、职业教育行动、培训行动等。",            # 等 closing the list
    "馆藏、展陈、研究三馆一城建设加快。",                            # a second count after the noun
    "“两不愁、三保障”：不愁吃、不愁穿，义务教育、基本医疗、住房安全有保障。",   # two counts in one term
    "坚持以“两个确保”为目标、稳增长、保民生。",                     # a quoted count inside a sentence, not a gloss
]
WRONG = [
    "三张“负面”清单：准入负面清单、投资负面清单。",
    "“三全”服务：指全天候服务和全流程服务。",
    "“四个坚持”重大原则，即坚持稳中求进、坚持改革开放、坚持人民至上。",
    "五个机制，即协商机制、评估机制和考核机制；四大平台，即交易平台、数据平台、服务平台和展示平台。",
    "十二大工程：甲工程、乙工程、丙工程、丁工程、戊工程、己工程、庚工程、辛工程、壬工程、癸工程。",
    "［6］五张清单：\n权力清单、责任清单、服务清单。\n［7］一网通办：\n政务服务一网办理。",
    "［8］六个必须：\n必须守住底线，必须稳定就业，必须防范风险，必须改善民生和社会保障。\n［9］两个确保：\n见正文。",
    "［3］五个有之：\n搞团团伙伙、拉帮结派的有之，搞封官许愿、弹冠相庆的有之，搞阳奉阴违的有之。\n［4］两高：\n见正文。",
    "五个不变：土地性质不变，用途不变；权属不变；面积不变。",
    "全面提升东湖公园、西湖公园、南山园五园品质。",
    "建成客运港、货运港、信息港五港协同体系。",
    "压实属地、部门、个人五方责任。",
    "在教育、医疗、养老和住房八方面，补齐短板。",
    "分为一星级、二星级和三星级五个等级。",
    "五大行动：高等教育提质行动、职业教育扩容行动、基础教育均衡行动。",
    "全年实现较大事故、火灾亡人事故及道路亡人事故“六个零发生”。",
    "“三纵”指东环路、西环路。",
    "“四级”为省、市、县、乡，“五类”指甲类规划、乙类规划和丙类规划。",
    "当前面临五个方面挑战，即“投资亟待提升”“消费亟待提升”“出口亟待提升”。",
]

test_silent, test_found = code_checks("LG103", CONSISTENT + SILENT_TRAPS, WRONG)
