"""Bounds read in more places (LG105): a bound said of each value of a list (双双突破千亿元，分别达到…; 分别达到…，均突破…;
双双突破千家，A达到…，B达到…), and the exact figure restated after 全年实际.  Phrasings written for the test: consistent ones are silent, a value on the wrong side of the bound is found,
and the readings where the figures are not what the bound is said of stay silent."""

from fresh_set import code_checks

SILENT = [
    "规上工业总产值、营业收入双双突破千亿元，分别达到1080亿元、1020亿元。",
    "进口、出口分别达到1080亿元、1020亿元，均突破千亿元。",
    "科技型企业、专精特新企业双双突破千家，科技型企业达到1304家，专精特新企业达到1072家。",
    "全年新增城镇就业逾5万人，全年实际新增52,620人。",
    # not the figures the bound is said of
    "科技型企业、专精特新企业双双突破千家，科技型企业达到1304家，专精特新企业新增72家。",
    "全年引进项目不足50个，共引进人才56个。",                 # another object
    "全年引进项目不足50个，同比增加6个。",                     # a change, not the level
    "两区生产总值均突破千亿元，其中南区增长8%，北区为960亿元。",  # not a list of the values
]
WRONG = [
    "规上工业总产值、营业收入双双突破千亿元，分别达到1080亿元、980亿元。",
    "进口、出口分别达到1080亿元、980亿元，均突破千亿元。",
    "科技型企业、专精特新企业双双突破千家，科技型企业达到1304家，专精特新企业达到972家。",
    "全年新增城镇就业逾5万人，全年实际新增48,620人。",
    # the bound's metric named again in the next clause (claims.thresholds.named_alike: the same words, 共 aside): 56 is
    # not under 50 (once silent — a noun may pass for a verb of _same_deed — now read by what the words name)
    "全年引进项目不足50个，共引进项目56个。",
]

test_silent, test_found = code_checks("LG105", SILENT, WRONG)
