"""Shapes the round-11 labels (benches/validity/labels.jsonl, "round": 11: Shenzhen district reports) showed the rules
did not read, tested with phrasings written for the test: things done out of a list with a clause break between them
(N项…任务，已完成M项，K项…尚在推进中) or counted before the verb (N项主要指标M项提前完成); additions whose total opens with 共,
whose name is quoted around a figure (新增“48小时无理由退货”商户…) or runs on after the figure (新增26个老旧住宅区开通管道燃气，
总数…) (LG103); counts of rates at one value after the rates named (办结率和满意度实现两个100%: LG103); a growth rate
compared with the GDP's after 比 (比GDP增速高出4.8个百分点: LG209, read since the growth engineer's c56e118).  Consistent statements and the traps next to each
shape stay silent.  A growth of a whole count before the count it reached (专利代理机构增长19.7%，达91家: LG203, some
whole prior count must give the rate)."""
import pytest

from fresh_set import codes

SILENT = [
    # done out of a list, a clause break between, the rest under way closing the sentence
    "区政府184项量化指标任务，已完成175项，9项因客观条件制约尚在推进中。",
    "年初确定的36项重点工作，已完成33项，3项正在加快推进。",
    "全年50项民生实事，已完成47项，其余3项正在推进。",
    "年初确定的36项重点工作，已完成30项，3项正在加快推进，3项因规划调整暂缓实施。",   # the rest is not all under way
    "年初确定的36项重点工作，已完成33项，新增3项。",                                    # not the rest
    "全区12个重点项目，完成投资120亿元。",                                              # an amount
    "全区12个重点项目，完成30个子项目建设。",                                           # the parts of the projects
    "开展20项专项行动，完成整改问题150项。",                                            # problems, not the actions
    "区政府184项量化指标任务，已完成175项，9项因客观条件制约尚在推进中，国民经济和社会发展计划执行情况良好。",
    "年初确定的36项重点工作，已完成30项，3项正在加快推进，部分项目因规划调整暂缓实施。",  # others, no figure
    "年初确定的36项重点工作，已完成30项，3项正在加快推进，个别事项因故调整。",
    "年初确定的36项重点工作，已完成30项，3项正在加快推进，另有3项因规划调整暂缓实施。",
    # done counted before the verb
    "“十二五”规划22项主要指标20项提前完成。",
    "年度36项重点任务34项已按期完成，其余正在推进。",
    "全年28项改革事项26项全面完成。",
    "实施30个项目，20个项目完成，10个项目在建。",
    # additions: 共, a quoted name holding a figure, the name running on after the figure
    "新增税收“亿元楼”7栋，共32栋，实现税收占辖区税收的58.0%。",
    "新建“15分钟健身圈”示范点12个，共45个。",
    "新增“48小时无理由退货”商户30家，总数61家。",
    "新增26个老旧住宅区开通管道燃气，总数133个。",
    "新增就业岗位3000个，共帮扶困难家庭1500个。",                                      # 共 of another thing
    "新引进项目12个，共签约项目30个。",
    "新增企业50家，共吸纳就业8000人。",
    "新建学校5所，共提供学位6000个。",
    "新增A类企业7家、B类企业5家，共12家。",
    # rates at one value
    "认真办理人大代表建议232件、政协委员提案162件，办结率和满意度实现两个100％。",
    "办理人大建议61件、政协提案32件，办结率、满意率实现“两个100%”。",
    "建议提案的答复率、办结率、满意率均达到三个100%。",
    "群众满意度实现两个100%。",                                                         # one name
    "坚持实现“两个100%”目标。",
    "人大代表建议和政协提案办理实现两个100%。",                                         # not rates
]
WRONG = [
    "区政府184项量化指标任务，已完成228项，9项因客观条件制约尚在推进中。",
    "区政府239项量化指标任务，已完成175项，9项因客观条件制约尚在推进中。",
    "年初确定的36项重点工作，已完成33项，5项正在加快推进。",
    "区政府239项量化指标任务，已完成175项，9项因客观条件制约尚在推进中，国民经济和社会发展计划执行情况良好。",
    "全年50项民生实事，已完成57项，其余3项正在推进。",
    "“十二五”规划22项主要指标29项提前完成。",
    "年度36项重点任务38项已按期完成，其余正在推进。",
    "全年28项改革事项30项全面完成。",
    "新增税收“亿元楼”42栋，共32栋，实现税收占辖区税收的58.0%。",
    "新建“15分钟健身圈”示范点62个，共45个。",
    "新增“48小时无理由退货”商户80家，总数61家。",
    "新增173个老旧住宅区开通管道燃气，总数133个。",
    "认真办理人大代表建议232件、政协委员提案162件，办结率和满意度实现四个100％。",
    "办理人大建议61件、政协提案32件，办结率、满意率实现“四个100%”。",
    "建议提案的答复率、办结率、满意率均达到两个100%。",
]

