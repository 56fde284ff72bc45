"""land22 (issue 10): LG210 (one metric stated twice) once restated22 and rates22 met main — the scope a report names
in the first person (我市, 本区: its own area, 全市 / 全区), a document that compares a stock with the year's start
(比年初: the one year it names may be the start's), and the targets under a heading naming them (（一）年度预期目标).
Each reading with a wrong statement that must be flagged, its consistent twin and near misses that must stay silent.
The wordings are this test's own."""
import pytest

from conftest import consistency_codes


@pytest.mark.parametrize("text", [
    # the report's own area in the first person, a larger area's whole after it: two scopes, no restatement
    "我县粮食产量41.2万吨，占全市粮食产量的18.0%。全市粮食产量229万吨。",
    "本区实际利用外资3.6亿美元，占全市的6.0%。\n\n全市实际利用外资60亿美元。",
    "我省接待入境游客320万人次，占全国的4.0%。全国接待入境游客8,000万人次。",
    "我市城镇新增就业6.1万人，完成全省任务的10.2%。\n全省城镇新增就业60万人。",
    # a stock at the year's end compared with its start, the one year named being the start's
    "2024年，全县住户存款余额为312亿元。\n\n年末，全县住户存款余额341亿元，比年初增加29亿元。",
    "2023年全市社会保障卡持卡人数486万人。\n年末全市社会保障卡持卡人数502万人，较年初增长3.3%。",
    # targets under a heading naming them, their completion under another
    "（一）年度预期目标\n全年新建改造农村公路320公里。\n（二）目标完成情况\n新建改造农村公路356公里，完成年度目标的111.3%。",
    "一、主要目标任务\n全年新增城镇就业1.2万人。\n二、完成情况\n新增城镇就业1.36万人，超额完成任务。",
])
def test_consistent_near_misses_are_silent(consistency_rules, text):
    assert "LG210" not in consistency_codes(consistency_rules, text)


@pytest.mark.parametrize("text,right,wrong", [
    # one scope named in the first person and as 全X: one metric stated twice
    ("我区规模以上工业增加值412亿元。\n\n全区规模以上工业增加值412亿元，增长6.1%。", "412亿元，增长", "421亿元，增长"),
    ("本市森林覆盖率达到41.6%。\n\n生态建设方面，全市森林覆盖率41.6%。", "41.6%。", "46.1%。"),
    ("我县常住人口52.3万人。\n\n人口总量稳定，全县常住人口52.3万人，比上年减少0.2万人。", "52.3万人，比", "53.2万人，比"),
    # a target heading does not hide a completion stated twice under the headings of results
    ("（一）目标完成情况\n全年新增城镇就业1.36万人。\n（二）就业工作\n新增城镇就业1.36万人，完成年度目标的113%。",
     "1.36万人，完成", "1.63万人，完成"),
    # the one year named, no comparison with the year's start: still the document's year
    ("2024年，全县住户存款余额为341亿元。\n\n全县住户存款余额341亿元，增长9.3%。", "341亿元，增长", "314亿元，增长"),
])
def test_restatements_still_flagged(consistency_rules, text, right, wrong):
    assert right in text
    assert "LG210" not in consistency_codes(consistency_rules, text)
    assert "LG210" in consistency_codes(consistency_rules, text.replace(right, wrong, 1))


# -- rates22 on main: a rate named by a negated decision, a count holding a part of earlier years, a base named in the
# rate's own name (claims.rates.negated_complement, rest_of_earlier_years, rate_numerators)
RATE_PAIRS = [
    # a negated decision over the decision and its negation, both stated: 97 / (97 + 1,043) = 8.5%
    ("全年审查逮捕犯罪嫌疑人1,210人，决定批捕1,043人，不批捕97人，不批捕率8.5%。", "8.5%", "10.5%"),
    # 265 / (265 + 1,735) = 13.3%, the rate first
    ("不起诉率13.3%，全年决定起诉1,735人，决定不起诉265人。", "13.3%", "18.3%"),
    # a count holding a part of earlier years: (6,420 − 1,210) / 6,850 = 76.1%
    ("全年共立刑事案件6,850起；侦破刑事案件6,420起（含侦破历年积案1,210起），当年立案破案率76.1%。", "76.1%", "81.1%"),
    # the rate's deed named by its verb with the rate's object (破获…案件 for 破案率): 1,512 / 2,160 = 70.0%
    ("全县共立刑事案件2,160起，破获刑事案件1,512起，破案率70.0%。", "70.0%", "72.0%"),
]


