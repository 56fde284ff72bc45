"""Relations across a work report's two review periods (round 26): the year's addition among the stock the five-year
review reaches, the year's figure within a total named by fewer words, a level a from–to change of the five-year review
reaches against the year's level (LG210), value added and its GDP stated after a threshold (LG103), and growth rates
compared with the economy's growth stated paragraphs before (LG209).  The phrasings are lintgov's own; each
consistent report stays silent, each wrong one is found."""
import pytest

from lintgov.claims.horizons import span_levels, span_parts
from lintgov.document import Document
from horizon_reports import codes, report, report_five_first as five_first


FOUND = [
    # what the year added is among the stock the five-year review reaches (LG103)
    ("LG103", report("新增上市公司95家，新三板挂牌12家。", "上市公司增至88家，民营经营主体超过170万户。")),
    ("LG103", five_first("新增医疗卫生机构床位6.5万张。", "医疗卫生机构床位由5.2万张增加到6.1万张。")),
    ("LG103", report("新增国家级专精特新企业420家。", "国家级专精特新企业达到386家。")),
    # the year's figure within a total the five-year review names by its last words, or with 5年累计
    ("LG103", report("实际使用外资215.6亿美元，其中制造业外资占比40.9%。", "五年累计使用外资146亿美元。")),
    ("LG103", report("全年实际利用外资1620亿元、增长6.5%。", "5年累计实际利用外资1277亿元。")),
    # 五年 in the sentence before does not make the year's figure a span's
    ("LG103", report("启动治水提质五年计划。新建成污水管网1535公里。", "新建污水管网1402公里。")),
    # value added and the GDP stated after the threshold it passed (any period of the review)
    ("LG103", report("全省地区生产总值突破2万亿元、达到23562亿元。", "一产增加值突破2.5万亿元。")),
    ("LG103", report("地区生产总值突破3万亿元、达3.6万亿元。", "工业增加值突破1万亿元、达3.9万亿元。")),
    # the level a from–to change of the five-year review reaches is the year's level (LG210)
    ("LG210", report("全市生产总值达到5.67万亿元、增长5.4%。", "全市生产总值从4.16万亿元增加到5.76万亿元。")),
    ("LG210", five_first("本市生产总值1.75万亿元，增长8.9%。", "地区生产总值由9581.5亿元增加到1.85万亿元。")),
    # 粮食年产量 names the output 粮食产量 names (a bound held every year, LG105)
    ("LG105", report("粮食产量682.5亿斤。", "粮食年产量稳定在700亿斤以上。")),
    # a growth compared with the economy's, the GDP growth stated paragraphs before (LG209)
    ("LG209", report("全省地区生产总值达到5.53万亿元、稳居全国前十强、增长4.8%。\n农村居民收入增长5.8%、快于经济增速2个百分点。",
                     "民生福祉持续增进。")),
    ("LG209", report("全省地区生产总值增长10.0%。\n金融、科技产业增加值分别增长10.5%、9.0%，均高于GDP增速。", "民生福祉持续增进。")),
    ("LG209", report("全市生产总值增长5.0%。\n居民人均可支配收入增长3.6%，增速快于经济增长。", "民生福祉持续增进。")),
]

SILENT = [
    report("新增上市公司9家，新三板挂牌12家。", "上市公司增至88家，民营经营主体超过170万户。"),
    five_first("新增医疗卫生机构床位6500张。", "医疗卫生机构床位由5.2万张增加到6.1万张。"),
    report("实际使用外资115.6亿美元，其中制造业外资占比40.9%。", "五年累计使用外资846亿美元。"),
    report("启动治水提质五年计划。新建成污水管网335公里。", "新建污水管网1402公里。"),
    report("粮食产量732.5亿斤、创历史新高。", "粮食年产量稳定在700亿斤以上。"),
    # a span's name more specific than the year's: not the year's whole
    report("新增上市公司95家。", "科创板上市公司增至88家。"),
    # a name cut at a quote is not the year's name (企业 of “小巨人”企业); a count before its noun names nothing
    report("新增企业35.7万家、“个转企”3826家。", "国家级专精特新“小巨人”企业达1333家、总量跃居全国城市首位。"),
    report("辖区102家医院、社康和社会医疗机构实现信息互联。", "辖区15家股份合作公司逐步转型。"),
    # a yearly average of another metric, a threshold passed, the start of a change
    report("城镇新增就业64.1万人。", "年均新增就业岗位61.4万个。"),
    report("全年实现地区生产总值5696亿元。", "地区生产总值跨越5000亿元大关，年均增长5.7%。"),
    report("上市公司达到131家。", "上市公司从48家增加到131家。"),
    # a from–to change ending in another year than the one reviewed
    report("全省地区生产总值6.1万亿元。", "地区生产总值从2020年的4.6万亿元增加到2024年的5.9万亿元。"),
    # the levels agree within their printed precision
    report("全市生产总值达到56708亿元。", "全市生产总值从4.16万亿元增加到5.67万亿元。"),
    report("全省地区生产总值突破2万亿元、达到23562亿元。", "一产增加值突破3000亿元。"),
    report("地区生产总值突破3万亿元、达3.6万亿元。", "工业增加值突破1万亿元、达1.19万亿元。"),
    # thresholds listed after 突破 are no levels
    report("全省地区生产总值4.2万亿元。", "经济总量相继突破3万亿元、4万亿元。"),
    # growths above the economy's, or equal within their rounding
    report("全省地区生产总值达到5.53万亿元、稳居全国前十强、增长4.8%。\n农村居民收入增长5.8%、快于经济增速1个百分点。",
           "民生福祉持续增进。"),
    report("全省地区生产总值增长10.0%。\n金融、科技产业增加值分别增长10.5%、11.0%，均高于GDP增速。", "民生福祉持续增进。"),
    report("全市生产总值增长5%。\n居民人均可支配收入增长4.6%，增速快于经济增长。", "民生福祉持续增进。"),
]


@pytest.mark.parametrize("code,text", FOUND)
def test_found(code, text):
    assert codes(text) == [code], text


@pytest.mark.parametrize("text", SILENT)
def test_silent(text):
    assert codes(text) == [], text


def test_a_stock_reached_pairs_with_the_years_addition():
    doc = Document(report("新增上市公司95家。", "上市公司增至88家。"))
    (sp,) = span_parts(doc)
    assert doc.text[sp.part.start:sp.part.end] == "95家" and doc.text[sp.whole.start:sp.whole.end] == "88家"


def test_the_level_reached_pairs_with_the_years_level():
    doc = Document(report("全市生产总值达到5.67万亿元、增长5.4%。", "全市生产总值从4.16万亿元增加到5.67万亿元。"))
    (sl,) = span_levels(doc)
    assert doc.text[sl.level.start:sl.level.end].endswith("5.67万亿元")
    assert doc.text[sl.reached.start:sl.reached.end].endswith("5.67万亿元") and sl.reached.start > sl.level.start


def test_a_stock_of_the_year_is_no_part_of_what_the_span_built():
    """5G基站达到18.8万个 (the year's stock) against 新建5G基站3万个 (the five years' additions): not a part and its whole."""
    text = report("5G基站达到18.8万个。", "新建5G基站3万个。")
    assert codes(text) == [] and span_parts(Document(text)) == []
