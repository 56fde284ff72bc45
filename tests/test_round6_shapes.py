"""Shapes the round-6 labels (benches/validity/labels.jsonl, "round": 6) showed LG103 did not read, tested with
phrasings written for the test: additions and the stock they reach under more verbs and with a bracket or a growth
clause between; a level and then its increase; things chosen from those counted just before (成果 → 推广/认可, 申请 →
上市); counts above rising thresholds; 其中 counting 项目 in 项 after 个.  Consistent statements and the traps next
to each shape stay silent."""
import pytest

from fresh_set import codes

SILENT = [
    # additions: 推出 / 推广 / 保有量, a bracket after the addition, a growth clause between
    "全年新推出9项改革举措、累计达到120项。",
    "推广应用节能灯具3.2万盏、累计达到18.6万盏。",
    "新能源公交车推广420辆，保有量达到3100辆。",
    "筹集公共租赁住房1.2万套（间）、累计达到9.8万套（间）。",
    "新登记市场主体8.6万户、增长9.2%，总量达62.4万户。",
    "推广新能源汽车2.5万辆，建成充电桩1.2万个。",                 # another measure: no stock of the same
    # a level and then its increase
    "规模以上工业企业达1320家、增加85家。",
    "高新技术企业、专精特新企业分别达到860家和240家，比上年分别增加120家和65家。",
    "利润总额达到3亿元，增加5亿元。",                              # a balance may come from a loss
    "全年接待游客达4200万人次，同比增加380万人次。",
    # chosen from those counted just before
    "形成45项制度创新成果，12项成果已向全省复制推广。",
    "培育改革创新案例60个，18个获省级认可、9个向全省推广。",
    "受理企业上市申请36家，21家企业成功上市。",
    "形成45项制度创新成果，60项专利已向全省推广。",              # another thing promoted
    "形成45项成果，60项工程已完工。",                              # no choosing
    # rising thresholds
    "全市主导产品中，市场占有率超过5%的有30种、超过10%的有18种、超过20%的有6种。",
    "营业收入超过10亿元的有42家、超过50亿元的有11家。",
    "营业收入超过50亿元的有11家、超过10亿元的有42家。",            # falling thresholds: no order
    # 其中 with 个 / 项
    "实施重点项目26个，其中8项已竣工。",
    "共有15个项目获奖，其中3项获一等奖。",
    "建设6个项目，其中签约8项合作协议。",                          # 项 counts something else
]
WRONG = [
    "全年新推出190项改革举措、累计达到120项。",
    "推广应用节能灯具32.2万盏、累计达到18.6万盏。",
    "新能源公交车推广4200辆，保有量达到3100辆。",
    "筹集公共租赁住房12万套（间）、累计达到9.8万套（间）。",
    "新登记市场主体86万户、增长9.2%，总量达62.4万户。",
    "规模以上工业企业达1320家、增加1850家。",
    "高新技术企业、专精特新企业分别达到860家和240家，比上年分别增加120家和365家。",
    "形成45项制度创新成果，52项成果已向全省复制推广。",
    "培育改革创新案例60个，18个获省级认可、69个向全省推广。",
    "受理企业上市申请36家，41家企业成功上市。",
    "全市主导产品中，市场占有率超过5%的有30种、超过10%的有38种、超过20%的有6种。",
    "营业收入超过10亿元的有42家、超过50亿元的有51家。",
    "实施重点项目26个，其中28项已竣工。",
    "共有15个项目获奖，其中23项获一等奖。",
]


@pytest.mark.parametrize("text", SILENT)
def test_silent(text):
    assert "LG103" not in codes(text), text


@pytest.mark.parametrize("text", WRONG)
def test_found(text):
    assert "LG103" in codes(text), text
