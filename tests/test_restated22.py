"""restated22 (issue 10): one metric stated twice (LG210) — readings of how reports restate a figure: in a later
sentence of the same paragraph, in a document reviewing one period whose statements name no year, with the only
year the document names, with the verb of a level reached at the name's edge (降至, 稳定在), under another name of
the same metric (经济总量 / 地区生产总值, 基本医保 / 基本医疗保险, 电诈 / 电信网络诈骗, 在校生 / 在校学生), and in a
table row whose label carries the unit or whose column is the growth on last year.  Every reading is tested with a
wrong statement that must be flagged and the consistent one that must stay silent, and with near misses (another
year, a span of years, a part, a plan, another scope, a share of something named before) that must stay silent.
The wordings are this test's own."""
import pytest

from conftest import consistency_codes


def _pair(rules, text, right, wrong):
    assert right in text
    return consistency_codes(rules, text), consistency_codes(rules, text.replace(right, wrong, 1))


@pytest.mark.parametrize("text,right,wrong", [
    # restated in a later sentence of the same paragraph
    ("全年新增城镇就业8,432人。稳就业举措落地见效，新增城镇就业8,432人，超额完成年度任务。", "8,432人。稳", "8,942人。稳"),
    ("全县森林覆盖率达到62.3%。生态建设成效明显，森林覆盖率62.3%，比上年提高0.4个百分点。", "62.3%。生态", "63.2%。生态"),
    ("全年办理法律援助案件1,685件，挽回经济损失2,310万元。群众获得感增强，全年办理法律援助案件1,685件。",
     "1,685件，挽", "1,865件，挽"),
    ("全区常住人口52.6万人。人口总量稳中有增，常住人口52.6万人，比上年增加0.4万人。", "52.6万人。人口", "56.2万人。人口"),
])
def test_restated_in_a_later_sentence_of_the_paragraph(consistency_rules, text, right, wrong):
    good, bad = _pair(consistency_rules, text, right, wrong)
    assert good == [] and "LG210" in bad


@pytest.mark.parametrize("text,right,wrong", [
    # a document of one period whose statements name no year: a stock, a rate, a level reached, stated twice
    ("全市养老机构床位1.86万张。\n\n养老服务体系不断完善，养老机构床位1.86万张。", "1.86万张", "1.68万张"),
    ("城乡居民医保参保率稳定在97.2%。\n\n医疗保障方面，城乡居民医保参保率97.2%。", "97.2%", "92.7%"),
    ("全市空气质量优良天数比例提高到88.5%。\n\n大气污染防治方面，空气质量优良天数比例为88.5%。", "88.5%", "85.8%"),
    ("全区注册志愿者5.12万人。\n\n志愿服务广泛开展，注册志愿者51,236人。", "5.12万人", "5.21万人"),
])
def test_one_period_statements_without_a_year_word(consistency_rules, text, right, wrong):
    good, bad = _pair(consistency_rules, text, right, wrong)
    assert good == [] and "LG210" in bad


@pytest.mark.parametrize("text,right,wrong", [
    # the only year a document names is the one it reports on: 2025年… and 全年… are one period
    ("2025年，全区办理不动产登记业务3.42万件。\n\n登记服务提速增效，全年办理不动产登记业务34,215件。", "3.42万件", "3.24万件"),
    ("2024年，全县共受理劳动人事争议案件1,128件。\n\n仲裁工作方面，全年受理劳动人事争议案件一千一百二十八件。",
     "1,128件", "1,218件"),
    ("2023年全市查处食品安全违法案件946件。\n\n全年查处食品安全违法案件946件，罚没款1,260万元。", "946件。", "964件。"),
    ("2025年，全省经济总量达到2.61万亿元。\n\n全年全省地区生产总值26,093亿元，增长5.4%。", "2.61万亿元", "2.71万亿元"),
])
def test_the_only_year_named_is_the_documents(consistency_rules, text, right, wrong):
    good, bad = _pair(consistency_rules, text, right, wrong)
    assert good == [] and "LG210" in bad


