"""Multiples, averages per unit and average growth read wherever their operands stand (session mult11).

* a named multiple (A为B的N倍, in Arabic or Chinese numerals, 已相当于, 约为/接近 with their tolerance, 两倍多 as a bound)
  bound to its operands after it (前者/后者, each name with its value), B's value in another sentence of the paragraph,
  or both values around it (grammar._named_multiples / _named_around);
* a ratio per 10,000 people named with a head that restates its measure (每万人法律援助案件数 over 法律援助…件: rules.shares
  _per_counts), an average per place (站均, 所均) over the count of the places stated sentences before
  (claims.ratios.units_before);
* an average growth from the growths of the years of a span listed with 分别 (rules.spans._listed_average_findings), at
  current prices (按现价计算: nominal, checkable), from a first level stated in a paragraph before (a passage written a line
  each), never across scopes (全省 / 全市).

Wordings written for the test: each consistent statement is silent and recorded as checked; its variant with one wrong
figure is found; the traps stay silent."""
import pytest

from fresh_set import codes
from lintgov.claims import ledger
from lintgov.document import Document
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]

# (consistent, wrong, code)
PAIRS = [
    # a multiple in Chinese numerals, B's value in the next sentence or the one before
    ("网上办理的事项达一千二百项，为线下窗口办理事项的四倍。线下窗口办理事项为三百项。",
     "网上办理的事项达一千二百项，为线下窗口办理事项的四倍。线下窗口办理事项为二百项。", "LG205"),
    ("线下窗口办理事项为三百项。网上办理的事项达一千二百项，为线下窗口办理事项的四倍。",
     "线下窗口办理事项为五百项。网上办理的事项达一千二百项，为线下窗口办理事项的四倍。", "LG205"),
    # 约为 with B's value inside the phrase (a tenth each side)
    ("执法检查中，市场监管领域检查9,000次，约为生态环境领域3,000次的三倍。",
     "执法检查中，市场监管领域检查9,000次，约为生态环境领域2,000次的三倍。", "LG205"),
    # 两倍多: between 2 and 3, the two values named after it
    ("出口额为进口额的两倍多，出口额318亿元，进口额142亿元。", "出口额为进口额的两倍多，出口额318亿元，进口额172亿元。", "LG205"),
    ("律师人数是公证员的五倍多，律师620名、公证员118名。", "律师人数是公证员的五倍多，律师620名、公证员128名。", "LG205"),
    # 前者/后者 after a colon or in brackets, in either order
    ("复议案件已相当于一审诉讼案件的1.8倍：前者720件，后者400件。",
     "复议案件已相当于一审诉讼案件的1.8倍：前者720件，后者500件。", "LG205"),
    ("复议案件相当于一审诉讼案件的1.8倍（后者400件，前者720件）。",
     "复议案件相当于一审诉讼案件的1.8倍（后者300件，前者720件）。", "LG205"),
    # 接近 as the verb; 约为 with the names restating the measure (人数)
    ("网上办件量为12.6万件，接近窗口办件量的三倍，窗口办件量为4.5万件。",
     "网上办件量为12.6万件，接近窗口办件量的三倍，窗口办件量为3.2万件。", "LG205"),
    ("律师人数约为公证员人数的五倍，律师620名，公证员118名。", "律师人数约为公证员人数的五倍，律师620名，公证员98名。", "LG205"),
    # A in the sentence before, B after
    ("全年网上办件1,200件。网上办件量为线下窗口办件量的四倍。线下窗口办件300件，同比增长10%。",
     "全年网上办件1,200件。网上办件量为线下窗口办件量的四倍。线下窗口办件200件，同比增长10%。", "LG205"),
    # per 10,000 people, the count named without the head 案件, the population a paragraph before
    ("全区常住人口60.0万人。\n全区持续推进公共法律服务体系建设。\n全年提供法律援助4,200件，每万人法律援助案件数70.0件。",
     "全区常住人口60.0万人。\n全区持续推进公共法律服务体系建设。\n全年提供法律援助4,200件，每万人法律援助案件数80.0件。", "LG108"),
    # an average per place over the count of the places sentences before
    ("全市设立工作站1,200个。\n工作站全年提供法律咨询18.00万人次，站均150人次。",
     "全市设立工作站1,200个。\n工作站全年提供法律咨询18.00万人次，站均120人次。", "LG108"),
    ("全市共建成1,200个公共法律服务工作站。工作站全年提供法律咨询18.00万人次，站均150人次。",
     "全市共建成1,200个公共法律服务工作站。工作站全年提供法律咨询18.00万人次，站均180人次。", "LG108"),
    ("全县有律师事务所12家。全年律师事务所办理各类案件3,600件，所均300件。",
     "全县有律师事务所12家。全年律师事务所办理各类案件3,600件，所均200件。", "LG108"),
    # each session's people (每期, opening its clause): the sessions counted before, the total after (人次)
    ("全年培训十二期。\n每期约一百二十人。\n累计培训一千四百余人次。", "全年培训十二期。\n每期约一百二十人。\n累计培训一千九百余人次。",
     "LG108"),
    ("全年举办培训班12期，每期120人，共培训1,440人次。", "全年举办培训班12期，每期120人，共培训1,840人次。", "LG108"),
    # a stock per head over the total named alike and the population
    ("全市户籍人口50.0万人，人均储蓄存款6.0万元，储蓄存款余额300亿元。", "全市户籍人口50.0万人，人均储蓄存款6.0万元，储蓄存款余额360亿元。",
     "LG108"),
    ("全市储蓄存款余额312亿元，户籍人口52.0万人，人均储蓄存款6.0万元。", "全市储蓄存款余额312亿元，户籍人口52.0万人，人均储蓄存款7.0万元。",
     "LG108"),
    # average growth from the yearly growths listed (geometric or arithmetic mean)
    ("近三年，全市法律服务业收入三年间分别增长12.0%、18.0%和9.0%，三年年均增长12.9%。",
     "近三年，全市法律服务业收入三年间分别增长12.0%、18.0%和9.0%，三年年均增长14.9%。", "LG208"),
    ("2021—2023年，全市法律服务业收入分别增长12.0%、18.0%和9.0%，年均增长13.0%。",
     "2021—2023年，全市法律服务业收入分别增长12.0%、18.0%和9.0%，年均增长11.0%。", "LG208"),
    # the yearly mean of the years' values listed with 分别 (arithmetic), the years listed, a range or in words
    ("2022、2023、2024年分别化解信访积案54件、60件和72件，年平均化解62件。",
     "2022、2023、2024年分别化解信访积案54件、60件和72件，年平均化解82件。", "LG208"),
    ("2022—2024年，全市分别培训1,200人次、1,350人次和1,500人次，年均培训1,350人次。",
     "2022—2024年，全市分别培训1,200人次、1,350人次和1,500人次，年均培训1,550人次。", "LG208"),
    # the yearly mean first, the total over the span after it
    ("“十四五”以来，全市年均新增城镇就业10.6万人，四年累计新增42.4万人。", "“十四五”以来，全市年均新增城镇就业14.6万人，四年累计新增42.4万人。",
     "LG208"),
    ("五年来，全市年均培训律师1,200人次，累计培训6,000人次。", "五年来，全市年均培训律师1,600人次，累计培训6,000人次。", "LG208"),
    # a last level naming no metric of its own continues the passage's
    ("2020年，全市公证办证量为8,620件。此后连续四年保持增长，2024年达到11,820件，年均增长8.2%。",
     "2020年，全市公证办证量为8,620件。此后连续四年保持增长，2024年达到11,820件，年均增长14.2%。", "LG208"),
    # at current prices: the nominal levels give it
    ("2014—2024年，全市生产总值从2,013亿元增加到4,826亿元，按现价计算年均增长9.1%。",
     "2014—2024年，全市生产总值从2,013亿元增加到4,826亿元，按现价计算年均增长10.1%。", "LG208"),
    # the first level in the paragraph before (a passage written a line each), a sentence between
    ("2020年，热线接听量为6.0万人次。\n2024年，热线接听量达到10.0万人次，四年年均增长13.6%。",
     "2020年，热线接听量为6.0万人次。\n2024年，热线接听量达到10.0万人次，四年年均增长16.6%。", "LG208"),
    # an average and the change over the whole span in one sentence, either order: (1 + g)^N is the multiple
    ("2012年至2022年十年间，进出口总额年均增长7.2%，总量增长一倍。", "2012年至2022年十年间，进出口总额年均增长12.2%，总量增长一倍。",
     "LG208"),
    ("十年间，进出口总额增长了一倍，年均增长7.2%。", "十年间，进出口总额增长了一倍，年均增长3.2%。", "LG208"),
    ("过去五年，全市律师业务收入年均增长20.1%，增长1.5倍。", "过去五年，全市律师业务收入年均增长10.1%，增长1.5倍。", "LG208"),
    ("2018—2023年，全市律师业务收入年均增长15.0%，五年翻了一番。", "2018—2023年，全市律师业务收入年均增长10.0%，五年翻了一番。",
     "LG208"),
    ("2020年，热线接听量为6.0万人次。\n全市持续优化热线服务。\n2024年，热线接听量达到10.0万人次，年均增长13.6%。",
     "2020年，热线接听量为6.0万人次。\n全市持续优化热线服务。\n2024年，热线接听量达到10.0万人次，年均增长18.6%。", "LG208"),
]

