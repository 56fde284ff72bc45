"""快于/高于/慢于/低于 between two printed percentages, checked in its direction (LG105): the other figure printed after
the comparison and named its own (的 / a bracket / 的增速 after it), or two growths listed with 分别 and compared by
their names.  Phrasings written for the test: a comparison the figures allow is silent, one they contradict is found,
and the readings where the second figure may be a gap written with %, a plan, or each item of a list stay silent."""

from fresh_set import code_checks

SILENT = [
    "全区规上工业增加值增长8.1%，高于全市的7.4%。",
    "全区社会消费品零售总额增长6.5%，增速快于全省（5.9%）。",
    "农村居民人均可支配收入增长7.2%，快于城镇居民6.1%的增速。",
    "全区固定资产投资增长3.2%，低于全市的4.8%。",
    "城镇和农村居民人均可支配收入分别增长5.1%和6.4%，农村居民收入增速连续六年快于城镇居民。",
    "城镇、农村居民人均可支配收入分别增长4.0%、4.0%，农村居民收入增速快于城镇。",   # equal as printed: rounding
    "全区规上工业增加值下降2.1%，低于全市的1.5%。",
    # the second figure may be a gap written with %, or the clause is a plan, or 均 compares each item of a list
    "全区规上工业增加值增长2.1%，高于全市3.5%。",
    "预期地区生产总值增长5%，高于全市的6%。",
    "工业、服务业增加值分别增长4.1%、5.2%，均高于全市的6.0%。",
    "出口、进口分别增长5.1%和6.4%，进口增速快于出口，贸易顺差收窄。",
]
WRONG = [
    "全区规上工业增加值增长6.1%，高于全市的7.4%。",
    "全区社会消费品零售总额增长5.2%，增速快于全省（5.9%）。",
    "农村居民人均可支配收入增长5.2%，快于城镇居民6.1%的增速。",
    "全区固定资产投资增长6.2%，低于全市的4.8%。",
    "城镇和农村居民人均可支配收入分别增长6.8%和6.4%，农村居民收入增速连续六年快于城镇居民。",
    "出口、进口分别增长7.1%和6.4%，进口增速快于出口。",
]

test_silent, test_found = code_checks("LG105", SILENT, WRONG)
