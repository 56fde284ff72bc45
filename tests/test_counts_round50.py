"""Counts and the names they count, read in more shapes (lintgov.claims.lists; checked by LG103), round 50: names closed
by 的 before a count of ideas, aims or burdens (A、B、C的三重压力), names inside the list ending in a nominalised action
(危房改造), a long last name that joins two (…和…), a short bracket inside a name (出国（境）…), names alike that each join
two words with 与 (one thing each or two each, never a mix), counts of N大 things glossed by their names after 为 / 是指 /
包括 (包括 exact only in a glossary entry), names in ASCII quotes, quoted counts of firsts (“四个全省第一”), a count in
digits before items 一是…, N处 after the names, levels before 人大, a count in the sentence leading its paragraph and the
sentences after it, each opened by the same word.  Phrasings written for the test (not the labelled
sentences of round 50)."""

from fresh_set import code_checks

ITEMS3 = "一是完善制度；二是加强监管；三是优化服务。"

CONSISTENT = [
    # names closed by 的 before a count of burdens or ideas
    "面对外需走弱、成本上升、融资偏难的三重压力。",
    "坚持安全、绿色、共享的三大原则。",
    # a nominalised action inside the list is a programme's name
    "实施照亮边境、危房改造、道路绿化三大工程。",
    # a long last name joining two names (each piece short)
    "从优化营商环境、完善科技创新服务体系和降低制造企业综合成本三个方面出台措施。",
    # a short bracket inside a name
    "建成房屋租赁（境外）服务平台、社区养老服务平台两大平台。",
    # names alike, each joining two words with 与: one thing each or two each
    "重点发展光电与显示、储能与氢能两大产业。",
    "重点发展光电与显示、储能与氢能四个产业。",
    # N大 things glossed by their names
    "5.六大产业为纺织、服装、家具、五金、食品和电子。",
    "3.“九大产业”：九大产业包括：纺织、服装、家具、五金、食品、电子、化工、建材、医药。",
    # names in ASCII quotes
    '组织开展"清理、整顿、规范"三大行动。',
    # a quoted count of firsts after the measures ranked first
    "实现审批时限、办事环节、提交材料“三个全市第一”。",
    # a count in digits before its items
    "今年部署了3项重点任务：" + ITEMS3,
    # N处 after the names; levels before 人大
    "新建东湖驿站、西湖驿站、北湖驿站3处游客服务点。",
    "办理省、市两级人大代表建议56件。",
    # a paragraph led by its count, each sentence after it an item opened by the same word
    "重点推进三大工程。加快建设东部新城，完善配套。加快建设西部园区。加快建设南部港区，年内开工。\n下一段。\n",
]
SILENT_TRAPS = [
    # 的 before any other noun makes the names its holders
    "比亚迪、华为、腾讯公司的两项技术成果获奖。",
    # a bracket right before the count closes the names
    "包括引进和培育名医（名科）、举办名医院、聚集名诊所（门诊部）三方面。",
    # 包括 outside a glossary may name some only
    "今年十大工程包括东区学校、西区医院、北区公园。",
    # a quoted count of firsts with no names before it
    "模块化建造模式实现“三个全国第一”。",
    # names alike, each with 与: three would be a mix
    "推进产业与城市、生态与民生两方面融合。",
    # a sentence opened otherwise may be an item phrased apart: the count is not read
    "重点推进三大工程。加快建设东部新城。加快建设西部园区。同时做好配套工作。\n下一段。\n",
    "重点推进四大工程。加快建设东部新城。加快建设西部园区。完善南部港区配套。\n下一段。\n",
    # the first name ends with an action: a list of actions
    "为实现、发展和保卫四个现代化而奋斗。",
]
WRONG = [
    "面对外需走弱、成本上升、融资偏难的四重压力。",
    "坚持安全、绿色、共享的四大原则。",
    "实施照亮边境、危房改造、道路绿化四大工程。",
    "从优化营商环境、完善科技创新服务体系和降低制造企业综合成本五个方面出台措施。",
    "建成房屋租赁（境外）服务平台、社区养老服务平台三大平台。",
    "重点发展光电与显示、储能与氢能三大产业。",
    "5.八大产业为纺织、服装、家具、五金、食品和电子。",
    "3.“十大产业”：十大产业包括：纺织、服装、家具、五金、食品、电子、化工、建材、医药。",
    '组织开展"清理、整顿、规范"四大行动。',
    "实现审批时限、办事环节、提交材料“四个全市第一”。",
    "今年部署了5项重点任务：" + ITEMS3,
    "新建东湖驿站、西湖驿站、北湖驿站4处游客服务点。",
    "办理省、市三级人大代表建议56件。",
    "重点推进五大工程。加快建设东部新城，完善配套。加快建设西部园区。加快建设南部港区，年内开工。\n下一段。\n",
]

test_silent, test_found = code_checks("LG103", CONSISTENT + SILENT_TRAPS, WRONG)