@pytest.mark.parametrize("text,right,wrong", RATE_PAIRS)
def test_rate_readings(consistency_rules, text, right, wrong):
    assert right in text
    assert consistency_codes(consistency_rules, text) == []
    assert consistency_codes(consistency_rules, text.replace(right, wrong, 1)) == ["LG101"]


@pytest.mark.parametrize("text", [
    # the cases received hold those still pending: a negated decision's rate over them is at least 97 / 1,210 = 8.0%
    # (the decisions are fewer), never exactly that
    "全年受理审查逮捕1,210人，不批捕97人，不批捕率8.5%。",
    "全年受理审查起诉2,980人，决定不起诉301人，不起诉率11.2%。",
    # a count holding a part of the same year (含…本年) is no earlier years' part: the whole solved over those filed
    "全年共立刑事案件6,850起；侦破刑事案件6,420起（含侦破现行案件5,210起），破案率93.7%。",
    # 预算执行率 read once, as spent over budgeted (LG101), never a completion too
    "全年部门预算安排8.6亿元，实际支出8.1亿元，预算执行率94.2%。",
])
def test_rate_near_misses_silent(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == []


# -- rates23: three readings rates22 lost on the stage — 综合纠错率 keeps the mediated cases its definition adds (a name
# stating no base drops no numerator for a base word: 调解和解结案), a count of those newly joined is no numerator of a
# stock rate (新参加, 新参保, 新纳入: claims.rates._NEWLY), a rate naming a kind of its deed's cases (命案破案率,
# 商事案件结案率) is not over counts that name no such kind (claims.rates.narrower_kind)
RATES23_PAIRS = [
    # (30 + 6 + 12 + 6 + 72) / 600 = 21.0%: the direct corrections and the cases settled by mediation
    ("全年审结行政复议案件600件，其中撤销30件、变更6件、确认违法12件、责令履行6件，调解和解结案72件，综合纠错率21.0%。",
     "21.0%", "30.0%"),
    # (40 + 44) / 400 = 21.0%
    ("审结行政复议案件400件，直接纠错40件，通过调解和解方式结案44件，综合纠错率21.0%。", "21.0%", "24.0%"),
    # those insured named by the verb alone, not newly: 29.1 / 30.0 = 97.0%
    ("全县应参保30.0万人，参加城乡居民医疗保险的29.1万人，参保率97.0%。", "97.0%", "95.0%"),
    # the kind the rate names, named by its counts too: 2,406 / 3,120 = 77.1%; 2,250 / 2,400 = 93.8%
    ("全县共立刑事案件3,120起，破获刑事案件2,406起，刑事案件破案率77.1%。", "77.1%", "79.1%"),
    ("全年受理民事案件2,400件，审结民事案件2,250件，民事案件结案率93.8%。", "93.8%", "90.2%"),
]


@pytest.mark.parametrize("text,right,wrong", RATES23_PAIRS)
def test_rates23_readings(consistency_rules, text, right, wrong):
    assert right in text
    assert consistency_codes(consistency_rules, text) == []
    assert consistency_codes(consistency_rules, text.replace(right, wrong, 1)) == ["LG101"]


@pytest.mark.parametrize("text", [
    # no mediated count stated: 综合纠错率 is not the direct corrections' ratio
    "全年审结行政复议案件400件，直接纠错40件，综合纠错率18.5%。",
    # those who joined this year are not all who are insured
    "全县应参保人数30.0万人，新参加城乡居民医疗保险的1.2万人，参保率97.0%。",
    "全市应参保25.0万人，当年新参保的0.8万人，参保率96.0%。",
    "全区应参保人数18.0万人，新纳入参保的0.9万人，参保率97.5%。",
    # a kind of case the counts do not name (all cases filed and solved; the homicides, eight kinds, commercial cases)
    "全县共立刑事案件3,120起，破案2,406起，命案破案率保持100%。",
    "全县共立刑事案件3,120起，破案2,406起，其中侦破现案1,980起，八类案件破案率95.0%。",
    "全年受理民事案件2,400件，审结2,250件，商事案件结案率90.2%。",
])
def test_rates23_near_misses_silent(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == []
