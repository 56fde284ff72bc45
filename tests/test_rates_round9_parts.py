"""The parts the rates engineer added in session 6 (2026-12-05), each tested with phrasings of my own (numbers and
names made up; the shapes marked "after corpus/full" are modelled on a real sentence read there, reworded) and silent
traps.  The fresh set these parts were measured on is ``tests/rates_round9_set.py``.

- a share in tenths or a bound (近九成, 过半, 超过六成, 不足一成) whose part stands after the share's own predicate, opening
  the next clause with 共/共有/仅 or in a bracket closing the share's clause, and whose whole is counted before it
  (N…中, 共N) or after it (共受理N件) — ``lintgov.claims.rates.cheng_pairs``; a share naming the things of the whole right
  after it without 的 (逾八成企业…，全区N户企业中有M户);
- a rate of those due to act: the base named 应V (应参保人数, 应到代表, 应出庭), the numerator 实V / 实际V, V the verb of the
  rate's name or 到 for a rate of presence (出席率) — ``lintgov.claims.rates.due_and_actual``; 资产负债率 = 负债 ÷ 资产;
- a level said to exceed a target (超过/超出/高于 + 目标/计划/任务 and the target's figure; 优于/好于 only for a rate's
  percentage target): the level is at least the figure, whether it is the target or the excess over it (LG102);
- an average per unit whose count names the unit after a modifier (126个老旧小区 for 平均每个小区), 户均 over a count in 家,
  and an average stated first with its units and total in one clause after it (LG108); a mean per period of counts is a
  quotient printed rounded (平均每月2次 is 1.5–2.5; LG208);
- a bounded share in digits naming its subject with 的 (进度滞后的不足5%，仅3所; 已整改的超过95%，共整改520处) after a whole
  the clause before closes with 中 (LG101);
- a mean per day or month of the total of a part of the year (一季度, 上半年, 前三季度, 一至五月) over that part's days or
  months (LG208; main divided it by 365 days: 2023年一季度…9万件，日均1,000件 was flagged);
- bands of one scale named in words (按学历分，本科及以上…，大专…，高中及以下…) are classes whose shares add up to at most
  100% (LG107)."""
import pytest

from fresh_set import codes

# (consistent, wrong) pairs
PAIRS = [
    # -- a bounded share with its part after its predicate ------------------------------------------------------------
    ("全区参加评议的312个窗口单位中，超过八成获评满意，共有268个。",
     "全区参加评议的312个窗口单位中，超过八成获评满意，共有228个。"),
    ("全年办理的1,450件行政许可中，近七成实现即办，共计1,003件。",
     "全年办理的1,450件行政许可中，近七成实现即办，共计803件。"),
    ("收到的96件意见建议中，过半得到采纳，共采纳55件。",
     "收到的96件意见建议中，过半得到采纳，共采纳41件。"),
    ("近八成的矛盾纠纷在村（社区）一级化解（就地化解1,530件，共排查1,940件）。",
     "近八成的矛盾纠纷在村（社区）一级化解（就地化解1,230件，共排查1,940件）。"),
    # after corpus/full (新生17.2万人中，非户籍人口子女占68%)
    ("全区义务教育新生4.6万人中，随迁子女超过六成，共有2.9万人。",
     "全区义务教育新生4.6万人中，随迁子女超过六成，共有2.5万人。"),
    # after corpus/full (36个工业大类行业中，15个大类行业增加值实现增长)
    ("38个工业行业大类中，过半实现增长，共有21个。",
     "38个工业行业大类中，过半实现增长，共有17个。"),
    ("逾九成行政村建成文化服务中心，全县236个行政村中有218个建成。",
     "逾九成行政村建成文化服务中心，全县236个行政村中有198个建成。"),
    # a bounded share in digits naming its subject with 的, among the whole the clause before closes with 中
    ("在排查的540处风险点中，已整改的超过95%，共整改520处。",
     "在排查的540处风险点中，已整改的超过95%，共整改500处。"),
    ("全市在建的64所学校中，进度滞后的不足5%，仅3所。",
     "全市在建的64所学校中，进度滞后的不足5%，仅8所。"),
    ("全年审结的420件案件中，调解撤诉的超过30%，共有138件。",
     "全年审结的420件案件中，调解撤诉的超过30%，共有108件。"),
    ("1,250家规上工业企业中，开展研发活动的达到60%以上，共有790家。",
     "1,250家规上工业企业中，开展研发活动的达到60%以上，共有690家。"),
    ("参加培训的860名执法人员中，考核优秀的不到20%，仅有150名。",
     "参加培训的860名执法人员中，考核优秀的不到20%，仅有190名。"),
    # -- those due to act and those who did ----------------------------------------------------------------------------
    ("城乡居民医保参保率为97.2%，应参保人数86.4万人，实际参保84.0万人。",
     "城乡居民医保参保率为99.2%，应参保人数86.4万人，实际参保84.0万人。"),
    ("应到委员180人，实到171人，出席率95.0%。",
     "应到委员180人，实到171人，出席率98.0%。"),
    ("区人大常委会会议应到组成人员35人，实到33人，到会率94.3%。",
     "区人大常委会会议应到组成人员35人，实到33人，到会率98.3%。"),
    ("出庭应诉率为92.6%，应出庭案件54件，负责人实际出庭50件。",
     "出庭应诉率为96.6%，应出庭案件54件，负责人实际出庭50件。"),
    ("职工基本养老保险应参保企业2,400家，实际参保2,352家，参保率98.0%。",
     "职工基本养老保险应参保企业2,400家，实际参保2,352家，参保率93.0%。"),
    ("市属国有企业资产总额2,360亿元，负债总额1,420亿元，资产负债率60.2%。",
     "市属国有企业资产总额2,360亿元，负债总额1,420亿元，资产负债率66.2%。"),
    ("区属国有企业资产负债率为48.5%，资产总额820亿元，负债总额398亿元。",
     "区属国有企业资产负债率为45.5%，资产总额820亿元，负债总额398亿元。"),
    # -- a level said to exceed a target -------------------------------------------------------------------------------
    ("全年新增城镇就业1.36万人，超过年度目标1.2万人。",
     "全年新增城镇就业1.06万人，超过年度目标1.2万人。"),
    ("全年完成交通投资86亿元，超出年度计划80亿元。",
     "全年完成交通投资76亿元，超出年度计划80亿元。"),
    ("地区生产总值增长6.4%，高于年初确定的6%的预期目标。",
     "地区生产总值增长5.4%，高于年初确定的6%的预期目标。"),
    ("城市生活垃圾回收利用率达到42.6%，优于省定40%的目标。",
     "城市生活垃圾回收利用率达到38.6%，优于省定40%的目标。"),
    # after corpus/full (拆除消化违建518.6万平方米，超出市下达任务50万平方米)
    ("拆除整治违法建筑62.5万平方米，超出市下达任务58万平方米。",
     "拆除整治违法建筑52.5万平方米，超出市下达任务58万平方米。"),
    # -- averages per unit and per period ------------------------------------------------------------------------------
    ("全区54个老旧小区完成加装电梯，平均每个小区投入120万元，总投资6,480万元。",
     "全区54个老旧小区完成加装电梯，平均每个小区投入150万元，总投资6,480万元。"),
    ("平均每个村补助15万元，全镇28个村共获得补助资金420万元。",
     "平均每个村补助18万元，全镇28个村共获得补助资金420万元。"),
    ("平均每个社区配备社工4名，全街道18个社区共配备社工72名。",
     "平均每个社区配备社工6名，全街道18个社区共配备社工72名。"),
    ("为450家小微企业发放纾困资金1.35亿元，户均30万元。",
     "为450家小微企业发放纾困资金1.35亿元，户均40万元。"),
    # after corpus/full (平均每个工作日新注册企业1476户)
    ("帮助286家企业解决用工需求1.43万人，户均50人。",
     "帮助286家企业解决用工需求1.43万人，户均80人。"),
    ("全年召开区政府常务会议24次，平均每月2次。",
     "全年召开区政府常务会议24次，平均每月3次。"),
    # means over a part of the year: its days (February 28 or 29) or months
    ("2023年一季度全市12345热线受理诉求9万件，日均1,000件。",
     "2023年一季度全市12345热线受理诉求9万件，日均1,500件。"),
    ("上半年全区接待游客362万人次，日均2万人次。",
     "上半年全区接待游客362万人次，日均3万人次。"),
    ("今年一至五月新增市场主体5,000户，平均每月1,000户。",
     "今年一至五月新增市场主体5,000户，平均每月2,000户。"),
    ("前三季度全市办理不动产登记业务8.2万件，月均9,100件。",
     "前三季度全市办理不动产登记业务8.2万件，月均1.2万件。"),
    ("2024年下半年全县新增就业3,680人，日均20人。",
     "2024年下半年全县新增就业3,680人，日均30人。"),
    # -- bands of a scale named in words -------------------------------------------------------------------------------
    ("按学历分，研究生占8.2%，本科占55.6%，大专及以下占36.2%。",
     "按学历分，研究生占18.2%，本科占55.6%，大专及以下占36.2%。"),
    ("按职称分，副高及以上占21.4%，中级占46.3%，初级占32.3%。",
     "按职称分，副高及以上占31.4%，中级占46.3%，初级占32.3%。"),
    ("从学历看，本科及以上学历占64.0%，大专学历占27.5%，高中及以下学历占8.5%。",
     "从学历看，本科及以上学历占64.0%，大专学历占37.5%，高中及以下学历占8.5%。"),
    ("按文化程度分，初中及以下占41.5%，高中占33.0%，大专及以上占25.5%。",
     "按文化程度分，初中及以下占41.5%，高中占43.0%，大专及以上占25.5%。"),
    ("按规模分，10人以下的占52.0%，10至50人的占36.4%，50人以上的占11.6%。",
     "按规模分，10人以下的占62.0%，10至50人的占36.4%，50人以上的占11.6%。"),
]

# consistent only
TRAPS = [
    # bounded shares: the count after the predicate is no part, or of another thing
    "全区312个窗口单位中，超过八成获评满意，其中获评优秀的共有98个。",
    "收到的96件意见建议中，过半得到采纳，同比增加12件。",
    "全年受理的1,450件行政许可中，近七成实现即办，全年累计办理各类事项3.2万件。",
    "逾九成行政村建成文化服务中心，全县236个行政村中有6个正在建设。",
    # due and actual: not the rate's own verb, or a population named apart
    "应到委员180人，实到171人，其中女委员42人，女委员比例24.6%。",
    "全区户籍人口42.8万人，实际参保40.5万人，参保率达到98.6%（以应参保人数计）。",
    "应参保人数86.4万人，实际参保84.0万人，另有1.2万人异地参保，参保率97.2%。",
    "资产负债率控制在65%以内，国有企业资产总额2,360亿元。",
    # targets: no figure, a figure of another measure, a bracket, better may be lower, the total of the sentence
    "城镇新增就业1.31万人，超过全年预期目标。",
    "规模以上工业增加值增长4.0%，高于年初目标任务3.5个百分点。",
    "完成固定资产投资86.5亿元，增长29.9%，超过市里下达计划（17%）12.9个百分点。",
    "PM2.5年平均浓度28微克/立方米，优于市下达30微克/立方米的年度目标。",
    "全年完成投资120亿元，其中工业投资45亿元，超过年度计划50亿元。",
    "全年完成交通投资96亿元，超过年度计划16亿元。",
    # averages: a standard, a modifier that is another thing, a span stated
    "以平均每个社区200万元的标准，安排社区建设资金。",
    "全区54个老旧小区中有12个完成加装电梯，平均每个小区投入120万元。",
    "今年1至5月累计新增企业5,000户，平均每月1,000户。",
    "全年召开区政府常务会议26次，平均每月2次。",
    # subject-的 bounds: no whole closed by 中 before, or a part of another thing after
    "进度滞后的不足5%，全市在建学校64所，其中3所为新建。",
    "全年审结的420件案件中，调解撤诉的超过30%，同比增加18件。",
    "在排查的540处风险点中，已整改的超过95%，其中重大隐患12处。",
    # means over a part of the year: the days of the part, not of the year; 全年 beside a month is not read
    "2023年一季度全市受理诉求9万件，日均1,000件。",
    "2023年上半年全区接待游客362万人次，日均2万人次。",
    "全年接待游客1,095万人次，其中8月接待120万人次，日均3万人次。",
    # bands: nested top bands, a list with two open ends on one side
    "按年龄分，60岁以上占23.5%，其中80岁以上占4.1%，60岁以下占76.5%。",
    "从学历看，本科以上占62.5%，硕士以上占18.2%，大专占30.1%。",
    "按学历分，本科及以上占62.5%，大专占28.4%。",
]


@pytest.mark.parametrize("good,bad", PAIRS, ids=[f"pair{i}" for i in range(len(PAIRS))])
def test_pair(good, bad):
    assert codes(good) == []
    assert codes(bad) != []


@pytest.mark.parametrize("text", TRAPS, ids=[f"trap{i}" for i in range(len(TRAPS))])
def test_trap_is_silent(text):
    assert codes(text) == []


def test_exceeded_target_shows_both_figures():
    from fresh_set import REG, RULES
    from lintgov.engine import lint_text
    f = [x for x in lint_text("全年完成交通投资76亿元，超出年度计划80亿元。\n", RULES, registry=REG) if x.code == "LG102"]
    assert len(f) == 1
    msg = f[0].message() if callable(f[0].message) else f[0].message
    assert "76亿元" in msg and "80亿元" in msg
