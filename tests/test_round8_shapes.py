"""Shapes the round-8 labels (benches/validity/labels.jsonl, "round": 8) showed LG103 did not read, tested with
phrasings written for the test: a count in quotes right after the names it counts (“三道防线”, “四个一批”, “新三样”),
a quoted count of changes after the quantities that changed, with 实现/保持 or a span between (“三增长”, 实现“四个翻番”,
连续3年“三增”), places counted by 市/省/区 after their names, and a level followed by its increase over a span of years
(达6.7万家、五年增加2万家); projects some of which are then named cases or models (实施项目223个，6个项目获评…典型案例);
a bracket 含 part after a count and its noun (248座农村危旧桥梁（含渡改桥3座）); counts within nested top fractions
(85个学科进入…前1％、9个学科进入前1‰).  Consistent statements and the traps next to each shape stay silent."""
import pytest

from fresh_set import codes

SILENT = [
    # a quoted count after the names
    "筑牢源头防控、过程监管、末端处置“三道屏障”，守住安全底线。",
    "在稳产能、稳订单、稳岗位“三条主线”上持续用力。",
    "推行关停淘汰、整合提升、搬迁入园“三个一批”，整治散乱企业。",
    "新能源汽车、储能电池、光伏组件“新三样”出口增长24%。",
    "推动技术、人才、资本“三要素”集聚。",
    # a quoted count of changes
    "全市实现产量、产值、利润“三增长”。",
    "工业投资、技改投资实现“双增长”，营业收入、利税、出口交货值保持“三提升”。",
    "信访总量、重复信访、越级信访“三下降”。",
    "地区生产总值、财政收入、居民收入实现“三个翻番”。",
    "粮食面积、单产、总产连续3年“三增”。",
    # traps: counts of years, other numerals in the quote, a verb before a counted object, no list
    "粮食播种面积、总产量“六连增”，创历史新高。",                 # years in a row, not the two quantities
    "水稻、玉米单产“十连增”。",
    "北京大学、清华大学、浙江大学“双一流”建设成效明显。",        # 双 is not read
    "深化自贸区“三区一堡”建设，开展“两不一欠”专项整治。",         # other numerals in the quote
    "在北京、上海举办“三大展会”。",                              # a verb before the counted object
    "坚持“两个毫不动摇”，增强“四个意识”、坚定“四个自信”、做到“两个维护”。",
    "实施“两重”“两新”政策。",
    "成为改革开放的开路先锋、现代化建设的排头兵、彰显“四个自信”。",   # descriptions, then a verb's object
    "完善政策贯彻要求、赋予所有改革以“三个意义”。",                  # a preposition governs the count
    "持续增强“八项本领”、提高“七种能力”。",                          # names that are counted slogans
    "科学划定、动态调整“三区”，健全密切联系群众、反对“四风”。",      # verbs, then their object
    "推动区妇幼保健院、区人民医院创“三甲”。",                        # a grade
    "力争创新载体数量、企业数量、产业增加值“两年倍增”。",            # a span, not a count of the names
    "系统提出建设路径、分“四步走”。",
    # places counted by 市/省/区
    "工程建成后将惠及梅州、河源、韶关3市400万人。",
    "带动福田、罗湖、南山三区协同发展。",
    "广东、广西、海南3省区联合开展执法。",                       # 省区: not a count word read
    "惠及北京、天津等5市。",                                      # 等: a partial list
    # a level and its increase over a span of years
    "规模以上工业企业达8.2万家、五年增加2.1万家。",
    "国家级专精特新企业达到126家，3年来增加了97家。",
    "企业利润达3亿元、五年增加5亿元。",                          # a profit may come from a loss
    "总量达到4702亿元，2020年增加280亿元。",                      # a year, not a span
    # projects, some then named cases or models
    "全年实施老旧小区改造项目86个，9个项目获评省级优秀案例。",
    "建成海绵城市示范工程40项，12项入选省级示范工程。",
    "实施重点项目20个，35个项目入选国家储备库。",                 # a reserve holds other projects too
    "实施城市更新项目22个，60个社区获评示范社区。",               # other things named
    # a bracket 含 part after the count and its noun
    "改造312座农村危桥（含渡改桥14座）。",
    "建成45座城市公园（含口袋公园30座）。",
    "实施3个项目（含子项目12个）。",                                # things inside the things counted
    "新建5所学校（含分校8所）。",
    "建成12个服务中心（含服务站点30个）。",                        # another thing in the same measure word
    # counts within nested top fractions
    "72个学科进入ESI全球排名前1%、8个学科进入前1‰。",
    "6个学科进入ESI前1‰，51个学科进入前1%。",
    "85个学科进入前1%、90所高校进入前1‰。",                        # another noun and measure word
]
WRONG = [
    "筑牢源头防控、过程监管、末端处置“五道屏障”，守住安全底线。",
    "在稳产能、稳订单、稳岗位“五条主线”上持续用力。",
    "推行关停淘汰、整合提升、搬迁入园“五个一批”，整治散乱企业。",
    "新能源汽车、储能电池、光伏组件“新五样”出口增长24%。",
    "全市实现产量、产值、利润“五增长”。",
    "营业收入、利税、出口交货值保持“五提升”。",
    "信访总量、重复信访、越级信访“五下降”。",
    "地区生产总值、财政收入、居民收入实现“六个翻番”。",
    "粮食面积、单产、总产连续3年“五增”。",
    "工程建成后将惠及梅州、河源、韶关5市400万人。",
    "带动福田、罗湖、南山五区协同发展。",
    "规模以上工业企业达8.2万家、五年增加9.1万家。",
    "国家级专精特新企业达到126家，3年来增加了197家。",
    "全年实施老旧小区改造项目86个，92个项目获评省级优秀案例。",
    "建成海绵城市示范工程40项，52项入选省级示范工程。",
    "改造312座农村危桥（含渡改桥414座）。",
    "建成45座城市公园（含口袋公园60座）。",
    "72个学科进入ESI全球排名前1%、80个学科进入前1‰。",
    "16个学科进入ESI前1‰，11个学科进入前1%。",
]


@pytest.mark.parametrize("text", SILENT)
def test_silent(text):
    assert "LG103" not in codes(text), text


@pytest.mark.parametrize("text", WRONG)
def test_wrong_is_found(text):
    assert "LG103" in codes(text), text
