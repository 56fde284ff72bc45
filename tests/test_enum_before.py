"""A count right after the names of what it counts (lintgov.claims.lists.enumerations, names before the count;
checked by LG103): 荆州、孝感、黄冈3个城市 / 集成电路、生物医药、人工智能三大先导产业.  Phrasings written for the test
(not the labelled sentences): as many things as names is silent, a count that cannot be the names is found, and the
readings where the names are not what the count counts stay silent."""

from fresh_set import code_checks

CONSISTENT = [
    "全年新增甲县、乙县、丙县3个省级农业强县。",
    "我市形成电子信息、生物医药、新材料三大主导产业，产值突破千亿元。",
    "新建东湖、南湖、西湖3座城市公园，均已开放。",
    "重点推进“智慧交通”“智慧医疗”“智慧教育”三项工程。",
    "围绕“稳增长、调结构、惠民生”三大目标，扎实推进各项工作。",
    "经济总量连续跨越2万亿元、3万亿元两个台阶。",
    "设立产业、人才2支专项基金，规模合计30亿元。",
    "打造钢铁、石化和装备制造三大产业集群。",        # a 和 before the last name
    "中央和省、市、县两级财政共同承担。",              # 和 joins two groups
    "着力打造“视半工备、海陆空网”八大支柱产业。",     # one industry a character
]
SILENT_TRAPS = [
    "在美国、加拿大、英国设立5家海外创新中心。",       # a verb between the names and the count
    "宝安、龙岗八个镇被评为教育强镇。",                 # places below the districts named
    "加快甲地、乙地4座光热电站建设。",                 # places holding the things counted
    "南方大学、北方大学8个学科进入前1%。",              # institutions holding the things counted
    "开展提信心、扩需求、稳增长、促发展十大行动。",     # a programme's number, not the names' count
    "新建、改造6座公交候车亭。",                        # actions listed, not names
    "举办马拉松赛、铁人三项赛、自行车赛等赛事。",       # a count inside a name that is an item
    "推进甲市、乙市国际消费中心城市和6个区域消费中心城市建设。",  # the count joined as another item
    "持续增强“四个意识”、坚定“四个自信”。",            # counts inside quoted names
    "全面落实主体责任、中央八项规定及其实施细则。",     # a count inside a name joined by 及
    "在教育、医疗、养老等3个领域试点。",               # a list marked partial
    "三、全力抓好七项重点工作。",                       # a heading's numeral
]
WRONG = [
    "全年新增甲县、乙县、丙县5个省级农业强县。",
    "我市形成电子信息、生物医药、新材料五大主导产业，产值突破千亿元。",
    "重点推进“智慧交通”“智慧医疗”“智慧教育”五项工程。",
    "围绕“稳增长、调结构、惠民生”五大目标，扎实推进各项工作。",
    "经济总量连续跨越2万亿元、3万亿元四个台阶。",
    "打造钢铁、石化和装备制造五大产业集群。",
    "新增荆门、随州、恩施、咸宁、鄂州2个千亿级城市。",
]


test_silent, test_found = code_checks("LG103", CONSISTENT + SILENT_TRAPS, WRONG)