@pytest.mark.parametrize("text,right,wrong", [
    # another name of one metric: 经济总量 / 生产总值, 旅游总收入 / 旅游收入, 医保 / 医疗保险, 电诈 / 电信网络诈骗, 在校生 / 在校学生
    ("全市地区生产总值达到3,126亿元。\n\n回顾一年来的工作，全市经济总量3,126亿元，迈上新台阶。", "3,126亿元。\n", "3,162亿元。\n"),
    ("全县旅游总收入48.6亿元，增长12.3%。\n\n文旅产业加快发展，全年旅游收入增长12.3%。", "12.3%。\n", "13.2%。\n"),
    ("全市基本医疗保险参保人数215.4万人。\n\n全面落实参保扩面，基本医保参保人数215.4万人。", "215.4万人。\n\n全", "251.4万人。\n\n全"),
    ("全年共侦破电信网络诈骗案件862起。\n\n（二）反诈工作。全年侦破电诈案件862起，止付冻结资金1.3亿元。", "862起。\n", "826起。\n"),
    ("全区普通高中在校学生12,460人。\n\n教育事业均衡发展，普通高中在校生12,460人。", "12,460人。\n\n教", "14,260人。\n\n教"),
    ("全年实现地区生产总值2,846.3亿元，增长5.8%。\n\n经济实力稳步提升，GDP达到2,846.3亿元。", "2,846.3亿元，", "2,864.3亿元，"),
    ("全区社会消费品零售总额96.3亿元，增长7.1%。\n\n消费市场活跃，社零总额同比增长7.1%。", "增长7.1%。\n", "增长1.7%。\n"),
    # a count word closing the name and a deed word opening it (火灾事故起数 / 发生火灾事故)
    ("全年全市发生火灾事故312起，同比下降8.5%。\n\n消防安全形势平稳，火灾事故起数同比下降8.5%。", "下降8.5%。\n", "下降5.8%。\n"),
    ("全年受理消费者投诉4,126件。\n\n维权工作扎实开展，受理消费者投诉件数4,126件。", "4,126件。\n", "4,162件。\n"),
])
def test_another_name_of_one_metric(consistency_rules, text, right, wrong):
    good, bad = _pair(consistency_rules, text, right, wrong)
    assert good == [] and "LG210" in bad


@pytest.mark.parametrize("text,right,wrong", [
    # a table row whose label carries the unit (指标 | 绝对数), and a growth column on last year (比上年增长（%）)
    ("全年全市社会消费品零售总额比上年增长6.4%。\n\n表2  主要消费指标\n| 指标 | 绝对数 | 比上年增长（%） |\n|---|---|---|\n"
     "| 社会消费品零售总额（亿元） | 1,284.5 | 6.4 |\n| 网上零售额（亿元） | 215.2 | 11.3 |", "增长6.4%", "增长4.6%"),
    ("全年全市一般公共预算收入86.2亿元。\n\n| 指标 | 绝对数 | 比上年增长（%） |\n|---|---|---|\n"
     "| 一般公共预算收入（亿元） | 86.2 | 3.1 |\n| 税收收入（亿元） | 61.5 | 2.4 |", "收入86.2亿元", "收入82.6亿元"),
    # a column of units (指标 | 单位 | 数值)
    ("全年新增城镇就业1.26万人，城镇登记失业率2.6%。\n\n| 指标 | 单位 | 数值 |\n|---|---|---|\n| 新增城镇就业 | 人 | 12,618 |\n"
     "| 城镇登记失业率 | % | 2.6 |", "1.26万人", "1.36万人"),
    ("全年新增城镇就业1.26万人，城镇登记失业率2.6%。\n\n| 指标 | 单位 | 数值 |\n|---|---|---|\n| 新增城镇就业 | 人 | 12,618 |\n"
     "| 城镇登记失业率 | % | 2.6 |", "| 2.6 |", "| 3.1 |"),
    # the total row of a table of kinds under a column naming the metric (合计 restates the text's total)
    ("全年受理行政复议申请512件。\n\n| 类别 | 行政复议申请（件） |\n|---|---|\n| 行政处罚类 | 286 |\n| 行政许可类 | 126 |\n"
     "| 其他 | 100 |\n| 合计 | 512 |", "申请512件", "申请521件"),
    ("全年全市一般公共预算支出128.6亿元。\n\n| 科目 | 一般公共预算支出（亿元） |\n|---|---|\n| 教育 | 21.4 |\n"
     "| 社会保障 | 18.2 |\n| 其他 | 89.0 |\n| 合计 | 128.6 |", "支出128.6亿元", "支出126.8亿元"),
    ("全年调解矛盾纠纷3,260件。\n\n| 纠纷类型 | 调解矛盾纠纷（件） |\n|---|---|\n| 婚姻家庭类 | 1,120 |\n| 邻里类 | 980 |\n"
     "| 其他类 | 1,160 |\n| 合计 | 3,260 |", "纠纷3,260件", "纠纷3,620件"),
])
def test_a_table_row_restating_the_text(consistency_rules, text, right, wrong):
    good, bad = _pair(consistency_rules, text, right, wrong)
    assert good == [] and "LG210" in bad


