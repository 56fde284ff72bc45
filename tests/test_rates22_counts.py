"""rates22: rates, completions and executions read against the counts they are computed from.

* a rate's numerator named by the verb of the rate's own word with another complement (接通率 over 人工接听, 破案率 over
  破获), one such count only, its whole the count right before (or the count of the clause before when the part stands
  alone in a bracket after the rate);
* a rate named by a negated deed (不起诉率, 不批捕率) counts that deed negated, never the deed itself (审查起诉 is its
  whole, 提起公诉 the other outcome);
* a count of a clause opened by the plan (年度计划新建…1,200个) is the whole of what has been done of it (已建成…);
* a whole and its part stated in a bracket right after a qualified rate (及时答复率…（答复…，其中在规定时限内答复…）) are
  its operands exactly, not only a bound;
* completions: the plan restated after ；(为年度计划的N%；年度计划X), 预算执行率 (executed over the budget), the budget
  after a colon set against the actual (完成预算的N%：预算支出X，实际支出Y), a cap (为控制指标的N%), and the excess
  over a plan restated in a bracket (超出年度计划N（年度计划X）: achieved − plan);
* 防治率 over the area where the pest occurred (发生面积); a share framed by a whole (在…中) whose total is stated
  later under a shortened name; the rest of a whole after a part opened by 其中，;
* a share in words closing its clause (…的不足九成，) over the part among its whole in the clause after, the part's
  word abbreviating the share's predicate (达标 of 达到…标准);
* 服判息诉率 over the cases concluded less those appealed (上诉): at most that (claims.classes.OPPOSITE_OUTCOMES);
* a rate named by a population and the deed done for it (严重精神障碍患者规范管理率): the count named by the deed over the
  count named by the population alone (claims.rates.population_whole).

The wordings are the tests' own (police, hotlines, procuratorates, housing, forestry, budgets, statistics).
"""
import pytest

from conftest import consistency_codes, ledger_verdicts


