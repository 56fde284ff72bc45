"""Readings of a rate's operands that name no word of the rate (dev13, issue 10).

* A part stated as a headless relative clause — a deed, 的, at most a copula, then the figure and a measure word with no
  noun after it (实现再就业的1,230名, 已完成整改的为1,215处, 接入光纤的有54个) — counts those of the population counted
  right before it in the same measure word (:func:`lintgov.claims.rates.headless_part`).
* A coverage rate's name less its coverage word names what such a part did (宽带覆盖率 of 实现光纤宽带接入的有54个).
* A rate of approval (审批通过率, 核准率) counts what was approved whatever the verb (批准, 核准, 获批, 准予).
* A count of what was ordered to be done (责令限期整改的隐患1,268处) is the base of the rate of what was done.
* A colon right after a share opens the two counts it is computed from; the part may be named as what was done (已…).
"""
import pytest

from conftest import consistency_codes


@pytest.mark.parametrize("text", [
    # 人社 (就业困难人员): the whole in the first clause, the part a clause later as a headless 的-clause
    "为2,300名就业困难人员建立帮扶台账，截至年底，实现就业的1,960名，就业率91.2%。",
    # 应急: the whole named as what was ordered (责令限期整改), the part as what was done
    "全年排查并责令限期整改的安全隐患共1,268处，经督查，已经完成整改的为1,215处，整改完成率为91.8%。",
    # 通信管理: a coverage rate named by what the part did
    "全县56个行政村中，实现光纤宽带接入的有54个，宽带覆盖率为90.4%。",
    # 自然资源: an approval rate whose numerator is said with 准予
    "全年受理建设工程规划许可申请412件，经审查准予许可386件，审批通过率98.7%。",
    # 民政: approval, Chinese numerals
    "全年共受理临时救助申请八百件，经审核批准救助七百二十件，审批通过率为百分之八十五。",
    # 住建: a share in tenths, a colon, the whole and the part named as what was done
    "全市在建工地扬尘治理覆盖超过九成：全市在建工地312个，已落实扬尘治理措施的236个。",
])
def test_wrong_rate_is_found(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == ["LG101"]


@pytest.mark.parametrize("text", [
    "为2,300名就业困难人员建立帮扶台账，截至年底，实现就业的1,960名，就业率85.2%。",
    "全年排查并责令限期整改的安全隐患共1,268处，经督查，已经完成整改的为1,215处，整改完成率为95.8%。",
    "全县56个行政村中，实现光纤宽带接入的有54个，宽带覆盖率为96.4%。",
    "全年受理建设工程规划许可申请412件，经审查准予许可386件，审批通过率93.7%。",
    "全年共受理临时救助申请八百件，经审核批准救助七百二十件，审批通过率为百分之九十。",
    "全市在建工地扬尘治理覆盖超过九成：全市在建工地312个，已落实扬尘治理措施的296个。",
    # a rate of something else after a headless part: nothing named like it
    "全年为1,500名登记失业人员提供就业援助，实现再就业的1,230名，群众满意率98.5%。",
    # a headless part of a rate named otherwise, over a whole in another measure word
    "全年为1,500户困难家庭建立帮扶台账，截至年底，实现稳定增收的1,230人，脱贫人口收入增长率12.6%。",
    # the forest: a thing named, not a deed, before the count
    "森林公园达到86个，湿地公园达到23个，国家森林乡村达到7个，森林覆盖率提高到62.3%。",
    # the approved and those not approved: the rate is over all applications
    "全年受理低保申请500户，未予批准40户，审批通过率92.0%。",
    # a colon before the two sides of a split: neither is stated as the whole or as what was done
    "全县常住人口城镇化率超过六成：城镇常住人口32.6万人，乡村常住人口18.2万人。",
    # after a colon, how a rate was measured (a survey), not its part and whole
    "群众满意度达到98%：全年共发放调查问卷1,200份，已回收有效问卷1,150份。",
    # the whole's own rate before 其中 and the part's own rate after it
    "全年抽检药品1,200批次，总体合格率99.1%；其中网络销售药品抽检的180批次，合格率97.8%。",
])
def test_consistent_or_unread_stays_silent(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == []
