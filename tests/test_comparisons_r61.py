"""Comparisons whose figures come in another order than the one the patterns were built for (validity round 61,
comparisons engineer): a growth, points, a delta or a multiple bound to the two levels of its metric wherever its
sentence states them — the base in a clause labelled with the period compared with after the claim (上年为 / 年初为 /
上年末为 / 五年前为 / 改革前的2020年为), or opening the next sentence (上年该项指标为); the current value in a clause of
this period after the claim or reached right after it (达到B); a 由A增加到B right after the claim with no words of its
own; a multiple of 原来 after a transition; and a multiple relating two named quantities (A是B的N倍) with their
values after it (分别为x和y / B named again) or both named before it.  The phrasings are lintgov's own (none is a
battery sentence); each consistent one stays silent, each wrong one is found, and the readings stay silent where another
metric, another period or two candidate bases make the operands uncertain."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def codes(text):
    return [f.code for f in lint_text(text + "\n", RULES, registry=REG)]


PAIRS = [
    # (rule, consistent, wrong) — a transition right after the claim
    ("LG201", "政务服务好评率提高了4.2个百分点，由93.1%提高到97.3%。",
     "政务服务好评率提高了6.2个百分点，由93.1%提高到97.3%。"),
    ("LG201", "全市森林覆盖率上升1.6个百分点，从41.2%上升至42.8%。",
     "全市森林覆盖率上升2.6个百分点，从41.2%上升至42.8%。"),
    ("LG201", "一审行政案件败诉率下降2.5个百分点，由9.8%降至7.3%。",
     "一审行政案件败诉率下降4.5个百分点，由9.8%降至7.3%。"),
    ("LG205", "跨境电商进出口额增长到上年的2.4倍，由18.5亿元增加到44.6亿元。",
     "跨境电商进出口额增长到上年的3.4倍，由18.5亿元增加到44.6亿元。"),
    ("LG205", "新能源汽车保有量扩大到2020年的5倍，从2.3万辆增至11.6万辆。",
     "新能源汽车保有量扩大到2020年的7倍，从2.3万辆增至11.6万辆。"),
    # the base labelled after the claim, in its sentence
    ("LG201", "全区旅游总收入增长12.4%，全年实现旅游总收入86.5亿元，而上年为76.96亿元。",
     "全区旅游总收入增长18.4%，全年实现旅游总收入86.5亿元，而上年为76.96亿元。"),
    ("LG201", "年末住户存款余额达到2,316.8亿元，较年初增加204.5亿元，年初为2,112.3亿元。",
     "年末住户存款余额达到2,316.8亿元，较年初增加254.5亿元，年初为2,112.3亿元。"),
    ("LG201", "全市律师事务所达到128家，比上年末增加17家，上年末为111家。",
     "全市律师事务所达到128家，比上年末增加27家，上年末为111家。"),
    ("LG205", "人民调解案件量相当于三年前的1.8倍，三年前为4,120件，今年为7,416件。",
     "人民调解案件量相当于三年前的2.8倍，三年前为4,120件，今年为7,416件。"),
    ("LG205", "全市普惠性托位数是十年前的三倍多，十年前为0.92万个，今年为3.05万个。",
     "全市普惠性托位数是十年前的五倍多，十年前为0.92万个，今年为3.05万个。"),
    ("LG201", "全区规上工业企业达到1,486家，年内净增128家，上年末为1,358家。",
     "全区规上工业企业达到1,486家，年内净增178家，上年末为1,358家。"),
    # a note on the basis between the claim's parts (比上年（下同）增长)
    ("LG201", "全年实现旅游总收入328.6亿元，比上年（下同）增长16.1%，上年为283.0亿元。",
     "全年实现旅游总收入328.6亿元，比上年（下同）增长21.1%，上年为283.0亿元。"),
    ("LG201", "全年接待游客1,260万人次，同比增长（下同）12.5%，上年为1,120万人次。",
     "全年接待游客1,260万人次，同比增长（下同）18.5%，上年为1,120万人次。"),
    ("LG205", "全区行政复议案件数量是复议体制改革前的2.5倍，改革前的2019年为184件，今年为460件。",
     "全区行政复议案件数量是复议体制改革前的3.5倍，改革前的2019年为184件，今年为460件。"),
    ("LG205", "全县粮食产量为上年的1.1倍，上年产量为42.6万吨，今年产量为46.9万吨。",
     "全县粮食产量为上年的1.4倍，上年产量为42.6万吨，今年产量为46.9万吨。"),
    ("LG201", "全市专利授权量比上年增长21.5%，上年授权1.02万件，今年授权1.24万件。",
     "全市专利授权量比上年增长31.5%，上年授权1.02万件，今年授权1.24万件。"),
    # a delta after its transition written with 缩短为/压缩为, or against a basis named by a period before a change (较调整前的A少了N)
    ("LG201", "平均办理时限由上年的9.5个工作日缩短为6.2个工作日，缩短了3.3个工作日。",
     "平均办理时限由上年的9.5个工作日缩短为6.2个工作日，缩短了4.3个工作日。"),
    ("LG201", "全市行政许可事项由326项压缩为218项，压缩108项。",
     "全市行政许可事项由326项压缩为218项，压缩128项。"),
    ("LG201", "全区权责清单为1,142项，较调整前的1,206项少了64项。",
     "全区权责清单为1,142项，较调整前的1,206项少了84项。"),
    # the base opening the next sentence, referred back to
    ("LG201", "农村自来水普及率达到96.4%，比上年提高1.9个百分点。上年该项指标为94.5%。",
     "农村自来水普及率达到96.4%，比上年提高3.9个百分点。上年该项指标为94.5%。"),
    ("LG201", "生活垃圾回收利用率达到41.3%，比上年提高2.2个百分点。上年回收利用率为39.1%。",
     "生活垃圾回收利用率达到41.3%，比上年提高4.2个百分点。上年回收利用率为39.1%。"),
    # the value reached after the claim, last year's level in the sentence before
    ("LG201", "上年全区城市生活污水集中收集率为72.4%。今年城市生活污水集中收集率提高6.1个百分点，达到78.5%。",
     "上年全区城市生活污水集中收集率为72.4%。今年城市生活污水集中收集率提高9.1个百分点，达到78.5%。"),
    # a multiple of 原来 after its transition
    ("LG205", "全市每千人口执业医师数由2.1人提高到3.4人，提高到原来的1.6倍。",
     "全市每千人口执业医师数由2.1人提高到3.4人，提高到原来的2.6倍。"),
    ("LG205", "全区跨境电商交易额从1,200万元增长到0.72亿元，是原来的6倍。",
     "全区跨境电商交易额从1,200万元增长到0.72亿元，是原来的8倍。"),
    # a multiple of two named quantities
    ("LG205", "全市城镇居民人均消费支出是农村居民的1.9倍，分别为34,260元和18,040元。",
     "全市城镇居民人均消费支出是农村居民的2.9倍，分别为34,260元和18,040元。"),
    ("LG205", "线上调解案件量达到线下调解案件量的3倍，分别为9,630件和3,210件。",
     "线上调解案件量达到线下调解案件量的5倍，分别为9,630件和3,210件。"),
    ("LG205", "全区每万人拥有体育场地面积达到3.2万平方米，是全市平均水平的1.6倍，全市平均为2.0万平方米。",
     "全区每万人拥有体育场地面积达到3.2万平方米，是全市平均水平的2.6倍，全市平均为2.0万平方米。"),
    ("LG205", "全年网上办件18,420件，窗口办件6,140件，网上办件量为窗口办件量的3倍。",
     "全年网上办件18,420件，窗口办件6,140件，网上办件量为窗口办件量的5倍。"),
]


@pytest.mark.parametrize("rule,good,bad", PAIRS)
def test_consistent_statements_are_silent(rule, good, bad):
    assert codes(good) == [], good


@pytest.mark.parametrize("rule,good,bad", PAIRS)
def test_wrong_statements_are_found(rule, good, bad):
    assert rule in codes(bad), bad


SILENT = [
    # the transition after the claim names another metric (its share, a ratio per person)
    "中小企业发明专利申请量增长近1.5倍，占全区比重由25%上升到54.2%。",
    "中小学总学位数36225个，增加近20%，每千人学位数由93个提高到120个。",
    "地区生产总值年均增长8.0%，占全市比重由13.9%上升到15.1%。",
    # a multiple of a quantity whose level is not stated, after the district's own transition or delta
    "每平方公里GDP产出由21.7亿元增至30.2亿元，是全市的2.2倍。",
    "每平方公里土地GDP产出18.68亿元，比上年增加1.36亿元，是全市平均水平的2.3倍。",
    # a prior clause of another metric, or another year than the one compared with
    "旅游总收入增长12.4%，全年接待游客1,260万人次，而上年接待游客为980万人次。",
    "全年办理公证11,820件，增长8.3%，2021年为9,214件。",
    "农村自来水普及率达到96.4%，比上年提高1.9个百分点。2020年该项指标为90.5%。",
    # a flow before the claim is not the stock the base is the level of
    "全年新设企业1,486家，年内净增178家，上年末为1,358家。",
    # this period's level named by another metric (visitors after a growth of revenue; 绿化 after 森林覆盖率)
    "全年旅游总收入增长12%，全年接待游客1,260万人次，上年为1,020万人次。",
    "森林覆盖率提高1.2个百分点，上年为41.3%，今年绿化覆盖率为45.5%。",
    # a part between the claim and the base: whose base it is stays open
    "全市专利授权量增长21.5%，其中发明专利授权0.32万件，上年为0.22万件。",
    # real growth of GDP against nominal levels stated after it
    "全年实现地区生产总值3,286.5亿元，增长6.1%，上年为3,012.4亿元。",
    # two values could be the base: none is taken
    "全市律师事务所达到128家，比上年末增加17家，上年末为111家、上年末为104家。",
    # the named base fits two values before the multiple
    "网上办件18,420件，窗口办件6,140件，窗口办件（含代办）7,020件，网上办件量为窗口办件量的3倍。",
    # a multiple of a period's total, no level stated
    "民生类财政支出累计达720.3亿元，是“十二五”时期的2.9倍。",
]


@pytest.mark.parametrize("text", SILENT)
def test_uncertain_operands_stay_silent(text):
    assert codes(text) == [], text
