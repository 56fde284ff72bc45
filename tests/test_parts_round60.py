"""LG103, round 60 (parts engineer): parts and wholes stated without 其中.  Phrasings are lintgov's own.

- counts above nested thresholds of one measure (``claims.stocks.nested_thresholds``): a count written after 达/达到/为
  (超百亿元的企业达181家、超千亿元的企业达15家), and thresholds listed after one 超 and bound to their counts by 分别
  (超千亿元、百亿元的企业分别达22家和221家) — never two measures (产值超亿元…，纳税超千万元…);
- additions within a stock (``claims.stocks.additions``): more verbs of adding (组建, 新纳入统计的), a second verb of
  growth after 累计 (累计引进培育), a total over every level and kind of the added things (各级各类), the network of the
  added things (绿道网总长), a bare total after a clause stating the stock as a milestone in words (提前建成千座公园城市)
  — never a clause of another deed between them, a ratio per thousand people, or other things."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.code == "LG103"]
HEAD = "2019年政府工作报告\n各位代表：\n现在，我代表区人民政府，向大会报告工作。\n一、2018年工作回顾\n"
PLAN = "\n二、2019年工作安排\n地区生产总值增长7%左右。\n"


def findings(text):
    return [f for f in lint_text(HEAD + text + PLAN, RULES, registry=REG) if f.code == "LG103"]


# (sentence with {}, a consistent figure, a wrong one)
THRESHOLDS = [
    ("年营业收入超百亿元的企业达{}家、超千亿元的企业达9家。", "64", "8"),
    ("产值超10亿元企业达到{}家、超50亿元企业达到7家。", "31", "6"),
    ("主营业务收入超千亿元、百亿元的企业分别达{}家和140家。", "12", "141"),
    ("营收超百亿、千亿元的集团分别达{}家、4家。", "37", "3"),
    ("工业总产值超千亿元、五百亿元的县分别为{}个、11个。", "4", "12"),
    ("税收超1亿元、10亿元的总部企业分别有{}家和9家。", "58", "8"),
]


@pytest.mark.parametrize("body,ok,wrong", THRESHOLDS)
def test_counts_above_nested_thresholds(body, ok, wrong):
    assert not findings(body.format(ok))
    fs = findings(body.format(wrong))
    assert fs and "threshold" in str(fs[0].message("en"))


SILENT_THRESHOLDS = [
    "产值超亿元企业120家，纳税超千万元企业达300家。",        # two measures
    "营业收入超10亿元、纳税超1亿元的企业分别有40家和52家。",   # the second threshold of another measure
    "超千亿元、百亿元的园区分别达2个和30个。",
    "超1亿元、5000万元以上项目分别为10个、25个。",
]


@pytest.mark.parametrize("text", SILENT_THRESHOLDS)
def test_thresholds_of_other_measures_or_in_order_are_silent(text):
    assert not findings(text)


ADDITIONS = [
    ("组建{}个医疗集团，总量增至12个。", "8", "13"),
    ("新纳入统计的规上企业{}家，总数达1850家。", "320", "1851"),
    ("新增科技服务机构{}家、累计引进培育96家。", "12", "97"),
    ("新建{}个区级青少年活动中心，累计建成各级各类青少年活动中心42个。", "5", "43"),
    ("新建碧道{}公里，碧道网总长达到180公里。", "35", "181"),
    ("新增公园{}座，提前建成千座公园城市，累计达到1100座。", "127", "1101"),
]


@pytest.mark.parametrize("body,ok,wrong", ADDITIONS)
def test_additions_within_the_stock(body, ok, wrong):
    assert not findings(body.format(ok))
    fs = findings(body.format(wrong))
    assert fs and "addition" in str(fs[0].message("en"))
    assert fs[0].evidence


SILENT_ADDITIONS = [
    "新增企业500家，带动企业转型升级，累计达到400家。",          # the 累计 may count the deed in between
    "新建口袋公园460个，全市口袋公园数量居全省前列，总数达到320个。",
    "新增床位500张，千人床位数达到5张。",                          # a ratio per thousand people
    "新增学位3000个，各级各类学校累计达到120所。",
    "新建公园20个，改造提升社区公园，累计改造80个。",
    "组建5个产业联盟，成员单位总量增至3个。",                      # other things
    "新增科技服务机构120家、累计引进培育高层次人才96名。",
]


@pytest.mark.parametrize("text", SILENT_ADDITIONS)
def test_other_totals_after_an_addition_are_silent(text):
    assert not findings(text)


# -- the plans: the year's target within the five-year plan's total of the same metric (claims.horizons.plan_horizons)
def plans(five, year, head2="二、今后五年的目标任务", head3="三、2023年工作安排"):
    return ("2023年政府工作报告\n各位代表：\n现在，我代表市人民政府，向大会报告工作。\n一、过去五年工作回顾\n"
            "五年来，全市地区生产总值年均增长6.5%。城镇新增就业累计52万人。\n"
            f"{head2}\n今后五年，我们将坚持稳中求进。{five}\n{head3}\n今年是全面贯彻党的二十大精神的开局之年。{year}\n")


PLANS = [
    ("推进学前教育普惠发展，建成托位5200个。", "完善托育服务体系，建成托位{}个。", "1000", "6000"),
    ("完善养老服务网络，新增养老床位3000张，建成社区长者食堂120家。", "新增养老床位{}张。", "800", "3200"),
    ("织密城市路网，新建道路80条以上，新增公共停车泊位1万个。", "缓解停车难，新增公共停车泊位{}个。", "2000", "16000"),
    ("实施“山水连城”计划，建成绿道200公里、碧道40公里、郊野径150公里。", "新建郊野径{}公里。", "30", "160"),
    ("增加优质学位供给，五年新增公办中小学学位6万个。", "新增公办中小学学位{}个。", "1.2万", "8万"),
]


@pytest.mark.parametrize("five,year,ok,wrong", PLANS)
def test_the_years_target_within_the_five_year_plan(five, year, ok, wrong):
    assert not [f for f in lint_text(plans(five, year.format(ok)), RULES, registry=REG)]
    fs = [f for f in lint_text(plans(five, year.format(wrong)), RULES, registry=REG)]
    assert fs and "five-year plan" in str(fs[0].message("en")) and fs[0].related and fs[0].evidence


SILENT_PLANS = [
    ("全市地区生产总值达到5000亿元。", "全市地区生产总值4200亿元。"),                 # levels: the last year's
    ("一般公共预算收入达到345亿元。", "一般公共预算收入360亿元。"),
    ("建成托位5200个。", "建成托位6000个。", "二、“十三五”时期的奋斗目标", "三、2023年工作安排"),   # a plan of other years
    ("打造30个示范村。", "打造40个和谐劳动关系试点园区。"),                         # things named after the figure
    ("新增公园50个。", "新增公园60个和口袋公园。"),
    ("建成托位5200个。", "建成托位6000个。", "二、今后五年的目标任务和2023年工作安排", "三、政府自身建设"),
]


@pytest.mark.parametrize("case", SILENT_PLANS)
def test_plans_that_are_no_part_and_whole_are_silent(case):
    assert not [f for f in lint_text(plans(*case), RULES, registry=REG)]


# -- the review: a five-year count named by the noun right after it holds the year's additions of that noun
def review(year, five):
    return ("2026年政府工作报告\n各位代表：\n现在，我代表省人民政府，向大会报告工作。\n一、2025年和“十四五”时期工作回顾\n"
            "“十四五”时期是极不平凡的五年。" + five + "\n刚刚过去的2025年，我们攻坚克难。" + year + "\n")


COUNTED_AFTER = [
    ("医疗卫生服务体系更加健全，建成200个县域医疗次中心。", "新建县域医疗次中心{}个。", "50", "210"),
    ("战略科技力量持续壮大，29家全国重点实验室、62家科研院所聚力赋能。", "新增全国重点实验室{}家。", "12", "30"),
    ("开放合作走深走实，累计新设120家外资研发中心。", "全年新设外资研发中心{}家。", "18", "121"),
    ("基层治理更加有效，创建86个全国民主法治示范村。", "新创建全国民主法治示范村{}个。", "9", "90"),
    ("生态屏障更加牢固，新增45处省级湿地公园。", "新增省级湿地公园{}处。", "7", "46"),
]


@pytest.mark.parametrize("five,year,ok,wrong", COUNTED_AFTER)
def test_the_years_additions_within_a_five_year_count_named_after_it(five, year, ok, wrong):
    assert not [f for f in lint_text(review(year.format(ok), five), RULES, registry=REG)]
    fs = [f for f in lint_text(review(year.format(wrong), five), RULES, registry=REG)]
    assert fs and "five years" in str(fs[0].message("en"))


SILENT_COUNTED_AFTER = [
    ("新建提升13座城市公园和275个口袋公园。", "新建口袋公园300个。"),                # a list joined by 和
    ("5个国家区域医疗中心二期项目全部开工。", "新建国家区域医疗中心6个。"),            # the noun runs into a predicate
    ("医疗卫生服务体系更加健全，建成200个县域医疗次中心。", "新建社区医院210个。"),      # other things
    ("推动12家企业的研发中心升级，建成80个企业技术中心。", "新认定省级企业技术中心90家。"),
]


@pytest.mark.parametrize("five,year", SILENT_COUNTED_AFTER)
def test_other_counts_of_the_five_years_are_silent(five, year):
    assert not [f for f in lint_text(review(year, five), RULES, registry=REG)]