@pytest.mark.parametrize("text,right,wrong", [
    # a figure restated right after itself in another scale (即, 合, 也就是): one value at two precisions
    ("全年新增市场主体3.42万户，即34,186户，同比增长6.1%。", "3.42万户", "3.52万户"),
    ("审计查出违规金额2.15亿元（合21,530万元），已整改到位。", "2.15亿元", "2.51亿元"),
    ("全市职工医保参保人数126.4万人，也就是1,263,918人。", "126.4万人", "162.4万人"),
    ("全年征收耕地占用税0.86亿元，即8,612万元。", "8,612万元", "8,162万元"),
])
def test_a_figure_restated_in_apposition(consistency_rules, text, right, wrong):
    good, bad = _pair(consistency_rules, text, right, wrong)
    assert good == [] and "LG210" in bad


@pytest.mark.parametrize("text,right,wrong", [
    # an item of a list whose next item names its own metric (建议326件、政协提案218件): read by its own name
    ("全年办理人大代表建议326件、政协提案218件。\n\n建议提案办理方面，全年办理人大代表建议326件，办结率100%。", "326件、", "362件、"),
    ("全年查处食品安全案件412件、药品安全案件86件。\n\n全年查处食品安全案件412件，罚没款860万元。", "412件、", "421件、"),
    ("全年新建公办幼儿园12所、中小学校6所。\n\n教育设施方面，全年新建公办幼儿园12所。", "12所、", "21所、"),
    ("全年办理不动产登记4.2万件、抵押登记1.6万件。\n\n全年办理不动产登记42,136件。", "4.2万件", "4.6万件"),
])
def test_an_item_named_in_a_list(consistency_rules, text, right, wrong):
    good, bad = _pair(consistency_rules, text, right, wrong)
    assert good == [] and "LG210" in bad


@pytest.mark.parametrize("text,right,wrong", [
    # the cumulative of the year itself (全年累计, 今年以来…累计) is the year's figure; 减税降费 is a name, no change
    ("全年累计接待群众来访1,126批次。\n\n全年接待群众来访1,126批次。", "1,126批次。\n\n", "1,162批次。\n\n"),
    ("今年以来，全区累计新增减税降费2.6亿元。\n\n全区新增减税降费26,120万元。", "2.6亿元", "2.9亿元"),
    ("年内累计办理不动产抵押登记8,612件。\n\n不动产登记方面，办理不动产抵押登记8,612件。", "8,612件。\n\n", "8,162件。\n\n"),
    ("全年增值税收入完成21.6亿元。\n\n税收结构方面，增值税收入21.6亿元。", "21.6亿元。\n\n", "26.1亿元。\n\n"),
])
def test_the_cumulative_of_the_year(consistency_rules, text, right, wrong):
    good, bad = _pair(consistency_rules, text, right, wrong)
    assert good == [] and "LG210" in bad


