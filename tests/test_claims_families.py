"""Families of figure relations, each phrased several ways, once consistent and once with one wrong figure
(written for lintgov; sentences in the style of provincial, municipal and district reports)."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def codes(text):
    return sorted({f.code for f in lint_text(text, RULES, registry=REG)})


# (consistent, inconsistent, code expected on the inconsistent one)
FAMILIES = {
    "bound": [
        ("全市地区生产总值突破3万亿元，达到3.27万亿元。", "全市地区生产总值突破3万亿元，达到2.87万亿元。", "LG105"),
        ("城镇居民人均可支配收入达到52310元，突破5万元。", "城镇居民人均可支配收入达到48310元，突破5万元。", "LG105"),
        ("进出口总额超过1000亿美元，达1173.99亿美元。", "进出口总额超过1200亿美元，达1173.99亿美元。", "LG105"),
        ("全年办结信访事项不足300件，为286件。", "全年办结信访事项不足300件，为326件。", "LG105"),
        ("高新技术企业突破千家，达到1304家。", "高新技术企业突破两千家，达到1304家。", "LG105"),
    ],
    "structure": [
        ("三次产业结构调整为4.7：43.2：52.1。", "三次产业结构调整为4.7：43.2：55.1。", "LG106"),
        ("一二三产业比重由5.6∶46.2∶48.2调整为4.2∶43.0∶52.8。", "一二三产业比重由5.6∶46.2∶48.2调整为4.2∶45.0∶52.8。", "LG106"),
        ("三产比例为0.1：38.9：61.0。", "三产比例为0.1：41.9：61.0。", "LG106"),
    ],
    "sum": [
        ("年末户籍人口565012人，其中城镇人口259358人，乡村人口305654人；年平均人口为561493人。",
         "年末户籍人口585012人，其中城镇人口259358人，乡村人口305654人；年平均人口为561493人。", "LG103"),
        ("全年进出口总值6713.0亿元，比上年增长34.9%。其中，出口值5088.4亿元，增长38.7%；进口值1624.6亿元，增长24.9%。",
         "全年进出口总值6713.0亿元，比上年增长34.9%。其中，出口值5688.4亿元，增长38.7%；进口值1624.6亿元，增长24.9%。",
         "LG103"),
        ("负责人出庭应诉46宗（其中正职25宗，副职21宗）。", "负责人出庭应诉46宗（其中正职29宗，副职21宗）。", "LG103"),
        ("规划设置28个主要指标，其中20个预期性指标、8个约束性指标。", "规划设置28个主要指标，其中24个预期性指标、8个约束性指标。",
         "LG103"),
        ("五年累计建成2.96万座，其中2021年5100座、2022年2500座、2023年6500座、2024年6200座、2025年9300座。",
         "五年累计建成3.46万座，其中2021年5100座、2022年2500座、2023年6500座、2024年6200座、2025年9300座。", "LG103"),
        ("共收到复议申请103件，其中不予受理12件，受理91件。", "共收到复议申请103件，其中不予受理12件，受理97件。", "LG103"),
        ("办理案件300件，其中维持180件、撤销40件、其他80件。", "办理案件300件，其中维持180件、撤销40件、其他90件。", "LG103"),
    ],
    "growth": [
        ("一般公共预算收入17.9亿元，比上年增收1.4亿元，增长8.6%。", "一般公共预算收入17.9亿元，比上年增收1.4亿元，增长11.6%。",
         "LG201"),
        ("民生支出53.1亿元，比上年增支3.1亿元，增长6.2%。", "民生支出53.1亿元，比上年增支3.1亿元，增长9.2%。", "LG201"),
        ("固定电话用户29074户，比上年减少\u2002439户，下降1.5%。", "固定电话用户29074户，比上年减少\u2002439户，下降4.5%。",
         "LG201"),
        ("全市一般公共预算收入277.48亿元，增收23.25亿元，同比增长9.1%。",
         "全市一般公共预算收入277.48亿元，增收23.25亿元，同比增长12.1%。", "LG201"),
    ],
    "reduction": [
        ("省级权责清单事项从5598项大幅压减至3018项、压减率46%。", "省级权责清单事项从5598项大幅压减至3018项、压减率54%。",
         "LG201"),
        ("56项督查检查考核计划优化精简至21项，精简率达62.5%。", "56项督查检查考核计划优化精简至21项，精简率达37.5%。", "LG201"),
    ],
    "delta": [
        ("地区生产总值从3847亿元跃升到4422亿元，增加575亿元。", "地区生产总值从3847亿元跃升到4422亿元，增加675亿元。", "LG201"),
        ("地区生产总值达到13697.5亿元，较“十三五”末的9323.1亿元增加4374.4亿元。",
         "地区生产总值达到13697.5亿元，较“十三五”末的9323.1亿元增加5374.4亿元。", "LG201"),
    ],
}


@pytest.mark.parametrize("good,bad,code", [c for cases in FAMILIES.values() for c in cases])
def test_family(good, bad, code):
    assert codes(good) == [], good
    assert code in codes(bad), bad


@pytest.mark.parametrize("text", [
    # real growth of GDP is at comparable prices: not derived from nominal values
    "人均GDP达30.87万元，比上年增加2.11万元，增长8.5%。",
    "地区生产总值达到13697.5亿元，较“十三五”末的9323.1亿元增加4374.4亿元，增长33.6%。",
    # a share of a national total is not a share of the province's own total
    "进出口总额达6.3万亿元，其中出口3.95万亿元，占全国的28.5%。",
    # the share's subject is named; increments are not its operands
    "全年一般公共预算收入17.9亿元，比上年增收1.4亿元。其中税收收入完成11.1亿元，比上年增收0.1亿元，增长1.2%，税收占比为62.2%。",
    # an increment beside a bound of the total
    "经营主体净增98万户、突破1900万户，其中企业超830万户。",
    # a transition, not a restatement of a bound
    "可再生能源装机规模由6.5亿千瓦增至12亿千瓦以上。",
    # 新增N家，增长X%: X may be the growth of the total
    "新增国家高新技术企业122家，增长90.3%。",
    # open rates may exceed 100%
    "小学毛入学率105.8%，初中毛入学率117.48%。",
    "全程接种覆盖率达125%以上。",
    # a rank falls as it improves
    "在“世界500强”排名由369位上升到235位。",
    # a partial list after 其中
    "新增铁路运营里程639公里、其中高铁370公里，新增高速公路2600公里。",
    "清理利用零星地块建设6个社会公益停车场，其中4个是“的士码头”，提供停车位573个。",
    "农村特困人员供养标准提高至780元/人月，其中失能、半失能对象的供养标准为1080元/人月。",
    # a two-way split that is not complete without its third part
    "办理案件300件，其中维持180件、撤销40件。",
])
def test_known_false_alarm_patterns_stay_silent(text):
    assert codes(text) == [], text
