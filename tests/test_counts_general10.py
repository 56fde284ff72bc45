"""A stated count against the names it counts (lintgov.claims.lists.enumerations and lintgov.claims.announced, checked by
LG103), read in general: a term of several counts (三省一市), a list closed by 等 right before its count (only a count
smaller than the names is a finding), a total word between the names and their count (…共5大), names sharing the
counted noun on both sides of a join (A中心和B中心、C中心), zones named before their count (…三个片区), 分别 and a verb
before the titles each session studied (学法4次，分别学习了《…》…), a quoted term glossed with 指：.  Phrasings written
for the test: each consistent statement is silent, its variant with one wrong count is found; traps stay silent."""

from fresh_set import code_checks

PAIRS = [
    # a term of several counts: the names are the things of all its counts together
    ("推动苏州、无锡、常州、南通四市一区协同发展。", "推动苏州、无锡、常州、南通三市一区协同发展。"),
    ("鲁、豫、皖三省一市联席会议。", "鲁、豫、皖两省一市联席会议。"),
    # a list closed by 等: a count smaller than the names listed is wrong, a larger one may count more
    ("统筹推进江畔、湖心、空港、高铁站等四个重要片区开发。", "统筹推进江畔、湖心、空港、高铁站等三个重要片区开发。"),
    ("已建成滨江、东湖、城南、高新、临空、港口、北部、西部、南部、中部等10个功能区。",
     "已建成滨江、东湖、城南、高新、临空、港口、北部、西部、南部、中部等9个功能区。"),
    ("新建了樱花、银杏、枫林等3个主题公园，", "新建了樱花、银杏、枫林等两个主题公园，"),
    # a total word between the names and their count
    ("重点发展电子信息、装备制造、新材料、生物医药、新能源共5大产业集群。",
     "重点发展电子信息、装备制造、新材料、生物医药、新能源共6大产业集群。"),
    ("全县划分为甲区、乙区和丙区共三个区。", "全县划分为甲区、乙区和丙区共四个区。"),
    # names sharing the counted noun on both sides of a join: each side is one thing
    ("（四个中心）加快建设金融中心和物流中心、数据中心、会展中心四个中心。",
     "（四个中心）加快建设金融中心和物流中心、数据中心、会展中心三个中心。"),
    ("加快建设金融中心和物流中心、数据中心、会展中心等四个中心。", "加快建设金融中心和物流中心、数据中心、会展中心等三个中心。"),
    # a glossary entry: the names ending with the count's noun, wherever they stand in the entry after a clause
    ("3.四个中心：省委十二次党代会提出，加快建设金融中心和物流中心、数据中心、会展中心。",
     "3.四个中心：省委十二次党代会提出，加快建设金融中心和物流中心、数据中心。"),
    ("（2）三大基地：按照市委部署，建设蔬菜基地、茶叶基地和油茶基地。", "（2）四大基地：按照市委部署，建设蔬菜基地、茶叶基地和油茶基地。"),
    # a count pointing back to the sentences before it, each opening with one thing's name
    ("化工行业完成整治。建材行业完成整治。冶金行业完成整治。以上3个行业全部达标。",
     "化工行业完成整治。建材行业完成整治。冶金行业完成整治。以上4个行业全部达标。"),
    ("城东园区产值增长5%。城西园区产值增长8%。上述两个园区均超额完成任务。",
     "城东园区产值增长5%。城西园区产值增长8%。上述三个园区均超额完成任务。"),
    # an unquoted term glossed by 指 opening its clause, every side of a join ending with its noun one thing
    ("16.一河六圈：一河指滨江，六圈指东圈、西圈、南圈、北圈、中圈、外圈。", "16.一河六圈：一河指滨江，六圈指东圈、西圈、南圈、北圈、中圈。"),
    ("三翼指东翼、西翼和北翼。", "两翼指东翼、西翼和北翼。"),
    ("“三张清单”：权力清单、责任清单和负面清单。", "“四张清单”：权力清单、责任清单和负面清单。"),
    # 以及 joining the last two names, like 和
    ("培育了装备制造、食品加工以及纺织服装3个百亿级产业。", "培育了装备制造、食品加工以及纺织服装4个百亿级产业。"),
    # villages and characteristic towns named before their count, like towns and zones
    ("进出口、进口、出口三项指标均居全市第一。", "进出口、进口、出口两项指标均居全市第一。"),
    ("年内搬迁麻布、径贝两个村。", "年内搬迁麻布、径贝三个村。"),
    ("完成南澳墟镇、鹏城、溪涌、大鹏四个魅力小镇建设。", "完成南澳墟镇、鹏城、溪涌、大鹏五个魅力小镇建设。"),
    # titles, before their count or in a bracket after it: one document a title
    ("制定出台了《甲条例》《乙条例》两部法规。", "制定出台了《甲条例》《乙条例》三部法规。"),
    ("全年出台规范性文件3件（《甲办法》《乙规定》《丙实施办法》）。", "全年出台规范性文件4件（《甲办法》《乙规定》《丙实施办法》）。"),
    ("提请审议《甲条例》、《乙条例》、《丙条例》等五部法规草案。", "提请审议《甲条例》、《乙条例》、《丙条例》等两部法规草案。"),
    # a verb phrase between a quoted count and 即: the names end with the term's noun
    ("围绕“五大领域”开展专项整治，即交通领域、环保领域、住建领域、教育领域和卫生领域。",
     "围绕“五大领域”开展专项整治，即交通领域、环保领域、住建领域和卫生领域。"),
    # zones named before their count
    ("加快推进江畔、湖心和空港三个重点改造片区建设。", "加快推进江畔、湖心和空港四个重点改造片区建设。"),
    # 分别 and a verb before titles: one title each session
    ("组织集中学法4次，分别学习了《宪法》《民法典》《行政处罚法》和《安全生产法》。",
     "组织集中学法4次，分别学习了《宪法》《民法典》《行政处罚法》《安全生产法》和《行政许可法》。"),
    ("常委会开展专题学习三期，分别研读《监督法》《代表法》《立法法》。", "常委会开展专题学习两期，分别研读《监督法》《代表法》《立法法》。"),
    # a quoted term glossed with 指 and a colon
    ("“四联”指：联防、联控、联治、联建。", "“四联”指：联防、联控、联治。"),
    ("“三长制”是指：河长、林长、田长。", "“四长制”是指：河长、林长、田长。"),
]

