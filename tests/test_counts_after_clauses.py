"""A count of items opening a clause and said of each of them (，五项工作均…; ，两项指标增速均…; ，这两项指标…): not more items
than the sentence listed before it (lintgov.claims.lists.enumerations, checked by LG103).  Phrasings written for the test:
as many items or fewer is silent (the count may be of the last items only), more is found; a count of places, a list
closed by 等 and a noun that is not an item of work stay silent."""

from fresh_set import code_checks

CONSISTENT = [
    "全年新建学校12所、公园8个，改造道路30条，三项工作均超额完成。",
    "地区生产总值增长6.2%，一般公共预算收入增长8.1%，两项指标均高于全省平均水平。",
    "粮食产量、农民收入、农村用电量分别增长3%、7%和5%，三项指标增速均创五年新高。",
    "城镇新增就业2.1万人，城镇登记失业率2.3%，这两项指标好于预期。",
    "代表队获得金牌15枚、银牌20枚、铜牌18枚，三项数据都刷新纪录。",
    "进出口总额增长9%，实际利用外资增长12%，两项增速均居全市第一。",   # fewer than the items is a reading too
    "新增市场主体3.2万户，净增规上企业120家，新增上市企业4家，两项指标均创历史新高。",
]
SILENT_TRAPS = [
    "服务港澳发展，加强乡亲联系，八个街道均成立同乡会。",           # places, counted in 个
    "推进教育、医疗、养老等民生事业，五项工作均取得新进展。",       # a list closed by 等
    "全年完成投资50亿元，5项工程均已开工。",                        # 工程 counted, not the items listed
    "地区生产总值增长6%，五项指标均居全市前列。",                   # one item only: the count is of items named elsewhere
    "围绕“稳增长、促改革、惠民生”，三项任务均顺利完成。",          # a quote masked: one item
]
WRONG = [
    "全年新建学校12所、公园8个，改造道路30条，五项工作均超额完成。",
    "地区生产总值增长6.2%，一般公共预算收入增长8.1%，四项指标均高于全省平均水平。",
    "城镇新增就业2.1万人，城镇登记失业率2.3%，这三项指标好于预期。",
    "代表队获得金牌15枚、银牌20枚、铜牌18枚，六项数据都刷新纪录。",
    "进出口总额增长9%，实际利用外资增长12%，三项增速均居全市第一。",
]


test_silent, test_found = code_checks("LG103", CONSISTENT + SILENT_TRAPS, WRONG)
