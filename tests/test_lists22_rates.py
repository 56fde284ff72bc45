"""Rates of parallel 分别 lists (session 22, lists engineer), wordings written for the test, none taken from a report:

- each rate of a 分别 list is the i-th count of the list named by the rate's action over the i-th count of another list
  of its measure (``lintgov.claims.reach.respective_readings``); a list is named by its words before 分别 and by its
  verb after it (，分别被采纳…, ，分别执结…), and the counts may follow the rates (办结率分别为…，分别办结…);
- a list named by the rate's action that is no numerator of any other list is the base (分别受理…，不予受理分别为…，
  受理率分别为…), and a count qualified by a word the rate's name lacks (其中按期执结 before 执结率) is no numerator;
- the share of sections of good water quality (优良比例) counts those at class Ⅲ or better (达到或好于Ⅲ类);
- rates named apart as a list's members (按期受理率、按期答复率分别为…) are each named by their member
  (``lintgov.claims.roles._listed_rate``), and their counts may follow the whole list in the next sentence;
- one item of a list over another (后者占前者的…, 农村占城镇的…: ``claims.lists.item_share``).

Consistent statements stay silent; so do a qualified numerator (按期), growth rates listed with 分别, and a ratio to a
target listed with 分别是…的."""

from fresh_set import code_checks

CONSISTENT = [
    "全年对行政许可、行政处罚案卷分别开展评查120卷、85卷，分别评为优秀36卷、17卷，优秀率分别为30.0%和20.0%。",
    "两所法院分别受理执行案件2,400件、1,800件，分别执结2,232件、1,710件，执结率分别为93.0%和95.0%。",
    "全区监督抽检食品、药品分别为1,250批次和620批次，合格率分别为98.4%和99.0%，分别合格1,230批次、614批次。",
    "全县纳入考核的河流、湖库监测断面分别为8个和5个，其中水质达到或好于Ⅲ类的分别有7个和4个，优良比例分别为87.5%和80.0%。",
    "群众来信按期受理率、按期答复率分别为100%和96.0%。全年应受理来信450件，按期受理450件；应答复来信425件，按期答复408件。",
    "对市直、县区两级分别发出审计整改建议64条、112条，分别被采纳61条、105条，采纳率分别为95.3%、93.8%。",
    "全年新建、改造农村公路分别为420公里和315公里，后者占前者的75.0%。",
    "全年城镇、农村新增就业分别为8,600人和2,150人，农村占城镇的25.0%。",
]

SILENT_TRAPS = [
    # the numerator given is qualified (按期): the rate's own count is not stated
    "两所法院分别受理执行案件2,400件、1,800件，其中按期执结分别为2,000件、1,500件，执结率分别为93.0%和95.0%。",
    "两区分别受理群众诉求3,600件和2,900件，办结率分别为98.5%和97.0%，其中按期办结分别为3,100件和2,500件。",
    # growth rates listed with 分别: no parts, no rates of the counts
    "两县分别受理案件860件和540件，分别增长12.4%和8.0%。",
    # a ratio to a target, listed with 分别是…的
    "城市污水处理率、生活垃圾无害化处理率分别是年度目标值的104.2%和101.5%。",
    # the share of a whole the list does not hold
    "全年新建、改造农村公路分别为420公里和315公里，后者占全省改造总量的5.2%。",
]

WRONG = [
    "全年对行政许可、行政处罚案卷分别开展评查120卷、85卷，分别评为优秀36卷、17卷，优秀率分别为30.0%和26.0%。",
    "两所法院分别受理执行案件2,400件、1,800件，分别执结2,232件、1,710件，执结率分别为93.0%和91.0%。",
    "全区监督抽检食品、药品分别为1,250批次和620批次，合格率分别为98.4%和96.0%，分别合格1,230批次、614批次。",
    "全县纳入考核的河流、湖库监测断面分别为8个和5个，其中水质达到或好于Ⅲ类的分别有7个和4个，优良比例分别为87.5%和70.0%。",
    "群众来信按期受理率、按期答复率分别为100%和92.0%。全年应受理来信450件，按期受理450件；应答复来信425件，按期答复408件。",
    "对市直、县区两级分别发出审计整改建议64条、112条，分别被采纳61条、105条，采纳率分别为95.3%、98.8%。",
    "全年新建、改造农村公路分别为420公里和315公里，后者占前者的57.0%。",
    "全年城镇、农村新增就业分别为8,600人和2,150人，农村占城镇的21.5%。",
]

test_silent, test_found = code_checks("LG101", CONSISTENT + SILENT_TRAPS, WRONG)
