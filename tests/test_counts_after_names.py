"""Counts after the names they count, the shapes read since round 15 (lintgov.claims.lists.enumerations, checked by
LG103): a quoted count whose measure word is 张 (“三张清单”); a quoted abbreviation whose character stands in every name
and a word of how they work together (产业、学业、就业“三业引领”); names joined by a dash (区—街道—社区三级); levels
after names of any kind (街道、社区、小区、家庭四级); levels glued together after another item's name (…委、区街两级; 区街社
三级); names of one character glued to the words before the first (…比赛小、初、高男子组三项).  Phrasings written for
the test, not taken from reports: as many things as names is silent, a count that cannot be the names is found, and
readings where the names are not what the count counts stay silent."""

from fresh_set import code_checks

CONSISTENT = [
    # 张
    "全面推行权力、责任、负面“三张清单”管理。",
    "织密城市管理、社会治理“两张网”。",
    "编制风险点、危险源、应急资源、救援队伍“四张图”。",
    "建立项目、资金、政策“三张表”。",
    "晒出承诺、履职、问效“三张单”。",
    # an abbreviation in every name with a word of how they work together
    "推动科技园、产业园、大学园“三园联动”。",
    "促进文化、旅游、体育“三业融合”。",
    "推进人才链、技术链、资金链、产业链“四链协同”。",
    "实施治水、治气、治土“三治并举”。",
    "构建家校、家社“两家共育”机制。",
    # a dash chain
    "健全市—区—街道三级应急指挥体系。",
    "形成“镇—村—组”三级网格。",
    "打通北岸—中岛—南岸三大片区交通。",
    "建立“厅—局—站—点”四级服务网络。",
    "推行医院—社康—家庭三方协作。",
    # levels after names of any kind
    "建成园区、楼宇、企业三级服务网络。",
    "完善快速路、主干路、次干路、支路四级路网。",
    "构建学校、年级、班级三级管理体系。",
    "形成总站、分站、服务点三级物流网络。",
    "健全网格、楼栋、单元三级管理机制。",
    # glued levels after another item's name
    "成立区防灾委、区街两级指挥部。",
    "建立区街社三级联动机制。",
    "健全市区街三级协调机制。",
    "推行镇村组三级包干制度。",
    "设立县乡两级服务中心。",
    # names of one character glued to the words before
    "全年举办全区中小学运动会小、初、高三个组别比赛。",
    "统筹推进2025年东、中、西三大片区开发。",
    "完成全市春季植树造林东、南、西、北四个片区任务。",
    "承办青少年锦标赛甲、乙、丙三个组别比赛。",
    "落实全区供暖季一、二、三期工程。",
]
SILENT_TRAPS = [
    "推进大运公园、中心公园群“五园连通”。",             # a name that is a group holds more things
    "科学划定、动态调整“三区”范围。",                 # actions before an abbreviation (no shared character)
    "加快北环—南环、东环—西环等6条道路建设。",         # dashes inside items of a 、-list: one name each
    "力争新增1-2个国家级平台。",                       # a range of digits, not names
    "完善区—街道—社区三级和八大园区服务体系。",       # a count joined to another count after the chain
    "深化领导挂点社区、区街社三级联系制度。",           # after a level's name the 、 may add a level
    "推动市、区街两级联动。",                           # 市 and 区街: two or three levels, ambiguous
    "优化调整一、二、三级水源保护区。",                 # numerals, not names
    "中央和省、市、县两级财政共同承担。",               # a 和 joins two groups
    "文化馆、图书馆获评国家一级馆。",                   # a grade (一级), not a count of levels
    "社区三级网格员培训全面完成。",                     # 社区 is one word, not the levels 社 and 区
]
WRONG = [
    "全面推行权力、责任、负面“五张清单”管理。",
    "推动科技园、产业园、大学园“四园联动”。",
    "推进人才链、技术链、资金链、产业链“六链协同”。",
    "健全市—区—街道四级应急指挥体系。",
    "建立“厅—局—站—点”六级服务网络。",
    "建成园区、楼宇、企业五级服务网络。",
    "完善快速路、主干路、次干路、支路三级路网。",
    "成立区防灾委、区街四级指挥部。",
    "建立区街社五级联动机制。",
    "全年举办全区中小学运动会小、初、高五个组别比赛。",
]


test_silent, test_found = code_checks("LG103", CONSISTENT + SILENT_TRAPS, WRONG)
