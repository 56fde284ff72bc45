"""Session numerals22 (issue 10): a figure reads the same in every form it is printed in — full-width digits, points
and percent signs (older State Council and provincial reports, WPS exports), percentages in Chinese numerals in a
table's cells, Chinese numerals counting 万 (一万二千万元 = 12,000万元) and the days of a year in Chinese numerals.
Each reading: wrong texts flagged, their consistent versions (and near-misses) silent."""
import pytest

from lintgov.config import Settings
from lintgov.document import Document
from lintgov.engine import instantiate_rules, lint_text
from lintgov.plugins import build_registry
from lintgov.quantities import cn_to_number

_RULES = None


def codes(text):
    global _RULES
    if _RULES is None:
        _RULES = [r for r in instantiate_rules(build_registry(load_entry_points=False, strict=True), Settings(), {},
                                               select=["ALL"]) if r.category in ("arithmetic", "yoy")]
    return [f.code for f in lint_text(text + "\n", _RULES)]


def pair(template, good, bad):
    return template.format(good), template.format(bad)


# -- tables printed in full-width digits ------------------------------------------------------------------------------
FULLWIDTH_TABLES = [
    # a growth row under 上年 / 本年 / 增长率 (３６８０÷３２００−１ = 15.0%)
    pair("项目 上年 本年 增长率\n民事一审收案（件） ３２００ ３６８０ {}", "１５．０％", "１８．０％"),
    # a share column with its 合计 row (120/300 = 40.0%, 90/300 = 30.0%), tab-separated
    pair("案由\t件数\t占比\n合同纠纷\t１２０\t４０．０％\n侵权纠纷\t９０\t{}\n婚姻家庭\t９０\t３０．０％\n合计\t３００\t１００．０％",
         "３０．０％", "３５．０％"),
    # a count column that must add up to its 合计 row
    pair("来源\t件数\n来信\t２１４\n来访\t１８６\n网上投诉\t４０５\n合计\t{}", "８０５", "８４５"),
    # a budget's execution rate (４９４÷５２０ = 95.0%)
    pair("支出项目 预算数（万元） 决算数（万元） 执行率\n公用经费 ５２０．００ ４９４．００ {}\n人员经费 ８００．００ ７８４．００ ９８．０％",
         "９５．０％", "９７．５％"),
    # a closure rate per district, the first row's figures grouped with a full-width comma (１２００÷１２５０ = 96.0%)
    pair("街道 受理 办结 办结率\n东城街道 １，２５０ １，２００ {}\n西城街道 ８００ ７６０ ９５．０％", "９６．０％", "９２．０％"),
]


@pytest.mark.parametrize("good,bad", FULLWIDTH_TABLES)
def test_a_table_in_full_width_digits_is_read_as_a_table(good, bad):
    assert codes(good) == []
    assert codes(bad) != []


# -- percentages in Chinese numerals as a table's cells ---------------------------------------------------------------
CN_PERCENT_CELLS = [
    pair("指标 上年 本年 增幅\n立案数（件） 250 300 {}", "百分之二十点零", "百分之二十五点零"),
    pair("类别\t件数\t占比\n维持\t150\t百分之六十\n撤销\t60\t{}\n其他\t40\t百分之十六\n合计\t250\t百分之一百",
         "百分之二十四", "百分之三十四"),
    pair("项目\t目标\t完成\t完成率\n新增就业（万人）\t4.0\t4.6\t{}", "百分之一百一十五点零", "百分之一百二十五点零"),
    pair("街道 受理 办结 办结率\n北街道 400 380 {}\n南街道 250 250 百分之一百", "百分之九十五点零", "百分之九十八点零"),
]


@pytest.mark.parametrize("good,bad", CN_PERCENT_CELLS)
def test_a_percentage_in_chinese_numerals_is_a_table_cell(good, bad):
    assert codes(good) == []
    assert codes(bad) != []


# -- full-width figures in prose: every reader sees the ASCII figure ---------------------------------------------------
FULLWIDTH_PROSE = [
    # a share in tenths (超过９成) over the counts after it
    pair("全年信访事项及时受理率超过９成，共登记４,２００件，及时受理{}件。", "３,９９０", "３,５７０"),
    # the three sectors' shares of one whole add up to 100
    pair("第一产业增加值占比６．２％，第二产业增加值占比３８．５％，第三产业增加值占比{}。", "５５．３％", "５８．３％"),
    # a count of the titles listed before it
    pair("修订完善《政务公开工作规程》《依申请公开办理规范》《政府网站管理办法》{}项制度。", "３", "４"),
    # a daily average of a year's total, the hotline's number in full-width digits
    pair("全年１２３４５热线受理来电７３．０万件，日均受理{}件。", "２,０００", "２,４００"),
]


@pytest.mark.parametrize("good,bad", FULLWIDTH_PROSE)
def test_full_width_figures_in_prose_read_as_ascii(good, bad):
    assert codes(good) == []
    assert codes(bad) != []


# -- Chinese numerals counting 万 (一万二千万元 = 12,000万元) ---------------------------------------------------------------
@pytest.mark.parametrize("numeral,value", [
    ("一万二千万", 1.2e8), ("九万二千万", 9.2e8), ("十二万六千四百八十万", 1.2648e9), ("一万零五百万", 1.05e8),
    ("六万万", 6e8), ("三千万", 3e7),
])
def test_a_chinese_numeral_counting_wan(numeral, value):
    assert cn_to_number(numeral) == value


