"""A count beside the names it counts (LG103 count-of-names, lintgov.claims.lists.enumerations), three readings of how
lists are written that were not read before (phrasings written for the test, from several kinds of reports):

- a count of ten or more right after a long list (seven names or more) printed whole to be counted (…贷款贴息10项支持
  政策; …数字创意十大产业集群); a handful of names before 十大 stays a programme's aims and is not read;
- a verb word inside the last name that closes the name of a work written object + verb like an earlier name
  (危房改造、饮水改造和致富四大帮扶工程), and a verb word inside a zone's noun (省、市、开发区三级): no verb between the
  names and the count;
- names after a count's colon closed by 和 before a comma and a clause of its own (学校5所：A、B、C和D，新增学位…);
  a clause after the comma speaking of others (其余, 另有) leaves it unread.
Consistent statements and near-misses stay silent; a count changed from the names' number is found."""

from fresh_set import code_checks

CONSISTENT = [
    # ten or more names before a count of ten or more
    "区财政对总部企业、上市培育、研发投入、技术改造、人才引进、品牌建设、标准制定、知识产权、展会参展、融资贴息10类事项给予奖补。",
    "全市形成新一代信息技术、高端装备、新材料、生物医药、新能源汽车、节能环保、数字创意、现代物流、现代金融、文化旅游十大重点产业链。",
    "县人社局开通社保查询、就业登记、技能培训、创业贷款、劳动仲裁、工伤认定、养老待遇、失业金申领、职称评审、人才引进、档案管理11项网上服务。",
    # a verb word closing a work's name inside the last name
    "乡村振兴局实施道路硬化、危房改造、水源改造和产业增收四大民生工程。",
    "交通运输局推进国道拓宽、县道改造和桥梁改造三项工程。",
    # a verb word inside a zone's noun
    "建立县、乡镇、开发区三级网格化监管体系。",
    # a closed list after a count's colon, a comma, then a clause of its own
    "全县新建公办幼儿园4所：城关幼儿园、南街幼儿园、河西幼儿园和新区幼儿园，新增学位1,080个。",
    "今年建成社区卫生服务站3个：柳岸站、桃园站和金桥站，服务覆盖居民5.2万人。",
]
SILENT_TRAPS = [
    # a handful of names before a programme's count of ten
    "开展稳就业、促消费、优环境、强产业十大专项行动。",
    "围绕保供、稳价、惠民十二项重点任务扎实推进。",
    # a verb between the names and the count, also when a join follows it
    "在德国、法国和荷兰设立和运营4家海外研发中心。",
    "在东区、西区和南区建设改造6座公交首末站。",
    # no earlier name closes with the verb word of the last one
    "深入实施道路整治和绿化提升四个三年行动。",
    # a clause after the comma speaks of others
    "全市建成口袋公园6个：滨河公园、樱花公园、银杏公园和翠湖公园，其余正在建设。",
    "新建驿站5个：城东驿站、城西驿站和城南驿站，另有2个在建。",
    # no join closes the list before the comma: the comma may open a description
    "街道设立服务点4个：东门、西门、南门，覆盖主要居住区。",
    # a list marked partial stays unread
    "重点发展电子信息、生物医药、新材料、新能源、高端装备、节能环保、数字经济等十二大产业。",
]
WRONG = [
    "区财政对总部企业、上市培育、研发投入、技术改造、人才引进、品牌建设、标准制定、知识产权、展会参展、融资贴息12类事项给予奖补。",
    "全市形成新一代信息技术、高端装备、新材料、生物医药、新能源汽车、节能环保、数字创意、现代物流、现代金融、文化旅游十二大重点产业链。",
    "全市形成新一代信息技术、高端装备、新材料、生物医药、新能源汽车、节能环保、数字创意、现代物流、现代金融十二大重点产业链。",
    "县人社局开通社保查询、就业登记、技能培训、创业贷款、劳动仲裁、工伤认定、养老待遇、失业金申领、职称评审14项网上服务。",
    "乡村振兴局实施道路硬化、危房改造、水源改造和产业增收六大民生工程。",
    "建立县、乡镇、开发区五级网格化监管体系。",
    "全县新建公办幼儿园6所：城关幼儿园、南街幼儿园、河西幼儿园和新区幼儿园，新增学位1,080个。",
    "今年建成社区卫生服务站5个：柳岸站、桃园站和金桥站，服务覆盖居民5.2万人。",
]


test_silent, test_found = code_checks("LG103", CONSISTENT + SILENT_TRAPS, WRONG)


# short names sharing the last one's region word as their head (东、中、西、东北地区): the regions themselves when the
# count counts regions; a count of other things (高校) stays unread (the regions may hold them)
REGIONS_SILENT = [
    "继续推动东、中、西、东北地区“四大板块”协调发展。",
    "支持东、中、西部地区12所高校建设。",
    "支持东、中、西部地区5所高校建设。",
]
REGIONS_WRONG = [
    "继续推动东、中、西、东北地区“五大板块”协调发展。",
    "继续推动东、中、西、东北地区“三大板块”协调发展。",
]
test_regions_silent, test_regions_found = code_checks("LG103", REGIONS_SILENT, REGIONS_WRONG)