POINTS_SILENT = [
    "地区生产总值达4018.3亿元，增长7.4%。完成税收总额1688.7亿元，增长12.2%，比GDP增速高出4.8个百分点。",
    "全区实现地区生产总值512.3亿元，增长9.5%。全区一般公共预算收入增长12.6%，比地区生产总值增速快3.1个百分点。",
    "全区实现地区生产总值512.3亿元，增长9.5%。固定资产投资增长5.9%，增速比GDP低3.6个百分点。",
    "全区实现地区生产总值512.3亿元，增长9.5%。税收收入增长12.6%，比上年高5.1个百分点。",          # over time
    "全区实现地区生产总值512.3亿元，增长9.5%。税收收入增长12.6%，比全市平均水平高5.1个百分点。",  # another body
]
POINTS_WRONG = [
    "地区生产总值达4018.3亿元，增长7.4%。完成税收总额1688.7亿元，增长12.2%，比GDP增速高出7.8个百分点。",
    "全区实现地区生产总值512.3亿元，增长9.5%。全区一般公共预算收入增长12.6%，比地区生产总值增速快5.1个百分点。",
    "全区实现地区生产总值512.3亿元，增长9.5%。固定资产投资增长5.9%，增速比GDP低1.6个百分点。",
]


@pytest.mark.parametrize("text", SILENT)
def test_silent(text):
    assert "LG103" not in codes(text), text


@pytest.mark.parametrize("text", WRONG)
def test_found(text):
    assert "LG103" in codes(text), text


@pytest.mark.parametrize("text", POINTS_SILENT)
def test_points_silent(text):
    assert "LG209" not in codes(text), text


@pytest.mark.parametrize("text", POINTS_WRONG)
def test_points_found(text):
    assert "LG209" in codes(text), text


GRIM_SILENT = [
    "专利代理机构增长19.7%，达91家，占全市43.8%。",
    "专利代理机构同比增长19.7%，达91家。",
    "国家高新技术企业增长13%，达到1200家。",
    "实际利用外资增长149.6%，达1.98亿美元。",          # money: not a whole count
    "企业数量增长20%，达91家以上。",                    # a bound
    "新增企业增长20%，达91家。",                        # a flow: the rate may be the stock's
    "专利代理机构增长22.7%，91家。",                    # not the level reached
    "高新技术企业数量增长22.7%，达到91家企业的两倍。",
]
GRIM_WRONG = [
    "专利代理机构增长22.7%，达91家，占全市43.8%。",
    "专利代理机构增长19.7%，达118家。",
    "受理行政复议案件增长285%，达27件。",
    "国家高新技术企业比2015年增长22.7%，达到91家。",
]


@pytest.mark.parametrize("text", GRIM_SILENT)
def test_grim_silent(text):
    assert "LG203" not in codes(text), text


@pytest.mark.parametrize("text", GRIM_WRONG)
def test_grim_found(text):
    assert "LG203" in codes(text), text