TRAPS = [
    "推进长三角三省一市一体化发展。",                                 # a term going on: no reading
    "完善家庭、学校、社会三位一体育人机制。",                           # 三位一体 is one count
    "新建布局、优化提升、整合重组、调整淘汰四个一批。",                  # 四个一批: N things each called 一X
    "获得考核、市容环境考核两个五连冠。",
    "统筹推进江畔、湖心、空港、高铁站等五个重要片区开发。",              # 等: a larger count may count more
    "加快解决征地、拆迁、补偿、安置等两类问题。",                        # kinds may group the names
    "涉及食品、药品、医疗器械、化妆品等三个领域。",                      # fields may group the names
    "城东、城西共5个项目开工建设。",                                    # 共: the names may hold the things
    "深圳、上海共5大项目落地。",
    "建成城东、城西、城东两个公园。",                                   # a list naming one thing twice
    "进出口、进口、出口三项外贸指标均居全市第一。",                      # 进出口 is no verb and 出口
    "加快建设金融中心和物流中心、数据中心、会展中心四个中心。",           # as many as the names
    "召开常委会会议三次，分别审议《甲条例》《乙条例》《丙条例》等。",      # an open list of titles
    "连续三年实现安全生产、食品安全、消防安全零事故。",                  # a count of years
    "用3个月时间集中整治违建、占道、噪音问题。",
    "牢记“两个确立”，增强“四个意识”、坚定“四个自信”、做到“两个维护”。",  # fixed terms, items not listed
    "第一、第二、第三季度经济持续回升。",
    "实施乡村振兴、城市更新两大战略和教育、医疗、养老三大工程。",          # nested: each count its own list
    "开展“三个一”活动：读一本书、写一篇心得、讲一堂课。",
    "三大基地：按照市委部署，建设蔬菜基地、茶叶基地和油茶基地，其中蔬菜基地已建成。",   # some of them named again
    "五个中心：加快建设金融中心、数据中心等。",                                          # an open list
    "三年指导、四个指标全面落实。",                                       # 指 of 指导/指标 is no gloss
    "我们把两年指为攻坚期。",                                             # a count inside its clause
    "甲街道、乙街道三个社区。",                                          # streets may hold the communities
    "宝安、龙岗两个社区。",                                              # districts hold them
    "青山、白水3个社区书屋",                                             # a facility of the communities
    "围绕《甲条例》《乙条例》出台3个配套文件。",                                        # documents made for the titles
    "制定出台了《甲条例》、《乙条例》等5部法规。",                                        # 等: more may be counted
    "聚焦“三大任务”开展专项整治，即抓整改、建机制、促提升。",                            # 即 explains the phrase
    "实施“三大工程”，其中城建工程、水利工程已完工。",                                    # some of them
    "实施“三大工程”，城建工程、水利工程已完工。",
    "甲园区产值增长5%。乙园区产值增长8%。丙园区产值增长3%。这两个园区均超额完成任务。",  # 这 may point to the last ones
    "全市有5个园区。城东园区产值增长5%。城西园区产值增长8%。以上五个园区均完成任务。",    # a sentence naming none
    "城东园区产值增长5%，带动城西园区发展。城南园区产值增长8%。以上3个园区均完成任务。",  # two names in one sentence
]

test_silent, test_found = code_checks("LG103", [g for g, _ in PAIRS] + TRAPS, [b for _, b in PAIRS])
