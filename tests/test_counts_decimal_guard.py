"""A Chinese-numeral decimal or percentage closing a line (增长百分之十三点三。 / 增长十三点五倍。) is no count of the
paragraphs that follow it (十三点 read as "thirteen points" before —— paragraphs, numbered sections or items): the
metamorphic bench's cn_percent rewrite of a real sentence (074 深圳 2012) raised LG103 there.  Phrasings written for the
test."""
from fresh_set import code_checks

TAIL_DASH = "\n——文化建设实现“三个加快”。文化影响力加快提升。\n——城市发展实现“三个跃升”。基础设施实现跃升。\n"
TAIL_SECTIONS = "\n一、稳增长\n内容。\n二、促改革\n内容。\n"
TAIL_NUMBERED = "（1）稳增长。（2）促改革。"
HEADS = ("最低生活保障标准从每月450元提高到510元，增长百分之十三点三。",
         "外贸出口增长十三点五倍。",
         "城镇登记失业率为百分之三点二。")

SILENT = [h + t for h in HEADS for t in (TAIL_DASH, TAIL_SECTIONS)] + [
    "研发投入占比达到百分之三点二：" + TAIL_NUMBERED,
    # a count of points with no numeral after 点 is still a count: two announced, two paragraphs follow
    "今年要重点把握好两点：" + TAIL_DASH,
]
WRONG = [
    "今年要重点把握好三点：" + TAIL_DASH,
]

test_silent, test_found = code_checks("LG103", SILENT, WRONG)
