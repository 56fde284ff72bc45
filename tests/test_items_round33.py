"""Counts of named items read in more shapes (lintgov.claims.lists; checked by LG103), round 33: a glossary's quoted
count term glossed by 包括 / 具体是指 / ，即： and a list ending at ； before the next glossed term (“两廊”指A、B；“三带”指…),
a glossary entry whose definition is ；-separated items on its line (16.“约法三章”：A；B；C。), a count with its items
after a dash (4个平台——A、B、C、D), 张 as a counted measure word (三张清单，分别是…), N位一体 after the names it joins,
a quoted term glossed at the clause's start before names and their count (“3”是A、B、C“三大动力”), ten to nineteen
items after a term, N大 before a colon and items framed by its word (三大提升：推动A再提升…；…), a quoted count inside
an item (…落实“四个全面”的…) no count of the list, a count and a short noun closing their sentence before the
items that open the sentences or lines after it (重点抓了七件大事。一是…。二是…).  Phrasings written for the test (not
the labelled sentences of round 33)."""

from fresh_set import code_checks

CONSISTENT = [
    "“两园”指东部产业园、西部产业园；“三廊”指滨海绿廊、山地绿廊、河道绿廊。",
    "“四公开”指预算公开、决算公开、采购公开和结果公开；“全流程”指受理、审核、办结。",
    "“一中心”即数据中心，“五云”包括政务云、教育云、医疗云、交通云和应急云。",
    "“十一大功能区”具体是指甲区、乙区、丙区、丁区、戊区、己区、庚区、辛区、壬区、癸区、子区。",
    "“三横”，即：东环路、中环路、西环路；“两纵”，即：南北大道、滨河大道。",
    "“三张网”：政务网、视频网、物联网；“1+2平台”：1个总平台。",
    "　　12.“约法三章”：新建楼堂馆所一律禁止；供养人员只减不增；公务接待、公务用车只减不增。\n　　13.其他：见正文。",
    "3个行业平台——教育数据平台、医疗数据平台、交通数据平台。",
    "“3”是指三张工作清单，分别是职责清单、政策清单、服务清单。",
    "“2”是激发改革、创新“两大动力”。",
    "打造集康复、护理、养老“三位一体”服务模式。",
    "“两区”，即：建成现代化中心城区和落实“四个全面”的示范之区。",
    "　　7.“三无区”：“三无”是指无越级上访、无集体上访、无极端事件。",
    "谋划两大提升：推动老城功能再提升，开展城市设计；推动新城能级再提升，加快集聚企业。",
    "实施四大行动：绿化提升行动、交通优化行动、家具更新行动、照明改造行动。",
    "过去一年重点抓了三件大事。一是稳住了增长。全年经济平稳。二是守住了底线。三是办好了实事。",
    "今年要突出以下四个方面。\n第一，扩大内需。\n第二，稳定就业。\n第三，防范风险。\n第四，改善民生。\n二、其他工作",
]
SILENT_TRAPS = [
    "　　4.“三旁”、“四边”：“三旁”为村旁、宅旁、路旁；“四边”为山边、水边、路边、镇边。",   # glosses of two terms
    "建设“三立交”：开工建设甲立交、乙立交、丙立交；完成东门路升级工程。",                 # running text: ； goes on
    "　　5.一主两区：深南路主廊道；国际消费区、文化休闲区。",                               # a term of two counts
    "　　6.“两严”是指严以修身、严以用权；“两实”是指谋事要实、做人要实。",                 # two terms, each right
    "由互联网、触摸屏、招聘会组成的“五维一体”平台。",                                       # 组成: a verb before
    "实现建筑、产业、生活、公共和地下等空间“五位一体”。",                                   # 等: an open list
    "统筹推进“五位一体”总体布局。",                                                         # no names before
    "　　8.四个到位：人员到位；经费到位、场地到位；制度分别到位。",                          # 分别: a segment of several
    "两大任务：稳定增长，扩大内需；防范风险。",                                             # a segment without the word
    "确保九大类民生支出继续稳定增长。一是加大投入。二是优化结构。三是强化绩效。",           # a longer clause after the count
    "要把握好以下三个问题。\n第一，农业问题。\n第二，工业问题。\n一、\n开垦荒地。\n二、\n兴修水利。\n第三，商业问题。\n第四，其他。",  # a list inside an item
]
WRONG = [
    "“三园”指东部产业园、西部产业园；“三廊”指滨海绿廊、山地绿廊、河道绿廊。",
    "“四公开”指预算公开、决算公开、采购公开和结果公开；“全流程”指受理、审核、办结。".replace("四公开", "六公开"),
    "“一中心”即数据中心，“七云”包括政务云、教育云、医疗云、交通云和应急云。",
    "“十三大功能区”具体是指甲区、乙区、丙区、丁区、戊区、己区、庚区、辛区、壬区、癸区、子区。",
    "“五横”，即：东环路、中环路、西环路；“两纵”，即：南北大道、滨河大道。",
    "“五张网”：政务网、视频网、物联网；“1+2平台”：1个总平台。",
    "　　12.“约法五章”：新建楼堂馆所一律禁止；供养人员只减不增；公务接待、公务用车只减不增。\n　　13.其他：见正文。",
    "5个行业平台——教育数据平台、医疗数据平台、交通数据平台。",
    "“3”是指五张工作清单，分别是职责清单、政策清单、服务清单。",
    "“2”是激发改革、创新“四大动力”。",
    "打造集康复、护理、养老“五位一体”服务模式。",
    "“四区”，即：建成现代化中心城区和落实“四个全面”的示范之区。",
    "　　7.“五无区”：“五无”是指无越级上访、无集体上访、无极端事件。",
    "谋划四大提升：推动老城功能再提升，开展城市设计；推动新城能级再提升，加快集聚企业。",
    "实施六大行动：绿化提升行动、交通优化行动、家具更新行动、照明改造行动。",
    "过去一年重点抓了五件大事。一是稳住了增长。全年经济平稳。二是守住了底线。三是办好了实事。",
    "今年要突出以下六个方面。\n第一，扩大内需。\n第二，稳定就业。\n第三，防范风险。\n第四，改善民生。\n二、其他工作",
]

test_silent, test_found = code_checks("LG103", CONSISTENT + SILENT_TRAPS, WRONG)
