"""Counts and the names they count, round 59 (lintgov.claims.lists; checked by LG103): a count whose noun is followed by
a join and a counted phrase of its own (A、B、C3个区和D、E等7个镇: the join joins two counted phrases, the first count
counts its names), and a quoted one-character abbreviation after names that each open or each close with its character
(快核酸、快流调、快找人“三快”; …议事会、…理事会和…理事会“三会”), at least three names; a quoted count of a deed done to
each thing named (命案、绑架案、涉枪案“三必破”; …“五公开”, “三同步”, “四到位”), at least three names; names before a count of streets
or towns (街道, 镇, 乡), which lie right under a county-level division, when no name is a county, prefecture or province
the document may mean (lintgov/data/counties.tsv, places.tsv), nor a zone (…新区), nor ends with 区/县/市: the names are
then the streets or towns counted, not the places holding them.  Phrasings written for the test (not the labelled
sentences of round 59)."""

from fresh_set import code_checks

CONSISTENT = [
    # a count, its noun, a join and a counted phrase of its own
    "东湖、西湖、南湖3个区和北山、东山等5个镇被评为卫生先进单位。",
    "建成青山公园、绿水公园、蓝天公园3座公园和白云、红霞2个广场。",
    "深化与韶关、清远两市产业共建和梅州3县结对帮扶。",
    "引进华光、星河、东方3家研究院和2家创新中心。",
    "完成甲、乙、丙三所学校改扩建及丁校2栋宿舍楼建设。",
    "建设智能制造、生物医药、新材料三大产业集聚区和东部、西部两大物流园区。",
    # a quoted abbreviation, each name opening with its character
    "推行快受理、快审批、快发证“三快”服务。",
    "抓好稳就业、稳物价、稳预期“三稳”工作。",
    "开展净街道、净社区、净河道、净小区“四净”行动。",
    # the first name after a verb, and names each closing with the character (a join in the last name)
    "落实人防、技防、物防“三防”措施。",
    "建立村民议事会、乡贤理事会、红白理事会和禁毒禁赌会“四会”议事机制。",
    "全面推行定岗、定责、定人“三定”管理。",
    # a deed done to each thing named
    "连续三年保持抢劫案、盗窃案、诈骗案“三必破”。",
    "全面推行预算、决算、绩效“三公开”。",
    "落实征收补偿、安置房建设和配套设施“三同步”要求。",
    "做到人员、经费、场地、制度“四到位”。",
    "推动审批、监管、执法“三统一”。",
    # streets and towns named before their count
    "广东省梅州市新设青峰、白石、云溪三个街道。",
    "辐射带动松林、竹园、梅岭、桃溪四个街道协同发展。",
    "江西省宜春市株潭、黄茅、鹅峰3个镇入选全省重点镇。",
    "湖南省岳阳市撤销白羊、青塘2个乡，设立白羊镇。",
    "广东省汕头市完成河东、河西两个街道行政区划调整。",
]

TRAPS = [
    # a noun pair after the count, no count after the join: the count may hold both nouns
    "引进华光、星河、东方5家科研机构和企业。",
    # the quoted term is an item of the list (教师、医生和“三师”), or the names describe its holders (…的“三农”)
    "持续推动教师、医生和“三师”志愿者参与乡村振兴。",
    "建设一支懂农业、爱农村、爱农民的“三农”工作队伍。",
    # verbs governing the quoted term
    "科学划定、动态调整“三区”范围。",
    # two names of a fixed term of three (防汛、防旱、防风)
    "做好防汛、防风“三防”工作。",
    "围绕基层组织、基础工作“三基”短板持续发力。",
    # the character not at the same edge of every name
    "推动产业园区、科技园、物流园“三园”联动。",
    # places below a county before a count of places of that level, with a counted phrase after the join
    "宝安、龙岗四个镇和光明3个村。",
    # counties, districts or zones holding the streets or towns counted
    "深圳市南山、罗湖、福田5个街道入选试点。",
    # no province or prefecture named: any county may be meant
    "罗湖、福田4个街道入选试点。",
    "广东省东莞市以外，惠州市惠阳、惠东7个镇完成改造。",
    "江西省宜春市万载、上高6个乡镇开展试点。",
    "光明新区下辖光明、公明2个街道，大鹏新区下辖葵涌、大鹏、南澳3个街道；光明、大鹏4个街道获评先进。",
    "高新区、经开区5个街道纳入统筹。",
    # a deed's count after two names (a fixed term's two named), or a list closed by 等
    "完成标准化、规范化“十统一”改造。",
    "统筹政府采购、工程招标等“六合一”平台。",
    # a facility of the streets, not the streets
    "建成桃源、西丽、招商5个街道长者服务中心。",
]

WRONG = [
    "东湖、西湖、南湖5个区和北山、东山等5个镇被评为卫生先进单位。",
    "建成青山公园、绿水公园、蓝天公园5座公园和白云、红霞2个广场。",
    "深化与韶关、清远四市产业共建和梅州3县结对帮扶。",
    "引进华光、星河、东方5家研究院和2家创新中心。",
    "建设智能制造、生物医药、新材料五大产业集聚区和东部、西部两大物流园区。",
    "推行快受理、快审批、快发证“五快”服务。",
    "抓好稳就业、稳物价、稳预期“四稳”工作。",
    "开展净街道、净社区、净河道、净小区“六净”行动。",
    "落实人防、技防、物防“五防”措施。",
    "建立村民议事会、乡贤理事会、红白理事会和禁毒禁赌会“六会”议事机制。",
    "全面推行定岗、定责、定人“五定”管理。",
    "连续三年保持抢劫案、盗窃案、诈骗案“五必破”。",
    "全面推行预算、决算、绩效“五公开”。",
    "落实征收补偿、安置房建设和配套设施“五同步”要求。",
    "做到人员、经费、场地、制度“六到位”。",
    "推动审批、监管、执法“五统一”。",
    "广东省梅州市新设青峰、白石、云溪五个街道。",
    "辐射带动松林、竹园、梅岭、桃溪六个街道协同发展。",
    "江西省宜春市株潭、黄茅、鹅峰5个镇入选全省重点镇。",
    "湖南省岳阳市撤销白羊、青塘4个乡，设立白羊镇。",
    "广东省汕头市完成河东、河西四个街道行政区划调整。",
]

test_silent, test_found = code_checks("LG103", CONSISTENT + TRAPS, WRONG)
