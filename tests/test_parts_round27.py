"""LG103 over :func:`lintgov.claims.stocks.top_lists` and the stages of :func:`lintgov.claims.classes.later_stage`, the
shapes of round 27 of the validity study in phrasings of lintgov's own: a count of things that entered a list of a fixed
number of places (百强, 500强, 30强, 千强, 十大, 前十) is at most that number; the stages of a cumulative plan's things
(累计列入计划…，开工…、建成…: what is finished was started), a name in quotes holding a 、 before the count of what was
carried out, the things counted named after the count (…等33条道路，建成通车15条).  Consistent phrasings stay silent,
wrong ones are found; the traps (a count of years, a list entered year after year, lists of one class each, two lists,
a share, indicators each in its own ranking, a year's flows of starts and completions, another works named after the
verb of finishing, 在建 beside 竣工) stay silent."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def codes(text):
    return [f.code for f in lint_text(text, RULES, registry=REG)]


PAIRS = [
    ("全省共有9家医院进入全国三级公立医院百强，数量居全国第五。",
     "全省共有109家医院进入全国三级公立医院百强，数量居全国第五。"),
    ("本土企业中有6家跻身中国民营企业500强。",
     "本土企业中有506家跻身中国民营企业500强。"),
    ("培育特色镇，38个镇入选全国综合实力千强镇。",
     "培育特色镇，1,038个镇入选全国综合实力千强镇。"),
    ("2项工程入选“全国水利十大工程”。",
     "12项工程入选“全国水利十大工程”。"),
    ("5家园区荣登全省产业园区二十强。",
     "25家园区荣登全省产业园区二十强。"),
    ("全市有4个县区生态环境质量进入全省前十。",
     "全市有14个县区生态环境质量进入全省前十。"),
    # stages of a cumulative plan's things: what is finished was started
    ("累计纳入城市更新计划项目120个，开工68个、竣工41个。",
     "累计纳入城市更新计划项目120个，开工68个、竣工81个。"),
    # a name in quotes holding a 、 before the count of what was carried out
    ("实施“百县、千镇”示范项目1,260个，完工1,180个。",
     "实施“百县、千镇”示范项目1,260个，完工1,480个。"),
    # the things counted named after the count before (…等N条道路，建成通车M条)
    ("加快建设滨海大道等28条道路，建成通车12条。",
     "加快建设滨海大道等28条道路，建成通车32条。"),
    # a whole named by its members, their figures after ；, ：, ，or in the next sentence, without 其中
    ("全年承办市人大代表建议和市政协提案共465件；人大代表建议203件，政协提案262件。",
     "全年承办市人大代表建议和市政协提案共465件；人大代表建议203件，政协提案292件。"),
    ("收到群众来信和来访2,860件。来信1,140件，来访1,720件，均已按期答复。",
     "收到群众来信和来访2,860件。来信1,140件，来访1,920件，均已按期答复。"),
    ("共办理建议提案318件：建议142件，提案176件。",
     "共办理建议提案318件：建议142件，提案196件。"),
    # a kind within its own kind by definition, without 其中 (the same measure named after the kind)
    ("全年汽车产量86.4万辆、增长6.2%，新能源汽车产量31.5万辆。",
     "全年汽车产量86.4万辆、增长6.2%，新能源汽车产量91.5万辆。"),
    ("全年专利授权量4.2万件，发明专利授权量9,860件。",
     "全年专利授权量4.2万件，发明专利授权量49,860件。"),
    # an area's investment or GDP within the report's own, stated sentences apart
    ("全年地区生产总值2,850.6亿元，增长6.1%。固定资产投资总额实现808亿元，增长12.3%。坪山高新区完成投资498亿元，增长47%。",
     "全年地区生产总值2,850.6亿元，增长6.1%。固定资产投资总额实现808亿元，增长12.3%。坪山高新区完成投资998亿元，增长47%。"),
    ("全年地区生产总值5,300.4亿元，同比增长6.8%。推进前海宝安片区建设，片区地区生产总值1,334.1亿元、同比增长10.9%。",
     "全年地区生产总值5,300.4亿元，同比增长6.8%。推进前海宝安片区建设，片区地区生产总值6,334.1亿元、同比增长10.9%。"),
    # one part singled out after 特别是 / 尤其是
    ("全年受理各类行政复议案件860件，特别是涉企案件312件，同比增长8.1%。",
     "全年受理各类行政复议案件860件，特别是涉企案件912件，同比增长8.1%。"),
]

SILENT = [
    # a count of years, not of members
    "我区连续6年入选全国综合实力百强区。",
    # a list entered year after year: the count may pass one year's places
    "甲、乙、丙等13处遗址先后入选全国年度十大考古新发现。",
    # lists of one class each
    "14家专科医院进入同类十强。",
    # two lists of ten
    "13个项目入选全市“十大文化地标”“十大特色街区”。",
    # a share, not a number of places
    "135个学科进入ESI全球前1%。",
    # indicators each ranked in their own list
    "12项指标进入全国前十。",
    # three lists paired in order
    "17个区、2个县、124个镇获评全国百强区、百强县、千强镇。",
    # a year's flows: completions may have started in earlier years
    "全年新开工保障性住房1.7万套、竣工2.21万套。",
    "列入年度重点项目计划300个，开工120个、建成150个。",
    # under way now and finished: none of one among the other
    "累计列入更新计划项目84个，在建项目24个，竣工项目30个。",
    # another works named after the verb of finishing
    "加快建设白龙港污水厂扩建三期，建成竹园污水厂四期。",
    "加快建设东部片区5个公园，建成口袋公园12个。",
    # members named, but the figures after them are changes, shares or other measures
    "收到人大代表建议和政协提案318件，建议比上年增加142件，提案办结率100%。",
    "办理人大代表建议和政协提案318件，涉及部门42个，答复代表委员560人次。",
    # a name after the whole that is no member (another thing of the same measure)
    "收到人大代表建议和政协提案318件，会同办理件420件。",
    # 特别是 before a figure of another clause: only its own clause is the part
    "全年受理各类案件500件，特别是涉企案件320件，审结案件580件（含上年结转）。",
    # a stock of patents beside the year's grants; a kind of car before the whole
    "全年专利授权量4.2万件，有效发明专利拥有量5.6万件。",
    "新能源汽车产量91.5万辆，汽车出口量36.4万辆。",
    # a region wider than the report's, a total of an area's projects over years
    "全年地区生产总值2,850.6亿元，增长6.1%。粤港澳大湾区生产总值超过14万亿元。",
    "固定资产投资总额实现808亿元，增长12.3%。东部片区总投资1,200亿元的项目群加快推进。",
    # a whole stated as a lower bound
    "收到建议和提案超过300件，建议142件，提案176件。",
]


@pytest.mark.parametrize("good,bad", PAIRS)
def test_consistent_is_silent_and_wrong_is_found(good, bad):
    assert "LG103" not in codes(good), good
    assert "LG103" in codes(bad), bad


@pytest.mark.parametrize("text", SILENT)
def test_traps_stay_silent(text):
    assert "LG103" not in codes(text), text
