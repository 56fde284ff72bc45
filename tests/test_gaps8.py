"""Relations a blind measure found unread (gaps8): a multiple between two items of a parallel list (LG205), read with
the items' names from the lists service (claims.lists.items_compared); a rate of an outcome over the population an
action reached, its numerator also a union of grades (LG101, claims.rates._reached_base / _outcome_union); a bound and
the exact level of its metric named another way in the next clause (LG105, claims.thresholds.named_alike).  Wordings of our own: consistent, one figure
clearly changed, and traps (another measure of the items, two lists, a figure between, a side naming no item)."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def _codes(text):
    return [f.code for f in lint_text(text, RULES, registry=REG)]


# (consistent, wrong, code)
PAIRS = [
    ("全区受理和办结案件分别为1,200件和400件，受理案件是办结案件的3倍。",
     "全区受理和办结案件分别为1,200件和400件，受理案件是办结案件的5倍。", "LG205"),
    ("城镇居民和农村居民人均可支配收入分别达到56,820元、27,060元，城镇居民为农村居民的2.1倍。",
     "城镇居民和农村居民人均可支配收入分别达到56,820元、27,060元，城镇居民为农村居民的3.1倍。", "LG205"),
    # the multiple first, the list after it
    ("城镇居民是农村居民的2.1倍，城镇居民和农村居民人均可支配收入分别达到56,820元、27,060元。",
     "城镇居民是农村居民的3.1倍，城镇居民和农村居民人均可支配收入分别达到56,820元、27,060元。", "LG205"),
    # Chinese numerals, 其中
    ("全年网上信访、来信来访分别为二千四百件、八百件，其中网上信访为来信来访的三倍。",
     "全年网上信访、来信来访分别为二千四百件、八百件，其中网上信访为来信来访的五倍。", "LG205"),
    # the multiple one sentence later, its sides named with 量
    ("全年网上信访、来信来访分别为2400件、800件。网上信访量为来信来访量的3倍。",
     "全年网上信访、来信来访分别为2400件、800件。网上信访量为来信来访量的5倍。", "LG205"),
    ("全县一般公共预算收入和支出分别完成十二点六亿元和三十七点八亿元。支出为收入的三倍。",
     "全县一般公共预算收入和支出分别完成十二点六亿元和三十七点八亿元。支出为收入的四倍。", "LG205"),
    # a rate over those an action reached, its numerator a union of grades holding the outcome itself
    ("全年回访当事人1,200人，满意或基本满意的1,140人，满意率95%。",
     "全年回访当事人1,200人，满意或基本满意的1,140人，满意率85%。", "LG101"),
    ("走访企业二百四十家，满意和比较满意的二百二十八家，满意率为百分之九十五。",
     "走访企业二百四十家，满意和比较满意的二百二十八家，满意率为百分之八十五。", "LG101"),
    ("开展问卷调查800份，表示知晓的720份，知晓率90%。",
     "开展问卷调查800份，表示知晓的720份，知晓率80%。", "LG101"),
    # the rate first, its counts after it
    ("群众满意率95%，回访当事人1,200人，满意或基本满意的1,140人。",
     "群众满意率85%，回访当事人1,200人，满意或基本满意的1,140人。", "LG101"),
    ("回访当事人一千二百人，其中表示满意的一千一百四十人，群众满意率百分之九十五。",
     "回访当事人一千二百人，其中表示满意的一千一百四十人，群众满意率百分之八十五。", "LG101"),
    # a bound and the exact level of its metric in the next clause, named another way (the same deed named by 新增 in
    # both; the shared noun with the exact's own words after it only)
    ("新增就业逾2万人，全年新增就业21,360人。",
     "新增就业逾2万人，全年新增就业19,360人。", "LG105"),
    ("全年项目投资突破百亿元，实际完成126.4亿元。",
     "全年项目投资突破百亿元，实际完成96.4亿元。", "LG105"),
    ("粮食产量近1300万吨，全年粮食总产量1,286万吨。",
     "粮食产量近1300万吨，全年粮食总产量1,386万吨。", "LG105"),
    ("全县接待游客突破500万人次，全年游客接待量512万人次。",
     "全县接待游客突破500万人次，全年游客接待量482万人次。", "LG105"),
    ("全社会消费品零售总额超过二百亿元，全年实现社会消费品零售额二百零六亿元。",
     "全社会消费品零售总额超过二百亿元，全年实现社会消费品零售额一百八十六亿元。", "LG105"),
]

SILENT = [
    # another measure of the items (their growth, not their levels)
    "城镇居民和农村居民人均可支配收入分别为56,820元和27,060元，城镇居民收入增速是农村居民的1.5倍。",
    # a list of another measure
    "城镇和农村常住人口分别为56万人和27万人，城镇居民收入是农村居民的3.1倍。",
    # a figure between the list and the multiple
    "受理和办结案件分别为1,200件和400件，全年结案率33.3%，受理案件是办结案件的5倍。",
    # one side names no item of the list
    "城镇居民和农村居民人均可支配收入分别为56,820元和27,060元，城镇居民为全省平均水平的1.5倍。",
    # two lists that could be the one compared
    "受理和办结案件分别为1,200件和400件，2023年受理和办结案件分别为900件和100件。受理案件是办结案件的5倍。",
    # two populations reached (another scope's samples): no certain base
    "抽查食品样品500批次，合格480批次；抽查药品200批次，合格率90%。",
    # a union of qualified grades only is a part of the outcome
    "全年回访当事人1,200人，非常满意和比较满意的1,040人，满意率95%。",
    # the rate of an earlier period
    "全年回访当事人1,200人，满意或基本满意的1,140人。上年满意率为90%。",
    # a plan
    "回访当事人1,200人，满意的1,140人，满意率计划达到98%。",
    # a bound and a figure of a part, of another group, of a plan, of another period
    "城镇新增就业逾2万人，农村新增转移就业1.6万人。",
    "城镇新增就业逾2万人，其中新增高校毕业生就业1.2万人。",
    "城镇常住人口不足50万人，全市常住人口86万人。",
    # the figure after the bound counts the noun after it: another subject
    "上云企业超5万家，6家企业获评示范工厂。",
    "整改问题3万多个，52个社区实现常态化巡查。",
    "审批时限压缩80%以上，70%的事项实现网上办。",
    "首创型改革举措达30余项，12项经验获全省推广。",
    "全年引进项目不足50个，共引进人才56个。",
    "粮食总产量连续9年稳定在1300万吨以上，全年粮食产量1,250万吨。",
    "计划新增就业逾2万人，全年新增就业19,360人。",
    "新增就业逾2万人，新增就业困难人员就业1,200人。",
    "就业逾2万人，新增就业1.9万人。",
    "全年项目投资突破百亿元，工业投资46亿元。",
    "固定资产投资突破百亿元，技改投资46亿元。",
    "全市游客接待量突破3000万人次，全年接待入境游客126万人次。",
    "今年以来受理群众来信近九百件，全年受理群众来信932件。",
    "2023年项目投资突破百亿元，2024年完成96.4亿元。",
]


@pytest.mark.parametrize("ok,bad,code", PAIRS)
def test_list_multiple_pairs(ok, bad, code):
    assert code not in _codes(ok)
    assert code in _codes(bad)


@pytest.mark.parametrize("text", SILENT)
def test_list_multiple_silent(text):
    assert _codes(text) == []
