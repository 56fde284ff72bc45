"""Issue 10, round 3: a fresh set of year-over-year statements written before the code was changed (growth %,
deltas, multiples and 翻番, points vs %, averages over spans, bounds, target completion, one metric stated twice), in
wordings the earlier tests do not use: words between the figure and its verb, Chinese numerals, full-width digits, the
base one sentence earlier, the prior after the value, 同比/较上年/比上年/比去年同期/与上年相比, 由…增加到…, 从…提高到…,
增长了/增加了/上升/下降/回落/减少, 提高/降低 N个百分点, 年均, 两年平均, 翻番, 是…的N倍, 完成年度目标的N%, 超额完成.

Each statement is written once consistent (silent: no arithmetic or yoy finding at all) and once with one figure
clearly wrong (off by 20–40%: found by the rule named).  Wording modelled on work reports, statistical communiqués and
法治政府建设年度报告; the numbers are made up.  Measured with the code before this round (see the commit message):
the set is no longer held out once the grammar was fixed to it."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]
#: a work report delivered in 2024: its figures are about 2023
GWR = "2024年政府工作报告\n各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议。\n一、2023年工作回顾\n"


def findings(text):
    return lint_text(GWR + text + "\n", RULES, registry=REG)


def codes(text):
    return sorted({f.code for f in findings(text)})


# (family, rule, template, consistent values, the wrong figure)
CASES = [
    # -- growth in % ---------------------------------------------------------------------------------------------
    ("growth", "LG201", "全市社会消费品零售总额由上年的{a}亿元增加到{b}亿元，增长了{x}%。",
     dict(a="812.6", b="903.5", x="11.2"), dict(x="14.6")),
    ("growth", "LG201", "2022年，全县接待游客{a}万人次。2023年，全县接待游客{b}万人次，比上年增长{x}%。",
     dict(a="1250", b="1436", x="14.9"), dict(x="19.6")),
    ("growth", "LG201", "全年外贸进出口总额{b}亿元，同比增长{x}%，上年同期为{a}亿元。",
     dict(a="356.2", b="401.8", x="12.8"), dict(x="9.1")),
    ("growth", "LG201", "全区一般公共预算收入完成{b}亿元，较上年的{a}亿元增长{x}%。",
     dict(a="48.6", b="53.9", x="10.9"), dict(x="14.2")),
    ("growth", "LG201", "全年发生各类生产安全事故{b}起，比去年同期的{a}起下降{x}%。",
     dict(a="148", b="112", x="24.3"), dict(x="32.0")),
    ("growth", "LG201", "全年新登记各类市场主体{b}户，与上年的{a}户相比，增长{x}%。",
     dict(a="21450", b="24810", x="15.7"), dict(x="20.4")),
    ("growth", "LG201", "全市受理行政复议案件４６０件，比上年的４００件增长{x}％。",
     dict(x="１５"), dict(x="２０")),
    ("growth", "LG201", "全县农村居民人均可支配收入从上年的{a}元提高到{b}元，增长{x}%。",
     dict(a="18650", b="20120", x="7.9"), dict(x="10.3")),
    ("growth", "LG201", "全市信访总量{b}件，同比下降{x}%（上年{a}件）。",
     dict(a="3260", b="2710", x="16.9"), dict(x="22.4")),
    ("growth", "LG201", "全年完成固定资产投资{b}亿元，增长了{x}%，上年为{a}亿元。",
     dict(a="215.4", b="238.7", x="10.8"), dict(x="13.9")),
    ("growth", "LG201", "上年全区税收收入{a}亿元。今年全区税收收入{b}亿元，增长{x}%。",
     dict(a="31.4", b="35.2", x="12.1"), dict(x="16.3")),
    ("growth", "LG201", "全区办结行政复议案件二百四十件，比上年的二百件增长百分之{x}。",
     dict(x="二十"), dict(x="三十")),
    ("growth", "LG201", "全市规模以上工业企业实现利润{b}亿元，利润总额比上年回落{x}%，上年为{a}亿元。",
     dict(a="96.5", b="84.2", x="12.7"), dict(x="17.1")),
    # -- deltas (增加/减少 N) -------------------------------------------------------------------------------------
    ("delta", "LG201", "全市养老机构床位由{a}张增加到{b}张，增加了{d}张。",
     dict(a="8420", b="9630", d="1210"), dict(d="1560")),
    ("delta", "LG201", "全区一审行政诉讼案件{b}件，较上年减少{d}件（上年{a}件）。",
     dict(a="185", b="152", d="33"), dict(d="45")),
    ("delta", "LG201", "上年末全市共有国家高新技术企业{a}家。今年末全市国家高新技术企业达到{b}家，比上年末净增{d}家。",
     dict(a="1245", b="1412", d="167"), dict(d="218")),
    ("delta", "LG201", "全年受理政府信息公开申请{b}件，同比增加{d}件，增长{x}%。",
     dict(b="1320", d="176", x="15.4"), dict(d="236")),
    ("delta", "LG201", "全市发生火灾事故{b}起，比上年（{a}起）下降{d}起。",
     dict(a="418", b="356", d="62"), dict(d="85")),
    ("delta", "LG201", "全市人均公园绿地面积达到{b}平方米，比上年增加{d}平方米，上年为{a}平方米。",
     dict(a="14.24", b="14.62", d="0.38"), dict(d="0.52")),
    ("delta", "LG201", "全年城镇新增就业{b}万人，比上年多增{d}万人，上年为{a}万人。",
     dict(a="1.12", b="1.26", d="0.14"), dict(d="0.19")),
    # -- multiples and 翻番 ---------------------------------------------------------------------------------------
    ("multiple", "LG205", "全区高新技术产业产值{b}亿元，是2018年{a}亿元的{n}倍。",
     dict(a="126", b="318", n="2.5"), dict(n="3.3")),
    ("multiple", "LG205", "全市5G基站数量由2020年的{a}个增加到{b}个，实现翻番。",
     dict(a="3120", b="6480"), dict(b="4700")),
    ("multiple", "LG205", "全县电商交易额增长了{n}倍，从2019年的{a}亿元增加到{b}亿元。",
     dict(a="12.4", b="37.5", n="2"), dict(n="3")),
    ("multiple", "LG205", "全市跨境电商进出口额达到{b}亿元，是上年的三倍，上年为{a}亿元。",
     dict(a="42.6", b="128.1"), dict(b="96.4")),
    ("multiple", "LG205", "全县新能源汽车保有量{b}辆，比2018年的{a}辆翻了两番。",
     dict(a="2150", b="8640"), dict(b="6100")),
    ("multiple", "LG205", "2019年全市接待入境游客{a}万人次。2023年全市接待入境游客{b}万人次，相当于2019年的{n}倍。",
     dict(a="18.5", b="29.7", n="1.6"), dict(n="2.2")),
    # -- points vs % ----------------------------------------------------------------------------------------------
    ("points", "LG201", "全市空气质量优良天数比例由上年的{a}%提高到{b}%，提高{p}个百分点。",
     dict(a="82.4", b="86.1", p="3.7"), dict(p="5.1")),
    # (1.9 is the relative growth, 58.6/57.4: LG204 — LG209 leaves a change against last year's rate to LG201/LG204)
    ("points", "LG204", "全县常住人口城镇化率达到{b}%，比上年提高{p}个百分点，上年为{a}%。",
     dict(a="57.4", b="58.6", p="1.2"), dict(p="1.9")),
    ("points", "LG204", "全市森林覆盖率由上年的{a}%提高到{b}%，提高了{p}。",
     dict(a="57.4", b="58.6", p="1.2个百分点"), dict(p="1.2%")),
    ("points", "LG201", "全市城镇调查失业率为{b}%，较上年降低{p}个百分点，上年为{a}%。",
     dict(a="5.2", b="4.8", p="0.4"), dict(p="0.9")),
    ("points", "LG201", "上年全市行政机关负责人出庭应诉率为{a}%。今年全市行政机关负责人出庭应诉率达到{b}%，提高{p}个百分点。",
     dict(a="86.5", b="95.2", p="8.7"), dict(p="11.6")),
    ("points", "LG201", "全区规模以上工业企业亏损面为{b}%，比上年回落{p}个百分点（上年为{a}%）。",
     dict(a="18.6", b="15.3", p="3.3"), dict(p="4.5")),
    # -- averages over spans --------------------------------------------------------------------------------------
    ("average", "LG208", "全市一般公共预算收入由2019年的{a}亿元增加到2023年的{b}亿元，年均增长{x}%。",
     dict(a="86.4", b="121.7", x="8.9"), dict(x="12.1")),
    ("average", "LG208", "全县社会消费品零售总额{b}亿元，两年平均增长{x}%，2021年为{a}亿元。",
     dict(a="168.2", b="196.5", x="8.1"), dict(x="11.0")),
    ("average", "LG208", "五年来，全市城镇新增就业累计{s}万人，年均新增{m}万人。",
     dict(s="31.5", m="6.3"), dict(m="8.4")),
    ("average", "LG208", "全区国家高新技术企业达到{b}家，比2018年增长{c}%，年均增长{x}%。",
     dict(b="592", c="85", x="13.1"), dict(x="17.8")),
    ("average", "LG208", "2018—2023年间，全县农村居民人均可支配收入从{a}元增加到{b}元，年均增长{x}%。",
     dict(a="14520", b="21360", x="8.0"), dict(x="10.9")),
    ("average", "LG208", "与2019年相比，全市常住人口城镇化率提高4.8个百分点，年均提高{m}个百分点。",
     dict(m="1.2"), dict(m="1.8")),
    ("average", "LG208", "2018年全市接待游客{a}万人次。2023年全市接待游客{b}万人次，年均增长{x}%。",
     dict(a="2860", b="4120", x="7.6"), dict(x="10.2")),
    ("average", "LG208", "全市公共图书馆藏书量从2020年的{a}万册增至{b}万册，三年间平均每年增加{m}万册。",
     dict(a="312", b="396", m="28"), dict(m="36")),
    # -- bounds ---------------------------------------------------------------------------------------------------
    ("bound", "LG105", "全年外贸进出口总额突破500亿元，达到{b}亿元。",
     dict(b="512.6"), dict(b="468.3")),
    ("bound", "LG201", "全市快递业务量{b}亿件，比上年增长超过{x}%，上年为{a}亿件。",
     dict(a="3.62", b="4.41", x="20"), dict(x="30")),
    ("bound", "LG105", "全县农村公路总里程近3000公里，达到{b}公里。",
     dict(b="2968"), dict(b="2140")),
    ("bound", "LG105", "全区行政诉讼败诉案件不足20件，仅为{b}件。",
     dict(b="14"), dict(b="26")),
    ("bound", "LG105", "全市累计发放创业担保贷款逾5亿元，共计{b}亿元。",
     dict(b="5.36"), dict(b="3.90")),
    ("bound", "LG201", "全区税收收入{b}亿元，增长10%以上，上年为{a}亿元。",
     dict(a="40.2", b="45.1"), dict(b="42.3")),
    # -- target completion ----------------------------------------------------------------------------------------
    ("target", "LG102", "全年新增城镇就业{b}万人，完成年度目标{t}万人的{x}%。",
     dict(b="1.32", t="1.2", x="110"), dict(x="128")),
    ("target", "LG102", "全年完成固定资产投资{b}亿元，为年度计划{t}亿元的{x}%。",
     dict(b="652.8", t="600", x="108.8"), dict(x="131.2")),
    ("target", "LG102", "全年招商引资到位资金{b}亿元，超额完成年度目标{t}亿元。",
     dict(b="215", t="200"), dict(b="168")),
    ("target", "LG102", "年度改造老旧小区任务{t}个，全年实际完成{b}个，完成率{x}%。",
     dict(t="120", b="138", x="115"), dict(x="140")),
    ("target", "LG102", "全年实现外贸进出口{b}亿元，比年度计划{t}亿元超额完成{x}%。",
     dict(b="345", t="300", x="15"), dict(x="21")),
    ("target", "LG102", "全年完成造林面积{b}万亩，完成年度任务的{x}%，年度任务为{t}万亩。",
     dict(b="3.6", t="3", x="120"), dict(x="96")),
]

# one metric stated twice, in two paragraphs of the review part: (template, consistent values, the wrong value)
TWICE = [
    ("全年城镇新增就业{a}人，城镇登记失业率控制在3.2%。\n（二）保障和改善民生\n坚持就业优先，全年城镇新增就业{b}人，帮助困难人员就业860人。",
     dict(a="12460", b="12460"), dict(b="15830")),
    ("全年受理行政复议案件{a}件，办结586件。\n（三）行政复议工作\n充分发挥行政复议主渠道作用，全年受理行政复议案件{b}件，纠错率为8.6%。",
     dict(a="612", b="612"), dict(b="806")),
    ("全年实现社会消费品零售总额{a}亿元。\n（四）扩大内需\n促消费政策持续发力，全年实现社会消费品零售总额{b}亿元，网上零售额稳步提升。",
     dict(a="386.4", b="386.4"), dict(b="492.7")),
]

#: the plans after the review (a work report whose plans are not set apart by a heading is not read by LG210)
PLANS = "\n二、2024年工作安排\n全年城镇新增就业力争1.3万人以上。"

# statements that must stay silent whatever their figures: real growth against nominal levels, an unknown span
SILENT = [
    "全市地区生产总值由上年的2860.4亿元增加到3012.6亿元，按可比价格计算增长7.9%。",
    "全市地区生产总值由上年的2860.4亿元增加到3012.6亿元，按可比价格计算增长2.1%。",
    "全县规模以上工业增加值236.5亿元，增长9.6%，上年为221.4亿元。",
    "全区第三产业增加值比上年增长6.8%，达到412.6亿元，上年为392.1亿元。",
    "全市城镇居民人均可支配收入实际增长4.1%，达到52360元，上年为49870元。",
]


def _cases():
    for fam, rule, tpl, good, wrong in CASES:
        yield pytest.param(fam, rule, tpl, good, wrong, id=f"{fam}-{tpl[:12]}")


@pytest.mark.parametrize("fam,rule,tpl,good,wrong", list(_cases()))
def test_consistent_is_silent_and_wrong_is_found(fam, rule, tpl, good, wrong):
    ok = tpl.format(**good)
    assert codes(ok) == [], ok
    bad = tpl.format(**{**good, **wrong})
    assert rule in codes(bad), bad


@pytest.mark.parametrize("tpl,good,wrong", TWICE)
def test_one_metric_stated_twice(tpl, good, wrong):
    assert codes(tpl.format(**good) + PLANS) == []
    assert "LG210" in codes(tpl.format(**{**good, **wrong}) + PLANS)


@pytest.mark.parametrize("text", SILENT)
def test_real_growth_stays_silent(text):
    assert codes(text) == [], text


# -- written after the fixes, to test each grammar part in other words than the set above ---------------------------
GENERAL = [
    # an average with its first level right after it (…，年均增长X%，2019年为A / （2020年为A） / ；2021年为A)
    ("LG208", "全市一般公共预算收入{b}亿元，年均增长{x}%，2019年为{a}亿元。",
     dict(a="91.6", b="126.8", x="8.5"), dict(x="11.5")),
    ("LG208", "全区研发经费投入{b}亿元，三年平均增长{x}%（2020年为{a}亿元）。",
     dict(a="39.6", b="48.3", x="6.8"), dict(x="9.6")),
    ("LG208", "全县旅游总收入{b}亿元，两年平均增长{x}%；2021年为{a}亿元。",
     dict(a="41.2", b="53.6", x="14.1"), dict(x="18.9")),
    # the metric named again between the value and its change (less 总额/规模/人数…)
    ("LG201", "全年实现营业收入{b}亿元，收入规模较上年增长{x}%，上年为{a}亿元。",
     dict(a="1161.1", b="1256.3", x="8.2"), dict(x="11.4")),
    ("LG201", "全市接待游客{b}万人次，游客人数同比增长{x}%，上年同期为{a}万人次。",
     dict(a="2544.5", b="2860", x="12.4"), dict(x="16.8")),
    # 本年末 / 今年底 name the year's own level (the metric is the same as 上年末's / 去年底's)
    ("LG201", "上年末全市实有市场主体{a}万户。本年末全市实有市场主体{b}万户，比上年末增长{x}%。",
     dict(a="8.62", b="9.37", x="8.7"), dict(x="12.7")),
    ("LG201", "去年底全区登记注册企业{a}家。今年底全区登记注册企业达到{b}家，比去年底增加{d}家。",
     dict(a="5120", b="5630", d="510"), dict(d="680")),
    # 近/将近/接近 X: at most a tenth below X; 仅为/只有 before the exact figure
    ("LG105", "全年新增城镇就业近2万人，达到{b}人。", dict(b="19,860"), dict(b="14,200")),
    ("LG105", "全年办理行政许可事项将近5万件，共计{b}万件。", dict(b="4.62"), dict(b="3.41")),
    ("LG105", "全年行政复议被纠错案件不到30件，只有{b}件。", dict(b="24"), dict(b="37")),
]

TWICE_GENERAL = [
    ("全年办理法律援助案件{a}件。\n（五）公共法律服务\n健全公共法律服务体系，全年办理法律援助案件{b}件，挽回经济损失2100万元。",
     dict(a="1260", b="1260"), dict(b="1640")),
    ("全年农村劳动力转移就业{a}人。\n（二）保障民生\n扎实做好就业工作，全年农村劳动力转移就业{b}人。",
     dict(a="23450", b="23450"), dict(b="30120")),
]

SILENT_GENERAL = [
    # real growth: the qualifier before the verb, the levels after it
    "全县农村居民人均可支配收入扣除价格因素实际增长5.2%，达到21360元，上年为19980元。",
    "全市社会消费品零售总额按可比价格计算增长6.1%，达到903.5亿元，上年为812.6亿元。",
    "全市地区生产总值3012.6亿元，年均增长6.2%，2019年为2380.5亿元。",
    # another metric named between the value and the change: not its growth
    "全市营业收入1256.3亿元，利润比上年增长12.5%，上年为77.1亿元。",
    # the span in words disagrees with the years: not read
    "全县旅游总收入53.6亿元，三年平均增长14.1%，2021年为41.2亿元。",
    # 接近 X and 8.75% below: near enough
    "全市国家高新技术企业接近4000家，达到3650家。",
]


@pytest.mark.parametrize("rule,tpl,good,wrong", GENERAL)
def test_general_consistent_is_silent_and_wrong_is_found(rule, tpl, good, wrong):
    ok = tpl.format(**good)
    assert codes(ok) == [], ok
    bad = tpl.format(**{**good, **wrong})
    assert rule in codes(bad), bad


@pytest.mark.parametrize("tpl,good,wrong", TWICE_GENERAL)
def test_general_one_metric_stated_twice(tpl, good, wrong):
    assert codes(tpl.format(**good) + PLANS) == []
    assert "LG210" in codes(tpl.format(**{**good, **wrong}) + PLANS)


@pytest.mark.parametrize("text", SILENT_GENERAL)
def test_general_silent(text):
    assert codes(text) == [], text


# -- set B: written after the first fixes of this round as a second hold-out (38/40 found, 1/44 false alarms before
# it was used: see the commit message); its misses were then fixed, so it no longer measures anything held out ----------
SET_B = [
    ('LG201', '全年全市完成一般公共预算支出{b}亿元，同比增长{x}%，去年同期为{a}亿元。',
     {'a': '171.2', 'b': '186.4', 'x': '8.9'}, {'x': '12.4'}),
    ('LG201', '全区共受理行政复议申请{b}件，较去年同期的{a}件上升{x}%。',
     {'a': '265', 'b': '318', 'x': '20.0'}, {'x': '26.0'}),
    ('LG201', '据统计，年末全县城乡居民储蓄存款余额达{b}亿元，较上年末增加{d}亿元，增长{x}%。',
     {'b': '412.6', 'd': '38.5', 'x': '10.3'}, {'x': '13.6'}),
    ('LG201', '2022年全市民用汽车保有量为{a}万辆；2023年达到{b}万辆，增长{x}%。',
     {'a': '86.4', 'b': '93.8', 'x': '8.6'}, {'x': '11.6'}),
    ('LG201', '全市网上零售额{b}亿元，同比增长{x}%（2022年：{a}亿元）。',
     {'a': '118.3', 'b': '142.6', 'x': '20.5'}, {'x': '26.9'}),
    ('LG201', '全年发生道路交通事故１２６起，比上年的１５８起下降{x}％。',
     {'x': '２０．３'}, {'x': '２７．１'}),
    ('LG201', '全区新建改扩建幼儿园十二所，较上年的八所增加了百分之{x}。',
     {'x': '五十'}, {'x': '三十'}),
    ('LG201', '全市一般公共预算收入{b}亿元，比上年增收{d}亿元，增长{x}%。',
     {'b': '95.2', 'd': '8.8', 'x': '10.2'}, {'x': '13.6'}),
    ('LG201', '全年共办理各类公证事项{b}件，同比减少{x}%，上年为{a}件。',
     {'a': '4860', 'b': '4210', 'x': '13.4'}, {'x': '17.8'}),
    ('LG201', '全市年末常住人口{b}万人，比上年末增加{d}万人，上年末为{a}万人。',
     {'a': '308.1', 'b': '312.6', 'd': '4.5'}, {'d': '6.1'}),
    ('LG201', '全区各类学校在校学生由上年的{a}人增加至{b}人，净增{d}人。',
     {'a': '84320', 'b': '86910', 'd': '2590'}, {'d': '3410'}),
    ('LG201', '全年新增市场主体{b}户，比上年少{d}户，上年新增{a}户。',
     {'a': '9120', 'b': '8450', 'd': '670'}, {'d': '870'}),
    ('LG201', '全市律师事务所达到{b}家，较上年增加{d}家（上年{a}家）。',
     {'a': '112', 'b': '126', 'd': '14'}, {'d': '19'}),
    ('LG205', '全县光伏装机容量达到{b}万千瓦，是2020年的{n}倍，2020年为{a}万千瓦。',
     {'a': '18.6', 'b': '52.3', 'n': '2.8'}, {'n': '3.6'}),
    ('LG205', '全市高新技术企业数量实现翻番，由2019年的{a}家增加到{b}家。',
     {'a': '412', 'b': '836'}, {'b': '618'}),
    ('LG205', '全区社会组织数量{b}个，较2015年增长{n}倍，2015年为{a}个。',
     {'a': '160', 'b': '400', 'n': '1.5'}, {'n': '2.3'}),
    ('LG205', '全市农产品电商销售额{b}亿元，相当于上年的{n}倍（上年为{a}亿元）。',
     {'a': '45.2', 'b': '67.8', 'n': '1.5'}, {'n': '2.0'}),
    ('LG205', '五年来，全县地方财政收入翻了一番，从{a}亿元增加到{b}亿元。',
     {'a': '8.6', 'b': '17.4'}, {'b': '13.1'}),
    ('LG201', '全市城镇登记失业率为{b}%，比上年下降{p}个百分点（上年为{a}%）。',
     {'a': '3.4', 'b': '3.1', 'p': '0.3'}, {'p': '0.7'}),
    ('LG201', '全区行政复议纠错率由上年的{a}%上升至{b}%，上升了{p}个百分点。',
     {'a': '11.2', 'b': '14.6', 'p': '3.4'}, {'p': '4.6'}),
    ('LG204', '全县义务教育巩固率达到{b}%，较上年提高{p}，上年为{a}%。',
     {'a': '88.5', 'b': '93.2', 'p': '4.7个百分点'}, {'p': '4.7%'}),
    ('LG201', '全市空气质量优良率为{b}%，同比提升{p}个百分点。上年全市空气质量优良率为{a}%。',
     {'a': '85.2', 'b': '88.9', 'p': '3.7'}, {'p': '5.2'}),
    ('LG208', '全市常住人口城镇化率从2018年的{a}%提高到2023年的{b}%，年均提高{m}个百分点。',
     {'a': '55.4', 'b': '61.9', 'm': '1.3'}, {'m': '1.8'}),
    ('LG208', '近五年，全县农村居民人均可支配收入由{a}元增长到{b}元，年均增长{x}%。',
     {'a': '12860', 'b': '18340', 'x': '7.4'}, {'x': '9.9'}),
    ('LG208', '2019—2023年，全市累计完成固定资产投资{s}亿元，年均完成{m}亿元。',
     {'s': '2460', 'm': '492'}, {'m': '615'}),
    ('LG208', '全区规上工业总产值{b}亿元，比2020年增长{c}%，年均增长{x}%。',
     {'b': '862', 'c': '42.5', 'x': '12.5'}, {'x': '16.8'}),
    ('LG208', '与2018年相比，全市公共图书馆总藏量增加{d}万册，年均增加{m}万册。',
     {'d': '120', 'm': '24'}, {'m': '31'}),
    ('LG208', '2020年全县有家庭农场{a}家。2023年全县家庭农场发展到{b}家，年均增长{x}%。',
     {'a': '620', 'b': '1040', 'x': '18.8'}, {'x': '24.6'}),
    ('LG105', '全市民营经济增加值首次突破千亿元，达到{b}亿元。',
     {'b': '1024.6'}, {'b': '912.3'}),
    ('LG105', '全年接待游客逾3000万人次，共计{b}万人次。',
     {'b': '3126'}, {'b': '2418'}),
    ('LG105', '全市5G用户不到200万户，为{b}万户。',
     {'b': '186.5'}, {'b': '231.4'}),
    ('LG105', '全年城镇新增就业将近1.5万人，实际新增{b}人。',
     {'b': '14,620'}, {'b': '10,980'}),
    ('LG102', '全年完成造林绿化{b}万亩，占年度任务{t}万亩的{x}%。',
     {'b': '3.9', 't': '3', 'x': '130'}, {'x': '105'}),
    ('LG102', '年度招商引资目标为{t}亿元，全年实际到位资金{b}亿元，目标完成率为{x}%。',
     {'t': '150', 'b': '168', 'x': '112'}, {'x': '140'}),
    ('LG102', '全年新建改造农村公路{b}公里，超额完成年度计划{t}公里。',
     {'b': '520', 't': '500'}, {'b': '410'}),
    ('LG102', '全年实现一般公共预算收入{b}亿元，完成预算的{x}%（预算数为{t}亿元）。',
     {'b': '95.2', 't': '92', 'x': '103.5'}, {'x': '113.5'}),
    ('LG102', '保障性租赁住房开工{b}套，为年度目标任务的{x}%，年度目标任务为{t}套。',
     {'b': '3240', 't': '3000', 'x': '108'}, {'x': '138'}),
]

TWICE_B = [
    ('全年新登记市场主体{a}户。\n（三）优化营商环境\n营商环境持续优化，全年新登记市场主体{b}户，增长12%。',
     {'a': '24810', 'b': '24810'}, {'b': '31250'}),
    ('2023年全市办理不动产登记{a}件，办结率100%。\n（六）便民服务\n深化“放管服”改革，2023年全市办理不动产登记{b}件。',
     {'a': '86420', 'b': '86420'}, {'b': '112300'}),
]

SILENT_B = [
    '全市规模以上工业增加值由上年的326.5亿元增加到351.2亿元，增长8.1%。',
    '全市规模以上工业增加值由上年的326.5亿元增加到351.2亿元，增长5.1%。',
    '按可比口径计算，全区一般公共预算收入增长9.8%，达到95.2亿元，上年为86.4亿元。',
    '全县地区生产总值达到286.4亿元，比2020年增长21.6%，年均增长6.7%。',
]


@pytest.mark.parametrize("rule,tpl,good,wrong", SET_B)
def test_set_b_consistent_is_silent_and_wrong_is_found(rule, tpl, good, wrong):
    ok = tpl.format(**good)
    assert codes(ok) == [], ok
    bad = tpl.format(**{**good, **wrong})
    assert rule in codes(bad), bad


@pytest.mark.parametrize("tpl,good,wrong", TWICE_B)
def test_set_b_one_metric_stated_twice(tpl, good, wrong):
    assert codes(tpl.format(**good) + PLANS) == []
    assert "LG210" in codes(tpl.format(**{**good, **wrong}) + PLANS)


@pytest.mark.parametrize("text", SILENT_B)
def test_set_b_silent(text):
    assert codes(text) == [], text


# -- changes in tenths and fractions (增长两成, 下降三成, 增长超过三分之一: 三成 ±5 points, 近三成 just under 30%) ------------
TENTHS = [
    ("全市新能源汽车销量{b}万辆，同比增长两成，上年为{a}万辆。", dict(a="3.0", b="3.6"), dict(b="4.5")),
    ("全年发生安全生产事故{b}起，比上年下降三成，上年为{a}起。", dict(a="100", b="70"), dict(b="88")),
    ("受理行政复议案件由{a}件增加到{b}件，增长超过三分之一。", dict(a="300", b="410"), dict(b="360")),
    ("全市进出口总额{b}亿元，增长近三成，上年为{a}亿元。", dict(a="412", b="531"), dict(b="468")),
]


@pytest.mark.parametrize("tpl,good,wrong", TENTHS)
def test_change_in_tenths(tpl, good, wrong):
    ok = tpl.format(**good)
    assert codes(ok) == [], ok
    bad = tpl.format(**{**good, **wrong})
    assert "LG201" in codes(bad), bad


# -- an arithmetic average over a span the text does not name: some whole number of years must give it ---------------
@pytest.mark.parametrize("text,found", [
    ("管网覆盖率从新区成立前的12.6%提升至42.6%，年均提高10个百分点。", False),
    ("管网覆盖率从新区成立前的12.6%提升至42.6%，年均提高13个百分点。", True),
    ("污水集中处理率由新区成立之初的不到10%提升到51.9%，年均提高14个百分点。", False),
    ("全市公共图书馆藏书量从建馆之初的12万册增加到96万册，平均每年增加7万册。", False),
    ("全市公共图书馆藏书量从建馆之初的12万册增加到96万册，平均每年增加16万册。", True),
    # compound growth over an unknown span is not read (the mean of yearly rates is written as 年均 too)
    ("全市旅游收入从新区成立前的12.6亿元增加到42.6亿元，年均增长13%。", False),
    # a plan: not a span the text has run
    ("力争森林覆盖率从61.2%提高到66.5%，年均提高2.2个百分点。", False),
])
def test_average_over_an_unnamed_span(text, found):
    assert ("LG208" in codes(text)) == found, text


# -- set C: written after set B's fixes as a third hold-out (22/25 found, 0/28 false alarms before it was used; the
# misses — a concentration unit, 翻了近两番, 三年累计 — were then fixed, so it no longer measures anything held out) ---
SET_C = [
    ('LG201', '全年共受理信访事项{b}件，比上年同期多{d}件，上年同期受理{a}件。',
     {'a': '1630', 'b': '1842', 'd': '212'}, {'d': '296'}),
    ('LG201', '全区税收收入{b}亿元，较上年同期相比增长{x}%，上年同期为{a}亿元。',
     {'a': '56.2', 'b': '61.8', 'x': '10.0'}, {'x': '13.4'}),
    ('LG201', '全年行政机关负责人出庭应诉率为{b}%，同比增加{p}个百分点，去年同期为{a}%。',
     {'a': '78.5', 'b': '91.3', 'p': '12.8'}, {'p': '16.9'}),
    ('LG201', '全县快递业务量由上年的{a}万件增至{b}万件，增幅达{x}%。',
     {'a': '2160', 'b': '2694', 'x': '24.7'}, {'x': '31.6'}),
    ('LG201', '全市化学需氧量排放量{b}吨，降幅为{x}%，上年为{a}吨。',
     {'a': '13480', 'b': '11860', 'x': '12.0'}, {'x': '16.3'}),
    ('LG201', '全年接待游客{b}万人次，与上年相比增长{x}%，上年接待游客{a}万人次。',
     {'a': '3120', 'b': '3580', 'x': '14.7'}, {'x': '19.2'}),
    ('LG201', '全年一般公共预算收入{b}亿元，增长{x}%，增加{d}亿元。',
     {'b': '212.4', 'x': '14.4', 'd': '26.8'}, {'d': '34.9'}),
    ('LG201', '全市细颗粒物平均浓度从上年的{a}微克每立方米下降至{b}微克每立方米，降低了{x}%。',
     {'a': '12.6', 'b': '10.1', 'x': '19.8'}, {'x': '25.8'}),
    ('LG201', '2023年全区共办理法律援助案件{b}件，2022年为{a}件，同比增长{x}%。',
     {'a': '860', 'b': '1032', 'x': '20.0'}, {'x': '26.0'}),
    ('LG205', '全年新增减税降费{b}亿元，是上年同期的{n}倍，上年同期为{a}亿元。',
     {'a': '12.4', 'b': '31.2', 'n': '2.5'}, {'n': '3.3'}),
    ('LG205', '全县规上工业企业户数由2015年的{a}家增加到{b}家，翻了近两番。',
     {'a': '62', 'b': '236'}, {'b': '150'}),
    ('LG102', '全年目标任务为新增城镇就业{t}万人。全年实际新增城镇就业{b}万人，完成全年目标任务的{x}%。',
     {'t': '1.2', 'b': '1.32', 'x': '110'}, {'x': '140'}),
    ('LG102', '全年实际完成植树造林{b}万亩，超额完成省下达的{t}万亩任务。',
     {'b': '5.6', 't': '5'}, {'b': '4.1'}),
    ('LG208', '五年来，全市外贸进出口总额年均增长{x}%，由{a}亿元增加到{b}亿元。',
     {'a': '302.5', 'b': '486.2', 'x': '10.0'}, {'x': '13.2'}),
    ('LG208', '三年累计新增城镇就业{s}万人，年均{m}万人。',
     {'s': '4.5', 'm': '1.5'}, {'m': '2.1'}),
    ('LG201', '全市行政复议纠错率为{b}%，较上年的{a}%下降{p}个百分点。',
     {'a': '14.2', 'b': '11.6', 'p': '2.6'}, {'p': '3.6'}),
    ('LG204', '全市常住人口城镇化率达到{b}%，比上年{p}，上年为{a}%。',
     {'a': '62.0', 'b': '63.5', 'p': '提高1.5个百分点'}, {'p': '增长1.5%'}),
    ('LG105', '全年受理各类案件首次突破万件，达到{b}件。',
     {'b': '10,236'}, {'b': '9,412'}),
    ('LG105', '全市市场主体总量超过50万户，达到{b}万户。',
     {'b': '51.3'}, {'b': '46.8'}),
    ('LG201', '全年实际利用外资{b}亿美元，增长30%以上，上年为{a}亿美元。',
     {'a': '4.2', 'b': '5.6'}, {'b': '5.1'}),
    ('LG201', '全区共有律师事务所二十六家，比上年增加{d}家，上年为二十二家。',
     {'d': '四'}, {'d': '七'}),
    ('LG201', '全年办结行政复议案件３１２件，比上年增加４２件，增长{x}％。',
     {'x': '１５．６'}, {'x': '２０．６'}),
    ('LG201', '全市农村低保对象{b}人，比上年净减少{d}人，上年为{a}人。',
     {'a': '1850', 'b': '1200', 'd': '650'}, {'d': '820'}),
    ('LG201', '全市共办理行政许可事项{b}件，同比上升{x}%。上年同期共办理行政许可事项{a}件。',
     {'a': '42600', 'b': '48120', 'x': '13.0'}, {'x': '17.6'}),
]

TWICE_C = [
    ('全年社会消费品零售总额增长{a}%，消费市场加快恢复。\n（四）扩大内需\n促消费政策持续发力，全年社会消费品零售总额增长{b}%，网络零售稳步提升。',
     {'a': '8.6', 'b': '8.6'}, {'b': '11.2'}),
]

SILENT_C = [
    '全市规模以上工业增加值比上年增长7.2%，达到412.6亿元，上年为384.9亿元。',
    '全年居民消费价格指数上涨2.1%，涨幅比上年回落0.8个百分点。',
    '全县地区生产总值由上年的286.4亿元增加到301.2亿元，按不变价格计算增长5.2%。',
]


@pytest.mark.parametrize("rule,tpl,good,wrong", SET_C + [
    # written after the fixes: the same grammar parts in other words
    ("LG205", "全市快递业务量由2018年的{a}亿件增加到{b}亿件，翻了近一番。", dict(a="1.2", b="2.3"), dict(b="1.5")),
    ("LG205", "全县农产品加工产值{b}亿元，比2016年的{a}亿元翻了将近两番。", dict(a="18.4", b="70.2"), dict(b="49.6")),
    ("LG208", "两年累计发放创业担保贷款{s}亿元，年均{m}亿元。", dict(s="6.4", m="3.2"), dict(m="4.3")),
    ("LG201", "全市二氧化氮年均浓度{b}微克/立方米，比上年下降{x}%，上年为{a}微克/立方米。",
     dict(a="28", b="24", x="14.3"), dict(x="19.3")),
])
def test_set_c_consistent_is_silent_and_wrong_is_found(rule, tpl, good, wrong):
    ok = tpl.format(**good)
    assert codes(ok) == [], ok
    bad = tpl.format(**{**good, **wrong})
    assert rule in codes(bad), bad


@pytest.mark.parametrize("tpl,good,wrong", TWICE_C)
def test_set_c_one_metric_stated_twice(tpl, good, wrong):
    assert codes(tpl.format(**good) + PLANS) == []
    assert "LG210" in codes(tpl.format(**{**good, **wrong}) + PLANS)


@pytest.mark.parametrize("text", SILENT_C)
def test_set_c_silent(text):
    assert codes(text) == [], text


# -- set D: written after set C's fixes as a fourth hold-out (17/22 found by the expected rule, 18/22 by any, 1/25
# false alarms before it was used; its misses — a 2022年度 label, 亿吨公里, 名义增长, 同口径, an average before a
# change against a named year — were then fixed, except a prior stated in the claim's own sentence with the current
# level in the sentence before, which stays unread) ------------------------------------------------------------------
SET_D = [
    ('LG201', '2023年，我局共收到政府信息公开申请{b}件，较2022年的{a}件增长{x}%。',
     {'a': '2318', 'b': '2546', 'x': '9.8'}, {'x': '13.8'}),
    ('LG201', '本年度共办理行政复议案件{b}件，同比上升{x}%（2022年度为{a}件）。',
     {'a': '64', 'b': '83', 'x': '29.7'}, {'x': '36.4'}),
    ('LG201', '全年行政诉讼败诉案件{b}件，比上年减少{d}件，下降{x}%。',
     {'b': '9', 'd': '6', 'x': '40.0'}, {'x': '28.0'}),
    ('LG201', '全年组织行政执法人员培训{b}人次，比上年增长{x}%，上年培训{a}人次。',
     {'a': '1260', 'b': '1386', 'x': '10.0'}, {'x': '14.0'}),
    ('LG201', '行政复议决定履行率由上年的{a}%提升至{b}%，提高{p}个百分点。',
     {'a': '95.6', 'b': '98.2', 'p': '2.6'}, {'p': '3.6'}),
    ('LG201', '全市技术合同成交额{b}亿元，较上年增长{x}%；上年技术合同成交额为{a}亿元。',
     {'a': '36.5', 'b': '41.2', 'x': '12.9'}, {'x': '16.9'}),
    ('LG201', '全县共有执业律师{b}人，较上年增加{d}人，增长{x}%。',
     {'b': '412', 'd': '38', 'x': '10.2'}, {'d': '52'}),
    ('LG201', '全年公路货物周转量{b}亿吨公里，增长{x}%，上年为{a}亿吨公里。',
     {'a': '4.35', 'b': '4.98', 'x': '14.5'}, {'x': '18.9'}),
    ('LG201', '全年居民人均消费支出{b}元，比上年名义增长{x}%，上年为{a}元。',
     {'a': '5890', 'b': '6412', 'x': '8.9'}, {'x': '11.9'}),
    ('LG205', '全市数字经济核心产业营业收入达到{b}亿元，比2018年增长了{n}倍，2018年为{a}亿元。',
     {'a': '62', 'b': '186', 'n': '2'}, {'n': '3'}),
    ('LG205', '全县农村集体经济收入{b}万元，是五年前的{n}倍（五年前为{a}万元）。',
     {'a': '860', 'b': '2150', 'n': '2.5'}, {'n': '3.2'}),
    ('LG208', '全市城镇居民人均可支配收入由2020年的{a}元增加到2023年的{b}元，年均增加{m}元。',
     {'a': '42300', 'b': '49860', 'm': '2520'}, {'m': '3310'}),
    ('LG208', '五年间，全县高标准农田面积从{a}万亩增加到{b}万亩，年均新增{m}万亩。',
     {'a': '18.2', 'b': '33.7', 'm': '3.1'}, {'m': '4.2'}),
    ('LG208', '全区财政用于民生支出年均增长{x}%，2023年达到{b}亿元，比2018年的{a}亿元增加{d}亿元。',
     {'a': '42.6', 'b': '68.4', 'd': '25.8', 'x': '9.9'}, {'x': '13.4'}),
    ('LG102', '全年新增城镇就业{b}人，完成年度计划的{x}%，年度计划为{t}人。',
     {'b': '13,260', 't': '12,000', 'x': '110.5'}, {'x': '130.5'}),
    ('LG102', '全年完成重点项目投资{b}亿元，为年度投资计划{t}亿元的{x}%。',
     {'b': '186.4', 't': '160', 'x': '116.5'}, {'x': '96.5'}),
    ('LG105', '全年行政执法案件办理量超过3000件，达到{b}件。',
     {'b': '3,126'}, {'b': '2,418'}),
    ('LG105', '全年法律援助受援人数近2万人次，共{b}人次。',
     {'b': '19,230'}, {'b': '13,870'}),
    ('LG201', '全市规范性文件备案审查纠错率为{b}%，比上年提高{p}个百分点，上年为{a}%。',
     {'a': '3.2', 'b': '4.6', 'p': '1.4'}, {'p': '2.3'}),
    ('LG201', '全年调解各类矛盾纠纷{b}件，调解成功{c}件，调解成功件数比上年增长{x}%，上年调解成功{a}件。',
     {'b': '5120', 'c': '4980', 'a': '4420', 'x': '12.7'}, {'x': '16.7'}),
    # written after the fixes: the same grammar parts in other words
    ("LG201", "全年共审结行政诉讼案件{b}件，同比下降{x}%（2022年度审结{a}件）。", dict(a="150", b="126", x="16.0"), dict(x="21.0")),
    ("LG201", "全年旅客周转量{b}亿人公里，增长{x}%，上年为{a}亿人公里。", dict(a="12.6", b="14.1", x="11.9"), dict(x="15.9")),
    ("LG201", "全年农村居民人均可支配收入{b}元，名义增长{x}%，上年为{a}元。", dict(a="19860", b="21350", x="7.5"), dict(x="9.8")),
    ("LG208", "全县社会消费品零售总额年均增长{x}%，达到{b}亿元，比2020年的{a}亿元增长41.3%。",
     dict(a="34.4", b="48.6", x="12.2"), dict(x="16.2")),
]

TWICE_D = [
    ('全年共受理行政复议申请{a}件，同比增长8.3%。\n（二）行政复议\n深化行政复议体制改革，全年共受理行政复议申请{b}件。',
     {'a': '312', 'b': '312'}, {'b': '406'}),
]

SILENT_D = [
    '全市居民人均可支配收入实际增长5.6%，达到43860元，上年为41210元。',
    '全年全社会用电量增长12.4%，其中工业用电量增长9.8%。上年全社会用电量为86.2亿千瓦时。',
    '全市一般公共预算收入同口径增长8.6%，达到95.2亿元，上年为86.4亿元。',
    "全区一般公共预算收入按同口径计算增长9.2%，达到95.2亿元，上年为86.4亿元。",
    # the prior in the claim's own sentence, the current level in the sentence before: not read (a known gap)
    "全市新增市场主体24810户。上年同期新增市场主体21400户，同比增长20.9%。",
]


@pytest.mark.parametrize("rule,tpl,good,wrong", SET_D)
def test_set_d_consistent_is_silent_and_wrong_is_found(rule, tpl, good, wrong):
    ok = tpl.format(**good)
    assert codes(ok) == [], ok
    bad = tpl.format(**{**good, **wrong})
    assert rule in codes(bad), bad


@pytest.mark.parametrize("tpl,good,wrong", TWICE_D)
def test_set_d_one_metric_stated_twice(tpl, good, wrong):
    assert codes(tpl.format(**good) + PLANS) == []
    assert "LG210" in codes(tpl.format(**{**good, **wrong}) + PLANS)


@pytest.mark.parametrize("text", SILENT_D)
def test_set_d_silent(text):
    assert codes(text) == [], text


# -- probes written after set D (each a grammar part in two or more wordings, consistent and wrong) ------------------
PROBES = [
    # 减少了一半 / 下降一半: half, ±5 points
    ("LG201", "全县农村贫困人口由{a}人减少到{b}人，减少了一半。", dict(a="1260", b="610"), dict(b="910")),
    ("LG201", "全市积案数量下降一半，由上年的{a}件降至{b}件。", dict(a="86", b="44"), dict(b="61")),
    # points with the prior in the next sentence (the value reached after the change)
    ("LG201", "全市城镇化率提高了{p}个百分点，达到63.5%。上年全市城镇化率为62.3%。", dict(p="1.2"), dict(p="2.5")),
    ("LG201", "全市行政复议纠错率提高{p}个百分点，达到15.2%，比上年有所上升。上年全市行政复议纠错率为12.8%。",
     dict(p="2.4"), dict(p="3.6")),
    # a 、 between the value and its change
    ("LG201", "全年实现社会消费品零售总额386.4亿元、增长{x}%。上年全市社会消费品零售总额为351.9亿元。",
     dict(x="9.8"), dict(x="12.8")),
    ("LG201", "全区受理行政复议申请{b}件、同比增长{x}%，上年同期为{a}件。", dict(a="250", b="300", x="20"), dict(x="27")),
    # an average stated as a bound (以上/超过), the span in words right before it (五年年均)
    ("LG208", "全市一般公共预算收入由120.3亿元增加到186.2亿元，五年年均增长{x}。", dict(x="9%以上"), dict(x="10%以上")),
    ("LG208", "全县进出口总额由42.6亿元增加到71.8亿元，三年年均增长超过{x}%。", dict(x="18"), dict(x="21")),
]


@pytest.mark.parametrize("rule,tpl,good,wrong", PROBES)
def test_probes_consistent_is_silent_and_wrong_is_found(rule, tpl, good, wrong):
    ok = tpl.format(**good)
    assert codes(ok) == [], ok
    bad = tpl.format(**{**good, **wrong})
    assert rule in codes(bad), bad


# -- set E: written after the probes as a fifth hold-out (two of its own statements were mislabelled and corrected —
# a fall written as 减少 with the levels rising, which LG202 rightly reported, and a 同比 growth against a 比年初 increase,
# dropped; then 18/19 found, 0/22 flagged; the miss, 按现价计算比上年增长, was then fixed) --------------------------------
SET_E = [
    ('LG201', '年末全市私人汽车保有量{b}万辆，比上年末增长{x}%。上年末全市私人汽车保有量{a}万辆。',
     {'a': '28.4', 'b': '33.9', 'x': '19.4'}, {'x': '25.4'}),
    ('LG201', '全年共开展行政执法检查{b}次，较2022年（{a}次）增长{x}%。',
     {'a': '1085', 'b': '1246', 'x': '14.8'}, {'x': '19.8'}),
    ('LG201', '全市常住人口出生人数{b}万人，比上年减少{x}%，上年出生{a}万人。',
     {'a': '4.31', 'b': '3.82', 'x': '11.4'}, {'x': '15.4'}),
    ('LG201', '全年办理各类法律援助案件{b}件，比上年下降{x}%，2022年办理{a}件。',
     {'a': '612', 'b': '547', 'x': '10.6'}, {'x': '14.6'}),
    ('LG201', '全年受理网上信访{b}件，比上年增加{d}件。上年受理网上信访{a}件。',
     {'a': '740', 'b': '905', 'd': '165'}, {'d': '215'}),
    ('LG201', '全市城乡居民基本养老保险参保人数{b}万人，净增{d}万人，上年末为{a}万人。',
     {'a': '160.2', 'b': '181.6', 'd': '21.4'}, {'d': '27.8'}),
    ('LG201', '全县森林覆盖率{b}%，比上年提高{p}个百分点，上年为{a}%。',
     {'a': '62.14', 'b': '62.87', 'p': '0.73'}, {'p': '0.95'}),
    ('LG201', '全市规模以上工业企业研发机构覆盖率由上年的{a}%上升为{b}%，提升了{p}个百分点。',
     {'a': '41.6', 'b': '48.3', 'p': '6.7'}, {'p': '8.9'}),
    ('LG205', '全年完成技术合同登记额{b}亿元，为上年的{n}倍，上年为{a}亿元。',
     {'a': '12.1', 'b': '33.9', 'n': '2.8'}, {'n': '3.6'}),
    ('LG205', '全市普惠性幼儿园学位{b}个，较2019年的{a}个翻了一番多。',
     {'a': '8600', 'b': '19200'}, {'b': '15100'}),
    ('LG208', '全市一般公共预算收入2019年为{a}亿元，2023年达到{b}亿元，年均增长{x}%。',
     {'a': '41.5', 'b': '58.3', 'x': '8.9'}, {'x': '11.9'}),
    ('LG208', '五年来，全县累计新增城镇就业{s}人，平均每年新增{m}人。',
     {'s': '15,600', 'm': '3,120'}, {'m': '4,060'}),
    ('LG208', '近三年，全区公共法律服务中心服务群众由{a}万人次增加到{b}万人次，年均增加{m}万人次。',
     {'a': '2.36', 'b': '3.47', 'm': '0.37'}, {'m': '0.48'}),
    ('LG102', '全年实际完成保障性住房建设{b}套，完成年度任务{t}套的{x}%。',
     {'b': '2,860', 't': '2,600', 'x': '110'}, {'x': '130'}),
    ('LG102', '全年招引亿元以上项目{b}个，完成目标任务的{x}%（目标任务{t}个）。',
     {'b': '46', 't': '40', 'x': '115'}, {'x': '135'}),
    ('LG105', '全年全市接待游客人次首次突破千万，达到{b}万人次。',
     {'b': '1012.6'}, {'b': '894.3'}),
    ('LG105', '全年办理行政许可事项逾10万件，共计{b}万件。',
     {'b': '10.4'}, {'b': '8.1'}),
    ('LG201', '全年完成农林牧渔业总产值{b}亿元，按现价计算比上年增长{x}%，上年为{a}亿元。',
     {'a': '160.2', 'b': '181.6', 'x': '13.4'}, {'x': '17.4'}),
]

TWICE_E = [
    ('全年共审结各类行政诉讼案件{a}件。\n（三）依法应诉\n全年共审结各类行政诉讼案件{b}件，行政机关负责人出庭应诉率100%。',
     {'a': '236', 'b': '236'}, {'b': '318'}),
]

SILENT_E = [
    '全年农林牧渔业增加值按可比价格计算比上年增长4.1%，达到96.2亿元，上年为90.4亿元。',
    '全市居民消费价格比上年上涨2.3%，其中食品价格上涨4.1%。',
    '全年全市实现地区生产总值2860.4亿元，比上年增长6.2%，两年平均增长5.8%。',
    "全年完成工业增加值181.6亿元，按现价计算比上年增长17.4%，上年为160.2亿元。",
]


@pytest.mark.parametrize("rule,tpl,good,wrong", SET_E)
def test_set_e_consistent_is_silent_and_wrong_is_found(rule, tpl, good, wrong):
    ok = tpl.format(**good)
    assert codes(ok) == [], ok
    bad = tpl.format(**{**good, **wrong})
    assert rule in codes(bad), bad


@pytest.mark.parametrize("tpl,good,wrong", TWICE_E)
def test_set_e_one_metric_stated_twice(tpl, good, wrong):
    assert codes(tpl.format(**good) + PLANS) == []
    assert "LG210" in codes(tpl.format(**{**good, **wrong}) + PLANS)


@pytest.mark.parametrize("text", SILENT_E)
def test_set_e_silent(text):
    assert codes(text) == [], text


# -- the change of a per-capita figure against the changes of its total and of the population (validity v367) -------
PER_CAPITA_CHANGE = [
    ("年末全市常住人口{p}万人，比上年减少{dp}万人。全市体育场地总面积达{t}万平方米，比上年新增{dt}万平方米，"
     "人均体育场地面积达{b}平方米，比上年新增{d}平方米。",
     dict(p="496.97", dp="0.14", t="1255.33", dt="67.97", b="2.53", d="0.14"), dict(d="0.18")),
    ("年末全县常住人口{p}万人，比上年增加{dp}万人。全县公园绿地总面积{t}万平方米，比上年增加{dt}万平方米，"
     "人均公园绿地面积{b}平方米，比上年增加{d}平方米。",
     dict(p="52.40", dp="0.60", t="786.0", dt="66.0", b="15.0", d="1.2"), dict(d="2.1")),
]


@pytest.mark.parametrize("tpl,good,wrong", PER_CAPITA_CHANGE)
def test_per_capita_change(tpl, good, wrong):
    ok = tpl.format(**good)
    assert codes(ok) == [], ok
    bad = tpl.format(**{**good, **wrong})
    assert "LG108" in codes(bad), bad


def test_per_capita_change_needs_the_population_change():
    # the population's change against the same basis is not stated: last year's per-capita figure is not known
    text = ("年末全市常住人口496.97万人。全市体育场地总面积达1255.33万平方米，比上年新增67.97万平方米，"
            "人均体育场地面积达2.53平方米，比上年新增0.18平方米。")
    assert "LG108" not in codes(text)
