"""Relations split across clauses and sentences (issue 10): the scope of a reading widened past a 。 where what follows
has no metric of its own.

* a change opening its sentence with no subject of its own is about the level closing the sentence before — the prior
  after it in its sentence may name that level's metric (claims.grammar._bind_around, ``lead``); the two levels may
  both stand in the sentences before, in a year the sentences before frame (claims.grammar._earlier_operands,
  _frame_year_before), a sentence of words only between them skipped even when it says 提高/降低 of no figure, and a
  current level naming no metric of its own (今年达到B) going on about the base's (claims.grammar._wider_base);
* a sentence opening with 其中 breaks down the whole closing the sentence before and reads as if a comma stood for the
  。 (claims.rates.breakdown_end / breakdown_start / _BREAK_BEFORE_PART): the counts of a rate, a share's part and whole,
  respective lists (claims.reach.respective_readings).

Wordings written for the test (other offices, numbers and orders than any measure set): the consistent one is silent,
one wrong figure is found; traps where the sentence after names another metric, another year, a narrower area, or
the 其中 follows two wholes stay silent."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def codes(text):
    return sorted({f.code for f in lint_text(text + "\n", RULES, registry=REG)})


# a change with no metric of its own opening its sentence, its prior after it named by the level's metric
CHANGE_OPENS = [
    ("全年全区林木采伐量为8.64万立方米。较上年减少4.0%，上年采伐量为9.00万立方米。",
     "全年全区林木采伐量为8.64万立方米。较上年减少6.0%，上年采伐量为9.00万立方米。", "LG201"),
    ("全年全市公共图书馆总流通人次为326.4万人次。同比增长8.8%；上年总流通人次300.0万人次。",
     "全年全市公共图书馆总流通人次为326.4万人次。同比增长12.8%；上年总流通人次300.0万人次。", "LG201"),
    ("全年受理劳动人事争议仲裁案件1,836件。比上年增加156件，上年受理仲裁案件1,680件。",
     "全年受理劳动人事争议仲裁案件1,836件。比上年增加256件，上年受理仲裁案件1,680件。", "LG201"),
    ("年末全县注册志愿者达到4.25万人。比上年末增长25.0%，上年末注册志愿者3.40万人。",
     "年末全县注册志愿者达到4.25万人。比上年末增长15.0%，上年末注册志愿者3.40万人。", "LG201"),
]

# a change with no metric of its own after the sentences stating both levels
GROWTH_SENTENCE = [
    ("上年全县发放助学贷款2,400万元，今年达到2,760万元。增长15.0%。",
     "上年全县发放助学贷款2,400万元，今年达到2,760万元。增长25.0%。", "LG201"),
    ("2023年，全区共调处矛盾纠纷3,200件。2024年，深化诉源治理，全年调处矛盾纠纷3,680件。同比增长15.0%。",
     "2023年，全区共调处矛盾纠纷3,200件。2024年，深化诉源治理，全年调处矛盾纠纷3,680件。同比增长18.0%。", "LG201"),
    ("2022年全市共办理公证1,250件。2023年，公证机构进一步提高办证效率。全年办理公证1,500件。同比增长20.0%。",
     "2022年全市共办理公证1,250件。2023年，公证机构进一步提高办证效率。全年办理公证1,500件。同比增长25.0%。", "LG201"),
    ("上年全镇新建农村公路48公里，今年为60公里。比上年增加12公里。",
     "上年全镇新建农村公路48公里，今年为60公里。比上年增加16公里。", "LG201"),
]

# a change with no metric of its own opening its sentence, no prior stated: about the count closing the sentence before,
# as after a comma (LG203: no whole prior gives the rate; LG210: the growth restated under the metric's name)
CURRENT_BEFORE = [
    ("全县专利代理机构达到91家。增长19.7%。", "全县专利代理机构达到91家。增长17.7%。", "LG203"),
    ("全区共有养老机构46家。比上年增长15.0%。", "全区共有养老机构46家。比上年增长12.0%。", "LG203"),
    ("全年全市一般公共预算收入68.4亿元。增长7.2%。\n\n（三）财政收支。全市一般公共预算收入同比增长7.2%，其中税收收入增长5.1%。",
     "全年全市一般公共预算收入68.4亿元。增长7.2%。\n\n（三）财政收支。全市一般公共预算收入同比增长9.2%，其中税收收入增长5.1%。",
     "LG210"),
    ("全年办理公证事项8,620件。同比增长10.4%。\n\n（四）公共法律服务。全区办理公证事项同比增长10.4%。",
     "全年办理公证事项8,620件。同比增长10.4%。\n\n（四）公共法律服务。全区办理公证事项同比增长12.4%。", "LG210"),
]

# a change of a share whose prior opens the next sentence, the share named there by another of its words (占比, 比重)
SHARE_PRIOR_NEXT = [
    ("全年民营经济增加值占地区生产总值的比重为56.2%，比上年提高1.4个百分点。上年民营经济增加值占比为54.8%。",
     "全年民营经济增加值占地区生产总值的比重为56.2%，比上年提高3.4个百分点。上年民营经济增加值占比为54.8%。", "LG201"),
    ("网上办理事项占全部政务服务事项的比例达到78.5%，较上年提高6.5个百分点。上年网上办理事项占比为72.0%。",
     "网上办理事项占全部政务服务事项的比例达到78.5%，较上年提高8.5个百分点。上年网上办理事项占比为72.0%。", "LG201"),
    ("全市清洁能源发电量占全社会用电量的比重为23.6%，比上年提高2.1个百分点。上年清洁能源发电量比重为21.5%。",
     "全市清洁能源发电量占全社会用电量的比重为23.6%，比上年提高3.1个百分点。上年清洁能源发电量比重为21.5%。", "LG201"),
    ("全县一般公共预算收入中税收收入所占比重为71.3%，较上年下降2.2个百分点。上年税收收入占比为73.5%。",
     "全县一般公共预算收入中税收收入所占比重为71.3%，较上年下降3.2个百分点。上年税收收入占比为73.5%。", "LG201"),
]

# a sentence opening with 其中 read with the whole closing the sentence before
QIZHONG_SENTENCE = [
    ("申请执行案件按期执结率为93.0%，全年共执结案件2,400件。其中，按期执结2,232件。",
     "申请执行案件按期执结率为96.0%，全年共执结案件2,400件。其中，按期执结2,232件。", "LG101"),
    ("农产品抽检合格率为97.5%。全年共抽检农产品1,600批次。其中，不合格40批次。",
     "农产品抽检合格率为95.5%。全年共抽检农产品1,600批次。其中，不合格40批次。", "LG101"),
    ("全年新增城镇就业2.40万人。其中，高校毕业生所占比重为35.0%，计0.84万人。",
     "全年新增城镇就业2.40万人。其中，高校毕业生所占比重为45.0%，计0.84万人。", "LG101"),
    ("全年办理公证事项5,000件。其中，涉外公证占比12.0%，共600件。",
     "全年办理公证事项5,000件。其中，涉外公证占比21.0%，共600件。", "LG101"),
    ("全市两级法院分别受理行政案件320件和180件。其中，行政机关负责人出庭应诉的分别有288件和171件，出庭应诉率分别为90.0%和95.0%。",
     "全市两级法院分别受理行政案件320件和180件。其中，行政机关负责人出庭应诉的分别有288件和171件，出庭应诉率分别为90.0%和85.0%。",
     "LG101"),
]


# 其中 standing alone before a comma or colon opens the clause after it, as 其中X does (claims.roles.clause_start,
# claims.rates.context_before; rules/sums._named_list read the three characters 其中， before a 分别 list's names)
QIZHONG_COMMA = [
    ("全县共有中小学校64所，其中，小学、初中、高中分别有40所、18所、6所。",
     "全县共有中小学校64所，其中，小学、初中、高中分别有40所、18所、16所。", "LG103"),
    ("全区共有执业律师860名，其中，专职律师、兼职律师、公职律师分别为640名、60名和160名。",
     "全区共有执业律师860名，其中，专职律师、兼职律师、公职律师分别为640名、60名和260名。", "LG103"),
    ("年末全市共有公立医院28家，其中：三级、二级、一级医院分别为6家、14家和8家。",
     "年末全市共有公立医院28家，其中：三级、二级、一级医院分别为6家、14家和18家。", "LG103"),
    ("全年办理行政复议案件318件，其中，维持、撤销、驳回分别为201件、46件和71件。",
     "全年办理行政复议案件318件，其中，维持、撤销、驳回分别为201件、46件和91件。", "LG103"),
    ("全市在岗网格员3,200名，其中，持有上岗证书的3,040名，持证率95.0%。",
     "全市在岗网格员3,200名，其中，持有上岗证书的3,040名，持证率97.0%。", "LG101"),
]


@pytest.mark.parametrize("good,bad,code", CHANGE_OPENS + GROWTH_SENTENCE + CURRENT_BEFORE + SHARE_PRIOR_NEXT + QIZHONG_SENTENCE + QIZHONG_COMMA)
def test_split_relation(good, bad, code):
    assert codes(good) == [], good
    assert code in codes(bad), bad


TRAPS = [
    # the sentence after names another metric (审结, not 受理): its level is not stated
    "全年受理行政复议案件1,200件。审结案件同比增长20.0%；上年审结案件900件。",
    # a growth of a new metric opening the next sentence
    "全年接待游客1,200万人次，上年为1,000万人次。旅游收入增长8.0%。",
    # the level before is of another year than the one before the claim's
    "2022年全区办理法律援助案件1,200件。2024年，全年办理法律援助案件1,500件。同比增长10.0%。",
    # the current level names a narrower area than the base's
    "上年全市接待游客3,000万人次。今年市区接待游客3,450万人次。同比增长20.0%。",
    # the prior opening the next sentence is another share's (入境游客, not 过夜游客)
    "过夜游客占全部游客的比重为31.7%，比上年提高2.6个百分点。上年入境游客占比为12.0%。",
    # the sentence after names a new metric of the same things (床位数 of 养老机构): no count of it is stated
    "全区共有养老机构46家。床位数比上年增长12.0%。",
    # the sentence before the change states the prior year's level (its own year named), the year's two sentences back
    "2024年，全县办结涉法涉诉积案60件。2023年，全县办结涉法涉诉积案48件。今年比上年多办结12件，增长25%。",
    # kinds after 其中， that may overlap (高新技术企业, 创新型中小企业) are not summed
    "全年认定科技型企业420家，其中，高新技术企业260家、创新型中小企业230家。",
    # a part of the year in the claim's sentence
    "全年完成工业投资120亿元，上年为100亿元。一季度增长8.0%。",
    # 其中 after a sentence with two wholes: the part's rate is over the nearer one
    "全市共有执法人员2,400人，辅助人员600人。其中，持证的540人，持证率90.0%。",
    # the part the 其中 sentence states is named by another qualifier than the rate's (当场, not 按期)
    "申请执行案件按期执结率为93.0%，全年共执结案件2,400件。其中，当场执结500件。",
    # a 其中 sentence breaking down the whole of the sentence before, the rate closing the paragraph before it
    "全年办理行政许可事项按时办结率为99.0%。\n全年共受理行政许可事项3,000件。其中，网上受理2,400件。",
]


@pytest.mark.parametrize("text", TRAPS)
def test_split_trap_silent(text):
    assert codes(text) == [], text


# -- near-misses of split23 (issue 10): a level across the 。 is a change's only when it is of the same metric and frame
# the same metric, its action named alone (受理 … 受理): found; a frame read by yearlevels.frame_pairs, the state it names
# (决算) stated: found
NEAR_PAIRS = [
    ("2023年全县受理信访事项1,250件。2024年受理1,460件，增长16.8%。",
     "2023年全县受理信访事项1,250件。2024年受理1,460件，增长20.0%。", "LG201"),
    ("2023年全县决算的收支总数如下：本年支出合计60.0亿元。\n2024年全县预算规定，本年支出为66.0亿元。同2023年决算比较，本年支出增长10.0%。",
     "2023年全县决算的收支总数如下：本年支出合计60.0亿元。\n2024年全县预算规定，本年支出为66.0亿元。同2023年决算比较，本年支出增长12.0%。",
     "LG201"),
    # (a budget's name is a metric, no state of an account: the change opening its sentence is the level's)
    ("全年一般公共预算收入52.0亿元。一般公共预算收入增长4.0%，上年一般公共预算收入50.0亿元。",
     "全年一般公共预算收入52.0亿元。一般公共预算收入增长6.0%，上年一般公共预算收入50.0亿元。", "LG201"),
]


@pytest.mark.parametrize("good,bad,code", NEAR_PAIRS)
def test_near_pair(good, bad, code):
    assert codes(good) == [], good
    assert codes(bad) == [code], bad


NEAR_MISSES = [
    # another metric: the level's sentence names 办结 (an action alone, read as 审结), the base's 受理
    "2023年全县受理信访事项1,250件。2024年办结1,460件，增长20.0%。",
    # another metric: the prior after the change names 办结, the level closing the sentence before 受理
    "全年受理行政复议案件1,200件。同比增长20.0%，上年办结1,100件。",
    # another frame: the change's own sentence compares with 2023's 决算, the report states 2023's 预算 only
    "2023年全县预算的收支总数如下：本年支出合计60.0亿元。\n2024年全县预算规定，本年支出为66.0亿元。同2023年决算比较，本年支出增长12.0%。",
    # a plan: the change compares with last year's budget, not the level closing the sentence before
    "全年完成固定资产投资40.0亿元。2025年计划完成投资50.0亿元。比上年预算增长10.0%。",
    # a plan: the level closing the sentence before is the next year's goal
    "全年办理法律援助案件1,200件。2025年力争办理法律援助案件1,500件。增长20.0%。",
    # another year: the level closing the sentence before is the prior year's (2022 after 2023)
    "2023年全市查处违法案件1,000件。2022年查处违法案件800件。同比增长25.0%。",
    # a 其中 list of a budget (预算 only before it) is no final account's, its 其中 standing alone
    "2023年全区预算支出安排1,250,000万元。其中，教育支出310,000万元。\n2024年预算安排教育支出为325,500万元，比上年教育支出决算数增长9%。",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_silent(text):
    assert codes(text) == [], text