def test_rates_per_hundred_thousand_are_read():
    from lintgov.document import Document
    doc = Document("甲类传染病发病率为12.3/10万，肺结核报告发病率为十万分之三十一点二，万分之三。", path="x.txt")
    got = [(doc.text[q.start:q.end], q.value, q.unit) for q in doc.quantities]
    assert got == [("12.3/10万", 12.3, "/10万"), ("十万分之三十一点二", 31.2, "/10万"), ("万分之三", 3.0, "/万")]


@pytest.mark.parametrize("text,right,wrong", [
    # a rate per 100,000 restated in words (8.6/10万 and 十万分之八点六)
    ("全市孕产妇死亡率降至9.2/10万。\n\n妇幼健康方面，孕产妇死亡率为十万分之九点二。", "9.2/10万", "12.9/10万"),
    ("全县肺结核报告发病率为十万分之三十一点二。\n\n重大传染病防控有力，肺结核报告发病率31.2/10万。", "31.2/10万", "33.2/10万"),
    ("全年道路交通万车死亡率为万分之一点六。\n\n交通安全形势平稳，道路交通万车死亡率1.6/万。", "1.6/万", "1.9/万"),
    ("全区婴儿死亡率2.1‰，孕产妇死亡率7.8/10万。\n\n孕产妇死亡率为十万分之七点八。", "7.8/10万", "8.7/10万"),
])
def test_a_rate_per_hundred_thousand_restated_in_words(consistency_rules, text, right, wrong):
    good, bad = _pair(consistency_rules, text, right, wrong)
    assert good == [] and "LG210" in bad


@pytest.mark.parametrize("text,right,wrong", [
    # a rate restated in brackets right after its name (森林覆盖率（62.3%）)
    ("全市森林覆盖率62.3%。\n\n生态文明建设成效显著，森林覆盖率（62.3%）继续保持较高水平。", "62.3%。", "63.2%。"),
    ("全县农村自来水普及率达到96.4%。\n\n农村供水保障方面，农村自来水普及率（96.4%）进一步提高。", "96.4%。", "94.6%。"),
    ("全年城镇调查失业率为5.2%。\n\n就业大局稳定，城镇调查失业率（5.2%）处于合理区间。", "5.2%。", "5.6%。"),
    ("全区建成区绿化覆盖率43.1%。\n\n城市绿化提质，建成区绿化覆盖率（43.1%）比上年提高0.6个百分点。", "43.1%。", "41.3%。"),
])
def test_a_rate_restated_in_brackets(consistency_rules, text, right, wrong):
    good, bad = _pair(consistency_rules, text, right, wrong)
    assert good == [] and "LG210" in bad


@pytest.mark.parametrize("text,right,wrong", [
    # a change stated again for the metric named with 总量/总数 (受理信访事项 / 信访事项总量)
    ("全年办理行政许可事项2.63万件，同比增长8.4%。\n\n审批服务提质增效，行政许可事项总量同比增长8.4%。", "增长8.4%。\n", "增长4.8%。\n"),
    ("全年接待来访群众3,126人次，同比下降15.2%。\n\n来访群众总数同比下降15.2%，信访秩序持续好转。", "下降15.2%。\n", "下降12.5%。\n"),
    # the county's own scope word against none, when 全市 only names what it is compared with (高于全市平均水平)
    ("全县农村居民人均可支配收入2.31万元，增长7.2%。\n\n农民增收渠道拓宽，农村居民人均可支配收入增长7.2%，高于全市平均水平。",
     "增长7.2%。\n", "增长2.7%。\n"),
    ("全区规模以上工业增加值增长9.1%。\n\n工业经济稳中向好，规模以上工业增加值增长9.1%，增速居全市第二。", "增长9.1%。\n", "增长1.9%。\n"),
])
def test_a_change_restated(consistency_rules, text, right, wrong):
    good, bad = _pair(consistency_rules, text, right, wrong)
    assert good == [] and "LG210" in bad


@pytest.mark.parametrize("text", [
    # an apposition that is no restatement: a rate per month or day, an approximation
    "全年受理行政复议申请120件，即每月10件左右。",
    "全年新登记市场主体2.86万户，即日均新登记78户。",
    "全市常住人口约126万人，即1,263,918人。",
    # a change of another scope, of a part, of another period
    "全市规模以上工业增加值增长6.1%。\n\n市区规模以上工业增加值增长7.4%。",
    "全年受理信访事项4,372件，同比下降12.7%。\n\n其中，网上信访事项同比下降8.1%。",
    "全年受理信访事项4,372件，同比下降12.7%。\n\n上半年信访事项总量同比下降9.6%。",
    # a relative year: the year named may be the one before the report's (2023年 … 今年以来 … 全年)
    "2023年，全县税收收入为18.42亿元。今年以来，全县上下狠抓收入组织。全年实现税收收入19.16亿元，增长4.0%。",
    "2024年全市接待游客1,260万人次。\n\n今年全市接待游客1,385万人次，同比增长9.9%。",
    # a span of years in the document: its plain figures may be the span's
    "全市累计建成5G基站1.2万个。\n\n过去五年，我们建成5G基站2.6万个。",
    "“十四五”以来，新建改建农村公路1,860公里。\n\n新建改建农村公路412公里。",
    # a part, a half-year, a plan, an approximate figure, another scope, a share of something named before
    "全年受理行政复议申请486件。\n\n其中，受理涉企行政复议申请126件。",
    "全年新增城镇就业8,432人。\n\n上半年新增城镇就业4,126人。",
    "全年新增城镇就业8,432人。\n\n明年力争新增城镇就业9,000人。",
    "全市常住人口约83万人。\n\n年末常住人口831,652人。",
    "全市地区生产总值3,126亿元。\n\n市区地区生产总值1,862亿元。",
    "一般公共预算收入完成预算数的102.3%。税收收入完成预算数的98.6%。",
    # another period: the year-end stock and the flow of the year, last year's figure, a cumulative figure
    "年末全市实有市场主体12.6万户。\n\n年内全市实有市场主体净增1.1万户。",
    "全年接待游客1,260万人次。\n\n上年接待游客1,150万人次。",
    "全区新增城镇就业6,820人。\n\n去年新增城镇就业6,410人。",
    "全年新增城镇就业6,820人。\n\n累计新增城镇就业3.2万人。",
    # another scope: the level of government, the province against the country
    "全市一般公共预算收入86.2亿元。\n\n市本级一般公共预算收入31.4亿元。",
    "全省居民消费价格上涨0.4%。\n\n全国居民消费价格上涨0.2%。",
    # a bound that holds the other figure (近, 超过)
    "全年办理不动产登记业务近3.5万件。\n\n全年办理不动产登记业务34,215件。",
    "全年新增城镇就业超过8,000人。\n\n全年新增城镇就业8,432人。",
    # a stated revision and a quick estimate
    "据初步核算，全年地区生产总值2,150亿元。经统一核算，全年地区生产总值为2,188亿元。",
    # two metrics of one abbreviation's neighbourhood: 职工医保 is not 城乡居民医保
    "职工医保参保人数42.6万人。\n\n城乡居民医保参保人数186.3万人。",
    # the total row of a table of some units or of areas (市本级 may be left out), of a part column
    "全年新增城镇就业8,432人。\n\n表3 重点镇街新增城镇就业情况\n| 镇街 | 新增城镇就业（人） |\n|---|---|\n| 城关镇 | 3,210 |\n"
    "| 新城街道 | 2,222 |\n| 合计 | 5,432 |",
    "全年全市一般公共预算支出128.6亿元。\n\n| 区县 | 一般公共预算支出（亿元） |\n|---|---|\n| 甲区 | 41.4 |\n| 乙区 | 38.2 |\n"
    "| 合计 | 79.6 |",
    "全年受理行政复议申请512件。\n\n| 类别 | 其中：网上申请（件） |\n|---|---|\n| 行政处罚类 | 186 |\n| 行政许可类 | 96 |\n"
    "| 合计 | 282 |",
    "全年一般公共预算支出128.6亿元。\n\n| 科目 | 上年数（亿元） |\n|---|---|\n| 教育 | 19.1 |\n| 其他 | 99.1 |\n| 合计 | 118.2 |",
    # a unit column naming another unit than the text's (万元 / 亿元 is compared in units; 人次 is not 人)
    "全年接待游客126万人。\n\n| 指标 | 单位 | 数值 |\n|---|---|---|\n| 接待游客 | 万人次 | 131.2 |",
    # one body of one level doing the action (区司法局, 市法律援助中心): its figure is a part of the area's
    "全区受理行政复议申请512件。\n\n区司法局受理行政复议申请320件，依法审结298件。",
    "全年办理法律援助案件1,685件。\n\n市法律援助中心办理法律援助案件612件。",
    "全县调解矛盾纠纷3,260件。\n\n县人民调解委员会调解矛盾纠纷1,180件。",
    # in one paragraph, the whole then who did part of it (a breakdown, not a restatement)
    "全年共办理公证事项1,260件。公证处办理公证事项860件。",
    "全年调解矛盾纠纷3,260件。人民调解委员会调解矛盾纠纷2,860件。",
    "全年查处违法案件412件。市场监管部门查处违法案件286件。",
    # a part of the year named by its holidays
    "全年接待游客1,260万人次。\n\n“五一”假期接待游客126万人次。",
    "全年实现旅游收入86.3亿元。\n\n国庆黄金周实现旅游收入9.6亿元。",
    # an item whose noun comes later in the list, and a list summed in the other statement
    "全年新增病床3000张、2000张分别用于市区和县域。\n\n全年新增病床3000张。",
    "全年受理行政复议申请512件、行政诉讼案件128件。\n\n全年受理行政复议申请和行政诉讼案件640件。",
    # a cumulative of several years beside the year's figure
    "全年新增城镇就业8,432人。\n\n“十四五”以来累计新增城镇就业3.6万人。",
    "全年接待群众来访1,126批次。\n\n2021年以来累计接待群众来访5,280批次。",
    "今年以来，全区新增减税降费2.6亿元。\n\n全区累计新增减税降费9.8亿元。",
    # in a work report 今年以来 is the year of its delivery, after the one reviewed
    "一、2023年工作回顾\n全年新增减税降费2.6亿元。\n二、2024年工作安排\n今年以来，全区累计新增减税降费0.4亿元。",
    # the total output and the output per head (人均GDP)
    "全年全市GDP达到3,126亿元。\n\n全年全市人均GDP达到9.8万元。",
    # a rate per 100,000 of another scope
    "全市孕产妇死亡率9.2/10万。\n\n全省孕产妇死亡率为十万分之十点六。",
    # a bracket after a name holding a part or a target, not the name's value
    "全市森林覆盖率62.3%。\n\n森林覆盖率（目标60%）超额完成。",
    "全年新增城镇就业1.86万人。\n\n新增城镇就业（其中高校毕业生0.62万人）稳步增长。",
    # a growth column of a table whose row is another metric than the text's
    "全年全市规模以上工业增加值比上年增长7.1%。\n\n| 指标 | 绝对数 | 比上年增长（%） |\n|---|---|---|\n"
    "| 工业总产值（亿元） | 2,312.6 | 5.3 |",
])
def test_near_misses_stay_silent(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == []
