"""Sums without 其中 and bounds beside their level (sums engineer, round 35, 2026-12-05): phrasings written for these
tests (some modelled on the shape of corpus sentences, with other names and numbers).  Each wrong statement is found
(LG103 or LG105), each consistent one — the same shapes with consistent figures, and traps a naive reading would
flag — stays silent.

Readings: counts above nested thresholds whose later items leave out the noun (超300亿元的8个, ``claims.stocks.
nested_thresholds``); the profit within the profits and taxes (利税, ``classes.IMPLIED_PARTS``; never the taxes: a loss
makes 利税 smaller than them); a total's own noun between it and 分别为, each part's figure in a bracket after its name;
a bracket of included parts between a noun and its count (学生（含…）4943人); the parts of 包括…在内的N; 包括 after the
count's own noun; a level then the ceiling it was held within (2.6%，控制在3%以内); 实际 and the bound's verb with its
object (超过8万人，实际新增就业7.6万人 — never after an agreed amount, 合同利用外资); 全年完成 and the subject named again;
the shares of exclusive kinds written 占W的比重分别为 after their names, W a named total (never 占全市: each kind's own total)."""
import pytest

from fresh_set import codes

FOUND = [
    # nested thresholds, the noun left out after the first item
    ("LG103", "营业收入超100亿元的园区7个，超200亿元的9个，超500亿元的2个。"),
    ("LG103", "产值超10亿元的企业12家，超50亿元的15家。"),
    # the profit within the profits and taxes
    ("LG103", "全县规模以上工业企业实现利税总额8.6亿元，利润9.2亿元。"),
    # 分别为 after the total's own noun, parts in brackets after their names
    ("LG103", "新建公共停车位1500个，分别为中心公园停车场（车位420个）、体育馆地下车库（车位380个）、医院停车楼（车位600个）。"),
    ("LG103", "新增学位5400个，分别为小学学位3000个、初中学位2000个。"),
    # included parts in a bracket between the noun and its count
    ("LG103", "在园幼儿（含普惠性民办园幼儿3120人和公办园幼儿2650人）5230人。"),
    ("LG103", "义务教育阶段随迁子女（含省外随迁子女6100人）5800人。"),
    # 包括…在内的N
    ("LG103", "引进包括3名院士、42名国家级人才在内的高层次人才38名。"),
    ("LG103", "培育包括120家上市公司在内的高新技术企业86家。"),
    # 包括 after the count's own noun
    ("LG103", "全年立案查处案件860件，包括无证经营312件、超范围经营900件。"),
    # a level, then the ceiling it was held within
    ("LG105", "城镇登记失业率3.2%，控制在3%以内。"),
    ("LG105", "细颗粒物年均浓度36微克/立方米，控制在35微克/立方米以下。"),
    # 实际 and the bound's verb with its object; 全年完成 and the subject named again
    ("LG105", "全年新增城镇就业超过8万人，实际新增城镇就业7.6万人。"),
    ("LG105", "全社会固定资产投资近800亿元，全年完成全社会固定资产投资812亿元。"),
    # shares of exclusive kinds of one named whole, 占W的比重分别为
    ("LG103", "第二产业、第三产业增加值占地区生产总值的比重分别为45.2%、58.3%。"),
]

SILENT = [
    "营业收入超100亿元的园区9个，超200亿元的7个，超500亿元的2个。",
    "产值超10亿元的企业12家，超50亿元的5家。",
    "产值超亿元企业120家、纳税超千万元企业300家。",          # two metrics: not nested
    "全县规模以上工业企业实现利税总额8.6亿元，利润5.2亿元。",
    "全年实现利税58.6亿元，增长9.1%，税金总额62.3亿元。",    # taxes above 利税: the enterprises made a loss
    "新建公共停车位1400个，分别为中心公园停车场（车位420个）、体育馆地下车库（车位380个）、医院停车楼（车位600个）。",
    "新增学位5000个，分别为小学学位3000个、初中学位2000个。",
    "全年受理案件320件，同比增长12%，分别为行政案件200件、民事案件100件。",   # a growth between: not the total's noun
    "在园幼儿（含普惠性民办园幼儿3120人和公办园幼儿2110人）5230人。",
    "在校学生（含党员80人、女性65人）120人。",                 # attributes that overlap: never summed
    "本条所称学生（含义见第二条）120人。",                      # 含义: a meaning, no part
    "引进包括3名院士、32名国家级人才在内的高层次人才38名。",
    "引进包括1名诺贝尔奖得主、6名院士在内的1566名中高层次和紧缺人才。",
    "引进包括3个超10亿元项目在内的产业项目12个。",
    "全年立案查处案件860件，包括无证经营312件、超范围经营500件。",
    "城镇登记失业率2.6%，控制在3%以内。",
    "居民消费价格上涨2.1%，控制在3%以内。",
    "预期目标：城镇登记失业率3.6%，明年控制在3.5%以内。",     # a plan, not the year's level
    "合同利用外资超过50亿美元，实际利用外资48亿美元。",        # 实际 names another figure than the agreed one
    "全年新增城镇就业超过8万人，实际新增城镇就业8.3万人。",
    "全社会固定资产投资近800亿元，全年完成全社会固定资产投资785亿元。",
    "新开工建设保障房1427套、建成1841套、供应4432套。",        # three measures of one year, no stages of one set
    "新增基础教育学位、医疗卫生床位占全市比重分别为74.0%、76.7%。",   # shares of two wholes
    "第二产业、第三产业增加值占地区生产总值的比重分别为41.2%、58.3%。",
    "先进制造业、高技术制造业增加值占规上工业比重分别达56.1%、61.1%。",   # kinds that overlap
    "市场商品住房、人才住房、安居型商品房、公共租赁住房占住房供应总量的比例分别为40%、20%、20%、20%。",
]


@pytest.mark.parametrize("code,text", FOUND)
def test_found(code, text):
    assert code in codes(text), text


@pytest.mark.parametrize("text", SILENT)
def test_silent(text):
    found = codes(text)
    assert "LG103" not in found and "LG105" not in found, (text, found)