@pytest.mark.parametrize("text,printed,value", [
    ("其中中央资金一万二千万元", "一万二千万元", 1.2e8),
    ("上年同期为十万一千九百五十万元", "十万一千九百五十万元", 1.0195e9),
])
def test_the_quantity_of_a_numeral_counting_wan(text, printed, value):
    doc = Document(text + "\n")
    q = next(q for q in doc.quantities if doc.text[q.start:q.end].endswith(printed))
    assert q.value == value and q.scale == 10 ** 4


CN_WAN = [
    pair("全年争取上级资金{}亿元，其中中央资金一万二千万元、省级资金八千万元、市级资金五千万元。", "2.50", "2.20"),
    pair("市属国企实现营业收入1.32亿元，同比增长{}，上年同期为一万二千万元。", "10.0%", "25.0%"),
    pair("国有资本收益中，利润收入三万四千五百万元，股利收入六千二百万元，合计{}万元。", "四万零七百", "四万一千七百"),
    pair("全年下达衔接资金{}亿元，其中中央资金一万五千六百万元、省级资金八千四百万元、市级资金二千万元。", "2.60", "2.30"),
]


@pytest.mark.parametrize("good,bad", CN_WAN)
def test_chinese_numerals_counting_wan_are_operands(good, bad):
    assert codes(good) == []
    assert codes(bad) != []


# -- the good days of a year in Chinese numerals ----------------------------------------------------------------------
GOOD_DAYS_CN = [
    pair("全县空气质量优良天数为三百二十九天，优良天数比例为{}。", "90.1%", "80.5%"),
    pair("城区优良天数达三百四十天，优良率{}，创有监测以来最好水平。", "93.2%", "85.0%"),
    pair("2023年，全市环境空气质量优良天数三百零二天，优良天数比例{}。", "82.7%", "78.7%"),
    pair("全年空气质量优良天数达到三百一十五天，优良天数比例为{}，同比上升2.2个百分点。", "86.3%", "76.3%"),
]


@pytest.mark.parametrize("good,bad", GOOD_DAYS_CN)
def test_good_days_in_chinese_numerals(good, bad):
    assert codes(good) == []
    assert codes(bad) != []


# -- a percentage in Chinese numerals qualifying the things its whole counts (百分之九十以上的村) ---------------------------
QUALIFYING_CN = [
    pair("全县{}的行政村建成综合文化服务中心，全县240个行政村中已建成228个。", "百分之九十以上", "百分之九十八以上"),
    pair("全年{}的热线工单在规定时限内办结。全年受理工单32,000件，按时办结31,040件。", "百分之九十七", "百分之九十二"),
    pair("{}的规上工业企业开展了数字化改造，全市规上工业企业1,250家中已改造720家。", "超过百分之五十", "超过百分之六十"),
    pair("全区{}的中小学配备了专职心理健康教师，全区中小学86所中已配备的有64所。", "百分之七十以上", "百分之八十以上"),
]


@pytest.mark.parametrize("good,bad", QUALIFYING_CN)
def test_a_percentage_in_chinese_numerals_qualifying_its_things(good, bad):
    assert codes(good) == []
    assert codes(bad) != []


# -- a whole in Chinese numerals inside 在…中 before a share (在审结的四百一十二件案件中占比) -----------------------------------
IN_FRAME_CN = [
    pair("以调解方式结案一百一十七件，在全年审结的四百一十二件案件中占比{}。", "28.4%", "34.4%"),
    pair("行政机关败诉九件，在一审判决的一百五十件案件中占{}。", "6.0%", "9.0%"),
    pair("网上办理的有八百四十件，在全年办结的一千二百件事项中占比{}。", "70.0%", "75.0%"),
    pair("其中涉企投诉三百一十二件，在受理的一千零四十件投诉中占比为{}。", "30.0%", "35.0%"),
]


@pytest.mark.parametrize("good,bad", IN_FRAME_CN)
def test_a_whole_in_chinese_numerals_inside_zai_zhong(good, bad):
    assert codes(good) == []
    assert codes(bad) != []


# -- near-misses that stay silent -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "全年空气质量优良天数比上年增加十二天，优良天数比例为90.4%。",          # a change of the days, not the days
    "全市优良天数三百余天，优良率88.0%。",                                  # an approximate count of days
    "力争全年优良天数达到三百三十天，优良率达到80.0%。",                      # a target
    "指标 ２０２２年 ２０２３年 增长率\n地区生产总值（亿元） ４００．０ ４２０．０ ５．０％",   # years as full-width column heads
    "类别\t件数\t占比\n一般程序\t１３０\t６５．０％\n简易程序\t７０\t３５．０％\n合计\t２００\t１００．０％",
    "全年争取上级资金2.50亿元，其中中央资金一万二千万元，另有社会资本约二万万元。",  # money from outside the whole
    "新建改扩建学校７所，新增学位６,３００个，其中小学学位３,２００个。",
    "力争全县百分之九十以上的行政村建成综合文化服务中心，目前240个行政村中已建成150个。",   # a goal
    "全县九成以上的行政村建成综合文化服务中心，全县240个行政村中已建成228个。",
])
def test_near_misses_stay_silent(text):
    assert codes(text) == []