TRAPS = [
    # another scope's value
    "全市网上办件量达一千二百件，为线下窗口办件量的四倍。全省线下窗口办件量为二百件。",
    "2020年，全省热线接听量为60.0万人次。\n2024年，全市热线接听量达到10.0万人次，年均增长13.6%。",
    # a part (其中), last year's value, B's value not stated
    "网上办件量为线下窗口办件量的四倍。其中线下窗口办件200件。",
    "全年网上办件1,200件，上年线下窗口办件200件。网上办件量为线下窗口办件量的四倍。",
    "城镇居民人均可支配收入为5.2万元，是全国平均水平的两倍。",
    # a list of things, not of years; no span named; real growth at comparable prices
    "律师、公证收入分别增长12.0%和18.0%，两年平均增长16.0%。",
    "全市法律服务业收入分别增长12.0%、18.0%和9.0%，年均增长11.0%。",
    "五年来，全市法律服务业收入分别增长12.0%、18.0%和9.0%，年均增长11.0%。",
    "2014—2024年，全市生产总值从2,013亿元增加到4,826亿元，年均增长7.1%。",
    "2014—2024年，全市生产总值从2,013亿元增加到4,826亿元，按可比价格计算年均增长7.1%。",
    # a year's growth beside a two-year average; another metric's growth after the average; a part
    "全市地区生产总值3.07万亿元、增长6.7%，两年平均增长4.9%。",
    "五年来，全市研发投入年均增长16.1%，企业数量增长85%。",
    "五年来，全市研发投入年均增长16.1%，2022年增长85%。",
    "五年来，全市研发投入增长85%，其中企业投入年均增长16.1%。",
    # things listed, not years; two values for three years; two labelled values of the measure before an elided metric
    "律师、公证分别办理1,200件、1,500件，年均办理1,350件。",
    "2022—2024年，全市分别培训1,200人次和1,500人次，年均培训1,550人次。",
    "2020年，全市公证办证量为8,620件，司法鉴定2,100件。此后连续四年保持增长，2024年达到11,820件，年均增长14.2%。",
    "全市年均新增城镇就业10.6万人，累计新增42.4万人。",
    # a count of places added in the year, not all of them; 各所均 (each, no average)
    "全市新增工作站200个。工作站全年提供法律咨询18.00万人次，站均150人次。",
    "各所均有3名以上律师。",
    # people who are not the population; no population stated; 每期 of days
    "全市新增就业2.0万人，人均储蓄存款6.0万元，储蓄存款余额300亿元。",
    "城乡居民储蓄存款余额1,500亿元，人均储蓄存款3.2万元。",
    "全年培训十二期，每期两天。",
]


@pytest.mark.parametrize("good,bad,code", PAIRS)
def test_consistent_is_silent_and_checked(good, bad, code):
    assert code not in codes(good), good
    d = Document(good + "\n", path="example.txt")
    for r in RULES:
        if r.code == code:
            list(r.check(d, None))
    assert any(c.rule == code and c.consistent for c in ledger(d)), good


@pytest.mark.parametrize("good,bad,code", PAIRS)
def test_wrong_is_found(good, bad, code):
    assert code in codes(bad), bad


@pytest.mark.parametrize("text", TRAPS)
def test_traps_stay_silent(text):
    found = codes(text)
    assert "LG205" not in found and "LG208" not in found and "LG108" not in found, (text, found)
