"""twice19 (issue 10): one metric stated twice in one report in other words (LG210).  A statement restated in the
overview and in a section may change its words — a figure in 万 and in units, a rate in Chinese numerals, the name's
words reordered or shortened (农民 / 农村居民, 粮食总产量 / 粮食产量, 注册志愿者 / 注册志愿者人数), an excerpt eliding the
text between (。……) — and is still one statement whose values must meet.  Each reading is tested with the wrong
statement flagged and the consistent one silent, in wordings of several offices (a 法治 report, a statistics
communiqué, a work report, a 街道 summary), and near misses that stay silent: another scope, another period, a part and
its whole with similar names, a plan and its result, a stock and a flow."""
import pytest

from conftest import consistency_codes
from lintgov.claims.metric import restated_identity


def _pair(rules, text, right, wrong):
    assert right in text
    return consistency_codes(rules, text), consistency_codes(rules, text.replace(right, wrong, 1))


def test_identity_folds_the_other_names_of_one_metric():
    # the words in any order, 人数/总数 dropped, 农民 for 农村居民 before 人均, 总 before 产量/产值
    assert restated_identity("住房公积金个人贷款") == restated_identity("个人住房公积金贷款")
    assert restated_identity("注册志愿者人数") == restated_identity("注册志愿者")
    assert restated_identity("农民人均可支配收入") == restated_identity("农村居民人均可支配收入")
    assert restated_identity("油料总产量") == restated_identity("油料产量")
    # …and never another metric: the whole and its part, a town's residents and the country's, a flow and a stock
    assert restated_identity("居民人均可支配收入") != restated_identity("农村居民人均可支配收入")
    assert restated_identity("城镇居民人均可支配收入") != restated_identity("农村居民人均可支配收入")
    assert restated_identity("新增注册志愿者") != restated_identity("注册志愿者")
    assert restated_identity("农民专业合作社") == restated_identity("农民专业合作社")
    assert restated_identity("农民专业合作社") != restated_identity("农村居民专业合作社")


@pytest.mark.parametrize("text,right,wrong", [
    # 街道 summary: a count in units, restated in 万 with 达 (the value reached) in an excerpt (。……)
    ("年末辖区登记在册志愿者52,308人，志愿服务时长突破百万小时。……志愿服务品牌不断擦亮，辖区登记在册志愿者人数达5.2万人。",
     "52,308人", "58,308人"),
    # statistics communiqué: 农民人均可支配收入 in the overview, 农村居民人均可支配收入 in the section, 万元 and 元
    ("全年农民人均可支配收入达到1.86万元。\n\n四、人民生活\n\n全县农村居民人均可支配收入18,620元，增长6.8%。",
     "18,620元", "19,620元"),
    # work report: 粮食总产量 and 粮食产量, 万吨 and 吨
    ("全年粮食总产量达到6.45万吨。\n\n农业生产稳定，全年粮食产量64,530吨，连续三年增产。", "64,530吨", "68,530吨"),
])
def test_one_metric_in_other_words(consistency_rules, text, right, wrong):
    good, bad = _pair(consistency_rules, text, right, wrong)
    assert good == [] and "LG210" in bad


def test_chinese_numerals_restate_a_rate(consistency_rules):
    # 法治 report: a rate in Arabic digits in the overview, in Chinese numerals in the section
    text = ("全年行政复议案件综合纠错率为14.2%。\n\n（三）行政复议\n\n全年行政复议案件综合纠错率为百分之十四点二，"
            "倒逼依法行政。")
    good, bad = _pair(consistency_rules, text, "14.2%", "17.2%")
    assert good == [] and "LG210" in bad


def test_a_finding_shows_both_values_as_compared(consistency_rules):
    text = "年末辖区登记在册志愿者58,308人。……志愿服务品牌不断擦亮，辖区登记在册志愿者人数达5.2万人。\n"
    found = [f for f in _findings(consistency_rules, text) if f.code == "LG210"]
    assert len(found) == 1
    ev = found[0].evidence
    # both in units (万 converted): 58,308 exact; 5.2万 as printed, 51,500–52,500
    assert sorted((tuple(ev["first"]), tuple(ev["second"]))) == [(51500.0, 52500.0), (58308.0, 58308.0)]
    assert ev["formula"] == "A = A'"


def _findings(rules, text):
    from lintgov.engine import lint_text
    return lint_text(text, rules)


def test_the_level_a_span_reaches_in_the_year_reviewed(consistency_rules):
    # work report: 五年来 opens the sentence, but the figure's own clause names the year reviewed
    text = ("某市2025年政府工作报告\n一、2025年工作回顾\n过去一年，全市地区生产总值达到2,318.6亿元，增长5.6%。\n"
            "五年来，我们推动经济总量连跨两个台阶，2025年地区生产总值达到2,318.6亿元。\n二、2026年工作安排\n"
            "全市地区生产总值增长5%左右。\n")
    good, bad = _pair(consistency_rules, text, "2,318.6亿元", "2,381.6亿元")
    assert good == [] and "LG210" in bad


@pytest.mark.parametrize("text", [
    # another scope: the whole county's and the county seat's (城区) figure
    "全年全县注册志愿者42,150人。\n\n城区注册志愿者人数达2.6万人。",
    # another period: the first half against the year
    "全年农民人均可支配收入达到1.86万元。\n\n上半年农村居民人均可支配收入9,730元，增长7.0%。",
    # a part and its whole with similar names: rural residents and all residents
    "全年居民人均可支配收入达到2.61万元。\n\n四、人民生活\n\n全县农村居民人均可支配收入18,620元，增长6.8%。",
    # a part and its whole: summer grain and grain
    "全年粮食总产量达到6.45万吨。\n\n农业生产稳定，全年夏粮产量21,460吨。",
    # a plan and its result: the target of the year and the level reached
    "全年粮食总产量达到6.45万吨。\n\n全年粮食产量目标为6.2万吨，超额完成。",
    # a stock and a flow: the registered volunteers at the year's end and those newly registered
    "年末辖区登记在册志愿者52,308人。……全年新增登记在册志愿者6,120人。",
    # per head in one clause, the total in another sentence: not one metric
    "全年城镇居民人均可支配收入5.12万元，农村居民2.41万元。\n\n全年农村居民可支配收入总额38.6亿元。",
    # one paragraph, no elision between: more likely two things than one
    "全年粮食总产量达到6.45万吨，其中稻谷产量3.1万吨，全年粮食产量较上年增加0.2万吨。",
    # the value restated within its rounding: 5.2万 is 51,500–52,500
    "年末辖区登记在册志愿者52,308人。……志愿服务品牌不断擦亮，辖区登记在册志愿者人数达5.2万人。",
])
def test_consistent_near_misses_stay_silent(consistency_rules, text):
    assert "LG210" not in consistency_codes(consistency_rules, text)


def test_three_statements_whose_values_split_are_not_reported(consistency_rules):
    text = ("全年粮食总产量达到6.45万吨。\n\n农业生产稳定，全年粮食产量64,530吨。\n\n"
            "（二）农业农村\n全年粮食产量达到7.1万吨。\n\n全年粮食总产量达到5.9万吨。")
    assert "LG210" not in consistency_codes(consistency_rules, text)
