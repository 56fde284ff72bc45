"""Every figure read: the measure words and units of Chinese as one closed class, colloquial and compound Chinese
numerals, numbers printed with a space after every digit (lintgov.quantities)."""
import pytest

from lintgov.document import Document
from lintgov.quantities import UNIT_CLASSES, UNITS, cn_to_number


def _read(text):
    return [(text[q.start:q.end], q.value, q.unit) for q in Document(text).quantities]


def _one(text):
    qs = Document(text).quantities
    assert len(qs) == 1, [(text[q.start:q.end], q.value, q.unit) for q in qs]
    return qs[0]


# -- measure words and units: each read after a number, with its value ------------------------------------------
@pytest.mark.parametrize("text, value, unit", [
    ("棉花总产达到三千二百七十万担，", 32_700_000, "担"),
    ("全年发电一百零八亿度，", 10_800_000_000, "度"),
    ("全年发电108亿度，", 10_800_000_000, "度"),
    ("年用电量七十二亿六千万度。", 7_260_000_000, "度"),
    ("新增役畜二百匹。", 200, "匹"),
    ("棉布一亿五千万匹，", 150_000_000, "匹"),
    ("发放消毒液2万瓶，", 20_000, "瓶"),
    ("捐赠运动鞋1200双，", 1200, "双"),
    ("获得金牌36枚，", 36, "枚"),
    ("发射卫星12颗。", 12, "颗"),
    ("储备食用油3.5万桶，", 35_000, "桶"),
    ("新增纱锭50万锭。", 500_000, "锭"),
    ("拖拉机总动力120万马力，", 1_200_000, "马力"),
    ("投入劳动力8.6万工日，", 86_000, "工日"),
    ("新建管网1.2万延米，", 12_000, "延米"),
    ("新增床位1200床，", 1200, "床"),
    ("建成220千伏变电站，", 220, "千伏"),
    ("每人每天补助粮食500克，", 500, "克"),
    ("日供水能力达到30万升，", 300_000, "升"),
    ("钢二百十七万吨，", 2_170_000, "吨"),
    ("住宅面积一千二百萬平方公尺。", 12_000_000, "平方公尺"),
    ("完成土石方十三亿立方公尺，", 1_300_000_000, "立方公尺"),
    ("满意度测评得分92.5分，", 92.5, "分"),
    ("日处理污水10万立方，", 100_000, "立方"),
    ("改造混凝土路面3万方。", 30_000, "方"),
    ("投放鱼苗1000万尾，", 10_000_000, "尾"),
    ("接种疫苗120万剂次，", 1_200_000, "剂次"),
    ("建成双向6车道公路。", 6, "车道"),
    ("人均住房面积35.2平米，", 35.2, "平米"),
    ("日均温度25℃，", 25, "℃"),
    ("家庭宽带达到1000Mbps，", 1000, "Mbps"),
    ("新建住房12.5㎡，", 12.5, "㎡"),
    ("连续运行72个小时，", 72, "个小时"),
    ("用时两个季度，", 2, "个季度"),
    ("共分为3大类，", 3, "大类"),
    ("噸位：鋼二百十七萬噸，", 2_170_000, "噸"),
    ("運輸擔架一千二百副，", 1200, "副"),
    ("棉花三千萬擔，", 30_000_000, "擔"),
])
def test_measure_words_read(text, value, unit):
    q = _one(text)
    assert q.value == pytest.approx(value) and q.unit == unit


def test_units_are_one_closed_class_in_both_scripts():
    simplified = {u for words in UNIT_CLASSES.values() for u in words.split()}
    assert {"担", "匹", "度", "克", "升", "瓶", "双", "颗", "枚", "桶", "锭", "马力", "工日", "延米", "床"} <= simplified
    assert {"擔", "雙", "顆", "錠", "馬力", "對", "劑", "個百分點", "千瓦時"} <= set(UNITS)
    assert UNITS == sorted(UNITS, key=lambda u: (-len(u), u))          # longest first: 人次 before 人


# -- words that hold a measure word are no figures ------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "加大工作力度，完善制度建设，做好年度考核。",     # 度 only after a number
    "坚守三尺讲台，",                                  # 三尺: a lone digit before a measure word makes a word
    "他两度获得全国先进，",                             # 两度 = twice
    "开展一对一帮扶，落实门前三包，",
    "这件事十分重要，要四方协调，",                     # 十分, 四方: 分/方 only after digits
    "三伏天高温作业，",
    "建设一批重点项目，实现三大目标，召开两会，推进一带一路，坚持一线工作，落实十四五规划，第三批试点。",
    "在党的十二届二中全会和十五届四中全会以后，",     # 届: a session's ordinal, not a count
    "签订3方协议，3分之1的企业，由5升至6，",           # 分/方/升 guarded
    "推进5G基站建设，",
    "构建“一主两副”的城市格局，",                      # 副 after a lone digit: a sub-centre
    "增补973首席科学家，",                           # 首席 is a word
    "发布时间2026年2月9日09时45分。",                   # minutes of a time of day
])
def test_not_figures(text):
    got = [(t, v, u) for t, v, u in _read(text) if u]
    assert got == []


# -- colloquial and compound numerals ------------------------------------------------------------------------
@pytest.mark.parametrize("numeral, value", [
    ("四百十二", 412), ("二百十七", 217), ("一百十八", 118), ("一万三千五百十三", 13513),   # 十 without 一
    ("一千零十五", 1015), ("一千十五", 1015), ("一千零五", 1005), ("两千", 2000),
    ("三万五", 35000), ("一千二", 1200), ("十万零五百", 100500),
    ("一百四十五亿七千七百万", 14_577_000_000), ("三亿零四百七十五万", 304_750_000),
    ("七十二亿六千万", 7_260_000_000), ("三十一万五千", 315_000),
])
def test_numerals_as_cn2an_reads_them(numeral, value):
    cn2an = pytest.importorskip("cn2an")
    assert cn_to_number(numeral) == value == cn2an.cn2an(numeral, "smart")


@pytest.mark.parametrize("numeral, value", [
    ("六万万", 600_000_000),    # 万万 = 亿 in older reports (cn2an refuses it)
    ("一亿二", 120_000_000),    # cn2an raises
])
def test_numerals_where_we_differ_from_cn2an(numeral, value):
    assert cn_to_number(numeral) == value


@pytest.mark.parametrize("numeral", ["一百零十", "十十", "百十", "三四", "十几", "万五", "廿三"])
def test_malformed_or_unread_numerals(numeral):
    assert cn_to_number(numeral) is None


@pytest.mark.parametrize("text, value, unit", [
    ("金属切削机床一万三千五百十三台，", 13513, "台"),
    ("公用事业方面的一百十八个，", 118, "个"),
    ("从三十五万吨增加到四百十二万吨，", 4_120_000, "吨"),
    ("这是同六万万人民为敌，", 600_000_000, "人"),
    ("全年收入一百四十五亿七千七百万元，", 14_577_000_000, "元"),
    ("产钢三亿零四百七十五万吨，", 304_750_000, "吨"),
    ("职工三十一万五千人，", 315_000, "人"),
    ("增长百分之二十四点二，", 24.2, "%"),
    ("死亡率为千分之六点五，", 6.5, "‰"),
    ("全年印刷３３．９万张，", 339_000, "张"),
    ("支出４６０亿元，", 46_000_000_000, "元"),
])
def test_numerals_in_sentences(text, value, unit):
    got = [(v, u) for _, v, u in _read(text)]
    assert (pytest.approx(value), unit) in got


def test_a_scale_after_more_inside_a_compound_numeral():
    """二十五亿七千多万元 is 25亿 and 7000多万 (2.57–2.58e9), not 25亿7000 taken 万 times."""
    q = _one("损失二十五億七千多萬元，")
    assert q.value == pytest.approx(2_570_000_000) and q.approx == ">"
    lo, hi = q.interval()
    assert lo == pytest.approx(2.57e9) and hi == pytest.approx(2.58e9)


# -- numbers printed with a space after every digit (a report converted from print) -----------------------------
def test_spaced_digits_read_as_one_number():
    text = ("本届政府从1 9 9 3 年3 月起。生产总值达到7 4 7 7 2 亿元，平均每年增长1 1 ％。去年经济增长8 ．8 ％，"
            "装机容量达到2 ．5 亿千瓦。投资累计完成近1 0 万亿元。")
    got = _read(text)
    assert got == [("7 4 7 7 2 亿元", pytest.approx(7.4772e12), "元"), ("1 1 ％", 11, "%"),
                   ("8 ．8 ％", pytest.approx(8.8), "%"), ("2 ．5 亿千瓦", pytest.approx(2.5e8), "千瓦"),
                   ("近1 0 万亿元", pytest.approx(1e13), "元")]


def test_spaced_dates_stay_dates():
    """a date printed so is one stretch (1 2 月2 0 日 is 12月20日), never the figure 20日"""
    text = "1 9 9 9 年1 2 月2 0 日回到祖国，增长8 ．8 ％，增长7 ．5 ％，增长6 ．1 ％。"
    assert [v for _, v, _ in _read(text)] == [pytest.approx(8.8), pytest.approx(7.5), pytest.approx(6.1)]


def test_columns_of_single_digits_stay_apart():
    """one or two spaced runs are a table's columns, not a document printed so"""
    assert [v for _, v, _ in _read("表中1 2 3 列，另有4 5 项")] == [1, 2, 3, 4, 5]
