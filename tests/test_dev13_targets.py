"""Completion of a target (dev13, issue 10).

* The achieved count named as the task done (全年完成…改造任务86个) is not a plan: a word of a plan or an aim before 完成
  makes it one (计划完成…, 力争完成…).
* A target's name may name its metric at length (完成市下达二氧化硫减排目标任务的…): what must be said of the target
  stated after a colon is only the qualifier right before the target's word (减排, 调整), not the metric's words.
"""
import pytest

from conftest import consistency_codes


@pytest.mark.parametrize("text", [
    "全年完成城镇老旧小区改造任务86个，为省下达任务80个的112.5%。",
    "全年完成市下达二氧化硫减排目标任务的118.0%：下达目标为减排2,400吨，实际减排2,760吨。",
    "今年完成省下达高标准农田建设投资任务的96.0%：下达投资任务为3.5亿元，实际完成投资3.22亿元。",
    "全年完成职业技能培训任务一万二千人次，为年度任务一万人次的百分之一百二十八。",
])
def test_wrong_completion_is_found(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == ["LG102"]


@pytest.mark.parametrize("text", [
    "全年完成城镇老旧小区改造任务86个，为省下达任务80个的107.5%。",
    "全年完成市下达二氧化硫减排目标任务的115.0%：下达目标为减排2,400吨，实际减排2,760吨。",
    "今年完成省下达高标准农田建设投资任务的92.0%：下达投资任务为3.5亿元，实际完成投资3.22亿元。",
    "全年完成职业技能培训任务一万二千人次，为年度任务一万人次的百分之一百二十。",
    # a plan, not what was done
    "全年计划完成抽检任务5,400批次，为省下达任务4,800批次的106.8%。",
    # the adjusted budget is not the one stated after the colon
    "全年民生支出完成调整预算的96.2%：年初预算3,200万元，实际支出3,512万元。",
])
def test_consistent_or_unread_stays_silent(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == []
