"""Bounds checked in their direction (round 22).

1. A mean held within a bound (平均办理时长控制在30日以内 / 保持在45天以内 / 压缩至5个工作日以内; 平均结案时间 as 时长): the verb of holding and a
   bound after the figure state the mean's bound, read as 不到30日 is (claims.ratios.per_unit), over the total days and
   the count of the things handled stated beside it.

2. A judgment accepted (服判息诉) is one no party appealed: the cases appealed (上诉) are outside the rate, so it is at
   most the whole less them — a bound on it (接近九成, 90%以上) is checked in that direction only (claims.classes); a
   section or a discharge meets the standard (达标) or exceeds it (超标), so 达标率 is the whole less the 超标 count.

3. A budget's or a fund's rate of execution (预算执行率, 专项资金执行率) is what was spent over what was budgeted
   (claims.rates: its numerator and its base by their words).

4. A share stated by a deed alone after its counts (…，已完工80个，尚未完工的不足一成 / 已整改的占九成以上): the count of the
   clause before, named by the deed, over the count before it — the whole less it when the deed is negated
   (claims.rates.deed_share); a share's names ending in a measure noun (面积, 金额, 人数) match counts whose unit says it
   (绿色建筑856万平方米 for 绿色建筑面积); a share of the whole area read over a part's figures (中心城区, 园区) is none.
   A share naming its subject (…达到标准化建设要求的超过九成) over the part among its whole after it (212个村卫生室中达标的有
   198个), the words that introduce the part's figure (的有) left out of its name; 要求 is no plan (要 of PLAN_AROUND_SHARE).

5. A whole named as its parts' names together (投诉举报 → 投诉、举报; 来信来访 → 来信、来访; 行政复议和行政诉讼案件) is all of
   them (claims.partition.named_by_parts): a lower bound on it (超过, 逾, 突破) must hold for their sum too.

Wordings of our own, from several offices; consistent near-misses and traps stay silent."""
import pytest

from lintgov.claims.partition import named_by_parts
from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def _codes(text):
    return [f.code for f in lint_text(text, RULES, registry=REG)]


# (consistent, wrong)
PAIRS = [
    # 信访: 55,120 / 2,130 = 25.9 days; 66,120 / 2,130 = 31.0
    ("来信来访事项平均办理时长控制在30日以内。全年办结信访事项2,130件，累计用时55,120日。",
     "来信来访事项平均办理时长控制在30日以内。全年办结信访事项2,130件，累计用时66,120日。"),
    # 法院: 37,280 / 860 = 43.3; 41,280 / 860 = 48.0
    ("民事案件平均审理天数保持在45天以内：全年审结民事案件860件，累计审理天数37,280天。",
     "民事案件平均审理天数保持在45天以内：全年审结民事案件860件，累计审理天数41,280天。"),
    # 政务服务: 57,600 / 12,400 = 4.6 working days; 74,500 / 12,400 = 6.0
    ("行政许可事项平均办结时长压缩至5个工作日以内，全年办结许可事项12,400件，累计用时57,600个工作日。",
     "行政许可事项平均办结时长压缩至5个工作日以内，全年办结许可事项12,400件，累计用时74,500个工作日。"),
    # 司法, 平均…时间 (a duration per case like 时长/期限): 25,900 / 640 = 40.5; 31,900 / 640 = 49.8
    ("全年办结行政复议案件640件，累计用时25,900天，平均结案时间控制在45天以内。",
     "全年办结行政复议案件640件，累计用时31,900天，平均结案时间控制在45天以内。"),
    # 法院: (4,380 − 312) / 4,380 ≤ 92.9%; (4,380 − 612) / 4,380 ≤ 86.0% < 90%
    ("全年审结一审民商事案件4,380件，当事人上诉312件，一审服判息诉率达到90%以上。",
     "全年审结一审民商事案件4,380件，当事人上诉612件，一审服判息诉率达到90%以上。"),
    # 法院, the rate first: (7,250 − 690) / 7,250 ≤ 90.5% (近九成: 81%–90%); (7,250 − 1,450) / 7,250 ≤ 80.0%
    ("一审服判息诉率近九成。全年审结一审案件7,250件，提出上诉的690件。",
     "一审服判息诉率近九成。全年审结一审案件7,250件，提出上诉的1,450件。"),
    # 生态环境, 达标 and 超标 are all the outcomes: (32 − 2) / 32 = 93.8%; (32 − 5) / 32 = 84.4%
    ("全市32个地表水监测断面中超标断面2个，水质达标率超过九成。",
     "全市32个地表水监测断面中超标断面5个，水质达标率超过九成。"),
    # 生态环境, digits: (46 − 3) / 46 = 93.5%; 92.5% printed is not it
    ("全区监测入河排污口46个，超标排放3个，达标排放率93.5%。",
     "全区监测入河排污口46个，超标排放3个，达标排放率92.5%。"),
    # 财政: 22.1 / 23.6 = 93.6%; 20.1 / 23.6 = 85.2%
    ("全区部门预算执行率超过九成，全年部门预算安排23.6亿元，实际支出22.1亿元。",
     "全区部门预算执行率超过九成，全年部门预算安排23.6亿元，实际支出20.1亿元。"),
    # 审计: 1.62 / 3.05 = 53.1%; 2.02 / 3.05 = 66.2%
    ("部分乡镇专项资金执行率不足六成。抽查的5个乡镇专项资金预算3.05亿元，实际支出1.62亿元。",
     "部分乡镇专项资金执行率不足六成。抽查的5个乡镇专项资金预算3.05亿元，实际支出2.02亿元。"),
    # 信访: 1,620 + 1,490 = 3,110 > 3,000; 1,620 + 1,290 = 2,910
    ("全年受理群众来信来访超过3,000件次，其中来信1,620件次、来访1,490件次。",
     "全年受理群众来信来访超过3,000件次，其中来信1,620件次、来访1,290件次。"),
    # 市场监管: 1.64 + 0.72 = 2.36 > 2.2万; 1.34 + 0.72 = 2.06
    ("全年处理消费者投诉举报逾2.2万件，其中投诉1.64万件、举报0.72万件。",
     "全年处理消费者投诉举报逾2.2万件，其中投诉1.34万件、举报0.72万件。"),
    # 住建, a share by the deed negated: (86 − 80) / 86 = 7.0%; (86 − 74) / 86 = 14.0%
    ("全区老旧小区改造项目86个，已完工80个，尚未完工的不足一成。",
     "全区老旧小区改造项目86个，已完工74个，尚未完工的不足一成。"),
    # 教育, the deed shortened: (186 − 171) / 186 = 8.1%; (186 − 161) / 186 = 13.4%
    ("全县中小学校舍186栋，已完成抗震加固171栋，未完成的不足一成。",
     "全县中小学校舍186栋，已完成抗震加固161栋，未完成的不足一成。"),
    # 水利, the rest of the whole (其余): (138 − 127) / 138 = 8.0%; (138 − 117) / 138 = 15.2%
    ("全县病险水闸138座，已完成除险加固127座，其余的不足一成。",
     "全县病险水闸138座，已完成除险加固117座，其余的不足一成。"),
    # 生态环境, 剩余部分占比: (1,250 − 1,210) / 1,250 = 3.2%; (1,250 − 1,150) / 1,250 = 8.0%
    ("全市排查入河排污口1,250个，已完成整治1,210个，剩余部分占比不足5%。",
     "全市排查入河排污口1,250个，已完成整治1,150个，剩余部分占比不足5%。"),
    # 应急, a share by the deed itself: 1,790 / 1,860 = 96.2%; 1,590 / 1,860 = 85.5%
    ("全市排查安全隐患1,860处，已整改1,790处，已整改的占九成以上。",
     "全市排查安全隐患1,860处，已整改1,590处，已整改的占九成以上。"),
    # 卫健, a share naming its subject, the part among its whole after it: 198 / 212 = 93.4%; 178 / 212 = 84.0%
    ("全县村卫生室达到标准化建设要求的超过九成，全县212个村卫生室中达标的有198个。",
     "全县村卫生室达到标准化建设要求的超过九成，全县212个村卫生室中达标的有178个。"),
    # 民政: 79 / 146 = 54.1%; 99 / 146 = 67.8%
    ("全市养老机构取得等级评定的不足六成，全市146家养老机构中评定等级的有79家。",
     "全市养老机构取得等级评定的不足六成，全市146家养老机构中评定等级的有99家。"),
    # 交通, 近九成 (81%–90%): 151 / 168 = 89.9%; 131 / 168 = 78.0%
    ("全县建制村开通客车的近九成，全县168个建制村中通客车的有151个。",
     "全县建制村开通客车的近九成，全县168个建制村中通客车的有131个。"),
    # 住建, 面积 said by the unit: 856 / 1,120 = 76.4%; 756 / 1,120 = 67.5%
    ("全市绿色建筑面积占新建建筑面积的比重超过七成，全年新增绿色建筑856万平方米，新建建筑1,120万平方米。",
     "全市绿色建筑面积占新建建筑面积的比重超过七成，全年新增绿色建筑756万平方米，新建建筑1,120万平方米。"),
    # 金融, 金额 said by the unit: 412 / 1,250 = 33.0%; 352 / 1,250 = 28.2%
    ("涉农贷款金额占各项贷款金额的比重超过三成，年末涉农贷款余额412亿元，各项贷款余额1,250亿元。",
     "涉农贷款金额占各项贷款金额的比重超过三成，年末涉农贷款余额352亿元，各项贷款余额1,250亿元。"),
    # 司法: 186 + 128 = 314 > 300; 186 + 98 = 284
    ("全年办理行政复议和行政诉讼案件突破300件，其中行政复议186件、行政诉讼128件。",
     "全年办理行政复议和行政诉讼案件突破300件，其中行政复议186件、行政诉讼98件。"),
]