PAIRS = [
    # (consistent, inconsistent, code) — the arithmetic in the comment
    # 1,401 / 3,640 = 38.49%
    ("全年共立盗窃案件3,640起，破案率为38.5%（破获1,401起）。",
     "全年共立盗窃案件3,640起，破案率为45.5%（破获1,401起）。", "LG101"),
    # 80.5 / 86.2 = 93.39%
    ("12345政务服务热线全年呼入86.2万个，人工接听80.5万个，接通率为93.4%。",
     "12345政务服务热线全年呼入86.2万个，人工接听80.5万个，接通率为88.4%。", "LG101"),
    # 5,148 / 5,200 = 99.0%
    ("全年110报警服务台呼入报警电话5,200个，接听5,148个，接通率99.0%。",
     "全年110报警服务台呼入报警电话5,200个，接听5,148个，接通率96.0%。", "LG101"),
    # 318 / 2,460 = 12.93%
    ("全年审查起诉各类犯罪嫌疑人2,460人，决定不起诉318人，不起诉率12.9%。",
     "全年审查起诉各类犯罪嫌疑人2,460人，决定不起诉318人，不起诉率18.9%。", "LG101"),
    # 180 / 1,875 = 9.6%: the rate first, its counts in the next sentence
    ("不起诉率为9.6%。全年审查起诉终结1,875人，依法决定不起诉180人。",
     "不起诉率为15.6%。全年审查起诉终结1,875人，依法决定不起诉180人。", "LG101"),
    # 1,164 / 1,200 = 97.0%
    ("年度计划新建通信基站1,200个，截至11月底已建成1,164个，建成率97.0%。",
     "年度计划新建通信基站1,200个，截至11月底已建成1,164个，建成率91.0%。", "LG101"),
    # 45 / 48 = 93.75%
    ("今年计划开工重点水利项目48个，目前已开工45个，开工率93.8%。",
     "今年计划开工重点水利项目48个，目前已开工45个，开工率98.8%。", "LG101"),
    # 304 / 320 = 95.0%
    ("年度任务改造农村危房320户，实际完工304户，完工率95.0%。",
     "年度任务改造农村危房320户，实际完工304户，完工率90.0%。", "LG101"),
    # 1,320 / 1,340 = 98.51%
    ("群众来信及时答复率98.5%（全年答复群众来信1,340件，其中在规定时限内答复1,320件）。",
     "群众来信及时答复率94.5%（全年答复群众来信1,340件，其中在规定时限内答复1,320件）。", "LG101"),
    # 2,160 / 2,250 = 96.0%
    ("不动产登记当场受理率为96.0%（全年受理登记申请2,250件，其中当场受理2,160件）。",
     "不动产登记当场受理率为92.0%（全年受理登记申请2,250件，其中当场受理2,160件）。", "LG101"),
    # 45.2 / 46.8 = 96.58%
    ("全市小麦条锈病发生面积46.8万亩。通过统防统治，全年完成防治面积45.2万亩，防治率96.6%。",
     "全市小麦条锈病发生面积46.8万亩。通过统防统治，全年完成防治面积45.2万亩，防治率90.6%。", "LG101"),
    # 1,380 / 3,000 = 46.0%
    ("在规模以上工业企业营业收入中，高新技术企业占到46.0%，达1,380亿元；全市规模以上企业营业收入3,000亿元。",
     "在规模以上工业企业营业收入中，高新技术企业占到52.0%，达1,380亿元；全市规模以上企业营业收入3,000亿元。", "LG101"),
    # 3.15 / 3 = 105.0%
    ("全年完成造林面积3.15万亩，为年度计划的105.0%；年度计划3万亩。",
     "全年完成造林面积3.15万亩，为年度计划的115.0%；年度计划3万亩。", "LG102"),
    # 4.62 / 4 = 115.5%
    ("全年引进外资4.62亿美元，为年度目标的115.5%；年度目标4亿美元。",
     "全年引进外资4.62亿美元，为年度目标的110.5%；年度目标4亿美元。", "LG102"),
    # 18.6 / 20 = 93.0% (预算执行率: a rate, spent over budgeted — main's reading, LG101 — not a completion too)
    ("政府性基金预算支出完成18.6亿元，预算数为20亿元，预算执行率为93.0%。",
     "政府性基金预算支出完成18.6亿元，预算数为20亿元，预算执行率为98.0%。", "LG101"),
    # 12.42 / 13.5 = 92.0%
    ("部门预算支出执行12.42亿元，年初预算13.5亿元，预算执行率92.0%。",
     "部门预算支出执行12.42亿元，年初预算13.5亿元，预算执行率97.0%。", "LG101"),
    # 40.21 / 41.80 = 96.20%
    ("全年社保基金支出完成预算的96.2%：预算支出41.80亿元，实际支出40.21亿元。",
     "全年社保基金支出完成预算的92.6%：预算支出41.80亿元，实际支出40.21亿元。", "LG102"),
    # 2,350 / 2,500 = 94.0%
    ("全年建设用地使用2,350亩，为省下达的2,500亩控制指标的94.0%。",
     "全年建设用地使用2,350亩，为省下达的2,500亩控制指标的98.0%。", "LG102"),
    # 12 / 16 = 75.0%
    ("全年火灾死亡12人，控制在市下达的16人控制指标以内，为控制指标的75.0%。",
     "全年火灾死亡12人，控制在市下达的16人控制指标以内，为控制指标的85.0%。", "LG102"),
    # a rate named by a population and the deed done for it: the count named by the deed over the count named by the
    # population alone, both in the next sentence — 3,140 / 3,398 = 92.4%
    ("辖区严重精神障碍患者规范管理率为92.4%。全年接受规范管理的患者3,140人，辖区在册严重精神障碍患者3,398人。",
     "辖区严重精神障碍患者规范管理率为96.4%。全年接受规范管理的患者3,140人，辖区在册严重精神障碍患者3,398人。", "LG101"),
    # 1.7 / 2.5 = 68.0%
    ("全县高血压患者规范管理率为68.0%。纳入规范管理的高血压患者1.7万人，全县登记在册高血压患者2.5万人。",
     "全县高血压患者规范管理率为72.0%。纳入规范管理的高血压患者1.7万人，全县登记在册高血压患者2.5万人。", "LG101"),
    # 2.79 / 3.0 = 93.0%
    ("全区0至6岁儿童健康管理率为93.0%。年内为辖区0至6岁儿童提供健康检查服务的共2.79万人，辖区0至6岁常住儿童3.0万人。",
     "全区0至6岁儿童健康管理率为88.0%。年内为辖区0至6岁儿童提供健康检查服务的共2.79万人，辖区0至6岁常住儿童3.0万人。", "LG101"),
    # 12 / 16 = 75.0%, the cap in a bracket after the completion
    ("全年火灾死亡12人，为控制指标的75.0%（控制指标16人）。",
     "全年火灾死亡12人，为控制指标的85.0%（控制指标16人）。", "LG102"),
    # 412 − 400 = 12, the plan restated in the next clause
    ("全年完成固定资产投资412亿元，超出年度计划12亿元，年度计划为400亿元。",
     "全年完成固定资产投资412亿元，超出年度计划22亿元，年度计划为400亿元。", "LG102"),
    # 156 − 120 = 36
    ("全年新建农村公路156公里，超出年度计划36公里（年度计划120公里）。",
     "全年新建农村公路156公里，超出年度计划46公里（年度计划120公里）。", "LG102"),
    # 5.8 − 5 = 0.8
    ("全年发放创业担保贷款5.8亿元，超额完成年度目标0.8亿元（年度目标5亿元）。",
     "全年发放创业担保贷款5.8亿元，超额完成年度目标1.8亿元（年度目标5亿元）。", "LG102"),
    # the rest of a whole after its part, the part opened by 其中， after a sentence holding a figure of another measure:
    # (2,950 − 640) / 2,950 = 78.3%
    ("全年办理不动产登记业务2,950件，收取登记费36万元。其中，窗口办理的640件，其余均通过网上办理，网上办理的业务占比78.3%。",
     "全年办理不动产登记业务2,950件，收取登记费36万元。其中，窗口办理的640件，其余均通过网上办理，网上办理的业务占比71.3%。",
     "LG101"),
    # a share in words closing its clause, its part among its whole in the clause after: 72 / 96 = 75.0% (more than
    # 七成, not more than 八成)
    ("全市养老机构达到二星级以上标准的超过七成，全市96家养老机构中达标的有72家。",
     "全市养老机构达到二星级以上标准的超过八成，全市96家养老机构中达标的有72家。", "LG101"),
    # 78 / 140 = 55.7%: under 六成, not under 五成
    ("全县中小学校配备专职心理教师的不足六成，全县140所学校中配备的有78所。",
     "全县中小学校配备专职心理教师的不足五成，全县140所学校中配备的有78所。", "LG101"),
    # 服判息诉率 is at most the cases not appealed over those concluded: (6,420 − 705) / 6,420 = 89.0%
    ("全年审结一审民商事案件6,420件，当事人上诉的705件，一审服判息诉率89.0%。",
     "全年审结一审民商事案件6,420件，当事人上诉的705件，一审服判息诉率92.0%。", "LG101"),
    # (3,260 − 277) / 3,260 = 91.5%, the rate first
    ("一审服判息诉率为91.5%。全年审结一审案件3,260件，其中当事人提出上诉277件。",
     "一审服判息诉率为95.5%。全年审结一审案件3,260件，其中当事人提出上诉277件。", "LG101"),
    # (1,150 − 98) / 1,150 = 91.5%
    ("全年审结一审刑事案件1,150件，被告人上诉98件，一审服判息诉率达91.5%。",
     "全年审结一审刑事案件1,150件，被告人上诉98件，一审服判息诉率达94.5%。", "LG101"),
]


@pytest.mark.parametrize("good,bad,code", PAIRS)
def test_pair(consistency_rules, good, bad, code):
    assert consistency_codes(consistency_rules, good) == []
    assert consistency_codes(consistency_rules, bad) == [code]


def test_verb_stem_numerator_is_the_evidence(consistency_rules):
    # the numerator shown is the count named by the rate's verb (破获), the base the count of the clause before
    bad = "全年共立盗窃案件3,640起，破案率为45.5%（破获1,401起）。"
    assert ledger_verdicts(consistency_rules, bad, "45.5%") == [False]
    from lintgov.engine import lint_text
    f = [f for f in lint_text(bad + "\n", consistency_rules) if f.code == "LG101"][0]
    assert f.evidence["numerator"] == 1401 and f.evidence["denominator"] == 3640


TRAPS = [
    # one count only: nothing to compute
    "热线全年接听来电80.5万个，接通率为93.4%。",
    # the counts are of another year than the rate
    "2023年全市热线呼入80万个，人工接听72万个。2024年接通率为95.0%。",
    # 接到来电 names its own object (来电): the whole, not a second numerator — 80.5 / 86.2 = 93.4%
    "热线接到来电86.2万个，人工接听80.5万个，接通率为93.4%。",
    # 通上自来水 names another thing than 通气率 counts (its own object after the verb): no numerator
    "全镇农户2,600户，其中通上自来水的2,210户，通气率95.0%。",
    # two counts of 破获 (current cases and carried-over ones): the rate's numerator is not stated alone
    "全年立刑事案件2,986起，破获现行案件1,845起，另破获积案326起，破案率61.8%。",
    # 不起诉率 is not 提起公诉 over 审查起诉 (the other outcome: (2,460 − 2,142) / 2,460 = 12.9%)
    "全年审查起诉2,460人，提起公诉2,142人，不起诉率12.9%。",
    # a rate with a qualifier over the unqualified action, outside a bracket: only a bound (1,560 / 1,600 = 97.5%)
    "全年办结信访事项1,600件，按期办结1,560件，按期办结率93.5%。",
    # 防治率 is over the area where the pest occurred, not over the area sown
    "全县粮食播种面积158万亩，完成病虫害防治面积45.2万亩，防治率96.6%。",
    # the excess over a plan not restated: 400套 is read as the plan itself (2,400 ≥ 400)
    "全年筹集公租房房源2,400套，超出年度计划400套。",
    # the plan of another thing after ；: not the plan of the completion
    "全年税收收入完成342.7亿元，为年度计划的103.6%；非税收入计划50亿元，完成52亿元。",
    # 破案率 is over the cases filed, never over the incidents reported (1,845 / 4,217 = 43.8%)
    "全年接报刑事警情4,217起，破案率为61.8%（破获1,845起）。",
    # cases carried over: the rate may be over the year's new cases (432 / 454 = 95.2%) or all (432 / 486 = 88.9%)
    "全年新收行政复议案件454件，旧存32件，审结432件，结案率95.2%。",
    # 受理率 after the count not accepted: (412 − 37) / 412 = 91.0%
    "全年收到行政复议申请412件，不予受理37件，受理率91.0%。",
    # 出庭应诉率 is over the cases requiring the head's appearance, not all cases concluded (186 / 217 = 85.7%)
    "全年共审结一审行政案件217件。负责人出庭应诉186件，出庭应诉率为100%。",
    # a rate of a subset (网上信访) whose own counts are not stated
    "全年办结信访事项2,340件，其中网上信访1,120件，网上信访按期办结率98.5%。",
    # the counts are last year's, the rate this year's
    "2023年受理案件1,200件，办结1,150件；2024年办结率为97.2%。",
    # approximate counts: 1.15万 / 1.2万 lies in 95.4%–96.3%
    "全年受理群众诉求约1.2万件，办结1.15万件，办结率95.8%。",
    # a part of the numerator after 其中 (跨区域案件破获54起) is no numerator of its own: 286 / 312 = 91.7%
    "全年立案侦查经济犯罪案件312起，破获286起，其中跨区域案件破获54起，破案率91.7%。",
    # the part's word (达标) is not the share's predicate (通过验收): another part
    "全区学校通过验收的不足八成，63所学校中达标的有54所。",
    # a part still under way is not the part the share counts
    "全区义务教育学校达到省定办学标准的不足九成，全区63所学校中正在改造的有9所。",
    # below the cases not appealed: a retrial requested or a petition filed ends a case otherwise too (at most 91.5%)
    "全年审结一审案件3,260件，当事人上诉277件，服判息诉率89.8%。",
    # no count named by the deed: a part of the population (糖尿病合并患者) is no numerator
    "全县高血压患者规范管理率为68.0%。全县登记在册高血压患者2.5万人，其中糖尿病合并患者0.4万人。",
    # the deed's count is last year's
    "全县高血压患者规范管理率为68.0%。2023年纳入规范管理的高血压患者1.6万人，全县登记在册高血压患者2.5万人。",
    # 预算收入 that is not set against an actual figure after a colon is revenue, not a budget
    "全年一般公共预算收入完成年度预算的102.3%，一般公共预算收入58.6亿元。",
]


@pytest.mark.parametrize("text", TRAPS)
def test_trap_stays_silent(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == []
