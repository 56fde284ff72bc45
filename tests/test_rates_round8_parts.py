"""The grammar parts of the rates engineer's round 8 (2026-12-05), each with phrasings of its own beside the fresh set
(``tests/rates_round8_set.py``), numbers and names made up; those marked "after corpus/full" copy the shape of a real
sentence read there, reworded:

- a rate named by its negation (不合格率, 不满意率) is checked as 100% less the rate of what did happen, through every
  reading that rate has (its own count, the whole less the negated count);
- a negated count with a qualifier between the negation and the verb (未按期办结, 未及时办结) is the complement of the
  qualified rate's numerator, never its numerator;
- a negated count after a 其中 part may be of the whole before the part: both wholes are readings;
- a count of the things not done right after the count of the things (N项…仅有M项未完成, N户中尚有M户未完成改造,
  M处尚未整改) gives the rate (N − M) ÷ N; so do the counts of a rate in the next sentence;
- 占全县1,420个行政村的 (a whole with its scope and name inside 占…的), 立案 as the whole of 结案率/办结率, a share's
  subject with a head noun (事项, 案件) the part after 其中 leaves out, a coverage rate closing its sentence with 共有
  N个…已有M个 in the next, a clause opened by the plan (计划新建…N公里，实际建成M公里，完成率), and a whole made of a
  list's items right before the numerator (建议A件、提案B件，按期办复C件);
- 审结率 over 受理 (listed 受理N件、审结M件 or in a bracket), a rate's word abbreviating its part's words (通气率 of
  已有224个村通天然气, 改厕率 of 改造卫生厕所), a bounded share in digits opening its sentence (90%以上的村…，全镇46个村中有
  43个), a fraction in a bracket after the rate (（62/500）);
- an excess over a plan stated before it (年度计划造林2万亩，全年完成2.3万亩，超额完成15%; 较年度目标8,000人多出7.5%),
  the part of a share in words after 共有 (…的已过半，共有236个);
- a year's total over its working days (全年…1.8万人次，平均每个工作日接待72人次: 240–252 days, LG208);
- an average per unit (人均, 户均, 日均, 平均每个社区, 平均每家) is a total of its measure over a count of its units
  stated before it in its sentence (``lintgov.claims.ratios.per_unit``)."""
import pytest

from fresh_set import codes

# (consistent, wrong) pairs
PAIRS = [
    # -- a rate named by its negation ----------------------------------------------------------------------------------
    ("全年抽检农产品3,260批次，检出不合格65批次，不合格率2.0%。",
     "全年抽检农产品3,260批次，检出不合格65批次，不合格率3.0%。"),
    ("全市共抽检工业产品520批次，合格501批次，不合格率3.7%。",
     "全市共抽检工业产品520批次，合格501批次，不合格率6.5%。"),
    ("收回有效问卷1,200份，不满意的36份，不满意率3.0%。",
     "收回有效问卷1,200份，不满意的36份，不满意率4.0%。"),
    ("不合格率为2.5%（抽检800批次，不合格20批次）。",
     "不合格率为1.5%（抽检800批次，不合格20批次）。"),
    ("抽检药品2,400批次，不合格48批次，不合格率低于3%。",
     "抽检药品2,400批次，不合格48批次，不合格率低于1%。"),
    # -- a negated count with a qualifier -------------------------------------------------------------------------------
    ("共受理群众来信1,560件，未按时办结的18件，按时办结率98.8%。",
     "共受理群众来信1,560件，未按时办结的18件，按时办结率99.8%。"),
    ("办理行政许可事项4,200件，其中未及时办结35件，及时办结率99.2%。",
     "办理行政许可事项4,200件，其中未及时办结35件，及时办结率96.2%。"),
    # -- the whole before a 其中 part --------------------------------------------------------------------------------------
    ("抽查餐饮单位1,500家，其中学校食堂320家，检查不合格45家，合格率97.0%。",
     "抽查餐饮单位1,500家，其中学校食堂320家，检查不合格45家，合格率92.0%。"),
    # -- the things not done right after the things ----------------------------------------------------------------------
    ("全年确定的56项民生实事仅有2项未完成，完成率96.4%。",
     "全年确定的56项民生实事仅有2项未完成，完成率98.0%。"),
    ("全区1,286户危房中，尚有38户未完成改造，改造率97.0%。",
     "全区1,286户危房中，尚有38户未完成改造，改造率99.0%。"),
    ("排查出的612处隐患中有15处尚未整改，整改率97.5%。",
     "排查出的612处隐患中有15处尚未整改，整改率99.5%。"),
    # after corpus/full (a district's list of key tasks, some not done in time)
    ("120项区级重点工作尚有6项未按期完成，按期完成率95.0%。",
     "120项区级重点工作尚有6项未按期完成，按期完成率97.5%。"),
    ("全年受理率为94.9%。共收到申请820件，不予受理的42件。",
     "全年受理率为99.0%。共收到申请820件，不予受理的42件。"),
        # -- the whole inside 占…的 with its scope and name ------------------------------------------------------------------
    ("全区已有86个社区建成长者食堂，占全区92个社区的93.5%。",
     "全区已有86个社区建成长者食堂，占全区92个社区的83.5%。"),
    ("全县已有1,020所学校接入教育专网，占全县1,080所学校的94.4%。",
     "全县已有1,020所学校接入教育专网，占全县1,080所学校的84.4%。"),
    # -- 结案率/办结率 over the cases opened (立案) ---------------------------------------------------------------------------
    ("全年立案调查违法行为412起，办结398起，办结率96.6%。",
     "全年立案调查违法行为412起，办结398起，办结率92.6%。"),
    ("共立案查处食品安全案件260件，已结案247件，结案率95.0%。",
     "共立案查处食品安全案件260件，已结案247件，结案率98.0%。"),
    # -- a share naming its subject with a head noun the part after 其中 leaves out ------------------------------------
    ("网上办理事项占比超过九成，全年办理政务服务事项3.6万件，其中网上办理3.32万件。",
     "网上办理事项占比超过九成，全年办理政务服务事项3.6万件，其中网上办理3.12万件。"),
    ("调解结案案件占比超过六成，全年审结民事案件2,400件，其中调解结案1,510件。",
     "调解结案案件占比超过六成，全年审结民事案件2,400件，其中调解结案1,210件。"),
    # -- a coverage rate closing its sentence, the whole and what reached it in the next --------------------------------
    ("农村卫生室标准化覆盖率超过90%。全县共有村卫生室226个，已有210个完成标准化建设。",
     "农村卫生室标准化覆盖率超过90%。全县共有村卫生室226个，已有196个完成标准化建设。"),
    # -- 完成率 after a clause opened by the plan and the actual figure ----------------------------------------------------
    ("计划新建农村公路120公里，实际建成132公里，完成率110%。",
     "计划新建农村公路120公里，实际建成132公里，完成率101%。"),
    ("年度计划改造老旧小区46个，实际完成50个，完成率108.7%。",
     "年度计划改造老旧小区46个，实际完成50个，完成率118.7%。"),
    # -- a whole made of the items of a list right before the numerator -------------------------------------------------
    ("办理人大代表建议215件、政协提案186件，按期办复395件，按期办复率98.5%。",
     "办理人大代表建议215件、政协提案186件，按期办复395件，按期办复率92.5%。"),
    ("受理行政复议申请120件、行政诉讼案件86件，办结198件，办结率96.1%。",
     "受理行政复议申请120件、行政诉讼案件86件，办结198件，办结率91.1%。"),
    # -- 审结率 over what was accepted (受理), the two stages listed or the whole in a bracket -------------------------
    ("全年行政复议案件受理326件、审结298件，审结率91.4%。",
     "全年行政复议案件受理326件、审结298件，审结率81.4%。"),
    ("全年审结行政复议案件298件，审结率91.4%（受理326件）。",
     "全年审结行政复议案件298件，审结率81.4%（受理326件）。"),
    ("受理劳动人事争议案件1,240件、审结1,180件，审结率95.2%。",
     "受理劳动人事争议案件1,240件、审结1,180件，审结率92.5%。"),
    # -- a rate's word abbreviating what its part did, among a whole closed by 中 -----------------------------------------
    ("在全县236个行政村中，已有224个村通天然气，通气率94.9%。",
     "在全县236个行政村中，已有224个村通天然气，通气率97.9%。"),
    ("在全县1,200户农户中，已有1,104户改造卫生厕所，改厕率92.0%。",
     "在全县1,200户农户中，已有1,104户改造卫生厕所，改厕率96.0%。"),
    # -- a bounded share in digits opening its sentence (90%以上的村) -------------------------------------------------------
    ("90%以上的村建成文化广场，全镇46个村中有43个建成。",
     "90%以上的村建成文化广场，全镇46个村中有38个建成。"),
    ("超过95%的政务服务事项实现网上办理，全区1,860项事项中有1,790项可网上办理。",
     "超过95%的政务服务事项实现网上办理，全区1,860项事项中有1,690项可网上办理。"),
    # -- a fraction written in a bracket after the rate ----------------------------------------------------------------
    ("行政复议纠错率为12.4%（62/500）。",
     "行政复议纠错率为14.4%（62/500）。"),
    ("按期办结率98.5%（197件/200件）。",
     "按期办结率96.5%（197件/200件）。"),
    # -- an excess over a plan stated before: 超额完成N% opening its clause, 较年度目标N人多出M% ---------------------------
    ("年度计划造林2万亩，全年完成2.3万亩，超额完成15%。",
     "年度计划造林2万亩，全年完成2.3万亩，超额完成25%。"),
    ("全年新增就业8,600人，较年度目标8,000人多出7.5%。",
     "全年新增就业8,600人，较年度目标8,000人多出17.5%。"),
    ("计划改造燃气管道120公里，实际完成138公里，超额完成15%。",
     "计划改造燃气管道120公里，实际完成138公里，超额完成25%。"),
    # -- a share in words with its part after 共有 -------------------------------------------------------------------------
    ("全区412个小区中，实行垃圾分类的已过半，共有236个。",
     "全区412个小区中，实行垃圾分类的已过半，共有196个。"),
    # -- averages per unit ------------------------------------------------------------------------------------------------
    ("全年发放助学金1,860万元，资助学生6,200人，人均3,000元。",
     "全年发放助学金1,860万元，资助学生6,200人，人均4,000元。"),
    ("为2,450户困难家庭发放临时救助金735万元，户均3,000元。",
     "为2,450户困难家庭发放临时救助金735万元，户均5,000元。"),
    ("全区38个社区共投入微实事资金2,280万元，平均每个社区60万元。",
     "全区38个社区共投入微实事资金2,280万元，平均每个社区80万元。"),
    ("五一假期5天全区接待游客62.5万人次，日均12.5万人次。",
     "五一假期5天全区接待游客62.5万人次，日均15.5万人次。"),
    ("全年举办技能培训2,160人次，平均每期90人次，共举办24期。",
     "全年举办技能培训2,160人次，平均每期120人次，共举办24期。"),
    # -- a year's total over its working days (平均每个工作日, 每个工作日平均) ------------------------------------------------
    ("全年累计接待群众来访1.8万人次，平均每个工作日接待72人次。",
     "全年累计接待群众来访1.8万人次，平均每个工作日接待92人次。"),
    ("全年办理不动产登记业务6.2万件，每个工作日平均办理250件。",
     "全年办理不动产登记业务6.2万件，每个工作日平均办理350件。"),
    # after corpus/full (a loan or subsidy programme for firms, with its mean per firm)
    ("向860家企业发放稳岗返还资金4,300万元，平均每家5万元。",
     "向860家企业发放稳岗返还资金4,300万元，平均每家8万元。"),
    ("扶持创业1,200人，人均贷款30万元，共发放创业担保贷款3.6亿元。",
     "扶持创业1,200人，人均贷款40万元，共发放创业担保贷款3.6亿元。"),
]

TRAPS = [
    # after corpus/full (firms registered per working day, no total of the year stated)
    "平均每个工作日新注册企业1,476户、增长12%。",
    "全年接待游客1,241万人次，国庆假期平均每个工作日接待游客12万人次。",
    "全年完成投资58亿元，超额完成16%。",
    "全年新增就业8,600人，超额完成年度目标，比上年多出7.5%。",
    "全年收到行政复议申请350件，受理326件，审结298件，审结率为85.1%。",
    "在全县236个行政村中，已有224个村建立村规民约，建档率97.9%。",
    "95%以上的企业实现扭亏为盈，全市规上企业1,200家。",
    "80%以上的资金用于民生。全年财政支出120亿元。",
    "办结率98.5%（2023年为97.2%）。",
    "惠及群众5万人，人均发放6,000元，带动消费2亿元。",
    "全县低保对象3,200人，人均每月补助680元，全年发放低保金2,611万元。",
    "全市出口企业1,308家，占全省14,200家出口企业的9.2%。",
    "网上办理事项占比超过九成，全年办理政务服务事项3.6万件，其中企业办理1.2万件。",
    "办理人大代表建议215件、政协提案186件，按期办复率100%。",
    # after corpus/full (stages of urban renewal before a 完成率 of another figure)
    "新增城市更新单元计划立项6个、规划批复8个，完成“三旧”改造28万平方米，完成率达106%。",
    "卫生室覆盖率超过90%。全县共有村卫生室226个，新建村卫生室12个。",
    "计划新建农村公路120公里，完成率110%。",
    "全年抽检食品1,000批次，不合格率同比下降0.5个百分点。",
    "抽检样品1,000批次，不合格率为2.1%。",
    "抽检1,200批次，不合格产品处置率达到100%。",
    "抽检3,000批次，不合格45批次，合格率98.5%。",
    "抽检食品2,000批次，其中农产品800批次，检出不合格12批次，合格率99.4%。",
    "全县98个村中有3个未通天然气，比上年减少5个。",
    "全市88个项目中有6个未开工，投资完成率105%。",
    "全年审结案件300件，未上诉的240件，服判息诉率80.0%。",
    "全年收到信访事项840件，未按期办结的仅6件，按期办结率超过99%。",
    "收到申请300件，不予受理12件，受理率90.0%。",     # 转送/告知 are refusals too: at most 96.0%
    # after corpus/full (a standard per community, no total)
    "按平均每个社区200万元的标准安排社区服务资金。",
    "城镇居民人均可支配收入6.2万元，全区常住人口120万人。",
    "全年培训2,160人，平均每期90人，共举办24期。",
    "全年发放救助金1.2亿元，救助1.25万人，人均每月发放800元。",
    "帮扶脱贫户3.6万人，人均增收1,200元。",
    # after corpus/full (a subsidy standard raised to a level per person; a productivity from one level to another)
    "全年补助资金3.4亿元，参保群众48万人，财政补助标准提高到人均680元。",
    "全区从业人员6,000人，增加值5.2亿元，全员劳动生产率从人均8.7万元提高到12万元。",
    "全年培训2,160人次，平均每期90人次，其中第一期24人次。",
    "全年发放低保金2.16亿元，保障对象3.6万人，其中重点对象1.2万人，人均发放6,000元。",
]


@pytest.mark.parametrize("good,bad", PAIRS, ids=[f"pair{i}" for i in range(len(PAIRS))])
def test_pair(good, bad):
    assert codes(good) == []
    assert codes(bad) != []


@pytest.mark.parametrize("text", TRAPS, ids=[f"trap{i}" for i in range(len(TRAPS))])
def test_trap_is_silent(text):
    assert codes(text) == []


def test_negated_rate_shows_both_figures():
    from fresh_set import REG, RULES
    from lintgov.engine import lint_text
    f = [x for x in lint_text("全年抽检农产品3,260批次，检出不合格65批次，不合格率3.0%。\n", RULES, registry=REG)
         if x.code == "LG101"]
    assert len(f) == 1
    msg = f[0].message() if callable(f[0].message) else f[0].message
    assert "合格率97.0%（100%−不合格率3.0%）" in msg and "3,260" in msg


def test_per_unit_reading_is_in_the_evidence():
    from fresh_set import REG, RULES
    from lintgov.engine import lint_text
    f = [x for x in lint_text("为2,450户困难家庭发放临时救助金735万元，户均5,000元。\n", RULES, registry=REG)
         if x.code == "LG108"]
    assert len(f) == 1
    assert f[0].evidence["formula"] == "735万元÷2,450户"
    lo, hi = f[0].evidence["recomputed_interval"]
    assert lo <= 3000 <= hi