TRAPS = [
    # a mean held within a bound next year: a plan
    "力争明年信访事项平均办理时长控制在20日以内。全年共办结信访事项2,297件，累计办理用时63,408日。",
    # the mean of a subset (其中简易程序) is not that of all the cases counted
    "其中简易程序案件平均审理天数控制在10天以内。全年审结案件860件，累计审理天数37,280天。",
    # a mean in minutes per person waiting, not days per case
    "全年办理业务12,400件，群众平均等待时间控制在15分钟以内，累计等候时长18.6万分钟。",
    # 服判息诉 over all cases (二审 among them) stays at most the whole less the appeals: no finding when within
    "全年审结各类案件4,380件，其中一审案件3,100件，当事人上诉612件，一审服判息诉率达到85%以上。",
    # an appeal count named as not appealed is the rate's own side
    "全年审结一审案件2,000件，未上诉的1,820件，一审服判息诉率超过九成。",
    # a 执行率 of a court (执行案件), not of a budget: no budget words
    "全年执结案件3,200件，执行到位率超过六成，执行标的到位12.4亿元。",
    # the whole names a third kind before the two listed: open
    "全年受理咨询、投诉举报超过3万件，其中投诉18,462件、举报10,926件。",
    "全年受理投诉举报咨询超过3万件，其中投诉18,462件、举报10,926件。",
    # a part with a qualifier the whole lacks: some of the complaints
    "全年办理消费者投诉举报超过3万件，其中食品类投诉18,462件、举报10,926件。",
    # a deed of a subset (按期办结) whose count is not stated
    "全年受理案件1,200件，办结1,150件，按期办结的超过九成。",
    # the done count holds cases carried over in a bracket: not one clause each
    "全年受理信访事项2,341件，办结2,297件（含上年结转56件），尚未办结的不足一成。",
    # the part after the share is the other side (未达标): not the share's part
    "全县村卫生室达到标准化建设要求的超过九成，全县212个村卫生室中未达标的有14个。",
    # a goal
    "力争全县村卫生室达到标准化建设要求的超过九成，全县212个村卫生室中达标的有178个。",
    # the year's completions are not all the things done: a flow before a share of the stock
    "全县小型水库138座，年内完成除险加固17座，尚未完成除险加固的不足一成。",
    "全县小型水库138座，今年新完成除险加固17座，完成除险加固的超过九成。",
    # the rest said as a deed under way, no share
    "全市排查安全隐患1,860处，已整改1,690处，其余的正在整改。",
    # a plan in the sentence
    "全县小型水库138座，已完成除险加固117座，计划明年完成除险加固的超过九成。",
    # the city's share, the centre's figures
    "全市绿色建筑面积占新建建筑面积的比重超过七成，中心城区新增绿色建筑556万平方米，新建建筑1,120万平方米。",
    # a bound aimed at for next year, or said of another year than the figures'
    "力争明年部门预算执行率超过九成。全年部门预算安排23.6亿元，实际支出20.1亿元。",
    "全年审结一审民商事案件4,380件，当事人上诉612件，力争明年一审服判息诉率达到90%以上。",
    "全区老旧小区改造项目86个，已完工74个，上年尚未完工的不足一成。",
    # an open list of a lower bound stays silent (parts of an open list cannot show a whole too large)
    "全年新开工亿元以上项目逾200个，其中工业项目118个、基础设施项目54个。",
]


@pytest.mark.parametrize("good,bad", PAIRS)
def test_consistent_silent_wrong_flagged(good, bad):
    assert _codes(good) == []
    assert {"LG101", "LG103", "LG105", "LG108"} & set(_codes(bad))


@pytest.mark.parametrize("text", TRAPS)
def test_traps_stay_silent(text):
    assert _codes(text) == []


def test_named_by_parts_reads_the_whole_words():
    assert named_by_parts(["其中投诉|", "举报|"], "全年办理消费者投诉举报")
    assert named_by_parts(["行政复议|", "行政诉讼|"], "全年办理行政复议和行政诉讼案件")
    # the parts in another order, another kind before, nothing before, a qualified part
    assert not named_by_parts(["举报|", "投诉|"], "全年办理消费者投诉举报")
    assert not named_by_parts(["投诉|", "举报|"], "全年办理咨询和投诉举报")
    assert not named_by_parts(["投诉|", "举报|"], "投诉举报")
    assert not named_by_parts(["食品类投诉|", "举报|"], "全年办理投诉举报")
